"""Portuguese: the words that tell Portuguese apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    o os as que do da dos das em um uma para com não por mais como foi ao se sua seu também pelo pela são está
    disse segundo nos
    """.split()
)

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    dialogue_dash=True,
    opening_marks="\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)
