"""Several processes on one index (issue 8): a long-lived reader sees what another process wrote,
concurrent `gongkai ingest` runs leave a working index, and the web app keeps answering (no
HTTP 500) while the CLI ingests, then answers about the new report.

Everything is real: Chroma's embedded index, `gongkai` subprocesses, uvicorn serving the app.
The fake embedder (hashed bigrams) stands in for the model where only the bookkeeping is tested;
the small reports are read whole by the extractive composer, so answers are still right."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from assistant.model import Passage, passage_id
from assistant.service import Gongkai
from assistant.settings import Settings
from vectorstore.chroma_store import PassageStore
from vectorstore.embeddings import get_embedder

FAKE = "fake:64"
SMALL = ["changchun-szfbgt-2024.txt", "taian-szfbgs-2021.txt", "xiaogan-szfbgs-2020.txt", "wuwei-szf-2020.txt"]
CHANGCHUN_Q = "长春市人民政府办公厅2024年共受理了多少件政府信息公开申请？其中自然人申请多少件？"
LISHUI_Q = "丽水市2024年全市新收了多少件政府信息公开申请？"


def passages(source: str, texts: list[str]) -> list[Passage]:
    section = ("一、总体情况",)
    return [Passage(text=t, source=source, title=f"{source} 报告", body="某市人民政府", year=2024,
                    section_path=section, page=None, kind="prose", ordinal=i,
                    id=passage_id(source, section[0], t)) for i, t in enumerate(texts)]


WRITE = """
import sys
from pathlib import Path
from assistant.model import Passage, passage_id
from vectorstore.chroma_store import PassageStore
from vectorstore.embeddings import get_embedder
index, source = Path(sys.argv[1]), sys.argv[2]
texts = [f"{source} 第{i}段：本年度收到申请{i * 7}件。" for i in range(40)]
store = PassageStore(get_embedder("fake:64"), path=index)
store.replace_source(source, [Passage(text=t, source=source, title=source, body="某市人民政府", year=2024,
                                      section_path=("一、总体情况",), page=None, kind="prose", ordinal=i,
                                      id=passage_id(source, "一、总体情况", t)) for i, t in enumerate(texts)],
                     {"title": source})
"""


def write_in_another_process(index: Path, source: str) -> None:
    """40 passages of ``source`` written by a new process, as `gongkai ingest` would."""
    subprocess.run([sys.executable, "-c", WRITE, str(index), source], check=True, timeout=120,
                   env=os.environ | {"ANONYMIZED_TELEMETRY": "False"})


def test_a_reader_sees_what_another_process_wrote(tmp_path):
    index = tmp_path / "chroma"
    store = PassageStore(get_embedder(FAKE), path=index)
    with store.writing("ingest"):
        store.replace_source("a.txt", passages("a.txt", [f"甲报告第{i}段。" for i in range(30)]), {"title": "a"})
    vector = store.embedder.embed_query("b.txt 第3段")
    assert store.query(vector, 5)  # the vector index of a.txt is now loaded in this process
    before = store.version()

    write_in_another_process(index, "b.txt")
    # Without a version check first: the cached vector index lacks b.txt, Chroma says
    # "Error finding id", the store reopens and retries once.
    hits = store.query(vector, 5, where={"source": "b.txt"})
    assert len(hits) == 5 and {p.source for p, _ in hits} == {"b.txt"}

    write_in_another_process(index, "c.txt")
    assert store.version() != before  # the stamp shows the write; the client is reopened
    assert {p.source for p, _ in store.query(vector, 5, where={"source": "c.txt"})} == {"c.txt"}
    assert store.sources() == {"a.txt", "b.txt", "c.txt"} and store.count() == 110


def test_threads_keep_reading_while_the_client_is_reopened(tmp_path):
    """The web app answers from several threads; a reopen (after another process's write)
    must wait for the calls in flight and hold new ones back, never close a client in use."""
    store = PassageStore(get_embedder(FAKE), path=tmp_path / "chroma")
    store.replace_source("a.txt", passages("a.txt", [f"甲报告第{i}段：申请{i}件。" for i in range(40)]), {"title": "a"})
    vector = store.embedder.embed_query("第3段")
    errors: list[BaseException] = []
    reads = [0]
    stop = threading.Event()

    def read():
        while not stop.is_set():
            try:
                assert len(store.query(vector, 5, where={"source": "a.txt"})) == 5
                assert store.count() == 40 and len(store.all_passages()) == 40 and store.version()
                reads[0] += 1
            except BaseException as err:  # noqa: BLE001 - any failure of a reader thread counts
                errors.append(err)
                return

    readers = [threading.Thread(target=read) for _ in range(6)]
    for t in readers:
        t.start()
    generation = store._conn.generation
    for _ in range(30):
        assert store._conn.reopen(store._conn.generation)
        time.sleep(0.01)
    stop.set()
    for t in readers:
        t.join(timeout=60)
    assert errors == [] and reads[0] > 30
    assert store._conn.generation == generation + 30


# --------------------------------------------------------------------------- the CLI, concurrently


def cli(*args: str, home: Path, timeout: float = 300, **popen) -> subprocess.Popen:
    env = os.environ | {"GONGKAI_HOME": str(home), "GONGKAI_EMBEDDER": FAKE, "HF_HUB_OFFLINE": "1",
                        "ANONYMIZED_TELEMETRY": "False"}
    return subprocess.Popen([sys.executable, "-m", "assistant.cli", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def finish(proc: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


@pytest.fixture
def small_corpus(tmp_path, eval_docs) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(eval_docs / name, folder / name)
    return folder


CHECK = """
import contextlib, io, json, sys
from assistant.cli import main
def run(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()
code, asked = run("ask", sys.argv[1], "--json")
answer = json.loads(asked)
assert code == 0 and answer["answered"] and "95" in answer["answer"], asked
code, listed = run("list")
lines = listed.splitlines()  # a header, then one line per report
assert code == 0 and lines[0].startswith("body\t") and len(lines) == int(sys.argv[3]) + 1, listed
code, again = run("ingest", sys.argv[2], "--quiet")
assert code == 0 and "(0 new, 0 removed)" in again, again
print("ok")
"""


def test_the_cli_says_whom_it_waits_for_and_gives_up_after_lock_wait(tmp_path, eval_docs):
    from test_locks import hold_in_process

    home = tmp_path / "home"
    holder = hold_in_process(home / "locks" / "chroma.writer", "ingest", 60)
    try:
        code, out, err = finish(cli("ingest", str(eval_docs / "taian-szfbgs-2021.txt"), "--quiet",
                                    "--lock-wait", "0.5", home=home))
    finally:
        holder.kill()
        holder.wait()
    lines = err.splitlines()
    [waiting] = [line for line in lines if "waiting up to" in line]
    assert code == 1
    assert waiting.startswith(f"gongkai: another gongkai ingest (pid {holder.pid}") and "0.5 s" in waiting
    assert lines[-1].startswith("gongkai: error: another gongkai ingest") and "GONGKAI_LOCK_WAIT" in lines[-1]


@pytest.mark.slow
def test_concurrent_ingests_leave_a_working_index(tmp_path, small_corpus):
    """Two `gongkai ingest` runs of one corpus at once, ten times: each index answers, lists
    every report and takes another ingest (which finds nothing to do). One process checks all
    three (`gongkai ask`, `list`, `ingest`), to keep the test short."""
    broken = []
    for run in range(10):
        home = tmp_path / f"home-{run}"
        both = [cli("ingest", str(small_corpus), "--quiet", home=home) for _ in range(2)]
        results = [finish(p) for p in both]
        check = subprocess.run([sys.executable, "-c", CHECK, CHANGCHUN_Q, str(small_corpus), str(len(SMALL))],
                               capture_output=True, text=True, timeout=300,
                               env=os.environ | {"GONGKAI_HOME": str(home), "GONGKAI_EMBEDDER": FAKE})
        if any(code != 0 for code, _, _ in results) or check.returncode != 0 or check.stdout.strip() != "ok":
            broken.append((run, results, check.returncode, check.stderr[-2000:]))
    assert broken == [], broken[0]


# --------------------------------------------------------------------------- the web app, while the CLI ingests


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path, small_corpus):
    """The web app on a loopback port over an index of the small reports, as `python app.py` runs it."""
    from assistant.web import create_app

    home = tmp_path / "served-home"
    service = Gongkai(Settings(home=home, embedder=FAKE))
    assert service.ingest([small_corpus]).ok
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(service.settings, service=service), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", home
    server.should_exit = True
    thread.join(timeout=20)


@pytest.mark.slow
def test_the_server_answers_while_the_cli_ingests_and_then_knows_the_new_report(served, eval_docs, tmp_path):
    url, home = served
    new = tmp_path / "new"
    new.mkdir()
    shutil.copy(eval_docs / "lishui-szf-2024.txt", new / "lishui-szf-2024.txt")
    statuses: dict[int, int] = {}
    failures: list[str] = []
    stop = threading.Event()

    def ask_in_a_loop(question: str):
        with httpx.Client(base_url=url, timeout=60) as client:
            while not stop.is_set():
                response = client.post("/api/ask", json={"question": question})
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                if response.status_code != 200:
                    failures.append(response.text[:300])

    askers = [threading.Thread(target=ask_in_a_loop, args=(q,)) for q in (CHANGCHUN_Q, LISHUI_Q, CHANGCHUN_Q)]
    for t in askers:
        t.start()
    try:
        time.sleep(1.0)
        path = new / "lishui-szf-2024.txt"
        steps = [("ingest", str(new), "--quiet"), ("changed", str(new), "--quiet"),
                 ("remove", path.name), ("ingest", str(new), "--quiet")]
        for step, *args in steps:  # every kind of write: add, replace passages, remove, add again
            if step == "changed":
                path.write_text(path.read_text(encoding="utf-8") + "\n附：本报告另有说明。\n", encoding="utf-8")
                step = "ingest"
            code, out, err = finish(cli(step, *args, home=home))
            assert code == 0, err
            time.sleep(0.5)
    finally:
        stop.set()
        for t in askers:
            t.join(timeout=120)
    assert failures == [] and set(statuses) == {200}, (statuses, failures[:3])
    assert sum(statuses.values()) >= 10

    answer = httpx.post(f"{url}/api/ask", json={"question": LISHUI_Q}, timeout=60).json()
    assert answer["answered"] and "1541" in answer["answer"]
    assert answer["citations"][0]["source"] == "lishui-szf-2024.txt"
    listed = httpx.get(f"{url}/api/reports", timeout=60).json()
    assert listed["count"] == len(SMALL) + 1
