"""What reading the national tables as facts adds to ingest.

    python bench/facts.py            # ../shared/eval/docs and corpus, and 50 generated reports
    python bench/facts.py -n 200 --json

For each set of files: the whole ingest (worker parse, facts, chunking, embedding, Chroma writes)
into a fresh home, timed end to end; then, in this process, the same files loaded and parsed
with ``read_facts`` timed on its own (best of 3 per file). The share is fact extraction's time
over the whole ingest's. Goal (issue 10): under 10%.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
EVAL = REPO.parent / "shared" / "eval"
sys.path[:0] = [str(REPO), str(BENCH)]
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from generate import generate_corpus  # noqa: E402  (bench/generate.py)

from assistant.ingest.loaders import load_document  # noqa: E402
from assistant.ingest.structure import parse_report  # noqa: E402
from assistant.national.extract import read_facts  # noqa: E402
from assistant.service import Gongkai  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in {".txt", ".md", ".pdf", ".html", ".docx"}
                  and p.name not in {"SOURCES.md", "README.md"})


def measure(name: str, files: list[Path]) -> dict:
    home = Path(tempfile.mkdtemp(prefix=f"gk-facts-{name}-"))
    g = Gongkai(Settings(home=home))
    g.store.embedder.embed_query("预热")  # the embedder's load is not ingest time
    started = time.perf_counter()
    result = g.ingest(files, any_document=True)
    ingest_s = time.perf_counter() - started
    facts_s, cells, tables = 0.0, 0, 0
    for path in files:
        try:
            report = parse_report(load_document(path))
        except Exception:  # a file ingest refused is not part of the comparison
            continue
        best = None
        for _ in range(3):
            t = time.perf_counter()
            facts, _findings, stats = read_facts(report)
            best = min(best or 1e9, time.perf_counter() - t)
        facts_s += best
        cells += len(facts)
        tables += len(stats.tables)
    return {"set": name, "files": len(files), "reports": result.reports, "passages": result.passages,
            "ingest_s": round(ingest_s, 2), "facts_s": round(facts_s, 3), "facts": cells, "tables": tables,
            "share": round(facts_s / ingest_s, 4) if ingest_s else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50, help="generated reports (default 50)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    sets = [("eval docs", files_of(EVAL / "docs")), ("eval corpus", files_of(EVAL / "corpus"))]
    generated = Path(tempfile.mkdtemp(prefix="gk-facts-gen-"))
    generate_corpus(generated, args.n)
    sets.append((f"{args.n} generated", files_of(generated)))
    rows = [measure(name, files) for name, files in sets if files]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['set']:14} {r['reports']:4} reports {r['passages']:6} passages  ingest {r['ingest_s']:7.2f} s  "
                  f"facts {r['facts_s']:6.3f} s ({r['facts']} cells, {r['tables']} tables)  share {100 * r['share']:.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
