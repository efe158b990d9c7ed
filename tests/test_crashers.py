"""Inputs found by the fuzzer (fuzz/fuzz_clean.py) that once broke a property: kept as
regression cases in tests/cases/crashers/, replayed through the same checks."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from tests.conftest import assert_stable

CRASHERS = sorted((Path(__file__).parent / "cases" / "crashers").iterdir())


def fuzz_text(data: bytes) -> str | None:
    """The text the fuzz target built from ``data`` (None for its JSON Lines branch)."""
    atheris = pytest.importorskip("atheris")
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeBool():
        return None
    text: str = provider.ConsumeUnicode(4096)
    return text


@pytest.mark.parametrize("path", CRASHERS, ids=[p.name[:20] for p in CRASHERS])
def test_crasher_is_fixed(path: Path) -> None:
    text = fuzz_text(path.read_bytes())
    if text is None:
        return
    try:
        article = newsclean.clean(text)
    except newsclean.EmptyBodyError:
        return
    assert_stable(article)
    article.model_dump_json()
