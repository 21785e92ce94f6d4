"""Spanish: the word tables of this folder and the attribution grammar built from them.

One table per file: ``cues.py`` (verbs of saying and believing, how they
inflect, their compound tenses, prepositional cues such as ``según``),
``pronouns.py``, ``titles.py``, ``words.py``, ``dates.py`` and
``abbreviations.py``; ``grammar.py`` composes them into pattern fragments,
``attribution.py`` builds the attribution grammar and ``segmentation.py`` the
sentence grammar.  A paragraph opening with a dash is a dialogue turn whose
narrator's incise (``—No —dijo ella—.``) is left out of the quotation.
"""

from quoteattr.lang.es.attribution import ATTRIBUTION
from quoteattr.lang.es.segmentation import SEGMENTATION
from quoteattr.lang.language import Language

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    el la los las y que del en una por con para es se su al lo como más pero sus ha fue según dijo este esta
    también entre muy sobre hay
    """.split()
)

LANGUAGE = Language(
    code="es",
    name="Spanish",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    dialogue_dash=True,
    opening_marks="\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}",
    segmentation=SEGMENTATION,
    attribution=ATTRIBUTION,
)
