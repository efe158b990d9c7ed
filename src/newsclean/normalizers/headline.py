"""The head of an article: the title, its repeats, and a section label or breadcrumb.

>>> from newsclean.document import Document
>>> doc = Document.from_text("Storm hits coast\\n\\nNews\\n\\nStorm hits coast\\n\\n"
...                          "Heavy rain and wind battered the coast overnight, officials said.")
>>> for step in (ExtractTitle(), RemoveRepeatedTitle(), ExtractSection()):
...     step(doc)
>>> doc.title, doc.section, [line.text for line in doc.live()]
('Storm hits coast', 'News', ['Heavy rain and wind battered the coast overnight, officials said.'])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from newsclean.document import Document, Line
from newsclean.lexicon import FAMILIES, LEXICONS, LONE_OPEN_WORDS, OPEN_WORDS, line_key
from newsclean.normalizers.dedup import repeats_the_one_before
from newsclean.patterns import (
    BYLINE,
    CRUMB_MARKS,
    LETTER,
    LETTER_WORD,
    PERSON_NAME,
    PLACE_AND_DATE,
    QUOTE_OPENERS,
    SITE_SEPARATOR,
    WIRE_DATELINE,
)
from newsclean.shapes import (
    LABEL_MAX_CHARS,
    breadcrumb_parts,
    final_char,
    is_headline,
    is_image_file,
    is_label,
    is_list_item,
    is_two_part_headline,
    is_value_label,
    more_words_than,
    repeats_title,
    table_cells,
    title_keys,
)

__all__ = [
    "ExtractSection",
    "ExtractTitle",
    "RemoveRepeatedTitle",
    "is_head_label",
    "is_section_label",
]

_NOT_SECTION = tuple(family for family in FAMILIES if family != "section")
_SECTION = ("section",)
#: What a label never ends in: the end of a sentence, or of a lead-in.
_SENTENCE_ENDS = (":", ".", "?", "!")
#: The signs of ``SITE_SEPARATOR``, and white space.
_SEPARATOR_MARKS = " |-–—·•:/"


def is_section_label(text: str, languages: tuple[str, ...]) -> bool:
    """A phrase of the section lexicon ("News", "Kommentar") that does not end like a
    sentence or a lead-in: a label names a page ("life." ends a wrapped sentence).

    >>> is_section_label("Politik", ("de",)), is_section_label("Politik:", ("de",))
    (True, False)
    """
    return (
        final_char(text) not in _SENTENCE_ENDS
        and LEXICONS.match(text, languages, _SECTION) is not None
    )


def is_head_label(text: str, languages: tuple[str, ...]) -> bool:
    """Lines the title search steps over: symbols, breadcrumbs, a picture's file name and
    lexicon phrases (not a headline under a media label, :func:`is_labelled_headline`)."""
    if not LETTER.search(text) or breadcrumb_parts(text) is not None or is_image_file(text):
        return True
    found = LEXICONS.match(text, languages)
    if found is not None:
        return not (found[0] == "credit" and is_labelled_headline(text, found[1]))
    return _section_labels(text, languages) is not None


def is_labelled_headline(text: str, phrase: str) -> bool:
    """True when ``text``, matched by the credit ``phrase``, reads as a headline under a
    media label ("VIDEO: Storm batters the coast", "ФОТО: В Самаре открыли мост"), not as
    a photo or video credit: the phrase is a label with a colon (or a bar) that opens the
    line (not a list item, "- Video: See the footage", which is a teaser), and the text after
    it is a headline of four or more words (or of two or three with a word in lower case
    that is no name: "Video: Ferry hits pier") that opens with a capital and has no slash (a
    credit names people and agencies, "Photo: Jane Doe/Example Press", "Photo: Getty
    Images", or says where the picture comes from, "Foto: cedida por el ayuntamiento").

    >>> is_labelled_headline("VIDEO: Storm batters the coast", "video:*")
    True
    >>> is_labelled_headline("Photo: Jane Doe/Example Press Agency", "photo:*")
    False
    >>> is_labelled_headline("Video: Ferry hits pier", "video:*")
    True
    >>> is_labelled_headline("VÍDEO | El ferri choca contra el muelle", "vídeo:*")
    True
    >>> is_labelled_headline("Photo: Jane van Doe", "photo:*")
    False
    """
    if not phrase.endswith(":*") or not text[:1].isalpha():
        return False
    cut = min((at for at in (text.find(":"), text.find("|")) if at >= 0), default=-1)
    if cut < 0:
        return False
    rest = text[cut + 1 :].strip()  # after the label's colon or bar ("VÍDEO | El ferri ...")
    return (
        rest[:1].isupper()
        and "/" not in rest
        and (more_words_than(rest, 3) or _short_headline(rest))
        and is_headline(rest)
    )


def _short_headline(text: str) -> bool:
    """True for a headline of two or three words with a word in lower case that is no
    particle of a name ("Ferry hits pier"); a credit's names are capitalised ("Jane Doe",
    "Getty Images", "Jane van Doe").
    """
    return more_words_than(text, 1) and any(
        word[:1].islower() and word not in _NAME_PARTICLES for word in text.split()
    )


def _section_labels(text: str, languages: tuple[str, ...]) -> list[str] | None:
    """The parts of a line of section labels between bars ("Noticias | Sociedad",
    "Politik | Wirtschaft"), a breadcrumb or menu written with bars, or None.

    >>> _section_labels("Noticias | Sociedad", ("es",))
    ['Noticias', 'Sociedad']
    >>> _section_labels("Politik | Example Zeitung", ("de",)) is None
    True
    """
    if "|" not in text or len(text) > 2 * LABEL_MAX_CHARS:
        return None
    parts = [part.strip() for part in text.strip().strip("|").split("|")]
    if len(parts) < 2 or not all(is_section_label(part, languages) for part in parts):
        return None
    return parts


@dataclass(frozen=True)
class ExtractTitle:
    """Take the first headline-shaped line as the title when none was given.

    Section labels, breadcrumbs, symbol lines and other lexicon phrases before it are
    stepped over (other rules remove them).  A kicker or site name above the headline
    ("Madrid", "EXAMPLE NEWS") is removed, and the headline below it is the title.  A first
    line that reads as a sentence is not a title: the article then has no title.
    """

    name: ClassVar[str] = "extract_title"

    def __call__(self, doc: Document) -> None:
        """Move the title line out of the body into ``doc.title``."""
        if doc.title is not None:
            return
        live, head, _ = doc.zones()
        for index, line in enumerate(live[:head]):
            if is_head_label(line.text, doc.languages) or PLACE_AND_DATE.fullmatch(line.text):
                # a label, or the dateline a press release opens with ("Paris, le 3 novembre
                # 2033"), which stays in the body: the headline may stand below either
                continue
            headline = _below_a_kicker(doc, live, index, head)
            kicker = headline is not None
            if headline is None:
                headline = _headline_over_its_byline(doc, live, index, head)
            if headline is not None:
                # The kicker goes here, and so do its repeats and the label-shaped lines
                # between it and the headline (lexicon labels and breadcrumbs stay for
                # extract_section, which takes them anywhere in the head): on the cleaned
                # text they would stand below the title, next to other lines.
                doc.remove(line, rule=self.name, reason="kicker or site name above the headline")
                for between in live[index + 1 : live.index(headline)]:
                    if not is_head_label(between.text, doc.languages):
                        doc.remove(between, rule=self.name, reason="label below a kicker")
                doc.title = headline.text
                reason = "headline below a kicker" if kicker else "headline over its byline"
                doc.extract(headline, rule=self.name, reason=reason)
                return
            if (
                (
                    is_headline(line.text)
                    or (is_two_part_headline(line.text) and not _wrapped_under(doc, live, index))
                )
                and index + 1 < len(live)
                and not _is_dateline(line.text)
                and not _row_of_cells(line.text)
                and not is_list_item(line.text)
                and not ends_open(line.text)
                and not _sentence_goes_on(doc, live, index)
            ):
                doc.title = line.text
                doc.extract(line, rule=self.name, reason="first headline-shaped line")
            return


def _wrapped_under(doc: Document, live: list[Line], index: int) -> bool:
    """True when the text is wrapped at a fixed width, judged as on the text written back
    with ``live[index]`` as its title: without the label-shaped lines right under it, which
    ``extract_section`` takes next to the title (the text written back without its section
    line has none), nor the head labels (:func:`_wrapped_without_labels`)."""
    end = index + 1
    while end < len(live) and is_label(live[end].text) and not _names_no_section(live[end].text):
        end += 1
    return _wrapped_without_labels(doc, live[: index + 1] + live[end:])


def _below_a_kicker(doc: Document, live: list[Line], index: int, head: int) -> Line | None:
    """The headline below ``live[index]`` when that line is a kicker or a site name above it,
    else None.  The kicker is one capitalised word, or at most three words in capitals
    ("Madrid", "EXCLUSIVE", "EXAMPLE NEWS"), of letters only.  The headline is the next line
    that stays (:func:`_next_line`: repeats of the kicker and labels between are stepped
    over), in the head, with a line after it: four or more words, opening with a capital,
    no table row.  Not in text wrapped at a fixed width, where a lone word is a piece of a
    sentence ("It" + "is my pleasure to ...").

    >>> doc = Document.from_text("EXAMPLE NEWS\\n\\nCouncil approves the ferry plan\\n\\nIt did.")
    >>> live, head, _ = doc.zones()
    >>> _below_a_kicker(doc, live, 0, head).text
    'Council approves the ferry plan'
    >>> _below_a_kicker(doc, live, 1, head) is None
    True
    >>> doc = Document.from_text("New\\nYork City's Water Supply System\\nis old, and the "
    ...                          "city\\nhas to renew its pipes\\nand tunnels.")
    >>> live, head, _ = doc.zones()
    >>> _below_a_kicker(doc, live, 0, head) is None  # wrapped text: "New" + "York ..."
    True
    """
    text = live[index].text.strip()
    words = text.split()
    if len(text) < 2 or (len(words) > 1 and not (text.isupper() and len(words) <= 3)):
        return None  # a letter alone names no site ("C")
    if not (all(map(LETTER_WORD.fullmatch, words)) and is_label(text) and is_headline(text)):
        return None
    after = _next_line(doc, live, index)
    if after is None or after is live[-1] or live.index(after) >= head:
        return None
    if not _reads_as_headline(after.text):
        return None
    # In text wrapped at a fixed width a lone word is a piece of a sentence ("New" + "York
    # City's Water Supply System" + "is old, ..."). Judged on the lines that stay on the
    # cleaned text: not the kicker and its repeats, labels or lexicon lines (a lower-case
    # "news" label would tip the count here and be gone on the cleaned text).
    key = text.casefold()
    stays = [
        other
        for other in live
        if other.text.casefold() != key
        and not is_label(other.text)
        and not is_head_label(other.text, doc.languages)
    ]
    return None if doc.hard_wrapped(stays) else after


#: A site's name above the headline has at most so many words.
SITE_NAME_WORDS = 3
#: The lower-case words of a site's name: "Corriere della Sera", "Diário de Notícias".
_NAME_PARTICLES = frozenset(
    {
        "of",
        "the",
        "and",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "la",
        "le",
        "les",
        "der",
        "die",
        "des",
        "von",
        "van",
        "y",
        "e",
        "et",
        "und",
        "i",
        "w",
        "na",
    }
)
#: A byline under the headline is looked for across at most so many other lines that went
#: (share buttons between them).
MAX_GONE_UNDER_HEADLINE = 3


def _headline_over_its_byline(
    doc: Document, live: list[Line], index: int, head: int
) -> Line | None:
    """The headline right below ``live[index]`` when that line is a site's name above it:
    at most ``SITE_NAME_WORDS`` words of a label's shape, each capitalised but the particles
    of names ("Harbour Notes", "The Example Herald", "Corriere della Sera"; "Tunnel
    reopens" is a headline), with no byline under it; the headline has four or more words
    in the head, opens with a capital, and has a byline or a date line under it that
    ``remove_boilerplate`` removed (:func:`_over_a_byline`).  A headline with its deck under
    it is left alone (the deck has the byline), and so is text wrapped at a fixed width,
    where a short line is a piece of a sentence.

    >>> from newsclean import clean
    >>> text = "Harbour Notes\\n\\nTunnel reopens after repairs\\n\\nBy Jane Doe\\n\\nIt did."
    >>> clean(text).title
    'Tunnel reopens after repairs'
    """
    text = live[index].text.strip()
    if (
        index + 2 >= len(live)
        or index + 1 >= head
        or more_words_than(text, SITE_NAME_WORDS)
        or not is_label(text)
        or not all(word[:1].isupper() or word in _NAME_PARTICLES for word in text.split())
    ):
        return None
    below = live[index + 1]
    if not (
        _reads_as_headline(below.text)
        and _over_a_byline(doc, below)
        and not _over_a_byline(doc, live[index])
        and not _wrapped_without_labels(doc, live)
    ):
        return None
    return below


def _over_a_byline(doc: Document, line: Line) -> bool:
    """True when the next line under ``line`` that ``remove_boilerplate`` did not take away
    for another reason is a byline or a date line it removed in the head ("By Jane Doe",
    "March 12, 2031", "Posted on ... by ...").  Lines that went as share buttons or the
    like may stand between (at most ``MAX_GONE_UNDER_HEADLINE``)."""
    below = line
    for _ in range(MAX_GONE_UNDER_HEADLINE):
        below_line = doc.neighbour(below, 1, lambda other: not other.blank)
        if below_line is None or not below_line.removed:
            return False
        below = below_line
        if any(
            record.line == below.lineno
            and record.text == below.text
            and record.rule == "remove_boilerplate"
            and record.reason.startswith("meta:")
            and record.reason.endswith("(head)")
            for record in doc.records
        ):
            return True
    return False


def _reads_as_headline(text: str) -> bool:
    """The headline under a kicker or a site's name: four or more words, opening with a
    capital (after a quotation mark), headline-shaped, no table row, no dateline (a place in
    capitals, or a place and a date: ``PLACE_AND_DATE``), no breadcrumb ("Sport / Piłka
    nożna / Ekstraklasa", which extract_section would take from the cleaned text) and no
    open end (:func:`ends_open`: the title search on the cleaned text, where the line is
    the first, would not take it)."""
    opening = text.lstrip(QUOTE_OPENERS)
    return (
        opening[:1].isupper()
        and "|" not in opening
        and more_words_than(opening, 3)
        and is_headline(opening)
        and not ends_open(opening)
        and not _is_dateline(opening)
        and PLACE_AND_DATE.fullmatch(opening) is None
        and breadcrumb_parts(opening) is None
    )


def _row_of_cells(text: str) -> bool:
    """True for a row of a table with two or more cells that hold text ("| Team | P | W |"),
    or a line of three or more short labels between bars ("Home | Away | Draw", at most
    three words each): it belongs to its table, or is a menu, no title.  A headline in a
    one-cell row ("| Storm hits the coast |") or a "Headline | Site" line is none.

    >>> _row_of_cells("| Team | P | W | Pts |"), _row_of_cells("| Storm hits the coast |")
    (True, False)
    >>> _row_of_cells("Home | Away | Draw"), _row_of_cells("Storm hits the coast | Daily Planet")
    (True, False)
    """
    cells = table_cells(text)
    if text.lstrip().startswith("|"):
        return len(cells) > 1
    return len(cells) > 2 and not any(more_words_than(cell, 3) for cell in cells)


def _is_dateline(text: str) -> bool:
    """True for one word in capitals alone on a line: the place of a dateline that the
    extractor split from its paragraph ("JERUSALEM" + "--" + "President Bush warned ..."),
    or a line that opens with a wire story's dateline and its dash (``WIRE_DATELINE``:
    "RENO, Nev. --", "MANILA, Nov. 24 (Xinhua) -- Philippine President"); not a headline.

    >>> _is_dateline("JERUSALEM"), _is_dateline("Jerusalem"), _is_dateline("UN vote delayed")
    (True, False, False)
    >>> _is_dateline("LOS ANGELES, Dec. 27 (UPI) --"), _is_dateline("UN - vote delayed")
    (True, False)
    >>> _is_dateline("Dec. 3 (Bloomberg) -- The top U.S. nuclear negotiator")
    True
    """
    word = text.strip()
    return (word.isupper() and word.isalpha() and len(word) > 2) or (
        WIRE_DATELINE.match(word) is not None
    )


def _sentence_goes_on(doc: Document, live: list[Line], index: int) -> bool:
    """True when ``live[index]`` opens a sentence that the next line that stays goes on with
    (:func:`_goes_on_below_the_title`), rather than being a headline: text wrapped at a fixed
    width, or a sentence the extractor split ("In Lisbon, the ferry service resumed in May"
    + "after two years of repairs, ...", "The harbour authority ordered 12 new buoys" + "and
    placed them along the channel ...").
    The line under a headline opens its deck, its byline or its first paragraph.
    """
    # The next line that stays is at the latest the first prose line below: when none of
    # the lines up to it goes on in lower case, none can be that line (cheaper than finding it).
    for other in live[index + 1 :]:
        if _goes_on(other.text):
            break
        if other.prose:
            return False
    else:
        return False
    # Section labels and breadcrumbs are stepped over: extract_section takes them, and the
    # text written back has them under the title or not at all.  The label of a byline or a
    # date ("By", "Posted on") is not: it names no section, and the line under it opens
    # the byline's name or the date, not a sentence going on from the headline.
    below = _next_line(doc, live, index)
    if below is None:
        return False
    at = index + 1
    while live[at] is not below:
        if is_value_label(live[at].text):
            return False
        at += 1
    return _goes_on_below_the_title(below.text)


def _goes_on_below_the_title(text: str) -> bool:
    """True when ``text``, the line under a line that may be the title, goes on with the
    sentence begun above it (:func:`_goes_on`), and opens with neither a byline's name ("von
    Alexander Karper", "by Jane Doe and ...") nor a name in mixed case ("eBay said on
    Monday ...", "iPhone sales rose ..."), which a paragraph under a headline may.

    >>> _goes_on_below_the_title("after two years of repairs to the landing stages")
    True
    >>> _goes_on_below_the_title("eBay said on Monday that its profit rose")
    False
    >>> _goes_on_below_the_title("von Alexander Karper und Maria Muster, Wien")
    False
    """
    if not _goes_on(text):
        return False
    first = text.split(None, 1)[0]
    if any(char.isupper() for char in first[1:]):
        return False
    byline = BYLINE.match(text)
    return byline is None or not text[byline.end() - 1].isupper()


def ends_open(text: str) -> bool:
    """True when ``text`` ends in a word that leaves it open (``OPEN_WORDS``: "the", "of",
    "und", "и"), so that it is a piece of a sentence wrapped at a fixed width, not a
    headline.  A lone word is compared in lower case, with the prepositions and conjunctions
    that open a sentence (``LONE_OPEN_WORDS``: "In" + "August, the ..."); the last word of a
    longer line as written ("Vitamin E" is no match).

    >>> ends_open("The Board of"), ends_open("In"), ends_open("Council backs the plan")
    (True, True, False)
    >>> ends_open("Vitamin E"), ends_open("Voters say no")
    (False, False)
    """
    words = text.split()
    if len(words) == 1:
        return words[0].casefold() in LONE_OPEN_WORDS
    return bool(words) and words[-1] in OPEN_WORDS


def _wrapped_without_labels(doc: Document, live: list[Line]) -> bool:
    """``doc.hard_wrapped`` of the ``live`` lines that are no head labels
    (:func:`is_head_label`).  Without a line that opens in lower case the text is not
    wrapped, whatever the labels; else a line is asked whether it is a label only when it
    may be one (:func:`_may_be_head_label`): a long text has thousands of lines.
    """
    if not any(line.text[:1].islower() for line in live):
        return False
    languages = doc.languages
    return doc.hard_wrapped(
        live, unless=lambda text: _may_be_head_label(text) and is_head_label(text, languages)
    )


def _may_be_head_label(text: str) -> bool:
    """False when ``text`` cannot be a head label: it has letters, no bar, no sign of a
    breadcrumb, and no phrase of the lexicons can match it (the cheap tests of
    :func:`is_head_label`'s parts)."""
    return (
        "|" in text
        or any(mark in text for mark in CRUMB_MARKS)
        or not LETTER.search(text)
        or LEXICONS.may_match(text)
    )


def _next_line(
    doc: Document, live: list[Line], index: int, title: frozenset[str] = frozenset()
) -> Line | None:
    """The first live line after ``live[index]`` that no later step takes away (a repeat of
    it, or of the ``title`` keys given, which ``remove_repeated_title`` or
    ``remove_repeated_paragraphs`` removes, or a label, a label-shaped line or a breadcrumb,
    which ``extract_section`` may take next to the title): so the answer is the same on the
    cleaned text."""
    text = live[index].text
    key, keys = text.casefold(), None
    for line in live[index + 1 :]:
        after = line.text
        if line.prose:  # a sentence: no copy of a headline, no label (and known already)
            return line
        if keys is None:
            keys = title_keys(text)
        if (
            after.casefold() != key
            and not is_label(after)
            and not repeats_title(after, keys)
            and not (title and repeats_title(after, title))
            and not is_head_label(after, doc.languages)
        ):
            return line
    return None


def _goes_on(after: str) -> bool:
    """True when ``after`` goes on with a sentence begun on the line before: it starts in
    lower case and has more than four words, and is no byline ("by Jane Doe", "durch ...")
    or address ("http://...").

    >>> _goes_on("the zodiac. But how many know"), _goes_on("Heavy rain fell overnight.")
    (True, False)
    >>> _goes_on("a way of meeting the energy needs"), _goes_on("a) the first of five points")
    (True, False)
    >>> _goes_on("by Jane Doe"), _goes_on("http://www.example.com/a/b/c d e f")
    (False, False)
    """
    first = after.lstrip()[:2]
    return (
        first[:1].isalpha()
        and first[:1].islower()
        and (first[1:].isalpha() or first[1:] == " ")  # "a way of ...", not "a) ..." or "i. ..."
        and more_words_than(after, 4)
        and "://" not in after[:12]
    )


def _counts(line: Line, keys: frozenset[str]) -> bool:
    """True when ``line`` is a neighbour for :class:`ExtractSection`: a live line or a title
    line (other removed lines are stepped over, so the answer is the same on cleaned text)."""
    return not line.blank and (not line.removed or repeats_title(line.text, keys))


class _Above:
    """The nearest line above each line of the head that counts (:func:`_counts`), for the
    head's live lines taken in order: the lines between them are looked at once, and only
    when asked, so a head of many lines that go costs one pass, not one pass per line."""

    def __init__(self, doc: Document, keys: frozenset[str]) -> None:
        self.lines, self.keys = doc.lines, keys
        self.line: Line | None = None  # the nearest line that counts above the gap
        self.start = self.end = 0  # the gap not looked at yet: lines[start:end]

    def reach(self, line: Line) -> None:
        """Take ``line`` (below the lines taken before) as the current line."""
        lines, end = self.lines, self.end
        while lines[end] is not line:
            end += 1
        self.end = end

    def above(self) -> Line | None:
        """The nearest line above the current line that counts."""
        for other in reversed(self.lines[self.start : self.end]):
            if _counts(other, self.keys):
                self.line = other
                break
        self.start = self.end
        return self.line

    def passed(self, line: Line) -> None:
        """The current line, ``line``, was looked at: it counts for the lines below while it
        stays, else it joins the gap."""
        if _counts(line, self.keys):
            self.line = line
            self.start = self.end + 1
        self.end += 1


def _a_name(text: str, languages: tuple[str, ...]) -> bool:
    """True when ``text`` is a person's name (``PERSON_NAME``, "Ana López") and no phrase of
    the section lexicon: next to the title it is a byline without "By", not a section.

    Where it stands does not count: ``Article.to_text()`` writes the section under the title.
    """
    return PERSON_NAME.fullmatch(text.strip()) is not None and not is_section_label(text, languages)


@dataclass(frozen=True)
class ExtractSection:
    """Move a section label ("News", "Политика") or a breadcrumb at the head into ``section``.

    A label is a phrase of the section lexicon anywhere in the head, or any one-to-three-word
    capitalised line right next to a title line found in the text (or to its repeat).  For a
    breadcrumb the section
    is its last crumb that is not the title.
    """

    name: ClassVar[str] = "extract_section"

    def __call__(self, doc: Document) -> None:
        """Extract every section label and breadcrumb in the head; keep the first as section."""
        live, head, _ = doc.zones()
        if not head:
            return  # no line before the first paragraph (the title keys are not needed)
        keys = doc.title_keys()
        above = _Above(doc, keys)
        for index, line in enumerate(live[:head]):
            above.reach(line)
            label = self._label(doc, line, keys, above)
            if label is not None and index + 1 < len(live):
                if label and _a_name(line.text, doc.languages):
                    reason = "a name next to the headline: no section"
                else:
                    if doc.section is None and label:
                        doc.section = _section_name(label)
                    reason = "section label or breadcrumb"
                doc.extract(line, rule=self.name, reason=reason)
            above.passed(line)

    def _label(self, doc: Document, line: Line, keys: frozenset[str], above: _Above) -> str | None:
        """The section named by ``line`` ('' for a breadcrumb without one), or None;
        ``above`` finds the nearest line above it that counts (:func:`_counts`)."""
        text = line.text
        # Too long for a label shape, no breadcrumb and no phrase: no section.
        if (
            len(text) > LABEL_MAX_CHARS
            and not any(mark in text for mark in CRUMB_MARKS)
            and not LEXICONS.may_match(text)
        ):
            return None
        # a label names a page, it does not end a sentence: "life." after "... money and
        # family" is the end of a sentence wrapped onto a line of its own
        if (keys and repeats_title(text, keys)) or final_char(text) in _SENTENCE_ENDS:
            return None
        if _opens_a_dateline(doc, line, keys):
            return None  # "LONDON --", "HONOLULU" + "-- A different week ...": no section
        if is_section_label(text, doc.languages):
            return text
        crumbs = breadcrumb_parts(text) or _section_labels(text, doc.languages)
        if crumbs is not None:
            named = [
                c
                for c in crumbs
                if is_label(c)
                and not (keys and repeats_title(c, keys))
                # a crumb that is boilerplate on its own line ("AP", "Video") or reads as a
                # person's name (a byline there) would not be read back as the section from
                # Article.to_text()
                and LEXICONS.match(c, doc.languages, _NOT_SECTION) is None
                and not _a_name(c, doc.languages)
                # nor a crumb that a line of its own would not name as the section (below)
                and not _names_no_section(c)
            ]
            if doc.title is None or doc.title_given:
                # Without a title, Article.to_text() starts with the section: only a lexicon
                # label is read back as a section there (any other short line is a title);
                # with a given title, another short line is read back as a section only next
                # to a title found in the text, which cleaning with that title does not look
                # for (below), so again only a lexicon label.
                named = [c for c in named if LEXICONS.match(c, doc.languages, ("section",))]
            return named[-1] if named else ""
        if not keys or not is_label(text) or doc.title_given:
            # Next to a title found in the text only: with a given title the text may not
            # hold the title at all, and the first paragraph must not depend on that.
            return None
        if _names_no_section(text):
            return None
        after = doc.neighbour(line, 1, lambda other: _counts(other, keys))
        if after is not None and after.prose:
            # the first paragraph of the body: a sentence that reads as the title stays
            # (remove_repeated_title looks in the head only), and on the text written back
            # the label's other neighbour may be a line that does not
            after = None
        next_to_title = any(
            other is not None and repeats_title(other.text, keys)
            for other in (above.above(), after)
        )
        return text if next_to_title else None


def _section_name(label: str) -> str:
    """The section a label's line names: without the bars of a one-cell table row around
    it, a list item's bullet or a colon at its end, which a page's layout adds.

    >>> _section_name("| Local News: | |"), _section_name("- Politik"), _section_name("Sport")
    ('Local News', 'Politik', 'Sport')
    """
    cells = table_cells(label) if "|" in label else [label]
    name = (cells[0] if len(cells) == 1 else label).strip()
    if is_list_item(name):
        name = name[2:].strip()
    return name.rstrip(":").rstrip() or label.strip()


def _names_no_section(text: str) -> bool:
    """True for a short line that names no section, whatever stands around it: a letter alone,
    a piece of a wrapped sentence that ends in an open word (:func:`ends_open`: "The Board
    of" + "Supervisors met ..."), or the label of a value under it, a byline's or a date's
    (:func:`~newsclean.shapes.is_value_label`: "By", "Posted on").

    >>> _names_no_section("B"), _names_no_section("The Board of"), _names_no_section("Sport")
    (True, True, False)
    >>> _names_no_section("By"), _names_no_section("Veröffentlicht am")
    (True, True)
    """
    return len(text.strip()) < 2 or ends_open(text) or is_value_label(text)


def _opens_a_dateline(doc: Document, line: Line, keys: frozenset[str]) -> bool:
    """True when ``line`` is the place of a wire story's dateline: it opens with one and its
    dash (``WIRE_DATELINE``: "LONDON --"), or it is a place in capitals and the next line is
    a paragraph that opens with a double dash or an em dash and a space ("HONOLULU" + "-- A
    different week ..."); labels and repeats of the title (``keys``) between them are stepped
    over, and a short line there is no paragraph ("-- news", a label): later steps take those
    away, and the answer must be the same on the cleaned text.

    >>> text = "Storm hits coast\\n\\nHONOLULU\\n\\n-- Heavy rain fell on the coast all day."
    >>> doc = Document.from_text(text)
    >>> first, place = doc.live()[:2]
    >>> _opens_a_dateline(doc, place, frozenset()), _opens_a_dateline(doc, first, frozenset())
    (True, False)
    """
    text = line.text.strip()
    if WIRE_DATELINE.match(text) is not None:
        return True
    if not (text.isupper() and LETTER_WORD.fullmatch(text.replace(" ", "")) is not None):
        return False  # no place in capitals ("HONOLULU", "NEW YORK")
    live = doc.live()
    at = next(index for index, other in enumerate(live) if other is line)
    after = _next_line(doc, live, at, keys)
    return (
        after is not None
        and after.text.lstrip().startswith(_DATELINE_OPENINGS)
        and more_words_than(after.text, DATELINE_PARAGRAPH_WORDS)  # a paragraph, which stays
    )


#: A paragraph that opens with a dateline's dash has more words than this: a label does not.
DATELINE_PARAGRAPH_WORDS = 6

#: How the first paragraph goes on after a dateline's place on the line above ("HONOLULU" +
#: "-- A different week ..."); a bulleted item opens with a single dash ("- Music").  A dash
#: alone on its line is gone by then (``remove_symbol_lines``).
_DATELINE_OPENINGS = ("-- ", "— ")


def _headline_part(title: str, text: str) -> str | None:
    """The part of a title "Headline - Site" or "Site | Headline" that the head line
    ``text`` repeats alone, when it is the title's longest part by words (a site name is
    shorter than the headline); else None.

    >>> _headline_part("Storm hits the coast | Daily Planet", "STORM HITS THE COAST")
    'Storm hits the coast'
    >>> _headline_part("Storm hits the coast | Daily Planet", "Storm hits the coast | Daily Planet")
    """
    parts = [part.strip() for part in SITE_SEPARATOR.split(title)]
    if len(parts) < 2 or len(SITE_SEPARATOR.split(text)) > 1:
        return None
    sizes = [len(part.split()) for part in parts]
    longest = max(sizes)
    if sizes.count(longest) > 1:
        return None
    # a separator at an end has no site name beyond it ("- Notes - example.com")
    headline = parts[sizes.index(longest)].strip(_SEPARATOR_MARKS)
    return headline if headline and line_key(headline) == line_key(text) else None


def _opens_a_wrapped_sentence(doc: Document, live: list[Line], index: int, text: str) -> bool:
    """True when ``text``, the title written as the first line of the cleaned text (the
    repeat ``live[index]`` gone), would read as the first line of a sentence that the next
    line goes on with (:func:`_sentence_goes_on`'s test): then the title search would find
    no title in it on the cleaned text.  The line after the title there is the first line
    of the body that stays, wherever the repeat stood."""
    keys = doc.title_keys() | {line_key(text)}  # the repeats of the title go as well
    following = next(
        (
            line
            for line in live
            if line is not live[index]
            and not line.removed
            and not repeats_title(line.text, keys)
            and not is_head_label(line.text, doc.languages)
        ),
        None,
    )
    return following is not None and _goes_on_below_the_title(following.text)


#: A title repeated after the last prose line goes when it has at least this many words.
TAIL_REPEAT_WORDS = 5
#: A title cut short with an ellipsis repeats it when it keeps at least this many words.
CUT_SHORT_WORDS = 4


def _cut_short(text: str, keys: frozenset[str]) -> bool:
    """True for the title cut short with an ellipsis, as a teaser prints it: the line ends in
    "..." or "…", and its ``CUT_SHORT_WORDS`` or more words open one of the title's ``keys``
    (the last one may be cut inside).

    >>> keys = title_keys("Storm hits the coast of Brittany")
    >>> _cut_short("Storm hits the coast of Brit...", keys), _cut_short("Storm hits...", keys)
    (True, False)
    """
    if not text.rstrip().endswith(("...", "…")):
        return False
    key = line_key(text)
    if not more_words_than(key, CUT_SHORT_WORDS - 1):
        return False
    return any(len(whole) > len(key) and whole.startswith(key) for whole in keys)


@dataclass(frozen=True)
class RemoveRepeatedTitle:
    """Remove the headline repeated at the top of the body, and at its end.

    Repeats are matched whole, ignoring case, punctuation and a site name on either side
    ("Title | Site", "Site - Title"); at the top also the title cut short with an ellipsis
    ("Storm hits the coast of..."); at the end only the whole title of ``TAIL_REPEAT_WORDS``
    or more words, word for word, as the last line right after the last prose line; never
    in the middle of the text.
    """

    name: ClassVar[str] = "remove_repeated_title"

    def __call__(self, doc: Document) -> None:
        """Remove each line of the head that repeats the title.

        A title of the form "Headline - Site", given or found in the text, becomes its
        headline part when the head repeats that part alone: the repeat shows which part is
        the headline.
        """
        if not doc.title:
            return
        live, head, _ = doc.zones()
        keys = doc.title_keys() if head else frozenset()
        whole: str | None = doc.title  # "Headline - Site", until a repeat shows its headline
        for index, line in enumerate(live[: max(head, 1)]):
            # In the head any form counts; a long title that reads as a sentence (and so
            # ends the head) still counts when repeated word for word as the first line.
            if (index < head and repeats_title(line.text, keys)) or (
                index == 0
                and line.text.casefold() in {form.casefold() for form in doc.title_forms()}
            ):
                headline = _headline_part(whole, line.text) if whole else None
                if headline is not None and (
                    is_head_label(headline, doc.languages)
                    or _opens_a_wrapped_sentence(doc, live, index, headline)
                    or (not doc.title_given and not is_headline(headline))
                ):
                    # on the cleaned text the title search would step over it (a label) or
                    # find no title in it (a wrapped sentence; without a given title, a part
                    # that is no headline, "G /1,"): keep the whole title
                    headline = None
                if headline is None:
                    doc.remove(line, rule=self.name, reason="repeat of the title")
                    continue
                doc.remove(
                    line,
                    rule=self.name,
                    reason=f"repeat of the title; the title is now this part of {whole!r}",
                )
                doc.title, whole = headline, None  # once
            elif index < head and _cut_short(line.text, keys):
                doc.remove(line, rule=self.name, reason="repeat of the title, cut short")
        self._at_the_end(doc, live)

    def _at_the_end(self, doc: Document, live: list[Line]) -> None:
        """Remove the last line when it repeats the whole title word for word, alone or with
        a site name, right after the last prose line: a share box that names the article.
        Only a title of ``TAIL_REPEAT_WORDS`` or more words: a shorter one may be a name that
        signs the text ("Friends of the Harbour").

        Only then: ``remove_boilerplate`` ran before, and its rules for the end look at the
        last line and the one before it.  With the prose line as the new last line they
        find what they found before (it was looked at as the end of the text then too); a
        line that was not prose could go on the next run, so the repeat stays.
        """
        title = doc.title or ""
        if not live or live[-1].prose or not more_words_than(title, TAIL_REPEAT_WORDS - 1):
            return  # the cheap tests first (copies of a prose line are prose as well)
        # ``live`` is the list from before this step's removals, which are all in the head:
        # its last two lines are the text's last two unless the head reaches the end.  Copies
        # of the last line right after it are left out: remove_repeated_paragraphs removes
        # them, and the cleaned text ends with the first copy.
        end = len(live)
        while end > 2 and repeats_the_one_before(
            live[end - 1].text.casefold(), live[end - 2].text.casefold()
        ):
            end -= 1
        if end < 2 or live[end - 1].removed or live[end - 2].removed:
            return
        if (
            live[end - 1].prose
            or not live[end - 2].prose
            or not more_words_than(title, TAIL_REPEAT_WORDS - 1)
        ):
            return
        # the whole title only, not a part of "Headline | Site" (doc.title_keys() has those)
        if repeats_title(live[end - 1].text, frozenset({line_key(title)})):
            for line in live[end - 1 :]:  # with its copies, which repeat the title as well
                doc.remove(line, rule=self.name, reason="repeat of the title at the end")
