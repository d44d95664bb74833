"""Conversations, years and traps (multi18's round): a follow-up naming its year relative to the previous question's
('那前一年呢？', 'And the year before?'), an English follow-up naming a body no report is, or pointing back with 'the
county … that year'; a month asked in English; the spoken 办完 of the format's 办结; the part of a whole set against
another report's figure; a percentage change read in the measure asked. Real pipeline, real index, real corpus
reports."""

from __future__ import annotations

from assistant.ask.followup import _relative_year
from assistant.ask.operations import operation_of
from conftest import index_of_corpus

AUDIT = ["wuhan-qiaokou-sjj-2024.txt", "wuhan-qiaokou-sjj-2025.txt"]


def test_a_year_said_relative_to_the_previous_one_is_written_out():
    assert _relative_year("那前一年呢？", "硚口区审计局2025年的微信公众号发了多少篇？") == "那2024年呢？"
    assert _relative_year("And the year before?", "How many posts … in 2025?") == "And 2024?"
    assert _relative_year("What about the following year?", "How many … in 2024?") == "What about 2025?"
    # (a change against the year before is asked of the year named; a year named is kept)
    assert _relative_year("比上一年多了多少？", "…2025年…") == "比上一年多了多少？"
    assert _relative_year("那2023年呢？", "…2025年…") == "那2023年呢？"
    assert _relative_year("那前一年呢？", "硚口区审计局的公众号发了多少篇？") == "那前一年呢？"
    # (the format's requests carried between years are no year of their own)
    assert _relative_year("那上一年度结转过来的呢？", "…2025年…") == "那上一年度结转过来的呢？"
    assert _relative_year("结转下一年度的呢？", "…2025年…") == "结转下一年度的呢？"


def test_real_reports_a_follow_up_asking_the_year_before_is_answered_for_that_year(tmp_path):
    g = index_of_corpus(tmp_path, AUDIT)
    a = g.ask("那前一年呢？", history=["硚口区审计局2025年的微信公众号发了多少篇？"])
    assert a.answered and "41篇" in a.answer and "46" not in a.answer, a.answer
    assert "2024" in a.citations[0].source
    b = g.ask("And the year before?", history=["How many posts did the Qiaokou audit bureau's WeChat account "
                                               "publish in 2025?"])
    assert b.answered and "41" in b.answer and "46" not in b.answer, b.answer


def test_real_reports_an_english_follow_up_naming_a_body_not_held_is_refused(tmp_path):
    g = index_of_corpus(tmp_path, ["shaoxing-xinchang-xzf-2022.txt", "zhoushan-shengsi-xzfbgs-2022.txt"])
    history = ["How many disclosure requests did Xinchang county get in 2022?"]
    a = g.ask("What about neighbouring Shengzhou for the same year?", history=history)
    assert not a.answered and "69" not in a.answer, a.answer
    c = g.ask("What about Shengzhou?", history=history)
    assert not c.answered and "69" not in c.answer, c.answer
    b = g.ask("What about Shengsi county?", history=history)  # (held: answered for it)
    assert b.answered and "7件" in b.answer and "69" not in b.answer, b.answer


def test_real_report_an_english_question_pointing_back_at_the_county_and_year(tmp_path):
    g = index_of_corpus(tmp_path, ["shaoxing-xinchang-xzf-2022.txt", "zhoushan-shengsi-xzfbgs-2022.txt"])
    first = "How many information items did Xinchang county put on its government portal in 2022?"
    a = g.ask("How many disclosure requests did the county get that year?", history=[first])
    assert a.answered and "69" in a.answer, a.answer
    b = g.ask("How many of them were answered within the legal time limit?",
              history=[first, "How many disclosure requests did the county get that year?"])
    assert b.answered and "64" in b.answer, b.answer


def test_real_report_a_month_asked_in_english_is_not_answered_by_the_year(tmp_path):
    g = index_of_corpus(tmp_path, ["mianyang-pingwu-longanzhen-2024.txt"])
    a = g.ask("How many items did Longan town in Pingwu county publish in March 2024 alone?")
    assert not a.answered and "145" not in a.answer, a.answer
    b = g.ask("How many items did Longan town in Pingwu county publish in 2024?")
    assert b.answered and "145" in b.answer, b.answer


def test_real_report_requests_finished_asked_in_spoken_words(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-dhgx-guandongjd-2025.txt"])
    a = g.ask("关东街道2025年办完了多少件信息公开申请？")
    assert a.answered and "办结18" in a.answer and "21件" not in a.answer, a.answer


def test_a_count_in_a_measure_after_zhan_asks_no_share():
    assert not operation_of("政务动态占了多少条？").share
    assert operation_of("政务动态占多少？").share
    assert operation_of("网上申请占几成？").share


def test_real_reports_the_part_of_a_whole_is_set_against_the_other_years(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-qzf-2022.txt", "wuhan-qiaokou-qzf-2024.txt"])
    a = g.ask("硚口区区政府网站上的政务动态类信息2022年比2024年多了多少条？")
    assert a.answered and "1256 − 2523" in a.answer and "4574" not in a.answer, a.answer


def test_real_reports_a_figure_published_in_time_is_no_sum_of_things(tmp_path):
    # ('我区政府及时公开重点领域政府信息2424条': 及 of 及时 joins nothing, so 2424 and 官渡's 重点领域1462条 count one thing)
    g = index_of_corpus(tmp_path, ["kunming-guandu-qzf-2024.txt", "xining-chengzhong-qzf-2024.txt"])
    a = g.ask("2024年官渡区和西宁城中区公开的重点领域信息分别有多少条？谁多，多多少？")
    assert a.answered and "2424 − 1462" in a.answer and "962" in a.answer, a.answer


def test_real_reports_a_percentage_change_is_read_in_the_measure_asked(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-qzf-2021.txt", "wuhan-qiaokou-qzf-2024.txt"])
    a = g.ask("How many items did Qiaokou District's government portal publish in 2021 and in 2024, and what was the "
              "percentage change (to one decimal)?")
    # (not '全区19家单位在门户网站发布26个试点领域基层政务公开目录' for 2021)
    assert a.answered and "3568" in a.answer and "12.3%" in a.answer and "26个" not in a.answer, a.answer


def test_real_report_a_follow_up_asking_a_count_of_its_own_in_a_month(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-wuchang-shouyilujd-2024.txt", "wuhan-wuchang-qzf-2020.txt"])
    history = ["武昌区首义路街道2024年跟代表们面对面座谈了几次？"]
    a = g.ask("那11月份更新了多少个公开事项？", history=history)
    assert a.answered and "31个公开事项" in a.answer, a.answer
    # (the report says what was updated in 2024年11月 only: another month is not stated)
    b = g.ask("那十月份更新了多少个公开事项？", history=history)
    assert not b.answered and "31" not in b.answer, b.answer


def test_real_report_where_a_thing_was_put_out_is_said_apart_from_the_verb(tmp_path):
    # (南湖新区 says 网站上发布: the pair 上发 is in the index and weighs, as in a larger one)
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-qzf-2022.txt", "yueyang-nanhu-bgs-2025.txt"])
    a = g.ask("2022年硚口区政府在网站上发了多少条信息？")
    assert a.answered and "4574" in a.answer, a.answer


def test_real_reports_a_follow_up_asking_its_own_count_keeps_the_organ_asked_before(tmp_path):
    g = index_of_corpus(tmp_path, ["xian-weiyang-tjj-2025.txt", "weihai-tjj-2025.txt"])
    a = g.ask("那《未央统计简报》全年出了几期？", history=["西安未央区统计局2025年在网站上刊登了多少条政务信息？"])
    assert a.answered and "28期" in a.answer, a.answer
    # (a sum asked of the previous count is that count's, not a question of its own)
    b = g.ask("那连同微信公众号发的，一共多少条？", history=["威海市统计局2025年在门户网站上主动公开了多少条信息？"])
    assert b.answered and "1009" in b.answer, b.answer


def test_real_report_a_month_is_not_said_by_the_days_bounding_the_year(tmp_path):
    g = index_of_corpus(tmp_path, ["chizhou-qingyang-dingqiaozhen-2022.txt"])
    a = g.ask("丁桥镇2022年12月份那一个月主动公开了多少条？")  # ('…统计期限为2022年1月1日至12月31日')
    assert not a.answered and "700" not in a.answer, a.answer
