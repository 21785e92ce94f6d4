"""German attribution: gold cases kept as data in ``tests/cases/attribution-de.json``.

The cases have the format of ``tests/cases/attribution.json`` (see ``tests/gold.py``); the texts are
invented and long enough to be read as German.  Shapes the attribution stage cannot parse yet are
strict xfails that say why.
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

CASES = Path(__file__).parent / "cases" / "attribution-de.json"


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def test_case_file_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 15
    assert_unique_labels(cases, "attribution-de.json")
    for case in cases:
        assert_attribution_case_well_formed(case)


@pytest.mark.parametrize("case", case_params(_cases()))
def test_gold_case(case: dict[str, Any]) -> None:
    check_attribution_case(case)
