"""Test helper: the blank national format (../shared/eval/templates/national-format-template.docx)
filled with a consistent set of invented figures, and the same tables rendered the other ways
reports reach us: an HTML page (rowspan/colspan), `|` text, text whose crawler ran each row's cells
together into one digit string, and text with one cell per line.

``expected`` maps each fact key to the value written, so a test can compare extraction with it.
The figures satisfy every identity of the format (each row's 总计 is the sum of its columns; new +
carried over = results total + carried forward in every column).
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from pathlib import Path

from assistant.national.schema import national_format


@dataclass
class Filled:
    expected: dict[str, int | float]
    # per printed table: rows of cell texts with merges (None for a cell covered by a merge)
    grids: list[list[list[str | None]]]
    spans: list[list[list[tuple[int, int] | None]]]  # (rowspan, colspan) at each origin cell


def figures(seed: int = 7) -> dict[str, int | float]:
    """Consistent values for every cell of the 2021 format."""
    rng = random.Random(seed)
    fmt = national_format()
    apply = fmt.tables["apply"]
    parts = [c for c in apply.columns if c != "total"]
    out: dict[str, int | float] = {}

    def put(row: str, values: list[int]) -> None:
        for column, value in zip(parts, values):
            out[f"{row}.{column}"] = value
        out[f"{row}.total"] = sum(values)

    results = [r for r in apply.rows if r.startswith("apply.result.") and r not in ("apply.result.total", "apply.result.other")]
    columns_total = [0] * len(parts)
    for row in results:
        values = [rng.choice([0, 0, 1, 2, 3, 5, 8, 13, 40, 120]) if i == 0 else rng.choice([0, 0, 0, 1, 2, 4])
                  for i in range(len(parts))]
        put(row, values)
        columns_total = [a + b for a, b in zip(columns_total, values)]
    put("apply.result.total", columns_total)
    forward = [rng.randint(0, 9) if i == 0 else rng.randint(0, 1) for i in range(len(parts))]
    carried = [min(rng.randint(0, 6), t + f) for t, f in zip(columns_total, forward)]
    new = [t + f - c for t, f, c in zip(columns_total, forward, carried)]
    put("apply.carried_forward", forward)
    put("apply.carried_over", carried)
    put("apply.new", new)
    for group in ("review", "lawsuit.direct", "lawsuit.after_review"):
        values = [rng.randint(0, 12) for _ in range(4)]
        for column, value in zip(("upheld", "corrected", "other", "pending"), values):
            out[f"{group}.{column}"] = value
        out[f"{group}.total"] = sum(values)
    art20 = {"art20.rules.issued": 1, "art20.rules.repealed": 0, "art20.rules.in_force": 12,
             "art20.normative_docs.issued": 9, "art20.normative_docs.repealed": 27, "art20.normative_docs.in_force": 64,
             "art20.license.decisions": 45210, "art20.penalty.decisions": 398017, "art20.coercion.decisions": 8801,
             "art20.fees.amount": 9617.5}
    out.update(art20)
    return out


def _label_key(labels: list[str], kind: str) -> str | None:
    from assistant.national.extract import _match_row

    spec = national_format().tables[kind]
    row = _match_row([x for x in dict.fromkeys(labels) if x], spec, [])
    return row.key if row else None


def fill_template(template: Path, out: Path, values: dict[str, int | float]) -> None:
    """Write ``values`` into a copy of the blank template's three tables."""
    import docx

    document = docx.Document(str(template))
    art20, apply, review = document.tables[:3]
    fmt = national_format()
    for r, row in enumerate(art20.rows):
        label = row.cells[0].text.strip()
        key = _label_key([label], "art20")
        if key is None:
            continue
        columns = fmt.tables["art20"].columns_of(key, "2021")
        seen = set()
        for c, cell in enumerate(row.cells[1:], start=1):
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            i = len(seen) - 1
            if i < len(columns):
                cell.text = _text(values[f"{key}.{columns[i]}"])
    order = [c for c in fmt.tables["apply"].columns]
    for row in apply.rows[3:]:
        labels = [row.cells[i].text.strip() for i in range(3)]
        key = _label_key(labels, "apply")
        assert key is not None, labels
        for i, column in enumerate(order):
            row.cells[3 + i].text = _text(values[f"{key}.{column}"])
    keys = [f"{g}.{c}" for g in fmt.tables["review"].rows for c in fmt.tables["review"].columns]
    for i, key in enumerate(keys):
        review.rows[3].cells[i].text = _text(values[key])
    document.save(str(out))


def _text(value: int | float) -> str:
    return str(value)


def docx_grids(path: Path) -> list[tuple[list[list[str | None]], list[list[tuple[int, int] | None]]]]:
    """The DOCX tables as (cell texts with None under merges, (rowspan, colspan) at origins)."""
    import docx

    document = docx.Document(str(path))
    out = []
    for table in document.tables:
        cells = [[c for c in row.cells] for row in table.rows]
        texts: list[list[str | None]] = []
        spans: list[list[tuple[int, int] | None]] = []
        seen: dict[int, tuple[int, int]] = {}
        for r, row in enumerate(cells):
            texts.append([])
            spans.append([])
            for c, cell in enumerate(row):
                tc = id(cell._tc)
                if tc in seen:
                    texts[r].append(None)
                    spans[r].append(None)
                    continue
                seen[tc] = (r, c)
                rowspan = 1
                while r + rowspan < len(cells) and c < len(cells[r + rowspan]) and id(cells[r + rowspan][c]._tc) == tc:
                    rowspan += 1
                colspan = 1
                while c + colspan < len(row) and id(row[c + colspan]._tc) == tc:
                    colspan += 1
                texts[r].append(cell.text.strip().replace("\n", ""))
                spans[r].append((rowspan, colspan))
        out.append((texts, spans))
    return out


HEADINGS = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
TITLE = "青岚县人民政府2024年政府信息公开工作年度报告"
INTRO = "本报告由青岚县人民政府办公室编制。一、总体情况\n2024年，青岚县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。"


def to_html(docx_path: Path, out: Path) -> None:
    body = [f"<h1>{html.escape(TITLE)}</h1>", f"<p>{html.escape(INTRO)}</p>"]
    for heading, (texts, spans) in zip(HEADINGS, docx_grids(docx_path)):
        body.append(f"<p><strong>{html.escape(heading)}</strong></p>")
        rows = []
        for r, row in enumerate(texts):
            tds = []
            for c, text in enumerate(row):
                if text is None:
                    continue
                rowspan, colspan = spans[r][c]
                attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
                tds.append(f"<td{attrs}>{html.escape(text)}</td>")
            rows.append("<tr>" + "".join(tds) + "</tr>")
        body.append("<table border='1'>" + "".join(rows) + "</table>")
    out.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>青岚县人民政府</title></head><body>"
                   "<div class='article'>" + "".join(body) + "</div></body></html>", encoding="utf-8")


def _flat_rows(docx_path: Path) -> list[tuple[str, list[list[str]]]]:
    """Each table's rows as a crawler sees them: the texts of a row's origin cells, in order."""
    out = []
    for heading, (texts, _) in zip(HEADINGS, docx_grids(docx_path)):
        out.append((heading, [[t for t in row if t is not None] for row in texts]))
    return out


def _label_and_values(row: list[str]) -> tuple[str, list[str]]:
    values = [t for t in row if t.replace(".", "", 1).isdigit()]
    labels = [t for t in row if not t.replace(".", "", 1).isdigit()]
    return "".join(dict.fromkeys(labels)), values


def to_pipe_text(docx_path: Path, out: Path) -> None:
    lines = [TITLE, INTRO]
    for heading, rows in _flat_rows(docx_path):
        lines.append(heading)
        lines += ["| " + " | ".join(row) + " |" for row in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def to_run_together_text(docx_path: Path, out: Path) -> None:
    """Each data row's cells run together: '一、本年新收政府信息公开申请数量12030000123'."""
    lines = [TITLE, INTRO]
    for heading, rows in _flat_rows(docx_path):
        lines.append(heading)
        for row in rows:
            label, values = _label_and_values(row)
            lines.append(label + "".join(values))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def to_cell_per_line_text(docx_path: Path, out: Path) -> None:
    lines = [TITLE, INTRO]
    for heading, rows in _flat_rows(docx_path):
        lines.append(heading)
        for row in rows:
            lines += row
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
