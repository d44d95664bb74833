"""Run a suite: its documents in a fresh, isolated index, every case asked, every expectation checked.

    run = run_suite(load_suite("dev.suite.yaml"), Settings())      -> SuiteRun
    print(run.summary())    # dev: 47/52 passed (0.904) answer 0.94 ...

Where the index lives:
- by default, a temporary GONGKAI_HOME made for the run and deleted after it. Its ``cache``
  folder is a link to the embedding cache of the caller's home (``settings.cache_path``), so a
  rerun embeds nothing (one GONGKAI_HOME still moves all state);
- with ``store=DIR``, DIR is the home: the index persists in a collection of its own per suite
  (``eval-<name>``), brought to exactly the suite's documents before the cases are asked, and
  the cache is DIR/cache.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from assistant.model import Answer
from assistant.errors import ConfigError
from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.evaluation.matching import RECALL_K, CaseResult, errored, evaluate
from assistant.evaluation.metrics import Metrics, compute, summary_line
from assistant.evaluation.suite import Case, Suite

SYSTEM = "gongkai"
ProgressFn = Callable[[str, int, int, str], None]  # (stage, done, total, current item)


@dataclass
class SuiteRun:
    suite: Suite
    system: str  # "gongkai" or the baseline's name
    results: list[CaseResult]
    ingest_failures: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    seconds: float = 0.0
    metrics: Metrics = field(init=False)

    def __post_init__(self) -> None:
        self.metrics = compute(self.results)

    @property
    def label(self) -> str:
        return self.suite.name if self.system == SYSTEM else f"{self.suite.name} [{self.system}]"

    def summary(self) -> str:
        return summary_line(self.label, self.metrics)

    def to_dict(self) -> dict:
        return {"suite": self.suite.name, "file": str(self.suite.path), "system": self.system,
                "summary": self.summary(), "metrics": self.metrics.to_dict(),
                "seconds": round(self.seconds, 2),
                "ingest_failures": [{"source": s, "reason": r} for s, r in self.ingest_failures],
                "cases": [r.to_dict() for r in self.results]}


# --------------------------------------------------------------------------- the index


def collection_for(suite: Suite) -> str:
    """A Chroma collection name of the suite's own (3-63 of [A-Za-z0-9._-], alphanumeric ends)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", suite.name).strip("-")[:40] or "suite"
    return f"eval-{slug}"


def _share_cache(home: Path, cache: Path) -> None:
    """Point ``home/cache`` at ``cache``; without symlinks the run just embeds afresh."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        os.symlink(cache.resolve(), home / "cache", target_is_directory=True)
    except OSError:
        pass


@contextmanager
def suite_index(suite: Suite, settings: Settings, *, store: Path | None = None,
                progress: ProgressFn | None = None) -> Iterator[tuple[Gongkai, list[tuple[str, str]]]]:
    """A Gongkai whose index holds exactly the suite's documents, and the documents that failed
    to ingest. The embedded index is always used (a Chroma server is shared state)."""
    if store is not None:
        gongkai = Gongkai(settings.with_(home=Path(store), chroma_url="", collection=collection_for(suite)))
        wanted = {d.name for d in suite.documents}
        for source in sorted(gongkai.store.sources() - wanted):
            gongkai.remove(source)
        yield gongkai, _ingest(gongkai, suite, progress)
        return
    with tempfile.TemporaryDirectory(prefix="gongkai-eval-") as tmp:
        _share_cache(Path(tmp), settings.cache_path)
        gongkai = Gongkai(settings.with_(home=Path(tmp), chroma_url=""))
        yield gongkai, _ingest(gongkai, suite, progress)


def _ingest(gongkai: Gongkai, suite: Suite, progress: ProgressFn | None) -> list[tuple[str, str]]:
    report = gongkai.ingest(list(suite.documents), progress=progress)
    return [(f.source, f.reason) for f in report.failures]


# --------------------------------------------------------------------------- asking


def ask_case(ask: Callable[[str], Answer], case: Case) -> CaseResult:
    """Ask one case and check it. A bad setting (ConfigError) stops the run; any other error
    fails only this case."""
    started = time.perf_counter()
    try:
        answer = ask(case.question, history=list(case.history)) if case.history else ask(case.question)
    except ConfigError:
        raise
    except Exception as err:
        return errored(case, f"{type(err).__name__}: {err}", (time.perf_counter() - started) * 1000)
    elapsed = (time.perf_counter() - started) * 1000
    retrieved = [{"source": p.source, "section": p.section, "page": p.page} for p in answer.retrieved[:RECALL_K]]
    return evaluate(case, answer.to_dict(), retrieved, answer.latency_ms or elapsed)


def run_cases(suite: Suite, ask: Callable[[str], Answer], progress: ProgressFn | None = None,
              stage: str = "ask") -> list[CaseResult]:
    # One question first, untimed: the first answer builds the lexical index and loads the
    # tokenizer, which is start-up cost, not answering cost.
    try:
        ask(suite.cases[0].question)
    except ConfigError:
        raise
    except Exception:
        pass  # the timed run records it
    results = []
    for i, case in enumerate(suite.cases):
        if progress:
            progress(stage, i, len(suite.cases), case.id)
        results.append(ask_case(ask, case))
    if progress:
        progress(stage, len(suite.cases), len(suite.cases), "")
    return results


def run_suite(suite: Suite, settings: Settings, *, llm: str | None = None, top_k: int | None = None,
              store: Path | None = None, progress: ProgressFn | None = None) -> SuiteRun:
    started = time.perf_counter()
    with suite_index(suite, settings, store=store, progress=progress) as (gongkai, failures):
        results = run_cases(suite, lambda q, history=None: gongkai.ask(q, llm=llm, top_k=top_k, history=history),
                            progress)
    return SuiteRun(suite, SYSTEM, results, failures, time.perf_counter() - started)


def run_baseline(suite: Suite, settings: Settings, *, store: Path | None = None,
                 progress: ProgressFn | None = None) -> SuiteRun:
    from assistant.evaluation.baseline import NAME, NaiveRAG

    started = time.perf_counter()
    rag = NaiveRAG(settings.embedder, Path(store) / "cache" if store is not None else settings.cache_path)
    try:
        failures = rag.ingest(list(suite.documents), progress)
        results = run_cases(suite, rag.ask, progress, stage="ask baseline")
    finally:
        rag.close()
    return SuiteRun(suite, NAME, results, failures, time.perf_counter() - started)
