"""Rule writers (issue 13, point 7): placeholders checked per rule type at load, every
problem of a pack reported at once, and a schema that explains itself."""

import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT

from qa_lint import packs

RULE = """\
  - id: house.{name}
    type: {type}
    severity: {severity}
    category: spelling
    message: '{message}'
    pattern: '{pattern}'
{extra}    examples: {{bad: [Banjir di Jakrta.], good: [Banjir di Jakarta.]}}
"""


def write_pack(tmp_path, *rules):
    path = tmp_path / "house.yaml"
    path.write_text("pack: house\nlanguage: id\nrules:\n" + "".join(rules), encoding="utf-8")
    return path


def rule(name, message, type="pattern", severity="warning", pattern=r"\bJakrta\b", extra=""):
    return RULE.format(name=name, type=type, severity=severity, message=message, pattern=pattern, extra=extra)


def test_an_unknown_placeholder_is_an_error_naming_file_and_line(tmp_path):
    path = write_pack(tmp_path, rule("one", 'Tulis "{match}"'), rule("two", 'Periksa "{matched}"'))
    with pytest.raises(packs.PackError) as caught:
        packs.load_pack(path)
    assert str(caught.value) == (f"{path}:15:14: message: unknown placeholder {{matched}}; "
                                 "a pattern rule fills {match}, {replacement}")


def test_named_groups_and_the_types_own_placeholders_are_allowed(tmp_path):
    path = write_pack(tmp_path, rule("one", 'Tulis "{match}" ({kota})', pattern=r"\b(?P<kota>Jakrta)\b"),
                      rule("two", '"{match}" berarti {meant} ({source})', type="rendering",
                           extra="    meant: Jakarta\n    context: {forbid_any: [x]}\n"))
    assert [r.id for r in packs.load_pack(path).rules] == ["house.one", "house.two"]
    with pytest.raises(packs.PackError, match=r"a rendering rule fills \{match\}, \{meant\}, \{source\}"):
        packs.load_pack(write_pack(tmp_path, rule("x", "{match} {kota}", type="rendering",
                                                  extra="    meant: Jakarta\n    context: {forbid_any: [x]}\n")))


def test_an_unbalanced_brace_is_an_error(tmp_path):
    with pytest.raises(packs.PackError, match=r":8:14: message: .*literal brace"):
        packs.load_pack(write_pack(tmp_path, rule("one", "Tulis {match")))


def test_every_problem_of_a_pack_comes_at_once(tmp_path):
    path = write_pack(tmp_path,
                      rule("one", 'Periksa "{matched}"'),
                      rule("two", "ok {match}", severity="urgent", extra="    colour: red\n"),
                      rule("three", "ok {match}", pattern=r"\bfoo("))
    proc = subprocess.run([sys.executable, "-m", "qa_lint", "rules", "validate", "--no-bundled", "--rules", str(path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[-1] == f"4 problems in {path}"
    assert [line.removeprefix("qa-lint: ").split(": ", 1)[0] for line in lines[:-1]] == [
        f"{path}:8:14", f"{path}:13:15", f"{path}:17:5", f"{path}:24:14"]
    assert "unknown placeholder {matched}" in lines[0] and "'urgent'" in lines[1]
    assert "unknown key 'colour'" in lines[2] and "invalid regular expression" in lines[3]


def test_bundled_messages_name_only_what_their_types_fill():
    # `rules validate` checks bundled packs as strictly as yours, placeholders included.
    pset = packs.load([], strict=True)
    assert len(pset.rules) > 600


def test_the_schema_explains_every_key_for_editors_hover_help():
    schema = packs.full_schema()
    assert all(spec.get("description") for spec in schema["properties"].values())
    rule_schema = schema["properties"]["rules"]["items"]["allOf"][0]["then"]
    for key in packs.COMMON_RULE_PROPERTIES:
        assert rule_schema["properties"][key].get("description"), key
    assert all(spec.get("description") for spec in packs.LANGUAGE_SCHEMA["properties"].values())
    assert "{placeholders}" in rule_schema["properties"]["message"]["description"]


def test_the_language_profile_format_is_documented():
    doc = (ROOT / "docs" / "rule-writing.md").read_text(encoding="utf-8")
    for key in packs.LANGUAGE_SCHEMA["properties"]:
        assert f"`{key}`" in doc, key
    for type_name in ("pattern", "rendering", "terms", "date-weekday"):
        assert f"`{type_name}`" in doc


def test_every_rule_type_declares_what_its_code_fills():
    """Each type's PLACEHOLDERS holds every value its code passes to a finding (so a
    message naming it is accepted), read from the code itself."""
    import ast
    from pathlib import Path

    from qa_lint.checks import registry

    not_values = {"message", "suggestions", "related", "severity", "member", "source_note"}
    for type_name, module in registry().items():
        declared = getattr(module, "PLACEHOLDERS", None)
        assert declared is not None, f"{type_name} declares no PLACEHOLDERS"
        flat = set().union(*declared.values()) if isinstance(declared, dict) else set(declared)
        assert "match" in flat, type_name
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        passed = {kw.arg for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in ("finding", "pair_finding")
                  for kw in node.keywords if kw.arg and kw.arg not in not_values}
        assert passed <= flat, f"{type_name}: {sorted(passed - flat)} passed to findings but not in PLACEHOLDERS"
