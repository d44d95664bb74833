"""pdfplumber's own box of a table cell, to check the boxes Gongkai keeps and draws against."""

from __future__ import annotations

from pathlib import Path

import pdfplumber


def cell_box(pdf_path: Path, page_number: int, text: str) -> tuple[tuple, tuple]:
    """(the box (x0, top, x1, bottom) of the table cell whose text is ``text`` on that page, the
    page's (width, height))."""
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[page_number - 1]
        for table in page.find_tables():
            for values, row in zip(table.extract(), table.rows):
                for value, box in zip(values, row.cells):
                    if value and value.strip() == text:
                        return box, (page.width, page.height)
    raise AssertionError(f"no cell {text!r} on page {page_number}")
