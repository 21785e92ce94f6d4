"""French pronouns, determiners and the nouns that name groups of speakers.

A subject pronoun (``il``, ``elle``) is a speaker mention that coreference
resolves to a name; a determiner opens a description (``le ministre``,
``une porte-parole``); a group noun speaks for many (``les syndicats``).
Elided forms (``l'``, ``l’``) are written with both apostrophes.
"""

from __future__ import annotations

SUBJECT_PRONOUNS: tuple[str, ...] = ("il", "elle", "ils", "elles", "on")
# Pronouns of the speaker's own voice: "je", "nous", "vous" in a quote are nobody's attribution.
IMPERSONAL_PRONOUNS: tuple[str, ...] = ("je", "j'", "j’", "nous", "vous", "tu", "on", "ça", "cela")
OBJECT_PRONOUNS: tuple[str, ...] = ("lui", "leur", "le", "la", "les", "l'", "l’")
RELATIVE: tuple[str, ...] = ("qui", "lequel", "laquelle", "lesquels", "lesquelles")

DETERMINERS: tuple[str, ...] = (
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "un",
    "une",
    "des",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "notre",
    "nos",
    "votre",
    "vos",
    "plusieurs",
    "certains",
    "certaines",
    "aucun",
    "aucune",
)
# Determiners that end in an apostrophe join the next word with no space: "l'ancien ministre".
ELIDED_DETERMINERS: tuple[str, ...] = ("l'", "l’")

GROUP_NOUNS: tuple[str, ...] = (
    "les autorités",
    "les responsables",
    "les experts",
    "les analystes",
    "les syndicats",
    "les manifestants",
    "les enquêteurs",
    "les habitants",
    "les sondés",
    "les élus",
    "les députés",
    "les sénateurs",
    "les dirigeants",
    "les médecins",
    "les chercheurs",
    "des responsables",
    "des experts",
    "des témoins",
    "des sources",
)
QUANTITY_WORDS: tuple[str, ...] = ("la plupart", "la majorité", "une majorité", "beaucoup", "certains", "plusieurs")
