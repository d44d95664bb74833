"""Question → cells of the national tables: which rows (or groups of rows), which columns.

The words come from the schema (assistant/national/format.yaml): each row, column and group's
printed labels, the words people use for the same thing (`ask`), and their English (`en`,
`ask_en`). A question's phrases are found longest first and never overlap, so '复议后起诉'
is that row and not 复议 plus 起诉; a group named together with one of its rows ('无法提供' and
'本机关不掌握相关政府信息') means the row.

    plan = plan_cells("2024年淮安市新收的申请中自然人提出了多少件？", "zh")
    plan.targets  # [Target(row=apply.new, column=natural_person)]
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.national.schema import GroupSpec, NationalFormat, national_format, name_of

__all__ = ["Term", "Target", "CellPlan", "plan_cells", "find_terms"]

# A question about the requests table that names only who asked ('法人提交了多少申请') asks
# about the requests received.
REQUEST_WORDS = re.compile(r"申请|(?i:\brequests?\b|\bapplications?\b)")


@dataclass(frozen=True)
class Term:
    axis: str  # "row" or "column"
    table: str  # art20 | apply | review
    key: str  # row key, column key, or group key
    group: bool
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Target:
    """One figure asked for: a row (or a group of rows) × a column (or a group of columns)."""

    table: str
    row: str
    column: str
    row_group: bool = False
    column_group: bool = False


@dataclass
class CellPlan:
    table: str
    targets: list[Target]
    terms: list[Term] = field(default_factory=list)
    named_columns: bool = False  # the question named the columns (else the default: the total)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _stem(word: str) -> str:
    """A crude English stem, so 'refuse', 'refused' and 'refuses' meet: -ing/-ed/-es/-e/-s off
    (never cut shorter: 'public' must not meet 'public-interest')."""
    return re.sub(r"(?:ing|ed|es|e|s)$", "", word) if len(word) > 4 else word


def _stems(text: str) -> str:
    return " ".join(_stem(w) for w in re.findall(r"[a-z0-9\-]+", text))


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, list[tuple[str, str, str, bool]]], re.Pattern, dict, re.Pattern]:
    """phrase → [(axis, table, key, group)] for Chinese and for English, with their patterns."""
    fmt = national_format()
    zh: dict[str, list] = {}
    en: dict[str, list] = {}

    def add(index, phrase: str, entry) -> None:
        phrase = _norm(phrase).strip()
        if len(phrase) >= 2 and entry not in index.setdefault(phrase, []):
            index[phrase].append(entry)

    for kind, table in fmt.tables.items():
        for key, row in table.rows.items():
            entry = ("row", kind, key, False)
            for label in row.zh:
                add(zh, name_of(label), entry)
            for word in row.ask:
                add(zh, word, entry)
            for word in (row.en, *row.ask_en):
                add(en, _stems(_norm(word)), entry)
        for key, column in table.columns.items():
            entry = ("column", kind, key, False)
            for label in column.zh:
                add(zh, name_of(label), entry)
            for word in column.ask:
                add(zh, word, entry)
            for word in column.ask_en:
                add(en, _stems(_norm(word)), entry)
        for key, group in table.groups.items():
            axis = "column" if group.columns else "row"
            entry = (axis, kind, key, True)
            for label in group.zh:
                add(zh, name_of(label), entry)
            for word in (*group.ask,):
                add(zh, word, entry)
            for word in (group.en, *group.ask_en):
                add(en, _stems(_norm(word)), entry)
    zh_pattern = re.compile("|".join(re.escape(p) for p in sorted(zh, key=len, reverse=True)))
    en_pattern = re.compile("|".join(r"\b" + re.escape(p) + r"\b" for p in sorted(en, key=len, reverse=True)))
    return zh, zh_pattern, en, en_pattern


def find_terms(text: str, language: str) -> list[Term]:
    """The schema's phrases in a question: Chinese longest first and never overlapping; English on
    stemmed words (positions of English terms are offset past the Chinese ones: they come from
    the stemmed text, not the question)."""
    zh, zh_pattern, en, en_pattern = _phrases()
    folded = _norm(text)
    found: list[Term] = []
    for m in zh_pattern.finditer(folded):
        found += [Term(a, t, k, g, m.group(0), m.start(), m.end()) for a, t, k, g in zh[m.group(0)]]
    if re.search(r"[a-z]{3}", folded):
        for m in en_pattern.finditer(_stems(folded)):
            found += [Term(a, t, k, g, m.group(0), 100_000 + m.start(), 100_000 + m.end())
                      for a, t, k, g in en[m.group(0)]]
    return sorted(found, key=lambda t: t.start)


def _members(fmt: NationalFormat, table: str, group: GroupSpec) -> set[str]:
    rows = fmt.tables[table].rows
    return {r for r in rows if any(fnmatch.fnmatchcase(r, p) for p in group.rows)} | set(group.columns)


# What the national tables do not break down: how a request came in (online, by letter, in
# person), and other kinds of business reports also count (NPC deputies' suggestions, CPPCC
# proposals, hotline calls). A question about these asks something the table has no cell for.
NOT_IN_THE_TABLES = re.compile(
    r"网上|网络申请|在线|信函|来信|写信|当面|窗口|传真|电子邮件|邮件|电话申请|人大代表建议|人大建议|政协提案|提案|热线|"
    r"(?i:\bonline\b|\bby (?:letter|mail|post|fax|e-?mail|phone)\b|\bin person\b|\bwalk-?in\b|"
    r"\bsuggestions?\b|\bproposals?\b|\bhotline\b|\bnpc\b|\bcppcc\b)")


def plan_cells(text: str, language: str) -> CellPlan | None:
    """The cells a question asks about, or None when it names no row of a national table (or
    asks for a breakdown the tables do not have)."""
    if NOT_IN_THE_TABLES.search(text):
        return None
    fmt = national_format()
    terms = find_terms(text, language)
    rows = [t for t in terms if t.axis == "row"]
    columns = [t for t in terms if t.axis == "column"]
    # A phrase that fits several tables counts for the table the question's other words name.
    tables = [t.table for t in rows if len({x.table for x in rows if x.start == t.start}) == 1]
    if not tables and columns and REQUEST_WORDS.search(text) and any(t.table == "apply" for t in columns):
        tables = ["apply"]
        rows = [Term("row", "apply", "apply.new", False, "", -1, -1)]
    if not tables:
        tables = [t.table for t in rows]
    if not tables:
        return None
    table = max(set(tables), key=lambda k: (tables.count(k), -tables.index(k)))
    rows = [t for t in rows if t.table == table]
    columns = [t for t in columns if t.table == table]
    # One phrase that is both a row of one format and a group of rows ('其他处理': one row in the
    # 2019 format, three in 2021) is the group, which covers both.
    group_spans = {(t.start, t.end) for t in rows if t.group}
    rows = [t for t in rows if t.group or (t.start, t.end) not in group_spans]
    # A group named with one of its members means the member.
    for term in [t for t in rows + columns if t.group]:
        members = _members(fmt, table, fmt.tables[table].groups[term.key])
        if any(not o.group and o.key in members for o in rows + columns):
            rows = [t for t in rows if t is not term]
            columns = [t for t in columns if t is not term]
    # One phrase that is both a row and a column of this table ('总计'): with a row named, it is
    # the column; alone, the row.
    row_keys = list(dict.fromkeys((t.key, t.group) for t in rows if not any(
        c.start == t.start for c in columns) or len(rows) == 1))
    if not row_keys:
        return None
    column_keys = list(dict.fromkeys((t.key, t.group) for t in columns
                                     if not any(r.start == t.start and (r.key, r.group) in row_keys for r in rows)))
    spec = fmt.tables[table]
    targets: list[Target] = []
    for row, row_group in row_keys:
        allowed = set(spec.columns) if row_group else set(spec.columns_of(row))
        wanted = [(c, g) for c, g in column_keys if g or c in allowed]
        if not wanted:
            wanted = [(None, False)]
        for column, column_group in wanted:
            targets.append(Target(table, row, column or "", row_group, column_group))
    return CellPlan(table, targets, [t for t in terms if t.table == table], named_columns=bool(column_keys))
