"""Load YAML and remember where every value and key came from.

Rule packs are written by editors; an error must name the file, line and
column of the offending key or value, not a Python path.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml


@dataclass
class Marked:
    data: object
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


def load(text: str) -> Marked:
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
    marked = Marked(None)
    if root is None:
        return marked
    constructor = yaml.SafeLoader("")

    def build(node, path: tuple):
        marked.values[path] = _pos(node)
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key_node, value_node in node.value:
                key = constructor.construct_object(key_node, deep=True)
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    raise YamlError(*_pos(key_node), "mapping keys must be plain scalars")
                if key in result:
                    raise YamlError(*_pos(key_node), f"duplicate key {key!r}")
                marked.keys[path + (key,)] = _pos(key_node)
                result[key] = build(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [build(item, path + (i,)) for i, item in enumerate(node.value)]
        return constructor.construct_object(node, deep=True)

    marked.data = build(root, ())
    return marked
