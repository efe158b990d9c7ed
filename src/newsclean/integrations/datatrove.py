"""datatrove: a formatter step and a filter step for datatrove pipelines.

Install with ``pip install 'newsclean[datatrove]'``.  The steps run under every datatrove
executor (local, Slurm, Ray); each worker gets a pickled copy of the step.

>>> from datatrove.data import Document
>>> step = NewscleanFormatter()
>>> doc = Document(text="Bridge opens\\n\\nNews\\n\\nThe bridge opened on Monday, officials said.",
...                id="1")
>>> [d.text for d in step.run(iter([doc]))]
['The bridge opened on Monday, officials said.']
>>> doc.metadata["newsclean_title"], doc.metadata["newsclean_section"]
('Bridge opens', 'News')
>>> [d.id for d in NewscleanFilter().run(iter([doc]))]
['1']
"""

from __future__ import annotations

from typing import Any

from newsclean.config import Config
from newsclean.integrations import require
from newsclean.integrations.batch import ADDED_COLUMNS, STATUS, BatchCleaner
from newsclean.pipeline import make_pipeline

require("datatrove", "datatrove")

from datatrove.pipeline.base import PipelineStep  # noqa: E402
from datatrove.pipeline.filters.base_filter import BaseFilter  # noqa: E402

__all__ = ["NewscleanFilter", "NewscleanFormatter"]


class NewscleanFormatter(PipelineStep):  # type: ignore[misc]
    """Clean each document's text; put title, section and status in its metadata.

    The title is read from ``doc.metadata[title_key]`` when present (then the text is taken as
    the body), else found in the text.  A document that cannot be cleaned (its body would be
    empty) keeps its text and gets its error code in ``metadata["newsclean_status"]``; it is
    never dropped here: add :class:`NewscleanFilter` after this step to drop it.
    """

    name = "newsclean"
    type = "✂️ - FORMAT"

    def __init__(
        self, config: Config | None = None, *, title_key: str | None = "title", **options: Any
    ) -> None:
        super().__init__()
        self.cleaner = BatchCleaner(make_pipeline(config, **options), "text", title_key)

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Any:
        """Yield every document, cleaned (datatrove's step protocol)."""
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                record = self.cleaner.record({**doc.metadata, "text": doc.text})
            status = record[STATUS]
            self.stat_update(status if status == "ok" else f"not_cleaned_{status}")
            if record["text"] != doc.text:
                self.stat_update("changed")
            doc.text = record["text"]
            doc.metadata.update((key, record[key]) for key in ADDED_COLUMNS)
            yield doc


class NewscleanFilter(BaseFilter):  # type: ignore[misc]
    """Drop the documents newsclean could not clean, with the error code as the reason.

    After :class:`NewscleanFormatter` it reads ``metadata["newsclean_status"]``; on documents
    that have not been through the formatter it runs the pipeline to decide, without changing
    the text.  Dropped documents go to ``exclusion_writer`` when one is given.
    """

    name = "newsclean filter"

    def __init__(
        self, config: Config | None = None, *, exclusion_writer: Any = None, **options: Any
    ) -> None:
        super().__init__(exclusion_writer)
        self.cleaner = BatchCleaner(make_pipeline(config, **options), "text", "title")

    def filter(self, doc: Any) -> bool | tuple[bool, str]:
        """Keep a document whose status is ``ok``; drop it with its error code otherwise."""
        status = doc.metadata.get(STATUS)
        if status is None:
            status = self.cleaner.record({**doc.metadata, "text": doc.text})[STATUS]
        return True if status == "ok" else (False, str(status))
