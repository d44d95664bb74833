"""👍/👎 on answers, kept with the index, and exported as a test suite.

The chat and the widget (``POST /api/feedback``) record a rating, the question, the conversation's
earlier questions, the answer as it was given (text and citations) and an optional note, in a
small sqlite file beside the index: ``GONGKAI_HOME/feedback.sqlite3``. Everything is bounded
(lengths below, at most ``MAX_ROWS`` rows) because the widget's endpoint is open to anyone who
reaches the app: what it stores is a reader's claim, not a verified fact, and the export says so.

``export_suite`` writes the 👎 ones as a suite in ``shared/eval/SUITE_FORMAT.md``'s format, so a
deployment grows its own regression suite from what its readers found wrong. A reader cannot
tell us the right answer, so each case's ``expect`` holds the placeholder ``FILL IN: …``; the
answer that was given, the note and the figures it stated are comments beside it (with a
commented-out ``answer_not_contains`` of those figures, for a maintainer who confirms they were
wrong). ``gongkai eval`` refuses a suite that still holds the placeholder, naming the cases.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.errors import StoreError
from assistant.evaluation.suite import PLACEHOLDER

FILE = "feedback.sqlite3"
MAX_ROWS = 10_000
MAX_QUESTION = 500
MAX_ANSWER = 4_000
MAX_NOTE = 1_000
MAX_HISTORY = 20
MAX_CITATIONS = 20
_FIGURE = re.compile(r"\d[\d,，.]*%?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class FeedbackFull(StoreError):
    """The feedback store holds MAX_ROWS rows: export and clear it (or raise the bound)."""


@dataclass(frozen=True)
class Feedback:
    id: int
    created: str
    channel: str  # "chat" or "widget"
    rating: int  # 1 👍, -1 👎
    question: str
    answer: str
    answered: bool
    citations: list[dict]
    history: list[str]
    note: str


def _clean(text, limit: int) -> str:
    return _CONTROL.sub("", str(text or ""))[:limit]


def _line(text, limit: int) -> str:
    """One line: a question is a YAML scalar in the export."""
    return " ".join(_clean(text, limit).split())


def _citations(raw) -> list[dict]:
    out = []
    for c in (raw or [])[:MAX_CITATIONS]:
        if isinstance(c, dict):
            out.append({"id": c.get("id") if isinstance(c.get("id"), int) else None,
                        "source": _clean(c.get("source"), 300), "section": _clean(c.get("section"), 300),
                        "page": c.get("page") if isinstance(c.get("page"), int) else None,
                        "quote": _clean(c.get("quote"), 300)})
    return out


class FeedbackStore:
    def __init__(self, home: Path):
        self.path = Path(home) / FILE

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10)
        conn.execute("""CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, channel TEXT NOT NULL,
            rating INTEGER NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, answered INTEGER NOT NULL,
            citations TEXT NOT NULL, history TEXT NOT NULL, note TEXT NOT NULL)""")
        return conn

    def add(self, *, rating: int, question: str, answer: str, answered: bool = True, citations=None,
            history=None, note: str = "", channel: str = "chat") -> int:
        if rating not in (1, -1):
            raise ValueError("rating is 1 (👍) or -1 (👎)")
        row = (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "widget" if channel == "widget" else "chat",
               rating, _line(question, MAX_QUESTION), _clean(answer, MAX_ANSWER), int(bool(answered)),
               json.dumps(_citations(citations), ensure_ascii=False),
               json.dumps([_line(h, MAX_QUESTION) for h in (history or [])][-MAX_HISTORY:], ensure_ascii=False),
               _clean(note, MAX_NOTE))
        with self._connect() as conn:
            (count,) = conn.execute("SELECT COUNT(*) FROM feedback").fetchone()
            if count >= MAX_ROWS:
                raise FeedbackFull(f"the feedback store holds {MAX_ROWS} answers already; export it "
                                   "(gongkai feedback export) and clear it (gongkai feedback clear)")
            cursor = conn.execute("INSERT INTO feedback (created, channel, rating, question, answer, answered, "
                                  "citations, history, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            return int(cursor.lastrowid)

    def set(self, row_id: int, *, rating: int | None = None, note: str | None = None) -> None:
        """Change a row's rating or note (the chat: 👎 first, the note after)."""
        with self._connect() as conn:
            if rating in (1, -1):
                conn.execute("UPDATE feedback SET rating = ? WHERE id = ?", (rating, row_id))
            if note is not None:
                conn.execute("UPDATE feedback SET note = ? WHERE id = ?", (_clean(note, MAX_NOTE), row_id))

    def all(self, rating: int | None = None) -> list[Feedback]:
        if not self.path.exists():
            return []
        with self._connect() as conn:
            query = "SELECT * FROM feedback" + (" WHERE rating = ?" if rating is not None else "") + " ORDER BY id"
            rows = conn.execute(query, (rating,) if rating is not None else ()).fetchall()
        return [Feedback(id=r[0], created=r[1], channel=r[2], rating=r[3], question=r[4], answer=r[5],
                         answered=bool(r[6]), citations=json.loads(r[7]), history=json.loads(r[8]), note=r[9])
                for r in rows]

    def clear(self) -> int:
        if not self.path.exists():
            return 0
        with self._connect() as conn:
            return conn.execute("DELETE FROM feedback").rowcount


# ------------------------------------------------------------------------------- export
def _comment(text: str, indent: str) -> list[str]:
    """Lines of ``text`` as YAML comments (no line can end the comment)."""
    return [f"{indent}#   {line}".rstrip() for line in str(text).splitlines() or [""]]


def _figures(answer: str) -> list[str]:
    """The figures an answer stated: not its citation markers, years, or titles' numbers."""
    text = re.sub(r"\[\d{1,3}\]|《[^》]*》|“[^”]*”|\d{4}\s*年", " ", answer)
    return sorted({m.group(0).rstrip(".,，") for m in _FIGURE.finditer(text)})


def _scalar(value) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000).strip().removesuffix("...").strip()


def export_suite(rows: list[Feedback], target: Path, *, home: Path, name: str = "feedback") -> int:
    """Write the rows as a suite at ``target``; returns how many cases were written."""
    from assistant import originals

    target = Path(target)
    cited = sorted({c["source"] for r in rows for c in r.citations if c.get("source")})
    documents = []
    for source in cited:
        kept = originals.path_for(home, source)
        documents.append(os.path.relpath(kept, target.resolve().parent) if kept else source)
    lines = [
        f"# Answers readers marked 👎 in Gongkai's chat or widget ({len(rows)}), exported "
        f"{time.strftime('%Y-%m-%d')} from {home}.",
        "# What readers wrote is their claim, not a checked fact. For each case, write under `expect` what a",
        f"# correct answer must contain (replace the {PLACEHOLDER} placeholder), or delete the case;",
        "# `gongkai eval` refuses this file while a placeholder is left.",
        "# documents: the reports the answers cited. PDFs point at the copies kept under GONGKAI_HOME/originals;",
        "# put the other files beside this suite (or fix their paths).",
        f"name: {_scalar(name)}",
        "documents:" if documents else "documents: []  # no answer cited a report: list the ones these questions are about",
        *[f"  - {_scalar(d)}" for d in documents],
        "cases:",
    ]
    for r in rows:
        figures = _figures(r.answer)
        lines.append(f"  # {r.channel}, {r.created}" + ("" if r.answered else "; the answer was a refusal"))
        if r.note:
            lines.append("  # the reader's note:")
            lines += _comment(r.note, "  ")
        lines.append("  # the answer given (marked 👎):")
        lines += _comment(r.answer, "  ")
        for c in r.citations:
            page = f", p. {c['page']}" if c.get("page") else ""
            lines += _comment(f"[{c.get('id')}] {c.get('source')} — {c.get('section')}{page}: {c.get('quote')}", "  ")
        lines.append(f"  - id: feedback-{r.id}")
        lines.append(f"    question: {_scalar(r.question)}")
        if r.history:
            lines.append(f"    history: {_scalar(r.history)}")
        lines.append("    expect:")
        lines.append(f"      answer_contains: [{_scalar(PLACEHOLDER + ': what a correct answer must contain')}]")
        if figures:
            lines.append(f"      # answer_not_contains: {_scalar(figures)}   # the figures given, if they were wrong")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)
