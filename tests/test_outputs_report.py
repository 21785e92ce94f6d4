"""The corpus report: counts from the records, charts as inline SVG, no script, bad input refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr.cli import main
from quoteattr.corpus import run_corpus
from quoteattr.models import Quote
from quoteattr.outputs.report import cluster_spread, outlet_counts, read_quotes, speaker_counts, to_report


def article(number: int) -> dict[str, str]:
    outlet = ["TASS", "RIA Novosti", "Reuters"][number % 3]
    return {
        "id": f"art{number}",
        "text": (
            f"“We will not accept any delay on the budget, and we will hold every agency to account,” "
            f"Minister Anna Berg told {outlet}.\n\n“The report was filed on time,” Tom Lee said."
        ),
        "published": f"2022-05-{number + 1:02}",
    }


@pytest.fixture(scope="module")
def quotes_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    source = folder / "in.jsonl"
    source.write_text("\n".join(json.dumps(article(n)) for n in range(5)) + "\n", encoding="utf-8")
    out = folder / "quotes.jsonl"
    run_corpus([source], out, jobs=1, progress=False)
    return out


def test_counts_come_from_the_records(quotes_file: Path) -> None:
    quotes = read_quotes(quotes_file)
    assert speaker_counts(quotes)[0] == ("Anna Berg", 5)
    _, members = cluster_spread(quotes)[0]
    assert len({q.doc for q in members}) == 5
    assert sum(n for _, n in outlet_counts(quotes)) == len(quotes)


def test_report_page_has_svg_charts_and_no_script(quotes_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(quotes_file), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert (
        page.count("<svg") >= 3
        and "<script" not in page
        and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    assert "Anna Berg" in page and "Most-quoted speakers" in page and "Quotes per outlet" in page


def test_timeline_when_dates_are_known() -> None:
    base = {
        "kind": "direct",
        "text": "We will win the vote",
        "start": 0,
        "end": 20,
        "pieces": [{"start": 0, "end": 20}],
    }
    quotes = [
        Quote.model_validate({**base, "doc": f"a{n}", "id": f"a{n}:q0", "cluster": "c1", "date": f"2022-05-0{n + 1}"})
        for n in range(3)
    ]
    page = to_report(quotes)
    assert page.count("<circle") == 3 and "2022-05-01" in page and "2022-05-03" in page


def test_bad_line_is_refused_with_its_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"not": "a quote"}\n', encoding="utf-8")
    assert main(["report", str(path), "--out", str(tmp_path / "r.html")]) == 1
    assert "q.jsonl:1: not a quote record" in capsys.readouterr().err
