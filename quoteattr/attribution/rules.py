"""The rule contract and the registry: what a quotation rule reads and returns, and each rule's confidence.

A quotation rule takes a :class:`QuoteContext` and returns a :class:`Linked`
naming the rule, or None when its pattern is not there.

Every place that attributes a quotation or claim names its rule and takes the
confidence from :data:`RULES`, so one name always means one confidence.  The
confidence orders rules by how often they are right (explicit patterns next to
the quotation highest, guesses from a clause's subject lowest); it is not a
calibrated probability.

>>> RULES["trailing-said"].confidence, RULES["trailing-said"].example
(0.95, '“…,” Truss said.')
>>> from typing import get_args
>>> sorted(set(RULES) ^ set(get_args(RuleName)))  # every name has one entry
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from quoteattr.attribution.mentions import Mention
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.marks import MARK_PATTERN
from quoteattr.models import RuleName
from quoteattr.spans import QuoteSpan
from quoteattr.text import Index

if TYPE_CHECKING:
    from quoteattr.attribution.claims import _FrameIndex

_SPACE_RUN = re.compile(r"\s*")
# Literal marks only, so the standard library's engine, faster per call, finds the same.
_NEXT_OPENING = re.compile(r"[“\"«„]|''|``")


class Rule(NamedTuple):
    """A rule's confidence in [0, 1] and one line it attributes."""

    confidence: float
    example: str


RULES: dict[RuleName, Rule] = {
    # Quotations: the attribution right after the closing mark.
    "signature": Rule(0.85, "“…” ― Sonya Herridge"),
    "quoted-as": Rule(0.90, "“…”, – TASS quoted him as saying."),
    "trailing-said": Rule(0.95, "“…,” Truss said."),
    "trailing-said-appositive": Rule(0.85, "“…,” Sergei Yermakov, a leading expert at RISI, said."),
    "trailing-said-next-sentence": Rule(0.80, "“… the emails that are missing.” Trump said."),
    "inverted-said": Rule(0.95, "“…,” said Lavrov."),
    # Dialogue turns: the narrator's incise between two pieces of one turn.
    "dialogue-incise": Rule(0.90, "— Je crois, répondit Marie, que tout ira bien."),
    # A cue alone after a quote, where the language drops the subject: the nearest subject before speaks.
    "dropped-subject": Rule(0.70, "La alcaldesa visitó el barrio. «Lo vamos a recurrir», añadió."),
    # Quotations: the attribution right before the opening mark.
    "leading-said": Rule(0.90, "She added, “…”"),
    "document-says": Rule(0.85, "In dem Antrag heißt es: „…“"),
    "leading-inverted": Rule(0.85, "In other words, explained CBS moderator Nancy Cordes: “…”"),
    "leading-according": Rule(0.80, "According to the report, “…”"),
    "colon-intro": Rule(0.70, "— Maria Zakharova: “…”"),
    "inverted-colon": Rule(0.70, "Stated Stone: “…”"),
    "colon-subject": Rule(0.60, "Mr. Smith shot back: “…”"),
    "what-called": Rule(0.80, "shedding what Gilbert called “a perception problem”"),
    # Quotations with no attribution of their own.
    "headline-cue": Rule(0.60, "Francois Hollande Says Donald Trump ‘Makes You Want To Retch’"),
    "possessed-claim": Rule(0.60, "challenged over his statement on Monday that “…”"),
    "inside-claim": Rule(0.70, "Yermakov said the idea is in line with the “political order” of the US."),
    "sentence-subject": Rule(0.40, "the inspector deemed the handling of the files “extremely careless.”"),
    # Quotations that continue a speaker.
    "leading-sentence": Rule(0.70, "Maria Ortiz said in a statement. “There are no ballots left.”"),
    "continued": Rule(0.55, "She said they had made progress. “I really believe that ...”"),
    "carried": Rule(0.60, "Truss said: ¶ “…”"),
    "carried-claim": Rule(0.50, "Carter said that this would not happen. ¶ “…”"),
    "alternating": Rule(0.40, "“What is his name?” asked Mr. Pell. ¶ “Bingley.”"),
    "nested": Rule(0.50, "“… the ‘so-called’ order,” Beck said"),
    # Reported claims (frames); participle-cue also gives a quotation its speaker.
    "cue-that": Rule(0.75, "Blinken said (that) CLAUSE"),
    "trailing-cue": Rule(0.75, "CLAUSE, the minister added."),
    "middle-cue": Rule(0.70, "However, he said, it was unlikely that ..."),
    "participle-cue": Rule(0.60, "She called the choice false, stressing that ..."),
    "inverted-cue": Rule(0.70, "CLAUSE, said UK Foreign Secretary Liz Truss."),
    "according-to": Rule(0.80, "According to Sergei Yermakov, CLAUSE"),
    "in-opinion": Rule(0.80, "In his opinion, CLAUSE"),
    "as-put-it": Rule(0.70, "As Ms. Simonyan put it in a statement, CLAUSE"),
    "belief": Rule(0.55, "Truss believes (that) CLAUSE"),
    "colon-headline": Rule(0.60, "John McCain: Republican Populist Anger Appeals to ‘Bad Angels’"),
    # Reported claims that go on without a cue.
    "continued-report": Rule(
        0.50, "Der Sprecher sagte, man prüfe den Fall. Eine Entscheidung sei erst im Mai zu erwarten."
    ),
}


def confidence(rule: RuleName) -> float:
    """The confidence of ``rule``: one number per name.

    >>> confidence("carried"), confidence("carried-claim")
    (0.6, 0.5)
    """
    return RULES[rule].confidence


@dataclass(slots=True)
class Linked:
    """A quotation or claim with its attribution, before it becomes a record."""

    pieces: list[tuple[int, int]]
    kind: str
    depth: int
    unclosed: bool
    paragraph: int
    speaker: Mention | None = None
    cue: tuple[int, int] | None = None
    via: tuple[int, int] | None = None
    rule: RuleName | None = None
    confidence: float = 0.0
    frame_window: tuple[int, int] | None = None  # the attribution clause, for venue and date
    marks: list[int] = field(default_factory=list)
    claim: list[tuple[int, int]] | None = None  # the reported clause a partial quote sits in

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _close_end(text: str, quote: QuoteSpan) -> int:
    """Offset just past a quote's closing mark (or its last piece if unclosed)."""
    if quote.unclosed or not quote.marks:
        return quote.end
    match = MARK_PATTERN.match(text, quote.marks[-1])
    return match.end() if match else quote.end


@dataclass(slots=True)
class QuoteContext:
    """What every quotation rule reads: the text, its index and grammar, and one quotation.

    Rules only read it: it is not frozen because one is made for every quotation, and a frozen
    dataclass sets each field through ``object.__setattr__``, several times the cost.

    The rule contract: a rule takes a :class:`QuoteContext` and returns a
    :class:`Linked` naming the rule, or None when its pattern is not there.
    ``after`` is the offset just past the closing mark; ``window_end`` bounds
    the attribution looked for after it (the sentence, the paragraph, 240
    characters, the next opening mark); ``closed_sentence`` says a full stop
    inside the closing mark ends the sentence (“… the end.” Next sentence.), unless a lower-case
    word follows the mark (German „… angekommen.“ erklärte die Ministerin.).
    """

    text: str
    index: Index
    grammar: AttributionGrammar
    frames: _FrameIndex
    quote: QuoteSpan
    open_mark: int
    after: int
    paragraph_end: int
    window_end: int
    closed_sentence: bool
    sentence: tuple[int, int]  # the sentence the quotation opens in
    # Nothing but spaces stands between the sentence's start and the opening mark (“…,” she said.): the
    # rules and tests that read words before the mark in its sentence have none to read.
    opens_sentence: bool
    # The quotation's kind taken alone (direct, partial, term), once a rule or the fallback has
    # worked it out: several read it, and it depends on the quotation only.  A list of at most one
    # kind, so that a context copied with ``replace`` shares it, as it may.
    alone: list[str] = field(default_factory=list, repr=False, compare=False)
    # Whether the quotation's words are in title case (``kinds._title_case``), once worked out:
    # the tests for a title, a headline and a term all read it.
    title_case: bool | None = field(default=None, repr=False, compare=False)
    # Whether a verb of saying stands between ``after`` and ``window_end``, once worked out, with the
    # window it was worked out for: a copy made with ``replace`` for another window (an incise)
    # shares the list, so the window is checked before the answer is reused.
    cue_ahead_found: list[tuple[int, int, bool]] = field(default_factory=list, repr=False, compare=False)

    def cue_ahead(self) -> bool:
        """Whether a verb of saying (``SPEECH_CUE_WORD``) stands between the closing mark and ``window_end``.

        The attribution after a quote ("“…,” Truss said.") holds one; most quotes have none after
        them, and then the rules that read a trailing cue are answered by one scan, shared.

        >>> from quoteattr.attribution.claims import _FrameIndex
        >>> from quoteattr.lang import get_language
        >>> from quoteattr.spans import pair_quotes
        >>> def ahead(text):
        ...     index = Index(text, get_language("en"))
        ...     quote = pair_quotes(text, index.paragraphs).quotes[0]
        ...     return QuoteContext.of(text, index, get_language("en").attribution, _FrameIndex([]), quote).cue_ahead()
        >>> ahead("“We will win,” Truss said."), ahead("“We will win,” the crowd knew.")
        (True, False)
        """
        found = self.cue_ahead_found
        if found and found[0][0] == self.after and found[0][1] == self.window_end:
            return found[0][2]
        ahead = self.grammar.SPEECH_CUE_WORD.search(self.text, self.after, self.window_end) is not None
        found[:] = [(self.after, self.window_end, ahead)]
        return ahead

    @classmethod
    def of(
        cls,
        text: str,
        index: Index,
        grammar: AttributionGrammar,
        frames: _FrameIndex,
        quote: QuoteSpan,
        after: int | None = None,
    ) -> QuoteContext:
        """The context of ``quote``; ``after``, when given, is its :func:`_close_end`, worked out already."""
        pieces = quote.pieces
        open_mark = quote.marks[0] if quote.marks and not quote.unclosed else pieces[0][0] - 1
        if after is None:
            after = _close_end(text, quote)
        last = pieces[-1]
        paragraph_end = index.paragraphs[quote.paragraph][1] if quote.paragraph < len(index.paragraphs) else len(text)
        # The spaces after the mark, read by the pattern only where one follows it (most marks in text
        # of random marks are followed by a letter or another mark): ``\s`` is what ``str.isspace`` tells.
        next_word = after
        if after < paragraph_end and text[after].isspace():
            spaces = _SPACE_RUN.match(text, after, paragraph_end)
            next_word = spaces.end() if spaces else after
        # „… etabliert.“ erklärte die Ministerin.: a lower-case word after the mark starts no sentence.
        # (``endswith`` reads the piece in place: a slice would copy the whole quotation.)
        closed = (
            text.endswith(".", last[0], last[1])
            and text[after : after + 1] not in (",", ";")
            and not text[next_word : next_word + 1].islower()
        )
        sentence_end = index.sentences[index.sentence_of(next_word)][1]
        # min(paragraph_end, after + 240, max(sentence_end, after)), told without three calls: one per quotation.
        hi = sentence_end if sentence_end > after else after
        if hi > paragraph_end:
            hi = paragraph_end
        if hi > after + 240:
            hi = after + 240
        stop = _NEXT_OPENING.search(text, after, hi)
        if stop and stop.start() > after:
            hi = stop.start()
        if open_mark < 0:
            open_mark = 0
        sentence = index.sentences[index.sentence_of(open_mark)]
        # (The first character is read alone first: most sentences start on a word, and the slice is long.)
        start = sentence[0]
        opens = start >= open_mark or (text[start].isspace() and text[start:open_mark].isspace())
        return cls(text, index, grammar, frames, quote, open_mark, after, paragraph_end, hi, closed, sentence, opens)


QuoteRule = Callable[[QuoteContext], "Linked | None"]
