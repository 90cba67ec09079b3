"""The pre-publish HTTP API and the editor page, as one FastAPI app.

    app = create_app(Linter(Options(...)), max_bytes=1_000_000, token=None)

One Linter serves the app's whole lifetime: rule packs are loaded and
compiled here, at start, so a broken pack fails before the first request.
"""

from __future__ import annotations

import json
import logging
import threading
from importlib import resources
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from .. import __version__
from .. import language as langdetect
from ..api import PROSE, Linter, accepted_language, ui_language
from ..config import ConfigError
from ..engine import CheckFailed
from ..findings import at_or_above, shift_offsets, summarize
from ..readers import ReadError
from . import DEFAULT_MAX_BYTES
from .middleware import BearerToken, BodySizeLimit
from .offsets import Utf16Index, with_utf16
from .pool import WorkerPool

log = logging.getLogger("qa_lint.server")

SOURCE_PATH = "<source>"

STATIC = resources.files(__package__) / "static"


class CheckRequest(BaseModel):
    """Body of POST /v1/check."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the article, as the editor has it")
    format: Literal["txt", "md", "html"] = Field(default="txt", description="how to read `text`")
    language: str | None = Field(default=None, max_length=35, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
                                 description="BCP 47 tag such as `id` or `en-GB`; default: server config, then detection")
    source_text: str | None = Field(default=None, description="the source the article was translated from: the article is then also "
                                    "checked against it (bilingual mode); findings' `related` point into it with path `<source>`")
    source_language: str | None = Field(default=None, max_length=35, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
                                        description="language of `source_text`; default: server config, then detection")
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(
        default=None, description="lowest severity that makes `blocking` true; default: server config, else `warning`")
    ui_lang: str | None = Field(default=None, max_length=35, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$",
                                description="language of the messages, e.g. `id` or `en`; default: the Accept-Language "
                                "header (a language qa-lint has messages in), then the server config, then the article's language")


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message


def _json(payload: dict) -> bytes:
    """What JSONResponse would send for ``payload``: the answer is plain JSON data (str, int,
    bool, None, lists, dicts), so FastAPI's jsonable_encoder walk (about 1 ms for the seed
    article's answer) has nothing to convert."""
    return json.dumps(payload, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


def _in_turn(lock: threading.Lock, answer, *args):
    """``answer(*args)`` once no other request of this process is being checked."""
    with lock:
        return answer(*args)


def _json_response(status: int, payload: bytes | dict) -> Response:
    """An answer already encoded, or (from a worker that died) the pool's own error answer."""
    return Response(payload if isinstance(payload, bytes) else _json(payload), status_code=status,
                    media_type="application/json")


def _error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def create_app(linter: Linter | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES, token: str | None = None,
               workers: int = 1) -> FastAPI:
    linter = linter or Linter()
    config = linter.configs.for_file(".")
    packset = linter.packset(config)  # loads and compiles every pack now
    default_fail_on = linter.fail_on(config)
    selection = linter.selection(config)  # /v1/rules shows severities as findings will have them
    # Checks and backends (a LanguageTool client) are not promised to be thread safe: in one
    # process requests take turns; --workers N checks N at once on processes (server/pool.py).
    lint_lock = threading.Lock()

    app = FastAPI(
        title="qa-lint",
        version=__version__,
        description="Pre-publish check for news copy: misinformation and translation-error findings.",
        # The interactive docs pages load scripts from a CDN; the schema alone is served.
        docs_url=None,
        redoc_url=None,
    )
    # Added last = runs first: the token is checked before any body is read.
    app.add_middleware(BodySizeLimit, max_bytes=max_bytes)
    if token:
        app.add_middleware(BearerToken, token=token)

    _add_error_handlers(app)

    @app.get("/healthz", tags=["service"])
    def healthz() -> dict:
        return {
            "status": "ok",
            "version": __version__,
            "rules": len(packset.rules),
            "languages": sorted(packset.languages),
            "fail_on": default_fail_on,
        }

    ui_languages = packset.ui_languages()

    def reader_language(request: Request, asked: str | None) -> str | None:
        """The language to answer in: asked for, else the first of Accept-Language that
        qa-lint has messages in, else None (the server config, then the article's language)."""
        if asked:
            return ui_language(asked)
        return accepted_language(request.headers.get("accept-language", ""), ui_languages)

    @app.get("/v1/rules", tags=["rules"])
    def rules(request: Request, ui_lang: str | None = None) -> dict:
        """Every rule with its message and description, in `ui_lang` (or Accept-Language;
        default: the pack's own English)."""
        lang = reader_language(request, ui_lang) or ui_language(config.ui_lang)
        return {
            "ui_lang": lang or "en",
            "rules": [
                {
                    "id": r.id,
                    "type": r.type,
                    "severity": selection.severity_of(r.id, r.category, r.severity),
                    "category": r.category,
                    "message": r.localize(r.message, lang),
                    "description": r.description_in(lang),
                    "language": r.language,
                    "pack": r.pack,
                }
                for r in packset.rules
            ],
        }

    def answer(body: dict, ui_lang: str | None) -> tuple[int, bytes]:
        """The status and JSON answer of one check, encoded (here, or on a --workers process,
        which then also does the encoding, in parallel with the others)."""
        status, payload = _answer(linter, CheckRequest.model_validate(body), config, ui_lang, default_fail_on, packset)
        return status, _json(payload)

    if workers > 1:
        _warm_up(linter, config, packset)  # in this process, so that every worker starts warm
    pool = WorkerPool(answer, workers, on_exit=linter.close) if workers > 1 else None
    app.state.pool = pool

    @app.post("/v1/check", tags=["check"])
    async def check(body: CheckRequest, request: Request) -> Response:
        """Lint one article. Offsets are in code points (`offset`, `length`) and in
        UTF-16 units (`utf16_offset`, `utf16_length`, for JavaScript strings)."""
        ui_lang = reader_language(request, body.ui_lang)
        if pool is not None:
            status, payload = await pool.check_async(body.model_dump(), ui_lang)
        else:
            status, payload = await run_in_threadpool(_in_turn, lint_lock, answer, body.model_dump(), ui_lang)
        return _json_response(status, payload)

    @app.get("/v1/ui-strings", tags=["editor"])
    def ui_strings(lang: str = "en") -> dict:
        """The editor page's fixed strings in a language (its gettext catalogue as JSON)."""
        from .. import i18n

        code = ui_language(lang) or "en"
        return {"lang": code if code in i18n.languages() else "en", "languages": i18n.languages(), "strings": i18n.catalogue(code)}

    @app.get("/v1/sample", tags=["editor"])
    def sample() -> dict:
        """The seed article, for trying the editor page."""
        text = (STATIC / "sample-id.txt").read_text(encoding="utf-8")
        source = (STATIC / "sample-en.txt").read_text(encoding="utf-8")
        return {"name": "tribunnews-putin-korut.txt", "language": "id", "format": "txt", "text": text,
                "source_text": source, "source_language": "en"}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def editor_page() -> HTMLResponse:
        return HTMLResponse((STATIC / "index.html").read_text(encoding="utf-8"), headers=_PAGE_HEADERS)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        media = _STATIC_TYPES.get(name.rsplit(".", 1)[-1])
        resource = STATIC / name
        if media is None or "/" in name or not resource.is_file():
            raise HTTPException(404, f"no such file: /static/{name}")
        return Response(resource.read_bytes(), media_type=media, headers=_PAGE_HEADERS)

    return app


def language_notice(packset, result) -> dict | None:
    """Why the article was not checked (its language unknown, or without packs), with
    how to set it; None when the packs of its language read it (or it has no prose)."""
    doc = getattr(result, "document", None)
    if packset.covers(result.language) or doc is None or not PROSE.search(doc.plain):
        return None
    languages = packset.language_codes()
    return {
        "reason": "no-packs" if result.language else "undetected",
        "language": result.language,
        "languages": languages,
        "message": (f"Not checked: there are no rule packs for {result.language!r}." if result.language else
                    "Not checked: the language of this text could not be told (too short, or a language "
                    "without rule packs).")
                   + f' Send "language" (one of: {", ".join(languages)}) to check it.',
    }


def _add_error_handlers(app: FastAPI) -> None:
    """Every error answers as JSON {"error": ...} with a status that says whose fault it is."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return _error(exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if request.method == "POST" and media and not (media == "application/json" or media.endswith("+json")):
            return _error(415, f"send the request as JSON (Content-Type: application/json), not {media}")
        if any(e.get("type") == "json_invalid" for e in errors):
            return _error(400, "the request body is not valid JSON (send UTF-8 JSON with Content-Type: application/json)")
        details = [_detail(e) for e in errors]
        message = "; ".join(f"{d['field']}: {d['problem']}" for d in details)
        return _error(422, f"invalid request: {message}", details=details)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return _error(exc.status_code, str(exc.detail), **({"allowed": exc.headers.get("Allow")} if exc.headers else {}))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, "internal error in qa-lint; the server log has the details")


def _lint(linter: Linter, body: "CheckRequest", config):
    """The findings for one request (a pair when it sends a source), errors as ApiErrors."""
    language = langdetect.normalize(body.language)
    try:
        if body.source_text is not None and body.source_text.strip():
            return _lint_pair(linter, body, body.source_text, config, language)
        return linter.lint_document(_read(body), config, language)
    except ReadError as exc:
        raise ApiError(422, str(exc)) from None
    except ConfigError as exc:
        # The server's own setup (e.g. LanguageTool required but gone): not the client's fault.
        log.error("cannot check: %s", exc)
        raise ApiError(503, f"the server cannot check right now: {exc}") from None
    except CheckFailed as exc:
        log.error("check failed: %s", exc)
        raise ApiError(500, f"a rule failed on this text: {exc}") from None


def _warm_up(linter: Linter, config, packset) -> None:
    """Check the sample article in each language once: what a first request would compile
    and load lazily is then ready before the workers fork, and shared by all of them."""
    from .. import bilingual

    texts = {"id": (STATIC / "sample-id.txt").read_text(encoding="utf-8"), "en": (STATIC / "sample-en.txt").read_text(encoding="utf-8")}
    try:
        for language in sorted(packset.languages):
            linter.lint_document(_read(CheckRequest(text=texts.get(language, texts["en"]))), config, language)
        bilingual.lint_texts(linter, texts["id"], texts["en"], "<warm-up>", "txt", "id", config, source_language="en")
    except Exception:  # noqa: BLE001 - only time is lost: the request that needs it pays it
        log.exception("warming up the rules failed")


def _answer(linter: Linter, body: CheckRequest, config, ui_lang: str | None, default_fail_on: str, packset) -> tuple[int, dict]:
    """Lint one request's article in the reader's language: (200, the answer) or (status, error)."""
    previous_ui = linter.options.ui_lang
    linter.options.ui_lang = ui_lang or previous_ui
    try:
        result = _lint(linter, body, config)
    except ApiError as exc:
        return exc.status, {"error": exc.message}
    finally:
        linter.options.ui_lang = previous_ui
    return 200, _check_response(body, result, body.fail_on or default_fail_on, packset)


def _check_response(body: "CheckRequest", result, fail_on: str, packset) -> dict:
    # Offsets in the response count from the text as sent, BOM included.
    shift_offsets(result.findings, 1 if body.text.startswith("\ufeff") else 0)
    index = Utf16Index(body.text)  # one scan of the text, not one per finding
    findings = [with_utf16(f.to_dict(), body.text, index=index) for f in result.findings]
    pair = getattr(result, "pair", None)
    if pair is not None and body.source_text is not None:  # a pair comes only from a source_text
        _source_utf16(findings, body.source_text)
    notice = language_notice(packset, result)
    response = {
        "findings": findings,
        "summary": summarize(result.findings),
        "blocking": any(at_or_above(f.severity, fail_on) for f in result.findings),
        "fail_on": fail_on,
        "language": result.language,
        "format": body.format,
        # The language the messages are in (the article's unless asked otherwise).
        "ui_lang": result.document.ui_lang if result.document is not None and result.document.ui_lang else "en",
        # Never a silent pass: an article no pack could read is a warning finding (it blocks
        # at the default threshold) and is said here, whatever the threshold.
        "checked": notice is None,
        "language_notice": notice,
    }
    if result.mqm:
        response["mqm"] = result.mqm
    if pair is not None:
        response["source"] = {"language": pair.source.language, "alignment": pair.method, "units": len(pair.units)}
    return response

def _detail(error: dict) -> dict:
    field = ".".join(str(p) for p in error.get("loc", ())[1:])
    if not field:  # the body as a whole: missing, or not an object
        return {"field": "body", "problem": 'the body must be a JSON object such as {"text": "..."}'}
    return {"field": field, "problem": error.get("msg", "")}


def _lint_pair(linter, body: CheckRequest, source_text: str, config, language):
    """The article checked against its source (bilingual mode)."""
    from .. import bilingual, mqm

    linter_source_language = langdetect.normalize(body.source_language)
    previous = linter.options.source_language
    linter.options.source_language = linter_source_language or previous
    try:
        result = bilingual.lint_texts(linter, body.text, source_text, "<request>", body.format, language, config)
    finally:
        linter.options.source_language = previous
    return mqm.scored(result, config)


def _source_utf16(findings: list[dict], source_text: str) -> None:
    """Related spans in the source count their UTF-16 offsets in the source text."""
    index = Utf16Index(source_text)
    for finding in findings:
        for item in finding.get("related", []):
            if item.get("path") == SOURCE_PATH and item.get("offset") is not None:
                item["utf16_offset"], item["utf16_length"] = index.span(item["offset"], item.get("length") or 0)


def _read(body: CheckRequest):
    from ..readers import read_text

    # BOM handling lives in the reader; the path tells findings where they came from.
    return read_text(body.text, "<request>", body.format)


_STATIC_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}
# The page loads nothing from elsewhere; say so to the browser as well.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}
