"""Load YAML and remember where every value and key came from.

Rule packs are written by editors; an error must name the file, line and
column of the offending key or value, not a Python path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import parsecache

# PyYAML is imported by the functions that parse: a run whose packs and data files all come
# from the parse cache (parsecache.py) never parses, and the import costs ~10 ms.


@dataclass
class Marked:
    data: Any  # plain YAML data: a mapping, list or scalar, as the file holds
    # path tuple -> (line, column), 1-based; for values and, under ("<key>",) suffix, keys
    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    # The parse cache entry this came from or went to (None: not cached), and the schemas
    # (by digest) its data is known to pass: a file unchanged since is not validated again.
    cache_key: str | None = field(default=None, repr=False, compare=False)
    passed: set[str] = field(default_factory=set, repr=False, compare=False)
    payload: bytes | None = field(default=None, repr=False, compare=False)  # the parse as stored

    def known_valid(self, schema_digest: str) -> bool:
        return schema_digest in self.passed

    def record_valid(self, schema_digest: str) -> None:
        """Remember that the data passed a schema (in the parse cache, for the next run)."""
        if schema_digest in self.passed:
            return
        self.passed.add(schema_digest)
        if self.cache_key is not None and self.payload is not None:
            parsecache.put(self.cache_key, self.payload, self.passed)

    def where(self, path: tuple, key: bool = False) -> tuple[int, int]:
        """The most specific known position for a path (falls back to parents)."""
        table = self.keys if key else self.values
        path = tuple(path)
        while path:
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


class YamlError(Exception):
    def __init__(self, line: int, column: int, message: str):
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def _pos(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _compose(text: str):
    import yaml

    # libyaml composes about ten times faster (packs and gazetteers load on every
    # run); the pure-Python loader words errors more precisely, so it re-reads a
    # text libyaml rejects and reports its own message (at the same position).
    fast_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.compose(text, Loader=fast_loader)
    except yaml.YAMLError:
        if fast_loader is yaml.SafeLoader:
            raise
        return yaml.compose(text, Loader=yaml.SafeLoader)


# Limits that keep a hostile file from exhausting memory or the stack: aliases may not
# multiply a file (a 1 KB "billion laughs" pack expands to gigabytes), nesting is shallow
# in every real pack, config or front matter.
MAX_DEPTH = 64
ALIAS_ALLOWANCE = 10_000  # values beyond one per character of the file that aliases may add

# Tags whose values are built; anything else (!!python/name, !!binary, !!set, custom
# tags) is refused with its position. Timestamps stay text: "2024-02-30" is a
# message or a date to check, not a crash.
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQUENCE, _MAPPING = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def load(text: str, cache: bool = False) -> Marked:
    """Parse YAML safely: plain data only, aliases and nesting bounded, every error a YamlError with a position.

    ``cache``: reuse (or store) the parse of this very text in the parse cache (for the
    packs and data files every run reads; not for one-off texts such as front matter)."""
    if not (cache and parsecache.enabled()):
        return _parse(text)
    key = parsecache.key(text)
    hit = parsecache.get(key)
    if hit is not None:
        data, values, keys, payload, passed = hit
        return Marked(data, values, keys, cache_key=key, passed=passed, payload=payload)
    marked = _parse(text)  # a text that does not parse raises here and is not stored
    marked.payload = parsecache.pack(marked.data, marked.values, marked.keys)
    if marked.payload is not None:
        marked.cache_key = key
        parsecache.put(key, marked.payload, marked.passed)
    return marked


def _parse(text: str) -> Marked:
    root = _compose_or_raise(text)
    marked = Marked(None)
    if root is None:
        return marked
    marked.data = _Builder(marked, budget=len(text) + ALIAS_ALLOWANCE).build(root, (), 0)
    return marked


def _compose_or_raise(text: str):
    """The node tree of ``text``; any parse error as a YamlError with its position."""
    import yaml

    try:
        return _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(line, col, f"invalid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:  # reader errors: control characters, bad encoding
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + 1 if position is not None else 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1 if position is not None else 1
        detail = str(exc).split("\n")[0]
        raise YamlError(line, column, f"invalid YAML: {detail}") from None
    except RecursionError:
        raise YamlError(1, 1, f"invalid YAML: nested more than {MAX_DEPTH} levels deep") from None


class _Builder:
    """Builds plain data from a node tree, recording positions, within the limits above."""

    def __init__(self, marked: Marked, budget: int):
        self.marked = marked
        self.budget = budget
        self.built = 0
        self.open_nodes: set[int] = set()  # ids of the collections being built: an alias back to one is a cycle
        import yaml

        self.constructor = yaml.SafeLoader("")
        self.scalar_node, self.mapping_node, self.yaml_error = yaml.ScalarNode, yaml.MappingNode, yaml.YAMLError

    def scalar(self, node):
        if node.tag == _TIMESTAMP:
            return node.value
        if node.tag not in _SCALAR_TAGS:
            raise YamlError(*_pos(node), f"unsupported YAML tag {node.tag!r}: only plain values, lists and mappings")
        try:
            return self.constructor.construct_object(node, deep=True)
        except (self.yaml_error, ValueError, OverflowError) as exc:
            raise YamlError(*_pos(node), f"invalid value {node.value[:40]!r}: {exc}") from None

    def build(self, node, path: tuple, depth: int):
        self.built += 1
        if self.built > self.budget:
            raise YamlError(*_pos(node), "YAML aliases expand to too many values (a file may not refer to "
                                         "its own parts so often that it grows many times its size)")
        if depth > MAX_DEPTH:
            raise YamlError(*_pos(node), f"nested more than {MAX_DEPTH} levels deep")
        self.marked.values.setdefault(path, _pos(node))
        if isinstance(node, self.scalar_node):
            return self.scalar(node)
        if id(node) in self.open_nodes:
            raise YamlError(*_pos(node), "a YAML alias refers to a value that contains it (a cycle)")
        if node.tag not in (_SEQUENCE, _MAPPING):
            raise YamlError(*_pos(node), f"unsupported YAML tag {node.tag!r}: only plain values, lists and mappings")
        self.open_nodes.add(id(node))
        try:
            if isinstance(node, self.mapping_node):
                return self.mapping(node, path, depth)
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        finally:
            self.open_nodes.discard(id(node))

    def mapping(self, node, path: tuple, depth: int) -> dict:
        result = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError(*_pos(key_node), "merge keys (<<) are not supported: write the keys out")
            if not isinstance(key_node, self.scalar_node):
                raise YamlError(*_pos(key_node), "mapping keys must be plain scalars")
            key = self.scalar(key_node)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise YamlError(*_pos(key_node), "mapping keys must be plain scalars")
            if key in result:
                raise YamlError(*_pos(key_node), f"duplicate key {key!r}")
            self.marked.keys.setdefault(path + (key,), _pos(key_node))
            result[key] = self.build(value_node, path + (key,), depth + 1)
        return result


def safe_load(text: str, cache: bool = False):
    """Plain data from YAML text, with the same limits as load() (for files whose positions are not needed)."""
    return load(text, cache).data
