"""A ranking of many reports and a refusal in a large index say what matters and count the rest:
the first reports ranked (each figure cited and verified from its report's own facts), how many
more there are, and the whole ranking in the answer's data; the ranking reads one key's cells
from the key index, and gives what reading every report's whole facts gives."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

from assistant.service import Gongkai
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)

QUESTION = "2024年哪个单位收到的政府信息公开申请最多？"


def test_a_ranking_of_fourteen_reports_states_ten_and_counts_four(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    bodies = generate.bodies()[:14]
    for i, (place, body, slug) in enumerate(bodies):
        (docs / f"{slug}-2024.md").write_text(generate.generate_report(body, 2024, i, place=place), encoding="utf-8")
    (docs / "extra-2023.md").write_text(generate.generate_report(bodies[0][1], 2023, 99, place=bodies[0][0]),
                                        encoding="utf-8")
    settings = Settings(home=tmp_path / "home", embedder="fake:64")
    g = Gongkai(settings)
    assert g.ingest([docs]).reports == 15
    import assistant.service as service

    monkeypatch.setattr(service, "SCOPED_FACTS", 5)  # the key-index path, as for a year of a large index
    a = g.ask(QUESTION)
    assert a.answered and a.verified and a.mode == "facts"
    ranked, shown = a.series["ranked"], a.series["points"]
    assert len(ranked) == 14 and len(shown) == 10
    assert [p["source"] for p in shown] == [r["source"] for r in ranked[:10]]
    values = [Decimal(r["value"]) for r in ranked]
    assert values == sorted(values, reverse=True)
    assert "其余4份未列出" in a.answer and "14份报告" in a.answer
    assert {c.source for c in a.citations} == {p["source"] for p in shown}  # only what is stated is cited
    key = a.citations[0].passage_id.removeprefix("fact:")
    # The ranking's values are the reports' facts (as exported, from the key index too) ...
    exported = {r["source"]: r["value"] for r in g.facts(year=2024, key=key) if r["key"] == key}
    assert {r["source"]: r["value"] for r in ranked} == exported
    # ... and what reading every report's whole facts gives.
    whole = g.fact_table()
    assert exported == {s: str(whole.of_source(s)[key].fact.value) for s in exported}
    monkeypatch.setattr(service, "SCOPED_FACTS", 10**6)
    b = Gongkai(settings).ask(QUESTION)
    assert (b.answer, b.series, [c.to_dict() for c in b.citations]) == (a.answer, a.series,
                                                                         [c.to_dict() for c in a.citations])
    # A ranking that asks for a number states that many, and lists no rest.
    c = g.ask("2024年收到政府信息公开申请最多的前3个单位是哪些？")
    assert c.answered and c.verified and len(c.series["points"]) == 3 and c.series["ranked"][:3] == ranked[:3]
    assert "前3名，其余11份未列出" in c.answer


def test_a_refusal_lists_the_first_reports_held_and_counts_the_rest():
    from assistant.ask.bodies import HELD_SHOWN, held_reports
    from assistant.ask.understand import understand

    catalog = [{"source": f"r{i:02d}.md", "body": f"青溪市第{i:02d}局", "year": 2024, "title": f"青溪市第{i:02d}局2024年报告"}
               for i in range(HELD_SHOWN + 5)]
    text = held_reports(catalog, "zh")
    assert text.count("; ") == HELD_SHOWN - 1 and "另有5份未列出" in text and f"共{HELD_SHOWN + 5}份" in text
    assert held_reports(catalog[:3], "zh") == "青溪市第00局 2024; 青溪市第01局 2024; 青溪市第02局 2024"
    refused = understand("2031年收到多少件政府信息公开申请？", catalog)
    assert "索引中没有2031年的报告" in refused.refusal and "另有5份未列出" in refused.refusal
    assert "and 5 more (25 in all" in held_reports(catalog, "en")


def test_a_wide_scope_searches_the_vector_index_unfiltered_and_keeps_its_reports(tmp_path, monkeypatch):
    """Many reports in scope: the unfiltered vector search, kept to the reports in scope, gives
    the passages the filtered search gives (a small index's search is exact)."""
    import assistant.ask.retrieval as retrieval

    g = Gongkai(Settings(home=tmp_path / "home", embedder="fake:64"))
    g.ingest([REPO / "demo"])
    search = g.hybrid_search()
    sources = {"qingxi-szf-2022.md", "qingxi-szf-2024.md"}
    asked = []
    real = g.store.query
    monkeypatch.setattr(g.store, "query", lambda embedding, k, where=None: asked.append((k, where)) or
                        real(embedding, k, where=where))
    for question in ("主动公开政府信息情况", "行政复议", "新闻发布会"):
        monkeypatch.setattr(retrieval, "WIDE_SCOPE", 10**6)
        asked.clear()
        filtered = search._dense(question, 5, {"source": {"$in": sorted(sources)}})
        monkeypatch.setattr(retrieval, "WIDE_SCOPE", 0)
        wide = search._dense(question, 5, {"source": {"$in": sorted(sources)}}, None, (sources, 40))
        assert [p.id for p in wide] == [p.id for p in filtered] and len(wide) == 5
    assert asked[-1] == (40, None)  # unfiltered, more neighbours
    # The search takes the wide way past WIDE_SCOPE reports (too many passages to rank exactly).
    monkeypatch.setattr(retrieval, "EXACT_BELOW", 0)
    asked.clear()
    search.search("新闻发布会", 5, sources)
    assert asked and asked[0][1] is None and asked[0][0] > 5
