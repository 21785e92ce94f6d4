"""Russian words around names: the :class:`NameTables` this folder adds to the union every language shares.

A Russian speaker is printed with a lower-case title and its genitive complement
before the name (``министр иностранных дел России Сергей Лавров``,
``пресс-секретарь Кремля Дмитрий Песков``); these words are title words, so the
name left is ``Сергей Лавров``, which meets ``Sergei Lavrov`` by transliteration.
"""

from __future__ import annotations

from quoteattr.lang.name_tables import NameTables
from quoteattr.lang.ru.pronouns import SUBJECT_PRONOUNS
from quoteattr.lang.ru.titles import TITLES, genitive

# Words that complete a title: ministries, bodies and the places they serve, in the genitive.
TITLE_COMPLEMENTS: frozenset[str] = frozenset(
    """
    иностранных внутренних дел мид кремля госдумы думы совета федерации правительства администрации
    министерства ведомства компании партии штаба москвы области края города республики бывший бывшая
    """.split()
)

# Country names as Russian news writes them in a title, nominative and genitive, with the English name.
COUNTRIES: dict[str, str] = {
    "Россия": "Russia",
    "России": "Russia",
    "Украина": "Ukraine",
    "Украины": "Ukraine",
    "США": "United States",
    "Германия": "Germany",
    "Германии": "Germany",
    "Франция": "France",
    "Франции": "France",
    "Китай": "China",
    "Китая": "China",
    "Белоруссии": "Belarus",
    "Белоруссия": "Belarus",
    "Турции": "Turkey",
    "Турция": "Turkey",
}

NAMES = NameTables(
    titles=frozenset(TITLES) | frozenset(genitive(title) for title in TITLES),
    title_words_extra=TITLE_COMPLEMENTS,
    country_aliases=COUNTRIES,
    pronouns=frozenset(SUBJECT_PRONOUNS),
)
