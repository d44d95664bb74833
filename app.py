"""Serve Gongkai: the Gradio chat at /, the HTTP API at /api (docs at /docs), the widget at /widget.

    python app.py [--host H] [--port P] [--home DIR] [--llm SPEC] [--embedder SPEC]
                  [--chroma-url URL] [--collection NAME] [--top-k N] [--no-demo] [--workers N]

The same settings flags as ``gongkai`` (assistant/flags.py); each wins over its GONGKAI_*
variable (default 127.0.0.1:7860, ~/.gongkai, the extractive composer). On a first start (an
empty index that was never offered them) the fictional demo reports in ./demo are ingested
before serving, and never again once removed; ``--no-demo`` or GONGKAI_NO_DEMO=1 starts empty
(assistant/demo.py). ``--workers N`` serves from N processes (uvicorn's workers, each building
the app with ``worker()``); over a Chroma server (``--chroma-url``) more app processes can run
on other machines too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import uvicorn

from assistant.ask.llm.backends import check_spec
from assistant.demo import OFFERED, demo_files, mark_offered, should_offer
from assistant.errors import GongkaiError
from assistant.flags import FLAGS, Parser, add_flags, settings_from
from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.web import create_app

DEMO = Path(__file__).resolve().parent / "demo"


def seed_demo(service: Gongkai) -> None:
    """Ingest the demo reports into an empty index, printing progress."""
    files = demo_files(DEMO)
    print(f"First start: the index under {service.settings.home} is empty. Adding {len(files)} demo reports "
          f"from {DEMO}: they describe an INVENTED city (青溪市), not real government data, and are marked "
          "（演示）. Remove them with `gongkai remove --demo`; start with --no-demo to skip them.")
    shown: set[tuple[str, str]] = set()

    def progress(stage: str, done: int, total: int, current: str) -> None:
        if current and (stage, current) not in shown:
            shown.add((stage, current))
            print(f"  {stage:5} {done}/{total} {current}", flush=True)

    result = service.ingest(files, progress=progress)
    print(f"  {result.summary()}")
    for failure in result.failures:
        print(f"  failed: {failure.source}: {failure.reason}", file=sys.stderr)


def worker():
    """The app of one worker process: its settings come from the GONGKAI_* variables, which
    ``main`` sets from its flags before starting the workers."""
    settings = Settings()
    service = Gongkai(settings)
    service.warm_up()
    return create_app(settings, service=service)


def main(argv: list[str] | None = None) -> int:
    parser = Parser(description=__doc__.splitlines()[0])
    add_flags(parser)
    parser.add_argument("--no-demo", action="store_true",
                        help="start with an empty index instead of the fictional demo reports on a first start "
                             "(also GONGKAI_NO_DEMO=1)")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes serving the app (default: $GONGKAI_WORKERS or 1)")
    args = parser.parse_args(argv)
    no_demo = args.no_demo or os.environ.get("GONGKAI_NO_DEMO", "").strip().lower() in ("1", "true", "yes")
    try:
        settings = settings_from(args)  # inside: a bad GONGKAI_* number is one line, not a traceback
        if args.workers is not None:
            settings = settings.with_(workers=args.workers)  # checked like the other numbers
        workers = settings.workers
        service = Gongkai(settings)
        if settings.llm != "extractive":
            check_spec(settings.llm)  # a mistyped composer is refused now, not at the first question
        reports = service.reports()
        if should_offer(settings.home, reports, refused=no_demo or not DEMO.is_dir()):
            seed_demo(service)
            mark_offered(settings.home)
        elif reports:
            if not (settings.home / OFFERED).exists():
                mark_offered(settings.home)  # an index in use: never seed it, even once emptied
        else:
            if no_demo:
                mark_offered(settings.home)  # declined: a later start does not add them either
            print(f"The index under {settings.home} is empty: add reports with `gongkai ingest PATH` "
                  "(or the upload page with GONGKAI_ADMIN_TOKEN).")
        app = create_app(settings, service=service)
    except GongkaiError as err:
        print(f"gongkai: {err}", file=sys.stderr)
        return 1
    print(f"Gongkai: http://{settings.host}:{settings.port}/  (API docs at /docs, widget at /widget)", flush=True)
    if workers > 1:
        for flag in FLAGS.values():  # the workers read their settings from the environment
            os.environ[f"GONGKAI_{flag.field.upper()}"] = str(getattr(settings, flag.field))
        # A worker builds the app (gradio, chromadb: seconds on a busy machine) before it answers
        # the supervisor's health check; at uvicorn's default 5 s it was killed and restarted forever.
        uvicorn.run("app:worker", factory=True, workers=workers, host=settings.host, port=settings.port,
                    app_dir=str(Path(__file__).resolve().parent), timeout_worker_healthcheck=120)
    else:
        service.warm_up()  # the first question is then answered as fast as the next ones
        uvicorn.run(app, host=settings.host, port=settings.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
