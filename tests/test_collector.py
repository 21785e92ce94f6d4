"""The garbage collector paused over one document's work (quoteattr.collector), and restored afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import quoteattr
from quoteattr import collector
from quoteattr.collector import collector_paused


@pytest.fixture
def passes() -> Iterator[list[int]]:
    """The generation of every collector pass started while the test runs."""
    started: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(counted)
    try:
        yield started
    finally:
        gc.callbacks.remove(counted)


def test_no_collector_pass_during_the_extraction_of_a_document(passes: list[int]) -> None:
    """Linear time: extracting one document of many people runs no collector pass (it ran dozens, some over the
    whole heap, whose cost grew with the people named), and the collector is enabled again afterwards."""
    text = "\n\n".join(f"“We will look at it again {n},” said Jane Surname{n}." for n in range(300))
    quoteattr.extract("“Yes,” she said.", lang="en")  # the pipeline's modules imported, by the first use
    gc.collect()  # empty generations, so no pass left over from earlier work falls due during the extraction
    passes.clear()
    assert gc.isenabled()
    document = quoteattr.extract(text, lang="en")
    assert len(document.quotes) == 300
    assert len(passes) <= 1, passes  # at most the one pass owed once the extraction has ended
    assert gc.isenabled()


def test_what_an_extraction_leaves_alive_is_filed_as_old_without_a_pass(passes: list[int]) -> None:
    """The records of a document of stray marks are not walked by the collector's next pass: they are filed in
    the oldest generation when the extraction ends, and only the objects made afterwards are young."""
    text = "“a ‘b ” c’ «d " * 2000
    quoteattr.extract("“Yes,” she said.", lang="en")
    gc.collect()
    passes.clear()
    document = quoteattr.extract(text)
    assert len(document.quotes) > 1000
    made = [[] for _ in range(1000)]  # enough new objects for a pass of the youngest generation
    assert passes == [0], passes  # one pass, over the new objects only: the document's are old
    assert any(tracked is document for tracked in gc.get_objects(generation=2))
    assert made


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The collector module as in a process that has not seen frozen objects yet; the calls of
    ``gc.get_freeze_count`` are counted (each walks every frozen object)."""
    asked: list[int] = []
    count = gc.get_freeze_count

    def counted() -> int:
        asked.append(count())
        return asked[-1]

    monkeypatch.setattr(collector, "_frozen_by_caller", [])
    monkeypatch.setattr(gc, "get_freeze_count", counted)
    yield asked


def test_a_callers_frozen_objects_stay_frozen(fresh_process: list[int]) -> None:
    """Objects a caller froze (before forking, say) are left where they are, and counted once, not once per
    document: counting walks every one of them."""
    gc.freeze()
    try:
        for _ in range(3):
            quoteattr.extract("“Yes,” she said.")
        assert len(fresh_process) == 1 and fresh_process[0] > 0, fresh_process
        assert gc.get_freeze_count() == fresh_process[0]  # none unfrozen
    finally:
        gc.unfreeze()


def test_without_frozen_objects_the_count_is_asked_each_time(fresh_process: list[int]) -> None:
    """With no frozen objects the count is read from an empty list (free), and each document's survivors are
    filed as old."""
    for _ in range(2):
        quoteattr.extract("“Yes,” she said.")
    assert fresh_process == [0, 0]


def test_the_collector_is_restored_when_extraction_raises() -> None:
    """A refused call leaves the collector enabled, and a caller's own pause in place."""
    with pytest.raises(quoteattr.InputError):
        quoteattr.extract("Yes.", lang="english")
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(quoteattr.InputError):
            quoteattr.extract("Yes.", lang="english")
        quoteattr.extract("“Yes,” she said.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_nest_and_survive_exceptions() -> None:
    """Only the outermost pause enables the collector again, whether its block ends or raises."""
    with pytest.raises(RuntimeError), collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        raise RuntimeError("stop")
    assert gc.isenabled()
