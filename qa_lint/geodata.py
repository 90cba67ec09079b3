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
    cities.tsv        name, key (folded, when not just lower case), country, population, admin1, other_keys (folded)
    wilayah.tsv       code, level, name                        (Indonesia only)
    leaders.tsv       name, country, office, organisation, variants, source
    admin1.tsv        country, admin1, subdivision, name, small_towns   (GeoNames admin1 code -> ISO 3166-2)
"""

from __future__ import annotations

import gc
import marshal
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import names, parsecache

_POSSESSIVE_GAP = regex.compile(r"['’]s[ \u00a0]+")

# Kinds of place, from the biggest to the smallest.
COUNTRY, SUBDIVISION, CITY = "country", "subdivision", "city"
ID_LEVELS = ("provinsi", "kabupaten", "kota", "kecamatan")
# The status word before the names of Jakarta's administrative cities and regency in wilayah.tsv.
ADMINISTRATIVE = "Administrasi "


class Place(NamedTuple):  # a tuple: 80,000 of them are made at load time
    name: str  # the spelling the data gives first, offered as the fix
    country: str  # ISO 3166-1 alpha-2
    kind: str  # country | subdivision | city | provinsi | kabupaten | kota | kecamatan
    population: int = 0
    code: str = ""  # ISO 3166-2 code or Kemendagri code
    detail: str = ""  # the ISO 3166-2 type of a subdivision (State, Province, ...); a city's GeoNames admin1 code


def fold(text: str) -> str:
    # Most spellings are ASCII and the generated files are already space-clean:
    # skip Unicode normalisation for them (100,000 spellings at load time).
    if text.isascii():
        return text.lower()
    return names.fold(text)


# The parse cache keeps the table in shards by the keys' first letters (about 6,000 shards).
SHARD_PREFIX = 3


class Places:
    """Every spelling of every place, by folded key."""

    def __init__(self):
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        # From the parse cache: prefix -> marshal bytes of {key: its places as plain tuples},
        # moved into by_key when one of its keys is first asked for. A document asks for a few
        # dozen of the 100,000 keys: loading them all cost more than the rest of a short run's data.
        self._shards: dict[str, bytes] = {}
        # ISO code -> the country's first name in each language column of countries.tsv.
        self.country_names: dict[str, dict[str, str]] = {"english": {}, "indonesian": {}}
        # country -> (first letter, length) -> keys; from the parse cache, a country's part is
        # marshal bytes until a near-miss query asks for it.
        self._buckets: dict[str, Any] | None = None
        # country -> length -> the keys of that length (every first letter): near() without
        # same_first, built from the buckets when first asked.
        self._by_length: dict[str, dict[int, list[str]]] = {}
        self._codes: dict[str, str] | None = None
        self._admin1: dict[tuple[str, str], str] | None = None
        self._admin1_all: dict[tuple[str, str], frozenset[str]] = {}

    def add(self, spellings, place: Place) -> None:
        by_key = self.by_key
        for key in {fold(s) for s in spellings}:
            by_key[key].append(place)

    def get(self, key: str) -> list[Place]:
        found: list[Place] | tuple | None = self.by_key.get(key)
        if found is None and self._shards:
            self._unshard(key[:SHARD_PREFIX])
            found = self.by_key.get(key)
        if not found:
            return []
        if isinstance(found, tuple):  # plain tuples from a shard: made Places when first asked for
            found = self.by_key[key] = [tuple.__new__(Place, p) for p in found]
        return found

    def _unshard(self, prefix: str) -> None:
        shard = self._shards.get(prefix)
        if shard is not None:
            self.by_key.update(marshal.loads(shard))
            # Dropped after the update: a thread that finds the shard gone finds its keys.
            self._shards.pop(prefix, None)

    def keys(self) -> list[str]:
        """Every key (every shard read)."""
        for prefix in list(self._shards):
            self._unshard(prefix)
        return list(self.by_key)

    def country_name(self, code: str) -> str:
        """A country's name for a message: its Indonesian (CLDR) name, else its English one,
        else the ISO code itself."""
        return self.country_names["indonesian"].get(code) or self.country_names["english"].get(code, code)

    def code_names(self) -> dict[str, str]:
        """Kemendagri code -> name of the region ("52.06" -> "Bima"), built on first use."""
        if self._codes is None:
            self._codes = {p.code: p.name for key in self.keys() for p in self.get(key)
                           if p.kind in ID_LEVELS and p.code}
        return self._codes

    def state(self) -> tuple:
        """Everything read and derived, as plain data for the parse cache (the near-miss
        index, the region codes and the province votes are computed now: a later run loads them)."""
        self.admin1_provinces()
        return (
            # Bytes, read when asked for (see _shards); bytes are never scanned by the garbage collector.
            {prefix: marshal.dumps(shard) for prefix, shard in self._sharded().items()},
            self.country_names,
            {country: marshal.dumps({where: tuple(keys) for where, keys in self._country_index(country).items()})
             for country in self._index()},
            self._admin1,
            {code: tuple(sorted(found)) for code, found in self._admin1_all.items()},
            self.code_names(),
        )

    def _sharded(self) -> dict[str, dict[str, tuple]]:
        shards: dict[str, dict[str, tuple]] = defaultdict(dict)
        for key in self.keys():
            shards[key[:SHARD_PREFIX]][key] = tuple(map(tuple, self.get(key)))
        return shards

    @classmethod
    def from_state(cls, state) -> Places | None:
        """Places from state() (None when it is not such a tuple)."""
        if not (isinstance(state, tuple) and len(state) == 6 and all(isinstance(part, dict) for part in state)):
            return None
        places = cls()
        places._shards, places.country_names, places._buckets, places._admin1, admin1_all, places._codes = state
        places._admin1_all = {code: frozenset(found) for code, found in admin1_all.items()}
        return places

    def province_of(self, place: Place) -> str:
        """The Kemendagri province code of an Indonesian place ("32" for Jawa Barat), or "":
        a region's code starts with it; a GeoNames town's admin1 code maps to it."""
        if place.kind in ID_LEVELS:
            return place.code.split(".")[0] if place.code else ""
        if place.kind == CITY and place.country == "ID" and place.detail:
            return self.admin1_provinces().get(("ID", place.detail), "")
        return ""

    def possible_provinces(self, place: Place) -> frozenset[str]:
        """Every province an Indonesian place may lie in: a region's own; for a GeoNames town,
        every province where a tenth or more of the towns of its admin1 code were found
        (GeoNames still files some towns of Banten under Jawa Barat's code, from before the
        split)."""
        if place.kind == CITY and place.country == "ID" and place.detail:
            self.admin1_provinces()
            return self._admin1_all.get(("ID", place.detail), frozenset())
        where = self.province_of(place)
        return frozenset({where}) if where else frozenset()

    def admin1_provinces(self) -> dict[tuple[str, str], str]:
        """(country, GeoNames admin1 code) -> Kemendagri province code, learnt from the data:
        a town whose name is a Kemendagri regency, city or district of one province only
        votes for that province. A code is kept when at least three towns vote and four in
        five agree (a province split after GeoNames set its codes, like Riau and Kepulauan
        Riau or Papua's, gets none)."""
        if self._admin1 is None:
            votes: dict[str, Counter] = defaultdict(Counter)
            for key in self.keys():
                places = self.get(key)
                regions = {p.code.split(".")[0] for p in places if p.kind in ID_LEVELS[1:] and p.code}
                if len(regions) != 1:
                    continue
                for p in places:
                    if p.kind == CITY and p.country == "ID" and p.detail:
                        votes[p.detail][next(iter(regions))] += 1
            self._admin1 = {}
            # A province with a tenth of the votes or more is a real possibility, not a namesake.
            self._admin1_all = {("ID", admin1): frozenset(p for p, n in count.items() if n >= 0.1 * sum(count.values()))
                                for admin1, count in votes.items()}
            for admin1, count in votes.items():
                (province, best), = count.most_common(1)
                if best >= 3 and best >= 0.8 * sum(count.values()):
                    self._admin1[("ID", admin1)] = province
        return self._admin1

    def entry_id(self, key: str) -> str | None:
        """Duck-typed for names.cover_known: the key itself when known."""
        return key if self.get(key) else None

    def _index(self) -> dict[str, Any]:
        # Built on the first near-miss query only: country -> (first letter, length) -> keys.
        if self._buckets is None:
            buckets: dict[str, dict[tuple[str, int], list[str]]] = defaultdict(lambda: defaultdict(list))
            for key in self.keys():
                for country in {p.country for p in self.get(key)}:
                    buckets[country][(key[0], len(key))].append(key)
            self._buckets = buckets
        return self._buckets

    def _country_index(self, country: str) -> dict[tuple[str, int], list[str]]:
        buckets = self._index().get(country) or {}
        if isinstance(buckets, bytes):
            buckets = self._index()[country] = marshal.loads(buckets)
        return buckets

    def _lengths(self, country: str, buckets: dict[tuple[str, int], list[str]]) -> dict[int, list[str]]:
        found = self._by_length.get(country)
        if found is None:
            found = {}
            for (_, length), keys in buckets.items():
                found.setdefault(length, []).extend(keys)
            self._by_length[country] = found
        return found

    def near(self, key: str, countries, max_edits: int, same_first: bool = True) -> list[tuple[str, int]]:
        """Known spellings of places in `countries` within max_edits of key, closest first."""
        found: dict[str, int] = {}
        for country in countries:
            buckets = self._country_index(country)
            if not buckets:
                continue
            # Without same_first, one look-up per length over every first letter's keys: asking
            # each (letter, length) bucket in turn was most of a long name's near-miss check.
            by_length = None if same_first else self._lengths(country, buckets)
            for length in range(len(key) - max_edits, len(key) + max_edits + 1):
                choices = buckets.get((key[0], length)) if by_length is None else by_length.get(length)
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
    header, rows = read_table(path)
    col = {name: i for i, name in enumerate(header)}
    if "alpha3" in col:
        _read_countries(places, rows, col)
    elif "type" in col:
        _read_subdivisions(places, rows, col)
    elif "population" in col:
        _read_cities(places, rows, col)
    elif "level" in col:
        _read_regions(places, rows, col)
    else:
        raise ValueError(f"{path}: unknown place file (header: {header})")


def read_table(path: str) -> tuple[list[str], list[list[str]]]:
    """The header (the last comment line) and the tab-separated rows, each as wide as the header
    (the place files here, and the airport data of the facility-place check)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read place data {path}: {exc}") from None
    header: list[str] = []
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        header = lines[first][1:].strip().split("\t")
        first += 1
    rows = [line.split("\t") for line in lines[first:] if line]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"{path}: a row has {len(row)} columns, the header names {len(header)}: {row[:2]}")
    return header, rows


def _read_countries(places: Places, rows: list[list[str]], col: dict[str, int]) -> None:
    code, en, ind = col["code"], col["english"], col["indonesian"]
    for row in rows:
        english, indonesian = _split(row[en]), _split(row[ind])
        places.add(english + indonesian, Place(english[0], row[code], COUNTRY, 0, row[code]))
        places.country_names["english"][row[code]] = english[0]
        if indonesian:
            places.country_names["indonesian"][row[code]] = indonesian[0]


def _read_subdivisions(places: Places, rows: list[list[str]], col: dict[str, int]) -> None:
    code, country, names_, type_ = col["code"], col["country"], col["names"], col["type"]
    for row in rows:
        spellings = _split(row[names_])
        places.add(spellings, Place(spellings[0], row[country], SUBDIVISION, 0, row[code], row[type_]))


def _read_cities(places: Places, rows: list[list[str]], col: dict[str, int]) -> None:
    by_key = places.by_key
    make = tuple.__new__  # Place(...) without its Python-level __new__: 70,000 rows
    name, folded, country, population, others = col["name"], col["key"], col["country"], col["population"], col["other_keys"]
    admin1 = col.get("admin1")
    for row in rows:
        place = make(Place, (row[name], row[country], CITY, int(row[population]), "", row[admin1] if admin1 is not None else ""))
        # The tool stores the folded name where lower case is not enough ("Zürich").
        by_key[row[folded] or row[name].lower()].append(place)
        if row[others]:
            # Other spellings are stored folded already (tools/geodata.py).
            for key in row[others].split("|"):
                by_key[key].append(place)


def _read_regions(places: Places, rows: list[list[str]], col: dict[str, int]) -> None:
    make = tuple.__new__
    code, level, name = col["code"], col["level"], col["name"]
    for row in rows:
        written = row[name]
        # Kemendagri calls Jakarta's cities "Kota Administrasi Jakarta Utara"; copy writes "Jakarta Utara".
        # It also shortens "Kepulauan" once ("Kep. Siau Tagulandang Biaro"); copy writes the word out.
        short = written[len(ADMINISTRATIVE):] if written.startswith(ADMINISTRATIVE) else ""
        if written.startswith("Kep. "):
            short = "Kepulauan " + written[len("Kep. "):]
        place = make(Place, (short or written, "ID", row[level], 0, row[code], ""))
        places.by_key[fold(written)].append(place)
        if short:
            places.by_key[fold(short)].append(place)


def _mtime(path: str) -> float:
    # os.stat, not Path(path).stat(): asked on every look-up (an edited file is read again),
    # and making the Path cost more than the stat.
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


def places(paths) -> Places:
    """The places in these files (read once per process and file version)."""
    paths = tuple(paths)
    return _places(paths, tuple(_mtime(p) for p in paths))


_FROZEN = False


@lru_cache(maxsize=8)
def _places(paths: tuple, stamps: tuple) -> Places:
    # 100,000 new tuples would trigger full garbage collections over the
    # whole heap (and they make no cycles): collect after, not during.
    global _FROZEN
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _cached_places(paths)
    finally:
        if enabled and not _FROZEN:
            # The tables stay for the life of the process and hold no cycles; every later
            # collection of the oldest generation would walk them (and the packs) again: a
            # seventh of a short run. Moved out of its scans once (gc.freeze); objects that
            # are alive now are still freed as usual when no longer referenced.
            gc.freeze()
            _FROZEN = True
        if enabled:
            gc.enable()


def _read_places(paths: tuple) -> Places:
    result = Places()
    for path in paths:
        _read_into(result, path)
    return result


def _cached_places(paths: tuple) -> Places:
    """The places of these files, with their indexes, from the parse cache (keyed by the
    files' bytes), else read and stored there: reading and indexing 100,000 spellings
    cost a fifth of a second on every run."""
    if not parsecache.enabled():
        return _read_places(paths)
    try:
        content = b"".join(len(data).to_bytes(8, "little") + data for data in (Path(p).read_bytes() for p in paths))
    except OSError:
        return _read_places(paths)  # which says what cannot be read
    key = parsecache.key(content, "geodata.py")
    found = Places.from_state(parsecache.load(key))
    if found is not None:
        return found
    result = _read_places(paths)
    parsecache.store(key, result.state())
    return result


# -- Indonesian towns and their regencies ---------------------------------------
def towns(path: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """towns-id.tsv (tools/geodata.py): folded town name -> (the regencies its GeoNames towns lie
    in, the other regencies with a district or village of that name)."""
    return _towns(path, _mtime(path))


@lru_cache(maxsize=2)
def _towns(path: str, stamp: float) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    header, rows = read_table(path)
    if header != ["name", "regency", "also"]:
        raise ValueError(f"{path}: expected the columns name, regency, also (header: {header})")
    return {fold(name): (tuple(_split(regency)), tuple(_split(also))) for name, regency, also in rows}


# -- GeoNames admin1 codes as ISO subdivisions -------------------------------
@dataclass(frozen=True)
class Admin1:
    """Which ISO 3166-2 first-level subdivision a GeoNames town lies in (tools/geodata.py)."""

    subdivision: dict[tuple[str, str], str]  # (country, admin1 code) -> ISO 3166-2 code
    names: dict[str, str]  # ISO 3166-2 code -> its name
    small_towns: dict[tuple[str, str], frozenset[str]]  # (country, folded name) -> where towns too small for cities.tsv lie

    def of(self, place: Place) -> str:
        """The ISO subdivision of a GeoNames town, or "" when the data cannot tell."""
        return self.subdivision.get((place.country, place.detail), "") if place.kind == CITY and place.detail else ""


def admin1(path: str) -> Admin1:
    return _admin1(path, _mtime(path))


@lru_cache(maxsize=2)
def _admin1(path: str, stamp: float) -> Admin1:
    header, rows = read_table(path)
    col = {name: i for i, name in enumerate(header)}
    if not {"country", "admin1", "subdivision", "name", "small_towns"} <= set(col):
        raise ValueError(f"{path}: expected columns country, admin1, subdivision, name, small_towns (header: {header})")
    subdivision, names_, small = {}, {}, defaultdict(set)
    for row in rows:
        country, code = row[col["country"]], row[col["subdivision"]]
        subdivision[(country, row[col["admin1"]])] = code
        names_[code] = row[col["name"]]
        for town in _split(row[col["small_towns"]]):
            small[(country, town)].add(code)
    return Admin1(subdivision, names_, {key: frozenset(found) for key, found in small.items()})


# -- office holders --------------------------------------------------------
@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    offices: tuple[str, ...]
    source: str
    organisation: str = ""  # an international organisation the person heads (a gazetteer spelling)


def leaders(path: str) -> dict[str, Leader]:
    return _leaders(path, _mtime(path))


@lru_cache(maxsize=4)
def _leaders(path: str, stamp: float) -> dict[str, Leader]:
    result: dict[str, Leader] = {}
    for header, row in _rows(path):
        cells = dict(zip(header, row))
        if "office" not in cells or len(row) != len(header):
            raise ValueError(f"{path}: expected columns name, country, office, organisation, variants, source: {row[:2]}")
        leader = Leader(cells["name"], cells["country"], tuple(o.strip() for o in cells["office"].split(";")), cells["source"],
                        cells.get("organisation", ""))
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
    first: int = -1  # where the name starts when that is before its span ("Cox's" of "Cox's Bazar")


def start_of(spans, mention: Mention) -> int:
    """The character offset where a mention starts."""
    return mention.first if mention.first >= 0 else spans[mention.span].tokens[mention.start].start


def possessive_names(plain: str, spans, data: Places, found: list[Mention]) -> list[Mention]:
    """Places whose name has an English possessive ("Cox's Bazar", "Martha's Vineyard"): the
    name spans stop at a possessive ("Putin's Russia"), so the two spans are joined here when
    the data knows the whole name. The mention of the first word alone ("Cox") is dropped."""
    joined = []
    for index in range(len(spans) - 1):
        last, following = spans[index].tokens[-1], spans[index + 1]
        if not _POSSESSIVE_GAP.fullmatch(plain, last.end, following.tokens[0].start):
            continue
        for n in range(min(3, len(following.tokens)), 0, -1):
            key = f"{last.key}'s {following.key(0, n)}"
            if data.get(key):
                joined.append(Mention(index + 1, 0, n, key, data.get(key), last.start))
                break
    if not joined:
        return found
    dropped = {(m.span - 1) for m in joined}
    taken = {(m.span, k) for m in joined for k in range(m.start, m.end)}
    kept = [m for m in found if not (m.span in dropped and m.end == len(spans[m.span].tokens))
            and not any((m.span, k) in taken for k in range(m.start, m.end))]
    return kept + joined


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


# -- what the geography rule types share -----------------------------------
OPTIONS = {
    **names.OPTIONS,
    "places": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    "leaders": {"type": "string", "minLength": 1},
    # Countries whose regions are never out of context in this language's copy (ID for Indonesian).
    "home_countries": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
}

# Entity kinds of the name gazetteers that are not places: their words are
# not read as place names ("Jordan" in "Jordan Bardella", "Georgia" in "Georgia Meloni").
NOT_PLACES = ("person", "staff", "organisation", "outlet")


@dataclass
class Context:
    """One article's names, as the geography rules see them."""

    spans: list
    ordinary: set[str]
    gazetteer: names.Gazetteer
    blocked: list[list[bool]]  # per span and token: part of a person's or organisation's name
    places: list[Mention]
    people: list[tuple[int, int, int, "Leader"]]  # (span, first token, end token, leader)
    countries: Counter

    def countries_without(self, key: str) -> Counter:
        """The article's countries, not counting the mentions of this name."""
        counts = Counter(self.countries)
        for mention in self.places:
            if mention.key == key:
                for country in countries_of(mention.places):
                    counts[country] -= 1
        return +counts


class GeoRules:
    """Options common to the geography rule types, resolved against the pack.
    Data files are checked when packs load and read on first use."""

    def __init__(self, options: dict, env):
        self.names = names.NameRules(options, env)
        self.place_files = tuple(str(env.resolve(p)) for p in options.get("places", []))
        leaders_file = options.get("leaders")
        self.leaders_file = str(env.resolve(leaders_file)) if leaders_file else None
        for path in self.place_files + ((self.leaders_file,) if self.leaders_file else ()):
            if not Path(path).is_file():
                raise ValueError(f"cannot read place data {path}: no such file")
        self.home_countries = frozenset(options.get("home_countries", []))

    def data(self) -> Places:
        return places(self.place_files)

    def leaders(self) -> dict[str, Leader]:
        return leaders(self.leaders_file) if self.leaders_file else {}

    def stands_alone(self, span, mention: Mention, owner, found: list[Mention], ordinary) -> bool:
        """True when the words around a place mention inside a longer name span are
        titles, known names, other places or capitalised sentence openers ("Presiden
        Rusia", "Warga Kolkata"), not unknown words of a person's or company's name."""
        placed = {k for m in found if m.span == mention.span for k in range(m.start, m.end)}
        for k in (mention.start - 1, mention.end):
            if 0 <= k < len(span.tokens):
                token = span.tokens[k]
                if not (k in placed or owner[k] is not None or token.key in self.names.not_names or token.particle
                        or token.key in ordinary or token.initial):
                    return False
        return True

    def lone_word_is_no_name(self, span, i: int, ordinary: set[str], opening_ok: bool = False) -> bool:
        token = span.tokens[i]
        if token.particle or token.key in ordinary or token.key in self.names.not_names:
            return True
        # A lone capitalised word opening a sentence may be any word (unless its
        # role says otherwise: "XIANMEN, China –" is a dateline).
        return len(span.tokens) == 1 and token.initial and not opening_ok

    def context(self, doc) -> Context:
        """The article's names and countries, computed once per document for all
        the rules that share these data files and name options."""
        gazetteer = gazetteer_of(doc, self.names)
        key = ("geo", self.place_files, self.leaders_file, id(gazetteer), self.names.particles, self.names.not_names)
        return names.memo(doc, key, lambda: self._context(doc, gazetteer))

    def _context(self, doc, gazetteer) -> Context:
        spans = names.name_spans(doc, self.names.particles)
        ordinary = names.lowercase_words(doc)
        # With doc: the name rules' cover of these spans by this gazetteer, computed once (read only here).
        owners, matches = names.cover_known(spans, gazetteer, doc=doc)
        blocked = [[o is not None and gazetteer.entries[o].kind in NOT_PLACES for o in owner] for owner in owners]
        data = self.data()
        skip = lambda span, i: self.lone_word_is_no_name(span, i, ordinary)  # noqa: E731
        found = [m for m in mentions(spans, data, skip) if not any(blocked[m.span][m.start : m.end])]
        found = possessive_names(doc.plain, spans, data, found)
        # Spellings the language's own gazetteers add for countries ("AS", "Korut"):
        # the country data knows the entity by another of its spellings.
        # A spelling the place data has only as a town ("AS": As, Belgium) is the country
        # when the language's gazetteer says so.
        seen = {(m.span, m.start): m for m in found}
        for index, i, j, entity, key in matches:
            entry = gazetteer.entries[entity]
            if entry.kind != "country" or any(p.kind == COUNTRY for p in data.get(key)) or (j - i == 1 and skip(spans[index], i)):
                continue
            earlier = seen.get((index, i))
            if earlier is not None and earlier.end != j:
                continue
            for form in entry.forms:
                known = [p for p in data.get(fold(form)) if p.kind == COUNTRY]
                if known:
                    if earlier is not None:
                        earlier.places = known
                    else:
                        found.append(Mention(index, i, j, key, known))
                    break
        # A word of an unknown longer name is no place ("Wulan" in "Andriy Wulan Nagrahani").
        found = [m for m in found if self.stands_alone(spans[m.span], m, owners[m.span], found, ordinary)]
        people = []
        table = self.leaders()
        if table:
            people = [(index, i, j, table[key]) for index, i, j, key in _cover(spans, table)]
        counts = article_countries(found)
        for _, _, _, leader in people:
            counts[leader.country] += 1
        return Context(spans, ordinary, gazetteer, blocked, found, people, counts)


def gazetteer_of(doc, rules: names.NameRules) -> names.Gazetteer:
    """``rules.gazetteer(doc)`` (built once per document)."""
    return rules.gazetteer(doc)


def _cover(spans, table: dict, max_tokens: int = 6):
    """Longest known keys of `table` in each span: (span, first token, end token, key)."""
    found = []
    for index, span in enumerate(spans):
        n = len(span.tokens)
        taken = [False] * n
        for size in range(min(n, max_tokens), 0, -1):
            for i in range(0, n - size + 1):
                if any(taken[i : i + size]) or not span.whole_words(i, i + size):
                    continue
                key = span.key(i, i + size)
                if key in table:
                    taken[i : i + size] = [True] * size
                    found.append((index, i, i + size, key))
    return found

