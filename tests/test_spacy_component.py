"""The spaCy component on blank pipelines: spans over each record, the speaker's span, the record itself."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

import quoteattr.outputs.spacy_component  # noqa: E402,F401  (registers the "quoteattr" factory)
from quoteattr.extract import extract  # noqa: E402

TEXT = "“We will not back down,” Anna Berg said on Monday. Critics called the plan “unworkable”."


def test_blank_english_pipeline_gets_quote_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    doc = nlp(TEXT)
    records = extract(TEXT).quotes
    assert [span._.record for span in doc._.quotes] == records
    first = doc._.quotes[0]
    assert first.start_char <= records[0].start and first.end_char >= records[0].end
    assert "We will not back down" in first.text
    assert first._.speaker is not None and first._.speaker.text == "Anna Berg"
    assert doc._.quotes[-1]._.speaker.text == "Critics"


def test_other_language_without_a_model() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("quoteattr")
    doc = nlp("„Wir geben nicht auf“, sagte Anna Berg am Montag.")
    assert doc._.quotes and doc._.quotes[0]._.record.text.startswith("Wir geben nicht auf")


def test_unknown_language_is_detected_from_the_text() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("quoteattr")
    doc = nlp(TEXT)
    assert len(doc._.quotes) == len(extract(TEXT).quotes)
