"""The original files the source view shows pages of: ``GONGKAI_HOME/originals/<source>``.

``gongkai ingest`` reads reports from any folder, and the files may move or change afterwards,
so the page a citation points at is kept with the index: each ingested PDF is copied here
(hard-linked when it sits on the same file system, e.g. an upload under ``GONGKAI_HOME/uploads``)
under its source name, replaced when the report is ingested again, deleted when it is removed.

Only PDFs are kept: a citation of an HTML, DOCX or text report is shown as the passage in its
context, from the index itself. The copies are bounded as ingest is: a file over
``GONGKAI_MAX_FILE_MB`` is never ingested, so never kept. A request names a kept file only by its
source name, which ``source_name`` has checked (no folders, no hidden or control characters), and
the web layer serves only sources the index lists.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path

from assistant.errors import IngestError

FOLDER = "originals"
KEPT_SUFFIXES = (".pdf",)


def folder(home: Path) -> Path:
    return Path(home) / FOLDER


def path_for(home: Path, source: str) -> Path | None:
    """The kept original of ``source``, or None (not a PDF, kept before this existed, or a name
    that is not a source name)."""
    from assistant.ingest.pipeline import source_name

    try:
        if source_name(source) != source:
            return None
    except IngestError:
        return None
    path = folder(home) / source
    return path if path.is_file() else None


def keep(home: Path, original: Path, source: str) -> None:
    """Keep ``original`` as ``source``'s original, unless it is already kept as it is."""
    if Path(source).suffix.lower() not in KEPT_SUFFIXES:
        return
    target = folder(home) / source
    if target.is_file() and filecmp.cmp(original, target, shallow=False):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{source}.part")
    staged.unlink(missing_ok=True)
    try:
        os.link(original, staged)
    except OSError:  # another file system, or links not allowed
        shutil.copyfile(original, staged)
    staged.replace(target)


def drop(home: Path, source: str) -> None:
    path = path_for(home, source)
    if path is not None:
        path.unlink(missing_ok=True)
