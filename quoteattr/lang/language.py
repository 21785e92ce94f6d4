"""The language value: one language's word tables and compiled attribution grammar.

A :class:`Language` is frozen and built once, at import of its folder
(``quoteattr/lang/<code>/``).  Logic modules receive it as an argument and
read every word, inflection and language-specific pattern from it; they hold
none of their own.  A language folder that has no attribution grammar yet
(``attribution=None``) still parses quotations: the pipeline then leaves
speakers empty and says why in :attr:`quoteattr.Document.warnings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.occasion_grammar import CorefGrammar, OccasionGrammar, SegmentGrammar


@dataclass(frozen=True)
class Language:
    """One language: its code and name, what tells it apart, and its grammars.

    ``function_words`` are the language's most frequent short words (articles,
    prepositions, pronouns, auxiliaries), lower case: language detection counts
    them.  ``scripts`` names the Unicode scripts the language is written in
    (``"Latin"``, ``"Cyrillic"``, ``"Han"``...).  ``opening_marks`` are the
    quotation marks that open a quotation in its news typography, a hint for
    detection when two languages share their function words.  ``dialogue_dash`` says
    that a paragraph opening with a dash is a turn of speech (``— Non, dit-il.``), as in
    French, Spanish, Italian, Portuguese and Russian texts.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en")
    >>> english.code, english.name, english.attribution is not None
    ('en', 'English', True)
    >>> "the" in english.function_words
    True
    """

    code: str
    name: str
    function_words: frozenset[str]
    scripts: frozenset[str] = frozenset({"Latin"})
    opening_marks: str = ""
    dialogue_dash: bool = False
    segmentation: SegmentGrammar = field(default_factory=SegmentGrammar)
    attribution: AttributionGrammar | None = None
    occasions: OccasionGrammar | None = None
    coref: CorefGrammar | None = None

    @property
    def attributes(self) -> bool:
        """Whether this language has an attribution grammar (speakers, cues, claims)."""
        return self.attribution is not None

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {self.name!r})"
