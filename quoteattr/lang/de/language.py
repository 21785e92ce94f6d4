"""The de Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("de")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.de import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.de.abbreviations import ABBREVIATIONS
from quoteattr.lang.de.attribution import ATTRIBUTION
from quoteattr.lang.de.coref import COREF
from quoteattr.lang.language import Language
from quoteattr.lang.occasion_grammar import SegmentGrammar

LANGUAGE = Language(
    code="de",
    name="German",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    opening_marks=OPENING_MARKS,
    segmentation=SegmentGrammar(abbreviations=ABBREVIATIONS),
    attribution=ATTRIBUTION,
    coref=COREF,
)
