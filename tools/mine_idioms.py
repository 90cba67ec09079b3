"""Mine English idioms and phrasal verbs for the English-Indonesian idiom lexicon.

    apt-get install wordnet-base dict-freedict-eng-ind
    pip install '.[mining]' nlp-id                   # wordfreq; nlp-id's Indonesian news corpus
    pip download --no-deps gensim==4.4.0 -d /tmp/gensim   # English news text (Lee corpus)
    python3 tools/mine_idioms.py --gensim-wheel /tmp/gensim/gensim-4.4.0-*.whl

Method (docs/idioms.md):
1. Candidates: WordNet's multi-word verbs (index.verb: "rule_out", "bite_the_bullet",
   2,800 phrasal verbs and verbal idioms); WordNet's multi-word nouns, adjectives and
   adverbs whose meaning is not made of their words (non-compositional: a noun whose
   head word is neither in its definition nor among its hypernyms, "silver bullet" is
   a solution, not a bullet; an adjective or adverb none of whose words is in its
   definition, "under the weather" is ill); Wiktionary's English idioms, proverbs
   and multi-word verbs in the English-Indonesian FreeDict, whose Indonesian is
   given there ("catch red-handed": menangkap basah); plus the entries of
   rules/en-id/data/idioms.yaml that WordNet lacks ("cherry-pick").
2. English news frequency: how often each candidate (any inflection of its verb, from
   qa_lint.lexicon's English source patterns) occurs in the ABC news articles of the
   Lee corpus and in a Wikipedia sample; wordfreq's Zipf frequency of its first word
   breaks ties.
3. The word-for-word rendering: each word's first Indonesian rendering in Debian's
   English-Indonesian FreeDict (rules/en-id/data/freedict-eng-ind.jsonl), in English
   word order (a noun phrase head first: "peluru perak"), which is what a word-for-word
   translation produces; and its variants (`literal_variants`), made of the first
   rendering of each of a word's first senses ("court": pengadilan, lapangan), because
   MT picks a sense per word and an entry that foresees one misses the others.
4. Whether that rendering is normal Indonesian: how often it occurs in nlp-id's
   Indonesian news corpus. A literal rendering that real Indonesian news uses is a
   precision risk (a literal sense, or an accepted calque); one it never uses is a
   candidate for the lexicon.

5. Adjective and adverb idioms too rare in the English text to rank ("by heart", "for a
   song") are also written out when their word-for-word guess is complete and unused in
   Indonesian news, common words first (word_for_word_phrases).

Writes rules/en-id/data/idiom-candidates.tsv (ranked; the `curated` column names the
lexicon entry that covers a candidate). Corpus text is read, never written out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import corpora  # noqa: E402

from qa_lint import lexicon  # noqa: E402

DATA = ROOT / "rules" / "en-id" / "data"
WORDNET_VERBS = Path("/usr/share/wordnet/index.verb")
TOP = 600  # multi-word verbs written out
TOP_PHRASES = 200  # non-compositional nouns, adjectives and adverbs written out
TOP_WORD_FOR_WORD = 150  # adjective and adverb phrases of common words written out by their literal guess
TOP_COVERAGE = 400  # idioms ranked for the coverage list
WORDNET = Path("/usr/share/wordnet")
VARIANTS = 8  # literal variants listed per candidate
SENSES_PER_WORD = 3


def wordnet_multiword_verbs(path: Path) -> list[str]:
    if not path.is_file():
        raise SystemExit(f"{path} not found: apt-get install wordnet-base")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        lemma = line.split(" ", 1)[0]
        if "_" in lemma and not line.startswith(" ") and re.fullmatch(r"[a-z_'-]+", lemma):
            out.append(lemma.replace("_", " "))
    return out


def _definition(gloss: str) -> set[str]:
    """The words of a WordNet gloss's definition (its quoted examples left out)."""
    return set(re.findall(r"[a-z]+", gloss.split('"')[0].casefold()))


def _words_above(synsets: dict, key, depth: int) -> set[str]:
    """The words of the synsets above ``key`` (its hypernyms, theirs, ...) up to ``depth``
    levels; ``synsets`` maps a key to (words, hypernym keys, definition)."""
    out, todo = set(), list(synsets[key][1])
    while todo and depth:
        depth -= 1
        nxt = []
        for k in todo:
            if k in synsets:
                out.update(w for lemma in synsets[k][0] for w in lemma.casefold().split("_"))
                nxt += synsets[k][1]
        todo = nxt
    return out


def wordnet_idiomatic_phrases(directory: Path = WORDNET) -> dict[str, str]:
    """Multi-word nouns, adjectives and adverbs whose meaning their words do not make:
    phrase -> part of speech (n, a, r)."""
    synsets = {}
    for name, pos in (("noun", "n"), ("adj", "a"), ("adv", "r")):
        path = directory / f"data.{name}"
        if not path.is_file():
            raise SystemExit(f"{path} not found: apt-get install wordnet-base")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].split("(")[0] for i in range(count)]
            i, hypernyms = 4 + 2 * count, []
            for _ in range(int(fields[i])):
                symbol, target, tpos = fields[i + 1:i + 4]
                if symbol in ("@", "@i") and tpos == "n":
                    hypernyms.append(("n", target))
                i += 4
            synsets[(pos, fields[0])] = (words, hypernyms, _definition(gloss))

    phrases: dict[str, str] = {}
    for (pos, offset), (words, _, definition) in synsets.items():
        for lemma in words:
            if "_" not in lemma or not re.fullmatch(r"[a-z_'-]+", lemma):
                continue  # single words; names (capitalised)
            parts = lemma.split("_")
            content = [w for w in parts if len(w) > 3]
            if pos == "n":
                head = parts[-1]
                above = _words_above(synsets, (pos, offset), depth=10)
                if head in definition or head in above or head.rstrip("s") in above:
                    continue
            elif not content or any(w in definition for w in content):
                continue
            phrases.setdefault(lemma.replace("_", " "), pos)
    return phrases


def wordnet_noncompositional_verbs(directory: Path = WORDNET) -> set[str]:
    """Multi-word verbs one of whose senses does not mean their verb: the verb is neither in
    that sense's definition nor among its hypernyms ("rule out": dismiss from consideration;
    not "live in": live in the house where one works)."""
    path = directory / "data.verb"
    if not path.is_file():
        raise SystemExit(f"{path} not found: apt-get install wordnet-base")
    synsets = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("  "):
            continue
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        i, hypernyms = 4 + 2 * count, []
        for _ in range(int(fields[i])):
            if fields[i + 1] == "@":
                hypernyms.append(fields[i + 2])
            i += 4
        synsets[fields[0]] = (words, hypernyms, _definition(gloss))

    out = set()
    for offset, (words, _, definition) in synsets.items():
        for lemma in words:
            if "_" not in lemma or not re.fullmatch(r"[a-z_'-]+", lemma):
                continue
            verb = lemma.split("_")[0]
            if verb not in definition and verb not in _words_above(synsets, offset, depth=6):
                out.add(lemma.replace("_", " "))
    return out


# Words of a source that stand for others ("one's": his, their).
PLACEHOLDERS = frozenset(["oneself", "one's", "someone", "someone's", "something"])
# Words that make a phrase a grammatical one ("at least", "as well"), not an idiom.
FUNCTION_WORDS = frozenset(
    "a an the as at by for from in into of on to with than then there is be been more most less least "
    "well so such much many other and or but not no all any some this that what which who one".split())


def ranked_idioms(rows: list[tuple], top: int) -> list[tuple]:
    """The `top` most frequent idioms among rows from sources independent of the lexicon:
    WordNet's non-compositional multi-word verbs (origin wordnet-v) and nouns, adjectives
    and adverbs, and the dictionary's idioms; not phrases made of function words only.
    Ranked by English news hits, then by the Zipf frequency of the phrase's rarest word."""
    kept = [r for r in rows if r[3] in ("wordnet-v", "wordnet-n", "wordnet-a", "wordnet-r", "freedict")
            and not all(w in FUNCTION_WORDS for w in r[2].split())]
    return sorted(kept, key=lambda r: (-r[0], -r[8], r[2]))[:top]


def word_for_word_phrases(rows: list[tuple], written: set[str], top: int) -> list[tuple]:
    """Adjective and adverb idioms the news ranking misses: "by heart", "for a song", "by a long
    shot" are too rare in the small English text to rank, yet made of words every dictionary
    renders, which is what a word-for-word translation needs. Kept: WordNet's non-compositional
    adjective/adverb phrases not written out yet, whose word-for-word guess of the content words
    (row[10]; the dictionary lacks most function words) is complete and never used in Indonesian
    news (not an accepted calque, not a grammatical phrase such as "just about"), ranked by the Zipf frequency of their rarest content word,
    highest first (an idiom made of common words before a Latin tag), then by news hits."""
    kept = [r for r in rows if r[3] in ("wordnet-a", "wordnet-r") and r[2] not in written and not r[6]
            and r[10] == 0 and any(w not in FUNCTION_WORDS for w in r[2].split())]
    return sorted(kept, key=lambda r: (-r[9], -r[0], r[2]))[:top]


def freedict_idioms(path: Path) -> list[str]:
    """Multi-word idioms, proverbs and verbs of the English-Indonesian dictionary (Wiktionary's)."""
    out = []
    for line in path.open(encoding="utf-8"):
        entry = json.loads(line)
        headword = entry["headword"]
        if " " in headword and entry["pos"] in ("phraseologicalUnit", "proverb", "v") and re.fullmatch(r"[a-z' -]+", headword):
            out.append(headword)
    return out


def freedict_sense_renderings(path: Path) -> dict[tuple[str, str], list[str]]:
    """(headword, pos) -> the first Indonesian rendering of each of its senses."""
    out: dict[tuple[str, str], list[str]] = {}
    for line in path.open(encoding="utf-8"):
        entry = json.loads(line)
        firsts = out.setdefault((entry["headword"], entry["pos"]), [])
        for sense in entry["senses"]:
            if sense["id"] and sense["id"][0] not in firsts:
                firsts.append(sense["id"][0])
    return out


def literal_variants(expression: str, senses: dict, particles: set[str], noun_phrase: bool = False) -> list[str]:
    """Word-by-word renderings with each word in any of its first senses (at most VARIANTS)."""
    import itertools

    options = []
    words = [w for w in expression.split() if w not in ("a", "an", "the", "one's", "oneself", "someone", "something")]
    for i, word in enumerate(words):
        order = ("v", "n", "adj", "adv") if i == 0 and not noun_phrase else (
            ("adv", "preposition", "prep") if word in particles else ("n", "adj", "adv", "v", "preposition"))
        found = []
        for pos in order:
            for r in senses.get((word, pos), []):
                if r not in found:
                    found.append(r)
        options.append(found[:SENSES_PER_WORD] or [f"[{word}]"])
    if noun_phrase:
        options.reverse()  # Indonesian puts the head first: "silver bullet" -> "peluru perak"
    return [" ".join(combo) for combo in itertools.islice(itertools.product(*options), VARIANTS)]


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


class EnglishNews:
    """Occurrences of candidates in the English articles. The articles each word occurs in
    are indexed, and a candidate's regex runs only on the articles that hold its fixed words
    (all of the text for every candidate took 13 minutes; a match never crosses two
    articles, so the counts are the same)."""

    def __init__(self, articles: list[str]):
        self.articles = articles
        self.holding: dict[str, set[int]] = defaultdict(set)
        for i, article in enumerate(articles):
            for word in set(re.findall(r"[a-z']+", article.casefold())):
                self.holding[word].add(i)

    def count(self, pattern: re.Pattern, any_of: list[str], all_of: list[str]) -> int:
        where = set().union(*(self.holding.get(w, set()) for w in any_of))
        for word in all_of:
            for part in re.findall(r"[a-z']+", word):
                where &= self.holding.get(part, set())
        return sum(len(pattern.findall(self.articles[i])) for i in where)

    def hits(self, source: str, origin: str, forms: list[str], particles: frozenset[str], irregular: dict) -> int:
        words = source.split()
        if origin in ("wordnet-n", "wordnet-a", "wordnet-r"):
            # a noun, adjective or adverb phrase: its words as they stand (and a plural)
            if not all(w in self.holding for w in words):
                return 0
            phrase = re.compile(r"(?<![\w])" + r"\s+".join(map(re.escape, words)) + r"s?(?![\w])", re.I)
            *rest, last = words
            parts = re.findall(r"[a-z']+", last) or [last]
            return self.count(phrase, [parts[-1], parts[-1] + "s"], rest + parts[:-1])
        if origin in ("wordnet", "wordnet-v", "freedict") and not any(f in self.holding for f in forms):
            return 0
        pattern = re.compile(r"(?<![\w])" + lexicon.english_source_pattern(source, particles, irregular) + r"(?![\w])", re.I)
        fixed = [w for w in words[1:] if w.isalpha() and len(w) > 2 and w not in PLACEHOLDERS]
        return self.count(pattern, [f.casefold() for f in forms], fixed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gensim-wheel", type=Path, required=True, help="the gensim wheel (English news test data)")
    parser.add_argument("--out", type=Path, default=DATA / "idiom-candidates.tsv")
    parser.add_argument("--coverage", type=Path, default=DATA / "idiom-coverage.tsv", help="the top idioms and which have an entry")
    args = parser.parse_args(argv)
    import wordfreq  # only the miner needs it

    curated_file = lexicon.load_entries(DATA / "idioms.yaml")
    curated = {e.source["en"][0]: e.id for e in curated_file}
    head = __import__("yaml").safe_load((DATA / "idioms.yaml").read_text(encoding="utf-8"))
    particles = {str(p) for p in head["particles"]}
    irregular = lexicon.load_verb_forms(str((DATA / head["verb_forms"]).resolve()))

    noncompositional = wordnet_noncompositional_verbs()
    candidates = {c: "wordnet-v" if c in noncompositional else "wordnet" for c in wordnet_multiword_verbs(WORDNET_VERBS)}
    for phrase, pos in wordnet_idiomatic_phrases().items():
        candidates.setdefault(phrase, f"wordnet-{pos}")
    for phrase in freedict_idioms(DATA / "freedict-eng-ind.jsonl"):
        candidates.setdefault(phrase, "freedict")
    for source in curated:
        candidates.setdefault(source, "hand")

    articles = corpora.english_articles(args.gensim_wheel)
    indonesian = "\n".join(corpora.indonesian_sentences()).casefold()
    renderings = freedict_first_renderings(DATA / "freedict-eng-ind.jsonl")
    senses = freedict_sense_renderings(DATA / "freedict-eng-ind.jsonl")

    # One pass over the English text per first word keeps this to seconds, not minutes.
    news = EnglishNews(articles)
    rows = []
    for source, origin in candidates.items():
        words = source.split()
        forms = lexicon.english_verb_forms(words[0], irregular) if len(words) > 1 else [words[0]]
        hits = news.hits(source, origin, forms, frozenset(particles), irregular)
        noun_phrase = origin == "wordnet-n"
        guess = literal_guess(source, renderings, particles)
        variants = literal_variants(source, senses, particles, noun_phrase) if hits or source in curated or origin == "freedict" else []
        if noun_phrase and variants:
            guess = variants[0]
        id_hits = indonesian.count(guess.casefold()) if "[" not in guess else -1
        shown = "; ".join(f"{v}={indonesian.count(v.casefold())}" for v in variants if "[" not in v)
        zipf = wordfreq.zipf_frequency(words[0], "en")
        rarest = min(wordfreq.zipf_frequency(w, "en") for w in words)
        content = [w for w in words if w not in FUNCTION_WORDS and w not in PLACEHOLDERS] or words
        rarest_content = min(wordfreq.zipf_frequency(w, "en") for w in content)
        # The dictionary has no entry for most function words ("[by] jantung"): the guess
        # without them is what tells whether Indonesian news uses the rendering.
        content_guess = " ".join(w for w in guess.split() if not (w.startswith("[") and w[1:-1] in FUNCTION_WORDS))
        content_hits = indonesian.count(content_guess.casefold()) if content_guess and "[" not in content_guess else -1
        rows.append((hits, zipf, source, origin, guess, id_hits, curated.get(source, ""), shown, rarest, rarest_content, content_hits))
    rows.sort(key=lambda r: (-(r[6] != ""), -r[0], -r[1], r[2]))
    # Curated entries and the dictionary's idioms always; then the most frequent multi-word
    # verbs and non-compositional phrases, each up to its own limit.
    open_rows = [r for r in rows if not r[6]]
    chosen = ([r for r in rows if r[6]] + [r for r in open_rows if r[3] == "freedict"]
              + [r for r in open_rows if r[3] in ("wordnet", "wordnet-v", "hand")][:TOP]
              + [r for r in open_rows if r[3] in ("wordnet-n", "wordnet-a", "wordnet-r")][:TOP_PHRASES])
    chosen += word_for_word_phrases(rows, {r[2] for r in chosen}, TOP_WORD_FOR_WORD)
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# English idiom/phrasal-verb candidates, generated by tools/mine_idioms.py (see docs/idioms.md).\n")
        out.write("# en_news_hits: occurrences in the Lee ABC-news corpus + a Wikipedia sample; zipf: wordfreq of the first word;\n")
        out.write("# literal_guess: word-by-word FreeDict renderings ([word] = none); id_news_hits: occurrences of that guess in\n")
        out.write("# nlp-id's Indonesian news corpus (-1: no guess); curated: the lexicon entry covering it;\n")
        out.write("# literal_variants: renderings with each word in any of its first senses, with their counts there.\n")
        out.write("# origin: wordnet (multi-word verb), wordnet-v (one whose verb one of its senses does not mean),\n")
        out.write("# wordnet-n/-a/-r (non-compositional noun/adjective/adverb),\n")
        out.write("# freedict (an idiom, proverb or multi-word verb of the dictionary), hand.\n")
        out.write("source\torigin\ten_news_hits\tzipf\tliteral_guess\tid_news_hits\tcurated\tliteral_variants\n")
        for hits, zipf, source, origin, guess, id_hits, entry, shown, *_ in chosen:
            out.write(f"{source}\t{origin}\t{hits}\t{zipf:.2f}\t{guess}\t{id_hits}\t{entry}\t{shown}\n")
    print(f"{len(rows)} candidates, {len(chosen)} written -> {args.out}", file=sys.stderr)
    top = ranked_idioms(rows, TOP_COVERAGE)
    covered = sum(1 for r in top if r[6])
    with args.coverage.open("w", encoding="utf-8") as out:
        out.write("# The most frequent English idioms and phrasal verbs in news, from sources independent of the lexicon\n")
        out.write("# (tools/mine_idioms.py, ranked_idioms; see docs/idioms.md): WordNet's non-compositional multi-word verbs\n")
        out.write("# (wordnet-v), nouns, adjectives and adverbs (wordnet-n/-a/-r) and the FreeDict's idioms (freedict), ranked by\n")
        out.write("# en_news_hits, then rarest_zipf (wordfreq's Zipf frequency of the phrase's rarest word). curated: the lexicon\n")
        out.write("# entry covering it; id_news_hits: occurrences of the word-by-word guess in Indonesian news (> 0: a rendering\n")
        out.write(f"# Indonesian uses, an accepted calque or a compositional phrase). {covered} of {len(top)} have an entry.\n")
        out.write("rank\tsource\torigin\ten_news_hits\trarest_zipf\tliteral_guess\tid_news_hits\tcurated\n")
        for rank, (hits, _, source, origin, guess, id_hits, entry, _, rarest, *_) in enumerate(top, 1):
            out.write(f"{rank}\t{source}\t{origin}\t{hits}\t{rarest:.2f}\t{guess}\t{id_hits}\t{entry}\n")
    print(f"top {len(top)} idioms: {covered} have an entry -> {args.coverage}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
