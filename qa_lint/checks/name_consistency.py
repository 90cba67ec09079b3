"""name-consistency: one person, place or outlet spelled two ways in one article.

    gazetteers: [...]      # known entities (see qa_lint.names), relative to the pack
    countries: true        # CLDR country names of the pack's language are known entities
    roster: true           # the newsroom's staff roster (settings: {roster: staff.yaml})
    min_length: 6          # pairs of shorter words count only with a known spelling
    mode: spelling         # or "variants": two accepted spellings of one known
                           # entity mixed in one article (Zelensky/Zelenskyy)
    suffixes: [nya, n]     # inflections: 'Putinnya' is not another spelling of 'Putin'
    particles: [bin, van]  # lowercase words inside names
    words: [data/words.txt]  # ordinary words: two of them a letter apart are two words
    referring: '(?i)\\bkata\\s+$'  # text before a name that refers back to someone ("kata Budi.")
    openers: '(?:^|\\.\\s+)Menurut\\s+\\p{Lu}\\p{L}+,\\s+$'  # text before a name that makes it the subject
    attributing: '(?i)\\bmenurut\\s+$'  # text before a name that is the sentence's source ("Menurut Budi, ...")
    pointing: '\\s+(?:tersebut|itu)\\b'  # text after a name that points back to one named before
    voices: '(?i)\\bmanajemen\\s+$'  # text before a company's name that makes it speak for itself
    relations: '(?i)\\banak\\s+usaha\\b'  # words in a sentence that relate a sister company
    speaking: '\\s+(?:mengatakan|membantah)\\b'  # text after a company's name that makes it speak
    designators: [Group, Airlines]  # words after an organisation's name, shared they anchor it
    legal_forms: [PT, CV]  # words before a company's name: its words are all name
    respellings: [[oe, u]]  # one sound spelt two ways: "Soekarno" is "Sukarno"
    honorifics: [Bapak]    # forms of address: they say nothing about who a person is
    title_modifiers: [Wakil, Letnan]  # words that make another rank or office of a title
    not_names: [Presiden]  # capitalised words that are not names (titles); the
                           # language profile's stopwords are added

Words of capitalised name spans (and outlet domains, ALL-CAPS datelines)
are compared case- and diacritic-insensitively. The finding goes on the
unknown spelling when the other one is in a gazetteer, otherwise on the
rarer one (when tied, the later); ``related`` points at the other spelling.
Message fields: {other} (the other spelling), {other_line}.

Two spellings are never paired when both are known (two entities, or two
accepted variants of one), nor when each always appears with different
neighbouring names ("Ahmad Yani" / "Ahmed Shah": two people).

Whole names are compared too (issue 10): a short word one letter off inside a longer
name that is otherwise the same ("Yohanes Mbete" / "Mbeti"); a name written once, bare,
whose first name is one other person's and whose surname changed ("Sulastri Wibowo" for
"Sulastri Wibisono"); a company after a legal form with an inner word changed ("PT Awan
Data Kepri" for "PT Awan Digital Kepri"). Those two are reported on the whole name.
So are a bare name with an uncommon first name (no word of `words`) and another surname
than the person introduced earlier ("Yehezkiel Tarigan" ... "Yehezkiel Purba menyebut"), a
look-alike surname after the same title ("hakim ketua Wulandari Setyaningsih" ... "Hakim
ketua Wulandari Setyawati"), and a name that blends two people introduced before: one's
first name and the other's surname, which looks like the first one's ("Fajar Kurniadi",
"Fikri Kurniawan" ... "Fajar Kurniawan"). A first name one letter or a syllable off, bare,
after the person was introduced ("Yudi Sudiro" ... "Yodi Sudiro"), and a company's word
finished otherwise ("Otoparts" / "Otopatama") or one letter off in a longer name ("Lintas
Raya" / "Lintas Jaya") are slips too. A title or rank inside a span ("Kapolda Metro Jaya
Irjen ...") separates the title's complement from the name after it: no neighbours.
Two people who share a name part are told apart by their introductions: titles, ranks
and places of their own before each name ("Kapolres Badung AKBP Made Suarta" / "Bupati
Gianyar Made Suartana"), or a title against an apposition that does not name it. A name
whose two words are both respelt (Rizky Ardiansyah / Rizki Ardiansah) is one name.
tools/synth_name_slips.py measures all of this on generated slips and their controls.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass

import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .. import names, regexcache
from ..i18n import N_
from ..stemming import stemmer
from . import Check

TYPE = "name-consistency"
PROPERTIES = {
    **names.OPTIONS,
    "min_length": {"type": "integer", "minimum": 3, "maximum": 20},
    "mode": {"enum": ["spelling", "variants"]},
    "words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "referring": {"type": "string", "minLength": 1},
    "openers": {"type": "string", "minLength": 1},
    "attributing": {"type": "string", "minLength": 1},
    "pointing": {"type": "string", "minLength": 1},
    "voices": {"type": "string", "minLength": 1},
    "relations": {"type": "string", "minLength": 1},
    "speaking": {"type": "string", "minLength": 1},
    "designators": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "legal_forms": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "honorifics": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "title_modifiers": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "respellings": {
        "type": "array",
        "items": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 2, "maxItems": 2},
    },
}
REQUIRED: list[str] = []
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "canonical", "other", "other_line"}
REGEX_KEYS = ("referring", "openers", "pointing", "attributing", "voices", "relations", "speaking")
# How far (in name words) a neighbour may be: a real name has fewer words than this.
NEIGHBOURHOOD = 8


class NameConsistencyCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.names = names.NameRules(rule.options, env)
        self.min_length = int(rule.options.get("min_length", 6))
        self.mode = rule.options.get("mode", "spelling")
        self.legal_forms = frozenset(names.fold(w) for w in rule.options.get("legal_forms", []))
        self.words = frozenset().union(*(names.word_list(str(env.resolve(p))) for p in rule.options.get("words", [])))
        self.referring = regexcache.compile(rule.options["referring"]) if "referring" in rule.options else None
        self.openers = regexcache.compile(rule.options["openers"]) if "openers" in rule.options else None
        self.attributing = regexcache.compile(rule.options["attributing"]) if "attributing" in rule.options else None
        self.pointing = regexcache.compile(rule.options["pointing"]) if "pointing" in rule.options else None
        self.voices = regexcache.compile(rule.options["voices"]) if "voices" in rule.options else None
        self.relations = regexcache.compile(rule.options["relations"]) if "relations" in rule.options else None
        self.speaking = regexcache.compile(rule.options["speaking"]) if "speaking" in rule.options else None
        self.designators = frozenset(names.fold(w) for w in rule.options.get("designators", []))
        self.respellings = [(names.fold(a), names.fold(b)) for a, b in rule.options.get("respellings", [])]
        self.honorifics = frozenset(names.fold(w) for w in rule.options.get("honorifics", []))
        self.title_modifiers = frozenset(names.fold(w) for w in rule.options.get("title_modifiers", []))
        self.stem = stemmer(env.language)
        self.function_words = frozenset(names.fold(w) for w in env.stopwords)

    def run(self, doc):
        gazetteer = self.names.gazetteer(doc)
        spans = names.name_spans(doc, self.names.particles)
        owners, matches = names.cover_known(spans, gazetteer, doc=doc)
        if self.mode == "variants":
            yield from self.mixed_variants(doc, gazetteer, spans, matches)
        else:
            yield from self.misspellings(doc, gazetteer, spans, owners)

    def misspellings(self, doc, gazetteer, spans, owners):
        """One name spelled two ways, at least one of them not a known spelling."""
        words = self._name_words(spans, owners, names.lowercase_words(doc), doc.plain, [st.start for st in doc.sentences])
        # Words of known places and bodies in a span ("Kapolda Metro Jaya Irjen ...") are a
        # title's complement: two people under one such title are still two people.
        words.places = {t.key for span, owner in zip(spans, owners) for t, o in zip(span.tokens, owner)
                        if o is not None and getattr(gazetteer.entries[o], "kind", "person") != "person"}
        seen, entities = words.seen, words.entities
        keys = list(seen)
        standalone = {k for k in keys if gazetteer.entry_id(k) is not None}
        best: dict[str, tuple[int, str]] = {}  # reported spelling -> (distance, other)
        for a in keys:
            for b, distance, _ in process.extract(a, keys, scorer=OSA.distance, score_cutoff=2, limit=None):
                if b <= a or not self.pair(a, b, words, standalone):
                    continue
                self.keep(best, a, b, distance, entities, seen)
        self._frame_pairs(best, words)
        self.other_endings(best, seen, entities, words.neighbours, words.namelike, words.before)
        for report, (_, other) in best.items():
            yield from self._misspelling_findings(doc, gazetteer, seen, report, other)
        reported = {t.start for report in best for t in seen[report]}
        changed = self.changed_surnames(words, reported) + self.reordered_names(words, reported)
        changed += self.changed_given_names(words, reported)
        changed += self.blended_names(words, reported | {t.start for pair in changed for t in pair[0]})
        for rare, usual in changed + self.changed_company_words(spans, owners, gazetteer, doc.plain):
            yield self._name_finding(doc, rare, usual)

    def _name_words(self, spans, owners, ordinary, plain: str = "", sentence_starts: list[int] | None = None) -> "_NameWords":
        """Every capitalised word of the article's names with what tells names apart: its
        entity, its neighbours, the words right before and after it, three-word frames."""
        words = _NameWords()
        words.plain = plain
        words.sentence_starts = sentence_starts or []
        for span, owner in zip(spans, owners):
            # Neighbours tell two people apart ("Hendra Setiawan", "Hendro
            # Wibowo"); titles and function words ("Presiden", "Menurut") do not.
            kept = [(j, t.key) for j, t in enumerate(span.tokens) if t.key not in ordinary and t.key not in self.names.not_names]
            keys = [key for _, key in kept]
            for x in range(len(kept) - 2):
                if kept[x + 2][0] - kept[x][0] == 2 and not any(span.tokens[kept[x + k][0]].text.isupper() for k in range(3)):
                    window = keys[x : x + 3]
                    for k in range(3):
                        words.frames[(k, *window[:k], *window[k + 1 :])].add(window[k])
            # A title or rank inside a span ("Kapolda Metro Jaya Irjen Fajar Shakur") ends the
            # title's complement: the words before it are no neighbours of the name after it.
            segment, segments = 0, []
            for t in span.tokens:
                segment += t.key in self.names.not_names
                segments.append(segment)
            place, keys_of = {}, {}
            for seg in set(segments):
                inside = [(j, key) for j, key in kept if segments[j] == seg]
                seg_keys = [key for _, key in inside]
                for i, (j, _) in enumerate(inside):
                    place[j], keys_of[j] = i, seg_keys
            for j, token in enumerate(span.tokens):
                key = token.key
                # Three letters inside a longer name ("Nusantara Sky Airlines"); four alone.
                if token.particle or len(key) < (3 if len(kept) > 1 else 4) or key in ordinary or key in self.names.not_names:
                    continue
                if token.text.isupper() and not token.domain and owner[j] is None:
                    # An ALL-CAPS headline capitalises every word: only known
                    # names (the JAKARTA of a dateline) count there.
                    continue
                words.add(token, owner[j], place.get(j), keys_of.get(j, keys), len(span.tokens) > 1)
            self._full_names(words, span, owner, ordinary)
        return words

    def _full_names(self, words: "_NameWords", span, owner, ordinary) -> None:
        """The span's people: runs of two or three unknown name words ("Sulastri Wibisono"
        in "Pembatik Sulastri Wibisono"), each marked bare when it stands alone as a sentence's
        subject or after a `referring` word such as "kata" (no title before it, no
        apposition after it)."""
        tokens = span.tokens
        good = [
            owner[j] is None and not t.particle and not t.domain and not t.text.isupper()
            and t.key not in ordinary and t.key not in self.names.not_names
            for j, t in enumerate(tokens)
        ]
        j = 0
        while j < len(tokens):
            k = j
            while k < len(tokens) and good[k]:
                k += 1
            if 2 <= k - j <= 3:
                run = tokens[j:k]
                after = span_end_char(words.plain, run[-1].end)
                before = words.plain[max(0, run[0].start - 40) : run[0].start]
                opens = run[0].initial or bool(_CONNECTIVE.search(before)) or any(
                    p is not None and p.search(before) for p in (self.referring, self.openers))
                attributed = self._attributed(words.plain, before, tokens[:j], run)
                alone = (j == 0 or attributed) and k == len(tokens) and (after != "," or attributed)
                # The titles, ranks, places and bodies before the name in its span ("Kapolda Metro
                # Jaya Irjen", "Ketua PHRI"): who the article says the person is.
                titles = frozenset(t.key for t in tokens[:j] if t.key not in self.function_words and t.key not in self.honorifics)
                words.people[tuple(t.key for t in run)].append(_Person(run, alone and (opens or attributed), alone, titles))
            j = max(k, j + 1)

    def _attributed(self, plain: str, before: str, lead: list, run: list) -> bool:
        """A name right after an `attributing` word ("Menurut Andi Basri Rahmat, harga ..."):
        the sentence's source, named bare. The comma after it closes the attribution, unless
        a short phrase and another comma follow (an apposition: "Menurut Andi, kepala dinas itu,")."""
        m = self.attributing.search(before) if self.attributing else None
        if m is None:
            return False
        start = run[0].start - len(before) + m.start()
        if any(t.start < start for t in lead):
            return False  # a capitalised word before "Menurut" belongs to the name's span
        return not _APPOSITION_AFTER.match(plain, run[-1].end)

    def _frame_pairs(self, best: dict[str, tuple[int, str]], words: "_NameWords") -> None:
        """The same three-word name but for one word ("Teguh Setyabudi Santoso" / "Teguh
        Setyaji Santoso"): the two other words say it is one person, so the odd word may
        be further off, as long as it begins the same way."""
        seen, entities = words.seen, words.entities
        for found in words.frames.values():
            for a in found:
                for b in found:
                    if b <= a or a not in seen or b not in seen or (entities[a] - {None} and entities[b] - {None}):
                        continue
                    if a in self.words and b in self.words:
                        continue  # "Tim Ganda Putra" / "Tim Ganda Putri": two ordinary words, two teams
                    if min(len(a), len(b)) >= 5 and a[:3] == b[:3] and not names.inflected(a, b, self.names.suffixes):
                        distance = OSA.distance(a, b)
                        if distance <= 3:
                            self.keep(best, a, b, distance, entities, seen)

    def _misspelling_findings(self, doc, gazetteer, seen, report: str, other: str):
        first = seen[other][0]
        written = Counter(t.text for t in seen[other]).most_common(1)[0][0]
        shown = written
        if written.isupper() and not seen[report][0].text.isupper() and other in gazetteer.written:
            # A dateline is upper case; suggest the outlet's own spelling instead.
            shown = gazetteer.written[other]
        other_line = doc.line_of(first.start)
        for token in seen[report]:
            yield self.finding(
                doc,
                token.start,
                token.end,
                suggestions=[shown],
                related=[(first.start, first.end, (N_('spelled "{written}" here'), {"written": first.text}))],
                other=written,
                other_line=other_line,
            )

    def mixed_variants(self, doc, gazetteer, spans, matches):
        """Two accepted spellings of one entity in one article: both are
        right, but the article should pick one."""
        used: dict[int, dict[str, list[tuple[int, int, str]]]] = defaultdict(lambda: defaultdict(list))
        for index, i, j, entity, key in matches:
            span = spans[index]
            start, end = span.tokens[i].start, span.tokens[j - 1].end
            used[entity][key].append((start, end, doc.text[start:end]))
        for entity, forms in used.items():
            keys = list(forms)
            reported = set()
            for x, a in enumerate(keys):
                for b in keys[x + 1 :]:
                    if not names.spelling_variants(a, b):
                        continue
                    # Count every occurrence that spells it a's way (Putin's
                    # "Volodymyr Zelensky" and "Zelensky" both vote for Zelensky).
                    votes_a = sum(len(forms[c]) for c in keys if c == a or (names.spelling_variants(c, b) and not names.spelling_variants(c, a)))
                    votes_b = sum(len(forms[c]) for c in keys if c == b or (names.spelling_variants(c, a) and not names.spelling_variants(c, b)))
                    later = a if forms[a][0][0] > forms[b][0][0] else b
                    report = a if votes_a < votes_b else b if votes_b < votes_a else later
                    other = b if report == a else a
                    if report in reported:
                        continue
                    reported.add(report)
                    first = forms[other][0]
                    written = Counter(t for _, _, t in forms[other]).most_common(1)[0][0]
                    # "Zelenskyy" gets "Zelensky", not the full "Volodymyr Zelensky".
                    written = _tail(written, len(names._parts(report)))
                    for start, end, _ in forms[report]:
                        yield self.finding(
                            doc,
                            start,
                            end,
                            suggestions=[written],
                            related=[(first[0], first[1], (N_('spelled "{written}" here'), {"written": first[2]}))],
                            other=written,
                            other_line=doc.line_of(first[0]),
                            canonical=gazetteer.entries[entity].canonical,
                        )

    def pair(self, a, b, words: "_NameWords", standalone) -> bool:
        entities, neighbours, namelike, before, after = words.entities, words.neighbours, words.namelike, words.before, words.after
        known_a, known_b = entities[a] - {None}, entities[b] - {None}
        if known_a and known_b:
            return False  # two known entities, or two accepted spellings of one
        if not (namelike[a] or namelike[b]):
            return False
        if self.ordinary(a) and self.ordinary(b):
            return False  # "Lantas" / "Lintas", "Berdayakan" / "Berdasarkan": two words, capitalised
        if neighbours[a] and neighbours[b] and not (neighbours[a] & neighbours[b] - words.places) and not self._respelt_neighbours(a, b, words):
            return False
        if _NUMBERED.sub("", a) == _NUMBERED.sub("", b):
            return False  # numbered units of one name ("PLTU Cirebon" / "Cirebon-1"): two things
        if self._introduced_apart(a, b, words):
            return False
        if max(len(a), len(b)) < self.min_length and not (a in standalone or b in standalone):
            # Short words pair only with a name known on its own ("Putin"), not
            # with a word of a longer known name ("Hamad" in "Tamim bin Hamad"),
            # unless the whole name around them is long and the same but for one letter.
            return self.whole_name_slip(a, b, words)
        # The same first name before both spellings ("Dimas Prasetyo" / "Dimas
        # Prasetia") anchors the pair, so the word may carry a second edit
        # (titles and institution words such as "Partai" are not names: not in `before`).
        anchored = bool(before[a] & before[b])
        # The same surname after both ("Aditya Pramana" / "Adytia Pramana") anchors only
        # letters in another order: a typing slip, while "Andika" / "Andini Pratama" may be
        # siblings.
        anchored = anchored or bool(after[a] & after[b]) and sorted(a) == sorted(b)
        # An organisation's designator after both ("Lumora" / "Lumero Group") anchors like
        # a first name: companies have no siblings.
        anchored = anchored or bool(after[a] & after[b] & self.designators)
        limit = 2 if anchored and min(len(a), len(b)) >= 6 else None
        return names.near_tokens(a, b, self.names.suffixes, limit)

    def _respelt_neighbours(self, a: str, b: str, words: "_NameWords") -> bool:
        """The word before (or after) each spelling is one name respelt ("Rizky Ardiansyah" /
        "Rizki Ardiansah": y / i, a doubled letter, old spelling): both words of one name
        written another way, not two people's names, who would differ in more than spelling."""
        return any(self._respelt(x, y) for x in words.before[a] for y in words.before[b]) or any(
            self._respelt(x, y) for x in words.after[a] for y in words.after[b])

    def _introduced_apart(self, a: str, b: str, words: "_NameWords") -> bool:
        """Both spellings first written in a full name that is introduced with its own role, the
        two roles different ("Ketua PHRI Badung, Made Suartana," after "General Manager PLN UID
        Bali, Made Suarta,"; "mantan pejabat kementerian Hendri Wijaya" after "Hendra Wijaya,
        mantan direktur"): two people who share a first name or a surname, each introduced. A
        slip is a back-reference, and one person re-introduced keeps the role."""
        firsts = []
        for key in (a, b):
            mentions = sorted((p for name, people in words.people.items() if key in name for p in people),
                              key=lambda p: p.tokens[0].start)
            if not mentions or mentions[0].alone:
                return False
            firsts.append(mentions[0])
        if all(p.titles for p in firsts):
            return self._titles_differ(firsts[0].titles, firsts[1].titles)
        intros: list[tuple[frozenset, str | None]] = []
        for first in firsts:
            role = _role(words.plain, first.tokens)
            folded = {names.fold(w) for w in role.split()}
            if role and not folded <= self.names.not_names:
                intros.append((first.titles, role))
            else:
                # Titles and ranks only, in its span or in an apposition ("Ketua majelis hakim, X,").
                intros.append((first.titles | (folded - self.function_words - self.honorifics), None))
        (titles_a, role_a), (titles_b, role_b) = intros
        if role_a is None and role_b is None:
            return bool(titles_a and titles_b) and self._titles_differ(titles_a, titles_b)
        if role_a is None or role_b is None:
            # A title on one side, an apposition on the other ("Irjen X" / "Penyerang andalan
            # mereka, X',"): two people unless the apposition names that title ("Kapolda Metro
            # Jaya, X',").
            titles, apposed = (titles_a, role_b or "") if role_a is None else (titles_b, role_a)
            return bool(titles) and not titles & {names.fold(w) for w in apposed.split()}
        return role_a != role_b

    def _titles_differ(self, x: frozenset, y: frozenset) -> bool:
        """Two introductions that cannot name one person: titles, ranks or places of their own on
        each side ("Bupati Badung" / "Bupati Gianyar", "Irjen" / "Bupati"), or one a rank below
        the other ("Letnan Kolonel" / "Kolonel", "Wakil Gubernur" / "Gubernur"). One person
        named again keeps the title or shortens it ("Kapolda Metro Jaya Irjen" ... "Irjen")."""
        x, y = _spelt_out(x, y), _spelt_out(y, x)
        if x <= y or y <= x:
            return bool((x ^ y) & self.title_modifiers)
        return True

    def ordinary(self, key: str) -> bool:
        """A word of the language's word lists, or an affixed form of one ("berdayakan")."""
        if key in self.words:
            return True
        stem = self.stem(key)
        return stem != key and stem in self.words

    def whole_name_slip(self, a: str, b: str, words: "_NameWords") -> bool:
        """Short words one letter apart inside a longer name that is otherwise the same:
        "Yohanes Mbete" / "Yohanes Mbeti", "Sentosa Agri / Agro Trading". Measured on the
        whole name, one letter in ten or more is a slip. After two different first names
        the same surname may be siblings' ("Putra" / "Putri Wijaya"), so a first name
        then passes only as the same letters spelt another way (Rizky / Rizki). Both
        spellings in one sentence are deliberate ("Lim Chee Keong, or Lim Chee Kiong")."""
        before, after = words.before, words.after
        if words.sentences[a] & words.sentences[b] or words.entities[a] - {None} or words.entities[b] - {None}:
            return False  # a known spelling is the known-names rules' to compare
        if min(len(a), len(b)) < 3 or a[0] != b[0] or names.inflected(a, b, self.names.suffixes):
            return False
        if self._respelt(a, b) and self._respelt_neighbours(a, b, words):
            return True  # both words of a name respelt ("Tammy Budi" / "Tamy Budy"): one name
        if OSA.distance(a, b, score_cutoff=1) > 1 or (a in self.words and b in self.words):
            return False  # "Ganda Putra" / "Ganda Putri": two words, two teams
        given = {w for w in before[a] & before[b] if w.isalpha()}
        if given:
            return max(len(w) for w in given) + 1 + min(len(a), len(b)) >= 10
        surname = {w for w in after[a] & after[b] if w.isalpha()}
        if surname and (self._respelt(a, b) or names.transposed(a, b)):
            return min(len(a), len(b)) + 1 + max(len(w) for w in surname) >= 10
        return False

    def _respelt(self, a: str, b: str) -> bool:
        """The same letters but for a spelling of one sound ("y" / "i", "oe" / "u", a doubled letter)."""
        return a != b and self._spoken(a) == self._spoken(b)

    def _spoken(self, word: str) -> str:
        for old, new in self.respellings:
            word = word.replace(old, new)
        return regex.sub(r"(.)\1", r"\1", word)

    def changed_surnames(self, words: "_NameWords", reported: set[int]) -> list[tuple[list, list]]:
        """A name written once, bare, as the subject of a later sentence ("Sulastri Wibowo
        mengatakan ..."), whose first name belongs to one other person, introduced earlier
        and named more often ("Sulastri Wibisono"): a back-reference with the surname
        changed. Two people who share a first name are each introduced (a title or an
        apposition), and a name used twice or a surname used elsewhere is no slip."""
        found = []
        by_given: dict[str, list[tuple]] = defaultdict(list)
        for key in words.people:
            by_given[key[0]].append(key)
        for group in by_given.values():
            people = _short_forms_merged(group, words.people)
            if len(people) != 2:
                continue  # one person, or a third who shares the first name
            # The rarer name; of two named once each, the later one.
            rare, usual = sorted(people, key=lambda k: (len(people[k]), -people[k][0].tokens[0].start))
            (mention,) = people[rare] if len(people[rare]) == 1 else (None,)
            others = people[usual]
            if mention is None or others[0].tokens[0].start > mention.tokens[0].start:
                continue
            # The same title right before both ("hakim ketua Ratna ..."): one office, one person.
            title = _title_before(words.plain, mention.tokens[0].start)
            titled = (title == _title_before(words.plain, others[0].tokens[0].start) and not set(title) <= self.function_words
                      and not (mention.titles and others[0].titles and self._titles_differ(mention.titles, others[0].titles)))
            if not (mention.alone or titled) or not self._refers_back(words, rare, usual, mention, others, titled):
                continue
            if len(rare) != len(usual) or any(t.start in reported for t in mention.tokens):
                continue
            changed = [i for i in range(1, len(rare)) if rare[i] != usual[i]]
            if not changed or any(len(words.seen[rare[i]]) > 1 for i in changed):
                continue
            if any(names.inflected(rare[i], usual[i], self.names.suffixes) for i in changed):
                continue
            found.append((mention.tokens, others[0].tokens))
        return found

    def _refers_back(self, words: "_NameWords", rare: tuple, usual: tuple, mention: "_Person", others: list,
                     titled: bool = False) -> bool:
        """Whether the changed name can only mean the person named `usual`: written bare as a
        sentence's subject after that person was named twice, or with a look-alike surname
        ("Sulistyowati" / "Sulistyaningsih"), or after an introduction when the first name is
        rare (no ordinary word, not frequent: "Yosafat"); anywhere without an apposition when the
        first name alone has referred to that person twice ("Nadia ... Nadia ... Nadia
        Kusumawati"), or with a look-alike surname after the title the person was introduced
        with ("hakim ketua Ratna Kusumawardani" ... "Hakim ketua Ratna Kusumawati")."""
        changed = [(a, b) for a, b in zip(rare[1:], usual[1:]) if a != b]
        # Measured on the whole name, as whole_name_slip does: one letter in fewer than ten
        # may be another name ("Ali Osei" / "Ali Oseni"); two ordinary words are two words.
        alike = (len(rare) == len(usual) and _look_alike(rare[1:], usual[1:]) and len(" ".join(rare)) >= 10
                 and not any(self.ordinary(a) and self.ordinary(b) for a, b in changed))
        if titled and alike:
            return True
        if (mention.bare and rare[0] not in self.words and self._introduced(words, rare[0], others[0])
                and not any(self.ordinary(w) for w in usual[1:])):
            # Two people rarely share an uncommon first name; a second one would be introduced.
            # A name introduced with an ordinary word after it ("Benelli Global") is a company's,
            # and its products share the first word.
            return True
        if mention.bare:
            # Named twice before, in full or by the first name alone ("Marlina Sitompul ...
            # Marlina menyebut ... Marlina Situmorang menambahkan").
            # Or named once and by the first name alone after that introduction, one word changed
            # into one of the same first letter ("Sitompul" / "Situmorang"): a first name before two
            # new words, or before another letter ("Benelli Global" / "Imperiale"), is someone else's.
            return alike or len(others) >= 2 or (
                len(changed) == 1 and changed[0][0][0] == changed[0][1][0] and self._introduced(words, rare[0], others[0])
                and 1 + self._given_alone(words, rare[0], others[0], mention) >= 2)
        return alike and self._given_alone(words, rare[0], others[0], mention) >= 2

    def blended_names(self, words: "_NameWords", reported: set[int]) -> list[tuple[list, list]]:
        """A name written once that blends two people introduced earlier: one's first name and
        the other's surname, which looks like the first one's ("Rizal Firmanto" and "Rizky
        Firmansyah" ... "Rizal Firmansyah"). Each word belongs to that one other person only;
        an apposition after the name introduces a third person."""
        found = []
        by_given: dict[str, list[tuple]] = defaultdict(list)
        by_surname: dict[str, list[tuple]] = defaultdict(list)
        for key in words.people:
            if len(key) == 2:
                by_given[key[0]].append(key)
                by_surname[key[1]].append(key)
        for key, mentions in words.people.items():
            if len(key) != 2 or len(mentions) != 1 or any(t.start in reported for t in mentions[0].tokens):
                continue
            mention = mentions[0]
            given = [k for k in by_given[key[0]] if k != key]
            surname = [k for k in by_surname[key[1]] if k != key]
            if len(given) != 1 or len(surname) != 1 or len(by_given[surname[0][0]]) != 1:
                continue
            first, other = words.people[given[0]], words.people[surname[0]]
            if max(first[0].tokens[0].start, other[0].tokens[0].start) > mention.tokens[0].start:
                continue
            if _APPOSITION_AFTER.match(words.plain, mention.tokens[-1].end) or self.ordinary(key[1]):
                continue
            if _look_alike((key[1],), (given[0][1],)) and len(" ".join(key)) >= 10:
                found.append((mention.tokens, first[0].tokens))
        return found

    def changed_given_names(self, words: "_NameWords", reported: set[int]) -> list[tuple[list, list]]:
        """A person's first name changed into a look-alike once ("Yuliawan Hadisaputro" for
        the "Yulianto Hadisaputro" the article refers to as "Yulianto"): five letters in
        common at the start, the changed one used nowhere else, no apposition after it.
        Siblings share a surname, but their names are not five letters alike, and a
        sibling is introduced ("adiknya, Fajri Hidayat,")."""
        found = []
        by_surname: dict[tuple, list[tuple]] = defaultdict(list)
        for key in words.people:
            by_surname[key[1:]].append(key)
        for keys in by_surname.values():
            if len(keys) != 2:
                continue
            rare, usual = sorted(keys, key=lambda k: (len(words.people[k]), -words.people[k][0].tokens[0].start))
            mention, first = words.people[rare][0], words.people[usual][0]
            if len(words.people[rare]) != 1 or first.tokens[0].start > mention.tokens[0].start:
                continue
            if not (mention.alone or self._same_title(words, first, mention)):
                continue
            if len(words.seen[rare[0]]) != 1 or any(t.start in reported for t in mention.tokens):
                continue
            if self._given_changed(words, rare[0], usual, first, mention):
                found.append((mention.tokens, first.tokens))
        return found

    def _given_changed(self, words: "_NameWords", given: str, usual: tuple, first: "_Person", mention: "_Person") -> bool:
        """Whether a first name changed once is a slip: five letters alike and the article
        referring back by the first name; or, where the article refers back by the surname
        alone twice ("Kenta Morishita ... Morishita ... Morishita ... Kenji Morishita"), three
        letters alike, the changed name bare (a sibling is introduced: "adiknya, Kento ...")."""
        common = _common_start(given, usual[0])
        if common >= 5 and self._given_alone(words, usual[0], first, mention) >= 1:
            return True
        if common >= 3 and self._same_person_cues(words, given, usual, first, mention):
            return True
        if (common >= 3 and mention.bare and self._introduced(words, usual[-1], first)
                and self._given_alone(words, usual[-1], first, mention) >= 2):
            return True
        # One letter changed in place (a vowel or a consonant: "Yudi" / "Yodi", "Jimmi" / "Jinmi"),
        # the changed name bare after the person was introduced: a typing or transcription slip.
        # A sibling is introduced ("adiknya, ..."), and "Agus" / "Agung" differ in more than a letter.
        if (len(given) == len(usual[0]) >= 4 and given[0] == usual[0][0] and mention.bare
                and OSA.distance(given, usual[0], score_cutoff=1) == 1 and self._introduced(words, usual[-1], first)):
            return True
        # A syllable changed ("Hafiz" / "Hari", "Hailey" / "Haina"): the same first two letters and
        # two edits at most, bare after the article referred back to the person by the surname.
        return (common >= 2 and min(len(given), len(usual[0])) >= 4 and mention.bare
                and OSA.distance(given, usual[0], score_cutoff=2) <= 2 and self._introduced(words, usual[-1], first)
                and self._given_alone(words, usual[-1], first, mention) >= 1)

    def _same_person_cues(self, words: "_NameWords", given: str, usual: tuple, first: "_Person", mention: "_Person") -> bool:
        """Three letters alike and two letters or fewer changed ("Dimas" / "Dinar"), with what
        tells one person from a sibling: the same rank or title right before both ("Kolonel
        Inf Dimas ... Kolonel Inf Dinar"), or the changed name bare after the article has
        referred back to the person by the first name alone. A sibling is introduced
        ("adiknya, ..."), and an ordinary word as a first name is no obstacle."""
        if OSA.distance(given, usual[0], score_cutoff=2) > 2:
            return False
        if self._same_title(words, first, mention):
            return True
        return mention.bare and self._given_alone(words, usual[0], first, mention) >= 1

    def _same_title(self, words: "_NameWords", first: "_Person", mention: "_Person") -> bool:
        """The same two words of a rank or title right before both names ("Kolonel Inf")."""
        title = _title_before(words.plain, mention.tokens[0].start)
        if first.titles and mention.titles and self._titles_differ(first.titles, mention.titles):
            return False  # "Kolonel Inf" / "Letnan Kolonel Inf": the same two words, another rank
        return bool(title) and not set(title) & self.function_words and title == _title_before(words.plain, first.tokens[0].start)

    @staticmethod
    def _introduced(words: "_NameWords", word: str, first: "_Person") -> bool:
        """Whether a person is introduced (a title or an apposition with the full name) before
        a word of the name stands alone: "Juru bicara, Marlina Sitompul, ... Marlina". A brand
        named alone before its model ("Corolla ... Corolla TwinCam") is no person."""
        return not first.alone and all(t.start >= first.tokens[0].start for t in words.seen[word])

    @staticmethod
    def _given_alone(words: "_NameWords", given: str, first: "_Person", mention: "_Person") -> int:
        """How often a word of the name (the first name: "Menurut Hendra"; a surname) stands alone
        between the person's introduction and the changed mention: the article referring back."""
        inside = {t.start for people in words.people.values() for p in people for t in p.tokens}
        lo, hi = first.tokens[0].start, mention.tokens[0].start
        return sum(1 for t in words.seen[given] if lo < t.start < hi and t.start not in inside)

    def reordered_names(self, words: "_NameWords", reported: set[int]) -> list[tuple[list, list]]:
        """A name of three words written again with its last words in another order
        ("Camila Orellana Fuentes" / "Camila Fuentes Orellana"): one person's surnames,
        swapped. Reported on the rarer order (when tied, the later)."""
        found = []
        by_words: dict[tuple, list[tuple]] = defaultdict(list)
        for key in words.people:
            if len(key) == 3:
                by_words[(key[0], *sorted(key[1:]))].append(key)
        for keys in by_words.values():
            if len(keys) != 2:
                continue
            a, b = keys
            pa, pb = words.people[a], words.people[b]
            rare, usual = (a, b) if (len(pa), -pa[0].tokens[0].start) < (len(pb), -pb[0].tokens[0].start) else (b, a)
            for person in words.people[rare]:
                if not any(t.start in reported for t in person.tokens):
                    found.append((person.tokens, words.people[usual][0].tokens))
        return found

    def changed_company_words(self, spans, owners, gazetteer, plain: str = "") -> list[tuple[list, list]]:
        """A company named after a legal form (PT ...) with one inner word changed once
        ("PT Awan Data Kepri" for the "PT Awan Digital Kepri" named twice before), the
        two words beginning alike: a company's name is fixed, and a sister company is
        told apart by its last word."""
        companies: dict[tuple, list[list]] = defaultdict(list)
        for span, owner in zip(spans, owners):
            tokens = span.tokens
            for i, token in enumerate(tokens[:-2]):
                if token.key in self.legal_forms and not token.particle:
                    body = tokens[i + 1 :]
                    if all(o is None for o in owner[i + 1 :]):
                        companies[tuple(t.key for t in body)].append(body)
                    break
        found = []
        for rare, mentions in companies.items():
            if len(mentions) != 1 or gazetteer.entry_id(" ".join(rare)) is not None:
                continue
            for usual, others in companies.items():
                if len(usual) != len(rare) or others[0][0].start > mentions[0][0].start:
                    continue
                changed = [i for i in range(len(rare)) if rare[i] != usual[i]]
                if len(rare) == 2 and (changed != [1] or not _finished_otherwise(rare[1], usual[1])):
                    continue  # a two-word name ("PT Bumi Perkasa"): only a word cut and finished otherwise
                # A name that points back ("PT Awan Data Nusantara tersebut") counts as a second mention.
                points = bool(self.pointing and self.pointing.match(plain, mentions[0][-1].end))
                if len(changed) == 1 and (self._company_slip(rare[changed[0]], usual[changed[0]], changed[0], len(rare),
                                                             len(others) + points)
                                          or self._inner_word_swapped(plain, mentions[0], others[0], changed[0], rare)
                                          or self._company_speaks(plain, mentions[0], others[0], changed[0] == len(rare) - 1,
                                                                  OSA.distance(rare[-1], usual[-1], score_cutoff=2) <= 1)):
                    found.append((mentions[0], others[0]))
                    break
        return found

    def _inner_word_swapped(self, plain: str, mention: list, first: list, i: int, rare: tuple) -> bool:
        """An inner word of a name of three words or more swapped for another word, the first
        and the last kept ("PT Bahtera Laju Nusantara" ... "PT Bahtera Jaya Nusantara"): MT and
        hasty rewrites put a common word in the middle of a name. A designator ends no name
        ("PT Bank Jatim Tbk" / "PT Bank Mandiri Tbk": two banks), a name that is a bank's or a
        university's begins after that word, and two companies named in one sentence are a list.
        A sister company is introduced (an apposition) or related ("anak usaha") in its sentence."""
        words = len(rare)
        while words and rare[words - 1] in self.designators:
            words -= 1
        lead = 1 if rare[0] in self.legal_forms else 0
        if not (lead < i < words - 1 and words - lead >= 3 and self.relations) or _INTRODUCED.match(plain, mention[-1].end):
            return False
        start = max(plain.rfind(c, 0, mention[0].start) for c in ".!?\n") + 1
        if first[0].start >= start:
            return False  # both in one sentence: a list, or named side by side on purpose
        # Only where the company speaks ("Direktur Utama PT ...", "PT ... membantah", "kata PT ..."):
        # the company the story is about answers; a sister company is named for what it does
        # ("PT Awan Daya Nusantara memasok listriknya").
        before = _LEGAL_FORM_BEFORE.sub("", plain[max(0, mention[0].start - 50) : mention[0].start])
        speaks = any(p is not None and p.search(before) for p in (self.voices, self.referring)) or bool(
            self.speaking and self.speaking.match(plain, mention[-1].end))
        if not speaks:
            return False
        ends = [e for e in (plain.find(c, mention[-1].end) for c in ".!?\n") if e >= 0]
        return not self.relations.search(plain, start, min(ends, default=len(plain)))

    def _company_speaks(self, plain: str, mention: list, first: list, last_changed: bool, one_letter: bool = False) -> bool:
        """The last word of a company's name changed where the company speaks ("Manajemen PT
        Bumi Sarana Niaga menyatakan ..." after "PT Bumi Sarana Logistik, pengelola gudang itu,"):
        the company the story introduced answers for itself. A sister company speaking is
        introduced (an apposition) or related ("anak usaha", "mitra") in its sentence. A last
        word one letter apart ("Mulia" / "Mulya") needs no introduction of the first: a
        sister company is not named one letter away from the story's own."""
        if not (last_changed and len(mention) >= 3 and self.voices and self.relations):
            return False
        if not (one_letter or _INTRODUCED.match(plain, first[-1].end)) or _INTRODUCED.match(plain, mention[-1].end):
            return False
        before = _LEGAL_FORM_BEFORE.sub("", plain[max(0, mention[0].start - 50) : mention[0].start])
        if not self.voices.search(before) or _LISTED_AFTER.match(plain, mention[-1].end):
            return False  # not speaking, or speaking with another ("Manajemen PT A dan PT B")
        start = max(plain.rfind(c, 0, mention[0].start) for c in ".!?\n") + 1
        ends = [e for e in (plain.find(c, mention[-1].end) for c in ".!?\n") if e >= 0]
        return not self.relations.search(plain, start, min(ends, default=len(plain)))

    @staticmethod
    def _company_slip(rare: str, usual: str, i: int, words: int, mentions: int) -> bool:
        """One word of a company's name changed: an inner word beginning alike in a name used
        twice before, or any word after the first that looks like the other ("Perkasa" /
        "Prakarsa", "Cemerlang" / "Gemilang": three edits at most). Sister companies differ in a
        word that does not look alike ("Energi" / "Logistik")."""
        if words >= 3 and len(rare) == len(usual) >= 4 and OSA.distance(rare, usual, score_cutoff=1) == 1:
            return True  # one letter in place, the first word's too ("Kilau" / "Kilat Bayar Nusantara")
        if i == 0:
            return False
        if i < words - 1 and mentions >= 2 and rare[0] == usual[0]:
            return True
        if _common_start(rare, usual) >= 7 or _finished_otherwise(rare, usual):
            return True  # a word cut and finished otherwise ("Elektronika" / "Elektronindo", "Otoparts" / "Otopatama")
        # Look-alikes: three edits at most; with another first letter only in longer words
        # ("Cemerlang" / "Gemilang").
        shortest = min(len(rare), len(usual))
        return shortest >= (5 if rare[0] == usual[0] else 7) and OSA.distance(rare, usual, score_cutoff=3) <= 3

    def _name_finding(self, doc, rare: list, usual: list):
        """The whole name (its tokens) written once, with the name as written where it is
        usual (its first mention) as the fix."""
        start, end = usual[0].start, usual[-1].end
        written = doc.plain[start:end]
        return self.finding(
            doc,
            rare[0].start,
            rare[-1].end,
            suggestions=[written],
            related=[(start, end, (N_('spelled "{written}" here'), {"written": written}))],
            other=written,
            other_line=doc.line_of(start),
        )

    def other_endings(self, best, seen, entities, neighbours, namelike, before) -> None:
        """A surname the article establishes (three times or more, once after a first name:
        "Daniel Whitmore") written once, alone and later, with the same beginning and another
        ending ("Whitman"): MT and hasty rewrites complete a name from its first letters. Too
        far off for a spelling slip, so only this pattern of use counts."""
        for a, tokens in seen.items():
            if len(tokens) != 1 or a in best or entities[a] - {None} or neighbours[a] or len(a) < 6:
                continue
            for b, others in seen.items():
                if len(others) < 3 or not before[b] or not namelike[b] or others[0].start > tokens[0].start or len(b) < 6:
                    continue
                if _other_ending(a, b) and not names.inflected(a, b, self.names.suffixes):
                    best[a] = (OSA.distance(a, b), b)
                    break

    def keep(self, best, a: str, b: str, distance: int, entities, seen) -> None:
        """Record the pair a/b under the spelling to report: the unknown one, else the rarer."""
        known_a, known_b = entities[a] - {None}, entities[b] - {None}
        if known_a and not known_b:
            report, other = b, a
        elif known_b and not known_a:
            report, other = a, b
        else:
            report, other = self.rarer(a, b, seen)
        if report not in best or (distance, -len(seen[other])) < (best[report][0], -len(seen[best[report][1]])):
            best[report] = (distance, other)

    @staticmethod
    def rarer(a: str, b: str, seen) -> tuple[str, str]:
        ca, cb = len(seen[a]), len(seen[b])
        if ca != cb:
            return (a, b) if ca < cb else (b, a)
        return (a, b) if seen[a][0].start > seen[b][0].start else (b, a)


# The legal form right before a company's name ("PT "), and a list going on after a name.
_LEGAL_FORM_BEFORE = regex.compile(r"\S+[ \u00a0]+$")
_LISTED_AFTER = regex.compile(r"[ \u00a0]*(?:,|\s+(?:dan|serta|atau)\b)")
# After a name, a comma and a lowercase word: an apposition introducing it ("PT X, pengelola ...").
_INTRODUCED = regex.compile(r"[ \u00a0]*,[ \u00a0]+\p{Ll}")
# After a name, a comma, a short phrase and another comma: an apposition ("Andi, kepala dinas itu,").
_APPOSITION_AFTER = regex.compile(r"[ \u00a0]*,[ \u00a0]+[^,;.!?\n]{1,40},")
# A short connective and a comma opening the sentence ("Meski demikian, "): the name after
# it is the sentence's subject, as at the start of a sentence.
_CONNECTIVE = regex.compile(r'(?:^|[.!?]["\u201d]?\s+)\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2},\s+$')


# The two words right before a name, a comma between them and the name allowed ("hakim ketua
# Ratna", "Hakim Ketua, Ratna").
_TITLE = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}+)[ \t]+(\p{L}+),?[ \t]+$")


def _title_before(plain: str, start: int) -> tuple[str, ...]:
    """The two words right before a name in its clause, folded: a title ("hakim ketua"), or ()
    when a clause ends right before it."""
    m = _TITLE.search(plain[max(0, start - 40) : start])
    return tuple(names.fold(w) for w in m.groups()) if m else ()


# A unit's number after a name ("Cirebon-1", "Paiton 9"): the same name numbered otherwise.
_NUMBERED = regex.compile(r"[-\s]*\d+$")
# The clause before a name ("Ketua fraksi yang menolak, ") and an apposition after it.
_CLAUSE_BEFORE = regex.compile(r"(?:^|[.,;:!?(\n\"\u201c])([^.,;:!?(\n\"\u201c]*)$")
_APPOSED_TO = regex.compile(r"(?:^|[.,;:!?(\n\"\u201c])([^.,;:!?(\n\"\u201c]+),[ \u00a0]*$")
_COMMA_AFTER = regex.compile(r"[ \u00a0]*,")
_ROLE_AFTER = regex.compile(r"[ \u00a0]*,[ \u00a0]+(\p{Ll}[^,.;:!?\n]*)")
# Words before a name that refer back to someone, not a role ("kata", "menurut").
_NOT_ROLE = regex.compile(r"(?i)^(?:kata|ujar|ucap|tutur|imbuh|jelas|tegas|ungkap|terang|sebut|lanjut|tambah|menurut|oleh|bagi|"
                          r"kepada|dengan|dan|atau|bahwa|yakni|yaitu|seperti|termasuk|antara|lain)$")


def _role(plain: str, tokens: list) -> str:
    """The role a full name is introduced with: the words of its clause before it ("Ketua fraksi
    yang menolak", "mantan pejabat kementerian"), or, when that clause ends in a preposition or a
    word of saying, the apposition after it ("mantan direktur PT ..."), lowercased; "" when
    neither (a bare name, "kata Budi.")."""
    m = _CLAUSE_BEFORE.search(plain, max(0, tokens[0].start - 80), tokens[0].start)
    before = m.group(1).split() if m else []
    if before and not _NOT_ROLE.match(before[-1]):
        return " ".join(before).lower()
    # A name between commas after a phrase of two words or more is that phrase's apposition
    # ("Ketua tim peneliti, Emily Coliseum, ..."); one word is a connective ("Namun, ...").
    apposed = _APPOSED_TO.search(plain, max(0, tokens[0].start - 80), tokens[0].start)
    if not before and apposed and _COMMA_AFTER.match(plain, tokens[-1].end):
        phrase = apposed.group(1).split()
        if len(phrase) >= 3 and _NOT_ROLE.match(phrase[0]):
            # "kata ketua asosiasi, Darwin Ginting,": the word of saying opens the clause, the
            # role follows it.
            phrase = phrase[1:]
        if len(phrase) >= 2 and not _NOT_ROLE.match(phrase[0]):
            return " ".join(phrase).lower()
    # After "kepada", "kata" or nothing, the apposition after the name is its role ("kepada
    # Hendra Wijaya, mantan direktur PT ...").
    after = _ROLE_AFTER.match(plain, tokens[-1].end)
    return after.group(1).strip().lower() if after else ""


def _spelt_out(short: frozenset, full: frozenset) -> frozenset:
    """`short` with each word that contracts words of `full` ("mayjen": "mayor jenderal",
    "kombes": "komisaris besar") replaced by them: one rank written two ways."""
    out = set(short)
    for word in short:
        used = _contracts(word, sorted(full - short))
        if used:
            out = (out - {word}) | used
    return frozenset(out)


def _contracts(word: str, full: list[str]) -> set[str]:
    """Two or more words of `full` whose beginnings, joined, make `word` (the words' order is
    not kept in a set of titles)."""
    def split(rest: str, left: list[str]) -> list[str] | None:
        if not rest:
            return []
        for w in left:
            for n in range(min(len(rest), len(w)), 0, -1):
                if w[:n] == rest[:n]:
                    tail = split(rest[n:], [o for o in left if o != w])
                    if tail is not None:
                        return [w, *tail]
        return None

    used = split(word, full)
    return set(used) if used and len(used) >= 2 else set()


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _short_forms_merged(keys: list[tuple], people: dict) -> dict[tuple, list]:
    """The mentions of each name of a group, a short form counted with the one longer name it
    begins ("Nik Azmi" with "Nik Azmi Rahman"); a short form of two names stays apart."""
    merged = {key: list(people[key]) for key in keys}
    for short in keys:
        longer = [key for key in keys if len(key) > len(short) and key[: len(short)] == short]
        if len(longer) == 1:
            merged[longer[0]].extend(merged.pop(short))
    for mentions in merged.values():
        mentions.sort(key=lambda p: p.tokens[0].start)
    return merged


def _finished_otherwise(a: str, b: str) -> bool:
    """Half of the longer word or more, five letters at least, kept at the start and the rest
    written otherwise ("Semikonduktor" / "Semikonindo", "Indonesia" / "Indonstra"); not one
    word inside the other ("Farma" / "Farmasi": another name)."""
    common = _common_start(a, b)
    return common >= 5 and common * 2 >= max(len(a), len(b)) and common < min(len(a), len(b))


def _look_alike(rare: tuple, usual: tuple) -> bool:
    """Each changed word looks like the other: the same first letter and three edits at
    most ("Wiratama" / "Wirawan"), or five letters in common at the start ("Sulistyowati" /
    "Sulistyaningsih"), where "Imperiale" / "Global" is another name altogether."""
    return all(
        a == b or (a[0] == b[0] and (OSA.distance(a, b, score_cutoff=3) <= 3 or _common_start(a, b) >= 5))
        for a, b in zip(rare, usual)
    )


def _other_ending(a: str, b: str) -> bool:
    """The same first half or more (five letters at least) and a different ending of at most
    four letters: "whitman" / "whitmore", not "hartono" / "hartati" (four letters in common),
    "sebagian" / "sebastian" nor "banjar" / "banjarbaru"."""
    common = _common_start(a, b)
    rest = max(len(a), len(b)) - common
    # Both end differently: "Banjarbaru" is "Banjar" and a word more, another place.
    return common >= 5 and common * 2 >= max(len(a), len(b)) and 1 <= rest <= 4 and common < min(len(a), len(b))


def _tail(written: str, parts: int) -> str:
    """The last `parts` words of a written name (words split at spaces and hyphens)."""
    pieces = regex.split(r"([ -])", written)
    return "".join(pieces[max(0, len(pieces) - (2 * parts - 1)) :])



def span_end_char(plain: str, end: int) -> str:
    """The first character after a name other than a space."""
    rest = plain[end : end + 3].lstrip(" \u00a0")
    return rest[:1]


@dataclass
class _Person:
    tokens: list
    bare: bool  # alone, and the subject of its sentence (or after "kata")
    alone: bool = False  # no title or other name in its span, no apposition after it
    titles: frozenset = frozenset()  # title, rank and place words before it in its span, folded


class _NameWords:
    """What misspellings knows about each name word of one article."""

    def __init__(self):
        self.seen: dict[str, list[names.Token]] = defaultdict(list)
        self.entities: dict[str, set] = defaultdict(set)
        self.neighbours: dict[str, set] = defaultdict(set)
        self.namelike: dict[str, bool] = defaultdict(bool)
        self.before: dict[str, set[str]] = defaultdict(set)  # the name words right before each word
        self.after: dict[str, set[str]] = defaultdict(set)  # and right after it
        # Three-word names with one word left out: "andi * sulaiman" -> the words in its place.
        self.frames: dict[tuple, set[str]] = defaultdict(set)
        self.people: dict[tuple, list[_Person]] = defaultdict(list)  # two- and three-word names
        self.sentences: dict[str, set[int]] = defaultdict(set)  # the sentences each word is in
        self.sentence_starts: list[int] = []
        self.plain = ""
        self.places: set[str] = set()  # words of known places and bodies (not people)

    def add(self, token, owner, i: int | None, keys: list[str], in_run: bool) -> None:
        key = token.key
        self.seen[key].append(token)
        self.sentences[key].add(bisect.bisect_right(self.sentence_starts, token.start))
        self.entities[key].add(owner)
        # Words of the same name are near it: a run of capitalised words longer than
        # NEIGHBOURHOOD either side is a headline, not one name (and all of it as
        # neighbours of every word would be quadratic).
        if i is not None:
            self.neighbours[key].update(k for k in keys[max(0, i - NEIGHBOURHOOD) : i + NEIGHBOURHOOD + 1] if k != key)
            if i > 0:
                self.before[key].add(keys[i - 1])
            if i + 1 < len(keys):
                self.after[key].add(keys[i + 1])
        # A lone capitalised word opening a sentence may be any word.
        self.namelike[key] |= token.domain or in_run or not token.initial


CHECK = NameConsistencyCheck
