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

SCRIPTS: frozenset[str] = frozenset({"Latin"})
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
