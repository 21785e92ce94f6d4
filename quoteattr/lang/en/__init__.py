"""English: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, and how they
inflect), ``pronouns.py``, ``titles.py``, ``words.py``, ``venues.py``,
``outlets.py``, ``dates.py`` and ``abbreviations.py``; ``grammar.py`` composes
them into named pattern fragments, ``attribution.py`` builds from those the
:class:`~quoteattr.lang.attribution_grammar.AttributionGrammar` the attribution stage reads, ``segmentation.py``,
``occasions.py`` (with ``venue_grammar.py`` and ``date_grammar.py``) and ``coref.py``
into the grammars of sentences, occasions and coreference, and ``names.py`` into the
tables this language adds to the name tables all languages share.
"""

from quoteattr.lang.en.attribution import ATTRIBUTION
from quoteattr.lang.en.coref import COREF
from quoteattr.lang.en.occasions import OCCASIONS
from quoteattr.lang.en.segmentation import SEGMENTATION
from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    the of and to in is that for it was on with as by he she said at from his her they have has are were this be
    not but an which their who will would had been says told
    """.split()
)

LANGUAGE = Language(
    code="en",
    name="English",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    opening_marks="\N{LEFT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}",
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    occasions=OCCASIONS,
    coref=COREF,
)
