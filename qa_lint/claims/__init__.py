"""Known false claims: an index of fact-checkers' ClaimReview records, and matching
an article's sentences against it (docs/claims.md).

    store.py     the index: SQLite with FTS5, WAL mode (a server reads while an import runs)
    importer.py  ClaimReview JSON-LD (.json, .jsonld, the ld+json blocks of .html) and
                 aggregators' CSV/JSON exports -> ClaimRecord
    text.py      stems (Sastrawi for Indonesian, Snowball for English) and numbers of a text
    match.py     a sentence -> the best matching claim (FTS5/BM25 candidates, then similarity)
    commands.py  `qa-lint claims import|search|list|stats`

The rule type is checks/known_claim.py.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import paths

INDEX_NAME = "claims.sqlite"


def default_index() -> Path:
    """Where the index lives unless the user or the configuration says otherwise:
    $QA_LINT_CLAIMS_INDEX, else qa-lint's data folder ($QA_LINT_DATA or $XDG_DATA_HOME/qa-lint)."""
    if os.environ.get("QA_LINT_CLAIMS_INDEX"):
        return Path(os.environ["QA_LINT_CLAIMS_INDEX"]).expanduser().absolute()
    return paths.data_dir() / "claims" / INDEX_NAME


def index_path(explicit: str | Path | None, config=None) -> Path:
    """The index to use: the command line's, else the configuration's ``claims: {index}``
    (already resolved and, for a project configuration, confined to its repository),
    else the default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    configured = (getattr(config, "claims", None) or {}).get("index")
    return Path(configured) if configured else default_index()
