"""Read reviewed claims from the files fact-checkers and aggregators publish.

Accepted (docs/claims.md):

- schema.org ClaimReview as JSON-LD: a .json/.jsonld file holding one object, a list, or
  an ``@graph``; or an .html page, from its ``<script type="application/ld+json">`` blocks.
- Google Fact Check Tools' JSON (``{"claims": [{"text", "claimReview": [...]}]}``).
- Aggregator exports, CSV (.csv, .tsv) or JSON (a list of flat objects), with the columns
  of COLUMNS below (first name found wins; headers are case-insensitive).

A file is read whole before anything is stored: a broken one raises ImportProblem with
the reason, and nothing of it is imported.
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

from .. import language as langdetect
from .store import ClaimRecord

# Flat export columns: our name -> the names accepted for it.
COLUMNS = {
    "claim": ["claim_text", "claim", "claimreviewed", "claim_reviewed", "text"],
    "rating": ["rating", "textual_rating", "textualrating", "alternatename", "verdict"],
    "publisher": ["publisher", "publisher_name", "fact_checker", "author"],
    "date": ["date", "review_date", "datepublished", "date_published", "reviewdate"],
    "url": ["url", "review_url", "claimreview_url", "fact_check_url"],
    "language": ["language", "lang", "languagecode", "language_code", "inlanguage"],
    "rating_value": ["rating_value", "ratingvalue"],
    "best_rating": ["best_rating", "bestrating"],
    "worst_rating": ["worst_rating", "worstrating"],
}
LANGUAGE_NAMES = {"indonesian": "id", "bahasa indonesia": "id", "english": "en", "in": "id"}
MAX_BYTES = 200 * 1024 * 1024


class ImportProblem(Exception):
    """Why a file cannot be imported (its name is added by the caller)."""


def read(path: str | Path, language: str | None = None) -> list[ClaimRecord]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportProblem(f"larger than {MAX_BYTES // 1024 // 1024} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(f"cannot read it ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"not UTF-8 text (byte {exc.start})") from None
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        records = _from_rows(_csv_rows(text, "\t" if suffix == ".tsv" else None), language, "row", 2)
    elif suffix in (".html", ".htm"):
        blocks = _ld_json_blocks(text)
        if not blocks:
            raise ImportProblem('no <script type="application/ld+json"> block in this page')
        records = []
        for number, block in enumerate(blocks, 1):
            records.extend(_from_json(_parse_json(block, f"ld+json block {number}: "), language))
    elif suffix in (".json", ".jsonld"):
        records = _from_json(_parse_json(text), language)
    else:
        raise ImportProblem(f"unknown format {suffix or '(no extension)'}: expected .json, .jsonld, .html, .csv or .tsv")
    if not records:
        raise ImportProblem("no ClaimReview in it (expected schema.org ClaimReview JSON-LD, Fact Check Tools JSON, "
                            "or an export with claim_text, rating, url columns: see docs/claims.md)")
    return records


def _parse_json(text: str, where: str = ""):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem(f"{where}not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise ImportProblem(f"{where}JSON nested too deeply") from None


class _LdJson(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and (dict(attrs).get("type") or "").strip().lower() == "application/ld+json"
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def _ld_json_blocks(html: str) -> list[str]:
    parser = _LdJson()
    parser.feed(html)
    parser.close()
    return [b for b in parser.blocks if b.strip()]


def _types(node: dict) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds}


def _walk(data, depth: int = 0):
    """Every JSON object a JSON-LD document holds at its top: lists and @graph unwrapped."""
    if depth > 20:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _walk(data["@graph"], depth + 1)
        yield data


def _from_json(data, language: str | None) -> list[ClaimRecord]:
    records: list[ClaimRecord] = []
    position = 0
    for node in _walk(data):
        if "ClaimReview" in _types(node):
            position += 1
            records.append(_claim_review(node, language, position))
        elif isinstance(node.get("claims"), list):
            for item in node["claims"]:
                position += 1
                records.extend(_fact_check_tools(item, language, position))
    if records:
        return records
    if isinstance(data, list) and data and all(isinstance(d, dict) for d in data):
        flat = [{str(k).casefold(): v for k, v in d.items()} for d in data]
        if any(_pick(row, "claim") for row in flat):
            return _from_rows(flat, language, "item", 1)
    return records


def _name(value) -> str:
    """The name of a schema.org Organization/Person (or a list of them), or the text itself."""
    if isinstance(value, list):
        return ", ".join(filter(None, (_name(v) for v in value)))
    if isinstance(value, dict):
        return str(value.get("name") or value.get("alternateName") or value.get("url") or "").strip()
    return str(value or "").strip()


def _language(value, claim: str, fallback: str | None, where: str) -> str:
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    given = str(value or "").strip().casefold()
    code = LANGUAGE_NAMES.get(given) or langdetect.normalize(given) or fallback or _detect(claim)
    if not code:
        raise ImportProblem(f"{where}: its language is not given and cannot be told "
                            "(set inLanguage or a language column, or pass --lang)")
    return code


def _detect(text: str) -> str | None:
    from ..packs import bundled_rules_dir, load_language

    profiles = {}
    for folder in sorted(bundled_rules_dir().iterdir()):
        if (folder / "language.yaml").is_file():
            profile = load_language(folder / "language.yaml")
            profiles[profile.code] = profile
    return langdetect.detect(text, profiles)


def _number(value, where: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ImportProblem(f"{where}: rating value {value!r} is not a number") from None


def _rating_text(name: str, value: float | None, best: float | None) -> str:
    if name:
        return name
    if value is not None:
        return f"{value:g}/{best:g}" if best is not None else f"{value:g}"
    return ""


def _record(where: str, url, claim, rating_name, value, best, worst, publisher, date, language, fallback) -> ClaimRecord:
    url, claim = str(url or "").strip(), " ".join(str(claim or "").split())
    if not url:
        raise ImportProblem(f"{where}: no url (the fact-check's address is the claim's key)")
    if not claim:
        raise ImportProblem(f"{where}: no claim text (claimReviewed)")
    value, best, worst = _number(value, where), _number(best, where), _number(worst, where)
    rating = _rating_text(" ".join(str(rating_name or "").split()), value, best)
    if not rating:
        raise ImportProblem(f"{where}: no rating (reviewRating.alternateName or ratingValue)")
    return ClaimRecord(url=url, claim=claim, rating=rating, language=_language(language, claim, fallback, where),
                       publisher=_name(publisher), date=str(date or "").strip()[:10], rating_value=value,
                       best_rating=best, worst_rating=worst)


def _claim_review(node: dict, language: str | None, position: int) -> ClaimRecord:
    where = f"ClaimReview {position}"
    rating = node.get("reviewRating") or {}
    if isinstance(rating, list):
        rating = rating[0] if rating else {}
    if not isinstance(rating, dict):
        rating = {"alternateName": rating}
    reviewed = node.get("itemReviewed")
    item: dict = reviewed if isinstance(reviewed, dict) else {}
    return _record(where, node.get("url") or node.get("@id"), node.get("claimReviewed") or item.get("text") or item.get("name"),
                   rating.get("alternateName") or rating.get("name"), rating.get("ratingValue"), rating.get("bestRating"),
                   rating.get("worstRating"), node.get("author") or node.get("publisher"), node.get("datePublished"),
                   node.get("inLanguage") or item.get("inLanguage"), language)


def _fact_check_tools(item, language: str | None, position: int) -> list[ClaimRecord]:
    if not isinstance(item, dict):
        raise ImportProblem(f"claim {position}: not an object")
    reviews = item.get("claimReview") or []
    return [_record(f"claim {position}", r.get("url"), item.get("text"), r.get("textualRating"), None, None, None,
                    r.get("publisher"), r.get("reviewDate"), r.get("languageCode"), language)
            for r in reviews if isinstance(r, dict)]


def _csv_rows(text: str, delimiter: str | None) -> list[dict]:
    try:
        dialect = delimiter or csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        dialect = ","
    try:
        reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
        rows = [{str(k).strip().casefold(): v for k, v in row.items() if k is not None} for row in reader]
    except csv.Error as exc:
        raise ImportProblem(f"not readable as CSV ({exc})") from None
    headers = {h.strip().casefold() for h in reader.fieldnames or []}
    missing = [key for key in ("claim", "url") if not headers & set(COLUMNS[key])]
    if missing:
        raise ImportProblem(f"no {' or '.join(missing)} column (accepted: " +
                            "; ".join(f"{k}: {', '.join(COLUMNS[k])}" for k in missing) + ")")
    return rows


def _pick(row: dict, key: str):
    return next((row[name] for name in COLUMNS[key] if row.get(name) not in (None, "")), None)


def _from_rows(rows: list[dict], language: str | None, label: str, first: int) -> list[ClaimRecord]:
    """Flat records; ``label`` and ``first`` number them as the file does (a CSV's line 2 is its first row)."""
    return [_record(f"{label} {number}", _pick(row, "url"), _pick(row, "claim"), _pick(row, "rating"), _pick(row, "rating_value"),
                    _pick(row, "best_rating"), _pick(row, "worst_rating"), _pick(row, "publisher"), _pick(row, "date"),
                    _pick(row, "language"), language)
            for number, row in enumerate(rows, first)]
