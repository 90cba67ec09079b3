"""hedging/memo.py: what the hedge-escalation check reads once (a sentence's readings a
document, a word's tests a check) is read once, and never from another document."""

from qa_lint import packs
from qa_lint.checks.hedging import memo
from qa_lint.checks.hedging.words import Names
from qa_lint.readers import read_text
from qa_lint.span import Span

RULE = "id.sourcing.hedge-escalation"


class Reader:
    def __init__(self):
        self.read: list = []

    @memo.per_span
    def words(self, doc, span, upper=False):
        self.read.append((doc.path, span.start, span.end, upper))
        text = doc.plain[span.start:span.end]
        return text.upper() if upper else text

    @memo.per_word
    def long(self, word):
        self.read.append(word)
        return len(word) > 4


def test_a_span_is_read_once_a_document_and_arguments():
    reader = Reader()
    one, two = read_text("Polisi menduga ada kebocoran.", "a.txt", "txt"), read_text("Warga resah sekali.", "b.txt", "txt")
    assert reader.words(one, Span(0, 6)) == reader.words(one, Span(0, 6)) == "Polisi"
    assert reader.words(one, Span(0, 6), upper=True) == "POLISI"
    # The same offsets in another document are another reading.
    assert reader.words(two, Span(0, 6)) == "Warga "
    assert reader.read == [("a.txt", 0, 6, False), ("a.txt", 0, 6, True), ("b.txt", 0, 6, False)]


def test_a_word_is_read_once_until_the_cache_is_full(monkeypatch):
    monkeypatch.setattr(memo, "WORDS_CACHE", 3)
    reader = Reader()
    assert [reader.long(w) for w in ("polisi", "ada", "polisi")] == [True, False, True]
    assert reader.read == ["polisi", "ada"]
    reader.long("menduga")
    reader.long("warga")  # the cache held 3: it starts again
    reader.long("polisi")
    assert reader.read == ["polisi", "ada", "menduga", "warga", "polisi"]


def test_names_are_read_once_a_document():
    doc = read_text("Menurut Budi, Jakarta banjir. Banjir di Jakarta surut.", "<test>", "txt")
    assert Names.of(doc) is Names.of(doc)
    assert "jakarta" in Names.of(doc).anywhere


def test_a_sentence_is_read_once_however_many_passes_ask_who_speaks(monkeypatch):
    check = packs.load().check(RULE)
    calls = []
    offices = type(check)._offices

    def counting(self, doc, words, cue):
        calls.append(cue.start())
        return offices(self, doc, words, cue)

    monkeypatch.setattr(type(check), "_offices", counting)
    # The walk asks who speaks in the second sentence, and so does the pass over rumours.
    text = ("Klub itu dikabarkan akan merekrut pemain asal Brasil, Thiago Silva. "
            "Kedatangan Thiago Silva disambut suporter, kata manajer klub Budi.")
    list(check.run(read_text(text, "<test>", "txt")))
    assert calls == [text.index("kata")]


class TextReader:
    def __init__(self):
        self.read: list = []

    @memo.per_text
    def words(self, text, names=None):
        self.read.append(text)
        return text.split()


def test_a_text_is_read_once_a_run_and_names_count_by_identity():
    reader = TextReader()
    a, b = Names({"budi"}, {"budi"}), Names({"budi"}, {"budi"})
    assert reader.words("Budi pergi", a) == reader.words("Budi pergi", a) == ["Budi", "pergi"]
    reader.words("Budi pergi", b)  # equal names, but another document's
    assert reader.read == ["Budi pergi", "Budi pergi"]
    reader.text_memo = {}  # what HedgeOptions.read_phrases does when a run starts
    reader.words("Budi pergi", a)
    assert len(reader.read) == 3


def test_the_content_a_caller_is_given_is_its_own(monkeypatch):
    check = packs.load().check(RULE)
    doc = read_text("Polisi menduga Budi menggelapkan dana desa.", "<test>", "txt")
    check.read_phrases(doc)
    names = Names.of(doc)
    first = check.content(doc.plain, names)
    first["tambahan"] = False  # questions.py adds the roots of a sentence's nouns to its content
    assert "tambahan" not in check.content(doc.plain, names)


def test_a_sentence_is_read_once_however_many_open_questions_come_before_it(monkeypatch):
    check = packs.load().check(RULE)
    calls = []
    roots = type(check)._roots

    def counting(self, word):
        calls.append(word)
        return roots(self, word)

    monkeypatch.setattr(type(check), "_roots", counting)
    text = ("Polisi belum memastikan apakah jembatan itu kelebihan beban. "
            "Dinas belum memastikan apakah pagar jembatan itu rusak. "
            "Warga belum tahu apakah perawatan jembatan itu rutin. "
            "Relawan membersihkan sungai pada pagi hari.")
    assert list(check.run(read_text(text, "<test>", "txt"))) == []
    # Compared with each of the three questions, the last sentence's words were rooted three times.
    assert calls.count("Relawan") == calls.count("sungai") == 1


class CountingWords:
    """WORD with its look-ups from a given offset counted."""

    def __init__(self, real, at: int):
        self.real, self.at, self.reads = real, at, 0

    def finditer(self, text, *span):
        self.reads += bool(span) and span[0] == self.at
        return self.real.finditer(text, *span)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_later_sentence_is_read_as_often_whatever_the_number_of_claims_it_is_compared_with(monkeypatch):
    from qa_lint.checks.hedging import act_nouns, restatement

    check = packs.load().check(RULE)
    reads = []
    for claims in (2, 6):
        hedges = " ".join(f"Pipa gas di Desa Suka{chr(97 + n)} diduga bocor." for n in range(claims))
        text = hedges + " Warga di sekitar pipa gas itu resah, kata Budi."
        counters = [CountingWords(module.WORD, len(hedges) + 1) for module in (restatement, act_nouns)]
        monkeypatch.setattr(restatement, "WORD", counters[0])
        monkeypatch.setattr(act_nouns, "WORD", counters[1])
        assert list(check.run(read_text(text, "<test>", "txt"))) == []
        assert check.comparisons == claims  # compared with every claim: all share "pipa gas"
        reads.append(sum(c.reads for c in counters))
    # Read word by word once for each claim, the sentence cost sentences x claims.
    assert reads[0] == reads[1], reads
