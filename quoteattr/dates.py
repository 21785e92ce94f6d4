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
resolved is skipped: the answer is ``None`` rather than a guess.  The table of words lives in
:mod:`quoteattr.lang.en.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from quoteattr.lang.en.dates import (
    DAY_PARTS,
    MONTHS,
    PUBLISHED_LABELS,
    RELATIVE_DAYS,
    RELATIVE_NAME_LEADERS,
    WEEKDAY_LEADERS,
    WEEKDAY_NAME_PARTS,
    WEEKDAY_QUALIFIERS,
    WEEKDAYS,
    YEAR_CENTURIES,
)

__all__ = ["DateMention", "find_date", "find_dates", "published_from_text"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase in the text and the day it names: ``text == document[start:end]``."""

    date: dt.date
    start: int
    end: int
    text: str


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so ``Sept.`` wins over ``Sept`` and ``yesterday morning`` over ``yesterday``; a space
    # in a table entry matches any run of spaces or a line break.
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in items)


def _capitalised_variants(words: Iterable[str]) -> list[str]:
    # A relative word may start a sentence: ``Yesterday``, ``Last night``, ``The day before yesterday``.
    out: list[str] = []
    for w in words:
        out.extend((w, w[0].upper() + w[1:]))
    return out


def _build_date_pattern() -> regex.Pattern[str]:
    month = f"(?:{_alternation(MONTHS)})"
    weekday = f"(?:{_alternation(WEEKDAYS)})"
    # A day of the month: one or two digits, an optional ordinal suffix, not part of a longer number.
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}])"
    # A range's second day (``June 29-30``), reported as part of the phrase; the date is the first day.
    day_range = r"(?:\s*[-\N{EN DASH}]\s*(?:[12]\d|3[01]|0?[1-9])(?![\p{L}\p{N}]))?"
    digits = rf"(?:{'|'.join(YEAR_CENTURIES)})\d\d"
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


def _build_published_pattern() -> regex.Pattern[str]:
    labels = _alternation(PUBLISHED_LABELS)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?i:{labels}):?\s+(\d{{4}})-(\d\d)-(\d\d)(?![\p{{N}}])",
    )


def _build_key_pattern() -> re.Pattern[str]:
    # A word every date phrase contains: a digit, a month or weekday name, or the longest word of a
    # relative phrase (``yesterday``, ``night``).  Qualifiers need a weekday, so they are not keys.
    # The standard library's engine finds this plain alternation about twice as fast as ``regex``,
    # and it runs on every window: most hold no date and are answered by this one search.
    relative = {max(phrase.split(), key=len) for phrase in RELATIVE_DAYS}
    words = [*MONTHS, *WEEKDAYS, *_capitalised_variants(relative)]
    return re.compile(rf"\d|\b(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})")


_DATE = _build_date_pattern()
_DATE_KEYS = _build_key_pattern()
_PUBLISHED = _build_published_pattern()
_MONTH_NUMBER = MONTHS
_RELATIVE_OFFSET = {k.lower(): v for k, v in RELATIVE_DAYS.items()}
_QUALIFIER = {k.lower(): v for k, v in WEEKDAY_QUALIFIERS.items()}
_WORD_BEFORE = regex.compile(r"([\p{L}\p{N}]+)[^\S\n]+\Z")
_WORD_AFTER = regex.compile(r"[^\S\n]+([\p{L}\p{N}]+)")
_POSSESSIVE = regex.compile(r"['\N{RIGHT SINGLE QUOTATION MARK}]s(?![\p{L}])")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # February 30, or a year out of range
        return None


def _month_day(month: int, day: int, year: str | None, published: dt.date | None) -> dt.date | None:
    if year is not None:
        return _safe_date(int(year), month, day)
    if published is None:
        return None
    date = _safe_date(published.year, month, day)
    if date is None or date > published:
        date = _safe_date(published.year - 1, month, day)
    return date


def _weekday(name: str, qualifier: str | None, published: dt.date | None) -> dt.date | None:
    rule = _QUALIFIER.get(regex.sub(r"\s+", " ", qualifier.lower()), "on_or_before") if qualifier else "on_or_before"
    if rule == "future" or published is None:
        return None
    back = (published.weekday() - WEEKDAYS[name]) % 7
    if back == 0 and rule == "before":
        back = 7
    return published - dt.timedelta(days=back)


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _is_name(text: str, match: regex.Match[str], window_start: int) -> bool:
    """A weekday or relative word inside a name (Ash Wednesday, the Sunday Times, the Today programme)."""
    before = _WORD_BEFORE.search(text, max(window_start, match.start() - 40), match.start())
    if match.group("weekday") is not None:
        if match.group("qualifier") is None and before is not None:
            word = before.group(1)
            if word[:1].isupper() and word not in WEEKDAY_LEADERS:
                return True
        after = _WORD_AFTER.match(text, match.end(), match.end() + 40)
        return after is not None and after.group(1) in WEEKDAY_NAME_PARTS
    if match.group("relative") is not None:
        if before is not None and before.group(1) in RELATIVE_NAME_LEADERS:
            return True
        # ``in today’s world`` is not a date; ``yesterday’s speech`` is.
        return match.group("relative").lower() == "today" and _POSSESSIVE.match(text, match.end()) is not None
    return False


def _resolve(match: regex.Match[str], published: dt.date | None) -> dt.date | None:
    """The day one match of the date pattern names, or ``None`` when it cannot be known."""
    if match.group("iso") is not None:
        return _safe_date(int(match.group("iso_y")), int(match.group("iso_m")), int(match.group("iso_d")))
    if match.group("month") is not None:
        month = _MONTH_NUMBER[match.group("month")]
        return _month_day(month, _day(match.group("day")), match.group("year"), published)
    if match.group("weekday") is not None:
        return _weekday(match.group("weekday"), match.group("qualifier"), published)
    if published is None:
        return None
    offset = _RELATIVE_OFFSET[regex.sub(r"\s+", " ", match.group("relative").lower())]
    return published + dt.timedelta(days=offset)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    n = len(text)
    start = min(max(start, 0), n)
    return start, min(max(end, start), n)


def find_dates(text: str, start: int, end: int, published: dt.date | None = None) -> list[DateMention]:
    """Every date phrase in ``text[start:end]`` that names a day we can know, in text order.

    Offsets are into ``text``.  Phrases that cannot be resolved (a weekday without ``published``,
    ``next Tuesday``, February 30) are left out.

    >>> t = "Truss made a similar statement back on April 27 at an Easter banquet."
    >>> [(m.text, m.date.isoformat()) for m in find_dates(t, 0, len(t), dt.date(2022, 4, 29))]
    [('April 27', '2022-04-27')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes str, got {type(text).__name__}")
    start, end = _window(text, start, end)
    found: list[DateMention] = []
    if _DATE_KEYS.search(text, start, end) is None:
        return found
    for match in _DATE.finditer(text, start, end):
        if _is_name(text, match, start):
            continue
        date = _resolve(match, published)
        if date is not None:
            found.append(DateMention(date, match.start(), match.end(), match.group()))
    return found


def find_date(text: str, start: int, end: int, published: dt.date | None = None) -> DateMention | None:
    """The first date phrase in ``text[start:end]`` that names a knowable day: when the words were said.

    Weekdays and relative words need ``published``; a month and day without a year takes its year
    from it.  Vague phrases (``last week``, ``in February``) and future ones (``next Tuesday``) give
    ``None``, never a guess.

    >>> t = "During a speech on the UK’s foreign policy on Wednesday, Truss said"
    >>> m = find_date(t, 0, len(t), dt.date(2022, 4, 29))
    >>> m.text, m.date
    ('Wednesday', datetime.date(2022, 4, 27))
    >>> find_date(t, 0, len(t), None) is None
    True
    """
    dates = find_dates(text, start, end, published)
    return dates[0] if dates else None


def published_from_text(text: str) -> dt.date | None:
    """The publication date a text carries as a ``date YYYY-MM-DD`` line or token, if any.

    Some feeds put it inline, mid-paragraph, so it is searched for anywhere; the first valid one wins.

    >>> published_from_text("stay tuned to our Telegram channel date 2022-04-29 The North Atlantic")
    datetime.date(2022, 4, 29)
    >>> published_from_text("no date here") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"published_from_text() takes str, got {type(text).__name__}")
    for match in _PUBLISHED.finditer(text):
        date = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if date is not None:
            return date
    return None
