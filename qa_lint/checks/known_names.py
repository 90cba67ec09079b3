"""known-names: a name that nearly matches a known spelling is probably misspelt.

    gazetteers: [../common/data/people.yaml, data/places.yaml]  # relative to the pack
    countries: true        # CLDR country names of the pack's language (Babel)
    roster: true           # the newsroom's staff roster (settings: {roster: staff.yaml})
    suffixes: [nya, n]     # inflections: 'Rusianya' is not a misspelling of 'Rusia'
    particles: [bin, van]  # lowercase words inside names
    not_names: [Presiden]  # capitalised words that are not names (plus the
                           # language profile's stopwords, CLDR day and month names)
    words: [data/words-frequent.txt]  # ordinary words of the language, one a line
    places: [data/wilayah.tsv]  # place data (qa_lint.geodata): a name it has is a real
                                # place, not a near miss ("Komodo" is no misspelt "Komoro")

Message fields: {canonical} (the known spelling), {kind} (person, outlet, ...).
Spellings listed in a gazetteer are accepted; the rest of a name span is
compared word by word with known names of the same length, conservatively
(see qa_lint.names), so different people with similar names stay apart.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from .. import geodata, names, stemming
from . import Check

TYPE = "known-names"
PROPERTIES = dict(names.OPTIONS)
PROPERTIES["words"] = {"type": "array", "items": {"type": "string", "minLength": 1}}
PROPERTIES["places"] = {"type": "array", "items": {"type": "string", "minLength": 1}}
REQUIRED: list[str] = []
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "canonical", "kind"}
REGEX_KEYS = ()

KIND_LABEL = {"person": "person", "staff": "staff member", "outlet": "news outlet", "country": "country", "place": "place", "organisation": "organisation"}


class KnownNamesCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.names = names.NameRules(rule.options, env)
        self.words = frozenset().union(*(names.word_list(str(env.resolve(p))) for p in rule.options.get("words", [])))
        self.place_files = tuple(str(env.resolve(p)) for p in rule.options.get("places", []))
        self.stem = stemming.stemmer(rule.language or "none")

    def run(self, doc):
        gazetteer = geodata.gazetteer_of(doc, self.names)
        spans = names.name_spans(doc, self.names.particles)
        owners, matches = names.cover_known(spans, gazetteer, doc=doc)
        ordinary = names.lowercase_words(doc)
        own = self.own_people(spans, owners)
        # Once per article: made again for each one-word name, it cost the article's length each time.
        ordinary_or_own = ordinary | own
        verdicts: dict[str, tuple[str, int] | None] = {}
        # Full names of three words or more that the article itself uses: a name that
        # repeats all of one but a word is that person with the word garbled.
        used = {key for _, i, j, _, key in matches if j - i >= 3}
        for span, owner in zip(spans, owners):
            n = len(span.tokens)
            taken = [o is not None for o in owner]
            # Longest first: "Vladimir Puttin" is one near miss, not two words.
            for size in range(min(n, 6), 0, -1):
                for i in range(0, n - size + 1):
                    if not span.whole_words(i, i + size):
                        continue
                    extends = self.extends_short_form(owner, taken, i, size)
                    if any(taken[i : i + size]) and extends is None:
                        continue
                    if size == 1 and not self.word_counts(span, owner, i, ordinary_or_own):
                        continue
                    key = span.key(i, i + size)
                    if key not in verdicts:
                        verdicts[key] = gazetteer.near(key, self.names.suffixes)
                        if verdicts[key] is None and size >= 3:
                            verdicts[key] = self.garbled_in_article(key, used)
                    near = verdicts[key]
                    if near is None or (extends is not None and gazetteer.entry_id(near[0]) != extends):
                        continue
                    if self.other_words(key, near[0], gazetteer.get(near[0]).kind, ordinary) or self.a_place(key):
                        continue
                    if gazetteer.get(near[0]).kind == "outlet" and size == 1 and not span.tokens[i].domain:
                        # Outlets with one-word names are ordinary words too
                        # (Republika/Republik, Kompas): only domains are guessed at.
                        continue
                    taken[i : i + size] = [True] * size
                    yield self.report(doc, span, i, size, near[0], gazetteer)

    def a_place(self, key: str) -> bool:
        """A name the place data has is that place, however close to a known name."""
        return bool(self.place_files) and bool(geodata.places(self.place_files).get(key))

    def own_people(self, spans, owners) -> set[str]:
        """Words that stand in a name of two or more words next to another unknown word
        ("Suharti Wulandari"): people the article itself introduces. The same word alone
        later ("kata Suharti") is that person, not a misspelt famous name (Suharto)."""
        own = set()
        for span, owner in zip(spans, owners):
            for k, token in enumerate(span.tokens):
                if len(span.tokens) >= 2 and owner[k] is None and token.key not in self.names.not_names \
                        and not self.alone(span, owner, k):
                    own.add(token.key)
        return own

    def other_words(self, key: str, known: str, kind: str, ordinary: set[str]) -> bool:
        """Whether every word that differs from the known name is an ordinary word of the
        language, and so is the known name's word: "Kementerian Pertanian" (agriculture) is
        another ministry than "Kementerian Pertahanan" (defence), not a misspelling of it.
        The word lists (from word frequencies) hold people's names too (Salman), so for
        people only the words this article writes in lower case count."""
        people = kind in ("person", "staff")

        def is_word(word: str) -> bool:  # no union of the sets: the word list is long
            return word in ordinary or (not people and (word in self.words or self.affixed_word(word)))

        differ = [(w, k) for w, k in zip(key.split(" "), known.split(" ")) if w != k]
        return bool(differ) and all(is_word(w) and is_word(k) for w, k in differ)

    def affixed_word(self, word: str) -> bool:
        """An affixed form of a root word of the lists ("pertanahan" of "tanah"): the lists
        hold roots, and a ministry's word is usually a pe-an or ke-an noun."""
        stem = self.stem(word)
        # The stemmer keys per- forms apart (pertahanan -> "pertahan"); the root is after it.
        roots = {stem, stem[3:]} if stem.startswith("per") else {stem}
        return stem != word and any(root in self.words for root in roots)

    @staticmethod
    def garbled_in_article(key: str, used: set[str]) -> tuple[str, int] | None:
        """A known full name used in this article that `key` repeats but for one word, where
        the two words begin alike and differ by a few letters ("Budi Gunawan Sadikin" for
        "Budi Gunadi Sadikin", "Fernando Marcos Jr." for "Ferdinand Marcos Jr."): the article
        itself says who is meant, so the word may be further off than a typo in general."""
        words = key.split(" ")
        found = []
        for known in used:
            other = known.split(" ")
            if len(other) != len(words):
                continue
            differ = [(w, k) for w, k in zip(words, other) if w != k]
            if len(differ) != 1:
                continue
            w, k = differ[0]
            if min(len(w), len(k)) >= 5 and w[:3] == k[:3] and OSA.distance(w, k) <= 3:
                found.append((known, OSA.distance(w, k)))
        return found[0] if len(found) == 1 else None

    @staticmethod
    def extends_short_form(owner, taken, i: int, size: int) -> int | None:
        """The entity whose accepted short form ("Prabowo") sits in this window next to
        unknown words ("Prabowo Subiyanto"), which may misspell its full name even though
        the wrong word is another person's correct surname (Agus Subiyanto); else None."""
        window = owner[i : i + size]
        entities = {o for o in window if o is not None}
        if size < 2 or len(entities) != 1 or None not in window:
            return None
        if any(taken[k] and owner[k] is None for k in range(i, i + size)):
            return None  # an unknown word already reported as part of another name
        return entities.pop()

    def word_counts(self, span, owner, i: int, ordinary: set[str]) -> bool:
        """Whether a single word may be taken for a (misspelt) name."""
        token = span.tokens[i]
        if token.key in ordinary or token.key in self.names.not_names:
            return False
        if len(span.tokens) == 1:
            # A lone capitalised word opening a sentence is too weak to call a name.
            return token.domain or not token.initial
        # "Partai Republik": the word belongs to another name.
        return self.alone(span, owner, i)

    def report(self, doc, span, i: int, size: int, known_key: str, gazetteer):
        entry = gazetteer.get(known_key)
        # Mark only the misspelt words ("Puttin" in "Vladimir Puttin"), so
        # the fix keeps whatever markup sits between the words.
        known = gazetteer.written[known_key].split()
        wrong = [k for k, word in enumerate(known_key.split(" ")) if span.tokens[i + k].key != word]
        first, last = wrong[0], wrong[-1]
        start, end = span.tokens[i + first].start, span.tokens[i + last].end
        fix = " ".join(known[first : last + 1])
        if doc.text[start:end].isupper():
            fix = fix.upper()  # datelines are upper case
        return self.finding(
            doc,
            start,
            end,
            suggestions=[fix],
            canonical=entry.canonical,
            kind=KIND_LABEL.get(entry.kind, entry.kind),
        )

    def alone(self, span, owner, i: int) -> bool:
        """True when the words next to word i are titles or other known names
        ("Presiden Pilipina", "NATO Stoltenburg"), so it names something on its own."""
        return all(
            owner[k] is not None or span.tokens[k].key in self.names.not_names
            for k in (i - 1, i + 1)
            if 0 <= k < len(span.tokens)
        )


CHECK = KnownNamesCheck
