"""Gold cases for the quotation-mark parser, kept as data in ``tests/cases/parser-*.json``.

Each file is a list of cases::

    {"label": "what the case shows",
     "text": "the input",
     "expected": {"quotes": [{"pieces": ["piece", ...], "depth": 1, "unclosed": true}, ...],
                  "apostrophes": [offset, ...]  or  "apostrophe_count": n,
                  "warnings": [offset, ...]},
     "xfail": "why it fails today",
     "lang": "fr"}

``quotes`` lists every quote in text order (outer before inner), ``depth`` and
``unclosed`` default to 0 and false, ``warnings`` defaults to none.  ``lang``
names the text's language: the parser reads dialogue dashes when that language
writes dialogue with them (:attr:`quoteattr.lang.Language.dialogue_dash`), as
``extract`` does; without it they are read as today, not at all.  A case with
``xfail`` is a known failure: it runs as ``xfail(strict=True)``, so fixing it
makes the suite say so and the marker must be removed.  To add a case, append it
to the file of its language or convention; no code changes.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from gold import assert_unique_labels, case_params, load_cases

import quoteattr
from quoteattr.lang import get_language

CASES_DIR = Path(__file__).parent / "cases"
CASE_KEYS = {"label", "text", "expected", "xfail", "lang"}
EXPECTED_KEYS = {"quotes", "apostrophes", "apostrophe_count", "warnings"}
QUOTE_KEYS = {"pieces", "depth", "unclosed"}


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("parser-*.json"))


def _load_cases() -> list[Any]:
    return [param for path in _case_files() for param in case_params(load_cases(path), f"{path.stem}: ")]


def _expected_quotes(expected: dict[str, Any]) -> list[tuple[list[str], int, bool]]:
    return [(q["pieces"], q.get("depth", 0), q.get("unclosed", False)) for q in expected["quotes"]]


def _dialogue_dash(case: dict[str, Any]) -> bool:
    return "lang" in case and get_language(case["lang"]).dialogue_dash


@cache
def _pipeline_reads_dialogue_dashes() -> bool:
    """Whether ``extract`` passes its language's dialogue dashes to the parser."""
    return bool(quoteattr.extract("— Oui. Non.", lang="fr").quotes)


@pytest.mark.parametrize("path", _case_files(), ids=lambda p: p.name)
def test_case_file_is_well_formed(path: Path) -> None:
    cases = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(cases, list) and cases, f"{path.name}: expected a non-empty list of cases"
    assert_unique_labels(cases, path.name)
    for case in cases:
        assert set(case) <= CASE_KEYS and {"label", "text", "expected"} <= set(case), case["label"]
        expected = case["expected"]
        assert set(expected) <= EXPECTED_KEYS and "quotes" in expected, case["label"]
        assert not {"apostrophes", "apostrophe_count"} <= set(expected), f"{case['label']}: offsets or a count"
        for quote in expected["quotes"]:
            assert set(quote) <= QUOTE_KEYS and quote["pieces"], case["label"]
        for offset in expected.get("apostrophes", []):
            assert case["text"][offset] in "'\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}", (
                f"{case['label']}: offset {offset} is not an apostrophe-like character"
            )


def test_every_convention_has_cases() -> None:
    names = {path.stem.removeprefix("parser-") for path in _case_files()}
    assert {"english", "german", "french", "russian", "swedish", "japanese", "newswire", "dialogue"} <= names


@pytest.mark.parametrize("case", _load_cases())
def test_gold_case(case: dict[str, Any]) -> None:
    text, expected = case["text"], case["expected"]

    # The parser alone.
    dialogue_dash = _dialogue_dash(case)
    result = quoteattr.pair_quotes(text, dialogue_dash=dialogue_dash)
    got = [([text[s:e] for s, e in q.pieces], q.depth, q.unclosed) for q in result.quotes]
    assert got == _expected_quotes(expected)
    if "apostrophes" in expected:
        assert result.apostrophes == expected["apostrophes"]
    if "apostrophe_count" in expected:
        assert len(result.apostrophes) == expected["apostrophe_count"]
    assert [offset for offset, _, _ in result.warnings] == expected.get("warnings", [])

    # The full pipeline reports the same pieces (later stages may group split
    # quotes into one record, so compare the pieces, not the grouping).
    if any(quote.dialogue for quote in result.quotes) and not _pipeline_reads_dialogue_dashes():
        return
    doc = quoteattr.extract(text, lang=case.get("lang"))
    for quote in doc.quotes:
        assert quote.text == " ".join(text[p.start : p.end] for p in quote.pieces)
    extracted = sorted(text[p.start : p.end] for quote in doc.quotes if quote.kind != "indirect" for p in quote.pieces)
    assert extracted == sorted(piece for pieces, _, _ in _expected_quotes(expected) for piece in pieces)
    warned = [w.offset + i * len(w.mark) for w in doc.warnings if w.kind == "unpaired-mark" for i in range(w.count)]
    assert warned == expected.get("warnings", [])
