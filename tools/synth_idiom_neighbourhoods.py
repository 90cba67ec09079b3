"""How many literal idioms are still found in the neighbourhoods news puts around them:
recall of the idiom lexicon on generated sentences, with controls that must stay quiet.

    PYTHONPATH=$PWD python3 tools/synth_idiom_neighbourhoods.py --corpus /tmp/nlp-id/nlp_id-*.whl [--verbose] [--json]

tools/idiom_variants.py varies the words inside a marked rendering; the blind rounds also
missed renderings whose words were right and whose neighbours were not: "Gugatan perdata
yang diajukan pengembang lain terhadap perusahaan itu dilempar keluar" (a relative clause
between the subject the entry looks back to and its verb), "mencabut colokan pada layanan"
(an object one shape of the entry listed and the other did not). This tool takes every bad
example of the lexicon (its rendering marked [[...]]) and rewrites the rendering's
neighbourhood, one change at a time:

- aspect: an aspect word (telah, sudah, akan, sempat, baru saja) right before the
  rendering, in place of the one the example has; only before a rendering that starts with
  a verb, and not after a negation, a modal, an adverb or a verb ("jangan telah menghitung"
  is not Indonesian);
- relative: a relative clause "yang ... itu" between the word before a verb rendering (not a
  function word, an adverb or a verb) and the rendering (the noun's own itu/tersebut moves to the clause's end); the clauses are taken
  from real sentences of the corpus (--clauses of them, drawn with --seed);
- objects: the word after the rendering (or the rendering's last word), when it is one of
  the objects the entry names (its `objects` list, or the plain alternatives of its
  look-aheads), replaced by each other object it names.

A case counts as found when the entry finds a literal rendering in the rewritten sentence.
Controls, which must stay quiet (any idiom entry firing is a false alarm):

- fix: each case with its rendering replaced by the example's fix (the proper Indonesian);
- real: every corpus sentence with such a neighbourhood (a relative clause "yang ... itu/
  tersebut" or an aspect word right before a di- verb), as written: real news.

The corpus is read where it lies (tools/id_corpus.py) and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import id_corpus  # noqa: E402

from qa_lint import lexicon  # noqa: E402

IDIOMS = ROOT / "rules" / "en-id" / "data" / "idioms.yaml"
KINDS = ("aspect", "relative", "objects")
ASPECT_WORDS = ("telah", "sudah", "akan", "sempat", "baru saja")
MARK = regex.compile(r"\[\[(.+?)\]\]")
# A real relative clause: "yang" and one to six lower-case words, closed by itu/tersebut.
CLAUSE = regex.compile(r"\byang((?: \p{Ll}[\p{Ll}-]*){1,6}) (?:itu|tersebut)\b")
# A real neighbourhood for the controls: such a clause, or an aspect word, right before a di- verb.
NEIGHBOURHOOD = regex.compile(r"\byang(?: \S+){1,8}? (?:itu|tersebut) di\p{Ll}{3,}|\b(?:telah|sudah|akan|sempat|baru saja) di\p{Ll}{3,}")
# Words after which an aspect word would not stand (a negation, a modal, a preposition).
NOT_BEFORE_ASPECT = frozenset("jangan tidak tak belum bukan bisa dapat harus mau ingin perlu boleh agar supaya untuk "
                              "dini cepat masih sedang pernah juga pun yang di ke dari pada dengan dalam atas oleh sangat amat "
                              "tetap langsung segera hanya benar-benar terus lagi kembali".split())
# A verb: a rendering that starts with one takes an aspect word or a subject's relative clause.
VERB = regex.compile(r"(?:me|di|ber|ter|per)\p{Ll}{3,}\b|pergi\b|datang\b|jatuh\b|naik\b|turun\b|masuk\b|keluar\b|tetap\b", regex.IGNORECASE)
FUNCTION = frozenset("di ke dari pada untuk dengan dalam atas oleh yang dan atau tidak belum akan sudah telah "
                     "masih sedang ada adalah ini itu tersebut para sebuah suatu juga pun".split())
LOOKAHEAD_GROUP = regex.compile(r"\(\?=[^()]*?\(\?:((?:[\p{L}-]+(?: [\p{L}-]+)*\|)+[\p{L}-]+(?: [\p{L}-]+)*)\)")


def clauses(sentences: list[str], count: int, seed: int) -> list[str]:
    """`count` distinct relative clauses ("yang diajukan warga itu") from real sentences, of varied lengths."""
    found: dict[int, list[str]] = {}
    for sentence in sentences:
        for m in CLAUSE.finditer(sentence):
            words = m.group(1).split()
            if "yang" in words:
                continue
            found.setdefault(len(words), []).append(f"yang {' '.join(words)} itu")
    rng = random.Random(seed)
    out: list[str] = []
    lengths = sorted(found)
    while len(out) < count and any(found.values()):
        for n in lengths:
            if found[n] and len(out) < count:
                pick = rng.choice(sorted(set(found[n])))
                found[n] = [c for c in found[n] if c != pick]
                out.append(pick)
    return out


def unmark(text: str) -> str:
    return text.replace("[[", "").replace("]]", "")


def entry_objects(entry) -> list[str]:
    """The objects an entry names: its objects list, else the plain alternatives of its look-aheads."""
    if entry.objects:
        return list(entry.objects)
    names: list[str] = []
    for pattern in entry.literal:
        for m in LOOKAHEAD_GROUP.finditer(pattern):
            names.extend(m.group(1).split("|"))
    return list(dict.fromkeys(n for n in names if n.casefold() not in FUNCTION))


def cases(entry, example: dict | str, relative_clauses: list[str]):
    """(kind, sentence, fix) for one bad example: the rewritten sentence and, as its control, the same with the fix."""
    text = example["text"] if isinstance(example, dict) else example
    marked = MARK.search(text)
    if not marked:
        return
    fix = example.get("fix") if isinstance(example, dict) else None
    fix = fix or entry.proper[0]
    before, span, after = text[:marked.start()], marked.group(1), text[marked.end():]
    # The neighbourhoods of a verb: a noun or adverbial rendering has other neighbours.
    yield from verb_cases(span, before, after, fix, relative_clauses)
    objects = entry_objects(entry)
    folded = {o.casefold(): o for o in objects}
    next_word = regex.match(r" (\p{L}+)", after)
    last_word = span.rsplit(" ", 1)[-1]
    if next_word and next_word.group(1).casefold() in folded:
        for other in objects:
            if other.casefold() != next_word.group(1).casefold():
                rest = after[next_word.end():]
                yield "objects", unmark(f"{before}{span} {other}{rest}"), unmark(f"{before}{fix} {other}{rest}")
    elif " " in span and last_word.casefold() in folded:
        for other in objects:
            if other.casefold() != last_word.casefold():
                yield "objects", unmark(f"{before}{span[:-len(last_word)]}{other}{after}"), unmark(f"{before}{fix} {other}{after}")


def verb_cases(span: str, before: str, after: str, fix: str, relative_clauses: list[str]):
    """The aspect and relative cases of a rendering that starts with a verb."""
    if not VERB.match(span):
        return
    words = before.split()
    last = words[-1].casefold() if words else ""
    if last in ASPECT_WORDS or last.isalpha() and last not in NOT_BEFORE_ASPECT and not VERB.match(last):
        # An aspect word before the rendering (instead of the one the example has).
        head = before[:len(before.rstrip()) - len(words[-1])] if last in ASPECT_WORDS else before
        for word in ASPECT_WORDS:
            if word != last:
                yield "aspect", unmark(f"{head}{word} {span}{after}"), unmark(f"{head}{word} {fix}{after}")
    # A relative clause after the noun before the rendering (its itu/tersebut moves to the clause's end).
    head = regex.sub(r"(?: (?:itu|tersebut))? $", "", before)
    words = head.split()
    if (words and words[-1].isalpha() and words[-1].casefold() not in FUNCTION | NOT_BEFORE_ASPECT
            and not VERB.match(words[-1]) and "yang" not in words[-8:]):
        for clause in relative_clauses:
            yield "relative", unmark(f"{head} {clause} {span}{after}"), unmark(f"{head} {clause} {fix}{after}")


def fires(entries, sentence: str) -> list[str]:
    folded = sentence.casefold()
    return [e.id for e in entries if e.may_occur(folded) and e.find_literal(sentence)]


def measure(entries, sentences: list[str], relative_clauses: list[str], verbose: bool = False) -> dict:
    found, total, misses, alarms = Counter(), Counter(), [], []
    control_total = 0
    for entry in entries:
        for example in entry.examples.get("bad", []):
            for kind, sentence, control in cases(entry, example, relative_clauses):
                total[kind] += 1
                if entry.find_literal(sentence):
                    found[kind] += 1
                else:
                    misses.append((kind, entry.id, sentence))
                control_total += 1
                if entry.find_literal(control):
                    alarms.append(("fix", entry.id, control))
    real = [s for s in sentences if NEIGHBOURHOOD.search(s)]
    for sentence in real:
        control_total += 1
        for entry_id in fires(entries, sentence):
            alarms.append(("real", entry_id, sentence))
    result = {
        "kinds": {k: {"found": found[k], "total": total[k]} for k in KINDS},
        "controls": {"fired": len(alarms), "total": control_total, "real_sentences": len(real)},
        "clauses": relative_clauses,
    }
    if verbose:
        result["misses"] = misses
        result["alarms"] = alarms
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lexicon", type=Path, default=IDIOMS)
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="nlp-id/aksara wheel or a text file, one sentence a line (repeatable)")
    parser.add_argument("--clauses", type=int, default=5, help="relative clauses drawn from the corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="print every miss and every control that fired")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus:
        parser.error("give at least one --corpus (real sentences: the relative clauses and the real controls)")
    sentences = [s for path in args.corpus for s in id_corpus.read_sentences(path)]
    entries = lexicon.load_entries(args.lexicon)
    result = measure(entries, sentences, clauses(sentences, args.clauses, args.seed), args.verbose)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for kind in KINDS:
        k = result["kinds"][kind]
        print(f"{kind:9} {k['found']:5} / {k['total']:5}  {k['found'] / max(k['total'], 1):.0%}")
    c = result["controls"]
    print(f"controls fired {c['fired']} / {c['total']} ({c['real_sentences']} real sentences)")
    print("clauses: " + "; ".join(result["clauses"]))
    for kind, entry_id, sentence in result.get("misses", []):
        print(f"MISS  {kind:8} {entry_id}: {sentence}")
    for kind, entry_id, sentence in result.get("alarms", []):
        print(f"ALARM {kind:8} {entry_id}: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
