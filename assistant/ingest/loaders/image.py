"""Report images (PNG, JPEG): one image, or the pages of one report given together, read by OCR.

Pages of one report are files named ``<name>.p<N>.<ext>`` (``huaian-2024.p1.png``,
``huaian-2024.p2.png``, …): wherever they are given together (named on the command line, in one
folder, uploaded at once) they are one report, known as ``<name>.<ext>``, its pages in the order
of N. Any other image is a report of one page. Needs the OCR extra (``gongkai[ocr]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import IngestError
from assistant.ingest.limits import DEFAULT, Limits
from assistant.ingest.loaders.failures import library_errors
from assistant.ingest.ocr import hints_for, read_pages, require
from assistant.model import RawDocument

__all__ = ["load", "PageGroup", "group_pages", "SUFFIXES"]

SUFFIXES = (".png", ".jpg", ".jpeg")
PAGE_NAME = re.compile(r"^(?P<stem>.+)\.p(?P<n>\d{1,4})(?P<ext>\.(?:png|jpe?g))$", re.IGNORECASE)
A4_WIDTH_INCHES = 8.27


@dataclass(frozen=True)
class PageGroup:
    """The page images of one report, in page order; ``name`` is the report's file name."""

    name: str
    paths: tuple[Path, ...]

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix


def group_pages(files: list) -> list:
    """``files`` with every set of ``<name>.p<N>.<ext>`` images (same folder, name and type)
    replaced by one PageGroup, where the first of them stood."""
    groups: dict[tuple, list[tuple[int, Path]]] = {}
    for f in files:
        m = PAGE_NAME.match(Path(f).name)
        if m:
            key = (str(Path(f).parent), m.group("stem"), m.group("ext").lower().replace("jpeg", "jpg"))
            groups.setdefault(key, []).append((int(m.group("n")), Path(f)))
    out, placed = [], set()
    for f in files:
        m = PAGE_NAME.match(Path(f).name)
        if not m:
            out.append(f)
            continue
        key = (str(Path(f).parent), m.group("stem"), m.group("ext").lower().replace("jpeg", "jpg"))
        if key in placed:
            continue
        placed.add(key)
        pages = sorted(groups[key])
        out.append(PageGroup(m.group("stem") + m.group("ext"), tuple(p for _, p in pages)))
    return out


def _dpi(image) -> float:
    """The image's resolution: as recorded, else as if it were an A4 page's width."""
    recorded = image.info.get("dpi")
    try:
        value = float(recorded[0]) if recorded else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    if 72 <= value <= 600:
        return value
    return min(400.0, max(72.0, image.width / A4_WIDTH_INCHES))


def load(path, limits: Limits = DEFAULT) -> RawDocument:
    paths = list(path.paths) if isinstance(path, PageGroup) else [Path(path)]
    source = path.name
    require(source)
    import numpy as np
    from PIL import Image

    def loader(p: Path, number: int):
        def read():
            with library_errors(source, "image", ("PIL",)):
                with Image.open(p) as image:
                    pixels = image.width * image.height
                    if pixels > limits.ocr_page_pixels:  # before decoding it
                        raise limits.too_many_pixels(source, number, pixels)
                    dpi = _dpi(image)
                    gray = np.asarray(image.convert("L"))
            return gray, dpi, 1.0  # boxes in the image's pixels
        return read

    if len(paths) > limits.ocr_pages:
        raise limits.too_many_scanned_pages(source, len(paths))
    for p in paths:
        if not p.is_file():
            raise IngestError(source, f"no such file: {p.name}")
    pages, summary = read_pages([(i, loader(p, i)) for i, p in enumerate(paths, start=1)], source, limits)
    elements = [e for number in sorted(pages) for e in pages[number]]
    return RawDocument(source=source, elements=elements,
                       hints={"pages": str(len(paths)), **hints_for(summary, pages)})
