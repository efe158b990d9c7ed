"""Adapters for engines that run newsclean over many records.

The engine-free part is :mod:`newsclean.integrations.batch`: a columnar batch function (the
``dict`` of column lists that ``datasets.map(batched=True)`` and Ray ``map_batches`` pass), a
record function, and a pandas function for Spark ``mapInPandas`` and Dask
``map_partitions``.  Each engine module imports its engine lazily and says which extra to
install when it is missing.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from newsclean.errors import NewscleanError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(NewscleanError, ImportError):
    """An optional engine is not installed; the message gives the exact pip line."""

    code = "missing_extra"


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``newsclean[extra]``."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(
            f"{module} is not installed: pip install 'newsclean[{extra}]'"
        ) from error
