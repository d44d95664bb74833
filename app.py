"""Serve Gongkai: the Gradio chat at /, the HTTP API at /api (docs at /docs), the widget at /widget.

    python app.py [--host H] [--port P] [--home DIR] [--llm SPEC] [--embedder SPEC]
                  [--chroma-url URL] [--collection NAME] [--top-k N]

The same settings flags as ``gongkai`` (assistant/flags.py); each wins over its GONGKAI_*
variable (default 127.0.0.1:7860, ~/.gongkai, the extractive composer). On first run (an empty
index) the bundled demo reports in ./demo are ingested before serving.
"""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn

from assistant.ask.llm.backends import check_spec
from assistant.errors import GongkaiError
from assistant.flags import Parser, add_flags, settings_from
from assistant.service import Gongkai
from assistant.web import create_app

DEMO = Path(__file__).resolve().parent / "demo"


def seed_demo(service: Gongkai) -> None:
    """Ingest the demo reports into an empty index, printing progress."""
    files = sorted(p for p in DEMO.glob("*.md") if p.name.lower() != "readme.md")
    print(f"The index under {service.settings.home} is empty: ingesting {len(files)} demo reports from {DEMO}")
    shown: set[tuple[str, str]] = set()

    def progress(stage: str, done: int, total: int, current: str) -> None:
        if current and (stage, current) not in shown:
            shown.add((stage, current))
            print(f"  {stage:5} {done}/{total} {current}", flush=True)

    result = service.ingest(files, progress=progress)
    print(f"  {result.summary()}")
    for failure in result.failures:
        print(f"  failed: {failure.source}: {failure.reason}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = Parser(description=__doc__.splitlines()[0])
    add_flags(parser)
    args = parser.parse_args(argv)
    try:
        settings = settings_from(args)  # inside: a bad GONGKAI_* number is one line, not a traceback
        service = Gongkai(settings)
        if settings.llm != "extractive":
            check_spec(settings.llm)  # a mistyped composer is refused now, not at the first question
        if not service.reports():
            seed_demo(service)
        app = create_app(settings, service=service)
    except GongkaiError as err:
        print(f"gongkai: {err}", file=sys.stderr)
        return 1
    print(f"Gongkai: http://{settings.host}:{settings.port}/  (API docs at /docs, widget at /widget)", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
