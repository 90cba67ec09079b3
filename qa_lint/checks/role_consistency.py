"""role-consistency: one person given two offices that exclude each other in one article
("Jaksa penuntut Kim Min-seo" ... "Hakim Kim Min-seo"; "Menteri Keuangan" for the
environment minister named earlier).

    offices: [Hakim, Jaksa, Jaksa penuntut, Gubernur, Perdana Menteri, Menteri]
    exclusive: [[Hakim, Jaksa, Jaksa penuntut], [Gubernur, Perdana Menteri]]
    portfolio_offices: [Menteri]   # another portfolio after the word is another office
    connectors: [dan, serta]       # lowercase words inside a portfolio
    not_after: '(?i)\\b(?:mantan|calon)\\s+$'   # text before an office that claims no present office

An office is an office word followed by capitalised words (the portfolio, place and
name: "Menteri Keuangan Nik Azmi Rahman", "Perdana Menteri Negara Bagian Victoria, Daniel
Hartley"). Two such mentions share a person when their last two or more words agree
(words after an apposition comma are all name); the rest before the name is the office.
Only offices named in one `exclusive` group, or one portfolio office with two portfolios
that neither contains nor abbreviates the other, are reported, on the later mention. A
shared ending that is a known place or organisation (gazetteers) is no person.
Message fields: {person}, {office}, {other_office}, {other_line}.
"""

from __future__ import annotations

import regex

from .. import names
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
}
REQUIRED = ["offices"]
PLACEHOLDERS = {"match", "person", "office", "other_office", "other_line"}
REGEX_KEYS = ("not_after",)

_CAPITAL = r"\p{Lu}[\p{L}\p{M}'’.-]*"


class RoleConsistencyCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        opts = rule.options
        self.names = names.NameRules(opts, env)
        heads = sorted(opts["offices"], key=len, reverse=True)
        connectors = "|".join(regex.escape(c) for c in opts.get("connectors", []))
        word = f"(?:{_CAPITAL}|{connectors})" if connectors else _CAPITAL
        self.mention = regex.compile(
            rf"\b(?P<head>{'|'.join(regex.escape(h) for h in heads)})"
            rf"(?P<tail>(?:[ \t]+{word})+(?:,[ \t]+{_CAPITAL}(?:[ \t]+{_CAPITAL})*)?)"
        )
        self.connectors = frozenset(opts.get("connectors", []))
        self.group = {}
        for k, group in enumerate(opts.get("exclusive", [])):
            for head in group:
                self.group[names.fold(head)] = k
        self.portfolio = frozenset(names.fold(h) for h in opts.get("portfolio_offices", []))
        self.not_after = regex.compile(opts["not_after"]) if "not_after" in opts else None

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
            found.append((m.start(), m.end(), m.group("head"), office.split(), words))
        return found

    def run(self, doc):
        gazetteer = self.names.gazetteer(doc)
        seen = self.mentions(doc)
        for k, (start, end, head, office, name) in enumerate(seen):
            for first in seen[:k]:
                person = self.shared_name(first, (start, end, head, office, name), gazetteer)
                if person is None:
                    continue
                this_office = " ".join([head] + (office + name)[: len(office + name) - len(person)])
                other_office = " ".join([first[2]] + (first[3] + first[4])[: len(first[3] + first[4]) - len(person)])
                if not self.conflict(this_office, other_office, head, first[2]):
                    continue
                yield self.finding(
                    doc, start, end,
                    person=" ".join(person), office=this_office, other_office=other_office,
                    other_line=doc.line_of(first[0]),
                    related=[(first[0], first[1], f'"{other_office}" here')],
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
        for i in range(len(person)):
            entry = gazetteer.get(names.fold(" ".join(person[i:])))
            if entry is not None and entry.kind not in ("person", "staff"):
                return None
        return person

    def conflict(self, office: str, other: str, head: str, other_head: str) -> bool:
        """Whether one person cannot hold both offices: two heads of one exclusive group,
        or one portfolio office with two different portfolios."""
        h, o = names.fold(head), names.fold(other_head)
        if h != o:
            return h in self.group and self.group.get(o) == self.group[h]
        if h not in self.portfolio:
            return False
        mine, theirs = names.fold(office)[len(h) :].split(), names.fold(other)[len(o) :].split()
        if not mine or not theirs:
            return False
        shorter, longer = sorted((mine, theirs), key=len)
        if longer[: len(shorter)] == shorter:
            return False  # "Menteri Keuangan" and "Menteri Keuangan Malaysia"
        return not (self.abbreviates(mine, theirs) or self.abbreviates(theirs, mine))

    def abbreviates(self, short: list[str], long: list[str]) -> bool:
        """'BUMN' for 'Badan Usaha Milik Negara': the portfolio written as its initials."""
        initials = "".join(w[0] for w in long if w not in self.connectors)
        return len(short) == 1 and len(short[0]) >= 2 and initials.startswith(short[0])


CHECK = RoleConsistencyCheck
