"""Mine Indonesian word lists of four news domains (markets, courts, education, software) that
rendering rules read as context (`require_any: [{list: ../data/sense-domain-court.yaml}, ...]`).

    python3 tools/mine_sense_domains.py [--check]

A rule's hand-written `require_any` names the words its author thought of ("putusan, hakim,
jaksa"); a blind article says "kasasi", "majelis" or "dakwaan". The lists are mined, not typed:

1. the dictionary (`rules/en-id/data/freedict-eng-ind.jsonl`, Wiktionary senses through
   FreeDict) gives each English sense its Indonesian renderings and glosses;
2. a sense belongs to a domain when its headword is one of the domain's English cue words
   (`rules/en-id/data/mining.yaml`, the miner's domains) or its glosses hold two of them (one
   is chance: "of course" is no school course);
3. an Indonesian rendering is kept when at least two thirds of the dictionary senses it renders
   are in the domain (so "lapangan", a tennis court and a field, is not a court word; "kasasi"
   is) and it is an ordinary Indonesian news word: Zipf frequency >= 2.5 in wordfreq's Indonesian
   data for every word of it;
4. a word that a rendering rule's bad example marks as MT's wrong rendering ("kalimat" for a
   prison sentence) is no sign of the domain and is dropped;
5. the words a curator rejected (`EXCLUDE` below, with the reason) are dropped; the rest are
   written ranked by frequency, at most --top per domain.

`--check` exits 1 when a committed list differs from what the script makes (a test runs it).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
FREEDICT = ROOT / "rules" / "en-id" / "data" / "freedict-eng-ind.jsonl"
MINING = ROOT / "rules" / "en-id" / "data" / "mining.yaml"
OUT = ROOT / "rules" / "id" / "data"
# list name -> the miner's domain
DOMAINS = {"market": "central-banks-markets", "court": "courts-crime", "education": "education", "software": "technology"}
MIN_ZIPF = 2.5
SHARE = 2 / 3
# Renderings the cues pull in that are not telling of the domain in Indonesian copy (reasons kept).
EXCLUDE = {
    "market": {"harga": "a price is any price, of rice or fuel", "uang": "money, everywhere", "duit": "money, everywhere",
               "pasar": "a marketplace of vegetables as much as a stock market", "dagang": "trade in goods",
               "niaga": "trade in goods", "peri gigi": "the tooth fairy (a 'money' gloss)", "ketertarikan": "interest as curiosity",
               "irit": "thrifty, of fuel and water too", "cadang": "a spare part", "spekulasi": "speculation about anything",
               "satuan kredit semester": "university credits", "sks": "university credits", "kas": "any cash box"},
    "court": {"hukum": "law in general (hukum fisika, hukum adat)", "pihak": "a party to anything", "otoritas": "any authority (port, monetary)", "legal": "legal as lawful, in any copy",
              "pembebasan dosa": "absolution of sins", "tata-tertib": "house rules of a meeting", "mencuri": "stealing a match too",
              "curi": "stealing a match too", "petisi": "a public petition", "sistem hukum eropa kontinental": "no news phrase"},
    "education": {"tahun": "a year, everywhere", "tes": "a medical or road test", "ajaran": "a religious teaching",
                  "sekolah minggu": "a church school", "lokakarya": "a workshop of any trade"},
    "software": {"program": "any programme", "data": "statistics of any kind", "berkas": "a court file too",
                 "fon": "no news word", "cerdas": "clever, of people", "klien": "a lawyer's client", "konsumen": "any consumer", "awan": "a cloud in the sky",
                 "mega": "a cloud in the sky; a prefix", "pembakar": "a burner, an arsonist", "sedot": "sucking up (sedot WC)",
                 "baki": "a tray", "pemutar": "any player or turner", "tersambung": "connected, of roads and phones",
                 "perekam": "any recorder", "preferensi": "a preference of anyone", "hos": "a hose", "teknologi": "any technology",
                 "digital": "digital money and TV too", "elektronik": "household electronics", "robot": "factory robots",
                 "tembok pelindung": "a protective wall", "rekayasa sosial": "social engineering of society", "fail": "a file of papers",
                 "dokumentasi": "photos of an event"},
}

def cue_words() -> dict[str, set[str]]:
    domains = yaml.safe_load(MINING.read_text(encoding="utf-8"))["domains"]
    return {name: set(domains[domain]) for name, domain in DOMAINS.items()}


def ordinary(term: str) -> bool:
    return all(zipf_frequency(word, "id") >= MIN_ZIPF for word in term.split())


def wrong_renderings() -> set[str]:
    """The spans the id-mt-renderings rules' bad examples mark as wrong ("[[kalimat]]")."""
    found = set()
    for path in (ROOT / "rules" / "id" / "mt-renderings").glob("*.yaml"):
        found |= {m.lower() for m in re.findall(r"\[\[(.+?)\]\]", path.read_text(encoding="utf-8"))}
    return found


def mine(entries, cues: dict[str, set[str]], wrong: frozenset[str] | set[str] = frozenset()) -> dict[str, list[str]]:
    in_domain: dict[str, dict[str, int]] = {name: defaultdict(int) for name in cues}
    senses: dict[str, int] = defaultdict(int)
    for entry in entries:
        head = entry["headword"].lower()
        for sense in entry["senses"]:
            words = set(re.findall(r"[a-z]+", " ".join(sense.get("glosses", [])).lower())) | {head}
            renderings = {r.strip().lower() for r in sense.get("id", []) if r.strip()}
            for rendering in renderings:
                senses[rendering] += 1
                for name, cue in cues.items():
                    if head in cue or len(words & cue) >= 2:
                        in_domain[name][rendering] += 1
    lists = {}
    for name, counts in in_domain.items():
        kept = [t for t, n in counts.items()
                if n / senses[t] >= SHARE and len(t) >= 3 and re.fullmatch(r"[a-z][a-z -]*", t) and ordinary(t)
                and t not in EXCLUDE.get(name, {}) and t not in wrong]
        lists[name] = sorted(kept, key=lambda t: (-min(zipf_frequency(w, "id") for w in t.split()), t))
    return lists


def render(name: str, terms: list[str]) -> str:
    head = (f"# Indonesian words of the {DOMAINS[name]} domain, mined by tools/mine_sense_domains.py from\n"
            "# FreeDict eng-ind (Wiktionary senses, CC BY-SA 3.0) with the domain cues of rules/en-id/data/mining.yaml,\n"
            "# ranked by wordfreq's Indonesian frequency; do not edit by hand (rerun the script).\n")
    body = {"description": f"words that place a sentence in the {DOMAINS[name]} domain (context of rendering rules)",
            "terms": terms}
    return head + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=110)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=80, help="terms per domain, most frequent first")
    parser.add_argument("--check", action="store_true", help="compare with the committed lists instead of writing")
    args = parser.parse_args(argv)
    with open(FREEDICT, encoding="utf-8") as handle:
        entries = [json.loads(line) for line in handle if line.strip()]
    differ = []
    for name, terms in mine(entries, cue_words(), wrong_renderings()).items():
        path = OUT / f"sense-domain-{name}.yaml"
        text = render(name, terms[: args.top])
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                differ.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: {min(len(terms), args.top)} of {len(terms)} terms")
    if differ:
        print("out of date: " + ", ".join(differ) + " (rerun tools/mine_sense_domains.py)")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
