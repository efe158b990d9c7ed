"""Encoding repair: HTML entities, mojibake, invisible and control characters.

These normalizers change characters inside a line and never split, join or drop lines, so the
audit can name the input line of every change.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Caf\\u00c3\\u00a9 &amp; bar\\u200b")
>>> for step in (UnescapeHtml(), FixEncoding(), RemoveInvisibleChars()):
...     step(doc)
>>> doc.text()
'Café & bar'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import ClassVar

import ftfy
from ftfy.badness import is_bad

from newsclean.document import Document
from newsclean.patterns import (
    FTFY_SUSPECT,
    HTML_ENTITY,
    INVISIBLE,
    INVISIBLE_GATE,
    LONE_SURROGATE,
    MOJIBAKE_ALONE,
    NON_ASCII_PAIR,
)

__all__ = [
    "FixEncoding",
    "RemoveInvisibleChars",
    "UnescapeHtml",
    "needs_repair",
    "repair_mojibake",
]

# ftfy restricted to repairs: undo mojibake and the damage around it, and nothing that
# restyles correct text (quotes stay curly, no NFC/NFKC, no width folding, no ligature
# splitting, line breaks and control characters are other normalizers' business).
_FTFY_REPAIR = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def _unescape_entity(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def unescape_entities(text: str) -> str:
    """Decode HTML character references until none is left (``&amp;amp;`` is ``&``).

    Decoding to a fixed point makes the rule idempotent on text escaped twice.

    >>> unescape_entities("Fish &amp;amp; chips &#8211; &copy2024 &nbsp;")
    'Fish & chips – &copy2024 \\xa0'
    """
    while "&" in text:
        new = HTML_ENTITY.sub(_unescape_entity, text)
        if new == text:
            break
        text = new
    return text


def mojibake_possible(text: str) -> bool:
    """True when ``text`` has two non-ASCII characters in a row or a character ftfy's
    badness test can flag alone (two searches: faster than one pattern with both).

    >>> mojibake_possible("café “ok”"), mojibake_possible("ÐŸÑ€"), mojibake_possible("Ã")
    (False, True, True)
    """
    if text.isascii():
        return "\x1b" in text
    return bool(NON_ASCII_PAIR.search(text) or MOJIBAKE_ALONE.search(text))


def needs_repair(text: str) -> bool:
    """False when ftfy, with the repair settings, would return ``text`` unchanged.

    ftfy's encoding fix acts only on text that ``ftfy.badness.is_bad`` flags, and the other
    enabled fixes only on escape, C1 control and surrogate characters.  ``is_bad`` is costly,
    so a cheap test that every one of its matches passes (:func:`mojibake_possible`) runs
    first; it skips almost every line of English, German or French text.

    >>> needs_repair("plain “quoted” café text"), needs_repair("cafÃ©")
    (False, True)
    """
    return mojibake_possible(text) and _ftfy_would_act(text)


def _ftfy_would_act(text: str) -> bool:
    """The test ftfy itself applies, for text that :func:`mojibake_possible` let through."""
    return bool(FTFY_SUSPECT.search(text)) or is_bad(text)


def repair_mojibake(text: str) -> str:
    """Undo mojibake with ftfy's repair-only settings; lone surrogates become U+FFFD.

    >>> repair_mojibake("Ð¿Ñ€Ð¸Ð²ÐµÑ‚ “quoted”")
    'привет “quoted”'
    """
    return _repair_possible_mojibake(text) if mojibake_possible(text) else text


def _repair_possible_mojibake(text: str) -> str:
    """:func:`repair_mojibake` for text that :func:`mojibake_possible` let through."""
    if not _ftfy_would_act(text):
        return text
    fixed = ftfy.fix_text(text, _FTFY_REPAIR)
    return LONE_SURROGATE.sub("\ufffd", fixed)


@dataclass(frozen=True)
class UnescapeHtml:
    """Decode HTML character references (``&amp;``, ``&#8217;``, ``&nbsp;``) left in text."""

    name: ClassVar[str] = "unescape_html"

    def __call__(self, doc: Document) -> None:
        """Decode every entity that ends in ``;``, in every line."""
        doc.map_lines(
            self.name, "HTML character reference decoded", unescape_entities, HTML_ENTITY.search
        )


@dataclass(frozen=True)
class FixEncoding:
    """Repair mojibake (UTF-8 read as windows-1252, Latin-1, windows-1251, ...) with ftfy."""

    name: ClassVar[str] = "fix_encoding"

    def __call__(self, doc: Document) -> None:
        """Repair every line that ftfy would change (lines without a suspect pair skip it)."""
        doc.map_lines(self.name, "mojibake repaired", _repair_possible_mojibake, mojibake_possible)


def remove_invisible(text: str) -> str:
    """Delete control, zero-width, soft-hyphen and BOM characters.

    >>> remove_invisible("\\ufeffsoft\\u00adware\\x00 zero\\u200bwidth")
    'software zerowidth'
    """
    return INVISIBLE.sub("", text)


@dataclass(frozen=True)
class RemoveInvisibleChars:
    """Delete characters that are never visible text: controls, zero-width, soft hyphen, BOM."""

    name: ClassVar[str] = "remove_invisible_chars"

    def __call__(self, doc: Document) -> None:
        """Delete invisible characters from every line."""
        doc.map_lines(
            self.name,
            "invisible or control character removed",
            remove_invisible,
            INVISIBLE_GATE.search,
        )
