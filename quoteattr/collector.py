"""The garbage collector paused over one piece of work, and left as it was afterwards.

Parsing and extracting a document keep many objects alive until the document is done (marks,
mentions, people, records) and make no reference cycles the collector must break there, so its
passes free nothing and only walk those objects: on a long document they ran full passes over the
heap, and the time grew faster than the text.  Clustering a corpus is the same: millions of small
objects, no cycles.  Paused, the objects go by reference counting when the work ends, and the
collector runs again as before.
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
        gc.enable()
