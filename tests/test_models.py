"""The records: what they share to stay small on long documents, and that sharing changes nothing a user sees."""

from __future__ import annotations

import quoteattr
from quoteattr.models import ParseWarning, Span

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
