"""The package's front door: every public name importable, loaded only when first used."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", quoteattr.__all__)
def test_every_public_name_imports(name: str) -> None:
    """``from quoteattr import X`` works for every name of ``__all__``, and gives the object of its module."""
    value = getattr(importlib.import_module("quoteattr"), name)
    namespace: dict[str, object] = {}
    exec(f"from quoteattr import {name}", namespace)
    assert namespace[name] is value
    assert name in dir(quoteattr)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'extracts'"):
        quoteattr.extracts  # noqa: B018
    with pytest.raises(ImportError):
        exec("from quoteattr import extracts", {})


def _fresh(code: str) -> str:
    """Standard output of ``code`` run in a new interpreter on this checkout."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_import_loads_nothing_until_used() -> None:
    """Start-up: ``import quoteattr`` loaded every module (and pydantic, the grammars) before its first use."""
    code = "import sys, quoteattr; print(sorted(m for m in sys.modules if m.startswith(('quoteattr.', 'pydantic'))))"
    assert _fresh(code) == "['quoteattr._version']"


def test_the_command_line_version_loads_no_pipeline() -> None:
    """``quoteattr --version`` and ``--help`` answer without importing the models, the grammars or the pipeline."""
    for option in ("--version", "--help"):
        code = (
            "import sys, contextlib, io\nfrom quoteattr.cli import main\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main([{option!r}])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('quoteattr.', 'pydantic', 'regex'))))"
        )
        assert _fresh(code) == "['quoteattr._version', 'quoteattr.cli', 'quoteattr.errors']", option


def test_functions_named_like_their_modules_stay_functions() -> None:
    """Importing the module ``quoteattr.extract`` (or ``quoteattr.cluster``) leaves ``quoteattr.extract`` the
    function, as it was when the package imported everything at once."""
    code = (
        "import quoteattr.extract, quoteattr.cluster, quoteattr\n"
        "print(callable(quoteattr.extract), quoteattr.extract.__module__, quoteattr.cluster.__module__)\n"
        "print(quoteattr.extract('“Yes,” she said.').quotes[0].text)"
    )
    assert _fresh(code) == "True quoteattr.extract quoteattr.cluster\nYes,"
