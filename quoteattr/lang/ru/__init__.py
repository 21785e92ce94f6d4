"""Russian: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing in both aspects, and how
they inflect), ``pronouns.py``, ``titles.py`` (with the genitive ``по словам`` takes),
``words.py``, ``abbreviations.py``, ``dates.py`` and ``surnames.py`` (names in the genitive
back to the nominative); ``grammar.py`` composes them into named fragments,
``attribution.py`` builds the :class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`
``segmentation.py`` the sentence grammar and ``coref.py`` the coreference grammar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

FUNCTION_WORDS: frozenset[str] = frozenset(
    # The commonest short words, and the commonest verbs of saying: news quotes someone in every
    # other sentence, and these forms are seldom shared with a neighbouring language.
    """
    и в не на что с по как это он она они к из за от для но его так был было все также сказал заявил её их уже
    сказала заявила отметил отметила сообщил сообщила добавил добавила словам ответил ответила спросил спросила
    """.split()
)

SCRIPTS: frozenset[str] = frozenset({"Cyrillic"})
OPENING_MARKS = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"

if TYPE_CHECKING:
    from quoteattr.lang.language import Language


def __getattr__(name: str) -> Language:
    # The Language value compiles this folder's grammar: it is built on first use (``language.py``),
    # so that detection and the name tables, which read only the small tables here, stay cheap.
    if name == "LANGUAGE":
        from quoteattr.lang.ru.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
