"""A question about two reports, one of which does not state what is asked: the answer says so
for that report and states the other's figure, instead of answering from one report alone."""

from __future__ import annotations

import pytest

from assistant.service import Gongkai
from assistant.settings import Settings

QINGXI = ("青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，青溪市全年主动公开政府信息1284条。"
          "本年度新收政府信息公开申请36件，办结34件。\n二、主动公开政府信息情况\n召开新闻发布会12场。\n")
BAISHA = ("白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，白沙县全年主动公开政府信息560条。\n"
          "二、主动公开政府信息情况\n召开新闻发布会5场。\n")


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two")
    (folder / "qingxi-2024.txt").write_text(QINGXI, encoding="utf-8")
    (folder / "baisha-2024.txt").write_text(BAISHA, encoding="utf-8")
    g = Gongkai(Settings(home=tmp_path_factory.mktemp("two-home")))
    assert g.ingest([folder]).reports == 2
    return g


def test_both_stated_both_answered_and_compared(two):
    a = two.ask("青溪市和白沙县2024年各召开了多少场新闻发布会？")
    assert a.answered and "12" in a.answer and "5" in a.answer
    assert {c.source for c in a.citations} == {"qingxi-2024.txt", "baisha-2024.txt"}


def test_one_not_stated_is_said_and_nothing_is_computed(two):
    a = two.ask("青溪市和白沙县2024年各收到多少件政府信息公开申请？")
    assert a.answered and "36" in a.answer
    assert "白沙县人民政府（2024年）：报告没有说明这一点" in a.answer
    assert {c.source for c in a.citations} == {"qingxi-2024.txt"}
    assert "未说明" in a.note and "合计" not in a.answer and "多" not in a.answer.split("：")[-1]
