"""Precision of the geography rules on real prose: lint a corpus and print
every finding with its sentence, for review, and the rate per 10,000 sentences.

    pip install nlp-id            # kumparan's tagged Indonesian news sentences (MIT)
    python3 bench/geo_precision.py [--rules id.places] [--group 20] [--limit N]
    python3 bench/geo_precision.py --text FILE --lang en   # any plain-text corpus, one sentence a line

The corpus is read from the installed package and never written to the
repository. Sentences are joined in groups of --group consecutive sentences
(the corpus keeps an article's sentences together), so article-level context
(the countries a story names) is there as in real copy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402

_SPACE_BEFORE = regex.compile(r" ([.,;:!?)\]%])")
_SPACE_AFTER = regex.compile(r"([(\[]) ")


def nlp_id_sentences() -> list[str]:
    import nlp_id

    path = Path(nlp_id.__file__).parent / "data" / "dataset_postag.txt"
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(detokenize(words))
                words = []
            continue
        words.append(line.split("\t")[0])
    if words:
        sentences.append(detokenize(words))
    return sentences


def detokenize(words: list[str]) -> str:
    text = " ".join(words)
    text = _SPACE_BEFORE.sub(r"\1", text)
    return _SPACE_AFTER.sub(r"\1", text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules", default="id.places")
    parser.add_argument("--group", type=int, default=20)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--text", type=Path, help="a plain-text corpus, one sentence a line")
    parser.add_argument("--lang", default="id")
    args = parser.parse_args()
    if args.text:
        sentences = [s for s in args.text.read_text(encoding="utf-8").splitlines() if s.strip()]
    else:
        sentences = nlp_id_sentences()
    if args.limit:
        sentences = sentences[: args.limit]
    linter = Linter(Options(select=args.rules.split(",")))
    fired = 0
    started = time.perf_counter()
    for i in range(0, len(sentences), args.group):
        group = sentences[i : i + args.group]
        result = linter.lint_text("\n".join(group), f"group{i}", language=args.lang)
        for f in result.findings:
            fired += 1
            print(f"{f.rule}\t{f.match}\t{f.suggestions}\t{group[f.line - 1]}")
    elapsed = time.perf_counter() - started
    print(f"# {len(sentences)} sentences, {fired} findings = {fired * 10000 / max(1, len(sentences)):.1f} per 10,000 sentences; {elapsed:.1f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
