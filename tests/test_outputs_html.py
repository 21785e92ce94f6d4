"""The HTML view: records marked by their offsets, escaped text, split quotes as one record, readable colours."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quoteattr
from quoteattr.cli import main
from quoteattr.extract import extract
from quoteattr.outputs.html import PALETTE, TEXT_COLOUR, UNATTRIBUTED, Mark, contrast, mark_up

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


class Marks(HTMLParser):
    """Collects the text of the article and, per record id, the text inside its highlighted pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str | None, bool]] = []
        self.pieces: dict[str, list[str]] = {}
        self.focusable: set[str] = set()
        self.in_tag = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        record = found.get("data-quote")
        if record is not None and found.get("data-piece") and "tabindex" in found:
            self.pieces.setdefault(record, []).append("")
            self.focusable.add(record)
        is_tag = "tag" in (found.get("class") or "").split()
        self.in_tag += is_tag
        self.open.append((tag, record, is_tag))

    def handle_endtag(self, tag: str) -> None:
        _, _, is_tag = self.open.pop()
        self.in_tag -= is_tag

    def handle_data(self, data: str) -> None:
        if self.in_tag:
            return
        self.text.append(data)
        for record in {r for _, r, _ in self.open if r is not None}:
            self.pieces[record][-1] += data


def parse(page: str, doc_id: str) -> Marks:
    section = page.split(f'data-doc="{doc_id}"', 1)[1].split('<div class="text"', 1)[1]
    section = section.split(">", 1)[1].split("</div><aside>", 1)[0]
    marks = Marks()
    marks.feed(section)
    return marks


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_each_piece_shows_its_own_slice_and_the_text_is_unchanged(path: Path) -> None:
    """Round trip: the page's article text is the original, and each highlight holds exactly its piece."""
    document = extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
    marks = parse(quoteattr.to_html([document]), path.stem)
    assert "".join(marks.text) == document.text
    assert marks.focusable == {q.id for q in document.quotes}
    for quote in document.quotes:
        assert marks.pieces[quote.id] == [document.text[p.start : p.end] for p in quote.pieces]


def test_split_quote_pieces_share_one_record_id() -> None:
    document = extract("“We will win,” Anna Berg said. “And we will stay.”", doc_id="d")
    [quote] = [q for q in document.quotes if len(q.pieces) == 2]
    page = quoteattr.to_html([document])
    assert page.count(f'data-quote="{quote.id}" data-piece=') == 2
    assert ">A 1/2<" in page and ">A 2/2<" in page


def test_text_is_escaped_and_markup_in_articles_stays_text() -> None:
    text = "<script>alert(1)</script> “<b>bold</b> & more,” Anna Berg said."
    page = quoteattr.to_html([extract(text, doc_id='x"><img src=x>')])
    assert "<script>alert(1)" not in page and "<b>bold" not in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in page
    assert "<img src=x>" not in page


def test_page_is_self_contained() -> None:
    page = quoteattr.to_html([extract(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in SEEDS])
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page


def test_crossing_marks_are_split_not_dropped() -> None:
    out = mark_up("abcdef", [Mark(0, 4, "i", "<i>", "<i>"), Mark(2, 6, "b", "<b class=x>", "<b>")])
    assert out == "<i>ab<b class=x>cd</b></i><b>ef</b>"


@pytest.mark.parametrize("background", [*PALETTE, UNATTRIBUTED])
def test_text_on_every_highlight_has_enough_contrast(background: str) -> None:
    assert contrast(TEXT_COLOUR, background) >= 4.5


def test_every_record_has_its_details_and_a_label() -> None:
    document = extract("“We will win,” Anna Berg told reporters at a press conference.", doc_id="d")
    page = document._repr_html_()
    assert 'id="info-d:q0"' in page and 'aria-describedby="info-d:q0"' in page
    for field in ("speaker", "cue", "venue", "via", "date", "rule", "confidence"):
        assert f"<dt>{field}</dt>" in page
    assert '<span class="tag" aria-hidden="true">A</span>' in page


def test_cli_view_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert main(["view", *map(str, SEEDS), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert all(f'data-doc="{p.stem}"' in page for p in SEEDS)
