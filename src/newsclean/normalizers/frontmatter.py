"""A scraper's metadata header at the top of the text.

trafilatura writes the page's metadata above the text it extracted when asked to
(``with_metadata``), as YAML front matter between two ``---`` lines, and so do site
generators (Jekyll, Hugo); Jina Reader writes ``Title:``, ``URL Source:`` and
``Published Time:`` above ``Markdown Content:``.  These lines are not article text.

>>> from newsclean.document import Document
>>> doc = Document.from_text(
...     "---\\ntitle: Bridge opens\\nurl: https://example.org/b\\n---\\nThe bridge opened.")
>>> RemoveFrontMatter()(doc)
>>> [line.text for line in doc.live()]
['Bridge opens', 'The bridge opened.']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Document, Line
from newsclean.patterns import HEADER_FIELD

__all__ = ["HeaderLine", "RemoveFrontMatter", "header_metadata", "metadata_header"]

#: The keys of front matter that trafilatura and site generators write; every key of a
#: header must be one of them ("---", "Update: ...", "---" at the top is not a header).
FRONT_MATTER_KEYS = frozenset(
    {
        "author",
        "authors",
        "categories",
        "category",
        "date",
        "description",
        "draft",
        "excerpt",
        "filedate",
        "fingerprint",
        "hostname",
        "id",
        "image",
        "lang",
        "language",
        "layout",
        "license",
        "pagetype",
        "published",
        "sitename",
        "slug",
        "source",
        "summary",
        "tags",
        "title",
        "updated",
        "url",
    }
)
#: The fields of Jina Reader's header between its ``Title:`` and ``Markdown Content:``.
READER_KEYS = frozenset({"url source", "published time", "description", "warning"})
#: A header longer than this many lines is not looked for further.
MAX_HEADER_LINES = 40


#: A line of a header: the line, its key in lower case and its value ("" for the lines
#: around the fields and the items of a list).
HeaderLine = tuple[Line, str, str]


def metadata_header(live: list[Line]) -> list[HeaderLine] | None:
    """The lines of the metadata header that ``live`` (the non-blank lines) opens with, each
    read once; None when there is no header.

    >>> from newsclean.document import Document
    >>> lines = Document.from_text("---\\ntitle: 'Bridge opens'\\n---\\nText.").lines
    >>> [(key, value) for _, key, value in metadata_header(lines)]
    [('', ''), ('title', 'Bridge opens'), ('', '')]
    >>> metadata_header(Document.from_text("---\\nUpdate: the vote is off.\\n---").lines)
    """
    if not live:
        return None
    first = live[0].text
    if first == "---":
        return _front_matter(live)
    if first.startswith("Title:"):
        return _reader_header(live)
    return None


def _front_matter(live: list[Line]) -> list[HeaderLine] | None:
    found: list[HeaderLine] = [(live[0], "", "")]
    listed = False  # the key before had no value: list items ("- news") may follow
    for line in live[1 : MAX_HEADER_LINES + 2]:
        text = line.text
        if text in ("---", "..."):
            return [*found, (line, "", "")] if len(found) > 1 else None
        if listed and text.startswith("- "):
            found.append((line, "", ""))
            continue
        key, value = _field(text)
        if key not in FRONT_MATTER_KEYS:
            return None
        listed = not value
        found.append((line, key, value))
    return None


def _reader_header(live: list[Line]) -> list[HeaderLine] | None:
    found: list[HeaderLine] = [(live[0], *_field(live[0].text))]
    for line in live[1 : MAX_HEADER_LINES + 1]:
        if line.text == "Markdown Content:":
            keys = {key for _, key, _ in found}
            return [*found, (line, "", "")] if "url source" in keys else None
        key, value = _field(line.text)
        if key not in READER_KEYS:
            return None
        found.append((line, key, value))
    return None


def _field(text: str) -> tuple[str, str]:
    """The key (in lower case) and the value of a header's line, without YAML's quotation
    marks; ("", "") for a line that is no field."""
    field = HEADER_FIELD.fullmatch(text)
    if field is None:
        return "", ""
    value = (field.group(2) or "").strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    return field.group(1).lower(), value


#: The Article field each header key fills when the caller gave none, in order of preference.
_ARTICLE_FIELDS = {
    "url": ("url", "url source"),
    "published": ("date", "published", "published time"),
    "authors": ("author", "authors"),
    "language": ("language", "lang"),
    "source": ("sitename", "hostname"),
}


def header_metadata(header: dict[str, str]) -> dict[str, str | tuple[str, ...]]:
    """The Article's metadata that a scraper's header gives: ``url``, ``published``,
    ``authors`` (split on ``;``, as trafilatura joins them), ``language`` and ``source``.

    >>> header_metadata({"url": "https://example.org/b", "author": "Jane Doe; John Roe"})
    {'url': 'https://example.org/b', 'authors': ('Jane Doe', 'John Roe')}
    """
    found: dict[str, str | tuple[str, ...]] = {}
    for name, keys in _ARTICLE_FIELDS.items():
        value = next((header[key] for key in keys if header.get(key)), "")
        if value and name == "authors":
            found[name] = tuple(part.strip() for part in value.split(";") if part.strip())
        elif value:
            found[name] = value
    return found


@dataclass(frozen=True)
class RemoveFrontMatter:
    """Remove a metadata header at the top of the text; its title stays as the first line.

    The title line (``title: Bridge opens``) becomes the title alone (``Bridge opens``), as
    if the text began with its headline: ``extract_title`` then judges it like any first
    line, and the text written back begins the same way.  The header's values are kept in
    ``doc.header``: the Article's ``url``, ``published``, ``authors``, ``language`` and
    ``source`` come from it when the caller gives none (:func:`header_metadata`).
    """

    name: ClassVar[str] = "remove_front_matter"

    def __call__(self, doc: Document) -> None:
        """Remove the header's lines, and keep its title's value in its title line."""
        found = metadata_header(doc.live())
        if found is None:
            return
        titled = False
        for line, key, value in found:
            if value:
                doc.header.setdefault(key, value)
            if key == "title" and value and not titled:
                titled = True
                doc.replace(line, value, rule=self.name, reason="title of a metadata header")
            else:
                doc.remove(line, rule=self.name, reason="metadata header of a scraper")
