"""Whitespace: line breaks, no-break and other Unicode spaces, runs, tabs, edge spaces.

Blank lines are not removed here: the Article keeps paragraphs only, and the layout of the
input (blank-line separated or not) decides how :meth:`Article.to_text` joins them.

>>> from newsclean.document import Document
>>> doc = Document.from_text(" a\\u00a0 b\\t\\r\\nc\\u2028d ")
>>> NormalizeWhitespace()(doc)
>>> [line.text for line in doc.lines]
['a b', 'c', 'd']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Document
from newsclean.patterns import LINE_BREAK, LINE_BREAK_CHARS, OTHER_SPACE

__all__ = ["NormalizeWhitespace", "has_line_break", "normalize_spaces", "spacing_needs_work"]


def spacing_needs_work(text: str) -> bool:
    """False when every line of ``text`` is already as :func:`normalize_spaces` leaves it:
    no white space but single spaces between words and the ``\\n`` between lines.

    >>> [spacing_needs_work(text) for text in ("one two\\nthree", "one  two", "a\\n b")]
    [False, True, True]
    """
    return _spaces_need_work(text) or OTHER_SPACE.search(text) is not None


def _spaces_need_work(text: str) -> bool:
    """:func:`spacing_needs_work` for printable text, whose only white space is the plain
    space (and the ``\n`` between lines)."""
    return "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " "


def has_line_break(text: str) -> bool:
    """True when ``text`` holds a line break other than ``\\n`` (what ``LINE_BREAK``
    matches): one substring search per character, several times faster than the class.

    >>> has_line_break("a\\r\\nb"), has_line_break("a\\u2028b"), has_line_break("a\\nb")
    (True, True, False)
    """
    return any(char in text for char in LINE_BREAK_CHARS)


def normalize_spaces(text: str) -> list[str]:
    """Split a line on stray line breaks and tidy its spaces; return the resulting lines.

    ``" ".join(part.split())`` is exactly "every run of white space becomes one space, none
    at the ends", done in C.

    >>> normalize_spaces("  two\\u202fwords\\t ")
    ['two words']
    >>> normalize_spaces("a\\r\\nb".split("\\n")[0])
    ['a']
    """
    if text.endswith("\r"):
        text = text[:-1]
    if LINE_BREAK.search(text) is None:
        return [" ".join(text.split())]
    return [" ".join(part.split()) for part in LINE_BREAK.split(text)]


@dataclass(frozen=True)
class NormalizeWhitespace:
    """Make every space a plain space, collapse runs, strip line ends, split stray breaks."""

    name: ClassVar[str] = "normalize_whitespace"

    def __call__(self, doc: Document) -> None:
        """Normalize the white space of every line; CR, NEL and U+2028 become line breaks."""
        # Printable text has no white space but the plain space: no other spaces, no breaks.
        printable = doc.printable()
        if not doc.any_line(_spaces_need_work if printable else spacing_needs_work):
            return
        # Most lines of an article that needs this need it too (no-break spaces, CRLF, trailing
        # spaces come from the whole page): normalizing each line costs about what testing it
        # would.  Without a line break character anywhere, a line is only re-spaced.
        if printable or not doc.any_line(has_line_break):
            for line in doc.present():
                text = line.text
                new = " ".join(text.split())
                if new != text:
                    doc.replace(line, new, rule=self.name, reason="white space normalized")
            return
        todo = {id(line) for line in doc.present()}
        index = 0
        while index < len(doc.lines):
            line = doc.lines[index]
            index += 1
            if id(line) not in todo:
                continue
            text = line.text
            parts = normalize_spaces(text)
            if len(parts) > 1:
                doc.split_line(index - 1, parts, rule=self.name, reason="line break normalized")
                index += len(parts) - 1
            elif parts[0] != text:
                doc.replace(line, parts[0], rule=self.name, reason="white space normalized")
