"""LanguageTool backend: grammar, spelling and style findings from a local LanguageTool server.

CLI hooks (found by qa_lint.cli): ``add_parser`` adds ``qa-lint languagetool
install|status``; ``add_check_options`` adds ``--languagetool auto|on|off`` and
``--languagetool-url`` to ``check``; ``sources_from_args`` gives ``check`` its
LanguageTool source. Long-lived front ends use :class:`LanguageToolSource`
directly (see source.py). language_tool_python is imported only when a
request is about to be made.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .install import DEFAULT_LANGUAGES, DEFAULT_VERSION, InstallError
from .modes import MODES, env_mode

if TYPE_CHECKING:
    from .source import LanguageToolSource, LanguageToolUnavailable

__all__ = ["LanguageToolSource", "LanguageToolUnavailable", "add_parser", "add_check_options", "sources_from_args"]


def __getattr__(name: str):
    # The client (source.py: HTTP, the local server, the noise filter) is imported when first
    # used: every `qa-lint check` imports this package for its options, most never start LanguageTool.
    if name in ("LanguageToolSource", "LanguageToolUnavailable"):
        from . import source

        return getattr(source, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("languagetool", help="install LanguageTool from Maven Central, or show its status")
    actions = parser.add_subparsers(dest="lt_command", metavar="ACTION", required=True)
    inst = actions.add_parser("install", help="resolve LanguageTool and language modules with Maven into the cache")
    inst.add_argument("--version", dest="lt_version", default=None, help=f"LanguageTool version (default: config or {DEFAULT_VERSION})")
    inst.add_argument("--languages", default=None, help=f"language modules, comma-separated (default: {','.join(DEFAULT_LANGUAGES)})")
    inst.add_argument("--config", help="configuration file (for languagetool.version; install folders come from your user configuration)")
    status = actions.add_parser("status", help="show Java, Maven and the installed LanguageTool")
    status.add_argument("--config", help="configuration file")
    parser.set_defaults(handler=run_command)


def _settings(args) -> dict:
    from ..config import ConfigCache

    return dict(ConfigCache(getattr(args, "config", None)).for_file(".").languagetool or {})


def run_command(args) -> int:
    from . import install

    settings = _settings(args)
    if args.lt_command == "status":
        ok, lines = install.status_lines(settings)
        print("\n".join(lines))
        return 0 if ok else 1
    languages = [c for c in (args.languages or "").split(",") if c.strip()] or list(settings.get("languages", DEFAULT_LANGUAGES))
    version = args.lt_version or settings.get("version") or DEFAULT_VERSION
    try:
        install.install(version, languages, settings)
    except InstallError as exc:
        print(f"qa-lint: {exc}", file=sys.stderr)
        return 2
    return 0


def add_check_options(parser) -> None:
    parser.add_argument("--languagetool", choices=MODES, default=None,
                        help="grammar/spelling with LanguageTool: auto (when installed; default), on (required), off")
    parser.add_argument("--languagetool-url", default=None, metavar="URL",
                        help="use this LanguageTool server instead of starting one (e.g. http://localhost:8081)")


def sources_from_args(args) -> list:
    mode = getattr(args, "languagetool", None) or env_mode()
    if mode == "off":
        return []
    from .source import LanguageToolSource, LanguageToolUnavailable

    url = getattr(args, "languagetool_url", None)
    if mode == "on" and not url:
        # Fail before any file is read: "on" means the run is worthless without LanguageTool.
        from . import install

        settings = _settings(args)
        if not settings.get("url"):
            if install.find(settings) is None:
                raise LanguageToolUnavailable("--languagetool on, but LanguageTool is not installed "
                                              "(run: qa-lint languagetool install; or give --languagetool-url)")
            if install.java_command() is None:
                raise LanguageToolUnavailable("--languagetool on, but Java was not found (LanguageTool needs Java 17+)")
    return [LanguageToolSource(mode=mode, url=url)]
