"""Words and phrases that name one thing, so that a restatement in other words meets its hedge:
"hubungan arus pendek" and "korsleting", "pemutusan hubungan kerja" and "PHK" (a group listed in
the pack's phrases file, or a short form the article defines: "instalasi pengolahan air limbah
(IPAL)").

The first word of such a phrase is read as the group's key (its first member's words), in the
claim's bag of words and wherever the check reads word by word, so "karena hubungan arus pendek" is
a premise naming "korsleting"; the phrase's other words are read as they are. A longer member is matched on its words as written, case aside
("menjadi luar biasa" is no "kejadian luar biasa"); a one-word member on its stem
("korsletingnya"); a short form in capitals only as written ("PHK"). Matching is one pass over
the words, one lookup a word: linear in the text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...entities import definitions, is_acronym
from .memo import per_word
from .words import WORD

# Words a defined short form may leave out of its initials ("usaha mikro, kecil, dan menengah").
CONNECTORS = frozenset(("dan", "atau", "di", "ke", "dari", "untuk", "yang", "serta", "dengan"))
# Texts whose phrase keys a run remembers (its sentences, claims and the article itself).
CACHE = 256


@dataclass
class PhraseTable:
    """Members by their first word: (the words of the member, the group's key). A one-word member
    is looked up by its stem ("korsletingnya"); the words of a longer one as written, case aside
    ("kejadian luar biasa", not "menjadi luar biasa"); a short form in capitals as written."""

    stem: object  # the check's stemmer (with its synonym groups)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)

    @per_word
    def word_key(self, word: str) -> str:
        """How a one-word member is looked up: a short form as written, any other word by its stem."""
        return word if is_acronym(word) else self.stem(word.casefold())  # type: ignore[operator]

    @staticmethod
    def form(word: str) -> str:
        """How a word of a longer member is looked up: a short form as written, any other case aside."""
        return word if is_acronym(word) else word.casefold()

    @per_word
    def _form(self, word: str) -> str:
        return self.form(word)  # once a word: members() asks for every word of every text

    def add_group(self, members) -> str:
        """A group of words or phrases naming one thing; the first member's key names it (returned)."""
        phrases = []
        for member in members:
            words = WORD.findall(str(member))
            phrases.append(tuple(self.form(w) for w in words) if len(words) > 1 else tuple(map(self.word_key, words)))
        phrases = [p for p in phrases if p]
        if len(phrases) < 2:
            return ""
        group = "_".join(phrases[0]).casefold()
        for phrase in phrases:
            entries = self.by_first.setdefault(phrase[0], [])
            if (phrase, group) not in entries:
                entries.append((phrase, group))
                entries.sort(key=lambda e: -len(e[0]))  # the longest member first
        return group

    def with_definitions(self, text: str) -> "PhraseTable":
        """This table and the short forms the text defines for common words ("pemutusan hubungan
        kerja (PHK)"); a defined name ("Badan Gizi Nasional (BGN)") is a name either way."""
        found = [d for d in definitions(text, set(CONNECTORS))
                 if d.initials_match and len(d.words) >= 2 and not any(w[:1].isupper() for w in d.words)]
        if not found:
            return self
        table = PhraseTable(self.stem, {k: list(v) for k, v in self.by_first.items()})
        for d in found:
            long = " ".join(d.words)
            # A long form the groups already hold ("hubungan arus pendek (HAP)"): its short form joins that group.
            listed = set(self.keys(long).values())
            table.add_group([listed.pop(), d.short] if len(listed) == 1 else [d.short, long])
        return table

    def single(self, word: str) -> str | None:
        """The group of a one-word member, read alone ("konsleting" in "Pasca-konsleting", "KPG" in "Pasca-KPG")."""
        for part in [word] + word.split("-")[1:]:
            if group := next((e[1] for e in self.by_first.get(self.word_key(part), ()) if len(e[0]) == 1), None):
                return group
        return None

    def groups(self) -> set[str]:
        """The keys of the groups."""
        return {group for entries in self.by_first.values() for _, group in entries}

    def members(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, group key) of each member named in the text, longest first where they overlap."""
        found: list[tuple[int, int, str]] = []
        if not self.by_first:
            return found
        words = list(WORD.finditer(text))
        forms = [self._form(m.group()) for m in words]
        i = 0
        while i < len(words):
            match = next((e for e in self.by_first.get(forms[i], ()) if len(e[0]) > 1 and tuple(forms[i: i + len(e[0])]) == e[0]),
                         None) or next((e for e in self.by_first.get(self.word_key(words[i].group()), ()) if len(e[0]) == 1), None)
            if match is None:
                i += 1
                continue
            found.append((words[i].start(), words[i + len(match[0]) - 1].end(), match[1]))
            i += len(match[0])
        return found

    def keys(self, text: str) -> dict[int, str]:
        """Where each member named in the text starts -> its group's key. Only the first word: the
        others keep their own stems, so the same wording shares as many words as it did
        ("hubungan arus pendek" twice: korsleting, arus, pendek)."""
        return {start: group for start, _, group in self.members(text)}


class PhraseKeys:
    """The phrase keys of the texts one run reads, computed once a text. The article itself
    (``article``: every word read from the document's text) is kept apart and never evicted:
    a long article reads more than CACHE sentences and claims, and re-reading the whole
    article each time the cache filled would cost its length again and again (quadratic)."""

    def __init__(self, table: PhraseTable, article: str | None = None):
        self.table = table
        self.groups = table.groups()
        self.cache: dict[str, dict[int, str]] = {}
        self.article = article
        self.article_keys: dict[int, str] | None = None
        # (start, end) of a word of the article -> how the check compares it (HedgeOptions.key).
        self.article_words: dict[tuple[int, int], str] = {}

    def of(self, text: str) -> dict[int, str]:
        if text is self.article:
            if self.article_keys is None:
                self.article_keys = self.table.keys(text)
            return self.article_keys
        found = self.cache.pop(text, None)
        if found is None:
            found = self.table.keys(text)
            if len(self.cache) >= CACHE:
                # The text read longest ago goes: a hedged claim's text, asked for again with each
                # later sentence compared with it, stays, where emptying the cache re-read them all.
                del self.cache[next(iter(self.cache))]
        self.cache[text] = found  # the latest read last
        return found
