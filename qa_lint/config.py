"""Configuration: the nearest .qa-lint.yaml upward from each file, or [tool.qa-lint] in pyproject.toml.

    packs: [id-mt-renderings, ...]     # bundled packs to use (default: all)
    rules: [./newsroom-rules]          # extra pack files/folders, relative to this file
    language: id                       # default language
    languages: {"en/**": en}           # per-glob language
    severity: {id.vague.analysts: warning}
    disable: [id.style]                # rule ids, prefixes or categories
    select: [...]                      # only these (ids, prefixes, categories)
    fail_on: warning
    settings: {roster: staff.yaml}     # options for rule types (paths relative to this file)
    languagetool: {mode: auto, url: ..., disabled_rules: [...]}
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema

from . import yamlmarks
from .findings import SEVERITY_RANK

CONFIG_NAMES = (".qa-lint.yaml", ".qa-lint.yml")

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
        # Free-form options for rule types; the keys qa-lint itself reads are typed here.
        "settings": {"type": "object", "properties": {"roster": {"type": "string"}}},
        "languagetool": {"type": "object"},
        "exclude": {"type": "array", "items": {"type": "string"}},
        # Bilingual mode (qa_lint/bilingual.py): where a translation's source is, and its language.
        "bilingual": {
            "type": "object",
            "properties": {
                "source_language": {"type": "string", "pattern": r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$"},
                "sources": {"type": "array", "items": {"type": "string", "minLength": 1}},
                "enabled": {"type": "boolean"},
            },
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
    settings: dict = field(default_factory=dict)
    languagetool: dict = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    bilingual: dict = field(default_factory=dict)
    mqm: dict = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def relative(self, file: str | Path) -> str:
        """``file`` relative to the config's folder (as globs are written), else as given."""
        try:
            return Path(file).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(file).as_posix()

    def language_for(self, file: str | Path) -> str | None:
        relative = self.relative(file)
        for pattern, lang in self.languages.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern):
                return lang
        return self.language

    def excluded(self, file: str | Path) -> bool:
        relative = self.relative(file)
        return any(fnmatch.fnmatch(relative, p) for p in self.exclude)

    def pack_key(self) -> tuple:
        """Configs with the same key can share one loaded PackSet."""
        return (tuple(self.packs) if self.packs is not None else None, tuple(map(str, self.rules)), repr(sorted(self.settings.items())))


def _from_mapping(data: dict, path: Path) -> Config:
    try:
        jsonschema.validate(data, SCHEMA)
    except jsonschema.ValidationError as exc:
        where = ".".join(str(p) for p in exc.absolute_path) or "top level"
        raise ConfigError(f"{path}: {where}: {exc.message}") from None
    base = path.parent
    settings = dict(data.get("settings", {}))
    # Paths in settings (rosters, glossaries) are relative to the config file.
    for key, value in list(settings.items()):
        if isinstance(value, str) and (key.endswith(("_file", "roster", "glossary")) or value.endswith((".yaml", ".yml", ".txt", ".csv"))):
            settings[key] = str((base / value).resolve())
    return Config(
        path=path,
        packs=data.get("packs"),
        rules=[(base / r).resolve() for r in data.get("rules", [])],
        language=data.get("language"),
        languages=data.get("languages", {}),
        severity=data.get("severity", {}),
        disable=data.get("disable", []),
        select=data.get("select", []),
        ignore=data.get("ignore", []),
        fail_on=data.get("fail_on"),
        settings=settings,
        languagetool=data.get("languagetool", {}),
        exclude=data.get("exclude", []),
        bilingual=data.get("bilingual", {}),
        mqm=data.get("mqm", {}),
    )


def load_file(path: str | Path) -> Config:
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
    return _from_mapping(data, path)


def _has_tool_section(pyproject: Path) -> bool:
    try:
        return "qa-lint" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def discover(start: str | Path) -> Path | None:
    """The nearest config file at or above a file's folder."""
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


class ConfigCache:
    """Discovers each file's config and loads each config file once per version:
    a long-running language server or HTTP service sees an edited config."""

    def __init__(self, explicit: str | Path | None = None):
        self.explicit = load_file(explicit) if explicit else None
        self._by_path: dict[Path | None, tuple[tuple | None, Config]] = {}

    def for_file(self, file: str | Path) -> Config:
        if self.explicit:
            return self.explicit
        found = discover(file)
        stamp = _stamp(found)
        cached = self._by_path.get(found)
        if cached is None or cached[0] != stamp:
            cached = self._by_path[found] = (stamp, load_file(found) if found else Config())
        return cached[1]
