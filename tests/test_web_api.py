"""The HTTP API of the web app, over an index of the real reports (../shared/eval/docs), through
the real FastAPI app with httpx's ASGI transport: no mocks, no network."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import httpx
import pytest

from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.web import create_app

QUESTION = "淮安市2024年行政处罚的本年处理决定数量是多少？"
REFUSED = "南京市鼓楼区2022年收到了多少件政府信息公开申请？"


@pytest.fixture(scope="module")
def service(eval_docs, tmp_path_factory) -> Gongkai:
    service = Gongkai(Settings(home=tmp_path_factory.mktemp("web-api-home")))
    result = service.ingest([eval_docs])
    assert result.ok, result.failures
    return service


@pytest.fixture(scope="module")
def app(service):
    return create_app(service.settings, service=service)


def call(app, method: str, url: str, **kwargs) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gongkai.test", timeout=120) as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


def digits(text: str) -> str:
    return text.replace(",", "").replace("，", "")


def test_healthz(app):
    response = call(app, "GET", "/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "reports": 14}


def test_reports_lists_the_ingested_files(app):
    body = call(app, "GET", "/api/reports").json()
    by_source = {r["source"]: r for r in body["reports"]}
    assert body["count"] == len(by_source) == 14
    huaian = by_source["huaian-szf-2024.pdf"]
    assert huaian["year"] == 2024 and "淮安" in huaian["title"]


def test_ask_answers_with_a_verified_citation(app):
    response = call(app, "POST", "/api/ask", json={"question": QUESTION})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["answered"] is True and answer["verified"] is True
    assert "3985758" in digits(answer["answer"])
    cited = [c for c in answer["citations"] if c["source"] == "huaian-szf-2024.pdf"]
    assert cited and "主动公开政府信息情况" in cited[0]["section"]
    assert "3985758" in digits(cited[0]["quote"]) and "3985758" in cited[0]["figures"]
    assert {"question", "answer", "answered", "citations", "verified"} <= answer.keys()


def test_ask_refuses_what_the_reports_do_not_hold(app):
    answer = call(app, "POST", "/api/ask", json={"question": REFUSED}).json()
    assert answer["answered"] is False
    assert answer["citations"] == []


def test_ask_restricted_to_sources(app):
    inside = call(app, "POST", "/api/ask", json={"question": QUESTION, "sources": ["huaian-szf-2024.pdf"],
                                                  "top_k": 5}).json()
    assert inside["answered"] is True
    assert {c["source"] for c in inside["citations"]} == {"huaian-szf-2024.pdf"}
    outside = call(app, "POST", "/api/ask", json={"question": QUESTION, "sources": ["wuwei-szf-2020.txt"]}).json()
    assert outside["answered"] is False


@pytest.mark.parametrize("kwargs", [
    pytest.param({"json": {}}, id="missing question"),
    pytest.param({"json": {"question": ""}}, id="empty"),
    pytest.param({"json": {"question": "   "}}, id="blank"),
    pytest.param({"json": {"question": "问" * 501}}, id="too long"),
    pytest.param({"json": {"question": 42}}, id="question not a string"),
    pytest.param({"json": {"question": QUESTION, "top_k": "5"}}, id="top_k not an int"),
    pytest.param({"json": {"question": QUESTION, "top_k": 0}}, id="top_k out of range"),
    pytest.param({"json": {"question": QUESTION, "sources": "huaian-szf-2024.pdf"}}, id="sources not a list"),
    pytest.param({"json": {"question": QUESTION, "sources": ["no-such-report.pdf"]}}, id="unknown source"),
    pytest.param({"json": {"question": QUESTION, "colour": "red"}}, id="unknown field"),
    pytest.param({"json": [QUESTION]}, id="not an object"),
    pytest.param({"content": b"{not json", "headers": {"content-type": "application/json"}}, id="not JSON"),
    pytest.param({}, id="no body"),
])
def test_bad_requests_get_a_json_error(app, kwargs):
    response = call(app, "POST", "/api/ask", **kwargs)
    assert response.status_code == 422, response.text
    body = response.json()
    assert isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in response.text


def test_composers_are_closed_to_clients_unless_listed(app):
    response = call(app, "POST", "/api/ask", json={"question": QUESTION, "llm": "openai:gpt-x"})
    assert response.status_code == 403 and "GONGKAI_API_LLMS" in response.json()["error"]
    assert call(app, "POST", "/api/ask", json={"question": QUESTION, "llm": "extractive"}).status_code == 200


def test_library_errors_become_json(service):
    open_app = create_app(service.settings.with_(api_llms="no-such-backend"), service=Gongkai(
        service.settings.with_(api_llms="no-such-backend")))
    response = call(open_app, "POST", "/api/ask", json={"question": QUESTION, "llm": "no-such-backend"})
    assert response.status_code == 400
    assert "no-such-backend" in response.json()["error"]


def test_openapi_docs(app):
    schema = call(app, "GET", "/openapi.json").json()
    assert {"/api/ask", "/api/reports", "/healthz"} <= schema["paths"].keys()
    page = call(app, "GET", "/docs")
    assert page.status_code == 200
    # Swagger UI from the app itself (an installed package), never from a CDN.
    assert "docs-static/swagger-ui-bundle.js" in page.text and "cdn" not in page.text.lower()
    script = call(app, "GET", "/docs-static/swagger-ui-bundle.js")
    assert script.status_code == 200 and len(script.content) > 100_000
    assert call(app, "GET", "/docs-static/swagger-editor-bundle.js").status_code == 404  # only what /docs needs


@pytest.mark.parametrize("method, url, status", [
    ("GET", "/api/nope", 404), ("POST", "/api/a/b/c", 404), ("GET", "/api/ask", 405),
    ("DELETE", "/api/reports", 405),
])
def test_unknown_api_routes_answer_in_the_api_shape(app, method, url, status):
    response = call(app, method, url)
    assert response.status_code == status
    body = response.json()
    assert isinstance(body["error"], str) and body["error"] and "detail" not in body
    if status == 405:
        assert response.headers["allow"]


def test_widget_and_embed_script(app, service):
    widget = call(app, "GET", "/widget", params={"title": "<b>x</b>"})
    assert widget.status_code == 200
    assert "frame-ancestors *" in widget.headers["content-security-policy"]
    assert "<b>x</b>" not in widget.text  # the title is set by widget.js as text, never by the server
    script = call(app, "GET", "/embed.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert call(app, "GET", "/widget-static/widget.js").status_code == 200

    narrow = create_app(service.settings.with_(frame_ancestors="'self' https://portal.example.gov.cn"),
                        service=service)
    csp = call(narrow, "GET", "/widget").headers["content-security-policy"]
    assert "frame-ancestors 'self' https://portal.example.gov.cn" in csp


def test_upload_page_only_with_an_admin_token(app, service):
    assert call(app, "GET", "/admin").status_code == 404
    admin = create_app(service.settings.with_(admin_token="s3cret"), service=service)
    page = call(admin, "GET", "/admin")
    assert page.status_code == 200 and "gk-admin-form" in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    # The chat itself takes no file in any configuration.
    for application in (app, admin):
        config = call(application, "GET", "/config").json()
        assert not {c.get("type") for c in config["components"]} & {"file", "uploadbutton", "image",
                                                                      "multimodaltextbox"}


def test_domain_layers_do_not_import_the_web_stack():
    code = ("import sys, assistant, assistant.service, assistant.ask.pipeline, assistant.ingest.pipeline, vectorstore; "
            "print(sorted(m for m in ('gradio', 'fastapi', 'starlette', 'uvicorn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_facts_as_json_and_csv(app):
    body = call(app, "GET", "/api/facts", params={"body": "淮安", "key": "art20.penalty"}).json()
    assert body["count"] == 1 and body["facts"][0]["value"] == "3985758"
    assert body["facts"][0]["label_en"] == "administrative penalties (decisions made this year)"
    csv_response = call(app, "GET", "/api/facts", params={"key": "apply.new", "format": "csv"})
    assert csv_response.status_code == 200 and csv_response.headers["content-type"].startswith("text/csv")
    assert "apply.new.natural_person" in csv_response.text and "3001" in csv_response.text
    bad = call(app, "GET", "/api/facts", params={"key": "<script>"})
    assert bad.status_code == 422 and "error" in bad.json()
    assert call(app, "GET", "/api/check").json() == {"count": 0, "findings": []}


def test_examples_for_the_widget(app):
    body = call(app, "GET", "/api/examples", params={"lang": "zh", "source": ["huaian-szf-2024.pdf"]}).json()
    assert [r["source"] for r in body["reports"]] == ["huaian-szf-2024.pdf"] and body["reports"][0]["demo"] is False
    assert body["examples"] and all("淮安市" in q for q in body["examples"])
    everything = call(app, "GET", "/api/examples", params={"lang": "en"}).json()
    assert len(everything["reports"]) == 14 and everything["examples"][0].startswith("How many")
    assert call(app, "GET", "/api/examples", params={"lang": "fr"}).status_code == 422
