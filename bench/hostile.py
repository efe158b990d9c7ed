"""Cost on hostile input: seconds per MB for each case of tests/test_hostile.py.

Run from the project root:  python bench/hostile.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_hostile import hostile_inputs

import newsclean


def main() -> int:
    print(f"{'case':28} {'MB':>7} {'seconds':>8} {'s/MB':>8}  result")
    worst = 0.0
    for name, text in sorted(hostile_inputs().items()):
        size = len(text.encode("utf-8", errors="surrogatepass")) / 1e6
        start = time.perf_counter()
        try:
            article = newsclean.clean(text)
            result = f"{len(article.paragraphs)} paragraphs, {len(article.audit)} changes"
        except newsclean.NewscleanError as error:
            result = f"{type(error).__name__}"
        seconds = time.perf_counter() - start
        per_mb = f"{seconds / size:8.3f}" if size >= 0.1 else "       -"  # tiny: fixed costs
        if size >= 0.1:
            worst = max(worst, seconds / size)
        print(f"{name:28} {size:7.2f} {seconds:8.3f} {per_mb}  {result}")
    print(f"worst cost per MB (inputs of 0.1 MB or more): {worst:.3f} s/MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
