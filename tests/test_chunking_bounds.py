"""Every passage is bounded, whatever the punctuation of the text it comes from; and reading a
run-on file or a wide table takes time in proportion to its size."""

from __future__ import annotations

import re

from assistant.ingest.chunking import MAX_CHARS, MAX_LABEL, MAX_ROW_CHARS, bounded, passages_for
from assistant.ingest.loaders.text import lines_to_elements
from assistant.ingest.structure import parse_report
from assistant.model import Grid, Line, RawDocument, Report, ReportMeta, Section, Table

FIGURES = re.compile(r"\d[\d,.]*\d(?:万|亿)?|\d")
RUN_ON = "本机关依法依规做好政府信息公开工作共收到申请3,985,758件其中45.28万件予以公开"


def report_of(text: str) -> Report:
    return parse_report(RawDocument(source="t.txt", elements=lines_to_elements(text)))


def prose(report: Report) -> list[str]:
    return [p.text for p in passages_for(report) if p.kind == "prose"]


def test_run_on_prose_is_cut_into_bounded_passages_losing_nothing():
    body = RUN_ON * 400  # 18,000 characters, no sentence or clause end anywhere
    texts = prose(report_of("一、总体情况\n" + body))
    assert len(texts) >= len(body) // MAX_CHARS
    assert all(len(t) <= MAX_CHARS for t in texts)
    assert "".join(texts) == body


def test_cuts_never_fall_inside_a_figure():
    body = RUN_ON * 400
    texts = prose(report_of("一、总体情况\n" + body))
    found = [m.group() for t in texts for m in FIGURES.finditer(t)]
    assert found == FIGURES.findall(body)  # every figure whole, none split into two
    assert found.count("3,985,758") == 400 and found.count("45.28万") == 400


def test_an_over_long_sentence_is_split_at_its_clauses_first():
    clause = "本机关全年共办理依申请公开事项，"  # 16 characters ending in a clause mark
    sentence = clause * 40 + "均已按期答复。"
    pieces = bounded(sentence, MAX_CHARS)
    assert len(pieces) > 1 and "".join(pieces) == sentence
    assert all(len(p) <= MAX_CHARS for p in pieces)
    assert all(p.endswith("，") for p in pieces[:-1])


def test_a_comma_inside_a_figure_is_no_clause_end():
    sentence = "共收到申请3,985,758件" * 30
    pieces = bounded(sentence, 100)
    assert all(len(p) <= 100 for p in pieces)
    assert sum(p.count("3,985,758") for p in pieces) == 30


def test_english_is_cut_between_words():
    sentence = " ".join(["disclosure"] * 200)
    pieces = bounded(sentence, MAX_CHARS)
    assert all(len(p) <= MAX_CHARS for p in pieces)
    assert all(word == "disclosure" for p in pieces for word in p.split())


def test_short_text_and_normal_reports_are_left_alone():
    assert bounded("本年度共收到申请12件。", MAX_CHARS) == ["本年度共收到申请12件。"]
    texts = prose(report_of("一、总体情况\n本年度共收到申请12件。其中予以公开10件。\n"))
    assert texts == ["本年度共收到申请12件。其中予以公开10件。"]


def _wide_table(columns: int, label: str = "行政处罚") -> Table:
    header = ["信息内容"] + [f"第{c}项数量" for c in range(columns)]
    return Table(context="第二十条第（六）项", header_rows=[header],
                 rows=[[label] + [str(1000 + c) for c in range(columns)]])


def _report_with(table: Table) -> Report:
    section = Section(heading="二、主动公开政府信息情况", level=1)
    section.add_table(table)
    root = Section(heading="", level=0, children=[section])
    return Report(meta=ReportMeta(source="t.txt", title="t"), root=root)


def test_a_wide_table_row_is_split_at_its_cells_each_part_labelled():
    passages = passages_for(_report_with(_wide_table(300)))
    assert len(passages) > 1
    assert all(len(p.text) <= MAX_ROW_CHARS for p in passages)
    assert all(p.text.startswith("行政处罚 · ") for p in passages)
    cells = [item for p in passages for item in p.text.split(" · ", 1)[1].split("; ")]
    assert cells == [f"第{c}项数量: {1000 + c}" for c in range(300)]
    assert len({p.id for p in passages}) == len(passages)


def test_a_huge_label_is_shortened_in_the_path_and_the_passage():
    passages = passages_for(_report_with(_wide_table(3, label="标" * 5000)))
    assert passages and all(len(part) <= MAX_LABEL for p in passages for part in p.section_path)
    assert all(len(p.text) <= MAX_ROW_CHARS for p in passages)


def test_a_normal_row_is_one_passage():
    (passage,) = passages_for(_report_with(_wide_table(3)))
    assert passage.text == "行政处罚 · 第0项数量: 1000; 第1项数量: 1001; 第2项数量: 1002"


def test_many_rows_chunk_each_into_one_passage():
    header = ["信息内容"] + [f"列{c}" for c in range(20)]
    rows = [[f"行{r}"] + [str(r * c) for c in range(20)] for r in range(2000)]
    table = Table(context="", header_rows=[header], rows=rows)
    # Asking every row for its cells by a pass over all cells took about a minute here (speed is
    # bench/ingest.py's to measure; this checks the rows come out whole).
    passages = passages_for(_report_with(table))
    assert len(passages) == 2000


def test_a_paragraph_of_many_wrapped_lines_is_joined_into_one():
    lines = [RUN_ON[:60]] * 20_000  # 1.2 M characters of unterminated lines: one paragraph
    raw = RawDocument(source="t.pdf", elements=[Line("一、总体情况", page=1)] +
                      [Line(line, page=1) for line in lines])
    report = parse_report(raw)  # (speed is bench/ingest.py's to measure; re-joining at every line
    (section,) = report.root.children  # copied ~12 G characters here)
    assert [p.text for p in section.paragraphs] == ["".join(lines)]


def test_a_grid_still_closes_the_paragraph_before_it():
    raw = RawDocument(source="t.pdf", elements=[
        Line("一、总体情况", page=1), Line("本年度共收到政府信息公开申请一百二十件其中予以公开", page=1),
        Line("一百件不予公开二十件具体如下表所示下表列出各项", page=1),
        Grid((("信息内容", "本年处理决定数量"), ("行政处罚", "12")), page=1),
        Line("以上数据均截至年底统计口径与上年相同并无变化情况", page=1)])
    (section,) = parse_report(raw).root.children
    assert [p.text for p in section.paragraphs] == [
        "本年度共收到政府信息公开申请一百二十件其中予以公开一百件不予公开二十件具体如下表所示下表列出各项",
        "以上数据均截至年底统计口径与上年相同并无变化情况"]
