"""Figures asked in everyday words (multi20's round): a number quoted whole is a name, not the figure compared; a
cumulative count asked in English as 'counting all the way back to 2003'. Real pipeline, real index, real corpus
reports."""

from __future__ import annotations

from conftest import index_of_corpus


def test_real_reports_a_number_quoted_whole_is_no_figure_of_a_comparison(tmp_path):
    g = index_of_corpus(tmp_path, ["jinan-zhangqiu-qzf-2024.txt", "kunming-guandu-qzf-2024.txt"])
    a = g.ask("2024年济南章丘区和昆明官渡区，谁往外发的政府信息更多？各发了多少条，差多少？")
    # (not '紧扣“3815”战略发展目标…' for 官渡区)
    assert a.answered and "3815" not in a.answer and "12209 − 6467" in a.answer, a.answer


def test_real_report_a_cumulative_count_asked_as_going_back_to_a_year(tmp_path):
    g = index_of_corpus(tmp_path, ["fuzhou-czj-2022.txt"])
    a = g.ask("Counting all the way back to 2003, how many articles in total had Fuzhou's city finance bureau put "
              "out in the open by the end of 2022?")
    assert a.answered and "707" in a.answer and "36篇" not in a.answer, a.answer


def test_real_reports_one_figure_asked_in_everyday_words_is_the_clause_closest_in_meaning(tmp_path):
    g = index_of_corpus(tmp_path, ["baotou-kundulun-shifudonglujd-2025.txt", "wuhan-qiaokou-ylj-2021.txt",
                                   "weihai-rongcheng-dongshanjd-2025.txt"])
    a = g.ask("包头昆都仑区市府东路街道2025年，不等人来问就自己挂出来的政府消息有多少条？")
    assert a.answered and "720" in a.answer, a.answer
    # (not when the clause leaves unsaid a word other reports use and this one does not: a thing it may not state —
    # 行政强制 is not '行政许可0件,行政处罚0件')
    b = g.ask("硚口园林局2021年有多少件行政强制？")
    assert not b.answered, b.answer


def test_real_report_a_what_word_describing_what_is_counted_asks_no_words(tmp_path):
    # ('讲政府最近忙些啥的工作消息有多少条' asks a count: the 啥 describes the news; the preamble naming the format's
    # 〔2021〕30号 notice is no answer)
    g = index_of_corpus(tmp_path, ["jinan-zhangqiu-qzf-2024.txt"])
    a = g.ask("章丘区2024年往外发的那么多条信息里，讲政府最近忙些啥的工作消息有多少条？")
    assert "国办公开办函" not in a.answer, a.answer


def test_real_report_a_category_asked_is_not_answered_by_the_whole_beside_its_categories(tmp_path):
    g = index_of_corpus(tmp_path, ["weihai-tjj-2025.txt"])
    a = g.ask("威海市统计局2025年官网上放的东西里，按公开清单一格一格归档挂出来的那一类有多少条？")
    assert "131" not in a.answer, a.answer  # (the site's whole; the category meant is 信息公开目录类信息64条)
    b = g.ask("威海市统计局2025年官网上的信息里，政务动态那一类有多少条？")
    assert b.answered and "57" in b.answer, b.answer
