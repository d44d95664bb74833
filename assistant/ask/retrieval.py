"""Hybrid retrieval: Chroma dense search plus BM25 over jieba tokens, fused by reciprocal rank.

The lexical index is derived from what Chroma stores and rebuilt when the store's version
changes, so Chroma stays the one source of truth.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.model import Passage
from assistant.zh.tokens import tokenize  # re-exported: the lexical index's tokenizer
from vectorstore.cache import TokenCache  # re-exported: callers import it from here

RRF_K = 60


class LexicalIndex:
    """BM25 (bm25s) over every passage's index text; passages kept for lookup by source."""

    def __init__(self, passages: list[Passage], tokens: "TokenCache | None" = None):
        import bm25s

        self.passages = passages
        self.by_source: dict[str, list[int]] = {}
        for i, p in enumerate(passages):
            self.by_source.setdefault(p.source, []).append(i)
        self._stats = None
        self.bm25 = bm25s.BM25()
        texts = [p.index_text for p in passages]
        corpus = tokens.tokenize_many(texts) if tokens is not None else [tokenize(t) for t in texts]
        if passages:
            self.bm25.index(corpus, show_progress=False)

    def search(self, query: str, k: int, sources: set[str] | None = None) -> list[Passage]:
        if not self.passages:
            return []
        tokens = tokenize(query)
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens)
        if sources is not None:
            keep = np.full(len(scores), -1.0)
            rows = [i for s in sources for i in self.by_source.get(s, [])]
            keep[rows] = scores[rows]
            scores = keep
        top = np.argsort(-scores)[:k]
        return [self.passages[i] for i in top if scores[i] > 0]

    def of_sources(self, sources: set[str]) -> list[Passage]:
        return [self.passages[i] for s in sources for i in self.by_source.get(s, [])]

    def term_stats(self):
        """Document frequencies of bigrams and characters over every passage (computed once
        per index version, when a question is about more reports than the composer reads)."""
        if self._stats is None:
            from assistant.ask.extractive import idf_weights

            self._stats = idf_weights([p.index_text for p in self.passages])
        return self._stats


def rrf(rankings: list[list[Passage]], k: int = RRF_K) -> list[Passage]:
    """Reciprocal rank fusion: a passage ranked well by either retriever rises."""
    score: dict[str, float] = {}
    keep: dict[str, Passage] = {}
    for ranking in rankings:
        for rank, p in enumerate(ranking):
            score[p.id] = score.get(p.id, 0.0) + 1.0 / (k + rank + 1)
            keep.setdefault(p.id, p)
    return [keep[i] for i in sorted(score, key=lambda i: -score[i])]


@dataclass
class HybridSearch:
    """Dense + lexical search over a PassageStore; the lexical side is cached per store version."""

    store: object
    cache_dir: Path | None = None

    def __post_init__(self):
        self._lexical: LexicalIndex | None = None
        self._version: str | None = None
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=2)
        self._tokens = TokenCache(self.cache_dir / "tokens.sqlite3") if self.cache_dir else None

    def lexical(self) -> LexicalIndex:
        return self.snapshot()[0]

    def snapshot(self) -> tuple[LexicalIndex, list[dict]]:
        """The lexical index and the report catalogue of the store's current version."""
        version = self.store.version()
        with self._lock:
            if self._lexical is None or version != self._version:
                saved = self._load(version)
                if saved is not None:
                    self._lexical, self._catalog = saved
                else:
                    self._lexical = LexicalIndex(self.store.all_passages(), self._tokens)
                    self._catalog = self.store.reports()
                    self._save(version)
                self._version = version
            return self._lexical, self._catalog

    # A snapshot of the derived index on disk, keyed by the store's version stamp: a new
    # process (each `gongkai ask`) loads it instead of reading and indexing every passage.
    def _snapshot_path(self) -> Path | None:
        if self.cache_dir is None:
            return None
        where = hashlib.sha1(f"{self.store.location}\x1f{self.store.collection_name}".encode()).hexdigest()[:12]
        return self.cache_dir / f"lexical-{where}.pickle"

    def _load(self, version: str):
        path = self._snapshot_path()
        if path is None or not path.is_file():
            return None
        try:
            with path.open("rb") as f:
                saved_version, lexical, catalog = pickle.load(f)
        except Exception:  # an unreadable or older snapshot is rebuilt, never trusted
            return None
        return (lexical, catalog) if saved_version == version else None

    def _save(self, version: str) -> None:
        path = self._snapshot_path()
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump((version, self._lexical, self._catalog), f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)

    def search(self, query: str, k: int, sources: set[str] | None = None,
               lexical_query: str | None = None, lexical: LexicalIndex | None = None) -> list[Passage]:
        """Fused top ``k``. ``lexical``: the index of a snapshot the caller already holds
        (saves looking up the store's version again)."""
        where = {"source": {"$in": sorted(sources)}} if sources else None
        # The query embedding (the slow part) and BM25 run at the same time.
        dense_future = self._pool.submit(self._dense, query, k, where)
        bm25 = (lexical or self.lexical()).search(lexical_query or query, k, sources)
        dense = dense_future.result()
        return rrf([dense, bm25])[:k]

    def _dense(self, query: str, k: int, where: dict | None) -> list[Passage]:
        embedding = self.store.embedder.embed_query(query)
        return [p for p, _ in self.store.query(embedding, k, where=where)]


class GongkaiRetriever(BaseRetriever):
    """The hybrid search as a LangChain retriever (Documents carry the passage metadata)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    search: HybridSearch
    k: int = 8
    sources: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        passages = self.search.search(query, self.k, set(self.sources) if self.sources else None)
        return [Document(page_content=p.text, id=p.id, metadata=p.metadata()) for p in passages]
