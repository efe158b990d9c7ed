"""Hugging Face ``datasets``: clean a ``Dataset`` with ``map(batched=True, num_proc=N)``.

Install with ``pip install 'newsclean[hf]'``.  The map is cached by ``datasets``: a second
identical call reuses the cache files, since the cleaner hashes the same in every process.
"""

from __future__ import annotations

from typing import Any

from newsclean.config import Config
from newsclean.integrations import require
from newsclean.integrations.batch import BatchCleaner
from newsclean.pipeline import make_pipeline

__all__ = ["clean_dataset"]


def clean_dataset(
    dataset: Any,
    *,
    text_column: str = "text",
    title_column: str | None = "title",
    num_proc: int | None = None,
    batch_size: int = 256,
    config: Config | None = None,
    **options: Any,
) -> Any:
    """Return ``dataset`` with its text cleaned and the ``newsclean_*`` columns added."""
    require("datasets", "hf")
    if title_column is not None and title_column not in dataset.column_names:
        title_column = None
    cleaner = BatchCleaner(make_pipeline(config, **options), text_column, title_column)
    return dataset.map(cleaner, batched=True, batch_size=batch_size, num_proc=num_proc)
