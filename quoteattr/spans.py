"""Stage 2: pair quotation marks into quote spans.

A single pass over the marks with a stack of open quotes.  Each mark is, in
order of preference:

1. an apostrophe, when its context says so (don’t, ’90s, rock ’n’ roll);
2. a possessive or elision apostrophe, for an s’ or in’ before a word when the
   next mark of its family in the paragraph could close instead (‘Truss’
   remarks were wrong,’ / ‘we’re goin’ home’);
3. a closer, when it may close (right-flanking, or ambiguous) and an opener of
   its family is open (for apostrophe look-alikes, only the innermost one:
   Truss’ remarks inside a “double” quote stays an apostrophe), or, for a
   right-flanking double closer with no double open, an innermost single
   opener (‘typed with the wrong closer”);
4. an opener, when it may open: left-flanking, or squeezed between two words
   for the marks of languages written without spaces (彼は「はい」) and after a
   full stop with the space missing (authorities."We left"); a mark right
   after an opening mark opens too (“‘Yes’”);
5. an apostrophe again for ’ and ' with nothing to close (Truss’ remarks);
6. otherwise a warning naming its offset.

An opening ' or ’ that never closes was an apostrophe too (’Allo ’allo).

At a paragraph end, an open quote continues into the next paragraph when that
paragraph starts with an opening mark of the same family (news style: each
paragraph reopens, only the last closes).  Otherwise it ends at the paragraph
as an *unclosed* quote, so one stray mark never swallows the document.

Per-family stacks of positions make every lookup O(1), so the pass is linear
in the number of marks whatever the input.

When asked (``dialogue_dash=True``, for the languages whose
:attr:`~quoteattr.lang.Language.dialogue_dash` says so), a paragraph that opens
with a dash is a turn of speech (:mod:`quoteattr.dialogue`): one more quote,
whose pieces leave the narrator's incise out, and the quotes inside its pieces
nest one level deeper.  Given the language's ``narrator`` clause, a quotation in
marks leaves out the first incise inside it too (``« …, a lancé le ministre. … »``):
its pieces are the words before and after, its marks stay the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, attrgetter, gt, itemgetter, mul, ne

import regex

from quoteattr.collector import collector_paused
from quoteattr.data.apostrophes import TRAILING_APOSTROPHE_AFTER, UNCLOSED_AS_APOSTROPHE
from quoteattr.data.marks import (
    CLOSES_ACROSS,
    MARKS,
    MULTI_PARAGRAPH_FAMILIES,
    OPENS_AFTER_SENTENCE_END,
    OPENS_BETWEEN_WORDS,
    SELF_CLOSING_FORBIDDEN,
    STRAIGHT_MARKS,
)
from quoteattr.dialogue import dialogue_turn, incise_may_open, opens_with_dash, quoted_incise
from quoteattr.marks import MARK_PATTERN, Mark, find_marks
from quoteattr.text import paragraphs, trim


def _build_trailing_apostrophe_pattern() -> regex.Pattern[str]:
    # Searched between a few characters before a mark and the mark itself.
    return regex.compile(f"(?:{TRAILING_APOSTROPHE_AFTER})\\Z")


_TRAILING_APOSTROPHE = _build_trailing_apostrophe_pattern()
# What may follow a stray closing mark at the end of a paragraph: punctuation, brackets, marks.
_PARAGRAPH_TAIL = regex.compile(r"[\s.,;:!?'’)\]]*")
_NEVER_CLOSED = "opening quotation mark never closed; quote ends here"
_FAMILIES = tuple(dict.fromkeys(info.family for info in MARKS.values()))
_LEFT_FLANKING, _RIGHT_FLANKING = attrgetter("left_flanking"), attrgetter("right_flanking")
_CHAR_AND_START = attrgetter("char", "start")
# A run of one opening mark repeated (“““…) is pushed, and settled when it never closes, in slices
# once it has gone on for this many marks: a mark like the one before it needs no decision of its own.
_RUN = 16
_RUN_SLICE_MOST = 4096
_START, _END, _CHAR = itemgetter(0), itemgetter(1), itemgetter(2)
# What a mark of a run shares with the others: its character, what it may do, its flanking on the
# left, whether its context makes it an apostrophe (only its offsets differ).
_ALIKE = itemgetter(2, 3, 4, 6)


@dataclass(slots=True)
class QuoteSpan:
    """A paired (or unclosed) quotation, or a dialogue turn: its pieces, marks excluded."""

    pieces: list[tuple[int, int]]
    # Offsets of every mark that belongs to this quote (open, reopens, close); for a
    # dialogue turn, its dashes (the opening one, and those around the incise).
    marks: list[int]
    depth: int
    paragraph: int
    unclosed: bool = False
    dialogue: bool = False  # a turn of speech opened by a dash, not by quotation marks
    # The narrator's words between two pieces of a quotation in marks: "«…, a lancé le ministre. …»".
    incise: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass(slots=True)
class ParseResult:
    """Everything the pairing pass decided, so that every mark is accounted for."""

    quotes: list[QuoteSpan]
    apostrophes: list[int]
    warnings: list[tuple[int, str, str]]  # (offset, mark, message)
    paragraphs: list[tuple[int, int]]


@dataclass(slots=True)
class _Open:
    """An opened quote, as taken off the stack (or carried over a paragraph break while on it).

    Its lists are made only when needed: most quotes never get a reopening mark.
    """

    mark: Mark
    paragraph: int
    depth: int
    piece_start: int
    pieces: list[tuple[int, int]] | None = None  # the pieces before the last paragraph break
    reopens: list[int] | None = None  # the marks reopening the quote in later paragraphs
    cut: int | None = None  # where an unclosed quote of the same family opened inside this one

    def add_piece(self, piece: tuple[int, int]) -> list[tuple[int, int]]:
        if self.pieces is None:
            self.pieces = []
        self.pieces.append(piece)
        return self.pieces


class _Pairer:
    def __init__(self, text: str, marks: list[Mark]) -> None:
        self.text = text
        self.marks = marks
        # The open quotes, innermost last: their opening marks and the paragraphs they opened in.
        # Plain lists, not an object per quote: a run of openers pushes one per mark, and
        # thousands of long-lived objects would cost the garbage collector more than the pass.
        self.stack: list[Mark] = []
        self.opened_in: list[int] = []
        # By stack position: the quote carried over a paragraph break, with its pieces so far, and
        # where an unclosed quote of its family opened inside it.
        self.carried: dict[int, _Open] = {}
        self.cuts: dict[int, int] = {}
        # By family, the stack positions of its open quotes: a list for every family from the start,
        # so a push never asks whether its family has one yet.
        self.by_family: dict[str, list[int]] = {family: [] for family in _FAMILIES}
        self.quotes: list[QuoteSpan] = []
        self.apostrophes: list[int] = []
        self.warnings: list[tuple[int, str, str]] = []
        # Where each character last closes a quote (flanks a word on its left only: right-flanking and
        # not left-flanking, which for two bools is right > left), read by C functions over the marks.
        closers = compress(marks, map(gt, map(_RIGHT_FLANKING, marks), map(_LEFT_FLANKING, marks)))
        self.last_closer: dict[str, int] = dict(map(_CHAR_AND_START, closers))

    # -- stack helpers -------------------------------------------------------
    def pop(self) -> _Open:
        position = len(self.stack) - 1
        mark = self.stack.pop()
        paragraph = self.opened_in.pop()
        self.by_family[mark.info.family].pop()
        opened = self.carried.pop(position, None)
        if opened is None:
            opened = _Open(mark, paragraph, position, mark.end)
        opened.cut = self.cuts.pop(position, None)
        return opened

    def carry(self, position: int) -> _Open:
        """The open quote at ``position`` as a record, to carry it over a paragraph break."""
        opened = self.carried.get(position)
        if opened is None:
            mark = self.stack[position]
            opened = self.carried[position] = _Open(mark, self.opened_in[position], position, mark.end)
        return opened

    # -- outcomes ------------------------------------------------------------
    def push_run(self, index: int, paragraph: int, limit: int) -> int:
        """Push the openers that follow the one just pushed, each right after the last; the next index.

        Each would open as a run of openers (see :func:`_pair_quotes`): it may open and follows an open mark
        directly, and no paragraph starts in between (``limit``).  A run of a hundred thousand “ is
        pushed here without deciding each mark afresh.
        """
        marks, stack, opened_in, by_family = self.marks, self.stack, self.opened_in, self.by_family
        top_end = stack[-1].end
        count = len(marks)
        pushed = 0
        while index < count:
            mark = marks[index]
            start, end, _, info, left, _, apostrophe = mark
            if start != top_end or start >= limit or apostrophe or not left or not info.opens:
                break
            by_family[info.family].append(len(stack))  # pushed as _pair_quotes() pushes a mark
            stack.append(mark)
            opened_in.append(paragraph)
            top_end = end
            index += 1
            pushed += 1
            if pushed == _RUN:  # a long run: the marks like this one are pushed a slice at a time
                index = self._push_alike(index, paragraph, limit)
                top_end, pushed = stack[-1].end, 0
        return index

    def _push_alike(self, index: int, paragraph: int, limit: int) -> int:
        """Push the marks from ``index`` on that are the mark on top again, each right after the last; the next index.

        A slice of marks (twice as long each time) is pushed at once when every mark of it shares the
        top mark's character, flanking and context (so it may open as the top mark did) and the slice
        fills the characters after the top mark with no gap: marks of one character never overlap, so
        ``n`` of them ``n`` times the mark's width long lie one right after the other.  Any slice in
        doubt is left to :meth:`push_run`'s test of each mark.
        """
        marks, stack = self.marks, self.stack
        top = stack[-1]
        alike, width, top_end = _ALIKE(top), len(top.char), top.end
        family, opened_in = self.by_family[top.info.family], self.opened_in
        size = _RUN
        while index < len(marks):
            run = marks[index : index + size]
            same = _leading_alike(list(map(_ALIKE, run)), alike)
            if not same or run[same - 1].end != top_end + same * width or run[same - 1].start >= limit:
                break
            family.extend(range(len(stack), len(stack) + same))
            stack.extend(run[:same] if same < len(run) else run)
            opened_in.extend(repeat(paragraph, same))
            index += same
            top_end += same * width
            if same < len(run):
                break
            size = min(2 * size, _RUN_SLICE_MOST)
        return index

    def close(self, mark: Mark) -> bool:
        """Close the quote ``mark`` closes, if any; whether it closed one.

        The opener it closes is the innermost of its family, or, for a closer with no opener of its
        family open, the innermost opener of a family it may close across (‘wrong closer”).
        """
        _, _, char, (family, _, _, may_be_apostrophe), left, right, _ = mark
        positions, stack = self.by_family[family], self.stack
        if positions:
            position = positions[-1]
            if may_be_apostrophe and position != len(stack) - 1:
                return False  # an apostrophe look-alike only closes the innermost quote
            if char == stack[position].char and char in SELF_CLOSING_FORBIDDEN:
                return False
        else:
            across = CLOSES_ACROSS.get(family)
            if not (
                across is not None
                and stack
                and stack[-1].info.family == across
                and not may_be_apostrophe
                and right
                and not left
            ):
                return False
            position = len(stack) - 1  # ‘wrong closer”
        start = mark.start
        if len(stack) > position + 1:
            self.abandon_above(position + 1, start)
        if position not in self.carried:
            # Most quotes open and close in one paragraph: one piece, two marks, no record of the opener.
            opener_start, opener_end, _, opener_info, _, _, _ = stack.pop()
            paragraph = self.opened_in.pop()
            self.by_family[opener_info.family].pop()
            if self.cuts:
                self.cuts.pop(position, None)
            text = self.text
            if opener_end < start and (text[opener_end].isspace() or text[start - 1].isspace()):
                piece = trim(text, opener_end, start)
            else:  # trimmed already, as most quotes are: no call of trim()
                piece = (opener_end, start)
            self.quotes.append(QuoteSpan([piece], [opener_start, start], position, paragraph))
            return True
        opened = self.pop()
        pieces = opened.add_piece(trim(self.text, opened.piece_start, mark.start))
        marks = [opened.mark.start, *(opened.reopens or ()), mark.start]
        self.quotes.append(QuoteSpan(_nonempty(pieces), marks, opened.depth, opened.paragraph))
        return True

    def abandon_above(self, keep: int, end: int) -> None:
        """Abandon the open quotes but the ``keep`` outermost, innermost first, each ending at ``end``.

        An opener that can be an apostrophe is one, and an opener followed at once by an unclosed
        opener of its family makes no quote, only its warning (see :meth:`abandon`): runs of them
        are settled here with no record per opener.
        """
        stack, cuts, carried, opened_in, by_family = self.stack, self.cuts, self.carried, self.opened_in, self.by_family
        text, quotes, apostrophes, warnings = self.text, self.quotes, self.apostrophes, self.warnings
        # Every quote abandoned here ends at ``end``, trimmed back past its spaces: found once, so
        # that a piece starting on a word (nearly all) is known without a call of trim().
        # The scan stops at the outermost opener's end, past which no piece starts.
        position = len(stack) - 1
        if position < keep:
            return
        floor, trimmed_end = stack[keep].end, end
        while trimmed_end > floor and text[trimmed_end - 1].isspace():
            trimmed_end -= 1
        while position >= keep:
            if carried and position in carried:
                self.abandon(self.pop(), end)
                position -= 1
                continue
            # An opener of this paragraph, the common case, is settled here as abandon() would
            # settle it, with no record of the opener.
            cut = cuts.pop(position, None) if cuts else None
            start, mark_end, char, info, _, _, _ = stack.pop()
            paragraph = opened_in.pop()
            family = by_family[info.family]
            family.pop()
            if char in UNCLOSED_AS_APOSTROPHE:
                apostrophes.append(start)
            else:
                if family:  # the nearest open quote of this family, however deep: “A ‘B “C …
                    parent = family[-1]
                    if cuts.get(parent, start) >= start:
                        cuts[parent] = start
                warnings.append((start, char, _NEVER_CLOSED))
                if cut is None:
                    if mark_end < trimmed_end and not text[mark_end].isspace():
                        piece = (mark_end, trimmed_end)  # as trim() would give it
                    else:
                        piece = trim(text, mark_end, end)
                    quotes.append(QuoteSpan([piece], [], position, paragraph, True))
                elif cut > mark_end:
                    stop = cut if cut < end else end
                    if mark_end < stop and (text[mark_end].isspace() or text[stop - 1].isspace()):
                        piece = trim(text, mark_end, stop)
                    else:  # trimmed already, as trim() tells before any loop: no call
                        piece = (mark_end, stop)
                    quotes.append(QuoteSpan([piece], [], position, paragraph, True))
                # else ““ with neither closed: the first opens nothing (see abandon())
            position -= 1
            if position - keep >= _RUN and stack[position].end == start and stack[position].char is char:
                position = self._abandon_alike(keep, position, start)

    def _abandon_alike(self, keep: int, position: int, above: int) -> int:
        """Abandon, below the mark just abandoned (at offset ``above``), the run of marks like it; the next position.

        Each of them is the mark just abandoned again, right before the one above it: an unclosed
        opener whose quote would end where the one above opened, at its own end, so it makes no quote,
        only its warning (or an apostrophe, for ' and ’), as :meth:`abandon_above` settles it mark by
        mark.  The run is taken a slice at a time (twice as long each time) down to the first mark of
        another character or not right before the one above it.

        No mark of the run has a cut but the one the mark above gave it (where that one opened, so its own
        end): a quote abandoned above a mark of the run opened after it, so above the next one, which is
        nearer and of its family.  Nor is one carried over a paragraph break: the mark reopening the quote
        would come between it and the next.
        """
        stack, cuts = self.stack, self.cuts
        char = stack[position].char
        apostrophe = char in UNCLOSED_AS_APOSTROPHE
        width, low, size = len(char), position + 1, _RUN
        while low > keep:
            run = stack[max(keep, low - size) : low]
            same = _leading_alike(list(map(_CHAR, reversed(run))), char)  # counted from the top
            # The marks from the first alike on to the one above, each ``width`` long, fill the characters between.
            if not same or run[-same].start != above - (position + 1 - (low - same)) * width:
                break
            low -= same
            if same < len(run):
                break
            size = min(2 * size, _RUN_SLICE_MOST)
        if low > position:
            return position
        settled = stack[low : position + 1]
        del stack[low:]
        del self.opened_in[low:]
        family = self.by_family[settled[0].info.family]
        del family[len(family) - len(settled) :]
        cuts.pop(position, None)
        starts = map(_START, reversed(settled))
        if apostrophe:
            self.apostrophes.extend(starts)
        else:
            self.warnings.extend(zip(starts, repeat(char), repeat(_NEVER_CLOSED)))
            if family:  # the nearest open quote of this family, as for any unclosed opener
                parent, start = family[-1], settled[0].start
                if cuts.get(parent, start) >= start:
                    cuts[parent] = start
        return low - 1

    def abandon(self, opened: _Open, end: int) -> None:
        """An opener that never closed: an apostrophe if it can be one, else an unclosed quote.

        “He said ‘no’ and “Then …: when an unclosed quote holds an unclosed quote of its own
        family (at any depth), it ends where that one opened.  Nesting alternates “ and ‘, so the
        inner opener is a new quote, and no run of unclosed openers makes quotes over quotes: an
        unclosed opener followed at once by an unclosed one of its family (““) makes no quote
        at all, only its warning.  So each character is in at most one unclosed quote per family.
        """
        if opened.mark.char in UNCLOSED_AS_APOSTROPHE and not opened.pieces:
            self.apostrophes.append(opened.mark.start)
            return
        same_family = self.by_family.get(opened.mark.info.family)
        if same_family:  # the nearest open quote of this family, however deep: “A ‘B “C …
            parent = same_family[-1]
            self.cuts[parent] = min(self.cuts.get(parent, opened.mark.start), opened.mark.start)
        self.warnings.append((opened.mark.start, opened.mark.char, _NEVER_CLOSED))
        if opened.cut is not None and opened.cut > opened.piece_start:
            end = min(end, opened.cut)
        elif opened.cut is not None and not opened.pieces:
            return  # ““ with neither closed: the first opens nothing (a run of them would nest quadratically)
        pieces = opened.add_piece(trim(self.text, opened.piece_start, end))
        self.quotes.append(QuoteSpan(_nonempty(pieces), opened.reopens or [], opened.depth, opened.paragraph, True))

    def end_paragraph(self, end: int, next_start: int | None, next_mark: Mark | None) -> bool:
        """Close or carry the open quotes at a paragraph end; True if ``next_mark`` reopens."""
        if not self.stack:
            return False
        outer = self.stack[0]
        reopens = (
            not self._closed_by_stray_mark(end)
            and next_mark is not None
            and next_mark.start == next_start
            and next_mark.info.opens
            and not next_mark.apostrophe
            and next_mark.info.family == outer.info.family
            and outer.info.family in MULTI_PARAGRAPH_FAMILIES
            and (continues_alike(outer.char, next_mark.char) or self.closed_later(outer, next_mark.start))
        )
        self.abandon_above(1 if reopens else 0, end)
        if reopens:
            assert next_mark is not None
            carried = self.carry(0)
            carried.add_piece(trim(self.text, carried.piece_start, end))
            carried.piece_start = next_mark.end
            if carried.reopens is None:
                carried.reopens = []
            carried.reopens.append(next_mark.start)
        return reopens

    def closed_later(self, opener: Mark, position: int) -> bool:
        """Whether a mark like ``opener`` closes a quote after ``position``: the quote it opened
        runs on over paragraphs reopened with other marks (an excerpt in straight marks whose
        paragraphs open on curly inner quotes) and ends there."""
        return self.last_closer.get(opener.char, -1) > position

    def _closed_by_stray_mark(self, end: int) -> bool:
        """ "…billionaire ''family fortunes.'.')": the paragraph ends on a mark that could not close
        the open quote, right after a full stop.  The writer closed the quote there with the wrong
        mark, so a quote opening the next paragraph is a new quote, not a continuation.
        """
        if not self.apostrophes or self.apostrophes[-1] < self.stack[-1].end:
            return False
        last = self.apostrophes[-1]
        return (
            last > 0
            and self.text[last - 1] in ".!?,"
            and _PARAGRAPH_TAIL.fullmatch(self.text, last + 1, end) is not None
        )

    def trailing_apostrophe(self, index: int, paragraph_end: int) -> bool:
        """Whether the would-be closer ``marks[index]`` reads better as an apostrophe (Truss’ remarks, goin’ home).

        Only an s’ (or x’, z’, in’) followed by a space and a word qualifies, and only
        when the next mark of its family in the paragraph could close instead:
        ‘Truss’ remarks were wrong,’ he said.  The scan stops at that next mark,
        so over a whole text the scans never overlap and the pass stays linear.
        """
        text, mark = self.text, self.marks[index]
        start, end = mark.start, mark.end
        if not (
            start
            and _TRAILING_APOSTROPHE.search(text, max(0, start - 4), start) is not None
            and end + 1 < len(text)
            and text[end] == " "
            and text[end + 1].isalnum()
        ):
            return False
        family = mark.info.family
        marks = self.marks
        for following in range(index + 1, len(marks)):  # an index loop: a slice would copy the tail
            later = marks[following]
            if later.start >= paragraph_end:
                return False
            if later.info.family == family and not later.apostrophe:
                return later.right_flanking and not later.left_flanking
        return False

    def squeezed(self, mark: Mark) -> bool:
        """Whether a mark with no space on either side opens: 彼は「はい」, or authorities."We left"."""
        if mark.char in OPENS_BETWEEN_WORDS:
            return True
        return not mark.info.apostrophe and mark.start > 0 and self.text[mark.start - 1] in OPENS_AFTER_SENTENCE_END


def _leading_alike(keys: list[object], key: object) -> int:
    """How many of ``keys`` from the first on equal ``key``: a slice of a run is read whole where all do
    (one count in C), else up to the first that does not.

    >>> _leading_alike(["“", "“", "“"], "“"), _leading_alike(["“", "“", "”", "“"], "“"), _leading_alike(["”"], "“")
    (3, 2, 0)
    """
    if keys.count(key) == len(keys):
        return len(keys)
    return list(map(ne, keys, repeat(key))).index(True)


def continues_alike(opener: str, reopener: str) -> bool:
    """Whether ``reopener``, opening a paragraph, continues the quote ``opener`` left open.

    News style reopens each paragraph of a long quotation with the mark that opened it. A
    straight mark and a curly one are one quotation across a paragraph break only when a mark
    like the opener closes it later on (:meth:`_Pairer.closed_later`): a text written in curly
    quotes whose paragraph opens on a stray straight mark that nothing closes has no quote
    running into the next paragraph.

    >>> continues_alike("\N{LEFT DOUBLE QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}")
    True
    >>> continues_alike('"', "\N{LEFT DOUBLE QUOTATION MARK}")
    False
    """
    return (opener in STRAIGHT_MARKS) == (reopener in STRAIGHT_MARKS)


def _nonempty(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop empty pieces of a multi-piece quote, keeping at least one."""
    kept = [p for p in pieces if p[0] < p[1]]
    return kept or pieces[:1]


def pair_quotes(
    text: str,
    paras: list[tuple[int, int]] | None = None,
    *,
    dialogue_dash: bool = False,
    narrator: regex.Pattern[str] | None = None,
) -> ParseResult:
    """Pair every quotation mark of ``text`` into quotes, apostrophes or warnings.

    With ``dialogue_dash``, a paragraph that opens with a dash is a quote too, the
    narrator's incise left out of its pieces (:mod:`quoteattr.dialogue`).  With a
    ``narrator`` clause (a cue and its speaker, matched where an incise opens), an
    outermost quotation in marks leaves its first incise out of its pieces
    (:func:`quoteattr.dialogue.quoted_incise`).

    >>> result = pair_quotes("“Yes,” she said. Truss’ view: „gut“.")
    >>> [(q.start, q.end) for q in result.quotes], result.apostrophes
    ([(1, 5), (31, 34)], [22])
    >>> text = "— Non, — dit-il, — « jamais ».\\n— Jean Dupont"
    >>> [([text[s:e] for s, e in q.pieces], q.depth, q.marks) for q in pair_quotes(text, dialogue_dash=True).quotes]
    [(['Non,', '« jamais ».'], 0, [0, 7, 17]), (['jamais'], 1, [19, 28])]
    >>> [q.dialogue for q in pair_quotes(text).quotes]
    [False]
    >>> text = "«Мы ждём ответа, — подчеркнула Захарова. — Но терпение не безгранично»."
    >>> narrator = regex.compile(r"\\s*,?\\s*—\\s*подчеркнула\\s+\\p{Lu}")
    >>> [([text[s:e] for s, e in q.pieces], q.marks) for q in pair_quotes(text, narrator=narrator).quotes]
    [(['Мы ждём ответа,', 'Но терпение не безгранично'], [0, 69])]
    """
    with collector_paused():  # one object per mark lives until the parse ends (quoteattr.collector)
        return _pair_quotes(text, paras, dialogue_dash, narrator)


def _pair_quotes(
    text: str, paras: list[tuple[int, int]] | None, dialogue_dash: bool, narrator: regex.Pattern[str] | None
) -> ParseResult:
    marks = find_marks(text)
    if paras is None:
        paras = paragraphs(text)
    elif (marks or dialogue_dash) and not paras:
        paras = [(0, len(text))]  # a caller's empty paragraph list: read the text as one paragraph
    pairer = _Pairer(text, marks)
    stack, opened_in, by_family = pairer.stack, pairer.opened_in, pairer.by_family
    apostrophes, warnings = pairer.apostrophes, pairer.warnings
    para_index = 0
    n_paras = len(paras)
    # Where the next paragraph starts (the text's end in the last one, where no mark reaches),
    # and where this one ends: read once per paragraph, not once per mark.
    next_start = paras[1][0] if n_paras > 1 else len(text)
    para_end = paras[0][1] if paras else len(text)
    i = 0
    count = len(marks)
    while i < count:
        mark = marks[i]
        start, end, char, info, left, right, apostrophe = mark
        i += 1
        if start >= next_start:
            reopens = False
            while start >= next_start:
                # Only the paragraph the mark is in can be reopened by it: it starts there.
                reopens = pairer.end_paragraph(para_end, next_start, mark)
                para_index += 1
                next_start = paras[para_index + 1][0] if para_index < n_paras - 1 else len(text)
                para_end = paras[para_index][1]
            if reopens:
                continue  # the mark reopens the quote carried into its paragraph
        if apostrophe:  # known as an apostrophe from its context
            apostrophes.append(start)
            continue
        # Any other mark closes, opens, is an apostrophe after all, or is a stray (a warning), decided
        # here in the loop rather than by a method called per mark: stray marks make one mark per
        # other character, and a call per mark was a sixteenth of the pairing.
        family, opens, closes, may_be_apostrophe = info
        if may_be_apostrophe and right and not left and pairer.trailing_apostrophe(i - 1, para_end):
            apostrophes.append(start)
            continue
        # A mark between two marks (the inner ‘ and “ of “‘“we”’”) flanks both ways;
        # one that follows an opening mark directly opens too, as a run of openers.
        opens_run = left and bool(stack) and stack[-1].end == start
        # A closer with no quote of its family open, nor one of a family it may close across, has
        # nothing to close (see close()): asked here, as strays ask most often, without a call.
        if (
            closes
            and (right or not left)
            and not opens_run
            and stack
            and (by_family[family] or family in CLOSES_ACROSS)
            and pairer.close(mark)
        ):
            continue
        if opens and (
            (left and (opens_run or not (right and may_be_apostrophe)))
            or (not left and not right and pairer.squeezed(mark))
        ):
            by_family[family].append(len(stack))  # pushed: its stack position among its family's, it, its paragraph
            stack.append(mark)
            opened_in.append(para_index)
            # It opened: so may the marks right after it (most often there is none).
            if i < count and marks[i].start == end:
                i = pairer.push_run(i, para_index, next_start)
        elif may_be_apostrophe:
            apostrophes.append(start)
        elif (closes and not opens) or (right and not left):
            warnings.append((start, char, "closing quotation mark with no opening mark"))
        else:
            warnings.append((start, char, "quotation mark neither opens nor closes here"))
    if pairer.stack:
        # Quotes still open end with the paragraph of the last mark, not the
        # document: the paragraphs after it hold no mark that could continue them.
        end = paras[para_index][1] if paras else len(text)
        pairer.end_paragraph(end, None, None)
    # Marks outside any paragraph cannot exist (paragraphs cover all non-space text).
    if dialogue_dash:
        pairer.quotes.extend(_dialogue_turns(text, paras, pairer.quotes))
    quotes = _by_start(pairer.quotes)
    if narrator is not None:
        _leave_out_incises(text, quotes, narrator)
    pairer.apostrophes.sort()
    pairer.warnings.sort(key=_FIRST)  # each mark makes one warning at most: no two share an offset
    return ParseResult(quotes, pairer.apostrophes, pairer.warnings, paras)


_PIECES, _DEPTH, _FIRST = attrgetter("pieces"), attrgetter("depth"), itemgetter(0)


def _by_start(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotes sorted by start, the outer first where two start together.

    The keys are read by C functions mapped over the quotes, not by a Python function per quote:
    stray marks make a quote per few characters.  Each is one number, the start times one more than
    the deepest depth plus the depth, which sorts as the pair would and compares faster.

    >>> quotes = [QuoteSpan([(5, 6)], [], 0, 0), QuoteSpan([(1, 9)], [], 1, 0), QuoteSpan([(1, 3)], [], 0, 0)]
    >>> [(q.start, q.depth) for q in _by_start(quotes)]
    [(1, 0), (1, 1), (5, 0)]
    >>> [(q.start, q.depth) for q in _by_start([QuoteSpan([(2, 3)], [], 9, 0), QuoteSpan([(3, 4)], [], 0, 0)])]
    [(2, 9), (3, 0)]
    >>> _by_start([])
    []
    """
    depths = list(map(_DEPTH, quotes))
    times = max(depths, default=0) + 1
    keys = list(map(add, map(mul, map(_FIRST, map(_FIRST, map(_PIECES, quotes))), repeat(times)), depths))
    order = sorted(range(len(quotes)), key=keys.__getitem__)
    return list(map(quotes.__getitem__, order))


def _dialogue_turns(text: str, paras: list[tuple[int, int]], quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """The turns of speech of the paragraphs that open with a dash; the quotes inside them nest one deeper.

    A quote is inside a turn when its opening mark is inside one of the turn's
    pieces; a quote in the incise is the narrator's and keeps its depth.
    """
    # Only a paragraph that opens with a dash can be a turn: the quotes of the others are not looked at.
    dashed = [number for number, (start, end) in enumerate(paras) if opens_with_dash(text, start, end)]
    if not dashed:
        return []
    by_paragraph: dict[int, list[QuoteSpan]] = {}
    for quote in quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    turns: list[QuoteSpan] = []
    for number in dashed:
        start, end = paras[number]
        in_paragraph = by_paragraph.get(number, [])
        quoted = [_quoted_span(text, quote, end) for quote in in_paragraph if quote.depth == 0]
        turn = dialogue_turn(text, start, end, quoted)
        if turn is None:
            continue
        turns.append(QuoteSpan(turn.pieces, turn.dashes, 0, number, dialogue=True))
        for quote in in_paragraph:
            opening = _opening(quote)
            if any(piece_start <= opening < piece_end for piece_start, piece_end in turn.pieces):
                quote.depth += 1
    return turns


def _leave_out_incises(text: str, quotes: list[QuoteSpan], narrator: regex.Pattern[str]) -> None:
    """Each outermost closed quotation in marks loses its first incise from its pieces.

    ``quotes`` are sorted by start; a quote nested in another (whatever its depth)
    lies inside its pieces, and no incise cuts it.
    """
    for k, quote in enumerate(quotes):
        if quote.depth > 0 or quote.dialogue or quote.unclosed or not quote.marks:
            continue
        pieces = quote.pieces
        if len(pieces) == 1:  # most quotes: asked without a generator
            if not incise_may_open(text, pieces[0][0], pieces[0][1]):
                continue  # no place for an incise: the quotes nested in it need not be listed
        elif not any(incise_may_open(text, start, end) for start, end in pieces):
            continue
        nested: list[tuple[int, int]] = []
        following = k + 1
        while following < len(quotes) and quotes[following].start < quote.end:
            nested.append(_quoted_span(text, quotes[following], quote.end))
            following += 1
        for number, (start, end) in enumerate(quote.pieces):
            found = quoted_incise(text, start, end, narrator, nested)
            if found is not None:
                quote.pieces[number : number + 1] = list(found)
                quote.incise = (found[0][1], found[1][0])
                break


def _opening(quote: QuoteSpan) -> int:
    """Where a quote opens: its opening mark, or its first piece if the opener went to the warnings."""
    return quote.marks[0] if quote.marks and not quote.unclosed else quote.start


def _quoted_span(text: str, quote: QuoteSpan, paragraph_end: int) -> tuple[int, int]:
    """The span of a quote within its paragraph, marks included: where no incise may open."""
    end = quote.end
    if not quote.unclosed and quote.marks:
        closing = MARK_PATTERN.match(text, quote.marks[-1])
        end = closing.end() if closing is not None else end
    return _opening(quote), min(end, paragraph_end)
