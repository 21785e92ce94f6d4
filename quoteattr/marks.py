"""Stage 1: find every quotation-mark character and say what its neighbours allow.

One scan finds all marks (``''`` and ````` count as one mark), and each
apostrophe look-alike among them is checked against the apostrophe contexts.
Each mark gets its *flanking*: a mark with space before it and a word after it
may open, one with a word before it and space or punctuation after it may
close.  Pairing (:mod:`quoteattr.spans`) then only has to look at this small
list, never at every character.

The scan that finds a mark also tests its neighbours, and the marks are built
by C functions mapped over the matches, so no Python code runs per character
or per mark: marks are sparse in news text (a few per thousand characters), but
hostile text can hold one every other character.
"""

from __future__ import annotations

import re
from itertools import compress, islice, repeat
from operator import attrgetter, not_
from typing import NamedTuple

import regex

from quoteattr.data.apostrophes import APOSTROPHE_CHARS, APOSTROPHE_PATTERNS
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


def _one_of(chars: str, *, space: bool = False, negated: bool = False) -> str:
    """A character class of ``chars`` (and of every space, with ``space``), or of all others with ``negated``.

    ``\\s`` in a ``re`` pattern over text matches exactly what ``str.isspace`` calls a space.

    >>> _one_of(":)", space=True, negated=True)
    '[^\\\\s\\\\):]'
    >>> re.fullmatch(_one_of(":)"), "(") is None
    True
    """
    members = "".join(re.escape(char) for char in sorted(set(chars)))
    return "[" + ("^" if negated else "") + ("\\s" if space else "") + members + "]"


def _build_flanked_mark_pattern() -> re.Pattern[str]:
    """Every mark, followed by the test of its neighbours: the one scan of :func:`find_marks`.

    The test is written as look-arounds from the mark's end, so a mark's flanking costs no
    Python call; the group that took part says how it came out (``_FLANKING_OF_GROUP``),
    with one set of groups for each way of finding the neighbours: a mark of two
    characters, a spaced guillemet, any other mark.  The pattern starts with the class of
    the marks' first characters, so ``re`` skips from candidate to candidate in C.
    """
    quote_chars = "".join(MARKS)
    # Not a character before a mark that lets it open: a space, an opening bracket or dash, a mark.
    not_open_after = _one_of(OPENING_CONTEXT + quote_chars, space=True, negated=True)
    # Not a character after a mark that lets it close: a space, punctuation, a mark.
    not_close_before = _one_of(CLOSING_CONTEXT + quote_chars, space=True, negated=True)
    # The first character of a quoted word: no space, no comma or closing bracket.
    word_start = _one_of(NOT_OPENING_BEFORE, space=True, negated=True)
    inner_space = _one_of(INNER_SPACES)
    ellipsis = "|".join(re.escape(ellipsis) for ellipsis in ELLIPSES)
    # The quoted word after a mark: past one inner space for « guillemets », and past a
    # space before an ellipsis for any other mark (” … he said: the ellipsis is the first word).
    word_after = f"(?={word_start}|{inner_space}(?:{ellipsis}))"
    spaced_word_after = f"(?={word_start}|{inner_space}{word_start})"
    # The quoted word before a mark of one or two characters, or before a spaced guillemet.
    word_before_one, word_before_two = r"(?<=\S.)", r"(?<=\S..)"
    spaced_word_before = rf"(?:(?<=\S.)|(?<=\S{inner_space}.))"

    def flanking(size: int, word_before: str, word_after: str, neither: str = "") -> str:
        # The start of the text counts as a space before the mark, its end as one after it.  A mark that
        # flanks neither way is tried with ``neither`` last, if given.
        may_open = f"(?<!{not_open_after}.{{{size}}}){word_after}"
        may_close = f"{word_before}(?!{not_close_before})"
        return f"(?:{may_open}(?:{may_close}()|())|{may_close}()|{neither}{'|' if neither else ''})"

    pairs = [mark for mark in MARKS if len(mark) == 2]
    # The second character of a mark of two, taken first as one of a class, so a mark that no
    # such character follows (most marks) fails in one test.  Newswire "a special case,\'\'\'":
    # after a word, three apostrophes close the inner single quote first, so the first is ' alone.
    closing_triple = r"(?!'(?<=\S'''))"
    ends_pair = "|".join(f"(?<={re.escape(mark)})" + (closing_triple if mark == "''" else "") for mark in pairs)
    second = _one_of("".join(mark[1] for mark in pairs)) + f"(?:{ends_pair})"
    spaced = "".join(SPACED_MARKS)
    alone = "".join(mark for mark in MARKS if len(mark) == 1 and mark not in SPACED_MARKS)
    firsts = "".join(mark[0] for mark in MARKS)  # a lone backtick goes on to none of the three
    # An apostrophe look-alike between two letters or digits of ASCII (don't, O’Neill, 4’s) has a word
    # character on each side, the first apostrophe context (APOSTROPHE_PATTERNS): told here, in the scan,
    # it needs no match of its own, and it is most of the apostrophes of news.  It flanks neither way (an
    # ASCII letter or digit lets a mark neither open after it nor close before it), so only a mark that
    # flanks neither way is tried.
    ascii_word = "[A-Za-z0-9]"
    in_word = f"(?<={_one_of(APOSTROPHE_CHARS)})(?<={ascii_word}.)(?={ascii_word})()"
    return re.compile(
        _one_of(firsts)
        + f"(?:{second}{flanking(2, word_before_two, word_after)}"
        + f"|(?<={_one_of(alone)}){flanking(1, word_before_one, word_after, in_word)}"
        + f"|(?<={_one_of(spaced)}){flanking(1, spaced_word_before, spaced_word_after)})",
        re.DOTALL,
    )


#: Matches one whole mark at a position (``''`` before ``'``), for callers that
#: need a mark's extent from its offset.
MARK_PATTERN = _build_mark_pattern()
APOSTROPHE_PATTERN = _build_apostrophe_pattern()
_FLANKED_MARK = _build_flanked_mark_pattern()
# (left-flanking, right-flanking) by the group of the flanking test that took part: both, left
# only or right only, in each of the three tests (groups 1-3, 4-6 and 8-10); none took part for
# neither, nor does an apostrophe inside a word flank (group 7, _IN_WORD).
_IN_WORD = 7
_FLANKING_OF_GROUP: dict[int | None, tuple[bool, bool]] = {
    group: ((True, True), (True, False), (False, True))[(group - 1 - (group > _IN_WORD)) % 3]
    for group in (1, 2, 3, 4, 5, 6, 8, 9, 10)
}
_FLANKING_OF_GROUP[_IN_WORD] = _FLANKING_OF_GROUP[None] = (False, False)
# Whether a mark of the group is an apostrophe inside a word, which the apostrophe contexts need not be asked about.
_INSIDE_WORD_OF_GROUP = {group: group == _IN_WORD for group in _FLANKING_OF_GROUP}
_LEFT_OF_GROUP = {group: left for group, (left, _) in _FLANKING_OF_GROUP.items()}
_RIGHT_OF_GROUP = {group: right for group, (_, right) in _FLANKING_OF_GROUP.items()}
# Each mark as the one string object every mark of it shares: a mark taken from the text is
# a new string each time (76 bytes for “), and a mark lives on in its warning.
_SHARED = {mark: mark for mark in MARKS}
_MAY_BE_APOSTROPHE = {mark: info.apostrophe for mark, info in MARKS.items()}
# Marks are read in slices of this many matches, so a text of a million marks never holds a
# million match objects at once.
_SLICE = 4096


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
# The parts of a match, as functions to map over many matches.
_start, _end, _group = re.Match.start, re.Match.end, re.Match.group
_lastindex = attrgetter("lastindex")


def find_marks(text: str) -> list[Mark]:
    """Every quotation mark in ``text``, in order, with its flanking.

    One scan finds each mark and tests its neighbours; the marks are then built a slice
    of matches at a time by mapping C functions over them, with no Python code per mark:
    hostile text can hold a mark every other character.

    >>> [(m.char, m.left_flanking, m.right_flanking) for m in find_marks('“Yes,” she said.')]
    [('“', True, False), ('”', False, True)]
    >>> [m.apostrophe for m in find_marks("don't")]
    [True]
    >>> [(m.left_flanking, m.right_flanking) for m in find_marks("« Non »")]
    [(True, False), (False, True)]
    >>> [(m.start, m.left_flanking, m.right_flanking) for m in find_marks('a ““““ b')]
    [(2, True, False), (3, True, True), (4, True, True), (5, False, True)]
    >>> [(m.start, m.char) for m in find_marks("it'''s `` ` x")]
    [(2, "'"), (3, "''"), (7, '``')]
    >>> find_marks("no marks, not even a lone ` backtick")
    []
    """
    marks: list[Mark] = []
    scan = _FLANKED_MARK.finditer(text)
    while chunk := list(islice(scan, _SLICE)):
        starts = list(map(_start, chunk))
        chars = list(map(_SHARED.__getitem__, map(_group, chunk)))
        groups = list(map(_lastindex, chunk))
        # The apostrophe contexts are tried only at the marks that may be apostrophes, and not at those
        # the scan found inside a word: which those are is read of the candidates only, not of every
        # mark, for text of stray marks holds few apostrophes.
        may_be = list(map(_MAY_BE_APOSTROPHE.__getitem__, chars))
        candidates = list(compress(starts, may_be))
        inside = list(map(_INSIDE_WORD_OF_GROUP.__getitem__, compress(groups, may_be)))
        apostrophes = set(compress(candidates, inside))
        asked = list(compress(candidates, map(not_, inside)))
        apostrophes.update(compress(asked, map(APOSTROPHE_PATTERN.match, repeat(text), asked)))
        fields = zip(
            starts,
            map(_end, chunk),
            chars,
            map(MARKS.__getitem__, chars),
            map(_LEFT_OF_GROUP.__getitem__, groups),
            map(_RIGHT_OF_GROUP.__getitem__, groups),
            map(apostrophes.__contains__, starts),
            strict=True,
        )
        marks.extend(map(_new_mark, repeat(Mark), fields))
    return marks
