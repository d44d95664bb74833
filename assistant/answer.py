"""The answer every mode returns: the JSON shape of shared/eval/SUITE_FORMAT.md, plus extras."""

from __future__ import annotations

from dataclasses import dataclass, field

from .report import Passage


@dataclass
class Citation:
    id: int  # the [n] marker used in the answer text
    source: str
    title: str
    section: str
    page: int | None
    quote: str  # verbatim text of the cited passage (or the part of it that holds the figure)
    figures: list[str] = field(default_factory=list)  # figures of the answer found in this quote
    passage_id: str = ""

    @classmethod
    def from_passage(cls, n: int, passage: Passage, quote: str | None = None, figures=None) -> "Citation":
        return cls(
            id=n,
            source=passage.source,
            title=passage.title,
            section=passage.section,
            page=passage.page,
            quote=quote if quote is not None else passage.text,
            figures=list(figures or []),
            passage_id=passage.id,
        )

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "page": self.page,
            "quote": self.quote,
            "figures": list(self.figures),
            "passage_id": self.passage_id,
        }


@dataclass
class Answer:
    question: str
    answer: str
    answered: bool
    citations: list[Citation] = field(default_factory=list)
    verified: bool = False
    mode: str = "extractive"  # the composer that produced the text ("extractive", "openai:...", ...)
    note: str = ""  # why a refusal happened or why an LLM answer fell back
    latency_ms: float = 0.0
    retrieved: list[Passage] = field(default_factory=list)  # ranked retrieval, for recall@k

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "answered": self.answered,
            "citations": [c.to_dict() for c in self.citations],
            "verified": self.verified,
            "mode": self.mode,
            "note": self.note,
            "latency_ms": round(self.latency_ms, 1),
        }
