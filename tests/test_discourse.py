"""Carried reports and split quotes (:mod:`quoteattr.attribution.discourse`, :mod:`quoteattr.attribution.kinds`)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr.attribution.claims import Frame
from quoteattr.attribution.discourse import _ONLY_GAP_PUNCTUATION
from quoteattr.attribution.kinds import _named_after_article, _named_by_noun, _titled_work
from quoteattr.attribution.rules import Linked
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


def _nested_speakers_looking_up_each_sentence(grammar, text, index, linked, outermost=None):  # type: ignore[no-untyped-def]
    """Oracle: the nested speakers pass as it reads when each quote's sentence is looked up, its outer quotes
    gathered from ``linked`` whatever ``outermost`` holds."""
    import bisect

    from quoteattr.attribution.quote_rules import _introduction
    from quoteattr.attribution.rules import RULES

    outer = sorted((piece, item) for item in linked if item.depth == 0 for piece in item.pieces)
    starts = [piece[0] for piece, _ in outer]
    for item in linked:
        if item.depth == 0 or item.speaker is not None:
            continue
        k = bisect.bisect_right(starts, item.start) - 1
        if k < 0 or outer[k][0][1] < item.end:
            continue
        (piece_start, _), container = outer[k]
        open_mark = item.marks[0] if item.marks else item.start - 1
        lo = max(piece_start, open_mark - 200)
        if lo < open_mark:
            lo = max(lo, index.sentences[index.sentence_of(open_mark)][0])
        found = _introduction(grammar, text, lo, open_mark) if lo < open_mark else None
        if found is not None:
            item.speaker, item.cue, item.rule = found
            item.confidence = RULES[item.rule].confidence
            item.frame_window = (lo, open_mark)
        elif container.speaker is not None:
            item.speaker, item.cue, item.rule = container.speaker, container.cue, "nested"
            item.confidence = RULES["nested"].confidence
            item.frame_window = container.frame_window


def _linked_and_linked_by_the_oracle(text: str, code: str) -> tuple[list[Linked], list[Linked]]:
    """``link_quotes`` of ``text`` in the language ``code``, and the same with the quotes inside quotes
    attributed by :func:`_nested_speakers_looking_up_each_sentence`, which searches every window."""
    from unittest import mock

    from quoteattr.attribution import link

    language = get_language(code)
    index = Index(text, language)
    fast = link.link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes, language)
    with mock.patch.object(link, "_nested_speakers", _nested_speakers_looking_up_each_sentence):
        slow = link.link_quotes(text, Index(text, language), pair_quotes(text, index.paragraphs).quotes, language)
    return fast, slow


_NESTED_TOKENS = ["“", "”", "‘", "’", "‘a’", "'", "«", "»", " ", "b", "Truss said ", "er sagte: ", ". ", ", ", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_NESTED_TOKENS), max_size=60).map("".join), st.sampled_from(["en", "fr", "de"]))
def test_nested_speakers_read_a_known_sentence_as_one_looked_up(text: str, code: str) -> None:
    """Oracle: quotes inside quotes take the speakers they take when every sentence is looked up."""
    fast, slow = _linked_and_linked_by_the_oracle(text, code)
    assert fast == slow


_PARAGRAPH_TOKENS = [
    "“We will win,” Truss said. ",
    "“Yes.” ",
    "“It is ‘a plan’ for all of us.” ",
    "She added: ",
    "Truss said the talks had failed. ",
    "Sam Lau, the party's spokesman, said in a statement. ",
    "‘no’ ",
    "\n\n",
    "\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PARAGRAPH_TOKENS + _NESTED_TOKENS), max_size=30).map("".join))
def test_the_paragraph_passes_read_only_the_outermost_quotes(text: str) -> None:
    """Oracle: the passes that carry and continue a paragraph's speaker give the same speakers when given only
    the outermost quotes, in order, as when given every quote."""
    import copy
    from unittest import mock

    from quoteattr.attribution import discourse, link

    language = get_language("en")
    grammar = language.attribution
    index = Index(text, language)
    merged: list[list[Linked]] = []
    frames: list[list[Frame]] = []

    def merging(*args):  # type: ignore[no-untyped-def]
        found = discourse._merge_split_quotes(*args)
        merged.append(copy.deepcopy(found))  # as they are before any pass changes them
        return found

    def carrying(grammar, text, index, linked, found):  # type: ignore[no-untyped-def]
        frames.append(found)
        discourse._carry_paragraph_speakers(grammar, text, index, linked, found)

    with (
        mock.patch.object(link, "_merge_split_quotes", merging),
        mock.patch.object(link, "_carry_paragraph_speakers", carrying),
    ):
        link.link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes, language)
    whole, outermost = copy.deepcopy(merged[0]), copy.deepcopy(merged[0])
    for linked in (whole, [item for item in outermost if item.depth == 0]):
        discourse._carry_paragraph_speakers(grammar, text, index, linked, frames[0])
        discourse._continue_paragraph_speakers(grammar, text, index, linked, frames[0])
    assert whole == outermost


def test_a_quote_inside_a_quote_is_introduced_in_its_own_sentence() -> None:
    """Two quotes inside one quote, in two sentences: the second's introduction window starts at its sentence."""
    from quoteattr.attribution import link

    text = "“We heard ‘a’ first. Then Truss said ‘we go’ and left.”"
    language = get_language("en")
    index = Index(text, language)
    linked = link.link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes, language)
    inner = next(item for item in linked if item.depth > 0 and text[item.start : item.end] == "we go")
    assert inner.rule == "leading-said" and inner.frame_window == (text.index("Then"), text.index("‘we"))


# Verbs of saying of each language, some ending right before a mark, with the colons, commas, semicolons
# and "according to" words an introduction may hold.
_INTRODUCING_TOKENS = [
    "said",
    "Truss said",
    "pointed out",
    "sagte",
    "laut ",
    "a dit",
    "l’a dit",
    "ha detto",
    "dijo",
    "según ",
    "disse",
    "segundo ",
    "сказал",
    "по словам ",
    "according to ",
    "According to Truss",
    "Selon Truss",
    "Laut Truss",
    ": ",
    ", ",
    ";",
    "-",
    "„",
    "“",
]
_ATTRIBUTION_CODES = ["en", "de", "fr", "es", "it", "pt", "ru"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_NESTED_TOKENS + _INTRODUCING_TOKENS), max_size=60).map("".join),
    st.sampled_from(_ATTRIBUTION_CODES),
)
def test_quotes_inside_a_quote_are_introduced_as_when_each_window_is_searched(text: str, code: str) -> None:
    """Oracle: quotes inside quotes take the speakers they take when every window, in a piece that
    introduces nothing or not, is searched for an introduction."""
    fast, slow = _linked_and_linked_by_the_oracle(text, code)
    assert fast == slow


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(_NESTED_TOKENS + _INTRODUCING_TOKENS), max_size=24).map("".join),
    st.sampled_from(_ATTRIBUTION_CODES),
    st.integers(0, 80),
    st.integers(0, 80),
)
@example("Truss saidb", "en", 0, 11)  # "Truss said" introduces what follows it, ending after a word character
def test_a_piece_that_introduces_nothing_holds_no_window_that_does(text: str, code: str, lo: int, hi: int) -> None:
    """Oracle: where a piece introduces nothing, no window inside it that ends after a character other
    than a word's holds an introduction."""
    from quoteattr.attribution.quote_rules import _after_word_character, _introduces_nothing_within, _introduction

    grammar = get_language(code).attribution
    assert grammar is not None
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    if not _introduces_nothing_within(grammar, text, lo, hi):
        return
    for start in range(lo, hi + 1):
        for end in range(start + 1, hi + 1):
            if not _after_word_character(text, end):
                assert _introduction(grammar, text, start, end) is None


@pytest.mark.parametrize("code", _ATTRIBUTION_CODES)
def test_an_according_to_introduction_ends_in_a_comma_or_a_colon(code: str) -> None:
    """Every "according to" introduction holds a comma or a colon at its end, so that a piece holding
    neither (nor a semicolon or a verb of saying) introduces nothing (``_introduces_nothing_within``)."""
    from quoteattr.attribution.kinds import _never

    grammar = get_language(code).attribution
    assert grammar is not None
    assert grammar.ACCORDING_INTRO.pattern.endswith(r"\s*[:,]\s*\Z") or _never(grammar.ACCORDING_INTRO)
    cue = {"en": "According to", "de": "Laut", "fr": "Selon", "es": "Según", "it": "Secondo", "pt": "Segundo"}
    text = f"{cue.get(code, 'По словам')} Liz Truss, "
    assert grammar.ACCORDING_INTRO.search(text) is not None
    assert grammar.ACCORDING_INTRO.search(text.replace(",", "")) is None


@pytest.mark.parametrize("code", _ATTRIBUTION_CODES)
def test_verbs_of_saying_are_read_by_the_engine_whose_word_characters_isalnum_tells(code: str) -> None:
    """The verbs of saying are a pattern of the standard library's engine, whose ``\\w`` is what
    ``str.isalnum`` (or an underscore) tells: a window ending after any other character ends no verb."""
    import re

    grammar = get_language(code).attribution
    assert grammar is not None
    assert isinstance(grammar.SPEECH_CUE_WORD, re.Pattern)


def _item(start: int, length: int, depth: int) -> Linked:
    return Linked([(start, start + length)], "direct", depth, False, 0)


_ITEM = st.builds(_item, st.integers(0, 60), st.integers(0, 8), st.integers(0, 2))


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.lists(st.integers(0, 60), unique=True, max_size=40), st.lists(st.integers(0, 60), max_size=40)).map(
        sorted
    ),
    st.lists(_ITEM, max_size=6),
    st.booleans(),
    st.data(),
)
def test_items_put_in_order_are_those_a_stable_sort_gives(
    starts: list[int], added: list[Linked], shuffled: bool, data: st.DataObject
) -> None:
    """Oracle: placing the items after ``settled`` by bisection gives what a stable sort by ``_order``
    gives, whether the first ``settled`` start one after another (the quotes, mostly), start together or
    are shuffled, and however many follow.  The items placed share starts, and whole keys, with those
    before them."""
    from quoteattr.attribution.link import _order, _put_in_order

    settled = [_item(start, data.draw(st.integers(0, 8)), data.draw(st.integers(0, 2))) for start in starts]
    if shuffled:
        settled = data.draw(st.permutations(settled))
    if settled:  # some share a whole key with one before them
        twins = data.draw(st.lists(st.sampled_from(settled), max_size=2))
        added += [Linked(list(item.pieces), "indirect", item.depth, False, 0) for item in twins]
    items = settled + added
    expected = sorted(items, key=_order)
    _put_in_order(items, len(settled))
    assert [id(item) for item in items] == [id(item) for item in expected]
