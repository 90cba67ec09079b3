"""Load YAML and remember where every value and key came from.

Rule packs are written by editors; an error must name the file, line and
column of the offending key or value, not a Python path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml


@dataclass
class Marked:
    data: Any  # plain YAML data: a mapping, list or scalar, as the file holds
    # path tuple -> (line, column), 1-based; for values and, under ("<key>",) suffix, keys
    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)

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


# libyaml composes about ten times faster (packs and gazetteers load on every
# run); the pure-Python loader words errors more precisely, so it re-reads a
# text libyaml rejects and reports its own message (at the same position).
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str):
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        if _FAST_LOADER is yaml.SafeLoader:
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


def load(text: str) -> Marked:
    """Parse YAML safely: plain data only, aliases and nesting bounded, every error a YamlError with a position."""
    try:
        root = _compose(text)
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
    marked = Marked(None)
    if root is None:
        return marked
    constructor = yaml.SafeLoader("")
    budget = len(text) + ALIAS_ALLOWANCE
    built = 0
    open_nodes: set[int] = set()  # ids of the collections being built: an alias back to one is a cycle

    def scalar(node):
        if node.tag == _TIMESTAMP:
            return node.value
        if node.tag not in _SCALAR_TAGS:
            raise YamlError(*_pos(node), f"unsupported YAML tag {node.tag!r}: only plain values, lists and mappings")
        try:
            return constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            raise YamlError(*_pos(node), f"invalid value {node.value[:40]!r}: {exc}") from None

    def build(node, path: tuple, depth: int):
        nonlocal built
        built += 1
        if built > budget:
            raise YamlError(*_pos(node), "YAML aliases expand to too many values (a file may not refer to "
                                         "its own parts so often that it grows many times its size)")
        if depth > MAX_DEPTH:
            raise YamlError(*_pos(node), f"nested more than {MAX_DEPTH} levels deep")
        marked.values.setdefault(path, _pos(node))
        if isinstance(node, yaml.ScalarNode):
            return scalar(node)
        if id(node) in open_nodes:
            raise YamlError(*_pos(node), "a YAML alias refers to a value that contains it (a cycle)")
        if node.tag not in (_SEQUENCE, _MAPPING):
            raise YamlError(*_pos(node), f"unsupported YAML tag {node.tag!r}: only plain values, lists and mappings")
        open_nodes.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                result = {}
                for key_node, value_node in node.value:
                    if key_node.tag == "tag:yaml.org,2002:merge":
                        raise YamlError(*_pos(key_node), "merge keys (<<) are not supported: write the keys out")
                    if not isinstance(key_node, yaml.ScalarNode):
                        raise YamlError(*_pos(key_node), "mapping keys must be plain scalars")
                    key = scalar(key_node)
                    if not isinstance(key, (str, int, float, bool)) or key is None:
                        raise YamlError(*_pos(key_node), "mapping keys must be plain scalars")
                    if key in result:
                        raise YamlError(*_pos(key_node), f"duplicate key {key!r}")
                    marked.keys.setdefault(path + (key,), _pos(key_node))
                    result[key] = build(value_node, path + (key,), depth + 1)
                return result
            return [build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        finally:
            open_nodes.discard(id(node))

    marked.data = build(root, (), 0)
    return marked


def safe_load(text: str):
    """Plain data from YAML text, with the same limits as load() (for files whose positions are not needed)."""
    return load(text).data
