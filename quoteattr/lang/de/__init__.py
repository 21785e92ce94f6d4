"""German: the words that tell German apart, and the word tables of its attribution grammar.

One table per file, as in the English folder: ``cues.py`` (verbs of saying and
believing with their German inflection, separable verbs, prepositional cues,
the subjunctive of reported speech), ``pronouns.py``, ``titles.py``,
``words.py`` (what tells a name from a capitalised common noun), ``venues.py``,
``dates.py`` and ``abbreviations.py``.  ``grammar.py`` composes them into
pattern fragments and ``attribution.py`` builds the attribution grammar from those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr.lang.de.words import FUNCTION_WORDS as FUNCTION_WORDS

# More frequent German words, read by language detection only (the attribution grammar keeps
# FUNCTION_WORDS): a short sentence such as "Dabei wurden 47 Menschen verletzt." holds none of
# those, and "die", "in", "an" are Dutch or English words as well.  None is a word of English,
# Dutch or Swedish news ("war", "man", "will", "waren", "hier", "um" are left out for that reason)
# but "als", frequent in both German and Dutch, which Dutch outweighs with "de", "het", "een", "van".
DETECTION_WORDS: frozenset[str] = frozenset(
    """
    sind wurden hatte hatten seien ihre ihrem ihren seine seiner seinem seinen sein einem einer eines diese
    dieser dieses diesem diesen bereits sowie durch über unter gegen zwischen vor ohne keine kein keinen wieder
    jedoch dabei damit nun wir ich mehr wenn weil soll sollen sollte kann können konnte muss müssen wollte
    jahr jahre jahren uhr gestern heute sehr immer schon seit bis vom beim nach gibt erklärte teilte als selbst
    """.split()
)

SCRIPTS: frozenset[str] = frozenset({"Latin"})
# Letters of the German alphabet that English and Dutch lack; Swedish shares ä and ö.
LETTERS = (
    "\N{LATIN SMALL LETTER SHARP S}\N{LATIN SMALL LETTER U WITH DIAERESIS}"
    "\N{LATIN SMALL LETTER A WITH DIAERESIS}\N{LATIN SMALL LETTER O WITH DIAERESIS}"
)
OPENING_MARKS = "\N{DOUBLE LOW-9 QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"

if TYPE_CHECKING:
    from quoteattr.lang.language import Language


def __getattr__(name: str) -> Language:
    # The Language value compiles this folder's grammar: it is built on first use (``language.py``),
    # so that detection and the name tables, which read only the small tables here, stay cheap.
    if name == "LANGUAGE":
        from quoteattr.lang.de.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
