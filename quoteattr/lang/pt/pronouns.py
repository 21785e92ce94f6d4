"""Pronouns, determiners and group words that can stand as a Portuguese speaker mention.

Portuguese, like Spanish, often drops the subject pronoun (``“…”, acrescentou.``); ``ele``,
``ela``, ``eles``, ``elas`` appear to contrast or stress.  They carry natural gender for people
and grammatical gender for groups.  Compared in lower case.
"""

from __future__ import annotations

MASCULINE: frozenset[str] = frozenset({"ele", "o", "lhe"})
FEMININE: frozenset[str] = frozenset({"ela", "a"})
PLURAL: frozenset[str] = frozenset({"eles", "elas", "lhes", "nós"})
FIRST_PERSON: frozenset[str] = frozenset({"eu", "nós"})
PERSONAL: frozenset[str] = MASCULINE | FEMININE | PLURAL | FIRST_PERSON
# Subject pronouns: "“…”, disse ela", "Ele garantiu que ...".
SUBJECT_PRONOUNS: tuple[str, ...] = ("ele", "ela", "eles", "elas", "eu", "nós", "você", "vocês")
# Relative pronouns that open a clause about the speaker: "o ministro, que disse ...".
RELATIVE: tuple[str, ...] = ("quem", "que", "o qual", "a qual", "os quais", "as quais")
DEMONSTRATIVE: tuple[str, ...] = ("este", "esta", "isto", "estes", "estas", "esse", "essa", "isso", "esses", "essas")

# Words that open a noun phrase: "o ministro", "uma porta-voz", "seu advogado", "vários especialistas".
DETERMINERS: tuple[str, ...] = (
    "o",
    "a",
    "os",
    "as",
    "um",
    "uma",
    "uns",
    "umas",
    "seu",
    "sua",
    "seus",
    "suas",
    "este",
    "esta",
    "estes",
    "estas",
    "esse",
    "essa",
    "esses",
    "essas",
    "aquele",
    "aquela",
    "outro",
    "outra",
    "outros",
    "outras",
    "vários",
    "várias",
    "alguns",
    "algumas",
    "muitos",
    "muitas",
    "nosso",
    "nossa",
)

# Plural nouns that speak as a group without a determiner: "fontes do ministério", "especialistas ouvidos".
GROUP_NOUNS: tuple[str, ...] = (
    "fontes",
    "especialistas",
    "analistas",
    "responsáveis",
    "autoridades",
    "moradores",
    "testemunhas",
    "críticos",
    "manifestantes",
    "deputados",
    "senadores",
    "investigadores",
    "médicos",
    "sindicatos",
    "economistas",
    "residentes",
    "porta-vozes",
    "organizadores",
)
