"""Russian abbreviations whose full stop ends no sentence: ``т. е.``, ``г.``, ``млн.``, initials aside.

Lower case, with the full stop, as the sentence splitter compares them.
"""

from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    г. гг. т. е. д. п. др. пр. см. ср. напр. им. ул. пр-т. пл. обл. р-н. руб. коп. млн. млрд. тыс. долл.
    св. проф. акад. доц. ген. ст. мл. стр. рис. тел. вв. н. э.
    """.split()
)
