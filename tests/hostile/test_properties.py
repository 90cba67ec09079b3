"""Property tests over generated texts: whatever the article, linting never raises, every
finding's position lies inside the text and names the text it quotes, and every
reporter renders it. A bounded number of examples keeps CI quick and repeatable."""

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from qa_lint.api import LintResult, Linter, Options
from qa_lint.reporters import ReportContext, registry

# Characters that exercise the readers and segmenters: markup, quotes, marks that end
# sentences, digits and separators, line ends, a combining mark, an emoji, non-BMP text.
ALPHABET = st.sampled_from(list(
    "aAbBeEgGiIlLnNrRtTuU  \n\n\r\t.,;:!?\"'“”‘’«»()[]<>/&#-–—*_`~=|0123456789%$€"
    "ÀéÉßİı\u0301\u00a0\u200b😀𝒳"
))
WORDS = st.sampled_from([
    "Benggala Barat", "Rabu (20/6/2024)", "Kamis", "1,5 miliar", "1.5 billion", "kata Putin", "menurut",
    "<b>", "</b>", "<!-- qa-lint-disable -->", "---\n", "# ", "> ", "```", "[a](http://x)", "&amp;", "&#x1F600;",
    "kemungkinan akan", "telah", "Critics say", "“Kami", "”", "Jakarta,", "Senin (3/6)", "Senin (4/6)",
])
TEXTS = st.lists(st.one_of(st.text(ALPHABET, max_size=12), WORDS), max_size=60).map("".join)

LINTERS = {}


def linter(language):
    if language not in LINTERS:
        LINTERS[language] = Linter(Options(language=language, timeout=30))
    return LINTERS[language]


@settings(max_examples=120, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, fmt=st.sampled_from(["txt", "md", "html"]), language=st.sampled_from(["id", "en"]))
def test_positions_are_inside_the_text_and_quote_it(text, fmt, language):
    result = linter(language).lint_text(text, path=f"generated.{fmt}", fmt=fmt)
    assert result.error is None
    body = text[1:] if text.startswith("\ufeff") else text
    lines = body.split("\n")
    for f in result.findings:
        assert 0 <= f.offset <= f.offset + f.length <= len(body), f
        assert body[f.offset:f.offset + f.length] == f.match, f
        assert 1 <= f.line <= len(lines) and 1 <= f.column <= len(lines[f.line - 1]) + 1, f
        assert (f.line, f.column) <= (f.end_line, f.end_column), f
        prefix = body[:f.offset]
        assert f.line == prefix.count("\n") + 1 and f.column == len(prefix) - (prefix.rfind("\n") + 1) + 1, f
        for rel in f.related:
            if rel.offset is not None and rel.path is None:
                assert 0 <= rel.offset <= rel.offset + (rel.length or 0) <= len(body)


@settings(max_examples=40, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, fmt=st.sampled_from(["txt", "md", "html"]))
def test_every_reporter_renders_whatever_is_found(text, fmt):
    result = LintResult(files=[linter("id").lint_text(text, path=f"generated.{fmt}", fmt=fmt)])
    context = ReportContext(rules=linter("id").rules(), version="test")
    for name, reporter in registry().items():
        rendered = reporter.render(result, context)
        assert isinstance(rendered, str)
        if name in ("json", "sarif", "rdjson"):
            json.loads(rendered)
