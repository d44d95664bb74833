"""The twenty-eighth round's questions (multi48: a people's congress staff member, a student writing a paper, an elderly
resident; multi49: a fact-checker, a provincial supervisor, a tester typing fast). Real pipeline, real index, real
reports; the guess reader is also tested as a function. The probes are worded apart from the suites' questions."""

from __future__ import annotations

import pytest

from assistant.ask.guess import without_guesses
from assistant.service import Gongkai
from assistant.zh.text import full_years
from conftest import index_of_corpus, index_of_table_reports


@pytest.fixture(scope="module")
def tables(tmp_path_factory, eval_docs) -> Gongkai:
    return index_of_table_reports(tmp_path_factory.mktemp("guesses-tables"), eval_docs)


@pytest.mark.parametrize("question, read", [
    ("青溪市2022年收到多少件申请？我印象里大概有七八百件吧？", "青溪市2022年收到多少件申请？"),
    ("听说青溪市2024年的行政处罚决定超过了两万件，是这样吗？具体有多少件？", "青溪市2024年的行政处罚决定，具体有多少件？"),
    ("有网友说青溪市的复议案件里一大半被纠正了，对不对？真实的比例是多少？", "青溪市的复议案件里被纠正了，比例是多少？"),
])
def test_a_guess_is_read_without_its_figure(question, read):
    assert without_guesses(question) == read


@pytest.mark.parametrize("question", [
    "青溪市2022年和2024年收到的申请是不是差不多？各有多少件？",  # (no guess of a figure: the question as it is)
    "我记得青溪市2022年的报告说收到600件申请。",  # (nothing asked)
    "青溪市2024年收到多少件申请，大概占全省的百分之几？",  # (a hedge inside the asking sentence)
])
def test_a_question_without_a_guess_is_unchanged(question):
    assert without_guesses(question) == question


def test_a_claim_checked_is_answered_with_the_report_figure(tables):
    a = tables.ask("有网友说淮安市2024年收到的信息公开申请不到一千件，是真的吗？实际有多少件？")
    assert a.answered and "3119" in a.answer and "一千" not in a.answer, a.answer


def test_a_guess_after_the_question_is_no_part_asked(tables):
    a = tables.ask("青溪市政府2022年一共办结了多少件信息公开申请？我印象中好像是五百件左右？")
    assert a.answered and a.citations and all(c.source == "qingxi-szf-2022.md" for c in a.citations), a.answer


@pytest.mark.parametrize("question, read", [
    ("青溪市政府二二年的申请", "青溪市政府2022年的申请"),
    ("二〇二四年和二三年", "2024年和2023年"),
    ("近二三年来", "近二三年来"),
    ("已经十二年了", "已经十二年了"),
])
def test_years_in_chinese_numerals_are_read_in_digits(question, read):
    assert full_years(question, 2026) == read


def test_a_year_in_two_chinese_numerals_is_the_year_asked(tables):
    a = tables.ask("青溪市政府二二年新收的信息公开申请有多少件？")
    assert a.answered and "600" in a.answer and "1278" not in a.answer, a.answer
    assert {c.source for c in a.citations} == {"qingxi-szf-2022.md"}


def test_a_year_in_two_chinese_numerals_not_held_is_refused(tables):
    a = tables.ask("青溪市政府二三年新收的信息公开申请有多少件？")
    assert not a.answered and "2023" in a.answer and not a.citations, a.answer


def test_a_follow_up_after_a_year_in_chinese_numerals(tables):
    a = tables.ask("那二〇二四年呢？", history=["青溪市政府二〇二二年新收了多少件信息公开申请？"])
    assert a.answered and "1278" in a.answer, a.answer  # (had failed: int('二〇二二'))


def test_a_share_never_puts_the_whole_over_its_part(tables):
    # (two columns of one row, 纠正 and 总计 of 行政复议: 351 ÷ 64 = 548.4% had been stated)
    a = tables.ask("淮安市2024年信息公开方面的行政复议案件当中，结果被纠正的占到多少？实际占全部复议案件的比例是多少？")
    assert a.answered and "18.2%" in a.answer and "548" not in a.answer, a.answer


def test_an_english_glossary_phrase_names_its_cell(tables):
    a = tables.ask("How many of Huai'an's 2024 information requests got full disclosure?")
    assert a.answered and "1362" in a.answer, a.answer


@pytest.fixture(scope="module")
def shengsi(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("guesses-shengsi"), [
        "zhoushan-shengsi-xzfbgs-2022.txt", "shaoxing-xinchang-xzf-2022.txt", "chizhou-dongzhi-xzfbgs-2022.txt"])


@pytest.mark.parametrize("question, figure", [
    ("有人说新昌县2022年通过县政府门户网站公开的信息不到五千条，是真的吗？实际是多少条？", "8035"),
    ("听说嵊泗县政府办公室2022年受理的依申请公开超过20件，对吗？准确的数字是多少件？", "7件"),
])
def test_a_claim_about_prose_is_answered_whole(shengsi, question, figure):
    a = shengsi.ask(question)
    assert a.answered and figure in a.answer and "未找到" not in a.answer, a.answer  # (not '未找到“实际是多少条”的说法')


def test_an_english_share_of_what_requests_resulted_in(shengsi):
    a = shengsi.ask("For the Shengsi County government office in 2022, what percentage of the disclosure requests it "
                    "handled resulted in full disclosure? Round to one decimal place.")
    assert a.answered and "71.4%" in a.answer, a.answer


def test_traditional_characters_are_read_simplified(shengsi):
    a = shengsi.ask("東至縣政府辦公室2022年鄉村振興領域的信息有多少條？")
    assert a.answered and "260" in a.answer, a.answer
    assert {c.source for c in a.citations} == {"chizhou-dongzhi-xzfbgs-2022.txt"}


def test_a_sentence_of_thanks_asks_nothing(tables):
    a = tables.ask("Thank you so much. And in 2024?",
                   history=["How many new information requests did the Qingxi city government receive in 2022?"])
    assert a.answered and "1278" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "新昌县2022年通过县政府门户网站公开了多少条信息？我们要拿来和别的县比一比。",
    "新昌县2022年一年在县政府门户网站上公开了多少条信息？",
])
def test_the_asker_speaking_of_themselves_and_a_year_said_twice(shengsi, question):
    a = shengsi.ask(question)
    assert a.answered and "8035" in a.answer, a.answer


@pytest.mark.parametrize("question, read", [
    ("新昌县2022年公开了多少条信息？我们要拿来和别的县比一比。", "新昌县2022年公开了多少条信息？"),
    ("我是记者。新昌县2022年公开了多少条信息？", "新昌县2022年公开了多少条信息？"),
    ("新昌县2022年公开了多少条信息？我想和2021年对比一下。", None),  # (a year named: kept)
    ("我想了解新昌县。2022年公开了多少条信息？", None),  # (wanting to know: kept)
])
def test_what_the_asker_says_of_themselves(question, read):
    from assistant.ask.asides import without_own_statement

    assert without_own_statement(question) == (read or question)


def test_one_year_after_the_year_and_outward_words_are_no_terms():
    from assistant.ask.extractive import OUTWARD
    from assistant.ask.terms import focus_text

    focus = focus_text("新昌县2022年一年往外公开了几条政策解读", ["新昌县"], "zh")
    assert "一年" not in focus and "政策解读" in focus
    assert OUTWARD.sub(" ", focus).split() == ["公开", "政策解读"]
    assert "一年" in focus_text("新昌县2022年一年内公开了几条政策解读", ["新昌县"], "zh")  # (within a year: said)


def test_areas_named_by_no_name_are_no_second_body():
    from assistant.ask.english_names import bodies_named_en

    assert bodies_named_en("For Guandu District in Kunming, 2024, add the statutory items and the items in key areas.",
                           "云南省昆明市官渡区人民政府") == 1
    assert bodies_named_en("Which published more in 2022, Huangpu District or the Xiong'an Area?", "") == 2


def test_the_same_year_with_a_question_of_its_own(tables):
    a = tables.ask("那同一年收的行政事业性收费是多少万元？", history=["青溪市政府2022年作出了多少件行政许可决定？"])
    assert a.answered and "15294.73" in a.answer and {c.source for c in a.citations} == {"qingxi-szf-2022.md"}, a.answer


def test_what_a_whole_includes_is_no_second_cell(tables):
    a = tables.ask("For Huai'an in 2024, of all the administrative reconsideration cases about disclosure (those still "
                   "pending included), what share ended with the decision corrected? One decimal place.")
    assert a.answered and "18.2%" in a.answer and "57.8" not in a.answer, a.answer


@pytest.fixture(scope="module")
def lixia(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("guesses-lixia"), ["jinan-lixia-qzf-2021.txt",
                                                                      "shaoxing-xinchang-xzf-2022.txt"])


def test_an_english_list_with_a_serial_comma_keeps_its_inner_and(lixia):
    a = lixia.ask("Lixia District, 2021: add the items on finances, on policies and regulations, and on planning. "
                  "What is the total?")
    assert a.answered and "868" in a.answer and "352 + 418 + 98" in a.answer, a.answer
