"""A citation's place in its report, for the source view of the chat and the widget.

``locate(service, source, passage_id, figures)`` answers where the cited passage is: for a PDF
whose original is kept (assistant/originals.py), the page and the boxes to draw over its image
(the cited cell, or the lines printing the cited figure, strong; the passage's other lines
faint); for every report, the passage among its neighbours (the other rows of its table, or the
paragraphs around it) with the cited figures' spans, so HTML, DOCX and text reports are shown in
context too. ``render_page`` draws a kept PDF page as PNG, bounded in size.

The boxes are the ones the PDF loader measured at ingest (``Passage.boxes``); nothing here reads
the PDF's text again.
"""

from __future__ import annotations

import io
import re
import threading

from assistant.errors import GongkaiError

MAX_FIGURES = 12
CONTEXT_AROUND = 2  # prose passages shown before and after the cited one
MAX_TABLE_ROWS = 40
MAX_WIDTH = 1600  # pixels of a rendered page
MAX_PIXELS = 1600 * 2300
_RENDER = threading.Lock()  # pdfium is not thread-safe; one page at a time also bounds the work


class NotFound(GongkaiError):
    """No such report, passage or page in the index."""


# ------------------------------------------------------------------------------- figures
def figure_pattern(figures: list[str]) -> re.Pattern | None:
    """Matches any of ``figures`` as a whole number in report text, also when written with
    thousands separators (3,985,758)."""
    alternatives = []
    for figure in sorted({f for f in figures if f}, key=lambda x: (-len(x), x)):
        chars = [re.escape(c) for c in figure]
        alternatives.append("".join(c if i == 0 or not (figure[i - 1].isdigit() and figure[i].isdigit())
                                    else "[,，]?" + c for i, c in enumerate(chars)))
    if not alternatives:
        return None
    return re.compile(r"(?<!\d)(?<!\d\.)(?:" + "|".join(alternatives) + r")(?!\d)(?!\.\d)")


def figure_spans(text: str, figures: list[str]) -> list[list[int]]:
    pattern = figure_pattern(figures)
    return [[m.start(), m.end()] for m in pattern.finditer(text)] if pattern else []


def _digits(text: str) -> str:
    return re.sub(r"[,，\s]", "", text or "")


# ------------------------------------------------------------------------------- locate
def _passage(service, source: str, passage_id: str):
    """(the cited passage, the report's passages in reading order, the fact cited or None)."""
    passages = sorted(service.store.all_passages(where={"source": source}), key=lambda p: p.ordinal)
    if passage_id.startswith("fact:"):
        key = passage_id[len("fact:"):]
        row = service.fact_table([source]).of_source(source).get(key)
        fact = row.fact if row is not None else None
        holder = next((p for p in passages if key in p.facts), None)
        if holder is None:
            raise NotFound(f"no table row of {source} holds {key}")
        return holder, passages, fact
    cited = next((p for p in passages if p.id == passage_id), None)
    if cited is None:
        raise NotFound(f"no passage {passage_id} in {source}")
    return cited, passages, None


def _row_items(text: str) -> list[tuple[str, str]]:
    """A table-row passage's (column label, value) pairs, in the order its cells were written."""
    _, _, rest = text.partition(" · ")
    items = []
    for part in rest.split("; "):
        column, sep, value = part.rpartition(": ")
        if sep:
            items.append((column, value))
    return items


def _strong_cells(passage, figures: list[str], fact) -> set[int]:
    """Indexes into ``passage.boxes`` of the cited cells."""
    values = [i for i, b in enumerate(passage.boxes) if not b.get("label")]
    if fact is not None:
        for n, (column, value) in enumerate(_row_items(passage.text)):
            if n < len(values) and column == fact.column_label:
                return {values[n]}
        wanted = {_digits(fact.printed)}
    else:
        wanted = {_digits(f) for f in figures}
    return {i for i in values if _digits(passage.boxes[i].get("t", "")) in wanted}


def _strong_lines(passage, figures: list[str]) -> set[int]:
    spans = figure_spans(passage.text, figures)
    return {i for i, b in enumerate(passage.boxes) if "o" in b
            and any(s < b["o"][1] and b["o"][0] < e for s, e in spans)}


def _context(cited, passages) -> list:
    """The cited passage among its neighbours: its table's rows, or the prose around it in its section."""
    if cited.kind == "table":
        table = cited.section_path[:-1]
        rows = [p for p in passages if p.kind == "table" and p.section_path[:-1] == table]
        at = rows.index(cited) if cited in rows else 0
        start = max(0, min(at - MAX_TABLE_ROWS // 2, len(rows) - MAX_TABLE_ROWS))
        return rows[start:start + MAX_TABLE_ROWS]
    same = [p for p in passages if p.section_path == cited.section_path]
    at = same.index(cited) if cited in same else 0
    return same[max(0, at - CONTEXT_AROUND):at + CONTEXT_AROUND + 1]


def locate(service, source: str, passage_id: str, figures: list[str] | None = None) -> dict:
    from assistant import originals

    record = next((r for r in service.reports() if r["source"] == source), None)
    if record is None:
        raise NotFound(f"no report '{source}' in the index")
    figures = [f for f in (figures or []) if f][:MAX_FIGURES]
    cited, passages, fact = _passage(service, source, passage_id)
    if fact is not None and fact.printed:
        figures = figures or [fact.printed]
    view: dict = {"source": source, "title": record.get("title", ""), "section": cited.section,
                  "page": cited.page, "kind": cited.kind, "image": None, "size": None, "boxes": [],
                  "context": [{"text": p.text, "section": p.section, "cited": p.id == cited.id,
                               "marks": figure_spans(p.text, figures) if p.id == cited.id else []}
                              for p in _context(cited, passages)]}
    path = originals.path_for(service.settings.home, source)
    if path is None or not cited.boxes:
        return view
    strong = _strong_cells(cited, figures, fact) if cited.kind == "table" else _strong_lines(cited, figures)
    page = next((cited.boxes[i]["p"] for i in sorted(strong)), None) or cited.page or cited.boxes[0]["p"]
    size = page_size(path, page)
    if size is None:
        return view
    view.update(page=page, size=size, image=f"api/page?source={_quote(source)}&page={page}",
                boxes=[{"b": b["b"], "strong": i in strong} for i, b in enumerate(cited.boxes) if b["p"] == page])
    return view


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


# ------------------------------------------------------------------------------- pages
def page_size(path, page: int) -> list[float] | None:
    """(width, height) in points of a kept PDF's page (1-based), or None when it has no such page."""
    import pypdfium2 as pdfium

    with _RENDER:
        pdf = pdfium.PdfDocument(str(path))
        try:
            if not 1 <= page <= len(pdf):
                return None
            width, height = pdf[page - 1].get_size()
            return [round(width, 1), round(height, 1)]
        finally:
            pdf.close()


def render_page(path, page: int, width: int) -> bytes:
    """The page as PNG, ``width`` pixels wide (capped, and capped in total pixels)."""
    import pypdfium2 as pdfium

    width = max(200, min(int(width), MAX_WIDTH))
    with _RENDER:
        pdf = pdfium.PdfDocument(str(path))
        try:
            if not 1 <= page <= len(pdf):
                raise NotFound(f"no page {page} (the report has {len(pdf)})")
            handle = pdf[page - 1]
            w, h = handle.get_size()
            scale = min(width / w, (MAX_PIXELS / (w * h)) ** 0.5)
            image = handle.render(scale=scale).to_pil()
        finally:
            pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
