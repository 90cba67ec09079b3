"""Spelling-only "dynamic languages" for LanguageTool, and the noise filter they need.

LanguageTool's server accepts ``lang-xx=Name`` and ``lang-xx-dictPath=/abs/x.dic``
in its configuration; a ``.dic`` path is read as a hunspell dictionary (the
``.aff`` beside it) and the server also wants a ``common_words.txt`` in the same
folder. rules/<lang>/data/languagetool.yaml says which dictionary a language uses;
its common words come from the language profile's stopwords.

A bare dictionary flags every name, acronym and derived form it lacks, so
matches in these languages go through :func:`keep_spelling_match`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex
import yaml
from rapidfuzz.distance import Levenshtein

from .. import packs

DATA_NAME = "languagetool.yaml"
# Closest a suggestion must be for a capitalised word to be a misspelled name
# rather than an unknown one ("Ukraaina" -> "Ukraina" is 1; "Putin" -> "Rutin" is 1
# but "Rutin" is no proper noun; "Vladimir" -> "Admiral" is far).
MAX_NAME_DISTANCE = 2


@dataclass
class DynamicLanguage:
    code: str
    name: str
    dictionary: Path  # the copy in the cache, beside its .aff and common_words.txt
    strip_suffixes: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()  # known correct words, casefolded
    proper_nouns: frozenset[str] = frozenset()  # capitalised dictionary entries

    def server_properties(self) -> dict[str, str]:
        return {f"lang-{self.code}": self.name, f"lang-{self.code}-dictPath": str(self.dictionary)}


def _data_files() -> list[Path]:
    return sorted(packs.bundled_rules_dir().glob(f"*/data/{DATA_NAME}"))


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
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


def prepare(cache_folder: Path | None) -> list[DynamicLanguage]:
    """Dynamic languages whose dictionary is on this machine, copied into ``cache_folder/dynamic``
    for a server to load; with no folder, only read (to filter what a remote server reports)."""
    found = []
    for data_file in _data_files():
        code = data_file.parent.parent.name
        data = _read_yaml(data_file)
        if not isinstance(data, dict):
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
                    shutil.copyfile(src, dst)
            (folder / "common_words.txt").write_text("\n".join(_stopwords(code)) + "\n", encoding="utf-8")
        found.append(DynamicLanguage(
            code=code,
            name=str(data.get("name", code)),
            dictionary=target,
            strip_suffixes=tuple(data.get("strip_suffixes", [])),
            words=frozenset(w.casefold() for w in data.get("words", [])) | gazetteer_words(code),
            proper_nouns=_proper_nouns(target),
        ))
    return found


@lru_cache(maxsize=64)
def _word_re(word: str):
    return regex.compile(r"(?<!\p{L})" + regex.escape(word) + r"(?!\p{L})")


@dataclass
class NoiseFilter:
    """Decides which spelling matches of a dictionary-only language are worth an editor's time."""

    language: DynamicLanguage
    # (words) -> the subset the dictionary accepts; asks the server (cached).
    accepted: callable = None
    dropped: dict[str, int] = field(default_factory=dict)

    def _drop(self, reason: str) -> bool:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
        return False

    def keep(self, doc, start: int, end: int, suggestions: list[str]) -> bool:
        text = doc.text
        word = text[start:end]
        before, after = text[start - 1:start], text[end:end + 1]
        following = text[end + 1:end + 2]
        if regex.search(r"[\d@/_]", word) or not regex.search(r"\p{L}", word):
            return self._drop("number-or-symbol")
        # Web addresses and file names: "TribuneNews.com" flags both halves.
        if before in ("." , "@", "/") or (after in (".", "@", "/") and following.isalnum()):
            return self._drop("address")
        letters = regex.sub(r"\P{L}", "", word)
        if len(letters) >= 2 and letters.isupper():
            return self._drop("acronym")
        if regex.search(r"\p{Ll}\p{Lu}", word):
            return self._drop("camel-case")
        if all(part.casefold() in self.language.words for part in regex.findall(r"\p{L}+", word)):
            return self._drop("gazetteer")
        if self._quoted_term(doc, start, end):
            return self._drop("quoted-term")
        close = [s for s in suggestions if Levenshtein.distance(s.casefold(), word.casefold()) <= MAX_NAME_DISTANCE]
        if word[:1].isupper():
            # A misspelled name is close to a name the dictionary knows ("Ukraaina" -> "Ukraina").
            if any(s in self.language.proper_nouns for s in close):
                return True
            # A misspelled common word that starts a sentence, written once.
            if close and self._sentence_initial(doc, start) and len(_word_re(word).findall(text)) == 1:
                return True
            return self._drop("name")
        stems = [word[: -len(s)] for s in self.language.strip_suffixes if word.endswith(s) and len(word) - len(s) >= 3]
        if stems and self.accepted and self.accepted(stems):
            return self._drop("derived-form")
        return True

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
