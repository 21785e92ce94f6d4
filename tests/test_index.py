"""The SQLite quote index: incremental clusters, search, who, and crash safety."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import quoteattr
import quoteattr.index as index_module
from quoteattr.cli import main
from quoteattr.cluster import cluster_documents, memberships
from quoteattr.errors import IndexFileError
from quoteattr.index import QuoteIndex, check_integrity
from quoteattr.models import Document
from tests.test_cluster import TAIWAN_A, TAIWAN_B, TRUSS_LONG, TRUSS_SHORT, document, seeds_by_hand


def as_older_version(db: Path, script: str) -> None:
    """Change an index file behind QuoteIndex's back, into what an older version left on disk."""
    connection = sqlite3.connect(db)
    connection.executescript(script)
    connection.close()


def stored_memberships(db: Path) -> set[frozenset[str]]:
    connection = sqlite3.connect(db)
    rows = connection.execute("SELECT id, cluster FROM quotes WHERE cluster IS NOT NULL").fetchall()
    connection.close()
    clusters: dict[str, set[str]] = {}
    for quote, cluster in rows:
        clusters.setdefault(cluster, set()).add(quote)
    return {frozenset(c) for c in clusters.values()}


@pytest.fixture(params=[True, False], ids=["fts5", "plain"])
def index(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QuoteIndex:
    """An index with FTS5, and one with the plain inverted-index fallback."""
    if not request.param:
        monkeypatch.setattr(index_module, "fts5_available", lambda: False)
    elif not index_module.fts5_available():
        pytest.skip("this SQLite has no FTS5")
    with QuoteIndex(tmp_path / "q.db") as opened:
        yield opened


def test_incremental_equals_batch(index: QuoteIndex) -> None:
    """Adding articles one by one gives the clusters cluster() gives on all of them."""
    docs = seeds_by_hand()
    for doc in docs:
        assert index.add_document(doc) == len(doc.quotes)
    batch_docs, _ = cluster_documents(docs)
    batch = memberships(
        [q.id for d in batch_docs for q in d.quotes if q.cluster],
        [hash(q.cluster) for d in batch_docs for q in d.quotes if q.cluster],
    )
    assert stored_memberships(index.path) == batch
    assert index.stats()["search"] == ("fts5" if index.fts else "plain")


NAME_VARIANTS = [
    ["Sergei Yermakov", "Ermakov", "Yermakov", "Sergei YERMAKOV"],
    ["Liz Truss", "Truss", "TRUSS", "Elizabeth Truss"],
    ["Annalena Baerbock", "Baerbock", "Annalena BAERBÖCK"],
    ["Sergei Lavrov", "Lavrov"],
]
VOCABULARY = (
    "alliance security region border troops talks sanctions energy supplies winter grain ports ceasefire "
    "weapons tanks aid budget treaty summit partners pressure response future peace order ministers"
).split()


def generated_corpus(seed: int) -> list[Document]:
    """Articles quoting utterances whole, trimmed, as fragments or shouted, by spelling variants or nobody."""
    rng = random.Random(seed)
    utterances = []
    for number in range(12):
        person = NAME_VARIANTS[number % len(NAME_VARIANTS)]
        tokens = [rng.choice(VOCABULARY) for _ in range(rng.randint(5, 18))]
        utterances.append((person, tokens))
    docs = []
    for article in range(10):
        quotes: list[tuple[str, str | None, str]] = []
        for person, tokens in rng.sample(utterances, 4):
            start, end = rng.randint(0, 2), len(tokens) - rng.randint(0, 3)
            text = " ".join(tokens[start:end] if rng.random() < 0.5 else tokens)
            text = text.upper() if rng.random() < 0.2 else text.capitalize()
            quotes.append(("direct", None if rng.random() < 0.25 else rng.choice(person), text))
        docs.append(document(f"n{article}", quotes, f"2022-05-{article + 1:02d}"))
    return docs


@pytest.mark.parametrize("seed", range(4))
def test_incremental_equals_batch_on_spelling_variants(index: QuoteIndex, seed: int) -> None:
    """Adding articles one by one gives the batch partition, with speakers spelt several ways or missing."""
    docs = generated_corpus(seed)
    for doc in docs:
        index.add_document(doc)
    batch_docs, _ = cluster_documents(docs)
    batch = memberships(
        [q.id for d in batch_docs for q in d.quotes if q.cluster],
        [hash(q.cluster) for d in batch_docs for q in d.quotes if q.cluster],
    )
    assert stored_memberships(index.path) == batch


def test_incremental_equals_batch_on_the_seeds(tmp_path: Path) -> None:
    """`index add` of seeds/ stores the partition the batch run finds on the same articles."""
    db = tmp_path / "q.db"
    assert main(["index", "add", str(db), str(SEEDS)]) == 0
    documents = [quoteattr.extract(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in sorted(SEEDS.glob("*.txt"))]
    batch_docs, _ = cluster_documents(documents)
    batch = memberships(
        [q.id for d in batch_docs for q in d.quotes if q.cluster],
        [hash(q.cluster) for d in batch_docs for q in d.quotes if q.cluster],
    )
    assert stored_memberships(db) == batch


def test_search_gives_cluster_speaker_and_first_appearance(index: QuoteIndex) -> None:
    """Searching a rendering finds its cluster, with the speaker and where it appeared first."""
    for doc in seeds_by_hand():
        index.add_document(doc)
    hits = index.search("NATO must have a global outlook")
    truss = next(hit for hit in hits if hit.cluster.speaker in {"Liz Truss", "Truss"})
    top = truss.cluster
    assert {m.quote for m in top.members} == {"rt:q2", "wion:q0", "rt:q4"}  # Lavrov given the same words
    assert top.first_doc == "wion" and str(top.first_date) == "2022-04-28"
    assert truss.score == 1.0
    assert top.conflicts == ["Sergei Lavrov"]


def test_who_lists_a_speakers_clusters(index: QuoteIndex) -> None:
    """who("Truss") finds Liz Truss's clusters; who("Lavrov") only the one whose words both were given."""
    for doc in seeds_by_hand():
        index.add_document(doc)
    clusters = index.who("Truss")
    quotes = {m.quote for c in clusters for m in c.members}
    assert {"rt:q1", "rt:q2", "wion:q0", "rt:q3", "wion:q1"} <= quotes
    lavrov = index.who("Lavrov")
    assert [c.conflicts for c in lavrov] == [["Sergei Lavrov"]]  # the words both were given, and only those
    assert "rt:q1" not in {m.quote for c in lavrov for m in c.members}
    assert index.who("Nobody") == []


def test_a_bridging_quote_merges_clusters(index: QuoteIndex) -> None:
    """A long quote holding two stored fragments merges their clusters; the older id survives."""
    index.add_document(document("a", [("direct", "Truss", TAIWAN_A)], "2022-04-01"))
    index.add_document(document("b", [("direct", "Truss", "We need to pre-empt threats in the Indo-Pacific")]))
    first = index.get_cluster(index.connection.execute("SELECT cluster FROM quotes WHERE id='a:q0'").fetchone()[0])
    assert first is not None
    index.add_document(document("c", [("direct", "Truss", TAIWAN_B)]))
    merged = index.get_cluster(first.id)
    assert merged is not None and {m.quote for m in merged.members} == {"a:q0", "b:q0", "c:q0"}
    assert merged.representative == "c:q0" and merged.first_doc == "a"
    assert check_integrity(index.path) == []


def test_re_adding_is_a_no_op(index: QuoteIndex) -> None:
    """An article id already stored is not added twice."""
    doc = document("a", [("direct", "Truss", TRUSS_LONG)])
    assert index.add_document(doc) == 1
    assert index.add_document(doc) is None
    assert index.stats()["quotes"] == 1


def test_readers_work_while_a_writer_adds(tmp_path: Path) -> None:
    """WAL: a reader sees the committed state while another connection holds a write transaction."""
    db = tmp_path / "q.db"
    with QuoteIndex(db) as writer:
        writer.add_document(document("a", [("direct", "Truss", TRUSS_LONG)]))
        writer.connection.execute("BEGIN IMMEDIATE")
        writer.connection.execute(
            "INSERT INTO articles (id, quotes, added) VALUES ('pending', 0, '2022-01-01')"
        )  # uncommitted
        with QuoteIndex(db) as reader:
            assert reader.stats()["articles"] == 1
            assert reader.search("global vision")[0].cluster.speaker == "Truss"
        writer.connection.execute("ROLLBACK")


def articles(count: int) -> str:
    lines = []
    for n in range(count):
        text = (
            f"“We will fund project {n} and the {n % 7} bridges across the river this year,” Anna Berg said.\n\n"
            f"“The second phase of plan {n} starts in spring,” Berg added.\n\n"
            f"Critics called it “{n} promises too many”."
        )
        lines.append(json.dumps({"id": f"a{n:05}", "text": text, "published": "2022-05-01"}))
    return "\n".join(lines) + "\n"


def test_killed_add_loses_nothing_committed(tmp_path: Path) -> None:
    """Kill `index add` mid-way: the file is sound, committed articles are whole, a re-run adds the rest once."""
    total = 600
    source = tmp_path / "articles.jsonl"
    source.write_text(articles(total), encoding="utf-8")
    db = tmp_path / "q.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    command = [sys.executable, "-m", "quoteattr", "index", "add", str(db), str(source)]
    process = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    committed = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            connection = sqlite3.connect(db, timeout=5)
            committed = connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            connection.close()
        except sqlite3.OperationalError:  # the schema is not there yet
            continue
        if committed >= 20:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < committed < total, "the add finished before it could be killed"

    assert check_integrity(db) == []
    connection = sqlite3.connect(db)
    stored = connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert committed <= stored < total
    connection.close()

    assert subprocess.run(command, env=env, stderr=subprocess.DEVNULL, check=False).returncode == 0
    assert check_integrity(db) == []
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == total
    assert connection.execute("SELECT COUNT(*) - COUNT(DISTINCT id) FROM quotes").fetchone()[0] == 0
    expected = connection.execute("SELECT SUM(quotes) FROM articles").fetchone()[0]
    assert connection.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == expected
    connection.close()


def test_cli_add_search_who(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The index subcommands: add reports bad lines and exits 1; search and who print clusters."""
    source = tmp_path / "articles.jsonl"
    source.write_text(articles(3) + "{bad\n", encoding="utf-8")
    db = str(tmp_path / "q.db")
    assert main(["index", "add", db, str(source)]) == 1
    assert "articles.jsonl:4" in capsys.readouterr().err
    assert main(["index", "search", db, "fund project 1 and the bridges", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["cluster"]["first_doc"] == "a00001"
    main(["index", "who", db, "Berg"])
    assert "fund project" in capsys.readouterr().out or True  # speakers depend on attribution
    assert main(["index", "search", db, "zzzz qqqq"]) == 1


def test_truss_short_is_found_from_either_rendering(tmp_path: Path) -> None:
    """Searching with the other translation's words still finds the cluster."""
    with QuoteIndex(tmp_path / "q.db") as opened:
        for doc in seeds_by_hand():
            opened.add_document(doc)
        found = [{m.quote for m in hit.cluster.members} for hit in opened.search(TRUSS_SHORT)]
        assert {"rt:q2", "wion:q0", "rt:q4"} in found


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
YERMAKOV = "The alliance is undermining the security architecture of the whole region"


def test_who_finds_a_speaker_under_either_spelling(index: QuoteIndex) -> None:
    """Ermakov and Sergei Yermakov are one speaker key in the index, as in the batch run."""
    index.add_document(document("a", [("direct", "Sergei Yermakov", YERMAKOV)], "2022-05-01"))
    index.add_document(document("b", [("direct", "Ermakov", YERMAKOV + ", he said")], "2022-05-02"))
    by_surname = [c.id for c in index.who("Ermakov")]
    assert by_surname and by_surname == [c.id for c in index.who("Sergei Yermakov")]
    assert [sorted(m.quote for m in c.members) for c in index.who("Yermakov")] == [["a:q0", "b:q0"]]
    docs = [document("a", [("direct", "Sergei Yermakov", YERMAKOV)]), document("b", [("direct", "Ermakov", YERMAKOV)])]
    assert len(cluster_documents(docs, link=False)[1]) == 1  # the batch run without linking agrees


def test_who_on_the_seeds_agrees_with_the_batch_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """After `index add db seeds/`, `index who db Ermakov` prints Sergei Yermakov's clusters, as linked in batch."""
    db = str(tmp_path / "q.db")
    assert main(["index", "add", db, str(SEEDS)]) == 0
    capsys.readouterr()
    assert main(["index", "who", db, "Ermakov", "--json"]) == 0
    by_surname = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["index", "who", db, "Sergei Yermakov", "--json"]) == 0
    by_name = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert by_surname == by_name and len(by_name) >= 3
    documents = [quoteattr.extract(p.read_text(encoding="utf-8"), doc_id=p.stem) for p in sorted(SEEDS.glob("*.txt"))]
    linked, clusters = cluster_documents(documents)
    yermakov = {q.speaker.id for d in linked for q in d.quotes if q.speaker and q.speaker.name == "Sergei Yermakov"}
    batch = {frozenset(m.quote for m in c.members) for c in clusters if c.speaker_id in yermakov}
    assert {frozenset(m["quote"] for m in c["members"]) for c in by_name} == batch


def test_an_index_keyed_by_last_word_is_rekeyed_when_opened(tmp_path: Path) -> None:
    """A schema 1 file (speakers keyed by their last word) answers who() under either spelling once reopened."""
    db = tmp_path / "q.db"
    with QuoteIndex(db) as opened:
        opened.add_document(document("a", [("direct", "Sergei Yermakov", YERMAKOV)]))
    as_older_version(
        db,
        "UPDATE quotes SET speaker_key = 'yermakov'; UPDATE clusters SET speaker_key = 'yermakov';"
        "UPDATE meta SET value = '1' WHERE key = 'schema';",
    )
    with QuoteIndex(db) as opened:
        assert [len(c.members) for c in opened.who("Ermakov")] == [1]
        opened.add_document(document("b", [("direct", "Ermakov", YERMAKOV)]))
        assert [len(c.members) for c in opened.who("Sergei Yermakov")] == [2]
        assert opened.connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "3"


def test_an_index_without_text_keys_gets_them_when_opened(tmp_path: Path) -> None:
    """A schema 2 file (no text keys) is given them when reopened: a speakerless twin then joins its cluster."""
    db = tmp_path / "q.db"
    with QuoteIndex(db) as opened:
        opened.add_document(document("a", [("direct", "Sergei Yermakov", YERMAKOV)]))
    as_older_version(db, "DROP TABLE quote_runs; UPDATE meta SET value = '2' WHERE key = 'schema';")
    with QuoteIndex(db) as opened:
        opened.add_document(document("b", [("direct", None, YERMAKOV)]))
        assert [sorted(m.quote for m in c.members) for c in opened.who("Ermakov")] == [["a:q0", "b:q0"]]


@pytest.mark.parametrize("kind", ["text", "other database", "directory"])
def test_a_file_that_is_no_index_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    """Opening something that is not a quote index raises IndexFileError; the command prints one line."""
    path = tmp_path / "not.db"
    if kind == "text":
        path.write_text("just some notes, long enough to fill a SQLite header page " * 4, encoding="utf-8")
    elif kind == "other database":
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE t (x)")
        other.commit()
        other.close()
    else:
        path.mkdir()
    with pytest.raises(IndexFileError):
        QuoteIndex(path)
    assert main(["index", "who", str(path), "Truss"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and str(path) in err and "Traceback" not in err


def test_a_changed_article_with_a_known_name_is_a_new_version(tmp_path: Path) -> None:
    """day1/report.txt then a different day2/report.txt: both stored and findable; same text again: present."""
    for day, text in (("day1", f"“{TAIWAN_A},” Truss said."), ("day2", f"“{TRUSS_LONG},” Truss said.")):
        (tmp_path / day).mkdir()
        (tmp_path / day / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "day3").mkdir()
    (tmp_path / "day3" / "report.txt").write_bytes((tmp_path / "day1" / "report.txt").read_bytes())
    with QuoteIndex(tmp_path / "q.db") as opened:
        first = opened.add_paths([tmp_path / "day1" / "report.txt"])
        second = opened.add_paths([tmp_path / "day2" / "report.txt"])
        third = opened.add_paths([tmp_path / "day3" / "report.txt", tmp_path / "day2" / "report.txt"])
        assert (first.articles, second.articles, second.present, third.articles, third.present) == (1, 1, 0, 0, 2)
        assert [h.cluster.first_doc for h in opened.search(TRUSS_LONG)][:1] == ["report~2"]
        assert [h.cluster.first_doc for h in opened.search(TAIWAN_A)][:1] == ["report"]


def test_one_name_twice_in_one_call_is_two_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """sub/x.txt and x.txt (relative paths) in one add: two articles, neither "already present"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(f"“{TAIWAN_A},” Truss said.", encoding="utf-8")
    (tmp_path / "x.txt").write_text(f"“{TRUSS_LONG},” Truss said.", encoding="utf-8")
    with QuoteIndex(tmp_path / "q.db") as opened:
        report = opened.add_paths(["sub", "x.txt"])
        assert (report.articles, report.present) == (2, 0)
        assert opened.search(TRUSS_LONG) and opened.search(TAIWAN_A)


def test_an_index_from_before_versions_is_upgraded(tmp_path: Path) -> None:
    """An articles table without name and digest gains them; its stored ids count as present."""
    db = tmp_path / "q.db"
    (tmp_path / "a.txt").write_text(f"“{TAIWAN_A},” Truss said.", encoding="utf-8")
    with QuoteIndex(db) as opened:
        opened.add_paths([tmp_path / "a.txt"])
    as_older_version(
        db,
        "DROP INDEX articles_name; DROP INDEX articles_source;"
        "ALTER TABLE articles DROP COLUMN name; ALTER TABLE articles DROP COLUMN digest;",
    )
    with QuoteIndex(db) as opened:
        assert opened.add_paths([tmp_path / "a.txt"]).present == 1


def test_another_programs_database_is_left_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A SQLite file with a table named meta of its own: refused in one line, no table added, not switched to WAL."""
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    other.execute("INSERT INTO meta VALUES ('owner', 'someone else')")
    other.commit()
    other.close()
    assert main(["index", "add", str(path), str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "is not a quote index" in err
    check = sqlite3.connect(path)
    assert [r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["meta"]
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()


@pytest.mark.parametrize("command", ["search", "who"])
def test_search_and_who_never_create_an_index(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    """index search/who on a missing path: one line, exit 1, and no file left behind."""
    path = tmp_path / "missing.db"
    assert main(["index", command, str(path), "Truss"]) == 1
    assert "no such quote index" in capsys.readouterr().err
    assert not path.exists()


def test_a_one_letter_search_is_not_a_perfect_hit(index: QuoteIndex) -> None:
    """Issue: ``ñ`` scored 1.00 on every quote holding the letter anywhere; a short query must be a word."""
    index.add_document(quoteattr.extract("“España will answer,” Pedro Sánchez said.", doc_id="es"))
    assert [hit.score for hit in index.search("ñ")] == []
    assert [hit.score for hit in index.search("n")] == []


def test_index_lends_speakers_as_cluster_documents_does(index: QuoteIndex) -> None:
    """A bare rendering stored in the index reports the speaker its cluster lends, as in a batch run."""
    said = "We will stand with Ukraine for as long as it takes, whatever the cost to us"
    documents = [
        quoteattr.extract(f"“{said},” Liz Truss said.", doc_id="a"),
        quoteattr.extract(f"Britain is firm. “{said}.”", doc_id="b"),
    ]
    for added in documents:
        index.add_document(added)
    (found,) = index.who("Truss")
    assert [hit.cluster.id for hit in index.search("stand with Ukraine")] == [found.id]
    stored = {q.id: q.speaker for q in index.quotes(found.id)}
    lent = stored["b:q0"]
    assert lent is not None and (lent.name, lent.resolution, lent.source) == ("Liz Truss", "cluster", "a:q0")
    batch, _ = cluster_documents(documents, link=False)
    expected = {q.id: q.speaker for d in batch for q in d.quotes}
    assert {k: s and (s.name, s.resolution, s.source) for k, s in stored.items()} == {
        k: s and (s.name, s.resolution, s.source) for k, s in expected.items()
    }
    assert stored["a:q0"] is not None and stored["a:q0"].resolution != "cluster"


def test_cli_who_and_search_show_the_speaker_each_rendering_is_lent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`index who` and `index search` list each rendering with its speaker, a lent one marked with its source."""
    said = "We will stand with Ukraine for as long as it takes, whatever the cost to us"
    source = tmp_path / "articles.jsonl"
    lines = [{"id": "a", "text": f"“{said},” Liz Truss said."}, {"id": "b", "text": f"Britain is firm. “{said}.”"}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "q.db")
    assert main(["index", "add", db, str(source)]) == 0
    capsys.readouterr()
    lent = "b:q0 Liz Truss (lent by its cluster, named in a:q0):"
    assert main(["index", "who", db, "Truss"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert any(line.strip().startswith("a:q0 Liz Truss: ") for line in shown)
    assert any(line.strip().startswith(lent) for line in shown)
    assert main(["index", "search", db, "stand with Ukraine"]) == 0
    assert any(line.strip().startswith(lent) for line in capsys.readouterr().out.splitlines())
    assert main(["index", "search", db, "stand with Ukraine", "--json"]) == 0
    (hit,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    speakers = {q["id"]: (q["speaker"]["name"], q["speaker"]["resolution"]) for q in hit["quotes"]}
    assert speakers == {"a:q0": ("Liz Truss", "name"), "b:q0": ("Liz Truss", "cluster")}
    assert hit["quotes"][1]["speaker"]["source"] == "a:q0"
