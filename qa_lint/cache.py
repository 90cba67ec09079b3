"""The result cache: a file checked before, unchanged, with the same packs, qa-lint and
options, gets its findings back without being checked again.

An entry's key is a BLAKE2 hash of everything the findings depend on:

- the file's bytes and the path it is shown under (findings carry the path),
- the bytes of the source it is checked against (``--source``, or a source found by name),
- the configuration that applies to it (its parsed values, which cover the file's content,
  and the files its settings name: rosters, glossaries),
- the run: qa-lint's version and its code, every rule pack and data file it loads (each
  file's path, size, modification time and inode: reading them all would cost more than a
  small check), the options and the extra finding sources (LanguageTool).

Entries live in ``paths.cache_dir() / "results"`` ($QA_LINT_CACHE, else
$XDG_CACHE_HOME/qa-lint), one small JSON file each, written atomically. A hit refreshes
the entry's time; when the folder grows past $QA_LINT_CACHE_MB (default 256) the entries
used longest ago go first. An entry that cannot be read is ignored (and rewritten): the
cache can always be deleted. Results with an error or a stopped rule are never stored:
they are not what the file deserves.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from . import __version__, bilingual, engine, packs, paths
from .findings import Finding, Related

FORMAT = 1
DEFAULT_MB = 256
# Eviction goes below the limit by this share, so a full cache is not trimmed on every run.
TRIM_TO = 0.9

_FINDING_FIELDS = {f.name for f in fields(Finding)}


def limit_bytes() -> int:
    try:
        megabytes = float(os.environ.get("QA_LINT_CACHE_MB") or DEFAULT_MB)
    except ValueError:
        megabytes = DEFAULT_MB
    return max(0, int(megabytes * 1024 * 1024))


def _hash_files(digest, files) -> None:
    """Each file's path, size, modification time and inode: reading 15 MB of packs and data
    on every run would cost more than most checks (an edit, a checkout, a copy all change them)."""
    for file in files:
        try:
            info = os.stat(file)
            digest.update(f"{file}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}\0".encode("utf-8", "surrogatepass"))
        except OSError:
            digest.update(f"{file}\0unreadable\0".encode("utf-8", "surrogatepass"))


def _tree_files(root: Path) -> list[Path]:
    """A pack folder's files; for a pack file, the files beside it and under a ``data/``
    folder beside it (where packs keep their data by convention). Data a pack reads from
    elsewhere is not seen: touch the pack, or run with --no-cache, after editing it."""
    if root.is_file():
        beside = [p for p in root.parent.iterdir() if p.is_file()]
        return sorted(beside) + _tree_files(root.parent / "data")
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


_CODE: str | None = None


def code_fingerprint() -> str:
    """qa-lint's version and its Python files: a checkout that changed does not reuse
    what an older one found, whatever the version number says."""
    global _CODE
    if _CODE is None:
        digest = hashlib.blake2b(__version__.encode(), digest_size=16)
        package = Path(__file__).resolve().parent
        _hash_files(digest, sorted(package.rglob("*.py")))
        _CODE = digest.hexdigest()
    return _CODE


def packs_fingerprint(locations) -> str:
    """Every file under the pack locations (packs, data, catalogues)."""
    digest = hashlib.blake2b(digest_size=16)
    for location in [packs.bundled_rules_dir(), *map(Path, locations)]:
        _hash_files(digest, _tree_files(location))
    return digest.hexdigest()


def referenced_files(value) -> list[str]:
    """Files a configuration's settings name (rosters, glossaries): their changes count too."""
    if isinstance(value, dict):
        return [f for item in value.values() for f in referenced_files(item)]
    if isinstance(value, (list, tuple)):
        return [f for item in value for f in referenced_files(item)]
    if isinstance(value, str) and len(value) < 4096 and os.path.isfile(value):
        return [value]
    return []


@dataclass
class PairSummary:
    """What reports need of a bilingual check once its Pair is gone (a cached or pooled result)."""

    source_language: str | None = None
    method: str = ""
    units: int = 0


def pair_summary(pair) -> PairSummary | None:
    if pair is None or isinstance(pair, PairSummary):
        return pair
    return PairSummary(getattr(pair.source, "language", None), getattr(pair, "method", ""), len(getattr(pair, "units", [])))


def to_entry(result) -> dict:
    """A FileResult as JSON data (no Document: the parent reads the file again when it needs it)."""
    pair = pair_summary(result.pair)
    return {
        "path": result.path,
        "findings": [{k: v for k, v in f.to_dict().items() if k in _FINDING_FIELDS} for f in result.findings],
        "language": result.language,
        "seconds": result.seconds,
        "mqm": result.mqm,
        "pair": asdict(pair) if pair is not None else None,
    }


def from_entry(data: dict):
    """A FileResult from to_entry's data; ValueError/KeyError/TypeError when it is not one."""
    from .api import FileResult

    findings = []
    for item in data["findings"]:
        item = dict(item)
        item["related"] = [Related(**r) for r in item.get("related", [])]
        findings.append(Finding(**item))
    pair = PairSummary(**data["pair"]) if data.get("pair") is not None else None
    if not isinstance(data["mqm"], dict) or not isinstance(data["path"], str):
        raise TypeError("not a result")
    return FileResult(data["path"], findings, data.get("language"), seconds=float(data.get("seconds") or 0.0),
                      mqm=data["mqm"], pair=pair)


def source_token(source, config) -> str | None:
    """What a finding source's answers depend on, or None (its results are not cached)."""
    token = getattr(source, "cache_token", None)
    if callable(token):
        return token(config)
    if type(source).__name__ == "LanguageToolSource":
        return _languagetool_token(source, config)
    return None


def _languagetool_token(source, config) -> str:
    """LanguageTool's findings depend on the mode, the server and the installed version."""
    from .languagetool import install
    from .languagetool.modes import env_mode

    settings = dict(getattr(config, "languagetool", None) or {})
    try:
        found = install.find(settings)
    except Exception:  # noqa: BLE001 - an unreadable installation is "none" here, as the source will find
        found = None
    installed = f"{found.version}:{sorted(found.languages)}" if found is not None else "none"
    return f"{source.mode}|{source.url}|{env_mode()}|{installed}"


def cacheable(result) -> bool:
    return not result.error and not any(f.rule == engine.TIME_BUDGET_RULE for f in result.findings)


class ResultCache:
    """Look-ups and stores for one run of one Linter."""

    def __init__(self, linter, folder: Path | None = None, limit: int | None = None):
        self.linter = linter
        self.folder = Path(folder) if folder is not None else paths.cache_dir() / "results"
        self.limit = limit_bytes() if limit is None else limit
        self.hits = self.misses = self.stored = 0
        self._runs: dict[str, str] = {}

    def _run_key(self, config) -> str:
        """Everything one configuration's files share: code, packs, options, sources."""
        config_repr = repr(config)
        if config_repr not in self._runs:
            digest = hashlib.blake2b(digest_size=16)
            options = self.linter.options
            sources = [f"{type(s).__module__}.{type(s).__qualname__}:{source_token(s, config)}" for s in self.linter.sources]
            for part in (f"format {FORMAT}", code_fingerprint(), packs_fingerprint([*config.rules, *options.rules]),
                         repr(options), repr(sources), config_repr):
                digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
            _hash_files(digest, referenced_files([getattr(config, "settings", None), getattr(config, "bilingual", None)]))
            self._runs[config_repr] = digest.hexdigest()
        return self._runs[config_repr]

    def key(self, path: str, display: str, config) -> str | None:
        """The key of one file's result, or None when a file it needs cannot be read or
        a finding source cannot say what its answers depend on."""
        if any(source_token(s, config) is None for s in self.linter.sources):
            return None
        digest = hashlib.blake2b(self._run_key(config).encode(), digest_size=20)
        digest.update(display.encode("utf-8", "surrogatepass") + b"\0")
        try:
            digest.update(Path(path).read_bytes())
            source = self.linter.options.source or bilingual.source_for(path, config)
            if source is not None:
                digest.update(b"\0source\0" + Path(source).read_bytes())
        except (OSError, ValueError):
            return None  # the check reports why it cannot read it
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str | None):
        if key is None:
            return None
        entry = self._file(key)
        try:
            data = json.loads(entry.read_bytes())
            if data.get("format") != FORMAT or data.get("key") != key:
                raise ValueError("another entry")
            result = from_entry(data["result"])
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.misses += 1  # corrupt or foreign: checked again, and the entry rewritten
            return None
        try:
            os.utime(entry)  # used now: evicted last
        except OSError:
            pass
        self.hits += 1
        return result

    def put(self, key: str | None, result) -> None:
        if key is None or not cacheable(result) or self.limit <= 0:
            return
        if any(getattr(s, "_failed", None) for s in self.linter.sources):
            return  # LanguageTool stopped answering this run: its findings may be missing
        data = json.dumps({"format": FORMAT, "key": key, "result": to_entry(result)}, ensure_ascii=False)
        entry = self._file(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            paths.replace_file(entry, data.encode("utf-8"))
        except OSError:
            return  # a cache that cannot be written only costs time
        self.stored += 1

    def evict(self) -> int:
        """Remove the entries used longest ago until the folder is under its limit; how many went."""
        if not self.stored:
            return 0
        return paths.trim_oldest(self.folder.glob("*/*.json"), self.limit, TRIM_TO)


def without_document(result):
    """The result as it travels between processes: findings and scores, no Document or Pair."""
    return replace(result, document=None, pair=pair_summary(result.pair))
