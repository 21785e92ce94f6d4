"""Portuguese: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, how they
inflect, their compound tenses and joined object pronouns, prepositional cues
such as ``segundo``), ``pronouns.py``, ``titles.py``, ``words.py``,
``dates.py`` and ``abbreviations.py``; ``grammar.py`` composes them into
pattern fragments, ``attribution.py`` builds the attribution grammar and
``segmentation.py`` the sentence grammar.  A paragraph opening with a dash is
a dialogue turn whose narrator's incise (``— Não — disse ela.``) is left out
of the quotation.
"""

from quoteattr.lang.language import Language
from quoteattr.lang.pt.attribution import ATTRIBUTION
from quoteattr.lang.pt.segmentation import SEGMENTATION

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    o os as que do da dos das em um uma para com não por mais como foi ao se sua seu também pelo pela são está
    disse segundo nos a de e é no na nas tem
    """.split()
)

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    dialogue_dash=True,
    opening_marks="\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
)
