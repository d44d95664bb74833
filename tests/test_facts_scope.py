"""Facts are read per report: a question's table, and g.facts() with filters, hold exactly what
the whole table would give for the reports in scope, and nothing of the others."""

from __future__ import annotations

from pathlib import Path

from assistant.service import Gongkai
from assistant.settings import Settings

DEMO = Path(__file__).resolve().parents[1] / "demo"


def test_facts_of_the_reports_in_scope_equal_the_whole_tables(tmp_path, monkeypatch):
    g = Gongkai(Settings(home=tmp_path / "home", embedder="fake:64"))
    g.ingest([DEMO])
    whole = g.fact_table()
    for filters in ({"year": 2024}, {"year": 2022, "key": "apply.new"}, {"body": "青溪市人民政府办公室"},
                    {"source": "qingxi-szf-2022.md"}, {"key": "art20.penalty.decisions"}):
        expected = [row.export() for row in whole.query(**filters)]
        assert g.facts(**filters) == expected and expected, filters
    scoped = g.fact_table(["qingxi-szf-2022.md"])
    assert scoped.sources() == ["qingxi-szf-2022.md"]
    assert scoped.of_source("qingxi-szf-2022.md") == whole.of_source("qingxi-szf-2022.md")

    # Read once per store version, then from the facade's cache.
    reads = []
    real = g.store.facts.load_each
    monkeypatch.setattr(g.store.facts, "load_each", lambda sources: reads.append(sorted(sources)) or real(sources))
    g.fact_table(["qingxi-szf-2022.md", "qingxi-szf-2024.md"])
    assert reads == []  # both were read by the calls above
    g.remove("qingxi-szf-2024.md")  # a new version: read again
    assert g.fact_table(["qingxi-szf-2024.md", "qingxi-szf-2022.md"]).sources() == ["qingxi-szf-2022.md"]
    assert reads == [["qingxi-szf-2022.md", "qingxi-szf-2024.md"]]


def test_a_reports_facts_keep_every_field_through_the_stored_document():
    """The compact document a report's facts are stored as keeps each field, the scan flag too
    (answers citing a scanned cell say so), and reads the same with or without the flag."""
    from decimal import Decimal

    from assistant.model import Fact
    from vectorstore.facts_store import parse_document, report_document

    facts = [Fact(source="a.pdf", key="art20.penalty.decisions", value=Decimal(12), printed="12",
                  row_label="行政处罚", column_label="本年处理决定数量", section="二、主动公开", page=3,
                  scanned=True),
             Fact(source="a.pdf", key="art20.license.decisions", value=None, printed="？", row_label="行政许可",
                  column_label="本年处理决定数量", section="二、主动公开", page=3, note="unreadable")]
    read, _ = parse_document("a.pdf", report_document(facts, []), {"year": 2024, "body": "青溪市", "title": "t"})
    assert [f for f, *_ in read] == facts


def _key_index(g: Gongkai) -> dict:
    """The whole key index, as (year, key) → source → (fact, body, year, title)."""
    from vectorstore.facts_store import _unpack

    store = g.store
    got = store._read(lambda col, reports: store._keys().get(include=["metadatas"]))
    out: dict = {}
    for meta in got["metadatas"]:
        year = None if meta["year"] == -1 else meta["year"]
        # a record holds a table key, or the cells of one row: each report's keys
        keys = {meta["group"]} if meta["group"].startswith("#") else {
            key for entry in _unpack(meta["entries"]).values() for key in entry[2]}
        for key in keys:
            for source, row in store.facts.key_rows([year], [key]).items():
                out.setdefault((year, key), {}).update({source: row[key]})
    return out


def _recomputed(g: Gongkai) -> dict:
    """The key index a recomputation from every report's facts gives."""
    from assistant.model import Fact
    from assistant.national.schema import national_format

    fmt = national_format()
    table = g.fact_table()
    out: dict = {}
    for source in table.sources():
        rows = table.of_source(source)
        for key, row in rows.items():
            out.setdefault((row.year, key), {})[source] = (row.fact, row.body, row.year, row.title)
        for kind in {fmt.cell(k).table.kind for k in rows if fmt.cell(k) is not None}:
            any_row = next(iter(rows.values()))
            out.setdefault((any_row.year, "#" + kind), {})[source] = (Fact(source=source, key="#" + kind, value=None, printed="", row_label="", column_label="", section=""),
                                                                       "", any_row.year, "")
    return out


def test_the_key_index_equals_a_recomputation_after_add_remove_and_re_add(tmp_path):
    """The per-(year, key) index of the facts is written with a report's facts and removed with
    them: after each change it is what the facts of every report give."""
    home = tmp_path / "home"
    g = Gongkai(Settings(home=home, embedder="fake:64"))
    g.ingest([DEMO])
    index = _key_index(g)
    assert index == _recomputed(g) and len(index) > 100
    sources = g.fact_table().sources()
    assert len(sources) > 2
    some = sources[1]
    g.remove(some)
    assert _key_index(g) == _recomputed(g)
    assert all(some not in held for held in _key_index(g).values())
    g.ingest([DEMO / some])
    assert _key_index(g) == index
    # A report re-ingested with other facts (its table's figures changed): its entries follow.
    text = (DEMO / some).read_text(encoding="utf-8")
    changed = tmp_path / some
    figure = next(f.fact.printed for f in g.fact_table([some]).rows if f.fact.printed.isdigit() and len(f.fact.printed) > 2)
    changed.write_text(text.replace(figure, str(int(figure) + 1)), encoding="utf-8")
    g.ingest([changed])
    assert _key_index(g) == _recomputed(g) != index
    # A new process reads the same; an index made before the key index gets it built.
    g2 = Gongkai(Settings(home=home, embedder="fake:64"))
    assert _key_index(g2) == _recomputed(g2)
    store = g2.store
    with store.writing("test"):
        store._write(lambda col, reports: store._keys().modify(metadata={"holds": "gongkai facts by year and key"}))
        ids = store._read(lambda col, reports: store._keys().get(include=[]))["ids"]
        store._write(lambda col, reports: store._keys().delete(ids=ids[: len(ids) // 2]))
    g3 = Gongkai(Settings(home=home, embedder="fake:64"))
    assert g3.store.facts.keys_built()
    assert _key_index(g3) == _recomputed(g3)
