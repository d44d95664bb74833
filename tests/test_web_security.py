"""Regression tests for the holes an attacker's probe found in the web app (issue: security).

Each test runs the real app under uvicorn on a loopback port and talks to it over HTTP, the way
an attacker would: Gradio's queue protocol, its upload route, the admin upload, CORS preflights.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.web import create_app

TOKEN = "security-test-token"
SECRET = "TOP-SECRET-CONTENT-7f3a"
REPORT = "青岩镇人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度青岩镇主动公开政府信息318条。\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("gradio-cache")


@pytest.fixture(scope="module")
def server(tmp_path_factory, cache_dir):
    mp = pytest.MonkeyPatch()
    mp.setenv("GRADIO_TEMP_DIR", str(cache_dir))
    home = tmp_path_factory.mktemp("sec-home")
    secret = tmp_path_factory.mktemp("private") / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    report = tmp_path_factory.mktemp("reports") / "qingyan-zzf-2022.txt"
    report.write_text(REPORT, encoding="utf-8")
    service = Gongkai(Settings(home=home, admin_token=TOKEN, max_file_mb=1))
    assert service.ingest([report]).ok
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(service.settings, service=service), host="127.0.0.1",
                                        port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "secret": secret, "home": home}
    srv.should_exit = True
    thread.join(timeout=10)
    mp.undo()


def _cached_secret(cache_dir: Path) -> list[Path]:
    return [p for p in cache_dir.rglob("*") if p.is_file() and SECRET in p.read_text(errors="ignore")]


def _file_part(path: Path) -> list[dict]:
    return [{"role": "user", "content": [{"type": "file", "file": {"path": str(path), "meta": {"_type": "gradio.FileData"}}}]}]


def _run_event(base: str, fn_index: int, data: list, session: str) -> str:
    joined = httpx.post(f"{base}/gradio_api/queue/join", timeout=30,
                        json={"data": data, "fn_index": fn_index, "session_hash": session,
                              "event_data": None, "trigger_id": None})
    if joined.status_code != 200:
        return joined.text
    out = ""
    with httpx.stream("GET", f"{base}/gradio_api/queue/data?session_hash={session}", timeout=30) as resp:
        for line in resp.iter_lines():
            out += line + "\n"
            if "process_completed" in line or "close_stream" in line:
                break
    return out


def test_no_event_copies_or_serves_a_server_file(server, cache_dir):
    """Every chat event, called with a history/file part naming a server file in every input
    slot: nothing is copied into Gradio's cache and nothing of the file comes back."""
    base, secret = server["url"], server["secret"]
    config = httpx.get(f"{base}/config").json()
    payload = _file_part(secret)
    for n, dep in enumerate(config["dependencies"]):
        data = [payload for _ in dep["inputs"]]
        out = _run_event(base, dep["id"], data, f"attack{n}")
        assert SECRET not in out
        for url in set(__import__("re").findall(r'"url":\s*"([^"]+)"', out)):
            assert SECRET not in httpx.get(url if url.startswith("http") else base + url).text
    assert _cached_secret(cache_dir) == []
    # Asking Gradio for the path directly is refused too.
    for route in (f"/gradio_api/file={secret}", f"/file={secret}", f"/gradio_api/file/{secret}"):
        response = httpx.get(base + route)
        assert response.status_code == 404 and SECRET not in response.text


def test_anonymous_gradio_upload_is_refused(server, cache_dir):
    before = sorted(cache_dir.rglob("*"))
    response = httpx.post(server["url"] + "/gradio_api/upload", files={"files": ("x.txt", b"fill the disk")})
    assert response.status_code == 404
    assert sorted(cache_dir.rglob("*")) == before


def test_wrong_token_upload_stores_nothing(server, cache_dir):
    uploads = server["home"] / "uploads"
    before = sorted(cache_dir.rglob("*"))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        response = httpx.post(server["url"] + "/api/admin/upload", headers=headers,
                              files={"files": ("evil-2022.txt", REPORT.encode())})
        assert response.status_code == 403, response.text
        assert "error" in response.json()
    assert not uploads.exists() or not any(uploads.iterdir())
    assert sorted(cache_dir.rglob("*")) == before


def test_token_holder_ingests_only_what_they_upload(server):
    url = server["url"] + "/api/admin/upload"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    # A name that tries to climb out of the upload folder is reduced to its last part.
    response = httpx.post(url, headers=auth, files={"files": ("../../qingyan-up-2022.txt", REPORT.encode())})
    assert response.status_code == 200, response.text
    assert [r["source"] for r in response.json()["ingested"]] == ["qingyan-up-2022.txt"]
    assert (server["home"] / "uploads" / "qingyan-up-2022.txt").is_file()
    # There is no field that names a server path: extra fields are ignored, only files count.
    response = httpx.post(url, headers=auth, data={"path": str(server["secret"])})
    assert response.status_code == 422
    # Control and bidi characters in a name are refused, and so are duplicates in one batch.
    response = httpx.post(url, headers=auth, files={"files": ("evil\u202egpj.txt", b"x")})
    assert response.status_code == 422 and "control" in response.json()["error"]
    response = httpx.post(url, headers=auth, files=[("files", ("a-2022.txt", b"one")), ("files", ("a-2022.txt", b"two"))])
    assert response.status_code == 422 and "twice" in response.json()["error"]


def test_upload_over_the_size_limit_is_refused(server):
    big = b"x" * (1024 * 1024 + 10)  # the server allows 1 MB per file
    response = httpx.post(server["url"] + "/api/admin/upload", headers={"Authorization": f"Bearer {TOKEN}"},
                          files={"files": ("big-2022.txt", big)})
    assert response.status_code == 413
    assert not (server["home"] / "uploads" / "big-2022.txt").exists()


def test_api_body_size_is_bounded(server):
    body = json.dumps({"question": "x" * (2 * 1024 * 1024)})
    response = httpx.post(server["url"] + "/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "error" in response.json()

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(64):
            yield b"x" * 65536

    response = httpx.post(server["url"] + "/api/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_cors_only_for_configured_origins_and_no_framing(server):
    preflight = httpx.options(server["url"] + "/api/ask", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-credentials" not in preflight.headers
    page = httpx.get(server["url"] + "/")
    assert page.status_code == 200
    assert "frame-ancestors 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "SAMEORIGIN"


def test_configured_cors_origin_is_allowed_without_credentials(tmp_path):
    import asyncio

    settings = Settings(home=tmp_path / "h", cors_origins="https://portal.example.gov.cn")
    app = create_app(settings)

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            return await client.options("/api/ask", headers={"Origin": "https://portal.example.gov.cn",
                                                            "Access-Control-Request-Method": "POST"})

    response = asyncio.run(go())
    assert response.headers["access-control-allow-origin"] == "https://portal.example.gov.cn"
    assert "access-control-allow-credentials" not in response.headers
