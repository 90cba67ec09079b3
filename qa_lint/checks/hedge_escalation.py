"""hedge-escalation: a claim reported as possible in one place and stated as fact later.

    hedge_cues: [kemungkinan akan, diduga, {pattern: ...}]   # marks a claim as possible
    certainty_cues: [merupakan, telah, adalah]               # marks a claim as fact
    negation_cues: [tidak, bukan]        # "X is not Y" contradicts, it does not escalate
    exempt_cues: [jika, mengklaim]       # conditionals and distanced claims are not facts
    modal_cues: [bisa, harus]            # what can or must happen: exempt, but for a presupposed phrase
    stopwords_file: data/sourcing-stopwords.yaml   # extra words that carry no content
    metadata_keys: [title, headline]     # metadata that can carry the hedge (a headline)
    similarity: 70                       # rapidfuzz token-set score over content words
    min_shared: 2                        # content words both sentences must share ...
    min_shared_common: 1                 # ... at least this many not names
    enough_common: 4                     # this many shared non-names match whatever the score
    lead_sentences: 3                    # hedges count in the headline and this many first sentences (0: all)
    later_hedges_unless: [kata, menurut] # ... and later hedges too, against a statement with none of these
    verb_prefixes: [mem>p, me]  # affixes that make forms of one verb ("mem>p": memasok -> pasok)
    verb_suffixes: [kan, i]
    noun_forms: [ke...an]       # circumfixes that make a noun, not a restated verb
    state_forms: [ke...an]      # ... those that, right after a state cue, are the state suspected ("diduga keracunan")
    state_cues: [diduga]        # cues whose next word is what is suspected, not a subject ("menduga kematian itu ...")
    bare_statements: false   # also report a plain restatement of the hedged verb, with no
    bare_common: 3           # certainty cue, sharing this many ordinary words with the hedged clause
    bare_exempt: [...]       # ... unless the sentence has one of these (a dated event report)
    stemmer: id              # compare claims on stems (qa_lint/stemming.py: id = Sastrawi, en, none)
    premise_cues: [karena, akibat, setelah]   # a claim taken as given after these: "karena tanggul jebol"
    consequence_cues: [sehingga]              # ... or before these: "tanggul jebol sehingga ..."
    nouns_file: data/nouns.txt                # nouns are skipped when finding the hedged verb
    decided_cues: [...]      # a decided event or a count ("dalam 7 hari terakhir"): never an escalation
    attribution_cues: [kata, menurut]   # who a sentence is attributed to (default: later_hedges_unless)
    update_cues: [sejak]     # a restatement by the hedge's own speaker, anchored in time, is an update
    speaker_pronouns: [dia, ia]   # a restatement "he said" has the previous speaker
    premise_unless: [khawatir]    # a feared premise is not taken as given: "karena khawatir terjadi ..."
    plan_cues: [berencana, {pattern: 'akan ... pekan depan'}]   # a plan for a coming day ...
    done_cues: [telah, rampung]   # ... is escalated only when reported as done, by nobody named
    demonstratives: [itu, tersebut]   # "kebocoran pipa gas itu": the phrase they close is presupposed
    phrase_reach: 10         # ... at most this many words before the demonstrative
    frame_words: [sebagai]   # "Sebagai calon bupati, Asep ...": the opening phrase is presupposed
    headline_line: true      # a plain-text file's first line, unpunctuated, is its headline
    synonyms_file: data/hedge-synonyms.yaml   # word groups for one cause or event (hengkang/kepindahan)
    phrases_file: data/hedge-phrases.yaml     # phrases and short forms for one thing (korsleting/hubungan arus pendek, PHK)
    cause_nouns: [penyebab]  # "X diduga menjadi penyebab Y": X is suspected
    causal_verbs: [disebabkan]   # "menduga kematian ikan disebabkan limbah": the waste is suspected
    figure_premise_cues: [dengan]    # "Dengan 80 orang di atas kapal, ...": the estimate taken as a count
    person_units: [orang, jiwa]      # "sekitar 9.000 jiwa" made exact as "9.387 warga"
    present_cues: [kini]     # a planned thing doing something now is done ...
    unfinished_cues: [masih] # ... unless it is still not finished
    rumour_cues: [dikabarkan]    # a rumoured move or deal ...
    settled_cues: [kedatangan]   # ... taken as done in a later sentence's opening
    headline_certainty_cues: [resmi]   # a headline's word of settled fact over a hedging body

"The same thing" is decided on the stems of content words (language-profile
stopwords, the extra list and the cue words removed), not on wording: the hedged lead
"Moskow kemungkinan akan memasok senjata ke Korea Utara" and the later
"Korea Utara merupakan salah satu penerima senjata Rusia" share names and
"senjata". Shared names alone (Putin, Korea Utara) are not enough: a story
about one country talks about it in every line, so at least one ordinary
content word must be shared too.

A hedge inside a quotation still counts as hedged speech, but a certainty cue
inside a quotation is the speaker's, not the writer's, and is not reported.

Hedged claims are indexed by their ordinary content stems: a later sentence is
compared only with the claims that share one (at most MAX_CLAIMS_COMPARED),
so the check is near-linear in the article's length.

A restatement attributed to someone (``later_hedges_unless``: kata polisi,
police said, menurut) is an update, not the writer's escalation, unless it is
attributed to the very speaker who hedged ("Putin said Moscow may supply ...",
"Putin said North Korea is a recipient ...") with nothing new (an
``update_cues`` time anchor) to show it is an update.

This module is the rule type (its options and the walk over an article); the machinery is
in checks/hedging/, in layers each built on the one before:

    words.py        words, clauses, names and affixes (Names, Morphology)
    claims.py       a hedged claim, its speaker, an estimated figure; the index by content stem
    options.py      the rule's options read once (cue lists, stemmer with synonym groups)
    reading.py      one sentence: its cue, the claim a hedge governs, its speaker, negation
    restatement.py  a later sentence against a claim: stated, restated, premise, presupposed
    kinds.py        which restatement escalates which kind of claim (question, plan, rumour)
    estimates.py    an estimate later given as an exact figure
    headline.py     a plain-text headline stating what the body hedges
    phrases.py      phrases and short forms (listed, or defined in the article) read as one word
"""

from __future__ import annotations

import regex

from .. import budget
from ..span import Span
from ..stemming import STEMMERS
from . import TERM_LIST
from .hedging.claims import MAX_CLAIMS_COMPARED, ClaimIndex
from .hedging.estimates import Estimates
from .hedging.headline import Headlines
from .hedging.kinds import KindChecks
from .hedging.structures import Structures
from .hedging.words import Names

TYPE = "hedge-escalation"
PROPERTIES = {
    "hedge_cues": TERM_LIST,
    "certainty_cues": TERM_LIST,
    "negation_cues": TERM_LIST,
    "exempt_cues": TERM_LIST,
    "stopwords": {"type": "array", "items": {"type": "string"}, "default": [],
                  "description": "extra words without content, besides the language profile's (no bundled pack needs any)"},
    "stopwords_file": {"type": "string"},
    # Groups of words that name one cause or event ("hengkang"/"kepindahan", "tercemar"/"keracunan"):
    # compared as one stem, so a restatement in other words is still the hedged claim.
    # A list of files: the hand-written groups and those mined from a thesaurus (tools/id_thesaurus.py).
    "synonyms_file": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
    # Words and phrases that name one thing ("korsleting" / "hubungan arus pendek", "PHK" / "pemutusan
    # hubungan kerja"), and the short forms an article defines: hedging/phrases.py.
    "phrases_file": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
    "metadata_keys": {"type": "array", "items": {"type": "string"}},
    "similarity": {"type": "number", "minimum": 0, "maximum": 100},
    "min_shared": {"type": "integer", "minimum": 1},
    "min_shared_common": {"type": "integer", "minimum": 0},
    "enough_common": {"type": "integer", "minimum": 1, "default": 4,
                      "description": "shared ordinary words that make two sentences one claim whatever the similarity"},
    "lead_sentences": {"type": "integer", "minimum": 0, "default": 3,
                       "description": "hedges count in the headline and this many first sentences (0: all)"},
    "later_hedges_unless": TERM_LIST,
    "bare_statements": {"type": "boolean"},
    "bare_common": {"type": "integer", "minimum": 1},
    "bare_exempt": TERM_LIST,
    "negation_reach": {"type": "integer", "minimum": 0, "maximum": 10, "default": 3,
                       "description": "words either side of a certainty cue in which a negation makes it a denial"},
    "verb_prefixes": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "verb_suffixes": {"type": "array", "items": {"type": "string", "minLength": 1}},
    "noun_forms": {"type": "array", "items": {"type": "string", "pattern": "^[^.]*\\.\\.\\.[^.]*$"}},
    "state_forms": {"type": "array", "items": {"type": "string", "pattern": "^[^.]*\\.\\.\\.[^.]*$"}, "default": [],
                    "description": "circumfixes that, right after a state cue, make the state suspected (ke...an: diduga keracunan)"},
    "state_cues": TERM_LIST,
    "stemmer": {"enum": sorted(STEMMERS), "description": "compare words on stems (id: Sastrawi; en; none); "
                "without it, on the pack's verb_prefixes/verb_suffixes"},
    "premise_cues": TERM_LIST,
    # A plan for a coming day ("akan ... pekan depan", "berencana"): escalated only when a later
    # sentence reports it as done (done_cues: telah, rampung) on the writer's word.
    "plan_cues": TERM_LIST,
    "done_cues": TERM_LIST,
    "premise_reach": {"type": "integer", "minimum": 1, "maximum": 20, "default": 8,
                      "description": "words either side of a premise cue in which the hedged verb counts as taken as given"},
    "consequence_cues": TERM_LIST,
    "nouns_file": {"type": "string", "description": "a word list (one a line): nouns are not taken for the hedged verb"},
    "person_nouns_file": {"type": "string",
                          "description": "a word list (one a line) of nouns that name people: a count of them answers 'berapa orang'"},
    "decided_cues": TERM_LIST,
    "update_cues": TERM_LIST,
    # An attributed sentence that restates or presupposes a hedged claim is news or argument, not
    # the claim let pass as settled, when it confirms (memastikan, hasil laboratorium), leaves the
    # point open (masih) or argues about it (perlu, berisiko): hedging/restatement.py.
    "confirm_cues": TERM_LIST,
    "open_cues": TERM_LIST,
    "argument_cues": TERM_LIST,
    "attribution_cues": TERM_LIST,
    "speaker_pronouns": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    "premise_unless": TERM_LIST,
    "modal_cues": TERM_LIST,
    "demonstratives": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
                       "description": "words that close a presupposed phrase (itu, tersebut)"},
    "frame_words": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
                    "description": "words that open a sentence with the role its subject holds (sebagai)"},
    "phrase_reach": {"type": "integer", "minimum": 1, "maximum": 20, "default": 10,
                     "description": "words before a demonstrative that make the phrase it closes"},
    # An estimate ("sekitar 300 kios", "diperkirakan mencapai 12 kilometer") later given as a
    # more exact figure of the same thing ("312 kios") on the writer's word.
    "estimate_cues": TERM_LIST,
    # An open question under investigation ("masih menyelidiki apakah ada unsur kesengajaan"): a later
    # sentence that answers it either way, on the writer's word, settles what is still open.
    "question_cues": TERM_LIST,
    # A party's claim ("perusahaan mengklaim baterai itu mampu menempuh 180 km"): escalated only
    # when the writer takes it as given (a premise, a presupposed phrase), not by "akan" or "telah"
    # in a later line about the same product or plan, which is how such stories go on.
    "claim_cues": TERM_LIST,
    # ... and a line that says what will happen to the claimed thing ("Mata anggaran lampu jalan itu
    # akan dibahas lagi") goes on about it, whatever words it repeats (hedging/party_claims.py).
    "future_cues": TERM_LIST,
    "bound_cues": TERM_LIST,
    "exact_cues": TERM_LIST,
    # A figure that opens its sentence after one of these ("Dengan 40 orang di atas jembatan, ...")
    # is taken as given: the estimate, even with its own digits, made a count the sentence builds on.
    "figure_premise_cues": TERM_LIST,
    # Counters of people with no kind of their own ("sekitar 9.000 jiwa", "3.000 orang"): an estimate
    # counted in one is made exact in any counted word ("9.387 warga", "3.046 pekerja") that shares
    # another ordinary word of the estimate's sentence (mengungsi / pengungsi, mogok).
    "person_units": {"type": "array", "items": {"type": "string", "minLength": 1},
                     "description": "generic counters of people (orang, jiwa): an estimate in one matches a figure of any counted word"},
    # Units of one dimension ("sekitar 20 ton ikan" made exact as "21.700 kilogram ikan"): a unit's
    # word or CLDR key (its CLDR names in the document's language count too) -> [dimension, factor
    # to the dimension's base unit]; an estimate is made exact in any unit of its dimension.
    "measures": {"type": "object", "additionalProperties": {
        "type": "array", "prefixItems": [{"type": "string"}, {"type": "number", "exclusiveMinimum": 0}],
        "minItems": 2, "maxItems": 2}},
    # A planned thing as the subject, then "kini" ("Pabrik itu kini menyerap 1.500 pekerja"): in use
    # now, so built; unless what follows says it is not finished yet (unfinished_cues: masih, tengah).
    "present_cues": TERM_LIST,
    # A rumoured move or deal ("dikabarkan tengah mendekati gelandang X"; rumour_cues) taken as done
    # in the opening of a later sentence that names its party ("Setelah resmi bergabung, X ...",
    # "Kedatangan X ...", "Dengan masuknya Y sebagai pemegang saham ..."; settled_cues).
    "rumour_cues": TERM_LIST,
    # A headline's word of settled fact ("Resmi Tangani", "Dipastikan") over a body that only hedges
    # what the headline names (a name and two ordinary words of what the hedge governs).
    "headline_certainty_cues": TERM_LIST,
    "settled_cues": TERM_LIST,
    # Right after a hedge, a cause ("diduga menjadi penyebab pembatalan"): the suspected thing is
    # the subject before the hedge.
    "cause_nouns": TERM_LIST,
    # Light verbs that name a cause: after the subject of a suspicion ("menduga kematian ikan itu
    # disebabkan limbah pabrik") the suspected thing is their complement, not the subject.
    "causal_verbs": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    "unfinished_cues": TERM_LIST,
    # Where a sentence's clauses part (", sehingga", ", namun", ";"): the clause before a hedged one is stated.
    "clause_breaks": TERM_LIST,
    # Background anchored in the past ("sejak 2006", "pekan lalu"): no escalation of a hedge, but a
    # plan's report as done; and only when it dates the claim, not a premise after it ("karena uji
    # KIR-nya telah kedaluwarsa sejak Maret 2026").
    "background_cues": TERM_LIST,
    "estimate_reach": {"type": "integer", "minimum": 1, "maximum": 6, "default": 3,
                       "description": "words before a figure in which an estimate cue makes it an estimate"},
    # Verbs that only relate the claim to its content ("mengalami rem blong", "berasal dari korsleting",
    # "berada di balik serangan"): the hedged thing is what follows them, not the verb itself.
    "light_verbs": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    # Hedges about what has already happened (diduga, menuding): no date settles them, so a plain
    # restatement dated to a day ("sejak Senin dini hari") is still the suspicion stated as fact.
    "suspicion_cues": TERM_LIST,
    # Aspect markers ("dikabarkan tengah menjajaki"): never the hedged verb, whatever the cue.
    "aspect_markers": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": []},
    "headline_cause_verbs": TERM_LIST,
    # Pairs of roots whose nouns of the act name one act ("pemindahan"/"pengalihan", mined from a
    # thesaurus by tools/id_thesaurus.py --acts-out): a phrase headed by the noun of one presupposes
    # a claim hedged with the verb of the other ("menuding ... memindahkan tanah" -> "Pengalihan tanah ...").
    "act_nouns_file": {"type": "string"},
    # Neutral verbs of saying and the loaded predicates that make what they report an accusation
    # ("Warga menyebut pengurus koperasi menggelapkan dana"): {saying: [...], loaded: [...]}.
    "accusations_file": {"type": "string"},
    "bound_prefixes": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
                       "description": "prefixes written onto a word that still names the same thing (pasca: pascabanjir)"},
    # hedging/completions.py: words that name a plan's act as completed ("rampungnya pemindahan").
    "completion_cues": TERM_LIST,
    # hedging/headline.py: words by which the body calls a step studied, optional or undecided.
    "option_cues": TERM_LIST,
    # hedging/questions.py: a question left open without "apakah" (masih menjadi tanda tanya, belum terjawab).
    "open_question_cues": TERM_LIST,
    # hedging/questions.py: words that present a dated line as the answer found (ternyata).
    "discovery_cues": TERM_LIST,
    "scale_words": {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
                    "description": "number words (juta, ribu) that count what a hedge estimates, never its claim word"},
    "headline_line": {"type": "boolean", "default": False,
                      "description": "a plain-text file's unpunctuated first line is its headline"},
    "headline_message": {"type": "string", "minLength": 1,
                         "description": "message when the hedge is in the headline (default: the rule's message)"},
    # The note on the related location (the hedged sentence), in the pack's words so a catalogue
    # translates it: {hedge} is the hedge cue.
    "related_message": {"type": "string", "minLength": 1, "default": 'reported as possible here ("{hedge}")',
                        "description": "note on the hedged sentence a finding points to"},
    "estimate_related_message": {"type": "string", "minLength": 1, "default": 'reported as an estimate here ("{hedge}")',
                                 "description": "note on the estimate an exact figure points to"},
    "body_message": {"type": "string", "minLength": 1,
                     "description": "message for a headline stated as fact over a body that hedges (default: the rule's message)"},
}
REQUIRED = ["hedge_cues", "certainty_cues"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md). {where} is an
# English phrase ("an earlier sentence", "the body"); a pack read in other languages says where
# in its own words instead: `message` (an earlier sentence), `headline_message` (the hedged
# headline, {headline}) and `body_message` (a headline over a body that hedges), each translated
# by the pack's catalogue.
PLACEHOLDERS = {
    "message": {"match", "hedge", "where", "headline"},
    "headline_message": {"match", "hedge", "where", "headline"},
    "body_message": {"match", "hedge", "where", "headline"},
    "related_message": {"hedge"},
    "estimate_related_message": {"hedge"},
}
REGEX_KEYS = ()


class HedgeEscalationCheck(KindChecks, Structures, Headlines, Estimates):
    def run(self, doc):
        self.read_phrases(doc)  # hedging/phrases.py: phrase groups and the article's short forms
        # hedging/structures.py: what the walk does not see (a plan's completion named, an open
        # question answered in a dated line, a headline over options), one finding a sentence.
        return self.with_structures(doc, self._walk(doc))

    def _walk(self, doc):
        self.comparisons = 0
        names = Names.of(doc)
        index = ClaimIndex(MAX_CLAIMS_COMPARED, names_too=self.min_shared_common == 0)
        for key in self.metadata_keys:
            value = doc.metadata.get(key)
            if isinstance(value, str) and (cue := next(iter(self.hedges.finditer(value)), None)):
                index.add(self.claim(value, names, cue, 0, self._locate(doc, value), headline=True))
        for number, sentence in enumerate(doc.sentences):
            budget.check()
            text = doc.plain[sentence.start : sentence.end]
            # The first hedge in the sentence governs the clause (literal cues and patterns alike).
            cue, kind = self._cue(doc, sentence)
            if cue:
                # The lead sets out what the story claims; later hedges are usually followed by
                # their own updates ("may be diverted" ... "has been diverted since Wednesday").
                # A later update that names who confirms it is news, not escalation; one stated
                # by nobody turns "kemungkinan akan menolak" into "telah menolak" on the writer's word.
                lead = not self.lead_sentences or number < self.lead_sentences
                stated = self._stated_before(doc, sentence, cue)
                if stated is not None and index and not self._exempt(doc, stated):
                    # "Penambahan modal telah disetujui ..., sehingga rasio modal diperkirakan naik":
                    # the hedge governs its own clause; the one before it is stated.
                    yield from self._reported(doc, stated, doc.plain[stated.start:stated.end], names, index)
                if lead or self.later_unless is not None:
                    claim = self.claim(text, names, cue, sentence.start, sentence)
                    claim.lead, claim.question, claim.given_only = lead, kind == "question", kind == "claim"
                    claim.rumour = self.rumours is not None and self.rumours.search(claim.cue) is not None
                    claim.speaker = self.speaker(doc, sentence) or self.hedger(doc, sentence, cue)
                    index.add(claim)
                continue
            plan = self._plan(doc, sentence, number)
            if plan is not None:
                # Indexed after this sentence is checked: it may state an earlier hedge as fact.
                plan_claim = self.claim(text, names, plan, sentence.start, sentence)
                plan_claim.plan, plan_claim.speaker = True, self.speaker(doc, sentence)
            if index and not self._exempt(doc, sentence, background=False):
                yield from self._reported(doc, sentence, text, names, index, self._background(doc, sentence))
            if plan is not None:
                index.add(plan_claim)
        self.walked = (names, index)  # for hedging/structures.py
        if self.headline_line and index and not any(isinstance(doc.metadata.get(k), str) for k in self.metadata_keys):
            yield from self.headline_escalation(doc, names, index)
        if self.estimates is not None:
            yield from self.exact_figures(doc)
        if self.settled is not None and self.rumours is not None:
            yield from self.settled_rumours(doc, [c for c in index.claims if c.span is not None and c.rumour])

    def _reported(self, doc, sentence: Span, text: str, names: Names, index: ClaimIndex, past=None):
        """The finding for a sentence that states a hedged claim as fact, if it does; with a past
        anchor (``past``), only a plan reported done ("ujian ulang yang digelar pekan lalu")."""
        stated = self.content(text, names)
        if past is not None and any(past.group().casefold() in c.text.casefold() for c in index.candidates(stated)):
            past = None  # the hedge's own time ("akan mengimpor beras pada awal 2027"): part of the claim
        if past is None:
            found = self.escalation(doc, sentence, stated, index)
        elif _before_the_story(doc, past.group()):
            found = None  # "Latihan serupa terakhir digelar pada 2025" in a 2027 story: an earlier event
        elif self.speaker(doc, sentence) is None:
            found = next(((past, c) for c in index.candidates(stated) if c.plan and self.same_thing(c, stated)), None)
        else:
            found = None
        if found:
            match, source = found
            where = f'the headline ("{source.text}")' if source.headline else "an earlier sentence"
            message = self.headline_message if source.headline else None
            related = []
            if source.span is not None:
                related.append((source.span.start, source.span.end, self.note(doc, source.cue)))
            yield self.finding(doc, match.start(), match.end(), message=message, related=related, hedge=source.cue,
                               where=where, headline=source.text if source.headline else "")


_NUMERIC_DATE_YEAR = regex.compile(r"\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")


def _before_the_story(doc, anchor: str) -> bool:
    """A past anchor with a year before the story's own (the latest year its dates give,
    "Senin (3/5/2027)"): the act it dates happened before any plan the story reports, so
    it cannot be that plan done."""
    year = _YEAR.search(anchor)
    story = doc.memo(("hedge-story-year",), lambda: max(
        (int(m.group(1)) for m in _NUMERIC_DATE_YEAR.finditer(doc.plain)), default=None))
    return year is not None and story is not None and int(year.group()) < story


CHECK = HedgeEscalationCheck
