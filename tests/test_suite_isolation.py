"""The suite's own set-up (tests/conftest.py): where a run keeps what its tests share."""

import os
from pathlib import Path

from conftest import SHARED_PARSES


def test_the_collection_time_parses_go_to_the_shared_parse_folder():
    from qa_lint import parsecache, paths

    session = Path(os.environ["QA_LINT_TEST_SESSION"])
    assert SHARED_PARSES == session / "cache" / "parsed"
    # A test sees the shared folder through its own cache folder (fresh_user_folders).
    assert parsecache.folder().resolve() == SHARED_PARSES.resolve()
    assert paths.cache_dir() != session / "cache"
