"""Language detection's scoring (:mod:`quoteattr.lang.detect`): every candidate scored in one pass."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.lang.detect import (
    _LETTER_WEIGHT,
    _MARK_WEIGHT,
    _counts,
    _function_words_in,
    _Profile,
    _profiles,
    _scores,
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
