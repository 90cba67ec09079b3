"""Readings the hedge-escalation check would otherwise repeat: a sentence read again for every
hedged claim it is compared with and by every later pass (structures.py), a word tested again in
every phrase. Each reading memoised here is a pure function of what it is keyed on (and of the
check's options), so reading it once gives the same findings; a reading that comes to depend
on anything else must not be memoised."""

from __future__ import annotations

import functools

# Words whose per-word tests a check remembers across documents (a vocabulary, not a text).
WORDS_CACHE = 65536
# Texts (sentences, clauses, claims) whose readings a run remembers.
TEXTS_CACHE = 4096


def per_span(method):
    """A method of (doc, span, *args) read once per document, span and arguments. The check
    keeps the readings of one document, the one it last read (held, so that no other document
    takes its id), and starts again on another: a reading is never taken from another document's.
    The readings outlive a run, so such a method must not read the run's phrase keys
    (HedgeOptions.key): that is per_text's. (Not the document's own memo: that took a closure
    and a longer key on every call, garbage the collector then had to go through.)"""
    name = method.__name__

    @functools.wraps(method)
    def once(self, doc, span, *args, **kwargs):
        held = self.__dict__.get("span_memo")
        if held is None or held[0] is not doc:
            held = self.__dict__["span_memo"] = (doc, {})
        memo = held[1]
        key = (name, span.start, span.end, *args, *kwargs.items())
        found = memo.get(key, memo)
        if found is memo:  # the memo itself marks a reading not made yet (a reading may be None)
            found = memo[key] = method(self, doc, span, *args, **kwargs)
        return found

    return once


def per_word(method):
    """A method of one word (a string) remembered by the check, WORDS_CACHE words at most."""
    cache_name = f"_{method.__name__}_memo"

    @functools.wraps(method)
    def once(self, word: str):
        cache = self.__dict__.get(cache_name)
        if cache is None or len(cache) >= WORDS_CACHE:
            cache = self.__dict__[cache_name] = {}
        found = cache.get(word)
        if found is None:
            found = cache[word] = method(self, word)
        return found

    return once


def per_text(method):
    """A method of (text, *args) read once a run: the check's ``text_memo``, emptied when a run
    starts (HedgeOptions.read_phrases), since a reading may look up the run's phrase keys. Other
    arguments (the document's Names) count by identity and are held, so no other takes their id."""
    name = method.__name__

    @functools.wraps(method)
    def once(self, text: str, *args):
        memo = self.__dict__.setdefault("text_memo", {})
        key = (name, text, *map(id, args))
        entry = memo.get(key)
        if entry is None:
            if len(memo) >= TEXTS_CACHE:
                memo.clear()
            entry = memo[key] = (args, method(self, text, *args))
        return entry[1]

    return once
