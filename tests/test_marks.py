"""find_marks against a slow, obviously correct oracle: one mark at a time, its neighbours read in Python.

``find_marks`` tests a mark's neighbours inside one compiled pattern and builds the marks
without Python code per mark; the oracle below spells the same rules out character by
character, as docs/parsing.md states them, so any disagreement between the two shows up.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.data.marks import (
    CLOSING_CONTEXT,
    ELLIPSES,
    INNER_SPACES,
    MARKS,
    NOT_OPENING_BEFORE,
    OPENING_CONTEXT,
    SPACED_MARKS,
)
from quoteattr.marks import APOSTROPHE_PATTERN, Mark, find_marks

QUOTE_CHARS = set("".join(MARKS))


def oracle_flanking(text: str, start: int, end: int, char: str) -> tuple[bool, bool]:
    """(may open, may close) for the mark ``char`` at ``text[start:end]``, read from its neighbours."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    word_before, word_after = before, after
    if char in SPACED_MARKS:  # « guillemets »: the quoted word is past one inner space
        if before in INNER_SPACES and start > 1:
            word_before = text[start - 2]
        if after in INNER_SPACES and end + 1 < len(text):
            word_after = text[end + 1]
    elif after in INNER_SPACES and text.startswith(ELLIPSES, end + 1):
        word_after = text[end + 1]  # ” … he said: the ellipsis is the first word
    may_open = (
        not word_after.isspace()
        and word_after not in NOT_OPENING_BEFORE
        and (before.isspace() or before in OPENING_CONTEXT or before in QUOTE_CHARS)
    )
    may_close = not word_before.isspace() and (after.isspace() or after in CLOSING_CONTEXT or after in QUOTE_CHARS)
    return may_open, may_close


def oracle_marks(text: str) -> list[Mark]:
    """Every mark, scanning one character at a time: the longest mark at each place, but ``'''`` after a word."""
    marks = []
    at = 0
    while at < len(text):
        found = [mark for mark in MARKS if text.startswith(mark, at)]
        if not found:
            at += 1
            continue
        char = max(found, key=len)
        if char == "''" and text.startswith("'''", at) and at > 0 and not text[at - 1].isspace():
            char = "'"  # newswire: after a word, ''' closes the inner single quote first
        end = at + len(char)
        info = MARKS[char]
        left, right = oracle_flanking(text, at, end, char)
        apostrophe = info.apostrophe and APOSTROPHE_PATTERN.match(text, at) is not None
        marks.append(Mark(at, end, char, info, left, right, apostrophe))
        at = end
    return marks


# Marks of every kind, and every kind of neighbour the rules name: spaces of each sort, the
# contexts that let a mark open or close, ellipses, words, digits and elided words.
PIECES = [
    *MARKS,
    "`",
    "\N{MODIFIER LETTER APOSTROPHE}",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\N{NO-BREAK SPACE}",
    "\N{NARROW NO-BREAK SPACE}",
    "\N{THIN SPACE}",
    "\N{INFORMATION SEPARATOR FOUR}",  # a space to str.isspace, though not to Unicode
    "\N{ZERO WIDTH SPACE}",
    "\N{HORIZONTAL ELLIPSIS}",
    "...",
    *".,;:!?()[]{}<>-/",
    "\N{EM DASH}",
    "\N{FULLWIDTH COLON}",
    "word",
    "s",
    "n",
    "90",
    "em",
    "Tis",
    "\N{COMBINING ACUTE ACCENT}",
    "彼",
]
soup = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(soup, st.text(max_size=60)))
def test_marks_match_the_oracle(text: str) -> None:
    """Equivalence: the one-scan marks equal the oracle's, field by field."""
    assert find_marks(text) == oracle_marks(text)


def test_marks_match_the_oracle_over_long_soups_and_runs() -> None:
    """Equivalence over texts longer than one slice of matches, runs of one mark included."""
    rng = random.Random(7)
    for size in (1_000, 10_000):
        text = "".join(rng.choice(PIECES) * rng.choice((1, 1, 1, 2, 5)) for _ in range(size))
        assert find_marks(text) == oracle_marks(text)


def test_marks_share_one_string_per_kind() -> None:
    """Every mark of one kind holds the same string object, not a new one taken from the text."""
    curly = "\N{LEFT DOUBLE QUOTATION MARK}"
    marks = find_marks(f"{curly}a{curly} ``b`` {curly}")
    assert marks[0].char is marks[1].char is marks[4].char
    assert marks[2].char is marks[3].char
    assert all(any(mark.char is key for key in MARKS) for mark in marks), "each is the table's own string"
