"""quote-balance and the apostrophe handling it relies on (segment.quote_events)."""

from pathlib import Path

import pytest

from qa_lint import segment
from qa_lint.readers import read_text
from qa_lint.span import Span

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "tribunnews-putin-korut.txt"


def quote_findings(linter, text, language="en", fmt="txt"):
    result = linter.lint_text(text, fmt=fmt, language=language)
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "common.quote.balance"]


def marks(text):
    return [(text[i], opens) for i, _, opens in segment.quote_events(text, Span(0, len(text)))]


def test_seed_line_4_two_openers_one_closer(linter):
    found = [f for f in linter.lint_file(FIXTURE).findings if f.category == "quotation"]
    assert [(f.line, f.column, f.severity) for f in found] == [(4, 1, "warning")]
    assert "never closed; a second quotation opens before it ends" in found[0].message
    assert found[0].related[0].column == 96  # where the second remark starts


@pytest.mark.parametrize(
    "text",
    [
        "“Dalam hal itu, kami belum meminta siapa pun,” ujarnya.",
        "Dia berkata, “Secara khusus, alat ‘berdaya ledak rendah’ sedang dikembangkan.”",
        "Salat Jum'at dan Jum’at, Al-Qur'an, don't, it's, the editors' note, the ’90s and '80s.",
        'He said "yes" and she said \'no\'.',
        "The choir sang ‘the Mass’ twice.",
        'He is 6\'2" tall and "ready".',
    ],
)
def test_balanced_paragraphs_stay_quiet(linter, text):
    assert quote_findings(linter, text) == []


@pytest.mark.parametrize(
    "text,column,message",
    [
        ("Dia berkata, “Secara khusus, itu dikembangkan.", 14, "never closed in this paragraph"),
        ("Itu dikembangkan,” katanya.", 18, "closing quotation mark with no opening mark"),
        ('He said "we will not back down.', 9, "never closed in this paragraph"),
        ("He called it “a ‘special operation and nothing more.”", 17, "before the quotation around it ends"),
        ("“One remark. “Another remark,” he said.", 1, "a second quotation opens before it ends"),
    ],
)
def test_unbalanced_paragraphs_report_the_unmatched_mark(linter, text, column, message):
    (f,) = quote_findings(linter, text)
    assert f.column == column and message in f.message and f.category == "quotation"


def test_quote_continued_into_next_paragraph_is_tolerated(linter):
    text = "“We will not retreat,” he said. “The fight goes on.\n\n“We have the will,” he added.\n"
    assert quote_findings(linter, text) == []
    # Without an opening mark on the next paragraph the quote is simply unclosed.
    text = "“We will not retreat,” he said. “The fight goes on.\n\nHe left the room.\n"
    (f,) = quote_findings(linter, text)
    assert (f.line, f.column) == (1, 33)


def test_one_paragraph_per_line_is_checked_line_by_line(linter):
    text = "“Kalimat pertama yang panjang sekali dan terus berlanjut sampai melewati batas delapan puluh karakter.\nIa pergi tanpa menutup kutipan itu dan baris ini juga cukup panjang untuk dianggap paragraf sendiri.\n"
    (f,) = quote_findings(linter, text, language="id")
    assert (f.line, f.column) == (1, 1)


def test_quote_events_directions():
    assert marks('a "b" c') == [('"', True), ('"', False)]
    assert marks("the editors' note") == []
    assert marks("Jum'at, Qur’an, don't") == []
    assert marks("‘the Mass’ and the bosses’ car") == [("‘", True), ("’", False)]
    assert marks("in the '90s and ’24") == []
    assert marks("'24 jam' penuh") == [("'", True), ("'", False)]
    assert marks('5\'10" tall') == []


def test_quotations_span_uses_the_same_apostrophe_rules():
    text = "She sang ‘the Mass’ and said “it's fine, the editors' choice.”"
    doc = read_text(text, "a.txt")
    assert [text[q.start:q.end] for q in doc.quoted] == ["‘the Mass’", "“it's fine, the editors' choice.”"]


def test_quote_events_keep_to_their_block_and_see_its_edges():
    """Marks on a block's first and last character are its own; those just outside are not."""
    text = '"a" «b» “c” \'d\' ‘e’'
    inner = Span(4, 11)  # «b» “c”
    assert [(i, ch) for i, ch, _ in segment.quote_events(text, inner)] == [(4, "«"), (6, "»"), (8, "“"), (10, "”")]
    assert [ch for _, ch, _ in segment.quote_events(text, Span(0, len(text)))] == list('""«»“”\'\'‘’')
    assert list(segment.quote_events(text, Span(1, 2))) == []
