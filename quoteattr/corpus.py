"""Corpus runs: many articles in, one JSON Lines file of clustered quotes out, in bounded memory.

A run has three phases, all driven by :func:`run_corpus` (``quoteattr corpus``):

1. **Extract.**  Articles are read lazily (by :func:`quoteattr.articles.read_articles`: JSON
   Lines, text files, directories, standard input) and sent in batches to worker
   processes (or Dask workers).  At most a few batches are in flight, so memory does not grow
   with the corpus.  Each finished article is appended to the *spool*, ``WORK/spool.jsonl``: one
   line per article with its quotes and speaker entities, written in input order and flushed
   batch by batch.
2. **Link and cluster.**  The spool is read back keeping only what clustering needs: the speaker
   entities of each article (to link speakers across the corpus) and one ``(id, speaker, text,
   kind)`` tuple per quote.  Speakers are linked (:func:`quoteattr.speakers.link_speakers`), then
   quotes are clustered, one speaker group per task.
3. **Write.**  The spool is read a last time and every quote is written with its corpus-wide
   ``speaker.id`` and ``cluster`` to ``OUT.tmp``, which is renamed over ``OUT`` only when complete.

**Resuming.**  The spool is the checkpoint: an article is done exactly when its line is complete
in the spool.  A run that is interrupted (Ctrl-C, a kill, a crash) leaves the work directory
behind; running the same command again truncates a half-written last line, skips the articles
already in the spool, extracts the rest and goes on.  ``OUT`` is only ever replaced whole, so it
never holds duplicates or a partial run.  ``WORK/inputs.json`` records the inputs: a different
input list is refused rather than mixed in (``--restart`` discards the work directory).  The work
directory is removed after a successful run unless ``keep_work`` is set.

**One run per output.**  A run holds an exclusive lock on ``OUT.lock`` from start to finish, so a
second run on the same ``OUT`` (or the same work directory) refuses at once instead of
interleaving its spool with the first; the operating system drops the lock when a run dies, so a
killed run never blocks its resume.  An ``OUT``, work directory or ``--clusters`` file that is
one of the inputs or lies inside an input directory is refused before anything is written: it
would overwrite an article file, or be read back as articles by the next run.

**Bad input.**  A line that is not a JSON object with a string ``id`` and ``text`` (or has a bad
``published`` date), a repeated article id, an unreadable file, or an article that fails to
extract is reported on standard error as ``FILE:LINE: reason`` and skipped; the run goes on and
its report says how many were skipped (the command then exits with status 1).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from quoteattr.articles import Article, Problem, count_articles, read_articles, unique_articles
from quoteattr.cluster import (
    DEFAULT_CONFIG,
    ClusterConfig,
    Item,
    QuoteInfo,
    build_cluster,
    cluster_group,
    cluster_id,
    cluster_speaker,
    group_items,
    join_by_text,
    lent,
    speaker_loans,
)
from quoteattr.errors import CorpusError, InputError
from quoteattr.lang import get_language
from quoteattr.models import Document, Quote, Span, Speaker, SpeakerEntity
from quoteattr.shingles import words
from quoteattr.speakers import link_speakers

# --------------------------------------------------------------------------------------------------
# Extraction (runs in worker processes)


def _exit_with_parent(parent: int, interval: float = 1.0) -> None:
    """Pool initializer: the worker ends itself once its parent is gone (a ``kill -9`` of the run),
    instead of lingering.  A daemon thread checks the parent id every ``interval`` seconds."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def extract_batch(articles: Sequence[Article]) -> list[tuple[str, str | None, str | None, int]]:
    """Extract a batch: for each article ``(id, spool line, None, quotes)``, or ``(id, None, error, 0)``.

    Module-level and given plain tuples, so process pools and Dask workers can run it.
    """
    from quoteattr.extract import extract

    results: list[tuple[str, str | None, str | None, int]] = []
    for article in articles:
        try:
            document = extract(article.text, lang=article.lang, doc_id=article.id, published=article.published)
        except Exception as exc:  # a bug on one odd article must not stop a corpus run
            results.append((article.id, None, f"extraction failed ({type(exc).__name__}: {exc})", 0))
            continue
        line = {
            "id": article.id,
            "lang": document.lang,
            "source": article.source,
            "published": article.published,
            "outlet": article.outlet,
            "speakers": [s.model_dump(mode="json") for s in document.speakers],
            "quotes": [q.model_dump(mode="json") for q in document.quotes],
        }
        results.append((article.id, json.dumps(line, ensure_ascii=False), None, len(document.quotes)))
    return results


ENGINES = ("local", "dask")
"""Where a corpus run extracts and clusters: local worker processes, or a Dask cluster."""


class _Submit(Protocol):
    def __call__(self, batch: list[Article]) -> Future[list[tuple[str, str | None, str | None, int]]]: ...


class _Done(Future):  # type: ignore[type-arg]
    """An already finished future, for running inline without a pool."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.set_result(value)


# --------------------------------------------------------------------------------------------------
# The spool


def read_spool(path: Path) -> set[str]:
    """Ids of the articles completely written to the spool; a half-written last line is cut off."""
    done: set[str] = set()
    if not path.exists():
        return done
    good = 0
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                done.add(json.loads(raw)["id"])
            except (ValueError, KeyError, TypeError):
                break
            good += len(raw)
    if good != path.stat().st_size:
        with path.open("r+b") as handle:
            handle.truncate(good)
    return done


def iter_spool(path: Path) -> Iterator[dict[str, Any]]:
    """The article records of the spool, in order."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


# --------------------------------------------------------------------------------------------------
# Progress


class Progress:
    """A one-line progress display on a terminal (``\\r``-rewritten); silent when not a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, done: int, quotes: int, *, force: bool = False) -> None:
        """Redraw, at most ten times a second."""
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.1):
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        if self.total:
            share = min(1.0, done / self.total)
            bar = "#" * int(share * 24)
            head = f"[{bar:<24}] {share:4.0%} {done}/{self.total}"
        else:
            head = f"{done}"
        self.stream.write(f"\r{head} articles, {quotes} quotes, {rate:.0f}/s ")
        self.stream.flush()

    def message(self, text: str) -> None:
        """Print a line without garbling the bar."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
        print(text, file=self.stream, flush=True)

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------------------------------
# The run


@dataclass
class CorpusReport:
    """What a corpus run did."""

    articles: int = 0
    resumed: int = 0
    quotes: int = 0
    clusters: int = 0
    skipped: list[Problem] = field(default_factory=list)


def _batches(
    articles: Iterable[Article | Problem],
    done: set[str],
    size: int,
    report: CorpusReport,
    warn: Callable[[Problem], None],
) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in unique_articles(articles):
        if isinstance(article, Problem):
            warn(article)
            continue
        if article.id in done:
            report.resumed += 1
            continue
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _try_lock(handle: Any) -> bool:
    # An advisory lock tied to the open file: the operating system releases it when the process
    # ends, however it ends.
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def output_lock(path: Path) -> Iterator[None]:
    """Hold ``PATH.lock`` exclusively for the block, or raise :class:`CorpusError` if another run holds it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     with output_lock(Path(tmp) / "out.jsonl"):
    ...         try:
    ...             with output_lock(Path(tmp) / "out.jsonl"):
    ...                 pass
    ...         except CorpusError as error:
    ...             print(str(error).split(";")[0])
    another quoteattr corpus run is writing ...out.jsonl
    """
    lock = path.with_name(path.name + ".lock")
    while True:
        try:
            handle = lock.open("a+b")
        except OSError as exc:
            raise CorpusError(f"cannot create {lock} ({exc.strerror or exc})") from None
        if not _try_lock(handle):
            handle.close()
            raise CorpusError(
                f"another quoteattr corpus run is writing {path}; wait for it to finish or give another --out"
            )
        try:
            same = os.path.samestat(os.fstat(handle.fileno()), os.stat(lock))
        except OSError:
            same = False
        if same:
            break
        handle.close()  # the holder removed the file as we opened it: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            lock.unlink()
        handle.close()


def _inside(path: Path, inputs: Sequence[str | Path]) -> str | None:
    """The input that ``path`` is, or lies inside; ``None`` when it is apart from all of them."""
    resolved = path.resolve()
    for raw in inputs:
        if str(raw) == "-":
            continue
        source = Path(raw).resolve()
        if resolved == source or (source.is_dir() and resolved.is_relative_to(source)):
            return str(raw)
        with contextlib.suppress(OSError):
            if path.exists() and os.path.samefile(path, source):  # a hard link to an input
                return str(raw)
    return None


def check_outputs_apart(inputs: Sequence[str | Path], **outputs: Path | None) -> None:
    """Refuse an output that is an input or lies inside an input directory, before anything is written.

    >>> check_outputs_apart(["a.jsonl"], out=Path("a.jsonl"))
    Traceback (most recent call last):
    ...
    quoteattr.errors.CorpusError: --out a.jsonl is the input a.jsonl; write it elsewhere
    >>> check_outputs_apart(["a.jsonl"], out=Path("b.jsonl"))
    """
    for option, path in outputs.items():
        if path is None:
            continue
        source = _inside(path, inputs)
        if source is not None:
            relation = "is the input" if path.resolve() == Path(source).resolve() else "lies inside the input"
            raise CorpusError(f"--{option} {path} {relation} {source}; write it elsewhere")


def _prepare_work(work: Path, paths: Sequence[str | Path], restart: bool) -> None:
    inputs = sorted(str(Path(p).resolve()) for p in paths)
    record = work / "inputs.json"
    if restart and work.exists():
        shutil.rmtree(work)
    if record.exists():
        previous = json.loads(record.read_text(encoding="utf-8"))
        if previous != inputs:
            raise CorpusError(
                f"{work} holds an interrupted run over other inputs; run it with the same inputs to resume it, "
                "or pass --restart to discard it"
            )
        return
    work.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(inputs), encoding="utf-8")


def run_corpus(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    jobs: int | None = None,
    batch_size: int = 16,
    work: str | Path | None = None,
    restart: bool = False,
    keep_work: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    clusters_out: str | Path | None = None,
    progress: bool | None = None,
    config: ClusterConfig = DEFAULT_CONFIG,
    stderr: TextIO | None = None,
    lang: str | None = None,
) -> CorpusReport:
    """Extract, link and cluster a corpus into ``out`` (JSON Lines of quote records); see the module docs.

    ``jobs`` worker processes (default: all cores) extract and cluster; ``engine="dask"`` runs both
    on a Dask cluster instead (``scheduler`` is its address, or a local cluster of ``jobs`` workers).
    ``clusters_out`` also writes one :class:`~quoteattr.models.QuoteCluster` per line.  ``lang`` is
    the language of every article that does not name its own (``None``: detected per article).
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; pass one of {', '.join(map(repr, ENGINES))}")
    if batch_size < 1:
        raise InputError(f"batch_size must be at least 1, got {batch_size}")
    if lang is not None:
        lang = get_language(lang).code
    jobs = max(1, jobs or os.cpu_count() or 1)
    out = Path(out)
    work = Path(work) if work else out.with_name(out.name + ".work")
    check_outputs_apart(paths, out=out, work=work, clusters=Path(clusters_out) if clusters_out else None)
    with output_lock(out), output_lock(work):
        return _run_locked(
            paths,
            out,
            work,
            jobs,
            batch_size,
            restart,
            keep_work,
            engine,
            scheduler,
            clusters_out,
            progress,
            config,
            stderr,
            lang,
        )


def _run_locked(
    paths: Sequence[str | Path],
    out: Path,
    work: Path,
    jobs: int,
    batch_size: int,
    restart: bool,
    keep_work: bool,
    engine: str,
    scheduler: str | None,
    clusters_out: str | Path | None,
    progress: bool | None,
    config: ClusterConfig,
    stderr: TextIO | None,
    lang: str | None,
) -> CorpusReport:
    _prepare_work(work, paths, restart)
    spool = work / "spool.jsonl"
    done = read_spool(spool)
    report = CorpusReport()
    bar = Progress(0, stderr, enabled=progress)
    if bar.enabled:  # a quick pass over the inputs, only worth it when someone watches
        bar.total = count_articles(paths)

    def warn(problem: Problem) -> None:
        report.skipped.append(problem)
        bar.message(f"quoteattr: {problem.source}: {problem.message}; skipped")

    client: Any = None
    pool: ProcessPoolExecutor | None = None
    submit: _Submit
    if engine == "dask":
        from quoteattr.dask_engine import connect

        client = connect(scheduler, jobs=jobs)
        submit = lambda batch: client.submit(extract_batch, batch, pure=False)  # noqa: E731
    elif jobs > 1:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent, initargs=(os.getpid(),))
        submit = lambda batch: pool.submit(extract_batch, batch)  # noqa: E731
    else:
        submit = lambda batch: _Done(extract_batch(batch))  # noqa: E731
    window = 0 if client is None and pool is None else 2 * jobs  # batches in flight beyond the one draining
    try:
        report.articles = len(done)
        with spool.open("a", encoding="utf-8") as sink:
            pending: deque[Future[list[tuple[str, str | None, str | None, int]]]] = deque()
            sources: dict[str, str] = {}
            extracted = [0]  # quotes extracted in this run, for the progress line

            def drain(future: Future[list[tuple[str, str | None, str | None, int]]]) -> None:
                for article_id, line, error, quotes in future.result():
                    source = sources.pop(article_id, article_id)
                    if line is None:
                        warn(Problem(source, error or "extraction failed"))
                        continue
                    sink.write(line + "\n")
                    report.articles += 1
                    extracted[0] += quotes
                sink.flush()
                bar.update(report.articles + len(report.skipped), extracted[0])

            for batch in _batches(read_articles(paths, lang=lang), done, batch_size, report, warn):
                for article in batch:
                    sources[article.id] = article.source
                pending.append(submit(batch))
                while len(pending) > window:
                    drain(pending.popleft())
            while pending:
                drain(pending.popleft())
        bar.update(report.articles + len(report.skipped), extracted[0], force=True)
        bar.close()
        if report.articles == 0 and not report.skipped:
            raise CorpusError("no articles found in the given paths")
        speaker_ids = link_corpus_speakers(spool)
        items, infos = _cluster_inputs(spool, speaker_ids, config, want_infos=True)
        if client is not None:
            from quoteattr.dask_engine import cluster_items_dask

            labels = cluster_items_dask(items, client=client, config=config)
        else:
            labels = cluster_items_parallel(items, jobs=jobs, config=config, pool=pool)
        cluster_of, report.clusters = _cluster_ids(items, labels)
        if clusters_out is not None:
            _write_clusters(Path(clusters_out), infos, labels, config)
        loans = _speaker_loans(infos, labels)
        del items, labels, infos
        report.quotes = _write_output(spool, out, speaker_ids, cluster_of, loans)
    finally:
        if pool is not None:
            pool.shutdown()
        if client is not None:
            from quoteattr.dask_engine import close

            close(client)
    if not keep_work:
        shutil.rmtree(work, ignore_errors=True)
    return report


# --------------------------------------------------------------------------------------------------
# Linking and clustering over the spool


def _stub(record: dict[str, Any]) -> Document:
    # What link_speakers reads of a document: its id, its entities, and one quote per entity and
    # resolution.  Built without validation: there is no text for the offsets to point into.
    quotes = []
    seen: set[tuple[str, str]] = set()
    for quote in record["quotes"]:
        speaker = quote.get("speaker")
        if speaker is None or (speaker.get("id") or speaker["name"], speaker["resolution"]) in seen:
            continue
        seen.add((speaker.get("id") or speaker["name"], speaker["resolution"]))
        quotes.append(
            Quote.model_construct(
                doc=record["id"],
                id=quote["id"],
                kind=quote["kind"],
                text="",
                start=0,
                end=0,
                pieces=[Span.model_construct(start=0, end=0)],
                speaker=Speaker.model_construct(**{**speaker, "start": 0, "end": 0}),
            )
        )
    speakers = [SpeakerEntity.model_construct(**s) for s in record.get("speakers", [])]
    return Document.model_construct(doc_id=record["id"], text="", quotes=quotes, speakers=speakers, warnings=[])


def link_corpus_speakers(spool: Path) -> dict[tuple[str, str], str]:
    """Corpus-wide speaker ids, as ``(article id, speaker name or local id) -> corpus id``.

    The documents' speaker entities are linked by :func:`quoteattr.speakers.link_speakers`, from
    stubs holding only the entities, so the texts need not be in memory.  Should linking fail, the
    error ends the run with the spool kept: running the command again resumes from it.
    """
    stubs = [_stub(record) for record in iter_spool(spool)]
    mapping: dict[tuple[str, str], str] = {}
    for stub, document in zip(stubs, link_speakers(stubs), strict=True):
        for before, after in zip(stub.quotes, document.quotes, strict=True):
            if before.speaker is not None and after.speaker is not None and after.speaker.id:
                mapping[(stub.doc_id, before.speaker.id or before.speaker.name)] = after.speaker.id
    return mapping


def corpus_speaker_id(speaker_ids: dict[tuple[str, str], str], doc: str, speaker: dict[str, Any]) -> str | None:
    """The corpus id of a quote's speaker (see :func:`link_corpus_speakers`)."""
    return speaker_ids.get((doc, speaker.get("id") or speaker["name"]))


def _cluster_inputs(
    spool: Path, speaker_ids: dict[tuple[str, str], str], config: ClusterConfig, *, want_infos: bool
) -> tuple[list[Item], list[QuoteInfo]]:
    items: list[Item] = []
    infos: list[QuoteInfo] = []
    for record in iter_spool(spool):
        for quote in record["quotes"]:
            if quote["kind"] == "term" or len(words(quote["text"])) < config.min_words:
                continue
            speaker = quote.get("speaker")
            named = bool(speaker) and not (speaker["resolution"] == "pronoun" and speaker["name"] == speaker["mention"])
            key = corpus_speaker_id(speaker_ids, record["id"], speaker) if named else None
            items.append((quote["id"], key, quote["text"], quote["kind"]))
            if want_infos:
                date = quote.get("date") or record.get("published")
                infos.append(
                    QuoteInfo(
                        quote["id"],
                        record["id"],
                        quote["kind"],
                        quote["text"],
                        dt.date.fromisoformat(date) if date else None,
                        speaker["name"] if speaker else None,
                        key,
                        named,
                    )
                )
    return items, infos


def _cluster_block(block: list[Item], config: ClusterConfig) -> list[int]:
    return cluster_group(block, config=config)


def cluster_items_parallel(
    items: Sequence[Item],
    *,
    jobs: int = 1,
    config: ClusterConfig = DEFAULT_CONFIG,
    pool: ProcessPoolExecutor | None = None,
) -> list[int]:
    """:func:`~quoteattr.cluster.cluster_items` with speaker groups spread over worker processes.

    Gives the same labels as the single-process function: each group is clustered whole, by the
    same deterministic :func:`~quoteattr.cluster.cluster_group`.
    """
    labels = list(range(len(items)))
    groups = [positions for key, positions in group_items(items).items() if key is not None and len(positions) > 1]
    if jobs <= 1 or pool is None or len(groups) < 2:
        results: Iterable[list[int]] = (_cluster_block([items[i] for i in g], config) for g in groups)
    else:
        groups.sort(key=len, reverse=True)  # big groups first, so no worker is left with one at the end
        results = pool.map(_cluster_block, ([items[i] for i in g] for g in groups), [config] * len(groups), chunksize=8)
    for positions, local in zip(groups, results, strict=True):
        for i, label in zip(positions, local, strict=True):
            labels[i] = positions[label]
    return join_by_text(items, labels, config=config)


def _cluster_ids(items: Sequence[Item], labels: Sequence[int]) -> tuple[dict[str, str], int]:
    members: dict[int, list[str]] = {}
    for item, label in zip(items, labels, strict=True):
        members.setdefault(label, []).append(item[0])
    cluster_of: dict[str, str] = {}
    for ids in members.values():
        identifier = cluster_id(ids)
        for quote_id in ids:
            cluster_of[quote_id] = identifier
    return cluster_of, len(members)


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[TextIO]:
    """Write ``path`` whole or not at all: into ``PATH.tmp``, renamed over ``path`` once complete.

    A path that is no regular file (``/dev/stdout``, a named pipe, a device) is written in place, as
    a rename would put a regular file where the device was.  A write that fails (a full disk) names
    ``path``, so the command's one-line message says which output it could not write.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     with output_file(Path(tmp) / "out.jsonl") as sink:
    ...         _ = sink.write("{}\\n")
    ...     sorted(p.name for p in Path(tmp).iterdir())
    ['out.jsonl']
    """
    in_place = path.exists() and not path.is_file()
    temporary = path if in_place else path.with_name(path.name + ".tmp")
    try:
        with temporary.open("w", encoding="utf-8") as sink:
            yield sink
    except OSError as exc:
        if exc.filename is None or exc.filename == str(temporary):
            exc.filename = str(path)
        raise
    if not in_place:
        os.replace(temporary, path)


def _write_clusters(path: Path, infos: Sequence[QuoteInfo], labels: Sequence[int], config: ClusterConfig) -> None:
    members: dict[int, list[QuoteInfo]] = {}
    for info, label in zip(infos, labels, strict=True):
        members.setdefault(label, []).append(info)
    with output_file(path) as sink:
        for group in members.values():
            sink.write(build_cluster(group, config=config).model_dump_json() + "\n")


def _speaker_loans(infos: Sequence[QuoteInfo], labels: Sequence[int]) -> dict[str, tuple[str, str | None, str]]:
    # Quote id -> (speaker, speaker id, source quote) for each unattributed quote its cluster lends a speaker,
    # by the rule cluster_documents applies (speaker_loans).  Only clusters mixing named and unnamed
    # renderings are looked at.
    members: dict[int, list[QuoteInfo]] = {}
    for info, label in zip(infos, labels, strict=True):
        members.setdefault(label, []).append(info)
    loans: dict[str, tuple[str, str | None, str]] = {}
    for group in members.values():
        if len(group) < 2 or all(m.named for m in group) or not any(m.named for m in group):
            continue
        speaker, speaker_id, conflicts = cluster_speaker(group)
        for quote_id, source in speaker_loans(group, speaker, conflicts).items():
            loans[quote_id] = (speaker or "", speaker_id, source)
    return loans


def _write_output(
    spool: Path,
    out: Path,
    speaker_ids: dict[tuple[str, str], str],
    cluster_of: dict[str, str],
    loans: dict[str, tuple[str, str | None, str]] | None = None,
) -> int:
    count = 0
    with output_file(out) as sink:
        for record in iter_spool(spool):
            for data in record["quotes"]:
                quote = Quote.model_validate(data)
                update: dict[str, Any] = {"cluster": cluster_of.get(quote.id)}
                if quote.speaker is not None:
                    corpus_id = corpus_speaker_id(speaker_ids, record["id"], data["speaker"])
                    update["speaker"] = quote.speaker.model_copy(update={"id": corpus_id})
                quote = quote.model_copy(update=update)
                loan = loans.get(quote.id) if loans else None
                if loan is not None:
                    quote = lent(quote, *loan)
                sink.write(quote.model_dump_json() + "\n")
                count += 1
    return count
