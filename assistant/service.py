"""The library facade: what the CLI, the web app, the HTTP API and the eval harness call.

    g = Gongkai(Settings())
    g.ingest([Path("report.pdf")])          -> IngestReport
    g.reports()                              -> list of report records
    g.remove("report.pdf")
    g.ask("淮安市2024年行政处罚…？")           -> Answer
    for kind, value in g.ask_stream(q): ...  -> ("delta", str)* then ("answer", Answer)
    g.as_retriever(k=5); g.as_runnable()     -> LangChain retriever / Runnable (assistant/integrations/)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterable, Iterator

from assistant.model import Answer
from assistant.settings import Settings

FACT_CACHE = 5000  # reports whose facts a facade keeps (about 200 cells each)
SCOPED_FACTS = 50  # more reports in scope than this: their facts are read as needed (ScopedFactTable)


def keys_matching(key: str) -> list[str]:
    """The national format's cell keys a facts filter names (a glob, or a prefix as FactTable.query
    reads it)."""
    import fnmatch

    from assistant.national.schema import national_format

    pattern = key if any(ch in key for ch in "*?[") else f"{key}*"
    return [c.key for c in national_format().cells() if fnmatch.fnmatchcase(c.key, pattern)]


class Gongkai:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._store = None
        self._facts = None  # (store version, FactTable of every report)
        self._fact_cache: OrderedDict = OrderedDict()  # source → (facts, findings), of one version
        self._fact_cache_version: str | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ index
    @property
    def store(self):
        with self._lock:
            if self._store is None:
                from vectorstore import open_store

                self._store = open_store(self.settings)
            return self._store

    def ingest(self, paths: Iterable[Path], *, recursive: bool = False, progress: Callable | None = None,
               any_document: bool = False):
        from assistant.ingest.pipeline import ingest_paths
        from vectorstore.cache import TokenCache

        paths = list(paths)
        result = ingest_paths(paths, self.store, recursive=recursive, progress=progress,
                              limits=self.settings.limits(),
                              tokens=TokenCache(self.settings.cache_path / "tokens.sqlite3"),
                              any_document=any_document)
        self._keep_originals(paths, recursive, result)
        return result

    def _keep_originals(self, paths: list[Path], recursive: bool, result) -> None:
        """Each ingested PDF's file under GONGKAI_HOME/originals, for the source view
        (assistant/originals.py)."""
        from assistant import originals
        from assistant.errors import IngestError
        from assistant.ingest.pipeline import expand_paths, source_name

        by_source: dict[str, Path] = {}
        for path in expand_paths(paths, recursive)[0]:
            try:
                by_source.setdefault(source_name(path.name), path)
            except IngestError:
                continue
        for item in result.ingested:
            path = by_source.get(item["source"])
            if path is not None and path.is_file():
                originals.keep(self.settings.home, path, item["source"])

    def reports(self) -> list[dict]:
        return self.store.reports()

    # ------------------------------------------------------------------ table facts
    def fact_table(self, sources=None, years=None):
        """The table facts (assistant.national.facts.FactTable) of ``sources`` (every report when
        None), as of the store's current version. With ``years`` (the years of ``sources``) and
        more than SCOPED_FACTS sources, a ScopedFactTable: which reports print which table, and
        one key's cells, come from the store's key index; a report's whole facts are read when
        the answer asks for them (a ranking of a year cites the reports it shows).

        A question needs the facts of the reports it is about, not all of them: at a million
        passages the index holds ~20,000 reports' facts (~4 million cells), which took minutes to
        read and gigabytes to hold. Reports' facts are read from the store per report and kept
        until the store's version changes (at most ``FACT_CACHE`` reports)."""
        from assistant.national.facts import FactTable

        store = self.store
        version = store.version()
        if sources is None:
            with self._lock:
                if self._facts is None or self._facts[0] != version:
                    self._facts = (version, FactTable.build(*store.facts.load()))
                return self._facts[1]
        wanted = sorted(set(sources))
        if years is not None and len(wanted) > SCOPED_FACTS:
            from assistant.national.facts import ScopedFactTable

            return ScopedFactTable(wanted, set(years), self.fact_table, store.facts)
        with self._lock:
            if self._fact_cache_version != version:
                self._fact_cache.clear()
                self._fact_cache_version = version
            missing = [s for s in wanted if s not in self._fact_cache]
        loaded = store.facts.load_each(missing) if missing else {}
        facts, findings = [], []
        with self._lock:
            if self._fact_cache_version == version:
                self._fact_cache.update(loaded)
                for s in wanted:
                    self._fact_cache.move_to_end(s, last=True) if s in self._fact_cache else None
                while len(self._fact_cache) > FACT_CACHE:
                    self._fact_cache.popitem(last=False)
            for s in wanted:
                f, g = loaded.get(s) or self._fact_cache.get(s) or ([], [])
                facts += f
                findings += g
        return FactTable.build(facts, findings)

    def _sources_where(self, body: str | None, year: int | None, source: str | None) -> list[str]:
        """The reports whose record matches, as FactTable.query matches a fact's report."""
        return [r["source"] for r in self.reports()
                if (not body or body in (r.get("body") or "") or body in (r.get("title") or ""))
                and (year is None or r.get("year") == year) and (not source or r["source"] == source)]

    def facts(self, *, body: str | None = None, year: int | None = None, key: str | None = None,
              source: str | None = None) -> list[dict]:
        """Facts of the national tables as export rows (see EXPORT_COLUMNS), filtered; only the
        facts of the reports that match are read."""
        from assistant.national.facts import FactTable

        if year is not None and key and not source:
            # One key (or a few: a prefix or a glob) of a year: from the key index, not from
            # every report's whole facts.
            rows = self.store.facts.key_rows([year], keys_matching(key))
            table = FactTable.build([row for held in rows.values() for row in held.values()], [])
            return [row.export() for row in table.query(body=body, year=year, key=key)]
        narrowed = body or year is not None or source
        table = self.fact_table(self._sources_where(body, year, source) if narrowed else None)
        return [row.export() for row in table.query(body=body, year=year, key=key, source=source)]

    def findings(self, sources: list[str] | None = None) -> list[dict]:
        """The arithmetic findings of the given reports (all when None), each naming the identity,
        the cells and the two sums."""
        table = self.fact_table(sources or None)
        wanted = set(sources) if sources else None
        return [f.to_dict() for f in table.findings if wanted is None or f.source in wanted]

    def remove(self, source: str) -> int:
        from assistant import originals

        removed = self.store.remove_source(source)
        originals.drop(self.settings.home, source)
        return removed

    # ------------------------------------------------------------------ questions
    def ask(self, question: str, *, llm: str | None = None, top_k: int | None = None,
            sources: list[str] | None = None, history: list | None = None) -> Answer:
        """``history``: the conversation's earlier questions (strings, oldest first) or turns
        ({"role": "user"|"assistant", "content": …}); a follow-up ('那2023年呢？') is read with them."""
        answer = None
        for kind, value in self.ask_stream(question, llm=llm, top_k=top_k, sources=sources, history=history):
            if kind == "answer":
                answer = value
        return answer

    def ask_stream(self, question: str, *, llm: str | None = None, top_k: int | None = None,
                   sources: list[str] | None = None, history: list | None = None) -> Iterator[tuple[str, object]]:
        from assistant.ask.pipeline import answer_stream

        yield from answer_stream(self, question, llm=llm or self.settings.llm,
                                 top_k=top_k or self.settings.top_k, sources=sources, history=history)

    def warm_up(self) -> None:
        """Load what the first question needs — the store, the lexical index and catalogue, the
        embedder, Chroma's vector index, jieba, the body gazetteer and the dictionary — so a server's first
        question is answered as fast as the next ones."""
        from assistant.ask.cells import plan_cells
        from assistant.ask.dictionary import english_index
        from assistant.ask.glossary import chinese_terms
        from assistant.ask.understand import understand

        search = self.hybrid_search()
        _, catalog = search.snapshot()
        understand("2024年收到多少件政府信息公开申请？", catalog)
        plan_cells("行政处罚的本年处理决定数量是多少？", "zh")  # the national format, read once
        chinese_terms("How many requests were received?")
        english_index()  # the dictionary for English words the glossary lacks (~1.5 s)
        search.warmed()

    # ------------------------------------------------------------------ other stacks
    def hybrid_search(self):
        """The hybrid search the ask pipeline uses: one per facade, so its lexical index is built
        once for ``ask`` and the LangChain retriever alike."""
        from assistant.ask.pipeline import _search

        return _search(self)

    def as_retriever(self, *, k: int | None = None, sources: list[str] | None = None):
        """A LangChain ``BaseRetriever`` of passages (assistant.integrations.langchain.ReportRetriever):
        top ``k`` (default: the top_k setting), of ``sources`` only when given."""
        from assistant.integrations.langchain import retriever_for

        return retriever_for(self, k=k, sources=sources)

    def as_runnable(self, *, llm: str | None = None, top_k: int | None = None):
        """``ask`` as a LangChain ``Runnable`` (assistant.integrations.langchain.AskRunnable): a
        question string or ``{"question", "sources", "history"}`` in, an :class:`Answer` out;
        ``stream`` yields the text as it is written, then the Answer."""
        from assistant.integrations.langchain import AskRunnable

        return AskRunnable(self, llm=llm, top_k=top_k)
