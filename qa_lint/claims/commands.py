"""`qa-lint claims import|search|list|stats`: build and look into the known-claims index.

Exit codes as for `check`: 0 done, 2 a file that could not be imported (named, with the
reason; the other files are still imported, and what was imported before is kept) or
an index that cannot be used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import language as langdetect
from ..i18n import notice as _
from . import index_path
from .store import ClaimIndexError, ClaimStore, StoredClaim

EXIT_OK, EXIT_ERROR = 0, 2


def add_parser(subparsers) -> None:
    claims = subparsers.add_parser("claims", help="import fact-checks (ClaimReview) and look into the known-claims index")
    actions = claims.add_subparsers(dest="claims_command", metavar="ACTION", required=True)
    do_import = actions.add_parser("import", help="import ClaimReview JSON-LD, HTML pages or CSV/JSON exports")
    do_import.add_argument("files", nargs="+", metavar="FILE")
    do_import.add_argument("--lang", help="language of claims that do not say (default: detected from the claim)")
    search = actions.add_parser("search", help="the indexed claims a text would match, with their scores")
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--lang", help="language of the text (default: detected)")
    search.add_argument("--limit", type=int, default=5)
    listing = actions.add_parser("list", help="list the indexed claims, newest first")
    listing.add_argument("--lang")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (0: all)")
    actions.add_parser("stats", help="how many claims, by language, rating, publisher and file")
    for parser in actions.choices.values():
        parser.add_argument("--claims-index", metavar="PATH", help="the index (default: config claims.index, else qa-lint's data folder)")
        parser.add_argument("--config", help="configuration file (default: the nearest .qa-lint.yaml)")
    claims.set_defaults(handler=run)


def run(args) -> int:
    from ..config import ConfigCache

    config = ConfigCache(args.config).for_file(".")
    path = index_path(args.claims_index, config)
    try:
        if args.claims_command == "import":
            return _import(path, args.files, langdetect.normalize(args.lang))
        with ClaimStore.open(path, read_only=True) as store:
            if args.claims_command == "search":
                return _search(store, " ".join(args.text), langdetect.normalize(args.lang), args.limit)
            if args.claims_command == "list":
                _print_claims(store.list(langdetect.normalize(args.lang), args.limit or None))
                return EXIT_OK
            return _stats(store)
    except ClaimIndexError as exc:
        print(f"qa-lint: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _import(path: Path, files: list[str], language: str | None) -> int:
    from . import importer  # its HTML and JSON-LD readers only for `claims import`, not every start-up

    failed = 0
    with ClaimStore.open(path, create=True) as store:
        for name in files:
            try:
                records = importer.read(name, language)
                added, updated = store.upsert(records, source=Path(name).name)
            except importer.ImportProblem as exc:
                failed += 1
                print("qa-lint: " + _("{file}: {problem}; nothing of it was imported").format(file=name, problem=exc), file=sys.stderr)
                continue
            print(f"{name}: {len(records)} claims ({added} new, {updated} updated)")
        print(f"{path}: {store.count()} claims")
    return EXIT_ERROR if failed else EXIT_OK


def _search(store: ClaimStore, text: str, language: str | None, limit: int) -> int:
    from ..checks.known_claim import KnownClaimCheck
    from ..claims.match import Matcher, Settings
    from ..packs import load

    pset = load()
    language = language or langdetect.detect(text, pset.languages)
    if not language:
        print("qa-lint: " + _("cannot tell the language of the text; pass --lang"), file=sys.stderr)
        return EXIT_ERROR
    rule = next((r for r in pset.rules if r.type == "known-claim" and r.language == language), None)
    settings = Settings(stopwords=pset.languages[language].stopwords if language in pset.languages else frozenset())
    if rule is not None:
        check = pset.check(rule.id)
        assert isinstance(check, KnownClaimCheck)
        settings = check.settings
    matcher = Matcher(language, settings)
    sentence = matcher.read(text)
    shown = 0
    for claim in store.candidates(language, sentence.content, max(limit, settings.candidates)):
        match = matcher.compare(sentence, claim)
        verdict = f"MATCH {match.score:.0f}" if match else "no match"
        print(f"{verdict:9s} [{claim.rating}] {claim.claim}\n          {claim.publisher}, {claim.date}: {claim.url}")
        shown += 1
        if shown >= limit:
            break
    if not shown:
        print("no claim shares words with this text")
    return EXIT_OK


def _print_claims(claims: list[StoredClaim]) -> None:
    for c in claims:
        print(f"{c.date or '-':10s} {c.language:3s} [{c.rating}] {c.claim}\n           {c.publisher}: {c.url}")


def _stats(store: ClaimStore) -> int:
    stats = store.stats()
    print(f"{store.path}: {stats['claims']} claims")
    for key in ("languages", "ratings", "publishers", "sources"):
        print(f"{key}:")
        for name, count in list(stats[key].items())[:20]:
            print(f"  {count:7d}  {name or '-'}")
    return EXIT_OK


