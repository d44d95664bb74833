"""The lexical index on disk, kept in step with the store report by report.

``GONGKAI_HOME/cache/lexical-<where>/`` holds segments and a ``manifest.json`` naming the live
segments, the reports each holds that are dead (removed or replaced since), the store version
it matches and the report catalogue of that version. Updating to a new store version reads the
catalogue (one record per report, with a fingerprint of its passages), and only for the reports
whose fingerprint changed reads their passages from Chroma and writes one new segment; their old
ranges become dead. So adding a report to a million-passage index costs that report, not a
rebuild. Small segments are merged when there are many of them.

Several processes on one home share the folder: updates take ``lexical.lock`` (flock) and
replace the manifest atomically; readers never take it. Processes with homes of their own (app
workers on other machines, all over one Chroma server) each keep their own copy, updated the
same way from Chroma.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from assistant.ask.lexical.index import LexicalIndex
from assistant.ask.lexical.segment import Segment, build_segment, merge_segments

log = logging.getLogger(__name__)

FORMAT = 1
SEGMENT_DOCS = 50_000  # passages per segment of a first build (bounds the memory building it)
SOURCES_PER_READ = 500  # reports per Chroma read ($in list)
SMALL = 20_000  # segments below this many passages are merged together ...
MAX_SMALL = 8  # ... once there are more than this many
GRACE = 600.0  # seconds an unreferenced segment is kept for readers that still map it


class LexicalStore:
    """The lexical folder of one store: load the index of a version, bring it up to date."""

    def __init__(self, folder: Path, store, tokens=None):
        self.folder = Path(folder)
        self.store = store
        self.tokens = tokens  # a vectorstore.cache.TokenCache, or None (tokenize every passage)

    # ------------------------------------------------------------------ reading
    def manifest(self) -> dict | None:
        try:
            data = json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if data.get("format") == FORMAT else None

    def open(self, manifest: dict) -> tuple[LexicalIndex, list[dict]]:
        segments = [Segment.open(self.folder, s["name"]) for s in manifest["segments"]]
        dead = {s["name"]: set(s.get("dead", ())) for s in manifest["segments"]}
        return LexicalIndex(segments, dead, manifest["version"]), manifest["catalog"]

    def load(self, version: str | None = None) -> tuple[LexicalIndex, list[dict]] | None:
        """The index and catalogue on disk (of ``version`` only, when given); None if none."""
        for _ in range(3):  # a segment can vanish between reading the manifest and opening it
            manifest = self.manifest()
            if manifest is None or (version is not None and manifest["version"] != version):
                return None
            try:
                return self.open(manifest)
            except FileNotFoundError:
                continue
        return None

    # ------------------------------------------------------------------ updating
    @contextmanager
    def _locked(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / "lexical.lock", "a+") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def update(self, version: str) -> dict:
        """Bring the folder to the store's current content (at least ``version``); returns the
        manifest written (or found current)."""
        with self._locked():
            manifest = self.manifest()
            if manifest is not None and manifest["version"] == version:
                return manifest
            started = time.perf_counter()
            # The catalogue is read after the version: if a write lands in between, the next
            # question sees a newer stamp and updates again (changes are found by fingerprint).
            catalog = self._catalogue(manifest, version)
            manifest = manifest or {"format": FORMAT, "version": "", "segments": [], "catalog": []}
            held = {r["source"]: r.get("fingerprint", "") for r in manifest["catalog"]}
            wanted = {r["source"]: r.get("fingerprint", "") for r in catalog}
            changed = sorted(s for s, fp in wanted.items() if s not in held or held[s] != fp)
            gone = set(held) - set(wanted)
            segments = [dict(s, dead=list(s.get("dead", ()))) for s in manifest["segments"]]
            stale = gone | set(changed)
            if stale:
                for s in segments:
                    members = set(self._sources_of(s["name"]))
                    s["dead"] = sorted(set(s["dead"]) | (members & stale))
            counts = {r["source"]: int(r.get("passages") or 0) for r in catalog}
            for group in _groups(changed, counts, SEGMENT_DOCS):
                name = self._build(group)
                if name is not None:
                    segments.append({"name": name, "dead": []})
            segments = [s for s in segments if set(self._sources_of(s["name"])) - set(s["dead"])]
            manifest = {"format": FORMAT, "version": version, "segments": segments, "catalog": catalog}
            self._write_manifest(manifest)
            log.info("lexical index: %d reports changed, %d gone, in %.2f s", len(changed), len(gone),
                     time.perf_counter() - started)
            merged = self._merge(manifest)
            self._collect(manifest)
            return merged

    def _catalogue(self, manifest: dict | None, version: str) -> list[dict]:
        """The store's report catalogue at ``version``: when the version stamps say which reports
        changed since the version on disk (the store remembers the last few writes), the one on
        disk with those reports' records read again; else all records (~20,000 at a million
        passages: seconds, over a Chroma server 1–2.5 s)."""
        since = getattr(self.store, "changes_since", None)
        changed = (since(manifest["version"], version)
                   if since is not None and manifest is not None and manifest.get("version") else None)
        if changed is None:
            return self.store.reports()
        from vectorstore.chroma_store import catalogue_order

        changed = set(changed)
        kept = [r for r in manifest["catalog"] if r["source"] not in changed]
        return sorted(kept + self.store.reports_of(sorted(changed)), key=catalogue_order)

    def _sources_of(self, name: str) -> list[str]:
        raw = json.loads((self.folder / name / "sources.json").read_text(encoding="utf-8"))
        return [s for s, _, _ in raw]

    def _build(self, sources: list[str]) -> str | None:
        from assistant.zh.tokens import tokenize
        from assistant.ask.terms import terms_of

        passages = []
        for start in range(0, len(sources), SOURCES_PER_READ):
            chunk = sources[start:start + SOURCES_PER_READ]
            passages += self.store.all_passages(where={"source": {"$in": chunk}})
        if not passages:
            return None
        texts = [p.index_text for p in passages]
        token_lists = self.tokens.tokenize_many(texts) if self.tokens is not None else [tokenize(t) for t in texts]
        return build_segment(self.folder, passages, token_lists, [terms_of(t) for t in texts])

    def _merge(self, manifest: dict) -> dict:
        """Merge the small segments into one when there are too many (a question visits every
        segment that holds a report it is about, and unrestricted ones visit all)."""
        from assistant.ask.terms import terms_of

        sizes = {s["name"]: len(self._sources_of(s["name"])) for s in manifest["segments"]}
        segs = {s["name"]: Segment.open(self.folder, s["name"]) for s in manifest["segments"]}
        small = [s for s in manifest["segments"] if segs[s["name"]].size < SMALL]
        if len(small) <= MAX_SMALL and not any(len(s["dead"]) * 2 > sizes[s["name"]] for s in manifest["segments"]):
            return manifest
        pick = small if len(small) > MAX_SMALL else []
        pick += [s for s in manifest["segments"] if len(s["dead"]) * 2 > sizes[s["name"]] and s not in pick]
        name = merge_segments(self.folder, [(segs[s["name"]], set(s["dead"])) for s in pick], terms_of)
        names = {s["name"] for s in pick}
        rest = [s for s in manifest["segments"] if s["name"] not in names]
        merged = dict(manifest, segments=rest + [{"name": name, "dead": []}])
        self._write_manifest(merged)
        return merged

    def _write_manifest(self, manifest: dict) -> None:
        tmp = self.folder / f"manifest.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.folder / "manifest.json")

    def _collect(self, manifest: dict) -> None:
        """Delete segments (and leftovers of interrupted writes) no manifest names, once no
        reader can still be opening them."""
        live = {s["name"] for s in manifest["segments"]}
        now = time.time()
        for path in self.folder.glob("seg-*"):
            try:
                if path.name not in live and now - path.stat().st_mtime > GRACE:
                    shutil.rmtree(path, ignore_errors=True)
            except OSError:
                pass


def _groups(sources: list[str], counts: dict[str, int], limit: int) -> list[list[str]]:
    """``sources`` in runs of about ``limit`` passages (one segment each)."""
    groups, current, size = [], [], 0
    for s in sources:
        if current and size + counts.get(s, 0) > limit:
            groups.append(current)
            current, size = [], 0
        current.append(s)
        size += counts.get(s, 0)
    if current:
        groups.append(current)
    return groups
