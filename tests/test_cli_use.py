"""The command line as people use it: list's header and order, 'unchanged' on re-ingest, plain
messages for a missing path and an empty question, removing the demo reports, and the
`gongkai serve` daemon that `gongkai ask` answers through (the fake embedder stands in for the
model: these check the faces, not retrieval)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
FAKE = "fake:64"


def run_cli(*args: str, home: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "GONGKAI_HOME": str(home), "GONGKAI_EMBEDDER": FAKE}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli-home")
    out = run_cli("ingest", str(DEMO), "--quiet", home=home)
    assert out.returncode == 0, out.stderr
    return home


def test_list_has_a_header_and_is_sorted_by_body_then_year(demo_home, tmp_path, eval_docs):
    home = tmp_path / "home"
    shutil.copytree(demo_home, home)
    assert run_cli("ingest", str(eval_docs / "lishui-szf-2024.txt"), "--quiet", home=home).returncode == 0
    lines = run_cli("list", home=home).stdout.splitlines()
    assert lines[0] == "body\tyear\tsource\tpassages\ttitle"
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == 4 and [(r[0], r[1]) for r in rows] == sorted((r[0], r[1]) for r in rows)
    sources = [r[2] for r in rows]
    assert sources.index("qingxi-szf-2022.md") + 1 == sources.index("qingxi-szf-2024.md")  # one body, by year


def test_reingesting_says_unchanged(demo_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(demo_home, home)
    out = run_cli("ingest", str(DEMO), "--quiet", home=home)
    assert out.returncode == 0
    assert out.stdout.count("  unchanged qingxi-") == 3 and "  ingested" not in out.stdout
    changed = tmp_path / "qingxi-szf-2022.md"
    changed.write_text((DEMO / "qingxi-szf-2022.md").read_text(encoding="utf-8").replace("。", "。\n另：本段为测试追加。", 1),
                       encoding="utf-8")
    again = run_cli("ingest", str(changed), "--quiet", home=home)
    assert "  ingested qingxi-szf-2022.md" in again.stdout and "added" in again.stdout


def test_a_missing_path_is_named_as_missing(tmp_path):
    out = run_cli("ingest", str(tmp_path / "missing" / "path"), home=tmp_path / "home")
    assert out.returncode == 1
    assert "no such file or folder" in out.stderr and "unsupported" not in out.stderr


@pytest.mark.parametrize("question", ["", "   "])
def test_an_empty_question_is_a_usage_error(tmp_path, question):
    out = run_cli("ask", question, home=tmp_path / "home")
    assert out.returncode == 2
    assert out.stderr.startswith("gongkai: error: the question is empty") and out.stdout == ""


def test_remove_demo_removes_only_the_fictional_reports(demo_home, tmp_path, eval_docs):
    home = tmp_path / "home"
    shutil.copytree(demo_home, home)
    assert run_cli("ingest", str(eval_docs / "lishui-szf-2024.txt"), "--quiet", home=home).returncode == 0
    out = run_cli("remove", "--demo", home=home)
    assert out.returncode == 0 and out.stdout.count("removed qingxi-") == 3
    listed = run_cli("list", home=home).stdout
    assert "lishui-szf-2024.txt" in listed and "qingxi" not in listed
    assert "no demo reports" in run_cli("remove", "--demo", home=home).stdout
    assert run_cli("remove", home=home).returncode == 2


def test_ask_answers_through_the_daemon(demo_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(demo_home, home)
    env = {**os.environ, "GONGKAI_HOME": str(home), "GONGKAI_EMBEDDER": FAKE}
    daemon = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sock = home / "run" / "ask.sock"
    try:
        deadline = time.monotonic() + 120
        while not sock.exists():
            assert daemon.poll() is None and time.monotonic() < deadline, daemon.stderr.read()
            time.sleep(0.2)
        assert oct(sock.stat().st_mode & 0o777) == "0o600" and oct(sock.parent.stat().st_mode & 0o777) == "0o700"
        question = "青溪市2024年行政处罚的本年处理决定数量是多少？"
        started = time.monotonic()
        out = run_cli("ask", question, "--json", home=home)
        warm = time.monotonic() - started
        assert out.returncode == 0, out.stderr
        answer = json.loads(out.stdout)
        assert "99571" in answer["answer"] and answer["citations"][0]["source"] == "qingxi-szf-2024.md"
        assert warm < 5, f"an answer through the daemon took {warm:.1f} s"
        # The same answer in-process, and the daemon refuses what the API refuses.
        alone = json.loads(run_cli("ask", question, "--json", "--no-daemon", home=home).stdout)
        assert alone["answer"] == answer["answer"]
        long = run_cli("ask", "问" * 501, home=home)
        assert long.returncode == 1 and "500" in long.stderr
        # Another index (another embedder) is not answered by this daemon.
        other = run_cli("ask", question, "--json", "--embedder", "fake:32", home=home)
        assert other.returncode == 1 and "embedder" in other.stderr.lower()
        # A second daemon on the same home is refused.
        second = run_cli("serve", home=home, timeout=120)
        assert second.returncode == 1 and "already answers" in second.stderr
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
    assert not sock.exists()  # stopped cleanly, the socket went with it
    assert run_cli("ask", "青溪市2024年行政处罚的本年处理决定数量是多少？", home=home).returncode == 0
