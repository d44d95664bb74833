"""Table cells and figures asked as people ask (multi21's round), and the English questions found beside them: a
figure put out asked in English with no request named, a body located by a place after 'in'. Real pipeline, real
index, real corpus reports."""

from __future__ import annotations

from conftest import index_of_corpus

QIAOKOU = ["wuhan-qiaokou-qzf-2024.txt", "wuhan-qiaokou-zongguanjd-2025.txt", "wuhan-qiaokou-sjj-2025.txt"]


def test_real_report_items_published_in_english_are_proactive_not_requests(tmp_path):
    g = index_of_corpus(tmp_path, QIAOKOU)
    a = g.ask("How many items did the Qiaokou district government publish in 2024?")
    # ('items' is 条, not 信息: the request clause '新收到依申请公开政府信息289件' had answered)
    assert a.answered and "3128" in a.answer and "289" not in a.answer, a.answer
    b = g.ask("How many requests did the Qiaokou district government receive in 2024?")
    assert b.answered and "289" in b.answer, b.answer


def test_real_reports_a_place_after_in_locates_the_body_its_report_names_it_in(tmp_path):
    g = index_of_corpus(tmp_path, QIAOKOU)
    a = g.ask("What address does the Zongguan street office in Qiaokou give in 2025?")
    # (硚口 held for 2025 only as the audit bureau and the street office: 'in Qiaokou' says where the office is)
    assert a.answered and "461" in a.answer and "zongguanjd" in a.citations[0].source, a.answer
