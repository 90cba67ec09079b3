"""Known-claims matching at scale, reported beside a baseline measured in the same run.

    python3 bench/claims_bench.py                 # 100,000 claims (about a minute to build)
    python3 bench/claims_bench.py --claims 20000  # quicker

1. Generates N claims (fixed seed; half Indonesian, half English) with a Zipf-like
   vocabulary: a few hundred news words everyone uses and 30,000 rarer made-up names
   and terms, as real fact-check archives have; builds the index with the importer's
   store (one transaction), and reports the time per 1,000 claims.
2. Lints 1,000-word Indonesian articles (generated from the same vocabulary, three
   sentences of each repeating an indexed claim) with all bundled rules:
     baseline  the same articles, the same Linter options, no index file
     claims    with the index
   cold: a new Linter and its first article (opening the index, loading the stemmer);
   warm: the mean of the following articles. The claims' cost is claims - baseline; the
   issue's target is under 100 ms per 1,000-word article (warm).
Nothing here asserts a time; machines are shared and noisy.
"""

from __future__ import annotations

import argparse
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

    def article(self, claims: list[ClaimRecord], words: int = 1000) -> str:
        sentences, count = [], 0
        repeats = self.rng.sample([c for c in claims if c.language == "id"], 3)
        while count < words:
            sentence = self.sentence("id", self.rng.randint(12, 22))
            sentences.append(sentence)
            count += len(sentence.split())
        for k, claim in enumerate(repeats):
            sentences.insert((k + 1) * len(sentences) // 4, "Unggahan itu menyebut " + claim.claim[0].lower() + claim.claim[1:])
        paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
        return "Judul Berita Uji\n\n" + "\n\n".join(paragraphs) + "\n"


def cold(index: Path, article: Path) -> float:
    """A new process: a new Linter and its first article (qa_lint imported before the clock starts)."""
    out = subprocess.run([sys.executable, __file__, "--cold-run", str(index), str(article)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def cold_run(index: str, article: str) -> None:
    text = Path(article).read_text(encoding="utf-8")
    started = time.perf_counter()
    Linter(Options(language="id", claims_index=index, timeout=None)).lint_text(text, "article.txt")
    print(time.perf_counter() - started)


def warm(index: Path, articles: list[str]) -> tuple[float, int]:
    """(mean seconds, known-claim findings) of one Linter over the articles after the first."""
    linter = Linter(Options(language="id", claims_index=index, timeout=None))
    linter.lint_text(articles[0], "article0.txt")
    times, found = [], 0
    for k, text in enumerate(articles[1:], 1):
        started = time.perf_counter()
        result = linter.lint_text(text, f"article{k}.txt")
        times.append(time.perf_counter() - started)
        found += sum(f.rule == "id.sourcing.known-claim" for f in result.findings)
    return statistics.mean(times), found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=6)
    parser.add_argument("--cold-run", nargs=2, metavar=("INDEX", "ARTICLE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_run:
        return cold_run(*args.cold_run)
    generator = Generator()
    claims = generator.claims(args.claims)
    articles = [generator.article(claims) for _ in range(args.articles)]
    words = statistics.mean(len(a.split()) for a in articles)
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "claims.sqlite"
        started = time.perf_counter()
        with ClaimStore.open(index, create=True) as store:
            store.upsert(claims, source="bench")
        build = time.perf_counter() - started
        size = index.stat().st_size / 1024 / 1024
        print(f"index: {args.claims:,} claims built in {build:.1f} s ({build / args.claims * 1000 * 1000:.0f} ms per 1,000 claims), {size:.0f} MB")
        first = Path(tmp) / "article0.txt"
        first.write_text(articles[0], encoding="utf-8")
        absent = Path(tmp) / "absent.sqlite"
        base_cold, with_cold = min(cold(absent, first) for _ in range(2)), min(cold(index, first) for _ in range(2))
        base_warm, _ = warm(absent, articles)
        with_warm, found = warm(index, articles)
    print(f"articles: {len(articles)} of about {words:.0f} words, all bundled rules, 3 repeated claims each")
    print(f"cold (new process: Linter + first article): baseline {base_cold * 1000:.0f} ms, with claims {with_cold * 1000:.0f} ms; "
          f"ratio {with_cold / base_cold:.2f}; the claims' cost {(with_cold - base_cold) * 1000:.0f} ms")
    print(f"warm (mean of the next {len(articles) - 1}): baseline {base_warm * 1000:.0f} ms, with claims {with_warm * 1000:.0f} ms; "
          f"ratio {with_warm / base_warm:.2f}; the claims' cost {(with_warm - base_warm) * 1000:.0f} ms per article (target < 100 ms)")
    print(f"known-claim findings: {found} in {len(articles) - 1} articles that repeat {3 * (len(articles) - 1)} claims")


if __name__ == "__main__":
    main()
