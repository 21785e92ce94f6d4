"""Quote records as flat rows: CSV for spreadsheets, a pandas DataFrame for notebooks.

A record nests its speaker, cue, venue and via; a table cannot, so each nested field becomes a
column named ``<field>_<subfield>`` (``speaker_name``, ``venue_kind``), empty when the record has
none.  The columns are fixed, in :data:`COLUMNS`, so a file with no records still has its header
and two runs always line up.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

from quoteattr.errors import MissingExtraError
from quoteattr.models import Document, Quote, Span

if TYPE_CHECKING:  # pragma: no cover - pandas is an optional extra
    import pandas

Cell = str | int | float | bool | None


def quote_row(quote: Quote, lang: str = "") -> dict[str, Cell]:
    """One record as a flat row keyed by :data:`COLUMNS`; a missing nested field gives empty cells.

    Nested fields become ``<field>_<subfield>`` columns; ``pieces`` holds ``start-end`` of each
    piece, separated by ``;`` (a split quote has several).

    >>> from quoteattr import extract
    >>> row = quote_row(extract('“We will win,” Anna Berg said.').quotes[0], "en")
    >>> row["speaker_name"], row["rule"], row["pieces"]
    ('Anna Berg', 'trailing-said', '1-13')
    >>> quote_row(extract('He called it “a mess”.').quotes[0])["venue_kind"] is None
    True
    """
    speaker, cue, venue, via, rule = quote.speaker, quote.cue, quote.venue, quote.via, quote.attribution
    return {
        "doc": quote.doc,
        "id": quote.id,
        "lang": lang,
        "kind": quote.kind,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "pieces": ";".join(f"{p.start}-{p.end}" for p in quote.pieces),
        "depth": quote.depth,
        "unclosed": quote.unclosed,
        "paragraph": quote.paragraph,
        "speaker_name": speaker.name if speaker else None,
        "speaker_mention": speaker.mention if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_resolution": speaker.resolution if speaker else None,
        "speaker_id": speaker.id if speaker else None,
        "cue_text": cue.text if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "venue_text": venue.text if venue else None,
        "venue_kind": venue.kind if venue else None,
        "venue_outlet": venue.outlet if venue else None,
        "venue_start": venue.start if venue else None,
        "venue_end": venue.end if venue else None,
        "via_name": via.name if via else None,
        "via_start": via.start if via else None,
        "via_end": via.end if via else None,
        "date": quote.date.isoformat() if quote.date else None,
        "rule": rule.rule if rule else None,
        "confidence": rule.confidence if rule else None,
        "cluster": quote.cluster,
    }


_BLANK = Quote(doc="", id="", kind="term", text="", start=0, end=0, pieces=[Span(start=0, end=0)])
COLUMNS: tuple[str, ...] = tuple(quote_row(_BLANK))
"""The columns of every table, in order: the keys of :func:`quote_row`, so the two cannot drift apart."""


def rows(documents: Iterable[Document]) -> Iterator[dict[str, Cell]]:
    """Every record of ``documents`` as a row, in document then text order."""
    for document in documents:
        for quote in document.quotes:
            yield quote_row(quote, document.lang)


def write_csv(documents: Iterable[Document], out: TextIO) -> None:
    """Write the header and one CSV row per record; empty cells for what a record lacks.

    >>> import io
    >>> from quoteattr import extract
    >>> buffer = io.StringIO()
    >>> write_csv([extract('“Yes, “maybe”, no,” Berg said.', doc_id="d")], buffer)
    >>> print(buffer.getvalue().splitlines()[1][:40])
    d,d:q0,en,direct,"Yes, “maybe”, no,",1,1
    >>> buffer = io.StringIO(); write_csv([], buffer); buffer.getvalue().startswith("doc,id,lang,kind,text")
    True
    """
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(documents))


def to_frame(documents: Iterable[Document]) -> pandas.DataFrame:
    """The records of ``documents`` as a pandas DataFrame with the columns of :data:`COLUMNS`.

    Needs the ``pandas`` extra (``pip install 'quoteattr[pandas]'``); without it the call raises
    :class:`~quoteattr.errors.MissingExtraError` naming the extra.
    """
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("to_frame needs pandas: pip install 'quoteattr[pandas]'") from None
    return pandas.DataFrame(list(rows(documents)), columns=list(COLUMNS))
