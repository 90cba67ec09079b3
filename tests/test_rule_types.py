"""The core rule types: pattern, terms, rendering, and their context conditions."""

import textwrap

import pytest

from qa_lint import packs
from qa_lint.readers import read_text


def pack_with(tmp_path, rules_yaml: str):
    path = tmp_path / "p.yaml"
    path.write_text("pack: t\nlanguage: id\nrules:\n" + textwrap.indent(textwrap.dedent(rules_yaml), "  "), encoding="utf-8")
    return packs.load([path], include_bundled=False)


def run(pset, rule_id, text, fmt="txt"):
    doc = read_text(text, "a." + fmt, fmt)
    doc.language = "id"
    return list(pset.check(rule_id).run(doc))


def test_terms_per_term_message_suggestion_and_severity(tmp_path):
    pset = pack_with(tmp_path, """\
        - id: t.terms.x
          type: terms
          severity: warning
          category: vague-source
          message: 'default for {match}'
          ignore_case: true
          terms:
            - beberapa analis
            - term: sumber yang enggan disebutkan namanya
              message: 'anonymous: {term}'
              severity: info
              suggestion: sebutkan sumbernya
          examples: {bad: [beberapa analis], good: [Analis Andi]}
        """)
    found = run(pset, "t.terms.x", "Beberapa  analis menilai. Menurut sumber yang enggan\ndisebutkan namanya, ya.")
    assert [(f.line, f.column, f.severity) for f in found] == [(1, 1, "warning"), (1, 35, "info")]
    # {match} quotes the words as read: whitespace runs (and line breaks) become one space.
    assert found[0].message == "default for Beberapa analis" and found[0].match == "Beberapa  analis"
    assert found[1].message == "anonymous: sumber yang enggan disebutkan namanya"
    assert found[1].suggestions == ["sebutkan sumbernya"] and found[1].end_line == 2


def test_terms_are_word_bounded_and_case_sensitive_when_asked(tmp_path):
    pset = pack_with(tmp_path, """\
        - id: t.terms.case
          type: terms
          severity: info
          category: style
          message: m
          ignore_case: false
          terms: [AS, U.S.]
          examples: {bad: [kata AS], good: [kata as]}
        """)
    found = run(pset, "t.terms.case", "Presiden AS dan U.S. bukan AShar atau as.")
    assert [f.match for f in found] == ["AS", "U.S."]


def test_thousand_terms_compile_and_match(tmp_path):
    terms = "\n".join(f"            - kata{i:04d}" for i in range(1000))
    pset = pack_with(tmp_path, f"""\
        - id: t.terms.many
          type: terms
          severity: info
          category: style
          message: m
          terms:
{terms}
          examples: {{bad: [kata0999], good: [kata10000]}}
        """)
    found = run(pset, "t.terms.many", "kata0001 kata0999 kata1000 kata00010")
    assert [f.match for f in found] == ["kata0001", "kata0999"]


def test_pattern_suggestion_templates_and_antipatterns(tmp_path):
    pset = pack_with(tmp_path, r"""
        - id: t.pat.secneg
          type: pattern
          severity: error
          category: mistranslation
          message: '{match}'
          pattern: 'Sekretaris Negara(?P<rest> AS)'
          suggestions: ['Menteri Luar Negeri\g<rest>']
          antipatterns: ['Menteri Sekretaris Negara AS']
          examples: {bad: [Sekretaris Negara AS], good: [Menteri Sekretaris Negara]}
        """)
    found = run(pset, "t.pat.secneg", "Sekretaris Negara AS tiba. Menteri Sekretaris Negara AS bukan jabatan.")
    assert len(found) == 1 and found[0].suggestions == ["Menteri Luar Negeri AS"]


def test_context_sentence_window_and_quotes(tmp_path):
    pset = pack_with(tmp_path, """\
        - id: t.ren.x
          type: rendering
          severity: error
          category: mistranslation
          message: '{match} -> {meant}'
          pattern: '\\bkalkun\\b'
          meant: Turki
          context: {window: sentence, require_any: [Ankara, Erdogan], outside_quotes: true}
          examples: {bad: [Ankara kalkun], good: [resep kalkun]}
        """)
    text = "Presiden kalkun Erdogan tiba. Resep kalkun panggang. “Kalkun dari Ankara,” katanya."
    found = run(pset, "t.ren.x", text)
    assert [(f.column, f.message) for f in found] == [(10, "kalkun -> Turki")]


def test_context_term_is_not_its_own_evidence(tmp_path):
    pset = pack_with(tmp_path, """\
        - id: t.ren.self
          type: rendering
          severity: error
          category: mistranslation
          message: m
          pattern: '\\bBenggala Barat\\b'
          meant: Barat
          context: {require_any: [Barat]}
          examples: {bad: [Benggala Barat dan Barat], good: [Benggala Barat saja]}
        """)
    assert run(pset, "t.ren.self", "Benggala Barat saja.") == []
    assert len(run(pset, "t.ren.self", "Benggala Barat dan negara Barat.")) == 1


def test_unknown_rule_type_is_a_pack_error(tmp_path):
    with pytest.raises(packs.PackError, match=r"p.yaml:5:11: unknown rule type 'nope'"):
        pack_with(tmp_path, """\
            - id: t.x.y
              type: nope
            """)


def test_duplicate_rule_ids_are_rejected(tmp_path):
    rule = """\
        - id: t.dup.x
          type: pattern
          severity: info
          category: style
          message: m
          pattern: x
          examples: {bad: [x], good: [y]}
        """.rstrip(" ")
    with pytest.raises(packs.PackError, match="already defined"):
        pack_with(tmp_path, rule + rule)
