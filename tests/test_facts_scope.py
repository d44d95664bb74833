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
