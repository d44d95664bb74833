"""The tables of a scanned report made to say what its facts say: a cell the format's arithmetic
corrected shows the corrected figure, a cell it marked unreadable shows ``UNSURE`` instead of
digits that may be wrong. Table-row passages are built from the tables, so no passage quotes a
figure the facts refuse to state."""

from __future__ import annotations

from assistant.ingest.ocr.layout import UNSURE
from assistant.model import Fact, Report, plain_number


def mend_tables(report: Report, facts: list[Fact], origins: dict[tuple[int, int, int], str]) -> int:
    """Rewrite the scanned cells whose fact differs from the cell text; how many were."""
    by_key = {f.key: f for f in facts if f.scanned}
    tables = {id(t): t for t in report.tables}
    changed = 0
    for (table_id, row, column), key in origins.items():
        fact = by_key.get(key)
        table = tables.get(table_id)
        if fact is None or table is None:
            continue
        text = UNSURE if fact.value is None else (table.rows[row][column] if "OCR" not in fact.note
                                                  else plain_number(fact.value))
        if table.rows[row][column] != text:
            table.rows[row][column] = text
            changed += 1
    return changed
