"""Per-file budgets for ingest, in one place.

A report is small: the national format is six sections and three tables of about 400 cells; the
real reports in ``../shared/eval/docs`` hold 2–30 thousand characters, the longest PDF 6 pages.
A file far beyond that is not a report, or was made to exhaust the machine (a zip bomb, a PDF
stream that inflates a thousandfold, a million-character line). Every budget below is one or two
orders of magnitude above a real report, and every breach fails that file alone with a
``LimitExceeded`` naming the budget; the rest of the batch is still ingested.

The loaders check what they can before doing the expensive work (the zip directory before
unpacking, a PDF's page count before reading pages); the worker process
(``assistant.ingest.worker``) enforces the two budgets nothing else can: time and memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.errors import LimitExceeded
from assistant.model import Grid, Line, RawDocument

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    # The file as stored (GONGKAI_MAX_FILE_MB). Scanned-image PDFs of a long report reach
    # 10–20 MB; text reports are far smaller.
    file_mb: float = 50.0
    # Bytes after decompression: a DOCX's zip members, a PDF's Flate streams. Four times the
    # largest accepted file at a usual 4:1 ratio; embedded CJK fonts (10–15 MB each) fit many
    # times over. Zip and Flate bombs unpack at about 1000:1.
    unpacked_mb: float = 200.0
    # A DOCX member over 1 MB unpacked may not unpack more than this many times larger than it
    # is stored. Word XML compresses 5–30:1; a bomb of repeated text 300–1000:1.
    zip_ratio: float = 100.0
    # Characters of text (lines and table cells). 1,000,000 is 30 times the longest real report
    # and about 3,500 passages, which embed in well under a minute.
    chars: int = 1_000_000
    # PDF pages. Reports run 5–30 pages; pdfplumber reads about 0.2 s a page, so 300 pages stay
    # within the parse time below.
    pages: int = 300
    # Characters on one PDF page. A dense A4 page at 6 pt holds about 10,000; pdfplumber's
    # duplicate-character pass is quadratic in this count (10,000 chars: about 4 s).
    page_chars: int = 10_000
    # Lines, boxes and curves drawn on one PDF page, which pdfplumber's table finder works
    # through (superlinearly: 10,000 boxes take about 5 s). A national table page draws a few
    # hundred to 2,500 (some producers draw every cell border as its own line).
    page_graphics: int = 10_000
    # Table cells after merged cells are expanded: the three national tables hold about 400;
    # 50,000 is a hundred such reports in one file.
    table_cells: int = 50_000
    # HTML elements (counted as tags opened, before parsing). A report page holds 2–5 thousand;
    # BeautifulSoup builds about 30,000 a second, so this many take a few seconds.
    html_elements: int = 100_000
    # HTML element nesting. Government pages nest 20–40 deep; the loader walks the tree
    # recursively, and Python's stack allows about 1,000 frames.
    nesting: int = 256
    # Wall-clock seconds to load, parse and chunk one file (GONGKAI_PARSE_SECONDS). The real
    # 6-page PDF takes 1.4 s; a 300-page PDF about 60 s.
    parse_seconds: float = 120.0
    # Memory the parsing worker may use beyond what it holds when idle (GONGKAI_PARSE_MEMORY_MB).
    # The real reports need under 100 MB; a bomb that gets past the checks above fails with a
    # MemoryError here instead of taking the machine's memory.
    memory_mb: int = 1024
    # Pages of one file read by OCR (a scanned PDF's image pages, or the images of one report).
    # A scanned report runs 5–30 pages; OCR takes 5–25 s a page on 2 cores.
    ocr_pages: int = 60
    # Pixels of one page image OCR reads. An A4 page at 300 dpi is 8.7 million; the detector's
    # memory grows with the pixels (about 60 bytes a pixel), so 30 million stays within the
    # worker's memory budget. A PDF page is rendered at a lower resolution to fit; an image over it
    # is refused.
    ocr_page_pixels: int = 30_000_000
    # Seconds each OCR'd page adds to the parse time budget: the budget of a scanned file is
    # parse_seconds + pages × this (the worker reports each page as it finishes). Measured: 5–25 s
    # a 150 dpi page on 2 shared cores (bench/ingest.py --ocr).
    ocr_page_seconds: float = 90.0

    @property
    def file_bytes(self) -> int:
        return int(self.file_mb * MB)

    @property
    def unpacked_bytes(self) -> int:
        return int(self.unpacked_mb * MB)

    # ------------------------------------------------------------------ messages
    def file_too_big(self, source: str, size: int) -> LimitExceeded:
        return LimitExceeded(source, f"the file is {size / MB:.1f} MB, over the {self.file_mb:g} MB "
                                     "limit (GONGKAI_MAX_FILE_MB)")

    def unpacks_too_big(self, source: str) -> LimitExceeded:
        return LimitExceeded(source, f"the file unpacks to more than {self.unpacked_mb:g} MB "
                                     "(a compression bomb, or far larger than any report)")

    def too_slow(self, source: str, scanned_pages: int = 0) -> LimitExceeded:
        if scanned_pages:
            budget = self.parse_seconds + scanned_pages * self.ocr_page_seconds
            return LimitExceeded(source, f"reading the file took longer than {budget:g} s (GONGKAI_PARSE_SECONDS "
                                         f"plus {self.ocr_page_seconds:g} s for each of its {scanned_pages} "
                                         "scanned pages)")
        return LimitExceeded(source, f"reading the file took longer than {self.parse_seconds:g} s "
                                     "(GONGKAI_PARSE_SECONDS)")

    def too_many_scanned_pages(self, source: str, pages: int) -> LimitExceeded:
        return LimitExceeded(source, f"the scan has {pages:,} pages to read by OCR, over the "
                                     f"{self.ocr_pages:,} a file may have (a report has a few dozen)")

    def too_many_pixels(self, source: str, page: int, pixels: int) -> LimitExceeded:
        return LimitExceeded(source, f"page {page} is an image of {pixels / 1e6:.1f} million pixels, over "
                                     f"the {self.ocr_page_pixels / 1e6:g} million OCR reads on one page "
                                     "(scan at 300 dpi or less)")

    def too_much_memory(self, source: str) -> LimitExceeded:
        return LimitExceeded(source, f"reading the file needed more than {self.memory_mb:,} MB of "
                                     "memory (GONGKAI_PARSE_MEMORY_MB)")


DEFAULT = Limits()


class Tally:
    """Running counts of one document's text and table cells, checked as a loader adds them,
    so that an oversized file stops as soon as it is over rather than after it is all read."""

    def __init__(self, source: str, limits: Limits = DEFAULT):
        self.source = source
        self.limits = limits
        self.chars = 0
        self.cells = 0

    def text(self, count: int) -> None:
        self.chars += count
        if self.chars > self.limits.chars:
            raise LimitExceeded(self.source, f"the file holds more than {self.limits.chars:,} characters "
                                             "of text (a report holds tens of thousands)")

    def table(self, cells: int) -> None:
        self.cells += cells
        if self.cells > self.limits.table_cells:
            raise LimitExceeded(self.source, f"the file's tables hold more than "
                                             f"{self.limits.table_cells:,} cells")

    def document(self, raw: RawDocument) -> None:
        """Count a whole loaded document (what a loader did not count as it went)."""
        for element in raw.elements:
            if isinstance(element, Line):
                self.text(len(element.text))
            elif isinstance(element, Grid):
                self.table(sum(len(row) for row in element.rows))
                self.text(sum(len(cell) for row in element.rows for cell in row if cell))


def check_document(raw: RawDocument, limits: Limits = DEFAULT) -> None:
    """The text and cell budgets over a loaded document, whichever loader made it."""
    Tally(raw.source, limits).document(raw)
