"""Disjoint sets over ``0..n-1``: the one union-find that quote clusters and speaker entities share.

The root of a set is always its smallest member.  Callers rely on that: a quote cluster is
labelled by its first quote in id order, and a group of people by its first item in sorted
order, whatever order the unions came in.
"""

from __future__ import annotations

from array import array


class UnionFind:
    """Disjoint sets over ``0..n-1``, each represented by its smallest member.

    >>> sets = UnionFind(5)
    >>> sets.union(3, 1), sets.union(4, 3), sets.find(4)
    (1, 1, 1)
    >>> sets.find(2), sets.same(0, 4)
    (2, False)
    >>> sets.groups()
    [[0], [1, 3, 4], [2]]
    """

    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        # Eight bytes a member, where a list of ints takes some thirty-six: a million quotes' sets fit in 8 MB.
        self.parent = array("q", range(n))

    def __len__(self) -> int:
        return len(self.parent)

    def find(self, x: int) -> int:
        """The smallest member of ``x``'s set."""
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression: later finds take one step
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> int:
        """Join the sets of ``a`` and ``b``; return the root of the joined set (its smallest member)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        root, other = (ra, rb) if ra < rb else (rb, ra)
        self.parent[other] = root
        return root

    def same(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` are in one set."""
        return self.find(a) == self.find(b)

    def roots(self) -> array[int]:
        """Each member's root (its set's smallest member), found for all members in one pass.

        A parent is never larger than its child, so visiting members in increasing order finds
        each parent's root before the child needs it: one step a member instead of a :meth:`find`.
        The array returned is the sets' own (fully compressed), to be read, not changed.

        >>> sets = UnionFind(4)
        >>> sets.union(3, 1), sets.union(1, 2)
        (1, 1)
        >>> list(sets.roots())
        [0, 1, 1, 1]
        """
        parent = self.parent
        for x, up in enumerate(parent):
            if up != x:
                parent[x] = parent[up]
        return parent

    def groups(self) -> list[list[int]]:
        """Every set as a sorted list, the sets ordered by their smallest member."""
        members: dict[int, list[int]] = {}
        for x in range(len(self.parent)):
            members.setdefault(self.find(x), []).append(x)
        return list(members.values())
