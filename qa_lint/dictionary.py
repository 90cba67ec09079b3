"""The bilingual dictionary pair checks share: a dictionary of source headwords with
their senses (renderings in the target language and glosses), read from JSON lines
(rules/en-id/data/freedict-eng-ind.jsonl), and the little morphology that lets a
rendering be found in its inflected forms.

    lex = Lexicon.load(Path("rules/en-id/data/freedict-eng-ind.jsonl"), Path(".../morphology.yaml"))
    lex.renderings("courts")          -> {"lapangan", "pengadilan", "mahkamah", ...}
    lex.headwords("pengadilannya")     -> {"court", ...}
    TargetWords("Pengadilan itu ...", lex).has("pengadilan") -> True
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from . import yamlmarks

WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*")


WORDNET_POS = {"n": "n", "pn": "n", "v": "v", "adj": "a", "adv": "r"}


@dataclass
class Sense:
    renderings: list[str]
    glosses: list[str]


@dataclass
class Entry:
    headword: str
    pos: str
    senses: list[Sense] = field(default_factory=list)


def _affixes(items) -> list[tuple[str, str]]:
    return [(head, tail) for head, _, tail in (str(i).partition(">") for i in items or [])]


@dataclass
class Morphology:
    suffixes: list[tuple[str, str]]
    prefixes: list[tuple[str, str]]

    def forms(self, word: str) -> set[str]:
        """The word and what it may be an inflected form of (casefolded)."""
        word = word.casefold().replace("’", "'")
        found = {word}
        if "-" in word:
            head = word.split("-")[0]
            # Reduplication ("senjata-senjata") and hyphenated compounds ("ultra-low").
            found.update(p for p in word.split("-") if len(p) >= 2)
            found.add(head)
        for form in list(found):
            for affix, put in self.suffixes:
                if form.endswith(affix) and len(form) - len(affix) >= 3:
                    found.add(form[: len(form) - len(affix)] + put)
        for form in list(found):
            for affix, put in self.prefixes:
                if form.startswith(affix) and len(form) - len(affix) >= 3:
                    found.add(put + form[len(affix) :])
        return found


class Lexicon:
    def __init__(self, entries: list[Entry], source: Morphology, target: Morphology, related: RelatedRows | dict | None = None):
        self.entries = entries
        # Source words close in meaning to a headword, and its antonyms (WordNet, optional),
        # read row by row when first asked for: the file has 86,000 rows and a check asks
        # about a few hundred words (building every table up front took a second).
        rows = related if related is not None else {}
        # (word, WordNet part of speech: n, v, a, r) -> close words; the dictionary says n, v, adj, adv.
        self.similar_pos = _ByPos(rows, "similar")
        self.similar = _AllPos(rows, "similar")
        # (word, part of speech) -> antonyms; irregular form -> (lemma, part of speech).
        self.antonyms_pos = _ByPos(rows, "antonyms")
        self.antonym_table = _AllPos(rows, "antonyms")
        self.irregular = _Lemmas(rows)
        self.source_morphology = source
        self.target_morphology = target
        self.by_head: dict[str, list[Entry]] = {}
        self.reverse: dict[str, set[str]] = {}
        # rendering -> {(headword, WordNet part of speech)}
        self.reverse_pos: dict[str, set[tuple[str, str]]] = {}
        for entry in entries:
            self.by_head.setdefault(entry.headword.casefold(), []).append(entry)
            for sense in entry.senses:
                for rendering in sense.renderings:
                    self.reverse.setdefault(rendering.casefold(), set()).add(entry.headword.casefold())
                    self.reverse_pos.setdefault(rendering.casefold(), set()).add((entry.headword.casefold(), WORDNET_POS.get(entry.pos, "")))

    @classmethod
    def load(cls, dictionary: Path, morphology: Path, source: str = "en", target: str = "id", related: Path | None = None) -> "Lexicon":
        return _load(str(dictionary), _mtime(dictionary), str(morphology), _mtime(morphology), source, target,
                     str(related) if related else "", _mtime(related) if related else 0.0)

    def lemmas(self, word: str) -> set[str]:
        """Headwords a source word (in any form) is an entry of."""
        return {f for f in self.source_morphology.forms(word) if f in self.by_head or f in self.similar}

    def antonyms(self, word: str) -> set[str]:
        found: set[str] = set()
        for lemma in self.lemmas(word):
            found |= self.antonym_table.get(lemma, set())
        return found

    def close(self, headword: str) -> set[str]:
        """The headword and the words close to it in meaning."""
        return {headword} | self.similar.get(headword, set())

    def lookup(self, word: str) -> list[Entry]:
        """Entries for a source word in any of its forms ("courts" -> court)."""
        found: list[Entry] = []
        for form in sorted(self.source_morphology.forms(word), key=len, reverse=True):
            found.extend(self.by_head.get(form, []))
        return found

    def renderings(self, word: str) -> set[str]:
        return {r.casefold() for e in self.lookup(word) for s in e.senses for r in s.renderings}

    def headwords_pos(self, target_word: str) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for form in self.target_morphology.forms(target_word):
            found |= self.reverse_pos.get(form, set())
        return found

    def headwords(self, target_word: str) -> set[str]:
        """Source headwords that the target word (in any form) renders."""
        found: set[str] = set()
        for form in self.target_morphology.forms(target_word):
            found |= self.reverse.get(form, set())
        return found


def _mtime(path: Path) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


@lru_cache(maxsize=8)
def _load(dictionary: str, _m1: float, morphology: str, _m2: float, source: str, target: str, related: str, _m3: float) -> Lexicon:
    entries: list[Entry] = []
    with open(dictionary, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            senses = [Sense(s.get("id", []), s.get("glosses", [])) for s in raw.get("senses", [])]
            entries.append(Entry(raw["headword"], raw.get("pos", ""), senses))
    data = yamlmarks.safe_load(Path(morphology).read_text(encoding="utf-8"), cache=True) or {}
    def morph(lang):
        spec = data.get(lang, {}) or {}
        return Morphology(_affixes(spec.get("suffixes")), _affixes(spec.get("prefixes")))
    return Lexicon(entries, morph(source), morph(target), RelatedRows(related) if related else None)


class RelatedRows:
    """The rows of wordnet-en.jsonl by word, each parsed when first asked for: only the
    word at the start of each line is read at load time."""

    _PREFIX = '{"word": "'

    def __init__(self, path: str):
        self.lines: dict[str, str] = {}
        self.parsed: dict[str, dict] = {}
        # In the stdlib since Python 2.6, but typeshed does not declare it.
        scan = json.decoder.scanstring  # type: ignore[attr-defined]
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(self._PREFIX):
                    word, _end = scan(line, len(self._PREFIX))
                    self.lines[word] = line
                elif line.strip():
                    raw = json.loads(line)  # another key order: parse it now
                    self.parsed[raw["word"]] = raw

    def get(self, word: str) -> dict | None:
        row = self.parsed.get(word)
        if row is None and word in self.lines:
            row = self.parsed[word] = json.loads(self.lines.pop(word))
        return row


class _View:
    """A read-only mapping over RelatedRows (or a plain dict of rows), computed per key."""

    def __init__(self, rows, field: str = ""):
        self.rows, self.field = rows, field
        self.memo: dict = {}

    def get(self, key, default=None):
        if key not in self.memo:
            self.memo[key] = self.compute(key)
        value = self.memo[key]
        return value if value else default

    def __contains__(self, key) -> bool:
        return bool(self.get(key))

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value


class _ByPos(_View):
    def compute(self, key):
        word, pos = key
        row = self.rows.get(word) or {}
        return set((row.get(self.field) or {}).get(pos) or ())


class _AllPos(_View):
    def compute(self, word):
        row = self.rows.get(word) or {}
        return {w for words in (row.get(self.field) or {}).values() for w in words}


class _Lemmas(_View):
    def compute(self, word):
        row = self.rows.get(word) or {}
        return {(lemma, p) for p, lemmas in (row.get("lemmas") or {}).items() for lemma in lemmas}


class Words:
    """The words of a text with their forms, to ask whether a rendering or a
    source word occurs in it, in any inflected form."""

    def __init__(self, text: str, morphology: Morphology, offset: int = 0):
        self.matches = list(WORD.finditer(text))
        self.offset = offset
        self.words = [m.group().casefold().replace("’", "'") for m in self.matches]
        self.forms = [morphology.forms(w) for w in self.words]
        self.all_forms: set[str] = set().union(*self.forms) if self.forms else set()

    def find(self, phrase: str) -> tuple[int, int] | None:
        """Offsets (with the offset given) of a word or phrase, each word in any form."""
        parts = [p.casefold() for p in WORD.findall(phrase)]
        if not parts:
            return None
        if len(parts) == 1 and parts[0] not in self.all_forms:
            return None
        for i in range(len(self.words) - len(parts) + 1):
            if all(parts[k] == self.words[i + k] or parts[k] in self.forms[i + k] for k in range(len(parts))):
                return self.matches[i].start() + self.offset, self.matches[i + len(parts) - 1].end() + self.offset
        return None

    def has(self, phrase: str) -> bool:
        return self.find(phrase) is not None

    def __iter__(self):
        for m, w in zip(self.matches, self.words):
            yield m.start() + self.offset, m.end() + self.offset, w


class SourceCoverage:
    """Which target words some word of a source text can account for.

    A target word is explained when one of the source headwords it renders (in
    the dictionary) is in the source, or is close in meaning to a source word
    (WordNet), or when the word is unknown to the dictionary (nothing can be
    said about it then)."""

    def __init__(self, lexicon: Lexicon, text: str):
        self.lexicon = lexicon
        words = [w.casefold() for w in WORD.findall(text)]
        self.forms: set[str] = set()
        for w in words:
            self.forms |= lexicon.source_morphology.forms(w)
            self.forms |= {lemma for lemma, _pos in lexicon.irregular.get(w, ())}  # "rose" -> rise
        # Multi-word headwords ("according to", "rule out") present as phrases.
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i : i + n])
                if phrase in lexicon.by_head or phrase in lexicon.similar:
                    self.forms.add(phrase)
        # Words close to a source word, by part of speech (a noun "land" is not close to "arrive").
        self.close: dict[str, set[str]] = {}
        for form in self.forms:
            for pos in ("n", "v", "a", "r"):
                words = lexicon.similar_pos.get((form, pos))
                if words:
                    self.close.setdefault(pos, set()).update(words)

    def has(self, english_word: str) -> bool:
        return bool(self.lexicon.source_morphology.forms(english_word) & self.forms)

    def explains(self, target_word: str, headwords: set[tuple[str, str]] | None = None) -> bool:
        heads = self.lexicon.headwords_pos(target_word) if headwords is None else headwords
        if not heads:
            return True
        for head, pos in heads:
            if head in self.forms or head in self.close.get(pos, ()):
                return True
            if self.lexicon.similar_pos.get((head, pos), set()) & self.forms:
                return True
        return False
