"""Russian titles and roles written before a name or standing for a person: ``министр``, ``пресс-секретарь``.

Russian writes titles in lower case before the name (``министр иностранных дел
России Сергей Лавров``).  Each role is listed in the nominative, masculine and,
where the language has one in news use, feminine (``представитель`` /
``представительница``); many roles (``министр``, ``глава``, ``посол``) serve both
genders.  :func:`genitive` derives the genitive that follows ``по словам`` and
``по мнению`` (``по словам министра``, ``по мнению главы``).
"""

from __future__ import annotations

TITLES: tuple[str, ...] = (
    "министр",
    "замминистра",
    "глава",
    "президент",
    "премьер-министр",
    "премьер",
    "вице-премьер",
    "пресс-секретарь",
    "представитель",
    "представительница",
    "официальный представитель",
    "спикер",
    "депутат",
    "сенатор",
    "губернатор",
    "мэр",
    "директор",
    "директриса",
    "председатель",
    "посол",
    "генсек",
    "генеральный секретарь",
    "советник",
    "советница",
    "помощник",
    "помощница",
    "руководитель",
    "руководительница",
    "начальник",
    "командующий",
    "эксперт",
    "аналитик",
    "политолог",
    "экономист",
    "профессор",
    "журналист",
    "журналистка",
    "корреспондент",
    "корреспондентка",
    "лидер",
    "основатель",
    "основательница",
    "адвокат",
    "юрист",
    "прокурор",
    "судья",
    "врач",
    "учитель",
    "учительница",
    "тренер",
    "канцлер",
    "госсекретарь",
    "сотрудник",
    "сотрудница",
    "источник",
    "собеседник",
    "собеседница",
    "житель",
    "жительница",
    "очевидец",
    "вице-президент",
    "зампред",
    "заместитель",
    "заместительница",
)

# Genitive endings the rule gets wrong: nouns with a fleeting vowel or an invariable form.
IRREGULAR_GENITIVE: dict[str, str] = {
    "посол": "посла",
    "очевидец": "очевидца",
    "замминистра": "замминистра",
    "судья": "судьи",
    "командующий": "командующего",
}


def genitive(title: str) -> str:
    """The genitive singular of a title noun, which follows ``по словам``; adjectives before it agree.

    >>> genitive("министр"), genitive("глава"), genitive("пресс-секретарь"), genitive("посол")
    ('министра', 'главы', 'пресс-секретаря', 'посла')
    >>> genitive("официальный представитель")
    'официального представителя'
    >>> genitive("министр") == "министр"
    False
    """
    if " " in title:
        adjective, noun = title.rsplit(" ", 1)
        return " ".join([*(_adjective_genitive(word) for word in adjective.split()), genitive(noun)])
    if title in IRREGULAR_GENITIVE:
        return IRREGULAR_GENITIVE[title]
    if title.endswith("ь"):
        return title[:-1] + "я"
    if title.endswith("а"):
        return title[:-1] + ("и" if title[-2] in "гкхжшчщ" else "ы")
    if title.endswith("я"):
        return title[:-1] + "и"
    return title + "а"


def _adjective_genitive(word: str) -> str:
    if word.endswith(("ый", "ой")):
        return word[:-2] + "ого"
    if word.endswith("ий"):
        return word[:-2] + ("его" if word[-3] in "нжшчщ" else "ого")
    return word
