"""Conventions of the bundled packs: id grammar, areas, slugs, severities, categories."""

from collections import defaultdict

import regex

from qa_lint import packs, yamlmarks
from qa_lint.findings import CATEGORIES, RESERVED_CATEGORIES
from qa_lint.languagetool import source as languagetool

PSET = packs.load()

# <lang>.<area>.<slug>: lang is a pack language (en, id), a pair (en-id) or common.
LANGS = {"common", "en", "id", "en-id"}
# The areas, one word each, singular. Write new rules in one of these (docs/rule-writing.md).
AREAS = {
    "mt": "machine-translation renderings (Indonesian)",
    "idiom": "idioms rendered word by word (lexicon)",
    "false-friend": "words that look alike across languages (lexicon)",
    "sourcing": "attribution, vague and anonymous sources, loaded words",
    "number": "number formats and scale words",
    "date": "dates and weekdays",
    "quote": "quotation marks",
    "name": "names of people",
    "place": "names of places",
    "entity": "names carried from source to translation",
    "term": "glossary terms",
    "sense": "a word's sense in context",
    "modality": "hedges and certainty across a translation",
    "negation": "negations lost or added",
    "attribution": "who said it, across a translation",
    "addition": "text with nothing in the source",
    "omission": "source text missing from the translation",
}
# Plural spellings that shipped before this convention. Ids are in users' configurations and
# qa-lint-disable comments, so they stay; no other pack may use them.
LEGACY_AREAS = {("en", "names"): "name", ("id", "names"): "name", ("en", "places"): "place",
                ("id", "places"): "place", ("en-id", "numbers"): "number", ("en-id", "dates"): "date"}
# Ids outside the grammar, each with the reason it stays.
EXCEPTIONS = {"en-id.untranslated": "a whole area of one rule; shipped before the convention"}
SLUG = regex.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def test_rule_ids_are_lang_area_slug_with_a_known_area():
    wrong = []
    for rule in PSET.rules:
        if rule.id in EXCEPTIONS:
            continue
        parts = rule.id.split(".")
        if len(parts) != 3:
            wrong.append(f"{rule.id}: not <lang>.<area>.<slug>")
            continue
        lang, area, slug = parts
        if lang not in LANGS:
            wrong.append(f"{rule.id}: language {lang!r} not in {sorted(LANGS)}")
        if area not in AREAS and (lang, area) not in LEGACY_AREAS:
            wrong.append(f"{rule.id}: area {area!r} not in the list (tests/test_pack_conventions.py AREAS)")
        if not SLUG.match(slug):
            wrong.append(f"{rule.id}: slug is not lower-case words joined by hyphens")
    assert not wrong, "\n".join(wrong)


def test_legacy_areas_are_still_in_use_and_name_a_listed_area():
    used = {tuple(r.id.split(".")[:2]) for r in PSET.rules}
    for (lang, area), singular in LEGACY_AREAS.items():
        assert (lang, area) in used, f"{lang}.{area} is gone: drop it from LEGACY_AREAS"
        assert singular in AREAS


def _raw_rules():
    for pack in PSET.packs:
        data = yamlmarks.safe_load(pack.path.read_text(encoding="utf-8"))
        yield from data["rules"]


def test_same_slug_in_both_languages_has_the_same_severity_or_says_why():
    by_area_slug = defaultdict(list)
    for raw in _raw_rules():
        parts = raw["id"].split(".")
        if len(parts) == 3 and parts[0] in ("en", "id"):
            by_area_slug[tuple(parts[1:])].append(raw)
    differing = []
    for (area, slug), rules in by_area_slug.items():
        if len({r["severity"] for r in rules}) > 1 and not any(r.get("severity_reason") for r in rules):
            differing.append(f"{area}.{slug}: " + ", ".join(f"{r['id']} {r['severity']}" for r in rules))
    assert not differing, "\n".join(differing)


def test_every_category_is_produced_by_a_rule_or_reserved():
    produced = {r.category for r in PSET.rules}
    assert set(RESERVED_CATEGORIES) <= set(CATEGORIES)
    unclaimed = [c for c in CATEGORIES if c not in produced and c not in RESERVED_CATEGORIES]
    assert not unclaimed, f"categories nothing produces: {unclaimed} (use them or reserve them in findings.py)"
    # A reserved category that a rule now produces is no longer reserved.
    assert not produced & set(RESERVED_CATEGORIES), produced & set(RESERVED_CATEGORIES)


def test_languagetool_categories_are_declared():
    mapped = {category for category, _ in languagetool.ISSUE_TYPES.values()} | {languagetool.OTHER_ISSUE[0]}
    assert mapped <= set(CATEGORIES)
