"""Many clients at once: the HTTP API and the Gradio chat under concurrent load.

    python bench/load.py                          # 50 API clients × 5 questions, 20 chat sessions × 3
    python bench/load.py --api-clients 5 --api-questions 2 --chat-sessions 2 --chat-questions 2
    python bench/load.py --url http://127.0.0.1:7860   # a server that is already running

Without --url the app is served here (uvicorn on a loopback port, ``assistant.web.create_app``)
over an index of the real reports in ../shared/eval/docs (or --docs), built under a temporary
home. Questions are the dev suite's (../shared/eval/dev.suite.yaml) about the indexed reports.

First one client asks every question alone (the reference answers), then all clients start
together: API clients POST /api/ask; chat sessions speak Gradio's queue protocol (POST
/gradio_api/queue/join with a session hash, then read /gradio_api/queue/data until the event
completes), each session asking its questions in turn, its history kept on the server. Reports
per channel: requests, errors (non-200, a failed event, an error message in the chat; must be 0),
latency p50/p95 (the API: the request; the chat: join to completion, queue wait included) and
how many answers equal the reference answer of their channel.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EVAL = Path(os.environ.get("GONGKAI_EVAL_DIR", REPO.parent / "shared" / "eval"))
TIMEOUT = 300.0


@dataclass
class Channel:
    """What one channel (API or chat) measured."""

    name: str
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    same: int = 0
    different: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, ms: float, answer: str | None, reference: str | None, error: str | None = None) -> None:
        with self.lock:
            self.latencies_ms.append(ms)
            if error is not None:
                self.errors.append(error)
            elif answer == reference:
                self.same += 1
            else:
                self.different.append(answer or "")

    def summary(self) -> dict:
        values = sorted(self.latencies_ms)
        def pct(q: float) -> float:
            return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0
        return {"requests": len(values), "errors": len(self.errors), "p50_ms": round(pct(0.5), 1),
                "p95_ms": round(pct(0.95), 1), "mean_ms": round(statistics.fmean(values), 1) if values else 0.0,
                "same_as_single_client": self.same, "first_errors": self.errors[:3]}


# --------------------------------------------------------------------------- the two channels


def api_answer(client: httpx.Client, question: str) -> tuple[str | None, str | None]:
    """(answer text, None) or (None, error)."""
    response = client.post("/api/ask", json={"question": question})
    if response.status_code != 200:
        return None, f"HTTP {response.status_code}: {response.text[:200]}"
    return response.json()["answer"], None


def ask_fn_index(client: httpx.Client) -> int:
    """The id of the chat's "ask" event (its inputs: question text, the server-side messages
    and turns States, the report filter, the language State)."""
    config = client.get("/config").json()
    for dep in config["dependencies"]:
        if dep.get("api_name") == "ask":
            return dep["id"]
    raise SystemExit("the chat has no 'ask' event")


def chat_answer(client: httpx.Client, fn_index: int, session: str, question: str) -> tuple[str | None, str | None]:
    """One chat turn through Gradio's queue: the assistant's last message, or an error."""
    joined = client.post("/gradio_api/queue/join", json={
        "data": [question, None, None, [], None], "fn_index": fn_index, "session_hash": session,
        "event_data": None, "trigger_id": None})
    if joined.status_code != 200:
        return None, f"join HTTP {joined.status_code}: {joined.text[:200]}"
    event_id = joined.json().get("event_id")
    with client.stream("GET", f"/gradio_api/queue/data?session_hash={session}") as stream:
        if stream.status_code != 200:
            return None, f"data HTTP {stream.status_code}"
        for line in stream.iter_lines():
            if not line.startswith("data:"):
                continue
            message = json.loads(line[5:])
            if message.get("msg") == "process_completed" and message.get("event_id") == event_id:
                if not message.get("success"):
                    return None, f"event failed: {json.dumps(message.get('output'), ensure_ascii=False)[:200]}"
                chat = message["output"]["data"][0]
                return message_text(chat[-1]["content"]), None
            if message.get("msg") in ("close_stream", "unexpected_error"):
                return None, f"stream ended: {line[:200]}"
    return None, "stream ended without completing the event"


def message_text(content) -> str:
    """A chat message's text: Gradio sends a string or a list of parts ({"type": "text", …})."""
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def is_chat_error(message: str) -> bool:
    """Whether a chat reply is one of the chat's error messages (in either language)."""
    from assistant.web.chat import md_text
    from assistant.web.i18n import text

    return any(message == md_text(text(lang, "internal_error"))
               or message.startswith(md_text(text(lang, "error", message=""))) for lang in ("zh", "en"))


# --------------------------------------------------------------------------- running


def questions_for(docs: list[Path], suite: Path) -> list[str]:
    """The suite's questions about the reports in ``docs`` (all its questions if none is)."""
    cases = yaml.safe_load(suite.read_text(encoding="utf-8"))["cases"]
    names = {d.name for d in docs}
    chosen = [c["question"] for c in cases if (c.get("expect") or {}).get("source") in names]
    return chosen or [c["question"] for c in cases]


def run_load(url: str, questions: list[str], *, api_clients: int, api_questions: int,
             chat_sessions: int, chat_questions: int) -> dict:
    with httpx.Client(base_url=url, timeout=TIMEOUT) as client:
        fn_index = ask_fn_index(client)
        reference_api = {q: api_answer(client, q)[0] for q in questions}
        # A chat answer may depend on the session's history: the reference is one session
        # asking the same questions in the same order, alone.
        reference_chat: dict[tuple[str, ...], list[str | None]] = {}

    def chat_plan(i: int) -> tuple[str, ...]:
        return tuple(questions[(i + j) % len(questions)] for j in range(chat_questions))

    with httpx.Client(base_url=url, timeout=TIMEOUT) as client:
        for plan in dict.fromkeys(chat_plan(i) for i in range(chat_sessions)):
            session = uuid.uuid4().hex[:11]
            reference_chat[plan] = [chat_answer(client, fn_index, session, q)[0] for q in plan]

    api, chat = Channel("api"), Channel("chat")
    start = threading.Barrier(api_clients + chat_sessions)

    def api_client(i: int) -> None:
        with httpx.Client(base_url=url, timeout=TIMEOUT) as client:
            start.wait()
            for j in range(api_questions):
                question = questions[(i + j) % len(questions)]
                began = time.perf_counter()
                try:
                    answer, error = api_answer(client, question)
                except httpx.HTTPError as err:
                    answer, error = None, f"{type(err).__name__}: {err}"
                api.record((time.perf_counter() - began) * 1000, answer, reference_api[question], error)

    def chat_session(i: int) -> None:
        plan = chat_plan(i)
        session = uuid.uuid4().hex[:11]
        with httpx.Client(base_url=url, timeout=TIMEOUT) as client:
            start.wait()
            for question, reference in zip(plan, reference_chat[plan]):
                began = time.perf_counter()
                try:
                    answer, error = chat_answer(client, fn_index, session, question)
                except httpx.HTTPError as err:
                    answer, error = None, f"{type(err).__name__}: {err}"
                if error is None and is_chat_error(answer or ""):
                    error = f"error message in the chat: {answer[:200]}"
                chat.record((time.perf_counter() - began) * 1000, answer, reference, error)

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=api_clients + chat_sessions) as pool:
        jobs = [pool.submit(api_client, i) for i in range(api_clients)]
        jobs += [pool.submit(chat_session, i) for i in range(chat_sessions)]
        for job in jobs:
            job.result()
    return {"questions": len(questions), "seconds": round(time.perf_counter() - began, 1),
            "api": {"clients": api_clients, "questions_each": api_questions, **api.summary()},
            "chat": {"sessions": chat_sessions, "questions_each": chat_questions, **chat.summary()}}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """The web app over a fresh index of ``docs``, under uvicorn on a loopback port."""

    def __init__(self, docs: list[Path], home: Path, embedder: str):
        import uvicorn

        from assistant.service import Gongkai
        from assistant.settings import Settings
        from assistant.web import create_app

        os.environ.setdefault("GRADIO_TEMP_DIR", str(home / "gradio"))
        self.service = Gongkai(Settings(home=home, embedder=embedder))
        result = self.service.ingest(docs)
        if not result.ok:
            raise SystemExit(f"could not ingest: {result.failures}")
        port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(create_app(self.service.settings, service=self.service),
                                                    host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{port}"

    def __enter__(self) -> "Served":
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise SystemExit("the web app did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api-clients", type=int, default=50)
    parser.add_argument("--api-questions", type=int, default=5, help="questions per API client")
    parser.add_argument("--chat-sessions", type=int, default=20)
    parser.add_argument("--chat-questions", type=int, default=3, help="questions per chat session")
    parser.add_argument("--url", help="a running server to load (default: serve one here)")
    parser.add_argument("--docs", nargs="*", type=Path, help="reports to index (default: ../shared/eval/docs)")
    parser.add_argument("--embedder", default="use-m3")
    parser.add_argument("--suite", type=Path, default=EVAL / "dev.suite.yaml", help="where the questions come from")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)

    docs = args.docs or sorted(p for p in (EVAL / "docs").iterdir() if p.is_file())
    questions = questions_for(docs, args.suite)
    load = dict(api_clients=args.api_clients, api_questions=args.api_questions,
                chat_sessions=args.chat_sessions, chat_questions=args.chat_questions)
    if args.url:
        result = run_load(args.url, questions, **load)
    else:
        with tempfile.TemporaryDirectory(prefix="gongkai-load-") as tmp, Served(docs, Path(tmp), args.embedder) as app:
            result = run_load(app.url, questions, **load)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"{result['questions']} distinct questions, {result['seconds']} s under load")
        for name in ("api", "chat"):
            r = result[name]
            total = r["requests"]
            print(f"{name:5} {total:4} requests  errors {r['errors']}  p50 {r['p50_ms']:.0f} ms  "
                  f"p95 {r['p95_ms']:.0f} ms  same as single client {r['same_as_single_client']}/{total}")
            for error in r["first_errors"]:
                print(f"      error: {error}")
    return result


if __name__ == "__main__":
    outcome = main()
    sys.exit(1 if outcome["api"]["errors"] or outcome["chat"]["errors"] else 0)
