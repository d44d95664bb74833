"""Prose figures described by what they are (multi23's round): put out with no one asking (主动公开), asking to see a
document (a 申请), looked at how many times (点击量), 消息 for the format's 信息, a count in a measure answered by a figure
only. Real pipeline, real index, real corpus reports."""

from __future__ import annotations

import re

from conftest import index_of_corpus


def test_real_reports_put_out_with_no_one_asking_is_proactive(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-qzf-2022.txt", "baotou-kundulun-shifudonglujd-2025.txt"])
    a = g.ask("包头市府东路街道2025年，没等人来要就自己晒出来的政府信息有多少条？")
    assert a.answered and "720" in a.answer, a.answer


def test_real_reports_asking_to_see_a_document_is_a_request(tmp_path):
    g = index_of_corpus(tmp_path, ["shaoxing-xinchang-xzf-2022.txt", "zhoushan-shengsi-xzfbgs-2022.txt"])
    a = g.ask("新昌县2022年，群众点名要查看某份政府材料的请求，一共来了多少件？")
    assert a.answered and "69" in a.answer, a.answer


def test_real_reports_looked_at_how_many_times_is_the_click_count(tmp_path):
    g = index_of_corpus(tmp_path, ["chizhou-dongzhi-dadukouzhen-2022.txt", "chizhou-qingyang-dingqiaozhen-2022.txt"])
    a = g.ask("大渡口镇2022年发的那些政务信息，一共被点开看了多少次？")
    assert a.answered and "102087" in a.answer, a.answer


def test_real_report_a_count_in_a_measure_is_never_answered_without_a_figure(tmp_path):
    g = index_of_corpus(tmp_path, ["dongguan-bhwxq-2025.txt", "fuzhou-wsb-2025.txt"])
    a = g.ask("滨海湾新区2025年官网上报道平时干了哪些活的消息，有多少条？")
    # (two clauses stating no figure had answered it)
    said = re.sub(r"\[\d+\]", "", a.answer.split("》")[-1])
    assert not a.answered or re.search(r"\d+条", said), a.answer


def test_real_report_requests_got_done_in_spoken_words_are_the_ones_concluded(tmp_path):
    g = index_of_corpus(tmp_path, ["baoshan-szf-2024.txt", "baoshan-szfbgs-2024.txt"])
    a = g.ask("保山全市2024年老百姓要政府材料的，弄完了多少件？")
    # ('弄完' is 办结, 按时办结454件: the requests accepted and carried over, 452 and 9, had answered alone)
    assert a.answered and "办结454件" in a.answer, a.answer
