"""The ja Language value: this folder's tables and the grammars compiled from them.

Imported on first use of the language (``quoteattr.lang.get_language("ja")``), not at
import of the package.
"""

from __future__ import annotations

from quoteattr.lang.ja import FUNCTION_WORDS, OPENING_MARKS, SCRIPTS
from quoteattr.lang.language import Language

LANGUAGE = Language(
    code="ja",
    name="Japanese",
    function_words=FUNCTION_WORDS,
    scripts=SCRIPTS,
    opening_marks=OPENING_MARKS,
)
