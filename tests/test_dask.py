"""The Dask engine gives exactly the single-process clusters."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from quoteattr.cluster import cluster_items, memberships  # noqa: E402
from quoteattr.corpus import run_corpus  # noqa: E402
from quoteattr.dask_engine import cluster_items_dask  # noqa: E402
from quoteattr.models import Quote  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two single-threaded in-process workers: a real scheduler and shuffle, started in a second."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def generated_items(count: int, seed: int = 0) -> list[tuple[str, str | None, str, str]]:
    """Utterances by a few speakers, with repeats, trims and fragments, in random order."""
    rng = random.Random(seed)
    vocabulary = [f"word{n}" for n in range(300)]
    items: list[tuple[str, str | None, str, str]] = []
    while len(items) < count:
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(6, 18))]
        speaker = rng.choice(["truss", "lavrov", "blinken", "baerbock", None])
        for _ in range(rng.randint(1, 4)):
            head, tail = rng.randint(0, 2), rng.randint(0, 2)
            items.append((f"q{len(items):05}", speaker, " ".join(tokens[head : len(tokens) - tail]), "direct"))
    rng.shuffle(items)
    return items


def test_dask_clusters_equal_single_process(client: Any) -> None:
    """Shuffled by speaker key and clustered on two workers: the same memberships as cluster_items."""
    items = generated_items(1500)
    ids = [item[0] for item in items]
    expected = memberships(ids, cluster_items(items))
    assert memberships(ids, cluster_items_dask(items, client=client, npartitions=4)) == expected
    assert any(len(c) > 1 for c in expected)


def test_dask_without_a_client_uses_the_local_scheduler() -> None:
    """No client: dask's own scheduler runs the same graph."""
    items = generated_items(200, seed=1)
    ids = [item[0] for item in items]
    assert memberships(ids, cluster_items_dask(items, npartitions=3)) == memberships(ids, cluster_items(items))


def test_corpus_on_dask_equals_local(client: Any, tmp_path: Path) -> None:
    """`quoteattr corpus --engine dask --scheduler ADDRESS` writes the records the local engine writes."""
    source = tmp_path / "articles.jsonl"
    lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines.append(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}))
        lines.append(json.dumps({"id": path.stem + "-copy", "text": path.read_text(encoding="utf-8")}))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_corpus([source], local, jobs=1, progress=False)
    run_corpus([source], remote, engine="dask", scheduler=client.scheduler.address, batch_size=1, progress=False)

    def clusters(path: Path) -> set[frozenset[str]]:
        quotes = [Quote.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]
        groups: dict[str, set[str]] = {}
        for quote in quotes:
            if quote.cluster:
                groups.setdefault(quote.cluster, set()).add(quote.id)
        return {frozenset(g) for g in groups.values()}

    assert clusters(remote) == clusters(local)
    assert local.read_text() == remote.read_text()
