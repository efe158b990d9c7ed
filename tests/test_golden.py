"""Golden cases: tests/cases/golden.jsonl, one case a line, the label is the test id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsclean
from tests.conftest import assert_stable

CASES_FILE = Path(__file__).parent / "cases" / "golden.jsonl"


def load_cases(*, marks: bool = True) -> list[Any]:
    params = []
    with CASES_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            case = json.loads(line)
            xfail = (
                [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            )
            params.append(pytest.param(case, id=case["label"], marks=xfail if marks else []))
    return params


@pytest.mark.parametrize("case", load_cases())
def test_golden_case(case: dict[str, Any]) -> None:
    article = newsclean.clean(case["input"], title=case.get("title"))
    expected = case["expected"]
    assert article.title == expected["title"]
    assert article.section == expected["section"]
    assert list(article.paragraphs) == expected["paragraphs"]
    # removed and extracted lines in input order, whatever the order of the rules
    gone = sorted((c for c in article.audit if c.action != "replaced"), key=lambda c: c.line)
    removed = [[c.rule, c.text] for c in gone]
    assert removed == expected["removed"]


@pytest.mark.parametrize("case", load_cases(marks=False))
def test_golden_case_is_stable(case: dict[str, Any]) -> None:
    """Cleaning the cleaned text again changes nothing (idempotence on every golden case)."""
    first = newsclean.clean(case["input"], title=case.get("title"))
    assert_stable(first, title=case.get("title"))


def test_golden_cases_cover_languages() -> None:
    with CASES_FILE.open(encoding="utf-8") as fh:
        languages = {json.loads(line)["lang"] for line in fh}
    assert {"en", "ru", "uk", "de", "fr", "es", "it", "pl", "pt", "mt"} <= languages
