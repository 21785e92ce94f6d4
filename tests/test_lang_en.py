"""The English attribution grammar: word lists compiled as prefix trees match what their flat lists matched."""

from __future__ import annotations

import regex
from hypothesis import given, settings

from quoteattr.lang.en import attribution
from quoteattr.lang.en.words import ADVERB_ENDINGS, PHRASE_OPENERS, WORD_OPENERS
from quoteattr.lang.patterns import alternation
from tests.pattern_oracle import same_answers, texts_from, windows

_FUNCTION_WORDS = sorted(attribution.FUNCTION_WORDS - set(attribution.DETERMINERS))


def _as_flat_lists(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern`` with each word list spelled as the flat alternation it was written as before."""
    source = pattern.pattern
    for words in (PHRASE_OPENERS, WORD_OPENERS, ADVERB_ENDINGS, _FUNCTION_WORDS):
        source = source.replace(alternation(words), "|".join(words))
    assert source != pattern.pattern
    return regex.compile(source, pattern.flags)


_GROUP_MENTION = next(pattern for kind, pattern in attribution.WHOLE_MENTION if kind == "group")

# The words of the lists in two cases, words that hold one of them or an ending, and (as often as all
# the words together) the characters around the phrases: spaces, commas, stops, brackets, dashes, capitals.
_WORDS = [
    *PHRASE_OPENERS,
    *(w.lower() for w in PHRASE_OPENERS[::3]),
    *WORD_OPENERS,
    *_FUNCTION_WORDS,
    *("Additionally", "reportedly", "ally", "Separately", "Withing", "Asks", "Ink", "Thistle", "Ifs", "Nowhere"),
    *("regard", "year", "critics", "officials", "voters", "Trump", "Speaking", "AFP", "Ore", "2016"),
]
_CHARACTERS = "  ,,. \n()-\N{EM DASH}xSé"
_PIECES = [*_WORDS, *_CHARACTERS * (len(_WORDS) // len(_CHARACTERS))]


@settings(max_examples=300)
@given(windows(texts_from(_PIECES, max_size=12)))
def test_introductory_matches_as_its_flat_lists(window: tuple[str, int, int]) -> None:
    """Equivalence: INTRODUCTORY with prefix trees finds what it found with flat word lists."""
    same_answers(_as_flat_lists(attribution.INTRODUCTORY), attribution.INTRODUCTORY, *window)


@settings(max_examples=300)
@given(windows(texts_from(_PIECES, max_size=12)))
def test_name_after_opening_matches_as_its_flat_list(window: tuple[str, int, int]) -> None:
    """Equivalence: NAME_AFTER_OPENING with a prefix tree finds what it found with the flat list."""
    same_answers(_as_flat_lists(attribution.NAME_AFTER_OPENING), attribution.NAME_AFTER_OPENING, *window)


@settings(max_examples=300)
@given(windows(texts_from(_PIECES, max_size=6)))
def test_group_mention_matches_as_its_flat_list(window: tuple[str, int, int]) -> None:
    """Equivalence: the group mention with a prefix tree of function words finds what the flat list found."""
    same_answers(_as_flat_lists(_GROUP_MENTION), _GROUP_MENTION, *window)


# The shape LEADING_CONJUNCTION had: the conjunctions as a flat list.
_CONJUNCTION_LIST = regex.compile(
    r"\s*(?:(?:and|but|so|yet|then|however|meanwhile|instead|now|later|also|still|thus|although|though|while|"
    r"because|as|if|when|since|whereas|after|before|until|unless)\s+)+",
    regex.IGNORECASE,
)
_CONJUNCTION_PIECES = [
    *attribution._CONJUNCTIONS,
    *(c.upper() for c in attribution._CONJUNCTIONS[::4]),
    *("ash", "sooner", "Trump", "thought", "whereabouts"),
    *"   \n,xS" * 5,
]


@settings(max_examples=300)
@given(windows(texts_from(_CONJUNCTION_PIECES, max_size=10)))
def test_leading_conjunction_matches_as_its_flat_list(window: tuple[str, int, int]) -> None:
    """Equivalence: LEADING_CONJUNCTION as a prefix tree finds what the flat list found."""
    same_answers(_CONJUNCTION_LIST, attribution.LEADING_CONJUNCTION, *window)


def test_introductory_phrases() -> None:
    """Opening adverbials are read to their comma; a sentence without one is no opening phrase."""
    assert attribution.INTRODUCTORY.match("Without doubt, she said").group() == "Without doubt, "
    assert attribution.INTRODUCTORY.match("Within reach she said").group() == ""
    assert attribution.INTRODUCTORY.match("Additionally, she said").group() == "Additionally, "


# The shapes the whole-mention patterns had: the group mention turned away phrases of more than three
# words only, and each possessive looked for its apostrophe itself.
def _former_whole_mentions() -> list[tuple[str, regex.Pattern[str]]]:
    from quoteattr.lang.en import grammar

    three_words_at_most = r"(?=(?:\S++\s++){0,2}+\S++\Z)"
    apostrophe = r"(?=[^’']*+[’'])"
    group = rf"{three_words_at_most}(?:(?:(?!{attribution._FUNCTION_WORD}\b)[\p{{L}}\-]+\s+){{0,2}}){grammar.GROUP}"
    kinds = [kind for kind, _ in attribution.WHOLE_MENTION]
    sources = [pattern.pattern for _, pattern in attribution.WHOLE_MENTION]
    sources[2] = group
    sources[7:] = [apostrophe + grammar.POSSESSIVE_PHRASE, apostrophe + grammar.POSSESSIVE_DESCRIPTION]
    return list(zip([*kinds, "description"], map(regex.compile, sources), strict=True))


_FORMER_WHOLE_MENTIONS = _former_whole_mentions()
_MENTION_PIECES = [
    *("officials", "Critics", "voters", "people", "of", "for", "the", "The", "a", "top", "state", "party"),
    *("Trump", "Sen.", "Ted", "Cruz", "Obama’s", "Ryan's", "campaign", "former", "75", "percent", "he", "who"),
    *" " * 8,
    *("\n", "’", "'", "-", ".", ","),
]


@settings(max_examples=500)
@given(windows(texts_from(_MENTION_PIECES, max_size=8)))
def test_whole_mentions_match_as_their_former_shapes(window: tuple[str, int, int]) -> None:
    """Equivalence: the first whole-mention pattern a phrase matches whole, and its kind, are as before."""
    text, start, end = window

    def first(patterns: list[tuple[str, regex.Pattern[str]]]) -> tuple[str, tuple[int, int]] | None:
        return next(((kind, m.span()) for kind, p in patterns if (m := p.fullmatch(text, start, end))), None)

    assert first(list(attribution.WHOLE_MENTION)) == first(_FORMER_WHOLE_MENTIONS)
