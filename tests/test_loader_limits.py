"""Loaders fail with a typed IngestError a person can read, on malformed files and on files over a
per-file budget (assistant/ingest/limits.py) — and they find out early, not after the damage."""

from __future__ import annotations

import sys
import time
import types
import zlib

import pytest
from pdfminer.pdftypes import decompress_corrupted

import hostile
import pdfmake
from assistant.errors import IngestError, LimitExceeded
from assistant.ingest.limits import Limits, Tally
from assistant.ingest.loaders import load_document
from assistant.ingest.loaders import pdf as pdf_loader
from assistant.ingest.loaders.failures import library_errors
from assistant.model import Grid, Line, RawDocument


def write(tmp_path, case, name="report"):
    suffix, data = case
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(data)
    return path


def refused(path, limits=Limits(), kind=IngestError) -> str:
    with pytest.raises(IngestError) as info:
        load_document(path, limits=limits)
    assert type(info.value) is kind, info.value
    assert info.value.source == path.name
    return info.value.reason


# --------------------------------------------------------------------------- size


def test_size_message_uses_the_setting_in_mb(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: the size is checked before a byte is read
    reason = refused(path, Limits(file_mb=50), LimitExceeded)
    assert reason == "the file is 51.0 MB, over the 50 MB limit (GONGKAI_MAX_FILE_MB)"
    assert "over the 0.5 MB limit" in refused(path, Limits(file_mb=0.5), LimitExceeded)


# --------------------------------------------------------------------------- text


def test_utf8_bom_before_gbk_is_malformed(tmp_path):
    reason = refused(write(tmp_path, hostile.bom_then_gbk()))
    assert reason.startswith("the file starts with a UTF-8 byte-order mark but is not UTF-8 text")


def test_utf16_with_an_odd_byte_at_the_end_reads(tmp_path):
    raw = load_document(write(tmp_path, hostile.odd_utf16()))
    assert [e.text for e in raw.elements] == ["一、总体情况", "本年度共收到申请12件。"]


def test_utf16_with_a_lone_surrogate_is_malformed(tmp_path):
    reason = refused(write(tmp_path, hostile.utf16_lone_surrogate()))
    assert "UTF-16 byte-order mark but is not UTF-16 text" in reason and "surrogate" in reason


def test_text_over_the_character_budget(tmp_path):
    path = write(tmp_path, hostile.run_on_text(5000))
    assert "more than 4,000 characters" in refused(path, Limits(chars=4000), LimitExceeded)
    assert load_document(path, limits=Limits(chars=6000)).elements


def test_tally_counts_lines_and_cells():
    tally = Tally("t.txt", Limits(chars=10, table_cells=4))
    tally.document(RawDocument("t.txt", [Line("一二三"), Grid((("a", None), ("b", "c")))]))
    assert (tally.chars, tally.cells) == (6, 4)
    with pytest.raises(LimitExceeded, match="more than 4 cells"):
        tally.table(1)


# --------------------------------------------------------------------------- docx


@pytest.mark.parametrize("value", ["x", "-3", "0", "1.5", "２"])
def test_docx_invalid_grid_span_is_malformed(tmp_path, value):
    reason = refused(write(tmp_path, hostile.docx_grid_span(value)))
    assert reason.startswith("not a readable DOCX: a table declares gridSpan=")
    assert "whole number of columns" in reason


def test_docx_grid_span_with_leading_zeros_is_a_number(tmp_path):
    raw = load_document(write(tmp_path, hostile.docx_grid_span("0000000000002")))
    assert [len(e.rows[0]) for e in raw.elements if isinstance(e, Grid)] == [3]


@pytest.mark.parametrize("value", ["100000000", "9" * 5000])
def test_docx_huge_grid_span_is_over_the_cell_budget(tmp_path, value):
    started = time.perf_counter()
    reason = refused(write(tmp_path, hostile.docx_grid_span(value)), kind=LimitExceeded)
    assert reason == "the file's tables hold more than 50,000 cells"
    assert time.perf_counter() - started < 10  # python-docx never expands the span


def test_docx_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    path = write(tmp_path, hostile.docx_zip_bomb(210))
    assert path.stat().st_size < 1024 * 1024
    reason = refused(path, kind=LimitExceeded)
    assert reason.startswith("the file unpacks to more than 200 MB")


def test_docx_member_unpacking_far_larger_than_stored_is_a_bomb(tmp_path):
    path = write(tmp_path, hostile.docx_many_paragraphs(20_000, 330))  # the 20 MB of text
    reason = refused(path, kind=LimitExceeded)
    assert reason.startswith("the part 'word/document.xml' unpacks") and "compression bomb" in reason


def test_docx_text_over_the_character_budget(tmp_path):
    path = write(tmp_path, hostile.docx_many_paragraphs(300, 330))
    assert "characters of text" in refused(path, Limits(chars=50_000), LimitExceeded)


def test_docx_many_paragraphs_read_quickly(tmp_path):
    path = write(tmp_path, hostile.docx_many_paragraphs(3000, 100))
    started = time.perf_counter()
    raw = load_document(path)
    # python-docx looks a paragraph's default style up by scanning every style: 13 s here.
    assert time.perf_counter() - started < 8
    assert len(raw.elements) == 3001


def test_docx_long_vertical_merge_reads_quickly(tmp_path):
    started = time.perf_counter()
    raw = load_document(write(tmp_path, hostile.docx_vertical_merge(1500)))
    # python-docx resolves each merged cell by searching up the merge, recursively: 52 s here,
    # then RecursionError.
    assert time.perf_counter() - started < 8
    (grid,) = [e for e in raw.elements if isinstance(e, Grid)]
    assert grid.rows[:3] == (("行政处罚", "0"), (None, "1"), (None, "2")) and len(grid.rows) == 1500


@pytest.mark.parametrize("change", [
    lambda xml: xml.replace(b"<w:document ", b"<w:documen ", 1).replace(b"</w:document>", b"</w:documen>"),
    lambda xml: xml.replace(b"<w:body>", b"<w:bod>", 1).replace(b"</w:body>", b"</w:bod>"),
], ids=["no-document-root", "no-body"])
def test_docx_whose_main_part_is_no_document_is_malformed(tmp_path, change):
    data = hostile.rewrite_member(hostile.docx_bytes(["一、总体情况"]), "word/document.xml", change)
    reason = refused(write(tmp_path, (".docx", data)))
    assert reason == "not a readable DOCX: its main part holds no Word document body"


def test_docx_bad_outline_level_is_not_a_heading(tmp_path):
    case = hostile.docx_bytes(["一、总体情况", "本年度共收到申请12件。"])
    data = hostile.rewrite_member(case, "word/document.xml", lambda xml: xml.replace(
        b"<w:p>", '<w:p><w:pPr><w:outlineLvl w:val="²"/></w:pPr>'.encode(), 1))
    raw = load_document(write(tmp_path, (".docx", data)))
    assert [e.heading_level for e in raw.elements] == [None, None]


# --------------------------------------------------------------------------- html


@pytest.mark.parametrize("charset", ["hex", "base64", "rot13", "zlib", "nonsense"])
def test_html_charset_that_is_no_character_set_falls_back(tmp_path, charset):
    raw = load_document(write(tmp_path, hostile.html_meta_charset(charset)))
    assert [e.text for e in raw.elements] == ["一、总体情况", "本年度共收到申请12件。"]


@pytest.mark.parametrize("case", [hostile.html_nested_tables(600), hostile.html_nested_divs(3000)],
                         ids=["tables", "divs"])
def test_html_nested_too_deep_is_over_budget(tmp_path, case):
    assert "nests its elements more than 256 deep" in refused(write(tmp_path, case), kind=LimitExceeded)


def test_html_nested_within_budget_reads(tmp_path):
    raw = load_document(write(tmp_path, hostile.html_nested_tables(60)))  # 240 elements deep
    assert "本年度共收到申请12件。" in [e.text for e in raw.elements if isinstance(e, Line)]


def test_html_too_many_elements_is_refused_before_parsing(tmp_path):
    path = write(tmp_path, hostile.html_big_table(6000, 20))  # the 1.3 MB table
    started = time.perf_counter()
    assert "more than 100,000 HTML elements" in refused(path, kind=LimitExceeded)
    assert time.perf_counter() - started < 5


def test_html_spans_expanding_past_the_cell_budget(tmp_path):
    reason = refused(write(tmp_path, hostile.html_span_bomb(50)), kind=LimitExceeded)
    assert reason.startswith("the page's tables hold more than 50,000 cells")


# --------------------------------------------------------------------------- pdf


def test_pdf_over_the_page_budget(tmp_path):
    path = write(tmp_path, hostile.pdf_many_pages(40))
    assert "more than 30 pages" in refused(path, Limits(pages=30), LimitExceeded)
    assert load_document(path, limits=Limits(pages=40)).hints["pages"] == "40"


def test_pdf_page_holding_a_huge_text_run(tmp_path):
    path = write(tmp_path, hostile.pdf_text_run(12_000))
    started = time.perf_counter()
    reason = refused(path, kind=LimitExceeded)
    assert reason.startswith("page 1 holds 12,00") and "over the 10,000 a page can show" in reason
    assert time.perf_counter() - started < 20  # the duplicate pass alone took minutes at 100,000


def test_pdf_page_drawing_too_many_boxes(tmp_path):
    path = write(tmp_path, hostile.pdf_boxes(40, 100))
    reason = refused(path, Limits(page_graphics=3000), LimitExceeded)
    assert reason == "page 1 draws 4,000 lines and boxes, over the 3,000 a report's tables need"


def test_pdf_flate_bomb_stops_at_the_unpacked_budget(tmp_path):
    path = write(tmp_path, hostile.pdf_flate_bomb(64))
    assert "unpacks to more than 32 MB" in refused(path, Limits(unpacked_mb=32), LimitExceeded)
    assert load_document(path, limits=Limits(unpacked_mb=80)).elements


def test_pdf_damaged_stream_inflates_as_pdfminer_would(tmp_path):
    """A truncated or corrupted Flate stream gives what pdfminer's own byte-by-byte fallback
    gives (it is quadratic; ours is not)."""
    data = zlib.compress(("本年度共收到申请12件。" * 5000).encode("utf-8"))
    inflation = pdf_loader._Inflation("t.pdf", Limits())
    for damaged in (data[: len(data) // 2], data[:5000] + b"\xff" * 50 + data[5050:], b"", b"x"):
        assert inflation.inflate(damaged) == decompress_corrupted(damaged)
    assert inflation.inflate(data) == zlib.decompress(data)


def test_pdf_zlib_stand_in_is_plain_zlib_outside_a_load():
    from pdfminer import pdftypes

    data = zlib.compress(b"x" * 1000)
    assert pdftypes.zlib.decompress(data) == b"x" * 1000
    with pytest.raises(zlib.error):
        pdftypes.zlib.decompress(b"not zlib")


def test_pdf_built_here_reads(tmp_path):
    page = pdfmake.text(72, 780, "一、总体情况") + pdfmake.grid(72, 700, [150, 100], 20,
                                                            [["信息内容", "本年处理决定数量"], ["行政处罚", "3985758"]])
    raw = load_document(write(tmp_path, (".pdf", pdfmake.pdf([page]))))
    line, grid = raw.elements
    assert (line.text, line.page, line.heading_level) == ("一、总体情况", 1, None)
    assert (line.bbox[0], line.bbox[2]) == (72.0, 144.0)  # six characters at 12 pt from x = 72
    assert grid.rows == (("信息内容", "本年处理决定数量"), ("行政处罚", "3985758"))
    assert grid.boxes == (((72.0, 142.0, 222.0, 162.0), (222.0, 142.0, 322.0, 162.0)),
                          ((72.0, 162.0, 222.0, 182.0), (222.0, 162.0, 322.0, 182.0)))


# --------------------------------------------------------------------------- library or bug


def _fake_library(code: str) -> types.ModuleType:
    module = types.ModuleType("fakelib")
    exec(code, module.__dict__)
    sys.modules["fakelib"] = module
    return module


def test_an_exception_from_inside_a_library_is_a_malformed_file():
    lib = _fake_library("def parse():\n    return {}['missing']\n")
    with pytest.raises(IngestError) as info:
        with library_errors("x.pdf", "PDF", ("fakelib",)):
            lib.parse()
    assert info.value.reason == "not a readable PDF: 'missing'"


def test_an_exception_from_our_own_code_is_no_malformed_file():
    with pytest.raises(KeyError):
        with library_errors("x.pdf", "PDF", ("fakelib",)):
            {}["ours"]


def test_a_budget_a_library_wrapped_keeps_its_own_message():
    lib = _fake_library("class Wrapped(Exception):\n    pass\n"
                        "def parse(fail):\n    try:\n        fail()\n    except Exception as e:\n"
                        "        raise Wrapped(e)\n")

    def over():
        raise LimitExceeded("x.pdf", "the file unpacks to more than 200 MB")

    with pytest.raises(LimitExceeded, match="unpacks to more than 200 MB"):
        with library_errors("x.pdf", "PDF", ("fakelib",)):
            lib.parse(over)
