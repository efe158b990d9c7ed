"""Engine benchmark: the same articles cleaned serially, by datasets, by Ray Data, by datatrove.

Run from the project root:  python bench/engines.py [--articles 20000] [--workers 2]

Needs the engines: pip install -e '.[hf,ray,datatrove]'.  It builds the corpus of
bench/throughput.py, then prints records/s for: a serial loop over the batch function;
datasets ``map(batched=True, num_proc=N)`` (caching off, so every run computes); Ray Data
``map_batches`` on ``ray.init(num_cpus=N)``; a datatrove ``LocalPipelineExecutor`` with N
workers reading and writing JSON Lines.  Start-up is timed apart: the same engine call on 2
records (for Ray, plus ``ray.init``).  Each engine's output is checked against the serial
output before its figure is printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from throughput import corpus

from newsclean.integrations.batch import BatchCleaner


def records(texts: list[str]) -> list[dict[str, Any]]:
    return [{"id": str(i), "text": text} for i, text in enumerate(texts)]


def serial(rows: list[dict[str, Any]], batch_size: int) -> list[dict[str, Any]]:
    cleaner = BatchCleaner()
    out: list[dict[str, Any]] = []
    for start in range(0, len(rows), batch_size):
        chunk = rows[start : start + batch_size]
        batch = cleaner({key: [row[key] for row in chunk] for key in chunk[0]})
        columns = list(batch.values())
        out.extend(dict(zip(batch, values, strict=True)) for values in zip(*columns, strict=True))
    return out


def run_datasets(rows: list[dict[str, Any]], workers: int, batch_size: int) -> list[dict[str, Any]]:
    import datasets

    from newsclean.integrations.hf import clean_dataset

    datasets.disable_caching()
    datasets.logging.set_verbosity_error()
    datasets.disable_progress_bars()
    dataset = datasets.Dataset.from_list(rows)
    return clean_dataset(dataset, num_proc=workers, batch_size=batch_size).to_list()


def run_ray(rows: list[dict[str, Any]], batch_size: int) -> list[dict[str, Any]]:
    import ray.data

    from newsclean.integrations.ray import clean_ray_dataset

    out = clean_ray_dataset(ray.data.from_items(rows), batch_size=batch_size).take_all()
    return sorted(out, key=lambda row: int(row["id"]))


def run_datatrove(rows: list[dict[str, Any]], workers: int) -> list[dict[str, Any]]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newsclean.integrations.datatrove import NewscleanFormatter

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "in").mkdir()
        share = -(-len(rows) // workers)
        for task in range(workers):
            part = rows[task * share : (task + 1) * share]
            lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in part)
            (root / "in" / f"{task:03d}.jsonl").write_text(lines, encoding="utf-8")
        LocalPipelineExecutor(
            pipeline=[
                JsonlReader(str(root / "in")),
                NewscleanFormatter(),
                JsonlWriter(str(root / "out")),
            ],
            tasks=workers,
            workers=workers,
            logging_dir=str(root / "logs"),
        ).run()
        out = []
        for path in sorted((root / "out").glob("*.jsonl.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for line in handle:
                    doc = json.loads(line)
                    out.append({"id": doc["id"], "text": doc["text"], **doc["metadata"]})
    return sorted(out, key=lambda row: int(row["id"]))


def same_rows(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> bool:
    keys = ("id", "text", "newsclean_title", "newsclean_section", "newsclean_status")
    return len(got) == len(want) and all(
        all(a.get(key) == b.get(key) for key in keys) for a, b in zip(got, want, strict=True)
    )


def timed(function: Any, *args: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def report(name: str, seconds: float, count: int, startup: float, ok: bool | None) -> None:
    check = "" if ok is None else ("  output == serial" if ok else "  OUTPUT DIFFERS")
    print(
        f"{name:<34} {count / seconds:>9,.0f} records/s  {seconds:7.2f} s"
        f"  start-up {startup:5.2f} s{check}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args()
    logging.disable(logging.WARNING)

    rows = records(corpus(args.articles, target_mb=args.articles * 100 / 20_000))
    tiny = rows[:2]
    size = sum(len(row["text"].encode()) for row in rows) / 1e6
    print(f"corpus: {len(rows):,} articles, {size:.1f} MB; {args.workers} workers\n")

    seconds, want = timed(serial, rows, args.batch_size)
    report("serial (BatchCleaner)", seconds, len(rows), 0.0, None)
    failures = 0

    def check(name: str, seconds: float, startup: float, got: list[dict[str, Any]]) -> bool:
        ok = same_rows(got, want)
        report(name, seconds, len(rows), startup, ok)
        return ok

    startup, _ = timed(run_datasets, tiny, args.workers, args.batch_size)
    seconds, got = timed(run_datasets, rows, args.workers, args.batch_size)
    failures += not check(f"datasets map num_proc={args.workers}", seconds, startup, got)

    import ray

    init, _ = timed(
        lambda: ray.init(num_cpus=args.workers, include_dashboard=False, log_to_driver=False)
    )
    first, _ = timed(run_ray, tiny, args.batch_size)
    seconds, got = timed(run_ray, rows, args.batch_size)
    failures += not check(f"Ray Data num_cpus={args.workers}", seconds, init + first, got)
    ray.shutdown()

    startup, _ = timed(run_datatrove, tiny, args.workers)
    seconds, got = timed(run_datatrove, rows, args.workers)
    failures += not check(f"datatrove local workers={args.workers}", seconds, startup, got)
    print("\n(datatrove's time includes reading and writing the JSON Lines files)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
