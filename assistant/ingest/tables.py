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

from assistant.national.schema import national_format
from assistant.zh.text import clean_text
from assistant.model import Table

NUMERIC = re.compile(r"^[+\-−]?\d[\d,，]*(?:\.\d+)?\s*[%％]?$")
PLACEHOLDER = {"—", "-", "–", "/", "／", "无", "——"}
CONTEXT = re.compile(r"^第.{1,4}条")
LABEL_MARKER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])")


def clean(text: str | None) -> str | None:
    """Cell text as the loaders clean it ('商业企\\n业' → '商业企业'); None (covered) stays None.
    Grids from `|` text lines arrive uncleaned, so this runs on every grid."""
    return None if text is None else clean_text(text)


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
            first = grid[0]  # the continuation's first row, changed in place
            width = len(first)
            for c, text in enumerate(first[: max(1, width - 1)]):
                if text and not is_value(text) and not LABEL_MARKER.match(text) and not _context_of(first):
                    origin = _origin_above(rows, c)
                    if origin is not None and LABEL_MARKER.match(rows[origin][c] or ""):
                        rows[origin][c] = (rows[origin][c] or "") + text
                        first[c] = None
                if text == "" and c < width - 1:
                    first[c] = None  # the page break split a merged label cell
        rows.extend(grid)
    return rows


def _origin_above(rows: list[list[str | None]], column: int) -> int | None:
    for r in range(len(rows) - 1, -1, -1):
        if column < len(rows[r]) and rows[r][column]:
            return r
    return None


def build_tables(grids: list[tuple], *, default_context: str = "") -> list[Table]:
    """Tables from the (rows, page) or (rows, page, boxes) grids of one run (one table or a table
    continued on the next pages). ``boxes`` (PDF: each cell's box, in the shape of ``rows``)
    follow their cells into ``Table.row_boxes``."""
    row_pages = [g[1] for g in grids for _ in g[0]]
    row_boxes = [list(b) for g in grids for b in (g[2] if len(g) > 2 and g[2] else [[]] * len(g[0]))]
    rows = [[clean(c) for c in row] for row in merge_grids([g[0] for g in grids])]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    tables: list[Table] = []
    context = default_context
    block: list[list[str | None]] = []
    pages: list[int | None] = []
    boxes: list[list] = []

    def flush():
        table = _table_from_block(block, context, pages, boxes)
        if table is not None:
            tables.append(table)
        block.clear()
        pages.clear()
        boxes.clear()

    for row, page, box in zip(rows, row_pages, row_boxes):
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
        boxes.append(box)
    flush()
    return tables


def _table_from_block(block: list[list[str | None]], context: str, pages: list[int | None],
                      boxes: list[list] | None = None) -> Table | None:
    """``boxes``: each row's cell boxes (PDF), kept for the data rows of a table read by position
    (the text-rebuilt reading moves values between columns, so its cells keep no box)."""
    if not block:
        return None
    first_data = next((i for i, r in enumerate(block) if any(is_numeric(c) for c in r)), None)
    if first_data is None:
        return None  # a table with no figures: the structure parser keeps its text as prose
    header, data = block[:first_data], block[first_data:]
    if max(sum(1 for c in r if c) for r in block) < 2:
        return None  # one cell a row: a list, not a table
    if not any(c is None for r in block for c in r):
        # A grid rebuilt from text lines: merged cells were dropped, so rows and headings may
        # not line up by position. Read those by their right-aligned values instead.
        table = _table_from_text_block(header, data, context, pages[first_data:])
        if table is not None:
            return table
    width = max(len(r) for r in block)
    # Label columns: the leading columns that hold no figure in any data row.
    labels = 0
    while labels < width and not any(is_value(r[labels]) for r in data if labels < len(r)):
        labels += 1
    # Trim trailing columns that are empty everywhere (flattened `| a | b | | |` lines).
    used = [c for c in range(width) if any(r[c] for r in block if c < len(r))]
    last = max(used) + 1 if used else width
    header = [r[:last] for r in header]
    data = [r[:last] for r in data]
    row_boxes = [list(b[:last]) for b in (boxes or [])[first_data:]] if boxes and any(boxes) else []
    return Table(context=context, header_rows=_fill_header(header), rows=_fill_labels(data, labels),
                 label_columns=labels, page=pages[first_data], row_pages=pages[first_data:], row_boxes=row_boxes)


def _fill_header(header: list[list[str | None]]) -> list[list[str]]:
    filled: list[list[str]] = []
    for r, row in enumerate(header):
        out: list[str] = []
        for c, text in enumerate(row):
            if text is None:
                above_is_origin = r > 0 and c < len(header[r - 1]) and header[r - 1][c] is not None
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


# --------------------------------------------------------------------------- text-rebuilt grids
# The column headings of the national format's two multi-level tables, leaf by leaf: flattened
# to text, their heading rows lose the merges that say which heading spans which columns.
def _standard_headings(header: list[list[str | None]], values: int) -> list[str] | None:
    texts = "".join(c for r in header for c in r if c)
    if values == 7 and "自然人" in texts and "法人" in texts:
        return national_format().tables["apply"].column_headings()
    if values == 15 and "行政复议" in texts and "行政诉讼" in texts:
        return national_format().tables["review"].column_headings()
    return None


def _tail(row: list[str | None]) -> tuple[list[str], list[str]]:
    """(labels, values) of a text row: values are the cells after its last label."""
    cells = [c or "" for c in row]
    while cells and cells[-1] == "":
        cells.pop()
    last_label = max((i for i, c in enumerate(cells) if c and not is_value(c)), default=-1)
    return [c for c in cells[: last_label + 1] if c], cells[last_label + 1:]


def _first_value(row: list[str | None]) -> int:
    """The column of a text row's first value (after its last label)."""
    cells = [c or "" for c in row]
    return max((i for i, c in enumerate(cells) if c and not is_value(c)), default=-1) + 1


def _marker_level(label: str) -> int:
    if re.match(r"^[一二三四五六七八九十]{1,3}、", label):
        return 1
    if re.match(r"^[（(][一二三四五六七八九十]{1,3}[)）]", label):
        return 2
    if re.match(r"^\d{1,2}[.．、]", label):
        return 3
    return 0


def _table_from_text_block(header: list[list[str | None]], data: list[list[str | None]], context: str,
                           pages: list[int | None]) -> Table | None:
    """Rows whose labels take different numbers of cells ('三、本年度办理结果 | （一）予以公开 | 0 …'
    beside '（二）部分公开 | 0 …') or headings that do not line up with the values: values are
    aligned from the right, row labels nest by their markers (一、 › （一） › 1.), headings of
    the national tables come from the format. None when the grid lines up by position."""
    split = [_tail(r) for r in data]
    counts = [len(v) for _, v in split if v]
    if not counts:
        return None
    values = max(set(counts), key=lambda n: (counts.count(n), n))
    starts = {len(r) - len(v) for r, (_, v) in zip(data, split) if v}
    headings = _standard_headings(header, values)
    aligned = len(starts) == 1 and all(len([c for c in r if c]) in (0, 1, values, values + 1) or
                                      len(r) == len(data[0]) for r in header)
    if headings is None and aligned:
        return None  # positions are consistent: the positional reading is right
    if headings is None:
        headings = _right_aligned_headings(header, values)
    # Where a full row's values start: a shorter row starting there too lost cells at its end
    # (blank trailing cells, or an excerpt cut inside its last row), not at its start.
    full_starts = [_first_value(r) for r, (_, v) in zip(data, split) if len(v) == values]
    full_start = max(set(full_starts), key=full_starts.count) if full_starts else None
    current: dict[int, str] = {}
    rows: list[list[str]] = []
    kept_pages: list[int | None] = []
    for (labels, vals), page, raw_row in zip(split, pages, data):
        if not vals:
            continue
        if len(vals) < values and full_start is not None and _first_value(raw_row) == full_start:
            vals = vals + [""] * (values - len(vals))
        path: list[str] = []
        for label in labels:
            level = _marker_level(label)
            if level:
                current[level] = label
                for deeper in [k for k in current if k > level]:
                    del current[deeper]
                path = [current[k] for k in sorted(current) if k <= level]
            else:
                path = path + [label] if path and _marker_level(path[-1]) else [label]
        if not labels:
            path = []
        vals = [""] * (values - len(vals)) + vals[-values:]
        rows.append(path + ["\x00"] + vals)
        kept_pages.append(page)
    depth = max(r.index("\x00") for r in rows)
    rows = [r[: r.index("\x00")] + [""] * (depth - r.index("\x00")) + r[r.index("\x00") + 1:] for r in rows]
    return Table(context=context, header_rows=[[""] * depth + headings], rows=rows, label_columns=depth,
                 page=kept_pages[0] if kept_pages else None, row_pages=kept_pages)


def _right_aligned_headings(header: list[list[str | None]], values: int) -> list[str]:
    """Column headings of a text grid: each heading row's cells right-aligned to the values
    (a leading 信息内容-style cell names the label column, not a value column)."""
    columns: list[list[str]] = [[] for _ in range(values)]
    for row in header:
        cells = [c for c in row if c]
        if len(cells) == values + 1:
            cells = cells[1:]
        if len(cells) == values:
            for i, c in enumerate(cells):
                if c not in columns[i]:
                    columns[i].append(c)
        elif len(cells) == 1 and values > 1:
            continue  # a caption over the whole table
    return [" > ".join(c) for c in columns]
