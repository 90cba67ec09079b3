"""Generate PARAPHRASED restatements of hedged claims from real news and score the hedge-escalation rule on them.

    python3 tools/hedge_paraphrases.py [--news DIR] [--limit N] [--seed S] [--show N] [--no-phrases] [--attributed]

tools/hedge_variants.py and tools/hedge_structures.py restate a hedge in its own words, so every
case they make shares a content word with its hedge. Blind writers paraphrase: "hubungan arus
pendek" becomes "korsleting", "pemutusan hubungan kerja" becomes "PHK", a short form the article
defined stands alone. This builds three-line articles from real Indonesian news statements (one a
line, as tools/nlpid_corpus.py writes them):

    line 1  the statement hedged: a cue (diduga, dikabarkan, ...) put before its first verb
    line 2  a filler
    line 3  the claim restated with a word or phrase of it replaced by one the hedge does not use

Moves (what is replaced, and with what):

- phrase: a member of a group of rules/id/data/hedge-phrases.yaml (a phrase, a short form, a
  word) by another member sharing no word with it ("hubungan arus pendek" -> "korsleting");
- synonym: a word of a synonym group the rule reads (hedge-synonyms.yaml, hedge-thesaurus.yaml)
  by another member, its affixes kept where they can be;
- defined: a noun phrase of two or three words after the cue (a noun first, no verb form) given a short form in the hedge, made of
  their initials ("... kebocoran pipa gas (KPG)"), and the short form alone later. The short forms
  are invented: what is measured is reading the definition, whichever letters it has.

Forms of line 3: flat (the verb with "telah"), premise ("Karena ..., sekolah ... diliburkan."),
noun premise ("Karena" and only the replaced phrase with up to two words after it), presupposed (the replaced phrase and what follows it, closed by "itu", as a subject).
Controls, which must stay quiet: the paraphrase kept hedged (the cue again), attributed ("...,
kata ..."), and an unrelated statement from another article naming a member of the same group
(the group alone is not the claim).

With ``--attributed`` every line 3 is put in someone's mouth, and what escalates is decided by the
policy of issue 11 (docs/sourcing.md): a claim presupposed in a phrase (the presupposed, noun
subject, noun premise, relative and other-act forms) is let pass as settled whoever speaks, so those forms,
attributed ("..., kata Kapolsek Gregorius Tampubolon." / "Menurut Gregorius Tampubolon, ..."), must be found; the
same forms confirmed ("Kapolsek Gregorius Tampubolon memastikan ...") and the plain forms attributed (flat,
premise, synonym: an update on someone's word) must stay quiet.

Output: per move and form, escalations found / made (and of those whose unparaphrased
restatement is found), and control articles with a finding on line 3. ``--no-phrases`` runs the rule without its phrases file (the figure before the phrase
groups); the synonym move is the same either way unless the groups changed.
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from hedge_structures import UNFIT, sentences  # noqa: E402
from hedge_variants import NEWS_CUES, Restatement, news_hedges, restatements, reworded, set_hedges, synonym_table  # noqa: E402

from qa_lint import packs, yamlmarks  # noqa: E402
from qa_lint.checks.hedging.phrases import PhraseTable  # noqa: E402
from qa_lint.readers import read_text  # noqa: E402
from qa_lint.stemming import stemmer  # noqa: E402

RULE = "id.sourcing.hedge-escalation"
DATA = ROOT / "rules/id/data"
NEWS = Path("/tmp/nlpid-news")
WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
# An affixed verb form, never part of a noun phrase given a short form.
VERB = regex.compile(r"^(?:me|di|ber|ter|mem|men|meng|meny)\p{Ll}{3,}$")
FILLER = "Petugas masih berada di lokasi hingga sore hari."
# Words that end the thing a presupposed phrase names ("korsleting di kios" -> "korsleting").
STOP = frozenset("di ke dari pada dan atau yang untuk dengan oleh dalam sejak karena akibat itu ini tersebut saat "
                 "ketika hingga sampai sebelum setelah sebagai secara bagi juga serta".split())
# Function words never made part of an invented short form.
FUNCTION = STOP | frozenset("para sang si se sebuah seorang sejumlah berbagai adalah merupakan bahwa tak tidak belum".split())


@dataclass
class Case:
    move: str  # phrase | synonym | defined
    form: str  # flat | premise | presupposed, or a control: kept | attributed | unrelated
    text: str  # the three-line article
    escalation: bool
    before: str = ""  # what was replaced
    after: str = ""  # ... and with what
    original: str = ""  # the article before the replacement (an escalation in the hedge's own words)


def groups() -> tuple[list[list[str]], list[list[str]]]:
    """(the phrase groups, the synonym groups) the rule reads."""
    phrases = (yamlmarks.safe_load((DATA / "hedge-phrases.yaml").read_text(encoding="utf-8")) or {}).get("phrases", [])
    synonyms = []
    for name in ("hedge-synonyms.yaml", "hedge-thesaurus.yaml"):
        synonyms += (yamlmarks.safe_load((DATA / name).read_text(encoding="utf-8")) or {}).get("synonyms", [])
    return [[str(m) for m in g] for g in phrases], [[str(m) for m in g] for g in synonyms]


class Finder:
    """Where a sentence names a member of a group, and the group's other members."""

    def __init__(self, stem, phrase_groups, synonym_groups):
        self.stem = stem
        self.table = PhraseTable(stem)
        self.members: dict[str, tuple[str, list[str]]] = {}  # group key -> (move, members)
        for move, found in (("phrase", phrase_groups), ("synonym", synonym_groups)):
            for group in found:
                key = self.table.add_group(group)
                if key and key not in self.members:
                    self.members[key] = (move, group)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, group key) of each member named in the text."""
        return self.table.members(text)

    def others(self, key: str, member: str) -> list[str]:
        """The group's other members that share no stem with the member as written."""
        stems = {self.stem(w.casefold()) for w in WORD.findall(member)}
        return [m for m in self.members[key][1] if not stems & {self.stem(w.casefold()) for w in WORD.findall(m)}]


def content(text: str, stem) -> set[str]:
    """The stems of a text's words that are no function words."""
    return {stem(w.casefold()) for w in WORD.findall(text) if w.casefold() not in FUNCTION and len(w) > 2}


def initials_phrase(sentence: str, lo: int, nouns: set[str], stem) -> tuple[int, int, str] | None:
    """A noun phrase after lo to give a short form: two or three lower-case words in a row (spaces
    only between them), the first a noun, none a verb form or function word: (start, end, short form)."""
    words = list(WORD.finditer(sentence, lo))
    for i in range(len(words)):
        if words[i].group() not in nouns:
            continue
        run = [words[i]]
        for m in words[i + 1:i + 3]:
            if sentence[run[-1].end():m.start()] != " " or not m.group().islower() or m.group() in FUNCTION \
                    or len(m.group()) < 3 or (VERB.match(m.group()) and stem(m.group()) != m.group()):
                break
            run.append(m)
        if len(run) >= 2:
            return run[0].start(), run[-1].end(), "".join(m.group()[0] for m in run).upper()
    return None


def sources(news: Path, limit: int, hedge_cue) -> list[str]:
    """Hedged sentences: the tuning sets' clean hedged lines and real news hedges."""
    folders = sorted((ROOT / "fixtures/heldout").glob("hedges-round*/"))
    return list(dict.fromkeys(set_hedges(folders, hedge_cue) + news_hedges(news, limit)))


def paraphrased(r: Restatement, before: str, after: str, hedge: str | None = None) -> Case | None:
    """A restatement with ``before`` replaced by ``after`` in its line 3 (and its hedge line made
    ``hedge``); None when line 3 does not have it."""
    lines = r.text.split("\n")
    at = lines[2].casefold().find(before.casefold())
    if at < 0:
        return None
    written = after if lines[2][at:at + 1].islower() or after.isupper() else after[:1].upper() + after[1:]
    lines[2] = lines[2][:at] + written + lines[2][at + len(before):]
    if hedge is not None:
        lines[0] = hedge
    return Case("", r.kind, "\n".join(lines), r.escalation, before, after, r.text)


def build(hedged: list[str], finder: Finder, stem, known: set[str], nouns: set[str], unrelated: dict[str, list[str]],
          rng: random.Random) -> list[Case]:
    """The paraphrased restatements of each hedged sentence, by move, with their controls."""
    cases: list[Case] = []
    for sentence in hedged:
        cue = NEWS_CUES.search(sentence)
        if cue is None:
            continue
        made = restatements(sentence, cue, stem, known)
        if not made:
            continue
        moves = []
        for start, end, key in finder.spans(sentence):
            if start < cue.end():
                continue
            member = sentence[start:end]
            others = reworded(member, synonym_table_cache(), stem) if finder.members[key][0] == "synonym" else []
            others = others or finder.others(key, member)
            if others:
                moves.append((finder.members[key][0], member, rng.choice(others), None, key))
                break
        if (run := initials_phrase(sentence, cue.end(), nouns, stem)) is not None:
            lo, hi, short = run
            moves.append(("defined", sentence[lo:hi], short, sentence[:hi] + f" ({short})" + sentence[hi:], ""))
        for move, before, after, hedge, key in moves:
            for r in made:
                if (case := paraphrased(r, before, after, hedge)) is not None:
                    case.move = move
                    cases.append(case)
            # Another article's statement naming the group, sharing no other ordinary word: not the claim.
            pool = [u for u in unrelated.get(key, []) if len(content(u, stem) & content(sentence, stem)) <= 1]
            if pool:
                line = rng.choice(pool)
                cases.append(Case(move, "unrelated", "\n".join([hedge or sentence, FILLER, line]) + "\n", False, before, line))
    return cases


# Forms that name the hedged claim in a phrase and say something else of it.
PRESUPPOSING = frozenset(("presupposed", "noun subject", "noun premise", "relative", "other act"))
# Another speaker than any hedge of the sets and the news sample has (a shared surname is the hedger).
SPEAKER = "Kapolsek Gregorius Tampubolon"


def attributed(cases: list[Case]) -> list[Case]:
    """The cases with line 3 attributed (--attributed): the presupposing forms, said closing or
    opening, are escalations; confirmed, and the plain forms said, are controls."""
    made: list[Case] = []
    for case in cases:
        lines = case.text.split("\n")
        line = lines[2].rstrip()
        if not case.escalation or not line.endswith("."):
            continue
        body = line[:-1]
        lower = body[:1].lower() + body[1:] if not body[1:2].isupper() else body
        if case.form in PRESUPPOSING:
            forms = [("said", f"{body}, kata {SPEAKER}.", True), ("per", f"Menurut Gregorius Tampubolon, {lower}.", True),
                     ("confirmed", f"{SPEAKER} memastikan {lower}.", False)]
        else:
            forms = [("said", f"{body}, kata {SPEAKER}.", False)]
        for form, text, escalation in forms:
            made.append(Case(case.move, f"{case.form} {form}", "\n".join(lines[:2] + [text] + lines[3:]), escalation,
                             case.before, case.after, ""))
    return made


def unrelated_statements(pool: list[str], finder: Finder) -> dict[str, list[str]]:
    """group key -> news statements naming one of its members."""
    found: dict[str, list[str]] = {}
    for s in pool:
        for _, _, key in finder.spans(s):
            found.setdefault(key, []).append(s)
    return found


_SYNONYMS: dict = {}


def synonym_table_cache():
    if not _SYNONYMS:
        _SYNONYMS.update(synonym_table([DATA / "hedge-synonyms.yaml", DATA / "hedge-thesaurus.yaml"]))
    return _SYNONYMS


def check(no_phrases: bool):
    pset = packs.load()
    rule_check = pset.check(RULE)
    if no_phrases:
        rule = copy.copy(rule_check.rule)
        rule.options = {k: v for k, v in rule.options.items() if k != "phrases_file"}
        rule_check = type(rule_check)(rule, rule_check.env)
    return pset, rule_check


def fires(pset, rule_check, text: str) -> bool:
    doc = read_text(text, "<paraphrase>", "txt")
    pset.settle_language(doc, "id")
    return any(f.line == 3 and f.severity in ("error", "warning") for f in rule_check.run(doc))


def score(cases: list[Case], pset, rule_check, show: int) -> dict:
    """(move, form, escalation) -> [found, made, found where the original is found, original found]."""
    tally: dict[tuple[str, str, bool], list[int]] = {}
    shown = []
    for case in cases:
        hit = fires(pset, rule_check, case.text)
        t = tally.setdefault((case.move, case.form, case.escalation), [0, 0, 0, 0])
        t[0] += hit
        t[1] += 1
        if case.escalation and case.original and fires(pset, rule_check, case.original):
            t[2] += hit
            t[3] += 1
        if hit != case.escalation and len(shown) < show:
            shown.append(("MISS " if case.escalation else "ALARM ") + f"{case.move}/{case.form} "
                         f"{case.before!r}->{case.after!r}: " + case.text.replace("\n", " | "))
    return {"tally": tally, "shown": shown}


def report(result: dict) -> None:
    totals = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
    for (move, form, escalation), counts in sorted(result["tally"].items()):
        hit, made, kept, base = counts
        if escalation:
            print(f"{move:8} {form:12} found  {hit:4d}/{made:<4d} ({hit / max(made, 1):.2f}); "
                  f"where the unparaphrased one is found {kept:4d}/{base:<4d} ({kept / max(base, 1):.2f})")
        else:
            print(f"{move:8} {form:12} alarms {hit:4d}/{made:<4d} ({hit / max(made, 1):.2f})")
        totals[escalation] = [a + b for a, b in zip(totals[escalation], counts)]
    (hit, made, kept, base), (alarms, quiet, _, _) = totals[True], totals[False]
    print(f"all escalations found {hit}/{made} ({hit / max(made, 1):.2f}), where the unparaphrased one is found "
          f"{kept}/{base} ({kept / max(base, 1):.2f}); controls with an alarm {alarms}/{quiet}")
    for line in result["shown"]:
        print(line)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--limit", type=int, default=400, help="real news hedges to take (besides the tuning sets')")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--no-phrases", action="store_true", help="run the rule without its phrases file")
    parser.add_argument("--attributed", action="store_true",
                        help="put line 3 in a speaker's mouth: presupposing forms escalate, confirmed and plain ones do not")
    args = parser.parse_args(argv)
    stem = stemmer("id")
    finder = Finder(stem, *groups())
    pset, rule_check = check(args.no_phrases)
    from wordfreq import top_n_list
    known = {w.strip() for name in ("words.txt", "words-frequent.txt")
             for w in (DATA / name).read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    known |= set(top_n_list("id", 50000))
    statements = [s for s in sentences(args.news, commas=True) if not UNFIT.search(s)]
    hedged = sources(args.news, args.limit, rule_check.hedges)
    nouns = {w.strip() for w in (DATA / "nouns.txt").read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    cases = build(hedged, finder, stem, known, nouns, unrelated_statements(statements, finder), random.Random(args.seed))
    if args.attributed:
        cases = attributed(cases)
    report(score(cases, pset, rule_check, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
