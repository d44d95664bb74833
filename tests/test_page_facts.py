"""Questions about a report's web page (the day it was published, its index number), answered from
the page's field lines kept at ingest and quoted verbatim; everything else is left to the text."""

from __future__ import annotations

import pytest

from conftest import index_of_texts
from assistant.ask.page_facts import asks_page

QINGXI = ("来源:青溪市发改委 时间:2022-01-19 15:01\n"
          "青溪市发展和改革委员会2021年政府信息公开工作年度报告\n一、总体情况\n2021年，全年主动公开政府信息120条。\n")
JIANGNING = ("名称: 江宁区2020年政府信息公开工作年度报告 发布机构: 县政府办\n"
          "文号: 索引号: 737546075/2021-05694\n公开日期: 2021年01月18日 公开方式: 有效\n"
          "江宁区2020年政府信息公开工作年度报告\n一、总体情况\n2020年，全年主动公开政府信息80条。\n")
QINGXI_2022 = ("来源:青溪市发改委 时间:2023-01-28 09:30\n"
               "青溪市发展和改革委员会2022年政府信息公开工作年度报告\n一、总体情况\n2022年，全年主动公开政府信息140条。\n")
HONGHE = ("红河县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，全年主动公开政府信息60条。\n"
          "红河县人民政府\n2023年1月15日\n")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return index_of_texts(tmp_path_factory.mktemp("pages"), tmp_path_factory.mktemp("pages-home"),
                          {"qingxi-fgw-2021.txt": QINGXI, "jiangning-2020.txt": JIANGNING, "honghe-2022.txt": HONGHE,
                           "qingxi-fgw-2022.txt": QINGXI_2022})


@pytest.mark.parametrize("question, asked", [
    ("福州发改委2021年那份信息公开年报是哪天挂到网上的？", "published"),
    ("木兰县审计局2021年年报的发布日期是哪天？", "published"),
    ("When was the Xincai County government's 2020 report published?", "published"),
    ("武昌区2020年度政府信息公开年报的索引号是多少？", "index"),
    ("What is the index number of Luojiashan Subdistrict's 2022 report?", "index"),
    ("2022年主动公开的信息是什么时候发布的？", ""),  # no report asked about
    ("报告的统计期限是哪天到哪天？", ""),  # the period covered is no publication day
])
def test_what_a_question_asks_of_the_page(question, asked):
    assert asks_page(question) == asked


def test_the_day_published_is_the_pages_quoted_verbatim(pages):
    a = pages.ask("青溪市发改委2021年的信息公开年报是哪天发布的？")
    assert a.answered and "2022-01-19" in a.answer, a.answer
    assert a.citations[0].source == "qingxi-fgw-2021.txt" and a.citations[0].quote == "来源:青溪市发改委时间:2022-01-19 15:01"
    b = pages.ask("江宁区2020年年报是哪天公开的？")
    assert b.answered and "2021年01月18日" in b.answer and "公开日期" in b.citations[0].quote
    c = pages.ask("江宁区2020年政府信息公开年报的索引号是多少？")
    assert c.answered and "737546075/2021-05694" in c.answer
    assert pages.ask("When was Jiangning District's 2020 report published?").answer.count("2021年01月18日") == 1


def test_a_report_whose_page_stated_nothing_is_left_to_its_text(pages):
    a = pages.ask("红河县2022年年报是哪天发布的？")  # no page fields: its sign-off date, from the text
    assert "页面" not in a.answer
    assert not a.answered or "2023年1月15日" in a.answer
    b = pages.ask("红河县2022年年报的索引号是多少？")
    assert not b.answered


def test_the_days_two_reports_were_published_are_each_pages(pages):
    a = pages.ask("青溪市发展和改革委员会2021年和2022年的信息公开年报分别是哪天发布的？")
    assert a.answered and "2022-01-19[1]" in a.answer and "2023-01-28[2]" in a.answer, a.answer
    assert [c.source for c in a.citations] == ["qingxi-fgw-2021.txt", "qingxi-fgw-2022.txt"]
    # one of them stating nothing on its page: not answered for the other alone
    b = pages.ask("青溪市发展和改革委员会和红河县2022年的年报分别是哪天发布的？")
    assert "2023-01-28" not in b.answer or "红河" in b.answer, b.answer
