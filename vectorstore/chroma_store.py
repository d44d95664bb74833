"""Passages in Chroma, embedded (a folder) or behind a Chroma server (a URL).

Four collections: ``<collection>`` holds one record per passage (id = the passage's content id,
cosine space, the embedder's spec and dimension in the collection metadata),
``<collection>-reports`` one record per report (id = source file name), ``<collection>-facts``
each report's table facts and ``<collection>-keys`` the facts by year and key
(vectorstore/facts_store.py). Chroma is the source of truth; the lexical index and the embedding
cache are derived from it.

Several processes may share an index (the web app answers while ``gongkai ingest`` runs): writes
happen inside :meth:`PassageStore.writing`, one writer at a time, and every Chroma call goes
through the process's :class:`~vectorstore.connection.Connection`, which reopens the client when
the version stamp shows another process's write (and retries a read once when Chroma reports a
record its cached index lacks).
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import numpy as np

from assistant.errors import ConfigError, EmbedderMismatch, StoreError
from assistant.model import Passage

from vectorstore.cache import EmbeddingCache
from vectorstore.chroma_file import NeedsChroma
from vectorstore.connection import chroma_error, connection, is_stale
from vectorstore.embeddings import Embedder
from vectorstore.facts_store import KEYS_BUILT, LAYOUT as FACTS_LAYOUT, FactStore
from vectorstore.locks import DEFAULT_WAIT

T = TypeVar("T")

DEFAULT_COLLECTION = "gongkai-reports"
PAGE = 5000  # records per get() page and per delete() call, under Chroma's max batch size
# Passages per upsert. Each Chroma write has a fixed cost (~0.15 s embedded, measured): 64 per
# call capped a warm-cache re-ingest at ~370 passages/s, 1024 per call gives ~1250/s.
WRITE_BATCH = 1024
CHANGES_LISTED = 1000  # reports a version stamp lists as changed at most (more: a reader reads them all)
# Version stamps the version record remembers, with the reports each changed: a reader that many
# writes behind (an add, then a removal, before any question) reads only what they changed.
HISTORY = 32
SERVER_STAMP_TTL = 1.0  # seconds a version stamp read from a Chroma server is reused
COSINE = {"hnsw": {"space": "cosine"}}
# The record collections (reports, facts) hold one constant 1-dim vector per record, so saving
# their vector index is cheap; saving it every 100 writes keeps Chroma's log of unsaved writes,
# which every new client reads back, short (the default, 1000, made a first read of the facts
# take 7.5 s at 100k passages).
RECORDS = {"hnsw": {"sync_threshold": 100, "batch_size": 100}}
# Report record fields and the values that stand for "unknown" (Chroma metadata has no None).
REPORT_DEFAULTS: dict = {"title": "", "body": "", "year": -1, "published": "", "doc_number": "", "places": "",
                         "language": "zh", "passages": 0, "sections": 0, "tables": 0, "fingerprint": ""}


# The record in the reports collection whose stamp changes with every write.
VERSION_ID = "__gongkai_version__"

# --------------------------------------------------------------------------- pure helpers


def results_to_passages(result) -> list[tuple[Passage, float]]:
    """Chroma's parallel query lists (first query) → (passage, similarity = 1 - cosine distance)."""
    ids = (result.get("ids") or [[]])[0]
    if not ids:
        return []
    docs = result["documents"][0]
    metas = result["metadatas"][0]
    dists = result["distances"][0]
    return [(Passage.from_metadata(pid, doc or "", meta or {}), 1.0 - float(dist))
            for pid, doc, meta, dist in zip(ids, docs, metas, dists)]


def chroma_where(where: dict | None) -> dict | None:
    """Plain ``{"body": b, "year": y}`` filters in Chroma's syntax: several keys become ``$and``,
    list values become ``$in``. Filters already using operators pass through."""
    if not where:
        return None
    if any(key.startswith("$") for key in where):
        return where
    terms = [{k: {"$in": list(v)} if isinstance(v, (list, tuple, set)) else v} for k, v in where.items()]
    return terms[0] if len(terms) == 1 else {"$and": terms}


def _fingerprint(passages: Sequence[Passage]) -> str:
    """Changes whenever anything stored for the report changes: ids cover texts and sections,
    metadata covers titles, pages and reading order."""
    digest = hashlib.sha1()
    for p in passages:
        digest.update(p.id.encode())
        digest.update(repr(sorted(p.metadata().items())).encode("utf-8"))
    return digest.hexdigest()


def _record_metadata(meta: dict) -> dict:
    out = dict(REPORT_DEFAULTS)
    for key, value in meta.items():
        if key == "source":  # it is the record's id
            continue
        if value is None:
            value = REPORT_DEFAULTS.get(key, "")
        if not isinstance(value, (str, int, float, bool)):
            raise ValueError(f"report field {key!r} must be a scalar, got {type(value).__name__}")
        out[key] = value
    return out


def catalogue_order(record: dict) -> tuple:
    """The order of ``PassageStore.reports()``: by body, year and source."""
    return record.get("body", ""), record["year"] or 0, record["source"]


def _record(source: str, meta: dict | None) -> dict:
    record = {"source": source, **(meta or {})}
    record["year"] = None if record.get("year", -1) == -1 else int(record["year"])
    return record


def _get_all(col, where: dict | None = None, include: list | None = None) -> dict:
    """Every matching record of ``col``, paged, as one result with flat lists."""
    include = include if include is not None else []
    out: dict = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
    offset = 0
    while True:
        page = col.get(where=chroma_where(where), limit=PAGE, offset=offset, include=include)
        out["ids"].extend(page["ids"])
        for key in ("documents", "metadatas", "embeddings"):
            if key in include:
                out[key].extend(page[key])
        if len(page["ids"]) < PAGE:
            return out
        offset += PAGE


def _stamp(reports) -> str | None:
    """The version stamp in the reports collection; None in an index written before stamps."""
    got = reports.get(ids=[VERSION_ID], include=["metadatas"])
    return str(got["metadatas"][0].get("stamp", "")) if got["ids"] else None


def _history(meta: dict) -> list[list]:
    """The stamps a version record remembers, newest first: [stamp, the stamp before its writes,
    the reports they changed or None]. Empty when the record has none, or when they are not
    for its stamp (a version that keeps no history wrote the stamp since, leaving them behind)."""
    try:
        history = json.loads(meta.get("history") or "[]")
    except ValueError:
        return []
    return history if history and history[0][0] == meta.get("stamp") else []


def _remembered(history: list[list]) -> list[list]:
    """The newest of ``history`` the version record keeps: at most HISTORY stamps listing at
    most CHANGES_LISTED reports in all."""
    kept, listed = [], 0
    for entry in history[:HISTORY]:
        listed += len(entry[2] or ())
        if kept and listed > CHANGES_LISTED:
            break
        kept.append(entry)
    return kept


def _cosines(embedding, vectors) -> list[float]:
    vector = np.asarray(embedding, dtype=np.float32)
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(vector) or 1.0)
    return [float(x) for x in (matrix @ vector) / np.where(norms == 0, 1.0, norms)]


def nearest(similarity: dict[str, float], k: int) -> list[str]:
    """The ``k`` ids of highest similarity, ties by id (an exact ranking's order)."""
    return sorted(similarity, key=lambda pid: (-similarity[pid], pid))[:k]


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --------------------------------------------------------------------------- the store


class PassageStore:
    def __init__(self, embedder: Embedder, *, path: Path | None = None, url: str | None = None,
                 collection: str = DEFAULT_COLLECTION, cache_dir: Path | None = None,
                 lock_base: Path | None = None, lock_wait: float = DEFAULT_WAIT):
        """``lock_base``: where a server index's writer lock lives (an embedded index keeps its
        locks beside its folder); ``lock_wait``: seconds to wait for another writer."""
        if path is not None and url:
            raise ConfigError(f"give a Chroma path or a Chroma URL, not both (path={path}, url={url})")
        if path is None and not url:
            raise ConfigError("give a Chroma path (embedded index) or a Chroma URL (server)")
        self.embedder = embedder
        self.location = str(path) if path is not None else url
        self.collection_name = collection
        self.lock_wait = float(lock_wait)
        self._conn = connection(path=path, url=url, lock_base=lock_base, wait=self.lock_wait)
        self._names = (collection, f"{collection}-reports", f"{collection}-facts", f"{collection}-keys")
        self._cols: tuple | None = None  # (generation, passages, reports, facts, keys) of the current client
        self._server_stamp: tuple[str, float] | None = None  # (stamp, when read), over a server
        self._stamped = False  # this hold of the writer lock has stamped a new version already
        self._base = ""  # the stamp when this hold of the writer lock began
        self._changes: set[str] | None = set()  # the reports this hold changed (None: not known)
        self._open()
        self.facts = FactStore(self)
        self._tune_records()
        if self.facts.needs_upgrade():
            with self.writing("upgrade facts"):
                if self.facts.upgrade():
                    self._bump()
        if not self.facts.keys_built():
            with self.writing("build the key index"):
                if not self.facts.keys_built():  # another process may have built it meanwhile
                    self.facts.build_keys()
        self._cache = (EmbeddingCache(Path(cache_dir) / "embeddings.sqlite3", embedder.spec, embedder.dimension)
                       if cache_dir is not None else None)

    # ------------------------------------------------------------------ collections and calls

    def _open(self) -> None:
        """Find both collections, creating them (a write, under the writer lock) when new."""
        try:
            self._conn.stamps.setdefault(self.collection_name, self._read(lambda passages, reports: _stamp(reports)))
            return
        except Exception as err:
            if not chroma_error(err, "NotFoundError"):
                raise
        with self.writing("index setup"):
            with self._conn.use(write=True, wait=self.lock_wait) as (client, generation):
                spec, dim = self.embedder.spec, self.embedder.dimension
                # get_or_create keeps an existing collection's metadata, which _check reads.
                self._create(client, self._names[0], {"embedder": spec, "dimension": dim}, COSINE)
                self._create(client, self._names[1], {"holds": "gongkai report records"}, RECORDS)
                self._create(client, self._names[2], {"holds": "gongkai table facts", "layout": FACTS_LAYOUT}, RECORDS)
                # The key index: marked built when new only if the index holds no facts yet (an
                # index made before it gets it built from its facts, see FactStore.build_keys).
                new_index = not client.get_collection(self._names[2], embedding_function=None).count()
                self._create(client, self._names[3], {"holds": "gongkai facts by year and key",
                                                      **({"built": KEYS_BUILT} if new_index else {})}, RECORDS)
                _, reports = self._collections(client, generation)
                self._conn.stamps.setdefault(self.collection_name, _stamp(reports))

    def _tune_records(self) -> None:
        """Give record collections made before RECORDS their settings (once; a write)."""
        def current(col) -> int | None:
            return ((col.configuration_json or {}).get("hnsw") or {}).get("sync_threshold")

        want = RECORDS["hnsw"]["sync_threshold"]
        def records(passages, reports) -> tuple:
            return reports, self._facts(), self._keys()

        if all(current(c) == want for c in self._read(records)):
            return
        with self.writing("index setup"):
            self._write(lambda passages, reports: [c.modify(configuration=RECORDS) for c in records(passages, reports)
                                                   if current(c) != want])

    def _create(self, client, name: str, metadata: dict, configuration: dict | None = None) -> None:
        try:
            client.get_or_create_collection(name, metadata=metadata, configuration=configuration,
                                            embedding_function=None)
        except Exception as err:
            if not chroma_error(err, "InvalidArgumentError"):
                raise StoreError(f"cannot open collection {name!r} at {self.location}: {err}") from err
            raise ConfigError(f"bad collection name {name!r}: {err}") from err

    def _collections(self, client, generation: int) -> tuple:
        """The (passages, reports) collections of the client of ``generation``; looked up
        again (and checked again) after a reopen. NotFoundError when they do not exist."""
        cols = self._cols
        if cols is not None and cols[0] == generation:
            return cols[1], cols[2]
        try:
            passages = client.get_collection(self._names[0], embedding_function=None)
            reports = client.get_collection(self._names[1], embedding_function=None)
            facts = client.get_collection(self._names[2], embedding_function=None)
            keys = client.get_collection(self._names[3], embedding_function=None)
        except Exception as err:
            if isinstance(err, NeedsChroma) or chroma_error(err, "NotFoundError"):
                raise
            raise StoreError(f"cannot open collection {self._names[0]!r} at {self.location}: {err}") from err
        self._check(passages)
        self._cols = (generation, passages, reports, facts, keys)
        return passages, reports

    def _check(self, col) -> None:
        spec, dim, name = self.embedder.spec, self.embedder.dimension, self._names[0]
        found = col.metadata or {}
        if "embedder" not in found:
            raise StoreError(f"collection '{name}' at {self.location} was not made by Gongkai "
                             "(no embedder recorded); choose another collection")
        if found["embedder"] != spec or found.get("dimension") != dim:
            raise EmbedderMismatch(
                f"index was built with '{found['embedder']}' (dim {found.get('dimension')}); you asked "
                f"for '{spec}' (dim {dim}); use --embedder {found['embedder']} or a new "
                f"GONGKAI_HOME/collection (index: {self.location}, collection '{name}')")
        # configuration_json, not .configuration: the latter warns about our deliberately absent
        # embedding function (we always pass vectors) on every read.
        space = ((col.configuration_json or {}).get("hnsw") or {}).get("space", "cosine")
        if space != "cosine":
            raise StoreError(f"collection '{name}' at {self.location} uses {space} distance, not cosine")

    def _attempt(self, op: Callable[..., T], write: bool) -> tuple[T, int]:
        """``op(passages, reports)`` on the current client, with its generation. A read that
        finds the client behind the files reopens it and runs once more.

        A read runs on the index file's reader until chromadb's client is open
        (vectorstore/chroma_file.py); one it does not answer opens the client and runs there."""
        from_file, last = not write, False
        while True:
            with self._conn.use(write=write, wait=self.lock_wait, from_file=from_file) as (client, generation):
                try:
                    return op(*self._collections(client, generation)), generation
                except NeedsChroma:
                    if not from_file:
                        raise
                    from_file = False
                    continue
                except Exception as err:
                    if write or last or not is_stale(err):
                        raise
            self._conn.reopen(generation, self.lock_wait)
            last = True

    def _facts(self):
        """The facts collection of the client the current call runs on (valid inside an op)."""
        return self._cols[3]

    def _keys(self):
        """The key index's collection (vectorstore.facts_store), like ``_facts``."""
        return self._cols[4]

    def _read(self, op: Callable[..., T]) -> T:
        return self._attempt(op, write=False)[0]

    def _write(self, op: Callable[..., T]) -> T:
        if self._conn.writer is not None:
            if not self._conn.writer.held:
                raise RuntimeError("index writes happen inside PassageStore.writing()")
            if not self._stamped:  # a new version before the first change: see writing()
                self._stamp_version(None)
        return self._attempt(op, write=True)[0]

    @contextmanager
    def writing(self, what: str = "write") -> Iterator[None]:
        """Hold the index for writing: one writer (process or thread) at a time; another waits up
        to ``lock_wait`` seconds, logging whom it waits for, then raises
        :class:`~assistant.errors.IndexBusy`. Re-entrant, so a batch (an ingest) can hold
        it around many writes. On taking it, the client is reopened when another process has
        written since this one last read or wrote the version stamp: what it wrote is read
        afresh, never overwritten by what this process had cached. A hold stamps a new version
        before its first change (and again when done), so a writer that stopped half-way has
        changed the stamp too. (Reopening costs the first read after it the loading of Chroma's
        vector index: ~2.4 s at 300k passages, on every ingest when it was done each time.)"""
        writer = self._conn.writer
        if writer is None:  # a Chroma server without a lock base: nothing to coordinate here
            yield
            return
        with writer.hold(what, self.lock_wait) as outermost:
            if outermost:
                self._stamped = False
                try:
                    stamp, generation = self._attempt(lambda passages, reports: _stamp(reports), write=False)
                except Exception as err:  # NotFoundError: the collections are being made
                    if not chroma_error(err, "NotFoundError"):
                        raise
                    stamp, generation = None, self._conn.generation
                if stamp is None or stamp != self._conn.stamps.get(self.collection_name):
                    self._conn.reopen(generation, self.lock_wait)
                self._base, self._changes = stamp or "", set()
            yield

    # ------------------------------------------------------------------ reading

    def count(self) -> int:
        return self._read(lambda passages, reports: passages.count())

    def sources(self) -> set[str]:
        return set(self._read(lambda passages, reports: _get_all(reports))["ids"]) - {VERSION_ID}

    def reports(self) -> list[dict]:
        got = self._read(lambda passages, reports: _get_all(reports, include=["metadatas"]))
        records = [_record(rid, meta) for rid, meta in zip(got["ids"], got["metadatas"]) if rid != VERSION_ID]
        return sorted(records, key=catalogue_order)

    def reports_of(self, sources: Sequence[str]) -> list[dict]:
        """The records of ``sources`` that exist (by id: what they cost, not the index)."""
        out = []
        for chunk in _chunks(sorted(set(sources) - {VERSION_ID}), PAGE):
            got = self._read(lambda passages, reports: reports.get(ids=list(chunk), include=["metadatas"]))
            out += [_record(rid, meta) for rid, meta in zip(got["ids"], got["metadatas"])]
        return out

    def changes_since(self, old: str, new: str) -> list[str] | None:
        """The reports changed between version stamps ``old`` and ``new`` (the current one), from
        the stamps the version record remembers: a reader at ``old`` reads those reports' records
        instead of the catalogue. None when not known (``new`` is not the current stamp, ``old``
        is further back than the record remembers, a write in between did not list its changes,
        or an index without stamps)."""
        got = self._read(lambda passages, reports: reports.get(ids=[VERSION_ID], include=["metadatas"]))
        meta = (got["metadatas"][0] or {}) if got["ids"] else {}
        if not meta or str(meta.get("stamp", "")) != new:
            return None
        history = _history(meta)
        if not history:  # written by a version that kept one step: the stamp, its base, its list
            changed = meta.get("changed") or ""
            if meta.get("listed_for") == new and meta.get("after") == old and changed:
                return json.loads(changed)
            return None
        steps = {stamp: (after, changed) for stamp, after, changed in history}
        out: set[str] = set()
        at = new
        while at != old:
            if at not in steps or steps[at][1] is None or len(out) > CHANGES_LISTED:
                return None
            after, changed = steps.pop(at)  # popped: a chain visits each stamp once
            out.update(changed)
            at = after
        return sorted(out)

    def query(self, embedding, k: int, where: dict | None = None) -> list[tuple[Passage, float]]:
        """The ``k`` passages nearest to ``embedding`` with their cosine similarity, best first."""
        vector = np.asarray(embedding, dtype=np.float32)
        if vector.shape != (self.embedder.dimension,):
            raise ValueError(f"query embedding has shape {vector.shape}, the index holds "
                             f"{self.embedder.dimension}-dim vectors")
        if k <= 0:
            return []
        result = self._read(lambda passages, reports: passages.query(
            query_embeddings=[vector], n_results=k, where=chroma_where(where),
            include=["documents", "metadatas", "distances"]))
        return results_to_passages(result)

    def nearest_among(self, embedding, k: int, where: dict) -> list[tuple[Passage, float]]:
        """Like ``query``, exactly, by reading the vectors of the passages ``where`` selects: for a
        few reports this beats Chroma's filtered vector search, which has to walk its graph far
        to find k allowed neighbours (~310 ms for one report's 50 passages at 300k passages,
        against ~20 ms here). The ``where`` is a pass over the index's metadata, so its time
        grows with the index; ``similarities`` reads vectors by id instead."""
        got = self._read(lambda passages, reports: _get_all(passages, where, include=["embeddings"]))
        if not got["ids"] or k <= 0:
            return []
        scores = _cosines(embedding, got["embeddings"])
        top = nearest(dict(zip(got["ids"], scores)), k)
        found = self._read(lambda passages, reports: passages.get(ids=top, include=["documents", "metadatas"]))
        by_id = {pid: (doc, meta) for pid, doc, meta in zip(found["ids"], found["documents"], found["metadatas"])}
        similarity = dict(zip(got["ids"], scores))
        return [(Passage.from_metadata(pid, by_id[pid][0] or "", by_id[pid][1] or {}), similarity[pid])
                for pid in top if pid in by_id]

    def similarities(self, embedding, ids: Sequence[str], texts: Sequence[str] | None = None) -> dict[str, float]:
        """The cosine of ``embedding`` with each stored passage of ``ids`` (those that exist),
        their vectors read by id: the time of those passages, not of the index.

        With ``texts`` (the passages' texts, in the order of ``ids``) the vectors come from the
        embedding cache when it holds every one (the float32 vectors the passages were stored
        with): reading a vector from Chroma by id loads Chroma's whole vector index first (~3.6 s
        and ~270 MB at 100k passages), which a one-shot process asking about one report need not."""
        if texts is not None and self._cache is not None and len(texts) == len(ids):
            vectors = self._cache.get_many(list(texts))
            if vectors and all(v is not None for v in vectors):
                return dict(zip(ids, _cosines(embedding, vectors)))
        wanted = list(dict.fromkeys(ids))
        found, vectors = [], []
        for chunk in _chunks(wanted, PAGE):  # by ids: one call each, no limit (see FactStore._get)
            page = self._read(lambda passages, reports: passages.get(ids=list(chunk), include=["embeddings"]))
            found += page["ids"]
            vectors += list(page["embeddings"])
        return dict(zip(found, _cosines(embedding, vectors))) if found else {}

    def all_passages(self, where: dict | None = None) -> list[Passage]:
        """Every stored passage in reading order, e.g. to build the lexical index."""
        got = self._read(lambda passages, reports: _get_all(passages, where, include=["documents", "metadatas"]))
        passages = [Passage.from_metadata(pid, doc or "", meta or {})
                    for pid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"])]
        return sorted(passages, key=lambda p: (p.source, p.ordinal, p.id))

    def version(self) -> str:
        """Changes whenever stored content changes; derived indexes rebuild when it does.

        Every write stamps a version record, so reading the version is one lookup (asked on
        every question), not a pass over all report records. A stamp this process has not seen
        means another process wrote: the client is reopened first, so what follows reads the
        index as it now is.

        Over a Chroma server the stamp read is a network round trip (about as long as the rest of
        a typical question), so it is reused for ``SERVER_STAMP_TTL`` seconds: another process's
        write is seen at most that much later. This process's own writes are seen at once."""
        if self._conn.url:
            seen = self._server_stamp
            if seen is not None and seen[0] == self._conn.stamps.get(self.collection_name) \
                    and time.monotonic() - seen[1] < SERVER_STAMP_TTL:
                return seen[0]
        stamp, generation = self._attempt(lambda passages, reports: _stamp(reports), write=False)
        if stamp is not None and self._conn.url:
            self._server_stamp = (stamp, time.monotonic())
        if stamp is None:  # an index written before version records existed
            with self.writing("upgrade"):
                return self._read(lambda passages, reports: _stamp(reports)) or self._bump()
        if stamp != self._conn.stamps.get(self.collection_name):
            self._conn.reopen(generation, self.lock_wait)
            self._conn.stamps[self.collection_name] = stamp
        return stamp

    def _bump(self, sources: Iterable[str] | None = None) -> str:
        """Stamp a new version after writes that changed ``sources`` (None: not known). The stamp
        lists every report changed since this hold of the writer lock began (see ``changes``)."""
        with self.writing("write"):
            if sources is None or self._changes is None:
                self._changes = None
            else:
                self._changes.update(sources)
            return self._stamp_version(self._changes)

    def _stamp_version(self, changes: set[str] | None) -> str:
        """Write a new version stamp; ``changes``: the reports changed since ``self._base`` (None,
        or more than CHANGES_LISTED: not listed, a reader reads the whole catalogue)."""
        stamp = uuid.uuid4().hex
        # Every key each time (an upsert keeps the keys it is not given), and the stamp the list
        # is for: a writer that knows no lists (an older version) leaves them behind its stamp.
        listed = changes is not None and len(changes) <= CHANGES_LISTED
        before = self._read(lambda passages, reports: reports.get(ids=[VERSION_ID], include=["metadatas"]))
        history = _history((before["metadatas"][0] or {}) if before["ids"] else {})
        history = _remembered([[stamp, self._base, sorted(changes) if listed else None]] + history)
        meta = {"stamp": stamp, "after": self._base, "listed_for": stamp,
                "changed": json.dumps(sorted(changes), ensure_ascii=False) if listed else "",
                "history": json.dumps(history, ensure_ascii=False)}
        # Known before it is written, so this process's readers never take it for another's.
        self._conn.stamps[self.collection_name] = stamp
        self._stamped = True
        self._write(lambda passages, reports: reports.upsert(
            ids=[VERSION_ID], embeddings=[[1.0]], documents=[""], metadatas=[meta]))
        return stamp

    # ------------------------------------------------------------------ writing

    def _embed(self, texts: list[str], advance: Callable[[int], None]) -> np.ndarray:
        """Vectors for ``texts``: from the cache where it has them, the embedder for the rest
        (in its batch size). ``advance(n)`` is told each time n more texts have their vector."""
        vectors = self._cache.get_many(texts) if self._cache is not None else [None] * len(texts)
        missing = [i for i, v in enumerate(vectors) if v is None]
        if len(missing) < len(texts):
            advance(len(texts) - len(missing))
        for batch in _chunks(missing, self.embedder.batch_size):
            batch_texts = [texts[i] for i in batch]
            fresh = self.embedder.embed_batch(batch_texts)
            if self._cache is not None:
                self._cache.put_many(batch_texts, fresh)
            for i, vector in zip(batch, fresh):
                vectors[i] = vector
            advance(len(batch))
        return np.vstack(vectors).astype(np.float32, copy=False)

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Embeddings of any texts (clauses, questions' focus), through the embedding cache."""
        if not texts:
            return np.zeros((0, self.embedder.dimension), dtype=np.float32)
        return self._embed(list(texts), lambda n: None)

    def replace_source(self, source: str, passages: list[Passage], report_meta: dict,
                       progress: Callable[[int], None] | None = None, facts=None, findings=None) -> dict:
        """Make the index hold exactly ``passages`` for ``source``, embedding only new ones.

        ``progress(n)`` gets the number of this report's passages handled so far: already
        stored (or repeated) ones and embedding-cache hits count at once, the rest after each
        embedded batch, so it ends at ``len(passages)``. Returns counts: added (embedded and written), removed
        (stale ids deleted), kept (already stored), updated (kept, but metadata rewritten, e.g.
        a changed page or reading order).
        """
        unique: dict[str, Passage] = {}
        for p in passages:
            if not p.id:
                raise ValueError("every passage needs its content id (Passage.id)")
            if p.source != source:
                raise ValueError(f"passage {p.id} belongs to '{p.source}', not '{source}'")
            unique.setdefault(p.id, p)
        with self.writing("ingest"):
            return self._replace(source, passages, unique, report_meta, progress, facts, findings)

    def _replace(self, source: str, passages: list[Passage], unique: dict[str, Passage], report_meta: dict,
                 progress: Callable[[int], None] | None, facts=None, findings=None) -> dict:
        stored_got = self._read(lambda col, reports: _get_all(col, {"source": source}, include=["metadatas"]))
        stored = dict(zip(stored_got["ids"], stored_got["metadatas"]))
        new = [p for pid, p in unique.items() if pid not in stored]
        changed = [p for pid, p in unique.items() if pid in stored and stored[pid] != p.metadata()]
        stale = sorted(set(stored) - set(unique))

        done = len(passages) - len(new)
        if progress and done:
            progress(done)

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress(done)

        # Write new passages before deleting stale ones: an interrupted run leaves extra
        # passages (fixed by the next ingest), never a report with passages missing.
        for group in _chunks(new, WRITE_BATCH):
            # The passage text alone is embedded: adding the section path made the rows of one
            # table look alike and lowered dev-suite recall@5 from 1.00 to 0.94.
            texts = [p.text for p in group]
            vectors = self._embed(texts, advance)  # outside the Chroma call: readers go on meanwhile
            self._write(lambda col, reports: col.upsert(ids=[p.id for p in group], embeddings=vectors,
                                                        documents=texts, metadatas=[p.metadata() for p in group]))
        for batch in _chunks(changed, PAGE):
            self._write(lambda col, reports: col.update(ids=[p.id for p in batch],
                                                        metadatas=[p.metadata() for p in batch]))
        for batch in _chunks(stale, PAGE):
            self._write(lambda col, reports: col.delete(ids=list(batch)))
        changed_record = self._write_record(source, report_meta, list(unique.values()))
        changed_facts = (self.facts.replace(source, facts, findings or [], report_meta)
                         if facts is not None else False)
        if new or changed or stale or changed_record or changed_facts:
            self._bump([source])
        return {"added": len(new), "removed": len(stale), "kept": len(unique) - len(new),
                "updated": len(changed)}

    def _write_record(self, source: str, report_meta: dict, passages: list[Passage]) -> bool:
        meta = _record_metadata({**report_meta, "passages": len(passages),
                                 "fingerprint": _fingerprint(passages)})
        current = self._read(lambda col, reports: reports.get(ids=[source], include=["metadatas", "documents"]))
        if current["ids"] and current["metadatas"][0] == meta and current["documents"][0] == meta["title"]:
            return False  # unchanged: leave the record (and Chroma's log) alone
        # A record table, not a search target: one constant 1-dim vector satisfies Chroma.
        self._write(lambda col, reports: reports.upsert(ids=[source], embeddings=[[1.0]],
                                                        documents=[meta["title"]], metadatas=[meta]))
        return True

    def add_new(self, reports: list[tuple[str, list[Passage], dict, list, list]]) -> int:
        """Write reports the index does not hold yet — (source, passages, report record, facts,
        findings) each — in a few large Chroma calls and one version stamp.

        ``replace_source`` makes about six Chroma calls per report (reading what is stored,
        comparing, writing), which caps loading an archive at ~120 passages/s; a bulk load of
        new reports needs none of the reads. A source already held is refused (use
        ``replace_source``). Returns the number of passages written."""
        from vectorstore.facts_store import report_document, report_metadata, write_reports

        with self.writing("ingest"):
            held = self.sources() & {source for source, *_ in reports}
            if held:
                raise StoreError(f"already in the index: {', '.join(sorted(held)[:5])}")
            passages = [p for _, ps, *_ in reports for p in {p.id: p for p in ps}.values()]
            for group in _chunks(passages, WRITE_BATCH):
                texts = [p.text for p in group]
                vectors = self._embed(texts, lambda n: None)
                self._write(lambda col, rep: col.upsert(ids=[p.id for p in group], embeddings=vectors,
                                                        documents=texts, metadatas=[p.metadata() for p in group]))
            records, ids, metas, keyed = {}, [], [], {}
            for source, ps, meta, facts, findings in reports:
                unique = list({p.id: p for p in ps}.values())
                record = _record_metadata({**meta, "passages": len(unique), "fingerprint": _fingerprint(unique)})
                ids.append(source)
                metas.append(record)
                records[source] = (report_document(facts or [], findings or []), report_metadata(source, meta))
                keyed[source] = (list(facts or []), meta)
            write_reports(self, records)
            self.facts.add_keys(keyed)
            for start in range(0, len(ids), PAGE):
                chunk = slice(start, start + PAGE)
                self._write(lambda col, rep: rep.upsert(
                    ids=ids[chunk], embeddings=[[1.0]] * len(ids[chunk]),
                    documents=[m["title"] for m in metas[chunk]], metadatas=metas[chunk]))
            self._bump(ids)
            return len(passages)

    def remove_source(self, source: str) -> int:
        """Delete a report and its passages; returns how many passages went."""
        with self.writing("remove"):
            ids = self._read(lambda col, reports: _get_all(col, {"source": source}))["ids"]
            has_record = bool(self._read(lambda col, reports: reports.get(ids=[source], include=[]))["ids"])
            if not ids and not has_record:
                raise StoreError(f"no report '{source}' in the index")
            for batch in _chunks(ids, PAGE):
                self._write(lambda col, reports: col.delete(ids=list(batch)))
            self.facts.remove(source)
            if has_record:
                self._write(lambda col, reports: reports.delete(ids=[source]))
            self._bump([source])
            return len(ids)

    def __repr__(self) -> str:
        return f"<PassageStore {self.location} '{self.collection_name}' {self.embedder.spec}>"
