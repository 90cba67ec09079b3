"""Phrase lexicons by language pair: a source-language expression, the literal
rendering machine translation makes of it, and the proper rendering.

Files live beside the packs, by language pair (they are data, not packs):

    rules/en-id/data/idioms.yaml         English idioms and phrasal verbs rendered
                                         word for word in Indonesian
    rules/xx-en/data/false-friends.yaml  French, German, Spanish and Dutch words
                                         rendered by their English look-alike

The same entries serve both modes: a monolingual pack rule (``type: lexicon``,
qa_lint/checks/lexicon.py) looks for the literal renderings in the target text,
and a bilingual pair check can look for the source expression in the source
sentence and the literal rendering in its aligned target sentence:

    from qa_lint.lexicon import load_entries
    for entry in load_entries("rules/en-id/data/idioms.yaml"):
        if entry.search_source(english) and entry.find_literal(indonesian):
            ...  # entry.id, entry.proper, entry.note

A file is a mapping:

    source_language: en           # or "xx" when entries give source words per language
    target_language: id
    particles: [up, down, ...]    # English particles: "rule out" may take an object inside
    verb_forms: ../../en/data/verb-forms.yaml   # irregular English verb forms
    target_clitics: [nya, lah]    # may follow the last word of a literal rendering
    target_inner_clitics: [nya]   # may follow any other word of it (menendang kalengnya di jalan)
    target_fillers: [itu, sebuah] # may stand between two of its words (menendang sebuah kaleng)
    target_passive: true          # its meN- verbs also match their di- forms (ditendang)
    target_ber_verbs: true        # with target_passive: its per-...-an nouns their ber- verbs
    target_subject_gap: REGEX     # what may stand between a subject and its verb: {subject_gap}
    entries:
      - source: kick the can down the road     # or {de: eventuell, fr: éventuel}
        source_pattern: ...        # optional; derived from source when absent
        literal: ['menendang kaleng (?:\\S+ ){0,3}jalan']
        objects: [proyek, program]  # optional: {objects} in a literal stands for one of them
        proper: [menunda penyelesaian masalah]
        meaning: postpone dealing with a problem
        note: why the literal rendering is wrong
        domain: politics
        unless: [...]             # words in the sentence meaning the literal sense is meant
        require: [...]            # words the sentence must have for the entry to apply
        require_window: document  # or paragraph: where else a require word may stand (see below)
        examples: {bad: [...], good: [...]}

Literal patterns are regular expressions (the regex module), matched case-insensitively
and as whole words; a space matches any run of whitespace, and the last word may take
one of ``target_clitics``. ``unless`` and ``require`` are term lists (literal words or
``{pattern: ...}``) looked up in the sentence (``window: paragraph`` widens that).
``require_window`` lets a short sentence without a require word ("Kami belum keluar
dari hutan.", a quote) borrow one from its paragraph or document, as long as that wider
window holds fewer than two distinct ``unless`` words (a story about a lost hiker does).
Two placeholders keep the neighbourhoods of a rendering in one place: ``{objects}`` in a
literal pattern is one of the entry's ``objects`` (so each shape of a rendering takes the
same objects: "mencabut colokan pada layanan" as well as "mencabut colokan layanan"), and
``{subject_gap}`` is the file's ``target_subject_gap``, optional: what may stand between a
subject in a look-behind and its verb ("Gugatan yang diajukan pengembang itu dilempar
keluar", "Pemilu itu telah dibawa ke depan").
Every error names the file, line and column (PackError).
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from pathlib import Path

import regex

from .budget import BoundedPattern
from .checks import TERM_LIST
from .matching import LEFT, RIGHT, TermSet, term_set
from .packs import EXAMPLE, PackError, is_bundled, read_yaml, validate

SLUG = r"^[a-z0-9][a-z0-9-]*$"
ONE_OR_MORE = {"oneOf": [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}]}
PER_LANGUAGE = {"type": "object", "patternProperties": {r"^[a-z]{2,3}$": ONE_OR_MORE}, "additionalProperties": False, "minProperties": 1}

ENTRY_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "pattern": SLUG},
        "source": {"oneOf": [{"type": "string", "minLength": 1}, PER_LANGUAGE]},
        "source_pattern": {"oneOf": [ONE_OR_MORE, PER_LANGUAGE]},
        "literal": ONE_OR_MORE,
        "proper": ONE_OR_MORE,
        "meaning": {"type": "string", "minLength": 1},
        "note": {"type": "string", "minLength": 1},
        "domain": {"type": "string", "pattern": SLUG},
        "severity": {"enum": ["error", "warning", "info"]},
        "message": {"type": "string", "minLength": 1},
        "objects": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "unless": TERM_LIST,
        "require": TERM_LIST,
        "window": {"enum": ["sentence", "paragraph"]},
        "require_window": {"enum": ["paragraph", "document"]},
        "examples": {
            "type": "object",
            "properties": {
                "bad": {"type": "array", "items": EXAMPLE, "minItems": 1},
                "good": {"type": "array", "items": EXAMPLE, "minItems": 1},
            },
            "required": ["bad", "good"],
            "additionalProperties": False,
        },
    },
    "required": ["source", "literal", "proper", "meaning", "note", "examples"],
    "additionalProperties": False,
}

FILE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "qa-lint phrase lexicon (idioms, false friends)",
    "type": "object",
    "properties": {
        "source_language": {"type": "string", "pattern": r"^[a-z]{2,3}$"},
        "target_language": {"type": "string", "pattern": r"^[a-z]{2,3}$"},
        "description": {"type": "string"},
        "particles": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "verb_forms": {"type": "string", "minLength": 1},
        "target_clitics": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "target_inner_clitics": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "target_fillers": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "target_passive": {"type": "boolean"},
        "target_ber_verbs": {"type": "boolean"},
        "target_subject_gap": {"type": "string", "minLength": 1},
        "entries": {"type": "array", "items": ENTRY_SCHEMA, "minItems": 1},
    },
    "required": ["source_language", "target_language", "entries"],
    "additionalProperties": False,
}

VERB_FORMS_SCHEMA = {
    "type": "object",
    "properties": {"verbs": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}},
    "required": ["verbs"],
}

# A source language of "xx" means: entries name their source words per language.
MIXED = "xx"


@dataclass
class Entry:
    """One lexicon entry, compiled. ``source`` maps a language code to its expressions."""

    id: str
    source: dict[str, list[str]]
    # Makes source_patterns; a bundled lexicon's are made when a pair check first asks
    # (a monolingual check never does, nor needs the English verb forms they are made of).
    make_source_patterns: Callable[[], dict[str, list[BoundedPattern]]]
    literal: list[str]
    literal_patterns: list[regex.Pattern]
    proper: list[str]
    meaning: str
    note: str
    target_language: str
    domain: str = "general"
    severity: str | None = None
    message: str | None = None
    unless: TermSet | None = None
    require: TermSet | None = None
    window: str = "sentence"
    require_window: str | None = None
    examples: dict = field(default_factory=dict)
    # The objects {objects} stands for in its literal patterns (empty without the key).
    objects: tuple[str, ...] = ()
    path: str = ""
    line: int = 1
    # Case-folded substrings one of which any literal match must contain (a cheap
    # prefilter); empty when some literal pattern has no such substring.
    anchors: tuple[str, ...] = ()
    # Per literal pattern, its required_parts: a sentence lacking a string of one of them
    # cannot hold that pattern's match (an anchor alone often is a common word: "tangan").
    literal_parts: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @cached_property
    def source_patterns(self) -> dict[str, list[BoundedPattern]]:
        """Per source language: the source expression and its inflected forms, case-insensitive."""
        return self.make_source_patterns()

    @property
    def source_text(self) -> str:
        """The source expression(s) for messages: "kick the can" or "eventuell (de), éventuel (fr)"."""
        if list(self.source) == [self._only_language()]:
            return " / ".join(next(iter(self.source.values())))
        return ", ".join(f"{w} ({lang})" for lang, words in self.source.items() for w in words)

    def _only_language(self) -> str:
        return next(iter(self.source)) if len(self.source) == 1 else ""

    def may_occur(self, folded_text: str) -> bool:
        """False only when no literal rendering can be in this case-folded text."""
        return not self.anchors or any(a in folded_text for a in self.anchors)

    def anchor_positions(self, folded_text: str):
        """Offsets of every anchor occurrence in the case-folded text (empty without anchors)."""
        for anchor in self.anchors:
            at = folded_text.find(anchor)
            while at != -1:
                yield at
                at = folded_text.find(anchor, at + 1)

    def find_literal(self, text: str, start: int = 0, end: int | None = None, context: tuple[int, int] | None = None) -> list:
        """Literal renderings in text[start:end] that ``unless``/``require`` allow, in order.
        Those conditions are read in ``context`` (start, end), by default the same span:
        pass one sentence, or give the sentence's span in a longer text."""
        end = len(text) if end is None else end
        if not self.may_occur(text[start:end].casefold()):
            return []
        found = {}
        for pattern in self.literal_patterns:
            for m in pattern.finditer(text, start, end):
                if m.end() > m.start() and m.start() not in found:
                    found[m.start()] = m
        window = context or (start, end)
        return [m for _, m in sorted(found.items()) if self.allows(text, window[0], window[1], m.start(), m.end())]

    def allows(self, text: str, window_start: int, window_end: int, start: int, end: int) -> bool:
        """``unless`` and ``require`` in the window, not counting the match itself."""
        if self.unless and _outside(self.unless, text, window_start, window_end, start, end):
            return False
        if self.require and not _outside(self.require, text, window_start, window_end, start, end):
            return False
        return True

    def allows_wider(self, text: str, window: tuple[int, int], wider: tuple[int, int], start: int, end: int) -> bool:
        """A match the window refused for want of a ``require`` word: allowed when no
        ``unless`` word is in the window, a ``require`` word is in the wider window and
        that wider window holds fewer than two distinct ``unless`` words."""
        if not self.require or (self.unless and _outside(self.unless, text, window[0], window[1], start, end)):
            return False
        if not _outside(self.require, text, wider[0], wider[1], start, end):
            return False
        if not self.unless:
            return True
        distinct = {m.group().casefold() for m in self.unless.finditer(text, wider[0], wider[1]) if not (m.start() >= start and m.end() <= end)}
        return len(distinct) < 2

    def search_source(self, text: str, language: str | None = None):
        """The first match of the source expression (of ``language``, else any) in text, or None."""
        for lang, patterns in self.source_patterns.items():
            if language and lang != language:
                continue
            for pattern in patterns:
                m = pattern.search(text)
                if m:
                    return m
        return None


def _outside(terms: TermSet, text: str, start: int, end: int, m_start: int, m_end: int) -> bool:
    return any(not (m.start() >= m_start and m.end() <= m_end) for m in terms.finditer(text, start, end))


_NOT_SLUG = regex.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text.casefold().replace("'", "")).strip("-")


def _pattern_pieces(pattern: str):
    """The pieces of a regex pattern, each an escape (backslash and the character after it)
    or one character, with whether it stands inside a character class: what the rewriters
    below need to tell a literal space between words from one that is part of the syntax."""
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            yield i, pattern[i:i + 2], in_class
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        yield i, ch, in_class
        i += 1


def spaces_to_whitespace(pattern: str) -> str:
    """A literal space (outside a character class) matches any run of whitespace."""
    out: list[str] = []
    for _, piece, in_class in _pattern_pieces(pattern):
        if piece == " " and not in_class:
            if out and out[-1] == r"\s+":
                continue  # a run of spaces is one
            out.append(r"\s+")
        else:
            out.append(piece)
    return "".join(out)


def widen_between_words(pattern: str, clitics: list[str], fillers: list[str]) -> str:
    """Where a word of a literal rendering ends before a space (a letter, outside a character
    class, then a literal space), let one of `clitics` follow the word and one of `fillers`
    stand after it (after a group, only a filler): MT writes "menendang kalengnya di jalan", "menendang kaleng itu di jalan"
    for the "menendang kaleng di jalan" an entry foresaw."""
    if not clitics and not fillers:
        return pattern
    clitic = "(?:" + "|".join(regex.escape(c) for c in clitics) + ")?" if clitics else ""
    filler = "(?:(?:" + "|".join(regex.escape(f) for f in fillers) + ") )?" if fillers else ""
    out: list[str] = []
    for i, piece, in_class in _pattern_pieces(pattern):
        if piece != " " or in_class:
            out.append(piece)
            continue
        word_ends = i > 0 and pattern[i - 1].isalpha() and not (i > 1 and pattern[i - 2] == "\\")
        group_ends = i > 0 and pattern[i - 1] == ")" and not (i > 1 and pattern[i - 2] == "\\")
        if word_ends:
            out.append(clitic + " " + filler)
        elif group_ends:  # after (?:menendang|ditendang): no clitic to add
            out.append(" " + filler)
        else:
            out.append(piece)
    return "".join(out)


# A meN- verb written out in a literal pattern: not after a backslash or a letter, not
# before a letter or a quantifier (which would make part of it optional).
_MEN_VERB = regex.compile(r"(?<![\\\p{L}])me\p{L}{3,}(?![\p{L}?*+{])")
_MEN_PREFIXES = ("meng", "meny", "mem", "men", "me")
_ASSIMILATING = ("meng", "meny", "mem", "men")  # these hide the root's first sound (menendang < tendang)


def passive_form(verb: str, stem: Callable[[str], str]) -> str | None:
    """The di- form of a meN- verb from its root (menendang -> ditendang, memberikan ->
    diberikan), or None when the verb is not prefix + root (+ -kan/-i) exactly
    (mempertahankan: per- stands between)."""
    root = stem(verb)
    if not root or root == verb:
        return None
    for suffix in ("kan", "i", ""):
        body = verb[:len(verb) - len(suffix)] if suffix else verb
        if suffix and not verb.endswith(suffix):
            continue
        for prefix in _MEN_PREFIXES:
            if body.startswith(prefix):
                rest = body[len(prefix):]
                if rest == root or (prefix in _ASSIMILATING and rest == root[1:]):
                    return "di" + root + suffix
    return None


# A per-...-an noun written out in a literal pattern (pertempuran), delimited like _MEN_VERB.
_PER_AN_NOUN = regex.compile(r"(?<![\\\p{L}])per\p{L}{3,}an(?![\p{L}?*+{])")


def ber_verb(noun: str, stem: Callable[[str], str]) -> str | None:
    """The ber- verb of a per-...-an noun from its root (pertempuran -> bertempur, perjuangan
    -> berjuang): MT renders "an uphill battle" as "pertempuran mendaki" or "bertempur mendaki"."""
    root = stem(noun)
    root = root[3:] if root.startswith("per") else root  # the stemmer may keep per- on the root
    return "ber" + root if len(root) >= 3 and noun == "per" + root + "an" else None


def with_passives(pattern: str, stem: Callable[[str], str], ber_verbs: bool = False) -> str:
    """The literal pattern with each meN- verb written out in it also matching its di- form
    (and, with ber_verbs, each per-...-an noun its ber- verb)."""
    if ber_verbs:
        # Only the rendering's first word or group (its head): per-...-an nouns further on are
        # mostly objects in look-aheads, where "berusaha" is not "perusahaan".
        end = (_group_end(pattern, 0) + 1 if pattern.startswith("(?:")
               else len(pattern.split(" ", 1)[0]) if pattern[:1].isalpha() else 0)  # not a look-behind
        head = _alternatives(pattern[:end], _PER_AN_NOUN, lambda word: ber_verb(word, stem))
        pattern = head + pattern[end:]
    return _alternatives(pattern, _MEN_VERB, lambda word: passive_form(word, stem))


def _alternatives(pattern: str, words: regex.Pattern, other: Callable[[str], str | None]) -> str:
    def both(match) -> str:
        passive = other(match.group().casefold())
        if not passive:
            return match.group()
        # One more alternative inside a group of alternatives, so that the group stays plain
        # and can still be the entry's anchor (anchor_of).
        before, after = pattern[:match.start()], pattern[match.end():match.end() + 1]
        if (before.endswith("(?:") or before.endswith("|")) and after in ("|", ")"):
            return f"{match.group()}|{passive}"
        return f"(?:{match.group()}|{passive})"

    return words.sub(both, pattern)


# Compiled once: anchor_of runs for every literal of every entry when a lexicon is read.
_GROUP_FLAGS = regex.compile(r"^\?[a-zA-Z-]*:")
_PLAIN = regex.compile(r"[\p{L} -]+")
_LETTERS = regex.compile(r"\p{L}+")


def anchor_of(pattern: str) -> tuple[str, ...]:
    """Case-folded substrings one of which every match of the pattern contains, or ()
    if none is found: of the pattern's required_parts, the one whose shortest string is
    longest (then the one with fewer strings)."""
    candidates = _parts(pattern)
    if not candidates:
        return ()
    best = max(candidates, key=lambda c: (min(len(a) for a in c), -len(c)))
    return tuple(a.casefold() for a in best)


def required_parts(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Every part of the pattern anchor_of chooses from, each as case-folded strings one of
    which every match contains: a text lacking one of any part cannot match."""
    return tuple(tuple(a.casefold() for a in part) for part in _parts(pattern))


def _parts(pattern: str) -> list[tuple[str, ...]]:
    """The pattern's top-level parts that no quantifier makes optional: a run of plain
    letters ("kaleng"), or a group of plain alternatives ("(?:menendang|ditendang)", each
    reduced to its longest run of letters); an alternative that contains another is
    dropped; strings shorter than 3 never count. [] for a top-level alternative."""
    candidates: list[tuple[str, ...]] = []
    current, i, n = "", 0, len(pattern)

    def close():
        nonlocal current
        if len(current) >= 3:
            candidates.append((current,))
        current = ""

    while i < n:
        ch = pattern[i]
        if ch == "\\":
            close()
            i += 2
            continue
        if ch == "[":
            close()
            i = _class_end(pattern, i) + 1
            continue
        if ch == "(":
            close()
            end = _group_end(pattern, i)
            optional = end + 1 < n and pattern[end + 1] in "?*" or pattern.startswith("{0", end + 1)
            body = pattern[i + 1:end]
            if not optional and not body.startswith(("?=", "?!", "?<=", "?<!")):
                # (?:...) and scoped flags (?-i:...) group; (...) captures
                alternatives = _plain_alternatives(_GROUP_FLAGS.sub("", body))
                if alternatives:
                    candidates.append(alternatives)
            i = end + 1
            continue
        if ch == "|":
            return []  # a top-level alternative: no part is common to all matches
        if ch in "?*{":
            current = current[:-1]  # the letter before the quantifier is optional
            close()
        elif ch.isalpha():
            current += ch
        else:
            close()
        i += 1
    close()
    return candidates


def _class_end(pattern: str, i: int) -> int:
    j = i + 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def _group_end(pattern: str, i: int) -> int:
    depth, j = 0, i
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return len(pattern) - 1


def _plain_alternatives(body: str) -> tuple[str, ...]:
    """("menendang", "ditendang") for "menendang|ditendang"; () unless every
    alternative is letters and spaces with a run of at least 3 letters."""
    out = []
    for alternative in body.split("|"):
        if not _PLAIN.fullmatch(alternative):
            return ()
        longest = max(_LETTERS.findall(alternative), key=len, default="")
        if len(longest) < 3:
            return ()
        out.append(longest)
    # "berlari" contains "lari": searching for "lari" alone finds both.
    out = [a for a in out if not any(b != a and b in a for b in out)]
    return tuple(dict.fromkeys(out))


# -- English source patterns ------------------------------------------------------


@lru_cache(maxsize=8)
def load_verb_forms(path: str) -> dict[str, list[str]]:
    marked = read_yaml(Path(path))
    validate(marked.data, VERB_FORMS_SCHEMA, marked, path)
    return {base: list(forms) for base, forms in marked.data["verbs"].items()}


def english_verb_forms(verb: str, irregular: dict[str, list[str]]) -> list[str]:
    """The base form, the -s and -ing forms, and the past forms: from ``irregular``
    (WordNet's exception list) when the verb is there, else by the regular spelling rules."""
    forms = {verb}
    if regex.search(r"(s|x|z|ch|sh)$", verb):
        forms.add(verb + "es")
    elif regex.search(r"[^aeiou]y$", verb):
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    # Short verbs double their final consonant (step/stepped, drop/dropping); both spellings are allowed.
    doubles = len(verb) <= 4 and regex.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", verb)
    if verb.endswith("ie"):
        forms |= {verb + "d", verb[:-2] + "ying"}
    elif verb.endswith("e") and not verb.endswith("ee"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    elif regex.search(r"[^aeiou]y$", verb):
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
        if doubles:
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    # Regular forms stay too: a form nobody writes ("breaked") costs nothing.
    forms |= set(irregular.get(verb, ()))
    return sorted(forms, key=len, reverse=True)


PLACEHOLDERS = {
    "oneself": r"(?:\w+self|themselves|ourselves|yourselves)",
    "one's": r"(?:his|her|its|their|our|my|your|\w+'s)",
    "someone's": r"(?:his|her|its|their|our|my|your|\w+(?:'s|')|[\w.]+ [\w.]+'s)",
    "someone": r"(?:\w+|[\w.]+ [\w.]+)",
    "something": r"(?:\w+|[\w.]+ [\w.]+)",
}


def english_source_pattern(expression: str, particles: frozenset[str], irregular: dict[str, list[str]]) -> str:
    """Inflect the first word as a verb; a phrasal verb (verb + particle) may take an
    object of up to three words before its particle ("ruled it out")."""
    words = expression.split()
    parts = []
    for i, word in enumerate(words):
        key = word.casefold()
        if key in PLACEHOLDERS:
            parts.append(PLACEHOLDERS[key])
        elif i == 0 and len(words) > 1:
            parts.append("(?:" + "|".join(regex.escape(f) for f in english_verb_forms(key, irregular)) + ")")
        else:
            parts.append(regex.escape(word))
    if len(words) == 2 and words[1].casefold() in particles:
        return rf"{parts[0]}(?:\s+\S+){{0,3}}?\s+{parts[1]}"
    return r"\s+".join(parts)


def inflected_source_pattern(word: str) -> str:
    """A foreign word and its inflected forms: the word plus up to three letters
    (eventuell, eventuelle, eventuellen; éventuel, éventuelles)."""
    return r"\s+".join(regex.escape(w) for w in word.split()) + r"\w{0,3}"


# -- loading ----------------------------------------------------------------------


# Whether load_entries compiles every pattern now (to report a broken one with its
# position) or leaves bundled, tested ones to compile when first needed.
_COMPILE_NOW: contextvars.ContextVar[bool] = contextvars.ContextVar("compile_now", default=True)


def _as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _compile(pattern: str, marked, path: str, where: tuple, wrap: tuple[str, str] = ("", ""),
             between: tuple[list[str], list[str]] = ([], [])) -> BoundedPattern:
    # Simple case folding: FULLCASE ("ß" = "ss") costs several times more per match
    # attempt and none of the lexicons' languages needs it. Bounded like every pack pattern.
    full = wrap[0] + "(?:" + spaces_to_whitespace(widen_between_words(pattern, *between)) + ")" + wrap[1]
    if not _COMPILE_NOW.get():
        return BoundedPattern(pattern=full, flags=regex.IGNORECASE)  # compiled when first needed (see packs.is_bundled)
    try:
        return BoundedPattern(regex.compile(full, regex.IGNORECASE))
    except regex.error as exc:
        line, col = marked.where(where)
        raise PackError(path, line, col, f"invalid regular expression {pattern!r}: {exc}") from None


def _terms(items, marked, path, where) -> TermSet | None:
    if not items:
        return None
    for i, item in enumerate(items):
        if isinstance(item, dict):
            _compile(item["pattern"], marked, path, where + (i, "pattern"))
    return term_set(items)


def load_entries(path: str | Path, compile_now: bool | None = None) -> list[Entry]:
    """The compiled entries of a lexicon file, read once per file version (the id-idioms
    pack and the pair check read the same file; entries are not changed by their users).
    ``compile_now``: compile every pattern at once to report a broken one; default: yes,
    except for bundled files, which the test suite has compiled and which then compile
    each pattern when first needed."""
    path = Path(path).resolve()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = 0.0
    now = compile_now if compile_now is not None else not is_bundled(path)
    return list(_cached_entries(str(path), mtime, now))


@lru_cache(maxsize=8)
def _cached_entries(path: str, _mtime: float, compile_now: bool) -> tuple[Entry, ...]:
    return tuple(read_entries(path, compile_now))


def read_entries(path: str | Path, compile_now: bool = True) -> list[Entry]:
    """Read, validate and compile a lexicon file.

    Returns one Entry per item of ``entries``, in file order, with
    ``source_patterns`` (per source language: compiled regexes of the source
    expression and its inflected forms, case-insensitive) and
    ``literal_patterns`` (compiled target-language regexes, whole words,
    case-insensitive). Raises PackError naming the file, line and column of
    any problem: bad YAML, a key the schema does not know, an invalid regex,
    a duplicate id.
    """
    path = Path(path)
    token = _COMPILE_NOW.set(compile_now if compile_now is not None else not is_bundled(Path(path)))
    try:
        return _load_entries(path)
    finally:
        _COMPILE_NOW.reset(token)


def _load_entries(path: str | Path) -> list[Entry]:
    path = Path(path)
    marked = read_yaml(path)
    data = marked.data
    if not isinstance(data, dict):
        raise PackError(path, 1, 1, "a lexicon must be a mapping with source_language, target_language and entries")
    if _COMPILE_NOW.get():  # a bundled lexicon was validated by the test suite (`qa-lint rules validate`)
        validate(data, FILE_SCHEMA, marked, str(path))
    particles = frozenset(p.casefold() for p in data.get("particles", []))
    forms_file = None
    if data.get("verb_forms"):
        forms_path = (path.parent / data["verb_forms"]).resolve()
        if not forms_path.is_file():
            line, col = marked.where(("verb_forms",))
            raise PackError(path, line, col, f"no such verb forms file: {forms_path}")
        forms_file = str(forms_path)
        if _COMPILE_NOW.get():
            load_verb_forms(forms_file)  # a broken file is reported now, as the patterns' errors are
    clitics = data.get("target_clitics", [])
    tail = ("(?:" + "|".join(regex.escape(c) for c in clitics) + ")?" if clitics else "") + RIGHT
    between = (data.get("target_inner_clitics", []), data.get("target_fillers", []))
    passives = _passive_maker(data)
    gap = data.get("target_subject_gap")
    source_language = data["source_language"]
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["entries"]):
        at = ("entries", i)
        source = raw["source"]
        if isinstance(source, str):
            if source_language == MIXED:
                line, col = marked.where(at + ("source",))
                raise PackError(path, line, col, "source must name its language ({de: ..., fr: ...}) in a lexicon whose source_language is xx")
            source = {source_language: [source]}
        else:
            source = {lang: _as_list(words) for lang, words in source.items()}
        entry_id = raw.get("id") or (slug(source[source_language][0]) if source_language in source else "")
        if not entry_id:
            line, col = marked.where(at)
            raise PackError(path, line, col, "this entry needs an id (its source is given per language)")
        if entry_id in seen:
            line, col = marked.where(at + ("id",) if "id" in raw else at + ("source",))
            raise PackError(path, line, col, f"duplicate entry id {entry_id!r} (first at line {seen[entry_id]})")
        seen[entry_id] = marked.where(at)[0]
        literals = [passives(fill_placeholders(p, raw.get("objects"), gap, marked, str(path), at)) for p in _as_list(raw["literal"])]
        entries.append(
            Entry(
                id=entry_id,
                source=source,
                make_source_patterns=_source_pattern_maker(raw, source, marked, str(path), at, particles, forms_file),
                literal=_as_list(raw["literal"]),
                literal_patterns=[
                    _compile(p, marked, str(path), at + ("literal",) + ((j,) if isinstance(raw["literal"], list) else ()), (LEFT, tail), between)
                    for j, p in enumerate(literals)
                ],
                proper=_as_list(raw["proper"]),
                meaning=raw["meaning"],
                note=" ".join(raw["note"].split()),
                target_language=data["target_language"],
                domain=raw.get("domain", "general"),
                severity=raw.get("severity"),
                message=raw.get("message"),
                unless=_terms(raw.get("unless"), marked, str(path), at + ("unless",)),
                require=_terms(raw.get("require"), marked, str(path), at + ("require",)),
                window=raw.get("window", "sentence"),
                require_window=raw.get("require_window"),
                examples=raw["examples"],
                objects=tuple(raw.get("objects", ())),
                path=str(path),
                line=marked.where(at)[0],
                anchors=_anchors(literals),
                literal_parts=tuple(required_parts(p) for p in literals),
            )
        )
    return entries


_PLACEHOLDER = regex.compile(r"\{(objects|subject_gap)\}")


def fill_placeholders(pattern: str, objects: list[str] | None, gap: str | None, marked=None, path: str = "", at: tuple = ()) -> str:
    """The literal pattern with ``{objects}`` as a group of the entry's objects (spaces kept,
    so they are widened like the rest of the pattern) and ``{subject_gap}`` as the file's
    target_subject_gap, made optional (its spaces should be written ``\\s+``: the gap is
    not a rendering and is not widened)."""
    def fill(match) -> str:
        if match.group(1) == "objects":
            if not objects:
                return _missing(marked, path, at, "{objects} needs the entry's objects list")
            return "(?:" + "|".join(regex.escape(o).replace("\\ ", " ") for o in sorted(objects, key=len, reverse=True)) + ")"
        if not gap:
            return _missing(marked, path, at, "{subject_gap} needs the lexicon's target_subject_gap")
        return "(?:" + gap + ")?"

    return _PLACEHOLDER.sub(fill, pattern)


def _missing(marked, path: str, at: tuple, message: str) -> str:
    line, col = marked.where(at + ("literal",)) if marked is not None else (1, 1)
    raise PackError(path, line, col, message)


def _passive_maker(data: dict) -> Callable[[str], str]:
    if not data.get("target_passive"):
        return lambda pattern: pattern
    from .stemming import stemmer  # Sastrawi, which the Indonesian checks load anyway

    stem = stemmer(data["target_language"])
    return lambda pattern: with_passives(pattern, stem, bool(data.get("target_ber_verbs")))


def _anchors(literals: list[str]) -> tuple[str, ...]:
    anchors = [anchor_of(p) for p in literals]
    return () if not all(anchors) else tuple(dict.fromkeys(a for group in anchors for a in group))


def _source_pattern_maker(raw, source, marked, path, at, particles, forms_file) -> Callable[[], dict[str, list[BoundedPattern]]]:
    """What makes an entry's source patterns: now when every pattern is compiled now (to report
    a broken one), else later, still compiling each pattern when first needed."""
    if _COMPILE_NOW.get():
        return partial(_ready, _source_patterns(raw, source, marked, path, at, particles, forms_file))
    return partial(_later_source_patterns, raw, source, marked, path, at, particles, forms_file)


def _ready(patterns: dict[str, list[BoundedPattern]]) -> dict[str, list[BoundedPattern]]:
    return patterns


def _later_source_patterns(*args) -> dict[str, list[BoundedPattern]]:
    token = _COMPILE_NOW.set(False)
    try:
        return _source_patterns(*args)
    finally:
        _COMPILE_NOW.reset(token)


def _source_patterns(raw, source, marked, path, at, particles, forms_file) -> dict[str, list[BoundedPattern]]:
    given = raw.get("source_pattern")
    irregular = load_verb_forms(forms_file) if forms_file else {}
    patterns: dict[str, list[BoundedPattern]] = {}
    for lang, words in source.items():
        if isinstance(given, dict) and lang in given:
            texts, where = _as_list(given[lang]), at + ("source_pattern", lang)
        elif isinstance(given, (str, list)) and len(source) == 1:
            texts, where = _as_list(given), at + ("source_pattern",)
        elif lang == "en":
            texts, where = [english_source_pattern(w, particles, irregular) for w in words], at + ("source",)
        else:
            texts, where = [inflected_source_pattern(w) for w in words], at + ("source",)
        patterns[lang] = [_compile(t, marked, path, where, (LEFT, RIGHT)) for t in texts]
    return patterns


__all__ = ["Entry", "load_entries", "FILE_SCHEMA", "anchor_of", "english_source_pattern"]
