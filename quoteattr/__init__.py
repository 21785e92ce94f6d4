"""quoteattr: who said what, where and when, in news text.

>>> import quoteattr
>>> quoteattr.extract('“We need a global NATO,” Truss said.').quotes[0].text
'We need a global NATO,'
"""

from quoteattr._version import __version__
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
