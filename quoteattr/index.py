"""A persistent quote index on SQLite: add articles over time, ask who said what first.

``quoteattr index add DB PATH...`` extracts articles (text files, directories, JSON Lines) into
the database; ``index search DB "text"`` finds the clusters whose quotes match a text, with
their speaker and first appearance; ``index who DB "Truss"`` lists the clusters of a speaker.

**Incremental clustering.**  A new quote is matched against the stored quotes of the same
speaker only: full-text search (FTS5) over its longest words, restricted to its speaker key,
gives at most ``candidates`` stored quotes, and :func:`quoteattr.cluster.similarity` -- the test
:func:`quoteattr.cluster.cluster` uses -- decides.  No match opens a cluster; one joins it; a
quote that matches several clusters merges them (the oldest cluster keeps its id).  Speakers
agree when their name keys agree and :func:`quoteattr.speaker_keys.same_speaker` accepts the two
names.  Before that, text decides: the stored run keys of each quote (``quote_runs``, see
:func:`text_keys`) find the renderings with the same words or a long shared run, whatever their
speakers, as the batch run's text pass does; so adding articles one by one gives the batch
partition.  Terms and quotes shorter than ``min_words`` get no cluster.

**Safety.**  The database runs in WAL mode, so readers (``search``, ``who``) work while a writer
adds.  Each article is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``): killing an ``add``
loses at most the article in progress, never corrupts the file, and never leaves half an
article.

**Article identity.**  An article is known by its name (the id its input gave: a file's stem, a
JSON line's ``id``) or its source file, and its content (a digest of its text).  Adding the same
name (or file) with the same text again does nothing ("already present"), so re-running an
interrupted ``add`` over the same inputs completes it without duplicates; the same name with
other text (``day1/report.txt``, later ``day2/report.txt``) is a new version, stored under
``NAME~2``, ``NAME~3``... so its quotes are findable too.

If the Python build's SQLite lacks FTS5, a plain ``(word, quote)`` table with an index stands in
for it (slower on big databases, same results).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from quoteattr.articles import Article, Problem, read_articles
from quoteattr.cluster import (
    DEFAULT_CONFIG,
    ClusterConfig,
    Match,
    QuoteInfo,
    _anchor_positions,
    build_cluster,
    cluster_id,
    cluster_speaker,
    lent,
    similarity,
    speaker_loans,
    text_match,
    unresolved,
)
from quoteattr.data.stopwords import STOPWORDS
from quoteattr.errors import IndexFileError
from quoteattr.models import Document, Quote, QuoteCluster
from quoteattr.shingles import Vocabulary, normalise, shingle, words
from quoteattr.speaker_keys import same_speaker, speaker_key

SCHEMA_VERSION = "3"
"""Version 3 files each quote's text keys (``quote_runs``) so that words alone join renderings whatever
their speakers; version 2 keys speakers by :func:`~quoteattr.speaker_keys.speaker_key` (the
transliterated surname); version 1 keyed them by their last word.  Older files are upgraded when opened."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT,
    published TEXT,
    outlet TEXT,
    quotes INTEGER NOT NULL,
    added TEXT NOT NULL,
    name TEXT,
    digest TEXT
);
CREATE INDEX IF NOT EXISTS articles_name ON articles (name);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source, digest);
CREATE TABLE IF NOT EXISTS clusters (
    id TEXT PRIMARY KEY,
    speaker TEXT,
    speaker_key TEXT,
    representative TEXT NOT NULL,
    text TEXT NOT NULL,
    rep_kind TEXT NOT NULL,
    first_doc TEXT NOT NULL,
    first_quote TEXT NOT NULL,
    first_date TEXT,
    size INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS clusters_speaker ON clusters (speaker_key);
CREATE TABLE IF NOT EXISTS quotes (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article TEXT NOT NULL REFERENCES articles (id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_key TEXT,
    date TEXT,
    cluster TEXT REFERENCES clusters (id),
    similarity REAL,
    reason TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes (cluster);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article);
CREATE TABLE IF NOT EXISTS quote_runs (key INTEGER NOT NULL, role INTEGER NOT NULL, quote INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quote_runs_key ON quote_runs (key, role);
"""

_EXACT, _RUN, _ANCHOR = 0, 1, 2
"""Roles of a text key: the hash of all a quote's words; of a run of ``shared_run`` words; of a run that
is also one of the quote's anchors (see :func:`quoteattr.cluster.join_by_text`)."""

_FTS = "CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5(text, skey, tokenize='unicode61 remove_diacritics 2')"
_PLAIN = """
CREATE TABLE IF NOT EXISTS quote_words (word TEXT NOT NULL, skey TEXT NOT NULL, quote INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quote_words_word ON quote_words (word, skey);
"""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def text_digest(text: str) -> str:
    """The digest that tells two versions of an article apart (surrogates allowed)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def fts5_available() -> bool:
    """Whether this Python's SQLite can create FTS5 tables."""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def _skey(key: str | None) -> str:
    # One safe FTS token per speaker key (keys may hold apostrophes or hyphens).
    if key is None:
        return "knone"
    return "k" + hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


_FUZZY_MIN = 3
"""The shortest query scored by fuzzy containment; a shorter one (``ñ``, ``EU``) must be a whole word."""


def _stable(tokens: Sequence[str]) -> int:
    return int.from_bytes(hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def text_keys(tokens: Sequence[str], config: ClusterConfig = DEFAULT_CONFIG) -> list[tuple[int, int]]:
    """``(key, role)`` of a quote's normalised words: what finds the stored renderings it may share text with.

    Stable across processes (a digest of the words), unlike the in-memory keys of the batch run;
    both feed the same test, :func:`quoteattr.cluster.text_match`, so both join the same quotes.

    >>> roles = [role for _, role in text_keys("we will stand with ukraine for as long as it takes".split())]
    >>> roles.count(_EXACT), roles.count(_RUN), roles.count(_ANCHOR)
    (1, 2, 2)
    """
    keys: list[tuple[int, int]] = []
    if len(tokens) >= config.text_words:
        keys.append((_stable(tokens), _EXACT))
    run = config.shared_run
    if len(tokens) >= run:
        anchors = set(_anchor_positions(len(tokens), config))
        for i in range(len(tokens) - run + 1):
            keys.append((_stable(tokens[i : i + run]), _ANCHOR if i in anchors else _RUN))
    return keys


def _search_words(text: str, limit: int) -> list[str]:
    # The longest distinct content words: a cheap stand-in for the rarest ones.
    distinct = dict.fromkeys(w for w in words(text) if w not in STOPWORDS and len(w) > 2 and w.isalnum())
    return sorted(distinct, key=lambda w: (-len(w), w))[:limit]


@dataclass
class AddReport:
    """What an ``add`` did."""

    articles: int = 0
    present: int = 0
    quotes: int = 0
    skipped: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class SearchHit:
    """One cluster found by :meth:`QuoteIndex.search`, with how well its best quote matched (0-1)."""

    score: float
    cluster: QuoteCluster


class QuoteIndex:
    """A quote index in one SQLite file (see the module docs).

    >>> import tempfile, os, quoteattr
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     with QuoteIndex(os.path.join(tmp, "q.db")) as index:
    ...         index.add_document(quoteattr.extract("“We need a global NATO, now,” Truss said.", doc_id="a"))
    ...         [hit.cluster.first_doc for hit in index.search("a global NATO")]
    1
    ['a']
    """

    def __init__(
        self, path: str | Path, *, config: ClusterConfig = DEFAULT_CONFIG, candidates: int = 64, create: bool = True
    ) -> None:
        self.path = Path(path)
        self.config = config
        self.candidates = candidates
        if not create and str(path) != ":memory:" and not self.path.exists():  # search and who only read
            raise IndexFileError(f"{self.path}: no such quote index; create it with 'quoteattr index add'")
        try:
            self.connection = sqlite3.connect(str(self.path), timeout=60.0, isolation_level=None)
        except sqlite3.OperationalError as exc:  # a missing folder, a directory
            raise IndexFileError(f"cannot open {self.path} as a quote index ({exc})") from None
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            self.connection.close()
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise  # a writer held the file too long: not a misuse
            raise IndexFileError(f"{self.path} is not a quote index ({exc}); give a new file or an index") from None

    def _open(self) -> None:
        self.fts = fts5_available()
        # One script, one transaction: two processes opening a new file at once create it once.  An
        # existing index is only read here, so opening one never waits for a writer.
        exists = self.connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        if not exists and self.connection.execute("SELECT 1 FROM sqlite_master").fetchone():
            raise sqlite3.DatabaseError("a SQLite database of something else")
        exists or self.connection.executescript(
            "BEGIN IMMEDIATE;"
            + _SCHEMA
            + (_FTS + ";" if self.fts else _PLAIN)
            + f"INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '{SCHEMA_VERSION}'),"
            + f" ('search', '{'fts5' if self.fts else 'plain'}');"
            + "COMMIT;"
        )
        stored = dict(self.connection.execute("SELECT key, value FROM meta").fetchall())
        if "schema" not in stored or "search" not in stored:  # another program's table named meta
            raise sqlite3.DatabaseError("a SQLite database of something else")
        # Only a file known to be a quote index is switched to WAL: never someone else's database.
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute("PRAGMA foreign_keys=ON")
        self.fts = stored.get("search") == "fts5"
        if stored.get("schema") == "1":
            self._rekey_speakers()
        if stored.get("schema") in ("1", "2"):
            self._add_text_keys()
        columns = {row[1] for row in self.connection.execute("PRAGMA table_info(articles)")}
        if "digest" not in columns:  # an index from before article versions: every stored id is its name
            self.connection.executescript(
                "BEGIN IMMEDIATE;"
                "ALTER TABLE articles ADD COLUMN name TEXT;"
                "ALTER TABLE articles ADD COLUMN digest TEXT;"
                "UPDATE articles SET name = id;"
                "CREATE INDEX IF NOT EXISTS articles_name ON articles (name);"
                "CREATE INDEX IF NOT EXISTS articles_source ON articles (source, digest);"
                "COMMIT;"
            )

    def _rekey_speakers(self) -> None:
        # From schema 1 (last-word keys) to the current speaker keys, in one transaction.
        db = self.connection
        with self._transaction():
            if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] != "1":
                return  # another process got here first
            for (speaker,) in db.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL").fetchall():
                key = speaker_key(speaker)
                db.execute("UPDATE quotes SET speaker_key = ? WHERE speaker = ?", (key, speaker))
                db.execute("UPDATE clusters SET speaker_key = ? WHERE speaker = ?", (key, speaker))
            rows = db.execute("SELECT rowid, speaker_key FROM quotes").fetchall()
            if self.fts:
                db.executemany("UPDATE quote_fts SET skey = ? WHERE rowid = ?", [(_skey(k), r) for r, k in rows])
            else:
                db.executemany("UPDATE quote_words SET skey = ? WHERE quote = ?", [(_skey(k), r) for r, k in rows])
            db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")

    def _add_text_keys(self) -> None:
        # From schema 2 to 3: the text keys of every stored quote, in one transaction.  Stored clusters
        # are kept as they were; quotes added from now on join them by their words too.
        db = self.connection
        with self._transaction():
            if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == SCHEMA_VERSION:
                return  # another process got here first
            db.execute(
                "CREATE TABLE IF NOT EXISTS quote_runs (key INTEGER NOT NULL, role INTEGER NOT NULL,"
                " quote INTEGER NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS quote_runs_key ON quote_runs (key, role)")
            for rowid, text, kind in db.execute("SELECT rowid, text, kind FROM quotes").fetchall():
                if kind != "term":
                    self._store_text_keys(rowid, words(text))
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))

    def _store_text_keys(self, rowid: int, tokens: Sequence[str]) -> None:
        if len(tokens) >= self.config.min_words:
            keys = text_keys(tokens, self.config)
            self.connection.executemany(
                "INSERT INTO quote_runs (key, role, quote) VALUES (?, ?, ?)", [(k, r, rowid) for k, r in keys]
            )

    def __enter__(self) -> QuoteIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self.connection.close()

    class _Tx:
        def __init__(self, connection: sqlite3.Connection) -> None:
            self.connection = connection

        def __enter__(self) -> None:
            self.connection.execute("BEGIN IMMEDIATE")

        def __exit__(self, kind: object, value: object, traceback: object) -> None:
            self.connection.execute("COMMIT" if kind is None else "ROLLBACK")

    def _transaction(self) -> QuoteIndex._Tx:
        return QuoteIndex._Tx(self.connection)

    # ----------------------------------------------------------------------------------------------
    # Adding

    def has_article(self, article_id: str) -> bool:
        """Whether an article of this id is stored."""
        return self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def version_id(self, name: str, text: str, source: str = "") -> str | None:
        """The id under which an article named ``name`` with this text is to be stored, or ``None``
        when that very text is already stored under that name or from that ``source`` file (see
        the module docs).

        >>> import quoteattr
        >>> with QuoteIndex(":memory:") as index:
        ...     index.add_document(quoteattr.extract("Hi.", doc_id="r"))
        ...     index.version_id("r", "Hi."), index.version_id("r", "Hello."), index.version_id("s", "Hi.")
        0
        (None, 'r~2', 's')
        """
        digest = text_digest(text)
        rows = self.connection.execute("SELECT id, digest FROM articles WHERE name = ?", (name,)).fetchall()
        if any(stored in (digest, None) for _, stored in rows):  # no digest: stored before versions
            return None
        if (
            source
            and self.connection.execute(
                "SELECT 1 FROM articles WHERE source = ? AND digest = ?", (source, digest)
            ).fetchone()
        ):  # the same file, named otherwise this time (a namesake came first in the call)
            return None
        taken = {row[0] for row in rows}
        if name not in taken and not self.has_article(name):
            return name
        number = len(rows) + 1
        while self.has_article(f"{name}~{number}"):
            number += 1
        return f"{name}~{number}"

    def add_document(
        self, document: Document, *, source: str = "", outlet: str | None = None, name: str | None = None
    ) -> int | None:
        """Store one extracted document and cluster its quotes, in one transaction.

        ``name`` is the article's name when ``document.doc_id`` is a version id (``NAME~2``).
        Returns the number of quotes stored, or ``None`` when the document's id was already stored.
        """
        with self._transaction():
            if self.has_article(document.doc_id):
                return None
            published = document.published.isoformat() if document.published else None
            self.connection.execute(
                "INSERT INTO articles (id, source, published, outlet, quotes, added, name, digest)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.doc_id,
                    source,
                    published,
                    outlet,
                    len(document.quotes),
                    dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    name or document.doc_id,
                    text_digest(document.text),
                ),
            )
            vocabulary = Vocabulary()
            for quote in document.quotes:
                self._add_quote(quote, document, vocabulary)
        return len(document.quotes)

    def add_article(self, article: Article) -> int | None:
        """Extract and store one article: ``None`` when its name and text are already stored, a new
        version when only its name is (see the module docs)."""
        from quoteattr.extract import extract

        doc_id = self.version_id(article.id, article.text, article.source)
        if doc_id is None:
            return None
        document = extract(article.text, lang=article.lang, doc_id=doc_id, published=article.published)
        return self.add_document(document, source=article.source, outlet=article.outlet, name=article.id)

    def add_paths(
        self, paths: Sequence[str | Path], *, on_problem: Callable[[Problem], None] | None = None
    ) -> AddReport:
        """Add every article of the inputs (see :mod:`quoteattr.articles`), one transaction each."""
        report = AddReport()
        for article in read_articles(paths):
            if isinstance(article, Problem):
                report.skipped.append(article)
                if on_problem:
                    on_problem(article)
                continue
            try:
                added = self.add_article(article)
            except Exception as exc:  # one odd article must not stop the others
                problem = Problem(article.source, f"not added ({type(exc).__name__}: {exc})")
                report.skipped.append(problem)
                if on_problem:
                    on_problem(problem)
                continue
            if added is None:
                report.present += 1
            else:
                report.articles += 1
                report.quotes += added
        return report

    def _key(self, quote: Quote) -> str | None:
        return speaker_key(quote.speaker.name) if not unresolved(quote.speaker) else None  # type: ignore[union-attr]

    def _add_quote(self, quote: Quote, document: Document, vocabulary: Vocabulary) -> None:
        db = self.connection
        date = quote.date or document.published
        key = self._key(quote)
        tokens = words(quote.text)
        clusterable = quote.kind != "term" and len(tokens) >= self.config.min_words
        target: str | None = None
        best: Match | None = None
        matched: dict[str, Match] = {}
        if clusterable:  # text decides first: the same words, or a long shared run, whoever the speakers
            codes = "".join(vocabulary.code(token) for token in tokens)
            for text, cluster in self._text_candidates(tokens):
                if cluster is None or cluster in matched:
                    continue
                match = text_match("".join(vocabulary.code(t) for t in words(text)), codes, config=self.config)
                if match is not None:
                    matched[cluster] = match
        if clusterable and key is not None:
            shingled = shingle(quote.text, vocabulary)
            for _, text, kind, cluster, speaker in self._candidates(quote.text, key):
                if cluster is None or cluster in matched or not self._agree(quote.speaker.name, speaker):  # type: ignore[union-attr]
                    continue
                match = similarity(shingle(text, vocabulary), shingled, kinds=(kind, quote.kind), config=self.config)
                if match is not None:
                    matched[cluster] = match
        if matched:
            target = self._merge(sorted(matched))
            best = max(matched.values())
        if clusterable and target is None:
            target = cluster_id([quote.id])
            db.execute(
                "INSERT INTO clusters (id, speaker, speaker_key, representative, text, rep_kind, first_doc,"
                " first_quote, first_date, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (
                    target,
                    quote.speaker.name if quote.speaker else None,
                    key,
                    quote.id,
                    quote.text,
                    quote.kind,
                    document.doc_id,
                    quote.id,
                    date.isoformat() if date else None,
                ),
            )
        cursor = db.execute(
            "INSERT INTO quotes (id, article, kind, text, speaker, speaker_key, date, cluster, similarity, reason,"
            " record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                quote.id,
                document.doc_id,
                quote.kind,
                quote.text,
                quote.speaker.name if quote.speaker else None,
                key,
                date.isoformat() if date else None,
                target,
                best.score if best else None,
                best.reason if best else None,
                quote.model_copy(update={"cluster": target}).model_dump_json(),
            ),
        )
        rowid = cursor.lastrowid
        assert rowid is not None
        if clusterable:
            self._store_text_keys(rowid, tokens)
        if self.fts:
            db.execute("INSERT INTO quote_fts (rowid, text, skey) VALUES (?, ?, ?)", (rowid, quote.text, _skey(key)))
        else:
            db.executemany(
                "INSERT INTO quote_words (word, skey, quote) VALUES (?, ?, ?)",
                [(w, _skey(key), rowid) for w in set(words(quote.text))],
            )
        if target is not None:
            self._update_cluster(target, quote, document, date)

    def _agree(self, name: str, other: str | None) -> bool:
        return other is not None and same_speaker(name, other)

    def _text_candidates(self, tokens: Sequence[str]) -> list[tuple[str, str | None]]:
        # Stored quotes with the same words; holding one of this quote's anchors; or anchored by one of its runs.
        keys = text_keys(tokens, self.config)
        if not keys:
            return []
        exact = [k for k, role in keys if role == _EXACT]
        anchors = [k for k, role in keys if role == _ANCHOR]
        runs = [k for k, role in keys if role != _EXACT]
        clauses, params = [], []
        for wanted, roles in ((exact, (_EXACT,)), (anchors, (_RUN, _ANCHOR)), (runs, (_ANCHOR,))):
            if wanted:
                clauses.append(
                    f"(r.key IN ({','.join('?' * len(wanted))}) AND r.role IN ({','.join('?' * len(roles))}))"
                )
                params += [*wanted, *roles]
        sql = (
            "SELECT DISTINCT q.text, q.cluster FROM quote_runs r JOIN quotes q ON q.rowid = r.quote WHERE "
            + " OR ".join(clauses)
        )
        return self.connection.execute(sql, params).fetchall()

    def _candidates(self, text: str, key: str | None) -> list[tuple[int, str, str, str | None, str | None]]:
        terms = _search_words(text, 12)
        if not terms:
            return []
        if self.fts:
            query = f'skey:"{_skey(key)}" AND text:(' + " OR ".join(f'"{t}"' for t in terms) + ")"
            sql = (
                "SELECT q.rowid, q.text, q.kind, q.cluster, q.speaker FROM quote_fts f"
                " JOIN quotes q ON q.rowid = f.rowid WHERE quote_fts MATCH ? ORDER BY f.rank LIMIT ?"
            )
            return self.connection.execute(sql, (query, self.candidates)).fetchall()
        marks = ",".join("?" * len(terms))
        sql = (
            "SELECT q.rowid, q.text, q.kind, q.cluster, q.speaker FROM quotes q JOIN ("
            f" SELECT quote, COUNT(*) AS n FROM quote_words WHERE skey = ? AND word IN ({marks}) GROUP BY quote"
            " ORDER BY n DESC LIMIT ?) w ON w.quote = q.rowid"
        )
        return self.connection.execute(sql, (_skey(key), *terms, self.candidates)).fetchall()

    def _merge(self, clusters: list[str]) -> str:
        # The oldest cluster (the one whose first quote was stored first) keeps its id; the others' quotes move.
        db = self.connection
        marks = ",".join("?" * len(clusters))
        row = db.execute(
            f"SELECT c.id FROM clusters c JOIN quotes q ON q.id = c.first_quote WHERE c.id IN ({marks})"
            " ORDER BY q.rowid LIMIT 1",
            clusters,
        ).fetchone()
        target = row[0] if row else clusters[0]
        for other in clusters:
            if other == target:
                continue
            moved = db.execute("SELECT id, record FROM quotes WHERE cluster = ?", (other,)).fetchall()
            for quote_id, record in moved:
                updated = Quote.model_validate_json(record).model_copy(update={"cluster": target}).model_dump_json()
                db.execute("UPDATE quotes SET cluster = ?, record = ? WHERE id = ?", (target, updated, quote_id))
            db.execute("DELETE FROM clusters WHERE id = ?", (other,))
        if len(clusters) > 1:
            self._refresh_cluster(target)
        return target

    def _refresh_cluster(self, cluster: str) -> None:
        # Recompute representative, first appearance and size from the members (after a merge).
        db = self.connection
        members = db.execute(
            "SELECT q.id, q.article, q.kind, q.text, q.date FROM quotes q WHERE q.cluster = ? ORDER BY q.rowid",
            (cluster,),
        ).fetchall()
        if not members:
            return
        rep = max(enumerate(members), key=lambda e: (e[1][2] != "indirect", len(e[1][3]), -e[0]))[1]
        dated = [m for m in members if m[4]]
        first = min(dated, key=lambda m: m[4]) if dated else members[0]
        db.execute(
            "UPDATE clusters SET representative = ?, text = ?, rep_kind = ?, first_doc = ?, first_quote = ?,"
            " first_date = ?, size = ? WHERE id = ?",
            (rep[0], rep[3], rep[2], first[1], first[0], first[4], len(members), cluster),
        )

    def _update_cluster(self, cluster: str, quote: Quote, document: Document, date: dt.date | None) -> None:
        db = self.connection
        row = db.execute("SELECT text, rep_kind, first_date FROM clusters WHERE id = ?", (cluster,)).fetchone()
        text, rep_kind, first_date = row
        if (quote.kind != "indirect", len(quote.text)) > (rep_kind != "indirect", len(text)):
            db.execute(
                "UPDATE clusters SET representative = ?, text = ?, rep_kind = ? WHERE id = ?",
                (quote.id, quote.text, quote.kind, cluster),
            )
        if date is not None and (first_date is None or date.isoformat() < first_date):
            db.execute(
                "UPDATE clusters SET first_doc = ?, first_quote = ?, first_date = ? WHERE id = ?",
                (document.doc_id, quote.id, date.isoformat(), cluster),
            )
        db.execute("UPDATE clusters SET size = size + 1 WHERE id = ?", (cluster,))

    # ----------------------------------------------------------------------------------------------
    # Reading

    def get_cluster(self, cluster: str) -> QuoteCluster | None:
        """One stored cluster with its members (each scored against the representative), or ``None``."""
        rows = self.connection.execute(
            "SELECT id, article, kind, text, date, speaker, speaker_key FROM quotes WHERE cluster = ? ORDER BY rowid",
            (cluster,),
        ).fetchall()
        if not rows:
            return None
        members = [
            QuoteInfo(quote, article, kind, text, _date(date), speaker, None, bool(key))
            for quote, article, kind, text, date, speaker, key in rows
        ]
        return build_cluster(members, config=self.config).model_copy(update={"id": cluster})

    def quotes(self, cluster: str) -> list[Quote]:
        """The stored quote records of one cluster, in the order they were added.

        An unattributed rendering takes the speaker its cluster agrees on (``resolution="cluster"``,
        ``source`` the quote naming it), by the rule :func:`~quoteattr.cluster.cluster_documents` lends
        speakers with, so a cluster found by :meth:`who` or :meth:`search` reports who said each rendering.
        """
        rows = self.connection.execute("SELECT record FROM quotes WHERE cluster = ? ORDER BY rowid", (cluster,))
        quotes = [Quote.model_validate_json(record) for (record,) in rows]
        if not quotes:
            return []
        infos = [QuoteInfo.of(q) for q in quotes]
        speaker, speaker_id, conflicts = cluster_speaker(infos)
        loans = speaker_loans(infos, speaker, conflicts)
        return [lent(q, speaker or "", speaker_id, loans[q.id]) if q.id in loans else q for q in quotes]

    def search(self, text: str, *, limit: int = 10) -> list[SearchHit]:
        """Clusters whose quotes best match ``text`` (words anywhere, ranked by fuzzy containment)."""
        terms = _search_words(text, 16) or [w for w in words(text) if w.isalnum()][:16]
        if not terms:
            return []
        if self.fts:
            rows = self.connection.execute(
                "SELECT q.text, q.cluster FROM quote_fts f JOIN quotes q ON q.rowid = f.rowid"
                " WHERE quote_fts MATCH ? ORDER BY f.rank LIMIT 400",
                ("text:(" + " OR ".join(f'"{t}"' for t in terms) + ")",),
            ).fetchall()
        else:
            marks = ",".join("?" * len(terms))
            rows = self.connection.execute(
                "SELECT q.text, q.cluster FROM quotes q JOIN (SELECT quote, COUNT(*) AS n FROM quote_words"
                f" WHERE word IN ({marks}) GROUP BY quote ORDER BY n DESC LIMIT 400) w ON w.quote = q.rowid",
                terms,
            ).fetchall()
        needle = " ".join(words(text))
        best: dict[str, float] = {}
        for quote_text, cluster in rows:
            if cluster is None:
                continue
            quote_words = words(quote_text)
            if len(needle) < _FUZZY_MIN:  # a letter or two is inside most words: only a whole word counts
                score = 1.0 if needle in quote_words else 0.0
            else:
                score = fuzz.partial_ratio(needle, " ".join(quote_words)) / 100
            if score == 0.0:
                continue
            if score > best.get(cluster, -1.0):
                best[cluster] = score
        ranked = sorted(best.items(), key=lambda e: (-e[1], e[0]))[:limit]
        hits = []
        for cluster, score in ranked:
            record = self.get_cluster(cluster)
            if record is not None:
                hits.append(SearchHit(round(score, 3), record))
        return hits

    def who(self, name: str, *, limit: int | None = None) -> list[QuoteCluster]:
        """The clusters in which some rendering names this speaker, largest first (names matched with
        :func:`quoteattr.names.same_person`)."""
        key = speaker_key(name)
        if key is None:
            return []
        # Any rendering naming the speaker counts: a cluster whose words someone else is also given
        # (a conflict) is found under either name.
        rows = self.connection.execute(
            "SELECT DISTINCT c.id, q.speaker, c.size, c.first_date FROM quotes q JOIN clusters c ON c.id = q.cluster"
            " WHERE q.speaker_key = ? ORDER BY c.size DESC, c.first_date, c.id",
            (key,),
        ).fetchall()
        chosen = list(dict.fromkeys(cluster for cluster, speaker, _, _ in rows if self._agree(name, speaker)))
        records = [self.get_cluster(c) for c in chosen[:limit] if c]
        return [r for r in records if r is not None]

    def stats(self) -> dict[str, Any]:
        """Counts of articles, quotes and clusters, and the search backend."""
        one = self.connection.execute
        return {
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "quotes": one("SELECT COUNT(*) FROM quotes").fetchone()[0],
            "clusters": one("SELECT COUNT(*) FROM clusters").fetchone()[0],
            "search": "fts5" if self.fts else "plain",
        }


def check_integrity(path: str | Path) -> list[str]:
    """Problems found in an index file: SQLite's integrity check, then articles with missing quotes.

    An empty list means the file is sound and every stored article is complete.
    """
    connection = sqlite3.connect(str(path))
    try:
        problems = [r[0] for r in connection.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for article, expected, found in connection.execute(
            "SELECT a.id, a.quotes, COUNT(q.id) FROM articles a LEFT JOIN quotes q ON q.article = a.id GROUP BY a.id"
        ):
            if expected != found:
                problems.append(f"article {article}: {found} of {expected} quotes stored")
        orphans = connection.execute(
            "SELECT COUNT(*) FROM quotes q LEFT JOIN clusters c ON c.id = q.cluster WHERE q.cluster IS NOT NULL"
            " AND c.id IS NULL"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} quotes point at missing clusters")
    finally:
        connection.close()
    return problems


def iter_clusters(index: QuoteIndex, cluster_ids: Iterable[str]) -> Iterable[QuoteCluster]:
    """Stored clusters by id, skipping ids no longer present (merged away)."""
    for cluster in cluster_ids:
        record = index.get_cluster(cluster)
        if record is not None:
            yield record


def normalised_query(text: str) -> str:
    """The form :meth:`QuoteIndex.search` compares: normalised words joined by spaces.

    >>> normalised_query("“Global NATO!”")
    'global nato'
    """
    return " ".join(words(normalise(text)))
