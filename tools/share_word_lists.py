"""Replace copies of a shared word list in rule packs by a reference to it.

    python3 tools/share_word_lists.py            # rewrite the packs named in USES
    python3 tools/share_word_lists.py --check    # exit 1 if a pack still copies a shared list

A shared list is a data file (``terms: [...]``) in a pack folder's data/; a rule refers to it
with ``{list: data/FILE.yaml}`` in any term list. This tool removes, from each term list named
in USES, the words that the shared file holds and puts the reference in their place. Words
a rule has beyond the shared list stay where they are, as do comments and layout; the set of
terms each rule sees does not change (the tool checks that before it writes). Run it again
after merging packs that add words back: it is idempotent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

# shared list (relative to rules/) -> [(pack, rule id, key path of the term list)]
USES = {
    "id/data/attribution-cues.yaml": [
        ("id/sourcing.yaml", "id.sourcing.hedge-escalation", ("later_hedges_unless",)),
        ("id/sourcing.yaml", "id.sourcing.unattributed-claim", ("attribution_cues",)),
    ],
    "id/data/speech-verbs.yaml": [
        ("id/sourcing.yaml", "id.sourcing.vague-group", ("context", "require_any")),
        ("id/sourcing.yaml", "id.sourcing.anonymous", ("context", "require_any")),
    ],
}


def _get(mapping, key):
    for key_node, value_node in mapping.value:
        if key_node.value == key:
            return value_node
    return None


def _term_list(text: str, rule_id: str, keys: tuple) -> yaml.SequenceNode:
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    for rule in _get(root, "rules").value:
        if _get(rule, "id").value == rule_id:
            node = rule
            for key in keys:
                node = _get(node, key)
            if not isinstance(node, yaml.SequenceNode) or not node.flow_style:
                raise SystemExit(f"{rule_id}: {'.'.join(keys)} is not a [flow, list]")
            return node
    raise SystemExit(f"no rule {rule_id}")


def share(text: str, rule_id: str, keys: tuple, reference: str, terms: set[str]) -> str:
    node = _term_list(text, rule_id, keys)
    items = node.value
    cuts = []
    for i, item in enumerate(items):
        if not (isinstance(item, yaml.ScalarNode) and item.value in terms):
            continue
        if i + 1 < len(items):
            # the word, its comma and the spaces after it on the same line
            end = item.end_mark.index
            while text[end] in ", ":
                end += 1
            cuts.append((item.start_mark.index, end))
        else:
            start = items[i - 1].end_mark.index if i else item.start_mark.index
            cuts.append((start, item.end_mark.index))
    already = any(isinstance(item, yaml.MappingNode) and _get(item, "list") is not None
                  and _get(item, "list").value == reference for item in items)
    if not cuts:
        return text
    first = items[0].start_mark.index
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + text[end:]
    if not already:
        text = text[:first] + f"{{list: {reference}}}, " + text[first:]
    # Lines left holding only indentation, and spaces left at line ends, go.
    end = _term_list(text, rule_id, keys).end_mark.index
    head, body, tail = text[:first], text[first:end], text[end:]
    body = "\n".join(line.rstrip() for line in body.split("\n") if line.strip())
    return head + body + tail


def _terms_seen(text: str, pack: Path, rule_id: str, keys: tuple) -> list:
    data = next(r for r in yaml.safe_load(text)["rules"] if r["id"] == rule_id)
    for key in keys:
        data = data[key]
    out = []
    for item in data:
        if isinstance(item, dict) and set(item) == {"list"}:
            out += _shared_terms(pack.parent / item["list"])
        else:
            out.append(item)
    return sorted(map(repr, out))


def _shared_terms(path: Path) -> list:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["terms"] if isinstance(data, dict) else data)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a pack copies a shared list")
    args = parser.parse_args(argv)
    rules = ROOT / "rules"
    stale = 0
    for shared, uses in USES.items():
        terms = {t for t in _shared_terms(rules / shared) if isinstance(t, str)}
        for pack_name, rule_id, keys in uses:
            pack = rules / pack_name
            reference = str(Path(shared).relative_to(Path(pack_name).parent).as_posix()) \
                if Path(shared).is_relative_to(Path(pack_name).parent) else f"../{shared}"
            before = pack.read_text(encoding="utf-8")
            after = share(before, rule_id, keys, reference, terms)
            if after == before:
                continue
            stale += 1
            if set(_terms_seen(before, pack, rule_id, keys)) != set(_terms_seen(after, pack, rule_id, keys)):
                raise SystemExit(f"{rule_id}: sharing {shared} would change its terms; left alone")
            print(f"{pack_name}: {rule_id} {'.'.join(keys)} -> {{list: {reference}}}")
            if not args.check:
                pack.write_text(after, encoding="utf-8")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
