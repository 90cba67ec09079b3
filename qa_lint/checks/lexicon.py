"""lexicon: one rule that serves every entry of a phrase lexicon (qa_lint/lexicon.py).

    - id: id.idiom
      type: lexicon
      entries: ../en-id/data/idioms.yaml     # relative to this pack file
      severity: warning                      # an entry may override it
      category: mistranslation
      message: '"{match}" renders the English idiom "{source}" word for word; it means {meaning}'
      context: {forbid_any: [idiom, harfiah]}   # applies to every entry

The rule expands into one rule per entry, with id ``<rule id>.<entry id>``
(``id.idiom.kick-the-can-down-the-road``), the entry's message, note, severity and
examples: `rules list`, `rules explain`, `rules test`, --select/--ignore and
severity overrides all see the entries. One check runs them all: an entry's
regexes run only on documents that contain one of its anchor substrings.

Message fields: {match}, {source}, {proper} (the first proper rendering),
{meaning}, {note}, {entry}.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from ..lexicon import load_entries
from ..matching import Context, LiteralIndex
from ..packs import PackError, data_root
from . import CONTEXT, Check, Rule, fill, resolve_data

TYPE = "lexicon"
PROPERTIES = {
    "entries": {"type": "string", "minLength": 1},
    "context": CONTEXT,
}
REQUIRED = ["entries"]
# What its messages may name (checked when a pack loads; docs/rule-writing.md).
PLACEHOLDERS = {"match", "entry", "meaning", "note", "proper", "source"}  # an entry's values (expand below)
REGEX_KEYS = ()
# Examples live in the entries, where each one is tested.
COMMON_NOT_REQUIRED = ("examples",)


def describe(entry, source_language: str) -> str:
    lines = [entry.note, ""]
    lines.append(f"Source ({', '.join(entry.source)}): {entry.source_text}")
    lines.append(f"Means: {entry.meaning}")
    lines.append("Literal rendering (regex): " + " | ".join(entry.literal))
    if entry.objects:
        lines.append("{objects}: " + ", ".join(entry.objects))
    lines.append("Say instead: " + " / ".join(entry.proper))
    if entry.unless:
        lines.append("Quiet when the sentence has a word of the literal sense (unless)")
    if entry.require:
        lines.append("Only when the sentence has one of the required words (require)")
    lines.append(f"Domain: {entry.domain}")
    return "\n".join(lines)


def expand(rule: Rule, marked, where: tuple, strict: bool = False) -> list[Rule]:
    """One Rule per entry of the rule's lexicon file; errors name the pack or the data file."""
    if rule.examples:
        line, col = marked.where(where + ("examples",), key=True)
        raise PackError(rule.pack_path, line, col, "a lexicon rule takes no examples: each entry of its data file has its own")
    try:
        data = resolve_data(Path(rule.pack_path).parent, rule.options["entries"], data_root(Path(rule.pack_path)))
    except ValueError as exc:
        line, col = marked.where(where + ("entries",))
        raise PackError(rule.pack_path, line, col, str(exc)) from None
    if not data.is_file():
        line, col = marked.where(where + ("entries",))
        raise PackError(rule.pack_path, line, col, f"no such lexicon file: {data}")
    members = []
    for entry in load_entries(data, compile_now=True if strict else None):
        values = dict(source=entry.source_text, proper=entry.proper[0], meaning=entry.meaning, note=entry.note, entry=entry.id)
        members.append(
            Rule(
                id=f"{rule.id}.{entry.id}",
                type=rule.type,
                severity=entry.severity or rule.severity,
                category=rule.category,
                # Everything but {match} is known now: the rule's message reads like any other.
                message=fill(entry.message or rule.message, **values),
                # The template and fields again, to fill the rule's translated message (Rule.localize).
                options={"entry": entry, "template": entry.message or rule.message, "values": values},
                pack=rule.pack,
                pack_path=entry.path,
                language=rule.language,
                description=describe(entry, rule.language),
                mqm=rule.mqm,
                examples=entry.examples,
                line=entry.line,
                family=rule,
            )
        )
    rule.members = members
    return members


class LexiconCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.context = Context.from_options(rule.options.get("context"))
        self.members = [(member, member.options["entry"]) for member in rule.members]

    @cached_property
    def anchor_index(self) -> LiteralIndex:
        """Which entries have an anchor in a text (an entry without anchors always does)."""
        return LiteralIndex([frozenset(entry.anchors) if entry.anchors else None for _, entry in self.members])

    def run(self, doc):
        text = doc.plain
        folded = doc.folded
        # Offsets in the folded text are offsets in the text unless folding changed a length ("ß").
        same_offsets = len(folded) == len(text)
        # Cheap prefilter: most entries' anchor words are not in the document at all.
        present = self.anchor_index.present(folded)
        # Whether the text holds a string, asked once per string: the ~100 entries an article's
        # anchors let through share many of their parts' words ("yang", "di", a common verb).
        written: dict[str, bool] = {}
        for i in sorted(present):  # the entries in order
            member, entry = self.members[i]
            if entry.literal_parts and not any(_has_parts(folded, written, parts) for parts in entry.literal_parts):
                continue  # each pattern lacks one of its words in the whole text
            for start, end in self.spans(doc, entry, folded, same_offsets):
                yield from self.findings(doc, member, entry, start, end, folded[start:end] if same_offsets else None)

    @staticmethod
    def spans(doc, entry, folded: str, same_offsets: bool):
        """Where the entry's regexes need to run: the sentences that contain an anchor
        (a literal rendering never spans sentences), else the whole text."""
        if not (entry.anchors and same_offsets):
            return [(0, len(doc.plain))]
        spans = {}
        for at in entry.anchor_positions(folded):
            sentence = doc.window("sentence", at)
            spans[sentence.start] = sentence.end
        return sorted(spans.items())

    def findings(self, doc, member, entry, start: int, end: int, folded: str | None = None):
        """The entry's findings in text[start:end]; ``folded``: that slice case-folded (same
        offsets), in which a pattern whose required parts are not all written is not run."""
        text = doc.plain
        seen: list[tuple[int, int]] = []
        for k, pattern in enumerate(entry.literal_patterns):
            if folded is not None and k < len(entry.literal_parts) and not _holds_parts(folded, entry.literal_parts[k]):
                continue
            for m in pattern.finditer(text, start, end):
                # Two literal patterns of one entry may match one phrase: it is one finding.
                if m.end() == m.start() or any(m.start() < e and s < m.end() for s, e in seen):
                    continue
                seen.append((m.start(), m.end()))
                window = doc.window(entry.window, m.start())
                if not entry.allows(text, window.start, window.end, m.start(), m.end()):
                    if not entry.require_window:
                        continue
                    wider = doc.window(entry.require_window, m.start())
                    if not entry.allows_wider(text, (window.start, window.end), (wider.start, wider.end), m.start(), m.end()):
                        continue
                if not self.context.allows(doc, m.start(), m.end()):
                    continue
                yield self.finding(doc, m.start(), m.end(), suggestions=_same_case(m.group(), entry.proper), member=member)


def _holds_parts(folded: str, parts: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the text holds a string of every part (lexicon.required_parts)."""
    return all(any(string in folded for string in part) for part in parts)


def _has_parts(folded: str, written: dict[str, bool], parts: tuple[tuple[str, ...], ...]) -> bool:
    """_holds_parts(folded, parts), each string's answer kept in ``written``."""
    for part in parts:
        for string in part:
            held = written.get(string)
            if held is None:
                held = written[string] = string in folded
            if held:
                break
        else:
            return False
    return True


def _same_case(match: str, suggestions: list[str]) -> list[str]:
    """A match that starts a sentence ("Since three years") keeps its capital in the fix."""
    if match[:1].isupper():
        return [s[:1].upper() + s[1:] for s in suggestions]
    return list(suggestions)


CHECK = LexiconCheck
