"""`qa-lint audit`: the same findings as `qa-lint check`, computed on a Dask LocalCluster
of two workers, written as JSON lines and Parquet. Most tests share one cluster of two
threads (processes=False: it starts at once, where two worker processes each import
qa-lint and load its packs); the command-line test runs two worker processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")
import pyarrow as pa  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from qa_lint import audit, cli  # noqa: E402
from qa_lint.api import Options  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ARTICLES = ["tribunnews-putin-korut.txt", "banjir-kalsel.txt", "bi-rate-agustus.txt", "ekonomi-the-fed.md",
            "en-ferry-toll.txt", "en-teachers-conference.html"]


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, Client(cluster) as dask_client:
        yield dask_client


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def cli_lines(capsys, *args: str) -> str:
    cli.main(["check", "--no-progress", "--no-cache", "--jobs", "1", "-f", "jsonl", *args])
    return capsys.readouterr().out


def test_audit_of_files_matches_check(client, corpus, tmp_path, capsys):
    expected = cli_lines(capsys, str(corpus))
    assert expected.count("\n") > 10
    outcome = audit.run_audit(audit.AuditInput(paths=[str(corpus)]), Options(), tmp_path / "out", client=client, partition_size=2)
    assert (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8") == expected
    assert outcome.files == len(ARTICLES) and outcome.findings == expected.count("\n") and not outcome.errors
    assert outcome.blocking
    table = pq.read_table(tmp_path / "out" / "findings.parquet")
    assert table.to_pylist() == [json.loads(line) for line in expected.splitlines()]


def test_audit_of_a_parquet_column_matches_check(client, corpus, tmp_path, capsys):
    expected = cli_lines(capsys, str(corpus), "--select", "id.mt,en")
    files = sorted(corpus.iterdir(), reverse=True)  # any order in the table: the output is sorted
    articles = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"url": [str(f) for f in files], "body": [f.read_text(encoding="utf-8") for f in files]}),
                   articles, row_group_size=2)
    source = audit.AuditInput(parquet=str(articles), text_column="body", path_column="url")
    outcome = audit.run_audit(source, Options(select=["id.mt", "en"]), tmp_path / "out", client=client)
    assert (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8") == expected
    assert outcome.files == len(ARTICLES)


def test_rows_without_a_path_column_are_named_by_row(client, tmp_path):
    articles = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"text": ["Putin juga mengangkat isu bahwa Benggala Barat menembakkan senjata-senjata ini "
                                      "ke sasaran di tanah Rusia.", "", None]}), articles)
    outcome = audit.run_audit(audit.AuditInput(parquet=str(articles)), Options(language="id"), tmp_path / "out", client=client)
    found = audit.read_findings(tmp_path / "out")
    assert outcome.files == 3 and {f["path"] for f in found} == {"<row 0>"}
    assert any(f["rule"] == "id.mt.west-bengal" for f in found)


def test_audit_command_line_on_worker_processes(corpus, tmp_path, capsys):
    """The command's own LocalCluster, with two worker processes: options, tasks and
    findings cross process boundaries here."""
    expected = cli_lines(capsys, str(corpus))
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00 not UTF-8 \xc3")
    code = cli.main(["audit", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2", "--partition-size", "3"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR and "broken.txt" in err and "written to" in err
    assert (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8") == expected
    assert cli.main(["audit", "--out", str(tmp_path / "x")]) == cli.EXIT_ERROR
    assert cli.main(["audit", "--parquet", str(corpus / "banjir-kalsel.txt"), "--out", str(tmp_path / "x")]) == cli.EXIT_ERROR
    assert "as Parquet" in capsys.readouterr().err
