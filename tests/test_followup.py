"""Follow-ups read with the conversation (assistant/ask/followup.py), over a catalogue of report
records: both bodies talked about ('两家差多少'), and a question pointing back at what was just
answered ('这里面…')."""

from __future__ import annotations

from assistant.ask.followup import question_in_context

CATALOG = [
    {"source": "a.txt", "body": "新昌县", "year": 2022, "title": "新昌县2022年政府信息公开工作年度报告"},
    {"source": "b.txt", "body": "嵊泗县政府办公室", "year": 2022, "title": "嵊泗县政府办公室2022年政府信息公开工作年度报告"},
    {"source": "c.txt", "body": "滨海湾新区", "year": 2025, "title": "滨海湾新区2025年政府信息公开工作年度报告"},
]


def test_both_bodies_asked_after_a_question_about_one():
    merged = question_in_context("同一年嵊泗县政府办呢？两家差多少？", ["2022年新昌县一共收到多少件政府信息公开申请？"], CATALOG)
    assert "新昌县和嵊泗县政府办" in merged and "2022年" in merged
    assert "一共" not in merged  # a difference of the two, not their total
    # a new body alone replaces the old one, as before
    alone = question_in_context("嵊泗县政府办呢？", ["2022年新昌县一共收到多少件政府信息公开申请？"], CATALOG)
    assert "新昌" not in alone and "嵊泗县政府办" in alone
    # 'the year asked before' when the follow-up says 同年 and names a body with words of its own
    same_year = question_in_context("同年嵊泗县政府办受理了多少件申请？两家哪个多？",
                                    ["2022年新昌县一共收到多少件政府信息公开申请？"], CATALOG)
    assert same_year.startswith("2022年新昌县和嵊泗县政府办"), same_year


def test_a_question_pointing_back_takes_the_body_and_year_just_asked_about():
    merged = question_in_context("这里面工作动态类比通知公告类多多少条？", ["滨海湾新区2025年在网站上发了多少条政务信息？"],
                                 CATALOG)
    assert merged.startswith("滨海湾新区2025年") and "工作动态类比通知公告类" in merged
    # asking which one over the reports held is no question about the body just asked about
    which = question_in_context("这里面哪个单位在门户网站上发布的政务信息最多？", ["滨海湾新区2025年在网站上发了多少条政务信息？"], CATALOG)
    assert not which.startswith("滨海湾新区2025年")


def test_an_organ_alone_is_that_organ_of_the_place_asked_about_before():
    from assistant.ask.bodies import resolve

    catalog = [{"source": "s.txt", "body": "保山市人民政府", "year": 2024},
               {"source": "o.txt", "body": "保山市政府办公室", "year": 2024}]
    merged = question_in_context("市政府办公室呢？", ["保山市2024年全市一共受理了多少件政府信息公开申请？"], catalog)
    assert merged.startswith("保山市政府办公室2024年"), merged
    assert [[r["source"] for r in g] for g in resolve(merged, catalog).groups] == [["o.txt"]]
    # a year alone still changes only the year
    assert question_in_context("那2023年呢？", ["保山市2024年收到多少件申请？"], catalog) == "保山市2023年收到多少件申请？"


def test_the_same_thing_asked_of_a_later_year():
    catalog = [{"source": "a.txt", "body": "武汉市硚口区人民政府", "year": 2022},
               {"source": "b.txt", "body": "武汉市硚口区人民政府", "year": 2024}]
    merged = question_in_context("到去年（2024年）变成多少条了？", ["硚口区2022年政府网站上的通知公告有多少条？"], catalog)
    assert merged == "硚口区2024年政府网站上的通知公告有多少条？", merged


def test_a_body_compared_with_it_is_compared_with_the_body_asked_about_before():
    """'同一年嵊泗县政府办收到的比它少多少件？' after a question about 新昌县: 它 is 新昌县, in its year."""
    merged = question_in_context("同一年嵊泗县政府办收到的比它少多少件？", ["新昌这个县2022年被申请公开了几次？"], CATALOG)
    assert merged == "2022年嵊泗县政府办收到的比新昌少多少件？", merged
    # (它 of a thing, not compared: left alone)
    kept = question_in_context("它的网站叫什么？", ["新昌这个县2022年被申请公开了几次？"], CATALOG)
    assert "比新昌" not in kept
