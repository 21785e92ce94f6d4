"""Stage 3b: link each quotation to its speaker and cue, merge split quotes, add reported claims.

For every outermost quotation, in order of strength:

* ``trailing-said``   “…”, – Truss said.  /  “…,” the minister added.
* ``inverted-said``   “…,” said Truss.
* ``quoted-as``       “…”, – TASS quoted him as saying.  (speaker him, via TASS)
* ``leading-said``    She added, “…”  /  Truss said: “…”
* ``inside-claim``    a quoted fragment inside a reported clause (kind ``partial``)
* ``carried``         a quote paragraph after a paragraph that introduced the speaker

Quotes in one paragraph joined only by their attribution (“A,” he said. “B.”)
become one record with several pieces.  Frames (:mod:`quoteattr.frames`) that
no quotation accounts for become ``indirect`` records.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import islice

import regex

from quoteattr.attribution.rules import RULES
from quoteattr.frames import (
    Frame,
    Mention,
    classify_mention,
    find_frames,
    long_enough_claim,
    sentence_subject,
    subject_before,
)
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.language import Language
from quoteattr.marks import MARK_PATTERN
from quoteattr.models import RuleName
from quoteattr.spans import QuoteSpan
from quoteattr.text import Index, trim

_WORD = regex.compile(r"\w+")
_SPACE_RUN = re.compile(r"\s*")

# Between a cue and the opening mark: "said in a statement:", "told reporters,", "added".
_LEADING_GAP = regex.compile(r"(?P<gap>[^.!?“”\"«»„,]{0,60}?)\s*[,:\N{EM DASH}\N{EN DASH}-]?\s*")
_CAPITAL_WORD = regex.compile(r"\b\p{Lu}\p{Ll}+\b")
# The capitalised words right before a headline's cue: "Francois Hollande" in "Francois Hollande Says".
_NAME_BEFORE_CUE = regex.compile(
    r"(?r)(?:^|(?<=[\s,:;‘’“”\"']))(?P<name>(?:\p{Lu}[\p{L}’'.\-]*\s+){0,3}\p{Lu}[\p{L}’'.\-]*)\s+\Z"
)
_MAX_SPAN = 1 << 62  # sorts after any cue span in (offset, cue) pairs
_NESTING = 64  # frames looked at before a quote's start in one sentence: claims nest only so deep
_DIALOGUE_TURN = 300  # characters: turns of dialogue are short; quoted paragraphs of news speeches are not
_NEXT_OPENING = regex.compile(r"[“\"«„]|''|``")
_GAP_ONLY_PUNCT = regex.compile(r"[\s,.;:!?\N{EM DASH}\N{EN DASH}-]*\Z")
# What may follow "Trump said" for the sentence to be an attribution and nothing more.
_ATTRIBUTION_ENDS = regex.compile(r"[^\S\n]*[.!](?:\s|\Z)")
_SENTENCE_FINAL = regex.compile(r"[.!?\N{HORIZONTAL ELLIPSIS}][\"'”’»)]*\s*\Z")
# What a language without an attribution grammar matches: nothing, so every quote stays unattributed.
_NO_GRAMMAR = AttributionGrammar()
# The rules of a colon that closes the paragraph before a quote ("Truss said:" aside).
_COLON_RULES: frozenset[RuleName] = frozenset({"colon-intro", "inverted-colon", "colon-subject"})


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


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _last_speech_cue(grammar: AttributionGrammar, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last speech cue in ``text[lo:hi]`` (windows are short: a forward scan is cheap)."""
    last = None
    for last in grammar.SPEECH_CUE_WORD.finditer(text, lo, hi):  # noqa: B007 - the loop keeps the last match
        pass
    return last


@dataclass(frozen=True, slots=True)
class QuoteContext:
    """What every quotation rule reads: the text, its index and grammar, and one quotation.

    The rule contract: a rule takes a :class:`QuoteContext` and returns a
    :class:`Linked` naming the rule, or None when its pattern is not there.
    ``after`` is the offset just past the closing mark; ``window_end`` bounds
    the attribution looked for after it (the sentence, the paragraph, 240
    characters, the next opening mark); ``closed_sentence`` says a full stop
    inside the closing mark ends the sentence (“… the end.” Next sentence.).
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

    @classmethod
    def of(
        cls, text: str, index: Index, grammar: AttributionGrammar, frames: _FrameIndex, quote: QuoteSpan
    ) -> QuoteContext:
        open_mark = quote.marks[0] if quote.marks and not quote.unclosed else quote.start - 1
        after = _close_end(text, quote)
        last = quote.pieces[-1]
        paragraph_end = index.paragraphs[quote.paragraph][1] if quote.paragraph < len(index.paragraphs) else len(text)
        closed = text[last[0] : last[1]].endswith(".") and text[after : after + 1] not in (",", ";")
        spaces = _SPACE_RUN.match(text, after, max(after, paragraph_end))
        next_word = spaces.end() if spaces else after
        sentence_end = index.sentences[index.sentence_of(next_word)][1]
        hi = min(paragraph_end, after + 240, max(sentence_end, after))
        stop = _NEXT_OPENING.search(text, after, hi)
        if stop and stop.start() > after:
            hi = stop.start()
        return cls(text, index, grammar, frames, quote, max(open_mark, 0), after, paragraph_end, hi, closed)

    @property
    def sentence(self) -> tuple[int, int]:
        """The sentence the quotation opens in."""
        return self.index.sentences[self.index.sentence_of(self.open_mark)]


QuoteRule = Callable[[QuoteContext], "Linked | None"]


def _signature(ctx: QuoteContext) -> Linked | None:
    """“…” ― Sonya Herridge: a quote that opens its line, signed by a dash and a name.

    The signature may end the quote's own line or stand alone as the next paragraph
    (“…” / - Sanders.).

    >>> _first("“Be kind.” ― Sonya Herridge\\n", _signature)
    ('signature', 'Sonya Herridge')
    >>> _first("She wrote “be kind” ― Sonya Herridge\\n", _signature)  # the quote does not open its line
    """
    text, index, grammar, quote = ctx.text, ctx.index, ctx.grammar, ctx.quote
    if not _starts_line(text, quote):
        return None
    signed = grammar.SIGNATURE.match(text, ctx.after, ctx.paragraph_end)
    spaces = _SPACE_RUN.match(text, ctx.after, max(ctx.after, ctx.paragraph_end))
    rest_blank = spaces is None or spaces.end() >= ctx.paragraph_end
    if signed is None and rest_blank and quote.paragraph + 1 < len(index.paragraphs):
        start, end = index.paragraphs[quote.paragraph + 1]
        signed = grammar.SIGNATURE.match(text, start, end)
    if signed is None:
        return None
    mention = classify_mention(grammar, text, *signed.span("speaker"))
    if mention is None or mention.kind != "name":
        return None
    return _linked(ctx, mention, signed.span("dash"), "signature", (ctx.after, signed.end()))


def _trailing_next_sentence(ctx: QuoteContext) -> Linked | None:
    """“… the emails that are missing.” Trump said.  A full stop inside the closing mark ends the
    sentence, unless the next sentence is nothing but an attribution.

    >>> _first("“We will win.” Truss said.", _trailing_next_sentence)
    ('trailing-said-next-sentence', 'Truss')
    >>> _first("“We will win.” Truss said it twice.", _trailing_next_sentence)  # more than an attribution
    """
    if not ctx.closed_sentence:
        return None
    text, grammar = ctx.text, ctx.grammar
    match = grammar.TRAILING.match(text, ctx.after, ctx.paragraph_end)
    if match is None or not _ATTRIBUTION_ENDS.match(text, match.end(), ctx.paragraph_end):
        return None
    mention = classify_mention(grammar, text, *match.span("speaker"))
    if mention is None or mention.kind == "relative":
        return None
    return _linked(ctx, mention, match.span("cue"), "trailing-said-next-sentence", (ctx.after, match.end()))


def _quoted_as(ctx: QuoteContext) -> Linked | None:
    """“…”, – TASS quoted him as saying: the speaker is "him", TASS relays the words.

    >>> _first("“We will win,” TASS quoted him as saying.", _quoted_as)
    ('quoted-as', 'him')
    >>> _first("“We will win,” TASS said.", _quoted_as)
    """
    if ctx.closed_sentence:
        return None
    text, after, hi = ctx.text, ctx.after, ctx.window_end
    quoted = ctx.grammar.QUOTED_AS.search(text, after, hi)
    if quoted is None or not _GAP_ONLY_PUNCT.match(text, after, quoted.start()):
        return None
    relayed = Mention(*quoted.span("speaker"), "pronoun" if quoted.group("speaker").islower() else "name")
    return _linked(ctx, relayed, quoted.span("cue"), "quoted-as", (after, hi), via=quoted.span("via"))


def _trailing_said(ctx: QuoteContext) -> Linked | None:
    """“…,” Truss said. / “…,” the minister added.: the speaker and cue right after the closing mark.

    >>> _first("“We will win,” my father often said.", _trailing_said)
    ('trailing-said', 'my father')
    >>> _first("“We will win,” said Truss.", _trailing_said)  # inverted: another rule
    """
    if ctx.closed_sentence:
        return None
    text, grammar = ctx.text, ctx.grammar
    match = grammar.TRAILING.match(text, ctx.after, ctx.window_end)
    if match is None:
        return None
    start, end = match.span("speaker")
    adverbs = grammar.TRAILING_ADVERBS.search(text, start, end)  # "my father often said"
    mention = classify_mention(grammar, text, start, adverbs.start() if adverbs and adverbs.start() > start else end)
    if mention is None:
        return None
    return _linked(ctx, mention, match.span("cue"), "trailing-said", (ctx.after, ctx.window_end))


def _trailing_appositive(ctx: QuoteContext) -> Linked | None:
    """“…,” Sam Nunberg, a former Trump aide, said. / “…,” a defiant Trump said.

    A cue word inside the appositive ("the Indiana state union") does not end it: the next one may.

    >>> _first("“We will win,” Sam Nunberg, a former aide, said.", _trailing_appositive)
    ('trailing-said-appositive', 'Sam Nunberg')
    >>> _first("“We will win,” the crowd knew.", _trailing_appositive)  # no verb of saying
    """
    if ctx.closed_sentence:
        return None
    text, grammar, after, hi = ctx.text, ctx.grammar, ctx.after, ctx.window_end
    lead = grammar.TRAILING_LEAD.match(text, after, hi)
    lead_end = lead.end() if lead else after
    for cue in islice(grammar.SPEECH_CUE_WORD.finditer(text, lead_end, hi), 3):
        if _words(text, after, cue.start()) > 35:
            break
        mention = subject_before(grammar, text, lead_end, cue.start())
        modifiers = grammar.MODIFIERS.match(text, lead_end, cue.start())
        if mention is None and modifiers is not None:
            mention = classify_mention(grammar, text, modifiers.end(), cue.start())
            mention = mention if mention is not None and mention.kind == "name" else None
        if mention is not None and (
            not text[lead_end : mention.start].strip()
            or (mention.kind == "name" and grammar.MODIFIERS.fullmatch(text, lead_end, mention.start))
            or (mention.kind == "name" and _described_before(grammar, text, lead_end, mention.start))
        ):
            return _linked(ctx, mention, cue.span(), "trailing-said-appositive", (after, hi))
    return None


def _inverted_said(ctx: QuoteContext) -> Linked | None:
    """“…,” said Truss. / “…,” says John Smith, an analyst.

    >>> _first("“We will win,” said Truss.", _inverted_said)
    ('inverted-said', 'Truss')
    >>> _first("“We will win,” described the emotional impact.", _inverted_said)  # an object, not a speaker
    """
    if ctx.closed_sentence:
        return None
    text, grammar, after, hi = ctx.text, ctx.grammar, ctx.after, ctx.window_end
    match = grammar.INVERTED.match(text, after, hi)
    if match is None:
        return None
    start, end = match.span("speaker")
    # "said a GOP data expert who has worked...", "cried his wife impatiently", "said his lady to him":
    # the speaker ends before a relative clause, an adverb or a prepositional phrase.
    tail = grammar.SPEAKER_TAIL.search(text, start, end)
    mention = classify_mention(grammar, text, start, tail.start() if tail else end)
    if mention is None and text[start:end].lower() in grammar.INDEFINITE_SPEAKERS:
        mention = Mention(start, end, "description")  # "“America is great!” read one."
    if (
        mention is not None
        and mention.kind != "name"
        and match.group("cue") not in grammar.INVERSION_FORMS
        and match.group("cue") not in grammar.DIALOGUE_FORMS
    ):
        mention = None  # "“…,” described the emotional impact": an object, not a speaker
    if mention is None:
        return None
    return _linked(ctx, mention, match.span("cue"), "inverted-said", (after, hi))


def _in_question_put(grammar: AttributionGrammar, text: str, index: Index, open_mark: int) -> bool:
    """The quote sits in an opening "Asked whether/if/about ..." clause, before its comma."""
    lo = max(index.sentences[index.sentence_of(open_mark)][0], open_mark - 160)
    return grammar.ASKED_CLAUSE.match(text, lo, open_mark) is not None


def _starts_line(text: str, quote: QuoteSpan) -> bool:
    """The quote opens its line: a signed quote stands alone, it is not the end of someone's sentence."""
    open_mark = quote.marks[0] if quote.marks and not quote.unclosed else quote.start
    before = text[max(0, open_mark - 80) : open_mark]  # a line's indent or bullet is short
    newline = before.rfind("\n")
    if newline < 0 and open_mark > 80:
        return False
    return not before[newline + 1 :].strip(" \t\N{NO-BREAK SPACE}*\N{BULLET}-")


def _described_before(grammar: AttributionGrammar, text: str, start: int, name_start: int) -> bool:
    """ "another friend, Mariam Emara told CNN": a description and a comma stand before the name."""
    comma = text.rfind(",", start, name_start)
    if comma < 0 or text[comma + 1 : name_start].strip():
        return False
    described = classify_mention(grammar, text, start, comma)
    return described is not None and described.kind in ("description", "group")


def _what_called(ctx: QuoteContext) -> Linked | None:
    """“…” named by someone: "shedding what Gilbert called “a perception problem”".

    >>> _first("They fought what Gilbert called “a perception problem” for years.", _what_called)
    ('what-called', 'Gilbert')
    >>> _first("They fought what is called “a perception problem” for years.", _what_called)
    """
    text, grammar, open_mark = ctx.text, ctx.grammar, ctx.open_mark
    lo = max(0, open_mark - 120)
    if grammar.WHAT_HINT not in text[lo:open_mark]:
        return None  # no "what": the common case, answered without the pattern
    match = grammar.WHAT_CALLED.search(text, lo, open_mark)
    if match is None:
        return None
    mention = classify_mention(grammar, text, *match.span("speaker"))
    if mention is None or mention.kind == "relative":
        return None
    item = _linked(ctx, mention, match.span("cue"), "what-called", ctx.sentence)
    item.kind = _classify_unattributed(grammar, text, ctx.index, ctx.quote, open_mark)
    if item.kind == "term":
        item.kind = "partial"
    return item


def _leading(ctx: QuoteContext) -> Linked | None:
    """Attribution right before the opening mark: She added, “…” / Truss said: “…”.

    >>> _first("Truss said: “We will win.”", _leading)
    ('leading-said', 'Truss')
    >>> _first("Truss said that the “plan” failed.", _leading)  # inside a claim
    """
    lo = max(ctx.sentence[0], ctx.open_mark - 200)
    found = _introduction(ctx.grammar, ctx.text, lo, ctx.open_mark)
    if found is None:
        return None
    mention, cue, rule = found
    return _linked(ctx, mention, cue, rule, (lo, ctx.open_mark))


def _headline_cue(ctx: QuoteContext) -> Linked | None:
    """In a headline every word is capitalised, the cue too: "Hollande Says Trump ‘Makes You Retch’",
    "Guns Are ‘The Ultimate Crisis,’ Dean Tells Convention".  The speaker is the name before the cue.

    >>> _first("Hollande Says Trump ‘Makes You Retch’", _headline_cue)
    ('headline-cue', 'Hollande')
    >>> _first("Hollande says Trump ‘makes you retch’ often.", _headline_cue)  # no headline
    """
    text, grammar, quote, open_mark = ctx.text, ctx.grammar, ctx.quote, ctx.open_mark
    sentence = ctx.sentence
    close = ctx.after
    lo, hi = max(sentence[0], open_mark - 160), min(sentence[1], close + 160)  # headlines are short
    if not _title_case(grammar, text, [(lo, open_mark), (close, hi)]) or not _title_case(grammar, text, quote.pieces):
        return None
    for window in ((lo, open_mark), (close, hi)):
        for word in _CAPITAL_WORD.finditer(text, *window):
            if word.group().lower() not in grammar.SPEECH_FORMS or word.start() == window[0]:
                continue
            name = _NAME_BEFORE_CUE.search(text, window[0], word.start())
            mention = classify_mention(grammar, text, *name.span("name")) if name else None
            if mention is not None and mention.kind == "name":
                item = _linked(ctx, mention, word.span(), "headline-cue", sentence)
                item.kind = "partial"  # a headline quotes a fragment into its own sentence
                return item
    return None


def _possessed_claim(ctx: QuoteContext) -> Linked | None:
    """ "his statement on Wednesday that “Islam hates us”": the possessor of a noun of saying speaks.

    >>> _first("He was challenged over his statement on Monday that “we will win” today.", _possessed_claim)
    ('possessed-claim', 'his')
    >>> _first("His statement “was wrong” today.", _possessed_claim)  # the quote is the noun's predicate
    """
    text, grammar, open_mark = ctx.text, ctx.grammar, ctx.open_mark
    lo = max(ctx.sentence[0], open_mark - 120)
    if grammar.CLAIM_NOUN.search(text, lo, open_mark) is None:
        return None  # no noun of saying before the quote: the common case, answered cheaply
    match = grammar.POSSESSED_CLAIM.search(text, lo, open_mark)
    if match is None or not grammar.CLAIM_GAP.fullmatch(text, *match.span("gap")):
        return None
    if match.group("pronoun"):
        mention = Mention(*match.span("pronoun"), "pronoun")
    else:
        named = classify_mention(grammar, text, *match.span("name"))
        if named is None or named.kind != "name":
            return None
        mention = named
    item = _linked(ctx, mention, match.span("cue"), "possessed-claim", ctx.sentence)
    item.kind = "partial"
    return item


def _inside_claim(ctx: QuoteContext) -> Linked | None:
    """A quoted fragment inside a reported clause takes the clause's speaker.

    >>> _first("Yermakov said the idea is in line with the “political order” of the US.", _inside_claim)
    ('inside-claim', 'Yermakov')
    >>> _first("Yermakov mocked what is called a “debate” in the US.", _inside_claim)  # a name for a thing
    """
    frame = ctx.frames.enclosing(ctx.index, ctx.quote)
    if frame is None or ctx.grammar.NAMED_THING.search(ctx.text, max(0, ctx.open_mark - 40), ctx.open_mark):
        return None  # "mocked what is called a “debate”": a term inside the claim, nobody's words
    item = _linked(ctx, frame.speaker, frame.cue, "inside-claim", ctx.index.sentences[frame.sentence])
    item.kind, item.claim = "partial", list(frame.content)
    return item


def _participle_after_speaker(ctx: QuoteContext) -> Linked | None:
    """ "..., said Truss batting for “a global NATO”": the participle's subject is the speaker.

    >>> _first("Democracies must unite, said Truss batting for “a global NATO” today.", _participle_after_speaker)
    ('participle-cue', 'Truss')
    >>> _first("Democracies must unite, said Truss. She wants “a global NATO” today.", _participle_after_speaker)
    """
    speaking = ctx.frames.participle_after_speaker(ctx.grammar, ctx.text, ctx.index, ctx.open_mark)
    if speaking is None:
        return None
    item = _linked(ctx, speaking.speaker, speaking.cue, "participle-cue", ctx.index.sentences[speaking.sentence])
    item.kind = "partial"
    return item


def _sentence_subject(ctx: QuoteContext) -> Linked | None:
    """A quoted fragment in a sentence with no cue belongs to the sentence's subject.

    "Comey deemed her handling of email “extremely careless”": the words in quotes
    are the subject's, even when the verb is not a speech verb.  Low confidence.

    >>> _first("The inspector deemed the handling of the files “extremely careless.”", _sentence_subject)
    ('sentence-subject', 'The inspector')
    >>> _first("Critics fought the so-called “rules-based order” for years.", _sentence_subject)
    """
    text, grammar, index, open_mark = ctx.text, ctx.grammar, ctx.index, ctx.open_mark
    kind = _classify_unattributed(grammar, text, index, ctx.quote, open_mark)
    if kind not in ("term", "partial") and _starts_sentence(text, index, open_mark):
        return None
    lo, hi = ctx.sentence
    introduced = text[lo:open_mark].rstrip().endswith(":")  # "the headline reads: “Surge in Robberies”"
    if not _SENTENCE_FINAL.search(text, lo, hi) or (_title_case(grammar, text, ctx.quote.pieces) and not introduced):
        return None  # a headline, or the name of a book, show or song
    if grammar.SCARE_QUOTE_INTRO.search(text, max(lo, open_mark - 40), open_mark):
        return None  # the so-called “rules-based order”: a term, nobody's words
    mention = _nearest_subject(grammar, text, lo, open_mark)
    if mention is None or mention.end > open_mark or mention.kind == "relative":
        return None
    if mention.kind == "pronoun" and text[mention.start : mention.end].lower() in grammar.IMPERSONAL_PRONOUNS:
        return None
    item = _linked(ctx, mention, None, "sentence-subject", (lo, hi))
    item.kind = "partial"
    return item


# The quotation rules, strongest first: the first that matches attributes the quote.
QUOTE_RULES: tuple[QuoteRule, ...] = (
    _what_called,
    _signature,
    _trailing_next_sentence,
    _quoted_as,
    _trailing_said,
    _trailing_appositive,
    _inverted_said,
    _leading,
)
# For a quotation none of those attributes: the sentence around it, in this order.
FALLBACK_RULES: tuple[QuoteRule, ...] = (
    _headline_cue,
    _possessed_claim,
    _inside_claim,
    _participle_after_speaker,
    _sentence_subject,
)


def _first(text: str, rule: QuoteRule) -> tuple[str | None, str] | None:
    """What ``rule`` makes of the first quotation of ``text`` in English: the rule's name and the speaker."""
    from quoteattr.lang import get_language
    from quoteattr.spans import pair_quotes

    lang = get_language("en")
    index = Index(text, lang)
    grammar = lang.attribution or _NO_GRAMMAR
    quotes = pair_quotes(text, index.paragraphs).quotes
    frames = _FrameIndex(find_frames(text, index, [(q.start - 1, _close_end(text, q)) for q in quotes], lang))
    item = rule(QuoteContext.of(text, index, grammar, frames, quotes[0]))
    if item is None or item.speaker is None:
        return None
    return item.rule, text[item.speaker.start : item.speaker.end]


def _introduction(
    grammar: AttributionGrammar, text: str, lo: int, end: int
) -> tuple[Mention, tuple[int, int], RuleName] | None:
    """A clause in ``text[lo:end]`` that introduces what follows it: "She added," / "Truss said:".

    Returns the speaker mention, the cue span and the rule.
    """
    if text[lo:end].rstrip().endswith(":"):
        colon = grammar.COLON_INTRO_START.fullmatch(text, lo, end) or grammar.COLON_INTRO_DASH.search(text, lo, end)
        if colon is not None:
            mention = classify_mention(grammar, text, *colon.span("speaker"))
            if mention is not None and mention.kind in ("name", "description", "group"):
                return mention, colon.span("cue"), "colon-intro"
    inverted = grammar.INVERTED_INTRO.search(text, lo, end) if "," in text[lo:end] or ";" in text[lo:end] else None
    if inverted is not None:
        mention = classify_mention(grammar, text, *inverted.span("speaker"))
        if mention is not None and mention.kind in ("name", "description", "group"):
            return mention, inverted.span("cue"), "leading-inverted"
    according = grammar.ACCORDING_INTRO.search(text, lo, end) if grammar.ACCORDING_HINT in text[lo:end] else None
    if according is not None:
        mention = classify_mention(grammar, text, *according.span("speaker"))
        if mention is not None and mention.kind in ("name", "description", "group"):
            return mention, according.span("cue"), "leading-according"
    cue_match = _last_speech_cue(grammar, text, lo, end)
    if cue_match is not None and grammar.SO_CALLED(text, cue_match.group(), cue_match.start()):
        return None  # "the so called “Self-Determination Initiative”": a name, not an introduction
    tail = _LEADING_GAP.fullmatch(text, cue_match.end(), end) if cue_match else None
    if tail is not None and (
        grammar.THAT.search(text, *tail.span("gap"))
        or grammar.CLAUSE_IN_GAP.search(text, *tail.span("gap"))
        or grammar.ENDS_IN_DETERMINER.search(text, *tail.span("gap"))
        or (_words(text, *tail.span("gap")) > 4 and not tail.group().rstrip().endswith((",", ":")))
    ):
        tail = None  # "said that Britain is against the “false choice”": the quote sits inside a claim
    if cue_match is None or tail is None or _words(text, *tail.span("gap")) > 8:
        before = text[lo:end].rstrip()
        if not before.endswith(":"):
            return None
        return _colon_subject(grammar, text, lo, end)
    cue_word = cue_match.group()
    mention = None
    before_cue = text[lo : cue_match.start()].rstrip()
    if cue_word in grammar.PARTICIPLE_CUES and (before_cue.endswith(",") or grammar.BY_GERUND.search(before_cue)):
        # "Cruz said, adding: “…”": the speaker of the cue just before; "He recited the verse,
        # saying: “…”": else the subject of the sentence.
        earlier = _last_speech_cue(grammar, text, max(lo, cue_match.start() - 80), cue_match.start())
        if earlier is not None and grammar.PARTICIPLE_LINK.fullmatch(text, earlier.end(), cue_match.start()):
            # "Cruz said, adding:", "he began by saying": the earlier cue's speaker.
            mention = subject_before(grammar, text, lo, earlier.start())
        if mention is None:
            mention = sentence_subject(grammar, text, lo, cue_match.start())
    if mention is None:
        mention = subject_before(grammar, text, lo, cue_match.start())
    if mention is None:
        # "Sanders made the following comment:": a subject and a short verb phrase.
        return _colon_subject(grammar, text, lo, end) if text[lo:end].rstrip().endswith(":") else None
    return mention, cue_match.span(), "leading-said"


def _inverted_colon(
    grammar: AttributionGrammar, text: str, lo: int, end: int
) -> tuple[Mention, tuple[int, int], RuleName] | None:
    """ "Stated Stone:", "Said one aide:": a cue, then its speaker and a colon, open the sentence.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> text = "The plan failed. Stated Stone: "
    >>> mention, cue, rule = _inverted_colon(english, text, 0, len(text))
    >>> text[mention.start : mention.end], text[slice(*cue)], rule
    ('Stone', 'Stated', 'inverted-colon')
    >>> _inverted_colon(english, "Mr. Stone: ", 0, 11) is None  # no cue: the colon-intro rule's case
    True
    """
    colon = grammar.INVERTED_COLON.search(text, lo, end)
    if colon is None:
        return None
    mention = classify_mention(grammar, text, *colon.span("speaker"))
    if mention is None or mention.kind not in ("name", "description", "group"):
        return None
    return mention, colon.span("cue"), "inverted-colon"


def _colon_subject(
    grammar: AttributionGrammar, text: str, lo: int, end: int
) -> tuple[Mention, tuple[int, int], RuleName] | None:
    """ "Stated Stone:", "Mr. Smith shot back:": a clause ending in a colon that introduces a quote."""
    colon_at = lo + len(text[lo:end].rstrip()) - 1
    found = _inverted_colon(grammar, text, lo, end)
    if found is not None:
        return found
    # "Mr. Smith shot back: “…”", "The email goes on to say: “…”": a subject and a short verb phrase.
    mention = sentence_subject(grammar, text, lo, colon_at)
    if mention is not None and 1 <= _words(text, mention.end, colon_at) <= 5:
        return mention, (mention.end + 1, colon_at + 1), "colon-subject"
    return None


def _linked(
    ctx: QuoteContext,
    mention: Mention,
    cue: tuple[int, int] | None,
    rule: RuleName,
    window: tuple[int, int],
    via: tuple[int, int] | None = None,
) -> Linked:
    """The quotation of ``ctx`` attributed by ``rule``, with the rule's confidence."""
    quote = ctx.quote
    return Linked(
        list(quote.pieces),
        "direct",
        quote.depth,
        quote.unclosed,
        quote.paragraph,
        mention,
        cue,
        via,
        rule,
        RULES[rule].confidence,
        window,
        list(quote.marks),
    )


def _unlinked(quote: QuoteSpan) -> Linked:
    return Linked(list(quote.pieces), "direct", quote.depth, quote.unclosed, quote.paragraph, marks=list(quote.marks))


def _classify_unattributed(
    grammar: AttributionGrammar, text: str, index: Index, quote: QuoteSpan, open_mark: int
) -> str:
    """``direct`` for a quoted sentence, ``term`` for scare quotes and names."""
    words = sum(_words(text, s, e) for s, e in quote.pieces)
    sentence = index.sentences[index.sentence_of(open_mark)]
    starts_sentence = not text[sentence[0] : open_mark].strip(" \t\N{EM DASH}\N{EN DASH}-:")
    ends_like_sentence = bool(_SENTENCE_FINAL.search(text, quote.pieces[-1][0], quote.pieces[-1][1]))
    if quote.depth > 0:
        return "term" if words <= 4 else "partial"
    paragraph = index.paragraphs[quote.paragraph]
    if starts_sentence and not text[_close_end(text, quote) : paragraph[1]].strip(" \t.,;:!?"):
        return "direct"  # a whole paragraph in quotes is someone's turn of speech (“Bingley.”)
    if _title_case(grammar, text, quote.pieces) and not _title_case(grammar, text, [(sentence[0], open_mark)]):
        # ''Tales From the Crypt,'' an HBO series: the name of a work.  In a headline, where
        # every word is capitalised, a quote in title case may still be someone's words.
        return "term"
    if words >= 6 and (starts_sentence or ends_like_sentence):
        return "direct"
    if words <= 3:
        return "term"
    return "partial" if not starts_sentence else "direct"


def _apply(rules: tuple[QuoteRule, ...], ctx: QuoteContext) -> Linked | None:
    """The attribution of the first rule in ``rules`` that matches."""
    for rule in rules:
        item = rule(ctx)
        if item is not None:
            return item
    return None


def link_quotes(text: str, index: Index, quotes: list[QuoteSpan], lang: Language) -> list[Linked]:
    """Quotes with their attribution, split quotes merged, plus indirect claims.

    A language without an attribution grammar leaves every quote unattributed.

    >>> from quoteattr.lang import get_language
    >>> from quoteattr.spans import pair_quotes
    >>> text = "“We will win,” Truss said."
    >>> index = Index(text, get_language("en"))
    >>> [(item.rule, text[item.speaker.start : item.speaker.end])
    ...  for item in link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes, get_language("en"))]
    [('trailing-said', 'Truss')]
    >>> text = "The so-called “rules-based order” failed."  # a term: nobody's words
    >>> index = Index(text, get_language("en"))
    >>> [(item.kind, item.speaker) for item in link_quotes(text, index, pair_quotes(text, index.paragraphs).quotes,
    ...                                                    get_language("en"))]
    [('term', None)]
    """
    grammar = lang.attribution or _NO_GRAMMAR
    outer = [q for q in quotes if q.depth == 0]
    frames = find_frames(text, index, [(q.start - 1, _close_end(text, q)) for q in outer], lang)
    frame_index = _FrameIndex(frames)
    linked: list[Linked] = []
    for quote in quotes:
        if quote.depth > 0:
            open_mark = quote.marks[0] if quote.marks and not quote.unclosed else quote.start - 1
            item = _unlinked(quote)
            item.kind = _classify_unattributed(grammar, text, index, quote, max(open_mark, 0))
            linked.append(item)
            continue
        ctx = QuoteContext.of(text, index, grammar, frame_index, quote)
        if _in_question_put(grammar, text, index, ctx.open_mark):
            # "Asked whether Clinton “has the integrity to serve,” 75 percent said no": the
            # quoted words are the question, not the answer; whoever asked is not named.
            item = _unlinked(quote)
            item.kind = "partial"
            linked.append(item)
            continue
        found = _apply(QUOTE_RULES, ctx) or _apply(FALLBACK_RULES, ctx)
        if found is None:
            found = _unlinked(quote)
            found.kind = _classify_unattributed(grammar, text, index, quote, ctx.open_mark)
        linked.append(found)
    linked = _merge_split_quotes(grammar, text, linked)
    _carry_paragraph_speakers(grammar, text, index, linked, frames)
    _continue_paragraph_speakers(grammar, text, index, linked, frames)
    _nested_speakers(grammar, text, index, linked)
    used_cues = {item.cue for item in linked if item.cue is not None and item.kind == "direct"}
    direct = [item for item in linked if item.kind == "direct" and item.depth == 0]
    direct_starts = sorted((item.start, item.cue) for item in direct if item.cue)
    direct_pieces = sorted(piece for item in direct for piece in item.pieces)
    for frame in frames:
        if frame.cue in used_cues:
            continue
        if frame.rule == "according-to" and _reports_attribution(frame, used_cues):
            # "“…,” the judge said, according to the Post": the Post's claim is that the judge said it.
            content = list(frame.content)
        elif _mostly_quoted(frame, direct_pieces):
            continue
        else:
            content = _cut_before_quotes(grammar, text, frame, direct_starts)
        if not content:
            continue
        linked.append(
            Linked(
                content,
                "indirect",
                0,
                False,
                index.sentence_paragraph[frame.sentence],
                frame.speaker,
                frame.cue,
                frame.via,
                frame.rule,
                frame.confidence,
                index.sentences[frame.sentence],
            )
        )
    linked.sort(key=lambda item: (item.start, item.depth, item.end))
    return linked


def _nested_speakers(grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked]) -> None:
    """A quote inside a quote: introduced inside it (“He said, ‘Well, …’”) or else the outer speaker's words.

    The words of a nested quote are spoken by whoever speaks the quote around them;
    when that speaker introduces them as someone else's, the introduction wins.
    """
    outer = sorted((piece, item) for item in linked if item.depth == 0 for piece in item.pieces)
    starts = [piece[0] for piece, _ in outer]
    for item in linked:
        if item.depth == 0 or item.speaker is not None:
            continue
        k = bisect.bisect_right(starts, item.start) - 1
        if k < 0 or outer[k][0][1] < item.end:
            continue
        (piece_start, _), container = outer[k]
        open_mark = item.marks[0] if item.marks else item.start - 1
        lo = max(piece_start, index.sentences[index.sentence_of(open_mark)][0], open_mark - 200)
        found = _introduction(grammar, text, lo, open_mark) if lo < open_mark else None
        if found is not None:
            item.speaker, item.cue, item.rule = found
            item.confidence = RULES[item.rule].confidence
            item.frame_window = (lo, open_mark)
        elif container.speaker is not None:
            item.speaker, item.cue, item.rule = container.speaker, container.cue, "nested"
            item.confidence = RULES["nested"].confidence
            item.frame_window = container.frame_window


def _starts_sentence(text: str, index: Index, open_mark: int) -> bool:
    lo = index.sentences[index.sentence_of(open_mark)][0]
    return not text[lo:open_mark].strip(" \t\N{EM DASH}\N{EN DASH}-:")


def _nearest_subject(grammar: AttributionGrammar, text: str, lo: int, open_mark: int) -> Mention | None:
    """The subject of the clause a quote sits in: the last clause start before it with a subject and a verb.

    "In New Hampshire, which votes next, Bush referred to Rubio as “a bright leader”" -> Bush.
    """
    starts = [lo] + [m.end() for m in grammar.CLAUSE_START.finditer(text, lo, open_mark)]
    for start in reversed(starts):
        mention = sentence_subject(grammar, text, start, open_mark)
        if (
            mention is not None
            and grammar.VERB_AFTER.match(text, mention.end, open_mark)
            and _may_speak(grammar, text, mention)
        ):
            return mention
    mention = sentence_subject(grammar, text, lo, open_mark)
    return mention if mention is not None and _may_speak(grammar, text, mention) else None


def _may_speak(grammar: AttributionGrammar, text: str, mention: Mention) -> bool:
    """A place ("California", a "WASHINGTON -" dateline) or a thing ("Truss’s remarks") is not a speaker."""
    surface = text[mention.start : mention.end]
    if mention.kind == "description" and grammar.POSSESSIVE.fullmatch(surface):
        return surface.rsplit(maxsplit=1)[-1].lower() in grammar.SPEAKING_HEADS
    if mention.kind != "name":
        return True
    return surface.lower() not in grammar.PLACES and not (surface.isupper() and len(surface) > 3)


def _title_case(grammar: AttributionGrammar, text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """“The Art of the Deal”, ''Today'': a name in title case, at most 12 words, every one but the
    small words capitalised.  Stops at the first word that is not."""
    words = content = 0
    for s, e in pieces:
        for match in _WORD.finditer(text, s, e):
            word = match.group()
            words += 1
            if words > 12:
                return False
            if word.lower() in grammar.TITLE_SMALL_WORDS:
                continue
            if not (word[0].isupper() or word[0].isdigit()):
                return False
            content += 1
    return content > 0


def _cut_before_quotes(
    grammar: AttributionGrammar, text: str, frame: Frame, direct_starts: Sequence[tuple[int, tuple[int, int] | None]]
) -> list[tuple[int, int]]:
    """A claim ends where someone else's attributed direct quote begins.

    "Clinton, who called Sanders after the vote, told supporters, “I still love
    New Hampshire”": the claim of "who called" stops before Clinton's quote.
    """
    pieces: list[tuple[int, int]] = []
    for start, end in frame.content:
        k = bisect.bisect_right(direct_starts, (start, _MAX_SPAN))
        while k < len(direct_starts) and direct_starts[k][0] < end:
            if direct_starts[k][1] != frame.cue:
                end = direct_starts[k][0] - 1
                break
            k += 1
        start, end = trim(text, start, end)
        while end > start and text[end - 1] in ",;:\"“”'‘’«»\N{EM DASH}\N{EN DASH}-":
            end = trim(text, start, end - 1)[1]
        if long_enough_claim(grammar, text, start, end):
            pieces.append((start, end))
    return pieces


class _FrameIndex:
    """Frames by sentence, for finding the clause a quote opens in without scanning every frame."""

    def __init__(self, frames: list[Frame]) -> None:
        self.by_sentence: dict[int, list[tuple[int, int, Frame]]] = {}
        for frame in frames:
            for s, e in frame.content:
                self.by_sentence.setdefault(frame.sentence, []).append((s, e, frame))
        for pieces in self.by_sentence.values():
            pieces.sort(key=lambda piece: piece[0])

    def enclosing(self, index: Index, quote: QuoteSpan) -> Frame | None:
        """The innermost frame whose content the quote opens in; a speech cue outranks a belief inside it.

        "Rubio suggested ..., while Cruz said that “…”" -> Cruz; "Bateman says ... he feels
        confident Cruz will “win”" -> Bateman.  The quote may run on past the clause's sentence.
        """
        best: Frame | None = None
        best_key = (False, -1)
        number = index.sentence_of(quote.start)
        for sentence in (number - 1, number):
            pieces = self.by_sentence.get(sentence, [])
            k = bisect.bisect_right(pieces, quote.start, key=lambda piece: piece[0])
            for s, e, frame in pieces[max(0, k - _NESTING) : k]:
                key = (frame.rule != "belief", s)
                if s <= quote.start <= e and key > best_key:
                    best, best_key = frame, key
        return best

    def participle_after_speaker(
        self, grammar: AttributionGrammar, text: str, index: Index, open_mark: int
    ) -> Frame | None:
        """An inverted claim whose speaker a participle phrase follows, up to the quote: "...,
        said Truss batting for “a global NATO”"."""
        for s, _, frame in self.by_sentence.get(index.sentence_of(open_mark), []):
            if (
                frame.rule == "inverted-cue"
                and frame.speaker.end <= open_mark
                and s < open_mark
                and grammar.PARTICIPLE_PHRASE.match(text, frame.speaker.end, open_mark)
            ):
                return frame
        return None


def _reports_attribution(frame: Frame, used_cues: set[tuple[int, int]]) -> bool:
    """Whether a frame's content holds the cue of an attributed quote: a report of a report."""
    return any(s <= cue[0] and cue[1] <= e for s, e in frame.content for cue in used_cues)


def _mostly_quoted(frame: Frame, direct_pieces: list[tuple[int, int]]) -> bool:
    """A frame whose content is a direct quote already attributed (She added, “…”).

    ``direct_pieces`` are the pieces of outermost direct quotes, sorted; they do not overlap.
    """
    size = sum(e - s for s, e in frame.content) or 1
    covered = 0
    for fs, fe in frame.content:
        k = bisect.bisect_left(direct_pieces, (fe, -1)) - 1
        while k >= 0 and direct_pieces[k][1] > fs:
            s, e = direct_pieces[k]
            covered += max(0, min(e, fe) - max(s, fs))
            k -= 1
    return covered >= size * 0.5


def _merge_split_quotes(grammar: AttributionGrammar, text: str, linked: list[Linked]) -> list[Linked]:
    """Join quotes of one paragraph separated only by their attribution: “A,” he said. “B.”"""
    merged: list[Linked] = []
    previous: Linked | None = None  # the last outer quote that is not a bare term
    for item in linked:
        # Scare quotes in the gap ("on CNN’s “State of the Union” Sunday") do not separate the pieces.
        if (
            item.depth == 0
            and previous is not None
            and previous.paragraph == item.paragraph
            and previous.kind == "direct"
            and item.kind in ("direct", "partial")
            and _joinable(grammar, text, previous, item)
        ):
            if previous.speaker is None and item.speaker is not None:
                previous.speaker, previous.cue, previous.rule = item.speaker, item.cue, item.rule
                previous.confidence, previous.frame_window, previous.via = item.confidence, item.frame_window, item.via
            previous.pieces.extend(item.pieces)
            previous.marks.extend(item.marks)
            # Nested quotes of the joined piece stay as they are; keep order by start.
            continue
        merged.append(item)
        if item.depth == 0 and not (item.kind == "term" and item.speaker is None):
            previous = item
    return merged


def _joinable(grammar: AttributionGrammar, text: str, first: Linked, second: Linked) -> bool:
    gap_start, gap_end = first.end, second.start
    if gap_end - gap_start > 220 or first.rule == "signature":
        return False  # a signature line closes its quote
    if second.speaker is not None and second.cue != first.cue and first.speaker is not None:
        return False
    if first.speaker is None and second.speaker is None:
        return False
    # The gap holds nothing but marks, punctuation and the attribution clause itself.
    gap = regex.sub(r"[\"“”„«»‘’'\s,.;:!?\N{EM DASH}\N{EN DASH}-]", "", text[gap_start:gap_end])
    if not gap:
        return True
    if first.speaker is None or first.cue is None:
        return False
    clause_start = min(first.speaker.start, first.cue[0])
    clause_end = max(first.speaker.end, first.cue[1])
    if not (gap_start <= clause_start and clause_end <= gap_end):
        return False
    rest = text[gap_start:clause_start] + text[clause_end:gap_end]
    rest = regex.sub(r"[\"“”„«»‘’'\s,.;:!?\N{EM DASH}\N{EN DASH}-]", "", rest)
    return _words(rest, 0, len(rest)) <= 12 and not any(w in grammar.SPEECH_FORMS for w in rest.split())


def _continue_paragraph_speakers(
    grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked], frames: list[Frame]
) -> None:
    """A quoted sentence with no cue continues the speaker of the paragraph's previous claim or quote.

    “…,” she said she and Obama had made progress. “I really believe that…” — the
    second sentence is still hers.
    """
    sources: list[tuple[int, int, Mention, tuple[int, int] | None]] = [
        (f.end, index.sentence_paragraph[f.sentence], f.speaker, f.cue) for f in frames
    ]
    sources += [(i.end, i.paragraph, i.speaker, i.cue) for i in linked if i.speaker is not None and i.depth == 0]
    sources.sort(key=lambda s: s[0])
    ends = [s[0] for s in sources]
    for item in linked:
        if item.speaker is not None or item.depth > 0 or item.kind != "direct":
            continue
        sentence = index.sentences[index.sentence_of(item.start - 1)]
        if not _GAP_ONLY_PUNCT.match(text, sentence[0], max(sentence[0], item.start - 1)):
            continue
        introduced = _introducing_sentence(grammar, text, index, index.sentence_of(item.start - 1))
        if introduced is not None:
            item.speaker, item.cue = introduced
            item.rule, item.confidence = "leading-sentence", RULES["leading-sentence"].confidence
            item.frame_window = index.sentences[index.sentence_of(item.start - 1) - 1]
            continue
        k = bisect.bisect_right(ends, item.start) - 1
        if k < 0 or sources[k][1] != item.paragraph:
            continue
        _, _, mention, cue = sources[k]
        item.speaker, item.cue, item.rule, item.confidence = mention, cue, "continued", RULES["continued"].confidence
        item.frame_window = (index.paragraphs[item.paragraph][0], item.start)


def _introducing_sentence(
    grammar: AttributionGrammar, text: str, index: Index, number: int
) -> tuple[Mention, tuple[int, int]] | None:
    """ "Sam Lau, the party's spokesman, said in a statement. “There are no ballots.”"

    A sentence that ends on its cue (and perhaps where or how it was said) introduces
    the quote that follows it, within a paragraph or across a paragraph break.
    """
    if number == 0 or index.sentence_paragraph[number] - index.sentence_paragraph[number - 1] > 1:
        return None
    lo, hi = index.sentences[number - 1]
    cue = _last_speech_cue(grammar, text, max(lo, hi - 120), hi)
    if cue is None or not grammar.ENDS_ON_CUE.fullmatch(text, cue.end(), hi):
        return None
    mention = subject_before(grammar, text, lo, cue.start())
    if mention is None or mention.kind == "relative":
        return None
    return mention, cue.span()


def _carry_paragraph_speakers(
    grammar: AttributionGrammar, text: str, index: Index, linked: list[Linked], frames: list[Frame]
) -> None:
    """A quote paragraph with no attribution continues the previous paragraph's speaker."""
    last_frame = {index.sentence_paragraph[frame.sentence]: frame for frame in frames}
    first_claim: dict[int, Frame] = {}  # the outermost reported speech of each sentence
    for frame in frames:
        if frame.rule != "belief":
            first_claim.setdefault(frame.sentence, frame)
    last_speaker: dict[int, Linked] = {}
    for item in linked:
        if item.speaker is not None and item.depth == 0:
            last_speaker[item.paragraph] = item
    for item in linked:
        if item.speaker is not None or item.depth > 0 or item.kind != "direct" or item.paragraph == 0:
            continue
        p_start = index.paragraphs[item.paragraph][0]
        if not _GAP_ONLY_PUNCT.match(text, p_start, max(p_start, item.start - 1)):
            continue
        source = last_speaker.get(item.paragraph - 1)
        prev_start, prev_end = index.paragraphs[item.paragraph - 1]
        turn_start, turn_end = index.paragraphs[item.paragraph]
        other = (
            _alternating_speaker(grammar, text, index, last_speaker, item.paragraph)
            if turn_end - turn_start <= _DIALOGUE_TURN // 2
            else None  # a long quoted paragraph continues a speech (carried), it is not a reply
        )
        if other is not None:
            # “What is his name?” / “Bingley.” — in a dialogue, unattributed turns alternate.
            item.speaker, item.cue = other.speaker, other.cue
            item.rule, item.confidence = "alternating", RULES["alternating"].confidence
            item.frame_window = index.paragraphs[other.paragraph]
            last_speaker[item.paragraph] = item
            continue
        rule: RuleName = "carried"
        if source is not None:
            item.speaker, item.cue = source.speaker, source.cue
        elif not text[prev_start:prev_end].rstrip().endswith(":"):
            # "Carter said that the U.S. would not withdraw." then a quote paragraph: the
            # speaker of a reported claim ending the paragraph goes on in quotes.
            claim = first_claim.get(index.sentence_of(prev_end - 1))
            if claim is None:
                continue
            item.speaker, item.cue = claim.speaker, claim.cue
            rule = "carried-claim"
        else:
            # "Truss said:" or "The Times reported:" closing the paragraph before introduces the quote.
            last_sentence = index.sentences[index.sentence_of(prev_end - 1)]
            found = _introduction(grammar, text, max(last_sentence[0], prev_end - 200), prev_end)
            claim = last_frame.get(item.paragraph - 1)
            if found is not None and found[2] in _COLON_RULES and claim is not None:
                found = None  # "As Ortiz observed, the winner was the network itself:": the claim's speaker
            if found is not None:
                item.speaker, item.cue = found[0], found[1]
            elif claim is not None:
                # "As Pollak observed, the biggest victor was the stage itself:" then the quote.
                item.speaker, item.cue = claim.speaker, claim.cue
            else:
                continue
        item.rule, item.confidence = rule, RULES[rule].confidence
        item.frame_window = (prev_start, prev_end)
        last_speaker[item.paragraph] = item


def _alternating_speaker(
    grammar: AttributionGrammar, text: str, index: Index, last_speaker: dict[int, Linked], paragraph: int
) -> Linked | None:
    """In a run of quote paragraphs by two different speakers, the next unattributed turn is the earlier one's."""
    if paragraph < 2:
        return None
    before, earlier = last_speaker.get(paragraph - 1), last_speaker.get(paragraph - 2)
    if before is None or earlier is None or before.speaker is None or earlier.speaker is None:
        return None
    for item in (before, earlier):
        start, end = index.paragraphs[item.paragraph]
        if not _GAP_ONLY_PUNCT.match(text, start, max(start, item.start - 1)) or end - start > _DIALOGUE_TURN:
            return None  # not a dialogue turn: the paragraph does not open with the quote, or is a speech
    a = text[earlier.speaker.start : earlier.speaker.end].lower()
    b = text[before.speaker.start : before.speaker.end].lower()
    if a == b or (earlier.speaker.kind == before.speaker.kind == "pronoun" and not _different_gender(grammar, a, b)):
        return None
    return earlier


def _different_gender(grammar: AttributionGrammar, a: str, b: str) -> bool:
    return frozenset({a, b}) in grammar.GENDER_PAIRS


def trim_possessive(text: str, mention: Mention, lang: Language) -> Mention:
    """Feldman’s -> Feldman: the possessive ending is not part of the name.

    >>> from quoteattr.lang import get_language
    >>> trim_possessive("Feldman’s", Mention(0, 9, "name"), get_language("en"))
    Mention(start=0, end=7, kind='name', roles=[])
    >>> trim_possessive("Feldman", Mention(0, 7, "name"), get_language("en"))
    Mention(start=0, end=7, kind='name', roles=[])
    """
    endings = lang.attribution.POSSESSIVE_ENDINGS if lang.attribution is not None else ()
    for ending in endings:
        if text.endswith(ending, mention.start, mention.end) and mention.end - len(ending) > mention.start:
            start, end = trim(text, mention.start, mention.end - len(ending))
            return Mention(start, end, mention.kind, mention.roles)
    return mention
