"""Pipelines: an immutable sequence of named normalizers, and the :func:`clean` entry point.

A normalizer is any object with a ``name`` and a ``__call__(doc)`` that changes the
:class:`~newsclean.document.Document` through its recording methods.  Writing one takes a few
lines::

    @dataclass(frozen=True)
    class DropSiteFooter:
        name: ClassVar[str] = "drop_site_footer"

        def __call__(self, doc: Document) -> None:
            for line in doc.live():
                if line.text == "The Daily Planet":
                    doc.remove(line, rule=self.name, reason="site name line")

    pipeline = make_pipeline().with_step(DropSiteFooter())

>>> article = clean("Storm hits coast\\n\\nNews\\n\\nStorm hits coast\\n\\n"
...                 "Heavy rain and wind battered the coast overnight, officials said.\\n\\n.")
>>> article.title, article.section, article.paragraphs
('Storm hits coast', 'News', ('Heavy rain and wind battered the coast overnight, officials said.',))
>>> [(change.rule, change.text) for change in article.audit]  # doctest: +NORMALIZE_WHITESPACE
[('remove_symbol_lines', '.'), ('extract_title', 'Storm hits coast'),
 ('extract_section', 'News'), ('remove_repeated_title', 'Storm hits coast')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import ValidationError

from newsclean._version import __version__
from newsclean.config import Config
from newsclean.document import Document, Record
from newsclean.errors import ConfigError, EmptyBodyError, InputError
from newsclean.lexicon import FAMILIES, LANGUAGES
from newsclean.markdown import hide_markdown, restore_markdown
from newsclean.normalizers import CHARACTER_STEPS, DEFAULT_ORDER, REGISTRY
from newsclean.normalizers.boilerplate import RemoveBoilerplate
from newsclean.normalizers.encoding import mojibake_possible
from newsclean.normalizers.frontmatter import header_metadata
from newsclean.normalizers.whitespace import NormalizeWhitespace
from newsclean.patterns import LONE_SURROGATE
from newsclean.schema import Article, Change

__all__ = ["Normalizer", "Pipeline", "article", "clean", "explain", "make_pipeline"]

#: The character repairs run again while they still change something, at most this often.
_REPAIR_PASSES = 4


@runtime_checkable
class Normalizer(Protocol):
    """What a pipeline step is: a name, and a call that edits a Document in place."""

    name: ClassVar[str]

    def __call__(self, doc: Document) -> None:
        """Change ``doc`` through its recording methods."""


@dataclass(frozen=True)
class Pipeline:
    """An immutable, picklable sequence of normalizers with unique names.

    ``languages`` narrows the lexicons (empty: every shipped lexicon).  Equal pipelines
    compare and hash equal in every process.
    """

    steps: tuple[Normalizer, ...]
    languages: tuple[str, ...] = ()
    max_chars: int | None = None
    _repairs: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for step in self.steps:
            name = getattr(step, "name", None)
            if not isinstance(name, str) or not callable(step):
                raise ConfigError(f"{step!r} is not a normalizer: it needs a name and a call")
            if name in seen:
                raise ConfigError(f"two steps share the name {name!r}", key=name)
            seen.add(name)
        # how many leading steps are character repairs, worked out once
        object.__setattr__(self, "_repairs", self._character_prefix())

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(step.name for step in self.steps)

    def without(self, *names: str) -> Pipeline:
        """A copy of this pipeline without the named steps."""
        unknown = [name for name in names if name not in self.names]
        if unknown:
            raise ConfigError(f"no step named {unknown[0]!r} in this pipeline", key=unknown[0])
        kept = tuple(step for step in self.steps if step.name not in names)
        return Pipeline(kept, self.languages, self.max_chars)

    def with_step(
        self, step: Normalizer, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A copy with ``step`` added at the end, or before/after the named step."""
        anchor = before or after
        if anchor is None:
            return Pipeline((*self.steps, step), self.languages, self.max_chars)
        if anchor not in self.names:
            raise ConfigError(f"no step named {anchor!r} in this pipeline", key=anchor)
        at = self.names.index(anchor) + (1 if after else 0)
        return Pipeline((*self.steps[:at], step, *self.steps[at:]), self.languages, self.max_chars)

    def run(self, text: str, *, title: str | None = None) -> Document:
        """Run every step over ``text`` and return the Document (no validation)."""
        if not isinstance(text, str):
            raise InputError(_not_text("text", text))
        if self.max_chars is not None and len(text) > self.max_chars:
            raise InputError(
                f"text is larger than max_chars ({len(text):,} > {self.max_chars:,} characters)"
            )
        if title is not None:
            if not isinstance(title, str):
                raise InputError(_not_text("title", title))
            title = self._repair_title(title)
        doc = Document.from_text(text, title=title)
        # The configured lexicons, else all: the language given with an article is metadata
        # (a page's declared language is often not its text's, and the lexicons match whole
        # lines, so a foreign one costs no sentence).
        doc.languages = self.languages or LANGUAGES
        repairs = self._repairs
        # One repair can expose another (an entity that decodes to mojibake, a control
        # character inside a mojibake sequence): repeat the repairs until the text is stable.
        # A line no repair changed in a pass is stable: the next pass looks only at the lines
        # the previous one changed (the repairs are line by line).
        for _ in range(_REPAIR_PASSES):
            before = len(doc.records)
            doc.mojibake_free = False
            for step in self.steps[:repairs]:
                step(doc)
            if len(doc.records) == before:
                break
            doc.scope = _unsettled(doc, before)
            if not doc.scope:
                break
        doc.scope = None
        shown = hide_markdown(doc)
        for step in self.steps[repairs:]:
            step(doc)
        restore_markdown(doc, shown)
        return doc

    def _character_prefix(self) -> int:
        """How many leading steps are character repairs."""
        count = 0
        for step in self.steps:
            if step.name not in CHARACTER_STEPS:
                break
            count += 1
        return count

    def __call__(self, text: str, **metadata: Any) -> Article:
        """Clean ``text`` into a validated :class:`Article`; ``metadata`` are the keyword
        arguments of :meth:`fields` (``title``, ``url``, ``published``, ``authors``,
        ``language``, ``source``).

        Raises :class:`EmptyBodyError` when no body paragraph is left.
        """
        return article(self.fields(text, **metadata))

    def fields(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published: str | None = None,
        authors: Iterable[str] = (),
        language: str | None = None,
        source: str | None = None,
    ) -> dict[str, Any]:
        """The fields of the Article that cleaning ``text`` gives, as plain data that
        :func:`article` validates: what a worker process hands back, since plain data
        pickles several times faster than the models.

        >>> data = make_pipeline().fields("Bridge opens\\n\\nThe bridge opened on Monday.")
        >>> data["title"], article(data).paragraphs
        ('Bridge opens', ('The bridge opened on Monday.',))

        Raises :class:`EmptyBodyError` when no body paragraph is left.
        """
        doc = self.run(text, title=title)
        paragraphs = tuple(line.text for line in doc.live())
        if not paragraphs:
            raise EmptyBodyError(list(doc.removed_texts()))
        # what the caller gives wins over a scraper's header in the text
        given = {"url": url, "published": published, "language": language, "source": source}
        metadata = header_metadata(doc.header) if doc.header else {}
        return {
            "title": doc.title or None,
            "section": doc.section,
            "paragraphs": paragraphs,
            **{
                name: value if value is not None else metadata.get(name)
                for name, value in given.items()
            },
            "authors": tuple(authors) or metadata.get("authors", ()),
            "paragraph_separator": _separator(doc),
            "audit": [_audit_row(record) for record in doc.records],
            "version": __version__,
        }

    def explain(self, text: str, *, title: str | None = None) -> tuple[Change, ...]:
        """Every change the pipeline makes to ``text``, even when no body is left."""
        doc = self.run(text, title=title)
        return tuple(Change.model_validate(_audit_row(record)) for record in doc.records)

    def _repair_title(self, title: str) -> str | None:
        doc = Document.from_text(title)
        for step in self.steps:
            if step.name in CHARACTER_STEPS:
                step(doc)
        repaired = " ".join(" ".join(line.text for line in doc.live()).split())
        return repaired or None


def _unsettled(doc: Document, since: int) -> frozenset[int]:
    """The input lines that another pass of the repairs may still change: the lines that a
    repair other than the white-space one changed since record ``since``, and the re-spaced
    lines on which ftfy would look at the spaces.

    Re-spacing keeps the characters that are not white space and their order, and never
    makes two of them adjacent: it cannot make an HTML entity, an invisible character or a
    terminal escape, none of which holds white space, and the repairs of those found none
    on the line in the pass.  ftfy's badness test alone reads the spaces around a suspect
    character ("Ã" and a no-break space), so a re-spaced line where mojibake is possible
    gets another pass.  Each repair works line by line, so each line settles on its own.
    """
    changed = doc.records[since:]
    others = {record.line for record in changed if record.rule != NormalizeWhitespace.name}
    respaced = {record.line for record in changed} - others
    # A line only re-spaced held no possible mojibake before when fix_encoding found none in
    # the pass; re-spacing keeps every other character and never joins two of them.
    if respaced and not doc.mojibake_free:
        lines = [line for line in doc.lines if line.lineno in respaced and not line.removed]
        # one search over all of them first: mostly none is suspect
        if mojibake_possible("\n".join(line.text for line in lines)):
            others.update(line.lineno for line in lines if mojibake_possible(line.text))
    return frozenset(others)


def article(fields: dict[str, Any]) -> Article:
    """Validate the fields that :meth:`Pipeline.fields` gives into an :class:`Article`."""
    try:
        return Article.model_validate(fields)
    except ValidationError as error:  # only a broken custom step gets here
        raise InputError(f"the cleaned article is not valid: {error}") from error


def _audit_row(record: Record) -> dict[str, Any]:
    """An audit record as a dict; a lone surrogate in its text (which no UTF-8 output can
    hold) is written as its escape, ``\\ud800``, so that the Article always serialises."""
    rule, action, line, text, replacement, reason = record
    if not text.isascii() and _has_surrogate(text):
        text = _escape_surrogates(text)
    if replacement is not None and not replacement.isascii() and _has_surrogate(replacement):
        replacement = _escape_surrogates(replacement)
    return {
        "rule": rule,
        "action": action,
        "line": line,
        "text": text,
        "replacement": replacement,
        "reason": reason,
    }


def _has_surrogate(text: str) -> bool:
    """True when ``text`` holds a lone surrogate, which UTF-8 cannot encode.

    Encoding is a few times faster than a search; callers test ``isascii()`` (a flag look-up
    in CPython) first.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _escape_surrogates(text: str) -> str:
    return LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _separator(doc: Document) -> str:
    """``"\\n\\n"`` when blank lines separate most paragraphs of the input, else ``"\\n"``."""
    gaps = blank = 0
    seen_text = gap = False
    for line in doc.lines:
        text = line.text
        if not text or text.isspace():  # Line.blank, inlined: this runs over every line
            gap = seen_text
            continue
        if seen_text:
            gaps += 1
            blank += gap
        seen_text, gap = True, False
    return "\n" if gaps and blank * 2 < gaps else "\n\n"


def _not_text(what: str, value: object) -> str:
    if isinstance(value, (bytes, bytearray)):
        return (
            f"{what} must be str, not bytes: decode it first, "
            f"e.g. data.decode('utf-8', errors='replace')"
        )
    return f"{what} must be str, not {type(value).__name__}"


def make_pipeline(config: Config | None = None, **options: Any) -> Pipeline:
    """Build the pipeline that ``config`` (updated with ``options``) describes.

    >>> make_pipeline(disable=["fix_encoding"]).names[:3]
    ('unescape_html', 'remove_invisible_chars', 'normalize_whitespace')
    """
    config = (config or Config()).replace(**options) if options else (config or Config())
    steps: list[Normalizer] = []
    for name in DEFAULT_ORDER:
        if not getattr(config, name):
            continue
        if name == RemoveBoilerplate.name:
            families = tuple(
                f for f in FAMILIES if f != "section" and f not in config.exclude_families
            )
            steps.append(RemoveBoilerplate(families, tuple(sorted(set(config.extra_phrases)))))
        else:
            steps.append(REGISTRY[name]())
    return Pipeline(tuple(steps), config.languages, config.max_chars)


_DEFAULT_PIPELINE = make_pipeline()


def clean(
    text: str,
    *,
    title: str | None = None,
    config: Config | None = None,
    url: str | None = None,
    published: str | None = None,
    authors: Iterable[str] = (),
    language: str | None = None,
    source: str | None = None,
    **options: Any,
) -> Article:
    """Clean scraped article text into a validated :class:`Article`.

    ``title`` is the headline when it is known apart from the text (a JSON record's field);
    otherwise the first headline-shaped line becomes the title.  ``options`` are
    :class:`Config` fields, e.g. ``clean(text, fix_encoding=False)``.  Raises
    :class:`EmptyBodyError` when nothing of the body is left and :class:`InputError` when
    ``text`` is not a ``str``.
    """
    pipeline = (
        _DEFAULT_PIPELINE if config is None and not options else make_pipeline(config, **options)
    )
    return pipeline(
        text,
        title=title,
        url=url,
        published=published,
        authors=authors,
        language=language,
        source=source,
    )


def explain(text: str, *, title: str | None = None, **options: Any) -> tuple[Change, ...]:
    """The changes :func:`clean` would make, in order, without building an Article.

    >>> tuple(c.rule for c in explain("Ca&amp;t\\u200b sat."))
    ('unescape_html', 'remove_invisible_chars')
    """
    return make_pipeline(**options).explain(text, title=title)
