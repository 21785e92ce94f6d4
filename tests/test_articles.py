"""The one article reader: the same articles, and the same problems, for extract, corpus and index."""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest

import quoteattr.corpus as corpus
from quoteattr.articles import Article, Problem, read_articles
from quoteattr.cli import main
from quoteattr.index import QuoteIndex

TEXT = "“We will not back down,” the minister said.\n\nShe added: “Talks resume on Monday.”\n"


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder with a text file, and a JSON Lines file holding a good article, a bad line and a lang."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plain.txt").write_text(TEXT, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        line(id="j1", text=TEXT, published="2022-05-01", lang="en") + "{broken\n" + line(id="j2", text=TEXT),
        encoding="utf-8",
    )
    return folder


def test_lang_is_kept_on_the_article(inputs: Path) -> None:
    """A JSON line's optional lang lands on Article.lang; text files and lines without it give None."""
    read = {a.id: a for a in read_articles([inputs]) if isinstance(a, Article)}
    assert (read["j1"].lang, read["j2"].lang, read["plain"].lang) == ("en", None, None)
    assert read["j1"].published == "2022-05-01"
    assert [p.source for p in read_articles([inputs]) if isinstance(p, Problem)] == [f"{inputs / 'feed.jsonl'}:2"]


def test_a_bad_lang_is_a_problem(tmp_path: Path) -> None:
    """A lang that is not a non-empty string skips the line, with the reason."""
    path = tmp_path / "x.jsonl"
    path.write_text(line(id="a", text=TEXT, lang=["en"]) + line(id="b", text=TEXT, lang=""), encoding="utf-8")
    assert [(p.source.rsplit(":", 1)[1], "lang" in p.message) for p in read_articles([path])] == [
        ("1", True),
        ("2", True),
    ]


def test_extract_reads_json_lines(capsys: pytest.CaptureFixture[str], inputs: Path) -> None:
    """extract reads JSON Lines articles like corpus does: ids from the lines, the text file by its stem."""
    status = main(["extract", str(inputs)])
    out, err = capsys.readouterr()
    assert status == 1 and "feed.jsonl:2" in err
    quotes = [json.loads(q) for q in out.splitlines()]
    assert sorted({q["doc"] for q in quotes}) == ["j1", "j2", "plain"]
    by_doc = {d: [(q["start"], q["end"], q["text"]) for q in quotes if q["doc"] == d] for d in ("j1", "plain")}
    assert by_doc["j1"] == by_doc["plain"]


def test_stdin_json_lines(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input whose first line is a JSON object is read as JSON Lines, else as one text."""
    data = (line(id="s1", text=TEXT) + line(id="s2", text=TEXT)).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["extract", "-"]) == 0
    assert {json.loads(q)["doc"] for q in capsys.readouterr().out.splitlines()} == {"s1", "s2"}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8")), encoding="utf-8"))
    assert main(["extract", "-"]) == 0
    assert {json.loads(q)["doc"] for q in capsys.readouterr().out.splitlines()} == {"stdin"}


def test_extract_reports_repeated_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A repeated article id is skipped and reported, as in a corpus run."""
    path = tmp_path / "x.jsonl"
    path.write_text(line(id="a", text=TEXT) + line(id="a", text=TEXT), encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "x.jsonl:2: duplicate article id 'a'" in err and {json.loads(q)["doc"] for q in out.splitlines()} == {"a"}


def test_extract_corpus_and_index_read_the_same_articles(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The three commands see the same articles and skip the same bad line."""
    assert main(["extract", str(inputs)]) == 1
    extracted = {json.loads(q)["doc"] for q in capsys.readouterr().out.splitlines()}
    assert main(["corpus", str(inputs), "--out", str(tmp_path / "out.jsonl"), "--jobs", "1", "--quiet"]) == 1
    run = {json.loads(q)["doc"] for q in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()}
    db = tmp_path / "q.db"
    assert main(["index", "add", str(db), str(inputs)]) == 1
    with QuoteIndex(db) as index:
        stored = {row[0] for row in index.connection.execute("SELECT id FROM articles")}
    errors = capsys.readouterr().err
    assert extracted == run == stored == {"j1", "j2", "plain"}
    assert errors.count("feed.jsonl:2") == 2
    assert not hasattr(corpus, "iter_articles") and not hasattr(corpus, "parse_article")


def jsonl_line(number: int) -> bytes:
    return json.dumps({"id": f"a{number:03}", "text": f"“Line {number} stands,” Anna Berg said."}).encode() + b"\n"


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_one_bad_byte_costs_only_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """An invalid UTF-8 byte on line 101 of 200: the 199 other articles are read; the problem names line 101."""
    lines = [jsonl_line(n) for n in range(1, 201)]
    lines[100] = lines[100].replace(b"stands", b"st\xffands")
    data = b"".join(lines)
    if where == "file":
        path = tmp_path / "a.jsonl"
        path.write_bytes(data)
        items = list(read_articles([path]))
    else:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        items = list(read_articles(["-"]))
    problems = [i for i in items if isinstance(i, Problem)]
    assert len([i for i in items if isinstance(i, Article)]) == 199
    assert len(problems) == 1 and problems[0].source.endswith(":101") and "not valid utf-8" in problems[0].message


def test_a_byte_order_mark_keeps_line_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A UTF-8 BOM before the first JSON line: line 1 is still an article, in a file and on stdin."""
    data = codecs.BOM_UTF8 + jsonl_line(1) + jsonl_line(2)
    path = tmp_path / "a.jsonl"
    path.write_bytes(data)
    assert [getattr(i, "id", i) for i in read_articles([path])] == ["a001", "a002"]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [getattr(i, "id", i) for i in read_articles(["-"])] == ["a001", "a002"]


def test_a_raw_line_separator_inside_a_json_string_is_not_a_line_break(monkeypatch: pytest.MonkeyPatch) -> None:
    """U+2028 is valid inside a JSON string: stdin JSON Lines split on newlines only."""
    data = json.dumps({"id": "a", "text": "one\u2028two"}, ensure_ascii=False).encode() + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [getattr(i, "text", i) for i in read_articles(["-"])] == ["one\u2028two"]


def test_directory_reports_dangling_links_and_unreadable_directories(tmp_path: Path) -> None:
    """Issue: a directory's dangling links and unreadable subdirectories were skipped silently; a
    ``*.TXT`` file is read as ``*.txt`` is."""
    import os

    (tmp_path / "a.TXT").write_text("“Yes,” Berg said.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("“No,” Berg said.", encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(read_articles([tmp_path]))
    finally:
        locked.chmod(0o755)
    problems = {(Path(p.source).name, p.message) for p in items if isinstance(p, Problem)}
    assert ("gone.txt", "dangling link") in problems
    if os.geteuid() != 0:  # root reads every directory
        assert ("locked", "cannot read directory (permission denied)") in problems
    assert [a.id for a in items if isinstance(a, Article)][:1] == ["a"]


def test_the_api_takes_a_timestamp_published_as_jsonl_does() -> None:
    """Issue: ``published="2024-05-01T10:00:00Z"`` was refused by extract() but read from JSON Lines."""
    import datetime as dt

    import quoteattr
    from quoteattr.errors import InputError

    doc = quoteattr.extract("“Yes,” Berg said.", published="2024-05-01T10:00:00Z")
    assert doc.published == dt.date(2024, 5, 1)
    with pytest.raises(InputError):
        quoteattr.extract("“Yes,” Berg said.", published="2024-05-01Tnoon")


def test_directory_reports_a_directory_it_may_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The permission check itself, for a user whom the operating system refuses (root is never refused)."""
    import os

    import quoteattr.articles

    (tmp_path / "a.txt").write_text("“Yes,” Berg said.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def refused(path: object, mode: int) -> bool:
        return False if Path(str(path)) == locked else real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(quoteattr.articles.os, "access", refused)
    items = list(read_articles([tmp_path]))
    problems = {(Path(p.source).name, p.message) for p in items if isinstance(p, Problem)}
    assert problems == {("locked", "cannot read directory (permission denied)")}
    assert [a.id for a in items if isinstance(a, Article)] == ["a"]
