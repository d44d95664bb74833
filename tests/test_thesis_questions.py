"""The twenty-fourth round's questions (multi36: a thesis on disclosure workloads, a small business's bookkeeper, a radio
call-in show): a month of the year asked, which the tables' year's figures do not answer. Real pipeline, real index,
real reports (the table reports). The probes are worded apart from the suite's questions."""

from __future__ import annotations

import pytest

from assistant.ask.cells import breakdowns_asked, part_of_year
from assistant.service import Gongkai
from conftest import index_of_table_reports


@pytest.fixture(scope="module")
def tables(tmp_path_factory, eval_docs) -> Gongkai:
    return index_of_table_reports(tmp_path_factory.mktemp("thesis-tables"), eval_docs)


@pytest.mark.parametrize("question", [
    "青溪市政府2024年11月新收了多少件政府信息公开申请？",
    "青溪市政府2024年4至9月一共新收了多少件信息公开申请？",
    "How many information requests did the Qingxi city government receive in November 2024?",
])
def test_a_month_of_the_year_is_not_answered_with_the_years_figure(tables, question):
    a = tables.ask(question)
    # (the year's 1278 new requests had been given for a month)
    assert not a.answered and "1278" not in a.answer, a.answer


def test_the_years_end_is_no_month_asked(tables):
    a = tables.ask("截至2024年12月底，青溪市政府全年新收了多少件政府信息公开申请？")
    assert a.answered and "1278" in a.answer, a.answer


@pytest.mark.parametrize("text, said", [
    ("  11月收到多少件", "11月"),  # (the year taken out of the text before)
    ("2024年3-5月收到多少件", "3-5月"),
    ("前两个月收到多少件", "前两个月"),
    ("截至2024年12月31日共有几个账号", None),
    ("2024年12月底共有几个账号", None),
    ("2024年1月至12月收到多少件", None),
    ("3月起施行的办法有几件", None),
])
def test_what_says_a_part_of_the_year(text, said):
    m = part_of_year().search(text)
    assert (m.group(0) if m else None) == said
    assert bool(breakdowns_asked(text)) == bool(said)
