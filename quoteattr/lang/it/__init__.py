"""Italian: the words that tell Italian apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    il lo la gli le di che è una per con non del della dei nel sono alla anche più ha ma come questo essere
    stato secondo detto delle degli
    """.split()
)

LANGUAGE = Language(
    code="it",
    name="Italian",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    dialogue_dash=True,
    opening_marks="\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}",
)
