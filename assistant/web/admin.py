"""Report upload for the holder of the admin token: ``GET /admin`` (a plain page) and
``POST /api/admin/upload`` (multipart ``files``, header ``Authorization: Bearer <token>``).

The token is checked before the body is read, so nothing is stored for anyone else; the body is
capped by the guard (``MAX_UPLOAD_FILES`` × ``GONGKAI_MAX_FILE_MB``). Uploaded files are written
under ``GONGKAI_HOME/uploads`` by their checked file name, and only those files are ingested: a
request can name no server path.
"""

from __future__ import annotations

import hmac
import json
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from assistant.errors import IngestError
from assistant.ingest.pipeline import source_name

from assistant.web.i18n import admin_strings

STATIC = Path(__file__).parent / "static"
MAX_UPLOAD_FILES = 20

router = APIRouter()


def upload_limit(settings) -> int:
    """Largest upload body: every file at the size limit, plus multipart framing."""
    return int(MAX_UPLOAD_FILES * settings.max_file_mb * 1024 * 1024) + 1024 * 1024


def _check_token(request: Request) -> None:
    settings = request.app.state.settings
    if not settings.admin_token:
        raise HTTPException(404, "uploads are disabled on this server (no GONGKAI_ADMIN_TOKEN)")
    scheme, _, given = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode("utf-8"),
                                                              settings.admin_token.encode("utf-8")):
        raise HTTPException(403, "the admin token is not correct")


@router.get("/admin", response_class=HTMLResponse, include_in_schema=False)
def admin_page(request: Request) -> HTMLResponse:
    if not request.app.state.settings.admin_token:
        raise HTTPException(404, "uploads are disabled on this server (no GONGKAI_ADMIN_TOKEN)")
    strings = json.dumps(admin_strings(), ensure_ascii=False)
    strings = strings.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = (STATIC / "admin.html").read_text(encoding="utf-8").replace("__GONGKAI_STRINGS__", strings)
    return HTMLResponse(page, headers={
        "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                   "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; "
                                   "frame-ancestors 'none'",
        "Cache-Control": "no-store",
    })


@router.post("/api/admin/upload", tags=["reports"], summary="Upload and ingest reports (admin token)",
             responses={403: {"description": "Wrong or missing admin token"},
                        404: {"description": "Uploads are disabled (no GONGKAI_ADMIN_TOKEN)"},
                        413: {"description": "Body over the upload limit"}})
async def upload(request: Request) -> dict:
    _check_token(request)  # before a single byte of the body is read
    settings = request.app.state.settings
    form = await request.form(max_files=MAX_UPLOAD_FILES, max_fields=10)
    try:
        files = [f for f in form.getlist("files") if hasattr(f, "filename")]
        if not files:
            raise HTTPException(422, "no files in the request (multipart field 'files')")
        names: list[str] = []
        problems: list[str] = []
        for f in files:
            try:
                names.append(source_name(f.filename or ""))
            except IngestError as err:
                problems.append(str(err))
        seen = {n for n in names if names.count(n) > 1}
        if seen:
            problems.append("the same file name twice in one upload: " + ", ".join(sorted(seen)))
        if problems:
            raise HTTPException(422, "; ".join(problems))
        target = settings.home / "uploads"
        target.mkdir(parents=True, exist_ok=True)
        max_bytes = int(settings.max_file_mb * 1024 * 1024)
        kept: list[Path] = []
        try:
            for f, name in zip(files, names):
                tmp = target / f".{name}.part"
                kept.append(tmp)
                size = 0
                with tmp.open("wb") as out:
                    while chunk := await f.read(1024 * 1024):
                        size += len(chunk)
                        if size > max_bytes:
                            raise HTTPException(413, f"{name}: over the {settings.max_file_mb:g} MB limit "
                                                     "(GONGKAI_MAX_FILE_MB)")
                        out.write(chunk)
        except BaseException:
            for tmp in kept:
                tmp.unlink(missing_ok=True)
            raise
        final = []
        for tmp, name in zip(kept, names):
            dest = target / name
            tmp.replace(dest)
            final.append(dest)
    finally:
        await form.close()
    from starlette.concurrency import run_in_threadpool

    result = await run_in_threadpool(request.app.state.gongkai.ingest, final)
    for item in result.not_reports:  # not kept where reports live
        (target / item.source).unlink(missing_ok=True)
    return {"reports": result.reports, "passages": result.passages, "seconds": round(result.seconds, 2),
            "ingested": result.ingested, "failures": [{"source": f.source, "reason": f.reason}
                                                      for f in result.failures + result.not_reports]}
