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

The key index, ``<collection>-keys``: the facts of one key of every report of a year, so that a
ranking of a year ("2024年哪个单位收到的申请最多？") or an export of one key reads that key's
row rather than every report's whole facts (~200 cells each, ~5 ms a report to read and build:
~10 s for the 2,000 reports of a year at 720k passages). One record per (year, table row,
bucket): the reports are spread over ``KEY_BUCKETS`` buckets by a hash of their source, and a
record maps each of its reports to its body, title and the cells of that row (their fields), as
compressed JSON in its metadata (not its document, which Chroma indexes for full-text search).
``#<table kind>`` records say which reports print which table. A report's write rewrites ~45
records (one per row it prints and table kind: its bucket's), each holding ~45 reports at a
million passages. (The first layout, a record per (year, key, 16 buckets), rewrote ~235 records
of ~175 reports each: ~0.3 s to decode and encode them and 0.3–0.6 s for Chroma to take them
over HTTP, per report written or removed.) Written with a report's facts record, removed with
it (both inside the store's writing()); an index made before this layout gets it built from the
facts when first opened (``build_keys``).
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
KEY_BUCKETS = 64  # key-index records per (year, row): ~45 reports each at a million passages
KEYS_BUILT = 2  # the layout marked on the keys collection once it holds every report's facts (1: by key)
TABLE_KEY = "#"  # "#apply": the key-index key saying a report prints that table


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
_CELL_FIELDS = _FACT_FIELDS[1:]  # a key-index cell: the fact's fields but its key, which holds it
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


def _pack(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "z:" + base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")


def _unpack(text: str):
    if text and text.startswith("z:"):
        text = zlib.decompress(base64.b64decode(text[2:])).decode("utf-8")
    return json.loads(text or "{}")


def key_bucket(source: str) -> int:
    return zlib.crc32(source.encode("utf-8")) % KEY_BUCKETS


def key_group(key: str) -> str:
    """The key-index record group of a key: its table row's key for a cell of the national format
    ('art20.penalty' of 'art20.penalty.decisions'), else the key itself (a ``#<kind>`` table key)."""
    from assistant.national.schema import national_format

    spec = national_format().cell(key) if not key.startswith(TABLE_KEY) else None
    return spec.row.key if spec is not None else key


def key_record_id(year: int | None, group: str, bucket: int) -> str:
    return f"{-1 if year is None else int(year)}|{group}|{bucket}|r"


def key_entries(source: str, facts: Iterable[Fact], report: dict) -> dict[str, list]:
    """A report's key-index entries: record id → what the record holds for ``source``: [body,
    title, {key: the fact's fields in _CELL_FIELDS order (+ True when scanned)}] for a row, []
    for a table key. A key held twice keeps its last fact, as FactTable does."""
    from assistant.national.schema import national_format

    fmt = national_format()
    meta = report_metadata(source, report)
    year, bucket = meta["year"], key_bucket(source)
    cells: dict[str, dict[str, list]] = {}
    kinds: set[str] = set()
    for fact in facts:
        fields = fact_metadata(fact, {})
        cells.setdefault(key_record_id(year, key_group(fact.key), bucket), {})[fact.key] = (
            [fields[f] for f in _CELL_FIELDS] + ([True] if fact.scanned else []))
        spec = fmt.cell(fact.key)
        if spec is not None:
            kinds.add(spec.table.kind)
    out: dict[str, list] = {i: [meta["body"], meta["title"], held] for i, held in cells.items()}
    for kind in sorted(kinds):
        out[key_record_id(year, TABLE_KEY + kind, bucket)] = []
    return out


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
        facts = list(facts)
        record = (report_document(facts, findings), report_metadata(source, report))
        stored = self._get(ids=[source])
        if stored["ids"] and (stored["documents"][0], stored["metadatas"][0]) == record:
            return False
        old = self._stored_entries(stored)
        write_reports(self._store, {source: record})
        self.update_keys({i: {source} for i in old}, {i: {source: e} for i, e in key_entries(source, facts, report).items()})
        return True

    def remove(self, source: str) -> int:
        stored = self._get(ids=[source])
        had = len(stored["ids"])
        if had:
            old = self._stored_entries(stored)
            self._store._write(lambda col, reports: self._store._facts().delete(ids=[source]))
            self.update_keys({i: {source} for i in old}, {})
        return had

    @staticmethod
    def _stored_entries(stored: dict) -> dict[str, list]:
        """The key-index entries of a facts record as read (none when there is no record)."""
        if not stored["ids"]:
            return {}
        source, meta = stored["ids"][0], stored["metadatas"][0] or {}
        facts, _ = parse_document(source, stored["documents"][0], meta)
        year = meta.get("year", -1)
        return key_entries(source, [f for f, *_ in facts],
                           {"year": None if year in (-1, None) else year, "body": meta.get("body", ""),
                            "title": meta.get("title", "")})

    # ------------------------------------------------------------------ the key index

    def update_keys(self, drop: dict[str, set[str]], put: dict[str, dict[str, list]]) -> None:
        """Remove the ``drop`` sources from their key records, then add the ``put`` entries (record
        id → source → entry). Called inside the store's writing()."""
        ids = sorted(set(drop) | set(put))
        store = self._store
        for start in range(0, len(ids), _READ):
            chunk = ids[start:start + _READ]
            got = store._read(lambda col, reports, chunk=chunk: store._keys().get(ids=chunk, include=["metadatas"]))
            current = {i: _unpack((m or {}).get("entries", "")) for i, m in zip(got["ids"], got["metadatas"])}
            upsert, gone = [], []
            for i in chunk:
                entries = current.get(i, {})
                for source in drop.get(i, ()):
                    entries.pop(source, None)
                entries.update(put.get(i, {}))
                if entries:
                    upsert.append(i)
                    current[i] = entries
                elif i in current:
                    gone.append(i)
            if upsert:
                metas = []
                for i in upsert:
                    year, group, _, _ = i.split("|")
                    metas.append({"year": int(year), "group": group, "entries": _pack(current[i])})
                store._write(lambda col, reports, upsert=upsert, metas=metas: store._keys().upsert(
                    ids=upsert, embeddings=[[1.0]] * len(upsert), metadatas=metas))
            if gone:
                store._write(lambda col, reports, gone=gone: store._keys().delete(ids=gone))

    def add_keys(self, reports: dict[str, tuple[list[Fact], dict]]) -> None:
        """Key-index entries of reports new to the index: source → (facts, report record)."""
        put: dict[str, dict[str, list]] = {}
        for source, (facts, report) in reports.items():
            for i, entry in key_entries(source, facts, report).items():
                put.setdefault(i, {})[source] = entry
        self.update_keys({}, put)

    def key_rows(self, years: Iterable[int | None], keys: Iterable[str],
                 sources: Iterable[str] | None = None) -> dict[str, dict[str, tuple[Fact, str, int | None, str]]]:
        """From the key index: source → key → (fact, body, year, title), for the reports of
        ``years`` (of ``sources`` only, when given) and ``keys`` (a table key ``#<kind>`` gives a
        fact with no value: the report prints that table)."""
        wanted = None if sources is None else set(sources)
        keys = list(dict.fromkeys(keys))
        groups = {key_group(k) for k in keys}
        asked = set(keys)
        ids = [key_record_id(y, g, b) for y in sorted({-1 if y is None else int(y) for y in years})
               for g in sorted(groups) for b in range(KEY_BUCKETS)]
        out: dict[str, dict[str, tuple]] = {}
        store = self._store
        for start in range(0, len(ids), _READ):
            chunk = ids[start:start + _READ]
            got = store._read(lambda col, reports, chunk=chunk: store._keys().get(ids=chunk, include=["metadatas"]))
            for meta in got["metadatas"]:
                meta = meta or {}
                group, year = meta.get("group", ""), meta.get("year", -1)
                year = None if year in (-1, None) else int(year)
                for source, entry in _unpack(meta.get("entries", "")).items():
                    if wanted is not None and source not in wanted:
                        continue
                    if not entry:  # a table key: the report prints that table
                        if group in asked:
                            fact = Fact(source=source, key=group, value=None, printed="", row_label="",
                                        column_label="", section="")
                            out.setdefault(source, {})[group] = (fact, "", year, "")
                        continue
                    body, title, cells = entry
                    for key, fields in cells.items():
                        if key in asked:
                            fact = fact_of({"source": source, "key": key,
                                            **dict(zip(_CELL_FIELDS + _FACT_FLAGS, fields))})
                            out.setdefault(source, {})[key] = (fact, body, year, title)
        return out

    def keys_built(self) -> bool:
        store = self._store
        return store._read(lambda col, reports: (store._keys().metadata or {}).get("built")) == KEYS_BUILT

    def build_keys(self) -> int:
        """Build the key index from every report's facts record (an index made before it);
        returns how many reports it holds. Called inside the store's writing()."""
        store = self._store
        held = store._read(lambda col, reports: store._keys().get(include=[]))["ids"]
        for start in range(0, len(held), _WRITE):
            chunk = held[start:start + _WRITE]
            store._write(lambda col, reports, chunk=chunk: store._keys().delete(ids=chunk))
        got = store._read(lambda col, reports: store._facts().get(include=["metadatas"]))
        # A (year, bucket) group's reports write records no other group writes: each key record
        # is written once, and only one group's entries are held at a time.
        groups: dict[tuple[int, int], list[str]] = {}
        for source, meta in zip(got["ids"], got["metadatas"]):
            groups.setdefault(((meta or {}).get("year", -1), key_bucket(source)), []).append(source)
        for group in groups.values():
            put: dict[str, dict[str, list]] = {}
            for start in range(0, len(group), _READ):
                read = self._get(ids=group[start:start + _READ])
                for i, source in enumerate(read["ids"]):
                    one = {"ids": [source], "documents": [read["documents"][i]], "metadatas": [read["metadatas"][i]]}
                    for rid, entry in self._stored_entries(one).items():
                        put.setdefault(rid, {})[source] = entry
            self.update_keys({}, put)
        store._write(lambda col, reports: store._keys().modify(
            metadata={**(store._keys().metadata or {}), "built": KEYS_BUILT}))
        return len(got["ids"])

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
