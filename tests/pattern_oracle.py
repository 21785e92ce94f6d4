"""An oracle for patterns rewritten into a cheaper shape: the shape they replace, asked the same questions.

A grammar pattern is sometimes rewritten so that the engine gives up sooner or skips
ahead further (a word boundary before a look-behind, a literal first).  The rewrite must
match exactly what the old shape matched.  Each test keeps the old shape as text and
hands both to :func:`same_answers`, with text drawn by :func:`texts_from` from the
characters and words the pattern cares about, and a window inside it.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

import regex
from hypothesis import strategies as st


def texts_from(pieces: Iterable[str], *, max_size: int = 40) -> st.SearchStrategy[str]:
    """Texts joined from ``pieces`` (single characters and whole words), in any order and number.

    The pieces are picked uniformly by a seeded random generator (drawn one by one, hypothesis
    would favour the first few pieces, and a rare mark would hardly ever meet a word); a piece
    given twice is picked twice as often.
    """
    choices = list(pieces)

    def joined(drawn: tuple[int, int]) -> str:
        pick = random.Random(drawn[0]).choice
        return "".join(pick(choices) for _ in range(drawn[1]))

    return st.tuples(st.integers(0, 2**32), st.integers(0, max_size)).map(joined)


def _answer(found: Any) -> Any:
    """What a match says: its span, every group's span and the last group's name (None for no match)."""
    if found is None:
        return None
    return [found.span(k) for k in range(found.re.groups + 1)], found.lastgroup


def same_answers(old: regex.Pattern[str], new: regex.Pattern[str], text: str, pos: int, endpos: int) -> None:
    """Assert that ``old`` and ``new`` give the same matches for each way the grammar calls a pattern."""
    for method in ("search", "match", "fullmatch"):
        expected = _answer(getattr(old, method)(text, pos, endpos))
        assert _answer(getattr(new, method)(text, pos, endpos)) == expected, (method, text, pos, endpos)
    expected_all = [_answer(found) for found in old.finditer(text, pos, endpos)]
    assert [_answer(found) for found in new.finditer(text, pos, endpos)] == expected_all, (text, pos, endpos)


@st.composite
def windows(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> tuple[str, int, int]:
    """A text and a window ``[pos, endpos)`` inside it (either end may be the text's own)."""
    text = draw(texts)
    pos = draw(st.integers(0, len(text)))
    endpos = draw(st.integers(pos, len(text)))
    return text, pos, endpos
