"""The HTTP API: ``POST /api/ask``, ``GET /api/reports``, ``GET /api/facts``, ``GET /api/check``,
``GET /healthz``.

Every error leaves as JSON with an ``error`` string (and for bad requests a ``detail`` list):
validation problems are 422, Gongkai's own errors are translated by ``status_for``, anything
unexpected is a 500 with a generic message (the traceback goes to the server log only).
"""

from __future__ import annotations

import logging
from typing import Annotated, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import ConfigError, GongkaiError, IngestError, LLMError, StoreError

log = logging.getLogger(__name__)

MAX_QUESTION = 500
MAX_SOURCES = 200
MAX_HISTORY = 20


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: Annotated[StrictStr, Field(max_length=MAX_QUESTION,
                                         examples=["淮安市2024年行政处罚的本年处理决定数量是多少？"])]
    top_k: Annotated[StrictInt, Field(ge=1, le=50)] | None = None
    sources: Annotated[list[StrictStr], Field(max_length=MAX_SOURCES)] | None = Field(
        default=None, description="Report file names to restrict the search to (see /api/reports).")
    llm: Annotated[StrictStr, Field(max_length=200)] | None = Field(
        default=None, description="Composer spec, e.g. 'extractive' or 'openai:<model>'; default from settings.")
    history: Annotated[list[Annotated[StrictStr, Field(max_length=MAX_QUESTION)]], Field(max_length=MAX_HISTORY)] | None = Field(
        default=None, description="The conversation's earlier questions, oldest first: a follow-up such as "
                                  "'那2023年呢？' is read with them (the answer's 'understood_as' says how).")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("the question is empty")
        return value


def status_for(error: GongkaiError) -> int:
    if isinstance(error, (StoreError, LLMError)):
        return 503  # the index or the LLM backend is unavailable: retry later
    if isinstance(error, IngestError):
        return 422
    if isinstance(error, ConfigError):
        return 400
    return 400


def error_response(status: int, message: str, detail: list | None = None) -> JSONResponse:
    body: dict = {"error": message}
    if detail:
        body["detail"] = detail
    return JSONResponse(body, status_code=status)


def _describe(errors: list[dict]) -> tuple[str, list[dict]]:
    detail = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in errors]
    first = detail[0] if detail else {"loc": [], "msg": "invalid request"}
    where = ".".join(p for p in first["loc"] if p != "body") or "body"
    if first.get("type") == "json_invalid":
        return "the request body is not valid JSON", detail
    return f"{where}: {first['msg']}", detail


def install_api_fallback(app: FastAPI, routers: list[APIRouter]) -> None:
    """Unknown paths and wrong methods under ``/api`` answer in the API's own shape.

    The Gradio chat is mounted at ``/``, so without this a request the API has no route for
    (``GET /api/nope``, or ``GET /api/ask``) falls through to Gradio, which answers
    ``{"detail": "Not Found"}``. Add this after every ``/api`` route and before the mount;
    ``routers`` are the app's routers (included without a prefix), asked which methods a known
    path takes."""
    from starlette.routing import Match

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

    @app.api_route("/api/{rest:path}", methods=methods, include_in_schema=False)
    async def _unknown(request: Request, rest: str):
        allowed: set[str] = set()
        for route in (r for router in routers for r in router.routes):
            match, _ = route.matches({**request.scope, "method": "\x00"})
            if match == Match.PARTIAL:  # the path is known, the method is not
                allowed |= set(route.methods or ())
        if allowed:
            return JSONResponse({"error": f"method {request.method} is not allowed here "
                                          f"(allowed: {', '.join(sorted(allowed))})"},
                                status_code=405, headers={"Allow": ", ".join(sorted(allowed))})
        return error_response(404, f"no API route {request.url.path} (see /docs)")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        message, detail = _describe(list(exc.errors()))
        return error_response(422, message, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(GongkaiError)
    async def _gongkai(request: Request, exc: GongkaiError):
        return error_response(status_for(exc), str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal server error")


router = APIRouter()


def _service(request: Request):
    return request.app.state.gongkai


@router.get("/healthz", tags=["service"], summary="Liveness and index size")
def healthz(request: Request) -> dict:
    return {"status": "ok", "reports": len(_service(request).reports())}


@router.get("/api/reports", tags=["reports"], summary="The reports in the index")
def list_reports(request: Request) -> dict:
    reports = _service(request).reports()
    return {"count": len(reports), "reports": reports}


@router.get("/api/examples", tags=["reports"], summary="Example questions about the indexed reports (as the chat shows)")
def examples(request: Request, lang: Annotated[Literal["zh", "en"], Query()] = "zh",
             source: Annotated[list[str] | None, Query(max_length=MAX_SOURCES,
                                                       description="only these reports (file names)")] = None) -> dict:
    from assistant.demo import is_demo
    from assistant.web.i18n import example_questions

    reports = _service(request).reports()
    if source:
        reports = [r for r in reports if r["source"] in set(source)]
    return {"examples": example_questions(reports, lang),
            "reports": [{"source": r["source"], "title": r.get("title", ""), "body": r.get("body", ""),
                         "year": r.get("year"), "demo": is_demo(r)} for r in reports]}


@router.get("/api/facts", tags=["facts"], summary="Cells of the national statistics tables, as data",
            responses={200: {"description": "JSON rows, or CSV with format=csv",
                             "content": {"text/csv": {}}}})
def list_facts(request: Request,
               body: Annotated[str | None, Query(max_length=100, description="issuing body contains this text")] = None,
               year: Annotated[int | None, Query(ge=1990, le=2100)] = None,
               key: Annotated[str | None, Query(max_length=120, pattern=r"^[a-z0-9_.*?\[\]]+$",
                                                description="fact key or pattern, e.g. apply.new or apply.result.*.total")] = None,
               source: Annotated[str | None, Query(max_length=300)] = None,
               format: Annotated[Literal["json", "csv"], Query()] = "json"):
    rows = _service(request).facts(body=body, year=year, key=key, source=source)
    if format == "csv":
        from assistant.national.export import to_csv

        return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="gongkai-facts.csv"'})
    return {"count": len(rows), "facts": rows}


@router.get("/api/check", tags=["facts"], summary="Identities of the format a report's tables break")
def check(request: Request, source: Annotated[list[str] | None, Query(max_length=200)] = None) -> dict:
    findings = _service(request).findings(source)
    return {"count": len(findings), "findings": findings}


@router.post("/api/ask", tags=["questions"], summary="Ask a question; the answer carries its citations",
             responses={422: {"description": "Bad request (empty or too long question, wrong types, "
                                             "unknown report source)"},
                        503: {"description": "The index or the LLM backend is unavailable"}})
def ask(body: AskRequest, request: Request) -> dict:
    service = _service(request)
    if body.sources:
        known = {r["source"] for r in service.reports()}
        unknown = sorted(set(body.sources) - known)
        if unknown:
            raise HTTPException(422, "unknown report source(s): " + ", ".join(unknown))
    if body.llm and body.llm not in service.settings.allowed_llms():
        raise HTTPException(403, f"composer '{body.llm}' is not open to API clients "
                                 "(the server lists them in GONGKAI_API_LLMS)")
    answer = service.ask(body.question, llm=body.llm, top_k=body.top_k, sources=body.sources or None,
                         history=body.history or None)
    return answer.to_dict()
