"""Reported claims: the fast paths of the frame finder give what the plain lookups give."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from quoteattr.attribution.claims import _NESTING, Frame, _FrameIndex, _Inside
from quoteattr.attribution.mentions import Mention
from quoteattr.lang import get_language
from quoteattr.models import RuleName
from quoteattr.spans import QuoteSpan
from quoteattr.text import Index

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1])), max_size=8)


@given(_SPANS, _SPANS)
def test_spans_kept_outside_are_those_the_membership_test_lets_through(
    quoted: list[tuple[int, int]], cues: list[tuple[int, int]]
) -> None:
    """Equivalence: walking the quoted spans along the cues keeps the cues a bisection for each keeps."""
    inside = _Inside(quoted)
    ordered = sorted(cues)
    assert inside.outside(ordered) == [cue for cue in ordered if not inside(cue[0])]


def _enclosing_by_key(frames: _FrameIndex, index: Index, quote: QuoteSpan) -> Frame | None:
    """The lookup as it read before the starts were kept: a bisection with a key over the pieces."""
    best: Frame | None = None
    best_key = (False, -1)
    number = index.sentence_of(quote.start)
    for sentence in (number - 1, number):
        pieces = frames.by_sentence.get(sentence, [])
        k = bisect.bisect_right(pieces, quote.start, key=lambda piece: piece[0])
        for s, e, frame in pieces[max(0, k - _NESTING) : k]:
            key = (frame.rule != "belief", s)
            if s <= quote.start <= e and key > best_key:
                best, best_key = frame, key
    return best


_TEXT = "One claim here. Two claims there. Three. Four claims, five and six. Seven claims end here."
_INDEX = Index(_TEXT, get_language("en"))  # built once: the language loads slowly the first time
_RULES: list[RuleName] = ["belief", "cue-that", "according-to"]


@given(
    st.lists(
        st.tuples(st.integers(0, len(_TEXT)), st.integers(0, 30), st.sampled_from(_RULES), st.integers(0, 4)),
        max_size=12,
    ),
    st.integers(0, len(_TEXT) - 2),
)
def test_the_enclosing_frame_is_the_one_a_keyed_bisection_finds(
    pieces: list[tuple[int, int, RuleName, int]], quote_start: int
) -> None:
    """Equivalence: bisecting the kept starts finds the frame the keyed bisection over the pieces found."""
    frames = [
        Frame(Mention(0, 1, "name"), (0, 1), [(start, start + length)], rule, sentence)
        for start, length, rule, sentence in pieces
    ]
    frame_index = _FrameIndex(frames)
    quote = QuoteSpan([(quote_start, quote_start + 1)], [], 0, 0)
    assert frame_index.enclosing(_INDEX, quote) is _enclosing_by_key(frame_index, _INDEX, quote)
