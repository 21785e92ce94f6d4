"""Swedish: the words that tell Swedish apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    och att det som en är på för med av till den har inte om ett var men jag han hon sa säger också från kan ska
    """.split()
)

LANGUAGE = Language(
    code="sv",
    name="Swedish",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    opening_marks="\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)
