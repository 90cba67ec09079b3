"""Which rendering rules need their topic words next to the match, and which can take
them from the whole article? Measured on real, human-written Indonesian news.

    python3 tools/context_audit.py --corpus /tmp/nlp-id/nlp_id-*.whl --corpus /tmp/aksara/aksara-*.whl
    python3 tools/context_audit.py ... --show id.mt.tank-tangki      # the sentences behind one rule's counts

A rendering rule has two kinds of context: `require_any`, words of the topic that makes
the rendering wrong (tempur, pasukan for "tangki"), and `forbid_any`, words of the sense
in which it is right (bahan bakar, air). Machine-translated news states its topic in the
headline and the lead, not in every sentence ("20 tangki amfibi ... mendarat di pantai"),
so a topic looked for in the sentence alone misses most wrong renderings. Looking for it
in the whole article is safe only when the legitimate uses of the pattern are recognised
by `forbid_any` (or the antipatterns) in their own sentence.

For every rule of the id-mt-renderings pack this counts, in the corpus (one sentence at
a time): `bare`, the pattern's matches outside its antipatterns; `unguarded`, those that
`forbid_any` does not reject, i.e. what the rule would report in an article whose topic
is the rule's, written correctly; `fired`, those the full context reports. Verdict:

- `article`: no unguarded match; the topic may come from the article
  (`require_window: document`, with `require_at_least: 2` different topic words);
- `sentence`: correct copy has unguarded matches; the topic must stay in the sentence
  until `forbid_any` or the pattern recognises those uses (the sentences are shown);
- `no topic words`: the rule has no `require_any` (a rendering that is never right);
- `... (set: ...)`: what the rule says now, when it differs from the verdict.

The corpus is read in place and never written out; only counts and, with --show, the
sentences of the rules asked for are printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import id_corpus  # noqa: E402

from qa_lint import packs  # noqa: E402
from qa_lint.matching import compile_pattern, term_set  # noqa: E402


def _outside(terms, m, sentence: str) -> bool:
    """Whether a context pattern matches somewhere in the sentence outside the match ``m``."""
    return any(not (t.start() >= m.start() and t.end() <= m.end()) for t in terms.finditer(sentence))


def audit(sentences: list[str], show: set[str]) -> list[dict]:
    rows = []
    folded = [s.casefold() for s in sentences]
    for rule in packs.load(only_packs=["id-mt-renderings"]).rules:
        options = rule.options
        pattern = compile_pattern(options["pattern"], options.get("ignore_case", False))
        antipatterns = [compile_pattern(p, options.get("ignore_case", False)) for p in options.get("antipatterns", [])]
        context = options.get("context") or {}
        forbid = term_set(context["forbid_any"]) if context.get("forbid_any") else None
        require = term_set(context["require_any"]) if context.get("require_any") else None
        literals = None
        from qa_lint.matching import required_literals

        literals = required_literals(options["pattern"])
        bare = unguarded = fired = 0
        shown = []
        for sentence, low in zip(sentences, folded):
            if literals is not None and not any(w in low for w in literals):
                continue
            for m in pattern.finditer(sentence):
                if m.end() == m.start():
                    continue
                if any(a.start() <= m.start() and a.end() >= m.end() for anti in antipatterns for a in anti.finditer(sentence)):
                    continue
                bare += 1
                if forbid and _outside(forbid, m, sentence):
                    continue
                unguarded += 1
                if rule.id in show:
                    shown.append(f"    {m.group()!r}: {sentence}")
                if require is None or _outside(require, m, sentence):
                    fired += 1
        now = "article" if context.get("require_window") == "document" else "sentence"
        verdict = "article" if unguarded == 0 else "sentence"
        if require is None:  # nothing to widen: the rule has no topic words (a calque never right)
            now = verdict = "no topic words"
        rows.append({"rule": rule.id, "bare": bare, "unguarded": unguarded, "fired": fired,
                     "verdict": verdict if verdict == now else f"{verdict} (set: {now})", "shown": shown})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[], required=True,
                        help="a corpus tools/id_corpus.py reads (nlp-id or aksara wheel, .conll, text); repeatable")
    parser.add_argument("--show", action="append", default=[], help="print the unguarded sentences of this rule")
    args = parser.parse_args(argv)
    try:
        sentences = [s for path in args.corpus for s in id_corpus.read_sentences(path)]
    except id_corpus.CorpusError as exc:
        print(f"context_audit: {exc}", file=sys.stderr)
        return 2
    rows = audit(sentences, set(args.show))
    print("rule\tbare\tunguarded\tfired\tverdict")
    for row in rows:
        print(f"{row['rule']}\t{row['bare']}\t{row['unguarded']}\t{row['fired']}\t{row['verdict']}")
        for line in row["shown"]:
            print(line)
    article = sum(r["verdict"].startswith("article") for r in rows)
    none = sum(r["verdict"] == "no topic words" for r in rows)
    print(f"\n{len(sentences)} sentences, {len(rows)} rules: {article} may take their topic from the article, "
          f"{len(rows) - article - none} need it in the sentence, {none} have no topic words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
