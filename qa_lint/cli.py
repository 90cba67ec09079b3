"""Command line: argument parsing only; the work is done by qa_lint.api.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, configuration, rule-pack or input error, 3 an internal error in qa-lint
(a bug: reported per file, the other files are still checked and reported).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__, api, budget, language as langdetect, packs, ruletest
from .output import write_report
from .config import ConfigError
from .document import rule_matches
from .findings import SEVERITY_RANK
from .reporters import ReportContext, registry as reporters

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3


def _split(values: list[str] | None) -> list[str]:
    """--select a,b --select c -> [a, b, c]"""
    return [v.strip() for item in values or [] for v in item.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa-lint", description="Misinformation and translation-error QA linter for news content.")
    parser.add_argument("--version", action="version", version=f"qa-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check articles (files, folders, or - for stdin)")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", "-f", default="text", help=f"output format ({', '.join(sorted(reporters()))})")
    check.add_argument("--output", "-o", help="write the report to this file (atomically; see docs/security.md) instead of stdout")
    add_lint_options(check, fail_on_help="lowest severity that makes the exit code 1 (default: warning)")
    check.add_argument("--stdin-filename", default="<stdin>", help="name (and format, by extension) for text read from -")
    check.add_argument("--quiet", "-q", action="store_true", help="print nothing; only the exit code tells")
    check.add_argument("--stats", action="store_true", help="add per-file timings and per-rule counts")
    check.add_argument("--source", metavar="SOURCE", help="bilingual mode: the source the (one) checked file translates")
    check.add_argument("--source-lang", metavar="LANG", help="language of the source (default: config, file metadata, detection)")
    _add_backend_options(check)

    rules = sub.add_parser("rules", help="list, validate, test or explain rules")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    for name, text in (("list", "list the rules"), ("validate", "validate rule packs"), ("test", "run every rule's examples")):
        p = rules_sub.add_parser(name, help=text)
        p.add_argument("--rules", action="append", default=[], metavar="FILE_OR_DIR")
        p.add_argument("--no-bundled", action="store_true", help="only the packs given with --rules")
        if name == "list":
            p.add_argument("--lang")
        if name == "test":
            p.add_argument("selectors", nargs="*", metavar="RULE_ID")
            p.add_argument("--verbose", "-v", action="store_true")
    explain = rules_sub.add_parser("explain", help="show a rule: message, category, examples")
    explain.add_argument("rule_id")
    explain.add_argument("--rules", action="append", default=[], metavar="FILE_OR_DIR")
    explain.add_argument("--ui-lang", metavar="LANG", help="show the message and description in this language (e.g. id) where translated")
    schema = rules_sub.add_parser("schema", help="print the JSON Schema of rule pack files")
    schema.add_argument("--lexicon", action="store_true", help="the schema of lexicon data files (idioms, false friends) instead")
    schema.set_defaults(rules=[], no_bundled=False)

    for module in _frontends():
        module.add_parser(sub)
    return parser


def add_lint_options(parser: argparse.ArgumentParser, fail_on_help: str | None = None, backends: bool = False,
                     timeout: float = budget.FILE_SECONDS) -> None:
    """Options that choose the rules and language, shared by check, serve and lsp."""
    parser.add_argument("--lang", help="language of the articles (default: config, front matter, detection)")
    parser.add_argument("--ui-lang", metavar="LANG",
                        help="language of messages and reports, e.g. id or en (default: config ui_lang, else each article's language)")
    if fail_on_help:
        parser.add_argument("--fail-on", choices=list(SEVERITY_RANK), help=fail_on_help)
    else:
        parser.set_defaults(fail_on=None)
    parser.add_argument("--rules", action="append", default=[], metavar="FILE_OR_DIR", help="extra rule pack file or folder (repeatable)")
    parser.add_argument("--select", action="append", metavar="IDS", help="only these rule ids, id prefixes or categories")
    parser.add_argument("--ignore", action="append", metavar="IDS", help="skip these rule ids, id prefixes or categories")
    parser.add_argument("--config", help="configuration file (default: nearest .qa-lint.yaml or pyproject.toml)")
    parser.add_argument("--timeout", type=_seconds, default=timeout, metavar="SECONDS",
                        help=f"time the rules may spend on one file; a rule still running is stopped and reported "
                             f"(default: {timeout:g}; 0: no limit)")
    parser.add_argument("--max-file-size", type=_size, default=api.MAX_BYTES, metavar="SIZE",
                        help="largest article checked, e.g. 20M or 500K (default: 10M; 0: no limit)")
    if backends:
        # Backends such as LanguageTool add their options; make_linter wires their sources.
        _add_backend_options(parser)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if value < 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected 0 or more seconds, got {text!r}")
    return value


def _size(text: str) -> int:
    units = {"": 1, "B": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
    number, unit = text.strip().upper().rstrip("B") or "0", ""
    if number and number[-1] in "KMG":
        number, unit = number[:-1], number[-1]
    try:
        value = float(number)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a size such as 10M, 500K or 0, got {text!r}") from None
    if value < 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a size of 0 or more, got {text!r}")
    return int(value * units[unit])


def _frontends():
    """Optional front ends register their own subcommands (serve, lsp, languagetool)."""
    import importlib

    found = []
    for name in ("qa_lint.languagetool", "qa_lint.server", "qa_lint.lsp"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "add_parser"):
            found.append(module)
    return found


def _add_backend_options(parser: argparse.ArgumentParser) -> None:
    for module in _frontends():
        if hasattr(module, "add_check_options"):
            module.add_check_options(parser)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "rules":
            return cmd_rules(args)
        return args.handler(args)
    except (packs.PackError, ConfigError) as exc:
        print(f"qa-lint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("qa-lint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a bug in qa-lint: one clear line, never a traceback
        print(f"qa-lint: internal error ({type(exc).__name__}: {exc}); please report it", file=sys.stderr)
        return EXIT_INTERNAL


def make_options(args) -> api.Options:
    return api.Options(
        language=args.lang,
        ui_lang=api.ui_language(getattr(args, "ui_lang", None)),
        rules=args.rules,
        select=_split(args.select),
        ignore=_split(args.ignore),
        fail_on=args.fail_on,
        config=args.config,
        timeout=args.timeout or None,
        max_bytes=args.max_file_size or None,
        source=getattr(args, "source", None),
        source_language=langdetect.normalize(getattr(args, "source_lang", None)),
    )


def make_sources(args) -> list:
    """Finding sources besides the packs (LanguageTool), as the backends' options ask."""
    sources = []
    for module in _frontends():
        if hasattr(module, "sources_from_args"):
            sources.extend(module.sources_from_args(args))
    return sources


def make_linter(args) -> api.Linter:
    return api.Linter(make_options(args), make_sources(args))


def cmd_check(args) -> int:
    if args.format not in reporters():
        print(f"qa-lint: unknown format {args.format!r} (choose from {', '.join(sorted(reporters()))})", file=sys.stderr)
        return EXIT_ERROR
    if args.source and (len(args.paths) != 1 or args.paths[0] == "-"):
        print("qa-lint: --source pairs a source with one translated file; give exactly one file to check", file=sys.stderr)
        return EXIT_ERROR
    if args.source and Path(args.paths[0]).is_dir():
        print(f"qa-lint: --source needs a file to check, not the folder {args.paths[0]} (folders pair files by name: see docs/bilingual.md)", file=sys.stderr)
        return EXIT_ERROR
    linter = make_linter(args)
    try:
        paths = [p for p in args.paths if p != "-"]
        result = linter.lint_paths(paths) if paths else api.LintResult()
        if "-" in args.paths:
            result.files.append(linter.lint_bytes(sys.stdin.buffer.read(), args.stdin_filename))
            if not paths:
                result.fail_on = linter.fail_on(linter.configs.for_file("."))
    finally:
        linter.close()
    for source in linter.sources:
        result.timings.update(getattr(source, "timings", {}))
    for file_result in result.files:
        if file_result.error:
            print(f"qa-lint: {file_result.error}", file=sys.stderr)
    if not args.quiet:
        context = ReportContext(rules=linter.rules(), stats=args.stats, version=__version__, ui_lang=linter.options.ui_lang)
        report = reporters()[args.format].render(result, context)
        if args.output:
            try:
                write_report(args.output, report)
            except OSError as exc:
                print(f"qa-lint: cannot write the report to {args.output}: {exc.strerror or exc}", file=sys.stderr)
                return EXIT_ERROR
        else:
            sys.stdout.write(report)
    return exit_code(result)


def exit_code(result: api.LintResult) -> int:
    """3 for a fault in qa-lint, else 2 for unreadable input, else 1 for blocking findings."""
    if result.internal_errors:
        return EXIT_INTERNAL
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.blocking else EXIT_OK


def cmd_rules(args) -> int:
    if args.rules_command == "schema":
        import json

        from . import lexicon

        print(json.dumps(lexicon.FILE_SCHEMA if args.lexicon else packs.full_schema(), indent=2))
        return EXIT_OK
    # validate checks bundled packs as thoroughly as your own (a run trusts them: the test suite ran this).
    pset = packs.load([Path(r) for r in args.rules], include_bundled=not getattr(args, "no_bundled", False),
                      strict=args.rules_command == "validate")
    if args.rules_command == "validate":
        print(f"ok: {len(pset.packs)} packs, {len(pset.rules)} rules")
        return EXIT_OK
    if args.rules_command == "list":
        lang = langdetect.normalize(args.lang)  # en-GB lists the en rules, as it checks with them
        for rule in pset.rules:
            if lang and rule.language not in (lang, packs.ANY_LANGUAGE):
                continue
            print(f"{rule.id:40s} {rule.type:16s} {rule.severity:8s} {rule.category:22s} {rule.pack}")
        return EXIT_OK
    if args.rules_command == "explain":
        rule = pset.rule(args.rule_id)
        if rule is not None:
            print(explain(rule, api.ui_language(getattr(args, "ui_lang", None))))
            return EXIT_OK
        # A lexicon rule's id (id.idiom) or any prefix: the rules under it, one line each.
        under = [r for r in pset.rules if rule_matches(r.id, args.rule_id)]
        if not under:
            print(f"qa-lint: no rule {args.rule_id!r} (see: qa-lint rules list)", file=sys.stderr)
            return EXIT_ERROR
        print(explain_many(args.rule_id, under))
        return EXIT_OK
    if args.rules_command == "test":
        failed = total = 0
        for outcome in ruletest.run_all(pset, args.selectors):
            total += 1
            if not outcome.ok:
                failed += 1
                print(f"FAIL {outcome.name}: {outcome.detail}\n     text: {outcome.text}")
            elif args.verbose:
                print(f"ok   {outcome.name}: {outcome.detail}")
        if args.selectors and not total:
            # A mistyped id must not pass as "0 failed" in CI.
            print(f"qa-lint: no rule matches {', '.join(args.selectors)} (see: qa-lint rules list)", file=sys.stderr)
            return EXIT_ERROR
        print(f"{total - failed} passed, {failed} failed")
        return EXIT_FINDINGS if failed else EXIT_OK
    return EXIT_ERROR


def explain_many(prefix: str, rules) -> str:
    families = {r.family.id: r.family for r in rules if r.family is not None}
    lines = [f"{prefix}: {len(rules)} rules"]
    for family in families.values():
        lines.append(f"  {family.id}: lexicon {family.options['entries']} ({family.pack_path}:{family.line}), "
                     f"{family.severity}, {family.category}")
    lines.append("")
    for r in rules:
        entry = r.options.get("entry")
        gist = f"{entry.source_text} -> {' / '.join(entry.proper)}" if entry else r.message
        lines.append(f"{r.id:50s} {r.severity:8s} {gist}")
    lines += ["", "qa-lint rules explain RULE_ID shows one of them"]
    return "\n".join(lines)


def explain(rule, ui_lang: str | None = None) -> str:
    lines = [
        f"{rule.id}  ({rule.type}, {rule.severity}, {rule.category}, MQM {rule.mqm})",
        f"pack: {rule.pack} ({rule.pack_path}:{rule.line})",
        "",
        f"message: {rule.localize(rule.message, ui_lang)}",
    ]
    if rule.description:
        lines += ["", rule.description_in(ui_lang).strip()]
    for kind, title in (("bad", "flagged"), ("good", "not flagged")):
        lines += ["", f"examples ({title}):"]
        for example in rule.examples.get(kind, []):
            text = example if isinstance(example, str) else example["text"]
            lines.append(f"  - {text}")
    return "\n".join(lines)
