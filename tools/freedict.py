"""Read Debian's dict-freedict-eng-ind (English-Indonesian, WikDict/Wiktionary senses)
and write it as reviewable data: one JSON object per English headword and part of speech.

    apt-get install dict-freedict-eng-ind        # or: apt-get download + dpkg -x
    python3 tools/freedict.py [--dict DIR] [--out rules/en-id/data/freedict-eng-ind.jsonl]

The dictionary is in dictd format: an index (headword, base64 offset, base64 length)
and a gzip'd body. Each entry reads

    court //kɔːt// <n>
    1. lapangan                      <- a sense: its Indonesian renderings, comma-separated
    enclosed space; a courtyard      <- its English gloss
    2. pengadilan, mahkamah 2.       <- a trailing "2." announces a second gloss
    hall, chamber, or place, where justice is administered
     3.
    tribunal established for the administration of justice

Output lines: {"headword": "court", "pos": "n", "senses": [{"id": ["lapangan"],
"glosses": ["enclosed space; a courtyard"]}, ...]}. The data is CC BY-SA 3.0
(FreeDict/WikDict, from Wiktionary): the output file keeps that licence.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/dictd")
NAME = "freedict-eng-ind"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

HEADER = re.compile(r"^(?P<head>.+?)(?:\s+/[^<]*/)?\s+<(?P<pos>[^>]+)>\s*$")
SENSE = re.compile(r"^(?:(?P<num>\d+)\.\s+)?(?P<renderings>.*?)(?:\s+\d+\.)?\s*$")
MORE_GLOSS = re.compile(r"^\s+\d+\.\s*$")


def b64(value: str) -> int:
    number = 0
    for ch in value:
        number = number * 64 + B64.index(ch)
    return number


def parse_entry(text: str) -> dict | None:
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return None
    header = HEADER.match(lines[0])
    if not header:
        return None
    senses: list[dict] = []
    expect_renderings = True
    for line in lines[1:]:
        if MORE_GLOSS.match(line):
            expect_renderings = False  # the next line is another gloss of the same sense
            continue
        numbered = re.match(r"^\d+\.\s", line)
        if expect_renderings or numbered or not senses:
            m = SENSE.match(line)
            renderings = [r.strip() for r in m.group("renderings").split(",") if r.strip()]
            senses.append({"id": renderings, "glosses": []})
            expect_renderings = False
        else:
            senses[-1]["glosses"].append(line.strip())
            # A sense with no trailing "N." has one gloss; the next line starts a new sense.
            expect_renderings = True
    return {"headword": header.group("head").strip(), "pos": header.group("pos").strip(), "senses": senses}


def read(directory: Path = DEFAULT_DIR) -> list[dict]:
    index = directory / f"{NAME}.index"
    body = directory / f"{NAME}.dict.dz"
    if not index.is_file() or not body.is_file():
        raise SystemExit(f"{index} not found: install Debian's dict-freedict-eng-ind (apt-get install dict-freedict-eng-ind)")
    data = gzip.open(body).read()
    entries = []
    for line in index.read_text(encoding="utf-8").splitlines():
        word, offset, length = line.split("\t")
        if word.startswith("00database"):
            continue
        start = b64(offset)
        entry = parse_entry(data[start:start + b64(length)].decode("utf-8"))
        if entry and entry["senses"]:
            entries.append(entry)
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dict", type=Path, default=DEFAULT_DIR, help="folder with freedict-eng-ind.index and .dict.dz")
    parser.add_argument("--out", type=Path, default=Path("rules/en-id/data/freedict-eng-ind.jsonl"))
    args = parser.parse_args(argv)
    entries = read(args.dict)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{len(entries)} entries -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
