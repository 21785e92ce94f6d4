"""CSV and pandas tables: one row per record, flat columns, header always, proper quoting."""

from __future__ import annotations

import builtins
import csv
import io
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr.cli import main
from quoteattr.errors import MissingExtraError
from quoteattr.extract import extract
from quoteattr.outputs.table import COLUMNS, write_csv

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TEXT = '“We will not back down, “ever”,” the minister said.\n\nShe added: “Talks resume on Monday, 5 "o\'clock".”\n'


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_cli_csv_has_one_row_per_record_and_the_text_round_trips(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Round trip: every record's text, commas, quotes and newlines included, reads back from the CSV."""
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--format", "csv", str(path)]) == 0
    out = capsys.readouterr().out
    document = extract(TEXT, doc_id="a")
    table = read_csv(out)
    assert out.splitlines()[0] == ",".join(COLUMNS)
    assert [row["text"] for row in table] == [q.text for q in document.quotes]
    assert [row["speaker_name"] for row in table] == [q.speaker.name if q.speaker else "" for q in document.quotes]


def test_seeds_rows_match_the_records(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "csv", *map(str, SEEDS)]) == 0
    table = read_csv(capsys.readouterr().out)
    assert len(table) > 10
    assert all(set(row) == set(COLUMNS) for row in table)
    assert any(row["venue_kind"] for row in table) and any(row["rule"] for row in table)
    assert all(0.0 <= float(row["confidence"]) <= 1.0 for row in table if row["confidence"])


def test_header_is_present_without_records() -> None:
    out = io.StringIO()
    write_csv([extract("No quotations here.")], out)
    assert out.getvalue() == ",".join(COLUMNS) + "\n"


def test_to_frame_has_the_same_columns_and_rows() -> None:
    pandas = pytest.importorskip("pandas")
    documents = [extract(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in SEEDS]
    frame = quoteattr.to_frame(documents)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(d.quotes) for d in documents)
    assert list(quoteattr.to_frame([]).columns) == list(COLUMNS)


def test_to_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(MissingExtraError, match=r"quoteattr\[pandas\]"):
        quoteattr.to_frame([])
