"""A report's figure for its year is not the figure built up over every year so far ('截至2019年底,累计
…64627条'); a question asking what has built up is answered by it."""

from __future__ import annotations

from conftest import index_of_texts

QS = ("清水县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息情况。2019年,通过政府门户网站、"
      "政务公开栏等形式主动公开政府信息8769条。其中,通过县政府门户网站发布政府信息5469条。截至2019年底,"
      "累计主动公开政府信息64627条。\n")
DQ = ("丁桥镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开。截至12月31日,全年通过政府网站主动公开信息"
      "累计700条(点击量52582次),其中主动公开重点领域信息556条。\n")


def test_a_year_s_figure_is_not_the_cumulative_one(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {"qs-2019.txt": QS, "dq-2022.txt": DQ})
    a = g.ask("清水县2019年主动公开了多少条政府信息？")
    assert a.answered and "8769" in a.answer and "64627" not in a.answer, a.answer
    b = g.ask("截至2019年底，清水县累计主动公开了多少条政府信息？")
    assert b.answered and "64627" in b.answer, b.answer
    c = g.ask("清水县2019年主动公开的信息中，通过县政府门户网站发布的占多大比例？")
    assert "62.4%" in c.answer and "64627" not in c.answer, c.answer
    # '截至12月31日,全年…累计700条': the year's, said up to its last day
    d = g.ask("丁桥镇2022年通过政府网站主动公开了多少条信息？")
    assert d.answered and "700" in d.answer, d.answer


def test_what_has_built_up_asked_in_other_words_is_the_cumulative_figure(tmp_path):
    """'2003年开始到2019年一共积累了多少篇' is answered by '自2003年以来累计公开信息707篇', never by the year's
    '主动公开政府信息36篇' (whose clause names the column the question names)."""
    text = ("清水县财政局2019年政府信息公开工作年度报告\n一、总体情况\n2019年于清水县门户网站“政府信息公开专栏”主动公开"
            "政府信息36篇,自2003年以来累计公开信息707篇。\n")
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {"qscz-2019.txt": text})
    a = g.ask("清水县财政局的信息公开专栏，2003年开始到2019年一共积累了多少篇信息？")
    assert a.answered and "707" in a.answer and "36篇" not in a.answer, a.answer
    # ('从2003年开始到2019年…总共公开过': a span of years, asked with no word of building up)
    b = g.ask("清水县财政局从2003年开始到2019年，在信息公开专栏里总共公开过多少篇信息？")
    assert b.answered and "707" in b.answer and "36篇" not in b.answer, b.answer


def test_a_multiple_of_two_bodies_figures_is_the_first_over_the_second(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "gc-2022.txt": "高淳区人民政府2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n2022年本年新收政府信息公开申请130件。\n",
        "hb-2022.txt": "淮北市人民政府办公室2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n2022年本年新收政府信息公开申请60件。\n"})
    a = g.ask("高淳区2022年收到的申请是淮北市政府办的多少倍？")
    assert a.answered and "2.2倍" in a.answer and "130 ÷ 60" in a.answer, a.answer
    # ('…之比是多少': the first over the second)
    c = g.ask("高淳区和淮北市政府办2022年收到的申请数量之比是多少？")
    assert "2.2倍" in c.answer and "130 ÷ 60" in c.answer, c.answer
    b = g.ask("2022年淮北市政府办一共收到了多少件申请？高淳区收到了多少件？相差多少？")
    assert "70" in b.answer and "190" not in b.answer, b.answer


def test_a_sum_of_figures_stated_in_wan_is_said_in_wan():
    from decimal import Decimal

    from assistant.ask.prose_sum import in_scale
    from assistant.zh.figures import extract_figures

    figs = extract_figures("新浪微博14.18万条,今日头条7.6万条")
    assert in_scale(figs, sum(f.value for f in figs), " + ") == ("21.78万", "14.18万 + 7.6万")
    mixed = extract_figures("新浪微博14.18万条,网站3000条")
    assert in_scale(mixed, sum(f.value for f in mixed), " + ") == ("144800", "141800 + 3000")
    assert Decimal("217800") == sum(f.value for f in figs)


def test_one_report_without_tables_is_read_by_the_cell_a_paraphrase_maps_to(tmp_path):
    """'被人告上法院多少次' shares no words with '政府信息公开行政诉讼21件': the question maps to the
    table cell 行政诉讼, whose words read the report's text, when no clause answers by its own words."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "ha-2022.txt": "淮安市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况。2022年,"
                       "市政府办公室共受理政府信息公开申请109件。政府信息公开行政复议2件,均获维持;"
                       "政府信息公开行政诉讼21件,其中17件结果维持,4件尚未审结。\n"})
    a = g.ask("淮安市政府办2022年因为信息公开的事被人告上法院多少次？")
    assert a.answered and "21" in a.answer and "109" not in a.answer, a.answer
    assert a.citations and "行政诉讼21件" in a.citations[0].quote, a.citations


def test_things_added_in_a_wording_of_the_format_the_report_does_not_use(tmp_path):
    """'全部公开和部分公开的加起来' of a report saying 予以公开: added as the format's same rows."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "hb-2022.txt": "淮北市人民政府办公室2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                       "共受理依申请公开60件,全部按时办结,其中予以公开5件,部分公开6件。\n"})
    a = g.ask("淮北市府办2022年的申请里，全部公开和部分公开的加起来有几件？")
    assert a.answered and "合计11件（5 + 6）" in a.answer, a.answer


def test_a_sum_of_the_new_requests_and_those_carried_over_as_a_report_words_them(tmp_path):
    """'新收的申请加上从上一年结转过来的' of '收到依申请公开件30件,上年度结转办理件1件': 上年度结转 is the
    format's 上年结转."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "db-2024.txt": "东宝区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n(二)政府信息依申请公开情况。2024年全区共收到"
                       "依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理7件。\n"})
    a = g.ask("东宝区2024年新收的申请加上从上一年结转过来的，总共要办多少件？")
    assert a.answered and "31" in a.answer and "30 + 1" in a.answer, a.answer


def test_a_sentence_s_count_is_not_added_to_a_piece_of_its_breakdown():
    """'…共受理政府信息公开申请21件,结转上年度2件,其中网上申请20件,书面申请3件': 21 is the whole, 3 a part of
    it (a 其中 between them in one sentence); 'online and in writing … combined' is never 21 + 3."""
    from types import SimpleNamespace

    from assistant.ask.prose_sum import _broken_down_after

    text = "2025关东街共受理政府信息公开申请21件,结转上年度2件,其中网上申请20件,书面申请3件,已办结18。另有咨询5件。"
    passage = SimpleNamespace(text=text, id="p1")
    whole = SimpleNamespace(passage=passage, quote="2025关东街共受理政府信息公开申请21件")
    part = SimpleNamespace(passage=passage, quote="书面申请3件")
    after = SimpleNamespace(passage=passage, quote="另有咨询5件")
    assert _broken_down_after([(whole, "", 0, None), (part, "", 0, None)])
    assert not _broken_down_after([(part, "", 0, None), (after, "", 0, None)])  # (a full stop between)
