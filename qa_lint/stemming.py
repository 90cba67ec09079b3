"""Stems, so that one claim is recognised in its other forms.

    stemmer("id")("memasok") == stemmer("id")("pasokan") == stemmer("id")("dipasok") == "pasok"
    stemmer("en")("supplied") == stemmer("en")("supplies") == stemmer("en")("supply")
    stemmer("en")("failure") == stemmer("en")("failed") == "fail"

Indonesian uses Sastrawi (PyPI "Sastrawi", MIT licence), a dictionary-backed
stemmer of Indonesian affixes (meN-, di-, ke-...-an, pe-...-an, -nya, ...).
English uses the small suffix stemmer below: inflections and the few
nominalising suffixes that restate a verb as a noun (failure, accusation,
bribery, shelling). A stem is a key for comparison, not a word to show.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import Callable

from . import parsecache

# Longest first; (suffix, what replaces it). Only applied when three letters remain.
EN_SUFFIXES = [
    ("ications", "y"), ("ication", "y"), ("ations", ""), ("ation", ""), ("ments", ""), ("ment", ""),
    ("eries", ""), ("ery", ""), ("ures", ""), ("ure", ""), ("ings", ""), ("ing", ""),
    ("ies", "i"), ("ied", "i"), ("ees", "ee"), ("ed", ""), ("es", ""), ("s", ""),
]
# Forms no suffix rule reaches; enough for the verbs news copy hedges.
EN_IRREGULAR = {
    "fell": "fall", "fallen": "fall", "sent": "send", "sold": "sell", "struck": "strike", "hit": "hit",
    "shot": "shoot", "fled": "flee", "led": "lead", "paid": "pay", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "made": "make", "broke": "break", "broken": "break", "won": "win",
    "lost": "lose", "left": "leave", "killed": "kill", "died": "die", "dead": "die", "death": "die",
    "deaths": "die", "bought": "buy", "brought": "bring", "built": "build", "caught": "catch",
    "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive", "ran": "run", "rose": "rise",
    "risen": "rise", "spent": "spend", "stole": "steal", "stolen": "steal", "threw": "throw",
    "thrown": "throw", "wrote": "write", "written": "write", "held": "hold", "met": "meet", "kept": "keep",
    "sought": "seek", "began": "begin", "begun": "begin", "failure": "fail", "failures": "fail",
}


def english(word: str) -> str:
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in EN_IRREGULAR:
        # Then normalised like the regular forms: risen -> rise -> ris, as rising -> ris.
        w = EN_IRREGULAR[w]
    else:
        for suffix, put in EN_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
                w = w[: len(w) - len(suffix)] + put
                break
    # supply/supplies/supplied -> suppli; hope/hoped -> hop; stopped -> stop.
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


@lru_cache(maxsize=1)
def _sastrawi():
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # Sastrawi's own dictionary is a list searched word by word (a stem took 0.2 s);
    # the same words in a set. Results are cached by stemmer() below.
    return Stemmer(_Roots(StemmerFactory().get_words()))


class _Roots:
    """Sastrawi's root-word dictionary interface, over a set."""

    def __init__(self, words):
        self.words = {w for w in words if w and w.strip()}

    def contains(self, word: str) -> bool:
        return word in self.words

    def count(self) -> int:
        return len(self.words)


# A nasal prefix hides the root's first sound (memangkas < pangkas); where both roots are
# words (mangkas, pangkas) Sastrawi keeps the nasal one. The other root is restored after
# these prefixes: (prefix + nasal, nasal, the sound it replaced).
NASALS = [("meng", "ng", "k"), ("peng", "ng", "k"), ("meny", "ny", "s"), ("peny", "ny", "s"),
          ("mem", "m", "p"), ("pem", "m", "p"), ("men", "n", "t"), ("pen", "n", "t")]


# Roots that begin with a nasal themselves and are far commoner than the root with the sound
# it could replace (memakan is "makan", not "pakan"; meminta "minta", not "pinta").
NASAL_ROOTS = frozenset(["makan", "minta", "mulai", "masuk", "mohon", "masak", "minum", "main", "nikah", "nilai"])
# Affixes tried, longest first, when Sastrawi's stem is not in the word at all (mencemari -> "cari").
OWN_PREFIXES = [("meng", ""), ("meny", "s"), ("men", ""), ("men", "t"), ("mem", ""), ("mem", "p"), ("me", ""),
                ("peng", ""), ("peny", "s"), ("pen", ""), ("pen", "t"), ("pem", ""), ("pem", "p"), ("pe", ""),
                ("di", ""), ("ter", ""), ("ber", ""), ("ke", "")]
OWN_SUFFIXES = ["kannya", "annya", "inya", "nya", "kan", "an", "i", ""]


def _in_word(word: str, stem: str) -> bool:
    """Whether the stem shows in the word, whole or after a nasal prefix that replaced its first sound."""
    return stem in word or any(word[2:].startswith(n + stem[1:]) for n in ("ng", "ny", "m", "n"))


def _own_root(word: str) -> str | None:
    """A dictionary root left after stripping one suffix and one prefix, if any."""
    for suffix in OWN_SUFFIXES:
        base = word[: len(word) - len(suffix)] if suffix and word.endswith(suffix) else word if not suffix else ""
        for prefix, sound in OWN_PREFIXES:
            if base.startswith(prefix) and len(base) - len(prefix) >= 3:
                root = sound + base[len(prefix):]
                if _dictionary().contains(root):
                    return root
    return None


def indonesian(word: str) -> str:
    word = word.casefold()
    # Sastrawi reads a text: it drops what is not a letter, and a name like "AS-nya" may
    # come back empty; the word itself is then its own stem.
    stem = _sastrawi().stem(word) or word
    if not _in_word(word, stem):
        stem = _own_root(word) or stem
    if stem in NASAL_ROOTS:
        return stem
    # per- makes another verb of the root (mempertahankan "maintain", menahan "hold back"):
    # its forms (dipertahankan, pertahanan) share a key of their own.
    if word.startswith(("memper", "diper", "per")) and not stem.startswith("per") and len(stem) >= 3:
        return "per" + stem
    for prefix, nasal, sound in NASALS:
        if word.startswith(prefix) and stem.startswith(nasal) and word[len(prefix) - len(nasal):].startswith(stem[:4]):
            restored = sound + stem[len(nasal):]
            if _dictionary().contains(restored):
                return restored
            break
    return stem


@lru_cache(maxsize=1)
def _dictionary():
    return _sastrawi().dictionary


def _identity(word: str) -> str:
    return word.casefold()


@lru_cache(maxsize=1)
def _remembered_stems() -> parsecache.Memo:
    """Sastrawi's stems (with the corrections above) kept across runs in the parse cache: a
    newsroom's words recur from article to article, and a word Sastrawi takes apart costs
    about 0.3 ms (hedge-escalation stems every new word of an article). The entry depends
    on this file (parsecache) and on Sastrawi's installed files (its version, its dictionary)."""
    spec = importlib.util.find_spec("Sastrawi")
    package = os.path.dirname(spec.origin) if spec and spec.origin else ""
    installed = []
    for part in ("__init__.py", os.path.join("Stemmer", "Stemmer.py"), os.path.join("Stemmer", "data", "kata-dasar.txt")):
        try:
            found = os.stat(os.path.join(package, part))
            installed.append(f"{part}:{found.st_size}:{found.st_mtime_ns}")
        except OSError:
            installed.append(f"{part}:-")
    name = "\0".join(["indonesian stems", package, *installed])
    return parsecache.Memo(name, "stemming.py", lambda stem: isinstance(stem, str))


def indonesian_remembered(word: str) -> str:
    """indonesian(word), read from the stems kept across runs when it was worked out before."""
    return _remembered_stems().get(word, indonesian)


STEMMERS: dict[str, Callable[[str], str]] = {"id": indonesian_remembered, "en": english, "none": _identity}


def stemmer(name: str) -> Callable[[str], str]:
    """The stemmer for a language code (or "none"), each result cached: news repeats its words.
    One cache per stemmer, shared by the checks that ask for it (a stem depends on the word only)."""
    return _cached(STEMMERS.get(name.split("-")[0], _identity))


@lru_cache(maxsize=None)
def _cached(stem: Callable[[str], str]) -> Callable[[str], str]:
    return lru_cache(maxsize=65536)(stem)
