"""The normalizer registry: every shipped normalizer by its one name, and the default order.

The order is part of the design: characters are repaired (entities, mojibake, invisible
characters) before white space is normalized and stray line breaks are split, and all of that
happens before any rule looks at whole lines, their ends or their position.  The section label
is looked for after the other head lines are gone, and symbol and boilerplate lines go before
the title is looked for and its repeats are counted, so that positions ("the first line",
"next to the title") mean the same on raw and on cleaned text.

>>> DEFAULT_ORDER[:4]
('unescape_html', 'fix_encoding', 'remove_invisible_chars', 'normalize_whitespace')
"""

from __future__ import annotations

from newsclean.normalizers.boilerplate import RemoveBoilerplate, RemoveSymbolLines
from newsclean.normalizers.dedup import RemoveRepeatedParagraphs
from newsclean.normalizers.encoding import FixEncoding, RemoveInvisibleChars, UnescapeHtml
from newsclean.normalizers.frontmatter import RemoveFrontMatter
from newsclean.normalizers.headline import ExtractSection, ExtractTitle, RemoveRepeatedTitle
from newsclean.normalizers.whitespace import NormalizeWhitespace

__all__ = [
    "CHARACTER_STEPS",
    "DEFAULT_ORDER",
    "REGISTRY",
    "ExtractSection",
    "ExtractTitle",
    "FixEncoding",
    "NormalizeWhitespace",
    "RemoveBoilerplate",
    "RemoveFrontMatter",
    "RemoveInvisibleChars",
    "RemoveRepeatedParagraphs",
    "RemoveRepeatedTitle",
    "RemoveSymbolLines",
    "UnescapeHtml",
]

_CLASSES = (
    UnescapeHtml,
    FixEncoding,
    RemoveInvisibleChars,
    NormalizeWhitespace,
    RemoveFrontMatter,
    RemoveSymbolLines,
    RemoveBoilerplate,
    ExtractTitle,
    ExtractSection,
    RemoveRepeatedTitle,
    RemoveRepeatedParagraphs,
)

#: name -> normalizer class, for every shipped normalizer.
REGISTRY = {cls.name: cls for cls in _CLASSES}

#: The names in the order the default pipeline runs them.
DEFAULT_ORDER: tuple[str, ...] = tuple(cls.name for cls in _CLASSES)

#: The steps that repair characters and white space; they also repair a given title.
CHARACTER_STEPS = frozenset(
    {"unescape_html", "fix_encoding", "remove_invisible_chars", "normalize_whitespace"}
)
