"""capital-city: a city called the capital of a country it is not the capital of
("Ljubljana, ibu kota Slowakia": Ljubljana is Slovenia's capital).

    places: [../common/data/countries.tsv, ...]   # geodata place files
    capitals: ../common/data/capitals.tsv         # tools/geodata.py: each country's capital (GeoNames)
    city_first: '...'      # regex: what stands between a city and its country ("X, ibu kota Y", "X (ibu kota Y")
    country_first: '...'   # regex: between a country and its capital ("Y, negara ... yang beribu kota di X")
    capital_before: '...'  # regex: text before a country that says its capital follows ("ibu kota Y, X")
    capital_gap: '...'     # regex: between such a country and the city (", ", " adalah ")
    former: '...'          # regex: words in the gap or just before it that make it history ("bekas", "dulu")
    same_country: [[IL, PS], ...]   # pairs whose capitals copy may give either way; never reported

Machine translation swaps a country for a similar one ("Slowakia" for
Slovenia) and leaves its capital. GeoNames gives each country's capital; a
city named as the capital of a country is reported when it is the capital of
exactly one other country, is the biggest town of that name, is no country
or region itself, and no place of that name lies in the country written.
The finding lands on the country; the fix is the country whose capital the
city is. Historical capitals ("bekas ibu kota") and cities whose name is
several capitals or none stay quiet. Message fields: {city}, {country} (as
written), {right} (the country whose capital the city is).

Indonesian provinces are not judged: neither Kemendagri's codes nor GeoNames'
cities (as shipped here) say which town is a province's capital.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from .. import geodata, regexcache
from . import Check

TYPE = "capital-city"
PROPERTIES = {
    **geodata.OPTIONS,
    "capitals": {"type": "string", "minLength": 1, "description": "capitals.tsv written by tools/geodata.py"},
    "city_first": {"type": "string", "minLength": 1, "description": "regex of the text between a city and the country it is the capital of"},
    "country_first": {"type": "string", "minLength": 1, "description": "regex of the text between a country and its capital"},
    "capital_before": {"type": "string", "minLength": 1, "description": "regex of the text before a country whose capital follows it"},
    "capital_gap": {"type": "string", "minLength": 1, "description": "regex of the text between that country and the city"},
    "former": {"type": "string", "minLength": 1, "description": "regex of words that make a capital a former one"},
    "same_country": {"type": "array", "items": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}, "minItems": 2},
                     "description": "countries whose capitals copy may give either way (a disputed city): never reported"},
}
REQUIRED = ["places", "capitals", "city_first"]
PLACEHOLDERS = {"match", "city", "country", "right"}
REGEX_KEYS = ("city_first", "country_first", "capital_before", "capital_gap", "former")

# How far before a country "ibu kota" and a former-word are looked for (characters).
BEFORE_WINDOW = 40


def capitals(path: str) -> dict[str, str]:
    return _capitals(path, Path(path).stat().st_mtime)


@lru_cache(maxsize=2)
def _capitals(path: str, stamp: float) -> dict[str, str]:
    """Country code -> its capital's folded name (read once, on the first sentence that needs it)."""
    header, rows = geodata.read_table(path)
    if header[:2] != ["country", "capital"]:
        raise ValueError(f"{path}: expected columns country, capital (header: {header})")
    return {row[0]: geodata.fold(row[1]) for row in rows}


class CapitalCityCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.geo = geodata.GeoRules(o, env)
        self.capitals_file = str(env.resolve(o["capitals"]))
        if not Path(self.capitals_file).is_file():
            raise ValueError(f"cannot read place data {self.capitals_file}: no such file")
        self.city_first = regexcache.compile(o["city_first"])
        self.country_first = regexcache.compile(o["country_first"]) if o.get("country_first") else None
        self.capital_before = regexcache.compile(o["capital_before"] + "$") if o.get("capital_before") else None
        self.capital_gap = regexcache.compile(o["capital_gap"]) if o.get("capital_gap") else None
        self.former = regexcache.compile(o["former"]) if o.get("former") else None
        self.same = [frozenset(group) for group in o.get("same_country", [])]
        # The cue every layout shares: an article without it costs no data.
        self.cue = regex.compile(r"(?i)ibu\s?kota")

    def run(self, doc):
        if not self.cue.search(doc.plain):
            return
        ctx = self.geo.context(doc)
        spans, text = ctx.spans, doc.plain
        found = sorted(ctx.places + self._openers(ctx), key=lambda m: geodata.start_of(spans, m))
        bounds = [(geodata.start_of(spans, m), spans[m.span].tokens[m.end - 1].end) for m in found]
        for k in range(len(found) - 1):
            order = self._layout(text, bounds[k], bounds[k + 1])
            if order is None:
                continue
            country, city = (k, k + 1) if order else (k + 1, k)
            finding = self._judge(doc, found[country], found[city], bounds[country], bounds[city])
            if finding:
                yield finding

    def _openers(self, ctx) -> list[geodata.Mention]:
        """Countries that open a sentence alone ("Slowakia, negara ... yang beribu kota di X"):
        the shared reading skips a lone capitalised opener, which may be any word; here a
        layout must follow, so a country's name there is the country."""
        taken = {m.span for m in ctx.places}
        data = self.geo.data()
        found = []
        for index, span in enumerate(ctx.spans):
            if len(span.tokens) != 1 or index in taken or not span.tokens[0].initial or ctx.blocked[index][0]:
                continue
            key = span.tokens[0].key
            entry = ctx.gazetteer.get(key)
            forms = [key] + ([geodata.fold(f) for f in entry.forms] if entry is not None and entry.kind == "country" else [])
            for form in forms:
                known = [p for p in data.get(form) if p.kind == geodata.COUNTRY]
                if known:
                    found.append(geodata.Mention(index, 0, 1, key, known))
                    break
        return found

    def _layout(self, text, first_at, second_at) -> bool | None:
        """True when two neighbouring names read as a country and then its capital, False
        when as a city and then the country it is the capital of, None otherwise."""
        gap = text[first_at[1] : second_at[0]]
        before = text[max(0, first_at[0] - BEFORE_WINDOW) : first_at[0]]
        if self.former and (self.former.search(gap) or self.former.search(before[-20:])):
            return None
        if self.city_first.fullmatch(gap):
            return False
        if self.country_first and self.country_first.fullmatch(gap):
            return True
        if self.capital_before and self.capital_gap and self.capital_before.search(before) and self.capital_gap.fullmatch(gap):
            return True
        return None

    def _judge(self, doc, country, city, at, city_at):
        nations = {p.country for p in country.places if p.kind == geodata.COUNTRY}
        if len(nations) != 1 or any(p.kind == geodata.COUNTRY for p in city.places):
            return None
        written = next(iter(nations))
        right = self._capital_of(city)
        if right is None or right == written or any(right in g and written in g for g in self.same):
            return None
        if any(p.country == written for p in city.places):
            return None  # a namesake in the country written
        data = self.geo.data()
        name = data.country_name(right)
        start, end = at
        return self.finding(doc, start, end, suggestions=[name], city=doc.plain[city_at[0] : city_at[1]],
                            country=doc.plain[start:end], right=name)

    def _capital_of(self, city) -> str | None:
        """The one country whose capital this name is, when the name means that city first."""
        table = capitals(self.capitals_file)
        data = self.geo.data()
        towns = [p for p in city.places if p.kind == geodata.CITY]
        if not towns:
            return None
        hits = {p.country for p in towns if p.country in table and p in data.get(table[p.country])}
        if len(hits) != 1:
            return None
        right = next(iter(hits))
        biggest = max(towns, key=lambda p: p.population)
        # A region of that name elsewhere ("Victoria"); the capital's own region (Budapest) is the city.
        if biggest.country != right or any(p.kind != geodata.CITY and p.country != right for p in city.places):
            return None
        return right


CHECK = CapitalCityCheck
