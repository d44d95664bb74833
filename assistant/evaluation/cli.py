"""``gongkai eval SUITE.yaml...``: run suites, print failures, end with the summary line.

stdout: each failed case (question, expected, answer, citations), then per suite the gain over
the baseline and the baseline's summary (with ``--baseline``), then the suite's summary line,
which is the last line printed. stderr: progress and notes. Exit status 1 when a suite's pass
rate is below ``--min-pass`` (or on a bad suite or flag, as one line).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.errors import ConfigError
from assistant.flags import add_flags, settings_from
from assistant.progress import Progress
from assistant.evaluation.metrics import gain, gain_line


def add_eval_parser(subparsers, common) -> None:
    p = subparsers.add_parser(
        "eval", help="run evaluation suites (*.suite.yaml) and report pass rates",
        description="Ingest each suite's documents into a fresh index, ask every case, check every "
                    "expectation. The last line printed is the summary line.")
    p.add_argument("suites", nargs="+", metavar="SUITE.yaml", help="suite files (shared/eval/SUITE_FORMAT.md)")
    p.add_argument("--json", metavar="FILE", help="write every case and metric as JSON")
    p.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    add_flags(p, "--llm")
    p.add_argument("--min-pass", type=float, default=0.0, metavar="X",
                   help="exit with status 1 when a suite's pass rate is below X (0..1)")
    p.add_argument("--store", metavar="DIR", help="keep the eval index and embedding cache in DIR "
                                                  "(default: a temporary index, the home's cache)")
    p.add_argument("--baseline", choices=["naive"], help="also run a plain LangChain RAG on the same suite")
    add_flags(p, "--top-k")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    common(p)
    p.set_defaults(func=cmd_eval)


def cmd_eval(args) -> int:
    from assistant.evaluation.runner import run_baseline, run_suite
    from assistant.evaluation.suite import load_suite

    if not 0.0 <= args.min_pass <= 1.0:
        raise ConfigError(f"--min-pass is a pass rate between 0 and 1, not {args.min_pass}")
    if args.top_k is not None and args.top_k < 1:
        raise ConfigError(f"--top-k must be at least 1, not {args.top_k}")
    suites = [load_suite(Path(p)) for p in args.suites]  # every file checked before any work
    settings = settings_from(args)
    store = Path(args.store) if args.store else None
    runs = []
    for suite in suites:
        progress = None if args.quiet else Progress(suite.name)
        run = run_suite(suite, settings, llm=args.llm, top_k=args.top_k, store=store, progress=progress)
        baseline = run_baseline(suite, settings, store=store, progress=progress) if args.baseline else None
        runs.append((run, baseline))
    _write_outputs(args, runs)
    below = [run for run, _ in runs if run.metrics.pass_rate < args.min_pass]
    for run in below:  # said first, so the summary stays the last line printed
        print(f"{run.suite.name}: pass rate {run.metrics.pass_rate:.3f} is below --min-pass {args.min_pass}",
              file=sys.stderr, flush=True)
    for run, baseline in runs:
        print(_suite_text(run, baseline), flush=True)
    return 1 if below else 0


def _suite_text(run, baseline) -> str:
    from assistant.evaluation.matching import describe_failure

    blocks = [describe_failure(r) for r in run.results if not r.passed]
    blocks += [f"WARNING {run.suite.name}: {source} failed to ingest: {reason}" for source, reason in run.ingest_failures]
    lines = ["\n\n".join(blocks)] if blocks else []
    if baseline is not None:
        lines.append(gain_line(run.suite.name, baseline.system, run.metrics, baseline.metrics))
        lines.append(baseline.summary())
    lines.append(run.summary())
    return "\n".join(lines)


def _write_outputs(args, runs) -> None:
    if args.json:
        data = {"min_pass": args.min_pass, "suites": []}
        for run, baseline in runs:
            entry = run.to_dict()
            if baseline is not None:
                entry["baseline"] = baseline.to_dict()
                entry["gain"] = {"pass_rate": gain(run.metrics.pass_rate, baseline.metrics.pass_rate),
                                 "answer": gain(run.metrics.answer, baseline.metrics.answer)}
            data["suites"].append(entry)
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    if args.html:
        from assistant.evaluation.report_html import write_html

        write_html(Path(args.html), runs)
        print(f"wrote {args.html}", file=sys.stderr)
