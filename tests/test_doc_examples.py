"""The examples of the README's "Gongkai in your stack" section and of docs/python.md, run as they
are written: a test that fails here means a reader's copy-paste would fail too.

They run from the repository root against a temporary GONGKAI_HOME holding the demo reports; the
OpenAI chat model of the LangChain examples reads OPENAI_BASE_URL, which points at the wire-level
fake of tests/wire_servers.py; ``gongkai`` (for MCP) is the console script of this environment."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from assistant.service import Gongkai
from assistant.settings import Settings
from wire_servers import OpenAIWireServer

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
PYTHON_MD = REPO / "docs" / "python.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
REPLY = ["青溪市2024年行政处罚本年处理决定数量为", "99571件[1]。"]


def blocks(path: Path, lang: str, heading: str | None = None) -> list[str]:
    """The fenced ``lang`` blocks of ``path``, only those under ``heading`` (a whole heading line,
    up to the next heading of its level or above) when given."""
    text = path.read_text(encoding="utf-8")
    if heading is not None:
        level = len(heading) - len(heading.lstrip("#"))
        start = text.index(f"\n{heading}\n")
        ends = [m.start() for m in re.finditer(r"^#{1,%d} " % level, text[start + 1:], re.M)][1:]
        text = text[start: start + 1 + ends[0]] if ends else text[start:]
    return [code for kind, code in FENCE.findall(text) if kind == lang]


def run(code: list[str], namespace: dict | None = None, name: str = "example") -> dict:
    namespace = {"__name__": name} if namespace is None else namespace
    for n, block in enumerate(code, 1):
        exec(compile(block, f"<{name} block {n}>", "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("demo-home")
    assert Gongkai(Settings(home=home)).ingest([REPO / "demo"]).reports == 3
    return home


@pytest.fixture
def reader(demo_home, monkeypatch):
    """The reader's shell: in the repository, GONGKAI_HOME set, an OpenAI-compatible server at
    OPENAI_BASE_URL (the fake, answering with REPLY), gongkai on the PATH."""
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("GONGKAI_HOME", str(demo_home))
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}:{__import__('os').environ.get('PATH', '')}")
    monkeypatch.delenv("OPENAI_API_BASE", raising=False)
    with OpenAIWireServer(REPLY) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "x")
        yield server


def test_readme_python(reader):
    [code] = blocks(README, "python", "### Python")
    ns = run([code])
    assert ns["answer"].answered and "99571件[1]" in ns["answer"].answer and ns["answer"].verified
    assert (2024, "青溪市人民政府", "99571") in [(r["year"], r["body"], r["value"]) for r in ns["rows"]]


def test_readme_langchain(reader):
    [code] = blocks(README, "python", "### LangChain")
    ns = run([code])
    assert ns["out"]["answer"] == "".join(REPLY)
    [cited] = ns["cited"]  # the passage the reply's [1] names: it states the figure
    assert cited.metadata["source"] == "qingxi-szf-2024.md" and "99571" in cited.page_content
    assert ["art20.penalty.decisions"] in [d.metadata["fact_keys"] for d in ns["out"]["docs"]]
    first, second = ns["answers"]
    assert "99571" in first.answer and first.verified
    assert second.answered and {c.source for c in second.citations} == {"qingxi-szf-2022.md"}
    [request] = reader.requests  # one chain, one chat request: the question and the numbered passages
    system, human = request["body"]["messages"]
    assert human["content"] == "青溪市人民政府2024年行政处罚的本年处理决定数量是多少？"
    assert "[1] 青溪市人民政府2024年政府信息公开工作年度报告（演示） — " in system["content"]


def test_readme_mcp(reader):
    [config] = blocks(README, "json", "### MCP")
    entry = json.loads(config)["mcpServers"]["gongkai"]
    assert (entry["command"], entry["args"], list(entry["env"])) == ("gongkai", ["mcp"], ["GONGKAI_HOME"])
    assert shutil.which("gongkai"), "the console script of this environment"
    [code] = blocks(README, "python", "### MCP")
    assert 'command="gongkai", args=["mcp"]' in code  # the same server the config starts
    ns = run([code])
    assert (2024, "青溪市人民政府", "99571") in [(r["year"], r["body"], r["value"]) for r in ns["rows"]]


def test_python_md_runs_in_order(reader):
    ns = run(blocks(PYTHON_MD, "python"), name="docs/python.md")
    assert ns["report"].ok and ns["answer"].verified and not ns["refused"].answered
    assert ns["written"] == ns["streamed"].answer and "600" in ns["streamed"].answer
    assert ns["by_year"][("青溪市人民政府", 2024)] == 1278
    assert ["art20.penalty.decisions"] in [d.metadata["fact_keys"] for d in ns["docs"]]
    [cited] = ns["cited"]
    assert cited.metadata["source"] == "qingxi-szf-2024.md" and "99571" in cited.page_content
    assert isinstance(ns["chunks"][-1], type(ns["answer"])) and all(isinstance(c, str) for c in ns["chunks"][:-1])
    assert {c.source for c in ns["answers"][1].citations} == {"qingxi-szf-2022.md"}
    assert "172487" in ns["follow_up"].answer and ns["follow_up"].understood_as
    assert "99571" in ns["over_mcp"]["answer"] and ns["over_mcp"]["verified"]
    [config] = blocks(PYTHON_MD, "json")
    assert json.loads(config) == json.loads(blocks(README, "json", "### MCP")[0])
