"""French: the gold attribution cases, run with ``lang="fr"``, and the word tables they rest on."""

from __future__ import annotations

from typing import Any

import pytest

from quoteattr.lang import get_language
from quoteattr.lang.fr import cues, grammar
from quoteattr.lang.fr.attribution import ATTRIBUTION
from tests.gold import (
    CASES,
    assert_attribution_case_well_formed,
    assert_unique_labels,
    case_params,
    check_attribution_case,
    load_cases,
)

FR_CASES = load_cases(CASES / "attribution-fr.json")


def test_cases_are_well_formed() -> None:
    assert_unique_labels(FR_CASES, "attribution-fr.json")
    assert len(FR_CASES) >= 30
    for case in FR_CASES:
        assert_attribution_case_well_formed(case)


@pytest.mark.parametrize("case", case_params(FR_CASES))
def test_french_attribution(case: dict[str, Any]) -> None:
    check_attribution_case(case, "fr")


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("déclarer", ("déclare", "déclarent", "déclara", "déclarèrent", "déclarait")),
        ("juger", ("juge", "jugent", "jugea", "jugèrent", "jugeait")),
        ("lancer", ("lance", "lancent", "lança", "lancèrent", "lançait")),
        ("rappeler", ("rappelle", "rappellent", "rappela", "rappelèrent", "rappelait")),
        ("considérer", ("considère", "considèrent", "considéra", "considérèrent", "considérait")),
        ("avertir", ("avertit", "avertissent", "avertit", "avertirent", "avertissait")),
        ("dire", ("dit", "disent", "dit", "dirent", "disait")),
        ("répondre", ("répond", "répondent", "répondit", "répondirent", "répondait")),
    ],
)
def test_inflections(verb: str, forms: tuple[str, ...]) -> None:
    """Regular -er and -ir verbs are derived; -re verbs and ``dire`` come from the irregular table."""
    assert cues.inflections(verb)[1:6] == forms


def test_regular_rule_is_not_applied_to_irregular_verbs() -> None:
    assert "disé" not in cues.inflections("dire")
    assert "répondé" not in cues.inflections("répondre")
    assert cues.participle("écrire") == "écrit"


def test_compound_tenses_and_clitic_inversion() -> None:
    assert "a déclaré" in cues.compound_forms("déclarer")
    assert "s'est exclamé" in cues.compound_forms("s'exclamer")
    assert "a-t-elle ajouté" in grammar.INVERSION_CUES
    assert "dit-il" in grammar.INVERSION_CUES
    assert "dit-t-il" not in grammar.INVERSION_CUES  # the euphonic t only after a vowel
    assert ("déclare-t-", "il", "") in cues.inverted_forms("déclarer")


def test_forms_are_written_with_both_apostrophes() -> None:
    assert "s’est exclamé" in grammar.SPEECH_FORMS
    assert "s'est exclamé" in grammar.SPEECH_FORMS


def test_cue_pattern_reads_compound_tenses_whole() -> None:
    text = "Le ministre a également souligné que tout allait bien."
    assert ATTRIBUTION.CUE_ANYWHERE.search(text).group("cue") == "a également souligné"
    assert ATTRIBUTION.CUE_ANYWHERE.search("Le ministre a visité Lyon.") is None


def test_language_wiring() -> None:
    french = get_language("fr")
    assert french.attribution is ATTRIBUTION
    assert "m." in french.segmentation.abbreviations
    assert french.coref is not None and "elle" in french.coref.feminine
