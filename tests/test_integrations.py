"""Engines: Hugging Face datasets with num_proc=2 and its cache, spawn pools, pandas, and
pipelines hashing the same in fresh processes."""

from __future__ import annotations

import gzip
import json
import logging
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.integrations import MissingExtraError, require
from newsclean.integrations.batch import STATUS, BatchCleaner, keep_clean

BODY = "The council approved the plan on Monday after a long debate, officials said."


def records(count: int = 300) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(count):
        if i % 50 == 7:
            rows.append({"id": i, "title": f"Story {i}", "text": "upstairs\n."})
        else:
            text = f"Story {i}\n\nNews\n\n{BODY} ({i})\n\nShare\n\n.\nupstairs"
            rows.append({"id": i, "title": f"Story {i}", "text": text})
    return rows


def serial(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    cleaner = BatchCleaner()
    return [cleaner.record(row) for row in rows]


def test_record_function_marks_rejects_and_keeps_them() -> None:
    out = serial(records(60))
    assert [row[STATUS] for row in out].count("empty_body") == 2
    assert out[0]["text"] == f"{BODY} (0)"
    assert out[7]["text"] == "upstairs\n."  # kept as it was, with its status
    batch = {key: [row[key] for row in out] for key in out[0]}
    assert sum(keep_clean(batch)) == 58


def test_hf_dataset_with_two_processes_equals_serial() -> None:
    datasets = pytest.importorskip("datasets")
    from newsclean.integrations.hf import clean_dataset

    rows = records()
    dataset = datasets.Dataset.from_list(rows)
    out = clean_dataset(dataset, num_proc=2, batch_size=32)
    assert out.to_list() == serial(rows)


def test_hf_map_cache_is_reused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    datasets = pytest.importorskip("datasets")
    from newsclean.integrations.hf import clean_dataset

    datasets.Dataset.from_list(records(100)).save_to_disk(str(tmp_path / "raw"))
    dataset = datasets.load_from_disk(str(tmp_path / "raw"))
    with caplog.at_level(logging.WARNING):
        first = clean_dataset(dataset, extra_phrases=["b", "a"])
        second = clean_dataset(dataset, extra_phrases=["a", "b"])
    assert not [r for r in caplog.records if "hashed" in r.getMessage()]
    assert first._fingerprint == second._fingerprint
    assert first.cache_files and first.cache_files == second.cache_files


HASH_CODE = (
    "from datasets.fingerprint import Hasher\n"
    "from newsclean import make_pipeline\n"
    "from newsclean.integrations.batch import BatchCleaner\n"
    "print(Hasher.hash(BatchCleaner(make_pipeline(extra_phrases=['Daily Example', 'Ad', 'x']))))\n"
)


def test_cleaner_hashes_the_same_in_fresh_processes() -> None:
    pytest.importorskip("datasets")
    hashes = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", HASH_CODE],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        hashes.add(done.stdout.strip())
    assert len(hashes) == 1


def test_spawn_pool_equals_serial() -> None:
    rows = records(120)
    cleaner = BatchCleaner(newsclean.make_pipeline(exclude_families=["credit"]))
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        out = pool.map(cleaner.record, rows, chunksize=10)
    assert out == [cleaner.record(row) for row in rows]


def test_pandas_function() -> None:
    pandas = pytest.importorskip("pandas")
    rows = records(40)
    frame = pandas.DataFrame(rows)

    def plain(result: pandas.DataFrame) -> list[dict[str, object]]:
        # pandas shows a column of None as NaN; compare values as Python objects
        return result.astype(object).where(result.notna(), None).to_dict(orient="records")

    assert plain(BatchCleaner().pandas(frame)) == serial(rows)
    batches = list(BatchCleaner().pandas_batches(iter([frame.iloc[:20], frame.iloc[20:]])))
    assert plain(pandas.concat(batches)) == serial(rows)


def test_missing_engine_names_the_extra() -> None:
    with pytest.raises(MissingExtraError, match=r"pip install 'newsclean\[hf\]'"):
        require("no_such_engine_module", "hf")


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def read_jsonl_folder(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle)
    return rows


def test_datatrove_local_executor_with_two_workers_equals_serial(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newsclean.integrations.datatrove import NewscleanFilter, NewscleanFormatter

    rows = [{**row, "id": str(row["id"])} for row in records()]
    write_jsonl(tmp_path / "in" / "a.jsonl", rows[:150])
    write_jsonl(tmp_path / "in" / "b.jsonl", rows[150:])
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            NewscleanFormatter(),
            NewscleanFilter(exclusion_writer=JsonlWriter(str(tmp_path / "rejected"))),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    expected = {str(row["id"]): row for row in serial(rows)}
    kept = read_jsonl_folder(tmp_path / "out")
    rejected = read_jsonl_folder(tmp_path / "rejected")
    assert sorted(int(doc["id"]) for doc in kept + rejected) == list(range(300))
    assert len(rejected) == 6
    for doc in kept + rejected:
        want = expected[doc["id"]]
        assert doc["text"] == want["text"]
        for key in ("newsclean_title", "newsclean_section", STATUS, "newsclean_reason"):
            assert doc["metadata"][key] == want[key]
    assert {doc["metadata"]["filter_reason"] for doc in rejected} == {"empty_body"}


def test_datatrove_filter_alone_decides_by_cleaning() -> None:
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from newsclean.integrations.datatrove import NewscleanFilter

    docs = [Document(text=row["text"], id=str(row["id"])) for row in records(60)]  # type: ignore[arg-type]
    kept = list(NewscleanFilter().run(iter(docs)))
    assert [doc.id for doc in kept] == [str(i) for i in range(60) if i % 50 != 7]
    assert kept[0].text == docs[0].text  # the filter does not change text


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[None]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


@pytest.mark.usefixtures("ray_cluster")
def test_ray_data_on_two_cpus_equals_serial() -> None:
    import ray.data

    from newsclean.integrations.ray import clean_ray_dataset

    rows = records()
    out = clean_ray_dataset(ray.data.from_items(rows), batch_size=32).take_all()
    assert sorted(out, key=lambda row: row["id"]) == serial(rows)
    kept = clean_ray_dataset(ray.data.from_items(rows)).filter(lambda row: row[STATUS] == "ok")
    assert kept.count() == 294


def test_batch_of_numpy_columns() -> None:
    numpy = pytest.importorskip("numpy")
    rows = records(20)
    batch = {key: numpy.array([row[key] for row in rows], dtype=object) for key in rows[0]}
    out = BatchCleaner()(batch)
    assert out["text"] == [row["text"] for row in serial(rows)]
