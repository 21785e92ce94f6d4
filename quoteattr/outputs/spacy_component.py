"""A spaCy pipeline component: ``nlp.add_pipe("quoteattr")`` sets ``doc._.quotes``.

Needs the ``spacy`` extra (``pip install 'quoteattr[spacy]'``).  The component works on any
pipeline, ``spacy.blank("en")`` included, so no model has to be downloaded: quoteattr does its own
segmentation and attribution on ``doc.text`` and maps the records onto the tokens.  The language
is the pipeline's when quoteattr has a grammar for it, else detected from the text.

Each item of ``doc._.quotes`` is a :class:`spacy.tokens.Span` over a record's whole extent (expanded
to token boundaries), with ``span._.record`` the :class:`~quoteattr.models.Quote` (offsets into
``doc.text``) and ``span._.speaker`` the span of its speaker mention, or ``None``.

Importing this module registers the component; the ``spacy_factories`` entry point makes spaCy
import it by itself when a pipeline asks for ``"quoteattr"``.
"""

from __future__ import annotations

from typing import Any

from quoteattr.errors import InputError, MissingExtraError
from quoteattr.extract import extract
from quoteattr.lang import get_language

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError:  # pragma: no cover - depends on the environment
    raise MissingExtraError("the spaCy component needs spaCy: pip install 'quoteattr[spacy]'") from None

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Span.has_extension("record"):
    Span.set_extension("record", default=None)
if not Span.has_extension("speaker"):
    Span.set_extension("speaker", default=None)


def _language_code(nlp: Any) -> str | None:
    """The pipeline's language if quoteattr has it, else ``None`` (detect from each text)."""
    try:
        return get_language(str(nlp.lang)).code
    except InputError:
        return None


class QuoteattrComponent:
    """Extracts the quotes of each doc and attaches them as spans (see the module docstring)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang

    def __call__(self, doc: Any) -> Any:
        document = extract(doc.text, lang=self.lang)
        spans = []
        for quote in document.quotes:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None:  # an empty quotation between two tokens
                continue
            span._.record = quote
            if quote.speaker is not None:
                span._.speaker = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
            spans.append(span)
        doc._.quotes = spans
        return doc


@Language.factory("quoteattr")
def make_quoteattr(nlp: Any, name: str) -> QuoteattrComponent:
    """Build the component for ``nlp``: ``nlp.add_pipe("quoteattr")``."""
    return QuoteattrComponent(_language_code(nlp))
