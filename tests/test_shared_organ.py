"""Places sharing one organ's name ('淮安和淮北两个市政府办公室') name each its own body."""

from __future__ import annotations

import pytest

from assistant.ask.shared_organ import spread_shared_organ


@pytest.mark.parametrize("question, read", [
    ("淮安和淮北两个市政府办公室2022年主动公开的政府信息一共多少条？", "淮安市政府办公室和淮北市政府办公室2022年主动公开的政府信息一共多少条？"),
    ("2022年淮安和淮北两个市政府办公室各受理了多少件？", "2022年淮安市政府办公室和淮北市政府办公室各受理了多少件？"),
    ("东宝、掇刀两区政府2024年各收到多少件申请", "东宝区政府、掇刀区政府2024年各收到多少件申请"),
    ("对比淮安与淮北两市政府办的数字", "对比淮安市政府办与淮北市政府办的数字"),
    # unchanged: no places counted, a count of another kind, places not as many as the count
    ("2024年东宝区和丽水市的依申请公开数量差多少件？", None),
    ("大渡口和花园两个乡镇谁多", None),
    ("高淳区和淮北市府办两家谁多", None),
    ("淮安、淮北和宿州两个市政府办公室", None),
])
def test_each_place_of_a_shared_organ_is_named_with_it(question, read):
    assert spread_shared_organ(question) == (read or question)


def test_two_offices_named_with_one_organ_are_answered_each(tmp_path):
    from conftest import index_of_texts

    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "ha-2022.txt": "淮安市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n市政府网站主动公开各类政府信息8084条。\n",
        "hb-2022.txt": "淮北市人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开各类政府信息11258条。\n"})
    a = g.ask("淮安和淮北两个市政府办公室2022年主动公开的政府信息一共多少条？")
    assert a.answered and "19342" in a.answer and "8084 + 11258" in a.answer, a.answer


@pytest.mark.parametrize("question, read", [
    ("2025年硚口区这几个单位（审计局、宗关街道、企业服务中心）里，谁收到的信息公开申请最多？",
     "2025年硚口区审计局、硚口区宗关街道、硚口区企业服务中心里，谁收到的信息公开申请最多？"),
    ("东宝区（2024年）收到多少", None),  # a year in brackets
    ("硚口区(审计局)多少", None),  # one organ: an alias in brackets, left to the resolver
])
def test_organs_listed_in_brackets_after_a_place_are_each_named_with_it(question, read):
    from assistant.ask.shared_organ import spread_listed_organs

    assert spread_listed_organs(question) == (read or question)
