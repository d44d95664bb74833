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

__all__ = ["FactRow", "FactTable", "ScopedFactTable", "EXPORT_COLUMNS"]

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

    def has_table(self, source: str, kind: str) -> bool:
        """Whether the report prints a table of this kind ('apply', 'art20', 'review')."""
        fmt = national_format()
        return any((spec := fmt.cell(k)) is not None and spec.table.kind == kind for k in self.of_source(source))

    def key_rows(self, keys: list[str]) -> dict[str, dict[str, FactRow]]:
        """Source → key → row, for ``keys`` only (what a ranking of one cell reads)."""
        wanted = set(keys)
        return {s: {k: r for k, r in rows.items() if k in wanted} for s, rows in self._by_source.items()}


def row_keys_of(keys: list[str], rows: list[str]) -> list[str]:
    """The keys of ``keys`` that are cells of one of ``rows`` (a key is '<row>.<column>')."""
    return [k for k in keys if any(k.startswith(r + ".") for r in rows)]


class ScopedFactTable(FactTable):
    """The facts of many reports (a ranking of a year: ~2,800 reports at a million passages), read
    as they are needed instead of every report's whole facts at once (~5 ms a report): which
    reports print which table and the cells of one key come from the store's key index
    (vectorstore/facts_store.py), a report's whole facts from ``load(sources)`` (a FactTable of
    those reports, e.g. the facade's cached per-report reads) when asked for by ``of_source``."""

    def __init__(self, sources: list[str], years: set[int | None], load, store_facts):
        super().__init__([], [])
        self._scope = list(dict.fromkeys(sources))
        self._years = set(years)
        self._load = load
        self._facts = store_facts
        self._kinds: dict[str, set[str]] | None = None
        self._loaded: dict[str, FactTable] = {}

    def _full(self, source: str) -> FactTable:
        if source not in self._loaded:
            self._loaded[source] = self._load([source])
        return self._loaded[source]

    def prefetch(self, sources: list[str]) -> None:
        """Read these reports' whole facts in one call (the reports an answer will cite)."""
        missing = [s for s in dict.fromkeys(sources) if s not in self._loaded]
        if missing:
            table = self._load(missing)
            for s in missing:
                self._loaded[s] = table

    def _table_kinds(self) -> dict[str, set[str]]:
        if self._kinds is None:
            kinds = [t.kind for t in national_format().tables.values()]
            rows = self._facts.key_rows(self._years, ["#" + k for k in dict.fromkeys(kinds)], self._scope)
            self._kinds = {s: {k[1:] for k in held} for s, held in rows.items()}
        return self._kinds

    def of_source(self, source: str) -> dict[str, FactRow]:
        return self._full(source).of_source(source)

    def sources(self) -> list[str]:
        kinds = self._table_kinds()
        return [s for s in self._scope if s in kinds]

    def query(self, **filters) -> list[FactRow]:
        raise NotImplementedError("a scoped table answers per report (of_source) or per key (key_rows)")

    def findings_of(self, source: str) -> list[Finding]:
        return self._full(source).findings_of(source)

    def has_table(self, source: str, kind: str) -> bool:
        return kind in self._table_kinds().get(source, ())

    def key_rows(self, keys: list[str]) -> dict[str, dict[str, FactRow]]:
        got = self._facts.key_rows(self._years, keys, self._scope)
        return {s: {k: FactRow(*row) for k, row in held.items()} for s, held in got.items()}
