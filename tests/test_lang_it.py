"""Italian: the gold attribution cases, run with ``lang="it"``, and the word tables they rest on."""

from __future__ import annotations

from typing import Any

import pytest

from quoteattr.lang import get_language
from quoteattr.lang.it import cues, grammar
from quoteattr.lang.it.attribution import ATTRIBUTION
from tests.gold import (
    CASES,
    assert_attribution_case_well_formed,
    assert_unique_labels,
    case_params,
    check_attribution_case,
    load_cases,
)

IT_CASES = load_cases(CASES / "attribution-it.json")


def test_cases_are_well_formed() -> None:
    assert_unique_labels(IT_CASES, "attribution-it.json")
    assert len(IT_CASES) >= 30
    for case in IT_CASES:
        assert_attribution_case_well_formed(case)


@pytest.mark.parametrize("case", case_params(IT_CASES))
def test_italian_attribution(case: dict[str, Any]) -> None:
    check_attribution_case(case, "it")


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("dichiarare", ("dichiara", "dichiarano", "dichiarò", "dichiararono", "dichiarava")),
        ("spiegare", ("spiega", "spiegano", "spiegò", "spiegarono", "spiegava")),
        ("ribadire", ("ribadisce", "ribadiscono", "ribadì", "ribadirono", "ribadiva")),
        ("avvertire", ("avverte", "avvertono", "avvertì", "avvertirono", "avvertiva")),
        ("credere", ("crede", "credono", "credette", "credettero", "credeva")),
        ("dire", ("dice", "dicono", "disse", "dissero", "diceva")),
        ("rispondere", ("risponde", "rispondono", "rispose", "risposero", "rispondeva")),
    ],
)
def test_inflections(verb: str, forms: tuple[str, ...]) -> None:
    """-are, -ere and -ire verbs (with and without -isc-) are derived; irregular ones come from the table."""
    assert cues.inflections(verb)[1:6] == forms


def test_spelling_rules_of_the_future() -> None:
    """-care/-gare keep their hard sound (spiegherà), -ciare/-giare drop the i (annuncerà)."""
    assert cues.inflections("spiegare")[7] == "spiegherà"
    assert cues.inflections("annunciare")[7] == "annuncerà"
    assert cues.inflections("evidenziare")[7] == "evidenzierà"
    assert "spiegerà" not in cues.inflections("spiegare")


def test_regular_rule_is_not_applied_to_irregular_verbs() -> None:
    assert "dirato" not in cues.inflections("dire")
    assert "risponduto" not in cues.inflections("rispondere")
    assert cues.participle("scrivere") == "scritto"


def test_compound_tenses() -> None:
    assert "ha detto" in cues.compound_forms("dire")
    assert "avrebbe dichiarato" in cues.compound_forms("dichiarare")
    assert "ha poi aggiunto" in grammar.ADVERB_COMPOUNDS
    assert "ha dire" not in grammar.SPEECH_FORMS


def test_cue_pattern_reads_compound_tenses_whole() -> None:
    text = "Il ministro ha poi aggiunto che tutto andava bene."
    assert ATTRIBUTION.CUE_ANYWHERE.search(text).group("cue") == "ha poi aggiunto"
    assert ATTRIBUTION.CUE_ANYWHERE.search("Il ministro ha visitato Roma.") is None


def test_language_wiring() -> None:
    italian = get_language("it")
    assert italian.attribution is ATTRIBUTION
    assert "dott." in italian.segmentation.abbreviations
    assert italian.coref is not None and "lei" in italian.coref.feminine
