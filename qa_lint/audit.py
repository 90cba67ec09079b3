"""`qa-lint audit`: an archive checked on Dask, findings written as Parquet and JSON lines.

    qa-lint audit archive/ --out audit-2026/                      # files, on a LocalCluster
    qa-lint audit --parquet articles.parquet --text-column body --path-column url --out audit/
    qa-lint audit archive/ --scheduler tcp://10.0.0.5:8786 --out audit/   # a cluster of machines

The same checks as `qa-lint check` (same files, configuration and options; each worker
holds one Linter, built on first use), over a ``dask.bag`` of files or of the rows of a
Parquet column (read by row group on the workers with pyarrow). The findings are the
json format's, one per line in ``findings.jsonl`` sorted by path, offset and rule (the
``jsonl`` format of `qa-lint check` gives the same lines), and as a table in
``findings.parquet``. Files that cannot be checked are listed on stderr; the exit code is
check's. Dask, distributed and pyarrow come with ``pip install 'qa-lint[audit]'``.

The findings are gathered on the client before they are sorted and written: about half a
kilobyte per finding.

From Python: ``audit.run_audit(AuditInput(paths=[...]), Options(), out, client=client)``.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from . import api
from .i18n import notice as _

# One Linter per worker (the key is the worker's address; "" outside a worker).
_LINTERS: dict[str, tuple[api.Linter, threading.Lock]] = {}
_LINTERS_LOCK = threading.Lock()


@dataclass
class AuditInput:
    """Files and folders, or a Parquet file's column of articles."""

    paths: list[str] = field(default_factory=list)
    parquet: str | None = None
    text_column: str = "text"
    path_column: str | None = None  # default: "<row N>"


@dataclass
class AuditOutcome:
    findings: int
    files: int
    errors: list[str]
    internal: bool
    blocking: bool


def add_parser(subparsers) -> None:
    audit = subparsers.add_parser("audit", help="check an archive on Dask; findings as Parquet and JSON lines")
    audit.add_argument("paths", nargs="*", metavar="PATH", help="files and folders to check (or --parquet)")
    audit.add_argument("--parquet", metavar="FILE", help="check the articles in a column of this Parquet file instead")
    audit.add_argument("--text-column", default="text", metavar="NAME", help="the column with the articles (default: text)")
    audit.add_argument("--path-column", metavar="NAME",
                       help="the column that names each article in findings (its extension says the format; default: <row N>)")
    audit.add_argument("--out", required=True, metavar="DIR", help="write findings.jsonl and findings.parquet here")
    audit.add_argument("--workers", type=_positive, default=None, metavar="N", help="LocalCluster workers (default: every core)")
    audit.add_argument("--threads", action="store_true",
                       help="LocalCluster workers as threads of this process rather than processes")
    audit.add_argument("--scheduler", metavar="ADDRESS", help="use this Dask scheduler (tcp://host:8786) instead of a LocalCluster")
    audit.add_argument("--partition-size", type=_positive, default=50, metavar="N", help="files per Dask task (default: 50)")
    from .cli import add_lint_options

    add_lint_options(audit, fail_on_help="lowest severity that makes the exit code 1 (default: warning)")
    audit.set_defaults(handler=run)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of 1 or more, got {text!r}")
    return int(text)


def run(args) -> int:
    from .cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, make_options

    if bool(args.paths) == bool(args.parquet):
        print("qa-lint: " + _("audit checks PATHs or a --parquet file (one of the two)"), file=sys.stderr)
        return EXIT_ERROR
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        print("qa-lint: " + _("audit needs Dask and pyarrow ({missing} is missing): {command}").format(
            missing=exc.name, command="pip install 'qa-lint[audit]'"), file=sys.stderr)
        return EXIT_ERROR
    source = AuditInput(list(args.paths), args.parquet, args.text_column, args.path_column)
    problem = _input_problem(source)
    if problem:
        print(f"qa-lint: {problem}", file=sys.stderr)
        return EXIT_ERROR
    options = make_options(args)
    with _client(args) as client:
        outcome = run_audit(source, options, Path(args.out), client=client, partition_size=args.partition_size)
    for error in outcome.errors:
        print(f"qa-lint: {error}", file=sys.stderr)
    print("qa-lint: " + _("{findings} findings in {files} articles written to {out}/findings.jsonl and findings.parquet").format(
        findings=outcome.findings, files=outcome.files, out=args.out), file=sys.stderr)
    if outcome.internal:
        return EXIT_INTERNAL
    if outcome.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if outcome.blocking else EXIT_OK


def _input_problem(source: AuditInput) -> str | None:
    if source.parquet is None:
        return None
    import pyarrow.parquet as pq

    try:
        names = pq.ParquetFile(source.parquet).schema_arrow.names
    except (OSError, ValueError) as exc:
        return f"cannot read {source.parquet} as Parquet: {exc}"
    missing = [c for c in (source.text_column, source.path_column) if c and c not in names]
    if missing:
        return f"{source.parquet} has no column {', '.join(map(repr, missing))} (it has: {', '.join(names)})"
    return None


class _client:
    """A Dask client on the given scheduler, or on a LocalCluster made for this run."""

    def __init__(self, args):
        self.args = args
        self.cluster = self.client = None

    def __enter__(self):
        from distributed import Client, LocalCluster

        if self.args.scheduler:
            self.client = Client(self.args.scheduler)
        else:
            from .runner import default_jobs

            self.cluster = LocalCluster(n_workers=self.args.workers or default_jobs(), threads_per_worker=1,
                                        processes=not self.args.threads, dashboard_address=":0")
            self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# ---- the work ----------------------------------------------------------------------


def run_audit(source: AuditInput, options: api.Options, out: Path, client=None, partition_size: int = 50) -> AuditOutcome:
    """Check every article on the client's cluster (the current Dask scheduler when None)
    and write ``out/findings.jsonl`` and ``out/findings.parquet``."""
    import dask.bag as db

    if source.parquet is not None:
        bag = _parquet_bag(source)
    else:
        linter = api.Linter(options)
        files, problems, _ = api.expand_paths(source.paths, linter.configs, options.force_exclude)
        if not options.source:
            from . import bilingual

            files = bilingual.drop_sources(files, linter.configs)
        bag = db.from_sequence(files or [None], partition_size=partition_size)
    records = bag.map_partitions(_check_partition, options).compute(**({"scheduler": client} if client is not None else {}))
    findings: list[dict] = []
    errors: list[str] = []
    internal = blocking = False
    files_seen = 0
    if source.parquet is None:
        errors.extend(f"{path}: {why}" for path, why in problems)
    for record in records:
        files_seen += 1
        findings.extend(record["findings"])
        if record["error"]:
            errors.append(record["error"])
            internal = internal or record["internal"]
        blocking = blocking or record["blocking"]
    write_findings(out, findings)
    return AuditOutcome(len(findings), files_seen, errors, internal, blocking)


def _parquet_bag(source: AuditInput):
    import dask.bag as db
    import pyarrow.parquet as pq
    from dask import delayed

    groups = pq.ParquetFile(source.parquet).metadata.num_row_groups
    starts, first = [], 0
    for group in range(groups):
        starts.append(first)
        first += pq.ParquetFile(source.parquet).metadata.row_group(group).num_rows
    parts = [delayed(_read_row_group)(source, group, start) for group, start in zip(range(groups), starts)]
    return db.from_delayed(parts) if parts else db.from_sequence([None])


def _read_row_group(source: AuditInput, group: int, start: int) -> list[tuple[str, str]]:
    """(path, text) of one row group, read on the worker."""
    import pyarrow.parquet as pq

    columns = [source.text_column] + ([source.path_column] if source.path_column else [])
    table = pq.ParquetFile(source.parquet).read_row_group(group, columns=columns)
    texts = table.column(source.text_column).to_pylist()
    names = table.column(source.path_column).to_pylist() if source.path_column else [f"<row {start + i}>" for i in range(len(texts))]
    return [(str(name), text or "") for name, text in zip(names, texts)]


def _worker_linter(options: api.Options) -> tuple[api.Linter, threading.Lock]:
    """This worker's Linter (packs loaded once per worker, not per task)."""
    try:
        from distributed import get_worker

        key = get_worker().address
    except (ImportError, ValueError):
        key = ""
    key += repr(options)
    with _LINTERS_LOCK:
        if key not in _LINTERS:
            _LINTERS[key] = (api.Linter(options), threading.Lock())
        return _LINTERS[key]


def _check_partition(items, options: api.Options) -> list[dict]:
    linter, lock = _worker_linter(options)
    records = []
    with lock:  # a worker with several threads: its Linter checks one article at a time
        for item in items:
            if item is None:
                continue
            if isinstance(item, tuple):
                name, text = item
                result = _lint_text(linter, text, name)
            else:
                result = linter.lint_file(item)
            records.append(_record(linter, result))
    return records


def _lint_text(linter: api.Linter, text: str, name: str) -> api.FileResult:
    from . import engine, packs
    from .config import ConfigError
    from .readers import ReadError

    try:
        return linter.lint_text(text, name)
    except (ReadError, ConfigError, engine.CheckFailed) as exc:
        return api.FileResult(name, error=str(exc), internal=isinstance(exc, engine.CheckFailed))
    except packs.PackError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in qa-lint: this article's error; the audit goes on
        return api.FileResult(name, error=api.internal_error(name, exc), internal=True)


def _record(linter: api.Linter, result: api.FileResult) -> dict:
    from .findings import at_or_above

    fail_on = linter.options.fail_on or "warning"
    return {
        "path": result.path,
        "findings": [f.to_dict() for f in result.findings],
        "error": result.error,
        "internal": result.internal,
        "blocking": any(at_or_above(f.severity, fail_on) for f in result.findings) or result.mqm.get("pass") is False,
    }


# ---- writing -----------------------------------------------------------------------


def parquet_schema():
    import pyarrow as pa

    related = pa.struct([("line", pa.int64()), ("column", pa.int64()), ("message", pa.string()), ("end_line", pa.int64()),
                         ("end_column", pa.int64()), ("offset", pa.int64()), ("length", pa.int64()), ("path", pa.string())])
    ints = ("line", "column", "end_line", "end_column", "offset", "length")
    strings = ("rule", "severity", "category", "mqm", "message", "match")
    return pa.schema([("path", pa.string())] + [(name, pa.int64()) for name in ints] + [(name, pa.string()) for name in strings]
                     + [("suggestions", pa.list_(pa.string())), ("related", pa.list_(related)), ("fix", pa.string()),
                        ("mqm_severity", pa.string())])


def write_findings(out: Path, findings: list[dict]) -> None:
    """findings.jsonl and findings.parquet in ``out``, both sorted the same way, each written atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .output import write_bytes
    from .reporters import jsonl

    ordered = sorted(findings, key=jsonl.sort_key)
    out.mkdir(parents=True, exist_ok=True)
    write_bytes(out / "findings.jsonl", "".join(jsonl.line(f) + "\n" for f in ordered).encode("utf-8"))
    table = pa.Table.from_pylist(ordered, schema=parquet_schema())
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    write_bytes(out / "findings.parquet", sink.getvalue().to_pybytes())


def read_findings(out: Path) -> list[dict]:
    """The findings of an audit, from its JSON lines."""
    with open(out / "findings.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
