"""Bilingual mode: check a translation against its source.

    reader(s) -> source Document + target Document -> align -> Pair
    Pair -> pair checks (rules/<src>-<tgt>/, checks/pair/) -> findings on the target
    target Document -> the usual checks -> findings;  both -> one FileResult

Where a pair comes from:

- ``qa-lint check TARGET --source SOURCE`` (txt, md, html; aligned by align.py);
- an XLIFF, PO or TMX file (already aligned, readers/bilingual.py);
- the content-repository convention: a file whose source sits beside it, by
  default ``story.en.md`` for ``story.id.md`` (``{stem}.{source_language}{ext}``)
  or ``article.source-en.txt`` for ``article.txt``
  (``{name}.source-{source_language}{ext}``). Configure with
  ``bilingual: {source_language: en, sources: [...], enabled: true}``. Such a
  source is not checked as an article of its own when its folder is walked.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable

import regex

from . import engine
from .findings import SEVERITY_RANK, Finding
from .pair import Pair
from .readers import ReadError, format_for, read_file, read_text
from .readers.bilingual import is_bilingual, read_pair_file
from .span import Span

DEFAULT_SOURCE_LANGUAGE = "en"
# Categories of monolingual findings that say something about the article's content
# (who says it, how sure it is), not about its translation: when the source has the same
# problem, the translation inherited it (see inherit()).
DEFAULT_INHERIT = ("vague-source", "unsupported-assertion", "loaded-language")
INHERITED = "the source says so too"


def inherited(finding: Finding) -> bool:
    """A monolingual finding lowered to info because the source has the same problem."""
    return finding.severity == "info" and INHERITED in finding.message
DEFAULT_SOURCES = ("{stem}.{source_language}{ext}", "{name}.source-{source_language}{ext}")


class PairError(ReadError):
    """A pair that cannot be checked (unreadable, unalignable, a language with no pair rules)."""


def _settings(config) -> dict:
    return getattr(config, "bilingual", None) or {}


def source_language_of(config, options=None) -> str:
    return (getattr(options, "source_language", None) or _settings(config).get("source_language") or DEFAULT_SOURCE_LANGUAGE).replace("_", "-").split("-")[0].lower()


def source_for(path: str | Path, config) -> Path | None:
    """The source of a translation by the configured naming convention, if it exists."""
    settings = _settings(config)
    if settings.get("enabled") is False:
        return None
    path = Path(path)
    if is_bilingual(path):
        return None
    lang = source_language_of(config)
    name = path.name[: -len(path.suffix)] if path.suffix else path.name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    for template in settings.get("sources") or DEFAULT_SOURCES:
        try:
            candidate = path.with_name(template.format(stem=stem, name=name, ext=path.suffix, source_language=lang))
        except (KeyError, IndexError, ValueError):
            continue
        if candidate.name != path.name and candidate.is_file():
            return candidate
    return None


def target_for(path: str | Path, config) -> Path | None:
    """The translation beside a source file whose source it is by the convention, if any."""
    path = Path(path)
    from .readers import EXTENSIONS

    for sibling in sorted(path.parent.iterdir()) if path.parent.is_dir() else []:
        if sibling == path or sibling.suffix.lower() not in EXTENSIONS or not sibling.is_file():
            continue
        found = source_for(sibling, config)
        if found is not None and found.resolve() == path.resolve():
            return sibling
    return None


def with_targets(files: list[str], configs) -> list[str]:
    """Changed files with each changed source replaced by its translation (the GitHub
    Action checks what changed: a changed source means its translation needs a look)."""
    out = []
    for f in files:
        target = target_for(f, configs.for_file(f))
        out.append(str(Path(f).parent / target.name) if target is not None else f)
    return list(dict.fromkeys(out))


def drop_sources(files: list[str], configs) -> list[str]:
    """Files minus those that are another listed file's source (checked with it)."""
    sources = set()
    for f in files:
        found = source_for(f, configs.for_file(f))
        if found is not None:
            sources.add(str(found.resolve()))
    return [f for f in files if str(Path(f).resolve()) not in sources]


def read_pair(target_path: str | Path, source_path: str | Path, display: str | None = None) -> Pair:
    target = read_file(target_path)
    target.path = display or str(target_path)
    source = read_file(source_path)
    return Pair(source, target, [], "unaligned")


def settle(linter, pair: Pair, config, language: str | None = None) -> Pair:
    """Give both Documents their languages, then align them if a reader did not."""
    pset = linter.packset(config)
    linter.prepare(pair.target, config, language)
    declared = getattr(linter.options, "source_language", None) or pair.source.metadata.get("lang") or _settings(config).get("source_language")
    pset.settle_language(pair.source, declared)
    if not pair.target.language:
        # Too short to detect: a language suffix in the name ("story.id.md"), else the one
        # language the pair packs translate this source into.
        suffix = Path(pair.target.path).stem.rsplit(".", 1)[-1].lower() if "." in Path(pair.target.path).stem else ""
        into = sorted({tgt for src, tgt in pset.pair_languages() if src == pair.source.language})
        guess = suffix if suffix in pset.languages else (into[0] if len(into) == 1 else None)
        if guess:
            pset.settle_language(pair.target, guess)
    if not pair.source.language:
        raise PairError(f"{pair.source.path}: cannot tell the language of the source; give it with --source-lang")
    if not pair.units:
        from . import align  # a pair of plain files only: most runs check none

        try:
            aligned = align.align(pair.source, pair.target)
        except align.AlignError as exc:
            raise PairError(str(exc)) from None
        pair.units, pair.method = aligned.units, aligned.method
    return pair


def pair_findings(linter, pair: Pair, config) -> list[Finding]:
    pset = linter.packset(config)
    selection = linter.selection(config)
    findings: list[Finding] = []
    for check in pset.pair_checks_for(pair.source.language, pair.target.language):
        if not selection.keeps_rule(check.rule.id, check.rule.category):
            continue
        try:
            findings.extend(check.run_pair(pair))
        except Exception as exc:  # noqa: BLE001 - one file's error, like a failing monolingual rule
            raise engine.CheckFailed(f"rule {check.rule.id} failed on {pair.target.path}: {type(exc).__name__}: {exc}") from exc
    return findings


def lint_pair(linter, pair: Pair, config, language: str | None = None):
    """Monolingual checks on the target plus pair checks, as one FileResult."""
    from .api import FileResult

    started = time.perf_counter()
    settle(linter, pair, config, language)
    extra: list[Finding] = []
    for source in linter.sources:
        extra.extend(source(pair.target, config))
    pset = linter.packset(config)
    selection = linter.selection(config)
    rule_seconds: dict[str, float] = {}
    findings = engine.run(pair.target, pset.checks_for(pair.target.language), selection, extra, rule_seconds=rule_seconds)
    inherit(linter, pair, config, findings)
    inherit_spellings(pair, findings)
    inherit_flat_statements(linter, pair, config, findings)
    # Pair findings go through the same suppression and selection; on a tie with a
    # monolingual finding of the same problem the monolingual one (listed first) is kept.
    paired = []
    for finding in pair_findings(linter, pair, config):
        if pair.target.suppressed(finding.rule, finding.line) or selection.apply(finding) is None:
            continue
        # A problem a monolingual rule already reports on this text, at least as
        # severely, is not reported again (whatever the category).
        if any(_overlap(finding, f) and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[finding.severity] for f in findings):
            continue
        paired.append(finding)
    findings = sorted(engine.one_per_problem(findings + paired), key=Finding.sort_key)
    result = FileResult(pair.target.path, findings, pair.target.language, seconds=time.perf_counter() - started,
                        document=pair.target, rule_seconds=rule_seconds)
    result.pair = pair
    return result


def inherit(linter, pair: Pair, config, findings: list[Finding]) -> None:
    """Lower to info the monolingual findings the translation inherited from its source.

    A vague source ("para analis" for "analysts said"), a loaded word or an unsupported
    claim that the source has just the same is not something the translation did wrong;
    the editor is still told, at info, with the source span and "the source says so too".
    The source has the same problem when the source language's own packs report a finding
    of the same category in the aligned source sentence. (That the flagged words merely
    render source words is not enough: "para analis" for "analysts at Bank Mandiri" made
    the source vaguer.)"""
    categories = set(_settings(config).get("inherit", DEFAULT_INHERIT))
    candidates = [f for f in findings if f.category in categories and f.severity in ("error", "warning")]
    if not candidates or not pair.source.language:
        return
    pset = linter.packset(config)
    checks = [c for c in pset.checks_for(pair.source.language) if c.rule.category in categories]
    source_findings = engine.run(pair.source, checks, engine.Selection(), []) if checks else []
    from .checks.pair import source_related

    for f in candidates:
        s = _aligned_source_sentence(pair, f.offset)
        if s is None:
            continue
        same = next((g for g in source_findings if g.category == f.category and s.start <= g.offset < s.end), None)
        if same:
            f.severity = "info"
            f.message += f' ({INHERITED}: "{_short(same.match)}"; inherited, not introduced by the translation)'
            f.related.insert(0, source_related(pair, s))


def _aligned_source_sentence(pair: Pair, offset: int):
    """The source sentence aligned with the translation's sentence at ``offset``, if any."""
    unit = pair.unit_at(offset)
    if unit is None or unit.source is None:
        return None
    for s, t in pair.sentence_pairs(unit):
        if t.start <= offset < max(t.end, t.start + 1):
            return s
    return None


# Rule types whose finding says "stated as fact here, hedged elsewhere in the article".
_ESCALATION_TYPES = ("hedge-escalation",)


def inherit_flat_statements(linter, pair: Pair, config, findings: list[Finding]) -> None:
    """Lower to info a hedge escalation on a sentence whose source states it just as flatly.

    The monolingual escalation check reads a later sentence ("hujan lebat", "Indonesia
    adalah ...") as a hedge of an earlier one turned into fact; the English packs have no
    such check, so inherit() never sees the source do the same. What the translation can do
    wrong here is drop the source's hedge: when the aligned source sentence has none of the
    hedges the pair's hedge-dropped rules look for ("could", "reportedly", "is expected
    to"), the flat statement is the source's own, and the editor is told at info. A source
    sentence that hedges keeps the warning (and en-id.modality.hedge-dropped says why)."""
    pset = linter.packset(config)
    candidates = [f for f in findings if f.severity in ("error", "warning") and _rule_type(pset, f.rule) in _ESCALATION_TYPES]
    if not candidates:
        return
    droppers = [c for c in pset.pair_checks_for(pair.source.language, pair.target.language)
                if getattr(c, "dropped", False) and c.rule.category == "unsupported-assertion" and getattr(c, "when", None) is not None]
    if not droppers:
        return
    hedges = [c.when for c in droppers]
    for c in droppers:
        # A figure the source gives as an estimate ("about 300 stalls") is hedged too: an exact
        # figure for it is the translation's escalation, not the source's.
        try:
            hedges.append(c.cues([f"{pair.source.language}.approximations"]))
        except ValueError:
            pass  # a cue file without approximations
    hedges = [h for h in hedges if h is not None]
    from .checks.pair import source_related

    for f in candidates:
        s = _aligned_source_sentence(pair, f.offset)
        if s is not None and not any(h.search(pair.source.plain, s.start, s.end) for h in hedges):
            f.severity = "info"
            f.message += f' ({INHERITED}: "{_short(pair.source.plain[s.start : s.end])}" states it without a hedge; inherited, not introduced by the translation)'
            f.related.insert(0, source_related(pair, s))


def _rule_type(pset, rule_id: str) -> str | None:
    rule = pset.rule(rule_id)
    return rule.type if rule is not None else None


def inherit_spellings(pair: Pair, findings: list[Finding]) -> None:
    """Lower to info a name "spelled two ways" when the source has both spellings word for
    word: two people with look-alike names (Daniel Kho, Daniel Koh) that the translation
    copies as the source writes them. A slip the translation made has a spelling the source
    lacks, and stays as it was."""
    for f in findings:
        if f.category != "name-inconsistency" or f.severity not in ("error", "warning"):
            continue
        others = [pair.target.plain[r.offset : r.offset + r.length] for r in f.related if r.path is None and r.offset is not None and r.length]
        if not others:
            continue
        spans = [_word_in(pair.source.plain, spelling) for spelling in (f.match, others[0])]
        if spans[0] is None or spans[1] is None or f.match == others[0]:
            continue
        from .checks.pair import source_related

        f.severity = "info"
        f.message += f' ({INHERITED}: "{_short(f.match)}", "{_short(others[0])}"; inherited, not introduced by the translation)'
        f.related.insert(0, source_related(pair, Span(*spans[0])))


def _word_in(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` occurs in ``text`` as whole words, case and all."""
    m = regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(phrase)}(?![\p{{L}}\p{{N}}])", text)
    return (m.start(), m.end()) if m else None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _overlap(a: Finding, b: Finding) -> bool:
    return a.offset < b.offset + max(b.length, 1) and b.offset < a.offset + max(a.length, 1)


def lint_file(linter, path: str | Path, display: str, config):
    """A FileResult if ``path`` is checked as a pair (a bilingual file, --source, or
    a source by convention), else None (check it as a single article)."""
    source = getattr(linter.options, "source", None)
    if is_bilingual(path):
        pair = read_pair_file(path, getattr(linter.options, "language", None))
        pair.source.path = pair.target.path = display
    elif source:
        pair = read_pair(path, source, display)
    else:
        found = source_for(path, config)
        if found is None:
            return None
        pair = read_pair(path, found, display)
        # Found by a name that says its language ("story.en.md"): no need to guess it.
        pair.source.metadata.setdefault("lang", source_language_of(config))
    return lint_pair(linter, pair, config)


def lint_texts(linter, text: str, source_text: str, path: str = "<text>", fmt: str | None = None,
               language: str | None = None, config=None, source_path: str = "<source>", source_language: str | None = None):
    """A translation and its source given as strings (the HTTP API, an editor's buffer)."""
    config = config or linter.configs.for_file(".")
    target = read_text(text, path, fmt)
    source = read_text(source_text, source_path, format_for(source_path, fmt or format_for(path)))
    if source_language:
        source.metadata.setdefault("lang", source_language)
    return lint_pair(linter, Pair(source, target, [], "unaligned"), config, language)


def expand(files: Iterable[str], configs) -> list[str]:
    return drop_sources(list(files), configs)
