"""Articles as one self-contained HTML page, each quotation and claim highlighted in its speaker's colour.

People check attribution by looking, so the page shows each article's own text (line breaks kept)
with every record marked where its offsets say, never where a search for its words would find
it.  The page needs no network: styles and a few lines of script are inline, and it reads well
with the script off (each highlight then explains itself through its ``title``).

What a reader sees, and why:

* each piece of a record is a ``<mark>`` carrying ``data-quote="<record id>"``; a split quote's
  pieces share the id, and hovering or focusing one lights up all of them;
* colour is never the only sign: every piece starts with its speaker's label (``A``, ``B``...,
  ``?`` when unattributed), and unattributed records get a dashed border;
* text on every highlight colour has a contrast of at least 4.5:1 (:data:`PALETTE` is checked by
  the tests), and a focused highlight has a visible outline;
* a quotation inside another one is marked inside it, with its own colour and border;
* each highlight is reachable with the keyboard (``tabindex=0``) and describes itself to screen
  readers through ``aria-describedby``: speaker mention and name, cue, venue, via, date, rule and
  confidence; the side panel shows the same details for the focused or hovered record and lists
  the speakers with their number of records, each linking to their quotes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quoteattr.models import Document, Quote

_COLOURS = {
    "yellow": "#ffe08a",
    "cyan": "#a8e6f0",
    "pink": "#ffc2d6",
    "green": "#c3f0b0",
    "lavender": "#d9c8ff",
    "orange": "#ffcf9e",
    "blue": "#b9d4ff",
    "sand": "#f0e0c0",
    "lime": "#e6f59a",
    "orchid": "#f5c6f0",
}
PALETTE: tuple[str, ...] = tuple(_COLOURS.values())
"""Background colours of the speakers, light enough for :data:`TEXT_COLOUR` at 4.5:1 or more."""

UNATTRIBUTED = "#e4e4e4"
"""Background of records without a speaker (also marked by a dashed border and the label ``?``)."""

TEXT_COLOUR = "#1a1a1a"


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours, from 1 (none) to 21 (black on white).

    >>> round(contrast("#000000", "#ffffff"), 1)
    21.0
    >>> contrast("#777777", "#888888") < 4.5
    True
    """

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def speaker_key(quote: Quote) -> str | None:
    """Who a record's colour follows: the speaker entity, else the resolved name; ``None`` if unattributed."""
    if quote.speaker is None:
        return None
    return quote.speaker.id or quote.speaker.name


@dataclass(frozen=True)
class SpeakerStyle:
    """How one speaker looks on the page: a label, a colour and a CSS class."""

    label: str
    colour: str
    css_class: str
    name: str


def _label(index: int) -> str:
    """``A``...``Z``, then ``A2``...: short enough to sit in front of every highlight."""
    letter = chr(ord("A") + index % 26)
    return letter if index < 26 else f"{letter}{index // 26 + 1}"


def speaker_styles(documents: Iterable[Document]) -> dict[str, SpeakerStyle]:
    """One style per speaker, in order of first record, the same across the documents of a page.

    >>> from quoteattr import extract
    >>> styles = speaker_styles([extract('“Yes,” Anna Berg said. “No,” Tom Lee said.')])
    >>> [(s.label, s.name) for s in styles.values()]
    [('A', 'Anna Berg'), ('B', 'Tom Lee')]
    >>> speaker_styles([extract('It was “a mess”.')])
    {}
    """
    styles: dict[str, SpeakerStyle] = {}
    for document in documents:
        for quote in document.quotes:
            key = speaker_key(quote)
            if key is None or key in styles or quote.speaker is None:
                continue
            index = len(styles)
            styles[key] = SpeakerStyle(_label(index), PALETTE[index % len(PALETTE)], f"s{index}", quote.speaker.name)
    return styles


# --------------------------------------------------------------------------------------------------
# Marking up a text by offsets


@dataclass(frozen=True)
class Mark:
    """An element to wrap around ``text[start:end]``: its opening tag, and the one used when reopened.

    An element is reopened when an element opened inside it closes after it ends (a claim that
    starts inside one quotation and ends inside the next), so every element stays well nested.
    """

    start: int
    end: int
    tag: str
    opening: str
    reopening: str
    prefix: str = ""


def mark_up(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped, with each mark wrapped around its own offsets; crossing marks are split, never dropped.

    >>> mark_up("a <b> c", [Mark(2, 5, "b", "<b>", "<b>")])
    'a <b>&lt;b&gt;</b> c'
    >>> mark_up("abcdef", [Mark(0, 4, "i", "<i>", "<i>"), Mark(2, 6, "b", "<b>", "<b>")])
    '<i>ab<b>cd</b></i><b>ef</b>'
    >>> mark_up("ab", [Mark(1, 1, "q", "<q>", "<q>")])
    'a<q></q>b'
    """
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, -marks[i].end, i))
    points = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    waiting = 0
    position = 0
    for point in points:
        out.append(html.escape(text[position:point], quote=False))
        position = point
        ending = [i for i, mark in enumerate(stack) if mark.end <= point]
        if ending:
            lowest = ending[0]
            for mark in reversed(stack[lowest:]):
                out.append(f"</{mark.tag}>")
            carried = [mark for mark in stack[lowest:] if mark.end > point]
            del stack[lowest:]
            for mark in carried:
                out.append(mark.reopening)
                stack.append(mark)
        while waiting < len(order) and marks[order[waiting]].start == point:
            mark = marks[order[waiting]]
            waiting += 1
            out.append(mark.opening + mark.prefix)
            if mark.end == point:
                out.append(f"</{mark.tag}>")
            else:
                stack.append(mark)
    return "".join(out)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def anchor(quote: Quote) -> str:
    """The HTML id of a record's first piece, the target of the side panel's links."""
    return f"quote-{quote.id}"


def _details(quote: Quote) -> list[tuple[str, str]]:
    """What a record says about itself, as (field, value) pairs for the tooltip and the details panel."""
    speaker, cue, venue, via, rule = quote.speaker, quote.cue, quote.venue, quote.via, quote.attribution
    fields = [
        ("record", f"{quote.id} ({quote.kind}{', nested' if quote.depth else ''}, {len(quote.pieces)} piece(s))"),
        ("speaker", f"{speaker.mention} → {speaker.name}" if speaker else "unattributed"),
        ("cue", cue.text if cue else "–"),
        ("venue", f"{venue.text} ({venue.kind}{', ' + venue.outlet if venue.outlet else ''})" if venue else "–"),
        ("via", via.name if via else "–"),
        ("date", quote.date.isoformat() if quote.date else "–"),
        ("rule", rule.rule if rule else "–"),
        ("confidence", f"{rule.confidence:.2f}" if rule else "–"),
    ]
    if quote.cluster:
        fields.append(("cluster", quote.cluster))
    return fields


def _quote_marks(quote: Quote, style: SpeakerStyle | None) -> list[Mark]:
    label = style.label if style else "?"
    css = f"q {style.css_class}" if style else "q none"
    if quote.depth:
        css += " nested"
    info = _details(quote)
    title = _esc("\n".join(f"{field}: {value}" for field, value in info))
    described = _esc(f"info-{quote.id}")
    record = _esc(quote.id)
    many = len(quote.pieces) > 1
    marks = []
    for number, piece in enumerate(quote.pieces, start=1):
        ident = f' id="{_esc(anchor(quote))}"' if number == 1 else ""
        part = f" {number}/{len(quote.pieces)}" if many else ""
        common = f'class="{css}" data-quote="{record}" data-piece="{number}" title="{title}"'
        opening = f'<mark {common}{ident} tabindex="0" aria-describedby="{described}">'
        prefix = f'<span class="tag" aria-hidden="true">{_esc(label + part)}</span>'
        marks.append(Mark(piece.start, piece.end, "mark", opening, f"<mark {common}>", prefix))
    return marks


def _mention_marks(document: Document, styles: dict[str, SpeakerStyle]) -> list[Mark]:
    """The speaker mentions, underlined in their speaker's colour (one mark per distinct mention span)."""
    seen: set[tuple[int, int]] = set()
    marks = []
    for quote in document.quotes:
        speaker, key = quote.speaker, speaker_key(quote)
        if speaker is None or key is None or (speaker.start, speaker.end) in seen:
            continue
        seen.add((speaker.start, speaker.end))
        opening = f'<span class="mention {styles[key].css_class}" data-speaker="{_esc(key)}">'
        marks.append(Mark(speaker.start, speaker.end, "span", opening, opening))
    return marks


def _speaker_panel(document: Document, styles: dict[str, SpeakerStyle]) -> str:
    groups: dict[str | None, list[Quote]] = {}
    for quote in document.quotes:
        groups.setdefault(speaker_key(quote), []).append(quote)
    items = []
    for key, quotes in sorted(groups.items(), key=lambda item: (item[0] is None, -len(item[1]))):
        style = styles.get(key) if key else None
        label, css, name = (style.label, style.css_class, style.name) if style else ("?", "none", "unattributed")
        links = " ".join(
            f'<a href="#{_esc(anchor(q))}" title="{_esc(q.text[:120])}">{_esc(q.id.rsplit(":", 1)[-1])}</a>'
            for q in quotes
        )
        items.append(
            f'<li><a class="who {css}" href="#{_esc(anchor(quotes[0]))}"><span class="tag">{_esc(label)}</span> '
            f'{_esc(name)}</a> <span class="count">{len(quotes)}</span><div class="links">{links}</div></li>'
        )
    return '<ul class="speakers">' + "".join(items) + "</ul>" if items else "<p>No quotations found.</p>"


def _hidden_details(document: Document) -> str:
    blocks = []
    for quote in document.quotes:
        rows = "".join(f"<dt>{_esc(field)}</dt><dd>{_esc(value)}</dd>" for field, value in _details(quote))
        blocks.append(f'<dl class="info" id="{_esc("info-" + quote.id)}" hidden>{rows}</dl>')
    return "".join(blocks)


def document_section(document: Document, styles: dict[str, SpeakerStyle]) -> str:
    """One article: a heading, the marked-up text, and a side panel of speakers and record details."""
    marks: list[Mark] = []
    for quote in document.quotes:
        marks.extend(_quote_marks(quote, styles.get(speaker_key(quote) or "")))
    marks.extend(_mention_marks(document, styles))
    meta = [f"language {document.lang}", f"{len(document.quotes)} records"]
    if document.published:
        meta.append(f"published {document.published.isoformat()}")
    warnings = "".join(f"<li>{_esc(w.message)}</li>" for w in document.warnings)
    return (
        f'<section class="doc" data-doc="{_esc(document.doc_id)}" aria-label="{_esc(document.doc_id)}">'
        f'<h2>{_esc(document.doc_id)}</h2><p class="meta">{_esc(" · ".join(meta))}</p>'
        f'<div class="layout"><div class="text" lang="{_esc(document.lang)}">{mark_up(document.text, marks)}</div>'
        f"<aside><h3>Speakers</h3>{_speaker_panel(document, styles)}<h3>Details</h3>"
        f'<div class="panel" aria-live="polite"><p>Hover or focus a highlighted passage (Tab) to see who said it '
        f"and how it was attributed.</p></div>{_hidden_details(document)}"
        f"{'<h3>Warnings</h3><ul>' + warnings + '</ul>' if warnings else ''}</aside></div></section>"
    )


_CSS = """
.quoteattr { font: 16px/1.6 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
.quoteattr h1 { font-size: 1.5rem; }
.quoteattr .doc { border-top: 2px solid #555; margin-top: 1.5rem; }
.quoteattr .meta { color: #444; margin: 0; }
.quoteattr .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 1.5rem; }
.quoteattr .text { white-space: pre-wrap; max-width: 48rem; }
.quoteattr aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; font-size: .9rem; }
.quoteattr mark.q { color: #1a1a1a; padding: .05em .15em; border-radius: .2em; border-bottom: 2px solid #555; }
.quoteattr mark.q.none { background: UNATTRIBUTED; border: 1px dashed #555; }
.quoteattr mark.q.nested { border: 2px solid #333; }
.quoteattr mark.q:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
.quoteattr mark.q.active { box-shadow: 0 0 0 3px #1a1a1a; }
.quoteattr .tag { font-size: .7em; font-weight: 700; vertical-align: super; margin-right: .15em; color: #1a1a1a; }
.quoteattr .mention { text-decoration: underline 3px; text-underline-offset: 3px; font-weight: 600; }
.quoteattr .speakers { list-style: none; padding: 0; }
.quoteattr .speakers li { margin: .3rem 0; }
.quoteattr a.who { color: #1a1a1a; padding: 0 .3em; border-radius: .2em; }
.quoteattr a.who.none { background: UNATTRIBUTED; border: 1px dashed #555; }
.quoteattr a:focus { outline: 3px solid #0b57d0; }
.quoteattr .count { font-weight: 700; }
.quoteattr .links a { font-size: .8rem; margin-right: .3em; color: #0b3d91; }
.quoteattr .panel { border: 1px solid #888; padding: .5rem; }
.quoteattr dl { display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; margin: 0; }
.quoteattr dt { font-weight: 700; }
.quoteattr dd { margin: 0; overflow-wrap: anywhere; }
.quoteattr [hidden] { display: none; }
@media (max-width: 50rem) { .quoteattr .layout { grid-template-columns: 1fr; } .quoteattr aside { position: static; } }
""".replace("UNATTRIBUTED", UNATTRIBUTED)

_SCRIPT = """
(function () {
  function show(mark) {
    var id = mark.getAttribute('data-quote');
    var section = mark.closest('section.doc');
    document.querySelectorAll('mark.active').forEach(function (m) { m.classList.remove('active'); });
    section.querySelectorAll('mark.q').forEach(function (m) {
      if (m.getAttribute('data-quote') === id) { m.classList.add('active'); }
    });
    var info = document.getElementById('info-' + id);
    var panel = section.querySelector('.panel');
    if (info && panel) {
      var copy = info.cloneNode(true);
      copy.removeAttribute('id');
      copy.hidden = false;
      panel.replaceChildren(copy);
    }
  }
  function handle(event) {
    var mark = event.target.closest && event.target.closest('mark.q');
    if (mark) { show(mark); }
  }
  document.addEventListener('mouseover', handle);
  document.addEventListener('focusin', handle);
})();
"""


def _style_rules(styles: dict[str, SpeakerStyle]) -> str:
    rules = [
        f".quoteattr .{s.css_class} {{ background: {s.colour}; }} "
        f".quoteattr .mention.{s.css_class} {{ background: none; text-decoration-color: {s.colour}; }}"
        for s in styles.values()
    ]
    return "\n".join(rules)


def html_fragment(documents: Sequence[Document]) -> str:
    """The documents' sections with their own style and script, for embedding (a notebook cell)."""
    styles = speaker_styles(documents)
    sections = "".join(document_section(document, styles) for document in documents)
    return (
        f'<div class="quoteattr"><style>{_CSS}{_style_rules(styles)}</style>{sections}<script>{_SCRIPT}</script></div>'
    )


def to_html(documents: Iterable[Document], *, title: str = "quoteattr: quotations by speaker") -> str:
    """One self-contained HTML page showing ``documents`` with every record highlighted by speaker.

    >>> from quoteattr import extract
    >>> page = to_html([extract('“We will win,” Anna Berg said.', doc_id="a")])
    >>> page.startswith("<!DOCTYPE html>") and 'data-quote="a:q0"' in page and "Anna Berg" in page
    True
    >>> 'data-quote="' in to_html([extract("No quotations here.")])
    False
    """
    documents = list(documents)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{_esc(title)}</title></head><body class="quoteattr"><main><h1>{_esc(title)}</h1>'
        f"{html_fragment(documents)}</main></body></html>\n"
    )
