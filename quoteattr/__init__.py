"""quoteattr: who said what, where and when, in news text.

>>> import quoteattr
>>> quoteattr.extract('“We need a global NATO,” Truss said.').quotes[0].text
'We need a global NATO,'
"""

from quoteattr._version import __version__
from quoteattr.errors import InputError, QuoteattrError
from quoteattr.extract import extract
from quoteattr.models import (
    Attribution,
    Cue,
    Document,
    ParseWarning,
    Quote,
    Span,
    Speaker,
    SpeakerEntity,
    Venue,
    Via,
)
from quoteattr.spans import ParseResult, QuoteSpan, pair_quotes

__all__ = [
    "Attribution",
    "Cue",
    "Document",
    "InputError",
    "ParseResult",
    "ParseWarning",
    "Quote",
    "QuoteSpan",
    "QuoteattrError",
    "Span",
    "Speaker",
    "SpeakerEntity",
    "Venue",
    "Via",
    "__version__",
    "extract",
    "pair_quotes",
]
