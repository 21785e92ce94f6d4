"""Carried reports and split quotes (:mod:`quoteattr.attribution.discourse`, :mod:`quoteattr.attribution.kinds`)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.attribution.discourse import _ONLY_GAP_PUNCTUATION
from quoteattr.attribution.kinds import _named_after_article, _named_by_noun, _titled_work
from quoteattr.lang import get_language
from quoteattr.spans import pair_quotes
from quoteattr.text import Index

_GAP_CHARACTERS = r"[\"“”„«»‘’'\s,.;:!?\N{EM DASH}\N{EN DASH}-]"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a ,.“”—-'\n!x", max_size=30), st.integers(-2, 32), st.integers(-2, 32))
def test_a_gap_of_marks_and_punctuation_is_told_without_a_copy(text: str, start: int, end: int) -> None:
    """Oracle: the in-place test of a gap equals removing its marks and punctuation and finding nothing left."""
    start, end = max(start, 0), max(end, 0)
    removed = regex.sub(_GAP_CHARACTERS, "", text[start:end])
    assert (_ONLY_GAP_PUNCTUATION.fullmatch(text, start, end) is not None) == (not removed)


def test_a_language_without_naming_nouns_articles_or_works_names_no_quote_by_them() -> None:
    """The German title after a naming noun or article is a name in German, and nothing in a language
    whose grammar has no such noun or article (English), nor after a work in one without work nouns."""
    text = "Er spielte in der Fernsehserie „In aller Freundschaft“ mit. Die „People's Power Party“ regiert."
    for code, expected in (("de", True), ("en", False)):
        language = get_language(code)
        grammar = language.attribution
        assert grammar is not None
        index = Index(text, language)
        first, second = pair_quotes(text).quotes[:2]
        assert _named_by_noun(grammar, text, index, first, first.start - 1) is expected
        assert _named_after_article(grammar, text, index, second, second.start - 1) is expected
    text = "Johnson tells MSNBC’s “Morning Joe” that the inquiry goes on."
    for code, expected in (("en", True), ("de", False)):
        language = get_language(code)
        grammar = language.attribution
        assert grammar is not None
        quote = pair_quotes(text).quotes[0]
        assert _titled_work(grammar, text, Index(text, language), quote, quote.start - 1) is expected
