"""Engine-free batch, record and pandas functions: the contract every integration builds on.

Rows are never dropped: each output row carries ``newsclean_status`` (``"ok"`` or the error
code, e.g. ``"empty_body"``) and ``newsclean_reason``; :func:`keep_clean` filters on it.

>>> cleaner = BatchCleaner()
>>> out = cleaner({"text": ["Bridge opens\\n\\nThe bridge opened on Monday, officials said today.",
...                         "upstairs"]})
>>> out["text"][0], out["newsclean_title"][0], out["newsclean_status"]
('The bridge opened on Monday, officials said today.', 'Bridge opens', ['ok', 'empty_body'])
>>> keep_clean(out)
[True, False]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from newsclean.errors import NewscleanError
from newsclean.pipeline import Pipeline, make_pipeline

__all__ = ["ADDED_COLUMNS", "STATUS", "BatchCleaner", "keep_clean"]

#: The column that says whether a row was cleaned ("ok") or why not (an error code).
STATUS = "newsclean_status"
#: The columns the cleaner adds to every batch or record.
ADDED_COLUMNS = ("newsclean_title", "newsclean_section", STATUS, "newsclean_reason")


@dataclass(frozen=True)
class BatchCleaner:
    """Clean the ``text_column`` of records, columnar or one by one.

    The text column gets the cleaned body (paragraphs joined as in the input); the title
    found or repaired goes to ``newsclean_title``, the section to ``newsclean_section``.  A
    row that cannot be cleaned keeps its text and gets its error code in ``newsclean_status``.
    Frozen and made of frozen parts, it pickles and hashes the same in every process, so
    ``datasets`` can fingerprint and cache a ``map`` with it.
    """

    pipeline: Pipeline = field(default_factory=make_pipeline)
    text_column: str = "text"
    title_column: str | None = "title"

    def _one(self, text: Any, title: Any) -> tuple[str, str | None, str | None, str, str]:
        try:
            article = self.pipeline(text, title=title if isinstance(title, str) else None)
        except NewscleanError as error:
            return text, None, None, error.code, str(error)
        body = article.paragraph_separator.join(article.paragraphs)
        return body, article.title, article.section, "ok", ""

    def __call__(self, batch: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
        """Clean a batch given as columns (``{"text": [...], "title": [...], ...}``)."""
        texts = batch[self.text_column]
        titles = batch.get(self.title_column) if self.title_column else None
        rows = [self._one(t, None if titles is None else titles[i]) for i, t in enumerate(texts)]
        out = dict(batch)
        out[self.text_column] = [row[0] for row in rows]
        for index, name in enumerate(ADDED_COLUMNS, start=1):
            out[name] = [row[index] for row in rows]
        return out

    def record(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Clean one record (a dict), for row-wise engines (Ray ``map``, datatrove)."""
        title = record.get(self.title_column) if self.title_column else None
        values = self._one(record[self.text_column], title)
        out = dict(record)
        out[self.text_column] = values[0]
        out.update(zip(ADDED_COLUMNS, values[1:], strict=True))
        return out

    def pandas(self, frame: Any) -> Any:
        """Clean a pandas DataFrame (Dask ``map_partitions``); returns a new DataFrame."""
        columns = {name: frame[name].tolist() for name in frame.columns}
        return type(frame)(self(columns))

    def pandas_batches(self, frames: Iterator[Any]) -> Iterator[Any]:
        """Clean an iterator of DataFrames (Spark ``mapInPandas``)."""
        for frame in frames:
            yield self.pandas(frame)


def keep_clean(batch: Mapping[str, list[Any]]) -> list[bool]:
    """A mask of the rows that were cleaned: ``dataset.filter(keep_clean, batched=True)``."""
    return [status == "ok" for status in batch[STATUS]]
