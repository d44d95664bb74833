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


@pytest.fixture(scope="module")
def reporters(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("checking-reporters"),
                           ["weihai-tjj-2025.txt", "zhoushan-shengsi-xzfbgs-2022.txt", "huangshi-daye-dongfenglujd-2024.txt",
                            "xining-chengzhong-qzf-2024.txt", "wuhan-qiaokou-ylj-2021.txt", "xiongan-zmqpq-2022.txt",
                            "hangzhou-yuhang-fgj-2022.txt", "kunming-guandu-qzf-2024.txt", "xiangyang-tjj-2022.txt",
                            "guangzhou-panyu-jjkfq-2022.txt"])


def test_a_plus_sign_adds(reporters):
    a = reporters.ask("嵊泗县政府办2022年：行政规范性文件 + 政府会议信息，共几条？")
    # (the counts had been listed with no total)
    assert a.answered and "56" in a.answer and "22 + 34" in a.answer, a.answer


def test_one_thing_of_a_list_counted_together_is_refused(reporters):
    a = reporters.ask("东风路街道2024年公开的政府采购信息有多少条？")
    # ('…、财政资金、政府采购、公益事业建设事项等共计80余条' counts all the things listed)
    assert not a.answered and "80" not in a.answer, a.answer
    assert "政府采购" in a.answer, a.answer


def test_requests_of_an_applicant_are_said_only_by_requests(reporters):
    a = reporters.ask("城中区2024年依申请公开的申请里，自然人提出的有几件？")
    # ('共受理各类群众诉求近17250件' had been given: complaints of the public, no requests for information)
    assert "17250" not in a.answer, a.answer


def test_the_value_of_asks_money_in_english(reporters):
    a = reporters.ask("What was the value of the Qiaokou landscaping bureau's centralized government procurement in 2021?")
    # (the projects counted, '政府集中采购项目2项', had been given alone)
    assert a.answered and "57.1" in a.answer, a.answer


def test_an_english_sums_things_follow_a_dash(reporters):
    a = reporters.ask("Xiong'an free trade zone area, 2022 — news reports put out through media channels plus items "
                      "updated on its own website: the total?")
    assert a.answered and "566" in a.answer, a.answer


def test_in_full_or_in_part_is_the_two_outcomes(reporters):
    a = reporters.ask("城中区2024年答复的申请中，全部或部分公开的加起来有多少件？")
    assert a.answered and "39" in a.answer and "3 + 36" in a.answer, a.answer
    b = reporters.ask("城中区2024年已答复的申请中，全部或者部分给公开了的占多大比例？")
    # (部分公开's own share, 61%, had been given)
    assert b.answered and "66.1%" in b.answer, b.answer


def test_a_year_said_of_both_bodies_opening_the_question(reporters):
    a = reporters.ask("都是2022年，番禺经济技术开发区管委会全年公开的政府信息，比襄阳市统计局公开发布的政务信息少多少条？")
    assert a.answered and "139" in a.answer, a.answer


def test_a_shares_whole_in_a_clause_before_the_part(reporters):
    a = reporters.ask("余杭区发改局2022年收到的政府信息公开申请，办完了的占多大比例？")
    assert a.answered and "93.8%" in a.answer, a.answer


def test_an_english_share_of_a_whole_named_first_reads_the_dictionary(reporters):
    a = reporters.ask("Of everything Guandu District proactively disclosed on its portal in 2024, what share was "
                      "legally required disclosure?")
    assert a.answered and "56.7%" in a.answer, a.answer


def test_money_of_the_requests_is_left_to_the_text(tables):
    a = tables.ask("2024年淮安市人民政府从提出政府信息公开申请的人那里一共收了多少元费用？")
    assert a.answered and "3940" in a.answer, a.answer


def test_an_english_part_named_only_by_another_tables_cells_is_refused(tables):
    a = tables.ask("Of Qingxi city's 2024 reconsideration cases over disclosure, how many came from research institutions?")
    # (research institutions are a column of the requests table: the cases' total, 61, had been given)
    assert not a.answered and "61" not in a.answer, a.answer


def test_not_supplemented_is_no_correction(tables):
    a = tables.ask("青溪市政府2022年，申请人被通知补充材料却逾期未补充、机关于是不再处理的申请有几件？")
    # (未补充 had been no wording of the row: refused)
    assert a.answered and "28" in a.answer, a.answer


def test_a_result_of_cases_in_words_no_column_takes_is_refused(tables):
    a = tables.ask("青溪市政府2024年直接起诉的行政诉讼中，法院以其他方式结案的有几件？")
    # (the direct lawsuits' total, 21, had been given)
    assert not a.answered and "21" not in a.answer, a.answer
    b = tables.ask("青溪市政府2024年直接起诉的行政诉讼，结果维持的有几件？")
    assert b.answered and "6" in b.answer, b.answer


def test_no_reconsideration_asked_first_is_a_direct_lawsuit(tables):
    a = tables.ask("淮安市2024年，当事人没先申请复议就把政府告上法院的信息公开案件有多少件？")
    assert a.answered and "26" in a.answer, a.answer


def test_a_column_no_cell_planned_is_of_is_refused(tables):
    a = tables.ask("青溪市政府2024年的行政处罚里，罚款金额一共多少？")
    # (金额 names the fees' column: the penalties' decisions, 99571, had been given)
    assert "99571" not in a.answer, a.answer
    b = tables.ask("青溪市政府2024年行政许可作出决定多少件？")
    assert b.answered, b.answer
    c = tables.ask("青溪市政府2024年被老百姓告上法院的信息公开官司有几起？")
    # (an applicant named of lawsuits says who sued, no column of the lawsuits)
    assert c.answered and "21" in c.answer, c.answer
