"""A persistent text → vector cache, so the same text is never embedded twice by the same model.

Re-ingesting a report into a fresh index (``gongkai eval`` builds one per run) then costs a
sqlite lookup per passage instead of a forward pass. Keys are sha1(text) under the embedder's
spec; vectors are raw float32 bytes. WAL mode lets readers proceed while one process writes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

_CHUNK = 500  # keys per IN (...) query, well under sqlite's bound-parameter limit


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    def __init__(self, path: Path, spec: str, dimension: int | None = None):
        """``dimension``, when given, turns stored vectors of another length into misses (an
        ``st:/path`` spec can name a different model over time)."""
        self.path = Path(path)
        self.spec = spec
        self.dimension = dimension
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS vectors (spec TEXT NOT NULL, key TEXT NOT NULL, "
                       "vector BLOB NOT NULL, PRIMARY KEY (spec, key)) WITHOUT ROWID")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # A connection per call: safe from any thread or process, and cheap next to embedding.
        db = sqlite3.connect(self.path, timeout=30)
        try:
            with db:  # commit on success, roll back on error
                yield db
        finally:
            db.close()

    def get_many(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        keys = [_key(t) for t in texts]
        found: dict[str, bytes] = {}
        with self._db() as db:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(f"SELECT key, vector FROM vectors WHERE spec = ? AND key IN ({marks})",
                                  [self.spec, *chunk])
                found.update(rows)
        out: list[np.ndarray | None] = []
        for key in keys:
            blob = found.get(key)
            vector = None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()
            if vector is not None and self.dimension is not None and vector.size != self.dimension:
                vector = None
            out.append(vector)
        return out

    def put_many(self, texts: Sequence[str], vectors) -> None:
        array = np.asarray(vectors, dtype=np.float32)
        if array.ndim != 2 or len(array) != len(texts):
            raise ValueError(f"{len(texts)} texts but vectors of shape {array.shape}")
        rows = [(self.spec, _key(t), v.tobytes()) for t, v in zip(texts, array)]
        with self._db() as db:
            db.executemany("INSERT OR REPLACE INTO vectors (spec, key, vector) VALUES (?, ?, ?)", rows)

    def __len__(self) -> int:
        with self._db() as db:
            return db.execute("SELECT COUNT(*) FROM vectors WHERE spec = ?", [self.spec]).fetchone()[0]
