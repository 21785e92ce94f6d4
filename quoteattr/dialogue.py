"""Dialogue dashes: a paragraph that opens with a dash is a turn of speech.

French, Spanish, Italian, Portuguese and Russian fiction, interviews and
transcripts mark a turn of speech not with quotation marks but with a dash that
opens its paragraph, and set the narrator's words (the *incise*: ``demanda le
laquais``, ``respondió María``, ``сказал он``) off inside the turn::

    — Cela sera-t-il bien long ? demanda le laquais.
    —No lo sé —respondió María—. Quizá mañana.
    — Нет, — сказал он, — я не поеду.

:func:`dialogue_turn` reads one paragraph and returns its pieces of speech with
the incise left out, so that attribution finds the speaker where the narrator
names him, outside the quotation.  The rules look at dashes, punctuation,
spacing and letter case only, never at words, so they hold for every language
that writes dialogue this way:

1. **The turn.**  The paragraph's first character is a dialogue dash
   (``DIALOGUE_DASHES``: — or ―) followed by speech.  A dash followed by
   another dash is a rule line, not a turn.
2. **Speech, not a signature.**  The turn holds sentence punctuation
   (``. ! ? … ¿ ¡``; the full stop of an initial, ``J. K.``, does not count).
   ``— Commissioner Starks`` and ``— Jean Dupont, maire de Lyon`` sign or
   credit; they say nothing.
3. **Where the incise opens**, the speech piece before it ends:

   a. at a dash with a space before it and a lower-case word after it
      (``Нет, — сказал он``, ``No lo sé —respondió``): the dash is left out;
   b. after ``?`` or ``!`` followed by a lower-case word (``long ? demanda``):
      speech sentences start upper-case, so a lower-case word there is the
      narrator's; the punctuation stays with the speech;
   c. after ``,`` or ``…`` followed by a *narrator clause*: an inverted verb
      joined by a hyphen (``dit-il``, ``demanda-t-elle``, ``disse-lhe``) or a
      lower-case word followed by capitalised names (``répondit Marie``), either
      of them ending at punctuation.  Anything else after a comma
      (``, mais demain``) or an ellipsis (``Je… je ne sais pas``) is speech.
4. **Where the incise ends** (the first that comes):

   * at the next dash: the closing dash (``María—. Quizá``, ``он, — я``); speech
     resumes after it, past the punctuation the sentence needed (``. ``);
   * for an incise opened at a comma, at the next comma (``, dit-il, peut-être``);
   * at the end of its sentence: speech resumes only at a dash right after it
     (``сказал он. — Я не поеду.``); otherwise the rest of the paragraph is
     narration.
5. **Quotations inside the turn** are opaque: no incise opens or ends inside
   them (``« non — jamais »``).

**Inside quotation marks** French and Russian news set the incise off the same way
(``« Nous ne reculerons pas, a lancé le ministre. La loi sera appliquée. »``,
``«Мы ждём ответа, — подчеркнула Захарова. — Но терпение не безгранично»``).
There a comma or a dash before a lower-case word is far more often speech, so
:func:`quoted_incise` opens an incise by rule 3 only where the language's
narrator clause (a cue and its speaker, given by the caller) starts; it ends by
rule 4, where a full stop after a lone capital is an initial (``a déclaré
M. Dupont``), and the speech resumes after it, past a dash, up to the closing mark.

What the rules cannot tell without words: a Russian copula dash inside speech
(``— Мой брат — врач.``) reads as an incise, and so does a hyphenated word after
a comma at the end of a sentence (``, peut-être.``).

Every search starts where the previous one stopped and none runs past the
paragraph, so the work is linear in the paragraph's length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from quoteattr.data.marks import DIALOGUE_DASHES
from quoteattr.text import trim


def _build_incise_start() -> regex.Pattern[str]:
    dash = f"[{DIALOGUE_DASHES}]"
    return regex.compile(
        # 3a: a dash after a space, before a lower-case word: "Нет, — сказал", "sé —respondió".
        rf"(?<=\s)(?P<dash>{dash})[^\S\n]*+(?=\p{{Ll}})"
        # 3b: "?" or "!" before a lower-case word: "long ? demanda".
        r"|(?<![?!])(?P<stop>[?!]++)\s++(?=\p{Ll})"
        # 3c: "," or an ellipsis before a lower-case word, a narrator clause if _NARRATOR_CLAUSE says so.
        r"|(?P<pause>,|\N{HORIZONTAL ELLIPSIS}|\.\.\.)\s++(?=\p{Ll})"
    )


def _build_incise_end(*, at_comma: bool, initials: bool = False) -> regex.Pattern[str]:
    # Rule 4: the closing dash, the comma (for an incise opened at one), or the sentence end.
    # A run of stops is taken from its first character only, so no run is read twice.
    # With ``initials``, the full stop after a lone capital ends no sentence ("M. Dupont").
    comma = r"|(?P<comma>,)" if at_comma else ""
    stops = "[.!?\N{HORIZONTAL ELLIPSIS}]"
    initial = r"(?<!\b\p{Lu})" if initials else ""
    return regex.compile(rf"(?P<dash>[{DIALOGUE_DASHES}]){comma}|(?<!{stops}){initial}(?P<stop>{stops}++)(?=\s|\Z)")


# Rule 3c, matched at the lower-case word after the comma: "dit-il," / "demanda-t-elle." /
# "répondit Marie." / "dit Pierre Dupont,".  Possessive quantifiers: no backtracking.
_WORD = r"[\p{L}'\N{RIGHT SINGLE QUOTATION MARK}]*+"
_CLAUSE_END = r"(?=[,.!?;:\N{HORIZONTAL ELLIPSIS}]|\s*\Z)"
_NARRATOR_CLAUSE = regex.compile(
    rf"\p{{Ll}}{_WORD}(?:-\p{{Ll}}++)++{_CLAUSE_END}"  # dit-il, demanda-t-elle
    rf"|\p{{Ll}}{_WORD}(?:\s++\p{{Lu}}{_WORD}(?:-\p{{L}}++)*+)++{_CLAUSE_END}"  # répondit Marie, dit Jean-Pierre
)
# Rule 2: sentence punctuation, not the full stop of an initial (J. K. Rowling, N.Y.P.D.).
_SPEECH_PUNCTUATION = regex.compile(
    r"[!?\N{HORIZONTAL ELLIPSIS}\N{INVERTED QUESTION MARK}\N{INVERTED EXCLAMATION MARK}]|(?<!\b\p{Lu})\."
)
_INCISE_START = _build_incise_start()
_INCISE_END = _build_incise_end(at_comma=False)
_COMMA_INCISE_END = _build_incise_end(at_comma=True)
_QUOTED_INCISE_END = _build_incise_end(at_comma=False, initials=True)
_QUOTED_COMMA_INCISE_END = _build_incise_end(at_comma=True, initials=True)
# What a closing dash leaves before the speech resumes: "María—. Quizá", "dijo—, pero".
_AFTER_CLOSING_DASH = regex.compile(r"[\s.,;:]*")
_SPACE = regex.compile(r"\s*")


def _past(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> int:
    """The offset past what ``pattern`` (which may match nothing) matches at ``pos``."""
    found = pattern.match(text, pos, end)
    return found.end() if found is not None else pos


@dataclass(frozen=True, slots=True)
class DialogueTurn:
    """One turn of speech: its pieces (incise excluded, trimmed) and the dashes that delimit them."""

    pieces: list[tuple[int, int]]
    dashes: list[int]  # the opening dash, then each dash that opens, closes or resumes after an incise


class _Scan:
    """Searches within one paragraph that step over quotations (rule 5), always moving forward."""

    def __init__(self, text: str, end: int, quoted: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.end = end
        self.quoted = sorted(quoted)
        self.next_quote = 0

    def search(self, pattern: regex.Pattern[str], pos: int) -> regex.Match[str] | None:
        while (found := pattern.search(self.text, pos, self.end)) is not None:
            inside = self._quote_around(found.start())
            if inside is None:
                return found
            pos = inside
        return None

    def _quote_around(self, offset: int) -> int | None:
        """The end of the quotation ``offset`` is in, if any (offsets only grow, so the walk is linear)."""
        quoted = self.quoted
        while self.next_quote < len(quoted) and quoted[self.next_quote][1] <= offset:
            self.next_quote += 1
        if self.next_quote < len(quoted) and quoted[self.next_quote][0] <= offset:
            return quoted[self.next_quote][1]
        return None


def opens_with_dash(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` opens with a dialogue dash: one that does not is no turn.

    >>> opens_with_dash("— Non.", 0, 6), opens_with_dash("  —No.", 0, 6), opens_with_dash("Il est venu — enfin.", 0, 20)
    (True, True, False)
    """
    start, end = trim(text, start, end)
    return start < end and text[start] in DIALOGUE_DASHES


def dialogue_turn(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]] = ()) -> DialogueTurn | None:
    """The turn of speech in the paragraph ``text[start:end]``, if a dialogue dash opens it.

    ``quoted`` lists the ``(start, end)`` spans of the quotations in the paragraph,
    which the incise never cuts.  The rules are in the module docstring.

    >>> def speech(paragraph):
    ...     turn = dialogue_turn(paragraph, 0, len(paragraph))
    ...     return turn and [paragraph[s:e] for s, e in turn.pieces]
    >>> speech("— Cela sera-t-il bien long ? demanda le laquais.")
    ['Cela sera-t-il bien long ?']
    >>> speech("—No lo sé —respondió María—. Quizá mañana.")
    ['No lo sé', 'Quizá mañana.']
    >>> speech("— Нет, — сказал он, — я не поеду.")
    ['Нет,', 'я не поеду.']
    >>> speech("— Je ne sais pas, dit-il, peut-être demain.")
    ['Je ne sais pas,', 'peut-être demain.']

    A comma before a word that is no narrator clause, a signature and a dash
    inside a paragraph are no incise and no turn:

    >>> speech("— Je ne sais pas, mais peut-être demain.")
    ['Je ne sais pas, mais peut-être demain.']
    >>> speech("— Commissioner Starks") is None, speech("Il est venu — enfin.") is None
    (True, True)
    """
    if not opens_with_dash(text, start, end):
        return None
    start, end = trim(text, start, end)
    speech_start = _past(_SPACE, text, start + 1, end)
    if (
        speech_start >= end
        or text[speech_start] in DIALOGUE_DASHES
        or _SPEECH_PUNCTUATION.search(text, speech_start, end) is None
    ):
        return None
    scan = _Scan(text, end, quoted)
    pieces: list[tuple[int, int]] = []
    dashes = [start]
    pos = speech_start
    while True:
        incise = scan.search(_INCISE_START, pos)
        if incise is None:
            pieces.append(trim(text, speech_start, end))
            break
        if incise.group("pause") is not None and _NARRATOR_CLAUSE.match(text, incise.end(), end) is None:
            pos = incise.end()
            continue
        if incise.group("dash") is not None:
            dashes.append(incise.start("dash"))
            pieces.append(trim(text, speech_start, incise.start("dash")))
        else:
            pieces.append(trim(text, speech_start, incise.start() + len(incise.group("stop") or incise.group("pause"))))
        closing = scan.search(_COMMA_INCISE_END if incise.group("pause") == "," else _INCISE_END, incise.end())
        if closing is None:
            break  # the incise runs to the end of the paragraph
        if closing.group("dash") is not None:
            dashes.append(closing.start())
            resume = _past(_AFTER_CLOSING_DASH, text, closing.end(), end)
        elif closing.group("stop") is None:
            resume = _past(_SPACE, text, closing.end(), end)  # after the comma
        else:
            after = _past(_SPACE, text, closing.end(), end)
            if after >= end or text[after] not in DIALOGUE_DASHES:
                break  # narration follows the incise's sentence
            dashes.append(after)
            resume = _past(_SPACE, text, after + 1, end)
        speech_start = pos = resume
    kept = [piece for piece in pieces if piece[0] < piece[1]]
    return DialogueTurn(kept, dashes) if kept else None


class _Next:
    """The next match of a pattern at or after a position that only grows: one search serves many positions."""

    def __init__(self, scan: _Scan, pattern: regex.Pattern[str]) -> None:
        self.scan = scan
        self.pattern = pattern
        self.found: regex.Match[str] | None = None
        self.done = False  # no match after the last position asked: none after any later one either

    def at_or_after(self, pos: int) -> regex.Match[str] | None:
        """The first match starting at or after ``pos``: the one kept while it still lies ahead."""
        if self.done or (self.found is not None and self.found.start() >= pos):
            return self.found
        self.found = self.scan.search(self.pattern, pos)
        self.done = self.found is None
        return self.found


def incise_may_open(text: str, start: int, end: int) -> bool:
    """Whether an incise could open in ``text[start:end]``: a dash, a ``?``/``!``, a comma or an
    ellipsis before a lower-case word.

    Without one, :func:`quoted_incise` finds no incise whatever quotations the words hold, so a
    caller can skip listing them.

    >>> incise_may_open("Nous irons, a déclaré M. Dupont", 0, 31), incise_may_open("Nous irons", 0, 10)
    (True, False)
    """
    return _INCISE_START.search(text, start, end) is not None


def quoted_incise(
    text: str, start: int, end: int, narrator: regex.Pattern[str], quoted: Sequence[tuple[int, int]] = ()
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The speech before and after the first incise inside the quoted words ``text[start:end]``, if any.

    ``narrator`` matches a narrator clause (a cue and its speaker) at the comma, dash
    or ``?``/``!`` that opens the incise, within the incise; ``quoted`` lists quotations
    nested in the words, which no incise cuts.  The rules are in the module docstring.

    >>> import regex
    >>> narrator = regex.compile(r"\\s*[,?!]?\\s*—?\\s*(?:a lancé|a déclaré|подчеркнула)\\s+\\S")
    >>> def speech(words):
    ...     found = quoted_incise(words, 0, len(words), narrator)
    ...     return found and [words[s:e] for s, e in found]
    >>> speech("Nous ne reculerons pas, a lancé le ministre. La loi sera appliquée.")
    ['Nous ne reculerons pas,', 'La loi sera appliquée.']
    >>> speech("Мы ждём ответа, — подчеркнула Захарова. — Но терпение не безгранично")
    ['Мы ждём ответа,', 'Но терпение не безгранично']
    >>> speech("Nous irons, a déclaré M. Dupont, jusqu'au bout")
    ['Nous irons,', "jusqu'au bout"]

    No narrator clause, or nothing said after it, is no incise:

    >>> speech("Nous ne reculerons pas, mais la loi sera appliquée."), speech("Nous irons, a lancé le ministre.")
    (None, None)
    """
    if not incise_may_open(text, start, end):
        return None
    opens = _Scan(text, end, quoted)
    ends = _Next(_Scan(text, end, quoted), _QUOTED_INCISE_END)
    comma_ends = _Next(_Scan(text, end, quoted), _QUOTED_COMMA_INCISE_END)
    pos = start
    while (incise := opens.search(_INCISE_START, pos)) is not None:
        pos = incise.end()
        closing = (comma_ends if incise.group("pause") == "," else ends).at_or_after(incise.end())
        if closing is None:
            return None  # the words run to the closing mark: whatever comes is no incise
        if narrator.match(text, incise.start(), closing.start()) is None:
            continue
        if incise.group("dash") is not None:
            before = trim(text, start, incise.start("dash"))
        else:
            before = trim(text, start, incise.start() + len(incise.group("stop") or incise.group("pause")))
        if closing.group("dash") is not None:
            resume = _past(_AFTER_CLOSING_DASH, text, closing.end(), end)
        else:
            resume = _past(_SPACE, text, closing.end(), end)
            if closing.group("stop") is not None and resume < end and text[resume] in DIALOGUE_DASHES:
                resume = _past(_SPACE, text, resume + 1, end)  # "Захарова. — Но": the dash reopens the speech
        after = trim(text, resume, end)
        if before[0] < before[1] and after[0] < after[1]:
            return before, after
        return None
    return None
