"""Helpers several reporters share: where paths are relative to, rule metadata
for rules that come from outside the packs, the per-file article text.

Not a format itself (no NAME), so the registry skips it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .. import example_marks
from ..findings import SEVERITY_RANK

# Characters XML 1.0 cannot carry even when escaped.
_XML_INVALID = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def repo_root(base: Path) -> Path:
    """The enclosing git work tree of ``base`` (code scanning wants repo-relative
    paths), or ``base`` itself outside a repository."""
    base = Path(base).resolve()
    for folder in (base, *base.parents):
        if (folder / ".git").exists():
            return folder
    return base


def relative_path(path: str, root: Path) -> str:
    """``path`` (as the finding has it, relative to the working folder or absolute)
    relative to ``root`` with forward slashes; pseudo paths such as <stdin> stay."""
    if path.startswith("<"):
        return path
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


@dataclass
class RuleInfo:
    """What a report says about a rule, whether or not a pack defines it."""

    id: str
    severity: str
    category: str
    mqm: str
    message: str
    description: str = ""
    pack: str = ""
    examples: dict = field(default_factory=dict)
    bundled: bool = False  # shipped with qa-lint, so docs/rules.md describes it


def rule_info(findings, rules: dict) -> dict[str, RuleInfo]:
    """Every rule that fired, in order of first appearance. Rules from other
    sources (LanguageTool "LT:..." ids) are described from their findings."""
    from ..packs import is_bundled

    infos: dict[str, RuleInfo] = {}
    for f in findings:
        if f.rule in infos:
            continue
        rule = rules.get(f.rule)
        if rule is not None:
            infos[f.rule] = RuleInfo(rule.id, rule.severity, rule.category, rule.mqm, rule.message,
                                     rule.description or "", rule.pack, rule.examples or {},
                                     bundled=bool(rule.pack_path) and is_bundled(Path(rule.pack_path)))
        else:
            source = f.rule.split(":", 1)[0] if ":" in f.rule else "external"
            infos[f.rule] = RuleInfo(f.rule, f.severity, f.category, f.mqm, f.message,
                                     f"Reported by {source}, not by a qa-lint rule pack.", source)
    return infos


def example_texts(examples: dict, kind: str) -> list[str]:
    """Rule examples may be plain strings or mappings with a ``text`` key."""
    out = []
    for example in examples.get(kind, []) or []:
        text = example if isinstance(example, str) else (example or {}).get("text", "")
        if text:
            out.append(example_marks.plain(str(text)))
    return out


def by_severity(findings) -> list:
    """Most severe first; stable within a severity (file order)."""
    return sorted(findings, key=lambda f: -SEVERITY_RANK.get(f.severity, 0))


def documents(result) -> dict:
    """path -> Document for files that were read."""
    return {r.path: r.document for r in result.files if r.document is not None}


# Where the bundled rules are documented, one heading per rule (docs/rules.md, written by
# tools/rules_reference.py); QA_LINT_DOCS_URL points reports at another copy of the docs.
DOCS_URL = "https://github.com/OWNER/qa-lint/blob/main/docs"


def rule_anchor(rule_id: str) -> str:
    """The anchor GitHub gives the heading ``rule_id`` in docs/rules.md (lower case;
    punctuation other than - and _ dropped; spaces to -)."""
    return regex.sub(r"[^\w\- ]", "", rule_id.lower()).replace(" ", "-")


def rule_help_uri(rule_id: str) -> str:
    base = os.environ.get("QA_LINT_DOCS_URL", DOCS_URL).rstrip("/")
    return f"{base}/rules.md#{rule_anchor(rule_id)}"
