"""The ``quoteattr`` command line.

``quoteattr extract PATH... | -`` prints the quotes of text files, directories
(``*.txt``, recursively) or standard input; ``quoteattr schema`` prints the JSON
Schema of the records.  A file that cannot be read is reported on one line of
standard error, the others are still processed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from quoteattr._version import __version__
from quoteattr.extract import extract
from quoteattr.models import Document, Quote
from quoteattr.speakers import link_speakers


class SourceError(Exception):
    """One input could not be read; the message says which and why."""


def iter_paths(paths: Sequence[str]) -> Iterator[Path | None]:
    """Expand the command-line paths: files as given, directories to their ``*.txt`` files.

    ``-`` stands for standard input and is yielded as ``None``.
    """
    for raw in paths:
        if raw == "-":
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def read_text(path: Path | None, encoding: str) -> tuple[str, str]:
    """Return ``(doc_id, text)`` for a path (or stdin), or raise :class:`SourceError`."""
    name = "<stdin>" if path is None else str(path)
    try:
        data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{name}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise SourceError(f"{name}: empty file")
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise SourceError(f"{name}: unknown encoding {encoding!r}") from None
    # UTF-16 and UTF-32 text is full of NUL bytes; in any other encoding one NUL
    # anywhere (not only near the start) means a binary file.
    if b"\x00" in data and not codec.startswith(("utf-16", "utf-32")):
        raise SourceError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{name}: not valid {encoding} (byte {exc.start}); pass --encoding to name its encoding"
        ) from None
    return ("stdin" if path is None else path.stem), text.removeprefix("\ufeff")


def _quote_row(quote: Quote) -> str:
    speaker = quote.speaker.name if quote.speaker else ""
    text = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
    return f"{quote.doc:<24.24} {quote.start:>7} {quote.end:>7} {quote.kind:<8} {speaker:<24.24} {text}"


def write_documents(documents: Sequence[Document], fmt: str, out: TextIO) -> None:
    """Print the quotes of ``documents`` as JSON Lines, one JSON array, or a table."""
    quotes = [q for d in documents for q in d.quotes]
    if fmt == "jsonl":
        for quote in quotes:
            out.write(quote.model_dump_json() + "\n")
    elif fmt == "json":
        json.dump([q.model_dump(mode="json") for q in quotes], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(f"{'doc':<24} {'start':>7} {'end':>7} {'kind':<8} {'speaker':<24} text\n")
        for quote in quotes:
            out.write(_quote_row(quote).replace("\n", " ") + "\n")


def _parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    status = 0
    documents: list[Document] = []
    for path in iter_paths(args.paths):
        try:
            doc_id, text = read_text(path, args.encoding)
        except SourceError as exc:
            print(f"quoteattr: {exc}", file=sys.stderr)
            status = 1
            continue
        documents.append(extract(text, doc_id=doc_id, published=args.published))
    if len(documents) > 1:
        documents = link_speakers(documents)  # one person, one speaker id across the files
    if not documents and status == 0:
        print("quoteattr: no .txt files found in the given paths", file=sys.stderr)
        status = 1
    write_documents(documents, args.format, sys.stdout)
    return status


def cmd_schema(args: argparse.Namespace) -> int:
    schema = Document.model_json_schema() if args.record == "document" else Quote.model_json_schema()
    json.dump(schema, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quoteattr", description="Who said what, where and when.")
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    ext = commands.add_parser("extract", help="print the quotes of text files, directories or stdin")
    ext.add_argument("paths", nargs="+", metavar="PATH", help="text files, directories (*.txt) or - for stdin")
    ext.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl")
    ext.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    ext.add_argument("--published", type=_parse_date, default=None, help="publication date, YYYY-MM-DD")
    ext.set_defaults(func=cmd_extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.add_argument("record", nargs="?", choices=("quote", "document"), default="quote")
    schema.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quoteattr`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `quoteattr extract ... | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
