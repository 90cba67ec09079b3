"""Known-claims matching at scale, reported beside a baseline measured in the same run.

    python3 bench/claims_bench.py                 # 100,000 claims (about a minute to build)
    python3 bench/claims_bench.py --claims 20000  # quicker

1. Generates N claims (fixed seed; half Indonesian, half English) with a Zipf-like
   vocabulary: a few hundred news words everyone uses and 30,000 rarer made-up names
   and terms, as real fact-check archives have; builds the index with the importer's
   store (one transaction), and reports the time per 1,000 claims.
2. Lints 1,000-word Indonesian articles (generated from the same vocabulary, three
   sentences of each repeating an indexed claim) with all bundled rules, in a new
   process each (as a server that did not build the index):
     baseline  the same articles, the same Linter options, no index file
     claims    with the index
   cold: a new Linter and its first article (opening the index, loading the stemmer);
   warm: the mean of the following articles; again: the same articles a second time
   (every word stemmed before: Sastrawi is slowest on words it cannot reduce to a root,
   and generated text brings new ones to each article). The claims' cost is claims -
   baseline; the issue's target is under 100 ms per 1,000-word article (warm).
Nothing here asserts a time; machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_lint.api import Linter, Options  # noqa: E402
from qa_lint.claims.store import ClaimRecord, ClaimStore  # noqa: E402

SEED = 20261203
SYLLABLES = ["ka", "ra", "ma", "si", "to", "lu", "ng", "ba", "de", "ti", "po", "wa", "ja", "ne", "su", "ri", "ko", "la"]
COMMON = {
    "id": ("pemerintah presiden menteri warga harga vaksin banjir gempa polisi sekolah rumah sakit pasar listrik air "
           "beras minyak gaji pajak utang pemilu partai desa kota provinsi dokter guru petani nelayan pabrik bank "
           "menaikkan menurunkan menyebabkan melarang membagikan menewaskan mencegah menyembuhkan menghapus menjual "
           "membangun menolak mengumumkan menaikkan dibagikan dilarang ditangkap diberikan gratis palsu baru besar").split(),
    "en": ("government president minister residents price vaccine flood earthquake police school hospital market power water "
           "rice oil wages tax debt election party village city state doctor teacher farmer fishermen factory bank "
           "raise cut cause ban hand out kill prevent cure abolish sell build reject announce arrested given free fake new").split(),
}
GLUE = {"id": "yang dan di ke dari ini itu dengan untuk pada akan juga telah bahwa oleh karena".split(),
        "en": "the and in to of this that with for on will also has that by because".split()}
RATINGS = {"id": ["Salah", "Hoaks", "Menyesatkan", "Sebagian Benar"], "en": ["False", "Misleading", "Half True", "Pants on Fire"]}


def made_up_words(rng: random.Random, n: int) -> list[str]:
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Generator:
    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.rare = made_up_words(self.rng, 30_000)
        # Zipf-like: the k-th rare word is drawn with weight 1/k.
        self.weights = [1 / (k + 1) for k in range(len(self.rare))]

    def sentence(self, language: str, words: int) -> str:
        rng = self.rng
        out: list[str] = []
        # Like prose: a word rarely comes twice in one sentence.
        rare = list(dict.fromkeys(rng.choices(self.rare, self.weights, k=words)))
        common = rng.sample(COMMON[language], min(words, len(COMMON[language])))
        for _ in range(words):
            pick = rng.random()
            if pick < 0.3:
                out.append(rng.choice(GLUE[language]))
            elif pick < 0.7 and common:
                out.append(common.pop())
            elif rare:
                word = rare.pop()
                out.append(word.capitalize() if rng.random() < 0.3 else word)
        if rng.random() < 0.4:
            out.insert(rng.randrange(len(out)), f"{rng.randint(2, 5000):,}".replace(",", "." if language == "id" else ","))
        return " ".join(out).capitalize() + "."

    def claims(self, n: int) -> list[ClaimRecord]:
        records = []
        for i in range(n):
            language = "id" if i % 2 == 0 else "en"
            records.append(ClaimRecord(url=f"https://bench.example/{language}/{i}", claim=self.sentence(language, self.rng.randint(7, 16)),
                                       rating=self.rng.choice(RATINGS[language]), language=language, publisher="Bench Check",
                                       date=f"20{self.rng.randint(15, 25)}-0{self.rng.randint(1, 9)}-1{self.rng.randint(0, 9)}"))
        return records

    def article(self, claims: list[ClaimRecord], words: int = 1000) -> tuple[str, set[str]]:
        """A generated article and the URLs of the claims it repeats."""
        sentences, count = [], 0
        repeats = self.rng.sample([c for c in claims if c.language == "id"], 3)
        while count < words:
            sentence = self.sentence("id", self.rng.randint(12, 22))
            sentences.append(sentence)
            count += len(sentence.split())
        for k, claim in enumerate(repeats):
            sentences.insert((k + 1) * len(sentences) // 4, "Unggahan itu menyebut " + claim.claim[0].lower() + claim.claim[1:])
        paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
        return "Judul Berita Uji\n\n" + "\n\n".join(paragraphs) + "\n", {c.url for c in repeats}


def measure(index: Path, folder: Path) -> dict:
    """Lint the articles saved in ``folder`` in a new process (the stemmer's cache empty,
    as in a server that did not build the index): see run_articles."""
    out = subprocess.run([sys.executable, __file__, "--run-articles", str(index), str(folder)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def run_articles(index: str, folder: str) -> None:
    """cold: a new Linter and its first article; warm: the mean of the others; again: the
    mean of the others linted a second time. The generated words are new to each article,
    and Sastrawi is slowest on words it cannot reduce to a root: "again" shows the cost
    once every word has been stemmed. Also: repeated claims found, other findings."""
    paths = sorted(Path(folder).glob("article*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    repeated = [set(p.with_suffix(".urls").read_text(encoding="utf-8").split()) for p in paths]
    started = time.perf_counter()
    linter = Linter(Options(language="id", claims_index=index, timeout=None, ui_lang="en"))
    linter.lint_text(texts[0], "article0.txt")
    cold = time.perf_counter() - started
    warm, again, found, other = [], [], 0, 0
    for k, text in enumerate(texts[1:], 1):
        started = time.perf_counter()
        result = linter.lint_text(text, f"article{k}.txt")
        warm.append(time.perf_counter() - started)
        urls = [f.message.rsplit("(", 1)[1].rstrip(")") for f in result.findings if f.rule == "id.sourcing.known-claim"]
        found += len(repeated[k] & set(urls))
        other += sum(url not in repeated[k] for url in urls)
    for k, text in enumerate(texts[1:], 1):
        started = time.perf_counter()
        linter.lint_text(text, f"again{k}.txt")
        again.append(time.perf_counter() - started)
    print(json.dumps({"cold": cold, "warm": statistics.mean(warm), "again": statistics.mean(again), "found": found, "other": other}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=6)
    parser.add_argument("--run-articles", nargs=2, metavar=("INDEX", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_articles:
        return run_articles(*args.run_articles)
    generator = Generator()
    claims = generator.claims(args.claims)
    articles = [generator.article(claims) for _ in range(args.articles)]
    words = statistics.mean(len(a.split()) for a, _ in articles)
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "claims.sqlite"
        started = time.perf_counter()
        with ClaimStore.open(index, create=True) as store:
            store.upsert(claims, source="bench")
        build = time.perf_counter() - started
        size = index.stat().st_size / 1024 / 1024
        print(f"index: {args.claims:,} claims built in {build:.1f} s ({build / args.claims * 1000 * 1000:.0f} ms per 1,000 claims), {size:.0f} MB")
        for k, (text, urls) in enumerate(articles):
            (Path(tmp) / f"article{k:02d}.txt").write_text(text, encoding="utf-8")
            (Path(tmp) / f"article{k:02d}.urls").write_text("\n".join(sorted(urls)), encoding="utf-8")
        base = measure(Path(tmp) / "absent.sqlite", Path(tmp))
        with_index = measure(index, Path(tmp))
    print(f"articles: {len(articles)} of about {words:.0f} words, all bundled rules, 3 repeated claims each; each run in a new process")
    for key, title in (("cold", "cold (a new Linter + first article)"), ("warm", f"warm (mean of the next {len(articles) - 1})"),
                       ("again", "the same articles again (every word stemmed before)")):
        b, w = base[key], with_index[key]
        print(f"{title}: baseline {b * 1000:.0f} ms, with claims {w * 1000:.0f} ms; ratio {w / b:.2f}; "
              f"the claims' cost {(w - b) * 1000:.0f} ms" + (" per article (target < 100 ms)" if key == "warm" else ""))
    found, other = with_index["found"], with_index["other"]
    print(f"repeated claims found: {found} of {3 * (len(articles) - 1)}; other known-claim findings (generated text "
          f"that happens to share a claim's words): {other}")


if __name__ == "__main__":
    main()
