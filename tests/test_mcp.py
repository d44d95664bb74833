"""`gongkai mcp`: the index as MCP tools, driven by the official SDK's client over stdio (the server a
subprocess, as a desktop client starts it) and over streamable HTTP."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.server.mcpserver.exceptions import ToolError
from mcp.shared.exceptions import MCPError

from assistant.errors import GongkaiError
from assistant.integrations.mcp import build_server, serve
from assistant.service import Gongkai
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[1]
PENALTY = "淮安市2024年行政处罚的本年处理决定数量是多少？"
READ_TOOLS = {"ask", "facts", "reports", "check"}


@pytest.fixture(scope="module")
def mcp_home(tmp_path_factory, eval_docs) -> Path:
    home = tmp_path_factory.mktemp("mcp-home")
    report = Gongkai(Settings(home=home)).ingest(
        [eval_docs / name for name in ("huaian-szf-2024.pdf", "qingshui-xzf-2019.txt", "songmutang-zzf-2022.txt")])
    assert report.ok and report.reports == 3, report.failures
    return home


def server_env(home: Path) -> dict:
    # The SDK passes the server only a few safe variables (PATH, HOME, …): the home goes explicitly.
    return {"GONGKAI_HOME": str(home), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False"}


async def call(session: ClientSession, tool: str, arguments: dict):
    """The tool's result; a malformed call is an error result (or a protocol error), never a hang."""
    try:
        return await asyncio.wait_for(session.call_tool(tool, arguments), 120)
    except MCPError as err:
        return err


def is_error(result) -> bool:
    return isinstance(result, MCPError) or result.is_error


def test_stdio_server_answers_and_survives_malformed_calls(mcp_home):
    params = StdioServerParameters(command=sys.executable, args=["-m", "assistant.cli", "mcp"],
                                   env=server_env(mcp_home), cwd=str(REPO))

    async def scenario():
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            assert set(tools) == READ_TOOLS  # no write tool without --allow-write
            assert all(tool.annotations.read_only_hint for tool in tools.values())
            assert tools["ask"].input_schema["properties"]["question"]["maxLength"] == 500

            facts = await call(session, "facts", {"key": "art20.penalty.decisions", "source": "huaian-szf-2024.pdf"})
            assert not facts.is_error
            [row] = facts.structured_content["rows"]
            assert (row["value"], row["body"], row["year"], row["page"]) == ("3985758", "淮安市人民政府", 2024, 4)

            answer = await call(session, "ask", {"question": PENALTY})
            assert not answer.is_error
            out = answer.structured_content
            assert "3985758" in out["answer"] and out["answered"] and out["verified"]
            assert out["citations"][0]["source"] == "huaian-szf-2024.pdf" and out["citations"][0]["page"] == 4
            assert "3985758" in answer.content[0].text  # the same object as text, for clients without structure
            follow = await call(session, "ask", {"question": "行政许可呢？", "history": [PENALTY]})
            assert "447228" in follow.structured_content["answer"] and follow.structured_content["understood_as"]

            malformed = {
                "wrong type": ("ask", {"question": 5}),
                "missing argument": ("ask", {}),
                "10k-char question": ("ask", {"question": "问" * 10_000}),
                "blank question": ("ask", {"question": "   "}),
                "string year": ("facts", {"year": "2024"}),
                "bad key pattern": ("facts", {"key": "'; DROP TABLE"}),
                "sources not a list": ("ask", {"question": PENALTY, "sources": "huaian-szf-2024.pdf"}),
                "history of numbers": ("ask", {"question": PENALTY, "history": [1, 2]}),
                "history too long": ("ask", {"question": PENALTY, "history": ["问"] * 21}),
                "unknown source": ("ask", {"question": PENALTY, "sources": ["nope.pdf"]}),
                "unknown report": ("check", {"source": "nope.pdf"}),
                "unknown tool": ("remove", {"source": "huaian-szf-2024.pdf"}),
            }
            for what, (tool, arguments) in malformed.items():
                result = await call(session, tool, arguments)
                assert is_error(result), what
            unknown = await call(session, "check", {"source": "nope.pdf"})
            assert "no report nope.pdf" in unknown.content[0].text

            # Still alive, and nothing was removed.
            held = await call(session, "reports", {})
            assert held.structured_content["count"] == 3
            checked = await call(session, "check", {"source": "huaian-szf-2024.pdf"})
            assert checked.structured_content["cells"] == 200 and checked.structured_content["findings"] == []

    asyncio.run(scenario())


def test_facts_are_capped_with_a_note(mcp_home):
    server = build_server(Gongkai(Settings(home=mcp_home)))

    async def scenario():
        everything = (await server.call_tool("facts", {}))
        capped = (await server.call_tool("facts", {"limit": 5}))
        return everything.structured_content, capped.structured_content

    everything, capped = asyncio.run(scenario())
    assert everything["total"] == 209 and len(everything["rows"]) == 200 and everything["truncated"]
    assert len(capped["rows"]) == 5 and capped["total"] == 209 and "showing 5 of 209" in capped["note"]
    assert capped["rows"] == everything["rows"][:5]


def test_remove_only_with_allow_write(tmp_path):
    g = Gongkai(Settings(home=tmp_path))
    assert g.ingest([REPO / "demo" / "qingxi-szf-2022.md"]).ok

    async def scenario():
        read_only = {t.name for t in await build_server(g).list_tools()}
        writable = build_server(g, allow_write=True)
        names = {t.name for t in await writable.list_tools()}
        removed = await writable.call_tool("remove", {"source": "qingxi-szf-2022.md"})
        with pytest.raises(ToolError, match="no report qingxi-szf-2022.md"):
            await writable.call_tool("remove", {"source": "qingxi-szf-2022.md"})
        return read_only, names, removed

    read_only, names, removed = asyncio.run(scenario())
    assert read_only == READ_TOOLS and names == READ_TOOLS | {"remove"}
    assert removed.structured_content["passages_removed"] > 0 and g.reports() == []


def test_no_write_tool_over_http_beyond_loopback():
    with pytest.raises(GongkaiError, match="loopback"):
        serve(object(), http=True, host="0.0.0.0", allow_write=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_streamable_http(mcp_home):
    from mcp import Client

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "mcp", "--http", "--port", str(port)],
                            env={**server_env(mcp_home), "PATH": str(Path(sys.executable).parent)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=str(REPO))

    async def scenario():
        deadline = time.monotonic() + 60
        while True:
            try:
                async with Client(f"http://127.0.0.1:{port}/mcp") as client:
                    names = {t.name for t in (await client.list_tools()).tools}
                    result = await client.call_tool("facts", {"key": "art20.penalty.decisions", "body": "淮安"})
                    return names, result.structured_content
            except Exception:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.5)

    try:
        names, facts = asyncio.run(scenario())
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert names == READ_TOOLS
    assert [r["value"] for r in facts["rows"]] == ["3985758"], err.decode()[-2000:]
