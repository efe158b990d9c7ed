"""Boilerplate lines: symbol-only lines and lexicon phrases, weighed by where they stand.

In the head and the tail of the article (before the first and after the last prose line)
every lexicon family acts; in the middle of the body only strong signals do: a multi-word
phrase or a "Read also: ..." style prefix from the related, subscribe, share, feedback and
credit families, or an advertising label ("Advertisement", "Anzeige").  Lines are matched
whole, never as substrings of prose.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Officials said the talks would resume in the spring.\\n.\\nupstairs")
>>> RemoveSymbolLines()(doc); RemoveBoilerplate()(doc)
>>> [line.text for line in doc.live()]
['Officials said the talks would resume in the spring.']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Document
from newsclean.lexicon import FAMILIES, LEXICONS, line_key
from newsclean.normalizers.shapes import head_and_tail, word_count
from newsclean.patterns import WORD_CHAR

__all__ = ["STRONG_FAMILIES", "RemoveBoilerplate", "RemoveSymbolLines"]

#: Families whose phrases are removed in the middle of the body too.
STRONG_FAMILIES = frozenset({"advertising", "related", "subscribe", "share", "feedback", "credit"})
#: Lines longer than this are never compared with the lexicons.
MAX_EDGE_WORDS = 16
MAX_MIDDLE_WORDS = 10


def _strong_in_body(family: str, phrase: str) -> bool:
    """In the body a phrase must be a prefix form, several words, or an ad label: a single
    word such as "Share" or "Video" may be a subheading there.
    """
    return family == "advertising" or phrase.endswith("*") or " " in phrase


@dataclass(frozen=True)
class RemoveSymbolLines:
    """Remove lines without a letter or digit: ``.``, ``…``, ``|``, ``•``, ``»``, ``* * *``."""

    name: ClassVar[str] = "remove_symbol_lines"

    def __call__(self, doc: Document) -> None:
        """Remove every line that has no word character."""
        for line in doc.live():
            if not WORD_CHAR.search(line.text):
                doc.remove(line, rule=self.name, reason="line without any letter or digit")


@dataclass(frozen=True)
class RemoveBoilerplate:
    """Remove navigation, share, related, subscribe, ad, comment, legal, credit, meta and tag
    lines found in the lexicons of the article's languages, plus the ``extra_phrases``.
    """

    name: ClassVar[str] = "remove_boilerplate"
    families: tuple[str, ...] = tuple(f for f in FAMILIES if f != "section")
    extra_phrases: frozenset[str] = frozenset()

    def __call__(self, doc: Document) -> None:
        """Remove boilerplate lines: any family at the edges, strong signals in the middle."""
        live = doc.live()
        head, tail = head_and_tail(live)
        extra = {line_key(phrase) for phrase in self.extra_phrases}
        edge_families = [f for f in self.families if f != "section"]
        middle_families = [f for f in edge_families if f in STRONG_FAMILIES]
        for index, line in enumerate(live):
            words = word_count(line.text)
            if extra and line_key(line.text) in extra:
                doc.remove(line, rule=self.name, reason="extra phrase from the configuration")
                continue
            at_edge = index < head or index >= tail
            if words > (MAX_EDGE_WORDS if at_edge else MAX_MIDDLE_WORDS):
                continue
            found = LEXICONS.match(
                line.text, doc.languages, edge_families if at_edge else middle_families
            )
            if found is None:
                continue
            family, phrase = found
            if not at_edge and not _strong_in_body(family, phrase):
                continue
            zone = "edge" if at_edge else "body"
            doc.remove(line, rule=self.name, reason=f"{family}: {phrase!r} ({zone})")
