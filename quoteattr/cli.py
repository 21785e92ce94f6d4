"""The ``quoteattr`` command line.

``quoteattr extract PATH... | -`` prints the quotes of text files, JSON Lines
articles, directories or standard input (read by :mod:`quoteattr.articles`); ``quoteattr schema`` prints the JSON
Schema of the records; ``quoteattr corpus IN... --out OUT.jsonl`` extracts,
links and clusters a whole corpus (:mod:`quoteattr.corpus`); ``quoteattr index
add|search|who DB ...`` keeps a quote index in SQLite (:mod:`quoteattr.index`).
A file that cannot be read is reported on one line of
standard error, the others are still processed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import pickle
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TextIO, cast, get_args

from quoteattr._version import __version__
from quoteattr.errors import QuoteattrError

if TYPE_CHECKING:  # each command imports what it needs when it runs, so --version and --help start at once
    import datetime as dt

    from quoteattr.articles import Problem
    from quoteattr.models import Document, Quote, QuoteCluster, Speaker, SpeakerEntity
    from quoteattr.speakers import SpeakerLinker

OutputFormat = Literal["jsonl", "json", "table", "csv"]
"""How ``extract`` prints records: JSON Lines, one JSON array, a table for people, or CSV for spreadsheets."""


_CONTROL = {c: ascii(chr(c))[1:-1] for c in (*range(0x20), *range(0x7F, 0xA0))} | {0x0A: " "}
"""Control characters as their escapes (``\\x1b``), line feeds as spaces: a table row never moves the
cursor nor starts a terminal escape sequence, whatever a file name or a quote holds."""


def _printable(value: str) -> str:
    r"""``value`` safe to print in a table row.

    >>> _printable("a\x1b[2Jb\rc\nd")
    'a\\x1b[2Jb\\rc d'
    >>> _printable("plain")
    'plain'
    """
    return value.translate(_CONTROL)


STDOUT = "standard output"
"""How a message names standard output, the file of a command's records when it has no ``--out``."""


@contextlib.contextmanager
def _named(name: str) -> Iterator[None]:
    """Give an error of writing the block's file the file's name, so the one-line message says which file failed.

    A failed ``write`` or ``flush`` (a full disk) raises an :class:`OSError` that names no file.

    >>> with _named("out.html"):
    ...     raise OSError(28, "No space left on device")
    Traceback (most recent call last):
    ...
    OSError: [Errno 28] No space left on device: 'out.html'
    >>> with _named("out.html"):
    ...     raise OSError(2, "No such file or directory", "in.txt")
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: 'in.txt'
    """
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = name
        raise


class _NamedOutput:
    """Standard output whose write errors name it (``quoteattr: standard output: No space left on device``).

    Only the writes are named: a full temporary directory while the command works is not standard output.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        with _named(STDOUT):
            return self.stream.write(text)

    def flush(self) -> None:
        with _named(STDOUT):
            self.stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _quote_row(quote: Quote, lang: str) -> str:
    speaker = _printable(quote.speaker.name) if quote.speaker else ""
    text = _printable(quote.text if len(quote.text) <= 70 else quote.text[:67] + "...")
    doc = _printable(quote.doc)
    return f"{doc:<24.24} {lang:<4} {quote.start:>7} {quote.end:>7} {quote.kind:<8} {speaker:<24.24} {text}"


class RecordWriter:
    """Prints the quotes of documents as they come: JSON Lines, one JSON array, a table, or CSV.

    Each document is written as soon as it is given, so ``extract`` holds one document at a time;
    the JSON array opens with the first record and closes in :meth:`close`.

    >>> import io
    >>> out = io.StringIO()
    >>> writer = RecordWriter("json", out)
    >>> writer.close(); out.getvalue()
    '[]\\n'
    """

    def __init__(self, fmt: OutputFormat | str, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self._records = 0
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            from quoteattr.outputs.table import COLUMNS

            self._csv = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
            self._csv.writeheader()
        elif fmt == "table":
            out.write(f"{'doc':<24} {'lang':<4} {'start':>7} {'end':>7} {'kind':<8} {'speaker':<24} text\n")

    def write(self, document: Document) -> None:
        """Print the records of ``document``."""
        out = self.out
        if self._csv is not None:
            from quoteattr.outputs.table import rows

            self._csv.writerows(rows([document]))
        elif self.fmt == "jsonl":
            for quote in document.quotes:
                out.write(quote.model_dump_json() + "\n")
        elif self.fmt == "json":
            for quote in document.quotes:
                record = json.dumps(quote.model_dump(mode="json"), ensure_ascii=False, indent=2)
                out.write(("[\n" if self._records == 0 else ",\n") + textwrap.indent(record, "  "))
                self._records += 1
        else:
            for quote in document.quotes:
                out.write(_quote_row(quote, document.lang).replace("\n", " ") + "\n")

    def close(self) -> None:
        """End the output (the JSON array's closing bracket)."""
        if self.fmt == "json":
            self.out.write("\n]\n" if self._records else "[]\n")


def write_documents(documents: Iterable[Document], fmt: OutputFormat | str, out: TextIO) -> None:
    """Print the quotes of ``documents`` as JSON Lines, one JSON array, a table, or CSV."""
    writer = RecordWriter(fmt, out)
    for document in documents:
        writer.write(document)
    writer.close()


def _parse_date(value: str) -> dt.date:
    import datetime

    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


_LANG_HELP = "language code of articles that name none (default: detected from each text)"


def _parse_lang(value: str) -> str:
    from quoteattr.errors import InputError
    from quoteattr.lang import get_language

    try:
        return get_language(value).code
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def extract(text: str, **options: Any) -> Document:
    """:func:`quoteattr.extract`, imported with the pipeline when a command first extracts a text."""
    from quoteattr.extract import extract as run

    return run(text, **options)


def _extracted(args: argparse.Namespace, problems: list[Problem]) -> Iterator[Document]:
    """The documents of the command's inputs, one at a time, in the language and date the options give.

    An input that cannot be read is reported on one line of standard error and kept in ``problems``.
    """
    from quoteattr.articles import Problem, read_articles, unique_articles

    for article in unique_articles(read_articles(args.paths, encoding=args.encoding, lang=args.lang)):
        if isinstance(article, Problem):
            print(f"quoteattr: {article.source}: {article.message}", file=sys.stderr)
            problems.append(article)
            continue
        published = article.published or args.published
        yield extract(article.text, lang=article.lang, doc_id=article.id, published=published)


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the records of each document as soon as it is known.

    One document is printed when it is extracted.  Several are linked first (one person, one speaker id
    across the files), which needs every document's speakers: the documents wait in a temporary
    spool file, only their speaker entities stay in memory, and a second pass links and prints
    each one in turn.  Memory stays one document's worth whatever the number of files.
    """
    from quoteattr.speakers import SpeakerLinker

    problems: list[Problem] = []
    writer = RecordWriter(args.format, sys.stdout)
    linker: SpeakerLinker | None = None
    first: Document | None = None
    with tempfile.TemporaryFile() as spool:
        handles: list[tuple[int, list[SpeakerEntity], list[str | None]]] = []
        count = 0
        for document in _extracted(args, problems):
            count += 1
            if count == 1:
                first = document  # alone, it is printed as it is; with others, it is linked first
                continue
            if linker is None:
                linker = SpeakerLinker()
                handles.append(linker.add(cast("Document", first)))
                pickle.dump(first, spool)
                first = None
            handles.append(linker.add(document))
            pickle.dump(document, spool)
        if linker is not None:
            linker.finish()
            spool.seek(0)
            for handle in handles:
                writer.write(linker.apply(pickle.load(spool), handle))
        elif first is not None:
            writer.write(first)
    status = 1 if problems else 0
    if count == 0 and status == 0:
        print("quoteattr: no .txt files or JSON Lines articles found in the given paths", file=sys.stderr)
        status = 1
    writer.close()
    return status


def cmd_view(args: argparse.Namespace) -> int:
    """Write the articles' page, quotes highlighted by speaker (see :mod:`quoteattr.outputs.html`)."""
    from quoteattr.outputs.html import to_html
    from quoteattr.speakers import link_speakers

    problems: list[Problem] = []
    documents = list(_extracted(args, problems))
    if len(documents) > 1:
        documents = link_speakers(documents)  # one person, one colour across the articles
    with _named(args.out), open(args.out, "w", encoding="utf-8") as out:
        out.write(to_html(documents))
    return 1 if problems else 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the HTML report of a corpus run's quote records (see :mod:`quoteattr.outputs.report`)."""
    from quoteattr.outputs.report import read_quotes, to_report

    quotes = read_quotes(args.quotes)
    with _named(args.out), open(args.out, "w", encoding="utf-8") as out:
        out.write(to_report(quotes, top=args.top))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of a document or quote record, so consumers can validate the output."""
    from quoteattr.models import Document, Quote

    schema = Document.model_json_schema() if args.record == "document" else Quote.model_json_schema()
    json.dump(schema, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_corpus(args: argparse.Namespace) -> int:
    """Extract, link and cluster a corpus (see :mod:`quoteattr.corpus`); exit 1 if anything was skipped."""
    from quoteattr.corpus import run_corpus

    report = run_corpus(
        args.paths,
        args.out,
        jobs=args.jobs,
        batch_size=args.batch,
        work=args.work,
        restart=args.restart,
        keep_work=args.keep_work,
        engine=args.engine,
        scheduler=args.scheduler,
        clusters_out=args.clusters,
        progress=False if args.quiet else None,
        lang=args.lang,
    )
    if not args.quiet:
        print(
            f"quoteattr: {report.articles} articles ({report.resumed} from an earlier run), {report.quotes} quotes, "
            f"{report.clusters} clusters -> {args.out}; {len(report.skipped)} skipped",
            file=sys.stderr,
        )
    return 1 if report.skipped else 0


def _print_cluster(cluster: QuoteCluster, score: float | None = None, quotes: Sequence[Quote] = ()) -> None:
    # The cluster's head line and representative, then one line per rendering with who said it.
    head = f"{score:.2f} " if score is not None else ""
    first = f"{cluster.first_doc} {cluster.first_date or ''}".strip()
    print(f"{head}{cluster.id} {cluster.speaker or '(unattributed)'} x{len(cluster.members)} first: {first}")
    print(f"    {cluster.text}")
    for quote in quotes:
        print(f"      {quote.id} {_speaker_label(quote.speaker)}: {quote.text}")


def _speaker_label(speaker: Speaker | None) -> str:
    """Who said a rendering, as ``index search`` and ``index who`` list it.

    A speaker the cluster lent (the article named nobody, ``resolution="cluster"``) is marked so, with the
    quote that names it, as the batch run's records mark it; the reader sees which names the article gave.

    >>> from quoteattr.models import Speaker
    >>> _speaker_label(Speaker(name="Liz Truss", mention="", start=0, end=0, resolution="cluster", source="a:q0"))
    'Liz Truss (lent by its cluster, named in a:q0)'
    >>> named = Speaker(name="Liz Truss", mention="Truss", start=0, end=5, resolution="name")
    >>> _speaker_label(named), _speaker_label(None)
    ('Liz Truss', '(unattributed)')
    """
    if speaker is None:
        return "(unattributed)"
    if speaker.resolution == "cluster":
        return f"{speaker.name} (lent by its cluster, named in {speaker.source})"
    return speaker.name


def cmd_index_add(args: argparse.Namespace) -> int:
    """Add articles to an index, one transaction each; exit 1 if anything was skipped."""
    from quoteattr.index import QuoteIndex

    with QuoteIndex(args.db) as index:
        report = index.add_paths(
            args.paths, on_problem=lambda p: print(f"quoteattr: {p.source}: {p.message}; skipped", file=sys.stderr)
        )
        stats = index.stats()
    print(
        f"quoteattr: added {report.articles} articles ({report.quotes} quotes), {report.present} already present, "
        f"{len(report.skipped)} skipped; index holds {stats['articles']} articles, {stats['clusters']} clusters",
        file=sys.stderr,
    )
    return 1 if report.skipped else 0


def cmd_index_search(args: argparse.Namespace) -> int:
    """Print the clusters best matching a text."""
    from quoteattr.index import QuoteIndex

    with QuoteIndex(args.db, create=False) as index:
        hits = [(hit, index.quotes(hit.cluster.id)) for hit in index.search(args.text, limit=args.limit)]
    for hit, quotes in hits:
        if args.json:
            record = {
                "score": hit.score,
                "cluster": hit.cluster.model_dump(mode="json"),
                "quotes": [q.model_dump(mode="json") for q in quotes],
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            _print_cluster(hit.cluster, hit.score, quotes)
    return 0 if hits else 1


def cmd_index_who(args: argparse.Namespace) -> int:
    """Print the clusters of a speaker."""
    from quoteattr.index import QuoteIndex

    with QuoteIndex(args.db, create=False) as index:
        clusters = [(cluster, index.quotes(cluster.id)) for cluster in index.who(args.name, limit=args.limit)]
    for cluster, quotes in clusters:
        if args.json:
            print(cluster.model_dump_json())
        else:
            _print_cluster(cluster, quotes=quotes)
    return 0 if clusters else 1


def build_parser() -> argparse.ArgumentParser:
    """The ``quoteattr`` command line, one sub-command per ``cmd_*`` function (see docs/corpus.md).

    >>> build_parser().parse_args(["schema", "quote"]).record
    'quote'
    >>> args = build_parser().parse_args(["index", "who", "q.db", "Truss"])
    >>> args.func is cmd_index_who, args.json
    (True, False)
    """
    parser = argparse.ArgumentParser(prog="quoteattr", description="Who said what, where and when.")
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    ext = commands.add_parser("extract", help="print the quotes of text files, directories or stdin")
    ext.add_argument("paths", nargs="+", metavar="PATH", help="text or JSON Lines files, directories, or - for stdin")
    ext.add_argument("--format", choices=get_args(OutputFormat), default="jsonl")
    ext.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    ext.add_argument("--published", type=_parse_date, default=None, help="publication date, YYYY-MM-DD")
    ext.add_argument("--lang", type=_parse_lang, default=None, help=_LANG_HELP)
    ext.set_defaults(func=cmd_extract)

    view = commands.add_parser("view", help="write one HTML page of the articles, quotes highlighted by speaker")
    view.add_argument("paths", nargs="+", metavar="PATH", help="text or JSON Lines files, directories, or - for stdin")
    view.add_argument("--out", required=True, help="the HTML file to write")
    view.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    view.add_argument("--published", type=_parse_date, default=None, help="publication date, YYYY-MM-DD")
    view.add_argument("--lang", type=_parse_lang, default=None, help=_LANG_HELP)
    view.set_defaults(func=cmd_view)

    report = commands.add_parser("report", help="write an HTML report with charts of a corpus run's quotes")
    report.add_argument("quotes", metavar="QUOTES.jsonl", help="the output of quoteattr corpus: one quote per line")
    report.add_argument("--out", required=True, help="the HTML file to write")
    report.add_argument("--top", type=int, default=15, help="how many speakers, clusters and outlets to show")
    report.set_defaults(func=cmd_report)

    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.add_argument("record", nargs="?", choices=("quote", "document"), default="quote")
    schema.set_defaults(func=cmd_schema)

    corpus = commands.add_parser("corpus", help="extract, link and cluster many articles into one JSONL file")
    corpus.add_argument("paths", nargs="+", metavar="IN", help="JSONL article files, text files or directories")
    corpus.add_argument("--out", required=True, help="output file: one quote record per line")
    corpus.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    corpus.add_argument("--batch", type=int, default=16, help="articles per task sent to a worker (default 16)")
    corpus.add_argument("--work", default=None, help="work directory for the spool (default: OUT.work)")
    corpus.add_argument("--restart", action="store_true", help="discard an interrupted run instead of resuming it")
    corpus.add_argument("--keep-work", action="store_true", help="keep the work directory after success")
    corpus.add_argument("--clusters", default=None, metavar="FILE", help="also write one cluster record per line")
    corpus.add_argument("--engine", choices=("local", "dask"), default="local", help="process pool or Dask")
    corpus.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://host:8786")
    corpus.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    corpus.add_argument("--lang", type=_parse_lang, default=None, help=_LANG_HELP)
    corpus.set_defaults(func=cmd_corpus)

    index = commands.add_parser("index", help="a persistent quote index in a SQLite file")
    actions = index.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add articles (text files, directories, JSONL), one transaction each")
    add.add_argument("db", metavar="DB")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.set_defaults(func=cmd_index_add)
    search = actions.add_parser("search", help="clusters matching a text, with speaker and first appearance")
    search.add_argument("db", metavar="DB")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="one JSON object per line")
    search.set_defaults(func=cmd_index_search)
    who = actions.add_parser("who", help="clusters of a speaker")
    who.add_argument("db", metavar="DB")
    who.add_argument("name")
    who.add_argument("--limit", type=int, default=None)
    who.add_argument("--json", action="store_true", help="one cluster record per line")
    who.set_defaults(func=cmd_index_who)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``quoteattr`` console script."""
    args = build_parser().parse_args(argv)
    stdout = sys.stdout
    sys.stdout = cast(TextIO, _NamedOutput(stdout))
    try:
        status = int(args.func(args))
        sys.stdout.flush()  # a full disk shows here, not as a traceback when the interpreter exits
        return status
    except BrokenPipeError:  # `quoteattr extract ... | head`
        sys.stderr.close()
        return 0
    except QuoteattrError as exc:  # a refused call (a bad option, a file that is no index): one line, not a traceback
        print(f"quoteattr: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: the shell's convention, 128 + SIGINT
        print("quoteattr: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # a full disk, a closed stream: the file and the reason, one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"quoteattr: {where}{exc.strerror or exc}", file=sys.stderr)
        if exc.filename == STDOUT:
            _discard_output(stdout)
        return 1
    finally:
        sys.stdout = stdout


def _discard_output(stream: TextIO) -> None:
    """Point ``stream`` at the null device, so what it could not write is not tried again, and reported again,
    when the interpreter exits."""
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError):  # not a file (a test's capture): nothing is flushed at exit
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


if __name__ == "__main__":
    raise SystemExit(main())
