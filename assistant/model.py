"""The typed values every stage shares: what loaders produce, the parsed report, the passages the
index stores, and the answer every mode returns.

Loaders produce a :class:`RawDocument` (lines and table grids, with page numbers);
``structure.parse_report`` turns it into a :class:`Report` (metadata, a section tree, typed
:class:`Table` objects); ``chunking.passages_for`` turns a report into :class:`Passage` values,
which are what the index stores and what answers cite.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from dataclasses import dataclass, field
from typing import Iterator, Union

from assistant.zh.numerals import plain_number

# (x0, top, x1, bottom) in PDF points from the page's top-left corner, as pdfplumber measures.
BBox = tuple[float, float, float, float]

# --------------------------------------------------------------------------- loader output


@dataclass(frozen=True)
class Line:
    """One line of text as a loader saw it. ``heading_level`` is a hint from formats that mark
    headings (DOCX heading styles, HTML <h1>..<h6>); plain text leaves it None."""

    text: str
    page: int | None = None
    heading_level: int | None = None
    bbox: BBox | None = None  # where the line is printed (PDF), so a citation can be shown on its page


@dataclass(frozen=True)
class Grid:
    """A table as a grid of cell texts. ``None`` marks a cell covered by a merged neighbour
    (pdfplumber gives it; the DOCX and HTML loaders produce it from merges and spans). Grids
    rebuilt from `|`-separated text lines have no merge information: a merged cell's text is
    repeated there, or the cell is empty."""

    rows: tuple[tuple[str | None, ...], ...]
    page: int | None = None
    # Each cell's box, in the shape of ``rows`` (PDF; None for a covered cell), or None.
    boxes: tuple[tuple[BBox | None, ...], ...] | None = None


Element = Union[Line, Grid]


@dataclass
class RawDocument:
    source: str  # file name, e.g. "huaian-szf-2024.pdf"
    elements: list[Element]
    hints: dict[str, str] = field(default_factory=dict)  # e.g. {"title": <html title>}


# --------------------------------------------------------------------------- parsed report


@dataclass(frozen=True)
class ReportMeta:
    source: str
    title: str = ""
    body: str = ""  # issuing body, e.g. 淮安市人民政府
    year: int | None = None  # statistical year covered
    published: str = ""  # publication date, ISO yyyy-mm-dd when known
    doc_number: str = ""  # 字号, e.g. 武政函〔2021〕20号
    language: str = "zh"
    compiled_by: str = ""  # body that compiled it when different (e.g. 市政府办公室)
    places: tuple[str, ...] = ()  # places the text names (to check a question's '柳州市城中区' against)
    title_stated: bool = False  # the title is the document's own (not made up from body and year)
    scanned_pages: tuple[int, ...] = ()  # pages read by OCR (a scan, or images on a text page)
    page_fields: tuple[str, ...] = ()  # the page's field lines above the report, verbatim ('来源:… 时间:…')
    index_number: str = ""  # 索引号 of the page, when it states one


@dataclass(frozen=True)
class Cell:
    row_label: str
    column_label: str
    value: str
    row: int
    column: int


@dataclass
class Table:
    """A statistics table with its heading context.

    ``header_rows`` are the column-heading rows (several for multi-level headings), ``rows``
    the data rows. The first ``label_columns`` cells of a data row name the row; the others
    hold values. Merged cells are already filled in, so every data cell has a row label and a
    column label.
    """

    context: str  # e.g. 第二十条第（五）项, or the section heading the table sits under
    header_rows: list[list[str]]
    rows: list[list[str]]
    label_columns: int = 1
    page: int | None = None
    row_pages: list[int | None] = field(default_factory=list)  # page of each data row (PDF)
    row_boxes: list[list[BBox | None]] = field(default_factory=list)  # each data cell's box (PDF)

    def page_of(self, row: int) -> int | None:
        return self.row_pages[row] if row < len(self.row_pages) else self.page

    def box_of(self, row: int, column: int) -> BBox | None:
        boxes = self.row_boxes[row] if row < len(self.row_boxes) else []
        return boxes[column] if column < len(boxes) else None

    @property
    def width(self) -> int:
        return max([len(r) for r in self.header_rows + self.rows] or [0])

    def column_label(self, column: int) -> str:
        parts: list[str] = []
        for header in self.header_rows:
            text = header[column] if column < len(header) else ""
            if text and text not in parts:
                parts.append(text)
        return " > ".join(parts)

    def row_label(self, row: int) -> str:
        parts: list[str] = []
        for text in self.rows[row][: self.label_columns]:
            if text and text not in parts:
                parts.append(text)
        return " > ".join(parts)

    def cells(self) -> Iterator[Cell]:
        for r, row in enumerate(self.rows):
            label = self.row_label(r)
            for c in range(self.label_columns, len(row)):
                if row[c] != "":
                    yield Cell(label, self.column_label(c), row[c], r, c)

    def cell(self, row_label: str, column_label: str) -> str | None:
        """The value at the row and column whose labels contain the given texts."""
        for cell in self.cells():
            if row_label in cell.row_label and column_label in cell.column_label:
                return cell.value
        return None


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int | None = None
    # Where its lines are printed (PDF): (offset of the line's first character in ``text``, page,
    # box) per line, so a passage cut from the paragraph knows the boxes of its own lines.
    lines: tuple[tuple[int, int | None, BBox], ...] = ()


@dataclass
class Section:
    heading: str  # the heading as printed, e.g. "一、总体情况"; "" for the report root
    level: int  # 0 root, 1 一、, 2 （一）, 3 1.
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)
    page: int | None = None
    # Order of content inside the section: ("p", index) or ("t", index), as it appeared.
    order: list[tuple[str, int]] = field(default_factory=list)

    def add_paragraph(self, paragraph: Paragraph) -> None:
        self.order.append(("p", len(self.paragraphs)))
        self.paragraphs.append(paragraph)

    def add_table(self, table: Table) -> None:
        self.order.append(("t", len(self.tables)))
        self.tables.append(table)


@dataclass
class Report:
    meta: ReportMeta
    root: Section

    def walk(self) -> Iterator[tuple[tuple[str, ...], Section]]:
        """Every section with its heading path (root first, with an empty path)."""

        def visit(section: Section, path: tuple[str, ...]):
            yield path, section
            for child in section.children:
                yield from visit(child, path + (child.heading,))

        yield from visit(self.root, ())

    @property
    def sections(self) -> list[Section]:
        return [s for _, s in self.walk() if s.level > 0]

    @property
    def tables(self) -> list[Table]:
        return [t for _, s in self.walk() for t in s.tables]


# --------------------------------------------------------------------------- index unit


@dataclass(frozen=True)
class Passage:
    text: str
    source: str
    title: str
    body: str
    year: int | None
    section_path: tuple[str, ...]
    page: int | None
    kind: str  # "prose" or "table"
    ordinal: int = 0  # position in the report, for reading order
    id: str = ""
    facts: tuple[str, ...] = ()  # keys of the national-table facts a table-row passage holds
    # Where it is printed (PDF), for the source view: a table row's label and value cells in the
    # order of its text, {"p": page, "b": bbox, "t": cell text}; a prose passage's lines,
    # {"p": page, "b": bbox, "o": [start, end) of the line in ``text``}. Not part of the id.
    boxes: tuple[dict, ...] = ()
    scanned: bool = False  # its text was read by OCR from a scan (answers citing it say so)

    @property
    def section(self) -> str:
        return " > ".join(self.section_path)

    @property
    def index_text(self) -> str:
        """What retrieval sees: the report's body and year and the section path give a
        table row or a short paragraph the context its own text leaves out."""
        head = " ".join(x for x in (self.body, f"{self.year}年" if self.year else "") if x)
        return f"{head} {self.section}\n{self.text}".strip()

    def metadata(self) -> dict:
        """Scalar metadata as Chroma stores it (None becomes a sentinel)."""
        return {
            "source": self.source,
            "title": self.title,
            "body": self.body,
            "year": self.year if self.year is not None else -1,
            "section": self.section,
            "page": self.page if self.page is not None else -1,
            "kind": self.kind,
            "ordinal": self.ordinal,
            "facts": ",".join(self.facts),
            **({"boxes": json.dumps(list(self.boxes), ensure_ascii=False, separators=(",", ":"))}
               if self.boxes else {}),
            **({"scanned": True} if self.scanned else {}),
        }

    @classmethod
    def from_metadata(cls, pid: str, text: str, meta: dict) -> "Passage":
        year = meta.get("year", -1)
        page = meta.get("page", -1)
        section = meta.get("section", "")
        return cls(
            text=text,
            source=meta.get("source", ""),
            title=meta.get("title", ""),
            body=meta.get("body", ""),
            year=None if year in (-1, None) else int(year),
            section_path=tuple(section.split(" > ")) if section else (),
            page=None if page in (-1, None) else int(page),
            kind=meta.get("kind", "prose"),
            ordinal=int(meta.get("ordinal", 0)),
            id=pid,
            facts=tuple(k for k in (meta.get("facts") or "").split(",") if k),
            boxes=_boxes(meta.get("boxes")),
            scanned=bool(meta.get("scanned", False)),
        )


def _boxes(raw) -> tuple[dict, ...]:
    """The stored boxes; an index written before they were kept, or a damaged value, has none."""
    if not raw:
        return ()
    try:
        boxes = json.loads(raw)
    except ValueError:
        return ()
    return tuple(b for b in boxes if isinstance(b, dict)) if isinstance(boxes, list) else ()


def passage_id(source: str, section: str, text: str) -> str:
    """Stable id from content: the same file ingested again yields the same ids."""
    digest = hashlib.sha1(f"{source}\x1f{section}\x1f{text}".encode("utf-8")).hexdigest()
    return digest[:24]


# --------------------------------------------------------------------------- facts of the national tables


@dataclass(frozen=True)
class Fact:
    """One cell of a national statistics table, read as data. ``key`` is the format's stable key
    (assistant/national/format.yaml); ``value`` is None when the cell could not be read for sure
    (``note`` says why): such a cell is never stated as a figure."""

    source: str
    key: str
    value: Decimal | None
    printed: str  # the cell text as the report prints it ('3,985,758', '—', '12030000123')
    row_label: str  # the row as printed (its group labels joined with ' > ')
    column_label: str  # the column as printed
    section: str  # section path of the table
    page: int | None = None
    unit: str = ""
    note: str = ""  # why unreadable, or how the value was recovered (a split digit run)
    bbox: tuple[float, float, float, float] | None = None  # (x0, top, x1, bottom) on the page, PDF only
    scanned: bool = False  # read by OCR from a scan (checked by the format's arithmetic)

    @property
    def readable(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict:
        return {"source": self.source, "key": self.key,
                "value": None if self.value is None else plain_number(self.value),
                "printed": self.printed, "row_label": self.row_label, "column_label": self.column_label,
                "section": self.section, "page": self.page, "unit": self.unit, "note": self.note,
                **({"scanned": True} if self.scanned else {})}


@dataclass(frozen=True)
class Finding:
    """An identity of the format that a report's own table breaks (or that could not be checked
    because a cell is unreadable): the identity, the cells, and the two sides' sums."""

    source: str
    identity: str  # id in format.yaml, e.g. apply.balance
    description: str  # the identity in words, with the column or row it was checked on
    keys: tuple[str, ...]
    left: Decimal | None
    right: Decimal | None

    def to_dict(self) -> dict:
        return {"source": self.source, "identity": self.identity, "description": self.description,
                "keys": list(self.keys),
                "left": None if self.left is None else plain_number(self.left),
                "right": None if self.right is None else plain_number(self.right)}


# --------------------------------------------------------------------------- answers
# The JSON shape of shared/eval/SUITE_FORMAT.md, plus extras.


@dataclass
class Citation:
    id: int  # the [n] marker used in the answer text
    source: str
    title: str
    section: str
    page: int | None
    quote: str  # verbatim text of the cited passage (or the part of it that holds the figure)
    figures: list[str] = field(default_factory=list)  # figures of the answer found in this quote
    passage_id: str = ""
    scanned: bool = False  # the cited text was read by OCR from a scan

    @classmethod
    def from_passage(cls, n: int, passage: Passage, quote: str | None = None, figures=None) -> "Citation":
        return cls(
            id=n,
            source=passage.source,
            title=passage.title,
            section=passage.section,
            page=passage.page,
            quote=quote if quote is not None else passage.text,
            figures=list(figures or []),
            passage_id=passage.id,
            scanned=passage.scanned,
        )

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "page": self.page,
            "quote": self.quote,
            "figures": list(self.figures),
            "passage_id": self.passage_id,
            **({"scanned": True} if self.scanned else {}),
        }


@dataclass
class Answer:
    question: str
    answer: str
    answered: bool
    citations: list[Citation] = field(default_factory=list)
    verified: bool = False
    mode: str = "extractive"  # the composer that produced the text ("extractive", "openai:...", ...)
    note: str = ""  # why a refusal happened or why an LLM answer fell back
    latency_ms: float = 0.0
    retrieved: list[Passage] = field(default_factory=list)  # ranked retrieval, for recall@k
    understood_as: str = ""  # a follow-up as read with the conversation ('那2023年呢？' → the full question)
    # Figures across years or bodies, for a chart: {"kind": "line"|"bar", "unit", "points": [{label, value, source}]}
    series: dict | None = None

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "answered": self.answered,
            "citations": [c.to_dict() for c in self.citations],
            "verified": self.verified,
            "mode": self.mode,
            "note": self.note,
            "latency_ms": round(self.latency_ms, 1),
            **({"understood_as": self.understood_as} if self.understood_as else {}),
            **({"series": self.series} if self.series else {}),
        }
