"""A question about two reports, one of which does not state what is asked: the answer says so
for that report and states the other's figure, instead of answering from one report alone."""

from __future__ import annotations

import pytest

from conftest import index_of_texts

QINGXI = ("青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，青溪市全年主动公开政府信息1284条。"
          "本年度新收政府信息公开申请36件，办结34件。\n二、主动公开政府信息情况\n召开新闻发布会12场。\n")
BAISHA = ("白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，白沙县全年主动公开政府信息560条。\n"
          "二、主动公开政府信息情况\n召开新闻发布会5场。\n")


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    return index_of_texts(tmp_path_factory.mktemp("two"), tmp_path_factory.mktemp("two-home"),
                          {"qingxi-2024.txt": QINGXI, "baisha-2024.txt": BAISHA})


def test_both_stated_both_answered_and_compared(two):
    a = two.ask("青溪市和白沙县2024年各召开了多少场新闻发布会？")
    assert a.answered and "12" in a.answer and "5" in a.answer
    assert {c.source for c in a.citations} == {"qingxi-2024.txt", "baisha-2024.txt"}


def test_one_not_stated_is_said_and_nothing_is_computed(two):
    a = two.ask("青溪市和白沙县2024年各收到多少件政府信息公开申请？")
    # (not fully answered: refused, what the other report states kept below with its source)
    assert not a.answered and a.answer.startswith("报告没有完整回答这个问题。") and "36" in a.answer
    assert "白沙县人民政府（2024年）：报告没有说明这一点" in a.answer
    assert {c.source for c in a.citations} == {"qingxi-2024.txt"}
    assert "未说明" in a.note and "合计" not in a.answer and "多" not in a.answer.split("：")[-1]


def test_a_ranking_with_one_report_stating_the_figure_is_no_ranking():
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _ranked
    from assistant.ask.operations import operation_of

    reports = [{"source": f"{b}.txt", "body": b, "year": 2022, "title": b} for b in ("甲", "乙", "丙")]
    parts = [Part(reports[0], "全年公开信息10条[1]", [], [Decimal(10)], "条"),
             Part(reports[1], "报告没有说明这一点", [], [], missing=True),
             Part(reports[2], "公开信息3条、解读2条[1]", [], [Decimal(3), Decimal(2)], "")]
    a = _ranked("2022年各单位公开信息条数排序", parts, reports, operation_of("排序"), "zh", 0.0)
    assert not a.answered and not a.citations and "只有甲" in a.answer and "无法排序" in a.answer
    parts[1] = Part(reports[1], "公开信息20条[1]", [], [Decimal(20)], "条")
    b = _ranked("2022年各单位公开信息条数排序", parts, reports, operation_of("排序"), "zh", 0.0)
    assert b.answered and b.answer.index("乙") < b.answer.index("甲") and "最多的是" not in b.answer
    assert "丙" in b.note


def test_a_ranked_count_beside_a_figure_of_no_measure_is_not_taken_for_the_figure_asked():
    """'书面申请3件,已办结18,' (the 件 of 18 lost in the text): 3 counts in the measure ranked, 18 in
    none; 3 is not taken for the report's figure, which is said as not read."""
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _ranked
    from assistant.ask.operations import operation_of

    reports = [{"source": f"{b}.txt", "body": b, "year": 2025, "title": b} for b in ("甲", "乙", "丙")]
    parts = [Part(reports[0], "书面申请3件,已办结18[1]", [], [Decimal(3), Decimal(18)], "",
                  options=((Decimal(3), "件", False), (Decimal(18), "", False))),
             Part(reports[1], "办结申请5件[1]", [], [Decimal(5)], "件"),
             Part(reports[2], "办结申请2件[1]", [], [Decimal(2)], "件")]
    a = _ranked("2025年哪个单位办结的申请最多？", parts, reports, operation_of("最多"), "zh", 0.0)
    assert a.answered and "（3件）" not in a.answer and "甲" in a.note, a.answer
    # a figure of another measure beside it is no count of the thing ranked: the count is taken
    parts[0] = Part(reports[0], "发布信息27件、访问量1573次[1]", [], [Decimal(27), Decimal(1573)], "",
                    options=((Decimal(27), "件", False), (Decimal(1573), "次", False)))
    b = _ranked("2025年哪个单位办结的申请最多？", parts, reports, operation_of("最多"), "zh", 0.0)
    assert b.answered and "甲" not in b.note and b.answer.index("甲") < b.answer.index("乙"), b.answer


def _part(body, year, value, unit="条", approximate=False):
    from decimal import Decimal

    from assistant.ask.multi_report import Part

    return Part({"source": f"{body}{year}.txt", "body": body, "year": year, "title": body}, f"{value}{unit}[1]", [],
                [Decimal(value)], unit, approximate=approximate)


def test_two_years_of_one_body_are_a_change_whatever_names_its_reports_give_it():
    from assistant.ask.multi_report import _computed
    from assistant.ask.operations import operation_of

    parts = [_part("东岳路街道办事处", 2022, 43), _part("某市东岳路街道", 2025, 84)]
    said = _computed(parts, True, operation_of("2025年比2022年多了多少条？"), "zh")
    assert said == "2025年比2022年增加41条（84 − 43，+95.3%）"
    said = _computed(parts, False, operation_of("谁公开的信息多？"), "zh")
    assert said.startswith("某市东岳路街道比东岳路街道办事处多41条")


def test_an_approximate_figure_gives_an_approximate_difference_and_no_percentage():
    from assistant.ask.multi_report import _computed
    from assistant.ask.operations import operation_of

    parts = [_part("甲街道", 2024, 80, approximate=True), _part("甲街道", 2025, 120, approximate=True)]
    said = _computed(parts, True, operation_of("比上一年多了多少条？"), "zh")
    assert said == "2025年比2024年增加约40条（120 − 80）" and "%" not in said


@pytest.mark.parametrize("quote, unit, approximate", [
    ("主动公开信息120余条", "条", True), ("公开信息约30条", "条", True), ("收到申请30多件", "件", True),
    ("共计84条", "条", False), ("收到申请5件左右", "件", True)])
def test_the_measure_word_and_approximation_of_a_figure(quote, unit, approximate):
    from assistant.ask.multi_report import _measure
    from assistant.zh.figures import extract_figures

    fig = [f for f in extract_figures(quote) if f.unit != "年"][0]
    assert _measure(fig, quote) == (unit, approximate)


@pytest.mark.parametrize("question, compare, total", [
    ("东风路街道和东岳路街道2025年谁主动公开的信息多？", True, False),
    ("甲和乙的申请多还是少？", True, False),
    ("孝感和乌海2020年规范性文件的对外公开总数量各是多少？", False, False),
])
def test_operations_words_inside_a_cells_name_are_no_operation(question, compare, total):
    from assistant.ask.operations import operation_of

    op = operation_of(question)
    assert op.compare == compare and op.sum == total


@pytest.mark.parametrize("question, kept, dropped", [
    ("青溪市全年主动公开的政府信息条数，2024年比2022年增长了百分之几？（保留一位小数）", "主动公开的政府信息条数", "保留"),
    ("2024年番禺经开区和东风路街道，谁主动公开的信息多？", "主动公开的信息多", "谁"),
    ("东岳路街道2022年和2025年各主动公开多少条信息？前后相差多少条？", "主动公开多少条信息", "相差"),
    ("滨海湾新区和福州市外办2025年在网站上各发了多少条信息？", "在网站上 发了多少条信息", "各发"),
    ("2025年哪个单位在政府网站上发布的信息最多？", "在政府网站上发布的信息", "单位"),
    ("2025年甲街道、乙街道和丙街道三个街道主动公开的信息加起来有多少条？", "主动公开的信息", "三个街道"),
    ("甲镇、乙乡、丙镇这三个池州的乡镇，2022年主动公开的信息加在一起有多少条？", "主动公开的信息", "乡镇"),
    ("以2021年为基数，青溪市2024年门户网站信息数下降了多少个百分比？", "门户网站信息数", "多少个"),
    ("把2024年的年报都看一遍：公开申请数排前三的单位分别是？", "公开申请数", "单位"),
    ("把青溪市2021、2022、2024年年报里各自的网站信息量全部相加，得多少？", "网站信息量", "相加"),
    ("2024年青溪市和白水县各发布了多少条政府信息？谁发得多，多了多少条？", "发布了多少条政府信息", "发得多"),
])
def test_each_report_is_read_for_the_figure_not_for_the_arithmetic(question, kept, dropped):
    from assistant.ask.multi_report import reading_question

    reading = reading_question(question)
    assert kept in reading and dropped not in reading
    # (an English difference: the thing compared and the verb done to it, what each report is read for — multi22.tune
    # x2-19, 'how many more items did … proactively publish in 2025 than in 2024?', 120 − 80)
    english = reading_question("How many more items did Qingxi publish in 2024 than in 2022?")
    assert "items" in english and "publish" in english and "more" not in english, english


def test_the_verb_of_a_difference_is_what_each_report_is_read_for():
    from assistant.ask.multi_report import reading_question

    # ('多收了几件申请': what was 收, not any 申请 — '上年结转申请0件' had been read in both years)
    reading = reading_question("青溪市审计局2025年比2024年多收了几件申请？")
    assert "收" in reading and "申请" in reading and "多收" not in reading


def test_a_part_stating_several_figures_is_computed_from_its_best_units_figure():
    from decimal import Decimal

    from assistant.ask.multi_report import _computed
    from assistant.ask.operations import operation_of

    a, b = _part("青溪市", 2022, 103, "篇"), _part("青溪市", 2024, 127, "篇")
    a.figures, a.options = [Decimal(103), Decimal(29)], ((Decimal(103), "篇", False),)
    a.clause, b.clause = "推出政策解读材料103篇", "推出政策解读材料127篇"
    assert _computed([a, b], True, operation_of("增长了百分之几？"), "zh") == "2024年比2022年增加24篇（127 − 103，+23.3%）"
    assert _computed([a, b], True, operation_of("By what percentage did it grow?"), "en") == \
        "from 2022 to 2024: up 24 (127 − 103, +23.3%)"
    a.options = ((Decimal(29), "场", False),)  # the best unit counts another thing: nothing computed
    assert _computed([a, b], True, operation_of("增长了百分之几？"), "zh") == ""
    a.options = ()
    assert _computed([a, b], True, operation_of("增长了百分之几？"), "zh") == ""


def test_a_report_saying_none_in_words_is_answered_with_its_clause(tmp_path_factory):
    g = index_of_texts(tmp_path_factory.mktemp("none"), tmp_path_factory.mktemp("none-home"), {
        "qingxi-2024.txt": "青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，青溪市被申请行政复议3件。\n",
        "baisha-2024.txt": "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"
                           "2024年，白沙县未发生政府信息公开行政复议、行政诉讼。\n",
        "honghe-2024.txt": "红河县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，红河县主动公开信息120条。\n"})
    a = g.ask("青溪市和白沙县2024年各有几件行政复议？")  # both from their text: the facts' answer
    assert a.answered and "3件" in a.answer and "0件" in a.answer and "报告没有说明" not in a.answer
    assert any(c.source == "baisha-2024.txt" and "未发生" in c.quote for c in a.citations)
    b = g.ask("红河县和白沙县2024年各有几件行政复议？")  # one not stated: each report read on its own
    assert not b.answered and "红河县人民政府（2024年）：报告没有说明这一点" in b.answer
    assert "白沙县未发生政府信息公开行政复议、行政诉讼”[1]，即0件" in b.answer
    assert {c.source for c in b.citations} == {"baisha-2024.txt"}


@pytest.mark.parametrize("question", [
    "东岳路街道2022年到2025年收到的申请增加了几件？",
    "青溪市2024年的新闻发布会少了几场？",
    "2024年与2022年的差是多少？",
    "从2022年到2024年，规章现行有效件数变了多少？",
    "东至县政府办和嵊泗县政府办各公开了多少件行政规范性文件？差几件？",
])
def test_the_ordinary_words_of_a_change_are_a_change(question):
    from assistant.ask.operations import operation_of

    assert operation_of(question).change


def test_two_shares_differ_in_percentage_points_and_are_never_added():
    from assistant.ask.multi_report import _computed
    from assistant.ask.operations import operation_of

    a, b = _part("青溪市", 2022, "51.0", "%"), _part("青溪市", 2024, "52.7", "%")
    assert _computed([a, b], True, operation_of("占比2024年比2022年提高了几个百分点？"), "zh") == \
        "2024年比2022年提高1.7个百分点（52.7% − 51%）"
    assert _computed([a, b], True, operation_of("占比加起来多少？"), "zh") == ""
    assert _computed([a, _part("青溪市", 2024, 127, "条")], True, operation_of("增长了多少？"), "zh") == ""
    # a difference as precise as the shares it is of: 11.7% − 8.7% is 3.0 points, not 3
    c, d = _part("青溪市", 2022, "8.7", "%"), _part("青溪市", 2024, "11.7", "%")
    assert _computed([c, d], True, operation_of("占比2024年比2022年提高了几个百分点？"), "zh") == \
        "2024年比2022年提高3.0个百分点（11.7% − 8.7%）"


@pytest.mark.parametrize("question", [
    "2022年和2024年行政处罚决定各多少件？下降了百分之几？",
    "跟2022年比，2024年网站主动公开的信息量降了百分之几？",
    "2024年比2022年涨了多少条？",
])
def test_the_ordinary_words_of_a_fall_are_a_change(question):
    from assistant.ask.operations import operation_of

    assert operation_of(question).change


def test_a_share_asked_is_never_answered_by_a_count(two):
    # each report's sentence states a count (1284条, 560条), not a share: neither answers '占比'
    a = two.ask("青溪市和白沙县2024年主动公开的政府信息占比分别是多少？")
    assert "1284" not in a.answer and "560" not in a.answer, a.answer


def test_a_short_clause_counting_a_thing_of_its_own_is_an_operand_of_its_own():
    from assistant.zh.clauses import clauses

    text = "通过门户网站主动公开各类政务信息4574条,政策类文件6件。共收到申请69件,主动撤回5件。"
    assert clauses(text, separate_counts=True)[:2] == ["通过门户网站主动公开各类政务信息4574条,", "政策类文件6件。"]
    # read for one figure, it stays with the clause saying what it is about
    assert "共收到申请69件,主动撤回5件。" in clauses(text)
    assert clauses("共收到申请20件，办结率100%，占50%。", separate_counts=True) == ["共收到申请20件，办结率100%，占50%。"]


def test_a_year_saying_it_in_its_own_words_is_read_with_the_other_years_clause(tmp_path):
    # 2022 says 门户网站, 2024 says 政府网站: read alone, 2024 does not cover '门户网站'
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "baisha-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过白沙县门户网站主动公开各类政务信息4574条。召开新闻发布会6场。\n",
        "baisha-2024.txt": "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过政府网站主动公开各类政务信息3128条。召开新闻发布会9场。\n"})
    a = g.ask("白沙县2022年和2024年门户网站上的信息各有多少条？")
    assert a.answered and "4574" in a.answer and "3128" in a.answer, a.answer
    assert "9场" not in a.answer and "6场" not in a.answer


def test_three_years_are_summed_or_their_largest_named_only_when_each_states_one_figure():
    from assistant.ask.multi_report import _computed
    from assistant.ask.operations import operation_of

    parts = [_part("硚口区", 2021, 3568), _part("硚口区", 2022, 4574), _part("硚口区", 2024, 3128)]
    assert _computed(parts, True, operation_of("三年一共加起来多少条"), "zh") == "合计11270条（3568 + 4574 + 3128）"
    assert _computed(parts, True, operation_of("哪一年最多"), "zh") == "最多的是2022年（4574条）"
    assert _computed(parts, True, operation_of("哪一年最少"), "zh") == "最少的是2024年（3128条）"
    # about so many, or another kind of measure: nothing computed
    assert _computed(parts[:2] + [_part("硚口区", 2024, 3128, approximate=True)], True,
                     operation_of("一共多少"), "zh") == ""
    assert _computed(parts[:2] + [_part("硚口区", 2024, 12, "场")], True, operation_of("一共多少"), "zh") == ""


def test_a_body_named_twice_is_one_report_read_once():
    from types import SimpleNamespace

    from assistant.ask.multi_report import report_sets
    from assistant.ask.operations import operation_of

    a = {"source": "a.txt", "body": "甲区", "year": 2022}
    b = {"source": "b.txt", "body": "乙区", "year": 2022}
    u = SimpleNamespace(groups=[[a], [b], [a]], years={2022}, reports=[a, b])
    assert [r["source"] for r in report_sets(u, operation_of("甲区和乙区各多少？甲区多出多少？"))] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("question", ["甲区这两年收到的申请各有多少？", "甲区历年公众号发文多少篇？",
                                      "How many requests did Jiaqu receive over the years?"])
def test_a_trend_of_one_body_with_no_year_named_is_read_in_every_year_held(question):
    from types import SimpleNamespace

    from assistant.ask.multi_report import report_sets
    from assistant.ask.operations import operation_of

    a = {"source": "a.txt", "body": "甲区", "year": 2022}
    b = {"source": "b.txt", "body": "甲区", "year": 2024}
    u = SimpleNamespace(groups=[[b, a]], years=set(), reports=[a, b])
    assert [r["source"] for r in report_sets(u, operation_of(question))] == ["a.txt", "b.txt"]
    assert report_sets(u, operation_of("甲区收到的申请有多少？")) is None  # (no trend: the latest report)


def test_years_of_a_body_named_only_as_its_accounts_owner_are_read_one_by_one(tmp_path):
    """'“江宁审计”公众号2024年和2025年分别…': the body is named only inside the account's name; its
    reports of both years answer, one by one (the best clause had answered from one year alone);
    a year it holds no report for is refused, named."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jiangning-sjj-2024.txt": "江宁区审计局2024年政府信息公开工作年度报告\n一、总体情况\n"
                               "通过“江宁审计”微信公众号发布信息41篇。\n",
        "jiangning-sjj-2025.txt": "江宁区审计局2025年政府信息公开工作年度报告\n一、总体情况\n"
                               "通过“江宁审计”微信公众号发布信息46篇。\n",
        "huaian-2025.txt": "淮安市人民政府2025年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过“淮安发布”微信公众号发布信息300篇。\n"})
    a = g.ask("“江宁审计”公众号2024年和2025年分别发了多少篇？")
    assert a.answered and "41" in a.answer and "46" in a.answer, a.answer
    assert {c.source for c in a.citations} == {"jiangning-sjj-2024.txt", "jiangning-sjj-2025.txt"}
    b = g.ask("“淮安发布”公众号2024年和2025年分别发了多少篇？")
    assert not b.answered and "2024" in b.answer and "300" not in b.answer, b.answer


def test_a_part_stating_several_figures_gives_the_one_in_the_other_parts_measure():
    """'发布政府信息27855条、年访问量突破1573万次' beside '公开信息8035条': 27855 is compared, not nothing;
    two figures in the measure asked, or none, compute nothing."""
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _like_with_like

    record = {"source": "a.txt", "body": "甲", "year": 2022}
    several = Part(record, "", [], [Decimal(27855), Decimal(1573)], "",
                   options=((Decimal(27855), "条", False), (Decimal(1573), "次", False)),
                   clause="通过门户网站发布政府信息27855条、年访问量突破1573万次")
    one = Part(record, "", [], [Decimal(8035)], "条", clause="通过县政府门户网站公开信息8035条")
    assert _like_with_like([several, one]) == [(Decimal(27855), "条", False), (Decimal(8035), "条", False)]
    two_alike = Part(record, "", [], [Decimal(5), Decimal(9)], "",
                     options=((Decimal(5), "条", False), (Decimal(9), "条", False)))
    assert _like_with_like([two_alike, one]) is None
    other = Part(record, "", [], [Decimal(12)], "场")
    assert _like_with_like([several, other]) is None
    # two things the question asks together, one the best clause of each report: nothing computed
    # ('政务动态类2523条' of 2022 had been added to '通知公告类365条' of 2024)
    news = Part(record, "", [], [Decimal(2523), Decimal(397)], "", options=((Decimal(2523), "条", False),),
                clause="政务动态类2523条")
    notices = Part(record, "", [], [Decimal(365), Decimal(1256)], "", options=((Decimal(365), "条", False),),
                   clause="通知公告类365条")
    assert _like_with_like([news, notices]) is None
    # measures counting one kind of thing pair ('21件' and '35宗' both count requests)
    requests = Part(record, "", [], [Decimal(21), Decimal(2)], "", options=((Decimal(21), "件", False), (Decimal(2), "人", False)),
                    clause="共受理政府信息公开申请21件，申请人2人")
    cases = Part(record, "", [], [Decimal(35)], "宗", clause="共收到政府信息公开申请35宗")
    assert _like_with_like([requests, cases]) == [(Decimal(21), "件", False), (Decimal(35), "宗", False)]


def test_the_reports_year_written_bare_is_no_figure_of_it():
    from assistant.ask.multi_report import _a_year
    from assistant.zh.figures import extract_figures

    record = {"year": 2025}
    year, count = extract_figures("2025关东街共受理政府信息公开申请21件")
    assert _a_year(year, record) and not _a_year(count, record)
    assert not _a_year(extract_figures("发布2025条信息")[0], record)  # counted: a figure


def test_a_sum_with_a_report_not_stating_its_figure_is_refused_naming_it(two):
    """'A和B…加起来一共多少' when B's report does not state it: the total is not known (the parts
    stated are no answer), and no citation claims a figure."""
    a = two.ask("青溪市和白沙县2024年收到的政府信息公开申请加起来一共多少件？")
    assert not a.answered and not a.citations, a.answer
    assert "白沙县" in a.answer and "合计" in a.answer and "36" not in a.answer


def test_a_year_asked_as_a_percentage_of_another_is_their_ratio(tmp_path):
    """'2024年的…相当于2022年的百分之多少': the two years' counts and their ratio, the year named
    after 相当于 the base (not a share either report states, which neither does)."""
    from assistant.ask.multi_report import _ratio_base

    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "baisha-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n通过政府网站主动公开各类政务信息4574条。\n",
        "baisha-2024.txt": "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n通过政府网站主动公开各类政务信息3128条。\n"})
    a = g.ask("白沙县2024年政府网站公开的政务信息相当于2022年的百分之多少？保留一位小数。")
    assert a.answered and "2024年为2022年的68.4%（3128 ÷ 4574）" in a.answer, a.answer
    b = g.ask("白沙县2022年政府网站公开的政务信息只有2024年的百分之几？")  # the other way round: above 100%
    assert "2022年为2024年的146.2%（4574 ÷ 3128）" in b.answer, b.answer
    reports = [{"source": "a", "year": 2022}, {"source": "b", "year": 2024}]
    assert _ratio_base("2024年的信息占全年主动公开的百分之几？", reports) is None  # no year after 占…的
    # what is left of a year ('还剩2022年的几成')
    assert _ratio_base("2024年的政务动态还剩2022年的几成？", reports) is reports[0]
    c = g.ask("白沙县2024年政府网站公开的政务信息还剩2022年的几成？")
    assert "2024年为2022年的68.4%（3128 ÷ 4574）" in c.answer, c.answer


def test_a_change_or_comparison_with_a_report_not_stating_its_figure_is_refused(two):
    """'白沙县比青溪市少了几件' when 白沙县 does not state it: the difference asked is not known."""
    a = two.ask("2024年白沙县收到的政府信息公开申请比青溪市少了几件？")
    assert not a.answered and not a.citations and "白沙县" in a.answer and "差额" in a.answer, a.answer
    b = two.ask("青溪市和白沙县2024年各收到多少件政府信息公开申请？")  # each asked, nothing computed: said
    assert not b.answered and "报告没有说明这一点" in b.answer


def test_how_many_times_one_body_has_the_other_is_their_ratio_first_over_second():
    from assistant.ask.multi_report import _computed
    from assistant.ask.operations import operation_of

    a, b = _part("黄埔区", 2022, 27855), _part("新昌县", 2022, 8035)
    op = operation_of("2022年黄埔区门户网站发布的政府信息大约是新昌县政府网站的几倍？")
    assert _computed([a, b], False, op, "zh", times=True) == "黄埔区是新昌县的3.5倍（27855 ÷ 8035）"
    assert "多19820条" in _computed([a, b], False, op, "zh")  # not asked how many times: the difference


def test_a_change_of_a_share_is_not_the_change_of_the_counts(tmp_path):
    """'占…的比重，2022年和2024年…上升了几个百分点' over reports whose share is not computed (counts in
    two measures): not stated — the change of the counts had been given as the answer."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "qingxi-2022.txt": QINGXI.replace("2024", "2022").replace("1284", "1000").replace("12场", "8场"),
        "qingxi-2024.txt": QINGXI})
    a = g.ask("青溪市新闻发布会占全年主动公开政府信息的比重，2022年和2024年各是多少？上升了几个百分点？")
    assert not a.answered and "增加4场" not in a.answer, a.answer


def test_things_added_in_each_of_two_years_are_summed_in_each_then_compared(tmp_path):
    """'把通知公告和政务动态两类合起来算，2022年和2024年各发了多少条？少了多少？': each year's own sum,
    then their change (2022's 政务动态 had been added to 2024's 通知公告); years joined by 和 are no
    things to add."""
    from assistant.ask.multi_report import _sum_in_each

    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "baisha-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过政府网站主动公开各类政务信息4574条,通知公告类397条,政务动态类2523条。\n",
        "baisha-2024.txt": "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过政府网站主动公开各类政务信息3128条,通知公告类365条,政务动态类1256条。\n"})
    a = g.ask("把通知公告和政务动态两类合起来算，白沙县政府网站2022年和2024年各发了多少条？2024年少了多少？")
    assert a.answered and "合计2920条" in a.answer and "合计1621条" in a.answer and "减少1299条" in a.answer, a.answer
    assert _sum_in_each("白沙县政府网站2021年和2022年两年的信息量合计是多少条？", "zh", ["白沙县"]) == ""


def test_a_ranking_naming_no_measure_reads_each_report_for_a_count_of_items(tmp_path):
    """'2024年哪个单位发布的政策解读最多？': a report whose best clause counts events ('召开新闻发布会
    解读政策文件4场次') is read for its count of items ('发布解读信息127条'), as the ranking ranks items."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2024.txt": "青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n其中市人民政府召开新闻发布会解读政策文件4场次。"
                        "通过政府网站发布解读信息127条。\n",
        "yi-2024.txt": "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n发布政策解读24篇。\n",
        "bing-2024.txt": "红河县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n政策问答解读5条。\n"})
    a = g.ask("2024年哪个单位发布的政策解读最多？")
    assert a.answered and "127" in a.answer and a.answer.index("127") < a.answer.index("24篇"), a.answer


@pytest.mark.parametrize("question, nth, lowest", [
    ("2025年这些单位里，收到政府信息公开申请第二多的是哪个？", 2, False),
    ("哪个单位发布的信息第三少？", 3, True),
    ("Which district had the second-most requests?", 2, False),
    ("第二季度发布了多少条？", 0, False),  # a quarter, not a place in a ranking
])
def test_a_place_in_a_ranking_is_read(question, nth, lowest):
    from assistant.ask.operations import operation_of

    op = operation_of(question)
    assert (op.nth, op.lowest, op.rank) == (nth, lowest, bool(nth))


def test_a_place_in_a_ranking_of_prose_figures_is_named_only_when_every_report_was_read(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2024.txt": "青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请35宗。\n",
        "yi-2024.txt": "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请21件。\n",
        "bing-2024.txt": "红河县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请2件。\n"})
    a = g.ask("2024年收到政府信息公开申请第二多的是哪个单位？")
    # ('35宗': 宗 counts requests as 件 does)
    assert a.answered and "第二多的是白沙县人民政府（21件）" in a.answer and "35" in a.answer, a.answer


def test_what_is_left_of_a_bodys_name_is_no_thing_to_add_in_each_report():
    """'包头市府东路街道、荣成东山街道…加起来': the bodies are added, not things within each report
    ('包头' is what the name 市府东路街道 leaves of 包头市)."""
    from assistant.ask.multi_report import _sum_in_each

    names = ["市府东路街道", "包头市", "东山街道", "荣成"]
    assert _sum_in_each("2025年包头市府东路街道、荣成东山街道主动公开的信息加起来有多少条？", "zh", names) == ""
    assert _sum_in_each("青溪市2022年和2024年通知公告和政务动态两类合起来算各多少？", "zh", ["青溪市"])


def test_a_ranking_among_the_towns_asked_reads_the_towns_and_the_count_named_as_a_noun(tmp_path):
    """'2022年这几个乡镇里，谁主动公开的信息条数最多？': the towns' reports only (a district's larger
    figure is no answer), '条数' read as '多少条', and of '累计700条(点击量52582次)' the count in 条."""
    from assistant.ask.bodies import of_level_asked

    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2022.txt": "青山镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年通过政府网站主动公开信息累计700条(点击量52582次)。\n",
        "yi-2022.txt": "林场乡人民政府2022年政府信息公开工作年度报告\n一、总体情况\n主动公开各类信息561条。\n",
        "bing-2022.txt": "红河镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息80条。\n",
        "ding-2022.txt": "白沙区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息9000条。\n"})
    a = g.ask("2022年这几个乡镇里，谁主动公开的信息条数最多？")
    assert a.answered and "最多的是青山镇人民政府（700条）" in a.answer and "9000" not in a.answer, a.answer
    assert "(点击量52582次)[1]（700条）" in a.answer, a.answer  # which of the clause's counts is ranked
    records = [{"body": "青山镇人民政府"}, {"body": "白沙区人民政府"}, {"body": "白沙区统计局"}, {"body": "东风路街道办事处"}]
    assert of_level_asked("哪个区收到的申请最多？", records) == [{"body": "白沙区人民政府"}]
    assert of_level_asked("哪个街道收到的申请最多？", records) == [{"body": "东风路街道办事处"}]
    assert of_level_asked("哪个单位收到的申请最多？", records) == records
    # (an English question's level alike: 'which town' is not 白沙区)
    assert of_level_asked("Which town published the most information in 2022?", records) == [{"body": "青山镇人民政府"}]
    assert of_level_asked("Among the 2022 subdistrict reports, which received the most requests?", records) == \
        [{"body": "东风路街道办事处"}]
    assert of_level_asked("Which body received the most requests?", records) == records


def test_an_average_over_the_years_is_computed_with_its_operands_and_refused_with_one_not_stated():
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _computed
    from assistant.ask.operations import operation_of

    def part(year, value):
        return Part({"source": f"{year}.txt", "body": "青溪市", "year": year}, "", [], [Decimal(value)], "条")

    op = operation_of("青溪市2021、2022、2024这三年门户网站信息量平均每年多少条？保留一位小数。")
    assert op.mean and not op.sum
    assert _computed([part(2021, 3568), part(2022, 4574), part(2024, 3128)], True, op, "zh") == \
        "平均3756.7条（(3568 + 4574 + 3128) ÷ 3）"
    assert _computed([part(2021, 10), part(2022, 5)], True, op, "zh") == "平均7.5条（(10 + 5) ÷ 2）"


def test_an_average_with_a_report_not_stating_its_figure_is_refused(two):
    a = two.ask("青溪市和白沙县2024年平均每个单位召开了多少场新闻发布会？")
    assert a.answered and "平均8.5场" in a.answer, a.answer
    b = two.ask("青溪市和白沙县2024年平均每个单位举办了多少次政府开放日？")  # stated by neither
    assert not b.answered, b.answer
    c = two.ask("青溪市和白沙县2024年平均每个单位办结了多少件政府信息公开申请？")  # 白沙县 states none
    assert not c.answered, c.answer


def test_a_report_stating_a_whole_and_its_breakdown_is_added_with_its_whole(tmp_path):
    """'累计700条(点击量52582次)' is one report's 700 in a sum over three towns (it had been read as
    stating no one figure, and the sum refused)."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2022.txt": "青山镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年通过政府网站主动公开信息累计700条(点击量52582次)。\n",
        "yi-2022.txt": "林场乡人民政府2022年政府信息公开工作年度报告\n一、总体情况\n主动公开各类信息561条。\n",
        "bing-2022.txt": "红河镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息80条。\n"})
    a = g.ask("青山镇、林场乡、红河镇这三个乡镇，2022年主动公开的信息加在一起有多少条？")
    assert a.answered and "合计1341条（700 + 561 + 80）" in a.answer, a.answer



def test_a_report_whose_clause_counts_another_kind_of_thing_does_not_state_the_count(tmp_path_factory, eval_docs):
    # '…主动公开的信息加起来一共多少条' was answered, for 武昌经开区, with '减免租金近150十万元' (a sum of
    # money, no count of items): that report does not state it, and no total is given
    corpus = eval_docs.parent / "corpus"
    reports = {name: (corpus / name).read_text(encoding="utf-8")
               for name in ("wuhan-wuchang-jjkfq-2020.txt", "zhumadian-xincai-xzf-2020.txt")}
    gk = index_of_texts(tmp_path_factory.mktemp("rent"), tmp_path_factory.mktemp("rent-home"), reports)
    a = gk.ask("武昌经开区（滨江）管委会和新蔡县2020年主动公开的信息加起来一共多少条？")
    assert not a.answered and "150" not in a.answer
    assert "的报告没有说明这一点，无法算出合计" in a.answer


def test_each_body_is_read_for_the_words_the_question_says_of_it():
    """'2022年A主动公开的政府信息和B在市政府网站上主动公开的信息各有多少': each report is read for
    its own words (with the year before the first body and the asking words), not for the other's."""
    from assistant.ask.bodies import Mention
    from assistant.ask.multi_report import own_readings

    a = {"source": "a.txt", "body": "甲区人民政府办公室", "year": 2022}
    b = {"source": "b.txt", "body": "乙市财政局", "year": 2022}
    q = "2022年甲区政府办主动公开的政府信息和乙市财政局在市政府网站上主动公开的信息各有多少？相差几条？"
    mentions = [Mention("甲区", 5, 7, (a["body"],), "政府办"), Mention("乙市", 20, 22, (b["body"],), "财政局")]
    assert q[5:7] == "甲区" and q[20:22] == "乙市"
    readings = own_readings(q, mentions, [a, b], ["甲区", "乙市"])
    assert "主动公开的政府信息" in readings["a.txt"] and "市政府网站" not in readings["a.txt"]
    assert "多少" in readings["a.txt"] and readings["a.txt"].startswith("2022年")
    assert "在市政府网站上主动公开的信息" in readings["b.txt"] and "相差" not in readings["b.txt"]
    # one sentence a body each: the second's year word ('当年') is no words of its own
    q2 = "甲区官网2022年更新了多少条政府信息？乙市财政局当年主动公开多少条？甲区多多少？"
    at = q2.index("乙市")
    m2 = [Mention("甲区", 0, 2, (a["body"],)), Mention("乙市", at, at + 2, (b["body"],), "财政局")]
    r2 = own_readings(q2, m2, [a, b], [])
    assert r2 == {"a.txt": "官网2022年更新了多少条政府信息？", "b.txt": "当年主动公开多少条？"}
    # what is asked is shared ('A和B各…'), or only a place stands between the bodies: none of their own
    q3 = "2022年甲区和乙市财政局各主动公开了多少条？"
    assert q3[8:10] == "乙市"
    assert own_readings(q3, [Mention("甲区", 5, 7, (a["body"],)), Mention("乙市", 8, 10, (b["body"],), "财政局")],
                        [a, b], []) == {}
    q5 = "2022年甲区门户网站和乙市财政局门户网站发布的政务动态各有多少条？"
    at = q5.index("乙市")
    assert own_readings(q5, [Mention("甲区", 5, 7, (a["body"],)), Mention("乙市", at, at + 2, (b["body"],), "财政局")],
                        [a, b], []) == {}
    q4 = "2021年甲区和西安乙市财政局，门户网站上各发了多少信息？"
    assert q4[10:12] == "乙市"
    assert own_readings(q4, [Mention("甲区", 5, 7, (a["body"],)), Mention("乙市", 10, 12, (b["body"],), "财政局")],
                        [a, b], []) == {}


def test_the_frame_of_a_comparison_is_not_read_as_what_a_report_states():
    from assistant.ask.multi_report import reading_question

    reading = reading_question("甲区跟乙区比，2024年官网上主动公开的信息各是多少条？差了多少？")
    assert "比" not in reading and "官网上主动公开的信息" in reading


def test_bodies_said_of_one_by_one_are_compared(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "qingxi-2022.txt": "青溪市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                           "青溪市政府网站全年更新政府信息1284条。青溪市全年主动公开政府信息2000条。\n",
        "baisha-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                           "白沙县政府网站全年更新信息90条。白沙县全年主动公开政府信息560条。\n"})
    a = g.ask("青溪市政府网站2022年更新了多少条信息？白沙县当年主动公开多少条？青溪市多多少？")
    assert a.answered and "1284" in a.answer and "560" in a.answer and "724" in a.answer, a.answer
    assert "2000" not in a.answer and "90条" not in a.answer


def test_one_bodys_year_as_a_multiple_of_another_and_a_mean_over_items_counted_in_one_word(tmp_path):
    """'2022年的…是2024年的多少倍': the year named first over the other, one decimal shown; a clause
    stating a count of items beside one of files ('…4574条,政策类文件6件') is averaged with the count in
    the other year's measure word."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "qingxi-2022.txt": "青溪市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过门户网站主动公开各类政务信息4574条,政策类文件6件。发布政务动态2512条。\n",
        "qingxi-2024.txt": "青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过政府网站主动公开各类政务信息3128条。发布政务动态1256条。\n"})
    a = g.ask("青溪市2022年发布的政务动态是2024年的多少倍？保留一位小数。")
    assert a.answered and "2022年是2024年的2.0倍（2512 ÷ 1256）" in a.answer, a.answer
    b = g.ask("青溪市2022年和2024年网站主动公开的政务信息平均一年多少条？")
    assert b.answered and "平均3851条" in b.answer, b.answer


def test_two_years_whose_best_clauses_say_different_things_the_question_names_are_not_computed(tmp_path):
    """'公众号的发文总量是网站发布总量的几倍': one year's best clause the account's, the other's the
    website's: no difference of the two (it had been '2025年比2024年减少31（10 − 41）')."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jn-sjj-2024.txt": "江宁区审计局2024年政府信息公开工作年度报告\n一、总体情况\n"
                           "通过“江宁审计”微信公众号发布信息41篇。我局通过区政府门户网站对外公布信息共计14条。\n",
        "jn-sjj-2025.txt": "江宁区审计局2025年政府信息公开工作年度报告\n一、总体情况\n"
                           "我局通过区政府门户网站对外发布信息共10条。通过“江宁审计”微信公众号发布信息46篇。\n"})
    a = g.ask("江宁区审计局2024年和2025年公众号的发文总量是网站发布总量的几倍？保留一位小数。")
    assert "10 − 41" not in a.answer and "41 − 10" not in a.answer and "减少31" not in a.answer, a.answer
    assert "倍（" not in a.answer and "÷" not in a.answer, a.answer  # (nor a ratio of the two years)
    assert "增加" not in a.answer and "减少" not in a.answer, a.answer  # (nor their change: not asked)


def test_a_ranking_among_towns_and_streets_in_the_measure_asked(tmp_path):
    """'这几个乡镇里，哪个镇…点击量最高？有多少次？': '几个' counts the bodies, the measure asked is 次; a
    clause stating one count of that kind beside others ('发布各类信息1023条,点击量102087次') is ranked by
    it. '这些乡镇、街道里' asks among the reports of towns and of streets."""
    from assistant.ask.bodies import of_level_asked
    from assistant.ask.extractive import asked_measure

    assert asked_measure("2022年这几个乡镇里，哪个镇公开的信息点击量最高？有多少次？") == "次"
    assert asked_measure("几个区县政府的门户网站里，哪个发布的信息最多？") == ""
    records = [{"body": "东湖镇", "source": "a"}, {"body": "西山街道", "source": "b"}, {"body": "南城区人民政府", "source": "c"}]
    assert [r["source"] for r in of_level_asked("这些乡镇、街道里，哪个最多？", records)] == ["a", "b"]
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "dongshan-2022.txt": "东山镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                             "我镇围绕年度政务公开工作重点发布各类信息1023条,点击量102087次。\n",
        "xishan-2022.txt": "西山镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                           "全年通过政府网站主动公开信息累计700条(点击量52582次)。\n",
        "nanshan-2022.txt": "南山乡人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"
                            "全年公开信息300条,点击量8000次。\n"})
    a = g.ask("2022年这几个乡镇里，哪个镇公开的信息点击量最高？有多少次？")
    assert a.answered and "最多的是东山镇人民政府（102087次）" in a.answer, a.answer
    assert a.answer.index("102087") < a.answer.index("52582") < a.answer.index("8000次")


def test_an_english_comparison_by_how_many_asks_the_difference():
    from assistant.ask.operations import operation_of

    op = operation_of("In 2024, did A or B accept more requests, and by how many?")
    assert op.change
    assert operation_of("by how much did the figure grow from 2022?").change
    assert not operation_of("How many requests did A accept in 2024?").change


def test_a_whole_and_its_breakdown_gives_the_count_this_bodys_words_name(tmp_path):
    """'A公开多少条信息，B政府网站多少条？差多少？': B's '发布信息16642条(…信息公开目录10699条)' gives its
    whole, not the part whose label shares A's words (信息, 公开)."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "he-2022.txt": "海曙区发展和改革局2022年政府信息公开工作年度报告\n一、总体情况\n全年通过门户网站主动公开各类政府信息4150条。\n",
        "yc-2022.txt": "青溪市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n青溪市政府门户网站发布信息16642条"
                       "(概况类194条、政务动态5749条、信息公开目录10699条)。\n"})
    a = g.ask("2022年海曙区发改局门户网站公开多少条信息，青溪市政府办公室网站多少条？差多少？")
    assert a.answered and "12492" in a.answer and "16642 − 4150" in a.answer, a.answer
    assert "6549" not in a.answer, a.answer


def test_arithmetic_over_reports_takes_the_clause_counting_in_the_measure_asked(tmp_path):
    """'Add up the requests …': a report stating items published (条) beside requests received (件)
    adds its requests."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2025.txt": "青溪市人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请35件。\n",
        "yi-2025.txt": "白沙县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n在县政府门户网站公开信息250余条。"
                       "共接收到依申请公开2件。\n"})
    a = g.ask("Add up the disclosure requests received in 2025 by Qingxi and Baisha. What is the total?")
    assert a.answered and "37 (35 + 2)" in a.answer and "250" not in a.answer, a.answer


def test_an_average_reads_each_years_count_on_its_own_and_the_years_counted_are_no_words_asked(tmp_path):
    """'这三年…平均每年多少条': each report's count of its own ('…政务信息4574条,政策类文件6件' gives
    4574); '2021年和2022年两年的…合计' reads each year without '两年'."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "qx-2021.txt": "青溪区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n青溪区人民政府门户网站信息更新总量为3568条。\n",
        "qx-2022.txt": "青溪区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n通过青溪区门户网站主动公开各类政务信息4574条,"
                       "政策类文件6件,通知公告类397条。\n",
        "qx-2024.txt": "青溪区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n通过政府网站主动公开各类政务信息3128条。\n"})
    a = g.ask("青溪区2021、2022、2024这三年门户网站信息量平均每年多少条？保留一位小数。")
    assert a.answered and "3756.7" in a.answer and "(3568 + 4574 + 3128) ÷ 3" in a.answer, a.answer
    b = g.ask("青溪区政府网站2021年和2022年两年的信息量合计是多少条？")
    assert b.answered and "8142" in b.answer, b.answer


QINGXI_YEARS = {
    "qx-2021.txt": "青溪区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n青溪区人民政府门户网站信息更新总量为3568条。\n",
    "qx-2022.txt": "青溪区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n通过青溪区门户网站主动公开各类政务信息4574条。\n",
    "qx-2024.txt": "青溪区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n通过政府网站主动公开各类政务信息3128条。\n"}


def test_a_change_over_three_years_is_each_years_change_to_the_next_and_the_whole(tmp_path):
    """'是不是先涨后跌？2021到2022年涨了多少条，2022到2024年又掉了多少条？': the ups and downs asked are no
    words a report states; each step computed with its operands, then first to last."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", QINGXI_YEARS)
    a = g.ask("青溪区政府网站的信息量是不是先涨后跌？2021到2022年涨了多少条，2022到2024年又掉了多少条？")
    assert a.answered, a.answer
    for step in ("2022年比2021年增加1006条（4574 − 3568", "2024年比2022年减少1446条（3128 − 4574",
                 "2024年比2021年减少440条（3128 − 3568"):
        assert step in a.answer, a.answer


def test_an_english_year_saying_its_portal_otherwise_is_read_with_the_other_years_clause(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home",
                       {k: v for k, v in QINGXI_YEARS.items() if k != "qx-2022.txt"})
    a = g.ask("How many fewer items did the Qingxi District government portal carry in 2024 than in 2021?")
    assert a.answered and "down 440 (3128 − 3568" in a.answer, a.answer


AUDIT_YEARS = {
    "sj-2024.txt": "青溪区审计局2024年政府信息公开工作年度报告\n一、总体情况\n我局通过区政府门户网站对外公布信息共计14条。"
                   "通过“青溪审计”微信公众号发布信息41篇。\n",
    "sj-2025.txt": "青溪区审计局2025年政府信息公开工作年度报告\n一、总体情况\n我局通过区政府门户网站对外发布信息共10条。"
                   "通过“青溪审计”微信公众号发布信息46篇。\n"}


def test_things_added_in_each_of_the_years_listed_are_summed_in_each_then_over_the_years(tmp_path):
    """'2024、2025两年通过区政府网站和微信公众号总共…': the years listed are no things to add; each year's
    网站 + 公众号, then the years' sums (never one thing of each year added: 41 + 46)."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", AUDIT_YEARS)
    a = g.ask("青溪区审计局2024、2025两年通过区政府网站和微信公众号总共发布了多少条（篇）信息？")
    assert a.answered and "合计55（14 + 41）" in a.answer and "合计56（10 + 46）" in a.answer, a.answer
    assert "111（55 + 56）" in a.answer and "87" not in a.answer, a.answer
    b = g.ask("网站和公众号合在一起算，青溪区审计局2025年的发布总量比2024年增长了百分之几（一位小数）？")
    assert b.answered and "（56 − 55，+1.8%）" in b.answer, b.answer


def test_two_things_asked_of_each_year_are_not_answered_by_one_things_change_across_the_years(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "qx-2022.txt": "青溪区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n通过门户网站主动公开各类政务信息4574条,"
                       "其中政务动态类2523条,信息公开目录1823条。\n",
        "qx-2024.txt": "青溪区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n通过政府网站主动公开各类政务信息3128条,"
                       "其中政务动态类1256条,信息公开目录1507条。\n"})
    a = g.ask("青溪区网站上政务动态和信息公开目录哪一类更多？2022年和2024年各差多少条？")
    assert "316" not in a.answer and "比2022年" not in a.answer, a.answer


def test_a_word_said_of_every_body_said_by_one_clause_only_gives_no_difference(tmp_path):
    """'2022年通过网络提交的申请，A收到几件，B收到几件？差多少？': A's '网络申请24件' and B's '共受理…7件(网上申请
    5件…)' may count different things (B's whole, A's online requests): both quoted, nothing computed."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "yh-2022.txt": "海曙区发展和改革局2022年政府信息公开工作年度报告\n一、总体情况\n全年收到政府信息公开申请共32件。"
                       "从申请方式看,网络申请24件,占75%;信函申请8件,占25%。\n",
        "ss-2022.txt": "青溪县人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n共受理依申请公开7件(网上申请5件、信函申请2件)。\n"})
    a = g.ask("2022年通过网络提交的信息公开申请，海曙区发改局收到几件，青溪县政府办收到几件？差多少？")
    assert "24" in a.answer and "17" not in a.answer and "（24 − 7）" not in a.answer, a.answer


@pytest.mark.parametrize("question, bound", [
    ("2022年的年报里，收到政府信息公开申请超过30件的单位有哪几家？", (">", 30)),
    ("哪些单位2022年收到的申请在10件以下？", ("<=", 10)),
    ("Which bodies received more than 30 requests in 2022?", (">", 30)),
    ("超过30件的申请占多少？", ()),  # no bodies asked: no bound
    ("2024年青溪市收到申请超过30件了吗？", ()),
])
def test_a_bound_is_read_only_when_the_bodies_passing_it_are_asked(question, bound):
    from assistant.ask.operations import operation_of

    assert operation_of(question).bound == bound


def test_the_bodies_passing_a_bound_are_listed_and_the_unread_ones_named(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2022.txt": "青溪县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全县共收到政府信息公开申请69件。\n",
        "yi-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年新收到政府信息公开申请12件。\n",
        "bing-2022.txt": "红河镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年收到政府信息公开申请33件。\n",
        "ding-2022.txt": "石门乡人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息80条。\n"})
    a = g.ask("2022年的年报里，收到政府信息公开申请超过30件的单位有哪几家？")
    assert a.answered and "超过30件的有2份" in a.answer and "69" in a.answer and "33" in a.answer, a.answer
    assert "12件" not in a.answer and "石门乡" in a.answer, a.answer  # (the report not read is named)


def test_two_figures_one_of_which_counts_more_things_are_not_subtracted():
    """'予以公开或部分公开59件' and '部分公开6件' count different things: no '多53件'."""
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _one_counts_more_things

    def part(clause, value):
        return Part({"body": "x"}, "", [], [Decimal(value)], "件", clause=clause)

    assert _one_counts_more_things([part("其中予以公开或部分公开59件、占45.3%", 59), part("部分公开6件", 6)])
    assert not _one_counts_more_things([part("共受理依申请公开7件", 7), part("受理政府信息公开申请28件", 28)])
    assert not _one_counts_more_things([part("部分公开6件", 6), part("其中部分公开9件", 9)])


def test_figures_counting_different_kinds_of_things_are_never_computed_with():
    from assistant.ask.multi_report import _measures_differ

    assert _measures_differ([_part("甲", 2021, 5, "场"), _part("甲", 2024, 300, "人")])
    assert not _measures_differ([_part("甲", 2021, 21, "件"), _part("甲", 2024, 35, "宗")])
    # (个 counts anything: '行政规范性文件18个' beside '…6件' may count one thing)
    assert _measures_differ([_part("甲", 2021, 18, "个"), _part("甲", 2024, 6, "件")])
    assert not _measures_differ([_part("甲", 2021, 18, "个"), _part("甲", 2024, 6, "件")], strict=True)


YEARS_2021 = ("白沙县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，白沙县举办政务公开业务培训5场。\n")
YEARS_2024 = ("白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，白沙县政务公开业务培训覆盖工作人员300人。\n")


def test_a_change_over_years_of_figures_of_different_kinds_is_refused(tmp_path):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home",
                       {"baisha-2021.txt": YEARS_2021, "baisha-2024.txt": YEARS_2024})
    a = g.ask("白沙县2021年到2024年政务公开业务培训变化了多少？")
    assert not a.answered and "295" not in a.answer and "无法相互计算" in a.note, a.answer


SITE_A = ("白沙县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n2025年，白沙县网站发布政务信息共600条，其中通知公告类52条。\n")
SITE_B = ("青山镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年通过政府网站发布信息5个类别，累计公开概况信息、"
          "工作动态、财政预决算等共400条。政务微信公众号推送信息710条。\n")


def test_a_body_whose_figure_counts_another_kind_is_read_again_in_the_others_words(tmp_path):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"baisha-2025.txt": SITE_A, "qingshan-2025.txt": SITE_B})
    a = g.ask("In 2025, who posted more on their website, Baisha County or Qingshan Town, and by how much?")
    assert a.answered and "600 − 400" in a.answer and "200 more" in a.answer, a.answer
    assert "595" not in a.answer


SITE_2021 = ("白沙县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全县15家单位在门户网站发布20个领域基层政务公开目录。"
             "2021年，白沙县人民政府门户网站信息更新总量为3000条。\n")
SITE_2022 = ("白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n通过白沙县门户网站主动公开各类政务信息4500条。\n")


def test_a_year_is_computed_with_its_figure_counting_what_the_other_years_does(tmp_path):
    """Of a year's clauses, the figure counting what the other year's does (条 of items posted, not
    个 of catalogues nor 家 of units), and a verb of publishing said otherwise is one thing."""
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"baisha-2021.txt": SITE_2021, "baisha-2022.txt": SITE_2022})
    a = g.ask("白沙县官网2022年挂出来的信息量，是2021年的几倍？")
    assert a.answered and "2022年是2021年的1.5倍（4500 ÷ 3000）" in a.answer, a.answer
    assert "225" not in a.answer


def test_of_a_parts_clauses_the_figure_in_the_other_parts_measure_is_computed_with():
    from decimal import Decimal as D

    from assistant.ask.multi_report import Part, _like_with_like

    record = {"source": "a.txt", "body": "甲", "year": 2021, "title": "甲"}
    several = Part(record, "…", [], [D(19), D(26), D(3568)], "", options=((D(19), "家", False), (D(26), "个", False)),
                   clause="全区19家单位在门户网站发布26个目录", stated=((D(19), "家", False), (D(26), "个", False),
                                                                   (D(3568), "条", False)))
    one = Part(dict(record, source="b.txt", year=2022), "…", [], [D(4574)], "条", clause="通过门户网站公开信息4574条")
    assert _like_with_like([several, one]) == [(D(3568), "条", False), (D(4574), "条", False)]


YEARS_A = "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，通过白沙县门户网站主动公开各类政务信息4800条。\n"
YEARS_B = "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，通过白沙县门户网站主动公开各类政务信息3000条。\n"


@pytest.mark.parametrize("question, said", [
    ("白沙县官网2022年和2024年平均每个月发多少条政务信息？", "2022年平均每月400条（4800 ÷ 12）；2024年平均每月250条（3000 ÷ 12）"),
    ("白沙县门户网站的政务信息从2022年到2024年，平均每年少了多少条？", "2022年至2024年年均减少900条（(3000 − 4800) ÷ 2）"),
    ("白沙县门户网站的政务信息从2022年到2024年，年均复合下降率是多少？", "年均复合下降20.9%（(3000 ÷ 4800)^(1/2) − 1）"),
    # a quarter, a day (2024 a leap year), and the change of a period's figure
    ("要是平摊到每个季度，白沙县官网2022年、2024年一个季度各发布多少条政务信息？",
     "2022年平均每季度1200条（4800 ÷ 4）；2024年平均每季度750条（3000 ÷ 4）"),
    ("白沙县门户网站2022年和2024年，平均每天大概发几条政务信息？保留一位小数。",
     "2022年平均每天13.2条（4800 ÷ 365）；2024年平均每天8.2条（3000 ÷ 366）"),
    ("白沙县官网2022年平均每月发多少条政务信息？和2024年的月均比，每月少了多少？",
     "每月少150条（3000 ÷ 12 − 4800 ÷ 12）"),
    ("白沙县门户网站2022年和2024年平均一个月发几条政务信息？", "2022年平均每月400条（4800 ÷ 12）"),
])
def test_a_year_per_month_a_change_per_year_and_a_compound_rate(tmp_path, question, said):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"baisha-2022.txt": YEARS_A, "baisha-2024.txt": YEARS_B})
    a = g.ask(question)
    assert a.answered and said in a.answer, a.answer


@pytest.mark.parametrize("question, rank, lowest, nth", [
    ("2021年的年报里，收到信息公开申请的单位按件数怎么排？", True, False, 0),
    ("2024年各单位的微信公众号，发文数量排老二的是哪家？", True, False, 2),
    ("2025年各单位公众号发的信息，从多到少排一下。", True, False, 0),
    ("Of the 2021 reports, which bodies received at least one request, from most to fewest?", True, False, 0),
    ("Which town had the fewest clicks in 2022?", True, True, 0),
    ("按规定排查隐患多少次？", False, False, 0),
])
def test_rankings_asked_in_everyday_words(question, rank, lowest, nth):
    from assistant.ask.operations import operation_of

    op = operation_of(question)
    assert (op.rank, op.lowest, op.nth) == (rank, lowest, nth)


def test_a_difference_and_a_multiple_asked_together_are_both_computed(two):
    a = two.ask("2024年青溪市主动公开的政府信息比白沙县多几条？是它的几倍？")
    assert a.answered and "多724条（1284 − 560）" in a.answer and "2.3倍（1284 ÷ 560）" in a.answer, a.answer


@pytest.mark.parametrize("question, change", [
    ("丁桥镇跟花园乡比，2022年应急管理类信息多发了几条？", True),
    ("2024年比2022年少收了几件申请？", True),
    ("2022年发布了多少条信息？", False),
])
def test_more_or_fewer_with_a_verb_between_asks_a_difference(question, change):
    from assistant.ask.operations import operation_of

    assert operation_of(question).change == change


@pytest.mark.parametrize("question, nonzero", [
    ("2022年出过行政规范性文件的单位里（零件的不算），谁最少？几件？", True),
    ("2024年接到过申请的单位里（一件没有的不算），谁接到的最少？", True),
    ("2024年不算零件的单位里，谁收到的申请最少？", True),
    ("2022年收到过信息公开申请的单位里（不算一件没收到的），哪家收到的最少？", True),
    ("Which body received the fewest requests in 2024 (excluding those with none)?", True),
    ("2024年哪个单位收到的申请最少？", False),
])
def test_bodies_with_nought_left_out_are_read(question, nonzero):
    from assistant.ask.operations import operation_of

    assert operation_of(question).nonzero is nonzero


def test_a_ranking_leaving_out_nought_ranks_the_others(tmp_path):
    """'（零件的不算）': a report stating 0 is not the fewest, nor a cell of the tables asked about."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2022.txt": "青溪市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年制定行政规范性文件12件。\n",
        "yi-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年制定行政规范性文件3件。\n",
        "bing-2022.txt": "红河县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年制定行政规范性文件0件。\n"})
    a = g.ask("2022年出过行政规范性文件的单位里（零件的不算），谁最少？几件？")
    assert a.answered and "最少的是白沙县人民政府（3件）" in a.answer and "红河县" not in a.answer, a.answer
    b = g.ask("2022年哪个单位制定的行政规范性文件最少？")
    assert b.answered and "最少的是红河县人民政府（0件）" in b.answer, b.answer


@pytest.mark.parametrize("question, kept, dropped", [
    ("2024年报了公众号发文数的单位里，哪家公众号发得最少？", "公众号发文数", ["单位", "报了", "发得"]),
    ("2024年各单位的微信公众号，发文数量排老二的是哪家？", "微信公众号", ["排老二"]),
    ("2025年的年报里，主动公开政府信息条数排前三的是哪几家（公众号、新媒体不算）？", "主动公开政府信息", ["前三", "新媒体", "不算"]),
    ("2021年这些单位网上主动公开的信息量从多到少排个序，列前五。", "网上主动公开的信息量", ["前五"]),
    ("2022年出了政府公报的几家里，谁出得最少？几期？", "政府公报", ["几家", "出得"]),
    # a difference asked with its verb is no second thing each report is read for
    ("硚口区2021年新开了几个专题专栏？2024年比2021年多开了几个？", "新开了几个专题专栏", ["多开"]),
])
def test_the_frame_of_a_ranking_is_no_words_each_report_is_read_for(question, kept, dropped):
    from assistant.ask.multi_report import reading_question

    reading = reading_question(question)
    assert kept in reading and not any(d in reading for d in dropped), reading


@pytest.mark.parametrize("clause, other", [
    ("上年结转政府信息公开申请12件", True),  # carried over: not the requests received
    ("新收到依申请公开政府信息289件", False),
    ("结转上年后新收到依申请公开事项47件", False),
    ("全年主动公开政府信息300条", False),  # names no row of the tables: not said to be another
])
def test_a_clause_naming_another_row_of_the_tables_does_not_answer(clause, other):
    from assistant.ask.multi_report import names_another_row

    assert names_another_row("2024年受理政府信息公开申请数量排第三的是哪个单位？", clause) is other


def test_two_bodies_asked_as_a_percentage_more(tmp_path):
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {
        "jia-2025.txt": "青溪市统计局2025年政府信息公开工作年度报告\n一、总体情况\n全年通过门户网站主动公开各类信息131条。\n",
        "yi-2025.txt": "白沙县统计局2025年政府信息公开工作年度报告\n一、总体情况\n通过县政府网站对外刊登政务信息113条。\n"})
    a = g.ask("2025年青溪市统计局网站发的信息比白沙县统计局多百分之多少？")
    assert a.answered and "多18条（131 − 113），多15.9%（18 ÷ 113）" in a.answer, a.answer


def test_a_word_glossed_in_brackets_is_read_as_either_name(tmp_path):
    from assistant.ask.multi_report import reading_question

    assert "政务新媒体" not in reading_question("2025年各单位公众号（政务新媒体）发的信息，从多到少排一下。")
    # an instruction in brackets is no gloss
    assert "按常务会" in reading_question("保山市和章丘区2024年分别公开了多少次政府会议？（章丘按常务会加专题会算）")
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {
        "jia-2025.txt": "青溪市统计局2025年政府信息公开工作年度报告\n一、总体情况\n通过“青溪统计”微信公众号发布信息878条。\n",
        "yi-2025.txt": "白沙县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n政务新媒体发布原创政务信息638条。\n",
        "bing-2025.txt": "红河县审计局2025年政府信息公开工作年度报告\n一、总体情况\n通过“红河审计”微信公众号发布信息46篇。\n"})
    a = g.ask("2025年各单位公众号（政务新媒体）发的信息，从多到少排一下。")
    assert a.answered and all(x in a.answer for x in ("878", "638", "46")), a.answer
    assert a.answer.index("878") < a.answer.index("638") < a.answer.index("46"), a.answer


@pytest.mark.parametrize("question, rank, top", [
    ("2022年的年报里，政府公报出得最勤的是谁？", True, 0),
    ("2024年基层的乡镇和街道里，主动公开信息数排前两名的是哪两个？", True, 2),
    ("第二季度发布了多少条？", False, 0),
])
def test_rankings_asked_as_most_often_or_the_first_two(question, rank, top):
    from assistant.ask.operations import operation_of

    op = operation_of(question)
    assert (op.rank, op.top) == (rank, top)


def test_a_ranking_among_the_levels_listed_reads_only_their_reports():
    from assistant.ask.bodies import of_level_asked

    records = [{"source": f"{n}.txt", "body": b, "year": 2024} for n, b in
               enumerate(["平武县龙安镇", "罗平县钟山乡", "硚口区韩家墩街道办事处", "保山市人民政府", "武汉市硚口区人民政府"])]
    kept = of_level_asked("2024年基层的乡镇和街道里，主动公开信息数排前两名的是哪两个？", records)
    assert [r["body"] for r in kept] == ["平武县龙安镇", "罗平县钟山乡", "硚口区韩家墩街道办事处"]


def test_how_many_reports_is_no_measure_asked():
    from assistant.ask.extractive import asked_measure

    assert asked_measure("看2022年的几份年报，申请件数排前三的单位依次是哪几家？") == "件"


def test_a_report_read_for_a_figure_is_not_answered_by_a_date():
    """Each report of several is read for a figure (``figures_only``), its question's words of counting
    gone ('多几条'): a clause whose figures are a date is no answer."""
    from assistant.ask.extractive import choose_units, idf_weights
    from assistant.model import Passage

    p = Passage(text="全年主动公开政府信息专栏于2024年1月15日在南关区人民政府网站更新。", source="a.txt", title="t",
                body="长通街道", year=2024, section_path=("一、总体情况",), page=None, kind="prose")
    stats = idf_weights([p.text])
    found = choose_units("2024年主动公开的信息", [], "zh", [p], stats, figures_only=True)
    assert not found.answered, [u.quote for u in found.units]


def test_a_bracket_saying_what_is_included_is_no_gloss():
    from assistant.ask.multi_report import without_glosses

    assert without_glosses("申请最后给公开了（含部分公开）的各有多少件") == "申请最后给公开了（含部分公开）的各有多少件"
    assert without_glosses("解读产品（包括动漫短视频）一共多少个") == "解读产品（包括动漫短视频）一共多少个"
    assert without_glosses("各单位公众号（政务新媒体）发的信息") == "各单位公众号发的信息"


def test_two_things_compared_in_each_years_report(tmp_path):
    """'每年公众号发的都比网站上多，2024年多几篇，2025年多几篇' and 'A和B哪一类更多？…各差多少条': each report's
    own difference of its two things, not a change of one thing between the years."""
    from conftest import index_of_years

    g = index_of_years(tmp_path, "青溪区审计局", {
        2024: "我局通过区政府门户网站对外公布信息共计14条。通过“青溪审计”微信公众号发布信息41篇。",
        2025: "我局通过区政府门户网站对外发布信息共10条。通过“青溪审计”微信公众号发布信息46篇。"})
    a = g.ask("青溪区审计局每年公众号发的都比网站上多，2024年多几篇，2025年多几篇？")
    assert a.answered and "多27（41 − 14）" in a.answer and "多36（46 − 10）" in a.answer, a.answer
    assert "46 − 41" not in a.answer
    b = g.ask("青溪区审计局公众号和网站哪个发得更多？2024年和2025年各差多少条？")
    assert b.answered and "多27（41 − 14）" in b.answer and "多36（46 − 10）" in b.answer, b.answer
    assert {c.source for c in a.citations} == {"r-2024.txt", "r-2025.txt"}
    # the years' totals of each thing, then their difference
    c = g.ask("青溪区审计局2024、2025两年，公众号发的信息总数比在区政府网站上发的总数多多少？")
    assert c.answered and "合起来前者87篇（41 + 46），后者24条（14 + 10），前者比后者多63（87 − 24）" in c.answer, c.answer
    assert "合起来" not in a.answer


@pytest.mark.parametrize("question, bodies, language, unasked", [
    ("除去预决算类信息，青溪区审计局在区政府网站上发布的其他信息2024年和2025年各有几条？少了几条？", ("甲", "甲"), "zh", True),
    ("青溪区审计局在区政府网站上发布的信息2024年和2025年各有几条？少了几条？", ("甲", "甲"), "zh", False),
    ("甲街道和乙街道2025年各收到几件公开申请？跟上一年比各有什么变化？", ("甲", "乙"), "zh", True),
    ("甲街道和乙街道2025年各收到几件公开申请？谁多？", ("甲", "乙"), "zh", False),
    ("Taking news items and catalogue items together, by what percentage did Qingxi's output fall from 2022 to "
     "2024?", ("甲", "甲"), "en", True),
    ("By what percentage did Qingxi's catalogue items fall from 2022 to 2024?", ("甲", "甲"), "en", False),
])
def test_arithmetic_answering_another_question_is_not_done(question, bodies, language, unasked):
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _arithmetic_unasked

    years = (2024, 2025) if bodies[0] == bodies[1] else (2025, 2025)
    parts = [Part({"source": f"{b}{y}.txt", "body": b, "year": y, "title": b}, "x", [], [Decimal(n)], "条")
             for b, y, n in zip(bodies, years, (14, 10))]
    assert _arithmetic_unasked(question, parts, language, "") is unasked


@pytest.mark.parametrize("question, bodies, language", [
    ("2025年甲街道和乙街道一共接到多少件信息公开申请（不算上年结转）？", ("甲", "乙"), "zh"),
    ("How many items did Qingxi file under its disclosure catalogue in 2022 and 2024 combined?", ("甲", "甲"), "en"),
])
def test_arithmetic_asked_is_done(question, bodies, language):
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _arithmetic_unasked

    years = (2024, 2025) if bodies[0] == bodies[1] else (2025, 2025)
    parts = [Part({"source": f"{b}{y}.txt", "body": b, "year": y, "title": b}, "x", [], [Decimal(n)], "条")
             for b, y, n in zip(bodies, years, (14, 10))]
    assert not _arithmetic_unasked(question, parts, language, "")


def test_a_change_per_year_asked_is_no_words_a_report_says():
    from assistant.ask.multi_report import reading_question

    for question in ("硚口区网站的通知公告从2022年到2024年，平摊下来每年少几条？", "硚口区网站的通知公告2022到2024年年均少几条？"):
        reading = reading_question(question)
        assert "通知公告" in reading and "平摊" not in reading and "年均" not in reading, reading


def test_a_count_of_another_thing_in_ge_is_not_computed_with_items(tmp_path):
    """'少了多少条' over two years is not computed from '发布26个试点领域…目录' beside '…信息3128条': the
    个 counts the thing named after it, which the question does not ask; a thing counted in 个 that
    the question names ('行政规范性文件18个' beside '…6件') still is."""
    from conftest import index_of_texts, index_of_years

    g = index_of_years(tmp_path, "青溪区人民政府", {
        2021: "全区19家单位在门户网站发布26个试点领域基层政务公开目录。",
        2024: "通过政府网站主动公开各类政务信息3128条。"})
    a = g.ask("青溪区政府网站发布信息2024年比2021年少了多少条？")
    assert not a.answered and "3102" not in a.answer and "不是同一种东西" in a.answer, a.answer
    h = index_of_texts(tmp_path / "two", tmp_path / "home2", {
        "a.txt": "青溪区发展和改革局2022年政府信息公开工作年度报告\n一、总体情况\n共制定出台行政规范性文件6件。\n",
        "b.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n公开政策文件40件，其中行政规范性文件18个。\n"})
    b = h.ask("青溪区发改局2022年制定出台了几件行政规范性文件？白沙县当年公开的行政规范性文件又是多少？差几件？")
    assert b.answered and "12（18 − 6）" in b.answer, b.answer


def test_a_place_named_again_after_a_comma_is_the_body_named_with_it(tmp_path):
    """'莆田市发改委和黄陂汉口北管委会…的信息，莆田多出多少条': the bare 莆田 is the 发改委 named before
    (the index holds no 莆田市人民政府), not a body the index does not hold."""
    from conftest import index_of_texts

    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {
        "a.txt": "莆田市发展和改革委员会2021年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息169条。\n",
        "b.txt": "武汉市黄陂区汉口北管委会2021年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息91条。\n"})
    a = g.ask("2021年莆田市发改委和黄陂汉口北管委会主动公开的政府信息，莆田多出多少条？")
    assert a.answered and "多78条（169 − 91）" in a.answer, a.answer
    assert {c.source for c in a.citations} == {"a.txt", "b.txt"}


def test_the_bodies_a_ranking_is_among_are_no_words_a_report_states():
    """'2022年几家出政府公报的，谁出的期数最多？其余的各几期？': 几家 names the bodies ranked (no count in
    家 asked) and '其余的各几期' asks the others' places, so each report is read for its issues (期)."""
    from assistant.ask.extractive import asked_measure
    from assistant.ask.multi_report import reading_question

    question = "2022年几家出政府公报的，谁出的期数最多？其余的各几期？"
    assert asked_measure(question) == "期"
    reading = reading_question(question)
    assert "几家" not in reading and "其余" not in reading and "政府公报" in reading, reading
    assert "几家" not in reading_question("2021年几家单位官网公开的信息量排前三的是？")
    # a count of bodies asked is still a count
    assert asked_measure("2022年有几家单位收到了公开申请？") == "家"


def test_a_change_against_the_year_before_reads_that_years_report(tmp_path):
    """'2025年公众号发的比上一年多了多少篇': the 2024 report is read too (held), and the change computed;
    '网上发布的信息比前一年少了几成' is not computed from one year's website count and the other's WeChat
    count: they are of different outlets."""
    from conftest import index_of_years

    g = index_of_years(tmp_path, "青溪区审计局", {
        2024: "我局通过区政府门户网站对外公布信息共计14条。通过“青溪审计”微信公众号发布信息41篇。",
        2025: "我局通过区政府门户网站对外发布信息共10条。通过“青溪审计”微信公众号发布信息46篇。"})
    a = g.ask("青溪区审计局2025年公众号发的比上一年多了多少篇？")
    assert a.answered and "增加5篇（46 − 41" in a.answer, a.answer
    assert {c.source for c in a.citations} == {"r-2024.txt", "r-2025.txt"}
    b = g.ask("青溪区审计局2025年网上发布的信息比前一年少了几成？")
    assert "10 − 41" not in b.answer and "46 − 14" not in b.answer, b.answer
    en = g.ask("How many more items did the Qingxi District Audit Bureau publish on WeChat in 2025 than in the previous year?")
    assert en.answered and "46 − 41" in en.answer, en.answer


def test_english_things_added_in_each_year_before_the_change(tmp_path):
    """'notices plus catalogue items, taken together, fall from 2022 to 2024': each year's own sum, then the
    change of the sums (not of the notices alone)."""
    from conftest import index_of_years

    g = index_of_years(tmp_path, "青溪区人民政府", {
        2022: "通过门户网站主动公开政务信息4574条，其中通知公告类397条，信息公开目录1823条。",
        2024: "通过政府网站主动公开政务信息3128条，其中通知公告类365条，信息公开目录1507条。"})
    a = g.ask("By what percentage did Qingxi District's notices plus catalogue items, taken together, fall from 2022 to 2024?")
    assert a.answered and "together 2220 (397 + 1823)" in a.answer and "together 1872 (365 + 1507)" in a.answer, a.answer
    assert "1872 − 2220, −15.7%" in a.answer and "365 − 397" not in a.answer, a.answer


def test_a_ranking_reads_no_frame_words_and_keeps_the_two_ways_of_disclosing_apart():
    """'各单位' and a clause left with only '请' are no words a report states; a question of 主动公开 is not
    answered by a clause of 依申请公开 alone (nor one of requests by 主动公开 alone)."""
    from types import SimpleNamespace

    from assistant.ask.extractive import _other_mode
    from assistant.ask.multi_report import reading_question

    assert reading_question("2022年各单位全年主动公开的信息条数，请从多到少排个序。") == "2022年 全年主动公开的信息条数。"
    request_clause = SimpleNamespace(quote="2022年我镇全年共收到依申请公开0件", before=[], figures=["0"])
    proactive_clause = SimpleNamespace(quote="主动公开政府信息32条", before=[], figures=["32"])
    assert _other_mode("全年主动公开的信息条数", request_clause)
    assert not _other_mode("全年主动公开的信息条数", proactive_clause)
    assert _other_mode("全年收到多少件申请", proactive_clause)
    assert not _other_mode("主动公开和依申请公开各多少", request_clause)


def test_a_place_both_bodies_are_in_does_not_set_their_figures_apart():
    """'同在武汉，…' says where the bodies are: that one body's clause names 武汉 and the other's does not
    says nothing of what they state. A word of the frame that one clause says and the other does
    not ('网站' against '公众号') still sets them apart."""
    from assistant.ask.multi_report import Part, _frame_said_apart

    def part(source, body, places, clause):
        return Part(record={"source": source, "body": body, "places": places}, statements="", citations=[],
                    figures=[], clause=clause)

    a = part("a.txt", "武汉市黄陂区汉口北委员会", "武汉市,黄陂区", "通过武汉市黄陂区人民政府网站主动对外发布信息91条")
    b = part("b.txt", "武汉市硚口区人民政府", "武汉市,硚口区", "硚口区人民政府网站信息更新总量为3568条")
    readings = {"a.txt": "同在武汉，2021年汉口北管委会对外发布的信息", "b.txt": "同在武汉，2021年硚口区网站的更新量"}
    assert not _frame_said_apart([a, b], readings)
    c = part("b.txt", "武汉市硚口区人民政府", "武汉市,硚口区", "硚口发布公众号文章3568篇")
    readings = {"a.txt": "2021年网站发布的汉口北信息", "b.txt": "2021年网站发布的硚口信息"}
    assert _frame_said_apart([a, c], readings)


def test_two_reports_figures_are_computed_together_only_when_both_count_the_noun_asked(tmp_path):
    """'甲镇发布的信息是乙镇的几倍': 乙镇's '发布政策文件2条' counts documents, not information; it is read again
    for 信息 ('主动公开各类信息561条'), and the multiple is of those. A report stating no such count leaves the
    question refused, never computed from the documents."""
    from conftest import index_of_texts

    jia = ("甲镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇围绕年度政务公开工作重点发布各类信息1023条。\n")
    yi = ("乙镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，乙镇通过政府网站主动公开各类信息561条。\n"
          "二、主动公开政府信息情况\n发布政策文件2条，发布规划2条。\n")
    bing = ("丙镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，丙镇发布政策文件3条。\n")
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"jia-2022.txt": jia, "yi-2022.txt": yi,
                                                               "bing-2022.txt": bing})
    a = g.ask("2022年甲镇发布的信息是乙镇的几倍？保留一位小数。")
    assert "1.8倍（1023 ÷ 561）" in a.answer and "511.5" not in a.answer, a.answer
    b = g.ask("2022年甲镇发布的信息是丙镇的几倍？保留一位小数。")
    assert "341" not in b.answer and "÷" not in b.answer, b.answer


def test_figures_added_with_xiangjia_are_a_sum():
    """'全部相加' asks a sum as '加起来' does."""
    from assistant.ask.operations import operation_of

    assert operation_of("把青溪市2021、2022、2024年年报里各自的网站信息量全部相加，得多少？").sum
    assert operation_of("甲和乙两项相加是多少？").sum


@pytest.mark.parametrize("question, kept, dropped", [
    ("2025年街道一级的年报里，主动公开条数排名前三依次是哪几个街道？", "主动公开条数", ["街道", "一级"]),
    ("2022年乡镇这一级，哪个镇发布的信息最多？", "发布的信息", ["乡镇", "一级", "哪个镇"]),
    ("按审计局年报，2025年网站发布条数只及2024年的几成？用百分比回答，保留一位。", "网站发布条数", ["百分比", "回答", "只及"]),
])
def test_the_level_of_the_bodies_ranked_and_how_a_figure_is_to_be_given_are_no_words_of_it(question, kept, dropped):
    from assistant.ask.multi_report import reading_question

    reading = reading_question(question)
    assert kept in reading and not any(d in reading for d in dropped), reading


def test_a_thing_of_a_sum_read_alone_keeps_to_the_outlet_the_question_names(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "qingxi-bgs-2024.txt": "青溪市政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n"
                               "全年通过青溪市政府门户网站发布政府信息1813条,通过政府网站转载国家、省政府信息727条,"
                               "公开政府文件47件。青溪市政府办公室微信公众号发布和转载政府信息383条。\n"})
    a = g.ask("青溪市政府办的微信公众号2024年原创的和转载的政务信息合起来有多少条？")
    # (the website's 转载 is not the account's: never 383 + 727)
    assert "1110" not in a.answer and "727" not in a.answer, a.answer


def test_a_ranking_reads_a_clause_quoted_with_the_lead_that_names_what_is_ranked(tmp_path, monkeypatch):
    import dataclasses

    import assistant.ask.multi_report as multi_report

    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2025.txt": "甲市外事办公室2025年政府信息公开工作年度报告\n一、总体情况\n"
                        "全年通过政府网站发布信息6个类别,累计公开概况信息、工作动态、财政预决算、机构介绍等共497条。\n",
        "yi-2025.txt": "乙区人民政府2025年政府信息公开工作年度报告\n一、总体情况\n2025年,网站发布政务信息共667条。\n",
        "bing-2025.txt": "丙县审计局2025年政府信息公开工作年度报告\n一、总体情况\n我局通过县政府门户网站对外发布信息共10条。\n",
        # (a lead saying it was not done says nothing of the count after it)
        "ding-2025.txt": "丁镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n"
                         "本年度未在政府网站发布信息,共印发我镇有效政策文件4条。\n"})
    question = "2025年哪个单位在政府网站上发布的信息最多？"
    a = g.ask(question)
    assert a.answered and "甲市外事办公室" in a.answer and "497" in a.answer, a.answer
    assert "4条" not in a.answer, a.answer
    monkeypatch.setattr(multi_report, "TUNING", dataclasses.replace(multi_report.TUNING, rank_lead_said=False))
    assert "497" not in g.ask(question).answer.split("其余")[0]


def test_the_place_asked_without_its_measure_word_is_no_word_of_what_is_ranked():
    from assistant.ask.multi_report import reading_question

    reading = reading_question("2024年几个区政府当中，网上发布信息最多的是哪个区，第二是哪个？")
    assert "网上发布信息" in reading and "第二" not in reading, reading


def test_only_reaching_another_years_share_asks_a_ratio_to_that_year():
    from assistant.ask.multi_report import RATIO_TO

    m = RATIO_TO.search("硚口审计局2025年网站发布条数只及2024年的几成？")
    assert m and "2024" in m.group("base")


def test_a_report_the_question_finds_nothing_in_is_read_in_the_words_of_the_other(tmp_path, monkeypatch):
    """Over two real towns' reports: 花园乡's clause of '发布' (发布政策文件2条) is no count of its information,
    and nothing else says 发布; it is read as the other town's clause says the thing counted."""
    import dataclasses

    import assistant.ask.multi_report as multi_report
    from conftest import index_of_corpus

    g = index_of_corpus(tmp_path, ["chizhou-dongzhi-dadukouzhen-2022.txt", "chizhou-dongzhi-huayuanxiang-2022.txt"])
    question = "2022年大渡口镇发布的信息是花园乡的几倍？保留一位小数。"
    a = g.ask(question)
    assert a.answered and "1.8倍（1023 ÷ 561）" in a.answer, a.answer
    monkeypatch.setattr(multi_report, "TUNING", dataclasses.replace(multi_report.TUNING, unstated_read_as_other=False))
    b = g.ask(question)
    assert not b.answered and "511.5" not in b.answer, b.answer


def test_a_report_read_in_the_others_words_keeps_to_the_outlet_and_the_noun_asked(tmp_path):
    """Over two real towns' reports: 钟祥镇 states its county-site count as '外网…13条' and an offline count
    '在信息公示栏、宣传展板、工作手册公开内容145条', whose 信息 names a board, not what is counted."""
    from conftest import index_of_corpus

    g = index_of_corpus(tmp_path, ["honghe-jianshui-qinglongzhen-2019.txt", "meishan-renshou-zhongxiangzhen-2019.txt"])
    a = g.ask("2019年建水县青龙镇和仁寿县钟祥镇在县政府网站上各公开了多少条信息？相差几条？")
    assert "145" not in a.answer and "143" not in a.answer, a.answer


def test_a_figure_given_in_ten_thousands_makes_a_difference_about_so_many(tmp_path, monkeypatch):
    import dataclasses

    import assistant.ask.multi_report as multi_report

    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2021.txt": "甲区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年政府门户网站主动公开政府信息2.1万条。\n",
        "yi-2021.txt": "乙县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n乙县人民政府门户网站上传信息5786条。\n"})
    question = "2021年甲区和乙县谁的政府网站发布信息多？多多少？"
    a = g.ask(question)
    assert a.answered and "多约15214条" in a.answer, a.answer  # (2.1万 is rounded to ten-thousands)
    monkeypatch.setattr(multi_report, "TUNING", dataclasses.replace(multi_report.TUNING, rounded_wan_approximate=False))
    assert "多15214条" in g.ask(question).answer


def test_an_english_yes_no_question_of_more_than_in_another_year_asks_the_change():
    from assistant.ask.operations import operation_of

    assert operation_of("Did the audit bureau publish more on its website in 2025 than in 2024?").change
    assert operation_of("Were fewer requests received in 2024 than in 2022?").change
    assert not operation_of("Did it receive more than 100 requests in 2024?").change  # (a bound, no change)
