"""French: the words that tell French apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    le la les et est une des du pour dans qui que sur pas au aux avec ce cette il elle ils sont été mais plus
    ses son leur nous vous selon était ont lui y a-t-il
    """.split()
)

LANGUAGE = Language(
    code="fr",
    name="French",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    dialogue_dash=True,
    opening_marks="\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)
