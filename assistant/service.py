"""The library facade: what the CLI, the web app, the HTTP API and the eval harness call.

    g = Gongkai(Settings())
    g.ingest([Path("report.pdf")])          -> IngestReport
    g.reports()                              -> list of report records
    g.remove("report.pdf")
    g.ask("淮安市2024年行政处罚…？")           -> Answer
    for kind, value in g.ask_stream(q): ...  -> ("delta", str)* then ("answer", Answer)
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator

from assistant.model import Answer
from assistant.settings import Settings


class Gongkai:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._store = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ index
    @property
    def store(self):
        with self._lock:
            if self._store is None:
                from vectorstore import open_store

                self._store = open_store(self.settings)
            return self._store

    def ingest(self, paths: Iterable[Path], *, recursive: bool = False, progress: Callable | None = None):
        from assistant.ingest.pipeline import ingest_paths
        from assistant.ask.retrieval import TokenCache

        return ingest_paths(list(paths), self.store, recursive=recursive, progress=progress,
                            limits=self.settings.limits(),
                            tokens=TokenCache(self.settings.cache_path / "tokens.sqlite3"))

    def reports(self) -> list[dict]:
        return self.store.reports()

    def remove(self, source: str) -> int:
        return self.store.remove_source(source)

    # ------------------------------------------------------------------ questions
    def ask(self, question: str, *, llm: str | None = None, top_k: int | None = None,
            sources: list[str] | None = None) -> Answer:
        answer = None
        for kind, value in self.ask_stream(question, llm=llm, top_k=top_k, sources=sources):
            if kind == "answer":
                answer = value
        return answer

    def ask_stream(self, question: str, *, llm: str | None = None, top_k: int | None = None,
                   sources: list[str] | None = None) -> Iterator[tuple[str, object]]:
        from assistant.ask.pipeline import answer_stream

        yield from answer_stream(self, question, llm=llm or self.settings.llm,
                                 top_k=top_k or self.settings.top_k, sources=sources)
