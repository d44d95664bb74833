"""``/docs``: Swagger UI served from this app, so the API documentation renders with no network.

FastAPI's own ``/docs`` page loads Swagger UI's script and styles from a CDN: offline (or behind
a portal's proxy that blocks third-party hosts) it is a blank page. The same page is built here
with FastAPI's ``get_swagger_ui_html``, pointed at the copy of Swagger UI that the
``swagger-ui-py`` package ships (Apache-2.0, Swagger UI 5, which reads OpenAPI 3.1), mounted at
``/docs-static``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-static"
# The files the page needs; the package ships more (Swagger Editor), which are not served.
SERVED = ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE")


def swagger_assets() -> Path:
    """The folder of Swagger UI's built files inside the installed ``swagger-ui-py``."""
    import swagger_ui

    return Path(swagger_ui.__file__).parent / "static"


class _OnlyThese(StaticFiles):
    """StaticFiles that serves the listed names and nothing else of the folder."""

    async def get_response(self, path, scope):
        if path not in SERVED:
            from starlette.exceptions import HTTPException

            raise HTTPException(404, "not found")
        return await super().get_response(path, scope)


def install_docs(app: FastAPI) -> None:
    """Mount the assets and the ``/docs`` page (create the app with ``docs_url=None``)."""
    app.mount(ASSETS, _OnlyThese(directory=swagger_assets()), name="docs-static")
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        # Relative URLs, so the page works under a reverse proxy's path prefix too.
        return get_swagger_ui_html(openapi_url="openapi.json", title=f"{app.title} — API",
                                   swagger_js_url=f"{ASSETS.lstrip('/')}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{ASSETS.lstrip('/')}/swagger-ui.css",
                                   swagger_favicon_url=f"{ASSETS.lstrip('/')}/favicon-32x32.png")

    app.include_router(router)
