"""German: the words that tell German apart.

Only what detection and quotation parsing need lives here so far; a folder
gains an attribution grammar (``grammar.py`` and its tables) as described in
docs/languages.md.
"""

from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im sie er es auch wie sagte
    wird werden hat haben bei nach aus noch nur oder aber sei habe wurde dass zum zur
    """.split()
)

LANGUAGE = Language(
    code="de",
    name="German",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    opening_marks="\N{DOUBLE LOW-9 QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)
