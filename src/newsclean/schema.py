"""The validated output: :class:`Article` and its audit records (:class:`Change`).

Both models are frozen, forbid unknown fields and use tuples, so an Article can be hashed,
compared and shared between threads.  Errors carry stable machine-readable codes:

- ``empty_body``: no paragraph is left (the message names what was removed);
- ``not_one_line``: a title, section or paragraph is empty or spans several lines.

>>> Article(title="A title", paragraphs=("One paragraph.",)).to_text()
'A title\\n\\nOne paragraph.'
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from newsclean.markdown import shown_text

__all__ = ["Action", "Article", "Change", "OneLine"]

#: What a rule did to a line: dropped it, rewrote it, or moved it into ``title``/``section``.
Action = Literal["removed", "replaced", "extracted"]


def _one_line(value: str) -> str:
    # isspace() is strip() without the copy: every paragraph of every article comes here
    if not value or value.isspace() or "\n" in value or "\r" in value:
        raise PydanticCustomError(
            "not_one_line", "must be one non-empty line of text, got {value!r}", {"value": value}
        )
    return value


#: A non-empty string without line breaks: a title, a section label or one paragraph.
OneLine = Annotated[str, AfterValidator(_one_line)]


class Change(BaseModel):
    """One change a rule made: which rule, what it did, where, and why.

    ``line`` is the 1-based line of the input the text came from.  For ``replaced``,
    ``text`` is the line before and ``replacement`` the line after the rule ran.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    action: Action
    line: int = Field(ge=1)
    text: str
    replacement: str | None = None
    reason: str


class Article(BaseModel):
    """A cleaned news article.

    ``paragraphs`` holds the body only: the headline is in ``title`` and a section label or
    breadcrumb in ``section``.  ``audit`` lists every change in the order it was made, and
    ``version`` is the newsclean version whose rules made them.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: OneLine | None = None
    section: OneLine | None = None
    paragraphs: tuple[OneLine, ...]
    url: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    source: str | None = None
    paragraph_separator: Literal["\n\n", "\n"] = "\n\n"
    audit: tuple[Change, ...] = ()
    version: str | None = None

    @model_validator(mode="after")
    def _has_body(self) -> Article:
        if not self.paragraphs:
            removed = [c.text for c in self.audit if c.action != "replaced"]
            raise PydanticCustomError(
                "empty_body",
                "no body paragraph left after cleaning; removed: {removed}",
                {"removed": removed[:10]},
            )
        return self

    def to_text(self, *, section: bool = True) -> str:
        """Return the article as text: the title, the section, then the body paragraphs.

        Paragraphs are joined as in the input (``paragraph_separator``).  Cleaning the result
        again gives the same title, section and paragraphs.  ``section=False`` leaves the
        section label out, as the command line does when it rewrites a file.

        A title or section taken from a markdown line is written as that line ("# T",
        "[News](/news)"), so a markdown page keeps its heading.

        >>> a = Article(title="T", section="News", paragraphs=("P1.", "P2."))
        >>> a.to_text(section=False)
        'T\\n\\nP1.\\n\\nP2.'
        """
        head = [self._as_written(self.title, "extract_title")] if self.title else []
        if section and self.section:
            head.append(self._as_written(self.section, "extract_section"))
        return self.paragraph_separator.join([*head, *self.paragraphs])

    def _as_written(self, text: str, rule: str) -> str:
        """``text`` as the line it was extracted from was written, when that line is
        markdown showing ``text``; else ``text``."""
        for change in self.audit:
            if (
                change.rule == rule
                and change.action == "extracted"
                and change.text != text
                and shown_text(change.text) == text
            ):
                return change.text
        return text
