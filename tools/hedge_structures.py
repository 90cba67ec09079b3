"""Generate structural hedge escalations from real news sentences and score the hedge-escalation rule on them.

    python3 tools/hedge_structures.py [--news DIR] [--per-kind N] [--seed S] [--show N] [--kind K]

The blind sets keep escalating hedges in shapes no word list names: an estimate made an
exact count, a plan reported as done, an open question answered, "not yet confirmed"
settled, a headline over a body that only weighs an option. This takes real Indonesian news
sentences (one a line, as tools/nlpid_corpus.py writes them) and builds short articles of
each kind from them:

- estimate (kind 5): a sentence with a count ("1.246 warga") is hedged ("diperkirakan
  sekitar 1.200 warga") and later restated with the exact count;
- plan (kind 6): a verb and its object ("membangun jembatan gantung") are scheduled
  ("dijadwalkan", "berencana ... pekan depan") and later reported done (nominalised
  "rampungnya pembangunan jembatan gantung", passive "sudah dibangun", relative clause);
- question (kind 10): a statement is made an open question ("masih menjadi tanda tanya
  apakah ...", "pertanyaan yang belum terjawab ialah ...") and later stated flatly;
- unconfirmed (kind 11): "belum memastikan / belum dikonfirmasi apakah ..." and later
  "ternyata ..." or the statement flatly;
- headline (kind 9): the statement as a headline over a body that only studies it
  ("masih dikaji", "bisa saja", "salah satu opsi").

Beside each escalation it builds controls the rule must leave alone: the later line keeps the
hedge, attributes the update ("kata ...", "menurut data ..."), or the plan is still pending.
Output: per kind, escalations found / made and control articles with any finding.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint import packs  # noqa: E402
from qa_lint.readers import read_text  # noqa: E402
from qa_lint.stemming import stemmer  # noqa: E402

RULE = "id.sourcing.hedge-escalation"
NEWS = Path("/tmp/nlpid-news")
WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*")
COUNT = regex.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{3,4})\s+(\p{Ll}{3,})\b")
# Words that make a sentence unfit to build from: a hedge or attribution of its own, a
# question, a quotation, or a clause opener that needs the sentence before it.
UNFIT = regex.compile(
    r"[\"“”?:;()]|\b(?:kata|ujar|ungkap|tutur|menurut|mengatakan|menyebut|menjelaskan|diduga|mungkin|kemungkinan|"
    r"sekitar|diperkirakan|akan|bisa|dapat|jika|apakah|namun|tetapi|karena|sehingga|itu|tersebut|ini|"
    r"belum|tidak|bukan|berencana|rencana|dijadwalkan|kabar|isu|hingga|lebih|kurang|hampir)\b", regex.I)
UNITS_SKIP = {"tahun", "persen", "pukul", "jam", "menit", "detik", "hari", "kali", "ribu", "juta", "miliar",
              "triliun", "dari", "dan", "di", "ke", "pada", "yang", "untuk", "dengan", "atau"}
STOP = {"di", "ke", "dari", "pada", "yang", "untuk", "dengan", "dan", "atau", "dalam", "oleh", "agar", "serta",
        "bagi", "sebagai", "secara", "saat", "ketika", "setelah", "sebelum", "kepada", "terhadap", "para", "juga"}
NAMES = ["Agus Salim", "Rina Wulandari", "Dedi Mulyana", "Siti Aminah", "Hendra Gunawan", "Yuliana Putri"]
ORGS = ["BPBD setempat", "dinas terkait", "pemerintah kabupaten", "kepolisian", "panitia"]
LEAD = "JAKARTA – Warga setempat berkumpul di balai desa pada Senin pagi untuk mendengar penjelasan petugas."
FILLERS = ["Petugas gabungan berjaga di lokasi sejak pagi.", "Sejumlah warga tampak memadati jalan utama desa.",
           "Rapat koordinasi digelar di kantor kecamatan.", "Hujan ringan turun di kawasan itu sepanjang sore."]


@dataclass
class Case:
    kind: str
    form: str
    lines: list[str]
    escalated: int | None  # 1-based line that must be reported; None for a control
    source: str = ""
    findings: list = field(default_factory=list)


def _escalations_and_controls(kind: str, hedged: str, forms: dict[str, str], controls: dict[str, str],
                              sentence: str, rng) -> list[Case]:
    """Each escalated form as line 4 after the hedge and a filler (to be found there), then each
    control in the same place (to stay quiet); one filler drawn per case, in this order."""
    made = [Case(kind, form, [LEAD, hedged, rng.choice(FILLERS), line], 4, sentence) for form, line in forms.items()]
    return made + [Case(kind, form, [LEAD, hedged, rng.choice(FILLERS), line], None, sentence)
                   for form, line in controls.items()]


# Openers that need the sentence before them, or speak to the reader: no self-contained statement.
DISCOURSE = {"setelah", "selain", "uniknya", "tapi", "meski", "bahkan", "kemudian", "sementara", "padahal", "sedangkan",
             "sebaliknya", "untuk", "di", "dalam", "saat", "ketika", "hal", "ia", "dia", "mereka", "keduanya",
             "kita", "kami", "saya", "anda", "kamu", "lalu", "selanjutnya", "adapun", "apalagi", "begitu", "dengan",
             "jadi", "maka", "oleh", "pun", "seperti", "sebab", "selama", "sejak", "terlebih", "tak", "hanya"}


def sentences(folder: Path, limit: int = 200000, commas: bool = False) -> list[str]:
    """Self-contained statements: an opener that stands alone, 7-22 words, no comma (unless ``commas``)."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            n = len(WORD.findall(line))
            first = WORD.match(line)
            if 7 <= n <= 22 and line.endswith(".") and line[0].isupper() and not UNFIT.search(line) \
                    and (commas or "," not in line) and first is not None and first.group().casefold() not in DISCOURSE:
                out.append(line)
                if len(out) >= limit:
                    return out
    return out


def _lower_first(text: str) -> str:
    first = WORD.match(text)
    # Keep a name or acronym capitalised ("Pemkot", "BPBD", "Jokowi" stay; "Warga" does not).
    if first and first.group().istitle() and first.group().casefold() in COMMON_OPENERS:
        return text[0].lower() + text[1:]
    return text


COMMON_OPENERS = {"warga", "petugas", "pemerintah", "polisi", "pihak", "tim", "pasien", "pedagang", "siswa",
                  "sejumlah", "sebanyak", "para", "jumlah", "harga", "kasus", "korban", "pengunjung", "masyarakat",
                  "penumpang", "kendaraan", "rumah", "sekolah", "jalan", "total", "data", "dana", "anggaran"}


# Sentences with a count to estimate: any statement without a hedge, bound or source of its own.
COUNT_UNFIT = regex.compile(r"[\"“”?:;()]|\b(?:kata|ujar|ungkap|tutur|menurut|mengatakan|menyebut|sekitar|sekira|"
                            r"diperkirakan|perkiraan|kisaran|kira-kira|ditaksir|hingga|sampai|lebih|kurang|hampir|"
                            r"sedikitnya|setidaknya|mencapai|jika|apakah|ke-)\b", regex.I)


def count_sentences(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if 6 <= len(WORD.findall(line)) <= 30 and line.endswith(".") and line[0].isupper() \
                    and COUNT.search(line) and not COUNT_UNFIT.search(line):
                out.append(line)
    return out


# --- kind 5: an estimate made an exact count -------------------------------------------------

ESTIMATE_CUES = ["diperkirakan sekitar", "sekitar", "kurang lebih", "kira-kira", "ditaksir mencapai",
                 "diperkirakan mencapai", "di kisaran", "sekira"]


def _rounded(value: int) -> int | None:
    digits = len(str(value))
    step = 10 ** max(digits - 2, 1)
    r = round(value / step) * step
    if r == value or abs(r - value) > 0.1 * r or value % 10 == 0:
        return None
    return r


def _fmt(value: int) -> str:
    return f"{value:,}".replace(",", ".")


SPELT_DIGITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _spelt(value: int) -> str | None:
    """A round estimate in words ("tiga ribu", "seratus"), or None when it is not one digit and a scale."""
    for scale, word in ((1000000, "juta"), (1000, "ribu"), (100, "ratus")):
        if value % scale == 0 and 1 <= value // scale <= 9:
            digit = value // scale
            return "se" + word if digit == 1 else f"{SPELT_DIGITS[digit]} {word}"
    return None


def estimate_cases(pool: list[str], rng: random.Random, n: int) -> list[Case]:
    cases: list[Case] = []
    for s in rng.sample(pool, len(pool)):
        m = COUNT.search(s)
        if not m or m.group(2) in UNITS_SKIP:
            continue
        raw, unit = m.group(1), m.group(2)
        value = int(raw.replace(".", ""))
        if 1900 <= value <= 2100 and "." not in raw:
            continue  # a year
        r = _rounded(value)
        if r is None:
            continue
        cue = rng.choice(ESTIMATE_CUES)
        before = s[: m.start()].rstrip()
        if before.endswith(("sebanyak", "Sebanyak", "mencapai")):
            before = before.rsplit(" ", 1)[0]
        # Half the estimates spelt in words when they can be ("di kisaran tiga ribu jiwa"): the blind
        # hedges-round10 wrote them so, and a digits-only reader missed them.
        spelt = _spelt(r) if rng.random() < 0.5 else None
        hedged = f"{before} {cue} {spelt or _fmt(r)} {unit}{s[m.end():]}".strip()
        hedged = hedged[0].upper() + hedged[1:]
        rest = regex.split(r"[,.]", s[m.end():], maxsplit=1)[0]
        after_words = [w for w in WORD.findall(rest)][:4]
        if not after_words or regex.search(r"[\dx]\s*$", before):
            continue  # nothing said of the count, or a dimension ("48 x 250 meter")
        tail = " ".join(after_words)
        name = rng.choice(NAMES)
        forms = {
            "restated": s,
            "tercatat": f"Tercatat {raw} {unit} {tail}.",
            "premise": f"Dengan {raw} {unit} {tail}, petugas menambah personel di lapangan.",
            "sebanyak": f"Sebanyak {raw} {unit} {tail} hingga Senin malam.",
            "tepatnya": f"Tepatnya {raw} {unit} {tail}.",
        }
        controls = {
            "attributed": f"{s[:-1]}, kata {name}.",
            "menurut": f"Menurut data {rng.choice(ORGS)}, {_lower_first(s)}",
            "kept": f"Jumlah itu masih {cue} {_fmt(r)} {unit}, belum termasuk laporan terbaru.",
        }
        cases += _escalations_and_controls("estimate", hedged, forms, controls, s, rng)
        if len(cases) >= n * 7:
            break
    return cases


# --- verbs and their forms (kinds 6, 9) -----------------------------------------------------

def me_form(root: str) -> str:
    """The meN- form of a root (bangun -> membangun, tutup -> menutup, salur -> menyalurkan's base)."""
    c = root[0]
    if c in "bfv":
        return "mem" + root
    if c == "p":
        return "mem" + root[1:]
    if c in "dcjz":
        return "men" + root
    if c == "t":
        return "men" + root[1:]
    if c == "s":
        return "meny" + root[1:]
    if c == "k":
        return "meng" + root[1:]
    if c in "gh" or c in "aiueo":
        return "meng" + root
    return "me" + root


def pe_form(root: str) -> str:
    return "pe" + me_form(root)[2:]


VERB_OBJECT = regex.compile(r"\b(me\p{Ll}{4,})\s+((?:\p{Ll}{3,}\s+){0,2}\p{Ll}{3,})")


def verb_objects(pool: list[str], stem, vocabulary: set[str]) -> list[tuple[str, str, str, str, str, str]]:
    """(sentence, subject, verb, root, suffix, object) for "Subjek me-verb objek ..." sentences
    whose verb's passive and pe-an noun are both words the corpus uses (no made-up forms)."""
    out = []
    for s in pool:
        m = VERB_OBJECT.search(s)
        if not m:
            continue
        subject = s[: m.start()].strip()
        if not subject or len(subject.split()) > 4 or not subject[0].isupper() or "," in subject:
            continue
        verb = m.group(1)
        root = stem(verb)
        suffix = next((x for x in ("kan", "i", "") if me_form(root) + x == verb), None)
        if suffix is None or len(root) < 4 or f"di{root}{suffix}" not in vocabulary or \
                pe_form(root) + "an" not in vocabulary:
            continue
        words = m.group(2).split()
        obj = []
        for w in words:
            if w in STOP:
                break
            obj.append(w)
        if not obj or len(obj) > 3:
            continue
        out.append((s, subject, verb, root, suffix, " ".join(obj)))
    return out


# --- kind 6: a plan reported as done --------------------------------------------------------

def plan_cases(vo, rng: random.Random, n: int) -> list[Case]:
    cases: list[Case] = []
    for s, subject, verb, root, suffix, obj in rng.sample(vo, len(vo)):
        noun = pe_form(root) + "an"
        passive = "di" + root + suffix
        name = rng.choice(NAMES)
        plans = [
            f"{subject} berencana {verb} {obj} pada pekan depan.",
            f"{noun.capitalize()} {obj} dijadwalkan berlangsung pada pekan ketiga Maret.",
            f"{subject} merencanakan {noun} {obj} pada akhir Maret.",
            f"{subject} mengatakan {noun} {obj} direncanakan mulai awal April.",
        ]
        hedged = rng.choice(plans)
        forms = {
            "done": f"{noun.capitalize()} {obj} telah rampung.",
            "premise-nominal": f"Setelah rampungnya {noun} {obj}, warga kembali beraktivitas seperti biasa.",
            "dengan-nominal": f"Dengan rampungnya {noun} {obj} itu, kawasan tersebut kini lebih tertata.",
            # The thing the plan makes named completed, not the act (hedges-round10: "Dengan rampungnya tanggul ...").
            "dengan-thing": f"Dengan rampungnya {obj} itu, kawasan tersebut kini lebih tertata.",
            "relative": f"{obj.capitalize()} yang sudah {passive} itu kini mulai dimanfaatkan warga.",
            "passive": f"{obj.capitalize()} sudah {passive} sejak pekan lalu.",
            "active": f"{subject} telah {verb} {obj}.",
        }
        controls = {
            "pending": f"{noun.capitalize()} {obj} masih menunggu persetujuan anggaran.",
            "attributed": f"{noun.capitalize()} {obj} telah rampung, kata {name}.",
            "still-plan": f"{subject} akan {verb} {obj} sesuai jadwal.",
            "not-yet": f"{noun.capitalize()} {obj} belum dimulai.",
        }
        cases += _escalations_and_controls("plan", hedged, forms, controls, s, rng)
        if len(cases) >= n * 10:
            break
    return cases


# --- kinds 10, 11: an open or unconfirmed question answered ---------------------------------

# A question about who did it: the subject asked for ("Siapa yang menutup jalan itu belum terjawab").
WHO_HEDGES = [
    "Siapa yang {rest} masih menjadi tanda tanya.",
    "Pertanyaan yang belum terjawab ialah siapa yang {rest}.",
    "Pihak mana yang {rest} hingga kini belum terjawab.",
    "Belum diketahui siapa yang {rest}.",
]
QUESTION_HEDGES = [
    "Masih menjadi tanda tanya apakah {s}.",
    "Pertanyaan yang belum terjawab ialah apakah {s}.",
    "Petugas masih menyelidiki apakah {s}.",
    "Hingga kini belum diketahui apakah {s}.",
    "Belum terjawab pula apakah {s}.",
]
UNCONFIRMED_HEDGES = [
    "{org} belum memastikan apakah {s}.",
    "Belum dapat dipastikan apakah {s}.",
    "{org} belum mengonfirmasi apakah {s}.",
    "Belum dikonfirmasi apakah {s}.",
    "{org} belum bisa memastikan apakah {s}.",
]


def question_cases(pool: list[str], kind: str, rng: random.Random, n: int) -> list[Case]:
    cases: list[Case] = []
    hedges = QUESTION_HEDGES if kind == "question" else UNCONFIRMED_HEDGES
    for s in rng.sample(pool, len(pool)):
        words = s.split()
        if len(words) > 16 or regex.search(r"\d", s):
            continue
        inner = _lower_first(s[:-1])
        org = rng.choice(["Polisi", "Dinas terkait", "Pihak sekolah", "Pemerintah daerah", "Panitia"])
        hedged = rng.choice(hedges).format(s=inner, org=org)
        verb = regex.search(r"\s((?:me|ber|di|ter)\p{Ll}{3,})\s", s)
        who = kind == "question" and verb is not None and 1 <= len(s[: verb.start()].split()) <= 4 and rng.random() < 0.5
        if who:
            assert verb is not None
            hedged = rng.choice(WHO_HEDGES).format(rest=s[verb.start() + 1:-1])
        name = rng.choice(NAMES)
        forms = {
            "flat": s,
            "ternyata": f"Ternyata, {inner}.",
            "premise": f"Karena {inner}, warga diminta tetap waspada.",
        }
        controls = {
            "attributed": f"{s[:-1]}, kata {name}.",
            "menurut": f"Menurut {name}, {inner}.",
            "kept": f"Hal itu masih diselidiki hingga kini, dan belum diketahui apakah {inner}.",
        }
        if who:
            forms.pop("premise")
        forms = {f"who-{form}" if who else form: line for form, line in forms.items()}
        cases += _escalations_and_controls(kind, hedged, forms, controls, s, rng)
        if len(cases) >= n * 6:
            break
    return cases


# --- kind 9: a headline over a body that only studies it ------------------------------------

BODY_HEDGES = [
    "{subject} masih mengkaji rencana {noun} {obj}.",
    "{obj_cap} bisa saja {passive}, tetapi itu baru salah satu opsi, kata {name}.",
    "{noun_cap} {obj} baru menjadi salah satu opsi yang dibahas.",
    "{noun_cap} {obj} masih dikaji dan menunggu keputusan akhir.",
    "{subject} mempertimbangkan kemungkinan {noun} {obj}.",
]


def _title(text: str) -> str:
    return " ".join(w if w[:1].isupper() else w.capitalize() for w in text.split())


def headline_cases(vo, rng: random.Random, n: int) -> list[Case]:
    cases: list[Case] = []
    for s, subject, _verb, root, suffix, obj in rng.sample(vo, len(vo)):
        noun = pe_form(root) + "an"
        passive = "di" + root + suffix
        name = rng.choice(NAMES)
        fields = dict(subject=subject, noun=noun, obj=obj, obj_cap=obj.capitalize(), passive=passive,
                      noun_cap=noun.capitalize(), name=name)
        body = rng.choice(BODY_HEDGES).format(**fields)
        headlines = {
            "active": _title(f"{subject} {root}{suffix} {obj}"),
            "passive": _title(f"{obj} {passive}"),
            "resmi": _title(f"{subject} resmi {root}{suffix} {obj}"),
        }
        lead = f"JAKARTA – {body}"
        for form, head in headlines.items():
            cases.append(Case("headline", form, [head, lead, rng.choice(FILLERS), "Keputusan akhir diumumkan bulan depan."], 1, s))
        controls = {
            "hedged-head": _title(f"{subject} kaji {noun} {obj}"),
            "confirmed": _title(f"{obj} {passive}"),
        }
        cases.append(Case("headline", "hedged-head", [controls["hedged-head"], lead, rng.choice(FILLERS)], None, s))
        cases.append(Case("headline", "confirmed", [controls["confirmed"], lead,
                                                    f"{name} memastikan {obj} resmi {passive} mulai hari ini."], None, s))
        if len(cases) >= n * 5:
            break
    return cases


# --- kind 10 by count: "belum jelas berapa orang ..." answered by a count --------------------

# Open "how many" questions, in the wordings of the rule's question family and the knowing and
# tracing verbs mined from the corpus ("belum ... berapa", tools/hedge_cues.py --questions).
HOW_MANY_HEDGES = ["Hingga kini, belum jelas berapa {unit} {rest}.", "Belum diketahui berapa {unit} {rest}.",
                   "Sampai Senin malam, belum terungkap berapa {unit} {rest}.",
                   "Belum dapat dipastikan berapa {unit} {rest}.", "Petugas masih mendata berapa {unit} {rest}."]
COLLECTIVE = {2: "kedua", 3: "ketiga", 4: "keempat", 5: "kelima", 6: "keenam", 7: "ketujuh", 8: "kedelapan",
              9: "kesembilan", 10: "kesepuluh", 12: "kedua belas"}
PERSON_NOUNS = ROOT / "rules/id/data/person-nouns.txt"
NOUNS = ROOT / "rules/id/data/nouns.txt"
COUNTABLE: set[str] = set()  # countable_nouns(news), set by build()
VERB_OPENING = regex.compile(r"(?!(?:tersebut|terakhir|berdua|bermain|tertentu|terbaru|terbesar)\b)(?:me|ber|di|ter)\p{Ll}{3,}\b")


def statement_lines(news: Path) -> list[str]:
    """Every line of the corpus that reads as a statement (a capital, a stop, no quotation or
    source of its own): counted_statements keeps those that open with a countable noun and a verb."""
    return [line.strip() for path in sorted(news.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()[:1].isupper() and line.strip().endswith(".") and not COUNT_UNFIT.search(line)]


def countable_nouns(news: Path) -> set[str]:
    """Nouns the corpus counts ("37 warga", "12 rumah", seen after a figure at least twice) and the
    nouns that name people (data/person-nouns.txt): what a "how many" question can ask about."""
    nouns = {w.strip() for w in NOUNS.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}
    seen = Counter(m.group(1).casefold() for path in news.glob("*.txt")
                   for m in regex.finditer(r"\b\d+\s+(\p{Ll}{3,})\b", path.read_text(encoding="utf-8")))
    people = {w for w in PERSON_NOUNS.read_text(encoding="utf-8").split() if not w.startswith("#")}
    return ({w for w, n in seen.items() if n >= 2} & nouns) - UNITS_SKIP | people


def counted_statements(pool: list[str], nouns: set[str], rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(sentence, figure, noun, predicate): real statements that open with a noun of the noun list
    and a verb ("Warga mengungsi ke balai desa"), given a count ("1.246 warga mengungsi ke balai
    desa"): the corpus has few sentences that open with a count, many that open with what is counted."""
    out = []
    for s in pool:
        first, _, rest = s.partition(" ")
        rest = regex.split(r"[,.]", rest, maxsplit=1)[0].strip()
        if first.casefold() not in nouns or not first[0].isupper() or not first[1:].islower() \
                or not 3 <= len(rest.split()) <= 14 or not VERB_OPENING.match(rest) or regex.search(r"\d", rest):
            continue
        value = rng.choice([rng.randint(3, 99), rng.randint(101, 999), rng.randint(1001, 20000)])
        out.append((s, _fmt(value), first.casefold(), rest))
    return out


def count_question_cases(pool: list[str], rng: random.Random, n: int) -> list[Case]:
    """A count sentence ("1.246 warga mengungsi ke balai desa") asked as an open question ("belum
    jelas berapa warga mengungsi ke balai desa", "berapa orang" for people) and answered: the
    sentence itself, the count as a premise, a collective of a small count ("Ketujuh warga itu
    ..."), another person noun for "orang". Controls: attributed, a bound, still open."""
    people = {w for w in PERSON_NOUNS.read_text(encoding="utf-8").split() if not w.startswith("#")}
    cases: list[Case] = []
    statements = counted_statements(pool, COUNTABLE, rng)
    for s, raw, unit, rest in rng.sample(statements, len(statements)):
        person = unit in people
        asked = "orang" if person and rng.random() < 0.5 else unit
        hedged = rng.choice(HOW_MANY_HEDGES).format(unit=asked, rest=rest)
        small = rng.choice(sorted(COLLECTIVE))
        name = rng.choice(NAMES)
        forms = {
            "restated": f"Sebanyak {raw} {unit} {rest}.",
            "premise": f"Dengan {raw} {unit} {rest}, petugas menambah personel di lapangan.",
            "collective": f"{COLLECTIVE[small].capitalize()} {unit} itu {rest}.",
            "tercatat": f"Tercatat {raw} {unit} {rest} hingga Senin malam.",
        }
        controls = {
            "attributed": f"Sebanyak {raw} {unit} {rest}, kata {name}.",
            "bound": f"Sedikitnya {raw} {unit} {rest}.",
            "still-open": f"Jumlah {unit} yang {rest} masih didata petugas.",
            "other-count": f"Petugas mengerahkan {small + 3} kendaraan ke lokasi.",
            # A collective of other people: the question's count is not answered by it.
            "other-collective": f"{COLLECTIVE[small].capitalize()} petugas itu berjaga di pos penjagaan sejak pagi.",
        }
        cases += _escalations_and_controls("count-question", hedged, forms, controls, s, rng)
        if len(cases) >= n * 8:
            break
    return cases


# --- kind 9 by figure: a headline figure the body gives only as possible -----------------------

FIGURE_HEDGES = ["berpotensi mencapai", "berpeluang menembus", "bisa mencapai", "kemungkinan mencapai",
                 "diprediksi menembus", "ditargetkan mencapai", "dapat menyentuh"]


def headline_figure_cases(pool: list[str], rng: random.Random, n: int) -> list[Case]:
    """A count sentence's figure given in the body only as possible ("jumlah pengungsi berpotensi
    mencapai 1.246 warga") under a headline that states it ("1.246 Warga Mengungsi ..."). Controls:
    the body also states it, the headline keeps the hedge, the body only estimates it."""
    cases: list[Case] = []
    statements = counted_statements(pool, COUNTABLE, rng)
    for s, raw, unit, rest in rng.sample(statements, len(statements)):
        head = _title(" ".join(f"{raw} {unit} {rest}".split()[:9]))
        cue = rng.choice(FIGURE_HEDGES)
        body = f"JAKARTA – Jumlah {unit} yang {rest} {cue} {raw} {unit} pekan ini."
        filler = rng.choice(FILLERS)
        cases.append(Case("headline-figure", cue.split()[0], [head, body, filler, "Keputusan akhir diumumkan bulan depan."], 1, s))
        controls = {
            "stated-too": [head, body, filler, f"Hingga Senin malam, {raw} {unit} {rest}."],
            "hedged-head": [_title(f"{raw} {unit} Berpotensi {rest}"), body, filler],
            "estimate": [head, f"JAKARTA – Jumlah {unit} yang {rest} diperkirakan mencapai {raw} {unit}.", filler],
        }
        cases += [Case("headline-figure", form, lines, None, s) for form, lines in controls.items()]
        if len(cases) >= n * 4:
            break
    return cases


# --- kind 11 with the rule's own "not confirmed" cues ---------------------------------------

HEDGE_CUES = ROOT / "rules/id/data/hedge-cues.yaml"


def unconfirmed_cues() -> list[str]:
    """The negated confirming cues of data/hedge-cues.yaml (belum terverifikasi, belum dapat
    memastikan, ...), the family the generator's fixed wordings leave out."""
    text = HEDGE_CUES.read_text(encoding="utf-8")
    return sorted({c.strip() for c in regex.findall(r"\bbelum [\p{L} ]+?(?=,|\])", text)})


def mined_unconfirmed_cases(pool: list[str], rng: random.Random, n: int) -> list[Case]:
    cues = unconfirmed_cues()
    cases: list[Case] = []
    for s in rng.sample(pool, len(pool)):
        if len(s.split()) > 16 or regex.search(r"\d", s):
            continue
        inner = _lower_first(s[:-1])
        cue = rng.choice(cues)
        # An active cue takes a subject ("Polisi belum dapat memastikan apakah"), a passive one opens the line.
        active = regex.search(r"\b(?:me|mem|men|meng|meny)\p{L}+$", cue) is not None
        org = rng.choice(["Polisi", "Dinas terkait", "Pihak sekolah", "Pemerintah daerah", "Panitia"])
        hedged = f"{org} {cue} apakah {inner}." if active else f"{cue.capitalize()} apakah {inner}."
        name = rng.choice(NAMES)
        forms = {"flat": s, "ternyata": f"Ternyata, {inner}.", "premise": f"Karena {inner}, warga diminta tetap waspada."}
        controls = {"attributed": f"{s[:-1]}, kata {name}.", "menurut": f"Menurut {name}, {inner}.",
                    "kept": f"Hal itu masih diselidiki, dan {cue} apakah {inner}."}
        cases += _escalations_and_controls("unconfirmed-mined", hedged, forms, controls, s, rng)
        if len(cases) >= n * 6:
            break
    return cases


def run(cases: list[Case]) -> None:
    pset = packs.load()
    check = pset.check(RULE)
    for case in cases:
        doc = read_text("\n".join(case.lines) + "\n", "<case>", "txt")
        pset.settle_language(doc, "id")
        case.findings = [f for f in check.run(doc) if f.severity in ("error", "warning")]


def form_escalates(cases: list[Case], kind: str, form: str) -> bool:
    return any(c.kind == kind and c.form == form and c.escalated for c in cases)


def report(cases: list[Case], show: int, by_form: bool = False) -> dict:
    table: dict[str, list[int]] = {}
    shown = 0
    for case in cases:
        t = table.setdefault(case.kind, [0, 0, 0, 0])
        lines = {f.line for f in case.findings}
        if case.escalated is None:
            t[3] += 1
            if case.findings:
                t[2] += 1
                if shown < show:
                    shown += 1
                    print(f"ALARM {case.kind}/{case.form}:", " | ".join(case.lines[1:]))
        else:
            t[1] += 1
            if case.escalated in lines:
                t[0] += 1
            elif shown < show:
                shown += 1
                print(f"MISS  {case.kind}/{case.form}:", " | ".join(case.lines[:2] + case.lines[3:]))
            if lines - {case.escalated}:
                t[2] += 1
                if shown < show:
                    shown += 1
                    print(f"EXTRA {case.kind}/{case.form} on lines {sorted(lines - {case.escalated})}:", " | ".join(case.lines))
    if by_form:
        forms: dict[tuple[str, str], list[int]] = {}
        for case in cases:
            f = forms.setdefault((case.kind, case.form), [0, 0])
            f[1] += 1
            hit = case.escalated in {x.line for x in case.findings} if case.escalated else bool(case.findings)
            f[0] += hit
        for (kind, form), (hit, made) in sorted(forms.items()):
            print(f"  {kind}/{form}: {hit}/{made} {'found' if form_escalates(cases, kind, form) else 'alarms'}")
    print(f"{'kind':10} {'found':>6} {'made':>6} {'recall':>7} {'alarms':>7} {'controls':>9}")
    for kind, (found, made, alarms, controls) in sorted(table.items()):
        print(f"{kind:10} {found:6} {made:6} {found / max(made, 1):7.2f} {alarms:7} {controls:9}")
    return table


def build(news: Path, per_kind: int, seed: int, kinds: set[str] | None = None) -> list[Case]:
    rng = random.Random(seed)
    pool = sentences(news)
    stem = stemmer("id")
    vocabulary = {w.casefold() for path in news.glob("*.txt") for w in WORD.findall(path.read_text(encoding="utf-8"))}
    vo = verb_objects(pool, stem, vocabulary)
    COUNTABLE.update(countable_nouns(news))
    makers = {
        "estimate": lambda: estimate_cases(count_sentences(news), rng, per_kind),
        "plan": lambda: plan_cases(vo, rng, per_kind),
        "question": lambda: question_cases(pool, "question", rng, per_kind),
        "unconfirmed": lambda: question_cases(pool, "unconfirmed", rng, per_kind),
        "headline": lambda: headline_cases(vo, rng, per_kind),
        # Added after the first five so that their cases stay the same for a given seed.
        "count-question": lambda: count_question_cases(statement_lines(news), rng, per_kind),
        "headline-figure": lambda: headline_figure_cases(statement_lines(news), rng, per_kind),
        "unconfirmed-mined": lambda: mined_unconfirmed_cases(pool, rng, per_kind),
    }
    cases: list[Case] = []
    for kind, make in makers.items():
        if kinds is None or kind in kinds:
            cases += make()
    return cases


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--per-kind", type=int, default=40, help="source sentences per kind")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print this many misses and alarms")
    ap.add_argument("--kind", action="append", help="only these kinds (estimate, plan, question, unconfirmed, headline, "
                    "count-question, headline-figure, unconfirmed-mined)")
    ap.add_argument("--forms", action="store_true", help="also print each form's tally")
    args = ap.parse_args(argv)
    cases = build(args.news, args.per_kind, args.seed, set(args.kind) if args.kind else None)
    run(cases)
    report(cases, args.show, args.forms)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
