"""Golden tests of report structure on the real reports in ../shared/eval/docs."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.chunking import passages_for
from assistant.ingest.headings import cn_to_int, split_heading, split_inline_headings
from assistant.ingest.loaders import load_document
from assistant.ingest.loaders.text import lines_to_elements
from assistant.model import RawDocument
from assistant.ingest.structure import parse_report


def parse(path: Path):
    return parse_report(load_document(path))


@pytest.fixture(scope="module")
def huaian(eval_docs):
    return parse(eval_docs / "huaian-szf-2024.pdf")


@pytest.fixture(scope="module")
def wuwei(eval_docs):
    return parse(eval_docs / "wuwei-szf-2020.txt")


def table_passage(passages, *parts):
    hits = [p for p in passages if p.kind == "table" and all(x in p.section for x in parts)]
    assert len(hits) == 1, [p.section for p in hits]
    return hits[0]


def test_pdf_metadata(huaian):
    m = huaian.meta
    assert m.title == "淮安市人民政府2024年政府信息公开工作年度报告"
    assert m.body == "淮安市人民政府"
    assert m.year == 2024
    assert m.compiled_by == "淮安市人民政府办公室"


def test_pdf_six_sections(huaian):
    top = [s.heading for s in huaian.root.children]
    assert [h[:2] for h in top] == ["一、", "二、", "三、", "四、", "五、", "六、"]


def test_pdf_penalty_row_on_its_page(huaian):
    passages = passages_for(huaian)
    p = table_passage(passages, "第二十条第（六）项", "行政处罚")
    assert "本年处理决定数量: 3985758" in p.text
    assert p.page == 4  # the row is printed on page 4 although its block starts on page 3
    assert p.section.startswith("二、主动公开政府信息情况")


def test_pdf_request_table_cells(huaian):
    table = next(t for t in huaian.tables if any("本年新收" in r[0] for r in t.rows))
    assert table.cell("本年新收", "自然人") == "3001"
    assert table.cell("本年新收", "法律服务机构") == "61"
    assert table.cell("本年新收", "总计") == "3119"
    assert table.cell("予以公开", "总计") == "1362"
    # The label broken by the page break ('（四）无' | '法提供') comes out whole.
    assert table.cell("（四）无法提供 > 2.没有现成信息需要另行制作", "总计") == "11"
    assert table.cell("（四）无法提供 > 1.本机关不掌握相关政府信息", "总计") == "769"
    assert table.cell("四、结转下年度继续办理", "总计") == "103"
    # Row labels of the grouped rows carry their group, not the row above's label.
    labels = [table.row_label(i) for i in range(len(table.rows))]
    assert "四、结转下年度继续办理" in labels
    assert "三、本年度办理结果 > （七）总计" in labels


def test_pdf_review_and_litigation_table(huaian):
    passages = passages_for(huaian)
    review = table_passage(passages, "行政复议、行政诉讼", "> 行政复议")
    assert "总计: 351" in review.text
    lawsuits = table_passage(passages, "行政复议、行政诉讼", "> 行政诉讼")
    assert "未经复议直接起诉 > 总计: 26" in lawsuits.text
    assert "复议后起诉 > 总计: 20" in lawsuits.text


def test_seed_metadata_and_noise(wuwei):
    m = wuwei.meta
    assert m.body == "武威市人民政府"
    assert m.doc_number == "武政函〔2021〕20号"
    assert m.published == "2021-03-03"
    assert m.year == 2020
    assert m.title == "武威市2020年度政府信息公开工作年度报告"
    headings = [s.heading for s in wuwei.sections]
    assert not any("文章属性" in h for h in headings)


def test_seed_section_path_holds_figures(wuwei):
    passages = passages_for(wuwei)
    hits = [p for p in passages if "536" in p.text and "2808" in p.text]
    assert hits, "536 and 2808 should sit in one passage"
    assert hits[0].section_path[0] == "一、总体情况"
    assert hits[0].section_path[1].startswith("(一)推进基层政务公开标准化")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig"])
def test_gbk_copy_gives_same_passages(eval_docs, tmp_path, encoding):
    text = (eval_docs / "wuwei-szf-2020.txt").read_text(encoding="utf-8")
    if encoding == "gbk":  # GBK has no NO-BREAK SPACE; the loader reads both as a space anyway
        text = text.replace("\xa0", " ")
    copy_path = tmp_path / "wuwei-szf-2020.txt"
    copy_path.write_bytes(text.encode(encoding))
    original = passages_for(parse(eval_docs / "wuwei-szf-2020.txt"))
    copy = passages_for(parse(copy_path))
    assert [(p.id, p.text, p.section) for p in copy] == [(p.id, p.text, p.section) for p in original]


def test_one_line_report_gets_sections(eval_docs):
    report = parse(eval_docs / "qingshui-xzf-2019.txt")
    assert report.meta.body == "清水县人民政府" and report.meta.year == 2019
    headings = [s.heading for s in report.sections]
    assert "一、总体情况" in headings
    assert any(h.startswith("(一)主动公开政府信息情况") for h in headings)


def test_title_split_over_two_lines(eval_docs):
    report = parse(eval_docs / "xiaogan-szfbgs-2020.txt")
    assert report.meta.title == "孝感市人民政府办公室2020年政府信息公开工作年度报告"
    table = report.tables[0]
    assert table.context == "第二十条第(一)项"
    assert table.cell("规范性文件", "对外公开总数量") == "119"


def test_body_found_without_title(eval_docs):
    assert parse(eval_docs / "changchun-szfbgt-2024.txt").meta.body == "长春市人民政府办公厅"
    assert parse(eval_docs / "wushan-chengguan-2025.txt").meta.body.startswith("武山县城关镇")


def test_pipe_tables_in_text(eval_docs):
    report = parse(eval_docs / "songmutang-zzf-2022.txt")
    cells = {(t.context, c.row_label, c.column_label): c.value for t in report.tables for c in t.cells()}
    assert cells[("第二十条第(六)项", "行政处罚", "本年处理决定数量")] == "9"


@pytest.mark.parametrize("name", [p for p in ["changchun-szfbgt-2024.txt", "dongbao-qzf-2024.txt",
                                               "gaochun-qzf-2022.txt", "huaibei-szfbgs-2022.txt",
                                               "lishui-szf-2024.txt", "taian-szfbgs-2021.txt"]])
def test_every_prose_report_has_body_year_and_sections(eval_docs, name):
    report = parse(eval_docs / name)
    assert report.meta.body and report.meta.year
    assert report.root.children[0].heading == "一、总体情况"


def test_passages_never_cross_sections_and_ids_are_stable(eval_docs):
    for path in sorted(eval_docs.iterdir()):
        first = passages_for(parse(path))
        again = passages_for(parse(path))
        assert [p.id for p in first] == [p.id for p in again]
        assert len({p.id for p in first}) == len(first)
        for p in first:
            assert len(p.text) <= 300 or p.kind == "table" or "。" not in p.text[:-1]


def test_heading_helpers():
    assert cn_to_int("二十六") == 26 and cn_to_int("三千九百四十") == 3940 and cn_to_int("二〇二四") == 2024
    assert split_heading("（一）主动公开情况。2022年，主动公开32条") == ("（一）主动公开情况", "2022年，主动公开32条")
    assert split_heading("一、总体情况") == ("一、总体情况", "")
    # a title glued to the text's first figure: the title ends before the figure, the figure is text
    assert split_heading("（二）政府信息依申请公开情况2025关东街共受理政府信息公开申请21件，结转上年度2件，其中网上申请20件") \
        == ("（二）政府信息依申请公开情况", "2025关东街共受理政府信息公开申请21件，结转上年度2件，其中网上申请20件")
    assert split_heading("（二）2024年重点工作完成情况，全年共计公开12条信息，其中文件3条，另有解读9条等若干项目内容")[0] \
        == "（二）2024年重点工作完成情况"
    assert split_inline_headings("前言。 一、总体情况 正文 (一)主动公开。内容") == \
        ["前言。", "一、总体情况 正文", "(一)主动公开。内容"]


def test_markdown_and_flattened_tables():
    text = "# 测试市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政处罚 | 12 |\n"
    raw = RawDocument(source="t.md", elements=lines_to_elements(text))
    report = parse_report(raw)
    assert report.meta.body == "测试市人民政府"
    assert report.tables[0].cell("行政处罚", "本年处理决定数量") == "12"


# A flattened national-format table as some government pages print it (written for this test):
# heading rows that no longer line up, row labels over one to three cells, blank value cells.
RAGGED = """某县某局2023年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第(六)项 |
信息内容 | 本年处理决定数量 |
行政处罚 | 7 |
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |
自然人 | 法人或其他组织 | 总计 |
商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |
企业 | 机构 |
一、本年新收政府信息公开申请数量 | 5 | 1 | | | 2 | | 8 |
三、本年度办理结果 | (一)予以公开 | 3 | | | | | | 3 |
| (三)不予公开 | 1.属于国家秘密 | 1 | | | | | | 1 |
(四)无法提供 | 1.本机关不掌握相关政府信息 | 1 | 1 | | | 2 | | 4 |
四、结转下年度继续办理 | | | | | | | 0 |
四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |
"""


def test_ragged_flattened_tables_are_read_by_their_values(tmp_path):
    path = tmp_path / "ragged.txt"
    path.write_text(RAGGED, encoding="utf-8")
    report = parse(path)
    cell = {(c.row_label, c.column_label): c.value for t in report.tables for c in t.cells()}
    assert report.tables[0].context == "第二十条第(六)项"
    assert cell[("一、本年新收政府信息公开申请数量", "申请人情况 > 自然人")] == "5"
    assert cell[("一、本年新收政府信息公开申请数量", "申请人情况 > 法人或其他组织 > 法律服务机构")] == "2"
    assert cell[("一、本年新收政府信息公开申请数量", "申请人情况 > 总计")] == "8"
    assert cell[("三、本年度办理结果 > (三)不予公开 > 1.属于国家秘密", "申请人情况 > 总计")] == "1"
    assert cell[("三、本年度办理结果 > (四)无法提供 > 1.本机关不掌握相关政府信息", "申请人情况 > 总计")] == "4"
    assert cell[("四、结转下年度继续办理", "申请人情况 > 总计")] == "0"
    assert cell[("", "行政诉讼 > 未经复议直接起诉 > 总计")] == "1"
    assert cell[("", "行政复议 > 总计")] == "3"


@pytest.mark.parametrize("first, second", [("青溪市审计局2024年政府", "信息公开工作年度报告"),
                                           ("青溪市审计局2024年政府信息公开", "年度报告")])
def test_a_title_broken_over_two_lines_is_one_title_and_a_sentence_citing_the_format_is_none(tmp_path, first, second):
    path = tmp_path / "qingxi-sjj-2024.txt"
    path.write_text(f"{first}\n{second}\n依据《中华人民共和国政府信息公开条例》第五十条和《关于印发中华人民共和国政府信息公开"
                    "工作年度报告格式的通知》规定，编制本报告。\n一、总体情况\n全年主动公开信息120条。\n", encoding="utf-8")
    meta = parse(path).meta
    assert meta.title == first + second and meta.title_stated
    assert meta.body == "青溪市审计局" and meta.year == 2024


def test_a_pages_date_line_and_furniture_are_metadata_not_passages():
    """A crawled page's header lines ('发布时间:…', '访问次数:', '字体大小:大 中 小') are no prose
    of the report: the date is read as published, the rest dropped (no '2023-01-19 16:38' figures)."""
    text = ("发布时间:2023-01-19 16:38\n信息来源:县政府办公室\n访问次数:\n字体大小:大 中 小\n"
            "青溪县人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n")
    report = parse_report(RawDocument(source="t.txt", elements=lines_to_elements(text)))
    assert report.meta.published == "2023-01-19"
    texts = [p.text for p in passages_for(report)]
    assert not any("发布时间" in t or "访问次数" in t or "字体大小" in t for t in texts)
    assert any("120条" in t for t in texts)


def test_a_pages_line_of_fields_is_metadata_not_a_passage():
    """'更新时间:… 发布时间:… 来源:…' on one line was quoted as a statement (its times read as figures)."""
    text = ("青溪县人民政府2022年政府信息公开工作年度报告\n"
            "更新时间:2023-12-26 16:09 发布时间:2023-02-02 15:00 来源:青溪县政务服务和大数据管理局\n"
            "根据《中华人民共和国政府信息公开条例》，编制本报告。\n一、总体情况\n全年主动公开政府信息120条。\n")
    report = parse_report(RawDocument(source="t.txt", elements=lines_to_elements(text)))
    texts = [p.text for p in passages_for(report)]
    assert not any("更新时间" in t or "16:09" in t for t in texts), texts
    assert any("120条" in t for t in texts) and any("编制本报告" in t for t in texts)
    from assistant.ingest.metadata import is_page_fields

    assert is_page_fields("来源: 周口日报 时间: 2021-03-09 14:57:04 访问量:0")
    assert is_page_fields("发布时间:2025-01-20 10:50 来源:区机关事务管理局 选择阅读字号:[ 大 中 小 ]")  # (a type-size control beside)
    assert not is_page_fields("时间：2024年，全年发布信息100条，召开会议3场")


def test_a_pages_index_block_gives_the_title_and_date_and_is_no_passage():
    """A page's index block: a table whose title cell is labelled '标 题' (the title had come out
    as '标题青溪县审计局…') and whose labels are left without values ('文号 | 发文日期'): the title
    without its label, the labels no passage; the block as fields on a line ('名称: …报告发布机构: …',
    '公开日期: 2023年01月13日公开方式:'): the title without '名称:', the publication date read."""
    text = ("| 文 号 | 发文日期 | ||\n|---|---|---|---|\n| 发布机构 | 有 效 性 | ||\n"
            "| 标 题 | 青溪县审计局2025年政府信息公开工作年度报告 | ||\n"
            "青溪县审计局2025年政府信息公开工作年度报告\n"
            "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n全年主动公开政府信息120条。\n")
    report = parse_report(RawDocument(source="t.txt", elements=lines_to_elements(text)))
    assert report.meta.title == "青溪县审计局2025年政府信息公开工作年度报告"
    texts = [p.text for p in passages_for(report)]
    assert not any("发文日期" in t or "有效性" in t or "标题" in t for t in texts), texts

    text = ("名称: 青溪街道2022年政府信息公开工作年度报告发布机构: 青溪街道办事处\n"
            "公开日期: 2023年01月13日公开方式: 有效\n"
            "按照《中华人民共和国政府信息公开条例》要求，现将本年度报告公布如下。\n一、总体情况\n全年主动公开政府信息120条。\n")
    report = parse_report(RawDocument(source="t.txt", elements=lines_to_elements(text)))
    assert report.meta.title == "青溪街道2022年政府信息公开工作年度报告"
    assert report.meta.published == "2023-01-13"
    # … the block with its values stays prose: it says who published the report, and when
    texts = [p.text for p in passages_for(report)]
    assert any("发布机构: 青溪街道办事处" in t for t in texts) and any("120条" in t for t in texts)


def test_a_pages_field_lines_are_kept_verbatim_for_questions_about_the_page():
    """The lines of a page's fields (dropped from the prose) give the publication date — a label
    whose value is on the next line included — and the index number."""
    text = ("信息来源:\n发布时间:\n2021-02-02 10:20\n索 引 号: 34631641/2026-2355584 发布机构: 青溪新区办公室\n"
            "青溪县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。\n")
    meta = parse_report(RawDocument(source="t.txt", elements=lines_to_elements(text))).meta
    assert meta.published == "2021-02-02" and meta.index_number == "34631641/2026-2355584"
    assert "2021-02-02 10:20" in meta.page_fields and any("索" in x for x in meta.page_fields)
