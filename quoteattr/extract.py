"""The front door: text in, a :class:`~quoteattr.models.Document` out.

The pipeline, one stage per module: :mod:`~quoteattr.text` (paragraphs and
sentences) -> :mod:`~quoteattr.marks` -> :mod:`~quoteattr.spans` (pairing) ->
:mod:`~quoteattr.kinds` -> :mod:`~quoteattr.attribution` -> records.
"""

from __future__ import annotations

import datetime as dt

from quoteattr.attribution import Linked, link_quotes, trim_possessive
from quoteattr.coref import Registry, resolve, subject_names, titled_names
from quoteattr.dates import find_date, published_from_text
from quoteattr.errors import InputError
from quoteattr.lang import Language, get_language
from quoteattr.models import Attribution, Cue, Document, ParseWarning, Quote, Span, Speaker, Venue, Via
from quoteattr.spans import pair_quotes
from quoteattr.speakers import build_speakers
from quoteattr.text import Index
from quoteattr.venues import find_venue, find_via


def _check_text(text: object) -> str:
    if isinstance(text, bytes | bytearray):
        raise InputError("extract() takes str, not bytes: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise InputError(f"extract() takes str, got {type(text).__name__}")
    return text


def _check_date(published: object) -> dt.date | None:
    if published is None or (isinstance(published, dt.date) and not isinstance(published, dt.datetime)):
        return published
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(f"published must be an ISO date like 2022-04-29, got {published!r}") from None
    raise InputError(f"published must be a date or an ISO date string, got {type(published).__name__}")


_NEAR = 400  # characters around a quote or claim searched for its venue, date and relaying outlet


def _records(doc: str, text: str, index: Index, linked: list[Linked], published: dt.date | None) -> list[Quote]:
    registry = Registry(index.lang)
    occasions = _Occasions(text, published, index.lang)
    # People introduced with a title ("Russian Foreign Minister Sergei Lavrov") or as the subject of a
    # sentence ("Elizabeth looked at him.") join the registry as the text reaches them, even if they
    # are not quoted, so that "the minister" or "she" can find them.
    titled = sorted(
        [(end, name, True) for _, end, name in titled_names(text, index.lang)]
        + [(end, name, False) for _, end, name in subject_names(text, index.sentences, index.lang)]
    )
    next_titled = 0
    quotes: list[Quote] = []
    for number, item in enumerate(linked):
        while next_titled < len(titled) and titled[next_titled][0] <= item.start:
            _, name, with_title = titled[next_titled]
            if with_title:
                registry.add_titled(name)
            else:
                registry.add_subject(name)
            next_titled += 1
        speaker = cue = venue = via = None
        attribution = None
        date = None
        if item.speaker is not None:
            mention = trim_possessive(text, item.speaker)
            name, resolution = resolve(text, mention, registry)
            speaker = Speaker(
                start=mention.start,
                end=mention.end,
                mention=text[mention.start : mention.end],
                name=name,
                resolution="carried" if item.rule == "carried" else resolution,
            )
            attribution = Attribution(rule=item.rule or "unknown", confidence=item.confidence)
        if item.cue is not None:
            cue = Cue(start=item.cue[0], end=item.cue[1], text=text[item.cue[0] : item.cue[1]])
        if item.frame_window is not None:
            lo, hi = item.frame_window
            # The occasion is told near the words: a window of any size is cut to _NEAR characters
            # around them, so that a huge run-on "sentence" is searched in linear time.
            lo, hi = max(lo, item.start - _NEAR), min(hi, item.end + _NEAR)
            # Where and when the words were said is told around them, not inside them: "He noted
            # that the trend was manifested at the summit in Chicago" was not said in Chicago.
            windows = _outside(lo, hi, item.claim or item.pieces)
            venue = next((found for w in windows if (found := occasions.venue(*w)) is not None), None)
            found_via = next((relayed for w in windows if (relayed := occasions.via(*w)) is not None), None)
            if item.via is not None:
                via = Via(start=item.via[0], end=item.via[1], name=text[item.via[0] : item.via[1]])
            elif found_via is not None:
                via = found_via
            date = next((d for w in windows if (d := occasions.date(*w)) is not None), None)
            if venue is None and speaker is not None and speaker.resolution != "carried":
                # "Truss made a similar statement back on April 27 at an Easter banquet": the
                # occasion is often told in the sentence before the quote, about the same speaker.
                venue, carried_date = _carried_occasion(text, index, min(lo, item.start), speaker.name, occasions)
                date = date or carried_date
        quotes.append(
            Quote(
                doc=doc,
                id=f"{doc}:q{number}",
                kind=item.kind,
                text=" ".join(text[s:e] for s, e in item.pieces),
                start=item.start,
                end=item.end,
                pieces=[Span(start=s, end=e) for s, e in item.pieces],
                depth=item.depth,
                unclosed=item.unclosed,
                paragraph=item.paragraph,
                speaker=speaker,
                cue=cue,
                venue=venue,
                via=via,
                date=date,
                attribution=attribution,
            )
        )
    return quotes


def _outside(lo: int, hi: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the window ``[lo, hi)`` that lie outside the quoted or reported pieces."""
    windows: list[tuple[int, int]] = []
    for start, end in pieces:
        if start > lo:
            windows.append((lo, min(start, hi)))
        lo = max(lo, end)
    if lo < hi:
        windows.append((lo, hi))
    return [w for w in windows if w[0] < w[1]]


class _Occasions:
    """Venue, relaying outlet and date lookups for one document, each window searched once.

    Quotes of one sentence, and the sentences searched for a carried venue,
    share windows; the finders are pure, so their answers are kept.
    """

    def __init__(self, text: str, published: dt.date | None, lang: Language) -> None:
        self.text = text
        self.lang = lang
        self.published = published
        self._venues: dict[tuple[int, int], Venue | None] = {}
        self._dates: dict[tuple[int, int], dt.date | None] = {}
        self._vias: dict[tuple[int, int], Via | None] = {}

    def venue(self, lo: int, hi: int) -> Venue | None:
        if (lo, hi) not in self._venues:
            self._venues[lo, hi] = find_venue(self.text, lo, hi, self.lang)
        return self._venues[lo, hi]

    def via(self, lo: int, hi: int) -> Via | None:
        if (lo, hi) not in self._vias:
            self._vias[lo, hi] = find_via(self.text, lo, hi, self.lang)
        return self._vias[lo, hi]

    def date(self, lo: int, hi: int) -> dt.date | None:
        if (lo, hi) not in self._dates:
            when = find_date(self.text, lo, hi, self.published, lang=self.lang)
            self._dates[lo, hi] = when.date if when is not None else None
        return self._dates[lo, hi]


def _carried_occasion(
    text: str, index: Index, start: int, name: str, occasions: _Occasions
) -> tuple[Venue | None, dt.date | None]:
    number = index.sentence_of(start)
    surname = name.split()[-1] if name.split() else ""
    for earlier in range(number - 1, max(-1, number - 4), -1):
        if index.sentence_paragraph[number] - index.sentence_paragraph[earlier] > 1 or not surname:
            break
        lo, hi = index.sentences[earlier]
        if surname not in text[lo:hi]:
            continue
        venue = occasions.venue(lo, hi)
        if venue is not None:
            return venue, occasions.date(lo, hi)
    return None, None


def extract(text: str, *, doc_id: str | None = None, published: dt.date | str | None = None) -> Document:
    """Every quotation and reported claim in ``text``, attributed, with exact offsets.

    >>> doc = extract('“Yes,” she said.')
    >>> doc.quotes[0].text, doc.quotes[0].start, doc.quotes[0].end, doc.quotes[0].speaker.mention
    ('Yes,', 1, 5, 'she')
    """
    text = _check_text(text)
    lang = get_language("en")
    published = _check_date(published) or published_from_text(text, lang)
    doc = doc_id or "doc"
    index = Index(text, lang)
    parsed = pair_quotes(text, index.paragraphs)
    linked = link_quotes(text, index, parsed.quotes)
    quotes = _records(doc, text, index, linked, published)
    speakers, quotes = build_speakers(doc, quotes)
    warnings = [ParseWarning(offset=o, mark=m, message=msg) for o, m, msg in parsed.warnings]
    return Document(doc_id=doc, text=text, published=published, quotes=quotes, speakers=speakers, warnings=warnings)
