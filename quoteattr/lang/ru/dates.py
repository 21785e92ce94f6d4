"""Russian months and weekdays: the words of a date (``в понедельник``, ``12 марта``).

Months are listed in the nominative and the genitive, which a day number takes
(``12 марта``); weekdays in the nominative and the accusative after ``в``
(``в среду``).
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    **{
        name: number
        for number, name in enumerate(
            "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(), 1
        )
    },
    **{
        name: number
        for number, name in enumerate(
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(), 1
        )
    },
}

WEEKDAYS: dict[str, int] = {
    **{
        name: number
        for number, name in enumerate("понедельник вторник среда четверг пятница суббота воскресенье".split())
    },
    **{
        name: number
        for number, name in enumerate("понедельник вторник среду четверг пятницу субботу воскресенье".split())
    },
}

# Relative days: «…», — сказал он в пятницу / вчера.
RELATIVE_DAYS: tuple[str, ...] = ("вчера", "сегодня", "позавчера", "накануне", "утром", "вечером", "днём", "днем")
