"""windows-1251 text read as windows-1252 or Latin-1 is read back; Latin text never is."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsclean
from newsclean.document import Document
from newsclean.normalizers.encoding import (
    FixEncoding,
    _is_utf8,
    repair_cyrillic_read_as_latin,
    repair_mojibake,
)

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
UKRAINIAN = "іїєґІЇЄҐ"
CYRILLIC_WORD = st.text(alphabet=RUSSIAN + UKRAINIAN, min_size=1, max_size=12)
CYRILLIC_LINE = (
    st.lists(CYRILLIC_WORD, min_size=2, max_size=12)
    .map(" ".join)
    .filter(lambda line: sum(char.isalpha() for char in line) >= 4)
)


@given(
    CYRILLIC_LINE, st.sampled_from(["cp1252", "latin-1"]), st.sampled_from(["", ".", "!", " 2024"])
)
def test_cyrillic_read_as_latin_is_read_back(line: str, codec: str, end: str) -> None:
    text = line + end
    # bytes that are UTF-8 too ("ВЁ" is C2 A8, "¨") are UTF-8 read as windows-1252 as
    # well: ftfy's case; a real line has letter pairs that UTF-8 never has ("ов": EE E2)
    assume(not _is_utf8(text.encode("cp1251")))
    damaged = text.encode("cp1251").decode(codec)
    assert damaged != text
    assert repair_cyrillic_read_as_latin(damaged) == text


# Lines of an article as the article-wide test finds them: "о" among other letters.
ARTICLE_LINE = st.tuples(CYRILLIC_LINE, st.sampled_from(["слово", "новости", "город"])).map(
    " ".join
)


@given(
    st.lists(st.one_of(ARTICLE_LINE, st.just("В Москве и в области.")), min_size=1, max_size=6),
    st.sampled_from(["cp1252", "latin-1"]),
)
def test_fix_encoding_reads_back_every_line_before_ftfy_can_misread_it(
    lines: list[str], codec: str
) -> None:
    # ftfy alone takes "Â " (В and a space, read as windows-1252) for a no-break space
    text = "\n".join(lines)
    assume(not any(_is_utf8(line.encode("cp1251")) for line in lines))
    doc = Document.from_text(text.encode("cp1251").decode(codec))
    FixEncoding()(doc)
    # the original text, up to what ftfy does to it anyway (random letters such as "аҐ"
    # can look like mojibake to ftfy; real words do not)
    assert doc.text() == "\n".join(map(repair_mojibake, lines))


def test_utf8_read_as_windows_1252_is_left_to_ftfy() -> None:
    damaged = "Привет, как дела?".encode().decode("cp1252")
    assert repair_cyrillic_read_as_latin(damaged) == damaged
    doc = Document.from_text(damaged)
    FixEncoding()(doc)
    assert doc.text() == "Привет, как дела?"


# Words of the Latin alphabets newsclean cleans, with their accented letters: each word has
# letters outside the windows-1252 range 0xC0-0xFF, as every real word does.
LATIN_WORD = st.tuples(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=6
    ),
    st.text(alphabet="äöüßÄÖÜàâçéèêëîïôûùÿæœáíóúñ¿¡ãõąćęłńóśźżÀÉÈÇÂÊÎÔÛÑ", max_size=2),
).map("".join)


@given(st.lists(LATIN_WORD, min_size=1, max_size=15).map(" ".join))
def test_latin_text_is_never_read_as_cyrillic(text: str) -> None:
    assert repair_cyrillic_read_as_latin(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Größere Straßenbahnen für München: Bürger äußern Kritik.",
        "L’été à Paris, c’est « génial » selon l’élève, où il a vécu.",
        "Äääähm… sagte er und lachte.",
        "Þórður og Ævar fóru í bæinn í gær.",
        "Ça coûte 10 €, dit-il à l’hôte.",
        "Zażółć gęślą jaźń, powiedział minister w środę.",
    ],
)
def test_real_latin_lines_stay(text: str) -> None:
    assert newsclean.clean(text).paragraphs == (text,)


def test_a_russian_article_read_as_windows_1252_is_cleaned() -> None:
    body = "Региональный совет во вторник одобрил новый бюджет, сообщили чиновники."
    article = "Совет одобрил бюджет\n\n" + body
    damaged = article.encode("cp1251").decode("cp1252")
    cleaned = newsclean.clean(damaged)
    assert cleaned.title == "Совет одобрил бюджет"
    assert cleaned.paragraphs == (body,)
    assert [change.reason for change in cleaned.audit].count(
        "windows-1251 text read as windows-1252 repaired"
    ) == 2


def test_fix_encoding_says_when_no_line_can_hold_mojibake() -> None:
    """The pipeline skips its second look at re-spaced lines on this flag: it is set only
    when the gate found no suspect character in any line."""
    clean_doc = Document.from_text("Größe über  Gebäude\n«Газпром» — 5 €")
    FixEncoding()(clean_doc)
    assert clean_doc.mojibake_free
    suspect = Document.from_text("Größe über\ncafÃ\xa0 au lait")
    FixEncoding()(suspect)
    assert not suspect.mojibake_free


class _WithoutTheFlag(FixEncoding):
    """fix_encoding that never tells the pipeline a pass was free of mojibake."""

    def __call__(self, doc: Document) -> None:
        super().__call__(doc)
        doc.mojibake_free = False


@given(st.text(alphabet="aeÃÂ©¡€ \xa0\u2009\t.\n", max_size=40))
def test_skipping_the_second_look_at_respaced_lines_changes_nothing(text: str) -> None:
    """The same text whether or not the flag lets the pipeline skip the second look at
    re-spaced lines."""
    fast = newsclean.make_pipeline()
    slow = fast.without("fix_encoding").with_step(_WithoutTheFlag(), after="unescape_html")
    assert slow.names == fast.names
    assert fast.run(text).text() == slow.run(text).text()


POLISH = (
    "Rada miasta zatwierdza nową linię promową\n\n"
    "Rada miasta zagłosowała we wtorek za uruchomieniem linii promowej przez zatokę.\n\n"
    "Prezydentka miasta powiedziała, że każdy statek zabierze do 400 pasażerów."
)


@pytest.mark.parametrize("codec", ["windows-1252", "latin-1"])
def test_a_whole_article_read_in_another_encoding_is_read_back(codec: str) -> None:
    """A whole article of UTF-8 read as one encoding comes out as the article itself.  In
    windows-1252 ftfy repairs the body but leaves the title ("nowÄ… liniÄ™" is not bad
    enough for it), which is read back as the rest of the text was."""
    damaged = POLISH.encode("utf-8").decode(codec)
    article = newsclean.clean(damaged)
    assert article == newsclean.clean(POLISH).model_copy(update={"audit": article.audit})
    title = POLISH.partition("\n")[0].encode("utf-8").decode(codec)
    ftfy_alone = repair_mojibake(title) == title
    followed = [c.text for c in article.audit if c.reason.startswith("mojibake repaired as")]
    assert followed == ([title] if ftfy_alone else [])


SPANISH = (
    "El ayuntamiento aprueba una nueva línea de ferri\n\n"
    "El pleno municipal aprobó el martes crear una línea de ferri a través de la bahía.\n\n"
    "La alcaldesa dijo que cada barco llevará hasta 400 pasajeros."
)
ITALIAN = (
    "Il consiglio comunale approva un nuovo traghetto\n\n"
    "Il consiglio comunale ha approvato martedì un servizio di traghetti attraverso la baia.\n\n"
    "La sindaca ha spiegato che ogni nave trasporterà fino a 400 passeggeri."
)


@pytest.mark.parametrize(
    ("text", "codec"), [(SPANISH, "mac_roman"), (ITALIAN, "cp1250"), (POLISH, "cp1250")]
)
def test_an_article_read_as_mac_roman_or_windows_1250_is_read_back(text: str, codec: str) -> None:
    """Mac Roman and windows-1250 count as misread encodings too: the line ftfy leaves alone
    ("llevar√° hasta", one suspect pair) is read back as the rest of the article was."""
    damaged = text.encode("utf-8").decode(codec)
    assert newsclean.clean(damaged).paragraphs == newsclean.clean(text).paragraphs


def test_right_text_next_to_repaired_mojibake_stays() -> None:
    """Only a line whose characters make UTF-8 when written in the text's misread encoding is
    read back: correct non-ASCII text beside a repaired line stays as it is."""
    text = "CafÃ© prices rose again this week, the council said.\n\nGröße – 5 € für Café."
    article = newsclean.clean(text)
    assert article.paragraphs == (
        "Café prices rose again this week, the council said.",
        "Größe – 5 € für Café.",
    )
