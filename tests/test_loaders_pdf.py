"""The PDF loader on the real Huai'an 2024 report, on a scanned (image-only) PDF and on broken
files; and the cell cleanup every loader shares."""

from __future__ import annotations

import random
import re

import pytest
from PIL import Image

from assistant.errors import IngestError
from assistant.ingest.loaders import pdf
from assistant.zh.text import clean_text
from assistant.model import Grid, Line


@pytest.fixture(scope="module")
def huaian(eval_docs):
    return pdf.load(eval_docs / "huaian-szf-2024.pdf")


def grids(doc, page=None):
    return [e for e in doc.elements if isinstance(e, Grid) and page in (None, e.page)]


def lines(doc):
    return [e for e in doc.elements if isinstance(e, Line)]


def all_rows(doc):
    return [row for g in grids(doc) for row in g.rows]


def test_hints_and_source(huaian):
    assert huaian.source == "huaian-szf-2024.pdf"
    assert huaian.hints["pages"] == "6"
    # The Info Title is UTF-16LE with a BOM, which pdfminer alone turns into mojibake.
    assert huaian.hints["title"] == "政府信息公开工作年度报告"


def test_only_real_tables_become_grids(huaian):
    shapes = [(g.page, len(g.rows), len(g.rows[0])) for g in grids(huaian)]
    # The one-column framed paragraphs on pages 1 and 3 are not grids.
    assert shapes == [(3, 8, 4), (4, 6, 2), (4, 16, 10), (5, 12, 10), (5, 4, 15)]
    for g in grids(huaian):
        assert len({len(row) for row in g.rows}) == 1  # rectangular


def test_table_values_and_rows(huaian):
    assert ("行政处罚", "3985758") in grids(huaian, page=4)[0].rows
    new = [r for r in all_rows(huaian) if r[0] == "一、本年新收政府信息公开申请数量"]
    assert len(new) == 1
    assert new[0][3] == "3001" and new[0][-1] == "3119"
    last = grids(huaian, page=5)[-1]
    assert len(last.rows[0]) == 15
    assert last.rows[0][0] == "行政复议" and last.rows[0][5] == "行政诉讼"
    assert last.rows[-1] == (
        "72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20",
    )


def test_cell_labels_are_cleaned_and_merges_are_none(huaian):
    cells = {c for row in all_rows(huaian) for c in row if c}
    for label in ("商业企业", "科研机构", "三、本年度办理结果", "（三）不予公开", "结果维持",
                  "第二十条第（一）项", "本年收费金额（单位：万元）",
                  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"):
        assert label in cells
    assert not any("\n" in c or " " in c for c in cells)
    header = grids(huaian, page=4)[1].rows[0]
    assert header.count("申请人情况") == 1 and header[4:] == (None,) * 6


def test_title_and_framed_paragraph_are_lines(huaian):
    text = [line.text for line in lines(huaian)]
    assert text[0] + text[1] == "淮安市人民政府2024年政府信息公开工作年度报告"
    # Inside a one-column frame on page 1; spaces around numbers are gone.
    framed = [line for line in lines(huaian) if line.text.startswith("本报告由淮安市人民政府办公室")]
    assert len(framed) == 1 and framed[0].page == 1
    assert "信息公开条例》（国令第711号）（以下简称《条例》）规定编" in text
    assert "制。报告所列统计期限自2024年1月1日至2024年12月31日。" in text
    assert any(t.startswith("（五）政府信息公开监督保障情况") for t in text)  # framed, page 3


def test_table_cells_are_not_repeated_as_lines(huaian):
    for line in lines(huaian):
        for number in ("3985758", "447228", "88283", "96171.6", "2932"):
            assert number not in line.text
        assert "信息内容" not in line.text and "申请人情况" not in line.text


def test_reading_order_and_pages(huaian):
    kinds = [(type(e).__name__, e.page, e.text if isinstance(e, Line) else len(e.rows))
             for e in huaian.elements]
    heading2 = kinds.index(("Line", 3, "二、主动公开政府信息情况"))
    assert kinds[heading2 + 1] == ("Grid", 3, 8)
    heading3 = kinds.index(("Line", 4, "三、收到和处理政府信息公开申请情况"))
    assert kinds[heading3 - 1] == ("Grid", 4, 6) and kinds[heading3 + 1] == ("Grid", 4, 16)
    heading4 = kinds.index(("Line", 5, "四、政府信息公开行政复议、行政诉讼情况"))
    assert kinds[heading4 + 1] == ("Grid", 5, 4)
    pages = [e.page for e in huaian.elements]
    assert pages == sorted(pages) and set(pages) == {1, 2, 3, 4, 5, 6}


def test_page_numbers_and_empty_lines_are_dropped(huaian):
    for line in lines(huaian):
        assert line.text and line.text == line.text.strip()
        assert not re.fullmatch(r"-\s*\d+\s*-", line.text)


def test_tables_split_by_a_page_break_stay_apart(huaian):
    # The loader does not join across pages: the structure parser does.
    assert grids(huaian, page=3)[0].rows[-1] == ("第二十条第（六）项", None, None, None)
    assert grids(huaian, page=4)[0].rows[0] == ("信息内容", "本年处理决定数量")
    assert grids(huaian, page=4)[1].rows[-1][1] == "（四）无"
    assert grids(huaian, page=5)[0].rows[0][:3] == ("", "法提供", "2.没有现成信息需要另行制作")


def test_image_only_pdf_without_the_ocr_extra_says_how_to_install_it(tmp_path, monkeypatch):
    from assistant.ingest import ocr

    path = tmp_path / "scanned.pdf"
    image = Image.new("RGB", (400, 300), "white")
    image.paste((0, 0, 0), (50, 50, 350, 80))  # a black bar where text would be
    image.save(path, "PDF")
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(IngestError) as info:
        pdf.load(path)
    assert info.value.source == "scanned.pdf"
    assert "OCR is not installed" in info.value.reason
    assert "pip install 'gongkai[ocr]'" in info.value.reason


def test_pdf_with_neither_text_nor_images_has_nothing_to_read(tmp_path):
    from pdfmake import pdf as make_pdf

    path = tmp_path / "blank.pdf"
    path.write_bytes(make_pdf(["0 0 m 10 10 l S\n"]))
    with pytest.raises(IngestError) as info:
        pdf.load(path)
    assert info.value.reason == pdf.NO_TEXT_LAYER


@pytest.mark.parametrize(
    "content",
    [random.Random(7).randbytes(4096), b"", b"%PDF-1.4\nnot really a pdf"],
    ids=["random-bytes", "empty", "header-only"],
)
def test_unreadable_pdf(tmp_path, content):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        pdf.load(path)
    assert info.value.source == "broken.pdf"
    assert info.value.reason.startswith("not a readable PDF: ")
    assert len(info.value.reason) < 160


def test_truncated_pdf(tmp_path, eval_docs):
    path = tmp_path / "truncated.pdf"
    path.write_bytes((eval_docs / "huaian-szf-2024.pdf").read_bytes()[:5000])
    with pytest.raises(IngestError, match="not a readable PDF: "):
        pdf.load(path)


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("三、\n本\n年\n度\n办\n理\n结\n果", "三、本年度办理结果"),
        ("商业企\n业", "商业企业"),
        ("结 果\n维持", "结果维持"),
        ("第二十条 第（六）项", "第二十条第（六）项"),
        ("国令第 711 号", "国令第711号"),
        ("2024 年 1 月 1 日", "2024年1月1日"),
        ("（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）",
         "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
        ("  WPS  Office\n2019 ", "WPS Office 2019"),
        ("3\n985", "3 985"),
        ("\u3000\u3000", ""),
        ("“三安全\n一稳定”\n“建设", "“三安全一稳定”“建设"),
        ("\u2f00\u200b\u4e8c", "一二"),  # Kangxi radical '⼀', zero-width space
        ("e\u0301", "\u00e9"),  # NFC
        (None, ""),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean
