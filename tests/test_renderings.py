"""The Indonesian MT-rendering pack: big enough, explained, and context-aware.

A rendering is only a mistake in the wrong context ("Benggala Barat" is right
in a story about India), so every rule must say why it exists, carry context
conditions, and prove with a good example that the context keeps a
legitimate look-alike quiet.
"""

from pathlib import Path

import pytest
import regex
import yaml

from qa_lint import packs, ruletest

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "rules" / "id" / "mt-renderings"
# One file per news domain, all of them the pack id-mt-renderings.
DOMAIN_FILES = sorted(LEXICON.glob("*.yaml"))
DOMAIN_PACKS = [packs.load_pack(path) for path in DOMAIN_FILES]
ALL_RULES = [rule for pack in DOMAIN_PACKS for rule in pack.rules]
PACKSET = packs.load()
RULES = {rule.id: rule for rule in ALL_RULES}
DOMAINS = set(yaml.safe_load((ROOT / "rules" / "en-id" / "data" / "mining.yaml").read_text(encoding="utf-8"))["domains"])
CONTEXT_KEYS = ("require_any", "forbid_any", "outside_quotes", "neighbours")

# Renderings issue 3 names explicitly; each must have its own rule.
REQUIRED_RULES = [
    "id.mt.west-bengal",
    "id.mt.doctrine-education",
    "id.mt.nuclear-yield",
    "id.mt.turkey-kalkun",
    "id.mt.secretary-of-state",
    "id.mt.house-speaker",
    "id.mt.us-state-negara",
    "id.mt.china-porselen",
    "id.mt.chile-cabai",
    "id.mt.hungary-lapar",
    "id.mt.georgia-us-state",
]


def text_of(example) -> str:
    return example if isinstance(example, str) else example["text"]


def test_pack_has_at_least_25_rules():
    assert len(ALL_RULES) >= 25, len(ALL_RULES)
    assert all(rule.id.startswith("id.mt.") for rule in ALL_RULES)


@pytest.mark.parametrize("pack", DOMAIN_PACKS, ids=lambda p: p.path.name)
def test_domain_file_is_part_of_the_pack(pack):
    # Several files share the pack name, so `packs: [id-mt-renderings]` selects them all.
    assert (pack.name, pack.language) == ("id-mt-renderings", "id")
    assert pack.path.stem in DOMAINS, f"{pack.path.name} is not a news domain of rules/en-id/data/mining.yaml"


def test_config_selects_every_domain_file():
    selected = packs.load(only_packs=["id-mt-renderings"])
    assert {r.id for r in selected.rules} == set(RULES)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_is_keyed_by_its_english_term(rule):
    # A plain English word or phrase (no prose), the key bilingual mode looks up.
    source = rule.options.get("source", "")
    assert regex.fullmatch(r"[A-Za-z][A-Za-z0-9'. -]*[A-Za-z0-9.]", source), repr(source)
    assert regex.fullmatch(r"id\.mt\.[a-z0-9]+(?:-[a-z0-9]+)*", rule.id), rule.id


@pytest.mark.parametrize("rule_id", REQUIRED_RULES)
def test_named_rendering_has_a_rule(rule_id):
    assert rule_id in RULES


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_is_explained(rule):
    # A reason an editor can act on: why MT produces it and what is right.
    assert len(rule.description.split()) >= 20, rule.description
    assert rule.category == "mistranslation"
    assert rule.options.get("meant"), "a rendering says what was meant"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_context_conditions(rule):
    context = rule.options.get("context", {})
    assert any(context.get(key) for key in CONTEXT_KEYS) or rule.options.get("antipatterns"), context


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_context_keeps_a_look_alike_quiet(rule):
    """At least one good example contains the pattern itself and stays quiet
    only because of the context or an antipattern."""
    assert len(rule.examples.get("bad", [])) >= 2 and len(rule.examples.get("good", [])) >= 2
    pattern = regex.compile(rule.options["pattern"])
    look_alikes = [(i, e) for i, e in enumerate(rule.examples["good"]) if pattern.search(text_of(e))]
    assert look_alikes, "no good example exercises the context"
    for index, example in look_alikes:
        outcome = ruletest.run_example(PACKSET, PACKSET.check(rule.id).rule, "good", index, example)
        assert outcome.ok, outcome.detail


def test_seed_article_gets_exactly_its_two_renderings(linter):
    """The founding article: Benggala Barat (line 24) and pendidikannya (line 13), nothing else."""
    result = linter.lint_file(ROOT / "fixtures" / "tribunnews-putin-korut.txt")
    found = sorted((f.line, f.rule) for f in result.findings if f.rule.startswith("id.mt."))
    assert found == [(13, "id.mt.doctrine-education"), (24, "id.mt.west-bengal")]


def test_mensesneg_and_vatican_are_not_the_us_secretary_of_state(linter):
    text = (
        "Menteri Sekretaris Negara Prasetyo Hadi mengatakan Presiden akan menerima utusan AS di Istana.\n\n"
        "Sekretaris Negara Vatikan bertemu Menteri Luar Negeri AS di Roma.\n\n"
        "Sekretaris Negara AS Marco Rubio tiba di Jakarta pada Selasa.\n"
    )
    result = linter.lint_text(text, path="secretary.txt", language="id")
    hits = [(f.line, f.match) for f in result.findings if f.rule == "id.mt.secretary-of-state"]
    assert hits == [(5, "Sekretaris Negara")]
    assert [f.suggestions for f in result.findings if f.rule == "id.mt.secretary-of-state"] == [["Menteri Luar Negeri"]]
