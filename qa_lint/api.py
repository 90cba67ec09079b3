"""The one entry every front end uses: CLI, HTTP service, language server, tests.

    from qa_lint.api import lint_text, lint_paths
    result = lint_text("Putin ... Benggala Barat ...", language="id")
    for f in result.findings: print(f.line, f.column, f.rule, f.message)
"""

from __future__ import annotations

import errno
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import regex

from . import bilingual, budget, claims, engine, mqm, packs
from .config import Config, ConfigCache, ConfigError
from .document import Document
from .findings import Finding, at_or_above
from .readers import EXTENSIONS, ReadError, check_size, decode, read_file, read_text
from .readers.bilingual import PAIR_EXTENSIONS

# A finding source besides the rule packs (e.g. LanguageTool): (doc, config) -> findings.
Source = Callable[[Document, Config], list[Finding]]


class SourceUnavailable(Exception):
    """A source that was required could not check this document (e.g. --languagetool on and
    the server is gone): the rule packs' findings are kept, and the file gets this error."""

# What makes one file fail without stopping the run: reported in its FileResult.
FILE_ERRORS = (ReadError, ConfigError, engine.CheckFailed)

# The default largest article: far beyond any news story, small enough to bound memory and time.
MAX_BYTES = 10 * 1024 * 1024

PROSE = regex.compile(r"\p{L}")

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}


@dataclass
class Options:
    language: str | None = None
    rules: list[str | Path] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    config: str | Path | None = None
    packs: list[str] | None = None
    # Seconds the rules may spend on one file (None or 0: no limit); see qa_lint.budget.
    timeout: float | None = budget.FILE_SECONDS
    # Largest article accepted, in bytes of UTF-8 (None or 0: no limit).
    max_bytes: int | None = MAX_BYTES
    # Bilingual mode: the source of the one file checked, and the source language.
    source: str | Path | None = None
    source_language: str | None = None
    # A file named on the command line that the configuration excludes is skipped too
    # (pre-commit names every changed file); False checks it anyway.
    force_exclude: bool = True
    # Language of the findings' messages (--ui-lang, a request's ui_lang or Accept-Language);
    # None: the config's ui_lang, else each article's own language.
    ui_lang: str | None = None
    # The known-claims index (docs/claims.md); None: the config's claims.index, else the default.
    claims_index: str | Path | None = None


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    language: str | None = None
    error: str | None = None
    seconds: float = 0.0
    document: Document | None = None
    # The error is a fault in qa-lint (a rule that raised), not in the input: exit code 3.
    internal: bool = False
    pair: object | None = None  # pair.Pair when checked against a source
    mqm: dict = field(default_factory=dict)  # mqm.score(): penalty per 1,000 words, pass/fail
    rule_seconds: dict[str, float] = field(default_factory=dict)  # time per rule (check), for --stats


@dataclass
class LintResult:
    files: list[FileResult] = field(default_factory=list)
    fail_on: str = "warning"
    timings: dict[str, float] = field(default_factory=dict)
    # Files named on the command line that the configuration leaves out: (path, why).
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.files if r.error]

    @property
    def internal_errors(self) -> list[str]:
        return [r.error for r in self.files if r.error and r.internal]

    @property
    def blocking(self) -> bool:
        # A document over its configured MQM threshold blocks too.
        return any(at_or_above(f.severity, self.fail_on) for f in self.findings) or any(r.mqm.get("pass") is False for r in self.files)


class Linter:
    """Holds loaded packs and configs for a run (or for a server's lifetime)."""

    def __init__(self, options: Options | None = None, sources: Iterable[Source] = ()):
        self.options = options or Options()
        self.configs = ConfigCache(self.options.config)
        self.sources: list[Source] = list(sources)
        self._packsets: dict[tuple, packs.PackSet] = {}

    def close(self) -> None:
        """Stop what the sources started (e.g. a LanguageTool server)."""
        for source in self.sources:
            close = getattr(source, "close", None)
            if close:
                close()

    def packset(self, config: Config) -> packs.PackSet:
        index = str(claims.index_path(self.options.claims_index, config))
        key = config.pack_key() + (tuple(map(str, self.options.rules)), tuple(self.options.packs or ()), index)
        if key not in self._packsets:
            locations = list(config.rules) + [Path(r) for r in self.options.rules]
            only = self.options.packs if self.options.packs is not None else config.packs
            try:
                self._packsets[key] = packs.load(locations, only_packs=only,
                                                 settings={**config.settings, packs.CLAIMS_INDEX: index})
            except packs.UnknownPack as exc:
                raise ConfigError(f"{config.path or 'options'}: {exc}") from None
        return self._packsets[key]

    def rules(self) -> dict:
        """rule id -> Rule of every pack set loaded so far (metadata for reports)."""
        return {r.id: r for pset in self._packsets.values() for r in pset.loaded_rules()}

    def fail_on(self, config: Config | None = None) -> str:
        return self.options.fail_on or (config.fail_on if config else None) or "warning"

    def selection(self, config: Config) -> engine.Selection:
        return engine.Selection(
            select=self.options.select or config.select,
            ignore=list(self.options.ignore) + list(config.ignore) + list(config.disable),
            severity=config.severity,
        )

    def prepare(self, doc: Document, config: Config, language: str | None = None) -> Document:
        """Settle the document's language and give it its language's segmentation data."""
        declared = (
            language
            or self.options.language
            or doc.metadata.get("lang")
            or doc.metadata.get("language")
            or config.language_for(doc.path)
        )
        self.packset(config).settle_language(doc, declared)
        doc.ui_lang = ui_language(self.options.ui_lang or config.ui_lang) or doc.language
        return doc

    def lint_document(self, doc: Document, config: Config | None = None, language: str | None = None) -> FileResult:
        started = time.perf_counter()
        config = config or self.configs.for_file(doc.path if doc.path and not doc.path.startswith("<") else ".")
        self.prepare(doc, config, language)
        pset = self.packset(config)
        extra: list[Finding] = []
        if not pset.covers(doc.language) and PROSE.search(doc.plain):
            extra.append(engine.language_finding(doc, pset.language_codes()))
        unavailable: list[str] = []
        for source in self.sources:
            try:
                extra.extend(source(doc, config))
            except SourceUnavailable as exc:
                unavailable.append(f"{doc.path}: {exc}")
        rule_seconds: dict[str, float] = {}
        findings = engine.run(doc, pset.checks_for(doc.language), self.selection(config), extra,
                              seconds=self.options.timeout or None, rule_seconds=rule_seconds)
        result = FileResult(doc.path, findings, doc.language, error="; ".join(unavailable) or None,
                            seconds=time.perf_counter() - started, document=doc, rule_seconds=rule_seconds)
        return mqm.scored(result, config)

    def lint_text(self, text: str, path: str = "<text>", fmt: str | None = None, language: str | None = None) -> FileResult:
        limit = self.options.max_bytes
        if limit and len(text) * 4 > limit:  # a code point is at most 4 bytes: encode only when it may matter
            check_size(len(text.encode("utf-8", "surrogatepass")), path, limit)
        return self.lint_document(read_text(text, path, fmt), language=language)

    def lint_file(self, path: str | Path, display: str | None = None, config: Config | None = None) -> FileResult:
        shown = display or str(path)
        try:
            config = config or self.configs.for_file(path)
            paired = bilingual.lint_file(self, path, shown, config)
            if paired is not None:
                return mqm.scored(paired, config)
            doc = read_file(path, max_bytes=self.options.max_bytes)
            doc.path = shown
            return self.lint_document(doc, config)
        except FILE_ERRORS as exc:
            return FileResult(shown, error=str(exc), internal=isinstance(exc, engine.CheckFailed))
        except packs.PackError:
            raise  # broken rule packs stop the run with their position (exit 2)
        except Exception as exc:  # noqa: BLE001 - a bug in qa-lint: this file's error; the run goes on
            return FileResult(shown, error=internal_error(shown, exc), internal=True)

    def lint_bytes(self, data: bytes, path: str = "<stdin>") -> FileResult:
        """Text that is not a file (stdin), read and reported like one: bad UTF-8 is an error, not mangled."""
        try:
            check_size(len(data), path, self.options.max_bytes)
            return self.lint_text(decode(data, path), path)
        except FILE_ERRORS as exc:
            return FileResult(path, error=str(exc), internal=isinstance(exc, engine.CheckFailed))
        except packs.PackError:
            raise
        except Exception as exc:  # noqa: BLE001 - a bug in qa-lint, reported like a file's
            return FileResult(path, error=internal_error(path, exc), internal=True)

    def lint_paths(self, paths: Iterable[str | Path], on_file: Callable[[FileResult, int, int], None] | None = None) -> LintResult:
        """Lint files and folders; ``on_file(file_result, done, total)`` sees each file's
        result as soon as it is ready (the CLI streams findings and shows progress with it)."""
        result = LintResult()
        files, problems, result.skipped = expand_paths(paths, self.configs, self.options.force_exclude)
        if not self.options.source:
            files = bilingual.drop_sources(files, self.configs)
        total = len(files) + len(problems)
        for p, why in problems:
            result.files.append(FileResult(p, error=f"{p}: {why}"))
            if on_file:
                on_file(result.files[-1], len(result.files), total)
        fail_ons = set()
        for path in files:
            try:
                config = self.configs.for_file(path)
            except ConfigError as exc:
                result.files.append(FileResult(path, error=str(exc)))
            else:
                fail_ons.add(config.fail_on)
                result.files.append(self.lint_file(path, config=config))
            if on_file:
                on_file(result.files[-1], len(result.files), total)
        fail_ons.discard(None)
        result.fail_on = self.options.fail_on or (fail_ons.pop() if len(fail_ons) == 1 else None) or "warning"
        return result


def internal_error(path: str, exc: BaseException) -> str:
    return (f"{path}: internal error in qa-lint ({type(exc).__name__}: {exc}); the other files are still "
            "checked; please report this with the file")


def why_unreadable(path: str | Path) -> str:
    """What is wrong with a path that is neither a regular file nor a folder."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that points back to itself"
        if os.path.islink(path):
            return "a symbolic link to nothing"
        if exc.errno == errno.ENOENT:
            return "no such file or directory"
        return f"cannot read ({exc.strerror or exc})"
    return "not a regular file or folder"


def _given_file_skipped(path: Path, configs: ConfigCache | None) -> str | None:
    """Why the configuration leaves out a file given by name, or None."""
    try:
        return configs.for_file(path).skip_reason(path) if configs else None
    except ConfigError:
        return None  # lint_paths reports the broken configuration for this file


def _checkable_files(root: str, names: list[str], configs: ConfigCache | None,
                     problems: list[tuple[str, str]]) -> list[str]:
    """Supported files among one folder's names, in order; unreadable ones go to problems."""
    found = []
    for name in sorted(names):
        candidate = Path(root) / name
        if candidate.suffix.lower() not in EXTENSIONS and candidate.suffix.lower() not in PAIR_EXTENSIONS:
            continue
        # A pipe or socket named *.txt would block the read: skipped. A dangling
        # symlink or a symlink loop is reported.
        if not candidate.is_file():
            if os.path.islink(candidate):
                problems.append((str(candidate), why_unreadable(candidate)))
            continue
        try:
            if configs and configs.for_file(candidate).excluded(candidate):
                continue
        except ConfigError:
            pass  # kept: lint_paths reports the broken configuration for this file
        found.append(str(candidate))
    return found


def expand_paths(paths: Iterable[str | Path], configs: ConfigCache | None = None,
                 force_exclude: bool = True) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Files as given plus supported files under given folders (sorted, deduplicated);
    (path, reason) for what cannot be read: nothing unreadable is passed over in silence;
    and (path, reason) for files given by name that the configuration leaves out
    (``force_exclude``; the caller says so)."""
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []

    def unreadable_folder(exc: OSError) -> None:
        problems.append((str(exc.filename), f"cannot read this folder ({exc.strerror or exc})"))

    def walked_folder(root: str, name: str) -> bool:
        if name in SKIP_DIRS or name.startswith("."):
            return False
        try:
            return not (configs and configs.for_file(os.path.join(root, name, "_")).excluded_folder(os.path.join(root, name)))
        except ConfigError:
            return True  # lint_paths reports the broken configuration for its files

    for raw in paths:
        path = Path(raw)
        if path.is_file():
            why = _given_file_skipped(path, configs) if force_exclude else None
            if why:
                skipped.append((str(path), why))
            else:
                files.append(str(path))
        elif path.is_dir():
            for root, dirs, names in os.walk(path, onerror=unreadable_folder):
                dirs[:] = sorted(d for d in dirs if walked_folder(root, d))
                files.extend(_checkable_files(root, names, configs, problems))
        else:
            problems.append((str(raw), why_unreadable(raw)))
    return list(dict.fromkeys(files)), problems, skipped


def ui_language(value: str | None) -> str | None:
    """A UI language as catalogues name it: "id" for "id-ID", "in_ID" or "ID"."""
    if not value:
        return None
    base = value.replace("_", "-").split("-")[0].lower()
    return {"in": "id"}.get(base, base)


def accepted_language(header: str, available: Iterable[str]) -> str | None:
    """The most preferred language of an Accept-Language header among ``available``."""
    choices = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                continue
        language = ui_language(tag.strip()) if tag.strip() not in ("", "*") else None
        if language and weight > 0:
            choices.append((-weight, position, language))
    available = set(available)
    return next((language for _, _, language in sorted(choices) if language in available), None)


def lint_text(text: str, path: str = "<text>", fmt: str | None = None, language: str | None = None, options: Options | None = None) -> FileResult:
    return Linter(options).lint_text(text, path, fmt, language)


def lint_paths(paths: Iterable[str | Path], options: Options | None = None) -> LintResult:
    return Linter(options).lint_paths(paths)
