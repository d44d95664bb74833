"""What each flow needs from a store: the seam to implement for another vector database.

``PassageStore`` (Chroma) is the one implementation; ``tests/test_store_protocols.py`` checks it
has every member below with the same parameters. A store for another database implements both
(the web app and the CLI both ask and ingest) and is built where ``vectorstore.open_store`` builds
the Chroma one.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Callable, Protocol, runtime_checkable

import numpy as np

from assistant.model import Passage


@runtime_checkable
class PassageReader(Protocol):
    """What the ask flow reads (assistant/ask: retrieval, the pipeline's similarity, the facade)."""

    embedder: object  # vectorstore.embeddings.Embedder: embed_query(text) -> list[float]
    location: str  # where the index lives (a folder or a URL): keys derived caches
    collection_name: str
    facts: object  # vectorstore.facts_store.FactStore: the national tables' facts, per report

    def version(self) -> str:
        """A stamp that changes whenever any report is added, replaced or removed (cheap to read)."""

    def reports(self) -> list[dict]:
        """One record per report: source, title, body, year, places, compiled_by, counts."""

    def all_passages(self, where: dict | None = None) -> list[Passage]:
        """Every passage (of the reports ``where`` selects, e.g. {"source": …})."""

    def query(self, embedding, k: int, where: dict | None = None) -> list[tuple[Passage, float]]:
        """The ``k`` passages nearest ``embedding`` (cosine), with their distances."""

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Embeddings of ``texts`` (cached), one row each."""


@runtime_checkable
class PassageWriter(Protocol):
    """What the ingest flow writes (assistant/ingest/pipeline.py) and the facade removes."""

    def writing(self, what: str = "write") -> AbstractContextManager[None]:
        """The index's writer lock: one writer at a time, readers never wait for it."""

    def replace_source(self, source: str, passages: list[Passage], report_meta: dict,
                       progress: Callable[[int], None] | None = None, facts=None, findings=None) -> dict:
        """Make the index hold exactly ``passages`` for ``source`` (embedding only new ones):
        {"added", "removed", "kept", "updated"}."""

    def remove_source(self, source: str) -> int:
        """Forget a report; the number of passages removed."""
