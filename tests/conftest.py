import os
from pathlib import Path

import pytest

# `qa-lint check` uses LanguageTool when it is installed (--languagetool auto), which
# starts a Java server per CLI run; tests that do not ask for it run without it.
# tests/test_languagetool.py turns it on explicitly.
os.environ.setdefault("QA_LINT_LANGUAGETOOL", "off")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def linter():
    from qa_lint.api import Linter

    return Linter()
