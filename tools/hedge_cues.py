"""Derive candidate hedge cues for the hedge-escalation rule from data, for curation by hand.

    apt-get install mythes-id
    python3 tools/hedge_cues.py [--corpus /tmp/nlpid-news] [--min-count 1] [--wordfreq 30000] [--new-only] [--phrases 3]

A blind writer hedges with words the rule's list never held ("disinyalir", "ditaksir",
"santer terdengar", "masih menjadi tanda tanya"). Guessing more words one round at a time
learns each set by heart; this lists the vocabulary of each kind of hedge instead:

1. seeds: a few roots for each kind (SEEDS: suspicion, possibility, estimate, rumour,
   open question, not confirmed, accusation, plan);
2. thesaurus: every word or phrase that Debian's mythes-id lists for a seed, in any
   sense (one step, no chains);
3. affixed forms: every word of the corpus and of rules/id/data/words.txt whose
   Sastrawi stem is one of those roots ("taksir" -> ditaksir, taksiran, menaksir);
4. frequency: how often each form occurs in the Indonesian news corpus (nlp-id's
   news sample, tools/corpora.py; bench/real_news_precision.py reads the same files), with
   ``--wordfreq N`` also wordfreq's N most frequent Indonesian words as forms;
5. phrases (``--phrases N``): two-word phrases of the corpus that hold a candidate form
   ("santer terdengar", "beredar kabar"), seen at least N times;
6. ``--new-only``: what the rule's cue lists already match is left out.

``--person-nouns`` lists instead the nouns that name people ("awak", "penumpang", "nelayan"): a
question "belum jelas berapa orang ..." is answered by "Ketujuh awak ..." (questions.py). A word
names people when the corpus writes it after a word that only counts or groups people (PEOPLE_MARKERS:
para, seorang, kaum, sesama) and the noun list has it; a thesaurus neighbour of such words counts
when at least PEOPLE_CONSENSUS of them list it ("awak" beside personel, anggota, warga; "lengan",
a neighbour of anggota only, does not). The curated list is rules/id/data/person-nouns.txt.

``--investigating`` lists the verbs that say a question is still being looked into ("petugas masih
menelusuri dari mana sapi itu didatangkan"): the active and passive forms (meN-, di-) of the
INVESTIGATING seeds, their thesaurus neighbours and every form of the same stem the corpus or word
list has, with how often the corpus writes each after "masih", "tengah" or "sedang". The curated
verbs are the alternatives of the "masih ... dari mana" pattern in rules/id/data/hedge-questions.yaml.

``--families OUT`` writes the candidates grouped by family instead, for curation: the kinds
above and the families that the rule reads with their own logic (FAMILIES: rumour, claim,
accusation, promise), each form ranked by its place in wordfreq's Indonesian list (``--wordfreq
N``: forms outside the N most frequent words come after, by corpus count) and marked ``rule``
when the rule's cue lists already match it, ``new`` otherwise; two-word phrases of the corpus
(``--phrases``, default 3 here; none with a stopword) are listed with the family of their candidate
word and ranked by it; each family keeps its ``--per-family`` best (30).
``--extra-corpus`` adds a corpus tools/id_corpus.py reads (an aksara wheel) to the counts.
The curated list is rules/id/sourcing.yaml (claim_cues, rumour_cues, plan_cues) and
rules/id/data/hedge-cues.yaml; the mined list is tools/mined/hedge-cue-families.txt:

    python3 tools/hedge_cues.py --families tools/mined/hedge-cue-families.txt --wordfreq 50000 \
        [--extra-corpus /tmp/aksara/aksara-1.14-py3-none-any.whl]

``--loaded`` lists instead the loaded predicates (LOADED seeds: embezzling, bribery, fraud, forgery,
assault ...): the me-/di- forms of the seeds (marked seed, first) and of their thesaurus neighbours
(thesaurus: "menjadi" beside "jadi korban" is noise to read past), with their count in the
corpus and their wordfreq rank. A neutral verb of saying before one of them is an accusation
("Warga menyebut pengurus koperasi menggelapkan dana"); the curated list is
rules/id/data/hedge-accusations.yaml.

It prints the candidates by kind, most frequent first. The printout is not the list:
every candidate was read and kept only if, in news copy, it marks the claim beside it as
not established (rules/id/data/hedge-cues.yaml, with what was rejected and why).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from qa_lint.stemming import stemmer  # noqa: E402

THESAURUS = Path("/usr/share/mythes/th_id_ID_v2.dat")
WORDS = ROOT / "rules/id/data/words.txt"
WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
SEEDS = {
    "suspicion": ["duga", "curiga", "sinyalir", "tengarai", "indikasi", "sangka"],
    "possibility": ["mungkin", "peluang", "potensi"],
    "estimate": ["kira", "taksir", "perkiraan", "estimasi"],
    "rumour": ["kabar", "desas-desus", "isu", "santer", "gosip", "rumor"],
    "open question": ["tanya", "misteri", "jawab"],
    "not confirmed": ["konfirmasi", "pasti", "verifikasi"],
    "accusation": ["tuduh", "tuding", "klaim", "dakwa"],
    "plan": ["rencana", "jajak", "wacana"],
}


# Families the rule reads with logic of their own (rumour_cues, claim_cues, accusations_file,
# plan_cues), beside the kinds of SEEDS that are plain hedges.
FAMILIES = {
    "rumour": ["kabar", "desas-desus", "isu", "santer", "gosip", "rumor", "berantai", "hoaks", "spekulasi", "edar"],
    "claim": ["klaim", "kukuh", "bersikukuh", "teguh", "keras", "dalih"],
    "accusation": ["tuduh", "tuding", "dakwa", "fitnah", "salah", "sangka"],
    "promise": ["janji", "komitmen", "tekad", "ikrar", "sumpah", "niat", "rencana", "target", "wacana"],
}
# Roots of wrongdoing: a neutral verb of saying before one of their verbs makes an accusation.
LOADED = ["gelap", "seleweng", "salahguna", "korupsi", "suap", "gratifikasi", "peras", "tipu", "gelembung",
          "pungut", "curi", "jarah", "rampok", "palsu", "manipulasi", "bocor", "aniaya", "leceh", "cabul",
          "intimidasi", "telantar", "culik", "serobot", "timbun", "selundup", "cemar", "bunuh", "fitnah"]
INVESTIGATING = ["telusur", "selidik", "usut", "lacak", "dalam", "periksa", "teliti", "cari", "identifikasi", "verifikasi"]
ONGOING = ("masih", "tengah", "sedang")
PEOPLE_MARKERS = ("para", "seorang", "kaum", "sesama")
PEOPLE_CONSENSUS = 3
NOUNS = ROOT / "rules/id/data/nouns.txt"


def person_nouns(corpus_words: list[str], nouns: set[str], thesaurus: dict[str, list[str]]) -> Counter:
    """Nouns the corpus writes after a people-only marker (with their count), and the thesaurus
    neighbours that at least PEOPLE_CONSENSUS of them share (count 0)."""
    after = Counter(b for a, b in zip(corpus_words, corpus_words[1:]) if a in PEOPLE_MARKERS and b in nouns)
    votes: Counter = Counter()
    for word in after:
        votes.update({n for n in thesaurus.get(word, []) if " " not in n and n in nouns})
    found = Counter(after)
    for word, n in votes.items():
        if n >= PEOPLE_CONSENSUS and word not in found:
            found[word] = 0
    return found


def read_thesaurus(path: Path) -> dict[str, list[str]]:
    """headword -> every word or phrase of every sense (part-of-speech tags dropped)."""
    lines = path.read_text(encoding="iso-8859-1").splitlines()[1:]
    out: dict[str, list[str]] = {}
    i = 0
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        n = int(count)
        words = []
        for sense in lines[i + 1 : i + 1 + n]:
            words += [w for w in sense.split("|")[1:] if w]
        out[head] = words
        i += 1 + n
    return out


def forms_by_stem(vocabulary, stem) -> dict[str, set[str]]:
    """stem -> the words of the vocabulary that reduce to it ("taksir" -> ditaksir, taksiran)."""
    by_stem: dict[str, set[str]] = defaultdict(set)
    for w in vocabulary:
        by_stem[stem(w)].add(w)
    return by_stem


def candidate_forms(seeds: list[str], thesaurus: dict[str, list[str]], by_stem, stem) -> set[str]:
    """The seeds, their thesaurus neighbours (one step) and every affixed form of each."""
    terms: set[str] = set(seeds)
    for s in seeds:
        terms.update(thesaurus.get(s, []))
    forms: set[str] = set()
    for t in terms:
        forms.add(t)
        if " " not in t:
            forms.update(by_stem.get(stem(t), ()))
    return forms


def collocations(words: list[str], forms: set[str], min_count: int) -> Counter:
    """Two-word phrases of the corpus that hold a candidate form ("santer terdengar", "beredar
    kabar"): a blind writer hedges with a phrase as often as with a word."""
    pairs: Counter = Counter()
    for a, b in zip(words, words[1:]):
        if (a in forms) != (b in forms) or (a in forms and b in forms and a != b):
            pairs[f"{a} {b}"] += 1
    return Counter({p: n for p, n in pairs.items() if n >= min_count})


def count(form: str, text: str, freq: Counter) -> int:
    return len(regex.findall(r"\b" + regex.escape(form) + r"\b", text)) if " " in form else freq.get(form, 0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/nlpid-news"))
    ap.add_argument("--thesaurus", type=Path, default=THESAURUS)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--wordfreq", type=int, default=0, metavar="N",
                    help="also take the N most frequent Indonesian words of wordfreq as forms")
    ap.add_argument("--new-only", action="store_true",
                    help="leave out what the rule's hedge, claim, estimate or plan cues already match")
    ap.add_argument("--phrases", type=int, default=0, metavar="N",
                    help="also list two-word phrases holding a candidate, seen at least N times")
    ap.add_argument("--investigating", action="store_true",
                    help="list the verbs that say a question is still looked into instead (data/hedge-questions.yaml)")
    ap.add_argument("--families", type=Path, metavar="OUT",
                    help="write the candidates by family, ranked by wordfreq, marked rule/new (tools/mined/hedge-cue-families.txt)")
    ap.add_argument("--per-family", type=int, default=30, metavar="K",
                    help="with --families: the K best ranked candidates of each family")
    ap.add_argument("--loaded", action="store_true",
                    help="list loaded predicates instead (for rules/id/data/hedge-accusations.yaml)")
    ap.add_argument("--extra-corpus", type=Path, action="append", default=[],
                    help="another corpus tools/id_corpus.py reads (an aksara wheel), counted with --corpus")
    ap.add_argument("--person-nouns", action="store_true",
                    help="list the nouns that name people instead (for rules/id/data/person-nouns.txt)")
    args = ap.parse_args(argv)
    stem = stemmer("id")
    thes = read_thesaurus(args.thesaurus)
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace").lower() for p in sorted(args.corpus.glob("*.txt")))
    if args.extra_corpus:
        from id_corpus import read_sentences

        text += "\n" + "\n".join(s.lower() for path in args.extra_corpus for s in read_sentences(path))
    corpus_words = WORD.findall(text)
    if args.investigating:
        by_stem = forms_by_stem(set(corpus_words) | {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines()
                                                     if w and not w.startswith("#")}, stem)
        forms = {f for f in candidate_forms(INVESTIGATING, thes, by_stem, stem) if " " not in f and f[:2] in ("me", "di")}
        ongoing = Counter(b for a, b in zip(corpus_words, corpus_words[1:]) if a in ONGOING and b in forms)
        for form in sorted(forms, key=lambda f: (-ongoing[f], f)):
            print(f"{ongoing[form]:6d}  {form}")
        return 0
    if args.person_nouns:
        nouns = {w.strip() for w in NOUNS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
        for word, n in sorted(person_nouns(corpus_words, nouns, thes).items(), key=lambda r: (-r[1], r[0])):
            if n >= args.min_count or n == 0:
                print(f"{n:6d}  {word}")
        return 0
    freq = Counter(corpus_words)
    if args.loaded:
        return print_loaded(corpus_words, freq, thes, stem, args.wordfreq)
    if args.families:
        write_families(args.families, corpus_words, text, freq, thes, stem, args)
        return 0
    vocab = set(freq) | {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    if args.wordfreq:
        from wordfreq import top_n_list
        vocab.update(top_n_list("id", args.wordfreq))
    by_stem = forms_by_stem(vocab, stem)
    known = rule_cues() if args.new_only else None
    for kind, seeds in SEEDS.items():
        forms = candidate_forms(seeds, thes, by_stem, stem)
        rows = [(count(f, text, freq), f) for f in forms]
        if args.phrases:
            rows += [(n, p) for p, n in collocations(corpus_words, {f for f in forms if " " not in f}, args.phrases).items()]
        rows = [(n, f) for n, f in rows if n >= args.min_count and not (known and covered(f, known))]
        print(f"## {kind}")
        for n, f in sorted(set(rows), key=lambda r: (-r[0], r[1])):
            print(f"{n:6d}  {f}")
    return 0


def _vocabulary(freq: Counter, wordfreq: int) -> tuple[set[str], dict[str, int]]:
    """The corpus words, the word list and wordfreq's ``wordfreq`` most frequent Indonesian words;
    and each wordfreq word's rank (1 = most frequent)."""
    vocab = set(freq) | {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    ranks: dict[str, int] = {}
    if wordfreq:
        from wordfreq import top_n_list

        top = top_n_list("id", wordfreq)
        ranks = {w: i for i, w in enumerate(top, 1)}
        vocab.update(top)
    return vocab, ranks


def rank_of(form: str, forms: set[str], ranks: dict[str, int]) -> int | None:
    """A form's wordfreq rank; a phrase's is its candidate word's ("pesan berantai": berantai's)."""
    words = [w for w in form.split() if w in forms] or form.split()
    found = [ranks[w] for w in words if w in ranks]
    return min(found) if found else None


def write_families(out: Path, corpus_words: list[str], text: str, freq: Counter, thes, stem, args) -> None:
    """The candidates of every kind and family, marked rule/new, written to ``out``: the seeds' own
    forms first ("dikabarkan", "kabarnya"), then two-word phrases of them ("pesan berantai"), then
    thesaurus neighbours and their forms; within each, by wordfreq rank, then corpus count."""
    vocab, ranks = _vocabulary(freq, args.wordfreq)
    by_stem = forms_by_stem(vocab, stem)
    known = rule_cues() + family_cues()
    stopwords = rule_stopwords()
    min_phrase = args.phrases or 3
    lines = ["# Hedge cue candidates by family, for curation (generated; do not edit by hand):",
             f"#   python3 tools/hedge_cues.py --families {out} --wordfreq {args.wordfreq}"
             + "".join(f" --extra-corpus {p.name}" for p in args.extra_corpus),
             "# Sources: Debian's mythes-id thesaurus (neighbours of each family's seeds), the Sastrawi stemmer",
             "# (affixed forms), nlp-id's news sample (counts, two-word phrases) and wordfreq (rank). Columns: rank in",
             "# wordfreq's Indonesian list (- outside it), corpus count, form, rule (the rule's cue lists match it) or",
             "# new, and where it comes from (seed: a form of a seed; phrase: a seed form with a word beside it;",
             "# thesaurus: a neighbour). Curated into rules/id/sourcing.yaml (claim_cues, rumour_cues, plan_cues),",
             "# rules/id/data/hedge-cues.yaml and hedge-accusations.yaml; read and rejected ones are named there."]
    for family, seeds in {**SEEDS, **FAMILIES}.items():
        own = {f for f in candidate_forms(seeds, {}, by_stem, stem) if f in ranks or count(f, text, freq) >= args.min_count}
        forms = {f for f in candidate_forms(seeds, thes, by_stem, stem) if f in ranks or count(f, text, freq) >= args.min_count}
        rows = [(0 if f in own else 2, count(f, text, freq), f) for f in forms]
        # A phrase with a stopword ("yang diduga") is its candidate word again.
        rows += [(1, n, p) for p, n in collocations(corpus_words, {f for f in own if " " not in f}, min_phrase).items()
                 if not any(w in stopwords for w in p.split())]
        lines.append(f"## {family}")
        origin = ("seed", "phrase", "thesaurus")

        for kind, n, form in sorted(set(rows), key=lambda row: _order(row, forms, ranks))[: args.per_family]:
            rank = rank_of(form, forms, ranks)
            lines.append(f"{rank or '-':>6}  {n:6d}  {form}  {'rule' if covered(form, known) else 'new'}  {origin[kind]}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _order(row, forms: set[str], ranks: dict[str, int]):
    """Where a (origin, count, form) row goes: by origin, then wordfreq rank, then count."""
    kind, n, form = row
    rank = rank_of(form, forms, ranks)
    return (kind, 10**9 if rank is None else rank, -n, form)


def print_loaded(corpus_words: list[str], freq: Counter, thes, stem, wordfreq: int) -> int:
    """The me-/di- forms of the LOADED roots and their thesaurus neighbours, by corpus count."""
    vocab, ranks = _vocabulary(freq, wordfreq)
    by_stem = forms_by_stem(vocab, stem)
    forms = {f for f in candidate_forms(LOADED, thes, by_stem, stem) if " " not in f and f[:2] in ("me", "di")}
    seeds = set(LOADED)
    for form in sorted(forms, key=lambda f: (stem(f) not in seeds, -freq[f], ranks.get(f, 10**9), f)):
        print(f"{ranks.get(form, '-'):>6}  {freq[form]:6d}  {form}  {'seed' if stem(form) in seeds else 'thesaurus'}")
    return 0


def family_cues() -> list:
    """The rule's lists of the families read with logic of their own: rumours, claims, plans, accusations."""
    from qa_lint import packs

    check = packs.load().check("id.sourcing.hedge-escalation")
    words = sorted(check.accusation_verbs)
    from qa_lint.matching import term_set

    return [t for t in (check.rumours, check.claims, check.plans, term_set(words) if words else None) if t is not None]


def rule_stopwords() -> frozenset[str]:
    from qa_lint import packs

    return packs.load().check("id.sourcing.hedge-escalation").stopwords


def rule_cues() -> list:
    """The term lists of the rule that already mark a claim as not established."""
    from qa_lint import packs

    check = packs.load().check("id.sourcing.hedge-escalation")
    return [t for t in (check.hedges, check.claims, check.estimates, check.plans) if t is not None]


def covered(form: str, terms: list) -> bool:
    """Whether a rule's cue list matches the whole form (or a phrase of it starts with a cue)."""
    for t in terms:
        m = t.search(form)
        if m is not None and m.start() == 0:
            return True
    return False


if __name__ == "__main__":
    sys.exit(main())
