"""A list of modifiers asked of one noun, the format's wordings of a qualifier, and a span of the year said before a sum
(the sixteenth round). Real pipeline, real index, real report (a corpus excerpt whose sentence counts 行政规范性文件
made, repealed and in force, and whose prose states press conferences and online interviews)."""

from __future__ import annotations

import pytest

from assistant.service import Gongkai
from conftest import index_of_corpus


@pytest.fixture(scope="module")
def huangpu(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("wordings-and-lists"),
                           ["guangzhou-huangpu-qzf-2022.txt", "weihai-tjj-2025.txt"])


def test_each_modifier_of_a_list_is_read_with_the_noun_the_last_one_names(huangpu):
    a = huangpu.ask("黄埔区2022年新出台、废止和目前仍有效的行政规范性文件分别有多少件？")
    # ('通过门户网站发布政府信息27855条' had been given for 新出台)
    assert a.answered and all(f in a.answer for f in ("41件", "55件", "181件")) and "27855" not in a.answer, a.answer


def test_a_qualifier_in_one_of_the_formats_wordings_names_its_clause(huangpu):
    a = huangpu.ask("黄埔区2022年新出台的行政规范性文件有多少件？")
    # (refused as naming none of the sentence's qualifiers: 新出台 is the format's wording of 制定's column)
    assert a.answered and "41件" in a.answer and "181" not in a.answer, a.answer
    b = huangpu.ask("黄埔区2022年出的行政规范性文件有多少件？")
    assert not b.answered, b.answer  # (出 is no wording of any one of them)


def test_a_span_of_the_year_said_before_a_sum_names_no_thing_added(huangpu):
    a = huangpu.ask("黄埔2022年开发布会加上做在线访谈，一年下来总共多少回？")
    assert a.answered and "51" in a.answer and "27855" not in a.answer, a.answer


def test_requests_of_one_kind_of_applicant_are_not_answered_by_a_clause_naming_none(tmp_path):
    g = index_of_corpus(tmp_path, ["zhoushan-shengsi-xzfbgs-2022.txt", "dongguan-bhwxq-2025.txt"])
    a = g.ask("嵊泗县政府办2022年受理的公开申请里，有几件是企业提出来的？")
    # (the year's '共受理依申请公开7件' had been given)
    assert not a.answered, a.answer
    b = g.ask("嵊泗县政府办2022年共受理了多少件依申请公开？")
    assert b.answered and "7件" in b.answer, b.answer
    c = g.ask("滨海湾新区2025年收到的公开申请里，70岁以上的申请人提了几宗？")
    # (an age is a breakdown the tables do not have: the year's 35宗 had been given)
    assert not c.answered, c.answer


def test_a_refusal_said_of_a_part_is_partial_disclosure(tmp_path, eval_docs):
    from conftest import index_of_table_reports

    g = index_of_table_reports(tmp_path, eval_docs)
    a = g.ask("青溪市政府办2024年个人提的申请中，有几件是部分内容公开、部分内容不公开的？")
    # (the natural persons' 不予公开 total, 19, had been given)
    assert a.answered and "42" in a.answer and "19" not in a.answer, a.answer
    b = g.ask("青溪市政府办2024年个人提的申请中，有几件最后不公开？")
    assert b.answered and "19" in b.answer, b.answer


def test_an_english_list_is_added_whole_or_not_at_all(huangpu):
    a = huangpu.ask("In 2022, Huangpu district in Guangzhou made public its licensing, penalty and enforcement "
                    "decisions. How many were these in total?")
    # (358721 + 50167 = 408888, two of the three, had been given)
    assert "408888" not in a.answer, a.answer
    b = huangpu.ask("In 2022, Huangpu district in Guangzhou published its licensing, penalty and compulsory-enforcement "
                    "decisions. How many decisions were these in total?")
    assert b.answered and "631681" in b.answer, b.answer


def test_an_english_follow_up_is_asked_of_the_body_in_the_previous_questions_words(tmp_path):
    g = index_of_corpus(tmp_path, ["hangzhou-yuhang-fgj-2022.txt", "weihai-tjj-2025.txt"])
    a = g.ask("And how many of them were completed?", history=[
        "How many information requests did the development and reform bureau of Hangzhou's Yuhang district receive "
        "in 2022?"])
    # ('The index holds no report from yuhangdistrict' had been the answer)
    assert a.answered and "30" in a.answer and "yuhang" in " ".join(c.source for c in a.citations), a.answer


def test_an_english_place_whose_possessive_opens_another_locates_it(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-huangpi-hkbgwh-2021.txt", "suizhou-sjj-2021.txt"])
    a = g.ask("How many items did Huangpi District's Hankou North Management Committee publish in 2021?")
    # (refused: 'The index holds no report from Huangpi District s Hankou North Management Committee')
    assert a.answered and "91" in a.answer, a.answer


def test_a_sum_asked_after_each_of_the_things_adds_them_all(tmp_path, eval_docs):
    from conftest import index_of_table_reports

    g = index_of_table_reports(tmp_path, eval_docs)
    a = g.ask("青溪市2022年新收的申请，网上交的、写信寄来的和到窗口当面交的各有多少？加在一起一共多少件？")
    # (listed without the total, and '未找到“加在一起一共多少件”的说法'; then 389 + 101 for the three)
    assert a.answered and "600" in a.answer and "未找到" not in a.answer and "490" not in a.answer, a.answer


def test_how_much_higher_is_a_difference(tables_and_huangpu):
    a = tables_and_huangpu.ask("What was the number of administrative penalty decisions in 2022 for Guangzhou's Huangpu "
                               "district and for Qingxi city, and how much higher was Huangpu's?")
    assert a.answered and "186234" in a.answer, a.answer


@pytest.fixture(scope="module")
def tables_and_huangpu(tmp_path_factory, eval_docs) -> Gongkai:
    from conftest import index_of_table_reports

    g = index_of_table_reports(tmp_path_factory.mktemp("tables-and-huangpu"), eval_docs)
    corpus = eval_docs.parent / "corpus" / "guangzhou-huangpu-qzf-2022.txt"
    assert g.ingest([corpus]).ok
    return g
