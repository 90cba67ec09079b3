"""Term lists and context conditions shared by the rule types.

A term list item is a literal string (word-bounded, case-insensitive) or a
mapping ``{pattern: REGEX}``. Literal terms are compiled into one regex with
a named list (``\\L<terms>``), which the regex module matches as a set: a
thousand terms cost about as much as ten.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from . import parsecache
from .budget import BoundedPattern
from .span import Span

# Word edges that also work for terms that start or end with punctuation ("U.S.").
LEFT = r"(?<![\p{L}\p{N}_])"
RIGHT = r"(?![\p{L}\p{N}_])"


_SPACES = regex.compile(r"\s+")


def normalize(term: str) -> str:
    return _SPACES.sub(" ", term.strip()).casefold()


def literal_regex(terms: list[str], ignore_case: bool = True) -> BoundedPattern:
    """One pattern for many literal terms; whitespace inside a term matches any run of spaces."""
    # Named lists cannot express flexible whitespace, so multi-word terms
    # get their own alternation branch; single words go through the set.
    stripped = [t.strip() for t in terms]
    singles = sorted({t for t in stripped if not _SPACES.search(t)}, key=len, reverse=True)
    # Longest first; terms of one length in a fixed order, so the pattern is the same each run (regexcache).
    multis = sorted({t for t in stripped if _SPACES.search(t)}, key=lambda t: (-len(t), t))
    branches = [r"\s+".join(regex.escape(w) for w in t.split()) for t in multis]
    if singles:
        branches.append(r"\L<singles>")
    flags = regex.IGNORECASE | regex.FULLCASE if ignore_case else 0
    body = "|".join(branches) or r"(?!x)x"
    named_lists = {"singles": singles} if singles else {}
    return BoundedPattern(pattern=f"{LEFT}(?:{body}){RIGHT}", flags=flags, **named_lists)


# A word as WordSet and WordIndex read one (the terms rule type reads the same): a run of
# letters, digits and _.
WORD_RUN = regex.compile(r"[\p{L}\p{N}_]+")
_GAP = regex.compile(r"\s+")
# The characters outside ASCII whose case forms (casefold, lower, upper, title) hold an ASCII
# letter: the only ones a case-insensitive regex may match to an ASCII term ("ſ" to "s", "ß"
# to "ss", "ﬁ" to "fi", "İ", "K"), where casefold() would not (tests/test_word_index.py
# recomputes the list over every code point).
FOLDS_TO_ASCII = "\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
_FOLDS_TO_ASCII = regex.compile(f"[{FOLDS_TO_ASCII}]")
_WORD_TERM = regex.compile(r"[\p{L}\p{N}_]+(?:\s+[\p{L}\p{N}_]+)*")


class WordSet:
    """The matches of ``literal_regex(terms, ignore_case).finditer`` found by looking words
    up in a set: one pass over the text's words whatever the number of terms, where the
    regex tries its alternatives at every position. Only for terms made of whole words
    (letters, digits, _; whitespace between words): ``fits`` says whether it can serve a
    list and ``serves`` whether it can read a text; else the regex does.

    Same answers: a term matches word-bounded runs of words separated by whitespace; at
    each word the longest multi-word term (by its written length, as the alternation is
    ordered) wins, then a single word; matches do not overlap."""

    def __init__(self, terms: list[str], ignore_case: bool = True):
        self.ignore_case = ignore_case
        self.fold = str.casefold if ignore_case else (lambda word: word)
        self.singles = {self.fold(t.strip()) for t in terms if len(t.split()) == 1}
        # First word -> the multi-word terms it opens (as folded word tuples), longest term first.
        multis = sorted({t.strip() for t in terms if len(t.split()) > 1}, key=len, reverse=True)
        self.multis: dict[str, list[tuple[str, ...]]] = {}
        for term in multis:
            words = tuple(self.fold(w) for w in term.split())
            self.multis.setdefault(words[0], []).append(words)

    @staticmethod
    def fits(terms: list[str], ignore_case: bool = True) -> bool:
        """Whether a set can serve these terms: whole words, and ASCII ones when case is
        ignored (the regex's full case folding matches "ſ", "ß", "İ" in ways casefold() does not)."""
        return all(_WORD_TERM.fullmatch(t.strip()) and (not ignore_case or t.isascii()) for t in terms)

    def serves(self, text: str) -> bool:
        """Whether ``spans`` answers for this text as the regex would (its terms are ASCII):
        with case ignored, only for texts without a character that folds to ASCII letters
        (else ask the regex). Other letters ("é", "σ") fold to no ASCII letter, so a
        word that holds one is no term either way."""
        return not self.ignore_case or text.isascii() or not _FOLDS_TO_ASCII.search(text)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every match in text[start:end], in order."""
        end = len(text) if end is None else end
        words = [(m.start(), m.end(), self.fold(m.group())) for m in WORD_RUN.finditer(text, start, end)]
        found = []
        i = 0
        while i < len(words):
            taken = self._multi(text, words, i) if words[i][2] in self.multis else 0
            if taken:
                found.append((words[i][0], words[i + taken - 1][1]))
                i += taken
                continue
            if words[i][2] in self.singles:
                found.append((words[i][0], words[i][1]))
            i += 1
        return found

    def indexed_spans(self, text: str, index: "WordIndex") -> list[tuple[int, int]]:
        """``spans(text)``, read from the text's WordIndex: only the words that are terms or
        open one are visited, so the cost follows the terms found, not the text's length."""
        words = index.words
        opening = (self.singles & index.at.keys()) | (self.multis.keys() & index.at.keys())
        found: list[tuple[int, int]] = []
        free = 0  # the first word no earlier match covers (matches do not overlap)
        for i in sorted(i for word in opening for i in index.at[word]):
            if i < free:
                continue
            taken = self._multi(text, words, i) if words[i][2] in self.multis else 0
            if taken:
                found.append((words[i][0], words[i + taken - 1][1]))
                free = i + taken
            elif words[i][2] in self.singles:
                found.append((words[i][0], words[i][1]))
                free = i + 1
        return found

    def _multi(self, text: str, words: list, i: int) -> int:
        """How many words from words[i] the first multi-word term that fits there covers (0: none)."""
        for term in self.multis[words[i][2]]:
            j = i + len(term)
            if j > len(words) or any(words[i + k][2] != term[k] for k in range(1, len(term))):
                continue
            if all(_GAP.fullmatch(text, words[k - 1][1], words[k][0]) for k in range(i + 1, j)):
                return len(term)
        return 0


class WordIndex:
    """A text's words (runs of letters, digits and _; folded when case is ignored) and the
    positions of each: built once per document and shared by every WordSet looked up in it."""

    def __init__(self, text: str, ignore_case: bool = True):
        fold = str.casefold if ignore_case else str
        self.words = [(m.start(), m.end(), fold(m.group())) for m in WORD_RUN.finditer(text)]
        self.at: dict[str, list[int]] = {}
        for i, (_, _, word) in enumerate(self.words):
            self.at.setdefault(word, []).append(i)

    @staticmethod
    def of(doc, ignore_case: bool = True) -> "WordIndex":
        return doc.memo(("word-index", ignore_case), lambda: _text_word_index(doc.plain, ignore_case))


WORD_CHAR = regex.compile(r"[\p{L}\p{N}_]")
# The last text whose words were indexed, and its WordIndex by ignore_case: the sentences of
# one document are asked about one after another, by many term lists (a tuple: replaced whole).
_LAST_TEXT: tuple = ("", {})


def _text_word_index(text: str, ignore_case: bool) -> WordIndex:
    last_text, indexes = _LAST_TEXT
    if last_text is not text:
        indexes = {}
        globals()["_LAST_TEXT"] = (text, indexes)
    index = indexes.get(ignore_case)
    if index is None:
        index = indexes[ignore_case] = WordIndex(text, ignore_case)
    return index


# The last text case-folded, and its folding (None when folding changed its length, so that
# offsets differ): term sets search one document's sentences one after another.
_LAST_FOLDED: tuple[str, str | None] = ("", "")


def _folded(text: str) -> str | None:
    global _LAST_FOLDED
    last_text, folded = _LAST_FOLDED
    if last_text is not text:
        folded = text.casefold()
        if len(folded) != len(text):
            folded = None
        _LAST_FOLDED = (text, folded)
    return folded


@dataclass
class TermSet:
    """Matches any of a list of terms and/or patterns."""

    literal: BoundedPattern | None
    patterns: list[BoundedPattern]
    # The literal terms as a word set, when one can answer for them (WordSet.fits): a
    # document's matches are then looked up in its WordIndex instead of scanned for.
    words: WordSet | None = None
    # (the last text searched, its literal matches as a MatchIndex, None if the set cannot read it)
    _last: tuple = field(default=("", None), init=False, repr=False, compare=False)
    # Each pattern's literal prefilter (required_literals), read when first searched with.
    _pattern_literals: list | None = field(default=None, init=False, repr=False, compare=False)
    # (the last text searched, its patterns whose prefilter strings it holds, with where)
    _pattern_places: tuple = field(default=("", None), init=False, repr=False, compare=False)

    def _patterns_to_try(self, text: str, start: int, end: int) -> list[BoundedPattern]:
        """The patterns that can match in text[start:end]: those whose literal prefilter
        has a string in the slice (case-folded). A match found with pos/endpos lies in the
        slice, and so does every literal it needs (look-behinds give none), so the others
        cannot match there. Checks that search sentence by sentence (hedge-escalation's
        cues) ran every pattern on every sentence."""
        if not self.patterns:
            return self.patterns
        last_text, places = self._pattern_places
        if last_text is not text:
            places = self._places_of_literals(text)
            self._pattern_places = (text, places)
        if places is None:
            return self.patterns
        return [pattern for pattern, at in places if at is None or at.any_within(start, end)]

    def _places_of_literals(self, text: str) -> list[tuple[BoundedPattern, "MatchIndex | None"]] | None:
        """For this text, the patterns whose literal prefilter has a string written somewhere,
        each with where (None: no prefilter, always tried); None when case folding moved the
        offsets. Found once per text: a check asks about one sentence after another, and
        searching each pattern's strings in each sentence was a Python loop per call."""
        literals = self._pattern_literals
        if literals is None:
            literals = self._pattern_literals = [required_literals(p.pattern) for p in self.patterns]
        folded = _folded(text)
        if folded is None:
            return None
        places: list[tuple[BoundedPattern, MatchIndex | None]] = []
        for pattern, needs in zip(self.patterns, literals):
            if needs is None:
                places.append((pattern, None))
                continue
            spans = [(at, at + len(word)) for word in needs for at in _find_all(folded, word)]
            if spans:
                places.append((pattern, MatchIndex(spans)))
        return places

    def _literal_absent(self, text: str, start: int, end: int) -> bool:
        """Whether the literal terms surely match nowhere in text[start:end], read off their
        matches in the whole text (found once per text, by word look-up): most sentences hold
        none, and scanning each with the terms' regex was a tenth of a run.

        Exact: a match in the slice would match in the whole text too (the regex looks behind
        the slice's start; past its end only when the next character is no word character),
        or lose its place to a whole-text match that overlaps the slice."""
        words = self.words
        if words is None or end - start > len(text) // 2:
            return False  # most of the text: one scan costs no more than indexing it
        if end < len(text) and WORD_CHAR.match(text, end):
            return False
        last_text, spans = self._last
        if last_text is not text:
            spans = None
            if words.serves(text):
                spans = MatchIndex(words.indexed_spans(text, _text_word_index(text, words.ignore_case)))
            self._last = (text, spans)
        return spans is not None and not spans.overlaps(start, end)

    def search(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        if self.literal is not None and not self._literal_absent(text, start, end):
            m = self.literal.search(text, start, end)
            if m:
                return m
        for pattern in self._patterns_to_try(text, start, end):
            m = pattern.search(text, start, end)
            if m:
                return m
        return None

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        found = []
        if self.literal is not None and not self._literal_absent(text, start, end):
            found.extend(self.literal.finditer(text, start, end))
        for pattern in self._patterns_to_try(text, start, end):
            found.extend(pattern.finditer(text, start, end))
        return sorted(found, key=lambda m: m.start())


    def index(self, doc) -> "MatchIndex":
        """Every match in the whole document, found once and shared by all look-ups."""
        return doc.memo(("terms", id(self)), lambda: MatchIndex(self._spans(doc)))

    def _spans(self, doc) -> list[tuple[int, int]]:
        words = self.words
        if words is None or not doc.memo(("word-set-serves", words.ignore_case), lambda: words.serves(doc.plain)):
            return [(m.start(), m.end()) for m in self.finditer(doc.plain)]
        spans = words.indexed_spans(doc.plain, WordIndex.of(doc, words.ignore_case))
        spans.extend((m.start(), m.end()) for pattern in self.patterns for m in pattern.finditer(doc.plain))
        return spans

    def occurs(self, doc, start: int, end: int, besides: tuple[int, int] | None = None) -> bool:
        """Whether a term lies within doc[start:end], other than one inside ``besides``."""
        return self.index(doc).any_within(start, end, besides)

    def distinct(self, doc, start: int, end: int, besides: tuple[int, int] | None = None, enough: int = 1) -> int:
        """How many different terms (case-folded) lie within doc[start:end], counting up to ``enough``."""
        index = self.index(doc)
        seen: set[str] = set()
        for s, e in index.within(start, end, besides):
            seen.add(normalize(doc.plain[s:e]))
            if len(seen) >= enough:
                break
        return len(seen)


def _find_all(text: str, word: str):
    """Every offset at which ``word`` is written in ``text`` (overlapping ones too)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


class MatchIndex:
    """Match spans sorted by start: which lie inside a window, by bisection (any_within and
    within hold for overlapping spans too; overlaps and covers need spans that do not overlap)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def any_within(self, start: int, end: int, besides: tuple[int, int] | None = None) -> bool:
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] < end:
            s, e = self.starts[i], self.ends[i]
            if e <= end and not (besides and s >= besides[0] and e <= besides[1]):
                return True
            i += 1
        return False

    def within(self, start: int, end: int, besides: tuple[int, int] | None = None):
        """The spans inside [start, end), other than those inside ``besides``."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] < end:
            s, e = self.starts[i], self.ends[i]
            if e <= end and not (besides and s >= besides[0] and e <= besides[1]):
                yield s, e
            i += 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with [start, end); the spans must not overlap
        each other (so the last to start before ``end`` ends last)."""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether a span contains [start, end); the spans must not overlap (one finditer's)."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.ends[i] >= end


def sentences_with(doc, literals: frozenset[str] | None) -> set[int] | None:
    """Indexes of the sentences that hold one of ``literals`` (case-folded, as
    required_literals gives them) whole: the only ones in which a pattern that needs them
    can match. None: any sentence may (no literals, or case folding moved the offsets)."""
    if literals is None or len(doc.folded) != len(doc.plain):
        return None
    sentences = doc.sentences
    found: set[int] = set()
    for word in literals:
        at = doc.folded.find(word)
        while at >= 0:
            i = doc._index(sentences, at)
            if i is not None and at + len(word) <= sentences[i].end:
                found.add(i)
            at = doc.folded.find(word, at + 1)
    return found


class LiteralIndex:
    """Which of many groups of strings have one written in a text: for each group,
    ``any(s in text for s in group)``, answered in one pass over the text's pieces instead
    of one search of the text per string (a language's 600 pattern and rendering rules,
    each with its literal prefilter, cost a tenth of a run searched one by one). A group of
    None is always present (no prefilter).

    Each string of SHORT characters or more is filed under one of its pieces (its
    substrings of SHORT characters, or of LONG characters when it is that long), which the
    text must hold if it holds the string; only the strings filed under the text's pieces
    are then searched for (``in``), so the answers are exactly those of the searches.
    Shorter strings are searched for directly. Piece lengths (measured on the bench
    articles, the engine's and the idioms' indexes together): three letters ("ber", "kan")
    are in most articles, so most strings filed under them were searched for in every
    document (3.5 ms an article with 3 and 6, 6.5 with 3 alone); four and six, 2.75 ms."""

    SHORT = 4
    LONG = 6

    def __init__(self, groups: list[frozenset[str] | None]):
        self.size = len(groups)
        self.always = frozenset(i for i, group in enumerate(groups) if group is None)
        by_string: dict[str, list[int]] = {}
        for i, group in enumerate(groups):
            for string in group or ():
                by_string.setdefault(string, []).append(i)
        # A string's piece: the one fewest other strings hold, a guess at the rarest in a text.
        counts: dict[str, int] = {}
        for string in by_string:
            for piece in set(self._pieces_of(string)):
                counts[piece] = counts.get(piece, 0) + 1
        self.short: dict[str, list[int]] = {}
        # piece length -> piece -> the strings filed under it, with the groups that hold each
        self.filed: dict[int, dict[str, list[tuple[str, list[int]]]]] = {self.SHORT: {}, self.LONG: {}}
        for string, owners in by_string.items():
            if len(string) < self.SHORT:
                self.short[string] = owners
                continue
            piece = min(self._pieces_of(string), key=lambda p: counts[p])
            self.filed[len(piece)].setdefault(piece, []).append((string, owners))

    def _pieces_of(self, string: str) -> list[str]:
        n = self.LONG if len(string) >= self.LONG else self.SHORT
        return [string[k:k + n] for k in range(len(string) - n + 1)]

    def present(self, text: str) -> set[int]:
        """The indexes of the groups of which ``text`` holds a string (or that are None)."""
        found = set(self.always)
        for string, owners in self.short.items():
            if string in text:
                found.update(owners)
        for n, filed in self.filed.items():
            if not filed:
                continue
            for piece in _pieces(text, n) & filed.keys():
                for string, owners in filed[piece]:
                    if string in text:
                        found.update(owners)
        return found


# The last text cut into pieces, and its pieces by length: the engine and the lexicon checks
# ask about one document after another (a tuple: replaced whole).
_LAST_PIECES: tuple[str, dict[int, set[str]]] = ("", {})


def _pieces(text: str, n: int) -> set[str]:
    """The text's pieces of ``n`` characters."""
    global _LAST_PIECES
    last_text, pieces = _LAST_PIECES
    if last_text is not text:
        pieces = {}
        _LAST_PIECES = (text, pieces)
    found = pieces.get(n)
    if found is None:
        found = pieces[n] = {text[k:k + n] for k in range(len(text) - n + 1)}
    return found


def term_set(items: list, ignore_case: bool = True) -> TermSet:
    literals = [i for i in items if isinstance(i, str)]
    patterns = [compile_pattern(i["pattern"], ignore_case) for i in items if isinstance(i, dict)]
    words = WordSet(literals, ignore_case) if literals and WordSet.fits(literals, ignore_case) else None
    return TermSet(literal_regex(literals, ignore_case) if literals else None, patterns, words)


def adjacent(items: list, ignore_case: bool, after: bool) -> BoundedPattern:
    """A zero-width test, run with .match() at a match's end (``after``) or start: one of
    the terms follows (or precedes) it, separated by whitespace. Literal terms match whole
    words, any run of whitespace inside them; ``{pattern: ...}`` items are regexes."""
    branches = [r"\s+".join(regex.escape(w) for w in t.split()) for t in items if isinstance(t, str)]
    branches += [f"(?:{t['pattern']})" for t in items if isinstance(t, dict)]
    body = "|".join(sorted(branches, key=len, reverse=True)) or r"(?!x)x"
    test = rf"(?=\s+(?:{body}){RIGHT})" if after else rf"(?<={LEFT}(?:{body})\s+)"
    return compile_pattern(test, ignore_case)


# An escape not itself escaped: preceded by an even number of backslashes.
_UNESCAPED = r"(?<!\\)((?:\\\\)*)"
_PROPERTY = regex.compile(_UNESCAPED + r"\\([pP])(?:\{[^}]*\}|[A-Za-z])")
_NAMED_LIST = regex.compile(_UNESCAPED + r"\\L<\w+>")
# A named group: the regex module lets alternatives reuse a name ("(?P<office>Menteri)...|
# (?P<office>menteri)..."), the stdlib parser does not. Read as a plain group, the pattern
# needs the same strings (backreferences give none).
_GROUP_NAME = regex.compile(_UNESCAPED + r"\(\?P?<(?![=!])\w+>")
# regex-module syntax the stdlib parser takes for literal text: POSIX classes ([[:alpha:]]),
# fuzzy matching ({e<=1}), version 1 set operations and flags.
_MISREAD = regex.compile(r"\[:\^?\w+:\]|\{\s*[eisd]\s*[<=]|\{\s*\d*\s*<=?\s*[eisd]|\(\?[a-zA-Z]*V1|--\[|&&|\|\|")


def required_literals(pattern: str) -> frozenset[str] | None:
    """The literal prefilter of a pattern (see _read_literals), remembered across runs."""
    return _LITERALS.get(pattern, _read_literals)


def _literals_answer(value) -> bool:
    return value is None or (isinstance(value, frozenset) and all(isinstance(word, str) and word for word in value))


_LITERALS = parsecache.Memo("literal prefilters", "matching.py", _literals_answer)


def literal_prefixes(pattern: str) -> frozenset[str] | None:
    """What every match of ``pattern`` starts with (see _read_prefixes), remembered across
    runs: reading 400 patterns with the stdlib parser cost a cold process about 0.3 s."""
    return _PREFIXES.get(pattern, _read_prefixes)


_PREFIXES = parsecache.Memo("literal prefixes", "matching.py", _literals_answer)


def _read_prefixes(pattern: str) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` starts with, or None when
    none can be read off it (as _read_literals reads, after dropping look-behinds: they
    only narrow where a match may start). A pattern with them need only be tried where
    one is written (prefixed_places)."""
    import re._parser as sre_parse

    if _MISREAD.search(pattern):
        return None
    pattern = _PROPERTY.sub(lambda m: m.group(1) + ("\\W" if m.group(2) == "P" else "\\w"), pattern)
    pattern = _NAMED_LIST.sub(lambda m: m.group(1) + "\\w", pattern)
    pattern = _GROUP_NAME.sub(lambda m: m.group(1) + "(?:", pattern)
    try:
        found = _prefixes(sre_parse.parse(_without_lookbehinds(pattern)))
    except Exception:  # noqa: BLE001 - anything the stdlib parser cannot read: no prefixes
        return None
    return frozenset(s.casefold() for s in found) if found else None


def _prefixes(items) -> frozenset[str] | None:
    """What every match of a sequence of parsed pattern items starts with (zero-width
    assertions skipped), or None."""
    from re import _constants as sre  # type: ignore[attr-defined]

    run = ""
    for k, (op, arg) in enumerate(items):
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        folded = {chr(code).casefold() for kind, code in arg if kind is sre.LITERAL} if op is sre.IN else set()
        if len(folded) == 1 and all(kind is sre.LITERAL for kind, _ in arg):
            run += folded.pop()  # "[Jj]": one letter in either case (prefixes are case-folded)
            continue
        if run:
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the match starts at what follows
        if op is sre.SUBPATTERN:
            return _prefixes(arg[-1])
        if op is sre.BRANCH:
            branches = [_prefixes(b) for b in arg[1]]
            return None if any(b is None for b in branches) else frozenset().union(*(b for b in branches if b))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if arg[0] >= 1:
                return _prefixes(arg[2])
            # Optional ("(?:[Kk]epala\\s+)?Petugas"): it opens the match, or what follows does.
            optional, rest = _prefixes(arg[2]), _prefixes(list(items)[k + 1:])
            return None if optional is None or rest is None else optional | rest
        return None
    return frozenset({run}) if run else None


def _without_lookbehinds(pattern: str) -> str:
    """The pattern with its look-behind groups removed (balanced parentheses; escapes and
    character classes skipped)."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?<!", "(?<="), i):
            i = _group_end(pattern, i)
            continue
        step = 2 if pattern[i] == "\\" else 1
        if pattern[i] == "[":
            step = _class_end(pattern, i) - i
        out.append(pattern[i:i + step])
        i += step
    return "".join(out)


def _group_end(pattern: str, i: int) -> int:
    """The index after the group that opens at ``i``."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        depth += (c == "(") - (c == ")")
        i += 1
        if depth == 0:
            return i
    raise ValueError("unbalanced parentheses")


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that opens at ``i`` ("[]a]" and "[^]a]" hold "]")."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def prefixed_places(doc, prefixes: frozenset[str] | None) -> list[int] | None:
    """Sorted offsets where one of ``prefixes`` is written (case-folded), or None where a
    plain scan is as cheap (many places) or the folded text's offsets differ."""
    text = doc.folded
    if prefixes is None or len(text) != len(doc.plain):
        return None
    limit = max(8, len(text) // 100)  # a try at a place costs about what scanning 100 characters does
    places: set[int] = set()
    for prefix in prefixes:
        at = text.find(prefix)
        while at >= 0:
            places.add(at)
            if len(places) > limit:
                return None
            at = text.find(prefix, at + 1)
    return sorted(places)


def _read_literals(pattern: str) -> frozenset[str] | None:
    """Case-folded strings of which every match of `pattern` contains at least one,
    or None when no such set can be read off the pattern. A cheap prefilter: a
    document that contains none of them cannot match, so the regex need not run.

    Read with the standard library's regex parser, after Unicode properties (\\p{L})
    and named lists (\\L<name>) are read as a character class: neither is a literal,
    so this can only miss a requirement, never invent one. Other syntax only the
    `regex` module knows gives None, i.e. no prefilter, never a wrong skip.
    """
    import re._parser as sre_parse  # the parser behind re.compile
    from re import _constants as sre  # type: ignore[attr-defined]

    if _MISREAD.search(pattern):
        return None  # the stdlib would read these as literal text
    pattern = _PROPERTY.sub(lambda m: m.group(1) + ("\\W" if m.group(2) == "P" else "\\w"), pattern)
    pattern = _NAMED_LIST.sub(lambda m: m.group(1) + "\\w", pattern)
    pattern = _GROUP_NAME.sub(lambda m: m.group(1) + "(?:", pattern)

    def needs(items) -> frozenset[str] | None:
        """What a sequence of pattern items requires: its best literal run or child requirement."""
        candidates, run = [], ""
        for op, arg in items:
            if op is sre.LITERAL:
                run += chr(arg)
                continue
            if run:
                candidates.append(frozenset({run}))
                run = ""
            child = None
            if op is sre.SUBPATTERN:
                child = needs(arg[-1])
            elif op is sre.BRANCH:
                branches = [needs(b) for b in arg[1]]
                child = None if any(b is None for b in branches) else frozenset().union(*(b for b in branches if b))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
                child = needs(arg[2])
            elif op is sre.ASSERT and arg[0] == 1:  # a lookahead's text is in the document too
                child = needs(arg[1])
            if child:
                candidates.append(child)
        if run:
            candidates.append(frozenset({run}))
        # the requirement whose shortest alternative is longest filters best
        best = max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)), default=None)
        return best

    try:
        found = needs(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - anything the stdlib parser cannot read: no prefilter
        return None
    if not found or any(not s.strip() for s in found):
        return None
    return frozenset(s.casefold() for s in found)


def required_literal_groups(pattern: str) -> tuple[frozenset[str], ...]:
    """Every group of case-folded strings of which each match of ``pattern`` holds one
    (the literal prefilter is the best of them), remembered across runs: a text lacking
    every string of one group cannot match. Where the prefilter's word is common in news
    ("dalam"), another group's often is not."""
    return _GROUPS.get(pattern, _read_literal_groups)


def _groups_answer(value) -> bool:
    return isinstance(value, tuple) and all(_literals_answer(group) and group is not None for group in value)


_GROUPS = parsecache.Memo("literal groups", "matching.py", _groups_answer)


def _read_literal_groups(pattern: str) -> tuple[frozenset[str], ...]:
    """Read as _read_literals reads, keeping every requirement of a sequence instead of
    the best one (a branch still requires the union of its branches' best)."""
    import re._parser as sre_parse
    from re import _constants as sre  # type: ignore[attr-defined]

    if _MISREAD.search(pattern):
        return ()
    pattern = _PROPERTY.sub(lambda m: m.group(1) + ("\\W" if m.group(2) == "P" else "\\w"), pattern)
    pattern = _NAMED_LIST.sub(lambda m: m.group(1) + "\\w", pattern)
    pattern = _GROUP_NAME.sub(lambda m: m.group(1) + "(?:", pattern)

    def best(groups: list[frozenset[str]]) -> frozenset[str] | None:
        return max(groups, key=lambda c: (min(len(s) for s in c), -len(c)), default=None)

    def every(items) -> list[frozenset[str]]:
        groups, run = [], ""
        for op, arg in items:
            if op is sre.LITERAL:
                run += chr(arg)
                continue
            if run:
                groups.append(frozenset({run}))
                run = ""
            if op is sre.SUBPATTERN:
                groups += every(arg[-1])
            elif op is sre.BRANCH:
                branches = [best(every(b)) for b in arg[1]]
                if all(branches):
                    groups.append(frozenset(s for branch in branches if branch for s in branch))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
                groups += every(arg[2])
            elif op is sre.ASSERT and arg[0] == 1:  # a lookahead's text is in the document too
                groups += every(arg[1])
        if run:
            groups.append(frozenset({run}))
        return groups

    try:
        found = every(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - anything the stdlib parser cannot read: no groups
        return ()
    groups = {frozenset(s.casefold() for s in group) for group in found if all(s.strip() for s in group)}
    return tuple(sorted(groups, key=lambda g: sorted(g)))


# Unicode properties that hold no line break ("\n" is a control character, Cc): general
# categories of letters, marks, numbers, punctuation, symbols and separators.
_NO_NEWLINE_PROPERTY = regex.compile(r"(?:gc=|General_Category=)?(?:L[ultmo&]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?)")
# An inline flag group that turns on DOTALL or MULTILINE ("(?s)", "(?ms:...)").
_LINE_FLAGS = regex.compile(r"\(\?[a-zA-Z]*[sm][a-zA-Z]*[:)]")


def line_bound(pattern: str, flags: int = 0) -> bool:
    """Whether no part of ``pattern`` (look-arounds included) can match a line break, and it
    has no anchor but word boundaries: then every match, and every attempt, reads one line
    (up to the line break that stops it, and back to the one before it in a look-behind),
    so a search of that line alone (finditer_by_line) finds what a search of the whole text
    finds there. Read with the stdlib parser; whatever it cannot read is not line bound."""
    key = (pattern, flags)
    if key not in _LINE_BOUND:
        _LINE_BOUND[key] = _read_line_bound(pattern, flags)
    return _LINE_BOUND[key]


def _read_line_bound(pattern: str, flags: int) -> bool:
    import re._parser as sre_parse

    if flags & (regex.DOTALL | regex.MULTILINE) or _LINE_FLAGS.search(pattern) or _MISREAD.search(pattern):
        return False
    if _NAMED_LIST.search(pattern):
        return False  # a named list's words are not read here

    def as_class(m) -> str:
        name = m.group(0)[3:-1] if m.group(0).endswith("}") else m.group(0)[2:]
        return m.group(1) + ("\\w" if m.group(2) == "p" and _NO_NEWLINE_PROPERTY.fullmatch(name) else "\\n")

    try:
        return _holds_no_line_break(sre_parse.parse(_PROPERTY.sub(as_class, pattern)))
    except Exception:  # noqa: BLE001 - anything the stdlib parser cannot read: not line bound
        return False


def _holds_no_line_break(items) -> bool:
    """Whether no item of a parsed sequence (nor anything inside it) can match a line break."""
    from re import _constants as sre  # type: ignore[attr-defined]

    inner = {  # the sequences inside an item that holds others
        sre.SUBPATTERN: lambda arg: [arg[-1]], sre.BRANCH: lambda arg: arg[1],
        sre.MAX_REPEAT: lambda arg: [arg[2]], sre.MIN_REPEAT: lambda arg: [arg[2]],
        sre.POSSESSIVE_REPEAT: lambda arg: [arg[2]], sre.ASSERT: lambda arg: [arg[1]],
        sre.ASSERT_NOT: lambda arg: [arg[1]], sre.ATOMIC_GROUP: lambda arg: [arg],
    }
    for op, arg in items:
        if op is sre.LITERAL:
            bound = arg != 10
        elif op in (sre.ANY, sre.GROUPREF):
            bound = True  # "." stops at a line break without DOTALL; a backreference is its group's text
        elif op is sre.IN:
            bound = all(_class_item_holds_no_line_break(kind, value) for kind, value in arg)
        elif op is sre.AT:
            bound = arg in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)  # ^, $, \A, \Z: read off the searched slice's ends
        elif op in inner:
            bound = all(_holds_no_line_break(sequence) for sequence in inner[op](arg))
        else:
            bound = False  # NOT_LITERAL ([^x] holds a line break), conditionals, ...
        if not bound:
            return False
    return True


def _class_item_holds_no_line_break(kind, value) -> bool:
    from re import _constants as sre  # type: ignore[attr-defined]

    if kind is sre.LITERAL:
        return value != 10
    if kind is sre.RANGE:
        return not value[0] <= 10 <= value[1]
    # \w, \d, \S; a negated class ([^x]) and \s, \W, \D hold a line break
    return kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_SPACE)


# (pattern, flags) -> line_bound's answer: a rule's pattern is asked about once per document.
_LINE_BOUND: dict[tuple[str, int], bool] = {}


def finditer_by_line(pattern, doc, literals: frozenset[str] | None):
    """``pattern.finditer(doc.plain)``, searching only the lines that hold one of
    ``literals`` (the pattern's required_literals, one of which every match holds) when the
    pattern is line_bound: the same matches, without trying the pattern at every character
    of the lines that cannot hold one (a pattern opening with ``\\p{L}+`` costs about 3 µs a
    character)."""
    text = doc.plain
    if literals is None or len(doc.folded) != len(text) or not line_bound(pattern.pattern, pattern.flags):
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for word in literals:
        for at in _find_all(doc.folded, word):
            starts.add(text.rfind("\n", 0, at) + 1)
    for start in sorted(starts):
        end = text.find("\n", start)
        # The line with its break: a look-ahead at the line's end reads the break, as in the whole text.
        yield from pattern.finditer(text, start, len(text) if end < 0 else end + 1)


def compile_pattern(pattern: str, ignore_case: bool = False) -> BoundedPattern:
    """A pattern from a rule pack: every match it looks for runs under the time budget."""
    flags = regex.IGNORECASE | regex.FULLCASE if ignore_case else 0
    return BoundedPattern(pattern=pattern, flags=flags)


@dataclass
class Context:
    """Conditions on the text around a match (sentence, paragraph or document)."""

    window: str = "paragraph"
    neighbours: int = 0
    require_any: TermSet | None = None
    forbid_any: TermSet | None = None
    outside_quotes: bool = False
    # A require_any term in ``window`` will do; else ``require_window`` (wider) must hold
    # ``require_at_least`` different ones.
    require_window: str | None = None
    require_at_least: int = 1

    @classmethod
    def from_options(cls, options: dict | None) -> "Context":
        options = options or {}
        return cls(
            window=options.get("window", "paragraph"),
            neighbours=int(options.get("neighbours", 0)),
            require_any=term_set(options["require_any"]) if options.get("require_any") else None,
            forbid_any=term_set(options["forbid_any"]) if options.get("forbid_any") else None,
            outside_quotes=bool(options.get("outside_quotes", False)),
            require_window=options.get("require_window"),
            require_at_least=int(options.get("require_at_least", 1)),
        )

    def allows(self, doc, start: int, end: int) -> bool:
        if self.outside_quotes and doc.in_quotation(start, end):
            return False
        if not (self.require_any or self.forbid_any):
            return True
        window: Span = doc.window(self.window, start, self.neighbours)
        # A context term counts only where it is not the match itself.
        if self.forbid_any and self.forbid_any.occurs(doc, window.start, window.end, besides=(start, end)):
            return False
        if self.require_any and not self.require_any.occurs(doc, window.start, window.end, besides=(start, end)):
            if not self.require_window or self.require_window == self.window:
                return False
            # Not next to the match: the wider window (the article) must be about the topic,
            # i.e. name require_at_least different topic words, not one in passing.
            wide = doc.window(self.require_window, start, self.neighbours)
            if self.require_any.distinct(doc, wide.start, wide.end, (start, end), self.require_at_least) < self.require_at_least:
                return False
        return True
