"""Term lists for a language pair: TBX (2 and 3, TBX-Basic), CSV and YAML.

    terms = read_glossary("terms.tbx", "en", "id")
    -> [Term(source="press conference", target=["konferensi pers", ...], forbidden=["konferensi tekan"])]

YAML: ``terms: [{source, target: [...], forbidden: [...]}]``.
CSV: a header with ``source``, ``target`` and optionally ``forbidden``; several
renderings in one cell are separated by ``|`` or ``;``.
TBX: each termEntry/conceptEntry's terms in the source and target languages; a
target term whose administrativeStatus (or normativeAuthorization) is
deprecated, superseded or not recommended is forbidden, the others approved.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from . import yamlmarks
from .readers import xmlsegments

_FORBIDDEN_STATUS = regex.compile(r"deprecated|superseded|notRecommended|not.?recommended|forbidden|rejected", regex.I)


@dataclass
class Term:
    source: str
    target: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    note: str = ""


class GlossaryError(ValueError):
    pass


def read_glossary(path: str | Path, source_language: str = "en", target_language: str = "id") -> list[Term]:
    path = Path(path)
    try:
        stamp = path.stat().st_mtime
    except OSError as exc:
        raise GlossaryError(f"cannot read glossary {path}: {exc.strerror or exc}") from None
    return list(_read(str(path), stamp, source_language, target_language))


@lru_cache(maxsize=16)
def _read(path: str, _stamp: float, source_language: str, target_language: str) -> tuple:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"cannot read glossary {path}: {exc}") from None
    suffix = Path(path).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return tuple(_from_yaml(text, path))
    if suffix in (".csv", ".tsv"):
        return tuple(_from_csv(text, path, "\t" if suffix == ".tsv" else ","))
    if suffix in (".tbx", ".xml"):
        return tuple(_from_tbx(text, path, source_language, target_language))
    raise GlossaryError(f"{path}: glossary format not known (use .tbx, .csv or .yaml)")


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in regex.split(r"[|;]", value) if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _from_yaml(text: str, path: str):
    try:
        data = yamlmarks.safe_load(text) or {}
    except yamlmarks.YamlError as exc:
        raise GlossaryError(f"{path}: invalid YAML: {exc}") from None
    items = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise GlossaryError(f"{path}: a YAML glossary is a mapping with a list of terms: {{terms: [{{source, target, forbidden}}]}}")
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("source"):
            raise GlossaryError(f"{path}: term {i} has no source")
        yield Term(str(item["source"]), _list(item.get("target")), _list(item.get("forbidden")), str(item.get("why", item.get("note", ""))))


def _from_csv(text: str, path: str, delimiter: str):
    rows = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not rows.fieldnames or "source" not in [f.strip().lower() for f in rows.fieldnames]:
        raise GlossaryError(f"{path}: a CSV glossary needs a header with source, target (and optionally forbidden)")
    for row in rows:
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        if row.get("source", "").strip():
            yield Term(row["source"].strip(), _list(row.get("target")), _list(row.get("forbidden")), (row.get("note") or "").strip())


def _from_tbx(text: str, path: str, source_language: str, target_language: str):
    try:
        root = xmlsegments.parse(text, path)
    except xmlsegments.XmlError as exc:
        raise GlossaryError(str(exc)) from None

    def lang(element) -> str:
        return (element.attr("lang") or "").split("-")[0].split("_")[0].lower()

    def content(element) -> str:
        chars = xmlsegments.blank_chars(text)
        xmlsegments.copy_segment(text, chars, element, frozenset())
        return " ".join("".join(chars[element.content_start : element.content_end]).split())

    entries = list(root.find_all("termEntry")) + list(root.find_all("conceptEntry"))
    for entry in entries:
        sources: list[str] = []
        targets: list[str] = []
        forbidden: list[str] = []
        for lang_set in [*entry.find_all("langSet"), *entry.find_all("langSec")]:
            code = lang(lang_set)
            for term in lang_set.find_all("term"):
                holder = term.parent
                statuses = [content(n) for n in holder.find_all("termNote") if (n.attr("type") or "") in ("administrativeStatus", "normativeAuthorization")]
                value = content(term)
                if code == source_language:
                    sources.append(value)
                elif code == target_language:
                    (forbidden if any(_FORBIDDEN_STATUS.search(s) for s in statuses) else targets).append(value)
        for source in sources:
            yield Term(source, targets, forbidden)
