"""Gold cases as data: read ``tests/cases/*.json`` and turn each case into a pytest parameter.

A case carries a ``label`` (its test id) and may carry ``xfail`` with the reason it is
a known failure; such cases run as strict expected failures, so a fix is noticed.
Attribution cases (``attribution.json``, ``attribution-docs.json``) share one checker,
:func:`check_attribution_case`; ``tests/test_attribution.py`` describes their fields.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, get_args

import pytest

import quoteattr
from quoteattr.models import Document, Quote, QuoteKind, RuleName

CASES = Path(__file__).parent / "cases"


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of one JSON file (a list of objects)."""
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return cases


def case_texts() -> list[str]:
    """The text of every gold case of every file, in file order: inputs for oracle tests over real sentences."""
    return [
        case["text"]
        for path in sorted(CASES.glob("*.json"))
        for case in load_cases(path)
        if isinstance(case, dict) and isinstance(case.get("text"), str)
    ]


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


# --- Attribution cases ---------------------------------------------------------------------------

ATTRIBUTION_CASE_KEYS = frozenset({"label", "text", "expected", "published", "not_speakers", "xfail"})
ATTRIBUTION_EXPECTED_KEYS = frozenset(
    {"kind", "text", "speaker_mention", "speaker_name", "cue", "rule", "venue_kind", "via", "date", "pieces"}
)


ATTRIBUTION_KINDS = frozenset(get_args(QuoteKind))
ATTRIBUTION_RULES = frozenset(get_args(RuleName))


def assert_attribution_case_well_formed(case: dict[str, Any], keys: frozenset[str] = ATTRIBUTION_CASE_KEYS) -> None:
    """A case has only known fields, expects something, and quotes its own text in every expectation."""
    label = case["label"]
    assert set(case) <= keys and {"label", "text", "expected"} <= set(case), label
    assert case["expected"] or case.get("not_speakers"), f"{label}: nothing expected"
    if "published" in case:
        dt.date.fromisoformat(case["published"])
    for phrase in case.get("not_speakers", []):
        assert phrase in case["text"], f"{label}: {phrase!r} is not in the text"
    for item in case["expected"]:
        assert set(item) <= ATTRIBUTION_EXPECTED_KEYS and {"kind", "text", "speaker_mention"} <= set(item), label
        assert item["kind"] in ATTRIBUTION_KINDS, label
        assert item.get("rule") is None or item["rule"] in ATTRIBUTION_RULES, f"{label}: unknown rule {item['rule']}"
        assert item["text"] in case["text"], f"{label}: {item['text']!r} is not in the text"
        mention = item["speaker_mention"]
        assert mention is None or mention in case["text"], f"{label}: {mention!r} is not in the text"


def _observed(doc: Document, quote: Quote, expected: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``quote`` that ``expected`` asks about, in the same shape."""
    got: dict[str, Any] = {"kind": quote.kind, "text": expected["text"]}
    speaker = quote.speaker
    got["speaker_mention"] = doc.text[speaker.start : speaker.end] if speaker else None
    optional = {
        "speaker_name": speaker.name if speaker else None,
        "cue": quote.cue.text if quote.cue else None,
        "rule": quote.attribution.rule if quote.attribution else None,
        "venue_kind": quote.venue.kind if quote.venue else None,
        "via": quote.via.name if quote.via else None,
        "date": quote.date.isoformat() if quote.date else None,
        "pieces": len(quote.pieces),
    }
    got.update({key: value for key, value in optional.items() if key in expected})
    return got


def _matches_text(doc: Document, quote: Quote, text: str) -> bool:
    pieces = (doc.text[p.start : p.end] for p in quote.pieces)
    return quote.text.startswith(text) or any(piece.startswith(text) for piece in pieces)


def _best_record(doc: Document, expected: dict[str, Any]) -> dict[str, Any] | None:
    """The record with the expected text that agrees with ``expected`` on the most fields."""
    candidates = [_observed(doc, q, expected) for q in doc.quotes if _matches_text(doc, q, expected["text"])]
    if not candidates:
        return None
    return max(candidates, key=lambda got: sum(got[k] == v for k, v in expected.items()))


def check_attribution_case(case: dict[str, Any], lang: str | None = None) -> None:
    """Extract the case's text: every expected record is there as described, no speaker inside ``not_speakers``.

    ``lang`` extracts in that language; ``None`` lets extraction detect it.
    """
    doc = quoteattr.extract(case["text"], lang=lang, published=case.get("published"))
    for expected in case["expected"]:
        got = _best_record(doc, expected)
        assert got is not None, f"no record starts with {expected['text']!r}"
        assert got == expected
    for phrase in case.get("not_speakers", []):
        lo = case["text"].index(phrase)
        hi = lo + len(phrase)
        inside = [q.speaker.mention for q in doc.quotes if q.speaker and lo <= q.speaker.start < hi]
        assert not inside, f"speaker mentions inside {phrase!r}: {inside}"
