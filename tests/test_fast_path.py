"""The fast paths give the same bytes as the slow ones: ftfy is skipped only where it would
change nothing, and the parallel path equals the serial one."""

from __future__ import annotations

import gzip
import json
import re

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean.document import _HUGE, Document
from newsclean.normalizers import CHARACTER_STEPS
from newsclean.normalizers.boilerplate import _holds_a_stem
from newsclean.normalizers.encoding import (
    _BADNESS_WIDTH,
    _FTFY_REPAIR,
    _PAIRS,
    _expand,
    _is_bad,
    _mojibake_possible_in_printable,
    mojibake_possible,
    repair_mojibake,
)
from newsclean.normalizers.whitespace import _spaces_need_work, has_line_break, spacing_needs_work
from newsclean.patterns import (
    FULL_ACCESS,
    FULL_ACCESS_STEMS,
    INVISIBLE_GATE,
    JOURNALISM,
    JOURNALISM_STEMS,
    LETTERS_STEMS,
    LETTERS_TO_THE_EDITOR,
    LINE_BREAK,
    LONE_SURROGATE,
    MESSENGER_CHANNEL,
    MESSENGER_STEMS,
    MOJIBAKE_ALONE,
    MOJIBAKE_ALONE_PRINTABLE,
    OTHER_SPACE,
    PODCAST_PLATFORM,
    PODCAST_STEMS,
    SUBSCRIPTION_STEMS,
    SUBSCRIPTION_WORD,
)
from tests.conftest import SHARED


def slow(text: str) -> str:
    """Always call ftfy, as the rule did before it had a fast path."""
    return LONE_SURROGATE.sub("\ufffd", ftfy.fix_text(text, _FTFY_REPAIR))


CODECS = [
    "sloppy-windows-1252",
    "latin-1",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "macroman",
    "cp437",
]
MOJIBAKE_PRONE = "".join(
    sorted({bytes([b]).decode(codec, errors="ignore") for codec in CODECS for b in range(128, 256)})
)
PLAIN = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), max_size=60)
PRONE = st.text(alphabet=MOJIBAKE_PRONE + "abc ÀÃÂ?", max_size=30)


@st.composite
def damaged(draw: st.DrawFn) -> str:
    text = draw(
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), max_size=40)
    )
    codec = draw(st.sampled_from(CODECS))
    return text.encode("utf-8").decode(codec, errors="replace")


@given(st.one_of(PLAIN, PRONE, damaged(), st.tuples(PLAIN, damaged(), PRONE).map("".join)))
def test_fast_path_equals_always_calling_ftfy(text: str) -> None:
    assert repair_mojibake(text) == slow(text)


# Every character ftfy's badness pattern names, plus ASCII and a few letters it does not.
BADNESS_CHARS = sorted(
    set().union(*(_expand(spec) for spec in MOJIBAKE_CATEGORIES.values()))
    | {char for char in BADNESS_RE.pattern if ord(char) > 127}
)
BADNESS_ALPHABET = "".join(BADNESS_CHARS) + "aZ .,?!-\u0436\u4e00"


def test_the_pair_table_is_used_with_the_installed_ftfy() -> None:
    # With another ftfy the gate falls back to "any two non-ASCII characters": still
    # correct, but slower; this test says when the table needs reading again.
    assert _PAIRS is not None, f"ftfy {ftfy.__version__}: BADNESS_RE changed"


def test_every_pair_ftfy_flags_passes_the_gate() -> None:
    missed = [
        first + second
        for first in BADNESS_ALPHABET
        for second in BADNESS_ALPHABET
        if is_bad(first + second) and not mojibake_possible(first + second)
    ]
    assert missed == []


@given(st.text(alphabet=BADNESS_ALPHABET, min_size=3, max_size=8))
def test_every_text_ftfy_flags_passes_the_gate(text: str) -> None:
    assert mojibake_possible(text) or not is_bad(text)


def test_the_badness_width_is_read_from_the_pattern() -> None:
    parsed = re._parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)  # type: ignore[attr-defined]
    assert parsed.getwidth()[1] == _BADNESS_WIDTH


@given(st.text(alphabet=BADNESS_ALPHABET, max_size=24))
@example("Ð¿Ñ€Ð¸Ð²ÐµÑ‚")
@example("ÃÂ ")  # "^[ÃÂ][ ]": the anchor matches at the start of the text only
@example("abcdefgh ГўВЂВ.x")
def test_the_windowed_badness_test_equals_ftfys(text: str) -> None:
    assert _is_bad(text) == is_bad(text)


def test_the_windowed_badness_test_equals_ftfys_on_the_corpus() -> None:
    lines = [line for line in corpus_lines() if mojibake_possible(line)] or ["Ð¿Ñ€Ð¸"]
    assert [line for line in lines if _is_bad(line) != is_bad(line)] == []
    assert any(map(is_bad, lines))


def test_the_gate_skips_plain_cyrillic_german_and_runs_of_no_break_spaces() -> None:
    for text in ("Москва, «Газпром» — 5 €", "Größe: Gebäude über", "a\xa0\xa0\xa0b", "ال ال"):
        assert not mojibake_possible(text), text
    for text in ("Ð¿Ñ€Ð¸", "вЂњ", "Ã¼", "Â\xa0"):
        assert mojibake_possible(text), text


def corpus_lines() -> list[str]:
    lines: list[str] = []
    for name in ("damage", "l3s_gn1"):
        path = SHARED / "eval" / "data" / f"{name}.jsonl.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for row in fh:
                    lines.extend(json.loads(row)["raw_text"].split("\n"))
    return lines


def test_fast_path_equals_ftfy_on_the_corpus() -> None:
    lines = corpus_lines() or [
        "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
        "cafÃ© “quoted”",
        "plain text",
        "Größe – 5 €",
        "voilÃ le travail",
    ]
    differing = [line for line in lines if repair_mojibake(line) != slow(line)]
    assert differing == []
    assert sum(repair_mojibake(line) != line for line in lines) > 0  # the corpus has mojibake


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_keeps_order_and_equals_serial(workers: int) -> None:
    body = "The council approved the plan on Monday after a long debate, officials said."
    items: list[str | dict[str, str]] = []
    for i in range(150):
        items.append(f"Story {i}\n\nNews\n\n{body}\n\nupstairs")
        items.append({"text": f"{body} ({i})\n\nShare", "title": f"Record {i}"})
    items.append("upstairs")  # an empty body comes back as the error, in its place
    results = list(newsclean.clean_many(iter(items), workers=workers, chunk_size=16))
    assert len(results) == len(items)
    assert isinstance(results[-1], newsclean.EmptyBodyError)
    serial = [
        newsclean.clean(i) if isinstance(i, str) else newsclean.clean(i["text"], title=i["title"])
        for i in items[:-1]
    ]
    assert results[:-1] == serial


def test_other_space_is_every_space_but_the_plain_space_and_newline() -> None:
    from newsclean.patterns import OTHER_SPACE

    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" ", "\n"}
    found = {chr(c) for c in range(0x110000) if OTHER_SPACE.fullmatch(chr(c))}
    assert found == spaces


SPACY = st.text(alphabet=" \t\r\n\xa0\u2028\u3000\x0bab", max_size=30)


@given(st.one_of(SPACY, PLAIN))
def test_spacing_gate_lets_through_every_text_the_rule_would_change(text: str) -> None:
    from newsclean.normalizers.whitespace import normalize_spaces

    lines = text.split("\n")
    changed = [line for line in lines if normalize_spaces(line) != [line]]
    if changed:
        assert spacing_needs_work(text)
        assert all(spacing_needs_work(line) for line in changed)


REPAIRABLE = st.text(alphabet="a &amp;#;x41\u200b\x00\xa0\r\u2028ÃƒÂ©Ð¿Ñ€\n", max_size=50)


@given(REPAIRABLE)
def test_later_repair_passes_looking_at_changed_lines_only_equal_full_passes(text: str) -> None:
    from newsclean.document import Document

    pipeline = newsclean.make_pipeline()
    repairs = [step for step in pipeline.steps if step.name in CHARACTER_STEPS]
    full = Document.from_text(text)
    for _ in range(4):
        before = len(full.records)
        for step in repairs:
            step(full)
        if len(full.records) == before:
            break
    scoped = newsclean.Pipeline(tuple(repairs)).run(text)
    assert scoped.text() == full.text()
    assert scoped.records == full.records


RESPACEABLE = st.text(
    alphabet="ab &amp;;Ã©Â\u00a0\u2009\u3000\t\x1c\x1f\x1b[1m\r\u2028\u200d\U0001f600\u200b\n",
    max_size=40,
)


@given(st.one_of(RESPACEABLE, REPAIRABLE, PRONE))
@example("Â\u20091")  # ftfy reads the space after "Â": the respaced line needs another look
@example("&am\u200bp;")  # the invisible character went: the entity needs another pass
@example("a  b\n&am\u200bp;")  # one line settled, the other needs another pass
@example("&amp;amp;\nÂ\u20091")  # both need another pass, for different reasons
def test_another_pass_over_lines_that_were_only_respaced_changes_nothing(text: str) -> None:
    """After a pass, the repairs look again only at the lines changed by a repair other than
    re-spacing, and at re-spaced lines where ftfy finds a suspect character: another pass
    over every changed line would change nothing more."""
    from unittest import mock

    from newsclean import pipeline

    def every_changed_line(doc: Document, since: int) -> frozenset[int]:
        return frozenset(record.line for record in doc.records[since:])

    fast = pipeline.make_pipeline().run(text)
    with mock.patch.object(pipeline, "_unsettled", every_changed_line):
        slow = pipeline.make_pipeline().run(text)
    assert fast.text() == slow.text()
    assert fast.records == slow.records


def test_has_line_break_agrees_with_the_line_break_pattern() -> None:
    """The substring test of the whitespace gate finds exactly what LINE_BREAK finds."""
    for code in range(0x3001):
        text = f"a{chr(code)}b"
        assert has_line_break(text) == (LINE_BREAK.search(text) is not None), hex(code)


def test_every_character_the_printable_shortcut_skips_is_not_printable() -> None:
    """Document.printable() lets the invisible-character, white-space and line-break gates
    and most of the mojibake gate be skipped: every character they look for must be one that
    ``str.isprintable`` rejects (the four printable ones ftfy flags alone are searched)."""
    gates = (INVISIBLE_GATE, OTHER_SPACE, LINE_BREAK, MOJIBAKE_ALONE)
    for code in range(0x110000):
        char = chr(code)
        if any(gate.search(char) for gate in gates) and char not in MOJIBAKE_ALONE_PRINTABLE:
            assert not char.isprintable(), hex(code)


@given(st.text(alphabet=MOJIBAKE_PRONE + "abc ÀÃÂŒœ\u00a0\u200b\r", max_size=30))
def test_printable_gates_agree_with_the_full_gates(text: str) -> None:
    if text.isprintable():
        assert _mojibake_possible_in_printable(text) == mojibake_possible(text)
        assert _spaces_need_work(text) == spacing_needs_work(text)


@pytest.mark.parametrize("extra", ["", "\t", "\u200b", "\x85", "\ud800"])
def test_printable_reads_a_huge_text_line_by_line_with_the_same_answer(extra: str) -> None:
    """Past a size, Document.printable() tests the lines one by one instead of a copy of the
    whole text with its line breaks made spaces: the answer is the same."""
    line = "Ordinary words of a long article, “quoted” and accented: café.\n"
    text = line * (_HUGE // len(line) + 1) + f"last{extra} line"
    assert len(text) > _HUGE
    assert Document.from_text(text).printable() == text.replace("\n", " ").isprintable()
    assert Document.from_text(text).printable() is (extra == "")


# One phrase for each alternative of the patterns that a stem test guards in
# remove_boilerplate: the stems must be found wherever the pattern matches, in any case.
_GUARDED = {
    "full access": (
        FULL_ACCESS,
        FULL_ACCESS_STEMS,
        (
            "full story",
            "Full Article",
            "the rest of this story",
            "unlimited access",
            "continue reading",
            "keep reading",
            "den ganzen Artikel",
            "vollständigen Text",
            "kompletten Beitrag",
            "weiterlesen",
            "unbegrenzten Zugriff",
            "l'article complet",
            "en illimité",
            "accès illimité",
            "la nota completa",
            "artículo completo",
            "acceso ilimitado",
            "seguir leyendo",
            "l'articolo completo",
            "continuare a leggere",
            "accesso illimitato",
            "cały artykuł",
            "całego artykułu",
            "pełny dostęp",
            "nieograniczony dostęp",
            "matéria completa",
            "acesso ilimitado",
            "continuar lendo",
            "continuar a ler",
            "полный текст",
            "полную версию",
            "неограниченный доступ",
            "повний текст",
            "повну версію",
            "необмежений доступ",
        ),
    ),
    "journalism": (
        JOURNALISM,
        JOURNALISM_STEMS,
        (
            "journalism",
            "reporting",
            "newsroom",
            "Journalismus",
            "journalisme",
            "rédaction",
            "periodismo",
            "giornalismo",
            "redazione",
            "dziennikarstwo",
            "redakcji",
            "jornalismo",
            "redação",
            "журналистику",
            "редакцию",
            "журналістику",
            "редакції",
            "our work",
            "unsere Arbeit",
            "notre travail",
            "nuestro trabajo",
            "il nostro lavoro",
            "naszą pracę",
            "naszej pracy",
            "nosso trabalho",
            "нашу работу",
            "нашу роботу",
        ),
    ),
    "podcast platform": (
        PODCAST_PLATFORM,
        PODCAST_STEMS,
        (
            "Spotify",
            "Apple Podcasts",
            "Apple Podcast",
            "Google Podcasts",
            "iTunes",
            "Deezer",
            "Amazon Music",
            "Audible",
            "SoundCloud",
            "Podimo",
            "Castbox",
            "Pocket Casts",
            "Overcast",
            "YouTube Music",
        ),
    ),
    "subscription": (
        SUBSCRIPTION_WORD,
        SUBSCRIPTION_STEMS,
        (
            "subscribers",
            "subscription-only",
            "Abonnenten",
            "Abo",
            "Plus-Abonnenten",
            "abonnés",
            "suscriptores",
            "suscripción",
            "abbonati",
            "abbonamento",
            "subskrybentów",
            "subskrypcji",
            "prenumeratorów",
            "assinantes",
            "assinatura",
            "подписчикам",
            "подписке",
            "передплатникам",
        ),
    ),
    "letters to the editor": (
        LETTERS_TO_THE_EDITOR,
        LETTERS_STEMS,
        (
            "a letter to the editor",
            "Letters to the Editor",
            "Leserbrief",
            "Leserbriefe",
            "courrier des lecteurs",
            "lettre à la rédaction",
            "carta al director",
            "cartas al director",
            "lettera al direttore",
            "list do redakcji",
            "listy do redakcji",
            "carta ao editor",
            "cartas à redação",
            "письмо в редакцию",
            "лист до редакції",
        ),
    ),
    "messenger channel": (
        MESSENGER_CHANNEL,
        MESSENGER_STEMS,
        (
            "WhatsApp channel",
            "canale WhatsApp",
            "WhatsApp-Kanal",
            "телеграм-канал",
            "kanał na Telegramie",
            "Viber channel",
            "канал у Вайбері",
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(_GUARDED))
@given(data=st.data())
def test_a_stem_is_found_wherever_the_guarded_pattern_matches(
    name: str, data: st.DataObject
) -> None:
    pattern, stems, phrases = _GUARDED[name]
    phrase = data.draw(st.sampled_from(phrases))
    case = data.draw(st.sampled_from((str.lower, str.upper, str.title, str)))
    before, after = data.draw(st.text(max_size=20)), data.draw(st.text(max_size=20))
    text = f"{before} {case(phrase)} {after}"
    assert pattern.search(case(phrase)) is not None  # the phrase stands for an alternative
    if pattern.search(text) is not None:
        assert _holds_a_stem(text, stems)
