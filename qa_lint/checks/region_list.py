"""region-list: a regency or city listed with regencies of the article's province, but
lying in another province the article never names ("di Kabupaten Lombok Timur dan
Kabupaten Ende" in a story about Nusa Tenggara Barat: Ende is in Nusa Tenggara Timur).

    places: [data/wilayah.tsv, ...]         # Kemendagri codes give each regency its province
    coordinates: ../common/data/city-coords.tsv   # where GeoNames towns lie
    min_km: 150                              # how far the odd item must be from the others
    item_words: {Kabupaten: kabupaten, Kota: kota}   # the word before an item and its level
    list_words: [dan, serta, atau]
    message: '... {place} ... {right} ... {province} ...'

Machine translation and hurried rewrites swap one regency for a look-alike or a
neighbour across a provincial border. In a list of regencies ("Kabupaten A, Kabupaten
B, dan Kabupaten C"; "Kabupaten A, B dan C"), each item is a Kemendagri regency or
city of the level its word says. Reported: the one item whose province is not that of
all the others, when the article names the others' province, never names the odd
item's province (by its name or a short form: "NTT", "Jateng") nor any other region of it, and no place of the odd item's name (a
regency, city, district or GeoNames town) lies in the others' province. A story that
names both provinces, or a list whose items are spread over several provinces, stays
quiet, and so do provinces split from one another not long ago (`province_groups`:
Papua and Papua Selatan). Message fields: {place} (the item as written), {right} (its province),
{province} (the article's province).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex

from .. import geodata
from ..i18n import N_
from . import Check
from .facility_place import coordinates, km

TYPE = "region-list"
PROPERTIES = {
    **geodata.OPTIONS,
    "item_words": {"type": "object", "additionalProperties": {"enum": ["kabupaten", "kota"]}, "minProperties": 1},
    "list_words": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    "coordinates": {"type": "string", "minLength": 1, "description": "city-coords.tsv written by tools/airports.py"},
    "min_km": {"type": "number", "minimum": 0},
    # Provinces split from one another not long ago: copy may still file a regency under the old one.
    "province_groups": {"type": "array", "items": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{2}$"}, "minItems": 2}},
}
REQUIRED = ["places", "item_words", "list_words", "coordinates"]
PLACEHOLDERS = {"match", "place", "province", "right"}
REGIONS = ("provinsi", "kabupaten", "kota")
# A capitalised word that may be a province's short form.
SHORT_FORM = regex.compile(r"\b\p{Lu}\p{L}{1,7}\b")


def abbreviates(token: str, words: list[str]) -> bool:
    """True when `token` is made of two or more beginnings of `words`, in order (words may be
    skipped): "NTT" is Nusa Tenggara Timur, "Jateng" Jawa Tengah, "Babel" Kepulauan Bangka Belitung."""
    def fits(rest: str, first: int, pieces: int) -> bool:
        if not rest:
            return pieces >= 2
        return any(words[j].startswith(rest[:k]) and fits(rest[k:], j + 1, pieces + 1)
                   for j in range(first, len(words)) for k in range(1, len(rest) + 1))
    return len(words) >= 2 and fits(geodata.fold(token), 0, 0)


@dataclass
class Item:
    mention: geodata.Mention
    start: int  # where the item starts (its region word, when it has one)
    end: int
    provinces: set[str]  # the Kemendagri provinces of its places of the item's level
    codes: set[str]  # the Kemendagri codes of those places


class RegionListCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.geo = geodata.GeoRules(o, env)
        self.coordinates = str(env.resolve(o["coordinates"]))
        if not Path(self.coordinates).is_file():
            raise ValueError(f"cannot read place data {self.coordinates}: no such file")
        self.min_km = o.get("min_km", 150)
        self.groups = {code: frozenset(group) for group in o.get("province_groups", []) for code in group}
        self.levels = {regex.sub(r"\s+", " ", word.casefold()): level for word, level in o["item_words"].items()}
        words = "|".join(regex.escape(w) for w in sorted(o["item_words"], key=len, reverse=True))
        joins = "|".join(regex.escape(w) for w in sorted(o["list_words"], key=len, reverse=True))
        self.word_before = regex.compile(rf"(?i)\b(?P<word>{words})[ \u00a0]+$")
        # A name the data knows with its region word ("kota tegal", a GeoNames spelling of Tegal).
        self.word_inside = regex.compile(rf"(?i)(?P<word>{words}) ")
        # Between two items: a comma or a list word, and maybe the next item's own region word.
        self.between = regex.compile(rf"(?:[ \u00a0]*,[ \u00a0]*(?:(?:{joins})[ \u00a0]+)?|[ \u00a0]+(?:{joins})[ \u00a0]+)"
                                     rf"(?:(?i:{words})[ \u00a0]+)?")

    def run(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        codes = data.code_names()
        for items in self._lists(doc, ctx, data):
            found = self._odd_one(doc, ctx, data, items)
            if found is None:
                continue
            item, province, right = found
            yield self.finding(doc, item.start, item.end, place=doc.text[item.start : item.end],
                               province=codes.get(province, province), right=codes.get(right, right),
                               related=[(other.start, other.end, N_("listed with")) for other in items if other is not item])

    def _lists(self, doc, ctx, data) -> list[list[Item]]:
        """Runs of regencies or cities joined by commas and list words, each of the level its
        region word (or the last one before it in the run) says."""
        found: list[list[Item]] = []
        run: list[Item] = []
        level = ""
        mentions = sorted(ctx.places, key=lambda m: geodata.start_of(ctx.spans, m))
        for mention in mentions:
            span = ctx.spans[mention.span]
            start, end = geodata.start_of(ctx.spans, mention), span.tokens[mention.end - 1].end
            joined = bool(run) and self.between.fullmatch(doc.plain, run[-1].end, start)
            if not joined:
                if len(run) > 1:
                    found.append(run)
                run, level = [], ""
            word = self.word_before.search(doc.plain, max(0, start - 20), start)
            places = mention.places
            inside = self.word_inside.match(mention.key)
            if word or inside:
                level = self._level((word or inside).group("word"))
            if inside:
                places = data.get(mention.key[inside.end() :])
            if not level:
                run, level = [], ""
                continue
            codes = {p.code for p in places if p.kind == level and p.code}
            provinces = {code.split(".")[0] for code in codes}
            if not provinces:
                if len(run) > 1:
                    found.append(run)
                run, level = [], ""
                continue
            # The finding covers the item's own region word ("Kabupaten Ende"); gaps are measured from its name.
            run.append(Item(mention, word.start() if word else start, end, provinces, codes))
        if len(run) > 1:
            found.append(run)
        return found

    def _level(self, word: str) -> str:
        return self.levels.get(regex.sub(r"\s+", " ", word.casefold()), "")

    def _odd_one(self, doc, ctx, data, items: list[Item]) -> tuple[Item, str, str] | None:
        """The item in another province than all the others, with the others' province (one
        the article names by its name) and its own (one the article names nowhere else)."""
        if any(len(item.provinces) != 1 for item in items):
            return None
        by_province: dict[str, list[Item]] = {}
        for item in items:
            by_province.setdefault(next(iter(item.provinces)), []).append(item)
        if len(by_province) != 2:
            return None
        by_name = self._named(ctx, data, skip="", kinds=("provinsi",))
        homes = [code for code in by_province if code in by_name]
        if len(homes) != 1:
            return None
        (home,) = homes
        (away,) = set(by_province) - {home}
        if len(by_province[away]) != 1 or away in self.groups.get(home, ()):
            return None
        odd = by_province[away][0]
        if away in self._named(ctx, data, skip=odd.mention.key, kinds=REGIONS + (geodata.CITY,)):
            return None
        # Copy names provinces by short forms too ("NTT", "Jateng", "Kalsel", "Babel").
        words = geodata.fold(data.code_names().get(away, "")).split()
        if any(abbreviates(token, words) for token in set(SHORT_FORM.findall(doc.plain))):
            return None
        # A place of that name in the article's province: the copy may mean it.
        if any(home in data.possible_provinces(p) for p in data.get(odd.mention.key)):
            return None
        if not self._far(data, odd, [item for item in items if item is not odd]):
            return None
        return odd, home, away

    def _far(self, data, odd: Item, others: list[Item]) -> bool:
        """True when the data places the odd item and the others, and no two of their towns
        are nearer than min_km."""
        here = self._points(data, odd.codes)
        there = [point for item in others for point in self._points(data, item.codes)]
        return bool(here and there) and min(km(*a, *b) for a in here for b in there) >= self.min_km

    def _points(self, data, codes: set[str]) -> list[tuple[float, float]]:
        """Coordinates of the GeoNames towns of a regency's province named like the regency or
        one of its districts."""
        names = data.code_names()
        wanted = {geodata.fold(name) for code, name in names.items() if any(code == c or code.startswith(c + ".") for c in codes)}
        provinces = {c.split(".")[0] for c in codes}
        points = []
        for key in wanted:
            for p in data.get(key):
                if p.kind == geodata.CITY and p.country == "ID" and data.possible_provinces(p) & provinces:
                    points += coordinates(self.coordinates, (p.name, p.country, p.detail))
        return points

    @staticmethod
    def _named(ctx, data, skip: str, kinds) -> set[str]:
        """Provinces of the article's places of these kinds (not counting the mentions of
        `skip`); a GeoNames town counts for every province it may lie in."""
        named: set[str] = set()
        for m in ctx.places:
            if m.key == skip:
                continue
            for p in m.places:
                if p.kind in kinds:
                    named |= data.possible_provinces(p)
        return named


CHECK = RegionListCheck
