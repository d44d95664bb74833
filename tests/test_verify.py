"""verify_answer: every figure of an answer must be stated by a passage it may cite."""

from __future__ import annotations

import random

import pytest

from assistant.model import Passage
from assistant.ask.verify import citation_markers, strip_markers, support_text, verify_answer

HUAIAN = "淮安市人民政府2024年政府信息公开工作年度报告"
PENALTY = Passage(
    text="行政处罚 · 本年处理决定数量: 3985758",
    source="huaian-szf-2024.pdf", title=HUAIAN, body="淮安市人民政府", year=2024,
    section_path=("二、主动公开政府信息情况", "第二十条第（六）项", "行政处罚"), page=3, kind="table",
)
ACTIVE = Passage(
    text="全市共主动公开政府信息45.28万条，其中政策文件1462件，政策解读占比58.5%。",
    source="huaian-szf-2024.pdf", title=HUAIAN, body="淮安市人民政府", year=2024,
    section_path=("一、总体情况", "（一）主动公开"), page=1, kind="prose",
)
REQUESTS = Passage(
    text="全年共收到政府信息公开申请十二件，均在法定期限内答复。",
    source="wuwei-szf-2020.txt", title="武威市人民政府2020年政府信息公开工作年度报告", body="武威市人民政府",
    year=2020, section_path=("三、收到和处理政府信息公开申请情况",), page=None, kind="prose",
)
CITED = {1: PENALTY, 2: ACTIVE}


def test_a_correct_answer_verifies_and_maps_figures_to_citations():
    answer = "淮安市2024年行政处罚本年处理决定数量为3,985,758件[1]，全年主动公开政府信息452800条[2]。"
    result = verify_answer(answer, CITED)
    assert result.ok, result
    assert result.unsupported == []
    # The year is in both titles, so both passages support it.
    assert result.figures_by_citation == {1: ["2024", "3,985,758"], 2: ["2024", "452800"]}


def test_year_is_supported_by_the_title_alone():
    assert verify_answer("2024年淮安市行政处罚3985758件[1]。", {1: PENALTY}).ok
    bare = Passage(**{**PENALTY.__dict__, "title": ""})
    assert verify_answer("2024年淮安市行政处罚3985758件[1]。", {1: bare}).unsupported == ["2024"]


def test_section_path_counts_as_support_text():
    assert support_text(PENALTY) == f"{HUAIAN} 二、主动公开政府信息情况 > 第二十条第（六）项 > 行政处罚 行政处罚 · 本年处理决定数量: 3985758"


@pytest.mark.parametrize("answer,bad", [
    ("行政处罚本年处理决定数量为3985759件[1]。", ["3985759"]),  # one digit off
    ("行政处罚本年处理决定数量为398575件[1]。", ["398575"]),  # a substring of the real figure
    ("主动公开政府信息45.3万条[2]。", ["45.3万"]),  # rounded
    ("政策文件146件[2]。", ["146"]),  # the passage has 1462
    ("政策解读占比58.5万[2]。", ["58.5万"]),  # the passage has 58.5%
    ("政策文件1462件，占比60%[2]。", ["60%"]),
    ("淮安市2023年行政处罚3985758件[1]。", ["2023"]),  # wrong year
    ("合计4438158件[1][2]。", ["4438158"]),  # a sum the model computed is not in any passage
])
def test_a_figure_no_cited_passage_states_fails(answer, bad):
    result = verify_answer(answer, CITED)
    assert not result.ok
    assert result.unsupported == bad


def test_a_figure_from_an_uncited_passage_fails():
    # 3985758 is true (in PENALTY) but only ACTIVE is cited: the answer cannot claim it.
    result = verify_answer("行政处罚本年处理决定数量为3985758件[1]。", {1: ACTIVE})
    assert result.unsupported == ["3985758"]


def test_unknown_citation_marker_fails_even_when_figures_check():
    result = verify_answer("行政处罚本年处理决定数量为3985758件[1][3]。", CITED)
    assert not result.ok
    assert result.unknown_markers == [3]
    assert result.unsupported == []


def test_markers_are_removed_before_figures_are_read():
    # Without removal "[12]" could read as the figure 12, and "件[1]" could glue digits together.
    answer = "收到申请十二件[1]。"
    assert verify_answer(answer, {1: REQUESTS}).ok
    assert not verify_answer("收到申请[12]件。", {1: REQUESTS}).ok  # marker 12 is unknown
    assert strip_markers("3985758[1]2") == "3985758 2"


def test_full_width_markers_and_lists_of_markers():
    assert citation_markers("共3985758件［1］，45.28万条[1, 2]，又见[2、3]") == [1, 2, 3]
    assert verify_answer("共3985758件［1］。", {1: PENALTY}).ok


def test_chinese_and_arabic_forms_support_each_other():
    assert verify_answer("武威市2020年收到申请12件[1]。", {1: REQUESTS}).ok
    assert verify_answer("In 2020 Wuwei received 12 requests (申请) [1].", {1: REQUESTS}).ok
    assert verify_answer("主动公开45.28万条、政策文件一千四百六十二件[1]。", {1: ACTIVE}).ok


def test_page_references_are_not_figures():
    assert verify_answer("行政处罚3985758件（p. 3）[1]。", {1: PENALTY}).ok
    assert verify_answer("行政处罚3985758件（第3页）[1]。", {1: PENALTY}).ok


def test_question_years_count_as_supported_but_not_other_question_figures():
    untitled = Passage(**{**PENALTY.__dict__, "title": ""})
    q = "淮安市2024年行政处罚的本年处理决定数量是多少？"
    assert verify_answer("淮安市2024年行政处罚3985758件[1]。", {1: untitled}, question=q).ok
    # A leading question cannot vouch for its own (wrong) figure.
    leading = "淮安市2024年行政处罚是3985000件吗？"
    result = verify_answer("是的，3985000件[1]。", {1: untitled}, question=leading)
    assert result.unsupported == ["3985000"]


def test_no_figures_and_no_markers_is_ok_and_no_citations_means_nothing_is_supported():
    assert verify_answer("报告未说明该事项。", {}).ok
    result = verify_answer("行政处罚3985758件。", {})
    assert not result.ok and result.unsupported == ["3985758"]


def test_unsupported_figures_are_listed_once_in_order():
    result = verify_answer("共7件，另7件，又8件[1]。", {1: PENALTY})
    assert result.unsupported == ["7", "8"]


def test_headings_and_ordinals_in_the_answer_are_not_figures():
    answer = "一、总体情况\n1. 依据第二十条第（六）项，行政处罚本年处理决定数量为3985758件[1]。\n（1）一是加强统一管理。"
    assert verify_answer(answer, {1: PENALTY}).ok


# Seeded random cases: replacing any figure of a correct answer by a nearby number is caught.
_RNG = random.Random(7)


@pytest.mark.parametrize("delta", [_RNG.choice([-1, 1]) * _RNG.randrange(1, 10**_RNG.randrange(1, 7)) for _ in range(40)])
def test_property_any_changed_figure_is_caught(delta):
    wrong = 3985758 + delta
    for written in (str(wrong), f"{wrong:,}"):
        result = verify_answer(f"淮安市2024年行政处罚{written}件[1]。", {1: PENALTY})
        assert not result.ok and result.unsupported == [written]


def test_only_passages_the_answer_marks_support_its_figures():
    # 45.28万 is in passage 2, but the answer points the reader at passage 1.
    answer = "淮安市2024年主动公开政府信息45.28万条[1]。"
    result = verify_answer(answer, CITED)
    assert not result.ok and result.unsupported == ["45.28万"]
    assert result.figures_by_citation == {1: ["2024"]}
    assert verify_answer(answer, CITED, only_marked=False).ok
    # No marker at all: nothing is cited, so no figure is supported.
    assert verify_answer("行政处罚3985758件。", CITED).unsupported == ["3985758"]
