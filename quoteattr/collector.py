"""The garbage collector paused over one piece of work, and left as it was afterwards.

Parsing and extracting a document keep many objects alive until the document is done (marks,
mentions, people, records) and make no reference cycles the collector must break there, so its
passes free nothing and only walk those objects: on a long document they ran full passes over the
heap, and the time grew faster than the text.  Clustering a corpus is the same: millions of small
objects, no cycles.  Paused, the objects go by reference counting when the work ends, and the
collector runs again as before.

What the work leaves alive (a document's records) is filed with the oldest objects as the pause
ends, without a pass over it: the collector counts the objects made while it was paused, and its
first pass afterwards would walk every one of them, a twentieth of the cost of a document of stray
marks, to find them all alive, as they are (see :func:`_file_as_old`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the garbage collector out of the block; restore its state afterwards, even on an exception.

    Pauses nest: an inner pause finds the collector paused and leaves it so, and only the
    outermost one enables it again.  A caller that paused it itself finds it paused afterwards.

    >>> import gc
    >>> with collector_paused():
    ...     with collector_paused():
    ...         inner = gc.isenabled()
    ...     outer = gc.isenabled()
    >>> inner, outer, gc.isenabled()
    (False, False, True)
    """
    if not gc.isenabled():  # paused already, by the caller or by a pause in another thread
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _file_as_old()
        gc.enable()


def _file_as_old() -> None:
    """Move every object the collector tracks to its oldest generation, and clear its count of new ones.

    ``gc.freeze`` moves them all aside and sets the count to zero, ``gc.unfreeze`` puts them back in
    the oldest generation: two moves of whole lists, whatever their length, where the pass they
    replace walks each object.  Young objects of the caller's, made before the pause, are filed as
    old too: a full pass still frees any cycle among them.  A caller who froze objects of their own
    (before forking, say) keeps them frozen: nothing is moved then, in this work or any later
    (see :data:`_frozen_by_caller`).

    >>> import gc
    >>> with collector_paused():
    ...     made = [[]]
    >>> any(tracked is made for tracked in gc.get_objects(generation=2)), gc.get_count()[0] < 100
    (True, True)
    """
    if _frozen_by_caller:
        return
    if gc.get_freeze_count() != 0:
        _frozen_by_caller.append(True)
        return
    gc.freeze()
    gc.unfreeze()


_frozen_by_caller: list[bool] = []
"""Not empty once a caller's frozen objects have been seen: asked no more, and nothing is filed as old.

``gc.get_freeze_count`` walks every frozen object to count them: a server that froze its
preloaded heap before forking (hundreds of thousands of objects) paid a walk of them all per
document, five times the cost of the document itself.  Having frozen objects once, a process
is taken to keep them.
"""
