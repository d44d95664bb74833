"""The web app's outer wall: an ASGI middleware in front of everything (the API, the widget and
the mounted Gradio chat).

- **No file routes.** Gradio serves and stores files through ``/gradio_api/file=…``,
  ``/gradio_api/upload`` and friends. Its path check is skipped for Blocks mounted with
  ``gr.mount_gradio_app`` (they are never ``launch()``-ed), so a crafted event payload could
  make it copy any server file into its cache and serve it. The chat takes no file input and
  serves no file, so every such route is refused here, before Gradio sees the request.
  Reports are uploaded through ``POST /api/admin/upload`` (token first, then the body).
- **Bounded bodies.** A request body larger than its route's limit is refused with 413 while it
  streams in (a lying or missing ``Content-Length`` does not get past the count).
- **Framing and sniffing.** Pages that set no Content-Security-Policy of their own (the chat)
  get ``frame-ancestors 'self'``; the widget sets its own, from ``GONGKAI_FRAME_ANCESTORS``.
"""

from __future__ import annotations

import json
import re

# Gradio routes that read, store, stream or proxy files, or expose developer tools. Matched
# against the path with any mount prefix; the chat needs none of them.
BLOCKED = re.compile(
    r"^/(?:gradio_api/)?(?:file=|file/|upload|upload_progress|proxy=|stream/|process_recording|"
    r"run-history|runs|vibe-edit|undo-vibe-edit|vibe-code|dev/|monitoring|custom_component)")

# Gradio routes that run an event with a client payload. The chat takes no file, so a payload
# holding a file reference (Gradio's FileData, which its preprocessing copies into its cache
# whatever component it is sent to) is refused outright.
EVENTS = re.compile(r"^/gradio_api/(?:queue/join|run/|call/|api/)")

DEFAULT_BODY_LIMIT = 256 * 1024  # a question, a chat event: a few KB at most

CHAT_PAGE_HEADERS = [
    (b"content-security-policy", b"frame-ancestors 'self'; object-src 'none'; base-uri 'self'"),
    (b"x-frame-options", b"SAMEORIGIN"),
]
COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
]


def names_a_file(value, depth: int = 0) -> bool:
    """Whether a decoded JSON payload holds a Gradio file reference anywhere."""
    if depth > 64:
        return True  # nesting no chat event has: refuse rather than recurse on
    if isinstance(value, dict):
        meta = value.get("meta")
        if isinstance(meta, dict) and meta.get("_type") == "gradio.FileData":
            return True
        return any(names_a_file(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(names_a_file(v, depth + 1) for v in value)
    return False


async def _json(send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *COMMON_HEADERS]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """``limits``: path prefix → largest body in bytes (the longest matching prefix wins)."""

    def __init__(self, app, limits: dict[str, int] | None = None):
        self.app = app
        self.limits = sorted((limits or {}).items(), key=lambda kv: -len(kv[0]))

    def limit_for(self, path: str) -> int:
        return next((n for prefix, n in self.limits if path.startswith(prefix)), DEFAULT_BODY_LIMIT)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if BLOCKED.match(path):
            return await _json(send, 404, "not found")
        limit = self.limit_for(path)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                return await _json(send, 400, "bad Content-Length")
            if too_big:
                return await _json(send, 413, f"the request body is over {limit // 1024} KB")
        if scope.get("method") == "POST" and EVENTS.match(path):
            body = b""
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return
                body += message.get("body", b"")
                if len(body) > limit:
                    return await _json(send, 413, f"the request body is over {limit // 1024} KB")
                if not message.get("more_body"):
                    break
            try:
                refused = names_a_file(json.loads(body or b"null"))
            except (ValueError, RecursionError):
                refused = True
            if refused:
                return await _json(send, 400, "this app takes no files in chat events")
            replayed = False

            async def receive():  # noqa: F811 (the app reads the body we already read)
                nonlocal replayed
                if replayed:
                    return {"type": "http.disconnect"}
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
        received = 0
        overflow = False  # the body went over the limit: the app is told the client left
        replied = False

        async def counted_receive():
            nonlocal received, overflow
            if overflow:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    overflow = True
                    return {"type": "http.disconnect"}
            return message

        async def refuse():
            nonlocal replied
            if not replied:
                replied = True
                await _json(send, 413, f"the request body is over {limit // 1024} KB")

        async def with_headers(message):
            nonlocal replied
            if overflow:  # whatever the app says about the cut body, the answer is 413
                return await refuse()
            if message["type"] == "http.response.start":
                replied = True
                headers = list(message.get("headers") or [])
                names = {k.lower() for k, _ in headers}
                extra = list(COMMON_HEADERS)
                content_type = dict(headers).get(b"content-type", b"")
                if b"content-security-policy" not in names and content_type.startswith(b"text/html"):
                    extra += CHAT_PAGE_HEADERS
                headers += [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, counted_receive, with_headers)
        except Exception:
            if not overflow:
                raise
        if overflow:
            await refuse()
