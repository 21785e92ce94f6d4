"""Extract the demo articles in seeds/, link their speakers and print the quotes that form clusters.

Run from the repository root::

    python examples/cluster_seeds.py

Each cluster is one utterance: its speaker, where it was seen first, and every rendering with
the reason it belongs (variant, fragment, paraphrase...).  The same words join whoever is named;
weaker matches (a variant, a paraphrase) need the speakers to agree.
"""

from __future__ import annotations

from pathlib import Path

import quoteattr

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> int:
    documents = [quoteattr.extract(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in sorted(SEEDS.glob("*.txt"))]
    documents, clusters = quoteattr.cluster_documents(documents)
    quotes = {q.id: q for d in documents for q in d.quotes}
    shared = [c for c in clusters if len(c.members) > 1]
    attributed = sum(1 for q in quotes.values() if q.speaker is not None)
    print(f"{len(documents)} articles, {len(quotes)} quotes ({attributed} attributed), {len(clusters)} clusters")
    for cluster in shared:
        first = f"{cluster.first_doc} {cluster.first_date or ''}".strip()
        print(f"\n{cluster.id}  {cluster.speaker or '(unattributed)'}  first seen: {first}")
        for member in cluster.members:
            text = quotes[member.quote].text
            short = text if len(text) <= 90 else text[:87] + "..."
            print(f"  {member.reason:<14} {member.similarity:4.2f}  {member.doc[:12]:<12}  {short}")
    if not shared:
        print("no utterance is quoted twice yet")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
