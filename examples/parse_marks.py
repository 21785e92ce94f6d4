"""How quoteattr reads quotation marks: conventions, paragraphs, apostrophes, warnings.

Run it from the repository root::

    python examples/parse_marks.py

Every quotation mark of every text ends up in exactly one place: in a quote (its
``marks``), among the apostrophes, or in a warning that names its offset.
"""

from __future__ import annotations

import quoteattr

CONVENTIONS = {
    "English": "“We will not back down,” the minister said, calling the plan ‘unworkable’.",
    "German": "Die Kanzlerin sagte: „Wir nennen das ‚Verantwortung‘.“ Er schrieb: »Nein.«",
    "French": "Le maire a déclaré : « Nous ne céderons pas ». Elle parle d’un ‹ accord ›.",
    "Russian": "«Он назвал это „провокацией“», — сказал представитель.",
    "Swedish": "”Vi står fast vid beslutet”, sa hon. Han sa: »Vi går vidare».",
    "Japanese": "官房長官は「報告書には『重大な懸念』と書かれている」と説明した。",
    "Newswire": "``We are confident,'' the official said. ''So are we,'' said another.",
}

MULTI_PARAGRAPH = (
    "The governor spoke for an hour.\n\n"
    "“We have cut waiting times.\n\n"
    "“We have hired more nurses.\n\n"
    "“And we are not finished,” she said."
)

APOSTROPHES = "‘Truss’ remarks don’t change the ’90s rock ’n’ roll rules,’ O’Neill said."

MESSY = "“We will appeal, the lawyer said.\n\nThe court adjourned. Officials said it was over” and left."


def show_quotes(text: str) -> None:
    """Print each quote of ``text`` with its depth, pieces and the offsets of its marks."""
    result = quoteattr.pair_quotes(text)
    for quote in result.quotes:
        pieces = " | ".join(text[start:end] for start, end in quote.pieces)
        flag = " (unclosed)" if quote.unclosed else ""
        print(f"    depth {quote.depth}: {pieces!r}{flag}  marks at {quote.marks}")
    if result.apostrophes:
        print(f"    apostrophes at {result.apostrophes}: {[text[o] for o in result.apostrophes]}")
    for offset, mark, message in result.warnings:
        print(f"    warning at {offset} ({mark}): {message}")


def main() -> None:
    print("Typographic conventions")
    for language, text in CONVENTIONS.items():
        print(f"  {language}: {text}")
        show_quotes(text)

    print("\nA quote over three paragraphs is one record with one piece per paragraph")
    quote = quoteattr.extract(MULTI_PARAGRAPH).quotes[0]
    for piece in quote.pieces:
        print(f"    [{piece.start}:{piece.end}] {MULTI_PARAGRAPH[piece.start : piece.end]!r}")
    print(f"    text: {quote.text!r}")

    print("\nApostrophes are not quotation marks")
    print(f"  {APOSTROPHES}")
    show_quotes(APOSTROPHES)

    print("\nAn unclosed quote ends at its paragraph; a stray mark becomes a warning")
    print(f"  {MESSY!r}")
    show_quotes(MESSY)
    for warning in quoteattr.extract(MESSY).warnings:
        print(f"    Document.warnings: offset {warning.offset} {warning.mark!r} {warning.message}")


if __name__ == "__main__":
    main()
