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

Three tests turn dictionary entries into evidence (columns `sense_domains`,
`usage_id`, `evidence`):

- senses by domain: each group of senses is labelled with the news domain its
  glosses name (mining.yaml cue words) or "everyday"; a word whose news sense
  and everyday sense are different Indonesian words is a "split" (+1).
- Indonesian usage: the literal rendering and the term's real renderings (the
  dictionary's, and the `meant` of its rules) are counted in real Indonesian news
  (--corpus, see tools/id_corpus.py; counts kept in id-usage-counts.tsv). A literal
  rendering absent from the news while the real term is used is a calque (+1); a
  literal rendering in ordinary use is not (-1).
- false compounds: a frequent word split into two dictionary words is kept only
  when the parts' senses make up its meaning (its glosses name a part or a part's
  gloss words, its Indonesian rendering shares a word with a part's, or it shares
  a news domain with a part); split words the dictionary lacks are left out.

Each row's `status` is computed, not typed: `accepted (mined)` or `accepted
(curated)` (the row came from the mining, or from a rule/curator the mining did
not surface) with the ids of the rules in rules/id/mt-renderings/
whose `source:` is this term, else the
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import id_corpus  # noqa: E402  (tools/id_corpus.py: real Indonesian text, counted in place)

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
# Why compound candidates were left out (reported on stderr, and in the docs).
FILTERED: dict[str, int] = defaultdict(int)

COLUMNS = ["rank", "term", "kind", "pos", "zipf_en", "score", "domain", "sense_domains", "senses", "literal", "usage_id",
           "evidence", "status"]
USAGE = DATA / "id-usage-counts.tsv"  # Indonesian n-gram counts (see --corpus), committed so a rerun is exact
# Calque test: a literal rendering at most this often in the corpus while a
# dictionary rendering (the real term) occurs at least MIN_TERM_USE times.
MAX_CALQUE_USE = 0
MIN_TERM_USE = 2
MIN_LITERAL_IN_USE = 3  # a literal rendering this common is ordinary Indonesian, not a calque
STOP_EN = {"the", "a", "an", "of", "to", "in", "on", "or", "and", "for", "with", "by", "as", "at", "from", "that",
           "which", "who", "is", "be", "it", "its", "etc", "any", "some", "one", "used", "usually", "being", "other",
           "something", "someone", "person", "thing", "act", "state", "type", "kind", "part", "form"}


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


def gloss_domain(senses: list[dict], domains: dict[str, list[str]]) -> str:
    """The news domain whose cue words the glosses of these senses name most ('' if none)."""
    words = set(re.findall(r"[a-z]+", " ".join(g for s in senses for g in s["glosses"]).casefold()))
    hits = {name: len(words & set(cues)) for name, cues in domains.items()}
    best = max(hits.values(), default=0)
    return next(name for name, n in hits.items() if n == best) if best else ""


def sense_domains(groups: list[list[dict]], domains) -> tuple[str, bool]:
    """Each group of senses (renderings sharing no word) with the domain its glosses name.
    Split: one group belongs to a news domain and another to a different domain or to
    none (everyday language), so MT has to choose and the wrong choice is visible."""
    labelled = []
    for group in groups:
        renderings = sorted(rendering_words([r for s in group for r in s["id"]]))[:4]
        labelled.append((gloss_domain(group, domains), renderings))
    named = {d for d, _ in labelled if d}
    split = bool(named) and (len(named) > 1 or any(not d for d, _ in labelled))
    text = " | ".join(f"{d or 'everyday'}: {', '.join(r)}" for d, r in sorted(labelled, key=lambda x: (x[0] == "", x[0], x[1])))
    return text, split


def stems(text: str) -> set[str]:
    """Crude English stems of content words: the first five letters ("explosive" ~ "explosion")."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.casefold()) if len(w) > 2 and w not in STOP_EN}


def composes(term: str, parts: list[str], dictionary, domains) -> bool:
    """Do the parts' senses make up the compound's meaning? Its glosses name a part
    or a word of a part's glosses ("battlefield": field of a land battle), or a part's
    senses and the compound share a news domain ("war"+"head": explosive, missile).
    "carp"+"et", "war"+"lock" (a male magic-user) do not: splitting them is no calque."""
    entries = dictionary.get(term, [])
    own_renderings = rendering_words([r for e in entries for s in e["senses"] for r in s["id"]])
    for part in parts:  # Indonesian builds it from a part too ("land"+"slide": tanah longsor)
        if own_renderings & rendering_words([r for e in dictionary.get(part, []) for s in e["senses"] for r in s["id"]]):
            return True
    glosses = " ".join(g for e in entries for s in e["senses"] for g in s["glosses"])
    if not glosses:
        return True  # nothing to test against
    own = stems(glosses)
    domain = gloss_domain([s for e in entries for s in e["senses"]], domains)
    for part in parts:
        part_senses = [s for e in dictionary.get(part, []) for s in e["senses"]]
        if part[:5] in own or own & stems(" ".join(g for s in part_senses for g in s["glosses"])):
            return True
        # the part word itself counts as a gloss ("war" is a military cue word)
        if domain and gloss_domain(part_senses + [{"glosses": [part]}], domains) == domain:
            return True
    return False


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
        labelled, split = sense_domains(groups, domains)
        rows.append({
            "term": term,
            "kind": "polysemy",
            "pos": ",".join(sorted({e["pos"] for e in entries})),
            "zipf_en": frequency,
            # A news sense against an everyday one (or another domain's) is what MT gets wrong.
            "score": round(frequency + 0.5 * (len(groups) - 2) + (1 if split else 0), 2),
            "domain": domain,
            "sense_domains": labelled,
            "split": split,
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
        if term not in dictionary:
            # Not in the dictionary: nothing says what the term is in Indonesian, and
            # wordfreq's frequent words split into two ("chair"+"man", "face"+"book") are
            # words MT knows whole. A term from here needs a curator (kind "curated").
            FILTERED["split compounds not in the dictionary (nothing to test the literal rendering against)"] += 1
            continue
        if " " not in term and not composes(term, parts, dictionary, domains):
            FILTERED["false compounds (the parts' senses do not make up the meaning: car+pet, war+lock)"] += 1
            continue
        entries = dictionary.get(term, [])
        known = set().union(*(rendering_words(s["id"]) for e in entries for s in e["senses"])) if entries else set()
        contradicted = bool(known) and not (known & rendering_words([literal]))
        if entries and not contradicted:
            continue  # the dictionary renders it word by word too: not a calque
        domain = guess_domain(term, entries, domains)
        rows.append({
            "term": term,
            "kind": "compound",
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


def rule_meanings(lexicon: Path = LEXICON) -> dict[str, list[str]]:
    """English source term (lower-cased) -> the Indonesian renderings its rules suggest
    ("meant"), as plain words: the real term whose use the calque test counts."""
    meanings: dict[str, list[str]] = defaultdict(list)
    for path in sorted(lexicon.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules", []):
            if not rule.get("source"):
                continue
            meant = rule.get("meant") or []
            for text in [meant] if isinstance(meant, str) else meant:
                text = re.sub(r"\\g<\w+>|\\\d|…|\([^)]*\)", " ", text)
                for alternative in text.split("/"):
                    if words := " ".join(re.findall(r"[\w-]+", alternative)):
                        meanings[rule["source"].casefold()].append(words)
    return meanings


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


def plain_renderings(entries: list[dict]) -> list[str]:
    """The dictionary's renderings of a term, without notes in brackets or wiki markup."""
    found = []
    for entry in entries:
        for sense in entry["senses"]:
            for rendering in sense["id"]:
                rendering = re.sub(r"\([^)]*\)|\[\[[^]|]*\||\]\]|\[\[", " ", rendering)
                rendering = " ".join(rendering.split())
                if rendering and len(rendering.split()) <= 4 and rendering not in found:
                    found.append(rendering)
    return found


def usage_queries(row: dict, dictionary, meanings) -> tuple[str, list[str]]:
    """The literal rendering and the term's real renderings, whose use in Indonesian is counted."""
    terms = plain_renderings(dictionary.get(row["term"], [])) + meanings.get(row["term"], [])
    terms = [t for t in dict.fromkeys(terms) if t.casefold() != row["literal"].casefold()]
    return row["literal"], terms


def read_usage(path: Path = USAGE) -> dict[str, int]:
    counts = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and line != "ngram\tcount":
                ngram, count = line.rsplit("\t", 1)
                counts[ngram] = int(count)
    return counts


def write_usage(counts: dict[str, int], corpora: list[tuple[str, int]], path: Path = USAGE) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# How often each Indonesian word sequence occurs in real Indonesian news text: the literal\n"
            "# renderings and the real terms of rendering-candidates.tsv. Counts only (facts); the text\n"
            "# is read in place and never committed. Made by tools/mine_renderings.py --corpus from:\n"
        )
        for name, size in corpora:
            handle.write(f"#   {name}: {size} sentences\n")
        handle.write("ngram\tcount\n")
        for ngram in sorted(counts):
            handle.write(f"{ngram}\t{counts[ngram]}\n")


def usage_evidence(row: dict, literal: str, terms: list[str], counts: dict[str, int]) -> tuple[str, str, float]:
    """(usage column, evidence column, score change). A literal rendering (near) absent
    from Indonesian news while a real term is in use is a calque: MT makes it, writers don't."""
    from id_corpus import words

    def count(text):
        return counts.get(" ".join(words(text)))

    shown = ([f"literal {literal}={count(literal) if count(literal) is not None else '?'}"] if literal else []) + [
        f"{t}={count(t) if count(t) is not None else '?'}" for t in terms[:6]]
    usage = "; ".join(shown)
    known = [(count(t), t) for t in terms if count(t) is not None]
    best = max(known, default=(None, ""))
    evidence, change = "", 0.0
    if literal and count(literal) is not None:
        if count(literal) <= MAX_CALQUE_USE and best[0] is not None and best[0] >= MIN_TERM_USE:
            evidence, change = f"calque: '{literal}' absent from Indonesian news, '{best[1]}' used {best[0]}x", 1.0
        elif count(literal) >= MIN_LITERAL_IN_USE:
            evidence, change = f"literal in use: '{literal}' {count(literal)}x in Indonesian news", -1.0
        else:
            evidence = "usage too thin to tell"
    if row.get("split"):
        evidence = "; ".join(filter(None, ["senses split: a news sense and an everyday/other-domain sense", evidence]))
    return usage, evidence, change


def candidates(dictionary, settings, curation, rules, meanings=None, usage=None) -> list[dict]:
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
    meanings = meanings or {}
    for term, row in rows.items():
        if row["kind"] == "curated" and not row["literal"] and " " in term:
            # a multi-word term the dictionary lacks: test its word-by-word rendering too
            row["literal"] = literal_rendering(term.replace("-", " ").split(), dictionary) or ""
        literal, terms = usage_queries(row, dictionary, meanings)
        row["queries"] = [literal, *terms] if literal else terms
        row["usage_id"], row["evidence"], change = usage_evidence(row, literal, terms, usage or {})
        row["score"] = round(row["score"] + change, 2)
        row.setdefault("sense_domains", "")
    for term, row in rows.items():
        note = curation.get(term, {})
        if note.get("domain"):
            row["domain"] = note["domain"]
        if rules.get(term):
            origin = "curated" if row["kind"] == "curated" else "mined"
            row["status"] = f"accepted ({origin}): " + " ".join(sorted(rules[term]))
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
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="real Indonesian text to count renderings in (see tools/id_corpus.py); "
                             "rewrites the committed counts, which a run without --corpus reuses")
    parser.add_argument("--usage", type=Path, default=USAGE, help="the Indonesian n-gram counts file")
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
    dictionary = load_dictionary(args.dictionary)
    curation, rules, meanings = read_curation(args.curation), accepted_rules(args.lexicon), rule_meanings(args.lexicon)
    usage = read_usage(args.usage)
    if args.corpus:
        try:
            corpora = [(path.name, id_corpus.read_sentences(path)) for path in args.corpus]
        except id_corpus.CorpusError as exc:
            print(f"mine_renderings: {exc}", file=sys.stderr)
            return 2
        queries = {q for row in candidates(dictionary, settings, curation, rules, meanings, {}) for q in row["queries"]}
        usage = id_corpus.count_ngrams([s for _, sentences in corpora for s in sentences], queries)
        write_usage(usage, [(name, len(sentences)) for name, sentences in corpora], args.usage)
    FILTERED.clear()
    rows = candidates(dictionary, settings, curation, rules, meanings, usage)
    write(rows, args.out)
    by_kind = defaultdict(int)
    for row in rows:
        by_kind[row["kind"]] += 1
    accepted = sum(r["status"].startswith("accepted") for r in rows)
    mined = sum(r["status"].startswith("accepted (mined)") for r in rows)
    calques = sum(r["evidence"].count("calque:") for r in rows)
    splits = sum(bool(r.get("split")) for r in rows)
    print(f"{len(rows)} candidates ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))}); "
          f"{accepted} accepted ({mined} mined, {accepted - mined} curated); {calques} calques confirmed by "
          f"Indonesian usage, {splits} news/everyday sense splits -> {args.out}", file=sys.stderr)
    for reason, n in sorted(FILTERED.items()):
        print(f"  left out: {n} {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
