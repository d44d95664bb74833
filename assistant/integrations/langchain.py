"""Gongkai as LangChain building blocks: a retriever of report passages and a Runnable that answers.

    retriever = gongkai.as_retriever(k=5)            # ReportRetriever, a BaseRetriever
    chain = {"context": retriever | format_passages, "question": RunnablePassthrough()} | prompt | llm
    ask = gongkai.as_runnable()                       # AskRunnable: str | {"question", "sources", "history"} -> Answer
    for chunk in ask.stream("…"): ...                 # str deltas as the answer is written, then the Answer

Both stay thin on purpose. The retriever is the pipeline's own hybrid search (one per facade,
shared with ``ask``) narrowed, as the pipeline narrows it, to the reports the question is about;
the Runnable calls ``Gongkai.ask`` / ``Gongkai.ask_stream``, so an answer through LangChain is the
answer the CLI and the web app give, verified the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterator, Optional, Sequence, Union

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.runnables.config import run_in_executor
from typing_extensions import TypedDict

from assistant.ask.langchain_retriever import GongkaiRetriever
from assistant.model import Answer, Passage

__all__ = ["AskInput", "AskRunnable", "ReportRetriever", "cited_documents", "document_for",
           "format_passages", "question_of"]


# --------------------------------------------------------------------------- retriever


def document_for(passage: Passage) -> Document:
    """A passage as a LangChain Document: its text, and metadata a chain can cite by (missing year
    and page are None here, not Chroma's -1). ``fact_keys``: the national-format keys of the cells
    a table-row passage states, as ingest recorded them (``gongkai facts --key``); none for prose."""
    return Document(page_content=passage.text, id=passage.id, metadata={
        "source": passage.source, "title": passage.title, "body": passage.body, "year": passage.year,
        "section": passage.section, "section_path": list(passage.section_path), "page": passage.page,
        "kind": passage.kind, "ordinal": passage.ordinal, "passage_id": passage.id,
        "fact_keys": list(passage.facts),
    })


class ReportRetriever(GongkaiRetriever):
    """The hybrid search over the reports, as the ask pipeline uses it: narrowed to ``sources``
    (when given) and to the reports the question names (its bodies and years); a question about a
    body or year the index does not hold retrieves nothing, as ``ask`` refuses it. Documents carry
    source, title, body, year, section, section path, page and, for table rows, ``fact_keys``."""

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        from assistant.ask.terms import focus_text
        from assistant.ask.understand import understand

        lexical, catalog = self.search.snapshot()
        if self.sources:  # as in ask: none given (or an empty list) means every report
            wanted = set(self.sources)
            catalog = [r for r in catalog if r["source"] in wanted]
        if not query.strip() or not catalog:
            return []
        understanding = understand(query, catalog)
        if understanding.refusal:
            return []
        sources = {r["source"] for r in understanding.reports}
        # BM25 sees what is asked, without the body, year and question words (as in ask): the
        # names would otherwise rank every passage that repeats them.
        focus = focus_text(query, understanding.names, understanding.language)
        passages = self.search.search(query, self.k, sources, lexical_query=focus or query, lexical=lexical)
        return [document_for(p) for p in passages]


def retriever_for(gongkai, *, k: int | None = None, sources: Sequence[str] | None = None) -> ReportRetriever:
    if k is not None and (not isinstance(k, int) or k < 1):
        raise ValueError(f"k must be a positive integer, not {k!r}")
    return ReportRetriever(search=gongkai.hybrid_search(), k=k or gongkai.settings.top_k,
                           sources=list(sources) if sources is not None else None)


def format_passages(documents: Sequence[Document]) -> str:
    """Numbered passages for a prompt: ``[n] title — section (p. N)`` then the text, so an LLM can
    cite ``[n]`` and :func:`cited_documents` can map the markers back."""
    blocks = []
    for n, doc in enumerate(documents, 1):
        meta = doc.metadata
        page = f" (p. {meta['page']})" if meta.get("page") else ""
        blocks.append(f"[{n}] {meta.get('title', '')} — {meta.get('section', '')}{page}\n{doc.page_content}")
    return "\n\n".join(blocks)


def cited_documents(text: str, documents: Sequence[Document]) -> list[Document]:
    """The documents an answer cites by the ``[n]`` markers of :func:`format_passages`, in order."""
    from assistant.ask.verify import citation_markers

    return [documents[n - 1] for n in sorted(citation_markers(text)) if 1 <= n <= len(documents)]


# --------------------------------------------------------------------------- the ask Runnable


class AskInput(TypedDict, total=False):
    question: str  # required
    sources: list[str]  # only these reports (file names)
    history: list  # earlier questions (str) or turns ({"role", "content"}), oldest first: a follow-up
    # ('那2023年呢？') is read with them


def question_of(value: object) -> tuple[str, list[str] | None, list | None]:
    """(question, sources, history) from a Runnable input: a string, or a mapping with ``question``
    and optional ``sources``/``history``. Anything else is a TypeError, raised before any work."""
    if isinstance(value, str):
        return value, None, None
    if not isinstance(value, Mapping):
        raise TypeError(f"ask takes a question string or a mapping with 'question', not {type(value).__name__}")
    question = value.get("question")
    if not isinstance(question, str):
        raise TypeError("ask: 'question' must be a string")
    sources = value.get("sources")
    if sources is not None and (isinstance(sources, (str, bytes)) or not isinstance(sources, Sequence)
                                or not all(isinstance(s, str) for s in sources)):
        raise TypeError("ask: 'sources' must be a list of report file names")
    history = value.get("history")
    if history is not None and (isinstance(history, (str, bytes)) or not isinstance(history, Sequence)):
        raise TypeError("ask: 'history' must be a list of messages")
    return question, list(sources) if sources is not None else None, list(history) if history is not None else None


class AskRunnable(Runnable[Union[str, AskInput], Answer]):
    """``Gongkai.ask`` as a Runnable: ``invoke`` and ``batch`` return :class:`Answer` objects
    (``answer.to_dict()`` is the JSON shape); ``stream`` yields the answer text as the pipeline
    writes it (its ("delta", text) events, str chunks) and then the Answer, last.

    A subclass rather than a decorated function because ``stream`` must yield what the pipeline
    yields while ``invoke`` returns one Answer: LangChain's run helpers (``_call_with_config``,
    ``_transform_stream_with_config``) give both callbacks and tracing.
    """

    def __init__(self, gongkai, *, llm: str | None = None, top_k: int | None = None):
        self.gongkai = gongkai
        self.llm = llm
        self.top_k = top_k

    @property
    def InputType(self) -> type:  # noqa: N802 (LangChain's name)
        return Union[str, AskInput]

    @property
    def OutputType(self) -> type:  # noqa: N802
        return Answer

    def _ask(self, value) -> Answer:
        question, sources, history = question_of(value)
        return self.gongkai.ask(question, llm=self.llm, top_k=self.top_k, sources=sources, history=history)

    def _events(self, values: Iterator) -> Iterator[Union[str, Answer]]:
        question, sources, history = question_of(_last(values))
        for _kind, value in self.gongkai.ask_stream(question, llm=self.llm, top_k=self.top_k, sources=sources,
                                                    history=history):
            yield value

    def invoke(self, input, config: Optional[RunnableConfig] = None, **kwargs: Any) -> Answer:
        return self._call_with_config(self._ask, input, config, run_type="chain")

    def stream(self, input, config: Optional[RunnableConfig] = None, **kwargs: Any) -> Iterator[Union[str, Answer]]:
        yield from self._transform_stream_with_config(iter([input]), self._events, config, run_type="chain")

    async def astream(self, input, config: Optional[RunnableConfig] = None, **kwargs: Any):
        """``stream`` in a worker thread, one chunk at a time (the pipeline is synchronous)."""
        chunks = self.stream(input, config, **kwargs)
        done = object()
        while (chunk := await run_in_executor(config, next, chunks, done)) is not done:
            yield chunk


def _last(values: Iterator):
    last = _missing = object()
    for last in values:
        pass
    if last is _missing:
        raise TypeError("ask: no input")
    return last
