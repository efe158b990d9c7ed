"""Property tests: no crash, idempotence, determinism, nothing lost without a record."""

from __future__ import annotations

import pickle
from collections import Counter

from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean import EmptyBodyError, make_pipeline
from newsclean.document import Document
from tests.conftest import assert_stable

LINE_RULES = [
    "remove_front_matter",
    "extract_title",
    "extract_section",
    "remove_repeated_title",
    "remove_symbol_lines",
    "remove_boilerplate",
    "remove_repeated_paragraphs",
]
CHARACTERS_ONLY = make_pipeline(disable=LINE_RULES)

WORDS = st.sampled_from(
    [
        "the",
        "council",
        "budget",
        "said",
        "on",
        "Monday",
        "city",
        "bus",
        "tram",
        "plan",
        "Москва",
        "новости",
        "Stadtrat",
        "année",
        "débat",
        "presupuesto",
        "bilancio",
        "budżet",
        "orçamento",
        "upstairs",
        "share",
        "news",
        "top",
    ]
)
SENTENCE = st.lists(WORDS, min_size=8, max_size=20).map(lambda ws: " ".join(ws).capitalize() + ".")
HEADLINE = st.lists(WORDS, min_size=2, max_size=8).map(lambda ws: " ".join(ws).title())
JUNK = st.sampled_from(
    [
        ".",
        "upstairs",
        "News",
        "Политика",
        "Share",
        "Read also: Trams run all night",
        "•",
        "|",
        "Advertisement",
        "Наверх",
        "Nach oben",
        "Home > World > Europe",
        "Comments (12)",
        "",
        "Found a mistake? Select the text and press Ctrl+Enter",
        "© 2024 Example Media",
        "Copyright (c) Example Wire Ltd. 2031, All Rights Reserved.",
        "Example Wire - January 2, 2031 7:33 AM ET",
        "Posted by: jim | 14 January 2031 07:20 PM",
        "Last Edited: Friday, 11 Jan 2031",
        "We use cookies to improve the site and to show you relevant news.",
        "“We use cookies only with consent,” she said.",
        "Tags:",
        "Related Topics",
        "Теги",
        "ставка",
        "Subscribe to our channel in Telegram",
        "“Follow us on this road,” he urged.",
        "Was this article helpful?",
        "2 posted on 12/20/2031 12:23:10 PM PST by jim",
        "Ïðèâåò, ìèð! Ýòî íîâîñòü.",
        "---",
        "title: Trams run all night",
        "url: https://example.org/a",
        "Title: Trams run all night",
        "URL Source: https://example.org/a",
        "Markdown Content:",
        "EXCLUSIVE",
        "Zutaten",
        "Paris, le 3 novembre 2031",
        "Communiqué de presse",
        "Already a subscriber? Log in to keep reading.",
        "Contenu réservé aux abonnés",
        "Write to Jane Doe at jane.doe@example.com",
        "4,5 von 5 Sternen (128 Bewertungen)",
        "This guide contains links to products from our partners. We may earn a commission.",
        "Listen to this episode on Spotify or wherever you get your podcasts.",
        "Sort by: Newest",
        "Télécharger le communiqué (PDF, 120 Ko)",
        "Posted By: jim2031 | January 14 2031 at 07:20 PM",
        "The views expressed in this article are the author's own.",
        "Все главные новости — в нашем телеграм-канале",
        "Home / Sport / Cycling",
        "Photo: Jane Doe Example Press Agency",
    ]
)
DAMAGE = st.sampled_from(
    ["", "\u00a0", "\u200b", "\u00ad", "&amp;", "\t", "  ", "\r", "\ufeff", "Ã©"]
)
# Markdown from scrapers that keep links and headings: a line as a link, a heading, a menu
# item, links only, and a sentence with a link inside.
MARKDOWN = st.one_of(
    st.one_of(HEADLINE, JUNK, SENTENCE).map(lambda text: f"[{text}](https://example.org/a)"),
    st.one_of(HEADLINE, JUNK).map(lambda text: f"## {text}"),
    st.lists(st.one_of(HEADLINE, JUNK), min_size=1, max_size=4).map(
        lambda texts: " ".join(f"[{text}](/{i})" for i, text in enumerate(texts))
    ),
    JUNK.map(lambda text: f"* [{text}](/x)"),
    SENTENCE.map(lambda text: "{} [{}](/link) {}".format(*text.split(" ", 2))),
)
LINE = st.one_of(SENTENCE, HEADLINE, JUNK, st.tuples(SENTENCE, DAMAGE).map("".join), MARKDOWN)
ARTICLE = st.tuples(
    st.lists(LINE, min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", "\r\n"])
).map(lambda parts: parts[1].join(parts[0]))
ANY_TEXT = st.one_of(st.text(), ARTICLE, st.text(alphabet=st.characters(codec="utf-8")))


def _clean(text: str) -> newsclean.Article | None:
    try:
        return newsclean.clean(text)
    except EmptyBodyError:
        return None


@given(ANY_TEXT)
# a draft of the comment-section rule removed the comments but did not look at the new tail
# again: "Trending" above them went only on a second run
@example(
    "Ferry news\n\nThe council met on Tuesday to approve the new timetable for the ferry.\n\n"
    "Trending\n\nHarbour Weekly Online\n\nComments (2)\n\nHarbourFan, 2 hours ago\n\n"
    "About time too, the queues on the bypass were terrible for weeks.\n\nReport abuse"
)
# found by atheris (seed 199): the title "~ | | t" became its part "t", which on the text
# written back opens a sentence wrapped at a fixed width, so the second run found no title
@example("~ | | t\x0bt\x0btf.i.i>o=g")
# found by atheris (seed 202) on the first draft of the run of menu items: a repeat of the
# title ("f") parted the run, and the second run, without it, found three items
@example("f\ns5|\ns5|\nf\ns1|")
# found by atheris (seed 205): the run of menu items went after the lines by zone were
# judged, and a date line ("h2") judged next to them as a piece of a sentence went only on
# a second run; the lines are now judged again
@example("p\x0ch,f$w&2\x0ch2\x0ch/f f.3|\nI|\nr|")
# found by atheris (seeds 199 and 201) on the first fix: the repeat stood last, or a second
# repeat ("t*") stood between it and the body; the line after the title on the cleaned text
# is the body's first line that stays
@example("~ | | t\x0bt\nt*\x0btf.i.i>o=g")
@example("~ | | t\x0ctt r\ta b't\x0bt")
# found by atheris (seed 206): the part was a section label ("News @ ~"), which the title
# search steps over on the cleaned text
@example("News\x1dNews @ ~ | t\x0bt")
# found by the thorough profile: the title repeated at the end, twice (a markdown link and its
# shown text); the copy went as a repeated paragraph, and a second run took the first one as
# the title repeated at the end
@example(
    "B0B0B0B:B:B:B:B\rA:A:A:A:A:A:A:A.\rB00(B00(B00(B00(B00(B00(B00(B[00](/)\r"
    "B00(B00(B00(B00(B00(B00(B00(B00"
)
# found by the thorough profile: repeats of the title with no paragraph after them
@example("B0B0B0B0B0B0B&ap;\rB0B0B0B0B0B0B&ap;\rB0B0B0B0B0B0B")
@example("Council the the the the the the the.&amp;\n" * 3)
# found by the thorough profile: a label over a "headline" of marks or figures only
@example("B\rC > A 0\rB")
@example("A\r0 0 0 0\r0")
# Inputs that broke drafts of the kicker rule, where a line that a later step takes away (a
# repeat, a label) stands between a kicker and the headline.  Atheris found the first and
# the last (shown without its control characters); the two in between fail on a draft that
# left such lines in place.
@example(
    "a\\|||||||||||||\x0c\x03||pens\nPens\n\nN\x00\x00\x00|\x1a\x00\x00\x00\x00\x00\x00\x00\n"
    "pens\n\nN\x00\x00\x00\x00\x00\x00\x01\x05\x01\x00Bridge op o f\x00\x00\x00z\x00"
)
@example("EXAMPLE NEWS\n\nExample News\n\nCouncil approves the ferry plan\n\nIt did so.")
@example("Madrid\n\nSociedad\n\nCierra la estación de Atocha\n\nLa estación cierra hoy.")
@example(
    "\x0b\x03Bc\n?;\x0b\n?\x0b\x03Bc\n?;\x0b\n?\x0b\x03Bc\n?;\x0b\x0bYrf*nf <c,c,;c,;c,;<cc\n"
    "?\x0b\x03Bc\n?\x0b*nf <c,;c,;c,,"
)
# found by atheris: a lower-case label ("news") made the text look wrapped at a fixed width
# on the first pass only (the kicker rule first judged the wrapping on every line)
@example("\n\x03Ns\nnews\n\nBridgcb)':rbdarb[:rbde opens\n\n!1e")
# found by the thorough profile on a draft that took a name for a byline only under the
# title: "Aa Aa" above a repeat of the title was the section, and the text written back has
# the section line under the title
@example("B0B0B0B0B0B0A0B0B0B0B0B&ap;\r0\rAa Aa\rB0B0B0B0B0B0A0B0B0B0B0B")
# found by the thorough profile: a byline block of two equal lines under a deck, then a
# repeat of the deck; the block rule stepped over the second line as a repeat, and the
# second clean removed the repeat of the deck that the first one kept
@example(
    "A:A:A:A:A:A:A:A.\rE:A-<.< A:R< - JANUAR0 20 2000 0000 00 ER\r"
    "E:A-<.< A:R< - JANUAR0 20 2000 0000 00 ER\rA:A:A:A:A:A:A:A."
)
# found by atheris on the first markdown draft: a link's label with a space before it was
# the title " s", and the text written back has the title "s"
@example("[ s](/)\x1d3")
# and one whose title "**.**b" showed ".b" when it was read again
@example("****.****b\x0be")
# found by the thorough profile on the first draft of the title repeated at the end: its
# removal left "NEWS" the last line after prose, which remove_boilerplate took on a second run
@example("E0E0E0E0E0E0E0SA0E0E:E:E:E:A\rA:A:A:A:A:A:A:A.\rE0E0E0E0E0E0E0SA0E0E0E0E0E0A\rNEWS")
# found by atheris (seed 211): a date line under a section label was kept as a piece of a
# sentence wrapped from the label, and went once the label was written back as the section
@example("G\x1eD b-l y\ndate3\nc 2-3-i")
# found by the thorough profile (unstable at the start of session 25 too): a letter alone
# next to the title, "B", was a section on the written text, where the section line "Á"
# stood between
@example("BB0BB0BB0BB0BB0BB0BB0BB\r0\rB\rÁ\rBB:BB:BB:BB:BB:BB:BB:BB.")
# found by atheris (seed 257): the section "Ae" under the title "Ah" counted against the line
# in lower case, so the text was not wrapped; written back without it, the text was wrapped
# and "Ah" no title
@example('Ah\nAe\nH\nhe|O|O|Oa|e\nY_"`>FA\nY+Y,cY\nY\nYYYz\nYY\nA')
# found by my random-page script (seed 508) on a draft of the split-label rule: 'Quellen:'
# over a row of empty cells that remove_symbol_lines took, then a line it makes boilerplate
# with; on the text written back, without the row, the two were a pair
@example(
    "Known practitioners\nQuellen:\n|  |  |\n'IT HAPPENS'\nOs números\n"
    "Etwa 600.000 neue Aktiensparer unter 30 Jahren verzeichnete das Deutsche Aktieninstitut "
    "für das Jahr 2020, ein Anstieg von 67 Prozent im Vergleich zum Vorjahr.\n"
    "Author: Eric Reynolds Editor: Angela Bowey\nPersonal Journal:"
)
# found by my random-page script (seed 552; written anew here), failing on fbf525c: a headline
# of two parts counted the label-shaped line under it, which extract_section takes, against
# the one line in lower case, so the text was not judged wrapped at a fixed width; written
# back without its section line, it was, and the headline was no title
@example(
    "Ferry service returns! Tickets on sale now\n\nHarbour\n\n"
    "The ferry left the harbour at seven on Monday with forty passengers.\n\n"
    "The crossing took twenty minutes in calm weather.\n\n"
    "Tickets cost two euros and are sold on board.\n\n"
    "The council paid for the new landing stage.\n\n"
    "A second ferry will join the service in June.\n\n"
    "Residents had asked for the service for years.\n\n"
    "The mayor travelled on the first crossing.\n\n"
    "and the operator said more trips would follow."
)
def test_never_crashes_and_is_idempotent(text: str) -> None:
    first = _clean(text)
    if first is None:
        return
    assert_stable(first)


@given(ARTICLE)
# found by the thorough profile: the written title line tipped the hard-wrapped test
@example(
    "The the the the the the the the.\nupstairs\nThe the the the the the the the.\n"
    "The The The The\nThe The The The\nNews\nThe The\nThe The The The\nThe The The The"
)
# found by the thorough profile: a repeat of the first paragraph hid the byline block under
# it, and remove_repeated_paragraphs removed the repeat after the block was judged
@example(
    "The the the budżet the the the the the.\nThe the the budżet the the the the the.\n"
    "Example Wire - January 2, 2031 7:33 AM ET\nThe the the the the the the the."
)
def test_idempotent_with_a_given_title(text: str) -> None:
    try:
        first = newsclean.clean(text, title="City Council Approves Budget")
    except EmptyBodyError:
        return
    second = newsclean.clean(first.to_text(), title=first.title)
    assert second.paragraphs == first.paragraphs


# Furniture above and below a few paragraphs, as a page has it: the mixes of head lines
# (labels, kickers, datelines, bylines, headlines) that the title and section rules judge
# together are rare in ARTICLE's random order.
PAGE = st.tuples(
    st.lists(st.one_of(JUNK, HEADLINE), max_size=4),
    st.lists(SENTENCE, min_size=1, max_size=3),
    st.lists(st.one_of(JUNK, HEADLINE), max_size=3),
).map(lambda parts: "\n\n".join(parts[0] + parts[1] + parts[2]))


@given(PAGE)
# found by a random mix of head lines on the first draft of the dateline step: a one-word
# kicker over a place and a date made the dateline the headline on the cleaned text only
@example("Zutaten\n\nParis, le 3 novembre 2031\n\nThe ferry will run every hour from the pier.")
# and, older than this session, a breadcrumb under a site's name and over a date line was the
# headline, which the cleaned text gave as the section
@example(
    "Jeanne Dupont\n\nSport / Piłka nożna / Ekstraklasa\n\nOpublikowano: 03.11.2031, 17:02\n\n"
    "The ferry will run every hour from the pier on the north side of the harbour.\n\n"
    "Tickets cost two euros and can be bought on board or at the harbour office."
)
# and, from this session's first drafts (both fail on 4931ee5): the header of a data table,
# kept for the rows under it, taken as the title away from them, so the cleaned text read it as
# a menu
@example(
    "Add to reading list\n\nAccueil > Région > Transports\n\nHome | Away | Draw\n\n"
    "2.10 | 3.40 | 3.20\n\nFähre oder Brücke? So entscheidet der Stadtrat\n\n"
    "The ferry will run every hour from the pier on the north side of the harbour."
)
@example(
    "6:30, 7:00, 7:30, 8:00\n\n| Team | P | W | Pts |\n\n| Harbour Rovers | 20 | 13 | 43 |\n\n"
    "More than 40,000 vehicles use the tunnel on a normal weekday, the authority said."
)
# and from this session's first draft of the open-end test: a kicker's headline ending in "a"
# was the title, which the cleaned text, with the line first, did not take
@example(
    "Verfügbarkeitskalender\nNastavnik (the Teacher), a\n"
    "Another political murder in Lebanon, another dashed hope for peace\n"
    "The ferry will run every hour from the pier on the north side of the harbour."
)
# found by the thorough profile (unstable on the session-start code of session 28 too): the
# first paragraph read as the title, so the short line above it was a name next to the
# headline and went; on the text written back the line before it did
@example(
    "The The The The The The The The\n\nThe The The The\n\nThe The\n\nThe The\n\n"
    "The the the the the the the the."
)
def test_a_page_of_furniture_and_paragraphs_is_stable(text: str) -> None:
    first = _clean(text)
    if first is None:
        return
    assert_stable(first)


@given(PAGE, st.sampled_from(["City Council Approves Budget", "Trams run all night"]))
# both fail on 08406e0: a breadcrumb named a crumb that no lexicon lists ("Cycling") as the
# section, which the written text read back with the title kept as a paragraph; and a credit
# shaped like a headline under a media label stayed at the top for a title search that does
# not run with a given title, and went on the written text, under the title
@example("Home / Sport / Cycling\n\nThe ferry will run every hour from the pier.", "Trams")
@example(
    "Photo: Jane Doe Example Press Agency\n\nThe ferry will run every hour from the pier.",
    "Trams run all night",
)
# found by my random-page script (seed 517), failing on edea55f: a given title holding a
# markdown link, written back as the first line, showed the rules the link's label and was
# no repeat of the title
@example(
    "The ferry will run every hour from the pier.",
    "Timetable: [the new ferry](https://example.com/ferry) = the new ferry",
)
# found by my random-page script (seeds 526 and 527; written anew here), failing on edea55f:
# a date or byline line over a repeat of the given title that opens with a dash was kept as
# the dateline of a paragraph going on after the dash; the repeat went, and on the text
# written back the line stood under the title alone and went
@example(
    "| | NEWS |\n2031-10-16 | Stadtrat\n- Neue Fähre für den Hafen und die Inseln\n"
    "Wie der Stadtrat die Fähre bezahlt, lesen Sie hier:",
    "- Neue Fähre für den Hafen und die Inseln",
)
@example(
    "| Contributed by Jane Doe | Friday, 28 December 2031 |\n\n"
    "– Max Muster, Editor of the Example Magazine, Writer\n\nThe ferry runs every hour.",
    "– Max Muster, Editor of the Example Magazine, Writer",
)
# found by my random-page script (seed 546; written anew here), failing on edea55f: a given
# title that is a related-stories label, written back as the first line, headed the line
# under it as a list
@example(
    "Ferry returns to Kiel\nLesen Sie auch die folgenden Beiträge:",
    "Lesen Sie auch die folgenden Beiträge:",
)
def test_a_page_with_a_given_title_is_stable(text: str, title: str) -> None:
    try:
        first = newsclean.clean(text, title=title)
    except EmptyBodyError:
        return
    assert_stable(first, title=title)


@given(ANY_TEXT)
def test_deterministic(text: str) -> None:
    assert _clean(text) == _clean(text)


@given(ANY_TEXT)
def test_every_line_is_kept_or_recorded(text: str) -> None:
    """After the character repairs, each non-blank line is a paragraph or in the audit."""
    repaired = [line.text for line in CHARACTERS_ONLY.run(text).live()]
    doc = make_pipeline().run(text)
    kept = [line.text for line in doc.live()]
    recorded = [record.text for record in doc.records if record.action != "replaced"]
    # a line rule that changed a line (a header's title line) recorded the line before
    changed = [r for r in doc.records if r.action == "replaced" and r.rule in LINE_RULES]
    before = Counter(r.text for r in changed)
    after = Counter(r.replacement for r in changed if r.replacement is not None)
    assert Counter(kept) + Counter(recorded) + before == Counter(repaired) + after


@given(st.lists(SENTENCE, min_size=1, max_size=10), st.sampled_from(["\n", "\n\n"]))
def test_clean_text_is_unchanged(sentences: list[str], separator: str) -> None:
    # Consecutive repeats are the one thing a clean text may not hold.
    sentences = [s for i, s in enumerate(sentences) if i == 0 or s != sentences[i - 1]]
    text = separator.join(sentences)
    article = newsclean.clean(text)
    assert article.paragraphs == tuple(sentences)
    assert article.audit == ()
    assert article.to_text() == text or len(sentences) == 1


@given(ARTICLE)
def test_pipeline_pickles_and_gives_the_same_result(text: str) -> None:
    pipeline = make_pipeline(exclude_families=["credit"])
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy == pipeline and hash(copy) == hash(pipeline)
    try:
        expected = pipeline(text)
    except EmptyBodyError:
        return
    assert copy(text) == expected


@given(st.integers(0, 6), st.integers(0, 60), st.data())
def test_hard_wrapped_counts_lazily_what_a_filter_first_would(
    lower: int, upper: int, data: st.DataObject
) -> None:
    # hard_wrapped(lines, unless=...) stops asking once the count decides (nine others for
    # each line in lower case); its answer must be the one of counting every line that is
    # not excluded (more than one in ten in lower case), on both sides of that bound
    texts = [f"w{i}" for i in range(lower)] + [f"W{i}" for i in range(upper)]
    texts = data.draw(st.permutations(texts + texts[:3]))
    excluded = data.draw(st.frozensets(st.sampled_from(texts))) if texts else frozenset()
    doc = Document.from_text("\n".join(texts))
    counted = set(texts) - excluded
    continued = sum(1 for text in counted if text[:1].islower())
    assert doc.hard_wrapped(doc.lines, unless=excluded.__contains__) == (
        continued * 10 > len(counted)
    )


@given(st.lists(st.sampled_from(["a", "b", ""]), min_size=1, max_size=12), st.data())
def test_from_line_finds_every_piece_of_a_split_line(texts: list[str], data: st.DataObject) -> None:
    doc = Document.from_text("\n".join(texts))
    lineno = data.draw(st.integers(1, len(texts)))
    doc.split_line(lineno - 1, ["x", "y"], rule="test", reason="split")
    assert [line.text for line in doc.from_line(lineno)] == ["x", "y"]
    assert [line.lineno for line in doc.from_line(lineno + 1)] == [lineno + 1] * (
        lineno < len(texts)
    )
