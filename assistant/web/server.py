"""The web app: one FastAPI application with the HTTP API, the embeddable widget and the Gradio chat.

    /            Gradio chat (mounted last, so the routes below take precedence)
    /api/ask     POST a question, get the answer JSON       (api.py)
    /api/reports the reports in the index
    /api/source  where a citation is (the passage in context; a PDF's page and boxes)   (sources.py)
    /api/page    a kept PDF page as PNG
    /api/feedback  👍/👎 on an answer from the widget                                 (feedback.py)
    /healthz     liveness
    /docs        OpenAPI docs (Swagger UI served by the app itself: docs.py)
    /widget      compact chat page for iframes (plain HTML+JS, CSP frame-ancestors from settings)
    /admin       report upload for the admin token holder (POST /api/admin/upload)
    /embed.js    the one-tag script a portal adds to get a floating button opening /widget
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import gradio as gr
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from assistant.service import Gongkai
from assistant.settings import Settings

from fastapi.middleware.cors import CORSMiddleware

from assistant.web.admin import router as admin_router, upload_limit
from assistant.web.api import install_api_fallback, install_error_handlers, router as api_router
from assistant.web.docs import install_docs
from assistant.web.feedback import router as feedback_router
from assistant.web.sources import router as sources_router
from assistant.web.guard import Guard
from assistant.web.chat import CHAT_CSS, build_chat, chat_head
from assistant.web.i18n import widget_strings

STATIC = Path(__file__).parent / "static"
STRINGS_SLOT = "__GONGKAI_STRINGS__"

widget_router = APIRouter(include_in_schema=False)


def frame_ancestors(value: str) -> str:
    """The CSP frame-ancestors source list from the setting: '*' by default, "'self'" when set
    empty; characters that could end the directive or the header are dropped."""
    value = re.sub(r"[;,\r\n\x00]", " ", value or "").strip()
    return " ".join(value.split()) or "'self'"


def widget_csp(settings: Settings) -> str:
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; "
            f"frame-ancestors {frame_ancestors(settings.frame_ancestors)}")


def _json_for_script(data: object) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@widget_router.get("/widget", response_class=HTMLResponse)
def widget(request: Request) -> HTMLResponse:
    # The page is static apart from the UI strings; title, reports and lang are read from the
    # query string by widget.js and only ever set as text.
    page = (STATIC / "widget.html").read_text(encoding="utf-8")
    page = page.replace(STRINGS_SLOT, _json_for_script(widget_strings()))
    return HTMLResponse(page, headers={
        "Content-Security-Policy": widget_csp(request.app.state.settings),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Cache-Control": "no-cache",
    })


@widget_router.get("/embed.js")
def embed_js() -> FileResponse:
    return FileResponse(STATIC / "embed.js", media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"})


def theme() -> gr.themes.Base:
    cjk = ["PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
    return gr.themes.Default(primary_hue="red", neutral_hue="slate",
                             font=[gr.themes.LocalFont("Source Sans Pro"), *cjk, "system-ui", "sans-serif"])


def create_app(settings: Settings | None = None, *, service: Gongkai | None = None) -> FastAPI:
    """The whole web app over ``service`` (a ``Gongkai`` over ``settings`` when not given)."""
    settings = settings or Settings()
    service = service or Gongkai(settings)
    app = FastAPI(title="Gongkai", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Questions over government information-disclosure annual reports "
                              "(政府信息公开工作年度报告); every figure in an answer is cited and "
                              "checked against the report text.")
    app.state.settings = settings
    app.state.gongkai = service
    install_error_handlers(app)
    app.include_router(api_router)
    app.include_router(admin_router)
    app.include_router(sources_router)
    app.include_router(feedback_router)
    app.include_router(widget_router)
    install_docs(app)  # Swagger UI from an installed package, not a CDN
    install_api_fallback(app, [api_router, admin_router, sources_router, feedback_router])  # last of the /api routes: unknown ones answer {"error": …}
    # CORS only for the origins the deployment lists, never with credentials; a parent
    # CORSMiddleware also switches off Gradio's own (which reflects any origin).
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list(), allow_credentials=False,
                       allow_methods=["GET", "POST"], allow_headers=["Content-Type"])
    app.mount("/widget-static", StaticFiles(directory=STATIC), name="widget-static")
    blocks = build_chat(service, settings)
    # Blocks served through mount_gradio_app are never launch()-ed, and Gradio skips its
    # allowed-path check for Blocks that have not launched: mark them launched, so that check
    # (only files Gradio itself stored may enter an event) applies. The guard refuses file
    # payloads and file routes before Gradio sees them anyway.
    blocks.has_launched = True
    app = gr.mount_gradio_app(app, blocks, path="/", theme=theme(), css_paths=[CHAT_CSS], head=chat_head(), ssr_mode=False,
                              footer_links=[], max_file_size=0, show_error=False)
    app.add_middleware(Guard, limits={"/api/admin/upload": upload_limit(settings)})
    return app
