"""What a language provides for splitting text into sentences.

The shape of a sentence end is nearly the same in every language that writes
with full stops: ``.``, ``!``, ``?`` or ``…``, maybe closing quotation marks,
then whitespace and something that can start a sentence.  A language adds two
things: the abbreviations whose full stop ends nothing (``Mr.``, ``z. B.``),
and any other break its press writes without punctuation (an inline dateline
token).  :func:`sentence_end` composes the shared shape with those breaks once,
when the language folder is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

# A sentence ends at . ! ? or … (possibly followed by closing quotes/brackets),
# then whitespace, then something that can start a sentence; or at a line break.
# The character classes are built from strings, not written across lines in a
# verbose pattern, where the line breaks and indentation would join the class.
END_PUNCTUATION = r"[.!?\N{HORIZONTAL ELLIPSIS}]"
END_CHARACTERS = ".!?\N{HORIZONTAL ELLIPSIS}"  # the same characters, for a test of one character
# Closing quotation marks and brackets that may follow the full stop.
AFTER_END = (
    r"""["'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"""
    r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK})\]]"
)
# What may start a sentence: capitals, digits, opening quotation marks and brackets, CJK letters, dashes.
SENTENCE_START = (
    r"""[\p{Lu}\p{N}"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"""
    r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}(\[`\p{Lo}"
    r"\N{EN DASH}\N{EM DASH}]"
)
# No sentence ends after a lower-case letter, a comma, a semicolon or a hyphen: a line break after
# one is hard-wrapped prose ("he\nsaid.", "said\nElizabeth.", "well-\nknown"), and end punctuation
# and a language's breaks end in other characters.  Tested first, this rejects nine places in ten
# of news text with one look at one character, before any kind of sentence end is tried.
MAY_END_BEFORE = r"(?<![\p{Ll},;\-])"
# A line break ends a sentence when the line before does not run on ("WASHINGTON (AP)\nThe Senate");
# the test that it does not run on is MAY_END_BEFORE, made once before every kind.  A line end is only
# tried from the first two places of a run of spaces: from any later place it would fail (or match)
# exactly as from the second, and trying them all rescans a long run once per place (quadratic).
LINE_END = r"(?<![^\S\n]{2})[^\S\n]*\n\s*(?=\p{Lu})"


def sentence_end(*breaks: str) -> regex.Pattern[str]:
    """The whitespace between two sentences: after end punctuation, at a language's own ``breaks``, at a line end.

    Each of ``breaks`` is pattern source matching the whitespace of one more kind
    of sentence end; they are tried after end punctuation and before line ends,
    and only where every kind is: at whitespace after a character that is no
    lower-case letter, comma, semicolon or hyphen (:data:`MAY_END_BEFORE`).
    That one test of the character before comes first, then the test for
    whitespace: most places of a text follow a lower-case letter, so the engine
    rejects them at once, where trying each kind's lookbehinds in turn at every
    space cost twice the time of the whole search.

    >>> [m.start() for m in sentence_end().finditer("He left. She stayed")]
    [8]
    >>> sentence_end().search("3.5 percent") is None
    True
    >>> sentence_end().search("he\\nsaid it") is None  # a line break after a lower-case letter runs on
    True
    """
    alternatives = [rf"(?<={END_PUNCTUATION}{AFTER_END}*)\s+(?={SENTENCE_START})", *breaks, LINE_END]
    return regex.compile(rf"{MAY_END_BEFORE}(?=\s)(?:{'|'.join(alternatives)})")


# A line break where a line end may start (or the spaces before it): one that a lower-case letter does
# not follow at once, as hard-wrapped prose does (LINE_END needs a capital there, past any spaces).  One
# character is looked at, not the spaces: a look past them from each line break of a run of breaks and
# spaces would read the run once per break.  Any other end at the spaces before a break starts at the
# first of them, and is found at its own place.
LINE_BREAK_PLACE = r"(?![a-z])"
# The end punctuation of a sentence end's place, before its closing marks and a space.
_PUNCTUATION_PLACE = rf"{AFTER_END}*(?=\s)"


def sentence_end_places(*hints: str) -> re.Pattern[str]:
    """Where a sentence end may start, found by the standard library's engine: a place for each of its matches.

    A sentence end (:func:`sentence_end`) starts right after end punctuation and its closing marks,
    at a line break (or the space or two before it), or where one of the language's breaks does.
    This pattern matches the end punctuation with its closing marks up to a space, the line breaks
    a line end may follow (:data:`LINE_BREAK_PLACE`), and each of ``hints``: pattern source for
    ``re`` matching what comes before a break of the language, up to where the break starts,
    wherever the break can start.  A hint starts with a character written as itself, matches no
    space, so that no place runs over from before a range that starts after a space, and runs
    over no other place.  The places are a few characters in a hundred of news text, which ``re``
    skips to in C, where the ``regex`` engine would try the sentence end at every character: the
    sentence end is then tried only at these places (:func:`quoteattr.text._split`).  ``re``'s
    ``\\s`` takes in every space that ``regex``'s does (and four control characters more), so no
    place is missed.

    Every place starts with one of a few characters, tried first as one class: ``re`` then skips
    in C to the next of them, where alternatives that each start their own way are tried at every
    character.

    >>> [m.end() for m in sentence_end_places().finditer("He left. She said “No.” Then\\nX 3.5")]
    [8, 23, 29]
    >>> [m.end() for m in sentence_end_places(r"-x(?=\\s)").finditer("a-x b-y c.d")]
    [3]
    """
    firsts = [END_PUNCTUATION[1:-1], r"\n", *(re.escape(hint[0]) for hint in hints)]  # the members of each class
    kinds = [
        rf"(?<={END_PUNCTUATION}){_PUNCTUATION_PLACE}",
        rf"(?<=\n){LINE_BREAK_PLACE}",
        *(rf"(?<={re.escape(hint[0])}){hint[1:]}" for hint in hints),
    ]
    return re.compile(f"[{''.join(firsts)}](?:{'|'.join(kinds)})")


@dataclass(frozen=True)
class SegmentGrammar:
    """How a language's sentences end."""

    # Abbreviations whose full stop ends no sentence, lower case with the full stop: "mr.", "u.s.".
    abbreviations: frozenset[str] = frozenset()
    # The whitespace between two sentences: "He left.| She stayed", plus the language's own breaks.
    sentence_end: regex.Pattern[str] = field(default_factory=sentence_end)
    # Where a sentence end may start (:func:`sentence_end_places`), with a hint for each of the language's
    # breaks.  Left out, it is known for a sentence end without breaks of its own; with breaks and
    # no hints, every place of the text is tried.
    places: re.Pattern[str] | None = None
    # Whether the sentence end tries end punctuation first, as :func:`sentence_end` composes it: then
    # end punctuation, one space and a capital A to Z is a sentence end, that space, without a search.
    punctuation_first: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        if self.places is None and self.sentence_end.pattern == _PLAIN_SENTENCE_END:
            object.__setattr__(self, "places", sentence_end_places())
        object.__setattr__(
            self,
            "punctuation_first",
            self.sentence_end.pattern.startswith(_PUNCTUATION_FIRST) and self.sentence_end.flags == _PLAIN_FLAGS,
        )


_PLAIN_SENTENCE_END = sentence_end().pattern
_PLAIN_FLAGS = sentence_end().flags
# How every sentence end :func:`sentence_end` composes opens: the end punctuation's kind, tried first.
_PUNCTUATION_FIRST = rf"{MAY_END_BEFORE}(?=\s)(?:(?<={END_PUNCTUATION}{AFTER_END}*)\s+(?={SENTENCE_START})|"
