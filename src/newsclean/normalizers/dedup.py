"""Repeated paragraphs inside one article.

>>> from newsclean.document import Document
>>> lead = "The council approved the budget on Monday after a long debate."
>>> doc = Document.from_text(f"{lead}\\n\\n{lead}\\n\\nNo.\\n\\nNo.")
>>> RemoveRepeatedParagraphs()(doc)
>>> [line.text for line in doc.live()]
['The council approved the budget on Monday after a long debate.', 'No.', 'No.']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Document
from newsclean.patterns import TOKEN

__all__ = ["RemoveRepeatedParagraphs", "repeats_the_one_before"]

#: Shorter paragraphs may repeat on purpose ("No." "No." in a dialogue, a refrain in lyrics).
MIN_WORDS = 8


def repeats_the_one_before(key: str, before: str) -> bool:
    """True when a paragraph whose case-folded text is ``key`` goes after one whose
    case-folded text is ``before``: the same words, at least ``MIN_WORDS`` of them (other
    rules ask it too, to judge a text as it will be once the repeat is gone).

    >>> lead = "the council approved the budget after a long debate."
    >>> repeats_the_one_before("no.", "no."), repeats_the_one_before(lead, lead)
    (False, True)
    """
    return key == before and len(TOKEN.findall(key)) >= MIN_WORDS


@dataclass(frozen=True)
class RemoveRepeatedParagraphs:
    """Remove a paragraph that repeats the one right before it (the lead pasted twice).

    Paragraphs are compared ignoring case only (a copy that differs in punctuation may be a
    correction, and it would read differently to the zone rules); only a repeat directly
    after the first copy is removed, so a question asked twice in an interview, further
    apart, stays.
    """

    name: ClassVar[str] = "remove_repeated_paragraphs"

    def __call__(self, doc: Document) -> None:
        """Remove each paragraph equal to its predecessor."""
        previous = ""
        for line in doc.live():
            key = line.text.casefold()
            if repeats_the_one_before(key, previous):
                doc.remove(line, rule=self.name, reason="same as the paragraph before it")
            previous = key
