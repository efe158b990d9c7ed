"""Boilerplate lines: symbol-only lines and lexicon phrases, weighed by where they stand.

In the head and the tail of the article (before the first and after the last prose line)
every lexicon family acts; in the middle of the body only strong signals do: a multi-word
phrase or a "Read also: ..." style prefix from the related, subscribe, share, feedback and
credit families, or an advertising label ("Advertisement", "Anzeige").  Lines are matched
whole, never as substrings of prose.

>>> from newsclean.document import Document, Line, Record
>>> doc = Document.from_text("Officials said the talks would resume in the spring.\\n.\\nupstairs")
>>> RemoveSymbolLines()(doc); RemoveBoilerplate()(doc)
>>> [line.text for line in doc.live()]
['Officials said the talks would resume in the spring.']
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from typing import ClassVar, TypeVar

import regex

from newsclean.document import Document, Line, Record
from newsclean.lexicon import (
    ANSWER_WORDS,
    DATE_WORDS,
    FAMILIES,
    FOLLOW_HANDLE_AT_END,
    FOLLOW_ON_NETWORK,
    FROM_OR_OF_WORDS,
    FROM_WORDS,
    HERE_WORDS,
    LANGUAGES,
    LEXICONS,
    LINK_PROMPTS,
    MATERIAL_WORDS,
    MEDIA_PROMPT_WORDS,
    MEDIA_WORDS,
    MORE_OF_WORDS,
    MORE_WORDS,
    POST_BY,
    POST_LINKS,
    POST_VERBS,
    SHARE_ACTIONS,
    SHARE_NETWORKS,
    SHARE_WORDS,
    WATCH_WORDS,
    line_key,
)
from newsclean.normalizers.dedup import repeats_the_one_before
from newsclean.normalizers.headline import (
    ends_open,
    is_head_label,
    is_labelled_headline,
    is_section_label,
)
from newsclean.patterns import (
    AD_MARKING,
    AFFILIATE_DISCLOSURE,
    AFFILIATE_PROGRAM,
    AFTER_LABEL,
    AGE_RATING,
    AGENCY_AFTER_DATELINE,
    AGENCY_CODE,
    AGENCY_CREDIT,
    AGENCY_LAST_WORDS,
    AGENCY_NAMES,
    APP_GET,
    APP_PLATFORM,
    APP_WORD,
    AUTHOR_ROLE,
    AVAILABLE_ON,
    BARE_COUNTER,
    BARE_FORM_FIELD,
    BY_AFTER_DATE,
    BY_AUTHOR_AT_END,
    BYLINE,
    BYLINE_END,
    CAPTION_CREDIT,
    CC_LICENCE,
    CLAUSE_BREAK,
    CLICK_FIRST_WORDS,
    CLICK_HERE,
    CLOCK_TIME,
    CODE_BARS,
    COMMENT_HEADING,
    COMMENT_POLICY_ACTION,
    COMMENT_POLICY_COMMENT,
    CONTACT_OPENING,
    CONTENT_WORD,
    COPYRIGHT,
    COPYRIGHT_PARTS,
    COPYRIGHT_SENTENCE,
    COPYRIGHT_YEAR,
    COUNT_MAGNITUDE,
    COUNTED_HEADING,
    CTRL_ENTER,
    DATE_FIGURES,
    DAY_OR_TIME,
    DIGIT,
    DOUBLE_QUOTES,
    EMAIL_ADDRESS,
    EMAIL_ENTRY,
    ERROR_REPORT,
    EXTERNAL_SITES_DISCLAIMER,
    FEED_FOOTER,
    FEED_FOOTER_OPENINGS,
    FEED_SITE_WORDS,
    FILE_KIND,
    FILE_SIZE,
    FIRST_PERSON,
    FIRST_PUBLISHED,
    FIRST_PUBLISHED_OPENINGS,
    FOLLOW_FIRST_WORDS,
    FORM_FIELD,
    FULL_ACCESS,
    FULL_ACCESS_STEMS,
    GALLERY_COUNTER,
    HANDLE,
    HTML_TAG,
    INBOX,
    INBOX_BY_EMAIL,
    INBOX_DELIVERY,
    INBOX_NEWS,
    JOURNALISM,
    JOURNALISM_STEMS,
    KEY_VALUE,
    LEGAL_FOOTER_WORDS,
    LETTER,
    LETTER_WORD,
    LETTERS_STEMS,
    LETTERS_TO_THE_EDITOR,
    LINK_SEPARATOR,
    LIST_NUMBER,
    LISTEN_REQUEST,
    LOADING_NOTE,
    LOG_IN_REQUEST,
    LOGIN_ACCESS,
    LOGIN_COMMENT,
    LOGIN_OBLIGED,
    LOWER_CASE_AGENCIES,
    MAX_RATING_CHARS,
    MEDIA_REGISTRATION,
    MENU_ITEM_END,
    MESSENGER_CHANNEL,
    MESSENGER_STEMS,
    MY_WORDS,
    NAME_WORD,
    NEWS_ALERTS,
    NUMBER,
    OUR_WORDS,
    OUTER_BAR,
    PAGE_ITSELF,
    PERSON_NAME,
    PHONE_NUMBER,
    PHOTO_AGENCIES,
    PHOTO_CREDIT_SEPARATOR,
    PHOTO_OF_AGENCY,
    PHOTO_WORD,
    PICTOGRAPH,
    PLACE_NAME,
    PLAYER_CLOCK,
    PODCAST_PLATFORM,
    PODCAST_STEMS,
    POSTED,
    POSTED_BY_HANDLE,
    PREFERRED_SOURCE,
    PROMO_ACTION,
    PROMO_MEDIA_ACTION,
    PROMO_OWN_CHANNEL,
    PROMO_READER,
    RATING,
    RELATED_CATEGORY,
    REPORTED_SPEECH,
    RESERVED_FOR,
    SENTENCE_BREAK,
    SIGNUP_PURPOSE,
    SITE_CONTENT,
    SOCIAL_EMBED_CREDIT,
    SOURCE_DATE,
    SOURCE_DATE_MARKS,
    STAFF_CREDIT,
    STAMP_SEPARATOR,
    SUBSCRIPTION_OFFER,
    SUBSCRIPTION_STEMS,
    SUBSCRIPTION_WORD,
    SUPPORT_REQUEST,
    TIME_RANGE,
    TREE_BRANCH,
    WIRE_CAPTION_CREDIT,
    WORD_CHAR,
    WRITING_REQUEST,
    YEAR,
)
from newsclean.shapes import (
    LIST_BULLETS,
    breadcrumb_parts,
    byline_opener,
    date_label,
    final_char,
    headline_repeat,
    is_fragment,
    is_headline,
    is_image_file,
    is_label,
    is_list_item,
    is_prose,
    is_two_part_headline,
    is_value_label,
    more_words_than,
    repeat_keys,
    repeats_title,
    table_cells,
    title_keys,
)

__all__ = ["STRONG_FAMILIES", "RemoveBoilerplate", "RemoveSymbolLines", "shape_family"]

#: Families whose phrases are removed in the middle of the body too (with the limits of
#: ``_strong_in_body``).
STRONG_FAMILIES = frozenset(
    {
        "advertising",
        "related",
        "subscribe",
        "share",
        "feedback",
        "credit",
        "navigation",
        "comments",
        "legal",
    }
)
#: Lines longer than this (in words, and in characters) are never compared with the lexicons.
MAX_EDGE_WORDS = 16
MAX_EDGE_CHARS = 160
#: In the body, longer lines match only a "Label: <headline>" phrase ("Read also: ...").
MAX_MIDDLE_WORDS = 10
MAX_MIDDLE_CHARS = 100
#: An agency credit ("Le Monde avec AFP", "dpa/lno") is never longer.
MAX_AGENCY_CREDIT_CHARS = 40
#: A name or a place and a date ("Иван Петров, 3 марта 2031, 10:32") is never longer.
MAX_NAME_DATE_CHARS = 80
#: A photo's credit on a line of its own ("AP Photo/Jane Doe") is never longer.
MAX_PHOTO_CREDIT_CHARS = 80
#: A gallery counter or a player's clock is never longer ("Immagine 12 di 40", "0:00:00 /
#: 1:05:10").
MAX_MEDIA_CHARS = 24
#: A link to a file with its type and size has at most this many words.
MAX_DOWNLOAD_WORDS = 20
#: A byline block under the first paragraph has at most this many lines.
MAX_BYLINE_BLOCK = 4
#: What a person's name alone counts as in a byline block.
_NAME = "name"
#: A picture's credit after a copyright sign, in the body, has at most this many words.
MAX_SIGN_CREDIT_WORDS = 8
#: A caption under a caption label ("Image caption,") has at most this many words.
MAX_LABELLED_WORDS = 30
#: A caption that ends in a photo credit may be long, but not longer than this (in words).
MAX_CAPTION_WORDS = 80
MAX_SLASH_CAPTION_WORDS = 25
#: A promotion of the site's newsletter or channel has at most this many words and characters.
MAX_PROMO_WORDS = 50
MAX_PROMO_CHARS = 400
#: A request to follow someone on a social network has at most this many words.
MAX_FOLLOW_WORDS = 16
#: The site's "our" is looked for in this many first characters of a promotion.
OUR_WITHIN = 80
#: The separators after the label of a "Label: <headline>" line.
LABEL_SEPARATORS = (":", "：", "-", "–", "—", "»", ">", "→")


def _label_early(text: str) -> bool:
    """True when a label separator stands in the first 40 characters of ``text``."""
    head = text[:40]
    return any(separator in head for separator in LABEL_SEPARATORS)


def _goes_on_after_label(text: str) -> bool:
    """True when the first word after the label's separator (in the first 40 characters)
    is in lower case: "Mira: no lo sé", not "Mira: Detienen a dos hombres" or "Lea: 5
    claves ..."."""
    found = AFTER_LABEL.match(text)
    return found is not None and found.group(1).islower()


def _ad_marking(text: str) -> bool:
    """True for a Russian ad marking (``AD_MARKING``); the first letter is looked at first,
    as this runs on every long line."""
    return text[:1] in "Рр" and AD_MARKING.match(text) is not None


def _is_caption(text: str) -> bool:
    """True for an image caption that ends in its photo credit ("Crews clear the road on
    Monday. (AP Photo/Jane Doe)"), not inside a table row: a caption is not article text,
    wherever the extractor left it. At most 80 words with the credit of an agency or
    "Photo by", 25 with "Foto: Name/Agency" (German sites also close a lead with it).
    """
    if not _caption_sized(text):
        return False
    found = CAPTION_CREDIT.search(text)
    return found is not None and not (
        found.group("slash") and more_words_than(text, MAX_SLASH_CAPTION_WORDS)
    )


def _is_wire_caption(text: str) -> bool:
    """True for an image caption that ends in a wire service's credit without a bracket,
    after its last sentence ("... on Monday. REUTERS/Jane Doe/File Photo",
    ``WIRE_CAPTION_CREDIT``), at most ``MAX_CAPTION_WORDS`` words, not in a table row.  The
    caller looks for a slash near the end first: most lines have none."""
    return _caption_sized(text) and WIRE_CAPTION_CREDIT.search(text) is not None


def _caption_sized(text: str) -> bool:
    """True when ``text`` may be a caption: at most ``MAX_CAPTION_WORDS`` words, no table row."""
    return "|" not in text and not more_words_than(text, MAX_CAPTION_WORDS)


def _error_widget(stripped: str) -> bool:
    """True when ``stripped`` ends in Ctrl+Enter (the error-report widget's key chord)."""
    end = stripped[-40:]
    return ("nter" in end or "NTER" in end) and CTRL_ENTER.search(end) is not None


def _error_report(stripped: str) -> bool:
    """The error-report widget with a clause after the key chord, at the edges ("If you
    notice a mistake, select the text and press Ctrl+Enter to let the editors know."): the
    line opens with a word for a mistake, then one for selecting text, then the chord
    (``ERROR_REPORT``), in at most 25 words, whether or not it reads as a sentence."""
    return (
        ("nter" in stripped or "NTER" in stripped)  # the chord: most lines have neither
        and len(stripped) <= MAX_EDGE_CHARS
        and not more_words_than(stripped, 25)
        and ERROR_REPORT.fullmatch(stripped) is not None
    )


#: A link's label that points to more ("Read more here.") has at most so many words, and
#: characters.
MAX_LINK_LABEL_WORDS = 6
MAX_LINK_LABEL_CHARS = 80


def _link_label(stripped: str) -> bool:
    """The label of a link to more, on a line of its own: at most ``MAX_LINK_LABEL_WORDS``
    words, the last a word for "here" (``HERE_WORDS``), one of the first two a request to
    read, see or find out, or more information or details (``LINK_PROMPTS``): "Find out
    more here.", "Mehr dazu hier.", "Más información aquí.", "Подробнее здесь.".  "More"
    alone asks for nothing ("Mehr Platz gibt es hier."), and a sentence names who reads
    before the verb ("Few people read newspapers here."); the label opens with a capital.

    >>> _link_label("Find out more here."), _link_label("Mehr Platz gibt es hier.")
    (True, False)
    >>> _link_label("Few people read newspapers here.")
    False
    """
    if len(stripped) > MAX_LINK_LABEL_CHARS or not stripped[:1].isupper():
        return False  # a label opens with a capital: "out, click here" is a wrapped sentence's
    if stripped.rstrip(" .!:…").rpartition(" ")[2].casefold() not in HERE_WORDS:
        return False  # the cheap test first: most lines end otherwise
    words = LETTER_WORD.findall(stripped.casefold().replace("\u2019", "'"))
    return (
        1 < len(words) <= MAX_LINK_LABEL_WORDS
        and words[-1] in HERE_WORDS
        # the prompt opens the label, maybe after "more" or "en" ("Mehr dazu hier", "En
        # savoir plus ici"); an elided article before it counts as it ("d'informations")
        and any(word.rpartition("'")[2] in LINK_PROMPTS for word in words[:2])
    )


#: A bar of share buttons is at most this long (in characters).
MAX_SHARE_BAR_CHARS = 120


def _share_bar(text: str, *, at_edge: bool) -> bool:
    """A bar of share buttons joined into one line: every letter word a network, an action
    or a word between them (``SHARE_WORDS``: "Facebook Twitter WhatsApp Email", "Share on
    Facebook Share via Email", "Teilen Twittern Mailen", "Поделиться: ВКонтакте Telegram"),
    not a sentence.  Three buttons, one of them an action, anywhere; at the edges one
    button is enough ("Share via WhatsApp", "Partilhar no Twitter"), and so are two
    networks and nothing else ("Facebook, Instagram" in the body may name two platforms, and
    "Twitter to X" may be a headline).

    >>> _share_bar("Facebook Twitter WhatsApp Email", at_edge=False)
    True
    >>> _share_bar("Facebook, Instagram, WhatsApp", at_edge=False)
    False
    >>> _share_bar("Share this on Facebook.", at_edge=True)
    False
    >>> _share_bar("Partilhar no Twitter", at_edge=True), _share_bar("Tweet", at_edge=True)
    (True, False)
    """
    if len(text) > MAX_SHARE_BAR_CHARS or text.rstrip()[-1:] in ".!?":
        return False
    first = LETTER_WORD.search(text)
    if first is None or first.group().casefold() not in SHARE_WORDS:
        return False  # most lines: one word looked up
    words = LETTER_WORD.findall(text.casefold())
    if not SHARE_WORDS.issuperset(words):
        return False
    networks = sum(word in SHARE_NETWORKS for word in words)
    actions = sum(word in SHARE_ACTIONS for word in words)
    if actions and networks + actions >= 3:
        return True
    if not at_edge:
        return False
    # one button ("Share on Reddit"), or networks alone with nothing between them ("Twitter
    # to X" may be a headline)
    return bool(actions and networks) or (networks >= 2 and networks == len(words))


def _question_then_share(text: str, languages: tuple[str, ...]) -> bool:
    """A short question to the reader, then a request to share the article that is a whole
    phrase of the share family, on one line: "Enjoyed this article? Share it with your
    friends.", "Vous avez aimé cet article ? Partagez-le avec vos amis.", "Сподобалася
    стаття? Поділіться з друзями!".  One question of at most ``MAX_SHARE_QUESTION_WORDS``
    words, quoting and reporting no one.

    >>> _question_then_share("Enjoyed this article? Share it with your friends.", ("en",))
    True
    >>> _question_then_share("Who won? We asked voters. Share it with your friends.", ("en",))
    False
    """
    if "?" not in text:
        return False  # most lines: one scan in C
    end = text.find("? ")
    if end < 0:
        end = text.find(" ? ") + 1  # the French space before the mark
        if end <= 0:
            return False  # most lines: no question before another sentence
    question, request = text[: end + 1], text[end + 2 :].strip()
    return (
        not more_words_than(question, MAX_SHARE_QUESTION_WORDS)
        and not more_words_than(request, MAX_SHARE_REQUEST_WORDS)
        and not SENTENCE_BREAK.search(question)
        and not SENTENCE_BREAK.search(request)
        and LEXICONS.match(request, languages, _SHARE) is not None
        and _the_site_speaks(text)
    )


def _in_the_sites_voice(text: str) -> bool:
    """True when ``text`` speaks as the site ("we", "our", "I": ``FIRST_PERSON``), to the
    reader ("you": ``PROMO_READER``) or of the page itself, naming it first ("This post",
    "Artykuł zawiera ...": ``PAGE_ITSELF``), as the site's notes to the reader do; an
    article's sentence reports in the third person ("The retailer will stop paying for
    affiliate links")."""
    return (
        FIRST_PERSON.search(text) is not None
        or PROMO_READER.search(text) is not None
        or PAGE_ITSELF.match(text) is not None
    )


def _the_site_speaks(text: str) -> bool:
    """True when ``text`` neither quotes (``DOUBLE_QUOTES``) nor reports (``REPORTED_SPEECH``)
    anyone's words: a promotion or a disclosure is the site speaking to its reader."""
    return not any(mark in text for mark in DOUBLE_QUOTES) and REPORTED_SPEECH.search(text) is None


#: A sign-up button's label after a site's pitch ("... our actions? Sign up here") has at most
#: so many words, and the pitch before it at most so many.
MAX_BUTTON_WORDS = 4
MAX_PITCH_WORDS = 25
#: The family such a label is a phrase of.
_SUBSCRIBE = frozenset({"subscribe"})
#: A question before a request to share the article ("Enjoyed this article? Share it with your
#: friends.") has at most so many words, and the request at most so many.
MAX_SHARE_QUESTION_WORDS = 8
MAX_SHARE_REQUEST_WORDS = 8
#: The family such a request is a phrase of.
_SHARE = frozenset({"share"})
#: The family of a section's name ("Opinion", "Sport").
_SECTION = frozenset({"section"})
#: A link to more of a section has at most so many words ("Plus de Sport", "More World news"),
#: a link to more has at most so many characters, and the name of a site or a person in one
#: at most so many words.
MAX_MORE_OF_WORDS = 5
MAX_MORE_OF_CHARS = 60
MAX_MORE_FROM_NAME_WORDS = 4
#: The reason of a link to more from a site, which a list of headlines under it is known by.
_MORE_FROM = "link to more from a site or a person"


def _after_more(text: str) -> str | None:
    """What follows the word for "more" (``MORE_WORDS``) that opens a link's label, or None
    when ``text`` opens otherwise or is too long for a link (most lines)."""
    if len(text) > MAX_MORE_OF_CHARS:
        return None
    words = text.split(None, 1)
    if len(words) != 2 or words[0].casefold() not in MORE_WORDS:
        return None
    return words[1]


def _more_from_a_name(text: str) -> bool:
    """The label of a link to more from a site or a person: a word for "more"
    (``MORE_WORDS``), at most two words for news or of ``MORE_OF_WORDS``, a word of
    ``FROM_WORDS`` and a name of at most four words, each with a capital, without a figure
    or an end of sentence ("More stories from Example News", "More Must-Reads From TIME",
    "Weitere Artikel von Jane Doe").

    >>> _more_from_a_name("More Must-Reads From TIME"), _more_from_a_name("Mehr aus Kyiv")
    (True, True)
    >>> _more_from_a_name("More Than Words From Paris")
    False
    >>> _more_from_a_name("More stories from the council")
    False
    """
    rest = _after_more(text)
    if rest is None:
        return False
    words = rest.split()
    at = next((i for i, word in enumerate(words[:3]) if word.casefold() in FROM_WORDS), -1)
    name = words[at + 1 :]
    return (
        at >= 0
        and 0 < len(name) <= MAX_MORE_FROM_NAME_WORDS
        and all(
            MORE_OF_WORDS.issuperset(word.casefold().split("-"))
            or INBOX_NEWS.fullmatch(word) is not None
            for word in words[:at]
        )
        and all(word[:1].isupper() and not DIGIT.search(word) for word in name)
        and not name[-1].endswith((".", "!", "?", ":", ","))
    )


def _more_of_a_section(text: str, languages: tuple[str, ...]) -> bool:
    """The label of a link to more of a section: a word for "more" (``MORE_WORDS``), a French
    or Spanish "de" or a word for news and one for "from" maybe, and the name of a section
    from the lexicons with a capital, as a link's label writes it, nothing else ("More
    Opinion", "More World news", "Mehr Sport", "Plus de Sport", "Más noticias de Ciencia").
    "More than 300 people attended" names no section, and "More money", a demand at the end
    of a list, writes no name.

    >>> langs = ("en", "de")
    >>> _more_of_a_section("More Opinion", langs), _more_of_a_section("Mehr Sport", langs)
    (True, True)
    >>> _more_of_a_section("More than 300 people attended.", langs)
    False
    """
    rest = _after_more(text)
    if rest is None:
        return False
    news = INBOX_NEWS.match(rest)
    of = rest[news.end() :].split(None, 1) if news is not None else []
    if len(of) == 2 and of[0].casefold() in FROM_OR_OF_WORDS:
        rest = of[1]  # "Más noticias de Ciencia", "More stories from Science": of a section
    elif rest[:3].casefold() == "de ":
        rest = rest[3:]
    elif rest[:2].casefold() in {"d'", "d’"}:
        rest = rest[2:]
    return (
        rest[:1].isupper()
        and not more_words_than(rest, MAX_MORE_OF_WORDS)
        and LEXICONS.match(rest, languages, _SECTION) is not None
    )


def _names_email(text: str) -> bool:
    """True when ``text`` holds the stem of a word for email in one of its languages ("mail",
    "E-Mail", "courriel", "correo", "почта", "пошта"): the substring test that the email
    rules run before their patterns (most lines name no email)."""
    return (
        "mail" in text
        or "Mail" in text
        or "MAIL" in text
        or "ourriel" in text
        or "orreo" in text
        or "почт" in text
        or "пошт" in text
    )


#: A promise of news in the reader's inbox has at most this many words.
MAX_INBOX_WORDS = 25
#: The lines of at most 25 words that the rules below look for are not longer than this (a
#: longer line is not scanned for their substrings: most lines of the body are longer).
MAX_SHORT_CHARS = 250


def _own_promotion(text: str) -> bool:
    """A promotion of the site's newsletter or channel (:func:`_site_promotion`) that asks the
    reader to sign up, subscribe, join or download (``PROMO_ACTION``) and calls them the
    site's own ("our", ``OUR_WORDS``, early in the line, after the request: not as the
    subject the line opens with): such a line is the site's even between two paragraphs.
    "Our newsletter team will follow the vote" is the site reporting, and "Some of our apps
    may read your contacts" a privacy notice's text.

    >>> _own_promotion("Never miss a story: sign up to our free newsletter today!")
    True
    >>> _own_promotion("Sign up for the newsletter at the town hall.")
    False
    >>> _own_promotion("Our newsletter team will follow the vote and report back.")
    False
    """
    if len(text) > MAX_SHORT_CHARS:
        return False  # between paragraphs a promotion is short; most paragraphs are longer
    words = text[:OUR_WITHIN].split()
    return (
        len(words) > 1
        and words[0] not in OUR_WORDS
        and not OUR_WORDS.isdisjoint(words)
        and PROMO_ACTION.search(text) is not None
        and _site_promotion(text)
    )


#: A site's note on its comment policy has at most so many characters.
MAX_COMMENT_POLICY_CHARS = 400


def _names_a_comment(text: str) -> bool:
    """True when ``text`` holds the stem of "comment" in one of its languages ("мент" in
    Russian and Ukrainian; "oment" also finds "moment", and the searches after it tell): the
    substring test that the comment rules run before their patterns."""
    return "omment" in text or "oment" in text or "мент" in text


def _comment_policy(text: str) -> bool:
    """The site's note to its readers on their comments: a sentence that opens with a
    capital, names a comment and what the site does with it (``COMMENT_POLICY_COMMENT``,
    ``COMMENT_POLICY_ACTION``: publishes, reviews, removes), speaking to the reader ("you",
    ``PROMO_READER``), and neither quotes nor reports anyone's words
    (:func:`_the_site_speaks`): "Please note: it may take several minutes before your
    comment appears.", "Ihr Kommentar wird nach der Prüfung veröffentlicht."  An article
    reports on comments in the third person ("The regulator reviewed 3,000 comments
    submitted by the public.", "Please note that the board did not approve the changes but
    continues the process for public comment."), and a piece of a wrapped sentence opens
    in lower case.

    >>> _comment_policy("Please note: it may take several minutes before your comment appears.")
    True
    >>> _comment_policy("The regulator reviewed 3,000 comments submitted by the public.")
    False
    """
    return (
        len(text) <= MAX_COMMENT_POLICY_CHARS
        and text.lstrip()[:1].isupper()
        and _names_a_comment(text)
        and COMMENT_POLICY_COMMENT.search(text) is not None
        and COMMENT_POLICY_ACTION.search(text) is not None
        and PROMO_READER.search(text) is not None
        and _the_site_speaks(text)
    )


def _login_to_comment(text: str) -> bool:
    """The site's note that only a reader logged in may comment, however worded: a sentence
    of at most ``MAX_EDGE_WORDS`` words that opens with a capital, names a comment or
    commenting (``LOGIN_COMMENT``) and logging in or subscribing (``LOGIN_ACCESS``), and
    either asks for the login at its opening or after a comma ("Log in to comment",
    "Zaloguj się, aby dodać komentarz", "Aby skomentować, zaloguj się.") or obliges the
    reader or names the site's users alone (``LOGIN_OBLIGED``: "You must be logged in to
    reply.", "Per commentare devi effettuare il login.", "Комментировать могут только
    авторизованные пользователи."), quoting no one.  An article tells who may comment in
    the third person ("Residents must log in to the portal to comment on the plan"), or
    what the reader can do ("You can log in to the website and comment until Friday"), and
    stays.

    >>> _login_to_comment("To comment, you need to sign in.")
    True
    >>> _login_to_comment("Para comentar, debes iniciar sesión.")
    True
    >>> _login_to_comment("Residents must log in to the council's portal to comment on the plan.")
    False
    """
    return (
        _names_a_comment(text)  # most lines: no such stem
        and text[:1].isupper()
        and not more_words_than(text, MAX_EDGE_WORDS)
        and LOGIN_COMMENT.search(text) is not None
        and (access := LOGIN_ACCESS.search(text)) is not None
        and (
            access.start() == 0
            or text[access.start() - 2 : access.start()] == ", "
            or LOGIN_OBLIGED.search(text) is not None
        )
        and _the_site_speaks(text)
    )


def _news_to_the_inbox(text: str) -> bool:
    """A promise to deliver the site's news to the reader's inbox, a newsletter's pitch
    without the word ("Get the top stories delivered to your inbox every weekday.", "Die
    wichtigsten Nachrichten täglich in Ihr Postfach"): the inbox, the news and how they
    come, in at most ``MAX_INBOX_WORDS`` words, not quoting or reporting anyone.  News "by
    email" (``INBOX_BY_EMAIL``) counts as the inbox when the site speaks to the reader or
    of itself ("Get our top stories by email every day"): "Residents get the news by email
    every day" tells of a service.

    >>> _news_to_the_inbox("Get the top stories delivered to your inbox every weekday.")
    True
    >>> _news_to_the_inbox("Scammers send fake news alerts to your inbox.")
    False
    >>> _news_to_the_inbox("Get our top stories by email every day")
    True
    >>> _news_to_the_inbox("Residents get the news by email every day.")
    False
    """
    # most lines name no inbox: substring tests, written out, are many times cheaper than
    # the pattern (and than a loop over the stems); a long line is not scanned at all
    if len(text) > MAX_SHORT_CHARS or not (
        "nbox" in text
        or _names_email(text)
        or "ostfach" in text
        or "oîte" in text
        or "oite" in text
        or "andeja" in text
        or "asella" in text
        or "aixa" in text
        or "krzynk" in text
    ):
        return False
    return (
        (
            INBOX.search(text) is not None
            or (
                INBOX_BY_EMAIL.search(text) is not None
                # the site speaks, or asks the reader to get the news ("Получайте ...")
                and (_in_the_sites_voice(text) or INBOX_DELIVERY.match(text) is not None)
                # not a question ("Did you get the news by email?") nor a request to write
                # to an address ("let us know by email at info@example.com")
                and not text.rstrip().endswith("?")
                and "@" not in text
            )
        )
        and INBOX_NEWS.search(text) is not None
        and INBOX_DELIVERY.search(text) is not None
        and not more_words_than(text, MAX_INBOX_WORDS)
        and _the_site_speaks(text)
    )


#: A gallery's bare counter ("999 von 999", with a space to spare) has at most this many
#: characters: the length is looked at before the pattern.
MAX_COUNTER_CHARS = 16
#: A site's disclaimer of the pages it links to has at most this many words.
MAX_DISCLAIMER_WORDS = 20
#: An offer of a subscription has at most this many words.
MAX_OFFER_WORDS = 25


def _subscription_offer(text: str) -> bool:
    """An offer of a subscription, as a site prints it at the edges: a request to subscribe,
    sign up or register (``PROMO_ACTION``) and a saving, a discount or a free trial
    (``SUBSCRIPTION_OFFER``), in at most ``MAX_OFFER_WORDS`` words that make no sentence and
    quote or report no one ("Pick up a good habit this new year - subscribe now to save
    32%", "Jetzt abonnieren und 30 Tage gratis testen").

    >>> _subscription_offer("Subscribe now and save 32% on the print edition")
    True
    >>> _subscription_offer("Readers who subscribe before May save 20% on the yearly fee,"
    ...                     " the publisher said.")
    False
    """
    if len(text) > MAX_SHORT_CHARS or not (
        "%" in text
        or "rial" in text
        or "testen" in text
        or "essai" in text
        or "prueba" in text
        or "prova" in text
        or "próbny" in text
        or "пробн" in text
    ):
        return False  # most lines: no saving and no trial, written out as the cheap test
    return (
        SUBSCRIPTION_OFFER.search(text) is not None
        and PROMO_ACTION.search(text) is not None
        and not more_words_than(text, MAX_OFFER_WORDS)
        and not is_prose(text)
        and _the_site_speaks(text)
    )


#: A paywall's request to subscribe has at most this many words.
MAX_PAYWALL_WORDS = 40


def _paywall_request(text: str) -> bool:
    """A paywall's request, as a site prints it at the edges: the full story or unlimited
    access (``FULL_ACCESS``) and a request to subscribe, sign up or register
    (``PROMO_ACTION``) made to the reader (:func:`_asks_the_reader`), in at most
    ``MAX_PAYWALL_WORDS`` words, quoting or reporting no one ("Subscribe now to our print
    edition for the full story.", "Suscríbete para leer la nota completa").  It may read as
    a sentence: it is the site's, not the article's.  "Those who subscribe get unlimited
    access to the archive." tells of a service and stays.

    >>> _paywall_request("Subscribe now to our print edition for the full story.")
    True
    >>> _paywall_request("Those who subscribe get unlimited access to the archive.")
    False
    """
    return _site_request(text, FULL_ACCESS_STEMS, FULL_ACCESS, _asks_to_subscribe_or_log_in)


#: A paywall's note that an article is for subscribers has at most this many words.
MAX_RESERVED_WORDS = 12


def _for_subscribers(text: str) -> bool:
    """A paywall's note that the article is for subscribers only, as a site prints it at the
    edges: the content (``CONTENT_WORD``), a subscriber or subscription
    (``SUBSCRIPTION_WORD``) and a restriction (``RESERVED_FOR``) in at most
    ``MAX_RESERVED_WORDS`` words and no sentence ("Contenu réservé aux abonnés", "Материал
    доступен только подписчикам").  A headline names no content of the page ("Only
    subscribers get the new ferry timetable"), and a sentence stays, as does a lead-in to a
    quotation ("More, from the subscription-only story:").

    >>> _for_subscribers("Articolo riservato agli abbonati")
    True
    >>> _for_subscribers("Only subscribers get the new ferry timetable")
    False
    """
    return (
        len(text) <= MAX_SHORT_CHARS
        and _holds_a_stem(text, SUBSCRIPTION_STEMS)
        and not more_words_than(text, MAX_RESERVED_WORDS)
        and SUBSCRIPTION_WORD.search(text) is not None
        and RESERVED_FOR.search(text) is not None
        and CONTENT_WORD.search(text) is not None
        and not is_prose(text)
        and not text.rstrip().endswith(":")
    )


def _asks_to_subscribe_or_log_in(text: str) -> bool:
    """:func:`_asks_the_reader`, or a request to log in that opens the line or a clause
    (``LOG_IN_REQUEST``) made to a subscriber (``SUBSCRIPTION_WORD``): "Already a subscriber?
    Log in to keep reading."; "Log in to the city's portal to read the full text." stays."""
    return _asks_the_reader(text) or (
        LOG_IN_REQUEST.search(text) is not None and SUBSCRIPTION_WORD.search(text) is not None
    )


def _holds_a_stem(text: str, stems: tuple[str, ...]) -> bool:
    """True when ``text``, case folded, holds one of ``stems``: the cheap test before a
    search of many alternatives."""
    folded = text.casefold()
    for stem in stems:  # noqa: SIM110 (a loop, not any(): this runs on every line at the edges)
        if stem in folded:
            return True
    return False


def _fewest_stems(stems: tuple[str, ...]) -> tuple[str, ...]:
    """``stems`` that :func:`_holds_a_stem` needs to look for: each once, and none that
    holds a shorter one of them, which finds it too.

    >>> _fewest_stems(("редакц", "editor", "редакци", "editor"))
    ('редакц', 'editor')
    """
    return tuple(
        stem
        for stem in dict.fromkeys(stems)
        if not any(other != stem and other in stem for other in stems)
    )


def _site_request(
    text: str,
    stems: tuple[str, ...],
    subject: regex.Pattern[str],
    asks: Callable[[str], bool],
) -> bool:
    """True when ``text``, of at most ``MAX_PAYWALL_WORDS`` words, names ``subject`` (what a
    paywall promises, the journalism a site asks support for, its letters to the editor, the
    platforms of its podcast; ``stems`` hold pieces of its words), ``asks`` the reader for
    something, and quotes or reports no one: the site's own request."""
    return (
        len(text) <= MAX_SHORT_CHARS
        and _holds_a_stem(text, stems)
        and subject.search(text) is not None
        and not more_words_than(text, MAX_PAYWALL_WORDS)
        and asks(text)
        and _the_site_speaks(text)
    )


def _asks_the_reader(text: str) -> bool:
    """True when ``text`` asks its reader to subscribe, sign up, join or download
    (``PROMO_ACTION``): the request opens the line, a sentence or a clause (``CLAUSE_BREAK``),
    with at most one word before it ("Subscribe now", "Please subscribe", "To read on,
    subscribe", "Nichts verpassen! Jetzt anmelden", "Nichts verpassen - Newsletter
    abonnieren"), or the line speaks to the reader or of the site's own (``PROMO_READER``,
    ``OUR_WORDS``).

    >>> _asks_the_reader("To read the full story, please subscribe.")
    True
    >>> _asks_the_reader("Those who subscribe get more.")
    False
    """
    found = False
    for action in PROMO_ACTION.finditer(text):
        found = True
        before = CLAUSE_BREAK.split(text[: action.start()])[-1]
        if len(before.split()) <= 1:
            return True
    return found and (
        PROMO_READER.search(text) is not None or not OUR_WORDS.isdisjoint(text.split())
    )


def _support_pitch(text: str) -> bool:
    """A request for the reader's support of the site's journalism, as a site prints it at
    the edges: its journalism or newsroom (``JOURNALISM``) and a request for support that
    opens the line or a clause (``SUPPORT_REQUEST``), or "our" and the reader in one line
    ("Our journalism needs your support. Subscribe today."), in at most
    ``MAX_PAYWALL_WORDS`` words, quoting or reporting no one.  "The foundation will support
    local journalism with two million euros." asks no one and stays.

    >>> _support_pitch("Our journalism needs your support. Subscribe today to the Herald.")
    True
    >>> _support_pitch("Unterstützen Sie unseren Journalismus vor Ort!")
    True
    >>> _support_pitch("The foundation will support local journalism with two million euros.")
    False
    """
    return _site_request(text, JOURNALISM_STEMS, JOURNALISM, _asks_for_support)


def _letters_invitation(text: str) -> bool:
    """A request that the reader write a letter to the editor, as a site prints it at the
    edges: its letters to the editor (``LETTERS_TO_THE_EDITOR``) and a request to write or
    send one that opens the line or a clause (``WRITING_REQUEST``), in at most
    ``MAX_PAYWALL_WORDS`` words, quoting or reporting no one ("Have a view on this story? Write
    a letter to the editor.").  "The mayor wrote a letter to the editor in March." reports and
    stays.  A request to comment is not looked for: it closes many articles in the author's
    own words.

    >>> _letters_invitation("Have a view on this story? Write a letter to the editor.")
    True
    >>> _letters_invitation("The mayor wrote a letter to the editor in March.")
    False
    """
    return _site_request(text, LETTERS_STEMS, LETTERS_TO_THE_EDITOR, _asks_to_write)


def _podcast_platforms(text: str) -> bool:
    """A request to listen to the site's podcast on a platform, or a note that it is
    available there, as a site prints it at the edges (``PODCAST_PLATFORM``,
    ``LISTEN_REQUEST``, at most ``MAX_PAYWALL_WORDS`` words, quoting or reporting no one):
    "Listen to this episode on Spotify, Apple Podcasts or wherever you get your podcasts."
    "Spotify raised its prices in May." asks no one and stays.

    >>> _podcast_platforms("Ouça este episódio no Spotify ou na Apple Podcasts.")
    True
    >>> _podcast_platforms("Spotify raised its prices in May.")
    False
    """
    return _site_request(text, PODCAST_STEMS, PODCAST_PLATFORM, _asks_to_listen)


def _asks_to_listen(text: str) -> bool:
    """A request to listen or subscribe that opens the line or a clause (``LISTEN_REQUEST``),
    or a note of availability there (``AVAILABLE_ON``) that makes no sentence or speaks in
    the site's voice: "Available on Spotify from Friday, the album is the band's first in ten
    years." is news."""
    return LISTEN_REQUEST.search(text) is not None or (
        AVAILABLE_ON.search(text) is not None and (not is_prose(text) or _in_the_sites_voice(text))
    )


#: A site's notice of its content's licence has at most this many words.
MAX_LICENCE_WORDS = 40


def _licence_notice(text: str) -> bool:
    """A site's notice that its content is under a Creative Commons licence, as it prints it
    at the edges: the licence (``CC_LICENCE``) and the site's own content (``SITE_CONTENT``)
    in at most ``MAX_LICENCE_WORDS`` words ("This work is licensed under a Creative Commons
    Attribution 4.0 International License.", "Sofern nicht anders angegeben, stehen Inhalte
    dieser Website unter CC BY 4.0").  "The photos are free to use under a Creative Commons
    licence." tells of other work and stays.

    >>> _licence_notice("This work is licensed under a Creative Commons Attribution 4.0 License.")
    True
    >>> _licence_notice("The photos are free to use under a Creative Commons licence.")
    False
    """
    if len(text) > MAX_SHORT_CHARS:
        return False
    folded = text.casefold()  # what every form of the licence holds: most lines hold none
    return (
        ("commons" in folded or "cc by" in folded or "cc-by" in folded)
        and CC_LICENCE.search(text) is not None
        and SITE_CONTENT.search(text) is not None
        and not more_words_than(text, MAX_LICENCE_WORDS)
    )


#: A line that gives a reporter's or the newsroom's address has at most this many words, and
#: a question to the reader before it ("Got a news tip?") at most so many.
MAX_CONTACT_WORDS = 12
MAX_TIP_QUESTION_WORDS = 12


def _contact_line(text: str) -> bool:
    """A line that gives an e-mail address to write to, as a site prints it at the edges:
    it opens with a request to write or the word for contact (``CONTACT_OPENING``), holds an
    address (``EMAIL_ADDRESS``), in at most ``MAX_CONTACT_WORDS`` words and no sentence.  A
    short question to the reader may stand before the request, which then may end in a full
    stop ("Got a news tip? Email us at tips@example.com.", "Hai una segnalazione? Scrivi a
    redazione@example.it"), quoting no one.

    >>> _contact_line("Write to Jane Doe at jane.doe@example.com")
    True
    >>> _contact_line("Do you have an opinion on this story? Email letters@example.com")
    True
    >>> _contact_line("Contact lenses got cheaper, the shop wrote to all help@example.com users.")
    False
    """
    if "@" not in text:
        return False
    question, mark, request = text.rpartition("?")
    if mark and "@" in request and not more_words_than(question, MAX_TIP_QUESTION_WORDS):
        # a request after a question may end in a full stop; quoted words are none
        request = request.lstrip(" :")
        if not _the_site_speaks(text):
            return False
    elif is_prose(text):
        return False
    else:
        request = text
    return (
        CONTACT_OPENING.match(request) is not None
        and EMAIL_ADDRESS.search(request) is not None
        and not more_words_than(request, MAX_CONTACT_WORDS)
    )


def _asks_to_write(text: str) -> bool:
    """A request to write or send that opens the line or a clause (``WRITING_REQUEST``)."""
    return WRITING_REQUEST.search(text) is not None


def _asks_for_support(text: str) -> bool:
    """A request for support that opens the line or a clause (``SUPPORT_REQUEST``), or "our"
    and the reader in one line ("Our journalism needs your support")."""
    return SUPPORT_REQUEST.search(text) is not None or (
        not OUR_WORDS.isdisjoint(text.split()) and PROMO_READER.search(text) is not None
    )


#: A request to join the site's channel on a messenger has at most this many words.
MAX_CHANNEL_WORDS = 15


def _channel_request(text: str) -> bool:
    """A request to join a channel on a messenger (``MESSENGER_CHANNEL``), as a site prints
    it at the edges: the request opens the line or a clause (:func:`_asks_the_reader`), in
    at most ``MAX_CHANNEL_WORDS`` words that make no sentence ("Iscriviti al canale
    WhatsApp del Giornale", "Rejoignez la chaîne WhatsApp du Journal").  With "our" it goes
    as a promotion however long; without, "Join the WhatsApp channel of the city council to
    get flood alerts." is a sentence and stays.

    >>> _channel_request("Iscriviti al canale WhatsApp del Giornale")
    True
    >>> _channel_request("Join the WhatsApp channel of the city council to get flood alerts.")
    False
    """
    return (
        _site_request(text, MESSENGER_STEMS, MESSENGER_CHANNEL, _asks_the_reader)
        and not more_words_than(text, MAX_CHANNEL_WORDS)
        and not is_prose(text)
    )


#: What a promotion of the site's newsletter or channel is called in the audit.
_PROMOTION = "promotion of the site's newsletter or channel"


#: A request to get the site's app has at most this many words.
MAX_APP_WORDS = 25


#: A subscription box's request for the reader's email address has at most this many words.
MAX_EMAIL_SIGNUP_WORDS = 40


def _email_signup(text: str) -> bool:
    """A subscription box's request for the reader's email address (``EMAIL_ENTRY``) to
    subscribe, follow or get notices (``SIGNUP_PURPOSE``, ``PROMO_ACTION``) or news
    (``INBOX_NEWS``), in at most ``MAX_EMAIL_SIGNUP_WORDS`` words quoting or reporting no
    one: "Enter your email address to subscribe to this blog and receive notifications of
    new posts by email.", "Um neue Beiträge per E-Mail zu erhalten, hier die
    E-Mail-Adresse eingeben.".  At the edges, where such a box stands; "Please enter your
    email address" alone asks for no news.

    >>> _email_signup("Enter your email address to subscribe to this blog and receive"
    ...               " notifications of new posts by email.")
    True
    >>> _email_signup("Please enter your email address.")
    False
    """
    if len(text) > MAX_SHORT_CHARS or not _names_email(text):
        return False  # most lines name no email: the cheap test first
    return (
        EMAIL_ENTRY.search(text) is not None
        and (
            SIGNUP_PURPOSE.search(text) is not None
            or PROMO_ACTION.search(text) is not None
            or INBOX_NEWS.search(text) is not None
        )
        and not more_words_than(text, MAX_EMAIL_SIGNUP_WORDS)
        and _the_site_speaks(text)
    )


def _app_pitch(text: str) -> bool:
    """A request to get the site's app, as a site prints it at the edges: an app
    (``APP_WORD``), a store or a phone's platform (``APP_PLATFORM``) and a request to
    download, get or install it (``PROMO_ACTION``, ``APP_GET``), in at most
    ``MAX_APP_WORDS`` words, quoting or reporting no one ("Get the Example News app for iOS
    and Android", "Laden Sie die App für iPhone und Android herunter").  A sentence only when
    it names the news the app brings ("For the latest stories download our apps for iOS and
    Android."): "Users can download the app for iOS and Android." is an article's words.

    >>> _app_pitch("Get the Example News app for iOS and Android")
    True
    >>> _app_pitch("Users can download the app for iOS and Android.")
    False
    """
    if len(text) > MAX_SHORT_CHARS or not (
        "iOS" in text
        or "ndroid" in text
        or "Store" in text
        or "Play" in text
        or "iPhone" in text
        or "iPad" in text
        or "Gallery" in text
    ):
        return False  # most lines name no store and no phone: the cheap test first
    return (
        APP_PLATFORM.search(text) is not None
        and APP_WORD.search(text) is not None
        and (PROMO_ACTION.search(text) is not None or APP_GET.search(text) is not None)
        and not more_words_than(text, MAX_APP_WORDS)
        and (not is_prose(text) or INBOX_NEWS.search(text) is not None)
        and _the_site_speaks(text)
    )


def _preferred_source(text: str) -> bool:
    """A button or a line that asks the reader to make the site a preferred source of
    Google's news (``PREFERRED_SOURCE``: the request opens the line; "Google" in it), at most
    ``MAX_FOLLOW_WORDS`` words, reporting no one's words.

    >>> _preferred_source("Add Example News as a preferred source on Google")
    True
    >>> _preferred_source("Fügen Sie Beispiel-Zeitung als bevorzugte Quelle bei Google hinzu")
    True
    >>> _preferred_source("Google now lets readers pick a preferred source on Google News.")
    False
    """
    return (
        "Google" in text
        and not more_words_than(text, MAX_FOLLOW_WORDS)
        and PREFERRED_SOURCE.match(text.lstrip(" •-–—»›▶►*")) is not None
        and REPORTED_SPEECH.search(text) is None
    )


def _follow_on_network(text: str) -> bool:
    """A line that asks the reader to follow someone on a social network, as a site prints
    it at the edges of its articles (``FOLLOW_ON_NETWORK``, at most ``MAX_FOLLOW_WORDS``
    words): the site's own account ("Follow BBC News on Twitter") or its author's.  Not a
    line that reports someone's words (``REPORTED_SPEECH``).

    >>> _follow_on_network("Follow BBC News on Twitter")
    True
    >>> _follow_on_network("Obserwuj nas na Facebooku")
    True
    >>> _follow_on_network("Follow the money on the ground")
    False
    """
    opening = text.split(None, 1)
    return (
        bool(opening)
        and opening[0].casefold() in FOLLOW_FIRST_WORDS
        and not more_words_than(text, MAX_FOLLOW_WORDS)
        and FOLLOW_ON_NETWORK.fullmatch(text.strip()) is not None
        and REPORTED_SPEECH.search(text) is None
    )


def _site_promotion(text: str) -> bool:
    """A promotion of the site's own newsletter, app or channel, as a site prints it at the
    edges of its articles ("Never miss a story: sign up to our newsletter today!", "Mit
    unserem Newsletter erhalten Sie ...", "Подпишитесь на наш канал в Telegram"), however
    it is worded.  At most ``MAX_PROMO_WORDS`` words, and either a newsletter that the line
    asks the reader to sign up for (``PROMO_ACTION``) or calls "our" speaking to the reader
    (``OUR_WORDS``, ``PROMO_READER``), or the site's "own" app, channel or podcast that the
    line asks the reader to download, join, follow, read, watch or listen to
    (``PROMO_OWN_CHANNEL``, ``PROMO_MEDIA_ACTION``): an article
    names an app or a channel for its own sake ("Users can download the app from Monday").
    Not a line that quotes or reports someone's words (``DOUBLE_QUOTES``,
    ``REPORTED_SPEECH``): the site is the one that promotes.

    >>> _site_promotion("Never miss a story: sign up to our free newsletter today!")
    True
    >>> _site_promotion("Our newsletter editor, Jane Doe, joined the company in 2019.")
    False
    >>> _site_promotion("Users can download the app from Monday.")
    False
    """
    if len(text) > MAX_PROMO_CHARS:
        return False
    if _news_to_the_inbox(text):
        return True
    # the cheap tests first, written out: they run on every line at the edges
    newsletter = (
        "ewsletter" in text
        or "EWSLETTER" in text
        or "ассылк" in text
        or "озсилк" in text
        or ("lert" in text and NEWS_ALERTS.search(text) is not None)  # "news alerts"
    )
    # "our" stands early in a promotion ("Join our channel", "Únete a nuestro canal"), or a
    # blogger's "my" ("Mit meinem Newsletter verpasst du keinen Artikel mehr")
    opening = text[:OUR_WITHIN].split()
    our = not OUR_WORDS.isdisjoint(opening) or (newsletter and not MY_WORDS.isdisjoint(opening))
    if not (newsletter or our) or any(mark in text for mark in DOUBLE_QUOTES):
        return False
    if newsletter and PROMO_ACTION.search(text) is None:
        promotion = our and PROMO_READER.search(text) is not None
    elif newsletter:
        # asked to sign up for a newsletter ("Residents can now sign up for the council's
        # newsletter" tells of one)
        promotion = _asks_the_reader(text)
    else:
        promotion = PROMO_OWN_CHANNEL.search(text) is not None and (
            PROMO_ACTION.search(text) is not None
            or PROMO_MEDIA_ACTION.search(text) is not None
            or _news_on_our_channel(text)
        )
    return (
        promotion
        and not more_words_than(text, MAX_PROMO_WORDS)
        and REPORTED_SPEECH.search(text) is None
    )


def _news_on_our_channel(text: str) -> bool:
    """The site's news on its own channel, without a verb: a line of at most
    ``MAX_CHANNEL_WORDS`` words that names news (``INBOX_NEWS``) and makes no sentence ("The
    most interesting news in our Telegram channel", "Все главные новости — в нашем
    телеграм-канале"); the caller found "our" and the channel."""
    return (
        INBOX_NEWS.search(text) is not None
        and not more_words_than(text, MAX_CHANNEL_WORDS)
        and final_char(text) != "."
        and not is_prose(text)
    )


#: The site's requests at the edges, however worded, each with what the audit calls it and
#: whether it needs one of ``_REQUEST_STEMS``: looked for in this order once no phrase or shape
#: matched.
_SITE_REQUESTS: tuple[tuple[Callable[[str], bool], str, bool], ...] = (
    (_site_promotion, _PROMOTION, False),
    (_app_pitch, "request to get the site's app", False),
    (_email_signup, "subscription box's request for the reader's email address", False),
    (_subscription_offer, "offer of a subscription", False),
    (_paywall_request, "paywall's request to subscribe", True),
    (_for_subscribers, "paywall's note that the article is for subscribers", True),
    (_support_pitch, "request to support the site's journalism", True),
    (_channel_request, "request to join a channel on a messenger", True),
    (_follow_on_network, "request to follow on a social network", False),
    (_preferred_source, "request to make the site a preferred source on Google", False),
    (_podcast_platforms, "request to listen to the site's podcast", True),
)
#: The stems of every request that is looked for only when its stems are there (and of the
#: letters to the editor): one look for any of them lets most lines at the edges skip all
#: six tests (3% of them hold one).
_REQUEST_STEMS = _fewest_stems(
    FULL_ACCESS_STEMS
    + SUBSCRIPTION_STEMS
    + JOURNALISM_STEMS
    + MESSENGER_STEMS
    + PODCAST_STEMS
    + LETTERS_STEMS
)
#: Those that an ASCII line may hold (two in three): most lines at the edges are ASCII.
_ASCII_REQUEST_STEMS = tuple(stem for stem in _REQUEST_STEMS if stem.isascii())


def _first_published(stripped: str) -> bool:
    """A note at the edges of an article that it was first published elsewhere ("This
    article was originally published on ...", "Dieser Beitrag erschien zuerst bei ...", in
    every language; at most ``MAX_EDGE_WORDS`` * 2 words), even as a sentence; or the note a
    blog's feed adds under each post (:func:`_feed_footer`).  A wire story's credit line,
    "Reporting by Jane Doe; Editing by John Smith", stays: the evaluation's gold keeps it as
    the article's own.

    >>> _first_published("This story was originally published on March 3, 2031.")
    True
    >>> _first_published("The post Storm closes coast road appeared first on Example News.")
    True
    >>> _first_published("The story first appeared to be a hoax, police said.")
    False
    """
    first = stripped.split(None, 1)[0].casefold() if stripped else ""
    if first in FEED_FOOTER_OPENINGS and _feed_footer(stripped):
        return True
    return (
        first in FIRST_PUBLISHED_OPENINGS
        and FIRST_PUBLISHED.match(stripped) is not None
        and not more_words_than(stripped, MAX_EDGE_WORDS * 2)
        and REPORTED_SPEECH.search(stripped) is None  # someone's words about it
    )


def _feed_footer(stripped: str) -> bool:
    """The note that a blog's feed adds under each post (``FEED_FOOTER``): "The post <title>
    appeared first on <site>.", in every language, as the feed reader or spider saved it
    with the post.  The title may not open with a lower-case word, and the site's name is
    short, so that a sentence of the article stays.

    >>> _feed_footer("The post by the mayor appeared first on Facebook.")
    False
    >>> _feed_footer("The post appeared first on Facebook, where it was shared 2,000 times.")
    False
    """
    found = FEED_FOOTER.fullmatch(stripped)
    return (
        found is not None
        and not found["title"][:1].islower()
        and not more_words_than(found["site"], FEED_SITE_WORDS)
    )


def _form_field(text: str) -> bool:
    """The label of a field of a comment form, marked as a label (``FORM_FIELD``), as the
    form stands after the last paragraph: "Your name:", "Email address: *(We won't publish
    this.)", "Ihr Kommentar:".  Only in the tail: in the body a label leads into its text
    ("Location:" + the place).  By its words, anywhere in the tail; :func:`_is_form_label`
    judges the last line by its place, whatever its words, but only a label ending in a colon.

    >>> _form_field("Your e-mail: *(It will not be shown.)"), _form_field("Name")
    (True, False)
    """
    stripped = text.strip()
    return stripped[-1:] in ":*)" and FORM_FIELD.fullmatch(stripped) is not None


#: A form in the body has at least so many field labels in a row.
MIN_FORM_FIELDS = 2
#: A label of a form's field, with its note, has at most so many characters ("Your email
#: address: *(We won't publish this.)" has 45).
MAX_FORM_LABEL_CHARS = 100


class _FormFields:
    """The labels of a form's fields in a text (:func:`_form_label`), found once per run of
    the rule, and which of them stand in a row: only blank lines or lines that went between
    them.  Lines only go while the rule runs, so the look between two labels goes on from
    where it stopped: all the looks of a run read each line once (20,000 paragraphs at the
    end, each walked up alone, cost no second pass over the text each)."""

    def __init__(self, doc: Document) -> None:
        self.lines = doc.lines
        self.at = [index for index, line in enumerate(doc.lines) if _form_label(line.text)]
        # per pair of labels next to each other in the list: the first line between them
        # not yet known to be blank or gone
        self.seen = [index + 1 for index in self.at[:-1]]

    def runs(self) -> list[list[Line]]:
        """The labels grouped in runs of labels in a row."""
        runs: list[list[Line]] = []
        for pair, index in enumerate(self.at):
            if pair and self._in_a_row(pair - 1):
                runs[-1].append(self.lines[index])
            else:
                runs.append([self.lines[index]])
        return runs

    def _in_a_row(self, pair: int) -> bool:
        end = self.at[pair + 1]
        index = self.seen[pair]
        while index < end and (self.lines[index].blank or self.lines[index].removed):
            index += 1
        self.seen[pair] = index
        return index == end


def _form_label(text: str) -> bool:
    """A label of a form's field (:func:`_form_field`) or a bare one with a colon
    (``BARE_FORM_FIELD``: "Email address:"), as a run of them has."""
    if len(text) > MAX_FORM_LABEL_CHARS or text.rstrip()[-1:] not in (":", "*", ")"):
        return False  # the cheap tests first: most lines are longer, or end otherwise
    return _form_field(text) or BARE_FORM_FIELD.fullmatch(text.strip()) is not None


#: The families whose phrase opens a breadcrumb: the home page or a section.
_CRUMB_OPENERS = frozenset({"navigation", "section"})


def _breadcrumb_at_end(text: str, languages: tuple[str, ...]) -> bool:
    """A breadcrumb after the last paragraph: three or more crumbs, each a label, the first
    the home page or a section ("Home › News › Local", "Главная / Общество / Транспорт").
    In the head ``extract_section`` takes a breadcrumb; a shorter one at the end may be a
    comparison ("Income > expenses").

    >>> _breadcrumb_at_end("Home › News › Local", ("en",))
    True
    >>> _breadcrumb_at_end("Red / Green / Blue", ("en",))
    False
    """
    crumbs = breadcrumb_parts(text.strip())
    return (
        crumbs is not None
        and len(crumbs) >= 3
        and is_label(crumbs[-1])  # breadcrumb_parts asks it of the others
        and LEXICONS.match(crumbs[0], languages, _CRUMB_OPENERS) is not None
    )


def _affiliate_disclosure(text: str) -> bool:
    """A site's disclosure of its affiliate links ("As an Amazon Associate I earn from
    qualifying purchases.", "Dieser Artikel enthält Affiliate-Links. Wenn du darüber kaufst,
    erhalten wir eine Provision.", "Les liens affiliés ..."): at most twice ``MAX_PROMO_WORDS``
    words that name the program in its standard text (``AFFILIATE_PROGRAM``) or say so
    (``AFFILIATE_DISCLOSURE``), not in quotation marks or reported; a sentence of the second
    kind only in the site's voice (:func:`_in_the_sites_voice`): "The retailer will stop
    paying for affiliate links from June." is news.

    >>> _affiliate_disclosure("As an Amazon Associate we earn from qualifying purchases.")
    True
    >>> _affiliate_disclosure("The club is affiliated with the national federation.")
    False
    >>> _affiliate_disclosure("The retailer will stop paying bloggers for affiliate links.")
    False
    """
    if len(text) > MAX_PROMO_CHARS * 2 or not (
        # what every disclosure holds one of ("affiliate", "affiliés", "afiliados", "Partner",
        # "Associate", "commission", "compensation", "Provision", "партнёрские"), written
        # out: this runs on every line at the edges
        "fili" in text
        or "FILI" in text
        or "artner" in text
        or "ssociate" in text
        or "ommission" in text
        or "ompensation" in text
        or "rovision" in text
        or "артн" in text
    ):
        return False
    return (
        not more_words_than(text, MAX_PROMO_WORDS * 2)
        and _the_site_speaks(text)
        and (
            AFFILIATE_PROGRAM.search(text) is not None
            or (
                AFFILIATE_DISCLOSURE.search(text) is not None
                and (not is_prose(text) or _in_the_sites_voice(text))
            )
        )
    )


def _strong_in_body(family: str, phrase: str) -> bool:
    """In the body a phrase must be a prefix form, several words, an ad label or a word with a
    machine plural ("comment(s)": only a counter is written so): a single word such as
    "Share" or "Video" may be a subheading there.
    """
    return family == "advertising" or phrase.endswith(("*", "(s)")) or " " in phrase


#: How a paragraph goes on from the dateline before it: "– Although ...".
DATELINE_DASHES = frozenset({"- ", "– ", "— "})


#: Lower-case words that may stand between the names of a byline.
NAME_JOINERS = frozenset(
    {
        "and",
        "und",
        "et",
        "y",
        "e",
        "i",
        "и",
        "і",
        "de",
        "van",
        "von",
        "der",
        "da",
        "di",
        "du",
        "la",
        "le",
        "dos",
        "del",
    }
)

#: Words that put a place after the names of a byline: "By Jane Doe in Sydney", "Von Anna
#: Muster aus Berlin", "Par Marie Dupont à Paris", "Por Ana López en Madrid".
PLACE_JOINERS = frozenset({"in", "aus", "à", "en", "em", "w"})

#: Words that put a time after the names of a byline: "Posted by Jane Doe at 10:32 AM",
#: "Von Anna Muster um 10:32 Uhr", "Por Juan Pérez a las 10:32".  Not a date ("Posted by
#: Jane Doe on March 3, 2031"): CleanEval's gold keeps a blog's post header as text.
TIME_JOINERS = frozenset({"at", "um", "à", "a", "alle", "às", "o", "в", "о"})

#: The families of the labels that may stand over the headline: a medium's ("VIDEO:") and a
#: breadcrumb's ("Sie sind hier:").
_HEADLINE_LABELS = frozenset({"credit", "navigation"})
#: The double quotation marks as one string, to strip.
_QUOTE_MARKS = "".join(DOUBLE_QUOTES)
#: A label that an extractor split from its line ("Source:" + "Reuters", "Last Updated:" +
#: a date) is never longer.
MAX_SPLIT_LABEL_CHARS = 40

#: Added to the families a head line ending in a colon may match: the label of a breadcrumb
#: ("Sie sind hier:") stands alone there once the extractor split off its crumbs.
_NAVIGATION = frozenset({"navigation"})

#: Families whose phrases may end in a colon as a whole line ("Read also:", "Tags:"): the
#: header of a list of links.  Other phrases with a colon are a lead-in to content ("Contact:").
COLON_FAMILIES = frozenset({"related", "tags", "share", "subscribe", "feedback", "advertising"})


def _all_cells(row: str) -> list[str]:
    """Every cell of a row that starts with a bar, the empty ones too, without their spaces:
    ``"| a | | b |"`` has ``["a", "", "b"]``."""
    inner = row[1:-1] if row.endswith("|") else row[1:]
    return [cell.strip() for cell in inner.split("|")]


def _lone_cell(stripped: str, cells: list[str]) -> str | None:
    """The text of a table row with one cell of words ("| © 2008 Example |", "| • | Story |",
    "14.05.2031 | 3 Kommentare"), or None (several cells with words, or nothing to unwrap).
    ``stripped`` is the row without white space at its ends, ``cells`` its :func:`_cells`.

    >>> row = "| • | Posted: 10 Jan 2008 |"
    >>> _lone_cell(row, table_cells(row)), _lone_cell("| 3 | 4 |", ["3", "4"]) is None
    ('Posted: 10 Jan 2008', True)
    """
    found = None
    for cell in cells:
        if LETTER.search(cell):
            if found is not None:
                return None  # two cells with words: a row of a table
            found = cell
    return None if found == stripped else found


#: Cells that mark an item of a link list in a layout table (numbers and quotation marks
#: are not among them: "| 3. | Chapter title |", "| “ | A quote. |" are text).
_BULLETS = frozenset("»›•·◦▪■→>*-–")


def _bullets_off(cells: list[str]) -> list[str]:
    """``cells`` when it is one cell; the one cell that is not a bullet or an arrow ("»",
    "•", "-") when all the others are; else an empty list.

    >>> _bullets_off(["»", "Servers"]), _bullets_off(["Name", "Team"]), _bullets_off(["3.", "x"])
    (['Servers'], [], [])
    """
    if len(cells) == 1:
        return cells
    words = [cell for cell in cells if cell not in _BULLETS]
    return words if len(words) == 1 else []


def _short_cells(cells: list[str]) -> bool:
    return all(LETTER.search(cell) and not more_words_than(cell, 4) for cell in cells)


def _layout_cells(cells: list[str]) -> bool:
    """Cells of a layout table ("| Business |", "| Top | Back | Printable version |"), not
    of a data table: no digits (amounts, results) and no "Label:" cell (key and value).
    A lone cell may hold a year ("| 2031 Results |", "| May 2031 |"): a row of one cell is
    no data table, and a year names a page of an archive, not an amount.
    """
    lone = len(cells) == 1
    return (
        0 < len(cells) <= 6
        and _short_cells(cells)
        and not any(
            (DIGIT.search(cell) and not (lone and _only_years(cell)))
            or cell.endswith(":")
            or is_prose(cell)
            for cell in cells
        )
    )


def _only_years(cell: str) -> bool:
    """True when every figure in ``cell`` is a year or part of a date ("Draft 2031",
    "Tuesday, May 13, 2031"), not a score or a number ("Harbour 2 Rovers 1", "Clubs1").

    >>> _only_years("Draft 2031"), _only_years("May 13, 2031"), _only_years("Figure 1 results")
    (True, True, False)
    """
    if not YEAR.search(cell):
        return False
    rest = YEAR.sub("", cell)
    return all(
        len(number) <= 2 and not word[:1].isalpha()
        for word in rest.split()
        for number in NUMBER.findall(word)
    )


def _menu_row(stripped: str, cells: list[str], languages: tuple[str, ...]) -> bool:
    """A row of a layout table used as a menu, however many cells it has: three or more
    short cells of words without figures, with a navigation phrase among them or spaced
    out by at least as many empty cells ("| Home | | | UK | | | Business | | | Audio |").
    A row of a data table has figures, or no empty cells between its words.

    >>> _menu_row("| Home | | UK | | Business |", ["Home", "UK", "Business"], ("en",))
    True
    >>> _menu_row("| Name | Team | Position |", ["Name", "Team", "Position"], ("en",))
    False
    """
    words = [cell for cell in cells if LETTER.search(cell)]
    if len(words) < 3 or not _short_cells(words) or any(DIGIT.search(cell) for cell in words):
        return False
    if any(LEXICONS.match(cell, languages, ("navigation",)) for cell in words):
        return True
    empty = sum(1 for cell in _all_cells(stripped) if not cell)
    return empty >= len(words)


#: A run of menu items one to a line has at least so many lines, each of at most so many
#: words.
MENU_ITEM_RUN = 3
MENU_ITEM_WORDS = 12


def _menu_item(text: str) -> bool:
    """A link of a menu on a line of its own with the bar that joined it to the next: one
    cell of words, no sentence ("City Hospital - Chest Clinic |").

    >>> _menu_item("City Hospital - Chest Clinic |"), _menu_item("| A | B |")
    (True, False)
    """
    if "|" not in text:  # most lines: the cheap test first
        return False
    stripped = text.strip()
    if not stripped.endswith("|") or stripped.startswith("|"):
        return False
    item = stripped[:-1]
    return (
        "|" not in item
        and LETTER.search(item) is not None
        and not more_words_than(item, MENU_ITEM_WORDS)
        and not is_prose(item)
    )


#: Links joined by slashes on one line are at most so many ("Terms of Use/Privacy Policy").
MAX_SLASHED_LINKS = 4


def _dotted(text: str) -> bool:
    """True when ``text`` holds a middle dot or a bullet, which may join links or parts."""
    return "·" in text or "•" in text


def _link_menu(stripped: str, zone: str) -> bool:
    """A menu written inside a table cell, or with middle dots or bullets between its links:
    a cell of three or more short links (at the edges also a :func:`_long_menu`), any other
    cell of at most four words (``| HOME \\| PEOPLE \\| MOVIES |``, ``| Home · Weather · News
    |``).  Dots and bullets count in a table row or at the edges only (in the body they may
    join a list's items).

    >>> _link_menu(r"| 19 Jan 2008 | View all news \\| Send to a friend \\| Print |", "body")
    True
    >>> _link_menu("Salt · Pepper · Oil", "body"), _link_menu("Salt · Pepper · Oil", "tail")
    (False, True)
    """
    if "\\|" not in stripped:
        dots = _dotted(stripped)
        in_table = stripped.startswith("|") or stripped.endswith("|")
        if not (dots and (in_table or zone != "body")):
            return False
    menus = 0
    for cell in filter(None, map(str.strip, OUTER_BAR.split(stripped))):
        links = [link for link in map(str.strip, LINK_SEPARATOR.split(cell)) if link]
        if (len(links) >= 3 and _short_cells(links)) or (zone != "body" and _long_menu(links)):
            menus += 1
        elif more_words_than(cell, 4) or is_prose(cell):
            return False  # a cell of text beside the menu: the row is not only navigation
    return menus > 0


def _long_menu(links: list[str]) -> bool:
    r"""A long menu in a cell that carries a few longer links, at the edges: five or more
    links, three in four of them short, none a sentence or longer than fifteen words
    (``Home \| About Us \| Contact \| Privacy Policy © 2008 Example Media, Inc. \| RSS``).
    """
    if len(links) < 5:
        return False
    short = sum(1 for link in links if _short_cells([link]))
    return 4 * short >= 3 * len(links) and not any(
        more_words_than(link, 15) or is_prose(link) for link in links
    )


def _is_byline(text: str) -> bool:
    """True for "By Jane Doe", "By JANE DOE and Max Muster, Staff Writers", "By JANE DOE -
    Associated Press Writer", "By Jane Doe in Sydney": the names before any comma or dash are
    capitalised ("By all available evidence" is a sentence).  A line ending in a colon leads
    into what follows ("Da Vinci Code:"), and is no byline.

    >>> _is_byline("By Jane Doe in Sydney"), _is_byline("Da Vinci Code:")
    (True, False)
    """
    found = BYLINE.match(text)
    if found is None or text[-1] == ":" or more_words_than(text, 10) or is_prose(text):
        return False
    names = BYLINE_END.split(text[found.end() - 1 :], maxsplit=1)[0].split()
    for at, word in enumerate(names):
        if word in TIME_JOINERS and at and any(DIGIT.search(rest) for rest in names[at + 1 :]):
            names = names[:at]  # "Posted by Jane Doe at 10:32 AM": the time of the post
            break
    if len(names) > 3 and names[-2] in PLACE_JOINERS:
        names = names[:-2] + names[-1:]  # "Jane Doe in Sydney": the place is capitalised too
    if all(word.casefold() in DATE_WORDS for word in names):
        return False  # "By Monday, ...": a time, not a name
    # a brand may be written in lower case with a figure: "By g1 Newsroom", "Por Redação g1"
    return all(
        word[0].isupper()
        or word in NAME_JOINERS
        or word in LOWER_CASE_AGENCIES
        or (DIGIT.search(word) and LETTER.search(word))
        for word in names
    )


#: The words that open the category line of a related post, in the blogs' languages.
_CATEGORY_OPENINGS = ("In ", "Dans", "En ", "Em ", "W ", "В ", "У ")


def _related_label_of_words(family: str, phrase: str) -> bool:
    """True for a related label of two or more words before its colon ("read also:*",
    "czytaj także:*", "читайте также:*"): no sentence opens with it, as one may open with
    "Watch:" or "Mira:".

    >>> _related_label_of_words("related", "read also:*")
    True
    >>> _related_label_of_words("related", "watch:*")
    False
    """
    return family == "related" and len(phrase[:-2].split()) > 1


#: A line that opens with a one-word credit ("фото *") and has more words than this, ending
#: in a full stop, is a sentence about the picture, not its credit; one that opens with a
#: link's words without a colon ("more from *") is a sentence with more words than the second.
MAX_BARE_CREDIT_WORDS = 4
MAX_BARE_LINK_WORDS = 5


def _sentence_after_a_bare_opening(family: str, phrase: str, text: str) -> bool:
    """True when ``phrase`` is an opening with no colon, of one word for a credit ("фото*",
    the entry ``фото *``) or of any length for a link to related pages ("more from*"), and
    ``text`` goes on into a sentence ending in a full stop: of more than
    ``MAX_BARE_CREDIT_WORDS`` words after a credit, more than ``MAX_BARE_LINK_WORDS`` after
    a link ("Weitere Artikel aus der Region." is still one).  A credit names its source
    ("Фото ТАСС", "Фото Ивана Петрова", "Фото из открытых источников") and a link names a
    site, a section or a person ("More from Example News"); they seldom end in a full stop.
    The credits that do are worded otherwise and have entries of their own ("фото
    предоставлено *"), and a link in the site's voice (:func:`_in_the_sites_voice`: "More
    from our politics desk.") is one whatever its end.

    >>> _sentence_after_a_bare_opening("credit", "фото*", "Фото сделано в 2019 году.")
    True
    >>> _sentence_after_a_bare_opening("credit", "фото*", "Фото из открытых источников")
    False
    >>> _sentence_after_a_bare_opening("credit", "photo by*", "Photo by Jane Doe for the Daily.")
    False
    >>> _sentence_after_a_bare_opening("related", "more from*", "More from the council on Monday.")
    True
    >>> _sentence_after_a_bare_opening("related", "read also:*", "Read also: Fares rise in May.")
    False
    """
    opening = phrase[:-1]
    return (
        phrase.endswith("*")
        and not opening.endswith(":")
        and text.rstrip().endswith(".")
        and (
            (
                family == "credit"
                and " " not in opening
                and more_words_than(text, MAX_BARE_CREDIT_WORDS)
            )
            or (
                family == "related"
                and more_words_than(text, MAX_BARE_LINK_WORDS)
                and not _in_the_sites_voice(text)
            )
        )
    )


#: A request to click a link has at most so many words.
MAX_CLICK_WORDS = 15
#: What such a request is, in the audit.
_CLICK = "request to click a link"
#: What may stand before such a request: dashes, bullets, arrows.
_LEADING_MARKS = "-–—•·*»>›|#~ "
#: How such a request may open: the first letter of one of its first words
#: (``CLICK_FIRST_WORDS``), or a mark before it (one look at a character lets most lines go).
_CLICK_INITIALS = (
    frozenset(word[0] for word in CLICK_FIRST_WORDS)
    | frozenset(word[0].upper() for word in CLICK_FIRST_WORDS)
    | frozenset(_LEADING_MARKS)
)


#: The label of a video or a gallery is at most so long ("Veja as fotos", "Смотрите видео").
MAX_MEDIA_PROMPT_CHARS = 40
MAX_MEDIA_PROMPT_WORDS = 4


def _media_prompt(text: str) -> bool:
    """The label of a video or a gallery that the extractor dropped, on a line of its own:
    two to four words of ``MEDIA_PROMPT_WORDS``, a verb to watch and a medium ("Watch the
    video", "Video ansehen", "Voir les photos", "Veja o vídeo", "Смотрите видео"), or a
    medium and "material" ("Video material", "Materiał wideo").  Anywhere: no article says
    only that.

    >>> _media_prompt("Watch the video"), _media_prompt("Materiał wideo")
    (True, True)
    >>> _media_prompt("Watch the skies"), _media_prompt("Video")
    (False, False)
    """
    if len(text) > MAX_MEDIA_PROMPT_CHARS:
        return False
    first = text.split(None, 1)[0].casefold() if text else ""
    if first not in MEDIA_PROMPT_WORDS:
        return False  # most short lines: one look-up
    words = LETTER_WORD.findall(text.casefold())
    if not 1 < len(words) <= MAX_MEDIA_PROMPT_WORDS or not MEDIA_PROMPT_WORDS.issuperset(words):
        return False
    return not MEDIA_WORDS.isdisjoint(words) and not (
        WATCH_WORDS.isdisjoint(words) and MATERIAL_WORDS.isdisjoint(words)
    )


#: An embedded post's credit has at most so many words.
MAX_EMBED_CREDIT_WORDS = 14


def _social_embed_credit(text: str) -> bool:
    """The credit that an embedded Instagram post leaves on a line of its own
    (``SOCIAL_EMBED_CREDIT``, at most ``MAX_EMBED_CREDIT_WORDS`` words): "Публикация от
    Иван Петров (@ivanpetrov)", "Un post condiviso da Mario Rossi (@mariorossi)".  A
    sentence that names a handle is the article's ("She answered on Twitter (@janedoe).").

    >>> _social_embed_credit("Публикация от Иван Петров (@ivanpetrov)")
    True
    >>> _social_embed_credit("— Jane Doe (@janedoe) March 14, 2031")
    False
    """
    return (
        "(@" in text
        and not more_words_than(text, MAX_EMBED_CREDIT_WORDS)
        and SOCIAL_EMBED_CREDIT.fullmatch(text) is not None
    )


def _click_here(stripped: str) -> bool:
    """A request to click or tap a link and what the click is for, nothing else
    (``CLICK_HERE``, at most ``MAX_CLICK_WORDS`` words, quoting or reporting no one): "Click
    here for details", "Cliquez ici pour vous abonner", "Нажмите здесь, чтобы посмотреть
    видео".  "Click here! We need a home today." says more, and so do "Click here to win a
    prize, the scam emails promised." and "Press here and the door opens.", which stay.

    >>> _click_here("Pincha aquí para ver el vídeo"), _click_here("Click here! We need a home.")
    (True, False)
    """
    if stripped[:1] not in _CLICK_INITIALS:
        return False  # most lines: one look at a character
    opening = stripped.lstrip(_LEADING_MARKS).split(None, 1)  # "-- Click here for more"
    if not opening or opening[0].casefold() not in CLICK_FIRST_WORDS:
        return False
    if more_words_than(stripped, MAX_CLICK_WORDS) or not CLICK_HERE.fullmatch(stripped):
        return False
    return ". " not in stripped and _the_site_speaks(stripped)


def _without_magnitude(text: str) -> str:
    """``text`` without the magnitude of a count that opens it ("1.2K views" as "1.2
    views"), so that the count's phrase matches as the lexicons write it ("views").

    >>> _without_magnitude("1.2K views"), _without_magnitude("3 Kings")
    ('1.2 views', '3 Kings')
    """
    if not text[:2].strip()[:1].isdigit():
        return text  # most lines: no figure first
    found = COUNT_MAGNITUDE.match(text)
    if found is None:
        return text
    return text[: found.start(1)] + text[found.end(1) :]


#: A widget's note that it is loading has at most this many words.
MAX_LOADING_WORDS = 5


def _loading_note(stripped: str) -> bool:
    """A widget's note that its content is loading (``LOADING_NOTE``, at most
    ``MAX_LOADING_WORDS`` words, ending in dots): "Loading weather data ...", "Caricamento
    in corso...".  "Loading bays close at noon." is no note.

    >>> _loading_note("Chargement en cours..."), _loading_note("Loading bays close at noon.")
    (True, False)
    """
    return (
        stripped.endswith(("...", "…"))
        and not more_words_than(stripped, MAX_LOADING_WORDS)
        and LOADING_NOTE.fullmatch(stripped) is not None
    )


def _related_category(stripped: str) -> bool:
    """The category of a related post under its title and date, alone on a line: "In
    "Transport"" (``RELATED_CATEGORY``).

    >>> _related_category('In "Transport"'), _related_category('In "Hamlet", the king dies.')
    (True, False)
    """
    return (
        stripped.startswith(_CATEGORY_OPENINGS) and RELATED_CATEGORY.fullmatch(stripped) is not None
    )


def _hashtags(text: str) -> bool:
    """True for a line of hashtags only ("#news #Samara"), not a heading in Markdown ("#
    Title", "## Notes") or a number ("#1").

    >>> _hashtags("#новости #Самара"), _hashtags("# Title"), _hashtags("#1 #2")
    (True, False, False)
    """
    return all(word[:1] == "#" and LETTER.match(word, 1) is not None for word in text.split())


#: The newsroom's credit in brackets under a German or Polish story: "(red)", "(red.)".
_EDITORS_CODES = frozenset(("red", "red."))


def _agency_credit(text: str) -> bool:
    """A short line that credits a news agency: a name in capitalised words, then the agency
    ("Le Monde avec AFP", "Example Times with Reuters"), or the agency alone after the word
    for "with", maybe in brackets ("(mit dpa)", "Com Agência Brasil"), or an agency's desk
    code, "dpa/lno".

    >>> _agency_credit("Le Monde avec AFP"), _agency_credit("dpa/lno"), _agency_credit("(mit dpa)")
    (True, True, True)
    >>> _agency_credit("Avec l'AFP"), _agency_credit("dpa/AFP/jm"), _agency_credit("(red)")
    (True, True, True)
    >>> _agency_credit("and/or")
    False
    >>> _agency_credit("He now works with Reuters")
    False
    """
    if len(text) > MAX_AGENCY_CREDIT_CHARS:
        return False
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()
        if text in _EDITORS_CODES:
            return True  # "(red)": the newsroom's own credit, in brackets
    if (
        "/" in text
        and AGENCY_CODE.fullmatch(text)
        and not AGENCY_NAMES.isdisjoint(part.casefold() for part in text.split("/"))
    ):
        return True
    last = text[text.rfind(" ") + 1 :]
    if last not in AGENCY_LAST_WORDS and last[2:] not in AGENCY_LAST_WORDS:
        return False  # most lines: one look-up instead of a search ("l'AFP": after the article)
    found = AGENCY_CREDIT.search(text)
    return (
        found is not None
        and not more_words_than(text, 6)
        and all(word[:1].isupper() for word in text[: found.start()].split())
    )


#: The reason of a photo's credit on a line of its own.
_PHOTO_CREDIT = "photo credit (agency and photographer)"


def _photo_credit(stripped: str) -> bool:
    """A photo's credit on a line of its own, wherever it stands: an agency or a picture
    library (``PHOTO_AGENCIES``) and the photographer's name, or two agencies, between
    slashes, bars or "via" ("AP Photo/Jane Doe", "REUTERS/Jane Doe", "Jane Doe / AFP",
    "picture alliance/dpa | Anna Muster", "AFP via Getty Images"), maybe in brackets, or a
    photo credited to an agency alone (:func:`_agency_photo`).  A name has two to four
    capitalised words, so that a poll's or a study's two sources stay ("Reuters/Ipsos").

    >>> _photo_credit("AP Photo/Jane Doe"), _photo_credit("(Иван Петров / ТАСС)")
    (True, True)
    >>> _photo_credit("Reuters/Ipsos"), _photo_credit("Input/output")
    (False, False)
    >>> _photo_credit("Photo PAP/Leszek Szymański"), _photo_credit("Illustrative photo AFP")
    (True, True)
    >>> _photo_credit("picture alliance | Anna Muster"), _photo_credit("Home | News | Sport")
    (True, False)
    """
    if len(stripped) > MAX_PHOTO_CREDIT_CHARS:
        return False  # most lines
    if "/" not in stripped and "|" not in stripped and " via " not in stripped:
        return _agency_photo(stripped)
    if stripped[:1] in "([" and stripped[-1:] in ")]":
        stripped = stripped[1:-1].strip()
    # a word for a photo may stand before the agency, without a colon as machine translation
    # writes "Fot. PAP/..." ("Photo PAP/Leszek Szymański")
    stripped = PHOTO_WORD.sub("", stripped, count=1)
    parts = PHOTO_CREDIT_SEPARATOR.split(stripped)
    if not 2 <= len(parts) <= 3:
        return False
    agencies = 0
    for part in parts:
        if " ".join(part.casefold().split()) in PHOTO_AGENCIES:
            agencies += 1
        elif not _photographer(part):
            return False
    return agencies > 0  # every other part is a name


def _agency_photo(stripped: str) -> bool:
    """A photo credited to an agency alone, on a line of its own wherever it stands: a word
    for a photo with at most two words around it and the agency last (``PHOTO_OF_AGENCY``:
    "Illustrative photo AFP", as machine translation writes "Photo d'illustration AFP",
    "Foto de archivo EFE").

    >>> _agency_photo("Illustrative photo AFP"), _agency_photo("Photo agency AFP opens office")
    (True, False)
    """
    return (
        stripped[stripped.rfind(" ") + 1 :] in AGENCY_LAST_WORDS  # one look-up: most lines
        and PHOTO_OF_AGENCY.fullmatch(stripped) is not None
    )


def _photographer(part: str) -> bool:
    """Two to four capitalised words: a person's name in a photo credit."""
    words = part.split()
    return 2 <= len(words) <= 4 and all(NAME_WORD.fullmatch(word) for word in words)


#: The role after a name in a byline without "By" has at most so many words ("Korrespondent
#: in Brüssel").
MAX_ROLE_WORDS = 6


def _name_and_role(text: str) -> bool:
    """A byline without "By": a person's name (``PERSON_NAME``), a comma and a reporter's role
    (``AUTHOR_ROLE``) in at most ``MAX_ROLE_WORDS`` words without figures, as the head of an
    article prints it: "Jane Doe, Political Correspondent", "Max Muster, Korrespondent in
    Brüssel", "Иван Петров, корреспондент".  "Jane Doe, a reporter for 20 years, looks back"
    is a sentence.

    >>> _name_and_role("Jane Doe, Political Correspondent")
    True
    >>> _name_and_role("Jane Doe, a reporter for 20 years, looks back")
    False
    """
    name, comma, role = text.partition(", ")
    return (
        bool(comma)
        and role[-1:] not in ".!?:;,"
        and PERSON_NAME.fullmatch(name) is not None
        and not more_words_than(role, MAX_ROLE_WORDS)
        and "," not in role
        and DIGIT.search(role) is None
        and AUTHOR_ROLE.search(role) is not None
    )


def _is_staff_credit(text: str) -> bool:
    """A short line that ends in a staff role or names a news agency: "Washington Post Staff
    Writer", "Example News Service"."""
    if text[-1:] in "eE":
        if text[-7:].casefold() != "service":
            return False  # many lines end in "e": look no further on most of them
    elif text[-1:] not in "rsRS":
        return False
    if more_words_than(text, 8):
        return False
    found = STAFF_CREDIT.search(text)
    if found is None:
        return False
    # an agency is a name: "He left the news service" is the end of a sentence
    return not found.group().casefold().endswith("service") or all(
        word[:1].isupper() for word in text.split()
    )


def _is_date_line(text: str) -> bool:
    """A date or time and nothing else: "12 March 2024, 10:32", "Updated: Monday 5 May";
    not the number of a list item ("10.") or a phone number ("+44 20 7946 2018"), nor a
    line of times alone, a timetable's ("6:30, 7:00, 7:30").

    >>> _is_date_line("12 March 2024, 10:32"), _is_date_line("6:30, 7:00, 7:30, 8:00")
    (True, False)
    >>> _is_date_line("Mon 9:00-17:00")
    False
    """
    if not DIGIT.search(text) or LIST_NUMBER.fullmatch(text) or PHONE_NUMBER.match(text):
        return False
    if _closes_a_bracket(text):
        return False
    words = 0
    for words, word in enumerate(LETTER_WORD.finditer(text), start=1):
        if words > 12 or word.group().casefold() not in DATE_WORDS:
            return False
    if not words and len(CLOCK_TIME.findall(text)) > 1:
        return False  # times alone, several of them: a timetable ("6:30, 7:00, 7:30")
    if TIME_RANGE.search(text) is not None:
        return False  # opening hours ("Mon 9:00-17:00"): a page's time is one time
    # Figures alone are a date only with a year, a time or a date in figures, or as a week
    # of a calendar widget.
    return bool(words or DATE_FIGURES.search(text) or _is_calendar_week(text))


#: Words frequent in English and German prose, rare in the other languages: text in which
#: they are frequent writes its headlines in title case or capitalises its nouns.
_TITLE_CASE_WORDS = frozenset(
    {"the", "of", "and", "is", "was", "for", "with", "der", "die", "das", "und", "ist", "mit"}
)


def _title_case_text(lines: list[Line]) -> bool:
    """True when the first 200 words of ``lines`` read as English or German: one word in
    twenty or more is one of ``_TITLE_CASE_WORDS``.  There, two or three capitalised words
    may be a headline ("Mending Winter Coats") or a noun phrase, not only a name.
    """
    words: list[str] = []
    for text in dict.fromkeys(line.text for line in lines):  # a later rule drops repeats
        words.extend(text.casefold().split())
        if len(words) >= 200:
            break
    return 20 * sum(word in _TITLE_CASE_WORDS for word in words[:200]) >= len(words[:200])


def _byline_part(text: str) -> bool:
    """True when ``text`` may be a line of a byline block: short, and with a figure, an
    opening "By", or a name or credit alone (the cheap tests; the block's lines are then
    matched as shapes)."""
    if len(text) > MAX_EDGE_CHARS:
        return False
    stripped = text.strip()
    return bool(
        DIGIT.search(stripped)
        or BYLINE.match(stripped)
        or PERSON_NAME.fullmatch(stripped)
        or _is_staff_credit(stripped)
        or _agency_credit(stripped)
    )


def _dated(stripped: str) -> bool:
    """True for a line that the date shapes remove: a date line, a date and its author, a
    source and a date."""
    return _is_date_line(stripped) or _date_and_author(stripped) or _source_and_date(stripped)


def _source_and_date(text: str) -> bool:
    """A date line and a short name on one line, a bar, a dash, a middle dot or a bullet
    between them: "Associated Press - January 2, 2031 7:33 AM ET", "Posted by: jim | 14
    January 2031", "| Sport | Friday, Jan 11, 2031 |", "Jane Doe · March 14, 2031"; or the
    name first, then the date and the time after two dashes ("Madrid - 14 mar 2031 - 10:12
    CET"), or three or four parts between bars, dots or bullets (:func:`_names_and_dates`).
    The date has a year, and a day or a time ("| Example Review | May 2031 |" names an issue
    of a periodical, "| 7:00 PM | Dinner |" is a row of a timetable, "| 1 tbsp | Honey |" one
    of a recipe).  The name starts with a capital, has at most four words and no figures,
    and does not end like a sentence or a label ("Year 3: | Exams" is a row of a table).  The
    line has at most ``MAX_EDGE_CHARS`` characters.

    >>> _source_and_date("Example Wire | Wed, Jan 16 2031, 07:50 GMT")
    True
    >>> _source_and_date("Example Review | May 2031"), _source_and_date("| 7:00 PM | Dinner |")
    (False, False)
    >>> _source_and_date("Madrid - 14 mar 2031 - 10:12 CET")
    True
    >>> _source_and_date("Jane Doe · March 14, 2031")
    True
    >>> _source_and_date("Example - Jane Doe - 14 March 2031 - 10:12")  # four parts: bars only
    False
    """
    if (
        len(text) > MAX_EDGE_CHARS
        or not DIGIT.search(text)
        or not any(dash in text for dash in SOURCE_DATE_MARKS)
    ):
        return False  # most lines: too long, no figure of a date, or nothing between parts
    parts = [part for part in SOURCE_DATE.split(text.strip("| ")) if part]
    if len(parts) == 2:
        pairs = [(parts[0], parts[1]), (parts[1], parts[0])]
    elif len(parts) == 3 and "|" not in text:
        # the name, then the date and the time after dashes: "Madrid - 14 mar 2031 - 10:12 CET"
        pairs = [(f"{parts[1]} {parts[2]}", parts[0])]
    elif len(parts) in (3, 4) and _between_bars_or_dots(text):
        return _names_and_dates(parts)
    else:
        return False
    return any(_is_name(name) and _is_full_date(date) for date, name in pairs)


def _between_bars_or_dots(text: str) -> bool:
    """True when the parts of ``text`` stand between bars, middle dots or bullets, not
    dashes alone, and it is not a table row (which opens with a bar)."""
    return ("|" in text or _dotted(text)) and not text.lstrip().startswith("|")


def _labelled_headline(doc: Document, line: Line) -> bool:
    """True when ``line`` is the article's headline under a media label, not a credit
    (:func:`~newsclean.normalizers.headline.is_labelled_headline`), and no line but section
    labels and breadcrumbs stands above it: ``extract_title`` will take it.  Not when a
    title is given: then the title search does not run, and the cleaned text, written with
    the title on top, has the line under it.

    >>> doc = Document.from_text("VIDEO: Storm batters the coast\\n\\nHeavy rain fell.")
    >>> _labelled_headline(doc, doc.live()[0])
    True
    """
    if doc.title is not None:
        return False
    found = LEXICONS.match(line.text, doc.languages, ("credit",))
    return (
        found is not None
        and is_labelled_headline(line.text, found[1])
        and _first_but_labels(doc, line)
    )


def _first_but_labels(doc: Document, line: Line) -> bool:
    """True when no live line but section labels and breadcrumbs stands above ``line``."""
    for above in doc.live():
        if above is line:
            return True
        if not _section_or_crumbs(above.text, doc.languages):
            return False
    return False


class _PairWalk:
    """The lines a label is paired with in one pass of the split-label rule: the non-blank
    input line before (``step=-1``) or after a line, removed or not (with ``stays``, the
    nearest that stays), stepping over section labels and breadcrumbs, which
    ``extract_section`` takes, and the lines of the head in ``over``: the repeats of a title
    (:func:`_repeats_a_headline`), which ``remove_repeated_title`` may take, and the
    headline, which the title search may take.  The text written back has the two lines of
    a pair next to each other.

    A line stepped over once is stepped over for the rest of the pass (lines only go while it
    runs), so a walk jumps over the lines that an earlier walk passed: over a long run of
    lines that went, the walks of a pass take linear time, not quadratic.
    """

    __slots__ = ("_doc", "_jumps", "_over")

    def __init__(self, doc: Document, over: frozenset[int]) -> None:
        self._doc = doc
        self._over = over
        # for each direction and ``stays``: index of a line passed -> the index to go on at
        self._jumps: dict[tuple[int, bool], dict[int, int]] = {}

    def _passes(self, line: Line, *, stays: bool) -> bool:
        return (
            line.blank
            or (stays and line.removed)
            or id(line) in self._over
            or _section_or_crumbs(line.text, self._doc.languages)
        )

    def neighbour(self, line: Line, step: int, *, stays: bool) -> Line | None:
        """The line before (``step=-1``) or after ``line`` that a pair is made with."""
        lines = self._doc.lines
        jumps = self._jumps.setdefault((step, stays), {})
        index = self._doc.position(line) + step
        passed = []
        while 0 <= index < len(lines):
            if index in jumps:
                passed.append(index)
                index = jumps[index]
            elif self._passes(lines[index], stays=stays):
                passed.append(index)
                index += step
            else:
                break
        for at in passed:
            jumps[at] = index
        return lines[index] if 0 <= index < len(lines) else None


def _headline_candidate(doc: Document, head: list[Line]) -> Line | None:
    """The first line of the ``head`` that reads as a headline and is no label that the
    title search steps over: the line ``extract_title`` may take as the title when none is
    given ("Source:" + "Council approves the ferry plan" + "ITN" at the top is a credit
    split from its name under the headline, not a credit of the headline).  None when there
    is no such line."""
    return next(
        (
            line
            for line in head
            if (is_headline(line.text) or is_two_part_headline(line.text))
            and not is_head_label(line.text, doc.languages)
        ),
        None,
    )


def _labels_by_the_headline(
    doc: Document, head: list[Line], headlines: frozenset[int]
) -> frozenset[int]:
    """The ids of the label-shaped lines (:func:`~newsclean.shapes.is_label`) right above
    and right below the lines of the ``head`` in ``headlines`` (the headline and its
    repeats), each run of them up to the next other line that stays: ``extract_section``
    takes such lines next to a title found in the text ("Storm hits the coast" +
    "Weather"), and so a pair is made over them.  Lines that went and blank lines are
    stepped over; a walk ends at any other line, so each run of lines that went is walked
    from its two ends at most."""
    found: set[int] = set()
    for line in head:
        if id(line) not in headlines:
            continue
        for step in (-1, 1):
            other: Line | None = line
            while other is not None:
                other = doc.neighbour(other, step, lambda x: not (x.blank or x.removed))
                if (
                    other is None
                    or id(other) in headlines
                    or id(other) in found
                    or not is_label(other.text)
                    or is_value_label(other.text)
                ):
                    break
                found.add(id(other))
    return frozenset(found)


def _may_be_the_headline(doc: Document, label: Line, under: Line) -> bool:
    """True when ``under``, the line under ``label`` in the head, may be the article's
    headline: it repeats the title (``remove_repeated_title`` takes it), or, joined with the
    label, it is a headline under a media label or a breadcrumb's label ("VIDEO:" + "Storm
    batters the coast", "Sie sind hier:" + the headline as the last crumb, which may open
    with a quotation mark; :func:`~newsclean.normalizers.headline.is_labelled_headline`),
    which the title search may take.  Not a credit ("Foto:" + "dpa").
    """
    if doc.title is not None and repeats_title(under.text, doc.title_keys()):
        return True
    joined = f"{label.text.strip()} {under.text.strip().lstrip(_QUOTE_MARKS)}"
    found = LEXICONS.match(joined, doc.languages, _HEADLINE_LABELS)
    return found is not None and is_labelled_headline(joined, found[1])


def _section_or_crumbs(text: str, languages: tuple[str, ...]) -> bool:
    """True for a section label or a breadcrumb, which ``extract_section`` takes."""
    return breadcrumb_parts(text) is not None or is_section_label(text, languages)


def _is_name(part: str) -> bool:
    """A short name (a source, an author, a place): capitalised, at most four words, no
    figures, not ending like a sentence or a label, no comma."""
    return (
        part[0].isupper()
        and not DIGIT.search(part)
        and not more_words_than(part, 4)
        and part[-1] not in ".!?:;,"
        and "," not in part
    )


def _is_full_date(part: str) -> bool:
    """A date line with a year, and a day or a time; not a label ("Year 3:")."""
    return (
        not part.endswith(":")
        and YEAR.search(part) is not None
        and DAY_OR_TIME.search(part) is not None
        and _is_date_line(part)
    )


def _names_and_dates(parts: list[str]) -> bool:
    """Three or four parts of a line between bars (not a table row, which opens with a bar),
    each a date line or a short name, at most two of them names and one a full date: "By
    Jane Doe | March 14, 2031 10:12 AM ET | 3 min read", "Redacción | Madrid | 14/03/2031".

    >>> _names_and_dates(["Jan Kowalski", "14.03.2031, 10:12", "aktualizacja: 11:00"])
    True
    >>> _names_and_dates(["Home", "News", "Weather"])
    False
    >>> _names_and_dates(["Jobs", "May 2031", "Cars"])
    False
    """
    names = 0
    full_date = False
    for part in parts:
        if _is_full_date(part):
            full_date = True
        elif _is_name(part):
            names += 1
        elif part.endswith(":") or not _is_date_line(part):
            return False
    return full_date and names <= 2


def _date_and_author(text: str) -> bool:
    """A date line, then "by" and its author: "Posted on 12/20/2031 12:19 PM PST by jim",
    "11.09.2031, 16:20 von Anna Beispiel" (the author has at most three words and no final
    stop), or a byline in capitalised words with its agency ("1/7/2031, 6:30 p.m. EST By JANE
    DOE The Associated Press", :func:`_is_byline`).

    >>> _date_and_author("Posted on March 14, 2031 by admin")
    True
    >>> _date_and_author("1/7/2031, 6:30 p.m. EST By JANE DOE The Associated Press")
    True
    >>> _date_and_author("Published on 5 May 2031 by the council.")
    False
    """
    if len(text) > MAX_EDGE_CHARS:
        return False
    found = BY_AUTHOR_AT_END.search(text)
    if found is not None and found["name"][-1] not in ".!?:;,":
        return _is_date_line(text[: found.start()].rstrip(" ,|@-–—"))
    found = BY_AFTER_DATE.search(text)
    return (
        found is not None
        and _is_byline(text[found.end() :])
        and _is_date_line(text[: found.start()].rstrip(" ,|@-–—"))
    )


def _name_and_date(text: str) -> bool:
    """A person's name, a comma (or a slash between spaces) and a date, maybe with a time
    ("Anna Muster, 03.03.2031", "Иван Петров, 3 марта 2031, 10:32"), or a place and a date
    with an agency after a dash or in brackets ("Москва, 3 марта — РИА Новости"), or a place,
    a date and a time of day ("Madrid, 03 mar 2031 - 10:32 CET", "Ciudad de México /
    12.03.2031 14:35 hrs"): the byline, the agency's or the page's dateline on a line of its
    own.  The rest is a date line with a day or a time, not ending in a colon.  A place and a
    date alone stay ("Oslo, 3-4 June 2031"): a document's own dateline, which gold
    texts keep.

    >>> _name_and_date("Anna Muster, 03.03.2031"), _name_and_date("Москва, 3 марта — РИА Новости")
    (True, True)
    >>> _name_and_date("Madrid, 03 mar 2031 - 10:32 CET")
    True
    >>> _name_and_date("Jane Doe, who moved here in 2031"), _name_and_date("Roma, 3 marzo 2031")
    (False, False)
    """
    if len(text) > MAX_NAME_DATE_CHARS or not DIGIT.search(text):
        return False
    comma, slash = text.find(","), text.find(" / ")
    if (comma < 0 and slash < 0) or text.endswith(":"):
        return False  # no name before a date, or a dateline that leads into the text
    # the name ends at the first comma or slash between spaces ("Ciudad de México / ...")
    name, _, rest = text.partition("," if slash < 0 or 0 <= comma < slash else " / ")
    name = name.strip()
    if not name or not _is_name(name):
        return False
    dated, agency = AGENCY_AFTER_DATELINE.subn("", rest)
    rest = dated.strip()
    timed_place = CLOCK_TIME.search(rest) is not None and PLACE_NAME.fullmatch(name)
    if not (agency or timed_place or PERSON_NAME.fullmatch(name)):
        # a place and a date alone may be a document's own dateline; with a time of day
        # it is the page's
        return False
    return bool(rest) and DAY_OR_TIME.search(rest) is not None and _is_date_line(rest)


def _media_furniture(text: str) -> str | None:
    """What a line is when it is the furniture of a gallery or a player, wherever it stands:
    "Photo 3 of 12", "1 / 12", "00:00 / 02:13".  A bare "3 / 4" counts only when the first
    number is not larger than the second (a counter, not a score).  The signature of an
    embedded post ("— Jane Doe (@janedoe) March 3, 2031") stays: it says who wrote the words
    quoted above it.

    >>> _media_furniture("Bild 1 von 8"), _media_furniture("00:00 / 02:13")
    ('gallery counter', 'player clock')
    >>> _media_furniture("4 / 2") is None, _media_furniture("Photo of the day") is None
    (True, True)
    """
    if len(text) > MAX_MEDIA_CHARS or not DIGIT.search(text):
        return None
    if GALLERY_COUNTER.fullmatch(text):
        return "gallery counter" if _counts_up(text) else None
    if PLAYER_CLOCK.fullmatch(text):
        return "player clock"
    return None


def _counts_up(counter: str) -> bool:
    """True when the first number of a counter is not larger than the second ("3 / 12",
    not the score "4 / 2")."""
    first, second = (int(x) for x in NUMBER.findall(counter)[:2])
    return 0 < first <= second


def _credit_sign(text: str) -> bool:
    """True for the credit of a picture in the body: a copyright sign, then at most
    ``MAX_SIGN_CREDIT_WORDS`` words that make no sentence and end in no full stop, question
    or exclamation mark ("© Example Pictures | Jane Doe",
    "©Jane Doe/Example Agency"); not the word "Copyright", which opens sentences too.

    >>> _credit_sign("© Bundesamt | Jane Doe"), _credit_sign("© is the sign of a copyright.")
    (True, False)
    """
    return (
        text[:1] == "©"
        and text[-1] not in ".!?"
        and LETTER.search(text) is not None
        and not more_words_than(text, MAX_SIGN_CREDIT_WORDS)
        and not is_prose(text)
    )


def _download_link(text: str) -> bool:
    """A link to a file that shows its type and size (``FILE_SIZE``; a type, ``FILE_KIND``,
    is looked for first), in at most ``MAX_DOWNLOAD_WORDS`` words and no sentence: "Download
    the report (PDF, 2 MB)".

    >>> _download_link("Télécharger le communiqué (PDF, 120 Ko)")
    True
    >>> _download_link("The report (PDF, 2 MB) lists every bridge the city has closed since 2019.")
    False
    """
    return (
        FILE_KIND.search(text) is not None
        and FILE_SIZE.search(text) is not None
        and not more_words_than(text, MAX_DOWNLOAD_WORDS)
        and not is_prose(text)
    )


def _pictograph_counter(text: str) -> bool:
    """True for the views, comments or likes of a page shown with pictographs instead of
    words: figures and symbols only, at most ``MAX_MEDIA_CHARS`` long ("👁 1245", "💬 3 ❤ 12").

    >>> _pictograph_counter("👁 1245"), _pictograph_counter("1245"), _pictograph_counter("👁 Views")
    (True, False, False)
    """
    return (
        len(text) <= MAX_MEDIA_CHARS
        and DIGIT.search(text) is not None
        and PICTOGRAPH.search(text) is not None
        and LETTER.search(text) is None
    )


def _post_header(text: str) -> bool:
    """The header of a post or comment, which stands in the body too, above each comment of
    a forum or blog: a date and its author, or an author and a date, opening with "posted"
    or its twin in another language; or such a verb, maybe an author, and a time
    (:func:`_posted_at`).

    >>> _post_header("2 posted on 12/20/2031 12:23:10 PM PST by jim")
    True
    >>> _post_header("Posted by: jim | January 14, 2031 07:20 PM")
    True
    >>> _post_header("Posted By: jim2031 | January 14 2031 at 07:20 PM")
    True
    >>> _post_header("Published on 5 May 2031 by Example Press")
    False
    """
    return (
        POSTED.match(text) is not None
        and (_date_and_author(text) or _source_and_date(text) or _handle_and_date(text))
    ) or _posted_at(text)


#: A post's stamp is at most this long (in characters); its author's name has at most so many
#: words.
MAX_STAMP_CHARS = 120
MAX_STAMP_NAME_WORDS = 3


def _post_stamp(stripped: str) -> bool:
    """The stamp of a blog post, wherever it stands (a blog's page has one under each post):
    its date with a clock time and the labels of the post's links (``POST_LINKS``; a count may
    stand with them), parts joined by bars, slashes, colons or dashes (``STAMP_SEPARATOR``),
    the whole maybe in brackets: "Posted by Anna at 9:15 AM | Permalink | Comments (3)",
    "(17 January 2031 -- 11:57 PM EDT // link)", "Eingestellt von Max um 10:15 | Kommentare
    (2)".  A date alone is no stamp, nor is a line with words of its own.

    >>> _post_stamp("Posted at 8:11 AM | link | follow-ups | 4 comments")
    True
    >>> _post_stamp("At 8:11 AM the link was cut | 4 comments")
    False
    """
    if len(stripped) > MAX_STAMP_CHARS or CLOCK_TIME.search(stripped) is None:
        return False
    if stripped[:1] == "(" and stripped[-1:] == ")":
        stripped = stripped[1:-1]
    timed = linked = False
    for part in STAMP_SEPARATOR.split(stripped):
        words = LETTER_WORD.findall(part.casefold())
        if not words and not DIGIT.search(part):
            continue  # a dash or a bracket left alone
        if (
            words
            and all(word in POST_LINKS for word in words)
            and COUNTED_HEADING.fullmatch(part.replace("-", " ")) is not None
        ):
            linked = True
        elif _is_date_line(part) or _posted_at(part):
            # the date and the time may stand in parts of their own ("Jan 14, 2031 - 09:47 PM")
            timed = timed or CLOCK_TIME.search(part) is not None
        else:
            return False
    return timed and linked


def _posted_at(text: str) -> bool:
    """A post's verb (``POST_VERBS``), maybe its author, and a date line with a clock time:
    "Posted by jon at 11:08 PM", "Submitted by jane on 8 August 2031 - 10:42pm.", "Tracked on
    17 Jan 2031 12:00:31 PM", "Eingestellt von Max um 10:15"; a "#" or "¶" before it is the
    post's permanent link ("# Posted by Jane Doe on 4/30/31; 10:33:13 PM").

    >>> _posted_at("Posted by Jane Doe at 11:08 PM"), _posted_at("Posted by Jane Doe at home")
    (True, False)
    """
    text = text.strip()
    if text[:1] in ("#", "¶") and text[1:2].isspace():
        text = text[1:].lstrip()  # the post's permanent link
    # the first word only, the cheap test first: most lines open otherwise
    if text.partition(" ")[0].casefold() not in POST_VERBS or CLOCK_TIME.search(text) is None:
        return False
    tokens = text.split()
    if len(tokens) < 2:
        return False
    by = tokens[1].casefold()
    if by.endswith(":") and by[:-1] in POST_BY:
        # "Posted by: jenny at 12:57 AM" signs a reader's comment, which some pages keep as
        # their text (the post's own stamp names its author without a colon)
        return False
    if by not in POST_BY:
        return _is_date_line(" ".join(tokens[1:]))
    if len(tokens) < 4 or tokens[2].casefold() in DATE_WORDS:
        return False  # no author's name after "by" ("Posted by at 12:57 AM")
    return any(
        _is_date_line(" ".join(tokens[2 + size :]))
        for size in range(1, min(MAX_STAMP_NAME_WORDS, len(tokens) - 3) + 1)
    )


def _handle_and_date(text: str) -> bool:
    """A post's author by a user's handle ("Posted by", ``POSTED_BY_HANDLE``), then a full
    date after a bar or a dash: a forum's or a comment section's handle may hold figures
    ("Posted By: jim2031 | January 14 2031 at 07:20 PM"), which a name does not
    (:func:`_source_and_date`)."""
    parts = [part for part in SOURCE_DATE.split(text.strip("| ")) if part]
    return (
        len(parts) == 2
        and POSTED_BY_HANDLE.fullmatch(parts[0]) is not None
        and _is_full_date(parts[1])
    )


def _closes_a_bracket(text: str) -> bool:
    """True when ``text`` closes a bracket it did not open ("2041/17),", "March 1931]"): the
    end of a parenthesis or citation wrapped from the line above, not a line of its own.

    >>> _closes_a_bracket("March 1931]"), _closes_a_bracket("(12 March 2024)")
    (True, False)
    """
    return text.count(")") > text.count("(") or text.count("]") > text.count("[")


#: A media outlet's registration line has at most so many words.
MAX_REGISTRATION_WORDS = 40


def _media_registration(text: str) -> bool:
    """The registration of a media outlet that Russian and Ukrainian sites print at the edges
    (``MEDIA_REGISTRATION``, at most ``MAX_REGISTRATION_WORDS`` words): "Сетевое издание
    «Пример». Свидетельство о регистрации СМИ ЭЛ № ФС 77-12345".

    >>> _media_registration("Сетевое издание. Свидетельство о регистрации СМИ ЭЛ № ФС 77-1")
    True
    """
    return (
        not more_words_than(text, MAX_REGISTRATION_WORDS)
        and MEDIA_REGISTRATION.search(text) is not None
    )


def _legal_footer(text: str) -> bool:
    """True for a page footer that names links or a publisher before its copyright year and
    reserves rights or links to the privacy policy or terms: "| Contact Us © 1995-2006 Example
    Inc. Privacy Policy |", "Home | About | Copyright © 2008 Example Herald. All rights
    reserved."  A line that opens with the notice ("(© 2008 Example Press. All Rights
    Reserved.)") is a notice of its own, for the copyright rules.

    >>> _legal_footer("| Home | Contact Us © 1995-2006 Example Inc. Privacy Policy |")
    True
    >>> _legal_footer("(Copyright 2031 by Example Press. All Rights Reserved.)")
    False
    """
    if "©" not in text and "opyright" not in text and "OPYRIGHT" not in text:
        return False  # most lines: a substring test is many times cheaper than the pattern
    found = COPYRIGHT_YEAR.search(text)
    return (
        found is not None
        and LETTER.search(text, 0, found.start()) is not None
        and LEGAL_FOOTER_WORDS.search(text) is not None
        and not more_words_than(text, 40)
    )


def _signed_copyright(text: str) -> bool:
    """A short line with a copyright sign and a year, not a sentence, wherever the sign
    stands in it: "All materials copyright © 1999-2006 by Example Magazine", "Harbour Views
    2002-2004 © All Rights Reserved" (after the last paragraph: the page's footer).

    >>> _signed_copyright("All materials copyright © 1999-2006 by Example Magazine")
    True
    >>> _signed_copyright("The photographs, © 2004 by the museum, were shown in Paris.")
    False
    """
    return (
        "©" in text
        and YEAR.search(text) is not None
        and not more_words_than(text, NOTICE_WORDS)
        and not is_prose(text)
    )


#: A copyright notice with a disclaimer after it has more than this many words.
NOTICE_WORDS = 15


def _opens_with_copyright(text: str) -> bool:
    """True for a line that opens with a copyright sign or word, maybe inside a bracket."""
    if text[:1] in ("(", "["):  # a copy of the line only then: most lines are long prose
        text = text.lstrip("([")
    return COPYRIGHT.match(text) is not None


def _long_copyright_notice(text: str) -> bool:
    """A copyright notice that opens the line and a disclaimer after it, however long, as a
    wire service closes its stories: "(© 2031 Example Wire. All Rights Reserved. In the
    interest of timeliness, this story is fed directly from the newswire ...)".  The year
    stands in the first 40 characters and the reservation of rights (``LEGAL_FOOTER_WORDS``)
    in the first 160, and more than ``NOTICE_WORDS`` words follow (a short notice is judged
    by the copyright shapes of ``_shape``: in a bracket it stays, as gold texts keep it).

    >>> _long_copyright_notice("(© 2031 Example Wire. All Rights Reserved. This story may "
    ...                        "not have been edited by our staff.)")
    True
    >>> _long_copyright_notice("Copyright law changed in 2019, after a long debate about "
    ...                        "the rights of authors.")
    False
    """
    return (
        COPYRIGHT_YEAR.search(text, 0, 40) is not None  # the cheap test first: most lines fail it
        and _opens_with_copyright(text)
        and more_words_than(text, NOTICE_WORDS)
        and LEGAL_FOOTER_WORDS.search(text, 0, 160) is not None
    )


def _ends_reserved(text: str) -> bool:
    """True when the last part of ``text``, after its last full stop, comma or dash, is a
    phrase of the legal lexicon of any language: "..., All Rights Reserved.", "... – Alle
    Rechte vorbehalten".

    >>> _ends_reserved("Copyright (c) Example Press Ltd. 2008, All Rights Reserved.")
    True
    >>> _ends_reserved("Copyright law changed in 2019, the minister said.")
    False
    """
    last = COPYRIGHT_PARTS.split(text.rstrip(" ."))[-1]
    return LEXICONS.match(last, LANGUAGES, ("legal",)) is not None


def _is_calendar_week(text: str) -> bool:
    """A row of a calendar: five or more table cells, each empty or a day of the month.

    >>> _is_calendar_week("| | | 1 | 2 | 3 | 4 | 5 |"), _is_calendar_week("| 505 | 6,288 |")
    (True, False)
    """
    row = text.strip()
    if len(row) < 2 or row[0] != "|" or row[-1] != "|":
        return False
    cells = _all_cells(row)
    return len(cells) >= 5 and all(
        not cell or (cell.isdigit() and 1 <= int(cell) <= 31) for cell in cells
    )


#: So many headline-shaped lines at the end make a list of teasers.
TEASER_RUN = 3
#: So many short headlines on lines of their own at the end make a list of teasers, even
#: among other lines.
SHORT_TEASER_RUN = 2
#: A short headline has at most so many words.
SHORT_TEASER_WORDS = 10


def _is_teaser(text: str, *, two_parts: bool = False) -> bool:
    """A headline of another story: four or more words, headline-shaped (with ``two_parts``
    also a headline of two parts, "Kraków. Nowe autobusy na ulicach miasta", as under a
    related label: a paragraph wrapped at a fixed width at the end of a text may have lines
    of that shape) without any final punctuation (questions end interviews), not a list item
    or a row of a data table; alone on its line or in a one-cell table row ("| Storm closes
    coast road |")."""
    if text.startswith("|"):
        cells = table_cells(text)
        if len(cells) != 1 or not LETTER.search(cells[0]):
            return False  # a row of a data table, or no text
        text = cells[0]
    # A headline starts with a capital; a link, a fact line ("When: 8 p.m., Saturday") or a
    # row of figures (dates, scores, schedules) is not one.
    if not text[:1].isupper() or "://" in text or "www." in text or KEY_VALUE.match(text):
        return False
    if len(NUMBER.findall(text)) >= 3:
        return False
    return (
        more_words_than(text, 3)
        and (is_headline(text) or (two_parts and is_two_part_headline(text)))
        and final_char(text) not in ("?", "!", ".", "…")
        and not text.startswith((*LIST_BULLETS, "|"))
        and not text[:1].isdigit()
    )


#: The families whose whole-line labels head a list of entries ("Tags:", "Related Topics").
ENTRY_FAMILIES = frozenset({"tags", "related"})
#: The family of the labels that head a list of headlines ("Related articles").
RELATED = frozenset({"related"})
#: An entry of such a list has at most so many words.
ENTRY_WORDS = 12


def _is_list_label(text: str, languages: tuple[str, ...], families: frozenset[str]) -> bool:
    """A whole line that is a phrase of ``families``, not a prefix form: "Related articles:",
    "Tags" (not "Read also: <headline>", which is one item); or a link to more from a site
    when ``families`` has the related one ("More stories from Example News")."""
    found = LEXICONS.match(text, languages, families)
    if found is not None:
        return not found[1].endswith("*")
    return "related" in families and _more_from_a_name(text.strip())


def _heads_entries(family: str, phrase: str) -> bool:
    """True for a whole-line label that heads a list of entries: a tag label ("Tags",
    "Теги") or a related label of two or more words ("Related Topics", "Sur le même sujet").
    A single word ("Recommended", "Latest") may head a list of the article's own."""
    return not phrase.endswith("*") and (family == "tags" or " " in phrase)


def _is_entry(text: str) -> bool:
    """An entry of a list of tags or links: a short headline-shaped line, not in a table
    row, not a sentence (a question may be a headline)."""
    return (
        not text.lstrip().startswith("|")
        and not more_words_than(text, ENTRY_WORDS)
        and is_headline(text)
        and not is_prose(text)
    )


def _is_short_teaser(text: str) -> bool:
    """A headline of another story of at most ten words on a line of its own (not in a
    table row, where a caption or a line of verse also sits alone)."""
    return (
        not text.startswith("|")
        and not more_words_than(text, SHORT_TEASER_WORDS)
        and _is_teaser(text)
    )


def _split_label(text: str) -> bool:
    """True for a line that may be a label split from its line: at most
    ``MAX_SPLIT_LABEL_CHARS`` long, ending in a colon ("Source:", "Publié le :")."""
    stripped = text.strip()
    return stripped.endswith(":") and len(stripped) <= MAX_SPLIT_LABEL_CHARS


#: A line longer than this is no label of the line under it, even with white space around
#: it (white space is normalised before; the rule may run without that step).
_LABEL_LINE_CHARS = 4 * MAX_SPLIT_LABEL_CHARS


def _may_label_its_line(line: Line) -> bool:
    """True for a line that may be a label split from the line under it: a short line
    ending in a colon (:func:`_split_label`), or the words of a date line or those that open
    a byline alone (:func:`~newsclean.shapes.is_value_label`); no prose."""
    text = line.text
    if line.blank or (
        len(text) > MAX_SPLIT_LABEL_CHARS and len(text.strip()) > MAX_SPLIT_LABEL_CHARS
    ):
        return False  # most lines: blank, or too long for any such label
    return (_split_label(text) or is_value_label(text)) and not line.prose


def _labels_the_date(label: str, date: str) -> bool:
    """True when ``label``, a short line ending in a colon or the words of a date line
    (:func:`~newsclean.shapes.date_label`), is the label of the ``date`` on the line under
    it, split from it by the extractor: joined as one line, they make a date line
    ("Veröffentlicht:" + "12.03.2031", "Publié le :" + "12 mars 2031", "Pubblicato il" +
    "12 marzo 2031").  A list's lead-in does not ("Tour dates:" + "Friday 3 May 2031").

    >>> _labels_the_date("Publié le :", "12 mars 2031")
    True
    >>> _labels_the_date("Pubblicato il", "12 marzo 2031")
    True
    >>> _labels_the_date("Tour dates:", "Friday 3 May 2031")
    False
    """
    return (_split_label(label) or date_label(label)) and _dated(f"{label.strip()} {date.strip()}")


def _line_before(doc: Document, line: Line, *, words: bool = False) -> Line | None:
    """The non-blank input line before ``line``, removed or not; with ``words``, the line
    before with a letter or digit (``remove_symbol_lines`` takes the others away)."""
    if words:
        return doc.neighbour(line, -1, lambda x: WORD_CHAR.search(x.text))
    return doc.neighbour(line, -1, lambda x: not x.blank)


def _line_after(doc: Document, line: Line) -> Line | None:
    """The non-blank input line after ``line``, removed or not."""
    return doc.neighbour(line, 1, lambda x: not x.blank)


class _LinesAbove:
    """Answers about the live lines above a given line: the headline-shaped lines by the
    keys a repeat of each has, and the first line where the title search stops (prose, or
    any line but a label).  Worked out from the live lines of the first question, from the
    top and only as far down as a question needs (most questions are about lines near the
    top, and a long text has thousands of lines); lines only go while the rule runs, and the
    lines that went are dropped from the front.
    """

    def __init__(self, doc: Document) -> None:
        self.lines = doc.live()
        self.languages = doc.languages
        self.headlines: dict[str, deque[Line]] = {}
        self.indexed = 0  # lines[:indexed] are in ``headlines`` if headline-shaped
        self.stop = 0  # no line of lines[:stop] is a present stop

    @staticmethod
    def _first(lines: deque[Line] | None) -> Line | None:
        while lines and lines[0].removed:
            lines.popleft()
        return lines[0] if lines else None

    def headline_repeated(self, doc: Document, line: Line) -> bool:
        """True when a headline-shaped line above ``line`` has ``line`` as a repeat."""
        at = doc.position(line)
        lines = self.lines
        while self.indexed < len(lines) and doc.position(lines[self.indexed]) < at:
            above = lines[self.indexed]
            self.indexed += 1
            if is_headline(above.text):
                for key in title_keys(above.text):
                    self.headlines.setdefault(key, deque()).append(above)
        for key in set(repeat_keys(line.text)):
            first = self._first(self.headlines.get(key))
            if first is not None and doc.position(first) < at:
                return True
        return False

    def title_stops_above(self, doc: Document, line: Line) -> bool:
        """True when the title search stops at a line above ``line``."""
        lines = self.lines
        while self.stop < len(lines):
            first = lines[self.stop]
            if not first.removed and (first.prose or not is_head_label(first.text, self.languages)):
                return doc.position(first) < doc.position(line)
            self.stop += 1
        return False


def _a_phrase(what: str) -> bool:
    """True when ``what`` of a :meth:`RemoveBoilerplate.match` names a phrase of the
    lexicons (in quotes, as ``repr`` writes it), not a shape ("byline", "date line")."""
    return what[:1] in "'\""


_LINES_ABOVE = "remove_boilerplate.lines_above"

_Kept = TypeVar("_Kept")


def _memo(doc: Document, key: str, kind: type[_Kept], make: Callable[[], _Kept]) -> _Kept:
    """What this rule worked out from ``doc`` under ``key`` (one of ``_MEMO_KEYS``, dropped
    at the start of each run): ``make()`` the first time it is asked, kept in ``doc.memo``."""
    found = doc.memo.get(key)
    if not isinstance(found, kind):
        found = doc.memo[key] = make()
    return found


def _lines_above(doc: Document) -> _LinesAbove:
    return _memo(doc, _LINES_ABOVE, _LinesAbove, lambda: _LinesAbove(doc))


def _recorded(doc: Document, key: str, test: Callable[[Record], bool]) -> bool:
    """True when a record of ``doc`` passes ``test``.  Records are only added, so each is
    tested once per run of the rule (the count tested so far is kept in ``doc.memo`` under
    ``key``): the rule asks again after each pass, and a text may hold thousands."""
    seen = doc.memo.get(key)
    tested, found = seen if isinstance(seen, tuple) else (0, False)
    if not found:
        records = doc.records
        found = any(test(records[index]) for index in range(tested, len(records)))
        doc.memo[key] = (len(records), found)
    return bool(found)


_LEXICON_CREDIT = "remove_boilerplate.lexicon_credit"
_TAIL_FURNITURE = "remove_boilerplate.tail_furniture"
_RELATED_LABEL = "remove_boilerplate.related_label"
_ENTRY_LABEL = "remove_boilerplate.entry_label"
_COUNT = "remove_boilerplate.comment_count"
_COMMENTS = "remove_boilerplate.comments"
_BARS = "remove_boilerplate.bars"
_FORMS = "remove_boilerplate.forms"
_HEADINGS = "remove_boilerplate.comment_headings"
_GONE_COMMENTS = "remove_boilerplate.gone_comments"
_FEEDBACK_QUESTION = "remove_boilerplate.feedback_question"
_MATCHED = "remove_boilerplate.matched"
_WRAPPED_TEXT = "remove_boilerplate.wrapped_text"
_SPLIT_LABELS = "remove_boilerplate.split_labels"
_CAPTION_LABELS = "remove_boilerplate.caption_labels"
_LAST_HEADING = "remove_boilerplate.last_comment_heading"
#: A comment section has a line of its furniture ("Reply") at least once in so many paragraphs.
MAX_COMMENT_PARAGRAPHS = 8
#: Under a heading without a count ("Comments"), a comment section has at least so many
#: headers of a post ("Posted by: jim | January 14, 2031 07:20 PM") that went.
MIN_COMMENT_HEADERS = 2
#: What this rule keeps in ``doc.memo`` (worked out anew on each run).
_MEMO_KEYS = (
    _LINES_ABOVE,
    _LEXICON_CREDIT,
    _TAIL_FURNITURE,
    _RELATED_LABEL,
    _ENTRY_LABEL,
    _COUNT,
    _COMMENTS,
    _BARS,
    _FORMS,
    _HEADINGS,
    _GONE_COMMENTS,
    _FEEDBACK_QUESTION,
    _MATCHED,
    _WRAPPED_TEXT,
    _SPLIT_LABELS,
    _CAPTION_LABELS,
    _LAST_HEADING,
)
#: The family of the comment sections' lines.
COMMENTS = frozenset({"comments"})
#: A list of posts has at least so many headlines over counts of comments.
MIN_POSTS = 2


def _lexicon_credit(record: Record) -> bool:
    return record.reason.startswith("credit: '")


def _feedback_question(record: Record) -> bool:
    """A question of the feedback family that went ("Was this article helpful?")."""
    return record.reason.startswith("feedback: '") and record.text.rstrip()[-1:] == "?"


def _tail_furniture(record: Record) -> bool:
    """A line of the page's furniture that this rule removed after the last paragraph: not a
    date line, which may be an item of the article's own list there (a schedule's days)."""
    return (
        record.rule == RemoveBoilerplate.name
        and record.reason.endswith("(tail)")
        and not record.reason.startswith("meta: date line")
    )


def _comments_record(record: Record) -> bool:
    """A line of the comments family that this rule removed ("Reply", "Comments (3)")."""
    return record.rule == RemoveBoilerplate.name and record.reason.startswith("comments:")


@dataclass
class _CommentsGone:
    """What this rule removed as comments: each line's ``(line number, text)``, and the lines
    of the counts of comments themselves ("3 comments", :func:`_comment_count`), found by that
    key (the lines of an input line split in two share its number).  Gathered from the
    records added since the last look (:func:`_comments_gone`): records are only added, and
    the rule asks again after each line it walks up from the end, which may be thousands."""

    tested: int = 0
    keys: set[tuple[int, str]] = field(default_factory=set)
    counts: dict[int, Line] = field(default_factory=dict)
    #: The counts in the order they went, and how many of them
    #: :meth:`RemoveBoilerplate._posts_over_counts` has looked above; the ones with a
    #: headline-shaped line there, with that line (it stays what it is, or goes).
    order: list[Line] = field(default_factory=list)
    looked: int = 0
    under_teasers: list[tuple[Line, Line]] = field(default_factory=list)


def _comments_gone(doc: Document) -> _CommentsGone:
    """:class:`_CommentsGone` of ``doc``, kept in ``doc.memo`` and brought up to date."""
    gone = _memo(doc, _GONE_COMMENTS, _CommentsGone, _CommentsGone)
    records = doc.records
    for index in range(gone.tested, len(records)):
        record = records[index]
        if not _comments_record(record):
            continue
        key = (record.line, record.text)
        gone.keys.add(key)
        if DIGIT.search(record.text) is not None:  # a count (:func:`_comment_count`)
            for line in doc.from_line(record.line):
                if line.text == record.text and line.removed and id(line) not in gone.counts:
                    gone.counts[id(line)] = line
                    gone.order.append(line)
    gone.tested = len(records)
    return gone


def _comment_count(record: Record) -> bool:
    """A count of comments that this rule removed ("3 comments", "12-05-2006 | 0 comment(s)")."""
    return _comments_record(record) and DIGIT.search(record.text) is not None


#: The heading of a comment section ("11 responses to “Title”") has at most so many characters.
MAX_COMMENT_HEADING_CHARS = 200


def _bare_comments_heading(text: str, languages: tuple[str, ...]) -> bool:
    """The heading of a comment section without a count: a heading entry of the comments
    family alone ("Comments", "Reader comments"), which may also be a link to the comments.

    >>> _bare_comments_heading("Reader comments", ("en",))
    True
    >>> _bare_comments_heading("Comments (23)", ("en",))
    False
    """
    stripped = text.strip()
    return (
        len(stripped) <= MAX_COMMENT_HEADING_CHARS
        and DIGIT.search(stripped) is None
        and LEXICONS.heading(stripped, languages, COMMENTS) is not None
    )


def _comments_heading(text: str, languages: tuple[str, ...]) -> bool:
    """The heading of a comment section: a heading entry of the comments family with its
    count ("Comments (23)", "Kommentare 5"), or a blog's count and title ("11 responses to
    “Title”", :func:`_blog_comments_heading`)."""
    stripped = text.strip()
    if len(stripped) > MAX_COMMENT_HEADING_CHARS:
        return False  # a heading is short: the cheap test first
    return _blog_comments_heading(stripped) or (
        DIGIT.search(stripped) is not None
        and COUNTED_HEADING.fullmatch(stripped) is not None
        and LEXICONS.heading(stripped, languages, COMMENTS) is not None
    )


#: The words for "one" that may stand for the count of a blog's comments ("One thought on
#: “Title”", "Ein Gedanke zu „Titel“", "Один комментарий к «Заголовку»"), case folded.
_ONE_WORDS = frozenset((
    "one", "ein", "einen", "un", "une", "una", "uno", "jeden", "jedna", "um", "uma", "один",
    "одна", "одне",
))  # fmt: skip
#: How such a heading may open: a figure, or the first letter of a word for one.
_COUNT_INITIALS = (
    frozenset("0123456789")
    | frozenset(word[0] for word in _ONE_WORDS)
    | frozenset(word[0].upper() for word in _ONE_WORDS)
)


def _blog_comments_heading(stripped: str) -> bool:
    """A blog's heading above its comments: a count, a word for comments or thoughts and the
    post's title in quotation marks (``COMMENT_HEADING``: "11 responses to “Title”", "One
    thought on “Title”", "3 Gedanken zu „Titel“").

    >>> _blog_comments_heading("One thought on “Council approves transport budget”")
    True
    >>> _blog_comments_heading("One thought on Brexit")
    False
    """
    first = stripped[:1]
    if first not in _COUNT_INITIALS:
        return False  # most lines open otherwise: one look at a character
    if not first.isdigit() and stripped.split(None, 1)[0].casefold() not in _ONE_WORDS:
        return False
    return COMMENT_HEADING.fullmatch(stripped) is not None


def _related_label(record: Record) -> bool:
    return record.reason.startswith(("related: '", f"related: {_MORE_FROM}"))


def _is_form_label(doc: Document, line: Line) -> bool:
    """A short capitalised label ending in a colon ("Your name:", "Email address: *") after
    a line removed as boilerplate or one that is not body text: a field of a form.  Right
    after a paragraph or a line cut off mid-sentence, it is the lead-in of a list the
    extractor lost ("Key features:", "... services include, but are not limited to:"), and
    stays, and so does a label after a separator line ("___" before AP's "On the Net:"): it
    heads a part of the article whose items the extractor lost.  Lines without a letter or
    digit are stepped over: they go as symbol lines, and the answer must be the same
    without them.
    """
    text = line.text
    if not text.endswith((":", ": *")) or not text[:1].isupper() or more_words_than(text, 6):
        return False
    before = _line_before(doc, line, words=True)
    if before is None or before.removed:
        return True
    if not LETTER.search(before.text):
        return False
    return not before.prose and not before.text.rstrip()[-1:].islower()


#: Shapes of lines of figures, which may end a sentence wrapped onto a line of its own.
_FIGURE_LINES = frozenset({"date line", "number or counter line"})


def _figures_alone(text: str) -> bool:
    """A date line or a number alone (the lines of ``_FIGURE_LINES``): "12 March 1998",
    "1998"."""
    stripped = text.strip()
    return _is_date_line(stripped) or (
        DIGIT.search(stripped) is not None and LETTER.search(stripped) is None
    )


def _entry_sentence(text: str) -> bool:
    """A short sentence of the article's own under a date or a number: two or more words,
    opening with a capital or a figure, ending in a full stop, a question or an exclamation
    mark ("Work begins.", "The bridge opens.").

    >>> _entry_sentence("Work begins."), _entry_sentence("Share this article")
    (True, False)
    """
    stripped = text.strip()
    return (
        (stripped[:1].isupper() or stripped[:1].isdigit())
        and final_char(stripped) in (".", "!", "?")
        and not stripped.endswith("...")
        and more_words_than(stripped, 1)
    )


#: The shape of "Associated Press - January 2, 2031 7:33 AM ET" (:func:`_source_and_date`).
_SOURCE_AND_DATE = "source and date line"


def _wrapped_text(doc: Document) -> bool:
    """``doc.hard_wrapped`` of the live lines, worked out once per run of the rule (kept in
    ``doc.memo``): the guard of the pieces of a wrapped sentence asks it for each such piece,
    and a long text has thousands of lines."""
    return _memo(doc, _WRAPPED_TEXT, bool, lambda: doc.hard_wrapped(doc.live()))


def _repeats_a_headline(doc: Document, line: Line) -> bool:
    """True when ``line`` repeats the title, or a headline-shaped line above it (which may
    become the title): a line that ``remove_repeated_title`` may take away."""
    if doc.title and repeats_title(line.text, doc.title_keys()):
        return True
    return _lines_above(doc).headline_repeated(doc, line)


#: The signs that end a sentence: a line ending in one does not go on in the next.
_SENTENCE_ENDS = frozenset(".!?…")


def _goes_on(text: str) -> bool:
    """True when ``text`` stops mid-sentence: after a comma or a word in lower case (not
    one that ends the sentence), and it is not a row of a table or a menu ("Send to friend
    |").

    >>> _goes_on("dates from about"), _goes_on("In Harbour Towns"), _goes_on("3-6, 6-0,")
    (True, False, True)
    >>> _goes_on("The boats will carry up to 400 passengers each.")
    False
    """
    if "|" in text:
        return False
    if text.endswith(","):
        return True
    last = text.rsplit(None, 1)[-1] if text else ""
    return last[:1].islower() and last[-1] not in _SENTENCE_ENDS


def _a_sentence(text: str) -> bool:
    """True for prose (:func:`is_prose`), or a shorter sentence of five or more words that
    ends in a full stop ("Copyright lawyers say the rules are unclear."; not a notice such
    as "Copyright reserved.").

    >>> _a_sentence("Copyright lawyers say the rules are unclear.")
    True
    >>> _a_sentence("Copyright reserved.")
    False
    """
    return is_prose(text) or (final_char(text) == "." and more_words_than(text, 4))


def _ends_a_wrapped_sentence(before: str, last: str) -> bool:
    """True when ``last`` ends a sentence that ``before`` goes on into (:func:`_goes_on`:
    "... im Auftrag der Gemeinden an der" + "Küste."): the end of a paragraph wrapped at a
    fixed width, not a list of headlines, however capitalised.

    >>> _ends_a_wrapped_sentence("Der Verein arbeitet im Auftrag der Gemeinden an der", "Küste.")
    True
    >>> _ends_a_wrapped_sentence("Ferry fares to rise in May", "Terms of Use/Privacy Policy")
    False
    """
    return final_char(last) in _SENTENCE_ENDS and _goes_on(before)


def _zone_bounds(live: list[Line], head: int, tail: int) -> tuple[int, int]:
    """Which lines bound the zones: the ids of the first and the last prose line (-1 when
    there is none)."""
    if head >= len(live):
        return -1, -1
    return id(live[head]), id(live[tail - 1])


#: A cell of a data table's row has at most so many words ("Indianapolis, IN", "June 20-21").
MAX_DATA_CELL_WORDS = 6

#: What a row of short cells in a layout table and a line of links between bars are called in
#: the audit: menus.
_SHORT_CELLS = "table row of short cells"
_MENU_BAR = "menu bar"
#: The rows of short labels that may head a table of data instead of being a menu.
_ROWS_OF_LABELS = frozenset({_SHORT_CELLS, _MENU_BAR})

#: What moved when the walk up from the end removed lines: only the tail, or more.
_TAIL = "tail"
_ALL = "all"


def _zone(index: int, head: int, tail: int) -> str:
    return "head" if index < head else "tail" if index >= tail else "body"


def shape_family(text: str, *, zone: str) -> tuple[str, str] | None:
    """``(family, description)`` when the line's shape alone marks it as boilerplate.

    >>> shape_family("Home | News | Sport | Weather", zone="body")
    ('navigation', 'menu bar')
    >>> shape_family("By Jane Doe, Staff Writer", zone="head")
    ('meta', 'byline')
    >>> shape_family("By Jane Doe, Staff Writer", zone="body") is None
    True
    """
    stripped = text.strip()
    return _shape(stripped, table_cells(stripped) if "|" in stripped else [], zone)


def _shape(stripped: str, cells: list[str], zone: str) -> tuple[str, str] | None:
    """:func:`shape_family` of a line without white space at its ends, and its cells."""
    menu = len(cells) >= 3 and not stripped.startswith("|") and not CODE_BARS.search(stripped)
    if menu and _short_cells(cells):
        return "navigation", _MENU_BAR
    if _link_menu(stripped, zone):
        return "navigation", "menu of links in a cell"
    if _link_label(stripped):
        return "navigation", "label of a link to more"
    if (
        stripped.startswith("|")
        and _layout_cells(_bullets_off(cells))
        and not TREE_BRANCH.match(stripped)
    ):
        # One short text cell, maybe after a bullet ("| » | Servers |"): a layout table's link
        # or label, wherever it stands (a row of a data table has several cells).
        return "navigation", "table row of one short cell"
    if stripped.endswith("|") and len(cells) == 1 and _layout_cells(cells):
        # "Reviews |": one item of a menu bar that the extractor put on a line of its own.
        return "navigation", "menu item"
    if (
        COPYRIGHT.match(stripped)
        and YEAR.search(stripped)
        and not more_words_than(stripped, 15)
        and (not is_prose(stripped) or _ends_reserved(stripped))
    ):
        # "© 2024 Example Media. All rights reserved.": with a year and not a sentence
        # ("Copyright law changed in 2019 after a long debate."), or ending in the formula
        # of a notice, a notice wherever it is
        return "legal", "copyright notice"
    if _ad_marking(stripped) and not more_words_than(stripped, 30):
        # "Реклама. ООО «Пример», ИНН 7701234567": the advertiser a Russian ad must name
        return "advertising", "ad marking (advertiser's tax number or register token)"
    if _error_widget(stripped) and not more_words_than(stripped, 20) and not is_prose(stripped):
        # "Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter": the error-report widget;
        # a sentence ("To send it, press Ctrl+Enter in the editor.") is a how-to and stays
        return "feedback", "error report (Ctrl+Enter)"
    if _blog_comments_heading(stripped):
        # "11 responses to “Title”": the heading of a blog's comments, wherever it stands
        return "comments", "heading of the comments (a count and the title)"
    media = _media_furniture(stripped)
    if media is not None:
        return "credit", media
    if _photo_credit(stripped):
        return "credit", _PHOTO_CREDIT
    if _post_stamp(stripped):
        return "meta", "stamp of a post (its time and links)"
    if zone == "body":
        if _credit_sign(stripped):
            return "credit", "credit after a copyright sign"
        if _post_header(stripped):
            # "12 posted on 12/21/2031 12:00 AM PST by jim": the header of a comment
            return "meta", "header of a post (date and author)"
        return None
    if stripped.startswith("|") and stripped.endswith("|") and _layout_cells(cells):
        return "navigation", _SHORT_CELLS
    if (
        zone == "tail"
        and DIGIT.search(stripped)
        and not LETTER.search(stripped)
        and len(stripped) <= 12
        and not LIST_NUMBER.fullmatch(stripped)
        and not _closes_a_bracket(stripped)
    ):
        # At the end a bare number is a counter or page number; "10." or "3)" is the number
        # of a list item that an extractor split off from its text, wherever it stands.
        return "meta", "number or counter line"
    if (
        len(stripped) <= MAX_COUNTER_CHARS
        and BARE_COUNTER.fullmatch(stripped)
        and _counts_up(stripped)
    ):
        return "credit", "gallery counter"
    if _pictograph_counter(stripped):
        return "meta", "counter with a pictograph"
    if AGE_RATING.fullmatch(stripped):
        return "meta", "age rating"
    if len(stripped) <= MAX_RATING_CHARS and RATING.fullmatch(stripped):
        return "comments", "rating in stars or points"
    if _download_link(stripped):
        return "navigation", "link to a file with its type and size"
    if (
        COPYRIGHT.match(stripped)
        and not more_words_than(stripped, 40)
        and not (
            _a_sentence(stripped)
            and (COPYRIGHT_SENTENCE.match(stripped) or stripped[:3].casefold() == "(c)")
        )
    ):
        # "© Example Media", "Copyright Example Media Ltd 2008": not a sentence that opens
        # with the word ("Copyright rules changed in 2019 after a long debate ...", "Copyright
        # lawyers say the rules are unclear."), nor the third item of a list ("(c) The
        # council shall publish its accounts every year.")
        return "legal", "copyright line"
    if (
        zone != "body"
        and ("егистр" in stripped or "№" in stripped)
        and _media_registration(stripped)
    ):
        return "legal", "registration of the media outlet"
    if zone == "tail" and _legal_footer(stripped):
        return "legal", "footer with a copyright year"
    if zone == "tail" and not cells and _signed_copyright(stripped):
        return "legal", "copyright sign and year"
    if zone == "tail" and _long_copyright_notice(stripped):
        return "legal", "copyright notice and what follows it"
    if _error_report(stripped):
        return "feedback", "error report (Ctrl+Enter)"
    if stripped[:1] == "#" and _hashtags(stripped):
        return "tags", "line of hashtags"
    if _related_category(stripped):
        return "related", "category of a related post"
    if _is_byline(stripped):
        return "meta", "byline"
    if _is_staff_credit(stripped):
        return "meta", "staff credit"
    if zone == "head" and _name_and_role(stripped):
        return "meta", "name and role of the author"
    if stripped[:1] == "@" and HANDLE.fullmatch(stripped):
        return "meta", "handle of the author on a social network"
    if _agency_credit(stripped):
        return "credit", "agency credit"
    if _first_published(stripped):
        return "credit", "note of first publication"
    if _is_date_line(stripped):
        return "meta", "date line"
    if _date_and_author(stripped):
        return "meta", "date and author line"
    if _name_and_date(stripped):
        return "meta", "name and date line, or an agency's dateline"
    if _source_and_date(stripped):
        return "meta", _SOURCE_AND_DATE
    return None


@dataclass(frozen=True)
class RemoveSymbolLines:
    """Remove lines without a letter or digit: ``.``, ``…``, ``|``, ``•``, ``»``, ``* * *``;
    and lines of HTML tags only (``<br>``, ``</div>``), which show no text either."""

    name: ClassVar[str] = "remove_symbol_lines"

    def __call__(self, doc: Document) -> None:
        """Remove every line that has no word character, or holds HTML tags alone."""
        for line in doc.live():
            text = line.text
            if not WORD_CHAR.search(text):
                doc.remove(line, rule=self.name, reason="line without any letter or digit")
            elif text.lstrip()[:1] == "<" and not HTML_TAG.sub("", text).strip():
                doc.remove(line, rule=self.name, reason="line of HTML tags only")


@dataclass(frozen=True)
class RemoveBoilerplate:
    """Remove navigation, share, related, subscribe, ad, comment, legal, credit, meta and tag
    lines found in the lexicons of the article's languages or by their shape (menu bars,
    copyright lines, bylines and date lines at the edges), plus the ``extra_phrases``.
    """

    name: ClassVar[str] = "remove_boilerplate"
    families: tuple[str, ...] = tuple(f for f in FAMILIES if f != "section")
    #: Sorted, so the step pickles to the same bytes in every process (a frozenset's order
    #: depends on the string hash seed, which would break caches keyed on the pickle).
    extra_phrases: tuple[str, ...] = ()
    #: The families a line may match, by (at an edge, ends in a colon); worked out once per
    #: instance in ``__post_init__`` (not a field: not compared, pickled or serialised).
    _allowed: ClassVar[dict[tuple[bool, bool], frozenset[str]]]
    #: The keys of ``extra_phrases`` (``line_key``), worked out in ``__post_init__`` too.
    _extra: ClassVar[frozenset[str]]
    #: ``families`` as a set, for the many looks at it per line (a set's look-up is the
    #: cheaper); worked out in ``__post_init__`` too.
    _families: ClassVar[frozenset[str]]

    def __post_init__(self) -> None:
        allowed = {
            (edge, colon): frozenset(
                family
                for family in self.families
                if (edge or family in STRONG_FAMILIES) and (family in COLON_FAMILIES or not colon)
            )
            for edge in (False, True)
            for colon in (False, True)
        }
        object.__setattr__(self, "_allowed", allowed)
        object.__setattr__(self, "_extra", frozenset(map(line_key, self.extra_phrases)))
        object.__setattr__(self, "_families", frozenset(self.families))

    def __reduce__(self) -> tuple[type[RemoveBoilerplate], tuple[tuple[str, ...], ...]]:
        # Pickle the fields only: the sets above would pickle in an order that depends on
        # the string hash seed, and the bytes must be the same in every process.
        return type(self), (self.families, self.extra_phrases)

    def __call__(self, doc: Document) -> None:
        """Remove boilerplate lines: any family at the edges, strong signals in the middle.

        Then walk down from the top and up from the end: while the first or the last prose
        line is itself boilerplate of the edges (a disclosure of affiliate links above the
        article, a copyright notice or a comment policy with a lexicon phrase under it), remove
        it and treat what stands before the next prose line, or after the one before, as the
        head or the tail as well.
        """
        for key in _MEMO_KEYS:
            doc.memo.pop(key, None)  # worked out from this run's lines when first needed
        self._notices(doc)
        self._above_the_headline(doc)
        start = 0  # where the next look by zone begins: only the tail moved when not 0
        while True:
            self._by_zone(doc, start)
            self._under_a_caption_label(doc)
            self._answers_under_a_question(doc)
            self._names_by_a_date(doc)
            split = self._labels_split_from_their_line(doc)
            self._byline_under_the_deck(doc)
            if (
                split
                | self._posts_over_counts(doc)
                | self._menu_items(doc)  # all four run: each looks at what went before it
                | self._comment_section(doc)
                | self._form_in_the_body(doc)
            ):
                # lines went that other lines were judged next to (a date line by a piece of a
                # sentence), or the last paragraphs (the comments): look at them all again
                start = 0
                continue
            if self._walk_down_from_the_top(doc):
                start = 0
                continue
            first = _zone_bounds(*doc.zones())[0]
            moved = self._walk_up_from_the_end(doc)
            if moved is not None:
                # The zones or the neighbours of kept lines changed.  When only the last
                # paragraph went, only the lines after the one before it changed zone: the
                # rest were looked at in the same zone, with the same neighbours (many
                # boilerplate paragraphs at the end are walked up in one pass each, not one
                # pass over the whole text each).
                live, head, tail = doc.zones()
                same_head = head < len(live) and id(live[head]) == first
                start = tail if moved == _TAIL and same_head else 0
                continue
            start = 0
            if not (self._list_under_a_label(doc) or self._entries_after_a_label(doc)):
                return
            # headlines or entries under a label went: the end may have moved, look again

    def _by_zone(self, doc: Document, start: int = 0) -> None:
        """Check every line in its zone, from the live line ``start`` on in the first pass;
        again while the zones move (the first or the last prose line went: a prose line
        that goes inside the body moves no zone)."""
        while True:
            live, head, tail = doc.zones()
            bounds = _zone_bounds(live, head, tail)
            for index in range(start, len(live)):  # removals leave ``live`` as it is
                line = live[index]
                if self._is_extra(line.text):
                    doc.remove(line, rule=self.name, reason="extra phrase from the configuration")
                else:
                    self._check(doc, line, zone=_zone(index, head, tail))
            start = 0
            if _zone_bounds(*doc.zones()) == bounds:
                return

    def _under_a_caption_label(self, doc: Document) -> None:
        """Remove the line right after a caption label that went (a lexicon entry marked
        `` >``: "Image caption," + "Crowds gathered outside parliament"): the caption, when it
        has at most ``MAX_LABELLED_WORDS`` words and is no sentence.  When the extractor
        dropped the caption, the article's next paragraph stands there: it stays.
        """
        if "credit" not in self._families or not _recorded(doc, _LEXICON_CREDIT, _lexicon_credit):
            return  # no lexicon credit went: no label (most articles)
        # The lines that went are looked at through their records, each once per run (the
        # count looked at is kept in doc.memo): records are only added, and the line after a
        # label never comes back once it went or stayed, so a second look finds nothing new.
        # Looking at every line that went after each pass took quadratic time when thousands
        # of paragraphs at the end go one by one.
        records = doc.records
        index = _memo(doc, _CAPTION_LABELS, int, int)
        while index < len(records):
            record = records[index]
            index += 1
            if record.action == "replaced" or not LEXICONS.labels_next(
                record.text, doc.languages, self.families
            ):
                continue
            for line in doc.from_line(record.line):
                if not line.removed or line.text != record.text:
                    continue
                after = _line_after(doc, line)
                if (
                    after is None
                    or after.removed
                    or after.prose
                    or more_words_than(after.text, MAX_LABELLED_WORDS)
                ):
                    continue
                doc.remove(after, rule=self.name, reason="credit: caption under a caption label")
        doc.memo[_CAPTION_LABELS] = index

    def _answers_under_a_question(self, doc: Document) -> None:
        """Remove the buttons of a feedback widget: under a question of the feedback family
        that went ("Was this article helpful?"), the lines right after it that
        are each a word of ``ANSWER_WORDS`` alone ("Yes" + "No", "Ja" + "Nein", "Да" +
        "Нет").  An interview's answer "No." stands under a question that stays.
        """
        if "feedback" not in self._families or not _recorded(
            doc, _FEEDBACK_QUESTION, _feedback_question
        ):
            return  # no such question went (most articles)
        # the questions as the records name them (the lines of an input line split in two
        # share its number), not looked up in the lexicons again
        questions = {(rec.line, rec.text) for rec in doc.records if _feedback_question(rec)}
        for line in doc.lines:
            if not line.removed or (line.lineno, line.text) not in questions:
                continue
            after = _line_after(doc, line)
            while (
                after is not None
                and not after.removed
                and line_key(after.text) in ANSWER_WORDS
                and after.text.strip()[-1:] not in ".!?"
            ):
                doc.remove(after, rule=self.name, reason="feedback: button of a feedback widget")
                after = _line_after(doc, after)

    def _names_by_a_date(self, doc: Document) -> None:
        """Remove a person's name alone in the head ("Juan Pérez", ``PERSON_NAME``, no
        section phrase) on the line right before or after a date line that went: the author
        of a byline block, often under a deck that keeps it from the title.  Not the first
        line of a text without a given title: that may be the headline of a profile ("Ana
        López" + its date).
        """
        if "meta" not in self._families:
            return
        live, head, _ = doc.zones()
        found = [
            line
            for index, line in enumerate(live[:head])
            if (index or doc.title_given)
            and PERSON_NAME.fullmatch(line.text.strip())
            and not is_section_label(line.text, doc.languages)
            and any(
                other is not None and other.removed and _dated(other.text.strip())
                for other in (_line_before(doc, line), _line_after(doc, line))
            )
        ]
        if found and not _title_case_text(live[head:]):
            for line in found:
                doc.remove(line, rule=self.name, reason="meta: name of the author by a date (head)")

    def _labels_split_from_their_line(self, doc: Document) -> bool:
        """At the edges, remove a label and the line under it when the two, joined as the one
        line the extractor split, are boilerplate there: "Source:" + "Reuters", "Von:" +
        "Anna Muster", "Просмотров:" + "1234", "Read more:" + a headline.  The label is at
        most ``MAX_SPLIT_LABEL_CHARS`` long and ends in a colon; without one, it is the words
        of a date line over a date ("Pubblicato il" + "12 marzo 2031") or those that open a
        byline over the name ("By" + "Jane Doe"), nothing else
        (:func:`~newsclean.shapes.is_value_label`).  One of the two may have gone already,
        as a phrase on its own ("Tags:", "Reuters"): then the other goes.

        Not when the line under the label is prose or longer than a line at the edges may be
        (a label may lead into a paragraph: "Update:" + "The council has since ..."), nor
        when it ends a sentence, however short ("Quellen:" + "Mehr auf der Website der
        Stadt."), nor under a label that repeats the title.  Nor a line in the head that may
        be the headline (:func:`_may_be_the_headline`), nor a date or a number under a
        lead-in that is no date's label (:func:`_labels_the_date`), nor a row of labels,
        which is judged on its own ("The odds:" + "Home | Draw | Away").  Nor pieces of a
        sentence wrapped at a fixed width: the line above the label ends in an open word, or
        the line under it in a comma ("... read Dan Brown's The" + "Da Vinci Code:" + "Mark
        Liberman,").  The lines are paired as on the text written back: section labels and
        breadcrumbs between them are stepped over, and so are the lines of the head that
        repeat a headline above them (:func:`_repeats_a_headline`: they go later), and when
        the line next to one went, the nearest that stays is tried as well
        (:class:`_PairWalk`).  True when a line went: the lines around it are judged again,
        as on the text written back.
        """
        # the lines that may be such a label, found once per run (lines only go while this
        # rule runs): most texts have none, and then nothing else is looked at
        labels = _memo(
            doc,
            _SPLIT_LABELS,
            frozenset,
            lambda: frozenset(
                id(line)
                for line in doc.lines
                # the length first, without a call: most lines are blank or longer than any
                # label
                if 0 < len(line.text) <= _LABEL_LINE_CHARS and _may_label_its_line(line)
            ),
        )
        if not labels:
            return False
        live, head, _ = doc.zones()
        over: frozenset[int] = frozenset()
        headline = None
        # Lines of the head to step over, when a label stands above the first paragraph,
        # gone or not (a walk from the tail ends at the last paragraph), found once per
        # call: a line this rule removes is no title, and a repeat of it that is still
        # stepped over only pairs two lines that then went on a rerun as well.
        end = doc.position(live[head]) if head < len(live) else len(doc.lines)
        if any(id(line) in labels for line in islice(doc.lines, end)):
            head_lines = live[:head]
            over = frozenset(id(line) for line in head_lines if _repeats_a_headline(doc, line))
            # without a given title, the headline the title search may take is in no pair,
            # and is stepped over: on the text written back it stands above the rest
            if doc.title is None:
                headline = _headline_candidate(doc, head_lines)
            if headline is not None:
                over |= {id(headline)}
                over |= _labels_by_the_headline(doc, head_lines, over)
        removed, went = True, False
        while removed:  # the pairs that this rule's removals brought together, as on a rerun
            removed = False
            live, head, tail = doc.zones()
            walk = _PairWalk(doc, over)
            for index in (*range(head), *range(max(head, tail), len(live))):
                line = live[index]
                if line.removed or line.prose or line is headline:
                    continue
                zone = _zone(index, head, tail)
                # the line next to it, removed or not; then the next one that stays, which
                # is next to it on the text written back
                for stays in (False, True):
                    if id(line) in labels:  # the label, over its line
                        label = line
                        under = walk.neighbour(line, 1, stays=stays)
                    else:  # the line under a label
                        label = walk.neighbour(line, -1, stays=stays)
                        under = line
                    if label is None or under is None:
                        break
                    found = self._split_pair(doc, label, under, zone, labels=labels, walk=walk)
                    if found is not None:
                        reason = f"{found[0]}: {found[1]}, split over two lines ({zone})"
                        for gone in (label, under):
                            if not gone.removed:
                                doc.remove(gone, rule=self.name, reason=reason)
                        removed = went = True
                        break
                    if not (label.removed or under.removed):
                        break  # both stay: the same pair on the text written back
        return went

    def _split_pair(
        self,
        doc: Document,
        label: Line,
        under: Line,
        zone: str,
        *,
        labels: frozenset[int],
        walk: _PairWalk,
    ) -> tuple[str, str] | None:
        """:meth:`match` of ``label`` and ``under`` joined, when they are such a pair and no
        guard of :meth:`_labels_split_from_their_line` keeps them."""
        if id(label) not in labels or under.prose or len(under.text) > MAX_EDGE_CHARS:
            return None  # most lines: no label above or below
        if (not under.removed and under.text.rstrip()[-1:] in ".!?,") or (
            doc.title is not None and repeats_title(label.text, doc.title_keys())
        ):
            # a sentence under a lead-in, a piece of one ("Mark Liberman,"), or a label that
            # is the headline
            return None
        above = walk.neighbour(label, -1, stays=True)
        if above is not None and ends_open(above.text):
            return None  # "... read Dan Brown's The" + "Da Vinci Code:": a wrapped sentence
        if not _split_label(label.text) and not self._labels_its_value(doc, label, under, zone):
            return None
        found = self._matched(doc, f"{label.text.strip()} {under.text.strip()}", zone)
        if (
            found is None
            or (zone == "head" and _may_be_the_headline(doc, label, under))
            # a date or a number after a lead-in other than a date's label: an entry of the
            # article's own list ("Key dates:" + "3 May 2031"), as _check keeps it
            or (found[1] in _FIGURE_LINES and not _labels_the_date(label.text, under.text))
            # a row of labels is judged on its own: a data table's header stays ("The odds:"
            # + "Home | Draw | Away")
            or found[1] in _ROWS_OF_LABELS
        ):
            return None
        return found

    def _labels_its_value(self, doc: Document, label: Line, under: Line, zone: str) -> bool:
        """True when ``label``, a label without a colon, labels the line under it: the words
        that open a byline over the name ("By" + "Jane Doe"), or the words of a date line
        over a date; not over the times of a timetable ("Samstag" + "8:00, 10:00, 12:00"),
        nor over a date that heads an entry of the article's own timeline at the end
        ("Monday" + "3 May 2031" + "Work begins.")."""
        opener, value = label.text.strip(), under.text.strip()
        if byline_opener(opener) and _is_byline(f"{opener} {value}"):
            return True
        return (
            _labels_the_date(opener, value)
            and _dated(value)
            and not (zone == "tail" and self._heads_an_entry(doc, under))
        )

    def _byline_under_the_deck(self, doc: Document) -> None:
        """Remove the byline block between the deck and the body: up to ``MAX_BYLINE_BLOCK``
        lines between the first paragraph and the next, each a line whose shape the head
        would lose as meta or credit (a byline, a date line, an agency credit; not a phrase
        of the lexicons: "Sources: ..." under a paragraph may be text) or a person's name
        alone (not in English or German text, where capitalised words may be a heading:
        :func:`_title_case_text`), with a shape other than a bare date among them, or a name
        and a date: "By Jane Doe" + "March 3, 2031"; a line that opens with "By" or holds a
        figure must be among them.  A date alone stays (a timeline may open so), and so does
        a block with any other line.  A repeat of the paragraph above it is stepped over:
        ``remove_repeated_paragraphs`` removes it later, and the answer must be the same on
        the cleaned text.
        """
        if "meta" not in self._families:
            return
        live, head, _ = doc.zones()
        if not head + 1 < len(live):
            return  # no paragraph, or nothing after the first
        block: list[Line] = []
        deck = live[head].text.casefold()
        for line in islice(live, head + 1, None):  # the head is a few lines: no copy of the rest
            if repeats_the_one_before(line.text.casefold(), deck):
                # a repeat of the first paragraph, which a later rule removes once the block
                # went; a repeat of a line of the block is in the block (both go)
                continue
            if not _byline_part(line.text):  # the cheap test first
                if not block or not line.prose:
                    return
                break
            if line.prose:
                break
            if len(block) == MAX_BYLINE_BLOCK:
                return  # too long for a byline block
            block.append(line)
        else:
            return  # no paragraph after the block: the zones take care of a tail
        if not any(BYLINE.match(line.text) or DIGIT.search(line.text) for line in block):
            return  # a byline block holds a byline or a figure (a date, a time)
        shapes = []
        names: bool | None = None  # whether a name alone may count: worked out when needed
        for line in block:
            found = self._matched(doc, line.text, "head")
            if found is not None and found[0] in ("meta", "credit") and not _a_phrase(found[1]):
                shapes.append(found[1])  # a shape, not a phrase: "Source: ..." may be text
                continue
            if PERSON_NAME.fullmatch(line.text.strip()):
                if names is None:
                    names = not _title_case_text(live[head:])
                if names:
                    shapes.append(_NAME)
                    continue
            return
        dated = sum(shape == "date line" for shape in shapes)
        named = shapes.count(_NAME)
        if dated + named == len(shapes) and not (dated and named):
            return  # dates alone, or names alone: not a byline
        for line in block:
            doc.remove(line, rule=self.name, reason="meta: byline block under the deck (head)")

    def _posts_over_counts(self, doc: Document) -> bool:
        """Remove the headlines of a list of posts: a headline-shaped line (``_is_teaser``)
        right above a count of comments that went ("Demo at the harbour" + "12-05-2006 14:30
        | 2 comment(s)"), below the first paragraph, when the text has two or more such
        pairs.  The article's own subheadings are not counted for comments; its headline,
        above the first paragraph, is left.  True when a line went.
        """
        if (
            "comments" not in self._families
            or not _recorded(doc, _COMMENTS, _comments_record)  # the look-up shared with below
            or not _recorded(doc, _COUNT, _comment_count)
        ):
            return False
        live, head, _ = doc.zones()
        if head == len(live):
            return False  # no paragraph
        first = doc.position(live[head])  # the first paragraph: the counts below it count
        # Each count is looked above once: this runs again after each line that goes at the
        # end, and thousands of counts may go so.  The line above a count stays the same
        # line, and one that went never comes back.
        gone = _comments_gone(doc)
        for line in islice(gone.order, gone.looked, None):
            above = _line_before(doc, line)
            if above is not None and not above.removed and _is_teaser(above.text):
                gone.under_teasers.append((line, above))
        gone.looked = len(gone.order)
        found = [
            above
            for line, above in sorted(gone.under_teasers, key=lambda pair: doc.position(pair[0]))
            if not above.removed and doc.position(line) > first
        ]
        if len(found) < MIN_POSTS:
            return False
        for line in found:
            doc.remove(
                line,
                rule=self.name,
                reason="related: headline of a post over its count of comments",
            )
        return True

    def _comment_section(self, doc: Document) -> bool:
        """Remove the readers' comments at the end of the article: every line after the
        heading of a comment section that went ("Comments (23)", "5 Kommentare", "11
        responses to “Title”"), when a paragraph stands above the heading, and below it the
        section's furniture ("Report abuse", "Reply", "Add your comment") or the header of a
        post ("Posted by: jim | January 14, 2031 07:20 PM") went at least once in every
        ``MAX_COMMENT_PARAGRAPHS`` paragraphs, to the end of the text: the readers' names,
        their words and their ratings.  Under a heading without a count ("Comments"), which
        may be a link to the comments, ``MIN_COMMENT_HEADERS`` headers of a post must have
        gone.  A longer stretch of text without such a line is no comment section (or more
        than one): then nothing goes, and neither does it
        when another count of comments follows (a blog's list of posts, each with a link to
        its comments) or no furniture does (a heading may close the article, as a link to
        its comments).  True when a line went.
        """
        if "comments" not in self._families or not _recorded(doc, _COMMENTS, _comments_record):
            return False
        # the lines that may head a comment section, found once per run (lines only go while
        # this rule runs): most texts have none, and then nothing is looked at again however
        # many times the end moves
        headings = _memo(
            doc,
            _HEADINGS,
            dict,
            lambda: {
                id(line): counted
                for line in doc.lines
                if (counted := _comments_heading(line.text, doc.languages))
                or _bare_comments_heading(line.text, doc.languages)
            },
        )
        if not headings:
            return False
        # the last of them: when none above it heads the section, none can (found once too)
        last = _memo(
            doc,
            _LAST_HEADING,
            Line,
            lambda: next(line for line in reversed(doc.lines) if id(line) in headings),
        )
        gone = _comments_gone(doc).keys  # the lines removed as comments: one look-up each
        heading = None
        prose = furniture = beyond = False
        since = 0  # paragraphs since the heading or the last line of furniture
        headers = 0  # headers of a post that went under the heading
        previous = ""  # a paragraph repeated right after itself goes later: counted once
        for line in doc.lines:
            if beyond and heading is None:
                return False  # no heading: the rest of a long text is not looked at again
            beyond = beyond or line is last
            if line.blank:
                continue
            if not line.removed:
                if heading is None:
                    prose = prose or line.prose
                elif line.prose and line.text.casefold() != previous.casefold():
                    since += 1
                    if since > MAX_COMMENT_PARAGRAPHS:
                        return False  # text without the section's furniture: not a comment
                previous = line.text
                continue
            if heading is None:
                if prose and id(line) in headings:
                    heading = line
            elif (line.lineno, line.text) in gone:
                if DIGIT.search(line.text):
                    return False  # another count: a list of posts, each with its comments' link
                furniture, since = True, 0
            elif _post_header(line.text.strip()):
                headers, since = headers + 1, 0
        if heading is None:
            return False
        if not (
            (headings[id(heading)] and (furniture or headers)) or headers >= MIN_COMMENT_HEADERS
        ):
            return False
        below = removed = False
        for line in doc.lines:
            below = below or line is heading
            if below and not line.removed and not line.blank:
                doc.remove(
                    line, rule=self.name, reason="comments: readers' comments under their heading"
                )
                removed = True
        return removed

    def _menu_items(self, doc: Document) -> bool:
        """Remove the items of a menu that the extractor put one to a line, each ending in
        the bar that joined it to the next ("Opening Hours |", "City Library - Reading Rooms
        and Study Spaces |"): a run of ``MENU_ITEM_RUN`` or more such lines, each of at most
        ``MENU_ITEM_WORDS`` words and no sentence, with no sentence between them (headings of
        the menu's parts may stand between).  A short item goes alone (``_shape``: "menu
        item"); a longer one only in such a run.  True when a line went.
        """
        if "navigation" not in self._families:
            return False
        # how many lines are menu items, counted once per run (lines only go while this rule
        # runs); most texts have no line that ends in a bar: one search over the text
        items = _memo(
            doc,
            _BARS,
            int,
            lambda: (
                sum(1 for line in doc.lines if _menu_item(line.text))
                if doc.any_line(MENU_ITEM_END.search)
                else 0
            ),
        )
        if items < MENU_ITEM_RUN:
            return False
        removed = False
        run: list[Line] = []  # items that went for another reason count: the run is the same
        for line in [*doc.lines, None]:
            if line is not None and _menu_item(line.text):
                run.append(line)
                continue
            if line is not None and (not run or line.blank or line.removed or not line.prose):
                # only a sentence that stays parts a run: other lines may go, here or in a
                # later step (a repeat of the title, a section label), and a second run
                # would not see them
                continue
            if len(run) >= MENU_ITEM_RUN:
                for item in run:
                    if not item.removed:
                        doc.remove(item, rule=self.name, reason="navigation: run of menu items")
                        removed = True
            run = []
        return removed

    def _form_in_the_body(self, doc: Document) -> bool:
        """Remove the labels of a form's fields (:func:`_form_label`: "Your name: *", or a
        bare label with a colon, "Email address:") that stand two or more in a row between
        paragraphs ("Your name: *" + "Your email address: *(We won't publish this.)"): a
        comment or e-mail form that prose lines around it (its notes, the comments) put in
        the body, where one label alone may lead into its text ("Email:" + an address).
        Lines that went for another reason may stand between them.  True when a line went.
        """
        if "comments" not in self._families:
            return False
        fields = _memo(doc, _FORMS, _FormFields, lambda: _FormFields(doc))
        removed = False
        for run in fields.runs():
            if len(run) >= MIN_FORM_FIELDS:
                for line in run:
                    if not line.removed:
                        doc.remove(line, rule=self.name, reason="comments: fields of a form")
                        removed = True
        return removed

    def _notices(self, doc: Document) -> None:
        """Remove every line that opens with a notice of the lexicons (entries marked
        `` +``: "We use cookies to ...", "Diese Website verwendet Cookies ..."), wherever it
        stands and however long it is: a cookie or consent banner is never article text.
        Only a line whose first letters start a notice is looked at further: most lines
        open otherwise.
        """
        families = self._allowed[True, False]
        for line in doc.live():
            if not LEXICONS.may_open_notice(line.text):
                continue
            found = LEXICONS.notice(line.text, doc.languages, families)
            if found is not None:
                doc.remove(line, rule=self.name, reason=f"{found[0]}: {found[1]!r} (notice)")

    def _above_the_headline(self, doc: Document) -> None:
        """With a given title: the lines above its repeat at the top of the text are page
        furniture (menus, teasers, dates, slogans) when no paragraph comes before the repeat
        and one follows it within a few lines (the headline leads into the article; a title
        line inside a poem or a list does not).  Section labels and breadcrumbs stay for
        ``extract_section``.
        """
        if not doc.title_given or not doc.title or "navigation" not in self._families:
            return
        live = doc.live()
        at = headline_repeat(live, doc.title_keys())
        if not at:  # no such repeat, or nothing above it
            return
        for line in live[:at]:
            text = line.text
            if _section_or_crumbs(text, doc.languages):
                continue
            doc.remove(line, rule=self.name, reason="navigation: above the headline (head)")

    def _walk_up_from_the_end(self, doc: Document) -> str | None:
        """Remove boilerplate at the very end, line by line, until a line is kept: the last
        line when it is boilerplate or a label ending in a colon (a form field, the header of
        a list already removed), a list of headlines after the last prose line, else the last
        prose line when it is boilerplate itself (a copyright notice).  Not None when the
        lines need another look: ``_TAIL`` when a prose line went (the lines after the prose
        line before it are now the tail), ``_ALL`` when a list of headlines went (a line kept
        for its neighbour, such as the end of a wrapped sentence, may have lost it).
        """
        while True:
            live, head, tail = doc.zones()
            if head == len(live):
                return None  # no prose: no article text to walk back to, leave the lines
            last = live[-1]
            if "comments" in self._families and _is_form_label(doc, last):
                doc.remove(last, rule=self.name, reason="comments: label at the end (tail)")
                continue
            if self._check(doc, last, zone="tail"):
                if last.prose:
                    return _TAIL
                continue
            if (
                not last.prose
                and len(live) > 1
                and live[-2].prose  # not the last item of a list ("Passport", "Travel")
                and "navigation" in self._families
                and is_section_label(last.text, doc.languages)
            ):
                # a link to a section page ("All news", "Politics") under the article
                doc.remove(last, rule=self.name, reason="navigation: section link at the end")
                continue
            if self._teaser_list(doc):
                return _ALL
            if tail <= head or live[tail - 1] is last:
                return None
            return _TAIL if self._check(doc, live[tail - 1], zone="tail") else None

    def _walk_down_from_the_top(self, doc: Document) -> bool:
        """Remove the first prose line when it is boilerplate in the head and speaks in the
        site's voice (:func:`_in_the_sites_voice`) or is one of the site's requests to the
        reader (to subscribe, to click a link): a site's line that reads as a sentence and
        stands above the article (a disclosure of affiliate links, a paywall's request), which
        the zones count as the first paragraph.  Only while another prose line follows it:
        the text keeps a body.  True when the line went (the head now reaches to the next
        prose line: look at the lines again).
        """
        live, head, tail = doc.zones()
        if head + 1 >= tail:
            return False
        first = live[head]
        if "|" in first.text:
            return False  # a layout table's row: judged by its cells, in its zone
        # Only the site's notes read as sentences (a phrase or a shape of the head makes
        # none); the voice after them, as its searches cost more.  The site's requests are
        # made to the reader in any case ("Ouça este episódio no Spotify ...").
        found = self._site_notes(first.text, zone="head", languages=doc.languages)
        return (
            found is not None
            and (found[0] == "subscribe" or found[1] == _CLICK or _in_the_sites_voice(first.text))
            and self._check(doc, first, zone="head")
        )

    def _furniture_at_the_end(self, doc: Document) -> bool:
        """True when this rule removed a line of page furniture after the last paragraph
        (a share bar, a copyright line, a comment form): the end of the page, not of an
        article that ends in a list."""
        return _recorded(doc, _TAIL_FURNITURE, _tail_furniture)

    def _list_under_a_label(self, doc: Document) -> bool:
        """Remove the headlines listed under a related-stories label that went ("Related
        articles", "Читайте также"; a whole-line phrase, not "Read more: <headline>", which
        is one item): the lines right after it that are headlines of other stories, in text
        not wrapped at a fixed width.  The last line before the first paragraph stays: it may
        be the article's own headline under a label of the page ("Most read" + headline +
        article).  True when a line went.
        """
        if "related" not in self._families or not _recorded(doc, _RELATED_LABEL, _related_label):
            return False
        live, head, _ = doc.zones()
        if doc.hard_wrapped(live):
            return False
        headline = live[head - 1] if 0 < head < len(live) else None
        keys = doc.title_keys()
        under_label = removed = False
        for line in doc.lines:
            if line.removed:
                # not a repeat of the title, which is the title line written back when the
                # title is such a label ("Lesen Sie auch die folgenden Beiträge:")
                under_label = under_label or (
                    _is_list_label(line.text, doc.languages, RELATED)
                    and not (keys and repeats_title(line.text, keys))
                )
            elif under_label and line is not headline and _is_teaser(line.text, two_parts=True):
                doc.remove(line, rule=self.name, reason="related: headline under a label")
                removed = True
            elif not line.blank:
                under_label = False
        return removed

    def _entries_after_a_label(self, doc: Document) -> bool:
        """Remove the entries listed under the last label of a tag or related list that went
        ("Tags:", "Related Topics", "Теги"; see :func:`_heads_entries`) and has entries under
        it (a label with none, such as "Most read" after the tags, is stepped over), when
        they are all that follows it to the end of the text and a paragraph comes before it: short
        headline-shaped lines ("France", "Climate change", "What is a weather bomb?"), none of
        them a sentence, in text not wrapped at a fixed width.  Then the entries under the
        label above, and so on up, in the same pass.  True when a line went.
        """
        wanted = ENTRY_FAMILIES.intersection(self.families)
        if not wanted or not _recorded(
            doc,
            _ENTRY_LABEL,
            lambda record: record.rule == self.name and record.reason.split(":", 1)[0] in wanted,
        ):
            return False
        # The entries under each label, from the end up: once the entries under the last
        # label go, those under the label above it are all that follows that label.
        blocks: list[list[Line]] = []
        entries: list[Line] = []
        for line in reversed(doc.lines):
            if line.blank:
                continue
            if line.removed:
                found = LEXICONS.match(line.text, doc.languages, wanted)
                heads = (found is not None and _heads_entries(*found)) or (
                    found is None and "related" in wanted and _more_from_a_name(line.text.strip())
                )
                if heads and entries:
                    blocks.append(entries)
                    entries = []
                # other furniture between the entries ("Share"), or a label with nothing
                # under it ("Most read" after "Tags:" and its entries)
                continue
            if not _is_entry(line.text):
                break
            entries.append(line)
        if not blocks:
            return False  # no label with entries under it
        live = doc.live()
        # the entries of every block are the last live lines (the labels between them went);
        # tags may start in lower case, so they are not counted as wrapped text
        before = live[: len(live) - sum(map(len, blocks))]
        if not any(line.prose for line in before) or doc.hard_wrapped(before):
            return False  # no paragraph of the article before the label, or wrapped text
        first_prose = next(index for index, line in enumerate(before) if line.prose)
        left = len(live)  # the live lines left above the entries removed so far
        for block in blocks:
            left -= len(block)
            if left <= first_prose:
                break  # no paragraph of the article above this label
            for line in reversed(block):
                doc.remove(line, rule=self.name, reason="tags: entry after a label at the end")
        return True

    def _teaser_list(self, doc: Document) -> bool:
        """Remove a list of headlines at the very end, after the last prose line: three or
        more headline-shaped lines, none of them a list item ("- ...", "1. ..."), that make
        two thirds of the lines there (or all of them).  Else two or more short ones on
        lines of their own, whatever stands between them, in text not wrapped at a fixed
        width.  Either only when page furniture after the last paragraph went or a headline
        sits in a layout table's cell, and never in a list that a line of the article's own
        leads into with a colon (:meth:`_led_in`).
        """
        if "related" not in self._families:
            return False
        live, head, tail = doc.zones()
        run = live[tail:]
        if tail <= head or len(run) < SHORT_TEASER_RUN:
            return False
        teasers = [line for line in run if _is_teaser(line.text)]
        if teasers and (
            self._led_in(doc, teasers[0])
            or (len(run) > 1 and _ends_a_wrapped_sentence(run[-2].text, run[-1].text))
        ):
            return False
        furniture = self._furniture_at_the_end(doc)
        if not furniture and not any(line.text.startswith("|") for line in teasers):
            # Lines of their own with nothing of the page's after them may be the article's
            # own list under a heading ("What changes for passengers" + its facts): only a
            # layout table's cells or page furniture at the end show the page's list.
            return False
        if len(run) < TEASER_RUN or len(teasers) < len(run):
            # not a run of headlines only: two thirds of three or more, or short ones after
            # page furniture, in text that is not wrapped at a fixed width
            wrapped = doc.hard_wrapped(live)
            if (
                len(run) < TEASER_RUN
                or len(teasers) < TEASER_RUN
                or 3 * len(teasers) < 2 * len(run)
                or wrapped
            ):
                teasers = [line for line in teasers if _is_short_teaser(line.text)]
                if len(teasers) < SHORT_TEASER_RUN or wrapped or not furniture:
                    return False
        for line in teasers:
            doc.remove(line, rule=self.name, reason="related: list of headlines at the end")
        return True

    def _led_in(self, doc: Document, first: Line) -> bool:
        """True when the line above ``first`` leads into a list of the article's own: it
        ends in a colon and is no boilerplate ("The key dates are:", "Results:", "Es endet
        so:"; not "Read also:" or "Mehr zum Thema:", which head a list of other stories)."""
        before = _line_before(doc, first)
        return (
            before is not None and before.text.rstrip().endswith(":") and self._stays(doc, before)
        )

    def _matched(self, doc: Document, text: str, zone: str) -> tuple[str, str] | None:
        """:meth:`match` of ``text`` in ``zone``, worked out once per run of the rule (kept
        in ``doc.memo``): the answer depends on nothing else, and the rule looks at every
        line again after some lines went, which in a long text may happen several times."""
        memo: dict[tuple[str, str], tuple[str, str] | None] = _memo(doc, _MATCHED, dict, dict)
        key = (text, zone)
        if key not in memo:
            memo[key] = self.match(text, zone=zone, languages=doc.languages)
        return memo[key]

    def _check(self, doc: Document, line: Line, *, zone: str) -> bool:
        found = self._matched(doc, line.text, zone)
        if found is None:
            return False
        if zone == "head" and "|" not in line.text and is_section_label(line.text, doc.languages):
            # left for extract_section: some section labels are phrases of other families
            # too ("Kommentar" also counts comments, "Latest news" heads a related list)
            return False
        if found[1] in _FIGURE_LINES and (
            self._in_a_wrapped_sentence(doc, line)
            or (zone == "tail" and self._heads_an_entry(doc, line))
        ):
            return False
        if (
            line.text[:1].islower()
            and _a_phrase(found[1])
            and self._in_a_wrapped_sentence(doc, line, wrapped_text=True)
        ):
            # a phrase in lower case between the pieces of a sentence, in text wrapped at a
            # fixed width ("asked them to" + "share" + "them with friends, or ..."): a piece
            # too (in text of a paragraph a line, such a line between two paragraphs is
            # a label that the page set there, "advertisement")
            return False
        if found[1] == _SOURCE_AND_DATE and self._leads_into_the_next(doc, line):
            return False
        if found[1] in _ROWS_OF_LABELS and self._heads_a_data_table(doc, line):
            return False
        if zone == "head" and found[0] == "credit" and _labelled_headline(doc, line):
            return False
        doc.remove(line, rule=self.name, reason=f"{found[0]}: {found[1]} ({zone})")
        return True

    def _heads_an_entry(self, doc: Document, line: Line) -> bool:
        """True when a date or a number alone on a line at the end heads an entry of the
        article's own timeline or list, rather than dating the page: the next line is a short
        sentence (:func:`_entry_sentence`: "1998" + "The city proposes a bridge.", "3 April
        2004" + "Work begins."), or the dates and numbers alone above it follow a line that
        leads into them with a colon ("Tour dates:" + "Friday 3 May 2031"; not the field of a
        form, "Email address:", :func:`_is_form_label`).  That line must be
        one that no rule of this step takes away, in any zone, and repeat no headline, so
        that the answer is the same on the cleaned text.
        """
        after = _line_after(doc, line)
        if (
            after is not None
            and _entry_sentence(after.text)
            and self._stays(doc, after)
            and not _repeats_a_headline(doc, after)
        ):
            return True
        above = _line_before(doc, line)
        while above is not None and _figures_alone(above.text):
            above = _line_before(doc, above)
        return (
            above is not None
            and above.text.rstrip().endswith(":")
            and not _is_form_label(doc, above)
            and not _labels_the_date(above.text, line.text)  # "Veröffentlicht:" + its date
            and self._stays(doc, above)
            and not _repeats_a_headline(doc, above)
        )

    def _in_a_wrapped_sentence(
        self, doc: Document, line: Line, *, wrapped_text: bool = False
    ) -> bool:
        """True when ``line`` is a piece of a sentence wrapped at a fixed width, not a date line:
        the line before goes on mid-sentence, and ``line`` ends in a full stop ("... built
        between" + "1904-1906.") or the line after goes on in lower case ("... for the period" +
        "1904-1906" + "was published in ...").

        Its neighbours must be lines that no later rule takes away, so that the answer is the
        same on the cleaned text: neither is boilerplate itself, in any zone.  The line
        before has more words than a section label, is not a breadcrumb or a lexicon phrase,
        not a repeat of the title (the given one, or any headline-shaped line above it, one of
        which may become the title), and not the line the title search would stop at (a line
        other than a label stands above it, or it is not headline-shaped).  The line after
        has more than three words and repeats no headline either.  With ``wrapped_text``, the
        whole text must be wrapped so too (:meth:`Document.hard_wrapped`).
        """
        text = line.text
        after = None
        if final_char(text) != "." or text.endswith("..."):
            after = _line_after(doc, line)
            if (
                after is None
                or not after.text.lstrip()[:1].islower()
                or not more_words_than(after.text, 3)
                or not self._stays(doc, after)
            ):
                return False
        before = _line_before(doc, line)
        if before is None or not self._stays(doc, before):
            return False
        text = before.text.rstrip()
        if not _goes_on(text) or not more_words_than(text, 3) or is_label(text):
            return False  # a label's shape ("D b-l y": three words, four tokens) may be the
            # section that extract_section takes from under the title
        if is_head_label(text, doc.languages) or (wrapped_text and not _wrapped_text(doc)):
            return False
        # The headlines above last: the first look works them out from every line of the text.
        if (after is not None and _repeats_a_headline(doc, after)) or _repeats_a_headline(
            doc, before
        ):
            return False
        return not is_headline(text) or _lines_above(doc).title_stops_above(doc, before)

    def _heads_a_data_table(self, doc: Document, line: Line) -> bool:
        """True when the row of short cells or the menu bar ``line`` heads a table of data:
        the line after it is a row with as many bars, cells of at most
        ``MAX_DATA_CELL_WORDS`` words and a figure, that this rule keeps ("| Team | P | W |
        Pts |" + "| Harbour Rovers | 20 | 13 | 43 |", "Home | Draw | Away" + "2.10 | 3.40 |
        3.20").  A menu has no such row under it (the text of the page stands there, in a
        long cell, or another menu).  The row must also repeat no headline, which
        ``remove_repeated_title`` may take away: the answer must be the same on the cleaned
        text."""
        after = _line_after(doc, line)
        if after is None or after.text.count("|") != line.text.count("|"):
            return False
        return (
            DIGIT.search(after.text) is not None
            and not any(
                more_words_than(cell, MAX_DATA_CELL_WORDS) for cell in table_cells(after.text)
            )
            and self._stays(doc, after)
            and not _repeats_a_headline(doc, after)
        )

    def _leads_into_the_next(self, doc: Document, line: Line) -> bool:
        """True when the line after ``line`` goes on from it after a dash ("Example Wire -
        October 9, 2031" + "– Although ..."): the dateline that opens a paragraph, split
        from it.  That line must stay (see :meth:`_in_a_wrapped_sentence`), and repeat no
        headline (a repeat of the title that opens with a dash goes later)."""
        after = _line_after(doc, line)
        return (
            after is not None
            and after.text.lstrip()[:2] in DATELINE_DASHES
            and self._stays(doc, after)
            and not _repeats_a_headline(doc, after)
        )

    def _stays(self, doc: Document, line: Line) -> bool:
        """True when ``line`` is present and this rule would keep it in any zone."""
        return (
            not line.removed
            and not self._is_extra(line.text)
            and not any(self._matched(doc, line.text, zone) for zone in ("head", "tail"))
        )

    def _is_extra(self, text: str) -> bool:
        """True for a line that is one of the configured ``extra_phrases``."""
        return bool(self._extra) and line_key(text) in self._extra

    def _every_cell(
        self, cells: list[str], zone: str, languages: tuple[str, ...], *, what: str = "cell"
    ) -> tuple[str, str] | None:
        """At the edges, a table row whose every cell with words is boilerplate on its own
        ("| 15 January 2008 | Print this article |"), or a line of parts joined by middle
        dots or bullets (``what="part"``: "Listen to this article · 4:12 min"): the family of
        its first such cell."""
        first = None
        for cell in cells:
            if not LETTER.search(cell):
                continue
            found = self._match(cell, zone=zone, languages=languages)
            if found is None:
                return None
            first = first or found
        return None if first is None else (first[0], f"{first[1]} and the like in every {what}")

    def _joined_parts(
        self, stripped: str, zone: str, languages: tuple[str, ...]
    ) -> tuple[str, str] | None:
        """At the edges, parts joined by middle dots or bullets ("Listen to this article ·
        4:12 min") or links joined by slashes ("Terms of Use/Privacy Policy"), each
        boilerplate on its own (:meth:`_every_cell`); "and/or" joins words that are none.
        Or boilerplate and a request to follow a handle after it (``FOLLOW_HANDLE_AT_END``:
        "By Jane Doe Follow @janedoe")."""
        if _dotted(stripped):
            parts = [part for part in map(str.strip, LINK_SEPARATOR.split(stripped)) if part]
            if len(parts) > 1:
                found = self._every_cell(parts, zone, languages, what="part")
                if found is not None:
                    return found
        if "/" in stripped and "//" not in stripped:
            parts = [part.strip() for part in stripped.split("/")]
            if 1 < len(parts) <= MAX_SLASHED_LINKS and all(parts):
                return self._every_cell(parts, zone, languages, what="part")
        if "@" in stripped and (cut := FOLLOW_HANDLE_AT_END.search(stripped)) is not None:
            # a byline and the author's follow button ("By Jane Doe Follow @janedoe")
            found = self._match(stripped[: cut.start()].strip(), zone=zone, languages=languages)
            if found is not None:
                return found[0], f"{found[1]} and a request to follow"
        return None

    def match(self, text: str, *, zone: str, languages: tuple[str, ...]) -> tuple[str, str] | None:
        """``(family, what matched)`` when ``text`` is boilerplate in ``zone`` (``head``,
        ``body`` or ``tail``), else None.  At the edges a line that no phrase or shape
        matched may still be the site's promotion of its newsletter or channel, or its
        disclosure of affiliate links, however worded (looked at last: they cost a search).
        """
        found = self._match(text, zone=zone, languages=languages)
        if found is not None or "|" in text:
            return found  # a layout table's row: its cells are judged as such
        return self._site_notes(text, zone=zone, languages=languages)

    def _site_notes(
        self, text: str, *, zone: str, languages: tuple[str, ...]
    ) -> tuple[str, str] | None:
        """:meth:`match` for what no phrase or shape matched: a bar of share buttons, and at
        the edges the site's notes to the reader however worded (its requests, the letters it
        asks for, its licence, its disclosure of affiliate links, the fields of a comment
        form, a breadcrumb at the end); in the body only the site's own promotion."""
        if "share" in self._families and _share_bar(text, at_edge=zone != "body"):
            return "share", "bar of share buttons"
        if "comments" in self._families and _comment_policy(text):
            # the comments under an article put its policy between them, in the body too
            return "comments", "the site's note on its comment policy"
        if "navigation" in self._families and _media_prompt(text):
            # where the video or the gallery stood, in the body too
            return "navigation", "label of a video or a gallery"
        if "credit" in self._families and _social_embed_credit(text.strip()):
            return "credit", "credit of an embedded post"
        if "credit" in self._families and is_image_file(text):
            # where the picture stood, in the body too
            return "credit", "file name of a picture"
        if zone == "body":
            # in the body only a promotion in which the site speaks as "we" ("Never miss a
            # story: sign up to our newsletter", "Подписывайтесь на наш канал в Telegram"),
            # set between paragraphs as many sites do; an article may name a newsletter or a
            # channel for its own sake ("Residents may subscribe to the council's flood alerts")
            if "subscribe" in self._families and _own_promotion(text):
                return "subscribe", _PROMOTION
            return None
        stemmed = len(text) <= MAX_SHORT_CHARS and _holds_a_stem(
            text, _ASCII_REQUEST_STEMS if text.isascii() else _REQUEST_STEMS
        )
        if "subscribe" in self._families:
            for test, what, needs_a_stem in _SITE_REQUESTS:
                if (stemmed or not needs_a_stem) and test(text):
                    return "subscribe", what
            if self._pitch_then_button(text, languages):
                return "subscribe", "pitch to the reader and its sign-up button"
        if "share" in self._families and _question_then_share(text, languages):
            return "share", "question to the reader and a request to share"
        if stemmed and "feedback" in self._families and _letters_invitation(text):
            return "feedback", "invitation to write to the editor"
        if "feedback" in self._families and _contact_line(text):
            return "feedback", "address to write to"
        if "comments" in self._families and _login_to_comment(text):
            return "comments", "the site's note that only a reader logged in may comment"
        if "related" in self._families and _more_of_a_section(text, languages):
            return "related", "link to more of a section"
        if "related" in self._families and _more_from_a_name(text.strip()):
            return "related", _MORE_FROM
        if "navigation" in self._families and _click_here(text.strip()):
            return "navigation", _CLICK
        if "navigation" in self._families and _loading_note(text.strip()):
            return "navigation", "a widget's note that it is loading"
        if zone == "tail" and "comments" in self._families and _form_field(text):
            return "comments", "label of a comment form's field"
        if (
            zone == "tail"
            and "navigation" in self._families
            and _breadcrumb_at_end(text, languages)
        ):
            return "navigation", "breadcrumb at the end"
        if "legal" in self._families and _licence_notice(text):
            return "legal", "notice of the site's Creative Commons licence"
        if "advertising" in self._families and _affiliate_disclosure(text):
            return "advertising", "disclosure of affiliate links"
        return None

    @staticmethod
    def _pitch_then_button(text: str, languages: tuple[str, ...]) -> bool:
        """A site's pitch to the reader that ends in the label of its sign-up button, joined
        into one line by the extractor: "Do you want to hear of our actions? Sign up here",
        "Willst du mehr davon? Jetzt anmelden".  The label, at most ``MAX_BUTTON_WORDS``
        words after the pitch's last question mark, exclamation mark or full stop, is a
        whole phrase of the subscribe family; the pitch speaks to the reader or as the site
        (:func:`_in_the_sites_voice`) in at most ``MAX_PITCH_WORDS`` words, quoting no one.
        "What happens next? Subscribe." asks nothing of the reader, and stays.
        """
        if len(text) > MAX_SHORT_CHARS:
            return False
        end = max(text.rfind("? "), text.rfind("! "), text.rfind(". "))
        if end < 0:
            return False  # most lines: one sentence, or none that ends before a last label
        head, button = text[: end + 1], text[end + 2 :]
        return (
            not more_words_than(button, MAX_BUTTON_WORDS)
            and LEXICONS.match(button, languages, _SUBSCRIBE) is not None
            and not more_words_than(head, MAX_PITCH_WORDS)
            and _in_the_sites_voice(head)
            and _the_site_speaks(text)
        )

    def _match(self, text: str, *, zone: str, languages: tuple[str, ...]) -> tuple[str, str] | None:
        """:meth:`match` but for a promotion of the site's newsletter or channel and a
        disclosure of affiliate links (not looked for in the cells of a table row either)."""
        at_edge = zone != "body"
        if (
            len(text) <= MAX_SHORT_CHARS  # no scan of a long line for the substrings
            and ("xtern" in text or "внешн" in text or "estern" in text)
            and "legal" in self._families
            and not more_words_than(text, MAX_DISCLAIMER_WORDS)
            and EXTERNAL_SITES_DISCLAIMER.search(text) is not None
        ):
            return "legal", "disclaimer of external sites"
        if "credit" in self._families and (
            (")" in text[-4:] and _is_caption(text))
            or ("/" in text[-40:] and _is_wire_caption(text))
        ):
            return "credit", "image caption with a photo credit"
        # Cheap gates first: most lines are body prose, far longer than any phrase (in the
        # body only a "Read also: <headline>" line, with a separator early on, a copyright
        # notice or a Russian ad marking is longer).
        size = len(text)
        if size > MAX_MIDDLE_CHARS and "|" not in text and not _ad_marking(text):
            if size > MAX_EDGE_CHARS:
                if not (at_edge and _opens_with_copyright(text)):
                    return None
            elif not (at_edge or _label_early(text) or COPYRIGHT.match(text)):
                return None
        if is_fragment(text):
            return None
        stripped = text.strip()
        if "|" not in stripped and not COPYRIGHT.match(stripped):
            # Without a bar or a copyright sign only a phrase or the Ctrl+Enter widget can
            # match in the body, and at the edges also a byline or a line with a digit (date,
            # counter): most lines are none of these, and are let go after a word look-up.
            edge_shape = (
                at_edge
                and (
                    DIGIT.search(stripped)
                    or BYLINE.match(stripped)
                    or _is_staff_credit(stripped)
                    or (zone == "head" and _name_and_role(stripped))
                    or stripped[:1] == "@"
                    or _blog_comments_heading(stripped)
                    or _agency_credit(stripped)
                    or _first_published(stripped)
                    or _dotted(stripped)
                    or stripped[:1] == "#"
                    or _error_report(stripped)
                    or _related_category(stripped)
                    or _link_label(stripped)
                )
            ) or (
                not at_edge
                and (
                    _link_label(stripped)
                    or (POSTED.match(stripped) and DIGIT.search(stripped))
                    or _post_stamp(stripped)
                    or _posted_at(stripped)
                    or (stripped[:1] in _COUNT_INITIALS and _blog_comments_heading(stripped))
                    or (len(stripped) <= MAX_MEDIA_CHARS and DIGIT.search(stripped))
                )
            )
            if not edge_shape and not LEXICONS.may_match(text) and not _error_widget(stripped):
                # no other shape or phrase can match: a photo's credit (``_shape`` looks for
                # it too, for the lines let through here by something else)
                if "credit" in self._families and _photo_credit(stripped):
                    return "credit", _PHOTO_CREDIT
                return None
        cells = table_cells(stripped) if "|" in stripped else []
        shape = _shape(stripped, cells, zone)
        if shape is not None:
            return shape if shape[0] in self._families else None
        cell = _lone_cell(stripped, cells) if cells else None
        if cell is not None:
            # A layout table's row around one piece of text: judge the text itself.
            found = self._match(cell, zone=zone, languages=languages)
            return None if found is None else (found[0], f"{found[1]} in a table row")
        if at_edge and len(cells) > 1:
            # a row of a layout table, or links joined by bars ("Terms of Use | Privacy
            # Policy"; three or more short ones are a menu bar, above)
            found = self._every_cell(cells, zone, languages)
            if found is not None:
                return found
            if (
                "navigation" in self._families
                and stripped.startswith("|")
                and _menu_row(stripped, cells, languages)
            ):
                return "navigation", "row of a menu table"
        if at_edge:
            found = self._joined_parts(stripped, zone, languages)
            if found is not None:
                return found
        # Longer lines only as a whole phrase ("Save my name, email, and website in this
        # browser for the next time I comment.", in German seventeen words) or as "Read also:
        # <a headline>" (the headline may have up to HEADLINE_MAX_WORDS words with its label,
        # see below).
        long_line = more_words_than(text, MAX_EDGE_WORDS)
        if long_line and not _label_early(text) and not LEXICONS.may_be_whole(text):
            return None
        if (
            not at_edge
            and not more_words_than(stripped, LEXICONS.max_heading_words + 2)
            and COUNTED_HEADING.fullmatch(stripped)
        ):
            # A heading that no article uses for its own text ("Comments (3)") opens the
            # page's comment section, wherever it stands.
            heading = LEXICONS.heading(stripped, languages, self.families)
            if heading is not None:
                return heading[0], repr(heading[1])
        if stripped.count("(") > stripped.count(")"):
            return None  # "(Published" + "Nov. 24, 2031)": a parenthesis wrapped onto two lines
        colon = text.endswith(":")
        allowed = self._allowed[at_edge, colon]
        if colon and zone == "head" and "navigation" in self._families:
            # "Sie sind hier:", "You are here:" above the headline: the label of a breadcrumb
            # whose crumbs went (at the end, "Email:" may lead into an address)
            allowed = allowed | _NAVIGATION
        found = LEXICONS.match(_without_magnitude(text), languages, allowed)
        if found is None or not (at_edge or _strong_in_body(*found)):
            return None
        if not at_edge and found[0] == "navigation" and is_list_item(stripped):
            return None  # "- home page": an item of a list of links that the article gives
        # A longer line in the body only as a whole phrase ("Your email address will not be
        # published") or as "Read also: <a headline>": a label with a colon, then no sentence.
        prefix = found[1].endswith("*")
        label_and_headline = found[0] == "related" and found[1].endswith(":*") and is_headline(text)
        if long_line and prefix and not label_and_headline:
            return None
        if (
            not at_edge
            and prefix
            and not label_and_headline
            and more_words_than(text, MAX_MIDDLE_WORDS)
        ):
            return None
        if (
            found[0] == "related"
            and found[1].endswith(":*")
            and text.endswith(".")
            and _goes_on_after_label(text)
        ):
            # "Mira: no lo sé, dijo el alcalde.": after the colon a sentence goes on in lower
            # case, however short; a headline after a label opens with a capital
            return None
        if prefix and _sentence_after_a_bare_opening(*found, text):
            # "Фото сделано в 2019 году.", "More from the council on Monday.": a sentence
            return None
        if prefix and not found[1].endswith(":*'") and REPORTED_SPEECH.search(text):
            # "Stay informed, police urged residents.": an opening without a colon that goes
            # on to report whose words it is; after a colon a headline may say "says"
            return None
        if (
            prefix
            and is_prose(text)
            and (
                not found[1].endswith(":*")
                or (text.endswith(".") and not _related_label_of_words(*found))
            )
        ):
            # An opening without a colon goes on as words of its own: when they make a
            # sentence ("Follow us on the journey as the team crosses the Atlantic."), it is
            # someone's words, wherever it stands.  After a colon a headline follows ("Read
            # also: ..."), which does not end in a full stop; a sentence that does ("Watch:
            # The council will decide on the fees next month.") is someone's words too, but
            # not after a related label of two or more words, which opens no sentence ("Read
            # also: Water prices will rise by 4 percent.", as machine translation writes a
            # headline ending in "4 proc.").
            return None
        return found[0], repr(found[1])
