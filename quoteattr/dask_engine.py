"""Beyond one machine: extraction and clustering on a Dask cluster (the ``quoteattr[dask]`` extra).

Clustering parallelises by speaker: every match is between two quotes of one speaker, so the
tuples are shuffled by speaker key (``dask.bag`` ``groupby``) and each speaker's group is
clustered whole on one worker by the same deterministic
:func:`~quoteattr.cluster.cluster_group` the single-process path uses.  The result is therefore
identical to :func:`~quoteattr.cluster.cluster_items`, whatever the number of workers.

Extraction sends batches of articles to the workers with ``Client.submit`` (see
:func:`quoteattr.corpus.run_corpus`); the client keeps the spool, so resuming works the same.
Workers need quoteattr installed; they never read the input files.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quoteattr.cluster import DEFAULT_CONFIG, ClusterConfig, Item, cluster_group, join_by_text
from quoteattr.errors import MissingExtraError


def _require() -> Any:
    try:
        import dask.bag
        import distributed
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise MissingExtraError("the Dask engine needs the dask extra: pip install 'quoteattr[dask]'") from None
    return dask.bag, distributed


def connect(scheduler: str | None = None, *, jobs: int = 2) -> Any:
    """A ``distributed.Client`` to ``scheduler`` (``tcp://host:8786``), or to a new local cluster of ``jobs`` workers.

    Close it with :func:`close`, which also stops a local cluster started here.
    """
    _, distributed = _require()
    if scheduler:
        return distributed.Client(scheduler)
    cluster = distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    _OWNED[id(client)] = cluster
    return client


_OWNED: dict[int, Any] = {}


def close(client: Any) -> None:
    """Close a client from :func:`connect`, and the local cluster it started, if any."""
    client.close()
    cluster = _OWNED.pop(id(client), None)
    if cluster is not None:
        cluster.close()


def _cluster_block(block: tuple[str, list[tuple[int, Item]]], config: ClusterConfig) -> list[tuple[int, int]]:
    _, entries = block
    local = cluster_group([item for _, item in entries], config=config)
    return [(entries[i][0], entries[label][0]) for i, label in enumerate(local)]


def _key(entry: tuple[int, Item]) -> str:
    return entry[1][1] or ""


def cluster_items_dask(
    items: Sequence[Item],
    *,
    client: Any = None,
    npartitions: int | None = None,
    config: ClusterConfig = DEFAULT_CONFIG,
) -> list[int]:
    """:func:`~quoteattr.cluster.cluster_items` on Dask: same labels, speaker groups clustered on workers.

    ``client`` is a ``distributed.Client`` (the current default client, or the local threaded
    scheduler, when ``None``).
    """
    bag_module, _ = _require()
    labels = list(range(len(items)))
    entries = [(i, item) for i, item in enumerate(items) if item[1] is not None]
    if not entries:
        return join_by_text(items, labels, config=config)
    parts = npartitions or max(1, min(64, len(entries) // 2000 + 1))
    bag = bag_module.from_sequence(entries, npartitions=parts)
    grouped = bag.groupby(_key, npartitions=parts).map(_cluster_block, config).flatten()
    pairs = client.compute(grouped).result() if client is not None else grouped.compute()
    for position, label in pairs:
        labels[position] = label
    return join_by_text(items, labels, config=config)
