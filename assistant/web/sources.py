"""The source view's API: ``GET /api/source`` (where a citation is in its report) and
``GET /api/page`` (a kept PDF page as an image). Both take a report by its source name, never a
path: only reports the index lists are served, and only the originals the index keeps
(assistant/originals.py); the page number is bounded by the file, the image size by
``sourceview.MAX_WIDTH`` and ``MAX_PIXELS``. Logic: assistant/sourceview.py.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from assistant import sourceview

router = APIRouter()

Source = Annotated[str, Query(min_length=1, max_length=300, description="a report file name, as /api/reports lists it")]


def _known(request: Request, source: str) -> None:
    if source not in {r["source"] for r in request.app.state.gongkai.reports()}:
        raise HTTPException(404, f"no report '{source}' in the index")


@router.get("/api/source", tags=["reports"], summary="Where a citation is: the passage in context, and for a PDF the page and boxes")
async def source(request: Request, source: Source,
                 passage: Annotated[str, Query(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_.:\-\[\]*]+$",
                                               description="a citation's passage_id")],
                 figure: Annotated[list[str] | None, Query(max_length=sourceview.MAX_FIGURES,
                                                           description="the citation's figures, to mark")] = None) -> dict:
    figures = [f[:40] for f in figure or []]
    try:
        return await run_in_threadpool(sourceview.locate, request.app.state.gongkai, source, passage, figures)
    except sourceview.NotFound as err:
        raise HTTPException(404, str(err)) from None


@router.get("/api/page", tags=["reports"], summary="A page of a report's kept PDF, as PNG",
            responses={200: {"content": {"image/png": {}}}, 404: {"description": "No such report, original or page"}})
async def page(request: Request, source: Source, page: Annotated[int, Query(ge=1, le=5000)],
               width: Annotated[int, Query(ge=200, le=sourceview.MAX_WIDTH)] = 1000) -> Response:
    from assistant import originals

    _known(request, source)
    path = originals.path_for(request.app.state.settings.home, source)
    if path is None:
        raise HTTPException(404, f"no original of '{source}' is kept (only PDFs are; re-ingest one kept before)")
    try:
        png = await run_in_threadpool(sourceview.render_page, path, page, width)
    except sourceview.NotFound as err:
        raise HTTPException(404, str(err)) from None
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300",
                                                          "X-Content-Type-Options": "nosniff"})
