"""Answers from the facts of the national tables: a value, several values, a sum, a share, the
change between years, a comparison of bodies, a ranking, a trend — each figure stated with the
cells it comes from cited, and every computed figure shown with its arithmetic.

Nothing here guesses. A report that has the table but not the cell asked for, or whose cell could
not be read for sure, gets a sentence saying so, not a neighbouring cell. A report without the
table at all is left to the prose path (its text may state the figure).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal

from assistant.ask.cells import CellPlan, Target, _norm, _stems, fold_spoken
from assistant.ask.operations import (ASKED_HOW_MANY, TIMES, Operation, bound_said, difference_asked_last, ordinal_en, ordinal_zh, passes,
                                      times_of)
from assistant.ask.prose_cells import ProseFigure, prose_figure, prose_part
from assistant.ask.tuning import TUNING
from assistant.model import Answer, Citation, plain_number
from assistant.national.facts import FactRow, FactTable, row_keys_of
from assistant.national.schema import name_of, national_format

__all__ = ["Figure", "TableResult", "answer_from_facts", "answer_text_share", "verify_figures"]

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
    prose: ProseFigure | None = None  # a report without the table: the clause of its text stating it

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
    if figure.prose is not None:
        return figure.prose.unit
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
    if figure.prose is not None:
        text += "（据报告正文）" if language == "zh" else " (from the report's text)"
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

    def cite_prose(self, found: ProseFigure) -> str:
        p = found.passage
        ident = (p.source, p.id)
        if ident not in self.by_key:
            n = len(self.citations) + 1
            self.by_key[ident] = n
            self.citations.append(Citation(id=n, source=p.source, title=p.title, section=p.section, page=p.page,
                                           quote=found.clause, figures=[plain_number(found.value)],
                                           passage_id=p.id, scanned=p.scanned))
        return f"[{self.by_key[ident]}]"

    def markers(self, figure: Figure) -> str:
        if figure.prose is not None:
            return self.cite_prose(figure.prose)
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
    texts.update(("这一项", "这一点"))  # the answer's own words for a cell not held ('没有这一项')
    return tuple(sorted(texts, key=lambda x: (-len(x), x)))


def verify_figures(text: str, figures: list[Figure], citer: _Citer, table: FactTable,
                   counts: set[Decimal] | None = None) -> bool:
    """Recompute the answer from the index: every stated figure is the current value of the cells
    it names (or their sum), every cited cell is one of them, and every other number in the text is
    a year or what the stated figures give by sum, difference or share."""
    from assistant.zh.figures import extract_figures

    allowed: set[Decimal] = set(counts or ())  # counts the answer states (how many reports were ranked)
    values: list[Decimal] = []
    for figure in figures:
        if figure.prose is not None:
            # A figure from a report's text: the cited clause of the cited passage states it.
            found = figure.prose
            from assistant.ask.prose_cells import states_none

            stated = (found.value == 0 and states_none(found.clause)) \
                if found.none else any(f.value == found.value for f in extract_figures(found.clause))
            if found.clause not in found.passage.text or figure.value != found.value or not stated:
                return False
            values.append(found.value)
            allowed.add(found.value)
            continue
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
    used |= {(f.source, f.prose.passage.id) for f in figures if f.prose is not None}
    if not cited <= used:
        return False
    allowed.add(sum(values, Decimal(0)))
    sums = set(values)
    if len(values) <= 8:  # the sums of some of the stated figures ('予以公开和部分公开合计', then its share)
        from itertools import combinations

        sums |= {sum(c, Decimal(0)) for k in range(2, len(values)) for c in combinations(values, k)}
        allowed |= sums
    derived: set[Decimal] | None = None  # differences and shares of two figures, when a number needs them
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
            derived = _pairwise(sums, values, ratios=bool(re.search(r"倍|times as many", text)))
        if fig.value not in derived:
            return False
    return True


def _pairwise(sums: set[Decimal], values: list[Decimal], ratios: bool = False) -> set[Decimal]:
    """What a stated figure (or a sum of some) and a stated figure give: their difference, one as a
    share of the other, and the change from one to the other as a share (percentages to one
    decimal place); with ``ratios`` (an answer saying 倍), one as a multiple of the other."""
    out: set[Decimal] = set()
    for a in sums:
        for b in values:
            out.add(abs(a - b))
            if b:
                if ratios:
                    out.add((a / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
                out.add((a * 100 / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
                out.add(((a - b) * 100 / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).copy_abs())
    return out


# --------------------------------------------------------------------------- operations


def _percent(part: Decimal, whole: Decimal) -> str:
    """One decimal, always ('9.0%', not '9%': the precision is part of what is stated)."""
    return f"{(part * 100 / whole).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


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
                      body_named: bool, unmapped: list[str] | None = None, passages_of=None,
                      text_of_one: bool = False) -> TableResult:
    """The answer from the facts, a refusal that says why, or no answer (prose path).
    ``unmapped``: the parts of the question that ask for a figure no cell holds; the answer says
    it leaves them unanswered. ``passages_of(source)``: a report's passages, for the reports in a
    question about several that print no table."""
    import time

    def finish(text: str, citer: _Citer, notes: list[str], figs: list[Figure], counts: tuple = ()) -> TableResult:
        verified = verify_figures(text, figs, citer, table, {Decimal(c) for c in counts})
        if not verified:  # never state what does not recompute: leave it to the prose path
            return TableResult(None)
        if unmapped:
            notes = [_unmapped_text(unmapped, language)] + notes
        note = " ".join(notes)
        answer = Answer(question=question, answer=text + (("\n" + note) if note else ""), answered=True,
                        citations=citer.citations, verified=True, mode="facts", note=note,
                        latency_ms=(time.perf_counter() - started) * 1000)
        return TableResult(answer, figs, derived_single=len(figs) == 1 and figs[0].derived)

    def refuse(text: str) -> TableResult:
        return TableResult(Answer(question=question, answer=text, answered=False, citations=[], verified=False,
                                  mode="facts", note=text, latency_ms=(time.perf_counter() - started) * 1000))

    fmt = national_format()
    if plan.vague:
        # A reason asked that names none of the group's rows: say which rows there are, never
        # give the group's total for one of its reasons.
        group = fmt.tables[plan.table].groups[plan.vague]
        members = [r for r in fmt.tables[plan.table].rows.values()
                   if any(fnmatch.fnmatchcase(r.key, p) for p in group.rows) and r.key != "apply.result.other"]
        if language == "zh":
            names = "、".join(name_of(r.zh[0]) for r in members)
            return refuse(f"问题问的是{group.say}中的某一种情形，但没有对应到表格中的具体一项（{names}）。"
                          "请说明是哪一项，不作推测。")
        names = "; ".join(r.en for r in members)
        return refuse(f"The question asks for one reason among {group.say_en}, but it matches none of the "
                      f"table's rows ({names}). Which one? No guess is made.")
    # 'X中，a占多少' (plan.whole): a's share of the group X, which is stated beside it.
    share_of_whole = op.share and plan.whole is not None and len(plan.targets) == 1
    if share_of_whole:
        plan = dataclasses.replace(plan, targets=plan.targets + [plan.whole])
    with_table = {s for s in table.sources() if table.has_table(s, plan.table)}
    # Reports in scope, per body, with this table.
    scoped: list[list[dict]] = []
    for group in groups:
        kept = [r for r in group if r["source"] in with_table]
        if kept:
            scoped.append(sorted(kept, key=lambda r: r.get("year") or 0))
    def chosen_of(reports: list[dict]) -> list[dict]:
        if named_years:
            chosen = [r for r in reports if r.get("year") in named_years]
            if op.change and len(named_years) == 1 and len(chosen) == 1:
                year = next(iter(named_years))
                previous = [r for r in reports if r.get("year") == year - 1]
                chosen = previous + chosen
            return chosen
        return reports if many_years else reports[-1:]

    many_years = op.trend or op.change or len(named_years) > 1
    # A question about several reports (bodies named, years named, or a ranking of a year) is
    # answered for every one of them: from its table, else from its text with the cell's own
    # words (prose_cells), else said not stated — never answered for the reports with the table
    # only, as if the others had not been asked about.
    everyone = [c for c in (chosen_of(sorted(g, key=lambda r: r.get("year") or 0)) for g in groups) if c]
    several = (body_named or op.rank) and sum(len(c) for c in everyone) > 1
    if not scoped and not several and not (text_of_one and sum(len(c) for c in everyone) == 1):
        return TableResult(None)  # no report in scope prints this table: the prose may state it
    if plan.unmapped and TUNING.money_left_to_text and _money_only(plan.unmapped) and (
            plan.table == "apply" or not TUNING.money_of_requests_only):
        # ('…向提出信息公开请求的申请人实际收取的费用，全年合计为多少元'): money asked of the requests is no cell's (the
        # tables count requests); the report's text may state it ('全年收取政府信息公开信息处理费3940元'). Not money
        # asked of another table's row ('行政处罚里，罚没款一共罚了多少钱': the text's 行政事业性收费 had been given)
        return TableResult(None)
    if plan.unmapped:
        # The question narrows the cells planned with words none of them means ('还没出结果的',
        # '平均几天', 'how much money' of a count): the planned cells (a row's total) would answer
        # another question. Said so, never answered with the total or a neighbouring cell.
        what = "、".join(f"“{w}”" for w in plan.unmapped)
        asked = "；".join(dict.fromkeys(describe(Figure(t, "", None), language) for t in plan.targets))
        return refuse(f"问题中{what}在统计表中没有对应的一项（表格只有：{asked}），不作推测。" if language == "zh" else
                      f"The question's {', '.join(f'“{w}”' for w in plan.unmapped)} matches no cell of the tables "
                      f"(they hold: {asked}); no guess is made.")
    # the rows a Chinese question names as where its thing is ('收到的信息公开申请里'; read from the plan's terms alone)
    among = _rows_named_as_among(question, plan) if language == "zh" else set()
    one_value = not (op.sum or op.share or op.change or op.compare or op.rank)
    if TUNING.among_only_unasked and one_value and among and {x.row for x in plan.targets} <= among \
            and _asked_after_among(question, plan):
        # ('收到的信息公开申请里，申请人要的信息被完整公开的有多少件': the requests received are where the thing asked is;
        # the thing, matching no cell, is not their total — 600 had been given)
        return TableResult(None)
    if among and len({x.row for x in plan.targets}) > 1 and any(x.row not in among for x in plan.targets) and (
            (TUNING.among_only_unasked and one_value and len(ASKED_HOW_MANY.findall(question)) <= 1)
            or (op.sum and not op.share and TUNING.among_received_not_added)):
        # (… and named beside a row asked, '收到的申请里，…被完整公开的有多少件': the row asked, not the whole with it; nor is
        # it a thing to add, '收到的信息公开申请里，…来反映问题、举报投诉的…这类一共有几件': 600 + 41 had been given)
        plan = dataclasses.replace(plan, targets=[x for x in plan.targets if x.row not in among])
    if op.sum and not op.share and len(plan.targets) == 1 and len(groups) == 1 and len(named_years) <= 1 and \
            (TUNING.chinese_sum_needs_two_counts if language == "zh" else TUNING.sum_needs_two_counts) and \
            _things_beside_one_cell(question, plan, language):
        # (of one report: things of several bodies or years are the bodies' or years' counts of one cell) ('… counting
        # new ones and those carried over from the previous year?', '…信息全额给出的和删减后给出的加起来': one cell matched
        # of the things to add would read as their total)
        asked = describe(Figure(plan.targets[0], "", None), language)
        return refuse(f"问题要相加的几项中，只有一项对应到统计表中的一格（{asked}），不给出合计。" if language == "zh" else
                      f"Of the things the question adds, one only matches a cell of the tables ({asked}); "
                      "no total is given.")
    if op.sum and not op.share and language == "zh" and len(groups) == 1 and len(named_years) <= 1 and \
            TUNING.sum_lists_every_cell and _listed_beyond_cells(question, plan):
        # ('因为本单位没有、需要另外加工、或者补正后还说不清…加起来': three things listed, two cells matched; '这三种加起来'
        # with one: the cells' total would be given for all of them)
        return refuse("问题要相加的几项中，有的在统计表中找不到对应的一格，不给出合计。")
    if TUNING.english_whole_of_the_part and language != "zh" and not (op.sum or op.share or op.change or op.compare) \
            and EN_PARTITIVE.search(question) and _whole_and_its_part(plan):
        # ('how many of the requests handled … were turned down because … a records lookup': the whole the part is of,
        # no figure asked — 3050 had been given beside the 105 asked)
        parts = {x.row for x in plan.targets if not x.row.endswith(".total")}
        plan = dataclasses.replace(plan, targets=[x for x in plan.targets if not any(_under(x.row, r) for r in parts)])
    # (of a question of several sentences, the rows its sum adds: those its own sentence names; None, every one)
    summed_rows = _rows_added(question, plan) if op.sum else None
    if op.sum and not op.share and TUNING.whole_and_part_not_added and _whole_and_its_part(
            plan if summed_rows is None else
            dataclasses.replace(plan, targets=[x for x in plan.targets if x.row in summed_rows])):
        # ('办结的申请里…全额给出的和删减后给出的加起来': 办理结果总计 named as where the things are, 里 — the whole they are
        # among, no thing to add; named otherwise, a sum of it and its row would count twice)
        if language == "zh" and any(key.endswith(".total") for key in among):
            plan = dataclasses.replace(plan, targets=[x for x in plan.targets if not x.row.endswith(".total")])
        else:
            return refuse("问题要相加的几项中，有一项是另一项的总数，相加会重复计算，不给出合计。" if language == "zh" else
                          "Of the things the question adds, one is the total of another: adding them counts twice; "
                          "no total is given.")
    if scoped and not body_named and len(scoped) > 1 and not op.rank:
        # Several bodies hold this table and the question names none: ask which, never pick one.
        bodies = "、".join(dict.fromkeys(r[0].get("body", "") for r in scoped))
        return refuse(f"问题没有说明是哪个机关。索引中有这项数据的机关：{bodies}。请说明是哪一个。" if language == "zh"
                      else f"The question names no body. Bodies whose reports hold this figure: {bodies}. Which one?")
    per_body = everyone if several or (text_of_one and not scoped) else [c for c in (chosen_of(r) for r in scoped) if c]
    if not per_body:
        return TableResult(None)

    def from_text(record: dict) -> list[Figure] | None:
        passages = passages_of(record["source"]) if passages_of is not None else []
        figs = []
        for t in plan.targets:
            found = prose_figure(t, passages)
            if found is None:
                return None
            figs.append(Figure(t, record["source"], found.value, prose=found))
        return figs

    if not scoped:
        # No report in scope prints the table: answered here only when every report's text
        # states the figure (else the text-based answer of several reports reads them).
        if any(from_text(r) is None for reports in per_body for r in reports):
            return TableResult(None)

    if (op.rank and not body_named) or ((op.rank or op.compare) and body_named and len(per_body) > 2):
        return _rank(question, plan, language, per_body, table, op, finish, refuse, with_table, from_text,
                     named=body_named)

    if (op.rank and len(per_body) == 1 and len(per_body[0]) == 1 and len(plan.targets) == 1
            and per_body[0][0]["source"] in with_table):
        within = _rank_within(question, plan.targets[0], per_body[0][0], table, op, language, finish)
        if within is not None:
            return within

    citer = _Citer()
    notes: list[str] = []
    sentences: list[str] = []
    used: list[Figure] = []
    multi_report = sum(len(x) for x in per_body) > 1
    if multi_report and unmapped:
        # A part no cell answers, asked of several reports: answered with the rest from the reports'
        # text (each report read on its own), never dropped for the cells alone.
        return TableResult(None)
    asked: list[Figure] = []
    if multi_report and op.change and op.share:
        # '比2022年多了多少？增长百分之几？': the percentage is the change's, not a share of a total.
        op = dataclasses.replace(op, share=False)
    if op.change and len(named_years) == 1 and not multi_report and len(plan.targets) == 1:
        # '比上一年多还是少' of a year whose previous report the index does not hold: the year's
        # figure, and the change said not computable (never a change against another body).
        year = next(iter(named_years))
        said = (f"索引中没有该机关{year - 1}年的报告，无法计算与上一年相比的变化。" if language == "zh" else
                f"The index holds no {year - 1} report of this body: the change from the year before cannot be computed.")
        from assistant.ask.understand import change_from_year_before

        if TUNING.change_alone_unknown_refused and change_from_year_before(question) and \
                len(ASKED_HOW_MANY.findall(question)) <= 1:
            # ('2024年收到的申请比去年多多少件？' asks the change only: the year's figure is no answer to it)
            return refuse(said)
        notes.append(said)
    unstated: list[dict] = []  # the reports asked about that do not state the figure
    # (one phrase read as two cells: two readings of the thing asked, never two things to add)
    one_phrase = TUNING.one_phrase_not_added and _one_phrase_two_cells(plan)
    for reports in per_body:
        for record in reports:
            rows = table.of_source(record["source"])
            prefix = (f"{record.get('year')}年" if multi_report and language == "zh" else
                      f"{record.get('year')}: " if multi_report else "")
            who = record.get("body", "") if len(per_body) > 1 else ""
            if record["source"] not in with_table:
                figs = from_text(record)
                if figs is None:
                    unstated.append(record)
                    sentences.append(f"{who}{prefix}：报告没有说明这一点" if language == "zh" else
                                     (f"{who}, " if who else "") + prefix + "the report does not state this")
                    continue
            else:
                figs = []
                for t in plan.targets:
                    for f in figures_of(t, record["source"], rows):
                        # a row of 第二十条 asked without a column stands for its columns: one already
                        # asked by name is not a second figure ('新出台了几部规章？现行有效的规章有几部？')
                        if t.table == "art20" and not t.column and any(
                                g.parts and f.parts and [p.fact.key for p in g.parts] == [p.fact.key for p in f.parts]
                                for g in figs):
                            continue
                        figs.append(f)
            missing = [f for f in figs if f.missing]
            unreadable = [f for f in figs if f.unreadable]
            if missing or unreadable:
                what = "、".join(describe(f, language) for f in missing + unreadable)
                if language == "zh":
                    why = ("无法确定地读出（" + "；".join(p.fact.note for f in unreadable for p in f.unreadable) + "）"
                           if unreadable else "的表格里没有这一项")
                    said = f"《{record.get('title', record['source'])}》{why}：{what}。不作推测。"
                else:
                    why = "could not be read for sure" if unreadable else "has no such cell in its table"
                    said = f"“{record.get('title', record['source'])}” {why}: {what}. No guess is made."
                if not multi_report:
                    return refuse(said)
                # One of several reports: said for that report, the others still answered.
                unstated.append(record)
                sentences.append(f"{who}{prefix}：{said.rstrip('。')}" if language == "zh" else
                                 (f"{who}, " if who else "") + prefix + said.rstrip("."))
                continue
            cells = [tuple(sorted(p.fact.key for p in f.parts)) for f in figs if f.parts]
            if len(set(cells)) < len(cells):
                # two things asked, one cell found for both ('青溪市人民政府和市政府办公室…' read as one
                # report twice): stating it twice, or adding it to itself, would be a wrong figure
                return refuse("问题里的两项在这份报告的表格里是同一个单元格，无法分别回答；请分开提问。" if language == "zh" else
                              "Two things the question asks map to one cell of this report's table; "
                              "ask them one at a time.")
            parts = [statement(f, citer.markers(f), language) for f in figs]
            # (a row of 第二十条 asked without a column stands for its columns: made, repealed and in force in the year
            # are no things to add — '…新出台了几部政府规章？现在还管用的规章一共有几部？' had been 1 + 0 + 22)
            by_columns = one_phrase or TUNING.article_columns_not_added and any(
                t.table == "art20" and not t.column and len(_columns(t, rows)) > 1 for t in plan.targets)
            added = figs if summed_rows is None else [f for f in figs if f.target.row in summed_rows]
            if op.sum and len(added) > 1 and not op.share and not by_columns:
                total = sum((f.value for f in added), Decimal(0))
                shown = " + ".join(plain_number(f.value) for f in added)
                parts.append(f"合计{_amount(total, _unit(added[0]), language)}（{shown}）" if language == "zh"
                             else f"in total {_amount(total, _unit(added[0]), language)} ({shown})")
            asked += figs  # the figures asked for (a share's whole read from the table is not one)
            if op.share:
                share = _share_text(figs, record, rows, citer, language, summed=op.sum,
                                    named_after_zhan=share_of_whole or _second_is_the_whole(question, plan, language),
                                    among=frozenset(among) if TUNING.whole_named_among else frozenset())
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
    if not used:
        return TableResult(None)  # no report states it: the text-based answer may find it
    complete = not unstated  # computed figures only from every report asked about
    if TUNING.arithmetic_unknown_refused and not complete and multi_report and \
            (op.sum or op.change or op.compare or op.mean) and not op.rank and not op.share:
        # ('松木塘镇2022年收了多少万元行政事业性收费？比青溪市2022年少多少？' where 松木塘镇's table has no such cell): what
        # is asked is not known; the figures stated are no answer to '少多少', '一共', '谁多' (as multi_report refuses)
        from assistant.ask.multi_report import arithmetic_unknown
        from assistant.ask.pipeline import _refusal

        note = arithmetic_unknown(list({r["source"]: r for r in unstated}.values()), False, op, language)
        return TableResult(_refusal(question, language, note, started, "facts"))
    two_bodies = complete and len(per_body) == 2 and len(plan.targets) == 1 and all(len(r) == 1 for r in per_body)
    if not complete:
        pass
    elif two_bodies and (op.change or op.compare):
        sentences.append(_compare_text(used, per_body, language, times=bool(TIMES.search(question))))
    elif op.change and len(used) >= 2 and len(plan.targets) == 1 and len(per_body) == 1:
        sentences.append(_change_text(used, per_body, language))
    elif op.change and len(asked) == 2 and len(per_body) == 1 and len(per_body[0]) == 1:
        sentences.append(_difference_text(asked, language))  # two cells of one report: 'A比B多多少'
    if two_bodies and op.sum and not op.share and len(asked) == 2 and not difference_asked_last(question):
        # the two bodies' figures added; never a share's whole (the figures used include it)
        total = asked[0].value + asked[1].value
        shown = f"{plain_number(asked[0].value)} + {plain_number(asked[1].value)}"
        sentences.append(f"两者合计{_amount(total, _unit(asked[0]), language)}（{shown}）" if language == "zh"
                         else f"together {_amount(total, _unit(asked[0]), language)} ({shown})")
    elif complete and op.sum and not op.share and multi_report and len(plan.targets) == 1 and len(used) >= 2 and \
            not difference_asked_last(question):
        # '2022年和2024年…加起来': the one figure summed over the reports asked about.
        total = sum((f.value for f in used), Decimal(0))
        shown = " + ".join(plain_number(f.value) for f in used)
        sentences.append(f"合计{_amount(total, _unit(used[0]), language)}（{shown}）" if language == "zh"
                         else f"in total {_amount(total, _unit(used[0]), language)} ({shown})")
    series = _series(used, per_body, plan, language) if complete else None
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


def _things_beside_one_cell(question: str, plan: CellPlan, language: str) -> bool:
    """Whether a sum asks two or more things of which the plan's one cell is not all: in English, any two things named
    to add; in Chinese, a thing no word of the cell is in, named as a thing (the last, or one ending in 的) — not words
    qualifying the last ('向群众和企业收的办事规费合计'), not examples of one ('查封、扣押这一类行政强制决定一共…'), nor
    words of the one cell each said ('对外管理、对外服务类的事项' of 其他对外管理服务事项)."""
    from assistant.ask.prose_sum import _named_en, named_addends

    if language != "zh":
        return len(_named_en(question)) >= 2
    things = named_addends(question, [], language)
    # (这几类 too: kinds named as examples of the one cell's; a listing sum reads it as things listed, _listed_beyond_cells)
    return len(things) >= 2 and not (EXAMPLES_OF_ONE.search(question) or "这几类" in question) and any(
        not any(t.text and t.text in (fold_spoken(thing) if TUNING.emphasis_before_holder else thing)
                for t in plan.terms) and
        (n == len(things) - 1 or thing.rstrip(" ，,").endswith("的")) for n, thing in enumerate(things))


# What follows a row's words naming it as where the things asked are: '收到的信息公开申请里', '办结的申请中'.
AMONG_AFTER = re.compile(r"(?:的)?(?:[\u4e00-\u9fff]{0,6}?申请)?(?:里|中|当中|之中)(?![央国心])")


def _rows_added(question: str, plan: CellPlan) -> set[str] | None:
    """Of a question of several sentences, the rows the sentence of its word of adding names ('新收和上年结转的申请一共
    多少件？其中予以公开多少件？': 本年新收 and 上年结转, not 予以公开); None when the sum adds every figure asked."""
    from assistant.ask.operations import SUM

    if not TUNING.sum_in_its_sentence:
        return None
    sentences = [x for x in re.split(r"(?<=[？?。；;])", question) if x.strip()]
    holding = [x for x in sentences if SUM.search(x)]
    if len(sentences) < 2 or len(holding) != 1:
        return None
    said = holding[0]
    if TUNING.english_terms_stemmed_in_sentence:
        # (an English term's text is stemmed, 'administrativ reconsideration': looked for in the sentence stemmed too)
        said = f"{said} {_stems(_norm(said))}"
    rows = {t.key for t in plan.terms if t.axis == "row" and t.text and t.text in said}
    return rows if rows and not all(x.row in rows for x in plan.targets) else None


def _money_only(unmapped: list[str]) -> bool:
    """Whether every word no cell understood asks money ('费用', '多少元')."""
    from assistant.ask.cells import OTHER_MEASURE

    return all(OTHER_MEASURE["money"].fullmatch(w.strip()) for w in unmapped)


def _rows_named_as_among(question: str, plan: CellPlan) -> set[str]:
    """The rows a Chinese question names as where the things it adds are ('收到的信息公开申请里'): the whole they are
    among, no thing to add."""
    # (in the question as the terms were found: '办完的…申请里' names 办结)
    folded = fold_spoken(question) if TUNING.among_said_in_fold else question
    among = {x.key for x in plan.terms if x.axis == "row" and x.text
             and any(AMONG_AFTER.match(folded, m.end()) for m in re.finditer(re.escape(x.text), folded))}
    if among and TUNING.among_joined_rows:
        # ('行政复议和行政诉讼中，结果被纠正的…': rows joined to the one before 中 by 和 are where the things are too — read
        # as the whole of one of them, the other's had been dropped from a sum: 64 given for 69)
        rows = [x for x in plan.terms if x.axis == "row" and x.text]
        for a in rows:
            if any(b.key in among and b.key != a.key and re.search(
                    re.escape(a.text) + r"\s*(?:和|与|及|以及|、|跟)\s*" + re.escape(b.text), folded) for b in rows):
                among.add(a.key)
    return among


def _asked_after_among(question: str, plan: CellPlan) -> bool:
    """Whether words of the question's own stand after the last place it names the whole its thing is among ('…申请里，
    申请人要的信息被完整公开的有多少件'), beyond the asking words."""
    from assistant.ask.operations import ASKED_HOW_MANY

    folded = fold_spoken(question) if TUNING.among_said_in_fold else question
    ends = [a.end() for x in plan.terms if x.axis == "row" and x.text
            for m in re.finditer(re.escape(x.text), folded) if (a := AMONG_AFTER.match(folded, m.end()))]
    if not ends:
        return False
    rest = ASKED_HOW_MANY.split(folded[max(ends):])[0]
    if any(x.text and x.text in rest for x in plan.terms):
        return False  # (a column or row named there: '…申请中，自然人提出的有多少件')
    return len(re.findall(r"[\u4e00-\u9fff]", re.sub(r"[（(][^）)]*[）)]", "", rest))) >= 3


# 'how many of the <whole> …': an English partitive, naming the whole a part asked is of.
EN_PARTITIVE = re.compile(r"(?i)\bhow many of (?:the|its|their|these|those|all)\b")


def _one_phrase_two_cells(plan: CellPlan) -> bool:
    """Whether one phrase of the question was read as two of the planned cells' rows or columns ('made available' as
    本年新公开 and 对外公开总数)."""
    asked = {("row", x.row) for x in plan.targets} | {("column", x.column) for x in plan.targets}
    spans: dict[tuple, set[str]] = {}
    for t in plan.terms:
        if (t.axis, t.key) in asked:
            spans.setdefault((t.axis, t.start, t.end), set()).add(t.key)
    return any(len(keys) > 1 for keys in spans.values())


def _under(total: str, row: str) -> bool:
    """Whether ``row`` is under the total row ``total`` ('apply.result.partial' under 'apply.result.total')."""
    return total.endswith(".total") and row != total and row.startswith(total[: -len("total")])


def _whole_and_its_part(plan: CellPlan) -> bool:
    """Whether a plan's cells, of one column, hold a row's total and a row under it (办理结果总计 and 部分公开)."""
    by_column: dict[str, set[str]] = {}
    for x in plan.targets:
        by_column.setdefault(x.column, set()).add(x.row)
    for rows in by_column.values():
        if any(_under(whole, row) for whole in rows for row in rows):
            return True
    return False


# What a Chinese sum asks to add, before its word of adding ('A、B或者C…加起来'), is listed with these; '这三种' counts it.
SUM_WORD = re.compile(r"加起来|加在一起|加一块|一共|合计|总共|总计|共计|之和|相加")
LISTED_WITH = re.compile(r"、|或者|或是|要么|以及|还有|加上|和|与|跟")
COUNT_SAID = re.compile(r"([两二三四五六七八九]|\d)[种类项样个]")
ADDING = re.compile(r"加|之和")
EXAMPLES_OF_ONE = re.compile(r"之类|这一?类|此类|这些|等(?!\d)")


def _listed_beyond_cells(question: str, plan: CellPlan) -> bool:
    """Whether a Chinese sum lists (or counts, '这三种') more things to add than the plan has cells."""
    from assistant.zh.numerals import cn_to_int

    m = SUM_WORD.search(question)
    if not m:
        return False
    before = re.split(r"[。？?！!；;]", question[:m.start()])[-1]
    # (cells added: the things listed are the things added, examples or not — '因为手里没有、要另外制作、补正后还是不明确
    # 等原因…一共几件' had added the two cells matched, 111 + 4, for three reasons)
    adding_cells = TUNING.listed_reasons_all_added and len(plan.targets) > 1
    if EXAMPLES_OF_ONE.search(before) and not adding_cells:
        return False  # ('人事、后勤、内部流程之类的事…一共有几件': examples of one thing)
    said = COUNT_SAID.findall(before)
    counted = max((int(n) if n.isdigit() else cn_to_int(n) or 0 for n in said), default=0)
    listed = [s for s in LISTED_WITH.split(before) if len(re.findall(r"[\u4e00-\u9fff]", s)) >= 2]
    if not ADDING.search(m.group(0)) and not counted and not adding_cells:
        return False  # ('一共有几件' of one thing: no adding said)
    if any(x.row_group or x.column_group for x in plan.targets):
        return False  # ('“无法提供”的申请三项加起来': a group's rows, counted as the question counts them)
    return max(len(listed), counted) > len(plan.targets)


def _unmapped_text(parts: list[str], language: str) -> str:
    """The parts of a question left unanswered, said as such (a part is never dropped silently)."""
    if language == "zh":
        quoted = "、".join(f"“{p}”" for p in parts)
        return f"问题中{quoted}在统计表中找不到对应的一项，未作回答。"
    quoted = ", ".join(f"“{p}”" for p in parts)
    return f"The part {quoted} of the question matches no cell of the tables; it is not answered."


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
                language: str, summed: bool = False, named_after_zhan: bool = True,
                among: frozenset[str] = frozenset()) -> tuple[str, Figure | None] | None:
    """'占本年度办理结果总计3050件[2]的44.7%（1362 ÷ 3050）'; with ``summed`` ('予以公开和部分公开
    合计占…'), the parts' sum over their common denominator (named in the question or not)."""
    if summed and len(figs) >= 2:
        found = _summed_share_text(figs, record, rows, citer, language)
        if found is not None:
            return found
    swapped = False
    if len(figs) == 2 and not (_denominator(figs[0].target) is not None
                               and not _same_cell(_denominator(figs[0].target), figs[1].target)
                               and not named_after_zhan):
        part, whole = figs
        if TUNING.share_whole_named_first and (_denominator(figs[1].target) is not None and _same_cell(
                _denominator(figs[1].target), figs[0].target) or figs[0].target.row in among) and not (
                TUNING.swap_never_above_whole and None not in (part.value, whole.value) and whole.value > part.value):
            # ('办结的申请中，以“本机关不掌握”答复的占几成': the whole named first, its part after; 348 ÷ 111 had been
            # stated as 313.5%)
            # (so is a whole the question names its part among, ``among``: '受理的申请里，最后予以公开的占几成' had been
            # 7 ÷ 5 = 140.0%)
            part, whole = figs[1], figs[0]
            swapped = True
    elif len(figs) in (1, 2):
        # One figure's share of its own denominator; with two figures neither of which is the
        # other's whole ('自然人占比是多少？比法人多多少？'), the first's (the second is not what it
        # is a share of).
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
    extra = None if whole in figs else whole
    lead = len(figs) == 2 and extra is not None  # the share is the first figure's, not the one just stated
    if language == "zh":
        whole_text = "" if extra is None else f"{describe(whole, language)}{_amount(whole.value, _unit(whole), language)}{citer.markers(whole)}"
        head = f"{describe(part, language)}占" if lead else "占"
        return (f"{head}{whole_text}的{percent}（{arithmetic}）" if whole_text else
                f"{'后者占前者' if swapped else '前者占后者'}的{percent}（{arithmetic}）"), extra
    whole_text = "" if extra is None else f"{describe(whole, language)} {_amount(whole.value, _unit(whole), language)} {citer.markers(whole)}"
    head = f"{describe(part, language)}: " if lead else ""
    return (f"{head}a share of {percent} of {whole_text} ({arithmetic})" if whole_text
            else f"the {'second' if swapped else 'first'} is {percent} of the {'first' if swapped else 'second'} "
                 f"({arithmetic})"), extra


def _second_is_the_whole(question: str, plan: CellPlan, language: str) -> bool:
    """Whether the question names its second cell as the whole of a share: right after 占
    ('予以公开占办理结果总计的比例'), or after 'of' in English ('… as a share of …')."""
    if len(plan.targets) != 2:
        return True
    second = plan.targets[1]
    keys = {second.column if second.column and second.column != "total" else second.row}
    texts = [t.text for t in plan.terms if t.key in keys and t.start < 100_000]
    if language != "zh":
        return True
    folded = question.lower()
    return any(re.search("占[^，,。？?；;]{0,6}" + re.escape(t), folded) for t in texts)


def _same_cell(a: Target, b: Target) -> bool:
    return (a.table, a.row, a.column or "total", a.row_group) == (b.table, b.row, b.column or "total", b.row_group)


def _summed_share_text(figs: list[Figure], record: dict, rows: dict[str, FactRow], citer: _Citer,
                       language: str) -> tuple[str, Figure | None] | None:
    """'予以公开和部分公开合计1816件（1362 + 454），占本年度办理结果总计3050件的59.5%（1816 ÷ 3050）'.
    Every part must have the same denominator; one of the figures may be it (then it is the whole),
    else it is read from the table. None when the parts do not share one."""
    wholes = [f for f in figs if any(_denominator(p.target) is not None and _same_cell(_denominator(p.target), f.target)
                                     for p in figs if p is not f)]
    parts = [f for f in figs if f not in wholes]
    if len(wholes) > 1 or len(parts) < 2:
        return None
    targets = [_denominator(p.target) for p in parts]
    if any(t is None or not _same_cell(t, targets[0]) for t in targets):
        return None
    if wholes:
        whole, extra = wholes[0], None
    else:
        found = figures_of(targets[0], record["source"], rows)
        if len(found) != 1 or found[0].value is None:
            return None
        whole, extra = found[0], found[0]
    total = sum((p.value for p in parts), Decimal(0))
    if not whole.value or total > whole.value:
        return None
    percent = _percent(total, whole.value)
    shown = " + ".join(plain_number(p.value) for p in parts)
    arithmetic = f"{plain_number(total)} ÷ {plain_number(whole.value)}"
    unit = _unit(parts[0])
    whole_text = f"{describe(whole, language)}{_amount(whole.value, _unit(whole), language)}" + (
        citer.markers(whole) if extra is not None else "")
    if language == "zh":
        names = "与".join(describe(p, language) for p in parts) if extra is None else ""
        return f"{names}合计{_amount(total, unit, language)}（{shown}），占{whole_text}的{percent}（{arithmetic}）", extra
    whole_en = f"{describe(whole, language)} {_amount(whole.value, _unit(whole), language)}" + (
        f" {citer.markers(whole)}" if extra is not None else "")
    return f"together {_amount(total, unit, language)} ({shown}), {percent} of {whole_en} ({arithmetic})", extra


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


def _compare_text(used: list[Figure], per_body: list[list[dict]], language: str, times: bool = False) -> str:
    a, b = used[0], used[1]
    body_a, body_b = per_body[0][0].get("body", ""), per_body[1][0].get("body", "")
    if times and b.value:
        # 'A是B的几倍': the first named over the second
        ratio = times_of(a.value, b.value)
        arithmetic = f"{plain_number(a.value)} ÷ {plain_number(b.value)}"
        return (f"{body_a}是{body_b}的{ratio}倍（{arithmetic}）" if language == "zh"
                else f"{body_a} has {ratio} times as many as {body_b} ({arithmetic})")
    if a.value == b.value:
        return "两者相同" if language == "zh" else "they are the same"
    more, less = (a, b) if a.value > b.value else (b, a)
    name_more, name_less = (body_a, body_b) if more is a else (body_b, body_a)
    diff = plain_number(more.value - less.value)
    if language == "zh":
        return f"{name_more}比{name_less}多{diff}{_unit(more)}（{plain_number(more.value)} − {plain_number(less.value)}）"
    return f"{name_more} has {diff} more than {name_less} ({plain_number(more.value)} − {plain_number(less.value)})"


RANK_SHOWN = 10  # reports a ranking lists when the question asks for no number (前5名)


def _target_keys(target: Target) -> list[str]:
    """Every cell of the row (or the group's rows) a target reads: what figures_of may look at."""
    fmt = national_format()
    table = fmt.tables[target.table]
    if target.row_group:
        patterns = table.groups[target.row].rows
        rows = [r for r in table.rows if any(fnmatch.fnmatchcase(r, p) for p in patterns)]
    else:
        rows = [target.row]
    return row_keys_of([c.key for c in fmt.cells()], rows)


def _rank(question, plan, language, per_body, table, op, finish, refuse, with_table, from_text,
          named: bool = False) -> TableResult:
    """Every report of the year(s) asked, ranked: its table's cell, or the figure its text states
    when it prints no table (prose_cells); a report stating neither is left out and the answer
    says how many were ranked. The first RANK_SHOWN (or the number asked for) are stated, each
    from its report's own facts and verified; the others are counted, and the whole ranking is
    in ``series["ranked"]`` (the API's answer). The ranking itself reads only the cells of the
    row asked (``table.key_rows``: the key index for a year's reports)."""
    if len(plan.targets) != 1:
        return TableResult(None)
    target = plan.targets[0]
    cells = table.key_rows(_target_keys(target))
    entries = []
    for reports in per_body:
        record = reports[-1]
        if record["source"] not in with_table:
            figs = from_text(record) or []
        else:
            figs = figures_of(target, record["source"], cells.get(record["source"], {}))
        if len(figs) == 1 and figs[0].value is not None:
            entries.append((figs[0], record))
    if op.nonzero:
        entries = [e for e in entries if e[0].value != 0]  # ('（零件的不算）')
    if len(entries) < 2:
        return TableResult(None)
    entries.sort(key=lambda e: e[0].value, reverse=not op.lowest)
    with_figure = entries  # (every report with the figure, whatever a bound keeps)
    if op.bound:
        # which bodies pass a bound ('超过30件的有哪几家'): all of those, none of the others
        entries = [e for e in entries if passes(e[0].value, op.bound)]
        if not entries:
            return TableResult(None)
    if op.nth > len(entries):
        return TableResult(None)  # ('第三多' of two reports with the figure)
    top = entries if op.bound else entries[: max(op.top or RANK_SHOWN, op.nth)]
    # What is stated comes from each shown report's whole facts; a cell the key index gives
    # otherwise (an index not up to date) states no ranking.
    if hasattr(table, "prefetch"):
        table.prefetch([r["source"] for f, r in top if f.prose is None])
    stated = []
    for f, r in top:
        if f.prose is None:
            own = figures_of(target, r["source"], table.of_source(r["source"]))
            if len(own) != 1 or own[0].value != f.value:
                return TableResult(None)
            f = own[0]
        stated.append((f, r))
    top = stated
    rest = len(entries) - len(top)
    citer = _Citer()
    label = describe(entries[0][0], language)
    lines = [f"{r.get('body')}（{r.get('year')}年）{_amount(f.value, _unit(f), language)}{citer.markers(f)}"
             + ("（据报告正文）" if f.prose is not None else "")
             if language == "zh" else f"{r.get('body')} ({r.get('year')}): {_amount(f.value, _unit(f), language)} {citer.markers(f)}"
             + (" (from its text)" if f.prose is not None else "")
             for f, r in top]
    years = sorted({r.get("year") for _, r in with_figure})
    # the place asked ('第二多'), else the first; a tie is said as one
    place = entries[op.nth - 1][0].value if op.nth else entries[0][0].value
    leaders = [r.get("body") for f, r in entries if f.value == place]
    if language == "zh":
        head = (f"在所问的{len(per_body)}个单位中（{len(with_figure)}个有该项数据），{label}" if named else
                f"在索引中{'、'.join(map(str, years))}年有该项数据的{len(with_figure)}份报告里，{label}")
        best = (f"第{ordinal_zh(op.nth)}" if op.nth else "最") + ("少" if op.lowest else "多")
        who = "、".join(leaders) if len(leaders) == 1 else "并列的" + "、".join(leaders)
        text = (f"{head}{bound_said(op.bound, _unit(entries[0][0]), language)}的有{len(entries)}份：" if op.bound
                else f"{head}{best}的是{who}：") + "；".join(lines) + "。"
        if rest:
            text += f"以上为前{len(top)}名，其余{rest}份未列出（完整排名在答案数据中：API返回的series.ranked）。"
    else:
        best = (f"{ordinal_en(op.nth)}-" if op.nth else "") + ("fewest" if op.lowest else "most")
        who = " and ".join(leaders) + (" (tied)" if len(leaders) > 1 else "")
        head = (f"Among the {len(per_body)} bodies asked about ({len(with_figure)} with this figure), " if named else
                f"Among the {len(with_figure)} reports for {', '.join(map(str, years))} in the index with this figure, ")
        text = head + (f"{len(entries)} have {bound_said(op.bound, '', language)} {label}: " if op.bound else
                       f"{who} {'have' if len(leaders) > 1 else 'has'} the {best} {label}: ") + "; ".join(lines) + "."
        if rest:
            text += (f" These are the first {len(top)}; the other {rest} are not listed (the whole ranking is in "
                     f"the answer's data: series.ranked in the API).")
    result = finish(text, citer, [], [f for f, _ in top],
                    counts=(len(entries), len(per_body), len(top), rest, len(with_figure),
                            *(op.bound[1:] if op.bound else ())))
    if result.answer is not None:
        result.answer.series = {"kind": "bar", "title": label, "unit": _unit(top[0][0]),
                                "points": [{"label": r.get("body"), "value": plain_number(f.value), "source": r["source"]}
                                           for f, r in top]}
        if rest:
            result.answer.series["ranked"] = [{"rank": i + 1, "label": r.get("body"), "year": r.get("year"),
                                               "value": plain_number(f.value), "source": r["source"]}
                                              for i, (f, r) in enumerate(entries)]
    return result


def answer_text_share(question: str, plan: CellPlan, words: list[str], language: str, groups: list[list[dict]],
                      named_years: set[int], table: FactTable, passages_of, started: float) -> TableResult:
    """A share of a breakdown the tables lack in a figure they hold ('新收申请中到受理窗口当面提交的
    占多少'): the part as the report's text states it (prose_cells.prose_part), the whole its table's
    cell, the share computed from both and shown. Asked of several reports (two years, two bodies),
    each report's share on its own, and a report stating either figure not for sure said as not
    stated (never its count in place of its share); None when no report states both (the
    text-based answer then reads the reports)."""
    import time

    records = [r for g in groups for r in g if not named_years or r.get("year") in named_years]
    if not records or passages_of is None:
        return TableResult(None)
    citer = _Citer()
    sentences: list[str] = []
    used: list[Figure] = []
    missing: list[str] = []
    several = len(records) > 1
    for record in records:
        who = (f"{record.get('body')}（{record.get('year')}年）" if language == "zh" else
               f"{record.get('body')} ({record.get('year')})") if several else ""
        share = _text_share_of(record, plan, words, table, passages_of)
        if share is None:
            missing.append(who)
            sentences.append(f"{who}：报告没有说明算出比例所需的数字" if language == "zh" else
                             f"{who}: the report does not state the figures the share needs")
            continue
        whole, found = share
        part = Figure(whole.target, record["source"], found.value, prose=found)
        whole_markers = citer.markers(whole)
        part_markers = citer.cite_prose(found)
        percent = _percent(found.value, whole.value)
        arithmetic = f"{plain_number(found.value)} ÷ {plain_number(whole.value)}"
        if language == "zh":
            lead = f"{who}：" if several else f"根据《{record.get('title', '')}》："
            sentences.append(f"{lead}{describe(whole, language)}共{_amount(whole.value, _unit(whole), language)}"
                             f"{whole_markers}；报告正文写明“{found.clause}”{part_markers}；后者占前者的{percent}"
                             f"（{arithmetic}）")
        else:
            lead = f"{who}: " if several else f"According to “{record.get('title', '')}”: "
            sentences.append(f"{lead}{describe(whole, language)}: {_amount(whole.value, _unit(whole), language)} "
                             f"{whole_markers}; the report's text says “{found.clause}” {part_markers}; that is "
                             f"{percent} of the total ({arithmetic})")
        used += [whole, part]
    if not used:
        return TableResult(None)
    text = ("。".join(sentences) + "。") if language == "zh" else (". ".join(sentences) + ".")
    if not verify_figures(text, used, citer, table):
        return TableResult(None)
    answer = Answer(question=question, answer=text, answered=True, citations=citer.citations, verified=True,
                    mode="facts", latency_ms=(time.perf_counter() - started) * 1000)
    if missing:
        answer.note = ("未说明：" + "、".join(missing)) if language == "zh" else "Not stated: " + ", ".join(missing)
    return TableResult(answer, used)


def _text_share_of(record: dict, plan: CellPlan, words: list[str], table: FactTable, passages_of):
    """(the whole's cell, the part as the text states it) of one report, or None when either is
    not stated for sure or the part exceeds the whole."""
    wholes = figures_of(plan.targets[0], record["source"], table.of_source(record["source"]))
    if len(wholes) != 1 or wholes[0].value is None or not wholes[0].value:
        return None
    found = prose_part(words, passages_of(record["source"]))
    if found is None or found.value > wholes[0].value:
        return None
    return wholes[0], found


# 'which kind of applicant' / '哪类申请人': the columns of the requests table (申请人情况, the
# heading printed over them); 'which reason' / '哪一种': the rows of the group asked.
WHICH_KIND = re.compile(r"哪[类种个一][^，。？?]{0,6}|什么[类种]|(?i:\bwhich (?:kind|type|sort|reason|category|group)\b|"
                        r"\bwhat (?:kind|type|sort)\b|\bwho\b)")
APPLICANTS = re.compile(r"申请人|(?i:\bapplicants?\b|\brequesters?\b|\bwho\b)")


def _rank_within(question: str, target: Target, record: dict, table: FactTable, op: Operation, language: str,
                 finish) -> TableResult | None:
    """'淮安2024年哪类申请人提交的申请最多？' — the parts of one figure of one report ranked: the
    applicant columns of a requests row, or the rows of a group ('不予公开的理由中哪一种最多'). None
    when the question does not ask which part."""
    if not WHICH_KIND.search(question):
        return None
    fmt = national_format()
    spec = fmt.tables[target.table]
    rows = table.of_source(record["source"])
    if target.row_group and spec.groups[target.row].rows:
        members = [Target(target.table, k, target.column) for k in _row_keys(target, rows)]
    elif target.table == "apply" and not target.row_group and (not target.column or target.column == "total") \
            and APPLICANTS.search(question):
        members = [Target("apply", target.row, c) for c in spec.columns_of(target.row) if c != "total"]
    else:
        return None
    figs = [f for m in members for f in figures_of(m, record["source"], rows)]
    if len(figs) < 2 or any(f.value is None for f in figs):
        return None
    figs.sort(key=lambda f: f.value, reverse=not op.lowest)
    leaders = [f for f in figs if f.value == figs[0].value]
    by_column = not target.row_group  # the parts are columns of one row: named by the column alone

    def name(f: Figure) -> str:
        return _say(f.target, language)[1] if by_column else describe(f, language)

    citer = _Citer()
    title = record.get("title", "")
    row_say = _say(target, language)[0]
    if language == "zh":
        best = "最少" if op.lowest else "最多"
        names = "、".join(name(f) for f in leaders)
        items = "；".join(f"{name(f)}{_amount(f.value, _unit(f), language)}{citer.markers(f)}" for f in figs)
        head = f"{row_say}中，" if by_column else ""
        text = f"根据《{title}》：{head}{'并列' if len(leaders) > 1 else ''}{best}的是{names}。各项：{items}。"
    else:
        best = "fewest" if op.lowest else "most"
        names = " and ".join(name(f) for f in leaders)
        items = "; ".join(f"{name(f)}: {_amount(f.value, _unit(f), language)} {citer.markers(f)}" for f in figs)
        head = f"{row_say}: " if by_column else ""
        text = f"According to “{title}”: {head}the {best} is {names}{' (tied)' if len(leaders) > 1 else ''}. All: {items}."
    return finish(text, citer, [], figs)
