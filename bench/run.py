"""qa-lint's benchmark: every figure beside a baseline measured in the same run, with its ratio.

    python3 bench/run.py            # full: ~40 MB corpus of 10,000 articles, 1 and 5 MB single files
    python3 bench/run.py --quick    # under a minute: a small corpus of the same make
    python3 bench/run.py --json report.json --only throughput,cold-start

The corpus is generated, not downloaded: paragraphs of the project's own fixture
articles (Indonesian and English), reshuffled with a fixed seed and joined by
sentences made from the bundled word lists. It is built once and cached under
the temp folder (``qa-lint-bench/``; ``--corpus-dir`` to choose), keyed by its
parameters and the fixtures it came from.

Figures (CPU time of child processes, so other load on a shared machine counts less):

- throughput: the default packs over the corpus (MB/s, articles/s) vs a floor
  that reads the same files and splits them into words;
- peak RSS of the linting child vs the floor child (resource.getrusage);
- cold start: ``python3 -m qa_lint check`` on a one-line file vs ``python3 -c pass``, and
  on a small article with ``--no-cache``, with the parse cache and without it;
- linearity: the single 1 and 5 MB files vs the same text as many article-sized files;
- terms: a terms rule with N = 10/100/1,000/10,000 real words vs N = 10, and vs
  Vale running the equivalent existence style (``--vale``, else a ``vale`` on PATH, else
  the one ``bash scripts/install-vale`` builds; skipped without one): the whole command,
  start-up alone, and a warm qa-lint process; the findings of both are compared by position;
- api latency: p50/p95/p99 of ``POST /v1/check`` on the seed article with 1 and 8 clients
  (bench/api_latency.py) beside ``GET /healthz`` on the same server;
- cache: a re-run of 500 unchanged articles from the result cache beside the first run.

Nothing here is asserted; tests/test_bench.py checks only the report's structure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
CORPUS_VERSION = 1  # bump when the generator changes: the cached corpus is rebuilt
SEED = 20261203


@dataclass
class Scale:
    """How big a run is."""

    articles: int
    single_mb: tuple[float, ...]
    terms: tuple[int, ...] = (10, 100, 1_000, 10_000)
    terms_articles: int = 200
    cold_runs: int = 5


FULL = Scale(articles=10_000, single_mb=(1.0, 5.0))
TINY = Scale(articles=6, single_mb=(0.01,), terms=(10, 100), terms_articles=3, cold_runs=1)
QUICK = Scale(articles=60, single_mb=(0.02, 0.05), terms=(10, 100, 1_000), terms_articles=10, cold_runs=3)


# ---------------------------------------------------------------- corpus

def fixture_paragraphs() -> dict[str, list[str]]:
    """Paragraphs of the fixture articles by language (Indonesian targets, English sources and articles)."""
    found: dict[str, list[str]] = {"id": [], "en": []}
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if path.suffix not in (".txt", ".md") or path.name == "README.md":
            continue
        language = "en" if path.name.startswith("en-") or ".source-en" in path.name else "id"
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():  # fixtures hold one paragraph (or sentence) a line
            line = " ".join(line.split())
            if len(line) > 40 and not line.startswith(("#", "---", "<")):
                found[language].append(line)
    return found


def word_list(language: str) -> list[str]:
    path = ROOT / "rules" / language / "data" / "words-frequent.txt"
    words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    return [w for w in words if w.isalpha()]


def corpus_key(scale: Scale) -> str:
    digest = hashlib.sha256(repr((CORPUS_VERSION, SEED, scale.articles, scale.single_mb)).encode())
    for path in sorted((ROOT / "fixtures").rglob("*.txt")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def made_sentence(rng: random.Random, words: list[str]) -> str:
    """A sentence of word-list words: text no fixture has, so articles do not repeat exactly."""
    chosen = [rng.choice(words) for _ in range(rng.randint(6, 14))]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def make_article(rng: random.Random, paragraphs: list[str], words: list[str]) -> str:
    body: list[str] = []
    target = rng.randint(2_500, 5_500)  # bytes: news articles of 400 to 900 words
    while sum(map(len, body)) < target:
        paragraph = rng.choice(paragraphs)
        if rng.random() < 0.3:
            paragraph += " " + made_sentence(rng, words)
        body.append(paragraph)
    title = " ".join(w.capitalize() for w in rng.sample(words, 5))
    return title + "\n\n" + "\n\n".join(body) + "\n"


def build_corpus(folder: Path, scale: Scale, log: Callable[[str], None]) -> dict:
    """Write the corpus under ``folder`` (atomically: a half-built corpus is never reused)."""
    manifest_path = folder / "manifest.json"
    if manifest_path.is_file():
        return json.loads(manifest_path.read_text(encoding="utf-8"))
    log(f"building the corpus in {folder} ...")
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    rng = random.Random(SEED)
    pools = fixture_paragraphs()
    words = {lang: word_list(lang) for lang in pools}
    articles = building / "articles"
    sizes = {"id": 0, "en": 0}
    for i in range(scale.articles):
        language = "en" if i % 10 < 3 else "id"  # 70% Indonesian, 30% English
        text = make_article(rng, pools[language], words[language])
        path = articles / language / f"{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        sizes[language] += len(text.encode())
    singles = {}
    for mb in scale.single_mb:
        name = f"single-{mb:g}mb"
        parts, size = [], 0
        while size < mb * 1_000_000:
            parts.append(make_article(rng, pools["id"], words["id"]))
            size += len(parts[-1].encode())
        (building / f"{name}.txt").write_text("\n".join(parts), encoding="utf-8")
        pieces = building / f"{name}-pieces"
        pieces.mkdir()
        for j, part in enumerate(parts):
            (pieces / f"{j:05d}.txt").write_text(part, encoding="utf-8")
        singles[name] = {"bytes": size, "pieces": len(parts)}
    manifest = {"key": folder.name, "seed": SEED, "articles": scale.articles, "bytes": sizes, "singles": singles}
    (building / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(building, folder)
    return manifest


# ---------------------------------------------------------------- child processes

def child_main(argv: list[str]) -> int:
    """Run inside a child: ``lint|floor FILELIST [--timeout S]``; prints one JSON line."""
    mode, listing = argv[0], Path(argv[1])
    files = listing.read_text(encoding="utf-8").split("\n")
    files = [f for f in files if f]
    started = time.process_time()
    size = findings = 0
    stopped: list[str] = []
    if mode == "floor":
        for name in files:
            text = Path(name).read_text(encoding="utf-8")
            size += len(text.encode())
            findings += len(re.findall(r"\w+", text))
    else:
        sys.path.insert(0, str(ROOT))
        from qa_lint.api import Linter, Options
        from qa_lint.engine import TIME_BUDGET_RULE

        timeout = float(argv[3]) if len(argv) > 3 and argv[2] == "--timeout" else None
        linter = Linter(Options(timeout=timeout or None))
        loaded = time.process_time()
        for name in files:
            result = linter.lint_file(name)
            size += Path(name).stat().st_size
            findings += len(result.findings)
            stopped += [f.message for f in result.findings if f.rule == TIME_BUDGET_RULE]
        started = loaded  # throughput excludes start-up (measured on its own)
    cpu = time.process_time() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"cpu": cpu, "bytes": size, "files": len(files), "count": findings,
                      "peak_rss_mb": peak_kb / 1024, "stopped": stopped[:3]}))
    return 0


def run_child(mode: str, files: list[Path], work: Path, timeout: float | None = None) -> dict:
    listing = work / f"files-{mode}.txt"
    listing.write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(listing)]
    if timeout:
        command += ["--timeout", str(timeout)]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=work)
    return json.loads(out.stdout.strip().splitlines()[-1])


def cpu_of(command: list[str], cwd: Path) -> float:
    """CPU seconds (user + system) a command costs, from the children's rusage."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(command: list[str], cwd: Path, runs: int) -> float:
    return sorted(cpu_of(command, cwd) for _ in range(runs))[runs // 2]


# ---------------------------------------------------------------- figures

@dataclass
class Figure:
    """One line of the report: a measured value beside its same-run baseline."""

    section: str
    name: str
    value: float | None
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    note: str = ""
    ratio: float | None = field(default=None)

    def __post_init__(self):
        if self.ratio is None and self.value is not None and self.baseline:
            self.ratio = self.value / self.baseline

    def line(self) -> str:
        if self.value is None:
            return f"{self.section:12s} {self.name}: not measured ({self.note})"
        text = f"{self.section:12s} {self.name}: {self.value:,.3f} {self.unit}"
        if self.baseline is not None:
            text += f"  |  {self.baseline_name}: {self.baseline:,.3f} {self.unit}"
        if self.ratio is not None:
            text += f"  |  ratio {self.ratio:,.2f}"
        return text + (f"  ({self.note})" if self.note else "")


@dataclass
class Context:
    root: Path
    corpus: Path
    manifest: dict
    scale: Scale
    work: Path
    timeout: float | None
    vale: str | None = None


def article_files(ctx: Context) -> list[Path]:
    return sorted((ctx.corpus / "articles").rglob("*.txt"))


def bench_throughput(ctx: Context) -> list[Figure]:
    files = article_files(ctx)
    floor = run_child("floor", files, ctx.work)
    lint = run_child("lint", files, ctx.work, ctx.timeout)
    mb = lint["bytes"] / 1e6
    note = f"{len(files)} articles, {mb:.1f} MB, {lint['count']} findings"
    if lint["stopped"]:
        note += f"; time budget stopped rules: {lint['stopped'][0][:120]}"
    return [
        Figure("throughput", "default packs", mb / lint["cpu"], "MB/s", "read+split floor", mb / floor["cpu"],
               note=note, ratio=lint["cpu"] / floor["cpu"]),
        Figure("throughput", "default packs", len(files) / lint["cpu"], "articles/s", "read+split floor",
               len(files) / floor["cpu"], ratio=lint["cpu"] / floor["cpu"], note="ratio: times the floor's cost"),
        Figure("memory", "peak RSS linting", lint["peak_rss_mb"], "MB", "peak RSS of the floor", floor["peak_rss_mb"]),
    ]


def bench_cold_start(ctx: Context) -> list[Figure]:
    one = ctx.work / "one-line.txt"
    one.write_text("Presiden tiba di Jakarta pada Senin pagi untuk membahas anggaran.\n", encoding="utf-8")
    check = [sys.executable, "-m", "qa_lint", "check", "--languagetool", "off", "--no-progress", str(one)]
    env = cold_start_env(ctx)
    median_cpu_env(check, ctx.root, env, 1)  # from the checkout: its qa_lint is imported; byte code written
    lint = median_cpu_env(check, ctx.root, env, ctx.scale.cold_runs)
    bare = median_cpu_env([sys.executable, "-c", "pass"], ctx.root, env, ctx.scale.cold_runs)
    # A small real article checked afresh (--no-cache: no stored findings), with the packs
    # and data parsed on the run before (the parse cache) and with every file parsed again.
    article = [sys.executable, "-m", "qa_lint", "check", "--languagetool", "off", "--no-progress", "--no-cache",
               str(ctx.root / "fixtures" / "bi-rate-agustus.txt")]
    warm = median_cpu_env(article, ctx.root, env, ctx.scale.cold_runs)
    parsed = median_cpu_env(article, ctx.root, {**env, "QA_LINT_PARSE_CACHE": "off"}, ctx.scale.cold_runs)
    note = f"median of {ctx.scale.cold_runs}, byte code cached"
    return [Figure("cold-start", "qa-lint check one line (CPU)", lint * 1000, "ms", "python3 -c pass", bare * 1000,
                   note=note + "; findings from the result cache after the first run"),
            Figure("cold-start", "check one article --no-cache (CPU)", warm * 1000, "ms", "python3 -c pass", bare * 1000,
                   note=note + "; packs from the parse cache"),
            Figure("cold-start", "the same, QA_LINT_PARSE_CACHE=off (CPU)", parsed * 1000, "ms", "python3 -c pass", bare * 1000,
                   note=note + "; every pack and data file parsed")]


def bench_linearity(ctx: Context) -> list[Figure]:
    figures = []
    for name, info in ctx.manifest["singles"].items():
        single = run_child("lint", [ctx.corpus / f"{name}.txt"], ctx.work, ctx.timeout)
        pieces = run_child("lint", sorted((ctx.corpus / f"{name}-pieces").glob("*.txt")), ctx.work, ctx.timeout)
        note = f"{info['bytes'] / 1e6:.2f} MB; {info['pieces']} pieces"
        if single["stopped"] or pieces["stopped"]:
            note += "; STOPPED by the time budget: " + (single["stopped"] or pieces["stopped"])[0][:120]
        figures.append(Figure("linearity", f"{name} as one file", single["cpu"], "s CPU", "same text as many files",
                              pieces["cpu"], note=note))
    return figures


def terms_words(n: int) -> list[str]:
    """N real Indonesian words (not stopwords-only synthetic terms), the same for every tool."""
    words = [w for w in (ROOT / "rules" / "id" / "data" / "words.txt").read_text(encoding="utf-8").split()
             if w.isalpha() and w.islower() and len(w) >= 4]
    return random.Random(n).sample(sorted(set(words)), n)


def write_terms_pack(folder: Path, words: list[str]) -> Path:
    pack = folder / "terms.yaml"
    lines = ["pack: bench-terms", "language: id", "rules:", "  - id: bench.terms.words", "    type: terms",
             "    severity: warning", "    category: style", "    message: 'Term: {match}'", "    ignore_case: true",
             "    terms:"]
    lines += [f"      - {w}" for w in words]
    lines += [f"    examples: {{bad: ['{words[0]}'], good: ['kata']}}"]
    pack.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / ".qa-lint.yaml").write_text("packs: []\nlanguage: id\n", encoding="utf-8")
    return pack


def write_vale_style(folder: Path, words: list[str]) -> Path:
    style = folder / "styles" / "Bench"
    style.mkdir(parents=True, exist_ok=True)
    tokens = "\n".join(f"  - {w}" for w in words)
    (style / "Words.yml").write_text(
        "extends: existence\nmessage: \"Term: '%s'\"\nlevel: warning\nignorecase: true\ntokens:\n" + tokens + "\n",
        encoding="utf-8")
    ini = folder / ".vale.ini"
    ini.write_text("StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.txt]\nBasedOnStyles = Bench\n", encoding="utf-8")
    return ini


def vale_binary(given: str | None = None) -> str | None:
    """Vale: ``--vale``, else on PATH, else where scripts/install-vale puts it."""
    if given:
        return given
    tools = Path(os.environ.get("QA_LINT_TOOLS") or
                 Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "qa-lint" / "tools")
    installed = tools / "bin" / "vale"
    return shutil.which("vale") or (str(installed) if os.access(installed, os.X_OK) else None)


def timed_output(command: list[str], cwd: Path, env: dict | None, runs: int) -> tuple[float, str]:
    """Median CPU seconds of ``runs`` runs of a command, and what its last run printed."""
    costs, out = [], ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        costs.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return sorted(costs)[runs // 2], out


def found_places(out: str, vale: bool) -> set[tuple[str, int, int, int]] | None:
    """(file name, line, first column, column after the match) of every finding, from
    qa-lint's ``--format json`` or Vale's ``--output JSON`` (its spans are 1-based, end included)."""
    try:
        data = json.loads(out)
    except ValueError:
        return None
    if vale:
        return {(Path(path).name, a["Line"], a["Span"][0], a["Span"][1] + 1) for path, alerts in data.items() for a in alerts}
    return {(Path(f["path"]).name, f["line"], f["column"], f["end_column"]) for f in data["findings"]}


def agreement(ours: set | None, theirs: set | None) -> str:
    if ours is None or theirs is None:
        return "findings: unreadable output"
    if ours == theirs:
        return f"same {len(ours)} findings at the same positions"
    return (f"findings DIFFER: qa-lint {len(ours)}, vale {len(theirs)}; only qa-lint: {sorted(ours - theirs)[:2]}, "
            f"only vale: {sorted(theirs - ours)[:2]}")


def terms_in_process(texts: Path, pack: Path, config: Path) -> tuple[float, int]:
    """CPU seconds a warm Linter (a resident process: `qa-lint serve`, the language server)
    spends checking every text with the terms pack: start-up excluded."""
    script = (
        "import sys, time; from pathlib import Path\n"
        "from qa_lint.api import Linter, Options\n"
        "files = sorted(Path(sys.argv[1]).glob('*.txt'))\n"
        "linter = Linter(Options(rules=[sys.argv[2]], config=sys.argv[3]))\n"
        "linter.lint_file(files[0])\n"
        "began = time.process_time()\n"
        "found = sum(len(linter.lint_file(f).findings) for f in files)\n"
        "print(time.process_time() - began, found)\n")
    costs, found = [], 0
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", script, str(texts), str(pack), str(config)], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        costs.append(float(out.split()[0]))
        found = int(out.split()[1])
    return sorted(costs)[1], found


def bench_terms(ctx: Context) -> list[Figure]:
    """The same existence check in both tools: N real words, case ignored, over the same
    Indonesian articles; each tool's whole command (start-up included, median CPU of 3
    runs), then start-up alone (a one-line file) and, for qa-lint, a warm process."""
    texts = ctx.work / "terms-texts"
    shutil.rmtree(texts, ignore_errors=True)
    texts.mkdir()
    for path in sorted((ctx.corpus / "articles" / "id").glob("*.txt"))[: ctx.scale.terms_articles]:
        shutil.copy(path, texts / path.name)
    one = ctx.work / "terms-one-line" / "one.txt"
    one.parent.mkdir(exist_ok=True)
    one.write_text("Presiden tiba di Jakarta pada Senin pagi untuk membahas anggaran.\n", encoding="utf-8")
    article_note = f"{ctx.scale.terms_articles} Indonesian articles"
    vale = vale_binary(ctx.vale)
    env = cold_start_env(ctx)
    figures: list[Figure] = []
    first = None
    for n in ctx.scale.terms:
        folder = ctx.work / f"terms-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        words = terms_words(n)
        pack = write_terms_pack(folder, words)
        # --no-cache: every run checks the articles (not the result cache's answers of the
        # run before); --jobs 1: one process, the least CPU (Vale's figure counts all its threads).
        ours = [sys.executable, "-m", "qa_lint", "check", "--languagetool", "off", "--no-progress", "--no-cache",
                "--jobs", "1", "--config", str(folder / ".qa-lint.yaml"), "--rules", str(pack), "--fail-on", "error",
                "--format", "json"]
        timed_output(ours + [str(one)], folder, env, 1)  # byte code and parse cache written
        cost, out = timed_output(ours + [str(texts)], folder, env, 3)
        start_up, _ = timed_output(ours + [str(one)], folder, env, 3)
        warm, warm_found = terms_in_process(texts, pack, folder / ".qa-lint.yaml")
        warm_note = f"{warm_found} findings; a resident qa-lint (serve, the language server)"
        first = first or cost
        figures.append(Figure("terms", f"qa-lint N={n}, {article_note}", cost, "s CPU", "qa-lint N=10", first))
        figures.append(Figure("terms", f"qa-lint N={n}, start-up (one line)", start_up, "s CPU", "the whole run",
                              cost))
        if not vale:
            figures.append(Figure("terms", f"qa-lint N={n}, warm process", warm, "s CPU", "the whole run", cost,
                                  note=warm_note))
            continue
        ini = write_vale_style(folder, words)
        theirs = [vale, "--config", str(ini), "--no-exit", "--output", "JSON"]
        vale_cost, vale_out = timed_output(theirs + [str(texts)], folder, None, 3)
        vale_start, _ = timed_output(theirs + [str(one)], folder, None, 3)
        same = agreement(found_places(out, vale=False), found_places(vale_out, vale=True))
        figures.append(Figure("terms", f"qa-lint N={n} vs Vale, {article_note}", cost, "s CPU", "vale", vale_cost,
                              note=same))
        figures.append(Figure("terms", f"qa-lint N={n} vs Vale, start-up (one line)", start_up, "s CPU",
                              "vale", vale_start))
        figures.append(Figure("terms", f"qa-lint N={n} vs Vale, warm process (start-up excluded)", warm, "s CPU",
                              "vale's whole run", vale_cost, note=warm_note))
    if not vale:
        figures.append(Figure("terms", "vs Vale", None, "", note="no `vale` binary (bash scripts/install-vale): skipped"))
    return figures


def cold_start_env(ctx: Context) -> dict:
    """qa-lint as installed: byte code written (to a folder of this run) and reused, whatever
    PYTHONDONTWRITEBYTECODE says, and this run's caches, not the user's."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(ctx.work / "pycache")
    env["QA_LINT_CACHE"] = str(ctx.work / "cache")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ctx.root), os.environ.get("PYTHONPATH")]))
    return env


def median_cpu_env(command: list[str], cwd: Path, env: dict, runs: int) -> float:
    costs = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        costs.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return sorted(costs)[runs // 2]


def bench_api_latency(ctx: Context) -> list[Figure]:
    """API p50/p95/p99 on the seed article with 1 and 8 clients (bench/api_latency.py's server
    and load), each beside /healthz on the same server and connections."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import api_latency

    requests = 5 if ctx.scale is TINY else 20 if ctx.scale is QUICK else 60
    figures = []
    workers = api_latency.default_workers()  # what `qa-lint serve` runs without --workers
    _, lint_cpu = api_latency.in_process(requests)
    proc, url, log = api_latency.start(workers)
    try:
        for clients in (1, 8):
            base = api_latency.percentiles(api_latency.load(url, clients, requests, check=False))
            times, server_cpu = api_latency.cpu_per_request(proc, url, clients, requests)
            found = api_latency.percentiles(times)
            plural = "s" if clients > 1 else ""
            for name, value, baseline in zip(("p50", "p95", "p99"), found, base):
                figures.append(Figure("api", f"/v1/check {name}, {clients} client{plural}", value, "ms",
                                      "/healthz", baseline, note=f"{requests} requests per client, serve --workers {workers} (the default)"))
            figures.append(Figure("api", f"server CPU per /v1/check, {clients} client{plural}", server_cpu, "ms",
                                  "the lint's CPU in-process", lint_cpu, note=f"load average {os.getloadavg()[0]:.1f}"
                                  if server_cpu is not None else "no /proc here"))
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        log.unlink(missing_ok=True)
    return figures


def bench_cache_rerun(ctx: Context) -> list[Figure]:
    """A re-run of unchanged articles with the result cache beside the first run (CPU time
    of the qa-lint process; bench/cache_rerun.py does the same on the fixtures)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import cache_rerun

    files = article_files(ctx)[:500]
    folder = ctx.work / "cache-corpus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for path in files:
        shutil.copyfile(path, folder / f"{path.parent.name}-{path.name}")
    env = {**os.environ, "QA_LINT_LANGUAGETOOL": "off", "QA_LINT_CACHE": str(ctx.work / "result-cache"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    shutil.rmtree(ctx.work / "result-cache", ignore_errors=True)
    args = ["--jobs", "1", "-f", "jsonl", "-o", str(ctx.work / "cache-report.jsonl"), str(folder)]
    _, first, _ = cache_rerun.timed(args, env)
    _, again, _ = cache_rerun.timed(args, env)
    return [Figure("cache", f"re-run of {len(files)} unchanged articles with the cache", again, "s CPU",
                   "first run (filling the cache)", first, note="target: <= 5% of the first run")]


SECTIONS: dict[str, Callable[[Context], list[Figure]]] = {
    "throughput": bench_throughput,
    "cold-start": bench_cold_start,
    "linearity": bench_linearity,
    "terms": bench_terms,
    "api": bench_api_latency,
    "cache": bench_cache_rerun,
}


def report(ctx: Context, sections: list[str], log: Callable[[str], None]) -> dict:
    figures: list[Figure] = []
    for name in sections:
        started = time.perf_counter()
        found = SECTIONS[name](ctx)
        for figure in found:
            log(figure.line())
        log(f"{'':12s} ({name} took {time.perf_counter() - started:.1f} s)")
        figures += found
    return {"corpus": ctx.manifest, "python": sys.version.split()[0],
            "figures": [{k: v for k, v in vars(f).items()} for f in figures]}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small corpus: about a minute")
    parser.add_argument("--articles", type=int, help="number of articles (overrides the scale)")
    parser.add_argument("--corpus-dir", type=Path, help="where to cache corpora (default: the temp folder)")
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    parser.add_argument("--timeout", type=float, default=120.0, help="per-file time budget of the linting children (0: none)")
    parser.add_argument("--vale", help="the vale binary (default: on PATH, else where scripts/install-vale puts it)")
    parser.add_argument("--tiny", action="store_true", help=argparse.SUPPRESS)  # tests/test_bench.py: seconds, not figures
    args = parser.parse_args(argv)
    scale = TINY if args.tiny else QUICK if args.quick else FULL
    if args.articles:
        scale = Scale(**{**vars(scale), "articles": args.articles})
    sections = args.only.split(",") if args.only else list(SECTIONS)
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; known: {', '.join(SECTIONS)}")
    base = args.corpus_dir or Path(tempfile.gettempdir()) / "qa-lint-bench"
    base.mkdir(parents=True, exist_ok=True)
    manifest = build_corpus(base / corpus_key(scale), scale, print)
    with tempfile.TemporaryDirectory(prefix="qa-lint-bench-run-") as work:
        ctx = Context(ROOT, base / corpus_key(scale), manifest, scale, Path(work), args.timeout or None,
                      args.vale)
        print(f"corpus: {manifest['articles']} articles, {sum(manifest['bytes'].values()) / 1e6:.1f} MB "
              f"(id {manifest['bytes']['id'] / 1e6:.1f}, en {manifest['bytes']['en'] / 1e6:.1f}); seed {SEED}")
        data = report(ctx, sections, print)
    if args.json:
        tmp = args.json.with_name(args.json.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
