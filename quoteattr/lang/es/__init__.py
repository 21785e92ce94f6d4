"""Spanish: the words that tell Spanish apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    el la los las y que del en una por con para es se su al lo como más pero sus ha fue según dijo este esta
    también entre muy sobre hay
    """.split()
)

LANGUAGE = Language(
    code="es",
    name="Spanish",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    dialogue_dash=True,
    opening_marks="\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}",
)
