"""French: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, their inflections,
compound tenses and clitic inversion), ``pronouns.py``, ``titles.py``, ``words.py``,
``dates.py`` and ``abbreviations.py``; ``grammar.py`` composes them into pattern
fragments, ``attribution.py`` builds the attribution grammar, ``segmentation.py``
and ``coref.py`` the grammars of sentences and coreference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

FUNCTION_WORDS: frozenset[str] = frozenset(
    # The commonest short words, and the commonest verbs of saying: news quotes someone in every
    # other sentence, and these forms are seldom shared with a neighbouring language.
    """
    le la les et est une des du pour dans qui que sur pas au aux avec ce cette il elle ils sont été mais plus
    ses son leur nous vous selon était ont lui y a-t-il à l d qu n s c j ne déclaré dit indiqué affirmé ajouté
    estimé souligné expliqué je tout répondit demanda répondu demandé lança
    """.split()
)

SCRIPTS: frozenset[str] = frozenset({"Latin"})
OPENING_MARKS = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"

if TYPE_CHECKING:
    from quoteattr.lang.language import Language


def __getattr__(name: str) -> Language:
    # The Language value compiles this folder's grammar: it is built on first use (``language.py``),
    # so that detection and the name tables, which read only the small tables here, stay cheap.
    if name == "LANGUAGE":
        from quoteattr.lang.fr.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
