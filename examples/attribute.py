"""Who said what in the demo article: each quote's kind, speaker, rule, venue, relaying outlet and date.

    python examples/attribute.py [PATH] [--published YYYY-MM-DD]

Without a path it reads ``seeds/000_014d4eb2fc7f5c0c.txt`` next to this directory.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import quoteattr
from quoteattr.models import Quote

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_014d4eb2fc7f5c0c.txt"


def describe(quote: Quote) -> str:
    """One block per quote: the text, then who and how, on one line each."""
    text = quote.text if len(quote.text) <= 90 else quote.text[:87] + "..."
    if quote.speaker is None:
        who = "(no speaker)"
    else:
        who = f"{quote.speaker.mention!r} -> {quote.speaker.name} ({quote.speaker.resolution})"
    rule = f"{quote.attribution.rule} {quote.attribution.confidence:.2f}" if quote.attribution else "-"
    venue = f"{quote.venue.kind}: {quote.venue.text!r}" if quote.venue else "-"
    via = quote.via.name if quote.via else "-"
    date = quote.date.isoformat() if quote.date else "-"
    pieces = f", {len(quote.pieces)} pieces" if len(quote.pieces) > 1 else ""
    return (
        f"[{quote.kind}{pieces}] {text}\n"
        f"    speaker: {who}\n"
        f"    rule: {rule} | venue: {venue} | via: {via} | date: {date}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Print the attributed quotes of one article.")
    parser.add_argument("path", nargs="?", type=Path, default=SEED)
    parser.add_argument("--published", default=None, help="publication date, YYYY-MM-DD")
    args = parser.parse_args()
    doc = quoteattr.extract(args.path.read_text(encoding="utf-8"), doc_id=args.path.stem, published=args.published)
    for quote in doc.quotes:
        print(describe(quote))
    attributed = sum(quote.speaker is not None for quote in doc.quotes)
    print(f"\n{len(doc.quotes)} records, {attributed} with a speaker")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
