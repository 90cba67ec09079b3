"""Read Princeton WordNet 3.0 (Debian's wordnet-base) and write, for each English
headword of the English-Indonesian dictionary (rules/en-id/data/freedict-eng-ind.jsonl),
the English words close in meaning and its direct antonyms.

    apt-get install wordnet-base
    python3 tools/wordnet.py [--wordnet /usr/share/wordnet] [--out rules/en-id/data/wordnet-en.jsonl]

Output lines: {"word": "help", "similar": {"n": ["aid", "assistance", ...], "v": [...]}, "antonyms": {}}, for
every headword; for any other WordNet word only the headwords close to it and its antonyms:
{"word": "reporter", "similar": {"n": ["journalist"]}, "antonyms": {}},
{"word": "low", "similar": {...}, "antonyms": {"a": ["high"]}}; irregular forms carry their
lemmas: {"word": "fell", "similar": {}, "antonyms": {}, "lemmas": {"v": ["fall"]}}.

"similar" (by part of speech: n, v, a, r) = the other words of the headword's synsets, of their hypernyms, of
adjectives' "similar to" clusters, and of hyponyms when a synset has few; the pair
checks use it to see that a target word renders some source word even when the
source uses a synonym the dictionary does not list ("assistance" for "bantuan",
which the dictionary gives only for "help"). "antonyms" are WordNet's direct
(lexical) antonyms ("low" <-> "high"), for the check that a modifier was
inverted. WordNet 3.0 licence (Princeton University; permissive, notice kept
in rules/en-id/data/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/wordnet")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
MAX_HYPONYM_WORDS = 40


def read_synsets(directory: Path) -> dict:
    """(pos, offset) -> (words, pointers); pointers are (symbol, pos, offset, source_word, target_word)."""
    synsets = {}
    for name, pos in POS.items():
        path = directory / f"data.{name}"
        if not path.is_file():
            raise SystemExit(f"{path} not found: install Debian's wordnet-base (apt-get install wordnet-base)")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("  "):
                continue  # licence header
            fields = line.split(" | ")[0].split()
            offset = fields[0]
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower().split("(")[0].replace("_", " ") for i in range(count)]
            i = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[i])):
                symbol, target, tpos, st = fields[i + 1 : i + 5]
                pointers.append((symbol, "a" if tpos == "s" else tpos, target, int(st[:2], 16), int(st[2:], 16)))
                i += 4
            synsets[(pos, offset)] = (words, pointers)
    return synsets


def related(synsets: dict) -> dict[str, dict]:
    by_word: dict[str, dict] = {}
    for (pos, _offset), (words, pointers) in synsets.items():
        similar = set(words)
        antonyms: dict[str, set[tuple[str, str]]] = {}
        for symbol, tpos, target, source_word, target_word in pointers:
            other = synsets.get((tpos, target))
            if other is None:
                continue
            if symbol == "!" and source_word and target_word:
                antonyms.setdefault(words[source_word - 1], set()).add((pos, other[0][target_word - 1]))
            elif symbol in ("@", "@i", "&", "^"):
                similar.update(other[0])
            elif symbol in ("~", "~i") and len(other[0]) + len(similar) <= MAX_HYPONYM_WORDS:
                similar.update(other[0])
        for word in words:
            entry = by_word.setdefault(word, {"similar": {}, "antonyms": set(), "lemmas": set()})
            entry["similar"].setdefault(pos, set()).update(similar - {word})
            entry["antonyms"] |= antonyms.get(word, set())
    return by_word


def read_exceptions(directory: Path, table: dict) -> None:
    """Irregular forms ("fell" -> fall, "worse" -> bad), so a source word's antonyms are found."""
    for name, pos in POS.items():
        path = directory / f"{name}.exc"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                entry = table.setdefault(parts[0].replace("_", " "), {"similar": {}, "antonyms": set(), "lemmas": set()})
                entry["lemmas"] |= {(pos, p.replace("_", " ")) for p in parts[1:]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--dictionary", type=Path, default=Path("rules/en-id/data/freedict-eng-ind.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("rules/en-id/data/wordnet-en.jsonl"))
    args = parser.parse_args(argv)
    headwords = {json.loads(line)["headword"].lower() for line in args.dictionary.open(encoding="utf-8") if line.strip()}
    table = related(read_synsets(args.wordnet))
    read_exceptions(args.wordnet, table)
    written = 0
    with args.out.open("w", encoding="utf-8") as out:
        for word in sorted(table):
            entry = table[word]
            antonyms = {}
            for pos, other in sorted(entry["antonyms"]):
                antonyms.setdefault(pos, []).append(other)
            lemmas = {}
            for pos, lemma in sorted(entry["lemmas"]):
                lemmas.setdefault(pos, []).append(lemma)
            if word in headwords and (any(entry["similar"].values()) or antonyms):
                similar = {pos: sorted(words) for pos, words in sorted(entry["similar"].items()) if words}
            else:
                # Not in the dictionary: the headwords close to it ("reporter" -> "journalist"),
                # and its antonyms if one is a headword ("low" -> "high" -> "tinggi").
                similar = {pos: sorted(set(words) & headwords) for pos, words in sorted(entry["similar"].items()) if set(words) & headwords}
                if not similar and not {o for _, o in entry["antonyms"]} & headwords and not lemmas:
                    continue
            record = {"word": word, "similar": similar, "antonyms": antonyms}
            if lemmas:
                record["lemmas"] = lemmas
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
