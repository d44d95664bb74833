"""An English-language report (written for this test) beside a real Chinese one: metadata,
sections, answers in English, and refusals for bodies and years the index does not hold."""

from __future__ import annotations

import pytest

from assistant.service import Gongkai
from assistant.settings import Settings

REPORT = """Riverton City Government Information Disclosure Annual Report 2024
This report covers the period from 1 January 2024 to 31 December 2024.
1. Overview
In 2024 the Riverton City Government proactively disclosed 1,284 items of government information on its portal, and held 14 press conferences.
2. Requests for disclosure
The city received 312 information disclosure requests in 2024, of which 187 were granted in full and 41 were partially granted.
3. Administrative reconsideration and litigation
There were 9 applications for administrative reconsideration and 3 administrative lawsuits related to information disclosure.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory, eval_docs):
    folder = tmp_path_factory.mktemp("en")
    (folder / "riverton-2024.txt").write_text(REPORT, encoding="utf-8")
    g = Gongkai(Settings(home=tmp_path_factory.mktemp("en-home")))
    assert g.ingest([folder / "riverton-2024.txt", eval_docs / "lishui-szf-2024.txt"]).ok
    return g


def test_english_metadata_and_sections(index):
    record = next(r for r in index.reports() if r["source"] == "riverton-2024.txt")
    assert record["body"] == "Riverton City" and record["year"] == 2024 and record["language"] == "en"
    sections = {p.section for p in index.store.all_passages() if p.source == "riverton-2024.txt"}
    assert "3. Administrative reconsideration and litigation" in sections


@pytest.mark.parametrize("question, figure", [
    ("How many information disclosure requests did Riverton receive in 2024?", "312"),
    ("How many items of government information did Riverton proactively disclose in 2024?", "1,284"),
    ("How many press conferences did Riverton hold in 2024?", "14"),
])
def test_english_answers(index, question, figure):
    a = index.ask(question)
    assert a.answered and a.verified and figure in a.answer and a.answer.startswith("According to")
    assert a.citations[0].source == "riverton-2024.txt"


@pytest.mark.parametrize("question", [
    "How much did Riverton spend on disclosure training in 2024?",
    "How many requests did Springfield receive in 2024?",
    "How many requests did Riverton receive in 2021?",
])
def test_english_refusals(index, question):
    assert not index.ask(question).answered


def test_english_question_over_chinese_report(index):
    a = index.ask("How many press conferences did Lishui hold in 2024?")
    assert a.answered and "20" in a.answer and a.citations[0].source == "lishui-szf-2024.txt"


def _governments(index):
    from assistant.ask.bodies import names_of

    return [(r, sorted(names_of(r["body"]).latin)[0]) for r in index.reports()
            if names_of(r["body"]).kind == "government" and names_of(r["body"]).latin]


@pytest.mark.parametrize("zh, en", [
    ("{body}{year}年收到了多少件政府信息公开申请？", "How many information disclosure requests did {latin} receive in {year}?"),
    ("{body}{year}年主动公开了多少条政府信息？", "How many items of government information did {latin} proactively disclose in {year}?"),
])
def test_an_english_and_a_chinese_question_pick_the_same_report(dev_index, zh, en):
    """For every government of the dev reports: the same question in English (the body by its
    pinyin) and in Chinese cites that body's report of that year, and no other."""
    pairs = _governments(dev_index)
    assert len(pairs) >= 5
    for record, latin in pairs:
        want = {record["source"]}
        chinese = dev_index.ask(zh.format(body=record["body"], year=record["year"]))
        english = dev_index.ask(en.format(latin=latin.title(), year=record["year"]))
        cited_zh = {c.source for c in chinese.citations}
        cited_en = {c.source for c in english.citations}
        assert cited_zh <= want and cited_en <= want, (record["source"], cited_zh, cited_en)
        if chinese.answered and english.answered:
            assert cited_zh == cited_en == want


def test_the_cli_picks_the_same_report_in_both_languages(dev_index):
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "GONGKAI_HOME": str(dev_index.settings.home)}
    sources = []
    for question in ("淮安市2024年行政处罚的本年处理决定数量是多少？",
                     "How many administrative penalty decisions did Huai'an make in 2024?"):
        run = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", question, "--json"],
                             capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr
        sources.append({c["source"] for c in json.loads(run.stdout)["citations"]})
    assert sources[0] == sources[1] == {"huaian-szf-2024.pdf"}


def test_an_english_question_is_read_in_the_reports_own_wording_and_its_arithmetic_apart(tmp_path):
    """'how many items did … publish': 'items' is the count's measure (条), no thing to look up
    (事项 of '事项目录' had answered it), and 'publish' said as the report says it (公开) — 发布,
    which it never uses, no longer weighs by its characters (发 of 发展); '…each publish, and what
    is the gap?' reads each report for its figure and computes the gap."""
    from conftest import index_of_texts

    guandu = ("昆明市官渡区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
              "紧扣“3815”战略发展目标,组织政府系统38家单位编制政府信息主动公开事项目录,"
              "全年区人民政府门户网站主动公开信息6467条,其中法定主动公开3669条。\n")
    zhangqiu = ("济南市章丘区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
                "章丘区共完成各类信息发布12209条。\n")
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"guandu-2024.txt": guandu, "zhangqiu-2024.txt": zhangqiu})
    a = g.ask("How many items did Guandu District publish in 2024?")
    assert a.answered and "6467" in a.answer and "38" not in a.answer, a.answer
    b = g.ask("In 2024, how many items did Zhangqiu District and Guandu District each publish, and what is the gap?")
    assert b.answered and "5742" in b.answer and "12209 − 6467" in b.answer, b.answer


def test_a_level_word_of_no_body_named_stays_in_what_is_asked(tmp_path):
    """'key-area information' keeps its 'area' (the level word of an Area of a free trade zone,
    stripped only when the body named is one)."""
    from conftest import index_of_texts

    text = ("丁桥镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年通过政府网站主动公开信息累计700条(点击量52582次),"
            "其中主动公开重点领域信息556条、应急管理类36条、政策解读类33条、回应关切75条。\n")
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"dingqiao-2022.txt": text})
    a = g.ask("How many key-area information items did Dingqiao Town proactively disclose in 2022?")
    assert a.answered and "556" in a.answer and "700" not in a.answer, a.answer


def test_an_english_refusal_says_which_bodies_are_held_in_their_own_names(index):
    """An English reason stays when it names the reports held in Chinese (丽水市…): it is no Chinese
    reason to be replaced by a vaguer English one."""
    a = index.ask("How many requests did Springfield receive in 2024?")
    assert not a.answered
    assert "The index holds no report from" in a.answer and "Lishui City (丽水市) 2024" in a.answer


def test_an_english_ranking_reads_a_report_stating_none_in_words_as_a_chinese_one_does(tmp_path):
    """'which body had the most …': a report's clause stating no figure is no part of a ranking; its
    none said in words ('未发生…行政复议') is 0, as for the Chinese question."""
    from conftest import index_of_texts

    g = index_of_texts(tmp_path / "reports", tmp_path / "home", {
        "jia-2022.txt": "青溪县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n因政府信息公开产生行政复议5件。\n",
        "yi-2022.txt": "白沙镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我镇未收到政府信息公开申请,"
                       "未发生政府信息公开行政复议、行政诉讼情况。\n",
        "bing-2022.txt": "红河镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年未发生被行政复议纠错或败诉情况。\n"})
    a = g.ask("Among the 2022 reports, which body had the most administrative reconsideration cases, and how many?")
    assert a.answered and "5" in a.answer and "i.e. 0" in a.answer, a.answer
    assert "纠错" not in a.answer.split("\n")[0], a.answer  # (none corrected is no count of cases)


def test_requests_received_are_the_new_requests_not_those_handled(tmp_path):
    """'receive' (any form) is 新收: not the requests handled in the year (办理), which include those
    carried over."""
    from conftest import index_of_texts

    text = ("丽水市人民政府2024年政府信息公开工作年度报告\n二、依申请公开方面\n全市全年新收政府信息公开申请1541件,加上上年结转的,"
            "除去本年度结转下年度办理的,共办理政府信息公开申请1527件。\n")
    g = index_of_texts(tmp_path / "docs", tmp_path / "home", {"lishui-2024.txt": text})
    a = g.ask("How many government information disclosure requests did Lishui receive in 2024?")
    assert a.answered and "1541" in a.answer and "1527" not in a.answer, a.answer
