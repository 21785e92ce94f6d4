"""Stage 1: find every quotation-mark character and say what its neighbours allow.

One compiled pattern finds all marks (``''`` and ````` count as one mark);
a second finds the apostrophes.  Each mark gets its *flanking*: a mark with
space before it and a word after it may open, one with a word before it and
space or punctuation after it may close.  Pairing (:mod:`quoteattr.spans`) then
only has to look at this small list, never at every character.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from quoteattr.data.apostrophes import APOSTROPHE_PATTERNS
from quoteattr.data.marks import (
    CLOSING_CONTEXT,
    INNER_SPACES,
    MARKS,
    NOT_OPENING_BEFORE,
    OPENING_CONTEXT,
    SPACED_MARKS,
    MarkInfo,
)


def _build_mark_pattern() -> regex.Pattern[str]:
    # Longest first, so ``''`` wins over ``'``.
    alternatives = sorted(MARKS, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(mark) for mark in alternatives))


def _build_apostrophe_pattern() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in APOSTROPHE_PATTERNS))


MARK_PATTERN = _build_mark_pattern()
APOSTROPHE_PATTERN = _build_apostrophe_pattern()
_QUOTE_CHARS = frozenset("".join(MARKS))


@dataclass(frozen=True, slots=True)
class Mark:
    """One quotation-mark occurrence: where it is, what it is, what its neighbours allow."""

    start: int
    end: int
    char: str
    info: MarkInfo
    left_flanking: bool  # may open: space (or an opening bracket) before, a word after
    right_flanking: bool  # may close: a word before, space or punctuation after
    apostrophe: bool  # its context says apostrophe (don’t, ’90s, rock ’n’ roll)


def _is_open_context(ch: str) -> bool:
    return ch.isspace() or ch in OPENING_CONTEXT or ch in _QUOTE_CHARS


def _is_close_context(ch: str) -> bool:
    return ch.isspace() or ch in CLOSING_CONTEXT or ch in _QUOTE_CHARS


def find_marks(text: str) -> list[Mark]:
    """Every quotation mark in ``text``, in order, with its flanking.

    >>> [(m.char, m.left_flanking, m.right_flanking) for m in find_marks('“Yes,” she said.')]
    [('“', True, False), ('”', False, True)]
    >>> [m.apostrophe for m in find_marks("don't")]
    [True]
    >>> [(m.left_flanking, m.right_flanking) for m in find_marks("« Non »")]
    [(True, False), (False, True)]
    """
    apostrophes = {m.start() for m in APOSTROPHE_PATTERN.finditer(text)}
    n = len(text)
    marks: list[Mark] = []
    for match in MARK_PATTERN.finditer(text):
        start, end = match.span()
        char = match.group()
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        # The quoted word next to the mark: past one inner space for « guillemets ».
        word_before, word_after = before, after
        if char in SPACED_MARKS:
            if before in INNER_SPACES and start > 1:
                word_before = text[start - 2]
            if after in INNER_SPACES and end + 1 < n:
                word_after = text[end + 1]
        left = not word_after.isspace() and word_after not in NOT_OPENING_BEFORE and _is_open_context(before)
        right = not word_before.isspace() and _is_close_context(after)
        info = MARKS[char]
        marks.append(Mark(start, end, char, info, left, right, info.apostrophe and start in apostrophes))
    return marks
