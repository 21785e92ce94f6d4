"""The quotation rules: each finds one pattern of attribution around a quotation.

:data:`QUOTE_RULES` look right around the quotation, strongest first:

* ``trailing-said``   “…”, – Truss said.  /  “…,” the minister added.
* ``inverted-said``   “…,” said Truss.
* ``dropped-subject`` «…», añadió.  (a language that drops the subject: the nearest subject before)
* ``quoted-as``       “…”, – TASS quoted him as saying.  (speaker him, via TASS)
* ``leading-said``    She added, “…”  /  Truss said: “…”
* ``dialogue-incise`` — Je crois, répondit Marie, que …  (the narrator between a turn's pieces)

:data:`FALLBACK_RULES` look at the sentence around a quotation none of those
attributes, e.g. ``inside-claim``: a quoted fragment inside a reported clause
(kind ``partial``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

import regex

from quoteattr.attribution.claims import _FrameIndex, _last_speech_cue, find_frames, passive_cue
from quoteattr.attribution.kinds import (
    _BEFORE_SENTENCE,
    _SENTENCE_FINAL,
    _classify_unattributed,
    _never,
    _quote_title_case,
    _title_case,
    _words,
)
from quoteattr.attribution.mentions import (
    Mention,
    before_adverbs,
    classify_mention,
    matched_kind,
    sentence_subject,
    subject_before,
)
from quoteattr.attribution.rules import (
    _SPACE_RUN,
    RULES,
    Linked,
    QuoteContext,
    QuoteRule,
    _close_end,
)
from quoteattr.data.marks import MARKS
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.marks import MARK_PATTERN
from quoteattr.models import RuleName
from quoteattr.spans import QuoteSpan
from quoteattr.text import Index

# What never stands between a cue and the opening mark it introduces: a sentence's end or a quotation mark.
_GAP_STOPS = '.!?“”"«»„'
# Between a cue and the opening mark: "said in a statement:", "told reporters,", "added".  At most one
# comma, and that one only after the gap: a cue further back is no introduction of the quote.  The gap is
# at most 60 characters, none of them a stop or a comma, and what follows it to the mark is what
# ``_GAP_TAIL`` matches; (?r): read from the mark back, its longest match is found at once.
_GAP_TAIL = regex.compile(r"(?r)\s*[,:\N{EM DASH}\N{EN DASH}-]?\s*\Z")
_GAP_STOP = regex.compile(rf"[{_GAP_STOPS},]")
_LONGEST_GAP = 60
# (?r) What a cue introducing the quote must stand after: the last stop, or the earlier of the last two
# commas.  Cues are words, holding neither, so the last cue before the mark is looked for after it.
_GAP_BOUND = regex.compile(rf"(?r)[{_GAP_STOPS}]|,[^{_GAP_STOPS},]*,")
_CAPITAL_WORD = regex.compile(r"\b\p{Lu}\p{Ll}+\b")
# The capitalised words right before a headline's cue: "Francois Hollande" in "Francois Hollande Says".
_NAME_BEFORE_CUE = regex.compile(
    r"(?r)(?:^|(?<=[\s,:;‘’“”\"']))(?P<name>(?:\p{Lu}[\p{L}’'.\-]*\s+){0,3}\p{Lu}[\p{L}’'.\-]*)\s+\Z"
)
_GAP_ONLY_PUNCT = regex.compile(r"[\s,.;:!?\N{EM DASH}\N{EN DASH}-]*\Z")
# What may follow "Trump said" for the sentence to be an attribution and nothing more.
_ATTRIBUTION_ENDS = regex.compile(r"[^\S\n]*[.!](?:\s|\Z)")
_FIRST_WORD = regex.compile(r"\s*(\w+)")
# The first character of any quotation mark: where one may stand, in one fast scan.
_MARK_START = re.compile("[" + re.escape("".join(sorted({mark[0] for mark in MARKS}))) + "]")
# What ends the clause of a cue with no subject: "«…», añadió.", "«…», añadió, «…»", "—…—añadió—".
_CLAUSE_ENDS = regex.compile(r"\s*(?:[.,;:!?\N{EM DASH}\N{EN DASH}\N{HORIZONTAL BAR}]|\Z)")
# What a language without an attribution grammar matches: nothing, so every quote stays unattributed.
_NO_GRAMMAR = AttributionGrammar()


def _signature(ctx: QuoteContext) -> Linked | None:
    """“…” ― Sonya Herridge: a quote that opens its line, signed by a dash and a name.

    The signature may end the quote's own line or stand alone as the next paragraph
    (“…” / - Sanders.).

    >>> _first("“Be kind.” ― Sonya Herridge\\n", _signature)
    ('signature', 'Sonya Herridge')
    >>> _first("“Be kind.” And “be brave.” ― Sonya Herridge\\n", _signature)  # signed after the line's last mark
    ('signature', 'Sonya Herridge')
    >>> _first("She wrote “be kind” ― Sonya Herridge\\n", _signature)  # the quote does not open its line
    """
    text, index, grammar, quote = ctx.text, ctx.index, ctx.grammar, ctx.quote
    if not _starts_line(text, quote):
        return None
    after, paragraph_end = ctx.after, ctx.paragraph_end
    spaces = _SPACE_RUN.match(text, after, max(after, paragraph_end))
    rest_blank = spaces is None or spaces.end() >= paragraph_end
    signed = None
    if not rest_blank:
        # Every signature holds one of its hints (its dashes): a rest of the paragraph with none is signed
        # neither right after the quote nor after a later mark, and most lines that open on a quote hold none.
        # (A blank rest holds no hint either: only the next paragraph may sign the quote then.)
        if not any(text.find(hint, after, paragraph_end) >= 0 for hint in grammar.SIGNATURE_HINTS):
            return None
        signed = grammar.SIGNATURE.match(text, after, paragraph_end)
        if signed is None and _MARK_START.search(text, after, paragraph_end - 1):
            # “… ‘Some people are so poor.” And that’s all he has “the root of all evil’.” ― Christina Lastra:
            # the line goes on past an early closing mark, and the signature after its last mark signs it all
            # (a line with no mark after the quote's has no such signature: the search is skipped).
            signed = _signature_after_mark(grammar, text, after, paragraph_end)
    elif quote.paragraph + 1 < len(index.paragraphs):
        start, end = index.paragraphs[quote.paragraph + 1]
        signed = grammar.SIGNATURE.match(text, start, end)
    if signed is None:
        return None
    mention = classify_mention(grammar, text, *signed.span("speaker"))
    if mention is None or mention.kind != "name":
        return None
    return _linked(ctx, mention, signed.span("dash"), "signature", (after, signed.end()))


def _signature_after_mark(grammar: AttributionGrammar, text: str, after: int, end: int) -> regex.Match[str] | None:
    """The first signature in ``text[after:end]``, if it starts right after a quotation mark.

    The first signature must start after a mark, so the signature is tried after each mark first
    (a few per line) and the line is searched only when one is there: most lines have none.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> text = "” And that’s all he has “the root of all evil’.” ― Christina Lastra"
    >>> _signature_after_mark(grammar, text, 1, len(text)).group("speaker")
    'Christina Lastra'
    >>> _signature_after_mark(grammar, "” And that ― Christina Lastra", 1, 30) is None  # no mark before it
    True
    """
    for mark in _MARK_START.finditer(text, after, end):
        # The signature is tried first: after nearly every mark no dash follows and it fails at once, where
        # the mark itself (an apostrophe as often as not) is one, and the pattern would only confirm it.
        if grammar.SIGNATURE.match(text, mark.start() + 1, end) and MARK_PATTERN.match(text, mark.start()):
            break
    else:
        return None
    late = grammar.SIGNATURE.search(text, after, end)
    if late is not None and late.start() > after and MARK_PATTERN.match(text, late.start() - 1):
        return late
    return None


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
    # Every match of TRAILING holds a verb of saying; most closed quotes have none in the rest of their paragraph.
    if grammar.SPEECH_CUE_WORD.search(text, ctx.after, ctx.paragraph_end) is None:
        return None
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
    >>> _first("“We will win,” Interfax cited her as saying.", _quoted_as)
    ('quoted-as', 'her')
    >>> _first("“We will win,” TASS said.", _quoted_as)
    """
    if ctx.closed_sentence:
        return None
    text, after, hi = ctx.text, ctx.after, ctx.window_end
    for hint in ctx.grammar.QUOTED_AS_HINTS:
        if text.find(hint, after, hi) >= 0:
            break
    else:
        return None  # no "quoted" or "cited": the common case, answered without the pattern
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
    >>> _first("She called “unhinged” a Donald Trump tweet about her.", _trailing_said)  # a noun phrase
    """
    if ctx.closed_sentence or not ctx.cue_ahead():
        return None  # no verb of saying after the quote: every match of TRAILING holds one
    text, grammar = ctx.text, ctx.grammar
    match = grammar.TRAILING.match(text, ctx.after, ctx.window_end)
    if match is None:
        return None
    start, end = match.span("speaker")
    # "my father often said": the adverbs end the speaker's span, looked for only where its last word may end one.
    adverbs = before_adverbs(grammar, text, start, end)
    mention = classify_mention(grammar, text, start, adverbs if adverbs > start else end)
    if mention is None:
        return None
    if _noun_before_noun(grammar, text, mention, match.group("cue")):
        return None
    return _linked(ctx, mention, match.span("cue"), "trailing-said", (ctx.after, ctx.window_end))


def _trailing_appositive(ctx: QuoteContext) -> Linked | None:
    """“…,” Sam Nunberg, a former Trump aide, said. / “…,” a defiant Trump said.

    A cue word inside the appositive ("the Indiana state union") does not end it: the next one may.

    >>> _first("“We will win,” Sam Nunberg, a former aide, said.", _trailing_appositive)
    ('trailing-said-appositive', 'Sam Nunberg')
    >>> _first("“We will win,” the crowd knew.", _trailing_appositive)  # no verb of saying
    >>> _first("He said, “We will win,” when Clinton blasted him.", _trailing_appositive)  # a new clause
    """
    if ctx.closed_sentence or not ctx.cue_ahead():
        return None  # no verb of saying after the quote for an appositive to end at
    text, grammar, after, hi = ctx.text, ctx.grammar, ctx.after, ctx.window_end
    lead = grammar.TRAILING_LEAD.match(text, after, hi)
    lead_end = lead.end() if lead else after
    for cue in islice(grammar.SPEECH_CUE_WORD.finditer(text, lead_end, hi), 3):
        if _words(text, after, cue.start()) > 35:
            break
        if cue.start() == lead_end:
            continue  # "“…,” said Truss": nothing stands before the cue to be its subject, or a name it modifies
        mention = subject_before(grammar, text, lead_end, cue.start())
        if mention is None:  # "a defiant Trump said": the modifiers are read only where no subject was found
            modifiers = grammar.MODIFIERS.match(text, lead_end, cue.start())
            if modifiers is not None:
                mention = classify_mention(grammar, text, modifiers.end(), cue.start())
                mention = mention if mention is not None and mention.kind == "name" else None
        if mention is not None and _noun_before_noun(grammar, text, mention, cue.group()):
            continue
        if mention is not None and grammar.SUBORDINATOR.search(text, lead_end, mention.start):
            break  # "“…,” when Clinton blasted him": a new clause, whose subject did not say the quote
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


def _dropped_subject(ctx: QuoteContext) -> Linked | None:
    """«…», añadió. / “…”, ha detto.: a cue alone after the quote, its subject pronoun dropped.

    Spanish, Italian and Portuguese news name no subject when the speaker is known.  The
    cue must end its clause, or be followed only by where and when it was said
    (“«…», añadió en una entrevista.”); a word after it that is no such phrase is its
    subject or object, left to the other rules.  The record has the cue and no speaker
    yet: the discourse pass gives it the nearest subject before the quote.

    >>> text = "«Lo recurriremos», añadió en la rueda de prensa."
    >>> item = _dropped_subject(_context(text, "es"))
    >>> item.rule, item.speaker, text[slice(*item.cue)]
    ('dropped-subject', None, 'añadió')
    >>> _dropped_subject(_context("«Lo recurriremos», añadió el portavoz del PP en su cuenta.", "es"))  # a subject
    >>> _dropped_subject(_context("“We will appeal,” added.", "en"))  # English names its subjects
    """
    if ctx.closed_sentence:
        return None
    text, grammar, after, hi = ctx.text, ctx.grammar, ctx.after, ctx.window_end
    match = grammar.DROPPED_SUBJECT.match(text, after, hi)
    if match is None or match.group("cue") in grammar.PARTICIPLE_CUES or grammar.INVERTED.match(text, after, hi):
        return None  # a gerund joins the sentence before; a subject after the cue is the inverted rule's
    if not (_CLAUSE_ENDS.match(text, match.end(), hi) or grammar.TRAILING_GAP.match(text, match.end(), hi)):
        return None
    item = _unlinked(ctx.quote)
    item.cue, item.rule, item.frame_window = match.span("cue"), "dropped-subject", (after, hi)
    item.confidence = RULES["dropped-subject"].confidence
    return item


def _noun_before_noun(grammar: AttributionGrammar, text: str, mention: Mention, cue: str) -> bool:
    """ "a Donald Trump tweet": one thing before a bare verb form is a noun phrase, not subject and cue."""
    if cue.lower() not in grammar.CUE_BASE_FORMS:
        return False  # "said", "added": most cues are no bare form, and the mention's first word need not be read
    first = text[mention.start : mention.end].split(maxsplit=1)[0].lower()
    return first in grammar.SINGULAR_DETERMINERS


def _dialogue_incise(ctx: QuoteContext) -> Linked | None:
    """— Je crois, répondit Marie, que … / —No lo sé —respondió María—. Quizá mañana.

    A dialogue turn leaves the narrator's incise out of its pieces; when the
    incise stands between two pieces, the rules that read after a quote's last
    piece never see it.  This one reads the gap after the first piece (past the
    dash that opens the incise, up to the dash that closes it or the next piece)
    with the inverted and trailing rules, and gives the whole turn its speaker.
    Quotations in marks are read the same way where the parser left an incise out of them.

    >>> _first("— Je crois, répondit Marie, que tout ira bien.", _dialogue_incise, "fr")
    ('dialogue-incise', 'Marie')
    >>> _first("— Нет, — сказал он, — я не поеду.", _dialogue_incise, "ru")
    ('dialogue-incise', 'он')
    >>> _first("— Je crois, mais pas toujours, que tout ira bien.", _dialogue_incise, "fr")  # no incise

    An incise inside quotation marks keeps the rule that reads it:

    >>> _first("« Nous ne reculerons pas, a lancé le ministre. La loi sera appliquée. »", _dialogue_incise, "fr")
    ('inverted-said', 'le ministre')
    """
    quote = ctx.quote
    if quote.incise is not None:
        # "« …, a lancé le ministre. … »": an incise inside quotation marks is an inverted or
        # trailing cue like any other, only between the pieces.
        incise = replace(ctx, after=quote.incise[0], window_end=quote.incise[1], closed_sentence=False)
        return _inverted_said(incise) or _trailing_said(incise)
    if not quote.dialogue or len(quote.pieces) < 2:
        return None
    gap_start, gap_end = quote.pieces[0][1], quote.pieces[1][0]
    dashes = [mark for mark in quote.marks if gap_start <= mark < gap_end]
    after = dashes[0] + 1 if dashes else gap_start
    hi = dashes[1] if len(dashes) > 1 else gap_end
    incise = replace(ctx, after=after, window_end=hi, closed_sentence=False)
    found = _inverted_said(incise) or _trailing_said(incise)
    if found is None:
        return None
    found.rule, found.confidence = "dialogue-incise", RULES["dialogue-incise"].confidence
    return found


def _in_question_put(ctx: QuoteContext) -> bool:
    """The quote sits in an opening "Asked whether/if/about ..." clause, before its comma.

    >>> _in_question_put(_context("Asked whether Clinton “has the integrity,” most said no."))
    True
    >>> _in_question_put(_context("Clinton asked whether he “has the integrity,” and left."))  # not opening
    False
    """
    open_mark = ctx.open_mark
    lo = ctx.sentence[0] if ctx.sentence[0] > open_mark - 160 else open_mark - 160
    return ctx.grammar.ASKED_CLAUSE.match(ctx.text, lo, open_mark) is not None


def _starts_line(text: str, quote: QuoteSpan) -> bool:
    """The quote opens its line: a signed quote stands alone, it is not the end of someone's sentence.

    >>> from quoteattr.spans import pair_quotes
    >>> text = "Intro.\\n * “Be kind.” And she said “be brave.”"
    >>> _starts_line(text, pair_quotes(text).quotes[0]), _starts_line(text, pair_quotes(text).quotes[1])
    (True, False)
    """
    open_mark = quote.marks[0] if quote.marks and not quote.unclosed else quote.start
    lo = open_mark - 80 if open_mark > 80 else 0  # a line's indent or bullet is short
    newline = text.rfind("\n", lo, open_mark)  # read in place: most quotes open far from a line's start
    if newline < 0 and open_mark > 80:
        return False
    return not text[newline + 1 if newline >= 0 else lo : open_mark].strip(" \t\N{NO-BREAK SPACE}*\N{BULLET}-")


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
    if text.find(grammar.WHAT_HINT, lo, open_mark) < 0:
        return None  # no "what": the common case, answered without the pattern
    for word in grammar.WHAT_WORDS:
        if text.find(word, lo, open_mark) >= 0:
            break
    else:
        return None  # the hint's "that ", with no "what" to open a match
    match = grammar.WHAT_CALLED.search(text, lo, open_mark)
    if match is None:
        return None
    mention = classify_mention(grammar, text, *match.span("speaker"))
    if mention is None or mention.kind == "relative":
        return None
    item = _linked(ctx, mention, match.span("cue"), "what-called", ctx.sentence)
    item.kind = kind_alone(ctx)
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
    >>> _first("Clinton Speaks ‘Directly To White People’ After Shooting", _headline_cue)
    ('headline-cue', 'Clinton')
    >>> _first("Hollande says Trump ‘makes you retch’ often.", _headline_cue)  # no headline
    """
    text, grammar, open_mark = ctx.text, ctx.grammar, ctx.open_mark
    sentence = ctx.sentence
    close = ctx.after
    lo, hi = max(sentence[0], open_mark - 160), min(sentence[1], close + 160)  # headlines are short
    if not _quote_title_case(ctx) or not _title_case(grammar, text, [(lo, open_mark), (close, hi)]):
        return None
    for window in ((lo, open_mark), (close, hi)):
        for word in _CAPITAL_WORD.finditer(text, *window):
            cue_word = word.group().lower()
            if cue_word not in grammar.SPEECH_FORMS and cue_word not in grammar.HEADLINE_VERBS:
                continue
            if word.start() == window[0]:
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
    speaker = frame.speaker
    if speaker is not None and speaker.kind == "pronoun":
        # "She said she recalls the colleague being “confused”": the outer cue's subject reports it.
        speaker = _reporter_of(ctx.grammar, ctx.text, ctx.sentence[0], speaker)
    item = _linked(ctx, speaker, frame.cue, "inside-claim", ctx.index.sentences[frame.sentence])
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
    text, grammar, open_mark = ctx.text, ctx.grammar, ctx.open_mark
    lo, hi = ctx.sentence
    # The quote's kind taken alone is worked out only for a quote that opens its sentence: it tells nothing else here.
    if not text[lo:open_mark].strip(_BEFORE_SENTENCE) and kind_alone(ctx) not in ("term", "partial"):
        return None  # a quoted sentence of its own
    introduced = text[lo:open_mark].rstrip().endswith(":")  # "the headline reads: “Surge in Robberies”"
    if not _SENTENCE_FINAL.search(text, lo, hi) or (_quote_title_case(ctx) and not introduced):
        return None  # a headline, or the name of a book, show or song
    if grammar.SCARE_QUOTE_INTRO.search(text, max(lo, open_mark - 40), open_mark):
        return None  # the so-called “rules-based order”: a term, nobody's words
    mention = _nearest_subject(grammar, text, lo, open_mark)
    if mention is None or mention.end > open_mark:
        return None
    if mention.kind == "relative" and not text[: mention.start].rstrip().endswith(","):
        return None  # only the relative pronoun of a clause after a comma ("Beck, who described …")
    if mention.kind == "pronoun" and text[mention.start : mention.end].lower() in grammar.IMPERSONAL_PRONOUNS:
        return None
    item = _linked(ctx, mention, None, "sentence-subject", (lo, hi))
    item.kind = "partial"
    return item


def _colon_clause_cue(ctx: QuoteContext) -> Linked | None:
    """A clause of any length with a cue, ending in a colon: its subject speaks the quote after it.

    German writes long clauses before the colon, with the subject before the cue or, after a
    fronted phrase, right after it.  Only in a language whose grammar sets ``COLON_CLAUSE_CUE``.

    >>> _first("Am Montag erklärte die Sprecherin der Fraktion im Landtag in einer langen Mitteilung "
    ...        "an die Presse zudem: „Das geht zu weit.“", _colon_clause_cue, "de")
    ('colon-subject', 'die Sprecherin der Fraktion')
    >>> _first("Die Ergebnisse der Wahl in den einzelnen Bezirken im Überblick: „Bezirk Nord“", _colon_clause_cue, "de")
    """
    text, grammar, open_mark = ctx.text, ctx.grammar, ctx.open_mark
    if not grammar.COLON_CLAUSE_CUE:
        return None
    lo = ctx.sentence[0]
    before = text[lo:open_mark].rstrip()
    if not before.endswith(":"):
        return None
    colon_at = lo + len(before) - 1
    cue = _last_speech_cue(grammar, text, lo, colon_at)
    if cue is None:
        return None
    mention = subject_before(grammar, text, lo, cue.start()) or sentence_subject(grammar, text, lo, cue.start())
    if mention is None and cue.group() in grammar.INVERSION_FORMS:
        after = grammar.SPEAKER_AT_START.match(text, cue.end(), colon_at)
        if after is not None:
            kind = matched_kind(after)
            mention = classify_mention(grammar, text, *after.span(kind))
    if mention is None or mention.kind not in ("name", "description", "group", "pronoun"):
        return None
    if mention.kind == "pronoun" and text[mention.start : mention.end].lower() in grammar.IMPERSONAL_PRONOUNS:
        return None
    return _linked(ctx, mention, cue.span(), "colon-subject", (lo, open_mark))


def _introduction_around(
    ctx: QuoteContext, before: regex.Pattern[str], after: regex.Pattern[str]
) -> tuple[regex.Match[str], tuple[int, int]] | None:
    """An introduction found in the quote's sentence before its opening mark, else right after it,
    with the window it was found in (the rule's evidence).

    Impersonal frames stand on either side of the quote ("In dem Antrag heißt es: „…“" and
    "„…“, heißt es in der Mitteilung"); the one before wins, as a reader takes it first.
    """
    lo = ctx.sentence[0]
    found = before.search(ctx.text, lo, ctx.open_mark)
    if found is not None:
        return found, (lo, ctx.open_mark)
    found = after.match(ctx.text, ctx.after, ctx.window_end)
    return (found, (ctx.after, ctx.window_end)) if found is not None else None


def _document_says(ctx: QuoteContext) -> Linked | None:
    """A document speaks the quote through an impersonal cue: "In dem Antrag heißt es: „…“".

    German news quotes statements, bills and web pages with ``heißt es`` and no person; the document
    is the source.  Only in a language whose grammar has ``DOCUMENT_BEFORE`` / ``DOCUMENT_AFTER``.

    >>> _first("In dem Antrag heißt es wörtlich: „Das Verbot ist aufzuheben.“", _document_says, "de")
    ('document-says', 'dem Antrag')
    >>> _first("„Das Verbot ist aufzuheben“, heißt es in der Mitteilung.", _document_says, "de")
    ('document-says', 'der Mitteilung')
    >>> _first("Der Minister sagte: „Das Verbot ist aufzuheben.“", _document_says, "de")
    """
    text, grammar = ctx.text, ctx.grammar
    before_or_after = _introduction_around(ctx, grammar.DOCUMENT_BEFORE, grammar.DOCUMENT_AFTER)
    if before_or_after is None:
        return None
    found, window = before_or_after
    start, end = found.span("speaker")
    document = classify_mention(grammar, text, start, end) or Mention(start, end, "description")
    return _linked(ctx, document, found.span("cue"), "document-says", window)


def _quoted_passive(ctx: QuoteContext) -> Linked | None:
    """A passive introduction names the quoted person: "Dazu wird Müller wie folgt zitiert: „…“".

    Only in a language whose grammar has ``QUOTED_PASSIVE_BEFORE`` / ``QUOTED_PASSIVE_AFTER``.

    >>> _first("Auf der Webseite wird Müller wie folgt zitiert: „Wir bleiben.“", _quoted_passive, "de")
    ('quoted-as', 'Müller')
    >>> _first("„Wir bleiben“, wird der Trainer in der Zeitung zitiert.", _quoted_passive, "de")
    ('quoted-as', 'der Trainer')
    >>> _first("„Wir bleiben“, wird in der Zeitung berichtet.", _quoted_passive, "de")
    """
    text, grammar = ctx.text, ctx.grammar
    before_or_after = _introduction_around(ctx, grammar.QUOTED_PASSIVE_BEFORE, grammar.QUOTED_PASSIVE_AFTER)
    if before_or_after is None:
        return None
    found, window = before_or_after
    mention = classify_mention(grammar, text, *found.span("speaker"))
    if mention is None or mention.kind not in ("name", "description", "group"):
        return None
    return _linked(ctx, mention, found.span("cue"), "quoted-as", window)


# The quotation rules, strongest first: the first that matches attributes the quote.
QUOTE_RULES: tuple[QuoteRule, ...] = (
    _dialogue_incise,
    _what_called,
    _document_says,
    _quoted_passive,
    _signature,
    _trailing_next_sentence,
    _quoted_as,
    _trailing_said,
    _trailing_appositive,
    _inverted_said,
    _dropped_subject,
    _leading,
    _colon_clause_cue,
)


# For a quotation none of those attributes: the sentence around it, in this order.
FALLBACK_RULES: tuple[QuoteRule, ...] = (
    _headline_cue,
    _possessed_claim,
    _inside_claim,
    _participle_after_speaker,
    _sentence_subject,
)

# What a rule needs of a grammar to match at all: a language whose grammar leaves it out (a production
# that never matches, a switch that is off) skips the rule, which would only say None.
_NEEDS: dict[QuoteRule, Callable[[AttributionGrammar], bool]] = {
    _dialogue_incise: lambda grammar: not (_never(grammar.INVERTED) and _never(grammar.TRAILING)),
    _what_called: lambda grammar: not _never(grammar.WHAT_CALLED),
    _document_says: lambda grammar: not (_never(grammar.DOCUMENT_BEFORE) and _never(grammar.DOCUMENT_AFTER)),
    _quoted_passive: lambda grammar: (
        not (_never(grammar.QUOTED_PASSIVE_BEFORE) and _never(grammar.QUOTED_PASSIVE_AFTER))
    ),
    _signature: lambda grammar: not _never(grammar.SIGNATURE),
    _trailing_next_sentence: lambda grammar: not _never(grammar.TRAILING),
    _quoted_as: lambda grammar: not _never(grammar.QUOTED_AS),
    _trailing_said: lambda grammar: not _never(grammar.TRAILING),
    _trailing_appositive: lambda grammar: not _never(grammar.SPEECH_CUE_WORD),
    _inverted_said: lambda grammar: not _never(grammar.INVERTED),
    _dropped_subject: lambda grammar: not _never(grammar.DROPPED_SUBJECT),
    _colon_clause_cue: lambda grammar: grammar.COLON_CLAUSE_CUE,
    _possessed_claim: lambda grammar: not (_never(grammar.CLAIM_NOUN) or _never(grammar.POSSESSED_CLAIM)),
}
# ... and of a text: words every match holds (the grammar's hints), of which a text without any skips the rule.
_HINTS: dict[QuoteRule, Callable[[AttributionGrammar], tuple[str, ...]]] = {
    _what_called: lambda grammar: (grammar.WHAT_HINT,) if grammar.WHAT_WORDS == ("",) else grammar.WHAT_WORDS,
    _document_says: lambda grammar: grammar.DOCUMENT_CLAUSE_HINTS,
    _signature: lambda grammar: grammar.SIGNATURE_HINTS,
}
# (The quoted-as rule looks for its hints next to each quote instead: most texts have none of them, and a
# search of the whole text for each costs more than those next to the quotes that leave their sentence open.)


class _GrammarRules:
    """The rules a grammar can match at all, and the hints of those that also need words of the text.

    Worked out once per grammar; what a text leaves out is a few bits, and the rules for each way of
    leaving them out are kept as well: a text costs a search for each hint, not a pass over every rule.
    """

    def __init__(self, grammar: AttributionGrammar) -> None:
        self.grammar = grammar  # kept, so that the id it is filed under is not another grammar's
        self.quote_rules = tuple(rule for rule in QUOTE_RULES if rule not in _NEEDS or _NEEDS[rule](grammar))
        self.fallback_rules = tuple(rule for rule in FALLBACK_RULES if rule not in _NEEDS or _NEEDS[rule](grammar))
        hinted = [rule for rule in self.quote_rules + self.fallback_rules if rule in _HINTS]
        self.hints = tuple((rule, _HINTS[rule](grammar)) for rule in hinted)
        self.by_left_out: dict[tuple[frozenset[QuoteRule], bool], tuple[tuple[QuoteRule, ...], tuple[QuoteRule, ...]]]
        self.by_left_out = {}

    def rules(
        self, left_out: frozenset[QuoteRule], claims: bool
    ) -> tuple[tuple[QuoteRule, ...], tuple[QuoteRule, ...]]:
        """The quote and fallback rules without those in ``left_out``, and without those reading claims unless
        ``claims``."""
        key = (left_out, claims)
        found = self.by_left_out.get(key)
        if found is None:
            quote_rules = tuple(rule for rule in self.quote_rules if rule not in left_out)
            fallback_rules = tuple(
                rule for rule in self.fallback_rules if rule not in left_out and (claims or rule not in _READ_CLAIMS)
            )
            found = self.by_left_out[key] = (quote_rules, fallback_rules)
        return found


_BY_GRAMMAR: dict[int, _GrammarRules] = {}
_KEPT_GRAMMARS = 16  # as the phrase memos of mentions.py: each entry holds its grammar, patterns and all


def _grammar_rules(grammar: AttributionGrammar) -> _GrammarRules:
    """The :class:`_GrammarRules` of ``grammar``, worked out on first use.

    A program that builds grammar after grammar keeps only the latest: an entry holds its grammar.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> _grammar_rules(english) is _grammar_rules(english)
    True
    >>> _grammar_rules(english) is _grammar_rules(get_language("de").attribution)  # one per grammar
    False
    """
    found = _BY_GRAMMAR.get(id(grammar))
    if found is None or found.grammar is not grammar:
        if len(_BY_GRAMMAR) >= _KEPT_GRAMMARS:
            _BY_GRAMMAR.clear()
        found = _BY_GRAMMAR[id(grammar)] = _GrammarRules(grammar)
    return found


# The rules that read a reported claim around the quote (a frame): in a text with none, they say None.
_READ_CLAIMS: tuple[QuoteRule, ...] = (_inside_claim, _participle_after_speaker)

# What a rule reads of a quote, so that a quote without it skips the rule, which would say None first thing:
# a closing mark that leaves the sentence open ("“…,” she said."; ``closed_sentence`` false), one that
# ends it ("“… the end.” Trump said."), a verb of saying after the mark (``cue_ahead``), words in title case.
_READ_OPEN_SENTENCE = frozenset({_quoted_as, _trailing_said, _trailing_appositive, _inverted_said, _dropped_subject})
_READ_CLOSED_SENTENCE = frozenset({_trailing_next_sentence})
_READ_CUE_AHEAD = frozenset({_trailing_said, _trailing_appositive})
_READ_TITLE_CASE = frozenset({_headline_cue})
# ... and the rules that read words before the opening mark in its sentence: a quote that opens its sentence
# (``opens_sentence``) has none there, where each of these rules searches for a cue, a noun or a colon.
_READ_WORDS_BEFORE = frozenset({_leading, _colon_clause_cue, _possessed_claim})


class RulesByShape(NamedTuple):
    """The rules of one text in order, each tuple without those a shape of quote makes say None at once.

    The first rule that matches still wins: a rule left out would have said None.
    """

    closed: tuple[QuoteRule, ...]  # the closing mark ends the sentence
    cue_ahead: tuple[QuoteRule, ...]  # the sentence goes on past the mark, with a verb of saying
    no_cue_ahead: tuple[QuoteRule, ...]  # the sentence goes on past the mark, with no verb of saying
    fallback_title_case: tuple[QuoteRule, ...]  # the fallbacks for a quote in title case
    fallback: tuple[QuoteRule, ...]  # the fallbacks for any other quote

    def rules(self, ctx: QuoteContext) -> tuple[QuoteRule, ...]:
        """The quotation rules that may match the quote of ``ctx``, in order.

        >>> shapes = by_shape((_what_called, _trailing_next_sentence, _trailing_said, _inverted_said), ())
        >>> [rule.__name__ for rule in shapes.rules(_context("“We will win.” Truss said."))]
        ['_what_called', '_trailing_next_sentence']
        >>> [rule.__name__ for rule in shapes.rules(_context("“We will win,” Truss said."))]
        ['_what_called', '_trailing_said', '_inverted_said']
        >>> [rule.__name__ for rule in shapes.rules(_context("“We will win,” the crowd knew."))]
        ['_what_called', '_inverted_said']
        """
        if ctx.closed_sentence:
            return self.closed
        return self.cue_ahead if ctx.cue_ahead() else self.no_cue_ahead

    def fallback_rules(self, ctx: QuoteContext) -> tuple[QuoteRule, ...]:
        """The fallback rules that may match the quote of ``ctx``, in order.

        >>> shapes = by_shape((), (_headline_cue, _sentence_subject))
        >>> [rule.__name__ for rule in shapes.fallback_rules(_context("Hollande Says Trump ‘Makes You Retch’"))]
        ['_headline_cue', '_sentence_subject']
        >>> [rule.__name__ for rule in shapes.fallback_rules(_context("He said it “makes you retch” often."))]
        ['_sentence_subject']
        """
        return self.fallback_title_case if _quote_title_case(ctx) else self.fallback


@lru_cache(maxsize=64)
def by_shape(quote_rules: tuple[QuoteRule, ...], fallback_rules: tuple[QuoteRule, ...]) -> RulesByShape:
    """The rules of :func:`rules_for` split by the shape of the quote: a few tuples over all texts, so kept."""
    return RulesByShape(
        tuple(rule for rule in quote_rules if rule not in _READ_OPEN_SENTENCE),
        tuple(rule for rule in quote_rules if rule not in _READ_CLOSED_SENTENCE),
        tuple(rule for rule in quote_rules if rule not in _READ_CLOSED_SENTENCE and rule not in _READ_CUE_AHEAD),
        fallback_rules,
        tuple(rule for rule in fallback_rules if rule not in _READ_TITLE_CASE),
    )


@lru_cache(maxsize=64)
def opening_rules(
    quote_rules: tuple[QuoteRule, ...], fallback_rules: tuple[QuoteRule, ...]
) -> tuple[tuple[QuoteRule, ...], tuple[QuoteRule, ...]]:
    """The rules of :func:`rules_for` that may match a quote opening its sentence, in order: those that read
    words before the mark in its sentence say None for it at once.  A few tuples over all texts, so kept.

    >>> quote_rules, fallback_rules = opening_rules((_trailing_said, _leading), (_possessed_claim, _sentence_subject))
    >>> [rule.__name__ for rule in quote_rules + fallback_rules]
    ['_trailing_said', '_sentence_subject']
    >>> _leading(_context("“We will win,” Truss said.")) is None  # nothing before the mark to introduce it
    True
    """
    return (
        tuple(rule for rule in quote_rules if rule not in _READ_WORDS_BEFORE),
        tuple(rule for rule in fallback_rules if rule not in _READ_WORDS_BEFORE),
    )


def rules_for(
    grammar: AttributionGrammar, text: str, *, claims: bool = True
) -> tuple[tuple[QuoteRule, ...], tuple[QuoteRule, ...]]:
    """:data:`QUOTE_RULES` and :data:`FALLBACK_RULES` without those that cannot match in ``text`` by ``grammar``.

    The order stays: the first rule that matches still wins, and a rule left out would have said None.
    ``claims`` says whether the text holds any reported claim: without one, the rules that read the
    claim a quote sits in are left out too (text of random quotation marks has hundreds of quotes and no claim).

    >>> from quoteattr.lang import get_language
    >>> quote_rules, fallback_rules = rules_for(get_language("en").attribution, "“We won,” TASS quoted him as saying.")
    >>> _document_says in quote_rules, _quoted_as in quote_rules, _trailing_said in quote_rules, len(fallback_rules)
    (False, True, True, 5)
    >>> _what_called in rules_for(get_language("en").attribution, "“We won,” he said.")[0]  # no "what"
    False
    >>> english = get_language("en").attribution
    >>> [_signature in rules_for(english, text)[0] for text in ("“We won.” ― Sonya Herridge", "“We won.”")]  # no dash
    [True, False]
    >>> rules_for(_NO_GRAMMAR, "“We won,” he said.")[0] == (_leading,)  # no production: the leading rule's tests
    True
    >>> [_inside_claim in rules_for(english, "a “b” c", claims=claims)[1] for claims in (True, False)]
    [True, False]
    """
    rules = _grammar_rules(grammar)
    left_out: list[QuoteRule] = []
    for rule, hints in rules.hints:
        for hint in hints:
            if hint in text:
                break
        else:
            left_out.append(rule)
    return rules.rules(frozenset(left_out), claims)


def _first(text: str, rule: QuoteRule, code: str = "en") -> tuple[str | None, str] | None:
    """What ``rule`` makes of the first quotation of ``text`` in a language (English unless told):
    the rule's name and the speaker."""
    item = rule(_context(text, code))
    if item is None or item.speaker is None:
        return None
    return item.rule, text[item.speaker.start : item.speaker.end]


def _context(text: str, code: str = "en") -> QuoteContext:
    """What the rules read of the first quotation of ``text`` in a language (English unless told)."""
    from quoteattr.lang import get_language
    from quoteattr.spans import pair_quotes

    lang = get_language(code)
    index = Index(text, lang)
    grammar = lang.attribution or _NO_GRAMMAR
    parsed = pair_quotes(text, index.paragraphs, dialogue_dash=lang.dialogue_dash, narrator=grammar.QUOTED_INCISE)
    quotes = parsed.quotes
    frames = _FrameIndex(find_frames(text, index, [(q.start - 1, _close_end(text, q)) for q in quotes], lang))
    return QuoteContext.of(text, index, grammar, frames, quotes[0])


def _introduction(
    grammar: AttributionGrammar, text: str, lo: int, end: int
) -> tuple[Mention, tuple[int, int], RuleName] | None:
    """A clause in ``text[lo:end]`` that introduces what follows it: "She added," / "Truss said:".

    Returns the speaker mention, the cue span and the rule.
    """
    window = text[lo:end]
    last = window.rstrip()[-1:]  # the last character before the mark that is not a space
    ends_in_colon = last == ":"
    if ends_in_colon:
        # "Stated Stone:": a capitalised cue before the speaker is no part of a name.
        inverted_colon = _inverted_colon(grammar, text, lo, end)
        if inverted_colon is not None:
            return inverted_colon
        colon = grammar.COLON_INTRO_START.fullmatch(text, lo, end) or grammar.COLON_INTRO_DASH.search(text, lo, end)
        if colon is not None:
            mention = classify_mention(grammar, text, *colon.span("speaker"))
            if mention is not None and mention.kind in ("name", "description", "group"):
                return mention, colon.span("cue"), "colon-intro"
    # Every inverted introduction ends in a colon or a comma before the mark, and holds a comma or a semicolon.
    inverted = (
        grammar.INVERTED_INTRO.search(text, lo, end)
        if (last == ":" or last == ",") and ("," in window or ";" in window)
        else None
    )
    if inverted is not None:
        mention = classify_mention(grammar, text, *inverted.span("speaker"))
        if mention is not None and mention.kind in ("name", "description", "group"):
            return mention, inverted.span("cue"), "leading-inverted"
    according = grammar.ACCORDING_INTRO.search(text, lo, end) if grammar.ACCORDING_HINT in window else None
    if according is not None:
        mention = classify_mention(grammar, text, *according.span("speaker"))
        if mention is not None and mention.kind in ("name", "description", "group"):
            return mention, according.span("cue"), "leading-according"
    first_cue = grammar.SPEECH_CUE_WORD.search(text, lo, end)
    if first_cue is None:
        # No verb of saying anywhere in the window (most windows): none after the gap's bound either, and
        # only a colon may still introduce the quote.  One search answers, where the bound and the scan
        # for the last cue below are two.
        return _colon_subject(grammar, text, lo, end) if ends_in_colon else None
    # The scans for the last cue start at the first cue at the earliest: from before it, they find the same.
    first = first_cue.start()
    # Only a cue after the gap's bound can have a gap (``_leading_gap``) between it and the mark; one before the
    # bound leads, as no cue does, to the colon alone, unless it is a "so called" (looked for then).
    bound = _GAP_BOUND.search(text, lo, end)
    after_bound = bound.start() + 1 if bound else lo
    cue_match = _last_speech_cue(grammar, text, after_bound if after_bound > first else first, end)
    if cue_match is None and ends_in_colon and bound is not None:
        cue_match = _last_speech_cue(grammar, text, first, end)
    if cue_match is None:  # no verb of saying: only a colon may still introduce the quote
        return _colon_subject(grammar, text, lo, end) if ends_in_colon else None
    if grammar.SO_CALLED(text, cue_match.group(), cue_match.start()):
        return None  # "the so called “Self-Determination Initiative”": a name, not an introduction
    gap_start = cue_match.end()
    gap_end = _leading_gap(text, gap_start, end)
    if gap_end is None:
        return _colon_subject(grammar, text, lo, end) if ends_in_colon else None
    # An empty gap ("Truss said: “…”", the common case) holds no clause, no determiner and no word.
    # Its words are counted last: more than eight, or four unless a comma or a colon ends the gap.
    if gap_start < gap_end and (
        grammar.THAT.search(text, gap_start, gap_end)
        or grammar.CLAUSE_IN_GAP.search(text, gap_start, gap_end)
        or grammar.ENDS_IN_DETERMINER.search(text, gap_start, gap_end)
        or _words(text, gap_start, gap_end) > (8 if text[gap_start:end].rstrip().endswith((",", ":")) else 4)
    ):
        # "said that Britain is against the “false choice”": the quote sits inside a claim.
        return _colon_subject(grammar, text, lo, end) if ends_in_colon else None
    cue_word = cue_match.group()
    if passive_cue(grammar, text, lo, cue_match.start(), cue_word):
        return None  # "it was labeled “Mostly True”": the subject was named, it did not speak
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
    if mention is not None and mention.kind == "pronoun":
        mention = _reporter_of(grammar, text, lo, mention)
    if mention is None:
        # "Sanders made the following comment:": a subject and a short verb phrase.
        return _colon_subject(grammar, text, lo, end) if ends_in_colon else None
    return mention, cue_match.span(), "leading-said"


def _leading_gap(text: str, start: int, end: int) -> int | None:
    """Where the gap from a cue ending at ``start`` to an opening mark at ``end`` ends, or None when
    ``text[start:end]`` is no gap and its tail.

    The gap is the shortest start of ``text[start:end]`` after which only its tail (spaces, at most one comma,
    colon or dash, spaces) stands: it ends where the longest tail starts, read back from the mark at once, and
    holds at most 60 characters, none of them a stop or a comma.

    >>> text = "said in a statement: “"
    >>> text[4 : _leading_gap(text, 4, len(text) - 1)]
    ' in a statement'
    >>> _leading_gap("said. Then “", 4, 11) is None  # a stop in the gap
    True
    """
    tail = _GAP_TAIL.search(text, start, end)  # found wherever it is read: it matches the empty text
    gap_end = tail.start() if tail is not None else end
    if gap_end - start > _LONGEST_GAP or _GAP_STOP.search(text, start, gap_end):
        return None
    return gap_end


def _introduces_nothing_within(grammar: AttributionGrammar, text: str, lo: int, hi: int) -> bool:
    """Whether no window of ``text[lo:hi]`` that ends after a character other than a word's holds an introduction.

    Every introduction holds a colon, a comma, a semicolon or a verb of saying (an "according to"
    introduction ends in a comma or a colon): where ``text[lo:hi]`` holds none of them, no window
    inside it does, as a verb of saying found in a window and not in ``text[lo:hi]`` would have to end
    where the window ends, after a word character.  The quotes inside one quote share its piece this
    way: one search for the piece, not one for each (stray marks make a quote inside a quote every few
    characters).

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> text = "“We will go ‘soon’ and ‘now’ or ‘never’”"
    >>> _introduces_nothing_within(english, text, 1, len(text) - 1)
    True
    >>> _introduction(english, text, 1, text.index("‘now")) is None
    True
    >>> _introduces_nothing_within(english, "“He said ‘soon’”", 1, 15)  # a verb of saying
    False
    """
    window = text[lo:hi]
    return (
        ":" not in window
        and "," not in window
        and ";" not in window
        and grammar.SPEECH_CUE_WORD.search(text, lo, hi) is None
    )


def _after_word_character(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a word character (``\\w``: a letter, a digit or an underscore), as the
    standard library's engine, which reads the verbs of saying (``SPEECH_CUE_WORD``), tells one.

    >>> _after_word_character("said ‘", 4), _after_word_character("said ‘", 5), _after_word_character("x", 0)
    (True, False, False)
    """
    if end <= 0:
        return False
    last = text[end - 1]
    return last.isalnum() or last == "_"


def _reporter_of(grammar: AttributionGrammar, text: str, lo: int, pronoun: Mention) -> Mention:
    """ "Lynch said she recalled thinking, “…”": a pronoun right after a cue is its subject's own report.

    The words are reported by the subject of the outer cue, so that subject speaks;
    any other pronoun stays.

    >>> from quoteattr.lang import get_language
    >>> english = get_language("en").attribution
    >>> text = "Lynch said she recalled thinking, "
    >>> found = _reporter_of(english, text, 0, Mention(11, 14, "pronoun"))
    >>> text[found.start : found.end]
    'Lynch'
    >>> text = "Lynch smiled as she recalled thinking, "
    >>> found = _reporter_of(english, text, 0, Mention(16, 19, "pronoun"))
    >>> text[found.start : found.end]  # no cue before the pronoun
    'she'
    """
    cue = _last_speech_cue(grammar, text, max(lo, pronoun.start - 40), pronoun.start)
    if cue is None or _words(text, cue.end(), pronoun.start) > 1:
        return pronoun
    gap = text[cue.end() : pronoun.start]
    if gap.strip() and not grammar.THAT.fullmatch(gap.strip()):
        return pronoun
    outer = subject_before(grammar, text, lo, cue.start())
    if outer is None or outer.kind not in ("name", "description", "group", "pronoun"):
        return pronoun
    return outer


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

    The object of a verb that quotes speaks, not its subject:

    >>> german = get_language("de").attribution
    >>> text = "Die Zeitung zitiert einen Augenzeugen mit den Worten: "
    >>> mention, cue, rule = _inverted_colon(german, text, 0, len(text))
    >>> text[mention.start : mention.end]
    'einen Augenzeugen'
    """
    colon = grammar.INVERTED_COLON.search(text, lo, end)
    if colon is None:
        return None
    mention = classify_mention(grammar, text, *colon.span("speaker"))
    if mention is None or mention.kind not in ("name", "description", "group", "pronoun"):
        return None
    if colon.group("cue") not in grammar.QUOTING_FORMS:
        # "Die Zeitung zitiert einen Augenzeugen mit den Worten:": whoever quotes, the object speaks.
        mention = _subject_before_second_verb(grammar, text, lo, colon.start("cue"), mention)
    return mention, colon.span("cue"), "inverted-colon"


def _subject_before_second_verb(
    grammar: AttributionGrammar, text: str, lo: int, cue_start: int, after: Mention
) -> Mention:
    """In a verb-second language, a subject before the finite cue makes the phrase after it an object.

    "Thaksin begründete seinen Schritt mit den Worten:": Thaksin speaks, not "seinen Schritt";
    "Am Montag sagte der Minister:" has no subject before the verb, so the one after it stays.
    A pronoun after the verb ("lehnt er ab") is the subject whatever stands before it.

    >>> from quoteattr.lang import get_language
    >>> german = get_language("de").attribution
    >>> text = "Thaksin begründete seinen Schritt mit den Worten: "
    >>> found = _subject_before_second_verb(german, text, 0, 8, Mention(19, 33, "description"))
    >>> text[found.start : found.end]
    'Thaksin'
    >>> text = "Am Montag sagte der Minister: "
    >>> found = _subject_before_second_verb(german, text, 0, 10, Mention(16, 28, "description"))
    >>> text[found.start : found.end]
    'der Minister'
    >>> text = "Der englischsprachigen Zeitung sagte Karma: "
    >>> found = _subject_before_second_verb(german, text, 0, 31, Mention(37, 42, "name"))
    >>> text[found.start : found.end]
    'Karma'
    """
    if not grammar.SUBJECT_AFTER_CUE or after.kind == "pronoun":
        return after
    before = subject_before(grammar, text, lo, cue_start)
    if before is None or before.kind not in ("name", "description", "group", "pronoun"):
        return after
    if grammar.OBJECT_PHRASE.match(text, before.start, before.end):
        return after  # "Der englischsprachigen Zeitung sagte Karma:": the phrase before is in the dative
    return before


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
    if mention is not None and 1 <= _words(text, mention.end, colon_at) <= grammar.COLON_PHRASE_WORDS:
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


def kind_alone(ctx: QuoteContext) -> str:
    """What the quotation of ``ctx`` is taken alone (``direct``, ``partial``, ``term``), worked out once.

    >>> from quoteattr.lang import get_language
    >>> from quoteattr.spans import pair_quotes
    >>> text = "The so-called “order” failed."
    >>> english = get_language("en")
    >>> index = Index(text, english)
    >>> quote = pair_quotes(text, index.paragraphs).quotes[0]
    >>> ctx = QuoteContext.of(text, index, english.attribution, _FrameIndex([]), quote)
    >>> kind_alone(ctx), kind_alone(ctx), ctx.alone
    ('term', 'term', ['term'])

    A quotation that is a sentence of its own is no term:

    >>> text = "“The order failed.”"
    >>> index = Index(text, english)
    >>> quote = pair_quotes(text, index.paragraphs).quotes[0]
    >>> kind_alone(QuoteContext.of(text, index, english.attribution, _FrameIndex([]), quote))
    'direct'
    """
    if not ctx.alone:
        ctx.alone.append(_classify_unattributed(ctx))
    return ctx.alone[0]


def _unlinked(quote: QuoteSpan) -> Linked:
    return Linked(list(quote.pieces), "direct", quote.depth, quote.unclosed, quote.paragraph, marks=list(quote.marks))


def _nearest_subject(grammar: AttributionGrammar, text: str, lo: int, open_mark: int) -> Mention | None:
    """The subject of the clause a quote sits in: the last clause start before it with a subject and a verb.

    "In New Hampshire, which votes next, Bush referred to Rubio as “a bright leader”" -> Bush.
    """
    starts = [lo] + [m.end() for m in grammar.CLAUSE_START.finditer(text, lo, open_mark)]
    mention = None
    for start in reversed(starts):
        relative = _relative_subject(grammar, text, start, open_mark)
        if relative is not None:
            return relative
        mention = sentence_subject(grammar, text, start, open_mark)
        if (
            mention is not None
            and grammar.VERB_AFTER.match(text, mention.end, open_mark)
            and _may_speak(grammar, text, mention)
        ):
            return mention
    # The loop ended on the sentence's own start: ``mention`` is its subject, with or without a verb after it.
    return mention if mention is not None and _may_speak(grammar, text, mention) else None


def _relative_subject(grammar: AttributionGrammar, text: str, start: int, open_mark: int) -> Mention | None:
    """The personal relative pronoun opening a clause after a comma, when a verb follows: its subject.

    "Beck, who has long mocked Trump as “a dangerous man,”": the fragment is in the relative clause, whose
    subject is "who", standing for the name before it (and not for the sentence's subject, when the
    relative clause hangs on an object: "a lecture from Peña Nieto, who called the wall “a bad idea”").

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").attribution
    >>> text = "Beck, who has long mocked Trump as “a dangerous man.”"
    >>> _relative_subject(grammar, text, 6, text.index("“"))
    Mention(start=6, end=9, kind='relative', roles=[])
    >>> text = "Beck, who has long criticized Trump, called him “a dangerous man.”"
    >>> _relative_subject(grammar, text, 6, text.index("“"))
    """
    word = _FIRST_WORD.match(text, start, open_mark)
    if (
        word is None
        or word.group(1).lower() not in grammar.PERSONAL_RELATIVES
        or not text[:start].rstrip().endswith(",")
        or not grammar.VERB_AFTER.match(text, word.end(), open_mark)
        or grammar.MAIN_VERB_AFTER_COMMA.search(text, word.end(), open_mark)
        or ":" in text[word.end() : open_mark]
    ):
        return None  # the relative clause ended before the quote: "Sanders, who ..., rallied", "…: “"
    mention = classify_mention(grammar, text, *word.span(1))
    return mention if mention is not None and mention.kind == "relative" else None


def _may_speak(grammar: AttributionGrammar, text: str, mention: Mention) -> bool:
    """A place ("California", a "WASHINGTON -" dateline) or a thing ("Truss’s remarks") is not a speaker."""
    surface = text[mention.start : mention.end]
    if mention.kind == "description" and grammar.POSSESSIVE.fullmatch(surface):
        return surface.rsplit(maxsplit=1)[-1].lower() in grammar.SPEAKING_HEADS
    if mention.kind != "name":
        return True
    place = surface.lower() in grammar.PLACES and surface.lower() not in grammar.SPEAKING_PLACES
    return not place and not (surface.isupper() and len(surface) > 3)
