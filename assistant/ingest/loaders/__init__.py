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
    ".png": "image",  # read by OCR (the gongkai[ocr] extra)
    ".jpg": "image",
    ".jpeg": "image",
}

SUPPORTED = tuple(sorted(LOADERS))


def load_document(path, *, limits: Limits = DEFAULT) -> RawDocument:
    """Load one file (or the page images of one report, a PageGroup) within ``limits``, or raise
    IngestError naming the file and the reason."""
    from assistant.ingest.loaders.image import PageGroup

    if isinstance(path, PageGroup):
        for page in path.paths:
            _check_file(page, limits, name=path.name)
        raw = import_module(".image", __name__).load(path, limits)
        check_document(raw, limits)
        return raw
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        raise UnsupportedFormat(path.name, f"unsupported file type '{suffix or '(none)'}' "
                                           f"(supported: {', '.join(SUPPORTED)})")
    _check_file(path, limits)
    module = import_module(f".{LOADERS[suffix]}", __name__)
    raw = module.load(path, limits)
    check_document(raw, limits)
    return raw


def _check_file(path: Path, limits: Limits, name: str = "") -> None:
    name = name or path.name
    if not path.is_file():
        raise IngestError(name, "no such file" if name == path.name else f"no such file: {path.name}")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(name, "the file is empty")
    if size > limits.file_bytes:
        raise limits.file_too_big(name, size)
