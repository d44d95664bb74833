"""``POST /api/feedback``: a reader's 👍/👎 on an answer, with an optional note (the widget; the
chat records its own on the server). Every field is bounded; the row is a reader's claim and is
stored as such (assistant/feedback.py), never shown to other readers."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr
from starlette.concurrency import run_in_threadpool

from assistant import feedback

router = APIRouter()


class CitationIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: StrictInt | None = None
    source: Annotated[StrictStr, Field(max_length=300)] = ""
    section: Annotated[StrictStr, Field(max_length=1000)] = ""
    page: StrictInt | None = None
    quote: Annotated[StrictStr, Field(max_length=2000)] = ""


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rating: Literal["up", "down"]
    question: Annotated[StrictStr, Field(min_length=1, max_length=feedback.MAX_QUESTION)]
    answer: Annotated[StrictStr, Field(max_length=feedback.MAX_ANSWER)] = ""
    answered: StrictBool = True
    citations: Annotated[list[CitationIn], Field(max_length=feedback.MAX_CITATIONS)] = []
    history: Annotated[list[Annotated[StrictStr, Field(max_length=feedback.MAX_QUESTION)]],
                       Field(max_length=feedback.MAX_HISTORY)] = []
    note: Annotated[StrictStr, Field(max_length=feedback.MAX_NOTE)] = ""


@router.post("/api/feedback", tags=["questions"], summary="👍/👎 on an answer, with an optional note",
             responses={503: {"description": "The feedback store is full"}})
async def give_feedback(body: FeedbackRequest, request: Request) -> dict:
    store = feedback.FeedbackStore(request.app.state.settings.home)
    row = await run_in_threadpool(
        store.add, rating=1 if body.rating == "up" else -1, question=body.question, answer=body.answer,
        answered=body.answered, citations=[c.model_dump() for c in body.citations], history=body.history,
        note=body.note, channel="widget")
    return {"stored": True, "id": row}
