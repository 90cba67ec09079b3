"""Mine tight synonym groups for the hedge-escalation rule from Debian's Indonesian thesaurus.

    apt-get install mythes-id
    python3 tools/id_thesaurus.py [--thesaurus /usr/share/mythes/th_id_ID_v2.dat]
                                  [--out rules/id/data/hedge-thesaurus.yaml]

A hedged claim is often restated in other words: "diduga ambruk" then "runtuhnya jembatan
itu", "menduga pompa mati" then "karena pompa rusak". The rule compares claims on stems
(Sastrawi), and a synonyms file folds the words of one group into one stem. A thesaurus
lists loose associations too (mythes-id gives "bocor" the senses leak, diarrhoea and
menstruation), so only groups whose every two members list each other are kept:

- both words are single, lower-case, in the Indonesian word list the project already
  ships for its spelling filter (rules/id/data/words.txt: real words, no archaisms), verbs
  or adjectives there, not words news copy uses as nouns (data/nouns.txt) nor stopwords;
- each lists the other in the same part of speech (a mutual entry, not one direction);
- their Sastrawi stems differ (same stem: the stemmer already matches them);
- a group grows only while every member is a mutual synonym of every other (a clique,
  built greedily from the pairs whose senses agree most), and holds at most
  MAX_GROUP words: a chain "rusak - hancur - binasa - tewas" never becomes one meaning;
- the two senses agree on at least MIN_AGREEMENT of their words, and the pair is not one
  read and rejected by hand (NOT_SYNONYMS, each with its reason).

The output is a synonyms file in the format of data/hedge-synonyms.yaml (one list a group,
the first word's stem names the group). mythes-id: Copyright (C) 2017 Ali Ahmadi,
LGPL-2.1 (Debian package mythes-id, from libreoffice-dictionaries); the mined groups are
LGPL-2.1 too (notice in rules/id/data/README.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.stemming import stemmer  # noqa: E402

DEFAULT_THESAURUS = Path("/usr/share/mythes/th_id_ID_v2.dat")
DEFAULT_OUT = ROOT / "rules/id/data/hedge-thesaurus.yaml"
WORDS = ROOT / "rules/id/data/words.txt"
MAX_GROUP = 3
# Act nouns are paired only among this many most frequent Indonesian words (wordfreq).
COMMON = 50000
MIN_AGREEMENT = 0.25
# Mutual entries read and rejected by hand: not one event in news copy, whatever the thesaurus says.
NOT_SYNONYMS = {
    frozenset(p): why for p, why in [
        (("ambruk", "lara"), "collapsed / sick"),
        (("pulih", "padam"), "recovered / went out"),
        (("pulih", "surut"), "recovered / receded"),
        (("pecah", "usai"), "broke / ended"),
        (("pecah", "selesai"), "broke / finished"),
        (("tenggelam", "turun"), "sank / went down (a price, a rain)"),
        (("diam", "duduk"), "silent / seated"),
        (("lenyap", "terbang"), "vanished / flew"),
        (("kuat", "pagan"), "strong / pagan"),
        (("kukuh", "pagan"), "firm / pagan"),
        (("bocor", "menstruasi"), "leaked / menstruated"),
        (("duduk", "hidup"), "seated / alive"),
        (("larut", "tenggelam"), "dissolved, late / sank"),
        (("padam", "surut"), "went out / receded"),
    ]
}
# Parts of speech whose words name what a claim says happened or holds (verbs, states): a
# hedged claim is restated in another verb ("ambruk"/"runtuh"); its nouns are its participants,
# where the thesaurus is loosest ("data"/"bahan"/"bukti").
PARTS = {"v", "a"}
# Words that news copy uses as nouns (data/nouns.txt, from nlp-id's tagged corpus): never grouped.
NOUNS = ROOT / "rules/id/data/nouns.txt"


def read_thesaurus(path: Path) -> dict[str, list[tuple[str, set[str]]]]:
    """headword -> its senses: (part of speech, the words the sense lists)."""
    lines = path.read_text(encoding="iso-8859-1").splitlines()[1:]
    entries: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    i = 0
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        i += 1
        for sense in lines[i: i + int(count)]:
            part, *words = sense.split("|")
            pos = part.strip("[]")
            if pos in PARTS and " " not in head:
                entries[head].append((pos, {w for w in words if w}))
        i += int(count)
    return entries


def stopwords() -> set[str]:
    """Words without content (the language profile's and the sourcing packs' stopwords): never
    a claim's word, so never grouped ("bisa" the modal)."""
    from qa_lint import yamlmarks

    found: set[str] = set()
    for path, key in ((ROOT / "rules/id/language.yaml", "stopwords"), (ROOT / "rules/id/data/sourcing-stopwords.yaml", "stopwords")):
        data = yamlmarks.safe_load(path.read_text(encoding="utf-8")) or {}
        found.update(str(w).casefold() for w in data.get(key, []))
    return found


def word_list(path: Path) -> list[str]:
    return [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]


def mutual_pairs(entries, known: set[str]) -> dict[tuple[str, str], float]:
    """(a, b) with a < b -> how much their senses agree: both known words, each listing the other
    in a sense of one part of speech, and the two senses sharing another word (one meaning, not
    two homonyms: "bisa" the modal and "bisa" the venom list "racun" in a sense of its own).
    The agreement is the overlap of the two senses (Jaccard, each word counted in its own)."""
    pairs: dict[tuple[str, str], float] = {}
    for a, senses in entries.items():
        if a not in known or not a.islower():
            continue
        for pos, words in senses:
            for b in words:
                if b == a or b not in known or not b.islower() or " " in b:
                    continue
                for p, other in entries.get(b, ()):
                    if p != pos or a not in other or not (words & other) - {a, b}:
                        continue
                    mine, theirs = words | {a}, other | {b}
                    key = (min(a, b), max(a, b))
                    pairs[key] = max(pairs.get(key, 0.0), len(mine & theirs) / len(mine | theirs))
    return pairs


def cliques(pairs: dict[tuple[str, str], float], stem) -> list[list[str]]:
    """Groups in which every two words are a mutual pair, each word in one group only, the pairs
    whose senses agree most first (karam/tenggelam before tenggelam/larut); words of one stem
    count once. A pair must agree on at least MIN_AGREEMENT of their senses' words."""
    linked: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if stem(a) != stem(b) and pairs[a, b] >= MIN_AGREEMENT and frozenset((a, b)) not in NOT_SYNONYMS:
            linked[a].add(b)
            linked[b].add(a)
    order = sorted(((a, b) for a, b in pairs if b in linked[a]), key=lambda p: (-pairs[p], p))
    group_of: dict[str, list[str]] = {}
    groups: list[list[str]] = []
    for a, b in order:
        ga, gb = group_of.get(a), group_of.get(b)
        if ga is None and gb is None:
            group = [a, b]
            groups.append(group)
            group_of[a] = group_of[b] = group
        elif (ga is None) != (gb is None):
            group, new = (ga, b) if ga is not None else (gb, a)
            assert group is not None
            if len(group) < MAX_GROUP and all(new in linked[w] for w in group):
                group.append(new)
                group_of[new] = group
    return groups


# A noun of an act: pe(N)-...-an ("pemindahan", "pengalihan"); per-an nouns stem badly ("perpindah").
ACT_NOUN = ("pem", "pen", "peng", "peny", "pe")


def read_nouns(path: Path) -> dict[str, set[str]]:
    """headword -> every word its noun senses list."""
    lines = path.read_text(encoding="iso-8859-1").splitlines()[1:]
    entries: dict[str, set[str]] = defaultdict(set)
    i = 0
    while i < len(lines):
        head, _, count = lines[i].rpartition("|")
        i += 1
        for sense in lines[i: i + int(count)]:
            part, *words = sense.split("|")
            if part.strip("[]") == "n":
                entries[head].update(w for w in words if w)
        i += int(count)
    return entries


def act_noun_pairs(entries: dict[str, set[str]], common: set[str], stem) -> list[tuple[str, str]]:
    """(root, root) of two nouns of acts that list each other ("pemindahan"/"pengalihan" ->
    pindah/alih): one act named in other words ("memindahkan tanah" -> "pengalihan tanah").
    Both nouns common (wordfreq), pe(N)-an forms of different roots, neither a per- stem."""

    def act(word: str) -> bool:
        root = stem(word)
        return word in common and word.endswith("an") and word.startswith(ACT_NOUN) and \
            not word.startswith("per") and root != word and not root.startswith("per")

    pairs = set()
    for a, listed in entries.items():
        if not act(a):
            continue
        for b in listed:
            if act(b) and a in entries.get(b, ()) and stem(a) != stem(b):
                pairs.add(tuple(sorted((stem(a), stem(b)))))
    return sorted(pairs)


def write_act_nouns(pairs: list[tuple[str, str]], out: Path) -> None:
    lines = ["# Roots of two nouns of acts that Debian's mythes-id (Indonesian thesaurus, LGPL-2.1,",
             "# Copyright (C) 2017 Ali Ahmadi) lists as each other's synonyms (pemindahan/pengalihan),",
             "# both among wordfreq's common Indonesian words; mined by tools/id_thesaurus.py --acts-out,",
             "# do not edit by hand. Read by the hedge-escalation rule (act_nouns_file): a phrase headed by",
             "# the noun of one root presupposes a claim hedged with the verb of the other.",
             f"# {len(pairs)} pairs.",
             "pairs:"]
    lines += [f"  - [{a}, {b}]" for a, b in pairs]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--thesaurus", type=Path, default=DEFAULT_THESAURUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--acts-out", type=Path, default=None,
                        help="also write the pairs of act nouns (rules/id/data/hedge-act-nouns.yaml)")
    args = parser.parse_args(argv)
    if not args.thesaurus.is_file():
        raise SystemExit(f"{args.thesaurus} not found: install Debian's mythes-id (apt-get install mythes-id)")
    known = set(word_list(WORDS)) - stopwords() - set(word_list(NOUNS))
    stem = stemmer("id")
    groups = cliques(mutual_pairs(read_thesaurus(args.thesaurus), known), stem)
    groups.sort(key=lambda g: g[0])
    out = ["# Synonym groups mined from Debian's mythes-id (Indonesian thesaurus, LGPL-2.1,",
           "# Copyright (C) 2017 Ali Ahmadi) by tools/id_thesaurus.py: every two words of a group",
           "# list each other as synonyms; do not edit by hand, regenerate. Read by the",
           "# hedge-escalation rule as a synonyms file (the first word's stem names the group).",
           f"# {len(groups)} groups.",
           "synonyms:"]
    out += [f"  - [{', '.join(g)}]" for g in groups]
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(groups)} groups -> {args.out}", file=sys.stderr)
    if args.acts_out is not None:
        from wordfreq import top_n_list

        pairs = act_noun_pairs(read_nouns(args.thesaurus), set(top_n_list("id", COMMON)), stem)
        write_act_nouns(pairs, args.acts_out)
        print(f"{len(pairs)} act-noun pairs -> {args.acts_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
