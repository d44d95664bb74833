"""A question naming an outlet (a website, a WeChat account, a newspaper …) is never answered by a
clause naming only other outlets: the figure of one outlet is not the figure of another."""

from __future__ import annotations

import pytest

from assistant.ask.outlets import another_outlet, outlets_in
from conftest import index_of_texts


@pytest.mark.parametrize("text, outlets", [
    ("通过“威海统计”微信公众号发布信息878条", {"wechat"}),
    ("网站发布政务信息共667条", {"website"}),
    ("我局通过区政府门户网站对外发布信息共10条", {"website"}),
    ("区机关事务管理局在“梁溪区人民政府”网主动公开政府信息51篇", {"website"}),
    ("在“政府信息公开”网络专栏", set()),
    ("大众日报、齐鲁晚报等报刊发布新闻报道20篇", {"print"}),
    ("政务新媒体发布原创政务信息638条", {"new media"}),
    ("召开电视电话会议3次", set()),  # a meeting, not television
    ("发表统计调研文章5篇", set()),
])
def test_the_outlets_a_text_names(text, outlets):
    assert outlets_in(text) == outlets


@pytest.mark.parametrize("asked, said, other", [
    ({"wechat"}, {"website"}, True),
    ({"wechat"}, {"print"}, True),
    ({"wechat"}, {"wechat", "website"}, False),  # it names the one asked too
    ({"wechat"}, set(), False),  # it names none: left to the rest of the reading
    (set(), {"website"}, False),
    ({"wechat"}, {"new media"}, False),  # new media covers every social outlet, both ways
    ({"new media"}, {"weibo"}, False),
    ({"new media"}, {"website"}, True),
])
def test_another_outlet_only_when_every_outlet_said_is_another(asked, said, other):
    assert another_outlet(asked, said) is other


def test_a_ranking_of_wechat_posts_does_not_rank_a_website_or_newspaper_count(tmp_path):
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2025.txt": "青溪市统计局2025年政府信息公开工作年度报告\n一、总体情况\n通过“青溪统计”微信公众号发布信息878条。\n",
        "yi-2025.txt": "白沙县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n网站发布政务信息共667条。\n",
        "bing-2025.txt": "红河镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n通过“红河发布”微信公众号推送信息46篇。"
                         "在报刊发布新闻报道120篇。\n"})
    a = g.ask("2025年各单位的微信公众号里，发布信息最多的是谁？发了多少条？")
    assert a.answered and "878" in a.answer and "46" in a.answer, a.answer
    assert "667" not in a.answer and "120" not in a.answer, a.answer


def test_requests_of_one_way_of_coming_in_are_stated_only_by_a_clause_naming_it(tmp_path):
    """'通过信函提交的申请' is not answered by the report's total of requests (a wrong figure: the whole for
    a part); '通过网络提交的' is answered by '网络申请24件'."""
    from assistant.ask.cells import asked_channels

    assert asked_channels("2022年通过网络提交的信息公开申请有几件？") == {"online"}
    assert asked_channels("网络信件有多少封？") == set()  # no request asked
    # (the way a request came in, said with the receiving: '在网上收到几份申请', '写信寄过来的')
    assert asked_channels("余杭区发改局2022年在网上收到几份申请？") == {"online"}
    assert asked_channels("城中区2024年有多少申请是写信寄过来的？") == {"letter"}
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "xc-2022.txt": "青溪县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全县共收到政府信息公开申请69件,主动撤回5件。\n",
        "bs-2022.txt": "白沙县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息560条。\n"
                       "三、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请共32件。"
                       "从申请方式看,网络申请24件,占75%;信函申请8件,占25%。\n"})
    a = g.ask("2022年青溪县通过信函提交的信息公开申请有几件？")
    assert not a.answered and "69" not in a.answer, a.answer
    b = g.ask("2022年白沙县通过网上提交的信息公开申请有几件？")
    assert b.answered and "24" in b.answer, b.answer


@pytest.mark.parametrize("clause, parts_only", [
    ("本年度新收申请中通过网上申请平台提交704件", True),
    ("其中,网络申请14件,书面申请7件", True),
    ("通过信函申请39件,占83%;电子邮件7件,占14.9%", True),
    ("共受理依申请公开7件(网上申请5件、信函申请2件)", False),  # the whole, with its parts
    ("新昌县共收到政府信息公开申请69件", False),
    ("举办在线访谈6期", False),  # no count of requests
    ("其中网上申请20件,书面申请3件,已办结18", False),  # a count no way frames
])
def test_a_clause_stating_only_the_requests_of_ways_of_coming_in(clause, parts_only):
    from assistant.ask.cells import channel_parts_only

    assert channel_parts_only(clause) is parts_only


def test_the_year_s_requests_are_not_answered_by_one_way_s_count(tmp_path):
    """A question naming no way of coming in asks every request: a clause stating only the requests sent
    online ('通过网上申请平台提交704件') is a part, not the answer — refused rather than a wrong figure."""
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "bs-2024.txt": "白沙县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息560条。\n"
                       "三、收到和处理政府信息公开申请情况\n从提交方式看，本年度新收申请中通过网上申请平台提交704件，"
                       "通过信函提交397件。\n"})
    a = g.ask("2024年白沙县收到了多少件信息公开申请？")
    assert "704" not in a.answer, a.answer
    b = g.ask("2024年白沙县通过网上申请平台提交的申请有多少件？")
    assert b.answered and "704" in b.answer, b.answer


def test_an_outlet_or_verb_worded_otherwise_is_put_in_the_reports_words():
    from assistant.ask.outlets import reworded

    text, groups = reworded("城关镇的微信公众号2025年推送了多少条", "政务新媒体平台“城关发布”公众号共发布信息294条")
    assert "微信公众号" not in text and "公众号" in text and "推送" not in text and "发布" in text, text
    assert groups == []  # (one wording each: no alternatives)
    same, _ = reworded("公众号发布了多少条", "公众号共发布信息294条")
    assert same == "公众号发布了多少条"


def test_an_outlet_no_report_read_names_is_not_answered_by_another_count(tmp_path):
    """'政务新媒体一共推送了多少条' of a report naming no new media at all: not its '主动公开政府信息720条'."""
    from assistant.ask.outlets import named_nowhere

    assert named_nowhere({"new media"}, "全年累计主动公开政府信息720条")
    assert not named_nowhere({"new media"}, "通过微信公众号发布信息46篇")
    assert not named_nowhere({"wechat"}, "政务新媒体发布信息46篇")
    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "sf-2025.txt": "市府东路街道办事处2025年政府信息公开工作年度报告\n一、总体情况\n全年累计主动公开政府信息720条,"
                       "切实做到发布及时、内容准确。\n"})
    a = g.ask("市府东路街道2025年政务新媒体一共推送了多少条信息？")
    assert not a.answered and "720" not in a.answer, a.answer

