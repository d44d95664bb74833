"""BM25 over segments, with the statistics of the whole collection.

A removed or replaced report stays in its segment as a dead range until a merge drops it;
every statistic (the number of passages, their average length, a term's document frequency)
leaves dead ranges out, so a question scores exactly as it would against one index built from
scratch over the live passages. Scores follow bm25s's default ("lucene": idf = ln(1 + (N - df +
0.5) / (df + 0.5)), tf part = tf / (tf + k1 (1 - b + b·len/avglen)), k1 1.5, b 0.75), which the
index used before, so rankings did not change with the move to disk.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

import numpy as np

from assistant.ask.lexical.segment import Segment, order_key, term_hash
from assistant.model import Passage

K1, B = 1.5, 0.75


class DocumentFrequencies:
    """The composer's document frequencies (``extractive.idf_weights``'s Counter) over every live
    passage, looked up per term instead of counted over the collection at the first question."""

    def __init__(self, index: "LexicalIndex"):
        self._index = index
        self._seen: dict[str, int] = {}

    def get(self, term: str, default: int = 0) -> int:
        if term not in self._seen:
            self._seen[term] = self._index.composer_df(term)
        return self._seen[term] or default

    def __getitem__(self, term: str) -> int:
        return self.get(term, 0)


class LexicalIndex:
    """The live reports of a list of segments: BM25 search, passages by report, term statistics."""

    def __init__(self, segments: list[Segment], dead: dict[str, set[str]], version: str = ""):
        self.version = version
        self.segments = segments
        self.dead = {seg.name: set(dead.get(seg.name, ())) & set(seg.sources) for seg in segments}
        self.by_source: dict[str, tuple[int, int, int]] = {}  # source → (segment, start, end)
        n_docs, total = 0, 0
        self._dead_ranges: list[tuple[np.ndarray, np.ndarray]] = []
        for i, seg in enumerate(segments):
            gone = self.dead[seg.name]
            starts, ends = [], []
            for source, (a, b) in seg.sources.items():
                if source in gone:
                    starts.append(a)
                    ends.append(b)
                else:
                    self.by_source[source] = (i, a, b)
            # int32 like the posting arrays: searchsorted with another dtype converts (reads) the
            # whole posting list first, which cost time and ~1 GB of mapped pages at 1M passages.
            self._dead_ranges.append((np.asarray(starts, dtype=np.int32), np.asarray(ends, dtype=np.int32)))
            dead_docs = sum(b - a for a, b in zip(starts, ends))
            dead_len = sum(int(np.asarray(seg.doc_len[a:b], dtype=np.int64).sum()) for a, b in zip(starts, ends))
            n_docs += seg.size - dead_docs
            total += int(np.asarray(seg.doc_len, dtype=np.int64).sum()) - dead_len
        self.n_docs = n_docs
        self.avg_len = total / n_docs if n_docs else 0.0
        self._df: dict[int, int] = {}
        self._stats = None
        self._dead_comp: Counter | None = None

    def __len__(self) -> int:
        return self.n_docs

    @property
    def sources(self) -> set[str]:
        return set(self.by_source)

    # ------------------------------------------------------------------ BM25

    def _live_postings(self, i: int, h: int) -> tuple[np.ndarray, np.ndarray, int]:
        """Docs and tfs of term ``h`` in segment ``i``, and how many of them are live."""
        docs, tfs = self.segments[i].postings(h)
        starts, ends = self._dead_ranges[i]
        gone = 0
        if len(docs) and len(starts):
            gone = int((np.searchsorted(docs, ends) - np.searchsorted(docs, starts)).sum())
        return docs, tfs, len(docs) - gone

    def df(self, h: int) -> int:
        if h not in self._df:
            self._df[h] = sum(self._live_postings(i, h)[2] for i in range(len(self.segments)))
        return self._df[h]

    def scores(self, tokens: list[str], sources: Iterable[str] | None = None) -> list[tuple[float, int, int]]:
        """(score, segment, doc) of every live passage (of ``sources`` when given) that shares a
        term with the query, unordered. A token repeated in the query counts again, as in bm25s."""
        if not self.n_docs:
            return []
        terms = []
        for token in tokens:
            h = term_hash(token)
            df = self.df(h)
            if df:
                terms.append((h, math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))))
        if not terms:
            return []
        ranges: dict[int, list[tuple[int, int]]] = {}
        if sources is None:
            for i, seg in enumerate(self.segments):
                ranges[i] = [(a, b) for s, (a, b) in seg.sources.items() if s not in self.dead[seg.name]]
        else:
            for s in sources:
                if s in self.by_source:
                    i, a, b = self.by_source[s]
                    ranges.setdefault(i, []).append((a, b))
        out: list[tuple[float, int, int]] = []
        for i, spans in ranges.items():
            seg = self.segments[i]
            spans.sort()
            starts = np.fromiter((a for a, _ in spans), dtype=np.int32, count=len(spans))
            ends = np.fromiter((b for _, b in spans), dtype=np.int32, count=len(spans))
            total = np.zeros(0)
            touched = np.zeros(0, dtype=np.int64)
            for h, idf in terms:
                docs, tfs = seg.postings(h)
                if not len(docs):
                    continue
                lo, hi = np.searchsorted(docs, starts), np.searchsorted(docs, ends)
                take = _ranges(lo.astype(np.int64), hi.astype(np.int64))
                if not len(take):
                    continue
                d = np.asarray(docs[take], dtype=np.int64)
                tf = np.asarray(tfs[take], dtype=np.float64)
                length = np.asarray(seg.doc_len[d], dtype=np.float64)
                part = idf * tf / (K1 * ((1 - B) + B * length / self.avg_len) + tf)
                touched = np.concatenate([touched, d])
                total = np.concatenate([total, part])
            if not len(touched):
                continue
            # Sum each doc's parts in query-term order (the same order whatever the segments).
            docs_u, inverse = np.unique(touched, return_inverse=True)
            sums = np.zeros(len(docs_u))
            np.add.at(sums, inverse, total)
            out += [(float(s), i, int(d)) for s, d in zip(sums, docs_u) if s > 0]
        return out

    def search_scored(self, tokens: list[str], k: int, sources: Iterable[str] | None = None) -> list[tuple[float, Passage]]:
        """Top ``k`` (score, passage), best first; ties in passage order (source, ordinal, id)."""
        scored = self.scores(tokens, sources)
        if not scored or k <= 0:
            return []
        values = np.fromiter((s for s, _, _ in scored), dtype=np.float64, count=len(scored))
        if len(values) > k:
            cut = np.partition(values, len(values) - k)[len(values) - k]
            scored = [x for x, v in zip(scored, values) if v >= cut]
        found = [(s, self.segments[i].passage(d)) for s, i, d in scored]
        found.sort(key=lambda x: (-x[0], order_key(x[1])))
        return found[:k]

    def search(self, query: str, k: int, sources: set[str] | None = None) -> list[Passage]:
        from assistant.zh.tokens import tokenize

        tokens = tokenize(query)
        if not tokens:
            return []
        return [p for _, p in self.search_scored(tokens, k, sources)]

    # ------------------------------------------------------------------ passages and statistics

    def count_of(self, sources: Iterable[str]) -> int:
        """How many passages ``sources`` hold (without reading them)."""
        return sum(self.by_source[s][2] - self.by_source[s][1] for s in sources if s in self.by_source)

    def of_sources(self, sources: Iterable[str]) -> list[Passage]:
        out = []
        for s in sources:
            if s in self.by_source:
                i, a, b = self.by_source[s]
                out += self.segments[i].passages(a, b)
        return out

    def composer_df(self, term: str) -> int:
        h = term_hash(term)
        count = sum(seg.comp_count(h) for seg in self.segments)
        if any(self.dead.values()):
            count -= self._dead_composer()[term]
        return count

    def _dead_composer(self) -> Counter:
        if self._dead_comp is None:
            from assistant.ask.terms import terms_of

            gone: Counter = Counter()
            for seg in self.segments:
                for s in self.dead[seg.name]:
                    a, b = seg.sources[s]
                    for p in seg.passages(a, b):
                        gone.update(terms_of(p.index_text))
            self._dead_comp = gone
        return self._dead_comp

    def term_stats(self):
        """(document frequencies, number of passages) of the composer's terms over every live
        passage, as ``extractive.idf_weights`` would count them, looked up term by term."""
        if self._stats is None:
            from assistant.ask.extractive import TermStats

            frequencies = DocumentFrequencies(self)
            self._stats = TermStats(frequencies, self.n_docs, frequencies)
        return self._stats


def _ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The concatenation of arange(lo[i], hi[i]) for every i, without a Python loop."""
    lengths = hi - lo
    keep = lengths > 0
    lo, lengths = lo[keep], lengths[keep]
    if not len(lo):
        return np.zeros(0, dtype=np.int64)
    shift = np.repeat(lo - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    return np.arange(int(lengths.sum()), dtype=np.int64) + shift
