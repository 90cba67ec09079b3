"""facility-place: a named airport, port, station or reservoir placed where it is
not ("Bandara Kualanamu di Makassar", "Pelabuhan Tanjung Emas di Surabaya").

    places: [../common/data/countries.tsv, ...]   # geodata place files: what the place after the airport is
    facilities: ../common/data/airports.tsv       # tools/airports.py: names, coordinates, country, province
                                                  # or a curated YAML (data/facilities-id.yaml): names, kind,
                                                  # Kemendagri regencies, coordinates
    kinds: {Pelabuhan: port, Stasiun: station}    # YAML only: which entries the word before a name may name
    bare: true          # YAML only: entries marked `bare` are read without a facility word too
    coordinates: ../common/data/city-coords.tsv   # tools/airports.py: where each GeoNames city lies
    facility_words: '\\b(?:Bandara|Bandar\\s+Udara)(?:\\s+Internasional)?\\s+'
    gap: '...'          # what may stand between the airport's name and the place (", ", " di ", ...)
    max_km: 100         # a city farther than this from the airport is another place

Copy names an airport, then where it is: "Bandara X di Y", "Bandara X, Y",
"Bandara X yang terletak di Y", "Bandara Juanda Surabaya". The place is read
as every kind of place the data knows by that name, and the pair is reported
only when no reading fits and at least one says it is wrong: a country the
airport is not in; an Indonesian province (Kemendagri code) it is not in; a
regency or city of another province; a GeoNames city (15,000+ people, all
Indonesian ones) more than `max_km` from it. A region of the airport's own
country that the data cannot place (an ISO island group such as "Jawa"), a
small town without coordinates and a district (kecamatan) in another province
decide nothing. Metro areas stay quiet by distance ("Bandara Soekarno-Hatta
di Jakarta" is 20 km from Jakarta). Message fields: {facility} (the airport as
written), {place} (the place as written), {right} (the airport's city, or for
a region its province or country).

A facility of the curated YAML knows its regencies, so a regency or city of
its own province is judged too ("Waduk Gajah Mungkur di Kabupaten Wonosobo":
the reservoir is in Wonogiri). A name read bare ("menuju Tanjung Perak di
Jakarta Utara") is read as the facility only when no place of that name lies
outside the facility's province.

The airport data is read on the first article that names an airport.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from .. import geodata, names, regexcache, yamlmarks
from ..i18n import N_
from . import Check

TYPE = "facility-place"
GROUPS = {"type": "array", "items": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 2}}
PROPERTIES = {
    "places": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    "facilities": {"type": "string", "minLength": 1, "description": "airports.tsv written by tools/airports.py"},
    "coordinates": {"type": "string", "minLength": 1, "description": "city-coords.tsv written by tools/airports.py"},
    "facility_words": {"type": "string", "minLength": 1, "description": "regex of the words before an airport's name"},
    "gap": {"type": "string", "minLength": 1, "description": "regex of what stands between the airport's name and its place"},
    "region_message": {"type": "string", "minLength": 1},
    "not_places": {"type": "array", "items": {"type": "string", "minLength": 1},
                   "description": "capitalised words after an airport that are no place here (weekdays, titles)"},
    "not_names": {"type": "array", "items": {"type": "string", "minLength": 1},
                  "description": "words after an airport word that name no airport here, though some airport is called so (Kota, India)"},
    "list_words": {"type": "array", "items": {"type": "string", "minLength": 1},
                   "description": "words that join a list of places: 'Bandara Soekarno-Hatta, Surabaya, dan Medan' names no place of the airport"},
    "name_particles": {"type": "array", "items": {"type": "string", "minLength": 1},
                       "description": "lower-case words inside airport names (Charles de Gaulle)"},
    "max_km": {"type": "number", "minimum": 1, "default": 100},
    "min_population": {"type": "integer", "minimum": 0, "default": 50000,
                       "description": "a city of the airport's country this big or bigger and far from it says the airport is misplaced; "
                                      "a smaller namesake decides nothing (the real small town may be missing from the data)"},
    "min_foreign_population": {"type": "integer", "minimum": 0, "default": 100000,
                               "description": "a city abroad (not in the airport's country) this big or bigger says the airport is misplaced; "
                                              "a smaller namesake abroad decides nothing (small home towns are not all in the data)"},
    "kinds": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1},
              "description": "curated facilities: the first word of a facility_words match -> the kind of entry it names"},
    "not_before": {"type": "string", "minLength": 1,
                   "description": "regex of text right before a facility word that makes it part of another name (a street, a shop)"},
    "bare": {"type": "boolean", "default": False,
             "description": "curated facilities: read the entries marked bare without a facility word too"},
    "same_country": {**GROUPS, "description": "territories copy places under their sovereign (HK with CN)"},
    "province_groups": {**GROUPS, "description": "Kemendagri provinces split from one another: older data gives the old one"},
}
REQUIRED = ["places", "facilities", "coordinates", "facility_words", "gap", "region_message"]
PLACEHOLDERS = {"match", "facility", "place", "right"}
REGEX_KEYS = ("facility_words", "gap", "not_before")

# Compiled when a rule of this type is built, not at import (start-up stays cheap).
WORD = r"[\p{L}\p{M}\d][\p{L}\p{M}\d'’.-]*"
SPACE = r"[ \u00a0]+"
MAX_NAME_WORDS = 6
MAX_PLACE_WORDS = 4


class Airport(NamedTuple):
    code: str
    country: str
    provinces: tuple  # Kemendagri codes, the one to offer as the fix first
    lat: float
    lon: float
    city: str
    names: frozenset  # spelling keys of its names and its city: "Bandara Bade, Bade" is right
    regencies: tuple = ()  # curated facilities: the Kemendagri regencies/cities it lies in
    kind: str = "airport"
    bare: tuple = ()  # curated facilities: its names that copy writes without a facility word


def spelling(text: str) -> str:
    """The key airport names are compared by: folded, the old Indonesian spelling made new
    (Soekarno, Adisutjipto, Djuanda), without spaces and hyphens (Kuala Namu, Kualanamu)."""
    key = names.fold(text)
    for old, new in (("oe", "u"), ("tj", "c"), ("dj", "j")):
        key = key.replace(old, new)
    return regex.sub(r"[^\p{L}\d]+", "", key)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _mtime(path: str) -> float:
    # os.stat, not Path(path).stat(): asked on every look-up (an edited file is read again),
    # and making the Path cost more than the stat.
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


def _table(path: str, columns: tuple[str, ...]) -> list[list[str]]:
    """The rows of a tab-separated file whose last '#' line names `columns` (in any order:
    each row is returned in the order asked for)."""
    header, rows = geodata.read_table(path)
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValueError(f"{path}: no column {', '.join(missing)} (header: {header})")
    order = [header.index(c) for c in columns]
    return [[row[i] for i in order] for row in rows]


@lru_cache(maxsize=4)
def airports(path: str, stamp: float = 0.0) -> dict[str, list[Airport]]:
    """Spelling key -> the airports of that name, and IATA code as written (capitals) -> its
    airport: "DAN" is Danville's code, "Dan" no name (read once per file version)."""
    found: dict[str, list[Airport]] = {}
    for iata, icao, country, province, lat, lon, city, cell in _table(path, ("iata", "icao", "country", "province", "lat", "lon", "city", "keys")):
        # The tool stores the spelling keys (this module's spelling()): nothing to fold at load time.
        keys = tuple(cell.split("|"))
        airport = Airport(iata or icao, country, tuple(c for c in province.split("|") if c), float(lat), float(lon), city, frozenset(keys))
        if iata:
            found.setdefault(iata, []).append(airport)
        for key in keys:
            found.setdefault(key, []).append(airport)
    return found


def facilities(path: str) -> dict[str, list[Airport]]:
    """The facility table of a rule: airports.tsv, or a curated YAML of Indonesian facilities."""
    if path.endswith((".yaml", ".yml")):
        return curated(path, _mtime(path))
    return airports(path, _mtime(path))


@lru_cache(maxsize=4)
def curated(path: str, stamp: float = 0.0) -> dict[str, list[Airport]]:
    """Spelling key -> the facilities of that name in a curated YAML (rules/id/data/facilities-id.yaml)."""
    try:
        # Through the parse cache: a lint reads the list on every document (the bare names), and
        # a run that finds it there never imports the YAML parser.
        entries = yamlmarks.safe_load(Path(path).read_text(encoding="utf-8"), cache=True)["facilities"]
    except (OSError, UnicodeDecodeError, KeyError, TypeError, yamlmarks.YamlError) as exc:
        raise ValueError(f"cannot read facility data {path}: {exc}") from None
    found: dict[str, list[Airport]] = {}
    for entry in entries:
        try:
            regencies = tuple(str(code) for code in entry["regencies"])
            provinces = tuple(dict.fromkeys(code.split(".")[0] for code in regencies))
            written = [str(n) for n in entry["names"]]
            keys = frozenset(spelling(n) for n in written + [str(entry["city"])])
            facility = Airport(written[0], "ID", provinces, float(entry["lat"]), float(entry["lon"]), str(entry["city"]),
                               keys, regencies, str(entry["kind"]), tuple(written) if entry.get("bare") else ())
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: a facility entry lacks or mistypes {exc}: {entry}") from None
        for name in written:
            found.setdefault(spelling(name), []).append(facility)
    return found


@lru_cache(maxsize=4)
def _bare_pattern(path: str, stamp: float = 0.0):
    """A zero-width match before every name that copy writes bare (None when there is none)."""
    written = sorted({n for fs in curated(path, stamp).values() for f in fs for n in f.bare}, key=len, reverse=True)
    if not written:
        return None
    return regex.compile(r"(?<![\p{L}\d])(?=(?:" + "|".join(regex.escape(n).replace(r"\ ", r"[ \u00a0]+") for n in written) + r")(?![\p{L}\d]))")


@lru_cache(maxsize=4)
def _coordinate_rows(path: str, stamp: float = 0.0) -> dict[tuple[str, str, str], list[str]]:
    # The numbers are parsed when a city is looked up: a lint reads a handful of 34,000 rows.
    # The file's columns are fixed (name, country, admin1, lat, lon): one split a row.
    header = ("name", "country", "admin1", "lat", "lon")
    if tuple(_header(path)) != header:
        raise ValueError(f"{path}: expected the columns {', '.join(header)}")
    found: dict[tuple[str, str, str], list[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, country, admin1, where = line.split("\t", 3)
            found.setdefault((name, country, admin1), []).append(where)
    return found


def _header(path: str) -> list[str]:
    header: list[str] = []
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if not line.startswith("#"):
                    break
                header = line[1:].strip().split("\t")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read facility data {path}: {exc}") from None
    return header


def coordinates(path: str, key: tuple[str, str, str]) -> list[tuple[float, float]]:
    """Where the city (name, country, GeoNames admin1) of cities.tsv lies (a namesake may share the key)."""
    return [(float(lat), float(lon)) for lat, lon in (cell.split("\t") for cell in _coordinate_rows(path, _mtime(path)).get(key, ()))]


class FacilityPlaceCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.place_files = tuple(str(env.resolve(p)) for p in o["places"])
        self.facilities = str(env.resolve(o["facilities"]))
        self.coordinates = str(env.resolve(o["coordinates"]))
        for path in self.place_files + (self.facilities, self.coordinates):
            if not Path(path).is_file():
                raise ValueError(f"cannot read place data {path}: no such file")
        self.word, self.space = regexcache.compile(WORD), regexcache.compile(SPACE)
        self.facility_words = regexcache.compile(o["facility_words"])
        self.gap = regexcache.compile(o["gap"])
        self.region_message = o["region_message"]
        self.not_places = frozenset(o.get("not_places", []))
        self.particles = frozenset(o.get("name_particles", []))
        self.not_names = frozenset(o.get("not_names", []))
        words = "|".join(regex.escape(w) for w in sorted(o.get("list_words", []), key=len, reverse=True))
        # After the place: another item of a list (", dan Medan", ", Makassar, dan ...", ", Makassar, Medan").
        self.list_after = regexcache.compile(rf"(?:,?[ \u00a0]+(?:{words})[ \u00a0]+\p{{Lu}}"
                                        rf"|,[ \u00a0]*(?P<item>\p{{Lu}}[\p{{L}}-]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}-]*)*)[ \u00a0]*(?:,|(?:{words})\b))"
                                        ) if words else None
        self.max_km = float(self.option("max_km"))
        self.min_population = int(self.option("min_population"))
        self.min_foreign_population = int(self.option("min_foreign_population"))
        self.kinds = {word.lower(): kind for word, kind in o.get("kinds", {}).items()}
        self.bare = bool(o.get("bare", False))
        self.not_before = regexcache.compile(o["not_before"]) if "not_before" in o else None
        self.same_country = self._groups(o.get("same_country", []))
        self.province_groups = self._groups(o.get("province_groups", []))

    @staticmethod
    def _groups(groups) -> dict[str, frozenset]:
        found: dict[str, set] = {}
        for group in groups:
            for code in group:
                found.setdefault(code, set()).update(group)
        return {code: frozenset(members) for code, members in found.items()}

    def run(self, doc):
        text = doc.plain
        starts = [(found.start(), found.end(), self._kind(found.group())) for found in self.facility_words.finditer(text)]
        bare = _bare_pattern(self.facilities, _mtime(self.facilities)) if self.bare else None
        if bare is not None:
            starts += [(found.start(), found.end(), None) for found in bare.finditer(text)]
        if not starts:
            return  # no facility named: the data is never read
        table = facilities(self.facilities)
        judged: set[int] = set()
        for first, name_start, kind in sorted(starts):
            if name_start in judged:
                continue  # "Pelabuhan Tanjung Priok": the word and the bare name find one facility
            judged.add(name_start)
            if self.not_before and self.not_before.search(text, max(0, first - 30), first):
                continue  # "Jalan Gunung Agung": a street named after the volcano
            named = self._airport(text, name_start, table)
            if named is None:
                continue
            end, candidates = named
            if kind is not None:
                candidates = [a for a in candidates if a.kind == kind]
            elif first == name_start:
                written = " ".join(text[name_start:end].split())
                candidates = [a for a in candidates if written in a.bare and self._only_here(written, a)]
            if not candidates:
                continue
            placed = self._place(text, end)
            if placed is None:
                continue
            start, stop, readings = placed
            key = spelling(text[start:stop])
            if any(key in name for a in candidates for name in a.names):
                continue  # "Bandara Bade, Bade", "Bandara Waterbury-Oxford, Oxford": the airport's own name or town
            if self._name_is_elsewhere(text[name_start:end], candidates):
                continue  # "Bandara Buenos Aires" (Costa Rica): the name may mean the city's airport
            finding = self._judge(doc, first, end, start, stop, candidates, readings)
            if finding is not None:
                yield finding

    def _kind(self, words: str) -> str | None:
        """The kind of facility a facility word names ("Stasiun" a station), None when any."""
        first = words.split()[0] if words.split() else ""
        return self.kinds.get(first.lower()) if self.kinds else None

    def _only_here(self, written: str, facility: Airport) -> bool:
        """A bare name is the facility only when no place of that name lies outside its province:
        "Tanjung Emas" is also a district of Tanah Datar, Sumatera Barat."""
        data = geodata.places(self.place_files)
        return all(p.country == "ID" and set(data.possible_provinces(p)) <= set(facility.provinces) and data.possible_provinces(p)
                   for p in data.get(geodata.fold(written)))

    # -- reading the text ----------------------------------------------------
    def _words(self, text: str, pos: int, limit: int) -> list[tuple[int, int]]:
        """Up to `limit` words from pos, separated by spaces only (a comma ends the run)."""
        found: list[tuple[int, int]] = []
        while len(found) < limit:
            word = self.word.match(text, pos)
            if word is None:
                break
            end = word.end()
            while end > word.start() + 1 and text[end - 1] in ".-'’":
                end -= 1  # "Juanda." ends a sentence
            found.append((word.start(), end))
            if end != word.end():
                break
            space = self.space.match(text, end)
            if space is None:
                break
            pos = space.end()
        return found

    def _airport(self, text: str, pos: int, table) -> tuple[int, list[Airport]] | None:
        """The longest known airport name at pos: its end and the airports of that name."""
        words = self._words(text, pos, MAX_NAME_WORDS)
        for size in range(len(words), 0, -1):
            run = words[:size]
            if not all(text[s].isupper() or text[s].isdigit() or text[s:e] in self.particles for s, e in run):
                continue
            if text[run[-1][0] : run[-1][1]] in self.particles:
                continue
            written = text[run[0][0] : run[-1][1]]
            if written in self.not_names:
                continue
            found = table.get(written) if written.isupper() and len(written) == 3 else table.get(spelling(written))
            if found:
                return run[-1][1], found
        return None

    def _place(self, text: str, pos: int):
        """The place after an airport's name: (start, end, the places of that name)."""
        gap = self.gap.match(text, pos)
        if gap is None:
            return None
        words = self._words(text, gap.end(), MAX_PLACE_WORDS)
        if not words or text[words[0][0] : words[0][1]] in self.not_places:
            return None
        data = geodata.places(self.place_files)
        for size in range(len(words), 0, -1):
            run = words[:size]
            if not all(text[s].isupper() for s, _ in run):
                continue
            start, end = run[0][0], run[-1][1]
            key = geodata.fold(text[start:end])
            # "Batu Raja", "Padang Sidempuan": GeoNames writes some towns as one word.
            found = data.get(key) or data.get(regex.sub(r"[ \u00a0]+", "", key))
            if not found:
                continue
            following = text[words[size][0] : words[size][1]] if size < len(words) else ""
            if following and ((following[0].isupper() and following not in self.not_places) or following in self.particles):
                return None  # "Padang Sidempuan", "San Carlos de Bariloche": the start of a longer name is not the place
            if self._in_a_list(text, end, data):
                return None
            return start, end, found
        return None

    def _in_a_list(self, text: str, end: int, data) -> bool:
        """'Bandara Soekarno-Hatta, Surabaya, dan Medan': places in a list, not the airport's place;
        'Bandara Kualanamu, Makassar, Sulawesi Selatan,' is an address (a region follows)."""
        found = self.list_after.match(text, end) if self.list_after else None
        if found is None:
            return False
        item = found.group("item")
        return not (item and any(p.kind in (geodata.COUNTRY, geodata.SUBDIVISION, "provinsi") for p in data.get(geodata.fold(item))))

    # -- judging ---------------------------------------------------------------
    def _name_is_elsewhere(self, name: str, candidates: list[Airport]) -> bool:
        """The airport's name is also a place far from it: which airport is meant is unclear."""
        readings = geodata.places(self.place_files).get(geodata.fold(" ".join(name.split())))
        return any(self._verdict(a, place) in ("country", "city") for a in candidates for place in readings)

    def _judge(self, doc, first: int, name_end: int, start: int, end: int, candidates: list[Airport], readings):
        """A finding when no reading of the place fits any airport of that name."""
        wrong = None
        for airport in candidates:
            verdicts = [self._verdict(airport, place) for place in readings]
            if any(v == "in" or v is None for v in verdicts):
                return None
            outs = [v for v in verdicts if v != "skip"]
            if not outs:
                return None
            wrong = wrong or (airport, outs)
        if wrong is None:
            return None
        airport, outs = wrong
        if any(km(airport.lat, airport.lon, a.lat, a.lon) > self.max_km for a in candidates):
            return None  # several airports of that name far apart: which one is meant is unclear
        data = geodata.places(self.place_files)
        region = all(v in ("country", "provinsi") for v in outs)
        if region and "provinsi" in outs and airport.country == "ID" and airport.provinces:
            right = data.code_names().get(airport.provinces[0], airport.city)
        elif region:
            right = data.country_name(airport.country)
        elif airport.city == data.country_names["english"].get(airport.country):
            right = data.country_names["indonesian"].get(airport.country, airport.city)  # Singapore: Singapura
        else:
            right = airport.city
        return self.finding(doc, start, end, message=self.region_message if region else None, suggestions=[right],
                            facility=" ".join(doc.plain[first:name_end].split()), place=" ".join(doc.plain[start:end].split()),
                            right=right, related=[(first, name_end, N_("the airport") if airport.kind == "airport" else N_("the place"))])

    def _verdict(self, airport: Airport, place) -> str | None:
        """'in' (fits), None (cannot tell), 'skip' (decides nothing), else the kind that says it is wrong."""
        countries = self.same_country.get(airport.country, frozenset([airport.country]))
        if place.kind == geodata.COUNTRY:
            return "in" if place.country in countries else "country"
        if place.kind == geodata.SUBDIVISION:
            return None if place.country in countries else "country"
        if place.kind in geodata.ID_LEVELS:
            return self._region_verdict(airport, place)
        return self._city_verdict(airport, place)

    def _region_verdict(self, airport: Airport, place) -> str | None:
        if airport.country != "ID":
            return "skip" if place.kind == "kecamatan" else "country"
        if not airport.provinces:
            # The airport's province is unknown: a province cannot be judged; a regency or city
            # of that name is judged by its town's distance (a city reading), if it has one.
            return None if place.kind == "provinsi" else "skip"
        own = set()
        for code in airport.provinces:
            own |= self.province_groups.get(code, {code})
        inside = place.code.split(".")[0] in own
        if airport.regencies and place.kind != "provinsi":
            # A curated facility knows its regencies: a regency of its own province is judged too.
            regency = ".".join(place.code.split(".")[:2])
            if place.kind == "kecamatan":
                return "in" if regency in airport.regencies else "skip"
            return "in" if regency in airport.regencies else "town"
        if place.kind == "kecamatan":
            return "in" if inside else "skip"  # district names repeat across provinces
        return "in" if inside else ("provinsi" if place.kind == "provinsi" else "town")

    def _city_verdict(self, airport: Airport, place) -> str | None:
        where = coordinates(self.coordinates, (place.name, place.country, place.detail))
        if not where:
            # A small town without coordinates: in the airport's country it may be the airport's own
            # town (US towns repeat: Akron, Bedford); abroad it decides nothing.
            return None if place.country == airport.country else "skip"
        near = min(km(airport.lat, airport.lon, lat, lon) for lat, lon in where)
        if near <= self.max_km:
            return "in"
        floor = self.min_population if place.country == airport.country else self.min_foreign_population
        return "city" if place.population >= floor else "skip"


CHECK = FacilityPlaceCheck
