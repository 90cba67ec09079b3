"""Record or compare the findings of the default packs on every fixture article.

    python3 bench/same_findings.py record /tmp/findings-before.json
    python3 bench/same_findings.py compare /tmp/findings-before.json

Speed work must not change what qa-lint reports: record before an optimisation,
compare after it (exit 1 and the first differences when they differ).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402


def findings() -> dict[str, list[dict]]:
    linter = Linter(Options(timeout=None))
    result = linter.lint_paths([ROOT / "fixtures"])
    out: dict[str, list[dict]] = {}
    for file in result.files:
        rows = []
        for f in file.findings:
            row = asdict(f)
            row["path"] = str(Path(row["path"]).relative_to(ROOT)) if Path(row["path"]).is_absolute() else row["path"]
            rows.append(row)
        key = str(Path(file.path).relative_to(ROOT)) if Path(file.path).is_absolute() else file.path
        out[key] = rows if not file.error else [{"error": file.error}]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("record", "compare"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    now = findings()
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
