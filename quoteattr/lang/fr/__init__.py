"""French: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, their inflections,
compound tenses and clitic inversion), ``pronouns.py``, ``titles.py``, ``words.py``,
``dates.py`` and ``abbreviations.py``; ``grammar.py`` composes them into pattern
fragments, ``attribution.py`` builds the attribution grammar, ``segmentation.py``
and ``coref.py`` the grammars of sentences and coreference.
"""

from quoteattr.lang.fr.attribution import ATTRIBUTION
from quoteattr.lang.fr.coref import COREF
from quoteattr.lang.fr.segmentation import SEGMENTATION
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
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    coref=COREF,
)
