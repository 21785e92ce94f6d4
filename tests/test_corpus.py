"""Corpus runs: JSONL and text inputs, bad lines reported and skipped, resume without duplicates."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

import quoteattr.corpus as corpus
from quoteattr.articles import Article, read_articles
from quoteattr.cli import main
from quoteattr.cluster import cluster_items, memberships
from quoteattr.corpus import (
    CorpusError,
    Progress,
    cluster_items_parallel,
    read_spool,
    run_corpus,
)
from quoteattr.errors import InputError, QuoteattrError
from quoteattr.models import Quote

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def article(number: int) -> dict[str, str]:
    """A small generated article: a few quotes, some repeated across articles."""
    topic = ["the budget", "the border", "the election", "the war"][number % 4]
    return {
        "id": f"art{number:04}",
        "text": (
            f"Minister Anna Berg spoke on {topic}.\n\n"
            f"“We will not accept any delay on {topic}, and we will hold every agency to account,” Berg said.\n\n"
            f"“Report {number} was filed on time,” a spokesman said."
        ),
        "published": f"2022-05-{number % 28 + 1:02}",
    }


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(article(n)) for n in range(6)]
    lines.insert(2, '{"id": 7, "text": "x"}')  # line 3: bad id
    lines.insert(4, "{not json")  # line 5
    lines.append(json.dumps(article(1)))  # line 9: duplicate id
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = folder / "texts"
    texts.mkdir()
    for path in SEEDS:
        (texts / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def read_quotes(path: Path) -> list[Quote]:
    return [Quote.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_run_writes_clustered_quote_records(inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One Quote record per line, doc = article id or file stem, every clusterable quote in a cluster."""
    out = tmp_path / "out.jsonl"
    report = run_corpus([inputs], out, jobs=1, progress=False)
    quotes = read_quotes(out)
    assert report.articles == 6 + len(SEEDS) and report.quotes == len(quotes)
    assert {q.doc for q in quotes} >= {"art0000", "art0005"} | {p.stem for p in SEEDS}
    assert len({q.id for q in quotes}) == len(quotes)
    assert all(q.cluster for q in quotes if q.kind != "term" and len(q.text.split()) >= 6)
    err = capsys.readouterr().err
    assert "articles.jsonl:3: 'id' must be a non-empty string; skipped" in err
    assert "articles.jsonl:5: not valid JSON" in err
    assert "articles.jsonl:9: duplicate article id 'art0001'" in err
    assert len(report.skipped) == 3
    assert not (tmp_path / "out.jsonl.work").exists()


def test_speakers_and_clusters_span_the_corpus(inputs: Path, tmp_path: Path) -> None:
    """The same words of one person in several articles share one cluster and one speaker id."""
    out = tmp_path / "out.jsonl"
    run_corpus([inputs / "articles.jsonl"], out, jobs=1, progress=False)
    quotes = [q for q in read_quotes(out) if q.text.startswith("We will not accept any delay on the budget")]
    assert len(quotes) == 2  # art0000 and art0004
    assert quotes[0].cluster == quotes[1].cluster
    if quotes[0].speaker is not None:
        assert quotes[0].speaker.id == quotes[1].speaker.id  # type: ignore[union-attr]


def test_output_matches_extract_records(inputs: Path, tmp_path: Path) -> None:
    """Records are those `quoteattr extract` prints, plus corpus-wide cluster and speaker ids."""
    import quoteattr

    out = tmp_path / "out.jsonl"
    run_corpus([inputs / "texts"], out, jobs=1, progress=False)
    got = read_quotes(out)
    expected = [q for p in SEEDS for q in quoteattr.extract(p.read_text(encoding="utf-8"), doc_id=p.stem).quotes]
    assert [(q.id, q.text, q.start, q.end, q.kind) for q in got] == [
        (q.id, q.text, q.start, q.end, q.kind) for q in expected
    ]


def test_cli_exit_status(inputs: Path, tmp_path: Path) -> None:
    """Exit 1 when lines were skipped, 0 on clean input."""
    assert main(["corpus", str(inputs), "--out", str(tmp_path / "a.jsonl"), "--jobs", "1", "--quiet"]) == 1
    clean = main(["corpus", str(inputs / "texts"), "--out", str(tmp_path / "b.jsonl"), "--jobs", "1", "--quiet"])
    assert clean == 0


def test_parallel_equals_single_process(inputs: Path, tmp_path: Path) -> None:
    """Two worker processes give exactly the single-process output."""
    run_corpus([inputs], tmp_path / "one.jsonl", jobs=1, progress=False)
    run_corpus([inputs], tmp_path / "two.jsonl", jobs=2, batch_size=2, progress=False)
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()


def test_resume_after_interruption(inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run killed mid-way resumes from the spool: nothing extracted twice, output identical, no duplicates."""
    fresh = tmp_path / "fresh.jsonl"
    run_corpus([inputs], fresh, jobs=1, progress=False)

    real = corpus.extract_batch
    calls = {"n": 0}

    def flaky(batch: list[Article]) -> list[tuple[str, str | None, str | None, int]]:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # as if the run were interrupted here
        return real(batch)

    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(corpus, "extract_batch", flaky)
    with pytest.raises(KeyboardInterrupt):
        run_corpus([inputs], out, jobs=1, batch_size=2, progress=False)
    spool = tmp_path / "out.jsonl.work" / "spool.jsonl"
    assert len(read_spool(spool)) == 4 and not out.exists()
    with spool.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "half-writ')  # a line cut short by the kill

    extracted: list[str] = []

    def counting(batch: list[Article]) -> list[tuple[str, str | None, str | None, int]]:
        extracted.extend(a.id for a in batch)
        return real(batch)

    monkeypatch.setattr(corpus, "extract_batch", counting)
    report = run_corpus([inputs], out, jobs=1, batch_size=2, progress=False)
    assert report.resumed == 4 and len(extracted) == 6 + len(SEEDS) - 4
    assert out.read_text() == fresh.read_text()


def test_other_inputs_do_not_mix_into_a_resumed_run(inputs: Path, tmp_path: Path) -> None:
    """A work directory of another input list is refused, and --restart discards it."""
    out = tmp_path / "out.jsonl"
    run_corpus([inputs / "texts"], out, jobs=1, keep_work=True, progress=False)
    with pytest.raises(CorpusError, match="other inputs"):
        run_corpus([inputs], out, jobs=1, progress=False)
    report = run_corpus([inputs], out, jobs=1, restart=True, progress=False)
    assert report.resumed == 0


def test_progress_bar_on_a_terminal() -> None:
    """The bar rewrites one line with \\r; off a terminal it prints nothing."""
    stream = io.StringIO()
    bar = Progress(10, stream, enabled=True)
    bar.update(5, 7, force=True)
    bar.close()
    assert stream.getvalue().startswith("\r[") and "5/10 articles" in stream.getvalue()
    quiet = io.StringIO()
    Progress(10, quiet).update(5, 7, force=True)
    assert quiet.getvalue() == ""


def test_cluster_items_parallel_equals_single() -> None:
    """Speaker groups on a process pool give the single-process labels."""
    from concurrent.futures import ProcessPoolExecutor

    items = [(f"q{n}", f"s{n % 3}", f"we will hold agency number {n // 2} to account today") for n in range(30)]
    with ProcessPoolExecutor(2) as pool:
        parallel = cluster_items_parallel(items, jobs=2, pool=pool)
    assert memberships([i[0] for i in items], parallel) == memberships([i[0] for i in items], cluster_items(items))


def test_text_files_with_one_stem_stay_two_articles(tmp_path: Path) -> None:
    """a/x.txt and b/x.txt get two article ids, so neither overwrites the other."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("“Yes,” she said.", encoding="utf-8")
    ids = [item.id for item in read_articles([tmp_path]) if isinstance(item, Article)]
    assert len(ids) == 2 and len(set(ids)) == 2 and "x" in ids


@pytest.mark.parametrize(("option", "value"), [("engine", "spark"), ("batch_size", 0)])
def test_bad_options_are_input_errors(inputs: Path, tmp_path: Path, option: str, value: object) -> None:
    """A bad option is refused with an InputError (a QuoteattrError) before anything runs."""
    with pytest.raises(InputError) as raised:
        run_corpus([inputs], tmp_path / "out.jsonl", **{option: value})  # type: ignore[arg-type]
    assert isinstance(raised.value, QuoteattrError) and str(value) in str(raised.value)
    assert not (tmp_path / "out.jsonl.work").exists()


def test_a_run_that_cannot_start_is_a_quoteattr_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No input: CorpusError, a QuoteattrError, shown by the command as one line."""
    (tmp_path / "empty").mkdir()
    with pytest.raises(QuoteattrError):
        run_corpus([tmp_path / "empty"], tmp_path / "out.jsonl", jobs=1)
    assert main(["corpus", str(tmp_path / "empty"), "--out", str(tmp_path / "o.jsonl"), "--quiet", "--restart"]) == 1
    assert capsys.readouterr().err.strip() == "quoteattr: no articles found in the given paths"


def test_dask_without_the_extra_is_a_quoteattr_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without dask installed, the Dask engine refuses with MissingExtraError (an ImportError too)."""
    from quoteattr.dask_engine import connect
    from quoteattr.errors import MissingExtraError

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r"quoteattr\[dask\]") as raised:
        connect(jobs=1)
    assert isinstance(raised.value, ImportError) and isinstance(raised.value, QuoteattrError)


def test_a_second_run_on_the_same_out_refuses(inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """While one run holds OUT, another on the same OUT refuses with one line and status 1, writing nothing."""
    out = tmp_path / "out.jsonl"
    with corpus.output_lock(out):
        assert main(["corpus", str(inputs), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    err = capsys.readouterr().err.strip()
    assert (
        err == f"quoteattr: another quoteattr corpus run is writing {out}; wait for it to finish or give another --out"
    )
    assert not out.exists() and not (tmp_path / "out.jsonl.work").exists()
    assert main(["corpus", str(inputs), "--out", str(out), "--quiet", "--jobs", "1"]) == 1  # skipped lines: 1
    assert read_quotes(out) and not (tmp_path / "out.jsonl.lock").exists()


def test_concurrent_runs_never_mix(inputs: Path, tmp_path: Path) -> None:
    """Two processes on one OUT at once: each either completes alone or refuses; OUT has no duplicate ids."""
    import subprocess

    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "quoteattr", "corpus", str(inputs), "--out", str(out), "--quiet", "--jobs", "1"]
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    errors = [run.communicate()[1] for run in runs]
    assert all("Traceback" not in e for e in errors)
    ids = [q.id for q in read_quotes(out)]
    assert ids and len(ids) == len(set(ids))


@pytest.mark.parametrize("where", ["same", "inside", "work-inside", "clusters"])
def test_an_output_among_the_inputs_is_refused(inputs: Path, tmp_path: Path, where: str) -> None:
    """--out (or the work folder, or --clusters) equal to an input or inside an input folder: refused, input intact."""
    source = inputs / "articles.jsonl"
    before = source.read_bytes()
    options = {
        "same": ["--out", str(source)],
        "inside": ["--out", str(inputs / "out.jsonl")],
        "work-inside": ["--out", str(tmp_path / "o.jsonl"), "--work", str(inputs / "work")],
        "clusters": ["--out", str(tmp_path / "o.jsonl"), "--clusters", str(source)],
    }[where]
    paths = [str(source)] if where in ("same", "clusters") else [str(inputs)]
    with pytest.raises(CorpusError, match="write it elsewhere"):
        run_corpus(
            paths,
            Path(options[1]),
            work=options[3] if where == "work-inside" else None,
            clusters_out=options[3] if where == "clusters" else None,
            jobs=1,
        )
    assert source.read_bytes() == before
    assert sorted(p.name for p in inputs.iterdir()) == ["articles.jsonl", "texts"]
    assert not (tmp_path / "o.jsonl").exists()


def test_a_lone_surrogate_escape_does_not_stop_a_run(tmp_path: Path) -> None:
    """A JSON line with "\\ud800" (in its text or id): the run completes, that article included, and resumes too."""
    source = tmp_path / "s.jsonl"
    lines = ['{"id": "a", "text": "\\u201cWe will win \\ud800 today,\\u201d Anna Berg said."}', json.dumps(article(1))]
    lines.append('{"id": "b\\udc00", "text": "\\u201cWe will go home now,\\u201d Carl Dahl said."}')
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    report = run_corpus([source], out, jobs=1)
    assert (report.articles, report.skipped) == (3, [])
    assert any("\N{REPLACEMENT CHARACTER}" in q.text for q in read_quotes(out))
    assert run_corpus([source], out, jobs=1, keep_work=True).articles == 3


def test_a_worker_ends_when_its_parent_dies(tmp_path: Path) -> None:
    """Issue: pool workers outlived a kill -9 of the run; the initializer now watches the parent."""
    import subprocess
    import sys
    import time

    script = (
        "import os, sys, time\n"
        "from quoteattr.corpus import _exit_with_parent\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    _exit_with_parent(os.getppid(), 0.05)\n"
        "    time.sleep(30)\n"
        "    os._exit(0)\n"
        "print(pid, flush=True)\n"
        "os._exit(0)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    child = int(out)
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(child, 9)
    raise AssertionError("the worker outlived its parent")


def test_corpus_output_lends_speakers_as_cluster_documents_does(tmp_path: Path) -> None:
    """A bare rendering of a named quote takes its speaker in the corpus output, as in cluster_documents."""
    import quoteattr
    from quoteattr.cluster import cluster_documents

    said = "We will stand with Ukraine for as long as it takes, whatever the cost to us"
    texts = {
        "a": f"“{said},” Liz Truss said.",
        "b": f"Britain is firm. “{said}.”",
        "c": "“Our budget will be balanced by the end of the decade,” the minister said not long ago.",
    }
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "articles.jsonl").write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    run_corpus([folder], out, jobs=1, progress=False)
    got = {q.id: q for q in read_quotes(out)}
    docs, _ = cluster_documents([quoteattr.extract(t, doc_id=k) for k, t in texts.items()])
    expected = {q.id: q for d in docs for q in d.quotes}
    lent = got["b:q0"].speaker
    assert lent is not None and (lent.name, lent.resolution, lent.source) == ("Liz Truss", "cluster", "a:q0")
    assert lent.id == got["a:q0"].speaker.id  # type: ignore[union-attr]
    for quote_id, quote in got.items():
        mine, theirs = quote.speaker, expected[quote_id].speaker
        assert (mine and (mine.name, mine.resolution, mine.source)) == (
            theirs and (theirs.name, theirs.resolution, theirs.source)
        )
