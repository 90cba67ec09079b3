"""Known false claims: the ClaimReview index, `qa-lint claims`, and the known-claim rule
on articles that repeat fixture claims in other words (fixtures/claims/)."""

import json
import sqlite3
import subprocess
import sys
import time

import pytest
import yaml

from conftest import FIXTURES, ROOT

from qa_lint import claims
from qa_lint.api import Linter, Options
from qa_lint.claims import importer
from qa_lint.claims.match import _numbers_agree
from qa_lint.claims.store import ClaimIndexError, ClaimStore, shared
from qa_lint.claims.text import analyzer
from qa_lint.cli import main

CLAIMS = FIXTURES / "claims"
FILES = [CLAIMS / "cekfakta-nusantara.jsonld", CLAIMS / "periksa-data.html", CLAIMS / "truthline-review.json",
         CLAIMS / "factdesk-export.csv"]
RULES = ["id.sourcing.known-claim", "en.sourcing.known-claim"]


def run(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "qa_lint", *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "claims.sqlite"
    with ClaimStore.open(path, create=True) as store:
        for file in FILES:
            store.upsert(importer.read(file), source=file.name)
    return path


def found_urls(index, article) -> list[str]:
    linter = Linter(Options(claims_index=index, ui_lang="en", select=RULES))
    result = linter.lint_file(article)
    assert result.error is None
    return sorted(f.message.rsplit("(", 1)[1].rstrip(")") for f in result.findings)


# -- the fixtures -----------------------------------------------------------------

def test_the_fixtures_hold_forty_claims_or_more_in_both_languages(index):
    with ClaimStore.open(index, read_only=True) as store:
        stats = store.stats()
    assert stats["claims"] >= 40
    assert stats["languages"]["id"] >= 20 and stats["languages"]["en"] >= 20
    assert len(stats["ratings"]) >= 5


@pytest.mark.parametrize("article", sorted(yaml.safe_load((CLAIMS / "articles" / "expected.yaml").read_text())))
def test_every_paraphrased_repetition_is_found_and_nothing_else(index, article):
    expected = yaml.safe_load((CLAIMS / "articles" / "expected.yaml").read_text())[article]
    assert found_urls(index, CLAIMS / "articles" / article) == sorted(expected)


def test_on_topic_sentences_alone_are_quiet(index, tmp_path):
    """The articles without their repeating sentences: negations, debunks, other numbers."""
    quiet = tmp_path / "quiet.txt"
    quiet.write_text(
        "Dokter spesialis kandungan di Surabaya menegaskan vaksin tidak memengaruhi kesuburan perempuan. "
        "Klaim bahwa vaksin Covid-19 menyebabkan kemandulan pada perempuan adalah hoaks. "
        "BNPB mencatat banjir bandang di Sumatera Barat menewaskan 67 orang dan 20 orang masih hilang. "
        "Banjir bandang di Sumatera Barat menewaskan 200 orang. "
        "Kementerian Keuangan menyatakan tidak ada pemotongan gaji PNS untuk ibu kota baru.\n", encoding="utf-8")
    assert found_urls(index, quiet) == []


def test_severity_follows_the_rating(index, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Critics argue that raising the minimum wage to $15 would cost 1.4 million jobs. "
                       "Posts claim that 5G towers are spreading the coronavirus.\n", encoding="utf-8")
    findings = Linter(Options(claims_index=index, ui_lang="en", select=RULES)).lint_file(article).findings
    assert {f.match.split()[0]: f.severity for f in findings} == {"Critics": "info", "Posts": "warning"}
    assert all(f.category == "unsupported-assertion" for f in findings)


def test_languages_do_not_mix(index, tmp_path):
    """An English sentence is not matched against Indonesian claims, nor the reverse."""
    article = tmp_path / "a.txt"
    article.write_text("Pesan itu menyebut 5G towers spread the coronavirus di kota-kota besar.\n", encoding="utf-8")
    linter = Linter(Options(claims_index=index, ui_lang="en", select=RULES, language="id"))
    assert linter.lint_file(article).findings == []


def test_numbers_must_agree():
    words = analyzer("id")
    assert words.numbers("menewaskan 2.000 orang") == words.numbers("menewaskan dua ribu orang") == [2000.0]
    assert analyzer("en").numbers("2,000 deaths") == analyzer("en").numbers("two thousand deaths") == [2000.0]
    assert _numbers_agree([2000.0], [2000.0, 5.0])
    assert not _numbers_agree([2000.0], [200.0])
    assert not _numbers_agree([2000.0], [])
    # A year alone dates a claim; it is not one of its amounts.
    assert words.numbers("pada 2021 harga naik 10 persen") == [10.0]


def test_stems_see_one_word_in_its_forms():
    assert analyzer("id").stems("menaikkan dinaikkan kenaikan") == ["naik", "naik", "naik"]
    assert analyzer("en").stems("killing killed kills") == ["kill", "kill", "kill"]


# -- no index --------------------------------------------------------------------

def test_without_an_index_the_rule_is_quiet_and_creates_nothing(tmp_path):
    missing = tmp_path / "none" / "claims.sqlite"
    result = Linter(Options(claims_index=missing, select=RULES)).lint_file(CLAIMS / "articles" / "en-health-myths.txt")
    assert result.findings == [] and result.error is None
    assert not missing.parent.exists()
    assert shared(missing) is None


# -- importing -------------------------------------------------------------------

def test_import_is_idempotent(tmp_path):
    path = tmp_path / "c.sqlite"
    assert main(["claims", "import", "--claims-index", str(path), *map(str, FILES)]) == 0
    with ClaimStore.open(path, read_only=True) as store:
        first = [(c.url, c.claim, c.rating, c.stems) for c in store.list()]
    code, out, err = run("claims", "import", "--claims-index", path, *FILES)
    assert code == 0, err
    assert "(0 new, 16 updated)" in out
    with ClaimStore.open(path, read_only=True) as store:
        assert [(c.url, c.claim, c.rating, c.stems) for c in store.list()] == first
        # The FTS index did not grow duplicates either.
        assert store.db.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'vaksin'").fetchone()[0] == 1


def test_a_changed_review_replaces_the_old_one(tmp_path):
    path = tmp_path / "c.sqlite"
    review = {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://x.example/1", "inLanguage": "en",
              "claimReviewed": "Bananas cure the common cold.", "author": {"name": "X"},
              "reviewRating": {"@type": "Rating", "alternateName": "False"}}
    source = tmp_path / "r.json"
    source.write_text(json.dumps(review))
    assert main(["claims", "import", "--claims-index", str(path), str(source)]) == 0
    review["claimReviewed"] = "Apples cure the common cold."
    source.write_text(json.dumps(review))
    assert main(["claims", "import", "--claims-index", str(path), str(source)]) == 0
    with ClaimStore.open(path, read_only=True) as store:
        assert [c.claim for c in store.list()] == ["Apples cure the common cold."]
        assert store.candidates("en", ["banana"], 5) == []
        assert [c.url for c in store.candidates("en", ["appl"], 5)] == ["https://x.example/1"]


@pytest.mark.parametrize("name, content, reason", [
    ("broken.json", '{"@type": "ClaimReview", "url": ', "not valid JSON (line 1"),
    ("foreign.json", '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}', "no ClaimReview in it"),
    ("nourl.jsonld", '{"@type": "ClaimReview", "claimReviewed": "x", "inLanguage": "en", "reviewRating": {"alternateName": "False"}}',
     "ClaimReview 1: no url"),
    ("columns.csv", "headline,verdict\nx,False\n", "no claim or url column"),
    ("page.html", "<html><body>no data</body></html>", "no <script type=\"application/ld+json\">"),
    ("binary.json", b"\xff\xfe\x00{", "not UTF-8"),
    ("notes.txt", "hello", "unknown format .txt"),
])
def test_a_bad_file_is_named_with_its_reason_and_the_rest_is_kept(tmp_path, name, content, reason):
    path = tmp_path / "c.sqlite"
    assert main(["claims", "import", "--claims-index", str(path), str(FILES[0])]) == 0
    bad = tmp_path / name
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    code, out, err = run("claims", "import", "--claims-index", path, bad, FILES[2])
    assert code == 2
    assert f"{bad}: " in err and reason in err, err
    assert "Traceback" not in err
    # The earlier import is intact and the good file of the same run was imported.
    assert f"{FILES[2]}: 14 claims" in out
    with ClaimStore.open(path, read_only=True) as store:
        assert store.stats()["sources"] == {FILES[0].name: 16, FILES[2].name: 14}


def test_a_file_that_fails_half_way_imports_nothing_of_itself(tmp_path):
    path = tmp_path / "c.sqlite"
    good = {"@type": "ClaimReview", "url": "https://x.example/1", "claimReviewed": "Bananas cure colds.", "inLanguage": "en",
            "reviewRating": {"alternateName": "False"}}
    bad = dict(good, url="https://x.example/2", reviewRating={"ratingValue": "very"})
    source = tmp_path / "half.json"
    source.write_text(json.dumps([good, bad]))
    code, _, err = run("claims", "import", "--claims-index", path, source)
    assert code == 2 and "ClaimReview 2: rating value 'very' is not a number" in err
    with ClaimStore.open(path, read_only=True) as store:
        assert store.count() == 0


def test_other_shapes_aggregators_publish(tmp_path):
    tools = tmp_path / "factcheck-tools.json"
    tools.write_text(json.dumps({"claims": [{"text": "Onions absorb viruses from the air.", "claimant": "a post", "claimReview": [
        {"publisher": {"name": "Checker", "site": "checker.example"}, "url": "https://checker.example/onions",
         "reviewDate": "2020-03-01T00:00:00Z", "textualRating": "False", "languageCode": "en"}]}]}))
    flat = tmp_path / "export.json"
    flat.write_text(json.dumps([{"claim_text": "Bawang merah menyerap virus dari udara.", "rating": "Hoaks", "url": "https://c.example/b",
                                 "publisher": "Cek", "date": "2020-03-02", "lang": "id"}]))
    tsv = tmp_path / "export.tsv"
    tsv.write_text("Claim\tURL\tVerdict\tLanguage\nTea cures measles.\thttps://t.example/tea\tFalse\ten\n")
    records = importer.read(tools) + importer.read(flat) + importer.read(tsv)
    assert [(r.url, r.rating, r.language, r.date, r.publisher) for r in records] == [
        ("https://checker.example/onions", "False", "en", "2020-03-01", "Checker"),
        ("https://c.example/b", "Hoaks", "id", "2020-03-02", "Cek"),
        ("https://t.example/tea", "False", "en", "", ""),
    ]


def test_language_comes_from_the_record_the_option_or_detection(tmp_path):
    source = tmp_path / "r.json"
    source.write_text(json.dumps({"@type": "ClaimReview", "url": "https://x.example/1", "reviewRating": {"ratingValue": 1, "bestRating": 5},
                                  "claimReviewed": "Pemerintah akan menghapus subsidi listrik untuk semua rumah tangga mulai tahun depan"}))
    assert importer.read(source)[0].language == "id"
    assert importer.read(source, "en")[0].language == "en"
    assert importer.read(source)[0].rating == "1/5"


# -- reading while an import runs --------------------------------------------------

def test_a_server_reads_while_another_process_imports(tmp_path):
    path = tmp_path / "c.sqlite"
    assert main(["claims", "import", "--claims-index", str(path), str(FILES[0])]) == 0
    big = tmp_path / "big.json"
    big.write_text(json.dumps([{"@type": "ClaimReview", "url": f"https://bulk.example/{i}", "inLanguage": "en",
                                "claimReviewed": f"Claim number {i} says bulk item {i % 97} causes trouble {i}.",
                                "reviewRating": {"alternateName": "False"}} for i in range(4000)]))
    reader = ClaimStore.open(path, read_only=True)
    proc = subprocess.Popen([sys.executable, "-m", "qa_lint", "claims", "import", "--claims-index", str(path), str(big)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = set()
    while proc.poll() is None:
        seen.add(reader.count())
        assert [c.url for c in reader.candidates("id", ["vaksin", "mandul"], 1)] == ["https://cekfakta-nusantara.example/cek/vaksin-mandul"]
        time.sleep(0.01)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    seen.add(reader.count())
    # One transaction per file: a reader sees the index before the file or after it, never half of it.
    assert seen <= {16, 4016} and 4016 in seen
    reader.close()


# -- the command line ------------------------------------------------------------

def test_cli_end_to_end(tmp_path):
    path = tmp_path / "c.sqlite"
    code, out, err = run("claims", "import", "--claims-index", path, *FILES)
    assert code == 0, err
    assert out.strip().endswith(f"{path}: 42 claims")
    code, out, _ = run("claims", "stats", "--claims-index", path)
    assert code == 0 and "42 claims" in out and "CekFakta Nusantara" in out
    code, out, _ = run("claims", "list", "--claims-index", path, "--lang", "en", "--limit", "3")
    assert code == 0 and out.count("https://") == 3
    code, out, _ = run("claims", "search", "--claims-index", path, "Pesan itu menyebut vaksin Covid-19 bikin perempuan mandul")
    assert code == 0 and out.startswith("MATCH") and "vaksin-mandul" in out.splitlines()[1]
    article = CLAIMS / "articles" / "en-health-myths.txt"
    code, out, err = run("check", "--claims-index", path, "--select", "en.sourcing.known-claim", "--format", "json", article)
    assert code == 1, err
    assert len(json.loads(out)["findings"]) == 4
    code, out, err = run("check", "--claims-index", tmp_path / "absent.sqlite", "--select", "en.sourcing.known-claim", article)
    assert code == 0, err


def test_cli_refuses_a_file_that_is_no_index(tmp_path):
    not_index = tmp_path / "x.sqlite"
    not_index.write_text("hello")
    code, _, err = run("claims", "stats", "--claims-index", not_index)
    assert code == 2 and f"{not_index}: not a usable claim index" in err
    code, _, err = run("claims", "list", "--claims-index", tmp_path / "nothing.sqlite")
    assert code == 2 and "no claim index here" in err
    with pytest.raises(ClaimIndexError):
        ClaimStore.open(not_index, read_only=True)
    # Checking with it: the file's error names the index and why, exit 2 (not a bug in qa-lint, 3).
    code, out, err = run("check", "--claims-index", not_index, "--no-progress", CLAIMS / "articles" / "en-health-myths.txt")
    assert code == 2 and f"{not_index}: not a usable claim index" in out + err
    assert "internal error" not in out + err


# -- configuration ---------------------------------------------------------------

def test_config_names_the_index_relative_to_itself(index, tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "data").mkdir()
    (repo / "data" / "claims.sqlite").write_bytes(index.read_bytes())
    (repo / ".qa-lint.yaml").write_text("claims: {index: data/claims.sqlite}\n")
    article = repo / "a.txt"
    article.write_text((CLAIMS / "articles" / "en-health-myths.txt").read_text())
    result = Linter(Options(select=RULES)).lint_file(article)
    assert len(result.findings) == 4
    from qa_lint.config import ConfigCache

    assert claims.index_path(None, ConfigCache().for_file(article)) == (repo / "data" / "claims.sqlite").resolve()


def test_a_project_config_cannot_point_the_index_outside_its_repository(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".qa-lint.yaml").write_text("claims: {index: ../elsewhere/claims.sqlite}\n")
    (repo / "a.txt").write_text("Posts claim that 5G towers are spreading the coronavirus.\n")
    code, _, err = run("check", repo / "a.txt")
    assert code == 2 and "claims.index" in err and "outside the repository" in err


def test_the_default_index_is_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("QA_LINT_CLAIMS_INDEX", raising=False)
    monkeypatch.setenv("QA_LINT_DATA", str(tmp_path / "data"))
    assert claims.default_index() == tmp_path / "data" / "claims" / "claims.sqlite"
    monkeypatch.setenv("QA_LINT_CLAIMS_INDEX", str(tmp_path / "mine.sqlite"))
    assert claims.default_index() == tmp_path / "mine.sqlite"


def test_the_index_is_plain_sqlite_in_wal_mode(index):
    db = sqlite3.connect(index)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


# -- the HTTP service ------------------------------------------------------------

def test_the_http_service_reports_known_claims_and_opens_the_index_once(index, monkeypatch):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from qa_lint.claims import store as store_module
    from qa_lint.server.app import create_app

    opened = []
    real_open = ClaimStore.open.__func__

    def counting_open(cls, path, create=False, read_only=False):
        opened.append(str(path))
        return real_open(cls, path, create, read_only)

    monkeypatch.setattr(store_module, "_shared", {})
    monkeypatch.setattr(ClaimStore, "open", classmethod(counting_open))
    client = TestClient(create_app(Linter(Options(claims_index=index, ui_lang="en")), max_bytes=20_000))
    text = (CLAIMS / "articles" / "en-politics-climate.txt").read_text()
    for _ in range(3):
        body = client.post("/v1/check", json={"text": text, "language": "en"}).json()
        assert sum(f["rule"] == "en.sourcing.known-claim" for f in body["findings"]) == 4
    assert opened == [str(index)]
