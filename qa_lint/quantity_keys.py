"""Reading quantities for quantity-consistency: values in digits and words with their
rounding, the cues, days, periods and places around a statement, and figures with a unit
with what names them (the keys: the noun phrase their clause opens with, the counted noun
with its modifier and rate, the moment a count runs since, the verb said of it).

FigureReader is a mixin of the check: the check's set-up (qa_lint/checks/quantity_consistency.py,
from the pack's options) fills in the attributes declared below.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Any

import regex

from .checks.number_format import _readable
from .matching import TermSet
from .quantity_figures import (
    _CLAUSE_END,
    _CLAUSE_MARK,
    _LETTER_WORDS,
    _MARKS,
    _NAME_PATTERN,
    _NEXT_NOUN,
    _NON_DIGITS,
    _NON_SPACE,
    _PER,
    _PLACE_AFTER,
    _SET,
    _TABLE_FIGURE,
    _VERB_AFTER,
    _YEAR,
    APPROXIMATION,
    ROUND_FIGURE,
    TABLE_FIGURES,
    Figure,
    _headline_end,
    _holder,
    _near_words,
    _norm,
)

_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{N}&-]*")


class FigureReader:
    """Reads values, statements' surroundings and figures with their keys (see the module)."""

    # Set up by the check from the pack's options (QuantityConsistencyCheck.__init__).
    env: Any
    decimal: str
    group: str
    numerals: dict[str, float]
    fractions: set[str]
    scales: dict[str, int]
    currencies: dict[str, str]
    bounds: dict[str, str]
    change: TermSet | None
    change_before_number: regex.Pattern | None
    running: TermSet | None
    exclude: TermSet | None
    fronted: regex.Pattern | None
    qualifiers: regex.Pattern | None
    not_qualifiers: regex.Pattern | None
    scope: regex.Pattern | None
    until: regex.Pattern | None
    span_start: regex.Pattern
    dates: regex.Pattern
    day_names: regex.Pattern
    day_words: regex.Pattern | None
    periods: regex.Pattern
    unit_keys: dict[str, str]
    measures: dict[str, tuple[str, float]]
    units: set[str]
    classifiers: set[str]
    classified: dict[str, set[str]]
    context_stops: set[str]
    clause_stops: set[str]
    stem: Callable[[str], str]
    verb: regex.Pattern | None
    general_verbs: set[str]
    nouns: frozenset[str]
    other_words: set[str]
    prepositions: set[str]
    place_after: regex.Pattern | None
    apposition: regex.Pattern | None
    rate: regex.Pattern | None
    rate_words: set[str]
    since: regex.Pattern | None
    other_after: regex.Pattern | None
    measured_before: regex.Pattern | None
    anaphor: regex.Pattern | None
    total_before: regex.Pattern | None
    collective_opening: regex.Pattern | None
    ordinal_before: regex.Pattern | None

    def _unit_key(self, word: str) -> str:
        """A unit's CLDR key ("km", "kilometer": length-kilometer), or the word itself."""
        word = _norm(word)
        return self.unit_keys.get(word, word)

    def _words_value(self, text: str) -> float | None:
        """A number in words: one entry of the numerals file, or entries in falling order
        summed ("seribu lima ratus" = seribu + lima ratus = 1500); else None."""
        whole = self.numerals.get(_norm(text))
        if whole is not None:
            return whole
        words = _norm(text).replace("-", " ").split()
        total, last, k = 0.0, math.inf, 0
        while k < len(words):
            for n in range(len(words) - k, 0, -1):
                value = self.numerals.get(" ".join(words[k:k + n]))
                if value is not None:
                    break
            else:
                return None
            if last != math.inf and (value >= last or last % 10 ** len(str(int(value)))):
                return None  # "lima ratus seribu", "lima dua" are no numbers
            total, last, k = total + value, value, k + n
        return total if words else None

    def _number(self, text: str) -> tuple[float, float] | None:
        """(value, rounding tolerance) of a number in digits or words."""
        word = self._words_value(text)
        if word is not None:
            return float(word), 0.5
        if not _readable(text, self.decimal, self.group):
            return None  # the other convention: number-format's business, and no sure value
        whole, _, fraction = text.replace(self.group, "").partition(self.decimal)
        value = float(f"{whole}.{fraction or 0}")
        if fraction:
            return value, 0.5 * 10 ** -len(fraction)
        zeros = len(whole) - len(whole.rstrip("0"))
        # A round figure (1.200, 5.000) is rounded: it agrees with what rounds to it, within
        # ROUND_FIGURE of itself ("20.000" is 18.000-22.000, not anything from 15.000 to 25.000).
        return value, min(0.5 * 10 ** zeros, ROUND_FIGURE * value) if zeros >= 2 and value else 0.5

    def _value(self, m, open_bounds: bool = True) -> tuple | None:
        groups = m.groupdict()
        if groups.get("score_a") is not None:
            score = tuple(sorted((int(m.group("score_a")), int(m.group("score_b")))))
            if not groups.get("sets"):
                return score
            sets = [tuple(sorted(int(x) for x in pair)) for pair in _SET.findall(m.group("sets"))]
            return (score, *sets)  # each set unordered: the loser's "4-6, 5-7" is the winner's "6-4, 7-5"
        first = self._number(m.group("number"))
        last = self._number(m.group("number2")) if groups.get("number2") else first
        if first is None or last is None:
            return None
        scale = self.scales[_norm(m.group("scale"))] if groups.get("scale") else 1
        low, high = (first[0] - first[1]) * scale, (last[0] + last[1]) * scale
        kind = self.bounds.get(_norm(groups.get("bound")))
        if kind in ("at_least", "more_than") and open_bounds:
            high = math.inf
        elif kind in ("at_most", "less_than"):
            low = 0.0
        elif kind == "about":
            # An approximation already rounds: "sekitar 8.000" is 6.800-9.200, not 8.000's
            # rounding (7.500-8.500) widened again.
            low, high = first[0] * scale * (1 - APPROXIMATION), last[0] * scale * (1 + APPROXIMATION)
        elif kind == "nearly":
            low, high = first[0] * scale * (1 - APPROXIMATION), last[0] * scale
        return (low, high)

    @staticmethod
    def _agree(a: tuple, b: tuple) -> bool:
        if a and isinstance(a[0], tuple) or b and isinstance(b[0], tuple):
            # Sets agree set by set; a score beside a list of sets is not comparable.
            return a == b or not (a and b and isinstance(a[0], tuple) and isinstance(b[0], tuple))
        if len(a) == 2 and isinstance(a[0], int):
            return a == b
        # 1.200 (1,150-1,250) and 1.300 (1,250-1,350) only touch; so do 9,81 and 9,82 once
        # the float noise of 9.81 + 0.005 is allowed for.
        slack = 1e-9 * max(abs(a[0]), abs(b[0]), 1.0)
        return a[0] < b[1] - slack and b[0] < a[1] - slack

    def _times(self, text: str) -> tuple[frozenset, frozenset]:
        """Days (weekdays, dates, day words) and periods (months, years, period words) a sentence names."""
        day = {_norm(m.group()) for m in self.dates.finditer(text)}
        rest = self.dates.sub(lambda m: " " * len(m.group()), text)
        day |= {_norm(m.group()) for m in self.day_names.finditer(rest)}
        if self.day_words:
            day |= {_norm(m.group()) for m in self.day_words.finditer(rest)}
        period = {_norm(m.group()).rstrip(".") for m in self.periods.finditer(rest)}
        return frozenset(day), frozenset(period)

    def _scopes(self, text: str, story: set[str]) -> frozenset:
        if self.scope is None:
            return frozenset()
        return frozenset(s for s in (_norm(m.group("scope")) for m in self.scope.finditer(text)) if s not in story)

    def _qualifiers(self, sentence: str) -> frozenset:
        """The qualifier words of a sentence, but for those inside a phrase that qualifies another noun."""
        if self.qualifiers is None:
            return frozenset()
        if self.not_qualifiers is not None:
            sentence = self.not_qualifiers.sub(lambda m: " " * len(m.group()), sentence)
        return frozenset(_norm(q.group()) for q in self.qualifiers.finditer(sentence))

    def _cued(self, text: str, sentence, end: int | None = None) -> bool:
        """A sentence (up to `end`) that reports a change, a running count or a figure that is not a fact."""
        stop = sentence.end if end is None else end
        return any(cues is not None and cues.search(text, sentence.start, stop)
                   for cues in (self.change, self.running, self.exclude)) or self._counts_until(text, sentence.start, stop)

    def _counts_until(self, text: str, start: int, end: int) -> bool:
        """An until word before a day ("hingga Rabu", "per 20/8"): a count up to then; not the
        end of a span of dates ("18 Desember 2026 hingga 4 Januari 2027"), which is a period."""
        if self.until is None:
            return False
        return any(not self.span_start.search(text, max(start, m.start() - 40), m.start())
                   for m in self.until.finditer(text, start, end))

    def _fronted_end(self, text: str, sentence, start: int, end: int) -> int:
        """The comma that ends the fronted phrase a statement is in ("Dengan hasil 3-3 tersebut,"
        before "Persija naik ke peringkat kelima"; "Arief menambahkan, dengan suku bunga ... 5,5
        persen, BI ..."), or 0: what follows that comma is a consequence, with its own cues and times."""
        if self.fronted is None:
            return 0
        opening = max(sentence.start, text.rfind(",", sentence.start, start) + 1)
        comma = text.find(",", end, sentence.end)
        return comma if comma > 0 and self.fronted.match(text, opening, start) else 0

    def _changed_to(self, text: str, start: int) -> bool:
        """The figure at `start` follows a word that makes it the new value ("menjadi sembilan")."""
        if self.change_before_number is None:
            return False
        return any(start - 4 <= m.end() <= start + 4 for m in self.change_before_number.finditer(text, max(0, start - 60), start + 40))

    def _after_preposition(self, text: str, start: int, at: int) -> bool:
        """A preposition is the word right before `at` (not before `start`)."""
        words = _LETTER_WORDS.findall(text, max(start, at - 20), at)
        return bool(words) and _norm(words[-1]) in self.prepositions and text[at - 1:at].isspace()

    def _figure(self, doc, m, layout, taken: set[int]) -> Figure | None:
        text = doc.plain
        start, end = m.span("quantity")
        if start in taken or m.groupdict().get("number2"):
            return None  # a range is not one written figure
        number = m.group("number")
        digits = _MARKS.sub("", number)
        word = self._words_value(number) if not digits.isdigit() else None
        if not digits.isdigit() and word is not None and float(word).is_integer():
            # A number in words stands for its digits: "empat puluh dua kapal" for 24 swaps them too.
            number = digits = str(int(word))
        fraction = _norm(number) in self.fractions  # "setengah": no digits to swap, but a value
        groups = m.groupdict()
        written = _norm(groups.get("unit"))
        # One digit has none to swap, but a measure ("hingga 4 meter") may be restated.
        measured = digits.isdigit() and self._unit_key(written) in self.measures
        if not (fraction or measured or digits.isdigit() and len(digits) >= 2) or self._value(m) is None:
            return None
        if "currency" in layout.groupindex and not m.group("currency"):
            return None
        i = doc._index(doc.sentences, start)
        if i is None:
            return None
        sentence = doc.sentences[i]
        if len(_TABLE_FIGURE.findall(text, sentence.start, sentence.end)) >= TABLE_FIGURES:
            return None  # a list of prices or results: a slip between its rows is a coincidence
        noun = "" if written in self.context_stops and written not in self.units else written
        noun = self._unit_key(noun)
        currency = self.currencies.get(_norm(groups.get("currency")), "")
        if doc.in_quotation(start, end) and not (currency or noun != written):
            # A count in a speaker's words is their own account ("Saya melihat sembilan orang
            # tewas"); a rate, an amount or a measure quoted is the story's figure restated.
            return None
        counted = written in self.classifiers  # "3.150 jiwa": a count of the noun before it
        if not (noun or currency or groups.get("scale") or counted):
            return None  # a bare number: a year, a day, an ordinal
        per = _PER.match(text[m.end():m.end() + 40])
        if per:
            noun = f"{noun} per {per.group(1).casefold()}"  # a price per kilogram is not one per bunch
        day, period = self._times(text[sentence.start:sentence.end])
        words = self._context(text, sentence.start, sentence.end, min(start, m.start()), m.end())
        if written and written not in self.context_stops:
            words.add(written)  # the counted noun itself ("2,3 juta pemegang polis")
        figure = Figure(start, end if not groups.get("currency") else max(end, m.end("currency")), number,
                        (noun, currency, _norm(groups.get("scale"))), i, words, day, period, counted, self._value(m) or ())
        figure.exact = self._value(m, open_bounds=False) or ()
        figure.classifier = written if counted else ""
        figure.short = not fraction and len(digits) < 2
        figure.bounded = bool(groups.get("bound"))
        if self.bounds.get(_norm(groups.get("bound"))) == "about" and figure.value:
            figure.about = (figure.value[0] + figure.value[1]) / 2
        figure.dimension, figure.factor = self.measures.get(noun, ("", 1.0))
        self._guard(doc, figure, min(start, m.start()), m.end(), m.string)
        return figure

    def _guard(self, doc, figure: Figure, start: int, end: int, view: str | None = None) -> None:
        """Fill in what may make a figure incomparable: its sentence's cues and a count up to a
        moment, and the place, period and qualifiers named in its own clause."""
        text = doc.plain
        sentence = doc.sentences[figure.sentence]
        changed = self._changed_to(text, figure.start)
        # "menjadi 1.200 penerima": the value after a change, what the quantity is from then on.
        # A later plain statement of it must agree; the change's cues say nothing against that.
        figure.result = changed
        figure.held = changed or self._cued(text, sentence)
        figure.running = bool(self.running and self.running.search(text, sentence.start, sentence.end)) \
            or self._counts_until(text, sentence.start, sentence.end)
        figure.cues = frozenset(self.stem(_norm(m.group())) for cues in ((self.exclude,) if changed else (self.change, self.exclude))
                                if cues is not None for m in cues.finditer(text, sentence.start, sentence.end))
        clause_start, clause = self._clause(text, sentence.start, sentence.end, start, end)
        figure.scope = self._scopes(clause, self._story(doc))
        lead = self._lead_places(doc)  # "di Stadion Nasional" cut short of "... Bangkok" is the lead's too
        figure.lead_scope = frozenset(p for p in figure.scope if not any(p in place for place in lead))
        figure.near_period = self._times(clause)[1]
        if self.qualifiers is not None:
            figure.qualifiers = frozenset(_norm(q.group()) for q in self.qualifiers.finditer(clause))
        # A name not at the sentence's start, the last before the figure, says whose figure it is.
        # In a title-case headline (read in lower case: `view`) every word looks like a name,
        # so none is read as one.
        title_case = view is not None and view is not text
        names = [n for n in _NAME_PATTERN.finditer(text, max(clause_start, sentence.start + 1), start)
                 if not self._is_time_word(n.group())] if not title_case else []
        figure.holder = _holder(names[-1].group()) if names else ()
        # A title-case headline's words are read in lower case (the view _read_figures found
        # the figure in): "24 Korban Tewas dalam Banjir Bima" names what it counts as the body does.
        near = _near_words(view or text, sentence.start, sentence.end, start, end)
        figure.rate = bool(self.rate and self.rate.match(text, end, sentence.end))
        figure.phrase = self._pointing(text, figure, sentence)
        if self.measured_before is not None and (thing := self.measured_before.search(text, max(sentence.start, start - 80), start)):
            figure.measured = frozenset(self.stem(w.casefold()) for w in thing.group("thing").split())
        figure.stems = frozenset(self.stem(w) for w in near
                                 if w[0].islower() and len(w) >= 4 and w not in self.context_stops and w != figure.unit[0] and w.casefold() not in self.unit_keys)
        clause_end = clause_start + len(clause)
        figure.clause_change = frozenset(self.stem(_norm(m.group())) for m in self.change.finditer(text, clause_start, clause_end)) \
            if self.change is not None and not changed else frozenset()
        excluded = frozenset(self.stem(_norm(m.group())) for m in self.exclude.finditer(text, clause_start, clause_end)) \
            if self.exclude is not None else frozenset()
        figure.clause_cues = figure.clause_change | excluded
        figure.clause_exclude = bool(excluded)
        following = _NEXT_NOUN.match(text, end, sentence.end)
        figure.modifier = self.stem(following.group(1)) if following and self._content(following.group(1)) else ""
        figure.act = self.stem(following.group(1)) if following and self._is_verb(following.group(1)) else ""
        figure.other = bool(self.other_after and self.other_after.match(text, end, sentence.end))
        figure.predicates = frozenset(self.stem(w) for w in _LETTER_WORDS.findall(clause)
                                      if self._is_verb(w) and w not in self.context_stops)
        figure.names = frozenset(w for n in names for w in _norm(n.group()).split())
        # The names a preposition opens ("ekspor kopi ke Jepang"): where or to whom, not who says it.
        figure.place_names = frozenset(w for n in names if self._after_preposition(text, clause_start, n.start())
                                       for w in _norm(n.group()).split())
        place = self.place_after.match(text, end, clause_start + len(clause)) if self.place_after is not None else None
        figure.names_after = frozenset(_norm(place.group("name")).split()) if place and not title_case else frozenset()
        if not place and not title_case and self.apposition is not None \
                and (apposition := self.apposition.match(text, end, clause_start + len(clause))):
            # Names right after the noun say whose ("pekerja PLTU Cilacap", "pekerja PLTU Rembang").
            figure.names_after = frozenset(w.casefold() for w in _NAME_WORD.findall(apposition.group()))
        figure.keys = self._keys(doc, sentence, figure, start, end, clause_end)

    def _keys(self, doc, sentence, figure: Figure, start: int, end: int, clause_end: int) -> frozenset:
        """What names a figure's quantity beyond shared words, in the same unit:
        ("subject", noun phrase): the noun phrase its clause opens with, the figure at most a
        few words on ("Cadangan devisa pada akhir November tercatat sebesar 152,4 miliar",
        "Dengan cadangan devisa sekitar 125 miliar"); ("rate", modifier, period): the counted
        noun's modifier and its rate, "per" and "setiap" alike ("28.000 kursi tambahan per
        hari", "20.000 kursi tambahan setiap hari"); ("since", moment): where a count runs
        from, years aside ("2.315 kasus ... sejak awal Desember 2026")."""
        if self.verb is None:
            return frozenset()
        text = doc.plain
        keys: set[tuple] = set()
        rate = self.rate.match(text, end, sentence.end) if self.rate is not None else None
        # The rate is part of every key: "per minggu" and "per hari" are two quantities.
        unit = (*figure.unit, rate.group("per").casefold() if rate else "")
        for subject in (self._subject_phrase(text, sentence.start, start), self._phrase_before(text, sentence.start, start)):
            if subject:
                keys.add(("subject", subject, unit))
        modifier = _NEXT_NOUN.match(text, end, sentence.end)
        if rate and figure.unit[0] and modifier and self._content(modifier.group(1)) and modifier.end() < rate.start("per") \
                and _norm(modifier.group(1)) not in self.rate_words:
            keys.add(("rate", unit, self.stem(modifier.group(1))))
        verb = self._verb(text, sentence, start, end, bool(figure.dimension)) if figure.unit[0] and not figure.unit[1] else None
        if verb:
            keys.add(("verb", unit, *verb[:2]))
            figure.agent, figure.part = verb[2], verb[3]
        # A place after it narrows it to a part ("... di lima kabupaten", "... di bantaran sungai"),
        # but in the lead, where the story's figures are its whole ("1.250 rumah di lima kecamatan").
        figure.narrowed = start >= self._lead_end(doc) and bool(_PLACE_AFTER.match(text, end, clause_end))
        if self.since is not None and figure.unit[0]:
            # The moment in the figure's own stretch of the sentence, between commas.
            before = text[sentence.start:start]
            after = _CLAUSE_MARK.search(text, end, sentence.end)
            segment_start = sentence.start + max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1
            for m in self.since.finditer(text, segment_start, after.start() if after else sentence.end):
                moment = tuple(itertools.takewhile(lambda w: w not in self.env.stopwords,
                                                   (w.casefold() for w in _LETTER_WORDS.findall(m.group("phrase"))[:3])))
                if moment:
                    keys.add(("since", unit, moment))
        return frozenset(keys)

    def _verb(self, text: str, sentence, start: int, end: int, measure: bool = False) -> tuple[str, str, str, bool] | None:
        """(stem of the verb said of a counted noun, the noun's modifier), either way round:
        "merendam 1.250 rumah" and "1.500 rumah yang terendam" are the houses flooded;
        "3 tersangka lain" are other suspects ("lain" is kept); after a measure, past its counted
        noun ("4.300 hektare sawah yang terendam"). Verbs that only report or
        reach a figure ("mencatat", "mencapai") say nothing of what is counted."""
        before = _LETTER_WORDS.findall(text, max(sentence.start, start - 30), start)
        after = _VERB_AFTER.match(text, end, sentence.end)
        relative = bool(after) and after.group().split()[0] == "yang"
        if after and not relative and not self._said_of(after.group(1), bare=not measure):
            # A modifier or a measure's counted noun first ("22 kapal perang yang terlibat",
            # "4.300 hektare sawah yang terendam"): the relative clause after it says what is
            # done to the noun, whatever the frame the other figure uses ("melibatkan 18 kapal perang").
            noun = _NEXT_NOUN.match(text, end, sentence.end)
            again = _VERB_AFTER.match(text, noun.end(), sentence.end) if noun else None
            if again and again.group().split()[0] == "yang" and self._said_of(again.group(1)):
                after = again
        elif not after and self.apposition is not None:
            # A name or a place in apposition between the noun and what it does ("1.100 pekerja
            # Pembangkit Listrik Tenaga Uap (PLTU) di Cilacap, Jawa Tengah, mogok kerja").
            apposition = self.apposition.match(text, end, sentence.end)
            after = _VERB_AFTER.match(text, apposition.end(), sentence.end) if apposition else None
            if after and after.group().split()[0] == "yang":
                after = None  # "... PLTU di Cilacap yang ..." says something of the place
        if after and not self._said_of(after.group(1), bare=not measure):
            after = None
        verbs = [w for w in (before[-1:] if before and text[start - 1:start].isspace() else []) if self._is_verb(w)] \
            + ([after.group(1)] if after else [])
        verbs = [w for w in verbs if _norm(w) not in self.general_verbs and _norm(w) not in self.context_stops]
        if not verbs:
            return None
        next_word = _NEXT_NOUN.match(text, end, sentence.end)
        modifier = next_word.group(1) if next_word else ""
        if not modifier or modifier in self.env.stopwords or self._is_verb(modifier) or modifier in self.rate_words \
                or (after and next_word and next_word.start(1) == after.start(1)):
            modifier = ""  # the word after the noun is what is said of it ("1.100 pekerja mogok")
        # Who does it, when the verb comes first: the first word of its stretch of the sentence
        # ("Tim tuan rumah mencetak 21 gol", "Lawannya mencetak 17 gol": two agents).
        agent = ""
        if before and verbs[0] == before[-1]:
            segment = text[sentence.start:start]
            words = _LETTER_WORDS.findall(segment[max(segment.rfind(","), segment.rfind(";")) + 1:])
            agent = self.stem(words[0].casefold()) if len(words) >= 2 else ""
        # "300 rumah yang terendam berada di bantaran sungai" may be some of the houses flooded.
        part = not agent and bool(after) and verbs[0] == after.group(1) and after.group().split()[0] == "yang"
        return self.stem(verbs[0]), modifier, agent, part

    def _is_verb(self, word: str) -> bool:
        return self.verb is not None and bool(self.verb.fullmatch(word))

    def _said_of(self, word: str, bare: bool = True) -> bool:
        """A word that says what a counted noun does or is: a verb by its form ("terlibat"),
        or, with the pack's noun list and `bare`, a word of content that is no noun ("mogok",
        "hilang", "rusak"; "perang" in "18 kapal perang" is a noun, the noun's modifier), nor
        a word that makes another set ("lain")."""
        if self._is_verb(word):
            return True
        return bare and bool(self.nouns) and self._content(word) and word not in self.nouns \
            and word not in self.other_words and word not in self.rate_words and word not in self.general_verbs

    def _content(self, word: str) -> bool:
        """A lower-case word of content: no function word, verb, number or bound."""
        return len(word) >= 3 and word.islower() and word not in self.context_stops and not self._is_verb(word)

    def _phrase_before(self, text: str, sentence_start: int, start: int) -> tuple:
        """Stems of the noun phrase (two words or more) right before a figure, past a word or
        two that only reach it ("dengan catatan waktu 9,82 detik", "nilai ekspor sebesar ...")."""
        before = text[sentence_start:start]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        words = _NON_SPACE.findall(before[cut + 1:])
        if cut < 0 and words and words[0][1:].islower():
            words[0] = words[0].casefold()
        # Past the words that only reach it and a time ("utang pemerintah pada akhir Februari
        # 2026 sebesar Rp 8.500 triliun"): "akhir" opens the month after it.
        popped = ""
        for _ in range(6):
            word = words[-1].strip("(),") if words else ""
            timed = self._is_time_word(word) or bool(_YEAR.fullmatch(word))
            if not word or not (timed or _norm(word) in self.context_stops and not self._content(word)
                                or _norm(word) in self.env.stopwords and popped
                                or self._content(word) and popped and (self._is_time_word(popped) or _YEAR.fullmatch(popped))):
                break
            popped = words.pop().strip("(),")
        # Past a place named between them ("tinggi gelombang di perairan Pangandaran bisa
        # mencapai 6 meter"): the figure's names keep two places apart.
        del words[len(words) - self._place_tail(words):]
        phrase: list[str] = []
        while words and self._content(words[-1]):
            phrase.insert(0, words.pop())
        return tuple(self.stem(w) for w in phrase) if len(phrase) >= 2 else ()

    def _place_tail(self, words: list[str]) -> int:
        """How many of the last words are a phrase of a preposition ending in a name ("di
        perairan Pangandaran", "ke Garut"): a preposition, at most two lower-case words and
        a name of one to four words; 0 if they are not."""
        k = len(words)
        while k > 0 and len(words) - k < 4 and words[k - 1][:1].isupper() and not self._is_time_word(words[k - 1]):
            k -= 1
        if k == len(words):
            return 0
        for lower in range(3):
            at = k - lower - 1
            if at < 0 or (lower and not words[at + 1].islower()):
                return 0
            if _norm(words[at]) in self.prepositions:
                return len(words) - at
        return 0

    def _subject_phrase(self, text: str, sentence_start: int, start: int) -> tuple:
        """Stems of the noun phrase (two words or more) that opens the clause of a figure, when
        at most six words (no other figure but a year) stand between it and the figure; ()."""
        before = text[sentence_start:start]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        words = _NON_SPACE.findall(before[cut + 1:])
        if cut < 0 and words and words[0][1:].islower():
            words[0] = words[0].casefold()  # the sentence's capital is no name
        while words and _norm(words[0]) in self.env.stopwords:
            words.pop(0)
        phrase: list[str] = []
        while len(phrase) < len(words) and self._content(words[len(phrase)]):
            phrase.append(words[len(phrase)])
        rest = words[len(phrase):]
        if len(phrase) < 2 or len(rest) > 6 or any(_NON_DIGITS.sub("", w) and not _YEAR.fullmatch(w.strip("()")) for w in rest):
            return ()
        # A name between them is part of what is named ("suku bunga Deposit Facility ... 5,00
        # persen"), a month or a weekday is not; so is a word of content ("harga emas untuk
        # pembelian kembali" is not "harga emas"), but for one that opens a time ("akhir
        # November") and the verbs ("tercatat", "dijual").
        named = []
        for k, word in enumerate(rest):
            bare = word.strip("(),")
            following = rest[k + 1].strip("(),") if k + 1 < len(rest) else ""
            if bare[:1].isupper() and not self._is_time_word(bare):
                named.append(bare.casefold())
            elif self._content(bare) and not (following and (self._is_time_word(following) or _YEAR.fullmatch(following))):
                named.append(self.stem(bare))
        return tuple(self.stem(w) for w in phrase) + tuple(named)

    def _pointing(self, text: str, figure: Figure, sentence) -> tuple:
        """Stems of the noun phrase of a figure that points back: "6.000 buruh yang mogok itu",
        "seluruh 152 penumpang" (its noun only); () for any other figure."""
        if self.anaphor is None:
            return ()
        if self.ordinal_before is not None and self.ordinal_before.search(text, max(sentence.start, figure.start - 40), figure.start):
            return ()  # "hari ke-18 proyek itu": the project's 18th day, no count of projects
        pointing = self.anaphor.match(text, figure.end, sentence.end)
        if pointing:
            return tuple(self.stem(w) for w in pointing.group("phrase").split())
        # "seluruh 152 penumpang" names a known set; "dengan total sekitar 5,8 juta barel" a sum
        # or an estimate, which points back to nothing.
        if not figure.bounded and (
                (self.total_before is not None and self.total_before.search(text, max(sentence.start, figure.start - 20), figure.start))
                or (self.collective_opening is not None and self.collective_opening.match(text[sentence.start:figure.start]))):
            noun = _NEXT_NOUN.match(text[figure.end:sentence.end])
            return (self.stem(noun.group(1)),) if noun else ()
        return ()

    def _is_time_word(self, word: str) -> bool:
        """A weekday or month name: capitalised, but no holder."""
        return bool(self.day_names.fullmatch(word) or self.periods.fullmatch(word))

    def _story(self, doc) -> set[str]:
        """Places the lead paragraph names: the story's own, they narrow no figure."""
        if self.scope is None or not doc.blocks:
            return set()
        lead = doc.blocks[0]
        return doc.memo(("quantity-story", id(self)), lambda: {
            _norm(m.group("scope")) for m in self.scope.finditer(doc.plain, lead.start, lead.end)})

    def _lead_end(self, doc) -> int:
        """Where the headline (if any) and the first paragraph end."""
        return doc.blocks[min(1 if _headline_end(doc) else 0, len(doc.blocks) - 1)].end if doc.blocks else 0

    def _lead_places(self, doc) -> set[str]:
        """Places the headline and the first paragraph name (_story reads the first block only,
        the headline when there is one): for keyed figures, the story's own too."""
        if self.scope is None or not doc.blocks:
            return set()
        # Block by block: a name at the end of the headline does not run on into the lead.
        blocks = doc.blocks[:min(1 if _headline_end(doc) else 0, len(doc.blocks) - 1) + 1]
        return doc.memo(("quantity-lead-places", id(self)), lambda: {
            _norm(m.group("scope")) for block in blocks for m in self.scope.finditer(doc.plain, block.start, block.end)})

    def _clause(self, text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> tuple[int, str]:
        """The words a figure is said with: up to twelve words before it, and after it up to
        clause punctuation or a clause stop ("dan", "sedangkan"), at most eight words."""
        before = list(_NON_SPACE.finditer(text[sentence_start:start]))[-12:]
        begin = sentence_start + before[0].start() if before else start
        stop = end
        for k, word in enumerate(_NON_SPACE.finditer(text[end:sentence_end])):
            bare = _norm(word.group().strip(",;:()\"“”"))
            if k >= 8 or bare in self.clause_stops:
                break
            stop = end + word.end()
            if _CLAUSE_END.search(word.group()):
                break
        return begin, text[begin:stop]

    def _context(self, text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> set[str]:
        """Content words near a figure: up to twelve words before it and eight after, in its sentence."""
        near = _near_words(text, sentence_start, sentence_end, start, end)
        return {w for w in (_norm(w) for w in near) if len(w) >= 4 and w not in self.context_stops}
