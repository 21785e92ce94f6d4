"""The it Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("it")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.it import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.it.attribution import ATTRIBUTION
from quoteattr.lang.it.coref import COREF
from quoteattr.lang.it.segmentation import SEGMENTATION
from quoteattr.lang.language import Language

LANGUAGE = Language(
    code="it",
    name="Italian",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    dialogue_dash=True,
    opening_marks=OPENING_MARKS,
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    coref=COREF,
)
