"""Document lookups checks lean on: the sentence/paragraph window around an offset."""

from qa_lint.readers import read_text
from qa_lint.span import Span

TEXT = "One here. Two there. Three now.\n\nSecond para. Last one."


def test_window_sentence_and_neighbours():
    doc = read_text(TEXT, "w.txt")
    two = TEXT.index("Two")
    assert TEXT[doc.window("sentence", two).start:doc.window("sentence", two).end].strip() == "Two there."
    wide = doc.window("sentence", two, neighbours=1)
    assert TEXT[wide.start:wide.end].strip() == "One here. Two there. Three now."
    # Neighbours stop at the first and last sentence instead of wrapping round.
    last = doc.window("sentence", TEXT.index("Last"), neighbours=5)
    assert last == Span(doc.sentences[0].start, doc.sentences[-1].end)


def test_window_paragraph_and_outside_any_span():
    doc = read_text(TEXT, "w.txt")
    para = doc.window("paragraph", TEXT.index("Second"))
    assert TEXT[para.start:para.end].strip() == "Second para. Last one."
    # The blank line between paragraphs belongs to no block: the whole document.
    assert doc.window("paragraph", TEXT.index("\n\n") + 1) == Span(0, len(TEXT))
    assert doc.window("document", 3) == Span(0, len(TEXT))


def test_enclosing_answers_for_any_span_list():
    doc = read_text('He said "yes" then. She said "no".', "q.txt")
    inner = doc.enclosing(doc.quoted, doc.text.index("yes"))
    assert doc.text[inner.start:inner.end] == '"yes"'
    assert doc.enclosing(doc.quoted, doc.text.index("then")) is None
    # Another list (the sentences) gets its own answer, not the quotations' one.
    assert doc.enclosing(doc.sentences, doc.text.index("then")) == doc.sentences[0]
    assert doc.in_quotation(doc.text.index("no"), doc.text.index("no") + 2)
