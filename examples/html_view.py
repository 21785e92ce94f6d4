"""The seeds as one HTML page, every quotation highlighted in its speaker's colour (open it in a browser)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import quoteattr

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
documents = quoteattr.link_speakers(
    [quoteattr.extract(path.read_text(encoding="utf-8"), doc_id=path.stem) for path in SEEDS]
)
page = quoteattr.to_html(documents)  # the same as: quoteattr view seeds/ --out page.html
out = Path(tempfile.mkdtemp()) / "page.html"
out.write_text(page, encoding="utf-8")
print(f"{sum(len(d.quotes) for d in documents)} records highlighted -> {out} ({len(page)} characters)")
