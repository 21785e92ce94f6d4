"""The ASCII fast paths of word splitting give what the Unicode patterns give."""

from __future__ import annotations

import string

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.shingles import Shingled, Vocabulary, normalise, shingle, words

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")


def _by_unicode_patterns(text: str) -> Shingled:
    # A trailing section sign (not a word, not a sentence end, unchanged by normalising, and not one of
    # the marks read as spaces) makes the text non-ASCII, so that shingle reads it with the Unicode patterns.
    return shingle(text + " \N{SECTION SIGN}", Vocabulary())


def test_every_ascii_character_splits_as_the_unicode_pattern_splits_it() -> None:
    """Oracle: each ASCII character between two words is part of a word, a sentence end or neither
    exactly as the Unicode patterns say."""
    text = " ".join(f"a{chr(c)}b x{chr(c)}y 1{chr(c)}2" for c in range(128))
    assert words(text) == _WORD.findall(normalise(text))
    assert shingle(text, Vocabulary()) == _by_unicode_patterns(text)
    assert shingle("It was 3.", Vocabulary()) != shingle("It was 4.", Vocabulary())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " '.!?;,-_`", max_size=60))
def test_ascii_texts_give_the_words_breaks_and_numbers_of_the_unicode_patterns(text: str) -> None:
    """Oracle: the same words, sentence breaks and words holding a digit as the Unicode patterns find."""
    assert words(text) == _WORD.findall(normalise(text))
    assert shingle(text, Vocabulary()) == _by_unicode_patterns(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=string.ascii_letters + " '.;,\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
        "\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}",
        max_size=60,
    )
)
def test_quote_marks_and_dashes_read_as_spaces_split_as_the_unicode_patterns_split(text: str) -> None:
    """Oracle: reading curly double quotes and dashes as spaces finds the words and breaks the Unicode patterns find."""
    assert words(text) == _WORD.findall(normalise(text))
    assert shingle(text, Vocabulary()) == _by_unicode_patterns(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1'`. ?\t", max_size=40))
def test_apostrophes_and_sentence_ends_split_as_the_unicode_patterns_split(text: str) -> None:
    """Oracle: runs of apostrophes, at word ends or between words, and runs of sentence ends give the words,
    breaks and numbers the Unicode patterns give."""
    assert words(text) == _WORD.findall(normalise(text))
    assert shingle(text, Vocabulary()) == _by_unicode_patterns(text)
