"""The working representation that flows through a pipeline run.

A :class:`Document` holds the input split into :class:`Line` objects (each remembers the
line of the input it came from), the title and section found so far, and the audit trail.
It is the only mutable object in newsclean, and only a pipeline run mutates it; normalizers
change it through :meth:`Document.replace` / :meth:`Document.remove` / :meth:`Document.extract`,
which record every change as they make it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import count
from operator import attrgetter
from typing import NamedTuple

from newsclean.lexicon import LANGUAGES
from newsclean.shapes import head_and_tail
from newsclean.shapes import is_prose as _is_prose
from newsclean.shapes import repeats_title as _repeats_title
from newsclean.shapes import title_keys as _title_keys

__all__ = ["Document", "Line", "Record"]

#: From this many characters on, a whole-text test that would copy the text reads the lines
#: one by one instead: writing a copy of a text that size (up to 4 bytes a character) costs
#: more than the loop over its lines.
_HUGE = 1 << 22

_LINENO = attrgetter("lineno")


class Record(NamedTuple):
    """A light audit record; turned into a :class:`newsclean.schema.Change` at the end."""

    rule: str
    action: str
    line: int
    text: str
    replacement: str | None
    reason: str


@dataclass(slots=True)
class Line:
    """One line of the input: its current text, its 1-based input line, whether it is gone."""

    text: str
    lineno: int
    removed: bool = False
    # (text, value) of the last prose test: rules ask for it many times, the text rarely changes
    _prose: tuple[str, bool] | None = field(default=None, repr=False, compare=False)

    @property
    def blank(self) -> bool:
        """True when the line holds nothing but white space."""
        return not self.text or self.text.isspace()

    @property
    def prose(self) -> bool:
        """True when the line reads as body text (see ``shapes.is_prose``); computed once per
        text."""
        cached = self._prose
        if cached is not None and cached[0] is self.text:
            return cached[1]
        value = _is_prose(self.text)
        self._prose = (self.text, value)
        return value


@dataclass
class Document:
    """The article being cleaned: lines, title, section, metadata and the audit trail."""

    lines: list[Line]
    title: str | None = None
    title_given: bool = False
    section: str | None = None
    languages: tuple[str, ...] = LANGUAGES
    records: list[Record] = field(default_factory=list)
    #: When set, the character repairs look only at lines with these input line numbers
    #: (the pipeline sets it to the lines the previous repair pass changed).
    scope: frozenset[int] | None = None
    #: Set by ``fix_encoding`` when no present line within ``scope`` can hold mojibake (the
    #: pipeline clears it before each repair pass): re-spacing such a line cannot make any.
    mojibake_free: bool = False
    #: The present lines joined with "\n", kept until the next change (the repair gates
    #: search it; on the first pass it is the input text itself).
    _joined: str | None = field(default=None, repr=False, compare=False)
    # live() and its zones, kept until the next change; title_keys() for the current title
    _live: list[Line] | None = field(default=None, repr=False, compare=False)
    _zones: tuple[int, int] | None = field(default=None, repr=False, compare=False)
    # a line went since _live was worked out: drop the removed ones from it (no text changed)
    _pruned: bool = field(default=False, repr=False, compare=False)
    # live() handed _live out: it is never changed in place after that (a copy is changed)
    _shared: bool = field(default=False, repr=False, compare=False)
    _keys: tuple[tuple[str, ...], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )
    # printable(), kept until a line's text changes
    _printable: bool | None = field(default=None, repr=False, compare=False)
    # the index of each line in ``lines`` by id(), kept until a line is split
    _positions: dict[int, int] | None = field(default=None, repr=False, compare=False)
    #: What a rule worked out from the lines' texts, by a name of its choosing: kept until a
    #: line's text changes (lines may be removed meanwhile).
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    #: The metadata a scraper wrote above the text, by its key in lower case ("url",
    #: "published time"); set by ``remove_front_matter``.
    header: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: A title and the text that a line writing it in markdown shows the line rules (set by
    #: ``hide_markdown`` when they differ): its repeats are looked for in both forms.
    shown_title: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, *, title: str | None = None) -> Document:
        """Split ``text`` on ``\\n`` only; other line breaks are the whitespace rule's job.

        >>> tuple(line.text for line in Document.from_text("a\\r\\nb").lines)
        ('a\\r', 'b')
        """
        lines = list(map(Line, text.split("\n"), count(1)))
        return cls(lines=lines, title=title, title_given=title is not None, _joined=text)

    # -- reading -----------------------------------------------------------------------------

    def live(self) -> list[Line]:
        """The lines still in the body: not removed, not blank.

        The list is shared with later calls until a line goes, and never changes: a caller
        may remove lines while it walks the list, and must not change the list itself.
        """
        if self._live is None:
            # the blank test inlined: this runs over every line of the article
            self._live = [
                line
                for line in self.lines
                if not line.removed and line.text and not line.text.isspace()
            ]
        elif self._pruned:
            self._live = [line for line in self._live if not line.removed]
        self._pruned = False
        self._shared = True
        return self._live

    def zones(self) -> tuple[list[Line], int, int]:
        """:meth:`live` and the bounds of its head and tail zones
        (:func:`~newsclean.shapes.head_and_tail`)."""
        live = self.live()
        if self._zones is None:
            self._zones = head_and_tail(live)
        return live, *self._zones

    def title_forms(self) -> tuple[str, ...]:
        """The current title as written, and as a line that writes it in markdown shows it
        (``shown_title``); empty without a title."""
        title = self.title
        if not title:
            return ()
        shown = self.shown_title
        return (title, shown[1]) if shown is not None and shown[0] == title else (title,)

    def title_keys(self) -> frozenset[str]:
        """The keys a repeat of the current title may have, in each of its forms (empty
        without a title)."""
        forms = self.title_forms()
        if self._keys is None or self._keys[0] != forms:
            self._keys = (forms, frozenset().union(*map(_title_keys, forms)))
        return self._keys[1]

    def text(self) -> str:
        """All current lines joined with ``\\n`` (removed lines left out)."""
        return "\n".join(line.text for line in self.lines if not line.removed)

    def present(self) -> list[Line]:
        """The lines not removed (within ``scope`` when it is set), blank ones included."""
        scope = self.scope
        if scope is None:
            return [line for line in self.lines if not line.removed]
        return [line for line in self.lines if not line.removed and line.lineno in scope]

    def any_line(self, gate: Callable[[str], object]) -> bool:
        """True when ``gate`` (a search that does not match across a line break) is true
        for some present line within ``scope``: one search over their joined text."""
        if self.scope is None:
            if self._joined is None:
                self._joined = self.text()
            return bool(gate(self._joined))
        return bool(gate("\n".join(line.text for line in self.present())))

    def position(self, line: Line) -> int:
        """The index of ``line`` in ``lines``: one look-up (the table is rebuilt after a
        line is split)."""
        if self._positions is None:
            self._positions = {id(x): i for i, x in enumerate(self.lines)}
        return self._positions[id(line)]

    def from_line(self, lineno: int) -> list[Line]:
        """The lines that came from input line ``lineno``, removed or not (more than one
        when it was split): ``lines`` keep the order of the input, so a binary search.

        >>> doc = Document.from_text("a\\nb\\nc")
        >>> len(doc.from_line(2)), doc.from_line(2)[0].text
        (1, 'b')
        """
        lines = self.lines
        index = bisect_left(lines, lineno, key=_LINENO)
        found = []
        while index < len(lines) and lines[index].lineno == lineno:
            found.append(lines[index])
            index += 1
        return found

    def neighbour(self, line: Line, step: int, accept: Callable[[Line], object]) -> Line | None:
        """The nearest line before (``step=-1``) or after (``step=1``) ``line`` for which
        ``accept`` is true, removed or not."""
        lines = self.lines
        index = self.position(line) + step
        while 0 <= index < len(lines):
            if accept(lines[index]):
                return lines[index]
            index += step
        return None

    def hard_wrapped(self, lines: list[Line], unless: Callable[[str], bool] | None = None) -> bool:
        """True when the text is wrapped at a fixed width: more than one of ``lines`` in ten
        starts in lower case, going on from the line before, so short lines are pieces of
        paragraphs.  Texts for which ``unless`` is true do not count either.

        The answer must be the same on the cleaned text, so repeats of a given title are not
        counted (cleaned text written with its title has one more), nor second copies of a
        line (later rules remove a repeated headline or paragraph), and the first line counts
        like the others (the cleaned text may start with a title found further down).

        ``unless`` is asked of the texts in lower case first, then of the others only until
        their count decides: more than one in ten continues a line when fewer than nine
        others stand for each of them.  A long text with a few lines in lower case is so
        decided after a few hundred lines, not all of them.
        """
        if self.title_given and self.title:
            keys = self.title_keys()
            lines = [line for line in lines if not _repeats_title(line.text, keys)]
        texts = dict.fromkeys(line.text for line in lines)

        def counts(text: str) -> bool:
            return unless is None or not unless(text)

        continued = sum(1 for text in texts if text[:1].islower() and counts(text))
        others = 0
        for text in texts:
            if not text[:1].islower() and counts(text):
                others += 1
                if others >= 9 * continued:
                    return False
        return continued > 0

    def printable(self) -> bool:
        """True when every present line (within ``scope``) is printable text for Python:
        no control or format character, no white space but the plain space, no line break
        and no surrogate.  Then the repairs of those characters have nothing to do, and
        their gates are skipped (one C loop instead of a character class search each).
        """
        if self.scope is not None:
            return all(line.text.isprintable() for line in self.present())
        if self._printable is None:
            if self._joined is None:
                self._joined = self.text()
            if len(self._joined) < _HUGE:
                self._printable = self._joined.replace("\n", " ").isprintable()
            else:  # no copy of a text that size: writing one costs more than reading lines
                texts = [line.text for line in self.lines if not line.removed]
                self._printable = all(map(str.isprintable, texts))
        return self._printable

    def lines_matching(self, gate: Callable[[str], object]) -> list[Line]:
        """The present lines (within ``scope``) for which ``gate`` is true.

        ``gate`` is a search such as ``pattern.search``; it runs over the whole text first:
        most articles need no work from a given repair, and then no line is looked at one by
        one.  It must not match across a line break.
        """
        if not self.any_line(gate):
            return []
        return [line for line in self.present() if gate(line.text)]

    # -- changing ----------------------------------------------------------------------------

    def map_lines(
        self,
        rule: str,
        reason: str,
        fix: Callable[[str], str],
        gate: Callable[[str], object],
    ) -> None:
        """Apply ``fix`` to the text of every line still present for which ``gate`` (a
        search that any text ``fix`` would change must match) is true, recording each change.
        """
        for line in self.lines_matching(gate):
            new = fix(line.text)
            if new != line.text:
                self.replace(line, new, rule=rule, reason=reason)

    def _changed(self) -> None:
        """Forget what was worked out from the lines: a line's text changed."""
        self._joined = self._live = self._zones = self._printable = None
        self.memo.clear()

    def _gone(self, line: Line) -> None:
        """A line went: the live lines are the ones kept so far, less the removed ones.

        The last live line going (rules walk up from the end) is popped, and the zones stay
        when it is not prose: the first and the last prose line are where they were.
        """
        self._joined = None
        live = self._live
        if live and not self._pruned and live[-1] is line:
            if self._shared:  # a caller may be walking it: change a copy
                live = self._live = live[:-1]
                self._shared = False
            else:
                live.pop()
            if self._zones is not None and not line.prose:
                head, tail = self._zones
                self._zones = (min(head, len(live)), min(tail, len(live)))
            else:
                self._zones = None
            return
        self._zones = None
        self._pruned = True

    def replace(self, line: Line, new: str, *, rule: str, reason: str) -> None:
        """Set a line's text and record the change."""
        self._changed()
        self.records.append(Record(rule, "replaced", line.lineno, line.text, new, reason))
        line.text = new

    def show_texts(self, texts: list[tuple[Line, str]]) -> None:
        """Set the text of each line without recording it: a view of the same text that
        is undone before the result is read (see :mod:`newsclean.markdown`)."""
        self._changed()
        for line, text in texts:
            line.text = text

    def remove(self, line: Line, *, rule: str, reason: str) -> None:
        """Drop a line from the body and record what was dropped."""
        self._gone(line)
        line.removed = True
        self.records.append(Record(rule, "removed", line.lineno, line.text, None, reason))

    def extract(self, line: Line, *, rule: str, reason: str) -> None:
        """Take a line out of the body because it became the title or the section."""
        self._gone(line)
        line.removed = True
        self.records.append(Record(rule, "extracted", line.lineno, line.text, None, reason))

    def split_line(self, index: int, parts: list[str], *, rule: str, reason: str) -> None:
        """Replace ``self.lines[index]`` by one line per part, all keeping its input line."""
        self._changed()
        old = self.lines[index]
        self.records.append(
            Record(rule, "replaced", old.lineno, old.text, "\n".join(parts), reason)
        )
        self.lines[index : index + 1] = [Line(part, old.lineno) for part in parts]
        self._positions = None

    def removed_texts(self) -> Iterator[tuple[str, str]]:
        """``(rule, text)`` for every line removed or extracted so far."""
        for record in self.records:
            if record.action != "replaced":
                yield record.rule, record.text
