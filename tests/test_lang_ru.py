"""Russian: the word tables (verb inflection in both aspects, title genitives, names back to the nominative)
and the gold cases of ``tests/cases/attribution-ru.json``, extracted with ``lang="ru"``.

The cases have the format of ``tests/cases/attribution.json`` (see ``tests/gold.py``); the texts are
invented in the shapes Russian news uses.  Shapes the attribution stage cannot parse yet are strict
xfails that say why.
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

from quoteattr.lang import get_language
from quoteattr.lang.ru import cues, surnames, titles

CASES = Path(__file__).parent / "cases" / "attribution-ru.json"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("сказать", ("сказал", "сказала", "сказало", "сказали")),
        ("подчеркнуть", ("подчеркнул", "подчеркнула", "подчеркнуло", "подчеркнули")),
        ("заявлять", ("заявлял", "заявляла", "заявляло", "заявляли", "заявляет", "заявляют")),
        ("говорить", ("говорил", "говорила", "говорило", "говорили", "говорит", "говорят")),
        ("писать", ("писал", "писала", "писало", "писали", "пишет", "пишут")),
        ("опровергнуть", ("опроверг", "опровергла", "опровергло", "опровергли")),
    ],
)
def test_inflections(verb: str, expected: tuple[str, ...]) -> None:
    """Past forms agree in gender and number; only imperfective verbs have a present."""
    assert cues.inflections(verb) == expected


def test_inflections_negative() -> None:
    """A perfective verb has no present (its ``скажет`` is a future), and the rule never makes ``писает``."""
    assert "скажет" not in cues.inflections("сказать")
    assert "писает" not in cues.inflections("писать")
    assert "опровергнул" not in cues.inflections("опровергнуть")


def test_title_genitive() -> None:
    """``по словам`` takes the genitive: the table derives it, adjectives agreeing."""
    assert titles.genitive("министр") == "министра"
    assert titles.genitive("официальный представитель") == "официального представителя"
    assert titles.genitive("посол") == "посла"
    assert titles.genitive("глава") != "главa"


def test_nominative_of_genitive_names() -> None:
    """Names after ``по словам`` go back to the nominative; a name in no known declension stays."""
    assert surnames.nominative("Лаврова") == "Лавров"
    assert surnames.nominative("Захаровой") == "Захарова"
    assert surnames.nominative("Сергея Лаврова") == "Сергей Лавров"
    assert surnames.nominative("Дмитрия Пескова") == "Дмитрий Песков"
    assert surnames.nominative("Шойгу") == "Шойгу"


def test_language_is_wired() -> None:
    russian = get_language("ru")
    assert russian.attribution is not None
    assert "г." in russian.segmentation.abbreviations
    assert "заявила" in russian.attribution.SPEECH_FORMS
    assert "считает" in russian.attribution.BELIEF_FORMS
    assert "считает" not in russian.attribution.SPEECH_FORMS


def test_case_file_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 30
    assert_unique_labels(cases, "attribution-ru.json")
    for case in cases:
        assert_attribution_case_well_formed(case)


@pytest.mark.parametrize("case", case_params(_cases()))
def test_gold_case(case: dict[str, Any]) -> None:
    check_attribution_case(case, lang="ru")
