"""A table cell's figure read from the prose of real reports that print no table (corpus excerpts
of ../shared/eval), and the clauses that must not be read as it: a part of the figure (其中…),
a clause naming another row or a column, a report whose clauses disagree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.ask.cells import Target
from assistant.ask.prose_cells import prose_figure
from assistant.ingest.worker import parse_file
from assistant.model import Passage

NEW = Target("apply", "apply.new", "")
REVIEW = Target("review", "review", "total")


def passages(path):
    return parse_file(path, path.name)[1]


@pytest.mark.parametrize("name, value, clause", [
    ("suizhou-sjj-2021.txt", "0", "受理依申请公开0件"),
    ("enshi-laifeng-zwfwj-2021.txt", "1", "收到政府信息依申请公开办理事项1件"),
    ("guangzhou-panyu-jjkfq-2024.txt", "2", "收到信息公开申请2件"),
    ("huangshi-daye-dongfenglujd-2024.txt", "1", "收到群众依申请公开1件"),
])
def test_new_requests_stated_in_prose(eval_docs, name, value, clause):
    found = prose_figure(NEW, passages(eval_docs.parent / "corpus" / name))
    assert found is not None and found.value == Decimal(value) and clause in found.clause
    assert found.clause in found.passage.text and found.passage.kind == "prose"


def prose(text: str) -> list[Passage]:
    return [Passage(text=text, source="x.txt", title="x", body="x", year=2024, section_path=("一、总体情况",),
                    page=None, kind="prose", id="p1")]


def test_a_part_another_row_or_a_column_is_not_the_figure():
    assert prose_figure(NEW, prose("其中收到申请5件。")) is None  # a part of a figure stated before
    assert prose_figure(NEW, prose("收到自然人申请5件。")) is None  # a column, not the row's total
    assert prose_figure(NEW, prose("收到申请5件并予以公开。")) is None  # two rows in one clause
    assert prose_figure(NEW, prose("共收到申请5件，全年收到申请7件。")) is None  # two values: not for sure
    assert prose_figure(NEW, prose("共收到申请5件。")).value == 5
    assert prose_figure(REVIEW, prose("被申请行政复议3件（结果维持2件、尚未审结1件）。")).value == 3


def test_amounts_and_tables_are_not_read_from_prose():
    fees = Target("art20", "art20.fees", "amount")
    assert prose_figure(fees, prose("全年收取行政事业性收费15294.73万元。")) is None
    row = Passage(text="一、本年新收政府信息公开申请数量 · 总计: 5", source="x.txt", title="x", body="x", year=2024,
                  section_path=("三、",), page=None, kind="table", id="t1")
    assert prose_figure(NEW, [row]) is None


@pytest.fixture(scope="module")
def g(tmp_path_factory, eval_docs):
    from pathlib import Path

    from assistant.service import Gongkai
    from assistant.settings import Settings

    demo = Path(__file__).resolve().parents[1] / "demo"
    corpus = eval_docs.parent / "corpus"
    g = Gongkai(Settings(home=tmp_path_factory.mktemp("prose-cells"), embedder="fake:64"))
    assert g.ingest([demo / "qingxi-szf-2024.md", corpus / "huangshi-daye-dongfenglujd-2024.txt",
                     corpus / "suizhou-sjj-2021.txt", corpus / "enshi-laifeng-zwfwj-2021.txt"]).ok
    return g


def test_two_bodies_without_tables_answered_from_their_text_with_the_cells_words(g):
    a = g.ask("随州市审计局和来凤县政务服务和大数据管理局2021年各收到几件依申请公开？")
    assert a.answered and a.verified
    assert {c.source for c in a.citations} == {"suizhou-sjj-2021.txt", "enshi-laifeng-zwfwj-2021.txt"}
    assert "共0件" in a.answer and "共1件" in a.answer and "据报告正文" in a.answer


def test_a_body_with_the_table_and_one_stating_it_in_prose_are_both_answered_and_compared(g):
    a = g.ask("2024年青溪市人民政府和大冶东风路街道收到的政府信息公开申请谁多？")
    assert a.answered and {c.source for c in a.citations} == {"qingxi-szf-2024.md", "huangshi-daye-dongfenglujd-2024.txt"}
    assert "1278" in a.answer and "1件" in a.answer and "1278 − 1" in a.answer


def test_a_ranking_of_a_year_takes_the_figures_stated_in_prose(g):
    a = g.ask("2024年哪个单位收到的政府信息公开申请最多？")
    assert a.answered and a.answer.index("青溪市人民政府") < a.answer.index("东风路街道")
    assert {c.source for c in a.citations} == {"qingxi-szf-2024.md", "huangshi-daye-dongfenglujd-2024.txt"}


def test_a_report_stating_neither_is_said_not_to_and_nothing_is_computed(g):
    a = g.ask("2024年青溪市人民政府和大冶东风路街道的政府信息公开行政复议谁多？")
    # (a comparison one of whose reports does not state the figure is refused, naming that report: what is asked is
    # not known — TUNING.arithmetic_unknown_refused, as the prose path refuses it)
    assert not a.answered and "东风路街道" in a.answer and "报告没有说明这一点" in a.answer, a.answer
    assert not a.citations and a.series is None and "61" not in a.answer


def test_a_report_whose_table_lacks_the_cell_is_said_so_and_the_other_is_answered(tmp_path, eval_docs):
    from pathlib import Path

    from assistant.service import Gongkai
    from assistant.settings import Settings

    demo = Path(__file__).resolve().parents[1] / "demo"
    g = Gongkai(Settings(home=tmp_path, embedder="fake:64"))
    assert g.ingest([demo / "qingxi-szf-2022.md", eval_docs / "xiaogan-szfbgs-2020.txt"]).ok
    # 规章 现行有效件数 is a column of the 2021 format; 孝感 2020 prints the 2019 one.
    a = g.ask("孝感市政府办2020年和青溪市人民政府2022年的规章现行有效件数各是多少？")
    assert a.answered and a.mode == "facts" and "72件" in a.answer and "没有这一项" in a.answer
    assert {c.source for c in a.citations} == {"qingxi-szf-2022.md"} and a.series is None


@pytest.mark.parametrize("text, target", [
    ("2022年，我镇未收到政府信息公开申请。", "new"),
    ("2024年,中心未收到公民、法人或其他组织要求公开政府信息的申请。", "new"),
    ("2025年未发生政务公开相关行政复议或行政诉讼。", "review"),
    ("2025年未发生政务公开相关行政复议或行政诉讼。", "lawsuit"),
])
def test_none_said_in_words_is_zero(text, target):
    targets = {"new": NEW, "review": REVIEW, "lawsuit": Target("review", "lawsuit", "", True)}
    found = prose_figure(targets[target], prose(text))
    assert found is not None and found.value == 0 and found.none


@pytest.mark.parametrize("text, target", [
    ("全年未发生因政府信息公开申请行政复议、行政诉讼的情况。", NEW),  # reconsiderations, not requests
    ("没有收到相关工作的投诉、举报。", NEW),  # no requests named
    ("未收到申请，未予公开。", Target("apply", "apply.result.granted", "")),  # a result is never 'none' by these words
    ("未收到依申请公开申请5件。", NEW),  # a figure: not said in words
    ("其中未收到法人申请。", NEW),  # a part
    ("全年无行政复议、行政诉讼纠错案件。", REVIEW),  # none corrected: says nothing of how many cases
    ("未发生被行政复议纠错或败诉情况。", REVIEW),
])
def test_none_is_read_only_for_the_rows_it_names(text, target):
    found = prose_figure(target, prose(text))
    assert found is None or not found.none


def test_a_zero_said_in_words_verifies_only_against_its_clause():
    from assistant.ask.cells import CellPlan
    from assistant.ask.table_answer import Figure, _Citer, verify_figures
    from assistant.national.facts import FactTable

    found = prose_figure(NEW, prose("2022年，我镇未收到政府信息公开申请。"))
    figure = Figure(NEW, "x.txt", Decimal(0), prose=found)
    citer = _Citer()
    marker = citer.markers(figure)
    table = FactTable([], [])
    assert verify_figures(f"本年新收的政府信息公开申请共0件{marker}", [figure], citer, table)
    forged = Figure(NEW, "x.txt", Decimal(0), prose=type(found)(Decimal(0), "件", found.passage, "我镇收到政府信息公开申请", True))
    assert not verify_figures(f"本年新收的政府信息公开申请共0件{citer.markers(forged)}", [forged], citer, table)


def test_a_figure_of_several_kinds_of_applicant_is_no_one_columns():
    legal = Target("apply", "apply.new", "legal_person", column_group=True)
    assert prose_figure(legal, prose("全年收到公民和法人或其他组织政府信息公开申请共32件。")) is None
    assert prose_figure(legal, prose("收到法人或其他组织申请3件。")).value == 3
