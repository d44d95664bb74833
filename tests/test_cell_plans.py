"""Question → cells for the questions people ask of the tables that a phrase lookup alone gets
wrong: a negated phrase ('还没有办结' is not 办结), English inflections ('carry' / 'carried'), and
questions that ask several things in one (each part planned; a part no cell holds is named, not
dropped). Pure: the schema only, no index."""

from __future__ import annotations

import pytest

from assistant.ask.cells import plan_cells, plan_question


def cells(plan) -> list[tuple[str, str]]:
    return [(t.row, t.column) for t in plan.targets] if plan else []


@pytest.mark.parametrize("question, expected", [
    ("多少件申请还没有办结，要转到下一年？", [("apply.carried_forward", "")]),
    ("有多少申请尚未办结？", [("apply.carried_forward", "")]),
    ("办结的申请一共多少件？", [("apply.result.total", "")]),
    ("不予公开的申请有多少件？", [("denied", "")]),
    ("本机关不掌握相关政府信息的有多少件？", [("apply.result.unavailable.not_held", "")]),
])
def test_a_negated_phrase_is_its_negation_never_the_phrase(question, expected):
    assert cells(plan_cells(question, "zh")) == expected


def test_a_negated_phrase_the_schema_does_not_have_maps_to_nothing():
    # '没有重复申请' names no cell: never the cell of 重复申请.
    assert ("apply.result.not_processed.repeated", "") not in cells(plan_cells("没有重复申请的有多少？", "zh"))


@pytest.mark.parametrize("question, row", [
    ("How many requests did the city carry over from last year?", "apply.carried_over"),
    ("How many requests were carried over from last year?", "apply.carried_over"),
])
def test_english_inflections_meet(question, row):
    assert cells(plan_cells(question, "en")) == [(row, "")]


@pytest.mark.parametrize("question", ["丽水2024年接了多少件政府信息公开申请？", "东宝区2024年接到几件申请？",
                                      "2024年东宝区的依申请公开数量是多少？", "高淳区2022年依申请公开件数是多少？"])
def test_requests_received_in_everyday_words_are_the_new_requests(question):
    assert cells(plan_cells(question, "zh")) == [("apply.new", "")]


def test_each_part_of_a_question_is_planned_and_a_part_with_no_cell_is_named():
    plan, unmapped = plan_question("律师事务所这类机构提了多少件申请？最后给公开了几件？", "zh")
    assert cells(plan) == [("apply.new", "legal_services")]
    assert unmapped == ["最后给公开了几件"]


def test_a_part_naming_only_a_column_takes_the_rows_before_it():
    plan, unmapped = plan_question("新收申请多少件？其中自然人多少件？", "zh")
    assert cells(plan) == [("apply.new", ""), ("apply.new", "natural_person")] and unmapped == []
    plan, _ = plan_question("律师事务所提了多少件申请？予以公开的有多少？", "zh")
    assert cells(plan) == [("apply.new", "legal_services"), ("apply.result.granted", "legal_services")]


@pytest.mark.parametrize("question", [
    "2022年的报告中，现行有效规章件数最多的是哪个单位？有多少件？",
    "行政处罚多少件？比较一下变化",
    "新收申请各是多少？分别是多少件？",
])
def test_a_part_that_only_goes_on_asking_is_not_a_question_of_its_own(question):
    plan, unmapped = plan_question(question, "zh")
    assert unmapped == [] and cells(plan) == cells(plan_cells(question, "zh"))


@pytest.mark.parametrize("question, expected", [
    ("How many requests were still pending at the end of the year?", [("apply.carried_forward", "")]),
    ("How many reconsideration cases were still pending?", [("review", "pending")]),
    ("How many pending reconsiderations were there?", [("review", "pending")]),
    ("How many lawsuits were pending?", [("lawsuit", "pending")]),
    ("行政复议尚未审结的有几件？", [("review", "pending")]),
])
def test_pending_is_the_cell_of_the_table_the_question_names(question, expected):
    language = "en" if question.isascii() else "zh"
    assert cells(plan_cells(question, language)) == expected


@pytest.mark.parametrize("question", ["青溪市2024年信息处理费收费多少？", "How much did the city charge in processing fees?"])
def test_the_information_processing_fee_is_not_the_fees_row(question):
    # The format has no cell for 信息处理费; its fees row (行政事业性收费, 万元) is another figure.
    assert plan_cells(question, "en" if question.isascii() else "zh") is None


def test_a_reason_naming_a_row_of_another_group_is_that_row():
    plan = plan_cells("How many requests were refused because the information did not exist?", "en")
    assert cells(plan) == [("apply.result.unavailable.not_held", "")] and not plan.vague
    assert cells(plan_cells("How many requests were refused because they were repeated?", "en")) == [
        ("apply.result.not_processed.repeated", "")]


def test_a_reason_naming_no_row_of_the_group_is_vague_not_the_groups_total():
    plan = plan_cells("因为事情太敏感而不公开的有几件？", "zh")
    assert plan.vague == "denied"
    assert not plan_cells("因为各种原因不予公开的有多少件？", "zh").vague  # all reasons: the group
    assert not plan_cells("不予公开的申请有多少件？", "zh").vague


def test_english_auxiliaries_do_not_hide_a_phrase():
    # 'does not exist' (an ask_en of 本机关不掌握) is met by 'did not exist' and "doesn't exist".
    for q in ("How many requests asked for information that did not exist?",
              "How many requests asked for information that doesn't exist?"):
        assert cells(plan_cells(q, "en")) == [("apply.result.unavailable.not_held", "")]


@pytest.mark.parametrize("question, row", [
    ("How many requests did the city carry forward from the previous year?", "apply.carried_over"),
    ("How many requests were carried over from 2023?", "apply.carried_over"),
    ("How many requests were carried over into 2025?", "apply.carried_forward"),
    ("How many requests were carried forward to the next year?", "apply.carried_forward"),
    ("How many requests were carried over?", "apply.carried_over"),  # the head of 上年结转's English label
    ("上年结转的申请有多少？", "apply.carried_over"),
    ("结转下年度继续办理的有多少？", "apply.carried_forward"),
])
def test_a_carry_goes_the_way_the_question_says(question, row):
    assert cells(plan_cells(question, "en" if question.isascii() else "zh")) == [(row, "")]


def test_both_directions_named_keep_both_carries():
    assert cells(plan_cells("上年结转和结转下年度继续办理的申请各多少？", "zh")) == [
        ("apply.carried_over", ""), ("apply.carried_forward", "")]


def test_the_spoken_form_of_wufa_is_wufa():
    assert cells(plan_cells("没法提供的申请有多少？", "zh")) == [("unavailable", "")]
    # with a reason naming none of its rows: vague, never the group's total
    assert plan_cells("因为政府根本找不到而没法提供的有多少？", "zh").vague == "unavailable"
    # 没有这个信息 is the schema's 没有该信息 (本机关不掌握): that row
    assert cells(plan_cells("因为政府手里根本没有这个信息而没法提供的有多少？", "zh")) == [
        ("apply.result.unavailable.not_held", "")]


@pytest.mark.parametrize("question, row", [
    ("青溪市2022年到2024年部分公开的申请数量变化了多少？", "apply.result.partial"),
    ("不予处理的申请量有多少？", "not_processed"),
])
def test_the_formats_word_for_a_count_of_requests_names_no_row_beside_another(question, row):
    plan, _ = plan_question(question, "zh")
    assert [t.row for t in plan.targets] == [row]


def test_the_formats_word_for_a_count_of_requests_alone_is_new_requests():
    plan, _ = plan_question("本年新收政府信息公开申请数量是多少？", "zh")
    assert [t.row for t in plan.targets] == ["apply.new"]
    plan, _ = plan_question("申请数量是多少？", "zh")
    assert [t.row for t in plan.targets] == ["apply.new"]


def test_a_sentence_asking_only_the_total_is_a_sum_not_a_second_cell():
    plan, unmapped = plan_question("2022年和2024年分别收到多少件申请？两年合计多少？", "zh")
    assert len(plan.targets) == 1 and plan.targets[0].row == "apply.new" and not unmapped


@pytest.mark.parametrize("question, unmapped", [
    # a status the plan's cells do not hold: never the row's total
    ("淮安2024年的行政许可申请里，有多少件最后没批下来？", "没批下来"),
    ("行政复议中结果没有维持的有几件？", "没有维持"),
    # a measure the cells do not count in
    ("淮安市政府2024年答复一件信息公开申请平均要花几天？", "平均"),
    ("How much money did Qingxi collect in administrative fines in 2024?", "how much money"),
    # a part of a figure no phrase of the schema names
    ("青溪市2024年的行政强制决定里，查封的有多少件、扣押的有多少件？", "查封的有多少件、扣押的有多少件"),
    ("青溪市政府2024年的行政规范性文件里，有几件是关于教育的？", "有几件是关于教育的"),
])
def test_a_qualifier_no_cell_understood_is_unmapped(question, unmapped):
    plan, _ = plan_question(question, "en" if question.isascii() else "zh")
    assert unmapped in plan.unmapped


@pytest.mark.parametrize("question, row, column", [
    ("淮安2024年的复议案子，到年底还没审完、没出结果的有多少件？", "review", "pending"),  # 审完 is 审结
    ("还有多少件申请没办完？", "apply.carried_forward", ""),
    ("淮安市2024年有几件申请因为涉及机关内部事务而没给公开？", "apply.result.denied.internal_affairs", ""),
    ("有几起案子是没经过复议、直接被告上法院的？", "lawsuit.direct", ""),
    ("新收申请中，不是自然人提出的（法人或其他组织）一共多少件？", "apply.new", "legal_person"),
    ("有没有行政复议？一共几件？", "review", ""),
    ("律所提的申请里，有几件政府答复说自己手上没有这个信息？", "apply.result.unavailable.not_held", "legal_services"),
])
def test_a_negation_a_cell_takes_up_or_restates_is_no_qualifier(question, row, column):
    plan, _ = plan_question(question, "zh")
    assert not plan.unmapped
    assert [(t.row, t.column if t.column != "total" else "") for t in plan.targets] == [(row, column)]


def test_a_column_in_another_measure_than_the_rows_is_not_its_default_column():
    plan, _ = plan_question("青溪市2024年行政处罚的金额是多少？", "zh")
    assert plan.unmapped == ["金额"]
    plan, _ = plan_question("青溪市2024年行政事业性收费金额是多少？", "zh")
    assert not plan.unmapped and plan.targets[0].column == "amount"


@pytest.mark.parametrize("question, row, whole", [
    ("淮安2024年的行政诉讼（未经复议直接起诉加复议后起诉）中，直接起诉的占多少？", "lawsuit.direct", "lawsuit"),
    ("不予公开的申请里，属于行政查询事项的占多大比例？", "apply.result.denied.query_matters", "denied"),
])
def test_a_part_asked_after_its_group_and_li_has_the_group_as_its_whole(question, row, whole):
    plan, _ = plan_question(question, "zh")
    assert [t.row for t in plan.targets] == [row] and plan.whole.row == whole and plan.whole.row_group


def test_a_group_and_its_row_without_li_is_the_row_with_no_whole():
    plan, _ = plan_question("因本机关不掌握而无法提供的有多少件？", "zh")
    assert [t.row for t in plan.targets] == ["apply.result.unavailable.not_held"] and plan.whole is None


@pytest.mark.parametrize("question, quote, other", [
    ("青溪市2024年收了多少信息公开处理费？", "全年收取行政事业性收费64370.01万元", True),
    ("收取信息处理费多少元？", "未收取信息处理费", False),
    ("行政事业性收费多少万元？", "本年度未收取信息处理费", True),
    ("行政事业性收费多少万元？", "行政事业性收费本年收费金额12万元", False),
    ("How much did Qingxi charge in processing fees?", "全年收取行政事业性收费64370.01万元", True),
    ("收费多少？", "未收取信息处理费", False),  # which kind is not said: no kind to hold it to
])
def test_a_fee_of_one_kind_is_never_answered_by_a_clause_of_the_other(question, quote, other):
    from assistant.ask.cells import other_fee

    assert other_fee(question, quote) is other


def test_the_information_processing_fee_however_worded_maps_to_no_cell():
    assert plan_cells("青溪市2024年收了多少信息公开处理费？", "zh") is None


def test_a_coordinated_part_naming_no_cell_is_returned_unanswered():
    plan, unmapped = plan_question("主动公开的信息和收到的申请分别是多少？", "zh")
    assert [t.row for t in plan.targets] == ["apply.new"] and unmapped == ["主动公开的信息 是多少"]
    plan, unmapped = plan_question("新收申请中自然人和法人各提了多少件？", "zh")
    assert not unmapped  # 法人 is a column of the same row


def test_a_sentence_with_words_of_its_own_asks_its_own_columns_not_the_ones_before():
    plan, _ = plan_question("新出台了几部政府规章？现在还管用的规章一共有几部？", "zh")
    assert [(t.row, t.column) for t in plan.targets] == [("art20.rules", "issued"), ("art20.rules", "")]
    plan, _ = plan_question("新出台了几部规章？规范性文件呢？", "zh")  # elliptical: the columns before
    assert [(t.row, t.column) for t in plan.targets] == [("art20.rules", "issued"), ("art20.normative_docs", "issued")]


@pytest.mark.parametrize("question, row", [
    ("2024年转到下一年接着办的申请有几件？", "apply.carried_forward"),
    ("2024年留到下一年的申请有多少件？", "apply.carried_forward"),
    ("2024年一共办完了多少件申请？", "apply.result.total"),
])
def test_everyday_words_for_requests_finished_and_carried_into_next_year(question, row):
    assert cells(plan_cells(question, "zh")) == [(row, "")]


@pytest.mark.parametrize("question, expected", [
    ("2025年青溪街道受理了多少件行政复议？", [("review", "")]),
    ("青溪市受理行政许可多少件？", [("art20.license", "")]),
    ("青溪市收到多少件信息公开申请？", [("apply.new", "")]),
])
def test_a_verb_of_receiving_names_the_requests_only_when_no_other_tables_thing_is_named(question, expected):
    assert cells(plan_cells(question, "zh")) == expected
