"""The new-language example of docs/rule-writing.md works as the guide says."""

import json
import re
from pathlib import Path

from qa_lint.cli import main

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "rule-writing.md"


def write_guide_files(root: Path) -> list[str]:
    written = []
    for block in re.findall(r"```yaml\n(# file: (\S+)\n.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.S):
        text, name = block
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
        written.append(name)
    return written


def test_the_guides_spanish_pack_validates_tests_and_checks(tmp_path, capsys, monkeypatch):
    assert write_guide_files(tmp_path) == ["rules-es/language.yaml", "rules-es/data/currencies.yaml", "rules-es/numbers.yaml"]
    (tmp_path / ".git").mkdir()  # a repository: the pack's data files must be inside it
    monkeypatch.chdir(tmp_path)
    folder = str(tmp_path / "rules-es")
    assert main(["rules", "validate", "--rules", folder]) == 0
    assert main(["rules", "test", "--rules", folder, "es.number"]) == 0
    assert "3 passed, 0 failed" in capsys.readouterr().out
    article = tmp_path / "article.txt"
    article.write_text("El banco prestó 3 billones de euros al gobierno, dijo el ministro.\n", encoding="utf-8")
    code = main(["check", "--rules", folder, "--lang", "es", "--format", "json", str(article)])
    found = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "es.number.billion-billon"]
    assert code == 1
    assert [(f["match"], f["suggestions"][0]) for f in found] == [("billones", "mil millones")]
