"""A report's national statistics tables as facts: every cell with its format key, value, printed
row and column labels, section and page, and the findings of the format's arithmetic.

    facts, findings, stats = read_facts(report)

Two readers, because reports reach us in two shapes:

* **Tables** (PDF grids, DOCX and HTML tables, `|` text tables): each table is recognised as one
  of the three national tables by its labels; rows and columns are matched to the format's by
  their printed labels (heading markers, spaces and punctuation ignored), falling back to the
  format's column order when a header is unreadable but the number of value columns is the
  format's.
* **Text** (pages whose crawler flattened the tables into lines): a row label followed by its
  numbers (separated, one per line, or run together into one digit string). A run-together row
  is split with the format's arithmetic (a row's 总计 is the sum of the others; every column
  balances) and only when exactly one split fits; otherwise its cells are unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.model import Fact, Finding, Report, Table
from assistant.national.arithmetic import check_identities, evaluate, instances, parse_value, resolve_jointly, split_run
from assistant.national.scanned import reconcile
from assistant.national.schema import NationalFormat, RowSpec, TableSpec, national_format, norm_label, split_markers

__all__ = ["read_facts", "FactStats"]


@dataclass
class FactStats:
    cells: int = 0
    unreadable: int = 0
    identities_checked: int = 0
    identities_failed: int = 0
    tables: list[str] = field(default_factory=list)  # kinds found
    # (id(table), row, column) → fact key, for every cell of a report's Table read as a fact:
    # the chunker gives each table-row passage the keys of its cells.
    origins: dict[tuple[int, int, int], str] = field(default_factory=dict)


# --------------------------------------------------------------------------- label matching


def _match(label: str, variants: tuple[str, ...]) -> float:
    """How well a printed label matches one of a spec's labels: 3 equal, 2.5 equal up to a
    parenthetical remark, 1.5 containing it, 1 a truncation of it; 0 no match."""
    n = norm_label(label)
    if not n:
        return 0.0
    best = 0.0
    for v in variants:
        nv = norm_label(v)
        if not nv:
            continue
        if n == nv:
            return 3.0
        if n.startswith(nv) and n[len(nv):len(nv) + 1] in ("(", "（"):
            best = max(best, 2.5)
        elif len(nv) >= 4 and nv in n and len(n) <= len(nv) + 12:
            best = max(best, 1.5)
        elif len(n) >= 4 and n in nv and len(n) >= 0.6 * len(nv):
            best = max(best, 1.0)
    return best


def _match_row(labels: list[str], table: TableSpec, context: list[str]) -> RowSpec | None:
    """The row of the format a data row's labels name. ``labels``: its printed labels, outermost
    first; ``context``: group labels seen on earlier rows (a flattened table loses them)."""
    if not labels:
        return None
    deepest = labels[-1]
    outer = [norm_label(x) for x in labels[:-1] + context]
    scored = []
    for spec in table.rows.values():
        score = _match(deepest, spec.zh)
        if not score:
            continue
        # Parents printed beside the label must be the spec's; missing ones cost nothing.
        parents = [norm_label(p) for p in spec.parent]
        named = [p for p in parents if any(p and (p in o or o in p) for o in outer if o)]
        score += 0.5 * len(named)
        if spec.parent and labels[:-1] and not named:
            score -= 1.0
        scored.append((score, -len(spec.parent), spec))
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] == scored[1][1]:
        return None  # two rows fit equally: do not guess
    return scored[0][2]


def _match_column(path: str, table: TableSpec, columns: tuple[str, ...]) -> str | None:
    """The column key a printed column heading path ('申请人情况 > 法人或其他组织 > 商业企业') names."""
    parts = [p for p in path.split(" > ") if p]
    if not parts:
        return None
    leaf = parts[-1]
    scored = [(_match(leaf, table.columns[c].zh), c) for c in columns]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def _review_group(path: str, table: TableSpec) -> str | None:
    """For the 行政复议/行政诉讼 table: which group a column heading path belongs to."""
    text = norm_label(path.replace(" > ", ""))
    if "复议后起诉" in text:
        return "lawsuit.after_review"
    if "直接起诉" in text or "未经复议" in text:
        return "lawsuit.direct"
    if "行政复议" in text and "诉讼" not in text:
        return "review"
    return None


# --------------------------------------------------------------------------- table kinds


def _kind_of(table: Table, fmt: NationalFormat) -> str | None:
    labels = [table.row_label(r).split(" > ")[-1] for r in range(len(table.rows))]
    headers = [table.column_label(c) for c in range(table.label_columns, table.width)]
    text = norm_label(" ".join(headers) + table.context)
    if "行政复议" in text and "行政诉讼" in text:
        return "review"
    scores = {}
    for kind, spec in fmt.tables.items():
        rows = sum(1 for label in labels if any(_match(label, r.zh) >= 1.5 for r in spec.rows.values()))
        cols = sum(1 for h in headers if any(_match(h.split(" > ")[-1], c.zh) >= 1.5 for c in spec.columns.values()))
        scores[kind] = rows + 0.5 * cols
    if table.context.startswith("第二十条"):
        scores["art20"] = scores.get("art20", 0) + 2
    kind = max(scores, key=scores.get)
    return kind if scores[kind] >= 1.5 else None


# --------------------------------------------------------------------------- the reader


class _Reader:
    def __init__(self, report: Report, fmt: NationalFormat):
        self.report = report
        self.fmt = fmt
        self.source = report.meta.source
        self.facts: dict[str, Fact] = {}
        self.runs: dict[str, tuple[RowSpec, str, str, str, int | None]] = {}  # row → (spec, digits, label, section, page)
        self.kinds: list[str] = []
        self.cells: dict[tuple[int, int, int], str] = {}  # (id(table), row, column) → key of a table cell read
        self.scanned = set(report.meta.scanned_pages)  # pages read by OCR: their figures are checked

    def add(self, key: str, printed: str, row_label: str, column_label: str, section: str, page: int | None,
            note: str = "", origin: tuple | None = None) -> None:
        if key in self.facts:
            return  # the same table printed twice (a summary and a detail page): the first one counts
        if origin is not None:
            self.cells[origin] = key
        spec = self.fmt.cell(key)
        unit = spec.unit if spec else "件"
        value, why = parse_value(printed, unit=unit, signed=bool(spec and spec.column.signed))
        self.facts[key] = Fact(source=self.source, key=key, value=value, printed=printed, row_label=row_label,
                               column_label=column_label, section=section, page=page, unit=unit,
                               note=why or note, scanned=page in self.scanned)

    # ---------------------------------------------------------------- tables
    def variant(self) -> str:
        """The format a report follows: 2019 for statistical years up to 2020."""
        year = self.report.meta.year
        return "2019" if year is not None and year <= 2020 else "2021"

    def expected(self, spec: TableSpec, row: RowSpec, count: int | None = None) -> tuple[str, ...]:
        """A row's columns in print order. For art20 the variant of the report's year, or the
        other variant when only that one has ``count`` columns."""
        if spec.kind != "art20":
            return spec.columns_of(row.key)
        mine = spec.columns_of(row.key, self.variant())
        other = spec.columns_of(row.key, "2019" if self.variant() == "2021" else "2021")
        if count is not None and len(mine) != count and len(other) == count:
            return other
        return mine

    def table(self, table: Table, section: str) -> None:
        kind = _kind_of(table, self.fmt)
        if kind is None:
            return
        spec = self.fmt.tables[kind]
        if kind not in self.kinds:
            self.kinds.append(kind)
        where = section
        if table.context and table.context not in section.split(" > "):
            where = f"{section} > {table.context}" if section else table.context
        if kind == "review":
            self._review(table, spec, where)
            return
        context: list[str] = []
        value_columns = list(range(table.label_columns, table.width))
        for r, row in enumerate(table.rows):
            labels = [x for x in dict.fromkeys(row[: table.label_columns]) if x]
            if not labels:
                continue
            row_spec = _match_row(labels, spec, context)
            if row_spec is None:
                if all(not row[c] for c in value_columns if c < len(row)):
                    context = [labels[-1]]  # a group label on its own row (（三）不予公开)
                continue
            cells = [(c, row[c]) for c in value_columns if c < len(row)]
            filled = [(c, text) for c, text in cells if text != ""]
            row_label = " > ".join(labels)
            page = table.page_of(r)
            expected = self.expected(spec, row_spec, len(cells))
            mapped = {c: _match_column(table.column_label(c), spec, spec.columns_of(row_spec.key)) for c, _ in cells}
            if (len(filled) == 1 and len(expected) > 1 and mapped[filled[0][0]] is None
                    and re.fullmatch(r"\d{%d,}" % len(expected), filled[0][1])):
                # One long digit string where a whole row of numbers belongs: split it later.
                self.runs[row_spec.key] = (row_spec, filled[0][1], row_label, where, page)
                continue
            positional = list(expected) if len(expected) == len(cells) else None
            if spec.kind == "apply" and positional and any(mapped[c] not in (None, positional[i])
                                                           for i, (c, _) in enumerate(cells)):
                # The table has the format's columns, in the format's fixed order, but its
                # headings say otherwise: headings flattened out of line. The order wins.
                mapped = dict.fromkeys(mapped)
            for i, (c, text) in enumerate(cells):
                if text == "":
                    continue
                column = mapped[c] or (positional[i] if positional else None)
                if column is None:
                    continue
                self.add(f"{row_spec.key}.{column}", text, row_label, table.column_label(c), where, page,
                         origin=(id(table), r, c))

    def _review(self, table: Table, spec: TableSpec, where: str) -> None:
        if not table.rows:
            return
        order = [f"{g}.{c}" for g in spec.rows for c in spec.columns]
        row = table.rows[0]
        cells = [(c, row[c]) for c in range(table.label_columns, len(row))]
        filled = [(c, t) for c, t in cells if t != ""]
        page = table.page_of(0)
        if len(filled) == 1 and re.fullmatch(r"\d{15,}", filled[0][1]):
            self.runs["review"] = (spec.rows["review"], filled[0][1], "行政复议、行政诉讼", where, page)
            return
        for i, (c, text) in enumerate(cells):
            if text == "":
                continue
            path = table.column_label(c)
            group = _review_group(path, spec)
            column = _match_column(path, spec, tuple(spec.columns))
            if (group is None or column is None) and len(cells) == len(order):
                group, column = order[i].rsplit(".", 1)
            if group is None or column is None:
                continue
            self.add(f"{group}.{column}", text, spec.rows[group].zh[0], path, where, page, origin=(id(table), 0, c))

    # ---------------------------------------------------------------- text
    # A label (list markers such as '1.' inside it are label text), a number, or a placeholder.
    _TOKEN = re.compile(r"(?P<label>(?:\d{1,2}[.．、](?=[^\d\s])|[^\d\s|+\-−—–／/])+)"
                        r"|(?P<num>[+\-−]?\d[\d,]*(?:\.\d+)?)|(?P<dash>[—–／/]+)")
    _MEASURE = re.compile(r"^[件个条项次人家份万元%％]")

    def text(self, lines: list[tuple[str, str, int | None]]) -> None:
        """Rows of the tables flattened into text: a row label, then its numbers."""
        for kind in ("apply", "art20"):
            if kind not in self.kinds and self._scan(lines, self.fmt.tables[kind]):
                self.kinds.append(kind)
        if "review" not in self.kinds:
            self._scan_review(lines)

    def _scan(self, lines: list[tuple[str, str, int | None]], spec: TableSpec) -> bool:
        """Walk the text: a segment that is exactly a row label (its printed form, markers and
        remarks allowed) opens the row; the numbers after it (on its line, or one per line) are
        its cells, in the format's order, when there are as many as the row has columns, or one
        digit run to split. Numbers followed by a measure word (件, 个) are prose, not cells."""
        found = False
        context: list[str] = []
        pending: tuple[RowSpec, str, str, int | None] | None = None
        numbers: list[str] = []

        def flush() -> None:
            nonlocal pending, numbers, found
            if pending is not None and numbers:
                row, label, section, page = pending
                columns = self.expected(spec, row, len(numbers))
                if len(numbers) == len(columns):
                    for column, text in zip(columns, numbers):
                        self.add(f"{row.key}.{column}", text, label, "", section, page)
                    found = True
                elif len(numbers) == 1 and len(columns) > 1 and re.fullmatch(r"\d{%d,}" % len(columns), numbers[0]):
                    self.runs.setdefault(row.key, (row, numbers[0], label, section, page))
                    found = True
            pending, numbers = None, []

        for text, section, page in lines:
            for m in self._TOKEN.finditer(text):
                if m.group("num") or m.group("dash"):
                    if pending is not None:
                        if m.group("num") and self._MEASURE.match(text[m.end():].lstrip()):
                            pending, numbers = None, []  # '予以公开50件': prose
                        else:
                            numbers.append(m.group(0))
                    continue
                label = m.group("label").strip()
                parts = split_markers(label)
                if not parts or not norm_label(parts[-1]):
                    continue
                row = _match_row(parts, spec, context)
                if row is not None and _match(parts[-1], row.zh) >= 2.5:
                    flush()
                    pending = (row, label, section, page)
                    context = parts[:-1] or context
                    continue
                if numbers:
                    flush()
                else:
                    pending = None
                if any(_match(parts[-1], (p,)) >= 2.5 for r in spec.rows.values() for p in r.parent):
                    context = parts
        flush()
        return found

    def _scan_review(self, lines: list[tuple[str, str, int | None]]) -> None:
        """The 行政复议/行政诉讼 table flattened: its header words, then 15 numbers (or one run)."""
        spec = self.fmt.tables["review"]
        text = "\n".join(t for t, _, _ in lines)
        m = re.search(r"复议后起诉[^\d]{0,200}?((?:[+\-]?\d[\d,]*\s*[|\s]\s*){14}[+\-]?\d[\d,]*|\d{15,})(?!\d)", text)
        if not m:
            return
        section = next((s for t, s, _ in lines if m.group(1)[:6] in t), "")
        page = next((p for t, _, p in lines if m.group(1)[:6] in t), None)
        numbers = re.findall(r"[+\-]?\d[\d,]*", m.group(1))
        self.kinds.append("review")
        if len(numbers) == 15:
            order = [f"{g}.{c}" for g in spec.rows for c in spec.columns]
            for key, value in zip(order, numbers):
                group = key.rsplit(".", 1)[0]
                self.add(key, value, spec.rows[group].zh[0], "", section, page)
        else:
            self.runs["review"] = (spec.rows["review"], numbers[0], "行政复议、行政诉讼", section, page)

    # ---------------------------------------------------------------- digit runs
    def _kind_of_run(self, row_key: str) -> str:
        if row_key == "review":
            return "review"
        return "apply" if row_key in self.fmt.tables["apply"].rows else "art20"

    def resolve_runs(self) -> None:
        """Split the run-together rows: per row the splits whose 总计 adds up, then one choice
        for all rows that keeps every column identity; else the row's cells are unreadable."""
        if not self.runs:
            return
        apply = self.fmt.tables["apply"]
        candidates: dict[str, list[list[int]]] = {}
        def keys_for(row_key: str) -> list[str]:
            if row_key == "review":
                review = self.fmt.tables["review"]
                return [f"{g}.{c}" for g in review.rows for c in review.columns]
            row = self.runs[row_key][0]
            table = self.fmt.tables["apply"] if row.key in apply.rows else self.fmt.tables["art20"]
            return [f"{row.key}.{c}" for c in self.expected(table, row)]

        for row_key, (row, digits, _, _, _) in self.runs.items():
            if row_key == "review":
                candidates[row_key] = split_run(digits, [5, 5, 5])
            elif row.key in apply.rows:
                candidates[row_key] = split_run(digits, [7])
            else:  # art20: no identity ties its numbers together, so only a unique reading counts
                candidates[row_key] = split_run(digits, [1] * len(keys_for(row_key)))

        def as_facts(choice: dict[str, list[int]]) -> dict[str, Fact]:
            facts = dict(self.facts)
            for row_key, values in choice.items():
                for key, value in zip(keys_for(row_key), values):
                    facts[key] = Fact(self.source, key, Decimal(value), str(value), "", "", "")
            return facts

        def consistent(choice: dict[str, list[int]]) -> bool:
            facts = as_facts(choice)
            for identity in self.fmt.identities:
                for _, left, right in instances(identity, self.fmt):
                    result = evaluate(left, right, facts)
                    if result is not None and result[0] != result[1]:
                        return False
            return True

        # Rows of different tables share no identity: decide each table's rows on their own
        # (otherwise an undecidable art20 row would block the apply rows).
        decided: dict[str, list[int]] = {}
        for kind in ("apply", "review", "art20"):
            usable = {k: v for k, v in candidates.items()
                      if 0 < len(v) <= 64 and self._kind_of_run(k) == kind}
            decided.update(resolve_jointly(usable, consistent))
        for row_key, (row, digits, label, section, page) in self.runs.items():
            keys = keys_for(row_key)
            values = decided.get(row_key)
            for i, key in enumerate(keys):
                if values is not None:
                    self.add(key, str(values[i]), label, "", section, page,
                             note=f"split from the digit run {digits} by the format's arithmetic")
                else:
                    spec = self.fmt.cell(key)
                    self.facts.setdefault(key, Fact(
                        source=self.source, key=key, value=None, printed=digits, row_label=label, column_label="",
                        section=section, page=page, unit=spec.unit if spec else "件",
                        scanned=page in self.scanned, note=f"the digit run {digits} has {'no' if not candidates.get(row_key) else 'more than one'} "
                             "split that satisfies the format's arithmetic"))


def _text_lines(report: Report) -> list[tuple[str, str, int | None]]:
    lines = []
    for path, section in report.walk():
        where = " > ".join(path)
        for paragraph in section.paragraphs:
            for line in paragraph.text.split("\n"):
                lines.append((line, where, paragraph.page))
    return lines


def _gaps(reader: _Reader, fmt: NationalFormat) -> list[Finding]:
    """Findings for cells that could not be read, and for the cells of a table that was found
    but lacks some of the format's cells (a missing column, a cut-off row)."""
    out = [Finding(source=reader.source, identity="unreadable", description=f"无法确定的单元格：{_label(fmt, f.key)}（{f.note}）",
                   keys=(f.key,), left=None, right=None)
           for f in reader.facts.values() if f.value is None]
    for kind in reader.kinds:
        if kind == "art20":
            continue  # reports print only the items of Article 20 that apply to them
        cells = fmt.cells(kind)
        old_other = any(fmt.cell(k) and fmt.cell(k).row.key == "apply.result.other" for k in reader.facts)
        expected = [c.key for c in cells
                    if (c.row.key == "apply.result.other") == old_other and not c.row.key.startswith("apply.result.other.")
                    or (not old_other and c.row.key.startswith("apply.result.other."))]
        missing = [k for k in expected if k not in reader.facts]
        if missing and len(missing) < len(expected):
            out.append(Finding(source=reader.source, identity="missing",
                               description=f"{fmt.tables[kind].zh}表缺少 {len(missing)} 个单元格：" + "、".join(
                                   _label(fmt, k) for k in missing[:6]) + ("等" if len(missing) > 6 else ""),
                               keys=tuple(missing), left=None, right=None))
    return out


def _label(fmt: NationalFormat, key: str) -> str:
    spec = fmt.cell(key)
    return spec.label_zh if spec else key


def read_facts(report: Report, fmt: NationalFormat | None = None) -> tuple[list[Fact], list[Finding], FactStats]:
    fmt = fmt or national_format()
    reader = _Reader(report, fmt)
    for path, section in report.walk():
        for table in section.tables:
            reader.table(table, " > ".join(path))
    reader.text(_text_lines(report))
    reader.resolve_runs()
    reader.facts = reconcile(reader.facts, fmt)  # figures read by OCR: corrected, or unreadable
    findings, checked = check_identities(reader.source, reader.facts, fmt)
    failed = len(findings)
    findings += _gaps(reader, fmt)
    facts = list(reader.facts.values())
    stats = FactStats(cells=len(facts), unreadable=sum(1 for f in facts if f.value is None),
                      identities_checked=checked, identities_failed=failed, tables=reader.kinds,
                      origins=reader.cells)
    return facts, findings, stats
