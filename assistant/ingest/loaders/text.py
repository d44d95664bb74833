"""Plain text and Markdown: encoding detection, lines, and `|`-flattened tables back into grids."""

from __future__ import annotations

import re
from pathlib import Path

from charset_normalizer import from_bytes

from assistant.errors import IngestError
from assistant.ingest.limits import DEFAULT, Limits, Tally
from assistant.model import Grid, Line, RawDocument

# Encodings Chinese government pages come in; charset-normalizer decides between them.
_CANDIDATES = ["utf_8", "gb18030", "gbk", "big5"]
CONTEXT_ROW = re.compile(r"^\|?\s*第.{1,4}条.{0,12}\|\s*$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def decode(data: bytes, source: str) -> str:
    """Bytes to text: BOMs first, strict UTF-8 next (most files), then detection among the
    Chinese encodings. Undecodable bytes are an error, never silently replaced; a file whose
    byte-order mark promises an encoding its bytes do not follow is refused as malformed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_marked(data[3:], "utf-8", 3, source, "UTF-8")
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            body = data[2:]
            # An excerpt cut at an odd byte count ends in half a UTF-16 unit: drop that half.
            return _decode_marked(body[: len(body) - len(body) % 2], codec, 2, source, "UTF-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        # Excerpts cut at a byte count end inside a character: drop that partial character only.
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            return data[: err.start].decode("utf-8")
    try:  # GB18030 is a superset of GBK and GB2312 and decodes any of them exactly.
        text = data.decode("gb18030")
        if _mostly_cjk_or_ascii(text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise IngestError(source, "cannot decode the text (not UTF-8, GBK/GB18030 or Big5)")
    return str(best)


def _decode_marked(body: bytes, codec: str, offset: int, source: str, name: str) -> str:
    """The text after a byte-order mark, in the encoding the mark names. A character cut off
    at the very end (an excerpt cut at a byte count) is dropped; anything else undecodable
    means the mark lies about the encoding."""
    try:
        return body.decode(codec)
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(body) - 4:
            return body[: err.start].decode(codec)
        raise IngestError(source, f"the file starts with a {name} byte-order mark but is not {name} "
                                  f"text (byte {err.start + offset}: {err.reason})") from None


def _mostly_cjk_or_ascii(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return True
    ok = sum(1 for ch in sample if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return ok / len(sample) > 0.9


def split_cells(line: str) -> list[str] | None:
    """A `|`-separated table line as cells, or None when the line is not one."""
    stripped = line.strip()
    if stripped.count("|") < 1 or not (stripped.startswith("|") or stripped.endswith("|")
                                       or stripped.count("|") >= 2):
        return None
    body = stripped
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in body.split("|")]


def lines_to_elements(text: str) -> list:
    """Text lines to Line/Grid elements: runs of `|` lines become one grid."""
    elements: list = []
    table: list[tuple[str, ...]] = []

    def flush():
        if table:
            width = max(len(r) for r in table)
            rows = tuple(tuple(r) + ("",) * (width - len(r)) for r in table)
            elements.append(Grid(rows=rows))
            table.clear()

    raw_lines = text.splitlines()
    while raw_lines and not raw_lines[-1].strip():
        raw_lines.pop()
    closed = 0  # table rows so far that end with '|'
    for n, raw in enumerate(raw_lines):
        line = raw.replace("\u00a0", " ").replace("\u3000", " ").strip()
        if n == len(raw_lines) - 1 and table and closed >= 2 and not line.endswith("|") and split_cells(line):
            # The file stops inside a table row (an excerpt cut at a byte count): its last cell may
            # be cut too. The cells a separator closes are whole, and so is the last one when the
            # line goes on past it with the space this table writes before every separator.
            cells = split_cells(line)
            spaced = all(re.search(r"\S \|", r) for r in raw_lines[max(0, n - closed):n] if r.strip().endswith("|"))
            if not (spaced and re.search(r"\S[ \t]+$", raw.replace("\u3000", " "))):
                cells = cells[:-1]
            if len(cells) >= 2:
                table.append(tuple(cells))
            break
        if not line:
            continue
        if _MD_RULE.match(line):
            continue  # the |---|---| separator under a Markdown header row
        cells = split_cells(line)
        # '第二十条第(一)项 |' is a one-cell row of the table around it.
        if cells is not None and (len(cells) >= 2 or (table and line.endswith("|")) or CONTEXT_ROW.match(line)):
            table.append(tuple(cells))
            closed += line.endswith("|")
            continue
        flush()
        heading = _MD_HEADING.match(line)
        if heading:
            elements.append(Line(heading.group(2).strip(), heading_level=len(heading.group(1))))
        else:
            elements.append(Line(line))
    flush()
    return elements


def load(path: Path, limits: Limits = DEFAULT) -> RawDocument:
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(path.name, "the file is empty")
    text = decode(data, path.name)
    Tally(path.name, limits).text(len(text))  # before splitting it into lines
    if "\x00" in text:
        raise IngestError(path.name, "binary content, not a text file")
    return RawDocument(source=path.name, elements=lines_to_elements(text))
