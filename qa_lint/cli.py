"""Command line: argument parsing only; the work is done by qa_lint.api.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, configuration, rule-pack or input error, 3 an internal error in qa-lint
(a bug: reported per file, the other files are still checked and reported).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__, api, budget, example_marks, fixes, packs, terminal
from . import language as langdetect
from .config import ConfigCache, ConfigError
from .document import rule_matches
from .findings import SEVERITY_RANK
from .i18n import notice as _
from .i18n import set_notice_language
from .output import write_report
from .reporters import ReportContext, text
from .reporters import registry as reporters

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
    check.add_argument("--format", "-f", default="text",
                       help=f"output format ({', '.join(sorted(reporters()))}); text is grouped by file on a terminal, "
                            "concise (one line per finding with its path) when piped")
    check.add_argument("--output", "-o", help="write the report to this file (atomically; see docs/security.md) instead of stdout")
    add_lint_options(check, fail_on_help="lowest severity that makes the exit code 1 (default: warning)")
    check.add_argument("--stdin-filename", default="<stdin>", help="name (and format, by extension) for text read from -")
    check.add_argument("--quiet", "-q", action="store_true", help="print nothing; only the exit code tells")
    check.add_argument("--stats", action="store_true", help="add per-file timings and per-rule counts")
    check.add_argument("--statistics", action="store_true", help="count the findings per rule instead of listing them")
    check.add_argument("--color", "--colour", choices=["auto", "always", "never"], default="auto",
                       help="colour the text formats: auto (a terminal, unless NO_COLOR is set), always or never")
    check.add_argument("--no-color", "--no-colour", dest="color", action="store_const", const="never", help="same as --color never")
    check.add_argument("--progress", action=argparse.BooleanOptionalAction, default=True,
                       help="a progress bar on stderr for long runs, when stderr is a terminal (default)")
    check.add_argument("--fix", action="store_true",
                       help="apply the suggestions their rules mark safe, in place (atomically, keeping mode and encoding)")
    check.add_argument("--diff", action="store_true", help="show what --fix would change, as a unified diff; change nothing")
    check.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff: also apply suggestions not marked safe (read the diff first)")
    check.add_argument("--source", metavar="SOURCE", help="bilingual mode: the source the (one) checked file translates")
    check.add_argument("--source-lang", metavar="LANG", help="language of the source (default: config, file metadata, detection)")
    check.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                       help="check files on N processes (default: every core; 1: in this process)")
    check.add_argument("--no-cache", dest="cache", action="store_false",
                       help="check every file again instead of reusing unchanged files' findings (see docs/performance.md)")
    check.add_argument("--force-exclude", action=argparse.BooleanOptionalAction, default=True,
                       help="skip files named on the command line that the configuration's exclude/include leave out, "
                            "as pre-commit needs (default); --no-force-exclude checks them anyway")
    _add_backend_options(check)

    rules = sub.add_parser("rules", help="list, validate, test or explain rules")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    for name, help_text in (("list", "list the rules"), ("validate", "validate rule packs"), ("test", "run every rule's examples")):
        p = rules_sub.add_parser(name, help=help_text)
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
    schema = rules_sub.add_parser("schema", help="print the JSON Schema of rule pack files, or the options of one rule type")
    schema.add_argument("type", nargs="?", metavar="TYPE", help="a rule type (pattern, terms, ...): its options, defaults and descriptions")
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
    parser.add_argument("--claims-index", metavar="PATH",
                        help="the index of fact-checked claims (default: config claims.index, else qa-lint's data folder; docs/claims.md)")
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


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more), got {text!r}")
    return int(text)


def _frontends():
    """Optional front ends register their own subcommands (serve, lsp, languagetool)."""
    import importlib

    found = []
    for name in ("qa_lint.languagetool", "qa_lint.server", "qa_lint.lsp", "qa_lint.audit", "qa_lint.claims.commands"):
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
    set_notice_language(notice_language(args))
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
        print("qa-lint: " + _("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a bug in qa-lint: one clear line, never a traceback
        print("qa-lint: " + _("internal error ({error}); please report it").format(error=f"{type(exc).__name__}: {exc}"),
              file=sys.stderr)
        return EXIT_INTERNAL


def notice_language(args) -> str | None:
    """The language of qa-lint's own notices: --ui-lang, else the configuration's ui_lang
    (as for messages), else English. A broken configuration is reported later, in English."""
    if getattr(args, "ui_lang", None):
        return api.ui_language(args.ui_lang)
    try:
        return api.ui_language(ConfigCache(getattr(args, "config", None)).for_file(".").ui_lang)
    except (ConfigError, OSError, ValueError):
        return None


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
        force_exclude=getattr(args, "force_exclude", True),
        claims_index=getattr(args, "claims_index", None),
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


def _check_usage_problem(args) -> str | None:
    """What is wrong with a check command line before anything is read, or None."""
    if args.format not in reporters():
        return _("unknown format {format} (choose from {choices})").format(format=repr(args.format),
                                                                           choices=", ".join(sorted(reporters())))
    if args.source and (len(args.paths) != 1 or args.paths[0] == "-"):
        return _("--source pairs a source with one translated file; give exactly one file to check")
    if args.source and Path(args.paths[0]).is_dir():
        return _("--source needs a file to check, not the folder {folder} (folders pair files by name: see docs/bilingual.md)").format(
            folder=args.paths[0])
    if (args.fix or args.diff) and "-" in args.paths:
        return _("--fix and --diff change files; standard input is not one (name the file instead)")
    if args.unsafe_fixes and not (args.fix or args.diff):
        return _("--unsafe-fixes goes with --fix or --diff")
    return None


def cmd_check(args) -> int:
    problem = _check_usage_problem(args)
    if problem:
        print(f"qa-lint: {problem}", file=sys.stderr)
        return EXIT_ERROR
    linter = make_linter(args)
    view = terminal.View(args.format, args.color, quiet=args.quiet, progress=args.progress,
                         to_file=bool(args.output), listing=not (args.statistics or args.diff))
    context = ReportContext(stats=args.stats, version=__version__, style=view.style, colour=view.colour,
                            ui_lang=linter.options.ui_lang)
    fixer = fixes.Fixer(args.fix, args.diff, args.unsafe_fixes,
                        relint=lambda path: linter.lint_file(path, config=linter.configs.for_file(path)))

    def on_file(file_result, done: int, total: int) -> None:
        # Called as each file finishes: fix it, then show its findings (or diff) at once.
        diff = fixer.handle(file_result)
        view.file_done(file_result, context, done, total, diff)

    try:
        paths = [p for p in args.paths if p != "-"]
        result = _lint_paths(args, linter, paths, on_file) if paths else api.LintResult()
        if "-" in args.paths:
            result.files.append(linter.lint_bytes(sys.stdin.buffer.read(), args.stdin_filename))
            view.file_done(result.files[-1], context, len(result.files), len(result.files), "")
            if not paths:
                result.fail_on = linter.fail_on(linter.configs.for_file("."))
    finally:
        view.stop()
        linter.close()
    for source in linter.sources:
        result.timings.update(getattr(source, "timings", {}))
    _print_run_problems(result, fixer, args.quiet)
    if args.diff:
        if not args.quiet:
            more = "" if args.unsafe_fixes else " " + _("(--unsafe-fixes shows more, if any)")
            print("qa-lint: " + _("would fix {fixed} finding(s) in {files} file(s)").format(fixed=fixer.fixed, files=fixer.files) + more,
                  file=sys.stderr)
        return EXIT_ERROR if result.errors or fixer.failures else (EXIT_FINDINGS if fixer.fixed else EXIT_OK)
    if not args.quiet:
        context.rules = linter.rules()
        if not _emit_report(args, result, context, view, fixer):
            return EXIT_ERROR
    if fixer.failures and not result.internal_errors:
        return EXIT_ERROR
    return exit_code(result)


def _lint_paths(args, linter: api.Linter, paths: list[str], on_file) -> api.LintResult:
    """The files on --jobs processes, through the result cache unless --no-cache."""
    from . import runner
    from .cache import ResultCache

    documents = args.fix or args.diff or args.format not in TEXTLESS_FORMATS
    return runner.lint_paths(linter, paths, on_file, jobs=args.jobs or runner.default_jobs(),
                             cache=ResultCache(linter) if args.cache else None, documents=documents)


# Reports that need no file's Document (html shows the text, rdjson counts bytes; a plug-in may do either).
TEXTLESS_FORMATS = {"text", "concise", "grouped", "json", "jsonl", "sarif", "github", "junit", "checkstyle"}


def _print_run_problems(result: api.LintResult, fixer, quiet: bool) -> None:
    """Files that could not be read or fixed, and (unless quiet) files named but left out."""
    for file_result in result.files:
        if file_result.error:
            print(f"qa-lint: {file_result.error}", file=sys.stderr)
    for failure in fixer.failures:
        print(f"qa-lint: {failure}", file=sys.stderr)
    if not quiet:
        for path, why in result.skipped:
            # Said, not silent: a file you named was left out on purpose (--no-force-exclude checks it).
            print("qa-lint: " + _("skipped {path}: {why} (--no-force-exclude checks it)").format(path=path, why=why), file=sys.stderr)


def _emit_report(args, result: api.LintResult, context: ReportContext, view, fixer) -> bool:
    """The report (or what is left of it after streaming) to --output or stdout; False when
    the output file cannot be written."""
    if args.statistics:
        report = text.statistics(result, context.rules) + "\n".join(text.tail_lines(result, context, fixer.fixed)) + "\n"
    elif view.streamed:
        # The findings went out file by file; what is left is the summary.
        report = "\n".join(text.tail_lines(result, context, fixer.fixed)) + "\n"
    else:
        report = reporters()[args.format].render(result, context)
    if not args.output:
        sys.stdout.write(report)
        return True
    try:
        write_report(args.output, report)
    except OSError as exc:
        print("qa-lint: " + _("cannot write the report to {path}: {reason}").format(path=args.output, reason=exc.strerror or exc),
              file=sys.stderr)
        return False
    return True


def exit_code(result: api.LintResult) -> int:
    """3 for a fault in qa-lint, else 2 for unreadable input, else 1 for blocking findings."""
    if result.internal_errors:
        return EXIT_INTERNAL
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.blocking else EXIT_OK


def cmd_rules(args) -> int:
    if args.rules_command == "schema":
        return _rules_schema(args)
    # validate checks bundled packs as thoroughly as your own (a run trusts them: the test suite ran this).
    pset = packs.load([Path(r) for r in args.rules], include_bundled=not getattr(args, "no_bundled", False),
                      strict=args.rules_command == "validate")
    if args.rules_command == "validate":
        print(f"ok: {len(pset.packs)} packs, {len(pset.rules)} rules")
        return EXIT_OK
    actions = {"list": _rules_list, "explain": _rules_explain, "test": _rules_test}
    return actions[args.rules_command](args, pset) if args.rules_command in actions else EXIT_ERROR


def _rules_schema(args) -> int:
    import json

    from . import lexicon

    if args.type:
        from .checks import registry

        if args.type not in registry():
            print("qa-lint: " + _("unknown rule type {type} (known: {known})").format(type=repr(args.type), known=", ".join(sorted(registry()))),
                  file=sys.stderr)
            return EXIT_ERROR
        print(describe_type(args.type))
        return EXIT_OK
    print(json.dumps(lexicon.FILE_SCHEMA if args.lexicon else packs.full_schema(), indent=2))
    return EXIT_OK


def _rules_list(args, pset) -> int:
    lang = langdetect.normalize(args.lang)  # en-GB lists the en rules, as it checks with them
    for rule in pset.rules:
        if lang and rule.language not in (lang, packs.ANY_LANGUAGE):
            continue
        print(f"{rule.id:40s} {rule.type:16s} {rule.severity:8s} {rule.category:22s} {rule.pack}")
    return EXIT_OK


def _rules_explain(args, pset) -> int:
    rule = pset.rule(args.rule_id)
    if rule is not None:
        print(explain(rule, api.ui_language(getattr(args, "ui_lang", None))))
        return EXIT_OK
    # A lexicon rule's id (id.idiom) or any prefix: the rules under it, one line each.
    under = [r for r in pset.rules if rule_matches(r.id, args.rule_id)]
    if not under:
        print("qa-lint: " + _("no rule {rule} (see: qa-lint rules list)").format(rule=repr(args.rule_id)), file=sys.stderr)
        return EXIT_ERROR
    print(explain_many(args.rule_id, under))
    return EXIT_OK


def _rules_test(args, pset) -> int:
    from . import ruletest  # with the aligner it needs: `check` imports neither

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
        print("qa-lint: " + _("no rule matches {selectors} (see: qa-lint rules list)").format(selectors=", ".join(args.selectors)),
              file=sys.stderr)
        return EXIT_ERROR
    print(f"{total - failed} passed, {failed} failed")
    return EXIT_FINDINGS if failed else EXIT_OK


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


def _kind(spec: dict) -> str:
    """A schema fragment in a few words: string, boolean, list of terms, one of ..."""
    if "enum" in spec:
        return " | ".join(map(str, spec["enum"]))
    if "oneOf" in spec:
        return " or ".join(_kind(s) for s in spec["oneOf"])
    kind = spec.get("type", "value")
    if kind == "array":
        return f"list of {_kind(spec.get('items', {}))}"
    if kind == "object" and "required" in spec and len(spec.get("properties", {})) <= 2:
        return "{" + ", ".join(f"{k}: ..." for k in spec["properties"]) + "}"
    return kind


def describe_type(type_name: str) -> str:
    """A rule type's options for pack authors: kind, whether required, declared default, description."""
    from .checks import defaults, registry

    module = registry()[type_name]
    declared = defaults(module)
    doc = (module.__doc__ or "").strip().splitlines()
    lines = [doc[0] if doc else type_name, "", "options (besides id, type, severity, category, message, examples):"]
    for key, spec in module.PROPERTIES.items():
        facts = [_kind(spec)]
        if key in module.REQUIRED:
            facts.append("required")
        if key in declared:
            facts.append(f"default: {_yaml_value(declared[key])}")
        lines.append(f"  {key}: {'; '.join(facts)}")
        if spec.get("description"):
            lines.append(f"      {spec['description']}")
    lines += ["", "qa-lint rules schema prints the JSON Schema of every type; the module docstring of "
                  "qa_lint/checks/ has worked examples."]
    return "\n".join(lines)


def _yaml_value(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return f"'{value}'" if isinstance(value, str) else str(value)


def _options(rule) -> list[str]:
    """The options the rule runs with: what the pack sets, then the declared defaults it leaves."""
    from .checks import defaults, registry

    module = registry().get(rule.type)
    declared = defaults(module) if module else {}
    lines = []
    for key in getattr(module, "PROPERTIES", {}):
        if key in rule.options and not isinstance(rule.options[key], (list, dict)):
            lines.append(f"  {key}: {_yaml_value(rule.options[key])}")
        elif key in rule.options:
            lines.append(f"  {key}: ({len(rule.options[key])} items)")
        elif key in declared:
            lines.append(f"  {key}: {_yaml_value(declared[key])} (default)")
    return lines


def explain(rule, ui_lang: str | None = None) -> str:
    lines = [
        f"{rule.id}  ({rule.type}, {rule.severity}, {rule.category}, MQM {rule.mqm})",
        f"pack: {rule.pack} ({rule.pack_path}:{rule.line})",
        f"fix: {rule.fix} (--fix applies {'it' if rule.fix == 'safe' else 'it only with --unsafe-fixes' if rule.fix == 'unsafe' else 'nothing'})",
        "",
        f"message: {rule.localize(rule.message, ui_lang)}",
    ]
    if rule.description:
        lines += ["", rule.description_in(ui_lang).strip()]
    options = _options(rule) if rule.family is None else []
    if options:
        lines += ["", f"options (qa-lint rules schema {rule.type} describes them):"] + options
    for kind, title in (("bad", "flagged"), ("good", "not flagged")):
        lines += ["", f"examples ({title}):"]
        for example in rule.examples.get(kind, []):
            text = example if isinstance(example, str) else example["text"]
            fix = "" if isinstance(example, str) or "fix" not in example else f"  -> {example['fix']}"
            lines.append(f"  - {example_marks.display(text)}{fix}")
    return "\n".join(lines)
