"""Every script in ``examples/`` runs and prints something, and the docs match the code.

So no example can rot: the ``>>>`` examples in every page of ``docs/`` run as
doctests, and the output ``docs/parsing.md`` shows for ``examples/parse_marks.py``
is that script's output today.
"""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((REPO / "examples").glob("*.py"))
PARSING_DOC = REPO / "docs" / "parsing.md"
DOC_PAGES = sorted((REPO / "docs").glob("*.md"))
OUTPUT_MARKER = "<!-- output of examples/parse_marks.py -->"


def run_example(script: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script.relative_to(REPO))],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def test_there_are_examples() -> None:
    assert EXAMPLES, "examples/ holds no scripts"


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(script: Path) -> None:
    done = run_example(script)
    assert done.returncode == 0, f"{script.name} failed:\n{done.stderr}"
    assert done.stdout.strip(), f"{script.name} printed nothing"


@pytest.mark.parametrize("page", DOC_PAGES, ids=lambda p: p.name)
def test_doc_examples_run(page: Path) -> None:
    failures, _ = doctest.testfile(str(page), module_relative=False, encoding="utf-8", report=True)
    assert failures == 0, f"docs/{page.name} shows stale examples"


def test_the_docs_hold_examples() -> None:
    tried = sum(
        doctest.testfile(str(page), module_relative=False, encoding="utf-8", report=False).attempted
        for page in DOC_PAGES
    )
    assert tried >= 30


def test_parsing_doc_shows_the_example_output() -> None:
    doc = PARSING_DOC.read_text(encoding="utf-8")
    block = doc.split(OUTPUT_MARKER, 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    done = run_example(REPO / "examples" / "parse_marks.py")
    assert done.returncode == 0
    assert block == done.stdout, "docs/parsing.md shows stale output: paste the output of examples/parse_marks.py"
