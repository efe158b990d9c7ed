"""Adapter for ../shared/eval/score.py: newsclean.clean as a function str -> body text."""

from __future__ import annotations

import newsclean


def clean(text: str, title: str = "", lang: str = "") -> str:
    """Return the cleaned body (no title, no section); an empty body gives ''."""
    try:
        article = newsclean.clean(text, title=title or None, language=lang or None)
    except newsclean.EmptyBodyError:
        return ""
    return "\n".join(article.paragraphs)
