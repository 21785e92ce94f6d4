"""Quote records as a table: CSV for a spreadsheet, a pandas DataFrame when pandas is installed."""

from __future__ import annotations

import io
from pathlib import Path

import quoteattr
from quoteattr.outputs.table import write_csv

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
documents = [quoteattr.extract(path.read_text(encoding="utf-8"), doc_id=path.stem) for path in SEEDS]

buffer = io.StringIO()
write_csv(documents, buffer)  # the same as: quoteattr extract --format csv seeds/
lines = buffer.getvalue().splitlines()
print(f"{len(lines) - 1} rows; header: {lines[0][:80]}...")

try:
    frame = quoteattr.to_frame(documents)
except ImportError as error:  # MissingExtraError says which extra to install
    print(error)
else:
    print(frame.groupby("speaker_name").size().sort_values(ascending=False).head(3).to_string())
