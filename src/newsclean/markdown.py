"""Markdown as the text it shows: the line rules judge a markdown line by what a reader sees.

Scrapers that write markdown (trafilatura's markdown output, Firecrawl, crawl4ai, Jina
Reader) keep the page's links: ``[Advertisement](https://ads...)``, ``* [Home](/)``,
``[Read also: ...](/news/...)``.  Before the line rules run, such a line is shown to them as
its text (:func:`shown_text`); afterwards every line they kept gets its markdown back, and the
audit records the removed lines as they were written.  Text without a markdown link,
bold text or heading is not touched (one look over the article decides).
"""

from __future__ import annotations

from newsclean.document import Document, Line
from newsclean.patterns import (
    MARKDOWN_BOLD,
    MARKDOWN_HEADING,
    MARKDOWN_HEADING_GATE,
    MARKDOWN_IMAGES_ONLY,
    MARKDOWN_LINK,
    MARKDOWN_LINK_ITEM,
    MARKDOWN_LINKS_ONLY,
)

__all__ = ["hide_markdown", "restore_markdown", "shown_text"]

#: How many times a line is shown again at most (see :func:`shown_text`).
MAX_MARKDOWN_ROUNDS = 8

#: (the line, its markdown, the text shown to the rules) for each line shown otherwise.
Shown = list[tuple[Line, str, str]]


def shown_text(line: str) -> str:
    """The text a markdown ``line`` shows: links as their labels, a heading without its
    hashes, bold text without its marks, a list item that is only a link as the link's
    label, a line of links only as their labels between bars (a menu), and nothing for a line
    of images only (the rules do not see it, and it stays).  Images in text and everything
    else stay as they are.

    >>> shown_text("[Advertisement](https://ads.example.com/c?id=1)")
    'Advertisement'
    >>> shown_text("* [Sport](/sport)")
    'Sport'
    >>> shown_text("[Home](/) [News](/news) [Contact](/contact)")
    'Home | News | Contact'
    >>> shown_text("## Council approves the budget ##")
    'Council approves the budget'
    >>> shown_text("# allow IPsec")  # a code comment
    '# allow IPsec'
    >>> shown_text("The council met [on Tuesday](/agenda) and voted.")
    'The council met on Tuesday and voted.'
    >>> shown_text("**By [Jane Doe](/authors/jane)** | March 3, 2033")
    'By Jane Doe | March 3, 2033'
    >>> shown_text("![A ferry in the harbour](/img/ferry.jpg)")
    ''
    """
    shown = line
    # Shown again while that changes it (a link around bold text, bold marks around a link's
    # parts), so that a title read from the shown text shows itself: the text written back
    # gives the same title.  Each round shortens the text; nesting deeper than
    # ``MAX_MARKDOWN_ROUNDS`` is left as it is.
    for _ in range(MAX_MARKDOWN_ROUNDS):
        again = _shown(shown)
        if again == shown:
            break
        # re-spaced as the white space rule does: "[ Home ](/)" shows "Home"
        shown = " ".join(again.split())
    return shown


def _shown(line: str) -> str:
    heading = MARKDOWN_HEADING.match(line)
    if heading is not None:
        line = line[heading.end() :].rstrip(" \t")
        closed = line.rstrip("#")  # the closing hashes of "# Title #"
        if closed != line and closed.endswith((" ", "\t")):
            line = closed.rstrip(" \t")
    if "](" not in line:
        return _unbolded(line)
    if MARKDOWN_IMAGES_ONLY.fullmatch(line):
        return ""
    if MARKDOWN_LINKS_ONLY.fullmatch(line):
        labels = (match.group(1).strip() for match in MARKDOWN_LINK.finditer(line))
        return _unbolded(" | ".join(labels))
    return _unbolded(MARKDOWN_LINK.sub(r"\1", MARKDOWN_LINK_ITEM.sub("", line, count=1)))


def _unbolded(text: str) -> str:
    """``text`` without the marks of bold text."""
    return MARKDOWN_BOLD.sub(r"\1", text) if "**" in text else text


def _may_hold_markdown(text: str) -> bool:
    """True when ``text`` may hold a markdown link, bold text or a heading (most text holds
    none)."""
    return (
        "](" in text
        or "**" in text
        or ("#" in text and MARKDOWN_HEADING_GATE.search(text) is not None)
    )


def hide_markdown(doc: Document) -> Shown:
    """Show the line rules each present line of ``doc`` as :func:`shown_text`; what
    :func:`restore_markdown` needs to undo it (empty for text without markdown)."""
    if not doc.any_line(_may_hold_markdown):
        return []
    title = doc.title
    if title is not None and (shown_title := shown_text(title)) != title:
        # a given title in markdown: a line that repeats it shows the title's text
        doc.shown_title = (title, shown_title)
    shown: Shown = []
    for line in doc.lines:
        if line.removed:
            continue
        text = shown_text(line.text)
        if text != line.text:
            shown.append((line, line.text, text))
    doc.show_texts([(line, text) for line, _, text in shown])
    return shown


def restore_markdown(doc: Document, shown: Shown) -> None:
    """Give each line that the rules kept unchanged its markdown back, and record removed
    and extracted lines with the text they were written with."""
    if not shown:
        return
    written = {(line.lineno, text): markdown for line, markdown, text in shown}
    doc.records = [
        record._replace(text=written[record.line, record.text])
        if record.action != "replaced" and (record.line, record.text) in written
        else record
        for record in doc.records
    ]
    doc.show_texts([(line, markdown) for line, markdown, text in shown if line.text == text])
