"""Date words: Portuguese month and weekday names and the relative words that date an utterance.

Portuguese writes months and weekdays in lower case (``na segunda-feira, 3 de maio``); weekdays
two to six are ordinals with ``-feira``, often dropped in speech (``na segunda``), so both are
listed.  Only words naming one day are relative days: ``na semana passada`` is too vague to date a
quote.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "abril": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
}

WEEKDAYS: dict[str, int] = {
    "segunda-feira": 0,
    "segunda": 0,
    "terça-feira": 1,
    "terça": 1,
    "quarta-feira": 2,
    "quarta": 2,
    "quinta-feira": 3,
    "quinta": 3,
    "sexta-feira": 4,
    "sexta": 4,
    "sábado": 5,
    "domingo": 6,
}

# Days counted from the day of publication: "ontem" is one day before.
RELATIVE_DAYS: dict[str, int] = {"hoje": 0, "ontem": -1, "anteontem": -2, "amanhã": 1}
