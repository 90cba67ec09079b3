"""Mine false-friend candidates: French, German, Spanish and Dutch words spelled like an
English word that is not among their English translations.

    apt-get install dict-freedict-fra-eng dict-freedict-deu-eng dict-freedict-spa-eng dict-freedict-nld-eng
    pip install '.[mining]'                          # wordfreq
    python3 tools/mine_false_friends.py

Method (docs/idioms.md): for every single-word headword of each FreeDict dictionary,
the most similar of wordfreq's 40,000 most frequent English words (rapidfuzz ratio on
lower-case, accent-free spellings, same first two letters, score >= 85, lengths within two letters). A pair is a
candidate when that English look-alike is not one of the headword's translations in
the dictionary (nor shares its first five letters with one). Ranked by how common both
words are (wordfreq Zipf frequency in the source language and in English): frequent
words are the ones translators meet.

Writes rules/xx-en/data/false-friend-candidates.tsv: language, source word, English
look-alike, similarity, the two frequencies, and the curated entry that covers it. The
dictionaries' own text (their translations) is read, never written out (GPL / CC BY-SA).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import lexicon  # noqa: E402

DICT_DIR = Path("/usr/share/dictd")
LANGUAGES = {"fr": "fra", "de": "deu", "es": "spa", "nl": "nld"}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DATA = ROOT / "rules" / "xx-en" / "data"
PER_LANGUAGE = 250


def b64(value: str) -> int:
    number = 0
    for ch in value:
        number = number * 64 + B64.index(ch)
    return number


def plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def read_dictionary(code: str) -> dict[str, set[str]]:
    """headword -> the set of English words in its translations (all entries of that headword)."""
    index = DICT_DIR / f"freedict-{code}-eng.index"
    if not index.is_file():
        raise SystemExit(f"{index} not found: apt-get install dict-freedict-{code}-eng")
    body = gzip.open(DICT_DIR / f"freedict-{code}-eng.dict.dz").read()
    words: dict[str, set[str]] = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        head, offset, length = line.split("\t")
        head = head.strip()
        if head.startswith("00database") or not re.fullmatch(r"[^\W\d_]{4,}", head):
            continue
        text = body[b64(offset):b64(offset) + b64(length)].decode("utf-8", "replace")
        # The first line is the headword itself; the rest are translations, examples, notes.
        english = text.split("\n", 1)[1] if "\n" in text else ""
        words.setdefault(head.casefold(), set()).update(w.casefold() for w in re.findall(r"[A-Za-z]+", english))
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DATA / "false-friend-candidates.tsv")
    args = parser.parse_args(argv)
    import wordfreq
    from rapidfuzz import fuzz, process

    english = [w for w in wordfreq.top_n_list("en", 40000) if w.isalpha() and w.isascii() and len(w) >= 4]
    by_prefix: dict[str, list[str]] = {}
    for word in english:
        by_prefix.setdefault(word[:2], []).append(word)
    covered = {}
    for entry in lexicon.load_entries(DATA / "false-friends.yaml"):
        for lang, words in entry.source.items():
            for word in words:
                covered[(lang, plain(word))] = entry.id
    rows = []
    for lang, code in LANGUAGES.items():
        found = []
        for head, translations in read_dictionary(code).items():
            key = plain(head)
            pool = by_prefix.get(key[:2])
            if not pool:
                continue
            best = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=85)
            if not best:
                continue
            look_alike, score = best[0], best[1]
            if abs(len(look_alike) - len(key)) > 2:
                continue
            if look_alike in translations or any(t[:5] == look_alike[:5] for t in translations if len(t) >= 5):
                continue  # a true friend: the dictionary gives the look-alike as a translation
            zipf_source = wordfreq.zipf_frequency(head, lang)
            zipf_en = wordfreq.zipf_frequency(look_alike, "en")
            if zipf_source < 2.5:
                continue
            found.append((lang, head, look_alike, round(score), zipf_source, zipf_en, covered.get((lang, key), "")))
        found.sort(key=lambda r: -(r[4] + r[5]))
        rows += [r for r in found if r[6]] + [r for r in found if not r[6]][:PER_LANGUAGE]
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# False-friend candidates, generated by tools/mine_false_friends.py (see docs/idioms.md) from Debian's\n")
        out.write("# FreeDict dictionaries (only headwords are written here) and wordfreq. curated: the entry covering it.\n")
        out.write("lang\tsource\tenglish_look_alike\tsimilarity\tzipf_source\tzipf_en\tcurated\n")
        for lang, head, look_alike, score, zs, ze, entry in rows:
            out.write(f"{lang}\t{head}\t{look_alike}\t{score}\t{zs:.2f}\t{ze:.2f}\t{entry}\n")
    print(f"{len(rows)} candidates -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
