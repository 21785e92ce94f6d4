"""Gold cases as data: read ``tests/cases/*.json`` and turn each case into a pytest parameter.

A case carries a ``label`` (its test id) and may carry ``xfail`` with the reason it is
a known failure; such cases run as strict expected failures, so a fix is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of one JSON file (a list of objects)."""
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


def assert_unique_labels(cases: list[dict[str, Any]], name: str) -> None:
    """Labels are test ids: two cases with one label would hide each other."""
    labels = [case["label"] for case in cases]
    duplicates = sorted({label for label in labels if labels.count(label) > 1})
    assert not duplicates, f"{name}: duplicate labels {duplicates}"


def case_params(cases: list[dict[str, Any]], prefix: str = "") -> list[Any]:
    """One ``pytest.param`` per case, id'd by its label, strict-xfailed when it says why it fails."""
    return [
        pytest.param(
            case,
            id=prefix + case["label"],
            marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else [],
        )
        for case in cases
    ]
