"""Record or compare the findings of the default packs on every fixture article.

    python3 bench/same_findings.py record /tmp/findings-before.json
    python3 bench/same_findings.py compare /tmp/findings-before.json
    python3 bench/same_findings.py record /tmp/news-before.json --folder /tmp/nlpid-news --count 300

Speed work must not change what qa-lint reports: record before an optimisation,
compare after it (exit 1 and the first differences when they differ).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402


def findings(folder: Path | None = None, count: int = 0) -> dict[str, list[dict]]:
    """The findings on every fixture, or on the first ``count`` .txt files of ``folder``
    (real articles: more of what the speed paths meet than the fixtures)."""
    linter = Linter(Options(timeout=None))
    paths = [ROOT / "fixtures"] if folder is None else sorted(folder.glob("*.txt"))[:count or None]
    result = linter.lint_paths(paths)
    out: dict[str, list[dict]] = {}
    for file in result.files:
        rows = []
        for f in file.findings:
            row = asdict(f)
            row["path"] = _shown(row["path"])
            for related in row.get("related") or []:
                if related.get("path"):
                    related["path"] = _shown(related["path"])
            rows.append(row)
        key = _shown(file.path)
        out[key] = rows if not file.error else [{"error": file.error}]
    return out


def _shown(path: str) -> str:
    """A fixture's path from the checkout (so that two checkouts compare), another as given."""
    return str(Path(path).relative_to(ROOT)) if Path(path).is_relative_to(ROOT) else path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("file")
    parser.add_argument("--folder", type=Path, help="a folder of .txt articles instead of the fixtures")
    parser.add_argument("--count", type=int, default=0, help="its first N articles (default: all)")
    args = parser.parse_args(argv)
    argv = [args.action, args.file]
    now = findings(args.folder, args.count)
    if argv[0] == "record":
        Path(argv[1]).write_text(json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True, default=str), encoding="utf-8")
        print(f"{sum(map(len, now.values()))} findings in {len(now)} files -> {argv[1]}")
        return 0
    before = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    now = json.loads(json.dumps(now, default=str))
    differ = [k for k in sorted(set(before) | set(now)) if before.get(k) != now.get(k)]
    for key in differ[:10]:
        print(f"DIFFERS: {key}\n  before: {json.dumps(before.get(key), ensure_ascii=False)[:600]}\n  now:    {json.dumps(now.get(key), ensure_ascii=False)[:600]}")
    print(f"{len(differ)} of {len(set(before) | set(now))} files differ; {sum(map(len, now.values()))} findings now")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
