"""Italian pronouns, determiners and the nouns that name groups of speakers.

Italian drops the subject pronoun before a verb; it is written for contrast or
after an inverted cue (``ha detto lei``), where it is a speaker mention that
coreference resolves.  A determiner opens a description (``il ministro``,
``la portavoce``, ``l'ex premier``).  Elided forms are written with both apostrophes.
"""

from __future__ import annotations

SUBJECT_PRONOUNS: tuple[str, ...] = ("lui", "lei", "loro", "egli", "ella", "essi", "esse")
RELATIVE: tuple[str, ...] = ("che", "il quale", "la quale", "i quali", "le quali")

DETERMINERS: tuple[str, ...] = (
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "l'",
    "l’",
    "un",
    "uno",
    "una",
    "un'",
    "un’",
    "suo",
    "sua",
    "suoi",
    "sue",
    "questo",
    "questa",
    "quel",
    "quella",
    "alcuni",
    "alcune",
    "molti",
    "molte",
)
# Determiners that end in an apostrophe join the next word with no space: "l'ex premier".
ELIDED_DETERMINERS: tuple[str, ...] = ("l'", "l’", "un'", "un’")

GROUP_NOUNS: tuple[str, ...] = (
    "le autorità",
    "i responsabili",
    "gli esperti",
    "gli analisti",
    "i sindacati",
    "i manifestanti",
    "gli inquirenti",
    "gli investigatori",
    "i residenti",
    "gli abitanti",
    "i deputati",
    "i senatori",
    "i medici",
    "i ricercatori",
    "fonti",
    "fonti vicine",
)
QUANTITY_WORDS: tuple[str, ...] = ("la maggior parte", "la maggioranza", "molti", "alcuni")
