"""Persistent caches keyed by text, so the same text is never embedded (or tokenized) twice.

Re-ingesting a report into a fresh index (``gongkai eval`` builds one per run) then costs a
sqlite lookup per passage instead of a forward pass, and a new process building the lexical
index reads jieba tokens instead of computing them. Both caches are a :class:`KeyedCache`:
sha1(text) → value in one sqlite table, optionally split by a namespace column (the embedder's
spec). WAL mode and a connection per call let threads and processes read while one writes;
writers wait for each other (up to ``TIMEOUT`` seconds) instead of failing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np

from assistant.zh.tokens import tokenize as zh_tokenize

_CHUNK = 500  # keys per IN (...) query, well under sqlite's bound-parameter limit
TIMEOUT = 30.0  # seconds a writer waits for another process's write


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Table:
    """The layout of one cache table: its name, its value column and type, and the column
    that splits it (None for a table without one). Names are constants of this module."""

    name: str
    value: str
    value_type: str = "BLOB"
    namespace: str | None = None


class KeyedCache:
    """Values by sha1(text) in one sqlite table (within ``namespace`` when the table has one)."""

    def __init__(self, path: Path, table: Table, namespace: str = ""):
        self.path = Path(path)
        self.table = table
        self.namespace = namespace
        self.path.parent.mkdir(parents=True, exist_ok=True)
        t = table
        columns = f"{t.namespace} TEXT NOT NULL, " if t.namespace else ""
        key = f"{t.namespace}, key" if t.namespace else "key"
        with self._db() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(f"CREATE TABLE IF NOT EXISTS {t.name} ({columns}key TEXT NOT NULL, "
                       f"{t.value} {t.value_type} NOT NULL, PRIMARY KEY ({key})) WITHOUT ROWID")

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # A connection per call: safe from any thread or process, and cheap next to the work cached.
        db = sqlite3.connect(self.path, timeout=TIMEOUT)
        try:
            with db:  # commit on success, roll back on error
                yield db
        finally:
            db.close()

    def _where(self) -> tuple[str, list]:
        if self.table.namespace:
            return f"{self.table.namespace} = ? AND ", [self.namespace]
        return "", []

    def get_many(self, texts: Sequence[str]) -> list:
        """The stored value of each text, None where there is none."""
        keys = [text_key(t) for t in texts]
        found: dict[str, object] = {}
        scope, args = self._where()
        with self._db() as db:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                found.update(db.execute(f"SELECT key, {self.table.value} FROM {self.table.name} "
                                        f"WHERE {scope}key IN ({marks})", [*args, *chunk]))
        return [found.get(key) for key in keys]

    def put_many(self, texts: Sequence[str], values: Sequence) -> None:
        if len(texts) != len(values):
            raise ValueError(f"{len(texts)} texts but {len(values)} values")
        t = self.table
        prefix = [self.namespace] if t.namespace else []
        columns = f"{t.namespace}, key, {t.value}" if t.namespace else f"key, {t.value}"
        marks = ", ".join("?" * (len(prefix) + 2))
        rows = [(*prefix, text_key(text), value) for text, value in zip(texts, values)]
        with self._db() as db:
            db.executemany(f"INSERT OR REPLACE INTO {t.name} ({columns}) VALUES ({marks})", rows)

    def __len__(self) -> int:
        scope, args = self._where()
        with self._db() as db:
            return db.execute(f"SELECT COUNT(*) FROM {self.table.name} WHERE {scope}1", args).fetchone()[0]


VECTORS = Table("vectors", value="vector", namespace="spec")
TOKENS = Table("tokens", value="tokens", value_type="TEXT")
_SEPARATOR = "\x1f"  # between the tokens of one text


class EmbeddingCache:
    """Vectors (raw float32 bytes) by text, under the embedder's spec."""

    def __init__(self, path: Path, spec: str, dimension: int | None = None):
        """``dimension``, when given, turns stored vectors of another length into misses (an
        ``st:/path`` spec can name a different model over time)."""
        self.spec = spec
        self.dimension = dimension
        self._cache = KeyedCache(path, VECTORS, namespace=spec)
        self.path = self._cache.path

    def get_many(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        out: list[np.ndarray | None] = []
        for blob in self._cache.get_many(texts):
            vector = None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()
            if vector is not None and self.dimension is not None and vector.size != self.dimension:
                vector = None
            out.append(vector)
        return out

    def put_many(self, texts: Sequence[str], vectors) -> None:
        array = np.asarray(vectors, dtype=np.float32)
        if array.ndim != 2 or len(array) != len(texts):
            raise ValueError(f"{len(texts)} texts but vectors of shape {array.shape}")
        self._cache.put_many(texts, [v.tobytes() for v in array])

    def __len__(self) -> int:
        return len(self._cache)


class TokenCache:
    """jieba tokens of passage texts: tokenizing is most of the cost of building the lexical
    index (about 0.5 ms a passage), and a new process (each `gongkai ask`) or a new store
    version would otherwise pay it for every passage."""

    def __init__(self, path: Path, tokenize: Callable[[str], list[str]] | None = None):
        """``tokenize``: the lexical index's tokenizer (``assistant.zh.tokens.tokenize`` unless
        given)."""
        self._cache = KeyedCache(path, TOKENS)
        self.path = self._cache.path
        self._tokenize = tokenize or zh_tokenize

    def tokenize_many(self, texts: list[str]) -> list[list[str]]:
        stored = self._cache.get_many(texts)
        missing = list(dict.fromkeys(t for t, s in zip(texts, stored) if s is None))
        fresh = {t: self._tokenize(t) for t in missing}
        if fresh:
            self._cache.put_many(list(fresh), [_SEPARATOR.join(tokens) for tokens in fresh.values()])
        return [fresh[t] if s is None else (s.split(_SEPARATOR) if s else []) for t, s in zip(texts, stored)]

    def put_many(self, texts: list[str], token_lists: list[list[str]]) -> None:
        """Store tokens computed elsewhere (a bulk load that knows them already)."""
        self._cache.put_many(texts, [_SEPARATOR.join(tokens) for tokens in token_lists])
