"""LanguageTool as a finding source: (doc, config) -> findings.

What is sent: each block (paragraph, heading, list item) of the Document's
``plain`` text with masked markup removed, so LanguageTool reads prose; a map
from every sent character back to its offset in the ORIGINAL file turns
LanguageTool's offsets into exact lines and columns. LanguageTool counts
offsets in UTF-16 code units (an emoji is two), Python in code points: the
conversion happens once per request, here.

Results are cached per block on disk, keyed by (block text, language tag,
request settings, LanguageTool version), so unchanged paragraphs never reach
the server - an unchanged file does not even start it.

Front ends that live long (serve, lsp) keep one source, and so one server:

    source = LanguageToolSource()          # mode/url from each file's config
    findings = source(doc, config)         # a prepared Document (language set)
    source.timings                         # seconds by phase
    source.close()                         # stops the server it started
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import regex

from ..api import SourceUnavailable
from ..config import Config, ConfigError
from ..document import Document
from ..findings import CATEGORY_MQM, Finding
from ..units import Utf16Index
from . import dynamic
from . import install as installer
from .modes import MODES, env_mode
from .server import DEFAULT_THREADS, LocalServer

# (connect, read) seconds per request: a server that does not answer costs one file this
# much once, then the run goes on without LanguageTool.
REQUEST_TIMEOUT = (10, 120)
# Bump when what is cached changes shape.
CACHE_FORMAT = 1
# Blocks are batched into requests of about this many characters.
REQUEST_CHARS = 3000
MIN_REQUEST_CHARS = 400
MAX_SUGGESTIONS = 5
BLOCK_SEPARATOR = "\n\n"
# LanguageTool checks "en" without spelling; these are its default variants.
DEFAULT_VARIANTS = {"en": "en-US", "de": "de-DE", "pt": "pt-PT", "ca": "ca-ES", "nl": "nl-NL"}
# LanguageTool issue types -> qa-lint category and default severity.
ISSUE_TYPES = {
    "misspelling": ("spelling", "warning"),
    "grammar": ("grammar", "warning"),
    "duplication": ("grammar", "warning"),
}
OTHER_ISSUE = ("style", "info")

SETTING_KEYS = ("disabled_rules", "enabled_rules", "disabled_categories", "enabled_categories", "enabled_only",
                "picky", "mother_tongue", "preferred_variants")


class LanguageToolUnavailable(ConfigError):
    """--languagetool on, but no LanguageTool to use: exit code 2."""


# -- offsets -------------------------------------------------------------------

@dataclass
class Piece:
    """Text sent for one block, and where each of its characters came from."""

    text: str
    origin: list[int]  # origin[i] = offset in the original file where text[i] starts
    ends: list[int] | None = None  # ends[i] = where it ends (an HTML entity is longer than its character)
    key: str = ""

    def end(self, i: int) -> int:
        return self.ends[i] if self.ends else self.origin[i] + 1


def compact(doc: Document, start: int, end: int) -> Piece:
    """The prose of doc[start:end]: masked markup dropped and the whitespace it leaves behind
    collapsed. A reader may put a decoded character where markup stood (HTML's "&rsquo;"
    becomes "’" and spaces): that character is kept and spans the whole reference."""
    chars: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    gap = False
    text, plain = doc.text, doc.plain
    for i in range(start, end):
        c = plain[i]
        if c != text[i]:
            if c == " ":
                gap = True
                if ends and ends[-1] == i and chars[-1] != text[origin[-1]]:
                    ends[-1] = i + 1  # the rest of a decoded reference
                continue
        elif c.isspace() and (not chars or (gap and chars[-1].isspace())):
            continue
        gap = False
        chars.append(c)
        origin.append(i)
        ends.append(i + 1)
    while chars and chars[-1].isspace():
        chars.pop()
        origin.pop()
        ends.pop()
    return Piece("".join(chars), origin, ends)


# -- the backend: a local server from the cache, or a given URL -------------------

class Backend:
    """Where requests go. A local backend starts its server on the first request."""

    def __init__(self, url: str | None = None, installation: installer.Installation | None = None, heap: str = "1g",
                 threads: int = DEFAULT_THREADS):
        # Accept both the server's base URL and its API URL (.../v2/, as language_tool_python prints it).
        self._url = regex.sub(r"(/v2)?/*$", "", url) + "/" if url else None
        self.installation = installation
        self.server: LocalServer | None = None
        self.heap = heap
        self.threads = threads if installation else 4
        self.lock = threading.Lock()
        self.dynamic = {d.code: d for d in dynamic.prepare(installation.folder if installation else None)}
        self._version = installation.version if installation else None
        self._languages: set[str] | None = None
        self.start_seconds = 0.0

    def url(self) -> str:
        with self.lock:
            if self._url:
                return self._url
            if self.server is None:
                if self.installation is None:  # _backend gives every Backend a URL or an installation
                    raise ValueError("a LanguageTool backend needs a server URL or an installation")
                self.server = LocalServer(self.installation, heap=self.heap, threads=self.threads).start()
                self.start_seconds = self.server.startup_seconds
            return self.server.url

    def languages(self) -> set[str]:
        """Language codes (short and long) the server checks."""
        if self._languages is None:
            if self.installation:
                modules = set(self.installation.languages) | set(self.dynamic)
                self._languages = modules
            else:
                import requests

                try:
                    listed = requests.get(self.url() + "v2/languages", timeout=REQUEST_TIMEOUT).json()
                except (requests.RequestException, ValueError) as exc:
                    raise LanguageToolUnavailable(f"LanguageTool server at {self._url} did not answer: {exc}") from None
                self._languages = {e["code"] for e in listed} | {e["longCode"] for e in listed}
        return self._languages

    def knows(self, tag: str) -> bool:
        """Whether the server checks this language tag. Before a local server has started, a
        variant counts as known when its module is installed (the server is not asked)."""
        known = self.languages()
        return tag in known or (self.installation is not None and tag.split("-")[0] in known)

    def version(self) -> str:
        if self._version is None:
            import requests

            try:
                answer = requests.post(self.url() + "v2/check", data={"text": "a", "language": "en"}, timeout=REQUEST_TIMEOUT).json()
                self._version = str(answer.get("software", {}).get("version", "unknown"))
            except (requests.RequestException, ValueError):
                self._version = "unknown"
        return self._version

    def close(self) -> None:
        if self.server:
            self.server.stop()
            self.server = None


# -- the source ------------------------------------------------------------------

class LanguageToolSource:
    """A finding source for api.Linter: ``source(doc, config) -> findings``, ``.timings``, ``.close()``."""

    def __init__(self, mode: str | None = None, url: str | None = None, stderr=None):
        if mode is not None and mode not in MODES:
            raise ConfigError(f"--languagetool must be one of {', '.join(MODES)}, not {mode!r}")
        self.mode = mode
        self.url = url
        self.stderr = stderr or sys.stderr
        self.timings: dict[str, float] = {}
        # blocks_*: the article's paragraphs; word_lookups: the spelling filter's own requests.
        self.stats = {"requests": 0, "blocks_checked": 0, "blocks_cached": 0, "sentences_checked": 0, "word_lookups": 0}
        self.dropped: dict[str, int] = {}  # dictionary-language matches filtered out, by reason
        self._backends: dict[tuple, Backend | None] = {}
        self._failed: dict[tuple, str] = {}  # backend key -> why it stopped answering (not asked again this run)
        self._tools: dict[tuple, dict] = {}
        self._warm: set[str] = set()
        self._notes: set[str] = set()
        self._local = threading.local()
        self._stats_lock = threading.Lock()
        self._call_lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    # -- public ----------------------------------------------------------------
    def __call__(self, doc: Document, config: Config | None = None) -> list[Finding]:
        settings = dict((config.languagetool if config else None) or {})
        mode = self.mode or env_mode() or settings.get("mode", "auto")
        if mode not in MODES:
            # Only the config file's mode is left to check here (--languagetool and the variable were checked).
            where = config.path if config is not None else "configuration"
            raise ConfigError(f"{where}: languagetool.mode must be one of {', '.join(MODES)}, not {mode!r}")
        lang = doc.language
        if mode == "off" or not lang:
            return []
        with self._call_lock:  # front ends may call from several threads; one document at a time
            return self._call(doc, lang, settings, mode)

    def _call(self, doc: Document, lang: str, settings: dict, mode: str) -> list[Finding]:
        started = time.perf_counter()
        key = self._backend_key(settings)
        try:
            if key in self._failed:
                return self._skipped(self._failed[key], mode)
            backend = self._backend(settings, mode)
            if backend is None:
                return []
            tag, user_variant = self._tag(doc, lang, settings, backend)
            if tag is None:
                return []
            # Per-language defaults shipped as data (rules/<lang>/data/languagetool.yaml).
            for name, values in dynamic.defaults(lang).items():
                if name in ("disabled_rules", "disabled_categories"):
                    settings[name] = sorted(set(values) | set(settings.get(name, [])))
            return self._check(doc, lang, tag, settings, backend, user_variant)
        except LanguageToolUnavailable as exc:
            # Unreachable, hung or dead mid-run: the rule packs' findings stand; this run
            # does not wait on LanguageTool again.
            self._failed[key] = str(exc)
            return self._skipped(str(exc), mode)
        finally:
            self._add_time("languagetool", time.perf_counter() - started)

    def _skipped(self, why: str, mode: str) -> list[Finding]:
        message = f"{why}; spelling and grammar were not checked"
        if mode == "on":
            raise SourceUnavailable(message)  # the file's pack findings are kept; the run exits 2
        self._note(message + " (the rule packs were)")
        return []

    def close(self) -> None:
        if self._pool:
            self._pool.shutdown(wait=True)
            self._pool = None
        for backend in self._backends.values():
            if backend:
                backend.close()
        self._backends.clear()

    # -- setup -----------------------------------------------------------------
    def _note(self, text: str) -> None:
        if text not in self._notes:
            self._notes.add(text)
            print(f"qa-lint: {text}", file=self.stderr)

    def _add_time(self, name: str, seconds: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + seconds

    def _backend_key(self, settings: dict) -> tuple:
        url = self.url or settings.get("url")
        return (url, settings.get("version"), settings.get("data_dir"), settings.get("heap"), settings.get("threads"))

    def _backend(self, settings: dict, mode: str) -> Backend | None:
        url = self.url or settings.get("url")
        key = self._backend_key(settings)
        if key not in self._backends:
            if url:
                self._backends[key] = Backend(url=url)
            else:
                found = installer.find(settings)
                java = installer.java_command()
                if found and java:
                    self._backends[key] = Backend(installation=found, heap=str(settings.get("heap", "1g")),
                                                  threads=int(settings.get("threads", DEFAULT_THREADS)))
                else:
                    why = "Java was not found" if found else "LanguageTool is not installed"
                    if mode == "on":
                        raise LanguageToolUnavailable(
                            f"--languagetool on, but {why} (install: qa-lint languagetool install; "
                            "or give a server with --languagetool-url)")
                    self._note(f"{why}; grammar and spelling checks skipped "
                               "(qa-lint languagetool install, or --languagetool off to silence this)")
                    self._backends[key] = None
        return self._backends[key]

    def _tag(self, doc: Document, lang: str, settings: dict, backend: Backend) -> tuple[str | None, bool]:
        """The LanguageTool language for a document (in ``lang``), and whether config or the document chose its variant."""
        declared = str(doc.metadata.get("lang") or doc.metadata.get("language") or "").replace("_", "-")
        variants = settings.get("variants", {})
        declared_variant = regex.fullmatch(r"[a-z]{2,3}-[A-Z]{2}", declared) and declared.split("-")[0] == lang
        chosen = variants.get(lang) or (declared if declared_variant else None)
        tag = chosen or dynamic.defaults(lang).get("variant") or DEFAULT_VARIANTS.get(lang) or lang
        if not backend.knows(tag) and backend.knows(lang):
            tag = lang
        if not backend.knows(tag):
            self._note(f"LanguageTool has no module for {tag!r}; not checked with LanguageTool "
                       f"(qa-lint languagetool install --languages {lang})")
            return None, False
        return tag, bool(chosen)

    def _params(self, tag: str, settings: dict, backend: Backend, url: str) -> dict:
        """Request parameters built by language_tool_python's LanguageTool (created once per settings)."""
        key = (url, tag, _settings_key(settings))
        if key not in self._tools:
            import language_tool_python
            from language_tool_python.exceptions import LanguageToolError

            try:
                tool = language_tool_python.LanguageTool(tag, remote_server=url, mother_tongue=settings.get("mother_tongue"))
            except (LanguageToolError, ValueError) as exc:
                raise LanguageToolUnavailable(f"LanguageTool at {url}: {exc}") from None
            tool.disabled_rules = set(settings.get("disabled_rules", []))
            tool.enabled_rules = set(settings.get("enabled_rules", []))
            tool.disabled_categories = set(settings.get("disabled_categories", []))
            tool.enabled_categories = set(settings.get("enabled_categories", []))
            tool.enabled_rules_only = bool(settings.get("enabled_only", False))
            tool.preferred_variants = set(settings.get("preferred_variants", []))
            tool.picky = bool(settings.get("picky", False))
            # Built once: with a mother tongue set, language_tool_python asks the server for
            # its language list on every call to _create_params.
            params = tool._create_params("")
            params.pop("text", None)
            self._tools[key] = params
        return self._tools[key]

    # -- checking --------------------------------------------------------------
    def _check(self, doc: Document, lang: str, tag: str, settings: dict, backend: Backend, user_variant: bool = True) -> list[Finding]:
        pieces = [compact(doc, b.start, b.end) for b in doc.blocks]
        pieces = [p for p in pieces if p.text.strip()]
        context = json.dumps([CACHE_FORMAT, tag, _settings_key(settings), backend.version()])
        for piece in pieces:
            piece.key = hashlib.sha256((context + "\0" + piece.text).encode("utf-8")).hexdigest()
        folder = installer.results_root(settings)
        cache = ResultCache(folder, enabled=settings.get("cache", True) is not False)
        results: dict[str, list[dict]] = {}
        missing = []
        for piece in pieces:
            cached = cache.get(piece.key)
            if cached is None:
                missing.append(piece)
            else:
                results[piece.key] = cached
        self.stats["blocks_cached"] += len(pieces) - len(missing)
        if missing:
            fresh = self._request_all(missing, tag, settings, backend)
            for piece in missing:
                results[piece.key] = fresh.get(piece.key, [])
                cache.put(piece.key, results[piece.key])
        severities = settings.get("severity", {})
        findings = []
        for piece in pieces:
            for m in results[piece.key]:
                finding = self._finding(doc, piece, m, severities)
                if finding is not None:
                    findings.append((finding, m["type"]))
        language = backend.dynamic.get(lang)
        accept_tags = list(language.loanword_languages) if language else []
        if not user_variant:
            accept_tags += dynamic.defaults(lang).get("also_accept", [])
        noise = dynamic.NoiseFilter(
            words=dynamic.known_words(lang),
            language=language,
            accepted=lambda words, lang: self._accepted(words, lang, settings, backend, cache),
            accept_tags=tuple(t for t in dict.fromkeys(accept_tags) if t != tag and backend.knows(t)),
            names_in_context=bool(dynamic.defaults(lang).get("names_in_context")),
            tag=tag,
        )
        spelling = noise.select(doc, [f for f, kind in findings if kind == "misspelling"])
        kept = {id(f) for f in spelling}
        findings = [(f, kind) for f, kind in findings if kind != "misspelling" or id(f) in kept]
        for reason, count in noise.dropped.items():
            self.dropped[reason] = self.dropped.get(reason, 0) + count
        return [f for f, _ in findings]

    def _finding(self, doc: Document, piece: Piece, m: dict, severities: dict) -> Finding | None:
        first, last = m["offset"], m["offset"] + max(m["length"], 1) - 1
        if first >= len(piece.origin):
            return None
        start = piece.origin[first]
        end = piece.end(min(last, len(piece.origin) - 1))
        category, severity = ISSUE_TYPES.get(m["type"], OTHER_ISSUE)
        severity = severities.get(category, severity)
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        match = doc.text[start:end]
        return Finding(
            path=doc.path, line=line, column=column, end_line=end_line, end_column=end_column,
            offset=start, length=end - start, rule=f"LT:{m['rule']}", severity=severity, category=category,
            mqm=CATEGORY_MQM[category], message=m["message"], match=match,
            suggestions=[s for s in dict.fromkeys(m["replacements"]) if s != match],
        )

    def _accepted(self, words: list[str], tag: str, settings: dict, backend: Backend, cache) -> set[str]:
        """The words that LanguageTool's speller for ``tag`` accepts (one request, cached)."""
        if not backend.knows(tag):
            return set()
        piece = Piece(BLOCK_SEPARATOR.join(words), [])
        piece.origin = list(range(len(piece.text)))
        context = json.dumps([CACHE_FORMAT, "words", tag, backend.version()])
        piece.key = hashlib.sha256((context + "\0" + piece.text).encode("utf-8")).hexdigest()
        found = cache.get(piece.key)
        if found is None:
            found = self._request_all([piece], tag, {}, backend, counted="word_lookups").get(piece.key, [])
            cache.put(piece.key, found)
        flagged = {piece.text[m["offset"]:m["offset"] + m["length"]] for m in found if m["type"] == "misspelling"}
        return {w for w in words if w not in flagged}

    def _batches(self, pieces: list[Piece], threads: int) -> list[list[Piece]]:
        total = sum(len(p.text) for p in pieces)
        # Enough requests to keep every server thread busy, none too small to be worth a round trip.
        size = max(MIN_REQUEST_CHARS, min(REQUEST_CHARS, total // max(1, threads) + 1))
        batches: list[list[Piece]] = []
        current: list[Piece] = []
        length = 0
        for piece in pieces:
            if current and length + len(piece.text) > size:
                batches.append(current)
                current, length = [], 0
            current.append(piece)
            length += len(piece.text) + len(BLOCK_SEPARATOR)
        if current:
            batches.append(current)
        return batches

    def _request_all(self, pieces: list[Piece], tag: str, settings: dict, backend: Backend,
                     counted: str = "blocks_checked") -> dict[str, list[dict]]:
        try:
            url = backend.url()
        except installer.InstallError as exc:  # no Java, or the server would not start
            raise LanguageToolUnavailable(str(exc)) from None
        if backend.start_seconds:
            self.timings["languagetool server start"] = backend.start_seconds
        params = self._params(tag, settings, backend, url)
        batches = self._batches(pieces, backend.threads)
        out: dict[str, list[dict]] = {}
        started = time.perf_counter()
        # Warm-up: the first request of a language builds its pipeline; do it alone so
        # parallel requests do not all build one at the same time.
        if tag not in self._warm and batches:
            out.update(self._request(batches.pop(0), params, url, counted))
            self._warm.add(tag)
        if len(batches) > 1:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=backend.threads, thread_name_prefix="qa-lint-lt")
            for part in self._pool.map(lambda batch: self._request(batch, params, url, counted), batches):
                out.update(part)
        elif batches:
            out.update(self._request(batches[0], params, url, counted))
        self._add_time("languagetool requests", time.perf_counter() - started)
        return out

    def _session(self):
        session = getattr(self._local, "session", None)
        if session is None:
            import requests

            session = self._local.session = requests.Session()
        return session

    def _request(self, batch: list[Piece], params: dict, url: str, counted: str = "blocks_checked") -> dict[str, list[dict]]:
        """One HTTP request for a batch of blocks; matches come back per block, in code points."""
        import requests

        text = BLOCK_SEPARATOR.join(p.text for p in batch)
        starts, position = [], 0
        for piece in batch:
            starts.append(position)
            position += len(piece.text) + len(BLOCK_SEPARATOR)
        try:
            response = self._session().post(url + "v2/check", data={**params, "text": text}, timeout=REQUEST_TIMEOUT)
            answer = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise LanguageToolUnavailable(f"LanguageTool at {url} failed: {exc}") from None
        if "matches" not in answer:
            raise LanguageToolUnavailable(f"LanguageTool at {url} answered without matches: {str(answer)[:200]}")
        with self._stats_lock:
            self.stats["requests"] += 1
            self.stats[counted] += len(batch)
            self.stats["sentences_checked"] += len(answer.get("sentenceRanges", []))
        to_cp = Utf16Index(text).codepoint  # LanguageTool counts UTF-16 units
        out: dict[str, list[dict]] = {p.key: [] for p in batch}
        for m in answer["matches"]:
            start = to_cp(m["offset"])
            end = to_cp(m["offset"] + m["length"])
            i = bisect.bisect_right(starts, start) - 1
            piece = batch[i]
            local_start = start - starts[i]
            local_end = min(end - starts[i], len(piece.text))
            rule = m.get("rule", {})
            out[piece.key].append({
                "offset": local_start,
                "length": max(0, local_end - local_start),
                "rule": rule.get("id", "UNKNOWN"),
                "type": rule.get("issueType", "uncategorized"),
                "category": rule.get("category", {}).get("id", ""),
                "message": m.get("message", ""),
                "replacements": [r["value"] for r in m.get("replacements", [])[:MAX_SUGGESTIONS]],
            })
        return out


def _settings_key(settings: dict) -> str:
    return json.dumps({k: settings.get(k) for k in SETTING_KEYS}, sort_keys=True, default=str)


class ResultCache:
    """Per-block LanguageTool results on disk, one small JSON file each."""

    def __init__(self, folder: Path, enabled: bool = True):
        self.folder = folder
        self.enabled = enabled

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[dict] | None:
        if not self.enabled:
            return None
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: list[dict]) -> None:
        if not self.enabled:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(value, handle, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs speed
