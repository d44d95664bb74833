"""Source-view boxes survive the bounds on passages: a piece cut from an over-long sentence keeps
the boxes of the lines it was cut from, each part of a table row split at its cells keeps the
boxes of its own cells, and a paragraph joined from wrapped lines keeps each line's offset."""

from __future__ import annotations

import pickle

import pdfplumber

from assistant.ingest import worker as workers
from assistant.ingest.chunking import MAX_CHARS, MAX_ROW_CHARS, passages_for
from assistant.ingest.limits import DEFAULT
from assistant.ingest.structure import parse_report
from assistant.model import Grid, Line, RawDocument, Report, ReportMeta, Section, Table

from pdfmake import pdf, text

# One sentence of about 700 characters (clause marks, no sentence end), printed 30 to a line.
CLAUSES = "".join(f"第{i}批政务公开材料已经逐项核对并录入系统，" for i in range(1, 36))
LINES = [CLAUSES[i:i + 30] for i in range(0, len(CLAUSES), 30)]


def test_pieces_of_a_long_sentence_keep_their_own_lines(tmp_path):
    path = tmp_path / "run-on.pdf"
    ops = text(72, 790, "一、总体情况", 14) + "".join(text(72, 760 - 20 * i, line) for i, line in enumerate(LINES))
    path.write_bytes(pdf([ops]))
    worker = workers.borrow()  # the real path: the passages come back from the worker pickled
    try:
        parsed = worker.parse(path, path.name, DEFAULT)
    finally:
        workers.give_back(worker)
    prose = [p for p in parsed.passages if p.kind == "prose"]
    assert len(prose) >= len(CLAUSES) // MAX_CHARS and all(len(p.text) <= MAX_CHARS for p in prose)
    assert "".join(p.text for p in prose) == CLAUSES
    with pdfplumber.open(path) as doc:
        page = doc.pages[0]
        for passage in prose:
            assert pickle.loads(pickle.dumps(passage)) == passage
            spans = [b["o"] for b in passage.boxes]
            # The spans run through the passage's text in order, line by line, leaving nothing out.
            assert spans[0][0] == 0 and spans[-1][1] == len(passage.text)
            assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
            for box in passage.boxes:
                printed = page.crop(box["b"]).extract_text().replace("\n", "")
                assert box["p"] == 1 and passage.text[box["o"][0]:box["o"][1]] in printed


def _table(values: list[str]) -> Table:
    columns = len(values)
    header = ["信息内容"] + [f"第{c}项数量" for c in range(columns)]
    boxes = [(10.0 * c, 100.0, 10.0 * c + 10, 120.0) for c in range(columns + 1)]
    return Table(context="第二十条第（六）项", header_rows=[header], rows=[["行政处罚"] + values],
                 page=2, row_pages=[2], row_boxes=[boxes])


def _passages(table: Table):
    section = Section(heading="二、主动公开政府信息情况", level=1)
    section.add_table(table)
    report = Report(meta=ReportMeta(source="t.pdf", title="t"), root=Section(heading="", level=0, children=[section]))
    return passages_for(report)


def test_each_part_of_a_split_row_keeps_its_own_cells_boxes():
    passages = _passages(_table([str(1000 + c) for c in range(300)]))
    assert len(passages) > 1 and all(len(p.text) <= MAX_ROW_CHARS for p in passages)
    seen = []
    for p in passages:
        label, *cells = p.boxes
        assert label == {"p": 2, "b": [0.0, 100.0, 10.0, 120.0], "t": "行政处罚", "label": 1}
        values = [item.split(": ")[1] for item in p.text.split(" · ", 1)[1].split("; ")]
        assert [b["t"] for b in cells] == values  # its own cells, in the order of its text
        for b in cells:
            column = int(b["t"]) - 1000 + 1
            assert b["b"] == [10.0 * column, 100.0, 10.0 * column + 10, 120.0]
        seen += values
    assert seen == [str(1000 + c) for c in range(300)]


def test_a_cell_cut_across_parts_gives_its_box_to_each():
    passages = _passages(_table(["1", "说明" * 1200, "2"]))
    long_box = [20.0, 100.0, 30.0, 120.0]  # the second value column
    holding = [p for p in passages if "说明" in p.text]
    assert len(holding) >= 3  # 2,400 characters: cut over three parts at least
    for p in passages:
        assert any(b["b"] == long_box for b in p.boxes) == (p in holding)
    assert passages[0].boxes[1]["t"] == "1" and passages[-1].boxes[-1]["t"] == "2"


def test_a_joined_paragraph_keeps_each_lines_offset_and_box():
    lines = ["本年度共收到政府信息公开申请一百二十件其中予以公开", "一百件不予公开二十件具体如下表所示下表列出各项",
             "以上数据均截至年底统计口径与上年相同"]
    boxes = [(72.0, 100.0 + 20 * i, 500.0, 114.0 + 20 * i) for i in range(3)]
    raw = RawDocument(source="t.pdf", elements=[Line("一、总体情况", page=1)]
                      + [Line(line, page=1, bbox=box) for line, box in zip(lines[:2], boxes)]
                      + [Grid((("信息内容", "本年处理决定数量"), ("行政处罚", "12")), page=1),
                         Line(lines[2], page=2, bbox=boxes[2])])
    (section,) = parse_report(raw).root.children
    first, second = section.paragraphs
    assert first.text == lines[0] + lines[1]
    assert first.lines == ((0, 1, boxes[0]), (len(lines[0]), 1, boxes[1]))
    assert second.lines == ((0, 2, boxes[2]),)
