"""Which body is asked (multi19's round): related bodies of one place (a district and its bureaus and centres, a city
and its office, a street office and its zone), named in follow-ups by their organ alone, in English by a department
the organ list lacks, or beside a place no report is. Real pipeline, real index, real corpus reports."""

from __future__ import annotations

from conftest import index_of_corpus

QIAOKOU = ["wuhan-qiaokou-sjj-2024.txt", "wuhan-qiaokou-sjj-2025.txt", "wuhan-qiaokou-ylj-2021.txt",
           "wuhan-qiaokou-qyfwzx-2025.txt", "wuhan-qiaokou-qzf-2021.txt"]


def test_real_reports_an_english_department_the_list_lacks_is_not_the_one_bureau_held(tmp_path):
    g = index_of_corpus(tmp_path, QIAOKOU)
    a = g.ask("How many information requests did Qiaokou's landscaping bureau handle in 2024?")
    # (硚口区园林局 is held for 2021 only; 硚口区审计局, the one bureau of 2024, is no landscaping bureau)
    assert not a.answered and "2件" not in a.answer, a.answer
    b = g.ask("How many information requests did Qiaokou's audit bureau handle in 2024?")
    assert b.answered and "2件" in b.answer, b.answer


def test_real_reports_an_english_follow_up_naming_an_organ_of_the_place_asked_before(tmp_path):
    g = index_of_corpus(tmp_path, QIAOKOU)
    history = ["How many disclosure requests did Qiaokou's audit bureau receive in 2025?"]
    a = g.ask("And the district's enterprise service centre?", history=history)
    assert a.answered and "企业服务中心" in a.answer and "0件" in a.answer, a.answer
    assert "qyfwzx" in a.citations[0].source
    b = g.ask("And the district's audit bureau the year before?", history=history)
    assert b.answered and "2件" in b.answer and "sjj-2024" in b.citations[0].source, b.answer


def test_real_reports_a_chinese_follow_up_led_by_an_organ_of_the_place_in_the_same_year(tmp_path):
    g = index_of_corpus(tmp_path, QIAOKOU)
    a = g.ask("那区园林局同一年公开了几个预决算文件？", history=["硚口区政府2021年门户网站更新了多少条信息？"])
    assert a.answered and "10个" in a.answer and "3568" not in a.answer, a.answer
    assert "ylj" in a.citations[0].source


def test_real_reports_a_follow_up_naming_its_body_and_its_own_count_takes_the_year_only(tmp_path):
    g = index_of_corpus(tmp_path, ["baoshan-szf-2024.txt", "baoshan-szfbgs-2024.txt"])
    a = g.ask("那保山全市那份报告里，一年公开了几次政府重要会议？", history=["保山市政府办2024年转载了多少条国家和省里的信息？"])
    assert a.answered and "219次" in a.answer, a.answer


def test_real_reports_a_follow_up_naming_a_body_no_report_is_is_refused(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-dhgx-guandongjd-2025.txt", "hangzhou-yuhang-fgj-2022.txt"])
    a = g.ask("东湖高新区管委会那年呢？", history=["关东街道2025年受理了多少件申请？"])
    assert not a.answered and "21" not in a.answer, a.answer
    b = g.ask("What about the Yuhang district government itself?",
              history=["How many disclosure requests did Yuhang's development and reform bureau get in 2022?"])
    assert not b.answered and "32" not in b.answer, b.answer


def test_real_reports_a_place_of_another_city_with_its_level_in_lower_case_is_not_held(tmp_path):
    g = index_of_corpus(tmp_path, ["weihai-rongcheng-dongshanjd-2025.txt", "zhoushan-shengsi-xzfbgs-2022.txt"])
    a = g.ask("How much did Dongshan subdistrict in Nanjing's Jiangning district proactively disclose in 2025?")
    assert not a.answered and "37" not in a.answer, a.answer
    b = g.ask("What about Caiyuan town in Shengsi?", history=["How many information-disclosure requests did the "
                                                              "Shengsi county government office accept in 2022?"])
    assert not b.answered and "7件" not in b.answer, b.answer


def test_real_report_the_english_words_of_a_development_zone_name_no_other_place(tmp_path):
    g = index_of_corpus(tmp_path, ["guangzhou-huangpu-qzf-2022.txt", "guangzhou-huadu-qzfbgs-2022.txt"])
    a = g.ask("Guangzhou's Huangpu district (the one run together with the Guangzhou Development District): how many "
              "administrative penalty cases did it disclose for 2022?")
    assert a.answered and "358721" in a.answer, a.answer
