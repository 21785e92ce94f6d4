"""The one union-find, checked against a slow, obviously correct oracle."""

from __future__ import annotations

import importlib

from hypothesis import given
from hypothesis import strategies as st

from quoteattr.unionfind import UnionFind


def oracle(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Connected components by repeated relabelling: each set is labelled by its smallest member."""
    label = list(range(n))
    for a, b in pairs:
        old, new = max(label[a], label[b]), min(label[a], label[b])
        label = [new if x == old else x for x in label]
    components: dict[int, list[int]] = {}
    for x in range(n):
        components.setdefault(label[x], []).append(x)
    return [components[root] for root in sorted(components)]


unions = st.integers(1, 30).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=40))
)


@given(unions)
def test_sets_equal_the_oracle(case: tuple[int, list[tuple[int, int]]]) -> None:
    """Equivalence with the oracle: same sets, whatever the order of unions."""
    n, pairs = case
    sets = UnionFind(n)
    for a, b in pairs:
        sets.union(a, b)
    assert sets.groups() == oracle(n, pairs)


@given(unions)
def test_root_is_the_smallest_member(case: tuple[int, list[tuple[int, int]]]) -> None:
    """Invariant: find() and union() always return the smallest member of the set."""
    n, pairs = case
    sets = UnionFind(n)
    for a, b in pairs:
        root = sets.union(a, b)
        assert root == sets.find(a) == sets.find(b) == min(g for g in sets.groups() if a in g)[0]


def test_clusters_and_speakers_share_it() -> None:
    """Quote clusters and speaker entities use this union-find, not a copy of their own."""
    for module in ("quoteattr.cluster", "quoteattr.speakers"):
        assert importlib.import_module(module).UnionFind is UnionFind
