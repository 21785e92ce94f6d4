"""Stage 1: find every quotation-mark character and say what its neighbours allow.

One scan finds all marks (``''`` and ````` count as one mark), and each
apostrophe look-alike among them is checked against the apostrophe contexts.
Each mark gets its *flanking*: a mark with space before it and a word after it
may open, one with a word before it and space or punctuation after it may
close.  Pairing (:mod:`quoteattr.spans`) then only has to look at this small
list, never at every character.

Marks are sparse in news text (a few per thousand characters), so the work per
text is one C-speed scan plus a little Python per mark; no step runs per
character in Python.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from quoteattr.data.apostrophes import APOSTROPHE_PATTERNS
from quoteattr.data.marks import (
    CLOSING_CONTEXT,
    ELLIPSES,
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


def _build_mark_start_pattern() -> re.Pattern[str]:
    # A bare character class: ``re`` then skips from candidate to candidate in C,
    # about twice as fast as the alternation of MARK_PATTERN.  Two-character
    # marks are recognised at each hit; a lone backtick is no mark.
    firsts = sorted({mark[0] for mark in MARKS})
    return re.compile("[" + re.escape("".join(firsts)) + "]")


#: Matches one whole mark at a position (``''`` before ``'``), for callers that
#: need a mark's extent from its offset.
MARK_PATTERN = _build_mark_pattern()
APOSTROPHE_PATTERN = _build_apostrophe_pattern()
_MARK_START = _build_mark_start_pattern()
_TWO_CHARACTER = {mark[0]: mark for mark in MARKS if len(mark) == 2}
# Each one-character mark as the one string object every mark of it shares: a character taken
# from the text is a new string each time (76 bytes for “), and a mark lives on in its warning.
_ONE_CHARACTER = {mark: mark for mark in MARKS if len(mark) == 1}
_QUOTE_CHARS = frozenset("".join(MARKS))
# Neighbours that let a mark open or close; a neighbouring mark allows both.
_OPEN_CONTEXT = frozenset(OPENING_CONTEXT) | _QUOTE_CHARS
_CLOSE_CONTEXT = frozenset(CLOSING_CONTEXT) | _QUOTE_CHARS
_NOT_OPENING_BEFORE = frozenset(NOT_OPENING_BEFORE)


def _build_run_patterns() -> dict[str, tuple[re.Pattern[str], int]]:
    """For each mark that can repeat as itself: a pattern for the rest of a run of it, and the run's tail.

    Matched right after a mark, the pattern takes the rest of the run; all of it but the tail
    (the last characters, which the scan reads mark by mark) is marks like this one, with this
    mark on both sides.  The tail is one mark, except for ', which repeats only after a word
    and while three follow (the newswire rule of :func:`find_marks`), so the last two of its
    run make ''.  The other characters that begin a two-character mark never repeat alone
    (’’’’ is ’’ twice), nor does '' (after it, ' goes on as single ').
    """
    runs: dict[str, tuple[re.Pattern[str], int]] = {}
    for mark in MARKS:
        if mark == "\N{APOSTROPHE}":
            runs[mark] = (re.compile("'{3,}"), 2)
        elif mark not in _TWO_CHARACTER and mark != "''":
            runs[mark] = (re.compile(f"(?:{re.escape(mark)}){{2,}}"), len(mark))
    return runs


_RUNS = _build_run_patterns()


class Mark(NamedTuple):
    """One quotation-mark occurrence: where it is, what it is, what its neighbours allow.

    A named tuple rather than a dataclass: one is built per mark, and tuples are
    the cheapest immutable record Python has.
    """

    start: int
    end: int
    char: str
    info: MarkInfo
    left_flanking: bool  # may open: space (or an opening bracket) before, a word after
    right_flanking: bool  # may close: a word before, space or punctuation after
    apostrophe: bool  # its context says apostrophe (don’t, ’90s, rock ’n’ roll)


# Builds a mark from its fields as one tuple, without the keyword-ready constructor of a named
# tuple: one call fewer per mark, and random marks run to half a million per megabyte.
_new_mark = tuple.__new__


def find_marks(text: str) -> list[Mark]:
    """Every quotation mark in ``text``, in order, with its flanking.

    The inside of a run of one mark (a hundred “ in a row) is read once: its marks all have
    the same neighbours, so the same flanking.

    >>> [(m.char, m.left_flanking, m.right_flanking) for m in find_marks('“Yes,” she said.')]
    [('“', True, False), ('”', False, True)]
    >>> [m.apostrophe for m in find_marks("don't")]
    [True]
    >>> [(m.left_flanking, m.right_flanking) for m in find_marks("« Non »")]
    [(True, False), (False, True)]
    >>> [(m.start, m.left_flanking, m.right_flanking) for m in find_marks('a ““““ b')]
    [(2, True, False), (3, True, True), (4, True, True), (5, False, True)]
    >>> [m.start for m in find_marks('“a” “')]
    [0, 2, 4]
    """
    marks: list[Mark] = []
    append = marks.append
    taken = 0  # end of the last mark, so "'''" is '' then '
    n = len(text)
    is_apostrophe = APOSTROPHE_PATTERN.match
    for hit in _MARK_START.finditer(text):
        start = hit.start()
        if start < taken:
            continue
        char = text[start]
        double = _TWO_CHARACTER.get(char)
        if double is not None and text.startswith(double, start):
            # Newswire "a special case,\'\'\'": after a word, three apostrophes close the
            # inner single quote first, then the double; before a word they open '' then '.
            closing_triple = (
                double == "''" and text.startswith("'''", start) and start > 0 and not text[start - 1].isspace()
            )
            char = "'" if closing_triple else double
        else:
            one = _ONE_CHARACTER.get(char)
            if one is None:
                continue
            char = one
        end = taken = start + len(char)
        info = MARKS[char]
        left, right = _flanking(text, start, end, char, n)
        apostrophe = info.apostrophe and is_apostrophe(text, start) is not None
        append(_new_mark(Mark, (start, end, char, info, left, right, apostrophe)))
        # A run goes on only where the mark repeats: looked at first, as most marks stand alone.
        if not text.startswith(char, end):
            continue
        run = _RUNS.get(char)
        if run is not None and (inside_run := run[0].match(text, end)) is not None:
            # The marks inside the run: each has this mark on both sides.
            last = taken = inside_run.end() - run[1]
            size = len(char)
            left, right = _flanking(text, end, end + size, char, n)
            marks.extend(
                Mark(at, at + size, char, info, left, right, info.apostrophe and bool(is_apostrophe(text, at)))
                for at in range(end, last, size)
            )
    return marks


def _flanking(text: str, start: int, end: int, char: str, n: int) -> tuple[bool, bool]:
    """Whether the mark ``char`` at ``text[start:end]`` may open (left-flanking) and may close (right-flanking).

    ``n`` is the length of ``text``.
    """
    before = text[start - 1] if start else " "
    after = text[end] if end < n else " "
    # The quoted word next to the mark: past one inner space for « guillemets »
    # and before an ellipsis.
    word_before, word_after = before, after
    if char in SPACED_MARKS:
        if before in INNER_SPACES and start > 1:
            word_before = text[start - 2]
        if after in INNER_SPACES and end + 1 < n:
            word_after = text[end + 1]
    elif after in INNER_SPACES and text.startswith(ELLIPSES, end + 1):
        word_after = text[end + 1]  # ” … he said: the ellipsis is the first word
    left = (
        not word_after.isspace()
        and word_after not in _NOT_OPENING_BEFORE
        and (before.isspace() or before in _OPEN_CONTEXT)
    )
    right = not word_before.isspace() and (after.isspace() or after in _CLOSE_CONTEXT)
    return left, right
