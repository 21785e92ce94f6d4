"""The fr Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("fr")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.fr import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.fr.attribution import ATTRIBUTION
from quoteattr.lang.fr.coref import COREF
from quoteattr.lang.fr.segmentation import SEGMENTATION
from quoteattr.lang.language import Language

LANGUAGE = Language(
    code="fr",
    name="French",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    dialogue_dash=True,
    opening_marks=OPENING_MARKS,
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    coref=COREF,
)
