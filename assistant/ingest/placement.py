"""Where a passage is printed: the boxes the PDF loader measured, cut to the passage.

The source view draws them over the page image. A table-row passage gets its cells' boxes in
the order its text states them (the row label first), each with the cell's text, so the cell of
a cited figure can be told from its neighbours. A prose passage gets the boxes of the lines it
was cut from, each with the span of the passage's text printed on that line. Formats without
boxes (text, HTML, DOCX) give none, and nothing here runs for them.
"""

from __future__ import annotations

from bisect import bisect_right

from assistant.model import Cell, Paragraph, Table

MAX_BOXES = 80  # a passage is at most a few hundred characters: a bound against odd layouts


def _entry(page, box, **extra) -> dict:
    return {"p": page, "b": [round(float(x), 1) for x in box], **extra}


def cell_boxes(table: Table, row: int, cells: list[Cell]) -> tuple[dict, ...]:
    """The row label's cells, then ``cells``, as boxes (empty when the table kept none)."""
    if not table.row_boxes:
        return ()
    page = table.page_of(row)
    out: list[dict] = []
    for c in range(min(table.label_columns, len(table.rows[row]))):
        box = table.box_of(row, c)
        if box and table.rows[row][c]:
            out.append(_entry(page, box, t=table.rows[row][c][:60], label=1))
    for cell in cells:
        box = table.box_of(cell.row, cell.column)
        if box:
            out.append(_entry(table.page_of(cell.row), box, t=cell.value[:60]))
    return tuple(out[:MAX_BOXES])


def line_boxes(paragraph: Paragraph, start: int, end: int, offset: int,
               starts: list[int] | None = None) -> list[dict]:
    """Boxes of the lines printing ``paragraph.text[start:end]``, which sits at ``offset`` in the
    passage; each box's ``o`` is the span of the passage text on that line. ``starts``: the lines'
    offsets (``line[0]`` of each), when the caller asks for many spans of one paragraph: the
    first line is then found by bisection, not by walking every line before it."""
    out = []
    lines = paragraph.lines
    if starts is None:
        starts = [line[0] for line in lines]
    for i in range(max(bisect_right(starts, start) - 1, 0), len(lines)):
        line_start, page, box = lines[i]
        if line_start >= end:
            break
        line_end = starts[i + 1] if i + 1 < len(lines) else len(paragraph.text)
        lo, hi = max(line_start, start), min(line_end, end)
        if lo < hi and box:
            out.append(_entry(page, box, o=[offset + lo - start, offset + hi - start]))
    return out
