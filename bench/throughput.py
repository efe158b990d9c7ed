"""Throughput benchmark: newsclean against ftfy and a single regex pass, on one machine.

Run from the project root:  python bench/throughput.py [--articles 20000] [--cli]

It builds a corpus of scraped-looking articles (from ../shared/eval when it is there, else
generated), with the residue and damage of real scraped text: a title, a section label and
the title repeated, "." and "upstairs" at the end, mojibake in about 10% of the articles,
no-break and doubled spaces, trailing spaces and CRLF.  It prints, in one run: MB/s and
articles/s on one core for newsclean.clean, ftfy.fix_text and one whitespace regex; the
newsclean/ftfy ratio; time per MB from 1 KB to 16 MB articles; clean_many with 1 and 2
workers; peak RSS.  With --cli it also times the command line, with -W 1 and -W 2, on 10,000
small files and on JSON Lines files of 100 MB and 1 GB (--jsonl-mb) cleaned in place, and
reports each run's peak RSS (main process or largest worker), to show memory stays flat.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import ftfy

import newsclean

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "data"
WHITESPACE = re.compile(r"[ \t\u00a0]+")

WORDS = (
    "the council said on monday that a new plan for the city would cost more than expected "
    "officials minister government report people year week police court market prices "
    "während über stadt regierung année débat ciudad presupuesto москва правительство"
).split()


def base_texts(rng: random.Random) -> list[tuple[str, str]]:
    """(title, body) pairs: real extractor output when the eval kit is there."""
    pairs: list[tuple[str, str]] = []
    for name in ("l3s_gn1", "cleaneval", "trafeval"):
        path = EVAL / f"{name}.jsonl.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    case = json.loads(line)
                    if case["raw_text"].strip():
                        pairs.append((case["title"] or "Untitled", case["raw_text"]))
    if pairs:
        return pairs
    for _ in range(2000):
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60))).capitalize() + "."
            for _ in range(rng.randint(3, 15))
        ]
        pairs.append((" ".join(rng.choice(WORDS) for _ in range(7)).title(), "\n".join(paragraphs)))
    return pairs


def scrape(title: str, body: str, rng: random.Random) -> str:
    """One article as a scraper would save it."""
    lines = body.split("\n")
    if rng.random() < 0.10:  # mojibake: a paragraph of UTF-8 read as windows-1252
        i = rng.randrange(len(lines))
        lines[i] = lines[i].encode("utf-8").decode("windows-1252", errors="replace")
    if rng.random() < 0.3:
        lines = [
            line + "  " if rng.random() < 0.3 else line.replace(" ", "\u00a0", 1) for line in lines
        ]
    text = f"{title}\n\nNews\n\n{title}\n\n" + "\n\n".join(lines) + "\n\n.\nupstairs\n"
    return text.replace("\n", "\r\n") if rng.random() < 0.1 else text


def corpus(articles: int, target_mb: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pairs = base_texts(rng)
    average = target_mb * 1e6 / articles
    out = []
    for n in range(articles):
        title, body = pairs[n % len(pairs)]
        # sizes spread around the target (in characters; UTF-8 and long last lines add ~35%)
        size = rng.uniform(0.3, 1.7) * average * 0.72
        while len(body) < size:
            body = body + "\n" + pairs[rng.randrange(len(pairs))][1]
        lines, kept = body.split("\n"), 0
        for i, line in enumerate(lines):
            kept += len(line) + 1
            if kept >= size:
                lines = lines[: i + 1]
                break
        out.append(scrape(title, "\n".join(lines), rng))
    return out


def rate(texts: list[str], function) -> tuple[float, float, float]:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.perf_counter()
    for text in texts:
        function(text)
    seconds = time.perf_counter() - start
    return size / seconds, len(texts) / seconds, seconds


def sized_article(kb: int, paragraphs: list[str], rng: random.Random) -> str:
    """A title and paragraphs drawn from ``paragraphs``, about ``kb`` KB in all."""
    parts, total = [], 0
    while total < kb * 1024:
        part = rng.choice(paragraphs)
        parts.append(part)
        total += len(part.encode("utf-8")) + 2
    return "Title of the article\n\n" + "\n\n".join(parts)


def clean_or_none(text: str) -> object:
    try:
        return newsclean.clean(text)
    except newsclean.EmptyBodyError:
        return None


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--mb", type=float, default=100.0)
    parser.add_argument("--cli", action="store_true", help="also time the command line")
    parser.add_argument(
        "--jsonl-mb",
        type=float,
        nargs="+",
        default=[100.0, 1000.0],
        help="sizes of the JSON Lines files cleaned in place by the command line",
    )
    parser.add_argument("--cli-only", action="store_true", help="only the command-line part")
    args = parser.parse_args()

    texts = corpus(args.articles, args.mb)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(
        f"corpus: {len(texts)} articles, {size:.1f} MB "
        f"({'from ../shared/eval' if (EVAL / 'l3s_gn1.jsonl.gz').exists() else 'generated'})"
    )
    if args.cli_only:
        cli_benchmark(texts, args.jsonl_mb)
        return 0

    print("\none core                 MB/s   articles/s   seconds")
    results = {}
    for name, function in (
        ("newsclean.clean", clean_or_none),
        ("ftfy.fix_text", ftfy.fix_text),
        ("whitespace regex", lambda t: WHITESPACE.sub(" ", t)),
    ):
        mbs, aps, seconds = rate(texts, function)
        results[name] = mbs
        print(f"{name:20} {mbs:8.2f} {aps:12.0f} {seconds:9.1f}")
    print(f"newsclean / ftfy:       {results['newsclean.clean'] / results['ftfy.fix_text']:.2f}x")
    print(f"newsclean / regex pass: {results['newsclean.clean'] / results['whitespace regex']:.3f}")

    print("\nsize scaling (newsclean.clean, seconds per MB)")
    paragraphs = [p for t in texts[:2000] for p in t.split("\n\n")[3:-1] if p]
    costs = []
    for kb in (1, 4, 16, 64, 256, 1024, 4096, 16384):
        rng = random.Random(kb)
        # As many different articles as make 4 MB (one of the larger sizes): every size
        # class cleans about the same amount and mix of paragraphs, so that only the size
        # of the articles differs between classes, not the luck of one draw.
        count = max(1, (4 * 1024 * 1024) // (kb * 1024))
        articles = [sized_article(kb, paragraphs, rng) for _ in range(count)]
        megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1e6
        start = time.perf_counter()
        for article in articles:
            clean_or_none(article)
        per_mb = (time.perf_counter() - start) / megabytes
        costs.append(per_mb)
        print(f"{kb:>8} KB  {per_mb:8.4f} s/MB  ({count} articles)")
    median = statistics.median(costs)
    print(f"worst / median cost per MB: {max(costs) / median:.2f}")

    print("\nclean_many                MB/s   speed-up")
    base = 0.0
    for workers in (1, 2):
        start = time.perf_counter()
        for _ in newsclean.clean_many(texts, workers=workers, chunk_size=64):
            pass
        mbs = size / (time.perf_counter() - start)
        base = base or mbs
        print(f"workers={workers}          {mbs:10.2f} {mbs / base:9.2f}x")
    print(f"\npeak RSS of this process: {peak_rss_mb():.0f} MB")

    if args.cli:
        cli_benchmark(texts, args.jsonl_mb)
    return 0


def run_cli(arguments: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one command-line run in a fresh process: the larger of
    the main process's VmHWM and the largest worker process's peak."""
    code = (
        "import resource, sys\nfrom newsclean.cli import main\n"
        f"rc = main({arguments!r})\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(max(int(hwm), workers) / 1024, file=sys.stderr)\n"
        "sys.exit(0)\n"
    )
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    summary = next((line for line in reversed(lines) if "unchanged" in line), "")
    if summary:
        print(f"    ({summary})")
    return seconds, float(lines[-1])


def cli_benchmark(texts: list[str], jsonl_mb: list[float]) -> None:
    print("\ncommand line                    seconds   peak RSS MB")
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small"
        for workers in (1, 2):
            small.mkdir(exist_ok=True)
            for i in range(10000):
                (small / f"{i}.txt").write_text(texts[i % len(texts)][:4000], encoding="utf-8")
            seconds, rss = run_cli([str(small), "-W", str(workers)])
            print(f"10,000 .txt files, -W {workers}      {seconds:8.1f} {rss:12.0f}")
        for megabytes in jsonl_mb:
            big = Path(folder) / "big.jsonl"
            write_jsonl(big, texts, megabytes)
            for workers in (1, 2):
                shutil.copyfile(big, Path(folder) / "work.jsonl")
                seconds, rss = run_cli([str(Path(folder) / "work.jsonl"), "-W", str(workers)])
                print(
                    f"{megabytes:,.0f} MB JSONL in place, -W {workers}"
                    f" {seconds:8.1f} {rss:12.0f}   ({megabytes / seconds:.1f} MB/s)"
                )
            big.unlink()


def write_jsonl(path: Path, texts: list[str], megabytes: float) -> None:
    """A JSON Lines file of about ``megabytes`` MB of records cycling through ``texts``."""
    with path.open("w", encoding="utf-8") as out:
        written, i = 0, 0
        while written < megabytes * 1e6:
            record = {"id": i, "title": "T", "text": texts[i % len(texts)]}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            i += 1


if __name__ == "__main__":
    raise SystemExit(main())
