"""newsclean: turn scraped news text into clean, validated articles, with an audit trail.

>>> import newsclean
>>> article = newsclean.clean("Storm hits coast\\n\\nStorm hits coast\\n\\n"
...                           "Heavy rain battered the coast overnight, officials said.")
>>> article.title, article.paragraphs
('Storm hits coast', ('Heavy rain battered the coast overnight, officials said.',))
"""

from __future__ import annotations

import logging

from newsclean._version import __version__
from newsclean.config import Config
from newsclean.document import Document, Line
from newsclean.errors import ConfigError, EmptyBodyError, InputError, NewscleanError
from newsclean.normalizers import DEFAULT_ORDER, REGISTRY
from newsclean.parallel import clean_many
from newsclean.pipeline import Normalizer, Pipeline, clean, explain, make_pipeline
from newsclean.schema import Article, Change

__all__ = [
    "DEFAULT_ORDER",
    "REGISTRY",
    "Article",
    "Change",
    "Config",
    "ConfigError",
    "Document",
    "EmptyBodyError",
    "InputError",
    "Line",
    "NewscleanError",
    "Normalizer",
    "Pipeline",
    "__version__",
    "clean",
    "clean_many",
    "explain",
    "make_pipeline",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
