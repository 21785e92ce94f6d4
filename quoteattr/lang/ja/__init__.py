"""Japanese: the words that tell Japanese apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    # Japanese writes no spaces between words: its kana tell it apart (see detect.py).
    ()
)

LANGUAGE = Language(
    code="ja",
    name="Japanese",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Han", "Hiragana", "Katakana"}),
    opening_marks="\N{LEFT CORNER BRACKET}\N{LEFT WHITE CORNER BRACKET}",
)
