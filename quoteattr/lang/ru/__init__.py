"""Russian: the words that tell Russian apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    и в не на что с по как это он она они к из за от для но его так был было все также сказал заявил её их уже
    """.split()
)

LANGUAGE = Language(
    code="ru",
    name="Russian",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Cyrillic"}),
    dialogue_dash=True,
    opening_marks="\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}",
)
