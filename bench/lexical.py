"""The lexical index alone at archive scale: build, open, search, add one report.

    python bench/lexical.py DIR --passages 1000000

Builds the on-disk lexical index (``assistant.ask.lexical``) of N passages through its real
update path (``LexicalStore.update``), from a stand-in store that serves copies of a parsed pool
of generated reports (bench/scale_corpus.py's copies, figures ciphered per copy) instead of a
Chroma index, which takes hours to fill to a million passages on two cores. Then, in a fresh
process, measures what a worker pays: opening the index of a version (manifest + memory-mapped
segments) and the catalogue, BM25 over the reports a generated question is about, the
composer's term statistics, RSS; and the time to bring the index up to date after one report is
added, and to answer BM25 from it.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from procmem import memory, peak_rss_mb  # noqa: E402

TEMPLATES = ["{body}{year}年行政处罚的本年处理决定数量是多少？", "{body}{year}年新收了多少件政府信息公开申请？",
             "{body}{year}年主动公开了多少条政府信息？", "{body}{year}年政府信息公开行政复议有多少件？"]


class PoolStore:
    """What LexicalStore.update reads from a store: the catalogue and passages by source, made
    from copies of a parsed pool; and the copies' tokens, as a token cache would hold them."""

    def __init__(self, pool, copies: int):
        from scale_corpus import cipher, copy_of

        self._copy_of, self._cipher = copy_of, cipher
        self.pool = pool
        self.copies = copies
        self.version_stamp = "v1"
        self.extra: dict[str, tuple] = {}
        self._tokens: dict[str, list[str]] = {}
        self.pool_tokens = None

    def sources_of(self) -> list[tuple[str, int, int]]:
        return [(f"c{c:04d}-{report.meta.source}", c, i) for c in range(self.copies)
                for i, (report, _, _) in enumerate(self.pool)]

    def reports(self) -> list[dict]:
        from vectorstore.chroma_store import _record, _record_metadata

        out = []
        from assistant.ingest.pipeline import report_record

        records = [report_record(report, len(ps)) for report, ps, _ in self.pool]
        for source, c, i in self.sources_of():
            record = dict(records[i], source=source)
            out.append(_record(source, _record_metadata({**record, "fingerprint": f"{c}-{i}"})))
        for source, (record, _) in self.extra.items():
            out.append(_record(source, _record_metadata({**record, "fingerprint": "extra"})))
        return sorted(out, key=lambda r: (r.get("body", ""), r["year"] or 0, r["source"]))

    def all_passages(self, where=None):
        wanted = set(where["source"]["$in"])
        out = []
        for source, c, i in self.sources_of():
            if source in wanted:
                report, ps, facts = self.pool[i]
                copied = self._copy_of(report, ps, facts, c)[1]
                change = self._cipher(c)
                for p, tokens in zip(copied, self.pool_tokens[i]):
                    self._tokens[p.index_text] = [change(t) for t in tokens]
                out += copied
        for source, (_, passages) in self.extra.items():
            if source in wanted:
                out += passages
        return out

    def tokenize_many(self, texts):
        from assistant.zh.tokens import tokenize

        return [self._tokens.pop(t) if t in self._tokens else tokenize(t) for t in texts]


def build(folder: Path, passages: int, pool_size: int) -> dict:
    from scale_corpus import parse_pool

    from assistant.ask.lexical import LexicalStore
    from assistant.zh.tokens import tokenize

    pool = parse_pool(pool_size)
    per_copy = sum(len(ps) for _, ps, _ in pool)
    store = PoolStore(pool, -(-passages // per_copy))
    store.pool_tokens = [[tokenize(p.index_text) for p in ps] for _, ps, _ in pool]
    files = LexicalStore(folder, store, tokens=store)
    t = time.perf_counter()
    manifest = files.update("v1")
    return {"passages": store.copies * per_copy, "reports": len(manifest["catalog"]),
            "segments": len(manifest["segments"]), "full_build_s": round(time.perf_counter() - t, 1),
            "disk_mb": round(sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20, 1)}


def measure(folder: Path, questions: int) -> dict:
    """In this (fresh) process: open, search, statistics, RSS."""
    from assistant.ask.lexical import LexicalStore
    from assistant.zh.tokens import tokenize
    from assistant.ask.terms import focus_text

    tokenize("预热")  # jieba's dictionary: loaded by any question, not by the index
    t = time.perf_counter()
    index, catalog = LexicalStore(folder, None).load()
    open_ms = (time.perf_counter() - t) * 1000
    by_pair: dict[tuple, set[str]] = {}
    for r in catalog:
        by_pair.setdefault((r["body"], r["year"]), set()).add(r["source"])
    rng = random.Random(1)
    times, one_times, stats_times = [], [], []
    for n in range(questions):
        r = rng.choice(catalog)
        q = rng.choice(TEMPLATES).format(body=r["body"], year=r["year"])
        tokens = tokenize(focus_text(q, [r["body"]], "zh"))
        t = time.perf_counter()
        index.search_scored(tokens, 12, by_pair[(r["body"], r["year"])])  # every report of that body and year
        times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        index.search_scored(tokens, 12, {r["source"]})  # one report
        one_times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        df = index.term_stats().df
        for term in ("行政", "处罚", "决定", "申请", "公开", "复议", q[:2]):
            df.get(term, 0)
        stats_times.append((time.perf_counter() - t) * 1000)
    rss_before_all = peak_rss_mb()
    unrestricted = []
    for q in TEMPLATES:
        t = time.perf_counter()
        index.search_scored(tokenize(q.format(body="", year="")), 12)
        unrestricted.append((time.perf_counter() - t) * 1000)

    def pct(values, q):
        values = sorted(values)
        return round(values[min(len(values) - 1, int(round(q * (len(values) - 1))))], 1)

    return {"open_ms": round(open_ms, 1), "catalog_reports": len(catalog), "rss_mb_after_questions": rss_before_all,
            "reports_per_question_p50": sorted(len(v) for v in by_pair.values())[len(by_pair) // 2],
            "bm25_body_year_p50_ms": pct(times, 0.5), "bm25_body_year_p95_ms": pct(times, 0.95),
            "bm25_one_report_p50_ms": pct(one_times, 0.5), "bm25_one_report_p95_ms": pct(one_times, 0.95),
            "term_stats_p50_ms": pct(stats_times, 0.5), "bm25_all_reports_p50_ms": pct(unrestricted, 0.5),
            "rss_mb_after_all_reports_search": peak_rss_mb(), **memory()}


def add_one(folder: Path, pool_size: int, passages: int) -> dict:
    """One more report: the update (catalogue diff, one segment, manifest) and the next answer."""
    import dataclasses

    from scale_corpus import parse_pool

    from assistant.ask.lexical import LexicalStore
    from assistant.zh.tokens import tokenize

    pool = parse_pool(pool_size)
    per_copy = sum(len(ps) for _, ps, _ in pool)
    store = PoolStore(pool, -(-passages // per_copy))
    store.pool_tokens = [[] for _ in pool]  # nothing of the pool is read again
    report, ps, _ = pool[0]
    source = f"added-report-{int(time.time())}.md"
    added = [dataclasses.replace(p, source=source, id=f"added-{p.id}") for p in ps]
    record = {"source": source, "title": report.meta.title, "body": report.meta.body, "year": report.meta.year,
              "passages": len(added)}
    store.extra[source] = (record, added)
    files = LexicalStore(folder, store, tokens=store)
    t = time.perf_counter()
    version = f"v-{source}"
    files.update(version)
    update_s = time.perf_counter() - t
    t = time.perf_counter()
    index, catalog = files.load(version)
    found = index.search_scored(tokenize("行政处罚 本年处理决定数量"), 5, {source})
    answer_s = time.perf_counter() - t
    assert found and found[0][1].source == source
    return {"add_report_update_s": round(update_s, 2), "add_report_open_and_search_s": round(answer_s, 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--pool", type=int, default=140)
    parser.add_argument("-n", "--questions", type=int, default=200)
    parser.add_argument("--measure", action="store_true", help="(internal) measure an index already built")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.folder, args.questions)))
        return 0
    result = {} if (args.folder / "manifest.json").exists() else build(args.folder, args.passages, args.pool)
    out = subprocess.run([sys.executable, __file__, str(args.folder), "--measure", "-n", str(args.questions)],
                         capture_output=True, text=True, check=True)
    result.update(json.loads(out.stdout.strip().splitlines()[-1]))
    result.update(add_one(args.folder, args.pool, args.passages))
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
