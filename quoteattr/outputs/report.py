"""A picture of a corpus run: who is quoted most, which statements spread, when, and through whom.

The input is what ``quoteattr corpus ... --out quotes.jsonl`` writes, one quote record per line
with its cluster id.  The report is one HTML page whose charts are inline SVG drawn here, so it
opens anywhere without a network or a JavaScript library, and every chart also carries its
numbers as text (a ``<title>`` per bar and a table), so no figure depends on seeing the shapes.

The outlet of a quote is the one that relayed it (``via``, "TASS quoted him as saying"), else the
outlet of its venue ("in an interview with RT"); quotes that name neither are counted as
"(not named)".
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import ValidationError

from quoteattr.errors import InputError
from quoteattr.models import Quote

NOT_NAMED = "(not named)"
BAR_COLOUR = "#2f5d9e"
"""Bars are dark enough (7:1 on white) to be seen by everyone; their labels are text beside them."""


def read_quotes(path: str | Path) -> list[Quote]:
    """The quote records of a corpus run's output; a line that is no record is refused with its number.

    >>> import tempfile, os
    >>> from quoteattr import extract
    >>> handle = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    >>> _ = handle.write(extract('“Yes,” Anna Berg said.', doc_id="a").quotes[0].model_dump_json() + "\\n\\n")
    >>> handle.close()
    >>> [q.id for q in read_quotes(handle.name)]
    ['a:q0']
    >>> _ = open(handle.name, "a", encoding="utf-8").write("{}\\n")
    >>> read_quotes(handle.name)
    Traceback (most recent call last):
    ...
    quoteattr.errors.InputError: ...:3: not a quote record (the output of quoteattr corpus is expected)
    >>> os.unlink(handle.name)
    """
    quotes = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                quotes.append(Quote.model_validate_json(line))
            except ValidationError:
                raise InputError(
                    f"{path}:{number}: not a quote record (the output of quoteattr corpus is expected)"
                ) from None
    return quotes


def outlet(quote: Quote) -> str:
    """The outlet that carried a quote: its ``via``, else its venue's outlet, else :data:`NOT_NAMED`."""
    if quote.via is not None:
        return quote.via.name
    if quote.venue is not None and quote.venue.outlet:
        return quote.venue.outlet
    return NOT_NAMED


def speaker_counts(quotes: Iterable[Quote]) -> list[tuple[str, int]]:
    """Speakers by number of quotes, most quoted first (ties by name); unattributed quotes left out.

    >>> from quoteattr import extract
    >>> speaker_counts(extract('“A,” Anna Berg said. “B,” Tom Lee said. “C,” Berg said.').quotes)
    [('Anna Berg', 2), ('Tom Lee', 1)]
    """
    counts = Counter(q.speaker.name for q in quotes if q.speaker is not None)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def outlet_counts(quotes: Iterable[Quote]) -> list[tuple[str, int]]:
    """Outlets by number of quotes they carried, most first."""
    counts = Counter(outlet(q) for q in quotes)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def cluster_spread(quotes: Iterable[Quote]) -> list[tuple[str, list[Quote]]]:
    """Clusters with their quotes, the ones carried by the most articles first (then most outlets, quotes)."""
    groups: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.cluster:
            groups[quote.cluster].append(quote)

    def spread(item: tuple[str, list[Quote]]) -> tuple[int, int, int, str]:
        members = item[1]
        return (-len({q.doc for q in members}), -len({outlet(q) for q in members}), -len(members), item[0])

    return sorted(groups.items(), key=spread)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def bar_chart(items: Sequence[tuple[str, int]], *, title: str, unit: str) -> str:
    """A horizontal bar chart as inline SVG: one labelled bar per item, its value written at its end.

    >>> svg = bar_chart([("Anna Berg", 3), ("Tom <Lee>", 1)], title="Speakers", unit="quotes")
    >>> svg.startswith("<svg") and "Tom &lt;Lee&gt;" in svg and svg.count("<rect") == 2
    True
    >>> "<rect" in bar_chart([], title="Speakers", unit="quotes")
    False
    """
    label_width, bar_width, row = 260, 420, 26
    height = max(row * len(items), row) + 10
    top = max((value for _, value in items), default=1) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_width + bar_width + 60}" '
        f'height="{height}" viewBox="0 0 {label_width + bar_width + 60} {height}"><title>{_esc(title)}</title>'
    ]
    if not items:
        parts.append(f'<text x="0" y="18" font-size="14">No {_esc(unit)}.</text>')
    for index, (label, value) in enumerate(items):
        y = index * row + 5
        width = max(round(bar_width * value / top), 2)
        shown = label if len(label) <= 38 else label[:36] + "…"
        parts.append(
            f"<g><title>{_esc(label)}: {value} {_esc(unit)}</title>"
            f'<text x="{label_width - 8}" y="{y + 16}" font-size="13" text-anchor="end">{_esc(shown)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="{row - 8}" fill="{BAR_COLOUR}"/>'
            f'<text x="{label_width + width + 6}" y="{y + 16}" font-size="13">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def timeline_chart(points: Sequence[tuple[dt.date, str]], *, title: str) -> str:
    """Dated appearances on a time axis, as inline SVG: one dot per appearance, stacked on the same day.

    >>> svg = timeline_chart([(dt.date(2022, 5, 1), "a1"), (dt.date(2022, 5, 3), "a2")], title="When")
    >>> svg.count("<circle"), "2022-05-01" in svg and "2022-05-03" in svg
    (2, True)
    """
    width, left, right, radius = 720, 60, 60, 6
    first = min(day for day, _ in points)
    last = max(day for day, _ in points)
    span = (last - first).days or 1
    stacks: Counter[dt.date] = Counter()
    dots = []
    for day, label in sorted(points):
        x = left + (width - left - right) * (day - first).days / span if last != first else width / 2
        y = 70 - stacks[day] * (2 * radius + 3)
        stacks[day] += 1
        dots.append(
            f'<circle cx="{x:.1f}" cy="{y}" r="{radius}" fill="{BAR_COLOUR}">'
            f"<title>{_esc(day.isoformat())}: {_esc(label)}</title></circle>"
        )
    height = 120 + max(0, max(stacks.values()) - 4) * (2 * radius + 3)
    axis_y = 82
    shift = height - 120
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 {-shift} {width} {height}"><title>{_esc(title)}</title>'
        f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#1a1a1a"/>'
        f'<text x="{left}" y="{axis_y + 22}" font-size="13" text-anchor="middle">{first.isoformat()}</text>'
        + (
            f'<text x="{width - right}" y="{axis_y + 22}" font-size="13" text-anchor="middle">{last.isoformat()}</text>'
            if last != first
            else ""
        )
        + "".join(dots)
        + "</svg>"
    )


def _table(header: str, rows: Iterable[Sequence[object]]) -> str:
    """A table of ``rows`` under ``header``, the column names separated by commas."""
    head = "".join(f'<th scope="col">{_esc(h)}</th>' for h in header.split(", "))
    body = "".join("<tr>" + "".join(f"<td>{_esc(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _shorten(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CSS = """
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 1rem auto;
       padding: 0 1rem; }
h2 { border-top: 2px solid #555; padding-top: .5rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #999; padding: .2rem .5rem; text-align: left; vertical-align: top; }
figure { margin: .5rem 0; overflow-x: auto; }
figcaption { font-weight: 600; }
blockquote { margin: .3rem 0 .3rem 1rem; border-left: 4px solid #2f5d9e; padding-left: .6rem; }
"""


def to_report(quotes: Sequence[Quote], *, top: int = 15, title: str = "quoteattr: corpus report") -> str:
    """One self-contained HTML page charting ``quotes`` (a corpus run's records).

    >>> from quoteattr import extract
    >>> page = to_report(extract('“We will win,” Anna Berg said.', doc_id="a").quotes)
    >>> page.startswith("<!DOCTYPE html>") and "Anna Berg" in page and "<svg" in page and "<script" not in page
    True
    """
    speakers = speaker_counts(quotes)[:top]
    outlets = outlet_counts(quotes)[:top]
    spread = cluster_spread(quotes)[:top]
    documents = {q.doc for q in quotes}
    sections = [
        f"<h1>{_esc(title)}</h1>",
        f"<p>{len(quotes)} quotes in {len(documents)} articles, {len({q.cluster for q in quotes if q.cluster})} "
        f"clusters, {len(speaker_counts(quotes))} named speakers.</p>",
        "<h2>Most-quoted speakers</h2>",
        f"<figure>{bar_chart(speakers, title='Quotes per speaker', unit='quotes')}"
        "<figcaption>Quotes per speaker</figcaption></figure>",
        _table("speaker, quotes", speakers),
        "<h2>Statements carried by the most articles</h2>",
    ]
    cluster_bars = [
        (f"{cid}: {_shorten(members[0].text, 30)}", len({q.doc for q in members})) for cid, members in spread
    ]
    sections.append(
        f"<figure>{bar_chart(cluster_bars, title='Articles per cluster', unit='articles')}"
        "<figcaption>Articles carrying each statement</figcaption></figure>"
    )
    rows = []
    for cid, members in spread:
        named = sorted({q.speaker.name for q in members if q.speaker is not None})
        rows.append(
            (
                cid,
                ", ".join(named) or "unattributed",
                len({q.doc for q in members}),
                len({outlet(q) for q in members} - {NOT_NAMED}),
                len(members),
                _shorten(max(members, key=lambda q: len(q.text)).text),
            )
        )
    sections.append(_table("cluster, speaker, articles, outlets, quotes, text", rows))
    sections.append("<h2>When the statements appeared</h2>")
    dated = [(cid, members) for cid, members in spread if any(q.date for q in members)]
    if not dated:
        sections.append("<p>No dates are known for the quotes of these clusters.</p>")
    for cid, members in dated[:5]:
        points = [(q.date, f"{q.doc} ({outlet(q)})") for q in members if q.date is not None]
        caption = f"{cid}: {len(points)} dated appearances"
        sections.append(
            f"<figure><blockquote>{_esc(_shorten(members[0].text))}</blockquote>"
            f"{timeline_chart(points, title=caption)}<figcaption>{_esc(caption)}</figcaption></figure>"
        )
    sections += [
        "<h2>Quotes per outlet</h2>",
        "<p>The outlet that relayed a quote, else the outlet of its venue.</p>",
        f"<figure>{bar_chart(outlets, title='Quotes per outlet', unit='quotes')}"
        "<figcaption>Quotes per outlet</figcaption></figure>",
        _table("outlet, quotes", outlets),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body><main>"
        + "".join(sections)
        + "</main></body></html>\n"
    )
