"""remove_front_matter: a scraper's metadata header at the top goes, its title stays."""

from __future__ import annotations

import newsclean
from newsclean.normalizers.frontmatter import MAX_HEADER_LINES

BODY = (
    "The harbour council voted on Tuesday to add three evening ferries to the island route.\n"
    "Residents had asked for later sailings for years, the mayor said at the meeting."
)
HEADER = "---\ntitle: 'Council adds ferries'\nurl: https://example.org/f\ndate: 2033-03-03\n---\n"


def test_header_goes_and_its_title_is_the_title() -> None:
    article = newsclean.clean(HEADER + BODY)
    assert article.title == "Council adds ferries"
    assert article.paragraphs == tuple(BODY.split("\n"))
    replaced = [(c.text, c.replacement) for c in article.audit if c.action == "replaced"]
    assert replaced == [("title: 'Council adds ferries'", "Council adds ferries")]


def test_a_given_title_removes_the_header_title_as_its_repeat() -> None:
    article = newsclean.clean(HEADER + BODY, title="Council adds ferries")
    assert article.paragraphs == tuple(BODY.split("\n"))


def test_can_be_turned_off() -> None:
    article = newsclean.clean(HEADER + BODY, remove_front_matter=False)
    assert "url: https://example.org/f" in article.paragraphs


def test_an_unclosed_or_overlong_header_stays() -> None:
    unclosed = "---\ntitle: Council adds ferries\nurl: https://e.org/f\n" + BODY
    tags = "".join(f"- tag{i}\n" for i in range(MAX_HEADER_LINES + 1))
    overlong = f"---\ntitle: Council adds ferries\ntags:\n{tags}---\n{BODY}"
    closed = f"---\ntitle: Council adds ferries\ntags:\n- tag0\n---\n{BODY}"
    rules = [{c.rule for c in newsclean.clean(t).audit} for t in (unclosed, overlong, closed)]
    assert ["remove_front_matter" in found for found in rules] == [False, False, True]


def test_a_header_without_a_title_goes_whole() -> None:
    article = newsclean.clean("---\ntitle:\nauthor: Jane Doe\n---\n" + BODY)
    assert article.paragraphs == tuple(BODY.split("\n"))
    assert {c.rule for c in article.audit} == {"remove_front_matter"}


def test_header_fills_the_metadata_the_caller_did_not_give() -> None:
    header = (
        "---\ntitle: Council adds ferries\nauthor: Jane Doe; John Roe\n"
        "url: https://example.org/f\nhostname: example.org\nsitename: Example News\n"
        "date: 2033-03-03\n---\n"
    )
    article = newsclean.clean(header + BODY)
    assert (article.url, article.published, article.authors, article.source) == (
        "https://example.org/f",
        "2033-03-03",
        ("Jane Doe", "John Roe"),
        "Example News",
    )
    given = newsclean.clean(header + BODY, url="https://given.example", authors=["Ann Lee"])
    assert (given.url, given.authors, given.published) == (
        "https://given.example",
        ("Ann Lee",),
        "2033-03-03",
    )


def test_reader_header_fills_the_address_and_time() -> None:
    text = (
        "Title: Council adds ferries\n\nURL Source: https://example.org/f\n\n"
        "Published Time: 2033-03-03T10:32:00Z\n\nMarkdown Content:\n\n" + BODY
    )
    article = newsclean.clean(text)
    assert (article.title, article.url, article.published) == (
        "Council adds ferries",
        "https://example.org/f",
        "2033-03-03T10:32:00Z",
    )
