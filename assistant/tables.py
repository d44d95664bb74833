"""Table grids → typed Tables whose every data cell has a row label and a column label.

A grid from a loader may hold several sub-tables (the national 第二十条 table is one grid with
context rows such as 第二十条第（一）项 and a header row before each block), and one table may
come as several grids (it continues on the next PDF page). ``build_tables`` takes the grids of
one run of tables and returns the sub-tables with their context.

Merged cells arrive as ``None`` (covered by a neighbour). Column headings: a covered cell takes
the text above it when the cell above is an origin cell, else the text to its left. Row labels:
a covered label cell takes the label above it (a group label spanning rows) unless the cell to
its left in the same row holds this row's own label (then it is the span of that label).
"""

from __future__ import annotations

import re

from .loaders.cells import clean_cell
from .report import Table

NUMERIC = re.compile(r"^[+\-−]?\d[\d,，]*(?:\.\d+)?\s*[%％]?$")
PLACEHOLDER = {"—", "-", "–", "/", "／", "无", "——"}
CONTEXT = re.compile(r"^第.{1,4}条")
LABEL_MARKER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])")


def clean(text: str | None) -> str | None:
    """Cell text as the loaders clean it ('商业企\\n业' → '商业企业'); None (covered) stays None.
    Grids from `|` text lines arrive uncleaned, so this runs on every grid."""
    return None if text is None else clean_cell(text)


def is_value(text: str | None) -> bool:
    return bool(text) and (bool(NUMERIC.match(text)) or text in PLACEHOLDER)


def is_numeric(text: str | None) -> bool:
    return bool(text) and bool(NUMERIC.match(text))


def _context_of(row: list[str | None]) -> str | None:
    """A row that only names the item the next block reports on, e.g. 第二十条第（五）项."""
    texts = [c for c in row if c]
    if len(texts) == 1 and CONTEXT.match(texts[0]) and len(texts[0]) <= 30:
        return texts[0].replace(" ", "")
    return None


def merge_grids(grids: list[list[list[str | None]]]) -> list[list[str | None]]:
    """Join the grids of one table broken over pages. A label broken by the page break
    ('（四）无' | '法提供') is joined back to the label it continues."""
    rows: list[list[str | None]] = []
    for grid in grids:
        grid = [list(r) for r in grid]
        if rows and grid:
            first = grid[0]
            width = len(first)
            for c, text in enumerate(first[: max(1, width - 1)]):
                if text and not is_value(text) and not LABEL_MARKER.match(text) and not _context_of(first):
                    origin = _origin_above(rows, c)
                    if origin is not None and LABEL_MARKER.match(rows[origin][c] or ""):
                        rows[origin][c] = (rows[origin][c] or "") + text
                        first = list(first)
                        first[c] = None
                        grid = [first] + list(grid[1:])
                if text == "" and c < width - 1:
                    first = list(first)
                    first[c] = None
                    grid = [first] + list(grid[1:])
        rows.extend([list(r) for r in grid])
    return rows


def _origin_above(rows: list[list[str | None]], column: int) -> int | None:
    for r in range(len(rows) - 1, -1, -1):
        if column < len(rows[r]) and rows[r][column]:
            return r
    return None


def build_tables(grids: list[tuple[list[list[str | None]], int | None]], *,
                 default_context: str = "") -> list[Table]:
    """Tables from the (rows, page) grids of one run (one table or a table continued on the
    next pages)."""
    row_pages = [page for rows, page in grids for _ in rows]
    rows = [[clean(c) for c in row] for row in merge_grids([rows for rows, _ in grids])]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    tables: list[Table] = []
    context = default_context
    block: list[list[str | None]] = []
    pages: list[int | None] = []

    def flush():
        table = _table_from_block(block, context, pages)
        if table is not None:
            tables.append(table)
        block.clear()
        pages.clear()

    for row, page in zip(rows, row_pages):
        ctx = _context_of(row)
        if ctx:
            flush()
            context = ctx
            continue
        if all(not c for c in row):
            continue
        # A header row after data rows starts a new block under the same context.
        # (A single-label row is a group label inside the table, not a header.)
        if block and not any(is_value(c) for c in row) and sum(1 for c in row if c) >= 2 \
                and any(any(is_value(c) for c in b) for b in block):
            flush()
        block.append(row)
        pages.append(page)
    flush()
    return tables


def _table_from_block(block: list[list[str | None]], context: str, pages: list[int | None]) -> Table | None:
    if not block:
        return None
    first_data = next((i for i, r in enumerate(block) if any(is_numeric(c) for c in r)), None)
    if first_data is None:
        return None  # a table with no figures: the structure parser keeps its text as prose
    header, data = block[:first_data], block[first_data:]
    width = max(len(r) for r in block)
    # Label columns: the leading columns that hold no figure in any data row.
    labels = 0
    while labels < width and not any(is_value(r[labels]) for r in data if labels < len(r)):
        labels += 1
    labels = min(labels, width - 1) if labels == width else labels
    # Trim trailing columns that are empty everywhere (flattened `| a | b | | |` lines).
    used = [c for c in range(width) if any(r[c] for r in block if c < len(r))]
    last = max(used) + 1 if used else width
    header = [r[:last] for r in header]
    data = [r[:last] for r in data]
    return Table(context=context, header_rows=_fill_header(header), rows=_fill_labels(data, labels),
                 label_columns=labels, page=pages[first_data], row_pages=pages[first_data:])


def _fill_header(header: list[list[str | None]]) -> list[list[str]]:
    filled: list[list[str]] = []
    for r, row in enumerate(header):
        out: list[str] = []
        for c, text in enumerate(row):
            if text is None:
                above_is_origin = r > 0 and header[r - 1][c] is not None and c < len(header[r - 1])
                if above_is_origin:
                    text = filled[r - 1][c]
                elif c > 0:
                    text = out[c - 1]
                elif r > 0:
                    text = filled[r - 1][c]
                else:
                    text = ""
            out.append(text)
        filled.append(out)
    return filled


def _fill_labels(data: list[list[str | None]], labels: int) -> list[list[str]]:
    filled: list[list[str]] = []
    for r, row in enumerate(data):
        out: list[str] = []
        own_label_left = False
        for c, text in enumerate(row):
            if c < labels:
                if text:  # this row's own label
                    own_label_left = True
                elif not own_label_left and r > 0:
                    text = filled[r - 1][c]  # a group label spanning rows
                else:
                    text = ""
            out.append(text or "")
        filled.append(out)
    return filled
