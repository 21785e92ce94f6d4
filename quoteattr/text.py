"""Paragraphs and sentences, split once per document with offsets kept.

Paragraphs are separated by blank lines; a text without any blank line (one
paragraph per line, as many feeds and hard-wrapped books are written) is split
at single line breaks instead.  Sentences are split by a regular expression
that knows closing quotation marks and, from the language's
:class:`~quoteattr.lang.segment_grammar.SegmentGrammar`, its abbreviations
(U.S., Mr., Sen.) and any break it writes without punctuation.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial

import regex

from quoteattr.lang.language import Language
from quoteattr.lang.segment_grammar import END_CHARACTERS, SegmentGrammar

_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
_LINE_BREAK = regex.compile(r"\n\s*")
_WORD_BEFORE = regex.compile(r"(?r)(\S+)\s*\Z")
_WORD_REACH = 64  # characters looked back for the space before a word that may be an abbreviation
# What a word before a sentence end may open with, left out of it: "(Mr.", "“U.S.".
_OPENING = "(\"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, whitespace trimmed, empty paragraphs dropped.

    >>> paragraphs("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    splitter = _BLANK_LINE if "\n\n" in text or _BLANK_LINE.search(text) else _LINE_BREAK
    spans: list[tuple[int, int]] = []
    append = spans.append
    pos = 0
    for match in splitter.finditer(text):
        # A separator takes every space after the break: a paragraph needs trimming only at its end,
        # before its break, and mostly not even there.  Two tests tell, without a call.
        end = match.start()
        if pos < end and not text[end - 1].isspace() and not text[pos].isspace():
            append((pos, end))
        elif (trimmed := trim(text, pos, end))[0] < trimmed[1]:
            append(trimmed)
        pos = match.end()
    if (trimmed := trim(text, pos, len(text)))[0] < trimmed[1]:
        append(trimmed)
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading and trailing whitespace.

    >>> trim("  Yes. ", 0, 7), trim("Yes.", 0, 4), trim("   ", 0, 3)
    ((2, 6), (0, 4), (3, 3))
    """
    # Most spans handed in are trimmed already: two tests tell, before any loop runs.
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


MAX_SENTENCE = 2000  # characters; longer "sentences" are cut (see _bounded)


def sentences(text: str, start: int, end: int, lang: Language) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (usually one paragraph).

    >>> from quoteattr.lang import get_language
    >>> t = "U.S. Secretary of State Antony Blinken spoke. He left."
    >>> [t[s:e] for s, e in sentences(t, 0, len(t), get_language("en"))]
    ['U.S. Secretary of State Antony Blinken spoke.', 'He left.']
    >>> t = "Mr. Blinken spoke."  # an abbreviation ends no sentence
    >>> [t[s:e] for s, e in sentences(t, 0, len(t), get_language("en"))]
    ['Mr. Blinken spoke.']
    """
    spans: list[tuple[int, int]] = []
    _split(text, start, end, lang.segmentation, spans)
    return spans


def _split(text: str, start: int, end: int, grammar: SegmentGrammar, spans: list[tuple[int, int]]) -> None:
    """Append the sentence spans of ``text[start:end]`` to ``spans``, trimmed, empty ones left out.

    The sentence end is tried only at the places where one may start (the grammar's
    :attr:`~quoteattr.lang.segment_grammar.SegmentGrammar.places`), in order, each from where the
    last one found ended: the ends found are those a search of the whole range finds, for no
    end starts anywhere else, and each is found by the same match at the same place.
    """
    if grammar.places is None or (start and not text[start - 1].isspace()):
        # A place whose end punctuation or break comes before the range is found only by a search
        # from the range's start; after a space (as every paragraph starts) there is none.
        _split_everywhere(text, start, end, grammar, spans)
    else:
        _split_paragraphs(text, [(start, end)], grammar, spans, [])


def _split_paragraphs(
    text: str,
    paras: list[tuple[int, int]],
    grammar: SegmentGrammar,
    spans: list[tuple[int, int]],
    numbers: list[int],
) -> None:
    """Append the sentence spans of each of ``paras`` to ``spans``, and its number to ``numbers`` for each.

    The sentences of a paragraph are those :func:`_split` finds in it, found by a scan of the
    paragraph's places, with none of the setup :func:`_split` makes for any range.  A place ends
    where a space follows (or at a line break), and a paragraph (trimmed, as :func:`paragraphs`
    gives it) ends in no space: each place of the paragraph is one the scan of the whole text finds
    there, and the places between two paragraphs, three or so at each blank line of news, which a
    scan of the whole text would pass over one by one, are not read.

    A sentence's bounds are whitespace only where a sentence end was cut short (the second space
    of a run before a line break) or at the ends of a paragraph, so each span is trimmed in place
    after two tests, and cut (:func:`_bounded`) only when it is too long.
    """
    places = grammar.places
    if places is None:
        for number, (start, end) in enumerate(paras):
            before = len(spans)
            _split_everywhere(text, start, end, grammar, spans)
            numbers += [number] * (len(spans) - before)
        return
    append = spans.append
    end_at = grammar.sentence_end.match
    punctuation_first = grammar.punctuation_first
    for number, (start, end) in enumerate(paras):
        before = len(spans)  # how many sentences the paragraphs before this one hold
        pos = resume = start  # where the sentence starts, and where the next end may start
        for place in places.finditer(text, start, end):
            at = place.end()
            if text[at - 1] == "\n":
                if at <= resume or at >= end:  # a line break ending the range starts nothing in it
                    continue
                found = _line_end(end_at, text, at - 1, resume, end)
            elif at < resume:
                continue
            elif (
                punctuation_first
                and text[at - 1] in END_CHARACTERS
                and text[at] == " "
                and at + 1 < end
                and "A" <= text[at + 1] <= "Z"
            ):
                # "said. The": the end punctuation's kind, tried first (punctuation_first), matches
                # the one space, as the sentence end's match there would.  No line break in it.
                if not _ends_with_abbreviation(grammar, text, pos, at):
                    _add(text, pos, at, append)
                    pos = at + 1
                resume = at + 1
                continue
            else:
                found = end_at(text, at, end)
            if found is None:
                continue
            cut = found.start()
            resume = found.end()
            if "\n" not in found.group() and _ends_with_abbreviation(grammar, text, pos, cut):
                continue
            _add(text, pos, cut, append)
            pos = resume
        _add(text, pos, end, append)  # the paragraph's last sentence runs to its end
        numbers += [number] * (len(spans) - before)


_EndAt = Callable[[str, int, int], "regex.Match[str] | None"]
# The spaces (no line break) ending at a place, read backwards from it.
_SPACES_BEFORE = regex.compile(r"(?r)[^\S\n]*")


def _line_end(end_at: _EndAt, text: str, at: int, resume: int, end: int) -> regex.Match[str] | None:
    """The sentence end starting at the line break at ``at``, or at the first or second space of the run before it.

    A line end starts at most two places into its spaces (:data:`~quoteattr.lang.segment_grammar.LINE_END`),
    and any other end there starts at the first, after the end punctuation or break.
    """
    spaces = _SPACES_BEFORE.match(text, resume, at)  # always a match, maybe empty
    first = spaces.start() if spaces is not None else at
    return end_at(text, first, end) or (end_at(text, first + 1, end) if first < at else None)


def _split_everywhere(text: str, start: int, end: int, grammar: SegmentGrammar, spans: list[tuple[int, int]]) -> None:
    """:func:`_split` for a grammar that does not say where its sentence ends may start: tried everywhere."""
    append = spans.append
    pos = start
    for match in grammar.sentence_end.finditer(text, start, end):
        cut = match.start()
        if "\n" not in match.group() and _ends_with_abbreviation(grammar, text, pos, cut):
            continue
        _add(text, pos, cut, append)
        pos = match.end()
    _add(text, pos, end, append)


def _add(text: str, start: int, end: int, append: Callable[[tuple[int, int]], None]) -> None:
    """Append ``[start, end)`` trimmed, cut to :data:`MAX_SENTENCE`, unless nothing is left of it."""
    if end - start > MAX_SENTENCE:
        for s, e in _bounded(text, [(start, end)]):
            if (trimmed := trim(text, s, e))[0] < trimmed[1]:
                append(trimmed)
        return
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        start, end = trim(text, start, end)
    if start < end:
        append((start, end))


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans cut to at most ``MAX_SENTENCE`` characters, at a space where there is one.

    No written sentence is that long; a run-on text without full stops is.  Every
    rule looks at most at one sentence around a quote, so bounding sentences keeps
    the whole pipeline linear in the length of the text, whatever it holds.
    """
    if all(e - s <= MAX_SENTENCE for s, e in spans):
        return spans
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            bounded.append((start, cut))
            start = cut
        bounded.append((start, end))
    return bounded


def _ends_with_abbreviation(grammar: SegmentGrammar, text: str, start: int, end: int) -> bool:
    """Whether the word ending at ``end`` (spaces after it aside) is an abbreviation or an initial.

    >>> from quoteattr.lang import get_language
    >>> grammar = get_language("en").segmentation
    >>> [_ends_with_abbreviation(grammar, t, 0, len(t)) for t in ("Mr.", "(J.", "U.S.  ", "Mr.”", "him.", "")]
    [True, True, True, False, False, False]
    >>> [_ends_with_abbreviation(grammar, t, 0, len(t)) for t in ("x Mr.", "x\\tMr.", "x\\N{NO-BREAK SPACE}Mr. \\n")]
    [True, True, True]
    """
    # The word is most often what follows the last " " within a few dozen characters, all of it printable
    # (``str.isprintable`` allows no other space): read so, it takes no search, which costs more than the
    # word's test.  The search finds the word behind any other space, or spaces after it.
    nearest = end - _WORD_REACH if end - _WORD_REACH > start else start
    space = text.rfind(" ", nearest, end)
    word = text[space + 1 : end] if space >= 0 else text[start:end] if nearest == start else ""
    if not word or not word.isprintable():
        found = _WORD_BEFORE.search(text, start, end)
        if found is None:
            return False
        word = found.group(1)
    token = word.lstrip(_OPENING)
    if token.lower() in grammar.abbreviations:
        return True
    # Initials: "J. Smith", "U.S." followed by a capitalised word are usually not sentence ends.
    return len(token) == 2 and token[0].isupper() and token[1] == "."


class Index:
    """Paragraph and sentence spans of one text, with O(log n) lookup by offset.

    >>> from quoteattr.lang import get_language
    >>> index = Index("One. Two.\\n\\nThree.", get_language("en"))
    >>> index.sentences, index.sentence_paragraph, index.sentence_of(6)
    ([(0, 4), (5, 9), (11, 17)], [0, 0, 1], 1)
    >>> index.sentence_of(10), index.paragraph_of(10), index.paragraph_of(11)  # between two: the one before
    (1, 0, 1)
    >>> Index("  Yes.", get_language("en")).sentence_of(0)  # before the first: the first
    0
    """

    def __init__(self, text: str, lang: Language) -> None:
        self.text = text
        self.lang = lang
        self.paragraphs = paragraphs(text)
        self.sentences: list[tuple[int, int]] = []
        self.sentence_paragraph: list[int] = []
        _split_paragraphs(text, self.paragraphs, lang.segmentation, self.sentences, self.sentence_paragraph)
        # Which paragraph or sentence holds an offset (or is the last before it; the first for an offset
        # before it): as many as start at or before the offset, the first left out.  Starts strictly
        # increase (spans are disjoint, in order, and never empty), so that count is the number sought,
        # read by a C function bound to the list: no Python call for a question asked many times a quote.
        self.paragraph_of: Callable[[int], int] = partial(bisect_right, [s for s, _ in self.paragraphs[1:]])
        self.sentence_of: Callable[[int], int] = partial(bisect_right, [s for s, _ in self.sentences[1:]])
