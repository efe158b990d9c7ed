"""Line shapes and zones: detection only, shared by the rules that remove or extract lines.

A *prose* line is one that reads as body text; the *head* is what comes before the first prose
line and the *tail* what comes after the last one.  Rules act with more confidence in those
zones than in the middle of the body.

>>> is_prose("The exchange of ratification instruments took place in Moscow on Tuesday.")
True
>>> is_prose("Russia-DPRK treaty provides military assistance in case of attack")
False
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from newsclean.lexicon import DATE_WORDS, line_key
from newsclean.patterns import (
    BYLINE,
    CAPS_LEAD_IN,
    CELL_SEPARATOR,
    CLOSERS,
    CRUMB_MARKS,
    CRUMB_SEPARATOR,
    DIGIT,
    IMAGE_FILE,
    INNER_SENTENCE_END,
    LABEL_SHAPE,
    LEAD_IN_END,
    LETTER_WORD,
    SENTENCE_BREAK,
    SITE_SEPARATOR,
    TOKEN,
    WORD_CHAR,
)

if TYPE_CHECKING:
    from newsclean.document import Line

__all__ = [
    "HEADLINE_TO_BODY",
    "LABEL_MAX_CHARS",
    "LIST_BULLETS",
    "breadcrumb_parts",
    "byline_opener",
    "date_label",
    "final_char",
    "head_and_tail",
    "headline_repeat",
    "is_fragment",
    "is_headline",
    "is_image_file",
    "is_label",
    "is_list_item",
    "is_prose",
    "is_two_part_headline",
    "is_value_label",
    "more_words_than",
    "repeat_keys",
    "repeats_title",
    "table_cells",
    "title_keys",
]

#: The first paragraph follows the headline within so many lines (byline, date, deck).
HEADLINE_TO_BODY = 4

#: Section labels are at most this long.
LABEL_MAX_CHARS = 32

#: The words of a date line split from its figures ("Pubblicato il" + "12 marzo 2031") are
#: at most so many; they, and the words that open a byline, at most so many characters.
MAX_DATE_LABEL_WORDS = 3
MAX_VALUE_LABEL_CHARS = 40

#: The signs that start a bulleted list item ("- home page", "• Weather").
LIST_BULLETS = ("-", "•", "*", "–", "—")

#: Headlines are at most this long.
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 250


def final_char(text: str) -> str:
    """The last character of ``text`` before closing quotes and brackets ('' if none).

    >>> final_char('He said “no.”')
    '.'
    """
    return text.rstrip(CLOSERS)[-1:]


#: The file name of a picture has at most this many characters, and ends in one of these
#: (the last letters of the extensions of ``IMAGE_FILE``).
MAX_IMAGE_FILE_CHARS = 100
_IMAGE_FILE_ENDS = frozenset("gGfFpPcC")


def is_image_file(text: str) -> bool:
    """True when ``text`` is the file name of a picture alone (``IMAGE_FILE``): what an
    extractor leaves where the picture stood.  A sentence that names a file has spaces.

    >>> is_image_file("google.JPG"), is_image_file(" IMG_2031.jpeg ")
    (True, True)
    >>> is_image_file("The file was saved as photo.jpg"), is_image_file("Photo: Jane Doe")
    (False, False)
    """
    stripped = text.strip()
    if stripped[-1:] not in _IMAGE_FILE_ENDS:
        return False  # most lines: one look at the last character
    return (
        len(stripped) <= MAX_IMAGE_FILE_CHARS
        and "." in stripped[-6:]
        and IMAGE_FILE.fullmatch(stripped) is not None
    )


def is_fragment(text: str) -> bool:
    """True for a piece of a sentence that an extractor split off: it starts in lower case
    and ends a sentence ("home.", "published on Wednesday.").  Lexicon phrases never match
    such a line.
    """
    return text[:1].islower() and final_char(text) in (".", "!", "?", "…")


def more_words_than(text: str, limit: int) -> bool:
    """More than ``limit`` letter-or-digit tokens, reading no further than the one after it.

    >>> more_words_than("one two three", 2), more_words_than("one two", 2)
    (True, False)
    """
    if len(text) <= 2 * limit:
        return False  # tokens and the gaps between them take a character each at least
    return next(islice(TOKEN.finditer(text), limit, None), None) is not None


def is_prose(text: str) -> bool:
    """True for a line that reads as body text: a sentence of eight or more words.

    A question or exclamation needs fifteen words (headlines ask and exclaim), and any line of
    thirty words or more counts as prose whatever its ending.  Below thirty, the figures of a
    line with figures do not make a sentence (see :func:`_reads_as_words`).

    >>> is_prose("The council met on Tuesday to vote on the plan."), is_prose("Ferry plan")
    (True, False)
    >>> is_prose("Published on 03/14/2031 at 12:00 p.m., updated at 2:30 p.m.")
    False
    """
    end = final_char(text)
    if end in (".", "…"):
        needed = 8
    elif end in ("!", "?"):
        needed = 15
    else:
        needed = 30
    if len(text) < needed:  # every word takes at least one character
        return False
    if not more_words_than(text, needed - 1):
        return False
    # Figures are not words, and a date is no sentence: "Status: 03/14/2031 12:00 p.m." has
    # eight tokens, "Published on 03/14/2031 at 12:00 p.m., updated at 2:30 p.m." sixteen,
    # yet each is a date line.  (Most lines hold no figure, or thirty tokens: no word count.)
    return (
        needed == 30
        or DIGIT.search(text) is None
        or _reads_as_words(text)  # most sentences: true within their first words
        or more_words_than(text, 29)
    )


#: A sentence of fewer than thirty tokens has at least this many words of two letters or more.
SENTENCE_WORDS = 4


def _reads_as_words(text: str) -> bool:
    """True when ``text`` holds ``SENTENCE_WORDS`` words of two letters or more, and a word
    that is not one of the date words (``DATE_WORDS``: months, "updated", "at", "p.m.").

    >>> _reads_as_words("The council met on Tuesday."), _reads_as_words("Status: 03/14/2031 12:00")
    (True, False)
    >>> _reads_as_words("Published on 14 March 2031 at 12:00, updated at 14:30.")
    False
    """
    words = 0
    other = False
    for found in LETTER_WORD.finditer(text):
        word = found.group()
        if len(word) > 1:
            words += 1
        other = other or word.casefold() not in DATE_WORDS
        if other and words >= SENTENCE_WORDS:
            return True
    return False


def is_headline(text: str) -> bool:
    """True for a line shaped like a headline: at most twenty words, no sentence full stop at
    its end or inside it, no lead-in end (``:`` ``,`` ``;``).
    """
    if not WORD_CHAR.search(text) or len(text) > HEADLINE_MAX_CHARS:
        return False
    if more_words_than(text, HEADLINE_MAX_WORDS) or LEAD_IN_END.search(text):
        return False
    if INNER_SENTENCE_END.search(text) or _caps_lead_in(text):
        return False
    return final_char(text) != "." or text.endswith(("...", "…"))


def is_two_part_headline(text: str) -> bool:
    """True for a headline of two parts split by a full stop, as Polish, Russian and
    Ukrainian sites write many ("Nowa linia tramwajowa w Gdańsku. Pierwsze kursy już w
    maju", "Kraków. Nowe autobusy na ulicach"): one sentence end inside, each part a headline
    on its own, no full stop at the end, at most ``HEADLINE_MAX_WORDS`` words in all.  Only
    the title search asks: a line of text wrapped at a fixed width may have the same shape.

    >>> is_two_part_headline("Nowa linia tramwajowa w Gdańsku. Pierwsze kursy już w maju")
    True
    >>> is_two_part_headline("The line opens in May. It has eight stops.")
    False
    >>> is_two_part_headline("Good morning, it's great to be back. I love these chats!")
    False
    """
    if len(text) > HEADLINE_MAX_CHARS or final_char(text) in ".!":
        return False  # too long (the search below is not linear on long lines), or a sentence
    found = INNER_SENTENCE_END.search(text)
    if found is None:
        return False
    if "|" in text or not text[:1].isupper() or len(SENTENCE_BREAK.findall(text)) > 1:
        return False  # a table row, a line in brackets, a sentence's continuation, a caption
    cut = found.end() - 1  # the capital that opens the second part
    return (
        not more_words_than(text, HEADLINE_MAX_WORDS)
        and is_headline(text[:cut].rstrip()[:-1])  # the first part without its full stop
        and is_headline(text[cut:])
    )


def _caps_lead_in(text: str) -> bool:
    """True when ``text`` opens with the capitals of a printed article's first sentence:
    three or more words in capitals, two of them of four letters or more (not a row of
    initials such as "US UK EU"), then a sentence that goes on with a word in lower case.

    >>> _caps_lead_in("THE HARBOUR COUNCIL VOTED on Tuesday to close the pier")
    True
    >>> _caps_lead_in("US UK EU agree on trade")
    False
    >>> _caps_lead_in("HARBOUR COUNCIL NEWS Weekly Update")
    False
    """
    found = CAPS_LEAD_IN.match(text)
    if found is None:
        return False
    return sum(len(word) >= 4 for word in found.group(1).split()) >= 2


def table_cells(text: str) -> list[str]:
    """The cells of a row of a table (or of a menu between bars) that hold something; an
    escaped bar ("\\|", as Markdown writes one inside a cell) separates cells too.

    >>> table_cells("| a | | b |"), table_cells("Home | Away | Draw")
    (['a', 'b'], ['Home', 'Away', 'Draw'])
    """
    inner = text.strip().strip("|")
    # str.split is many times faster than the pattern; the pattern is needed only for "\|"
    pieces = CELL_SEPARATOR.split(inner) if "\\|" in inner else inner.split("|")
    return [cell for cell in map(str.strip, pieces) if cell]


def is_label(text: str) -> bool:
    """True for a section-label shape: one to three words, the first capitalised, no digits
    or stops (``Home``, ``World News``, ``Science & Tech``).
    """
    return len(text) <= LABEL_MAX_CHARS and LABEL_SHAPE.fullmatch(text) is not None


def breadcrumb_parts(text: str) -> list[str] | None:
    """The crumbs of a breadcrumb line ("Home > News > Politics"), or None.

    >>> breadcrumb_parts("Home > World > Europe")
    ['Home', 'World', 'Europe']
    >>> breadcrumb_parts("Income > expenses in 2024") is None
    True
    """
    marks = [index for index in map(text.find, CRUMB_MARKS) if index >= 0]
    if not marks or len(text[: min(marks)].strip()) > LABEL_MAX_CHARS:
        # most lines: no sign of a crumb, or a first crumb (up to the first separator, at
        # or after the first sign) too long for a label; cheaper than splitting a long line
        return None
    parts = [part.strip() for part in CRUMB_SEPARATOR.split(text)]
    if len(parts) < 2 or not all(LETTER_WORD.search(part) for part in parts):
        return None
    if not all(is_label(part) for part in parts[:-1]) or is_prose(parts[-1]):
        return None
    if not parts[-1][0].isupper():
        return None
    return parts


def title_keys(title: str) -> frozenset[str]:
    """Keys a repeat of ``title`` may have: the whole title, and each part of
    "Headline | Site" or "Site - Headline" that has three or more words.

    >>> sorted(title_keys("Storm hits the coast | Daily Planet"))
    ['storm hits the coast', 'storm hits the coast daily planet']
    """
    keys = {line_key(title)}
    for part in SITE_SEPARATOR.split(title):
        if len(part.split()) >= 3:
            keys.add(line_key(part))
    keys.discard("")
    return frozenset(keys)


def repeat_keys(text: str) -> Iterator[str]:
    """The keys under which ``text`` repeats a title (:func:`title_keys`): its own, then,
    when it has a site separator, each part's, so "Storm hits the coast | Daily Planet"
    repeats the title "Storm hits the coast".  Lazily: the first is the one mostly asked.

    >>> list(repeat_keys("Storm hits the coast | Daily Planet"))
    ['storm hits the coast daily planet', 'storm hits the coast', 'daily planet']
    """
    yield line_key(text)
    parts = SITE_SEPARATOR.split(text)
    if len(parts) > 1:
        yield from map(line_key, parts)


def repeats_title(text: str, keys: Collection[str]) -> bool:
    """True when ``text`` is the title again, bare or with a site name on either side."""
    return any(key in keys for key in repeat_keys(text))


def headline_repeat(lines: list[Line], keys: frozenset[str]) -> int | None:
    """Index of the first repeat of the title before any prose line, when it leads into the
    article: a prose line follows within ``HEADLINE_TO_BODY`` lines, other repeats not
    counted (a title line inside a poem or a list leads nowhere).  Else None.
    """
    at = None
    between = 0  # lines after the repeat that are neither prose nor another repeat
    for index, line in enumerate(lines):
        if line.prose:
            return at
        if repeats_title(line.text, keys):
            at = index if at is None else at
        elif at is not None:
            between += 1
            if between >= HEADLINE_TO_BODY:
                return None
    return None


def head_and_tail(lines: list[Line]) -> tuple[int, int]:
    """Indices into ``lines`` bounding the body: ``lines[:head]`` is the head zone and
    ``lines[tail:]`` the tail zone.  Without any prose line, all of it is head.

    The zones are bounded by the first and the last prose line, never by a count of lines,
    so that removing a line elsewhere (a repeat, a label) does not move them.
    """
    first = None
    for index, line in enumerate(lines):  # plain loops: most calls see a few lines only
        if line.prose:
            first = index
            break
    if first is None:
        return len(lines), len(lines)
    last = first
    for index in range(len(lines) - 1, first, -1):
        if lines[index].prose:
            last = index
            break
    return first, last + 1


def date_label(text: str) -> bool:
    """True for the words of a date line without its figures, which an extractor split
    from them: at most ``MAX_DATE_LABEL_WORDS`` words and nothing else, each a word that
    date lines are made of (``DATE_WORDS``): "Pubblicato il", "Veröffentlicht am", "Posted
    on", "Опубликовано".

    >>> date_label("Pubblicato il"), date_label("Published on"), date_label("Fired on")
    (True, True, False)
    """
    if len(text) > MAX_VALUE_LABEL_CHARS:
        return False  # most lines: no look at the words
    words = text.split()
    return (
        0 < len(words) <= MAX_DATE_LABEL_WORDS
        and all(word.casefold() in DATE_WORDS for word in words)  # most lines: one look-up
        and all(LETTER_WORD.fullmatch(word) for word in words)
    )


def byline_opener(text: str) -> bool:
    """True for the words that open a byline and nothing else, which an extractor split from
    the name under them: "By", "Von", "Par", "Di", "Written by".

    >>> byline_opener("By"), byline_opener("Di"), byline_opener("By Jane Doe")
    (True, True, False)
    """
    stripped = text.strip()
    if len(stripped) > MAX_VALUE_LABEL_CHARS:
        return False  # most lines: no search
    # BYLINE ends on the first letter of the name after the opener: here the "X" added
    found = BYLINE.match(f"{stripped} X")
    return found is not None and found.end() == len(stripped) + 2


def is_value_label(text: str) -> bool:
    """True for a line that labels the value under it and names nothing itself: the words of
    a date line (:func:`date_label`) or those that open a byline (:func:`byline_opener`).
    Such a line is no section, and no name next to a headline."""
    return date_label(text) or byline_opener(text)


def is_list_item(text: str) -> bool:
    """A bulleted list item ("- home page", "• Back to top"), not a line decorated with the
    same sign at both ends ("* * Back to the top * *").

    >>> is_list_item("- Politik"), is_list_item("* * Back to the top * *"), is_list_item("-5")
    (True, False, False)
    """
    stripped = text.strip()
    return stripped[:1] in LIST_BULLETS and stripped[1:2] == " " and stripped[-1] != stripped[0]
