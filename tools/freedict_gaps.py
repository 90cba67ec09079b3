"""English news words whose FreeDict senses miss the news sense: a reading list of wrong senses the
miner (tools/mine_renderings.py) cannot surface, because the dictionary it reads lacks the word
or lists only its everyday senses.

    apt-get install wordnet-base
    python3 tools/freedict_gaps.py [--wordnet /usr/share/wordnet] [--min-zipf 3.5] [--out rules/en-id/data/freedict-gaps.tsv]

A word is listed when it is an English WordNet lemma of one word (four letters or more) with Zipf
frequency >= --min-zipf (wordfreq; below 6, the function words) and either
- ``missing``: FreeDict eng-ind (rules/en-id/data/freedict-eng-ind.jsonl) has no entry for it
  ("counterpart": MT then guesses, and writes "pasangan"), or
- ``no news sense``: WordNet files one of its senses under a news topic (a topic-domain pointer
  to law, military, sport, finance, computer science ...; the topic is matched to the miner's
  domains by their cue words in rules/en-id/data/mining.yaml), and none of FreeDict's senses of
  the word has a gloss with a cue word of that domain ("bug": FreeDict has only the insect).

Columns: word, zipf, gap, news domains (WordNet), FreeDict renderings, status (the rules whose
`source:` is the word, else `phrase:` the rules whose source holds it, else `open`). Ranked by frequency. The list is a reading list: many
missing words are plain (MT renders them well); curators read it for words whose wrong sense
MT writes in a slot that sense cannot fill.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

import wordnet  # noqa: E402

DATA = ROOT / "rules" / "en-id" / "data"
IRREGULAR = {"made": "make", "found": "find", "said": "say", "told": "tell", "took": "take", "gave": "give", "went": "go",
             "came": "come", "thought": "think", "knew": "know", "left": "leave", "held": "hold", "brought": "bring",
             "began": "begin", "kept": "keep", "felt": "feel", "became": "become", "children": "child", "people": "person",
             "women": "woman", "better": "good", "best": "good"}
MAX_ZIPF = 6.0  # above: function words (that, with, from), which WordNet lists only as odd nouns
COLUMNS = ["word", "zipf", "gap", "news_domains", "freedict", "status"]


def topic_domains(synsets: dict) -> dict[str, set[str]]:
    """word -> the words of the topic-domain synsets of its senses (";c" pointers)."""
    found: dict[str, set[str]] = defaultdict(set)
    for (_pos, _offset), (words, pointers) in synsets.items():
        topics = set()
        for symbol, tpos, target, *_ in pointers:
            if symbol == ";c" and (tpos, target) in synsets:
                topics.update(synsets[(tpos, target)][0])
        for word in words:
            found[word] |= topics
    return found


def news_domains(topics: set[str], cues: dict[str, set[str]]) -> set[str]:
    words = {w for t in topics for w in re.findall(r"[a-z]+", t)}
    return {domain for domain, cue in cues.items() if words & cue}


def freedict_senses(path: Path) -> dict[str, list[dict]]:
    senses: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                entry = json.loads(line)
                senses[entry["headword"].lower()].extend(entry["senses"])
    return senses


def rule_sources() -> dict[str, list[str]]:
    from qa_lint import packs

    sources: dict[str, list[str]] = defaultdict(list)
    for rule in packs.load().rules:
        if rule.id.startswith("id.mt.") and rule.options.get("source"):
            sources[rule.options["source"].lower()].append(rule.id)
    return sources


def inflection_of(word: str, dictionary) -> str | None:
    """The dictionary headword ``word`` inflects (years -> year, going -> go, made -> make), if any."""
    if word in dictionary:
        return None
    for suffix, endings in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ied", ("y",)), ("ed", ("", "e")),
                            ("ing", ("", "e")), ("ly", ("", "le")), ("er", ("", "e")), ("est", ("", "e"))):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            for ending in endings:
                for base in (stem + ending, stem[:-1] + ending if len(stem) > 2 and stem[-1] == stem[-2] else None):
                    if base and base in dictionary:
                        return base
    return IRREGULAR.get(word) if IRREGULAR.get(word) in dictionary else None


def status(word: str, sources: dict[str, list[str]]) -> str:
    """The rules for the word, else ``phrase:`` the rules for a term holding it (naval station,
    trafficking), else ``open``."""
    if sources.get(word):
        return ", ".join(sources[word])
    holding = sorted(r for term, ids in sources.items() if re.search(r"\b" + re.escape(word), term) for r in ids)
    return "phrase: " + ", ".join(holding) if holding else "open"


def gaps(lemmas, topics, dictionary, cues, sources, min_zipf: float) -> list[dict]:
    rows = []
    for word in sorted(lemmas):
        # One word of four letters or more (wordfreq splits "with-it" and counts "with"; "a", "it"
        # are WordNet nouns too), below the function words' frequencies.
        if not re.fullmatch(r"[a-z]{4,}", word):
            continue
        zipf = zipf_frequency(word, "en")
        if not min_zipf <= zipf < MAX_ZIPF:
            continue
        if inflection_of(word, dictionary):
            continue  # "years", "made": the dictionary has the lemma
        domains = news_domains(topics.get(word, set()), cues)
        senses = dictionary.get(word, [])
        if not senses:
            gap = "missing"
        else:
            glossed = {w for s in senses for w in re.findall(r"[a-z]+", " ".join(s.get("glosses", [])).lower())}
            missed = sorted(d for d in domains if not glossed & cues[d])
            if not missed:
                continue
            gap, domains = "no news sense", set(missed)
        renderings = sorted({r for s in senses for r in s.get("id", [])})
        rows.append({"word": word, "zipf": f"{zipf:.2f}", "gap": gap, "news_domains": ", ".join(sorted(domains)),
                     "freedict": ", ".join(renderings[:6]), "status": status(word, sources)})
    rows.sort(key=lambda r: (-float(r["zipf"]), r["word"]))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--min-zipf", type=float, default=3.5)
    parser.add_argument("--out", type=Path, default=DATA / "freedict-gaps.tsv")
    args = parser.parse_args(argv)
    synsets = wordnet.read_synsets(args.wordnet)
    lemmas = {w for words, _ in synsets.values() for w in words}
    cues = {d: set(words) for d, words in yaml.safe_load((DATA / "mining.yaml").read_text(encoding="utf-8"))["domains"].items()}
    rows = gaps(lemmas, topic_domains(synsets), freedict_senses(DATA / "freedict-eng-ind.jsonl"), cues, rule_sources(),
                args.min_zipf)
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    missing = sum(r["gap"] == "missing" for r in rows)
    print(f"{len(rows)} English news words whose FreeDict senses miss the news sense ({missing} missing from FreeDict, "
          f"{len(rows) - missing} without the news sense); {sum(r['status'] != 'open' for r in rows)} have a rule -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
