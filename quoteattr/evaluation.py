"""Map records to the attribution-scoring prediction format.

One prediction per record, skipping ``term`` records without a speaker, and any
record that lies inside another record with the same speaker: a claim and the
quoted fragment inside it, or a clause and the claim it restates, are one report,
already counted by the record around them.  Records of different speakers may nest
("Clinton said Trump claimed that ...") and are all kept.
"""

from __future__ import annotations

import bisect
from typing import Any

from quoteattr.models import Document, Quote


def _containers(doc: Document) -> dict[str | None, tuple[list[int], list[tuple[int, Quote]]]]:
    """Records by speaker name, sorted by start, each with its place in the document, for containment lookups."""
    groups: dict[str | None, list[tuple[int, Quote]]] = {}
    for order, quote in enumerate(doc.quotes):
        if quote.kind == "term" and quote.speaker is None:
            continue  # never a prediction, so never the report around another
        groups.setdefault(quote.speaker.name if quote.speaker else None, []).append((order, quote))
    return {
        name: ([q.start for _, q in quotes], quotes)
        for name, quotes in ((name, sorted(quotes, key=lambda pair: pair[1].start)) for name, quotes in groups.items())
    }


def _inside_same_speaker(
    order: int, quote: Quote, containers: dict[str | None, tuple[list[int], list[tuple[int, Quote]]]]
) -> bool:
    """Whether another record of the same speaker holds this one; of two records with one span, the first stays."""
    starts, quotes = containers.get(quote.speaker.name if quote.speaker else None, ([], []))
    k = bisect.bisect_right(starts, quote.start)
    # Records of one speaker seldom nest deeply: the few that start before this one are checked.
    for other_order, other in quotes[max(0, k - 16) : k]:
        if other is quote or quote.end > other.end:
            continue
        if (other.start, other.end) != (quote.start, quote.end) or other_order < order:
            return True
    return False


def predictions_for(doc: Document) -> list[dict[str, Any]]:
    """The prediction rows for one document.

    >>> import quoteattr
    >>> rows = predictions_for(quoteattr.extract('“We will win,” she said.'))
    >>> rows[0]["direct"], rows[0]["start"], rows[0]["end"]
    (True, 1, 13)

    A claim and the belief it reports are one row; a claim of someone else inside it is a row of its own:

    >>> def speakers(text: str) -> list[str]:
    ...     return [row["speaker"] for row in predictions_for(quoteattr.extract(text))]
    >>> speakers("Trump said he thinks the plan will fail.")
    ['Trump']
    >>> speakers("Clinton said that Trump claimed the plan would fail.")
    ['Clinton', 'Trump']

    A claim is direct when it holds somebody's quoted words; a name or title in quotes (a ``term``)
    does not make it so:

    >>> text = "Der Minister sagte, die Firma „Omni-Sport“ habe keine Bilanz vorgelegt."
    >>> [row["direct"] for row in predictions_for(quoteattr.extract(text, lang="de"))]
    [False]
    """
    rows: list[dict[str, Any]] = []
    containers = _containers(doc)
    quotations = sorted((q for q in doc.quotes if q.kind not in ("indirect", "term")), key=lambda q: q.start)
    quotation_starts = [q.start for q in quotations]
    for order, quote in enumerate(doc.quotes):
        if quote.kind == "term" and quote.speaker is None:
            continue
        if _inside_same_speaker(order, quote, containers):
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
