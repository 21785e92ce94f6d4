"""The records: what they share to stay small on long documents, and that sharing changes nothing a user sees."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

import quoteattr
from quoteattr import models
from quoteattr.attribution import Linked, link_quotes
from quoteattr.attribution.mentions import Mention
from quoteattr.lang import get_language
from quoteattr.models import Document, ParseWarning, Quote, Record, Span
from quoteattr.spans import pair_quotes
from quoteattr.text import Index

extract_module = importlib.import_module("quoteattr.extract")  # the module, not the function of that name

_STRAYS = "“a ” b “c\n\n» d ‚e ‟f 「g"


def test_records_of_a_document_share_their_field_names() -> None:
    """Memory: the quotes, pieces and warnings of a document each hold one shared set of field names."""
    doc = quoteattr.extract("“Yes,” she said. “No,” he said. " + _STRAYS)
    assert len(doc.quotes) >= 2 and len(doc.warnings) >= 2
    assert len({id(quote.model_fields_set) for quote in doc.quotes}) == 1
    assert len({id(piece.model_fields_set) for quote in doc.quotes for piece in quote.pieces}) == 1
    assert len({id(warning.model_fields_set) for warning in doc.warnings}) == 1


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="key-sharing dictionaries are CPython's")
def test_records_of_a_document_store_only_the_values_of_their_fields() -> None:
    """Memory: the quotes (attributed or not), pieces and warnings of a document each fill their own dictionary,
    whose field names their class shares, smaller than a dictionary of the same fields made apart.

    The first few dozen records of a class keep room for more names; those of a long document do not.
    """
    doc = quoteattr.extract("“Yes,” she said.\n\n" + _STRAYS * 40, lang="en")
    attributed, of_nobody = doc.quotes[0], doc.quotes[-1]
    assert of_nobody.speaker is None and attributed.speaker is not None
    for record in (of_nobody, attributed, attributed.pieces[0], doc.warnings[-2], doc.warnings[-1]):
        assert sys.getsizeof(record.__dict__) < sys.getsizeof(dict(record.__dict__)), record


@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.sampled_from(["“", "''", "»"]), st.sampled_from(["m", "n"])),
        max_size=8,
    ).map(sorted)
)
def test_warnings_of_runs_are_the_records_their_class_validates(found: list[tuple[int, str, str]]) -> None:
    """Oracle: the warnings of the parser's marks, runs made by hand, are the records the validator builds from each
    run, counted by a slow loop, to their field order and the names of the fields given."""
    runs: list[list[Any]] = []
    for offset, mark, message in found:
        if runs and runs[-1][1:3] == [mark, message] and runs[-1][0] + runs[-1][3] * len(mark) == offset:
            runs[-1][3] += 1
        else:
            runs.append([offset, mark, message, 1])
    expected = [ParseWarning(offset=o, mark=m, message=message, count=c) for o, m, message, c in runs]
    built = ParseWarning.unpaired(found)
    assert built == expected
    assert [list(w.__dict__.items()) for w in built] == [list(w.__dict__.items()) for w in expected]
    assert [w.model_fields_set for w in built] == [w.model_fields_set for w in expected]


def test_warnings_share_the_string_of_their_mark() -> None:
    """Memory: two warnings about the same mark character hold one string, not a slice of the text each."""
    doc = quoteattr.extract("x ” y ” z")
    first, second = doc.warnings
    assert first.mark == second.mark == "”" and first.mark is second.mark


@pytest.mark.parametrize(
    ("offset", "mark", "message", "count"),
    [
        (0, "“", "opening quotation mark never closed", 1),
        (7, "''", "m", 40),
        (3, "\N{FULLWIDTH QUOTATION MARK}", "", 2),
    ],
)
def test_a_warning_about_a_mark_is_the_record_its_class_validates(
    offset: int, mark: str, message: str, count: int
) -> None:
    """Oracle: a warning built from fields checked by hand is the record the validator builds, to its field order
    and the names of the fields it was given."""
    built = models._unpaired_warning(offset, mark, message, count)
    validated = ParseWarning(offset=offset, mark=mark, message=message, count=count)
    assert built == validated and type(built) is ParseWarning
    assert list(built.__dict__) == list(validated.__dict__) == list(ParseWarning.model_fields)
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json() and repr(built) == repr(validated)


@pytest.mark.parametrize(("offset", "count"), [(-1, 1), (0, 0), (1.0, 1), (True, 1)])
def test_a_warning_with_fields_out_of_bounds_is_refused_or_read_as_its_class_reads_them(
    offset: object, count: object
) -> None:
    """Validation: fields the hand check does not take go to the validator, which refuses or converts them alike."""
    fields = {"offset": offset, "mark": "“", "message": "m", "count": count}
    try:
        expected = ParseWarning.model_validate(fields)
    except ValidationError:
        with pytest.raises(ValidationError):
            models._unpaired_warning(offset, "“", "m", count)  # type: ignore[arg-type]
    else:
        assert models._unpaired_warning(offset, "“", "m", count) == expected  # type: ignore[arg-type]


def test_a_copy_with_changes_leaves_the_shared_names_alone() -> None:
    """Independence: model_copy with an update adds the name to the copy's set only."""
    one, two = Span(start=0, end=1), Span(start=1, end=2)
    copied = ParseWarning(message="m").model_copy(update={"offset": 3})
    assert copied.model_fields_set == {"message", "offset"}
    moved = one.model_copy(update={"end": 5})
    assert moved.end == 5 and one.end == 1
    assert one.model_fields_set is two.model_fields_set == {"start", "end"}
    assert ParseWarning(message="m").model_fields_set == {"message"}
    assert Span.model_validate({"start": 2, "end": 3}).model_dump(exclude_unset=True) == {"start": 2, "end": 3}


def test_each_quote_of_extract_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cost: a quote record is checked when it is built, not again when its document holds it."""
    checked: list[object] = []
    validated: list[object] = []
    check, check_of_nobody = extract_module._quote_record, extract_module._quote_record_of_nobody
    share = models._share_fields_set

    def counted_check(*fields: Any) -> Quote:
        checked.append(fields)
        return check(*fields)

    def counted_check_of_nobody(*fields: Any) -> Quote:
        checked.append(fields)
        return check_of_nobody(*fields)

    def counted_share(record: Record) -> Record:
        validated.append(record)
        return share(record)

    monkeypatch.setattr(extract_module, "_quote_record", counted_check)
    monkeypatch.setattr(extract_module, "_quote_record_of_nobody", counted_check_of_nobody)
    monkeypatch.setattr(models, "_share_fields_set", counted_share)
    doc = quoteattr.extract("“Yes,” she said. “No,” he said. " + _STRAYS)
    assert len(checked) == len(doc.quotes) >= 2
    assert not [record for record in validated if isinstance(record, Quote)]  # the validator of a quote never ran


_ORACLE_TEXTS = (
    "“We will win,” Truss said. “The rules,” she added, “are clear.”",
    "„Wir schaffen das“, sagte die Kanzlerin am Montag in Berlin. „Gut.“",
    "« Non, a lancé le ministre. Jamais. »\n\n« Oui",
    "“a ‘b ” c’ «d ‹e› » ‚f‘ 「g」 ``h'' “",
)


def _fields_of(quote: Quote) -> dict[str, Any]:
    """The fields the validator builds a quote from, read back from the record."""
    fields = {name: getattr(quote, name) for name in models._EXTRACTED_QUOTE_FIELDS}
    fields["pieces"] = [{"start": piece.start, "end": piece.end} for piece in quote.pieces]
    return fields


def _arguments_of(quote: Quote) -> dict[str, Any]:
    """The arguments extract builds a quote from, read back from the record: its pieces as offsets, no start or end."""
    arguments = {name: getattr(quote, name) for name in models._EXTRACTED_QUOTE_FIELDS if name not in ("start", "end")}
    arguments["pieces"] = [(piece.start, piece.end) for piece in quote.pieces]
    return arguments


def _validated(arguments: dict[str, Any]) -> Quote:
    """The quote the validator builds from the arguments of the hand check, its start and end those of its pieces."""
    pieces = arguments["pieces"]
    fields = arguments | {
        "start": pieces[0][0] if pieces else 0,
        "end": pieces[-1][1] if pieces else 0,
        "pieces": [{"start": start, "end": end} for start, end in pieces],
    }
    validated: Quote = Quote.__pydantic_validator__.validate_python(fields)
    return validated


def _same_record(built: Quote, validated: Quote) -> None:
    assert built == validated and type(built) is Quote
    assert list(built.__dict__) == list(validated.__dict__) == list(Quote.model_fields)
    assert built.model_fields_set == validated.model_fields_set
    assert [(type(p), p.model_fields_set, list(p.__dict__.items())) for p in built.pieces] == [
        (type(p), p.model_fields_set, list(p.__dict__.items())) for p in validated.pieces
    ]
    assert built.model_dump_json() == validated.model_dump_json() and repr(built) == repr(validated)


@pytest.mark.parametrize("text", _ORACLE_TEXTS)
def test_a_quote_checked_by_hand_is_the_record_its_class_validates(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Oracle: each quote of extract (attributed, split, nested, unclosed) built from fields checked by hand is the
    record the validator builds from the same fields, to the field order and the names of the fields given."""
    doc = quoteattr.extract(text)
    assert doc.quotes
    expected = [Quote.__pydantic_validator__.validate_python(_fields_of(quote)) for quote in doc.quotes]
    validated: list[Record] = []
    share = models._share_fields_set

    def counted_share(record: Record) -> Record:
        validated.append(record)
        return share(record)

    monkeypatch.setattr(models, "_share_fields_set", counted_share)
    built = [models._quote_record(**_arguments_of(quote)) for quote in doc.quotes]
    assert not validated  # the fields extract gives are taken by the hand check, without the validator
    for record, validated_record in zip(built, expected, strict=True):
        _same_record(record, validated_record)


def test_the_hand_check_knows_every_field_of_a_quote() -> None:
    """The hand check builds every field of a quote: those extract gives, and the cluster, set later, last."""
    assert list(Quote.model_fields) == [*models._EXTRACTED_QUOTE_FIELDS, "cluster"]


_CHANGES: list[dict[str, Any]] = [
    {"pieces": [(-1, 5)]},
    {"kind": "quip"},
    {"kind": None},
    {"kind": ["direct"]},
    {"depth": -1},
    {"paragraph": 1.0},
    {"paragraph": True},
    {"unclosed": 1},
    {"doc": 3},
    {"text": None},
    {"date": "2024-05-01"},
    {"pieces": []},
    {"pieces": [(3, 2)]},
    {"pieces": [(1, 3), (2, 5)]},
    {"pieces": [(1.0, 5)]},
    {"pieces": [(1, 3), (4, 5.0)]},
    {"speaker": {"start": 0, "end": 1, "name": "A", "mention": "A", "resolution": "name"}},
    {"cue": "said"},
    {"venue": "at a rally"},
    {"attribution": {"rule": "trailing-said", "confidence": 0.9}},
]


def _built_as_the_validator_builds(arguments: dict[str, Any]) -> None:
    """The record the hand check builds from ``arguments`` is the validator's, or both refuse them."""
    try:
        expected = _validated(arguments)
    except ValidationError:
        with pytest.raises(ValidationError):
            models._quote_record(**arguments)
    else:
        _same_record(models._quote_record(**arguments), expected)


@pytest.mark.parametrize("change", _CHANGES)
def test_fields_the_hand_check_does_not_take_are_validated(change: dict[str, Any]) -> None:
    """Validation: fields out of their bounds or of other types go to the validator, which refuses them or reads
    them as the class reads them."""
    arguments = _arguments_of(quoteattr.extract("“Yes, well,” she said.").quotes[0]) | change
    _built_as_the_validator_builds(arguments)


_offsets = st.one_of(st.integers(-2, 12), st.sampled_from([True, 2.0]))


@given(st.lists(st.tuples(_offsets, _offsets), max_size=4), st.sampled_from(["direct", "term", "quip"]))
def test_any_pieces_give_the_quote_the_validator_gives(pieces: list[tuple[Any, Any]], kind: str) -> None:
    """Oracle: for any pieces and kind, the hand check builds the record the validator builds, or refuses them too."""
    arguments = _arguments_of(quoteattr.extract("“Yes, well,” she said.").quotes[0]) | {"pieces": pieces, "kind": kind}
    _built_as_the_validator_builds(arguments)


_NOBODY_TEXT = "“Yes,” and ‘no’ «oui» x"


@given(
    st.lists(st.tuples(_offsets, _offsets), max_size=3),
    st.sampled_from(["direct", "term", "quip", None]),
    st.sampled_from([0, 2, -1, True, 1.0]),
    st.sampled_from([False, True, 0]),
    st.sampled_from([0, 3, -1, False]),
    st.sampled_from(["d", 3]),
)
def test_a_quote_of_nobody_is_the_record_the_general_hand_check_builds(
    pieces: list[tuple[Any, Any]], kind: Any, depth: Any, unclosed: Any, paragraph: Any, doc: Any
) -> None:
    """Oracle: a quote attributed to nobody, built by its own hand check, is the record the general one builds from
    its pieces' text and six empty fields, or both refuse it, or both fail slicing its text alike."""
    arguments = (doc, "d:q0", kind, _NOBODY_TEXT, pieces, depth, unclosed, paragraph)
    try:
        quoted = " ".join(_NOBODY_TEXT[start:end] for start, end in pieces)
        expected = models._quote_record(*arguments[:3], quoted, *arguments[4:], None, None, None, None, None, None)
    except (ValidationError, TypeError) as refused:
        with pytest.raises(type(refused)):
            models._quote_record_of_nobody(*arguments)
    else:
        _same_record(models._quote_record_of_nobody(*arguments), expected)


def test_a_document_built_by_hand_still_checks_its_quotes() -> None:
    """Validation at the boundary: a quote changed into an inconsistent copy fails in a document built by hand."""
    doc = quoteattr.extract("“Yes,” she said.")
    moved = doc.quotes[0].model_copy(update={"end": 3})  # no longer its last piece's end
    with pytest.raises(ValidationError, match="last piece's end"):
        Document(doc_id="d", text=doc.text, quotes=[moved])
    with pytest.raises(ValidationError, match="past the text's end"):
        Document(doc_id="d", text="“Y", quotes=doc.quotes)


def test_the_first_quote_at_fault_is_named() -> None:
    """Validation: a speaker that does not slice the text, or a quote past its end, is found wherever it is,
    and the first quote at fault in document order is the one the error names."""
    doc = quoteattr.extract("“Yes,” she said. “No,” he said.")
    first, second = doc.quotes
    assert first.speaker is not None and second.speaker is not None
    misnamed = first.model_copy(update={"speaker": first.speaker.model_copy(update={"mention": "he"})})
    with pytest.raises(ValueError, match="q0: speaker mention does not slice"):
        models._check_offsets(doc.text, [misnamed, second])
    past = second.model_copy(update={"end": 99})
    with pytest.raises(ValueError, match="q0: speaker mention does not slice"):
        models._check_offsets(doc.text, [misnamed, past])
    with pytest.raises(ValueError, match="q1 ends at 99"):
        models._check_offsets(doc.text, [first, past])
    models._check_offsets(doc.text, [first, second])


def test_records_are_built_at_once() -> None:
    """Memory: every quote is its record straight away, not fields kept until the end."""
    text = "“Yes,” she said. “ab” x"
    language = get_language("en")
    index = Index(text, language)
    spans = pair_quotes(text, index.paragraphs).quotes
    built, attributed = extract_module._records("d", text, index, link_quotes(text, index, spans, language), None)
    assert [type(record) for record in built] == [Quote, Quote]
    assert built[0].speaker is not None and built[0].speaker.id is None  # its entity id comes once all are named
    assert attributed == [built[0]] and attributed[0] is built[0]  # those with a speaker, gathered as built


@pytest.mark.parametrize("attributed", [False, True])
@pytest.mark.parametrize("pieces", [[(18, 40)], [(1, 4), (18, 40)]])
def test_records_are_checked_against_the_text_as_they_are_built(pieces: list, attributed: bool) -> None:
    """Validation: a quote past the text's end is refused as its record is built, whoever it is attributed
    to and however many pieces it has (the document checks no record again)."""
    text = "“Yes,” she said. “ab” x"
    index = Index(text, get_language("en"))
    if attributed:
        item = Linked(pieces, "direct", 0, False, 0, Mention(7, 10, "pronoun"), (11, 15), None, "trailing-said", 0.9)
    else:
        item = Linked(pieces, "direct", 0, False, 0)
    with pytest.raises(ValueError, match=r"q0 ends at 40, past the text's end 23"):
        extract_module._records("d", text, index, [item], None)
