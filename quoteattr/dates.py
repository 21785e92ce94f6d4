"""When the words were said: the date mentioned near a quote, resolved against the published date.

One compiled pattern finds every date-like phrase in a window: explicit dates (``May 14``, ``27 May 1997``,
``June 29-30``, ``2022-04-29``), weekdays (``on Wednesday``, ``last Wednesday``, ``next Tuesday``) and
relative words (``yesterday``, ``this morning``).  Each is then resolved:

* an explicit date with a year is that date, with or without ``published``;
* a month and day without a year takes the published year, or the year before if that would put it
  after the published date; without ``published`` it is unknown;
* a weekday is the most recent such day on or before the published date (``last`` Wednesday: strictly
  before); ``next``/``coming`` weekdays are in the future and never an utterance date;
* a relative word is an offset from the published date.

Vague phrases (``last week``, ``in February``, ``recently``) are never matched, and anything that cannot be
resolved is skipped: the answer is ``None`` rather than a guess.  The patterns and word tables come
from the language's :class:`~quoteattr.lang.occasion_grammar.OccasionGrammar` (English:
:mod:`quoteattr.lang.en.date_grammar` and :mod:`quoteattr.lang.en.dates`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from quoteattr.errors import InputError
from quoteattr.lang.language import Language
from quoteattr.lang.occasion_grammar import OccasionGrammar

__all__ = ["DateMention", "find_date", "find_dates", "published_from_text"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase in the text and the day it names: ``text == document[start:end]``."""

    date: dt.date
    start: int
    end: int
    text: str


_NONE = OccasionGrammar()
_DIGITS = regex.compile(r"\d+")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{N}]+)[^\S\n]+\Z")
_WORD_AFTER = regex.compile(r"[^\S\n]+([\p{L}\p{N}]+)")


def _grammar(lang: Language) -> OccasionGrammar:
    return lang.occasions or _NONE


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # February 30, or a year out of range
        return None


def shift_date(date: dt.date, days: int) -> dt.date:
    """``date`` moved by ``days``, clamped to the calendar's first and last day: a feed's zero time
    (0001-01-01) and "yesterday" give 0001-01-01, never an ``OverflowError``.

    >>> shift_date(dt.date(2022, 4, 29), -1)
    datetime.date(2022, 4, 28)
    >>> shift_date(dt.date(1, 1, 1), -1), shift_date(dt.date(9999, 12, 31), 1)
    (datetime.date(1, 1, 1), datetime.date(9999, 12, 31))
    """
    try:
        return date + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def _month_day(month: int, day: int, year: str | None, published: dt.date | None) -> dt.date | None:
    if year is not None:
        return _safe_date(int(year), month, day)
    if published is None:
        return None
    date = _safe_date(published.year, month, day)
    if date is None or date > published:
        date = _safe_date(published.year - 1, month, day)
    return date


def _weekday(grammar: OccasionGrammar, name: str, qualifier: str | None, published: dt.date | None) -> dt.date | None:
    words = regex.sub(r"\s+", " ", qualifier.lower()) if qualifier else ""
    rule = grammar.weekday_qualifiers.get(words, "on_or_before")
    if rule == "future" or published is None:
        return None
    back = (published.weekday() - grammar.weekdays[name]) % 7
    if back == 0 and rule == "before":
        back = 7
    return shift_date(published, -back)


def _day(text: str) -> int:
    """The number of a day of the month, without the ordinal ending a language writes after it (14th)."""
    digits = _DIGITS.match(text)
    assert digits is not None, text
    return int(digits.group())


def _is_name(grammar: OccasionGrammar, text: str, match: regex.Match[str], window_start: int) -> bool:
    """A weekday or relative word inside a name (Ash Wednesday, the Sunday Times, the Today programme)."""
    before = _WORD_BEFORE.search(text, max(window_start, match.start() - 40), match.start())
    if match.group("weekday") is not None:
        if match.group("qualifier") is None and before is not None:
            word = before.group(1)
            if word[:1].isupper() and word not in grammar.weekday_leaders:
                return True
        after = _WORD_AFTER.match(text, match.end(), match.end() + 40)
        return after is not None and after.group(1) in grammar.weekday_name_parts
    if match.group("relative") is not None:
        if before is not None and before.group(1) in grammar.relative_name_leaders:
            return True
        # ``in today’s world`` is not a date; ``yesterday’s speech`` is.
        relative = match.group("relative").lower()
        return relative in grammar.possessive_relatives and grammar.possessive.match(text, match.end()) is not None
    return False


def _resolve(grammar: OccasionGrammar, match: regex.Match[str], published: dt.date | None) -> dt.date | None:
    """The day one match of the date pattern names, or ``None`` when it cannot be known."""
    if match.group("iso") is not None:
        return _safe_date(int(match.group("iso_y")), int(match.group("iso_m")), int(match.group("iso_d")))
    if match.group("month") is not None:
        month = grammar.months[match.group("month")]
        return _month_day(month, _day(match.group("day")), match.group("year"), published)
    if match.group("weekday") is not None:
        return _weekday(grammar, match.group("weekday"), match.group("qualifier"), published)
    if published is None:
        return None
    offset = grammar.relative_days[regex.sub(r"\s+", " ", match.group("relative").lower())]
    return shift_date(published, offset)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    n = len(text)
    start = min(max(start, 0), n)
    return start, min(max(end, start), n)


def find_dates(
    text: str, start: int, end: int, published: dt.date | None = None, *, lang: Language
) -> list[DateMention]:
    """Every date phrase in ``text[start:end]`` that names a day we can know, in text order.

    Offsets are into ``text``.  Phrases that cannot be resolved (a weekday without ``published``,
    ``next Tuesday``, February 30) are left out.

    >>> from quoteattr.lang import get_language
    >>> t = "Truss made a similar statement back on April 27 at an Easter banquet."
    >>> [(m.text, m.date.isoformat()) for m in find_dates(t, 0, len(t), dt.date(2022, 4, 29), lang=get_language("en"))]
    [('April 27', '2022-04-27')]
    >>> find_dates("He spoke on Ash Wednesday.", 0, 26, dt.date(2022, 4, 29), lang=get_language("en"))
    []
    """
    if not isinstance(text, str):
        raise InputError(f"find_dates() takes str, got {type(text).__name__}")
    return list(_dates(text, *_window(text, start, end), published, _grammar(lang)))


def _dates(
    text: str, start: int, end: int, published: dt.date | None, grammar: OccasionGrammar, *, keyed: bool = False
) -> Iterator[DateMention]:
    """:func:`find_dates` of a clamped window, one phrase at a time: :func:`find_date` stops at the first.

    ``keyed`` says the caller has already found a date key in the window (see
    :attr:`~quoteattr.lang.occasion_grammar.OccasionGrammar.date_keys`): no need to look again.
    Without ``published`` only a phrase with a year can be resolved (:func:`_resolve`): a window
    without a year is not searched.
    """
    if published is None and grammar.years is not None and grammar.years.search(text, start, end) is None:
        return
    if not keyed and grammar.date_keys.search(text, start, end) is None:
        return
    for match in grammar.date.finditer(text, start, end):
        # Resolved first: a phrase that names no day we can know (a weekday without the published
        # date, next Tuesday) is passed over without reading the words around it for a name.
        date = _resolve(grammar, match, published)
        if date is not None and not _is_name(grammar, text, match, start):
            yield DateMention(date, match.start(), match.end(), match.group())


def find_date(
    text: str, start: int, end: int, published: dt.date | None = None, *, lang: Language
) -> DateMention | None:
    """The first date phrase in ``text[start:end]`` that names a knowable day: when the words were said.

    Weekdays and relative words need ``published``; a month and day without a year takes its year
    from it.  Vague phrases (``last week``, ``in February``) and future ones (``next Tuesday``) give
    ``None``, never a guess.

    >>> from quoteattr.lang import get_language
    >>> t = "During a speech on the UK’s foreign policy on Wednesday, Truss said"
    >>> m = find_date(t, 0, len(t), dt.date(2022, 4, 29), lang=get_language("en"))
    >>> m.text, m.date
    ('Wednesday', datetime.date(2022, 4, 27))
    >>> find_date(t, 0, len(t), None, lang=get_language("en")) is None
    True
    """
    if not isinstance(text, str):
        raise InputError(f"find_date() takes str, got {type(text).__name__}")
    return next(_dates(text, *_window(text, start, end), published, _grammar(lang)), None)


def published_from_text(text: str, lang: Language) -> dt.date | None:
    """The publication date a text carries as a ``date YYYY-MM-DD`` line or token, if any.

    Some feeds put it inline, mid-paragraph, so it is searched for anywhere; the first valid one wins.

    >>> from quoteattr.lang import get_language
    >>> published_from_text("stay tuned to our Telegram channel date 2022-04-29 The North Atlantic", get_language("en"))
    datetime.date(2022, 4, 29)
    >>> published_from_text("no date here", get_language("en")) is None
    True
    """
    if not isinstance(text, str):
        raise InputError(f"published_from_text() takes str, got {type(text).__name__}")
    for match in _grammar(lang).published.finditer(text):
        date = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date is not None:
            return date
    return None
