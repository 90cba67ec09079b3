"""Generated wrong senses: put each rendering rule's wrong words into real news where the
right words stand, and count how often the rule catches them.

    python3 tools/nlpid_corpus.py --out /tmp/nlpid-news          # real Indonesian news (not in the repo)
    python3 tools/swap_renderings.py /tmp/nlpid-news [--select id.mt.tin-kaleng] [--per-rule 10] [--show]

A rule's bad examples say what MT writes and what was meant: the marked span is the wrong
rendering, its `fix` the right one ("Pekerja [[santai]] ..." fix "lepas"). For every such
pair the script finds articles in which the right words occur, swaps the wrong ones in at one
place (first letter's case kept) and lints the whole article, so that the rule sees real
sentences and a real article around its slot, not the sentences its author wrote. A swap
counts as caught when the rule reports a finding that overlaps the swapped words. The same
articles unaltered are linted too: a finding of the rule there is a false alarm on real copy.

This measures whether a rule generalises beyond its own examples. A miss is not always the
rule's fault: the right word may stand in a slot where the wrong one is not what MT writes
("lepas" in "lepas landas" is no casual worker), so the figure is a lower bound to read, not a
target; --show prints the misses.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import packs  # noqa: E402
from qa_lint.api import Linter, Options  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\]\]")
# A neighbour that says nothing about the slot ("di [[taman]] industri": "di kawasan" is any
# area) makes no anchor.
FUNCTION_WORDS = {"di", "ke", "dari", "yang", "dan", "itu", "ini", "untuk", "pada", "dengan", "lewat", "melalui", "terus",
                  "sangat", "begitu", "akan", "telah", "sudah", "tidak", "bisa", "dalam", "oleh", "para", "sebagai", "atau",
                  "juga", "memang", "masih", "saat", "sebuah", "seorang", "kata", "the", "a"}


def swap_pairs(rule) -> list[tuple[str, str, str]]:
    """(anchor, right, wrong) from the rule's bad examples with a fix. The anchor is the right
    words with a neighbour of the example ("pekerja lepas", "lepas di"), so that a swap lands in
    the slot the rule is about, not wherever the right word occurs ("lepas landas")."""
    pairs = []
    for example in rule.examples.get("bad", []):
        if not (isinstance(example, dict) and example.get("fix")):
            continue
        text, fix = example["text"], example["fix"]
        marked = MARK.findall(text)
        if len(marked) != 1 or marked[0].lower() == fix.lower():
            continue
        head, tail = text.split("[[", 1)[0], text.split("]]", 1)[1]
        left = re.search(r"(\w[\w-]*) $", head)  # a word, then one space, then the marked span
        right = re.match(r" (\w[\w-]*)", tail)
        for anchor in ((left.group(1) + " " + fix) if left and left.group(1).lower() not in FUNCTION_WORDS else None,
                       (fix + " " + right.group(1)) if right and right.group(1).lower() not in FUNCTION_WORDS else None):
            if anchor:
                pairs.append((anchor, fix, marked[0]))
    return list(dict.fromkeys(pairs))


def keep_case(model: str, text: str) -> str:
    return text[:1].upper() + text[1:] if model[:1].isupper() else text[:1].lower() + text[1:]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of real Indonesian news articles (.txt)")
    parser.add_argument("--select", action="append", default=[], help="rule id or prefix (default: id.mt)")
    parser.add_argument("--per-rule", type=int, default=10, help="articles per (right, wrong) pair")
    parser.add_argument("--show", action="store_true", help="print every missed swap")
    args = parser.parse_args(argv)
    prefixes = args.select or ["id.mt"]
    articles = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(args.folder.glob("*.txt"))]
    lowered = [a.lower() for a in articles]
    rules = [r for r in packs.load().rules if r.type == "rendering" and r.id.startswith(tuple(prefixes))]
    linter = Linter(Options(select=[r.id for r in rules]))
    caught = tried = alarms = 0
    per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for rule in rules:
        for anchor, right, wrong in swap_pairs(rule):
            slot = re.compile(r"(?<!\w)" + re.escape(anchor) + r"(?!\w)", re.IGNORECASE)
            hits = [i for i, text in enumerate(lowered) if anchor.lower() in text]
            used = 0
            for i in hits:
                m = slot.search(articles[i])
                if not m or used >= args.per_rule:
                    continue
                used += 1
                at = m.start() + m.group(0).lower().index(right.lower())
                swapped_word = keep_case(articles[i][at:at + len(right)], wrong)
                swapped = articles[i][:at] + swapped_word + articles[i][at + len(right):]
                start, end = at, at + len(swapped_word)
                found = [f for f in linter.lint_text(swapped, language="id").findings if f.rule == rule.id]
                ok = any(f.offset < end and f.offset + f.length > start for f in found)
                original = [f for f in linter.lint_text(articles[i], language="id").findings if f.rule == rule.id]
                tally = per_rule[rule.id]
                tally[0] += ok
                tally[1] += 1
                tally[2] += len(original)
                caught += ok
                tried += 1
                alarms += len(original)
                if args.show and not ok:
                    line_start = swapped.rfind("\n", 0, start) + 1
                    line_end = swapped.find("\n", end)
                    print(f"miss {rule.id}: {swapped[line_start: line_end if line_end > 0 else None][:200]}")
    linter.close()
    swapped_rules = [r for r in per_rule if per_rule[r][1]]
    print(f"{len(rules)} rules, {len(swapped_rules)} with a right rendering found in {len(articles)} articles")
    if tried:
        print(f"swaps caught: {caught}/{tried} ({caught / tried:.2f}); findings on the unaltered articles: {alarms}")
    never = sorted(r for r in swapped_rules if per_rule[r][0] == 0)
    if never:
        print("rules that caught none of their swaps: " + ", ".join(never))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
