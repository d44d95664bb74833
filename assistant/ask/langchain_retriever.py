"""The hybrid search as a LangChain retriever (apart from retrieval.py, so that answering a
question does not import LangChain's retriever classes)."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.ask.retrieval import HybridSearch


class GongkaiRetriever(BaseRetriever):
    """The hybrid search as a LangChain retriever (Documents carry the passage metadata)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    search: HybridSearch
    k: int = 8
    sources: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        passages = self.search.search(query, self.k, set(self.sources) if self.sources else None)
        return [Document(page_content=p.text, id=p.id, metadata=p.metadata()) for p in passages]
