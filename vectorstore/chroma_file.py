"""The few reads a one-shot answer makes from an embedded Chroma index, without chromadb.

Importing chromadb and opening its client cost a `gongkai ask` process 0.8–1.0 s, more than half
of a one-shot answer at 100k passages. A question about one report reads from Chroma only the
four collections' metadata and configuration, the version stamp (one record of the reports
collection) and that report's facts record by id (its passages come from the lexical index, their
vectors from the embedding cache). Those are rows of ``chroma.sqlite3``'s metadata segment, which
Chroma writes in the same call as the records (what lags behind is its vector index), so
:class:`FileClient` reads them from the file directly (sqlite, read-only).

It answers only what it is sure of. Anything else raises :class:`NeedsChroma` and the caller runs
the call on chromadb's client (vectorstore/connection.py): a query, a filter, a page, a count,
vectors, any write; a collection it does not find; a schema whose migrations it does not know (a
chromadb other than the 1.x it was written for); a collection whose metadata segment has not
applied every record of Chroma's log yet (a writer stopped half-way); a configuration it cannot
read. Tested equal to chromadb's answers (tests/test_chroma_file.py).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

# The schema this reader knows: the last migration of each of Chroma's sqlite parts (chromadb
# 1.5). A file migrated further is read by chromadb.
MIGRATIONS = {"sysdb": 10, "metadb": 6, "embeddings_queue": 2}
DOCUMENT = "chroma:document"  # the metadata key Chroma keeps a record's document under
INCLUDABLE = {"metadatas", "documents"}
# What chromadb's ``configuration_json["hnsw"]`` holds, read from the collection's schema.
HNSW_KEYS = ("ef_construction", "ef_search", "max_neighbors", "resize_factor", "sync_threshold")
BATCH = 500  # ids per sqlite query (under sqlite's limit on bound parameters)


class NeedsChroma(Exception):
    """A read this reader does not answer: run it on chromadb's client."""


def _value(s, i, f, b):
    if s is not None:
        return s
    if i is not None:
        return int(i)
    if f is not None:
        return float(f)
    if b is not None:
        return bool(b)
    raise NeedsChroma("a metadata value of no known type")


class FileClient:
    """Read-only access to an embedded index's ``chroma.sqlite3``, one connection per process,
    used by one thread at a time. The caller holds the index's data gate (no writer meanwhile)."""

    def __init__(self, path: Path):
        file = Path(path) / "chroma.sqlite3"
        if not file.is_file():
            raise NeedsChroma("no index file")
        try:
            self._db = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None, check_same_thread=False)
            found = dict(self._db.execute("SELECT dir, MAX(version) FROM migrations GROUP BY dir"))
        except sqlite3.Error as err:
            raise NeedsChroma(f"unreadable index file: {err}") from err
        if found != MIGRATIONS:
            self.close()
            raise NeedsChroma(f"a Chroma schema this reader does not know: {found}")
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, args=()) -> list:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as err:
            raise NeedsChroma(f"sqlite: {err}") from err

    def get_collection(self, name: str, embedding_function=None) -> "FileCollection":
        with self._lock:
            found = self._rows(
                "SELECT c.id, c.config_json_str, c.schema_str FROM collections c JOIN databases d ON d.id = c.database_id"
                " WHERE c.name = ? AND d.name = 'default_database' AND d.tenant_id = 'default_tenant'", (name,))
            if len(found) != 1:
                raise NeedsChroma(f"no collection {name!r} in the file")
            cid, config, schema = found[0]
            metadata = {key: _value(s, i, f, b) for key, s, i, f, b in self._rows(
                "SELECT key, str_value, int_value, float_value, bool_value FROM collection_metadata"
                " WHERE collection_id = ?", (cid,))}
            segment = self._rows("SELECT id FROM segments WHERE collection = ? AND scope = 'METADATA'", (cid,))
            if len(segment) != 1:
                raise NeedsChroma(f"collection {name!r} has no single metadata segment")
        return FileCollection(self, name, cid, segment[0][0], metadata or None, _configuration(config, schema))


def _configuration(config: str | None, schema: str | None) -> dict:
    """chromadb's ``configuration_json`` for what Gongkai reads of it (``hnsw``), from the
    collection's schema; a configuration kept elsewhere is left to chromadb."""
    try:
        if json.loads(config or "{}"):
            raise NeedsChroma("a collection configuration outside its schema")
        vector = json.loads(schema)["keys"]["#embedding"]["float_list"]["vector_index"]["config"]
        hnsw = vector["hnsw"]
        return {"hnsw": {"space": vector["space"], **{key: hnsw[key] for key in HNSW_KEYS}}}
    except (ValueError, TypeError, KeyError) as err:
        raise NeedsChroma(f"a collection schema this reader does not know: {err}") from err


class FileCollection:
    """A collection's metadata and configuration (as read when looked up) and ``get`` by ids."""

    def __init__(self, client: FileClient, name: str, cid: str, segment: str, metadata: dict | None,
                 configuration: dict):
        self._client, self.name, self.id, self._segment = client, name, cid, segment
        self.metadata, self.configuration_json = metadata, configuration

    def __getattr__(self, name: str):  # query, count, upsert, modify, …: chromadb's
        if name.startswith("_"):
            raise AttributeError(name)
        raise NeedsChroma(f"{name} is chromadb's")

    def get(self, ids=None, where=None, limit=None, offset=None, where_document=None, include=()) -> dict:
        """Records by id, as chromadb's ``get(ids=…, include=…)`` returns them (in the order they
        were first written; ids not held are left out)."""
        if ids is None or where or limit is not None or offset or where_document or not set(include) <= INCLUDABLE:
            raise NeedsChroma("only get by ids, of metadatas and documents")
        ids = [ids] if isinstance(ids, str) else list(ids)
        if not ids or len(set(ids)) < len(ids):
            raise NeedsChroma("no ids, or repeated ids: chromadb's error")
        db = self._client
        with db._lock:
            db._rows("BEGIN")
            try:
                self._check_applied()
                records: dict[int, str] = {}
                for start in range(0, len(ids), BATCH):
                    chunk = ids[start:start + BATCH]
                    marks = ",".join("?" * len(chunk))
                    records.update(db._rows(f"SELECT id, embedding_id FROM embeddings WHERE segment_id = ?"
                                            f" AND embedding_id IN ({marks})", (self._segment, *chunk)))
                values: dict[int, list] = {row: [] for row in records}
                rows = sorted(records)
                for start in range(0, len(rows), BATCH):
                    chunk = rows[start:start + BATCH]
                    marks = ",".join("?" * len(chunk))
                    if db._rows(f"SELECT 1 FROM embedding_metadata_array WHERE id IN ({marks}) LIMIT 1", chunk):
                        raise NeedsChroma("array metadata")
                    for row, *value in db._rows(
                            "SELECT id, key, string_value, int_value, float_value, bool_value FROM embedding_metadata"
                            f" WHERE id IN ({marks})", chunk):
                        values[row].append(value)
            finally:
                db._rows("COMMIT")
        out: dict = {"ids": [records[row] for row in rows], "embeddings": None, "documents": None, "uris": None,
                     "included": list(include), "data": None, "metadatas": None}
        if "metadatas" in include:
            out["metadatas"] = [{key: _value(*v) for key, *v in values[row] if not key.startswith("chroma:")} or None
                                for row in rows]
        if "documents" in include:
            out["documents"] = [next((s for key, s, *_ in values[row] if key == DOCUMENT), None) for row in rows]
        return out

    def _check_applied(self) -> None:
        """Every record of Chroma's log for this collection is in its metadata segment."""
        seen = self._client._rows("SELECT seq_id FROM max_seq_id WHERE segment_id = ?", (self._segment,))
        if seen and not isinstance(seen[0][0], int):
            raise NeedsChroma("a sequence number this reader does not know")
        after = seen[0][0] if seen else -1
        if self._client._rows("SELECT 1 FROM embeddings_queue WHERE seq_id > ? AND topic LIKE ? LIMIT 1",
                              (after, f"%/{self.id}")):
            raise NeedsChroma(f"collection {self.name!r} has log records not applied yet")
