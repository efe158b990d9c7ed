"""The public API: errors, options, custom steps, schema and docs agreeing with the code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import ClassVar

import pytest
from pydantic import ValidationError

import newsclean
from newsclean import Article, ConfigError, Document, EmptyBodyError, InputError
from tests.conftest import ROOT

BODY = "Officials said on Monday that the new bridge would open to traffic in the spring."


def test_bytes_get_a_friendly_error() -> None:
    with pytest.raises(InputError, match=r"decode it first"):
        newsclean.clean(BODY.encode())  # type: ignore[arg-type]


def test_none_is_an_input_error() -> None:
    with pytest.raises(newsclean.NewscleanError, match="must be str, not NoneType"):
        newsclean.clean(None)  # type: ignore[arg-type]


def test_empty_body_names_what_was_removed() -> None:
    with pytest.raises(EmptyBodyError) as caught:
        newsclean.clean(".\n\nupstairs\n\nShare")
    assert caught.value.code == "empty_body"
    assert ("remove_boilerplate", "upstairs") in caught.value.removed
    assert "upstairs" in str(caught.value)


@pytest.mark.parametrize("text", ["", "   \n\n\t", "\u200b\ufeff"])
def test_no_text_is_an_empty_body(text: str) -> None:
    with pytest.raises(EmptyBodyError, match="holds no text"):
        newsclean.clean(text)


def test_article_without_paragraphs_has_a_stable_error_code() -> None:
    with pytest.raises(ValidationError) as caught:
        Article(title="T", paragraphs=())
    assert caught.value.errors()[0]["type"] == "empty_body"


def test_multi_line_paragraph_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        Article(paragraphs=("one\ntwo",))
    assert caught.value.errors()[0]["type"] == "not_one_line"


def test_options_turn_steps_off_by_name() -> None:
    text = f"Caf\u00c3\u00a9 {BODY}"
    assert newsclean.clean(text).paragraphs == (f"Café {BODY}",)
    assert newsclean.clean(text, fix_encoding=False).paragraphs == (text,)
    assert newsclean.clean(text, disable=["fix_encoding"]).paragraphs == (text,)


def test_unknown_option_names_the_key() -> None:
    with pytest.raises(ConfigError, match="fix_encodin") as caught:
        newsclean.clean(BODY, fix_encodin=False)
    assert caught.value.key == "fix_encodin"


def test_unknown_family_and_language_are_errors() -> None:
    with pytest.raises(ConfigError, match="exclude_families"):
        newsclean.Config(exclude_families=("sharing",))
    with pytest.raises(ConfigError, match="languages"):
        newsclean.Config(languages=("xx",))


def test_extra_phrases_and_excluded_families() -> None:
    text = f"{BODY}\n\nPhoto: Jane Doe\n\nThe Daily Example"
    assert newsclean.clean(text).paragraphs == (BODY, "The Daily Example")
    assert newsclean.clean(text, extra_phrases=["the daily example"]).paragraphs == (BODY,)
    kept = newsclean.clean(text, exclude_families=["credit"]).paragraphs
    assert kept == (BODY, "Photo: Jane Doe", "The Daily Example")


def test_configured_languages_narrow_the_lexicons() -> None:
    text = f"{BODY}\n\nNach oben"
    assert newsclean.clean(text).paragraphs == (BODY,)
    assert newsclean.clean(text, languages=("fr",)).paragraphs == (BODY, "Nach oben")


def test_a_declared_language_does_not_narrow_the_lexicons() -> None:
    """A page declared French whose back-to-top line is German: the line goes, and the
    declared language is kept as metadata."""
    article = newsclean.clean(f"{BODY}\n\nNach oben", language="fr")
    assert article.paragraphs == (BODY,)
    assert article.language == "fr"


@dataclass(frozen=True)
class DropSiteFooter:
    name: ClassVar[str] = "drop_site_footer"

    def __call__(self, doc: Document) -> None:
        for line in doc.live():
            if line.text.startswith("The Daily Example is published by"):
                doc.remove(line, rule=self.name, reason="site footer")


def test_a_custom_step_in_a_few_lines() -> None:
    footer = "The Daily Example is published by Example Media Ltd."
    pipeline = newsclean.make_pipeline().with_step(DropSiteFooter(), before="remove_boilerplate")
    assert pipeline.names.index("drop_site_footer") < pipeline.names.index("remove_boilerplate")
    article = pipeline(f"{BODY}\n\n{footer}")
    assert article.paragraphs == (BODY,)
    assert article.audit[-1].rule == "drop_site_footer"
    assert article.audit[-1].text == footer
    assert newsclean.make_pipeline()(f"{BODY}\n\n{footer}").paragraphs == (BODY, footer)


def test_step_names_must_be_unique() -> None:
    with pytest.raises(ConfigError, match="share the name"):
        newsclean.make_pipeline().with_step(DropSiteFooter()).with_step(DropSiteFooter())


def test_metadata_passes_through() -> None:
    article = newsclean.clean(
        BODY,
        url="https://example.org/a",
        published="2024-12-04",
        authors=["A. Writer"],
        language="en",
        source="example",
    )
    assert article.url == "https://example.org/a"
    assert article.authors == ("A. Writer",)
    assert article.version == newsclean.__version__


def test_layout_is_kept() -> None:
    two = f"{BODY}\n{BODY[:-1]} again."
    assert newsclean.clean(two).to_text() == two
    spaced = f"{BODY}\n\n{BODY[:-1]} again."
    assert newsclean.clean(spaced).to_text() == spaced


def test_explain_lists_changes_without_an_article() -> None:
    changes = newsclean.explain("News\n\n.")
    assert [(c.rule, c.text) for c in changes] == [("remove_symbol_lines", ".")]


def test_committed_json_schema_matches_the_model() -> None:
    committed = json.loads((ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8"))
    assert committed == Article.model_json_schema()


def test_every_normalizer_is_documented() -> None:
    page = (ROOT / "docs" / "normalizers.md").read_text(encoding="utf-8")
    headings = [line[3:].strip() for line in page.splitlines() if line.startswith("## ")]
    assert headings == list(newsclean.DEFAULT_ORDER)
    assert set(newsclean.DEFAULT_ORDER) <= set(newsclean.Config.fields())


def test_every_lexicon_family_is_documented() -> None:
    from newsclean.lexicon import FAMILIES

    page = (ROOT / "docs" / "lexicons.md").read_text(encoding="utf-8")
    assert all(f"| {family} |" in page for family in FAMILIES)


def test_extra_phrase_next_to_a_wrapped_figure_line_is_stable() -> None:
    """A figure line kept as part of a wrapped sentence needs its neighbours to stay; a
    neighbour that goes as an extra phrase does not (cleaning twice once differed here)."""
    text = (
        "Archive notes\nThe society printed its first bulletin in a small run for members.\n"
        "the second report covered the years from\n1904-1906\n"
        "visit our archive for older issues\nEnd of the list"
    )
    options = {"extra_phrases": ["visit our archive for older issues"]}
    article = newsclean.clean(text, **options)
    again = newsclean.clean(article.to_text(), **options)
    assert again.paragraphs == article.paragraphs
    assert "1904-1906" not in article.paragraphs


def test_a_live_list_handed_out_never_changes() -> None:
    """A custom step may remove lines while it walks ``doc.live()``: the list it holds stays
    as it was, and the next call gives the lines left."""
    doc = Document.from_text("Title\nFirst line.\nSecond line.\nThird line.")
    held = doc.live()
    for line in reversed(held):  # the last line goes each time, as rules walk up the end
        if line.text != "Title":
            doc.remove(line, rule="test", reason="test")
    assert [line.text for line in held] == ["Title", "First line.", "Second line.", "Third line."]
    assert [line.text for line in doc.live()] == ["Title"]
    again = doc.live()
    doc.remove(again[0], rule="test", reason="test")
    assert [line.text for line in again] == ["Title"]
    assert doc.live() == []
