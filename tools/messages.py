"""Report the bundled rules whose texts have no translation in a UI language.

    python3 tools/messages.py                 # summary for every catalogue language (id)
    python3 tools/messages.py --lang id --list          # every missing rule id and key
    python3 tools/messages.py --lang id --skeleton PACK # YAML to fill in, English as comments

Pack texts (message, description, *_message options) are English; a catalogue
rules/<folder>/messages.<lang>.yaml gives them in another language, keyed by rule
id (qa_lint/packs.py, docs/messages.md). A lexicon rule is translated once, for
all its entries. Exit status 1 when a text is missing or a catalogue names a rule
or key that does not exist, so CI can hold the line.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import packs, yamlmarks  # noqa: E402

# Pack texts are written in this language; it needs no catalogue.
PACK_LANGUAGE = "en"


def bundled_rules() -> list:
    """Every rule as written in a pack: a lexicon rule once (not one per entry)."""
    pset = packs.load()
    seen, rules = set(), []
    for rule in pset.rules:
        rule = rule.family or rule
        if rule.id not in seen:
            seen.add(rule.id)
            rules.append(rule)
    return rules


def catalogued(language: str) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for lang, path in packs.catalogue_files(packs.bundled_rules_dir()):
        if lang == language:
            data = yamlmarks.load(path.read_text(encoding="utf-8")).data or {}
            for rule_id, texts in data.items():
                found.setdefault(rule_id, {}).update(texts)
    return found


def report(language: str, rules: list) -> tuple[list[tuple], list[str]]:
    """(rule, key, English text) missing a translation, and catalogue keys that name nothing."""
    have = catalogued(language)
    missing, stray = [], []
    by_id = {r.id: r for r in rules}
    for rule in rules:
        for key, text in packs.translatable(rule).items():
            if key not in have.get(rule.id, {}):
                missing.append((rule, key, text))
    for rule_id, texts in have.items():
        if rule_id not in by_id:
            stray.append(f"{rule_id}: no such rule")
            continue
        for key in texts:
            if key not in packs.translatable(by_id[rule_id]):
                stray.append(f"{rule_id}: no text {key!r}")
    return missing, stray


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="id", help="catalogue language to check (default: id)")
    parser.add_argument("--list", action="store_true", help="list every missing rule id and key")
    parser.add_argument("--skeleton", metavar="PACK", help="print catalogue entries to fill in for this pack's missing texts")
    args = parser.parse_args(argv)
    if args.lang == PACK_LANGUAGE:
        print(f"{PACK_LANGUAGE}: pack texts are written in it; nothing to translate")
        return 0
    rules = bundled_rules()
    missing, stray = report(args.lang, rules)
    total = sum(len(packs.translatable(r)) for r in rules)
    if args.skeleton:
        by_rule: dict[str, list] = {}
        for rule, key, text in missing:
            if rule.pack == args.skeleton:
                by_rule.setdefault(rule.id, []).append((key, text))
        for rule_id, items in by_rule.items():
            print(f"{rule_id}:")
            for key, text in items:
                print(f"  # {' '.join(text.split())}")
                print(f"  {key}: ''")
        return 0
    if args.list:
        for rule, key, _ in missing:
            print(f"{rule.pack}\t{rule.id}\t{key}")
    for line in stray:
        print(f"stray: {line}")
    messages = [m for m in missing if m[1] != "description"]
    print(f"{args.lang}: {total - len(missing)} of {total} texts translated; missing: "
          f"{len(messages)} messages, {len(missing) - len(messages)} descriptions "
          f"in {len({m[0].id for m in missing})} of {len(rules)} rules")
    for (pack, key), count in sorted(Counter((m[0].pack, "description" if m[1] == "description" else "message") for m in missing).items()):
        print(f"  {pack}: {count} {key}s")
    return 1 if missing or stray else 0


if __name__ == "__main__":
    sys.exit(main())
