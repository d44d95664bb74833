"""What is left of a whole once a part is taken out ('X里，除了Y，其他的有多少'), over one report's text:
the whole and the part each one clause's figure, the whole the count whose breakdown holds the part,
the remainder shown with its arithmetic; a question that adds things after '不算Y' is a sum."""

from __future__ import annotations

import pytest

from assistant.ask.prose_remainder import split_remainder
from conftest import index_of_texts

REPORT = ("白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，通过政府网站主动公开各类政务信息3000条,"
          "通知公告类300条,政务动态类1200条,信息公开目录1500条。门户网站年度发布信息16000条(概况类200条、政务动态5800条、"
          "信息公开目录10000条)。\n")


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    return index_of_texts(tmp_path_factory.mktemp("rest"), tmp_path_factory.mktemp("rest-home"), {"baisha-2024.txt": REPORT})


@pytest.mark.parametrize("question, said", [
    ("白沙县2024年政府网站主动公开的那三千条政务信息里，政务动态之外的有多少条？", "除此以外还有1800条（3000 − 1200）"),
    ("白沙县2024年门户网站年度发布的一万六千条信息，刨掉概况类，剩下的有多少条？", "除此以外还有15800条（16000 − 200）"),
])
def test_what_is_left_of_a_whole_is_the_whole_less_the_part(g, question, said):
    a = g.ask(question)
    assert a.answered and said in a.answer, a.answer


def test_things_added_after_a_part_left_out_are_a_sum_not_a_remainder():
    assert split_remainder("黄埔区2022年公开的执法办件里，不算行政处罚，行政许可加行政强制有多少件？") is None
    assert split_remainder("白沙县2024年政府网站的政务信息里，除了政务动态以外的还有多少条？") == (
        "政务动态", "白沙县2024年政府网站的政务信息有多少条")


def test_a_part_the_report_does_not_state_leaves_nothing_computed(g):
    a = g.ask("白沙县2024年政府网站主动公开的政务信息里，除了新闻发布会以外的还有多少条？")
    assert "除此以外" not in a.answer and "−" not in a.answer, a.answer


def test_what_did_not_go_out_one_way_is_the_rest_never_that_ways_figure(tmp_path):
    """'…的信息里，不是通过网站、直播这些线上平台发的有几条': the whole less the part named after 不是; asked with no
    whole before it, the clause of the way named is no answer (a negated way)."""
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"la-2024.txt": (
        "青山镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n青山镇主动公开政府信息共计145条,其中通过政府门户网站、"
        "直播青山等线上平台公开134条。\n")})
    a = g.ask("青山镇2024年主动公开的信息里，不是通过网站、直播青山这些线上平台发的有几条？")
    assert a.answered and "除此以外还有11条（145 − 134）" in a.answer, a.answer
    b = g.ask("青山镇2024年不是通过线上平台公开的信息有几条？")
    assert "134条" not in b.answer or "145 − 134" in b.answer, b.answer


def test_what_did_not_come_in_one_way_with_a_bracket_is_the_rest(tmp_path):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"qb-2024.txt": (
        "青山县人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n本年度新收政府信息公开申请343件，其中到受理窗口"
        "当面提交58件。\n")})
    a = g.ask("青山县政府办公室2024年新收的申请里，不是到窗口当面交的（网上加信函）一共多少件？")
    assert a.answered and "（343 − 58）" in a.answer and "285" in a.answer, a.answer
