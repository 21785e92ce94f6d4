"""Swedish: the words that tell Swedish apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    och att det som en är på för med av till den har inte om ett var men jag han hon sa säger också från kan ska
    """.split()
)

SCRIPTS: frozenset[str] = frozenset({"Latin"})
# Letters of the Swedish alphabet that English lacks; German shares ä and ö.
LETTERS = (
    "\N{LATIN SMALL LETTER A WITH RING ABOVE}\N{LATIN SMALL LETTER A WITH DIAERESIS}"
    "\N{LATIN SMALL LETTER O WITH DIAERESIS}"
)
OPENING_MARKS = "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"

if TYPE_CHECKING:
    from quoteattr.lang.language import Language


def __getattr__(name: str) -> Language:
    # The Language value compiles this folder's grammar: it is built on first use (``language.py``),
    # so that detection and the name tables, which read only the small tables here, stay cheap.
    if name == "LANGUAGE":
        from quoteattr.lang.sv.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
