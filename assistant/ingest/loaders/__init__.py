"""One loader per format; every loader returns a RawDocument (assistant.model)."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from assistant.errors import IngestError, UnsupportedFormat
from assistant.model import RawDocument

# suffix -> module in this package exposing load(path) -> RawDocument
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


def load_document(path: Path, *, max_bytes: int | None = None) -> RawDocument:
    """Load one file, or raise IngestError naming the file and the reason."""
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
    if max_bytes is not None and size > max_bytes:
        raise IngestError(path.name, f"the file is {size / 1e6:.1f} MB, over the "
                                     f"{max_bytes / 1e6:.0f} MB limit (GONGKAI_MAX_FILE_MB)")
    module = import_module(f".{LOADERS[suffix]}", __name__)
    return module.load(path)
