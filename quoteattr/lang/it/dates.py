"""Italian month and weekday names, lower case as Italian writes them."""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
WEEKDAYS: tuple[str, ...] = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
# Relative days that place a statement in time: "ha detto ieri", "ha dichiarato oggi".
RELATIVE_DAYS: tuple[str, ...] = ("ieri", "oggi", "stamattina", "stasera", "stamani", "l'altro ieri", "l’altro ieri")
