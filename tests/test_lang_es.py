"""Spanish: the word tables (verb inflection, compound tenses, titles) and gold attribution cases.

The cases live in ``tests/cases/attribution-es.json`` in the format of ``tests/cases/attribution.json``
(see ``tests/gold.py``); their texts are invented in the shapes Spanish news writes.  Each is
extracted with ``lang="es"``; shapes the attribution stage cannot parse yet are strict xfails.
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
from quoteattr.lang.es import cues, titles
from quoteattr.lang.es.abbreviations import ABBREVIATIONS

CASES = Path(__file__).parent / "cases" / "attribution-es.json"


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("afirmar", ("afirma", "afirman", "afirmó", "afirmaron", "afirmaba", "afirmaban", "afirmará", "afirmaría")),
        ("añadir", ("añade", "añaden", "añadió", "añadieron", "añadía", "añadían", "añadirá", "añadiría")),
        ("responder", ("responde", "responden", "respondió", "respondieron", "respondía", "respondían", "responderá")),
        ("decir", ("dice", "dicen", "dijo", "dijeron", "decía", "decían", "dirá", "diría")),
        ("advertir", ("advierte", "advierten", "advirtió", "advirtieron", "advertía", "advertían")),
        ("sostener", ("sostiene", "sostienen", "sostuvo", "sostuvieron")),
    ],
)
def test_finite_forms(verb: str, expected: tuple[str, ...]) -> None:
    """Regular verbs take the endings of their class; stem-changing verbs come from the irregular table."""
    assert cues.finite_forms(verb)[: len(expected)] == expected


def test_regular_rule_is_not_applied_to_irregular_verbs() -> None:
    """ "decir" is no -ir verb like "añadir": no "decíó", no "decido"."""
    forms = cues.inflections("decir")
    assert "decíó" not in forms and "decido" not in forms and "decirió" not in forms
    assert "advertió" not in cues.inflections("advertir")


def test_participles_gerunds_and_compound_tenses() -> None:
    assert cues.participle("decir") == "dicho"
    assert cues.participle("escribir") == "escrito"
    assert cues.gerund("advertir") == "advirtiendo"
    assert "ha dicho" in cues.compound_forms("decir")
    assert "había señalado" in cues.compound_forms("señalar")
    assert "ha decido" not in cues.compound_forms("decir")


def test_titles_have_feminines() -> None:
    assert titles.feminine("presidente") == "presidenta"
    assert titles.feminine("alcalde") == "alcaldesa"
    assert titles.feminine("presidenta") is None
    assert "ministra" in titles.FEMININE_TITLES


def test_language_carries_the_grammar() -> None:
    language = get_language("es")
    assert language.attribution is not None
    assert "dijo" in language.attribution.SPEECH_FORMS
    assert "ha dicho" in language.attribution.INVERSION_FORMS
    assert "dicho" not in language.attribution.INVERSION_FORMS
    assert "sr." in language.segmentation.abbreviations and "sr." in ABBREVIATIONS


def test_abbreviations_end_no_sentence() -> None:
    doc = quoteattr.extract("«Vamos a recurrir», dijo el Sr. Martínez.", lang="es")
    assert [q.speaker.mention for q in doc.quotes if q.speaker] == ["el Sr. Martínez"]


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def test_case_file_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 30
    assert_unique_labels(cases, "attribution-es.json")
    for case in cases:
        assert_attribution_case_well_formed(case)


@pytest.mark.parametrize("case", case_params(_cases()))
def test_gold_case(case: dict[str, Any]) -> None:
    """Each expected record is there as described, extracted as Spanish."""
    check_attribution_case(case, lang="es")
