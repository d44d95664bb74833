"""Report → Passages. Prose passages never cross a section boundary and split at sentence
ends; every table row becomes one passage that reads 'row label · column label: value; …'.

Every passage is bounded, whatever the punctuation: a sentence longer than a passage is split
at its clauses, and a clause longer than that is cut (at a space, never inside a figure such as
3,985,758 or 45.28万 when it can be helped). A passage of any length would be embedded whole:
a 20 MB run-on paragraph asked the embedder for a 31.8 GiB tensor."""

from __future__ import annotations

import re

from assistant.ingest.placement import MAX_BOXES, cell_boxes, line_boxes
from assistant.model import Cell, Passage, Report, Section, Table, passage_id

# Prose passages are packed up to this many characters at sentence ends. About two or three
# report sentences: long enough to keep a figure with what it counts, short enough that
# retrieval and the extractive composer see one topic. See docs/architecture.md for the eval.
MAX_CHARS = 300
# A table row passage. The longest rows of the real reports run to about 530 characters (the
# 申请人情况 columns with their long labels); a longer row is split at its cells, each part
# starting with the row label.
MAX_ROW_CHARS = 1000
# A heading or row label in a passage's section path. The longest in the real reports is about
# 730 characters (a layout table's cell read as a label).
MAX_LABEL = 1000
SENTENCE = re.compile(r"(?<=[。；！？!?;])")
CLAUSE_END = re.compile(r"[，、：,:]")
# Characters a figure is written with: a cut between two of them, one a digit, splits a figure.
_FIGURE = frozenset("0123456789０１２３４５６７８９.,．，%％万亿")


def sentences(text: str) -> list[str]:
    return [s for s in (p.strip() for p in SENTENCE.split(text)) if s]


def bounded(text: str, max_chars: int) -> list[str]:
    """``text`` in pieces of at most ``max_chars``: packed clauses when it has clause
    punctuation, cut pieces where a clause alone is too long."""
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    current = ""
    for clause in _clauses(text):
        for part in _cut(clause, max_chars):
            if current and len(current) + len(part) > max_chars:
                pieces.append(current)
                current = ""
            current += part
    if current:
        pieces.append(current)
    return pieces


def _clauses(text: str) -> list[str]:
    """``text`` split after each clause mark, except a comma or colon inside a figure (3,985 or
    12:30)."""
    out, start = [], 0
    for m in CLAUSE_END.finditer(text):
        i = m.start()
        if text[i] in ",:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue
        out.append(text[start:m.end()])
        start = m.end()
    out.append(text[start:])
    return [c for c in out if c]


def _cut(text: str, max_chars: int) -> list[str]:
    out = []
    while len(text) > max_chars:
        at = _cut_point(text, max_chars)
        out.append(text[:at])
        text = text[at:]
    out.append(text)
    return out


def _cut_point(text: str, limit: int) -> int:
    """Where to cut ``text`` at or before ``limit``: after a space (English words), else at the
    last place that splits no figure and no Latin word, looking back at most half the limit."""
    floor = limit // 2
    for i in range(limit, floor, -1):
        if text[i - 1].isspace():
            return i
    for i in range(limit, floor, -1):
        a, b = text[i - 1], text[i]
        in_figure = a in _FIGURE and b in _FIGURE and (a.isdigit() or b.isdigit())
        in_word = a.isascii() and a.isalnum() and b.isascii() and b.isalnum()
        if not in_figure and not in_word:
            return i
    return limit


def _label(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def _pieces(text: str, max_chars: int):
    """The paragraph's sentences, bounded, each piece with where it starts in ``text`` (the
    pieces of a sentence are consecutive slices of it, so their offsets follow one another)."""
    cursor = 0
    for sentence in sentences(text):
        at = text.find(sentence, cursor)  # a sentence is a stripped slice at or after the cursor
        for piece in bounded(sentence, max_chars):
            yield piece, at
            at += len(piece)
        cursor = at


def _prose_chunks(section: Section, max_chars: int) -> list[tuple[str, int | None, tuple[dict, ...]]]:
    """(text, page, boxes) per chunk; boxes only for paragraphs whose lines kept theirs (PDF):
    each piece gets the boxes of the lines it was cut from, at its offset in the chunk."""
    chunks: list[tuple[str, int | None, tuple[dict, ...]]] = []
    current, page, boxes = "", None, []
    for paragraph in section.paragraphs:
        if current:
            current += "\n"  # paragraphs packed into one passage stay apart
        starts = [line[0] for line in paragraph.lines]
        for sentence, start in _pieces(paragraph.text, max_chars):
            if current and len(current) + len(sentence) > max_chars:
                chunks.append((current.strip(), page, tuple(boxes[:MAX_BOXES])))
                current, page, boxes = "", None, []
            if not current:
                page = paragraph.page
            if starts and len(boxes) < MAX_BOXES:
                boxes += line_boxes(paragraph, start, start + len(sentence), len(current), starts)
            current += sentence
        if current and len(current) > max_chars * 0.6:  # a paragraph end is a good cut
            chunks.append((current.strip(), page, tuple(boxes[:MAX_BOXES])))
            current, page, boxes = "", None, []
    if current.strip():
        chunks.append((current.strip(), page, tuple(boxes[:MAX_BOXES])))
    return chunks


Item = tuple[str, str | None, Cell]  # 'column: value', the fact key of its cell (or None), the cell


def table_rows(table: Table, keys: dict | None = None) -> list[tuple[str, str, int | None, tuple[str, ...], tuple[dict, ...]]]:
    """(row label, passage text, page, fact keys, cell boxes) per data row, or per part of a row
    too long for one passage (each part with the boxes of its own cells). A table with no label
    column (the 行政复议 / 行政诉讼 table has one data row) gives one passage per top-level column
    group.
    ``keys``: (id(table), row, column) → the national-format key of each cell read as a fact."""
    keys = keys or {}
    out: list[tuple[str, str, int | None, tuple[str, ...], tuple[dict, ...]]] = []
    if table.label_columns == 0:
        groups: dict[str, list[Item]] = {}
        for c in table.cells():
            top, _, rest = c.column_label.partition(" > ")
            groups.setdefault(top, []).append((f"{rest or top}: {c.value}", keys.get((id(table), c.row, c.column)), c))
        for top, items in groups.items():
            out.extend((top, text, table.page_of(0), found, cell_boxes(table, 0, cells))
                       for text, found, cells in _row_texts(top, items))
        return out
    rows: dict[int, list[Item]] = {}
    for c in table.cells():  # one pass: asking cells() again for every row is quadratic
        rows.setdefault(c.row, []).append((f"{c.column_label}: {c.value}", keys.get((id(table), c.row, c.column)), c))
    for r in range(len(table.rows)):
        if r in rows:
            label = table.row_label(r)
            out.extend((label, text, table.page_of(r), found, cell_boxes(table, r, cells))
                       for text, found, cells in _row_texts(label, rows[r]))
    return out


def _row_texts(label: str, items: list[Item]) -> list[tuple[str, tuple[str, ...], list[Cell]]]:
    """('label · item; item; …', the items' fact keys, their cells), as one text when it fits
    MAX_ROW_CHARS, else in parts that each start with the label (shortened if it alone would
    fill a passage) and carry the keys and cells of their own items (a cell cut across two parts
    belongs to both)."""
    text = f"{label} · " + "; ".join(item for item, _, _ in items)
    if len(text) <= MAX_ROW_CHARS:
        return [(text, tuple(key for _, key, _ in items if key), [cell for _, _, cell in items])]
    head = f"{label if len(label) <= MAX_ROW_CHARS // 4 else label[: MAX_ROW_CHARS // 4 - 1] + '…'} · "
    room = MAX_ROW_CHARS - len(head)
    parts: list[tuple[str, tuple[str, ...], list[Cell]]] = []
    current, found, cells = "", [], []
    for item, key, cell in items:
        for piece in _cut(item, room):
            if current and len(current) + 2 + len(piece) > room:
                parts.append((head + current, tuple(found), cells))
                current, found, cells = "", [], []
            current = f"{current}; {piece}" if current else piece
            if key and key not in found:
                found.append(key)
            if not cells or cells[-1] is not cell:
                cells.append(cell)
    if current:
        parts.append((head + current, tuple(found), cells))
    return parts


def passages_for(report: Report, *, max_chars: int = MAX_CHARS, fact_cells: dict | None = None) -> list[Passage]:
    """The report's passages. ``fact_cells`` (from assistant.national.extract) gives table-row
    passages of the national tables the keys of their facts."""
    meta = report.meta
    passages: list[Passage] = []
    seen: set[str] = set()

    def add(text: str, path: tuple[str, ...], page: int | None, kind: str, facts: tuple[str, ...] = (),
            boxes: tuple[dict, ...] = ()) -> None:
        path = tuple(_label(part) for part in path)
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
