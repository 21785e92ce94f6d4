"""Typed, immutable records: what quoteattr returns.

Every record that points into a text carries ``start``/``end`` character offsets
(Python ``str`` indices) into the *original* string, so ``text[start:end]`` is
always the thing reported.  Records are frozen and reject unknown fields, so a
misspelt field name in user code fails loudly instead of being ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

QuoteKind = Literal["direct", "partial", "indirect", "term"]
MentionKind = Literal["pronoun", "name", "description", "group", "relative", "possessive"]
"""What phrase a speaker mention is, before it is resolved: a closed set of labels."""
Resolution = Literal["name", "pronoun", "description", "carried", "group", "cluster"]
"""How a speaker was found: ``cluster`` when the document did not say (no attribution, or a pronoun that
resolves to nobody) and the quote's cluster did: its named renderings elsewhere agree on one person."""
VenueKind = Literal[
    "press_conference",
    "interview",
    "speech",
    "meeting",
    "statement",
    "social_media",
    "briefing",
    "hearing",
    "broadcast",
]


class Record(BaseModel):
    """Base of every record: frozen, validated, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# The names of the fields a record was given, one set shared by the records of a class given the
# same names.  Each record keeps its own set otherwise: 728 bytes for the 16 names of a quote, a
# third of its memory, and 216 for a span or a warning, on documents that hold hundreds of
# thousands of them.  Sharing is safe because records are frozen: pydantic adds to the set only
# when a field is assigned, and copies it for ``model_copy``.
_FIELDS_SETS: dict[tuple[type[Record], int], set[str]] = {}
_R = TypeVar("_R", bound=Record)


def _share_fields_set(record: _R) -> _R:
    """``record``, given the shared set of its field names if one with the same names exists.

    >>> a, b = Span(start=0, end=1), Span(start=2, end=3)
    >>> a.model_fields_set is b.model_fields_set, sorted(a.model_fields_set)
    (True, ['end', 'start'])
    >>> Cue(start=0, end=1, text="x").model_fields_set is a.model_fields_set  # another class, its own set
    False
    """
    names = record.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault((type(record), len(names)), names)
    if shared is not names and shared == names:
        object.__setattr__(record, "__pydantic_fields_set__", shared)
    return record


_new = object.__new__
# The four slots every record has, set through their descriptors: ``object.__setattr__`` would look
# each up by name, a quarter of the cost of a record built from checked fields.
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__


def _of_checked_fields(cls: type[_R], fields: dict[str, object], names: set[str]) -> _R:
    """A record of ``fields`` checked by the caller, every field of ``cls`` given in its order, as the
    validator would have built it: ``names`` are the fields it was given, a set shared by such records.

    >>> built = _of_checked_fields(Span, {"start": 1, "end": 2}, {"start", "end"})
    >>> built == Span(start=1, end=2), built.model_dump_json(), built.model_fields_set == {"start", "end"}
    (True, '{"start":1,"end":2}', True)
    """
    record: _R = _new(cls)
    _SET_DICT(record, fields)
    _SET_FIELDS_SET(record, names)
    _SET_EXTRA(record, None)
    _SET_PRIVATE(record, None)
    return record


def _name_fields_once(cls: type[Record]) -> None:
    """Enter the field names of ``cls``, in the class's order, in the one table of names its instances share.

    CPython gives the dictionaries of a class's instances one shared table of names (a key-sharing
    dictionary, PEP 412) when an instance is given its attributes one by one: such a dictionary
    stores only its values.  A dictionary made apart and handed to the record holds a table of
    its own, a third of the memory of a quote, and replacing the record's own empty dictionary with
    it costs two allocations more.  The table takes a name when an instance is first given it,
    so one instance given every field here, before any record exists, names them all: the record
    builders below fill each record's own dictionary (``record.__dict__``) in the class's order
    and store only values.  Where the table is not shared (another interpreter), the same
    dictionary is filled all the same, at the ordinary cost.

    >>> values = _new(Span).__dict__  # the record's own dictionary, empty
    >>> values["start"], values["end"] = 3, 5
    >>> values == {"start": 3, "end": 5}, list(values)
    (True, ['start', 'end'])
    """
    instance = _new(cls)
    for name in cls.model_fields:
        object.__setattr__(instance, name, None)


class Span(Record):
    """A half-open character range ``[start, end)`` into the document text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        # An empty span is allowed (an empty quotation ""), a reversed one is not.
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        _share_fields_set(self)
        return self


_name_fields_once(Span)


class Speaker(Span):
    """Who said it: the mention the attribution rule linked, and who it resolves to.

    ``mention`` is ``text[start:end]`` (a name, pronoun, title or group);
    ``name`` is the resolved person or organisation; ``id`` is the speaker
    entity in :attr:`Document.speakers` (and, after linking, across documents).

    A speaker learnt from the quote's cluster (``resolution == "cluster"``) keeps the pronoun that
    resolved to nobody as its mention, or, when the text attributed the quote to nobody, has an empty
    mention at the quote's start; ``source`` is the id of the quote (in another document) whose
    speaker it is.
    """

    name: str
    mention: str
    resolution: Resolution
    id: str | None = None
    source: str | None = None


class Cue(Span):
    """The words that signal speech: ``said``, ``according to``, ``quoted him as saying``."""

    text: str


class Venue(Span):
    """The occasion or medium of the utterance: a press conference, an interview with RT..."""

    text: str
    kind: VenueKind
    outlet: str | None = None


class Via(Span):
    """The outlet that relayed the words ("TASS quoted him as saying", "told Reuters")."""

    name: str


# The attribution rules, one name per pattern (quoteattr.attribution.rules gives each its
# confidence and an example; docs/attribution.md describes them).
RuleName = Literal[
    "signature",
    "quoted-as",
    "trailing-said",
    "trailing-said-appositive",
    "trailing-said-next-sentence",
    "inverted-said",
    "dialogue-incise",
    "dropped-subject",
    "leading-said",
    "leading-inverted",
    "leading-according",
    "colon-intro",
    "inverted-colon",
    "colon-subject",
    "what-called",
    "headline-cue",
    "possessed-claim",
    "inside-claim",
    "sentence-subject",
    "leading-sentence",
    "continued",
    "carried",
    "carried-claim",
    "alternating",
    "nested",
    "cue-that",
    "trailing-cue",
    "middle-cue",
    "participle-cue",
    "inverted-cue",
    "according-to",
    "in-opinion",
    "as-put-it",
    "belief",
    "colon-headline",
    "continued-report",
    "document-says",
]


class Attribution(Record):
    """How the speaker was found: the rule's name and a confidence in [0, 1]."""

    rule: RuleName
    confidence: float = Field(ge=0.0, le=1.0)


class Quote(Record):
    """One quotation or reported claim.

    ``pieces`` holds one span per contiguous quoted piece, quotation marks
    excluded: a split quote (“A,” he said. “B.”) or a quote running over several
    paragraphs is one record with several pieces.  ``start``/``end`` run from the
    first piece's start to the last piece's end, and ``text`` is the pieces'
    text joined by a single space.
    """

    doc: str
    id: str
    kind: QuoteKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    pieces: list[Span] = Field(min_length=1)
    depth: int = Field(default=0, ge=0)
    unclosed: bool = False
    paragraph: int = Field(default=0, ge=0)
    speaker: Speaker | None = None
    cue: Cue | None = None
    venue: Venue | None = None
    via: Via | None = None
    date: dt.date | None = None
    attribution: Attribution | None = None
    cluster: str | None = None

    @model_validator(mode="after")
    def _pieces_cover_span(self) -> Quote:
        # Runs for every record (and again when a document built by hand holds it): most quotes
        # have one piece, and one piece is in order by itself.
        pieces = self.pieces
        if pieces[0].start != self.start or pieces[-1].end != self.end:
            raise ValueError("a quote's start/end must be its first piece's start and last piece's end")
        if len(pieces) > 1 and any(a.end > b.start for a, b in pairwise(pieces)):
            raise ValueError("a quote's pieces must be in order and must not overlap")
        _share_fields_set(self)
        return self


_name_fields_once(Quote)

# The fields of a quote as :func:`quoteattr.extract` gives them, in the class's order: all but the last,
# ``cluster``, which clustering sets later.
_EXTRACTED_QUOTE_FIELDS = tuple(Quote.model_fields)[:-1]
_QUOTE_KINDS = frozenset(get_args(QuoteKind))


def _quote_record(
    doc: str,
    id: str,
    kind: str,
    text: str,
    pieces: Sequence[tuple[int, int]],
    depth: int,
    unclosed: bool,
    paragraph: int,
    speaker: Speaker | None,
    cue: Cue | None,
    venue: Venue | None,
    via: Via | None,
    date: dt.date | None,
    attribution: Attribution | None,
) -> Quote:
    """The quote :func:`quoteattr.extract` gives, ``Quote(doc=doc, ..., pieces=[Span(start=s, end=e) for s, e in
    pieces], ...)`` with ``start``/``end`` the first piece's start and the last piece's end, checked here when the
    fields plainly hold.

    Each field of the declared type and within its bounds, the pieces in order, the records it holds built
    by their classes: the record is made at once from the arguments, as the validator would make it, at a
    third of its cost (stray marks make a quote per few characters).  The pieces cover the quote by
    construction.  Anything else goes through the validator, which accepts or refuses it as the class would.

    >>> fields = {"doc": "d", "id": "d:q0", "kind": "term", "text": "x", "pieces": [(1, 2)], "depth": 0,
    ...           "unclosed": False, "paragraph": 0, "speaker": None, "cue": None, "venue": None, "via": None,
    ...           "date": None, "attribution": None}
    >>> _quote_record(**fields) == Quote(**fields | {"start": 1, "end": 2, "pieces": [Span(start=1, end=2)]})
    True
    >>> _quote_record(**fields | {"pieces": [(2, 1)]})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Quote
    ...
    """
    # The record and its spans are made here, slot by slot, without a call per span: stray marks make a
    # quote per few characters, and each call of a helper costs a tenth of a span.
    spans: list[Span] = []
    reach = 0  # the end of the piece before: pieces in order, none overlapping, none before the text
    for piece_start, piece_end in pieces:
        if not (type(piece_start) is int and type(piece_end) is int and reach <= piece_start <= piece_end):
            break
        reach = piece_end
        span = _new(Span)
        values = span.__dict__  # filled in place, in the class's order (see _name_fields_once)
        values["start"] = piece_start
        values["end"] = piece_end
        _SET_FIELDS_SET(span, _SPAN_NAMES)
        _SET_EXTRA(span, None)
        _SET_PRIVATE(span, None)
        spans.append(span)
    else:
        if (
            spans
            and type(kind) is str
            and kind in _QUOTE_KINDS
            and type(depth) is int
            and depth >= 0
            and type(paragraph) is int
            and paragraph >= 0
            and type(doc) is str
            and type(id) is str
            and type(text) is str
            and type(unclosed) is bool
            and (date is None or type(date) is dt.date)
            and (speaker is None or type(speaker) is Speaker)
            and (cue is None or type(cue) is Cue)
            and (venue is None or type(venue) is Venue)
            and (via is None or type(via) is Via)
            and (attribution is None or type(attribution) is Attribution)
        ):
            # The record's own dictionary filled in place, every field in the class's order, so it stores
            # values only (see _name_fields_once).
            quote: Quote = _new(Quote)
            fields = quote.__dict__
            fields["doc"] = doc
            fields["id"] = id
            fields["kind"] = kind
            fields["text"] = text
            fields["start"] = pieces[0][0]
            fields["end"] = reach
            fields["pieces"] = spans
            fields["depth"] = depth
            fields["unclosed"] = unclosed
            fields["paragraph"] = paragraph
            fields["speaker"] = speaker
            fields["cue"] = cue
            fields["venue"] = venue
            fields["via"] = via
            fields["date"] = date
            fields["attribution"] = attribution
            fields["cluster"] = None
            _SET_FIELDS_SET(quote, _QUOTE_NAMES)
            _SET_EXTRA(quote, None)
            _SET_PRIVATE(quote, None)
            return quote
    fields = {
        "doc": doc,
        "id": id,
        "kind": kind,
        "text": text,
        "start": pieces[0][0] if pieces else 0,
        "end": pieces[-1][1] if pieces else 0,
        "pieces": [{"start": start, "end": end} for start, end in pieces],
        "depth": depth,
        "unclosed": unclosed,
        "paragraph": paragraph,
        "speaker": speaker,
        "cue": cue,
        "venue": venue,
        "via": via,
        "date": date,
        "attribution": attribution,
    }
    validated: Quote = Quote.__pydantic_validator__.validate_python(fields)  # its after-validator shares the names
    return validated


def _quote_record_of_nobody(
    doc: str,
    id: str,
    kind: str,
    text: str,
    pieces: Sequence[tuple[int, int]],
    depth: int,
    unclosed: bool,
    paragraph: int,
) -> Quote:
    """The record of a quote attributed to nobody, with no occasion: ``_quote_record(doc, id, kind, quoted,
    pieces, depth, unclosed, paragraph, None, None, None, None, None, None)``, where ``quoted`` is the text of
    the pieces of the document's ``text`` joined by one space.

    Stray marks make a quote per few characters, nearly none attributed and nearly all of one piece: such
    a quote is made here, with no call and no test of the six fields it leaves empty; any other goes
    to :func:`_quote_record`.  Either way the record is checked against ``text`` (:func:`_check_record`).

    >>> text = "“Yes” and ‘no’"
    >>> _quote_record_of_nobody("d", "d:q0", "term", text, [(1, 4)], 0, False, 0) == _quote_record(
    ...     "d", "d:q0", "term", "Yes", [(1, 4)], 0, False, 0, None, None, None, None, None, None)
    True
    >>> _quote_record_of_nobody("d", "d:q0", "term", text, [(1, 4), (11, 13)], 0, False, 0).text
    'Yes no'
    >>> _quote_record_of_nobody("d", "d:q0", "term", text, [(4, 1)], 0, False, 0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Quote
    ...
    >>> _quote_record_of_nobody("d", "d:q0", "term", text, [(1, 40)], 0, False, 0)
    Traceback (most recent call last):
    ...
    ValueError: quote d:q0 ends at 40, past the text's end 14
    """
    if len(pieces) == 1:
        piece_start, piece_end = pieces[0]
        if (
            type(piece_start) is int
            and type(piece_end) is int
            and 0 <= piece_start <= piece_end <= len(text)
            and type(kind) is str
            and kind in _QUOTE_KINDS
            and type(depth) is int
            and depth >= 0
            and type(paragraph) is int
            and paragraph >= 0
            and type(doc) is str
            and type(id) is str
            and type(text) is str
            and type(unclosed) is bool
        ):
            # Both records built here, with no call per field: stray marks make a quote per few characters.
            # Each record's own dictionary is filled in place, every field in the class's order, so it
            # stores values only (see _name_fields_once).
            span = _new(Span)
            values = span.__dict__
            values["start"] = piece_start
            values["end"] = piece_end
            _SET_FIELDS_SET(span, _SPAN_NAMES)
            _SET_EXTRA(span, None)
            _SET_PRIVATE(span, None)
            quote: Quote = _new(Quote)
            fields = quote.__dict__
            fields["doc"] = doc
            fields["id"] = id
            fields["kind"] = kind
            fields["text"] = text[piece_start:piece_end]
            fields["start"] = piece_start
            fields["end"] = piece_end
            fields["pieces"] = [span]
            fields["depth"] = depth
            fields["unclosed"] = unclosed
            fields["paragraph"] = paragraph
            fields["speaker"] = None
            fields["cue"] = None
            fields["venue"] = None
            fields["via"] = None
            fields["date"] = None
            fields["attribution"] = None
            fields["cluster"] = None
            _SET_FIELDS_SET(quote, _QUOTE_NAMES)
            _SET_EXTRA(quote, None)
            _SET_PRIVATE(quote, None)
            return quote
    quoted = text[pieces[0][0] : pieces[0][1]] if len(pieces) == 1 else " ".join(text[s:e] for s, e in pieces)
    record = _quote_record(doc, id, kind, quoted, pieces, depth, unclosed, paragraph, *[None] * 6)
    _check_record(text, record)
    return record


# The names of the fields a span and a quote of extract are given, as the validator records them.
_SPAN_NAMES = _share_fields_set(Span(start=0, end=0)).__pydantic_fields_set__
_QUOTE_NAMES = Quote.__pydantic_validator__.validate_python(
    dict.fromkeys(_EXTRACTED_QUOTE_FIELDS)
    | {"doc": "", "id": "", "kind": "term", "text": "", "start": 0, "end": 0, "pieces": [{"start": 0, "end": 0}]}
    | {"depth": 0, "unclosed": False, "paragraph": 0}
).__pydantic_fields_set__


WarningKind = Literal["unpaired-mark", "no-attribution-data"]
"""What a warning is about: ``unpaired-mark``, a quotation mark the parser could not pair nor explain
as an apostrophe (``offset`` and ``mark`` say which); ``no-attribution-data``, the document's language
has no attribution grammar yet, so its quotations carry no speakers (``offset`` 0, ``mark`` empty)."""


class ParseWarning(Record):
    """Something a reader of the document should know: an unpaired mark, or why speakers are missing.

    ``count`` says how many identical marks in a row, from ``offset`` on, the warning stands for:
    a run of a thousand “ that never close is one warning with ``count`` 1000, so every mark is
    still accounted for (the run is ``text[offset : offset + count * len(mark)]``) without a record
    per mark.
    """

    offset: int = Field(default=0, ge=0)
    mark: str = ""
    message: str
    kind: WarningKind = "unpaired-mark"
    count: int = Field(default=1, ge=1)

    @classmethod
    def unpaired(cls, found: Iterable[tuple[int, str, str]]) -> list[ParseWarning]:
        """The parser's ``(offset, mark, message)`` warnings as records, a run of identical ones as one.

        Marks run together when each starts where the one before ends, with the same mark and message.

        >>> [(w.offset, w.mark, w.count) for w in ParseWarning.unpaired([(0, "“", "m"), (1, "“", "m"), (2, "“", "m")])]
        [(0, '“', 3)]
        >>> [(w.offset, w.count) for w in ParseWarning.unpaired([(0, "“", "m"), (2, "“", "m"), (3, "”", "m")])]
        [(0, 1), (2, 1), (3, 1)]
        """
        warnings: list[ParseWarning] = []  # each built as its run ends: stray marks make a run per few characters
        append = warnings.append
        first, last_mark, last_message, count, reach = -1, "", "", 0, -1  # the run read so far
        for offset, mark, message in found:
            if offset == reach and mark == last_mark and message == last_message:
                count += 1
                reach += len(mark)
                continue
            if count:
                # The record of the run made here, of fields that plainly hold (its count is counted here),
                # as _unpaired_warning() makes it but with no call: its own dictionary filled in place, in
                # the class's order (see _name_fields_once).
                if type(first) is int and first >= 0 and type(last_mark) is str and type(last_message) is str:
                    warning = _new(ParseWarning)
                    fields = warning.__dict__
                    fields["offset"] = first
                    fields["mark"] = last_mark
                    fields["message"] = last_message
                    fields["kind"] = "unpaired-mark"
                    fields["count"] = count
                    _SET_FIELDS_SET(warning, _WARNING_NAMES)
                    _SET_EXTRA(warning, None)
                    _SET_PRIVATE(warning, None)
                    append(warning)
                else:
                    append(_unpaired_warning(first, last_mark, last_message, count))
            first, last_mark, last_message, count, reach = offset, mark, message, 1, offset + len(mark)
        if count:
            warnings.append(_unpaired_warning(first, last_mark, last_message, count))
        return warnings


_name_fields_once(ParseWarning)

# The names of the fields of a warning about a mark, as the validator records them: one set for every such warning.
_WARNING_NAMES = _share_fields_set(
    ParseWarning.__pydantic_validator__.validate_python({"offset": 0, "mark": "", "message": "", "count": 1})
).__pydantic_fields_set__


def _unpaired_warning(offset: int, mark: str, message: str, count: int) -> ParseWarning:
    """``ParseWarning(offset=offset, mark=mark, message=message, count=count)``, its fields checked here.

    Fields of the declared types and bounds, as the parser gives them, make the record at once:
    the validator costs twice as much, and stray marks make a warning per few characters.  Any
    other value goes through the validator, which accepts or refuses it as the class would.

    >>> _unpaired_warning(3, "“", "m", 2) == ParseWarning(offset=3, mark="“", message="m", count=2)
    True
    >>> _unpaired_warning(-1, "“", "m", 1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for ParseWarning
    ...
    """
    if (
        type(offset) is int
        and offset >= 0
        and type(count) is int
        and count >= 1
        and type(mark) is str
        and type(message) is str
    ):
        warning = _new(ParseWarning)
        fields = warning.__dict__  # filled in place, in the class's order (see _name_fields_once)
        fields["offset"] = offset
        fields["mark"] = mark
        fields["message"] = message
        fields["kind"] = "unpaired-mark"
        fields["count"] = count
        _SET_FIELDS_SET(warning, _WARNING_NAMES)
        _SET_EXTRA(warning, None)
        _SET_PRIVATE(warning, None)
        return warning
    validated: ParseWarning = ParseWarning.__pydantic_validator__.validate_python(
        {"offset": offset, "mark": mark, "message": message, "count": count}
    )
    return _share_fields_set(validated)


class SpeakerEntity(Record):
    """One person or organisation quoted in a document (or, after linking, a corpus)."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    organisation: str | None = None
    mentions: int = Field(default=0, ge=0)


class Document(Record):
    """The result of :func:`quoteattr.extract` for one text.

    ``lang`` is the code of the language whose grammar attributed the quotes: the one asked
    for, or the one detected from the text.
    """

    doc_id: str
    text: str
    lang: str = "en"
    published: dt.date | None = None
    quotes: list[Quote] = Field(default_factory=list)
    speakers: list[SpeakerEntity] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)

    @model_validator(mode="after")
    def _offsets_point_into_text(self) -> Document:
        _check_offsets(self.text, self.quotes)
        return self

    @classmethod
    def _of_records(
        cls,
        *,
        doc_id: str,
        text: str,
        lang: str,
        published: dt.date | None,
        quotes: list[Quote],
        speakers: list[SpeakerEntity],
        warnings: list[ParseWarning],
    ) -> Document:
        """The document :func:`quoteattr.extract` returns, of records each checked when it was built.

        Validating a document would check every quote again: pydantic runs a record's own check (the
        pieces of :class:`Quote`) anew on each record a list field holds, a Python call per quote on
        text where quotes run to hundreds of thousands.  The fields here are checked already: the text
        and ids by ``extract``, each record by its own class, and each quote against this very text
        (:func:`_check_record`) as ``extract`` built it, when its pieces were still at hand.  Reading
        every record again afterwards, to find nearly all of them attributed to nobody, cost a
        twentieth of a document of stray marks.  A document built by hand is validated in full.

        >>> text = "“Yes.”"
        >>> quote = Quote(doc="d", id="d:q0", kind="direct", text="Yes.", start=1, end=5, pieces=[Span(start=1, end=5)])
        >>> fields = {"doc_id": "d", "lang": "en", "published": None, "speakers": [], "warnings": []}
        >>> Document._of_records(text=text, quotes=[quote], **fields).quotes[0] is quote
        True
        """
        return cls.model_construct(
            doc_id=doc_id,
            text=text,
            lang=lang,
            published=published,
            quotes=quotes,
            speakers=speakers,
            warnings=warnings,
        )

    def _repr_html_(self) -> str:
        """The document as notebooks show it: its text with each record highlighted by speaker."""
        from quoteattr.outputs.html import html_fragment  # the view needs the models, not the reverse

        return html_fragment([self])


def _check_offsets(text: str, quotes: list[Quote]) -> None:
    """The central invariant of a document: every piece is a slice of this very text.

    The quotes are read in order, so the first quote at fault is the one named.

    >>> quote = Quote(doc="d", id="d:q0", kind="direct", text="Yes.", start=1, end=5, pieces=[Span(start=1, end=5)])
    >>> _check_offsets("“Yes.”", [quote])
    >>> _check_offsets("“Yes", [quote])
    Traceback (most recent call last):
    ...
    ValueError: quote d:q0 ends at 5, past the text's end 4
    """
    for quote in quotes:
        _check_record(text, quote)


def _check_record(text: str, quote: Quote) -> None:
    """One quote's part of a document's invariant: it ends within ``text``, and its speaker's mention slices it.

    >>> quote = Quote(doc="d", id="d:q0", kind="direct", text="Yes.", start=1, end=5, pieces=[Span(start=1, end=5)])
    >>> _check_record("“Yes.”", quote)
    >>> said = Speaker(start=0, end=1, mention="X", name="X", resolution="name")
    >>> _check_record("“Yes.”", quote.model_copy(update={"speaker": said}))
    Traceback (most recent call last):
    ...
    ValueError: quote d:q0: speaker mention does not slice the text
    """
    if quote.end > len(text):
        raise ValueError(f"quote {quote.id} ends at {quote.end}, past the text's end {len(text)}")
    speaker = quote.speaker
    if speaker is not None and text[speaker.start : speaker.end] != speaker.mention:
        raise ValueError(f"quote {quote.id}: speaker mention does not slice the text")


MatchReason = Literal["representative", "exact", "trimmed", "fragment", "variant", "paraphrase", "linked"]
"""Why a quote belongs to its cluster, compared with the cluster's representative.

``exact``: the same words; ``trimmed``: one rendering cut shorter at either end; ``fragment``: a
shorter piece quoted inside the longer one; ``variant``: the same sentences with words changed (a
second translation); ``paraphrase``: an indirect report of the direct words; ``linked``: not close to
the representative itself, but matched to another member of the cluster.
"""


class ClusterMember(Record):
    """One quote of a :class:`QuoteCluster` and how it matched the representative (score in [0, 1])."""

    quote: str
    doc: str
    similarity: float = Field(ge=0.0, le=1.0)
    reason: MatchReason


class QuoteCluster(Record):
    """One utterance, as every quote that renders it across documents.

    ``text`` is the representative rendering (the longest direct one); ``first_doc``,
    ``first_quote`` and ``first_date`` say where it was seen first (earliest date, then input
    order).  Quote records point back here through :attr:`Quote.cluster`.

    ``speaker`` is the person the named renderings agree on (the representative's speaker, or, when
    the representative names nobody, the agreed one); ``speakers`` lists every speaker name the members
    give, in the order seen; ``conflicts`` lists the names of people other than ``speaker`` to whom some
    rendering attributes the same words.  A cluster with conflicts lends its speaker to nobody.
    """

    id: str
    text: str
    representative: str
    speaker: str | None = None
    speaker_id: str | None = None
    first_doc: str
    first_quote: str
    first_date: dt.date | None = None
    members: list[ClusterMember] = Field(min_length=1)
    speakers: list[str] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)
