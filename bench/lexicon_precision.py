"""Precision and speed of the lexicon rules on real prose that is (nearly all) correct.

    pip install nlp-id                                       # Indonesian news corpus
    pip download --no-deps gensim==4.4.0 -d /tmp/gensim      # English news (Lee corpus) + Wikipedia sample
    python3 bench/lexicon_precision.py --gensim-wheel /tmp/gensim/gensim-4.4.0-*.whl [--show]

Runs the id.idiom rule over nlp-id's ~32,800 Indonesian news sentences and the
en.false-friend rule over the Lee ABC-news articles and a Wikipedia sample, and
reports firings per 10,000 sentences, per entry, with the sentences (--show) so
each firing can be reviewed by hand. The corpora are published, edited text, so
nearly every firing is a false alarm to fix. Also times the lexicon check against
reading and segmenting the same text (a ratio; nothing here asserts a time).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import corpora  # noqa: E402

from qa_lint import packs  # noqa: E402
from qa_lint.readers import read_text  # noqa: E402

CHUNK = 40  # sentences per document: an article's length


def documents(sentences: list[str]) -> list[str]:
    return [" ".join(sentences[i:i + CHUNK]) for i in range(0, len(sentences), CHUNK)]


def run(pset, family: str, language: str, texts: list[str], show: bool) -> dict:
    check = pset.check(next(r.id for r in pset.rules if r.id.startswith(family + ".")))
    docs = []
    start = time.perf_counter()
    for i, text in enumerate(texts):
        doc = read_text(text, f"<{language} {i}>")
        doc.language = language
        doc.sentences  # noqa: B018 - segment now, so the timing below is the check alone
        docs.append(doc)
    read_time = time.perf_counter() - start
    sentences = sum(len(d.sentences) for d in docs)
    fired: Counter = Counter()
    examples = []
    start = time.perf_counter()
    for doc in docs:
        for f in check.run(doc):
            fired[f.rule] += 1
            sentence = doc.window("sentence", f.offset)
            examples.append((f.rule, f.match, doc.plain[sentence.start:sentence.end].strip()))
    check_time = time.perf_counter() - start
    total = sum(fired.values())
    print(f"\n== {family} over {sentences:,} {language} sentences ({len(docs)} documents), "
          f"{len(check.rule.members)} entries")
    print(f"firings: {total} = {total / sentences * 10000:.2f} per 10,000 sentences")
    for rule, count in fired.most_common():
        print(f"  {count:4d}  {rule}")
    print(f"time: lexicon check {check_time:.2f} s, reading+segmenting {read_time:.2f} s "
          f"(check/read = {check_time / read_time:.2f})")
    if show:
        for rule, match, sentence in examples:
            print(f"  [{rule}] {match!r}\n      {sentence[:300]}")
    return {"sentences": sentences, "firings": total}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gensim-wheel", type=Path, help="the gensim wheel (English text); without it only Indonesian runs")
    parser.add_argument("--show", action="store_true", help="print every firing with its sentence")
    args = parser.parse_args(argv)
    pset = packs.load(only_packs=["id-idioms", "en-false-friends"])
    run(pset, "id.idiom", "id", documents(corpora.indonesian_sentences()), args.show)
    if args.gensim_wheel:
        run(pset, "en.false-friend", "en", corpora.english_articles(args.gensim_wheel), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
