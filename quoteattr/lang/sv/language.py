"""The sv Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("sv")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.language import Language
from quoteattr.lang.sv import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS

LANGUAGE = Language(
    code="sv",
    name="Swedish",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    opening_marks=OPENING_MARKS,
)
