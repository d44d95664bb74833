"""Feedback that becomes tests: ratings stored with the index (bounded), the widget's endpoint,
and the export of the 👎 ones as a suite that `gongkai eval` refuses until a maintainer fills it."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx
import pytest
import yaml

from assistant.errors import SuiteError
from assistant.evaluation.suite import load_suite
from assistant.feedback import MAX_NOTE, FeedbackStore, export_suite

ANSWER = "根据《青溪市人民政府2024年政府信息公开工作年度报告（演示）》：行政处罚本年处理决定数量为99571件[1]。"
CITATION = {"id": 1, "source": "qingxi-szf-2024.md", "section": "二、主动公开政府信息情况 > 行政处罚",
            "page": None, "quote": "行政处罚｜本年处理决定数量｜99571"}


def test_ratings_are_stored_bounded_and_exported_as_a_suite(tmp_path):
    store = FeedbackStore(tmp_path)
    store.add(rating=1, question="青溪市2024年主动公开了多少条政府信息？", answer="…", channel="chat")
    down = store.add(rating=-1, question="那2023年呢？\n# injected: yes", answer=ANSWER + "\nname: hacked",
                     citations=[CITATION], history=["青溪市2024年行政处罚的本年处理决定数量是多少？"],
                     note="应该是2023年的数字\n- id: evil", channel="widget")
    store.set(down, note=store.all(rating=-1)[0].note + "。" + "长" * (2 * MAX_NOTE))
    assert len(store.all()) == 2 and len(store.all(rating=-1)[0].note) == MAX_NOTE

    demo = tmp_path / "suite"
    demo.mkdir()
    (demo / "qingxi-szf-2024.md").write_text("x", encoding="utf-8")
    target = demo / "fb.suite.yaml"
    assert export_suite(store.all(rating=-1), target, home=tmp_path) == 1
    text = target.read_text(encoding="utf-8")
    data = yaml.safe_load(text)  # valid YAML, whatever the reader typed
    assert data["name"] == "feedback" and data["documents"] == ["qingxi-szf-2024.md"]
    (case,) = data["cases"]
    assert case["question"] == "那2023年呢？ # injected: yes"
    assert case["history"] == ["青溪市2024年行政处罚的本年处理决定数量是多少？"]
    assert case["expect"]["answer_contains"][0].startswith("FILL IN")
    assert "#   根据《青溪市" in text and "#   name: hacked" in text and "#   - id: evil" in text
    assert "# answer_not_contains: [99571]" in text or "# answer_not_contains: ['99571']" in text
    with pytest.raises(SuiteError, match="FILL IN"):
        load_suite(target)
    target.write_text(text.replace(case["expect"]["answer_contains"][0], "172487"), encoding="utf-8")
    assert load_suite(target).cases[0].expect.answer_contains == ("172487",)


def test_the_widget_endpoint_is_bounded(tmp_path):
    from assistant.service import Gongkai
    from assistant.settings import Settings
    from assistant.web import create_app

    settings = Settings(home=tmp_path, embedder="fake:64")
    app = create_app(settings, service=Gongkai(settings))

    def post(body):
        async def go():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
                return await c.post("/api/feedback", json=body)
        return asyncio.run(go())

    ok = post({"rating": "down", "question": "问？", "answer": ANSWER, "citations": [CITATION], "note": "不对"})
    assert ok.status_code == 200 and ok.json()["stored"] is True
    for bad in ({"rating": "meh", "question": "问？"}, {"rating": "up", "question": ""},
                {"rating": "up", "question": "问" * 501}, {"rating": "up", "question": "问", "note": "x" * 1001},
                {"rating": "up", "question": "问", "history": ["q"] * 21}, {"rating": "up", "question": "问", "x": 1}):
        response = post(bad)
        assert response.status_code == 422 and "error" in response.json()
    (row,) = FeedbackStore(tmp_path).all()
    assert row.channel == "widget" and row.rating == -1 and row.citations[0]["source"] == "qingxi-szf-2024.md"


def test_cli_export(tmp_path):
    FeedbackStore(tmp_path).add(rating=-1, question="青溪市2024年收到多少件申请？", answer="…", answered=False)
    env = {**os.environ, "GONGKAI_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "feedback", "export", "--suite",
                          str(tmp_path / "mine.suite.yaml")], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and "wrote 1 cases" in out.stdout
    assert yaml.safe_load((tmp_path / "mine.suite.yaml").read_text(encoding="utf-8"))["cases"][0]["id"].startswith("feedback-")
    empty = subprocess.run([sys.executable, "-m", "assistant.cli", "feedback", "export", "--suite", "x.yaml"],
                           capture_output=True, text=True, env={**env, "GONGKAI_HOME": str(tmp_path / "none")})
    assert empty.returncode == 0 and "nothing written" in empty.stdout


def test_cli_list_keeps_each_row_on_one_line(tmp_path):
    store = FeedbackStore(tmp_path)
    store.add(rating=-1, question="青溪市收到多少件申请？\x9b2J", answer="…", note="第一行\n第二行\t\u202e")
    env = {**os.environ, "GONGKAI_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "feedback", "list"],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0
    (line,) = out.stdout.splitlines()
    assert line.count("\t") == 5 and "\x9b" not in line and "\u202e" not in line
    assert line.endswith("第一行\\n第二行\\t")  # the note's newline and tab shown as escapes
