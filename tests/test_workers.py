"""Several app processes over one Chroma server: a report uploaded through one is answered by
another, whose lexical index (under its own GONGKAI_HOME) follows the server's version stamp."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
import pytest

from test_chroma_store import _free_port, chroma_server  # noqa: F401  (the fixture)
from vectorstore.chroma_store import SERVER_STAMP_TTL

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
QUESTION_2022 = "青溪市人民政府2022年行政处罚的本年处理决定数量是多少？"


def _env(home: Path) -> dict:
    env = dict(os.environ, GONGKAI_HOME=str(home), GONGKAI_EMBEDDER="fake:64", GONGKAI_ADMIN_TOKEN="s3cret",
               PYTHONPATH=str(REPO))
    return env


def _serve(args: list[str], home: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(REPO / "app.py"), *args], env=_env(home), cwd=REPO,
                            stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


def _wait_up(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{url} did not come up: {log.read_text()[-3000:]}")
            time.sleep(0.5)


def _ask(url: str, question: str) -> dict:
    response = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()


def _from_2022(answer: dict) -> bool:
    return answer["answered"] and answer["citations"][0]["source"] == "qingxi-szf-2022.md"


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()  # uvicorn's supervisor stops its workers
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.mark.slow
def test_a_report_uploaded_through_one_worker_is_answered_by_another(chroma_server, tmp_path):  # noqa: F811
    home_a, home_b = tmp_path / "worker-a", tmp_path / "worker-b"
    seed = subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", str(DEMO / "qingxi-szf-2024.md"),
                           "--chroma-url", chroma_server], env=_env(home_a), cwd=REPO, capture_output=True,
                          text=True, timeout=300)
    assert seed.returncode == 0, seed.stderr
    port_a, port_b = _free_port(), _free_port()
    a = _serve(["--port", str(port_a), "--chroma-url", chroma_server], home_a, tmp_path / "a.log")
    # The other one runs two uvicorn workers of its own (the factory in app.py).
    b = _serve(["--port", str(port_b), "--chroma-url", chroma_server, "--workers", "2"], home_b, tmp_path / "b.log")
    url_a, url_b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
    try:
        _wait_up(url_a, a, tmp_path / "a.log")
        _wait_up(url_b, b, tmp_path / "b.log")
        before = _ask(url_b, QUESTION_2022)
        assert not before["answered"]  # 2022 is not in the index yet

        upload = httpx.post(f"{url_a}/api/admin/upload", headers={"Authorization": "Bearer s3cret"},
                            files=[("files", ("qingxi-szf-2022.md", (DEMO / "qingxi-szf-2022.md").read_bytes(),
                                              "text/markdown"))], timeout=300)
        assert upload.status_code == 200, upload.text

        # Another process's write is seen within SERVER_STAMP_TTL (the stamp read from the server
        # is reused that long), plus the report's lexical update: poll, then every answer from
        # b's workers must come from the new report.
        started = time.monotonic()
        while not _from_2022(_ask(url_b, QUESTION_2022)):
            assert time.monotonic() - started < 60, "b never answered from the uploaded report"
            time.sleep(0.2)
        time.sleep(SERVER_STAMP_TTL + 0.5)  # b's other worker may have read the stamp just before the upload
        answers = [_ask(url_b, QUESTION_2022) for _ in range(6)]  # both of b's workers, by chance
        assert all(_from_2022(x) for x in answers), json.dumps(answers, ensure_ascii=False)[:2000]
        assert list(home_b.glob("cache/lexical-*/manifest.json"))  # b's own lexical index
    finally:
        _stop(a)
        _stop(b)
