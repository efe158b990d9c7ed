"""Every regular expression newsclean uses, compiled once at import, each with its purpose.

Patterns use the ``regex`` module for Unicode properties (``\\p{L}``,
``\\p{Extended_Pictographic}``).
"""

from __future__ import annotations

import regex

# -- encoding ------------------------------------------------------------------------------

#: An HTML character reference that ends in ``;``: named (``&amp;``), decimal or hex.  Legacy
#: references without ``;`` (``&copy`` in ``?a=1&copy=2``) are left alone: in plain text they
#: are far more often part of a URL than an entity.
HTML_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

#: Characters that are never visible text: C0/C1 controls other than tab and the line breaks
#: (those are the whitespace rule's), zero-width spaces and joiners, word joiner, BOM, soft
#: hyphen, invisible math operators, the Mongolian vowel separator.  A zero-width joiner
#: between two emoji is kept (it builds one emoji, as in family or profession emoji).
INVISIBLE = regex.compile(
    r"(?<!\p{Extended_Pictographic}[\uFE0F\U0001F3FB-\U0001F3FF]?)\u200D"
    r"|\u200D(?!\p{Extended_Pictographic})"
    r"|[\x00-\x08\x0E-\x1B\x1F\x7F\x80-\x84\x86-\x9F\u00AD\u180E\u200B\u200C\u2060-\u2064\uFEFF]"
)

#: A lone UTF-16 surrogate (a ``str`` built from broken data); it cannot be encoded as UTF-8.
LONE_SURROGATE = regex.compile(r"[\uD800-\uDFFF]")

# -- whitespace ----------------------------------------------------------------------------

#: Line breaks other than ``\n``: CR, vertical tab, form feed, file/group/record separators,
#: NEL, and the Unicode line and paragraph separators.  (The CR of a CRLF ending is dropped
#: before this pattern splits a line.)
LINE_BREAK = regex.compile(r"[\r\x0B\x0C\x1C-\x1E\x85\u2028\u2029]")

#: Something for the whitespace rule to do: any white space other than a single inner space
#: (tabs, no-break and other Unicode spaces, runs, leading or trailing space, line breaks).
WHITESPACE_WORK = regex.compile(r"[^\S ]|  |^ | $")

#: A run of white space inside a line (tabs, NBSP, thin, narrow and ideographic spaces).
SPACE_RUN = regex.compile(r"\s+")

# -- lines ---------------------------------------------------------------------------------

#: A word character (letter, digit, underscore).
WORD_CHAR = regex.compile(r"\w")

#: A letter: a line without one (``.``, ``|``, ``•``, ``* * *``, ``64``, ``12.03.2024``) holds
#: no text.
LETTER = regex.compile(r"\p{L}")

#: A digit, for date and counter lines.
DIGIT = regex.compile(r"\d")

#: A sentence fragment that an extractor split off: it starts in lower case and ends a sentence
#: ("home.", "published on Wednesday."); lexicon phrases never match it.
FRAGMENT = regex.compile(r"^\p{Ll}.*[.!?…]$")

#: A sentence boundary inside a line ("... years. Now ..."): a headline has none.
INNER_SENTENCE_END = regex.compile(r"\p{Ll}{3,}[.!?]\s+\p{Lu}")

#: A menu bar or a table row of short cells: "Home | News | Sport", "| Business |".
CELL_SEPARATOR = regex.compile(r"\s*\\?\|\s*")

#: A copyright line: "© 2024 Example Media", "Copyright 2007 The Associated Press. ...".
COPYRIGHT = regex.compile(r"^(?:©|\(c\)|copyright\b|\p{L}+\s+©)", flags=regex.IGNORECASE)

#: A byline: "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Автор: Иван Петров".
BYLINE = regex.compile(
    r"^(?:by|von|par|por|di|da|przez|autor|автор|author|text|texte|текст)\b:?\s+\p{Lu}",
    flags=regex.IGNORECASE,
)

#: Words for matching lines against titles and lexicons: letters and marks, with inner
#: apostrophes; digits are left out so that counters ("Comments (12)") match "comments".
LETTER_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")

#: Tokens for counting words and comparing paragraphs (letters and digits).
TOKEN = regex.compile(r"\w+")

#: The end of a prose sentence: a full stop or ellipsis, then closing quotes or brackets.
PROSE_END = regex.compile(r"[.…][\"'”’»)\]]*$")

#: The end of a question or exclamation, then closing quotes or brackets.
EXCLAIM_END = regex.compile(r"[!?][\"'”’»)\]]*$")

#: Characters a headline does not end with: a clause or list lead-in.
LEAD_IN_END = regex.compile(r"[:,;]$")

#: The separators between a headline and a site name: "Title | Site", "Site - Title".
SITE_SEPARATOR = regex.compile(r"\s+[|\-–—·•:/]{1,2}\s+|\s+::\s+")

#: The separators of a breadcrumb: "Home > News > Politics", "Главная » Новости", "A / B"
#: (a slash only with spaces around it: "Knight Ridder/Tribune" is a name).
CRUMB_SEPARATOR = regex.compile(r"\s*[>»›→]\s*|\s+/\s+")

#: A section label's shape: at most three words of letters (with ``&``, ``-``, ``'``).
LABEL_SHAPE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:&|[\p{L}\p{M}'’\-]+)){0,2}", flags=regex.V1
)
