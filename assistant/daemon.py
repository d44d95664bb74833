"""``gongkai serve``: a small local daemon, so that repeated ``gongkai ask`` answer at once.

A cold ``gongkai ask`` spends its seconds before the question: importing chromadb (~1 s), then
loading the embedding model, jieba's dictionary and the lexical index (~3 s over the demo
reports); the answer itself takes milliseconds. ``gongkai serve`` pays that once and keeps the
index open; ``gongkai ask`` first tries the daemon's unix socket and, when none answers for the
same index, answers in its own process as before.

- **Where**: ``GONGKAI_HOME/run/ask.sock`` (a folder only the owner may enter, a socket only the
  owner may open). A home whose path is too long for a socket address uses
  ``/tmp/gongkai-<uid>/<hash of the home>.sock`` (that folder also owner-only).
- **What**: one JSON line per request (``{"question", "llm", "top_k", "history", "index"}``),
  answered by JSON lines: ``{"delta": text}`` while the answer is written, then
  ``{"answer": Answer.to_dict()}``, or ``{"error": message}``. ``index`` names the index the
  client means (home, embedder, collection, Chroma URL); a daemon over another index answers
  ``{"mismatch": true}`` and the client answers in-process.
- **Bounded**: a request line is at most 64 KB, the question 500 characters, the history
  20 questions, as in the HTTP API.

Only the same user reaches the socket, so it needs no token; the daemon reads the index and
never writes it (ingest and remove run in their own processes; the daemon's readers reopen
when another process changed the index, as the web app's do).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import socketserver
import sys
import tempfile
import threading
from pathlib import Path
from typing import Iterator

MAX_LINE = 64 * 1024
MAX_QUESTION = 500
MAX_HISTORY = 20
SOCKET_PATH_MAX = 100  # sockaddr_un holds 108 bytes on Linux, fewer elsewhere


def index_key(settings) -> dict:
    """What identifies the index a process answers from."""
    return {"home": str(Path(settings.home).expanduser().resolve()), "embedder": settings.embedder,
            "collection": settings.collection, "chroma_url": settings.chroma_url or ""}


def socket_path(settings) -> Path:
    home = Path(settings.home).expanduser().resolve()
    path = home / "run" / "ask.sock"
    if len(os.fsencode(path)) <= SOCKET_PATH_MAX:
        return path
    digest = hashlib.sha1(os.fsencode(home)).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"gongkai-{os.getuid()}" / f"{digest}.sock"


def _private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    if folder.stat().st_uid != os.getuid():
        raise PermissionError(f"{folder} belongs to another user")


# --------------------------------------------------------------------------- client
def ask_via_daemon(settings, question: str, *, llm: str | None = None, top_k: int | None = None,
                   history: list[str] | None = None, timeout: float = 120.0) -> Iterator[dict] | None:
    """The daemon's reply lines for one question, or None when no daemon answers for this index
    (no socket, a stale one, or a daemon over another index). Connecting costs ~1 ms."""
    path = socket_path(settings)
    if not path.exists():
        return None
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(timeout)
    try:
        conn.connect(str(path))
        request = {"question": question, "llm": llm, "top_k": top_k, "history": history or [],
                   "index": index_key(settings)}
        conn.sendall(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        reader = conn.makefile("rb")
        first = reader.readline(MAX_LINE * 16)
    except OSError:
        conn.close()
        return None
    if not first:
        conn.close()
        return None
    head = json.loads(first)
    if head.get("mismatch"):
        conn.close()
        return None

    def lines() -> Iterator[dict]:
        try:
            yield head
            for raw in reader:
                yield json.loads(raw)
        finally:
            conn.close()

    return lines()


# --------------------------------------------------------------------------- server
class _Handler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        raw = self.rfile.readline(MAX_LINE + 1)
        try:
            if len(raw) > MAX_LINE:
                raise ValueError("the request is too long")
            request = json.loads(raw)
            if not isinstance(request, dict):
                raise ValueError("the request is not a JSON object")
        except ValueError as err:
            return self._send({"error": str(err)})
        if request.get("index") != self.server.key:
            return self._send({"mismatch": True})
        question = request.get("question")
        history = request.get("history") or []
        if not isinstance(question, str) or not question.strip():
            return self._send({"error": "the question is empty"})
        if len(question) > MAX_QUESTION:
            return self._send({"error": f"the question is over {MAX_QUESTION} characters"})
        if (not isinstance(history, list) or len(history) > MAX_HISTORY
                or not all(isinstance(h, str) and len(h) <= MAX_QUESTION for h in history)):
            return self._send({"error": "history: at most 20 earlier questions of 500 characters"})
        top_k = request.get("top_k")
        llm = request.get("llm")
        if top_k is not None and (not isinstance(top_k, int) or not 1 <= top_k <= 50):
            return self._send({"error": "top_k: 1 to 50"})
        if llm is not None and not isinstance(llm, str):
            return self._send({"error": "llm: a composer spec"})
        from assistant.errors import GongkaiError

        try:
            for kind, value in self.server.service.ask_stream(question.strip(), llm=llm, top_k=top_k,
                                                              history=history or None):
                if kind == "delta":
                    self._send({"delta": value})
                elif kind == "answer":
                    self._send({"answer": value.to_dict()})
        except GongkaiError as err:
            self._send({"error": str(err)})
        except BrokenPipeError:
            pass
        except Exception as err:  # the daemon keeps serving; the client prints one line
            print(f"gongkai serve: {question!r} failed: {type(err).__name__}: {err}", file=sys.stderr)
            self._send({"error": f"internal error ({type(err).__name__})"})

    def _send(self, message: dict) -> None:
        self.wfile.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
        self.wfile.flush()


class _Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


def serve(service, *, warm: bool = True, ready: threading.Event | None = None) -> None:
    """Answer on the socket until interrupted. ``warm``: open the index and load the models
    before listening, so the first client is as quick as the next."""
    path = socket_path(service.settings)
    _private_dir(path.parent)
    if path.exists():
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(str(path))
        except OSError:
            path.unlink()  # a daemon that died left its socket
        else:
            probe.close()
            raise RuntimeError(f"a gongkai daemon already answers on {path}")
    if warm:
        reports = service.reports()
        if reports:
            service.ask(f"{reports[0].get('body') or ''}{reports[0].get('year') or ''}年主动公开了多少条政府信息？")
    old_umask = os.umask(0o177)  # the socket is created owner-only
    try:
        server = _Server(str(path), _Handler)
    finally:
        os.umask(old_umask)
    server.service = service
    server.key = index_key(service.settings)
    try:
        if ready is not None:
            ready.set()
        print(f"gongkai: answering on {path} (Ctrl-C stops)", file=sys.stderr, flush=True)
        server.serve_forever(poll_interval=0.5)
    finally:
        server.server_close()
        path.unlink(missing_ok=True)
