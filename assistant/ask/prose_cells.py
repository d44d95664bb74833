"""A table cell's figure as a report's prose states it, for the reports that print no table.

Many short reports state their requests in a sentence ('我局2021年全年共受理依申请公开0件')
instead of the national table. When a question about several reports (two bodies, two years, a
ranking of a year) maps onto a cell, such a report's figure is read from its prose with the
schema's own words for that cell (its labels and `ask` words in format.yaml), so that it is
answered on the same terms as the reports with the table, or said not stated.

A clause (the text between ，；。、 and brackets) states the cell when it names the cell's row
(and its column, when one is asked), names no other row of that table, holds exactly one figure
in the cell's measure word (件), and, for the requests table, speaks of requests (申请) — itself, or
the sentence before it ('共受理…申请21件,结转上年度2件'), or for a result of the requests the paragraph
before it. A clause opening with 其中 is a part of the figure before it, never the figure — except a
result of the requests, which reports state as the parts of those answered ('已答复59件…其中“予以公开”3件'). When the report's clauses
give different values, the figure is not stated for sure and none is taken. Only counts (件) are
read this way: amounts in 万元 are scaled in prose and stay with the tables. A clause saying in
words that there were none ('未收到政府信息公开申请', '未发生行政复议、行政诉讼') states 0 for the
requests received and for the reconsiderations and lawsuits (their totals), never for a result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from assistant.ask.cells import REQUEST_WORDS, Target, channel_parts_only, find_terms
from assistant.ask.tuning import TUNING
from assistant.model import Passage
from assistant.national.schema import name_of, national_format

__all__ = ["ProseFigure", "prose_figure", "prose_part"]

CLAUSE = re.compile(r"[^，,；;。！!？?、（）()\n]+")
WIDE_CLAUSE = re.compile(r"[^，,；;。！!？?\n]+")
PART_OF = re.compile(r"^\s*(?:其中|含|包括)")
PART_IN = re.compile(r"其中|包括")
# 上年结转 in the reports' other order, right before its count or the requests ('结转上年9件', '结转上年度申请2件').
CARRIED_REVERSED = re.compile(r"结转上年(度)?(?=\s*(?:\d|申请|政府信息公开申请|办理\d))")


def carried_in_format_order(clause: str) -> str:
    """A clause with 结转上年 said in the reports' other order right before its count ('结转上年9件') in the format's
    (上年结转), the same length; not '结转上年后新收到…47件'."""
    return CARRIED_REVERSED.sub(lambda m: "上年度结转" if m.group(1) else "上年结转", clause)


@dataclass(frozen=True)
class ProseFigure:
    value: Decimal
    unit: str
    passage: Passage
    clause: str
    none: bool = False  # the clause says in words that there were none ('未收到政府信息公开申请'): 0


# 'None received / none occurred', said in words: a negation right before a verb of receiving or of
# happening ('未收到', '没有受理', '未发生', '无'). Ordinary Chinese, not report wording.
NONE_STATED = re.compile(r"(?:未|没有|无|均未|从未|尚未)(?:收到|受理|接到|接收|发生|产生|出现|有)|^\s*无")
# The cells such a clause can state as none: the requests received, and the reconsiderations and
# lawsuits (their totals). A result row is never 'none' by these words ('未收到' says nothing of them).
NONE_CELLS = {("apply", "apply.new"), ("review", "review"), ("review", "lawsuit")}


def counts_in(clause: str) -> list:
    """The figures of a clause other than years."""
    from assistant.zh.figures import extract_figures

    return [f for f in extract_figures(clause) if f.unit != "年"]


def states_none(clause: str) -> bool:
    """A clause saying in words that there were none, with no figure."""
    return bool(NONE_STATED.search(clause)) and not counts_in(clause)


def _none_of(target: Target, clause: str) -> bool:
    """Whether ``clause`` says in words that the target's row had none: a negation of receiving or
    happening before the row's own words, no figure at all, and the row among those it names."""
    from assistant.zh.figures import extract_figures

    if (target.table, target.row) not in NONE_CELLS or (target.column and target.column != "total"):
        return False
    if target.column_group or PART_OF.match(clause) or counts_in(clause):
        return False
    m = NONE_STATED.search(clause)
    if m is None:
        return False
    rest = clause[m.end():]
    # the row's phrases after the negation ('未收到' + '政府信息公开申请'; '未发生' + '行政复议、行政诉讼')
    terms = find_terms(rest, "zh")
    if target.table == "apply":
        # requests none received: a verb of receiving, requests named, no other row of either table
        return bool(re.search(r"收到|受理|接到|接收", m.group(0))) and bool(REQUEST_WORDS.search(rest)) and not any(
            t.axis == "row" and (t.table == "review" or t.key != "apply.new") for t in terms)
    keys = {t.key for t in terms if t.table == "review" and t.axis == "row"}
    # ('无行政复议、行政诉讼纠错案件', '未发生被行政复议纠错或败诉情况': none corrected or lost, which says
    # nothing of how many cases there were; the outcomes of the review table's columns and of a suit)
    return target.row in keys and not REVIEW_OUTCOME.search(rest)


REVIEW_OUTCOME = re.compile(r"纠错|纠正|败诉|胜诉|撤销|确认违法|维持|驳回")


@lru_cache(maxsize=1)
def _column_labels() -> dict[str, frozenset[str]]:
    """Per table, the printed labels of its columns other than the total (自然人, 商业企业, 维持):
    a clause naming one states a part of a row, not the row."""
    fmt = national_format()
    out = {}
    for kind, table in fmt.tables.items():
        labels = {name_of(z) for key, c in table.columns.items() if key != "total" for z in c.zh}
        labels |= {name_of(z) for g in table.groups.values() if g.columns for z in g.zh}
        out[kind] = frozenset(x for x in labels if len(x) >= 2)
    return out


def _decisions_only(target: Target) -> bool:
    """Whether a target is the decisions of a row of 第二十条 that counts nothing else in the 2021 format (行政许可,
    行政处罚, 行政强制: 本年处理决定数量)."""
    if target.table != "art20" or target.row_group or target.column_group or target.column not in ("", "decisions"):
        return False
    return national_format().tables["art20"].columns_of(target.row, "2021") == ("decisions",)


def _a_result(target: Target) -> bool:
    """Whether a target is a result of the requests handled (a row of 本年度办理结果, or a group of them)."""
    if target.table != "apply":
        return False
    if target.row_group:
        groups = national_format().tables["apply"].groups
        return target.row in groups and any(p.startswith("apply.result.") for p in groups[target.row].rows)
    return target.row.startswith("apply.result.") and target.row != "apply.result.total"


def _states(target: Target, clause: str, text: str = "", at: int = 0) -> Decimal | None:
    """The figure ``clause`` states of ``target``, or None; ``text`` is the passage the clause stands in at ``at`` (what
    was said before it)."""
    from assistant.zh.figures import extract_figures

    if target.table == "art20":
        # (the decisions of a row counting only them: the row named with one count in 件 is its figure)
        target = Target(target.table, target.row, "")

    if TUNING.carried_said_reversed:
        clause = carried_in_format_order(clause)
    result = TUNING.results_under_breakdown and _a_result(target)
    if PART_OF.match(clause) and not result:
        # (a part of the figure before it — but the results of the requests are stated as the parts of those handled:
        # '已答复59件…其中“予以公开”3件', '共受理60件,全部按时办结,其中予以公开5件')
        return None
    terms = [t for t in find_terms(clause, "zh") if t.table == target.table]
    rows = {(t.key, t.group) for t in terms if t.axis == "row"}
    if rows != {(target.row, target.row_group)}:
        return None
    columns = {(t.key, t.group) for t in terms if t.axis == "column"}
    if target.column and target.column != "total":
        if (target.column, target.column_group) not in columns:
            return None
        if TUNING.applicants_apart and len({key for key, _ in columns if key != "total"}) > 1:
            return None  # ('收到公民和法人或其他组织…申请共32件': the figure of several columns together)
    elif any(label in clause for label in _column_labels()[target.table]):
        return None
    if target.table == "apply" and not REQUEST_WORDS.search(clause) and not (
            TUNING.requests_said_before and _requests_said_before(text, at, result)):
        # (… unless the sentence has named them before it: '共受理政府信息公开申请21件,结转上年度2件'; not a clause of
        # a breakdown opened before it, '其中予以公开5件,部分公开6件', a part as the clause opened by 其中 is)
        return None
    counts = [f for f in extract_figures(clause) if f.unit == "件"]
    return counts[0].value if len(counts) == 1 else None


def _requests_said_before(text: str, at: int, result: bool) -> bool:
    """Whether the requests are named before position ``at`` of a passage: in its sentence (from the last full stop,
    semicolon or line break), no breakdown opened there; for a result of the requests, anywhere in the paragraph before
    it ('在收到的依申请公开事项中,已答复59件…。其中“予以公开”3件,…;“不予公开”2件')."""
    if result:
        return bool(REQUEST_WORDS.search(text, 0, at))
    start = max(text.rfind(mark, 0, at) for mark in "。；;！!？?\n") + 1
    before = text[start:at]
    return bool(REQUEST_WORDS.search(before)) and not PART_IN.search(before)


def prose_figure(target: Target, passages: list[Passage]) -> ProseFigure | None:
    """The figure of ``target`` as the prose of one report states it, or None (not stated, or
    stated with different values)."""
    spec = national_format().cell(f"{target.row}.{target.column or 'total'}")
    decisions = TUNING.decisions_in_prose and _decisions_only(target)
    if (target.table == "art20" and not decisions) or (spec is not None and spec.unit != "件"):
        # art20 cells have no single column to name in prose, but the decisions of a row that counts only them
        # ('主动公开办理行政许可222793件'); amounts stay with the tables
        return None
    found: list[ProseFigure] = []
    for passage in passages:
        if passage.kind != "prose":
            continue
        for m in CLAUSE.finditer(passage.text):
            if channel_parts_only(m.group(0)):
                continue  # one way's requests ('新收申请中通过网上申请平台提交704件'): no cell's figure
            value = _states(target, m.group(0), passage.text, m.start())
            if value is not None:
                found.append(ProseFigure(value, "件", passage, m.group(0).strip()))
        # none said in words: read over the whole clause between commas ('未收到公民、法人或其他组织…的申请')
        for m in WIDE_CLAUSE.finditer(passage.text):
            if _none_of(target, m.group(0)):
                found.append(ProseFigure(Decimal(0), "件", passage, m.group(0).strip(), none=True))
    if len({f.value for f in found}) != 1:
        return None
    return found[0]


def prose_part(words: list[str], passages: list[Passage]) -> ProseFigure | None:
    """The count a report's text states for a breakdown the tables lack ('到受理窗口当面提交58件'
    for 窗口/当面): one clause holding one of ``words`` and one figure in 件; None when no clause,
    or clauses with different values, state it."""
    from assistant.zh.figures import extract_figures

    found: list[ProseFigure] = []
    for passage in passages:
        if passage.kind != "prose":
            continue
        for m in CLAUSE.finditer(passage.text):
            clause = m.group(0)
            if not any(w.lower() in clause.lower() for w in words):
                continue
            counts = [f for f in extract_figures(clause) if f.unit == "件"]
            if len(counts) == 1:
                found.append(ProseFigure(counts[0].value, "件", passage, clause.strip()))
    if len({f.value for f in found}) != 1:
        return None
    return found[0]
