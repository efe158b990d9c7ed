"""The newsclean version; it is recorded in every Article, since output depends on it."""

__version__ = "0.1.0"
