"""tools/synth_sense_neighbourhoods.py (a rule's wrong rendering in other neighbourhoods) and
tools/mine_sense_domains.py (domain word lists that rendering rules read as context)."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import freedict_gaps as gaps  # noqa: E402
import mine_sense_domains as domains  # noqa: E402
import synth_sense_neighbourhoods as synth  # noqa: E402


def hood(sentences=()):
    return synth.Neighbourhoods(["Singapura", "Jepang", "Jawa Barat"], ["Nvidia", "Boeing"], list(sentences),
                                {"pengacara", "hakim", "saham", "investor", "persediaan"})


def variants(text, fix="banding", sentences=()):
    left, rest = text.split("[[", 1)
    span, right = rest.split("]]", 1)
    case = synth.Case("id.mt.x", "example", left, span, right, fix)
    return {v.kind: v for v in hood(sentences).variants(case)}


def test_each_neighbourhood_keeps_the_wrong_words_marked():
    made = variants("Pengacara itu akan [[mengajukan daya tarik]] atas putusan hakim di Singapura, kata investor.",
                    sentences=["Harga minyak naik pada Senin."])
    assert made["place"].text.endswith("atas putusan hakim di Jawa Barat, kata investor.") or "Jepang" in made["place"].text
    assert made["modifier"].left.endswith("akan juga ")  # an adverb before a verb span
    assert made["fronted"].text.startswith("Menurut investor, pengacara itu akan ")
    assert made["fronted"].span == "mengajukan daya tarik"
    assert made["after-real"].left.startswith("Harga minyak naik pada Senin. ")
    assert made["before-real"].right.endswith(" Harga minyak naik pada Senin.")
    assert "nya" not in made  # a verb span takes no -nya
    assert made["place"].control().span == "banding"


def test_a_name_after_a_noun_span_is_its_possessor_and_a_noun_takes_nya_in_object_position():
    made = variants("[[Persediaan]] Boeing anjlok 14 persen.", fix="Saham")
    assert made["possessor"].text == "Persediaan Nvidia anjlok 14 persen."
    assert made["fronted"].text == "Sementara itu, persediaan Boeing anjlok 14 persen."
    assert made["fronted"].control().span == "saham"
    noun = variants("Investor menunda [[potongan tarif]] karena inflasi.", fix="pemangkasan suku bunga")
    assert noun["nya"].span == "potongan tarifnya"
    assert noun["nya"].control().span == "pemangkasan suku bunganya"
    assert noun["modifier"].right == " baru karena inflasi."  # a modifier where the noun phrase ends


def test_the_measure_counts_caught_variants_and_alarms_on_controls():
    rules = synth.rendering_rules(["id.mt.stock-persediaan"])
    result = synth.measure(rules, synth.Neighbourhoods(synth.places(), ["Nvidia"], ["Harga beras naik di pasar induk."],
                                                       synth.common_words()))
    caught = sum(v[0] for v in result["per_kind"].values())
    tried = sum(v[1] for v in result["per_kind"].values())
    assert tried >= 9 and caught >= tried - 2
    examples = len(synth.bad_cases(rules[0]))
    assert examples >= 3 and result["per_kind"]["example"] == [examples, examples]  # its own examples are caught
    assert result["alarms"] == [] and result["controls"] >= 6


def test_the_committed_domain_lists_are_what_the_miner_makes():
    assert domains.main(["--check"]) == 0


def test_a_rendering_is_a_domain_word_only_when_most_of_its_senses_are_in_the_domain():
    entries = [
        {"headword": "court", "senses": [{"id": ["pengadilan"], "glosses": ["a tribunal"]},
                                         {"id": ["lapangan"], "glosses": ["place for playing tennis"]}]},
        {"headword": "field", "senses": [{"id": ["lapangan"], "glosses": ["open land"]}]},
        {"headword": "tribunal", "senses": [{"id": ["pengadilan"], "glosses": ["a court of justice and law"]}]},
        {"headword": "sentence", "senses": [{"id": ["kalimat"], "glosses": ["a judge's sentence in court"]}]},
    ]
    mined = domains.mine(entries, {"court": {"court", "justice", "judge"}}, wrong={"kalimat"})
    # "lapangan" renders a tennis court and a field: half its senses, not a court word;
    # "kalimat" is the wrong rendering the rules flag, no sign of a court story.
    assert mined["court"] == ["pengadilan"]


def test_a_news_word_the_dictionary_lacks_or_has_only_in_its_everyday_sense_is_a_gap():
    dictionary = {"mouse": [{"id": ["tikus"], "glosses": ["a small rodent"]}],
                  "court": [{"id": ["pengadilan"], "glosses": ["a tribunal of justice"]}], "year": [{"id": ["tahun"], "glosses": []}]}
    topics = {"mouse": {"computer science"}, "court": {"law"}}
    cues = {"technology": {"computer", "software"}, "courts-crime": {"law", "justice"}}
    rows = gaps.gaps({"mouse", "court", "counterpart", "years"}, topics, dictionary, cues,
                     {"counterpart": ["id.mt.counterpart-pasangan"]}, min_zipf=2.0)
    found = {r["word"]: (r["gap"], r["news_domains"], r["status"]) for r in rows}
    # "court" has its news sense in the dictionary; "years" is "year" inflected.
    assert found == {"mouse": ("no news sense", "technology", "open"),
                     "counterpart": ("missing", "", "id.mt.counterpart-pasangan")}
    assert gaps.inflection_of("going", {"go": []}) == "go" and gaps.inflection_of("made", {"make": []}) == "make"


def test_a_title_keeps_its_capitals_when_fronted_and_possessors_come_from_the_same_domain():
    case = synth.Case("id.mt.a", "example", "", "Pengadilan Agung", " AS memutuskan perkara itu.", "Mahkamah Agung")
    hood = synth.Neighbourhoods([], {"courts.yaml": ["Pam Bondi"], "sport.yaml": ["Arteta"]}, [], {"pengadilan", "agung"},
                                domain={"id.mt.a": "courts.yaml"})
    assert hood.fronted(case) is None  # "Sementara itu, pengadilan Agung" is no copy MT writes
    owned = synth.Case("id.mt.a", "example", "", "Jaksa Agung", " Merrick Garland mendakwa dua orang.", None)
    assert hood.possessor(owned).right.startswith(" Pam Bondi mendakwa")
