"""The DOCX loader on the national format template (real merged cells) and on documents built
here with python-docx."""

from __future__ import annotations

import zipfile

import docx
import pytest

from assistant.errors import IngestError
from assistant.ingest.loaders import docx as docx_loader
from assistant.model import Grid, Line

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def template_path(eval_docs):
    path = eval_docs.parent / "templates" / "national-format-template.docx"
    assert path.is_file(), path
    return path


def grids(doc):
    return [e for e in doc.elements if isinstance(e, Grid)]


def covered_cells(tbl) -> int:
    """Grid positions a merge covers, counted from the XML itself: every position a <w:tc>
    spans beyond its first, and every position of a vertical-merge continuation."""
    count = 0
    for tc in tbl.iter(f"{W}tc"):
        span_el = tc.find(f"{W}tcPr/{W}gridSpan")
        span = int(span_el.get(f"{W}val")) if span_el is not None else 1
        vmerge = tc.find(f"{W}tcPr/{W}vMerge")
        continues = vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue"
        count += span if continues else span - 1
    return count


def test_template_tables_shapes_and_merges(template_path):
    doc = docx_loader.load(template_path)
    assert doc.source == "national-format-template.docx"
    found = grids(doc)
    assert [(len(g.rows), len(g.rows[0])) for g in found] == [(14, 4), (28, 10), (4, 15)]
    tables = docx.Document(str(template_path)).tables
    for grid, table in zip(found, tables):
        assert len({len(row) for row in grid.rows}) == 1
        nones = sum(cell is None for row in grid.rows for cell in row)
        assert nones == covered_cells(table._tbl)


def test_template_merged_cells_appear_once(template_path):
    main, applications, appeals = grids(docx_loader.load(template_path))
    assert main.rows[0] == ("第二十条第（一）项", None, None, None)
    assert main.rows[5] == ("信息内容", "本年处理决定数量", None, None)

    cells = [c for row in applications.rows for c in row]
    assert cells.count("申请人情况") == 1
    assert applications.rows[0][3:] == ("申请人情况",) + (None,) * 6
    assert applications.rows[1][3:] == ("自然人", "法人或其他组织", None, None, None, None, "总计")
    # '商业\n企业' in the template: the break inside the label is gone.
    assert applications.rows[2] == (None, None, None, None, "商业企业", "科研机构",
                                    "社会公益组织", "法律服务机构", "其他", None)
    assert cells.count("三、本年度办理结果") == 1
    assert [row[0] for row in applications.rows[6:27]] == [None] * 21
    assert applications.rows[15][:3] == (None, "（四）无法提供", "1.本机关不掌握相关政府信息")
    assert applications.rows[26][:3] == (None, "（七）总计", None)

    assert appeals.rows[0].count("行政复议") == 1 and appeals.rows[0].count("行政诉讼") == 1
    assert appeals.rows[1][:5] == ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    assert appeals.rows[2][:5] == (None,) * 5  # vertically merged with the row above
    assert appeals.rows[3] == ("",) * 15  # blank template values ('\u3000' cleaned)


def test_template_lines_in_body_order(template_path):
    doc = docx_loader.load(template_path)
    kinds = [e.text if isinstance(e, Line) else "GRID" for e in doc.elements]
    assert kinds[:5] == ["政府信息公开工作年度报告格式模板", "一、总体情况", "（文字描述）",
                         "二、主动公开政府信息情况", "GRID"]
    assert kinds[5:8] == ["三、收到和处理政府信息公开申请情况", "GRID",
                          "四、政府信息公开行政复议、行政诉讼情况"]
    assert doc.hints == {}  # no core title, no Title-style paragraph


def build(path, title=None):
    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    document.add_heading("某县2024年政府信息公开工作年度报告", level=0)
    document.add_heading("一、总体情况", level=1)
    document.add_paragraph("2024 年，全县共受理申请 12 件。")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).text = "信息内容"
    merged.text = "本年\n处理决定数量"
    for c, text in enumerate(["行政许可", "5", "7"]):
        table.cell(1, c).text = text
    paragraph = document.add_paragraph("第一行")
    paragraph.add_run().add_break()
    paragraph.add_run("第二行")
    document.add_heading("（一）主动公开", level=2)
    document.add_paragraph("   ")  # blank: skipped
    document.save(path)


def test_built_document(tmp_path):
    path = tmp_path / "built.docx"
    build(path)
    doc = docx_loader.load(path)
    assert doc.elements == [
        Line("某县2024年政府信息公开工作年度报告", heading_level=0),
        Line("一、总体情况", heading_level=1),
        Line("2024年，全县共受理申请12件。"),
        Grid((("信息内容", "本年处理决定数量", None), ("行政许可", "5", "7"))),
        Line("第一行"),
        Line("第二行"),
        Line("（一）主动公开", heading_level=2),
    ]
    assert doc.hints == {"title": "某县2024年政府信息公开工作年度报告"}


def test_core_title_wins(tmp_path):
    path = tmp_path / "titled.docx"
    build(path, title="核心属性标题")
    assert docx_loader.load(path).hints["title"] == "核心属性标题"


def test_vertical_and_block_merges(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(2, 0)).text = "三、办理结果"
    table.cell(0, 1).merge(table.cell(1, 2)).text = "申请人情况"
    table.cell(2, 1).text = "1"
    table.cell(2, 2).text = "2"
    path = tmp_path / "merges.docx"
    document.save(path)
    (grid,) = grids(docx_loader.load(path))
    assert grid.rows == (
        ("三、办理结果", "申请人情况", None),
        (None, None, None),
        (None, "1", "2"),
    )


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a zip", b"plain text"],
                         ids=["empty", "bad-zip", "text"])
def test_unreadable_docx(tmp_path, content):
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        docx_loader.load(path)
    assert info.value.source == "broken.docx"
    assert info.value.reason.startswith("not a readable DOCX: ")


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(IngestError, match="not a readable DOCX: "):
        docx_loader.load(path)
