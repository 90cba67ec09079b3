"""Names in news copy: finding capitalised name spans, gazetteers of known
entities, and the spelling-distance tests that the name rule types share.

A gazetteer file (rules/<lang>/data/*.yaml) lists entities with their
accepted spellings:

    kind: person                 # default kind for the file's entries
    entries:
      - name: Volodymyr Zelensky # canonical spelling, offered as the fix
        variants: [Zelenskyy, Zelensky, Volodymyr Zelenskyy]
      - Kim Jong Un              # a bare string: a name with no variants

Entries from different files (and CLDR country names) that share a spelling
are the same entity and are merged; the first source keeps its canonical
name, so a language pack lists its own files first ("Moskow" before
"Moscow" in Indonesian copy). Within one file a shared spelling is an error.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import parsecache, yamlmarks

KINDS = ("person", "place", "country", "outlet", "organisation", "staff")

# Option keys shared by the name rule types (JSON Schema properties).
OPTIONS = {
    "gazetteers": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "countries": {"type": "boolean"},
    "roster": {"type": "boolean"},
    "suffixes": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "particles": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "not_names": {"type": "array", "items": {"type": "string", "minLength": 1}},
}

_MARKS = regex.compile(r"\p{M}+")
_SPACES = regex.compile(r"\s+")

# A name token: a capitalised word (letters, digits, inner apostrophes and
# hyphens: O'Brien, Jean-Claude; a short lowercase prefix: al-Assad,
# d'Estaing), or a domain-like outlet name in any case (Kompas.com,
# detik.com, TRIBUNNEWS.COM, Tempo.co).
_DOMAIN = r"[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?i:com|co\.id|co\.uk|co|id|net|org|news|tv|info)"
_WORD = r"(?:\p{Ll}{1,3}['’-])?\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*"
_TOKEN = regex.compile(rf"(?<![\p{{L}}\p{{N}}_.@/])(?:(?P<domain>{_DOMAIN})|(?P<word>{_WORD}))(?![\p{{L}}\p{{N}}_@/]|\.[\p{{L}}\p{{N}}])")
_POSSESSIVE = regex.compile(r"['’]s?$")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_'’.-])\p{Ll}[\p{L}\p{M}]*")
# One to three lowercase particles between name words: "bin", "von der", "de la".
_PARTICLE_GAP = regex.compile(r"[ \u00a0]+(\p{Ll}+(?:[ \u00a0]+\p{Ll}+){0,2})[ \u00a0]+")
_OPENERS = "\"'“‘«([–—-:"


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: 'Erdoğan' and 'ERDOGAN' fold alike."""
    if text.isascii():
        # The same key, cheaper (word lists fold 40,000 words at start): ASCII has no
        # marks to strip, nothing to decompose, and its case folding is lower().
        return _SPACES.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text)
    text = _MARKS.sub("", text).casefold().replace("’", "'")
    return _SPACES.sub(" ", text).strip()


# -- tokens and spans ------------------------------------------------------
@dataclass
class Token:
    start: int
    end: int
    text: str
    key: str
    domain: bool
    initial: bool  # first word of a sentence, line or quotation: capitalised anyway
    particle: bool = False  # a lowercase "bin", "van" inside a name


@dataclass
class NameSpan:
    tokens: list[Token]

    def key(self, i: int, j: int) -> str:
        return " ".join(t.key for t in self.tokens[i:j])

    def whole_words(self, i: int, j: int) -> bool:
        """A name neither starts nor ends with a particle ("bin" is no name; BIN is)."""
        return not (self.tokens[i].particle or self.tokens[j - 1].particle)


def _initial(plain: str, start: int, sentence_starts: set[int]) -> bool:
    if start in sentence_starts:
        return True
    before = plain[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in "\n\r" or before[-1] in _OPENERS


_FIRST_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


def memo(doc, key, make):
    """A value computed once per document (name spans, lowercase words): the
    name and place rules all read them, and a Document does not change."""
    return doc.memo(("names", key), make)


def name_spans(doc, particles: frozenset[str] = frozenset()) -> list[NameSpan]:
    """Runs of name tokens separated by single spaces (plus lowercase particles
    such as 'bin' or 'van' between two capitalised tokens). Computed once per
    document and set of particles; callers must not change the result."""
    return memo(doc, ("spans", particles), lambda: _name_spans(doc, particles))


def _name_spans(doc, particles: frozenset[str]) -> list[NameSpan]:
    plain = doc.plain
    sentence_starts = set()
    for sentence in doc.sentences:
        m = _FIRST_WORD_CHAR.search(plain, sentence.start, sentence.end)
        if m:
            sentence_starts.add(m.start())
    spans: list[NameSpan] = []
    current: list[Token] = []

    def joined(gap: str) -> bool:
        # Spaces only (masked inline markup is spaces too: "<b>Joko</b> Widodo").
        if gap and not gap.strip(" \u00a0"):
            return True
        m = _PARTICLE_GAP.fullmatch(gap)
        return bool(m and all(word in particles for word in m.group(1).split()))

    for m in _TOKEN.finditer(plain):
        text, domain = m.group(), bool(m.group("domain"))
        possessive = None if domain else _POSSESSIVE.search(text)
        if possessive:
            text = text[: possessive.start()]
        if not text:
            continue
        token = Token(m.start(), m.start() + len(text), text, fold(text), domain, _initial(plain, m.start(), sentence_starts))
        gap = plain[current[-1].end : token.start] if current else ""
        if current and not domain and not current[-1].domain and joined(gap):
            particle = _PARTICLE_GAP.fullmatch(gap)
            if particle:
                # Keep "bin" in "Mohammed bin Salman": known spellings include it.
                gap_start = current[-1].end
                for word in regex.finditer(r"\p{Ll}+", gap):
                    current.append(Token(gap_start + word.start(), gap_start + word.end(), word.group(), word.group(), False, False, True))
            current.append(token)
        else:
            if current:
                spans.append(NameSpan(current))
            current = [token]
        if possessive:
            # A possessive ends the name: "Putin's Russia" is not one name.
            spans.append(NameSpan(current))
            current = []
    if current:
        spans.append(NameSpan(current))
    return spans


def lowercase_words(doc) -> set[str]:
    """Words that also occur in lower case: ordinary words, not names (once per document)."""
    return memo(doc, "lowercase", lambda: {fold(m.group()) for m in _LOWER_WORD.finditer(doc.plain)})


# -- spelling distance -----------------------------------------------------
def inflected(a: str, b: str, suffixes: tuple[str, ...]) -> bool:
    """True when one word is the other plus an inflection or derivation
    suffix ('Rusia'/'Rusianya', 'Russia'/'Russian'): a different word form,
    not a misspelling."""
    if a != b and a.replace("-", "") == b.replace("-", ""):
        return True  # "Instagram-nya" / "Instagramnya": one word, hyphenated or not
    short, long = sorted((a, b), key=len)
    if not long.startswith(short):
        return False
    rest = long[len(short) :]
    return rest.lstrip("-'") in suffixes or rest in suffixes


def token_limit(length: int) -> int:
    """Edits allowed between two spellings of one word of this length."""
    if length < 5:
        return 0
    return 1 if length < 10 else 2


def near_tokens(a: str, b: str, suffixes: tuple[str, ...], limit: int | None = None) -> bool:
    """Two spellings close enough to be one name misspelt, and not merely
    a different word form or a different short name."""
    if a == b:
        return False
    shortest = min(len(a), len(b))
    allowed = token_limit(shortest) if limit is None else limit
    if allowed == 0 or inflected(a, b, suffixes):
        return False
    # Names that differ in their first letter are usually different names
    # (Haris/Paris); only long ones get the benefit of the doubt.
    if a[0] != b[0]:
        if shortest < 8:
            return False
        allowed = 1
    return OSA.distance(a, b, score_cutoff=allowed) <= allowed


# -- gazetteers ------------------------------------------------------------
@dataclass
class Entry:
    canonical: str
    kind: str
    forms: list[str] = field(default_factory=list)  # written spellings, canonical first


class KnownSpellings(Protocol):
    """What cover_known looks names up in: the entity a folded spelling names, or None
    (a Gazetteer gives an entry index, geodata.Places the key itself)."""

    def entry_id(self, key: str) -> Hashable | None: ...


class Gazetteer:
    """Known entities, indexed by the folded form of every accepted spelling."""

    def __init__(self):
        self.entries: list[Entry] = []
        self.index: dict[str, int] = {}
        self.written: dict[str, str] = {}  # folded spelling -> as the source writes it
        self._by_length: dict[int, list[str]] | None = None
        self._near: dict[int, dict[tuple, list[int]]] | None = None  # near()'s index, by number of words

    def add_source(self, items: list[tuple[str, list[str], str]], label: str, strict: bool = True) -> None:
        """items: (canonical, variants, kind). Spellings shared with an
        earlier source merge into that entity; shared within one source is an
        error (strict) or, for data we do not write (CLDR), left out."""
        own: dict[str, str] = {}
        for canonical, variants, kind in items:
            forms = [canonical] + [v for v in variants if v]
            if not strict:
                forms = [f for f in forms if own.get(fold(f), canonical) == canonical]
                if not forms:
                    continue
                canonical = forms[0]
            keys = [fold(f) for f in forms]
            for key, form in zip(keys, forms):
                if key in own and own[key] != canonical:
                    raise ValueError(f"{label}: {form!r} is listed under both {own[key]!r} and {canonical!r}")
                own[key] = canonical
            existing = next((self.index[k] for k in keys if k in self.index), None)
            if existing is None:
                self.entries.append(Entry(canonical, kind, []))
                existing = len(self.entries) - 1
            entry = self.entries[existing]
            for key, form in zip(keys, forms):
                if key not in self.index:
                    self.index[key] = existing
                    self.written[key] = form
                    entry.forms.append(form)
        self._by_length = None
        self._near = None

    def get(self, key: str) -> Entry | None:
        i = self.index.get(key)
        return self.entries[i] if i is not None else None

    def entry_id(self, key: str) -> int | None:
        return self.index.get(key)

    def forms_with(self, ntokens: int) -> list[str]:
        if self._by_length is None:
            self._by_length = {}
            for key in self.index:
                self._by_length.setdefault(key.count(" ") + 1, []).append(key)
        return self._by_length.get(ntokens, [])

    def near(self, key: str, suffixes: tuple[str, ...]) -> tuple[str, int] | None:
        """The known spelling (folded) that `key` most likely misspells, or None: the
        closest one (the first listed among equals) that ``_misspelt`` accepts. Only the
        spellings that can pass it are looked at (``_candidates``), not every known name."""
        words = key.split(" ")
        choices = self.forms_with(len(words))
        if not choices:
            return None
        best = None
        for i in self._candidates(words):
            form = choices[i]
            distance = OSA.distance(key, form, score_cutoff=4)
            if distance > 4 or (best is not None and distance >= best[1]):
                continue
            if _misspelt(words, form.split(" "), self.entries[self.index[form]].kind, suffixes):
                best = (form, distance)
        return best

    def near_scan(self, key: str, suffixes: tuple[str, ...]) -> tuple[str, int] | None:
        """``near`` by scoring every known name of the same number of words (the plain way; tests compare)."""
        words = key.split(" ")
        choices = self.forms_with(len(words))
        if not choices:
            return None
        best = None
        for form, distance, _ in process.extract(key, choices, scorer=OSA.distance, score_cutoff=4, limit=None):
            entry = self.entries[self.index[form]]  # form is one of forms_with's keys of the index
            if _misspelt(words, form.split(" "), entry.kind, suffixes) and (best is None or distance < best[1]):
                best = (form, distance)
        return best

    def _candidates(self, words: list[str]) -> list[int]:
        """Indexes (in ``forms_with`` order) of the spellings ``_misspelt`` could accept for
        these words. A name of several words shares one word, in its place, with the known
        name. One word: within two edits, so its length is within two; with the same first
        letter, else (long words, one edit) the same but for that first letter."""
        index = self._near_index(len(words))
        if len(words) > 1:
            found: set[int] = set()
            for position, word in enumerate(words):
                found.update(index.get((position, word), ()))
            return sorted(found)
        word = words[0]
        found = set()
        for length in range(len(word) - 2, len(word) + 3):
            found.update(index.get((word[:1], length), ()))
        # One edit at the first letter: replaced, dropped, added, or swapped with the second.
        for tail in (word[1:], word, word[:1] + word[2:]):
            found.update(index.get(("tail", tail), ()))
        found.update(index.get(("whole", word[1:]), ()))
        return sorted(found)

    def _near_index(self, ntokens: int) -> dict[tuple, list[int]]:
        if self._near is None:
            self._near = {}
        if ntokens not in self._near:
            table: dict[tuple, list[int]] = {}
            for i, form in enumerate(self.forms_with(ntokens)):
                if ntokens > 1:
                    for position, word in enumerate(form.split(" ")):
                        table.setdefault((position, word), []).append(i)
                else:
                    table.setdefault((form[:1], len(form)), []).append(i)
                    table.setdefault(("tail", form[1:]), []).append(i)
                    table.setdefault(("whole", form), []).append(i)
            self._near[ntokens] = table
        return self._near[ntokens]


def misspells(words: list[str], known: list[str], kind: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a name (its folded words) is a misspelling of a known name of
    the same number of words and this kind (person names are held to longer words)."""
    return _misspelt(words, known, kind, suffixes)


def _misspelt(words: list[str], known: list[str], kind: str, suffixes: tuple[str, ...]) -> bool:
    if len(words) == 1:
        word, form = words[0], known[0]
        # Short single names collide with ordinary words and other people's
        # surnames (Haris/Harris, Schulz/Scholz): only long ones are matched.
        if len(form) < (7 if kind in ("person", "staff") else 6):
            return False
        return near_tokens(word, form, suffixes)
    same = sum(1 for w, k in zip(words, known) if w == k)
    if same == 0:
        return False
    total = 0
    for w, k in zip(words, known):
        if w == k:
            continue
        shortest = min(len(w), len(k))
        # Inside a multi-word name one word may carry more errors: the
        # other words already anchor the match (Andriy/Andari Wulan ...).
        limit = max(1, shortest // 3)
        # Short words (Wong/Wang, Lee/Li) are different names, not typos; but two
        # neighbouring letters swapped (Kier/Keir, Jhon/John) is a typing slip.
        if shortest < 5:
            if not _transposed(w, k):
                return False
        elif not near_tokens(w, k, suffixes, limit):
            return False
        total += OSA.distance(w, k)
    return total <= 3


def transposed(a: str, b: str) -> bool:
    """True when b is a with two adjacent letters swapped (words of 4+ letters): a typing slip."""
    return _transposed(a, b)


def _transposed(a: str, b: str) -> bool:
    """True when b is a with two adjacent letters swapped (words of 4+ letters)."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _items_from_yaml(data, label: str, default_kind: str) -> list[tuple[str, list[str], str]]:
    if isinstance(data, dict):
        default_kind = data.get("kind", default_kind)
        data = data.get("entries", data.get("staff", data.get("names")))
    if not isinstance(data, list):
        raise ValueError(f"{label}: expected a list of entries (or a mapping with 'entries')")
    items: list[tuple[str, list[str], str]] = []
    for i, raw in enumerate(data):
        if isinstance(raw, str):
            items.append((raw, [], default_kind))
        elif isinstance(raw, dict) and isinstance(raw.get("name"), str):
            unknown = sorted(set(raw) - {"name", "variants", "kind"})
            if unknown:
                # Most often an unquoted comma in a YAML flow mapping.
                raise ValueError(f"{label}: entry {i + 1} ({raw['name']}): unknown key {unknown[0]!r} (quote names with commas)")
            variants = raw.get("variants", [])
            if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
                raise ValueError(f"{label}: entry {i + 1} ({raw['name']}): variants must be a list of strings")
            kind = raw.get("kind", default_kind)
            if kind not in KINDS:
                raise ValueError(f"{label}: entry {i + 1} ({raw['name']}): unknown kind {kind!r}")
            items.append((raw["name"], variants, kind))
        else:
            raise ValueError(f"{label}: entry {i + 1} must be a name or a mapping with 'name'")
    return items


@lru_cache(maxsize=16)
def word_list(path: str) -> frozenset[str]:
    """The folded words of a word list file (one a line; # starts a comment); from the
    parse cache when the file is unchanged (folding 30,000 words cost more than reading them)."""
    try:
        data = Path(path).read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read word list {path}: {exc}") from None
    key = parsecache.key(data, "names.py") if parsecache.enabled() else None
    found = parsecache.load(key) if key else None
    if isinstance(found, frozenset):
        return found
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as open() reads lines
    words = frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))
    if key:
        parsecache.store(key, words)
    return words


def read_gazetteer_file(path: str, default_kind: str = "person") -> tuple:
    return _read_gazetteer_file(path, _mtime(path), default_kind)


def _mtime(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


@lru_cache(maxsize=64)
def _read_gazetteer_file(path: str, mtime: float, default_kind: str) -> tuple:
    # Keyed by modification time: a server picks up an edited roster.
    try:
        data = yamlmarks.safe_load(Path(path).read_text(encoding="utf-8"), cache=True)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read gazetteer {path}: {exc}") from None
    except yamlmarks.YamlError as exc:
        raise ValueError(f"{path}:{exc.line}:{exc.column}: {exc.message}") from None
    return tuple(_items_from_yaml(data, path, default_kind))


@lru_cache(maxsize=16)
def country_items(locale: str) -> tuple:
    """CLDR country and region names for a locale, with the English name as
    a variant (wire copy often keeps it): Babel's territories."""
    from babel import Locale, UnknownLocaleError

    try:
        local = Locale.parse(locale.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return ()
    english = Locale("en").territories
    items = []
    for code, name in sorted(local.items()):
        # Two-letter codes are countries and areas; XA/XB are pseudo-locales, ZZ unknown.
        if len(code) != 2 or code in ("XA", "XB", "ZZ"):
            continue
        names = _cldr_names(name) + _cldr_names(english.get(code, ""))
        if names:
            items.append((names[0], names[1:], "country"))
    return tuple(items)


_CLDR_ALIAS = regex.compile(r"(.+?) \((.+)\)")  # compiled once: every territory name of a locale is read


def _cldr_names(name: str) -> list[str]:
    # "Myanmar (Burma)" is two names; "Kongo - Kinshasa" is a disambiguated
    # display form that copy never uses, so it is left out.
    if not name or " - " in name:
        return []
    m = _CLDR_ALIAS.fullmatch(name)
    return [m.group(1), m.group(2)] if m else [name]


def build(files: list[str], locale: str | None, roster: str | None) -> Gazetteer:
    stamps = tuple(_mtime(p) for p in files) + ((_mtime(roster),) if roster else ())
    return _build(tuple(files), locale, roster, stamps)


@lru_cache(maxsize=32)
def _build(files: tuple, locale: str | None, roster: str | None, stamps: tuple) -> Gazetteer:
    gazetteer = Gazetteer()
    if roster:
        gazetteer.add_source(list(read_gazetteer_file(roster, "staff")), roster)
    for path in files:
        gazetteer.add_source(list(read_gazetteer_file(path)), path)
    if locale:
        gazetteer.add_source(list(country_items(locale)), f"CLDR territories ({locale})", strict=False)
    return gazetteer


# -- what both name rule types share ---------------------------------------
class NameRules:
    """Options common to the name rule types, resolved against the pack and settings."""

    def __init__(self, options: dict, env):
        self.files = [str(env.resolve(p)) for p in options.get("gazetteers", [])]
        self.countries = options.get("countries", True)
        roster = env.settings.get("roster") if options.get("roster", True) else None
        # A roster named in the config but not (yet) there is no roster; a
        # roster that is there but broken is an error.
        self.roster = str(roster) if roster and Path(roster).is_file() else None
        self.suffixes = tuple(fold(s) for s in options.get("suffixes", []))
        self.particles = frozenset(fold(p) for p in options.get("particles", []))
        self.not_names = frozenset(fold(w) for w in options.get("not_names", [])) | _stopwords(env)
        self.locale = env.locale if env.language != "any" else None
        # Build now: a broken gazetteer must fail when packs load, naming the rule.
        build(self.files, self.locale if self.countries else None, self.roster)

    def gazetteer(self, doc) -> Gazetteer:
        """The gazetteer for ``doc``, asked once per document for all the rules with the same
        files: each build stats its files (an edited roster is read again), which cost the
        name and place rules more than their look-ups when every rule asked."""
        locale = (self.locale or doc.language) if self.countries else None
        return doc.memo(("gazetteer", tuple(self.files), locale, self.roster),
                        lambda: build(self.files, locale, self.roster))


def _stopwords(env) -> frozenset[str]:
    """Function words of the pack's language profile (rules/<lang>/language.yaml):
    capitalised only because they open a sentence, never names."""
    words: set[str] = set(env.stopwords)
    # Weekday and month names (CLDR) are capitalised but name no one.
    if env.language != "any" and env.locale:
        from babel import Locale, UnknownLocaleError

        try:
            locale = Locale.parse(env.locale.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            locale = None
        if locale is not None:
            for table in (locale.days, locale.months):
                for context in table.values():
                    for names in context.values():
                        words |= set(names.values())
    return frozenset(fold(w) for w in words)


def cover_known(spans: list[NameSpan], gazetteer: KnownSpellings, max_tokens: int = 6, doc=None):
    """For each span, the entity (index) each token belongs to, matching the
    longest known spelling first ('Korea Utara' is one entity, not 'Korea'),
    and the matches themselves: (span index, first token, end token, entity, key).
    With ``doc`` (whose name_spans ``spans`` are), computed once per document for all
    the name rules that share a gazetteer; callers must not change the result."""
    if doc is not None:
        return memo(doc, ("cover", id(spans), gazetteer, max_tokens), lambda: _cover_known(spans, gazetteer, max_tokens))
    return _cover_known(spans, gazetteer, max_tokens)


def _cover_known(spans: list[NameSpan], gazetteer: KnownSpellings, max_tokens: int):
    covered = []
    matches = []
    for index, span in enumerate(spans):
        n = len(span.tokens)
        owner: list[Hashable | None] = [None] * n
        for size in range(min(n, max_tokens), 0, -1):
            for i in range(0, n - size + 1):
                if any(o is not None for o in owner[i : i + size]) or not span.whole_words(i, i + size):
                    continue
                key = span.key(i, i + size)
                entry = gazetteer.entry_id(key)
                if entry is not None:
                    owner[i : i + size] = [entry] * size
                    matches.append((index, i, i + size, entry, key))
        covered.append(owner)
    return covered, sorted(matches, key=lambda m: spans[m[0]].tokens[m[1]].start)


def _parts(key: str) -> list[tuple[str, str]]:
    """'kim jong-un' -> [('', 'kim'), (' ', 'jong'), ('-', 'un')]."""
    pieces = regex.split(r"([ -])", key)
    return [("" if i == 0 else pieces[i - 1], pieces[i]) for i in range(0, len(pieces), 2)]


def spelling_variants(a: str, b: str) -> bool:
    """Two accepted spellings of one entity that differ in spelling, not in
    length: 'Zelensky'/'Volodymyr Zelenskyy', 'Kim Jong Un'/'Kim Jong-un',
    'Moskow'/'Moscow' - but not 'Putin'/'Vladimir Putin' (a short form) nor
    'Tiongkok'/'China' (another name)."""
    pa, pb = _parts(a), _parts(b)
    if len(pa) < len(pb):
        pa, pb = pb, pa
    tail = pa[len(pa) - len(pb) :]
    differs = False
    for k, ((sep_a, word_a), (sep_b, word_b)) in enumerate(zip(tail, pb)):
        if k and sep_a != sep_b:
            differs = True
        if word_a != word_b:
            # Both spellings are known for this entity already, so two edits
            # are fine (Kyiv/Kiev, Kharkiv/Kharkov); another first letter is
            # another name (Beijing/Peking).
            shortest = min(len(word_a), len(word_b))
            if shortest < 4 or word_a[0] != word_b[0] or OSA.distance(word_a, word_b) > max(2, shortest // 3):
                return False
            differs = True
    return differs
