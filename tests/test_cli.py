"""The ``quoteattr`` command line: inputs, formats, encodings and bad input.

Most tests call :func:`quoteattr.cli.main` in-process (fast, and ``capsys``
sees both streams); one runs the installed console script for real.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr.cli import main

TEXT = "“We will not back down,” the minister said.\n\nShe added: “Talks resume on Monday.”\n"
OTHER = "Officials called the plan “unworkable” on Friday.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# -- inputs -------------------------------------------------------------------
def test_extract_file_prints_one_json_line_per_quote(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "extract", str(article))
    assert status == 0 and err == ""
    quotes = jsonl(out)
    assert [q["text"] for q in quotes] == ["We will not back down,", "Talks resume on Monday."]
    assert all(q["doc"] == "article" for q in quotes)
    for quote in quotes:  # offsets point into the file's text
        assert TEXT[quote["start"] : quote["end"]] == quote["text"]


def test_extract_directory_is_recursive_and_reads_only_txt(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "notes.md").write_text("“Not read,” nobody said.", encoding="utf-8")
    status, out, err = run(capsys, "extract", str(tmp_path))
    assert status == 0 and err == ""
    assert [(q["doc"], q["text"]) for q in jsonl(out)] == [
        ("a", "We will not back down,"),
        ("a", "Talks resume on Monday."),
        ("b", "unworkable"),
    ]


def test_extract_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, OTHER.encode("utf-8"))
    status, out, err = run(capsys, "extract", "-")
    assert status == 0 and err == ""
    assert [(q["doc"], q["text"]) for q in jsonl(out)] == [("stdin", "unworkable")]


def test_extract_several_paths_in_order(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(other), str(article))
    assert status == 0
    assert [q["doc"] for q in jsonl(out)] == ["other", "article", "article"]


def test_byte_order_mark_is_dropped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + OTHER.encode("utf-8"))
    status, out, _ = run(capsys, "extract", str(path))
    (quote,) = jsonl(out)
    assert status == 0 and OTHER[quote["start"] : quote["end"]] == "unworkable"


# -- formats ------------------------------------------------------------------
def test_format_json_is_one_array(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", "--format", "json", str(article))
    quotes = json.loads(out)
    assert status == 0 and isinstance(quotes, list)
    assert [q["text"] for q in quotes] == ["We will not back down,", "Talks resume on Monday."]


def test_format_table_has_a_header_and_a_row_per_quote(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", "--format", "table", str(article))
    header, *rows = out.splitlines()
    assert status == 0
    assert header.split()[:5] == ["doc", "lang", "start", "end", "kind"]
    assert len(rows) == 2 and rows[0].startswith("article") and rows[0].endswith("We will not back down,")


def test_format_jsonl_is_the_default(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    _, default, _ = run(capsys, "extract", str(article))
    _, explicit, _ = run(capsys, "extract", "--format", "jsonl", str(article))
    assert default == explicit


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--format", "xml", str(article)])
    assert exit_info.value.code == 2
    assert "--format" in capsys.readouterr().err


# -- encodings ----------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-32"])
def test_encoding_option(capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str) -> None:
    text = "Le maire a parlé d'une «\N{NO-BREAK SPACE}réussite\N{NO-BREAK SPACE}» à Zürich.\n"
    path = tmp_path / "encoded.txt"
    path.write_bytes(text.encode(encoding))
    status, out, err = run(capsys, "extract", "--encoding", encoding, str(path))
    assert status == 0 and err == ""
    assert [q["text"] for q in jsonl(out)] == ["réussite"]


def test_unknown_encoding_is_reported(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, _, err = run(capsys, "extract", "--encoding", "no-such-codec", str(article))
    assert status == 1
    assert str(article) in err and "unknown encoding" in err


# -- bad input ------------------------------------------------------------------
def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input and the reason its error line must give."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a déclaré « non ».".encode("latin-1"))
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return {
        "not utf-8": (latin, "not valid utf-8"),
        "binary": (binary, "binary"),
        "empty": (empty, "empty"),
        "missing": (tmp_path / "missing.txt", "no such file"),
    }


@pytest.mark.parametrize("kind", ["not utf-8", "binary", "empty", "missing"])
def test_bad_input_is_one_line_on_stderr_and_the_rest_is_processed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path, kind: str
) -> None:
    bad, reason = _bad_inputs(tmp_path)[kind]
    status, out, err = run(capsys, "extract", str(bad), str(article))
    assert status == 1
    assert len(err.splitlines()) == 1, err
    assert str(bad) in err and reason in err
    assert [q["doc"] for q in jsonl(out)] == ["article", "article"]


def test_all_bad_inputs_together(capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path) -> None:
    bad = _bad_inputs(tmp_path)
    status, out, err = run(capsys, "extract", *(str(p) for p, _ in bad.values()), str(article))
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == len(bad)
    for line, (path, reason) in zip(lines, bad.values(), strict=True):
        assert line.startswith("quoteattr: ") and str(path) in line and reason in line
    assert len(jsonl(out)) == 2


def test_nul_byte_late_in_a_file_is_binary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(OTHER.encode("utf-8") * 1000 + b"\x00\x01\x02")
    status, out, err = run(capsys, "extract", str(path))
    assert status == 1 and "binary" in err and out == ""


def test_unreadable_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, article: Path
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # running as root: permissions do not stop reads, so simulate the refusal
        real_read_bytes = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real_read_bytes(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    status, out, err = run(capsys, "extract", str(locked), str(article))
    locked.chmod(0o644)
    assert status == 1
    assert len(err.splitlines()) == 1 and str(locked) in err and "Permission denied" in err
    assert len(jsonl(out)) == 2


def test_empty_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, b"")
    status, _, err = run(capsys, "extract", "-")
    assert status == 1 and "<stdin>" in err and "empty" in err


def test_directory_without_text_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "extract", str(tmp_path))
    assert status == 1 and out == "" and "no .txt files" in err


# -- schema ---------------------------------------------------------------------
@pytest.mark.parametrize("record", [[], ["quote"], ["document"]])
def test_schema_is_valid_json_schema(capsys: pytest.CaptureFixture[str], record: list[str]) -> None:
    status, out, _ = run(capsys, "schema", *record)
    schema = json.loads(out)
    assert status == 0 and schema["type"] == "object" and "properties" in schema
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_schema_validates_real_output(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    _, schema, _ = run(capsys, "schema", "quote")
    _, out, _ = run(capsys, "extract", str(article))
    for quote in jsonl(out):
        jsonschema.validate(quote, json.loads(schema))


# -- the installed console script ---------------------------------------------------
def _console_script() -> list[str]:
    script = Path(sys.executable).with_name("quoteattr")
    if script.exists():
        return [str(script)]
    found = shutil.which("quoteattr")
    if found is None:
        pytest.skip("the quoteattr console script is not installed")
    return [found]


def test_console_script_end_to_end(tmp_path: Path, article: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [*_console_script(), "extract", str(missing), str(article), "-"],
        input=OTHER.encode("utf-8"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.decode().strip() == f"quoteattr: {missing}: no such file"
    quotes = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [q["doc"] for q in quotes] == ["article", "article", "stdin"]


def test_same_file_name_in_two_folders_gets_two_ids(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Document ids stay unique: the second x.txt is named by its path."""
    for folder, line in (("a", "“Yes,” she said."), ("b", "“No,” he said.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(line, encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    docs = [json.loads(line)["doc"] for line in capsys.readouterr().out.splitlines()]
    assert docs[0] == "x" and docs[1].endswith("b/x") and len(set(docs)) == 2


def test_schema_lists_the_rule_names_as_a_closed_set(capsys: pytest.CaptureFixture[str]) -> None:
    """The schema's Attribution.rule is an enum of exactly the registry's rule names."""
    from typing import get_args

    from quoteattr.attribution.rules import RULES
    from quoteattr.models import RuleName

    status, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert status == 0
    rule = schema["$defs"]["Attribution"]["properties"]["rule"]
    assert set(rule["enum"]) == set(get_args(RuleName)) == set(RULES)


def test_a_file_and_a_namesake_in_a_folder_get_two_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """extract sub/ x.txt: two documents, two ids (not both 'x'); the same file twice is still a duplicate."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("“We will win,” Anna Berg said.", encoding="utf-8")
    (tmp_path / "x.txt").write_text("“We will lose,” Carl Dahl said.", encoding="utf-8")
    assert main(["extract", "sub/", "x.txt"]) == 0
    docs = [json.loads(line)["doc"] for line in capsys.readouterr().out.splitlines()]
    assert len(docs) == 2 and len(set(docs)) == 2
    assert main(["extract", str(tmp_path / "x.txt"), str(tmp_path / "x.txt")]) == 1
    assert "duplicate article id" in capsys.readouterr().err


def test_table_output_escapes_control_characters(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--format table: escape sequences and carriage returns in file names and quotes are printed escaped."""
    path = tmp_path / "a\x1b[31mred\rname.txt"
    path.write_text("“We \x1b[2J will \r win this,” Anna Berg said.", encoding="utf-8")
    assert main(["extract", str(path), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\\x1b[2J" in out and len(out.splitlines()) == 2


def test_rough_edges_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A non-text codec is one line per file; Ctrl-C exits 130; a full disk is one line, status 1."""
    assert main(["extract", str(article), "--encoding", "base64"]) == 1
    assert capsys.readouterr().err.strip() == f"quoteattr: {article}: 'base64' is not a text encoding"

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("quoteattr.cli.extract", interrupted)
    assert main(["extract", str(article)]) == 130
    assert capsys.readouterr().err.strip() == "quoteattr: interrupted"
    monkeypatch.undo()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quoteattr.cli.RecordWriter.write", full)
    assert main(["extract", str(article)]) == 1
    assert capsys.readouterr().err.strip() == "quoteattr: No space left on device"  # not from a write to stdout


def test_a_full_output_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str], article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write to standard output that fails names standard output: one line, exit status 1."""

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["extract", str(article)]) == 1
    assert capsys.readouterr().err == "quoteattr: standard output: No space left on device\n"
    assert main(["schema"]) == 1
    assert capsys.readouterr().err == "quoteattr: standard output: No space left on device\n"


FULL = Path("/dev/full")
needs_full = pytest.mark.skipif(
    not (FULL.is_char_device() and os.access(FULL, os.W_OK)), reason="no writable /dev/full here"
)


@needs_full
def test_standard_output_on_a_full_disk(article: Path) -> None:
    """``extract > /dev/full``: one line naming standard output (no traceback at exit), exit status 1."""
    for fmt in ("jsonl", "json", "table", "csv"):
        with FULL.open("w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "quoteattr", "extract", str(article), "--format", fmt],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )
        assert (done.returncode, done.stderr) == (1, "quoteattr: standard output: No space left on device\n"), fmt


@needs_full
def test_out_on_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """``--out /dev/full``: one line naming the file, exit status 1, and the device is still a device
    (``corpus`` renamed its finished output over it, a regular file where /dev/full was)."""
    assert main(["view", str(article), "--out", str(FULL)]) == 1
    assert capsys.readouterr().err == f"quoteattr: {FULL}: No space left on device\n"
    records = tmp_path / "quotes.jsonl"
    assert main(["extract", str(article)]) == 0
    records.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["report", str(records), "--out", str(FULL)]) == 1
    assert capsys.readouterr().err == f"quoteattr: {FULL}: No space left on device\n"
    work = tmp_path / "work"
    assert main(["corpus", str(article), "--out", str(FULL), "--work", str(work), "--quiet"]) == 1
    assert capsys.readouterr().err == f"quoteattr: {FULL}: No space left on device\n"
    assert FULL.is_char_device()


def test_extract_holds_one_document_at_a_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue: every document was kept until the end; now earlier ones wait on disk, not in memory."""
    import gc

    import quoteattr.cli
    from quoteattr.models import Document

    for number in range(6):
        (tmp_path / f"a{number}.txt").write_text(f"“We will win {number},” Liz Truss said.\n", encoding="utf-8")
    real = quoteattr.cli.extract
    alive: list[int] = []

    def documents_alive() -> int:
        gc.collect()
        return sum(isinstance(o, Document) for o in gc.get_objects())

    before = documents_alive()  # other tests' documents may still be held by their fixtures

    def counting(*args: Any, **kwargs: Any) -> Document:
        alive.append(documents_alive() - before)
        return real(*args, **kwargs)

    monkeypatch.setattr("quoteattr.cli.extract", counting)
    status, out, _ = run(capsys, "extract", str(tmp_path))
    assert status == 0
    assert {r["speaker"]["id"] for r in jsonl(out)} == {"liz-truss"}
    assert len(jsonl(out)) == 6
    assert max(alive) <= 2, alive


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_streamed_output_matches_the_batch_writer(tmp_path: Path, fmt: str) -> None:
    """The streaming writer prints what one batch write printed, record for record."""
    from quoteattr import extract
    from quoteattr.cli import RecordWriter

    docs = [extract(f"“Yes {n},” Berg said. “No,” she added.", doc_id=f"d{n}") for n in range(3)]
    streamed = io.StringIO()
    writer = RecordWriter(fmt, streamed)
    for doc in docs:
        writer.write(doc)
    writer.close()
    if fmt == "json":
        assert json.loads(streamed.getvalue()) == [q.model_dump(mode="json") for d in docs for q in d.quotes]
        assert streamed.getvalue() == json.dumps(json.loads(streamed.getvalue()), ensure_ascii=False, indent=2) + "\n"
    else:
        assert streamed.getvalue().count("\n") == 6 + (fmt != "jsonl")


@pytest.mark.skipif(sys.platform == "win32", reason="closing a child's standard input is POSIX")
def test_closed_stdin_is_one_line_and_other_files_still_print(tmp_path: Path) -> None:
    """Issue: a closed standard input gave a traceback and lost the other files' output."""
    article = tmp_path / "a.txt"
    article.write_text("“We will not back down,” Truss said.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", "extract", "-", str(article)],
        preexec_fn=lambda: os.close(0),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "quoteattr: <stdin>: standard input is closed"
    assert [json.loads(line)["speaker"]["name"] for line in done.stdout.splitlines()] == ["Truss"]
