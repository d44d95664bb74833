"""The twenty-seventh round's questions (multi44: a small-business owner, a county statistics clerk, a retired teacher;
multi45: a lawyer, a high-school student, a data journalist). Real pipeline, real index, real reports. The probes are
worded apart from the suites' questions."""

from __future__ import annotations

import pytest

from assistant.service import Gongkai
from conftest import index_of_corpus, index_of_table_reports


@pytest.fixture(scope="module")
def tables(tmp_path_factory, eval_docs) -> Gongkai:
    return index_of_table_reports(tmp_path_factory.mktemp("askers-tables"), eval_docs)


@pytest.mark.parametrize("question, figure, not_figure", [
    ("淮安市2024年，群众上门来要资料，单位答复说手上没有这个信息的，总共多少件？", "769", "746"),
    ("淮安市2024年老百姓找市政府要信息，最后全部公开给他们的有多少件？", "1362", "1288"),
])
def test_the_public_asking_is_who_asks_not_the_natural_persons_column(tables, question, figure, not_figure):
    a = tables.ask(question)
    assert a.answered and figure in a.answer and not_figure not in a.answer, a.answer


@pytest.mark.parametrize("question, figure", [
    ("淮安市2024年老百姓以个人名义来要信息的，新收了多少件？", "3001"),
    ("淮安市2024年市民提出的申请里，全部公开的有多少件？", "1288"),
])
def test_the_public_on_their_own_is_still_natural_persons(tables, question, figure):
    a = tables.ask(question)
    assert a.answered and figure in a.answer and "自然人" in a.answer, a.answer


@pytest.fixture(scope="module")
def towns(tmp_path_factory) -> Gongkai:
    return index_of_corpus(tmp_path_factory.mktemp("askers-towns"), [
        "chizhou-dongzhi-dadukouzhen-2022.txt", "chizhou-dongzhi-huayuanxiang-2022.txt", "kunming-guandu-qzf-2024.txt",
        "shaoxing-xinchang-xzf-2022.txt", "xining-chengzhong-qzf-2024.txt", "chizhou-dongzhi-xzfbgs-2022.txt",
        "guangzhou-huangpu-qzf-2022.txt"])


@pytest.mark.parametrize("question", [
    "我手头有淮安市2024年的信息公开年报，不过想了解前一年：淮安市2023年行政处罚决定有多少件？",
    "I have Huai'an's 2024 report already. How many administrative penalty decisions did Huai'an make in 2023?",
])
def test_a_year_asked_beside_the_report_one_has_is_refused(tables, question):
    a = tables.ask(question)
    assert not a.answered and "2023" in a.answer and not a.citations, a.answer  # (2024's 3985758 had been given)


def test_all_disclosed_with_the_partial_left_out(tables):
    a = tables.ask("淮安市2024年的申请里，全部都给公开了的（不算只公开一部分的）有多少件？")
    assert a.answered and "1362" in a.answer and "454" not in a.answer, a.answer


def test_a_way_of_coming_in_said_with_de_fangshi(towns):
    a = towns.ask("城中区政府2024年依申请公开里，用写信的方式提出的有多少件？")
    assert a.answered and "39" in a.answer and "59" not in a.answer, a.answer


def test_each_year_and_the_difference_asked_in_two_sentences(tables):
    a = tables.ask("青溪市政府被人申请行政复议的，2022年和2024年各是多少件？2024年比2022年多出几件？")
    assert a.answered and "37" in a.answer and "24" in a.answer and "61" in a.answer, a.answer


def test_an_english_sum_asked_again_in_a_second_sentence(tables):
    a = tables.ask("How many administrative reconsideration cases plus lawsuits did Huai'an have in 2024, taken together? "
                   "Give me the total.")
    assert a.answered and "397" in a.answer, a.answer


def test_a_part_said_by_the_breakdown_is_not_the_whole():
    from assistant.ask.pipeline import _asked_in_breakdown
    from assistant.ask.extractive import Unit
    from assistant.model import Passage

    text = "通过县政府门户网站公开信息8035条,其中行政规范性文件18个,政策解读18条,公开意见征集14条。"
    passage = Passage(text=text, source="x.txt", title="", body="新昌县", year=2022, section_path=(), page=None,
                      kind="prose")
    whole = Unit(passage=passage, rank=0, match_text=text, quote="通过县政府门户网站公开信息8035条", figures=["8035"])
    assert _asked_in_breakdown("新昌县2022年在网站上公开的征求意见有多少条？", ["新昌县"], whole)
    assert not _asked_in_breakdown("新昌县2022年在网站上公开的信息有多少条？", ["新昌县"], whole)


@pytest.mark.parametrize("question, whole, part", [
    # (a part named inside its whole, in a quoted draft)
    ("文章说“官渡区2024年区政府网站公开的信息里，法律规定要公开的有3600条”，准确吗？", "6467", "3669"),
    # (a part said in the breakdown's words, '…8035条,其中…公开意见征集14条')
    ("新昌县2022年的年报提到县政府网站上公开过向社会征求意见的内容。新昌县2022年网站上公开的征求意见有多少条？", "8035", "14"),
])
def test_a_part_is_never_answered_with_its_whole_alone(towns, question, whole, part):
    a = towns.ask(question)
    assert whole not in a.answer or part in a.answer, a.answer


def test_out_of_these_points_back(towns):
    a = towns.ask("Out of these, what is the count of employment and entrepreneurship items?",
                  history=["How many items did Dadukou Town (Dongzhi County) publish in 2022?"])
    assert a.answered and "53" in a.answer, a.answer


@pytest.mark.parametrize("question", ["Of those, what is the count of the social welfare ones?",
                                      "Out of them, what was the count of social welfare items?"])
def test_the_count_of_is_the_number_of(towns, question):
    a = towns.ask(question, history=["Dadukou Town, Dongzhi County, 2022: how many items were published in total?"])
    assert a.answered and "96" in a.answer, a.answer


def test_a_reply_to_the_answer_before_opens_a_follow_up(tables):
    a = tables.ask("好的，明白了。那其中法人或其他组织提的有多少件？", history=["淮安市2024年新收了多少件信息公开申请？"])
    assert a.answered and "淮安" in a.answer, a.answer


def test_a_body_named_twice_is_one_body(towns):
    a = towns.ask("东至县花园乡2022年公开了多少条财政资金信息？我问的是花园乡的。")
    assert a.answered and "31" in a.answer, a.answer


def test_a_request_to_work_out_ends_the_words_before(towns):
    a = towns.ask("您好，我在看东至县花园乡2022年的年报，它按类别列了条数。想请您算一下：2022年花园乡卫生健康和财政资金两类"
                  "加起来是多少条？")
    assert a.answered and "47" in a.answer, a.answer


def test_a_sentence_asking_the_wording_asks_no_part(tables):
    a = tables.ask("淮安市2024年作出了多少件行政处罚？表里怎么写的？")
    assert a.answered and "3985758" in a.answer, a.answer


@pytest.mark.parametrize("question, figure", [
    ("淮安市2024年，因为本机关没有这份信息而没法提供的申请有几件？", "769"),
    ("How many requests to Huai'an in 2024 were partly disclosed?", "454"),
])
def test_the_formats_words_said_otherwise(tables, question, figure):
    a = tables.ask(question)
    assert a.answered and figure in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "淮安市2024年新收的申请里，自然人提出的占多少？保留两位小数。",
    "What share of Huai'an's new requests in 2024 came from natural persons, to two decimal places?",
])
def test_a_share_to_the_decimals_asked(tables, question):
    a = tables.ask(question)
    assert a.answered and "96.22%" in a.answer, a.answer  # (3001 ÷ 3119; 96.2% had been given)


def test_shares_to_decimals_recomputes_only_the_shares_of_their_operands():
    from assistant.ask.operations import decimals_asked, shares_to_decimals

    assert shares_to_decimals("占72.3%[1]；482条占667条的72.3%（482 ÷ 667）", "保留两位小数") == \
        "占72.3%[1]；482条占667条的72.26%（482 ÷ 667）"  # (the report's own 72.3% stays)
    assert shares_to_decimals("占50%（482 ÷ 667）", "保留两位小数") == "占50%（482 ÷ 667）"
    assert shares_to_decimals("占72.3%（482 ÷ 667）", "保留一位小数") == "占72.3%（482 ÷ 667）"
    assert [decimals_asked(q) for q in ("保留两位小数", "精确到小数点后三位", "to 2 decimal places", "取整", "多少？",
                                        "报告写了一位小数，请保留两位小数再算")] == [2, 3, 2, 0, None, 2]


def test_a_sum_asked_again_with_its_measure(towns):
    a = towns.ask("东至县花园乡2022年主动公开的卫生健康、应急管理这两类加起来多少条？请给出合计条数。")
    assert a.answered and "29" in a.answer, a.answer  # (16 + 13)


def test_a_follow_up_after_who_asks(tables):
    a = tables.ask("一位读者还想问：其中商业企业提的有多少件？", history=["淮安市2024年新收了多少件信息公开申请？"])
    assert a.answered and "53" in a.answer, a.answer


def test_an_english_list_of_three_is_never_answered_with_fewer_counts(towns):
    a = towns.ask("For Xinchang County in 2022, add together the normative documents, the press conferences and the "
                  "graphic explainers on the county website. What is the total?")
    assert "43" in a.answer or not a.answered, a.answer  # (18 + 10 + 15)


def test_the_year_before_said_as_tou_yi_nian(tables):
    a = tables.ask("青溪市政府2024年新收的申请，再加上头一年没办完转过来的，一共多少件？")
    assert a.answered and "上年结转" in a.answer and "结转下年度" not in a.answer, a.answer


def test_another_name_in_a_bracket_after_the_body(towns):
    a = towns.ask("黄埔区（广州开发区）2022年面向公众开了几场新闻发布会？")
    assert a.answered and "44" in a.answer, a.answer
