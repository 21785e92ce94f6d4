"""Spanish: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, how they
inflect, their compound tenses, prepositional cues such as ``según``),
``pronouns.py``, ``titles.py``, ``words.py``, ``dates.py`` and
``abbreviations.py``; ``grammar.py`` composes them into pattern fragments,
``attribution.py`` builds the attribution grammar and ``segmentation.py`` the
sentence grammar.  A paragraph opening with a dash is a dialogue turn whose
narrator's incise (``—No —dijo ella—.``) is left out of the quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

FUNCTION_WORDS: frozenset[str] = frozenset(
    # The commonest short words, and the commonest verbs of saying: news quotes someone in every
    # other sentence, and these forms are seldom shared with a neighbouring language.
    """
    el la los las y que del en una por con para es se su al lo como más pero sus ha fue según dijo este esta
    también entre muy sobre hay afirmó aseguró señaló explicó añadió declaró respondió indicó preguntó contestó
    """.split()
)

SCRIPTS: frozenset[str] = frozenset({"Latin"})
OPENING_MARKS = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"

if TYPE_CHECKING:
    from quoteattr.lang.language import Language


def __getattr__(name: str) -> Language:
    # The Language value compiles this folder's grammar: it is built on first use (``language.py``),
    # so that detection and the name tables, which read only the small tables here, stay cheap.
    if name == "LANGUAGE":
        from quoteattr.lang.es.language import LANGUAGE

        return LANGUAGE
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
