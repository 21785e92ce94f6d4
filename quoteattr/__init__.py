"""quoteattr: who said what, where and when, in news text.

>>> import quoteattr
>>> quoteattr.extract('“We need a global NATO,” Truss said.').quotes[0].text
'We need a global NATO,'

Each public name is imported when first used (PEP 562), so ``import quoteattr`` and the command
line's ``--version`` or ``--help`` do not load the pipeline, its grammars and its models.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from quoteattr._version import __version__

if TYPE_CHECKING:  # what type checkers and editors see; at run time, __getattr__ below
    from quoteattr.cluster import ClusterConfig, cluster, cluster_documents, cluster_items, compare
    from quoteattr.corpus import run_corpus
    from quoteattr.errors import InputError, QuoteattrError
    from quoteattr.extract import extract
    from quoteattr.index import QuoteIndex
    from quoteattr.models import (
        Attribution,
        ClusterMember,
        Cue,
        Document,
        ParseWarning,
        Quote,
        QuoteCluster,
        Span,
        Speaker,
        SpeakerEntity,
        Venue,
        Via,
    )
    from quoteattr.names import NameMatch, ParsedName, match_names, parse_name, same_person
    from quoteattr.outputs.html import to_html
    from quoteattr.outputs.table import to_frame
    from quoteattr.spans import ParseResult, QuoteSpan, pair_quotes
    from quoteattr.speakers import link_speakers

_HOMES = {
    "quoteattr.cluster": ("ClusterConfig", "cluster", "cluster_documents", "cluster_items", "compare"),
    "quoteattr.corpus": ("run_corpus",),
    "quoteattr.errors": ("InputError", "QuoteattrError"),
    "quoteattr.extract": ("extract",),
    "quoteattr.index": ("QuoteIndex",),
    "quoteattr.models": (
        "Attribution",
        "ClusterMember",
        "Cue",
        "Document",
        "ParseWarning",
        "Quote",
        "QuoteCluster",
        "Span",
        "Speaker",
        "SpeakerEntity",
        "Venue",
        "Via",
    ),
    "quoteattr.names": ("NameMatch", "ParsedName", "match_names", "parse_name", "same_person"),
    "quoteattr.outputs.html": ("to_html",),
    "quoteattr.outputs.table": ("to_frame",),
    "quoteattr.spans": ("ParseResult", "QuoteSpan", "pair_quotes"),
    "quoteattr.speakers": ("link_speakers",),
}
_HOME = {name: module for module, names in _HOMES.items() for name in names}
"""The module each public name lives in."""

__all__ = [
    "Attribution",
    "ClusterConfig",
    "ClusterMember",
    "Cue",
    "Document",
    "InputError",
    "NameMatch",
    "ParseResult",
    "ParseWarning",
    "ParsedName",
    "Quote",
    "QuoteCluster",
    "QuoteIndex",
    "QuoteSpan",
    "QuoteattrError",
    "Span",
    "Speaker",
    "SpeakerEntity",
    "Venue",
    "Via",
    "__version__",
    "cluster",
    "cluster_documents",
    "cluster_items",
    "compare",
    "extract",
    "link_speakers",
    "match_names",
    "pair_quotes",
    "parse_name",
    "run_corpus",
    "same_person",
    "to_frame",
    "to_html",
]


def __getattr__(name: str) -> Any:
    """Import a public name on first use, and keep it, so later uses are plain attribute reads."""
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'quoteattr' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """The package, whose functions named like their modules (``extract``, ``cluster``) stay functions.

    Importing the module ``quoteattr.extract`` sets the package's attribute ``extract`` to that module;
    the public name is the function, as ``quoteattr.extract(text)`` calls it, so the function is kept.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _HOME.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
