"""Stage 5: where, through whom and when each quote or claim was said (venue, via, date).

The attribution stage marks the clause that attributes the words (``Linked.frame_window``);
:func:`occasion_of` searches it with the finders of :mod:`quoteattr.venues` and
:mod:`quoteattr.dates`, in the document's language:

* the window is cut to :data:`NEAR` characters around the words, so a huge run-on "sentence" is
  searched in linear time;
* only the parts of the window outside the quoted or reported pieces are searched: "He noted that
  the trend was manifested at the summit in Chicago" was not said in Chicago;
* an outlet the attribution itself named (TASS quoted him as saying) wins over one found nearby;
* when no venue is found, the occasion is often told in a sentence just before, about the same
  speaker ("Truss made a similar statement back on April 27 at an Easter banquet"): up to three
  earlier sentences that name the speaker's surname are searched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from quoteattr.attribution import Linked
from quoteattr.dates import _dates
from quoteattr.dates import _window as _clamped
from quoteattr.lang.occasion_grammar import OccasionGrammar, keyed_words
from quoteattr.models import Speaker, Venue, Via
from quoteattr.text import Index
from quoteattr.venues import Window, key_words_of, window, window_venue, window_via

__all__ = ["NEAR", "Occasion", "Occasions", "occasion_of"]

NEAR = 400  # characters around a quote or claim searched for its venue, date and relaying outlet
_EARLIER = 3  # sentences before a quote searched for the occasion its speaker was introduced at


@dataclass(frozen=True, slots=True)
class Occasion:
    """Where, through whom and when one quote or claim was said; ``None`` where the text does not say."""

    venue: Venue | None = None
    via: Via | None = None
    date: dt.date | None = None


_NOTHING = Occasion()  # a quote or claim without an attribution clause: every one shares this answer
_NO_WORDS: frozenset[str] = frozenset()  # the words kept of a window without a key word: it matches no rule


class Occasions:
    """Venue, relaying outlet and date lookups for one document, each window searched once.

    Quotes of one sentence, and the sentences searched for a carried venue,
    share windows; the finders are pure, so their answers are kept.  Most
    windows hold no key word of any venue or via rule, and no date key: they
    are answered from their words alone, without running a finder.
    """

    def __init__(self, text: str, index: Index, published: dt.date | None) -> None:
        self.text = text
        self.index = index
        self.lang = index.lang
        self.published = published
        self._venues: dict[tuple[int, int], Venue | None] = {}
        self._dates: dict[tuple[int, int], dt.date | None] = {}
        self._vias: dict[tuple[int, int], Via | None] = {}
        self._found: dict[tuple[int, int], Occasion] = {}
        self._carried: dict[tuple[int, str], tuple[Venue | None, dt.date | None]] = {}
        self._keys = key_words_of(self.lang)
        self._grammar = self.lang.occasions or OccasionGrammar()
        self._key_pattern = self._grammar.key_pattern if self._keys else None
        self._date_keys = self._grammar.date_keys
        # What a window must hold for a date to be found in it: a date key, or, without the published
        # date, a year (only a phrase with a year is resolved without it), which far fewer windows hold.
        years = self._grammar.years
        self._date_gate = self._date_keys if published is not None or years is None else years

    def _window(self, lo: int, hi: int) -> Window:
        """The window clamped and its words split, once for both finders.

        The words are kept only when the key-word search finds one (rarely, where the words hold none:
        see :func:`~quoteattr.lang.occasion_grammar.keyed_words`; the finders test the words): a window
        without one is answered from that alone (no venue, no via), and most windows are such, so their
        words are not split: one search says that the window holds no key word.  The finders' answers
        are kept, not the split: a window is split once for all of them (see :meth:`found`).
        """
        if 0 <= lo <= hi <= len(self.text):  # inside the text, as the windows of quotes are: nothing to clamp
            key_pattern = self._key_pattern
            if key_pattern is None:  # a language without venue or via rules: no word of the window is looked at
                return Window(lo, hi, _NO_WORDS)
            words = keyed_words(self.text[lo:hi], key_pattern)
            return Window(lo, hi, _NO_WORDS if words is None else frozenset(words))
        return window(self.text, lo, hi)

    def venue(self, lo: int, hi: int) -> Venue | None:
        """The venue of ``text[lo:hi]`` (:func:`~quoteattr.venues.find_venue`), searched once per window.

        >>> from quoteattr.lang import get_language
        >>> text = "Truss said at a press conference. Truss said."
        >>> occasions = Occasions(text, Index(text, get_language("en")), None)
        >>> occasions.venue(0, 33).kind, occasions.venue(34, 45) is None
        ('press_conference', True)
        """
        return self._venue(lo, hi, None)

    def _venue(self, lo: int, hi: int, span: Window | None) -> Venue | None:
        """:meth:`venue`, given the window's split when the caller has it already."""
        if (lo, hi) not in self._venues:
            span = self._window(lo, hi) if span is None else span
            self._venues[lo, hi] = (
                None if span.words.isdisjoint(self._keys) else window_venue(self.text, span, self.lang)
            )
        return self._venues[lo, hi]

    def via(self, lo: int, hi: int) -> Via | None:
        """The relaying outlet of ``text[lo:hi]`` (:func:`~quoteattr.venues.find_via`), searched once per window."""
        return self._via(lo, hi, None)

    def _via(self, lo: int, hi: int, span: Window | None) -> Via | None:
        """:meth:`via`, given the window's split when the caller has it already."""
        if (lo, hi) not in self._vias:
            span = self._window(lo, hi) if span is None else span
            self._vias[lo, hi] = None if span.words.isdisjoint(self._keys) else window_via(self.text, span, self.lang)
        return self._vias[lo, hi]

    def found(self, lo: int, hi: int) -> Occasion:
        """The venue, via and date of ``text[lo:hi]``, each as its own finder gives it, searched once per window.

        >>> from quoteattr.lang import get_language
        >>> text = "Truss told CNN in an interview on Wednesday. Truss said."
        >>> occasions = Occasions(text, Index(text, get_language("en")), dt.date(2022, 4, 29))
        >>> found = occasions.found(0, 44)
        >>> found.venue.kind, found.via.name, found.date
        ('interview', 'CNN', datetime.date(2022, 4, 27))
        >>> occasions.found(45, 56)  # no key word, no date: nothing
        Occasion(venue=None, via=None, date=None)
        """
        found = self._found.get((lo, hi))
        if found is None:
            text = self.text
            key_pattern = self._key_pattern
            span: Window | None
            if key_pattern is not None and 0 <= lo <= hi <= len(text):
                # As :meth:`_window` splits it, but a window without a key word (most are) is answered
                # from that alone, with no record of its split made.
                keyed = keyed_words(text[lo:hi], key_pattern)
                span = None if keyed is None else Window(lo, hi, frozenset(keyed))
                start, end = lo, hi
            else:
                span = self._window(lo, hi)
                start, end = span.start, span.end
                if span.words.isdisjoint(self._keys):
                    span = None
            # A window without a date key (or year) names no date, as the date finder's own first test
            # says; one with a key is searched for dates without that test again.
            gate = self._date_gate
            date = None if gate.search(text, start, end) is None else self._date(lo, hi, gate is self._date_keys)
            if span is None:  # no venue or via rule can match: nothing to keep either
                found = Occasion(None, None, date) if date is not None else _NOTHING
            else:
                found = Occasion(self._venue(lo, hi, span), self._via(lo, hi, span), date)
            self._found[lo, hi] = found
        return found

    def date(self, lo: int, hi: int) -> dt.date | None:
        """The date ``text[lo:hi]`` names (:func:`~quoteattr.dates.find_date`), read against the publication date.

        >>> from quoteattr.lang import get_language
        >>> text = "Truss spoke on Wednesday. Truss said."
        >>> occasions = Occasions(text, Index(text, get_language("en")), dt.date(2022, 4, 29))
        >>> occasions.date(0, 25), occasions.date(26, 37)
        (datetime.date(2022, 4, 27), None)
        """
        return self._date(lo, hi, False)

    def _date(self, lo: int, hi: int, keyed: bool) -> dt.date | None:
        """:meth:`date`, told whether the window is known to hold a date key (see :func:`~quoteattr.dates._dates`)."""
        if (lo, hi) not in self._dates:
            start, end = _clamped(self.text, lo, hi)
            when = next(_dates(self.text, start, end, self.published, self._grammar, keyed=keyed), None)
            self._dates[lo, hi] = when.date if when is not None else None
        return self._dates[lo, hi]


def occasion_of(item: Linked, speaker: Speaker | None, occasions: Occasions) -> Occasion:
    """The venue, via and date of one attributed quote or claim, searched around its attribution.

    >>> from quoteattr.attribution import Linked
    >>> from quoteattr.lang import get_language
    >>> import datetime as dt
    >>> text = "“We need a global NATO,” Truss said at a press conference on Wednesday."
    >>> occasions = Occasions(text, Index(text, get_language("en")), dt.date(2022, 4, 29))
    >>> item = Linked(pieces=[(1, 23)], kind="direct", depth=0, unclosed=False, paragraph=0,
    ...               frame_window=(0, len(text)))
    >>> found = occasion_of(item, None, occasions)
    >>> found.venue.text, found.via, found.date
    ('at a press conference', None, datetime.date(2022, 4, 27))
    >>> occasion_of(Linked(pieces=[(1, 23)], kind="direct", depth=0, unclosed=False, paragraph=0),
    ...             None, occasions)  # no attribution clause: nothing to search
    Occasion(venue=None, via=None, date=None)
    """
    if item.frame_window is None:
        return _NOTHING
    text = occasions.text
    lo, hi = item.frame_window
    pieces = item.pieces
    start = pieces[0][0]  # the words' start and end (``item.start``, ``item.end``), read once
    lo, hi = max(lo, start - NEAR), min(hi, pieces[-1][1] + NEAR)
    # The first window that names each wins: the venue, via and date may come from different windows.
    venue: Venue | None = None
    via: Via | None = None
    date: dt.date | None = None
    for w in _outside(lo, hi, item.claim or pieces):
        found = occasions.found(*w)
        venue = found.venue if venue is None else venue
        via = found.via if via is None else via
        date = found.date if date is None else date
    if item.via is not None:  # named by the attribution itself: no need to look around
        via = Via(start=item.via[0], end=item.via[1], name=text[item.via[0] : item.via[1]])
    if venue is None and speaker is not None and speaker.resolution != "carried":
        venue, carried_date = _carried_occasion(min(lo, start), speaker.name, occasions)
        date = date or carried_date
    if venue is None and via is None and date is None:  # as for most quotes: the answer all of them share
        return _NOTHING
    return Occasion(venue, via, date)


def _outside(lo: int, hi: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the window ``[lo, hi)`` that lie outside the quoted or reported pieces.

    >>> _outside(0, 20, [(5, 10)])
    [(0, 5), (10, 20)]
    >>> _outside(5, 10, [(0, 20)])
    []
    >>> _outside(0, 30, [(5, 10), (15, 20)])  # a quote in pieces: the words between them too
    [(0, 5), (10, 15), (20, 30)]
    """
    if len(pieces) == 1:  # most quotes are one piece: the window before it and the window after it
        start, end = pieces[0]
        before, after = min(start, hi), max(lo, end)
        if lo < before:
            return [(lo, before), (after, hi)] if after < hi else [(lo, before)]
        return [(after, hi)] if after < hi else []
    windows: list[tuple[int, int]] = []
    for start, end in pieces:
        if start > lo:
            windows.append((lo, min(start, hi)))
        lo = max(lo, end)
    if lo < hi:
        windows.append((lo, hi))
    return [w for w in windows if w[0] < w[1]]


def _carried_occasion(start: int, name: str, occasions: Occasions) -> tuple[Venue | None, dt.date | None]:
    """The venue (and its date) of an earlier sentence of the paragraph that names the speaker's surname.

    Kept per sentence and name: the quotes of one sentence by one speaker share the answer, and the
    surname is read off the name only when it is searched for.  A language without venue rules finds
    no venue in any sentence: nothing is searched.
    """
    if not occasions._keys:
        return None, None
    number = occasions.index.sentence_of(start)
    carried = occasions._carried.get((number, name))
    if carried is None:
        words = name.split()
        carried = occasions._carried[number, name] = _carried_from(number, words[-1] if words else "", occasions)
    return carried


def _carried_from(number: int, surname: str, occasions: Occasions) -> tuple[Venue | None, dt.date | None]:
    """:func:`_carried_occasion` of the sentence numbered ``number``, searched anew."""
    if not surname:
        return None, None
    text, sentences, paragraph_of = occasions.text, occasions.index.sentences, occasions.index.sentence_paragraph
    # Earlier sentences are searched back to the paragraph before the words' own, none further.
    first_paragraph = paragraph_of[number] - 1
    for earlier in range(number - 1, max(-1, number - 1 - _EARLIER), -1):
        if paragraph_of[earlier] < first_paragraph:
            break
        lo, hi = sentences[earlier]
        if text.find(surname, lo, hi) < 0:  # not named in that sentence
            continue
        venue = occasions.venue(lo, hi)
        if venue is not None:
            return venue, occasions.date(lo, hi)
    return None, None
