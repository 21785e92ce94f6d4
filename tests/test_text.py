"""Paragraphs, sentences and the offset index of :mod:`quoteattr.text`."""

from __future__ import annotations

from itertools import pairwise

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr.lang import available_languages, get_language
from quoteattr.lang.en.segmentation import DATELINE_BREAK
from quoteattr.lang.segment_grammar import AFTER_END, END_CHARACTERS, END_PUNCTUATION, SENTENCE_START, SegmentGrammar
from quoteattr.text import Index, _ends_with_abbreviation, _split, paragraphs, sentences, trim

EN = get_language("en")


def texts_of(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def split_sentences(text: str) -> list[str]:
    return texts_of(text, sentences(text, 0, len(text), EN))


def test_paragraphs_split_at_blank_lines() -> None:
    text = "First paragraph,\nwrapped.\n\n  Second.\r\n\r\nThird.\n\n\n"
    assert texts_of(text, paragraphs(text)) == ["First paragraph,\nwrapped.", "Second.", "Third."]


def test_paragraphs_split_at_lines_when_there_is_no_blank_line() -> None:
    text = "Headline\nFirst line.\n  Second line.\n"
    assert texts_of(text, paragraphs(text)) == ["Headline", "First line.", "Second line."]


def test_paragraphs_of_empty_and_blank_text() -> None:
    assert paragraphs("") == [] and paragraphs(" \n\n \t") == []


def test_trim() -> None:
    assert trim("  a b  ", 0, 7) == (2, 5) and trim("   ", 0, 3) == (3, 3)


def test_sentences_know_abbreviations_and_initials() -> None:
    text = "U.S. Secretary of State Antony Blinken met Mr. Lavrov. J. Smith left. It rained."
    assert split_sentences(text) == [
        "U.S. Secretary of State Antony Blinken met Mr. Lavrov.",
        "J. Smith left.",
        "It rained.",
    ]


def test_sentences_end_after_closing_quotes_and_start_at_opening_ones() -> None:
    text = "“We are ready.” He left. She said: „Nein.“ »Gut«, sagte er. «Oui.» 'Fine.' (Then) silence."
    assert split_sentences(text) == [
        "“We are ready.”",
        "He left.",
        "She said: „Nein.“",
        "»Gut«, sagte er.",
        "«Oui.»",
        "'Fine.'",
        "(Then) silence.",
    ]


def test_spaces_are_not_sentence_starts() -> None:
    # The character classes once included the spaces of a verbose pattern, so
    # two spaces before a lower-case word ended a sentence.
    assert split_sentences("The vote was 52 to 48.  and then the session ended.") == [
        "The vote was 52 to 48.  and then the session ended."
    ]


def test_line_breaks_end_sentences() -> None:
    assert split_sentences("WASHINGTON (AP)\nThe Senate voted on Friday") == [
        "WASHINGTON (AP)",
        "The Senate voted on Friday",
    ]


def test_index_looks_up_paragraph_and_sentence_by_offset() -> None:
    text = "One. Two.\n\nThree."
    index = Index(text, EN)
    assert index.paragraphs == [(0, 9), (11, 17)]
    assert texts_of(text, index.sentences) == ["One.", "Two.", "Three."]
    assert index.sentence_paragraph == [0, 0, 1]
    assert [index.paragraph_of(o) for o in (0, 9, 10, 11, 16)] == [0, 0, 0, 1, 1]
    assert [index.sentence_of(o) for o in (0, 4, 5, 12)] == [0, 0, 1, 2]


words = st.sampled_from(["The", "minister", "said", "Mr.", "U.S.", "“Yes.”", "no.", "\n", "\n\n", "  ", "»Ja«", "A."])


@settings(max_examples=150, deadline=None)
@given(st.lists(words, max_size=40).map(" ".join))
def test_paragraphs_and_sentences_cover_every_word(text: str) -> None:
    """Coverage: paragraphs and their sentences are ordered, trimmed, disjoint and hold every non-space character."""
    paras = paragraphs(text)
    spans = [span for start, end in paras for span in sentences(text, start, end, EN)]
    for spans_ in (paras, spans):
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans_))
        assert all(text[s:e] == text[s:e].strip() and s < e for s, e in spans_)
        covered = {i for s, e in spans_ for i in range(s, e)}
        assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_hard_wrapped_lines_do_not_end_sentences() -> None:
    """A line break inside running prose (hard-wrapped books) keeps the sentence whole."""
    assert split_sentences("“I never forget,” he\nsaid. “Nor I,” said\nMargaret.") == [
        "“I never forget,” he\nsaid.",
        "“Nor I,” said\nMargaret.",
    ]


@pytest.mark.parametrize("char", [" ", "\N{NO-BREAK SPACE}", "\r", "\N{IDEOGRAPHIC SPACE}"])
def test_a_long_run_of_spaces_is_segmented_in_linear_time(char: str) -> None:
    """A run of spaces between two letters, no line break: doubling the run at most about doubles the time.

    A sentence-end pattern that rescanned the run made it quadratic (4x per doubling). The check is a ratio of
    two sizes in one run, best of three, with slack for a loaded machine.
    """
    import time

    from quoteattr.lang import get_language

    english = get_language("en")

    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            sentences(text, 0, len(text), english)
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds("x" + char * 20_000 + "x"), seconds("x" + char * 40_000 + "x")
    assert large < 4 * small + 0.05, (small, large)
    text = "x" + char * 40_000 + "x"
    spans = sentences(text, 0, len(text), english)
    assert "".join(text[s:e] for s, e in spans).replace(char, "") == "xx"


def test_a_run_of_unclosed_openers_makes_no_quotes_over_quotes() -> None:
    """““““abc: one quote (abc), not one per opener each running to the paragraph end; “A ‘B “C cuts at the inner “."""
    from quoteattr.spans import pair_quotes

    text = "\N{LEFT DOUBLE QUOTATION MARK}" * 5 + "abc"
    assert [[text[s:e] for s, e in q.pieces] for q in pair_quotes(text).quotes] == [["abc"]]
    text = "“A ‘B “C d"
    assert [[text[s:e] for s, e in q.pieces] for q in pair_quotes(text).quotes] == [["A ‘B"], ["B “C d"], ["C d"]]
    text = "\N{LEFT DOUBLE QUOTATION MARK}" * 20_000
    total = sum(q.end - q.start for q in pair_quotes(text).quotes)
    assert total < 100


# The sentence-end pattern as it was written before the test of the character before came first:
# each kind tried in turn at every whitespace character.  The oracle of the faster pattern.
_PLAIN_LINE_END = r"(?<![\p{Ll},;\-])(?<![^\S\n]{2})[^\S\n]*\n\s*(?=\p{Lu})"
_PLAIN_BREAKS = {"en": (DATELINE_BREAK,)}


def _plain_sentence_end(code: str) -> regex.Pattern[str]:
    punctuation = rf"(?<={END_PUNCTUATION}{AFTER_END}*)\s+(?={SENTENCE_START})"
    return regex.compile(rf"(?=\s)(?:{'|'.join([punctuation, *_PLAIN_BREAKS.get(code, ()), _PLAIN_LINE_END])})")


# Kinds of pieces drawn with equal weight, so that rare neighbours (a hyphen before a line break
# before a capital) are drawn as often as common ones.
_PIECES = [
    [*".!?…", "3.5", "J.", "U.S."],
    [*"'\"“”‘’„‚«»()[]`"],
    [*",;-–—a", "the", "это"],
    [" ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2009", "\n\n", " \n ", "  \n"],
    ["Z", "9", "The", "Über", "Это", "中文", "2022", "date 2022-04-29", "date 2022-4-29"],
]


@st.composite
def _segment_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A language and a text of its abbreviations (as written, capitalised, upper case) among marks, digits, spaces."""
    code = draw(st.sampled_from(available_languages()))
    abbreviations = sorted(get_language(code).segmentation.abbreviations) or ["."]
    written = st.sampled_from(abbreviations).flatmap(lambda a: st.sampled_from([a, a.capitalize(), a.upper()]))
    return code, "".join(draw(st.lists(st.one_of(*map(st.sampled_from, _PIECES), written), min_size=20, max_size=60)))


@settings(max_examples=400, deadline=None)
@example(("en", "a\nZ; \nThe"), 0, 0)
@example(("en", "well-\nKnown. “Yes.” she said,\nThe date 2022-04-29 Next"), 0, 0)
@example(("de", "z. B. Die  \n  Sache"), 1, 0)
@given(_segment_texts(), st.integers(0, 3), st.integers(0, 3))
def test_sentence_ends_are_those_of_the_plain_alternation(case: tuple[str, str], cut_start: int, cut_end: int) -> None:
    """Oracle, for every language (its abbreviations, its breaks): the pattern that tests the character before
    first finds the same sentence ends, and splits the same sentences, as each kind tried in turn."""
    from quoteattr.text import _split

    code, text = case
    grammar = get_language(code).segmentation
    plain = SegmentGrammar(abbreviations=grammar.abbreviations, sentence_end=_plain_sentence_end(code))
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    found = [(m.span(), m.group()) for m in grammar.sentence_end.finditer(text, start, end)]
    assert found == [(m.span(), m.group()) for m in plain.sentence_end.finditer(text, start, end)]
    split: list[tuple[int, int]] = []
    plain_split: list[tuple[int, int]] = []
    _split(text, start, end, grammar, split)
    _split(text, start, end, plain, plain_split)
    assert split == plain_split


def _reference_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence splitter written plainly: every span cut, then each trimmed, empty ones dropped."""
    from quoteattr.text import _bounded, _ends_with_abbreviation

    grammar = EN.segmentation
    spans: list[tuple[int, int]] = []
    pos = start
    for match in grammar.sentence_end.finditer(text, start, end):
        if "\n" not in match.group() and _ends_with_abbreviation(grammar, text, pos, match.start()):
            continue
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, end))
    return [trimmed for s, e in _bounded(text, spans) if (trimmed := trim(text, s, e))[0] < trimmed[1]]


sentence_words = st.sampled_from(
    ["The", "said", "Mr.", "U.S.", "“Yes.”", "no.", "A.", "date 2022-04-29", "\n", "\n\n", " ", "  \n", "x" * 700]
)


@settings(max_examples=300, deadline=None)
@example("  \n said no. The", 0, 0)
@example("The " + "x" * 2100 + "  said " + "x" * 1990 + "   no.", 0, 0)
@given(st.lists(sentence_words, max_size=40).map(" ".join), st.integers(0, 3), st.integers(0, 3))
def test_sentences_trimmed_in_place_equal_the_plain_splitter(text: str, cut_start: int, cut_end: int) -> None:
    """Oracle: the splitter that trims only what two tests show untrimmed, and the document index built
    from it, equal the plain splitter that trims every span, for any range (trimmed or not)."""
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    assert sentences(text, start, end, EN) == _reference_sentences(text, start, end)
    index = Index(text, EN)
    paras = enumerate(paragraphs(text))
    expected = [(number, span) for number, (s, e) in paras for span in _reference_sentences(text, s, e)]
    assert list(zip(index.sentence_paragraph, index.sentences, strict=True)) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(sentence_words, max_size=30).map(" ".join), st.lists(st.integers(-2, 5000), max_size=20))
def test_the_span_holding_an_offset_is_the_last_starting_at_or_before_it(text: str, offsets: list[int]) -> None:
    """Oracle: the paragraph and sentence of an offset are the last whose start is at or before it, the first
    for an offset before every start, as a search of the starts written plainly finds them."""
    index = Index(text, EN)

    def plainly(spans: list[tuple[int, int]], offset: int) -> int:
        return max([number for number, (start, _) in enumerate(spans) if start <= offset], default=0)

    for offset in [*offsets, *(start for start, _ in index.sentences), *(end for _, end in index.paragraphs)]:
        assert index.sentence_of(offset) == plainly(index.sentences, offset)
        assert index.paragraph_of(offset) == plainly(index.paragraphs, offset)


def _tried_everywhere(grammar: SegmentGrammar) -> SegmentGrammar:
    """The same grammar with no places: its sentence end tried at every place of a range."""
    slow = SegmentGrammar(abbreviations=grammar.abbreviations, sentence_end=grammar.sentence_end)
    object.__setattr__(slow, "places", None)
    return slow


_SEGMENT_PIECES = st.sampled_from(
    [
        *".!?\N{HORIZONTAL ELLIPSIS}()[]'\"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}«»„",
        *"\n\n \t\x1c\N{NO-BREAK SPACE}\N{IDEOGRAPHIC SPACE}-,;",
        "  ",
        "\r\n",
        "A",
        "b",
        "É",
        "\N{ARABIC-INDIC DIGIT ONE}",
        "\N{HEBREW LETTER ALEF}",
        "Mr.",
        "U.S.",
        "J.",
        "sig.ra",
        "n.º",
        "date",
        "2022",
        "04",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SEGMENT_PIECES, max_size=40).map("".join), st.integers(0, 40), st.sampled_from(available_languages()))
@example("x date 2022-04-29  \nThe end.", 0, "en")
@example("date\n2022-04-29 The end.", 5, "en")
@example("He left.' (Then", 9, "en")
def test_sentence_ends_tried_at_their_places_are_those_tried_everywhere(text: str, start: int, code: str) -> None:
    """Equivalence: the sentence ends tried only where one may start are those a search of the whole range finds."""
    grammar = get_language(code).segmentation
    start = min(start, len(text))
    fast: list[tuple[int, int]] = []
    slow: list[tuple[int, int]] = []
    _split(text, start, len(text), grammar, fast)
    _split(text, start, len(text), _tried_everywhere(grammar), slow)
    assert fast == slow


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_SEGMENT_PIECES, st.sampled_from(["\n\n", " \n \n ", "\n"])), max_size=50).map("".join),
    st.sampled_from(available_languages()),
)
@example("One.\n\nTwo. Three.\n \nA\nB", "en")
def test_the_sentences_of_a_document_are_those_of_its_paragraphs_each_tried_everywhere(text: str, code: str) -> None:
    """Equivalence: a scan of each paragraph's places finds the sentences a search of it finds, numbered by it."""
    index = Index(text, get_language(code))
    slow = _tried_everywhere(get_language(code).segmentation)
    expected: list[tuple[int, int]] = []
    numbers: list[int] = []
    for number, (start, end) in enumerate(index.paragraphs):
        before = len(expected)
        _split(text, start, end, slow, expected)
        numbers += [number] * (len(expected) - before)
    assert (index.sentences, index.sentence_paragraph) == (expected, numbers)


def _abbreviation_searched(grammar: SegmentGrammar, text: str, start: int, end: int) -> bool:
    """The abbreviation test written plainly, the word found by one search: the oracle of the fast reading."""
    word = regex.search(r"(?r)(\S+)\s*\Z", text[start:end])
    token = word.group(1).lstrip("(\"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}") if word else ""
    if token.lower() in grammar.abbreviations:
        return True
    return len(token) == 2 and token[0].isupper() and token[1] == "."


_WORD_PIECES = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "J.",
        "z.",
        "sig.ra",
        "x" * 70,
        "(",
        "\N{LEFT DOUBLE QUOTATION MARK}",
        " ",
        "\t",
        "\n",
        "\x1c",
        "\xa0",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=12).map("".join), st.integers(0, 100), st.sampled_from(available_languages()))
@example("x\tMr.", 0, "en")
@example("x\N{NO-BREAK SPACE}U.S. \n", 0, "en")
@example("x" * 70 + "Mr.", 0, "en")
@example("(" * 70 + "Mr.", 0, "en")
def test_the_word_before_a_sentence_end_is_read_as_one_search_finds_it(text: str, start: int, code: str) -> None:
    """Equivalence: the abbreviation test reading the word after the last space finds what the search finds."""
    grammar = get_language(code).segmentation
    start = min(start, len(text))
    assert _ends_with_abbreviation(grammar, text, start, len(text)) == _abbreviation_searched(
        grammar, text, start, len(text)
    )


def test_line_breaks_between_control_characters_are_segmented_in_linear_time() -> None:
    """Line breaks each followed by a character that ``re`` reads as a space and ``regex`` does not (one
    paragraph, for no line is blank): doubling the text at most about doubles the time.  A place that looked
    past every space after its line break read the rest of the run from each one (quadratic)."""
    import time

    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            Index(text, EN)
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds("A" + "\n\x1c" * 10_000 + "B"), seconds("A" + "\n\x1c" * 20_000 + "B")
    assert large < 3 * small + 0.05, (small, large)


def test_the_end_characters_are_those_the_end_punctuation_matches() -> None:
    """Oracle over every character: the characters tested one by one are those of the pattern's class."""
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert regex.findall(END_PUNCTUATION, every) == sorted(END_CHARACTERS)


# Sentence ends of the commonest shape ("said. The"), and what comes near them without being one.
_PLAIN_END_PIECES = st.sampled_from(
    [
        *".!?\N{HORIZONTAL ELLIPSIS}",
        ". ",
        "? ",
        " ",
        "  ",
        "A",
        "Z",
        "É",
        "a",
        "x",
        "Mr.",
        "J.",
        "U.S.",
        "”",
        '"',
        "\n",
        "\n\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLAIN_END_PIECES, max_size=50).map("".join), st.sampled_from(available_languages()))
@example("He left. She stayed. Mr. Smith came.\n\nU.S. Army. J. Doe? Yes! X", "en")
def test_sentence_ends_read_without_a_search_are_those_a_search_finds(text: str, code: str) -> None:
    """Equivalence: end punctuation, one space and a capital, taken for a sentence end without a match,
    cut the document as the sentence end tried everywhere does."""
    grammar = get_language(code).segmentation
    assert grammar.punctuation_first
    index = Index(text, get_language(code))
    slow = _tried_everywhere(grammar)
    expected: list[tuple[int, int]] = []
    for start, end in index.paragraphs:
        _split(text, start, end, slow, expected)
    assert index.sentences == expected
