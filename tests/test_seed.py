"""The founding example, read from ../shared/seeds when it is there."""

from __future__ import annotations

import pytest

import newsclean
from tests.conftest import SHARED, assert_stable

SEED = SHARED / "seeds" / "000_cc5765f54ca6ee45.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is not beside this checkout")
def test_seed_comes_out_as_specified() -> None:
    text = SEED.read_text(encoding="utf-8")
    article = newsclean.clean(text)
    title = "Russia-DPRK treaty provides military assistance in case of attack"
    assert article.title == title
    assert article.section == "News"
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].startswith("On December 4, ")
    assert article.paragraphs[-1].endswith("deliveries of North Korean weapons to Russia.")
    # every body paragraph is a line of the input, unchanged
    input_lines = text.split("\n")
    assert all(p in input_lines for p in article.paragraphs)
    removed = sorted((c.line, c.rule, c.text) for c in article.audit if c.action == "removed")
    removed = [(rule, text) for _, rule, text in removed]
    assert removed == [
        ("remove_repeated_title", title),
        ("remove_symbol_lines", "."),
        ("remove_boilerplate", "upstairs"),
    ]
    assert_stable(article)


def test_bundled_example_has_the_seed_artifacts() -> None:
    from tests.conftest import ROOT

    text = (ROOT / "examples" / "treaty.txt").read_text(encoding="utf-8")
    article = newsclean.clean(text)
    rules = {c.rule for c in article.audit}
    assert {
        "extract_title",
        "extract_section",
        "remove_repeated_title",
        "remove_symbol_lines",
        "remove_boilerplate",
    } <= rules
    assert article.section == "News"
