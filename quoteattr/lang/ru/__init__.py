"""Russian: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing in both aspects, and how
they inflect), ``pronouns.py``, ``titles.py`` (with the genitive ``по словам`` takes),
``words.py``, ``abbreviations.py``, ``dates.py`` and ``surnames.py`` (names in the genitive
back to the nominative); ``grammar.py`` composes them into named fragments,
``attribution.py`` builds the :class:`~quoteattr.lang.attribution_grammar.AttributionGrammar`
``segmentation.py`` the sentence grammar and ``coref.py`` the coreference grammar.
"""

from quoteattr.lang.language import Language
from quoteattr.lang.ru.attribution import ATTRIBUTION
from quoteattr.lang.ru.coref import COREF
from quoteattr.lang.ru.segmentation import SEGMENTATION

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
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    coref=COREF,
)
