"""A test helper: hostile and malformed report files, built in memory, each one a case an
attacker's probe of the loaders found (issue 8). Every builder returns (suffix, bytes).

Sizes are parameters so that tests can use small versions and a campaign the full ones.
"""

from __future__ import annotations

import io
import zipfile

import docx

import pdfmake

# Report-like prose with no sentence end anywhere: one 'sentence' of any length.
RUN_ON = "本机关依法依规做好政府信息公开工作共收到申请3,985,758件其中45.28万件予以公开"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run_on_text(chars: int) -> tuple[str, bytes]:
    body = (RUN_ON * (chars // len(RUN_ON) + 1))[:chars]
    return ".txt", ("一、总体情况\n" + body + "\n").encode("utf-8")


def bom_then_gbk() -> tuple[str, bytes]:
    """A UTF-8 byte-order mark in front of GBK text."""
    return ".txt", b"\xef\xbb\xbf" + "一、总体情况\n本年度共收到申请12件。\n".encode("gbk")


def odd_utf16() -> tuple[str, bytes]:
    """A UTF-16 file with an odd number of bytes after its BOM."""
    return ".txt", "一、总体情况\n本年度共收到申请12件。\n".encode("utf-16") + b"\x00"


def utf16_lone_surrogate() -> tuple[str, bytes]:
    return ".txt", b"\xff\xfe" + "一、总体".encode("utf-16-le") + b"\x00\xd8" + "情况".encode("utf-16-le")


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SMALL_TABLE = [["信息内容", "本年处理决定数量"], ["行政处罚", "3985758"], ["行政许可", "45"]]


def rewrite_member(data: bytes, name: str, change) -> bytes:
    """The zip ``data`` with member ``name`` replaced by ``change(old bytes)``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info.filename, change(body) if info.filename == name else body)
    return out.getvalue()


def docx_grid_span(value: str) -> tuple[str, bytes]:
    """A table whose first cell claims ``<w:gridSpan w:val=value>``."""
    base = docx_bytes(["一、总体情况"], SMALL_TABLE)

    def change(xml: bytes) -> bytes:
        return xml.replace(b"<w:tcPr>", f'<w:tcPr><w:gridSpan w:val="{value}"/>'.encode(), 1)

    return ".docx", rewrite_member(base, "word/document.xml", change)


def docx_vertical_merge(rows: int) -> tuple[str, bytes]:
    """A table whose first column is one cell merged down ``rows`` rows."""
    first = ('<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>行政处罚</w:t></w:r></w:p>'
             '</w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr>')
    rest = "".join(f'<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>{n}</w:t></w:r>'
                   f'</w:p></w:tc></w:tr>' for n in range(1, rows))
    table = f'<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>{first}{rest}</w:tbl>'

    def change(xml: bytes) -> bytes:
        return xml.replace(b"<w:sectPr", table.encode() + b"<w:sectPr", 1)

    return ".docx", rewrite_member(docx_bytes(["一、总体情况"]), "word/document.xml", change)


def docx_many_paragraphs(count: int, chars_each: int) -> tuple[str, bytes]:
    """Many long paragraphs that compress to almost nothing (the 67 KB / 20 MB DOCX)."""
    text = (RUN_ON * (chars_each // len(RUN_ON) + 1))[:chars_each]
    base = docx_bytes(["一、总体情况"])
    para = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()

    def change(xml: bytes) -> bytes:
        return xml.replace(b"<w:sectPr", para * count + b"<w:sectPr", 1)

    return ".docx", rewrite_member(base, "word/document.xml", change)


def docx_zip_bomb(megabytes: int) -> tuple[str, bytes]:
    """A DOCX with an extra member of ``megabytes`` MB of zeros (deflates about 1000:1)."""
    base = io.BytesIO(docx_bytes(["一、总体情况", "本年度共收到申请12件。"]))
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(base, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/media/padding.bin", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(zeros)
    return ".docx", base.getvalue()


def html_page(body: str, head: str = "") -> bytes:
    return (f"<html><head>{head}<title>政府信息公开工作年度报告</title></head>"
            f"<body><div class='content'>{body}</div></body></html>").encode("utf-8")


def html_meta_charset(name: str) -> tuple[str, bytes]:
    return ".html", html_page("<h2>一、总体情况</h2><p>本年度共收到申请12件。</p>",
                              head=f'<meta charset="{name}">')


def html_nested_tables(depth: int) -> tuple[str, bytes]:
    inner = "<p>本年度共收到申请12件。</p>"
    return ".html", html_page("<table><tr><td>" * depth + inner + "</td></tr></table>" * depth)


def html_nested_divs(depth: int) -> tuple[str, bytes]:
    return ".html", html_page("<div>" * depth + "<p>本年度共收到申请12件。</p>" + "</div>" * depth)


def html_big_table(rows: int, cols: int) -> tuple[str, bytes]:
    cells = "".join(f"<td>{c}</td>" for c in range(cols))
    body = "<table>" + "".join(f"<tr><td>行{r}</td>{cells}</tr>" for r in range(rows)) + "</table>"
    return ".html", html_page("<h2>一、总体情况</h2>" + body)


def html_span_bomb(rows: int) -> tuple[str, bytes]:
    """Few cells that claim to span the whole table many times over."""
    row = '<tr><td rowspan="0" colspan="1000">x</td><td rowspan="65534" colspan="1000">1</td></tr>'
    return ".html", html_page("<table>" + row * rows + "</table>")


def pdf_text_run(chars: int) -> tuple[str, bytes]:
    """One page whose text is a single run of ``chars`` characters (off the page edge)."""
    body = (RUN_ON * (chars // len(RUN_ON) + 1))[:chars]
    return ".pdf", pdfmake.pdf([pdfmake.text(72, 780, "一、总体情况") + pdfmake.text(72, 750, body, 10)])


def pdf_flate_bomb(megabytes: int) -> tuple[str, bytes]:
    """A page whose content stream inflates to ``megabytes`` MB of spaces."""
    stream = pdfmake.text(72, 780, "一、总体情况").encode("latin-1") + b" " * (megabytes * 1024 * 1024)
    return ".pdf", pdfmake.pdf([], raw_streams=[zlib_compress(stream)])


def pdf_many_pages(pages: int) -> tuple[str, bytes]:
    return ".pdf", pdfmake.pdf([pdfmake.text(72, 780, f"第{n}页") for n in range(pages)])


def pdf_boxes(rows: int, columns: int) -> tuple[str, bytes]:
    """A page ruled into rows × columns empty boxes."""
    grid = pdfmake.grid(10, 830, [575 / columns] * columns, 820 / rows, [[""] * columns] * rows)
    return ".pdf", pdfmake.pdf([pdfmake.text(10, 835, "一、总体情况") + grid])


def zlib_compress(data: bytes) -> bytes:
    import zlib

    return zlib.compress(data, 9)
