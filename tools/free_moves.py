"""Generated sentence pairs of the free-translation moves that the blind en-id sets caught
the pair rules crying wolf on, to measure the pair rules' false alarms on many of each
move, not on the one instance a set holds.

    python3 tools/free_moves.py [--only MOVE,...] [--limit N] [-v] [--json]

tools/free_variants.py rewrites the clean lines of the annotated pairs; these moves need
words those lines seldom have (an institution named three ways, a date range, a speech
verb of officials' statements), so each is built here from data and a few sentence frames
and checked as a one-line pair alone. The moves (en-id-round8, where each cried wolf):

  entity-forms       an institution or term of rules/en-id/data/entities.yaml the source
                     names in English, the translation by its acronym, its long form, or the
                     long form with the acronym in brackets ("Indeks Harga Saham Gabungan
                     (IHSG)" for "Jakarta Composite Index"; "PHK" for "layoffs")
  speech-verbs       "X said that ..." rendered with another verb of saying: the synonyms of
                     "mengatakan" and "menyatakan" in the Indonesian thesaurus (mythes-id)
                     that Indonesian news uses (rules/id/data/words-frequent.txt)
  date-ranges        "May 12-13", "May 12 and 13", "from May 12 to 13" as "12-13 Mei",
                     "12 dan 13 Mei", "12 hingga 13 Mei" ... (CLDR month names)
  classifiers        a kind noun before a name the source gives bare ("provinsi Riau",
                     "perusahaan Straits Digital", "negara Vietnam", "kota Medan"), and
                     "perusahaan asal Singapura" for "Singapore-based"
  english-names      an English institute name kept in English, alone or in brackets after
                     its acronym or a description ("lembaga kajian Institute for ...")
  hedges-kept        a source hedge (could, may, might, likely, expected, unlikely) rendered
                     by any Indonesian hedge of the thesaurus' "mungkin" group

Each move has slips too (the wrong institution's acronym, the second day of a range
changed, the holder dropped, the hedge dropped): a fix that silences a move must still
let them through. A frame's plain rendering is checked first: a move's pair counts as a
false alarm only for an error or warning the plain rendering of its frame does not have.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from qa_lint import yamlmarks  # noqa: E402

THESAURUS = Path("/usr/share/mythes/th_id_ID_v2.dat")  # Debian mythes-id (LGPL-2.1), read, not shipped


@dataclass(frozen=True)
class Case:
    move: str
    kind: str  # faithful | slip | plain (the frame's plain rendering)
    family: str  # the rule family that must report a slip
    frame: str  # which frame's plain rendering this case is compared with
    source: str
    target: str


# -- data --------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def entity_rows() -> list[tuple[list[str], list[str]]]:
    data = yamlmarks.safe_load((ROOT / "rules/en-id/data/entities.yaml").read_text(encoding="utf-8"))
    return [([str(x) for x in e["en"]], [str(x) for x in e["id"]]) for e in data["entries"] if e.get("en") and e.get("id")]


def is_acronym(form: str) -> bool:
    """"BMKG", "Kemnaker", "PDI-P": one word, two capitals or more."""
    return " " not in form and len(regex.findall(r"\p{Lu}", form)) >= 2


def in_use(phrase: str, zipf: float = 3.0) -> bool:
    """Every word of the phrase is in everyday Indonesian use (wordfreq's Zipf frequency)."""
    import wordfreq

    return all(wordfreq.zipf_frequency(w, "id") >= zipf for w in phrase.split())


@lru_cache(maxsize=None)
def thesaurus_group(*heads: str) -> list[str]:
    """The synonyms mythes-id lists for these headwords (every sense), in file order."""
    if not THESAURUS.exists():
        raise SystemExit(f"{THESAURUS} is missing: apt-get install mythes-id")
    lines = THESAURUS.read_text(encoding="utf-8", errors="replace").splitlines()
    out: list[str] = []
    i = 1
    while i < len(lines):
        head, count = lines[i].split("|")[:2]
        senses = lines[i + 1 : i + 1 + int(count)]
        if head in heads:
            for sense in senses:
                out += [w for w in sense.split("|")[1:] if w not in out]
        i += 1 + int(count)
    return out


# Synonyms the thesaurus gives "mengatakan"/"menyatakan" in other senses (give birth, prove,
# propose, suggest, show, describe, announce): no rendering of "said".
NOT_SAYING = {"melahirkan", "membuktikan", "mengusulkan", "menyarankan", "menunjukkan", "menggambarkan", "mengumumkan",
              "mengekspresikan", "mencetuskan", "mencurahkan", "menceritakan", "mengisahkan", "membentangkan",
              "memproklamasikan", "mendeklarasikan", "mengetengahkan", "membahasakan", "menyuarakan", "memerintah",
              "mengucapkan"}


def speech_verbs() -> list[str]:
    """Verbs of saying news copy uses for "said": thesaurus synonyms of mengatakan and
    menyatakan in everyday use, less those of other senses."""
    verbs = ["mengatakan", "menyatakan", "menyampaikan"] + thesaurus_group("mengatakan", "menyatakan", "berkata")
    return [v for v in dict.fromkeys(verbs) if v.startswith("me") and v not in NOT_SAYING and in_use(v)]


def hedges_id() -> list[str]:
    """Indonesian hedges: the thesaurus' "mungkin" and "barangkali" groups in everyday use,
    and the forecast words a desk writes for "expected"."""
    words = ["mungkin", "kemungkinan", "kemungkinan besar"] + thesaurus_group("mungkin", "barangkali")
    kept = [w for w in words if in_use(w)]
    kept = [w for w in kept if w not in ("harus", "patut", "kali", "agak-agak", "mudah-mudahan", "kalau-kalau", "jangan-jangan",
                                         "takut-takut", "mana tahu", "siapa tahu", "kira-kira", "potensial")]  # obligation, wish, fear, not a hedge on a fact
    return list(dict.fromkeys(kept + ["diperkirakan", "diprediksi", "berpotensi", "berpeluang"]))


# -- moves -------------------------------------------------------------------------------------
ORG_FRAME = ("The {en} said on Tuesday that the review would be finished next month.",
             "{id} mengatakan pada Selasa bahwa peninjauan itu akan selesai bulan depan.")
NOUN_FRAME = ("Officials discussed {en} in the textile sector on Tuesday.",
              "Para pejabat membahas {id} di sektor tekstil pada Selasa.")
_VERB_FIRST = regex.compile(r"^(?:laid|lay|lays|laying|cut|cuts|cutting)\b")


def entity_forms() -> list[Case]:
    cases = []
    rows = entity_rows()
    for r, (ens, ids) in enumerate(rows):
        acronyms = [f for f in ids if is_acronym(f)]
        longs = [f for f in ids if " " in f and not is_acronym(f) and f[:1].isupper()]
        if not acronyms or not longs:
            continue
        forms = list(dict.fromkeys(acronyms[:2] + longs[:2] + [f"{longs[0]} ({acronyms[0]})"]))
        # An acronym of an unrelated row: the wrong institution (a slip).
        other = next(f for ens2, ids2 in rows[r + 1 :] + rows[:r] for f in ids2 if is_acronym(f) and f not in ids and not set(ids2) & set(ids))
        for en in ens[:3]:
            if _VERB_FIRST.match(en):
                continue
            frame = ORG_FRAME if en[:1].isupper() or "agency" in en or "ministry" in en else NOUN_FRAME
            en_text = en if frame is NOUN_FRAME else en
            name = f"entity:{en}"
            src = frame[0].format(en=en_text)
            src = src.replace("The The ", "The ")
            cases.append(Case("entity-forms", "plain", "", name, src, frame[1].format(id=longs[0]).replace(" ( ", " (")))
            for form in forms:
                tgt = frame[1].format(id=form)
                cases.append(Case("entity-forms", "faithful", "", name, src, tgt[:1].upper() + tgt[1:]))
            cases.append(Case("entity-forms", "slip", "en-id.entity", name, src, frame[1].format(id=other)))
    return cases


HOLDERS = [("Transport Minister Hadi Prasetyo", "Menteri Perhubungan Hadi Prasetyo"),
           ("Company spokesperson Rina Wulandari", "Juru bicara perusahaan Rina Wulandari"),
           ("Police chief Agus Salim", "Kepala polisi Agus Salim")]
CLAUSES = [("the feasibility study would be completed by the end of the year", "studi kelayakan akan rampung pada akhir tahun"),
           ("the new terminal would open in March", "terminal baru akan dibuka pada Maret")]


def speech_verb_cases() -> list[Case]:
    cases = []
    verbs = speech_verbs()
    for h, (h_en, h_id) in enumerate(HOLDERS):
        for c_en, c_id in CLAUSES:
            name = f"speech:{h}:{c_en[:12]}"
            src = f"{h_en} said {c_en}."
            cases.append(Case("speech-verbs", "plain", "", name, src, f"{h_id} mengatakan bahwa {c_id}."))
            for verb in verbs:
                cases.append(Case("speech-verbs", "faithful", "", name, src, f"{h_id} {verb} bahwa {c_id}."))
            cases.append(Case("speech-verbs", "slip", "en-id.attribution", name, src, f"{c_id[:1].upper()}{c_id[1:]}."))
    return cases


def date_range_cases() -> list[Case]:
    from free_variants import months

    cases = []
    en_months, id_months = months("en"), months("id")
    for m in (1, 5, 8, 11):
        for day in (3, 12, 27):
            a, b = day, day + 1
            en, idm = en_months[m], id_months[m]
            name = f"range:{m}:{day}"
            plain_src = f"ASEAN leaders will meet in Manila on {en} {a}."
            cases.append(Case("date-ranges", "plain", "", name, plain_src, f"Para pemimpin ASEAN akan bertemu di Manila pada {a} {idm}."))
            sources = [f"{en} {a}-{b}", f"{en} {a} and {b}", f"{en} {a} to {b}", f"{en} {a}–{b}"]
            targets = [f"{a}-{b} {idm}", f"{a}–{b} {idm}", f"{a} dan {b} {idm}", f"{a} hingga {b} {idm}", f"{a} sampai {b} {idm}",
                       f"{a} {idm} dan {b} {idm}", f"{a}-{b} {idm} {2027}"[:-5]]
            for s in sources:
                src = f"ASEAN leaders will meet in Manila on {s}."
                for t in dict.fromkeys(targets):
                    cases.append(Case("date-ranges", "faithful", "", name, src, f"Para pemimpin ASEAN akan bertemu di Manila pada {t}."))
                cases.append(Case("date-ranges", "slip", "en-id.dates", name, src,
                                  f"Para pemimpin ASEAN akan bertemu di Manila pada {a}-{b + 2} {idm}."))
    return cases


COMPASS = {"Utara": "North", "Selatan": "South", "Barat": "West", "Timur": "East", "Tengah": "Central", "Tenggara": "Southeast"}
ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}


@lru_cache(maxsize=None)
def provinces() -> list[tuple[str, str]]:
    """(English, Indonesian) names of the provinces whose English name is regular."""
    out = []
    for line in (ROOT / "rules/id/data/wilayah.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3 or cols[1] != "provinsi" or cols[2].startswith(("Daerah", "Kepulauan", "Papua ")):
            continue
        words = cols[2].split()
        if len(words) == 1:
            out.append((cols[2], cols[2]))
        elif len(words) == 2 and words[1] in COMPASS:
            out.append((f"{COMPASS[words[1]]} {ISLANDS.get(words[0], words[0])}", cols[2]))
    return out


COMPANIES = ["Straits Digital", "Nusantara Cloud", "Harbour Logistics", "Kencana Foods"]
CITIES = ["Medan", "Surabaya", "Makassar", "Semarang", "Balikpapan"]
COUNTRIES = [("Singapore", "Singapura"), ("Japan", "Jepang"), ("Vietnam", "Vietnam"), ("South Korea", "Korea Selatan")]


def classifier_cases() -> list[Case]:
    cases = []
    for en, idn in provinces():
        name = f"prov:{en}"
        src = f"Workers in {en} will get a higher minimum wage next year."
        cases.append(Case("classifiers", "plain", "", name, src, f"Pekerja di {idn} akan mendapat upah minimum yang lebih tinggi tahun depan."))
        for cls in ("provinsi", "Provinsi"):
            cases.append(Case("classifiers", "faithful", "", name, src,
                              f"Pekerja di {cls} {idn} akan mendapat upah minimum yang lebih tinggi tahun depan."))
        cases.append(Case("classifiers", "faithful", "", name, src,
                          f"Upah minimum provinsi (UMP) {idn} untuk pekerja akan lebih tinggi tahun depan."))
    for i, company in enumerate(COMPANIES):
        c_en, c_id = COUNTRIES[i % len(COUNTRIES)]
        name = f"company:{company}"
        src = f"{company} will invest $900 million in a data centre in Batam."
        cases.append(Case("classifiers", "plain", "", name, src, f"{company} akan berinvestasi 900 juta dolar AS di pusat data di Batam."))
        cases.append(Case("classifiers", "faithful", "", name, src, f"Perusahaan {company} akan berinvestasi 900 juta dolar AS di pusat data di Batam."))
        based = f"{c_en}-based {company} will invest $900 million in a data centre in Batam."
        cases.append(Case("classifiers", "plain", "", name + ":based", based, f"{company} dari {c_id} akan berinvestasi 900 juta dolar AS di pusat data di Batam."))
        cases.append(Case("classifiers", "faithful", "", name + ":based", based,
                          f"Perusahaan asal {c_id}, {company}, akan berinvestasi 900 juta dolar AS di pusat data di Batam."))
        cases.append(Case("classifiers", "faithful", "", name + ":based", based,
                          f"Perusahaan yang berbasis di {c_id}, {company}, akan berinvestasi 900 juta dolar AS di pusat data di Batam."))
        cases.append(Case("classifiers", "slip", "en-id.addition", name, src,
                          f"Perusahaan asal {c_id}, {company}, akan berinvestasi 900 juta dolar AS di pusat data di Batam."))
    for city in CITIES:
        name = f"city:{city}"
        src = f"Floods hit {city} on Monday."
        cases.append(Case("classifiers", "plain", "", name, src, f"Banjir melanda {city} pada Senin."))
        cases.append(Case("classifiers", "faithful", "", name, src, f"Banjir melanda kota {city} pada Senin."))
    for c_en, c_id in COUNTRIES:
        name = f"country:{c_en}"
        src = f"The minister will visit {c_en} next week."
        cases.append(Case("classifiers", "plain", "", name, src, f"Menteri itu akan mengunjungi {c_id} pekan depan."))
        cases.append(Case("classifiers", "faithful", "", name, src, f"Menteri itu akan mengunjungi negara {c_id} pekan depan."))
    return cases


INSTITUTE_HEADS = ["Institute for", "Center for", "Centre for", "Foundation for"]
INSTITUTE_TOPICS = ["Development of Economics and Finance", "Strategic and International Studies", "Essential Services Reform",
                    "Policy Research", "Energy Transition Studies", "Economic Reform"]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@lru_cache(maxsize=None)
def known_acronyms() -> set[str]:
    """Acronyms of the organisation list: a made-up institute must not spell one ("ISIS")."""
    data = yamlmarks.safe_load((ROOT / "rules/id/data/organisations.yaml").read_text(encoding="utf-8"))
    return {str(v) for e in data["entries"] if isinstance(e, dict) for v in e.get("variants") or [] if is_acronym(str(v))}


def english_name_cases() -> list[Case]:
    cases = []
    for head in INSTITUTE_HEADS:
        for topic in INSTITUTE_TOPICS:
            inst = f"{head} {topic}"
            acr = _initials(inst)
            if acr in known_acronyms():
                continue
            name = f"inst:{inst}"
            src = f"Rice stocks are enough until March, said Budi Santoso, an economist at the {inst}."
            cases.append(Case("english-names", "plain", "", name, src,
                              f"Stok beras cukup hingga Maret, kata Budi Santoso, ekonom {inst}."))
            for form in (f"{inst} ({acr})", f"{acr} ({inst})", f"lembaga kajian {inst}", f"lembaga kajian {acr} ({inst})"):
                cases.append(Case("english-names", "faithful", "", name, src,
                                  f"Stok beras cukup hingga Maret, kata Budi Santoso, ekonom di {form}."))
    return cases


HEDGE_FRAMES = [
    ("Rice prices {en} rise again next month.", "Harga beras {id} naik lagi bulan depan.", "Harga beras akan naik lagi bulan depan."),
    ("The plant {en} start operating in 2027.", "Pembangkit itu {id} mulai beroperasi pada 2027.", "Pembangkit itu mulai beroperasi pada 2027."),
]
HEDGES_EN = ["could", "may", "might", "are likely to", "are expected to", "will probably", "will possibly"]


def hedge_cases() -> list[Case]:
    cases = []
    for f, (src_frame, tgt_frame, dropped) in enumerate(HEDGE_FRAMES):
        for hedge in HEDGES_EN:
            en = hedge if f == 0 else hedge.replace("are ", "is ")
            name = f"hedge:{f}:{hedge}"
            src = src_frame.format(en=en)
            cases.append(Case("hedges-kept", "plain", "", name, src, tgt_frame.format(id="kemungkinan akan")))
            for h in hedges_id():
                cases.append(Case("hedges-kept", "faithful", "", name, src, tgt_frame.format(id=h)))
                cases.append(Case("hedges-kept", "faithful", "", name, src, tgt_frame.format(id=f"{h} akan")))
            if "expected" not in hedge:  # "akan" keeps a forecast (rules/en-id/data/cues.yaml)
                cases.append(Case("hedges-kept", "slip", "en-id.modality", name, src, dropped))
        name = f"hedge:{f}:unlikely"
        src = src_frame.format(en="are unlikely to" if f == 0 else "is unlikely to")
        cases.append(Case("hedges-kept", "plain", "", name, src, tgt_frame.format(id="kemungkinan besar tidak akan")))
        for h in ("kecil kemungkinan", "diperkirakan tidak akan", "kemungkinan tidak akan", "sepertinya tidak akan"):
            tgt = tgt_frame.format(id=h) if not h.startswith("kecil") else f"Kecil kemungkinan {tgt_frame[:1].lower()}{tgt_frame[1:]}".format(id="akan")
            cases.append(Case("hedges-kept", "faithful", "", name, src, tgt))
    return cases


# -- the round-10 moves -------------------------------------------------------------------------
def unit_cases() -> list[Case]:
    """A capacity, distance or mass written with the unit's CLDR symbol in the source ("2,900
    MW") and its Indonesian CLDR name in the translation ("2.900 megawatt"); the slip adds a
    place the source does not name."""
    from babel.units import format_unit

    data = yamlmarks.safe_load((ROOT / "rules/en-id/data/numbers.yaml").read_text(encoding="utf-8"))
    cases = []
    for unit in data["units"]:
        if not unit.startswith(("power-", "length-", "mass-", "area-", "speed-")):
            continue
        for n, n_id in ((55, "55"), (2900, "2.900")):
            symbol = format_unit(n, unit, length="short", locale="en").replace(str(n), f"{n:,}")
            name = f"unit:{unit}:{n}"
            src = f"The company said the project had reached {symbol}, up from last year."
            plain = f"Perusahaan itu mengatakan proyek tersebut telah mencapai {n_id}, naik dari tahun lalu."
            cases.append(Case("units", "plain", "", name, src.replace(symbol, f"{n:,}"), plain))
            target = format_unit(n, unit, length="long", locale="id").replace(str(n), n_id)
            cases.append(Case("units", "faithful", "", name, src, plain.replace(n_id, target)))
            cases.append(Case("units", "slip", "en-id.entity", name, src,
                              plain.replace(n_id, target).replace("proyek tersebut", "proyek di Medan")))
    return cases


def minister_cases() -> list[Case]:
    """A minister named by the ministry's English name ("Manpower Minister X", "Minister of
    Manpower X") and by the title of the Indonesian ministry ("Menteri Ketenagakerjaan X");
    the slip names the minister of another ministry of the table."""
    rows = []
    for en, ids in entity_rows():
        ministry = next((i for i in ids if i.startswith("Kementerian ")), None)
        english = next((e for e in en if e.endswith(" Ministry")), None)
        if ministry and english:
            rows.append((english[: -len(" Ministry")], ministry[len("Kementerian "):]))
    cases = []
    for k, (field, bidang) in enumerate(rows):
        other = rows[(k + 1) % len(rows)][1]
        for src_title in (f"{field} Minister", f"Minister of {field}"):
            name = f"minister:{k}:{src_title}"
            src = f"{src_title} Budi Santoso said the rules would change next month."
            cases.append(Case("ministers", "plain", "", name, "Budi Santoso said the rules would change next month.",
                              "Budi Santoso mengatakan aturan itu akan berubah bulan depan."))
            cases.append(Case("ministers", "faithful", "", name, src, f"Menteri {bidang} Budi Santoso mengatakan aturan itu akan berubah bulan depan."))
            if other != bidang:
                cases.append(Case("ministers", "slip", "en-id.entity", name, src,
                                  f"Menteri {other} Budi Santoso mengatakan aturan itu akan berubah bulan depan."))
    return cases


# Roots of reporting verbs that Indonesian copy puts before the speaker after a quote or clause.
INVERTED = ["tambah", "lanjut", "imbuh", "tegas", "jelas", "pungkas", "tandas", "terang", "papar", "ungkap", "ujar", "kata", "tutur"]


def inverted_speech_cases() -> list[Case]:
    """"..., Effendi added." as "..., tambah Effendi." (the root of a reporting verb before the
    speaker); the slip drops the speaker."""
    cases = []
    for h, (c_en, c_id) in enumerate(CLAUSES):
        for verb_en in ("added", "said"):
            name = f"inverted:{h}:{verb_en}"
            src = f"{c_en[:1].upper()}{c_en[1:]}, Effendi {verb_en}."
            body = f"{c_id[:1].upper()}{c_id[1:]}"
            cases.append(Case("inverted-speech", "plain", "", name, src, f"{body}, kata Effendi."))
            for root in INVERTED:
                cases.append(Case("inverted-speech", "faithful", "", name, src, f"{body}, {root} Effendi."))
            cases.append(Case("inverted-speech", "slip", "en-id.attribution", name, src, f"{body}."))
    return cases


def negation_word_cases() -> list[Case]:
    """Negation carried by a word: "-less" adjectives of the dictionary rendered with "tanpa"
    or "tidak" ("flawless" -> "tanpa cacat"), and "cannot"/"not keep pace" rendered by words
    of inability and lagging; the slips drop the negation or add one."""
    import json

    cases = []
    for line in (ROOT / "rules/en-id/data/freedict-eng-ind.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        word = entry.get("headword", "")
        if not (word.endswith("less") and len(word) > 6):
            continue
        for rendering in (r for sense in entry.get("senses", []) for r in sense.get("id", [])):
            if rendering.split()[0] in ("tanpa", "tidak"):
                name = f"less:{word}"
                cases.append(Case("negation-words", "plain", "", name, "The report was described as thorough.",
                                  "Laporan itu disebut menyeluruh."))
                cases.append(Case("negation-words", "faithful", "", name, f"The report was described as {word}.",
                                  f"Laporan itu disebut {rendering}."))
                cases.append(Case("negation-words", "slip", "en-id.negation", name, "The report was described as thorough.",
                                  f"Laporan itu disebut {rendering}."))
                break
    frames = [("Our members cannot make ends meet, she said.", "Para anggota kami {w} memenuhi kebutuhan hidup, katanya.",
               ["kesulitan", "kesusahan", "sulit"], "Para anggota kami mampu memenuhi kebutuhan hidup, katanya."),
              ("Wages have not kept pace with food prices, he said.", "Kenaikan upah {w} dari kenaikan harga pangan, katanya.",
               ["tertinggal", "ketinggalan"], "Kenaikan upah mengimbangi kenaikan harga pangan, katanya.")]
    for k, (src, tgt, words, slip) in enumerate(frames):
        name = f"inability:{k}"
        cases.append(Case("negation-words", "plain", "", name, src, tgt.format(w="tidak bisa")))
        for w in words:
            cases.append(Case("negation-words", "faithful", "", name, src, tgt.format(w=w)))
        cases.append(Case("negation-words", "slip", "en-id.negation", name, src, slip))
    return cases


MOVES = {
    "units": unit_cases,
    "ministers": minister_cases,
    "inverted-speech": inverted_speech_cases,
    "negation-words": negation_word_cases,
    "entity-forms": entity_forms,
    "speech-verbs": speech_verb_cases,
    "date-ranges": date_range_cases,
    "classifiers": classifier_cases,
    "english-names": english_name_cases,
    "hedges-kept": hedge_cases,
}


def cases(only: set[str] | None = None) -> list[Case]:
    return [c for name, build in MOVES.items() if not only or name in only for c in build()]


# -- measure -----------------------------------------------------------------------------------
def serious(findings: list[tuple[str, str]]) -> set[str]:
    return {rule for rule, severity in findings if severity in ("error", "warning")}


def measure(all_cases: list[Case], verbose: bool = False) -> dict:
    from free_variants import line_findings

    from qa_lint.api import Linter, Options

    linter = Linter(Options(select=["en-id"], ui_lang="en"))
    plain: dict[str, set[str]] = {}
    per_move: dict[str, Counter] = defaultdict(Counter)
    per_rule: Counter = Counter()
    for c in all_cases:
        found = line_findings(linter, c.source, c.target)
        counts = per_move[c.move]
        if c.kind == "plain":
            plain[c.frame] = serious(found)
            counts["frames"] += 1
            counts["frames_alarmed"] += bool(plain[c.frame])
            if verbose and plain[c.frame]:
                print(f"FRAME {c.move} {sorted(plain[c.frame])}\n    S: {c.source}\n    T: {c.target}")
            continue
        if c.kind == "faithful":
            new = serious(found) - plain.get(c.frame, set())
            counts["faithful"] += 1
            counts["alarmed"] += bool(new)
            per_rule.update(new)
            if verbose and new:
                print(f"ALARM {c.move} {sorted(new)}\n    S: {c.source}\n    T: {c.target}")
        else:
            hit = any(rule.startswith(c.family) for rule, _ in found)
            counts["slips"] += 1
            counts["found"] += hit
            if verbose and not hit:
                print(f"MISS  {c.move} ({c.family})\n    S: {c.source}\n    T: {c.target}")
    return {"moves": {k: dict(v) for k, v in per_move.items()}, "false_alarms_per_rule": dict(per_rule.most_common()),
            "faithful": sum(v["faithful"] for v in per_move.values()), "alarmed": sum(v["alarmed"] for v in per_move.values()),
            "slips": sum(v["slips"] for v in per_move.values()), "found": sum(v["found"] for v in per_move.values())}


def print_summary(s: dict) -> None:
    print(f"{'move':16s} faithful alarmed  slips found  frames(alarmed)")
    for name, c in s["moves"].items():
        print(f"{name:16s} {c.get('faithful', 0):8d} {c.get('alarmed', 0):7d} {c.get('slips', 0):6d} {c.get('found', 0):5d}"
              f"  {c.get('frames', 0)}({c.get('frames_alarmed', 0)})")
    print(f"{'total':16s} {s['faithful']:8d} {s['alarmed']:7d} {s['slips']:6d} {s['found']:5d}")
    for rule, n in s["false_alarms_per_rule"].items():
        print(f"  {rule:40s} {n}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="moves, comma-separated (default: all): " + ", ".join(MOVES))
    parser.add_argument("--limit", type=int, help="check only every n-th case of each move (a quick look)")
    parser.add_argument("--list", action="store_true", help="print the cases, do not lint")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every alarmed faithful pair and missed slip")
    args = parser.parse_args(argv)
    chosen = cases(set(args.only.split(",")) if args.only else None)
    if args.limit:
        frames = sorted({c.frame for c in chosen})[:: args.limit]
        chosen = [c for c in chosen if c.frame in set(frames)]
    if args.list:
        for c in chosen:
            print(f"{c.move}\t{c.kind}\t{c.source}\t{c.target}")
        return 0
    s = measure(chosen, args.verbose)
    print(json.dumps(s, indent=2) if args.json else "", end="")
    if not args.json:
        print_summary(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
