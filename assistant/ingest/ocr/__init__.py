"""OCR of scanned reports: page images → the lines and table grids every loader produces.

The PDF loader sends pages without a text layer (and images printed on a text page) here, the
image loader whole report images. Each page is straightened, read by the OCR engine
(``engine``), and laid out into lines and tables (``layout``). The budgets of
``assistant.ingest.limits`` apply: pages per file and pixels per page, checked before a page is
read. ``progress`` (set by the worker) hears of every page done, so a long scan shows its
progress and earns its time budget page by page.
"""

from __future__ import annotations

import time
from typing import Callable, Iterable

from assistant.ingest.limits import DEFAULT, Limits
from assistant.ingest.ocr.engine import INSTALL_HINT, OcrUnavailable, available
from assistant.model import Element

__all__ = ["read_pages", "PageImage", "OcrUnavailable", "available", "progress", "INSTALL_HINT"]

# (pages done, pages to read) → None; the worker sets it to report to the ingesting process.
progress: Callable[[int, int], None] | None = None

# A page to read: (page number, loader of (grey uint8 image, dpi, scale to output units)).
PageImage = tuple[int, Callable[[], tuple]]


def require(source: str) -> None:
    if not available():
        raise OcrUnavailable(source, f"the file is a scan (page images, no text layer) and OCR is not "
                                     f"installed; {INSTALL_HINT}")


def read_pages(pages: list[PageImage], source: str, limits: Limits = DEFAULT) -> tuple[dict[int, list[Element]], dict]:
    """The elements of each page, and a summary ({"pages", "seconds", "unsure", "angle"…})."""
    from assistant.ingest.ocr.layout import read_image

    if len(pages) > limits.ocr_pages:
        raise limits.too_many_scanned_pages(source, len(pages))
    require(source)
    from assistant.ingest.ocr.engine import load

    load(source)  # the models (and OpenCV) before any page: the worker lifts its memory cap for them
    out: dict[int, list[Element]] = {}
    summary = {"pages": 0, "seconds": 0.0, "unsure": 0, "reread": 0, "angles": []}
    _tell(0, len(pages))
    for done, (number, load) in enumerate(pages, start=1):
        started = time.perf_counter()
        gray, dpi, scale = load()
        if gray.shape[0] * gray.shape[1] > limits.ocr_page_pixels:
            raise limits.too_many_pixels(source, number, gray.shape[0] * gray.shape[1])
        elements, stats = read_image(gray, page=number, dpi=dpi, scale=scale, source=source)
        out[number] = elements
        summary["pages"] += 1
        summary["seconds"] += time.perf_counter() - started
        summary["unsure"] += stats.unsure
        summary["reread"] += stats.reread
        summary["angles"].append(stats.angle)
        _tell(done, len(pages))
    return out, summary


def hints_for(summary: dict, pages: Iterable[int]) -> dict[str, str]:
    """What a RawDocument records of its OCR: the pages read, and the seconds it took."""
    return {"ocr_pages": ",".join(str(p) for p in sorted(pages)),
            "ocr_seconds": f"{summary['seconds']:.2f}"}


def _tell(done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
