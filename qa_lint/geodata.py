"""Places and office holders for the geography rules (place-names,
region-context, person-role): the TSV files that tools/geodata.py generates
from GeoNames, ISO 3166 (pycountry), CLDR and Kemendagri data, plus the
curated leaders.tsv.

The files are read once per process, only when a rule that needs them runs
(a lint that does not use them never pays for them), and re-read when they
change on disk. Look-ups are by folded spelling (qa_lint.names.fold); near
misses look only at places of the countries an article is about, bucketed
by first letter and length, so a query compares a few dozen spellings, not
seventy thousand.

File formats (tab-separated, '#' lines are comments; the last comment line
before the data names the columns, and that header tells the reader which
kind of file it is):

    countries.tsv     code, alpha3, english, indonesian       ('|' between spellings)
    subdivisions.tsv  code, country, type, names
    cities.tsv        name, country, population, admin1, other_keys (folded)
    wilayah.tsv       code, level, name                        (Indonesia only)
    leaders.tsv       name, country, office, variants, source
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import names

# Kinds of place, from the biggest to the smallest.
COUNTRY, SUBDIVISION, CITY = "country", "subdivision", "city"
ID_LEVELS = ("provinsi", "kabupaten", "kota", "kecamatan")


class Place(NamedTuple):  # a tuple: 80,000 of them are made at load time
    name: str  # the spelling the data gives first, offered as the fix
    country: str  # ISO 3166-1 alpha-2
    kind: str  # country | subdivision | city | provinsi | kabupaten | kota | kecamatan
    population: int = 0
    code: str = ""  # ISO 3166-2 code or Kemendagri code


def fold(text: str) -> str:
    # Most spellings are ASCII and the generated files are already space-clean:
    # skip Unicode normalisation for them (100,000 spellings at load time).
    if text.isascii():
        return text.lower()
    return names.fold(text)


class Places:
    """Every spelling of every place, by folded key."""

    def __init__(self):
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        self._buckets: dict[str, dict[tuple[str, int], list[str]]] | None = None

    def add(self, spellings, place: Place) -> None:
        by_key = self.by_key
        for key in {fold(s) for s in spellings}:
            by_key[key].append(place)

    def get(self, key: str) -> list[Place]:
        return self.by_key.get(key, [])

    def entry_id(self, key: str):
        """Duck-typed for names.cover_known: the key itself when known."""
        return key if key in self.by_key else None

    def _index(self) -> dict[str, dict[tuple[str, int], list[str]]]:
        # Built on the first near-miss query only: country -> (first letter, length) -> keys.
        if self._buckets is None:
            buckets: dict[str, dict[tuple[str, int], list[str]]] = defaultdict(lambda: defaultdict(list))
            for key, places in self.by_key.items():
                for country in {p.country for p in places}:
                    buckets[country][(key[0], len(key))].append(key)
            self._buckets = buckets
        return self._buckets

    def near(self, key: str, countries, max_edits: int, same_first: bool = True) -> list[tuple[str, int]]:
        """Known spellings of places in `countries` within max_edits of key, closest first."""
        index = self._index()
        found: dict[str, int] = {}
        for country in countries:
            buckets = index.get(country)
            if not buckets:
                continue
            firsts = [key[0]] if same_first else {first for first, _ in buckets}
            for first in firsts:
                for length in range(len(key) - max_edits, len(key) + max_edits + 1):
                    choices = buckets.get((first, length))
                    if not choices:
                        continue
                    for other, distance, _ in process.extract(key, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None):
                        if other != key:
                            found[other] = min(distance, found.get(other, distance))
        return sorted(found.items(), key=lambda kv: (kv[1], kv[0]))


def _rows(path: str):
    header: list[str] = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read place data {path}: {exc}") from None
    for line in text.splitlines():
        if line.startswith("#"):
            header = line[1:].strip().split("\t")
            continue
        if line:
            yield header, line.split("\t")


def _split(cell: str) -> list[str]:
    return [s for s in cell.split("|") if s] if cell else []


def _read_into(places: Places, path: str) -> None:
    header: list[str] = []
    read = None
    for header, row in _rows(path):
        if read is None:
            read = _reader(header, path, places)
        if len(row) != len(header):
            raise ValueError(f"{path}: a row has {len(row)} columns, the header names {len(header)}: {row[:2]}")
        read(places, row)


def _reader(header: list[str], path: str, places: Places):
    """A row reader for the kind of file this header names."""
    col = {name: i for i, name in enumerate(header)}
    if "alpha3" in col:
        code, en, ind = col["code"], col["english"], col["indonesian"]

        def read(places, row):
            spellings = _split(row[en]) + _split(row[ind])
            places.add(spellings, Place(spellings[0], row[code], COUNTRY, 0, row[code]))
    elif "type" in col:
        code, country, names_ = col["code"], col["country"], col["names"]

        def read(places, row):
            spellings = _split(row[names_])
            places.add(spellings, Place(spellings[0], row[country], SUBDIVISION, 0, row[code]))
    elif "population" in col:
        name, country, population, others = col["name"], col["country"], col["population"], col["other_keys"]
        by_key = places.by_key

        def read(_, row):
            place = Place(row[name], row[country], CITY, int(row[population]), "")
            by_key[fold(row[name])].append(place)
            if row[others]:
                # Other spellings are stored folded already (tools/geodata.py).
                for key in row[others].split("|"):
                    by_key[key].append(place)
    elif "level" in col:
        code, level, name = col["code"], col["level"], col["name"]

        def read(places, row):
            places.by_key[fold(row[name])].append(Place(row[name], "ID", row[level], 0, row[code]))
    else:
        raise ValueError(f"{path}: unknown place file (header: {header})")
    return read


def _mtime(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


def places(paths) -> Places:
    """The places in these files (read once per process and file version)."""
    paths = tuple(paths)
    return _places(paths, tuple(_mtime(p) for p in paths))


@lru_cache(maxsize=8)
def _places(paths: tuple, stamps: tuple) -> Places:
    result = Places()
    # 100,000 new tuples would trigger full garbage collections over the
    # whole heap (and they make no cycles): collect after, not during.
    enabled = gc.isenabled()
    gc.disable()
    try:
        for path in paths:
            _read_into(result, path)
    finally:
        if enabled:
            gc.enable()
    return result


# -- office holders --------------------------------------------------------
@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    offices: tuple[str, ...]
    source: str


def leaders(path: str) -> dict[str, Leader]:
    return _leaders(path, _mtime(path))


@lru_cache(maxsize=4)
def _leaders(path: str, stamp: float) -> dict[str, Leader]:
    result: dict[str, Leader] = {}
    for header, row in _rows(path):
        cells = dict(zip(header, row))
        if "office" not in cells or len(row) != len(header):
            raise ValueError(f"{path}: expected columns name, country, office, variants, source: {row[:2]}")
        leader = Leader(cells["name"], cells["country"], tuple(o.strip() for o in cells["office"].split(";")), cells["source"])
        for spelling in [cells["name"]] + _split(cells["variants"]):
            result[fold(spelling)] = leader
    return result


# -- what an article is about ------------------------------------------------
@dataclass
class Mention:
    span: int  # index into the spans
    start: int  # first token
    end: int  # token after the last
    key: str
    places: list[Place]


def mentions(spans, data: Places, skip) -> list[Mention]:
    """Known place names in the name spans, longest first ('Jawa Barat' is
    one province, not 'Jawa'). `skip(span, i)` rules out lone words that are
    not names here (ordinary words, titles, sentence openers)."""
    _, matches = names.cover_known(spans, data)
    found = []
    for index, i, j, _, key in matches:
        if j - i == 1 and skip(spans[index], i):
            continue
        found.append(Mention(index, i, j, key, data.get(key)))
    return found


def countries_of(found: list[Place], min_city_population: int = 15000) -> set[str]:
    """The country a name points to: a country name is that country; a
    subdivision its country; otherwise the most populous city of that name
    ("Paris" is France, not Paris, Texas). Districts (kecamatan) are too
    often ordinary words to tell."""
    countries = {p.country for p in found if p.kind == COUNTRY}
    if countries:
        return countries
    regions = {p.country for p in found if p.kind == SUBDIVISION or p.kind in ("provinsi", "kabupaten", "kota")}
    if regions:
        return regions
    cities = sorted((p for p in found if p.kind == CITY), key=lambda p: -p.population)
    if cities and cities[0].population >= min_city_population:
        return {cities[0].country}
    return set()


def article_countries(found: list[Mention], people: dict[str, Leader] | None = None, person_keys=()) -> Counter:
    """How often each country is named in an article: by its own name, its
    regions and cities, and its office holders."""
    counts: Counter = Counter()
    for mention in found:
        for country in countries_of(mention.places):
            counts[country] += 1
    for key in person_keys:
        leader = (people or {}).get(key)
        if leader:
            counts[leader.country] += 1
    return counts
