"""Dutch: the words that tell Dutch apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    de het een en van in is dat op te zijn voor met niet aan er die ook als door maar bij werd wordt zei heeft
    """.split()
)

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    opening_marks="\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}",
)
