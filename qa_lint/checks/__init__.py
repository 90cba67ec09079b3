"""Rule types. Each module in this package that defines ``TYPE`` is one rule type:

    TYPE        the name used in packs (``type: pattern``)
    PROPERTIES  JSON Schema properties of the keys this type adds to a rule; an option's
                ``default`` and ``description`` are declared there, and only there
                (``Check.option`` reads them; ``qa-lint rules schema TYPE`` shows them)
    REQUIRED    which of those keys are required
    CHECK       a Check subclass; built once per rule, run once per Document

Checks return Findings and never format output.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Iterable

from .. import i18n
from ..document import Document
from ..findings import CATEGORY_MQM, Finding, Related

if TYPE_CHECKING:
    from ..clitics import Clitics


@dataclass
class Rule:
    """A rule as written in a pack, with the common keys pulled out."""

    id: str
    type: str
    severity: str
    category: str
    message: str
    options: dict
    pack: str
    pack_path: str
    language: str
    description: str = ""
    mqm: str = ""
    examples: dict = field(default_factory=dict)
    line: int = 1
    # A rule expanded from a lexicon rule (one per entry) names that rule as its family;
    # the family lists its members and is the one rule that is compiled into a check.
    family: "Rule | None" = field(default=None, repr=False)
    members: list = field(default_factory=list, repr=False)
    # Set for pair rules: the language of the source the checked text translates.
    source_language: str | None = None
    # Whether --fix may apply this rule's suggestion: safe | unsafe | never (qa_lint/fixes.py).
    fix: str = "unsafe"
    # Message catalogues (packs.load_catalogues): UI language -> {pack text: its translation},
    # for the message, the description and every other message option of the rule.
    translations: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        self.mqm = self.mqm or CATEGORY_MQM.get(self.category, "other")

    def localize(self, text: str, language: str | None) -> str:
        """``text`` (this rule's message, description or a message option, as written in
        the pack) in ``language`` when a catalogue translates it, else as written."""
        if not language or not text:
            return text
        table = self.translations.get(language.split("-")[0].lower())
        if table and text in table:
            return table[text]
        family = self.family
        if family is not None and text == self.message and "template" in self.options:
            # An entry of a lexicon rule: its message is the rule's, filled with the entry's fields.
            template = self.options["template"]
            translated = family.localize(template, language)
            if translated != template:
                return fill(translated, **self.options["values"])
        return text

    def description_in(self, language: str | None) -> str:
        return self.localize(self.description, language)


@dataclass
class PackEnv:
    """What a check may know besides its rule: its language and run settings."""

    language: str
    pack_dir: Path
    settings: dict = field(default_factory=dict)
    locale: str | None = None
    # Function words of the language profile (rules/<lang>/language.yaml), already loaded.
    stopwords: frozenset[str] = frozenset()
    # Where the pack's data files must be (docs/security.md): the bundled rules folder,
    # or the repository (else the folder) a pack of your own is in. None: anywhere.
    data_root: Path | None = None
    # The language's clitics (qa_lint/clitics.py), from its profile; None: it names none.
    clitics: Clitics | None = None

    def resolve(self, relative: str) -> Path:
        """A data file named by the pack, relative to it; never one outside data_root."""
        return resolve_data(self.pack_dir, relative, self.data_root)


def resolve_data(pack_dir: Path, relative: str, root: Path | None) -> Path:
    """``relative`` to the pack's folder; refused outside ``root``, except qa-lint's own
    bundled data (rules/), which any pack may read."""
    path = (pack_dir / relative).resolve()
    if root is not None and not _within(path, root) and not _within(path, _bundled_rules()):
        raise ValueError(f"{relative!r} is outside {root}: a rule pack may only read data files in its own "
                         "repository (or, for a bundled pack, the bundled rules)")
    return path


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _bundled_rules() -> Path:
    from ..packs import bundled_rules_dir

    return bundled_rules_dir()


class _Template(string.Formatter):
    """str.format that leaves unknown {fields} as they are."""

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)


_template = _Template()


def fill(template: str, **values) -> str:
    try:
        return _template.format(template, **values)
    except (ValueError, IndexError):
        return template


def defaults(module) -> dict:
    """The declared default of every option of a rule type (its schema's ``default``s)."""
    return {key: spec["default"] for key, spec in module.PROPERTIES.items() if isinstance(spec, dict) and "default" in spec}


class Check:
    """Base class: one compiled rule."""

    def __init__(self, rule: Rule, env: PackEnv):
        self.rule = rule
        self.env = env

    def option(self, key: str):
        """The rule's value for an option of its type, else the type's declared default."""
        if key in self.rule.options:
            return self.rule.options[key]
        return defaults(registry()[self.rule.type]).get(key)

    def run(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def required_literals(self) -> frozenset[str] | None:
        """Strings (case-folded) one of which a document's case-folded text must hold for
        this check to find anything in it, or None. The engine runs the check only on
        documents that hold one (matching.LiteralIndex: all checks' strings in one pass)."""
        return None

    def required_literal_groups(self) -> tuple[frozenset[str], ...]:
        """More groups of strings (case-folded), each of which a document's case-folded text
        must hold one of for this check to find anything in it: the engine runs the check
        only where every group has a string written (found in the same pass)."""
        return ()

    def for_examples(self) -> "Check":
        """The check the rule's own examples run with: itself, unless its type matches
        against user data and bundles example data instead (known-claim)."""
        return self

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str | None = None,
        suggestions: Iterable[str] = (),
        related: Iterable[tuple[int, int, str | tuple[str, dict]]] = (),
        severity: str | None = None,
        member: Rule | None = None,
        **values,
    ) -> Finding:
        """A finding of this rule, or of ``member`` (one entry of a lexicon rule)."""
        rule = member or self.rule
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        match = doc.text[start:end]
        # The reader's language (doc.ui_lang) if the rule's catalogue has its message; the
        # message quotes the words as read (no markup or entities: "Benggala&nbsp;Barat").
        text = fill(rule.localize(message or rule.message, doc.ui_lang), match=quoted(doc, start, end), **values)
        return Finding(
            path=doc.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            offset=start,
            length=end - start,
            rule=rule.id,
            severity=severity or rule.severity,
            category=rule.category,
            mqm=rule.mqm,
            message=text,
            match=match,
            suggestions=(kept := [s for s in dict.fromkeys(suggestions) if s != match]),
            related=[_related(doc, s, e, m) for s, e, m in related],
            fix=rule.fix if kept and rule.fix != "never" else None,
        )


def quoted(doc: Document, start: int, end: int) -> str:
    """The words of a span as a message quotes them: the reader's plain text (markup
    masked, entities decoded), whitespace runs and line breaks as single spaces."""
    return " ".join(doc.plain[start:end].split())


def _related(doc: Document, start: int, end: int, note: str | tuple[str, dict]) -> Related:
    """A related location; its note (a marked string, or a template and its values) in the
    reader's language, like the finding's message."""
    template, values = note if isinstance(note, tuple) else (note, {})
    text = i18n.gettext_for(doc.ui_lang)(template)
    if values:
        text = text.format(**values)
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return Related(line, column, text, end_line, end_column, start, end - start)


class TypeRegistry(Mapping):
    """Rule type name -> its module, imported when the type is first used (a monolingual
    check never imports the pair types). A type's name is its module's: TYPE "date-weekday"
    is checks/date_weekday.py, "pair-numbers" checks/pair/numbers.py."""

    def __init__(self, modules: dict[str, str]):
        self._modules = modules  # type name -> module name
        self._loaded: dict[str, ModuleType] = {}

    def __getitem__(self, name: str) -> ModuleType:
        if name not in self._loaded:
            module = importlib.import_module(self._modules[name])
            if getattr(module, "TYPE", None) != name:
                raise RuntimeError(f"{module.__name__} must define TYPE = {name!r}")
            self._loaded[name] = module
        return self._loaded[name]

    def __contains__(self, name: object) -> bool:
        return name in self._modules

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


@cache
def registry() -> TypeRegistry:
    """type name -> module, for the modules of this package and of checks/pair/ (pair rule
    types, source against translation)."""
    modules = {}
    for prefix, path in (("", __path__), ("pair-", [str(Path(__file__).with_name("pair"))])):
        package = __name__ + (".pair" if prefix else "")
        for info in pkgutil.iter_modules(path):
            if not info.ispkg:
                modules[prefix + info.name.replace("_", "-")] = f"{package}.{info.name}"
    return TypeRegistry(modules)


# Schema fragments shared by rule types.
IGNORE_CASE = {
    "type": "boolean",
    "default": False,
    "description": "match regardless of letter case (the same default for every rule type; a pattern may also use (?i))",
}

TERM_LIST = {
    "type": "array",
    "items": {
        "oneOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "properties": {"pattern": {"type": "string", "minLength": 1}},
                "required": ["pattern"],
                "additionalProperties": False,
            },
            # The terms of a shared word list, a YAML file in the pack's data (packs.expand_lists).
            {
                "type": "object",
                "properties": {"list": {"type": "string", "minLength": 1}},
                "required": ["list"],
                "additionalProperties": False,
            },
        ]
    },
}

CONTEXT = {
    "type": "object",
    "properties": {
        "window": {"enum": ["sentence", "paragraph", "document"]},
        "neighbours": {"type": "integer", "minimum": 0, "maximum": 5},
        "require_any": TERM_LIST,
        "forbid_any": TERM_LIST,
        # The topic that makes a rendering wrong is often set by the article, while the
        # words of its legitimate sense sit next to it: require_any may look wider than
        # forbid_any, and may ask for several different terms (a topic, not one stray word).
        "require_window": {"enum": ["sentence", "paragraph", "document"]},
        "require_at_least": {"type": "integer", "minimum": 1, "maximum": 10},
        "outside_quotes": {"type": "boolean"},
    },
    "additionalProperties": False,
}

SUGGESTIONS = {"type": "array", "items": {"type": "string"}}
