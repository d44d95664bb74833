"""Which count of a clause stating a whole and its breakdown a question names (breakdown.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.ask.breakdown import named_count, pieces

CLAUSE = "市政府门户网站发布信息16642条(概况类194条、政务动态5749条、信息公开目录10699条)"


def test_a_bracketed_breakdown_is_parts_of_the_count_before_it():
    found = pieces(CLAUSE)
    assert [p.value for p in found] == [16642, 194, 5749, 10699]
    assert [p.parent for p in found] == [None, 0, 0, 0]
    assert [p.label for p in found][1:] == ["概况类", "政务动态", "信息公开目录"]


def test_qizhong_opens_a_breakdown_and_a_closed_bracket_ends_one():
    found = pieces("受理申请52件，其中自然人40件、法人12件；办结50件")
    assert [p.parent for p in found] == [None, 0, 0, 0]  # (其中 runs to the clause's end)
    found = pieces("发布信息20条（动态15条、公告5条），解读3篇")
    assert [p.parent for p in found] == [None, 0, 0, None]


@pytest.mark.parametrize("question, value", [
    ("2022年市政府门户网站和某区门户网站发布的政务动态各有多少条？", 5749),  # a part named
    ("两个门户网站上的信息公开目录类信息各多少条？差多少？", 10699),
    ("市政府门户网站2022年发布了多少条信息？", 16642),  # no part named: the whole
    ("How many items did the municipal website publish?", 16642),  # nothing named in Chinese: the whole
])
def test_the_count_named_or_the_whole(question, value):
    assert named_count(question, CLAUSE) == Decimal(value)


def test_counts_of_one_level_are_not_told_apart():
    clause = "通过门户网站发布政府信息27855条、年访问量突破1573万次"
    assert named_count("How many items did each publish?", clause) is None
    assert named_count("门户网站发布了多少条政府信息？", clause) is None  # the first: its words frame the rest
    assert named_count("政务动态各有多少条？", clause) is None  # neither named
    # the first of an enumeration holds the words framing them all: not the count asked
    listed = "街道通过区人民政府门户网站公开财政预决算信息2条、行政执法信息3条、街道工作动态1条"
    assert named_count("各通过区政府门户网站公开了多少条信息？", listed) is None
    assert named_count("发布了多少？", "发布信息5条") is None  # one count: nothing to choose


def test_a_count_after_the_first_named_by_its_own_words():
    assert named_count("年访问量突破了多少次？", "通过门户网站发布政府信息27855条、年访问量突破1573万次") == Decimal("15730000")
    listed = "其中主动公开重点领域信息556条、应急管理类36条、政策解读类33条、回应关切75条。"
    assert named_count("应急管理方面的信息各公开了多少条？", listed) == Decimal(36)
    assert named_count("在回应社会关切上各发了几条信息？", listed) == Decimal(75)


def test_the_whole_of_a_clause_is_its_one_count_the_others_are_parts_of():
    """'…32条,包括领导信息类1条、…' and '…7件(网上申请5件、信函申请2件)' state a whole and its parts; counts of one
    level ('工作动态3条信息、政务要闻1条信息') have none."""
    from assistant.ask.breakdown import whole_of_its_parts

    assert whole_of_its_parts("2022年,主动公开政府信息32条,包括领导信息类1条、机构职能类2条、内设机构类1条") == 32
    assert whole_of_its_parts("共受理依申请公开7件(网上申请5件、信函申请2件)") == 7
    assert whole_of_its_parts("发布信息260条,其中,解读材料39条,解读产品201个") == 260
    assert whole_of_its_parts("主动公开本局工作动态3条信息、政务要闻1条信息。") is None
    assert whole_of_its_parts("主动公开政府信息32条") is None
