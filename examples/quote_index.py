"""Build a quote index in a temporary directory, add the demo articles, and query it.

Run from the repository root::

    python examples/quote_index.py

The same steps on the command line::

    quoteattr index add quotes.db seeds/
    quoteattr index search quotes.db "NATO must have a global outlook"
    quoteattr index who quotes.db "Truss"
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from quoteattr.index import QuoteIndex

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp, QuoteIndex(Path(tmp) / "quotes.db") as index:
        report = index.add_paths([SEEDS])
        print(f"added {report.articles} articles, {report.quotes} quotes: {index.stats()}")
        print('\nsearch "NATO must have a global outlook":')
        for hit in index.search("NATO must have a global outlook", limit=3):
            cluster = hit.cluster
            print(
                f"  {hit.score:.2f} {cluster.speaker or '(unattributed)'} x{len(cluster.members)}, "
                f"first in {cluster.first_doc} {cluster.first_date or ''}"
            )
            print(f"       {cluster.text[:100]}")
        print('\nwho "Truss":')
        for cluster in index.who("Truss", limit=5):
            print(f"  x{len(cluster.members)} {cluster.text[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
