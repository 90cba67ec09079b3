"""eponym-units: scales and units named after scientists, turned into
people ("Richter mengatakan ..." in an earthquake story) or turned into
another name where the scale belongs ("skala Ricter", "skala Rishi").

    eponyms:
      - {name: Richter, what: the earthquake magnitude scale, topic: [gempa, magnitudo]}
    scale_before: '(?i)\\b(?:skala|derajat)\\s+$'   # text before a name that makes it a scale or unit
    scale_after: '^\\s+scale\\b'                    # or text after it (English "Richter scale")
    person_before: '(?i)\\b(?:kata|menurut|Profesor)\\s+$'   # text before a name that makes it a person
    person_after: '^\\s+(?:mengatakan|berkata)\\b'
    gazetteers: [../common/data/people.yaml]       # known people (a person's name where a scale belongs)

An eponym is judged only in an article about its topic (one of its topic
words occurs), and as a person only when it stands alone (no first name:
"Gerhard Richter" is a painter). Message fields: {canonical}, {what}.
"""

from __future__ import annotations

import regex

from .. import geodata, names, regexcache
from . import Check

TYPE = "eponym-units"
PROPERTIES = {
    **names.OPTIONS,
    "eponyms": {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "what": {"type": "string", "minLength": 1},
                "topic": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
            },
            "required": ["name", "what", "topic"],
            "additionalProperties": False,
        },
    },
    "scale_before": {"type": "string", "minLength": 1},
    "scale_after": {"type": "string", "minLength": 1},
    "person_before": {"type": "string", "minLength": 1},
    "person_after": {"type": "string", "minLength": 1},
    "person_message": {"type": "string", "minLength": 1},
}
REQUIRED = ["eponyms", "person_message"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "canonical", "what"}
REGEX_KEYS = ("scale_before", "scale_after", "person_before", "person_after")

WINDOW = 30


def _compile(options: dict, key: str):
    return regexcache.compile(options[key]) if key in options else None


class EponymUnitsCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        options = rule.options
        self.names = names.NameRules(options, env)
        self.eponyms = {names.fold(e["name"]): e for e in options["eponyms"]}
        self.topics = {key: regexcache.compile(r"(?i)\b(?:" + "|".join(regex.escape(t) for t in e["topic"]) + r")\w*")
                       for key, e in self.eponyms.items()}
        self.scale_before = _compile(options, "scale_before")
        self.scale_after = _compile(options, "scale_after")
        self.person_before = _compile(options, "person_before")
        self.person_after = _compile(options, "person_after")
        self.person_message = options["person_message"]

    def run(self, doc):
        on_topic = {key for key, pattern in self.topics.items() if pattern.search(doc.plain)}
        if not on_topic:
            return
        gazetteer = geodata.gazetteer_of(doc, self.names)
        for span in names.name_spans(doc, self.names.particles):
            first = span.tokens[0]
            last = span.tokens[-1]
            before = doc.plain[max(0, first.start - WINDOW) : first.start]
            after = doc.plain[last.end : last.end + WINDOW]
            as_scale = bool((self.scale_before and self.scale_before.search(before)) or (self.scale_after and self.scale_after.match(after)))
            words = [t for t in span.tokens if t.key not in self.names.not_names]
            if as_scale:
                finding = self.wrong_scale_name(doc, span, on_topic, gazetteer)
            elif len(words) == 1 and words[0].key in on_topic:
                token = words[0]
                finding = self.scale_as_person(doc, token, doc.plain[max(0, token.start - WINDOW) : token.start], doc.plain[token.end : token.end + WINDOW])
            else:
                finding = None
            if finding:
                yield finding

    def scale_as_person(self, doc, token, before: str, after: str):
        """A lone eponym that the sentence treats as a person ("kata Richter")."""
        person = (self.person_before and self.person_before.search(before)) or (self.person_after and self.person_after.match(after))
        if not person:
            return None
        eponym = self.eponyms[token.key]
        return self.finding(doc, token.start, token.end, message=self.person_message, canonical=eponym["name"], what=eponym["what"])

    def wrong_scale_name(self, doc, span, on_topic, gazetteer):
        """Where a scale's name belongs, a name that is no scale of this topic."""
        token = span.tokens[0]
        if token.key in self.eponyms:
            return None
        near = [k for k in on_topic if names.near_tokens(token.key, k, self.names.suffixes, 1 if len(k) < 10 else 2)]
        if len(near) == 1:
            eponym = self.eponyms[near[0]]
            return self.finding(doc, token.start, token.end, suggestions=[eponym["name"]], canonical=eponym["name"], what=eponym["what"])
        # A known person's name where the scale belongs ("skala Rishi").
        for size in range(len(span.tokens), 0, -1):
            entry = gazetteer.get(span.key(0, size))
            if entry is not None and entry.kind in ("person", "staff") and len(on_topic) <= 2:
                # Suggest the scales of this topic ("Richter", "Mercalli" in an earthquake story).
                fitting = [self.eponyms[k] for k in sorted(on_topic)]
                end = span.tokens[size - 1].end
                return self.finding(doc, token.start, end, suggestions=[e["name"] for e in fitting],
                                    canonical=" or ".join(e["name"] for e in fitting), what=" or ".join(dict.fromkeys(e["what"] for e in fitting)))
        return None


CHECK = EponymUnitsCheck
