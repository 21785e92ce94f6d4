"""The occasion stage: venue, via and date of one attributed quote, searched around its attribution."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr.attribution import Linked
from quoteattr.dates import find_date
from quoteattr.lang import get_language
from quoteattr.lang.occasion_grammar import keyed_words, words_of
from quoteattr.models import Speaker
from quoteattr.occasions import NEAR, Occasion, Occasions, occasion_of
from quoteattr.text import Index
from quoteattr.venues import find_venue, find_via

EN = get_language("en")
FRIDAY = dt.date(2022, 4, 29)


def _occasions(text: str) -> Occasions:
    return Occasions(text, Index(text, EN), FRIDAY)


def _quote(text: str, quoted: str, window: tuple[int, int] | None = None) -> Linked:
    start = text.index(quoted)
    return Linked(
        pieces=[(start, start + len(quoted))],
        kind="direct",
        depth=0,
        unclosed=False,
        paragraph=0,
        frame_window=window if window is not None else (0, len(text)),
    )


def _speaker(text: str, name: str) -> Speaker:
    start = text.index(name)
    return Speaker(start=start, end=start + len(name), mention=name, name=name, resolution="name")


def test_the_attribution_clause_gives_venue_via_and_date() -> None:
    text = "“We will not negotiate,” he said in an interview with RT on Wednesday."
    found = occasion_of(_quote(text, "We will not negotiate,"), None, _occasions(text))
    assert found.venue is not None and found.venue.kind == "interview"
    assert found.via is not None and found.via.name == "RT"
    assert found.date == dt.date(2022, 4, 27)


def test_words_inside_the_quote_are_no_occasion() -> None:
    text = "“We met at the summit in Chicago yesterday,” he said."
    assert occasion_of(_quote(text, "We met at the summit in Chicago yesterday,"), None, _occasions(text)) == Occasion()


def test_a_quote_without_an_attribution_clause_has_no_occasion() -> None:
    text = "“Yes,” at the summit."
    assert occasion_of(_quote(text, "Yes,", window=None), None, _occasions(text)).venue is not None
    bare = Linked(pieces=[(1, 5)], kind="direct", depth=0, unclosed=False, paragraph=0)
    assert occasion_of(bare, None, _occasions(text)) == Occasion()


def test_the_occasion_is_carried_from_an_earlier_sentence_about_the_speaker() -> None:
    text = "Truss spoke on April 27 at an Easter banquet. “We need a global NATO,” Truss said."
    quote = _quote(text, "We need a global NATO,", window=(46, len(text)))
    found = occasion_of(quote, _speaker(text, "Truss"), _occasions(text))
    assert found.venue is not None and found.venue.text == "at an Easter banquet"
    assert found.date == dt.date(2022, 4, 27)
    assert occasion_of(quote, None, _occasions(text)).venue is None  # no speaker, nothing to carry


def test_a_long_window_is_cut_near_the_words() -> None:
    text = "at a press conference " + "x " * NEAR + "“Yes,” he said."
    assert occasion_of(_quote(text, "Yes,"), None, _occasions(text)).venue is None


def test_venue_via_and_date_may_each_come_from_another_window() -> None:
    text = "At a press conference, “We will not negotiate,” he told CNN on Wednesday."
    found = occasion_of(_quote(text, "We will not negotiate,"), None, _occasions(text))
    assert found.venue is not None and found.venue.kind == "press_conference"
    assert found.via is not None and found.via.name == "CNN"
    assert found.date == dt.date(2022, 4, 27)


_WINDOWS_TEXT = (
    "Truss, who retold the story at a press conference on April 27, told CNN in an interview "
    "yesterday that the summit was over. TASS quoted him as saying so on Wednesday."
)


@settings(max_examples=200, deadline=None)
@given(st.integers(-5, len(_WINDOWS_TEXT) + 5), st.integers(-5, len(_WINDOWS_TEXT) + 5))
def test_a_window_found_at_once_is_what_each_finder_says(lo: int, hi: int) -> None:
    """Equivalence: the shortcut for windows without key words (cut mid-word too) changes no finder's answer."""
    occasions = _occasions(_WINDOWS_TEXT)
    when = find_date(_WINDOWS_TEXT, lo, hi, FRIDAY, lang=EN)
    assert occasions.found(lo, hi) == Occasion(
        find_venue(_WINDOWS_TEXT, lo, hi, EN), find_via(_WINDOWS_TEXT, lo, hi, EN), when.date if when else None
    )


_KEY_PIECES = [
    "told", "retold", "Told", "TOLD", "toldx", "_told", "-told", "&told", "told-", "op-ed", "Op-Ed", "q&a", "Q&A",
    "C-SPAN", "cnn", "CNN’s", "press", "İ", "İstanbul", "Σ", "ΟΔΥΣΣΕΥΣ", "x", "é", "_", "-", "&", " ", ".", "’",
    "\n", "7", "ǅ", "étold", "Ětold", "ß", "CNN",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=12), st.integers(0, 60), st.integers(0, 60))
@example([" ", "_told"], 0, 6)
@example([" ", "-told", " "], 1, 7)
@example(["retold"], 2, 6)
@example(["İ", "told", " ", "cnn"], 0, 9)
@example(["told", "x"], 0, 4)
@example(["étold", " ", "CNN"], 0, 9)  # found by the search, no key word among the words
def test_the_key_word_search_agrees_with_the_words_of_the_window(pieces: list[str], lo: int, hi: int) -> None:
    """Equivalence: a window whose words, split, hold a key word is found by the one search, with its words;
    one the search finds no key word in holds none, and one it finds a key word in (after a letter outside
    ASCII, where its test is looser) is answered as its words say."""
    text = "".join(pieces)
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    occasions = _occasions(text)
    words = words_of(text[lo:hi])
    held = not occasions._keys.isdisjoint(words)
    keyed = keyed_words(text[lo:hi], EN.occasions.key_pattern)  # type: ignore[union-attr]
    assert keyed == words if held else keyed in (None, words)
    assert keyed is not None or not held
    assert occasions._window(lo, hi).words == (frozenset() if keyed is None else frozenset(words))
    assert occasions.venue(lo, hi) == find_venue(text, lo, hi, EN)
    assert occasions.via(lo, hi) == find_via(text, lo, hi, EN)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40))
@example("Op-Ed_x &told -_A9 q&a__")
def test_a_window_in_ascii_is_split_as_any_other(text: str) -> None:
    """Equivalence: a window all in ASCII, split by its table of ASCII word characters, gives the words of
    the split by Unicode's classes."""
    from quoteattr.lang.occasion_grammar import key_word_pattern

    assert keyed_words(text, key_word_pattern(["told", "q&a", "x"])) in (None, words_of(text))
    assert keyed_words(" told " + text, key_word_pattern(["told"])) == words_of(" told " + text)


@given(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30), st.integers(0, 30))
@example(0, 2, 1, 0)  # an empty piece inside the window
def test_the_window_outside_one_piece_is_every_character_outside_it(lo: int, hi: int, start: int, length: int) -> None:
    """Oracle: the windows outside one piece are the window's characters before it and those after it, each
    side one run; an empty piece still divides the window, as a quote of no words stands between two clauses."""
    from quoteattr.occasions import _outside

    end = start + length
    runs = [
        (side[0], side[-1] + 1)
        for side in ([at for at in range(lo, hi) if at < start], [at for at in range(lo, hi) if at >= end])
        if side
    ]
    assert _outside(lo, hi, [(start, end)]) == runs
