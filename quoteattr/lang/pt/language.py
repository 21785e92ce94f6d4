"""The pt Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("pt")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.language import Language
from quoteattr.lang.pt import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.pt.attribution import ATTRIBUTION
from quoteattr.lang.pt.segmentation import SEGMENTATION

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    dialogue_dash=True,
    opening_marks=OPENING_MARKS,
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
)
