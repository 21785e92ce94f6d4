"""The ru Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("ru")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.language import Language
from quoteattr.lang.ru import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.ru.attribution import ATTRIBUTION
from quoteattr.lang.ru.coref import COREF
from quoteattr.lang.ru.segmentation import SEGMENTATION

LANGUAGE = Language(
    code="ru",
    name="Russian",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    dialogue_dash=True,
    opening_marks=OPENING_MARKS,
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
    coref=COREF,
)
