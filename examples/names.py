"""Who is who: the demo articles' spellings of one person, matched and linked.

    python examples/names.py

First each pair of spellings from the two articles in ``seeds/`` goes through
:func:`quoteattr.match_names`, which says how alike the names are, whether they
name one person and why; then the speakers of both articles, as the press
printed them, are linked into one entity per person with
:func:`quoteattr.link_speakers`.
"""

from __future__ import annotations

from quoteattr import Document, Quote, Span, Speaker, link_speakers, match_names, parse_name

PAIRS = [
    ("Sergei Yermakov", "Ermakov"),
    ("Annalena Baerbock", "German Foreign Minister Annalena Berbock"),
    ("Antony Blinken", "U.S. Secretary of State Anthony Blinken"),
    ("British Foreign Secretary Liz Truss", "Truss’"),
    ("UK Foreign Secretary Liz Truss", "Liz Truss"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Tsai Ing-wen", "Tsai Ingwen"),
    # Not the same person, however alike.
    ("Bill Clinton", "Hillary Clinton"),
    ("Donald Trump", "Donald Trump Jr."),
    ("Boris Johnson", "Lyndon Johnson"),
]

# The speakers of the two demo articles, in the order they speak.
ARTICLES = {
    "rt": [
        "British Foreign Secretary Liz Truss",
        "Truss",
        "the head of British diplomacy",
        "U.S. Secretary of State Anthony Blinken",
        "Blinken",
        "German Foreign Minister Annalena Berbock",
        "Russian Foreign Minister Sergei Lavrov",
        "Lavrov",
        "Sergei Yermakov",
        "Ermakov",
        "Pavel Feldman",
        "Feldman’s",
    ],
    "wion": [
        "UK Foreign Secretary Liz Truss",
        "Truss’",
        "UK Prime Minister Boris Johnson",
        "Antony Blinken",
        "Annalena Baerbock",
    ],
}


def article(doc_id: str, names: list[str]) -> Document:
    """A stand-in article: one quote per speaker, “Words.” NAME said."""
    text, quotes = "", []
    for number, name in enumerate(names):
        start = len(text) + 1
        text += "\N{LEFT DOUBLE QUOTATION MARK}Words.\N{RIGHT DOUBLE QUOTATION MARK} "
        resolution = "name" if parse_name(name).has_name else "description"
        speaker = Speaker(name=name, mention=name, start=len(text), end=len(text) + len(name), resolution=resolution)
        text += name + " said. "
        quotes.append(
            Quote(
                doc=doc_id,
                id=f"{doc_id}:q{number}",
                kind="direct",
                text="Words.",
                start=start,
                end=start + 6,
                pieces=[Span(start=start, end=start + 6)],
                speaker=speaker,
            )
        )
    return Document(doc_id=doc_id, text=text, quotes=quotes)


def main() -> int:
    print("Name pairs")
    for a, b in PAIRS:
        match = match_names(a, b)
        verdict = "same" if match.same else "apart"
        print(f"  {verdict:5} {match.score:.2f}  {a!r} / {b!r}\n                {match.reason}")

    print("\nSpeakers of both articles, linked")
    linked = link_speakers([article(doc_id, names) for doc_id, names in ARTICLES.items()])
    entities = {entity.id: entity for doc in linked for entity in doc.speakers}
    for entity in sorted(entities.values(), key=lambda e: -e.mentions):
        printed = sorted(
            {q.speaker.mention for doc in linked for q in doc.quotes if q.speaker and q.speaker.id == entity.id}
        )
        print(f"  {entity.id:18} {entity.name:18} {entity.mentions} mentions, roles {entity.roles}")
        print(f"  {'':18} printed as: {', '.join(printed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
