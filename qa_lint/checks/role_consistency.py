"""role-consistency: one person given two offices that exclude each other in one article
("Jaksa penuntut Kim Min-seo" ... "Hakim Kim Min-seo"; "Menteri Keuangan" for the
environment minister named earlier).

    offices: [Hakim, Jaksa, Jaksa penuntut, Gubernur, Perdana Menteri, Menteri]
    exclusive: [[Hakim, Jaksa, Jaksa penuntut], [Gubernur, Perdana Menteri]]
    portfolio_offices: [Menteri]   # another portfolio after the word is another office
    connectors: [dan, serta]       # lowercase words inside a portfolio
    not_after: '(?i)\\b(?:mantan|calon)\\s+$'   # text before an office that claims no present office
    independent: '(?i)\\bindependen\\b'      # a role that holds no office ("kurator independen")
    lowercase_offices: [Hakim, Jaksa]        # offices that also count in lower case right before a name
    led_by: '(?P<body>...)\\s+yang\\s+diketuai\\s+(?P<name>...)'  # a name heading a body
    leader: Ketua                            # the office that heading a body is ("Ketua Majelis Hakim")
    possessive: nya                          # "Kuasa hukumnya, Fajar Ramadhan,": his lawyer, Fajar
    role_links: '[ \\t]+selaku[ \\t]+'          # words between a name and its role after it

An office is an office word followed by capitalised words (the portfolio, place and
name: "Menteri Keuangan Nik Azmi Rahman", "Perdana Menteri Negara Bagian Victoria, Daniel
Hartley"), or by any few words and a name in apposition ("Direktur utama perusahaan itu,
Ferry Gunadi,"); office words match in any case after a capital. A name followed by an
apposition that begins with an office or says the role is `independent` ("Dimas Aryo
Pranoto, kurator independen yang ...") is a mention too: an independent role excludes
every office of an `exclusive` group. Two such mentions share a person when their last two or more words agree
(words after an apposition comma are all name); the rest before the name is the office.
A later office before the surname alone ("Jaksa Lubis") shares the person named in full
with an office earlier ("Hakim Ketua Dedi Kurniawan Lubis") when no other name of the
article ends with that surname.
Only offices named in one `exclusive` group (an office may be in several), or one portfolio office with two portfolios
that neither contains nor abbreviates the other, are reported, on the later mention. A
shared ending that is a known place or organisation (gazetteers) is no person.
`ranks` lists offices of one body by rank ([Ketua, Wakil Ketua]): two of them of one body
(the same words after them, or one's words all in the other's) are reported; of two bodies
they are not (a party's chair may be a deputy speaker).
`aliases` lists names of one office (the first stands for the others: "CEO", "Chief Executive
Officer"); `region_words` are left out when portfolios are compared ("Kabupaten").
Message fields: {person}, {office}, {other_office}, {other_line}.
"""

from __future__ import annotations

import regex

from .. import matching, names, regexcache
from ..i18n import N_
from . import Check

TYPE = "role-consistency"
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
PROPERTIES = {
    **names.OPTIONS,
    "offices": {**_WORDS, "minItems": 1},
    "exclusive": {"type": "array", "items": {**_WORDS, "minItems": 2}},
    "portfolio_offices": _WORDS,
    "connectors": _WORDS,
    "not_after": {"type": "string", "minLength": 1},
    "independent": {"type": "string", "minLength": 1},
    "lowercase_offices": _WORDS,
    "led_by": {"type": "string", "minLength": 1},
    "possessive": {"type": "string", "minLength": 1},
    "role_links": {"type": "string", "minLength": 1},
    "leader": {"type": "string", "minLength": 1},
    "aliases": {"type": "array", "items": {**_WORDS, "minItems": 2}},
    "region_words": _WORDS,
    # Ranks of one body's offices, highest first ([Ketua, Wakil Ketua]): one person holds one of
    # them in one body ("Ketua DPRD Jawa Tengah" / "Wakil Ketua DPRD Jawa Tengah"), but may hold
    # them in two (a party's chair is often a deputy speaker), so only the same body is compared.
    "ranks": {"type": "array", "items": {**_WORDS, "minItems": 2}},
}
REQUIRED = ["offices"]
PLACEHOLDERS = {"match", "person", "office", "other_office", "other_line"}
REGEX_KEYS = ("not_after", "independent", "led_by", "role_links")

_CAPITAL = r"\p{Lu}[\p{L}\p{M}'’.-]*"
_LOWER = r"\p{Ll}[\p{L}\p{M}'’-]*"
# Between an office and a name in apposition: lowercase words, then capitalised ones
# ("Direktur utama perusahaan itu, ...", "Komisaris PT Awan Digital, ..."); a capitalised
# word before a lowercase one is a name and its verb, another clause.
# An institution's acronym in brackets may close them ("Jaksa penuntut umum dari Komisi
# Pemberantasan Korupsi (KPK), ...").
# Among the capitalised words, a bracketed acronym ("Kepala Eksekutif (CEO) Kasira, ...") or a
# short lowercase title of a namesake ("Direktur RSUD dr. Adjidarmo, ...": the hospital is
# named after a doctor) belongs to the office too.
_ACRONYM = r"\(\p{Lu}[\p{L}\p{M}.-]*\)"
_TITLE = r"\p{Ll}{1,3}\."
_BETWEEN = (
    rf"(?:[ \t]+{_LOWER}){{0,4}}(?:[ \t]+(?:{_CAPITAL}|{_ACRONYM}|{_TITLE}(?=[ \t]+\p{{Lu}}))){{0,6}}"
    rf"(?:[ \t]+{_ACRONYM})?"
)


class RoleConsistencyCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        opts = rule.options
        self.names = names.NameRules(opts, env)
        heads = sorted(opts["offices"], key=len, reverse=True)
        connectors = "|".join(regex.escape(c) for c in opts.get("connectors", []))
        word = f"(?:{_CAPITAL}|{connectors})" if connectors else _CAPITAL
        alternatives = "|".join(regex.escape(h) for h in heads)
        # A short lowercase title may open the name in apposition ("dr. Nurhayati Salim").
        name = rf"(?:\p{{Ll}}{{1,3}}\.[ \t]+)?{_CAPITAL}(?:[ \t]+{_CAPITAL})*"
        # A possessive after the office ("Kuasa hukumnya, Fajar Ramadhan,": his lawyer) before an
        # apposition: the name still holds the office.
        possessive = rf"(?:(?i:{regex.escape(opts['possessive'])})(?=,))?" if "possessive" in opts else ""
        self.mention = regexcache.compile(
            rf"\b(?=\p{{Lu}})(?P<head>(?i:{alternatives})){possessive}"
            rf"(?P<tail>{_BETWEEN},[ \t]+{name}(?=[ \t]*[,.;:)]|[ \t]+\p{{Ll}})"
            rf"|(?:[ \t]+{word})+(?:,[ \t]+{name})?)"
        )
        # A lowercase office right before a name ("..., jaksa penuntut umum Ratna Kusumawardani
        # mengatakan"): the office ends where the capitalised name begins.
        # Only `lowercase_offices`: "kuasa hukum Eza" is Eza's lawyer, "menteri Presiden" the
        # president's ministers.
        lowercase = "|".join(regex.escape(h) for h in sorted(opts.get("lowercase_offices", []), key=len, reverse=True))
        self.lowercase = regexcache.compile(
            rf"(?<![\p{{L}}\p{{M}}.])(?=\p{{Ll}})(?P<head>(?i:{lowercase}))(?P<tail>(?:[ \t]+{_CAPITAL}){{2,}})"
        ) if lowercase else None
        # "Majelis hakim yang diketuai Ratna Kusumawardani": the name heads the body before it.
        self.led_by = regexcache.compile(opts["led_by"]) if "led_by" in opts else None
        # Its words ("diketuai"): only the lines holding one are searched (the pattern opens
        # with any word, so a search of the whole article tries it at every letter).
        self.led_by_literals = matching.required_literals(opts["led_by"]) if "led_by" in opts else None
        self.leader = opts.get("leader", "")
        # "Dimas Aryo Pranoto, kurator independen yang ...": the role after the name.
        self.apposition = regexcache.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<name>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{1,3}}),[ \t]+(?P<role>{_LOWER}(?:[ \t]+{_LOWER}){{0,3}})")
        # "Ratna Kusumawardani selaku Ketua Majelis Hakim", "..., yang menjabat Bupati Bone": a role
        # linked to the name by a word (`role_links`), in any case; a bare comma takes lowercase
        # roles only, since "Gubernur X, Bupati Y, dan ..." is a list.
        self.linked = regexcache.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?P<name>{_CAPITAL}(?:[ \t]+{_CAPITAL}){{1,3}})(?:{opts['role_links']})"
            rf"(?P<role>(?:{_LOWER}|{_CAPITAL})(?:[ \t]+(?:{_LOWER}|{_CAPITAL})){{0,3}})"
        ) if "role_links" in opts else None
        self.independent = regexcache.compile(opts["independent"]) if "independent" in opts else None
        self.heads = {names.fold(h) for h in heads}
        self.connectors = frozenset(opts.get("connectors", []))
        self.groups: dict[str, set[int]] = {}
        for k, group in enumerate(opts.get("exclusive", [])):
            for head in group:
                self.groups.setdefault(names.fold(head), set()).add(k)
        # Names of one office ("CEO", "Chief Executive Officer", "Direktur Utama"): the first
        # stands for the rest in `exclusive` and in comparisons.
        self.alias = {names.fold(a): names.fold(group[0]) for group in opts.get("aliases", []) for a in group}
        self.portfolio = frozenset(names.fold(h) for h in opts.get("portfolio_offices", []))
        # Left out when two portfolios are compared: a region's kind and the connectors.
        self.portfolio_skip = frozenset(names.fold(w) for w in opts.get("region_words", [])) | \
            {names.fold(c) for c in self.connectors}
        self.not_after = regexcache.compile(opts["not_after"]) if "not_after" in opts else None
        self.ranks: dict[str, set[int]] = {}
        for k, group in enumerate(opts.get("ranks", [])):
            for head in group:
                self.ranks.setdefault(names.fold(head), set()).add(k)

    def mentions(self, doc):
        """(start, end of the tail, head, words before the comma, words after it) per office."""
        found = []
        for m in self.mention.finditer(doc.plain):
            before = doc.plain[max(0, m.start() - 40) : m.start()]
            if self.not_after and self.not_after.search(before):
                continue
            office, _, name = m.group("tail").rpartition(",")
            words = name.split()
            while words and words[-1] in self.connectors:
                words.pop()  # "Menteri Keuangan dan ..."
            found.append((m.start(), m.end(), m.group("head"), office.split(), words, False))
        for m in self.lowercase.finditer(doc.plain) if self.lowercase else ():
            if not (self.not_after and self.not_after.search(doc.plain[max(0, m.start() - 40) : m.start()])):
                found.append((m.start(), m.end(), m.group("head"), [], m.group("tail").split(), False))
        found.extend(self.roles_after(doc))
        found.extend(self.led(doc))
        return sorted(found)

    def led(self, doc):
        """Mentions whose office is named as heading a body: "<body> yang diketuai <name>"
        (`led_by`, with the body as group `body`) gives the name the office `leader` + body
        ("Ketua Majelis Hakim"), when that is an office (the body's last words are tried)."""
        if self.led_by is None:
            return
        for m in matching.finditer_by_line(self.led_by, doc, self.led_by_literals):
            if self.mention.match(doc.plain, m.start("name")):
                continue  # "yang dipimpin Hakim Ketua Ratna ...": the office is named, and read as such
            body = m.group("body").split()
            for n in range(len(body), 0, -1):
                head = " ".join([self.leader, *body[-n:]]).strip()
                if names.fold(head) in self.heads:
                    yield (m.start("body"), m.end(), head, [], m.group("name").split(), False)
                    break

    def roles_after(self, doc):
        """Mentions whose role follows the name in apposition: an office word, or a role that
        says it is independent, first in the apposition (a function word ends it)."""
        matches = list(self.apposition.finditer(doc.plain))
        if self.linked:
            matches += self.linked.finditer(doc.plain)
        for m in matches:
            role = m.group("role").split()
            # The role ends at a function word ("kurator independen yang ..."; the language
            # profile's stopwords).
            end = next((i for i, w in enumerate(role) if i and names.fold(w) in self.names.not_names), len(role))
            role = role[:end]
            if not role:
                continue
            phrase = " ".join(role)
            # The longest office at the head of the apposition ("direktur utama perusahaan itu").
            size = next((n for n in range(min(4, len(role)), 0, -1) if names.fold(" ".join(role[:n])) in self.heads), 0)
            if size or (self.independent and self.independent.search(phrase)):
                size = size or 1
                head = " ".join(role[:size])
                yield (m.start(), m.start("role") + len(phrase), head, role[size:], m.group("name").split(), True)

    def run(self, doc):
        gazetteer = self.names.gazetteer(doc)
        seen = self.mentions(doc)
        for k, mention in enumerate(seen):
            for first in seen[:k]:
                person = self.shared_name(first, mention, gazetteer) or self.shared_surname(doc, first, mention, gazetteer)
                if person is None:
                    continue
                this_office, other_office = _office(mention, person), _office(first, person)
                if not self.conflict(this_office, other_office, mention[2], first[2]):
                    continue
                yield self.finding(
                    doc, mention[0], mention[1],
                    person=" ".join(person), office=this_office, other_office=other_office,
                    other_line=doc.line_of(first[0]),
                    related=[(first[0], first[1], (N_('"{office}" here'), {"office": other_office}))],
                )
                break

    @staticmethod
    def shared_name(a, b, gazetteer) -> list[str] | None:
        """The person two mentions share: their common last words (two or more, no more
        than either mention's words after an apposition comma), unless those end in a
        known place or organisation."""
        words_a, words_b = a[3] + a[4], b[3] + b[4]
        common = 0
        while common < min(len(words_a), len(words_b)) and words_a[-1 - common] == words_b[-1 - common]:
            common += 1
        common = min([common] + [len(m[4]) for m in (a, b) if m[3]])
        if common < 2:
            return None
        person = words_b[len(words_b) - common :]
        while len(person) > 2 and len(person[0]) >= 2 and person[0].isupper():
            person = person[1:]  # an acronym is a body's, no part of a name ("Ketua KPK Nawawi Pomolango")
        for i in range(len(person)):
            entry = gazetteer.get(names.fold(" ".join(person[i:])))
            if entry is not None and entry.kind not in ("person", "staff"):
                return None
        return person

    def shared_surname(self, doc, first, later, gazetteer) -> list[str] | None:
        """A later office before the surname alone ("Jaksa Siregar") of a person named in full
        with an office before ("Hakim Ketua Wulan Pratiwi Siregar"): the same person, when no
        other name in the article ends with that surname (two Siregars are told apart by
        their first names) and it is no known place or body."""
        words = later[3] + later[4]
        if later[3] or len(words) != 1 or len(first[3] + first[4]) < 2 or (first[3] + first[4])[-1] != words[0]:
            return None
        surname = words[0]
        entry = gazetteer.get(names.fold(surname))
        if entry is not None and entry.kind not in ("person", "staff"):
            return None
        given = {names.fold(m.group(1)) for m in regex.finditer(rf"(\p{{Lu}}[\p{{L}}\p{{M}}'’-]*)[ \t]+{regex.escape(surname)}\b", doc.plain)}
        given -= self.heads | self.names.not_names | {names.fold(w) for w in later[2].split()}
        return [surname] if len(given) == 1 else None

    def conflict(self, office: str, other: str, head: str, other_head: str) -> bool:
        """Whether one person cannot hold both offices: two heads of one exclusive group,
        an independent role and an office of a group, or one portfolio office with two
        different portfolios."""
        h, o = names.fold(head), names.fold(other_head)
        h, o = self.alias.get(h, h), self.alias.get(o, o)
        if self.unaffiliated(office, h, o) or self.unaffiliated(other, o, h):
            return True
        if h.startswith(o + " ") or o.startswith(h + " "):
            return False  # "Hakim" and "Hakim Ketua", "Komisaris" and "Komisaris Utama": one office, named closer
        mine, theirs = names.fold(office)[len(names.fold(head)) :].split(), names.fold(other)[len(names.fold(other_head)) :].split()
        if h != o and self.ranks.get(h, set()) & self.ranks.get(o, set()) and mine and theirs \
                and self.one_body(mine, theirs):
            return True  # "Ketua DPRD Jawa Tengah" and "Wakil Ketua DPRD Jawa Tengah"
        if h != o:
            return bool(self.groups.get(h, set()) & self.groups.get(o, set()))
        if h not in self.portfolio:
            return False
        if not mine or not theirs:
            return False
        return not self.one_body(mine, theirs)

    def one_body(self, mine: list[str], theirs: list[str]) -> bool:
        """Two portfolios or bodies that name one: "Keuangan" and "Keuangan Malaysia"; "Dinas
        Kesehatan Lebak" and "Dinas Kesehatan Kabupaten Lebak", "Dinas Pertanian" and "Dinas
        Pertanian dan Ketahanan Pangan" (the words of one, but a region's kind and connectors,
        all in the other); "BUMN" and "Badan Usaha Milik Negara"."""
        shorter, longer = sorted((mine, theirs), key=len)
        if longer[: len(shorter)] == shorter or {w for w in shorter if w not in self.portfolio_skip} <= set(longer):
            return True
        return self.abbreviates(mine, theirs) or self.abbreviates(theirs, mine)

    def unaffiliated(self, office: str, head: str, other_head: str) -> bool:
        """An independent role (no office of a group) against an office of a group."""
        return bool(self.independent and head not in self.groups and other_head in self.groups and self.independent.search(office))

    def abbreviates(self, short: list[str], long: list[str]) -> bool:
        """'BUMN' for 'Badan Usaha Milik Negara': the portfolio written as its initials."""
        initials = "".join(w[0] for w in long if w not in self.connectors)
        return len(short) == 1 and len(short[0]) >= 2 and initials.startswith(short[0])


def _office(mention, person: list[str]) -> str:
    """The office of a mention: its office word and the words before the person's name."""
    words = mention[3] + mention[4]
    office = words[: len(words) - len(person)]
    while office and office[-1].endswith(".") and len(office[-1]) <= 5:
        office.pop()  # a title before the name ("Prof.", "dr.") is no part of the office
    return " ".join([mention[2]] + office)


CHECK = RoleConsistencyCheck
