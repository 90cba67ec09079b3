"""Spelling-only "dynamic languages" for LanguageTool, and the noise filter they need.

LanguageTool's server accepts ``lang-xx=Name`` and ``lang-xx-dictPath=/abs/x.dic``
in its configuration; a ``.dic`` path is read as a hunspell dictionary (the
``.aff`` beside it) and the server also wants a ``common_words.txt`` in the same
folder. rules/<lang>/data/languagetool.yaml says which dictionary a language uses;
its common words come from the language profile's stopwords.

A bare dictionary flags every name, acronym and derived form it lacks, so
matches in these languages go through :class:`NoiseFilter`. A language may
also name a word list (``word_list``: roots, one per line, beside the data
file) and its affix rules (``morphology``): a flagged word is accepted when it
is in the list or derives from a word of it by those rules (:class:`Morphology`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import regex
from rapidfuzz.distance import OSA

from .. import packs, paths, yamlmarks

DATA_NAME = "languagetool.yaml"
# Closest a suggestion must be for a capitalised word to be a misspelled name
# rather than an unknown one, in edits with swaps counted once ("Ukraaina" -> "Ukraina" is 1; "Putin" -> "Rutin" is 1
# but "Rutin" is no proper noun; "Vladimir" -> "Admiral" is far). Words shorter
# than 8 letters get one edit.
MAX_NAME_DISTANCE = 2


_VOWELS = "aeiou"


@dataclass(frozen=True)
class Morphology:
    """Affix rules of a language, as data (rules/<lang>/data/languagetool.yaml ``morphology``),
    to find the roots a word may derive from. Indonesian:

        particles: [lah, kah, tah, pun]       # outermost suffixes
        possessives: [nya, ku, mu]
        suffixes: [kan, an, i]                # derivational, innermost
        prefixes: [di, ke, se, ter, ber, per, ...]   # at most two, outermost first
        nasal_prefixes: [me, pe]              # meN-, peN-
        nasal_replaced: {m: p, n: t, ng: k, ny: s}   # mem+ukul <- pukul, meng+irim <- kirim
        nasal_keeps: {m: [b, f, v, pr, pl], n: [c, d, j, z, sy, tr], ng: [g, h, kh, kl, kr]}
        nasal_as_is: [l, m, n, r, w, y]       # me+lihat, me+rasa, pe+nyanyi: no nasal added
        r_prefixes: [be, te, pe]              # ber-, ter-, per- before a root in r: be+renang

    A nasal prefix before a vowel restores the letter the nasal replaced
    (menulis -> tulis, memukul -> pukul, mengambil -> ambil or kambil); before
    a consonant the root keeps it only where the language does (membawa,
    mendengar, menggali, memproduksi). So "mengkonsumsi" and "memposting",
    which keep a k or p the standard language drops, derive from nothing.
    Hyphenated words (reduplication "fitur-fitur", "berjalan-jalan",
    "anti-inflamasi") are known when every part is, a bare prefix counting as known.
    """

    particles: tuple[str, ...] = ()
    possessives: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    nasal_prefixes: tuple[str, ...] = ()
    nasal_replaced: tuple[tuple[str, str], ...] = ()
    nasal_keeps: tuple[tuple[str, tuple[str, ...]], ...] = ()
    nasal_as_is: tuple[str, ...] = ()
    r_prefixes: tuple[str, ...] = ()
    min_root: int = 3

    @classmethod
    def from_data(cls, data: dict | None) -> "Morphology | None":
        if not isinstance(data, dict):
            return None
        words = lambda key: tuple(str(w).casefold() for w in data.get(key, []))  # noqa: E731
        return cls(
            particles=words("particles"), possessives=words("possessives"), suffixes=words("suffixes"),
            prefixes=words("prefixes"), nasal_prefixes=words("nasal_prefixes"),
            nasal_replaced=tuple(sorted((str(k), str(v)) for k, v in data.get("nasal_replaced", {}).items())),
            nasal_keeps=tuple(sorted((str(k), tuple(map(str, v))) for k, v in data.get("nasal_keeps", {}).items())),
            nasal_as_is=words("nasal_as_is"), r_prefixes=words("r_prefixes"),
        )

    def _strip_suffixes(self, word: str) -> set[str]:
        forms = {word}
        for layer in (self.particles, self.possessives, self.suffixes):
            forms |= {f[: -len(s)] for f in forms for s in layer if f.endswith(s) and len(f) - len(s) >= self.min_root}
        return forms

    def _strip_prefix(self, word: str) -> set[str]:
        """Forms of ``word`` with one prefix removed."""
        out = {word[len(p):] for p in self.prefixes if word.startswith(p)}
        out |= {word[len(p):] for p in self.r_prefixes if word.startswith(p + "r")}
        replaced = dict(self.nasal_replaced)
        keeps = dict(self.nasal_keeps)
        for prefix in self.nasal_prefixes:
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix):]
            if rest[:1] in self.nasal_as_is:
                out.add(rest)  # me+lihat, me+nanti, pe+nyanyi
            for nasal in sorted(replaced, key=len, reverse=True):
                if not rest.startswith(nasal):
                    continue
                after = rest[len(nasal):]
                if after[:1] in _VOWELS and after:
                    out.add(replaced[nasal] + after)  # men+ulis <- tulis
                    if nasal == "ng":
                        out.add(after)  # meng+ambil
                        if after.startswith("e"):
                            out.add(after[1:])  # menge+bom
                elif any(after.startswith(k) for k in keeps.get(nasal, ())):
                    out.add(after)  # mem+bawa, mem+produksi
                break
        return {f for f in out if len(f) >= self.min_root}

    def roots(self, word: str) -> set[str]:
        """Every form ``word`` may derive from (itself excluded): affixes and up to two prefixes removed."""
        word = word.casefold()
        found = set()
        for form in self._strip_suffixes(word):
            found.add(form)
            for once in self._strip_prefix(form):
                found.add(once)
                found |= self._strip_prefix(once)
        # A circumfix leaves a root with a suffix of its own removed too (ke-adil-an, per-tanggung-jawab-an).
        found |= {f for form in list(found) for f in self._strip_suffixes(form)}
        found.discard(word)
        return found

    def known(self, word: str, lexicon: frozenset[str]) -> bool:
        """Whether ``word`` is in the lexicon or derives from a word of it (every part of a hyphenated word)."""
        parts = [p for p in word.casefold().split("-") if p]
        if not parts:
            return False
        return all(p in lexicon or (len(parts) > 1 and p in self.prefixes)
                   or any(r in lexicon for r in self.roots(p)) for p in parts)


@lru_cache(maxsize=8)
def word_list(path: Path) -> frozenset[str]:
    """A word list beside a data file: one word per line, # comments; read once, on first use."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=8)
def _union(paths: tuple[Path, ...], words: frozenset[str]) -> frozenset[str]:
    return frozenset().union(words, *(word_list(p) for p in paths))


def _as_list(value) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


@dataclass
class DynamicLanguage:
    code: str
    name: str
    dictionary: Path  # the copy in the cache, beside its .aff and common_words.txt
    strip_prefixes: tuple[str, ...] = ()
    loanword_languages: tuple[str, ...] = ()
    strip_suffixes: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()  # known correct words, casefolded
    proper_nouns: frozenset[str] = frozenset()  # capitalised dictionary entries
    word_lists: tuple[Path, ...] = ()  # e.g. roots and frequent words (tools/id_words.py), read on first use
    morphology: Morphology | None = None

    @property
    def lexicon(self) -> frozenset[str]:
        return _union(self.word_lists, self.words)

    def knows(self, word: str) -> bool:
        """In the word list, or derived from a word of it by the language's affix rules."""
        lexicon = self.lexicon
        if word.casefold() in lexicon:
            return True
        return self.morphology is not None and self.morphology.known(word, lexicon)

    def server_properties(self) -> dict[str, str]:
        return {f"lang-{self.code}": self.name, f"lang-{self.code}-dictPath": str(self.dictionary)}


def _data_files() -> list[Path]:
    return sorted(packs.bundled_rules_dir().glob(f"*/data/{DATA_NAME}"))


def _read_yaml(path: Path):
    try:
        return yamlmarks.safe_load(path.read_text(encoding="utf-8"), cache=True)
    except (OSError, UnicodeDecodeError, yamlmarks.YamlError):
        return None


def gazetteer_words(code: str) -> frozenset[str]:
    """Words of the names in gazetteer files (rules/<code>/data, rules/common/data): known, not misspelled."""
    words: set[str] = set()
    root = packs.bundled_rules_dir()
    for folder in (root / code / "data", root / "common" / "data"):
        for path in sorted(folder.glob("*.y*ml")):
            data = _read_yaml(path)
            entries = data.get("entries", data.get("names")) if isinstance(data, dict) else None
            for entry in entries if isinstance(entries, list) else []:
                spellings = [entry] if isinstance(entry, str) else [entry.get("name", "")] + list(entry.get("variants", []))
                for spelling in spellings:
                    words.update(w.casefold() for w in regex.findall(r"\p{L}+", str(spelling)))
    return frozenset(words)


@lru_cache(maxsize=16)
def known_words(code: str | None) -> frozenset[str]:
    """Correct words for spelling: the data file's ``words`` plus the gazetteers' names."""
    if not code:
        return frozenset()
    return frozenset(w.casefold() for w in defaults(code).get("words", [])) | gazetteer_words(code)


def _stopwords(code: str) -> list[str]:
    data = _read_yaml(packs.bundled_rules_dir() / code / "language.yaml")
    return list(data.get("stopwords", [])) if isinstance(data, dict) else []


def _proper_nouns(dic: Path) -> frozenset[str]:
    names = set()
    with dic.open(encoding="utf-8", errors="replace") as handle:
        next(handle, None)  # first line: entry count
        for line in handle:
            word = line.split("/", 1)[0].strip()
            if word[:1].isupper() and not word.isupper():
                names.add(word)
    return frozenset(names)


def defaults(code: str | None) -> dict:
    """rules/<code>/data/languagetool.yaml: request defaults for a language (e.g. disabled_rules)."""
    data = _read_yaml(packs.bundled_rules_dir() / (code or "-") / "data" / DATA_NAME) if code else None
    return data if isinstance(data, dict) else {}


def prepare(cache_folder: Path | None) -> list[DynamicLanguage]:
    """Dynamic languages whose dictionary is on this machine, copied into ``cache_folder/dynamic``
    for a server to load; with no folder, only read (to filter what a remote server reports)."""
    found = []
    for data_file in _data_files():
        code = data_file.parent.parent.name
        data = _read_yaml(data_file)
        if not isinstance(data, dict) or not data.get("dictionaries"):
            continue
        source = next((Path(p) for p in data.get("dictionaries", []) if Path(p).is_file() and Path(p).with_suffix(".aff").is_file()), None)
        if source is None:
            continue
        target = source
        if cache_folder is not None:
            folder = cache_folder / "dynamic" / code
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / source.name
            for src, dst in ((source, target), (source.with_suffix(".aff"), target.with_suffix(".aff"))):
                if not dst.is_file() or dst.stat().st_mtime < src.stat().st_mtime:
                    _replace(dst, src.read_bytes())
            words = ("\n".join(_stopwords(code)) + "\n").encode("utf-8")
            common = folder / "common_words.txt"
            if not common.is_file() or common.read_bytes() != words:
                _replace(common, words)
        found.append(DynamicLanguage(
            code=code,
            name=str(data.get("name", code)),
            dictionary=target,
            strip_prefixes=tuple(data.get("strip_prefixes", [])),
            loanword_languages=tuple(data.get("loanword_languages", [])),
            strip_suffixes=tuple(data.get("strip_suffixes", [])),
            words=known_words(code),
            proper_nouns=_proper_nouns(target),
            word_lists=tuple(data_file.parent / str(name) for name in _as_list(data.get("word_list"))),
            morphology=Morphology.from_data(data.get("morphology")),
        ))
    return found


def _replace(path: Path, data: bytes) -> None:
    """Write a file whole or not at all: two qa-lint processes (test workers, a server and a
    CLI run) may prepare the same folder while a LanguageTool server reads it."""
    paths.replace_file(path, data)


@lru_cache(maxsize=64)
def _word_re(word: str):
    return regex.compile(r"(?<!\p{L})" + regex.escape(word) + r"(?!\p{L})")


@dataclass
class NoiseFilter:
    """Decides which spelling matches of a dictionary-only language are worth an editor's time.

    ``accepted(words, tag)`` returns the subset of words that LanguageTool's
    spell checker for ``tag`` accepts (one batched, cached request).
    """

    words: frozenset[str] = frozenset()  # known correct words (data file, gazetteers), casefolded
    # A dictionary-only language also gets the name and affix heuristics.
    language: DynamicLanguage | None = None
    accepted: Callable[[list[str], str], set[str]] | None = None
    # Words that one of these LanguageTool languages accepts are not reported: English
    # loanwords in Indonesian copy, British spellings when no English variant was chosen.
    accept_tags: tuple[str, ...] = ()
    # Languages that capitalise only names mid-sentence (English): a capitalised
    # word used as a name in the document's own context is not a misspelling
    # (rules/<lang>/data/languagetool.yaml: names_in_context).
    names_in_context: bool = False
    tag: str | None = None  # the LanguageTool language the text was checked in
    dropped: dict[str, int] = field(default_factory=dict)

    def select(self, doc, findings: list) -> list:
        """The findings worth keeping, looking up derived forms and foreign words in two requests."""
        pending = []
        for f in findings:
            reason = self._quick_drop(doc, f.offset, f.offset + f.length, f.suggestions)
            if reason:
                self.dropped[reason] = self.dropped.get(reason, 0) + 1
            else:
                pending.append((f, self._stems(f.match)))
        stems_ok: set[str] = set()
        foreign_ok: set[str] = set()
        if self.accepted and pending:
            stems = sorted({s for _, stems in pending for s in stems})
            if stems and self.language:
                stems_ok = self.accepted(stems, self.language.code)
            for tag in self.accept_tags:
                foreign_ok |= self.accepted(sorted({f.match for f, _ in pending} - foreign_ok), tag)
        flagged = {f.offset for f in findings}
        common = self._common_suggestions([f for f, _ in pending])
        kept = []
        for f, stems in pending:
            if stems_ok.intersection(stems):
                reason = "derived-form"
            elif f.match in foreign_ok:
                reason = "accepted-elsewhere"
            else:
                reason = self._name_drop(doc, f.offset, f.match, f.suggestions) \
                    or self._context_name(doc, f.offset, f.offset + f.length, f.suggestions, flagged, common)
            if reason:
                self.dropped[reason] = self.dropped.get(reason, 0) + 1
            else:
                kept.append(f)
        return kept

    def _quick_drop(self, doc, start: int, end: int, suggestions: list[str]) -> str | None:
        text = doc.text
        word = text[start:end]
        before, after = text[start - 1:start] if start else "", text[end:end + 1]
        following = text[end + 1:end + 2]
        if regex.search(r"[\d@/_]", word) or not regex.search(r"\p{L}", word):
            return "number-or-symbol"
        # Web addresses and file names: "TribuneNews.com" flags both halves.
        if before in (".", "@", "/") or (after in (".", "@", "/") and following.isalnum()):
            return "address"
        # Part of a word the speller split at an apostrophe: transliterations such as "Mi'raj".
        if (before in "'’" and text[start - 2:start - 1].isalpha()) or (after in "'’" and following.isalpha()):
            return "apostrophe"
        letters = regex.sub(r"\P{L}", "", word)
        if len(letters) >= 2 and letters.isupper():
            return "acronym"
        if regex.search(r"\p{Ll}\p{Lu}", word):
            return "camel-case"
        if all(part.casefold() in self.words for part in regex.findall(r"\p{L}+", word)):
            return "gazetteer"
        if self.language is not None and self.language.knows(word):
            return "word-list"
        if self._quoted_term(doc, start, end):
            return "quoted-term"
        # The dictionary knows the word, only with other capitals ("pemilu" / "Pemilu").
        if any(s.casefold() == word.casefold() for s in suggestions):
            return "case-only"
        return None

    def _stems(self, word: str) -> list[str]:
        """Candidate stems once an affix the dictionary does not derive is removed."""
        if self.language is None:
            return []
        if self.language.morphology is not None:
            return sorted(f for f in self.language.morphology.roots(word) if "-" not in f)
        lower = word.casefold()
        forms = {lower}
        forms |= {lower[len(p):] for p in self.language.strip_prefixes if lower.startswith(p)}
        forms |= {f[: -len(s)] for f in list(forms) for s in self.language.strip_suffixes if f.endswith(s)}
        forms.discard(lower)
        return sorted(f for f in forms if len(f) >= 3)

    def _name_drop(self, doc, start: int, word: str, suggestions: list[str]) -> str | None:
        if self.language is None or not word[:1].isupper():
            return None
        distances = {s: OSA.distance(s.casefold(), word.casefold()) for s in suggestions}
        # A misspelled name is close to a name the dictionary knows ("Ukraaina" -> "Ukraina").
        near = 1 if len(word) < 8 else MAX_NAME_DISTANCE
        if any(d <= near and s in self.language.proper_nouns for s, d in distances.items()):
            return None
        # A misspelled common word that starts a sentence, written once, one edit away.
        if any(d <= 1 for d in distances.values()) and self._sentence_initial(doc, start) \
                and len(_word_re(word).findall(doc.text)) == 1:
            return None
        return "name"

    @staticmethod
    def _close(word: str, suggestions: list[str]) -> list[str]:
        """One-word suggestions one edit away: what a misspelt name would be."""
        return [s for s in suggestions if " " not in s and OSA.distance(s.casefold(), word.casefold()) <= 1]

    def _common_suggestions(self, findings: list) -> set[str]:
        """Close suggestions (lower-cased) that the speller accepts in lower case:
        ordinary words ("opener"), not names it knows ("putin" is not accepted)."""
        if not (self.names_in_context and self.accepted and self.tag):
            return set()
        words = sorted({s.casefold() for f in findings if f.match[:1].isupper() for s in self._close(f.match, f.suggestions)})
        return set(self.accepted(words, self.tag)) if words else set()

    def _context_name(self, doc, start: int, end: int, suggestions: list[str], flagged: set[int],
                      common: set[str] | frozenset[str] = frozenset()) -> str | None:
        """A capitalised word the document itself uses as a name: never written in
        lower case, and either repeated with a capital mid-sentence (a name used
        consistently: "Averon ... Averon's") or beside another capitalised word
        (part of a multi-word name: "Priya Raman", "Haluk Ozener").
        `flagged`: start offsets of all words the speller flagged."""
        word = doc.text[start:end]
        if not self.names_in_context or not word[:1].isupper() or word.isupper():
            return None
        if _word_re(word[:1].lower() + word[1:]).search(doc.text):
            return None  # also an ordinary word here
        initial = self._sentence_initial(doc, start)
        places = [m.start() for m in _word_re(word).finditer(doc.text)]
        if len(places) >= 2 and not all(self._sentence_initial(doc, p) for p in places):
            return "name-in-context"
        # In a title-case headline every word is capitalised: neighbours prove nothing.
        if self._title_case(doc, start):
            return None
        # A sentence opener is capitalised anyway: it counts as part of a name
        # only next to another word the speller does not know either.
        if not any(unknown or not initial for _, unknown in self._neighbours(doc, start, end, flagged)):
            return None
        # One edit from a name the speller knows (a suggestion it does not
        # accept in lower case): a misspelt known name ("Vladimir Puttin" ->
        # "Putin"). Short names are one edit from many others (Eby/Ely).
        if len(word) >= 6 and any(s.casefold() not in common for s in self._close(word, suggestions)):
            return None
        return "name-in-context"

    @staticmethod
    def _title_case(doc, start: int) -> bool:
        sentence = doc.enclosing(doc.sentences, start)
        text = doc.plain[sentence.start:sentence.end] if sentence else doc.plain
        words = [w for w in regex.findall(r"\p{L}{4,}", text)]
        # Headline style capitalises nearly every longer word; a sentence full of names still has verbs.
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    @staticmethod
    def _neighbours(doc, start: int, end: int, flagged: set[int]):
        """Capitalised words right before and after a word, as (start, flagged by
        the speller). A sentence-initial word before it only counts if flagged."""
        before = regex.search(r"(?<!\p{L})\p{Lu}[\p{L}\p{M}.'’-]*[ \u00a0]+$", doc.text[max(0, start - 40):start])
        if before:
            at = start - len(before.group())
            if at in flagged or not NoiseFilter._sentence_initial(doc, at):
                yield at, at in flagged
        after = regex.match(r"[ \u00a0]+(?=\p{Lu}\p{L})", doc.text[end:end + 40])
        if after:
            at = end + len(after.group())
            yield at, at in flagged

    @staticmethod
    def _sentence_initial(doc, start: int) -> bool:
        sentence = doc.enclosing(doc.sentences, start)
        lead = doc.plain[sentence.start:start] if sentence else doc.plain[:start]
        return not regex.search(r"\p{L}", lead)

    @staticmethod
    def _quoted_term(doc, start: int, end: int) -> bool:
        """A short quoted phrase (up to three words) is usually a foreign or coined term."""
        span = doc.enclosing(doc.quoted, start)
        if span is None or not span.covers(start, end):
            return False
        return len(regex.findall(r"\p{L}+", doc.plain[span.start:span.end])) <= 3
