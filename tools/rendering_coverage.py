"""Which polysemous English news words have a rendering rule: the coverage list.

    pip install '.[mining]'                       # wordfreq (English and Indonesian frequencies)
    python3 tools/rendering_coverage.py           # writes rules/en-id/data/rendering-coverage.tsv

Blind test writers pick polysemous English news words (bonds, coach, drill) and a
round is scored on whether the lexicon has the word. This lists the candidates in
the order a writer is likely to meet them, with whether a rule covers each:

- the dictionary's polysemous words: the `polysemy` rows of rendering-candidates.tsv
  (tools/mine_renderings.py), whose senses fall into two or more groups of
  Indonesian renderings that share no word;
- words the dictionary lacks or lists in one sense only, hand-listed by news topic
  in sense-watchlist.yaml (religion, labour, mining, agriculture, transport, ...),
  each with its news rendering and the rendering MT writes instead.

Rank: English Zipf frequency (wordfreq's blend of news, web, subtitles and books)
plus half the Indonesian Zipf frequency of the rarer of the two most common sense
groups, plus one when a sense is a news sense (the miner's news/everyday split, or
a watchlist word). A confusion is plausible and visible only when both renderings are
ordinary Indonesian words: MT writes a word it knows, and a reader sees it. A group
whose words Indonesian never uses ("bon", "skak") gives little.

Status: `covered: <rule ids>` when a rule's `source:` is the word (or its plural /
inflection), `covered (phrase): <rule ids>` when a source is a phrase that holds it
(only that collocation is covered), else the curators' decision on the word
(`rejected: ...`, `deferred: ...` from rendering-curation.tsv, or a watchlist
entry's `decision`), else `open`.
The summary line on stderr and the file's header give the coverage of the top 400.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "rules" / "en-id" / "data"
CANDIDATES = DATA / "rendering-candidates.tsv"
WATCHLIST = DATA / "sense-watchlist.yaml"
CURATION = DATA / "rendering-curation.tsv"
LEXICON = ROOT / "rules" / "id" / "mt-renderings"
OUTPUT = DATA / "rendering-coverage.tsv"
TOP = 400
NEWS_BONUS = 1.0  # a sense group of a news domain (the miner's split) or a curator's news split
COLUMNS = ["rank", "term", "origin", "topic", "zipf_en", "plausibility_id", "score", "senses", "status"]


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return list(csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t"))


def groups_of(sense_domains: str) -> list[list[str]]:
    """The rendering groups of a candidate row ("sport: gol | everyday: sasaran, tujuan")."""
    groups = []
    for part in sense_domains.split(" | "):
        words = [w.strip() for w in part.split(": ", 1)[-1].split(",") if w.strip()]
        if words:
            groups.append(words)
    return groups


def plausibility(groups: list[list[str]], frequency) -> float:
    """Indonesian Zipf of the rarer of the two most common groups (each group counts by
    its most common rendering): how ordinary both words of a likely confusion are."""
    strengths = sorted((max(frequency(w) for w in group) for group in groups), reverse=True)
    return round(strengths[1], 2) if len(strengths) > 1 else 0.0


def forms(word: str) -> set[str]:
    """A word with its regular English inflections, so that a rule for "bonds" covers
    "bond" and one for "fired" covers "fire"."""
    word = word.casefold()
    found = {word, word + "s", word + "es", word + "d", word + "ed", word + "ing"}
    if word.endswith("y"):
        found.add(word[:-1] + "ies")
    if word.endswith("e"):
        found.add(word[:-1] + "ing")
    return found


def same_word(a: str, b: str) -> bool:
    return a in forms(b) or b in forms(a)


def same_words(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b))


def rules_by_source(lexicon: Path = LEXICON) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(lexicon.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules", []):
            if rule.get("source"):
                found[rule["source"].casefold()].append(rule["id"])
    return found


def coverage(term: str, sources: dict[str, list[str]]) -> str:
    """covered (the word itself), covered (phrase) or '' for a term and the rules' sources."""
    words = re.findall(r"[\w'-]+", term.casefold().removeprefix("the "))
    exact, phrase = set(), set()
    for source, ids in sources.items():
        source_words = re.findall(r"[\w'-]+", source.casefold().removeprefix("the "))
        if same_words(source_words, words):
            exact.update(ids)
        elif len(words) < len(source_words) and any(
                same_words(source_words[i:i + len(words)], words) for i in range(len(source_words))):
            phrase.update(ids)
    if exact:
        return "covered: " + " ".join(sorted(exact))
    if phrase:
        return "covered (phrase): " + " ".join(sorted(phrase))
    return ""


def rows(candidates: list[dict], watchlist: dict, curation: dict[str, str], sources, frequency_en, frequency_id) -> list[dict]:
    curation = dict(curation)  # watchlist decisions join the curators' (the caller's dict stays as read)
    found: dict[str, dict] = {}
    for row in candidates:
        if row["kind"] != "polysemy":
            continue
        groups = groups_of(row["sense_domains"])
        found[row["term"]] = {"term": row["term"], "origin": "dictionary", "topic": row["domain"],
                              "zipf_en": float(row["zipf_en"]), "groups": groups,
                              "news": "senses split" in row["evidence"]}
    for topic, entries in watchlist["topics"].items():
        for entry in entries:
            term = entry["term"].casefold()
            groups = [[entry["meant"]], list(entry["wrong"])]
            if entry.get("decision"):
                curation.setdefault(term, entry["decision"])
            if term in found:  # the dictionary has the word; the watchlist names its news split
                found[term]["origin"] = "dictionary+watchlist"
                found[term]["topic"] = topic
                found[term]["groups"] = groups + found[term]["groups"]
                found[term]["news"] = True
                continue
            found[term] = {"term": term, "origin": "watchlist", "topic": topic,
                           "zipf_en": round(frequency_en(term) - (len(term.split()) - 1), 2), "groups": groups,
                           "news": True}
    for row in found.values():
        row["plausibility_id"] = plausibility(row["groups"], frequency_id)
        row["score"] = round(row["zipf_en"] + 0.5 * row["plausibility_id"] + (NEWS_BONUS if row["news"] else 0), 2)
        row["senses"] = " | ".join(", ".join(g) for g in row["groups"])
        row["status"] = coverage(row["term"], sources) or curation.get(row["term"], "") or "open"
    ordered = sorted(found.values(), key=lambda r: (-r["score"], r["term"]))
    for rank, row in enumerate(ordered, 1):
        row["rank"] = rank
    return ordered


def summary(ordered: list[dict], top: int = TOP) -> str:
    head = ordered[:top]
    exact = sum(r["status"].startswith("covered:") for r in head)
    phrase = sum(r["status"].startswith("covered (phrase)") for r in head)
    decided = sum(r["status"].startswith(("rejected", "deferred")) for r in head)
    return (f"top {len(head)}: {exact} covered by a rule for the word, {phrase} by a rule for a phrase holding it, "
            f"{decided} rejected or deferred by curators, {len(head) - exact - phrase - decided} open")


def write(ordered: list[dict], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Coverage of polysemous English news words by rules/id/mt-renderings/, made by\n"
            "# tools/rendering_coverage.py from rendering-candidates.tsv (freedict-eng-ind, CC BY-SA 3.0),\n"
            "# sense-watchlist.yaml and wordfreq frequencies. Regenerate; do not edit.\n"
            f"# {summary(ordered)}\n"
        )
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in ordered:
            writer.writerow({k: str(row[k]).replace("\t", " ") for k in COLUMNS})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--open", action="store_true", help="print the open words of the top 400 (rank, term, senses)")
    args = parser.parse_args(argv)
    try:
        import wordfreq
    except ImportError:
        print("rendering_coverage: wordfreq is not installed (pip install '.[mining]')", file=sys.stderr)
        return 2
    curation = {r["term"].casefold(): (r["status"] or "").strip() for r in read_tsv(CURATION)}
    watchlist = yaml.safe_load(WATCHLIST.read_text(encoding="utf-8"))
    ordered = rows(read_tsv(CANDIDATES), watchlist, curation, rules_by_source(),
                   lambda w: wordfreq.zipf_frequency(w, "en"), lambda w: wordfreq.zipf_frequency(w, "id"))
    write(ordered, args.out)
    if args.open:
        for row in ordered[:TOP]:
            if row["status"] == "open":
                print(row["rank"], row["term"], row["topic"], row["senses"], sep="\t")
    print(summary(ordered) + f" -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
