"""English: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, and how they
inflect), ``pronouns.py``, ``titles.py``, ``words.py``, ``venues.py``,
``outlets.py``, ``dates.py`` and ``abbreviations.py``; ``grammar.py`` composes
them into named pattern fragments, ``attribution.py`` builds from those the
:class:`~quoteattr.lang.attribution_grammar.AttributionGrammar` the attribution stage reads, ``segmentation.py``,
``occasions.py`` (with ``venue_grammar.py`` and ``date_grammar.py``) and ``coref.py``
into the grammars of sentences, occasions and coreference, and ``names.py`` into the
tables this language adds to the name tables all languages share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

FUNCTION_WORDS: frozenset[str] = frozenset(
    # The commonest short words, and the commonest verbs of saying: news quotes someone in every
    # other sentence, and these forms are seldom shared with a neighbouring language.
    """
    the of and to in is that for it was on with as by he she said at from his her they have has are were this be
    not but an which their who will would had been says told added according
    """.split()
)

SCRIPTS: frozenset[str] = frozenset({"Latin"})
OPENING_MARKS = "\N{LEFT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}"

if TYPE_CHECKING:
    from quoteattr.lang.language import Language


def __getattr__(name: str) -> Language:
    # The Language value compiles this folder's grammar: it is built on first use (``language.py``),
    # so that detection and the name tables, which read only the small tables here, stay cheap.
    if name == "LANGUAGE":
        from quoteattr.lang.en.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
