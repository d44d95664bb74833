"""PDF loader (pdfplumber): text lines and table grids per page, in vertical reading order.

Tables come from ``page.find_tables()``, which keeps a grid's cells apart where the page text
interleaves them. Only tables of at least 2 rows and 2 columns count: reports often frame a
paragraph in a one-column box, and that is prose. Text lines are read from the page with the
real tables' characters taken out, so no cell is emitted twice.

Tables continuing on the next page are left as two grids; the structure parser joins them.
Each line and each table cell keeps its box on the page (``Line.bbox``, ``Grid.boxes``), so a
citation can be shown where it is printed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from assistant.errors import IngestError
from assistant.zh.text import clean_text
from assistant.model import Element, Grid, Line, RawDocument

__all__ = ["load"]

NO_TEXT_LAYER = "the PDF has no text layer (scanned image); OCR is not supported"

# Page-number furniture ('- 3 -', '— 3 —'): left in, it would land inside a paragraph that
# runs on over the page break.
_PAGE_NUMBER = re.compile(r"^[-—–－]\s*\d+\s*[-—–－]$")


def load(path: Path) -> RawDocument:
    source = path.name
    try:
        with pdfplumber.open(path) as pdf:
            hints = {"pages": str(len(pdf.pages))}
            title = _metadata_title(pdf)
            if title:
                hints["title"] = title
            elements: list[Element] = []
            has_text = False
            for page in pdf.pages:
                # Some producers fake bold by printing each character twice.
                page = page.dedupe_chars()
                has_text = has_text or bool(page.chars)
                elements.extend(_page_elements(page))
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise IngestError(source, f"not a readable PDF: {_reason(exc)}") from exc
    if not has_text:
        raise IngestError(source, NO_TEXT_LAYER)
    return RawDocument(source=source, elements=elements, hints=hints)


def _page_elements(page) -> list[Element]:
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
    return [element for _, element in placed]


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
