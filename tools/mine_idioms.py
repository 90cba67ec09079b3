"""Mine English idioms and phrasal verbs for the English-Indonesian idiom lexicon.

    apt-get install wordnet-base dict-freedict-eng-ind
    pip install '.[mining]' nlp-id                   # wordfreq; nlp-id's Indonesian news corpus
    pip download --no-deps gensim==4.4.0 -d /tmp/gensim   # English news text (Lee corpus)
    python3 tools/mine_idioms.py --gensim-wheel /tmp/gensim/gensim-4.4.0-*.whl

Method (docs/idioms.md):
1. Candidates: WordNet's multi-word verbs (index.verb: "rule_out", "bite_the_bullet",
   2,800 phrasal verbs and verbal idioms), plus the idiomatic noun phrases of
   rules/en-id/data/idioms.yaml that WordNet lacks ("lame duck").
2. English news frequency: how often each candidate (any inflection of its verb, from
   qa_lint.lexicon's English source patterns) occurs in the ABC news articles of the
   Lee corpus and in a Wikipedia sample; wordfreq's Zipf frequency of its first word
   breaks ties.
3. The word-for-word rendering: each word's first Indonesian rendering in Debian's
   English-Indonesian FreeDict (rules/en-id/data/freedict-eng-ind.jsonl), in English
   word order, which is what a word-for-word translation produces.
4. Whether that rendering is normal Indonesian: how often it occurs in nlp-id's
   Indonesian news corpus. A literal rendering that real Indonesian news uses is a
   precision risk (a literal sense, or an accepted calque); one it never uses is a
   candidate for the lexicon.

Writes rules/en-id/data/idiom-candidates.tsv (ranked; the `curated` column names the
lexicon entry that covers a candidate). Corpus text is read, never written out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import corpora  # noqa: E402
from qa_lint import lexicon  # noqa: E402

DATA = ROOT / "rules" / "en-id" / "data"
WORDNET_VERBS = Path("/usr/share/wordnet/index.verb")
TOP = 600  # candidates written out


def wordnet_multiword_verbs(path: Path) -> list[str]:
    if not path.is_file():
        raise SystemExit(f"{path} not found: apt-get install wordnet-base")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        lemma = line.split(" ", 1)[0]
        if "_" in lemma and not line.startswith(" ") and re.fullmatch(r"[a-z_'-]+", lemma):
            out.append(lemma.replace("_", " "))
    return out


def freedict_first_renderings(path: Path) -> dict[tuple[str, str], str]:
    """(headword, pos) -> its first Indonesian rendering."""
    first = {}
    for line in path.open(encoding="utf-8"):
        entry = json.loads(line)
        if entry["senses"] and entry["senses"][0]["id"]:
            first.setdefault((entry["headword"], entry["pos"]), entry["senses"][0]["id"][0])
    return first


def literal_guess(expression: str, renderings: dict, particles: set[str]) -> str:
    words = expression.split()
    out = []
    for i, word in enumerate(words):
        if word in ("a", "an", "the", "one's", "oneself", "someone", "something"):
            continue
        order = ("v", "n", "adj", "adv") if i == 0 else (("adv", "preposition", "prep") if word in particles else ("n", "adj", "adv", "v", "preposition"))
        guess = next((renderings[(word, pos)] for pos in order if (word, pos) in renderings), None)
        out.append(guess or f"[{word}]")
    return " ".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gensim-wheel", type=Path, required=True, help="the gensim wheel (English news test data)")
    parser.add_argument("--out", type=Path, default=DATA / "idiom-candidates.tsv")
    args = parser.parse_args(argv)
    import wordfreq  # only the miner needs it

    curated_file = lexicon.load_entries(DATA / "idioms.yaml")
    curated = {e.source["en"][0]: e.id for e in curated_file}
    head = __import__("yaml").safe_load((DATA / "idioms.yaml").read_text(encoding="utf-8"))
    particles = {str(p) for p in head["particles"]}
    irregular = lexicon.load_verb_forms(str((DATA / head["verb_forms"]).resolve()))

    candidates = {c: "wordnet" for c in wordnet_multiword_verbs(WORDNET_VERBS)}
    for source in curated:
        candidates.setdefault(source, "hand")

    english = "\n".join(corpora.english_articles(args.gensim_wheel))
    indonesian = "\n".join(corpora.indonesian_sentences()).casefold()
    renderings = freedict_first_renderings(DATA / "freedict-eng-ind.jsonl")

    # One pass over the English text per first word keeps this to seconds, not minutes.
    english_words = Counter(re.findall(r"[a-z']+", english.casefold()))
    rows = []
    for source, origin in candidates.items():
        words = source.split()
        forms = lexicon.english_verb_forms(words[0], irregular) if len(words) > 1 else [words[0]]
        if origin == "wordnet" and not any(english_words.get(f) for f in forms):
            hits = 0
        else:
            pattern = re.compile(r"(?<![\w])" + lexicon.english_source_pattern(source, frozenset(particles), irregular) + r"(?![\w])", re.I)
            hits = len(pattern.findall(english))
        guess = literal_guess(source, renderings, particles)
        id_hits = indonesian.count(guess.casefold()) if "[" not in guess else -1
        zipf = wordfreq.zipf_frequency(words[0], "en")
        rows.append((hits, zipf, source, origin, guess, id_hits, curated.get(source, "")))
    rows.sort(key=lambda r: (-(r[6] != ""), -r[0], -r[1], r[2]))
    chosen = [r for r in rows if r[6]] + [r for r in rows if not r[6]][: TOP]
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# English idiom/phrasal-verb candidates, generated by tools/mine_idioms.py (see docs/idioms.md).\n")
        out.write("# en_news_hits: occurrences in the Lee ABC-news corpus + a Wikipedia sample; zipf: wordfreq of the first word;\n")
        out.write("# literal_guess: word-by-word FreeDict renderings ([word] = none); id_news_hits: occurrences of that guess in\n")
        out.write("# nlp-id's Indonesian news corpus (-1: no guess); curated: the lexicon entry covering it.\n")
        out.write("source\torigin\ten_news_hits\tzipf\tliteral_guess\tid_news_hits\tcurated\n")
        for hits, zipf, source, origin, guess, id_hits, entry in chosen:
            out.write(f"{source}\t{origin}\t{hits}\t{zipf:.2f}\t{guess}\t{id_hits}\t{entry}\n")
    print(f"{len(rows)} candidates, {len(chosen)} written -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
