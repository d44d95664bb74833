"""Serve Gongkai: the Gradio chat at /, the HTTP API at /api (docs at /docs), the widget at /widget.

    python app.py [--host H] [--port P] [--home DIR]

Flags override GONGKAI_HOST / GONGKAI_PORT / GONGKAI_HOME (default 127.0.0.1:7860, ~/.gongkai).
On first run (an empty index) the bundled demo reports in ./demo are ingested before serving.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import uvicorn

from assistant.errors import GongkaiError
from assistant.service import Gongkai
from assistant.settings import Settings
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", help="interface to listen on (GONGKAI_HOST, default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (GONGKAI_PORT, default 7860)")
    parser.add_argument("--home", help="where the index lives (GONGKAI_HOME, default ~/.gongkai)")
    args = parser.parse_args(argv)
    try:
        settings = Settings().with_(host=args.host, port=args.port, home=args.home)
        service = Gongkai(settings)
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
