"""The front door: text in, a :class:`~quoteattr.models.Document` out.

The pipeline, one stage per module: :mod:`~quoteattr.text` (paragraphs and
sentences) -> :mod:`~quoteattr.marks` -> :mod:`~quoteattr.spans` (pairing) ->
:mod:`~quoteattr.kinds` -> :mod:`~quoteattr.attribution` -> records.
"""

from __future__ import annotations

import datetime as dt

from quoteattr.errors import InputError
from quoteattr.models import Document, ParseWarning, Quote, Span
from quoteattr.spans import pair_quotes
from quoteattr.text import Index


def _check_text(text: object) -> str:
    if isinstance(text, bytes | bytearray):
        raise InputError("extract() takes str, not bytes: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise InputError(f"extract() takes str, got {type(text).__name__}")
    return text


def _check_date(published: object) -> dt.date | None:
    if published is None or (isinstance(published, dt.date) and not isinstance(published, dt.datetime)):
        return published
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(f"published must be an ISO date like 2022-04-29, got {published!r}") from None
    raise InputError(f"published must be a date or an ISO date string, got {type(published).__name__}")


def extract(text: str, *, doc_id: str | None = None, published: dt.date | str | None = None) -> Document:
    """Every quotation in ``text``, with exact offsets.

    >>> doc = extract('“Yes,” she said.')
    >>> doc.quotes[0].text, doc.quotes[0].start, doc.quotes[0].end
    ('Yes,', 1, 5)
    """
    text = _check_text(text)
    published = _check_date(published)
    doc = doc_id or "doc"
    index = Index(text)
    parsed = pair_quotes(text, index.paragraphs)
    quotes = []
    for number, span in enumerate(parsed.quotes):
        pieces = [Span(start=s, end=e) for s, e in span.pieces]
        quotes.append(
            Quote(
                doc=doc,
                id=f"{doc}:q{number}",
                kind="direct",
                text=" ".join(text[s:e] for s, e in span.pieces),
                start=span.start,
                end=span.end,
                pieces=pieces,
                depth=span.depth,
                unclosed=span.unclosed,
                paragraph=span.paragraph,
            )
        )
    warnings = [ParseWarning(offset=o, mark=m, message=msg) for o, m, msg in parsed.warnings]
    return Document(doc_id=doc, text=text, published=published, quotes=quotes, warnings=warnings)
