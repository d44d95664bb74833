"""`gongkai` — a thin command line over the library: parse flags, call, format.

Errors Gongkai raises on purpose become one line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from assistant.errors import GongkaiError
from assistant.flags import Parser, add_flags, settings_from
from assistant.progress import Progress
from assistant.terminal import json_text, shown


def _common(parser: argparse.ArgumentParser, *, store: bool = True) -> None:
    add_flags(parser, "--home", "--embedder")
    if store:  # eval always builds its own embedded index
        add_flags(parser, "--chroma-url", "--collection", "--lock-wait")


def cmd_ingest(args) -> int:
    from assistant.service import Gongkai

    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    for path in missing:  # said plainly here, not as a file of an unsupported type
        print(f"  FAILED {shown(str(path))}: no such file or folder", file=sys.stderr)
    present = [p for p in paths if p.exists()]
    if not present:
        return 1
    g = Gongkai(settings_from(args))
    report = g.ingest(present, recursive=args.recursive, progress=None if args.quiet else Progress(),
                      any_document=args.any_document)
    for item in report.ingested:
        print("  " + ingest_line(item))
    for path in report.skipped:
        print(f"  skipped {shown(str(path))}: not a report file (unsupported type, or a README/CHANGELOG/LICENSE)",
              file=sys.stderr)
    for item in report.not_reports:
        print(f"  skipped {shown(item.source)}: {shown(item.reason)}; --any-document indexes it anyway",
              file=sys.stderr)
    for failure in report.failures:
        print(f"  FAILED {shown(failure.source)}: {shown(failure.reason)}", file=sys.stderr)
    print(report.summary() + f", {report.reports / report.seconds if report.seconds else 0:.2f} reports/s")
    return 1 if report.failures or missing else 0


def ingest_line(item: dict) -> str:
    """One report's line: 'unchanged' when this run changed none of its passages."""
    added, removed, updated = (item.get(k, 0) for k in ("added", "removed", "updated"))
    if not (added or removed or updated):
        return f"unchanged {shown(item['source'])}: {shown(item['title'])} ({item['passages']} passages)"
    changes = ", ".join(f"{n} {word}" for n, word in ((added, "added"), (removed, "removed"), (updated, "updated")) if n)
    return f"ingested {shown(item['source'])}: {shown(item['title'])} ({item['passages']} passages: {changes})"


def _year_key(year) -> int:
    """A stored year to sort by: an index written elsewhere may hold anything there."""
    return year if isinstance(year, int) else -1


def cmd_list(args) -> int:
    from assistant.service import Gongkai

    reports = Gongkai(settings_from(args)).reports()
    if args.json:
        print(json_text(reports))
        return 0
    if not reports:
        print("The index is empty. Add reports with: gongkai ingest PATH...")
        return 0
    print("body\tyear\tsource\tpassages\ttitle")
    # one line per report, whatever its stored fields hold
    for r in sorted(reports, key=lambda r: (str(r.get("body") or ""), _year_key(r.get("year")), str(r["source"]))):
        year = r.get("year") if r.get("year", -1) != -1 else "?"
        print("\t".join(shown(x) for x in (r.get("body", ""), year, r["source"], r.get("passages", 0),
                                             r.get("title", ""))))
    return 0


def cmd_remove(args) -> int:
    from assistant.service import Gongkai

    g = Gongkai(settings_from(args))
    sources = list(args.sources)
    if args.demo:
        from assistant.demo import is_demo

        demo = [r["source"] for r in g.reports() if is_demo(r)]
        if not demo:
            print("no demo reports in the index")
        sources += [s for s in demo if s not in sources]
    elif not sources:
        print("gongkai: error: name the reports to remove (see gongkai list), or --demo", file=sys.stderr)
        return 2
    for source in sources:
        n = g.remove(source)
        print(f"removed {shown(source)} ({n} passages)")
    return 0


def cmd_facts(args) -> int:
    from .national.export import to_csv, to_json, write_xlsx
    from .service import Gongkai

    rows = Gongkai(settings_from(args)).facts(body=args.body, year=args.year, key=args.key, source=args.source)
    if args.xlsx:
        write_xlsx(rows, Path(args.xlsx))
        print(f"wrote {len(rows)} facts to {args.xlsx}", file=sys.stderr)
    if args.csv:
        _write(args.csv, to_csv(rows))
    if args.json:
        _write(args.json, to_json(rows))
    if not (args.xlsx or args.csv or args.json):
        if not rows:
            print("No table facts match. (gongkai list shows the reports; facts come from the three "
                  "national statistics tables.)")
            return 0
        print("body\tyear\tkey\tvalue\tunit\tlabel\tsource\tpage")
        for r in rows:
            value = r["value"] if r["value"] is not None else f"unreadable ({r['note']})"
            print(f"{r['body']}\t{r['year'] or '?'}\t{r['key']}\t{value}\t{r['unit']}\t{r['label_zh']}\t"
                  f"{r['source']}\t{r['page'] or ''}")
    return 0


def _write(target: str, text: str) -> None:
    """Write to a file, or to stdout for '-'."""
    if target == "-":
        sys.stdout.write(text)
        return
    Path(target).write_text(text, encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)


def cmd_check(args) -> int:
    from .service import Gongkai

    g = Gongkai(settings_from(args))
    known = {r["source"] for r in g.reports()}
    unknown = [s for s in args.sources if s not in known]
    if unknown:
        print(f"gongkai: error: no report {', '.join(unknown)} in the index (see gongkai list)", file=sys.stderr)
        return 2
    sources = args.sources or sorted(known)
    table = g.fact_table(sources)
    findings = g.findings(sources)
    if args.json:
        print(json.dumps(findings, ensure_ascii=False, indent=2))
        return 1 if findings else 0
    for source in sources:
        facts = table.of_source(source)
        mine = [f for f in findings if f["source"] == source]
        unreadable = sum(1 for row in facts.values() if row.fact.value is None)
        status = "no national tables found" if not facts else (
            f"{len(facts)} cells, {unreadable} unreadable, " + (f"{len(mine)} findings" if mine else "arithmetic adds up"))
        print(f"{shown(source)}: {status}")
        for f in mine:
            print(f"  ✗ {f['description']}: {f['left']} ≠ {f['right']}  ({', '.join(f['keys'])})")
    return 1 if findings else 0


def format_answer(answer: dict) -> str:
    """The answer (``Answer.to_dict()``, in-process or from the daemon) as the CLI prints it."""
    lines = [answer["answer"], ""]
    if answer.get("understood_as"):
        lines.insert(0, f"(read as: {answer['understood_as']})")
    note = answer.get("note") or ""
    if note and note not in answer["answer"]:
        lines.append(note)
    for c in answer.get("citations", []):
        page = f", p. {c['page']}" if c.get("page") else ""
        lines.append(f"[{c['id']}] {c['title']} — {c['section']}{page} ({c['source']})")
        lines.append(f"    “{c['quote']}”")
    if answer.get("answered"):
        lines.append("")
        lines.append("verified: every figure is in a cited passage" if answer.get("verified")
                     else "NOT verified: a figure is missing from the cited passages")
    return "\n".join(lines).rstrip()


def cmd_ask(args) -> int:
    question = (args.question or "").strip()
    if not question:
        print("gongkai: error: the question is empty (gongkai ask \"淮安市2024年收到多少件政府信息公开申请？\")",
              file=sys.stderr)
        return 2
    settings = settings_from(args)
    stream = None
    if not args.no_daemon:
        from assistant.daemon import ask_via_daemon

        # This process's composer and top_k (flags, else its GONGKAI_* variables), not the daemon's.
        stream = ask_via_daemon(settings, question, llm=settings.llm, top_k=settings.top_k)
    if stream is None:
        from assistant.service import Gongkai
        from assistant.zh.jieba_table import use_table

        # One question: jieba's dictionary read word by word, not loaded whole (0.7–1.1 s).
        use_table(settings.cache_path)
        stream = ({"delta": v} if k == "delta" else {"answer": v.to_dict()}
                  for k, v in Gongkai(settings).ask_stream(question))
    answer = None
    streamed = False
    for message in stream:
        if "error" in message:
            print(f"gongkai: error: {message['error']}", file=sys.stderr)
            return 1
        if "delta" in message and not args.json and sys.stdout.isatty():
            print(message["delta"], end="", flush=True)
            streamed = True
        elif "answer" in message:
            answer = message["answer"]
    if streamed:
        print("\r\033[K", end="")
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer))
    return 0


def cmd_serve(args) -> int:
    import signal

    from assistant.daemon import serve
    from assistant.service import Gongkai

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # a service manager's stop also removes the socket
    g = Gongkai(settings_from(args))
    try:
        serve(g)
    except RuntimeError as err:
        print(f"gongkai: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("gongkai: daemon stopped", file=sys.stderr)
    return 0


def cmd_mcp(args) -> int:
    from assistant.integrations.mcp import serve
    from assistant.service import Gongkai

    g = Gongkai(settings_from(args))
    if g.settings.llm != "extractive":
        from assistant.ask.llm.backends import check_spec

        check_spec(g.settings.llm)  # a mistyped composer is refused now, not at the first question
    if args.http:
        print(f"gongkai: MCP over streamable HTTP at http://{args.mcp_host}:{args.mcp_port}/mcp", file=sys.stderr)
    serve(g, http=args.http, host=args.mcp_host, port=args.mcp_port, allow_write=args.allow_write)
    return 0


def cmd_feedback(args) -> int:
    from assistant.feedback import FeedbackStore, export_suite

    settings = settings_from(args)
    store = FeedbackStore(settings.home)
    if args.action == "clear":
        print(f"cleared {store.clear()} feedback rows")
        return 0
    down = store.all(rating=-1)
    if args.action == "list":
        for row in store.all():  # questions and notes come from anyone the widget serves
            fields = [row.id, "+1" if row.rating > 0 else "-1", row.channel, row.created, row.question]
            print("\t".join(shown(x) for x in fields + ([row.note] if row.note else [])))
        return 0
    if not args.suite:
        print("gongkai: error: feedback export needs --suite FILE", file=sys.stderr)
        return 2
    if not down:
        print("no answers marked 👎 yet: nothing written")
        return 0
    n = export_suite(down, Path(args.suite), home=settings.home)
    print(f"wrote {n} cases to {args.suite}: fill in each case's expect (FILL IN), then gongkai eval {args.suite}")
    return 0


def build_parser() -> Parser:
    parser = Parser(
        prog="gongkai",
        description="Gongkai (公开): ask questions of government information-disclosure annual reports, "
                    "with every figure cited and checked.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="add report files (txt, md, pdf, html, docx) to the index")
    p.add_argument("paths", nargs="+", help="files or folders")
    p.add_argument("--recursive", "-r", action="store_true", help="descend into sub-folders")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bars")
    p.add_argument("--any-document", action="store_true",
                   help="index documents that do not look like disclosure annual reports too")
    _common(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("list", help="list the reports in the index")
    p.add_argument("--json", action="store_true")
    _common(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("remove", help="remove reports from the index by source file name")
    p.add_argument("sources", nargs="*", help="report file names, as gongkai list shows them")
    p.add_argument("--demo", action="store_true", help="remove the fictional demo reports (titles marked （演示）)")
    _common(p)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("facts", help="the cells of the national statistics tables, as data (filter, export)")
    p.add_argument("--body", help="issuing body contains this text (e.g. 淮安)")
    p.add_argument("--year", type=int, help="statistical year")
    p.add_argument("--key", help="fact key or pattern, e.g. apply.new, 'apply.result.*.total', art20.penalty.decisions")
    p.add_argument("--source", help="one report, by file name")
    p.add_argument("--csv", metavar="FILE", help="write CSV (UTF-8) to FILE, or - for stdout")
    p.add_argument("--json", metavar="FILE", help="write JSON to FILE, or - for stdout")
    p.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook")
    _common(p)
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("check", help="check the reports' tables against the format's own arithmetic")
    p.add_argument("sources", nargs="*", help="report file names (default: every report)")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    _common(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("ask", help="ask a question; prints the answer and its citations",
                       description="Ask a question; prints the answer and its citations. Answered by a running "
                                   "`gongkai serve` over the same index when there is one (fast), else in this process.")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer object as JSON")
    p.add_argument("--no-daemon", action="store_true", help="answer in this process even when `gongkai serve` runs")
    add_flags(p, "--llm", "--top-k")
    _common(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("feedback", help="the 👍/👎 readers gave answers in the chat and the widget",
                       description="export: the answers marked 👎 as a test suite (SUITE_FORMAT.md) whose cases "
                                   "hold a FILL IN placeholder until a maintainer writes the expected answer; "
                                   "list: every rating; clear: delete them all.")
    p.add_argument("action", choices=["export", "list", "clear"])
    p.add_argument("--suite", metavar="FILE", help="with export: the suite file to write")
    add_flags(p, "--home")
    p.set_defaults(func=cmd_feedback)

    p = sub.add_parser("serve", help="keep the index and models loaded so `gongkai ask` answers at once",
                       description="A local daemon on a unix socket under GONGKAI_HOME/run/ (owner only): "
                                   "`gongkai ask` over the same index uses it and answers in well under a second. "
                                   "Reads the index, never writes it. Ctrl-C (or SIGTERM) stops it.")
    _common(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("mcp", help="serve the index to MCP clients (tools: ask, facts, reports, check)",
                       description="Serve the index as MCP tools over stdio (for a desktop client to start), "
                                   "or over streamable HTTP with --http. Read-only unless --allow-write.")
    p.add_argument("--http", action="store_true", help="streamable HTTP at http://HOST:PORT/mcp instead of stdio")
    p.add_argument("--host", dest="mcp_host", default="127.0.0.1", metavar="HOST",
                   help="with --http: interface to listen on (default: 127.0.0.1)")
    p.add_argument("--port", dest="mcp_port", type=int, default=8765, metavar="PORT",
                   help="with --http: port (default: 8765)")
    p.add_argument("--allow-write", action="store_true",
                   help="also serve a remove tool (never over HTTP beyond loopback); there is no ingest tool")
    add_flags(p, "--llm", "--top-k")
    _common(p)
    p.set_defaults(func=cmd_mcp)

    try:
        from assistant.evaluation.cli import add_eval_parser
    except ImportError:
        pass
    else:
        add_eval_parser(sub, lambda p: _common(p, store=False))
    return parser


def _show_notices() -> None:
    """Gongkai's own notices (e.g. "another gongkai ingest is writing to this index …;
    waiting") on stderr, in the CLI's one-line style."""
    notices = logging.getLogger("gongkai")
    if not notices.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("gongkai: %(message)s"))
        notices.addHandler(handler)
        notices.setLevel(logging.INFO)
        notices.propagate = False


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    _show_notices()
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
    except GongkaiError as err:
        print(f"gongkai: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("gongkai: interrupted", file=sys.stderr)
        return 130
    if argv is None and args.func is cmd_ask:
        _exit_now(code)
    return code


def _exit_now(code: int) -> None:
    """End a `gongkai ask` process once its answer is printed, without the interpreter's
    teardown: freeing jieba's dictionary, the catalogue and chromadb's objects took ~0.3 s of
    a one-shot answer at a million passages. Nothing is left to write: the answer's own writes
    (the lexical index's files, the body names, the caches' sqlite) are atomic or committed, and
    a lexical update still running is a daemon thread, which a normal exit stops as abruptly.
    Only for the program itself (``main()`` without arguments), never for a caller of main."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
