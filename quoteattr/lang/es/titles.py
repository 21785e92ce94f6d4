"""Titles and roles: what stands before a Spanish name and what refers back to its bearer.

Spanish writes titles in lower case (``el presidente Pedro Sánchez``, ``la ministra de Hacienda``)
and marks gender on the noun or only on the article: ``el presidente`` / ``la presidenta``,
``el portavoz`` / ``la portavoz``.  :data:`TITLES_BY_GENDER` maps each masculine title to its
feminine; a title the same in both genders maps to itself.  Honorifics are abbreviated and
capitalised (``Sr.``, ``Sra.``, ``Dr.``, ``Dra.``).
"""

from __future__ import annotations

TITLES_BY_GENDER: dict[str, str] = {
    "presidente": "presidenta",
    "vicepresidente": "vicepresidenta",
    "ministro": "ministra",
    "secretario": "secretaria",
    "portavoz": "portavoz",
    "diputado": "diputada",
    "senador": "senadora",
    "alcalde": "alcaldesa",
    "concejal": "concejala",
    "gobernador": "gobernadora",
    "director": "directora",
    "consejero": "consejera",
    "embajador": "embajadora",
    "juez": "jueza",
    "fiscal": "fiscal",
    "abogado": "abogada",
    "líder": "líder",
    "jefe": "jefa",
    "candidato": "candidata",
    "delegado": "delegada",
    "comisario": "comisaria",
    "rey": "reina",
    "príncipe": "princesa",
    "canciller": "canciller",
    "primer ministro": "primera ministra",
    "experto": "experta",
    "analista": "analista",
    "economista": "economista",
    "investigador": "investigadora",
    "profesor": "profesora",
    "médico": "médica",
    "entrenador": "entrenadora",
    "capitán": "capitana",
    "general": "general",
    "coronel": "coronel",
    "sindicalista": "sindicalista",
    "periodista": "periodista",
    "vecino": "vecina",
    "testigo": "testigo",
}

HONORIFIC_GENDER: dict[str, str] = {
    "Sr.": "m",
    "Sra.": "f",
    "Srta.": "f",
    "Don": "m",
    "Doña": "f",
    "D.": "m",
    "Dña.": "f",
}
HONORIFICS: tuple[str, ...] = ("Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Don", "Doña", "D.", "Dña.", "Lic.", "Ing.")

TITLES: frozenset[str] = frozenset(TITLES_BY_GENDER) | frozenset(TITLES_BY_GENDER.values())
FEMININE_TITLES: frozenset[str] = frozenset(TITLES_BY_GENDER.values()) - frozenset(TITLES_BY_GENDER)


def feminine(title: str) -> str | None:
    """The feminine of a masculine title, or None when ``title`` is no known masculine title.

    >>> feminine("ministro"), feminine("portavoz")
    ('ministra', 'portavoz')
    >>> feminine("ministra") is None
    True
    """
    return TITLES_BY_GENDER.get(title)
