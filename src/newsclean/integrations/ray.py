"""Ray Data: clean a ``ray.data.Dataset`` with ``map_batches`` on every core of a cluster.

Install with ``pip install 'newsclean[ray]'``.  Ray runs the cleaner in its worker processes;
the pipeline travels to them pickled.  Ray Data does not keep row order unless
``DataContext.get_current().execution_options.preserve_order`` is set; the rows themselves
are the same either way.
"""

from __future__ import annotations

from typing import Any

from newsclean.config import Config
from newsclean.integrations import require
from newsclean.integrations.batch import BatchCleaner
from newsclean.pipeline import make_pipeline

__all__ = ["clean_ray_dataset"]


def clean_ray_dataset(
    dataset: Any,
    *,
    text_column: str = "text",
    title_column: str | None = "title",
    batch_size: int = 256,
    config: Config | None = None,
    **options: Any,
) -> Any:
    """Return ``dataset`` (lazy) with its text cleaned and the ``newsclean_*`` columns added.

    Rows that cannot be cleaned are kept with their status; drop them with
    ``dataset.filter(lambda row: row["newsclean_status"] == "ok")``.
    """
    require("ray.data", "ray")
    if title_column is not None and title_column not in dataset.columns():
        title_column = None
    cleaner = BatchCleaner(make_pipeline(config, **options), text_column, title_column)
    return dataset.map_batches(cleaner.pandas, batch_format="pandas", batch_size=batch_size)
