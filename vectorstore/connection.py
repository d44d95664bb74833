"""One Chroma client per index per process, reopened when another process has changed the index.

The embedded client keeps the vector index (HNSW) it has read in memory for the life of the
process and never notices that another process rewrote the files: after a CLI ingest, the web
app's questions on the new report failed with "Error finding id" until a restart (sqlite, read
afresh on every call, listed passages the cached vector index did not hold). Closing the client
stops chromadb's shared ``System`` for the path (the last reference does; chromadb caches one
System per path per process) and the next client reads the files again: that is a *reopen*.

Every store of a process on one index shares its :class:`Connection`, so a reopen reaches all
of them; a second client on the same path would keep the stale System alive. (A chromadb client
opened on the same path by other code in the process has the same effect; Gongkai opens none.)

Until a call needs chromadb, an embedded index's reads are answered from its file without it
(:mod:`vectorstore.chroma_file`: a one-shot answer about one report never imports chromadb); the
first call the file reader does not answer opens the client, and every later call uses it.

Threads: every Chroma call runs inside :meth:`Connection.use`, which also holds the index's
:class:`~vectorstore.locks.DataGate`; :meth:`Connection.reopen` waits for the calls in flight
and holds new ones back, so no thread ever calls into a closed client.
"""

from __future__ import annotations

import sys
import threading
import weakref
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from assistant.errors import ConfigError, StoreError

from vectorstore.chroma_file import FileClient, NeedsChroma
from vectorstore.locks import DEFAULT_WAIT, DataGate, WriterLock


def connect(path: Path | None, url: str | None):
    """A new chromadb client: embedded over the folder ``path``, or over HTTP to ``url``.
    chromadb is imported here, on the first call that needs it (0.7–0.9 s)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from chromadb.errors import ChromaError

    settings = ChromaSettings(anonymized_telemetry=False)
    if path is not None:
        try:
            Path(path).mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(path), settings=settings)
        except (OSError, ChromaError) as err:
            raise StoreError(f"cannot open the Chroma index at {path}: {err}") from err
    parts = urlsplit(url)
    try:
        port = parts.port or 8000
    except ValueError:  # a port that is not a number
        port = None
    if parts.scheme not in ("http", "https") or not parts.hostname or port is None:
        raise ConfigError(f"a Chroma URL looks like http://host:port, not {url!r}")
    try:
        return chromadb.HttpClient(host=parts.hostname, port=port,
                                   ssl=parts.scheme == "https", settings=settings)
    except Exception as err:  # connection refused, DNS, TLS: all mean "not reachable"
        raise StoreError(f"cannot reach the Chroma server at {url}: {err}") from err


def chroma_error(error: BaseException, name: str) -> bool:
    """Whether ``error`` is chromadb's error class ``name`` (``NotFoundError``, …), without
    importing chromadb: an error chromadb raised means it is imported already."""
    errors = sys.modules.get("chromadb.errors")
    return errors is not None and isinstance(error, getattr(errors, name))


def is_stale(error: BaseException) -> bool:
    """Chroma errors that mean this process's view of the index is behind the files: a record
    the cached vector index lacks, or a collection re-created under a new id."""
    return chroma_error(error, "NotFoundError") or "Error finding id" in str(error)


def _close(box: list) -> None:
    client = box[0]
    if client is not None:
        box[0] = None
        client.close()


class _ThreadGate:
    """Readers–writer exclusion between the threads of one process (Chroma calls are the
    readers, a reopen the writer); a waiting reopen goes before new calls."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._active = 0
        self._reopening = False  # a reopen holds the gate
        self._waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            while self._reopening or self._waiting:
                self._cond.wait()
            self._active += 1
        try:
            yield
        finally:
            with self._cond:
                self._active -= 1
                if not self._active:
                    self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            try:
                while self._reopening or self._active:
                    self._cond.wait()
            finally:
                self._waiting -= 1
            self._reopening = True
        try:
            yield
        finally:
            with self._cond:
                self._reopening = False
                self._cond.notify_all()


class Connection:
    """The client of one index in this process, its generation (incremented by each reopen),
    the version stamps this process last saw per collection, and the index's locks.

    ``lock_base`` (a path without suffix) names the lock files; for an embedded index it is
    ``<folder's parent>/locks/<folder name>``. A Chroma server serialises its own file access,
    so a server connection has a writer lock only (when given a base) and no data gate."""

    def __init__(self, path: Path | None, url: str | None, lock_base: Path | None, wait: float = DEFAULT_WAIT):
        self.path = Path(path) if path is not None else None
        self.url = url
        self.location = str(path) if path is not None else url
        self.writer = WriterLock(Path(f"{lock_base}.writer"), self.location) if lock_base else None
        self.gate = DataGate(lock_base, self.location) if lock_base and path is not None else None
        self.generation = 0
        self.stamps: dict[str, str | None] = {}
        self._threads = _ThreadGate()
        self._box: list = [None]
        # An embedded index's reads are answered from its file while they can be, and chromadb's
        # client is opened at the first call that needs it (see vectorstore/chroma_file.py).
        self._file: FileClient | None = None
        # A new index folder: creating chroma.sqlite3 is a write, and two processes creating it
        # at once is one of the ways to a broken index.
        fresh = self.path is not None and not (self.path / "chroma.sqlite3").exists()
        if self.path is not None and not fresh:
            with self._data(write=False, wait=wait):
                try:
                    self._file = FileClient(self.path)
                except NeedsChroma:
                    pass
        if self._file is None:
            with self.writer.hold("index setup", wait) if fresh and self.writer else nullcontext():
                with self._data(write=fresh, wait=wait):
                    self._box[0] = connect(path, url)
        weakref.finalize(self, _close, self._box)

    def _data(self, write: bool, wait: float):
        if self.gate is None:
            return nullcontext()
        return self.gate.exclusive(wait) if write else self.gate.shared(wait)

    @property
    def opened(self) -> bool:
        """Whether chromadb's client is open (else reads come from the index file)."""
        return self._box[0] is not None

    @contextmanager
    def use(self, write: bool = False, wait: float = DEFAULT_WAIT,
            from_file: bool = False) -> Iterator[tuple[object, int]]:
        """The client and its generation for one Chroma call (``write``: one that changes the
        index); no reopen happens meanwhile, and no other process writes (or reads, if ``write``).

        ``from_file``: a read that may be answered by the index file's reader
        (:class:`~vectorstore.chroma_file.FileClient`, which raises ``NeedsChroma`` for what it
        does not answer) as long as chromadb's client is not open; once it is, every call uses it."""
        if self._box[0] is None and not (from_file and self._file is not None):
            self._connect(wait)  # the first call needing chromadb, or a reopen failed to connect
        with self._threads.shared(), self._data(write, wait):
            client = self._box[0]
            if client is None and from_file and not write:
                client = self._file
            if client is None:
                raise StoreError(f"the index at {self.location} could not be reopened")
            yield client, self.generation

    def _connect(self, wait: float) -> None:
        """Open chromadb's client when it is not: a new generation (collections looked up
        again, on it)."""
        with self._threads.exclusive(), self._data(False, wait):
            if self._box[0] is None:
                self.generation += 1
                self._box[0] = connect(self.path, self.url)

    def reopen(self, seen: int, wait: float = DEFAULT_WAIT) -> bool:
        """Replace the client by a new one that reads the index files afresh, unless another
        thread already did since generation ``seen``. Returns whether this call reopened. (Reads
        answered from the index file read it afresh each time: until chromadb's client is
        needed, a reopen opens none.)"""
        with self._threads.exclusive(), self._data(False, wait):
            if self.generation != seen:
                return False
            was_open = self._box[0] is not None
            _close(self._box)  # first: a new embedded client would get the old System back
            self.generation += 1
            if was_open or self._file is None:
                self._box[0] = connect(self.path, self.url)
            return True


_connections: "weakref.WeakValueDictionary[tuple, Connection]" = weakref.WeakValueDictionary()
_registry = threading.Lock()


def lock_base_for(path: Path) -> Path:
    """Where the lock files of the embedded index in ``path`` live: beside the folder."""
    path = Path(path).resolve()
    return path.parent / "locks" / path.name


def connection(path: Path | None = None, url: str | None = None, lock_base: Path | None = None,
               wait: float = DEFAULT_WAIT) -> Connection:
    """The process's connection to the index at ``path`` (embedded) or ``url`` (server);
    ``wait``: seconds to wait for a writer when a new one must be opened."""
    if path is not None:
        path = Path(path).resolve()
        key: tuple = ("path", str(path))
        lock_base = lock_base_for(path)
    else:
        key = ("url", url, str(lock_base) if lock_base else "")
    with _registry:
        found = _connections.get(key)
        if found is None:
            found = _connections[key] = Connection(path, url, lock_base, wait)
        return found
