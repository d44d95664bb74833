"""Questions whose figure a clause beside the right one would give: counts of one thing told apart by
qualifiers the question does not say, a share stated of the whole rather than of the part asked, an
English sum whose things follow its word of summing, a ranking asked by an idiom. Real pipeline, real
index; the reports are written for the tests (and a real corpus report where the case is theirs)."""

from __future__ import annotations

import pytest

from assistant.ask.operations import operation_of
from assistant.ask.prose_sum import _named_en
from assistant.ask.siblings import unasked_siblings
from conftest import index_of_corpus, index_of_texts

QINGSHAN_2022 = ("青山区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
                 "本年度制定并公开行政规范性文件12件,废止行政规范性文件30件,现行有效行政规范性文件96件。\n"
                 "发布政策解读信息80条,其中,解读材料24条,解读视频50个,政策解读比例为100%。\n"
                 "全年通过政府网站发布信息5个类别,累计公开各类信息共300条。政务微信公众号推送信息120条。\n")
LISHAN_2022 = ("丽山镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"
               "全年共受理政府信息公开申请9件。\n")
TAOYUAN_2022 = ("桃源镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"
                "全年共受理政府信息公开申请4件。\n")


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    return index_of_texts(tmp_path_factory.mktemp("apart"), tmp_path_factory.mktemp("apart-home"),
                          {"qingshan-2022.txt": QINGSHAN_2022, "lishan-2022.txt": LISHAN_2022,
                           "taoyuan-2022.txt": TAOYUAN_2022})


SENTENCE = "本年度制定并公开行政规范性文件12件,废止行政规范性文件30件,现行有效行政规范性文件96件"


def test_counts_of_one_thing_told_apart_by_qualifiers_the_question_does_not_say_are_siblings():
    found = unasked_siblings("新出台 行政规范性文件", "现行有效行政规范性文件96件", SENTENCE)
    assert found[0] == "现行有效行政规范性文件96件" and len(found) == 3
    # (the question says one qualifier: the composer's choice stands)
    assert unasked_siblings("废止 行政规范性文件", "废止行政规范性文件30件", SENTENCE) == []
    # (another thing counted in the same sentence is no sibling)
    assert unasked_siblings("政策解读", "发布政策解读信息80条", "发布政策解读信息80条,其中,解读材料24条") == []


def test_a_count_asked_without_its_qualifier_is_refused_naming_the_counts(g):
    a = g.ask("青山区2022年新出台了多少件行政规范性文件？")
    assert not a.answered and "12件" in a.answer and "30件" in a.answer and "96件" in a.answer, a.answer
    b = g.ask("青山区2022年废止了多少件行政规范性文件？")
    assert b.answered and "30件" in b.answer and "96" not in b.answer, b.answer
    c = g.ask("How many normative documents did Qingshan District scrap in 2022?")
    assert not c.answered, c.answer


def test_a_share_stated_of_the_whole_does_not_answer_a_share_of_a_part(g):
    a = g.ask("What share of Qingshan District's 80 policy interpretations in 2022 were written explanatory materials?")
    assert not a.answered and "100%" not in a.answer.split("。")[0], a.answer
    b = g.ask("青山区2022年的政策解读中，解读材料占多少比例？")
    assert b.answered and "30.0%" in b.answer and "24 ÷ 80" in b.answer, b.answer


def test_an_english_sum_reads_its_things_after_the_word_of_summing():
    assert _named_en("What was the   combined 2022 output on the government website and its WeChat account?") == [
        "2022 output on the government website", "its WeChat account"]
    # (three things listed with commas are not read as two)
    assert _named_en("In total, how many licensing, penalty and enforcement cases did   disclose?") == []


def test_an_english_sum_asked_with_what_is_answered_with_figures(g):
    a = g.ask("What was Qingshan District's combined 2022 output on the government website and its WeChat account?")
    assert a.answered and "120" in a.answer, a.answer
    # (the site's count in another measure, '5个类别', is never added to the account's 120条)
    assert "125" not in a.answer, a.answer


def test_a_ranking_asked_by_an_idiom_is_a_ranking(g):
    assert operation_of("谁家在申请件数上拔得头筹？").rank
    low = operation_of("哪个镇的申请量垫底？")
    assert low.rank and low.lowest
    assert not operation_of("Which town received the most requests last year?").lowest
    a = g.ask("2022年丽山镇和桃源镇，谁家在信息公开申请件数上拔得头筹？")
    assert a.answered and "丽山镇" in a.answer and "9件" in a.answer, a.answer


def test_real_report_a_repealed_count_asked_in_other_words_is_not_the_documents_in_force(tmp_path):
    g = index_of_corpus(tmp_path, ["guangzhou-huangpu-qzf-2022.txt"])
    a = g.ask("How many administrative normative documents did Huangpu District, Guangzhou scrap in 2022?")
    assert not a.answered and "55件" in a.answer, a.answer
    b = g.ask("How many administrative normative documents did Huangpu District, Guangzhou repeal in 2022?")
    assert b.answered and "55" in b.answer and "181" not in b.answer, b.answer
