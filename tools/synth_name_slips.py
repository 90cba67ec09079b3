"""Generated name, role and date slips: how much of each kind the checks catch, and how often
they fire on the unaltered controls.

    python3 tools/synth_name_slips.py [--news /tmp/nlpid-news] [--fixtures fixtures/heldout]
                                      [--per-type 150] [--seed 0] [--verbose] [--json]
                                      [--write-sample FILE --sample-size 4]
    python3 tools/synth_name_slips.py --sample fixtures/synth-names/sample.json

Hand-written held-out sets hold two to six name problems each, so a check tuned on them
learns instances. This tool measures the method instead, on hundreds of cases built from
real sentences: real Indonesian news (tools/nlpid_corpus.py writes it; one sentence a line,
never committed) and the clean lines of the committed held-out fixtures.

Each case is a short article of real sentences: the sentence that introduces a person
(with the title or rank the news gave: "Laksamana Pertama ...") or a company (PT, CV, PO,
Bank, Universitas ...), unrelated sentences between, a back-reference, and a later mention
written into a real sentence that named someone else there ("..., kata X."). The later mention
is then changed the way machine translation and typing change names:

    name-vowel       one vowel of a word of the name changed        (Bagus -> Bagas)
    name-letter      one consonant changed into a similar one       (Hartono -> Hartomo)
    name-syllable    a syllable replaced by one of another name     (Wibisono -> Wibirono)
    given-name       the first name changed after the person was called by it alone
    company-word     a word of a company's name swapped for a look-alike word of other
                     companies' names (Lintas Raya -> Lintas Jaya), or its stem finished
                     with another company ending (Semikonduktor -> Semikonindo)
    role-sibling     the person's office later swapped for one that excludes it, from the
                     pack's own role data (id.names.role-changes `exclusive` groups)
    date-shift       an event dated once restated one day off, with that day's own weekday
    titled-slip      a letter of the name changed in a later mention that repeats the title
                     the person was introduced with ("Irjen Dedi Kurniawan" ... "Irjen Dedi
                     Kurniawam mengatakan")
    respelt-both     both the first name and the surname respelt the way Indonesian names
                     have several spellings: y/i, a doubled letter, sy/s, oe/u, dj/j ...
                     (Rizky Ardiansyah -> Rizki Ardiansah)
    company-realword one word of a company's name turned into an ordinary word one letter
                     off (Kilau -> Kilat), or into a word frequent in other companies' names
                     (Bahtera Laju Nusantara -> Bahtera Jaya Nusantara)
    wrong-province   a regency or city placed in another province of the same island group
                     ("di Rokan Hilir, Jambi"), from the Kemendagri regions (rules/id/data/
                     wilayah.tsv); its control names the right province

Every case has its unaltered twin as a control, and the name kinds have two more controls
that must stay quiet: `other-person` (a second person introduced with a title, the first
name one letter off and another surname: Hendri Kusuma / Hendra Wiralaksana), `namesake`
(a second person introduced with another title who shares the first name or the surname,
the other word one letter off: Made Suarta / Made Suartana, Hendra / Hendri Wijaya),
`namesake-family` (a second person introduced with another title, of the same family name
and a first name up to two letters off: Agus / Agung Hartanto, Suartana / Suartini Wirawan),
`namesake-apposition` (as `namesake`, but the second person introduced by an apposition
of the sentence that introduced the first: "X, kepala dinas itu, ...") and
`sibling-company` (a second company whose last word is an unrelated word: PT Bumi Sarana
Energi / Logistik). Recall counts a finding of the measured rules on the changed line;
a false alarm is such a finding on any line of a control that the tool wrote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import regex
from rapidfuzz.distance import OSA

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import names, yamlmarks  # noqa: E402

NAME_RULES = ["id.names.consistency", "id.names.known"]
ROLE_RULES = ["id.names.role-changes"]
DATE_RULES = ["id.date.weekday-mismatch"]
PLACE_RULES = ["id.places.wrong-province", "id.places.region-context", "id.places.province-lookalike", "id.places.wrong-regency"]
KINDS = ("name-vowel", "name-letter", "name-syllable", "given-name", "titled-slip", "respelt-both", "company-word",
         "company-realword", "role-sibling", "date-shift", "wrong-province")
CONTROL_KINDS = ("other-person", "namesake", "namesake-family", "namesake-apposition", "sibling-company")
# How Indonesian names are spelt two ways: old and new spelling, y / i, an aspirated consonant
# written plain. Each pair is tried both ways (a doubled letter separately).
RESPELLINGS = [("y", "i"), ("oe", "u"), ("dj", "j"), ("tj", "c"), ("sy", "s"), ("kh", "k"), ("dh", "d"), ("th", "t"),
               ("ie", "i")]
VOWELS = "aeiou"
# Consonants a typist or a transcription confuses.
SIMILAR = {"b": "p", "p": "b", "d": "t", "t": "d", "g": "k", "k": "g", "m": "n", "n": "m", "r": "l", "l": "r",
           "s": "z", "j": "y", "y": "j", "h": "k", "w": "v", "c": "s"}
CAP = r"\p{Lu}[\p{Ll}]+"
LEGAL_FORMS = ("PT", "CV", "PO", "Bank", "Universitas")
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
# A sentence that names its speaker at the end or at the start: the slot a later mention fills.
SPEAKER_END = regex.compile(rf"(?P<pre>,\s*(?:kata|ujar|tutur|jelas|tambah|ungkap)\s+)(?P<name>{CAP}(?:\s+{CAP})?)(?P<post>\s*\.\s*)$")
SPEAKER_START = regex.compile(rf"^(?P<name>{CAP}(?:\s+{CAP})?)(?P<post>\s+(?:mengatakan|menjelaskan|menambahkan|menuturkan|menyebut|mengungkapkan|menegaskan)\b)")
# Two capitalised words inside a sentence, before a comma or a lowercase word: name material.
PAIR = regex.compile(rf"(?<=\p{{Ll}}[ ,]+)({CAP}\s+{CAP})(?=\s*,|\s+\p{{Ll}})")
# A sentence that opens with a role in apposition to the name after it ("Kepala dinas itu, Budi Santoso, ...").
APPOSED = regex.compile(rf"^(?P<role>\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Ll}}+){{1,5}}),\s+(?P<name>{CAP}\s+{CAP}),\s+\p{{Ll}}")
# A regency or city after "di" that ends there ("di Banyuwangi.", "di Kabupaten Rokan Hilir yang ..."), not
# in a list ("di Pulang Pisau dan Kapuas"): where a province can follow after a comma.
PLACED = regex.compile(rf"\bdi\s+(?:(?:Kabupaten|Kota)\s+)?(?P<place>{CAP}(?:\s+{CAP}){{0,2}})"
                       rf"(?=\s*[.;]|\s+(?!(?:dan|serta|atau|hingga|sampai)\b)\p{{Ll}})")
DATED = regex.compile(r"\b(?P<weekday>Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)")


@dataclass
class Case:
    kind: str
    lines: list[str]
    target: int  # 1-based line of the changed mention
    control: list[str]  # the unaltered twin
    written: list[int] = field(default_factory=list)  # 1-based lines the tool wrote into (for false alarms)
    note: str = ""
    names: list[str] = field(default_factory=list)  # what the tool wrote into the control (a false alarm names one)


class Pack:
    """What the Indonesian name pack says: titles and ranks (not names), offices and the
    offices that exclude each other, legal forms, event words of the date rule."""

    def __init__(self) -> None:
        rules = yamlmarks.safe_load((ROOT / "rules/id/names.yaml").read_text(encoding="utf-8"))["rules"]
        by_id = {r["id"]: r for r in rules}
        consistency = by_id["id.names.consistency"]
        self.not_names = {w.lower() for w in consistency["not_names"]}
        # The pack lists institution and place words (Partai ... Ikatan) among its not-names:
        # a name after them is a body's or a place's, not a person's.
        listed = [w.lower() for w in consistency["not_names"]]
        self.institutions = set(listed[listed.index("partai") : listed.index("ikatan") + 1]) | {"kapolda", "polda", "kapolres", "utama"}
        # ... and sentence openers (Kata ... Tak): no title at all.
        self.institutions |= set(listed[listed.index("kata") : listed.index("tak") + 1])
        # Known places, organisations and people: a run of them is no new person.
        files = [str((ROOT / "rules/id" / p).resolve()) for p in consistency["gazetteers"]]
        self.gazetteer = names.build(files, "id", None)
        roles = by_id["id.names.role-changes"]
        self.offices = sorted(roles["offices"], key=len, reverse=True)
        self.exclusive = [list(g) for g in roles["exclusive"]]
        dates = yamlmarks.safe_load((ROOT / "rules/id/dates.yaml").read_text(encoding="utf-8"))["rules"][0]
        # The nouns of the date rule's events (not its verbs: "bertemu", "meluncurkan", "diresmikan").
        referred = dates["referred_events"]
        self.events = [w for form in referred["forms"] for w in form if not w.startswith(("me", "ber", "di"))]
        # Words that make a date an event's start or end ("mulai Senin", "hingga Jumat").
        self.date_roles = {w: "yang dimulai" for w in referred.get("starts", [])} | {w: "hingga" for w in referred.get("ends", [])}
        self.pointers = set(referred.get("pointers", []))
        from babel.dates import get_day_names, get_month_names

        self.calendar = {w.lower() for w in [*get_month_names("wide", locale="id").values(), *get_day_names("wide", locale="id").values()]}
        language = yamlmarks.safe_load((ROOT / "rules/id/language.yaml").read_text(encoding="utf-8"))
        self.stopwords = {w.lower() for w in language.get("stopwords", [])}

    def siblings(self, office: str) -> list[str]:
        """Offices that exclude `office` (same `exclusive` group), not a longer or shorter form of it."""
        out: set[str] = set()
        for group in self.exclusive:
            if office in group:
                out.update(o for o in group if not (o.lower().startswith(office.lower()) or office.lower().startswith(o.lower())))
        return sorted(out)


def read_sentences(news: Path | None, fixtures: Path | None) -> tuple[list[str], list[list[str]]]:
    """Real news sentences, and the clean lines of each committed fixture article (one list per article)."""
    sentences: list[str] = []
    if news and news.is_dir():
        for path in sorted(news.glob("*.txt")):
            sentences += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 30]
    articles: list[list[str]] = []
    if fixtures and fixtures.is_dir():
        for spec_path in sorted(fixtures.glob("id-round*/*.expected.yaml")):
            spec = yamlmarks.safe_load(spec_path.read_text(encoding="utf-8"))
            text = (spec_path.parent / spec["file"]).read_text(encoding="utf-8").splitlines()
            clean = range(1, len(text) + 1) if spec.get("clean") else spec.get("clean_lines") or []
            articles.append([text[i - 1].strip() for i in clean if 0 < i <= len(text) and len(text[i - 1].strip()) > 30])
    return sentences, articles


class Miner:
    """People, companies, offices and dated events in real sentences."""

    def __init__(self, pack: Pack, sentences: list[str]) -> None:
        self.pack = pack
        self.sentences = sentences
        # Words the corpus writes in lower case are ordinary words: a run ending in one is a
        # place, a body or a portfolio ("Jakarta Barat", "Hukum Perburuhan"), not a person.
        self.lowercase = {w for s in sentences for w in regex.findall(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])", s)}
        title = "|".join(regex.escape(w) for w in sorted({w.capitalize() for w in pack.not_names if len(w) > 2}, key=len, reverse=True))
        # One or more titles or ranks, then a name of two or three words, then a lowercase word or a comma.
        self.introduced = regex.compile(rf"\b(?P<title>(?:(?:{title})\s+)+)(?P<name>{CAP}\s+{CAP}(?:\s+{CAP})?)(?=\s*,\s*[^\s\p{{Lu}}]|\s+\p{{Ll}})")
        form = "|".join(LEGAL_FORMS)
        self.company = regex.compile(rf"\b(?P<form>{form})\s+(?P<name>{CAP}(?:\s+{CAP}){{1,3}})(?=\s*[,.]|\s+\p{{Ll}})")
        office = "|".join(regex.escape(o) for o in pack.offices)
        self.office = regex.compile(rf"(?<![\p{{L}}])(?P<office>{office})\s+(?P<name>{CAP}\s+{CAP}(?:\s+{CAP})?)(?=\s*,\s*[^\s\p{{Lu}}]|\s+\p{{Ll}})")

    def person(self, name: str) -> bool:
        """A person's name: no title or function word, and a first and last word the corpus never
        writes in lower case."""
        words = name.split()
        if any(w.lower() in self.pack.not_names | self.pack.stopwords | self.pack.calendar or len(w) < 4 for w in words):
            return False
        if any(self.pack.gazetteer.entry_id(names.fold(w)) is not None for w in words):
            return False
        return words[0].lower() not in self.lowercase and words[-1].lower() not in self.lowercase

    def people(self) -> list[tuple[str, regex.Match]]:
        return [(s, m) for s in self.sentences for m in self.introduced.finditer(s)
                if self.person(m["name"]) and not set(m["title"].lower().split()) & self.pack.institutions]

    def companies(self) -> list[tuple[str, regex.Match]]:
        return [(s, m) for s in self.sentences for m in self.company.finditer(s)
                if not any(w.lower() in self.pack.stopwords for w in m["name"].split())]

    def offices(self) -> list[tuple[str, regex.Match]]:
        return [(s, m) for s in self.sentences for m in self.office.finditer(s)
                if self.pack.siblings(m["office"]) and self.person(m["name"])]

    def speaker_slots(self) -> list[tuple[str, regex.Match]]:
        """Sentences that name a speaker at the end ("..., kata Budi.") or start ("Budi mengatakan ...")."""
        out = []
        for s in self.sentences:
            m = SPEAKER_END.search(s) or SPEAKER_START.search(s)
            if m:
                out.append((s, m))
        return out

    def dated(self) -> list[tuple[str, regex.Match, str, str]]:
        """Sentences with an event word before a weekday and its right date."""
        out = []
        for s in self.sentences:
            m = DATED.search(s)
            if not m or not valid_date(m):
                continue
            before = s[: m.start()].lower()
            # The event and the word after it ("latihan bebas", "sidang perdana"): how a later
            # sentence names the same event.
            found = (regex.search(rf"\b({e})\s+(\p{{Ll}}+)\b", before) for e in self.pack.events)
            skip = self.pack.stopwords | set(self.pack.date_roles) | self.pack.pointers | self.pack.calendar
            event = next((f for f in found if f and f[2] not in skip), None)
            if event:
                # Restated in the same role: a start stays a start ("yang dimulai Selasa (26/1)").
                last = before.split()[-1] if before.split() else ""
                out.append((s, m, f"{event[1]} {event[2]}", self.pack.date_roles.get(last, "pada")))
        return out


def valid_date(m) -> bool:
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return False
    return WEEKDAYS[day.weekday()] == m["weekday"]


class Regions:
    """Kemendagri's regions (rules/id/data/wilayah.tsv): each regency's and city's province, and
    every name a province holds at any level (a district may share a regency's name)."""

    def __init__(self, path: Path) -> None:
        self.provinces: dict[str, str] = {}  # code -> name
        self.regencies: dict[str, set[str]] = defaultdict(set)  # regency or city name -> province codes
        self.held: dict[str, set[str]] = defaultdict(set)  # any region name -> province codes
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("#") or len(parts) != 3 or parts[1] == "level":
                continue
            code, level, name = parts
            province = code[:2]
            self.held[name].add(province)
            if level == "provinsi":
                # As the news writes them ("DKI Jakarta", "DI Yogyakarta"), not Kemendagri's full form.
                self.provinces[province] = name.replace("Daerah Khusus Ibukota", "DKI").replace("Daerah Istimewa", "DI")
            elif level in ("kabupaten", "kota"):
                self.regencies[name].add(province)

    def unique(self, name: str) -> str | None:
        """The province code of a regency or city whose name no other region or province has."""
        codes = self.regencies.get(name, set())
        if len(codes) != 1 or name in self.provinces.values():
            return None
        return next(iter(codes))

    def wrong_provinces(self, name: str, province: str) -> list[str]:
        """Provinces of the same island group (the code's first digit: 1 Sumatra, 3 Java ...)
        that hold no region of that name."""
        # Not a province split from the right one or the one it was split from ("Merauke, Papua"
        # was right until Papua Selatan was formed in 2022).
        right = self.provinces[province]
        return sorted(n for c, n in self.provinces.items() if c[0] == province[0] and c != province and c not in self.held[name]
                      and not (n.startswith(right) or right.startswith(n)))


def syllables(word: str) -> list[str]:
    return regex.findall(r"[^aeiou]*[aeiou]+(?:[^aeiou]+$|[^aeiou](?=[^aeiou]))?", word.lower()) or [word.lower()]


def respell(original: str, lower: str) -> str:
    return original[0] + lower[1:] if original[:1].isupper() else lower


def slip_vowel(word: str, rnd: random.Random) -> str | None:
    places = [i for i, c in enumerate(word.lower()) if c in VOWELS and i > 0]
    if not places:
        return None
    i = rnd.choice(places)
    new = rnd.choice([v for v in VOWELS if v != word[i].lower()])
    return word[:i] + new + word[i + 1 :]


def slip_letter(word: str, rnd: random.Random) -> str | None:
    places = [i for i, c in enumerate(word.lower()) if c in SIMILAR and i > 0]
    if not places:
        return None
    i = rnd.choice(places)
    return word[:i] + SIMILAR[word[i].lower()] + word[i + 1 :]


def slip_syllable(word: str, rnd: random.Random, pool: list[str]) -> str | None:
    parts = syllables(word)
    if len(parts) < 2:
        return None
    i = rnd.randrange(1, len(parts))
    for _ in range(10):
        other = rnd.choice(pool)
        if other != parts[i]:
            parts[i] = other
            return respell(word, "".join(parts))
    return None


def respellings_of(word: str) -> list[str]:
    """The word written the other ways Indonesian names are written: an old or ornamental
    spelling made plain (Ardiansyah -> Ardiansah, Rizky -> Rizki), a final i as y, a doubled
    letter once."""
    low = word.lower()
    out = set()
    for old, new in RESPELLINGS:
        i = low.find(old, 1)
        while i > 0:
            out.add(low[:i] + new + low[i + len(old) :])
            i = low.find(old, i + 1)
    if low.endswith("i") and low[-2:-1] not in VOWELS:
        out.add(low[:-1] + "y")
    out |= {low[:i] + low[i + 1 :] for i in range(1, len(low)) if low[i] == low[i - 1]}
    out.discard(low)
    return [respell(word, w) for w in sorted(out)]


def mention_in(slot: tuple[str, regex.Match], name: str) -> str:
    """A real sentence whose speaker is now `name`."""
    sentence, m = slot
    return sentence[: m.start("name")] + name + sentence[m.end("name") :]


class Generator:
    def __init__(self, miner: Miner, fillers: list[str], rnd: random.Random) -> None:
        self.miner, self.fillers, self.rnd = miner, fillers, rnd
        self.slots = miner.speaker_slots()
        people = miner.people()
        self.people = people
        name_words = [w.lower() for _, m in people for w in m["name"].split()]
        self.name_syllables = [s for w in name_words for s in syllables(w)[1:] if len(s) >= 2]
        # Names of people the sentences name: introduced with a title, or speaking ("kata X Y").
        known = [m["name"] for _, m in people] + [m["name"] for _, m in self.slots if len(m["name"].split()) > 1]
        known += [m[1] for sentence in miner.sentences for m in PAIR.finditer(sentence)]
        known = [n for n in known if miner.person(n)]
        self.surnames = sorted({n.split()[-1] for n in known})
        self.given = sorted({n.split()[0] for n in known})
        self.middle = sorted({n.split()[1] for n in known if len(n.split()) == 3}) or self.given
        self.companies = miner.companies()
        words = Counter(w for _, m in self.companies for w in m["name"].split()[1:])
        self.company_words = sorted(w for w in words if len(w) >= 4)
        self.company_endings = [e for e, n in Counter(w.lower()[-4:] for w in self.company_words).most_common(12)]
        # Words companies are often named with ("Jaya", "Mandiri", "Sejahtera"): what a name
        # drifts into when a word is written from memory.
        self.company_common = [w for w, n in words.most_common(40) if len(w) >= 4]
        # Indonesian root words (the frequency list holds English ones too: "gold", "steel").
        self.ordinary = {w.strip() for w in (ROOT / "rules/id/data/words.txt").read_text(encoding="utf-8").splitlines()
                         if w.strip() and not w.startswith("#")}
        # A sentence that introduces someone by an apposition ("Kepala dinas itu, Budi Santoso, ...").
        self.apposed = [(s, m) for s in miner.sentences for m in APPOSED.finditer(s) if miner.person(m["name"])]
        self.regions = Regions(ROOT / "rules/id/data/wilayah.tsv")
        self.placed = [(s, m, code) for s in miner.sentences for m in PLACED.finditer(s)
                       if (code := self.regions.unique(m["place"])) and self.regions.wrong_provinces(m["place"], code)]

    def filler(self, avoid: str) -> str:
        for _ in range(20):
            s = self.rnd.choice(self.fillers)
            if not set(s.split()) & set(avoid.split()):
                return s
        return self.rnd.choice(self.fillers)

    def article(self, intro: str, middle: list[str], later: str, control_later: str, note: str, kind: str,
                written_names: list[str]) -> Case:
        lines = [intro, self.filler(intro)]
        for sentence in middle:
            lines += [sentence, self.filler(intro)]
        target = len(lines) + 1
        control = lines + [control_later, self.filler(intro)]
        lines = lines + [later, control[-1]]
        # The lines the tool changed: the introduction is real copy as the news printed it.
        written = [3 + 2 * i for i in range(len(middle))] + [target]
        return Case(kind, lines, target, control, written, note, written_names)

    def new_person(self) -> tuple[str, regex.Match, list[str]]:
        """A titled introduction from the news with its person replaced by a new one: a first
        name and a surname drawn from the people the news names (many people in real contexts)."""
        sentence, m = self.rnd.choice(self.people)
        words = [self.rnd.choice(self.given)] + ([self.rnd.choice(self.middle)] if self.rnd.random() < 0.2 else [])
        words.append(self.rnd.choice([w for w in self.surnames if w not in words]))
        name = " ".join(words)
        intro = sentence[: m.start("name")] + name + sentence[m.end("name") :]
        m = self.miner.introduced.search(intro, m.start())
        return intro, m, words

    def person_case(self, kind: str) -> Case | None:
        sentence, m, words = self.new_person()
        if m is None or m["name"] != " ".join(words):
            return None
        given, surname = words[0], words[-1]
        if kind == "given-name":
            back, index = given, 0
        else:
            back, index = surname, self.rnd.randrange(len(words))
        word = words[index]
        changed = {"name-vowel": slip_vowel, "name-letter": slip_letter, "given-name": slip_vowel}.get(kind)
        new = changed(word, self.rnd) if changed else slip_syllable(word, self.rnd, self.name_syllables)
        if not new or new == word or new.lower() in self.miner.pack.not_names:
            return None
        slipped = " ".join(words[:index] + [new] + words[index + 1 :])
        slot = self.rnd.choice(self.slots)
        back_slot = self.rnd.choice(self.slots)
        return self.article(sentence, [mention_in(back_slot, back)], mention_in(slot, slipped), mention_in(slot, m["name"]),
                            f"{m['title'].strip()} {m['name']} -> {slipped}", kind, [m["name"]])

    def other_person(self) -> Case | None:
        """A second person introduced with a title: first name one letter off, another surname."""
        sentence, m, words = self.new_person()
        other_sentence, o = self.rnd.choice(self.people)
        if m is None:
            return None
        new = slip_vowel(words[0], self.rnd)
        surname = self.rnd.choice(self.surnames)
        if not new or surname == words[-1] or o["name"] == m["name"]:
            return None
        other = f"{new} {surname}"
        later = other_sentence[: o.start("name")] + other + other_sentence[o.end("name") :]
        return self.article(sentence, [mention_in(self.rnd.choice(self.slots), words[-1])], later, later,
                            f"{m['name']} / {o['title'].strip()} {other}", "other-person", [m["name"], other])

    def namesake(self) -> Case | None:
        """A second person introduced with another title who shares the first person's first
        name or surname, the other word one letter off ("General Manager PLN, Made Suarta" /
        "Ketua PHRI Badung, Made Suartana"; "Hendra Wijaya" / "Hendri Wijaya")."""
        sentence, m, words = self.new_person()
        other_sentence, o = self.rnd.choice(self.people)
        if m is None or o["title"].strip().lower() == m["title"].strip().lower() or o["name"] == m["name"]:
            return None
        index = self.rnd.choice([0, len(words) - 1])
        new = (slip_vowel if self.rnd.random() < 0.5 else slip_letter)(words[index], self.rnd)
        if not new or new == words[index] or new.lower() in self.miner.pack.not_names:
            return None
        other = " ".join([words[0], new] if index else [new, words[-1]])
        later = other_sentence[: o.start("name")] + other + other_sentence[o.end("name") :]
        return self.article(sentence, [mention_in(self.rnd.choice(self.slots), words[-1])],
                            later, later, f"{m['title'].strip()} {m['name']} / {o['title'].strip()} {other}", "namesake",
                            [m["name"], other])

    def company_case(self, kind: str) -> Case | None:
        sentence, m = self.rnd.choice(self.companies)
        words = m["name"].split()
        index = self.rnd.randrange(1, len(words))
        word = words[index]
        if kind == "sibling-company":
            index = len(words) - 1
            word = words[index]
            choices = [w for w in self.company_words if w[0] != word[0] and abs(len(w) - len(word)) > 1]
            new = self.rnd.choice(choices) if choices else None
        else:
            rhymes = [w for w in self.company_words if w != word and w[-3:] == word[-3:] and len(w) == len(word)]
            stem = [word[: max(5, len(word) - 4)] + e for e in self.company_endings if len(word) >= 8]
            stem = [s for s in stem if s.lower() != word.lower() and not s.lower().startswith(word.lower())]
            pool = rhymes + stem
            new = self.rnd.choice(pool) if pool else None
        if not new:
            return None
        full = f"{m['form']} {m['name']}"
        slipped = f"{m['form']} " + " ".join(words[:index] + [new] + words[index + 1 :])
        slot = self.rnd.choice(self.slots)
        back = mention_in(self.rnd.choice(self.slots), full)
        # A sister company is named as another business, not speaking for the first one.
        later = f"{slipped} juga beroperasi di kawasan itu." if kind == "sibling-company" else mention_in(slot, slipped)
        control = later if kind == "sibling-company" else mention_in(slot, full)
        return self.article(sentence, [back], later, control, f"{full} -> {slipped}", kind, [full, slipped])

    def titled_slip(self) -> Case | None:
        """A letter of the name changed in a later mention that repeats the introduction's title."""
        sentence, m, words = self.new_person()
        if m is None or m["name"] != " ".join(words):
            return None
        index = self.rnd.randrange(len(words))
        new = (slip_vowel if self.rnd.random() < 0.5 else slip_letter)(words[index], self.rnd)
        if not new or new == words[index] or new.lower() in self.miner.pack.not_names:
            return None
        title = m["title"].strip()
        slipped = " ".join(words[:index] + [new] + words[index + 1 :])
        slot = self.rnd.choice(self.slots)
        return self.article(sentence, [mention_in(self.rnd.choice(self.slots), words[-1])], mention_in(slot, f"{title} {slipped}"),
                            mention_in(slot, f"{title} {m['name']}"), f"{title} {m['name']} -> {title} {slipped}",
                            "titled-slip", [m["name"]])

    def respelt_both(self) -> Case | None:
        """First name and surname both respelt (Rizky Ardiansyah -> Rizki Ardiansah)."""
        sentence, m, words = self.new_person()
        if m is None or m["name"] != " ".join(words) or len(words) != 2:
            return None
        given, surname = respellings_of(words[0]), respellings_of(words[1])
        if not given or not surname:
            return None
        slipped = f"{self.rnd.choice(given)} {self.rnd.choice(surname)}"
        slot = self.rnd.choice(self.slots)
        return self.article(sentence, [mention_in(self.rnd.choice(self.slots), m["name"])], mention_in(slot, slipped),
                            mention_in(slot, m["name"]), f"{m['title'].strip()} {m['name']} -> {slipped}", "respelt-both",
                            [m["name"]])

    def namesake_family(self) -> Case | None:
        """A second person of the same family name, introduced with another title, whose first
        name is up to two letters off the first person's (Agus / Agung Hartanto)."""
        sentence, m, words = self.new_person()
        other_sentence, o = self.rnd.choice(self.people)
        if m is None or o["title"].strip().lower() == m["title"].strip().lower() or len(words) != 2:
            return None
        alike = [g for g in self.given if g != words[0] and g[0] == words[0][0] and OSA.distance(g, words[0], score_cutoff=2) <= 2]
        if not alike:
            return None
        other = f"{self.rnd.choice(alike)} {words[-1]}"
        later = other_sentence[: o.start("name")] + other + other_sentence[o.end("name") :]
        return self.article(sentence, [mention_in(self.rnd.choice(self.slots), words[-1])], later, later,
                            f"{m['title'].strip()} {m['name']} / {o['title'].strip()} {other}", "namesake-family",
                            [m["name"], other])

    def namesake_apposition(self) -> Case | None:
        """As `namesake`, the second person introduced by an apposition ("Kepala dinas itu, X, ...")."""
        sentence, m, words = self.new_person()
        if m is None or not self.apposed:
            return None
        other_sentence, o = self.rnd.choice(self.apposed)
        index = self.rnd.choice([0, len(words) - 1])
        new = (slip_vowel if self.rnd.random() < 0.5 else slip_letter)(words[index], self.rnd)
        if not new or new == words[index] or new.lower() in self.miner.pack.not_names:
            return None
        other = " ".join([words[0], new] if index else [new, words[-1]])
        later = other_sentence[: o.start("name")] + other + other_sentence[o.end("name") :]
        return self.article(sentence, [mention_in(self.rnd.choice(self.slots), words[-1])], later, later,
                            f"{m['title'].strip()} {m['name']} / {o['role']}, {other}", "namesake-apposition", [m["name"], other])

    def company_realword(self) -> Case | None:
        """A word of a company's name (not the last of three or more: sister companies differ
        there) turned into an ordinary word one letter off (Kilau -> Kilat), or an inner word
        into an ordinary word frequent in companies' names (Bahtera Laju Nusantara -> Jaya)."""
        sentence, m = self.rnd.choice(self.companies)
        words = m["name"].split()
        index = self.rnd.randrange(len(words) - 1 if len(words) >= 3 else 1)
        word = words[index]
        alike = [w.capitalize() for w in self.ordinary if len(w) == len(word) and w[0] == word[0].lower()
                 and w != word.lower() and OSA.distance(w, word.lower(), score_cutoff=1) == 1 and not self.place(w)]
        # A frequent word in place of an inner word only: the words either side say which company it is.
        # Not a place ("Sulawesi"): a company named for another region is another company.
        common = [w for w in self.company_common if w.lower() != word.lower() and w.lower() in self.ordinary
                  and abs(len(w) - len(word)) <= 1 and not self.place(w)] if 0 < index < len(words) - 1 else []
        pool = sorted(alike) if alike and (self.rnd.random() < 0.6 or not common) else common
        if not pool:
            return None
        new = self.rnd.choice(pool)
        full = f"{m['form']} {m['name']}"
        slipped = f"{m['form']} " + " ".join(words[:index] + [new] + words[index + 1 :])
        slot = self.rnd.choice(self.slots)
        back = mention_in(self.rnd.choice(self.slots), full)
        return self.article(sentence, [back], mention_in(slot, slipped), mention_in(slot, full), f"{full} -> {slipped}",
                            "company-realword", [full, slipped])

    def place(self, word: str) -> bool:
        """A region's name, or the island a province is named after ("Sulawesi"), or a known place."""
        islands = {p.split()[0] for p in self.regions.provinces.values()}
        return word in self.regions.held or word in islands or self.miner.pack.gazetteer.entry_id(names.fold(word)) is not None

    def wrong_province(self) -> Case | None:
        """A regency or city named in the news, its province added after a comma: another
        province of the same island group in the slip, its own in the control."""
        if not self.placed:
            return None
        sentence, m, code = self.rnd.choice(self.placed)
        place = m["place"]
        wrong = self.rnd.choice(self.regions.wrong_provinces(place, code))
        right = self.regions.provinces[code]

        def placed(province: str) -> str:
            return sentence[: m.end("place")] + f", {province}" + sentence[m.end("place") :]

        before, after = self.filler(sentence), self.filler(sentence)
        return Case("wrong-province", [before, placed(wrong), after], 2, [before, placed(right), after], [2],
                    f"{place}, {right} -> {place}, {wrong}", [place, right])

    def role_case(self) -> Case | None:
        # An office before a name in the news, the name replaced by a new person.
        sentence, m = self.rnd.choice(self.miner.offices())
        words = [self.rnd.choice(self.given), self.rnd.choice(self.surnames)]
        sentence = sentence[: m.start("name")] + " ".join(words) + sentence[m.end("name") :]
        m = self.miner.office.search(sentence, m.start())
        if m is None or m["name"] != " ".join(words):
            return None
        office = m["office"]
        sibling = self.rnd.choice(self.miner.pack.siblings(office))
        slot = self.rnd.choice(self.slots)
        referred = self.rnd.choice([m["name"], words[-1]])
        later = mention_in(slot, f"{sibling} {referred}")
        control = mention_in(slot, f"{office} {referred}")
        return self.article(sentence, [mention_in(self.rnd.choice(self.slots), words[-1])], later, control,
                            f"{office} {m['name']} -> {sibling} {referred}", "role-sibling", [m["name"]])

    def date_case(self, dated: list) -> Case | None:
        sentence, m, event, role = self.rnd.choice(dated)
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        shifted = day + dt.timedelta(days=self.rnd.choice([-1, 1]))

        def restated(when: dt.date) -> str:
            return (f"{event.capitalize()} {role} {WEEKDAYS[when.weekday()]} ({when.day}/{when.month}/{when.year}) itu "
                    "menjadi sorotan banyak pihak.")

        return self.article(sentence, [], restated(shifted), restated(day),
                            f"{event} {m['weekday']} ({m['d']}/{m['m']}/{m['y']}) -> {shifted.isoformat()}", "date-shift",
                            [restated(day)])

    def cases(self, per_type: int) -> list[Case]:
        out: list[Case] = []
        dated = self.miner.dated()
        makers = {
            "name-vowel": lambda: self.person_case("name-vowel"),
            "name-letter": lambda: self.person_case("name-letter"),
            "name-syllable": lambda: self.person_case("name-syllable"),
            "given-name": lambda: self.person_case("given-name"),
            "company-word": lambda: self.company_case("company-word"),
            "role-sibling": self.role_case,
            "date-shift": lambda: self.date_case(dated),
            "titled-slip": self.titled_slip,
            "respelt-both": self.respelt_both,
            "company-realword": self.company_realword,
            "wrong-province": self.wrong_province,
            "other-person": self.other_person,
            "namesake": self.namesake,
            "namesake-family": self.namesake_family,
            "namesake-apposition": self.namesake_apposition,
            "sibling-company": lambda: self.company_case("sibling-company"),
        }
        available = {"name-vowel": self.people, "name-letter": self.people, "name-syllable": self.people,
                     "given-name": self.people, "other-person": self.people, "namesake": self.people, "company-word": self.companies,
                     "sibling-company": self.companies, "role-sibling": self.miner.offices(), "date-shift": dated,
                     "titled-slip": self.people, "respelt-both": self.people, "company-realword": self.companies,
                     "wrong-province": self.placed, "namesake-family": self.people, "namesake-apposition": self.apposed}
        for kind, make in makers.items():
            if not available[kind] or not self.slots:
                continue
            made = tries = 0
            while made < per_type and tries < per_type * 20:
                tries += 1
                case = make()
                if case is not None:
                    out.append(case)
                    made += 1
        return out


def rules_for(kind: str) -> list[str]:
    if kind == "role-sibling":
        return ROLE_RULES
    if kind == "date-shift":
        return DATE_RULES
    if kind == "wrong-province":
        return PLACE_RULES
    return NAME_RULES


def score(cases: list[Case], verbose: bool = False) -> dict:
    """Recall on the slipped copies and false alarms on their controls, per kind."""
    os.environ["QA_LINT_LANGUAGETOOL"] = "off"
    from qa_lint.api import Linter, Options

    linter = Linter(Options(select=NAME_RULES + ROLE_RULES + DATE_RULES + PLACE_RULES))
    table: dict[str, dict[str, int]] = defaultdict(lambda: {"cases": 0, "found": 0, "controls": 0, "false_alarms": 0})
    details = []
    for case in cases:
        rules = set(rules_for(case.kind))
        row = table[case.kind]
        control = linter.lint_text("\n".join(case.control) + "\n", language="id")
        # A finding on a line the tool wrote, about what it wrote there (the real sentences
        # around a name may hold the news's own slips).
        wrote = {w for name in case.names for w in name.split()}
        alarms = [f for f in control.findings if f.rule in rules and f.line in case.written and set(f.match.split()) & wrote]
        row["controls"] += 1
        row["false_alarms"] += bool(alarms)
        if case.kind in CONTROL_KINDS:
            if alarms and verbose:
                details.append(f"ALARM {case.kind}: {case.note}: {alarms[0].message}")
            continue
        slipped = linter.lint_text("\n".join(case.lines) + "\n", language="id")
        hit = any(f.rule in rules and f.line == case.target for f in slipped.findings)
        row["cases"] += 1
        row["found"] += hit
        if verbose and not hit:
            details.append(f"MISS  {case.kind}: {case.note}\n      {case.lines[case.target - 1]}")
        if verbose and alarms:
            details.append(f"ALARM {case.kind} control: {case.note}: {alarms[0].message}")
    linter.close()
    return {"kinds": dict(sorted(table.items())), "details": details}


def print_report(report: dict) -> None:
    print(f"{'kind':16s} {'found':>5s} {'cases':>5s} {'recall':>6s}   {'alarms':>6s} {'controls':>8s}")
    for kind, row in report["kinds"].items():
        recall = f"{row['found'] / row['cases']:.2f}" if row["cases"] else "   -"
        print(f"{kind:16s} {row['found']:5d} {row['cases']:5d} {recall:>6s}   {row['false_alarms']:6d} {row['controls']:8d}")
    for line in report["details"]:
        print(line)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, default=Path("/tmp/nlpid-news"))
    parser.add_argument("--fixtures", type=Path, default=ROOT / "fixtures/heldout")
    parser.add_argument("--no-news", action="store_true", help="the committed fixtures' clean lines only")
    parser.add_argument("--per-type", type=int, default=150)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample", type=Path, help="score the cases of a written sample instead of generating")
    parser.add_argument("--write-sample", type=Path, help="write the generated cases (JSON) here")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.sample:
        cases = load_sample(args.sample)
    else:
        cases = generate(None if args.no_news else args.news, args.fixtures, args.per_type, args.seed)
    if args.write_sample:
        args.write_sample.parent.mkdir(parents=True, exist_ok=True)
        args.write_sample.write_text(json.dumps([asdict(c) for c in cases], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    report = score(cases, args.verbose)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    return 0


def generate(news: Path | None, fixtures: Path | None, per_type: int, seed: int = 0) -> list[Case]:
    pack = Pack()
    sentences, articles = read_sentences(news, fixtures)
    fixture_lines = [line for article in articles for line in article]
    rnd = random.Random(seed)
    miner = Miner(pack, sentences + fixture_lines)
    return Generator(miner, sentences + fixture_lines, rnd).cases(per_type)


def load_sample(path: Path) -> list[Case]:
    return [Case(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


if __name__ == "__main__":
    raise SystemExit(main())
