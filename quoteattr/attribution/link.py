"""Attribution in order: each quotation through the quotation rules, then the discourse passes,
then the reported claims no quotation accounts for as ``indirect`` records."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import islice
from operator import lt

from quoteattr.attribution.claims import Frame, _FrameIndex, find_frames, long_enough_claim
from quoteattr.attribution.discourse import (
    _carry_paragraph_speakers,
    _continue_paragraph_speakers,
    _continued_reports,
    _dropped_subjects,
    _merge_split_quotes,
    _nested_speakers,
)
from quoteattr.attribution.kinds import (
    _MORE_THAN_TERM_WORDS,
    _NESTED_TERM_CHARACTERS,
    _named_after_article,
    _named_by_noun,
    _nested_kind,
    _never,
    _quote_title_case,
    _titled_work,
)
from quoteattr.attribution.quote_rules import (
    _NO_GRAMMAR,
    _dropped_subject,
    _in_question_put,
    _unlinked,
    by_shape,
    kind_alone,
    opening_rules,
    rules_for,
)
from quoteattr.attribution.rules import Linked, QuoteContext, QuoteRule, _close_end
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.lang.language import Language
from quoteattr.spans import _FIRST, _PIECES, QuoteSpan
from quoteattr.text import Index, trim

__all__ = ["Linked", "link_quotes"]

_MAX_SPAN = 1 << 62  # sorts after any cue span in (offset, cue) pairs


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
    # The tests for the name of a thing, each only where the language has its production.
    by_noun = not _never(grammar.NAMING_NOUN)
    after_article = not _never(grammar.NAMING_ARTICLE)
    titled = not _never(grammar.WORK_BEFORE_TITLE)
    outer = [q for q in quotes if q.depth == 0]
    # Each outermost quote from before its opening mark to past its closing mark: the claims skip them,
    # and each quote's context reads where its closing mark ends from here, in the order of the quotes.
    outer_spans = [(q.start - 1, _close_end(text, q)) for q in outer]
    frames = find_frames(text, index, outer_spans, lang)
    frame_index = _FrameIndex(frames)
    quote_rules, fallback_rules = rules_for(grammar, text, claims=bool(frames))
    shapes = by_shape(quote_rules, fallback_rules)
    # The rules for a quote that opens its sentence ("“…,” she said."): nothing before its mark to read.
    opening_shapes = by_shape(*opening_rules(quote_rules, fallback_rules))
    linked: list[Linked] = []
    spans = iter(outer_spans)  # the outermost quotes come in the same order below
    for quote in quotes:
        if quote.depth > 0:
            # A quote inside a quote: no rule reads it, its kind is its length (the discourse passes may
            # give it a speaker).  Its pieces and marks are the span's own lists, not copies: only the
            # pieces of outermost quotes are ever joined, and stray marks make a nested quote per few characters.
            pieces = quote.pieces
            if len(pieces) == 1:
                # What ``_nested_kind`` tells of one piece, without the calls: nested quotes abound.
                start, end = pieces[0]
                if end - start <= _NESTED_TERM_CHARACTERS:
                    nested = "term"  # too short to hold more words than a term: most of them, told at once
                else:
                    nested = "partial" if _MORE_THAN_TERM_WORDS.search(text, start, end) else "term"
            else:
                nested = _nested_kind(text, pieces)
            # Every field in order, none by keyword and none left to its default (the marks would be a new
            # list): the call costs a quarter less, and nested quotes abound.
            linked.append(
                Linked(
                    pieces,
                    nested,
                    quote.depth,
                    quote.unclosed,
                    quote.paragraph,
                    None,  # speaker
                    None,  # cue
                    None,  # via
                    None,  # rule
                    0.0,  # confidence
                    None,  # window
                    quote.marks,
                )
            )
            continue
        ctx = QuoteContext.of(text, index, grammar, frame_index, quote, next(spans)[1])
        opens_sentence = ctx.opens_sentence  # nothing before the mark in its sentence: no question put there
        if not opens_sentence and _in_question_put(ctx):
            # "Asked whether Clinton “has the integrity to serve,” 75 percent said no": the
            # quoted words are the question, not the answer; whoever asked is not named.
            item = _unlinked(quote)
            item.kind = "partial"
            linked.append(item)
            continue
        if not opens_sentence and (
            # A noun, an article or a work before the mark, in its sentence: none before a quote opening it.
            (by_noun and _named_by_noun(grammar, text, index, quote, ctx.open_mark))
            or (after_article and _named_after_article(grammar, text, index, quote, ctx.open_mark))
            or (titled and _titled_work(grammar, text, index, quote, ctx.open_mark, _quote_title_case(ctx)))
        ):
            # "die Fernsehserie „In aller Freundschaft“", "his book “The Art of the Deal”": the name
            # of a thing, nobody's words.
            item = _unlinked(quote)
            item.kind = "term"
            linked.append(item)
            continue
        shape = opening_shapes if opens_sentence else shapes
        found = _apply(shape.rules(ctx), ctx) or _apply(shape.fallback_rules(ctx), ctx)
        if found is None:
            found = _unlinked(quote)
            found.kind = kind_alone(ctx)
        linked.append(found)
    if _dropped_subject in quote_rules:  # else no quote is the dropped-subject rule's, and the pass finds none
        _dropped_subjects(grammar, text, index, linked, frames)
    linked = _merge_split_quotes(grammar, text, linked)
    # The outermost quotes, in order: the paragraph passes read no others (each keeps those at depth 0 of what
    # it is given), and they contain the quotes inside quotes.  Stray marks make most records nested quotes.
    outermost = [item for item in linked if not item.depth]
    _carry_paragraph_speakers(grammar, text, index, outermost, frames)
    _continue_paragraph_speakers(grammar, text, index, outermost, frames)
    _nested_speakers(grammar, text, index, linked, outermost)
    # (A quote inside a quote is a term or partial, never direct: the cues of direct quotes are outermost ones'.)
    used_cues = {item.cue for item in outermost if item.cue is not None and item.kind == "direct"}
    sorted_cues = sorted(used_cues)
    direct = [item for item in outermost if item.kind == "direct"]
    direct_starts = sorted((item.start, item.cue) for item in direct if item.cue)
    direct_pieces = sorted(piece for item in direct for piece in item.pieces)
    quoted = len(linked)  # the quotes, in order unless two start together; the claims follow
    for frame in frames:
        if frame.cue in used_cues:
            continue
        if frame.rule == "according-to" and _reports_attribution(frame, sorted_cues):
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
    _put_in_order(linked, quoted)
    continued = _continued_reports(grammar, text, index, linked)
    if continued:  # in order already otherwise
        settled = len(linked)
        linked += continued
        _put_in_order(linked, settled)
    return linked


def _put_in_order(items: list[Linked], settled: int) -> None:
    """Sort ``items`` by :func:`_order` as a stable sort does, the first ``settled`` most likely in order already.

    The quotes come in order of their starts, and only a few claims follow them: when no two of the
    first ``settled`` start together (a test of C functions mapped over them) each one after is put in
    its place by bisection, with a handful of calls of :func:`_order` rather than one per item.  Stray
    marks make a quote per few characters, and the keys of a full sort were a thirtieth of their cost.
    Anything else, or many items to place, is sorted in full.

    >>> items = [Linked([(1, 5)], "direct", 0, False, 0), Linked([(9, 12)], "direct", 0, False, 0),
    ...          Linked([(3, 20)], "indirect", 0, False, 0), Linked([(9, 10)], "indirect", 0, False, 0)]
    >>> _put_in_order(items, 2)
    >>> [(item.start, item.end) for item in items]
    [(1, 5), (3, 20), (9, 10), (9, 12)]
    >>> items = [Linked([(9, 12)], "direct", 0, False, 0), Linked([(1, 5)], "direct", 0, False, 0)]
    >>> _put_in_order(items, 2)  # not in order: sorted in full
    >>> [item.start for item in items]
    [1, 9]
    """
    starts = list(map(_FIRST, map(_FIRST, map(_PIECES, islice(items, settled)))))
    added = len(items) - settled
    if added * settled.bit_length() < settled and all(map(lt, starts, islice(starts, 1, None))):
        if added:
            rest = items[settled:]
            del items[settled:]
            for item in rest:
                bisect.insort_right(items, item, key=_order)
        return
    items.sort(key=_order)


def _order(item: Linked) -> tuple[int, int, int]:
    """Where a record goes in a document: by start, an outer quote before those inside it, the shorter first.

    Read from the pieces rather than through ``start`` and ``end``, two calls fewer per record: a sort
    reads it once per record, and stray marks make a record per few characters.

    >>> items = [Linked([(4, 9)], "term", 1, False, 0), Linked([(1, 20)], "direct", 0, False, 0),
    ...          Linked([(4, 9)], "partial", 0, False, 0)]
    >>> [(item.start, item.depth, item.kind) for item in sorted(items, key=_order)]
    [(1, 0, 'direct'), (4, 0, 'partial'), (4, 1, 'term')]
    """
    pieces = item.pieces
    return pieces[0][0], item.depth, pieces[-1][1]


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
        if start < end and (text[start].isspace() or text[end - 1].isspace()):  # most are trimmed already
            start, end = trim(text, start, end)
        while end > start and text[end - 1] in ",;:\"“”'‘’«»\N{EM DASH}\N{EN DASH}-":
            end = trim(text, start, end - 1)[1]
        if long_enough_claim(grammar, text, start, end):
            pieces.append((start, end))
    return pieces


def _reports_attribution(frame: Frame, cues: Sequence[tuple[int, int]]) -> bool:
    """Whether a frame's content holds the cue of an attributed quote: a report of a report.

    ``cues`` are sorted, so only those starting inside the content are looked at.
    """
    for start, end in frame.content:
        k = bisect.bisect_left(cues, (start, start))
        while k < len(cues) and cues[k][0] <= end:
            if cues[k][1] <= end:
                return True
            k += 1
    return False


def _mostly_quoted(frame: Frame, direct_pieces: list[tuple[int, int]]) -> bool:
    """A frame whose content is a direct quote already attributed (She added, “…”).

    ``direct_pieces`` are the pieces of outermost direct quotes, sorted; they do not overlap.
    """
    size = covered = 0
    for fs, fe in frame.content:  # the size summed in the same loop: a generator to sum costs more than the rest
        size += fe - fs
        k = bisect.bisect_left(direct_pieces, (fe, -1)) - 1
        while k >= 0 and direct_pieces[k][1] > fs:
            s, e = direct_pieces[k]
            covered += max(0, min(e, fe) - max(s, fs))
            k -= 1
    return covered >= (size or 1) * 0.5
