"""File locks that let several processes share one embedded Chroma index.

Chroma's embedded index is not safe for concurrent writers (two `gongkai ingest` runs on one
home left an index that segfaults on open), and a process that reads while another writes can
hang or crash inside Chroma (a read applies pending log records to the vector index files the
writer is saving). Two locks, both ``flock`` so the kernel drops them when a process dies:

``WriterLock``  one writing session (an ingest batch, a removal) at a time, held for the whole
                session; a second writer waits a bounded time, saying who it waits for, then
                fails with :class:`IndexBusy`.
``DataGate``    every Chroma call: shared for reads, exclusive for writes, so no read overlaps a
                write. A writer first takes the gate's *queue* file, which new readers pass
                through, so a steady stream of readers (the web app under load) cannot starve it.

Waits poll with short sleeps (``flock`` itself has no timeout).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from assistant.errors import IndexBusy

log = logging.getLogger("gongkai.index")

DEFAULT_WAIT = 300.0  # seconds a writer waits for another (GONGKAI_LOCK_WAIT)
_POLL_FIRST, _POLL_MAX = 0.002, 0.05


def _flock_within(fd: int, mode: int, deadline: float) -> bool:
    """Take ``mode`` on ``fd``; False once ``deadline`` (a monotonic time) has passed."""
    pause = _POLL_FIRST
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(pause)
            pause = min(pause * 2, _POLL_MAX)


def _open(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)


class WriterLock:
    """The writing-session lock of one index, shared by every store of this process on it.

    Re-entrant for the thread holding it (an ingest holds it and each report's write takes it
    again); other threads of the process wait like other processes do. The holder writes its
    pid and what it does into the file, so a waiter can say whom it waits for."""

    def __init__(self, path: Path, label: str):
        self.path = Path(path)
        self.label = label  # the index, for messages
        self._threads = threading.RLock()
        self._owner: int | None = None  # thread ident of the holder
        self._depth = 0
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether the calling thread holds the lock."""
        return self._owner == threading.get_ident()

    @contextmanager
    def hold(self, what: str, wait: float = DEFAULT_WAIT) -> Iterator[bool]:
        """Hold the lock for ``what`` ("ingest", "remove", …); yields True when this call took
        it (the outermost level), False when the thread already held it. Waiting is logged on
        the ``gongkai.index`` logger (the CLI prints it)."""
        deadline = time.monotonic() + max(0.0, wait)
        if not self._threads.acquire(blocking=False):
            log.warning("%s", self._waiting(wait, in_process=True))
            if not self._threads.acquire(timeout=max(0.0, wait)):
                raise IndexBusy(self._busy(wait, in_process=True))
        try:
            outermost = self._depth == 0
            if outermost:
                self._take_file(what, wait, deadline)
                self._owner = threading.get_ident()
            self._depth += 1
            try:
                yield outermost
            finally:
                self._depth -= 1
                if outermost:
                    self._owner = None
                    self._drop_file()
        finally:
            self._threads.release()

    def _take_file(self, what: str, wait: float, deadline: float) -> None:
        fd = _open(self.path)
        try:
            if not _flock_within(fd, fcntl.LOCK_EX, time.monotonic()):
                log.warning("%s", self._waiting(wait))
                if not _flock_within(fd, fcntl.LOCK_EX, deadline):
                    raise IndexBusy(self._busy(wait))
            note = json.dumps({"pid": os.getpid(), "what": what, "since": time.time()}).encode()
            os.ftruncate(fd, 0)
            os.pwrite(fd, note, 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def _drop_file(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the flock

    def holder(self) -> dict:
        """What the current (or last) holder wrote: pid, what, since; {} if unreadable."""
        try:
            note = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}
        return note if isinstance(note, dict) else {}

    def _who(self, in_process: bool) -> str:
        if in_process:
            return f"another gongkai writer in this process (pid {os.getpid()})"
        note = self.holder()
        what = note.get("what") or "writer"
        pid = note.get("pid")
        since = note.get("since")
        how_long = f", for {max(0, time.time() - since):.0f} s" if isinstance(since, (int, float)) else ""
        return f"another gongkai {what} (pid {pid if pid else '?'}{how_long})"

    def _waiting(self, wait: float, in_process: bool = False) -> str:
        return (f"{self._who(in_process)} is writing to this index ({self.label}); "
                f"waiting up to {wait:g} s…")

    def _busy(self, wait: float, in_process: bool = False) -> str:
        return (f"{self._who(in_process)} is still writing to this index ({self.label}) after "
                f"{wait:g} s of waiting; try again when it has finished, or wait longer with "
                "GONGKAI_LOCK_WAIT (seconds)")


class DataGate:
    """Shared (reads) or exclusive (writes) access to the index files for one Chroma call.

    Each use opens its own descriptors, so threads of one process hold the gate independently,
    exactly like processes do."""

    def __init__(self, base: Path, label: str):
        self.data = Path(f"{base}.data")
        self.queue = Path(f"{base}.queue")
        self.label = label

    @contextmanager
    def shared(self, wait: float = DEFAULT_WAIT) -> Iterator[None]:
        with self._hold(fcntl.LOCK_SH, wait):
            yield

    @contextmanager
    def exclusive(self, wait: float = DEFAULT_WAIT) -> Iterator[None]:
        with self._hold(fcntl.LOCK_EX, wait):
            yield

    @contextmanager
    def _hold(self, mode: int, wait: float) -> Iterator[None]:
        deadline = time.monotonic() + max(0.0, wait)
        queue, data = _open(self.queue), _open(self.data)
        try:
            # Readers pass through the queue (shared, released at once); a writer holds it
            # exclusively while it waits for the readers inside to finish.
            if not _flock_within(queue, mode, deadline) or not _flock_within(data, mode, deadline):
                raise IndexBusy(f"the index ({self.label}) stayed locked by a writer for {wait:g} s")
            os.close(queue)
            queue = -1
            yield
        finally:
            if queue >= 0:
                os.close(queue)
            os.close(data)
