"""A page image → text lines and table grids, from the OCR boxes and the page's ruling lines.

    elements, stats = read_image(gray, page=3, dpi=150, scale=72 / 150)

1. **Skew.** A scan is often turned by a degree or two, enough to break a table's rows apart.
   The angle is the one whose horizontal projection of the ink is sharpest (text lines and
   rules line up with pixel rows), found coarse to fine on a reduced image; the page is turned
   back before anything else reads it.
2. **Tables from ruling lines.** Long thin runs of ink, kept by a morphological opening with a
   line-shaped kernel, become edges; pdfplumber's own edge → intersection → cell → table steps
   (``pdfplumber.table``) turn them into cells and tables, so a scanned table comes out in the
   shape a text-layer PDF's does, merged cells (``None``) included.
3. **Cell texts.** A detected text line whose centre falls in a cell is that cell's text. Cells
   that hold figures are read again one by one (recognition alone, on the cell's ink with a
   margin): the detector misses lone small digits ('0') and merges figures of neighbouring cells,
   and the recogniser reads a whole cell better than a tight box. A figure read with a low score
   is kept out (the cell becomes ``UNSURE``), so the facts reader marks it unreadable.
4. **Tables without rules.** Text lines holding two or more figures are rows; the figures are put
   in columns by clustering their x positions across rows (a missed figure leaves its column
   empty, never shifts the others), and the lines above the first row in those columns are the
   headings.
5. **Prose.** The remaining boxes, grouped into lines by vertical overlap, left to right.

Boxes are given in the units of ``scale`` × pixels (PDF points for a PDF page, pixels for an
image), measured on the straightened page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.ingest.ocr.engine import Box, read_crops, read_page
from assistant.model import Element, Grid, Line
from assistant.zh.text import clean_text

__all__ = ["read_image", "PageStats", "UNSURE", "deskew"]

# A figure the recogniser is not sure of: the cell holds this instead of digits that may be wrong.
UNSURE = "？"
# Below this recognition score a figure read from a cell is not trusted: it is left to the format's
# arithmetic (docs/architecture.md, "OCR"). On the 150 dpi scan of the Huai'an report every cell
# re-read scored at least 0.985; at 100 dpi the faint small figures fall below 0.9 by the dozen.
# Cells of no identity (第二十条) have only this to stand on.
MIN_FIGURE_SCORE = 0.9
DARK = 160  # grey level below which a pixel is ink
# A ruling line thinner than a pixel is rendered light grey (a 0.5 pt rule at 100 dpi is about 200):
# light pixels count as rules too, except where they fill an area (a shaded heading row).
RULE_LIGHT = 215
INK_CONTRAST = 50  # how much darker than its cell's background a pixel of a figure is
FIGURE = re.compile(r"^[\d\s.,，、—\-–/／%％]*$")


@dataclass
class PageStats:
    angle: float = 0.0  # degrees the page was turned back
    boxes: int = 0
    tables: int = 0
    cells: int = 0
    reread: int = 0  # cells read again on their own
    unsure: int = 0  # figures kept out for a low score
    scores: list[float] = field(default_factory=list)


# --------------------------------------------------------------------------- skew


def _sharpness(ink: np.ndarray) -> float:
    profile = ink.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(profile)).sum())


def _turn(image: np.ndarray, angle: float, fill: int = 255) -> np.ndarray:
    import cv2

    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=fill)


def skew_angle(gray: np.ndarray, max_angle: float = 4.0) -> float:
    """The angle (degrees) to turn the page by so that its lines are level."""
    import cv2

    h, w = gray.shape[:2]
    factor = min(1.0, 800 / max(w, 1))
    small = cv2.resize(gray, (max(1, int(w * factor)), max(1, int(h * factor))), interpolation=cv2.INTER_AREA)
    ink = (small < DARK).astype(np.uint8)
    if ink.sum() < 50:
        return 0.0

    def best(candidates):
        return max(candidates, key=lambda a: _sharpness(_turn(ink, a, fill=0)))

    angle = best(np.arange(-max_angle, max_angle + 1e-9, 0.5))
    angle = best(np.arange(angle - 0.5, angle + 0.5 + 1e-9, 0.1))
    angle = best(np.arange(angle - 0.1, angle + 0.1 + 1e-9, 0.025))
    return float(round(angle, 3))


def deskew(gray: np.ndarray) -> tuple[np.ndarray, float]:
    angle = skew_angle(gray)
    if abs(angle) < 0.05:
        return gray, 0.0
    return _turn(gray, angle), angle


# --------------------------------------------------------------------------- ruling lines → cells


def _edges(gray: np.ndarray, dpi: float) -> list[dict]:
    import cv2

    light = (gray < RULE_LIGHT).astype(np.uint8)
    fill = cv2.morphologyEx(light, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    ink = ((gray < DARK) | ((light > 0) & (fill == 0))).astype(np.uint8)
    length = max(12, int(dpi * 0.3))  # longer than any stroke of a character at body size
    thick = max(4, int(dpi / 25))
    edges = []
    for orientation, kernel in (("h", (length, 1)), ("v", (1, length))):
        opened = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            x, y, w, h = float(x), float(y), float(w), float(h)
            if orientation == "h" and h <= thick:
                mid = y + h / 2
                edges.append({"x0": x, "x1": x + w, "top": mid, "bottom": mid, "doctop": mid, "width": w,
                              "height": 0.0, "orientation": "h", "object_type": "line"})
            elif orientation == "v" and w <= thick:
                mid = x + w / 2
                edges.append({"x0": mid, "x1": mid, "top": y, "bottom": y + h, "doctop": y, "width": 0.0,
                              "height": h, "orientation": "v", "object_type": "line"})
    return edges


def ruled_tables(gray: np.ndarray, dpi: float) -> list[list[list[tuple | None]]]:
    """The tables the page's ruling lines draw: per table its rows of cell boxes (pixels),
    ``None`` where a merged cell covers the position."""
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = _edges(gray, dpi)
    if not edges:
        return []
    tolerance = 3 * dpi / 72  # pdfplumber's default 3 pt, in pixels
    edges = merge_edges(edges, tolerance, tolerance, tolerance, tolerance)
    edges = [e for e in edges if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= tolerance]
    cells = intersections_to_cells(edges_to_intersections(edges, tolerance, tolerance))
    small = dpi * 0.08  # a cell narrower or lower than this is a double rule, not a cell
    cells = [c for c in cells if c[2] - c[0] >= small and c[3] - c[1] >= small]
    tables = []
    for group in cells_to_tables(cells):
        rows = [list(row.cells) for row in Table(None, group).rows]
        if len(rows) >= 2 and max(sum(1 for c in row if c) for row in rows) >= 2:
            tables.append(rows)
    return tables


# --------------------------------------------------------------------------- texts


def _join_line(boxes: list[Box]) -> str:
    boxes = sorted(boxes, key=lambda b: b.x0)
    out = ""
    for i, box in enumerate(boxes):
        if i and box.x0 - boxes[i - 1].x1 > 0.8 * max(box.height, boxes[i - 1].height):
            out += " "
        out += box.text
    return out


def group_lines(boxes: list[Box]) -> list[list[Box]]:
    """Boxes in reading order, grouped into the lines they print: a box joins a line when it
    overlaps the line's last box vertically by half the lower height."""
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.cy, b.x0)):
        for line in reversed(lines[-3:]):
            top = max(min(b.top for b in line), box.top)
            bottom = min(max(b.bottom for b in line), box.bottom)
            if bottom - top >= 0.5 * min(box.height, min(b.height for b in line)):
                line.append(box)
                break
        else:
            lines.append([box])
    return [sorted(line, key=lambda b: b.x0) for line in lines]


def _cell_text(boxes: list[Box]) -> str:
    return "\n".join(_join_line(line) for line in group_lines(boxes))


def _without_rules(ink: np.ndarray) -> np.ndarray:
    """The ink of a cell without the remnants of its borders: a pixel column (row) inked over
    most of the cell's height (width) is a rule, never part of a figure, which is a fraction of
    the cell's height."""
    ink = ink.copy()
    ink[:, ink.mean(axis=0) > 0.7] = False
    ink[ink.mean(axis=1) > 0.7, :] = False
    return ink


def _ink_crop(gray: np.ndarray, cell: tuple, inset: int):
    """The cell's ink with a margin (grey → 3-channel), its box, and its line height; None when
    the cell is blank."""
    x0, top, x1, bottom = (int(round(v)) for v in cell)
    inner = gray[top + inset:bottom - inset, x0 + inset:x1 - inset]
    if inner.size == 0:
        return None
    level = DARK
    ink = _without_rules(inner < level)
    if ink.sum() < 4:
        # No dark ink: perhaps the thin grey strokes of a small figure at low resolution, judged
        # against the cell's own background (white, or a shading). Dark ink first, because faint
        # remnants of a border the page's straightening left in the cell would widen the crop.
        level = min(float(np.median(inner)) - INK_CONTRAST, RULE_LIGHT)
        ink = _without_rules(inner < level)
        if ink.sum() < 4:
            return None
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    y0, y1 = rows[0] + top + inset, rows[-1] + top + inset + 1
    c0, c1 = cols[0] + x0 + inset, cols[-1] + x0 + inset + 1
    height = y1 - y0
    pad = max(4, int(0.4 * height))  # measured at 100 dpi: less margin, more at the sides, or enlarging read more 0s as '。'
    crop = gray[max(0, y0 - pad):y1 + pad, max(0, c0 - pad):c1 + pad]
    # Plain white behind the ink: a shading or a border the margin caught is no text.
    crop = np.where(crop < level + 40, crop, 255).astype(np.uint8)
    return np.repeat(crop[:, :, None], 3, axis=2), (c0, y0, c1, y1), height


def _scaled(box, scale: float):
    return tuple(round(float(v) * scale, 1) for v in box)


def read_image(gray: np.ndarray, *, page: int, dpi: float, scale: float, source: str = "") -> tuple[list[Element], PageStats]:
    """The elements of one page image (grey, uint8), in reading order."""
    stats = PageStats()
    gray, stats.angle = deskew(gray)
    boxes = read_page(gray, source)
    stats.boxes = len(boxes)
    tables = ruled_tables(gray, dpi)
    stats.tables = len(tables)
    placed: list[tuple[float, Element]] = []
    used: set[int] = set()
    inset = max(2, int(dpi / 40))
    for rows in tables:
        cells = [(r, c, cell) for r, row in enumerate(rows) for c, cell in enumerate(row) if cell]
        members: dict[tuple[int, int], list[Box]] = {}
        split: set[tuple[int, int]] = set()
        for i, box in enumerate(boxes):
            inside = [(r, c, cell) for r, c, cell in cells
                      if cell[0] <= box.cx <= cell[2] and cell[1] <= box.cy <= cell[3]]
            if not inside:
                continue
            used.add(i)
            r, c, cell = inside[0]
            # A box running over a cell's side by more than a character holds a neighbour's text.
            if box.x0 < cell[0] - 0.5 * box.height or box.x1 > cell[2] + 0.5 * box.height:
                for r2, c2, other in cells:
                    if r2 == r and other[0] < box.x1 and other[2] > box.x0:
                        split.add((r2, c2))
                continue
            members.setdefault((r, c), []).append(box)
        texts: dict[tuple[int, int], str] = {k: _cell_text(v) for k, v in members.items()}
        # Cells to read again: figures, blanks with ink, and cells a merged box ran over.
        again, crops = [], []
        for r, c, cell in cells:
            text = texts.get((r, c), "")
            if (r, c) in split or FIGURE.match(text):
                found = _ink_crop(gray, cell, inset)
                if found is None:
                    texts[(r, c)] = "" if (r, c) not in split else texts.get((r, c), "")
                    continue
                crop, _, height = found
                if height > 2.2 * dpi / 72 * 12 and text:  # several lines of ink: keep the detector's
                    continue
                again.append((r, c))
                crops.append(crop)
        stats.reread += len(crops)
        for (r, c), (text, score) in zip(again, read_crops(crops, source)):
            text = clean_text(text)
            if FIGURE.match(text) and any(ch.isdigit() for ch in text):
                stats.scores.append(score)
                if score < MIN_FIGURE_SCORE:
                    text = UNSURE
                    stats.unsure += 1
            texts[(r, c)] = text
        stats.cells += len(cells)
        grid = tuple(tuple(None if cell is None else texts.get((r, c), "") for c, cell in enumerate(row))
                     for r, row in enumerate(rows))
        boxes_out = tuple(tuple(None if cell is None else _scaled(cell, scale) for cell in row) for row in rows)
        top = min(cell[1] for _, _, cell in cells)
        placed.append((top * scale, Grid(grid, page=page, boxes=boxes_out)))
    rest = [b for i, b in enumerate(boxes) if i not in used]
    rest_placed, rest_grids = _unruled(rest, page, scale)
    placed += rest_grids
    for line in rest_placed:
        text = clean_text(_join_line(line))
        if text:
            bbox = (min(b.x0 for b in line), min(b.top for b in line), max(b.x1 for b in line),
                    max(b.bottom for b in line))
            placed.append((bbox[1] * scale, Line(text, page=page, bbox=_scaled(bbox, scale))))
    placed.sort(key=lambda item: item[0])
    return [element for _, element in placed], stats


# --------------------------------------------------------------------------- tables without rules

_NUMBER = re.compile(r"^[+\-−]?\d[\d,，]*(?:\.\d+)?$")


def _unruled(boxes: list[Box], page: int, scale: float) -> tuple[list[list[Box]], list[tuple[float, Element]]]:
    """Prose lines, and grids of the runs of lines that hold two or more figures each."""
    lines = group_lines(boxes)
    figures = [sum(1 for b in line if _NUMBER.match(b.text.strip())) for line in lines]
    prose: list[list[Box]] = []
    grids: list[tuple[float, Element]] = []
    i = 0
    while i < len(lines):
        if figures[i] < 2:
            prose.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and figures[j] >= 2:
            j += 1
        if j - i < 2:  # one line of figures is a sentence, not a table
            prose.append(lines[i])
            i += 1
            continue
        # A row whose other figures were missed still belongs: one figure, under the columns,
        # its label ending left of them.
        start = min(b.x0 for line in lines[i:j] for b in line if _NUMBER.match(b.text.strip()))
        while j < len(lines) and figures[j] == 1 and all(
                b.x1 < start if not _NUMBER.match(b.text.strip()) else b.x0 >= start - b.height
                for b in lines[j]):
            j += 1
        grid = _grid_of(lines[i:j], prose, page, scale)
        grids.append(grid)
        i = j
    return prose, grids


def _grid_of(rows: list[list[Box]], prose: list[list[Box]], page: int, scale: float) -> tuple[float, Element]:
    """Columns from the figures' x centres (clustered at half a figure's height); labels are the
    boxes left of the first column; headings are the prose lines just above whose boxes sit
    over the columns."""
    centres = sorted(b.cx for row in rows for b in row if _NUMBER.match(b.text.strip()))
    height = float(np.median([b.height for row in rows for b in row]))
    columns: list[list[float]] = []
    for x in centres:
        if columns and x - columns[-1][-1] <= 1.5 * height:
            columns[-1].append(x)
        else:
            columns.append([x])
    middles = [float(np.mean(c)) for c in columns]
    first = min(min(c) for c in columns) - 1.5 * height

    def slot(box: Box) -> int | None:
        if box.x1 < first:
            return None
        return int(np.argmin([abs(box.cx - m) for m in middles]))

    grid: list[tuple[str, ...]] = []
    header: list[list[Box]] = []
    top = min(b.top for b in rows[0])
    while prose and prose[-1] and max(b.bottom for b in prose[-1]) > top - 3 * height \
            and any(slot(b) is not None for b in prose[-1]):
        header.insert(0, prose.pop())
        top = min(b.top for b in header[0])
    for line in header + rows:
        labels = [b for b in line if slot(b) is None]
        cells = [""] * len(middles)
        for b in line:
            s = slot(b)
            if s is not None:
                cells[s] = (cells[s] + " " + b.text).strip()
        grid.append(tuple([clean_text(_join_line(labels))] + [clean_text(c) for c in cells]))
    return top * scale, Grid(tuple(grid), page=page)
