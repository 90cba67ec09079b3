"""place-names: a place name that is in no gazetteer but a letter or two away
from a place in a country the article is about ("Kabupaten Tapim" for Tapin,
"Bad Kissingn" for Bad Kissingen), or a known place shortened ("Kissingen"
for Bad Kissingen, "Baden" for Baden-Baden when the article's countries have
no town called just Baden).

    places: [../common/data/cities.tsv, ...]   # geodata TSV files, relative to the pack
    leaders: ../common/data/leaders.tsv         # office holders also tell the article's countries
    place_cues: '(?i)\\b(?:di|ke|dari)\\s+$'   # text right before a name that makes it a place
    region_words: {Kabupaten: kabupaten, Kota: kota, Kecamatan: kecamatan}   # word before -> level (Indonesia)
    shortened_forms: ['Bad {0}', '{0}-{0}']     # full names a shortened name may stand for
    min_population: 5000                        # smaller towns are not offered
    min_population_single: 100000               # ... nor, for a one-word name, smaller cities
    shortened_message: '...'                    # message for a shortened name

Only a name in a place role is judged: right after a place cue, or after a
region word inside the name ("Kabupaten Tapim"). A name known anywhere (any
place, person or organisation in the data, any country) is accepted; an
unknown one is compared only with places of the countries the article names
(or, after a region word, with that level of Indonesia's regions), using the
spelling limits of qa_lint.names (one edit up to 9 letters, two beyond; the
first letter only changes in long names). Several equally close places of
different names are too ambiguous to suggest, so nothing is reported.
Message fields: {canonical}, {country}, {kind}.

With `lookalike: true` the rule reports something else: a real Indonesian
regency or town named once, in a province the article never names, spelt like
a place the article names twice or more in another province (a letter off, or
the same consonants with other vowels: "Purbalingga" in a story about
Probolinggo). Fields: {canonical} (the story's place), {region} (the province
of the name written), {canonical_region}.
"""

from __future__ import annotations

from collections import Counter

import regex
from rapidfuzz.distance import OSA

from .. import geodata, names
from . import Check

_ABBREVIATED = regex.compile(r"(?<!\p{L})(\p{Lu}\p{Ll}{1,3})\.[ \u00a0]*\Z")  # "Kab. " before a name
_COMMA = regex.compile(r",[ \u00a0]*")

TYPE = "place-names"
PROPERTIES = {
    **geodata.OPTIONS,
    "place_cues": {"type": "string", "minLength": 1},
    "region_words": {"type": "object", "additionalProperties": {"enum": list(geodata.ID_LEVELS)}},
    "shortened_forms": {"type": "array", "items": {"type": "string", "pattern": "\\{0\\}"}},
    "min_population": {"type": "integer", "minimum": 0},
    "min_population_single": {"type": "integer", "minimum": 0},
    "shortened_message": {"type": "string", "minLength": 1},
    # A district or regency of a region the article does not name, a letter off one of
    # a region it names ("Kecamatan Woja", Dompu, in a story about Kabupaten Bima's Woha).
    "other_region_message": {"type": "string", "minLength": 1},
    # Report only real towns of another province spelt like the story's own place
    # ("Purwokerto", Central Java, once in a story about Purwakarta, West Java), towns of
    # `lookalike_min_population` people or more.
    "lookalike": {"type": "boolean"},
    "lookalike_min_population": {"type": "integer", "minimum": 0},
}
REQUIRED = ["places"]  # and place_cues, unless the rule reports look-alikes only
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "canonical", "canonical_region", "country", "kind", "region"}
VOWELS = str.maketrans("", "", "aeiou")


def spelling_slip(a: str, b: str, suffixes: tuple[str, ...]) -> bool:
    """Two different names a reader mistakes for each other: same first letter, and a letter
    off (two in names of nine letters or more) or the same consonants with other vowels
    ("Purwokerto", "Purwakarta"); an inflected form of the other is no slip."""
    if a == b or a[0] != b[0] or names.inflected(a, b, suffixes):
        return False
    if len(a) == len(b) and a.translate(VOWELS) == b.translate(VOWELS):
        return True
    limit = 1 if min(len(a), len(b)) < 9 else 2
    return OSA.distance(a, b, score_cutoff=limit) <= limit
REGEX_KEYS = ("place_cues",)

CUE_WINDOW = 30
MAX_WORDS = 3
# Kinds of place a bare place cue ("di", "in") may point to.
CUE_KINDS = frozenset({geodata.CITY, geodata.SUBDIVISION, "provinsi", "kabupaten", "kota"})
KIND_LABEL = {"city": "a town", "subdivision": "a region", "provinsi": "a province", "kabupaten": "a regency",
              "kota": "a city", "kecamatan": "a district"}


class PlaceNamesCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        self.geo = geodata.GeoRules(options, env)
        self.place_cues = regex.compile(options.get("place_cues", r"(?!)"))
        self.region_words = {names.fold(w): level for w, level in options.get("region_words", {}).items()}
        # Templates of full names a shortened name may stand for: "Bad {0}", "{0}-{0}".
        self.shortened_forms = list(options.get("shortened_forms", []))
        self.min_population = int(options.get("min_population", 5000))
        # A one-word name has no exact word to anchor it: only bigger towns are offered.
        self.min_population_single = int(options.get("min_population_single", 100_000))
        self.shortened_message = options.get("shortened_message")
        self.other_region_message = options.get("other_region_message")
        self.lookalike = bool(options.get("lookalike"))
        self.lookalike_min_population = int(options.get("lookalike_min_population", 50_000))

    def run(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        if self.lookalike:
            yield from self.lookalikes(doc, ctx, data)
            return
        leaders = self.geo.leaders()
        countries = set(ctx.countries)
        stops = self.stopping_tokens(ctx)
        verdicts: dict[tuple, tuple | None] = {}
        # Places the article itself names: the likeliest meaning of a name a letter off.
        named = {m.key: m.places for m in ctx.places}
        for index, span in enumerate(ctx.spans):
            for i, kinds, where, opening in self.place_roles(doc, ctx, index, countries):
                end = i
                while end < len(span.tokens) and not stops[index][end] and end - i < MAX_WORDS:
                    end += 1
                for stop in self.candidate_ends(span, stops[index], i, end, kinds):
                    if not span.whole_words(i, stop) or (stop - i == 1 and self.geo.lone_word_is_no_name(span, i, ctx.ordinary, opening)):
                        continue
                    key = span.key(i, stop)
                    if ctx.gazetteer.entry_id(key) is not None or key in leaders:
                        break
                    known = data.get(key)
                    here = where
                    if known:
                        if kinds != CUE_KINDS and self.other_region_message:
                            verdict = self.other_region(key, kinds, known, named, data)
                            if verdict:
                                yield self.report(doc, span, i, stop, verdict, data)
                                break
                        # Its own mention does not make the article about Austria.
                        here = set(ctx.countries_without(key)) if kinds == CUE_KINDS else where
                        if not here or not self.only_elsewhere(known, here):
                            break
                    cache_key = (key, kinds, tuple(sorted(here)), bool(known))
                    if cache_key not in verdicts:
                        # A name known only as a town of another country ("Baden", Austria, in a
                        # story about Germany) may still be a shortened name there ("Baden-Baden").
                        verdicts[cache_key] = (self.shortened(key, kinds, here, data) if known else
                                               self.named_nearby(key, kinds, here, named) or
                                               self.judge(key, kinds, here, data, allow_short=kinds != CUE_KINDS))
                    if verdicts[cache_key]:
                        yield self.report(doc, span, i, stop, verdicts[cache_key], data)
                        break


    def lookalikes(self, doc, ctx, data):
        """A real Indonesian town named once whose province the story never names, spelt like
        the place the story is about (named twice or more) in another province: "Purwokerto"
        (Jawa Tengah) in a story about Purwakarta (Jawa Barat) is the story's place misspelt
        into another real one."""
        counts = Counter(m.key for m in ctx.places)
        provinces = {key: {data.province_of(p) for p in places} - {""} for key, places in
                     ((m.key, m.places) for m in ctx.places)}
        own = [key for key, n in counts.items() if n >= 2 and provinces[key]]
        for mention in ctx.places:
            written = provinces[mention.key]
            if counts[mention.key] != 1 or len(written) != 1 or not self.a_town(mention.places, data):
                continue
            story = {data.province_of(p) for m in ctx.places if m.key != mention.key for p in m.places if p.kind in geodata.ID_LEVELS[:3]}
            if any(story & data.possible_provinces(p) for p in mention.places):
                continue  # its own province is in the story: a real second place
            alike = [key for key in own if not provinces[key] & written and self.look_alike(mention.key, key)]
            if len(alike) != 1:
                continue
            other = next(p for p in ctx.places if p.key == alike[0]).places
            place = next(p for p in other if data.province_of(p) in provinces[alike[0]])
            span = ctx.spans[mention.span]
            codes = data.code_names()
            yield self.finding(doc, span.tokens[mention.start].start, span.tokens[mention.end - 1].end,
                               suggestions=[place.name], canonical=place.name,
                               country="Indonesia", kind=KIND_LABEL.get(place.kind, "a place"),
                               region=codes.get(next(iter(written)), ""), canonical_region=codes.get(data.province_of(place), ""))

    def a_town(self, places, data) -> bool:
        """A regency, a city, or a GeoNames town of `lookalike_min_population` people, in Indonesia
        (districts alone are too many and too often village names)."""
        return any((p.kind in ("kabupaten", "kota") or (p.kind == geodata.CITY and p.population >= self.lookalike_min_population
                                                         and len(data.possible_provinces(p)) == 1))
                   and data.province_of(p) for p in places)

    def look_alike(self, a: str, b: str) -> bool:
        return min(len(a), len(b)) >= 6 and spelling_slip(a, b, self.geo.names.suffixes)

    @staticmethod
    def candidate_ends(span, stops, i: int, end: int, kinds) -> list[int]:
        """Where the place name that starts at token i may end. After a place cue, only
        at the end of the unknown run: a part of a longer unknown name ("Maria" of "Maria
        Nila Sheer", "Panin" of "Panin Sekuritas") is another name, not a misspelt place.
        After a region word the place comes first and a name may follow ("Bupati Tapim
        Yamani"), so each shorter run is tried too, longest first."""
        if end == i:
            return []
        if kinds == CUE_KINDS:
            return [end] if end == len(span.tokens) or stops[end] else []
        return list(range(end, i, -1))

    def stopping_tokens(self, ctx) -> list[list[bool]]:
        """Per span and token: words that end a place name (titles, region words,
        people's and organisations' names, outlet domains)."""
        stops = [[False] * len(span.tokens) for span in ctx.spans]
        for index, span in enumerate(ctx.spans):
            for k, token in enumerate(span.tokens):
                stops[index][k] = (ctx.blocked[index][k] or token.key in self.geo.names.not_names
                                   or token.key in self.region_words or token.domain)
        for index, i, j, _ in ctx.people:
            stops[index][i:j] = [True] * (j - i)
        return stops

    def place_roles(self, doc, ctx, index: int, countries):
        """Where in span `index` a place name starts: (token, kinds of place, countries)."""
        span = ctx.spans[index]
        start = span.tokens[0].start
        before = doc.plain[max(0, start - CUE_WINDOW) : start]
        # "Kab. Tapim": an abbreviated region word ends the span before (capitalised and
        # short: a sentence that ends in "... kota." is no abbreviation).
        abbreviated = _ABBREVIATED.search(before)
        if abbreviated and names.fold(abbreviated.group(1)) in self.region_words:
            yield 0, frozenset({self.region_words[names.fold(abbreviated.group(1))]}), {"ID"}, False
        elif countries and self.place_cues.search(before):
            yield 0, CUE_KINDS, countries, False
        else:
            # "Xianmen, China" (also a dateline, "XIANMEN, China –"): a name followed by
            # its country is a place of that country, even opening a sentence.
            country = self.country_after(doc, ctx, index)
            if country:
                yield 0, CUE_KINDS, {country}, True
        for k, token in enumerate(span.tokens[:-1]):
            if token.key in self.region_words:
                yield k + 1, frozenset({self.region_words[token.key]}), {"ID"}, False

    @staticmethod
    def country_after(doc, ctx, index: int) -> str | None:
        """The country named right after span `index` and a comma ("Xianmen, China"), if any."""
        if index + 1 >= len(ctx.spans):
            return None
        span, following = ctx.spans[index], ctx.spans[index + 1]
        if not _COMMA.fullmatch(doc.plain, span.tokens[-1].end, following.tokens[0].start):
            return None
        for mention in ctx.places:
            if mention.span == index + 1 and mention.start == 0:
                codes = {p.country for p in mention.places if p.kind == geodata.COUNTRY}
                return codes.pop() if len(codes) == 1 else None
        return None

    def judge(self, key: str, kinds, where, data, allow_short: bool):
        """The place `key` most likely misspells or shortens, or None."""
        words = key.split(" ")
        limit = names.token_limit(len(key))
        if allow_short and len(words) == 1 and len(key) >= 5:
            limit = max(limit, 1)
        if limit:
            near = data.near(key, where, limit, same_first=len(key) < 8)
            best: dict[str, tuple[int, geodata.Place, str]] = {}
            for other, distance in near:
                if not self.close_enough(words, other.split(" "), allow_short):
                    continue
                for place in data.get(other):
                    # Only the place's own name: a letter off an old or foreign
                    # spelling ("Dairen" for Dalian) is no evidence.
                    if geodata.fold(place.name) != other:
                        continue
                    if place.country in where and place.kind in kinds and self.big_enough(place, len(words)):
                        current = best.get(place.name)
                        if current is None or distance < current[0]:
                            best[place.name] = (distance, place, other)
            if best:
                closest = min(d for d, _, _ in best.values())
                winners = [v for v in best.values() if v[0] == closest]
                if len(winners) == 1:
                    _, place, other = winners[0]
                    return ("near", place, other)
                return None  # equally close to two places: too ambiguous to name one
        return self.shortened(key, kinds, where, data)

    def named_nearby(self, key: str, kinds, where, named):
        """The one place the article names elsewhere that an unknown name is a letter off
        ("Kabupaten Sika" beside "Kabupaten Sikka"): the article itself says which place
        is meant, so short names count too (4 letters or more, the same first letter)."""
        if len(key) < 4:
            return None
        found = {}
        for other, places in named.items():
            if other[0] != key[0] or abs(len(other) - len(key)) > 1 or names.inflected(key, other, self.geo.names.suffixes):
                continue
            if OSA.distance(key, other, score_cutoff=1) > 1:
                continue
            for place in places:
                if place.kind in kinds and place.country in where and geodata.fold(place.name) == other:
                    found[place.name] = (place, other)
        if len(found) == 1:
            place, other = found.popitem()[1]
            return ("near", place, other)
        return None

    def other_region(self, key: str, kinds, known, named, data):
        """A known district (or regency) whose region the article does not name, a letter
        off one that the article names in a region it names: "Kecamatan Woja" (Dompu) in
        a story about Kabupaten Bima and its district Woha."""
        levels = [p for p in known if p.kind in kinds and p.code.count(".")]
        if not levels or len(levels) != len(known):
            return None
        named_codes = {p.code for places in named.values() for p in places if p.code}
        if any(_parent(p.code) in named_codes for p in levels):
            return None  # its own region is in the story
        found = {}
        for other, places in named.items():
            if other == key or other[0] != key[0] or len(other) < 4 or abs(len(other) - len(key)) > 1:
                continue
            if OSA.distance(key, other, score_cutoff=1) > 1:
                continue
            for place in places:
                if place.kind in kinds and _parent(place.code) in named_codes:
                    found[place.code] = (place, other)
        if len(found) != 1:
            return None
        place, other = found.popitem()[1]
        written = levels[0]
        return ("region", place, other, data.code_names().get(_parent(written.code), ""),
                data.code_names().get(_parent(place.code), ""))

    def shortened(self, key: str, kinds, where, data):
        """The one place in `where` whose full name this name shortens ("Kissingen" -> Bad Kissingen)."""
        found = []
        for form in self.shortened_forms:
            full = geodata.fold(form.format(key))
            found += [(p, full) for p in data.get(full) if p.country in where and p.kind in kinds and self.big_enough(p, 2)]
        if len(found) == 1:
            return ("short", found[0][0], found[0][1])
        return None

    @staticmethod
    def only_elsewhere(known, where) -> bool:
        """True when every place of this name is a town outside the article's countries."""
        return all(p.kind == geodata.CITY and p.country not in where for p in known)

    def close_enough(self, words: list[str], known: list[str], allow_short: bool) -> bool:
        if len(words) != len(known):
            return False
        if len(words) == 1 and allow_short and min(len(words[0]), len(known[0])) >= 5:
            return names.near_tokens(words[0], known[0], self.geo.names.suffixes, 1 if min(len(words[0]), len(known[0])) < 10 else 2)
        return names.misspells(words, known, "place", self.geo.names.suffixes)

    def big_enough(self, place, words: int) -> bool:
        floor = self.min_population if words > 1 else self.min_population_single
        return place.kind != geodata.CITY or place.population >= floor

    def report(self, doc, span, i: int, stop: int, verdict, data):
        how, place = verdict[0], verdict[1]
        start, end = span.tokens[i].start, span.tokens[stop - 1].end
        fix = place.name.upper() if doc.text[start:end].isupper() else place.name
        country = data.country_names["english"].get(place.country, place.country)
        message = self.shortened_message if how == "short" and self.shortened_message else None
        extra = {}
        if how == "region":
            message = self.other_region_message
            extra = dict(region=verdict[3], canonical_region=verdict[4])
        return self.finding(doc, start, end, message=message, suggestions=[fix], canonical=place.name,
                            country=country, kind=KIND_LABEL.get(place.kind, "a place"), **extra)


def _parent(code: str) -> str:
    """The Kemendagri code of the region a district or regency lies in: 52.06.03 -> 52.06."""
    return code.rsplit(".", 1)[0] if "." in code else ""


CHECK = PlaceNamesCheck
