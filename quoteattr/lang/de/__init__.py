"""German: the words that tell German apart, and the word tables of its attribution grammar.

One table per file, as in the English folder: ``cues.py`` (verbs of saying and
believing with their German inflection, separable verbs, prepositional cues,
the subjunctive of reported speech), ``pronouns.py``, ``titles.py``,
``words.py`` (what tells a name from a capitalised common noun), ``venues.py``,
``dates.py`` and ``abbreviations.py``.  ``grammar.py`` composes them into
pattern fragments and ``attribution.py`` builds the attribution grammar from those.
"""

from quoteattr.lang.de.abbreviations import ABBREVIATIONS
from quoteattr.lang.de.attribution import ATTRIBUTION
from quoteattr.lang.de.words import FUNCTION_WORDS
from quoteattr.lang.language import Language
from quoteattr.lang.occasion_grammar import SegmentGrammar

LANGUAGE = Language(
    code="de",
    name="German",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    opening_marks="\N{DOUBLE LOW-9 QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    segmentation=SegmentGrammar(abbreviations=ABBREVIATIONS),
    attribution=ATTRIBUTION,
)
