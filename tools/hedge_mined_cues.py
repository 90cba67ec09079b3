"""Check that every curated hedge cue works in a sentence: build short articles per cue family
from real news sentences and score the hedge-escalation rule on them.

    python3 tools/hedge_mined_cues.py [--news DIR] [--per-cue N] [--seed S] [--show N]
                                      [--family F] [--cues-from REPO]

The cue families mined by ``tools/hedge_cues.py --families`` end up in the rule's data
(rules/id/sourcing.yaml and rules/id/data/): a cue added there must make its sentence a hedged
claim that a later line can escalate, and the controls must stay quiet. For each cue of each
family this takes verb-object pairs of real news sentences (tools/hedge_structures.py,
``verb_objects``) and builds:

- rumour (the rule's rumour_cues): "Pesan berantai menyebut Pemkot akan menutup pasar
  induk." then stated as done, as a premise, or named by its act noun;
- claim (claim_cues): "Pemkot bersikukuh telah menutup pasar induk." then taken as given (a
  premise, the act noun as subject); a later "akan" stays quiet (a party's claim is not
  escalated by how the story goes on);
- accusation (data/hedge-accusations.yaml): a neutral verb of saying before a loaded
  predicate, "Warga menyebut pengurus koperasi menggelapkan dana bantuan." then stated plainly;
- promise (plan_cues): "Pemkot berkomitmen menutup pasar induk." then reported done.

Controls after the same hedged line: the update attributed ("..., kata Agus Salim."), denied,
kept open, or the act said not proven ("Penutupan pasar induk tidak terbukti."); for
accusations also a neutral report ("Warga menyebut pengurus koperasi membagikan ...") restated.
The test is circular by design (the cues come from the rule's own lists): it says each cue is
read, not that a blind writer uses it. ``--cues-from`` reads the cue lists of another checkout
(to run an older rule on today's cues). Output: per family, escalations found / made and control
articles with an error or warning.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from hedge_structures import NAMES, NEWS, Case, pe_form, report, run, sentences, verb_objects  # noqa: E402

from qa_lint import yamlmarks  # noqa: E402
from qa_lint.checks.hedging.words import WORD  # noqa: E402
from qa_lint.matching import term_set  # noqa: E402
from qa_lint.stemming import stemmer  # noqa: E402

LEAD = "JAKARTA – Warga setempat berkumpul di balai desa pada Senin pagi untuk mendengar penjelasan petugas."
FILLER = "Petugas gabungan berjaga di lokasi sejak pagi."
# Who is accused of what in the accusation family: subjects the noun list knows (so the
# loaded predicate, not the subject, is the hedged verb) and objects a loaded act can take.
ACCUSED = ["pengurus koperasi", "kepala dinas", "pejabat desa", "direktur perusahaan", "kontraktor proyek"]
OBJECTS = ["dana bantuan sosial", "anggaran perbaikan jalan", "uang kas koperasi", "dokumen pengadaan lahan"]
# Rumour cues that are nouns a rumour is "beredar" as ("Beredar gosip bahwa ...").
NOUN_RUMOURS = {"rumor", "isu", "spekulasi", "gosip", "desas-desus"}
NEUTRAL = ["membagikan", "memeriksa", "membahas", "menyerahkan"]


def rule_options(repo: Path) -> dict:
    """The hedge-escalation rule's options in a checkout, its ``{list: ...}`` items expanded."""
    pack = repo / "rules/id/sourcing.yaml"
    rule = next(r for r in yamlmarks.safe_load(pack.read_text(encoding="utf-8"))["rules"]
                if r["id"] == "id.sourcing.hedge-escalation")

    def expand(items):
        out = []
        for item in items:
            if isinstance(item, dict) and "list" in item:
                data = yamlmarks.safe_load((pack.parent / item["list"]).read_text(encoding="utf-8"))
                out += expand(data["terms"] if isinstance(data, dict) else data)
            else:
                out.append(item)
        return out

    return {k: expand(v) if isinstance(v, list) else v for k, v in rule.items()}


def literals(items) -> list[str]:
    return [i for i in items if isinstance(i, str)]


def accusation_data(repo: Path) -> tuple[list[str], list[str]]:
    path = repo / "rules/id/data/hedge-accusations.yaml"
    if not path.is_file():
        return [], []
    data = yamlmarks.safe_load(path.read_text(encoding="utf-8"))
    return [str(w) for w in data["saying"]], [str(w) for w in data["loaded"]]


def families(repo: Path) -> dict[str, list[str]]:
    o = rule_options(repo)
    hedges = term_set(o["hedge_cues"])
    saying, loaded = accusation_data(repo)
    return {
        # Rumour cues that are hedges as a whole ("kabar" alone is a noun the hedge patterns read in context).
        # "belum dikonfirmasi" is the family "not confirmed" (tools/hedge_structures.py, unconfirmed-mined).
        "rumour": [c for c in literals(o.get("rumour_cues", [])) if _whole(hedges, c) and not c.startswith("belum")],
        "claim": literals(o.get("claim_cues", [])),
        # Each loaded predicate with a verb of saying, and each verb of saying with a predicate, in turn.
        "accusation": [f"{saying[i % len(saying)]}|{p}" for i, p in enumerate(loaded)]
        + [f"{s}|{loaded[(i * 7) % len(loaded)]}" for i, s in enumerate(saying)] if saying and loaded else [],
        "promise": literals(o.get("plan_cues", [])),
    }


def _whole(terms, text: str) -> bool:
    m = terms.search(text)
    return m is not None and (m.start(), m.end()) == (0, len(text))


def _passive(cue: str) -> bool:
    return cue.startswith(("di", "ter")) or cue in ("konon", "kabarnya")


def rumour_cases(cue, vo, rng, rows: list) -> list[Case]:
    cases = []
    for s, subject, verb, root, _suffix, obj in rows:
        noun = pe_form(root) + "an"
        hedged = (f"{subject} {cue} akan {verb} {obj}." if _passive(cue) or " " not in cue and cue.startswith("ber")
                  else f"Beredar {cue} bahwa {subject} akan {verb} {obj}." if cue in NOUN_RUMOURS
                  else f"{cue[0].upper()}{cue[1:]} menyebut {subject} akan {verb} {obj}.")
        forms = {"done": f"{subject} telah {verb} {obj}.",
                 "premise": f"Karena {subject} {verb} {obj}, warga diminta tetap waspada.",
                 "act-noun": f"{noun.capitalize()} {obj} oleh {subject} menuai protes warga."}
        controls = {"attributed": f"{subject} telah {verb} {obj}, kata {rng.choice(NAMES)}.",
                    "denied": f"{subject} membantah akan {verb} {obj}.",
                    "not-proven": f"{noun.capitalize()} {obj} tidak terbukti."}
        cases += _cases("rumour", cue, hedged, forms, controls, s)
    return cases


def claim_cases(cue, vo, rng, rows: list) -> list[Case]:
    cases = []
    for s, subject, verb, root, suffix, obj in rows:
        noun = pe_form(root) + "an"
        passive = "di" + root + suffix
        if cue.startswith("di"):
            hedged = f"{obj[0].upper()}{obj[1:]} {cue} sudah {passive} oleh {subject}."
        elif cue.startswith("menyebut"):
            continue  # a pattern cue ("menyebut dirinya sebagai"): no act to restate
        else:
            hedged = f"{subject} {cue} telah {verb} {obj}."
        forms = {"premise": f"Karena {subject} sudah {verb} {obj}, warga kembali beraktivitas.",
                 "act-noun": f"{noun.capitalize()} {obj} oleh {subject} membuat warga lega."}
        controls = {"attributed": f"Menurut {rng.choice(NAMES)}, {subject} sudah {verb} {obj}.",
                    "denied": f"Warga membantah {subject} telah {verb} {obj}.",
                    "goes-on": f"{subject} akan {verb} {obj} lagi tahun depan.",
                    "not-proven": f"{noun.capitalize()} {obj} tidak terbukti."}
        cases += _cases("claim", cue, hedged, forms, controls, s)
    return cases


def accusation_cases(cue, vo, rng, rows: list) -> list[Case]:
    saying, loaded = cue.split("|")
    cases = []
    for s, *_ in rows:
        accused, obj = rng.choice(ACCUSED), rng.choice(OBJECTS)
        hedged = f"Warga {saying} {accused} {loaded} {obj}."
        forms = {"plain": f"{accused.capitalize()} {loaded} {obj} untuk kepentingan pribadi.",
                 "premise": f"Karena {accused} {loaded} {obj}, program itu terhenti."}
        controls = {"attributed": f"Menurut polisi, {accused} {loaded} {obj}.",
                    "denied": f"{accused.capitalize()} membantah {loaded} {obj}."}
        cases += _cases("accusation", cue, hedged, forms, controls, s)
        # A neutral report by the same verb of saying, restated: news, not an accusation.
        neutral = rng.choice(NEUTRAL)
        cases.append(Case("accusation", f"{cue}/neutral", [LEAD, f"Warga {saying} {accused} {neutral} {obj}.", FILLER,
                                                          f"{accused.capitalize()} {neutral} {obj} pada pagi hari."], None, s))
    return cases


def promise_cases(cue, vo, rng, rows: list) -> list[Case]:
    if not cue.isalpha() or cue in ("usulan",):
        return []  # patterns and nouns: tools/hedge_structures.py builds plans of those shapes
    cases = []
    for s, subject, verb, root, suffix, obj in rows:
        noun = pe_form(root) + "an"
        passive = "di" + root + suffix
        hedged = (f"{noun.capitalize()} {obj} {cue} oleh {subject}." if cue.startswith("di")
                  else f"{subject} {cue} {verb} {obj}.")
        forms = {"done": f"{noun.capitalize()} {obj} telah rampung.",
                 "active": f"{subject} telah {verb} {obj}."}
        controls = {"attributed": f"{noun.capitalize()} {obj} telah rampung, kata {rng.choice(NAMES)}.",
                    "pending": f"{noun.capitalize()} {obj} masih menunggu persetujuan anggaran.",
                    "still-plan": f"{obj[0].upper()}{obj[1:]} akan {passive} sesuai jadwal."}
        cases += _cases("promise", cue, hedged, forms, controls, s)
    return cases


def _cases(family, cue, hedged, forms, controls, source) -> list[Case]:
    made = [Case(family, f"{cue}/{form}", [LEAD, hedged, FILLER, line], 4, source) for form, line in forms.items()]
    return made + [Case(family, f"{cue}/{form}", [LEAD, hedged, FILLER, line], None, source) for form, line in controls.items()]


MAKERS = {"rumour": rumour_cases, "claim": claim_cases, "accusation": accusation_cases, "promise": promise_cases}


def build(news: Path, per_cue: int, seed: int, cues_from: Path, only: set[str] | None) -> list[Case]:
    rng = random.Random(seed)
    pool = sentences(news)
    vocabulary = {w.casefold() for path in news.glob("*.txt") for w in WORD.findall(path.read_text(encoding="utf-8"))}
    # A verb of saying as the act ("akan mengungkapkan ...") makes its restatement attributed.
    saying = {w.casefold() for w in literals(rule_options(cues_from).get("later_hedges_unless", []))}
    vo = [row for row in verb_objects(pool, stemmer("id"), vocabulary) if row[2].casefold() not in saying]
    cases: list[Case] = []
    for family, cues in families(cues_from).items():
        if only and family not in only:
            continue
        for cue in cues:
            cases += MAKERS[family](cue, vo, rng, rng.sample(vo, per_cue))
    return cases


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--per-cue", type=int, default=3, help="news sentences per cue")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print this many misses and alarms")
    ap.add_argument("--family", action="append", help="only these families (rumour, claim, accusation, promise)")
    ap.add_argument("--cues-from", type=Path, default=ROOT, help="the checkout whose rule data lists the cues")
    ap.add_argument("--forms", action="store_true", help="also print each cue and form's tally")
    args = ap.parse_args(argv)
    cases = build(args.news, args.per_cue, args.seed, args.cues_from, set(args.family) if args.family else None)
    run(cases)
    report(cases, args.show, args.forms)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
