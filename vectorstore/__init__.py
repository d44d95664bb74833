"""Embedding backends and the Chroma passage store.

    store = open_store(settings)               # embedded under GONGKAI_HOME, or a Chroma server
    store.replace_source(source, passages, meta)
    store.query(store.embedder.embed_query("…"), k=8)
"""

from __future__ import annotations

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
    embedded index under ``GONGKAI_HOME``; embeddings cached under the home either way."""
    from vectorstore.chroma_store import PassageStore
    from vectorstore.embeddings import get_embedder

    embedder = get_embedder(settings.embedder)
    where = {"url": settings.chroma_url} if settings.chroma_url else {"path": settings.chroma_path}
    return PassageStore(embedder, collection=settings.collection, cache_dir=settings.cache_path, **where)
