"""Arithmetic asked in the many ways people ask it (multi15's round): things joined by 连同, an English sum's
frame ('the combined number of …'), an English share whose words the glossary leaves to the dictionary, two
years of an account named in quotes, an English question naming more bodies than are matched. Real pipeline,
real index, real corpus reports."""

from __future__ import annotations

from assistant.ask.english_names import bodies_named_en
from assistant.ask.prose_sum import _named_en, sum_asked_at
from conftest import index_of_corpus


def test_a_thing_joined_by_liantong_is_added_and_the_later_word_of_summing_is_the_sum():
    question = "周至县政府办2021年门户网站上传的信息，连同“周至政务”公众号发的信息条数，共多少条？"
    assert question[sum_asked_at(question):].startswith("共")


def test_real_report_things_joined_by_liantong_are_added(tmp_path):
    g = index_of_corpus(tmp_path, ["xian-zhouzhi-xzfbgs-2021.txt"])
    a = g.ask("周至县政府办2021年门户网站上传的信息，连同“周至政务”公众号发的信息条数，共多少条？")
    assert a.answered and "6800" in a.answer and "5786 + 1014" in a.answer, a.answer


def test_an_english_sum_reads_its_things_without_the_frame_of_its_count():
    assert _named_en("For the Weihai municipal statistics bureau in 2025, what is the combined number of overview "
                     "items and government-news items it put on its website?") == ["overview items", "government-news items"]
    assert _named_en("What's the combined number of administrative licensing, penalty and enforcement cases that "
                     "X disclosed in 2022?") == ["administrative licensing", "penalty", "enforcement cases"]


def test_real_report_an_english_sum_of_overview_and_news_items(tmp_path):
    g = index_of_corpus(tmp_path, ["weihai-tjj-2025.txt"])
    a = g.ask("For the Weihai municipal statistics bureau in 2025, what is the combined number of overview items and "
              "government-news items it put on its website?")
    assert a.answered and "67 (10 + 57)" in a.answer, a.answer


def test_real_report_an_english_share_reads_the_words_the_glossary_leaves_in_the_dictionary(tmp_path):
    g = index_of_corpus(tmp_path, ["kunming-guandu-qzf-2024.txt"])
    a = g.ask("What share of the items Guandu District posted on its portal in 2024 were statutory proactive "
              "disclosures? To one decimal.")
    # (法定主动公开3669条 of the portal's 6467条; not 主动公开 alone)
    assert a.answered and "56.7%" in a.answer and "3669 ÷ 6467" in a.answer, a.answer


def test_real_reports_two_years_of_an_account_named_in_quotes_are_its_owners_reports(tmp_path):
    # (城中区 2024 beside them: read whole, the question had found no passage answering it)
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-sjj-2024.txt", "wuhan-qiaokou-sjj-2025.txt",
                                   "xining-chengzhong-qzf-2024.txt"])
    a = g.ask("“硚口审计”公众号2025年的发文量比2024年增加了百分之几？保留一位小数。")
    assert a.answered and "46 − 41" in a.answer and "12.2%" in a.answer, a.answer
    b = g.ask("“硚口审计”公众号2023年的发文量比2024年增加了百分之几？")
    assert not b.answered, b.answer


def test_an_english_question_naming_more_bodies_than_are_matched_is_refused(tmp_path):
    assert bodies_named_en("How many requests did Qiaokou's Hanjiadun street office, its city operations management "
                           "centre and its audit bureau receive in all?") == 3
    assert bodies_named_en("How many requests did the Qiaokou District government office receive in 2024?") == 1
    # (a town named with its county is one body)
    assert bodies_named_en("Dingqiao town, Qingyang county: how many items were disclosed in 2022?", "池州市青阳县丁桥镇") == 1
    assert bodies_named_en("How many items did Dingqiao town and Huayuan township publish in total?", "池州市青阳县丁桥镇") == 2
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-hanjiadunjd-2024.txt", "wuhan-qiaokou-sjj-2025.txt"])
    a = g.ask("In 2024, how many information-disclosure requests did Qiaokou's Hanjiadun street office, its city "
              "operations management centre and its audit bureau receive in all?")
    assert not a.answered and "several bodies" in a.answer, a.answer


def test_a_multiple_asked_with_no_precision_is_exact_when_it_ends_within_two_decimals():
    from decimal import Decimal

    from assistant.ask.operations import times_of

    assert times_of(Decimal(204), Decimal(48), exact=True) == "4.25"
    assert times_of(Decimal(204), Decimal(48)) == "4.3"  # (one decimal asked)
    assert times_of(Decimal(10), Decimal(3), exact=True) == "3.3"  # (no end within two decimals)
    assert times_of(Decimal(10), Decimal(5), exact=True) == "2.0"


def test_real_reports_a_follow_up_total_of_both_bodies_keeps_its_total(tmp_path):
    g = index_of_corpus(tmp_path, ["chizhou-qingyang-dingqiaozhen-2022.txt", "chizhou-dongzhi-huayuanxiang-2022.txt"])
    a = g.ask("2022年青阳县丁桥镇和东至县花园乡主动公开的信息一共多少条？")
    assert a.answered and "1261" in a.answer and "700 + 561" in a.answer, a.answer
    b = g.ask("那算上东至县花园乡的，两个乡镇一共多少条？", history=["青阳县丁桥镇2022年主动公开了多少条信息？"])
    assert b.answered and "1261" in b.answer, b.answer


def test_an_english_sum_of_two_ways_joined_by_or_reads_each_way_alone():
    # (not 'how many … newly received disclosure requests came by letter', whose words name the whole)
    assert _named_en("In 2024, how many of Chengzhong district's newly received disclosure requests came by letter "
                     "or by email combined?") == ["by letter", "by email"]
    assert _named_en("How many requests came in by letter or by email?") == []  # (no word of summing)


def test_real_report_an_english_sum_of_two_ways_joined_by_or(tmp_path):
    g = index_of_corpus(tmp_path, ["xining-chengzhong-qzf-2024.txt"])
    a = g.ask("In 2024, how many of Chengzhong district's (Xining) newly received disclosure requests came by letter "
              "or by email combined?")
    assert a.answered and "46 (39 + 7)" in a.answer, a.answer


def test_real_report_a_part_opened_by_qizhong_that_says_more_of_the_question_comes_before_its_whole(tmp_path):
    g = index_of_corpus(tmp_path, ["kunming-guandu-qzf-2024.txt"])
    a = g.ask("How many statutory proactive disclosure items did Guandu District publish on its portal in 2024?")
    assert a.answered and "3669" in a.answer.split("[1]")[0] and "6467" not in a.answer, a.answer
    b = g.ask("官渡区2024年门户网站主动公开了多少条信息？")  # (the whole, asked in its words alone)
    assert b.answered and "6467" in b.answer and "3669" not in b.answer, b.answer


def test_quotes_around_english_words_do_not_hide_a_glossary_term():
    from assistant.ask.glossary import chinese_alternatives

    assert ("其他类",) in chinese_alternatives("How many disclosed items fell into the 'other' category?")
    assert ("其他类",) in chinese_alternatives("How many items fell into the “other” category?")
    # (an apostrophe inside a word is no quote)
    assert ("政务动态", "工作动态") in chinese_alternatives("What was the district's count of government news?")


def test_real_reports_a_follow_up_naming_what_it_is_compared_with_is_no_change_from_the_earlier_year(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-qzf-2022.txt", "zhumadian-xincai-xzf-2020.txt"])
    a = g.ask("那硚口区2022年的政务动态类信息呢？比新蔡多多少？", history=["新蔡县2020年公开了多少条政务（动态）类信息？"])
    # ('…？比2020年比新蔡多多少？' had set the two reports' totals against each other)
    assert "4574 − 2603" not in a.answer, a.answer


def test_real_reports_figures_to_add_take_the_part_a_question_names_in_other_words(tmp_path):
    g = index_of_corpus(tmp_path, ["xian-zhouzhi-xzfbgs-2021.txt", "zhoushan-shengsi-xzfbgs-2022.txt",
                                   "hangzhou-yuhang-fgj-2022.txt"])
    a = g.ask("周至县政府办2021年、嵊泗县府办2022年和余杭区发改局2022年通过网络提出的政府信息公开申请，加起来一共多少件？")
    # (嵊泗's '共受理依申请公开7件(网上申请5件、信函申请2件)': 网络 is said by 网上申请)
    assert a.answered and "14 + 5 + 24" in a.answer and "43" in a.answer, a.answer


def test_real_reports_a_word_said_of_both_bodies_is_read_in_each_clauses_sentence(tmp_path):
    g = index_of_corpus(tmp_path, ["yinchuan-szfbgs-2022.txt", "wuhan-qiaokou-qzf-2022.txt"])
    # (硚口区's '信息公开目录1823条' follows '通过硚口区门户网站主动公开各类政务信息4574条' in its sentence)
    a = g.ask("2022年银川市政府办公室门户网站的信息公开目录信息，比硚口区门户网站公开的信息公开目录多多少条？")
    assert a.answered and "10699 − 1823" in a.answer and "8876" in a.answer, a.answer


def test_real_reports_a_follow_up_asking_both_bodies_joins_the_latest_other_body_of_the_conversation(tmp_path):
    g = index_of_corpus(tmp_path, ["weihai-tjj-2025.txt", "xian-weiyang-tjj-2025.txt", "fuzhou-wsb-2025.txt",
                                   "zhoushan-shengsi-xzfbgs-2022.txt", "shaoxing-xinchang-xzf-2022.txt"])
    a = g.ask("两家差多少？", history=["威海市统计局2025年在门户网站主动公开了多少条信息？", "那西安未央区统计局呢？"])
    assert a.answered and "131 − 113" in a.answer, a.answer
    b = g.ask("And Fuzhou's foreign affairs office? Which posted more, and by how many?",
              history=["How many items did the Weihai statistics bureau post on its WeChat account in 2025?"])
    assert b.answered and "878 − 710" in b.answer, b.answer
    c = g.ask("And Xinchang county? How many more did Xinchang get?",
              history=["How many government information disclosure requests did Shengsi's government office receive in 2022?"])
    assert c.answered and "69 − 7" in c.answer, c.answer


def test_how_many_bodies_pass_a_bound_is_no_measure_of_a_ranking():
    from assistant.ask.multi_report import ranked_measure

    # (no measure asked of what is ranked: items, as _ranked ranks; never 家)
    assert ranked_measure("2025年这三家主动公开的政府信息谁最多？超过30条的有几家？") == ""
    assert ranked_measure("2022年哪个镇开的会最多？多少场？") == "场"


def test_real_reports_one_bodys_share_of_several_bodies_total(tmp_path):
    g = index_of_corpus(tmp_path, ["zhoushan-shengsi-xzfbgs-2022.txt", "yinchuan-szfbgs-2022.txt",
                                   "guangzhou-huadu-qzfbgs-2022.txt", "mianyang-pingwu-longanzhen-2024.txt",
                                   "qujing-luoping-zhongshanxiang-2024.txt"])
    a = g.ask("2022年嵊泗县府办、银川市府办、花都区府办三家收到的政府信息公开申请里，嵊泗占几成？按百分比保留一位小数。")
    assert a.answered and "7 + 28 + 33" in a.answer and "10.3%" in a.answer and "7 ÷ 68" in a.answer, a.answer
    b = g.ask("Of the information proactively disclosed in 2024 by Longan town (Pingwu County) and Zhongshan township "
              "(Luoping County) together, what share came from Longan, to one decimal?")
    assert b.answered and "80.1%" in b.answer and "145 ÷ 181" in b.answer, b.answer


def test_real_report_a_count_right_before_its_noun_is_matched_by_that_noun(tmp_path):
    g = index_of_corpus(tmp_path, ["wuhan-qiaokou-ylj-2021.txt"])
    # ('及时公开了本局及其下属事业单位共10个主动公开的预结算文件')
    a = g.ask("硚口园林局2021年公开的预结算文件、工作动态和政务要闻，算上一共多少个（条）？")
    assert a.answered and "10 + 3 + 1" in a.answer, a.answer


def test_real_report_an_english_share_of_two_things_put_together(tmp_path):
    g = index_of_corpus(tmp_path, ["dongguan-bhwxq-2025.txt"])
    a = g.ask("For Dongguan's Binhaiwan New Area in 2025, what share of the items on its website were work updates and "
              "notices/announcements put together? One decimal, please.")
    assert a.answered and "80.1%" in a.answer and "(482 + 52) ÷ 667" in a.answer, a.answer


def test_real_report_written_requests_and_online_letters_are_the_reports_words_for_them(tmp_path):
    g = index_of_corpus(tmp_path, ["xian-zhouzhi-xzfbgs-2021.txt"])
    b = g.ask("How many written requests did the Zhouzhi county government office receive in 2021?")
    assert b.answered and "书面申请7件" in b.answer and "327" not in b.answer, b.answer
    c = g.ask("How many online letters from the public did Zhouzhi County's government website get in 2021?")
    assert c.answered and "网络信件327件" in c.answer.split("[1]")[0], c.answer


def test_real_report_an_english_follow_up_pointing_back_is_asked_of_the_body_before(tmp_path):
    g = index_of_corpus(tmp_path, ["xian-zhouzhi-xzfbgs-2021.txt", "weihai-tjj-2025.txt"])
    a = g.ask("How many of those came in online, and how many on paper?",
              history=["How many information-disclosure requests did the Zhouzhi county government office handle in 2021?"])
    assert a.answered and "网络申请14件" in a.answer and "书面申请7件" in a.answer, a.answer


def test_real_reports_an_english_comparison_asked_by_how_many_reads_each_report_without_it(tmp_path):
    from assistant.ask.multi_report import reading_question

    assert reading_question("In 2024, which district government published more items, Zhangqiu or Guandu, and by how "
                            "many?") == "In 2024, which district government published more items, Zhangqiu or Guandu?"
    g = index_of_corpus(tmp_path, ["jinan-zhangqiu-qzf-2024.txt", "kunming-guandu-qzf-2024.txt"])
    a = g.ask("In 2024, which district government published more items, Zhangqiu in Jinan or Guandu in Kunming, and by "
              "how many?")
    assert a.answered and "12209 − 6467" in a.answer and "5742" in a.answer, a.answer
