"""Pair packs, the aligner and the MQM score."""

import pytest

from qa_lint import align, mqm, packs
from qa_lint.findings import Finding
from qa_lint.readers import read_text

PAIR_RULE = """pack: my-pair
language: id
source_language: en
rules:
  - id: my.pair.hedge
    type: pair-cues
    severity: warning
    category: unsupported-assertion
    message: hedge dropped
    cues_file: {cues}
    when_source: [en.hedges]
    unless_target: [id.hedges, id.modals]
    examples:
      bad: [{bad}]
      good: [{{source: "It may rain.", text: "Mungkin hujan."}}]
"""


def write_pack(tmp_path, bad: str, cues: str | None = None):
    cues = cues or str(packs.bundled_rules_dir() / "en-id" / "data" / "cues.yaml")
    path = tmp_path / "pack.yaml"
    path.write_text(PAIR_RULE.format(cues=cues, bad=bad), encoding="utf-8")
    return path


def test_pair_pack_loads_and_its_examples_run(tmp_path):
    path = write_pack(tmp_path, '{source: "It may rain.", text: "Akan hujan."}')
    pack = packs.load_pack(path)
    assert pack.source_language == "en" and pack.rules[0].source_language == "en"
    from qa_lint import ruletest

    pset = packs.load([path], include_bundled=True)
    outcomes = list(ruletest.run_all(pset, ["my.pair"]))
    assert [o.ok for o in outcomes] == [True, True]


def test_pair_example_without_a_source_is_a_pack_error(tmp_path):
    path = write_pack(tmp_path, '"Akan hujan."')
    with pytest.raises(packs.PackError, match="needs a source and a text") as info:
        packs.load_pack(path)
    assert (info.value.line, info.value.column) == (14, 13)  # the example in "bad: [...]"


def test_pair_rule_type_outside_a_pair_pack_is_a_pack_error(tmp_path):
    path = tmp_path / "mono.yaml"
    path.write_text(PAIR_RULE.replace("source_language: en\n", "").format(cues="x.yaml", bad='{source: "a", text: "b"}'), encoding="utf-8")
    with pytest.raises(packs.PackError, match="put it in a pack with source_language"):
        packs.load_pack(path)


def test_unknown_cue_list_names_the_rule(tmp_path):
    cues = tmp_path / "cues.yaml"
    cues.write_text("en: {hedges: [may]}\nid: {hedges: [mungkin]}\n", encoding="utf-8")
    path = write_pack(tmp_path, '{source: "It may rain.", text: "Akan hujan."}', str(cues))
    with pytest.raises(packs.PackError, match="my.pair.hedge.*id.modals"):
        packs.load([path], include_bundled=False)


def docs(source: str, target: str):
    pset = packs.load()
    s, t = read_text(source, "s.txt"), read_text(target, "t.txt")
    pset.settle_language(s, "en")
    pset.settle_language(t, "id")
    return s, t


def test_line_aligned_pair_is_aligned_by_line():
    s, t = docs("One line here.\nA second line, longer than the first.\n", "Satu baris di sini.\nBaris kedua, lebih panjang dari yang pertama.\n")
    pair = align.align(s, t)
    assert pair.method == "lines" and len(pair.units) == 2
    assert pair.target_text(pair.units[1]).startswith("Baris kedua")


def test_sentences_are_aligned_when_paragraphs_differ():
    source = ("The minister spoke on Monday. She said 2,000 homes were damaged.\n\n"
              "Aid arrived on Tuesday. The army sent 300 soldiers.\n")
    target = ("Menteri berbicara pada Senin.\nIa mengatakan 2.000 rumah rusak.\nBantuan tiba pada Selasa.\n"
              "Tentara mengirim 300 prajurit.\n")
    s, t = docs(source, target)
    pair = align.align(s, t)
    assert pair.method == "sentences"
    texts = [(pair.source_text(u), pair.target_text(u)) for u in pair.units]
    assert ("She said 2,000 homes were damaged.", "Ia mengatakan 2.000 rumah rusak.") in texts
    assert ("The army sent 300 soldiers.", "Tentara mengirim 300 prajurit.") in texts


def test_unrelated_texts_are_refused():
    s, t = docs("\n".join(f"Sentence {i} of a long unrelated English text about other things entirely." for i in range(30)), "Satu kalimat.\n")
    with pytest.raises(align.AlignError, match="cannot align"):
        align.align(s, t)


def finding(severity: str, mqm_type: str = "accuracy/mistranslation") -> Finding:
    return Finding("a", 1, 1, 1, 2, 0, 1, "r", severity, "mistranslation", mqm_type, "m", "x")


def test_mqm_score_weights_and_threshold():
    found = [finding("error"), finding("warning", "fluency/punctuation"), finding("info")]
    score = mqm.score(found, 500, threshold=50)
    assert score["penalty"] == 31 and score["per_1000_words"] == 62.0 and score["pass"] is False
    assert score["by_dimension"] == {"accuracy": 2, "fluency": 1}
    assert score["by_severity"] == {"minor": 1, "major": 1, "critical": 1}
    assert mqm.score(found, 500)["pass"] is None
    assert found[0].to_dict()["mqm_severity"] == "critical"
