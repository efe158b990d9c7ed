"""Markdown lines are judged by the text they show and written back as they were."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean.markdown import shown_text

BODY = (
    "The harbour council voted on Tuesday to add three evening ferries to the island route.\n\n"
    "Residents had asked for later sailings for years, the mayor said at the meeting.\n\n"
)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("[Advertisement](https://ads.example.com/c?id=1)", "Advertisement"),
        ("[Read also: Ferries return](/news/ferries 'Ferries')", "Read also: Ferries return"),
        ("- [Home](/)", "Home"),
        ("[ Home  page ](/)", "Home page"),
        ("+ [Sport](https://example.org/sport)", "Sport"),
        ("[Facebook](https://facebook.com/s) [Email](mailto:a@example.org)", "Facebook | Email"),
        ("[A (b)](https://en.wikipedia.org/wiki/A_(b))", "A (b)"),
        ("Share: [Facebook](/f), [X](/x)", "Share: Facebook, X"),
        ("### Weather ###", "Weather"),
        ("# «Мы готовы», — заявил мэр", "«Мы готовы», — заявил мэр"),
        ("# 5 things to know about the ferry", "5 things to know about the ferry"),
        ("**By [Jane Doe](/jane)** | March 3, 2033", "By Jane Doe | March 3, 2033"),
        ("**Read also:** Ferries return", "Read also: Ferries return"),
        # a line of images only shows no text
        ("![A ferry](/img/ferry.jpg)", ""),
        ("[![Example News](/logo.svg)](/) ![](/ad.gif)", ""),
        # not links, headings or bold text: left as they are
        ("A ferry ![icon](/i.png) at dawn", "A ferry ![icon](/i.png) at dawn"),
        ("2 ** 10 is 1024", "2 ** 10 is 1024"),
        ("****.****b", "****.****b"),
        ("def __init__(self):", "def __init__(self):"),
        ("[DVD](2002)", "[DVD](2002)"),
        ("[](/empty)", "[](/empty)"),
        ("# 904841", "# 904841"),
        ("#hashtag", "#hashtag"),
        ("- item with [a link](/a) inside", "- item with a link inside"),
    ],
)
def test_shown_text(line: str, shown: str) -> None:
    assert shown_text(line) == shown


def test_removed_lines_are_recorded_as_written() -> None:
    ad = "[Advertisement](https://ads.example.com/click?id=7)"
    article = newsclean.clean(BODY + ad)
    assert [(c.rule, c.text) for c in article.audit] == [("remove_boilerplate", ad)]


def test_kept_lines_keep_their_markdown_and_the_title_is_text() -> None:
    link = "See [the timetable](https://example.org/ferry) for the hours of each sailing."
    text = "# Council adds evening ferries\n\n" + BODY + link
    article = newsclean.clean(text)
    assert article.title == "Council adds evening ferries"
    assert article.paragraphs[-1] == link
    assert [c.text for c in article.audit] == ["# Council adds evening ferries"]


def test_text_without_markdown_is_judged_as_before() -> None:
    """The same label with and without a link goes for the same reason."""
    plain = newsclean.clean(BODY + "Read also: Ferries return to the island")
    linked = newsclean.clean(BODY + "[Read also: Ferries return to the island](/news/f)")
    assert [c.reason for c in plain.audit] == [c.reason for c in linked.audit]
    assert len(plain.audit) == 1


def test_images_stay_where_they_are_and_are_not_the_title() -> None:
    logo = "[![Example News](https://example.org/logo.svg)](https://example.org/)"
    photo = "![The ferry at the pier](https://example.org/img/ferry.jpg)"
    text = f"{logo}\n\n## Council adds evening ferries\n\n{photo}\n\n{BODY}"
    article = newsclean.clean(text)
    assert article.title == "Council adds evening ferries"
    assert article.paragraphs[:2] == (logo, photo)


@given(st.text(alphabet="[]()*#!/ aB.-", max_size=60))
# found by atheris: bold marks around "**.**" showed "**.**b", and that line shows ".b"
@example("****.****b")
@example("# [# Title](/x)")
def test_shown_text_shows_itself(line: str) -> None:
    """A title read from shown text is written back as a line that shows the same text."""
    shown = shown_text(line)
    assert shown_text(shown) == shown


def test_text_written_back_keeps_the_markdown_heading() -> None:
    text = "[Skip to content](#main)\n\n## Council adds evening ferries\n\n" + BODY
    article = newsclean.clean(text)
    written = article.to_text(section=False)
    assert written.startswith("## Council adds evening ferries\n\n")
    again = newsclean.clean(written)
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
    assert again.to_text(section=False) == written
