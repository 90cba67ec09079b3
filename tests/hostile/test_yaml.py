"""YAML from packs, configurations, front matter and rosters is plain data, bounded:
alias bombs, cycles, deep nesting, Python tags and impossible dates are errors with
a file, line and column (exit 2), never a crash or gigabytes of memory."""

import pytest

from hostile_util import BAD_ID, repository, run
from qa_lint import yamlmarks

BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9)
)

HOSTILE = {
    "alias bomb": (BOMB, "aliases expand to too many values"),
    "cycle": ("a: &a [*a]\n", "refers to a value that contains it"),
    "deep nesting": ("a: " + "[" * 500 + "]" * 500 + "\n", "nested more than 64 levels deep"),
    "python tag": ("a: !!python/name:os.system ''\n", "unsupported YAML tag"),
    "python object": ("a: !!python/object/apply:os.system ['true']\n", "unsupported YAML tag"),
    "merge key": ("a: &a {x: 1}\nb:\n  <<: *a\n", "merge keys (<<) are not supported"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_loader_refuses_with_a_position(name):
    text, reason = HOSTILE[name]
    with pytest.raises(yamlmarks.YamlError) as caught:
        yamlmarks.load(text)
    assert reason in caught.value.message
    assert caught.value.line >= 1 and caught.value.column >= 1


def test_the_bomb_is_small_and_is_refused_before_it_grows():
    assert len(BOMB) < 400  # 9**10 values if expanded


def test_dates_stay_text():
    assert yamlmarks.load("message: 2024-02-30\nwhen: 2024-01-01\n").data == {"message": "2024-02-30", "when": "2024-01-01"}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_pack_is_a_pack_error(tmp_path, name):
    text, reason = HOSTILE[name]
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: x\nlanguage: id\nrules: []\nextra:\n  " + text.replace("\n", "\n  "), encoding="utf-8")
    # Only the hostile pack: the bundled packs are validated in full by scripts/test and by
    # tests/test_rule_examples.py (test_bundled_packs_validate_in_full), not again for every case.
    code, _, err = run("rules", "validate", "--no-bundled", "--rules", pack)
    assert code == 2
    assert f"{pack}:" in err and reason in err


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_config_is_a_config_error(tmp_path, name):
    text, reason = HOSTILE[name]
    article = repository(tmp_path / "repo", text)
    code, _, err = run("check", article)
    assert code == 2 and ".qa-lint.yaml:" in err and reason in err


def test_a_date_like_message_in_a_pack_is_just_text(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: x\nlanguage: id\nrules:\n  - id: x.date-message\n    type: pattern\n    severity: info\n"
        "    category: style\n    pattern: 'Benggala'\n    message: 2024-02-30\n"
        "    examples: {bad: [Benggala], good: [Bengal]}\n",
        encoding="utf-8",
    )
    code, out, err = run("rules", "test", "--rules", pack, "x.date-message")
    assert code == 0, out + err


@pytest.mark.parametrize("front_matter,reason", [
    ("date: 2024-02-30\nlang: id", None),  # an impossible date is text, not a crash
    ("a: " + "[" * 300 + "]" * 300 + "\nlang: id", "nested more than 64 levels deep"),
    ("title: [unclosed\nlang: id", "invalid YAML"),
    ("x: !!python/name:os.system ''\nlang: id", "unsupported YAML tag"),
    (BOMB.rstrip("\n") + "\nlang: id", "aliases expand to too many values"),
])
def test_front_matter_never_crashes_and_says_what_it_could_not_read(tmp_path, front_matter, reason):
    article = tmp_path / "story.md"
    article.write_text(f"---\n{front_matter}\n---\n\n{BAD_ID}", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(BAD_ID, encoding="utf-8")
    code, out, err = run("check", article, other, "--format", "sarif", "--lang", "id")
    assert code == 1, err
    assert '"ruleId": "id.mt.west-bengal"' in out and "other.txt" in out
    if reason:
        assert '"ruleId": "qa-lint.input"' in out and reason in out


def test_a_hostile_roster_is_a_clear_error(tmp_path):
    repo = tmp_path / "repo"
    article = repository(repo, "settings: {roster: staff.yaml}\nlanguage: id\n")
    (repo / "staff.yaml").write_text(BOMB, encoding="utf-8")
    code, _, err = run("check", article)
    assert code == 2 and "staff.yaml" in err and "aliases expand to too many values" in err
