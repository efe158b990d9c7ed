"""Every shipped lexicon phrase, in every language and family, matches whole lines only: the
same phrase inside a sentence of the article never costs that sentence."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.lexicon import FAMILIES, LANGUAGES, LEXICONS, Lexicons

#: The marks that end an entry: a prefix (" *", ":*"), a heading (" !"), a notice (" +") or
#: the label of the next line (" >").
MARKS = (":*", " *", " !", " +", " >")

FIRST = "The harbour ferry returned to service on Monday after three months of repairs."
LAST = "Tickets bought for the cancelled crossings will be honoured until the end of the year."


def shipped_entries() -> list[tuple[str, str, str]]:
    """(language, family, entry with its mark) for every entry of every lexicon."""
    found = []
    folder = resources.files("newsclean") / "lexicons"
    for language in LANGUAGES:
        family = ""
        for raw in (folder / f"{language}.txt").read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                family = line.strip("[]")
                continue
            found.append((language, family, line))
    return found


def shipped_phrases() -> list[tuple[str, str, str]]:
    """(language, family, phrase without its mark) for every entry of every lexicon."""
    found = []
    for language, family, entry in shipped_entries():
        phrase = entry
        for mark in MARKS:
            if entry.endswith(mark):
                phrase = entry[: -len(mark)].rstrip() + (":" if mark == ":*" else "")
                break
        found.append((language, family, phrase))
    return found


PHRASES = shipped_phrases()


def test_every_language_and_family_has_phrases() -> None:
    """The test below sees every lexicon (a parsing slip would make it vacuous)."""
    assert {language for language, _, _ in PHRASES} == set(LANGUAGES)
    assert len(PHRASES) > 1000


def test_no_entry_is_written_twice_in_a_family() -> None:
    """A lexicon lists each entry once in each family (a second copy is dead weight that
    hides which line a change must edit)."""
    entries = shipped_entries()
    twice = sorted({entry for entry in entries if entries.count(entry) > 1})
    assert twice == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_phrase_inside_a_sentence_never_costs_the_sentence(language: str) -> None:
    """Each phrase quoted in the middle of a sentence, in the middle of the article and as
    its last line, leaves every paragraph in place."""
    for _, family, phrase in (entry for entry in PHRASES if entry[0] == language):
        sentence = (
            f"Officials said on Monday that the words {phrase} were found in the minutes, "
            "and the debate went on."
        )
        for text in (f"{FIRST}\n\n{sentence}\n\n{LAST}", f"{FIRST}\n\n{LAST}\n\n{sentence}"):
            article = newsclean.clean(text, title="Harbour ferry returns")
            assert article.paragraphs == tuple(text.split("\n\n")), (family, phrase)


def prefix_openings() -> list[tuple[str, str, str]]:
    """(language, family, phrase) for every prefix entry without a colon ("follow us on *");
    not "© *" or "(c) *", which open a copyright line, no sentence."""
    return [
        (language, family, line[:-2].rstrip())
        for language, family, line in shipped_entries()
        if line.endswith(" *") and not line.endswith(": *") and line[:1].isalpha()
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_prefix_phrase_opening_a_sentence_never_costs_the_sentence(language: str) -> None:
    """A prefix without a colon opens a sentence of the article: the sentence stays, in the
    middle of the article and as its last line (a call to follow the site is no sentence)."""
    openings = [entry for entry in prefix_openings() if entry[0] == language]
    for _, family, phrase in openings:
        sentence = f"{phrase.capitalize()} the harbour, the council said on Monday morning."
        for text in (f"{FIRST}\n\n{sentence}\n\n{LAST}", f"{FIRST}\n\n{LAST}\n\n{sentence}"):
            article = newsclean.clean(text, title="Harbour ferry returns")
            assert article.paragraphs == tuple(text.split("\n\n")), (family, phrase)


def test_prefix_openings_are_found() -> None:
    """The test above sees the prefixes of every language that has any."""
    languages = {language for language, _, _ in prefix_openings()}
    assert {"en", "ru", "de", "fr"} <= languages


def _forms(phrase: str) -> list[str]:
    """Lines made of ``phrase``: as written, in capitals, capitalised, with a bullet or
    bars around it, with a count, and with a headline after it."""
    return [
        phrase,
        phrase.upper(),
        phrase.capitalize(),
        f"» {phrase}",
        f"| {phrase} |",
        f"*** {phrase} ***",
        f"{phrase} (12)",
        f"{phrase}: Ferry returns to the harbour",
        f"{phrase} Ferry returns to the harbour",
    ]


def test_the_cheap_test_lets_every_phrase_through() -> None:
    """``may_match`` is a filter before ``match``: it may let a line through that matches
    nothing, never stop one that matches (it looks at the first two words only)."""
    checked = 0
    for _, _, phrase in PHRASES:
        for line in _forms(phrase):
            if LEXICONS.match(line, LANGUAGES) is not None:
                checked += 1
                assert LEXICONS.may_match(line), line
    assert checked > len(PHRASES)  # most forms of most phrases match


@given(
    st.sampled_from([phrase for _, _, phrase in PHRASES]),
    st.text(alphabet=st.sampled_from("aZ1 :|»-.,!?«“\t"), max_size=12),
    st.text(alphabet=st.sampled_from("aZ1 :|»-.,!?«“"), max_size=12),
)
def test_the_cheap_test_lets_every_match_through(phrase: str, before: str, after: str) -> None:
    """The same with random signs and words around a phrase."""
    line = before + phrase + after
    if LEXICONS.match(line, LANGUAGES) is not None:
        assert LEXICONS.may_match(line)


def test_a_notice_whose_first_word_has_a_sign_after_it_is_found() -> None:
    """A notice is looked up by the first letter word of a line; one whose first word has a
    comma after it in the lexicon is filed under that word, not with the comma."""
    lexicons = Lexicons({"en": "[legal]\nyes, we use cookies +\n"})
    found = lexicons.notice("Yes, we use cookies on this site. Accept?", ["en"], ["legal"])
    assert found == ("legal", "yes, we use cookies +")


def test_a_notice_that_opens_without_a_word_is_an_error() -> None:
    with pytest.raises(ValueError, match="must open with a word"):
        Lexicons({"en": "[legal]\n© all rights +\n"})


def test_the_notice_gate_lets_every_notice_through() -> None:
    """``may_open_notice`` looks at a line before ``notice`` does: a notice in lower case,
    capitalised, in title case or in capitals, after a bullet, passes it."""
    notices = [entry[: -len(" +")] for _, _, entry in shipped_entries() if entry.endswith(" +")]
    assert notices
    for phrase in notices:
        for line in (phrase, phrase.capitalize(), phrase.title(), phrase.upper()):
            assert LEXICONS.notice(line + " ...", LANGUAGES, FAMILIES) is not None, line
            assert LEXICONS.may_open_notice(f"» {line} ..."), line
