from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# A fixed, derandomized profile in CI so that a run is reproducible; a wider one locally.
settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def assert_stable(article: object, *, title: str | None = None) -> None:
    """Cleaning the article's text again gives the same title, section and paragraphs; and
    the text the command line writes back (no section line) gives the same title and
    paragraphs, so a second run changes no file."""
    import newsclean

    assert isinstance(article, newsclean.Article)
    again = newsclean.clean(article.to_text(), title=title)
    assert (again.title, again.section, again.paragraphs) == (
        article.title,
        article.section,
        article.paragraphs,
    )
    written = newsclean.clean(article.to_text(section=False), title=title)
    assert (written.title, written.paragraphs) == (article.title, article.paragraphs)
