"""Languages: one folder of words and grammar per language, and the value that carries them.

``quoteattr/lang/<code>/`` holds everything quoteattr knows of one language:
its word tables (verbs of saying and how they inflect, pronouns, titles, venue
and date words, abbreviations) and the attribution grammar compiled from them.
:func:`get_language` returns that folder's :class:`Language`; :func:`detect_language`
guesses the code from the text itself.  Language-neutral knowledge (quotation
marks, apostrophes, transliteration) stays in :mod:`quoteattr.data`.
"""

from quoteattr.lang.detect import detect_language
from quoteattr.lang.language import Language
from quoteattr.lang.registry import available_languages, get_language

__all__ = ["Language", "available_languages", "detect_language", "get_language"]
