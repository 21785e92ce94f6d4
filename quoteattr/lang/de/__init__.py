"""German: the words that tell German apart, and the word tables of its attribution grammar.

One table per file, as in the English folder: ``cues.py`` (verbs of saying and
believing with their German inflection, separable verbs, prepositional cues,
the subjunctive of reported speech), ``pronouns.py``, ``titles.py``,
``words.py`` (what tells a name from a capitalised common noun), ``venues.py``,
``dates.py`` and ``abbreviations.py``.  No grammar is compiled from them yet,
so German parses quotations and leaves speakers empty (see docs/languages.md);
the abbreviations already keep sentences whole.
"""

from quoteattr.lang.de.abbreviations import ABBREVIATIONS
from quoteattr.lang.language import Language
from quoteattr.lang.occasion_grammar import SegmentGrammar

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im sie er es auch wie sagte
    wird werden hat haben bei nach aus noch nur oder aber sei habe wurde dass zum zur
    """.split()
)

LANGUAGE = Language(
    code="de",
    name="German",
    function_words=FUNCTION_WORDS,
    scripts=frozenset({"Latin"}),
    opening_marks="\N{DOUBLE LOW-9 QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    segmentation=SegmentGrammar(abbreviations=ABBREVIATIONS),
)
