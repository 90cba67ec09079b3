"""Mine candidates for the id-mt-renderings lexicon from the English-Indonesian dictionary.

    pip install '.[mining]'                      # wordfreq (English word frequencies)
    python3 tools/mine_renderings.py             # writes rules/en-id/data/rendering-candidates.tsv

A machine translation goes wrong in a predictable way when one English word has
senses that Indonesian renders with different words ("court": pengadilan /
lapangan; "Turkey": Turki / kalkun), or when an English compound is rendered
part by part ("warhead": kepala perang instead of hulu ledak). This script
lists such words from rules/en-id/data/freedict-eng-ind.jsonl (Wiktionary senses
with glosses, see tools/freedict.py), ranked by how common the word is in
English (wordfreq), for a person to curate into rules:

- polysemy: a headword (all its parts of speech and capitalisations together)
  whose senses fall into two or more groups of Indonesian renderings that share
  no word. Score: English Zipf frequency + 0.5 per group beyond two + 1 when a
  gloss names a news domain.
- compound: a frequent English word that splits into two dictionary words
  ("war"+"head"), or a multi-word dictionary headword ("aircraft carrier").
  Its word-by-word Indonesian rendering (head first: "kepala perang") is given
  as `literal`; when the dictionary has the compound and none of its renderings
  shares a word with the literal one, MT's part-by-part rendering is not the
  term. Score: English Zipf frequency, +1 when the dictionary contradicts the
  literal rendering, +1 for a news-domain gloss.
- curated: a term that the lexicon renders (a rule's `source:`) but the mining
  did not surface, because the dictionary lacks it or lists only one of its
  senses ("bill" has only the draft-law sense there); or a term a curator added
  to rendering-curation.tsv with kind "curated".

Each row's `status` is computed, not typed: `accepted` with the ids of the
rules in rules/id/mt-renderings/ whose `source:` is this term, else the
status and reason recorded in rules/en-id/data/rendering-curation.tsv
(`rejected: ...`, `deferred: ...`), else `open`. The output is sorted and
deterministic for the same inputs, so a rerun after curation only changes the
status column.
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

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "rules" / "en-id" / "data"
DICTIONARY = DATA / "freedict-eng-ind.jsonl"
SETTINGS = DATA / "mining.yaml"  # news domains and their cue words; English bound endings
CURATION = DATA / "rendering-curation.tsv"
OUTPUT = DATA / "rendering-candidates.tsv"
LEXICON = ROOT / "rules" / "id" / "mt-renderings"

# Parts of speech whose senses can be mistranslated in news copy.
CONTENT_POS = {"n", "pn", "v", "adj", "adv", "phraseologicalUnit"}
# Words of a multi-word headword that carry no rendering of their own.
LINKS = {"of", "the", "a", "an", "to", "for", "in", "on", "and"}
MIN_ZIPF_POLYSEMY = 3.0
MIN_ZIPF_COMPOUND = 2.5
COMPOUND_VOCABULARY = 60000  # how many of wordfreq's most frequent English words to split
MIN_PART = 3
MIN_ZIPF_PART = 4.0
MIN_ZIPF_UNLISTED = 3.5

COLUMNS = ["rank", "term", "kind", "pos", "zipf_en", "score", "domain", "senses", "literal", "status"]


def load_dictionary(path: Path = DICTIONARY) -> dict[str, list[dict]]:
    """English headword (lower-cased) -> its entries of content parts of speech."""
    entries: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            if entry["pos"] in CONTENT_POS and entry["senses"]:
                entries[entry["headword"].casefold()].append(entry)
    return entries


def rendering_words(renderings: list[str]) -> set[str]:
    words = set()
    for rendering in renderings:
        rendering = re.sub(r"\([^)]*\)", " ", rendering.casefold())
        words.update(w for w in re.findall(r"[\w-]+", rendering) if len(w) > 1)
    return words


def sense_groups(entries: list[dict]) -> list[list[dict]]:
    """Senses grouped so that two senses sharing any Indonesian word are together."""
    senses = [s for e in entries for s in e["senses"] if rendering_words(s["id"])]
    groups: list[list[dict]] = []
    group_words: list[set[str]] = []
    for sense in senses:
        words = rendering_words(sense["id"])
        joined = [i for i, gw in enumerate(group_words) if gw & words]
        merged = [sense] + [s for i in joined for s in groups[i]]
        merged_words = words.union(*(group_words[i] for i in joined))
        groups = [g for i, g in enumerate(groups) if i not in joined] + [merged]
        group_words = [w for i, w in enumerate(group_words) if i not in joined] + [merged_words]
    return groups


def describe_senses(entries: list[dict]) -> str:
    parts = []
    for entry in entries:
        for sense in entry["senses"]:
            gloss = "; ".join(sense["glosses"])[:90]
            parts.append(f"[{entry['pos']}] {', '.join(sense['id'])}" + (f" ({gloss})" if gloss else ""))
    return " | ".join(parts)


def first_rendering(entries: list[dict]) -> str | None:
    for entry in entries:
        for sense in entry["senses"]:
            if sense["id"]:
                return sense["id"][0]
    return None


def guess_domain(term: str, entries: list[dict], domains: dict[str, list[str]]) -> str:
    text = " ".join([term] + [g for e in entries for s in e["senses"] for g in s["glosses"]]).casefold()
    words = set(re.findall(r"[a-z]+", text))
    hits = {name: len(words & set(cues)) for name, cues in domains.items()}
    best = max(hits.values(), default=0)
    return next(name for name, n in hits.items() if n == best) if best else ""


def zipf(term: str) -> float:
    """English Zipf frequency; a phrase counts one less per extra word, since
    wordfreq estimates a phrase from its words and so rates it too common."""
    import wordfreq  # only the miner needs it, never the linter

    return round(wordfreq.zipf_frequency(term, "en") - (len(term.split()) - 1), 2)


def polysemy_rows(dictionary, domains) -> list[dict]:
    rows = []
    for term, entries in dictionary.items():
        if " " in term:
            continue
        groups = sense_groups(entries)
        if len(groups) < 2:
            continue
        frequency = zipf(term)
        if frequency < MIN_ZIPF_POLYSEMY:
            continue
        domain = guess_domain(term, entries, domains)
        rows.append({
            "term": term,
            "kind": "polysemy",
            "pos": ",".join(sorted({e["pos"] for e in entries})),
            "zipf_en": frequency,
            "score": round(frequency + 0.5 * (len(groups) - 2) + (1 if domain else 0), 2),
            "domain": domain,
            "senses": describe_senses(entries),
            "literal": "",
        })
    return rows


def literal_rendering(parts: list[str], dictionary) -> str | None:
    """Word-by-word Indonesian for an English compound: head (last part) first."""
    renderings = []
    for part in parts:
        if part in LINKS:
            continue
        rendering = first_rendering(dictionary.get(part, []))
        if rendering is None:
            return None
        renderings.append(rendering)
    if len(renderings) < 2:
        return None
    if " of " in " ".join(parts):  # "secretary of state": X of Y is already head-first
        return " ".join(renderings)
    return " ".join(reversed(renderings))


def split_compound(word: str, dictionary, bound_endings: set[str]) -> list[str] | None:
    """Two dictionary words, both common on their own ("war"+"head"), the second
    not a suffix ("sect"+"ion", "person"+"ally")."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        left, right = word[:cut], word[cut:]
        if right in bound_endings:
            continue
        if left in dictionary and right in dictionary and zipf(left) >= MIN_ZIPF_PART and zipf(right) >= MIN_ZIPF_PART:
            return [left, right]
    return None


def compound_rows(dictionary, domains, bound_endings) -> list[dict]:
    import wordfreq

    vocabulary = [w for w in wordfreq.top_n_list("en", COMPOUND_VOCABULARY) if w.isalpha() and w.isascii()]
    terms: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) >= 2 * MIN_PART + 1:
            parts = split_compound(word, dictionary, bound_endings)
            if parts:
                terms[word] = parts
    for term in dictionary:
        if " " in term and re.fullmatch(r"[a-z][a-z ]+", term):
            terms[term] = term.split()
    rows = []
    for term, parts in terms.items():
        literal = literal_rendering(parts, dictionary)
        if not literal:
            continue
        frequency = zipf(term)
        if frequency < MIN_ZIPF_COMPOUND:
            continue
        entries = dictionary.get(term, [])
        known = set().union(*(rendering_words(s["id"]) for e in entries for s in e["senses"])) if entries else set()
        contradicted = bool(known) and not (known & rendering_words([literal]))
        if entries and not contradicted:
            continue  # the dictionary renders it word by word too: not a calque
        if not entries and frequency < MIN_ZIPF_UNLISTED:
            continue  # no dictionary evidence either way: only the common ones are worth a look
        domain = guess_domain(term, entries, domains)
        rows.append({
            "term": term,
            "kind": "compound" if entries else "compound-unlisted",
            "pos": ",".join(sorted({e["pos"] for e in entries})) or "?",
            "zipf_en": frequency,
            "score": round(frequency + (1 if contradicted else 0) + (1 if domain else 0), 2),
            "domain": domain,
            "senses": describe_senses(entries),
            "literal": literal,
        })
    return rows


def read_curation(path: Path = CURATION) -> dict[str, dict]:
    """term -> {status, domain, note} recorded by curators (tab-separated, '#' comments)."""
    curation = {}
    if not path.is_file():
        return curation
    with path.open(encoding="utf-8") as lines:
        rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
        for row in rows:
            curation[row["term"].strip().casefold()] = {k: (v or "").strip() for k, v in row.items()}
    return curation


def accepted_rules(lexicon: Path = LEXICON) -> dict[str, list[str]]:
    """English source term (lower-cased) -> ids of the rules that render it."""
    rules: dict[str, list[str]] = defaultdict(list)
    for path in sorted(lexicon.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules", []):
            if rule.get("source"):
                term = rule["source"].casefold()
                rules[term].append(rule["id"])
                if term.startswith("the "):  # "the West" is the dictionary's "west"
                    rules[term[4:]].append(rule["id"])
    return rules


def candidates(dictionary, settings, curation, rules) -> list[dict]:
    domains = settings["domains"]
    rows = {r["term"]: r for r in compound_rows(dictionary, domains, set(settings["bound_endings"]))}
    rows.update({r["term"]: r for r in polysemy_rows(dictionary, domains)})
    # Terms the lexicon already renders that the mining did not surface (the
    # dictionary lacks the term or lists only one of its senses): listed so the
    # table covers the whole lexicon and shows where the dictionary fell short.
    for term in rules:
        if term not in rows and not (term.startswith("the ") and term[4:] in rules):
            entries = dictionary.get(term, [])
            rows[term] = {
                "term": term, "kind": "curated",
                "pos": ",".join(sorted({e["pos"] for e in entries})) or "?",
                "zipf_en": zipf(term), "score": zipf(term), "domain": "",
                "senses": describe_senses(entries) or "(not in the dictionary)", "literal": "",
            }
    for term, note in curation.items():
        if term not in rows and note.get("kind") == "curated":
            entries = dictionary.get(term, [])
            rows[term] = {
                "term": term, "kind": "curated",
                "pos": ",".join(sorted({e["pos"] for e in entries})) or "?",
                "zipf_en": zipf(term), "score": zipf(term), "domain": "",
                "senses": describe_senses(entries), "literal": "",
            }
    for term, row in rows.items():
        note = curation.get(term, {})
        if note.get("domain"):
            row["domain"] = note["domain"]
        if rules.get(term):
            row["status"] = "accepted: " + " ".join(sorted(rules[term]))
        elif note.get("status"):
            row["status"] = note["status"]
        else:
            row["status"] = "open"
    ordered = sorted(rows.values(), key=lambda r: (-r["score"], -r["zipf_en"], r["term"]))
    for rank, row in enumerate(ordered, 1):
        row["rank"] = rank
    return ordered


def write(rows: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Candidates for rules/id/mt-renderings/, mined by tools/mine_renderings.py from\n"
            "# freedict-eng-ind.jsonl (CC BY-SA 3.0, Wiktionary via FreeDict/WikDict) and wordfreq\n"
            "# English frequencies. Regenerate; do not edit: curate in rendering-curation.tsv or by\n"
            "# writing a rule whose `source:` is the term.\n"
        )
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: str(row[k]).replace("\t", " ") for k in COLUMNS})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY)
    parser.add_argument("--curation", type=Path, default=CURATION)
    parser.add_argument("--lexicon", type=Path, default=LEXICON, help="folder of the id-mt-renderings packs")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        import wordfreq  # noqa: F401
    except ImportError:
        print("mine_renderings: wordfreq is not installed (pip install '.[mining]')", file=sys.stderr)
        return 2
    if not args.dictionary.is_file():
        print(f"mine_renderings: {args.dictionary} not found (python3 tools/freedict.py makes it)", file=sys.stderr)
        return 2
    settings = yaml.safe_load(SETTINGS.read_text(encoding="utf-8"))
    rows = candidates(load_dictionary(args.dictionary), settings, read_curation(args.curation), accepted_rules(args.lexicon))
    write(rows, args.out)
    by_kind = defaultdict(int)
    for row in rows:
        by_kind[row["kind"]] += 1
    accepted = sum(r["status"].startswith("accepted") for r in rows)
    print(f"{len(rows)} candidates ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))}); {accepted} accepted -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
