"""Language detection's scoring (:mod:`quoteattr.lang.detect`): every candidate scored in one pass."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.lang.detect import (
    _LETTER_WEIGHT,
    _MARK_WEIGHT,
    _PUNCTUATION,
    _candidates_of_script,
    _counts,
    _function_words_in,
    _Profile,
    _profiles,
    _scores,
    _words,
)


def _score(language: _Profile, words: Counter[str], counts: dict[str, int]) -> float:
    """A language's score, written plainly: the oracle the one-pass scores must equal."""
    hits = sum(words[word] for word in language.function_words & words.keys())
    marks = sum(counts[mark] for mark in language.opening_marks)
    letters = sum(counts[letter] for letter in language.letters)
    return hits + _MARK_WEIGHT * marks + _LETTER_WEIGHT * letters


LATIN = tuple(language for language in _profiles() if "Latin" in language.scripts)
# Function words of several languages, words of none, and the marks and letters detection counts.
SOME_WORDS = sorted({word for language in LATIN for word in sorted(language.function_words)[:5]})
pieces = st.sampled_from(
    ["the", "und", "der", "le", "la", "de", "el", "il", "och", "het", "said", "sagte", "man", "„", "«", "ß", "é", "ñ"]
)
words = st.one_of(pieces, st.sampled_from(SOME_WORDS))


@settings(max_examples=200, deadline=None)
@given(st.lists(words, max_size=60), st.integers(1, len(LATIN)))
def test_scores_of_all_candidates_equal_each_language_scored_alone(written: list[str], size: int) -> None:
    """Oracle: the one-pass scores equal each candidate's score computed on its own, float for float."""
    candidates = LATIN[:size]
    sample = " ".join(written)
    counted, counts = Counter(sample.split()), _counts(sample, candidates)
    expected = [_score(language, counted, counts) for language in candidates]
    assert _scores(candidates, counted, counts) == expected
    # Detection counts only the function words (the pieces are lower case, and the marks are no words).
    assert _scores(candidates, _function_words_in(sample, candidates), counts) == expected


# A word as a run of characters that are neither whitespace nor punctuation, written as one pattern.
_PLAIN_WORD = re.compile(rf"[^\s{re.escape(_PUNCTUATION)}]+")
# Letters, function words, every punctuation mark and every kind of space, the rare ones included.
text_pieces = st.one_of(
    st.sampled_from(SOME_WORDS),
    st.sampled_from(["The", "DER", "a-t-il", "l'homme", "don’t"]),
    st.sampled_from(list(_PUNCTUATION)),
    st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85", "\u2028"]),
    st.text(max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(text_pieces, max_size=40).map("".join))
def test_function_words_are_counted_as_the_words_of_one_scan(sample: str) -> None:
    """Oracle: splitting at spaces once each punctuation mark is a space counts the function words that a
    scan for the runs of neither space nor punctuation finds."""
    function_words = frozenset().union(*(language.function_words for language in LATIN))
    expected = Counter(word for word in _PLAIN_WORD.findall(sample.lower()) if word in function_words)
    assert _function_words_in(sample, LATIN) == expected


def test_detection_words_are_the_runs_of_one_scan_over_all_of_unicode() -> None:
    """Oracle over every character: the words split at spaces once punctuation is a space are the runs of
    neither space nor punctuation that one pattern finds."""
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert _words(every) == _PLAIN_WORD.findall(every)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=80))
def test_words_of_ascii_text_are_the_runs_of_one_scan(sample: str) -> None:
    """Equivalence: an all-ASCII text, whose punctuation is mapped to spaces by a table, has the words that
    the scan for runs of neither space nor punctuation finds."""
    assert _words(sample) == _PLAIN_WORD.findall(sample)


def test_words_of_every_ascii_character_are_the_runs_of_one_scan() -> None:
    """Oracle over every ASCII character, each between two letters."""
    every = "".join(f"a{chr(code)}b" for code in range(0x80))
    assert every.isascii()
    assert _words(every) == _PLAIN_WORD.findall(every)


@settings(max_examples=300, deadline=None)
@given(st.lists(text_pieces, max_size=40).map("".join), st.integers(1, len(LATIN)))
def test_counts_are_each_characters_count_in_the_sample(sample: str, size: int) -> None:
    """Oracle: each mark and letter is counted as the sample's own count of it, all-ASCII samples
    (whose other characters are taken to be absent) included."""
    candidates = LATIN[:size]
    characters = {character for language in candidates for character in language.opening_marks + language.letters}
    for text in (sample, sample.encode("ascii", "ignore").decode()):
        assert _counts(text, candidates) == {character: text.count(character) for character in characters}


@pytest.mark.parametrize("script", ["Latin", "Cyrillic", "Kana", "Han", "Hangul"])
def test_candidates_of_a_script_are_the_languages_written_in_it(script: str) -> None:
    """Oracle: the languages kept for a script are those whose folders name it (kana: or hiragana)."""
    expected = [
        language
        for language in _profiles()
        if script in language.scripts or (script == "Kana" and "Hiragana" in language.scripts)
    ]
    assert list(_candidates_of_script(script)) == expected
