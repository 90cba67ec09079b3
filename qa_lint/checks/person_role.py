"""person-role: a known office holder named with another country's title
("Perdana Menteri Inggris Emmanuel Macron", "Presiden Prancis Olaf Scholz").

    leaders: ../common/data/leaders.tsv     # name, country, office, variants, source
    places: [../common/data/countries.tsv]  # country names (and codes)
    offices: [Presiden, Perdana Menteri, PM, Kanselir, ...]   # titles that take a country
    country_language: indonesian            # which name of the right country to suggest
    organisation_offices: [Sekjen, ...]     # offices only international organisations have
    organisation_message: '...'             # for "Sekjen PBB Mark Rutte" ({role_of}, {organisation})
    other_role: '(?i)\\bfisikawan\\s+$'   # text before a name that makes it a scientist
    other_role_message: '...'               # for "fisikawan Rishi Sunak" ({role})

Only "<office> <country> <person>" in one name span and the apposition
"<person>, <office> <country>" are judged,
and only countries are compared: offices change hands, nationality does not.
The finding marks the country and the name (either may be the wrong one)
and suggests the person's own country. Heads of international organisations
carry their organisation in leaders.tsv; "<office> <organisation> <person>"
is compared the same way. Message fields: {person}, {person_country},
{office_country}.
"""

from __future__ import annotations

import regex

from .. import geodata, names
from . import Check

_COMMA = regex.compile(r",[ \u00a0]*")

TYPE = "person-role"
PROPERTIES = {
    **geodata.OPTIONS,
    "offices": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
    "country_language": {"enum": ["english", "indonesian"]},
    # Text right before a name that makes it a scientist ("fisikawan", "ahli gempa"):
    # an office holder there is a scientist's name turned into a politician's.
    "other_role": {"type": "string", "minLength": 1},
    "other_role_message": {"type": "string", "minLength": 1},
    # Offices only an international organisation has ("Sekretaris Jenderal"), and the message
    # for an office holder named with another organisation ("Sekjen PBB Mark Rutte").
    "organisation_offices": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "organisation_message": {"type": "string", "minLength": 1},
    # Office words and the office in leaders.tsv they name ({Presiden: president}): a person
    # named with an office of their own country that they never held ("Presiden Singapura
    # Lawrence Wong", a prime minister) is reported with office_message.
    "office_kinds": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}},
    "office_message": {"type": "string", "minLength": 1},
    # Text right before the office that makes it no claim about the present holder ("calon", "mantan").
    "office_not_after": {"type": "string", "minLength": 1},
}
REQUIRED = ["leaders", "places", "offices"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "held", "office", "office_country", "organisation", "person", "person_country", "role", "role_of"}
REGEX_KEYS = ("other_role", "office_not_after")
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
        self.organisation_offices = frozenset(names.fold(o) for o in rule.options.get("organisation_offices", []))
        self.offices |= self.organisation_offices
        self.longest_office = max(len(o.split(" ")) for o in self.offices)
        self.organisation_message = rule.options.get("organisation_message")
        self.office_kinds = {names.fold(o): kind for o, kind in rule.options.get("office_kinds", {}).items()}
        # The office word to suggest for a kind: the first one listed.
        self.office_words: dict[str, str] = {}
        for word, kind in rule.options.get("office_kinds", {}).items():
            self.office_words.setdefault(kind, word)
        self.office_message = rule.options.get("office_message")
        self.office_not_after = regex.compile(rule.options["office_not_after"]) if "office_not_after" in rule.options else None
        # Spellings of heads' organisations, to recognise bodies a gazetteer files as countries.
        self.organisations = frozenset(geodata.fold(leader.organisation) for leader in self.geo.leaders().values() if leader.organisation)

    def run(self, doc):
        ctx = self.geo.context(doc)
        data = self.geo.data()
        english = data.country_names["english"]
        # Countries by the span and token where their name ends.
        countries = {}
        starting = {}  # and by where they start
        for mention in ctx.places:
            codes = {p.country for p in mention.places if p.kind == geodata.COUNTRY}
            if len(codes) == 1:
                code = codes.pop()
                countries[(mention.span, mention.end)] = (mention.start, code)
                starting[(mention.span, mention.start)] = (mention.end, code)
        owners = None
        for index, i, j, leader in ctx.people:
            finding = self.appositive(doc, ctx, index, i, j, leader, starting, english)
            if finding:
                yield finding
                continue
            found = countries.get((index, i))
            if found is None and i > 0:
                if owners is None:
                    owners, _ = names.cover_known(ctx.spans, ctx.gazetteer, doc=doc)
                finding = self.wrong_organisation(doc, ctx, owners[index], index, i, j, leader, english)
                if finding:
                    yield finding
                    continue
            if found is None:
                finding = self.in_other_role(doc, ctx.spans[index], i, j, leader, english)
                if finding:
                    yield finding
                continue
            first, code = found
            if code == leader.country:
                finding = self.wrong_office(doc, ctx.spans[index], first, i, j, leader, english)
                if finding:
                    yield finding
                continue
            if not self.office_before(ctx.spans[index], first):
                continue
            span = ctx.spans[index]
            start, end = span.tokens[first].start, span.tokens[j - 1].end
            person = doc.text[span.tokens[i].start : end]
            right = self.country_name(leader.country, data, ctx.gazetteer)
            yield self.finding(
                doc, start, end, suggestions=[f"{right} {person}"], person=person,
                person_country=english.get(leader.country, leader.country), office_country=english.get(code, code),
            )

    def wrong_organisation(self, doc, ctx, owner, index: int, i: int, j: int, leader, english):
        """"Sekjen PBB Mark Rutte": an office and an organisation before a person who
        heads another organisation (or none)."""
        if not self.organisation_message or owner[i - 1] is None:
            return None
        entity = ctx.gazetteer.entries[owner[i - 1]]
        if entity.kind != "organisation" and not self.is_organisation(entity, ctx.gazetteer):
            return None
        first = i - 1
        while first > 0 and owner[first - 1] == owner[i - 1]:
            first -= 1
        span = ctx.spans[index]
        if not self.office_before(span, first):
            return None
        heads = ctx.gazetteer.entry_id(geodata.fold(leader.organisation)) if leader.organisation else None
        if heads == owner[i - 1]:
            return None
        if not leader.organisation and not self.organisation_offices_only(span, first):
            return None
        start, end = span.tokens[first].start, span.tokens[j - 1].end
        person = doc.text[span.tokens[i].start : end]
        return self.finding(doc, start, end, message=self.organisation_message, person=person,
                            organisation=doc.text[span.tokens[first].start : span.tokens[i - 1].end],
                            role_of=f"heads {leader.organisation}" if leader.organisation
                            else f"is a leader of {english.get(leader.country, leader.country)}")

    def is_organisation(self, entity, gazetteer) -> bool:
        """Some bodies are listed as countries in the language's gazetteer (PBB, NATO):
        an entity counts as an organisation when any gazetteer entry of that kind shares it."""
        return entity.kind == "organisation" or any(geodata.fold(f) in self.organisations for f in entity.forms)

    def organisation_offices_only(self, span, first: int) -> bool:
        """True when the office before the organisation is one only organisations have (Sekjen)."""
        for size in range(1, self.longest_office + 1):
            if first - size >= 0 and span.key(first - size, first) in self.organisation_offices:
                return True
        return False

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

    def appositive(self, doc, ctx, index: int, i: int, j: int, leader, starting, english):
        """"Olaf Scholz, Presiden Prancis, ...": the office and country right after the name."""
        span = ctx.spans[index]
        if j != len(span.tokens) or index + 1 >= len(ctx.spans):
            return None
        following = ctx.spans[index + 1]
        if not _COMMA.fullmatch(doc.plain, span.tokens[-1].end, following.tokens[0].start):
            return None
        for size in range(1, self.longest_office + 1):
            if size >= len(following.tokens) or following.key(0, size) not in self.offices:
                continue
            found = starting.get((index + 1, size))
            if found is None:
                continue
            end, code = found
            if code == leader.country:
                return None
            person = doc.text[span.tokens[i].start : span.tokens[j - 1].end]
            office = doc.text[following.tokens[0].start : following.tokens[size - 1].end]
            right = self.country_name(leader.country, self.geo.data(), ctx.gazetteer)
            start, stop = following.tokens[size].start, following.tokens[end - 1].end
            return self.finding(doc, span.tokens[i].start, stop, suggestions=[f"{doc.text[span.tokens[i].start:start]}{right}"],
                                person=person, person_country=english.get(leader.country, leader.country),
                                office_country=english.get(code, code), office=office)
        return None

    def wrong_office(self, doc, span, first: int, i: int, j: int, leader, english):
        """"Presiden Singapura Lawrence Wong": the person's own country, but an office
        (of those office_kinds names) that leaders.tsv says they never held. Only people
        whose every office is one of those kinds are judged: a "head-of-state" title is
        rendered many ways ("Pemimpin", "Presiden" for Kim Jong Un)."""
        if not (self.office_kinds and self.office_message):
            return None
        known = set(self.office_kinds.values())
        if not set(leader.offices) <= known:
            return None
        for size in range(min(self.longest_office, first), 0, -1):  # the longest office: "Wakil Presiden"
            office = span.key(first - size, first)
            if office in self.offices:
                break
        else:
            return None
        kind = self.office_kinds.get(office)
        if kind is None or kind in leader.offices:
            return None
        start = span.tokens[first - size].start
        if self.office_not_after and self.office_not_after.search(doc.plain[max(0, start - WINDOW) : start]):
            return None  # "calon Presiden", "mantan Perdana Menteri"
        end = span.tokens[j - 1].end
        held = leader.offices[0]
        right = self.office_words.get(held)
        written = doc.text[start : span.tokens[first - 1].end]
        suggestions = [f"{right}{doc.text[span.tokens[first - 1].end : end]}"] if right else []
        return self.finding(doc, start, end, message=self.office_message, suggestions=suggestions,
                            person=doc.text[span.tokens[i].start : end], office=written,
                            held=" and ".join(o.replace("-", " ") for o in leader.offices),
                            person_country=english.get(leader.country, leader.country))

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
