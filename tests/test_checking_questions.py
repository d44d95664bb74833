"""The twenty-third round's questions (multi34: a newsroom checking figures before print, a legal-aid desk, an internal
auditor): a guessed figure to confirm, a site called a government's 网, a part asked in English of a whole that no cell
names, a word with a bracketed alternative ('村(居)务'), and 全部公开 said of things other than requests. Real pipeline,
real index, real reports (corpus excerpts, the table reports). The probes are worded apart from the suite's questions."""

from __future__ import annotations

import pytest

from assistant.ask.guess import without_guess
from assistant.ask.terms import bigrams, with_alternatives
from assistant.service import Gongkai
from conftest import index_of_corpus, index_of_table_reports


@pytest.fixture(scope="module")
def offices(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("checking-offices"),
                           ["xian-zhouzhi-xzfbgs-2021.txt", "wuxi-liangxi-jgswglj-2024.txt", "chizhou-dongzhi-xzfbgs-2022.txt"])


def test_a_guess_to_confirm_is_not_part_of_the_question(offices):
    a = offices.ask("周至县政府办2021年县政府门户网站上传了多少条信息？五千多条对吧？")
    # (refused: the guess had been read as part of what is asked)
    assert a.answered and "5786" in a.answer, a.answer


@pytest.mark.parametrize("question, left", [
    ("周至县2021年收到网络信件多少件？我记得是三百来件吧？", "周至县2021年收到网络信件多少件？"),
    ("How many letters came in? About 300, right?", "How many letters came in?"),
    ("一共多少件？有没有超过300件？", "一共多少件？有没有超过300件？"),  # (a check against a figure: a part of its own)
    ("三百多件对吧？", "三百多件对吧？"),  # (nothing else asked)
])
def test_the_guess_taken_off(question, left):
    assert without_guess(question) == left


def test_a_site_called_a_governments_wang_is_a_website(offices):
    a = offices.ask("2024年梁溪区机关事务管理局，区政府网和公众号两个渠道总共发了多少篇？")
    # (the clause '在“梁溪区人民政府”网…51篇' had been taken for another outlet's, and no sum given)
    assert a.answered and "192" in a.answer and "51 + 141" in a.answer, a.answer


def test_a_word_with_a_bracketed_alternative_says_both():
    said = with_alternatives("全县251个村(居)实现村(居)务公开全覆盖")
    assert "村务公开" in said and "居务公开" in said
    assert {"村务", "居务"} <= bigrams("村(居)务公开")
    assert with_alternatives("本机关（单位）") == "本机关（单位）"  # (a bracket of two characters is an aside)


def test_all_made_public_is_no_outcome_of_requests_when_none_are_asked(offices):
    a = offices.ask("东至县政府办2022年，村务已经全部公开的村居有多少个？")
    # (kept to clauses saying 全部公开 as an outcome of requests, none was left)
    assert a.answered and "251" in a.answer, a.answer


@pytest.fixture(scope="module")
def tables(tmp_path_factory, eval_docs) -> Gongkai:
    return index_of_table_reports(tmp_path_factory.mktemp("checking-tables"), eval_docs)


def test_an_english_part_of_a_whole_that_no_cell_names_is_refused(tables):
    a = tables.ask("Of the requests the Qingxi city government received in 2024, how many came from journalists?")
    # (the requests received, 1278, had been given)
    assert not a.answered and "1278" not in a.answer, a.answer
    assert "journalists" in a.answer, a.answer
    b = tables.ask("Of the requests the Qingxi city government received in 2024, how many came from companies?")
    assert b.answered and "113" in b.answer, b.answer


def test_a_question_closed_with_meiyou_asks_yes_or_no(tables):
    a = tables.ask("青溪市政府2024年新收的政府信息公开申请，比2022年翻倍了没有？")
    # ('没有' had been read as a negation of what is asked and said to match no cell)
    assert a.answered and "600" in a.answer and "1278" in a.answer, a.answer


@pytest.fixture(scope="module")
def qingshui(tmp_path_factory) -> Gongkai:
    from conftest import index_of_docs

    return index_of_docs(tmp_path_factory.mktemp("checking-qingshui"), ["qingshui-xzf-2019.txt", "xiaogan-szfbgs-2020.txt"])


def test_each_thing_of_a_difference_read_on_its_own_too(qingshui):
    a = qingshui.ask("清水县2019年县政府门户网站发布的比市政府网站公开的多了多少条？")
    # ('…省、市政策信息栏目中发布信息2620条' had been taken for the city site's: 2849)
    assert a.answered and "3369" in a.answer and "5469 − 2100" in a.answer, a.answer
    assert "2849" not in a.answer, a.answer
