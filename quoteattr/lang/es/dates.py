"""Date words: Spanish month and weekday names and the relative words that date an utterance.

Spanish writes months and weekdays in lower case (``el lunes 3 de mayo``), so they are compared
in lower case; at the start of a sentence they are capitalised.  Only words naming one day are
listed as relative days: ``la semana pasada`` is too vague to date a quote.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}

WEEKDAYS: dict[str, int] = {
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "domingo": 6,
}

# Days counted from the day of publication: "ayer" is one day before.
RELATIVE_DAYS: dict[str, int] = {"hoy": 0, "ayer": -1, "anteayer": -2, "anoche": -1, "mañana": 1}
