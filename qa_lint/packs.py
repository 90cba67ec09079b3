"""Rule packs: find, load, validate against a JSON Schema, compile into checks.

Layout of a pack folder (rules/ ships three: common/, en/, id/):

    rules/<lang>/language.yaml    language profile (stopwords, abbreviations, CLDR locale)
    rules/<lang>/*.yaml           packs (a mapping with pack/language/rules)
    rules/<lang>/data/*.yaml      data files that packs refer to (gazetteers, cue lists)
    rules/<lang>/messages.<ui>.yaml  message catalogue: the rules' texts in UI language <ui>

Every error names the pack file, line and column, and is raised as PackError.
"""

from __future__ import annotations

import hashlib
import json
import os
import string
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from . import fixes, parsecache, yamlmarks
from . import language as langdetect
from .checks import TERM_LIST, Check, PackEnv, Rule, registry, resolve_data
from .clitics import Clitics
from .document import FORMER_IDS, Document
from .findings import CATEGORIES, SEVERITIES

if TYPE_CHECKING:
    import jsonschema

ANY_LANGUAGE = "any"
RULE_ID = r"^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$"

EXAMPLE = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "properties": {
                "text": {"type": "string", "minLength": 1},
                "format": {"enum": ["txt", "md", "html"]},
                "meta": {"type": "object"},
                # Pair rules (packs with source_language): the source the text translates.
                "source": {"type": "string", "minLength": 1},
                # Bad examples: what replaces the [[marked]] span(s); the rule's first suggestion.
                "fix": {"type": "string"},
            },
            "required": ["text"],
            "additionalProperties": False,
        },
    ]
}

COMMON_RULE_PROPERTIES: dict[str, dict[str, Any]] = {
    "id": {"type": "string", "pattern": RULE_ID},
    "type": {"type": "string"},
    "severity": {"enum": list(SEVERITIES)},
    "category": {"enum": list(CATEGORIES)},
    "mqm": {"type": "string"},
    "message": {"type": "string", "minLength": 1},
    "description": {"type": "string"},
    "enabled": {"type": "boolean"},
    "fix": {"enum": ["safe", "unsafe", "never"]},
    # Why this rule's severity differs from the rule of the same slug in the other language.
    "severity_reason": {"type": "string", "minLength": 1},
    # Ids this rule was known by (renamed or merged rules): configs and disable comments naming them still apply.
    "former_ids": {"type": "array", "items": {"type": "string", "pattern": RULE_ID}},
    "examples": {
        "type": "object",
        "properties": {
            "bad": {"type": "array", "items": EXAMPLE, "minItems": 1},
            "good": {"type": "array", "items": EXAMPLE, "minItems": 1},
        },
        "required": ["bad", "good"],
        "additionalProperties": False,
    },
}
COMMON_REQUIRED = ["id", "type", "severity", "category", "message", "examples"]

# Hover help for editors' YAML tooling (qa-lint rules schema); the keys' meaning, briefly.
DESCRIPTIONS = {
    "id": "Unique rule id, dotted: language.area.name (e.g. id.mt.west-bengal). Used by --select, --ignore and suppression comments.",
    "type": "The rule type: the Python check that runs this rule (qa-lint rules schema lists them; docs/rule-writing.md).",
    "severity": "error blocks publication, warning needs a look, info is a hint. --fail-on decides the exit code.",
    "category": "What kind of problem this is (mistranslation, unsupported-claim, ...); reports group and filter by it.",
    "mqm": "MQM error type for quality scores; derived from category when left out.",
    "message": "What editors read, one sentence: why this is suspect and what to do. {placeholders} are filled per finding; "
               "only those the rule type names are allowed (an unknown one is an error at load).",
    "description": "Longer explanation shown by 'qa-lint rules explain', the rules reference and SARIF help.",
    "enabled": "false keeps the rule in the file but does not run it.",
    "fix": "Whether --fix may apply the suggestion: safe (always right), unsafe (only with --unsafe-fixes), never.",
    "examples": "Texts the rule must flag (bad) and must leave alone (good); 'qa-lint rules test' runs them.",
    "severity_reason": "Why this rule's severity differs from the same slug's in the other language (a test compares them).",
    "former_ids": "Ids this rule had before a rename: configurations and suppression comments that name them still work.",
}

for _key, _text in DESCRIPTIONS.items():
    COMMON_RULE_PROPERTIES[_key] = {**COMMON_RULE_PROPERTIES[_key], "description": _text}

PACK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "pack": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]*$", "description": "The pack's name (lower case, digits, -)."},
        "language": {"type": "string", "pattern": r"^([a-z]{2,3}(-[A-Za-z0-9]+)?|any)$",
                     "description": "Language of the texts the rules read (id, en, es, ...; any for all). The folder's "
                                    "language.yaml says how to detect it and split its sentences (docs/rule-writing.md)."},
        # A pack of pair rules (source against translation): the language translated from.
        "source_language": {"type": "string", "pattern": r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$",
                            "description": "For pair rules only: the language of the source the text translates."},
        "description": {"type": "string", "description": "What the pack checks, for 'qa-lint rules list' and the rules reference."},
        "fix": {"enum": ["safe", "unsafe", "never"], "description": "The default 'fix' of the pack's rules (see a rule's fix)."},
        "rules": {"type": "array", "items": {"type": "object"}, "description": "The rules."},
    },
    "required": ["pack", "language", "rules"],
    "additionalProperties": False,
}

LANGUAGE_SCHEMA = {
    "type": "object",
    "description": "rules/<folder>/language.yaml: how qa-lint recognises a language and splits its sentences.",
    "properties": {
        "language": {"type": "string", "description": "The language code the folder's packs declare (id, en, es)."},
        "name": {"type": "string", "description": "The language's name in English, for messages."},
        "locale": {"type": "string", "description": "CLDR locale for weekday, month and number names (id, en, es_ES)."},
        "stopwords": {"type": "array", "items": {"type": "string"}, "minItems": 10,
                      "description": "At least 10 frequent function words; detection counts them in the text."},
        "abbreviations": {"type": "array", "items": {"type": "string"},
                          "description": "Abbreviations ending in a full stop that does not end a sentence (dr., prof.)."},
        # Word lists (files beside the profile): detect the language of texts too short for stopwords.
        "words": {"type": "array", "items": {"type": "string", "minLength": 1},
                  "description": "Word list files (one word a line, beside this file) that tell the language of "
                                 "items too short for the stopwords."},
        # qa_lint/clitics.py: rendering rules find their words with one of these written on.
        "clitics": {"type": "array", "items": {"type": "string", "minLength": 1},
                    "description": "Clitics and particles written onto the word before them (Indonesian nya, lah, kah): "
                                   "a rendering rule's match may end on a word that carries one."},
        "clitic_exceptions": {"type": "string", "minLength": 1,
                              "description": "A word list file (beside this file) of words that only end like a clitic "
                                             "and are never split (masalah, sekolah, buku): a root word list."},
    },
    "required": ["language", "name", "locale", "stopwords"],
    "additionalProperties": False,
}


class PackError(Exception):
    """A problem in a pack file, with where it is."""

    def __init__(self, path: str | Path, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = str(path), line, column, message


class PackErrors(PackError):
    """Every problem found in one pack file, so a rule writer fixes them in one go."""

    def __init__(self, errors: list[PackError]):
        first = errors[0]
        super().__init__(first.path, first.line, first.column, first.message)
        self.errors = sorted(errors, key=lambda e: (e.line, e.column))

    def __str__(self) -> str:
        lines = [str(e) for e in self.errors]
        if len(lines) > 1:
            lines.append(f"{len(lines)} problems in {self.errors[0].path}")
        return "\n".join(lines)


@cache
def rule_schema(type_name: str) -> dict:
    module = registry()[type_name]
    # A type whose rule expands into entries with their own examples does not take examples itself.
    common = [k for k in COMMON_REQUIRED if k not in getattr(module, "COMMON_NOT_REQUIRED", ())]
    return {
        "type": "object",
        "properties": {**COMMON_RULE_PROPERTIES, **module.PROPERTIES},
        "required": common + list(module.REQUIRED),
        "additionalProperties": False,
    }


def full_schema() -> dict:
    """One JSON Schema for pack files (for editors' YAML tooling)."""
    rule_variants = [
        {"if": {"properties": {"type": {"const": name}}}, "then": rule_schema(name)} for name in sorted(registry())
    ]
    rule = {"type": "object", "properties": {"type": {"enum": sorted(registry())}}, "required": ["type"], "allOf": rule_variants}
    schema = {**PACK_SCHEMA, "properties": {**PACK_SCHEMA["properties"], "rules": {**PACK_SCHEMA["properties"]["rules"], "items": rule}}}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "qa-lint rule pack", **schema}


_VALIDATORS: dict[int, jsonschema.Draft202012Validator] = {}


def _validator(schema: dict) -> jsonschema.Draft202012Validator:
    """One validator per schema object: building one per rule cost more than validating."""
    found = _VALIDATORS.get(id(schema))
    if found is None or found.schema is not schema:
        # Imported here: a run whose files all passed before (the parse cache) validates nothing.
        import jsonschema

        found = _VALIDATORS[id(schema)] = jsonschema.Draft202012Validator(schema)
    return found


def schema_problems(instance, schema: dict, marked: yamlmarks.Marked, path: str, prefix: tuple = ()) -> list[PackError]:
    """Every way ``instance`` breaks ``schema``, each with its position."""
    validator = _validator(schema)
    if validator.is_valid(instance):
        return []
    problems = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        where = prefix + tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            allowed = set(error.schema.get("properties", {}))
            for unknown in sorted(set(error.instance) - allowed):
                line, col = marked.where(where + (unknown,), key=True)
                problems.append(PackError(path, line, col, f"unknown key {unknown!r} (allowed here: {', '.join(sorted(allowed))})"))
            continue
        line, col = marked.where(where)
        if error.validator == "required":
            problems.append(PackError(path, line, col, error.message.replace("property", "key")))
        else:
            key = ".".join(str(p) for p in error.absolute_path) or "pack"
            problems.append(PackError(path, line, col, f"{key}: {error.message}"))
    return problems


_SCHEMA_DIGESTS: dict[int, tuple[dict, str]] = {}


def schema_digest(schema: dict) -> str:
    """A schema's fingerprint (its JSON, sorted): what the parse cache records a file as passing."""
    found = _SCHEMA_DIGESTS.get(id(schema))
    if found is None or found[0] is not schema:
        text = json.dumps(schema, sort_keys=True, default=repr)
        found = _SCHEMA_DIGESTS[id(schema)] = (schema, hashlib.blake2b(text.encode(), digest_size=16).hexdigest())
    return found[1]


def _validate(instance, schema: dict, marked: yamlmarks.Marked, path: str, prefix: tuple = ()) -> None:
    # A whole file whose very text passed this schema before (the parse cache knows) passes again.
    whole = instance is marked.data and not prefix and marked.cache_key is not None
    if whole and marked.known_valid(schema_digest(schema)):
        return
    problems = schema_problems(instance, schema, marked, path, prefix)
    if problems:
        raise problems[0] if len(problems) == 1 else PackErrors(problems)
    if whole:
        marked.record_valid(schema_digest(schema))


_GROUP_NAME = regex.compile(r"\(\?P?<([A-Za-z_]\w*)>")


def _declared_for(declared: Any, key: str) -> set[str]:
    """Placeholders a type declares for one message key: a dict gives them per key (falling
    back to those of "message"), a list or set gives them for every key."""
    if isinstance(declared, dict):
        names = declared[key] if key in declared else declared.get("message", ())
        return set(names or ())
    return set(declared or ())


def placeholder_problems(rule: dict, module, marked, path, prefix) -> list[PackError]:
    """A message may name only what its rule type fills in (the type's PLACEHOLDERS, and
    the pattern's named groups where the type passes them): an unknown {name} would reach
    editors as written. Types that do not declare theirs are not checked."""
    declared = getattr(module, "PLACEHOLDERS", None)
    if declared is None:
        return []
    groups: set[str] = set()
    if getattr(module, "GROUP_PLACEHOLDERS", False):
        def collect(value):
            if isinstance(value, str):
                groups.update(_GROUP_NAME.findall(value))
            elif isinstance(value, dict):
                for key, item in value.items():
                    if key != "examples":
                        collect(item)
            elif isinstance(value, list):
                for item in value:
                    collect(item)
        collect(rule)
    problems = []
    for key, template in rule.items():
        if not isinstance(template, str) or not (key == "message" or key.endswith("_message")):
            continue
        allowed = _declared_for(declared, key) | groups
        line, col = marked.where(prefix + (key,))
        try:
            fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        except ValueError as exc:
            problems.append(PackError(path, line, col, f"{key}: {exc} (write {{{{ and }}}} for a literal brace)"))
            continue
        for name in dict.fromkeys(fields):
            base = regex.split(r"[.\[]", name, maxsplit=1)[0]
            if base not in allowed:
                problems.append(PackError(path, line, col, (
                    f"{key}: unknown placeholder {{{name}}}; a {rule.get('type')} rule fills "
                    + ", ".join(f"{{{p}}}" for p in sorted(allowed)))))
    return problems


validate = _validate


def _check_regexes(rule: dict, module, marked, path, prefix) -> None:
    """Compile every regular expression of a rule once, so a broken one is reported with
    its position when the pack loads: the type's REGEX_KEYS, and any ``{pattern: ...}``
    anywhere in the rule (term lists, context conditions, claim layouts)."""

    def compile_at(pattern: str, where: tuple):
        try:
            regex.compile(pattern)
        except regex.error as exc:
            line, col = marked.where(where)
            raise PackError(path, line, col, f"invalid regular expression {pattern!r}: {exc}") from None

    for key in getattr(module, "REGEX_KEYS", ()):
        value = rule.get(key)
        if isinstance(value, str):
            compile_at(value, prefix + (key,))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    compile_at(item, prefix + (key, i))

    def walk(value, where: tuple):
        if isinstance(value, dict):
            if isinstance(value.get("pattern"), str) and where[-1:] != ("pattern",) and len(where) > len(prefix) + 1:
                compile_at(value["pattern"], where + ("pattern",))
            for key, item in value.items():
                if key != "examples":
                    walk(item, where + (key,))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, where + (i,))

    walk(rule, prefix)


def data_root(pack_path: Path) -> Path:
    """The folder a pack's data files must be in: the bundled rules for a bundled pack,
    else the repository holding the pack (else the pack's own folder)."""
    if is_bundled(pack_path):
        return bundled_rules_dir()
    from .config import repository_root

    folder = Path(pack_path).resolve().parent
    return repository_root(folder) or folder


def is_bundled(path: Path) -> bool:
    """A pack or data file shipped with qa-lint: checked by its test suite (every regex
    compiled, every example run), so a run trusts it and compiles its patterns only when
    they are needed; packs of your own are checked each time they load."""
    try:
        Path(path).resolve().relative_to(bundled_rules_dir())
    except ValueError:
        return False
    return True


def _check_pairing(rule: dict, module, pack, marked, path, prefix) -> None:
    """Pair rule types need a pack with a source_language, and examples with a source;
    the other types cannot run in such a pack."""
    pair_type = getattr(module, "PAIR", False)
    if pair_type and not pack.source_language:
        line, col = marked.where(prefix + ("type",))
        raise PackError(path, line, col, f"rule type {rule['type']!r} compares a source with its translation: put it in a pack with source_language")
    if not pair_type and pack.source_language:
        line, col = marked.where(prefix + ("type",))
        raise PackError(path, line, col, f"rule type {rule['type']!r} reads one text; a pack with source_language holds pair rule types only")
    if pair_type:
        for kind in ("bad", "good"):
            for i, example in enumerate(rule["examples"].get(kind, [])):
                if not isinstance(example, dict) or "source" not in example:
                    line, col = marked.where(prefix + ("examples", kind, i))
                    raise PackError(path, line, col, "an example of a pair rule needs a source and a text: {source: '...', text: '...'}")


@dataclass
class Pack:
    name: str
    language: str
    description: str
    path: Path
    rules: list[Rule] = field(default_factory=list)
    source_language: str | None = None


@dataclass
class LanguageProfile:
    code: str
    name: str
    locale: str
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    word_files: tuple[Path, ...] = ()
    clitics: Clitics | None = None

    @cached_property
    def words(self) -> frozenset[str]:
        """The language's known words (read when a short text needs them): one per line, # comments."""
        lists = []
        for path in self.word_files:
            try:
                lists.append(_known_words(path.read_bytes()))
            except OSError:
                continue
        return lists[0] if len(lists) == 1 else frozenset().union(*lists)


def _known_words(data: bytes) -> frozenset[str]:
    """One word list's folded words; from the parse cache when the file is unchanged: splitting
    and folding its tens of thousands of lines cost a start-up more than reading them back."""
    key = parsecache.key(data, "packs.py") if parsecache.enabled() else None
    found = parsecache.load(key) if key else None
    if isinstance(found, frozenset):
        return found
    lines = data.decode("utf-8").splitlines()
    words = frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))
    if key:
        parsecache.store(key, words)
    return words


def read_yaml(path: Path) -> yamlmarks.Marked:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(path, 1, 1, f"cannot read: {exc}") from None
    try:
        return yamlmarks.load(text, cache=True)
    except yamlmarks.YamlError as exc:
        raise PackError(path, exc.line, exc.column, exc.message) from None


# A word list file: a mapping with terms (and a description), or just the list.
WORD_LIST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"description": {"type": "string"}, "terms": {"type": "array", "items": TERM_LIST["items"]}},
    "required": ["terms"],
    "additionalProperties": False,
}


def expand_lists(raw: dict, marked: yamlmarks.Marked, path: Path, prefix: tuple) -> dict:
    """A rule with the ``{list: data/FILE.yaml}`` items of its term lists replaced by the
    terms of that file (found as every data file is: relative to the pack, confined to its
    data root), so one word list serves many rules and every rule type reads it alike."""

    def walk(value, where: tuple):
        if isinstance(value, dict):
            return {k: v if k == "examples" else walk(v, where + (k,)) for k, v in value.items()}
        if not isinstance(value, list):
            return value
        out: list = []
        for i, item in enumerate(value):
            if isinstance(item, dict) and set(item) == {"list"} and isinstance(item["list"], str):
                out.extend(_word_list(path, item["list"], marked.where(where + (i, "list"))))
            else:
                out.append(walk(item, where + (i,)))
        return out

    return walk(raw, prefix)


_WORD_LISTS: dict[tuple[Path, int], list] = {}  # (file, modification time): a list edited under a running server is re-read


def _word_list(pack_path: Path, relative: str, at: tuple[int, int]) -> list:
    try:
        file = resolve_data(Path(pack_path).parent, relative, data_root(Path(pack_path)))
    except ValueError as exc:
        raise PackError(pack_path, *at, str(exc)) from None
    if not file.is_file():
        raise PackError(pack_path, *at, f"no such word list: {relative} ({file})")
    key = (file, file.stat().st_mtime_ns)
    if key not in _WORD_LISTS:
        marked = read_yaml(file)
        if isinstance(marked.data, list):
            _validate(marked.data, WORD_LIST_SCHEMA["properties"]["terms"], marked, str(file))
            _WORD_LISTS[key] = list(marked.data)
        else:
            _validate(marked.data, WORD_LIST_SCHEMA, marked, str(file))
            _WORD_LISTS[key] = list(marked.data["terms"])
    return _WORD_LISTS[key]


def load_pack(path: Path, strict: bool = False) -> Pack:
    """Read and validate one pack file; ``strict`` also compiles a bundled pack's regexes."""
    marked = read_yaml(path)
    data = marked.data
    if not isinstance(data, dict):
        raise PackError(path, 1, 1, "a rule pack must be a mapping with pack, language and rules")
    _validate(data, PACK_SCHEMA, marked, str(path))
    pack = Pack(data["pack"], data["language"], data.get("description", ""), path, source_language=data.get("source_language"))
    types = registry()
    bundled = is_bundled(path) and not strict
    # Every problem of the pack is gathered and reported at once; rules with one are not built.
    problems: list[PackError] = []
    # Most packs name no word list: their rules need no walk (every key's position is recorded).
    names_lists = any(key[-1] == "list" for key in marked.keys)
    for i, raw in enumerate(data["rules"]):
        prefix = ("rules", i)
        if names_lists:
            raw = expand_lists(raw, marked, path, prefix)
        rule_type: str = raw.get("type", "")  # checked next: one of the registered types
        if rule_type not in types:
            line, col = marked.where(prefix + ("type",))
            problems.append(PackError(path, line, col, f"unknown rule type {rule_type!r} (known: {', '.join(sorted(types))})"))
            continue
        found: list[PackError] = []
        if not bundled:
            # A bundled pack passed these when the test suite ran `qa-lint rules validate`.
            found += schema_problems(raw, rule_schema(rule_type), marked, str(path), prefix)
            found += placeholder_problems(raw, types[rule_type], marked, str(path), prefix)
            try:
                _check_regexes(raw, types[rule_type], marked, str(path), prefix)
            except PackError as exc:
                found.append(exc)
        try:
            _check_pairing(raw, types[rule_type], pack, marked, str(path), prefix)
        except PackError as exc:
            found.append(exc)
        if found:
            problems += found
            continue
        if raw.get("enabled", True) is False:
            continue
        common = set(COMMON_RULE_PROPERTIES)
        rule = Rule(
                id=raw["id"],
                type=rule_type,
                severity=raw["severity"],
                category=raw["category"],
                message=raw["message"],
                description=raw.get("description", ""),
                mqm=raw.get("mqm", ""),
                examples=raw.get("examples", {}),
                options={k: v for k, v in raw.items() if k not in common},
                pack=pack.name,
                pack_path=str(path),
                language=pack.language,
                line=marked.where(prefix)[0],
                source_language=pack.source_language,
                fix=raw.get("fix") or fixes.default_fix(rule_type, data.get("fix")),
            )
        for former in raw.get("former_ids", []):
            FORMER_IDS[former] = rule.id
        expand = getattr(types[rule_type], "expand", None)
        # A rule type may serve many entries of a data file: one Rule per entry, one check for all.
        try:
            pack.rules.extend(expand(rule, marked, prefix, strict=strict) if expand else [rule])
        except PackError as exc:
            problems.append(exc)
    if problems:
        raise problems[0] if len(problems) == 1 else PackErrors(problems)
    return pack


def load_language(path: Path) -> LanguageProfile:
    marked = read_yaml(path)
    _validate(marked.data, LANGUAGE_SCHEMA, marked, str(path))
    d = marked.data
    return LanguageProfile(
        code=d["language"],
        name=d["name"],
        locale=d["locale"],
        stopwords=frozenset(w.casefold() for w in d["stopwords"]),
        abbreviations=frozenset(a.casefold() for a in d.get("abbreviations", [])),
        word_files=tuple(resolve_data(path.parent, w, data_root(path)) for w in d.get("words", [])),
        clitics=_clitics(path, d),
    )


def _clitics(path: Path, d: dict) -> Clitics | None:
    """The profile's clitics; their exception list is read when a document first needs it."""
    if not d.get("clitics"):
        return None
    listed = d.get("clitic_exceptions")
    if not listed:
        return Clitics(d["clitics"])
    file = resolve_data(path.parent, listed, data_root(path))
    if not file.is_file():
        raise PackError(path, 1, 1, f"clitic_exceptions: no such word list: {file}")
    return Clitics(d["clitics"], lambda: _known_words(file.read_bytes()))


def bundled_rules_dir() -> Path:
    """rules/ inside an installed wheel, or at the top of a source checkout."""
    package = Path(__file__).resolve().parent
    inside = package / "rules"
    return inside if inside.is_dir() else package.parent / "rules"


def pack_files(location: Path) -> list[Path]:
    if location.is_file():
        return [location]
    if not location.is_dir():
        raise PackError(location, 1, 1, "no such rule pack file or folder")
    return sorted(
        p for p in location.rglob("*.y*ml")
        if p.suffix in (".yaml", ".yml") and p.name not in ("language.yaml", "language.yml")
        and not CATALOGUE_NAME.match(p.name) and "data" not in p.relative_to(location).parts
    )


# A message catalogue (docs/messages.md):
#
#     # rules/id/messages.id.yaml: Indonesian texts of rules, keyed by rule id
#     id.mt.west-bengal:
#       message: '"{match}" adalah Benggala Barat, India; di sini mungkin maksudnya "{meant}" (Barat)'
#       description: ...
#       stray_message: ...          # any other message option of the rule, by its key
#
# Pack texts are English; a catalogue gives them in another UI language. A translation may
# use only the placeholders of the text it translates (checked when it loads).
CATALOGUE_NAME = regex.compile(r"^messages\.([a-z]{2,3})\.ya?ml$")
CATALOGUE_SCHEMA = {
    "type": "object",
    "propertyNames": {"pattern": RULE_ID},
    "additionalProperties": {
        "type": "object",
        # message, description, an option ending in _message, or a path to a nested one
        # ("transposed.message", "terms.0.message": the first term's message; "claims.0.kind";
        # "subjects.0.name": a quantity's name, read inside the message as {subject}).
        "propertyNames": {"pattern": r"^(message|description|([a-z0-9_]+\.)*([a-z_]+_)?message|([a-z0-9_]+\.)+kind|subjects\.[0-9]+\.name)$"},
        "additionalProperties": {"type": "string", "minLength": 1},
    },
}


def catalogue_files(location: Path) -> list[tuple[str, Path]]:
    """(UI language, path) of the message catalogues in a rules folder."""
    if not location.is_dir():
        return []
    found = []
    for path in sorted(location.rglob("messages.*.y*ml")):
        m = CATALOGUE_NAME.match(path.name)
        if m and "data" not in path.relative_to(location).parts:
            found.append((m.group(1), path))
    return found


def pack_text(rule: Rule, key: str) -> str | None:
    """The text of a rule that a catalogue key names: message, description, an option
    ending in _message, or a nested option's message ("transposed.message", "terms.0.message"),
    kind ("claims.0.kind") or a quantity's name ("subjects.0.name")."""
    if key == "message":
        return rule.message
    if key == "description":
        return rule.description
    value: object = rule.options
    for part in key.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value if isinstance(value, str) else None


def translatable(rule: Rule) -> dict[str, str]:
    """Catalogue key -> pack text, for every text of the rule a reader sees."""
    found = {"message": rule.message}
    if rule.description:
        found["description"] = rule.description

    def walk(value, path: tuple):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("examples", "context", "entry", "values", "template"):
                    continue
                # A claim's kind ("casualty figure") is read inside its rule's message as {kind},
                # a quantity's name ("the death toll") as {subject}.
                named = key == "name" and len(path) == 2 and path[0] == "subjects"
                if isinstance(item, str) and (key in ("message", "kind") or key.endswith("_message") or named) and path + (key,) != ("message",):
                    found[".".join(path + (key,))] = item
                else:
                    walk(item, path + (key,))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, path + (str(i),))

    walk(rule.options, ())
    return found


def placeholders(text: str) -> set[str]:
    """The {fields} of a message template."""
    import string

    try:
        return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return set()


_CATALOGUES: dict[tuple[Path, int], yamlmarks.Marked] = {}  # (file, modification time): read once per run


def _read_catalogue(path: Path) -> yamlmarks.Marked:
    """A catalogue read and validated once (packs of each language attach their texts in turn)."""
    try:
        key = (Path(path), Path(path).stat().st_mtime_ns)
    except OSError:
        key = (Path(path), 0)
    if key not in _CATALOGUES:
        marked = read_yaml(path)
        _validate(marked.data if marked.data is not None else {}, CATALOGUE_SCHEMA, marked, str(path))
        _CATALOGUES[key] = marked
    return _CATALOGUES[key]


def load_catalogue(language: str, path: Path, rules: dict[str, Rule]) -> list[str]:
    """Attach one catalogue's translations to the rules it names; returns the ids it names
    that are not loaded (a pack left out by `packs:`, or a typo: `qa-lint rules messages`)."""
    marked = _read_catalogue(path)
    data = marked.data if marked.data is not None else {}
    unknown = []
    for rule_id, texts in data.items():
        rule = rules.get(rule_id)
        if rule is None:
            unknown.append(rule_id)
            continue
        table = rule.translations.setdefault(language, {})
        for key, translated in texts.items():
            original = pack_text(rule, key)
            if original is None:
                line, col = marked.where((rule_id, key), key=True)
                raise PackError(path, line, col, f"rule {rule_id} has no text {key!r} to translate")
            extra = placeholders(translated) - placeholders(original)
            if extra:
                line, col = marked.where((rule_id, key))
                raise PackError(path, line, col, f"{rule_id} {key}: placeholder {', '.join('{' + e + '}' for e in sorted(extra))} "
                                f"is not in the pack's text (it has: {', '.join('{' + p + '}' for p in sorted(placeholders(original))) or 'none'})")
            table[original] = translated
    return unknown


# The settings key under which the linter hands rules the known-claims index (checks/known_claim.py).
CLAIMS_INDEX = "claims_index"


class PackSet:
    """All loaded packs and language profiles; compiles checks per language on demand."""

    def __init__(self, packs: list[Pack], languages: dict[str, LanguageProfile], settings: dict | None = None,
                 pending: list[PendingPack] | None = None, catalogues: list[tuple[str, Path]] | None = None,
                 order: dict[str, int] | None = None):
        self._packs = list(packs)
        # Bundled packs not read yet: read with the first document in their language (or
        # when every rule is asked for), so a run reads only the languages it checks.
        self._pending = list(pending or [])
        self._catalogues = list(catalogues or [])
        # Packs keep the order they were found in: the checks of a language run in it.
        self._order = order or {str(p.path): i for i, p in enumerate(packs)}
        self.languages = languages
        self.settings = settings or {}
        # One PackSet serves many Linters and threads (see load): packs are read and compiled once.
        self._lock = threading.RLock()
        # Settings that are the user's data for bundled rules (a roster) compile those rules now;
        # the claim index is only a path, opened when an article needs it.
        user_data = {k: v for k, v in self.settings.items() if k != CLAIMS_INDEX}
        self._checks: dict[str, list[Check]] = {}
        self._check_index: dict[str, Check] | None = None
        # Pair rules by (source language, target language).
        self._pair_checks: dict[tuple[str, str], list[Check]] = {}
        self._seen: dict[str, Rule] = {}
        self._register(self._packs)
        heads = [(p.language, p.source_language) for p in self._packs] + [(p.language, p.source_language) for p in self._pending]
        self._single_languages = sorted({lang for lang, source in heads if not source})
        self._pair_languages = sorted({(source, lang) for lang, source in heads if source})
        # Packs of your own compile now, so a broken rule fails at start, not mid-run; the
        # bundled ones (compiled by the test suite) when a document in their language comes.
        # Settings (a roster, a glossary) are the user's data read by bundled rules: also now.
        for lang in self._single_languages:
            if user_data or any(not is_bundled(p.path) for p in packs if p.language == lang and not p.source_language):
                self._compile(lang)
        for langs in self._pair_languages:
            if user_data or any(not is_bundled(p.path) for p in packs if (p.source_language, p.language) == langs):
                self._compile_pairs(langs)

    def _register(self, packs: list[Pack]) -> None:
        """Rule ids are unique across every pack."""
        for rule in (r for p in packs for r in p.rules):
            if rule.id in self._seen:
                raise PackError(rule.pack_path, rule.line, 1, f"rule id {rule.id!r} is already defined in {self._seen[rule.id].pack_path}")
            self._seen[rule.id] = rule

    def _read_pending(self, wanted) -> None:
        """Read the pending packs that ``wanted(pending)`` picks, with their message catalogues."""
        with self._lock:
            self._read_pending_locked(wanted)

    def _read_pending_locked(self, wanted) -> None:
        chosen = [p for p in self._pending if wanted(p)]
        if not chosen:
            return
        self._pending = [p for p in self._pending if not wanted(p)]
        new = [load_pack(p.path) for p in chosen]
        self._register(new)
        by_id = _rules_by_id(new)
        for language, path in self._catalogues:
            load_catalogue(language, path, by_id)
        self._packs = sorted(self._packs + new, key=lambda p: self._order.get(str(p.path), len(self._order)))
        self.__dict__.pop("rules", None)

    @property
    def packs(self) -> list[Pack]:
        """Every pack (pending ones are read now)."""
        self._read_pending(lambda p: True)
        return self._packs

    @cached_property
    def rules(self) -> list[Rule]:
        return [r for p in self.packs for r in p.rules]

    def loaded_rules(self) -> list[Rule]:
        """The rules of the packs read so far (all that any finding can come from)."""
        return [r for p in self._packs for r in p.rules]

    def ui_languages(self) -> list[str]:
        """Languages the rules' texts can be read in: English (the packs') and every catalogue's."""
        found = {"en"}
        for rule in self.rules:
            found.update(rule.translations)
            if rule.family is not None:
                found.update(rule.family.translations)
        return sorted(found)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def _compile(self, language: str) -> list[Check]:
        found = self._checks.get(language)
        if found is None:
            with self._lock:
                if language not in self._checks:
                    self._read_pending(lambda p: p.language == language and not p.source_language)
                    self._checks[language] = self._compile_packs(
                        [p for p in self._packs if p.language == language and not p.source_language], language)
                found = self._checks[language]
        return found

    def _compile_pairs(self, langs: tuple[str, str]) -> list[Check]:
        found = self._pair_checks.get(langs)
        if found is None:
            with self._lock:
                if langs not in self._pair_checks:
                    self._read_pending(lambda p: (p.source_language, p.language) == langs)
                    self._pair_checks[langs] = self._compile_packs(
                        [p for p in self._packs if (p.source_language, p.language) == langs], langs[1])
                found = self._pair_checks[langs]
        return found

    def compile_all(self) -> None:
        for lang in self._single_languages:
            self._compile(lang)
        for langs in self._pair_languages:
            self._compile_pairs(langs)

    def _compile_packs(self, packs: list[Pack], language: str) -> list[Check]:
        checks = []
        types = registry()
        profile = self.languages.get(language)
        for pack in packs:
            env = PackEnv(language, pack.path.parent, self.settings, profile.locale if profile else language,
                          profile.stopwords if profile else frozenset(), data_root=data_root(pack.path),
                          clitics=profile.clitics if profile else None)
            families = set()
            for rule in pack.rules:
                if rule.family is not None:
                    # Entries expanded from one rule share that rule's single check.
                    if rule.family.id in families:
                        continue
                    families.add(rule.family.id)
                    rule = rule.family
                try:
                    checks.append(types[rule.type].CHECK(rule, env))
                except PackError:
                    raise
                except (regex.error, ValueError, KeyError, TypeError, OSError) as exc:
                    # Also TypeError: a setting of the wrong type reaches the rule type here.
                    raise PackError(rule.pack_path, rule.line, 1, f"rule {rule.id}: {exc}") from None
        return checks

    def settle_language(self, doc: Document, declared: str | None) -> Document:
        """Give a document its language (as declared, else detected among these
        profiles) and that language's segmentation data."""
        doc.language = langdetect.normalize(declared) or langdetect.detect(doc.plain, self.languages)
        profile = self.languages.get(doc.language or "")
        if profile:
            doc.abbreviations = profile.abbreviations
        return doc

    def check(self, rule_id: str) -> Check:
        """The check of a rule (or of a family member's rule) by id."""
        if self._check_index is None:
            # Built once: `rules test` asks for every rule, and scanning all checks and
            # their members each time made that quadratic in the number of rules.
            self.compile_all()
            index: dict[str, Check] = {}
            for checks in [*self._checks.values(), *self._pair_checks.values()]:
                for check in checks:
                    for rid in (check.rule.id, *(m.id for m in check.rule.members)):
                        index.setdefault(rid, check)
            self._check_index = index
        return self._check_index[rule_id]

    def pair_checks_for(self, source_language: str | None, language: str | None) -> list[Check]:
        """Pair rules for translations from ``source_language`` into ``language``."""
        if not source_language or not language:
            return []
        langs = (source_language.split("-")[0], language.split("-")[0])
        return list(self._compile_pairs(langs)) if langs in self._pair_languages else []

    def pair_languages(self) -> list[tuple[str, str]]:
        return list(self._pair_languages)

    def language_codes(self) -> list[str]:
        """Languages that have packs of their own (not only language-independent ones)."""
        return sorted({lang.split("-")[0] for lang in self._single_languages + [t for _, t in self._pair_languages]} - {ANY_LANGUAGE})

    def covers(self, language: str | None) -> bool:
        return language is not None and language.split("-")[0] in self.language_codes()

    def checks_for(self, language: str | None) -> list[Check]:
        """Checks of packs for this language plus language-independent ones."""
        base = language.split("-")[0] if language else None
        selected = list(self._compile(ANY_LANGUAGE)) if ANY_LANGUAGE in self._single_languages else []
        if base and base != ANY_LANGUAGE and base in self._single_languages:
            selected += self._compile(base)
        return selected


@dataclass
class PendingPack:
    """A bundled pack known by its head (name, languages) and read when its language is needed."""

    path: Path
    name: str
    language: str
    source_language: str | None
    order: int


_HEAD_KEY = regex.compile(r"^(pack|language|source_language):[ \t]*['\"]?([A-Za-z0-9_-]+)['\"]?[ \t]*(?:#.*)?$", regex.M)


def pack_head(path: Path, order: int) -> PendingPack | None:
    """A bundled pack's name and languages from its top-level keys, or None (then it is read at once)."""
    try:
        found = dict(m.groups() for m in _HEAD_KEY.finditer(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return None
    if "pack" not in found or "language" not in found:
        return None
    return PendingPack(path, found["pack"], found["language"], found.get("source_language"), order)


def _rules_by_id(packs: list[Pack]) -> dict[str, Rule]:
    by_id: dict[str, Rule] = {}
    for pack in packs:
        for rule in pack.rules:
            by_id[rule.id] = rule
            if rule.family is not None:
                by_id.setdefault(rule.family.id, rule.family)
    return by_id


# PackSets already loaded in this process, by what they were loaded from (see _loaded_key).
_LOADED: OrderedDict[tuple, PackSet] = OrderedDict()
_LOADED_LOCK = threading.Lock()
LOADED_MAX = 4
# A location past these is not remembered (hashing it would cost more than loading it again).
_SIGNED_FILES_MAX = 2000
_SIGNED_BYTES_MAX = 32 * 1024 * 1024


def _location_signature(root: Path, bundled: bool) -> tuple | None:
    """What a location's packs and data are, as far as loading them is concerned: the bundled
    rules by each file's size and modification time (they change only when qa-lint is edited),
    a location of your own by the hash of every file's bytes (a file rewritten within the same
    clock tick still counts as changed). None: too big to sign, not remembered."""
    if not root.exists():
        return ("missing", str(root))
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    if len(files) > _SIGNED_FILES_MAX:
        return None
    if bundled:
        stats = [(str(p), *_stat(p)) for p in files]
        return ("bundled", str(root), tuple(stats))
    digest = hashlib.blake2b(digest_size=20)
    total = 0
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\0unreadable"
        total += len(data)
        if total > _SIGNED_BYTES_MAX:
            return None
        digest.update(str(path).encode("utf-8", "surrogatepass") + b"\0" + len(data).to_bytes(8, "big") + data)
    return ("own", str(root), digest.hexdigest())


def _stat(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (-1, -1)
    return (info.st_size, info.st_mtime_ns)


def _loaded_key(roots: list[Path], include_bundled: bool, only_packs, settings: dict | None) -> tuple | None:
    """The key a loaded PackSet is remembered by, or None when it is not to be remembered.

    Every Linter (a test, an in-process CLI run, each file of a server's reload) used to read and
    compile the same packs again: about 0.4 s each. A PackSet is read-only once compiled, so one
    loaded from the same files is shared. It lives with the parse cache: off when that is off,
    and a run with a parse cache of its own gets its own PackSets. Settings other than the claim
    index name files of yours (a roster, a glossary) that the rules read: not remembered."""
    if not parsecache.enabled() or any(k != CLAIMS_INDEX for k in (settings or {})):
        return None
    bundled = bundled_rules_dir()
    signatures = []
    for root in roots:
        signature = _location_signature(Path(root), Path(root) == bundled)
        if signature is None:
            return None
        signatures.append(signature)
    return (os.path.realpath(parsecache.folder()), include_bundled, tuple(only_packs) if only_packs is not None else None,
            (settings or {}).get(CLAIMS_INDEX), tuple(signatures))


def forget_loaded() -> None:
    """Drop the PackSets remembered by load (a test that counts what loading does)."""
    with _LOADED_LOCK:
        _LOADED.clear()


def load(locations: list[Path] | None = None, include_bundled: bool = True, only_packs: list[str] | None = None,
         settings: dict | None = None, strict: bool = False) -> PackSet:
    """Packs of the bundled rules and of ``locations``. Packs of your own are read and checked
    now; bundled ones (checked by the test suite) only when a document in their language
    comes, unless ``strict`` (never remembered: it checks everything afresh)."""
    roots = ([bundled_rules_dir()] if include_bundled else []) + list(locations or [])
    key = None if strict else _loaded_key(roots, include_bundled, only_packs, settings)
    if key is not None:
        with _LOADED_LOCK:
            found = _LOADED.get(key)
            if found is not None:
                _LOADED.move_to_end(key)
                return found
    loaded = _load(roots, include_bundled, only_packs, settings, strict)
    if key is not None:
        with _LOADED_LOCK:
            _LOADED[key] = loaded
            while len(_LOADED) > LOADED_MAX:
                _LOADED.popitem(last=False)
    return loaded


def _load(roots: list[Path], include_bundled: bool, only_packs: list[str] | None, settings: dict | None,
          strict: bool) -> PackSet:
    packs: list[Pack] = []
    pending: list[PendingPack] = []
    languages: dict[str, LanguageProfile] = {}
    bundled = bundled_rules_dir()
    bundled_names: set[str] = set()
    order = 0
    found_order: dict[str, int] = {}  # eager and pending packs keep the order they were found in
    for root in roots:
        root = Path(root)
        if root.is_dir():
            for profile_path in sorted(root.rglob("language.yaml")):
                profile = load_language(profile_path)
                languages[profile.code] = profile
        for path in pack_files(root):
            order += 1
            found_order[str(path)] = order
            head = pack_head(path, order) if root == bundled and not strict else None
            pack = head or load_pack(path, strict)
            if root == bundled:
                bundled_names.add(pack.name)
            # `packs:` in the config picks among the bundled packs; extra packs always load.
            if only_packs is not None and root == bundled and pack.name not in only_packs:
                continue
            if isinstance(pack, PendingPack):
                pending.append(pack)
            else:
                packs.append(pack)
    by_id = _rules_by_id(packs)
    catalogues = [(language, path) for root in roots for language, path in catalogue_files(Path(root))]
    # The bundled catalogues name bundled rules: read with the bundled packs (pending ones attach
    # theirs when they are read); those of your own rules now, so a broken one fails at start.
    eager_bundled = any(is_bundled(p.path) for p in packs)
    for language, path in catalogues if by_id else ():
        if eager_bundled or not is_bundled(path):
            load_catalogue(language, path, by_id)
    # A misspelt pack name would otherwise switch every bundled rule off in silence.
    unknown = sorted(set(only_packs or ()) - bundled_names) if include_bundled else []
    if unknown:
        raise UnknownPack(f"unknown rule pack {', '.join(map(repr, unknown))} in `packs:` (bundled packs: {', '.join(sorted(bundled_names))})")
    return PackSet(packs, languages, settings, pending, catalogues, found_order)


class UnknownPack(ValueError):
    """`packs:` names a pack that does not exist (a configuration error)."""


__all__ = ["PackError", "PackSet", "Pack", "LanguageProfile", "load", "load_pack", "full_schema", "TERM_LIST"]
