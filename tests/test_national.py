"""The three national statistics tables as data: the schema, extraction from every layout, the
arithmetic, and bad input. Real reports are read from ../shared/eval; the filled tables are the
real blank format (../shared/eval/templates) with invented figures (tests/national_renderings.py)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.ingest.loaders import load_document
from assistant.ingest.structure import parse_report
from assistant.model import Grid, Line, RawDocument, plain_number
from assistant.national.arithmetic import parse_value, split_run
from assistant.national.extract import read_facts
from assistant.national.schema import is_table_row, national_format, norm_label, split_markers

import national_renderings as nr

GOLDEN = Path(__file__).parent / "golden" / "huaian-szf-2024.facts.json"


def facts_of(path: Path):
    return read_facts(parse_report(load_document(path)))


def values(facts) -> dict[str, Decimal | None]:
    return {f.key: f.value for f in facts}


# --------------------------------------------------------------------------- the schema


def test_every_key_resolves_to_its_cell_and_is_unique():
    fmt = national_format()
    keys = [c.key for c in fmt.cells()]
    assert len(keys) == len(set(keys)) > 200
    for key in keys:
        spec = fmt.cell(key)
        assert spec is not None and spec.key == key
        assert spec.row.zh and spec.column.zh and spec.row.en and spec.column.en
    assert fmt.cell("apply.result.partial.total").label_zh == "部分公开（总计）"
    assert fmt.cell("art20.fees.amount").unit == "万元"
    assert fmt.cell("apply.nothing.total") is None


def test_every_label_of_the_blank_national_format_maps_to_the_schema(eval_docs):
    """The real template's printed row labels and column headings are all the schema's."""
    import docx

    from assistant.national.extract import _match_column, _match_row

    template = eval_docs.parent / "templates" / "national-format-template.docx"
    art20, apply, review = docx.Document(str(template)).tables[:3]
    fmt = national_format()
    for row in apply.rows[3:]:
        labels = list(dict.fromkeys(c.text.strip() for c in row.cells[:3]))
        assert _match_row(labels, fmt.tables["apply"], []) is not None, labels
    leaves = [c.text.strip().replace("\n", "") for c in apply.rows[2].cells[3:]]
    columns = [_match_column(leaf, fmt.tables["apply"], tuple(fmt.tables["apply"].columns)) for leaf in leaves]
    assert columns == list(fmt.tables["apply"].columns)
    for row in art20.rows:
        label = row.cells[0].text.strip()
        if label in ("信息内容",) or label.startswith("第二十条"):
            continue
        assert _match_row([label], fmt.tables["art20"], []) is not None, label
    headings = [c.text.replace("\n", "") for c in review.rows[2].cells]
    assert [_match_column(h, fmt.tables["review"], tuple(fmt.tables["review"].columns)) for h in headings] == \
        list(fmt.tables["review"].columns) * 3


def test_labels_are_compared_without_markers_spaces_or_quotes():
    assert norm_label("（二）部分公开") == norm_label("(二) 部分 公开") == "部分公开"
    assert norm_label("3.危及“三安全一稳定”") == "危及三安全一稳定"
    assert split_markers("三、本年度办理结果（一）予以公开") == ["三、本年度办理结果", "（一）予以公开"]
    assert is_table_row("一、本年新收政府信息公开申请数量 12 3 0")
    assert is_table_row("四、结转下年度继续办理")
    assert not is_table_row("一、总体情况")
    assert not is_table_row("三、收到和处理政府信息公开申请情况")


# --------------------------------------------------------------------------- a real PDF


def test_huaian_pdf_matches_the_golden_cells(eval_docs):
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))["cells"]
    facts, findings, stats = facts_of(eval_docs / "huaian-szf-2024.pdf")
    got = {f.key: {"value": plain_number(f.value), "page": f.page} for f in facts}
    assert len(golden) >= 100
    assert got == golden
    assert findings == [] and stats.identities_checked >= 40


def test_table_cells_are_filed_under_the_heading_before_the_table(eval_docs):
    facts, _, _ = facts_of(eval_docs / "huaian-szf-2024.pdf")
    sections = {f.key.split(".")[0]: f.section for f in facts}
    assert sections["art20"].startswith("二、主动公开政府信息情况")
    assert sections["apply"].startswith("三、收到和处理政府信息公开申请情况")
    assert sections["review"].startswith("四、政府信息公开行政复议、行政诉讼情况")


# --------------------------------------------------------------------------- every layout


@pytest.fixture(scope="module")
def renderings(eval_docs, tmp_path_factory):
    folder = tmp_path_factory.mktemp("national")
    expected = nr.figures(seed=11)
    docx_path = folder / "qinglan-xzf-2024.docx"
    nr.fill_template(eval_docs.parent / "templates" / "national-format-template.docx", docx_path, expected)
    paths = {"docx": docx_path}
    for kind, render in (("html", nr.to_html), ("pipe", nr.to_pipe_text), ("cells", nr.to_cell_per_line_text),
                         ("run", nr.to_run_together_text)):
        paths[kind] = folder / f"qinglan-xzf-2024-{kind}.{'html' if kind == 'html' else 'txt'}"
        render(docx_path, paths[kind])
    return expected, paths


@pytest.mark.parametrize("kind", ["docx", "html", "pipe", "cells"])
def test_every_cell_of_a_filled_national_table_is_read(renderings, kind):
    expected, paths = renderings
    facts, findings, stats = facts_of(paths[kind])
    got = values(facts)
    assert {k: float(v) for k, v in got.items()} == {k: float(v) for k, v in expected.items()}
    assert findings == [] and stats.identities_checked == 42


def test_run_together_digits_are_split_by_the_arithmetic_and_never_guessed(renderings):
    expected, paths = renderings
    facts, findings, _ = facts_of(paths["run"])
    got = values(facts)
    wrong = {k: v for k, v in got.items() if v is not None and float(v) != float(expected[k])}
    assert wrong == {}
    read = [k for k, v in got.items() if v is not None]
    assert len(read) >= 180  # art20's three-number rows have no identity: ambiguous runs stay unreadable
    unreadable = [f for f in facts if f.value is None]
    assert all("digit run" in f.note for f in unreadable)
    assert {k for f in findings if f.identity == "unreadable" for k in f.keys} == {f.key for f in unreadable}


def test_the_issue_example_digit_run():
    """本年新收政府信息公开申请数量12030000123 is 120, 3, 0, 0, 0, 0, 123."""
    assert split_run("12030000123", [7]) == [[120, 3, 0, 0, 0, 0, 123]]
    raw = RawDocument("run-2024.txt", [Line("三、收到和处理政府信息公开申请情况"),
                                       Line("本年新收政府信息公开申请数量12030000123")])
    facts, _, _ = read_facts(parse_report(raw))
    got = values(facts)
    assert [got[f"apply.new.{c}"] for c in national_format().tables["apply"].columns] == \
        [Decimal(x) for x in (120, 3, 0, 0, 0, 0, 123)]
    assert all("digit run" in f.note for f in facts)


def test_a_digit_run_with_two_readings_is_unreadable():
    assert len(split_run("1122", [1, 1, 1])) > 1
    raw = RawDocument("art20-2024.txt", [Line("二、主动公开政府信息情况"), Line("第二十条第（一）项"),
                                         Line("规章1122")])
    facts, findings, _ = read_facts(parse_report(raw))
    assert {f.key for f in facts} == {"art20.rules.issued", "art20.rules.repealed", "art20.rules.in_force"}
    assert all(f.value is None for f in facts)
    assert any(f.identity == "unreadable" for f in findings)


def test_prose_figures_are_not_table_cells():
    raw = RawDocument("prose-2024.txt", [
        Line("三、收到和处理政府信息公开申请情况"),
        Line("本年新收政府信息公开申请1234567件，予以公开50件，部分公开9件。"),
        Line("予以公开 1200000件")])
    facts, _, _ = read_facts(parse_report(raw))
    assert facts == []


# --------------------------------------------------------------------------- the arithmetic


def _apply_grid(rows: list[list[str]]) -> RawDocument:
    header = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] * 3 + ["申请人情况"] * 7,
              [None, None, None, "自然人", "法人或其他组织", None, None, None, None, "总计"],
              [None, None, None, "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]]
    return RawDocument("grid-2024.pdf", [Line("三、收到和处理政府信息公开申请情况", page=1),
                                         Grid(tuple(tuple(r) for r in header + rows), page=1)])


def test_a_report_whose_table_does_not_add_up_gets_a_finding():
    rows = [["一、本年新收政府信息公开申请数量", None, None, "10", "1", "0", "0", "0", "0", "12"],  # 10+1 ≠ 12
            ["二、上年结转政府信息公开申请数量", None, None, "0", "0", "0", "0", "0", "0", "0"]]
    facts, findings, stats = read_facts(parse_report(_apply_grid(rows)))
    row_total = [f for f in findings if f.identity == "apply.row_total"]
    assert len(row_total) == 1
    assert row_total[0].left == 12 and row_total[0].right == 11
    assert "apply.new.total" in row_total[0].keys and "本年新收" in row_total[0].description
    assert values(facts)["apply.new.total"] == 12  # the report's own figure, as printed
    assert stats.identities_failed == 1


@pytest.mark.parametrize("cell, why", [("十二", "not a number"), ("-3", "negative"), ("1000000000", "implausibly"),
                                       ("3.5", "fraction"), ("12件x", "not a number")])
def test_bad_cells_are_unreadable_with_a_reason(cell, why):
    value, note = parse_value(cell)
    assert value is None and why in note
    rows = [["一、本年新收政府信息公开申请数量", None, None, cell, "1", "0", "0", "0", "0", "12"],
            ["二、上年结转政府信息公开申请数量", None, None, "0", "0", "0", "0", "0", "0", "0"]]
    facts, findings, _ = read_facts(parse_report(_apply_grid(rows)))
    assert values(facts)["apply.new.natural_person"] is None
    assert values(facts)["apply.new.commercial"] == 1
    assert any(f.identity == "unreadable" and "apply.new.natural_person" in f.keys for f in findings)


def test_placeholders_are_zero_and_signed_changes_are_kept():
    assert parse_value("—") == (Decimal(0), "")
    assert parse_value("3,985,758") == (Decimal(3985758), "")
    assert parse_value("+2", signed=True) == (Decimal(2), "")
    assert parse_value("-1", signed=True) == (Decimal(-1), "")
    assert parse_value("96171.6", unit="万元") == (Decimal("96171.6"), "")


def test_missing_and_extra_columns_never_shift_values():
    # Without the 其他 column: the other six still land in their columns, and a finding says what is missing.
    header = [["", "申请人情况", None, None, None, None, None],
              ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计"]]
    rows = [["一、本年新收政府信息公开申请数量", "10", "1", "0", "0", "2", "13"]]
    raw = RawDocument("six-2024.pdf", [Line("三、收到和处理政府信息公开申请情况", page=1),
                                       Grid(tuple(tuple(r) for r in header + rows), page=1)])
    facts, findings, _ = read_facts(parse_report(raw))
    got = values(facts)
    assert got["apply.new.natural_person"] == 10 and got["apply.new.legal_services"] == 2 and got["apply.new.total"] == 13
    assert "apply.new.other_org" not in got
    assert any(f.identity == "missing" and "apply.new.other_org" in f.keys for f in findings)
    # An extra column the format does not have (a 法人 subtotal) is ignored, not read as 商业企业.
    header = [["", "申请人情况", None, None, None, None, None, None, None],
              ["", "自然人", "法人或其他组织小计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]]
    rows = [["一、本年新收政府信息公开申请数量", "10", "3", "1", "0", "0", "2", "0", "13"]]
    raw = RawDocument("eight-2024.pdf", [Line("三、收到和处理政府信息公开申请情况", page=1),
                                         Grid(tuple(tuple(r) for r in header + rows), page=1)])
    got = values(read_facts(parse_report(raw))[0])
    assert got["apply.new.commercial"] == 1 and got["apply.new.legal_services"] == 2 and got["apply.new.total"] == 13


def test_the_older_2019_format_is_read_with_its_own_columns(eval_docs):
    facts, _, _ = facts_of(eval_docs / "wuhai-gxj-2020.txt")
    got = values(facts)
    assert got["art20.other_services.change"] == 2 and got["art20.penalty.change"] == -1
    assert got["art20.penalty.previous_items"] == 25 and got["art20.other_services.decisions"] == 114


def test_a_table_cut_off_at_the_end_of_an_excerpt_keeps_the_whole_cells_of_its_last_row(eval_docs):
    # The file ends '其他主动公开文件 | 56 | 45 ': 56 is closed by a separator, 45 by the space this
    # table writes before each separator; the third cell was cut off and is not guessed.
    got = values(facts_of(eval_docs / "xiaogan-szfbgs-2020.txt")[0])
    assert got["art20.normative_docs.published_total"] == 119
    assert got["art20.other_docs.made"] == 56 and got["art20.other_docs.published"] == 45
    assert "art20.other_docs.published_total" not in got


@pytest.mark.parametrize("text, kept", [
    ("规章 | 2 | 2 | 3 |\n规范性文件 | 11 | 11 | 119 |\n其他主动公开文件 | 56 | 45 ", ("56", "45", "")),
    ("规章 | 2 | 2 | 3 |\n规范性文件 | 11 | 11 | 119 |\n其他主动公开文件 | 56 | 45", ("56", "", "")),  # 45 may be 45x
    ("规章|2|2|3|\n规范性文件|11|11|119|\n其他主动公开文件|56|45 ", ("56", "", "")),  # no space before '|' here
])
def test_a_cut_last_row_keeps_only_the_cells_known_whole(text, kept):
    from assistant.ingest.loaders.text import lines_to_elements

    grid = [e for e in lines_to_elements(text) if isinstance(e, Grid)][0]
    assert grid.rows[-1] == ("其他主动公开文件", *kept)


def test_a_heading_inside_a_table_frame_files_the_table_under_it():
    """A PDF whose table box starts above the section heading gives the heading as the grid's
    first row: the table's cells belong to that section, not to the one before it."""
    grid = Grid((("二、主动公开政府信息情况", None, None, None),
                 ("第二十条第（一）项", None, None, None),
                 ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                 ("规章", "1", "0", "11"),
                 ("行政规范性文件", "8", "26", "66")), page=3)
    raw = RawDocument("frame-2024.pdf", [Line("一、总体情况", page=2), Line("（二）依申请公开情况", page=2),
                                         Line("本年度共收到申请100件。", page=2), grid])
    report = parse_report(raw)
    facts, _, _ = read_facts(report)
    assert {f.section for f in facts} == {"二、主动公开政府信息情况 > 第二十条第（一）项"}
    assert values(facts)["art20.normative_docs.repealed"] == 26
    assert [s.heading for s in report.sections][:3] == ["一、总体情况", "（二）依申请公开情况", "二、主动公开政府信息情况"]
