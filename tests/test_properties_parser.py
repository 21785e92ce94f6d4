"""Properties of the quotation-mark parser that must hold for every input.

The mark oracle below is deliberately simple: one hand-written regular
expression listing every quotation-mark character, independent of
``quoteattr.data.marks``, so a mark the parser's own table forgets (or a
decision that loses a mark) shows up as a difference.
"""

from __future__ import annotations

import gc
import random
import re
import time
from collections.abc import Callable
from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import spans
from quoteattr.lang import get_language
from quoteattr.marks import find_marks
from quoteattr.models import Document
from quoteattr.spans import QuoteSpan, _by_start, _Pairer
from quoteattr.text import paragraphs

# -- the oracle ---------------------------------------------------------------
# Every quotation mark; the two-character marks first, so ``''`` is one mark.
ORACLE_PAIRS = ["``", "''", "\N{LEFT SINGLE QUOTATION MARK}" * 2, "\N{RIGHT SINGLE QUOTATION MARK}" * 2]
ORACLE_CHARS = (
    '"'
    "'"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\N{LEFT CORNER BRACKET}\N{RIGHT CORNER BRACKET}"
    "\N{LEFT WHITE CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}"
    "\N{FULLWIDTH QUOTATION MARK}"
)
ORACLE = re.compile("|".join(ORACLE_PAIRS) + "|[" + re.escape(ORACLE_CHARS) + "]")


def oracle_marks(text: str) -> set[int]:
    """Offsets of every quotation mark, by the simplest possible scan.

    One newswire rule: after a non-space, three apostrophes start with a single
    closing ' (the inner quote closes before the outer ''), so ''' there is ' then ''.
    """
    found = set()
    pos = 0
    while (match := ORACLE.search(text, pos)) is not None:
        start = match.start()
        found.add(start)
        closing_triple = text.startswith("'''", start) and start > 0 and not text[start - 1].isspace()
        pos = start + 1 if match.group() == "''" and closing_triple else match.end()
    return found


# -- inputs ---------------------------------------------------------------------
# Quote marks of every kind, apostrophe look-alikes, paragraph breaks, words,
# spaces and punctuation: the material that makes pairing hard.
MARK_EXTRAS = [*ORACLE_PAIRS, "`", "\N{MODIFIER LETTER APOSTROPHE}"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\N{NO-BREAK SPACE}"]
FILLERS = ["word", "s", "n", "90", "Tis", "O", ".", ",", ":", "(", ")", "\N{EM DASH}", "\N{HORIZONTAL ELLIPSIS}", "彼"]
PIECES = [*ORACLE_CHARS, *MARK_EXTRAS, *SPACES, *FILLERS]
quote_soup = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=200), quote_soup)
FAST = settings(max_examples=150, deadline=None)


def long_soup(seed: int, size: int = 5000) -> str:
    """Thousands of random marks, apostrophes and line breaks, from a seed."""
    rng = random.Random(seed)
    return "".join(rng.choice(PIECES) for _ in range(size))


# Well-formed nested quotations: English style, “double” outside, ‘single’ inside.
# No word ends in s, x or z: ‘… dogs’ bowls …’ is read as a possessive by design
# (see the gold cases), so such words would make the quotes ambiguous.
WORDS = ["we", "will", "not", "back", "down", "the", "plan", "now", "dead", "today", "vote", "no"]
OPENERS = ["\N{LEFT DOUBLE QUOTATION MARK}", "\N{LEFT SINGLE QUOTATION MARK}"]
CLOSERS = ["\N{RIGHT DOUBLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"]


@st.composite
def nested_quote(draw: st.DrawFn, depth: int = 0) -> tuple[str, list[tuple[str, int]]]:
    """A quotation with nested quotations: its text and the (content, depth) of each quote, outer first."""
    parts: list[str] = []
    inner: list[tuple[str, int]] = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 5 and draw(st.integers(0, 3)) == 0:
            text, quotes = draw(nested_quote(depth + 1))
            parts.append(text)
            inner.extend(quotes)
        else:
            parts.append(draw(st.sampled_from(WORDS)))
    content = " ".join(parts)
    mark = depth % 2
    return OPENERS[mark] + content + CLOSERS[mark], [(content, depth), *inner]


def shifting_prefix(text: str) -> str:
    """A paragraph of plain words that, put before ``text``, adds one paragraph and leaves the others as they were.

    A blank line before a text split at blank lines, a line break before a text
    with no blank line (split at line breaks); the test is skipped if neither works.
    """
    words = "plain words with no marks at all"
    for prefix in (words + "\n\n", words + "\n"):
        shift = len(prefix)
        if paragraphs(prefix + text) == [(0, len(words))] + [(s + shift, e + shift) for s, e in paragraphs(text)]:
            return prefix
    assume(False)
    raise AssertionError  # unreachable: assume(False) raises


# -- properties -----------------------------------------------------------------
@FAST
@given(any_text)
def test_offsets_slice_to_pieces(text: str) -> None:
    """Offsets round trip: every piece is a slice of the text, and a quote's text is its pieces joined."""
    doc = quoteattr.extract(text)
    Document.model_validate(doc.model_dump())  # the record revalidates from its own dump
    for quote in doc.quotes:
        assert quote.text == " ".join(text[p.start : p.end] for p in quote.pieces)
        assert 0 <= quote.start <= quote.end <= len(text)
        for piece in quote.pieces:
            sliced = text[piece.start : piece.end]
            assert sliced == sliced.strip(), "pieces are trimmed of whitespace"


@FAST
@given(any_text)
def test_every_mark_accounted_for_once(text: str) -> None:
    """Conservation: quote marks, apostrophes and warnings partition the oracle's marks."""
    result = quoteattr.pair_quotes(text)
    in_quotes = [offset for quote in result.quotes for offset in quote.marks]
    warned = [offset for offset, _, _ in result.warnings]
    everything = in_quotes + result.apostrophes + warned
    assert len(everything) == len(set(everything)), "a mark was counted twice"
    assert set(everything) == oracle_marks(text)
    for offset, mark, _ in result.warnings:
        assert text.startswith(mark, offset), "a warning names the mark at its offset"


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32))
def test_every_mark_accounted_for_in_long_soup(seed: int) -> None:
    """Conservation holds over thousands of random marks too."""
    text = long_soup(seed)
    result = quoteattr.pair_quotes(text)
    everything = [o for q in result.quotes for o in q.marks] + result.apostrophes + [w[0] for w in result.warnings]
    assert len(everything) == len(set(everything)) and set(everything) == oracle_marks(text)


@FAST
@given(any_text)
def test_pieces_stay_inside_one_paragraph(text: str) -> None:
    """Locality: no piece crosses a paragraph break, so an unclosed quote never swallows the rest."""
    result = quoteattr.pair_quotes(text)
    for quote in result.quotes:
        for start, end in quote.pieces:
            assert any(ps <= start and end <= pe for ps, pe in result.paragraphs), (start, end)


@FAST
@given(any_text, any_text)
def test_extraction_is_deterministic(text: str, other: str) -> None:
    """Determinism: the same text gives the same document, whatever was extracted before."""
    first = quoteattr.extract(text).model_dump()
    quoteattr.extract(other)
    assert quoteattr.extract(text).model_dump() == first


@FAST
@given(any_text)
def test_prefix_paragraph_only_shifts_offsets(text: str) -> None:
    """Translation: a paragraph of plain words put before the text shifts every offset by its length."""
    prefix = shifting_prefix(text)
    shift = len(prefix)
    before, after = quoteattr.pair_quotes(text), quoteattr.pair_quotes(prefix + text)
    assert [([(s + shift, e + shift) for s, e in q.pieces], [m + shift for m in q.marks], q.depth, q.unclosed)
            for q in before.quotes] == [(q.pieces, q.marks, q.depth, q.unclosed) for q in after.quotes]  # fmt: skip
    assert [a + shift for a in before.apostrophes] == after.apostrophes
    assert [(o + shift, m, msg) for o, m, msg in before.warnings] == after.warnings

    doc, shifted = quoteattr.extract(text, lang="en"), quoteattr.extract(prefix + text, lang="en")
    assert [(q.text, q.start + shift, q.end + shift, q.depth, q.unclosed, q.paragraph + 1) for q in doc.quotes] == [
        (q.text, q.start, q.end, q.depth, q.unclosed, q.paragraph) for q in shifted.quotes
    ]
    assert [w.offset + shift for w in doc.warnings] == [w.offset for w in shifted.warnings]


@FAST
@given(any_text)
def test_any_text_returns(text: str) -> None:
    """Totality: any string gives a document, never an exception."""
    assert isinstance(quoteattr.extract(text), Document)


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32))
def test_long_soup_returns(seed: int) -> None:
    """Totality on thousands of random marks, apostrophes and line breaks."""
    text = long_soup(seed)
    doc = quoteattr.extract(text)
    assert all(q.text == " ".join(text[p.start : p.end] for p in q.pieces) for q in doc.quotes)


@FAST
@given(nested_quote(), st.sampled_from(["", "He said ", "(", "Ms Okafor: "]), st.sampled_from(["", ".", ", she said."]))
def test_nested_quotes_recovered(quote: tuple[str, list[tuple[str, int]]], before: str, after: str) -> None:
    """Round trip: well-formed quotations nested to any depth come back with their text and depth."""
    text, expected = quote
    full = before + text + after
    result = quoteattr.pair_quotes(full)
    got = [(full[q.start : q.end], q.depth) for q in result.quotes]
    assert got == expected
    assert not result.warnings and not result.apostrophes


@FAST
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join), min_size=1, max_size=5))
def test_multi_paragraph_quote_is_one_record(paras: list[str]) -> None:
    """Continuation: a quote reopened at each paragraph and closed once is one record, one piece per paragraph."""
    text = "\n\n".join("\N{LEFT DOUBLE QUOTATION MARK}" + p for p in paras) + "\N{RIGHT DOUBLE QUOTATION MARK}"
    doc = quoteattr.extract(text + " the minister said.")
    pieces = [[doc.text[p.start : p.end] for p in q.pieces] for q in doc.quotes]
    assert pieces == [paras]
    assert not doc.quotes[0].unclosed


# -- dialogue dashes ------------------------------------------------------------
# Dashes at paragraph starts and around incises, question marks before lower-case
# words, narrator clauses after commas, mixed with the quote soup above.
DASHES = "\N{EM DASH}\N{HORIZONTAL BAR}"
DIALOGUE_PIECES = [
    *PIECES,
    *DASHES,
    " \N{EM DASH} ",
    " \N{EM DASH}",
    "\N{EM DASH}. ",
    "\n\N{EM DASH} ",
    "\n\n\N{HORIZONTAL BAR}",
    "?",
    " ! ",
    ", ",
    ". ",
    "dit-il",
    "Marie",
    "no",
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK} ",
    " \N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
]
dialogue_soup = st.lists(st.sampled_from(DIALOGUE_PIECES), max_size=60).map("".join)
dialogue_text = st.one_of(st.text(alphabet=st.sampled_from(DASHES + " \n.?!,aA«»-"), max_size=80), dialogue_soup)


@FAST
@given(dialogue_text)
def test_dialogue_flag_only_adds_turns(text: str) -> None:
    """Monotonicity: the flag adds turns and deepens the quotes inside them by one; nothing else changes."""
    plain, read = quoteattr.pair_quotes(text), quoteattr.pair_quotes(text, dialogue_dash=True)
    assert not any(q.dialogue for q in plain.quotes)
    others = [q for q in read.quotes if not q.dialogue]
    assert [(q.pieces, q.marks, q.unclosed, q.paragraph) for q in others] == [
        (q.pieces, q.marks, q.unclosed, q.paragraph) for q in plain.quotes
    ]
    assert all(q.depth - p.depth in (0, 1) for q, p in zip(others, plain.quotes, strict=True))
    assert (read.apostrophes, read.warnings, read.paragraphs) == (plain.apostrophes, plain.warnings, plain.paragraphs)


@FAST
@given(dialogue_text)
def test_dialogue_marks_accounted_for_once(text: str) -> None:
    """Conservation with the flag: the marks as without it, plus each turn's dashes, the first at its paragraph."""
    result = quoteattr.pair_quotes(text, dialogue_dash=True)
    dashes = [offset for q in result.quotes if q.dialogue for offset in q.marks]
    quoted = [offset for q in result.quotes if not q.dialogue for offset in q.marks]
    everything = dashes + quoted + result.apostrophes + [offset for offset, _, _ in result.warnings]
    assert len(everything) == len(set(everything)), "a mark was counted twice"
    assert set(everything) - set(dashes) == oracle_marks(text)
    assert all(text[offset] in DASHES for offset in dashes)
    for turn in (q for q in result.quotes if q.dialogue):
        assert (turn.marks[0], turn.paragraph) in [(start, n) for n, (start, _) in enumerate(result.paragraphs)]


@FAST
@given(dialogue_text)
def test_dialogue_pieces_slice_the_turn(text: str) -> None:
    """Offsets: a turn's pieces are trimmed, non-empty, in order, inside its paragraph, and hold none of its dashes."""
    result = quoteattr.pair_quotes(text, dialogue_dash=True)
    for turn in (q for q in result.quotes if q.dialogue):
        paragraph_start, paragraph_end = result.paragraphs[turn.paragraph]
        bounds = [offset for piece in turn.pieces for offset in piece]
        assert bounds == sorted(bounds) and paragraph_start < bounds[0] and bounds[-1] <= paragraph_end
        for start, end in turn.pieces:
            assert start < end and text[start:end] == text[start:end].strip()
            assert not any(start <= dash < end for dash in turn.marks)


@FAST
@given(dialogue_text)
def test_dialogue_prefix_paragraph_only_shifts_offsets(text: str) -> None:
    """Translation with the flag: a paragraph of plain words put before the text shifts every offset by its length."""
    prefix = shifting_prefix(text)
    shift = len(prefix)
    before, after = (
        quoteattr.pair_quotes(text, dialogue_dash=True),
        quoteattr.pair_quotes(prefix + text, dialogue_dash=True),
    )
    assert [([(s + shift, e + shift) for s, e in q.pieces], [m + shift for m in q.marks], q.depth, q.dialogue)
            for q in before.quotes] == [(q.pieces, q.marks, q.depth, q.dialogue) for q in after.quotes]  # fmt: skip


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32))
def test_dialogue_long_soup(seed: int) -> None:
    """Conservation and offsets over thousands of random dashes, marks and line breaks."""
    rng = random.Random(seed)
    text = "".join(rng.choice(DIALOGUE_PIECES) for _ in range(5000))
    result = quoteattr.pair_quotes(text, dialogue_dash=True)
    dashes = [o for q in result.quotes if q.dialogue for o in q.marks]
    everything = [o for q in result.quotes for o in q.marks] + result.apostrophes + [w[0] for w in result.warnings]
    assert len(everything) == len(set(everything)) and set(everything) - set(dashes) == oracle_marks(text)
    assert all(text[s:e] == text[s:e].strip() for q in result.quotes for s, e in q.pieces)


# Inputs built to make a careless scan quadratic: runs of dashes, stops, commas,
# spaces and quotations, in one paragraph or in many.
ADVERSARIAL = {
    "dashes": lambda n: "\N{EM DASH} " * n,
    "dashes after a sentence": lambda n: "\N{EM DASH} a. " + "\N{EM DASH} " * n,
    "dash turns, one per line": lambda n: "\N{EM DASH}a \N{EM DASH}b \N{EM DASH}c.\n" * (n // 10),
    "incises in one paragraph": lambda n: "\N{EM DASH}a. " + "\N{EM DASH}a \N{EM DASH}b \N{EM DASH}c " * (n // 10),
    "a run of question marks": lambda n: "\N{EM DASH} a" + "?" * n,
    "a run of full stops in an incise": lambda n: "\N{EM DASH} a ? b" + "." * n,
    "commas before lower-case words": lambda n: "\N{EM DASH} a." + ", a" * (n // 3),
    "commas before names": lambda n: "\N{EM DASH} a." + ", dit Pierre Marie" * (n // 18) + " x",
    "quotations with dashes": lambda n: "\N{EM DASH} a. « b \N{EM DASH} c » " * (n // 15),
    "spaces after a dash": lambda n: "\N{EM DASH} a. \N{EM DASH}" + " " * n + "x",
}


@pytest.mark.parametrize("make", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_dialogue_time_is_linear(make: Callable[[int], str]) -> None:
    """Linear time: doubling an adversarial input at most about doubles the time (best of three, with slack)."""

    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            quoteattr.pair_quotes(text, dialogue_dash=True)
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(make(50_000)), seconds(make(100_000))
    assert large < 4 * small + 0.05, (small, large)


@pytest.mark.parametrize(
    "char", ['"', "\N{LEFT DOUBLE QUOTATION MARK}", "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"]
)
def test_a_run_of_open_quotes_holds_no_object_per_quote(char: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear time: 20,000 quotes open at once leave no object per quote for the garbage collector to walk.

    Each open quote was an object with two lists: a run of openers grew the live heap by three
    objects a mark, and the collector's full passes over it made the doubling ratio exceed 2.5.
    """
    live: list[int] = []
    end_paragraph = _Pairer.end_paragraph

    def counted(self: _Pairer, *args: object) -> bool:
        if not live:  # the first paragraph end: every quote still open
            gc.collect()
            live.append(len(gc.get_objects()))
        return end_paragraph(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(_Pairer, "end_paragraph", counted)
    text = char * 20_000
    gc.collect()
    before = len(gc.get_objects())
    result = quoteattr.pair_quotes(text)
    assert len(result.quotes) + len(result.warnings) >= len(text) - 2
    # The marks themselves stay (a named tuple is never untracked); nothing more per open quote.
    assert live and live[0] - before < len(text) + 1_000, live[0] - before


def expanded_warnings(doc: Document) -> list[tuple[int, str, str]]:
    """A document's unpaired-mark warnings, each run spelt out as one ``(offset, mark, message)`` per mark."""
    return [
        (warning.offset + step * len(warning.mark), warning.mark, warning.message)
        for warning in doc.warnings
        if warning.kind == "unpaired-mark"
        for step in range(warning.count)
    ]


@FAST
@given(any_text)
def test_document_warnings_account_for_every_unpaired_mark(text: str) -> None:
    """Conservation: the document's warnings, runs spelt out, are the parser's warnings, each slicing its marks."""
    doc = quoteattr.extract(text, lang="en")
    assert expanded_warnings(doc) == quoteattr.pair_quotes(text, doc_paragraphs(text)).warnings
    for warning in doc.warnings:
        if warning.kind == "unpaired-mark":
            run = warning.mark * warning.count
            assert text[warning.offset : warning.offset + len(run)] == run


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32))
def test_document_warnings_account_for_every_unpaired_mark_in_long_soup(seed: int) -> None:
    """Conservation holds over thousands of random marks, runs of them included."""
    text = "".join(piece * (1 + len(piece) % 3) for piece in long_soup(seed, 2000))
    doc = quoteattr.extract(text, lang="en")
    assert expanded_warnings(doc) == quoteattr.pair_quotes(text, doc_paragraphs(text)).warnings


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32), st.booleans())
def test_no_two_warnings_share_an_offset(seed: int, dialogue_dash: bool) -> None:
    """Each mark makes one warning at most, so sorting the warnings by offset alone orders them as the tuples."""
    text = "".join(piece * (1 + len(piece) % 3) for piece in long_soup(seed, 2000))
    warnings = quoteattr.pair_quotes(text, doc_paragraphs(text), dialogue_dash=dialogue_dash).warnings
    offsets = [offset for offset, _, _ in warnings]
    assert len(set(offsets)) == len(offsets) and warnings == sorted(warnings)


def doc_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs ``extract`` reads ``text`` in (those of its English index)."""
    from quoteattr.lang import get_language
    from quoteattr.text import Index

    return Index(text, get_language("en")).paragraphs


RUN_MARKS = ['"', "\N{LEFT DOUBLE QUOTATION MARK}", "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
             "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", "'", "`"]  # fmt: skip


@pytest.mark.parametrize("char", RUN_MARKS)
def test_a_run_of_one_mark_is_one_warning(char: str) -> None:
    """A run of 50,000 unclosed marks is one warning counting them all, not 50,000 records."""
    text = "x " + char * 50_000 + " x"
    doc = quoteattr.extract(text)
    unpaired = [w for w in doc.warnings if w.kind == "unpaired-mark"]
    assert sum(w.count for w in unpaired) == len(quoteattr.pair_quotes(text).warnings)
    assert len(unpaired) <= 3, [(w.offset, w.count) for w in unpaired]


@pytest.mark.parametrize("char", RUN_MARKS)
def test_a_run_of_one_mark_is_decided_once(char: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear time with a small constant: the pairer decides the run's first marks alone and pushes the rest
    as a run of openers (their flanking is found in the scan that finds them, with no Python call per mark)."""
    pushed: list[int] = []  # how many marks each run of openers took
    push_run = _Pairer.push_run

    def counted_push_run(self: _Pairer, index: int, paragraph: int, limit: int) -> int:
        following = push_run(self, index, paragraph, limit)
        pushed.append(following - index)
        return following

    monkeypatch.setattr(_Pairer, "push_run", counted_push_run)
    text = "x " + char * 20_000 + " x"
    result = quoteattr.pair_quotes(text)
    # A run of ' is '' (or ') at each end and single ' in between: four marks read alone at most.
    alone = len(find_marks(text)) - sum(pushed)
    assert alone <= 4, alone
    everything = [o for q in result.quotes for o in q.marks] + result.apostrophes + [w[0] for w in result.warnings]
    assert sorted(everything) == sorted(oracle_marks(text))


# Runs of one mark between other marks, words and breaks: what the pairer pushes and settles a slice at a time.
RUN_PIECES = [*ORACLE_CHARS, "``", "''", "`", " ", "\n", "\n\n", "word", "s", ".", "\N{EM DASH}"]
runs_of_marks = st.lists(st.tuples(st.sampled_from(RUN_PIECES), st.integers(1, 70)), max_size=12).map(
    lambda parts: "".join(piece * times for piece, times in parts)
)


def _parse_with_runs_from(length: int, text: str, paras: list[tuple[int, int]] | None = None) -> spans.ParseResult:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(spans, "_RUN", length)
        return quoteattr.pair_quotes(text, paras)


@FAST
@given(runs_of_marks, st.sampled_from([1, 2, 3, 16]))
def test_runs_taken_a_slice_at_a_time_pair_as_mark_by_mark(text: str, length: int) -> None:
    """Pushing a run of one mark, and settling it unclosed, a slice at a time gives what deciding each mark gives."""
    assert _parse_with_runs_from(length, text) == _parse_with_runs_from(10**9, text)


@FAST
@given(runs_of_marks, st.lists(st.integers(0, 400), max_size=8), st.sampled_from([1, 2, 16]))
def test_runs_across_a_callers_paragraphs_pair_as_mark_by_mark(text: str, cuts: list[int], length: int) -> None:
    """A caller's paragraphs may start inside a run of marks: the slices stop where the next one starts."""
    bounds = sorted({0, len(text), *(cut for cut in cuts if cut < len(text))})
    paras = list(pairwise(bounds))
    assert _parse_with_runs_from(length, text, paras) == _parse_with_runs_from(10**9, text, paras)


@pytest.mark.parametrize("char", RUN_MARKS)
def test_a_long_run_is_pushed_and_settled_in_slices(char: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear time with a small constant: a run of 20,000 marks is pushed and abandoned in a few dozen slices."""
    calls: list[str] = []

    def counted(name: str) -> Callable[..., int]:
        method = getattr(_Pairer, name)

        def call(self: _Pairer, *args: int) -> int:
            calls.append(name)
            return method(self, *args)

        return call

    for name in ("_push_alike", "_abandon_alike"):
        monkeypatch.setattr(_Pairer, name, counted(name))
    text = "x " + char * 20_000 + " x"
    assert quoteattr.pair_quotes(text) == _parse_with_runs_from(10**9, text)
    if char not in "'`":  # ' and ` make two-character marks at the run's ends and apostrophes in between
        assert 0 < calls.count("_push_alike") <= 3 and 0 < calls.count("_abandon_alike") <= 3, calls


def test_the_collector_stays_out_of_a_parse_and_runs_after() -> None:
    """Linear time: a run of 50,000 marks triggers no collector pass during the parse (the marks it keeps alive
    made 130 passes, one over the whole heap), and the collector is as it was afterwards, paused or not."""
    passes: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    text = "x " + "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}" * 50_000 + " x"
    parse = quoteattr.pair_quotes  # loaded before counting: the package loads its names on first use
    gc.collect()  # empty generations, so no pass left over from earlier tests falls due during the parse
    gc.callbacks.append(counted)
    try:
        result = parse(text)
    finally:
        gc.callbacks.remove(counted)
    assert passes in ([], [0]), passes  # at most the young generation's pass once the parse has ended
    assert len(result.warnings) > 49_000
    assert gc.isenabled()
    gc.disable()
    try:
        quoteattr.pair_quotes(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- incises inside quotation marks -----------------------------------------------
# The narrator clauses of French and Russian news, between commas and dashes inside
# guillemets, mixed with the dialogue soup above.
NARRATORS = {code: get_language(code).attribution.QUOTED_INCISE for code in ("fr", "ru")}
INCISE_PIECES = [
    *DIALOGUE_PIECES,
    ", a lancé le ministre",
    ", a-t-il dit",
    " a déclaré M. Dupont",
    ", \N{EM DASH} подчеркнула Захарова",
    " сказал он",
    "La loi",
    "Но",
]
incise_soup = st.lists(st.sampled_from(INCISE_PIECES), max_size=60).map("".join)


def _cut_pieces(plain: list[tuple[int, int]], read: list[tuple[int, int]]) -> bool:
    """``read`` is ``plain`` with at most one piece replaced by two pieces inside it, in order."""
    if read == plain:
        return True
    if len(read) != len(plain) + 1:
        return False
    k = next(i for i, (p, r) in enumerate(zip(plain, read, strict=False)) if p != r)
    (start, end), first, second = plain[k], read[k], read[k + 1]
    return (
        read[:k] == plain[:k]
        and read[k + 2 :] == plain[k + 1 :]
        and start <= first[0] < first[1] < second[0] < second[1] <= end
    )


@FAST
@given(incise_soup, st.sampled_from(sorted(NARRATORS)))
def test_narrator_only_cuts_incises(text: str, code: str) -> None:
    """Monotonicity: a narrator clause only cuts one incise out of a quote's pieces; marks and all else stay."""
    plain, read = quoteattr.pair_quotes(text), quoteattr.pair_quotes(text, narrator=NARRATORS[code])
    assert (read.apostrophes, read.warnings, read.paragraphs) == (plain.apostrophes, plain.warnings, plain.paragraphs)
    assert [(q.marks, q.depth, q.unclosed, q.paragraph) for q in read.quotes] == [
        (q.marks, q.depth, q.unclosed, q.paragraph) for q in plain.quotes
    ]
    for before, after in zip(plain.quotes, read.quotes, strict=True):
        assert _cut_pieces(before.pieces, after.pieces), (before.pieces, after.pieces)
        for start, end in after.pieces:
            assert text[start:end] == text[start:end].strip()
        cut = after.pieces != before.pieces
        assert (after.incise is not None) == cut
        if after.incise is not None:
            assert after.incise in list(pairwise(e for p in after.pieces for e in p))[1::2]


INCISE_ADVERSARIAL = {
    "commas before lower-case words": lambda n: "« a" + ", a" * (n // 3) + " »",
    "commas before cues without a speaker": lambda n: "« a" + ", a lancé" * (n // 9) + " »",
    "dashes before cues": lambda n: "«а" + " \N{EM DASH} подчеркнула" * (n // 14) + "»",
    "question marks before lower-case words": lambda n: "« a" + " ? a" * (n // 4) + " »",
    "quotations inside": lambda n: "« a" + ", « a lancé le ministre » " * (n // 26) + " »",
}


@pytest.mark.parametrize("make", INCISE_ADVERSARIAL.values(), ids=INCISE_ADVERSARIAL.keys())
@pytest.mark.parametrize("code", sorted(NARRATORS))
def test_incise_time_is_linear(make: Callable[[int], str], code: str) -> None:
    """Linear time: doubling an adversarial quotation at most about doubles the time (best of three, with slack)."""

    def seconds(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            quoteattr.pair_quotes(text, narrator=NARRATORS[code])
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(make(50_000)), seconds(make(100_000))
    assert large < 4 * small + 0.05, (small, large)


@FAST
@given(quote_soup)
def test_last_closers_read_by_c_functions_are_those_of_a_loop(text: str) -> None:
    """Oracle: where each character last closes a quote, read by C functions over the marks, is what a loop
    over the marks finds."""
    marks = find_marks(text)
    expected = {mark.char: mark.start for mark in marks if mark.right_flanking and not mark.left_flanking}
    assert _Pairer(text, marks).last_closer == expected


@FAST
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3)), max_size=30))
def test_quotes_sorted_by_keys_of_c_functions_are_sorted_as_by_a_key_function(starts: list[tuple[int, int]]) -> None:
    """Oracle: quotes sorted by keys read with C functions come in the order of a stable sort by (start, depth)."""
    quotes = [QuoteSpan([(start, start + 1)], [], depth, 0) for start, depth in starts]
    expected = sorted(quotes, key=lambda quote: (quote.start, quote.depth))
    assert [id(quote) for quote in _by_start(quotes)] == [id(quote) for quote in expected]
