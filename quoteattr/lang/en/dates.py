"""Date words: month and weekday names, and the relative words a news text dates its quotes with.

Compared case-sensitively as written here (``May`` the month, not ``may`` the verb), except that a
relative word may also start a sentence with a capital (``Yesterday``, ``Last night``).  Only words that
name one day are listed: ``last week``, ``recently`` and ``in February`` are too vague to date an
utterance and are left out on purpose, so they are never matched and never guessed.
"""

from __future__ import annotations

from quoteattr.lang.occasion_grammar import WeekdayRule

# Month names and their news abbreviations (AP style writes ``Jan.``, ``Sept.``), with the month's number.
MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan.": 1,
    "Feb.": 2,
    "Mar.": 3,
    "Apr.": 4,
    "Jun.": 6,
    "Jul.": 7,
    "Aug.": 8,
    "Sep.": 9,
    "Sept.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
    "Jan": 1,
    "Feb": 2,
    "Apr": 4,
    "Aug": 8,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

# Weekday names with ``datetime.date.weekday()`` numbers (Monday is 0).
WEEKDAYS: dict[str, int] = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}

# Words before a weekday and what they make it mean, relative to the published date:
#   "on_or_before": the most recent such weekday on or before it (``on Wednesday``, ``this Wednesday``);
#   "before": the most recent one strictly before it (``last Wednesday`` in a text published on a
#             Wednesday is the week before);
#   "future": not a date an utterance can have (``next Tuesday``): matched so that it is skipped.
WEEKDAY_QUALIFIERS: dict[str, WeekdayRule] = {
    "on": "on_or_before",
    "this": "on_or_before",
    "this past": "before",
    "last": "before",
    "past": "before",
    "next": "future",
    "coming": "future",
    "this coming": "future",
}

# Capitalised words that may stand right before a weekday name.  Any other capitalised word makes the
# weekday part of a name: Ash Wednesday, Good Friday, Bloody Sunday, ``Fox News Sunday``.
WEEKDAY_LEADERS: frozenset[str] = frozenset(
    """
    On Last This Past Next Since By Until Till From Early Late Before After Through Coming
    In At During And But Or So Then Also Only Even As For Of That Which When Every Each The A
    """.split()
)

# Names a weekday may start: ``the Sunday Times``, ``Monday Night Football``.  A weekday followed by
# one of these is not a date.
WEEKDAY_NAME_PARTS: frozenset[str] = frozenset(
    "Times Telegraph Mirror Express Post Herald Mail Star Night Morning Bloody Sermon Service".split()
)

# Parts of a day that may follow a weekday without changing its date: ``Wednesday evening``.
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

# Relative words naming one day, with its offset in days from the published date.  Longest first is
# not needed: the finder sorts them.
RELATIVE_DAYS: dict[str, int] = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "late yesterday": -1,
    "earlier yesterday": -1,
    "last night": -1,
    "today": 0,
    "earlier today": 0,
    "this morning": 0,
    "earlier this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
}

# Words after which a relative word is a name, not a date: ``the Today programme``.
RELATIVE_NAME_LEADERS: frozenset[str] = frozenset({"the", "The"})

# The line or token that carries a document's publication date: ``date 2022-04-29`` (also ``Date:``).
PUBLISHED_LABELS: tuple[str, ...] = ("date", "published", "publication date", "dateline")

# Centuries of the years accepted in an explicit date: a four-digit number starting with one of these
# (``May 14 1500 soldiers`` has no year).
YEAR_CENTURIES: tuple[str, ...] = ("19", "20")
