"""Date words: German month and weekday names and the relative words that date an utterance.

Compared case-sensitively as written (``Morgen`` the noun, ``morgen`` tomorrow), except that a
relative word may open a sentence with a capital (``Gestern sagte ...``).  German writes the day
before the month with a full stop (``am 3. Mai``), so a number with a full stop before a month
is a day, not the end of a sentence.  Austria writes ``Jänner`` for January.  Only words naming
one day are listed, as in the English table: ``vergangene Woche`` is too vague to date a quote.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "Januar": 1,
    "Jänner": 1,
    "Februar": 2,
    "Feber": 2,
    "März": 3,
    "April": 4,
    "Mai": 5,
    "Juni": 6,
    "Juli": 7,
    "August": 8,
    "September": 9,
    "Oktober": 10,
    "November": 11,
    "Dezember": 12,
    "Jan.": 1,
    "Feb.": 2,
    "Febr.": 2,
    "Mrz.": 3,
    "Apr.": 4,
    "Jun.": 6,
    "Jul.": 7,
    "Aug.": 8,
    "Sep.": 9,
    "Sept.": 9,
    "Okt.": 10,
    "Nov.": 11,
    "Dez.": 12,
}

# Weekday names with ``datetime.date.weekday()`` numbers (Montag is 0).  ``Sonnabend`` is the
# northern German Saturday.
WEEKDAYS: dict[str, int] = {
    "Montag": 0,
    "Dienstag": 1,
    "Mittwoch": 2,
    "Donnerstag": 3,
    "Freitag": 4,
    "Samstag": 5,
    "Sonnabend": 5,
    "Sonntag": 6,
}

# Words before a weekday and what they make it mean relative to the published date, as in English:
# ``am Montag`` is the most recent Monday on or before it, ``vergangenen Montag`` strictly before,
# ``kommenden Montag`` a future date an utterance cannot have.
WEEKDAY_QUALIFIERS: dict[str, str] = {
    "am": "on_or_before",
    "an diesem": "on_or_before",
    "diesen": "on_or_before",
    "vergangenen": "before",
    "letzten": "before",
    "am vergangenen": "before",
    "am letzten": "before",
    "vorigen": "before",
    "kommenden": "future",
    "nächsten": "future",
    "am kommenden": "future",
    "am nächsten": "future",
}

# Parts of the day written after a weekday (``am Montagabend`` is one word in German, ``Montag
# Abend`` the old spelling) or after a relative word (``gestern Abend``).
DAY_PARTS: tuple[str, ...] = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")

# Relative words naming one day, with their offset in days from the published date.
RELATIVE_DAYS: dict[str, int] = {
    "vorgestern": -2,
    "gestern": -1,
    "gestern Morgen": -1,
    "gestern Vormittag": -1,
    "gestern Nachmittag": -1,
    "gestern Abend": -1,
    "gestern Nacht": -1,
    "in der Nacht": -1,
    "heute": 0,
    "heute Morgen": 0,
    "heute früh": 0,
    "heute Vormittag": 0,
    "heute Mittag": 0,
    "heute Nachmittag": 0,
    "heute Abend": 0,
    "am heutigen Tag": 0,
    "morgen": 1,
}

# Labels of the line that carries a document's publication date.
PUBLISHED_LABELS: tuple[str, ...] = ("datum", "veröffentlicht", "stand")

# Centuries of the years accepted in an explicit date (``am 3. Mai 2021``).
YEAR_CENTURIES: tuple[str, ...] = ("19", "20")
