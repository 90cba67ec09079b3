"""place-region: a town or regency followed by a province it does not lie in
("Batam, Riau": Batam is a city of Kepulauan Riau).

    places: [data/wilayah.tsv, ...]        # geodata TSV files; Kemendagri codes give the hierarchy
    leaders: ../common/data/leaders.tsv
    message: '... {match} ... {province} ... {right} ...'

News copy places a town by its province after a comma ("Pekanbaru, Riau",
"Kota Bima, Nusa Tenggara Barat"). A Kemendagri region code is its
province's code and more ("21.71" is Kota Batam of province 21, Kepulauan
Riau), so the data tells whether the pair holds. Reported when the name
before the comma is a regency or city in the data, none of the places of that
name (regency, city or district) lies in the province named after it, and the
pair is not part of a list of places ("di Medan, Aceh, dan Padang").
Message fields: {place}, {province} (as written), {right} (the province the
data gives).

With `level: country` the rule reads "<place>, <country or region>" and the
apposition "<place>, ibu kota <country>" / "<place>, kota terbesar kedua di
<region>" (`apposition`, a regex of the words between the comma and the
name): a city of `min_population`+ people or a first-level subdivision of one
country placed in a country, ISO subdivision or Indonesian province of
another ("Dili, Nusa Tenggara Timur": Timor-Leste; "Kinshasa, ibu kota
Republik Kongo": DR Congo; "Mandalay, Thailand": Myanmar).
Reported only when no place of that name (GeoNames, ISO 3166-2, Kemendagri)
lies in the country named; a place in a `home_countries` region must be a city
of `min_population_home`+ people (small Indonesian places are not all in the
data). `same_country` pairs territories copy places under their sovereign
("Hong Kong, China"). Message fields: {place}, {province} (the region or
country as written), {right} (the place's country).
"""

from __future__ import annotations

import regex

from .. import geodata
from . import Check

TYPE = "place-region"
PROPERTIES = {
    **geodata.OPTIONS,
    "list_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "level": {"enum": ["province", "country"]},
    "apposition": {"type": "string", "minLength": 1},
    "min_population": {"type": "integer", "minimum": 0},
    "min_population_home": {"type": "integer", "minimum": 0},
    "same_country": {"type": "array", "items": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}, "minItems": 2}},
}
REQUIRED = ["places"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "place", "province", "right"}
REGEX_KEYS = ("apposition",)
CONTAINERS = ("country", "subdivision", "provinsi")

TOWN_LEVELS = ("kabupaten", "kota")


class PlaceRegionCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.geo = geodata.GeoRules(rule.options, env)
        words = rule.options.get("list_words", [])
        alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        # After the province: another item of a list ("..., Aceh, dan Padang", "..., Aceh, Padang, ...");
        # not a weekday or a clause ("..., Riau, Selasa (22/7)").
        joined = rf"|,?[ \u00a0]+(?:{alternation})[ \u00a0]+\p{{Lu}}" if words else ""
        o = rule.options
        self.level = o.get("level", "province")
        self.gap = regex.compile(rf",[ \u00a0]*(?:(?:{o['apposition']})[ \u00a0]+)?" if o.get("apposition") else r",[ \u00a0]*")
        self.min_population = o.get("min_population", 15000)
        self.min_population_home = o.get("min_population_home", 50000)
        self.same_country: dict[str, set[str]] = {}
        for group in o.get("same_country", []):
            for code in group:
                self.same_country.setdefault(code, set()).update(group)
        self.list_after = regex.compile(rf",[ \u00a0]*\p{{Lu}}[\p{{L}}-]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}-]*)*[ \u00a0]*(?:,|(?:{alternation})\b){joined}"
                                        if words else r",[ \u00a0]*\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*)*[ \u00a0]*,")

    def run(self, doc):
        if self.level == "country":
            yield from self.wrong_country(doc)
            return
        ctx = self.geo.context(doc)
        data = self.geo.data()
        by_start = {(m.span, m.start): m for m in ctx.places}
        codes = data.code_names()
        for mention in ctx.places:
            span = ctx.spans[mention.span]
            if mention.end != len(span.tokens) or mention.span + 1 >= len(ctx.spans):
                continue
            towns = [p for p in mention.places if p.kind in TOWN_LEVELS and p.code]
            if not towns:
                continue
            following = ctx.spans[mention.span + 1]
            gap = doc.plain[span.tokens[-1].end : following.tokens[0].start]
            if not regex.fullmatch(r",[ \u00a0]*", gap):
                continue
            province = by_start.get((mention.span + 1, 0))
            if province is None or province.end != len(following.tokens):
                continue
            provinces = [p for p in province.places if p.kind == "provinsi"]
            if not provinces or len(provinces) != len(province.places):
                continue
            first = span.tokens[mention.start].start
            if self.in_a_list(doc, first, following.tokens[-1].end):
                continue
            inside = {p.code for p in provinces}
            if any(p.code.split(".")[0] in inside for p in mention.places if p.code):
                continue
            right = sorted({codes.get(p.code.split(".")[0], "") for p in towns} - {""})
            if len(right) != 1:
                continue
            start, end = following.tokens[0].start, following.tokens[-1].end
            yield self.finding(doc, start, end, suggestions=[right[0]], place=doc.text[first : span.tokens[-1].end],
                               province=doc.text[start:end], right=right[0],
                               related=[(first, span.tokens[-1].end, "the place")])

    # -- a place in another country ------------------------------------------------------
    def wrong_country(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        by_end = {(m.span, m.end): m for m in ctx.places}
        # A lone word opening a sentence is a place when the article uses it as one elsewhere
        # ("Lae, kota terbesar kedua di Papua" after "kota Lae").
        known = {m.key for m in ctx.places}
        for container in ctx.places:
            following = ctx.spans[container.span]
            if container.start != 0 or container.end != len(following.tokens) or container.span == 0:
                continue
            span = ctx.spans[container.span - 1]
            if not self.gap.fullmatch(doc.plain, span.tokens[-1].end, following.tokens[0].start):
                continue
            mention = by_end.get((container.span - 1, len(span.tokens)))
            if mention is not None:
                places, first = mention.places, span.tokens[mention.start].start
            elif len(span.tokens) == 1 and span.tokens[0].key in known:
                places, first = data.get(span.tokens[0].key), span.tokens[0].start
            else:
                continue
            inside = {p.country for p in container.places if p.kind in CONTAINERS}
            if not any(p.kind == "country" for p in container.places):
                # A region's name may be a person's ("Body and Soul, Miranda mengungkapkan"):
                # its country must be in the article besides it.
                inside &= set(ctx.countries_without(container.key))
            # The place as the data names it, not by an old or foreign spelling ("Soul").
            key = geodata.fold(doc.plain[first : span.tokens[-1].end])
            right = self._elsewhere(places, [p for p in places if geodata.fold(p.name) == key], inside)
            if right is None or self.in_a_list(doc, first, following.tokens[-1].end):
                continue
            name = data.country_names["indonesian"].get(right) or data.country_names["english"].get(right, right)
            start, end = following.tokens[0].start, following.tokens[-1].end
            yield self.finding(doc, start, end, suggestions=[name], place=doc.text[first : span.tokens[-1].end],
                               province=doc.text[start:end], right=name,
                               related=[(first, span.tokens[-1].end, "the place")])

    def _elsewhere(self, places, named, inside: set[str]) -> str | None:
        """The one country a place (`named`: the places spelled so) lies in, when none of its
        namesakes (`places`: any spelling) is in `inside`."""
        if not inside:
            return None
        home = bool(inside & self.geo.home_countries)
        least = self.min_population_home if home else self.min_population
        real = [p for p in named if (p.kind == "city" and p.population >= least) or (p.kind == "subdivision" and not home)]
        countries = {p.country for p in places}
        if not real or any(inside & self.same_country.get(c, {c}) for c in countries):
            return None
        found = {p.country for p in real}
        return found.pop() if len(found) == 1 else None

    def in_a_list(self, doc, first: int, end: int) -> bool:
        """"di Jakarta, Medan, Aceh" or "di Medan, Aceh, dan Padang": items of a list, not a place and its province."""
        before = doc.plain[max(0, first - 3) : first]
        if regex.search(r",[ \u00a0]*$", before):
            return True
        return bool(self.list_after.match(doc.plain, end))


CHECK = PlaceRegionCheck
