"""Paragraphs and sentences, split once per document with offsets kept.

Paragraphs are separated by blank lines; a text without any blank line (one
paragraph per line, as many feeds and hard-wrapped books are written) is split
at single line breaks instead.  Sentences are split by a regular expression
that knows abbreviations (U.S., Mr., Sen.) and closing quotation marks.
"""

from __future__ import annotations

import bisect

import regex

from quoteattr.lang.en.abbreviations import ABBREVIATIONS

_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
_LINE_BREAK = regex.compile(r"\n\s*")

# A sentence ends at . ! ? or … (possibly followed by closing quotes/brackets),
# then whitespace, then something that can start a sentence; or at a line break.
# The character classes are built from strings, not written across lines in a
# verbose pattern, where the line breaks and indentation would join the class.
_END_PUNCTUATION = r"[.!?\N{HORIZONTAL ELLIPSIS}]"
# Closing quotation marks and brackets that may follow the full stop.
_AFTER_END = (
    r"""["'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"""
    r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK})\]]"
)
# What may start a sentence: capitals, digits, opening quotation marks and brackets, CJK letters, dashes.
_SENTENCE_START = (
    r"""[\p{Lu}\p{N}"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"""
    r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}(\[`\p{Lo}"
    r"\N{EN DASH}\N{EM DASH}]"
)
# A dateline token ("date 2022-04-29") written inline also ends what came before it.
_DATE_TOKEN = r"(?<=\bdate\s\d{4}-\d{2}-\d{2})\s+"
# A line break ends a sentence when the line before does not run on ("WASHINGTON (AP)\nThe Senate");
# hard-wrapped prose ("he\nsaid.", "said\nElizabeth.") continues across it.
_LINE_END = r"(?<![\p{Ll},;\-])[^\S\n]*\n\s*(?=\p{Lu})"
_SENTENCE_END = regex.compile(
    rf"(?<={_END_PUNCTUATION}{_AFTER_END}*)\s+(?={_SENTENCE_START})|{_DATE_TOKEN}|{_LINE_END}"
)
_WORD_BEFORE = regex.compile(r"(?r)(\S+)\s*\Z")
_ABBREVIATIONS = frozenset(a.lower() for a in ABBREVIATIONS)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, whitespace trimmed, empty paragraphs dropped.

    >>> paragraphs("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    splitter = _BLANK_LINE if "\n\n" in text or _BLANK_LINE.search(text) else _LINE_BREAK
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in splitter.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [trimmed for s, e in spans if (trimmed := trim(text, s, e))[0] < trimmed[1]]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


MAX_SENTENCE = 2000  # characters; longer "sentences" are cut (see _bounded)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (usually one paragraph).

    >>> t = "U.S. Secretary of State Antony Blinken spoke. He left."
    >>> [t[s:e] for s, e in sentences(t, 0, len(t))]
    ['U.S. Secretary of State Antony Blinken spoke.', 'He left.']
    """
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if "\n" not in match.group() and _ends_with_abbreviation(text, pos, match.start()):
            continue
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, end))
    return [trimmed for s, e in _bounded(text, spans) if (trimmed := trim(text, s, e))[0] < trimmed[1]]


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


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    word = _WORD_BEFORE.search(text, start, end)
    if word is None:
        return False
    token = word.group(1).lstrip("(\"'“‘")
    if token.lower() in _ABBREVIATIONS:
        return True
    # Initials: "J. Smith", "U.S." followed by a capitalised word are usually not sentence ends.
    return len(token) == 2 and token[0].isupper() and token[1] == "."


class Index:
    """Paragraph and sentence spans of one text, with O(log n) lookup by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = paragraphs(text)
        self.sentences: list[tuple[int, int]] = []
        self.sentence_paragraph: list[int] = []
        for number, (s, e) in enumerate(self.paragraphs):
            for span in sentences(text, s, e):
                self.sentences.append(span)
                self.sentence_paragraph.append(number)
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self._sentence_starts = [s for s, _ in self.sentences]

    def paragraph_of(self, offset: int) -> int:
        """Number of the paragraph holding ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def sentence_of(self, offset: int) -> int:
        """Number of the sentence holding ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
