"""A test helper: small PDFs written byte by byte, so tests can build the files they need
(a table, a run of text with no line breaks, a Flate bomb) without a PDF library.

Text is set in the non-embedded CJK font STSong-Light with the UniGB-UCS2-H encoding, which
every PDF reader (pdfminer included) maps back to Unicode from its own CMaps; so Chinese text
needs no font file. Only characters of the Basic Multilingual Plane can be shown.
"""

from __future__ import annotations

import zlib


def text(x: float, y: float, value: str, size: float = 12) -> str:
    """Content-stream operators showing ``value`` at (x, y)."""
    code = value.encode("utf-16-be").hex().upper()
    return f"BT /F1 {size:g} Tf {x:g} {y:g} Td <{code}> Tj ET\n"


def grid(x: float, y: float, widths: list[float], height: float, rows: list[list[str]],
         size: float = 10) -> str:
    """A ruled table, top-left corner at (x, y): every cell framed, its text inside."""
    ops = []
    for r, row in enumerate(rows):
        left = x
        top = y - r * height
        for w, cell in zip(widths, row):
            ops.append(f"{left:g} {top - height:g} {w:g} {height:g} re S\n")
            if cell:
                ops.append(text(left + 2, top - height + 4, cell, size))
            left += w
    return "".join(ops)


def pdf(pages: list[str], *, compress: bool = True, title: str | None = None,
        raw_streams: list[bytes] | None = None) -> bytes:
    """A PDF with one A4 page per content stream. ``raw_streams`` replaces the page streams
    with bytes written as they are and marked FlateDecode (for broken or bomb streams)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree's number is known
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
               b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
               b"/CapHeight 880 /StemV 80 >> /DW 1000 >>] >>")
    tree = len(objects) + 1
    add(b"")  # the page tree
    kids = []
    streams = raw_streams if raw_streams is not None else [p.encode("latin-1") for p in pages]
    for data in streams:
        if raw_streams is not None:
            header = b"/Filter /FlateDecode "
        elif compress:
            data, header = zlib.compress(data), b"/Filter /FlateDecode "
        else:
            header = b""
        content = add(b"<< " + header + b"/Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (tree, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                         + b"] /Count %d >>" % len(kids))
    info = None
    if title is not None:
        info = add(b"<< /Title <FEFF" + title.encode("utf-16-be").hex().upper().encode() + b"> >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        out += b" /Info %d 0 R" % info
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
