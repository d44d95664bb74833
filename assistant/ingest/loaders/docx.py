"""DOCX loader (python-docx): paragraphs and tables in body order.

python-docx repeats a merged cell's text in every grid position the merge covers; the loader
keeps it in the origin cell (top-left) only and puts None in the covered positions, as
pdfplumber does, so a header like '申请人情况' appears once.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from assistant.errors import IngestError
from assistant.zh.text import clean_text
from assistant.model import Element, Grid, Line, RawDocument

__all__ = ["load"]

# python-docx reports built-in styles by English name; documents made with a Chinese
# Word/WPS may also carry custom styles named '标题 1'.
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load(path: Path) -> RawDocument:
    source = path.name
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own types
        reason = str(exc).strip() or type(exc).__name__
        raise IngestError(source, f"not a readable DOCX: {reason[:120]}") from exc

    elements: list[Element] = []
    title = clean_text(document.core_properties.title)
    for block in _blocks(document.element.body, document):
        if isinstance(block, Table):
            grid = _grid(block)
            if any(cell for row in grid.rows for cell in row):
                elements.append(grid)
            continue
        level = _heading_level(block)
        if level is not None:
            # A heading is one line even when a manual break splits it.
            lines = [clean_text(block.text)]
            if level == 0 and not title:
                title = lines[0]
        else:
            lines = [clean_text(part) for part in block.text.split("\n")]
        elements.extend(Line(text, heading_level=level) for text in lines if text)

    hints = {"title": title} if title else {}
    return RawDocument(source=source, elements=elements, hints=hints)


def _blocks(parent, document):
    """Paragraphs and tables in body order, looking inside content controls (<w:sdt>)."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, document)
        elif child.tag == f"{_W}tbl":
            yield Table(child, document)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent"):
            yield from _blocks(child, document)


def _heading_level(paragraph: Paragraph) -> int | None:
    """'Heading N' → N, 'Title' → 0; else an outline level set on the paragraph itself."""
    name = paragraph.style.name if paragraph.style is not None else ""
    if name == "Title":
        return 0
    match = _HEADING_STYLE.match(name or "")
    if match:
        return int(match.group(1))
    outline = paragraph._p.find(f"{_W}pPr/{_W}outlineLvl")
    if outline is not None:
        value = outline.get(f"{_W}val", "")
        if value.isdigit() and int(value) < 9:  # 9 means body text
            return int(value) + 1
    return None


def _grid(table: Table) -> Grid:
    rows: list[list[str | None]] = []
    above: list = []  # the previous row's cells, for vertical merges
    for row in table.rows:
        # Rows may start or end inside the layout grid; those positions hold no cell.
        cells = [None] * row.grid_cols_before + list(row.cells) + [None] * row.grid_cols_after
        texts: list[str | None] = []
        for c, cell in enumerate(cells):
            if cell is None:
                texts.append("")
            elif c > 0 and cells[c - 1] is not None and cells[c - 1]._tc is cell._tc:
                texts.append(None)  # covered by a horizontal merge
            elif c < len(above) and above[c] is not None and above[c]._tc is cell._tc:
                texts.append(None)  # covered by a vertical merge
            else:
                texts.append(clean_text(cell.text))
        rows.append(texts)
        above = cells
    width = max((len(r) for r in rows), default=0)
    return Grid(tuple(tuple(r + [""] * (width - len(r))) for r in rows))
