"""Portuguese: the word tables (verb inflection, compound tenses, titles) and gold attribution cases.

The cases live in ``tests/cases/attribution-pt.json`` in the format of ``tests/cases/attribution.json``
(see ``tests/gold.py``); their texts are invented in the shapes Portuguese news writes.  Each is
extracted with ``lang="pt"``; shapes the attribution stage cannot parse yet are strict xfails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gold import (
    assert_attribution_case_well_formed,
    assert_unique_labels,
    case_params,
    check_attribution_case,
    load_cases,
)

import quoteattr
from quoteattr.lang import get_language
from quoteattr.lang.pt import cues, titles
from quoteattr.lang.pt.abbreviations import ABBREVIATIONS

CASES = Path(__file__).parent / "cases" / "attribution-pt.json"


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("afirmar", ("afirma", "afirmam", "afirmou", "afirmaram", "afirmava", "afirmavam", "afirmará", "afirmaria")),
        ("responder", ("responde", "respondem", "respondeu", "responderam", "respondia", "respondiam", "responderá")),
        ("referir", ("refere", "referem", "referiu", "referiram", "referia", "referiam", "referirá", "referiria")),
        ("dizer", ("diz", "dizem", "disse", "disseram", "dizia", "diziam", "dirá", "diria")),
        ("concluir", ("conclui", "concluem", "concluiu", "concluíram")),
        ("crer", ("crê", "creem", "creu", "creram")),
    ],
)
def test_finite_forms(verb: str, expected: tuple[str, ...]) -> None:
    """Regular verbs take the endings of their class; irregular ones come from the irregular table."""
    assert cues.finite_forms(verb)[: len(expected)] == expected


def test_regular_rule_is_not_applied_to_irregular_verbs() -> None:
    """ "dizer" is no -er verb like "responder": no "dizeu", no "dizido"."""
    forms = cues.inflections("dizer")
    assert "dizeu" not in forms and "dizido" not in forms and "dize" not in forms
    assert "escrevido" not in cues.inflections("escrever")


def test_participles_gerunds_and_compound_tenses() -> None:
    assert cues.participle("dizer") == "dito"
    assert cues.participle("escrever") == "escrito"
    assert cues.gerund("acrescentar") == "acrescentando"
    assert "tem dito" in cues.compound_forms("dizer")
    assert "tinha afirmado" in cues.compound_forms("afirmar")
    assert "tem dizido" not in cues.compound_forms("dizer")


def test_titles_have_feminines() -> None:
    assert titles.feminine("ministro") == "ministra"
    assert titles.feminine("prefeito") == "prefeita"
    assert titles.feminine("ministra") is None
    assert "juíza" in titles.FEMININE_TITLES


def test_language_carries_the_grammar() -> None:
    language = get_language("pt")
    assert language.attribution is not None
    assert "disse" in language.attribution.SPEECH_FORMS
    assert "tem dito" in language.attribution.INVERSION_FORMS
    assert "dito" not in language.attribution.INVERSION_FORMS
    assert "sr." in language.segmentation.abbreviations and "sr." in ABBREVIATIONS


def test_abbreviations_end_no_sentence() -> None:
    doc = quoteattr.extract("“Vamos recorrer da decisão”, disse o Sr. Martins.", lang="pt")
    assert [q.speaker.mention for q in doc.quotes if q.speaker] == ["o Sr. Martins"]


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def test_case_file_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 30
    assert_unique_labels(cases, "attribution-pt.json")
    for case in cases:
        assert_attribution_case_well_formed(case)


@pytest.mark.parametrize("case", case_params(_cases()))
def test_gold_case(case: dict[str, Any]) -> None:
    """Each expected record is there as described, extracted as Portuguese."""
    check_attribution_case(case, lang="pt")
