"""Test-only stand-ins for remote LLM services, faked at the HTTP wire level.

Each server runs on 127.0.0.1 (a free port) in a thread, answers every chat request with a
scripted text cut into the given pieces, and records what it received, so a test can check what
a real client library sent::

    with OpenAIWireServer(["淮安市", "3985758", "件[1]"]) as server:
        ...  # point ChatOpenAI at server.base_url
        server.requests[0]["body"]["model"]

- :class:`OpenAIWireServer` speaks ``POST /v1/chat/completions``: with ``"stream": true`` it sends
  Server-Sent Events (``data: {chat.completion.chunk}`` per piece, then ``data: [DONE]``),
  otherwise one ``chat.completion`` JSON object.
- :class:`OllamaWireServer` speaks ``POST /api/chat``: NDJSON lines, one per piece, then a final
  ``"done": true`` line (or one JSON object when ``"stream": false``).

``status`` other than 200 makes every request fail with that status and an error body in the
service's own shape.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Sequence


class _WireServer:
    path = ""  # the endpoint this service answers

    def __init__(self, pieces: Sequence[str], *, status: int = 200, model: str = "scripted-model"):
        self.pieces = list(pieces)
        self.status = status
        self.model = model
        self.requests: list[dict] = []  # {"path", "headers" (lower-case names), "body"} per request
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "_WireServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                body = json.loads(raw) if raw else None
                server.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
                if self.path.rstrip("/") != server.path:
                    return self._send_json(404, {"error": f"no route {self.path}"})
                if server.status != 200:
                    return self._send_json(server.status, server.error_body())
                if body.get("stream", False):
                    return self._send_stream(server.stream_lines(body))
                return self._send_json(200, server.whole(body))

            def _send_json(self, status: int, obj: dict) -> None:
                data = json.dumps(obj, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _send_stream(self, lines) -> None:
                # HTTP/1.0 style: no length, the body ends when the connection closes.
                self.send_response(200)
                self.send_header("Content-Type", server.stream_type)
                self.send_header("Connection", "close")
                self.end_headers()
                for line in lines:
                    self.wfile.write(line.encode())
                    self.wfile.flush()

            def log_message(self, *args):  # keep test output clean
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._httpd.serve_forever, name=type(self).__name__, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    # Each service's wire format.
    stream_type = "text/plain"

    def stream_lines(self, body: dict):
        raise NotImplementedError

    def whole(self, body: dict) -> dict:
        raise NotImplementedError

    def error_body(self) -> dict:
        raise NotImplementedError


class OpenAIWireServer(_WireServer):
    path = "/v1/chat/completions"
    stream_type = "text/event-stream"

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    def _chunk(self, body: dict, delta: dict, finish: str | None) -> dict:
        return {
            "id": "chatcmpl-wire",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }

    def stream_lines(self, body: dict):
        events = [self._chunk(body, {"role": "assistant", "content": ""}, None)]
        events += [self._chunk(body, {"content": piece}, None) for piece in self.pieces]
        events.append(self._chunk(body, {}, "stop"))
        for event in events:
            yield f"data: {json.dumps(event, ensure_ascii=False)}\n\n"
        yield "data: [DONE]\n\n"

    def whole(self, body: dict) -> dict:
        return {
            "id": "chatcmpl-wire",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": self.text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }

    def error_body(self) -> dict:
        return {"error": {"message": f"scripted failure {self.status}", "type": "server_error", "code": None}}


class OllamaWireServer(_WireServer):
    path = "/api/chat"
    stream_type = "application/x-ndjson"

    @property
    def base_url(self) -> str:
        return self.url

    def _line(self, body: dict, content: str, done: bool) -> dict:
        line = {
            "model": body.get("model", self.model),
            "created_at": "2026-11-24T12:00:00.000000Z",
            "message": {"role": "assistant", "content": content},
            "done": done,
        }
        if done:
            line.update(done_reason="stop", total_duration=1000, load_duration=10, prompt_eval_count=10,
                        prompt_eval_duration=100, eval_count=len(self.pieces), eval_duration=500)
        return line

    def stream_lines(self, body: dict):
        for piece in self.pieces:
            yield json.dumps(self._line(body, piece, False), ensure_ascii=False) + "\n"
        yield json.dumps(self._line(body, "", True), ensure_ascii=False) + "\n"

    def whole(self, body: dict) -> dict:
        return self._line(body, self.text, True)

    def error_body(self) -> dict:
        return {"error": f"scripted failure {self.status}"}
