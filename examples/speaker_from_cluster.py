"""A quotation printed without its speaker learns it from another article's rendering.

Run from the repository root::

    python examples/speaker_from_cluster.py

Two outlets carry the same sentence: one says who said it, the other quotes it bare.  The words
alone put both renderings in one cluster (the same twelve words, whoever is named), and the bare one
takes the cluster's speaker, marked ``resolution="cluster"`` with the quote it came from.  A third
article giving the same words to someone else would be kept and reported as a conflict instead.
"""

from __future__ import annotations

import quoteattr

ARTICLES = {
    "wire": "“We will stand with Ukraine for as long as it takes, whatever the cost,” Liz Truss said on Tuesday.",
    "daily": "Britain is firm. “We will stand with Ukraine for as long as it takes, whatever the cost.”",
}


def main() -> int:
    documents = [quoteattr.extract(text, doc_id=name) for name, text in ARTICLES.items()]
    before = documents[1].quotes[0].speaker
    print(f"daily, before clustering: speaker {before.name if before else None}")
    documents, clusters = quoteattr.cluster_documents(documents)
    quote = documents[1].quotes[0]
    speaker = quote.speaker
    assert speaker is not None, "the bare rendering should have learnt its speaker"
    print(f"daily, after clustering:  speaker {speaker.name} (resolution {speaker.resolution}, from {speaker.source})")
    cluster = next(c for c in clusters if c.id == quote.cluster)
    print(f"cluster {cluster.id}: {len(cluster.members)} renderings, speakers seen {cluster.speakers}")
    print(f"conflicts: {cluster.conflicts or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
