"""Which patterns cannot backtrack out of control, so need no regex timeout (issue 12).

Every pack pattern runs with the regex module's ``timeout`` (budget.BoundedPattern): a
pattern such as ``(a|aa)+$`` can take minutes on a short hostile text. Passing a timeout
costs the regex module about 5 microseconds per call, several times what a failed match at
a place costs, and a run makes hundreds of such calls per article.

A pattern whose work per attempt is bounded cannot run away, and is matched without the
timeout (the file's deadline and cancellation are still checked before each call). It is
read with the standard library's parser, like the literal prefilter (matching.py), and
counts as bounded when:

- its only unbounded repeats are of whitespace (``\\s+``, ``\\s*``, ``" +"``), each followed
  by something that cannot start with whitespace: the repeat then gives characters back
  one at a time and what follows fails at once on each, so a run of whitespace is read
  once per way of reaching it;
- it cannot start with whitespace (when it holds such a repeat), so no attempt starts
  inside a run of whitespace: each run is reached only from the few characters before it;
- the number of ways through it (alternatives times the lengths of bounded repeats,
  multiplied along the pattern) is at most ``MAX_WAYS``;
- no back-references, conditionals or unknown syntax; look-behinds hold no unbounded
  repeat (the regex module matches them backwards).

Anything the parser reads differently from the regex module, or cannot read, keeps its
timeout: this can only miss a bounded pattern, never call an unbounded one bounded.
The answer does not change a match, only whether a call carries the timeout.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import parsecache

# Ways through a pattern beyond which it keeps its timeout: an attempt then costs at most
# this many steps per character it reads.
MAX_WAYS = 4096

# regex-module syntax that the stdlib parser reads as something else (matching._MISREAD),
# Unicode properties and named lists, read here as classes. Compiled when a pattern is first
# read (most runs find every answer in the parse cache).
_UNESCAPED = r"(?<!\\)((?:\\\\)*)"


@lru_cache(maxsize=1)
def _syntax() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    misread = regex.compile(r"\[:\^?\w+:\]|\{\s*[eisd]\s*[<=]|\{\s*\d*\s*<=?\s*[eisd]|\(\?[a-zA-Z]*V1|--\[|&&|\|\||\(\?[|(>]|\\[mMGXKR]")
    prop = regex.compile(_UNESCAPED + r"\\([pP])(?:\{[^}]*\}|[A-Za-z])")
    named_list = regex.compile(_UNESCAPED + r"\\L<(\w+)>")
    return misread, prop, named_list


# Every character str.isspace() calls whitespace, and two that older Unicode did (regex's \\s may).
_WHITESPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005"
                        "\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000")


class _Unbounded(Exception):
    """The pattern keeps its timeout."""


def is_bounded(pattern: str, flags: int = 0, named_lists: dict | None = None) -> bool:
    """Whether ``pattern`` (with these named lists) can be matched without a timeout;
    remembered across runs in the parse cache."""
    lists = named_lists or {}
    # A named list is read as a class of non-space characters repeated up to its number of
    # lengths; one that holds an empty string or one starting with whitespace is not read.
    shapes = []
    for name in sorted(lists):
        words = [str(w) for w in lists[name]]
        if any(not w or w[0] in _WHITESPACE for w in words):
            return False
        shapes.append(f"{name}={len({len(w) for w in words})}")
    return _ANSWERS.get(f"{flags}\x00{','.join(shapes)}\x00{pattern}", _read)


def _read(key: str) -> bool:
    flags, shapes, pattern = key.split("\x00", 2)
    lengths = dict(shape.split("=") for shape in shapes.split(",") if shape)
    if int(flags) & (regex.VERSION1 | regex.REVERSE | regex.BESTMATCH | regex.ENHANCEMATCH | regex.POSIX):
        return False
    misread, prop, named_list = _syntax()
    if misread.search(pattern):
        return False
    pattern = prop.sub(lambda m: m.group(1) + ("\\W" if m.group(2) == "P" else "\\w"), pattern)
    if any(m.group(2) not in lengths for m in named_list.finditer(pattern)):
        return False
    pattern = named_list.sub(lambda m: m.group(1) + f"\\w{{1,{lengths[m.group(2)]}}}", pattern)
    import re._parser as sre_parse

    try:
        items = list(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - what the stdlib cannot read keeps its timeout
        return False
    try:
        _Reader().ways(items, follow_space=False)
        if _Reader.holds_unbounded(items) and _may_start_with_space(items, follow_space=True):
            return False
    except _Unbounded:
        return False
    return True


def _valid(value) -> bool:
    return isinstance(value, bool)


_ANSWERS = parsecache.Memo("bounded patterns", "backtracking.py", _valid)


def _sre():
    from re import _constants as sre  # type: ignore[attr-defined]

    return sre


class _Reader:
    """Counts the ways through parsed pattern items, raising _Unbounded for what it cannot bound."""

    def ways(self, items: list, follow_space: bool, behind: bool = False) -> int:
        """The ways through a sequence; ``follow_space``: what comes after it may start
        with whitespace (the end of the pattern does not)."""
        sre = _sre()
        total = 1
        for k, (op, arg) in enumerate(items):
            after_space = _may_start_with_space(items[k + 1:], follow_space)
            if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.AT):
                n = 1
            elif op is sre.SUBPATTERN:
                n = self.ways(list(arg[-1]), after_space, behind)
            elif op is sre.ATOMIC_GROUP:
                n = self.ways(list(arg), after_space, behind)
            elif op is sre.BRANCH:
                n = sum(self.ways(list(branch), after_space, behind) for branch in arg[1])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                # Matched on its own (its end ends it); a look-behind is matched backwards.
                n = self.ways(list(arg[1]), False, behind or arg[0] < 0)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                n = self.repeat(arg, after_space, behind)
            else:  # back-references, conditionals, anything else
                raise _Unbounded
            total *= max(n, 1)
            if total > MAX_WAYS:
                raise _Unbounded
        return total

    def repeat(self, arg, after_space: bool, behind: bool) -> int:
        sre = _sre()
        low, high, body = arg[0], arg[1], list(arg[2])
        if high == sre.MAXREPEAT:
            # Whitespace only, followed by no whitespace: given back one character at a time,
            # what follows fails at once on each. Not in a look-behind (matched backwards).
            if behind or after_space or not _whitespace_only(body):
                raise _Unbounded
            return 1
        if len(body) == 1 and body[0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return high - low + 1
        # A pass is followed by another pass or by what comes after the repeat.
        inner = self.ways(body, after_space or _may_start_with_space(body, after_space), behind)
        if inner == 1:
            return high - low + 1
        if high > 12:
            raise _Unbounded
        return sum(inner ** k for k in range(low, high + 1))

    @staticmethod
    def holds_unbounded(items) -> bool:
        sre = _sre()
        for op, arg in items:
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                if arg[1] == sre.MAXREPEAT or _Reader.holds_unbounded(arg[2]):
                    return True
            elif op is sre.SUBPATTERN and _Reader.holds_unbounded(arg[-1]):
                return True
            elif op is sre.ATOMIC_GROUP and _Reader.holds_unbounded(arg):
                return True
            elif op is sre.BRANCH and any(_Reader.holds_unbounded(b) for b in arg[1]):
                return True
            elif op in (sre.ASSERT, sre.ASSERT_NOT) and _Reader.holds_unbounded(arg[1]):
                return True
        return False


def _whitespace_only(body: list) -> bool:
    """Whether a repeat's body is one character that is always whitespace (``\\s``, " ", "[ \\t]")."""
    sre = _sre()
    if len(body) != 1:
        return False
    op, arg = body[0]
    if op is sre.LITERAL:
        return chr(arg) in _WHITESPACE
    if op is sre.IN:
        return all((kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE))
                   or (kind is sre.LITERAL and chr(value) in _WHITESPACE) for kind, value in arg)
    return False


def _may_start_with_space(items, follow_space: bool) -> bool:
    """Whether a match of the sequence, then of what follows it (``follow_space``: may start
    with whitespace), may start with whitespace. Zero-width assertions consume nothing: the
    match starts with what follows them."""
    sre = _sre()
    items = list(items)
    for k, (op, arg) in enumerate(items):
        rest = items[k + 1:]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            return chr(arg) in _WHITESPACE
        if op is sre.IN:
            return _class_may_be_space(arg)
        if op is sre.SUBPATTERN:
            return _may_start_with_space(list(arg[-1]) + rest, follow_space)
        if op is sre.ATOMIC_GROUP:
            return _may_start_with_space(list(arg) + rest, follow_space)
        if op is sre.BRANCH:
            return any(_may_start_with_space(list(branch) + rest, follow_space) for branch in arg[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            after = _may_start_with_space(rest, follow_space)
            return _may_start_with_space(list(arg[2]), after) or (arg[0] == 0 and after)
        return True  # ANY, NOT_LITERAL, anything else
    return follow_space


def _class_may_be_space(members) -> bool:
    """Whether a character class may match whitespace."""
    sre = _sre()
    for kind, value in members:
        if kind is sre.LITERAL:
            if chr(value) in _WHITESPACE:
                return True
        elif kind is sre.RANGE:
            if any(value[0] <= ord(c) <= value[1] for c in _WHITESPACE):
                return True
        elif kind is sre.CATEGORY:
            if value not in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_WORD, sre.CATEGORY_UNI_DIGIT):
                return True
        else:  # NEGATE and anything else
            return True
    return False
