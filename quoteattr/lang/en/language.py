"""The en Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("en")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.en import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.en.attribution import ATTRIBUTION
from quoteattr.lang.en.coref import COREF
from quoteattr.lang.en.occasions import OCCASIONS
from quoteattr.lang.en.segmentation import SEGMENTATION
from quoteattr.lang.language import Language

LANGUAGE = Language(
    code="en",
    name="English",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    opening_marks=OPENING_MARKS,
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    occasions=OCCASIONS,
    coref=COREF,
)
