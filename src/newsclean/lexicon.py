"""Load the phrase lists in ``newsclean/lexicons/*.txt`` and match whole lines against them.

A lexicon file is plain text, one per language, so that a data team can read exactly which
phrase removed a line and see in version control when the list changed::

    # version: 1
    [navigation]
    back to top
    [related]
    read also: *

A line is matched whole, after :func:`line_key` (case folded, digits and punctuation dropped,
so ``Comments (12)`` is ``comments``).  An entry ending in `` *`` is a prefix: ``read also: *``
matches a line that starts with "Read also", then ``:`` or a dash or arrow, then more text;
``photo by *`` (no colon) matches a line that starts with "Photo by" and goes on.  An entry
ending in `` !`` is a heading that no article uses for its own text (``comments !``): it
matches in the body of the article too, where other phrases of its family do not.

>>> LEXICONS.match("Наверх", ("ru",))
('navigation', 'наверх')
>>> LEXICONS.match("Read also: How the treaty was signed", ("en",))
('related', 'read also:*')
>>> LEXICONS.match("We read also the minutes of the meeting.", ("en",)) is None
True
>>> LEXICONS.heading("Kommentare (12)", ("de",)), LEXICONS.heading("Reply", ("en",))
(('comments', 'kommentare'), None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

import regex

from newsclean.patterns import (
    FOLLOW_PURPOSES,
    FOLLOW_VERBS,
    LABEL_DASHES,
    LABEL_MARKS,
    LETTER_WORD,
    NOTICE_OPENING,
    TOKEN,
)

__all__ = [
    "DATE_WORDS",
    "FAMILIES",
    "FOLLOW_HANDLE_AT_END",
    "FOLLOW_ON_NETWORK",
    "LANGUAGES",
    "LEXICONS",
    "NOTICE_PEEK",
    "SHARE_ACTIONS",
    "SHARE_NETWORKS",
    "SHARE_WORDS",
    "Lexicons",
    "line_key",
]

#: The lexicon files shipped, by language code; ``mt`` is the English that machine
#: translation makes of the other languages ("upstairs" for "Наверх").
LANGUAGES: tuple[str, ...] = ("en", "mt", "ru", "uk", "de", "fr", "es", "it", "pl", "pt")

#: The families of phrases, in the order the docs list them.
FAMILIES: tuple[str, ...] = (
    "navigation",
    "section",
    "share",
    "related",
    "subscribe",
    "advertising",
    "comments",
    "legal",
    "feedback",
    "credit",
    "meta",
    "tags",
)

#: How much of a line is read for the opening of a notice (entries marked " +").
NOTICE_PEEK = 80

# What may stand before a prefix phrase or a notice: bullets, arrows (also "»" and "›") and
# bars, not an opening quotation mark (a quote is someone's words: "“We use cookies only
# with consent,” she said", "“Follow us on this road,” he urged").
_OPENING = r"[^\w\s\"'“”„«‘’‚‹]*\s*"

# How much longer than an exact phrase a line matching it may be: counters, marks and
# spaces around it ("Comments (1,234)", "* * * * * * * Back to the top * * * * * * *").
_EXACT_ROOM = 40

# A separator after a prefix phrase: colon, arrow, guillemet or bar, or a dash with a space
# before or after it (a hyphen between two words makes one compound: "Foto-Ausstellung").
_PREFIX_SEP = rf"(?:\s*[{LABEL_MARKS}]|\s+[{LABEL_DASHES}]|[{LABEL_DASHES}](?=\s))\s*\S"


def line_key(text: str) -> str:
    """Reduce a line to its letter words, case folded, for whole-line comparison.

    >>> line_key("  Read ALSO → (3)")
    'read also'
    """
    return " ".join(LETTER_WORD.findall(_fold(text)))


def _fold(text: str) -> str:
    """Case folded, with the typographic apostrophe as the plain one ("d’infos" is
    "d'infos"): lines and phrases are compared in this form."""
    return text.casefold().replace("\u2019", "'")


def _prefix_pattern(phrase: str) -> str:
    # Leading bullets or arrows are allowed ("» Read also: ..."), quotation marks are not;
    # the phrase is literal with flexible white space; then a separator (colon form) or more
    # text must follow.
    literal = _fold(phrase).rstrip(":").strip()
    body = _OPENING + r"\s+".join(regex.escape(part) for part in literal.split())
    if phrase.rstrip().endswith(":"):
        return body + _PREFIX_SEP
    # without a colon, a comma, a full stop or a question or exclamation mark may close the
    # phrase ("Image source, Getty Images", "Subscribe to continue reading. Already a
    # subscriber? Log in", "Have a news tip? Write to ..."); after a full stop, a question or
    # an exclamation mark the next sentence may follow without a space, as pages glue a
    # form's two notes ("Deine E-Mail-Adresse wird nicht veröffentlicht.Pflichtfelder ...")
    return body + (r"(?:[,.?!]?\s+\S|[.?!]\w)" if literal[-1:].isalnum() else r"\s*\S")


@dataclass(frozen=True)
class _Entry:
    family: str
    language: str
    phrase: str


class Lexicons:
    """All shipped lexicons, indexed once: exact keys, and prefix patterns by first word."""

    def __init__(self, files: Mapping[str, str]) -> None:
        self.versions: dict[str, str] = {}
        self._exact: dict[str, list[_Entry]] = {}
        # Prefix phrases by their first word, so a line is tried only against the phrases
        # that start with its own first word (one dict look-up instead of a long alternation).
        self._by_first: dict[str, list[tuple[regex.Pattern[str], _Entry]]] = {}
        # The first words of the exact phrases, with the length of the longest phrase that
        # starts with each (with room for counters and marks around it): a line that starts
        # with another word, or is longer, is not looked up (its key is not even built).
        self._exact_first: dict[str, int] = {}
        # The same room by the first two words of the exact phrases ("" for a phrase of one
        # word), and the first two words of the prefix phrases ("" when any may follow):
        # most lines that start with a phrase's first word ("The", "This") go on otherwise,
        # and :meth:`may_match` lets them go without the look-ups of :meth:`match`.
        self._exact_pairs: dict[tuple[str, str], int] = {}
        self._prefix_pairs: set[tuple[str, str]] = set()
        # The headings (entries marked " !") by key: they match in the body too.
        self._headings: dict[str, list[_Entry]] = {}
        # The labels of the next line (entries marked " >", "Image caption,") by key.
        self._labels: dict[str, list[_Entry]] = {}
        # The openings of notices (entries marked " +") by their first two letter words ("" for
        # a notice of one word): a line that starts with one is a notice however long it is
        # ("We use cookies to ...").  Two words, since many notices share a first word that
        # many lines open with ("The use of materials ...", "All rights reserved. ...").
        self._notices: dict[tuple[str, str], list[tuple[regex.Pattern[str], _Entry]]] = {}
        for language, text in files.items():
            self._add(language, text)
        #: The most tokens (``TOKEN``) a heading's key has; with a count before and after
        #: it, a heading line has at most two more.
        self.max_heading_words = max(map(len, map(TOKEN.findall, self._headings)), default=0)
        # The letters each notice starts with (its first word up to an apostrophe): a line
        # whose first letters are none of them opens no notice.
        self._notice_openings = frozenset(
            found.group(1) for first, _ in self._notices if (found := NOTICE_OPENING.match(first))
        )

    def _add_notice(self, language: str, family: str, line: str) -> None:
        """Index the notice ``line`` (an entry marked `` +``) by its first two letter words,
        without the signs after them ("подписываясь, вы ..."), as :meth:`notice` looks it
        up."""
        phrase = line[:-1].rstrip()
        words = _fold(phrase).split()
        pattern = _OPENING + r"\s+".join(map(regex.escape, words)) + r"(?!\w)"
        opening = LETTER_WORD.match(words[0])
        if opening is None:
            raise ValueError(f"lexicon {language}: notice {line!r} must open with a word")
        second = LETTER_WORD.search(" ".join(words), opening.end())
        key = (opening.group(), "" if second is None else second.group())
        entry = _Entry(family, language, phrase + " +")
        self._notices.setdefault(key, []).append((regex.compile(pattern), entry))

    def _add(self, language: str, text: str) -> None:
        family = ""
        for raw in text.splitlines():
            line = raw.strip()
            if line.startswith("# version:"):
                self.versions[language] = line.split(":", 1)[1].strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                family = line[1:-1]
                if family not in FAMILIES:
                    raise ValueError(f"lexicon {language}: unknown family [{family}]")
                continue
            if line.endswith(" +"):
                self._add_notice(language, family, line)
            elif line.endswith(" *") or line.endswith(":*"):
                phrase = line[:-1].rstrip()
                entry = _Entry(family, language, phrase + "*")
                compiled = regex.compile(_prefix_pattern(phrase))
                folded = _fold(phrase)
                first = _first_word(folded)
                self._by_first.setdefault(first, []).append((compiled, entry))
                words = LETTER_WORD.findall(folded)
                second = words[1] if len(words) > 1 and words[0] == first else ""
                self._prefix_pairs.add((first, second))
            elif line_key(line):
                heading = line.endswith(" !")
                label = line.endswith(" >")
                line = line[:-1].rstrip() if heading or label else line
                key = line_key(line)
                entry = _Entry(family, language, line)
                self._exact.setdefault(key, []).append(entry)
                if heading:
                    self._headings.setdefault(key, []).append(entry)
                if label:
                    self._labels.setdefault(key, []).append(entry)
                first, _, rest = key.partition(" ")
                room = len(line) + _EXACT_ROOM
                self._exact_first[first] = max(self._exact_first.get(first, 0), room)
                pair = (first, rest.split(" ", 1)[0])
                self._exact_pairs[pair] = max(self._exact_pairs.get(pair, 0), room)
            else:
                raise ValueError(f"lexicon {language}: {line!r} has no letters to match")

    def may_match(self, text: str) -> bool:
        """False when no entry of any language or family can match ``text``: its first two
        words start no phrase (or it is too long for the whole phrases that they start).  A
        cheap test before :meth:`match`.

        >>> LEXICONS.may_match("Read also: the minutes"), LEXICONS.may_match("Officials said")
        (True, False)
        >>> LEXICONS.may_match("The council met on Tuesday")  # "the" starts phrases, not so
        False
        """
        folded = _fold(text)
        first = LETTER_WORD.search(folded)
        head = _first_word(folded, first)
        prefix = head in self._by_first
        if first is None or (prefix and head != first.group()):
            return prefix  # no letter, or a sign first ("©"): prefixes of signs have no pairs
        word = first.group()
        exact = len(text) <= self._exact_first.get(word, -1)
        if not (exact or prefix):
            return False  # most lines: their first word starts no phrase they could be
        pair = _first_pair(folded, first)
        return (exact and len(text) <= self._exact_pairs.get(pair, -1)) or (
            prefix and (pair in self._prefix_pairs or (word, "") in self._prefix_pairs)
        )

    def may_be_whole(self, text: str) -> bool:
        """False when ``text`` is too long for every whole phrase (not a prefix) that its
        first two words start: a cheap test before looking for a long line among them.

        >>> LEXICONS.may_be_whole("Your email address will not be published")
        True
        >>> LEXICONS.may_be_whole("Your email address will not be published in the report that "
        ...                       "the agency hands to the court on Monday, its lawyers said.")
        False
        """
        folded = _fold(text)
        first = LETTER_WORD.search(folded)
        if first is None or len(text) > self._exact_first.get(first.group(), -1):
            return False
        return len(text) <= self._exact_pairs.get(_first_pair(folded, first), -1)

    def may_open_notice(self, text: str) -> bool:
        """False when ``text`` cannot open with a notice: its first letters (after at most
        three other characters, as :meth:`notice` allows) start none.  A cheap test before
        :meth:`notice`, one match at the line's start.

        >>> LEXICONS.may_open_notice("» WE USE COOKIES."), LEXICONS.may_open_notice("No notice.")
        (True, False)
        """
        found = NOTICE_OPENING.match(text)
        return found is not None and found.group(1).casefold() in self._notice_openings

    def notice(
        self, text: str, languages: Iterable[str], families: Iterable[str]
    ) -> tuple[str, str] | None:
        """Return ``(family, phrase)`` of the notice entry (marked `` +``) that ``text`` opens
        with, however long the line is, or None.

        >>> LEXICONS.notice("We use cookies to improve the site. Read more.", ["en"], ["legal"])
        ('legal', 'we use cookies +')
        >>> LEXICONS.notice("We used cookie cutters for the dough.", ["en"], ["legal"]) is None
        True
        """
        head = _fold(text[:NOTICE_PEEK])
        first = LETTER_WORD.search(head)
        if first is None or first.start() > 3:
            return None
        second = LETTER_WORD.search(head, first.end())
        one = (first.group(), "")
        # the notices of two or more words first, then of one
        keys = (one,) if second is None else ((first.group(), second.group()), one)
        for key in keys:
            for pattern, entry in self._notices.get(key, ()):
                if entry.language in languages and entry.family in families and pattern.match(head):
                    return entry.family, entry.phrase
        return None

    def heading(
        self, text: str, languages: Iterable[str], families: Iterable[str] | None = None
    ) -> tuple[str, str] | None:
        """Return ``(family, phrase)`` of the heading entry (marked `` !``) that matches the
        whole line, or None; only entries of the given languages (and families) count."""
        for entry in self._headings.get(line_key(text), ()):
            if entry.language in languages and (families is None or entry.family in families):
                return entry.family, entry.phrase
        return None

    def labels_next(self, text: str, languages: Iterable[str], families: Iterable[str]) -> bool:
        """True when ``text`` is a label entry (marked `` >``) of the given languages and
        families: the line after it is what it labels ("Image caption," + the caption).

        >>> LEXICONS.labels_next("Image caption,", ["en"], ["credit"])
        True
        >>> LEXICONS.labels_next("Image source, Getty Images", ["en"], ["credit"])
        False
        """
        return any(
            entry.language in languages and entry.family in families
            for entry in self._labels.get(line_key(text), ())
        )

    def match(
        self, text: str, languages: Iterable[str], families: Iterable[str] | None = None
    ) -> tuple[str, str] | None:
        """Return ``(family, phrase)`` of the first entry that matches the whole line, or None.

        Only entries of the given languages (and families, when given) count.
        """
        folded = _fold(text)
        first = LETTER_WORD.search(folded)  # the first word of line_key(text)
        wanted = languages if isinstance(languages, (set, frozenset)) else set(languages)
        allowed = families if families is None or isinstance(families, frozenset) else set(families)
        if first is not None and len(text) <= self._exact_first.get(first.group(), -1):
            for entry in self._exact.get(line_key(text), ()):
                if entry.language in wanted and (allowed is None or entry.family in allowed):
                    return entry.family, entry.phrase
        for pattern, entry in self._by_first.get(_first_word(folded, first), ()):
            if entry.language not in wanted or (
                allowed is not None and entry.family not in allowed
            ):
                continue
            if pattern.match(folded):
                return entry.family, entry.phrase
        return None


def _first_pair(folded: str, first: regex.Match[str]) -> tuple[str, str]:
    """The first two letter words of ``folded`` ("" for a missing second), the first being
    ``first``: the key of the length limits that the cheap tests look up."""
    found = LETTER_WORD.search(folded, first.end())
    return first.group(), "" if found is None else found.group()


def _first_word(folded: str, found: regex.Match[str] | None = None) -> str:
    """The first letter word of ``folded`` (a :func:`_fold` result), or its first non-space
    character when that is a sign with a figure after it before any word ("© 2024 ...").
    Signs and spaces alone before the word are stepped over (">> read also: ...").
    ``found`` is ``LETTER_WORD.search(folded)`` when the caller has it already.

    >>> _first_word(">> read also: the minutes"), _first_word("© 2024 example media")
    ('read', '©')
    """
    if found is None:
        found = LETTER_WORD.search(folded)
    head = folded.lstrip()[:1]
    if found is None:
        return head
    start = found.start()
    if start > 2 and head and not head.isalpha() and any(c.isalnum() for c in folded[:start]):
        return head
    return found.group(0)


def _read_files() -> dict[str, str]:
    folder = resources.files("newsclean") / "lexicons"
    return {lang: (folder / f"{lang}.txt").read_text(encoding="utf-8") for lang in LANGUAGES}


def _read_words(name: str) -> dict[str, frozenset[str]]:
    """The words of a word list, case folded, by its ``[section]`` ("" before any)."""
    text = (resources.files("newsclean") / "lexicons" / name).read_text("utf-8")
    sections: dict[str, list[str]] = {"": []}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            sections.setdefault(section, [])
            continue
        sections[section].extend(LETTER_WORD.findall(line.casefold()))
    return {key: frozenset(words) for key, words in sections.items()}


#: The shipped lexicons, read once at import (they are package data and never change).
LEXICONS = Lexicons(_read_files())

#: Month, weekday and time words of every language, for recognising date lines.
DATE_WORDS = _read_words("date_words.txt")[""]

_OPEN = _read_words("open_words.txt")
#: The words that leave a line open (articles, conjunctions, possessives), in every
#: language: no headline ends in one.
OPEN_WORDS = _OPEN[""]
#: The words that, alone on a line, open a sentence (``OPEN_WORDS`` and prepositions and
#: conjunctions that a longer headline may end in: "in", "when").
LONE_OPEN_WORDS = OPEN_WORDS | _OPEN["lone"]

_LINK = _read_words("link_words.txt")
#: The words for "here" that close a link's label ("Read more here.", "Подробнее здесь.").
HERE_WORDS = _LINK["here"]
#: The words of such a label that ask the reader to read, see or find out more.
LINK_PROMPTS = _LINK["prompts"]
#: The words for "more" that open a link to more of a section ("More Sport", "Mehr Politik").
MORE_WORDS = _LINK["more"]
#: The words between a word of ``MORE_WORDS`` and "from" in a link to more from a site.
MORE_OF_WORDS = _LINK["more-of"]
#: The words for "from" before the name in such a link, and, with the words for "of", before
#: a section's name ("More stories from Science", "Más noticias de Ciencia").
FROM_WORDS = _LINK["from"]
FROM_OR_OF_WORDS = FROM_WORDS | _LINK["of"]
#: The label of a video or a gallery: a verb to watch or the word "material", a medium, and
#: the words between them.
WATCH_WORDS = _LINK["watch"]
MEDIA_WORDS = _LINK["media"]
MATERIAL_WORDS = _LINK["material"]
MEDIA_PROMPT_WORDS = WATCH_WORDS | MEDIA_WORDS | MATERIAL_WORDS | _LINK["media-joiners"]

#: The answers of a feedback widget's buttons ("Yes", "Nein", "Нет"), in every language.
ANSWER_WORDS = _read_words("answer_words.txt")[""]

_POST = _read_words("post_words.txt")
#: The labels of a blog post's links in its stamp ("Permalink", "Comments (3)", "TrackBack").
POST_LINKS = _POST["links"]
#: The verbs that open a post's stamp ("Posted", "Eingestellt"), and the words that name its
#: author before the time ("by", "von").
POST_VERBS = _POST["verbs"]
POST_BY = _POST["by"]

_SHARE = _read_words("share_words.txt")
#: The social networks, the actions ("share", "tweet", "email", "print") and the words
#: between them ("on", "via", "this") of a bar of share buttons, in every language.
SHARE_NETWORKS = _SHARE["networks"]
SHARE_ACTIONS = _SHARE["actions"]
SHARE_WORDS = SHARE_NETWORKS | SHARE_ACTIONS | _SHARE["joiners"]

# words without a comma, an end of sentence or a quotation mark
_CLAUSE = r"[^,.!?\"“”«»]+"
_NETWORKS = sorted(map(regex.escape, SHARE_NETWORKS), key=len, reverse=True)
_NETWORK = "(?:" + "|".join(_NETWORKS) + r"|google\s+news)"
# the verbs of ``FOLLOW_VERBS``, the longest first, with any white space between their words
_FOLLOW_VERB = "|".join(
    r"\s+".join(verb.split()) for verb in sorted(FOLLOW_VERBS, key=len, reverse=True)
)
#: A line that asks the reader to follow someone on a social network, in every language:
#: a verb of ``FOLLOW_VERBS`` opens it, a network (or several) closes it, a handle may follow
#: ("Follow BBC News on Twitter", "Folgen Sie der Polizei auf Instagram", "Suivez Le Monde sur
#: X: @lemonde", "Follow her on Twitter at @janedoe", "Следите за новостями города во
#: ВКонтакте"), or the handle alone follows the verb ("Follow @janedoe"), and what it is
#: for may end it in one clause (``FOLLOW_PURPOSES``: "... on Twitter for the latest news."),
#: a list with commas only when its last item comes after "and" ("for news, guides, and
#: highlights"): "..., the mayor urged residents" reports someone's words.
FOLLOW_ON_NETWORK = regex.compile(
    f"(?:{_FOLLOW_VERB})"
    + r"\s(?:@[\w.]+\s*[!.]?$|(?:[^\s\"“”]+\s){0,6}?(?:on|auf|sur|en|su|na|no|в|во|у)\s+"
    + _NETWORK
    + r"(?:\s*(?:,|and|und|et|y|e|i|и|і|та|&)\s*"
    + _NETWORK
    + r")*(?:\s*[:,]?\s*(?:at\s+)?@[\w.]+)?(?:,?\s+(?:"
    + "|".join(FOLLOW_PURPOSES)
    + r")\s"
    + _CLAUSE
    + r"(?:(?:,\s"
    + _CLAUSE
    + r")*,?\s(?:and|or|und|oder|et|ou|y|o|e|i|lub|и|или|і|та|або)\s"
    + _CLAUSE
    + r")?)?\s*[!.]?)",
    flags=regex.IGNORECASE,
)
#: A request to follow a handle that ends a line after other words ("By Jane Doe Follow
#: @janedoe"): matches the space before its verb, so that the words before it are judged on
#: their own.
FOLLOW_HANDLE_AT_END = regex.compile(
    rf"\s(?=(?:{_FOLLOW_VERB})\s+@[\w.]+\s*$)",
    flags=regex.IGNORECASE,
)
