"""French month and weekday names, lower case as French writes them."""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Relative days that place a statement in time: "a déclaré mardi", "a dit hier".
RELATIVE_DAYS: tuple[str, ...] = ("hier", "aujourd'hui", "aujourd’hui", "avant-hier", "ce matin", "ce soir")
