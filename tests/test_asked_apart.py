"""Questions whose figure a clause beside the right one would give: counts of one thing told apart by
qualifiers the question does not say, a share stated of the whole rather than of the part asked, an
English sum whose things follow its word of summing, a ranking asked by an idiom. Real pipeline, real
index; the reports are written for the tests (and a real corpus report where the case is theirs)."""

from __future__ import annotations

import pytest

from assistant.ask.operations import operation_of
from assistant.ask.prose_sum import _named_en
from assistant.ask.siblings import meant, residue, unasked_siblings
from conftest import index_of_corpus, index_of_docs, index_of_texts

QINGSHAN_2022 = ("青山区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
                 "本年度制定并公开行政规范性文件12件,废止行政规范性文件30件,现行有效行政规范性文件96件。\n"
                 "发布政策解读信息80条,其中,解读材料24条,解读视频50个,政策解读比例为100%。\n"
                 "全年通过政府网站发布信息5个类别,累计公开各类信息共300条。政务微信公众号推送信息120条。\n")
LISHAN_2022 = ("丽山镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"
               "全年共受理政府信息公开申请9件。\n")
TAOYUAN_2022 = ("桃源镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"
                "全年共受理政府信息公开申请4件。\n")


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    return index_of_texts(tmp_path_factory.mktemp("apart"), tmp_path_factory.mktemp("apart-home"),
                          {"qingshan-2022.txt": QINGSHAN_2022, "lishan-2022.txt": LISHAN_2022,
                           "taoyuan-2022.txt": TAOYUAN_2022})


SENTENCE = "本年度制定并公开行政规范性文件12件,废止行政规范性文件30件,现行有效行政规范性文件96件"


def test_counts_of_one_thing_told_apart_by_qualifiers_the_question_does_not_say_are_siblings():
    found = unasked_siblings("新出台 行政规范性文件", "现行有效行政规范性文件96件", SENTENCE)
    assert found[0] == ("现行有效行政规范性文件96件", "现行有效") and len(found) == 3
    assert {q for _, q in found} == {"现行有效", "本年度制定并公开", "废止"}
    # (the question says one qualifier: the composer's choice stands)
    assert unasked_siblings("废止 行政规范性文件", "废止行政规范性文件30件", SENTENCE) == []
    # (another thing counted in the same sentence is no sibling)
    assert unasked_siblings("政策解读", "发布政策解读信息80条", "发布政策解读信息80条,其中,解读材料24条") == []


def test_the_words_a_question_asks_besides_the_thing_counted_are_its_residue():
    assert residue("到2022年底，青山区还在生效的行政规范性文件有多少件？", "现行有效行政规范性文件96件", ["青山区"]) == "还在生效的"


def test_a_qualifier_is_meant_only_when_one_is_clearly_closest():
    def cosines(query, texts):
        return [0.6 if t == "现行有效" else 0.3 for t in texts]

    assert meant("还在生效的", ["现行有效", "废止"], cosines, 0.4, 0.15) == 0
    assert meant("还在生效的", ["废止", "现行有效"], cosines, 0.4, 0.15) == 1
    assert meant("还在生效的", ["现行有效", "废止"], lambda q, ts: [0.35, 0.3], 0.4, 0.15) is None  # (below the floor)
    assert meant("还在生效的", ["现行有效", "废止"], lambda q, ts: [0.6, 0.5], 0.4, 0.15) is None  # (no margin)


def test_a_count_asked_without_its_qualifier_is_refused_naming_the_counts(g):
    a = g.ask("青山区2022年的行政规范性文件有多少件？")
    assert not a.answered and "12件" in a.answer and "30件" in a.answer and "96件" in a.answer, a.answer
    # (新出台 is one of the format's wordings of 本年制发, and so of the clause saying 制定)
    e = g.ask("青山区2022年新出台了多少件行政规范性文件？")
    assert e.answered and "12件" in e.answer and "96" not in e.answer, e.answer
    b = g.ask("青山区2022年废止了多少件行政规范性文件？")
    assert b.answered and "30件" in b.answer and "96" not in b.answer, b.answer
    # (a qualifier said in other words, by meaning: the embedder's cosine)
    d = g.ask("到2022年底，青山区还在生效的行政规范性文件有多少件？")
    assert d.answered and "96件" in d.answer and "30件" not in d.answer, d.answer
    c = g.ask("How many normative documents did Qingshan District scrap in 2022?")
    assert not c.answered, c.answer


def test_a_share_stated_of_the_whole_does_not_answer_a_share_of_a_part(g):
    a = g.ask("What share of Qingshan District's 80 policy interpretations in 2022 were written explanatory materials?")
    assert not a.answered and "100%" not in a.answer.split("。")[0], a.answer
    b = g.ask("青山区2022年的政策解读中，解读材料占多少比例？")
    assert b.answered and "30.0%" in b.answer and "24 ÷ 80" in b.answer, b.answer


def test_an_english_sum_reads_its_things_after_the_word_of_summing():
    assert _named_en("What was the   combined 2022 output on the government website and its WeChat account?") == [
        "2022 output on the government website", "its WeChat account"]
    # (three things listed with commas are read as three, never as the two joined by 'and')
    assert _named_en("In total, how many licensing, penalty and enforcement cases did   disclose?") == [
        "licensing", "penalty", "enforcement cases"]
    assert _named_en("For   in 2022, what do emergency items, interpretation items and responses to concerns add up to?") == [
        "emergency items", "interpretation items", "responses to concerns"]


def test_an_english_sum_asked_with_what_is_not_answered_by_one_count(g):
    a = g.ask("What was Qingshan District's combined 2022 output on the government website and its WeChat account?")
    # (the site's count in another measure, '5个类别', is never added to the account's 120条; and the account's count
    # alone is no total of the two: refused, english_sum_without_total_refused)
    assert not a.answered and "125" not in a.answer, a.answer


def test_a_ranking_asked_by_an_idiom_is_a_ranking(g):
    assert operation_of("谁家在申请件数上拔得头筹？").rank
    low = operation_of("哪个镇的申请量垫底？")
    assert low.rank and low.lowest
    assert not operation_of("Which town received the most requests last year?").lowest
    a = g.ask("2022年丽山镇和桃源镇，谁家在信息公开申请件数上拔得头筹？")
    assert a.answered and "丽山镇" in a.answer and "9件" in a.answer, a.answer


def test_real_report_a_repealed_count_asked_in_other_words_is_not_the_documents_in_force(tmp_path):
    g = index_of_corpus(tmp_path, ["guangzhou-huangpu-qzf-2022.txt"])
    a = g.ask("How many administrative normative documents did Huangpu District, Guangzhou scrap in 2022?")
    assert not a.answered and "55件" in a.answer, a.answer
    b = g.ask("How many administrative normative documents did Huangpu District, Guangzhou repeal in 2022?")
    assert b.answered and "55" in b.answer and "181" not in b.answer, b.answer


def test_words_of_dropping_ask_a_change_and_words_of_abolishing_do_not():
    assert operation_of("政务动态2024年跟2022年比掉了百分之几？").change
    assert not operation_of("新出台了几件规范性文件，又废掉了几件？").change


def test_an_english_share_asked_with_concerned_reads_its_part():
    from assistant.ask.prose_share import EN_SHARE

    m = EN_SHARE.search("What share of the town's disclosed information in 2022 concerned fiscal funds?")
    assert m and m.group("part") == "fiscal funds" and "disclosed information" in m.group("whole")


LANHU_2022 = ("兰湖新区管理委员会2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
              "全年通过门户网站主动公开政府信息420条。\n")


QINGWAN_2022 = ("青湾新区2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"
                "全年共收到政府信息公开申请12宗。\n")


def test_a_zone_committee_named_in_english_by_committee_alone_is_the_held_zone(tmp_path):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"lanhu-2022.txt": LANHU_2022, "taoyuan-2022.txt": TAOYUAN_2022,
                                                              "qingwan-2022.txt": QINGWAN_2022})
    a = g.ask("How many items did the Lanhu New Area committee publish on its portal in 2022?")
    assert a.answered and "420" in a.answer and {c.source for c in a.citations} == {"lanhu-2022.txt"}, a.answer
    # (a zone whose report names no organ: its committee is the zone)
    b = g.ask("How many disclosure requests did the Qingwan New Area committee receive in 2022?")
    assert b.answered and "12" in b.answer and {c.source for c in b.citations} == {"qingwan-2022.txt"}, b.answer



def test_real_reports_the_outlet_said_by_the_whole_leading_a_part_adds_no_second_figure(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-qzf-2022.txt", "wuhan-qiaokou-qzf-2024.txt"])
    a = g.ask("硚口区政府网站的政务动态信息2022年有多少条？")
    assert a.answered and "2523" in a.answer and "4574" not in a.answer.split("[1]")[0], a.answer
    b = g.ask("硚口区政府网站的政务动态信息，2024年跟2022年比掉了百分之几？保留一位小数")
    assert b.answered and "50.2%" in b.answer and "1256 − 2523" in b.answer, b.answer


SHUIKOU_2025 = ("水口街道办事处2025年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
                "2025年水口街道主动公开政府信息共40条,其中包括机构设置1条、规划计划2条、试点领域公开9条、业务工作26条、"
                "政府信息公开年报2条。\n")


def test_an_english_sum_matches_its_things_in_the_dictionarys_words_too(tmp_path):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"shuikou-2025.txt": SHUIKOU_2025})
    a = g.ask("How many pilot-area disclosures and routine-work items did Shuikou Subdistrict publish in 2025 in total?")
    assert a.answered and "35 (9 + 26)" in a.answer, a.answer


XIYUAN_2025 = ("西园街道办事处2025年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"
               "2025年西园街道收到依申请公开办件3条,与去年相比减少5条。\n")


def test_a_change_against_the_year_before_is_answered_by_the_clause_that_states_it(tmp_path):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"xiyuan-2025.txt": XIYUAN_2025})
    a = g.ask("西园街道2025年收到的依申请，跟去年比少了几条？")
    assert a.answered and "减少5条" in a.answer and "3条" in a.answer, a.answer
    # (the year before in the question's word, said by the report's)
    b = g.ask("西园街道2025年收到的依申请，跟上一年比少了几条？")
    assert b.answered and "减少5条" in b.answer, b.answer


def test_sibling_counts_named_in_a_refusal_carry_no_citation_marker_of_the_report(tmp_path):
    planted = QINGSHAN_2022.replace("废止行政规范性文件30件", "废止行政规范性文件30件[1]")
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"qingshan-2022.txt": planted})
    a = g.ask("青山区2022年的行政规范性文件有多少件？")
    assert not a.answered and "30件" in a.answer, a.answer
    assert "[1]" not in a.answer and "〔1〕" in a.answer, a.answer


def test_real_reports_the_part_a_bracket_says_is_included_is_not_the_whole_asked(tmp_path):
    g = index_of_docs(tmp_path, ["gaochun-qzf-2022.txt", "huaibei-szfbgs-2022.txt"])
    # 淮北's '其中予以公开5件,部分公开6件': '部分公开6件' alone is not what was disclosed including in part
    a = g.ask("2022年高淳区和淮北市府办，申请最后给公开了（含部分公开）的各有多少件？高淳多几件？")
    assert "部分公开6件" not in a.answer and "53" not in a.answer, a.answer
    assert not a.answered and "淮北市人民政府办公室（2022年）的报告没有说明" in a.answer, a.answer


def test_real_report_a_sum_whose_things_are_found_as_one_count_only_is_refused(tmp_path):
    assert operation_of("关东街道2025年要办的申请，连上一年没办完的算上，一共多少件？").sum
    assert operation_of("Counting new requests and those carried over, how many did it handle?").sum
    assert not operation_of("How many requests, not counting those carried over and withdrawn?").sum
    g = index_of_corpus(tmp_path, ["wuhan-dhgx-guandongjd-2025.txt"])
    a = g.ask("Guandong street (East Lake hi-tech zone, Wuhan), 2025: counting new requests and those carried over "
              "from the year before, how many requests did it have to handle?")
    # (the one count found, '结转上年度2件', is no total of the two; since multi30's round both are read from the text's
    # cells, '共受理…申请21件,结转上年度2件', and added — never the 2 alone)
    assert a.answered and "23" in a.answer and "21 + 2" in a.answer, a.answer
    c = g.ask("关东街2025年新接的要信息请求，加上上一年留下来没弄完的，合计多少件？")
    assert not (c.answered and "共2件" in c.answer and "23" not in c.answer), c.answer
    b = g.ask("How many requests did Guandong street (East Lake hi-tech zone, Wuhan) receive in 2025 in total?")
    assert b.answered and "21" in b.answer, b.answer


def test_real_report_a_court_case_asked_in_everyday_words_is_not_answered_by_reconsideration(tmp_path):
    g = index_of_docs(tmp_path, ["huaian-szfbgs-2022.txt"])
    a = g.ask("淮安市政府办2022年信息公开官司里，法院判政府这边维持的有几件？")
    assert "复议2件" not in a.answer, a.answer
    b = g.ask("淮安市政府办2022年政府信息公开行政复议有几件？")
    assert b.answered and "2件" in b.answer, b.answer
