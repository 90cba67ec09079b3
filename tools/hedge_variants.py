"""Generate rewordings of the hedge tuning sets and score the hedge-escalation rule on them.

    python3 tools/hedge_variants.py [fixtures/heldout/hedges-round*] [--synonyms FILE ...] [--show N]

A blind set words its escalations in new ways; the tuning sets' own wordings are learnt by
heart. This rewrites every marked escalation (family hedge) of the sets in other words and
checks that the rule still finds it, and rewrites every clean line that carries a hedge cue
(the hedges the controls keep) and checks that nothing new is reported on a clean line:

- synonym: one content word replaced by a synonym of the same form (bare root, root+nya,
  root+an, di-/ter-/ber- + root) from the synonym files: the rule's own
  (data/hedge-synonyms.yaml) and data/hedge-thesaurus.yaml (mined by tools/id_thesaurus.py);
  ``--synonyms`` names others, or none (``--synonyms``) for a fixed rewording set;
- affix: a passive di-root made ter-root and back ("diduga ... terbakar" / "dibakar");
- premise: the escalated sentence made the premise of another ("Karena ..., warga diminta
  tetap waspada.").

Only the rule id.sourcing.hedge-escalation runs. Output: variants found / variants made
(and of those whose original line is found), and findings on clean lines of rewritten
controls; --show lists missed variants. ``--rule-synonyms FILE`` runs the rule with these
synonym files instead of its own (to compare data before and after).
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import packs, yamlmarks  # noqa: E402
from qa_lint.readers import read_text  # noqa: E402
from qa_lint.stemming import stemmer  # noqa: E402

RULE = "id.sourcing.hedge-escalation"
DATA = ROOT / "rules/id/data"
WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
# Forms of a root whose affixes can be moved to another root as they stand (no nasal change).
PREFIXES = ("", "di", "ter", "ber")
SUFFIXES = ("", "nya", "an")
PREMISE_TAIL = ", warga diminta tetap waspada."


@dataclass
class Variant:
    kind: str  # synonym | affix | premise
    article: str
    line: int  # the rewritten line (1-based)
    text: str  # the whole rewritten article
    before: str
    after: str
    escalation: bool  # a marked escalation (must be found) or a control's hedge (must stay quiet)
    clean_lines: frozenset[int] = frozenset()


def synonym_table(files: list[Path]) -> dict[str, list[str]]:
    """stem -> the other roots of its groups."""
    stem = stemmer("id")
    table: dict[str, list[str]] = {}
    for path in files:
        data = yamlmarks.safe_load(path.read_text(encoding="utf-8")) or {}
        for group in data.get("synonyms", []):
            words = [str(w).casefold() for w in group]
            for w in words:
                table.setdefault(stem(w), []).extend(o for o in words if o != w and stem(o) != stem(w))
    return table


def reworded(word: str, table, stem) -> list[str]:
    """The word with its root replaced by each synonym, affixes kept (only forms that carry
    the root unchanged: "rembesan" -> "bocoran", "diduga" is never a content root here)."""
    key = word.casefold()
    root = stem(key)
    out = []
    for prefix in PREFIXES:
        for suffix in SUFFIXES:
            if key == prefix + root + suffix:
                out += [prefix + other + suffix for other in table.get(root, [])]
    if word[:1].isupper():
        out = [w[:1].upper() + w[1:] for w in out]
    return list(dict.fromkeys(out))


def article_variants(path: Path, spec: dict, table, stem, hedge_cue, known: set[str], stopwords) -> list[Variant]:
    """The rewordings of an article's marked escalations and of its clean hedged lines; a hedge
    cue is never reworded (a control's line keeps its hedge), and an affix swap makes only a
    word of the word lists ("tersebut" is no ter- form of "sebut": no "disebut" made of it)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    clean = frozenset(range(1, len(lines) + 1)) if spec.get("clean") else frozenset(spec.get("clean_lines") or [])
    targets = [(p["line"], True) for p in spec.get("problems") or [] if p.get("family") == "hedge" and p.get("must")]
    targets += [(n, False) for n in sorted(clean) if n <= len(lines) and hedge_cue.search(lines[n - 1])]
    found = []
    for number, escalation in targets:
        line = lines[number - 1]

        def variant(kind, new, before, after, number=number, escalation=escalation):
            text = "\n".join(lines[: number - 1] + [new] + lines[number:])
            return Variant(kind, path.name, number, text, before, after, escalation, clean)

        cues = [(c.start(), c.end()) for c in hedge_cue.finditer(line)]
        words = [m for m in WORD.finditer(line)
                 if not any(a <= m.start() < b for a, b in cues) and m.group().casefold() not in stopwords]
        for m in words:
            if m.start() == 0 and number == 1:
                continue  # a headline's first word
            for other in reworded(m.group(), table, stem)[:2]:
                found.append(variant("synonym", line[: m.start()] + other + line[m.end():], m.group(), other))
        for m in words:
            key = m.group()
            for a, b in (("di", "ter"), ("ter", "di")):
                if key.startswith(a) and len(key) > len(a) + 3 and stem(key) == key[len(a):] and b + key[len(a):] in known:
                    found.append(variant("affix", line[: m.start()] + b + key[len(a):] + line[m.end():], key, b + key[len(a):]))
        body = line.strip()
        if escalation and number > 1 and "," not in body and body.endswith(".") and not body.startswith('"'):
            # "Karena tanggul jebol, warga diminta tetap waspada.": the claim taken as given.
            opening = body.split(" ", 1)[0]
            lowered = body[:-1] if opening.isupper() or opening[1:].lower() != opening[1:] else body[0].lower() + body[1:-1]
            found.append(variant("premise", "Karena " + lowered + PREMISE_TAIL, body, "Karena ..."))
    return found


def check_with(synonyms: list[Path] | None):
    """The rule's check, with its own synonym files or with these."""
    pset = packs.load()
    check = pset.check(RULE)
    if synonyms is None:
        return pset, check
    rule = copy.copy(check.rule)
    rule.options = dict(rule.options, synonyms_file=[str(p.resolve()) for p in synonyms])
    return pset, type(check)(rule, check.env)


def fires(pset, check, text: str) -> list:
    doc = read_text(text, "<variant>", "txt")
    pset.settle_language(doc, "id")
    return [f for f in check.run(doc) if f.severity in ("error", "warning")]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--synonyms", nargs="*", type=Path,
                        default=[DATA / "hedge-synonyms.yaml", DATA / "hedge-thesaurus.yaml"])
    parser.add_argument("--rule-synonyms", nargs="*", type=Path, default=None,
                        help="run the rule with these synonym files instead of its own")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--restatements", action="store_true",
                        help="instead: restate the sets' hedged lines (and --news ones) flat, as premise, presupposed")
    parser.add_argument("--news", type=Path, default=None, help="a folder of real news: its hedged sentences too")
    parser.add_argument("--news-limit", type=int, default=150)
    args = parser.parse_args(argv)
    folders = args.folders or sorted((ROOT / "fixtures/heldout").glob("hedges-round*/"))
    stem = stemmer("id")
    table = synonym_table([p for p in args.synonyms if p.is_file()])
    pset, check = check_with(args.rule_synonyms)
    hedge_cue = check.hedges
    # Roots (words.txt) and the frequent word forms of news and web text (words-frequent.txt).
    known = {w.strip() for name in ("words.txt", "words-frequent.txt")
             for w in (DATA / name).read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")}
    if args.restatements:
        # Nouns of verbs are looked up in the word lists and in wordfreq's Indonesian words.
        from wordfreq import top_n_list
        known |= set(top_n_list("id", 50000))
        sources = [("tuning sets", set_hedges(folders, hedge_cue))]
        if args.news is not None:
            sources.append(("real news", news_hedges(args.news, args.news_limit)))
        for label, sentences in sources:
            print(f"## {label}: {len(sentences)} hedged sentences")
            print_restatements(score_restatements(pset, check, sentences, stem, known, table, args.show, act_pairs()))
        return 0
    tally = {}  # kind -> [found, made, found where the original is found, original found]
    alarms, quiet, misses, noisy = 0, 0, [], []
    for folder in folders:
        for spec_path in sorted(folder.glob("*.expected.yaml")):
            spec = yamlmarks.safe_load(spec_path.read_text(encoding="utf-8"))
            path = folder / spec["file"]
            original_lines = {f.line for f in fires(pset, check, path.read_text(encoding="utf-8"))}
            for v in article_variants(path, spec, table, stem, hedge_cue, known, check.stopwords):
                lines = {f.line for f in fires(pset, check, v.text)}
                if v.escalation:
                    t = tally.setdefault(v.kind, [0, 0, 0, 0])
                    hit = v.line in lines
                    t[0] += hit
                    t[1] += 1
                    if v.line in original_lines:
                        t[2] += hit
                        t[3] += 1
                    if not hit:
                        misses.append(v)
                else:
                    new = {n for n in lines - original_lines if n in v.clean_lines}
                    alarms += bool(new)
                    quiet += 1
                    if new:
                        noisy.append((v, sorted(new)))
    for kind, (hit, made, kept, base) in sorted(tally.items()):
        print(f"{kind:8} escalations found {hit}/{made} ({hit / made:.2f}); "
              f"of those whose original is found {kept}/{base} ({kept / max(base, 1):.2f})")
    hit, made = sum(t[0] for t in tally.values()), sum(t[1] for t in tally.values())
    print(f"all      escalations found {hit}/{made} ({hit / max(made, 1):.2f})")
    print(f"controls: {alarms} of {quiet} rewritten hedged clean lines gave a new warning on a clean line")
    for v in misses[: args.show]:
        print(f"MISS {v.kind} {v.article}:{v.line} {v.before!r} -> {v.after!r}")
    for v, new in noisy[: args.show]:
        print(f"ALARM {v.kind} {v.article}:{v.line} {v.before!r} -> {v.after!r}: new warning on line(s) {new}")
    return 0


# --- Restatements of hedged claims, by kind -------------------------------------------------
#
# A blind writer restates a hedged claim in ways the tuning sets hold only once or twice: flat
# in its own voice, as the premise of another clause ("Lantaran ..."), presupposed in a noun
# phrase ("Sejak pembuangan limbah itu, ..."), an accusation taken over in the writer's voice.
# These are generated from any hedged sentence (the tuning sets' and real news sentences) and
# each is put in a three-line article after its hedge; controls restate it with the hedge kept,
# attributed to someone else, denied or as a condition, and must stay quiet.

# Cues after which the hedged proposition follows whole ("menduga <pompa mati>"), besides
# "bahwa"; after the others (diduga, dikabarkan, kemungkinan) the subject stands before the cue.
COMPLEMENT_CUES = regex.compile(
    r"\b(?:menduga|mencurigai|menuding|menuduh|menyalahkan|mengklaim|menengarai|menyinyalir|memperkirakan|"
    r"kabarnya|konon|beredar kabar|santer terdengar|mungkin|kemungkinan|bisa jadi|boleh jadi|barangkali)\b",
    regex.IGNORECASE)
# The kind of hedge a cue makes, for the per-kind tally.
CUE_KINDS = (
    ("accusation", regex.compile(r"\b(?:menuding|menuduh|dituding|dituduh|menyalahkan|tudingan|tuduhan)\b", regex.I)),
    ("rumour", regex.compile(r"\b(?:kabar|kabarnya|konon|dikabarkan|santer|desas-desus|isu|rumor|beredar)\b", regex.I)),
    ("claim", regex.compile(r"\b(?:mengklaim|diklaim)\b", regex.I)),
    ("suspicion", regex.compile(r"\b(?:diduga|menduga|dugaan|disinyalir|ditengarai|dicurigai|mencurigai)\b", regex.I)),
)
SAYING = regex.compile(r"^(?:(?:\p{L}+\s+){0,6}?(?:mengatakan|menyatakan|menyebutkan|menyebut|menjelaskan|mengungkapkan|"
                       r"menuturkan|menambahkan|menegaskan)\s+)?(?:bahwa\s+)?", regex.IGNORECASE)
LIGHT = regex.compile(r"^(?:akan\s+|telah\s+|sudah\s+|tengah\s+|sedang\s+)*(?:berasal\s+dari|terkait(?:\s+dengan)?|"
                      r"bersumber\s+dari|disebabkan(?:\s+oleh)?|dipicu(?:\s+oleh)?|akibat|mengalami|menjadi\s+penyebab|"
                      r"berada\s+di\s+balik|bagian\s+dari|terjadi\s+akibat)\s+",
                      regex.IGNORECASE)
PREMISE_CUES = ("Karena", "Lantaran", "Akibat", "Gara-gara", "Imbas")
# A clause opened by one of these is a premise, not a subject ("karena diduga melanggar kuota").
PREMISE_WORDS = frozenset(("karena", "lantaran", "akibat", "gara-gara", "imbas", "setelah", "usai", "sejak", "jika"))
# A main clause that says nothing of fear or caution ("waspada" would make the premise a feared one).
TAIL = "sekolah di kecamatan itu diliburkan."
FILLER = "Petugas masih berada di lokasi hingga sore hari."
# Controls: the same proposition with the hedge kept, attributed to another, denied, or a condition.
CONTROLS = (
    ("kept", "Hingga kini pihak berwenang masih menduga {p}."),
    ("attributed", "{P}, kata Kepala Bidang Humas Polda, Rina Wulandari."),
    ("denied", "Pihak yang disebut membantah {p}."),
    ("conditional", "Jika {p}, {tail}"),
)


@dataclass
class Restatement:
    kind: str  # flat | premise | presupposed | noun premise | noun subject | other act | synonym | relative, or a control
    cue_kind: str  # suspicion | accusation | rumour | claim | possibility
    text: str  # the whole three-line article
    escalation: bool


def nominal(verb: str, stem, known: set[str]) -> str:
    """The noun of a verb ("membuang" -> "pembuangan", "memindahkan" -> "pemindahan",
    "jebol" -> "jebolnya"): the first KBBI-style form the word lists hold, else root + -nya."""
    root = stem(verb.casefold())
    first = root[:1]
    if first == "p":
        pe = "pem" + root[1:]
    elif first in "bfv":
        pe = "pem" + root
    elif first == "t":
        pe = "pen" + root[1:]
    elif first in "dcjz":
        pe = "pen" + root
    elif first == "s":
        pe = "peny" + root[1:]
    elif first == "k":
        pe = "peng" + root[1:]
    elif first in "gh" or first in "aiueo":
        pe = "peng" + root
    else:
        pe = "pe" + root
    # pe-an names the act ("penahanan"); per-an is often another word ("pertahanan"), so only
    # ke-an after it, for a state ("kebocoran"); else the root with -nya ("jebolnya").
    for form in (pe + "an", "ke" + root + "an"):
        if form in known:
            return form
    return root + "nya"


VERB_FORM = regex.compile(r"^(?:me|di|ber|ter|mem|men|meng|meny)\p{L}{3,}$")
MARKERS = regex.compile(r"^(?:akan|telah|sudah|tengah|sedang|sempat|ikut)$")


def proposition(sentence: str, cue, stem) -> tuple[str, str]:
    """(the subject, what the hedge says of it) of the hedged proposition: "api diduga berasal
    dari korsleting" -> ("api", "berasal dari korsleting"); "menduga pompa itu mati" -> ("pompa
    itu", "mati"). ("", "") when the subject cannot be told."""
    before, after = sentence[: cue.start()], sentence[cue.end():]
    after = regex.sub(r"^\s*,?\s*(?:bahwa\s+)?", "", after).strip()
    after = regex.split(r"\s*(?:,\s*(?:kata|ujar|tutur|ungkap|jelas|tetapi|namun|sedangkan|sementara|menurut)\b|"
                        r"[;:.!?]|\s[–—-]\s|\s(?:tetapi|namun)\s)", after)[0].strip()
    if COMPLEMENT_CUES.fullmatch(cue.group()):
        words = after.split()
        at = next((i for i, w in enumerate(words[:7]) if i and (MARKERS.match(w) or (
            VERB_FORM.match(w) and stem(w.casefold()) != w.casefold()))), None)
        return (" ".join(words[:at]), " ".join(words[at:])) if at else ("", "")
    clause = regex.split(r"(?<!\d),(?!\d)", before)[-1].strip()
    subject = SAYING.sub("", clause).strip()
    if not subject or len(subject.split()) > 6 or subject[:1] == '"' or subject.split()[-1] == "yang" or \
            PREMISE_WORDS & {w.casefold() for w in subject.split()}:
        return "", ""
    return subject, after


def restatements(sentence: str, cue, stem, known: set[str], table=None, acts=None) -> list[Restatement]:
    """The restatements (and controls) of one hedged sentence."""
    subject, said = proposition(sentence, cue, stem)
    if not subject or len(WORD.findall(said)) < 2:
        return []
    # Only the sentence's first word was capitalised for its place: names keep their capital.
    if sentence.startswith(subject.split()[0]) and not subject.split()[0][1:2].isupper():
        subject = subject[:1].lower() + subject[1:]
    prop = f"{subject} {said}"
    cue_kind = next((k for k, p in CUE_KINDS if p.search(cue.group())), "possibility")
    upper = prop[:1].upper() + prop[1:]
    made = []

    def add(kind, line, escalation=True):
        made.append(Restatement(kind, cue_kind, "\n".join([sentence, FILLER, line]) + "\n", escalation))

    add("flat", upper + ".")
    premise_cue = PREMISE_CUES[sum(map(ord, prop)) % len(PREMISE_CUES)]
    add("premise", f"{premise_cue} {prop}, {TAIL}")
    # The thing itself, in a few words: a light verb's complement ("berasal dari korsleting listrik
    # di kios" -> "korsleting listrik") or the verb made a noun with its object ("membuang limbah ke
    # sungai" -> "pembuangan limbah"; "jebol" -> "jebolnya tanggul").
    light = LIGHT.match(said)
    rest = regex.sub(r"^(?:(?:akan|telah|sudah|tengah|sedang|sempat|ikut)\s+)+", "", said)
    verb, _, tail = rest.partition(" ")
    if light:
        head = said[light.end():].split()
    else:
        noun = nominal(verb, stem, known)
        head = [noun] + (tail.split() if not noun.endswith("nya") else subject.split())
    phrase = []
    for w in head:
        if phrase and (len(phrase) == 3 or w.casefold() in STOP or not w.isalpha()):
            break
        phrase.append(w)
    thing = " ".join(phrase)
    if head and (light or head[0] in known or head[0][:-3] in known):
        add("presupposed", f"{('Sejak', 'Pasca-')[len(prop) % 2]}{' ' if len(prop) % 2 == 0 else ''}{thing} itu, {TAIL}")
        add("noun premise", f"{premise_cue} {thing}, {TAIL}")
        add("noun subject", f"{thing[:1].upper() + thing[1:]} membuat warga resah.")
    if acts and not light and (others := acts.get(stem(verb.casefold()))):
        # The act in another root's noun ("memindahkan tanah" -> "pengalihan tanah"), as a noun subject.
        other = nominal(sorted(others)[0], stem, known)
        if not other.endswith("nya"):
            words_after = [w for w in tail.split() if w.isalpha()][:2]
            add("other act", f"{' '.join([other[:1].upper() + other[1:]] + words_after)} membuat warga resah.")
    if table and not light:
        other = reworded(verb, table, stem)
        if other:
            add("synonym", f"{subject[:1].upper() + subject[1:]} {other[0]} {tail}.".replace(" .", "."))
    if cue_kind != "possibility":
        add("relative", f"{subject[:1].upper() + subject[1:]} yang {said} itu kini menjadi sorotan warga.")
    for kind, template in CONTROLS:
        add(kind, template.format(p=prop, P=upper, tail=TAIL), escalation=False)
    return made


# Words that end a presupposed phrase: "pembuangan limbah ke sungai" -> "pembuangan limbah".
STOP = frozenset("di ke dari pada dan atau yang untuk dengan oleh dalam sejak karena akibat itu ini tersebut saat "
                 "ketika hingga sampai sebelum setelah".split())


def act_pairs(path: Path = DATA / "hedge-act-nouns.yaml") -> dict[str, set[str]]:
    """root -> roots whose noun of the act names the same act (tools/id_thesaurus.py --acts-out)."""
    found: dict[str, set[str]] = {}
    if path.is_file():
        for a, b in (yamlmarks.safe_load(path.read_text(encoding="utf-8")) or {}).get("pairs", []):
            found.setdefault(str(a), set()).add(str(b))
            found.setdefault(str(b), set()).add(str(a))
    return found


NEWS_CUES = regex.compile(r"\b(?:diduga|menduga|disinyalir|ditengarai|dicurigai|menuding|menuduh|dituding|dituduh|"
                          r"dikabarkan|beredar kabar|santer terdengar|kabarnya|mengklaim)\b")


def news_hedges(folder: Path, limit: int) -> list[str]:
    """Hedged sentences of real news (one of NEWS_CUES, 8 to 40 words), in file order."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for sentence in regex.split(r"(?<=[.!?])\s+(?=\p{Lu})", text):
            sentence = " ".join(sentence.split())
            if NEWS_CUES.search(sentence) and 8 <= len(sentence.split()) <= 40 and '"' not in sentence:
                found.append(sentence)
                break
        if len(found) >= limit:
            break
    return found


def set_hedges(folders: list[Path], hedge_cue) -> list[str]:
    """The hedged lines of the tuning sets (any line with a hedge cue that is no marked problem)."""
    found = []
    for folder in folders:
        for spec_path in sorted(folder.glob("*.expected.yaml")):
            spec = yamlmarks.safe_load(spec_path.read_text(encoding="utf-8"))
            marked = {p["line"] for p in spec.get("problems") or []}
            lines = (folder / spec["file"]).read_text(encoding="utf-8").split("\n")
            found += [line.strip() for n, line in enumerate(lines, 1)
                      if n > 1 and n not in marked and NEWS_CUES.search(line) and '"' not in line]
    return found


def score_restatements(pset, check, sentences: list[str], stem, known: set[str], table=None, show: int = 0,
                       acts=None) -> dict:
    """kind -> [found, made]; prints the tally and ``show`` misses and alarms."""
    tally: dict[tuple[str, str], list[int]] = {}
    shown = []
    for sentence in sentences:
        cue = NEWS_CUES.search(sentence)
        if cue is None or fires(pset, check, sentence + "\n" + FILLER + "\n"):
            continue  # a hedge that already warns on its own lines would blur the count
        for r in restatements(sentence, cue, stem, known, table, acts):
            hit = any(f.line == 3 for f in fires(pset, check, r.text))
            t = tally.setdefault((r.kind, r.cue_kind), [0, 0])
            t[0] += hit
            t[1] += 1
            if hit != r.escalation and len(shown) < show:
                shown.append(("MISS " if r.escalation else "ALARM ") + r.kind + ": " + r.text.replace("\n", " | "))
    return {"tally": tally, "shown": shown}


def print_restatements(result: dict) -> None:
    by_kind: dict[str, list[int]] = {}
    for (kind, cue_kind), (hit, made) in sorted(result["tally"].items()):
        print(f"  {kind:12} {cue_kind:12} {hit:4d}/{made:<4d}")
        k = by_kind.setdefault(kind, [0, 0])
        k[0] += hit
        k[1] += made
    for kind, (hit, made) in by_kind.items():
        label = "alarms" if kind in {c for c, _ in CONTROLS} else "found"
        print(f"{kind:12} {label} {hit}/{made} ({hit / max(made, 1):.2f})")
    for line in result["shown"]:
        print(line)
if __name__ == "__main__":
    sys.exit(main())
