"""Encoding repair: HTML entities, mojibake, invisible and control characters.

These normalizers change characters inside a line and never split, join or drop lines, so the
audit can name the input line of every change.

>>> from newsclean.document import Document, Record
>>> doc = Document.from_text("Caf\\u00c3\\u00a9 &amp; bar\\u200b")
>>> for step in (UnescapeHtml(), FixEncoding(), RemoveInvisibleChars()):
...     step(doc)
>>> doc.text()
'Café & bar'
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import ftfy
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad

from newsclean.document import Document, Record
from newsclean.patterns import (
    CP1251_AS_LATIN_RUN,
    FTFY_SUSPECT,
    HTML_ENTITY,
    INVISIBLE,
    INVISIBLE_GATE,
    LONE_SURROGATE,
    MOJIBAKE_ALONE,
    MOJIBAKE_ALONE_PRINTABLE,
    NON_ASCII_PAIR,
)

__all__ = [
    "FixEncoding",
    "RemoveInvisibleChars",
    "UnescapeHtml",
    "needs_repair",
    "repair_cyrillic_read_as_latin",
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


# -- which pairs of characters ftfy's badness test can flag ---------------------------------
#
# Every alternative of ``ftfy.badness.BADNESS_RE`` (ftfy 6.3) either needs a character that
# ``MOJIBAKE_ALONE`` finds, or two adjacent characters from two of ftfy's categories: "Ã¼"
# (upper accented, then numeric), "вЂ", "Ð°" ...  The table below lists, for each alternative,
# one such pair of character sets.  A line with no such pair cannot be flagged, so ftfy's own
# (costly) test is skipped for it: Cyrillic, Greek or German text, runs of no-break spaces
# and Arabic or CJK text no longer reach it.  The table is used only with the ftfy pattern it
# was read from (checked by a digest); with any other ftfy every pair of non-ASCII
# characters is a candidate, as before.

_BADNESS_DIGEST = "9dcc0f2ac90d9ae3c85eb7b9b2c0b8a8e8126153847c2b30c91a0bb263f3b8c4"


def _expand(spec: str) -> frozenset[str]:
    """The characters of a character-class body such as ``"Ò-Öab"``."""
    chars: set[str] = set()
    at = 0
    while at < len(spec):
        if at + 2 < len(spec) and spec[at + 1] == "-":
            chars.update(map(chr, range(ord(spec[at]), ord(spec[at + 2]) + 1)))
            at += 3
        else:
            chars.add(spec[at])
            at += 1
    return frozenset(chars)


def _pair_table() -> dict[str, frozenset[str]] | None:
    """Map a first character to the characters after it that make a suspect pair; None
    when the installed ftfy's pattern is not the one the table was written for."""
    if hashlib.sha256(BADNESS_RE.pattern.encode()).hexdigest() != _BADNESS_DIGEST:
        return None
    c = {name: _expand(spec) for name, spec in MOJIBAKE_CATEGORIES.items()}
    bad, law, cur, num = c["bad"], c["law"], c["currency"], c["numeric"]
    start, end, box = c["start_punctuation"], c["end_punctuation"], c["box"]
    lower, upper = c["lower_accented"], c["upper_accented"]
    common = c["lower_common"] | c["upper_common"]
    pairs = [  # (first, second), one per alternative of BADNESS_RE, in its order
        (bad | lower | upper | box | start | end | cur | num | law, bad),
        (common, bad),
        (bad, lower | upper | box | start | end | cur | num | law),
        (lower | c["lower_common"] | box | end | cur | num, upper),
        (box | end | cur | num, lower),
        (lower | box | end, cur),
        (upper, cur),
        (upper | box, num | law),
        (lower | upper | box | cur | end, start),
        (lower | upper | cur | num | box | law, end),
        (cur | num | box, start),
        (upper, start | cur),
        (box, c["kaomoji"]),
        (lower | upper | cur | num | start | end | law, box),
        (box, end),
        (lower | upper, start | end),
        (upper, _expand("°")),
        (_expand("ÂÃÎÐ"), _expand("€œŠš¢£Ÿž\xa0\xad®©°·»–—´") | start | end),
        (_expand("×"), _expand("²³")),
        (_expand("ØÙ"), c["common"] | cur | bad | num | start | _expand("ŸŠ®°µ»")),
        (_expand("à"), _expand("²µ¹¼½¾")),
        (_expand("√"), _expand("±∂†≠®™´≤≥¥µø")),
        (_expand("≈"), _expand("°¢")),
        (_expand("‚"), _expand("Äâó")),
        (_expand("в"), _expand("Ђ")),
        (_expand("ВГРС"), c["c1"] | bad | start | end | cur | _expand("°µ")),
        (_expand("Г"), _expand("ў")),
        (_expand("β"), _expand("€")),
        (_expand("ΒΓΞΟ"), c["c1"] | bad | start | end | cur | _expand("°")),
        (_expand("ā"), _expand("€")),
    ]
    table: dict[str, set[str]] = {}
    for first, second in pairs:
        for char in first:
            table.setdefault(char, set()).update(second)
    return {char: frozenset(after) for char, after in table.items()}


def _candidate_pattern(table: dict[str, frozenset[str]] | None) -> re.Pattern[str]:
    """Any first character of the table, then any second one: a single pair of classes,
    which ``re`` scans fast; the table then decides."""
    if table is None:
        return NON_ASCII_PAIR
    firsts = "".join(map(re.escape, sorted(table)))
    seconds = "".join(map(re.escape, sorted(set().union(*table.values()))))
    return re.compile(f"[{firsts}][{seconds}]")


_PAIRS = _pair_table()
# Compiled here rather than in ``patterns``: it is built from ftfy's tables at import.
_PAIR_CANDIDATE = _candidate_pattern(_PAIRS)


def _table_pairs(text: str, pairs: dict[str, frozenset[str]]) -> Iterator[int]:
    """The positions in ``text`` of every two adjacent characters that form a pair of
    ``pairs`` (the table), overlapping ones included."""
    found = _PAIR_CANDIDATE.search(text)
    while found is not None:
        pair = found.group()
        if pair[1] in pairs[pair[0]]:
            yield found.start()
        found = _PAIR_CANDIDATE.search(text, found.start() + 1)


def _suspect_pair(text: str) -> bool:
    """True when two adjacent characters of ``text`` form a pair of the table."""
    if _PAIRS is None:
        return _PAIR_CANDIDATE.search(text) is not None
    return next(_table_pairs(text, _PAIRS), None) is not None


#: The longest match of ftfy's badness pattern whose digest is ``_BADNESS_DIGEST``, in
#: characters ("ГўВЂВ.[A-Za-z ]"; a test reads it from the pattern): a match that holds a
#: suspect character lies within this distance of it.
_BADNESS_WIDTH = 7


def _suspects(text: str, pairs: dict[str, frozenset[str]]) -> Iterator[int]:
    """The positions in ``text`` of every pair of ``pairs`` (the table) and of every
    character that ftfy's badness pattern can flag alone: each match of that pattern holds
    one."""
    yield from _table_pairs(text, pairs)
    for alone in MOJIBAKE_ALONE.finditer(text):
        yield alone.start()


def _is_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, searching only around the suspect characters
    (:func:`_suspects`) instead of the whole text: its pattern, a long alternation, costs
    about 70 ns a character on a line of legitimate accented text.

    >>> _is_bad("Ð¿Ñ€Ð¸Ð²ÐµÑ‚"), _is_bad("Größe über, «Газпром» 5 €")
    (True, False)
    """
    if _PAIRS is None:
        return is_bad(text)
    reach = _BADNESS_WIDTH
    return any(
        BADNESS_RE.search(text, max(0, at - reach), at + reach + 1) is not None
        for at in _suspects(text, _PAIRS)
    )


def mojibake_possible(text: str) -> bool:
    """True when ``text`` has a pair of adjacent characters that ftfy's badness test can
    flag, or a character it can flag alone.

    >>> mojibake_possible("café “ok”"), mojibake_possible("ÐŸÑ€"), mojibake_possible("Ã")
    (False, True, True)
    >>> mojibake_possible("Größe und Gebäude, привет мир")
    False
    """
    if text.isascii():
        return "\x1b" in text
    return bool(MOJIBAKE_ALONE.search(text)) or _suspect_pair(text)


def _mojibake_possible_in_printable(text: str) -> bool:
    """:func:`mojibake_possible` for text without a character that ``str.isprintable``
    rejects: of the characters ftfy flags alone, only ``MOJIBAKE_ALONE_PRINTABLE`` are
    printable."""
    return any(char in text for char in MOJIBAKE_ALONE_PRINTABLE) or (
        not text.isascii() and _suspect_pair(text)
    )


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
    return bool(FTFY_SUSPECT.search(text)) or _is_bad(text)


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


_MOJIBAKE_REPAIRED = "mojibake repaired"
#: The encodings in which UTF-8 is most often read by mistake, in the order they are tried.
_MISREAD_CODECS = (
    "sloppy-windows-1252",
    "latin-1",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "mac_roman",
)


def _codec_of(records: list[Record]) -> str | None:
    """The one encoding in which UTF-8 was read by mistake in every line that ftfy repaired
    (``records``), when each repair is exactly reading the line back from it; else None.

    >>> rec = Record("fix_encoding", "replaced", 1, "cafÃ©", "café", _MOJIBAKE_REPAIRED)
    >>> _codec_of([rec])
    'sloppy-windows-1252'
    """
    found: set[str] | None = None
    for record in records:
        if record.reason != _MOJIBAKE_REPAIRED or record.replacement is None:
            continue
        codecs = {c for c in _MISREAD_CODECS if read_back(record.text, c) == record.replacement}
        found = codecs if found is None else found & codecs
        if not found:
            return None
    return next((c for c in _MISREAD_CODECS if c in found), None) if found else None


def read_back(text: str, codec: str) -> str:
    """``text`` as the UTF-8 that was read as ``codec``, when its characters make UTF-8 that
    way; else ``text`` itself.

    >>> read_back("Rada zatwierdza nowÄ… liniÄ™", "sloppy-windows-1252")
    'Rada zatwierdza nową linię'
    >>> read_back("Café", "sloppy-windows-1252")
    'Café'
    """
    try:
        return text.encode(codec).decode("utf-8")
    except UnicodeError:
        return text


#: The letters of windows-1251 text read as windows-1252 or Latin-1: the bytes 0xC0 to 0xFF
#: (А to я) and the bytes of Ё ё Є є Ї ї І і Ґ ґ.
_CP1251_LETTERS = frozenset(map(chr, range(0xC0, 0x100))) | frozenset("¨¸ªº¯¿²³¥´")
#: Of the letters of a line, at least this share must be such letters.
_CP1251_SHARE = 0.75
#: And at least this many.
_CP1251_MIN_LETTERS = 4


def repair_cyrillic_read_as_latin(text: str) -> str:
    """Undo windows-1251 text read as windows-1252 or Latin-1 ("Ïðèâåò, ìèð!"), which
    ftfy leaves alone (its repairs undo UTF-8 read as another encoding).  A line is read
    back only when three quarters of its letters (four at least) are such letters, which no
    text written in a Latin alphabet has, when its bytes are not UTF-8 (then it is ftfy's
    case: "ÐŸÑ€Ð¸Ð²ÐµÑ‚") and when they decode without error.

    >>> repair_cyrillic_read_as_latin("Ïðèâåò, ìèð! Ãîëîâà Óêðà¿íè.")
    'Привет, мир! Голова України.'
    >>> repair_cyrillic_read_as_latin("Äääähm… sagte er.")
    'Äääähm… sagte er.'
    """
    # "¨", "¯", "²" and a few more stand for letters but are not letters themselves
    letters = [char for char in text if char.isalpha() or char in _CP1251_LETTERS]
    suspect = sum(char in _CP1251_LETTERS for char in letters)
    if suspect < _CP1251_MIN_LETTERS or suspect < _CP1251_SHARE * len(letters):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError:
            continue
        if _is_utf8(raw):
            return text  # UTF-8 read as windows-1252 ("ÐŸÑ€Ð¸"): ftfy's repair
        try:
            return raw.decode("cp1251")
        except UnicodeDecodeError:
            return text
    return text


def _is_utf8(raw: bytes) -> bool:
    """True when ``raw`` decodes as UTF-8; windows-1251 letters follow each other as bytes
    from 0xC0 up, which UTF-8 never has."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _may_hold_cyrillic_read_as_latin(text: str) -> bool:
    """A cheap test before the line-by-line one: "î" (о, the commonest Russian and
    Ukrainian letter, read as windows-1252) is in ``text`` and three such letters in a row."""
    return "î" in text and CP1251_AS_LATIN_RUN.search(text) is not None


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
    """Repair mojibake: UTF-8 read as windows-1252, Latin-1, windows-1251, ... (with ftfy),
    and windows-1251 text read as windows-1252 or Latin-1."""

    name: ClassVar[str] = "fix_encoding"

    def __call__(self, doc: Document) -> None:
        """Read back every line of windows-1251 text read as windows-1252 or Latin-1, then
        repair every line that ftfy would change (lines without a suspect pair skip it)."""
        # windows-1251 first: ftfy would take "Â " (В and a space) in such a line for the
        # UTF-8 of a no-break space and lose the letter
        if doc.any_line(_may_hold_cyrillic_read_as_latin):
            doc.map_lines(
                self.name,
                "windows-1251 text read as windows-1252 repaired",
                repair_cyrillic_read_as_latin,
                CP1251_AS_LATIN_RUN.search,
            )
        gate = _mojibake_possible_in_printable if doc.printable() else mojibake_possible
        if not doc.any_line(gate):
            doc.mojibake_free = True  # most articles
            return
        since = len(doc.records)
        doc.map_lines(self.name, _MOJIBAKE_REPAIRED, _repair_possible_mojibake, gate)
        codec = _codec_of(doc.records[since:])
        if codec is not None:
            # The text was UTF-8 read as ``codec``: a line ftfy left alone for its own
            # caution ("nowÄ… liniÄ™", a short title) is read back the same way when its
            # characters make UTF-8 that way.
            doc.map_lines(
                self.name,
                f"mojibake repaired as the rest of the text (UTF-8 read as {codec})",
                lambda text: read_back(text, codec),
                NON_ASCII_PAIR.search,
            )


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
        if doc.printable():  # every character removed here is not printable
            return
        doc.map_lines(
            self.name,
            "invisible or control character removed",
            remove_invisible,
            INVISIBLE_GATE.search,
        )
