"""Latency and memory of ask() with the default (extractive) composer.

    python bench/ask.py                      # the real reports in ../shared/eval/docs
    python bench/ask.py --passages 100000    # plus a generated index of at least that many passages
    python bench/ask.py --index DIR --embedder fake:512 [--chroma-url URL]
                                             # an index built by bench/scale_corpus.py (a home)

The generated index is built once under --home (default ~/.cache/gongkai-bench) and reused, so
only the first run pays for ingesting it. Questions on the generated index are drawn from
templates over the bodies and years it holds (latency only: the generator is never used for
quality claims). Prints p50/p95/mean per phase, the first (cold) question, RSS, and the floor:
the default embedder embedding one query.

With --index: also the first answer of a fresh process (its own interpreter, imports included),
the time to add a report and answer from it (three times, each removed after), `gongkai ask`
processes about the added report (start to exit), a facts query (every report of a year) and
the ranking answer over them. An index filled with the ``fake:`` embedder measures everything but
the embedding model; the real model's cost per query (use-m3) is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
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
    times, answered = [], []
    cold = None
    for i, q in enumerate(questions):
        t = time.perf_counter()
        a = g.ask(q)
        ms = (time.perf_counter() - t) * 1000
        if i == 0:
            cold = ms  # builds the lexical index of this store version
        else:
            times.append(ms)
            if a.answered:
                answered.append(ms)
    repeat = []
    for q in questions[1:21]:  # the same questions again: the query-embedding cache answers
        t = time.perf_counter()
        g.ask(q)
        repeat.append((time.perf_counter() - t) * 1000)
    # A refusal (a body the question names is not held) returns before retrieval: the answered
    # questions alone are the latency of an answer.
    return {"questions": len(times), "cold_first_ms": round(cold, 1), "p50_ms": round(pct(times, 0.5), 1),
            "p95_ms": round(pct(times, 0.95), 1), "mean_ms": round(statistics.mean(times), 1),
            "answered": len(answered), "answered_p50_ms": round(pct(answered, 0.5), 1) if answered else None,
            "answered_p95_ms": round(pct(answered, 0.95), 1) if answered else None,
            "repeat_p50_ms": round(pct(repeat, 0.5), 1), "rss_mb": round(rss_mb(), 1)}


def embed_floor(g: Gongkai, n: int = 30) -> float:
    return query_ms(g.store.embedder, n)


def query_ms(embedder, n: int = 30) -> float:
    """Median milliseconds to embed one question, over ``n`` different ones."""
    times = []
    for i in range(n):
        t = time.perf_counter()
        embedder.embed_batch([f"某市{2019 + i % 7}年第{i}个问题的本年处理决定数量是多少？"])
        times.append((time.perf_counter() - t) * 1000)
    return round(pct(times, 0.5), 1)


def cold_first(home: Path, embedder: str, chroma_url: str, questions: list[str]) -> dict:
    """New interpreters: one answering a question as `gongkai ask` does (imports, opening the
    index and the first answer all timed), one as an app worker does (warm_up() at start, then
    the first question timed, then the rest of ``questions``: its peak RSS is a worker's)."""
    out = {}
    for label, warm in (("cold_process", False), ("worker", True)):
        code = ("import time,sys,json; t0=time.perf_counter(); sys.path[:0]=[%r, %r]\n"
                "from pathlib import Path\nfrom assistant.service import Gongkai\nfrom assistant.settings import Settings\n"
                "from procmem import memory, peak_rss_mb\n"
                "g=Gongkai(Settings(home=Path(%r), embedder=%r, chroma_url=%r))\n"
                "%s\nqs=json.loads(%r)\nt=time.perf_counter(); a=g.ask(qs[0]); first=time.perf_counter()-t\n"
                "%s\n"
                "m=memory(); print(round((t-t0)*1000,1), round(first*1000,1), a.answered, peak_rss_mb(), "
                "m['rss_anon_mb'], m['rss_file_mb'])") % (
            str(REPO), str(REPO / "bench"), str(home), embedder, chroma_url, "g.warm_up()" if warm else "",
            json.dumps(questions if warm else questions[:1], ensure_ascii=False),
            "[g.ask(q) for q in qs[1:]]" if warm else "")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1800)
        if done.returncode:
            raise RuntimeError(done.stderr[-2000:])
        before, first, answered, hwm, anon, mapped = done.stdout.split()[-6:]
        if warm:
            out.update({"worker_start_ms": float(before), "worker_first_ms": float(first),
                        f"worker_rss_mb_after_{len(questions)}_questions": float(hwm),
                        "worker_rss_anon_mb": float(anon), "worker_rss_file_mb": float(mapped)})
        else:
            out.update({"cold_process_first_ms": round(float(before) + float(first), 1),
                        # chromadb, jieba and LangChain are imported lazily: inside the first ask
                        "cold_process_until_ask_ms": float(before), "cold_process_ask_ms": float(first),
                        "cold_answered": answered == "True", "cold_process_rss_mb": float(hwm)})
    return out


ADDED_QUESTION = "青溪市人民政府2024年行政处罚的本年处理决定数量是多少？"


def add_one(g: Gongkai, repeats: int = 3, cli_runs: int = 0) -> dict:
    """Ingest a new report, ask about it until the answer comes from it, remove it; ``repeats``
    times (the first add after a Chroma server starts also pays the server's loading of the
    vector index). With ``cli_runs``, while the first one is held, time that many `gongkai ask`
    processes about it (cli_one_shot)."""
    from generate import generate_report

    out: dict = {"add_report_ingest_s": [], "add_report_answered_s": [], "remove_report_s": []}
    for i in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"added-{int(time.time())}-{i}-qingxi-szf-2024.md"
            path.write_text(generate_report("青溪市人民政府", 2024, 99, place="青溪市"), encoding="utf-8")
            t = time.perf_counter()
            g.ingest([path])
            ingested = time.perf_counter() - t
            while True:
                a = g.ask(ADDED_QUESTION, sources=[path.name])
                if a.answered and a.citations and a.citations[0].source == path.name:
                    break
                if time.perf_counter() - t > 120:
                    break
            out["add_report_ingest_s"].append(round(ingested, 2))
            out["add_report_answered_s"].append(round(time.perf_counter() - t, 2))
            if i == 0 and cli_runs:
                out.update(cli_one_shot(g.settings, cli_runs))
            t = time.perf_counter()
            g.remove(path.name)
            out["remove_report_s"].append(round(time.perf_counter() - t, 2))
    return out


def cli_one_shot(settings: Settings, runs: int) -> dict:
    """`gongkai ask` processes (in-process answer: --no-daemon) about the report just added (its
    vectors are in the embedding cache, as for any report ingested on this machine), timed from
    start to exit, each with the load average when it started."""
    cmd = [sys.executable, "-m", "assistant.cli", "ask", "--no-daemon", "--home", str(settings.home),
           "--embedder", settings.embedder, ADDED_QUESTION]
    if settings.chroma_url:
        cmd[5:5] = ["--chroma-url", settings.chroma_url]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    times, loads, answered = [], [], 0
    for _ in range(runs):
        loads.append(round(os.getloadavg()[0], 2))
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
        times.append(round(time.perf_counter() - t, 2))
        answered += done.returncode == 0 and "53016" in done.stdout
    return {"cli_one_shot_s": times, "cli_one_shot_median_s": round(statistics.median(times), 2),
            "cli_one_shot_answered": answered, "cli_one_shot_load": loads}


def facts_query(g: Gongkai) -> dict:
    year = 2024
    t = time.perf_counter()
    rows = g.facts(year=year, key="art20.penalty.decisions")
    facts_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    a = g.ask(f"{year}年哪个单位收到的政府信息公开申请最多？")
    rank_ms = (time.perf_counter() - t) * 1000
    return {"facts_year_rows": len(rows), "facts_year_ms": round(facts_ms, 1), "rank_answer_ms": round(rank_ms, 1),
            "rank_answered": a.answered}


def real_embed_floor(n: int = 30) -> float:
    from vectorstore.embeddings import get_embedder

    embedder = get_embedder("use-m3")
    embedder.embed_batch(["预热"])
    return query_ms(embedder, n)


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


def measure_index(args) -> int:
    home = Path(args.index)
    settings = Settings(home=home, embedder=args.embedder, chroma_url=args.chroma_url)
    g = Gongkai(settings)
    catalog = g.reports()
    rng = random.Random(1)
    drawn = [rng.choice(catalog) for _ in range(args.questions)]
    questions = [rng.choice(TEMPLATES).format(body=r["body"], year=r["year"]) for r in drawn]
    scoped = list(zip(questions, (r["source"] for r in drawn)))[1:]
    t = time.perf_counter()
    g.hybrid_search().snapshot()  # a first build of the lexical index, if there is none on disk yet
    prepare_s = time.perf_counter() - t
    r = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "load_start": round(os.getloadavg()[0], 2),
         "passages": g.store.count(), "reports": len(catalog), "embedder": args.embedder,
         "chroma": args.chroma_url or "embedded", "lexical_prepare_s": round(prepare_s, 1)}
    # The fresh processes start with a question whose bodies the index holds: a refusal returns
    # before retrieval, so it would not time a first answer (understand() alone decides that).
    from assistant.ask.understand import understand

    first = next((i for i, q in enumerate(questions[:20]) if not understand(q, catalog).refusal), 0)
    ordered = [questions[first]] + questions[:first] + questions[first + 1:]
    r["cold_question"] = questions[first]
    r.update(cold_first(home, args.embedder, args.chroma_url, ordered[:60]))
    r.update(measure(g, questions))
    # bench/scale_corpus.py gives each copy bodies of its own, so a question names one report,
    # as in a real archive (an index built with --same-bodies: ~N/7,000 reports, 140 at 1M).
    # The same questions with their report alone in scope (sources=) measure the rest.
    one, one_answered = [], 0
    for q, source in scoped:
        t = time.perf_counter()
        one_answered += g.ask(q, sources=[source]).answered
        one.append((time.perf_counter() - t) * 1000)
    r.update({"one_report_p50_ms": round(pct(one, 0.5), 1), "one_report_p95_ms": round(pct(one, 0.95), 1),
              "one_report_answered": one_answered})
    r.update(facts_query(g))
    r.update(add_one(g, repeats=args.adds, cli_runs=args.cli_runs))
    r["rss_mb_end"] = round(rss_mb(), 1)  # this process, first build of the lexical index included
    r["use_m3_query_ms"] = real_embed_floor()
    r["cores"], r["load"] = os.cpu_count(), round(os.getloadavg()[0], 2)
    if "fake" in args.embedder:
        r["note"] = ("vectors from the fake embedder (no model): add use_m3_query_ms per question "
                     "for the real embedder's cost")
    print(json.dumps(r, ensure_ascii=False, indent=2))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=0, help="also measure a generated index this large")
    parser.add_argument("--home", default=str(Path.home() / ".cache" / "gongkai-bench"))
    parser.add_argument("-n", "--questions", type=int, default=120)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--index", help="measure this existing home (bench/scale_corpus.py) instead")
    parser.add_argument("--embedder", default="use-m3", help="the embedder of --index (e.g. fake:512)")
    parser.add_argument("--chroma-url", default="", help="--index is served by this Chroma server")
    parser.add_argument("--adds", type=int, default=3, help="with --index: reports added (and removed) in turn")
    parser.add_argument("--cli-runs", type=int, default=5,
                        help="with --index: `gongkai ask` processes timed about the first report added")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results = {}

    import yaml

    if args.index:
        return measure_index(args)
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
