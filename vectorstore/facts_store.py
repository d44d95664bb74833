"""The facts of the national tables, and the findings of their arithmetic, in Chroma.

One more collection beside the passages, ``<collection>-facts``, so the facts live wherever the
index lives (an embedded folder or a Chroma server) and go with their report: replaced when it is
re-ingested, deleted when it is removed. Records are data, not search targets: each carries one
constant 1-dim vector. Values are stored as the decimal text they were read as (never a float),
so 96171.6 stays 96171.6.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Iterable

from assistant.model import Fact, Finding, plain_number

PAGE = 5000


def _id(source: str, kind: str, name: str) -> str:
    return hashlib.sha1(f"{source}\x1f{kind}\x1f{name}".encode("utf-8")).hexdigest()[:24]


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


class FactStore:
    """The facts collection of a PassageStore, read and written through its calls (locks, reopen
    after another process's write)."""

    def __init__(self, store):
        self._store = store

    def _all(self, where: dict | None = None) -> tuple[list[str], list[dict]]:
        ids: list[str] = []
        metas: list[dict] = []
        offset = 0
        while True:
            page = self._store._read(lambda col, reports, offset=offset: self._store._facts().get(
                where=where, limit=PAGE, offset=offset, include=["metadatas"]))
            ids += page["ids"]
            metas += page["metadatas"]
            if len(page["ids"]) < PAGE:
                return ids, metas
            offset += PAGE

    def replace(self, source: str, facts: Iterable[Fact], findings: Iterable[Finding], report: dict) -> bool:
        """Make the store hold exactly these facts and findings for ``source``; True if anything
        changed. Called inside the store's writing()."""
        records = {}
        for fact in facts:
            records[_id(source, "fact", fact.key)] = fact_metadata(fact, report)
        for n, finding in enumerate(findings):
            records[_id(source, "finding", f"{finding.identity}\x1f{finding.description}\x1f{n}")] = \
                finding_metadata(finding, report)
        ids, metas = self._all({"source": source})
        stored = dict(zip(ids, metas))
        write = [i for i, meta in records.items() if stored.get(i) != meta]
        stale = [i for i in stored if i not in records]
        for start in range(0, len(write), PAGE):
            chunk = write[start:start + PAGE]
            self._store._write(lambda col, reports, chunk=chunk: self._store._facts().upsert(
                ids=chunk, embeddings=[[1.0]] * len(chunk), documents=[""] * len(chunk),
                metadatas=[records[i] for i in chunk]))
        for start in range(0, len(stale), PAGE):
            chunk = stale[start:start + PAGE]
            self._store._write(lambda col, reports, chunk=chunk: self._store._facts().delete(ids=chunk))
        return bool(write or stale)

    def remove(self, source: str) -> int:
        ids, _ = self._all({"source": source})
        for start in range(0, len(ids), PAGE):
            chunk = ids[start:start + PAGE]
            self._store._write(lambda col, reports, chunk=chunk: self._store._facts().delete(ids=chunk))
        return len(ids)

    def load(self) -> tuple[list[tuple[Fact, str, int | None, str]], list[Finding]]:
        """Every fact with its report's body, year and title, and every finding."""
        facts, findings = [], []
        for meta in self._all()[1]:
            if meta.get("kind") == "finding":
                findings.append(finding_of(meta))
            elif meta.get("kind") == "fact":
                year = meta.get("year", -1)
                facts.append((fact_of(meta), meta.get("body", ""), None if year in (-1, None) else int(year),
                              meta.get("title", "")))
        return facts, findings
