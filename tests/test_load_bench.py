"""bench/load.py, run small so it keeps working: a few API clients and chat sessions at once
against the served app, every answer equal to the single-client one, no errors."""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

import load  # noqa: E402

DOCS = ["lishui-szf-2024.txt", "changchun-szfbgt-2024.txt", "taian-szfbgs-2021.txt"]


def test_the_load_bench_runs_small_without_errors(eval_docs, capsys):
    result = load.main(["--api-clients", "5", "--api-questions", "2", "--chat-sessions", "2",
                        "--chat-questions", "2", "--embedder", "fake:64", "--suite", str(eval_docs.parent / "dev.suite.yaml"),
                        "--docs", *(str(eval_docs / name) for name in DOCS)])
    api, chat = result["api"], result["chat"]
    assert (api["requests"], chat["requests"]) == (10, 4)
    assert api["errors"] == chat["errors"] == 0, (api["first_errors"], chat["first_errors"])
    assert api["same_as_single_client"] == 10 and chat["same_as_single_client"] == 4
    assert 0 < api["p50_ms"] <= api["p95_ms"] and 0 < chat["p50_ms"] <= chat["p95_ms"]
    assert "api" in capsys.readouterr().out


def test_questions_come_from_the_suite_about_the_indexed_reports(eval_docs):
    suite = eval_docs.parent / "dev.suite.yaml"
    questions = load.questions_for([eval_docs / "lishui-szf-2024.txt"], suite)
    assert questions and all("丽水" in q or "Lishui" in q for q in questions)


def test_chat_replies_are_read_as_text_and_errors_recognised():
    assert load.message_text([{"type": "text", "text": "答"}, {"type": "text", "text": "案"}]) == "答案"
    assert load.message_text("答案") == "答案"
    assert load.is_chat_error("服务器内部错误，请稍后再试。")
    assert load.is_chat_error("Something went wrong: the index is busy")
    assert not load.is_chat_error("根据《报告》：1541件[1]。")
