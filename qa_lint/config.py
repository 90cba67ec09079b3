"""Configuration: the nearest .qa-lint.yaml upward from each file (up to the repository
root), or [tool.qa-lint] in pyproject.toml, over the user's own configuration.

    packs: [id-mt-renderings, ...]     # bundled packs to use (default: all)
    rules: [./newsroom-rules]          # extra pack files/folders, relative to this file
    language: id                       # default language
    languages: {"en/**": en}           # per-glob language
    severity: {id.vague.analysts: warning}
    disable: [id.style]                # rule ids, prefixes or categories
    select: [...]                      # only these (ids, prefixes, categories)
    fail_on: warning
    exclude: [README.md, drafts/]      # gitignore-style, relative to this file
    include: ["articles/**"]           # only these (gitignore-style); default: every article file
    ui_lang: id                        # language of messages (default: each article's own)
    settings: {roster: staff.yaml}     # options for rule types (paths relative to this file)
    claims: {index: claims.sqlite}     # the known-claims index (docs/claims.md; relative to this file)
    languagetool: {mode: auto, disabled_rules: [...]}

Trust (docs/security.md): a project configuration comes with the files it lints and
may be hostile. It cannot name executables, caches, URLs or paths outside its
repository; those come only from the user: the command line, the environment, or
the user-level configuration (qa_lint.paths.user_config_file()), which may set
anything, e.g. ``languagetool: {url: ..., data_dir: ..., heap: 2g}``.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths, yamlmarks
from .findings import SEVERITY_RANK

if TYPE_CHECKING:
    import pathspec

CONFIG_NAMES = (".qa-lint.yaml", ".qa-lint.yml")
# A folder holding one of these is a repository root: discovery does not look above it.
REPOSITORY_MARKERS = (".git", ".hg", ".svn", ".jj")

# `languagetool:` keys a project configuration may set: they change what is reported,
# not what runs, where text is sent, or what is read and written.
PROJECT_LANGUAGETOOL_KEYS = frozenset({
    "mode", "version", "languages", "variants", "severity", "cache", "disabled_rules", "enabled_rules",
    "disabled_categories", "enabled_categories", "enabled_only", "picky", "mother_tongue", "preferred_variants",
})
# ...and the ones only the user may set (a server URL, install and cache folders, resources).
USER_LANGUAGETOOL_KEYS = frozenset({"url", "data_dir", "results_dir", "heap", "threads"})

SCHEMA = {
    "type": "object",
    "properties": {
        "packs": {"type": "array", "items": {"type": "string"}},
        "rules": {"type": "array", "items": {"type": "string"}},
        "language": {"type": "string"},
        "languages": {"type": "object", "additionalProperties": {"type": "string"}},
        "severity": {"type": "object", "additionalProperties": {"enum": ["error", "warning", "info"]}},
        "disable": {"type": "array", "items": {"type": "string"}},
        "select": {"type": "array", "items": {"type": "string"}},
        "ignore": {"type": "array", "items": {"type": "string"}},
        "fail_on": {"enum": list(SEVERITY_RANK)},
        # Language of the messages and the UI (a catalogue language); default: the article's.
        "ui_lang": {"type": "string", "pattern": r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$"},
        # Free-form options for rule types; the keys qa-lint itself reads are typed here.
        "settings": {"type": "object", "properties": {"roster": {"type": "string"}}},
        "languagetool": {
            "type": "object",
            "propertyNames": {"enum": sorted(PROJECT_LANGUAGETOOL_KEYS | USER_LANGUAGETOOL_KEYS)},
        },
        # gitignore-style patterns (pathspec), relative to the configuration file's folder.
        "exclude": {"type": "array", "items": {"type": "string"}},
        "include": {"type": "array", "items": {"type": "string"}},
        # Bilingual mode (qa_lint/bilingual.py): where a translation's source is, and its language.
        "bilingual": {
            "type": "object",
            "properties": {
                "source_language": {"type": "string", "pattern": r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$"},
                "sources": {"type": "array", "items": {"type": "string", "minLength": 1}},
                "enabled": {"type": "boolean"},
                # Categories of monolingual findings lowered to info when the source has the same problem.
                "inherit": {"type": "array", "items": {"type": "string", "minLength": 1}},
            },
            "additionalProperties": False,
        },
        # The index of fact-checked claims (docs/claims.md); a project's must be in its repository.
        "claims": {
            "type": "object",
            "properties": {"index": {"type": "string", "minLength": 1}},
            "additionalProperties": False,
        },
        # MQM score: the most penalty points per 1,000 words a document may have and pass.
        "mqm": {
            "type": "object",
            "properties": {"threshold": {"type": "number", "minimum": 0}},
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}


class ConfigError(Exception):
    pass


@dataclass
class Config:
    path: Path | None = None
    packs: list[str] | None = None
    rules: list[Path] = field(default_factory=list)
    language: str | None = None
    languages: dict[str, str] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    disable: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    ui_lang: str | None = None
    settings: dict = field(default_factory=dict)
    languagetool: dict = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    # The user's own configuration (or none at all) is trusted; a project's is not.
    trusted: bool = True
    bilingual: dict = field(default_factory=dict)
    mqm: dict = field(default_factory=dict)
    claims: dict = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def relative(self, file: str | Path) -> str:
        """``file`` relative to the config's folder (as globs are written), else as given."""
        try:
            # os.path.realpath, not Path.resolve(): a symlink loop is a path, not a RuntimeError.
            return Path(os.path.realpath(file)).relative_to(os.path.realpath(self.root)).as_posix()
        except ValueError:
            return Path(file).as_posix()

    def language_for(self, file: str | Path) -> str | None:
        relative = self.relative(file)
        for pattern, lang in self.languages.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern):
                return lang
        return self.language

    def excluded(self, file: str | Path) -> bool:
        """Whether ``exclude`` matches the file, or ``include`` is set and does not."""
        return self.skip_reason(file) is not None

    def skip_reason(self, file: str | Path) -> str | None:
        """Why the configuration leaves this file out, or None. Patterns are gitignore's,
        relative to the configuration's folder: ``README.md`` is any README.md, ``drafts/``
        everything under any drafts folder, ``/drafts/`` only the top one."""
        relative = self._pattern_path(file)
        where = f" in {self.path}" if self.path else ""
        if self.exclude and _spec(tuple(self.exclude)).match_file(relative):
            return f"excluded by `exclude`{where}"
        if self.include and not _spec(tuple(self.include)).match_file(relative):
            return f"not matched by `include`{where}"
        return None

    def excluded_folder(self, folder: str | Path) -> bool:
        """Whether ``exclude`` leaves out a whole folder (not walked at all)."""
        return bool(self.exclude) and _spec(tuple(self.exclude)).match_file(self._pattern_path(folder).rstrip("/") + "/")

    def _pattern_path(self, file: str | Path) -> str:
        relative = self.relative(file)
        return relative.lstrip("/") if not relative.startswith("..") else Path(relative).name

    def pack_key(self) -> tuple:
        """Configs with the same key can share one loaded PackSet."""
        return (tuple(self.packs) if self.packs is not None else None, tuple(map(str, self.rules)), repr(sorted(self.settings.items())))


@cache
def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    import pathspec  # imported here: most runs have no include/exclude patterns, and its import costs ~15 ms

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def repository_root(folder: str | Path) -> Path | None:
    """The nearest folder at or above ``folder`` that holds a repository (.git, .hg, ...)."""
    directory = os.path.realpath(folder)
    while True:
        if any(os.path.exists(os.path.join(directory, marker)) for marker in REPOSITORY_MARKERS):
            return Path(directory)
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path`` (symlinks followed) is ``root`` or below it."""
    real = Path(os.path.realpath(path))
    return real == root or root in real.parents


def _confine(value: str, base: Path, root: Path, where: str, config_path: Path) -> Path:
    """A path from a project configuration, resolved against its folder; it must stay in the repository."""
    resolved = (base / value).resolve()
    if not _inside(resolved, root):
        raise ConfigError(
            f"{config_path}: {where}: {value!r} is outside the repository ({root}); a project configuration "
            "may only name files inside it (put other paths in your user configuration: see docs/security.md)"
        )
    return resolved


def _from_mapping(data: dict, path: Path, trusted: bool = False) -> Config:
    import jsonschema  # here: a run without a configuration file does not need it

    try:
        jsonschema.validate(data, SCHEMA)
    except jsonschema.ValidationError as exc:
        where = ".".join(str(p) for p in exc.absolute_path) or "top level"
        raise ConfigError(f"{path}: {where}: {exc.message}") from None
    base = path.parent
    root = Path(os.path.realpath(repository_root(base) or base))
    languagetool = dict(data.get("languagetool", {}))
    if trusted:
        for key in ("data_dir", "results_dir"):
            if isinstance(languagetool.get(key), str):
                languagetool[key] = str((base / Path(languagetool[key]).expanduser()).resolve())
    else:
        for key in sorted(set(languagetool) & USER_LANGUAGETOOL_KEYS):
            raise ConfigError(
                f"{path}: languagetool.{key} may not be set in a project configuration: it would choose what runs "
                f"or where articles are sent. Set it in your user configuration ({paths.user_config_file()}), "
                "or on the command line (--languagetool-url) or in the environment (QA_LINT_LANGUAGETOOL_URL)."
            )

    def locate(value: str, where: str) -> Path:
        if trusted:
            return (base / Path(value).expanduser()).resolve()
        return _confine(value, base, root, where, path)

    settings = dict(data.get("settings", {}))
    # Paths in settings (rosters, glossaries) are relative to the config file.
    for key, value in list(settings.items()):
        if isinstance(value, str) and (key.endswith(("_file", "roster", "glossary")) or value.endswith((".yaml", ".yml", ".txt", ".csv"))):
            settings[key] = str(locate(value, f"settings.{key}"))
    claims = dict(data.get("claims", {}))
    if "index" in claims:
        claims["index"] = str(locate(claims["index"], "claims.index"))
    return Config(
        path=path,
        packs=data.get("packs"),
        rules=[locate(r, "rules") for r in data.get("rules", [])],
        language=data.get("language"),
        languages=data.get("languages", {}),
        severity=data.get("severity", {}),
        disable=data.get("disable", []),
        select=data.get("select", []),
        ignore=data.get("ignore", []),
        fail_on=data.get("fail_on"),
        ui_lang=data.get("ui_lang"),
        settings=settings,
        languagetool=languagetool,
        exclude=data.get("exclude", []),
        include=data.get("include", []),
        trusted=trusted,
        bilingual=data.get("bilingual", {}),
        mqm=data.get("mqm", {}),
        claims=claims,
    )


def load_file(path: str | Path, trusted: bool = False) -> Config:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("qa-lint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    else:
        try:
            data = yamlmarks.load(text).data or {}
        except yamlmarks.YamlError as exc:
            raise ConfigError(f"{path}:{exc.line}:{exc.column}: {exc.message}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: configuration must be a mapping")
    return _from_mapping(data, path, trusted)


def merge(user: Config, project: Config) -> Config:
    """A project's configuration over the user's: the project's choices win, lists add up,
    and what only the user may set (languagetool.url, ...) comes from the user."""
    languagetool = {**user.languagetool, **project.languagetool}
    return Config(
        path=project.path,
        packs=project.packs if project.packs is not None else user.packs,
        rules=list(user.rules) + list(project.rules),
        language=project.language or user.language,
        languages={**user.languages, **project.languages},
        severity={**user.severity, **project.severity},
        disable=list(user.disable) + list(project.disable),
        select=list(project.select or user.select),
        ignore=list(user.ignore) + list(project.ignore),
        fail_on=project.fail_on or user.fail_on,
        # The reader's own choice of language wins over the project's.
        ui_lang=user.ui_lang or project.ui_lang,
        settings={**user.settings, **project.settings},
        languagetool=languagetool,
        exclude=list(user.exclude) + list(project.exclude),
        include=list(project.include or user.include),
        trusted=False,
        bilingual={**user.bilingual, **project.bilingual},
        mqm={**user.mqm, **project.mqm},
        claims={**user.claims, **project.claims},
    )


def _has_tool_section(pyproject: Path) -> bool:
    try:
        return "qa-lint" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def discover(start: str | Path) -> Path | None:
    """The nearest config file at or above a file's folder, not above its repository's root."""
    # os.path rather than pathlib: this runs for every checked file, up to the root.
    here = os.path.realpath(start)
    directory = here if os.path.isdir(here) else os.path.dirname(here)
    while True:
        for name in CONFIG_NAMES:
            if os.path.isfile(candidate := os.path.join(directory, name)):
                return Path(candidate)
        pyproject = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(pyproject) and _has_tool_section(Path(pyproject)):
            return Path(pyproject)
        # A configuration above the repository belongs to someone else (a shared
        # folder, a parent checkout) and must not switch this one's checks.
        if any(os.path.exists(os.path.join(directory, marker)) for marker in REPOSITORY_MARKERS):
            return None
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _stamp(path: Path | None) -> tuple | None:
    try:
        info = path.stat() if path else None
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size) if info else None


def load_user_config() -> Config:
    """The user's own configuration (trusted), or an empty one when there is none."""
    path = paths.user_config_file()
    return load_file(path, trusted=True) if path.is_file() else Config()


class ConfigCache:
    """Discovers each file's config and loads each config file once per version:
    a long-running language server or HTTP service sees an edited config."""

    def __init__(self, explicit: str | Path | None = None):
        self.user = load_user_config()
        # --config names a project configuration: the user chose the file, not its contents.
        self.explicit = merge(self.user, load_file(explicit)) if explicit else None
        self._by_path: dict[Path | None, tuple[tuple | None, Config]] = {}

    def for_file(self, file: str | Path) -> Config:
        if self.explicit:
            return self.explicit
        found = discover(file)
        stamp = _stamp(found)
        cached = self._by_path.get(found)
        if cached is None or cached[0] != stamp:
            config = merge(self.user, load_file(found)) if found else self.user
            cached = self._by_path[found] = (stamp, config)
        return cached[1]
