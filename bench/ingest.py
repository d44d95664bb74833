"""Ingest throughput end to end, next to the floor the embedder alone sets.

    python bench/ingest.py              # real reports, 50 generated reports, the embedder alone
    python bench/ingest.py -n 200 --json
    python bench/ingest.py --ocr        # OCR: seconds per page and accuracy of scans (gongkai[ocr])

Three measurements:
  eval docs   ../shared/eval/docs ingested into a fresh GONGKAI_HOME
  generated   N fictional full-length reports (bench/generate.py) into another fresh home,
              with the time 1,000 such reports would take at that rate
  floor       the embedder's embed_documents on the generated reports' passage texts, in batches:
              ingest cannot be faster than this

With ``--ocr`` it measures OCR instead: the Huai'an 2024 PDF of ../shared/eval/docs rasterised
into image-only PDFs (150 dpi, 100 dpi, and 150 dpi laid 1.5° askew), each read in this process as
ingest reads it, against the facts and prose of its text layer: seconds per page, cell accuracy,
figures stated wrongly (must be 0), prose character accuracy.

Caches cannot flatter the numbers: every ingest gets a new, empty home (so an embedding cache
under it starts empty) and the generated reports are new text. A cache can still answer for a
text repeated inside one run, so the output says how many vectors the home's cache holds next
to the number of passages. The embedder is loaded once before timing (it is per process), and
its load time is reported on its own.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
EVAL_DOCS = REPO.parent / "shared" / "eval" / "docs"
sys.path[:0] = [str(REPO), str(BENCH)]
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from generate import generate_corpus  # noqa: E402  (bench/generate.py)

from assistant.ingest.chunking import passages_for  # noqa: E402
from assistant.ingest.loaders import load_document  # noqa: E402
from assistant.service import Gongkai  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.ingest.structure import parse_report  # noqa: E402
from vectorstore.embeddings import get_embedder  # noqa: E402


def cache_state(home: Path) -> dict:
    """SQLite files under the home outside the Chroma index, with their vector counts."""
    files = {}
    for path in sorted(home.rglob("*")):
        if not path.is_file() or "chroma" in path.relative_to(home).parts[:1]:
            continue
        if path.suffix in {".sqlite", ".sqlite3", ".db"}:
            try:
                with sqlite3.connect(path) as db:
                    files[str(path.relative_to(home))] = db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]
            except sqlite3.Error:
                files[str(path.relative_to(home))] = None
    return {"used": bool(files), "files": files, "vectors": sum(v or 0 for v in files.values())}


def run_ingest(phase: str, paths: list[Path], embedder: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="gongkai-bench-home-") as tmp:
        home = Path(tmp)
        os.environ["GONGKAI_HOME"] = tmp  # anything that reads the environment sees the fresh home too
        service = Gongkai(Settings(home=home).with_(embedder=embedder))
        started = time.perf_counter()
        report = service.ingest(paths)
        seconds = time.perf_counter() - started
        cache = cache_state(home)
    return {
        "phase": phase, "files": len(paths), "reports": report.reports, "sections": report.sections,
        "tables": report.tables, "passages": report.passages, "seconds": round(seconds, 3),
        "passages_per_s": round(report.passages / seconds, 1) if seconds else 0.0,
        "reports_per_s": round(report.reports / seconds, 2) if seconds else 0.0,
        "failures": [f"{f.source}: {f.reason}" for f in report.failures], "embedding_cache": cache,
    }


def passage_texts(paths: list[Path]) -> list[str]:
    return [p.text for path in paths for p in passages_for(parse_report(load_document(path)))]


def run_floor(texts: list[str], embedder, batch: int) -> dict:
    started = time.perf_counter()
    for start in range(0, len(texts), batch):
        embedder.embed_documents(texts[start:start + batch])
    seconds = time.perf_counter() - started
    return {"phase": "floor", "passages": len(texts), "unique_texts": len(set(texts)), "batch": batch,
            "seconds": round(seconds, 3), "passages_per_s": round(len(texts) / seconds, 1) if seconds else 0.0}


OCR_REPORT = "huaian-szf-2024.pdf"
OCR_CASES = (("150 dpi", 150, 0.0), ("100 dpi", 100, 0.0), ("150 dpi, 1.5° askew", 150, 1.5))


def run_ocr(cases=OCR_CASES) -> list[dict]:
    from assistant.evaluation.scans import char_accuracy, compare_facts, prose_text, rasterise, write_image_pdf
    from assistant.ingest.worker import parse_file

    original = EVAL_DOCS / OCR_REPORT
    reference, _, (facts, _, _) = parse_file(original, OCR_REPORT)
    rows = []
    for label, dpi, angle in cases:
        with tempfile.TemporaryDirectory(prefix="gongkai-bench-scan-") as tmp:
            images = rasterise(original, dpi=dpi, rotate=angle)
            scan = write_image_pdf(images, Path(tmp) / OCR_REPORT, dpi=dpi)
            started = time.perf_counter()
            report, passages, (scanned, _, _) = parse_file(scan, OCR_REPORT)
            seconds = time.perf_counter() - started
        score = compare_facts(facts, scanned)
        rows.append({"scan": label, "pages": len(images), "seconds": round(seconds, 1),
                     "seconds_per_page": round(seconds / len(images), 1), "cells": score.cells,
                     "cells_right": score.right, "cell_accuracy": round(score.accuracy, 4),
                     "corrected": score.corrected, "unreadable": score.unreadable, "missing": score.missing,
                     "wrong": score.wrong,
                     "prose_char_accuracy": round(char_accuracy(prose_text(reference), prose_text(report)), 4)})
    return rows


def format_ocr(rows: list[dict]) -> str:
    lines = [f"{'scan':<22} {'s/page':>7} {'cells right':>12} {'accuracy':>8} {'corrected':>9} "
             f"{'unreadable':>10} {'wrong':>5} {'prose chars':>11}"]
    for r in rows:
        lines.append(f"{r['scan']:<22} {r['seconds_per_page']:>7.1f} {r['cells_right']:>5}/{r['cells']:<6} "
                     f"{r['cell_accuracy']:>8.3f} {r['corrected']:>9} {r['unreadable'] + r['missing']:>10} "
                     f"{len(r['wrong']):>5} {r['prose_char_accuracy']:>11.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark ingest end to end against the embedder alone.")
    parser.add_argument("-n", type=int, default=50, help="generated reports to ingest (default 50)")
    parser.add_argument("--seed", type=int, default=0, help="seed for the generated reports")
    parser.add_argument("--embedder", default=None, help="embedder spec (default: GONGKAI_EMBEDDER or use-m3)")
    parser.add_argument("--batch", type=int, default=None, help="texts per embed_documents call in the floor")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--ocr", action="store_true", help="measure OCR of scans instead (needs gongkai[ocr])")
    args = parser.parse_args(argv)
    if args.ocr:
        rows = run_ocr()
        extra = {"cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
                 "load_average": [round(x, 2) for x in os.getloadavg()]}
        if args.json:
            print(json.dumps({"ocr": rows, **extra}, ensure_ascii=False, indent=2))
        else:
            print(format_ocr(rows))
            print(f"{extra['cpus']} CPUs, load average {extra['load_average'][0]} at the end (other work slows OCR)")
        return 0
    if args.n < 1:
        parser.error("-n must be at least 1")

    spec = args.embedder or Settings().embedder
    started = time.perf_counter()
    embedder = get_embedder(spec)
    embedder.embed_documents(["预热"])  # weights load lazily: pay that before any timing
    results: dict = {"embedder": spec, "embedder_load_s": round(time.perf_counter() - started, 3),
                     "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()}

    if EVAL_DOCS.is_dir():
        results["eval_docs"] = run_ingest("eval docs", sorted(EVAL_DOCS.iterdir()), spec)
    else:
        results["eval_docs"] = {"phase": "eval docs", "skipped": f"no folder {EVAL_DOCS}"}

    with tempfile.TemporaryDirectory(prefix="gongkai-bench-corpus-") as tmp:
        paths = generate_corpus(Path(tmp), args.n, seed=args.seed)
        generated = run_ingest(f"generated n={args.n}", paths, spec)
        texts = passage_texts(paths)
    rate = generated["reports_per_s"]
    generated["projected_1000_reports_s"] = round(1000 / rate, 1) if rate else None
    results["generated"] = generated
    floor = run_floor(texts, embedder, args.batch or getattr(embedder, "batch_size", 64))
    per_report = len(texts) / args.n
    floor["projected_1000_reports_s"] = round(1000 * per_report / floor["passages_per_s"], 1) if floor["passages_per_s"] else None
    results["floor"] = floor

    results["load_average"] = [round(x, 2) for x in os.getloadavg()]  # other work on the machine skews timings
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(format_table(results))
    return 0


def format_table(results: dict) -> str:
    rows = [("phase", "reports", "passages", "seconds", "passages/s", "reports/s")]
    for key in ("eval_docs", "generated"):
        r = results[key]
        if "skipped" in r:
            rows.append((r["phase"], "-", "-", "-", "-", "skipped"))
        else:
            rows.append((r["phase"], str(r["reports"]), str(r["passages"]), f"{r['seconds']:.2f}",
                         f"{r['passages_per_s']:.1f}", f"{r['reports_per_s']:.2f}"))
    f = results["floor"]
    rows.append((f"embedder floor (batch {f['batch']})", "-", str(f["passages"]), f"{f['seconds']:.2f}",
                 f"{f['passages_per_s']:.1f}", "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))

    g = results["generated"]
    lines.append("")
    lines.append(f"embedder {results['embedder']}: loaded in {results['embedder_load_s']:.1f} s before timing; "
                 f"{results['cpus']} CPUs, load average {results['load_average'][0]} at the end")
    if g["projected_1000_reports_s"]:
        lines.append(f"1,000 generated reports: ingest ~{g['projected_1000_reports_s'] / 60:.1f} min, "
                     f"embedding alone ~{(f['projected_1000_reports_s'] or 0) / 60:.1f} min")
    lines.append(f"floor texts: {f['unique_texts']} unique of {f['passages']}")
    for key in ("eval_docs", "generated"):
        r = results[key]
        if "skipped" in r:
            continue
        cache = r["embedding_cache"]
        state = (f"{cache['vectors']} vectors in {', '.join(cache['files'])} (fresh home; "
                 f"{r['passages']} passages)" if cache["used"] else "none under the fresh home")
        lines.append(f"{r['phase']}: embedding cache {state}")
        if r["failures"]:
            lines.append(f"{r['phase']}: {len(r['failures'])} failures: " + "; ".join(r["failures"][:5]))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
