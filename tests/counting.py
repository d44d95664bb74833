"""A test helper: the real embedder, counting how often the model actually runs."""

from __future__ import annotations

from vectorstore.embeddings import Embedder


class Counting(Embedder):
    def __init__(self, inner: Embedder, batch_size: int | None = None):
        super().__init__()
        self.inner = inner
        self.spec, self.dimension = inner.spec, inner.dimension
        self.batch_size = batch_size or inner.batch_size
        self.calls = 0
        self.texts = 0

    def embed_batch(self, texts):
        self.calls += 1
        self.texts += len(texts)
        return self.inner.embed_batch(texts)
