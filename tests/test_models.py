"""The records: what they share to stay small on long documents, and that sharing changes nothing a user sees."""

from __future__ import annotations

import importlib

import pytest
from pydantic import ValidationError

import quoteattr
from quoteattr import models
from quoteattr.attribution import link_quotes
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


def test_warnings_share_the_string_of_their_mark() -> None:
    """Memory: two warnings about the same mark character hold one string, not a slice of the text each."""
    doc = quoteattr.extract("x ” y ” z")
    first, second = doc.warnings
    assert first.mark == second.mark == "”" and first.mark is second.mark


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
    """Cost: a quote record's own check runs when it is built, not again when its document holds it."""
    checked: list[object] = []

    def counted(record: Record) -> Record:
        checked.append(record)
        return record

    monkeypatch.setattr(models, "_share_fields_set", counted)
    doc = quoteattr.extract("“Yes,” she said. “No,” he said. " + _STRAYS)
    quotes = [record for record in checked if isinstance(record, Quote)]
    assert len(quotes) == len(doc.quotes) >= 2


def test_a_document_built_by_hand_still_checks_its_quotes() -> None:
    """Validation at the boundary: a quote changed into an inconsistent copy fails in a document built by hand."""
    doc = quoteattr.extract("“Yes,” she said.")
    moved = doc.quotes[0].model_copy(update={"end": 3})  # no longer its last piece's end
    with pytest.raises(ValidationError, match="last piece's end"):
        Document(doc_id="d", text=doc.text, quotes=[moved])
    with pytest.raises(ValidationError, match="past the text's end"):
        Document(doc_id="d", text="“Y", quotes=doc.quotes)


def test_records_without_a_speaker_are_built_at_once() -> None:
    """Memory: a quote nobody is named for is its record straight away, not fields kept until the end."""
    text = "“Yes,” she said. “ab” x"
    language = get_language("en")
    index = Index(text, language)
    spans = pair_quotes(text, index.paragraphs).quotes
    built = extract_module._records("d", text, index, link_quotes(text, index, spans, language), None)
    assert [type(record) for record in built] == [dict, Quote]
