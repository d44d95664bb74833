"""DOCX loader (python-docx): paragraphs and tables in body order.

python-docx repeats a merged cell's text in every grid position the merge covers; the loader
keeps it in the origin cell (top-left) only and puts None in the covered positions, as
pdfplumber does, so a header like '申请人情况' appears once.

A DOCX is a zip of XML: before python-docx reads it, the zip directory is checked against the
unpacked-size budget and every table's declared widths (gridSpan, gridBefore, gridAfter) are
checked to be whole numbers within the cell budget, because python-docx expands them into lists
as they stand ('gridSpan=100000000' is a list of 10⁸ cells per row).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.simpletypes import ST_Merge
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from assistant.errors import IngestError, LimitExceeded
from assistant.ingest.limits import DEFAULT, MB, Limits, Tally
from assistant.ingest.loaders.failures import library_errors, short_reason
from assistant.zh.text import clean_text
from assistant.model import Element, Grid, Line, RawDocument

__all__ = ["load"]

# python-docx reports built-in styles by English name; documents made with a Chinese
# Word/WPS may also carry custom styles named '标题 1'.
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# What python-docx, zipfile and lxml raise on a damaged file comes from inside them.
_LIBRARIES = ("docx", "zipfile", "lxml", "xml")
# A zip member smaller than this is never called a bomb, whatever its ratio.
_RATIO_FLOOR = 1 * MB


def load(path: Path, limits: Limits = DEFAULT) -> RawDocument:
    source = path.name
    _check_zip(path, source, limits)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own types
        raise IngestError(source, f"not a readable DOCX: {short_reason(exc)}") from exc
    # python-docx opens a main part whose root is not <w:document> (or has no <w:body>) as it is.
    body = getattr(document.element, "body", None)
    if body is None:
        raise IngestError(source, "not a readable DOCX: its main part holds no Word document body")
    _check_table_widths(body, source, limits)

    elements: list[Element] = []
    tally = Tally(source, limits)
    styles: dict[str | None, str] = {}
    with library_errors(source, "DOCX", _LIBRARIES):
        title = clean_text(document.core_properties.title)
        for block in _blocks(body, document):
            if isinstance(block, Table):
                grid = _grid(block)
                tally.table(sum(len(row) for row in grid.rows))
                if any(cell for row in grid.rows for cell in row):
                    elements.append(grid)
                continue
            level = _heading_level(block, styles)
            if level is not None:
                # A heading is one line even when a manual break splits it.
                lines = [clean_text(block.text)]
                if level == 0 and not title:
                    title = lines[0]
            else:
                lines = [clean_text(part) for part in block.text.split("\n")]
            for text in lines:
                if text:
                    tally.text(len(text))
                    elements.append(Line(text, heading_level=level))

    hints = {"title": title} if title else {}
    return RawDocument(source=source, elements=elements, hints=hints)


def _check_zip(path: Path, source: str, limits: Limits) -> None:
    """The unpacked-size budget from the zip directory, before anything is unpacked. zipfile
    never returns more than a member's declared size, so the declared sizes are a bound."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except Exception as exc:  # BadZipFile, and struct/EOF errors on a truncated directory
        raise IngestError(source, f"not a readable DOCX: not a zip file ({short_reason(exc)})") from exc
    if sum(m.file_size for m in members) > limits.unpacked_bytes:
        raise limits.unpacks_too_big(source)
    for m in members:
        if m.file_size > _RATIO_FLOOR and m.file_size > limits.zip_ratio * max(m.compress_size, 1):
            raise LimitExceeded(source, f"the part {m.filename!r} unpacks "
                                        f"{m.file_size / max(m.compress_size, 1):,.0f} times larger than it is "
                                        f"stored (over {limits.zip_ratio:g}×: a compression bomb)")


_SPANS = {f"{_W}gridSpan": 1, f"{_W}gridBefore": 0, f"{_W}gridAfter": 0}  # tag -> least valid value


def _check_table_widths(body, source: str, limits: Limits) -> None:
    """Every table row's declared widths are whole numbers, and the cells they expand to fit
    the cell budget."""
    cells = 0
    for tag, least in _SPANS.items():
        for element in body.iter(tag):
            value = (element.get(f"{_W}val") or "").strip()
            # Ten digits are over any budget already (and int() refuses strings of 4,300).
            number = int(value.lstrip("0")[:10] or "0") if value.isascii() and value.isdigit() else -1
            if number < least:
                name = tag[len(_W):]
                raise IngestError(source, f"not a readable DOCX: a table declares {name}={value[:20]!r} "
                                          f"(a width must be a whole number of columns, at least {least})")
            cells += number - (1 if tag == f"{_W}gridSpan" else 0)
    cells += sum(1 for _ in body.iter(f"{_W}tc"))
    if cells > limits.table_cells:
        raise LimitExceeded(source, f"the file's tables hold more than {limits.table_cells:,} cells")


def _blocks(parent, document):
    """Paragraphs and tables in body order, looking inside content controls (<w:sdt>)."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, document)
        elif child.tag == f"{_W}tbl":
            yield Table(child, document)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent"):
            yield from _blocks(child, document)


def _style_name(paragraph: Paragraph, names: dict[str | None, str]) -> str:
    """The paragraph style's name, looked up once per style id: python-docx finds the default
    style by scanning every style of the document, for every paragraph that has none."""
    key = paragraph._p.style
    if key not in names:
        style = paragraph.style
        names[key] = (style.name or "") if style is not None else ""
    return names[key]


def _heading_level(paragraph: Paragraph, styles: dict[str | None, str]) -> int | None:
    """'Heading N' → N, 'Title' → 0; else an outline level set on the paragraph itself."""
    name = _style_name(paragraph, styles)
    if name == "Title":
        return 0
    match = _HEADING_STYLE.match(name or "")
    if match:
        return int(match.group(1))
    outline = paragraph._p.find(f"{_W}pPr/{_W}outlineLvl")
    if outline is not None:
        value = outline.get(f"{_W}val", "")
        if value.isascii() and value.isdigit() and int(value) < 9:  # 9 means body text
            return int(value) + 1
    return None


def _grid(table: Table) -> Grid:
    rows: list[list[str | None]] = []
    above: list = []  # the previous row's cell (origin <w:tc>) per grid column
    for cells in _layout(table):
        texts: list[str | None] = []
        for c, tc in enumerate(cells):
            if tc is None:
                texts.append("")
            elif c > 0 and cells[c - 1] is tc:
                texts.append(None)  # covered by a horizontal merge
            elif c < len(above) and above[c] is tc:
                texts.append(None)  # covered by a vertical merge
            else:
                texts.append(clean_text(_Cell(tc, table).text))
        rows.append(texts)
        above = cells
    width = max((len(r) for r in rows), default=0)
    return Grid(tuple(tuple(r + [""] * (width - len(r))) for r in rows))


def _layout(table: Table) -> list[list]:
    """Per row, the <w:tc> holding each grid column's content (None where the row starts late
    or ends early), as python-docx's row.cells gives it: a vertical-merge continuation resolves
    to the cell at the same grid offset in the row above, and takes that cell's width. python-
    docx finds that cell by searching the XML again for every continuation, recursively up the
    merge: a few hundred merged rows took a minute and then overflowed the stack. Here each
    row's cells are kept by offset for the next. A continuation with nothing above it (which
    python-docx refuses) is read as a cell of its own."""
    layout: list[list] = []
    previous: dict[int, object] = {}  # grid offset of each <w:tc> in the row above -> its origin
    for tr in table._tbl.tr_lst:
        cells: list = [None] * tr.grid_before
        starts: dict[int, object] = {}
        offset = tr.grid_before  # where the XML puts this tc (its own gridSpan, not its origin's)
        for tc in tr.tc_lst:
            origin = previous.get(offset, tc) if tc.vMerge == ST_Merge.CONTINUE else tc
            starts[offset] = origin
            cells.extend([origin] * origin.grid_span)
            offset += tc.grid_span
        cells.extend([None] * tr.grid_after)
        layout.append(cells)
        previous = starts
    return layout
