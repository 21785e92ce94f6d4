"""Records built inside the pipeline without validation equal records built with it.

``extract`` builds its quote records with ``model_construct`` (see ``quoteattr.extract._records``);
these tests validate every record again from its dumped fields and compare: same values, same types
(an ``int`` where a ``float`` belongs would print differently).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteattr
from quoteattr.models import Quote, Record, Span

CASES = Path(__file__).parent / "cases"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in (CASES / "attribution.json", CASES / "attribution-docs.json", CASES / "attribution-de.json"):
        texts.extend(case["text"] for case in json.loads(path.read_text(encoding="utf-8")))
    return texts


def _revalidated(record: Record) -> Record:
    return type(record).model_validate(record.model_dump())


def _assert_same(record: Record, validated: Record) -> None:
    assert validated == record
    assert repr(validated) == repr(record)  # 1 and 1.0 are equal, but print apart
    assert validated.model_dump_json() == record.model_dump_json()
    for name in type(record).model_fields:
        value, other = getattr(record, name), getattr(validated, name)
        assert type(value) is type(other), (name, value, other)
        if isinstance(value, Record):
            _assert_same(value, other)
        if isinstance(value, list):
            for item, other_item in zip(value, other, strict=True):
                assert type(item) is type(other_item)
                if isinstance(item, Record):
                    _assert_same(item, other_item)


def test_quote_records_equal_validated_ones() -> None:
    """Every quote record of every attribution gold case equals the same record validated."""
    quotes = [quote for text in _texts() for quote in quoteattr.extract(text).quotes]
    assert len(quotes) > 300
    assert any(q.speaker is not None and q.attribution is not None and q.cue is not None for q in quotes)
    assert any(q.venue is not None for q in quotes) and any(q.date is not None for q in quotes)
    for quote in quotes:
        _assert_same(quote, _revalidated(quote))


def test_revalidation_sees_a_wrong_type() -> None:
    """The check can fail: an unvalidated int confidence is told apart from the validated float."""
    quote = quoteattr.extract("“Yes,” she said.").quotes[0]
    assert quote.attribution is not None
    wrong = quote.model_copy(update={"attribution": quote.attribution.model_copy(update={"confidence": 1})})
    with pytest.raises(AssertionError):
        _assert_same(wrong, _revalidated(wrong))


def test_the_public_boundary_still_validates() -> None:
    """Records built by callers are validated: a reversed span or pieces off the span are refused."""
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=2)
    with pytest.raises(ValueError, match="first piece"):
        Quote(doc="d", id="d:q0", kind="direct", text="x", start=0, end=3, pieces=[Span(start=1, end=3)])
