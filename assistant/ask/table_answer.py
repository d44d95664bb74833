"""Answers from the facts of the national tables: a value, several values, a sum, a share, the
change between years, a comparison of bodies, a ranking, a trend — each figure stated with the
cells it comes from cited, and every computed figure shown with its arithmetic.

Nothing here guesses. A report that has the table but not the cell asked for, or whose cell could
not be read for sure, gets a sentence saying so, not a neighbouring cell. A report without the
table at all is left to the prose path (its text may state the figure).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal

from assistant.ask.cells import CellPlan, Target
from assistant.ask.operations import Operation
from assistant.model import Answer, Citation, plain_number
from assistant.national.facts import FactRow, FactTable
from assistant.national.schema import name_of, national_format

__all__ = ["Figure", "TableResult", "answer_from_facts", "verify_figures"]

EN_TEN_THOUSAND_YUAN = "10,000 yuan"  # the unit 万元 in English


@dataclass
class Figure:
    """One figure an answer states: a cell, or a sum of cells (a group), for one report."""

    target: Target
    source: str
    value: Decimal | None
    parts: list[FactRow] = field(default_factory=list)
    missing: bool = False  # the report's table has no such cell
    unreadable: list[FactRow] = field(default_factory=list)

    @property
    def derived(self) -> bool:
        return len(self.parts) > 1


@dataclass
class TableResult:
    answer: Answer | None  # None: leave the question to the prose path
    figures: list[Figure] = field(default_factory=list)
    derived_single: bool = False  # one figure, computed from several cells (prose may state it)


# --------------------------------------------------------------------------- reading the facts


def _columns(target: Target, rows: dict[str, FactRow]) -> list[str]:
    fmt = national_format()
    table = fmt.tables[target.table]
    if target.column_group:
        return list(table.groups[target.column].columns)
    if target.column:
        return [target.column]
    if target.table == "art20" and not target.row_group:
        present = [c for c in table.columns_of(target.row) if f"{target.row}.{c}" in rows]
        return present[:1] if len(present) == 1 else present
    return ["total"]


def _row_keys(target: Target, rows: dict[str, FactRow]) -> list[str]:
    fmt = national_format()
    if not target.row_group:
        return [target.row]
    group = fmt.tables[target.table].groups[target.row]
    if group.rows:
        keys = [r for r in fmt.tables[target.table].rows if any(fnmatch.fnmatchcase(r, p) for p in group.rows)]
        have = [k for k in keys if any(key.startswith(k + ".") for key in rows)]
        # '其他处理' in the 2019 format is one row; in the 2021 format three: never both.
        if any(k.startswith("apply.result.other.") for k in have):
            have = [k for k in have if k != "apply.result.other"]
        return have
    return []


def figures_of(target: Target, source: str, rows: dict[str, FactRow]) -> list[Figure]:
    """The figures a target asks for in one report (several for an art20 row asked without a
    column: each of its columns)."""
    columns = _columns(target, rows)
    if target.table == "art20" and not target.column and len(columns) > 1:
        return [figure for c in columns for figure in figures_of(
            Target(target.table, target.row, c), source, rows)]
    row_keys = _row_keys(target, rows)
    keys = [f"{r}.{c}" for r in row_keys for c in columns]
    if not keys or any(k not in rows for k in keys):
        return [Figure(target, source, None, missing=True)]
    parts = [rows[k] for k in keys]
    unreadable = [p for p in parts if p.fact.value is None]
    if unreadable:
        return [Figure(target, source, None, parts=parts, unreadable=unreadable)]
    total = sum((p.fact.value for p in parts), Decimal(0))
    return [Figure(Target(target.table, target.row, columns[0] if len(columns) == 1 else target.column,
                          target.row_group, target.column_group), source, total, parts=parts)]


# --------------------------------------------------------------------------- wording


def _say(target: Target, language: str) -> tuple[str, str]:
    """(row phrase, column phrase) of a target in the answer's language."""
    fmt = national_format()
    table = fmt.tables[target.table]
    if target.row_group:
        row = table.groups[target.row]
        row_say = row.say if language == "zh" else row.say_en
    else:
        row = table.rows[target.row]
        row_say = row.say if language == "zh" else row.say_en
    column_say = ""
    if target.column_group:
        group = table.groups[target.column]
        column_say = group.say if language == "zh" else group.say_en
    elif target.column and target.column != "total":
        column = table.columns[target.column]
        if target.table == "art20":
            column_say = name_of(column.zh[0]) if language == "zh" else column.en
        else:
            column_say = (column.say or column.zh[0]) if language == "zh" else (column.say_en or column.en)
    return row_say, column_say


def _unit(figure: Figure) -> str:
    if figure.parts:
        return figure.parts[0].fact.unit
    spec = national_format().cell(f"{figure.target.row}.{figure.target.column or 'total'}")
    return spec.unit if spec else "件"


def _amount(value: Decimal, unit: str, language: str) -> str:
    number = plain_number(value)
    if language == "zh":
        return f"{number}{unit}"
    if unit == "万元":
        return f"{number} ({EN_TEN_THOUSAND_YUAN})"
    return number


def describe(figure: Figure, language: str) -> str:
    """'本年新收的政府信息公开申请中，自然人提出的' / 'new requests received — from natural persons'."""
    row_say, column_say = _say(figure.target, language)
    if language == "zh":
        if figure.target.table == "art20":
            return f"{row_say}{column_say}"
        return f"{row_say}中，{column_say}" if column_say else row_say
    return f"{row_say} — {column_say}" if column_say else row_say


def statement(figure: Figure, markers: str, language: str) -> str:
    label = describe(figure, language)
    amount = _amount(figure.value, _unit(figure), language)
    if language == "zh":
        verb = "为" if figure.target.table == "art20" else ("有" if "中，" in label else "共")
        text = f"{label}{verb}{amount}{markers}"
    else:
        text = f"{label}: {amount} {markers}".rstrip()
    if figure.derived:
        text += _parts_text(figure, language)
    return text


def _parts_text(figure: Figure, language: str) -> str:
    fmt = national_format()
    pieces = []
    for part in figure.parts:
        spec = fmt.cell(part.fact.key)
        if figure.target.row_group:
            name = spec.row.say if language == "zh" else spec.row.en
        else:
            name = (spec.column.say or spec.column.zh[0]) if language == "zh" else spec.column.en
        pieces.append(f"{name} {plain_number(part.fact.value)}")
    joined = " + ".join(pieces)
    return f"（{joined}）" if language == "zh" else f" ({joined})"


# --------------------------------------------------------------------------- citations


class _Citer:
    def __init__(self):
        self.citations: list[Citation] = []
        self.by_key: dict[tuple[str, str], int] = {}

    def cite(self, row: FactRow) -> str:
        f = row.fact
        ident = (f.source, f.key)
        if ident not in self.by_key:
            n = len(self.citations) + 1
            self.by_key[ident] = n
            labels = [x for x in f.row_label.split(" > ") if x]
            row_printed = " ".join(labels[-2:]) if len(labels) > 1 and not labels[0].startswith("三、") \
                else (labels[-1] if labels else "")
            if len(labels) > 1 and labels[0].startswith("三、") and len(labels) > 2:
                row_printed = " ".join(labels[1:])
            column_printed = f.column_label.split(" > ")[-1] if f.column_label else ""
            quote = "｜".join(x for x in (row_printed, column_printed, f.printed) if x)
            section = " > ".join(x for x in (f.section, f.row_label.replace(" > ", " ")) if x)
            self.citations.append(Citation(id=n, source=f.source, title=row.title, section=section, page=f.page,
                                           quote=quote, figures=[plain_number(f.value)] if f.value is not None else [],
                                           passage_id=f"fact:{f.key}", scanned=f.scanned))
        return f"[{self.by_key[ident]}]"

    def markers(self, figure: Figure) -> str:
        return "".join(self.cite(p) for p in figure.parts)


# --------------------------------------------------------------------------- verification


@lru_cache(maxsize=1)
def _label_texts() -> tuple[str, ...]:
    """Every label and phrase the schema lends an answer: masked before the figures are checked,
    since names such as 属于三类内部事务信息 hold numerals that are no figures."""
    fmt = national_format()
    texts: set[str] = set()
    for table in fmt.tables.values():
        for spec in list(table.rows.values()) + list(table.columns.values()) + list(table.groups.values()):
            texts.update(x for x in (*spec.zh, spec.en, getattr(spec, "say", ""), getattr(spec, "say_en", "")) if x)
            texts.update(name_of(x) for x in spec.zh)
    texts.add(EN_TEN_THOUSAND_YUAN)
    return tuple(sorted(texts, key=len, reverse=True))


def verify_figures(text: str, figures: list[Figure], citer: _Citer, table: FactTable,
                   counts: set[Decimal] | None = None) -> bool:
    """Recompute the answer from the index: every stated figure is the current value of the cells
    it names (or their sum), every cited cell is one of them, and every other number in the text is
    a year or what the stated figures give by sum, difference or share."""
    from assistant.zh.figures import extract_figures

    allowed: set[Decimal] = set(counts or ())  # counts the answer states (how many reports were ranked)
    values: list[Decimal] = []
    for figure in figures:
        rows = table.of_source(figure.source)
        current = [rows.get(p.fact.key) for p in figure.parts]
        if any(c is None or c.fact.value is None for c in current):
            return False
        total = sum((c.fact.value for c in current), Decimal(0))
        if total != figure.value:
            return False
        values.append(total)
        allowed.add(total)
        allowed.update(c.fact.value for c in current)
    cited = {(c.source, c.passage_id.removeprefix("fact:")) for c in citer.citations}
    used = {(f.source, p.fact.key) for f in figures for p in f.parts}
    if not cited <= used:
        return False
    allowed.add(sum(values, Decimal(0)))
    derived: set[Decimal] | None = None  # differences and shares of every two figures, when a number needs them
    masked = text.replace("万元", " ")  # amounts are stated in the unit of their cells (万元), unscaled
    for label in _label_texts():
        masked = masked.replace(label, " ")
    for row in figures:
        for p in row.parts:
            masked = masked.replace(p.title, " ").replace(p.body, " ") if p.title else masked
    for fig in extract_figures(masked):
        if fig.unit == "年" or (fig.value == fig.value.to_integral_value() and 1990 <= fig.value <= 2100):
            continue
        # (Decimals compare and hash by value: 2.50 is 2.5)
        if fig.value in allowed:
            continue
        if derived is None:  # a ranking states hundreds of figures: their pairs only when needed
            derived = _pairwise(values)
        if fig.value not in derived:
            return False
    return True


def _pairwise(values: list[Decimal]) -> set[Decimal]:
    """What two stated figures give: their difference, one as a share of the other, and the
    change from one to the other as a share (percentages to one decimal place)."""
    out: set[Decimal] = set()
    for a in values:
        for b in values:
            out.add(abs(a - b))
            if b:
                out.add((a * 100 / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
                out.add(((a - b) * 100 / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).copy_abs())
    return out


# --------------------------------------------------------------------------- operations


def _percent(part: Decimal, whole: Decimal) -> str:
    return plain_number((part * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) + "%"


def _denominator(target: Target) -> Target | None:
    """What a share is a share of when the question names one figure: a column's share of its
    row's total (自然人 of all new requests), a result's share of all results, a review outcome's
    share of its group's total."""
    if target.column and target.column != "total" and target.table in ("apply", "review"):
        return Target(target.table, target.row, "total", target.row_group, False)
    if target.table == "apply" and (target.row.startswith("apply.result.") or target.row_group) \
            and target.row != "apply.result.total":
        return Target("apply", "apply.result.total", target.column or "total", False, target.column_group)
    return None


def answer_from_facts(question: str, plan: CellPlan, language: str, groups: list[list[dict]],
                      named_years: set[int], table: FactTable, op: Operation, started: float,
                      body_named: bool) -> TableResult:
    """The answer from the facts, a refusal that says why, or no answer (prose path)."""
    import time

    def finish(text: str, citer: _Citer, notes: list[str], figs: list[Figure], counts: tuple = ()) -> TableResult:
        note = " ".join(notes)
        verified = verify_figures(text, figs, citer, table, {Decimal(c) for c in counts})
        if not verified:  # never state what does not recompute: leave it to the prose path
            return TableResult(None)
        answer = Answer(question=question, answer=text + (("\n" + note) if note else ""), answered=True,
                        citations=citer.citations, verified=True, mode="facts", note=note,
                        latency_ms=(time.perf_counter() - started) * 1000)
        return TableResult(answer, figs, derived_single=len(figs) == 1 and figs[0].derived)

    def refuse(text: str) -> TableResult:
        return TableResult(Answer(question=question, answer=text, answered=False, citations=[], verified=False,
                                  mode="facts", note=text, latency_ms=(time.perf_counter() - started) * 1000))

    fmt = national_format()
    with_table = {s for s in table.sources()
                  if any((spec := fmt.cell(k)) is not None and spec.table.kind == plan.table for k in table.of_source(s))}
    # Reports in scope, per body, with this table.
    scoped: list[list[dict]] = []
    for group in groups:
        kept = [r for r in group if r["source"] in with_table]
        if kept:
            scoped.append(sorted(kept, key=lambda r: r.get("year") or 0))
    if not scoped:
        return TableResult(None)  # no report in scope prints this table: the prose may state it
    if not body_named and len(scoped) > 1 and not op.rank:
        # Several bodies hold this table and the question names none: ask which, never pick one.
        bodies = "、".join(dict.fromkeys(r[0].get("body", "") for r in scoped))
        return refuse(f"问题没有说明是哪个机关。索引中有这项数据的机关：{bodies}。请说明是哪一个。" if language == "zh"
                      else f"The question names no body. Bodies whose reports hold this figure: {bodies}. Which one?")
    many_years = op.trend or op.change or len(named_years) > 1
    per_body: list[list[dict]] = []
    for reports in scoped:
        if named_years:
            chosen = [r for r in reports if r.get("year") in named_years]
            if op.change and len(named_years) == 1 and len(chosen) == 1:
                year = next(iter(named_years))
                previous = [r for r in reports if r.get("year") == year - 1]
                chosen = previous + chosen
        else:
            chosen = reports if many_years else reports[-1:]
        if chosen:
            per_body.append(chosen)
    if not per_body:
        return TableResult(None)

    if op.rank and not body_named:
        return _rank(question, plan, language, per_body, table, op, finish, refuse)

    citer = _Citer()
    notes: list[str] = []
    sentences: list[str] = []
    used: list[Figure] = []
    multi_report = sum(len(x) for x in per_body) > 1
    for reports in per_body:
        for record in reports:
            rows = table.of_source(record["source"])
            figs = [f for t in plan.targets for f in figures_of(t, record["source"], rows)]
            missing = [f for f in figs if f.missing]
            unreadable = [f for f in figs if f.unreadable]
            if missing or unreadable:
                what = "、".join(describe(f, language) for f in missing + unreadable)
                if language == "zh":
                    why = ("无法确定地读出（" + "；".join(p.fact.note for f in unreadable for p in f.unreadable) + "）"
                           if unreadable else "的表格里没有这一项")
                    return refuse(f"《{record.get('title', record['source'])}》{why}：{what}。不作推测。")
                why = "could not be read for sure" if unreadable else "has no such cell in its table"
                return refuse(f"“{record.get('title', record['source'])}” {why}: {what}. No guess is made.")
            prefix = (f"{record.get('year')}年" if multi_report and language == "zh" else
                      f"{record.get('year')}: " if multi_report else "")
            who = record.get("body", "") if len(per_body) > 1 else ""
            parts = [statement(f, citer.markers(f), language) for f in figs]
            if op.sum and len(figs) > 1 and not op.share:
                total = sum((f.value for f in figs), Decimal(0))
                shown = " + ".join(plain_number(f.value) for f in figs)
                parts.append(f"合计{_amount(total, _unit(figs[0]), language)}（{shown}）" if language == "zh"
                             else f"in total {_amount(total, _unit(figs[0]), language)} ({shown})")
            if op.share:
                share = _share_text(figs, record, rows, citer, language)
                if share is None:
                    return TableResult(None)
                text_, whole = share
                parts.append(text_)
                if whole is not None:
                    figs = figs + [whole]
            joiner = "，" if language == "zh" else "; "
            sentences.append((who + prefix + joiner.join(parts)) if language == "zh" else
                             ((f"{who}, " if who else "") + prefix + joiner.join(parts)))
            used += figs
            failed = table.failed_keys(record["source"]) & {p.fact.key for f in figs for p in f.parts}
            if failed:
                notes.append("注：该报告表格自身的数字有不平衡之处，涉及所引单元格，请以原文为准。" if language == "zh" else
                             "Note: the report's own table does not add up where these cells are involved; check the original.")
    two_bodies = len(per_body) == 2 and len(plan.targets) == 1 and all(len(r) == 1 for r in per_body)
    if two_bodies and (op.change or op.compare):
        sentences.append(_compare_text(used, per_body, language))
    elif op.change and len(used) >= 2 and len(plan.targets) == 1 and len(per_body) == 1:
        sentences.append(_change_text(used, per_body, language))
    elif op.change and len(used) == 2 and len(per_body) == 1 and len(per_body[0]) == 1:
        sentences.append(_difference_text(used, language))  # two cells of one report: 'A比B多多少'
    if two_bodies and op.sum:
        total = used[0].value + used[1].value
        shown = f"{plain_number(used[0].value)} + {plain_number(used[1].value)}"
        sentences.append(f"两者合计{_amount(total, _unit(used[0]), language)}（{shown}）" if language == "zh"
                         else f"together {_amount(total, _unit(used[0]), language)} ({shown})")
    series = _series(used, per_body, plan, language)
    title = per_body[0][0].get("title", "") if len(per_body) == 1 and len(per_body[0]) == 1 else ""
    if not title and len(per_body) == 1:
        body = per_body[0][0].get("body", "")
        sentences[0] = (f"{body}：" if language == "zh" else f"{body}: ") + sentences[0]
    if language == "zh":
        head = f"根据《{title}》：" if title else ""
        text = head + "；".join(sentences) + "。"
    else:
        head = f"According to “{title}”: " if title else ""
        text = head + "; ".join(sentences) + "."
    result = finish(text, citer, notes, used)
    if result.answer is not None:
        result.answer.series = series
    return result


def _series(used: list[Figure], per_body: list[list[dict]], plan, language: str) -> dict | None:
    """The figures of one cell across years (a line) or bodies (bars), for a chart."""
    if len(plan.targets) != 1 or len(used) < 2:
        return None
    records = {r["source"]: r for reports in per_body for r in reports}
    years = len(per_body) == 1
    points = []
    for f in used:
        record = records.get(f.source, {})
        label = str(record.get("year")) if years else f"{record.get('body')} {record.get('year')}"
        points.append({"label": label, "value": plain_number(f.value), "source": f.source})
    if len({p["label"] for p in points}) != len(points):
        return None
    return {"kind": "line" if years else "bar", "title": describe(used[0], language), "unit": _unit(used[0]),
            "points": points}


def _share_text(figs: list[Figure], record: dict, rows: dict[str, FactRow], citer: _Citer,
                language: str) -> tuple[str, Figure | None] | None:
    """'占本年度办理结果总计3050件[2]的44.7%（1362 ÷ 3050）'."""
    if len(figs) == 2:
        part, whole = figs
    elif len(figs) == 1:
        target = _denominator(figs[0].target)
        if target is None:
            return None
        found = figures_of(target, record["source"], rows)
        if len(found) != 1 or found[0].value is None:
            return None
        part, whole = figs[0], found[0]
    else:
        return None
    if not whole.value:
        return None
    percent = _percent(part.value, whole.value)
    arithmetic = f"{plain_number(part.value)} ÷ {plain_number(whole.value)}"
    extra = None if len(figs) == 2 else whole
    if language == "zh":
        whole_text = "" if extra is None else f"{describe(whole, language)}{_amount(whole.value, _unit(whole), language)}{citer.markers(whole)}"
        return (f"占{whole_text}的{percent}（{arithmetic}）" if whole_text else f"前者占后者的{percent}（{arithmetic}）"), extra
    whole_text = "" if extra is None else f"{describe(whole, language)} {_amount(whole.value, _unit(whole), language)} {citer.markers(whole)}"
    return (f"a share of {percent} of {whole_text} ({arithmetic})" if whole_text
            else f"the first is {percent} of the second ({arithmetic})"), extra


def _change_text(used: list[Figure], per_body: list[list[dict]], language: str) -> str:
    by_source = {r["source"]: r for reports in per_body for r in reports}
    ordered = sorted(used, key=lambda f: by_source[f.source].get("year") or 0)
    first, last = ordered[0], ordered[-1]
    y0, y1 = by_source[first.source].get("year"), by_source[last.source].get("year")
    diff = last.value - first.value
    pct = f"，{'+' if diff >= 0 else ''}{_percent(diff, first.value)}" if first.value else ""
    sign = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
    arithmetic = f"{plain_number(last.value)} − {plain_number(first.value)}"
    if language == "zh":
        if diff == 0:
            return f"{y1}年与{y0}年持平"
        return f"{y1}年比{y0}年{sign}{plain_number(abs(diff))}{_unit(last)}（{arithmetic}{pct}）"
    pct_en = f", {'+' if diff >= 0 else ''}{_percent(diff, first.value)}" if first.value else ""
    word = "up" if diff > 0 else "down" if diff < 0 else "unchanged"
    return f"from {y0} to {y1}: {word} {plain_number(abs(diff))} ({arithmetic}{pct_en})"


def _difference_text(used: list[Figure], language: str) -> str:
    a, b = used
    diff = a.value - b.value
    label_a, label_b = describe(a, language), describe(b, language)
    arithmetic = f"{plain_number(a.value)} − {plain_number(b.value)}"
    if language == "zh":
        word = "多" if diff >= 0 else "少"
        return f"前者比后者{word}{plain_number(abs(diff))}{_unit(a)}（{arithmetic}）"
    word = "more" if diff >= 0 else "fewer"
    return f"{label_a} is {plain_number(abs(diff))} {word} than {label_b} ({arithmetic})"


def _compare_text(used: list[Figure], per_body: list[list[dict]], language: str) -> str:
    a, b = used[0], used[1]
    body_a, body_b = per_body[0][0].get("body", ""), per_body[1][0].get("body", "")
    if a.value == b.value:
        return "两者相同" if language == "zh" else "they are the same"
    more, less = (a, b) if a.value > b.value else (b, a)
    name_more, name_less = (body_a, body_b) if more is a else (body_b, body_a)
    diff = plain_number(more.value - less.value)
    if language == "zh":
        return f"{name_more}比{name_less}多{diff}{_unit(more)}（{plain_number(more.value)} − {plain_number(less.value)}）"
    return f"{name_more} has {diff} more than {name_less} ({plain_number(more.value)} − {plain_number(less.value)})"


def _rank(question, plan, language, per_body, table, op, finish, refuse) -> TableResult:
    if len(plan.targets) != 1:
        return TableResult(None)
    entries = []
    for reports in per_body:
        record = reports[-1]
        figs = figures_of(plan.targets[0], record["source"], table.of_source(record["source"]))
        if len(figs) == 1 and figs[0].value is not None:
            entries.append((figs[0], record))
    if len(entries) < 2:
        return TableResult(None)
    entries.sort(key=lambda e: e[0].value, reverse=not op.lowest)
    top = entries[: op.top] if op.top else entries
    citer = _Citer()
    label = describe(entries[0][0], language)
    lines = [f"{r.get('body')}（{r.get('year')}年）{_amount(f.value, _unit(f), language)}{citer.markers(f)}"
             if language == "zh" else f"{r.get('body')} ({r.get('year')}): {_amount(f.value, _unit(f), language)} {citer.markers(f)}"
             for f, r in top]
    years = sorted({r.get("year") for _, r in entries})
    if language == "zh":
        head = f"在索引中{'、'.join(map(str, years))}年有该项数据的{len(entries)}份报告里，{label}"
        best = "最少" if op.lowest else "最多"
        text = f"{head}{best}的是{top[0][1].get('body')}：" + "；".join(lines) + "。"
    else:
        best = "fewest" if op.lowest else "most"
        text = (f"Among the {len(entries)} reports for {', '.join(map(str, years))} in the index with this figure, "
                f"{top[0][1].get('body')} has the {best} {label}: " + "; ".join(lines) + ".")
    result = finish(text, citer, [], [f for f, _ in top], counts=(len(entries),))
    if result.answer is not None:
        result.answer.series = {"kind": "bar", "title": label, "unit": _unit(top[0][0]),
                                "points": [{"label": r.get("body"), "value": plain_number(f.value), "source": r["source"]}
                                           for f, r in top]}
    return result
