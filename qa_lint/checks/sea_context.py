"""sea-context: a sea that is a shortened form of another sea the article names,
and lies off none of the article's countries ("Laut Utara", the North Sea, in
a story about "Laut Natuna Utara").

    places: [../common/data/countries.tsv, ...]   # geodata place files: the article's countries
    leaders: ../common/data/leaders.tsv           # office holders tell them too
    home_countries: [ID]                          # the copy's own country: its seas are any story's
    seas: data/seas.yaml                          # names, English name, coastal countries

Machine translation and hurried editing drop a word of a sea's name, and the
shorter name is another real sea: "Laut Natuna Utara" became "Laut Utara"
(the North Sea). A sea is reported when (1) the article names another sea
whose name holds every word of this one in the same order, (2) none of this
sea's coastal countries is among the article's countries (from its country,
region and city names and its office holders), and (3) the longer sea borders
one of them or a home country (`home_countries`: Indonesia for Indonesian copy). The fix is the longer name as the article writes it. A sea named
alone, or in a story about its own coasts, is left alone: a far sea is often
named for a reason (Brent crude comes from the North Sea). Message fields:
{sea} (its English name), {meant} (the longer name).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from .. import geodata, yamlmarks
from . import Check

TYPE = "sea-context"
PROPERTIES = {
    **geodata.OPTIONS,
    "seas": {"type": "string", "minLength": 1, "description": "YAML of seas: names, english, countries"},
}
REQUIRED = ["places", "seas"]
PLACEHOLDERS = {"match", "sea", "meant"}


class Sea(NamedTuple):
    name: str  # the first Indonesian name
    english: str
    countries: frozenset


@lru_cache(maxsize=4)
def seas(path: str, stamp: float = 0.0) -> dict[str, Sea]:
    """Every Indonesian name of a sea -> the sea (read once per file version)."""
    try:
        # Through the parse cache: every document is scanned for seas, and a run that finds the
        # list there never imports the YAML parser.
        entries = yamlmarks.safe_load(Path(path).read_text(encoding="utf-8"), cache=True)["seas"]
    except (OSError, UnicodeDecodeError, KeyError, TypeError, yamlmarks.YamlError) as exc:
        raise ValueError(f"cannot read sea data {path}: {exc}") from None
    found: dict[str, Sea] = {}
    for entry in entries:
        try:
            codes = entry["countries"]
            # YAML 1.1 reads a bare NO (Norway) as false: every code must come through as two capitals.
            bad = [c for c in codes if not (isinstance(c, str) and len(c) == 2 and c.isupper())]
            if bad:
                raise ValueError(f"{path}: {entry['names'][0]}: not ISO 3166-1 codes: {bad} (quote NO)")
            sea = Sea(str(entry["names"][0]), str(entry["english"]), frozenset(codes))
            for name in entry["names"]:
                found[str(name)] = sea
        except (KeyError, TypeError, IndexError) as exc:
            raise ValueError(f"{path}: a sea entry lacks or mistypes {exc}: {entry}") from None
    return found


@lru_cache(maxsize=4)
def _pattern(path: str, stamp: float = 0.0):
    written = sorted(seas(path, stamp), key=len, reverse=True)
    alternatives = "|".join(regex.escape(n).replace(r"\ ", r"[ \u00a0]+") for n in written)
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})(?![\p{{L}}\d])")


def _stamp(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


def _within(short: list[str], long: list[str]) -> bool:
    """Every word of `short` in `long`, in order, and `long` longer."""
    if len(short) >= len(long):
        return False
    words = iter(long)
    return all(any(w == other for other in words) for w in short)


class SeaContextCheck(Check):
    def __init__(self, rule, env):
        super().__init__(rule, env)
        self.geo = geodata.GeoRules(rule.options, env)
        self.seas = str(env.resolve(rule.options["seas"]))
        if not Path(self.seas).is_file():
            raise ValueError(f"cannot read sea data {self.seas}: no such file")

    def run(self, doc):
        stamp = _stamp(self.seas)
        named = [(m.start(), m.end(), " ".join(m.group().split())) for m in _pattern(self.seas, stamp).finditer(doc.plain)]
        if len({name for _, _, name in named}) < 2:
            return  # one sea, or none: nothing to compare
        table = seas(self.seas, stamp)
        countries = None
        for start, end, name in named:
            sea = table[name]
            longer = [other for _, _, other in named if table[other] != sea and _within(name.split(), other.split())]
            if not longer:
                continue
            if countries is None:
                countries = set(self.geo.context(doc).countries)
            if sea.countries & countries:
                continue  # the short sea borders a country of the story: it may be meant
            # The copy's own country is every story's too (home_countries): its seas are the story's.
            meant = next((other for other in longer if table[other].countries & (countries | self.geo.home_countries)), None)
            if meant is None:
                continue
            yield self.finding(doc, start, end, suggestions=[meant], sea=sea.english, meant=meant)


CHECK = SeaContextCheck
