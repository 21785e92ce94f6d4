"""The speaker and cue records extract builds from fields it checks by hand, against the validator."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import quoteattr
from quoteattr.models import Cue, Speaker

extract_module = importlib.import_module("quoteattr.extract")  # the module: the package exports a function by that name

offsets = st.one_of(st.integers(-3, 40), st.booleans(), st.none(), st.just(2.0), st.just("2"))
strings = st.one_of(st.text(max_size=6), st.none(), st.just(3))
resolutions = st.one_of(st.sampled_from(["name", "pronoun", "description", "carried", "group", "cluster"]), strings)


def _same(built: BaseModel, validated: BaseModel) -> None:
    assert built == validated and type(built) is type(validated)
    assert list(built.__dict__) == list(validated.__dict__)
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json() and repr(built) == repr(validated)


def _agree(build: Any, validate: Any) -> None:
    try:
        expected = validate()
    except ValidationError:
        with pytest.raises(ValidationError):
            build()
    else:
        _same(build(), expected)


@given(offsets, offsets, strings, strings, resolutions)
def test_a_speaker_checked_by_hand_is_the_record_its_class_validates(
    start: Any, end: Any, mention: Any, name: Any, resolution: Any
) -> None:
    """Oracle: any fields give the record ``Speaker(...)`` gives, or the error it raises."""
    _agree(
        lambda: extract_module._speaker(start, end, mention, name, resolution),
        lambda: Speaker(start=start, end=end, mention=mention, name=name, resolution=resolution),
    )


@given(offsets, offsets, strings)
def test_a_cue_checked_by_hand_is_the_record_its_class_validates(start: Any, end: Any, text: Any) -> None:
    """Oracle: any fields give the record ``Cue(...)`` gives, or the error it raises."""
    _agree(lambda: extract_module._cue(start, end, text), lambda: Cue(start=start, end=end, text=text))


def test_the_speakers_and_cues_of_extract_are_the_validated_records() -> None:
    """Oracle: each speaker and cue of a document is the record its class validates from the same fields."""
    doc = quoteattr.extract("“We will win,” Truss said. She added: “The rules are clear.”")
    assert doc.quotes and all(q.speaker is not None and q.cue is not None for q in doc.quotes)
    for quote in doc.quotes:
        assert quote.speaker is not None and quote.cue is not None
        fields = {name: getattr(quote.speaker, name) for name in ("start", "end", "mention", "name", "resolution")}
        _same(quote.speaker.model_copy(update={"id": None}), Speaker(**fields).model_copy(update={"id": None}))
        _same(quote.cue, Cue(start=quote.cue.start, end=quote.cue.end, text=quote.cue.text))


def test_the_speaker_ids_of_extract_are_set_as_a_copy_would_set_them() -> None:
    """Oracle: a speaker given its entity id is the validated speaker copied with that id, fields set and all."""
    doc = quoteattr.extract("“We will win,” Truss said. She added: “The rules are clear.” “No,” they said.")
    speakers = [quote.speaker for quote in doc.quotes if quote.speaker is not None]
    given = [speaker for speaker in speakers if speaker.id is not None]
    assert len(speakers) == 3 and len(given) == 2  # "they" names no entity
    assert speakers[2].model_fields_set == {"start", "end", "mention", "name", "resolution"}
    for speaker in given:
        fields = {name: getattr(speaker, name) for name in ("start", "end", "mention", "name", "resolution")}
        _same(speaker, Speaker(**fields).model_copy(update={"id": speaker.id}))
    assert len({id(speaker) for speaker in given}) == len(given)  # each quote its own speaker
