"""Write docs/rules.md: every bundled rule under a heading of its own id, so reports
can link each rule's documentation (SARIF helpUri, qa_lint.reporters.common.rule_help_uri).

Run after adding or changing bundled rules:  python3 tools/rules_reference.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_lint import packs  # noqa: E402
from qa_lint.reporters.common import example_texts  # noqa: E402

TARGET = ROOT / "docs" / "rules.md"


def one_line(text: str) -> str:
    """One line of Markdown that shows the text as written (markup in examples is not rendered)."""
    return " ".join(str(text).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def reference() -> str:
    pset = packs.load([], include_bundled=True)
    out = ["# Rules", "",
           "Every rule qa-lint ships, by pack. Written by `tools/rules_reference.py` from the packs in rules/;",
           "reports link here (SARIF `helpUri`). `qa-lint rules explain RULE_ID` shows the same in a terminal.", ""]
    for pack in pset.packs:
        if not pack.rules:
            continue
        where = pack.path.relative_to(packs.bundled_rules_dir()).as_posix()
        language = f"{pack.source_language} → {pack.language}" if pack.source_language else pack.language
        out += [f"## Pack {pack.name}", "", f"Language: {language} · file: `rules/{where}`", ""]
        if pack.description:
            out += [one_line(pack.description), ""]
        for rule in pack.rules:
            out += [f"### {rule.id}", "",
                    f"{rule.severity} · {rule.category} · type `{rule.type}` · fix: {rule.fix}", "",
                    f"Message: {one_line(rule.message)}", ""]
            if rule.description:
                out += [one_line(rule.description), ""]
            for kind, title in (("bad", "Flagged"), ("good", "Not flagged")):
                texts = example_texts(rule.examples or {}, kind)
                if texts:
                    out += [f"{title}:", ""] + [f"- {one_line(t)}" for t in texts] + [""]
    return "\n".join(out)


def main() -> None:
    TARGET.write_text(reference(), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)} written")


if __name__ == "__main__":
    main()
