"""The hedge-escalation rule's options, read once: cue lists, word lists, the stemmer with
its synonym groups, and the affix knowledge that tells a verb from its noun."""

from __future__ import annotations

from functools import lru_cache

import regex

from ... import yamlmarks
from ...matching import term_set
from ...stemming import stemmer
from .. import Check, fill
from ..number_format import cldr_unit_names
from .phrases import PhraseKeys, PhraseTable
from .words import (
    WORD,
    Morphology,
)

# Words between a verb of saying and the loaded predicate that makes it an accusation
# ("menyebut Ketua DPRD, Asep Kurniawan, menerima suap").
ACCUSATION_REACH = 6


# The possessive or definite clitic "-nya" on a word the stemmer's dictionary lacks ("karyawannya"
# is left whole by Sastrawi, which knows no "karyawan"): this long a word, with it cut off.
CLITIC = "nya"
CLITIC_MIN = 7


def _past_clitic(base):
    """The stemmer, reading past "-nya" on a word it leaves whole: "total karyawannya" and "350
    karyawan" name one thing."""
    def stem(word: str) -> str:
        found = base(word)
        if found == word and word.endswith(CLITIC) and len(word) >= CLITIC_MIN:
            return base(word[: -len(CLITIC)])
        return found

    return stem


class HedgeOptions(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        o = rule.options
        self.headline_message = o.get("headline_message")
        self.body_message = o.get("body_message")
        # A neutral verb of saying before a loaded predicate is an accusation (accusations_file).
        self.accusation_verbs, accusations = self._accusations(o)
        self.hedges = term_set(o["hedge_cues"] + accusations)
        self.certain = term_set(o["certainty_cues"])
        self.negations = self._terms(o, "negation_cues")
        self.exempt = self._terms(o, "exempt_cues")
        self.modal = self._terms(o, "modal_cues")
        self.metadata_keys = o.get("metadata_keys", ["title", "headline"])
        self.similarity = o.get("similarity", 70)
        self.min_shared = o.get("min_shared", 2)
        self.min_shared_common = o.get("min_shared_common", 1)
        self.enough_common = o.get("enough_common", 4)
        self.lead_sentences = o.get("lead_sentences", 3)
        self.later_unless = self._terms(o, "later_hedges_unless")
        # Who a sentence is attributed to; by default the cues that settle a later hedge.
        self.attribution = self._terms(o, "attribution_cues") or self.later_unless
        self.bare_statements = o.get("bare_statements", False)
        self.bare_common = o.get("bare_common", 3)
        self.bare_exempt = self._terms(o, "bare_exempt")
        self.negation_reach = o.get("negation_reach", 3)
        self.premises = self._terms(o, "premise_cues")
        self.plans = self._terms(o, "plan_cues")
        self.done = self._terms(o, "done_cues")
        self.consequences = self._terms(o, "consequence_cues")
        self.nouns: frozenset[str] = frozenset()
        if o.get("nouns_file"):
            lines = self.env.resolve(o["nouns_file"]).read_text(encoding="utf-8").splitlines()
            self.nouns = frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))
        # Nouns that name people ("awak", "penumpang"): a count of them answers "berapa orang".
        self.person_nouns: frozenset[str] = frozenset()
        if o.get("person_nouns_file"):
            lines = self.env.resolve(o["person_nouns_file"]).read_text(encoding="utf-8").splitlines()
            self.person_nouns = frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))
        self.premise_reach = o.get("premise_reach", 8)
        self.decided = self._terms(o, "decided_cues")
        self.updates = self._terms(o, "update_cues")
        # In an attributed restatement: news (a confirmation), a point left open, an argument.
        self.confirmations = self._terms(o, "confirm_cues")
        self.open_points = self._terms(o, "open_cues")
        self.arguments = self._terms(o, "argument_cues")
        self.pronouns = frozenset(p.casefold() for p in o.get("speaker_pronouns", []))
        self.premise_unless = self._terms(o, "premise_unless")
        self.demonstratives = frozenset(w.casefold() for w in o.get("demonstratives", []))
        self.phrase_reach = o.get("phrase_reach", 10)
        self.frames = frozenset(w.casefold() for w in o.get("frame_words", []))
        self.headline_line = o.get("headline_line", False)
        self.estimates = self._terms(o, "estimate_cues")
        self.estimate_reach = o.get("estimate_reach", 3)
        self.bounds = self._terms(o, "bound_cues")
        self.exact = self._terms(o, "exact_cues")
        self.figure_premises = self._terms(o, "figure_premise_cues")
        self.present = self._terms(o, "present_cues")
        self.rumours = self._terms(o, "rumour_cues")
        self.headline_certain = self._terms(o, "headline_certainty_cues")
        self.headline_causes = self._terms(o, "headline_cause_verbs")
        self.settled = self._terms(o, "settled_cues")
        self.cause_nouns = self._terms(o, "cause_nouns")
        self.causal = frozenset(w.casefold() for w in o.get("causal_verbs", []))
        self.unfinished = self._terms(o, "unfinished_cues")
        self.clause_breaks = self._terms(o, "clause_breaks")
        self.background = self._terms(o, "background_cues")
        self.questions = self._terms(o, "question_cues")
        self.claims = self._terms(o, "claim_cues")
        self.future = self._terms(o, "future_cues")
        self.stopwords = self._stopwords(o)
        self.morphology = Morphology.from_options(o)
        self.states = Morphology.from_options({"noun_forms": o.get("state_forms", [])})
        base = _past_clitic(stemmer(o["stemmer"])) if "stemmer" in o else self._affix_stem
        self.stem = self._with_synonyms(self._past_bound_prefix(base, o.get("bound_prefixes", [])), o.get("synonyms_file"))
        self.person_units = frozenset(self.stem(w.casefold()) for w in o.get("person_units", []))
        self.measures = self._measures(o.get("measures") or {})
        self.act_nouns = self._act_nouns(o.get("act_nouns_file"))
        self.phrase_table = self._phrase_table(o.get("phrases_file")) if o.get("phrases_file") else None
        self.phrase_keys: PhraseKeys | None = None  # this run's: the table and the article's short forms
        # Word forms, not stems: "menjadi" relates, "terjadi" is an event.
        self.light = frozenset(w.casefold() for item in o.get("light_verbs", []) for w in WORD.findall(item))
        self.suspicions = self._terms(o, "suspicion_cues")
        self.state_cues = self._terms(o, "state_cues")
        self.aspect = frozenset(w.casefold() for w in o.get("aspect_markers", []))
        self.scale_words = frozenset(w.casefold() for w in o.get("scale_words", []))
        # Sentence/claim comparisons made by the last run (bench/hedge_scaling.py, tests).
        self.comparisons = 0

    def note(self, doc, hedge: str, estimate: bool = False) -> str:
        """The note on the hedged sentence a finding points to, in the reader's language."""
        key = "estimate_related_message" if estimate else "related_message"
        return fill(self.rule.localize(self.option(key), doc.ui_lang), hedge=hedge)

    @staticmethod
    def _terms(options, key):
        return term_set(options[key]) if options.get(key) else None

    def _affix_stem(self, word: str) -> str:
        return min(self.morphology.stems(word.casefold()), key=lambda w: (len(w), w))

    @staticmethod
    def _past_bound_prefix(base, prefixes):
        """The stemmer, reading past a prefix written onto a word that still names the same thing:
        "pascakorsleting", "pasca-banjir" are the short circuit and the flood."""
        bound = tuple(p.casefold() for p in prefixes)
        if not bound:
            return base

        def stem(word: str) -> str:
            for prefix in bound:
                rest = word[len(prefix):].lstrip("-") if word.startswith(prefix) else ""
                if len(rest) >= 4:
                    return base(rest)
            return base(word)

        return stem

    def _accusations(self, o) -> tuple[frozenset[str], list[dict]]:
        """(the verbs of saying, a hedge cue pattern) from an accusations file: a verb of saying
        ("menyebut") with one of its loaded predicates ("menggelapkan") within ACCUSATION_REACH
        words after it, no stop, negation or suspicion cue between (after "mengatakan sindikat itu
        diduga memalsukan", "diduga" is the cue); ([], nothing) without a file."""
        path = o.get("accusations_file")
        if not path:
            return frozenset(), []
        data = yamlmarks.safe_load(self.env.resolve(path).read_text(encoding="utf-8"), cache=True) or {}
        saying = [str(w) for w in data.get("saying", [])]
        loaded = [str(w) for w in data.get("loaded", [])]
        if not saying or not loaded:
            return frozenset(), []

        def either(words):
            return "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True))

        gap = r"(?:[^\S\n]+|,[^\S\n]*)"
        between = [w for key in ("negation_cues", "suspicion_cues") for w in o.get(key, []) if isinstance(w, str) and " " not in w]
        word = rf"(?!(?:{either(between or ['tidak'])})\b)[\p{{L}}\d][\p{{L}}\d.-]*"
        pattern = rf"\b(?:{either(saying)})\b(?={gap}(?:{word}{gap}){{0,{ACCUSATION_REACH}}}?(?:{either(loaded)})\b)"
        return frozenset(w.casefold() for w in saying), [{"pattern": pattern}]

    def _measures(self, table) -> dict[str, tuple[str, float]]:
        """The stem of each unit's word -> (dimension, factor to its base unit): the words the
        table lists ("ton") and the CLDR names of the CLDR keys it lists ("kg", "kilogram" for
        mass-kilogram), so an estimate in one unit is compared with a figure in another."""
        if not table:
            return {}
        names = cldr_unit_names(self.env.locale or self.env.language)
        found: dict[str, tuple[str, float]] = {}
        for word, key in [(w, w) for w in table] + [(name, key) for name, key in names.items() if key in table]:
            if " " not in word and key in table:
                dimension, factor = table[key]
                found.setdefault(self.stem(word.casefold()), (str(dimension), float(factor)))
        return found

    def _act_nouns(self, path) -> dict[str, frozenset[str]]:
        """root -> the roots whose noun of the act names the same act (pindah -> alih: "pengalihan"
        for "memindahkan"), read from pairs of roots; keyed by this rule's stems."""
        if not path:
            return {}
        data = yamlmarks.safe_load(self.env.resolve(path).read_text(encoding="utf-8"), cache=True) or {}
        found: dict[str, set[str]] = {}
        for a, b in data.get("pairs", []):
            a, b = self.stem(str(a)), self.stem(str(b))
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
        return {k: frozenset(v) for k, v in found.items()}

    def _with_synonyms(self, base, paths):
        """The stemmer, with each word of a synonym group stemmed to the group's first word's stem;
        of several files (or groups) naming one word, the first decides."""
        if not paths:
            return base
        canonical: dict[str, str] = {}
        for path in [paths] if isinstance(paths, str) else paths:
            data = yamlmarks.safe_load(self.env.resolve(path).read_text(encoding="utf-8"), cache=True) or {}
            for group in data.get("synonyms", []):
                stems = [base(str(w).casefold()) for w in group]
                for s in stems:
                    canonical.setdefault(s, canonical.get(stems[0], stems[0]))

        def stem(word: str) -> str:
            s = base(word)
            return canonical.get(s, s)

        return lru_cache(maxsize=65536)(stem)

    def _phrase_table(self, paths) -> PhraseTable:
        """Groups of words and phrases naming one thing ("korsleting" / "hubungan arus pendek",
        "PHK" / "pemutusan hubungan kerja"), read from the phrases files."""
        table = PhraseTable(self.stem)
        for path in [paths] if isinstance(paths, str) else paths:
            data = yamlmarks.safe_load(self.env.resolve(path).read_text(encoding="utf-8"), cache=True) or {}
            for group in data.get("phrases", []):
                table.add_group(group)
        return table

    def read_phrases(self, doc) -> None:
        """Start a run: the phrase groups, with the short forms this article defines; and no
        text read in another run (hedging/memo.py per_text), whose phrase keys were others."""
        self.text_memo: dict = {}
        if self.phrase_table is not None:
            self.phrase_keys = PhraseKeys(self.phrase_table.with_definitions(doc.plain), doc.plain)

    def key(self, m) -> str:
        """How a word found in a text is compared: its phrase group's key, else its stem."""
        keys = self.phrase_keys
        if keys is not None and m.string is keys.article:
            # A word of the article, read once a run: a sentence's words are asked for again for
            # each claim the sentence is compared with.
            at = (m.start(), m.end())
            found = keys.article_words.get(at)
            if found is None:
                found = keys.article_words[at] = self._key(m)
            return found
        return self._key(m)

    def _key(self, m) -> str:
        if self.phrase_keys is not None:
            # A word found inside a longer one ("konsleting" after the bound "Pasca-") is read alone.
            group = self.phrase_keys.of(m.string).get(m.start()) or self.phrase_keys.table.single(m.group())
            if group:
                return group
        return self.stem(m.group().casefold())

    def _stopwords(self, options) -> frozenset[str]:
        words: set[str] = set(options.get("stopwords", []))
        profile = self.env.pack_dir / "language.yaml"
        if profile.is_file():
            words.update(yamlmarks.safe_load(profile.read_text(encoding="utf-8"), cache=True).get("stopwords", []))
        if options.get("stopwords_file"):
            data = yamlmarks.safe_load(self.env.resolve(options["stopwords_file"]).read_text(encoding="utf-8"), cache=True) or {}
            words.update(data.get("stopwords", []))
        # Cue words say how sure a sentence is, not what it is about.
        for items in (options["hedge_cues"], options["certainty_cues"], options.get("negation_cues", [])):
            for item in items:
                if isinstance(item, str):
                    words.update(item.split())
        return frozenset(w.casefold() for w in words)
