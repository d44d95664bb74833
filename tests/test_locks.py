"""The index's file locks (vectorstore/locks.py) with real flock, real threads and a real second
process holding the lock."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.errors import IndexBusy, StoreError
from vectorstore.locks import DataGate, WriterLock

HOLD = """
import sys, time
from vectorstore.locks import WriterLock
with WriterLock(sys.argv[1], "test index").hold(sys.argv[2]):
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
"""


def hold_in_process(path: Path, what: str, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), what, str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_waits_then_says_whom_it_waited_for(tmp_path, caplog):
    path = tmp_path / "locks" / "chroma.writer"
    holder = hold_in_process(path, "ingest", 30)
    try:
        lock = WriterLock(path, "/the/index")
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="gongkai.index"):
            with pytest.raises(IndexBusy) as err, lock.hold("remove", wait=0.5):
                pass
        assert 0.4 < time.monotonic() - started < 5
        assert isinstance(err.value, StoreError)
        message = str(err.value)
        assert f"another gongkai ingest (pid {holder.pid}" in message and "/the/index" in message
        assert "GONGKAI_LOCK_WAIT" in message
        waiting = [r.getMessage() for r in caplog.records]
        assert len(waiting) == 1 and waiting[0].startswith(f"another gongkai ingest (pid {holder.pid}")
        assert "is writing to this index" in waiting[0] and "waiting up to 0.5 s" in waiting[0]
    finally:
        holder.kill()
        holder.wait()
    # The kernel drops a dead holder's lock: no stale lock file to clean up.
    with lock.hold("remove", wait=5) as outermost:
        assert outermost and lock.holder()["what"] == "remove"


def test_a_writer_that_waits_long_enough_gets_the_lock(tmp_path):
    path = tmp_path / "chroma.writer"
    holder = hold_in_process(path, "ingest", 1.0)
    try:
        started = time.monotonic()
        with WriterLock(path, "index").hold("ingest", wait=30):
            assert time.monotonic() - started > 0.3
        assert holder.wait(timeout=30) == 0
    finally:
        holder.kill()


def test_the_lock_is_reentrant_for_its_thread_and_exclusive_between_threads(tmp_path):
    lock = WriterLock(tmp_path / "w", "index")
    got: list[object] = []

    def other():
        try:
            with lock.hold("ingest", wait=0.3):
                got.append("held")
        except IndexBusy as err:
            got.append(err)

    with lock.hold("ingest") as outer:
        with lock.hold("ingest") as inner:
            assert (outer, inner) == (True, False) and lock.held
            thread = threading.Thread(target=other)
            thread.start()
            thread.join()
    assert not lock.held
    assert isinstance(got[0], IndexBusy) and "in this process" in str(got[0])
    other()
    assert got[1] == "held"


def test_readers_share_the_gate_and_a_waiting_writer_goes_before_new_readers(tmp_path):
    gate = DataGate(tmp_path / "index", "index")
    events: list[str] = []
    first_reader_in = threading.Event()
    release_first = threading.Event()

    def reader(name: str, hold: threading.Event | None = None):
        with gate.shared():
            events.append(f"{name} in")
            if hold is not None:
                first_reader_in.set()
                hold.wait(10)
        events.append(f"{name} out")

    def writer():
        with gate.exclusive():
            events.append("writer in")
            time.sleep(0.2)
        events.append("writer out")

    first = threading.Thread(target=reader, args=("r1", release_first))
    first.start()
    assert first_reader_in.wait(10)
    with gate.shared():  # readers share: this one is not held back by r1
        events.append("r0 in")
    w = threading.Thread(target=writer)
    w.start()
    time.sleep(0.2)  # the writer now waits for r1, holding the queue
    late = threading.Thread(target=reader, args=("r2",))
    late.start()
    time.sleep(0.2)
    assert "r2 in" not in events and "writer in" not in events
    release_first.set()
    for t in (first, w, late):
        t.join(10)
    assert events.index("writer out") < events.index("r2 in")


def test_a_writer_holding_the_data_too_long_is_an_index_busy_error(tmp_path):
    gate = DataGate(tmp_path / "index", "index")
    with gate.exclusive():
        def read():
            with gate.shared(wait=0.2):
                pass

        errors: list[BaseException] = []
        thread = threading.Thread(target=lambda: errors.append(pytest.raises(IndexBusy, read).value))
        thread.start()
        thread.join(10)
    assert errors and "stayed locked by a writer" in str(errors[0])
