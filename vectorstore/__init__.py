"""Embedding backends and the Chroma passage store.

    store = open_store(settings)               # embedded under GONGKAI_HOME, or a Chroma server
    store.replace_source(source, passages, meta)
    store.query(store.embedder.embed_query("…"), k=8)
"""

from __future__ import annotations

import hashlib
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.settings import Settings
    from vectorstore.chroma_store import PassageStore

# Imported on first use: chromadb takes a second or more to import, and `gongkai --help` (whose
# text lists the embedder forms from vectorstore.embeddings) should not wait for it.
_EXPORTS = {
    "EmbeddingCache": "vectorstore.cache", "TokenCache": "vectorstore.cache",
    "DEFAULT_COLLECTION": "vectorstore.chroma_store", "PassageStore": "vectorstore.chroma_store",
    "results_to_passages": "vectorstore.chroma_store",
    "DEFAULT_SPEC": "vectorstore.embeddings", "Embedder": "vectorstore.embeddings",
    "SPEC_FORMS": "vectorstore.embeddings", "get_embedder": "vectorstore.embeddings",
}

__all__ = [*_EXPORTS, "open_store"]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'vectorstore' has no attribute {name!r}")


def open_store(settings: Settings) -> PassageStore:
    """The store the settings describe: a Chroma server when ``chroma_url`` is set, else the
    embedded index under ``GONGKAI_HOME``; embeddings cached under the home either way.

    Writers lock the index: the embedded one by files beside it (``GONGKAI_HOME/locks/chroma.*``),
    a server's collection by a file under the home named for the server and collection. That
    second lock only keeps apart writers sharing this home on this machine: writers on other
    machines, or with other homes, are not seen."""
    from vectorstore.chroma_store import PassageStore
    from vectorstore.embeddings import get_embedder

    embedder = get_embedder(settings.embedder)
    if settings.chroma_url:
        key = hashlib.sha1(f"{settings.chroma_url}\x1f{settings.collection}".encode()).hexdigest()[:12]
        where = {"url": settings.chroma_url, "lock_base": settings.locks_path / f"chroma-{key}"}
    else:
        where = {"path": settings.chroma_path}
    return PassageStore(embedder, collection=settings.collection, cache_dir=settings.cache_path,
                        lock_wait=settings.lock_wait, **where)
