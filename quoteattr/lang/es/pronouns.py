"""Pronouns, determiners and group words that can stand as a Spanish speaker mention.

Spanish drops the subject pronoun (``«…», dijo.``): ``él``, ``ella``, ``ellos``, ``ellas`` appear
when they contrast or stress, so a speaker is more often a name or a description after the verb.
The pronouns carry natural gender for people (``él`` / ``ella``) and grammatical gender for groups
(``ellos`` / ``ellas``).  Compared in lower case.
"""

from __future__ import annotations

MASCULINE: frozenset[str] = frozenset({"él", "lo", "le"})
FEMININE: frozenset[str] = frozenset({"ella", "la"})
PLURAL: frozenset[str] = frozenset({"ellos", "ellas", "les", "nosotros", "nosotras"})
FIRST_PERSON: frozenset[str] = frozenset({"yo", "nosotros", "nosotras"})
PERSONAL: frozenset[str] = MASCULINE | FEMININE | PLURAL | FIRST_PERSON
# Subject pronouns: "«…», dijo ella", "Él aseguró que ...".
SUBJECT_PRONOUNS: tuple[str, ...] = ("él", "ella", "ellos", "ellas", "yo", "nosotros", "nosotras", "usted", "ustedes")
# Relative pronouns that open a clause about the speaker: "el ministro, quien dijo ...".
RELATIVE: tuple[str, ...] = ("quien", "quienes", "que", "el cual", "la cual")
DEMONSTRATIVE: tuple[str, ...] = ("este", "esta", "esto", "estos", "estas", "ese", "esa", "eso", "esos", "esas")

# Words that open a noun phrase: "el ministro", "una portavoz", "su abogado", "varios expertos".
DETERMINERS: tuple[str, ...] = (
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "unos",
    "unas",
    "su",
    "sus",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "esos",
    "esas",
    "aquel",
    "aquella",
    "otro",
    "otra",
    "otros",
    "otras",
    "varios",
    "varias",
    "algunos",
    "algunas",
    "muchos",
    "muchas",
    "nuestro",
    "nuestra",
)

# Plural nouns that speak as a group without a determiner: "fuentes del ministerio", "expertos consultados".
GROUP_NOUNS: tuple[str, ...] = (
    "fuentes",
    "expertos",
    "expertas",
    "analistas",
    "funcionarios",
    "autoridades",
    "vecinos",
    "testigos",
    "críticos",
    "manifestantes",
    "diputados",
    "senadores",
    "investigadores",
    "médicos",
    "sindicatos",
    "economistas",
    "residentes",
    "portavoces",
    "responsables",
    "organizadores",
)

# Shares of a group: "la mayoría de los encuestados", "muchos".
QUANTITY_WORDS: tuple[str, ...] = ("la mayoría", "muchos", "muchas", "pocos", "pocas", "algunos", "algunas", "todos")
