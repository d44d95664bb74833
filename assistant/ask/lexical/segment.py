"""One immutable piece of the lexical index on disk: postings, lengths and passages of some reports.

A segment is a folder of ``.npy`` arrays opened memory-mapped, so a process maps a million
passages' postings in milliseconds and keeps in memory only the pages its questions touch
(a pickled bm25s index was loaded whole: ~7 s and ~1 GB at 100k passages). It stores raw term
frequencies, not BM25 scores: BM25's IDF and average length belong to the whole collection,
and a score baked into a segment would go stale as soon as another segment came or went. The
index (``index.py``) combines the segments' counts at question time, so its scores equal those
of one index built over every passage.

Passages are ordered by (source, ordinal, id), so every report is one contiguous range of
documents and "only these reports" is a binary search in each posting list.

Terms are kept as 64-bit hashes (blake2b), so a term lookup is a binary search in a mapped
array and no vocabulary has to be read into memory; two different terms sharing a hash is a
1-in-10^19-per-pair event.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from assistant.model import Passage

FILES = ("doc_len", "term_hash", "indptr", "post_doc", "post_tf", "comp_hash", "comp_df", "offsets")


def term_hash(term: str) -> int:
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little")


def hashes(terms: Iterable[str]) -> np.ndarray:
    return np.fromiter((term_hash(t) for t in terms), dtype=np.uint64)


def order_key(p: Passage) -> tuple:
    """The order of passages in every segment and of tied BM25 scores in every result."""
    return (p.source, p.ordinal, p.id)


def _encode(p: Passage) -> bytes:
    return json.dumps([p.id, p.text, p.metadata()], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _decode(raw: bytes) -> Passage:
    pid, text, meta = json.loads(raw)
    return Passage.from_metadata(pid, text, meta)


def _write_arrays(folder: Path, arrays: dict, blob: bytes, sources: list) -> None:
    tmp = folder.with_name(folder.name + f".{os.getpid()}.tmp")
    tmp.mkdir(parents=True)
    for name, array in arrays.items():
        np.save(tmp / f"{name}.npy", array)
    (tmp / "passages.bin").write_bytes(blob)
    (tmp / "sources.json").write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")
    tmp.rename(folder)  # a segment appears whole or not at all


def build_segment(root: Path, passages: Sequence[Passage], token_lists: Sequence[list[str]],
                  comp_terms: Sequence[Iterable[str]]) -> str:
    """Write a segment of ``passages`` (each with its BM25 tokens and the composer's terms,
    ``assistant.ask.terms.terms_of`` of its index text); returns its folder name."""
    order = sorted(range(len(passages)), key=lambda i: order_key(passages[i]))
    vocab: dict[str, int] = {}
    rows_t: list[int] = []
    rows_d: list[int] = []
    rows_f: list[int] = []
    doc_len = np.zeros(len(order), dtype=np.int32)
    comp: Counter = Counter()
    blob = bytearray()
    offsets = np.zeros(len(order) + 1, dtype=np.int64)
    sources: list[list] = []
    for d, i in enumerate(order):
        p = passages[i]
        tokens = token_lists[i]
        doc_len[d] = len(tokens)
        for term, tf in Counter(tokens).items():
            rows_t.append(vocab.setdefault(term, len(vocab)))
            rows_d.append(d)
            rows_f.append(tf)
        comp.update(set(comp_terms[i]))
        blob += _encode(p)
        offsets[d + 1] = len(blob)
        if not sources or sources[-1][0] != p.source:
            sources.append([p.source, d, d + 1])
        else:
            sources[-1][2] = d + 1
    local_hash = hashes(vocab)
    t = local_hash[np.asarray(rows_t, dtype=np.int64)] if rows_t else np.zeros(0, dtype=np.uint64)
    arrays = _postings(t, np.asarray(rows_d, dtype=np.int32), np.asarray(rows_f, dtype=np.float32))
    comp_hash = hashes(comp)
    comp_df = np.fromiter(comp.values(), dtype=np.int32, count=len(comp))
    by = np.argsort(comp_hash, kind="stable")
    arrays.update(doc_len=doc_len, comp_hash=comp_hash[by], comp_df=comp_df[by], offsets=offsets)
    name = f"seg-{uuid.uuid4().hex[:16]}"
    _write_arrays(Path(root) / name, arrays, bytes(blob), sources)
    return name


def _postings(t: np.ndarray, d: np.ndarray, f: np.ndarray) -> dict:
    """(term hash, doc, tf) triples → CSC arrays: sorted unique hashes, and per hash a slice of
    docs in increasing order with their frequencies."""
    by = np.lexsort((d, t))
    t, d, f = t[by], d[by], f[by]
    uniq, starts = np.unique(t, return_index=True)
    indptr = np.append(starts, len(t)).astype(np.int64)
    return {"term_hash": uniq.astype(np.uint64), "indptr": indptr, "post_doc": d.astype(np.int32),
            "post_tf": f.astype(np.float32)}


@dataclass
class Segment:
    """A segment opened memory-mapped."""

    name: str
    doc_len: np.ndarray
    term_hash: np.ndarray
    indptr: np.ndarray
    post_doc: np.ndarray
    post_tf: np.ndarray
    comp_hash: np.ndarray
    comp_df: np.ndarray
    offsets: np.ndarray
    blob: np.memmap | bytes
    sources: dict[str, tuple[int, int]]

    @classmethod
    def open(cls, root: Path, name: str) -> "Segment":
        folder = Path(root) / name
        arrays = {f: np.load(folder / f"{f}.npy", mmap_mode="r") for f in FILES}
        raw = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
        path = folder / "passages.bin"
        blob = np.memmap(path, dtype=np.uint8, mode="r") if path.stat().st_size else b""
        return cls(name=name, blob=blob, sources={s: (a, b) for s, a, b in raw}, **arrays)

    @property
    def size(self) -> int:
        return len(self.doc_len)

    def postings(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        """Docs and term frequencies of the term with hash ``h`` (empty when absent)."""
        j = int(np.searchsorted(self.term_hash, np.uint64(h)))
        if j >= len(self.term_hash) or int(self.term_hash[j]) != h:
            return _EMPTY_I, _EMPTY_F
        a, b = int(self.indptr[j]), int(self.indptr[j + 1])
        return self.post_doc[a:b], self.post_tf[a:b]

    def comp_count(self, h: int) -> int:
        j = int(np.searchsorted(self.comp_hash, np.uint64(h)))
        return int(self.comp_df[j]) if j < len(self.comp_hash) and int(self.comp_hash[j]) == h else 0

    def passage(self, d: int) -> Passage:
        return _decode(bytes(self.blob[int(self.offsets[d]):int(self.offsets[d + 1])]))

    def passages(self, start: int, end: int) -> list[Passage]:
        return [self.passage(d) for d in range(start, end)]


_EMPTY_I = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float32)


def merge_segments(root: Path, parts: list[tuple[Segment, set[str]]], comp_terms_of) -> str:
    """One segment holding the live reports of ``parts`` ((segment, its dead sources) each),
    without re-tokenizing: postings are re-numbered and concatenated. ``comp_terms_of(text)``
    recomputes the composer's terms of dropped passages only, to take them out of the counts."""
    t_parts, d_parts, f_parts, lens, blobs, offs = [], [], [], [], [], []
    sources, base, blob_len = [], 0, 0
    comp_h, comp_n = [], []
    for seg, dead in parts:
        # Each segment's live documents keep their order (a report stays one range); dead ones go.
        remap = np.full(seg.size, -1, dtype=np.int64)
        for source, (a, b) in sorted(seg.sources.items(), key=lambda x: x[1]):
            if source in dead:
                continue
            n = b - a
            remap[a:b] = np.arange(base, base + n)
            lens.append(np.asarray(seg.doc_len[a:b]))
            lo, hi = int(seg.offsets[a]), int(seg.offsets[b])
            blobs.append(bytes(seg.blob[lo:hi]))
            offs.append(np.asarray(seg.offsets[a:b]) - lo + blob_len)
            blob_len += hi - lo
            sources.append([source, base, base + n])
            base += n
        post_doc = np.asarray(seg.post_doc)
        new_doc = remap[post_doc]
        idx = np.flatnonzero(new_doc >= 0)
        term_of = np.searchsorted(np.asarray(seg.indptr), idx, side="right") - 1
        t_parts.append(np.asarray(seg.term_hash)[term_of])
        d_parts.append(new_doc[idx])
        f_parts.append(np.asarray(seg.post_tf)[idx])
    for seg, dead in parts:
        comp_h.append(np.asarray(seg.comp_hash))
        comp_n.append(np.asarray(seg.comp_df, dtype=np.int64))
        gone: Counter = Counter()
        for s in dead & set(seg.sources):
            a, b = seg.sources[s]
            for p in seg.passages(a, b):
                gone.update(set(comp_terms_of(p.index_text)))
        if gone:
            comp_h.append(hashes(gone))
            comp_n.append(-np.fromiter(gone.values(), dtype=np.int64, count=len(gone)))
    arrays = _postings(np.concatenate(t_parts) if t_parts else np.zeros(0, np.uint64),
                       np.concatenate(d_parts).astype(np.int32) if d_parts else np.zeros(0, np.int32),
                       np.concatenate(f_parts) if f_parts else np.zeros(0, np.float32))
    h = np.concatenate(comp_h) if comp_h else np.zeros(0, np.uint64)
    n = np.concatenate(comp_n) if comp_n else np.zeros(0, np.int64)
    uniq, inverse = np.unique(h, return_inverse=True)
    counts = np.bincount(inverse, weights=n, minlength=len(uniq)).astype(np.int64) if len(h) else n
    live = counts > 0
    arrays.update(doc_len=np.concatenate(lens).astype(np.int32) if lens else np.zeros(0, np.int32),
                  comp_hash=uniq[live].astype(np.uint64), comp_df=counts[live].astype(np.int32),
                  offsets=np.append(np.concatenate(offs) if offs else np.zeros(0, np.int64), blob_len).astype(np.int64))
    name = f"seg-{uuid.uuid4().hex[:16]}"
    _write_arrays(Path(root) / name, arrays, b"".join(blobs), sources)
    return name
