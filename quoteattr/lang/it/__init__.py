"""Italian: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, their inflections
and compound tenses), ``pronouns.py``, ``titles.py``, ``words.py``, ``dates.py`` and
``abbreviations.py``; ``grammar.py`` composes them into pattern fragments,
``attribution.py`` builds the attribution grammar, ``segmentation.py`` and
``coref.py`` the grammars of sentences and coreference.
"""

from quoteattr.lang.it.attribution import ATTRIBUTION
from quoteattr.lang.it.coref import COREF
from quoteattr.lang.it.segmentation import SEGMENTATION
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
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    coref=COREF,
)
