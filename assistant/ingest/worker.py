"""Reading files in a worker process, under a watchdog.

Loading, parsing and chunking a file runs in a child process, so that no file can hold the
ingest past its time budget or take the machine's memory:

- time: the parent waits ``Limits.parse_seconds`` for the answer; a worker that has not
  answered by then is killed (the next file starts a new one) and the file fails with
  ``LimitExceeded``;
- memory: the worker caps its own address space at what it maps once the parsers are imported
  plus ``Limits.memory_mb``, so a bomb that gets past the loaders' checks fails with MemoryError,
  reported as ``LimitExceeded`` (the worker then exits, and the next file starts a new one).

A scan earns time page by page: before the answer, the worker sends ``("progress", done,
total)`` for the pages it OCRs; the parent adds ``Limits.ocr_page_seconds`` per page to the
deadline and passes the pages on to the ingest's progress callback.

The worker answers one of: the parsed report and its passages; an ``IngestError`` (the file is
malformed or over a budget: its reason is for the person ingesting); or a bug (any other
exception, with its traceback), which the parent raises as ``ParserBug``. A worker that dies
without answering (a crash in a C library) is a bug too.

A worker is a fresh interpreter (running ``worker.main``) talking over a socket pair
with multiprocessing's Connection. Not a multiprocessing.Process: forking a process that runs
Chroma's and torch's threads is unsafe, and the "spawn" method imports the caller's ``__main__``
again, which breaks a script read from stdin and makes every script that ingests guard its work
with ``if __name__ == "__main__":``. The worker runs in its own session, so Ctrl-C reaches only
the parent, which ends it. One worker is kept for the next batch of the process, so a batch pays
the start (about half a second) once; a file's time budget starts when the worker says it is
ready, so the start never counts against the first file.
"""

from __future__ import annotations

import atexit
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable

from assistant.errors import IngestError
from assistant.ingest.limits import DEFAULT, Limits
from assistant.ingest.loaders.image import PageGroup
from assistant.model import Passage, Report


class ParserBug(Exception):
    """Gongkai's own code failed while reading a file (or the worker died): not the file's
    fault. ``details`` holds the worker's traceback."""

    def __init__(self, message: str, details: str = ""):
        super().__init__(message)
        self.details = details


@dataclass
class Parsed:
    report: Report
    passages: list[Passage]
    facts: tuple  # (facts, findings, FactStats) of the national tables (assistant.national.extract)
    seconds: float  # load + parse + chunk, in the worker
    peak_mb: float  # the worker's peak resident memory while reading this file (0 if unknown)


def parse_file(path, source: str, limits: Limits = DEFAULT) -> tuple[Report, list[Passage], tuple]:
    """Load, parse, read the table facts of and chunk one file in this process (what the worker
    runs): (report, passages, (facts, findings, FactStats))."""
    from assistant.ingest.chunking import passages_for
    from assistant.ingest.loaders import load_document
    from assistant.ingest.structure import parse_report
    from assistant.national.extract import read_facts

    raw = load_document(path, limits=limits)
    raw.source = source
    report = parse_report(raw)
    facts = read_facts(report)
    if report.meta.scanned_pages:
        from assistant.ingest.ocr.mend import mend_tables

        mend_tables(report, facts[0], facts[2].origins)
    passages = passages_for(report, fact_cells=facts[2].origins)
    if report.meta.scanned_pages:
        scanned = set(report.meta.scanned_pages)
        passages = [replace(p, scanned=True) if p.page in scanned else p for p in passages]
    if not passages:
        raise IngestError(source, "no text found in the file")
    return report, passages, facts


# --------------------------------------------------------------------------- the child


def _status_mb(field: str) -> float:
    """A VmXXX line of /proc/self/status in MB (0 where /proc is missing)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _reset_peak() -> None:
    """Start a new peak-memory measurement (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def _limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at what it maps now plus ``memory_mb``."""
    mapped = _status_mb("VmSize")
    if not mapped or memory_mb <= 0:
        return
    limit = int((mapped + memory_mb) * 1024 * 1024)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main(argv: list[str]) -> None:
    """The worker process's entry: ``FD MEMORY_MB``, the socket to serve and the memory cap."""
    _serve(Connection(int(argv[0])), int(argv[1]))


def _serve(conn, memory_mb: int) -> None:
    """The worker's loop: (path, source, limits) in, one answer out, until told to stop."""
    # Import the parsers before the cap, so it measures what reading a file takes.
    import assistant.ingest.chunking  # noqa: F401
    import assistant.ingest.loaders.docx  # noqa: F401
    import assistant.ingest.loaders.html  # noqa: F401
    import assistant.ingest.loaders.pdf  # noqa: F401
    import assistant.ingest.loaders.text  # noqa: F401
    import assistant.ingest.structure  # noqa: F401
    import assistant.national.extract  # noqa: F401

    _limit_memory(memory_mb)
    _serve_ocr(conn, memory_mb)
    conn.send(("ready",))  # the parent starts a file's clock only now (Worker._start)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, source, limits = job
        _reset_peak()
        started = time.perf_counter()
        answer = answer_for(path if isinstance(path, PageGroup) else Path(path), source, limits)
        seconds = time.perf_counter() - started
        try:
            conn.send((answer, seconds, _status_mb("VmHWM")))
        except MemoryError:
            answer = ("memory",)
            conn.send((answer, seconds, _status_mb("VmHWM")))
        if answer[0] == "memory":
            return  # whatever was half-built is garbage now: the next file starts afresh


def _serve_ocr(conn, memory_mb: int) -> None:
    """OCR pages are reported to the parent as they finish (each earns the file time, see
    Worker._ask); the OCR models, loaded on the first scan, are trusted code of a known size, so
    the memory cap is lifted while they load and set again above them."""
    from assistant.ingest import ocr
    from assistant.ingest.ocr import engine

    ocr.progress = lambda done, total: conn.send(("progress", done, total))

    def lift() -> None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))

    engine.before_load = lift
    engine.after_load = lambda: _limit_memory(memory_mb)


def answer_for(path, source: str, limits: Limits) -> tuple:
    """What the worker sends back for one file: ("ok", report, passages, facts), ("refused",
    error type, source, reason) for an IngestError, ("memory",) when over the memory cap, or
    ("bug", message, traceback) for any other exception."""
    try:
        return ("ok", *parse_file(path, source, limits))
    except IngestError as err:
        return ("refused", type(err).__name__, err.source, err.reason)
    except MemoryError:
        return ("memory",)
    except Exception as err:  # everything else is our bug, reported with its traceback
        return ("bug", f"{type(err).__name__}: {err}"[:500], traceback.format_exc())


# --------------------------------------------------------------------------- the parent


# How long a new worker may take to import the parsers before it is given up as broken: far
# above the half second it takes here, so only a hung or crashed start trips it.
START_SECONDS = 120


class Worker:
    """One worker process, started on first use and again after it is killed or exits, or when
    a file comes with another memory budget (the cap is set as the process starts)."""

    def __init__(self) -> None:
        self.memory_mb = 0  # the running process's cap
        self._process = None
        self._conn = None
        # Of the last file answered: seconds in the worker, and its peak memory (MB, 0 if unknown).
        self.last_seconds = 0.0
        self.last_peak_mb = 0.0

    def _start(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        ours, theirs = socket.socketpair()
        # The child imports what this process imports, however it found it (bench/ puts the
        # repository on sys.path by hand).
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        with theirs:
            self._process = subprocess.Popen(
                [sys.executable, "-c", "import sys; from assistant.ingest.worker import main; main(sys.argv[1:])",
                 str(theirs.fileno()), str(self.memory_mb)],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        self._conn = Connection(ours.detach())
        # The start (a fresh interpreter importing the parsers) is the worker's cost, not the
        # first file's: its clock starts once the worker says it is ready.
        try:
            ready = self._conn.poll(START_SECONDS) and self._conn.recv() == ("ready",)
        except (EOFError, OSError):
            ready = False
        if not ready:
            raise ParserBug(f"the parser process did not start within {START_SECONDS} s ({_describe(self._stop())})")

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def parse(self, path, source: str, limits: Limits,
              progress: Callable[[int, int], None] | None = None) -> Parsed:
        """Read one file (or a PageGroup of page images) in the worker; raise IngestError (incl.
        LimitExceeded) or ParserBug. ``progress`` hears (pages done, pages) of OCR."""
        if not self.alive or self.memory_mb != limits.memory_mb:
            self.close()
            self._start(limits.memory_mb)
        job = path if isinstance(path, PageGroup) else str(path)
        try:
            answer = self._ask((job, source, limits), source, limits, progress)
        except (IngestError, ParserBug):
            raise
        except BaseException:  # interrupted while the worker works: its next answer would be stale
            self._stop()
            raise
        kind = answer[0]
        if kind == "ok":
            return Parsed(answer[1], answer[2], answer[3], self.last_seconds, self.last_peak_mb)
        if kind == "refused":
            _, type_name, err_source, reason = answer
            raise _ingest_error(type_name)(err_source, reason)
        if kind == "memory":
            self._stop()
            raise limits.too_much_memory(source)
        _, message, details = answer
        raise ParserBug(message, details + f"\n(in the parser process, after {self.last_seconds:.1f} s)")

    def _ask(self, job: tuple, source: str, limits: Limits,
             progress: Callable[[int, int], None] | None = None) -> tuple:
        """Send one job; the answer, or the reason there is none. The time budget is
        ``parse_seconds``, plus ``ocr_page_seconds`` for each page the file has to OCR (the
        worker says how many when it starts on them)."""
        deadline = time.monotonic() + limits.parse_seconds
        scanned = 0
        try:
            self._conn.send(job)
        except OSError as err:  # BrokenPipeError and ConnectionResetError among them
            raise ParserBug(f"the parser process stopped ({_describe(self._stop())})") from err
        while True:
            try:
                ready = self._conn.poll(max(0.0, deadline - time.monotonic()))
            except OSError as err:
                raise ParserBug(f"the parser process stopped ({_describe(self._stop())})") from err
            if not ready:
                self._stop()
                raise limits.too_slow(source, scanned)
            try:
                message = self._conn.recv()
            except (EOFError, OSError) as err:
                raise ParserBug(f"the parser process died while reading the file ({_describe(self._stop())})") from err
            if message and message[0] == "progress":
                _, done, total = message
                if done == 0 and total > scanned:
                    deadline += (total - scanned) * limits.ocr_page_seconds
                    scanned = total
                if progress is not None:
                    progress(done, total)
                continue
            answer, self.last_seconds, self.last_peak_mb = message
            return answer

    def _stop(self) -> int | None:
        """Kill the process (if it still runs) and forget it; its exit code."""
        code = None
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            code = self._process.wait()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None
        return code

    def close(self) -> None:
        """Ask the worker to finish, then make sure it has."""
        if self._conn is not None and self.alive:
            try:
                self._conn.send(None)
                self._process.wait(2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._stop()


def _ingest_error(type_name: str) -> type[IngestError]:
    from assistant import errors

    found = getattr(errors, type_name, IngestError)
    return found if isinstance(found, type) and issubclass(found, IngestError) else IngestError


def _describe(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


# --------------------------------------------------------------------------- reuse

_idle: list[Worker] = []
_idle_lock = threading.Lock()
KEEP_IDLE = 1  # workers kept between batches; a second concurrent batch starts its own


def borrow() -> Worker:
    """An idle worker, or a new one (its process starts on first use)."""
    with _idle_lock:
        if _idle:
            return _idle.pop()
    return Worker()


def give_back(worker: Worker) -> None:
    with _idle_lock:
        if worker.alive and len(_idle) < KEEP_IDLE:
            _idle.append(worker)
            return
    worker.close()


def close_idle() -> None:
    with _idle_lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        worker.close()


atexit.register(close_idle)
