"""The claim index: one SQLite file, a table of claims keyed by the review's URL and an
FTS5 index of their stems. WAL mode, so the HTTP server and `qa-lint check` read while
`qa-lint claims import` writes; each imported file is one transaction.

    with ClaimStore.open(path, create=True) as store:
        added, updated = store.upsert(records)       # idempotent: the URL is the key
    shared(path).candidates("id", ["vaksin", "mandul"], 8)   # read-only, once per process
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Iterable

from ..config import ConfigError
from .text import analyzer

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims(
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    claim TEXT NOT NULL,
    rating TEXT NOT NULL,
    rating_value REAL,
    best_rating REAL,
    worst_rating REAL,
    publisher TEXT NOT NULL,
    date TEXT NOT NULL,
    language TEXT NOT NULL,
    stems TEXT NOT NULL,
    numbers TEXT NOT NULL,
    source TEXT NOT NULL,
    imported TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_language ON claims(language);
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(
    stems, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS claims_vocab USING fts5vocab(claims_fts, row);
"""
# FTS5's bm25() costs a microsecond or two per matching claim, and "pemerintah" or
# "vaccine" alone would make it rank thousands of claims for every sentence. A sentence's
# query is an OR of its rarest words (those a repeated claim shares: names, specific
# terms) while at most ROW_BUDGET claims can match them, and of every pair of its
# PAIRED rarest words (claims that share two of them are few, and rank first).
ROW_BUDGET = 400
QUERY_TERMS = 8
PAIRED = 3

COLUMNS = "id, url, claim, rating, rating_value, best_rating, worst_rating, publisher, date, language, stems, numbers"


class ClaimIndexError(ConfigError):
    """The index file cannot be used (not a qa-lint claim index, or unreadable): the user's
    setup, like a broken configuration (exit 2), not a fault in qa-lint."""


@dataclass
class ClaimRecord:
    """One reviewed claim, as read from a file."""

    url: str
    claim: str
    rating: str
    language: str
    publisher: str = ""
    date: str = ""
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None


@dataclass
class StoredClaim:
    id: int
    url: str
    claim: str
    rating: str
    rating_value: float | None
    best_rating: float | None
    worst_rating: float | None
    publisher: str
    date: str
    language: str
    stems: list[str]
    numbers: list[float]

    @classmethod
    def from_row(cls, row) -> "StoredClaim":
        values = list(row)
        values[10] = values[10].split()
        values[11] = json.loads(values[11])
        return cls(*values)


class ClaimStore:
    def __init__(self, connection: sqlite3.Connection, path: Path):
        self.db = connection
        self.path = path
        self.lock = threading.Lock()
        # term -> number of claims, while the index is unchanged (PRAGMA data_version).
        self._df: dict[str, int] = {}
        self._version = None

    @classmethod
    def open(cls, path: str | Path, create: bool = False, read_only: bool = False) -> "ClaimStore":
        path = Path(path)
        if not create and not path.is_file():
            raise ClaimIndexError(f"{path}: no claim index here (qa-lint claims import FILE creates it)")
        try:
            if read_only:
                db = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 10000")
            if not read_only:
                db.execute("PRAGMA journal_mode = WAL")
                db.executescript(SCHEMA)
                db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise ClaimIndexError(f"{path}: not a usable claim index ({exc})") from None
        if not version or version[0] != SCHEMA_VERSION:
            raise ClaimIndexError(f"{path}: claim index of another version ({version[0] if version else 'none'}); import the files into a new one")
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "ClaimStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------
    def upsert(self, records: Iterable[ClaimRecord], source: str = "") -> tuple[int, int]:
        """Add or replace claims by URL, all in one transaction: (added, updated)."""
        added = updated = 0
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for record in records:
                    if self._upsert_one(record, source, now):
                        added += 1
                    else:
                        updated += 1
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return added, updated

    def _upsert_one(self, r: ClaimRecord, source: str, now: str) -> bool:
        """True when the claim is new."""
        words = analyzer(r.language)
        stems = " ".join(words.stems(r.claim))
        numbers = json.dumps(words.numbers(r.claim))
        old = self.db.execute("SELECT id, stems FROM claims WHERE url = ?", (r.url,)).fetchone()
        values = (r.claim, r.rating, r.rating_value, r.best_rating, r.worst_rating, r.publisher, r.date, r.language, stems, numbers, source, now)
        if old:
            # An external-content FTS5 table forgets a row by being told its old text.
            self.db.execute("INSERT INTO claims_fts(claims_fts, rowid, stems) VALUES ('delete', ?, ?)", old)
            self.db.execute("UPDATE claims SET claim=?, rating=?, rating_value=?, best_rating=?, worst_rating=?, publisher=?, date=?, "
                            "language=?, stems=?, numbers=?, source=?, imported=? WHERE id = ?", (*values, old[0]))
            rowid = old[0]
        else:
            cursor = self.db.execute("INSERT INTO claims(url, claim, rating, rating_value, best_rating, worst_rating, publisher, date, "
                                     "language, stems, numbers, source, imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (r.url, *values))
            rowid = cursor.lastrowid
        self.db.execute("INSERT INTO claims_fts(rowid, stems) VALUES (?, ?)", (rowid, stems))
        return old is None

    # -- reading ---------------------------------------------------------------
    def candidates(self, language: str, stems: Iterable[str], limit: int) -> list[StoredClaim]:
        """Claims in ``language`` sharing words with ``stems``, best BM25 first."""
        with self.lock:
            query = self._query(list(dict.fromkeys(s for s in stems if s)))
            if not query:
                return []
            rows = self.db.execute(
                f"SELECT {', '.join('c.' + c.strip() for c in COLUMNS.split(','))} FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid "
                "WHERE claims_fts MATCH ? AND c.language = ? ORDER BY claims_fts.rank LIMIT ?", (query, language, limit)).fetchall()
        return [StoredClaim.from_row(r) for r in rows]

    def _query(self, terms: list[str]) -> str:
        """An FTS5 query for the claims sharing the rarest of ``terms`` (see ROW_BUDGET)."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._df, self._version = {}, version
        unknown = [t for t in terms if t not in self._df]
        if unknown:
            self._df.update({t: 0 for t in unknown})
            marks = ", ".join("?" * len(unknown))
            self._df.update(self.db.execute(f"SELECT term, doc FROM claims_vocab WHERE term IN ({marks})", unknown).fetchall())
        known = [t for _, t in sorted((self._df[t], t) for t in terms if self._df[t])]
        chosen, rows = [], 0
        for term in known[:QUERY_TERMS]:
            if rows + self._df[term] > ROW_BUDGET:
                break
            chosen.append(term)
            rows += self._df[term]
        pairs = [] if len(chosen) >= 3 else [
            f"({_quoted(a)} AND {_quoted(b)})" for a, b in combinations(known[:PAIRED], 2) if a not in chosen and b not in chosen]
        return " OR ".join([_quoted(t) for t in chosen] + pairs)

    def list(self, language: str | None = None, limit: int | None = None) -> list[StoredClaim]:
        sql = f"SELECT {COLUMNS} FROM claims" + (" WHERE language = ?" if language else "") + " ORDER BY date DESC, url"
        sql += f" LIMIT {int(limit)}" if limit else ""
        with self.lock:
            rows = self.db.execute(sql, (language,) if language else ()).fetchall()
        return [StoredClaim.from_row(r) for r in rows]

    def count(self) -> int:
        with self.lock:
            return self.db.execute("SELECT count(*) FROM claims").fetchone()[0]

    def stats(self) -> dict:
        with self.lock:
            def grouped(column: str) -> dict:
                rows = self.db.execute(f"SELECT {column}, count(*) FROM claims GROUP BY {column} ORDER BY count(*) DESC, {column}")
                return dict(rows.fetchall())

            return {"claims": self.db.execute("SELECT count(*) FROM claims").fetchone()[0],
                    "languages": grouped("language"), "ratings": grouped("rating"), "publishers": grouped("publisher"),
                    "sources": grouped("source")}


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


_shared: dict[str, ClaimStore] = {}
_shared_lock = threading.Lock()


def shared(path: str | Path) -> ClaimStore | None:
    """The index at ``path`` opened read-only, once per process (a server's checks share it);
    None when there is no index file. A later import is seen: each query reads the last commit."""
    key = str(Path(path).absolute())
    with _shared_lock:
        if key not in _shared:
            if not Path(key).is_file():
                return None
            _shared[key] = ClaimStore.open(key, read_only=True)
        return _shared[key]
