"""The facts of every report in the index as one queryable table (built from the store's records,
rebuilt when the store's version changes), and the row shape the faces export.

    table = FactTable.build(*store.facts.load())
    table.query(body="淮安", year=2024, key="apply.new.*")     # -> [FactRow]
    table.findings_of("huaian-szf-2024.pdf")                  # -> [Finding]
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from assistant.model import Fact, Finding, plain_number
from assistant.national.schema import national_format

__all__ = ["FactRow", "FactTable", "EXPORT_COLUMNS"]

EXPORT_COLUMNS = ["body", "year", "key", "label_zh", "label_en", "value", "unit", "source", "page",
                  "section", "row_label", "column_label", "printed", "note", "title"]


@dataclass(frozen=True)
class FactRow:
    fact: Fact
    body: str
    year: int | None
    title: str

    @property
    def key(self) -> str:
        return self.fact.key

    def export(self) -> dict:
        spec = national_format().cell(self.fact.key)
        f = self.fact
        return {"body": self.body, "year": self.year, "key": f.key,
                "label_zh": spec.label_zh if spec else "", "label_en": spec.label_en if spec else "",
                "value": None if f.value is None else plain_number(f.value), "unit": f.unit,
                "source": f.source, "page": f.page, "section": f.section, "row_label": f.row_label,
                "column_label": f.column_label, "printed": f.printed, "note": f.note, "title": self.title}


class FactTable:
    def __init__(self, rows: list[FactRow], findings: list[Finding]):
        self.rows = rows
        self.findings = findings
        self._by_source: dict[str, dict[str, FactRow]] = {}
        for row in rows:
            self._by_source.setdefault(row.fact.source, {})[row.fact.key] = row

    @classmethod
    def build(cls, facts: list[tuple[Fact, str, int | None, str]], findings: list[Finding]) -> "FactTable":
        """From (fact, body, year, title) tuples and findings, as the store loads them."""
        rows = [FactRow(fact, body, year, title) for fact, body, year, title in facts]
        order = {c.key: i for i, c in enumerate(national_format().cells())}
        rows.sort(key=lambda r: (r.body, r.year or 0, r.fact.source, order.get(r.fact.key, 10**6), r.fact.key))
        return cls(rows, findings)

    def of_source(self, source: str) -> dict[str, FactRow]:
        return self._by_source.get(source, {})

    def sources(self) -> list[str]:
        return list(self._by_source)

    def query(self, *, body: str | None = None, year: int | None = None, key: str | None = None,
              source: str | None = None) -> list[FactRow]:
        """Rows whose body contains ``body``, of ``year``, whose key matches ``key`` (a glob, or a
        prefix: 'apply.new' is 'apply.new.*'), of ``source``."""
        pattern = None
        if key:
            pattern = key if any(ch in key for ch in "*?[") else f"{key}*"
        return [r for r in self.rows
                if (not body or body in r.body or body in r.title)
                and (year is None or r.year == year)
                and (not source or r.fact.source == source)
                and (pattern is None or fnmatch.fnmatchcase(r.fact.key, pattern))]

    def findings_of(self, source: str) -> list[Finding]:
        return [f for f in self.findings if f.source == source]

    def failed_keys(self, source: str) -> set[str]:
        return {k for f in self.findings_of(source) for k in f.keys}
