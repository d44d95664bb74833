"""Latency and memory of ask() with the default (extractive) composer.

    python bench/ask.py                      # the real reports in ../shared/eval/docs
    python bench/ask.py --passages 100000    # plus a generated index of at least that many passages

The generated index is built once under --home (default ~/.cache/gongkai-bench) and reused, so
only the first run pays for ingesting it. Questions on the generated index are drawn from
templates over the bodies and years it holds (latency only: the generator is never used for
quality claims). Prints p50/p95/mean per phase, the first (cold) question, RSS, and the floor:
the default embedder embedding one query.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from assistant.service import Gongkai  # noqa: E402
from assistant.settings import Settings  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
TEMPLATES = [
    "{body}{year}年行政处罚的本年处理决定数量是多少？",
    "{body}{year}年新收了多少件政府信息公开申请？",
    "{body}{year}年主动公开了多少条政府信息？",
    "{body}{year}年政府信息公开行政复议有多少件？",
    "{body}{year}年召开了几场新闻发布会？",
    "{year}年{body}因本机关不掌握相关政府信息而无法提供的申请有多少件？",
]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def measure(g: Gongkai, questions: list[str]) -> dict:
    times = []
    cold = None
    for i, q in enumerate(questions):
        t = time.perf_counter()
        g.ask(q)
        ms = (time.perf_counter() - t) * 1000
        if i == 0:
            cold = ms  # builds the lexical index of this store version
        else:
            times.append(ms)
    repeat = []
    for q in questions[1:21]:  # the same questions again: the query-embedding cache answers
        t = time.perf_counter()
        g.ask(q)
        repeat.append((time.perf_counter() - t) * 1000)
    return {"questions": len(times), "cold_first_ms": round(cold, 1), "p50_ms": round(pct(times, 0.5), 1),
            "p95_ms": round(pct(times, 0.95), 1), "mean_ms": round(statistics.mean(times), 1),
            "repeat_p50_ms": round(pct(repeat, 0.5), 1), "rss_mb": round(rss_mb(), 1)}


def embed_floor(g: Gongkai, n: int = 30) -> float:
    embedder = g.store.embedder
    times = []
    for i in range(n):
        t = time.perf_counter()
        embedder.embed_batch([f"某市{2019 + i % 7}年第{i}个问题的本年处理决定数量是多少？"])
        times.append((time.perf_counter() - t) * 1000)
    return round(pct(times, 0.5), 1)


def build_generated(home: Path, passages: int) -> Gongkai:
    from generate import generate_corpus

    g = Gongkai(Settings(home=home))
    have = g.store.count()
    if have >= passages:
        return g
    # About 50 passages a generated report; generate in batches until the index is big enough.
    batch, seed = 200, len(g.reports())
    with tempfile.TemporaryDirectory() as tmp:
        while g.store.count() < passages:
            out = Path(tmp) / f"batch-{seed}"
            paths = generate_corpus(out, batch, seed=seed)
            t = time.perf_counter()
            result = g.ingest(paths)
            print(f"  ingested {result.reports} reports, index {g.store.count()} passages "
                  f"({result.passages / (time.perf_counter() - t):.0f} passages/s)", file=sys.stderr)
            seed += batch
    return g


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=0, help="also measure a generated index this large")
    parser.add_argument("--home", default=str(Path.home() / ".cache" / "gongkai-bench"))
    parser.add_argument("-n", "--questions", type=int, default=120)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results = {}

    import yaml

    with tempfile.TemporaryDirectory() as tmp:
        g = Gongkai(Settings(home=Path(tmp)))
        g.ingest([EVAL / "docs"])
        suite = yaml.safe_load((EVAL / "dev.suite.yaml").read_text(encoding="utf-8"))
        questions = [c["question"] for c in suite["cases"]]
        questions = (questions * (args.questions // len(questions) + 1))[: args.questions]
        random.Random(0).shuffle(questions)
        results["eval docs"] = {"passages": g.store.count(), **measure(g, questions)}
        results["eval docs"]["embed_query_floor_ms"] = embed_floor(g)

    if args.passages:
        g = build_generated(Path(args.home) / f"generated-{args.passages}", args.passages)
        catalog = g.reports()
        rng = random.Random(1)
        questions = [rng.choice(TEMPLATES).format(body=r["body"], year=r["year"])
                     for r in (rng.choice(catalog) for _ in range(args.questions))]
        results[f"generated {g.store.count()}"] = {"passages": g.store.count(), **measure(g, questions)}
        results[f"generated {g.store.count()}"]["embed_query_floor_ms"] = embed_floor(g)

    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        cols = ["passages", "questions", "p50_ms", "p95_ms", "mean_ms", "cold_first_ms", "repeat_p50_ms",
                "embed_query_floor_ms", "rss_mb"]
        print(f"{'index':<22}" + "".join(f"{c:>14}" for c in cols))
        for name, r in results.items():
            print(f"{name:<22}" + "".join(f"{r[c]:>14}" for c in cols))
        print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
