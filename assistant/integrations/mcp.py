"""The MCP server behind ``gongkai mcp``: the index as tools for MCP clients (desktop assistants,
agent frameworks), over stdio or streamable HTTP, with the official ``mcp`` SDK (``MCPServer``,
what v1 called FastMCP).

Tools, all read-only: ``ask`` (a cited, verified answer), ``facts`` (cells of the national
statistics tables, capped), ``reports`` (what the index holds), ``check`` (a report's arithmetic
findings). ``--allow-write`` adds ``remove`` (drop a report from the index); there is no ingest
tool, so no call reads or writes a file outside the index.

Arguments are typed and bounded in the tool signatures (the same limits as the HTTP API), so the
SDK rejects a malformed call with an error result before any work; Gongkai's own errors (an unknown
report, an unreachable LLM) come back as tool errors with their message. Either way the server
keeps serving. Each tool calls the facade, as the CLI and the web app do.
"""

from __future__ import annotations

import ipaddress
from typing import Annotated

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import Field, StrictInt, StrictStr
from typing_extensions import TypedDict

from assistant.errors import GongkaiError

__all__ = ["build_server", "serve", "MAX_QUESTION", "MAX_SOURCES", "FACTS_LIMIT", "FACTS_MAX_LIMIT"]

MAX_QUESTION = 500  # characters, as POST /api/ask
MAX_SOURCES = 200
MAX_HISTORY = 20  # earlier questions a follow-up is read with (the last few matter)
FACTS_LIMIT = 200  # rows a facts call returns unless it asks for more
FACTS_MAX_LIMIT = 2000  # a client's context window is the real limit; 2000 rows is ~1 MB of JSON
DEFAULT_PORT = 8765  # not 8000 (a Chroma server's default) nor 7860 (the web app's)

Question = Annotated[StrictStr, Field(min_length=1, max_length=MAX_QUESTION,
                                      description="the question, in Chinese or English, naming the body and year")]
Source = Annotated[StrictStr, Field(min_length=1, max_length=300, description="a report's file name (see reports)")]
Sources = Annotated[list[Source], Field(max_length=MAX_SOURCES, description="only these reports")]
Earlier = Annotated[list[Annotated[StrictStr, Field(max_length=MAX_QUESTION)]],
                    Field(max_length=MAX_HISTORY, description="the conversation's earlier questions, oldest first: "
                                                              "a follow-up such as '那2023年呢？' is read with them")]
Body = Annotated[StrictStr, Field(min_length=1, max_length=100, description="issuing body contains this text, e.g. 淮安")]
Year = Annotated[StrictInt, Field(ge=1990, le=2100, description="statistical year")]
Key = Annotated[StrictStr, Field(min_length=1, max_length=120, pattern=r"^[a-z0-9_.*?\[\]]+$",
                                 description="fact key or pattern: art20.penalty.decisions, apply.new, "
                                             "apply.result.*.total")]
Limit = Annotated[StrictInt, Field(ge=1, le=FACTS_MAX_LIMIT, description="most rows to return")]

READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)


class CitationOut(TypedDict):
    id: int
    source: str
    title: str
    section: str
    page: int | None
    quote: str
    figures: list[str]


class AskOut(TypedDict):
    answer: str
    answered: bool
    verified: bool
    citations: list[CitationOut]
    note: str
    understood_as: str  # how a follow-up was read with the history ('' when it stands alone)


class FactsOut(TypedDict):
    rows: list[dict]
    total: int
    truncated: bool
    note: str


class ReportsOut(TypedDict):
    count: int
    reports: list[dict]


class CheckOut(TypedDict):
    source: str
    cells: int
    unreadable: int
    findings: list[dict]
    note: str


class RemoveOut(TypedDict):
    source: str
    passages_removed: int


def _citation(full: dict) -> CitationOut:
    return {k: full[k] for k in CitationOut.__annotations__}  # without the internal passage id


def build_server(gongkai, *, allow_write: bool = False) -> MCPServer:
    """An MCPServer whose tools call ``gongkai`` (an :class:`assistant.service.Gongkai`)."""
    server = MCPServer("gongkai", instructions=(
        "Gongkai answers questions about Chinese government information-disclosure annual reports "
        "(政府信息公开工作年度报告) with cited, verified figures. Call reports first to see which bodies "
        "and years the index holds; ask answers a question with citations; facts returns the cells of "
        "the three national statistics tables as data; check lists where a report's tables break the "
        "format's own arithmetic."))

    def known(sources: list[str]) -> None:
        unknown = sorted(set(sources) - {r["source"] for r in gongkai.reports()})
        if unknown:
            raise ToolError(f"no report {', '.join(unknown)} in the index (call reports to see what it holds)")

    @server.tool(annotations=READ_ONLY)
    def ask(question: Question, sources: Sources | None = None, history: Earlier | None = None) -> AskOut:
        """Answer a question from the reports. Every figure of an answer is in a passage it cites
        ([n] markers ↔ citations); when the reports do not say, answered is false and the answer
        says why. Name the body and year, or pass the earlier questions as history."""
        if not question.strip():
            raise ToolError("the question is empty")
        if sources:
            known(sources)
        try:
            answer = gongkai.ask(question, sources=sources or None, history=history or None)
        except GongkaiError as err:
            raise ToolError(str(err)) from err
        return {"answer": answer.answer, "answered": answer.answered, "verified": answer.verified,
                "citations": [_citation(c.to_dict()) for c in answer.citations],
                "note": answer.note, "understood_as": answer.understood_as}

    @server.tool(annotations=READ_ONLY)
    def facts(body: Body | None = None, year: Year | None = None, key: Key | None = None,
              source: Source | None = None, limit: Limit = FACTS_LIMIT) -> FactsOut:
        """Cells of the national statistics tables as rows (body, year, key, label, value, unit,
        source, page, section, …), filtered; at most ``limit`` rows, with a note when there are more."""
        try:
            rows = gongkai.facts(body=body, year=year, key=key, source=source)
        except GongkaiError as err:
            raise ToolError(str(err)) from err
        truncated = len(rows) > limit
        note = (f"showing {limit} of {len(rows)} rows: narrow the filters (body, year, key, source) "
                f"or raise limit (at most {FACTS_MAX_LIMIT})") if truncated else ""
        if not rows:
            note = "no table facts match (call reports to see what the index holds)"
        return {"rows": rows[:limit], "total": len(rows), "truncated": truncated, "note": note}

    @server.tool(annotations=READ_ONLY)
    def reports() -> ReportsOut:
        """The reports the index holds: source (file name), title, issuing body, year, passages."""
        held = gongkai.reports()
        return {"count": len(held), "reports": held}

    @server.tool(annotations=READ_ONLY)
    def check(source: Source) -> CheckOut:
        """Where a report's statistics tables break the format's own arithmetic (a total that is not
        the sum of its parts), each finding naming the identity, the cells and both sums."""
        known([source])
        cells = gongkai.fact_table([source]).of_source(source)
        found = gongkai.findings([source])
        unreadable = sum(1 for row in cells.values() if row.fact.value is None)
        note = ("no national statistics tables found in this report" if not cells
                else f"{len(found)} findings" if found else "the tables' arithmetic adds up")
        return {"source": source, "cells": len(cells), "unreadable": unreadable, "findings": found, "note": note}

    if allow_write:
        @server.tool(annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True,
                                                 openWorldHint=False))
        def remove(source: Source) -> RemoveOut:
            """Remove a report (by file name) and its passages from the index."""
            known([source])
            return {"source": source, "passages_removed": gongkai.remove(source)}

    return server


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(gongkai, *, http: bool = False, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          allow_write: bool = False) -> None:
    """Serve until the client hangs up (stdio) or the process is stopped (HTTP, at
    ``http://host:port/mcp``). A write tool is never served over HTTP beyond this machine: the
    streamable HTTP transport has no authentication here."""
    if http and allow_write and not is_loopback(host):
        raise GongkaiError(f"--allow-write over HTTP only on a loopback host, not {host}: "
                           "the MCP endpoint has no authentication")
    server = build_server(gongkai, allow_write=allow_write)
    if http:
        server.run("streamable-http", host=host, port=port)
    else:
        server.run("stdio")
