"""person-role: a known office holder named with another country's title
("Perdana Menteri Inggris Emmanuel Macron", "Presiden Prancis Olaf Scholz").

    leaders: ../common/data/leaders.tsv     # name, country, office, variants, source
    places: [../common/data/countries.tsv]  # country names (and codes)
    offices: [Presiden, Perdana Menteri, PM, Kanselir, ...]   # titles that take a country
    country_language: indonesian            # which name of the right country to suggest

Only the pattern "<office> <country> <person>" in one name span is judged,
and only countries are compared: offices change hands, nationality does not.
The finding marks the country and the name (either may be the wrong one)
and suggests the person's own country. Message fields: {person},
{person_country}, {office_country}.
"""

from __future__ import annotations

import regex

from .. import geodata, names
from . import Check

TYPE = "person-role"
PROPERTIES = {
    **geodata.OPTIONS,
    "offices": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    "country_language": {"enum": ["english", "indonesian"]},
    # Text right before a name that makes it a scientist ("fisikawan", "ahli gempa"):
    # an office holder there is a scientist's name turned into a politician's.
    "other_role": {"type": "string", "minLength": 1},
    "other_role_message": {"type": "string", "minLength": 1},
}
REQUIRED = ["leaders", "places", "offices"]
REGEX_KEYS = ("other_role",)
WINDOW = 40


class PersonRoleCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.geo = geodata.GeoRules(rule.options, env)
        self.offices = frozenset(names.fold(o) for o in rule.options["offices"])
        self.longest_office = max(len(o.split(" ")) for o in self.offices)
        self.language = rule.options.get("country_language", "english")
        self.other_role = regex.compile(rule.options["other_role"]) if "other_role" in rule.options else None
        self.other_role_message = rule.options.get("other_role_message")

    def run(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        english = data.country_names["english"]
        # Countries by the span and token where their name ends.
        countries = {}
        for mention in ctx.places:
            codes = {p.country for p in mention.places if p.kind == geodata.COUNTRY}
            if len(codes) == 1:
                countries[(mention.span, mention.end)] = (mention.start, codes.pop())
        for index, i, j, leader in ctx.people:
            found = countries.get((index, i))
            if found is None:
                finding = self.in_other_role(doc, ctx.spans[index], i, j, leader, english)
                if finding:
                    yield finding
                continue
            first, code = found
            if code == leader.country or not self.office_before(ctx.spans[index], first):
                continue
            span = ctx.spans[index]
            start, end = span.tokens[first].start, span.tokens[j - 1].end
            person = doc.text[span.tokens[i].start : end]
            right = self.country_name(leader.country, data, ctx.gazetteer)
            yield self.finding(
                doc, start, end, suggestions=[f"{right} {person}"], person=person,
                person_country=english.get(leader.country, leader.country), office_country=english.get(code, code),
            )

    def in_other_role(self, doc, span, i: int, j: int, leader, english):
        """An office holder named right after a scientist's role word ("fisikawan Olaf Scholz")."""
        if not (self.other_role and self.other_role_message) or i != 0:
            return None
        start, end = span.tokens[0].start, span.tokens[j - 1].end
        role = self.other_role.search(doc.plain[max(0, start - WINDOW) : start])
        if not role:
            return None
        return self.finding(doc, start, end, message=self.other_role_message, person=doc.text[start:end],
                            role=role.group().strip(), person_country=english.get(leader.country, leader.country))

    def office_before(self, span, first: int) -> bool:
        """True when the words right before token `first` are an office ("Perdana Menteri")."""
        for size in range(1, self.longest_office + 1):
            if first - size >= 0 and span.key(first - size, first) in self.offices:
                return True
        return False

    def country_name(self, code: str, data, gazetteer) -> str:
        """The person's country as this language's copy writes it (the gazetteer's
        own spelling first: "Inggris", not CLDR's "Inggris Raya")."""
        name = data.country_names.get(self.language, {}).get(code) or data.country_names["english"].get(code, code)
        entry = gazetteer.get(geodata.fold(name))
        return entry.canonical if entry is not None and entry.kind == "country" else name


CHECK = PersonRoleCheck
