"""Japanese: the words that tell Japanese apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

FUNCTION_WORDS: frozenset[str] = frozenset(
    # Japanese writes no spaces between words: its kana tell it apart (see detect.py).
    ()
)

SCRIPTS: frozenset[str] = frozenset({"Han", "Hiragana", "Katakana"})
OPENING_MARKS = "\N{LEFT CORNER BRACKET}\N{LEFT WHITE CORNER BRACKET}"

if TYPE_CHECKING:
    from quoteattr.lang.language import Language


def __getattr__(name: str) -> Language:
    # The Language value compiles this folder's grammar: it is built on first use (``language.py``),
    # so that detection and the name tables, which read only the small tables here, stay cheap.
    if name == "LANGUAGE":
        from quoteattr.lang.ja.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
