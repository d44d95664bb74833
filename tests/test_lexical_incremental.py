"""The on-disk lexical index follows the store report by report, and its answers are those of
an index built from scratch: the same BM25 scores (as bm25s computes them), the same passages
per report, the same composer statistics."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.ask.extractive import idf_weights
from assistant.ask.lexical import LexicalStore
from assistant.ask.lexical import sync as lexical_sync
from assistant.ask.retrieval import tokenize
from assistant.service import Gongkai
from assistant.settings import Settings

DEMO = Path(__file__).resolve().parents[1] / "demo"
QUERIES = ["青溪市2024年行政处罚的本年处理决定数量是多少", "依申请公开 政府信息 申请数量", "行政复议 行政诉讼 结果纠正",
           "岚泽市 主动公开 规章", "不存在的词语"]
TERMS = ["行政", "处罚", "复议", "申", "公开", "没有这个"]


def rebuilt(store, folder: Path):
    files = LexicalStore(folder, store)
    return files.open(files.update(store.version()))


def results(index) -> list:
    out = []
    for q in QUERIES:
        tokens = tokenize(q)
        out.append([(round(s, 12), p.id) for s, p in index.search_scored(tokens, 50)])
        out.append([(round(s, 12), p.id) for s, p in index.search_scored(tokens, 50, {"qingxi-szf-2022.md"})])
    return out


def assert_same(index, reference, store) -> None:
    assert index.n_docs == reference.n_docs == store.count()
    assert index.avg_len == pytest.approx(reference.avg_len, rel=0, abs=1e-12)
    assert results(index) == results(reference)
    for source in store.sources():
        assert [p.id for p in index.of_sources([source])] == [p.id for p in reference.of_sources([source])]
    df, n, _ = index.term_stats()
    ref_df, ref_n, _ = idf_weights([p.index_text for p in store.all_passages()])
    assert n == ref_n
    assert {t: df.get(t, 0) for t in TERMS} == {t: ref_df.get(t, 0) for t in TERMS}
    # Against bm25s itself, over the live passages in the same order.
    import bm25s

    passages = sorted(store.all_passages(), key=lambda p: (p.source, p.ordinal, p.id))
    bm = bm25s.BM25()
    bm.index([tokenize(p.index_text) for p in passages], show_progress=False)
    row = {p.id: i for i, p in enumerate(passages)}
    for q in QUERIES[:3]:
        expected = bm.get_scores(tokenize(q))
        got = np.zeros(len(passages))
        for s, p in index.search_scored(tokenize(q), len(passages)):
            got[row[p.id]] = s
        assert np.allclose(got, expected, rtol=1e-5, atol=1e-6)


@pytest.fixture
def g(tmp_path):
    return Gongkai(Settings(home=tmp_path / "home", embedder="fake:64"))


def test_add_remove_readd_equal_a_full_rebuild(g, tmp_path, monkeypatch):
    search = g.hybrid_search()
    reads = []
    real = g.store.all_passages
    monkeypatch.setattr(g.store, "all_passages", lambda where=None: reads.append(where) or real(where))

    g.ingest([DEMO / "qingxi-szf-2024.md", DEMO / "qingxi-szf-2022.md"])
    index, catalog = search.snapshot()
    assert {r["source"] for r in catalog} == {"qingxi-szf-2024.md", "qingxi-szf-2022.md"}
    assert_same(index, rebuilt(g.store, tmp_path / "r1")[0], g.store)

    reads.clear()
    third = DEMO / "qingxi-szfbgs-2024.md"
    assert g.ingest([third]).reports == 1
    index, catalog = search.snapshot()
    # Only the new report's passages were read from the store.
    assert reads == [{"source": {"$in": [third.name]}}]
    assert len(index.segments) == 2
    assert_same(index, rebuilt(g.store, tmp_path / "r2")[0], g.store)

    g.remove("qingxi-szf-2022.md")
    index, catalog = search.snapshot()
    assert "qingxi-szf-2022.md" not in index.sources and len(catalog) == 2
    assert index.search_scored(tokenize(QUERIES[0]), 10, {"qingxi-szf-2022.md"}) == []
    assert_same(index, rebuilt(g.store, tmp_path / "r3")[0], g.store)

    g.ingest([DEMO / "qingxi-szf-2022.md"])
    index, _ = search.snapshot()
    assert_same(index, rebuilt(g.store, tmp_path / "r4")[0], g.store)

    # A merge drops dead ranges and keeps every answer.
    monkeypatch.setattr(lexical_sync, "MAX_SMALL", 1)
    g.store._bump()
    g.ingest([DEMO / "qingxi-szf-2024.md"])  # unchanged: no new segment, version moves on
    merged, _ = search.snapshot()
    g.remove(third.name)
    g.ingest([third])
    merged, _ = search.snapshot()
    assert len(merged.segments) == 1 and not any(merged.dead.values())
    assert_same(merged, rebuilt(g.store, tmp_path / "r5")[0], g.store)


def test_an_update_reads_the_records_of_the_changed_reports_only(g, monkeypatch):
    """The version stamp lists the reports its writes changed, so bringing the index up to date
    reads their records, not the whole catalogue, and gets the catalogue a full read gives."""
    search = g.hybrid_search()
    g.ingest([DEMO / "qingxi-szf-2024.md", DEMO / "qingxi-szf-2022.md"])
    search.snapshot()
    full = []
    real = g.store.reports
    monkeypatch.setattr(g.store, "reports", lambda: full.append(1) or real())
    for change in (lambda: g.ingest([DEMO / "qingxi-szfbgs-2024.md"]), lambda: g.remove("qingxi-szf-2022.md"),
                   lambda: g.ingest([DEMO / "qingxi-szf-2022.md"])):
        change()
        full.clear()
        _, catalog = search.snapshot()
        assert not full
        assert catalog == real()
    g.store._bump()  # a version that does not say what changed: the whole catalogue is read
    _, catalog = search.snapshot()
    assert full and catalog == real()


def test_several_writes_between_updates_read_only_what_they_changed(g, tmp_path, monkeypatch):
    """The version record remembers its last stamps and what each changed: an index several
    writes behind (an add and a removal before any question) reads those reports' records only,
    and equals a rebuild; a write that does not say what it changed breaks the chain."""
    search = g.hybrid_search()
    g.ingest([DEMO / "qingxi-szf-2024.md", DEMO / "qingxi-szf-2022.md"])
    search.snapshot()
    full, some = [], []
    real, real_of = g.store.reports, g.store.reports_of
    monkeypatch.setattr(g.store, "reports", lambda: full.append(1) or real())
    monkeypatch.setattr(g.store, "reports_of", lambda sources: some.append(sorted(sources)) or real_of(sources))
    g.ingest([DEMO / "qingxi-szfbgs-2024.md"])
    g.remove("qingxi-szf-2022.md")
    g.ingest([DEMO / "qingxi-szf-2022.md"])
    g.remove("qingxi-szf-2024.md")
    index, catalog = search.snapshot()
    assert not full and some == [["qingxi-szf-2022.md", "qingxi-szf-2024.md", "qingxi-szfbgs-2024.md"]]
    assert catalog == real()
    assert_same(index, rebuilt(g.store, tmp_path / "r1")[0], g.store)
    g.ingest([DEMO / "qingxi-szf-2024.md"])
    g.store._bump()  # changes not listed
    g.remove("qingxi-szfbgs-2024.md")
    _, catalog = search.snapshot()
    assert full and catalog == real()


def test_a_question_is_not_held_up_by_a_slow_update(g, monkeypatch):
    """While the index catches up, questions are answered from the previous version."""
    import threading

    g.ingest([DEMO / "qingxi-szf-2024.md"])
    search = g.hybrid_search()
    before, _ = search.snapshot()
    release = threading.Event()
    real = search.files.update
    monkeypatch.setattr(search.files, "update", lambda v: release.wait(30) and real(v))
    monkeypatch.setattr(search, "wait", 0.2)
    g.ingest([DEMO / "qingxi-szf-2022.md"])
    index, catalog = search.snapshot()
    assert index is before and len(catalog) == 1  # the previous version, at once
    release.set()
    search._updater.join(30)
    index, catalog = search.snapshot()
    assert len(catalog) == 2 and "qingxi-szf-2022.md" in index.sources


def test_a_new_process_maps_the_index_another_built(g, tmp_path):
    g.ingest([DEMO])
    g.hybrid_search().snapshot()
    other = Gongkai(g.settings)
    index, catalog = other.hybrid_search().snapshot()
    assert index.version == g.store.version() and len(catalog) == 3
    shutil.rmtree(g.hybrid_search().files.folder)
    third = Gongkai(g.settings)  # nothing on disk: built from the store
    assert len(third.hybrid_search().snapshot()[1]) == 3
