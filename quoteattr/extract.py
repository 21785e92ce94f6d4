"""The front door: text in, a :class:`~quoteattr.models.Document` out.

The pipeline, one stage per module: :mod:`~quoteattr.text` (paragraphs and
sentences) -> :mod:`~quoteattr.marks` -> :mod:`~quoteattr.spans` (pairing) ->
:mod:`~quoteattr.kinds` -> :mod:`~quoteattr.attribution` -> :mod:`~quoteattr.coref`
-> :mod:`~quoteattr.occasions` -> records.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import get_args

from quoteattr.attribution import Linked, link_quotes, trim_possessive
from quoteattr.collector import collector_paused
from quoteattr.coref import Registry, resolve, subject_descriptions, subject_names, titled_names
from quoteattr.dates import published_from_text
from quoteattr.errors import InputError
from quoteattr.lang import Language, detect_language, get_language
from quoteattr.lang.attribution_grammar import AttributionGrammar
from quoteattr.models import (
    _SET_FIELDS_SET,
    Attribution,
    Cue,
    Document,
    ParseWarning,
    Quote,
    Resolution,
    RuleName,
    Speaker,
    SpeakerEntity,
    _check_record,
    _of_checked_fields,
    _quote_record,
    _quote_record_of_nobody,
)
from quoteattr.occasions import Occasions, occasion_of
from quoteattr.spans import pair_quotes
from quoteattr.speakers import assign_speakers
from quoteattr.text import Index

# How a person the text reaches joins the registry: with a title, as a sentence's subject, as a description.
_TITLED, _SUBJECT, _DESCRIBED = range(3)


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
        try:  # a timestamp (``2024-05-01T10:00:00Z``) gives its date, as in a JSON Lines article
            return (
                dt.date.fromisoformat(published)
                if len(published) <= 10
                else dt.datetime.fromisoformat(published).date()
            )
        except ValueError:
            raise InputError(f"published must be an ISO date like 2022-04-29, got {published!r}") from None
    raise InputError(f"published must be a date or an ISO date string, got {type(published).__name__}")


def _records(
    doc: str, text: str, index: Index, linked: list[Linked], published: dt.date | None
) -> tuple[list[Quote], list[Quote]]:
    """Each quote's record, its speaker without an entity id until :func:`_with_ids` gives it one; and
    those with a speaker, gathered as they are built rather than sought among them all afterwards.

    Each record is built once: the entity ids need every speaker of the document
    (:func:`~quoteattr.speakers.assign_speakers`), and only the speakers, made here for these
    records alone, take them.  ``linked`` is used up, each item let go once its record is built:
    on text that is all stray marks (a record per few characters) the linked quotes would otherwise
    all be alive beside their records.
    """
    registry = Registry(index.lang)
    grammar = index.lang.attribution or AttributionGrammar()
    occasions = Occasions(text, index, published)
    # People introduced with a title ("Russian Foreign Minister Sergei Lavrov") or as the subject of a
    # sentence ("Elizabeth looked at him.") join the registry as the text reaches them, even if they
    # are not quoted, so that "the minister" or "she" can find them.
    # A description that opens a sentence ("Le maire s’est exprimé.") joins it too, where the language
    # lets a pronoun refer to one.
    # The text after the last quote introduces no one the registry is asked about: it is not read.
    until = linked[-1].pieces[0][0] if linked else -1  # in document order: the last starts last
    sentences = index.sentences[: bisect_left(index.sentences, until, key=itemgetter(0))]
    titled = sorted(
        [(end, name, _TITLED) for _, end, name in titled_names(text, index.lang, until=until)]
        + [(end, name, _SUBJECT) for _, end, name in subject_names(text, sentences, index.lang)]
        + [(end, described, _DESCRIBED) for _, end, described in subject_descriptions(text, sentences, index.lang)]
    )
    next_titled = 0
    # Where the next person joins the registry: past the last, a bound no quote reaches.
    next_joins = titled[0][0] if titled else len(text) + 1
    quotes: list[Quote] = []
    attributed: list[Quote] = []
    # Looked up once: stray marks make a quote per few characters, nearly all attributed to nobody.
    add_quote, of_nobody, quote_id = quotes.append, _quote_record_of_nobody, f"{doc}:q"
    linked.reverse()  # taken from the end, so each item goes as soon as it is read
    for number in range(len(linked)):
        item = linked.pop()
        if item.speaker is None and item.cue is None and item.frame_window is None:
            # Attributed to nobody, with no clause to find an occasion in: the commonest quote of
            # stray marks, whose record needs no person of the registry and no occasion.
            add_quote(
                of_nobody(
                    doc, f"{quote_id}{number}", item.kind, text, item.pieces, item.depth, item.unclosed, item.paragraph
                )
            )
            continue
        pieces = item.pieces
        start = pieces[0][0]
        while next_joins <= start:
            _, name, how = titled[next_titled]
            if how == _TITLED:
                registry.add_titled(name)
            elif how == _SUBJECT:
                registry.add_subject(name)
            else:
                registry.add_described(name)
            next_titled += 1
            next_joins = titled[next_titled][0] if next_titled < len(titled) else len(text) + 1
        speaker = cue = None
        attribution = None
        if item.speaker is not None:
            mention = trim_possessive(text, item.speaker, index.lang)
            # "по словам Лаврова": a name its context declines joins the registry in its base form.
            base = grammar.BASE_NAME(text, mention.start, mention.end) if mention.kind == "name" else None
            if base is None:
                name, resolution = resolve(text, mention, registry)
            else:
                name, resolution = registry.add_name(base, mention.roles).name, "name"
            speaker = _speaker(
                mention.start,
                mention.end,
                text[mention.start : mention.end],
                name,
                "carried" if item.rule in ("carried", "carried-claim") else resolution,
            )
            attribution = _attribution(item.rule or "unknown", item.confidence)
        if item.cue is not None:
            cue = _cue(item.cue[0], item.cue[1], text[item.cue[0] : item.cue[1]])
        occasion = occasion_of(item, speaker, occasions)
        record = _quote_record(
            doc,
            f"{quote_id}{number}",
            item.kind,
            _joined(text, pieces),
            pieces,
            item.depth,
            item.unclosed,
            item.paragraph,
            speaker,
            cue,
            occasion.venue,
            occasion.via,
            occasion.date,
            attribution,
        )
        _check_record(text, record)  # the document's invariant, asked of each record as it is built
        add_quote(record)
        if speaker is not None:
            attributed.append(record)
    return quotes, attributed


@lru_cache(maxsize=256)
def _attribution(rule: RuleName, confidence: float) -> Attribution:
    """The attribution record of a rule at a confidence: few distinct ones, and a frozen record can be shared.

    >>> _attribution("trailing-said", 0.9) is _attribution("trailing-said", 0.9)
    True
    >>> _attribution("no-such-rule", 0.9)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Attribution
    ...
    """
    return Attribution(rule=rule, confidence=confidence)


def _joined(text: str, pieces: list[tuple[int, int]]) -> str:
    """The text of a quote's pieces joined by one space; most quotes are one piece.

    >>> _joined("“A,” he said. “B.”", [(1, 3), (15, 17)]), _joined("“Yes.”", [(1, 5)])
    ('A, B.', 'Yes.')
    """
    if len(pieces) == 1:
        start, end = pieces[0]
        return text[start:end]
    return " ".join(text[start:end] for start, end in pieces)


# The names of the fields a speaker and a cue of extract are given, as the validator records them.
_SPEAKER_NAMES = Speaker(start=0, end=0, mention="", name="", resolution="name").__pydantic_fields_set__
_SPEAKER_NAMES_WITH_ID = {*_SPEAKER_NAMES, "id"}  # shared, as _SPEAKER_NAMES is, by every speaker given an id
_CUE_NAMES = Cue(start=0, end=0, text="").__pydantic_fields_set__
_RESOLUTIONS = frozenset(get_args(Resolution))


def _speaker(start: int, end: int, mention: str, name: str, resolution: str) -> Speaker:
    """``Speaker(start=..., end=..., ...)`` of these fields, checked here when they plainly hold.

    A speaker per attributed quote: the validator's call costs more than these few tests.  Anything
    else (a reversed span, an unknown resolution, a value of another type) goes to the validator.

    >>> _speaker(0, 3, "She", "Liz Truss", "pronoun") == Speaker(
    ...     start=0, end=3, mention="She", name="Liz Truss", resolution="pronoun")
    True
    >>> _speaker(3, 0, "She", "Liz Truss", "pronoun")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Speaker
    ...
    """
    if (
        type(start) is int
        and type(end) is int
        and 0 <= start <= end
        and type(mention) is str
        and type(name) is str
        and type(resolution) is str
        and resolution in _RESOLUTIONS
    ):
        fields = {
            "start": start,
            "end": end,
            "name": name,
            "mention": mention,
            "resolution": resolution,
            "id": None,
            "source": None,
        }
        return _of_checked_fields(Speaker, fields, _SPEAKER_NAMES)
    return Speaker(start=start, end=end, mention=mention, name=name, resolution=resolution)


def _cue(start: int, end: int, text: str) -> Cue:
    """``Cue(start=start, end=end, text=text)``, checked here when the fields plainly hold (see :func:`_speaker`).

    >>> _cue(4, 8, "said") == Cue(start=4, end=8, text="said")
    True
    >>> _cue(-1, 8, "said")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Cue
    ...
    """
    if type(start) is int and type(end) is int and 0 <= start <= end and type(text) is str:
        return _of_checked_fields(Cue, {"start": start, "end": end, "text": text}, _CUE_NAMES)
    return Cue(start=start, end=end, text=text)


def _with_ids(doc: str, attributed: list[Quote]) -> list[SpeakerEntity]:
    """The speaker entities of the quotes of :func:`_records` that have a speaker (``attributed``), each
    speaker given its entity id where it has one.

    Only the quotes with a speaker go to :func:`~quoteattr.speakers.assign_speakers`: a quote
    attributed to nobody names no entity, and on text that is all stray marks nearly every quote
    is one.  Each speaker of these records was made by :func:`_records` for its quote alone and no
    one has seen the records yet: its id is set in place, as ``speaker.model_copy(update={"id": ...})``
    would set it on a copy, rather than the quote and its speaker built again for one field.

    >>> def quote_of(speaker: Speaker | None) -> Quote:
    ...     return _quote_record("d", "d:q0", "direct", "Yes", [(5, 8)], 0, False, 0, speaker, *[None] * 5)
    >>> said = _speaker(0, 3, "She", "Liz Truss", "pronoun")
    >>> expected = said.model_copy(update={"id": "d:s0"})
    >>> quote = quote_of(said)
    >>> [entity.id for entity in _with_ids("d", [quote])], quote.speaker is said, said == expected
    (['d:s0'], True, True)
    >>> said.model_fields_set == expected.model_fields_set
    True
    >>> quote = quote_of(_speaker(0, 3, "She", "she", "pronoun"))
    >>> _with_ids("d", [quote]), quote.speaker.id is None  # no entity
    ([], True)
    """
    entities, ids = assign_speakers(doc, [(quote.start, quote.speaker) for quote in attributed])
    for quote, speaker_id in zip(attributed, ids, strict=True):
        if speaker_id is not None:
            speaker = quote.speaker
            if type(speaker) is Speaker and type(speaker_id) is str:
                speaker.__dict__["id"] = speaker_id
                names = speaker.__pydantic_fields_set__
                _SET_FIELDS_SET(speaker, _SPEAKER_NAMES_WITH_ID if names is _SPEAKER_NAMES else {*names, "id"})
            elif speaker is not None:
                quote.__dict__["speaker"] = speaker.model_copy(update={"id": speaker_id})
    return entities


def _check_doc_id(doc_id: object) -> str:
    if doc_id is None:
        return "doc"
    if not isinstance(doc_id, str):
        raise InputError(f"doc_id must be a str, got {type(doc_id).__name__}: pass str(doc_id) if a number is meant")
    return doc_id or "doc"


def extract(
    text: str,
    *,
    lang: str | Language | None = None,
    doc_id: str | None = None,
    published: dt.date | str | None = None,
) -> Document:
    """Every quotation and reported claim in ``text``, attributed, with exact offsets.

    ``lang`` is a language code (``"en"``, ``"de"``...) or a :class:`~quoteattr.lang.Language`;
    ``None`` detects it from the text.  A language without attribution data still yields its
    quotations, without speakers, and a warning says so.

    >>> doc = extract('“Yes,” she said.')
    >>> doc.quotes[0].text, doc.quotes[0].start, doc.quotes[0].end, doc.quotes[0].speaker.mention
    ('Yes,', 1, 5, 'she')
    >>> doc.lang
    'en'
    >>> extract('„Ja“, sagt er.', lang="sv").warnings[0].kind
    'no-attribution-data'
    >>> extract("Yes.", lang="english")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    quoteattr.errors.InputError: unknown language code 'english': quoteattr knows de, en, ...
    """
    # A document keeps its mentions, people and records alive until it is done, and makes no cycles
    # the collector must break: paused, its full passes over them no longer grow with the people named.
    with collector_paused():
        return _extract(text, lang, doc_id, published)


def _extract(text: object, lang: str | Language | None, doc_id: object, published: object) -> Document:
    text = _check_text(text)
    language = get_language(detect_language(text) if lang is None else lang)
    published = _check_date(published) or published_from_text(text, language)
    doc = _check_doc_id(doc_id)
    index = Index(text, language)
    narrator = language.attribution.QUOTED_INCISE if language.attribution else None
    parsed = pair_quotes(text, index.paragraphs, dialogue_dash=language.dialogue_dash, narrator=narrator)
    warnings = ParseWarning.unpaired(parsed.warnings)
    spans = parsed.quotes
    # What the records are built from is let go once they no longer need it: on text that is all
    # stray marks (a record per few characters) the parser's warnings, the quote spans and the
    # linked quotes each take as much memory as the records, and would all be alive at its peak.
    del parsed
    # Without an attribution grammar the rules find no speaker, but still tell quotations from
    # scare quotes and titles by their shape.
    linked = link_quotes(text, index, spans, language)
    del spans
    if not language.attributes:
        warnings.insert(
            0,
            ParseWarning(
                kind="no-attribution-data",
                message=f"quoteattr has no attribution grammar for {language.name} ({language.code}) yet: "
                "quotations are found, speakers are not (see docs/languages.md to add one)",
            ),
        )
    quotes, attributed = _records(doc, text, index, linked, published)
    del linked
    speakers = _with_ids(doc, attributed)
    return Document._of_records(
        doc_id=doc,
        text=text,
        lang=language.code,
        published=published,
        quotes=quotes,
        speakers=speakers,
        warnings=warnings,
    )
