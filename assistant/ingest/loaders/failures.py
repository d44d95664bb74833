"""Telling a malformed file from a bug in Gongkai.

A parsing library (pdfminer, python-docx, lxml, zipfile) that chokes on a damaged file raises
whatever its code happens to raise: KeyError, ValueError, struct.error, RecursionError…. That is
the file's fault, and the person ingesting it should read "not a readable PDF: …". The same
exception types raised by Gongkai's own code are bugs, and must not be disguised as a bad file:
they pass through, and the ingest pipeline reports them as internal errors with a traceback.

Which one it was is read from the traceback: the innermost Python frame belongs either to a
library or to us.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from assistant.errors import IngestError


def raised_in(exc: BaseException, packages: tuple[str, ...]) -> bool:
    """True when the innermost Python frame of ``exc`` belongs to one of ``packages``."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__") or ""
    return module.split(".")[0] in packages


def short_reason(exc: BaseException) -> str:
    reason = str(exc).strip() or type(exc).__name__
    if isinstance(exc, RecursionError):
        reason = "its structure is nested too deeply"
    return reason if len(reason) <= 120 else reason[:117] + "..."


@contextmanager
def library_errors(source: str, what: str, packages: tuple[str, ...],
                   reason: Callable[[BaseException], str] = short_reason) -> Iterator[None]:
    """Turn an exception raised inside ``packages`` into ``IngestError("not a readable
    <what>: …")``. Our own exceptions pass through, and so does MemoryError: the worker
    reports that as the memory budget (assistant.ingest.limits)."""
    try:
        yield
    except (IngestError, MemoryError):
        raise
    except Exception as exc:
        wrapped = _wrapped_budget(exc)
        if wrapped is not None:
            raise wrapped from None
        if not raised_in(exc, packages):
            raise
        raise IngestError(source, f"not a readable {what}: {reason(exc)}") from exc


def _wrapped_budget(exc: BaseException) -> BaseException | None:
    """An IngestError or MemoryError that a library caught and re-raised inside its own
    exception (pdfplumber wraps everything pdfminer raises in PdfminerException): a budget
    check of ours or the worker's memory limit, which must keep its own message."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, (IngestError, MemoryError)):
            return exc
        inner = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
        seen += 1
    return None
