"""Every attribution example in ``docs/attribution.md`` is a gold case in ``tests/cases/attribution-docs.json``.

The page shows its rules by example (``“…,” Truss said.``); each example is written out
as a full sentence there and checked like the cases of ``attribution.json``. A case
has the fields of an attribution case (see ``tests/gold.py``) and also::

    {"doc_examples": ["“…,” Truss said.", "Truss said: “…”"],   # the page's spans it stands for
     ...}

The examples are found on the page by rule, so a new example without a case fails
:func:`test_every_doc_example_has_a_case`, and a case for an example the page no longer
shows fails :func:`test_every_case_example_is_on_the_page`. An example is:

- an inline code span holding a quotation mark (typographic marks or a doubled
  apostrophe ``''``; a straight ``"`` marks code, and ``’`` between letters is an apostrophe);
- an inline code span of two or more words holding a cue (a verb of saying, belief or
  dialogue in any form, ``according to``, ``in the words of``, or an opinion noun);
- a code span of two or more words in the ``pattern`` column of a rule table;
- in a plain code block (the grammar), each example column: a line from its first opening mark,
  split on runs of spaces;
- the text passed to ``extract(...)`` in a ``>>>`` example.

A span that matches a rule but is no example (code, say) goes in :data:`NOT_EXAMPLES`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gold import (
    ATTRIBUTION_CASE_KEYS,
    assert_attribution_case_well_formed,
    assert_unique_labels,
    case_params,
    check_attribution_case,
    load_cases,
)

from quoteattr.lang.en.cues import (
    BELIEF_VERBS,
    DIALOGUE_VERBS,
    OPINION_NOUNS,
    PREPOSITIONAL_CUES,
    SPEECH_VERBS,
    inflections,
)

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "attribution.md"
CASES = Path(__file__).parent / "cases" / "attribution-docs.json"
CASE_KEYS = ATTRIBUTION_CASE_KEYS | {"doc_examples"}

# Spans the rules below take for examples that are not: code that holds a cue word ("mention").
NOT_EXAMPLES: frozenset[str] = frozenset({"text[speaker.start:speaker.end] == speaker.mention"})

# A quotation mark: typographic marks, a doubled apostrophe, or a right single mark not between letters.
QUOTATION_MARK = re.compile(r"[“”‘„«»‹›]|''|’(?!\w)|(?<!\w)’")
CUE_WORDS = frozenset(
    form for verb in SPEECH_VERBS + BELIEF_VERBS + DIALOGUE_VERBS for form in inflections(verb) if " " not in form
) | frozenset(OPINION_NOUNS)
PHRASE_CUES = re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in PREPOSITIONAL_CUES) + r")\b", re.IGNORECASE)
WORD = re.compile(r"[\w’'-]+")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`([^`]+)`")
EXTRACT_CALL = re.compile(r"extract\((\"(?:[^\"\\]|\\.)*\")")


def _normal(span: str) -> str:
    """A span as one line: the page wraps long spans."""
    return " ".join(span.split())


def _has_cue(span: str) -> bool:
    if len(span.split()) < 2:
        return False
    return any(word.lower() in CUE_WORDS for word in WORD.findall(span)) or bool(PHRASE_CUES.search(span))


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _table_examples(prose: str) -> Iterator[str]:
    """Code spans of two or more words in the ``pattern`` column of a table."""
    header: list[str] = []
    for line in prose.splitlines():
        if not line.startswith("|"):
            header = []
        elif not header:
            header = _cells(line)
        elif "pattern" in header and not line.startswith("| ---"):
            pattern = _cells(line)[header.index("pattern")]
            yield from (span for span in INLINE_CODE.findall(pattern) if len(span.split()) >= 2)


def _prose_examples(prose: str) -> Iterator[str]:
    yield from _table_examples(prose)
    for span in INLINE_CODE.findall(prose):
        if QUOTATION_MARK.search(span) or _has_cue(span):
            yield span


def _block_examples(language: str, block: str) -> Iterator[str]:
    if language == "python":
        for line in block.splitlines():
            if line.startswith(">>>"):
                yield from (ast.literal_eval(literal) for literal in EXTRACT_CALL.findall(line))
        return
    for line in block.splitlines():
        opening = line.find("“")
        if opening >= 0:
            yield from re.split(r"\s{2,}", line[opening:].strip())


def doc_examples(page: str) -> set[str]:
    """The attribution examples the page shows, each on one line."""
    examples = [example for language, block in FENCE.findall(page) for example in _block_examples(language, block)]
    examples.extend(_prose_examples(FENCE.sub("", page)))
    return {_normal(example) for example in examples} - NOT_EXAMPLES


def _cases() -> list[dict[str, Any]]:
    return load_cases(CASES)


def _sections(page: str) -> set[str]:
    """The page's headings, and each heading's part before a colon (``Attribution``)."""
    headings = [line.lstrip("#").strip() for line in FENCE.sub("", page).splitlines() if line.startswith("#")]
    return set(headings) | {heading.split(":")[0] for heading in headings}


def test_case_file_is_well_formed() -> None:
    cases = _cases()
    assert_unique_labels(cases, CASES.name)
    sections = _sections(PAGE.read_text(encoding="utf-8"))
    for case in cases:
        label = case["label"]
        assert_attribution_case_well_formed(case, CASE_KEYS)
        section = re.split(r"[,:]", label)[0]
        assert section in sections, f"{label}: the label does not open with a section of the page"
        assert case.get("doc_examples"), f"{label}: stands for no example of the page"


def test_every_doc_example_has_a_case() -> None:
    covered = {_normal(example) for case in _cases() for example in case["doc_examples"]}
    missing = sorted(doc_examples(PAGE.read_text(encoding="utf-8")) - covered)
    assert not missing, (
        f"docs/attribution.md shows examples no case in tests/cases/{CASES.name} stands for; "
        "write each out as a full sentence there and list the span in its doc_examples:\n  " + "\n  ".join(missing)
    )


def test_every_case_example_is_on_the_page() -> None:
    shown = doc_examples(PAGE.read_text(encoding="utf-8"))
    stale = sorted(
        f"{case['label']}: {example}"
        for case in _cases()
        for example in case["doc_examples"]
        if _normal(example) not in shown
    )
    assert not stale, "cases stand for examples docs/attribution.md does not show (any more):\n  " + "\n  ".join(stale)


def test_the_page_shows_examples() -> None:
    """The rules still find examples: a page edit that hides them all would pass vacuously."""
    assert len(doc_examples(PAGE.read_text(encoding="utf-8"))) >= 80


@pytest.mark.parametrize("case", case_params(_cases()))
def test_doc_case(case: dict[str, Any]) -> None:
    check_attribution_case(case)
