"""The twenty-fifth round's questions (multi38: a civics teacher, a data journalist, a lawyer; multi39: a people's
congress deputy's assistant, a farmer's son, a fact-checker): claims to check, requests to check, examples in brackets,
English sums of outlets, a share asked by its sign, and answers that list figures where one was asked. Real pipeline,
real index, real reports. The probes are worded apart from the suites' questions."""

from __future__ import annotations

import pytest

from assistant.ask.asides import without_examples
from assistant.ask.claims import claim_asked
from assistant.ask.operations import operation_of
from assistant.service import Gongkai
from conftest import index_of_corpus, index_of_table_reports


@pytest.fixture(scope="module")
def tables(tmp_path_factory, eval_docs) -> Gongkai:
    return index_of_table_reports(tmp_path_factory.mktemp("claims-tables"), eval_docs)


@pytest.fixture(scope="module")
def offices(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("claims-offices"), [
        "fuzhou-wsb-2025.txt", "guangzhou-huangpu-qzf-2022.txt", "guangzhou-huadu-qzfbgs-2022.txt",
        "mianyang-pingwu-longanzhen-2024.txt", "xining-chengzhong-qzf-2024.txt", "wuhan-qiaokou-sjj-2024.txt",
        "chizhou-dongzhi-dadukouzhen-2022.txt"])


@pytest.mark.parametrize("question, asked", [
    ("有网友说某区2024年新收申请中自然人提出的只有200件，这个说法属实吗？", "某区2024年新收申请中自然人提出的有多少件？"),
    ("网传某镇2022年发布的信息被点击了5万多次，到底是多少次？", "某镇2022年发布的信息被点击了多少次？"),
    ("网上说某局2024年收到了310件申请，是真的吗？", "网上说某局2024年收到了310件申请，是真的吗？"),  # (exact: as said)
    ("网上说某局的按期答复率只有90%左右，是真的吗？", "某局的按期答复率是多少？"),
    ("某局2024年发布了多少条信息？有人说是300条。", "某局2024年发布了多少条信息？"),
    ("某局2024年发布了多少条信息？请帮忙核实一下。", "某局2024年发布了多少条信息？"),
    ("据悉，某区2024年集中处理了网民留言，请核实办结的条数。", "某区2024年集中处理了网民留言，办结的条数是多少？"),
    ("How many meetings did X hold in 2022? A blog post says about 30.", "How many meetings did X hold in 2022?"),
    ("Someone online says X rejected 12 requests in 2024. Is that true?", "X rejected how many requests in 2024?"),
    ("某局2024年发布了多少条信息？", "某局2024年发布了多少条信息？"),  # (nothing claimed)
])
def test_what_a_claim_to_check_asks(question, asked):
    assert claim_asked(question) == asked


@pytest.mark.parametrize("question, figure, claimed", [
    ("网上说青溪市政府办2024年新收的申请里，通过信函寄来的有50多件，是真的吗？", "31", "50"),
    ("网上有人称青溪市政府2022年因信访举报投诉类不予处理的申请只有30件，对不对？", "41", "30"),
    # (the online requests' 254 had been given)
    ("Someone online claims the Qingxi city government general office received 400 new requests in 2024. Is that right?",
     "343", "400"),
])
def test_a_claimed_figure_is_checked_against_the_report(tables, question, figure, claimed):
    a = tables.ask(question)
    assert a.answered and figure in a.answer and claimed not in a.answer, a.answer


def test_an_exact_claim_is_never_answered_with_its_own_figure(tables):
    a = tables.ask("网上说青溪市政府办2024年新收的申请里，通过信函寄来的有50件，是真的吗？")
    # (an exact figure claimed is read as said: right, it finds its clause; wrong, the question is refused)
    assert "50件" not in a.answer.replace("有50件", ""), a.answer


def test_a_claim_said_after_the_question_is_no_part_of_it(offices):
    a = offices.ask("黄埔区2022年开了多少场政府新闻发布会？网上有人说有五十场。")
    assert a.answered and "44" in a.answer, a.answer
    a = offices.ask("How many government press conferences did Huangpu district hold in 2022? A forum post says 50.")
    assert a.answered and "44" in a.answer, a.answer


def test_a_request_to_check_asks_the_figure(tables):
    a = tables.ask("青溪市政府办2024年通过信函和当面提交的申请合计多少件？请核实有关数据。")
    assert a.answered and "89" in a.answer, a.answer


@pytest.mark.parametrize("question, left", [
    ("How many new-media accounts (e.g. WeChat and Weibo) did X run?", "How many new-media accounts did X run?"),
    ("X的政务新媒体（如微信、微博）有多少个？", "X的政务新媒体有多少个？"),
    ("X的政务新媒体（微博、抖音之类的）有多少个？", "X的政务新媒体有多少个？"),
    ("What do the kinds (key tasks, statistics) add up to?", "What do the kinds (key tasks, statistics) add up to?"),
])
def test_a_bracket_of_examples_is_left_out(question, left):
    assert without_examples(question) == left


def test_a_thing_asked_with_examples_in_brackets(tables):
    a = tables.ask("How many government new-media accounts (such as WeChat, Weibo and so on) did Huai'an have running "
                   "across the city in 2024?")
    assert a.answered and "95" in a.answer, a.answer


def test_each_english_thing_to_add_carries_the_noun_counted(offices):
    a = offices.ask("What is the combined number of items the Fuzhou Foreign Affairs Office published on the government "
                    "website and pushed via its WeChat official account in 2025?")
    assert a.answered and "1207" in a.answer, a.answer


def test_english_things_to_add_after_words_restating(tables):
    a = tables.ask("How many new requests reached the Qingxi city government general office in 2024 offline, that is, "
                   "requests by letter plus requests made in person at the window, added together?")
    assert a.answered and "89" in a.answer, a.answer


def test_a_share_asked_by_the_percent_sign(offices):
    a = offices.ask("平武龙安镇 2024 线上平台公开数 占主动公开总数 %")
    # (the part's 134 alone had been given)
    assert a.answered and "92.4%" in a.answer, a.answer


def test_one_share_asked_is_not_the_shares_of_its_parts(offices):
    a = offices.ask("城中区2024年已答复的申请里，申请人全部或部分拿到信息（予以公开加部分公开）的占比是多少？")
    # (the parts' 5.1% and 61% had been given, not their sum's 66.1%)
    assert not a.answered or "66.1%" in a.answer, a.answer


def test_a_kind_named_after_the_count_is_no_whole(offices):
    a = offices.ask("黄埔区2022年主动公开信息条数是多少？")
    assert "400" not in a.answer, a.answer
    a = offices.ask("黄埔区和花都区政府办2022年主动公开信息条数差额")
    # ('挂网公开近400条疫情防控信息', a kind, had been set against 花都区's whole)
    assert "273" not in a.answer, a.answer


def test_a_result_said_by_its_verb_in_the_present(tables):
    a = tables.ask("Of the lawsuits filed directly against the Qingxi city government in 2022, in how many did the "
                   "court uphold the government?")
    assert a.answered and "10" in a.answer and "18" not in a.answer, a.answer


def test_fell_under_a_kind_is_no_fall():
    assert not operation_of("What share of the items fell under the catalogue category?").change
    assert operation_of("By how much the number fell in 2024?").change


@pytest.fixture(scope="module")
def subdistrict(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("claims-subdistrict"), [
        "jinan-lixia-yanshanjd-2025.txt", "jinan-lixia-qzf-2021.txt", "hangzhou-yuhang-fgj-2022.txt"])


@pytest.mark.parametrize("earlier, question", [
    ("济南市历下区燕山街道2025年收到了几件信息公开申请？", "那它在历下区政府门户网站上一共公开了多少条信息？"),
    ("How many disclosure requests did Yanshan subdistrict (Lixia district, Jinan) get in 2025?",
     "And roughly how many items did it put on the Lixia district government website that year?"),
])
def test_a_places_website_in_a_follow_up_names_no_body(subdistrict, earlier, question):
    a = subdistrict.ask(question, history=[earlier])
    # (the Chinese form had been answered from 历下区's 2021 report, the English refused)
    assert a.answered and "250" in a.answer and all(c.source == "jinan-lixia-yanshanjd-2025.txt" for c in a.citations), \
        a.answer


def test_a_rate_defined_in_a_bracket(subdistrict):
    a = subdistrict.ask("余杭区发改局2022年信息公开申请的办结率（办结数/收到数）是多少？")
    assert a.answered and "93.8%" in a.answer, a.answer


def test_information_not_in_the_holders_hands(tables):
    a = tables.ask("青溪市政府办2024年答复说所要信息不在本单位手里的申请有几件？")
    assert a.answered and "111" in a.answer, a.answer


@pytest.fixture(scope="module")
def new_area(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("claims-new-area"), [
        "dongguan-bhwxq-2025.txt", "xining-chengzhong-qzf-2024.txt", "xining-chengzhong-qzf-2021.txt", "fuzhou-wsb-2025.txt"])


def test_a_short_follow_up_pointing_back_asks_on_its_own(new_area):
    a = new_area.ask("这些申请的按期答复率是多少？", history=["滨海湾新区2025年收到了几宗政府信息公开申请？"])
    # (its words had been put in place of the previous question's cell, and the question refused)
    assert a.answered and "100%" in a.answer, a.answer


@pytest.mark.parametrize("question, left", [
    ("by the Qiaokou District Landscaping (Gardens) Bureau in 2021", "by the Qiaokou District Landscaping Bureau in 2021"),
    ("the Huadu District (Guangzhou) Government Office", "the Huadu District (Guangzhou) Government Office"),
])
def test_another_word_in_brackets_inside_an_english_name(question, left):
    from assistant.ask.asides import without_name_alternative

    assert without_name_alternative(question) == left


def test_an_english_name_with_another_word_in_brackets(tmp_path_factory):
    g = index_of_corpus(tmp_path_factory.mktemp("claims-gardens"), ["wuhan-qiaokou-ylj-2021.txt", "wuhan-qiaokou-qzf-2021.txt"])
    a = g.ask("How much, in 10,000 yuan, did the Qiaokou District Landscaping (Greening) Bureau spend on centralized "
              "government procurement in 2021?")
    assert a.answered and "57.1" in a.answer, a.answer


def test_an_english_sum_is_never_a_list_of_counts(tables, monkeypatch):
    import dataclasses

    from assistant.ask import prose_sum

    # (its things not read apart, as before english_restated_after: the counts of the clauses found, side by side with no
    # total, had been the answer)
    monkeypatch.setattr(prose_sum, "TUNING", dataclasses.replace(prose_sum.TUNING, english_restated_after=False))
    a = tables.ask("In 2024, how many new requests came to the Qingxi city government general office offline, that is, "
                   "letters plus requests handed in at the window, added together?")
    assert not a.answered or "89" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "In 2024, how many new requests came to the Qingxi city government general office offline?",
    "青溪市政府办2024年线下提交的信息公开申请有多少件？",
])
def test_requests_that_came_in_offline_are_no_cell_of_the_tables(tables, question):
    a = tables.ask(question)
    # (the table's 343 new requests had been given)
    assert "343" not in a.answer, a.answer
