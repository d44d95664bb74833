"""Answers over the national tables' facts: the operations of the issue (value, paraphrase, sum,
share, change between years, two bodies, ranking, follow-up, English), each with its operands cited
and its arithmetic shown, and the refusals (a cell the report does not have, a cell unreadable).
The index holds the real huaian-szf-2024.pdf and the project's own demo reports (青溪市 2022 and
2024, and its office 2024), whose tables were written for the project."""

from __future__ import annotations

import pytest

from assistant.service import Gongkai
from conftest import index_of_table_reports


@pytest.fixture(scope="module")
def g(tmp_path_factory, eval_docs) -> Gongkai:
    return index_of_table_reports(tmp_path_factory.mktemp("table-answers"), eval_docs)


def cited(answer) -> set[str]:
    return {c.passage_id for c in answer.citations}


def test_a_value_is_its_cell(g):
    a = g.ask("淮安市2024年新收的政府信息公开申请中，自然人提出的有多少件？")
    assert a.answered and a.verified and a.mode == "facts" and "3001件" in a.answer
    assert cited(a) == {"fact:apply.new.natural_person"}
    assert a.citations[0].page == 4 and "自然人" in a.citations[0].quote and a.citations[0].quote.endswith("3001")


@pytest.mark.parametrize("question, figure, key", [
    ("淮安2024年有多少信息公开申请最后只公开了一部分？", "454", "fact:apply.result.partial.total"),
    ("淮安市2024年法律服务机构提了多少件申请？", "61", "fact:apply.new.legal_services"),
    ("How many requests did Huai'an receive from law firms in 2024?", "61", "fact:apply.new.legal_services"),
    ("淮安市2024年行政复议结果被纠正的有几件？", "64", "fact:review.corrected"),
])
def test_paraphrases_and_english_map_to_the_cell(g, question, figure, key):
    a = g.ask(question)
    assert a.answered and figure in a.answer and cited(a) == {key}, a.answer


def test_a_group_is_the_sum_of_its_cells_shown(g):
    a = g.ask("淮安2024年被告上法院的案件有几起？")
    assert a.answered and all(x in a.answer for x in ("46", "26", "20"))
    assert {"fact:lawsuit.direct.total", "fact:lawsuit.after_review.total"} <= cited(a)


def test_sum_share_and_difference_in_one_report(g):
    s = g.ask("淮安市2024年予以公开和部分公开加起来一共多少件？")
    assert "1816" in s.answer and "1362 + 454" in s.answer
    share = g.ask("淮安市2024年予以公开的申请占多大比例？")
    assert "44.7%" in share.answer and "1362 ÷ 3050" in share.answer
    assert cited(share) == {"fact:apply.result.granted.total", "fact:apply.result.total.total"}
    diff = g.ask("淮安市2024年行政许可处理决定比行政强制多多少件？")
    assert "358945" in diff.answer and "447228 − 88283" in diff.answer


def test_two_years_of_one_body_with_the_change_and_a_series(g):
    a = g.ask("青溪市人民政府2022年和2024年新收政府信息公开申请分别多少件？比较一下变化")
    assert a.answered and "600" in a.answer and "1278" in a.answer
    assert {c.source for c in a.citations} == {"qingxi-szf-2022.md", "qingxi-szf-2024.md"}
    assert "增加678" in a.answer and "1278 − 600" in a.answer
    assert a.series["kind"] == "line" and [p["label"] for p in a.series["points"]] == ["2022", "2024"]


def test_two_bodies_compared_and_summed(g):
    a = g.ask("2024年淮安市和青溪市的行政处罚决定数量相差多少件？")
    assert "3886187" in a.answer and {c.source for c in a.citations} == {"huaian-szf-2024.pdf", "qingxi-szf-2024.md"}
    assert a.series["kind"] == "bar"
    b = g.ask("淮安市和青溪市两个市政府2024年新收的信息公开申请加起来一共多少件？")
    assert "4397" in b.answer and "3119 + 1278" in b.answer


def test_ranking_over_the_reports_of_a_year(g):
    a = g.ask("2024年哪个单位收到的政府信息公开申请最多？")
    assert a.answered and a.answer.index("淮安市人民政府") < a.answer.index("青溪市人民政府")
    assert len(a.citations) == 3 and a.series["points"][0]["value"] == "3119"
    # a place asked ('第二多') names the report in that place, the ranking stated as before
    second = g.ask("2024年收到的政府信息公开申请第二多的是哪个单位？")
    assert second.answered and "第二多的是青溪市人民政府" in second.answer, second.answer


def test_follow_ups(g):
    first = "淮安市2024年政府信息公开行政复议一共多少件？"
    a = g.ask("其中结果被纠正的有几件？", history=[first])
    assert "64" in a.answer and a.understood_as and "复议" in a.understood_as
    b = g.ask("那2022年呢？", history=["青溪市2024年新收政府信息公开申请多少件？"])
    assert "600" in b.answer and {c.source for c in b.citations} == {"qingxi-szf-2022.md"}
    # a follow-up sentence and more asked of it; a change without a year is from the earlier year
    c = g.ask("那2022年呢？比2024年少了多少？", history=["青溪市2024年新收政府信息公开申请多少件？"])
    assert "600" in c.answer and "1278" in c.answer and "678" in c.answer, c.answer
    d = g.ask("2022年这一项是多少？少了多少？", history=["青溪市2024年新收政府信息公开申请多少件？"])
    assert "600" in d.answer and "678" in d.answer and "比2024年" in d.understood_as, (d.understood_as, d.answer)


def test_a_cell_the_report_does_not_have_is_refused_not_substituted(g):
    a = g.ask("淮安市2024年行政处罚的本年增减是多少？")  # a column of the 2019 format only
    assert not a.answered and "没有这一项" in a.answer and not a.citations


def test_a_body_not_named_among_several_is_not_guessed(g):
    a = g.ask("2024年予以公开的申请有多少件？")
    assert not a.answered and not a.citations
    assert "淮安市人民政府" in a.answer and "青溪市人民政府" in a.answer and "哪" in a.answer


def test_a_question_asking_two_things_answers_both_or_names_the_part_it_cannot(g):
    a = g.ask("淮安2024年新收申请多少件？其中自然人多少件？")
    assert a.answered and "3119" in a.answer and "3001" in a.answer
    assert cited(a) == {"fact:apply.new.total", "fact:apply.new.natural_person"}
    b = g.ask("淮安2024年律师事务所这类机构提了多少件申请？最后给公开了几件？")
    assert b.answered and "61" in b.answer and "最后给公开了几件" in b.answer and "未作回答" in b.answer
    assert cited(b) == {"fact:apply.new.legal_services"}


def test_a_share_of_a_breakdown_only_the_text_states_in_a_figure_the_table_holds(g):
    # 青溪市政府办公室 2024: the table holds 343 new requests; only the text says how they came in.
    a = g.ask("青溪市政府办公室2024年新收申请中通过信函提交的占多少？")
    assert a.answered and a.verified and "9.0%" in a.answer and "31 ÷ 343" in a.answer
    assert "fact:apply.new.total" in cited(a) and any("通过信函提交31件" in c.quote for c in a.citations)
    # A breakdown the text does not state is not guessed from a neighbour.
    b = g.ask("青溪市政府办公室2024年新收申请中通过传真提交的占多少？")
    assert not (b.answered and "%" in b.answer)


def test_a_reason_the_table_cannot_tell_is_refused_with_its_rows_never_the_groups_total(g):
    a = g.ask("淮安2024年因为事情太敏感而不公开的有几件？")
    assert not a.answered and not a.citations and "178" not in a.answer and "属于国家秘密" in a.answer
    b = g.ask("In 2024, how many of Huai'an's requests were refused because the information did not exist?")
    assert b.answered and "769" in b.answer and cited(b) == {"fact:apply.result.unavailable.not_held.total"}


def test_a_growth_percentage_is_the_changes_and_a_missing_previous_year_is_said(g):
    a = g.ask("青溪市2024年新收申请比2022年多了多少？增长百分之几？")
    assert a.answered and "增加678件" in a.answer and "+113.0%" in a.answer
    b = g.ask("淮安2024年新收申请比上一年增加了多少？")
    # (the change asked alone: refused, the year's figure is no answer to it)
    assert not b.answered and "没有该机关2023年的报告" in b.answer
    assert "3119" not in b.answer, b.answer  # (never another body's report's change either)


def test_the_share_of_a_sum_is_the_sum_over_the_parts_common_denominator(g):
    a = g.ask("淮安市2024年予以公开和部分公开加起来占办理结果的比例是多少？")
    assert a.answered and "1816" in a.answer and "59.5%" in a.answer and "1816 ÷ 3050" in a.answer
    assert cited(a) == {"fact:apply.result.granted.total", "fact:apply.result.partial.total", "fact:apply.result.total.total"}
    b = g.ask("青溪市2024年予以公开和部分公开合计占办理总数的多少？")  # the whole named in the question
    assert b.answered and "39.7%" in b.answer and "506 ÷ 1276" in b.answer and "前者占后者" not in b.answer


def test_three_named_bodies_are_ranked_and_a_tie_is_said(g):
    a = g.ask("淮安市、青溪市和青溪市政府办公室2024年谁收到的信息公开申请最多？")
    assert a.answered and "所问的3个单位" in a.answer and "最多的是淮安市人民政府" in a.answer
    assert a.answer.index("3119") < a.answer.index("1278") < a.answer.index("343")


def test_which_part_of_a_figure_is_largest_ranks_its_parts(g):
    a = g.ask("淮安2024年哪类申请人提交的申请最多？")
    assert a.answered and "最多的是自然人提出的" in a.answer and "3001件" in a.answer and "3119" not in a.answer
    assert "fact:apply.new.natural_person" in cited(a) and "fact:apply.new.total" not in cited(a)
    b = g.ask("淮安2024年不予公开的理由中哪一种最多？")
    assert b.answered and "最多的是因属于行政查询事项不予公开的申请" in b.answer and "105件" in b.answer


def test_sum_over_years_difference_verbs_and_whose_share(g):
    a = g.ask("青溪市2022年和2024年新收申请加起来多少？")
    assert a.answered and "合计1878件" in a.answer and "600 + 1278" in a.answer
    b = g.ask("淮安2024年自然人比法人多提了多少件申请？")
    assert b.answered and "多2883件" in b.answer and "3001 − 118" in b.answer
    # '自然人占比' is a share of all new requests, not of 法人 (named after it, for a difference).
    c = g.ask("淮安2024年新收申请中自然人占比是多少？比法人多多少？")
    assert c.answered and "96.2%" in c.answer and "3001 ÷ 3119" in c.answer and "3001 ÷ 118" not in c.answer
    assert "多2883件" in c.answer
    d = g.ask("淮安2024年法人提出的申请占自然人的多少？")  # named after 占: the whole is the second
    assert d.answered and "118 ÷ 3001" in d.answer


def test_a_follow_up_that_replaces_nothing_is_asked_of_the_previous_question(g):
    a = g.ask("占比最大的是哪类申请人？", history=["淮安市2024年新收申请多少件？"])
    assert a.answered and "最多的是自然人提出的" in a.answer
    assert a.understood_as and "哪类申请人" in a.understood_as and "淮安" in a.understood_as


def test_a_ranking_of_a_figure_only_the_text_states_reads_every_report_of_the_year(g):
    a = g.ask("2024年各单位全年累计主动公开的政府信息条数从多到少排序")
    assert a.answered and a.answer.index("11873") < a.answer.index("5305")
    assert {"qingxi-szf-2024.md", "qingxi-szfbgs-2024.md"} <= {c.source for c in a.citations}
    # A report whose figure was not read is named, and no top is claimed over it.
    for answer in (a, g.ask("2024年哪个单位召开的新闻发布会最多？")):
        if "未能读出" in answer.answer:
            assert "最多的是" not in answer.answer
    # One report's figure is never returned as if it answered a ranking.
    c = g.ask("2024年哪个单位的政务公开培训参训人次最多？")
    assert not (c.answered and len({x.source for x in c.citations}) == 1)


def test_two_things_asked_that_map_to_one_cell_are_refused_not_stated_twice_or_added(g):
    # '市政府办公室' without its place is read with 青溪市人民政府's report: one cell for both
    a = g.ask("2024年青溪市人民政府和市政府办公室分别被申请了多少件行政复议？合计多少？")
    assert not (a.answered and "122" in a.answer)
    assert a.answer.count("61件") <= 1


def test_a_plan_with_an_unmapped_qualifier_is_refused_never_the_total():
    from decimal import Decimal

    from assistant.ask.cells import plan_question
    from assistant.ask.operations import operation_of
    from assistant.ask.table_answer import answer_from_facts
    from assistant.model import Fact
    from assistant.national.facts import FactRow, FactTable

    question = "白沙县2024年的行政复议，还没出结果的有几件？"
    plan, unmapped = plan_question(question, "zh")
    assert plan.unmapped
    fact = Fact(key="review.total", value=Decimal(12), unit="件", printed="12", section="四、行政复议", row_label="行政复议",
                column_label="总计", page=1, source="baisha-2024.txt")
    table = FactTable([FactRow(fact, "白沙县", 2024, "白沙县2024年年报")], [])
    record = {"source": "baisha-2024.txt", "body": "白沙县", "year": 2024, "title": "白沙县2024年年报"}
    result = answer_from_facts(question, plan, "zh", [[record]], {2024}, table, operation_of(question), 0.0,
                               body_named=True, unmapped=unmapped)
    assert result.answer is not None and not result.answer.answered and "12" not in result.answer.answer
    assert "还没出结果" in result.answer.answer or "没出结果" in result.answer.answer


def test_a_share_of_a_group_named_before_li_is_over_the_group(g):
    a = g.ask("淮安市2024年不予公开的申请里，属于行政查询事项的占多大比例？")
    assert a.answered and "59.0%" in a.answer and "105 ÷ 178" in a.answer
    assert "fact:apply.result.total.total" not in cited(a)


def test_a_part_no_cell_answers_asked_of_two_reports_is_left_to_their_text():
    from decimal import Decimal

    from assistant.ask.cells import plan_question
    from assistant.ask.operations import operation_of
    from assistant.ask.table_answer import answer_from_facts
    from assistant.model import Fact
    from assistant.national.facts import FactRow, FactTable

    question = "白沙县2022年和2024年主动公开的信息和收到的申请分别是多少？"
    plan, unmapped = plan_question("主动公开的信息和收到的申请分别是多少？", "zh")
    rows, records = [], []
    for year, value in ((2022, 3), (2024, 5)):
        source = f"baisha-{year}.txt"
        rows.append(FactRow(Fact(key="apply.new.total", value=Decimal(value), unit="件", printed=str(value),
                                 section="三", row_label="本年新收", column_label="总计", page=1, source=source),
                            "白沙县", year, f"白沙县{year}年年报"))
        records.append({"source": source, "body": "白沙县", "year": year, "title": f"白沙县{year}年年报"})
    result = answer_from_facts(question, plan, "zh", [records], {2022, 2024}, FactTable(rows, []),
                               operation_of(question), 0.0, body_named=True, unmapped=unmapped)
    assert result.answer is None


def test_a_row_of_article_20_asked_again_without_a_column_adds_only_the_columns_not_yet_stated(g):
    a = g.ask("青溪市政府2024年新出台了几部政府规章？现在还管用的规章一共有几部？")
    assert a.answered and a.answer.count("规章本年制发件数") == 1 and "现行有效件数为22件" in a.answer


def test_two_bodies_shares_are_each_bodys_and_never_added_to_their_wholes(g):
    # '分别占…总数': each body's share; no '两者合计' of a part and a whole (417 + 1276 was stated)
    a = g.ask("2024年青溪市人民政府和青溪市政府办公室予以公开的申请分别占办理结果总数的百分之几？")
    assert a.answered and "32.7%" in a.answer and "25.3%" in a.answer, a.answer
    assert "合计" not in a.answer and "1693" not in a.answer, a.answer


def test_a_share_only_the_text_states_is_computed_per_report_or_said_as_not_stated(g):
    # two years of one body: each year's share from its text and its table
    years = g.ask("青溪市2022年和2024年新收申请中网上申请各占多少比例？")
    assert years.answered and "64.8%" in years.answer and "55.1%" in years.answer, years.answer
    assert "389 ÷ 600" in years.answer and "704 ÷ 1278" in years.answer
    # 淮安's text does not state how its requests came in: said, and no count stands in for a share
    bodies = g.ask("淮安市和青溪市2024年新收申请中网上申请的比例分别是多少？")
    assert "55.1%" in bodies.answer and "淮安市人民政府" in bodies.note, (bodies.answer, bodies.note)
    assert {c.source for c in bodies.citations} == {"qingxi-szf-2024.md"}
    english = g.ask("What share of Qingxi's new requests in 2024 came in online?")
    assert english.answered and "55.1%" in english.answer and "704 ÷ 1278" in english.answer, english.answer


def test_two_years_asked_of_a_body_one_not_held_is_refused_naming_it(g):
    a = g.ask("青溪市2021年和2024年本年新收的申请分别是多少？")
    assert not a.answered and not a.citations and "没有该机关2021年的报告" in a.answer, a.answer
    b = g.ask("青溪市2024年新收的申请比2021年多了多少？")
    assert not b.answered and "2021" in b.answer and "1278" not in b.answer, b.answer
    # a year that only dates what is counted is no year asked about
    from assistant.ask.understand import SINCE_YEAR, TWO_YEARS

    assert TWO_YEARS.search("从2021年到2024年增加了多少") and not TWO_YEARS.search("从2003年起到2022年累计")
    assert SINCE_YEAR.search("福州财政局从2003年算起，截至2022年累计公开过多少篇")


def test_the_bodies_passing_a_bound_are_those_the_tables_put_past_it(g):
    a = g.ask("2024年收到政府信息公开申请超过1000件的单位有哪几家？")
    assert a.answered and "3119" in a.answer and "1278" in a.answer and "343" not in a.answer, a.answer
    assert "有该项数据的3份报告里" in a.answer and "超过1000件的有2份" in a.answer, a.answer
    b = g.ask("淮安市、青溪市和青溪市政府办公室2024年收到的信息公开申请超过1000件的是哪几家？")
    assert "（3个有该项数据）" in b.answer and "343" not in b.answer, b.answer


def test_a_sum_of_two_things_of_which_one_only_matches_a_cell_is_refused(g):
    # ('new ones' matches no cell: 'requests carried over from the previous year: 16' alone had been the answer)
    a = g.ask("How many requests did the Qingxi municipal government office have to handle in 2024, counting new ones "
              "and those carried over from the previous year?")
    assert not a.answered and "one only matches a cell" in a.answer, a.answer
    b = g.ask("青溪市政府办2024年本年新收和上年结转的申请一共多少件？")
    assert b.answered and "359" in b.answer and "343 + 16" in b.answer, b.answer
