"""Titles and roles: what stands before a Portuguese name and what refers back to its bearer.

Portuguese writes titles in lower case (``o presidente Lula``, ``a ministra da Saúde``) and marks
gender on the noun or only on the article: ``o ministro`` / ``a ministra``, ``o porta-voz`` / ``a
porta-voz``.  :data:`TITLES_BY_GENDER` maps each masculine title to its feminine; a title the
same in both genders maps to itself.  Brazil and Portugal differ in some offices (``prefeito`` /
``presidente da câmara``); both are listed.  Honorifics are abbreviated and capitalised
(``Sr.``, ``Sra.``, ``Dr.``, ``Dra.``).
"""

from __future__ import annotations

TITLES_BY_GENDER: dict[str, str] = {
    "presidente": "presidente",
    "vice-presidente": "vice-presidente",
    "ministro": "ministra",
    "secretário": "secretária",
    "porta-voz": "porta-voz",
    "deputado": "deputada",
    "senador": "senadora",
    "prefeito": "prefeita",
    "autarca": "autarca",
    "vereador": "vereadora",
    "governador": "governadora",
    "diretor": "diretora",
    "embaixador": "embaixadora",
    "juiz": "juíza",
    "procurador": "procuradora",
    "advogado": "advogada",
    "líder": "líder",
    "chefe": "chefe",
    "candidato": "candidata",
    "comissário": "comissária",
    "rei": "rainha",
    "primeiro-ministro": "primeira-ministra",
    "especialista": "especialista",
    "analista": "analista",
    "economista": "economista",
    "investigador": "investigadora",
    "professor": "professora",
    "médico": "médica",
    "treinador": "treinadora",
    "general": "general",
    "coronel": "coronel",
    "sindicalista": "sindicalista",
    "jornalista": "jornalista",
    "vizinho": "vizinha",
    "testemunha": "testemunha",
}

HONORIFIC_GENDER: dict[str, str] = {"Sr.": "m", "Sra.": "f", "Dom": "m", "Dona": "f", "D.": "f"}
HONORIFICS: tuple[str, ...] = ("Sr.", "Sra.", "Dr.", "Dra.", "Dom", "Dona", "D.", "Prof.", "Profa.", "Eng.")

TITLES: frozenset[str] = frozenset(TITLES_BY_GENDER) | frozenset(TITLES_BY_GENDER.values())
FEMININE_TITLES: frozenset[str] = frozenset(TITLES_BY_GENDER.values()) - frozenset(TITLES_BY_GENDER)


def feminine(title: str) -> str | None:
    """The feminine of a masculine title, or None when ``title`` is no known masculine title.

    >>> feminine("ministro"), feminine("porta-voz")
    ('ministra', 'porta-voz')
    >>> feminine("ministra") is None
    True
    """
    return TITLES_BY_GENDER.get(title)
