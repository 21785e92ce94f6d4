"""English: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, and how they
inflect), ``pronouns.py``, ``titles.py``, ``words.py``, ``venues.py``,
``outlets.py``, ``dates.py`` and ``abbreviations.py``; ``grammar.py`` composes
them into named pattern fragments, and ``attribution.py`` builds from those the
:class:`~quoteattr.lang.attribution_grammar.AttributionGrammar` the attribution
stage reads.
"""

from quoteattr.lang.en.abbreviations import ABBREVIATIONS
from quoteattr.lang.en.attribution import ATTRIBUTION
from quoteattr.lang.language import Language
from quoteattr.lang.occasion_grammar import CorefGrammar, OccasionGrammar, SegmentGrammar

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
    segmentation=SegmentGrammar(abbreviations=ABBREVIATIONS),
    attribution=ATTRIBUTION,
    occasions=OccasionGrammar(),
    coref=CorefGrammar(),
)
