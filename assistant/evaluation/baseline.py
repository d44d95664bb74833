"""``--baseline naive``: the plain LangChain RAG Gongkai is measured against.

Raw document text (the project's loaders, nothing else) → RecursiveCharacterTextSplitter →
the same embedder → an in-memory ``langchain_chroma.Chroma`` → the 4 nearest chunks. The answer
is the best chunk's text, cited by file name with no section; it never refuses. Embeddings go
through the project's embedding cache, so a rerun embeds nothing.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Callable

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.model import Answer, Citation
from assistant.ingest.loaders import load_document
from assistant.model import Grid, Passage, RawDocument

NAME = "baseline naive"
CHUNK_SIZE = 500
CHUNK_OVERLAP = 50
TOP_K = 4


def raw_text(document: RawDocument) -> str:
    """A loaded document as plain text: lines as they are, table rows as ``a | b | c``."""
    lines = []
    for element in document.elements:
        if isinstance(element, Grid):
            lines.extend(" | ".join(cell or "" for cell in row) for row in element.rows)
        else:
            lines.append(element.text)
    return "\n".join(lines)


class CachedEmbeddings(Embeddings):
    """Documents embedded once per text and model (through an EmbeddingCache when given);
    queries embedded every time, so the baseline's latency includes it as Gongkai's does."""

    def __init__(self, embedder, cache=None):
        self.embedder = embedder
        self.cache = cache

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.cache is None:
            return self.embedder.embed_documents(texts)
        vectors = self.cache.get_many(texts)
        missing = [i for i, v in enumerate(vectors) if v is None]
        if missing:
            fresh = self.embedder.embed_documents([texts[i] for i in missing])
            self.cache.put_many([texts[i] for i in missing], fresh)
            for i, vector in zip(missing, fresh):
                vectors[i] = vector
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        # embed_batch, not embed_query: the embedder's query cache would hold Gongkai's
        # vectors for the same questions, asked just before in the same process.
        return self.embedder.embed_batch([text])[0].tolist()


class NaiveRAG:
    def __init__(self, embedder_spec: str, cache_dir: Path | None = None):
        from vectorstore import EmbeddingCache, get_embedder

        embedder = get_embedder(embedder_spec)
        cache = (EmbeddingCache(Path(cache_dir) / "embeddings.sqlite3", embedder.spec, embedder.dimension)
                 if cache_dir is not None else None)
        self.embeddings = CachedEmbeddings(embedder, cache)
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        # In-process Chroma clients share one system: a unique collection keeps runs apart.
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(collection_name=f"naive-{uuid.uuid4().hex}", embedding_function=self.embeddings,
                            client=client, collection_configuration={"hnsw": {"space": "cosine"}})

    def ingest(self, paths: list[Path], progress: Callable[[str, int, int, str], None] | None = None
               ) -> list[tuple[str, str]]:
        """Load, split and index the files; returns (file name, reason) for the files that failed."""
        failures = []
        for i, path in enumerate(paths):
            if progress:
                progress("baseline", i, len(paths), path.name)
            try:
                chunks = self.splitter.split_text(raw_text(load_document(path)))
            except Exception as err:  # the baseline goes on without a file it cannot read
                failures.append((path.name, str(err)))
                continue
            if chunks:
                self.store.add_texts(chunks, metadatas=[{"source": path.name}] * len(chunks))
        if progress:
            progress("baseline", len(paths), len(paths), "")
        return failures

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        started = time.perf_counter()
        docs = self.store.similarity_search(question, k=TOP_K)
        retrieved = [Passage(text=d.page_content, source=d.metadata.get("source", ""), title="", body="",
                             year=None, section_path=(), page=None, kind="prose") for d in docs]
        if not docs:
            return Answer(question, "", answered=False, mode=NAME, note="nothing indexed",
                          latency_ms=(time.perf_counter() - started) * 1000)
        best = retrieved[0]
        citation = Citation(id=1, source=best.source, title=best.source, section="", page=None, quote=best.text)
        return Answer(question, best.text, answered=True, citations=[citation], mode=NAME, retrieved=retrieved,
                      latency_ms=(time.perf_counter() - started) * 1000)

    def close(self) -> None:
        self.store.delete_collection()
