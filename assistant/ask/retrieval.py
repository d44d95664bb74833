"""Hybrid retrieval: Chroma dense search plus BM25 over jieba tokens, fused by reciprocal rank.

The lexical index (``assistant.ask.lexical``) is derived from what Chroma stores and follows
the store's version report by report, so Chroma stays the one source of truth.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from assistant.ask import held_names
from assistant.ask.lexical import LexicalIndex, LexicalStore  # LexicalIndex re-exported
from assistant.model import Passage
from assistant.zh.tokens import tokenize  # re-exported: the lexical index's tokenizer
from vectorstore.cache import TokenCache  # re-exported: callers import it from here

log = logging.getLogger(__name__)

RRF_K = 60


def rrf(rankings: list[list[Passage]], k: int = RRF_K) -> list[Passage]:
    """Reciprocal rank fusion: a passage ranked well by either retriever rises."""
    score: dict[str, float] = {}
    keep: dict[str, Passage] = {}
    for ranking in rankings:
        for rank, p in enumerate(ranking):
            score[p.id] = score.get(p.id, 0.0) + 1.0 / (k + rank + 1)
            keep.setdefault(p.id, p)
    return [keep[i] for i in sorted(score, key=lambda i: -score[i])]


# A question about few passages, next to the size of the index, ranks them all by cosine (their
# vectors read from Chroma) instead of asking Chroma's filtered vector search, which walks its
# graph until it meets k allowed passages: at 300k passages one report took ~310 ms that way and
# ~35 ms exactly, ten reports 107 vs 60 ms, 41 reports 105 vs 190 ms; at 100k, 14 reports took
# a few ms through the graph and ~60 ms exactly. Reading the vectors by a ``where`` on their
# source is a pass over the index's metadata, so that way is taken for at most EXACT_SHARE of the
# index and at most EXACT_BELOW passages. Reading them by id (the lexical index of the store's
# version lists each report's passages) costs what the passages cost, not the index: that way is
# taken up to EXACT_BELOW passages whatever the size of the index.
EXACT_BELOW = 1000
EXACT_SHARE = 0.002
READER_WAIT = 5.0  # seconds a question waits for the lexical index to catch up, then uses the last one
# A filter naming many reports (a question about a year: ~2,800 reports at a million passages)
# made Chroma's filtered vector search take ~2.5 s; past WIDE_SCOPE reports the vector index is
# searched unfiltered for more neighbours (k / the scope's share of the passages, times
# WIDE_MARGIN) and those of the reports in scope kept, falling back to the filter when too few are.
WIDE_SCOPE = 200
WIDE_MARGIN = 4
WIDE_MOST = 4000


@dataclass
class HybridSearch:
    """Dense + lexical search over a PassageStore. The lexical side lives on disk
    (``assistant.ask.lexical``), follows the store's version report by report, and is brought
    up to date by one background thread: a question waits at most ``wait`` seconds for it
    (an added report takes well under a second), then answers from the previous version, so
    no question waits for a rebuild. Only a process with no index on disk at all waits for
    the first build."""

    store: object
    cache_dir: Path | None = None
    wait: float = READER_WAIT

    def __post_init__(self):
        self._current: tuple[LexicalIndex, list[dict]] | None = None
        self._wanted: str | None = None
        self._updater: threading.Thread | None = None
        self._error: BaseException | None = None
        self._checked: str | None = None  # the store's version as the last snapshot() read it
        self._cond = threading.Condition()
        self._pool = ThreadPoolExecutor(max_workers=2)
        # The embedding model loads and jieba reads its dictionary while the lexical index opens
        # and the question is read. Chroma's vector index is loaded by warmed() (a server), not
        # here: a one-shot process asking about one report ranks its passages with vectors from
        # the embedding cache and need not load it (seconds and ~270 MB at 100k passages).
        self._warm = [self._pool.submit(self._warm_up), self._pool.submit(tokenize, "政府信息公开")]
        self._tokens = TokenCache(self.cache_dir / "tokens.sqlite3") if self.cache_dir else None
        folder = Path(self.cache_dir) if self.cache_dir else Path(tempfile.mkdtemp(prefix="gongkai-lexical-"))
        if not self.cache_dir:
            weakref.finalize(self, shutil.rmtree, folder, True)
        where = hashlib.sha1(f"{self.store.location}\x1f{self.store.collection_name}".encode()).hexdigest()[:12]
        self.files = LexicalStore(folder / f"lexical-{where}", self.store, self._tokens)

    def _warm_up(self) -> None:
        try:
            self.store.embedder.embed_query("政府信息公开")
        except Exception:  # the first real question reports it
            pass

    def warmed(self) -> None:
        """Wait until the warm-up has run, and load Chroma's vector index (a server calls this
        before it takes questions)."""
        for future in self._warm:
            future.result()
        try:
            self.store.query(self.store.embedder.embed_query("政府信息公开"), 1)
        except Exception:  # the first real question reports it
            pass

    def lexical(self) -> LexicalIndex:
        return self.snapshot()[0]

    def snapshot(self) -> tuple[LexicalIndex, list[dict]]:
        """The lexical index and the report catalogue, of the store's current version when they
        are ready in time (see the class doc), else of the last version this process has."""
        version = self.store.version()
        self._checked = version
        with self._cond:
            current = self._current
        if current is not None and current[0].version == version:
            return current
        loaded = self.files.load(version)  # another process may have brought it up to date
        if loaded is not None:
            return self._set(loaded)
        if current is None:
            current = self.files.load()  # an older version on disk serves while this one is built
            if current is not None:
                self._set(current)
        self._request(version)
        with self._cond:
            ready = lambda: (self._current is not None and self._current[0].version == version) or self._error
            self._cond.wait_for(ready, timeout=self.wait if current is not None else None)
            if self._current is None and self._error is not None:
                error, self._error = self._error, None
                raise error
            return self._current

    def _set(self, loaded):
        try:  # the catalogue's body names from disk, so its Catalogue is built without pinyin
            held_names.recall(self.files.folder, loaded[1])
        except Exception:  # computed by names_of instead
            log.exception("reading the body names kept in %s failed", self.files.folder)
        with self._cond:
            self._current = loaded
            self._cond.notify_all()
        return loaded

    def _request(self, version: str) -> None:
        with self._cond:
            self._wanted = version
            self._error = None
            if self._updater is None:
                self._updater = threading.Thread(target=self._update, name="gongkai-lexical", daemon=True)
                self._updater.start()

    def _update(self) -> None:
        while True:
            with self._cond:
                version = self._wanted
            try:
                manifest = self.files.update(version)
                self._set(self.files.open(manifest))
            except BaseException as err:  # reported to the question waiting, if any
                log.exception("updating the lexical index failed")
                with self._cond:
                    self._error = err
                    self._cond.notify_all()
            with self._cond:
                if self._wanted == version:
                    self._updater = None
                    return

    def search(self, query: str, k: int, sources: set[str] | None = None,
               lexical_query: str | None = None, lexical: LexicalIndex | None = None) -> list[Passage]:
        """Fused top ``k``. ``lexical``: the index of a snapshot the caller already holds
        (saves looking up the store's version again)."""
        where = {"source": {"$in": sorted(sources)}} if sources else None
        lexical = lexical or self.lexical()
        among = None  # the passages to rank exactly: the lexical index's (vectors by id), or a where
        if sources:
            count = lexical.count_of(sources)
            if count <= EXACT_BELOW and lexical.version == self._checked and all(s in lexical.by_source for s in sources):
                among = lexical.of_sources(sources)
            elif count <= min(EXACT_BELOW, EXACT_SHARE * len(lexical)):
                among = where
        wide = None
        if sources and among is None and len(sources) > WIDE_SCOPE:
            share = lexical.count_of(sources) / max(len(lexical), 1)
            wide = (set(sources), min(WIDE_MOST, int(k * WIDE_MARGIN / max(share, 1e-6)) + 1))
        # The query embedding (the slow part) and BM25 run at the same time.
        dense_future = self._pool.submit(self._dense, query, k, where, among, wide)
        bm25 = lexical.search(lexical_query or query, k, sources)
        dense = dense_future.result()
        return rrf([dense, bm25])[:k]

    def _dense(self, query: str, k: int, where: dict | None, among: list[Passage] | dict | None = None,
               wide: tuple[set[str], int] | None = None) -> list[Passage]:
        """The ``k`` passages nearest to the query: exactly among ``among`` (passages of the lexical
        index, their vectors read by id; or those a ``where`` selects) when given, else through
        Chroma's vector index (filtered by ``where``)."""
        from vectorstore.chroma_store import nearest

        embedding = self.store.embedder.embed_query(query)
        if isinstance(among, list):
            by_id = {p.id: p for p in among}
            similarity = self.store.similarities(embedding, list(by_id), [p.text for p in by_id.values()])
            if len(similarity) == len(by_id):
                return [by_id[pid] for pid in nearest(similarity, k)]
            among = where  # a passage gone since the lexical index's version: ask by source
        if among is not None:
            return [p for p, _ in self.store.nearest_among(embedding, k, among)]
        if wide is not None:
            sources, fetch = wide
            kept = [p for p, _ in self.store.query(embedding, fetch) if p.source in sources]
            if len(kept) >= k:
                return kept[:k]
        return [p for p, _ in self.store.query(embedding, k, where=where)]


def __getattr__(name: str):
    # GongkaiRetriever needs LangChain's retriever classes (~1 s to import, langsmith included),
    # which answering a question does not: it lives in its own module, loaded when asked for.
    if name == "GongkaiRetriever":
        from assistant.ask.langchain_retriever import GongkaiRetriever

        return GongkaiRetriever
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
