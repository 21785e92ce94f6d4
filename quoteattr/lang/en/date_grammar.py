"""English date patterns, compiled from the tables in :mod:`.dates`.

One pattern finds every date-like phrase in a window: explicit dates (``May 14``, ``27 May 1997``,
``June 29-30``, ``2022-04-29``), weekdays (``on Wednesday``, ``last Wednesday``, ``next Tuesday``) and
relative words (``yesterday``, ``this morning``), with the named groups
:class:`~quoteattr.lang.occasion_grammar.OccasionGrammar` states.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from quoteattr.lang.en.dates import (
    DAY_PARTS,
    MONTHS,
    PUBLISHED_LABELS,
    RELATIVE_DAYS,
    WEEKDAY_QUALIFIERS,
    WEEKDAYS,
    YEAR_CENTURIES,
)
from quoteattr.lang.en.venue_grammar import _literal
from quoteattr.lang.patterns import after_boundary


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so ``Sept.`` wins over ``Sept`` and ``yesterday morning`` over ``yesterday``; a space
    # in a table entry matches any run of spaces or a line break.  Laid out as a prefix tree, which
    # tries the words that fit at a place in that order, a letter at a time, where the flat alternation
    # tries them word by word (see venue_grammar._literal).
    return _literal(words)


def _capitalised_variants(words: Iterable[str]) -> list[str]:
    # A relative word may start a sentence: ``Yesterday``, ``Last night``, ``The day before yesterday``.
    out: list[str] = []
    for w in words:
        out.extend((w, w[0].upper() + w[1:]))
    return out


# A year: the ``iso_y`` and ``year`` groups of the date pattern (a looser form is the test of
# :func:`build_year_pattern`).
_YEAR = rf"(?:{'|'.join(YEAR_CENTURIES)})\d\d"


def build_date_pattern() -> regex.Pattern[str]:
    month = f"(?:{_alternation(MONTHS)})"
    weekday = f"(?:{_alternation(WEEKDAYS)})"
    # A day of the month: one or two digits, an optional ordinal suffix, not part of a longer number.
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}])"
    # A range's second day (``June 29-30``), reported as part of the phrase; the date is the first day.
    day_range = r"(?:\s*[-\N{EN DASH}]\s*(?:[12]\d|3[01]|0?[1-9])(?![\p{L}\p{N}]))?"
    digits = _YEAR
    year = rf"(?P<year>{digits})(?![\p{{L}}\p{{N}}])"
    # ``Wednesday, April 27``: the weekday is checked by nobody; the explicit date wins.
    lead_weekday = rf"(?:{weekday},?\s+(?:the\s+)?)?"
    qualifier = f"(?:{_alternation(_capitalised_variants(k for k in WEEKDAY_QUALIFIERS if k != 'on'))})"
    relative = f"(?:{_alternation(_capitalised_variants(RELATIVE_DAYS))})"
    parts = "|".join(DAY_PARTS)
    # Every date starts with a digit, a month or weekday name, or the first word of a relative phrase;
    # testing that first, as one lookahead, keeps every other position cheap.
    firsts = {w.split()[0] for w in [*RELATIVE_DAYS, *WEEKDAY_QUALIFIERS]}
    gate = rf"(?=\d|(?:{_alternation([*MONTHS, *WEEKDAYS, *_capitalised_variants(firsts)])})(?![\p{{L}}]))"
    pattern = rf"""
        \b{gate}
        (?:
            # ISO: 2022-04-29
            (?P<iso>(?P<iso_y>{digits})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01]))(?![\p{{N}}])
          | # Month day[, year]: May 14, April 27, June 29-30, May 14, 2022, Jan. 5
            {lead_weekday}(?P<month>{month})\s+(?P<day>{day}){day_range}(?:,?\s+{year})?
          | # Day month [year]: 27 May 1997, 14th of May, 29-30 June
            {lead_weekday}(?P<day>{day}){day_range}\s+(?:of\s+)?(?P<month>{month})(?:,?\s+{year})?
          | # Weekday with a qualifier or alone: last Wednesday, next Tuesday, Wednesday evening
            (?:(?P<qualifier>{qualifier})\s+)?(?P<weekday>{weekday})(?:\s+(?:{parts})(?![\p{{L}}]))?
          | # Relative day: yesterday, this morning
            (?P<relative>{relative})(?![\p{{L}}\p{{N}}])
        )
    """
    return regex.compile(pattern, regex.VERBOSE)


def build_published_pattern() -> regex.Pattern[str]:
    # The label is looked for behind the date, not before it: a scan for four digits skips ahead over
    # the text, where one that starts on a label tests every letter (five times slower over news text).
    labels = _alternation(PUBLISHED_LABELS)
    return regex.compile(
        rf"(?<=(?<![\p{{L}}\p{{N}}])(?i:{labels}):?\s+)(\d{{4}})-(\d\d)-(\d\d)(?![\p{{N}}])",
    )


def build_year_pattern() -> re.Pattern[str]:
    """A year as the date pattern writes it, or a little more: a window without one names no day
    that can be known without the published date.

    The test runs on most windows, and the standard library's engine skips ahead to a century's
    first digit twice as fast as ``regex`` does.  Its ``\\d`` knows the digits of its own Unicode
    tables, which may be older than those of ``regex``: any character past ASCII stands for a digit
    too, so a window may be searched for a year in vain, never left out with one.

    >>> build_year_pattern().search("on May 14, 2022").group(), build_year_pattern().search("on May 14")
    ('2022', None)
    >>> years = build_year_pattern()
    >>> years.search("in 20\N{ARABIC-INDIC DIGIT TWO}\N{ARABIC-INDIC DIGIT TWO}") is None, years.search("20 people")
    (False, None)
    """
    digit = r"(?:\d|[^\x00-\x7f])"
    return re.compile(rf"(?:{'|'.join(YEAR_CENTURIES)}){digit}{digit}")


def build_key_pattern() -> re.Pattern[str]:
    # A word every date phrase contains: a digit, a month or weekday name, or the longest word of a
    # relative phrase (``yesterday``, ``night``).  Qualifiers need a weekday, so they are not keys.
    # The standard library's engine finds this alternation about twice as fast as ``regex``, and it
    # runs on every window: most hold no date and are answered by this one search.  Only whether it
    # finds something is read; opened by the words' first letters (see after_boundary), it is not
    # tried at every position of the window.
    relative = {max(phrase.split(), key=len) for phrase in RELATIVE_DAYS}
    words = [*MONTHS, *WEEKDAYS, *_capitalised_variants(relative)]
    return re.compile(r"\d|" + after_boundary(words, r"\w"))
