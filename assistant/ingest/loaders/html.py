"""HTML loader: a government web page's main content as lines and table grids.

The page is decoded (BOM, then <meta charset>, then charset-normalizer), parsed with lxml, cut
free of its chrome (scripts, navigation, headers, footers, share bars), and the main content
container is walked in document order: block elements and <br> end a line, a data <table>
becomes a Grid with colspan/rowspan expanded. Only text nodes are read, so markup in the page
is never kept or run: '&lt;script&gt;' in a paragraph is the literal text '<script>'.

Budgets (assistant.ingest.limits): the tree may nest only so deep (the walk is recursive), the
page's text only so long, and expanding colspan/rowspan may produce only so many cells in all
(a few cells claiming to span 65,534 rows would otherwise fill memory).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer
from bs4 import BeautifulSoup, CData, NavigableString, Tag

from assistant.errors import IngestError, LimitExceeded
from assistant.ingest.limits import DEFAULT, Limits, Tally
from assistant.zh.text import clean_text
from assistant.model import Element, Grid, Line, RawDocument

__all__ = ["load"]

# Never content.
_DROP_ALWAYS = [
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "select", "button", "textarea", "input", "head",
]
# Page chrome, by tag or by id/class.
_CHROME_TAGS = {"nav", "header", "footer", "aside", "form"}
_CHROME_NAMES = re.compile(r"nav|breadcrumb|crumb|footer|share|sidebar|menu|copyright", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Elements that end a line before and after them.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Elements that can hold the main content (as opposed to paragraph-level blocks).
_CONTAINERS = ["body", "div", "article", "main", "section", "td", "th", "blockquote", "center"]
# A cell with more text than this is page layout, not a statistics cell.
_LAYOUT_CELL = 300
_STRUCTURE = ["div", "p", "section", "article", "main", "table", "ul", "ol", "dl", "pre",
              "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"]

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Pages labelled gb2312/gbk routinely use characters only their superset has.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030"}


def load(path: Path, limits: Limits = DEFAULT) -> RawDocument:
    source = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(source, f"not a readable HTML file: {exc.strerror or exc}") from exc
    text, encoding = _decode(data)
    if _count_tags(text, limits.html_elements) > limits.html_elements:
        raise LimitExceeded(source, f"the page has more than {limits.html_elements:,} HTML elements "
                                    "(a report page has a few thousand)")
    soup = BeautifulSoup(text, "lxml")
    if _depth(soup) > limits.nesting:
        raise LimitExceeded(source, f"the page nests its elements more than {limits.nesting} deep "
                                    "(government pages nest 20–40 deep)")

    hints = {"encoding": encoding}
    title = _title(soup)
    if title:
        hints["title"] = title

    for tag in soup.find_all(_DROP_ALWAYS):
        tag.decompose()
    body = soup.body or soup
    Tally(source, limits).text(_text_len(body))
    _drop_chrome(body)

    tables = _Tables(source, limits.table_cells)
    walker = _Walker(tables)
    walker.visit(_main_container(body, tables))
    walker.flush()
    return RawDocument(source=source, elements=walker.elements, hints=hints)


# --------------------------------------------------------------------------- decoding


def _decode(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding used to read it."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    declared = _META_CHARSET.search(data[:8192])
    candidates = [declared.group(1).decode("ascii")] if declared else []
    candidates.append("utf-8")
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
            codec = _SUPERSETS.get(codec, codec)
            return data.decode(codec), codec
        except (LookupError, ValueError):
            # An unknown name, a codec that is no character set (charset="hex" names a
            # bytes-to-bytes codec, decode() refuses it with LookupError), or bytes that do not
            # decode (UnicodeDecodeError is a ValueError): try the next candidate.
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("utf-8", errors="replace"), "utf-8"


_TAG_OPEN = re.compile(r"<[A-Za-z]")


def _count_tags(text: str, stop: int) -> int:
    """Tags opened in the page, counted up to ``stop + 1``."""
    count = 0
    for _ in _TAG_OPEN.finditer(text):
        count += 1
        if count > stop:
            break
    return count


def _depth(root: Tag) -> int:
    """How deep elements nest under ``root``, counted without recursion."""
    deepest = 0
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tag))
    return deepest


# --------------------------------------------------------------------------- cleanup


def _title(soup: BeautifulSoup) -> str:
    for tag in (soup.title, soup.find("h1")):
        if tag is not None:
            text = clean_text(tag.get_text(" "))
            if text:
                return text
    return ""


def _text_len(tag: Tag) -> int:
    return sum(len(node.strip()) for node in tag.descendants if _is_text(node))


def _is_chrome(tag: Tag) -> bool:
    if tag.name in ("header", "footer"):
        # An article's own header holds its title: only page-level ones are chrome.
        return tag.find_parent(["article", "main"]) is None
    if tag.name in _CHROME_TAGS:
        return True
    names = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    if names and _CHROME_NAMES.search(names):
        return True
    return tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(tag.get("style") or ""))


def _drop_chrome(body: Tag) -> None:
    total = _text_len(body)

    def visit(parent: Tag) -> None:
        for tag in list(parent.children):
            if not isinstance(tag, Tag):
                continue
            # Some sites wrap the whole page in a <form> (ASP.NET) or name the content box
            # "nav-content": never drop what holds most of the page's text.
            if _is_chrome(tag) and _text_len(tag) * 2 <= total:
                tag.decompose()
            else:
                visit(tag)

    visit(body)


# --------------------------------------------------------------------------- main content


def _main_container(body: Tag, tables: "_Tables") -> Tag:
    """The container that directly holds the most paragraph text, widened to its ancestors
    while they add little (an article's <h1> and date line sit just outside the text box)."""

    def is_data_table(table: Tag | None) -> bool:
        return table is not None and tables.grid(table) is not None

    def paragraph_text(tag: Tag) -> int:
        """Text held directly by ``tag``: its text nodes and paragraph-level children (a data
        table counts; a layout table or a container with blocks inside is a candidate of its
        own). Link text does not count: menus are rows of links, reports are not."""
        total = 0
        for child in tag.children:
            if isinstance(child, Tag):
                if child.name == "a":
                    continue
                if child.name == "table" and not is_data_table(child):
                    continue
                if child.name in _CONTAINERS and child.find(_STRUCTURE) is not None:
                    continue
                total += _text_len(child) - sum(_text_len(a) for a in child.find_all("a"))
            elif _is_text(child):
                total += len(child.strip())
        return total

    best, best_score = body, 0
    for tag in [body, *body.find_all(_CONTAINERS)]:
        if tag.name in ("td", "th") and is_data_table(tag.find_parent("table")):
            continue  # a data table is read as a whole, never as one of its cells
        score = paragraph_text(tag)
        if score > best_score:
            best, best_score = tag, score
    size = _text_len(best)
    while best is not body and best.parent is not None:
        wider = _text_len(best.parent)
        if wider - size > max(0.15 * size, 80):
            break
        best, size = best.parent, wider
    return best


# --------------------------------------------------------------------------- walking


def _is_text(node) -> bool:
    # Comments, doctypes and script/style strings are NavigableString subclasses: skip them.
    return type(node) in (NavigableString, CData)


class _Walker:
    """Collects Lines and Grids from a subtree in document order."""

    def __init__(self, tables: "_Tables") -> None:
        self.tables = tables
        self.elements: list[Element] = []
        self._buffer: list[str] = []
        self._level: int | None = None

    def flush(self) -> None:
        text = clean_text("".join(self._buffer))
        self._buffer.clear()
        if text:
            self.elements.append(Line(text, heading_level=self._level))

    def visit(self, node: Tag) -> None:
        for child in node.children:
            if not isinstance(child, Tag):
                if _is_text(child):
                    self._buffer.append(str(child))
                continue
            if child.name == "br":
                self.flush()
            elif child.name == "table" and (grid := self.tables.grid(child)) is not None:
                self.flush()
                if any(cell for row in grid.rows for cell in row):
                    self.elements.append(grid)
            elif child.name in _HEADINGS:
                self.flush()
                outer, self._level = self._level, _HEADINGS[child.name]
                self.visit(child)
                self.flush()
                self._level = outer
            elif child.name in _BLOCKS:
                self.flush()
                self.visit(child)
                self.flush()
            else:
                self.visit(child)


def _cell_text(cell: Tag, tables: "_Tables") -> str:
    walker = _Walker(tables)
    walker.visit(cell)
    walker.flush()
    # Lines inside a cell are wrapped label text: clean_text joins them like PDF cell breaks.
    return clean_text("\n".join(e.text for e in walker.elements if isinstance(e, Line)))


def _span(value, limit: int, zero: int) -> int:
    """A colspan/rowspan attribute as a count in 1..limit; ``zero`` is what "0" means."""
    try:
        span = int(str(value).strip())
    except ValueError:
        return 1
    return max(1, min(zero if span == 0 else span, limit))


class _Tables:
    """Tables read as grids, each once (the main-content search and the walk both ask), with
    one budget for the cells that all of them expand to."""

    def __init__(self, source: str, max_cells: int):
        self.source = source
        self.max_cells = max_cells
        self.cells = 0
        self._grids: dict[int, Grid | None] = {}

    def grid(self, table: Tag) -> Grid | None:
        if id(table) not in self._grids:
            self._grids[id(table)] = self._read(table)
        return self._grids[id(table)]

    def _spend(self, cells: int) -> None:
        self.cells += cells
        if self.cells > self.max_cells:
            raise LimitExceeded(self.source, f"the page's tables hold more than {self.max_cells:,} cells "
                                             "once merged cells are expanded")

    def _read(self, table: Tag) -> Grid | None:
        """The table as a grid, or None when it is a layout table whose content should be
        read as text: it nests tables, has fewer than two rows or two columns, or has a cell
        holding more text than a statistics cell ever does (a page laid out in table cells)."""
        if table.find("table") is not None:
            return None
        rows = table.find_all("tr")
        cells: dict[tuple[int, int], str | None] = {}
        for r, tr in enumerate(rows):
            c = 0
            for cell in tr.find_all(["td", "th"], recursive=False):
                while (r, c) in cells:  # covered by a rowspan from above
                    c += 1
                # rowspan="0" runs to the end of the table; spans never reach past it, and no
                # statistics table is anywhere near 100 columns wide.
                rowspan = _span(cell.get("rowspan", 1), len(rows) - r, zero=len(rows) - r)
                colspan = _span(cell.get("colspan", 1), 100, zero=1)
                self._spend(rowspan * colspan)
                for i in range(rowspan):
                    for j in range(colspan):
                        cells[(r + i, c + j)] = None
                text = _cell_text(cell, self)
                if len(text) > _LAYOUT_CELL:
                    return None
                cells[(r, c)] = text
                c += colspan
        width = max((c + 1 for _, c in cells), default=0)
        if len(rows) < 2 or width < 2:
            return None
        self._spend(len(rows) * width - len(cells))  # the empty positions the grid fills in
        grid = tuple(tuple(cells.get((r, c), "") for c in range(width)) for r in range(len(rows)))
        return Grid(grid)
