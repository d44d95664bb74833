"""The twenty-ninth round's questions (multi50: a lawyer, a journalist, an office clerk; multi51: a villager, a data
analyst, a teacher). Real pipeline, real index, real reports; the readings are also tested as functions. The probes
are worded apart from the suites' questions."""

from __future__ import annotations

import pytest

from assistant.ask.reported import after_own_lead
from assistant.ask.shared_organ import spread_place_en
from assistant.service import Gongkai
from assistant.zh.text import clause_commas
from conftest import index_of_corpus, index_of_table_reports

CATALOG = [{"source": "qingxi-szf-2024.md", "body": "青溪市人民政府", "year": 2024, "title": "", "places": ""},
           {"source": "wuhai-gxj-2020.txt", "body": "乌海市工业和信息化局", "year": 2020, "title": "", "places": ""}]


@pytest.fixture(scope="module")
def tables(tmp_path_factory, eval_docs) -> Gongkai:
    return index_of_table_reports(tmp_path_factory.mktemp("leads-tables"), eval_docs)


@pytest.fixture(scope="module")
def towns(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("leads-towns"), [
        "chizhou-dongzhi-dadukouzhen-2022.txt", "chizhou-dongzhi-huayuanxiang-2022.txt",
        "zhoushan-shengsi-xzfbgs-2022.txt", "huangshi-daye-dongyuelujd-2022.txt"])


@pytest.mark.parametrize("question, read", [
    # (a sentence of the asker's, the body it names kept for what is asked after it)
    ("我在写一篇评论，想拿青溪市人民政府当例子。它2024年收到了多少件申请？", "青溪市人民政府它2024年收到了多少件申请？"),
    # (words up to a colon, the body named after it)
    ("我想让读者看看数字：青溪市人民政府2024年收到了多少件申请？", "青溪市人民政府2024年收到了多少件申请？"),
    # (the year said in the lead only is kept)
    ("我们在整理2024年的材料。青溪市人民政府收到了多少件申请？", "2024年青溪市人民政府收到了多少件申请？"),
    # (a clause ended by a comma, when what follows names a body held and the clause none)
    ("我在准备一次讲座，青溪市人民政府2024年收到了多少件申请？", "青溪市人民政府2024年收到了多少件申请？"),
])
def test_the_askers_own_lead_is_read_out(question, read):
    assert after_own_lead(question, CATALOG) == read


@pytest.mark.parametrize("question", [
    "我想知道青溪市人民政府2024年收到了多少件申请？",  # (wanting to know is the question)
    "我们县2024年收到了多少件申请？",  # (no lead: the asker's county is what is asked)
    "青溪市人民政府2024年收到了多少件申请？我要写进稿子里。",  # (a statement after: asides.without_own_statement's)
])
def test_a_question_without_a_lead_is_unchanged(question):
    assert after_own_lead(question, CATALOG) == question


def test_the_body_of_a_lead_answers_the_question_after_it(tables):
    a = tables.ask("我在给新同事做培训，打算拿淮安市政府当例子。它2024年新收的政府信息公开申请有多少件？")
    assert a.answered and "3119" in a.answer and {c.source for c in a.citations} == {"huaian-szf-2024.pdf"}, a.answer


def test_a_lead_ended_by_a_colon_is_no_word_to_state(towns):
    a = towns.ask("我想让大家看看乡镇的网页有没有人看，就拿东至县大渡口镇来说：它2022年发布的信息一共被点击了多少次？")
    assert a.answered and "102087" in a.answer, a.answer


def test_an_earlier_turn_is_read_without_its_lead(towns):
    a = towns.ask("那花园乡呢？", history=["我在写调研报告，想比较几个乡镇，东至县大渡口镇2022年主动公开了多少条信息？"])
    assert a.answered and {c.source for c in a.citations} == {"chizhou-dongzhi-huayuanxiang-2022.txt"}, a.answer


@pytest.mark.parametrize("question, read", [
    ("Qingxi 2024: requests received by the city government and by the city government office?",
     "Qingxi 2024: requests received by the Qingxi city government and by the Qingxi city government office?"),
    # (one organ only, or two places: unchanged)
    ("Qingxi 2024: requests received by the city government?", "Qingxi 2024: requests received by the city government?"),
    ("Qingxi and Huaian, 2024: the city government and the city government office?",
     "Qingxi and Huaian, 2024: the city government and the city government office?"),
])
def test_a_place_named_once_is_read_with_each_organ_after_it(question, read):
    assert spread_place_en(question) == read


def test_two_organs_of_one_place_named_once_in_english(tables):
    a = tables.ask("Qingxi, 2024: how many new information requests did the city government receive, and how many did "
                   "the city government office receive?")
    assert a.answered and "1278" in a.answer and "343" in a.answer, a.answer
    assert {c.source for c in a.citations} == {"qingxi-szf-2024.md", "qingxi-szfbgs-2024.md"}


@pytest.mark.parametrize("text, read", [
    ("政府说不归它管、所以没给的", "政府说不归它管，所以没给的"),
    ("予以公开、部分公开", "予以公开、部分公开"),
])
def test_a_comma_typed_as_a_list_mark_before_a_clause(text, read):
    assert clause_commas(text) == read


def test_a_clause_after_a_list_mark_is_no_second_thing_to_add(tables):
    a = tables.ask("淮安市2024年有人去要信息，政府说这算重复申请、所以就没理的，一共有多少件？")
    assert a.answered and "25" in a.answer and "合计" not in a.answer, a.answer  # (had been refused: two things, one cell)


def test_an_acknowledgement_before_a_follow_up_asks_nothing(towns):
    a = towns.ask("Perfect. And how many of those were in response to public concerns?",
                  history=["How much did the Shengsi County Government Office publish on its portal in 2022?"])
    assert a.answered and "47" in a.answer, a.answer


@pytest.fixture(scope="module")
def districts(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("leads-districts"), [
        "kunming-guandu-qzf-2024.txt", "mianyang-pingwu-longanzhen-2024.txt", "jinan-zhangqiu-qzf-2024.txt"])


def test_a_share_of_a_part_named_as_a_portion(districts):
    a = districts.ask("官渡区2024年政府网站主动公开的信息，其中法定主动公开的那一部分占比多少？保留一位小数。")
    assert a.answered and "56.7%" in a.answer and "3669" in a.answer, a.answer


def test_a_share_of_a_part_named_by_its_means_and_verb(districts):
    a = districts.ask("龙安镇2024年主动公开的政府信息中，通过政府门户网站、直播平武等线上途径发出去的占比是多少？保留一位小数。")
    assert a.answered and "92.4%" in a.answer, a.answer


@pytest.fixture(scope="module")
def baoshan(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("leads-baoshan"), ["baoshan-szfbgs-2024.txt", "baoshan-szf-2024.txt"])


def test_reposts_are_not_what_an_english_question_says_was_put_out(baoshan):
    # (7271 counts what the office reposted of the state's and province's; 18136 what it put out itself)
    a = baoshan.ask("In 2024, how many items did Baoshan's city government office put on the government website?")
    assert "7271" not in a.answer, a.answer
    a = baoshan.ask("In 2024, how many items did Baoshan's city government office repost on the government website?")
    assert a.answered and "7271" in a.answer, a.answer
