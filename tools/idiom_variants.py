"""How many of the renderings MT varies on still match: recall of id.idiom on generated variants.

    PYTHONPATH=$PWD python3 tools/idiom_variants.py [--show KIND]

Each bad example of rules/en-id/data/idioms.yaml marks its literal rendering
([[menendang kaleng di jalan]]). The same sentence is rewritten the ways a word-for-word
translation also writes it, one change at a time, inside the marked rendering:

- possessive: -nya on a noun before the last word ("menendang kalengnya di jalan");
- determiner: "itu" after a noun before the last word ("menendang kaleng itu di jalan");
- article: "sebuah" before a noun after the first word ("menendang sebuah kaleng di jalan");
- passive: the first word's meN- verb as its di- form ("ditendang kaleng di jalan");
- bare: the first word's meN- verb as its root ("tendang kaleng di jalan");
- ter: the first word's meN- verb as its ter- form ("tertendang kaleng di jalan");
- clitic: each clitic of the lexicon's list and of the Indonesian profile written onto the last
  word ("menendang kaleng di jalannya", "... jalanlah", "... jalanku").

A variant counts as found when the entry fires on the rewritten sentence. A "noun" here is a
word that is neither a function word nor prefixed like a verb (me-, di-, ber-, ter-); the
first word is taken as the verb. The variants are grammatical but not all natural: they
measure tolerance, not what MT writes most.
Prints found/total per kind (the baseline the entries' own examples give is 100%).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import lexicon, stemming  # noqa: E402

IDIOMS = ROOT / "rules" / "en-id" / "data" / "idioms.yaml"
MARK = re.compile(r"\[\[(.+?)\]\]")
# Words that take neither -nya nor a determiner after them, nor an article before them.
FUNCTION = frozenset("di ke dari pada untuk dengan dalam atas bawah oleh yang dan atau tidak tak belum akan "
                     "sudah telah masih sedang ada adalah ini itu tersebut para sebuah suatu se keluar masuk".split())
# What Indonesian writes onto a word (the profile's clitics, rules/id/language.yaml).
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
KINDS = ("possessive", "determiner", "article", "passive", "bare", "ter", "clitic")
MEN_PREFIX = re.compile(r"^(?:meng|meny|mem|men|me)")
# A verb (menendang, ditendang, berjalan, terjatuh) takes no article, and a determiner
# or -nya after it would be a noun's.
VERB_PREFIX = re.compile(r"^(?:me|di|ber|ter)")


def passive(word: str, root: str) -> str | None:
    """The di- form of a meN- verb (menendang -> ditendang, memberikan -> diberikan)."""
    if not MEN_PREFIX.match(word) or root == word or len(root) < 3:
        return None
    for suffix in ("kan", "i", ""):
        if word.endswith(root[1:] + suffix):
            return "di" + root + suffix
    return None


def variants(span: str, stem) -> list[tuple[str, str]]:
    words = span.split()
    out = []
    def noun(word: str) -> bool:
        return word.isalpha() and word.casefold() not in FUNCTION and not VERB_PREFIX.match(word.casefold())

    for i, word in enumerate(words[:-1]):
        if i > 0 and noun(word) and not word.endswith("nya"):
            out.append(("possessive", " ".join(words[:i] + [word + "nya"] + words[i + 1:])))
            if words[i + 1].casefold() not in ("itu", "ini", "tersebut"):
                out.append(("determiner", " ".join(words[:i + 1] + ["itu"] + words[i + 1:])))
    for i, word in enumerate(words[1:], 1):
        if noun(word) and words[i - 1].casefold() not in ("sebuah", "suatu", "se"):
            out.append(("article", " ".join(words[:i] + ["sebuah"] + words[i:])))
    first = words[0]
    if first.isalpha() and first.islower():
        root = stem(first)
        di = passive(first, root)
        if di:
            out.append(("passive", " ".join([di] + words[1:])))
            out.append(("bare", " ".join([root] + words[1:])))
            ter = ("te" if di[2:].startswith("r") else "ter") + di[2:]  # ter- drops its r before r (terendam)
            out.append(("ter", " ".join([ter] + words[1:])))
    last = words[-1]
    if last.isalpha():
        out += [("clitic", " ".join(words[:-1] + [last + c])) for c in CLITICS if not last.endswith(c)]
    return out


def _ids(spec: str) -> set[str]:
    """The entry ids of --ids: "a,b,c" or "@file" (one id a line), to measure a batch of entries."""
    text = Path(spec[1:]).read_text(encoding="utf-8") if spec.startswith("@") else spec.replace(",", "\n")
    return {line.strip() for line in text.splitlines() if line.strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lexicon", type=Path, default=IDIOMS)
    parser.add_argument("--show", help="print the variants of this kind that are missed")
    parser.add_argument("--ids", help="only these entries: comma-separated ids, or @FILE with one id a line")
    args = parser.parse_args(argv)
    stem = stemming.stemmer("id")
    found, total = Counter(), Counter()
    only = _ids(args.ids) if args.ids else None
    for entry in lexicon.load_entries(args.lexicon):
        if only is not None and entry.id not in only:
            continue
        for example in entry.examples.get("bad", []):
            text = example["text"] if isinstance(example, dict) else example
            marked = MARK.search(text)
            if not marked:
                continue
            for kind, span in variants(marked.group(1), stem):
                sentence = (text[:marked.start()] + span + text[marked.end():]).replace("[[", "").replace("]]", "")
                total[kind] += 1
                if entry.find_literal(sentence):
                    found[kind] += 1
                elif args.show == kind:
                    print(f"{entry.id}: {sentence}")
    for kind in KINDS:
        print(f"{kind:11} {found[kind]:5} / {total[kind]:5}  {found[kind] / max(total[kind], 1):.0%}")
    all_found, all_total = sum(found.values()), sum(total.values())
    print(f"{'all':11} {all_found:5} / {all_total:5}  {all_found / max(all_total, 1):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
