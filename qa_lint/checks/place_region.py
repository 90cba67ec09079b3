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
"""

from __future__ import annotations

import regex

from .. import geodata
from . import Check

TYPE = "place-region"
PROPERTIES = {**geodata.OPTIONS, "list_words": {"type": "array", "items": {"type": "string", "minLength": 1}}}
REQUIRED = ["places"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "place", "province", "right"}
REGEX_KEYS = ()

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
        self.list_after = regex.compile(rf",[ \u00a0]*\p{{Lu}}[\p{{L}}-]*(?:[ \u00a0]+\p{{Lu}}[\p{{L}}-]*)*[ \u00a0]*(?:,|(?:{alternation})\b){joined}"
                                        if words else r",[ \u00a0]*\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*)*[ \u00a0]*,")

    def run(self, doc):
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

    def in_a_list(self, doc, first: int, end: int) -> bool:
        """"di Jakarta, Medan, Aceh" or "di Medan, Aceh, dan Padang": items of a list, not a place and its province."""
        before = doc.plain[max(0, first - 3) : first]
        if regex.search(r",[ \u00a0]*$", before):
            return True
        return bool(self.list_after.match(doc.plain, end))


CHECK = PlaceRegionCheck
