"""Report → Passages. Prose passages never cross a section boundary and split at sentence
ends; every table row becomes one passage that reads 'row label · column label: value; …'."""

from __future__ import annotations

import re

from assistant.ingest.placement import MAX_BOXES, cell_boxes, line_boxes
from assistant.model import Passage, Report, Section, Table, passage_id

# Prose passages are packed up to this many characters (sentences are never cut). About two or
# three report sentences: long enough to keep a figure with what it counts, short enough that
# retrieval and the extractive composer see one topic. See docs/architecture.md for the eval.
MAX_CHARS = 300
SENTENCE = re.compile(r"(?<=[。；！？!?;])")


def sentences(text: str) -> list[str]:
    return [s for s in (p.strip() for p in SENTENCE.split(text)) if s]


def _prose_chunks(section: Section, max_chars: int) -> list[tuple[str, int | None, tuple[dict, ...]]]:
    """(text, page, boxes) per chunk; boxes only for paragraphs whose lines kept theirs (PDF)."""
    chunks: list[tuple[str, int | None, tuple[dict, ...]]] = []
    current, page, boxes = "", None, []
    for paragraph in section.paragraphs:
        if current:
            current += "\n"  # paragraphs packed into one passage stay apart
        cursor = 0
        for sentence in sentences(paragraph.text):
            if current and len(current) + len(sentence) > max_chars:
                chunks.append((current.strip(), page, tuple(boxes[:MAX_BOXES])))
                current, page, boxes = "", None, []
            if not current:
                page = paragraph.page
            if paragraph.lines:
                start = paragraph.text.find(sentence, cursor)
                if start >= 0:
                    boxes += line_boxes(paragraph, start, start + len(sentence), len(current))
                    cursor = start + len(sentence)
            current += sentence
        if current and len(current) > max_chars * 0.6:  # a paragraph end is a good cut
            chunks.append((current.strip(), page, tuple(boxes[:MAX_BOXES])))
            current, page, boxes = "", None, []
    if current.strip():
        chunks.append((current.strip(), page, tuple(boxes[:MAX_BOXES])))
    return chunks


def table_rows(table: Table, keys: dict | None = None) -> list[tuple[str, str, int | None, tuple[str, ...], tuple[dict, ...]]]:
    """(row label, passage text, page, fact keys, cell boxes) per data row. A table with no label column (the
    行政复议 / 行政诉讼 table has one data row) gives one passage per top-level column group.
    ``keys``: (id(table), row, column) → the national-format key of each cell read as a fact."""
    keys = keys or {}
    out: list[tuple[str, str, int | None, tuple[str, ...], tuple[dict, ...]]] = []
    if table.label_columns == 0:
        groups: dict[str, list] = {}
        for cell in table.cells():
            top, _, rest = cell.column_label.partition(" > ")
            groups.setdefault(top, []).append(cell)
        for top, cells in groups.items():
            items = [f"{c.column_label.partition(' > ')[2] or top}: {c.value}" for c in cells]
            found = tuple(k for c in cells if (k := keys.get((id(table), c.row, c.column))))
            out.append((top, f"{top} · " + "; ".join(items), table.page_of(0), found, cell_boxes(table, 0, cells)))
        return out
    for r in range(len(table.rows)):
        label = table.row_label(r)
        cells = [c for c in table.cells() if c.row == r]
        if cells:
            found = tuple(k for c in cells if (k := keys.get((id(table), r, c.column))))
            out.append((label, f"{label} · " + "; ".join(f"{c.column_label}: {c.value}" for c in cells),
                        table.page_of(r), found, cell_boxes(table, r, cells)))
    return out


def passages_for(report: Report, *, max_chars: int = MAX_CHARS, fact_cells: dict | None = None) -> list[Passage]:
    """The report's passages. ``fact_cells`` (from assistant.national.extract) gives table-row
    passages of the national tables the keys of their facts."""
    meta = report.meta
    passages: list[Passage] = []
    seen: set[str] = set()

    def add(text: str, path: tuple[str, ...], page: int | None, kind: str, facts: tuple[str, ...] = (),
            boxes: tuple[dict, ...] = ()) -> None:
        section = " > ".join(path)
        pid = passage_id(meta.source, section, text)
        n = 1
        while pid in seen:  # the same text twice in one section: keep both, ids stay stable
            n += 1
            pid = passage_id(meta.source, section, f"{text}\x1f{n}")
        seen.add(pid)
        passages.append(Passage(text=text, source=meta.source, title=meta.title, body=meta.body,
                                year=meta.year, section_path=path, page=page, kind=kind,
                                ordinal=len(passages), id=pid, facts=facts, boxes=boxes))

    for path, section in report.walk():
        prose = iter(_prose_chunks(section, max_chars))
        emitted_prose = False
        for kind, index in section.order:
            if kind == "p" and not emitted_prose:
                for text, page, boxes in prose:
                    add(text, path, page, "prose", boxes=boxes)
                emitted_prose = True
            elif kind == "t":
                table = section.tables[index]
                base = path + ((table.context,) if table.context and table.context not in path else ())
                for label, text, page, facts, boxes in table_rows(table, fact_cells):
                    add(text, base + ((label,) if label else ()), page, "table", facts, boxes)
        if not emitted_prose:
            for text, page, boxes in prose:
                add(text, path, page, "prose", boxes=boxes)
    return passages
