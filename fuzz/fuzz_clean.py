"""Coverage-guided fuzzing (atheris) of newsclean.clean and of the JSON Lines reader.

Run:  python fuzz/fuzz_clean.py -atheris_runs=20000 fuzz/corpus
A crash (any exception other than the documented ones, or a broken property) stops the run
and libFuzzer writes the input to crash-*; keep it under tests/cases/crashers/ as a
regression case.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsclean
    from newsclean.errors import EmptyBodyError, InputError
    from newsclean.io import clean_jsonl_line

PIPELINE = newsclean.make_pipeline()


def check_text(text: str) -> None:
    try:
        article = PIPELINE(text)
    except EmptyBodyError:
        return
    again = PIPELINE(article.to_text())
    if (again.title, again.section, again.paragraphs) != (
        article.title,
        article.section,
        article.paragraphs,
    ):
        raise AssertionError(f"not idempotent: {text!r}")
    written = PIPELINE(article.to_text(section=False))  # what the command line writes back
    if (written.title, written.paragraphs) != (article.title, article.paragraphs):
        raise AssertionError(f"not idempotent as written back: {text!r}")
    article.model_dump_json()


def check_jsonl(line: str) -> None:
    try:
        clean_jsonl_line(
            (1, line), pipeline=PIPELINE, text_key="text", title_key="title", source="fuzz"
        )
    except InputError:
        return


def test_one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeBool():
        check_jsonl(provider.ConsumeUnicodeNoSurrogates(4096))
    else:
        check_text(provider.ConsumeUnicode(4096))


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
