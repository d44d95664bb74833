"""`gongkai` — a thin command line over the library: parse flags, call, format.

Errors Gongkai raises on purpose become one line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from assistant.errors import GongkaiError
from assistant.progress import Progress
from assistant.settings import Settings
from assistant.terminal import json_text, shown


def _common(parser: argparse.ArgumentParser, *, store: bool = True) -> None:
    parser.add_argument("--home", help="state directory (default: $GONGKAI_HOME or ~/.gongkai)")
    parser.add_argument("--embedder", help="embedding backend: use-m3 (default) or st:<model name or path>")
    if store:  # eval always builds its own embedded index
        parser.add_argument("--chroma-url", help="use a Chroma server (http://host:port) instead of the embedded index")
        parser.add_argument("--collection", help="Chroma collection name (default gongkai-reports)")


def _settings(args) -> Settings:
    return Settings().with_(home=args.home, embedder=args.embedder, chroma_url=getattr(args, "chroma_url", None),
                            collection=getattr(args, "collection", None))


def cmd_ingest(args) -> int:
    from assistant.service import Gongkai

    g = Gongkai(_settings(args))
    report = g.ingest([Path(p) for p in args.paths], recursive=args.recursive,
                      progress=None if args.quiet else Progress())
    for item in report.ingested:
        print(f"  ingested {shown(item['source'])}: {shown(item['title'])} ({item['passages']} passages)")
    for path in report.skipped:
        print(f"  skipped {shown(path)}: unsupported file type", file=sys.stderr)
    for failure in report.failures:
        print(f"  FAILED {shown(failure.source)}: {shown(failure.reason)}", file=sys.stderr)
    print(report.summary() + f", {report.reports / report.seconds if report.seconds else 0:.2f} reports/s")
    return 1 if report.failures else 0


def cmd_list(args) -> int:
    from assistant.service import Gongkai

    reports = Gongkai(_settings(args)).reports()
    if args.json:
        print(json_text(reports))
        return 0
    if not reports:
        print("The index is empty. Add reports with: gongkai ingest PATH...")
        return 0
    for r in reports:  # one line per report, whatever its stored fields hold
        year = r.get("year") if r.get("year", -1) != -1 else "?"
        print("\t".join(shown(x) for x in (r["source"], r.get("body", ""), year,
                                             f"{r.get('passages', 0)} passages", r.get("title", ""))))
    return 0


def cmd_remove(args) -> int:
    from assistant.service import Gongkai

    g = Gongkai(_settings(args))
    for source in args.sources:
        n = g.remove(source)
        print(f"removed {shown(source)} ({n} passages)")
    return 0


def format_answer(answer) -> str:
    lines = [answer.answer, ""]
    if answer.note and answer.note not in answer.answer:
        lines.append(answer.note)
    for c in answer.citations:
        page = f", p. {c.page}" if c.page else ""
        lines.append(f"[{c.id}] {c.title} — {c.section}{page} ({c.source})")
        lines.append(f"    “{c.quote}”")
    if answer.answered:
        lines.append("" if answer.citations else "")
        lines.append("verified: every figure is in a cited passage" if answer.verified
                     else "NOT verified: a figure is missing from the cited passages")
    return "\n".join(lines).rstrip()


def cmd_ask(args) -> int:
    from assistant.service import Gongkai

    g = Gongkai(_settings(args).with_(llm=args.llm))
    if args.json:
        answer = g.ask(args.question, top_k=args.top_k)
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    answer = None
    streamed = False
    for kind, value in g.ask_stream(args.question, top_k=args.top_k):
        if kind == "delta" and sys.stdout.isatty():
            print(value, end="", flush=True)
            streamed = True
        elif kind == "answer":
            answer = value
    if streamed:
        print("\r\033[K", end="")
    print(format_answer(answer))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gongkai",
        description="Gongkai (公开): ask questions of government information-disclosure annual reports, "
                    "with every figure cited and checked.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="add report files (txt, md, pdf, html, docx) to the index")
    p.add_argument("paths", nargs="+", help="files or folders")
    p.add_argument("--recursive", "-r", action="store_true", help="descend into sub-folders")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bars")
    _common(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("list", help="list the reports in the index")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("remove", help="remove reports from the index by source file name")
    p.add_argument("sources", nargs="+")
    _common(p)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("ask", help="ask a question; prints the answer and its citations")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.add_argument("--llm", help="composer: extractive (default), openai:<model>, ollama:<model>, gguf:<path>")
    p.add_argument("--top-k", type=int, help="passages to retrieve (default 8)")
    _common(p)
    p.set_defaults(func=cmd_ask)

    try:
        from assistant.evaluation.cli import add_eval_parser
    except ImportError:
        pass
    else:
        add_eval_parser(sub, lambda p: _common(p, store=False))
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GongkaiError as err:
        print(f"gongkai: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("gongkai: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
