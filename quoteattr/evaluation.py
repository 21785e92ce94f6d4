"""Map records to the attribution-scoring prediction format.

One prediction per record, skipping ``term`` records without a speaker, and
``partial``/``term`` records that lie inside another record with the same
speaker (that claim is already counted).
"""

from __future__ import annotations

from typing import Any

from quoteattr.models import Document, Quote


def _inside_same_speaker(quote: Quote, others: list[Quote]) -> bool:
    name = quote.speaker.name if quote.speaker else None
    return any(
        other is not quote
        and other.kind in ("direct", "indirect")
        and other.start <= quote.start
        and quote.end <= other.end
        and (other.speaker.name if other.speaker else None) == name
        for other in others
    )


def predictions_for(doc: Document) -> list[dict[str, Any]]:
    """The prediction rows for one document.

    >>> import quoteattr
    >>> rows = predictions_for(quoteattr.extract('“We will win,” she said.'))
    >>> rows[0]["direct"], rows[0]["start"], rows[0]["end"]
    (True, 1, 13)
    """
    rows: list[dict[str, Any]] = []
    for quote in doc.quotes:
        if quote.kind == "term" and quote.speaker is None:
            continue
        if quote.kind in ("partial", "term") and _inside_same_speaker(quote, doc.quotes):
            continue
        holds_quote = any(
            other.kind != "indirect" and quote.start <= other.start and other.end <= quote.end for other in doc.quotes
        )
        rows.append(
            {
                "start": quote.start,
                "end": quote.end,
                "direct": quote.kind in ("direct", "partial") or holds_quote,
                "speaker": quote.speaker.name if quote.speaker else None,
                "speaker_start": quote.speaker.start if quote.speaker else None,
                "speaker_end": quote.speaker.end if quote.speaker else None,
            }
        )
    return rows
