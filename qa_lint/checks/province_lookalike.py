"""province-lookalike: a regency or city of another province, spelt like one of the
province a story is about ("Banjarnegara", Jawa Tengah, once in a story about
Banjarmasin, Kalimantan Selatan, whose neighbour Banjarbaru was meant).

    places: [../common/data/countries.tsv, ..., data/wilayah.tsv]   # Kemendagri codes give the provinces
    min_story_places: 2      # places of the story's province, other than the name judged
    min_prefix: 5            # letters a look-alike shares at the start ("banjar")
    max_edit_share: 0.4      # edits (OSA) per letter of the longer name
    origin_words: [asal, kelahiran, ...]   # a name after these is where someone comes from

Machine translation or a hurried rewrite swaps a town for a better-known
look-alike of another province. The article's province is the one every
other Indonesian region it names (province, regency, city) may lie in, with
at least `min_story_places` names that lie only there. A regency or city
named once, whose province is none of the article's places (not by name, by
a region, or by a town), is reported when a regency or city of the article's
province that the article does not name shares its first `min_prefix`
letters (and half of the shorter name; one-word names only: a shared
"Kepulauan" is no look-alike) within `max_edit_share` edits per
letter, or is a letter off, or has the same consonants with other vowels.
One name being the start of the other ("Padang", "Padang Lawas") is no slip.
A name after `origin_words` ("relawan asal Banyumas") is where someone comes
from, which may well be another province: quiet.
Places the article names twice and their look-alikes are
id.places.lookalike's (type place-names, `lookalike: true`).
Message fields: {canonical} (the suggestion), {region} (the province of the
name written), {canonical_region} (the article's province).
"""

from __future__ import annotations

from collections import Counter, defaultdict

import regex
from rapidfuzz.distance import OSA

from .. import geodata, names
from . import Check
from .place_names import spelling_slip

TYPE = "province-lookalike"
PROPERTIES = {
    **geodata.OPTIONS,
    "min_story_places": {"type": "integer", "minimum": 1, "default": 2,
                         "description": "names of the article's province (lying there only) besides the one judged"},
    "min_prefix": {"type": "integer", "minimum": 2, "default": 5, "description": "letters a look-alike shares at the start"},
    "max_edit_share": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.4,
                       "description": "edits (OSA) per letter of the longer name a look-alike may be off"},
    "origin_words": {"type": "array", "items": {"type": "string"}, "default": [],
                     "description": "words before a name that make it someone's place of origin (asal, kelahiran): quiet"},
}
REQUIRED = ["places"]
PLACEHOLDERS = {"match", "canonical", "region", "canonical_region"}
TOWN_KINDS = ("kabupaten", "kota")


class ProvinceLookalikeCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.geo = geodata.GeoRules(rule.options, env)
        self.min_story = self.option("min_story_places")
        self.min_prefix = self.option("min_prefix")
        self.max_share = self.option("max_edit_share")
        self._towns: dict[str, list[tuple[str, str]]] | None = None
        words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in self.option("origin_words"))
        # The origin word, then at most "Kabupaten"/"Kota", right before the name.
        self.origin = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{words})\s+(?:(?:Kabupaten|Kota|Kab\.)\s+)?$", regex.I) if words else None

    def towns(self, data) -> dict[str, list[tuple[str, str]]]:
        """Province code -> its regencies and cities as (folded name, name), built on first use."""
        if self._towns is None:
            towns: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for code, name in data.code_names().items():
                if code.count(".") == 1:
                    towns[code.split(".")[0]].append((geodata.fold(name), name))
            self._towns = dict(towns)
        return self._towns

    def run(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        counts = Counter(m.key for m in ctx.places)
        regions = {m.key: {data.province_of(p) for p in m.places if p.kind in geodata.ID_LEVELS[:3]} - {""} for m in ctx.places}
        for mention in ctx.places:
            written = {data.province_of(p) for p in mention.places if p.kind in TOWN_KINDS}
            if counts[mention.key] != 1 or len(written) != 1 or len(mention.key) < self.min_prefix + 1:
                continue
            if any(p.kind == "provinsi" for p in mention.places):
                continue  # "Bengkulu" names its province too: the article names that province
            story = self.story_province(mention.key, regions)
            if story is None or story in written or self.named_elsewhere(ctx, mention, data):
                continue
            named = set(counts)
            alike = self.alike(mention.key, story, named, data)
            if not alike:
                continue
            span = ctx.spans[mention.span]
            start = span.tokens[mention.start].start
            if self.origin is not None and self.origin.search(doc.text, max(0, start - 60), start):
                continue
            codes = data.code_names()
            yield self.finding(doc, start, span.tokens[mention.end - 1].end,
                               suggestions=alike, canonical=alike[0], region=codes.get(next(iter(written)), ""),
                               canonical_region=codes.get(story, ""))

    def story_province(self, key: str, regions: dict[str, set[str]]) -> str | None:
        """The one province every other Indonesian region of the article may lie in, with
        `min_story_places` names lying there only; None for a story of several provinces."""
        others = [where for other, where in regions.items() if other != key and where]
        common = set.intersection(*others) if others else set()
        if len(common) != 1:
            return None
        province = next(iter(common))
        return province if sum(where == {province} for where in others) >= self.min_story else None

    @staticmethod
    def named_elsewhere(ctx, mention, data) -> bool:
        """Whether the article names the written place's province, or a place that may lie there."""
        mine = set().union(*(data.possible_provinces(p) for p in mention.places if p.country == "ID"))
        return any(mine & data.possible_provinces(p) for m in ctx.places if m.key != mention.key for p in m.places)

    def alike(self, key: str, province: str, named: set[str], data) -> list[str]:
        """The story province's regencies and cities spelt like `key`, closest first; none when
        the article names one of them (a look-alike of a named place is another rule's)."""
        found = []
        for folded, name in self.towns(data).get(province, []):
            if self.look_alike(key, folded):
                if folded in named:
                    return []
                found.append((OSA.distance(key, folded), name))
        found.sort()
        if not found or (len(found) > 1 and found[0][0] == found[1][0]):
            return []  # two equally close: no telling which was meant
        return [name for _, name in found]

    def look_alike(self, a: str, b: str) -> bool:
        if a.startswith(b) or b.startswith(a):
            return False  # the same name, or one the start of the other ("Padang", "Padang Lawas")
        if spelling_slip(a, b, self.geo.names.suffixes):
            return True
        if " " in a or " " in b or names.inflected(a, b, self.geo.names.suffixes):
            return False  # "Kepulauan ...", "Padang ...": a shared first word is no look-alike
        longer, shorter = max(len(a), len(b)), min(len(a), len(b))
        prefix = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), shorter)
        return prefix >= max(self.min_prefix, shorter / 2) and OSA.distance(a, b) <= self.max_share * longer


CHECK = ProvinceLookalikeCheck
