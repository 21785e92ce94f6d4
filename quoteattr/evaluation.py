"""Map records to the attribution-scoring prediction format.

One prediction per record, skipping ``term`` records without a speaker, and
``partial``/``term`` records that lie inside another record with the same
speaker (that claim is already counted).
"""

from __future__ import annotations

import bisect
from typing import Any

from quoteattr.models import Document, Quote


def _containers(doc: Document) -> dict[str | None, tuple[list[int], list[Quote]]]:
    """Direct and indirect records by speaker name, sorted by start, for containment lookups."""
    groups: dict[str | None, list[Quote]] = {}
    for quote in doc.quotes:
        if quote.kind in ("direct", "indirect"):
            groups.setdefault(quote.speaker.name if quote.speaker else None, []).append(quote)
    return {
        name: ([q.start for q in quotes], quotes)
        for name, quotes in ((name, sorted(quotes, key=lambda q: q.start)) for name, quotes in groups.items())
    }


def _inside_same_speaker(quote: Quote, containers: dict[str | None, tuple[list[int], list[Quote]]]) -> bool:
    starts, quotes = containers.get(quote.speaker.name if quote.speaker else None, ([], []))
    k = bisect.bisect_right(starts, quote.start)
    # Records of one speaker seldom nest deeply: the few that start before this one are checked.
    return any(other is not quote and quote.end <= other.end for other in quotes[max(0, k - 16) : k])


def predictions_for(doc: Document) -> list[dict[str, Any]]:
    """The prediction rows for one document.

    >>> import quoteattr
    >>> rows = predictions_for(quoteattr.extract('“We will win,” she said.'))
    >>> rows[0]["direct"], rows[0]["start"], rows[0]["end"]
    (True, 1, 13)
    """
    rows: list[dict[str, Any]] = []
    containers = _containers(doc)
    quotations = sorted((q for q in doc.quotes if q.kind != "indirect"), key=lambda q: q.start)
    quotation_starts = [q.start for q in quotations]
    for quote in doc.quotes:
        if quote.kind == "term" and quote.speaker is None:
            continue
        if quote.kind in ("partial", "term") and _inside_same_speaker(quote, containers):
            continue
        k = bisect.bisect_left(quotation_starts, quote.start)
        holds_quote = False
        while k < len(quotations) and quotations[k].start <= quote.end:
            if quotations[k].end <= quote.end:
                holds_quote = True
                break
            k += 1
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
