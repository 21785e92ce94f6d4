"""A corpus run and its HTML report: most-quoted speakers, widely carried statements, timelines, outlets."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import quoteattr
from quoteattr.outputs.report import read_quotes, speaker_counts, to_report

work = Path(tempfile.mkdtemp())
outlets = ["TASS", "Reuters", "RIA Novosti", "AFP"]
articles = [
    {
        "id": f"art{n}",
        "text": (
            "“We will not accept any delay on the budget, and we will hold every agency to account,” "
            f"Minister Anna Berg told {outlets[n % 4]}.\n\n“The report was filed on time,” Tom Lee said."
        ),
        "published": f"2022-05-{n + 1:02}",
    }
    for n in range(6)
]
source = work / "articles.jsonl"
source.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
quoteattr.run_corpus([source], work / "quotes.jsonl", jobs=1, progress=False)  # quoteattr corpus ... --out

quotes = read_quotes(work / "quotes.jsonl")
(work / "report.html").write_text(to_report(quotes), encoding="utf-8")  # quoteattr report quotes.jsonl --out
print(f"most quoted: {speaker_counts(quotes)[:2]} -> {work / 'report.html'}")
