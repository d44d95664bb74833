"""Asking questions of the real reports: understanding, composing, verifying, refusing."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import yaml

from assistant.ask.bodies import names_of
from assistant.ask.understand import understand
from assistant.zh.text import language_of, years_in
from assistant.service import Gongkai
from assistant.ask.verify import verify_answer

from conftest import EVAL_DIR


def norm(text: str) -> str:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return re.sub(r"(?<=\d),(?=\d)", "", text)


def passes(case: dict, answer) -> bool:
    e = case["expect"]
    if e.get("refuse"):
        return not answer.answered and not any(c.figures for c in answer.citations)
    ok = answer.answered and all(norm(s) in norm(answer.answer) for s in e.get("answer_contains", []))
    ok = ok and not any(norm(s) in norm(answer.answer) for s in e.get("answer_not_contains", []))
    if "source" in e:
        cited = [c for c in answer.citations if c.source == e["source"]]
        ok = ok and bool(cited)
        if "section_contains" in e:
            ok = ok and any(norm(e["section_contains"]) in norm(c.section) for c in cited)
    return ok


def test_dev_suite_extractive(dev_index):
    suite = yaml.safe_load((EVAL_DIR / "dev.suite.yaml").read_text(encoding="utf-8"))
    results = {c["id"]: passes(c, dev_index.ask(c["question"])) for c in suite["cases"]}
    refusals = [c["id"] for c in suite["cases"] if c["expect"].get("refuse")]
    assert all(results[i] for i in refusals), [i for i in refusals if not results[i]]
    rate = sum(results.values()) / len(results)
    assert rate >= 0.90, [i for i, ok in results.items() if not ok]


def test_every_answer_is_verified_against_its_citations(dev_index):
    a = dev_index.ask("淮安市2024年行政处罚的本年处理决定数量是多少？")
    assert a.answered and a.verified and "3985758" in a.answer
    citation = a.citations[0]
    assert citation.source == "huaian-szf-2024.pdf" and citation.page == 4
    assert "行政处罚" in citation.section and "3985758" in citation.figures
    # A table figure is cited to its cell and recomputed from the index's facts.
    assert citation.passage_id == "fact:art20.penalty.decisions" and citation.quote.endswith("3985758")
    prose = dev_index.ask("淮安市人民政府2024年政府信息公开行政诉讼一共有多少件？")
    passages = {p.id: p for p in dev_index.store.all_passages()}
    cited = {c.id: passages[c.passage_id] for c in prose.citations if not c.passage_id.startswith("fact:")}
    # The computed 46 (26 + 20) is corroborated by the sentence of the report that states it.
    stated = prose.answer.split("亦写明：")[1]
    assert cited and verify_answer(stated, cited, prose.question).ok
    assert not verify_answer(stated.replace("46", "47"), cited, prose.question).ok


def test_english_question_gets_english_answer(dev_index):
    a = dev_index.ask("According to the Huai'an Municipal People's Government 2024 information disclosure "
                      "annual report, how much administrative and institutional fees were collected?")
    assert a.answered and a.answer.startswith("According to") and "96171.6" in a.answer


def test_refusal_says_what_the_index_holds(dev_index):
    a = dev_index.ask("武威市2019年主动公开了多少条政府信息？")
    assert not a.answered and not a.citations
    assert "2020" in a.note and "武威市人民政府" in a.note
    assert not dev_index.ask("").answered


def test_filter_by_report(dev_index):
    a = dev_index.ask("行政处罚的本年处理决定数量是多少？", sources=["songmutang-zzf-2022.txt"])
    assert a.answered and all(c.source == "songmutang-zzf-2022.txt" for c in a.citations)


def test_retrieval_is_a_langchain_retriever(dev_index):
    from assistant.ask.pipeline import _search
    from assistant.ask.retrieval import GongkaiRetriever

    retriever = GongkaiRetriever(search=_search(dev_index), k=5, sources=["huaian-szf-2024.pdf"])
    docs = retriever.invoke("行政处罚 本年处理决定数量")
    assert docs and all(d.metadata["source"] == "huaian-szf-2024.pdf" for d in docs)
    assert any("3985758" in d.page_content for d in docs)


def test_cli_ask_json(dev_index):
    env = {"GONGKAI_HOME": str(dev_index.settings.home), "PATH": str(Path(sys.executable).parent),
           "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "清水县人民政府2019年主动公开了多少条政府信息？",
                          "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["answered"] and "8769" in data["answer"] and data["verified"]
    assert set(data) >= {"question", "answer", "answered", "citations", "verified"}
    assert set(data["citations"][0]) >= {"id", "source", "title", "section", "page", "quote", "figures"}
    text = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "清水县人民政府2019年主动公开了多少条政府信息？"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert "[1] 清水县人民政府2019年政府信息公开工作年度报告" in text.stdout and "verified" in text.stdout


CATALOG = [
    {"source": "a.pdf", "body": "淮安市人民政府", "title": "", "year": 2024},
    {"source": "b.txt", "body": "淮安市人民政府办公室", "title": "", "year": 2022},
    {"source": "c.txt", "body": "高淳区人民政府办公室", "title": "", "year": 2022},
    {"source": "d.txt", "body": "丽水市", "title": "", "year": 2024},
]


def test_understanding():
    assert years_in("二〇二四年和2022年") == {2024, 2022}
    assert language_of("How many requests?") == "en" and language_of("多少件？") == "zh"
    assert not understand("督促县区调整设置了多少个县级栏目", CATALOG).refusal
    assert [r["source"] for r in understand("淮安2024年行政处罚多少？", CATALOG).reports] == ["a.pdf"]
    assert [r["source"] for r in understand("南京市高淳区2022年收到多少申请", CATALOG).reports] == ["c.txt"]
    assert understand("南京市鼓楼区2022年收到多少申请", CATALOG).refusal
    assert understand("丽水市莲都区2024年新收多少申请", CATALOG).refusal
    assert understand("淮安市2019年行政处罚多少", CATALOG).refusal
    assert [r["source"] for r in understand("How many in Huai'an in 2022?", CATALOG).reports] == ["b.txt"]
    assert [r["source"] for r in understand("How many in Huai'an in 2024?", CATALOG).reports] == ["a.pdf"]
    assert "huaian" in names_of("淮安市人民政府").latin


def test_new_process_loads_the_lexical_index_from_disk(dev_index, monkeypatch):
    """A second facade on the same home (as a new `gongkai ask` would be) maps the lexical index
    on disk instead of reading and indexing every passage again; a new version stamp with no
    changed report reads no passage either."""
    dev_index.ask("淮安市2024年行政处罚的本年处理决定数量是多少？")
    assert list(dev_index.settings.cache_path.glob("lexical-*/manifest.json"))
    fresh = Gongkai(dev_index.settings)
    calls = []
    real = fresh.store.all_passages
    monkeypatch.setattr(fresh.store, "all_passages", lambda *a, **k: calls.append(1) or real(*a, **k))
    a = fresh.ask("淮安市2024年行政处罚的本年处理决定数量是多少？")
    assert a.answered and "3985758" in a.answer and calls == []
    fresh.store._bump()  # what every write does
    assert fresh.ask("淮安市2024年行政处罚的本年处理决定数量是多少？").answered and calls == []
    assert fresh.hybrid_search().snapshot()[0].version == fresh.store.version()


def test_a_department_the_index_does_not_hold_is_refused():
    catalog = CATALOG + [{"source": "e.txt", "body": "乌海市工业和信息化局", "title": "", "year": 2020}]
    refused = understand("淮安市教育局2024年收到了多少件申请？", catalog)
    assert not refused.reports and "淮安市教育局" in refused.refusal
    assert [r["source"] for r in understand("乌海市工信局2020年主动公开了多少条？", catalog).reports] == ["e.txt"]
    assert [r["source"] for r in understand("淮安市政府办公室2022年受理了多少？", catalog).reports] == ["b.txt"]


def test_a_question_naming_no_body_is_not_answered_from_one_of_several_bodies_reports(dev_index):
    g = dev_index
    answer = g.ask("2024年召开了几场新闻发布会？")  # 丽水市 and 东宝区 both held for 2024
    assert not answer.answered and "机关" in answer.answer
    named = g.ask("丽水市2024年召开了几场新闻发布会？")
    assert named.answered and {c.source for c in named.citations} == {"lishui-szf-2024.txt"}


def test_a_two_part_question_is_answered_in_the_part_found_and_names_the_part_not_found(dev_index):
    answer = dev_index.ask("丽水市2024年召开了几场新闻发布会？志愿者培训了多少人次？")
    assert answer.answered and answer.verified and "20场" in answer.answer
    assert "未找到“志愿者培训了多少人次”" in answer.answer


def test_an_office_answered_from_its_governments_report_says_so(dev_index):
    answer = dev_index.ask("丽水市政府办公室2024年召开了几场新闻发布会？")
    assert answer.answered and "20场" in answer.answer
    assert "索引中没有丽水市政府办公室自己的报告" in answer.answer
