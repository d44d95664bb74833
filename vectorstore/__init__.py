"""Embedding backends and the Chroma passage store.

    store = open_store(settings)               # embedded under GONGKAI_HOME, or a Chroma server
    store.replace_source(source, passages, meta)
    store.query(store.embedder.embed_query("…"), k=8)
"""

from __future__ import annotations

from assistant.settings import Settings

from vectorstore.cache import EmbeddingCache
from vectorstore.chroma_store import DEFAULT_COLLECTION, PassageStore, results_to_passages
from vectorstore.embeddings import DEFAULT_SPEC, Embedder, get_embedder

__all__ = ["DEFAULT_COLLECTION", "DEFAULT_SPEC", "Embedder", "EmbeddingCache", "PassageStore",
           "get_embedder", "open_store", "results_to_passages"]


def open_store(settings: Settings) -> PassageStore:
    """The store the settings describe: a Chroma server when ``chroma_url`` is set, else the
    embedded index under ``GONGKAI_HOME``; embeddings cached under the home either way."""
    embedder = get_embedder(settings.embedder)
    where = {"url": settings.chroma_url} if settings.chroma_url else {"path": settings.chroma_path}
    return PassageStore(embedder, collection=settings.collection, cache_dir=settings.cache_path, **where)
