"""One loader per format; every loader returns a RawDocument (assistant.model) or raises an
IngestError that says, for a person, what is wrong with the file."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from assistant.errors import IngestError, UnsupportedFormat
from assistant.ingest.limits import DEFAULT, Limits, check_document
from assistant.model import RawDocument

# suffix -> module in this package exposing load(path, limits) -> RawDocument
LOADERS = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}

SUPPORTED = tuple(sorted(LOADERS))


def load_document(path: Path, *, limits: Limits = DEFAULT) -> RawDocument:
    """Load one file within ``limits``, or raise IngestError naming the file and the reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        raise UnsupportedFormat(path.name, f"unsupported file type '{suffix or '(none)'}' "
                                           f"(supported: {', '.join(SUPPORTED)})")
    if not path.is_file():
        raise IngestError(path.name, "no such file")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path.name, "the file is empty")
    if size > limits.file_bytes:
        raise limits.file_too_big(path.name, size)
    module = import_module(f".{LOADERS[suffix]}", __name__)
    raw = module.load(path, limits)
    check_document(raw, limits)
    return raw
