"""The command line: exit codes, formats, pack errors with positions, config, suppression."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

from qa_lint.cli import main

SEED = FIXTURES / "tribunnews-putin-korut.txt"


def run(*args, stdin=None, cwd=None):
    """The real CLI in a subprocess: exit code, stdout, stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "qa_lint", *map(str, args)],
        input=stdin, capture_output=True, text=True, cwd=cwd or ROOT,
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_seed_exits_1_with_the_card_examples():
    code, out, err = run("check", SEED)
    assert code == 1, err
    assert "Traceback" not in err
    lines = out.splitlines()
    assert any(":24:33: error id.mt.west-bengal" in l and "[Barat]" in l for l in lines)
    assert any(":13:82: error id.mt.doctrine-education" in l and "[doktrinnya]" in l for l in lines)
    assert "finding" in lines[-1]


def test_json_output_has_the_finding_model(tmp_path):
    code, out, _ = run("check", "--format", "json", SEED)
    payload = json.loads(out)
    assert set(payload) == {"version", "findings", "summary"}
    bengal = next(f for f in payload["findings"] if f["rule"] == "id.mt.west-bengal")
    assert bengal["line"] == 24 and bengal["column"] == 33 and bengal["end_column"] == 47
    assert bengal["category"] == "mistranslation" and bengal["suggestions"] == ["Barat"]
    assert bengal["match"] == "Benggala Barat"
    text = SEED.read_text(encoding="utf-8")
    assert text[bengal["offset"]:bengal["offset"] + bengal["length"]] == "Benggala Barat"
    assert payload["summary"]["by_severity"]["error"] >= 2


def test_clean_text_exits_0_and_fail_on_never(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("Partai Trinamool kembali menang di Benggala Barat, India, kata pejabat pemilu.\n", encoding="utf-8")
    assert run("check", clean)[0] == 0
    assert run("check", "--fail-on", "never", SEED)[0] == 0


def test_multibyte_columns_through_stdin():
    text = "“Kata” – “ya” — Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata ke Rusia.\n"
    code, out, _ = run("check", "-", "--stdin-filename", "x.txt", "--format", "json", stdin=text)
    finding = json.loads(out)["findings"][0]
    assert finding["path"] == "x.txt"
    assert (finding["line"], finding["column"]) == (1, text.index("Benggala") + 1)
    assert finding["end_column"] == text.index("Benggala") + 1 + len("Benggala Barat")


def test_select_and_ignore():
    code, out, _ = run("check", "--format", "json", "--select", "id.mt.west-bengal", SEED)
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"id.mt.west-bengal"}
    code, out, _ = run("check", "--format", "json", "--ignore", "id.mt", "--ignore", "mistranslation", SEED)
    assert not [f for f in json.loads(out)["findings"] if f["category"] == "mistranslation"]


def test_missing_and_unreadable_files_exit_2_but_others_are_still_checked(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 Benggala Barat")
    code, out, err = run("check", tmp_path / "nope.txt", bad, SEED)
    assert code == 2
    assert "nope.txt" in err and "not valid UTF-8" in err and "Traceback" not in err
    assert "id.mt.west-bengal" in out  # the good file was still checked


def test_unknown_format_and_usage_errors_exit_2():
    assert run("check", "--format", "nope", SEED)[0] == 2
    assert run("check")[0] == 2
    assert run("frobnicate")[0] == 2


def write_pack(tmp_path, body):
    pack = tmp_path / "pack.yaml"
    pack.write_text(textwrap.dedent(body), encoding="utf-8")
    return pack


GOOD_RULE = """\
pack: extra
language: id
rules:
  - id: x.test.rule
    type: pattern
    severity: warning
    category: style
    message: bad {match}
    pattern: '{pattern}'
    examples:
      bad: [ini salah]
      good: [ini benar]
"""


def test_invalid_regex_names_file_line_and_column(tmp_path):
    pack = write_pack(tmp_path, GOOD_RULE.replace("{pattern}", "sal(ah"))
    code, out, err = run("check", "--rules", pack, SEED)
    assert code == 2
    assert f"{pack}:9:14:" in err and "invalid regular expression" in err
    assert "Traceback" not in err


def test_misplaced_key_names_file_and_line(tmp_path):
    body = GOOD_RULE.replace("{pattern}", "salah").replace("    message: bad {match}\n", "    message: bad {match}\n    contxt: {window: sentence}\n")
    pack = write_pack(tmp_path, body)
    # Only this pack (--no-bundled, here and below): validating the bundled packs costs about
    # 5 s of CPU a subprocess; tests/test_rule_examples.py (test_bundled_packs_validate_in_full)
    # validates them in full, and tests/test_rule_writing_guide.py through `rules validate`.
    code, _, err = run("rules", "validate", "--no-bundled", "--rules", pack)
    assert code == 2
    assert f"{pack}:9:5: unknown key 'contxt'" in err


def test_bad_yaml_and_missing_examples(tmp_path):
    pack = write_pack(tmp_path, "pack: x\nlanguage: id\nrules: [\n")
    code, _, err = run("rules", "validate", "--no-bundled", "--rules", pack)
    assert code == 2 and str(pack) in err and "invalid YAML" in err
    body = GOOD_RULE.replace("{pattern}", "salah").replace("    examples:\n      bad: [ini salah]\n      good: [ini benar]\n", "")
    pack = write_pack(tmp_path, body)
    code, _, err = run("rules", "validate", "--no-bundled", "--rules", pack)
    assert code == 2 and "'examples' is a required key" in err and f"{pack}:4:5" in err


def test_extra_pack_is_used_and_tested(tmp_path):
    pack = write_pack(tmp_path, GOOD_RULE.replace("{pattern}", r"\bsalah\b"))
    article = tmp_path / "a.txt"
    article.write_text("Kalimat ini salah dan itu tidak benar menurut para pembaca kita.\n", encoding="utf-8")
    code, out, _ = run("check", "--lang", "id", "--rules", pack, article)
    assert code == 1 and ":1:13: warning x.test.rule bad salah" in out
    code, out, _ = run("rules", "test", "--no-bundled", "--rules", pack)
    assert code == 0 and "2 passed, 0 failed" in out


def test_rules_list_explain_and_test():
    code, out, _ = run("rules", "list")
    assert code == 0 and "id.mt.west-bengal" in out
    code, out, _ = run("rules", "explain", "id.mt.west-bengal")
    assert code == 0 and "mistranslation" in out and "Partai Trinamool" in out
    assert run("rules", "explain", "no.such.rule")[0] == 2
    # A selection of one-language and pair rules: every bundled example is run in-process by
    # tests/test_rule_examples.py (the same ruletest.run_example as `rules test`), and all of
    # them through the CLI by scripts/test; here the whole set cost 13 s of CPU.
    code, out, _ = run("rules", "test", "id.mt.west-bengal", "en-id.numbers", "id.sourcing")
    assert code == 0 and " 0 failed" in out and int(out.split()[0]) > 100
    code, out, err = run("rules", "test", "id.mt.no-such-rule")
    assert code == 2 and "no rule matches id.mt.no-such-rule" in err and "Traceback" not in err


def test_output_file_is_written(tmp_path):
    target = tmp_path / "reports" / "seed.json"
    code, out, _ = run("check", "--format", "json", "--output", target, SEED)
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]
    assert not list(target.parent.glob(".*.tmp"))


def test_in_process_main_returns_exit_code(capsys):
    assert main(["check", "--quiet", str(SEED)]) == 1
    assert capsys.readouterr().out == ""


def test_control_character_in_pack_is_a_pack_error(tmp_path):
    pack = tmp_path / "ctl.yaml"
    pack.write_text('pack: x\nlanguage: id\nrules: []\ndescription: "a\x01b"\n', encoding="utf-8")
    code, _, err = run("rules", "validate", "--no-bundled", "--rules", pack)
    assert code == 2 and f"{pack}:4:16: invalid YAML" in err and "Traceback" not in err


def test_unwritable_output_is_an_error_message_not_a_traceback(tmp_path):
    # A folder where the report file should go, and a parent that cannot be created.
    for target in (tmp_path, tmp_path / "file.txt" / "report.json"):
        (tmp_path / "file.txt").write_text("x", encoding="utf-8")
        code, _, err = run("check", "--format", "json", "--output", target, SEED)
        assert code == 2 and "cannot write the report" in err and "Traceback" not in err


def test_special_files_in_a_folder_are_skipped_not_read(tmp_path):
    import os

    folder = tmp_path / "desk"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # reading it would wait forever for a writer
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "ok.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "qa_lint", "check", "--format", "json", folder],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    paths = {f["path"] for f in json.loads(proc.stdout)["findings"]}
    assert paths == {str(folder / "ok.txt")}
    assert proc.returncode == 2 and "dangling.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert "pipe.txt" not in proc.stderr
    # Named on the command line, the pipe is refused for what it is, and not opened.
    code, _, err = run("check", folder / "pipe.txt", folder / "dangling.txt")
    assert code == 2 and "pipe.txt: not a regular file or folder" in err and "dangling.txt: a symbolic link to nothing" in err


def test_rules_list_by_language_tag_as_check_reads_it():
    code, regional, _ = run("rules", "list", "--lang", "en-GB")
    assert code == 0 and regional == run("rules", "list", "--lang", "en")[1]
    ids = [line.split()[0] for line in regional.splitlines()]
    assert any(i.startswith("en.") for i in ids) and not any(i.startswith("id.") for i in ids)


def test_stdin_that_is_not_utf8_is_an_error_like_a_file():
    proc = subprocess.run([sys.executable, "-m", "qa_lint", "check", "-"], input=b"caf\xe9 Benggala Barat\n",
                          capture_output=True, cwd=ROOT)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "<stdin>: not valid UTF-8 (byte 3)" in err and "Traceback" not in err
