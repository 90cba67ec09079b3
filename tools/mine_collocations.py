"""Mine the collocations a wrong-sense rendering takes in machine translation, from how
real Indonesian news uses the right word.

    python3 tools/mine_collocations.py --corpus /tmp/nlp-id/nlp_id-*.whl --corpus /tmp/aksara/aksara-*.whl
    python3 tools/mine_collocations.py ... --rule id.mt.pitch-nada      # one rule

When machine translation picks the wrong sense of an English word it puts the wrong
Indonesian word W in the right word R's place, so W turns up next to R's usual
neighbours: "suku bunga" becomes "suku minat", "berakhir imbang 1-1" becomes "berakhir
undian 1-1", "menerbitkan obligasi" becomes "menerbitkan ikatan", "kondisi lapangan"
becomes "kondisi nada". Such a pair is evidence of a wrong sense when real news uses
"c R" and never "c W".

For every rendering rule of rules/id/mt-renderings/ the pair is read off the rule: W,
the words of its id that its pattern spells out (ids name the wrong rendering:
id.mt.pitch-nada, id.mt.bond-ikatan), and R, each one-word rendering of its `meant` (the neighbours of a phrase's
parts, "masa" of "masa transisi", say nothing about the sense). For each R this counts its left and right
neighbours in the corpus (numbers and scores as one token each: <num>, <score>; a
neighbour that is a function word is skipped, so "bermain imbang" counts, not "yang
imbang"), and lists each neighbour c that occurs with R at least --min times while
"c W" (or "W c") never occurs: a collocation to add to the rule's pattern, if a
curator finds it plausible MT output. Output, a TSV on stdout: rule, wrong word,
right word, side, neighbour, count with R, count with W (always 0), and whether the
rule's pattern already matches the collocation.

The corpus is read in place and never written out; only counts are printed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import id_corpus  # noqa: E402

from qa_lint import packs  # noqa: E402
from qa_lint.matching import compile_pattern  # noqa: E402

NUMBER_WORDS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
                "belasan", "puluhan", "ratusan", "ribuan", "beberapa"}
# Function words: a neighbour that says nothing about the sense ("yang imbang", "di lapangan" are everywhere).
TOP = 15  # neighbours of each right word to look at, most frequent first
FUNCTION_WORDS = set("""yang dan di ke dari ini itu untuk dengan pada dalam tidak akan juga atau oleh karena
sebagai adalah bahwa ada telah sudah saat para se nya lebih bisa dapat harus masih hanya serta namun tetapi
kata ia mereka kami kita saya tersebut hal jadi agar secara menjadi seperti antara atas bagi hingga sampai""".split())


def tokens(sentence: str) -> list[str]:
    """Lower-cased words; figures become <num>, match scores (2-1) <score>."""
    out = []
    for word in re.findall(r"\d+-\d+|\d[\d.,]*|\w+(?:-\w+)*", sentence.casefold()):
        if re.fullmatch(r"\d+-\d+", word):
            out.append("<score>")
        elif word[0].isdigit() or word in NUMBER_WORDS:
            out.append("<num>")
        else:
            out.append(word)
    return out


def neighbours(sentences: list[list[str]]) -> dict[str, Counter]:
    """word -> Counter of ('left'|'right', neighbour)."""
    table: dict[str, Counter] = defaultdict(Counter)
    for words in sentences:
        for i, word in enumerate(words):
            if i > 0:
                table[word][("left", words[i - 1])] += 1
            if i + 1 < len(words):
                table[word][("right", words[i + 1])] += 1
    return table


def sense_pairs() -> list[tuple[str, list[str], list[str], object]]:
    """(rule id, wrong words, right words, compiled pattern) for each rendering rule."""
    pairs = []
    for rule in packs.load(only_packs=["id-mt-renderings"]).rules:
        spelled = rule.options["pattern"].casefold()
        wrong = sorted({w for w in rule.id.split(".")[-1].split("-") if len(w) >= 4 and w in spelled})
        meant = rule.options["meant"]
        right = []
        for text in [meant] if isinstance(meant, str) else meant:
            text = re.sub(r"\\g<\w+>|\\\d|…|\([^)]*\)", " ", text)
            for alternative in text.split("/"):
                # One word for one word: the neighbours of a phrase's parts ("masa" of
                # "masa transisi") say nothing about the sense.
                words = re.findall(r"[\w-]+", alternative.casefold())
                if len(words) == 1 and words[0] not in FUNCTION_WORDS and len(words[0]) > 2:
                    right.append(words[0])
        if wrong and right:
            pattern = compile_pattern(rule.options["pattern"], rule.options.get("ignore_case", False))
            pairs.append((rule.id, wrong, list(dict.fromkeys(right)), pattern))
    return pairs


def mine(sentences: list[str], minimum: int, only: set[str]) -> list[tuple]:
    tokenised = [tokens(s) for s in sentences]
    table = neighbours(tokenised)
    rows = []
    for rule_id, wrong, right, pattern in sense_pairs():
        if only and rule_id not in only:
            continue
        for r in right:
            if r in wrong:
                continue
            for (side, c), n in table.get(r, Counter()).most_common(TOP):
                if n < minimum:
                    break
                if c in FUNCTION_WORDS or c in wrong or c == r or not re.fullmatch(r"[\w<>-]+", c):
                    continue
                for w in wrong:
                    if table.get(w, Counter())[(side, c)]:
                        continue
                    sample = (f"{c} {w}" if side == "left" else f"{w} {c}").replace("<num>", "dua").replace("<score>", "1-1")
                    covered = bool(pattern.search(sample)) or bool(pattern.search(sample.capitalize()))
                    rows.append((rule_id, w, r, side, c, n, 0, "covered" if covered else "new"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[], required=True,
                        help="a corpus tools/id_corpus.py reads (nlp-id or aksara wheel, .conll, text); repeatable")
    parser.add_argument("--rule", action="append", default=[], help="only this rule (repeatable)")
    parser.add_argument("--min", type=int, default=2, help="least count of the neighbour with the right word")
    args = parser.parse_args(argv)
    try:
        sentences = [s for path in args.corpus for s in id_corpus.read_sentences(path)]
    except id_corpus.CorpusError as exc:
        print(f"mine_collocations: {exc}", file=sys.stderr)
        return 2
    rows = mine(sentences, args.min, set(args.rule))
    print("rule\twrong\tright\tside\tneighbour\twith_right\twith_wrong\tpattern")
    for row in rows:
        print("\t".join(map(str, row)))
    new = sum(r[-1] == "new" for r in rows)
    print(f"{len(sentences)} sentences: {len(rows)} collocations of the right word never seen with the wrong one "
          f"({new} not matched by the rule's pattern yet)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
