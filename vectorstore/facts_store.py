"""The facts of the national tables, and the findings of their arithmetic, in Chroma.

One more collection beside the passages, ``<collection>-facts``, so the facts live wherever the
index lives (an embedded folder or a Chroma server) and go with their report: replaced when it is
re-ingested, deleted when it is removed. Records are data, not search targets: each carries one
constant 1-dim vector. Values are stored as the decimal text they were read as (never a float),
so 96171.6 stays 96171.6.

One record per report (id = its source; the facts and findings as JSON in the document; body,
year and title as metadata). A record per fact (the first layout) put ~200 records with 17
metadata fields each per report into Chroma's sqlite: at a million passages that is 4 million
records, written at ~1,200/s and read whole by every process; per report, a question reads the
few reports it is about. An index in the first layout is converted when it is opened.
"""

from __future__ import annotations

import base64
import json
import zlib
from decimal import Decimal
from typing import Iterable

from assistant.model import Fact, Finding, plain_number

_READ = 500  # reports per get(): each record holds a report's facts
_WRITE = 1000
LAYOUT = 2  # a record per report (1: a record per fact), marked on the collection


def fact_metadata(fact: Fact, report: dict) -> dict:
    return {"kind": "fact", "source": fact.source, "key": fact.key,
            "value": "" if fact.value is None else plain_number(fact.value), "printed": fact.printed,
            "row_label": fact.row_label, "column_label": fact.column_label, "section": fact.section,
            "page": fact.page if fact.page is not None else -1, "unit": fact.unit, "note": fact.note,
            "body": report.get("body", ""), "year": report.get("year") or -1, "title": report.get("title", ""),
            **({"scanned": True} if fact.scanned else {})}


def finding_metadata(finding: Finding, report: dict) -> dict:
    return {"kind": "finding", "source": finding.source, "identity": finding.identity,
            "description": finding.description, "keys": "\x1f".join(finding.keys),
            "left": "" if finding.left is None else plain_number(finding.left),
            "right": "" if finding.right is None else plain_number(finding.right),
            "body": report.get("body", ""), "year": report.get("year") or -1, "title": report.get("title", "")}


def fact_of(meta: dict) -> Fact:
    page = meta.get("page", -1)
    value = meta.get("value", "")
    return Fact(source=meta["source"], key=meta["key"], value=Decimal(value) if value != "" else None,
                printed=meta.get("printed", ""), row_label=meta.get("row_label", ""),
                column_label=meta.get("column_label", ""), section=meta.get("section", ""),
                page=None if page in (-1, None) else int(page), unit=meta.get("unit", ""), note=meta.get("note", ""),
                scanned=bool(meta.get("scanned", False)))


def finding_of(meta: dict) -> Finding:
    def number(text: str):
        return Decimal(text) if text not in ("", None) else None

    return Finding(source=meta["source"], identity=meta["identity"], description=meta["description"],
                   keys=tuple(k for k in meta.get("keys", "").split("\x1f") if k),
                   left=number(meta.get("left")), right=number(meta.get("right")))


_FACT_FIELDS = ("key", "value", "printed", "row_label", "column_label", "section", "page", "unit", "note")
_FACT_FLAGS = ("scanned",)  # trailing, present only when true: older documents read the same
_FINDING_FIELDS = ("identity", "description", "keys", "left", "right")


def report_document(facts: Iterable[Fact], findings: Iterable[Finding]) -> str:
    """A report's facts and findings as compact JSON (lists of field values, in the orders above)."""
    rows = []
    for fact in facts:
        meta = fact_metadata(fact, {})
        rows.append([meta[f] for f in _FACT_FIELDS] + ([True] if fact.scanned else []))
    found = []
    for finding in findings:
        meta = finding_metadata(finding, {})
        found.append([meta[f] for f in _FINDING_FIELDS])
    text = json.dumps({"facts": rows, "findings": found}, ensure_ascii=False, separators=(",", ":"))
    # Compressed (~6x): Chroma keeps each write in its log, documents included, until it next
    # saves the collection, and a new client reads that log back (7.5 s for 845 plain records).
    return "z:" + base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")


def report_metadata(source: str, report: dict) -> dict:
    return {"source": source, "body": report.get("body", "") or "", "year": report.get("year") or -1,
            "title": report.get("title", "") or ""}


def parse_document(source: str, document: str, meta: dict) -> tuple[list[tuple[Fact, str, int | None, str]],
                                                                     list[Finding]]:
    if document and document.startswith("z:"):
        document = zlib.decompress(base64.b64decode(document[2:])).decode("utf-8")
    data = json.loads(document or "{}")
    year = meta.get("year", -1)
    year = None if year in (-1, None) else int(year)
    body, title = meta.get("body", ""), meta.get("title", "")
    facts = [(fact_of({"source": source, **dict(zip(_FACT_FIELDS + _FACT_FLAGS, row))}), body, year, title)
             for row in data.get("facts", [])]
    findings = [finding_of({"source": source, **dict(zip(_FINDING_FIELDS, row))}) for row in data.get("findings", [])]
    return facts, findings


def write_reports(store, records: dict[str, tuple[str, dict]]) -> None:
    """Upsert report records, source → (document, metadata), inside the store's writing()."""
    ids = list(records)
    for start in range(0, len(ids), _WRITE):
        chunk = ids[start:start + _WRITE]
        store._write(lambda col, reports, chunk=chunk: store._facts().upsert(
            ids=chunk, embeddings=[[1.0]] * len(chunk), documents=[records[i][0] for i in chunk],
            metadatas=[records[i][1] for i in chunk]))


class FactStore:
    """The facts collection of a PassageStore, read and written through its calls (locks, reopen
    after another process's write)."""

    def __init__(self, store):
        self._store = store

    def _get(self, *, ids: list[str] | None = None, where: dict | None = None) -> dict:
        if ids is not None:
            # By ids, one call without limit/offset: Chroma 1.5 answered get(ids=[one], limit=500)
            # in 7 s at 100k passages (1 ms without them). Callers pass at most _READ ids.
            return self._store._read(lambda col, reports: self._store._facts().get(
                ids=ids, include=["documents", "metadatas"]))
        out: dict = {"ids": [], "documents": [], "metadatas": []}
        offset = 0
        while True:
            page = self._store._read(lambda col, reports, offset=offset: self._store._facts().get(
                ids=ids, where=where, limit=_READ, offset=offset, include=["documents", "metadatas"]))
            for key in out:
                out[key] += page[key]
            if len(page["ids"]) < _READ:
                return out
            offset += _READ

    def replace(self, source: str, facts: Iterable[Fact], findings: Iterable[Finding], report: dict) -> bool:
        """Make the store hold exactly these facts and findings for ``source``; True if anything
        changed. Called inside the store's writing()."""
        record = (report_document(facts, findings), report_metadata(source, report))
        stored = self._get(ids=[source])
        if stored["ids"] and (stored["documents"][0], stored["metadatas"][0]) == record:
            return False
        write_reports(self._store, {source: record})
        return True

    def remove(self, source: str) -> int:
        had = len(self._get(ids=[source])["ids"])
        if had:
            self._store._write(lambda col, reports: self._store._facts().delete(ids=[source]))
        return had

    def load(self, sources: Iterable[str] | None = None) -> tuple[list[tuple[Fact, str, int | None, str]],
                                                                  list[Finding]]:
        """The facts (each with its report's body, year and title) and findings of ``sources``
        (every report when None)."""
        if sources is not None:
            each = self.load_each(sources).values()
        else:
            got = self._get()
            each = [parse_document(s, d, m or {}) for s, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
        facts, findings = [], []
        for f, g in each:
            facts += f
            findings += g
        return facts, findings

    def needs_upgrade(self) -> bool:
        """True for a facts collection not marked as holding this layout (made before it). The
        mark saves the check: a filter on a key no record has took ~7 s at 100k passages."""
        layout = self._store._read(lambda col, reports: (self._store._facts().metadata or {}).get("layout"))
        if layout == LAYOUT:
            return False
        got = self._store._read(lambda col, reports: self._store._facts().get(
            where={"kind": {"$in": ["fact", "finding"]}}, limit=1, include=[]))
        if not got["ids"]:
            with self._store.writing("mark facts layout"):
                self.mark()
        return bool(got["ids"])

    def mark(self) -> None:
        """Record on the collection that it holds a record per report. Inside writing()."""
        self._store._write(lambda col, reports: self._store._facts().modify(
            metadata={**(self._store._facts().metadata or {}), "layout": LAYOUT}))

    def load_each(self, sources: Iterable[str]) -> dict[str, tuple[list, list]]:
        """Source → (facts, findings), for a cache that keeps reports apart."""
        wanted = sorted(set(sources))
        out = {s: ([], []) for s in wanted}
        for start in range(0, len(wanted), _READ):
            got = self._get(ids=wanted[start:start + _READ])
            for source, document, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                out[source] = parse_document(source, document, meta or {})
        return out

    def upgrade(self) -> int:
        """Convert facts in the first layout (a record per fact or finding) to a record per report;
        returns how many reports were converted. Called inside the store's writing()."""
        old = self._get(where={"kind": {"$in": ["fact", "finding"]}})
        if not old["ids"]:
            return 0
        per: dict[str, tuple[list, list, dict]] = {}
        for meta in old["metadatas"]:
            facts, findings, report = per.setdefault(meta["source"], ([], [], {}))
            report.update(body=meta.get("body", ""), year=meta.get("year", -1), title=meta.get("title", ""))
            (findings.append(finding_of(meta)) if meta.get("kind") == "finding" else facts.append(fact_of(meta)))
        write_reports(self._store, {s: (report_document(f, g), report_metadata(s, r)) for s, (f, g, r) in per.items()})
        for start in range(0, len(old["ids"]), _WRITE):
            chunk = old["ids"][start:start + _WRITE]
            self._store._write(lambda col, reports, chunk=chunk: self._store._facts().delete(ids=chunk))
        self.mark()
        return len(per)
