"""qa-lint beside translate-toolkit's pofilter on the bilingual fixtures.

    python3 bench/pofilter_compare.py          # prints a Markdown table (docs/bilingual.md has one)

Each line-aligned pair in fixtures/ (NAME.txt beside NAME.source-en.txt) is
exported as a PO file, one message per line (msgid = the English line, msgstr =
the Indonesian line), and run through `pofilter --language=id` with its default
tests. A problem of the fixture's annotations counts as caught by a tool when
the tool flags its line (pofilter at all, qa-lint at error or warning, or with a
finding the source shares, which bilingual mode lowers to info); a flag on an
annotated clean line is a false alarm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@dataclass
class Outcome:
    name: str
    problems: list[int]  # annotated problem lines the tools are asked to find
    clean: list[int]
    pofilter: dict[int, list[str]] = field(default_factory=dict)  # line -> failing pofilter tests
    qa_lint: dict[int, list[str]] = field(default_factory=dict)  # line -> qa-lint rules (error/warning)
    # line -> qa-lint rules whose finding the translation inherited from its source (info):
    # they find a problem the source shares, and are no alarm on a line that is a faithful rendering
    inherited: dict[int, list[str]] = field(default_factory=dict)

    def caught(self, tool: str) -> list[int]:
        flags = getattr(self, tool)
        return [line for line in self.problems if line in flags or (tool == "qa_lint" and line in self.inherited)]

    def false_alarms(self, tool: str) -> list[int]:
        flags = getattr(self, tool)
        return [line for line in self.clean if line in flags]


def pairs() -> list[Path]:
    """Annotations of the line-aligned txt pairs (the seed and the pair-* fixtures)."""
    found = []
    for spec in sorted(FIXTURES.glob("*.expected.yaml")):
        data = yaml.safe_load(spec.read_text(encoding="utf-8"))
        target = FIXTURES / data["file"]
        source = FIXTURES / (target.stem + ".source-en.txt")
        if target.suffix == ".txt" and source.is_file():
            src, tgt = source.read_text(encoding="utf-8").splitlines(), target.read_text(encoding="utf-8").splitlines()
            if len(src) == len(tgt):
                found.append(spec)
    return found


def to_po(source_lines: list[str], target_lines: list[str], name: str) -> bytes:
    from translate.storage import po

    store = po.pofile()
    for number, (s, t) in enumerate(zip(source_lines, target_lines), 1):
        if s.strip():
            unit = store.addsourceunit(s)
            unit.target = t
            unit.addlocation(f"{name}:{number}")
    return bytes(store)


def run_pofilter(po_bytes: bytes) -> dict[int, list[str]]:
    from translate.storage import po

    with tempfile.TemporaryDirectory() as tmp:
        given, out = Path(tmp) / "in.po", Path(tmp) / "out.po"
        given.write_bytes(po_bytes)
        subprocess.run([sys.executable, "-m", "translate.filters.pofilter", "--language=id", str(given), str(out)],
                       check=True, capture_output=True)
        flagged: dict[int, list[str]] = {}
        if not out.is_file():
            return flagged
        for unit in po.pofile.parsefile(str(out)).units:
            if unit.isheader():
                continue
            tests = [n.split(":")[0].replace("(pofilter)", "").strip() for n in unit.getnotes("translator").splitlines() if "(pofilter)" in n]
            for location in unit.getlocations():
                flagged.setdefault(int(location.rsplit(":", 1)[1]), []).extend(tests)
        return flagged


def compare(spec_path: Path, linter) -> Outcome:
    from qa_lint import bilingual

    data = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    target = FIXTURES / data["file"]
    source = FIXTURES / (target.stem + ".source-en.txt")
    problems = sorted({p["line"] for p in data.get("problems", []) if p.get("must") or p.get("detect") == "source"})
    lines = target.read_text(encoding="utf-8").splitlines()
    clean = list(range(1, len(lines) + 1)) if data.get("clean") else sorted(data.get("clean_lines", []))
    outcome = Outcome(data["file"], problems, clean)
    outcome.pofilter = run_pofilter(to_po(source.read_text(encoding="utf-8").splitlines(), lines, data["file"]))
    result = linter.lint_file(target)
    for f in result.findings:
        if bilingual.inherited(f):
            outcome.inherited.setdefault(f.line, []).append(f.rule)
        elif f.severity in ("error", "warning"):
            outcome.qa_lint.setdefault(f.line, []).append(f.rule)
    return outcome


def table(outcomes: list[Outcome]) -> str:
    rows = ["| fixture | problems | pofilter caught | qa-lint caught | pofilter false alarms | qa-lint false alarms |",
            "| --- | --- | --- | --- | --- | --- |"]
    totals = [0, 0, 0, 0, 0]
    for o in outcomes:
        values = [len(o.problems), len(o.caught("pofilter")), len(o.caught("qa_lint")), len(o.false_alarms("pofilter")), len(o.false_alarms("qa_lint"))]
        totals = [a + b for a, b in zip(totals, values)]
        rows.append(f"| {o.name} | " + " | ".join(map(str, values)) + " |")
    rows.append("| **all** | " + " | ".join(f"**{v}**" for v in totals) + " |")
    return "\n".join(rows)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from qa_lint.api import Linter

    linter = Linter()
    outcomes = [compare(spec, linter) for spec in pairs()]
    print(table(outcomes))
    tests: dict[str, int] = {}
    for o in outcomes:
        for names in o.pofilter.values():
            for n in names:
                tests[n] = tests.get(n, 0) + 1
    print("\npofilter tests that failed:", ", ".join(f"{k} {v}" for k, v in sorted(tests.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
