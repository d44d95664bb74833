"""PDF loader (pdfplumber): text lines and table grids per page, in vertical reading order.

Tables come from ``page.find_tables()``, which keeps a grid's cells apart where the page text
interleaves them. Only tables of at least 2 rows and 2 columns count: reports often frame a
paragraph in a one-column box, and that is prose. Text lines are read from the page with the
real tables' characters taken out, so no cell is emitted twice.

Tables continuing on the next page are left as two grids; the structure parser joins them.
Each line and each table cell keeps its box on the page (``Line.bbox``, ``Grid.boxes``), so a
citation can be shown where it is printed.

Budgets (assistant.ingest.limits): the page count is read before any page is, a page's
characters are counted before pdfplumber's duplicate pass (quadratic in their number) and its
lines and boxes before the table finder works through them, and Flate streams are inflated within
the unpacked-size budget (see ``_BoundedZlib``). What pdfminer raises on a damaged file is
reported as "not a readable PDF"; what our own code raises is a bug and passes through.
"""

from __future__ import annotations

import re
import zlib
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import islice
from pathlib import Path
from typing import Iterator

import pdfplumber
from pdfminer import pdftypes
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from assistant.errors import IngestError, LimitExceeded
from assistant.ingest.limits import DEFAULT, Limits, Tally
from assistant.ingest.loaders.failures import library_errors
from assistant.zh.text import clean_text
from assistant.model import Element, Grid, Line, RawDocument

__all__ = ["load"]

NO_TEXT_LAYER = "the PDF has no text layer and no page images: nothing to read"

# Page-number furniture ('- 3 -', '— 3 —'): left in, it would land inside a paragraph that
# runs on over the page break.
_PAGE_NUMBER = re.compile(r"^[-—–－]\s*\d+\s*[-—–－]$")


_LIBRARIES = ("pdfplumber", "pdfminer", "PIL", "charset_normalizer", "pypdfium2", "pypdfium2_raw")


def load(path: Path, limits: Limits = DEFAULT) -> RawDocument:
    source = path.name
    tally = Tally(source, limits)
    pages_placed: dict[int, list[tuple[float, Element]]] = {}
    scans: dict[int, tuple[tuple | None, float]] = {}  # page → (image region or None for all, its dpi)
    has_text = False
    # pdfminer raises many unrelated types on damaged files; they become "not a readable PDF".
    with _inflating_within(source, limits), library_errors(source, "PDF", _LIBRARIES, _reason):
        with pdfplumber.open(path) as pdf:
            pages = sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), limits.pages + 1))
            if pages > limits.pages:
                raise LimitExceeded(source, f"the PDF has more than {limits.pages:,} pages "
                                            "(a report has a few dozen)")
            hints = {"pages": str(len(pdf.pages))}
            title = _metadata_title(pdf)
            if title:
                hints["title"] = title
            for page in pdf.pages:
                if len(page.chars) > limits.page_chars:
                    raise LimitExceeded(source, f"page {page.page_number} holds {len(page.chars):,} "
                                                f"characters, over the {limits.page_chars:,} a page can show")
                graphics = sum(len(page.objects.get(kind, ())) for kind in ("rect", "line", "curve"))
                if graphics > limits.page_graphics:
                    raise LimitExceeded(source, f"page {page.page_number} draws {graphics:,} lines and boxes, "
                                                f"over the {limits.page_graphics:,} a report's tables need")
                # Some producers fake bold by printing each character twice.
                deduped = page.dedupe_chars()
                has_text = has_text or bool(deduped.chars)
                scan = _scanned_part(page, deduped.chars)
                if scan is not None:
                    scans[page.page_number] = scan
                placed = [] if scan is not None and scan[0] is None else _page_elements(deduped)
                for _, element in placed:
                    if isinstance(element, Grid):
                        tally.table(sum(len(row) for row in element.rows))
                        tally.text(sum(len(cell) for row in element.rows for cell in row if cell))
                    else:
                        tally.text(len(element.text))
                pages_placed[page.page_number] = placed
                page.close()  # drop the page's parsed objects: memory stays that of one page
        if not has_text and not scans:
            raise IngestError(source, NO_TEXT_LAYER)
        if scans:
            _read_scans(path, source, scans, pages_placed, hints, limits)
    elements = [element for number in sorted(pages_placed)
                for _, element in sorted(pages_placed[number], key=lambda item: item[0])]
    return RawDocument(source=source, elements=elements, hints=hints)


# --------------------------------------------------------------------------- scanned pages

# An image counts as a scan of (part of) the page when it covers this share of the page and no
# text of the page's text layer is printed over it: a logo or a seal is smaller; a scanned page
# or a table pasted as a picture is larger.
SCAN_SHARE = 0.15
# Resolution a scanned page is rendered at when its image's own cannot be told, and the range
# its own is kept in (below 100 dpi figures blur; above 300 the detector slows for nothing).
SCAN_DPI, MIN_SCAN_DPI, MAX_SCAN_DPI = 200.0, 100.0, 300.0


def _scanned_part(page, chars) -> tuple[tuple | None, float] | None:
    """(None, dpi) when the page is all image (no text layer), ((x0, top, x1, bottom), dpi) for an
    image with no text over it on a text page, else None."""
    area = float(page.width * page.height) or 1.0
    best = None
    for image in page.images:
        x0, top, x1, bottom = (float(image[k]) for k in ("x0", "top", "x1", "bottom"))
        share = max(0.0, x1 - x0) * max(0.0, bottom - top) / area
        if share < SCAN_SHARE:
            continue
        if any(x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom for c in chars):
            continue  # text printed over the image: a background, not a scan
        width = (x1 - x0) / 72 or 1.0
        src = image.get("srcsize") or (0, 0)
        dpi = float(src[0]) / width if src and src[0] else SCAN_DPI
        dpi = min(MAX_SCAN_DPI, max(MIN_SCAN_DPI, dpi))
        if best is None or share > best[0]:
            best = (share, (x0, top, x1, bottom), dpi)
    if best is None:
        return None
    return (None if not chars else best[1]), best[2]


def _read_scans(path: Path, source: str, scans: dict, pages_placed: dict, hints: dict, limits: Limits) -> None:
    """OCR the scanned pages (whole, or the image part of a text page) into ``pages_placed``."""
    from assistant.ingest.ocr import hints_for, read_pages, require

    require(source)
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))

    def loader(number: int, dpi: float):
        def render():
            page = document[number - 1]
            width, height = page.get_size()
            chosen = dpi
            pixels = (width * chosen / 72) * (height * chosen / 72)
            if pixels > limits.ocr_page_pixels:  # render smaller to fit, down to MIN_SCAN_DPI
                chosen = dpi * (limits.ocr_page_pixels / pixels) ** 0.5
                if chosen < MIN_SCAN_DPI:
                    raise limits.too_many_pixels(source, number, int(pixels))
            bitmap = page.render(scale=chosen / 72, grayscale=True)
            gray = bitmap.to_numpy().copy()
            if gray.ndim == 3:
                gray = gray[:, :, 0]
            page.close()
            return gray, chosen, 72 / chosen  # boxes in PDF points
        return render

    try:
        read, summary = read_pages([(n, loader(n, scans[n][1])) for n in sorted(scans)], source, limits)
    finally:
        document.close()
    for number, elements in read.items():
        region = scans[number][0]
        for element in elements:
            box = element.bbox if isinstance(element, Line) else _grid_box(element)
            top = box[1] if box else 0.0
            if region is not None and (box is None or not _inside(box, region)):
                continue  # text of the page's text layer, read already
            pages_placed.setdefault(number, []).append((top, element))
    hints.update(hints_for(summary, read))


def _grid_box(grid: Grid):
    boxes = [b for row in grid.boxes or () for b in row if b]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _inside(box, region) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return region[0] <= cx <= region[2] and region[1] <= cy <= region[3]


def _page_elements(page) -> list[tuple[float, Element]]:
    number = page.page_number
    tables = []
    for table in page.find_tables():
        rows = table.extract()
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            boxes = tuple(tuple(_box(cell, page) for cell in row.cells) for row in table.rows)
            tables.append((table.bbox, rows, boxes))

    def outside_tables(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for (x0, top, x1, bottom), _, _ in tables)

    placed: list[tuple[float, Element]] = []
    for line in page.filter(outside_tables).extract_text_lines(return_chars=False):
        text = clean_text(line["text"])
        if text and not _PAGE_NUMBER.match(text):
            placed.append((line["top"], Line(text, page=number, bbox=_box(line, page))))
    for bbox, rows, boxes in tables:
        grid = tuple(tuple(None if c is None else clean_text(c) for c in row) for row in rows)
        same_shape = len(boxes) == len(grid) and all(len(b) == len(r) for b, r in zip(boxes, grid))
        placed.append((bbox[1], Grid(grid, page=number, boxes=boxes if same_shape else None)))
    # Stable sort: a line and a table at the same height keep lines first.
    placed.sort(key=lambda item: item[0])
    return placed


def _box(obj, page) -> tuple[float, float, float, float] | None:
    """A box from the page's top-left corner (a page whose crop box is offset measures from
    there too), rounded to a tenth of a point: what the source view draws over the page image."""
    if obj is None:
        return None
    x0, top, x1, bottom = (obj["x0"], obj["top"], obj["x1"], obj["bottom"]) if isinstance(obj, dict) else obj
    ox, oy = page.bbox[0], page.bbox[1]
    return (round(x0 - ox, 1), round(top - oy, 1), round(x1 - ox, 1), round(bottom - oy, 1))


def _metadata_title(pdf) -> str:
    """The Info dictionary's Title. pdfminer only understands big-endian UTF-16; WPS writes
    little-endian with a BOM, which pdfminer turns into mojibake, so decode the raw bytes."""
    for info in pdf.doc.info:
        raw = resolve1(info.get("Title"))
        if isinstance(raw, bytes):
            if raw.startswith(b"\xff\xfe"):
                text = raw[2:].decode("utf-16-le", errors="replace")
            else:
                text = decode_text(raw)  # PDFDocEncoding or UTF-16BE with BOM
        elif isinstance(raw, str):
            text = raw
        else:
            continue
        text = clean_text(text)
        if text:
            return text
    return ""


def _reason(exc: Exception) -> str:
    # pdfplumber wraps pdfminer's errors (PdfminerException(e)): report the underlying one.
    inner = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Exception) else exc
    if isinstance(inner, PDFPasswordIncorrect):
        return "it is encrypted (password required)"
    reason = str(inner).strip() or type(inner).__name__
    return reason if len(reason) <= 120 else reason[:117] + "..."


# --------------------------------------------------------------------------- inflating within budget

_CHUNK = 16 * 1024  # compressed bytes per step: at most ~16 MB of output before the budget is checked


class _Inflation:
    """The Flate output of one PDF so far, against the unpacked-size budget."""

    def __init__(self, source: str, limits: Limits):
        self.source = source
        self.limits = limits
        self.total = 0

    def inflate(self, data: bytes) -> bytes:
        """What ``zlib.decompress`` gives, in steps, stopping at the budget. A damaged stream
        yields what inflates before the damage, as pdfminer's own fallback does (byte by byte,
        and quadratic in the output: a damaged bomb took minutes)."""
        inflater = zlib.decompressobj()
        parts: list[bytes] = []
        view = memoryview(data)
        for start in range(0, len(view), _CHUNK):
            piece = view[start:start + _CHUNK]
            before = inflater.copy()
            try:
                parts.append(inflater.decompress(piece))
            except zlib.error:
                parts.append(_salvage(before, piece))
                self._spend(len(parts[-1]))
                break
            self._spend(len(parts[-1]))
            if inflater.eof:
                break
        return b"".join(parts)

    def _spend(self, size: int) -> None:
        self.total += size
        if self.total > self.limits.unpacked_bytes:
            raise self.limits.unpacks_too_big(self.source)


def _salvage(inflater, piece: memoryview) -> bytes:
    """Output of ``piece`` up to the byte where the stream breaks."""
    out: list[bytes] = []
    for i in range(len(piece)):
        try:
            out.append(inflater.decompress(piece[i:i + 1]))
        except zlib.error:
            break
        if inflater.eof:
            break
    return b"".join(out)


_INFLATION: ContextVar[_Inflation | None] = ContextVar("gongkai_pdf_inflation", default=None)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``, whose stream decoder calls
    ``zlib.decompress`` on whole streams: while a PDF is being loaded here, Flate output counts
    against the budget; at any other time this is plain zlib."""

    error = zlib.error

    def __getattr__(self, name):
        return getattr(zlib, name)

    def decompress(self, data, *args, **kwargs):
        inflation = _INFLATION.get()
        if inflation is None or args or kwargs:
            return zlib.decompress(data, *args, **kwargs)
        return inflation.inflate(data)


pdftypes.zlib = _BoundedZlib()


@contextmanager
def _inflating_within(source: str, limits: Limits) -> Iterator[None]:
    token = _INFLATION.set(_Inflation(source, limits))
    try:
        yield
    finally:
        _INFLATION.reset(token)
