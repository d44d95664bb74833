"""Fact rows out: CSV (UTF-8 with a BOM, so spreadsheet programs read the Chinese labels), XLSX,
JSON. One row per fact, the columns of ``EXPORT_COLUMNS``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from assistant.national.facts import EXPORT_COLUMNS

__all__ = ["to_csv", "to_json", "write_xlsx"]


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in EXPORT_COLUMNS})
    return "\ufeff" + buffer.getvalue()


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def write_xlsx(rows: list[dict], path: Path) -> None:
    """An .xlsx workbook with one sheet 'facts'; values are numbers where the cell was read,
    empty where it was unreadable (its note says why)."""
    from decimal import Decimal

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "facts"
    sheet.append(EXPORT_COLUMNS)
    for row in rows:
        values = []
        for column in EXPORT_COLUMNS:
            value = row.get(column)
            if column == "value" and value not in (None, ""):
                number = Decimal(value)
                value = int(number) if number == number.to_integral_value() else float(number)
            values.append(value)
        sheet.append(values)
    sheet.freeze_panes = "A2"
    book.save(str(path))
