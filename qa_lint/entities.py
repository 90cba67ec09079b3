"""Names across a language pair: which target spellings render a source name.

    renderer = NameRenderer(lexicon, "en", "id", entries)
    renderer.renderings("North Korea")  -> {"korea utara", "north korea"}
    renderer.renderings("Russian")      -> {"rusia", "russian"}     (CLDR language name)
    renderer.renderings("Israeli")      -> {"israel", ...}           (demonym -> country)

Sources, in this order: the pair's own entries (rules/en-id/data/entities.yaml),
CLDR territory and language names in both locales (Babel), the dictionary's
capitalised headwords ("United Nations" -> "Perserikatan Bangsa-Bangsa"), and
a demonym's country ("Syrian" -> "Syria" -> "Suriah"). Every name also renders
as itself (most names are not translated).
"""

from __future__ import annotations

from functools import cached_property

import regex
from babel import Locale

from .names import fold

# "orang Rusia" (a Russian), "bahasa Rusia" (Russian language): the name is the last part.
_GENERIC_HEADS = ("orang", "bahasa", "bangsa", "suku", "makanan")


def _clean(name: str) -> list[str]:
    if not name or " - " in name:
        return []
    m = regex.fullmatch(r"(.+?) \((.+)\)", name)
    return [m.group(1), m.group(2)] if m else [name]


class NameRenderer:
    def __init__(self, lexicon, source_locale: str, target_locale: str, entries: list[dict] | None = None):
        self.lexicon = lexicon
        self.source_locale = source_locale
        self.target_locale = target_locale
        self.entries = entries or []

    @cached_property
    def table(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = {}

        def add(en: str, renderings) -> None:
            key = fold(en)
            if key:
                table.setdefault(key, set()).update(fold(r) for r in renderings if r)

        for entry in self.entries:
            for en in entry.get("en", []):
                add(en, entry.get("id", []))
        src, tgt = Locale.parse(self.source_locale), Locale.parse(self.target_locale)
        for attr in ("territories", "languages"):
            theirs = getattr(tgt, attr)
            for code, name in getattr(src, attr).items():
                if attr == "territories" and len(code) != 2:
                    continue
                for en in _clean(name):
                    add(en, _clean(theirs.get(code, "")))
        for entries in self.lexicon.by_head.values():
            for entry in entries:
                if not entry.headword[:1].isupper():
                    continue
                renderings = []
                for sense in entry.senses:
                    for r in sense.renderings:
                        words = r.split()
                        if len(words) > 1 and words[0].casefold() in _GENERIC_HEADS:
                            r = " ".join(words[1:])
                        renderings.append(r)
                add(entry.headword, renderings)
        return table

    @cached_property
    def english_territories(self) -> dict[str, str]:
        return {fold(n): code for code, name in Locale.parse(self.source_locale).territories.items() if len(code) == 2 for n in _clean(name)}

    def renderings(self, name: str) -> set[str]:
        key = fold(name)
        found = {key} | self.table.get(key, set())
        if key not in self.table and " " not in key:
            # A demonym: "Syrian" -> "Syria", "Israeli" -> "Israel" (then its Indonesian name).
            for base in self.lexicon.source_morphology.forms(key) | {key[:-1], key[:-2]}:
                if base in self.english_territories and base != key:
                    found |= {base} | self.table.get(base, set())
        return found

    def known(self, name: str) -> bool:
        return fold(name) in self.table


def contains(text_folded: str, phrase_folded: str) -> bool:
    """A folded phrase as whole words of a folded text ("korea utara" in "... korea utara's")."""
    if not phrase_folded:
        return False
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(phrase_folded)}(?![\p{{L}}\p{{N}}])", text_folded) is not None
