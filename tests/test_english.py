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
