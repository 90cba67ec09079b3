"""pair-entities: people, places, organisations and outlets of the source must be in
the translation, in an accepted rendering, and the translation must not bring names
the source does not have.

    entities_file: data/entities.yaml        # the pair's own name renderings
    gazetteers: [../id/data/places.yaml]     # entity files whose spellings are equivalent
    source_stopwords: ../en/language.yaml    # function words that open source sentences
    report: [different]                      # which findings this rule gives:
        different  a source name rendered as a different, similar-looking name
                   ("Andari" -> "Andriy"): compared fuzzily (rapidfuzz), per word
        missing    a source name found nowhere in the translation
        added      a name in the translation found nowhere in the source
        place      a place of the source sentence replaced by another place the story names
                   elsewhere ("in Nairobi" -> "di Mombasa"): neither is missing nor added
    similar: 70                              # rapidfuzz ratio from which two words look alike
    same: 88                                 # ... and from which they are one name's spellings
    exempt: [../common/data/outlets.yaml]    # names never reported (outlets of datelines, credits)
    target_not_names: [Menlu, Kapolri]       # abbreviated office titles of the target: no names

Accepted renderings come from NameRenderer (qa_lint/entities.py): CLDR country
and language names of both locales, the dictionary's proper nouns, the pair's
entries and the gazetteers; and a name is its own rendering. Capitalised words
that are ordinary words (a title such as "President"/"Presiden", a word that
opens a sentence) are not names; nor are CLDR time zones ("WIT") and month
abbreviations ("Sept.").

A free translation writes names its own way, and these still count as rendered:
a long form defined with its short form ("Badan Gizi Nasional (BGN)", on either
side: the pair is one name, the short form used later inherits it); a name
translated word by word, loanwords in the target's spelling ("Transition" ->
"Transisi", data: ``loan_spelling``), a common word left out but no place; a
capitalised run that translates a source name ("Piala Dunia" for "World Cup");
an Indonesian acronym no gazetteer knows ("PLTU") when no source name went missing
beside it; a known name whose English name the source has ("DPR", "parliament").
Placeholders: {name} (the source name), {match} (the target text).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import regex
from rapidfuzz import fuzz

from ... import yamlmarks
from ...dictionary import Words
from ...entities import Definition, LoanSpelling, NameRenderer, contains, definitions, initials, is_acronym, time_zone_words
from ...names import fold, lowercase_words, name_spans, read_gazetteer_file, word_list
from ...span import Span
from . import LEXICON_OPTIONS, PairCheck

if TYPE_CHECKING:
    from ...quantities import QuantityReader

# A source sentence that refers back to something named before: a name moved into it may be that.
_ANAPHOR = regex.compile(r"\b(?:it|its|they|their|them|he|his|she|her|this|that|these|those|the (?:\p{L}+ )?(?:ministry|agency|company|firm|group|government|bank|court|police|authority|authorities|office|department|board|council|commission|regulator|union|party|club))\b")
_AFTER_WORD = regex.compile(r"\p{Ll}+\s+$")
_POSSESSIVE = regex.compile(r"['’]s\b")  # "Indonesia's": the country as a qualifier
# A capitalised title of the source: capitalised words joined by spaces or by "and", "of", "for", "&".
_TITLE_RUN = regex.compile(r"\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?\p{Lu}[\p{L}'’-]*)+")

TYPE = "pair-entities"
PAIR = True
PROPERTIES = {
    "entities_file": {"type": "string", "minLength": 1},
    "numbers_file": {"type": "string", "minLength": 1},   # units read after a number are no names ("2,900 MW")
    "gazetteers": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "exempt": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "source_stopwords": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "skip_units": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "not_names": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "target_not_names": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "target_words": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "places": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "report": {"type": "array", "items": {"enum": ["different", "missing", "added", "moved", "outlet", "place"]}, "minItems": 1},
    "similar": {"type": "number", "minimum": 50, "maximum": 100},
    "same": {"type": "number", "minimum": 50, "maximum": 100},
    **LEXICON_OPTIONS,
}
REQUIRED = ["report"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "kind", "name"}
REGEX_KEYS = ("skip_units",)


# A minister's title right before a name: "Menteri Ketenagakerjaan" heads the known
# "Kementerian Ketenagakerjaan", so the ministry's English names account for it.
_MINISTER_BEFORE = regex.compile(r"(?<![\p{L}])Menteri\s+$")


# "Manpower Minister", "Minister of Manpower", "the energy minister": the source names the
# minister by the ministry's name.
_MINISTER_AFTER = regex.compile(r"\s+minister\b", regex.I)
_MINISTER_OF = regex.compile(r"\bminister\s+(?:of|for)\s+(?:the\s+)?$", regex.I)


# A clock time and "in" before a place ("3 p.m. in Jakarta", "0900 GMT, or 4 p.m. in"), or
# "time" after it ("Jakarta time"): the place names a time zone.
_CLOCK_IN = regex.compile(r"\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC)?(?:\s+local\s+time)?\s+in\s+$", regex.I)
_ZONE_AFTER = regex.compile(r"\s+time\b", regex.I)


def _office_renderings(renderings: set[str], source: str, name) -> set[str]:
    """The renderings of a ministry's name with its minister's title as well ("Menteri
    Ketenagakerjaan" beside "Kementerian Ketenagakerjaan") when the source names the
    minister by it ("Manpower Minister"): the minister is named, not the ministry."""
    if not (_MINISTER_AFTER.match(source, name.end) or _MINISTER_OF.search(source[max(0, name.start - 30) : name.start])):
        return renderings
    return renderings | {"menteri " + r[len("kementerian "):] for r in renderings if r.startswith("kementerian ")}


def _named_in_english(t, target: str, source_fold: str, renderer) -> bool:
    """A known institution the source names by one of its English names ("parliament" for
    "DPR"), or, after "Menteri", the known ministry it heads ("Menteri Ketenagakerjaan"
    for "the manpower minister": "Kementerian Ketenagakerjaan" is "Manpower Ministry")."""
    keys = [t.key]
    if _MINISTER_BEFORE.search(target[max(0, t.start - 12) : t.start]):
        keys.append(f"kementerian {t.key}")
    return any(contains(source_fold, english) for key in keys for english in renderer.sources_of.get(key, ()))


@dataclass
class Name:
    start: int
    end: int
    text: str
    key: str
    known: bool  # a known entity (has renderings), not just capitalised words
    definition: Definition | None = None  # the Definition this name is the long or short form of ("Badan Gizi Nasional (BGN)")


class EntitiesCheck(PairCheck):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.report = set(o["report"])
        self.similar = o.get("similar", 70)
        self.same = o.get("same", 88)
        data = self.data(o["entities_file"]) if o.get("entities_file") else {}
        entries = list(data.get("entries", []))
        self.loans = LoanSpelling(data.get("loan_spelling"))
        self.other_locales = [str(code) for code in data.get("country_names_in", [])]
        self.romanised = {str(code): regex.compile(p) for code, p in (data.get("romanised_words") or {}).items()}
        self._story_countries: tuple[object, set[str]] | None = None  # (source document, its countries)
        connectors = data.get("name_connectors") or {}
        self.source_connectors = {fold(w) for w in connectors.get(rule.source_language or "en", [])}
        self.target_connectors = {fold(w) for w in connectors.get(rule.language, [])}
        for path in o.get("gazetteers", []):
            for name, variants, _kind in read_gazetteer_file(str(env.resolve(path)), "place"):
                entries.append({"en": [name, *variants], "id": [name, *variants], "variants_of_one": True})
        self.entries = entries
        self.exempt: set[str] = set()
        for path in o.get("exempt", []):
            for name, variants, _kind in read_gazetteer_file(str(env.resolve(path)), "outlet"):
                self.exempt |= {fold(name), *(fold(v) for v in variants)}
        self.source_stopwords = set()
        self.titles: set[str] = set()
        for stop in o.get("source_stopwords", []):
            data = yamlmarks.safe_load(Path(env.resolve(stop)).read_text(encoding="utf-8"), cache=True) or {}
            self.source_stopwords |= {fold(w) for w in data.get("stopwords", [])}
            # Abbreviated titles ("Mrs.", "Dr."): the dictionary lists "Mrs" as a capitalised
            # headword, but its rendering "Ibu" is no name ("Ibu Kota").
            self.titles |= {fold(w).rstrip(".") for w in data.get("abbreviations", [])}
        self.target_word_files = [env.resolve(path) for path in o.get("target_words", [])]
        self.place_files = tuple(str(env.resolve(path)) for path in o.get("places", []))
        self._target_words: set[str] | None = None
        self.skip_units = [regex.compile(p) for p in o.get("skip_units", [])]
        self.source_stopwords |= {fold(w) for w in o.get("not_names", [])}
        # Abbreviated office titles of the target language ("Menlu", "Kapolri"): capitalised, no names.
        self.target_not_names = {fold(w) for w in o.get("target_not_names", [])}
        self._renderer = None
        self.numbers_spec = self.data(o["numbers_file"]) if o.get("numbers_file") else None
        # The target language's time zone abbreviations (CLDR metazones: "WIB", "WITA", "WIT").
        zones = sorted((z.upper() for z in time_zone_words(rule.language or "id")), key=len, reverse=True)
        self.time_zones = regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(map(regex.escape, zones))})(?![\p{{L}}])") if zones else None
        self._quantity_readers: dict[str, "QuantityReader"] = {}

    def unit_words(self, doc, locale: str) -> set[str]:
        """The words of the units a text writes after its numbers ("MW" in "2,900 MW", "Celsius"
        in "300 derajat Celsius"): capitalised, but symbols of a quantity, not names. Read by
        the numbers file's quantity reader (CLDR unit names and symbols), where they follow a
        number only, so "Mile" or "Pound" elsewhere stays a name."""
        if self.numbers_spec is None:
            return set()
        from ...quantities import QuantityReader

        if locale not in self._quantity_readers:
            self._quantity_readers[locale] = QuantityReader(locale, self.numbers_spec)
        reader = self._quantity_readers[locale]
        words: set[str] = set()
        for q in reader.read(doc.plain):
            if q.kind == "number" and q.unit:
                words |= {fold(w) for w in regex.findall(r"\p{L}+", q.text)}
        return words

    def target_words(self) -> set[str]:
        """Known words of the target language (root word lists, one per line)."""
        if self._target_words is None:
            # word_list: read and folded once per process (and kept in the parse cache),
            # not once per rule: the bundled pair rules share one 30,000-word list.
            words: set[str] = set()
            for path in self.target_word_files:
                words |= word_list(str(path))
            self._target_words = words
        return self._target_words

    def is_target_word(self, key: str, lexicon) -> bool:
        """A word of the target language's word lists, or an affixed form of one
        ("Tewaskan" -> tewas, "Pererat" -> erat; short stems are too easily made up)."""
        words = self.target_words()
        if not words:
            return False
        parts = key.split("-")
        return all(any(f in words and (f == part or len(f) >= 4) for f in lexicon.target_morphology.forms(part)) for part in parts if part)

    def place_countries(self, doc, span: Span) -> set[str]:
        """Countries (ISO codes) that the capitalised words of a span name as a place: a
        country, or a region or city of one ("Dublin" -> IE, "Jakarta" -> ID)."""
        if not self.place_files:
            return set()
        from ...geodata import countries_of, places

        data = places(self.place_files)
        found: set[str] = set()
        for ns in name_spans(doc):
            tokens = [t for t in ns.tokens if span.start <= t.start and t.end <= span.end and not t.particle]
            keys = {t.key for t in tokens} | {t.key.split("-")[0] for t in tokens}  # "Dublin-based"
            keys |= {f"{a.key} {b.key}" for a, b in zip(tokens, tokens[1:])}
            for key in keys:
                found |= countries_of(data.get(key))
        return found

    def country_of(self, key: str, renderer) -> str | None:
        """The ISO code of a country name or demonym of either language ("Irlandia", "Irish")."""
        for name in renderer.renderings(key) | renderer.sources_of.get(key, set()) | {key}:
            code = renderer.english_territories.get(name)
            if code:
                return code
        return None

    def renderer(self, pair) -> NameRenderer:
        if self._renderer is None:
            self._renderer = NameRenderer(self.lexicon(), pair.source.language or "en", self.env.locale or pair.target.language, self.entries,
                                          tuple(self.other_locales))
        return self._renderer

    # -- names of one side -----------------------------------------------------------
    def names(self, doc, span: Span, known, ordinary) -> list[Name]:
        """Names in a span: known entities matched longest first, then runs of
        capitalised words that are not ordinary words."""
        found: list[Name] = []
        for ns in name_spans(doc):
            tokens = [t for t in ns.tokens if span.start <= t.start and t.end <= span.end]
            if not tokens:
                continue
            owner = [False] * len(tokens)
            for size in range(min(len(tokens), 5), 0, -1):
                for i in range(len(tokens) - size + 1):
                    if any(owner[i : i + size]):
                        continue
                    key = " ".join(t.key for t in tokens[i : i + size])
                    if known(key):
                        owner[i : i + size] = [True] * size
                        found.append(Name(tokens[i].start, tokens[i + size - 1].end, doc.text[tokens[i].start : tokens[i + size - 1].end], key, True))
            run: list = []
            for token, taken in zip(tokens + [None], owner + [True]):
                if token is not None and not taken and not token.particle and not ordinary(token) and not _currency_prefix(doc, token):
                    run.append(token)
                    continue
                if run:
                    found.append(Name(run[0].start, run[-1].end, doc.text[run[0].start : run[-1].end], " ".join(t.key for t in run), False))
                    run = []
        return sorted(found, key=lambda n: n.start)

    def run_pair(self, pair):
        view = _PairView(self, pair)
        for unit in pair.units:
            if unit.source is None or unit.target is None:
                continue
            if any(p.search(pair.target.plain[unit.target.start : unit.target.end]) for p in self.skip_units):
                continue
            yield from self._unit_findings(view, unit)

    def _unit_findings(self, view: "_PairView", unit):
        pair, renderer = view.pair, view.renderer
        s_names = self._with_definitions(self.names(pair.source, unit.source, view.source_known, view.source_ordinary), view.s_defs, pair.source.plain)
        t_names = [t for t in self.names(pair.target, unit.target, lambda k: k in view.all_renderings, view.target_ordinary)
                   if t.key not in view.target_stop and not regex.search(r"\d", t.key)]  # "November", "Rp15"
        t_names = self._with_definitions(t_names, view.t_defs, pair.target.plain)
        unit_fold = fold(pair.target.plain[unit.target.start : unit.target.end])
        src_unit_fold = fold(pair.source.plain[unit.source.start : unit.source.end])
        unit_words = regex.findall(r"[\p{L}\p{N}]+", unit_fold)
        # Web addresses are outlets (datelines, credits), not names the source must have.
        unmatched_targets = [t for t in t_names if t.key not in self.exempt and "." not in t.key and t.key not in view.source_renderings]
        missing_here: list[Name] = []
        if "outlet" in self.report:
            yield from self._outlet_swapped(pair, unit, s_names, t_names, unit_fold, src_unit_fold)
        for s in s_names:
            if s.key in self.exempt or s.key in view.source_stop:
                continue
            if s.definition is not None and contains(unit_fold, s.definition.key):
                continue  # "Just Energy Transition Partnership (JETP)" -> "... (JETP)"
            yield from self._source_name_findings(view, unit, s, unit_fold, unit_words, unmatched_targets, missing_here)
        if "moved" in self.report:
            yield from self._moved(view, unit, t_names, src_unit_fold)
        if "place" in self.report:
            yield from self._place_swapped(view, unit, s_names, t_names, unit_fold, src_unit_fold)
        if "added" in self.report:
            for t in [t for t in unmatched_targets if not t.known or t.key not in src_unit_fold]:
                if self._accounted_for(t, pair, unit, view.source_fold, view.source_words, view.lexicon, renderer,
                                       view.definition_explained, missing_here):
                    continue
                yield self.pair_finding(pair, t.start, t.end, unit.source, kind="added", name=t.text)

    def _outlet_swapped(self, pair, unit, s_names: list[Name], t_names: list[Name], unit_fold: str, src_unit_fold: str):
        """An outlet the source sentence names ("polled by Reuters") replaced by another one
        the source sentence does not name ("disurvei Bloomberg"). Outlets are exempt from the
        name comparison because datelines and credits come and go; two different outlets
        in one sentence pair are a swap."""
        gone = [s for s in s_names if s.key in self.exempt and not contains(unit_fold, s.key) and _in_prose(pair.source.plain, s.start)]
        if not gone:
            return
        for t in t_names:
            if t.key in self.exempt and not contains(src_unit_fold, t.key) and _in_prose(pair.target.plain, t.start):
                yield self.pair_finding(pair, t.start, t.end, Span(gone[0].start, gone[0].end),
                                        kind="outlet", name=gone[0].text, suggestions=[gone[0].text])
                return

    def _moved(self, view: "_PairView", unit, t_names: list[Name], src_unit_fold: str):
        """A name the source gives only in another sentence, put into this one: the
        sentence names it, refers to it ("it", "the ministry") or says something close to
        one of its words, or the translation moved a statement to it ("company spokesperson
        X" -> "juru bicara Kementerian Ketenagakerjaan, X")."""
        pair, lexicon = view.pair, view.lexicon
        if _ANAPHOR.search(src_unit_fold):
            return
        unit_words = self._source_forms(src_unit_fold, lexicon)
        for t in t_names:
            words = [w for w in t.key.split() if w not in self.target_connectors]
            if len(words) < 2 or contains(src_unit_fold, t.key):
                continue
            elsewhere = t.key in view.source_renderings or self._explained(t, view.source_words, lexicon)
            if not elsewhere or any(contains(src_unit_fold, e) for e in view.renderer.sources_of.get(t.key, ())):
                continue
            if any(self._refers(w, unit_words, lexicon) for w in words):
                continue
            yield self.pair_finding(pair, t.start, t.end, unit.source, kind="moved", name=t.text)

    def _is_town(self, key: str, renderer) -> bool:
        """A place below a country (a city, a region): the gazetteers know it, CLDR has no country of that name."""
        if not self.place_files or self.country_of(key, renderer) is not None:
            return False
        from ...geodata import countries_of, places

        return bool(countries_of(places(self.place_files).get(key)))

    def _place_swapped(self, view: "_PairView", unit, s_names: list[Name], t_names: list[Name], unit_fold: str, src_unit_fold: str):
        """A place of the source sentence that its translation does not name, where the
        translation names another place that the source names only in other sentences."""
        renderer = view.renderer
        gone = [s for s in s_names if self._is_town(s.key, renderer)
                and not any(contains(unit_fold, r) for r in renderer.renderings(s.text)) and not self._spelled_alike(s, unit_fold)]
        if not gone:
            return
        for t in t_names:
            if (self._is_town(t.key, renderer) and t.key in view.source_renderings and not contains(src_unit_fold, t.key)
                    and not any(contains(src_unit_fold, e) for e in renderer.sources_of.get(t.key, ()))):
                yield self.pair_finding(view.pair, t.start, t.end, Span(gone[0].start, gone[0].end),
                                        kind="place", name=gone[0].text, suggestions=[gone[0].text])
                return

    def _refers(self, word: str, unit_words: set[str], lexicon) -> bool:
        """A target word spells or renders a word of the source sentence, or one close to it."""
        if self._word_explained(word, unit_words, lexicon):
            return True
        return any(lexicon.close(h) & unit_words for h in lexicon.headwords(word))

    def _source_name_findings(self, view: "_PairView", unit, s: Name, unit_fold: str, unit_words: list[str],
                              unmatched_targets: list[Name], missing_here: list[Name]):
        """A source name rendered as a look-alike, or missing; a target name that accounts
        for it is taken off unmatched_targets, a missing one goes on missing_here."""
        pair, renderer, lexicon = view.pair, view.renderer, view.lexicon
        renderings = _office_renderings(renderer.renderings(s.text), pair.source.plain, s)
        if any(contains(unit_fold, r) for r in renderings) or self._spelled_alike(s, unit_fold):
            return
        if self._word_by_word(s, unit_words, renderer, renderer.known(s.key)):
            return  # "World Bank" -> "Bank Dunia"
        lookalike = self._lookalike(s, unmatched_targets)
        if lookalike is not None:
            unmatched_targets.remove(lookalike)
            if "different" in self.report:
                yield self.pair_finding(pair, lookalike.start, lookalike.end, Span(s.start, s.end),
                                        kind="different", name=s.text, suggestions=[s.text])
            return
        # Two names with short forms of their own are two names, whatever words they share
        # ("Center of Economic and Law Studies (CELIOS)", "Institute for ... Economics ... (INDEF)").
        partner = next((t for t in unmatched_targets if self._shares_word(s, t, lexicon)
                        and not (s.definition and t.definition and s.definition.key != t.definition.key)), None)
        if partner is not None:
            unmatched_targets.remove(partner)  # "Statistics Indonesia" / "Badan Pusat Statistik"
            return
        if any(contains(view.target_fold, r) for r in renderings) or self._spelled_alike(s, view.target_fold):
            return
        if self._implied_demonym(s, renderer, pair):
            return  # "the Indonesian capital" -> "Ibu Kota", in a story about Jakarta
        if self._as_acronym(s, pair, unit_words):
            return  # "Bank Rakyat Indonesia" -> "BRI"
        if self._as_known_acronym(s, unit_words, view.source_words, lexicon):
            return  # "the Meteorology, Climatology and Geophysics Agency" -> "BMKG"
        if self._in_translated_title(s, pair, unit, view):
            return  # "Board" of "Natural Resources and Environment Board" -> "Lembaga Sumber Daya Alam dan Lingkungan"
        if self._in_known_phrase(s, pair, unit, unit_fold, renderer):
            return  # "Indonesian" of "the Indonesian military" -> "TNI"
        if self._as_time_zone(s, pair, unit):
            return  # "2 p.m. in Jakarta" -> "pukul 14.00 WIB"
        missing_here.append(s)
        if "missing" in self.report:
            yield self.pair_finding(pair, unit.target.start, unit.target.end, Span(s.start, s.end), kind="missing", name=s.text)

    def _accounted_for(self, t, pair, unit, source_fold, source_words, lexicon, renderer, definition_explained, missing_here) -> bool:
        """Whether a target name the source does not spell out is still explained by it."""
        words = t.key.split()
        if len(t.key) <= 2 or (t.known and self._explained(t, source_words, lexicon)):
            return True  # "AS" of "dolar AS"; "Bank Dunia" for "World Bank"
        if t.definition is not None and definition_explained(t.definition):
            return True  # "Badan Gizi Nasional (BGN)" for "National Nutrition Agency", "BGN" later
        if _named_in_english(t, pair.target.plain, source_fold, renderer):
            return True  # a known institution named in the source in English ("parliament" -> "DPR")
        if t.definition is not None and any(contains(source_fold, english) for english in renderer.sources_of.get(t.definition.key, ())):
            # A long form written out with its acronym: the acronym's English names count
            # ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" for "the weather agency").
            return True
        if not t.known and all(self._word_explained(w, self._source_forms(fold(pair.source.plain[unit.source.start : unit.source.end]), lexicon), lexicon)
                               for w in words):
            return True  # "Kepala Riset" for "head of research": a title capitalised, its words the source's
        if is_acronym(t.text) and t.key in self._source_initials(pair.source, unit.source):
            return True  # "BRI" for "Bank Rakyat Indonesia": the initials of a name of the source sentence
        if t.definition is None and not t.known and is_acronym(t.text) and not missing_here:
            # An unknown acronym of the target language ("PLTU", "KTT") names what the source
            # describes in words, unless it stands where a source name went missing.
            return True
        if len(words) > 1 and self._renders_capitalised(t, pair.source, unit.source, lexicon):
            return True  # "Badan Pusat Statistik" for "Statistics Indonesia"
        if len(words) == 1 and self._in_translated_name(self._capitalised_run(pair.target, t), pair.source, unit.source, lexicon, source_fold):
            return True  # "Piala" of "Piala Dunia" for "World Cup"
        if len(words) == 1 and "-" in t.key and all(self._part_accounted(part, pair, source_fold, source_words, lexicon) for part in t.key.split("-")):
            return True  # "BI-Rate": "BI" is Bank Indonesia, "rate" is in the source
        head, _, rest = t.text.partition("-")
        if len(words) == 1 and rest and head.islower() and fold(head) in {a for a, _ in lexicon.target_morphology.prefixes}:
            # "nyamuk ber-Wolbachia" for "Wolbachia-infected mosquitoes": a prefix of the
            # language on a name is the name.
            return self._accounted_for(replace(t, text=rest, key=fold(rest), start=t.end - len(rest)), pair, unit, source_fold,
                                       source_words, lexicon, renderer, definition_explained, missing_here)
        code = self.country_of(t.key, renderer) if len(words) <= 2 else None
        if code is not None and code in self.place_countries(pair.source, unit.source):
            return True  # "Dublin, Irlandia" for "in Dublin": the country of a place the source names
        if code is not None and _currency_of(code, pair, t.start, unit.source):
            return True  # "325 miliar dolar Taiwan" for "T$325 billion"
        source_tokens = set(regex.findall(r"[\p{L}\p{N}]+", source_fold))
        in_source = all(contains(source_fold, w) or any(fuzz.ratio(w, x) >= self.same or self.loans.cognate(x, w) for x in source_tokens)
                        for w in words)  # "Pasifik" for "Pacific"
        if in_source or contains(fold(pair.source.plain[unit.source.start : unit.source.end]), t.key):
            return True
        return len(words) == 1 and not missing_here and self._romanised_word(t.key, pair)

    def _in_translated_title(self, name: Name, pair, unit, view: "_PairView") -> bool:
        """A name of plain English words ("Board", "Economic Affairs") inside a longer
        capitalised title of the source whose other words the translation renders, at
        least two of them and one by the dictionary ("Natural Resources and Environment
        Board" -> "Lembaga Sumber Daya Alam dan Lingkungan"): the title was translated,
        its head by a word the dictionary does not give. A proper name ("Perry Warjiyo",
        "Reuters") or a word the dictionary renders ("Eastern") is never excused so."""
        renderer, lexicon = view.renderer, view.lexicon
        words = [w for w in regex.findall(r"\p{L}+", name.key) if w not in self.source_connectors]
        if not words or renderer.known(name.key) or not all(w in lexicon.similar or lexicon.lookup(w) for w in words):
            return False
        if any(renderer.is_name(w) or lexicon.renderings(w) for w in words):
            return False  # a word the dictionary renders can be checked: "Eastern" is not "Selatan"
        title = next((m for m in _TITLE_RUN.finditer(pair.source.plain, unit.source.start, unit.source.end)
                      if m.start() <= name.start and name.end <= m.end()), None)
        if title is None:
            return False
        target = Words(pair.target.plain[unit.target.start : unit.target.end], lexicon.target_morphology)
        others = [fold(w) for w in regex.findall(r"\p{L}+", pair.source.plain[title.start() : name.start] + " " + pair.source.plain[name.end : title.end()])]
        others = [w for w in others if len(w) > 2 and w not in self.source_connectors and w not in words]
        translated = sum(1 for w in others if any(target.has(r) for r in lexicon.renderings(w)))
        kept = sum(1 for w in others if contains(view.target_fold, w))
        return translated >= 1 and translated + kept >= 2

    def _romanised_word(self, key: str, pair) -> bool:
        """A word of the language of a country the source names, kept by the translation
        ("Shinkansen" for "bullet train" in a story set in Japan)."""
        if len(key) < 6 or not any(p.fullmatch(key) for p in self.romanised.values()):
            return False
        if self._story_countries is None or self._story_countries[0] is not pair.source:
            self._story_countries = (pair.source, self.place_countries(pair.source, Span(0, len(pair.source.plain))))
        return any(code in self._story_countries[1] and p.fullmatch(key) for code, p in self.romanised.items())

    def _part_accounted(self, part: str, pair, source_fold: str, source_words: set[str], lexicon) -> bool:
        """A part of a hyphenated target name: in the source, a word that renders a source
        word, or a short form the translation defines with a long form the source has."""
        if not part or contains(source_fold, part) or self._word_explained(part, source_words, lexicon):
            return True
        defs = definitions(pair.target.plain, self.target_connectors | self.source_connectors)
        return any(d.key == part and contains(source_fold, fold(" ".join(d.words))) for d in defs)

    def _implied_demonym(self, name: Name, renderer, pair) -> bool:
        """A demonym of the source ("Indonesian", "Irish") or a country in the possessive
        ("Indonesia's Central Java", "Ireland's data regulator") describes where something
        is; the translation that names a place of that country ("Jawa Tengah", "Dublin")
        keeps it. A country named otherwise ("talks with Indonesia") must be there."""
        possessive = _POSSESSIVE.match(pair.source.plain, name.end) is not None
        code = None if renderer.english_territories.get(name.key) and not possessive else self.country_of(name.key, renderer)
        if code is None or " " in name.key:
            return False
        return code in self.place_countries(pair.target, Span(0, len(pair.target.plain)))

    @staticmethod
    def _with_definitions(names: list[Name], defs, text: str) -> list[Name]:
        """Names inside a defined long form become that one long form; a name that is a
        defined short form carries its definition."""
        out: list[Name] = []
        added: set[int] = set()
        for n in names:
            d = next((d for d in defs if d.start <= n.start and n.end <= d.end), None)
            if d is not None:
                if id(d) not in added:
                    added.add(id(d))
                    out.append(Name(d.start, d.end, text[d.start : d.end], fold(" ".join(d.words)), False, d))
                continue
            short = next((d for d in defs if d.key == n.key), None)
            if short is not None:
                n.definition = short
            out.append(n)
        return sorted(out, key=lambda n: n.start)

    def _source_initials(self, doc, span: Span) -> set[str]:
        """Initials of the runs of two or more capitalised words of a source span, with and
        without their connectors ("Bank of Japan": boj, bj): the acronyms a translation
        may write for them."""
        found: set[str] = set()
        for ns in name_spans(doc):
            words = [t.key for t in ns.tokens if span.start <= t.start < span.end and not t.particle]
            for i in range(len(words)):
                for j in range(i + 2, len(words) + 1):
                    run = words[i:j]
                    found.add(initials(run))
                    found.add(initials([w for w in run if w not in self.source_connectors]))
        return {f for f in found if len(f) >= 2}

    @staticmethod
    def _in_known_phrase(s: Name, pair, unit, unit_fold: str, renderer) -> bool:
        """The name is a word of a longer phrase of the source sentence that the pair's entities
        know, and the target sentence has a rendering of the whole phrase ("Indonesian military"
        -> "TNI", "Ministry of Environment and Forestry" -> "KLHK"): the name is rendered with it."""
        source_fold = fold(pair.source.plain[unit.source.start : unit.source.end])
        for key, renderings in renderer.table.items():
            if " " in key and key != s.key and contains(key, s.key) and contains(source_fold, key) and any(contains(unit_fold, r) for r in renderings):
                return True
        return False

    def _as_time_zone(self, s: Name, pair, unit) -> bool:
        """The place only says whose clock a time is on ("2 p.m. in Jakarta", "8 a.m. Jakarta
        time"), and the target sentence gives the time in a zone of the target language's
        ("pukul 14.00 WIB"): the zone names the place's clock. A place named otherwise in the
        sentence ("a rally in Jakarta at 2 p.m.") is not a clock's."""
        if self.time_zones is None or not self.time_zones.search(pair.target.plain, unit.target.start, unit.target.end):
            return False
        text = pair.source.plain
        return bool(_CLOCK_IN.search(text[max(unit.source.start, s.start - 40) : s.start]) or _ZONE_AFTER.match(text, s.end))

    def _as_acronym(self, s: Name, pair, unit_words: list[str]) -> bool:
        """A source name of two or more words that the target sentence writes as its
        initials ("Bank Rakyat Indonesia" -> "BRI"; "Rakyat" alone is the word left)."""
        run = self._capitalised_run(pair.source, s)
        words = run.key.split()
        if len(words) < 2:
            return False
        options = {initials(words), initials([w for w in words if w not in self.source_connectors])}
        return any(len(o) >= 2 and o in unit_words for o in options)

    def _as_known_acronym(self, s: Name, unit_words: list[str], source_words: set[str], lexicon) -> bool:
        """A source name that the target sentence writes as an acronym of the gazetteers
        whose long form translates it: a word of the long form renders the name, and most
        of its content words (two at least) render words of the source ("BMKG" is "Badan
        Meteorologi, Klimatologi, dan Geofisika": meteorology, climatology, geophysics)."""
        own = self._source_forms(s.key, lexicon)
        for word in unit_words:
            for long_form in self.acronym_long_forms.get(word, ()):
                content = [w for w in regex.findall(r"\p{L}+", long_form) if w not in self.target_connectors]
                explained = sum(1 for w in content if self._word_explained(w, source_words, lexicon))
                if (explained >= 2 and 2 * explained >= len(content)
                        and any(self._word_explained(w, own, lexicon) for w in content)):
                    return True
        return False

    @cached_property
    def acronym_long_forms(self) -> dict[str, list[str]]:
        """The gazetteers' acronyms and the long forms of the same entry ("bmkg" -> ["badan meteorologi, ..."])."""
        found: dict[str, list[str]] = {}
        for entry in self.entries:
            if entry.get("variants_of_one"):
                names = [n for n in entry.get("id", []) if n]
                longs = [fold(n) for n in names if not is_acronym(n) and " " in n]
                for n in names:
                    if is_acronym(n) and longs:
                        found.setdefault(fold(n), []).extend(longs)
        return found

    @staticmethod
    def _capitalised_run(doc, name: Name) -> Name:
        """The whole run of capitalised words a name word stands in ("Piala" in "Piala Dunia")."""
        for ns in name_spans(doc):
            if ns.tokens[0].start <= name.start and name.end <= ns.tokens[-1].end:
                tokens = [t for t in ns.tokens if not t.particle]
                return Name(tokens[0].start, tokens[-1].end, doc.text[tokens[0].start : tokens[-1].end], " ".join(t.key for t in tokens), False)
        return name

    def _source_forms(self, source_fold: str, lexicon) -> set[str]:
        words = set(regex.findall(r"[\p{L}\p{N}]+", source_fold))
        forms = set(words)
        for w in words:
            forms |= lexicon.source_morphology.forms(w)
        return forms

    def _word_explained(self, word: str, source_words: set[str], lexicon) -> bool:
        """A target word is a source word, renders one (dictionary) or spells one as a loanword."""
        if word in source_words or lexicon.headwords(word) & source_words:
            return True
        return len(word) >= 4 and any(self.loans.cognate(w, word) for w in source_words if len(w) >= 5)

    def _renders_capitalised(self, target: Name, doc, span: Span, lexicon) -> bool:
        """A word of a multi-word target name spells or translates a capitalised word of the source unit."""
        capitalised = {t.key for ns in name_spans(doc) for t in ns.tokens if span.start <= t.start < span.end and len(t.key) > 3}
        for w in (w for w in target.key.split() if len(w) > 3):
            heads = lexicon.headwords(w)
            if any(fuzz.ratio(w, c) >= 80 or c in heads or lexicon.source_morphology.forms(c) & heads or self.loans.cognate(c, w) for c in capitalised):
                return True
        return False

    def _in_translated_name(self, run: Name, doc, span: Span, lexicon, source_fold: str) -> bool:
        """A capitalised run of the target ("Piala Dunia", "Wakil Presiden Sara Duterte") one of
        whose words translates a word of a capitalised run of the source unit that has at least
        as many words ("World Cup"): the run renders that name, unknown words and all. "Benggala
        Barat" does not render "the West": the source name has no word left for "Benggala"."""
        # Words the source has as they are ("Indonesia" in "Piala Dunia Indonesia") stand for themselves.
        run_words = [w for w in run.key.split() if w not in self.target_connectors and not contains(source_fold, w)]
        if len(run_words) < 2:
            return False
        for ns in name_spans(doc):
            tokens = [t.key for t in ns.tokens if span.start <= t.start < span.end and not t.particle]
            if len(tokens) < len(run_words):
                continue
            for w in (w for w in run_words if len(w) > 3):
                heads = lexicon.headwords(w)
                if any(c in heads or lexicon.source_morphology.forms(c) & heads or self.loans.cognate(c, w) for c in tokens if len(c) > 3):
                    return True
        return False

    def _shares_word(self, source: Name, target: Name, lexicon) -> bool:
        """A multi-word name rendered freely: a target word translates or spells a source word."""
        s_words = [w for w in source.key.split() if len(w) > 3]
        t_words = [w for w in target.key.split() if len(w) > 3]
        if len(s_words) + len(t_words) < 3:
            return False  # one word against one word is the look-alike test's business
        for t in t_words:
            heads = lexicon.headwords(t)
            if any(fuzz.ratio(t, w) >= 80 or w in heads or lexicon.source_morphology.forms(w) & heads or self.loans.cognate(w, t) for w in s_words):
                return True
        return False

    def _explained(self, name: Name, source_words: set[str], lexicon) -> bool:
        """Every word of a target name is a source word or renders one ("Bank Dunia": bank, world)."""
        return all(self._word_explained(w, source_words, lexicon) for w in name.key.split())

    def _word_by_word(self, name: Name, target_words: list[str], renderer, known: bool) -> bool:
        """A name made of ordinary words translated word by word ("World Bank" -> "Bank
        Dunia", "Ring of Fire" -> "Cincin Api"), its loanwords in the target's spelling
        ("Transition" -> "Transisi"). A name of two or more words may leave out one word
        in three, unless that word is a place ("Jakarta Composite Index" -> "Indeks
        Harga Saham Gabungan" is fine, "European Central Bank" -> "Bank Sentral AS" is not)."""
        words = [w for w in name.text.split() if len(w) > 2 and fold(w) not in self.source_connectors]
        if len(words) < 2 and (known or not words):
            return False
        target_forms = set()
        for w in target_words:
            target_forms |= renderer.lexicon.target_morphology.forms(w)
        rendered = 0
        left: list[str] = []
        for w in words:
            options = renderer.renderings(w) | {fold(r) for r in renderer.lexicon.renderings(w)}
            single = {r for r in options if " " not in r}
            if (any(renderer.lexicon.target_morphology.forms(r) & target_forms for r in single)
                    or any(contains(" ".join(target_words), r) for r in options if " " in r)
                    or any(self.loans.cognate(w, x) for x in target_words)):
                rendered += 1
            else:
                left.append(w)
        if not left:
            return True
        if any(renderer.known(w) for w in left) or 2 * rendered < len(words):
            return False
        # Two words in three rendered, or half of them with the rest plain dictionary words
        # ("Economic Affairs Minister" -> "Menteri Koordinator Bidang Perekonomian").
        common = all(any(e.headword[:1].islower() for e in renderer.lexicon.lookup(w)) for w in left)
        return (len(words) >= 3 and 3 * rendered >= 2 * len(words)) or common

    def _spelled_alike(self, name: Name, text_fold: str) -> bool:
        """Every word of the name is in the text, or a spelling variant of one (Zelensky/Zelenskyy, Pacific/Pasifik)."""
        words = [w for w in regex.findall(r"[\p{L}\p{N}]+", name.key) if len(w) >= 2]
        target_words = regex.findall(r"[\p{L}\p{N}]+", text_fold)
        return bool(words) and all(
            w in target_words or any(x[:1] == w[:1] and (fuzz.ratio(w, x) >= self.same or skeleton(w) == skeleton(x)) or self.loans.cognate(w, x) for x in target_words)
            for w in words
        )

    def _lookalike(self, name: Name, candidates: list[Name]) -> Name | None:
        """A target name that looks like the source name but is not one of its spellings."""
        best, best_score = None, 0.0
        for t in candidates:
            if skeleton(name.key) == skeleton(t.key):
                continue  # a transliteration ("Mohammed" / "Muhammad")
            score = fuzz.ratio(name.key, t.key)
            if self.similar <= score < 100 and score > best_score:
                best, best_score = t, score
        return best


class _PairView:
    """What run_pair knows about one pair before it looks at units: the renderings, the
    words that are not names on each side, short-form definitions, source names."""

    def __init__(self, check: "EntitiesCheck", pair):
        self.check = check
        self.pair = pair
        self.renderer = renderer = check.renderer(pair)
        self.lexicon = lexicon = renderer.lexicon
        self.src_lower = lowercase_words(pair.source)
        self.tgt_lower = lowercase_words(pair.target)
        # Not names: renderings of abbreviated titles ("Mrs" -> "ibu"), and words of the
        # language that only the dictionary's capitalised headwords give ("Man" -> "orang").
        self.all_renderings = {r for key, values in renderer.table.items() if key not in check.titles for r in values
                               if not (r in renderer.dictionary_only and check.is_target_word(r, lexicon))}
        source_locale, target_locale = pair.source.language or "en", check.env.locale or pair.target.language
        zones = time_zone_words(source_locale, target_locale)  # "WIB", "GMT": not names
        self.target_stop = {fold(w) for w in check.env.stopwords} | _calendar_words(target_locale) | zones | check.target_not_names
        self.source_stop = check.source_stopwords | _calendar_words(source_locale) | zones | check.unit_words(pair.source, source_locale)
        self.target_stop |= check.unit_words(pair.target, target_locale)
        self.src_mid = _mid_sentence_capitals(pair.source)
        self.tgt_mid = _mid_sentence_capitals(pair.target)
        self.headlines = _title_case_lines(pair.target, self.target_stop)
        self.source_fold = fold(pair.source.plain)
        self.target_fold = fold(pair.target.plain)
        self.source_words = check._source_forms(self.source_fold, lexicon)
        # Short forms defined in parentheses: "Badan Gizi Nasional (BGN)", "... Partnership (JETP)".
        # A name may be kept in the other language ("Institute for Development of ... (INDEF)").
        self.t_defs = definitions(pair.target.plain, check.target_connectors | check.source_connectors)
        self.s_defs = definitions(pair.source.plain, check.source_connectors | check.target_connectors)
        # Every accepted rendering of every name in the source: a target name among them is accounted for.
        self.source_renderings: set[str] = set()
        for unit in pair.units:
            if unit.source is not None:
                for name in check.names(pair.source, unit.source, self.source_known, self.source_ordinary):
                    self.source_renderings |= renderer.renderings(name.text)
        self._explained_defs: dict[int, bool] = {}

    def source_known(self, key: str) -> bool:
        """A known name of the source; a word that only the dictionary has as a proper noun
        ("Judges", the book) and that the text also writes in lower case ("the judges said")
        is an ordinary word where it opens a sentence."""
        renderer = self.renderer
        if not renderer.is_name(key):
            return False
        if " " in key or key not in self.src_lower:
            return True
        renderings = renderer.table.get(key, set())
        return not renderings or not all(r in renderer.dictionary_only for r in renderings)

    def source_ordinary(self, token) -> bool:
        key, renderer, lexicon = token.key, self.renderer, self.lexicon
        if token.domain:
            return False
        if key in self.source_stop or (token.initial and key in self.src_lower):
            return True
        # An unknown word opening a sentence is a name only if the text also capitalises it mid-sentence.
        if token.initial and not renderer.is_name(key) and key not in self.src_mid:
            return True
        # A dictionary word that is not a proper noun: a title ("President") or a sentence opener.
        return bool(lexicon.lookup(key)) and not renderer.is_name(key) and not any(e.headword[:1].isupper() for e in lexicon.lookup(key))

    def target_ordinary(self, token) -> bool:
        key = token.key
        if token.domain:
            return False
        if key in self.target_stop or key in self.tgt_lower:
            return True
        if token.initial and key not in self.all_renderings and key not in self.tgt_mid:
            return True
        # A headline in Title Case capitalises its verbs and nouns ("Banjir Paksa Ribuan
        # Warga Mengungsi"): a word of the language that names nothing in the source is no name.
        if (any(a <= token.start < b for a, b in self.headlines) and key not in self.all_renderings
                and key not in self.source_renderings and not contains(self.source_fold, key)
                and self.check.is_target_word(key, self.lexicon)):
            return True
        return bool(self.lexicon.headwords(key)) and key not in self.all_renderings

    def definition_explained(self, d) -> bool:
        """A long form with its short form is accounted for when the short form is in the
        source ("(JETP)"), the long form renders a source name, or most of its words
        translate or spell words of the source ("Badan Gizi Nasional": nutrition, national)."""
        if id(d) not in self._explained_defs:
            long_key = fold(" ".join(d.words))
            content = [fold(w) for w in d.words if fold(w) not in self.check.target_connectors]
            explained = sum(1 for w in content if self.check._word_explained(w, self.source_words, self.lexicon))
            self._explained_defs[id(d)] = (contains(self.source_fold, d.key) or long_key in self.source_renderings
                                           or (explained >= 1 and 2 * explained >= len(content)))
        return self._explained_defs[id(d)]


def _in_prose(text: str, start: int) -> bool:
    """A name right after a lowercase word ("polled by Reuters"): in a sentence, not a
    dateline or a credit ("JAKARTA (Reuters) -"), which a translation may replace."""
    return bool(_AFTER_WORD.search(text[max(0, start - 40) : start]))


# A currency sign with the letters of its country ("C$", "T$", "NT$", "S$", "HK$").
_LETTERED_SIGN = regex.compile(r"(?<![\p{L}])(\p{Lu}{1,3})\$")


def _currency_of(code: str, pair, start: int, span: Span) -> bool:
    """A country named as a currency's ("dolar Taiwan") where the source sentence writes a
    sign whose letters are that country's in English ("T$", "NT$": New Taiwan; "C$": Canada)."""
    if not regex.search(r"(?:dolar|dollar)\s+$", pair.target.plain[max(0, start - 12) : start], regex.I):
        return False
    from babel import Locale

    english = Locale("en").territories.get(code, "")
    if not english:
        return False
    name_initials = "".join(w[:1] for w in english.split()).upper()
    for letters in _LETTERED_SIGN.findall(pair.source.plain[span.start : span.end]):
        if letters == name_initials or letters[-1:] == english[:1].upper():
            return True
    return False


def _currency_prefix(doc, token) -> bool:
    """The letters of a currency sign ("C" of C$4.1 billion, "US" of US$, "HK" of HK$): no name."""
    after = doc.text[token.end : token.end + 1]
    return bool(after) and after in "$\u20ac\u00a3\u00a5" and len(token.text) <= 3 and token.text.isupper()


def skeleton(text: str) -> str:
    """Consonants only, doubled letters once: transliterations of one name differ in their
    vowels ("Mohammed"/"Muhammad", "Hussein"/"Husein"), misspellings usually do not."""
    consonants = regex.sub(r"[aeiou]", "", text.casefold())
    return regex.sub(r"(.)\1+", r"\1", consonants)


def _calendar_words(locale: str) -> set[str]:
    """Weekday and month names (CLDR): capitalised, but they name no one."""
    from babel import Locale

    try:
        loc = Locale.parse(locale.replace("-", "_"))
    except (ValueError, TypeError):
        return set()
    words = set()
    for table in (loc.days, loc.months):
        for context in table.values():
            for names in context.values():
                words |= {fold(n).rstrip(".") for n in names.values()}
    # Abbreviations wire copy writes that CLDR does not list ("Sept."): a month's first letters.
    months = {fold(n) for n in loc.months.get("format", {}).get("wide", {}).values()}
    words |= {m[:k] for m in months if len(m) > 5 for k in range(3, len(m))}  # not "Marc"
    return words


def _title_case_lines(doc, function_words: set[str]) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines): at least three words besides function
    words, every one of them capitalised; or, on a line that does not end as a sentence
    does, four or more capitalised and at most one in four in lower case (a preposition or
    conjunction the function words lack: "... Melonjak di Jawa Barat saat Puncak Musim Hujan")."""
    found = []
    start = 0
    for line in doc.plain.split("\n"):
        words = [w for w in regex.findall(r"\p{L}[\p{L}\p{M}'’-]*", line) if fold(w) not in function_words and len(w) > 2]
        upper = sum(1 for w in words if w[:1].isupper())
        if (len(words) >= 3 and upper == len(words)) or (
                upper >= 4 and 4 * (len(words) - upper) <= len(words) and not line.rstrip().endswith((".", "!", "?", '"', "”"))):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _mid_sentence_capitals(doc) -> set[str]:
    """Words the text capitalises where a sentence does not start: names."""
    found = set()
    for ns in name_spans(doc):
        for t in ns.tokens:
            if not t.initial:
                found.add(t.key)
    return found


CHECK = EntitiesCheck
