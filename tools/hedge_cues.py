"""Derive candidate hedge cues for the hedge-escalation rule from data, for curation by hand.

    apt-get install mythes-id
    python3 tools/hedge_cues.py [--corpus /tmp/nlpid-news] [--min-count 1]

A blind writer hedges with words the rule's list never held ("disinyalir", "ditaksir",
"santer terdengar", "masih menjadi tanda tanya"). Guessing more words one round at a time
learns each set by heart; this lists the vocabulary of each kind of hedge instead:

1. seeds: a few roots for each kind (SEEDS: suspicion, possibility, estimate, rumour,
   open question, not confirmed, accusation, plan);
2. thesaurus: every word or phrase that Debian's mythes-id lists for a seed, in any
   sense (one step, no chains);
3. affixed forms: every word of the corpus and of rules/id/data/words.txt whose
   Sastrawi stem is one of those roots ("taksir" -> ditaksir, taksiran, menaksir);
4. frequency: how often each form occurs in the Indonesian news corpus (nlp-id's
   news sample, tools/corpora.py; bench/real_news_precision.py reads the same files).

It prints the candidates by kind, most frequent first. The printout is not the list:
every candidate was read and kept only if, in news copy, it marks the claim beside it as
not established (rules/id/data/hedge-cues.yaml, with what was rejected and why).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.stemming import stemmer  # noqa: E402

THESAURUS = Path("/usr/share/mythes/th_id_ID_v2.dat")
WORDS = ROOT / "rules/id/data/words.txt"
WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
SEEDS = {
    "suspicion": ["duga", "curiga", "sinyalir", "tengarai", "indikasi", "sangka"],
    "possibility": ["mungkin", "peluang", "potensi"],
    "estimate": ["kira", "taksir", "perkiraan", "estimasi"],
    "rumour": ["kabar", "desas-desus", "isu", "santer"],
    "open question": ["tanya", "misteri", "jawab"],
    "not confirmed": ["konfirmasi", "pasti", "verifikasi"],
    "accusation": ["tuduh", "tuding", "klaim"],
    "plan": ["rencana", "jajak", "wacana"],
}


def read_thesaurus(path: Path) -> dict[str, list[str]]:
    """headword -> every word or phrase of every sense (part-of-speech tags dropped)."""
    lines = path.read_text(encoding="iso-8859-1").splitlines()[1:]
    out: dict[str, list[str]] = {}
    i = 0
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        n = int(count)
        words = []
        for sense in lines[i + 1 : i + 1 + n]:
            words += [w for w in sense.split("|")[1:] if w]
        out[head] = words
        i += 1 + n
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/nlpid-news"))
    ap.add_argument("--thesaurus", type=Path, default=THESAURUS)
    ap.add_argument("--min-count", type=int, default=1)
    args = ap.parse_args()
    stem = stemmer("id")
    thes = read_thesaurus(args.thesaurus)
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace").lower() for p in sorted(args.corpus.glob("*.txt")))
    freq = Counter(WORD.findall(text))
    vocab = set(freq) | {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    by_stem: dict[str, set[str]] = defaultdict(set)
    for w in vocab:
        by_stem[stem(w)].add(w)
    for kind, seeds in SEEDS.items():
        terms: set[str] = set(seeds)
        for s in seeds:
            terms.update(thes.get(s, []))
        forms: set[str] = set()
        for t in terms:
            if " " in t:
                forms.add(t)
            else:
                forms.add(t)
                forms.update(by_stem.get(stem(t), ()))
        rows = []
        for f in forms:
            n = len(regex.findall(r"\b" + regex.escape(f) + r"\b", text)) if " " in f else freq.get(f, 0)
            if n >= args.min_count:
                rows.append((n, f))
        print(f"## {kind}")
        for n, f in sorted(rows, key=lambda r: (-r[0], r[1])):
            print(f"{n:6d}  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
