"""The es Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("es")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.es import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.es.attribution import ATTRIBUTION
from quoteattr.lang.es.segmentation import SEGMENTATION
from quoteattr.lang.language import Language

LANGUAGE = Language(
    code="es",
    name="Spanish",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    dialogue_dash=True,
    opening_marks=OPENING_MARKS,
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
)
