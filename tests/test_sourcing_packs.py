"""The sourcing packs (rules/id/sourcing.yaml, rules/en/sourcing.yaml) on whole articles:
they find the seed's problems, generalise to copy they were not written from, and stay
quiet on clean news copy (tests/data/sourcing/clean-*.txt)."""

from pathlib import Path

import pytest

from qa_lint import packs
from qa_lint.readers import read_file, read_text

from conftest import FIXTURES, ROOT

CLEAN = sorted((ROOT / "tests" / "data" / "sourcing").glob("clean-*.txt"))
SERIOUS = ("error", "warning")


@pytest.fixture(scope="module")
def pset():
    return packs.load()


def sourcing_findings(pset, doc, language):
    """Findings of the sourcing rules only: other packs are tested by their owners."""
    doc.language = language
    doc.abbreviations = pset.languages[language].abbreviations
    checks = [c for c in pset.checks_for(language) if ".sourcing." in c.rule.id]
    assert checks
    return [f for c in checks for f in c.run(doc)]


def lint(pset, text, language):
    return sourcing_findings(pset, read_text(text, "<test>", "txt"), language)


def test_there_is_clean_copy_in_both_languages():
    assert any("-id-" in p.name for p in CLEAN) and any("-en-" in p.name for p in CLEAN)


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_news_copy_gets_no_warning(pset, path):
    language = path.name.split("-")[1]
    found = sourcing_findings(pset, read_file(path), language)
    serious = [(f.line, f.rule, f.match) for f in found if f.severity in SERIOUS]
    assert not serious


def test_seed_must_find_rows_and_clean_lines(pset):
    found = sourcing_findings(pset, read_file(FIXTURES / "tribunnews-putin-korut.txt"), "id")
    lines = {(f.line, f.category) for f in found}
    assert (3, "unsupported-assertion") in lines
    assert (12, "vague-source") in lines
    clean = {2, 6, 7, 8, 9, 14, 16, 19, 21, 25}
    assert not [(f.line, f.rule) for f in found if f.line in clean and f.severity in SERIOUS]


# Copy the rules were not written from: the class of error, in other words.
BAD = [
    ("id", "Israel kemungkinan akan menyerang fasilitas nuklir Iran, kata pejabat AS. Harga minyak naik. "
           "Israel telah menyerang fasilitas nuklir Iran di Isfahan.", 1, "unsupported-assertion"),
    ("id", "Harga BBM bersubsidi diprediksi naik bulan depan.\nPertamina menaikkan harga BBM bersubsidi "
           "sebesar Rp 1.000 per liter.", 2, "unsupported-assertion"),
    ("en", "The company could cut 5,000 jobs, sources said.\nShares fell 3%.\nThe company will cut 5,000 jobs "
           "in Europe and Asia.", 3, "unsupported-assertion"),
    ("id", "Sejumlah ekonom memperkirakan rupiah akan terus melemah hingga akhir tahun.", 1, "vague-source"),
    ("id", "Banyak kalangan menilai putusan hakim terlalu ringan.", 1, "vague-source"),
    ("id", "Menurut sumber yang tidak bersedia disebutkan identitasnya, rapat itu berlangsung tegang.", 1, "vague-source"),
    ("id", "Presiden konon akan merombak kabinet sebelum Agustus.", 1, "vague-source"),
    ("en", "Some economists warn that the rupiah will keep falling.", 1, "vague-source"),
    ("en", "Critics argue that the ruling was too lenient.", 1, "vague-source"),
    ("en", "Two officials, speaking on condition of anonymity, said the meeting was tense.", 1, "vague-source"),
    ("id", "Juru bicara itu berkilah bahwa data yang beredar tidak akurat.", 1, "loaded-language"),
    ("en", "The senator blasted the plan as reckless.", 1, "loaded-language"),
    ("id", "Wali kota mengatakan banjir surut.\n\nBanjir itu merendam 3.000 rumah dan menewaskan 12 warga.\n\n"
           "Warga mengatakan air naik cepat.", 3, "unsupported-assertion"),
    ("en", "The mayor said the water was receding.\n\nThe flood killed 12 residents and destroyed 3,000 homes.\n\n"
           "Residents said the water rose fast.", 3, "unsupported-assertion"),
    # "in May" is a month, not a hedge that would excuse the toll.
    ("en", "The mayor said the water was receding.\n\nThe flood in May killed 12 residents.\n\n"
           "Residents said the water rose fast.", 3, "unsupported-assertion"),
    ("id", "Presiden dikabarkan akan mencopot Kapolri dan Jaksa Agung dalam perombakan kabinet.\nPresiden mencopot "
           "Kapolri dan Jaksa Agung dalam perombakan kabinet.", 2, "unsupported-assertion"),
]

GOOD = [
    ("id", "Israel kemungkinan akan menyerang fasilitas nuklir Iran, kata pejabat AS. Iran telah memperingatkan "
           "akan membalas setiap serangan."),
    ("id", "Ekonom Bank Permata, Josua Pardede, memperkirakan rupiah akan melemah hingga akhir tahun."),
    ("id", "Sebanyak 200 warga mengungsi ke balai desa setelah tanggul jebol, kata kepala desa."),
    ("en", "Economists at Capital Economics warned that the pound would keep falling."),
    ("en", "The company could cut 5,000 jobs, two people familiar with the plan said. Its chief executive "
           "has run the company since 2019."),
    ("en", "The senator criticised the plan as reckless, saying it would raise costs."),
    ("en", "The company said in May it would cut 500 jobs in Europe. Shares fell. The company has cut 500 jobs in Europe."),
    ("id", "Harga cabai diperkirakan naik menjelang Ramadan. Pedagang mengatakan pasokan berkurang. Pada Senin (4/3/2024), "
           "harga cabai rawit naik Rp 10.000 per kilogram di Pasar Senen."),
]


@pytest.mark.parametrize("language,text,line,category", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_generalises_to_new_copy(pset, language, text, line, category):
    found = lint(pset, text, language)
    assert any(f.line == line and f.category == category for f in found), [(f.line, f.rule, f.match) for f in found]


@pytest.mark.parametrize("language,text", GOOD, ids=[f"{g[0]}-{i}" for i, g in enumerate(GOOD)])
def test_quiet_on_correct_copy(pset, language, text):
    found = lint(pset, text, language)
    assert not [(f.line, f.rule, f.match) for f in found if f.severity in SERIOUS]


def test_every_sourcing_rule_explains_itself(pset):
    rules = [r for r in pset.rules if ".sourcing." in r.id]
    assert {r.language for r in rules} == {"id", "en"}
    for rule in rules:
        assert len(rule.description) > 40, rule.id
        assert rule.examples["bad"] and rule.examples["good"], rule.id


# Development articles for issue 11 (fixtures/hedges/): each annotated problem is found by its
# rule on its line, and the clean lines get no sourcing finding at all.
HEDGE_FIXTURES = sorted((ROOT / "fixtures" / "hedges").glob("*.expected.yaml"))


@pytest.mark.parametrize("spec_path", HEDGE_FIXTURES, ids=[p.name for p in HEDGE_FIXTURES])
def test_hedge_fixtures(pset, spec_path):
    import yaml

    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    found = sourcing_findings(pset, read_file(spec_path.parent / spec["file"]), spec["language"])
    got = {(f.line, f.rule) for f in found}
    for problem in spec["problems"]:
        assert (problem["line"], problem["rule"]) in got, (problem, sorted(got))
    assert not [(f.line, f.rule, f.match) for f in found if f.line in spec["clean_lines"]]
