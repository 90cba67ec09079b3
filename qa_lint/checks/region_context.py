"""region-context: a region of a country the article is otherwise not about.

Machine translation turns a generic word into a region that contains it:
"the West" became "Benggala Barat" (West Bengal, India) in a story about
Russia and Ukraine. And a name shared by a country and a region is read the
wrong way: "negara Georgia" (the country) in a story about U.S. states.

    places: [../common/data/countries.tsv, ../common/data/subdivisions.tsv, ...]
    leaders: ../common/data/leaders.tsv   # office holders also tell the article's countries
    home_countries: [ID]                  # regions of these are never out of context
    generic_words: [Barat, Timur, ...]    # words a region name shares with ordinary copy
    place_cues: '(?i)\\b(?:di|ke|dari)\\s+$'   # text before a name used as a place: not reported
    country_cue: '(?i)\\bnegara\\s+$'     # text before a name that makes it a country
    subdivision_cue: '(?i)\\bnegara\\s+bagian\\s+$'
    subdivision_word: negara bagian       # the fix for a country cue

The article's countries come from the names in it (countries, regions,
cities, office holders), not counting the name being judged. A region with
a generic word is reported only when its country is not among them, the
article names at least two other places or people, and the region is not
used as a place ("di Benggala Barat"), which is how a real mention reads.
A region of a home country (`home_countries`) is reported only with
`home_pair`: named once, not as a place, joined to a foreign country ("antara
China dan Jawa Barat": the West), in an article naming nothing else in it.
Message fields: {country}, {kind}, {meant}.
"""

from __future__ import annotations

from collections import Counter

import regex

from .. import geodata, names
from . import Check

TYPE = "region-context"
PROPERTIES = {
    **geodata.OPTIONS,
    "generic_words": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    "place_cues": {"type": "string", "minLength": 1},
    "country_cue": {"type": "string", "minLength": 1},
    "subdivision_cue": {"type": "string", "minLength": 1},
    "subdivision_word": {"type": "string", "minLength": 1},
    "homonym_message": {"type": "string", "minLength": 1},
    # The other way round: "negara bagian Georgia" in a story about the country Georgia.
    "country_word": {"type": "string", "minLength": 1},
    "country_message": {"type": "string", "minLength": 1},
    # A home region with a compass word set against a foreign country ("rivalitas antara China dan
    # Jawa Barat": the West): the words that join the two, and the message.
    "home_pair": {"type": "string", "minLength": 1},
    "home_pair_message": {"type": "string", "minLength": 1},
}
REQUIRED = ["places", "generic_words"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "country", "kind", "meant", "name", "region_country"}
REGEX_KEYS = ("place_cues", "country_cue", "subdivision_cue", "home_pair")

# How far back a cue is looked for (characters before the name).
CUE_WINDOW = 40


class RegionContextCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        self.geo = geodata.GeoRules(options, env)
        self.generic = frozenset(names.fold(w) for w in options["generic_words"])
        self.place_cues = regex.compile(options["place_cues"]) if "place_cues" in options else None
        self.country_cue = regex.compile(options["country_cue"]) if "country_cue" in options else None
        self.subdivision_cue = regex.compile(options["subdivision_cue"]) if "subdivision_cue" in options else None
        self.subdivision_word = options.get("subdivision_word")
        self.homonym_message = options.get("homonym_message")
        self.country_word = options.get("country_word")
        self.country_message = options.get("country_message")
        self.home_pair = regex.compile(options["home_pair"]) if "home_pair" in options else None
        self.home_pair_message = options.get("home_pair_message")

    def run(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        countries = data.country_names["english"]
        for mention in ctx.places:
            span = ctx.spans[mention.span]
            start, end = span.tokens[mention.start].start, span.tokens[mention.end - 1].end
            before = doc.plain[max(0, start - CUE_WINDOW) : start]
            regions = [p for p in mention.places if p.kind == geodata.SUBDIVISION]
            nations = [p for p in mention.places if p.kind == geodata.COUNTRY]
            if not regions:
                # Kemendagri's provinces are the home country's regions (ISO may spell them otherwise).
                if self.home_pair and any(p.kind == "provinsi" for p in mention.places):
                    words = mention.key.split(" ")
                    generic = [k for k, w in enumerate(words) if w in self.generic]
                    if generic and len(generic) < len(words):
                        finding = self.home_region(doc, span, mention, start, end, before, generic)
                        if finding:
                            yield finding
                continue
            others = ctx.countries_without(mention.key)
            if nations:
                # The region's country is judged by the rest of the article: a place in the
                # name's own sentence ("Atlanta, ibu kota negara bagian Georgia") may be part of the slip.
                outside = others - _sentence_countries(doc, ctx, mention.key, start)
                finding = self.homonym(doc, start, end, before, regions, nations, others, countries, outside)
                if finding:
                    yield finding
                continue
            finding = self.generic_region(doc, span, mention, start, end, before, regions, others, countries, data)
            if finding:
                yield finding

    def generic_region(self, doc, span, mention, start, end, before, regions, others, countries, data):
        words = mention.key.split(" ")
        generic = [k for k, w in enumerate(words) if w in self.generic]
        if not generic or len(generic) == len(words):
            return None
        home = {p.country for p in regions}
        if home & self.geo.home_countries:
            return self.home_region(doc, span, mention, start, end, before, generic)
        if home & set(others):
            return None
        # Too little to tell what the article is about.
        if sum(others.values()) < 2:
            return None
        # Other places of that name in the article's countries ("Jawa Barat" is
        # also a place in Indonesia's data as a province).
        if any(p.country in others for p in mention.places):
            return None
        if self.place_cues and self.place_cues.search(before):
            return None  # "di Benggala Barat": used as a place, so meant as one
        meant = " ".join(span.tokens[mention.start + k].text for k in generic)
        region = regions[0]
        return self.finding(
            doc, start, end, suggestions=[meant], meant=meant,
            country=countries.get(region.country, region.country), kind=region_kind(region),
        )

    def home_region(self, doc, span, mention, start, end, before, generic):
        """A region of the copy's own country whose compass word stands for the West or the
        East: named once, not as a place, and joined by "dan" to a foreign country ("rivalitas
        antara China dan Jawa Barat"), in an article that names nothing else in that region."""
        if not (self.home_pair and self.home_pair_message):
            return None
        ctx = self.geo.context(doc)
        if sum(1 for m in ctx.places if m.key == mention.key) != 1:
            return None  # named twice: the region is the story's ("Gubernur Jawa Barat ... Jawa Barat")
        if self.place_cues and self.place_cues.search(before):
            return None  # "di Jawa Barat": a place
        data = self.geo.data()
        own = {p.code for p in mention.places if p.kind == "provinsi" and p.code}
        if not own:
            return None
        for other in ctx.places:
            if other.key != mention.key and any(data.province_of(p) in own for p in other.places):
                return None  # a town of the region elsewhere in the story: it is about the region
        text = doc.plain
        partner = None
        for other in ctx.places:
            if not any(p.kind == geodata.COUNTRY and p.country not in self.geo.home_countries for p in other.places):
                continue
            o_start = geodata.start_of(ctx.spans, other)
            o_end = ctx.spans[other.span].tokens[other.end - 1].end
            if (o_end <= start and self.home_pair.fullmatch(text, o_end, start)) or (
                    end <= o_start and self.home_pair.fullmatch(text, end, o_start)):
                partner = other
                break
        if partner is None:
            return None
        meant = " ".join(span.tokens[mention.start + k].text for k in generic)
        return self.finding(doc, start, end, message=self.home_pair_message, suggestions=[meant], meant=meant,
                            country=self.geo.data().country_name(next(p.country for p in partner.places if p.kind == geodata.COUNTRY)),
                            kind="a province")

    def homonym(self, doc, start, end, before, regions, nations, others, countries, outside=None):
        """A name that is a country and a region of another country, with a cue that
        says which one the copy means, in an article about the other one."""
        if not (self.country_cue and self.subdivision_cue and self.subdivision_word and self.homonym_message):
            return None
        nation = nations[0].country
        region_countries = {p.country for p in regions}
        said_region = self.subdivision_cue.search(before)
        said_country = not said_region and self.country_cue.search(before)
        if said_country and region_countries & set(others) and nation not in others:
            cue = said_country
            region = next(p for p in regions if p.country in others)
            return self.finding(
                doc, start - (len(before) - cue.start()), end, message=self.homonym_message,
                suggestions=[f"{self.subdivision_word} {doc.text[start:end]}"],
                meant=f"{self.subdivision_word} {doc.text[start:end]}", name=doc.text[start:end],
                country=countries.get(region.country, region.country), kind=region_kind(region),
            )
        outside = others if outside is None else outside
        if said_region and self.country_word and self.country_message and nation in others and not region_countries & set(outside):
            cue = said_region
            region = regions[0]
            name = doc.text[start:end]
            return self.finding(
                doc, start - (len(before) - cue.start()), end, message=self.country_message,
                suggestions=[f"{self.country_word} {name}"], meant=f"{self.country_word} {name}", name=name,
                country=countries.get(nation, nation), region_country=countries.get(region.country, region.country),
                kind=region_kind(region),
            )
        return None


def _sentence_countries(doc, ctx, key: str, offset: int) -> Counter:
    """The countries of the places (other than `key`) named in the sentence at `offset`."""
    sentence = doc.enclosing(doc.sentences, offset)
    found: Counter = Counter()
    if sentence is None:
        return found
    for m in ctx.places:
        at = ctx.spans[m.span].tokens[m.start].start
        if m.key != key and sentence.start <= at < sentence.end:
            found.update(geodata.countries_of(m.places))
    return found


def region_kind(place) -> str:
    """'a state', 'an administrative region': the ISO 3166-2 type in a sentence."""
    kind = (place.detail or "region").lower()
    return ("an " if kind[0] in "aeiou" else "a ") + kind


CHECK = RegionContextCheck
