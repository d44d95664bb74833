"""RawDocument → Report: metadata, the heading tree, paragraphs rebuilt from broken lines, tables.

Works on what every loader gives (lines and grids), so formats differ only inside loaders/.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.ingest import metadata as md
from assistant.zh.text import first_year, language_of
from assistant.national.schema import is_table_row
from assistant.ingest.issuer import issuing_body, places_named
from assistant.ingest.headings import heading_level, split_heading, split_inline_headings
from assistant.model import Grid, Line, Paragraph, RawDocument, Report, ReportMeta, Section
from assistant.ingest.tables import build_tables, clean

SENTENCE_END = tuple("。！？；!?;")
# Page furniture: '第 3 页 共 6 页', '3/6'; and in PDFs a bare page number ('- 3 -', '3'). Elsewhere a
# line holding only a number is a table cell flattened to one cell per line, and is kept.
FURNITURE = re.compile(r"^(?:第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$")
PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$")
TITLE_AT_START = re.compile(r"^(.{0,40}?政府信息公开(?:工作)?(?:年度)?报告(?:[（(]演示[)）])?)")
# The label of a page's title field ('标 题 | 江汉区审计局…', '名称: 珞珈山街道…'): no part of the title.
TITLE_LABEL = re.compile(r"^(?:标\s*题|名\s*称|题\s*名|文件名称|信息名称)\s*[:：|｜]?\s*")
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"


def tidy(text: str) -> str:
    """NFC, no spaces between CJK characters or between CJK and digits ('2024 年' → '2024年')."""
    text = unicodedata.normalize("NFC", text).replace("\u3000", " ").replace("\u00a0", " ")
    # (A space between CJK and a following digit is kept: '一、总体情况 2019年，…' ends a heading.)
    text = re.sub(rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])|(?<=\d)[ \t]+(?=[{_CJK}])", "", text)
    return re.sub(r"[ \t]+", " ", text).strip()


@dataclass
class _Counters:
    """Last heading number seen per level, to reject markers that break the sequence
    (an '一、' inside a list is not a new top-level section after '三、')."""

    last: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0})

    def accept(self, level: int, number: int) -> bool:
        last = self.last[level]
        ok = number == 1 or last < number <= last + 2 if level < 3 else number in (1, last + 1)
        if ok:
            self.last[level] = number
            for deeper in range(level + 1, 4):
                self.last[deeper] = 0
        return ok


class _Builder:
    def __init__(self, source: str, wrapped: bool):
        self.root = Section(heading="", level=0)
        self.stack: list[Section] = [self.root]
        self.counters = _Counters()
        self.wrapped = wrapped  # lines are wrapped at a page width (PDF): join them into paragraphs
        self.open_paragraph = False
        # The lines of the open paragraph, joined once when it closes: joining each line as it
        # comes copies the paragraph again for every line (quadratic in a run-on file).
        self._parts: list[str] = []
        self._length = 0
        self._open_in = self.root  # the section holding the open paragraph (as its last)
        # Where its lines are printed (PDF): (offset of the line in the paragraph, page, box).
        self._lines: list[tuple[int, int | None, tuple]] = []
        self.prelude: list[tuple[str, int | None]] = []  # lines before the first heading

    @property
    def current(self) -> Section:
        return self.stack[-1]

    def heading(self, level: int, text: str, page: int | None) -> Section:
        self.close_paragraph()
        while self.stack[-1].level >= level:
            self.stack.pop()
        section = Section(heading=text, level=level, page=page)
        self.stack[-1].children.append(section)
        self.stack.append(section)
        return section

    def text(self, line: str, page: int | None, box=None) -> None:
        """``box``: where the line is printed (PDF), kept with the paragraph as the line's offset."""
        section = self.current
        if section is self.root:
            self.prelude.append((line, page))
        if self.open_paragraph and section.paragraphs and self._continues():
            if box:
                self._lines.append((self._length, page, box))
            self._parts.append(line)
            self._length += len(line)
            return
        self.close_paragraph()
        section.add_paragraph(Paragraph(line, page, ((0, page, box),) if box else ()))
        self._parts, self._length, self._open_in = [line], len(line), section
        self._lines = [(0, page, box)] if box else []
        self.open_paragraph = True

    def close_paragraph(self) -> None:
        """End the open paragraph (a heading or a table follows): its lines become its text."""
        if self.open_paragraph and len(self._parts) > 1:
            paragraphs = self._open_in.paragraphs
            paragraphs[-1] = Paragraph("".join(self._parts), paragraphs[-1].page, tuple(self._lines))
        self._parts, self._length, self._lines = [], 0, []
        self.open_paragraph = False

    def _continues(self) -> bool:
        """Whether the next line continues the open paragraph."""
        if self._parts[-1].endswith(SENTENCE_END) or self._parts[-1].endswith(("：", ":")):
            return False
        # Wrapped PDF lines and long text lines cut mid-sentence both continue; a short
        # unterminated line (a title, a signature, a date) stands alone.
        return (self.wrapped and self._length >= 15) or self._length >= 60


def _elements(raw: RawDocument):
    """Lines split at inline heading markers, tidied; grids as lists; furniture dropped."""
    for element in raw.elements:
        if isinstance(element, Grid):
            yield from _split_heading_rows(element)
            continue
        for part in split_inline_headings(element.text):
            text = tidy(part)
            if text and not FURNITURE.match(text) and not (element.page and PAGE_NUMBER.match(text)):
                yield Line(text, element.page, element.heading_level, element.bbox)


def _split_heading_rows(grid: Grid):
    """A section heading caught inside a table's frame (a PDF whose bordered box starts above the
    heading, so the heading came out as the grid's first row) is a heading again, and the table
    after it is filed under it."""
    part: list = []
    boxes: list = []
    all_boxes = grid.boxes or [None] * len(grid.rows)
    for row, row_boxes in zip(grid.rows, all_boxes):
        texts = list(dict.fromkeys(clean(c) for c in row if c and clean(c)))
        marker = heading_level(texts[0]) if len(texts) == 1 else None
        if marker and marker[0] == 1 and not is_table_row(texts[0]):
            if part:
                yield Grid(tuple(part), page=grid.page, boxes=tuple(boxes) if grid.boxes else None)
                part, boxes = [], []
            yield Line(tidy(texts[0]), grid.page, 1, union(row_boxes))
            continue
        part.append(row)
        boxes.append(row_boxes)
    if part:
        yield Grid(tuple(part), page=grid.page, boxes=tuple(boxes) if grid.boxes else None)


def union(boxes):
    """The box around the given boxes (None ones skipped), or None."""
    found = [b for b in boxes or () if b]
    if not found:
        return None
    return (min(b[0] for b in found), min(b[1] for b in found), max(b[2] for b in found), max(b[3] for b in found))


def parse_report(raw: RawDocument) -> Report:
    header: dict[str, str] = {}
    builder = _Builder(raw.source, wrapped=any(isinstance(e, Line) and e.page for e in raw.elements))
    grids: list[Grid] = []

    def flush_grids():
        if not grids:
            return
        section = builder.current
        tables = build_tables([([list(r) for r in g.rows], g.page, g.boxes) for g in grids],
                              default_context=section.heading)
        if tables:
            for table in tables:
                section.add_table(table)
        else:  # a layout table with no figures: keep its text as prose
            for g in grids:
                for row, row_boxes in zip(g.rows, g.boxes or [None] * len(g.rows)):
                    text = " ".join(dict.fromkeys(clean(c) for c in row if c))
                    if text:
                        builder.text(tidy(text), g.page, union(row_boxes))
        grids.clear()
        builder.close_paragraph()

    seen_heading = False
    noise: list[str] = []  # page furniture before the first heading ('索 引 号: …', '访问次数:')
    for element in _elements(raw):
        if isinstance(element, Grid):
            grids.append(element)
            continue
        line = element.text
        if not seen_heading:
            field_ = md.header_fields(line)
            if field_:
                header[field_[0]] = field_[1]
                continue
            if line in ("正文", "全文") or md.is_noise(line):
                noise.append(line)
                continue
        marker = heading_level(line)
        if marker and not is_table_row(line) and builder.counters.accept(marker[0], marker[1]):
            flush_grids()
            seen_heading = True
            head, rest = split_heading(line)
            builder.heading(marker[0], head, element.page)
            if rest:
                builder.text(rest, element.page, element.bbox)
            continue
        flush_grids()
        builder.text(line, element.page, element.bbox)
    flush_grids()
    builder.close_paragraph()

    meta = _metadata(raw, header, builder, noise)
    _drop_prelude_metadata(builder.root, meta.title)
    return Report(meta=meta, root=builder.root)


def _drop_prelude_metadata(root: Section, title: str) -> None:
    """Title lines found in the prelude are metadata, not prose; so are a page's date line
    ('发布时间:2023-01-19 16:38', read into ``published``), its line of fields ('更新时间:… 发布时间:…
    来源:…') and its furniture ('访问次数:')."""
    def furniture(text: str) -> bool:
        m = md.DATE_LINE.match(text)
        return bool(m and len(m.group(1)) <= 25) or (len(text) <= 30 and md.is_noise(text)) or md.is_page_fields(text)

    keep = [p for p in root.paragraphs
            if p.text != title and not TITLE_AT_START.fullmatch(p.text) and not furniture(p.text)]
    if len(keep) != len(root.paragraphs):
        root.paragraphs = keep
        root.order = [("p", i) for i in range(len(keep))] + [o for o in root.order if o[0] == "t"]


def _find_title(lines: list[str], hint: str) -> str:
    hint = tidy(hint)
    if hint and md.looks_like_title(hint) and first_year(hint) and md.body_from_title(hint):
        return hint  # a document title property is often a generic '政府信息公开工作年度报告'

    candidates: list[tuple[int, str]] = []
    lines = [TITLE_LABEL.sub("", line) for line in lines]
    for i, line in enumerate(lines):
        m = TITLE_AT_START.match(line)
        if not m and i + 1 < len(lines) and len(line) <= 40 and not TITLE_AT_START.match(lines[i + 1]):
            # a title broken over two lines ('硚口区审计局2024年政府' / '信息公开工作年度报告')
            joined = TITLE_AT_START.match(line + lines[i + 1])
            m = joined if joined and len(joined.group(1)) > len(line) else None
        if not m or line.startswith(("根据", "依据", "按照", "本", "现将")) or "《" in m.group(1):
            continue  # a sentence citing a document (《…格式》) is no title
        title = m.group(1)
        if first_year(title) is None or not md.body_from_title(title):
            # '2022年政府信息公开工作年度报告' under or over a line naming the body
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and md.looks_like_body_name(lines[j]):
                    title = lines[j] + title
                    break
        candidates.append((1 if "关于" in title else 0, title))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    return next((line for line in lines if md.looks_like_english_title(line)), "")


def _metadata(raw: RawDocument, header: dict[str, str], builder: _Builder, noise: list[str] = ()) -> ReportMeta:
    prelude = [line for line, _ in builder.prelude]
    title = _find_title(prelude, raw.hints.get("title", ""))
    full_text = "\n".join(prelude + [p.text for s in _walk(builder.root) for p in s.paragraphs[:3]])
    fields = {HEADER_KEY: value for key, value in header.items()
              if (HEADER_KEY := md.HEADER_KEYS.get(key))}
    english = bool(title) and md.looks_like_english_title(title)
    compiled_by = ""
    if english:
        body = fields.get("body") or md.english_body(title)
        year = md.english_year(title) or md.english_year(full_text)
    else:
        paragraphs = [p.text for s in _walk(builder.root) if s is not builder.root for p in s.paragraphs[:2]]
        body, compiled_by = issuing_body(title=title, lines=prelude, paragraphs=paragraphs,
                                         header_body=fields.get("body", ""), text=full_text,
                                         all_text="\n".join(p.text for s in _walk(builder.root) for p in s.paragraphs))
        year = (first_year(title) if title else None) or md.statistical_year(full_text) or first_year(full_text)
        if body and title and not title.replace(" ", "").startswith(body) and not md.looks_like_title(title[:60]):
            title = ""  # a sentence that merely contains the words of a title
    published = md.iso_date(fields.get("published", ""))
    page = md.page_lines(list(noise) + prelude)
    if not published:
        published = md.published_of(page)
    # A title the document states itself, as a line of Chinese (no words of another language
    # around it), as opposed to one made up below from the body and year.
    title_stated = bool(title) and (english or not re.search(r"[A-Za-z]", title))
    if not title and body:
        title = f"{body}{year or ''}{'年' if year else ''}政府信息公开工作年度报告"
    language = language_of(full_text)

    return ReportMeta(
        source=raw.source,
        title=title,
        body=body,
        year=year,
        published=published,
        doc_number=re.sub(r"\s+", "", fields.get("doc_number", "")),
        language=language,
        compiled_by=compiled_by if not english else "",
        title_stated=title_stated,
        page_fields=page,
        index_number=md.index_number(page),
        places=places_named("\n".join(_all_text(builder.root))) if not english else (),
        scanned_pages=tuple(int(p) for p in raw.hints.get("ocr_pages", "").split(",") if p.strip().isdigit()),
    )


def _all_text(section: Section):
    for s in _walk(section):
        yield s.heading
        for p in s.paragraphs:
            yield p.text


def _walk(section: Section):
    yield section
    for child in section.children:
        yield from _walk(child)
