"""Real prose that mining and precision runs read from installed packages (never committed).

- Indonesian: the tagged news corpus shipped in the PyPI package nlp-id (kumparan;
  package licence MIT): nlp_id/data/dataset_postag.txt, one token and tag per line,
  sentences separated by blank lines. About 32,800 sentences of Indonesian news.
- English: the Lee corpus of Australian Broadcasting Corporation news articles that
  gensim ships as test data (gensim/test/test_data/lee_background.cor and lee.cor, one
  article per line), read from the gensim wheel without installing it:
      pip download --no-deps gensim==4.4.0 -d /tmp/gensim
  and, for volume, the shortened English Wikipedia dump in the same folder
  (enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2, CC BY-SA).
"""

from __future__ import annotations

import bz2
import re
import zipfile
from pathlib import Path

LEE = ("gensim/test/test_data/lee_background.cor", "gensim/test/test_data/lee.cor")
WIKI = "gensim/test/test_data/enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"

# Tokens the tagger split off that belong to the word before them ("ada nya" -> "adanya").
CLITICS = {"nya", "lah", "kah", "pun"}
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "%", "'s"}
NO_SPACE_AFTER = {"("}


def indonesian_sentences() -> list[str]:
    """nlp-id's tagged news corpus, detokenized: one string per sentence."""
    import nlp_id  # pip install nlp-id

    path = Path(nlp_id.__file__).parent / "data" / "dataset_postag.txt"
    sentences, tokens = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if tokens:
                sentences.append(_detokenize(tokens))
                tokens = []
            continue
        tokens.append(line.split("\t")[0])
    return sentences


def _detokenize(tokens: list[str]) -> str:
    out = ""
    for token in tokens:
        if not out:
            out = token
        elif token.lower() in CLITICS or token in NO_SPACE_BEFORE or out[-1] in NO_SPACE_AFTER:
            out += token
        else:
            out += " " + token
    return out


def english_articles(wheel: Path, wikipedia: bool = True) -> list[str]:
    """ABC news articles (Lee corpus, Latin-1) and, optionally, Wikipedia paragraphs stripped of markup."""
    articles = []
    with zipfile.ZipFile(wheel) as z:
        for name in LEE:
            articles += [line.strip() for line in z.read(name).decode("latin-1").splitlines() if line.strip()]
        if wikipedia:
            articles += _wiki_paragraphs(bz2.decompress(z.read(WIKI)).decode("utf-8"))
    return articles


def _wiki_paragraphs(xml: str) -> list[str]:
    paragraphs = []
    for page in re.findall(r"<text[^>]*>(.*?)</text>", xml, flags=re.S):
        text = re.sub(r"&lt;ref.*?(?:/&gt;|&lt;/ref&gt;)", "", page, flags=re.S)
        text = re.sub(r"\{\{[^{}]*\}\}", "", text)
        text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
        text = re.sub(r"&lt;.*?&gt;|'''?|&quot;|&amp;\w+;", "", text)
        for para in text.split("\n"):
            para = para.strip()
            # Prose only: no headings, lists, tables, templates, link lines.
            if len(para) > 80 and para[0].isalpha() and not re.search(r"[{}|=\[\]]", para):
                paragraphs.append(para)
    return paragraphs
