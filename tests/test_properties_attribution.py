"""Properties of attribution that hold for any input: offsets, bylines, determinism, robustness."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.lang.en.attribution import _INVERTED_INTRO_FORMS
from quoteattr.lang.en.cues import CUE_ADVERBS, MODAL_ADVERBS, PASSIVE_NAMING, TERM_INTROS
from quoteattr.lang.patterns import alternation, suffix_alternation
from quoteattr.models import Document

FAST = settings(max_examples=100, deadline=None)

# --- Generated articles ------------------------------------------------------------------------

PEOPLE = ["Liz Truss", "Sergei Lavrov", "Anthony Blinken", "Pavel Feldman", "Maria Ostrova", "Tomas Berg"]
DESCRIPTIONS = ["the minister", "the analyst", "a spokeswoman", "the expert", "officials", "the Kremlin"]
PRONOUNS = ["he", "she", "they"]
UTTERANCES = [
    "We will not back down",
    "The door to dialogue remains open",
    "Nobody has seen these rules",
    "This is a matter of principle for us",
    "The talks were useful",
]
CLAIMS = ["the talks had failed", "the alliance would expand", "sanctions were working", "the summit was a success"]
CUES = ["said", "added", "explained", "noted", "stressed", "told RT", "admitted"]
TEMPLATES = [
    "“{u},” {s} {c}.",
    "“{u},” said {s}.",
    "“{u}”, – {s} {c}.",
    "“{u}” — {s} {c}.",
    "{S} {c}: “{u}.”",
    "{S} {c}, “{u}.”",
    "“{u},” {s} {c}. “{u2}.”",
    "{S} {c} that {claim}.",
    "According to {s}, {claim}.",
    "{Claim}, {s} {c}.",
    "In {p}’s opinion, {claim}.",
    "“{u}”, – TASS quoted {o} as saying.",
    "{S} met {p} in Berlin on Monday.",
    "The so-called “{u}” was never discussed.",
    "“{u}.” ― {p}",
    "{S} said it would end what {p} called “{u}”.",
    "{S} was challenged over his statement that “{u}”.",
    "As {p} put it, {claim}.",
    "“{u},” a visibly tired {p} said.",
    "{S} told reporters he thinks “{u}”.",
]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence of news copy from a template, with a speaker, a cue and some words."""
    template = draw(st.sampled_from(TEMPLATES))
    speaker = draw(st.sampled_from([*PEOPLE, *DESCRIPTIONS, *PRONOUNS]))
    claim = draw(st.sampled_from(CLAIMS))
    return template.format(
        u=draw(st.sampled_from(UTTERANCES)),
        u2=draw(st.sampled_from(UTTERANCES)),
        s=speaker,
        S=_capital(speaker),
        c=draw(st.sampled_from(CUES)),
        claim=claim,
        Claim=_capital(claim),
        p=draw(st.sampled_from(PEOPLE)),
        o=draw(st.sampled_from(["him", "her", *PEOPLE])),
    )


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))


@st.composite
def bylines(draw: st.DrawFn) -> str:
    """A byline or credit line: "By NAME", "NAME, NAME, OUTLET" or "Image: OUTLET"."""
    names = draw(st.lists(st.sampled_from([*PEOPLE, "Polina Dukhanova", "Alyona Medvedeva"]), min_size=1, max_size=3))
    outlet = draw(st.sampled_from(["RT", "Reuters", "AP", "TASS", "AFP"]))
    kind = draw(st.sampled_from(["by", "list", "image"]))
    if kind == "by":
        return "By " + " and ".join(names)
    if kind == "list":
        return ", ".join([*names, outlet])
    return f"Image: {outlet}"


@st.composite
def articles(draw: st.DrawFn) -> str:
    return "\n\n".join(draw(st.lists(paragraphs(), min_size=1, max_size=5)))


# Any string, weighted towards what attribution looks at: marks, dashes, cue words, names.
TOKENS = st.sampled_from(
    [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", ",", ".", ":", " – ", " — ", " - ", "\n\n", " ",
        "said", "told", "according to", "in", "opinion", "that", "he", "she", "who", "the minister",
        "Truss", "Lavrov", "U.S.", "TASS", "quoted him as saying", "’s", "By", "Image:",
        "―", "what", "called", "his statement that", "as", "put it", "Says", "P&G", "told reporters", "and",
    ]
)  # fmt: skip
ANY_TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(TOKENS, st.text(max_size=5)), max_size=60).map("".join))


# --- Properties ----------------------------------------------------------------------------------


@FAST
@given(articles())
def test_speaker_mention_slices_the_text(text: str) -> None:
    """Offsets are the truth: every speaker's start/end slice the text to its mention."""
    doc = quoteattr.extract(text)
    for quote in doc.quotes:
        if quote.speaker is not None:
            assert doc.text[quote.speaker.start : quote.speaker.end] == quote.speaker.mention
            assert quote.speaker.mention.strip() == quote.speaker.mention != ""


@FAST
@given(articles())
def test_cue_slices_the_text(text: str) -> None:
    """Offsets are the truth: every cue's start/end slice the text to the cue's text."""
    doc = quoteattr.extract(text)
    for quote in doc.quotes:
        if quote.cue is not None:
            assert doc.text[quote.cue.start : quote.cue.end] == quote.cue.text
        if quote.via is not None:
            assert doc.text[quote.via.start : quote.via.end] == quote.via.name


@FAST
@given(articles(), bylines())
def test_byline_is_never_a_speaker(body: str, byline: str) -> None:
    """Exclusion: no speaker mention lies inside the byline or credit line that ends an article."""
    text = f"{body}\n\n{byline}"
    start = len(body) + 2
    doc = quoteattr.extract(text)
    inside = [q.speaker.mention for q in doc.quotes if q.speaker is not None and q.speaker.end > start]
    assert inside == []


@FAST
@given(st.one_of(articles(), ANY_TEXT))
def test_extract_is_deterministic(text: str) -> None:
    """Determinism: the same text gives the same records, field for field."""
    assert quoteattr.extract(text).model_dump() == quoteattr.extract(text).model_dump()


@FAST
@given(ANY_TEXT)
def test_any_string_never_raises(text: str) -> None:
    """Robustness: any string gives a valid Document, never an exception."""
    doc = quoteattr.extract(text)
    assert isinstance(doc, Document)
    for quote in doc.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.mention


@FAST
@given(articles(), st.sampled_from(["", "Officials met Truss. ", "The talks, which "]))
def test_mention_memo_is_transparent(text: str, before: str) -> None:
    """Memo transparency: a phrase classifies the same fresh, from the memo, and after other words."""
    from quoteattr.attribution import mentions
    from quoteattr.lang import get_language

    grammar = get_language("en").attribution
    assert grammar is not None
    spans = [(s, e) for s in range(1, len(text), 5) for e in range(s + 1, min(len(text), s + 40) + 1, 6)]

    def classified(memo: bool, prefix: str) -> list[tuple[int, int, str, list[str]] | None]:
        mentions._memos.clear()
        if not memo:
            mentions._memos[id(grammar)] = (grammar, None)
        found = [mentions.classify_mention(grammar, prefix + text, s + len(prefix), e + len(prefix)) for s, e in spans]
        return [None if m is None else (m.start - len(prefix), m.end - len(prefix), m.kind, m.roles) for m in found]

    fresh = classified(False, before)
    assert classified(True, before) == fresh
    mentions._memos.clear()
    for s, e in spans:  # the memo filled from the same phrases in another text
        mentions.classify_mention(grammar, "Truss said. " + text, s + 12, e + 12)
    assert [
        None if m is None else (m.start - len(before), m.end - len(before), m.kind, m.roles)
        for m in (mentions.classify_mention(grammar, before + text, s + len(before), e + len(before)) for s, e in spans)
    ] == fresh
    mentions._memos.clear()


_ATTRIBUTION_CODES = ["en", "de", "fr", "es", "it", "pt", "ru"]


def _window_words(code: str) -> list[str]:
    """A language's subject pronouns and relatives, and some other words."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    return [*sorted(grammar.SUBJECT_WORDS | grammar.RELATIVES), "Wells", "the", "minister", ",", "2010"]


_WINDOW_WORDS = {code: _window_words(code) for code in _ATTRIBUTION_CODES}


@st.composite
def window_ends(draw: st.DrawFn) -> tuple[str, str]:
    """A language and a window of its pronouns, relatives, other words and any kind of space."""
    code = draw(st.sampled_from(_ATTRIBUTION_CODES))
    spaces = [" ", "  ", "\n", "\t", "\N{NO-BREAK SPACE}", "\x1c", ""]
    words = _WINDOW_WORDS[code]
    pieces = draw(st.lists(st.tuples(st.sampled_from(words), st.sampled_from(spaces)), min_size=1, max_size=6))
    return code, "".join(word + space for word, space in pieces)


@FAST
@given(window_ends())
def test_pronoun_at_end_is_found_at_the_trailing_space(case: tuple[str, str]) -> None:
    """Oracle: the pronoun or relative ending a window, tried only where its trailing space starts, is
    what a search over the whole window finds."""
    from quoteattr.attribution import mentions
    from quoteattr.lang import get_language

    code, text = case
    grammar = get_language(code).attribution
    assert grammar is not None
    for start in range(len(text)):
        trailing = mentions._SPACE_AT_END.search(text, start, len(text))
        assert trailing is not None
        for pattern in (grammar.PRONOUN_AT_END, grammar.RELATIVE_AT_END):
            found = pattern.match(text, start, trailing.start())
            searched = pattern.search(text, start, len(text))
            assert (found and found.span()) == (searched and searched.span())


@FAST
@given(window_ends(), st.sampled_from(["the minister ", "Liz Truss ", "officials ", "75 percent of voters ", ""]))
def test_matched_kind_is_the_first_named_group_with_text(case: tuple[str, str], opening: str) -> None:
    """Oracle: the kind read from a speaker match's values is the first non-empty entry of its groupdict."""
    from quoteattr.attribution.mentions import matched_kind
    from quoteattr.lang import get_language

    code, words = case
    grammar = get_language(code).attribution
    assert grammar is not None
    text = opening + words
    for start in range(len(text)):
        for pattern in (grammar.SPEAKER_AT_START, grammar.FRONTED_OBJECT, grammar.FRONTED_SUBJECT):
            found = pattern.match(text, start)
            if found is not None and any(found.groupdict().values()):
                assert matched_kind(found) == next(k for k, v in found.groupdict().items() if v)


# The English backwards patterns built on trees of word endings, and the word lists each tree holds.
_BACKWARDS = {
    "TRAILING_ADVERBS": [CUE_ADVERBS],
    "MODALS_BEFORE_CUE": [CUE_ADVERBS + MODAL_ADVERBS],
    "SCARE_QUOTE_INTRO": [TERM_INTROS],
    "NAMED_THING": [PASSIVE_NAMING],
    "INVERTED_INTRO": [_INVERTED_INTRO_FORMS],
}


def _prefix_built(pattern: regex.Pattern[str], lists: list[Any]) -> regex.Pattern[str]:
    """The same pattern with each tree of endings written as a prefix tree: the slow, plain oracle."""
    source = pattern.pattern
    for words in lists:
        assert suffix_alternation(words) in source
        source = source.replace(suffix_alternation(words), alternation(words))
    return regex.compile(source, pattern.flags & ~regex.VERSION0)


_BACKWARDS_WORDS = sorted({word for lists in _BACKWARDS.values() for words in lists for word in words})


@FAST
@given(
    st.lists(
        st.sampled_from([*_BACKWARDS_WORDS, "has", "so", "Truss", "the party", "went on", "to", "on Monday", "ally"]),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([" ", ", ", ": ", "; ", "-"]),
    st.sampled_from(["", " ", ":", ", "]),
)
def test_backwards_patterns_match_as_with_a_prefix_tree(words: list[str], gap: str, end: str) -> None:
    """Oracle: the backwards patterns built on trees of word endings match where prefix-tree ones do."""
    from quoteattr.lang import get_language

    grammar = get_language("en").attribution
    assert grammar is not None
    text = "Officials said, " + gap.join(words) + end
    for name, lists in _BACKWARDS.items():
        pattern = getattr(grammar, name)
        oracle = _prefix_built(pattern, lists)
        for stop in range(len(text) + 1):
            found, expected = pattern.search(text, 0, stop), oracle.search(text, 0, stop)
            assert (found and found.regs) == (expected and expected.regs)


# --- The kind of a quote inside a quote -------------------------------------------------------------


@FAST
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)), min_size=1, max_size=3), st.text(max_size=60))
def test_pieces_too_short_for_more_words_hold_no_more(spans: list[tuple[int, int]], text: str) -> None:
    """Oracle: pieces the length bound says hold at most n words hold at most n, counted with the word pattern."""
    from quoteattr.attribution import kinds

    pieces = [(start, min(start + length, len(text))) for start, length in spans if start <= len(text)]
    if pieces and kinds._at_most_words(pieces, 4):
        assert sum(kinds._words(text, start, end) for start, end in pieces) <= 4


@FAST
@given(st.text(alphabet=st.sampled_from(list("ab éЖ-’'\n.,1_")), max_size=40), st.integers(0, 40), st.integers(0, 8))
def test_a_nested_piece_too_short_for_more_words_than_a_term_is_one(text: str, start: int, length: int) -> None:
    """Oracle: a quote inside a quote in one piece of at most ``_NESTED_TERM_CHARACTERS`` characters, which
    the linking loop calls a term without a call, is one by ``_nested_kind``."""
    from quoteattr.attribution import kinds

    start = min(start, len(text))
    end = min(start + min(length, kinds._NESTED_TERM_CHARACTERS), len(text))
    assert kinds._nested_kind(text, [(start, end)]) == "term"


@FAST
@given(
    st.text(alphabet=st.sampled_from(list("ab éЖ-’'\n.,1_\u0301")), max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 40)), min_size=1, max_size=3),
)
def test_the_kind_of_a_quote_inside_a_quote_is_told_by_its_word_count(text: str, spans: list[tuple[int, int]]) -> None:
    """Oracle: a quote inside a quote is a term with at most four words, counted with the word pattern,
    and partial with more, whether its fifth word is searched for (one piece) or its words counted."""
    from quoteattr.attribution import kinds

    pieces = [(min(start, len(text)), min(start + length, len(text))) for start, length in spans]
    words = sum(kinds._words(text, start, end) for start, end in pieces)
    assert kinds._nested_kind(text, pieces) == ("term" if words <= 4 else "partial")


@FAST
@given(st.lists(st.sampled_from([*"“”‘’'«»a ", "bc ", ", ", ". ", "\n", "we will go on ", "no way"]), max_size=60))
def test_a_quote_inside_a_quote_is_linked_with_its_kind_taken_alone(tokens: list[str]) -> None:
    """Oracle: every quote inside a quote is linked with the kind ``_nested_kind`` gives its pieces, which the
    linking loop tells itself for a quote in one piece."""
    from quoteattr.attribution import kinds
    from quoteattr.attribution.link import link_quotes
    from quoteattr.lang import get_language
    from quoteattr.spans import pair_quotes
    from quoteattr.text import Index

    text = "".join(tokens)
    english = get_language("en")
    index = Index(text, english)
    quotes = pair_quotes(text, index.paragraphs).quotes
    linked = [item for item in link_quotes(text, index, quotes, english) if item.depth]
    assert [item.kind for item in linked] == [kinds._nested_kind(text, item.pieces) for item in linked]
    assert "direct" not in [item.kind for item in linked]  # so only outermost quotes' cues are direct quotes'


def test_a_short_quote_inside_a_quote_is_a_term_without_counting_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cost: a quote inside a quote too short for five words is a term before any word is counted."""
    from quoteattr.attribution import kinds

    counted: list[tuple[int, int]] = []
    words = kinds._words

    def counting(text: str, start: int, end: int) -> int:
        counted.append((start, end))
        return words(text, start, end)

    monkeypatch.setattr(kinds, "_words", counting)
    text = "“Nobody said ‘a b c’ to us, and nobody will say ‘that is what we were told to do’ either,” she said."
    doc = quoteattr.extract(text)
    nested = {text[q.start : q.end]: q.kind for q in doc.quotes if q.depth > 0}
    assert nested == {"a b c": "term", "that is what we were told to do": "partial"}
    short = next(q for q in doc.quotes if q.depth > 0 and q.kind == "term")
    assert (short.start, short.end) not in counted


@FAST
@given(
    st.sampled_from(_ATTRIBUTION_CODES),
    st.one_of(articles(), window_ends().map(lambda case: case[1])),
    st.sampled_from(["", "the minister ", "Liz Truss ", "officials ", "75 percent of voters ", "Obama’s aide "]),
)
def test_whole_mention_alternation_is_the_first_pattern_that_matches(code: str, text: str, opening: str) -> None:
    """Oracle: the one alternation over a grammar's mention patterns gives the kind of the first
    pattern, in order, that matches a phrase whole (none when none does)."""
    from quoteattr.attribution.mentions import _whole_mention_kind
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    text = opening + text
    for start in range(0, len(text), 3):
        for end in range(start + 1, min(len(text), start + 50) + 1, 2):
            first = next((kind for kind, pattern in grammar.WHOLE_MENTION if pattern.fullmatch(text, start, end)), None)
            assert _whole_mention_kind(grammar, text, start, end) == first


def _trailing_words(code: str) -> list[str]:
    """A language's speech and dialogue forms, subject words, and words and marks around a trailing cue."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    forms = sorted(grammar.SPEECH_FORMS | grammar.DIALOGUE_FORMS)
    others = "Truss Liz the minister also often a ha è hat habe - ’ ' , . ” – — \n".split(" ")
    return [*forms, *sorted(grammar.SUBJECT_WORDS), *others]


_TRAILING_WORDS = {code: _trailing_words(code) for code in _ATTRIBUTION_CODES}


@FAST
@given(st.data(), st.sampled_from(_ATTRIBUTION_CODES), st.sampled_from([" ", ", ", "-", ""]))
def test_a_trailing_attribution_holds_a_speech_cue_word(data: st.DataObject, code: str, gap: str) -> None:
    """Oracle: wherever TRAILING matches, SPEECH_CUE_WORD finds a verb of saying in the same window, so
    a window without one is answered without trying TRAILING."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    words = data.draw(st.lists(st.sampled_from(_TRAILING_WORDS[code]), min_size=1, max_size=8))
    text = "”" + gap.join(words) + "."
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            if grammar.TRAILING.match(text, start, end) is not None:
                assert grammar.SPEECH_CUE_WORD.search(text, start, end) is not None


_OPENING_WORDS = (
    "In this regard Additionally Earlier this year After the debate Reaching for the jugular WASHINGTON (AFP) "
    "Still And Trump said the plan 2016 -- - ; : . , ,"
).split(" ")


@FAST
@given(st.lists(st.sampled_from(_OPENING_WORDS), min_size=1, max_size=8), st.sampled_from([" ", "  ", "\n"]))
def test_an_opening_phrase_is_looked_for_only_before_a_comma(words: list[str], gap: str) -> None:
    """Oracle: English INTRODUCTORY, whose phrases are tried only where the first stop ahead is a comma,
    matches as the same pattern without that look ahead."""
    from quoteattr.lang.en.attribution import INTRODUCTORY

    look_ahead = "(?=[^,.;:]*+,)"
    assert look_ahead in INTRODUCTORY.pattern
    slow = regex.compile(INTRODUCTORY.pattern.replace(look_ahead, "", 1), INTRODUCTORY.flags)
    text = gap.join(words)
    for end in range(len(text) + 1):
        fast_match, slow_match = INTRODUCTORY.match(text, 0, end), slow.match(text, 0, end)
        assert (fast_match and fast_match.span()) == (slow_match and slow_match.span())


# --- Work the quotation rules leave out -------------------------------------------------------------


def _leading_words(code: str) -> list[str]:
    """Some of a language's speech forms and participles, subject words, and the words and marks of an introduction."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    forms = sorted(grammar.SPEECH_FORMS)[::7] + sorted(grammar.PARTICIPLE_CUES)[:4]
    forms += sorted(grammar.INVERSION_FORMS)[:4]
    others = "Truss Liz the minister According to in a statement so called that he Stated , , : . ! “ ” « — -"
    return [*forms, *sorted(grammar.SUBJECT_WORDS)[:6], *others.split(" ")]


_LEADING_WORDS = {code: _leading_words(code) for code in _ATTRIBUTION_CODES}


@FAST
@given(st.data(), st.sampled_from(_ATTRIBUTION_CODES), st.sampled_from([" ", ", ", " : ", "\n"]))
def test_a_leading_cue_is_looked_for_after_the_gap_bound_as_in_the_whole_window(
    data: st.DataObject, code: str, gap: str
) -> None:
    """Oracle: an introduction found with the last cue looked for only after the last stop (or the earlier
    of the last two commas) is the one found with the last cue of the whole window."""
    from unittest import mock

    from quoteattr.attribution import quote_rules
    from quoteattr.lang import get_language
    from quoteattr.lang.patterns import NEVER

    grammar = get_language(code).attribution
    assert grammar is not None
    words = data.draw(st.lists(st.sampled_from(_LEADING_WORDS[code]), min_size=1, max_size=10))
    text = gap.join(words) + data.draw(st.sampled_from([": ", ", ", " ", ""])) + "“We will win.”"
    end = text.rindex("“")
    fast = [quote_rules._introduction(grammar, text, lo, end) for lo in range(0, end, 2)]
    with mock.patch.object(quote_rules, "_GAP_BOUND", regex.compile(NEVER)):
        slow = [quote_rules._introduction(grammar, text, lo, end) for lo in range(0, end, 2)]
    assert fast == slow


@FAST
@given(st.data(), st.sampled_from(_ATTRIBUTION_CODES), st.sampled_from([" ", ", ", "-", "’", ""]))
def test_the_last_cue_of_a_window_is_found_from_its_first_cue(data: st.DataObject, code: str, gap: str) -> None:
    """Oracle: where SPEECH_CUE_WORD finds nothing in a window, the scan for the last cue finds nothing in
    any part of it that ends where it ends, so an introduction is answered by the one search; where it
    finds a first cue, the scan from any offset before that cue finds what the scan from the cue finds."""
    from quoteattr.attribution.claims import _last_speech_cue
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    words = data.draw(st.lists(st.sampled_from(_LEADING_WORDS[code]), min_size=1, max_size=8))
    text = gap.join(words) + "“"
    for end in range(len(text) + 1):
        for lo in range(end + 1):
            first = grammar.SPEECH_CUE_WORD.search(text, lo, end)
            if first is None:
                assert all(_last_speech_cue(grammar, text, start, end) is None for start in range(lo, end + 1))
            else:
                last = _last_speech_cue(grammar, text, first.start(), end)
                assert last is not None
                assert _last_speech_cue(grammar, text, lo, end).span() == last.span()  # type: ignore[union-attr]


@FAST
@given(
    st.lists(st.sampled_from([*'a ,:;.!?“”"«»„-\N{EM DASH}\N{EN DASH}\n\x1c\xa0', "told reporters"])),
    st.integers(0, 200),
    st.integers(0, 200),
)
@example(["said ", "a" * 59, " ,\xa0"], 4, 67)  # a gap of 60 characters
@example(["said ", "a" * 60, " ,\xa0"], 4, 68)  # and of 61
@example(["said a\x1c, \xa0"], 4, 11)  # a character ``\s`` is not, and one it is, in the tail
def test_a_leading_gap_is_what_the_lazy_gap_pattern_matches(tokens: list[str], start: int, end: int) -> None:
    """Oracle: the gap between a cue and an opening mark ends where the lazy pattern of a gap of at most 60
    characters, none a stop or a comma, and its tail, matched over the whole window, ends its gap."""
    from quoteattr.attribution import quote_rules

    text = "".join(tokens)
    start, end = min(start, end, len(text)), min(max(start, end), len(text))
    stops = quote_rules._GAP_STOPS
    lazy = regex.compile(rf"(?P<gap>[^{stops},]{{0,60}}?)\s*[,:\N{{EM DASH}}\N{{EN DASH}}-]?\s*")
    found = lazy.fullmatch(text, start, end)
    assert quote_rules._leading_gap(text, start, end) == (found.end("gap") if found else None)


@pytest.mark.parametrize("code", _ATTRIBUTION_CODES)
def test_an_empty_gap_after_a_leading_cue_holds_no_clause_determiner_or_word(code: str) -> None:
    """An empty gap between a cue and the quote is not searched: no gap production matches an empty window."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    text = " ".join(_LEADING_WORDS[code] + _TRAILING_WORDS[code])
    for at in range(len(text) + 1):
        for pattern in (grammar.THAT, grammar.CLAUSE_IN_GAP, grammar.ENDS_IN_DETERMINER):
            assert pattern.search(text, at, at) is None


@FAST
@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 200)), min_size=1, max_size=3),
    st.text(alphabet=st.sampled_from(list("ab éЖ-’'\n.,1_")), max_size=400),
    st.integers(1, 14),
)
def test_words_counted_up_to_a_bound_are_the_words_or_the_bound(
    spans: list[tuple[int, int]], text: str, most: int
) -> None:
    """Oracle: the words of pieces counted up to ``most`` are all their words, or ``most`` when there are more."""
    from quoteattr.attribution import kinds

    pieces = [(start, min(start + length, len(text))) for start, length in spans if start <= len(text)]
    every = sum(kinds._words(text, start, end) for start, end in pieces)
    assert kinds._pieces_words_up_to(text, pieces, most) == min(every, most)


@FAST
@given(st.sampled_from(_ATTRIBUTION_CODES), st.one_of(articles(), ANY_TEXT))
def test_rules_left_out_for_a_grammar_and_text_would_have_matched_nothing(code: str, text: str) -> None:
    """Oracle: linking with only the rules a grammar, a text and the shape of each quote can match gives what
    every rule in order gives."""
    from unittest import mock

    from quoteattr.attribution import link
    from quoteattr.attribution.quote_rules import FALLBACK_RULES, QUOTE_RULES, RulesByShape
    from quoteattr.lang import get_language
    from quoteattr.spans import pair_quotes
    from quoteattr.text import Index

    language = get_language(code)
    text = text + " “We will win,” TASS quoted him as saying. „Das geht“, heißt es in der Mitteilung."
    index = Index(text, language)
    quotes = pair_quotes(text, index.paragraphs).quotes
    fast = link.link_quotes(text, index, quotes, language)
    every = RulesByShape(QUOTE_RULES, QUOTE_RULES, QUOTE_RULES, FALLBACK_RULES, FALLBACK_RULES)
    with mock.patch.object(link, "by_shape", lambda quote_rules, fallback_rules: every):
        slow = link.link_quotes(text, Index(text, language), quotes, language)
    assert fast == slow


@pytest.mark.parametrize("code", _ATTRIBUTION_CODES)
def test_what_is_read_before_a_quote_in_its_sentence_holds_a_word(code: str) -> None:
    """Every production read before an opening mark in its sentence by the rules and tests that a quote opening
    its sentence skips matches only where a word is: none in a window of spaces, whatever stands before it."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    patterns = (
        grammar.SPEECH_CUE_WORD,
        grammar.ACCORDING_INTRO,
        grammar.INVERTED_INTRO,
        grammar.CLAIM_NOUN,
        grammar.POSSESSED_CLAIM,
        grammar.WORK_BEFORE_TITLE,
        grammar.NAMING_NOUN,
        grammar.NAMING_ARTICLE,
        grammar.ASKED_CLAUSE,
    )
    words = _LEADING_WORDS[code]
    for prefix in ["", " ".join(words), *words]:
        for spaces in ["", " ", "\n", " \N{NO-BREAK SPACE}\t ", "\n\n  "]:
            text = prefix + spaces + "“Wir” "
            end = len(prefix) + len(spaces)
            for lo in range(len(prefix), end + 1):
                for pattern in patterns:
                    assert pattern.search(text, lo, end) is None, (pattern.pattern[:60], text)


@FAST
@given(st.sampled_from(_ATTRIBUTION_CODES), st.one_of(articles(), ANY_TEXT), st.sampled_from(["", " ", "\n", "\t "]))
def test_a_quote_opening_its_sentence_has_nothing_before_it_to_read(code: str, text: str, spaces: str) -> None:
    """Oracle: for a quote with nothing but spaces before it in its sentence, the rules that read words before the
    mark say None, and the tests for a question put and for the name of a thing say no, as linking leaves them out
    for it."""
    from quoteattr.attribution.claims import _FrameIndex, find_frames
    from quoteattr.attribution.kinds import _named_after_article, _named_by_noun, _titled_work
    from quoteattr.attribution.quote_rules import _READ_WORDS_BEFORE, _in_question_put
    from quoteattr.attribution.rules import QuoteContext, _close_end
    from quoteattr.lang import get_language
    from quoteattr.spans import pair_quotes
    from quoteattr.text import Index

    language = get_language(code)
    grammar = language.attribution
    assert grammar is not None
    added = ("“The Art of the Deal” sold.", "„In aller Freundschaft“ lief.", "«Hola», dijo.")
    text = text + "".join(spaces + sentence for sentence in added)
    index = Index(text, language)
    outer = [quote for quote in pair_quotes(text, index.paragraphs).quotes if quote.depth == 0]
    frames = _FrameIndex(find_frames(text, index, [(q.start - 1, _close_end(text, q)) for q in outer], language))
    for quote in outer:
        ctx = QuoteContext.of(text, index, grammar, frames, quote)
        assert ctx.opens_sentence == (not text[ctx.sentence[0] : ctx.open_mark].strip())
        if not ctx.opens_sentence:
            continue
        assert all(rule(ctx) is None for rule in _READ_WORDS_BEFORE)
        assert not _in_question_put(ctx)
        assert not _named_by_noun(grammar, text, index, quote, ctx.open_mark)
        assert not _named_after_article(grammar, text, index, quote, ctx.open_mark)
        assert not _titled_work(grammar, text, index, quote, ctx.open_mark)


@pytest.mark.parametrize(
    "text",
    [
        "In dem Antrag heißt es wörtlich: ",
        "Darin hieß es: ",
        "So heißt es in der Meldung der Firma: ",
        "„Wir bleiben“, heißt es in der Mitteilung.",
        "„Wir bleiben“, so hieß es aus dem Ministerium.",
    ],
)
def test_a_document_introduction_holds_a_document_hint(text: str) -> None:
    """Every German document introduction, before or after a quote, holds one of the hints that let a text
    without any skip the rule."""
    from quoteattr.lang import get_language

    grammar = get_language("de").attribution
    assert grammar is not None
    closed = text.find("“")
    found = grammar.DOCUMENT_AFTER.match(text, closed + 1) if closed >= 0 else grammar.DOCUMENT_BEFORE.search(text)
    assert found is not None
    assert any(hint in found.group() for hint in grammar.DOCUMENT_CLAUSE_HINTS)


@pytest.mark.parametrize("code", _ATTRIBUTION_CODES)
@pytest.mark.parametrize(
    "line",
    [
        " \N{EM DASH} Sonya Herridge",
        " \N{HORIZONTAL BAR} Sonya Herridge\n",
        ", \N{EN DASH} Mario Rossi, economista",
        " -- Jean Dupont.",
        " - Sanders",
        "\N{EM DASH}\N{EM DASH}Karl Müller",
        " Sonya Herridge",
    ],
)
def test_a_signature_holds_one_of_its_hints(code: str, line: str) -> None:
    """Every signature holds one of the grammar's SIGNATURE_HINTS (its dashes), which let a line holding
    none go unsearched."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    for start in range(len(line)):
        found = grammar.SIGNATURE.search(line, start)
        if found is not None:
            assert any(hint in found.group() for hint in grammar.SIGNATURE_HINTS)


_SIGNATURE_FILLER = [*"“”‘’'\"«»„", " ", "-", ", ", ".", " and that’s all ", "be kind", " said "]


@st.composite
def _signed_lines(draw: st.DrawFn) -> str:
    """Words and marks, then maybe a mark, a dash and a name, as a signature ends a line."""
    filler = "".join(draw(st.lists(st.sampled_from(_SIGNATURE_FILLER), max_size=6)))
    if not draw(st.booleans()):
        return filler
    mark = draw(st.sampled_from(["", "”", "’", "»", "“"]))
    dash = draw(st.sampled_from([" \N{HORIZONTAL BAR} ", " \N{EM DASH}", "\N{EN DASH} ", " - ", ", -- "]))
    name = draw(st.sampled_from(["Sonya Herridge", "Karl Müller", "Jean Dupont, lectrice", "anybody"]))
    return filler + mark + dash + name + draw(st.sampled_from(["", ".", " ", "\n"]))


@FAST
@given(
    st.sampled_from(["en", "de", "fr"]),
    st.sampled_from(["“Be kind.”", "„Sei nett“,", "* “Be kind,”", "She said “be kind”", "\n“Be ‘kind’.”"]),
    _signed_lines(),
    st.sampled_from(["", " ", "\n"]),
    _signed_lines(),
)
@example("en", "“Be kind.”", "", "", " - Sonya Herridge")  # the next paragraph signs it
@example("en", "“Be kind.”", " And “be brave.” \N{HORIZONTAL BAR} Sonya Herridge", "", "")  # after a later mark
@example("de", "„Sei nett“,", " \N{EM DASH} Karl Müller", " ", "")  # right after it
def test_the_signature_rule_finds_what_the_patterns_alone_find(
    code: str, opening: str, rest: str, between: str, next_line: str
) -> None:
    """Oracle: a quote opening its line is signed by the signature right after it, else by the first signature in
    the rest of its paragraph where a mark stands right before it, else, when that rest is blank, by the next
    paragraph's signature, searched for without any hint."""
    from quoteattr.attribution import quote_rules
    from quoteattr.attribution.claims import _FrameIndex
    from quoteattr.attribution.mentions import classify_mention
    from quoteattr.attribution.rules import QuoteContext
    from quoteattr.lang import get_language
    from quoteattr.marks import MARK_PATTERN
    from quoteattr.spans import pair_quotes
    from quoteattr.text import Index

    language = get_language(code)
    grammar = language.attribution
    assert grammar is not None
    text = opening + rest + between + "\n" + next_line
    index = Index(text, language)
    for quote in pair_quotes(text, index.paragraphs).quotes:
        if quote.depth > 0 or not quote_rules._starts_line(text, quote):
            continue
        ctx = QuoteContext.of(text, index, grammar, _FrameIndex([]), quote)
        after, end = ctx.after, ctx.paragraph_end
        signed = grammar.SIGNATURE.match(text, after, end)
        if signed is None and text[after:end].strip():
            late = grammar.SIGNATURE.search(text, after, end)
            if late is not None and late.start() > after and MARK_PATTERN.match(text, late.start() - 1):
                signed = late
        if signed is None and not text[after:end].strip() and quote.paragraph + 1 < len(index.paragraphs):
            signed = grammar.SIGNATURE.match(text, *index.paragraphs[quote.paragraph + 1])
        mention = classify_mention(grammar, text, *signed.span("speaker")) if signed is not None else None
        expected = (mention, signed.span("dash")) if signed is not None and mention and mention.kind == "name" else None
        found = quote_rules._signature(ctx)
        assert (found and (found.speaker, found.cue)) == expected


def test_the_spaces_after_a_closing_mark_are_told_by_isspace_as_by_the_pattern() -> None:
    """Oracle: every character ``\\s`` matches, and no other, is one ``str.isspace`` tells, so a quote's
    context reads the spaces after its closing mark with the pattern only where one follows the mark."""
    from quoteattr.attribution.rules import _SPACE_RUN

    for code in range(0x110000):
        character = chr(code)
        assert (_SPACE_RUN.match(character).end() == 1) == character.isspace(), hex(code)


@FAST
@given(
    st.lists(
        st.sampled_from(["“", "”", "‘", "’", "«", "»", " ", "\n", "\u00a0", "a", "Truss said", ". ", ","]), max_size=30
    )
)
def test_a_context_given_where_the_closing_mark_ends_is_the_one_worked_out(words: list[str]) -> None:
    """Oracle: a quote's context made with the end of its closing mark given equals the one made without."""
    from quoteattr.attribution.claims import _FrameIndex
    from quoteattr.attribution.rules import QuoteContext, _close_end
    from quoteattr.lang import get_language
    from quoteattr.spans import pair_quotes
    from quoteattr.text import Index

    text = "".join(words)
    english = get_language("en")
    assert english.attribution is not None
    index = Index(text, english)
    frames = _FrameIndex([])
    for quote in pair_quotes(text, index.paragraphs).quotes:
        given_end = QuoteContext.of(text, index, english.attribution, frames, quote, _close_end(text, quote))
        worked_out = QuoteContext.of(text, index, english.attribution, frames, quote)
        assert given_end == worked_out


def _inverted_intro_forms(code: str) -> st.SearchStrategy[str]:
    """A language's verbs of inversion (where it lists them) or of saying, as written in the text or capitalised."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    forms = st.sampled_from(sorted(grammar.INVERSION_FORMS or grammar.SPEECH_FORMS))
    return st.one_of(forms, forms.map(str.capitalize), st.sampled_from(sorted(grammar.SPEECH_FORMS)))


_INVERTED_INTRO_FORMS = {code: _inverted_intro_forms(code) for code in _ATTRIBUTION_CODES}
_INTRO_SPEAKERS = ["Truss", "Liz Truss", "the minister", "la ministra", "der Minister", "Лавров", "o ministro", "him"]


@FAST
@given(
    st.sampled_from(_ATTRIBUTION_CODES),
    st.data(),
    st.sampled_from(["Yes, ", "Yes; ", "Yes ", ", ", ""]),
    st.sampled_from(_INTRO_SPEAKERS),
    st.sampled_from([":", ",", ": ", ", ", " :", ".", "", " ", ":\n", ", and"]),
)
def test_an_inverted_introduction_ends_in_a_colon_or_a_comma(
    code: str, data: st.DataObject, opening: str, speaker: str, ending: str
) -> None:
    """Oracle: wherever INVERTED_INTRO matches, the last character of the window that is not a space is a colon
    or a comma, so a window ending otherwise is answered without trying it."""
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    text = opening + data.draw(_INVERTED_INTRO_FORMS[code]) + " " + speaker + ending
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            if grammar.INVERTED_INTRO.search(text, start, end) is not None:
                assert text[start:end].rstrip()[-1:] in (":", ",")


_SIGNATURE_MARKS = ("“", "”", "’", "'", "‘", "«", "»", "„", '"', "''", "``")
_SIGNATURE_DASHES = ("-", " - ", "--", " \N{EM DASH} ", "\N{EN DASH}", "\N{HORIZONTAL BAR}")
_SIGNATURE_NAMES = ("Sonya Herridge", "Jean Dupont", "Karl Müller", "Sanders.")
_SIGNATURE_PIECES = [
    *_SIGNATURE_MARKS,
    *_SIGNATURE_DASHES,
    *_SIGNATURE_NAMES,
    *(" ", "  ", "\n", ", ", ". ", "he said", "and that", "all", "x"),
]


_SIGNATURE_LINES = st.lists(st.sampled_from(_SIGNATURE_PIECES), max_size=14).map("".join)


@FAST
@given(
    st.sampled_from(_ATTRIBUTION_CODES),
    st.one_of(
        _SIGNATURE_LINES,
        # A mark, a dash and a name somewhere in the line: a signature after a mark, or one the line spoils.
        st.tuples(
            _SIGNATURE_LINES,
            st.sampled_from(_SIGNATURE_MARKS),
            st.sampled_from(_SIGNATURE_DASHES),
            st.sampled_from(_SIGNATURE_NAMES),
            _SIGNATURE_LINES,
        ).map("".join),
    ),
    st.integers(0, 4),
)
def test_a_signature_after_a_mark_is_the_first_signature_when_a_mark_stands_before_it(
    code: str, line: str, after: int
) -> None:
    """Oracle: the signature found by trying each mark is the line's first signature, where a mark stands right
    before it and it starts after ``after``; none otherwise."""
    from quoteattr.attribution.quote_rules import _signature_after_mark
    from quoteattr.lang import get_language
    from quoteattr.marks import MARK_PATTERN

    grammar = get_language(code).attribution
    assert grammar is not None
    after = min(after, len(line))
    first = grammar.SIGNATURE.search(line, after, len(line))
    if first is None or first.start() <= after or not MARK_PATTERN.match(line, first.start() - 1):
        expected = None
    else:
        expected = first.span()
    found = _signature_after_mark(grammar, line, after, len(line))
    assert (found.span() if found is not None else None) == expected


@FAST
@given(st.sampled_from(_ATTRIBUTION_CODES), ANY_TEXT)
def test_an_empty_window_before_a_cue_holds_no_subject_and_no_modified_name(code: str, text: str) -> None:
    """Nothing stands in an empty window: no subject ends there and no name follows modifiers there, so the
    appositive rule passes over a cue right after the closing mark ("“…,” said Truss") unread."""
    from quoteattr.attribution.mentions import classify_mention, subject_before
    from quoteattr.lang import get_language

    grammar = get_language(code).attribution
    assert grammar is not None
    text += " “We will win,” said Truss, a former aide said. «Ganaremos», dijo, — ajouta-t-il."
    for at in range(len(text) + 1):
        assert subject_before(grammar, text, at, at) is None
        modifiers = grammar.MODIFIERS.match(text, at, at)
        assert modifiers is None or classify_mention(grammar, text, modifiers.end(), at) is None
