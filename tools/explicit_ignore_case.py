"""Give every bundled `terms` rule an explicit `ignore_case:`.

    python3 tools/explicit_ignore_case.py           # rewrite the packs in rules/
    python3 tools/explicit_ignore_case.py --check   # exit 1 if a terms rule relies on the default

`ignore_case` has one default for every rule type: false. `terms` rules were case-insensitive
by default before; this tool writes `ignore_case: true` under the `type: terms` line of each
such rule that does not say, so they keep matching as they did. Run it after merging packs
written against the old default. Only that line is added; nothing else in the file changes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _get(mapping, key):
    return next((v for k, v in mapping.value if k.value == key), None)


def fix(text: str) -> tuple[str, list[str]]:
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    rules = _get(root, "rules") if isinstance(root, yaml.MappingNode) else None
    inserts, ids = [], []
    for rule in rules.value if isinstance(rules, yaml.SequenceNode) else []:
        kind = _get(rule, "type")
        if kind is None or kind.value != "terms" or _get(rule, "ignore_case") is not None or rule.flow_style:
            continue
        line_end = text.index("\n", kind.end_mark.index)
        key = next(k for k, v in rule.value if v is kind)
        inserts.append((line_end, "\n" + " " * key.start_mark.column + "ignore_case: true"))
        ids.append(_get(rule, "id").value)
    for at, line in sorted(inserts, reverse=True):
        text = text[:at] + line + text[at:]
    return text, ids


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    found = 0
    for path in sorted((ROOT / "rules").rglob("*.yaml")):
        if "data" in path.relative_to(ROOT / "rules").parts or path.name == "language.yaml":
            continue
        text = path.read_text(encoding="utf-8")
        fixed, ids = fix(text)
        for rule_id in ids:
            print(f"{path.relative_to(ROOT)}: {rule_id}: ignore_case: true")
        found += len(ids)
        if ids and not args.check:
            path.write_text(fixed, encoding="utf-8")
    return 1 if args.check and found else 0


if __name__ == "__main__":
    sys.exit(main())
