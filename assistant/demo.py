"""The bundled demo reports (``demo/``): an invented city, 青溪市, written by ``bench/generate.py``
so a fresh install has something to show. They are not government data, so they are kept apart:

- a demo report is recognised by the mark its title carries, （演示）, wherever it was ingested
  from (``is_demo``);
- the app adds them on a *first* start only (an empty home that was never offered them), records
  that in ``GONGKAI_HOME/demo-offered``, and never re-adds them after they were removed;
  ``--no-demo`` / ``GONGKAI_NO_DEMO=1`` starts empty;
- ``gongkai remove --demo`` removes them; example questions leave them out once real reports are
  present (``assistant.web.i18n.example_questions``).
"""

from __future__ import annotations

from pathlib import Path

MARK = "（演示）"
OFFERED = "demo-offered"  # file under GONGKAI_HOME: the demo was offered once


def is_demo(report: dict) -> bool:
    """Whether a report record (``Gongkai.reports()``) is one of the fictional demo reports."""
    return MARK in (report.get("title") or "")


def demo_files(folder: Path) -> list[Path]:
    """The demo reports in ``folder`` (its README is documentation, not a report)."""
    return sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md")


def should_offer(home: Path, reports: list[dict], *, refused: bool) -> bool:
    """A first start: nothing in the index, the demo never offered before, and not refused."""
    return not refused and not reports and not (home / OFFERED).exists()


def mark_offered(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / OFFERED).write_text("The fictional demo reports were offered once; remove this file to be "
                                "offered them again on a start with an empty index.\n", encoding="utf-8")
