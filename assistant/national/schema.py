"""The national format's statistics tables, read from ``format.yaml`` (the one place that holds them).

    fmt = national_format()
    fmt.tables["apply"].rows["apply.new"].zh        # ('一、本年新收政府信息公开申请数量', …)
    fmt.cell("apply.new.natural_person")             # CellSpec: table, row, column, labels, unit
    fmt.identities                                   # the arithmetic every report's tables satisfy

Labels are matched after ``norm_label``: heading markers (一、 （一） 1. 1、), spaces, quotes and
punctuation removed, full-width folded — the forms real reports print vary in exactly those.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from assistant.yaml_data import load_data


__all__ = ["ColumnSpec", "RowSpec", "TableSpec", "GroupSpec", "Identity", "CellSpec", "NationalFormat",
           "national_format", "norm_label", "split_markers", "is_table_row"]

_MARKER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、](?!\d))")
_DROP = re.compile(r"[\s\u3000“”\"'‘’「」『』《》·•:：,，、;；.。/／\\\-—–]")


_INNER_MARKER = re.compile(r"(?<=.)(?=[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))")


def split_markers(label: str) -> list[str]:
    """A flattened row label at its list markers: '三、本年度办理结果（一）予以公开' →
    ['三、本年度办理结果', '（一）予以公开'] (a crawler ran the label cells of one row together)."""
    return [p for p in _INNER_MARKER.split(label) if p.strip()]


def norm_label(text: str) -> str:
    """'（二）部分公开（区分处理的…）' → '部分公开(区分处理的…)'; '结 果\\n维持' → '结果维持'."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"\s+", "", text)
    while True:
        stripped = _MARKER.sub("", text)
        if stripped == text:
            break
        text = stripped
    return _DROP.sub("", text)


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    zh: tuple[str, ...]
    en: str
    ask: tuple[str, ...] = ()
    ask_en: tuple[str, ...] = ()
    unit: str = ""
    parent: str = ""
    format: str = ""
    signed: bool = False
    say: str = ""  # how an answer names it ('自然人提出的'); '' for the total
    say_en: str = ""


@dataclass(frozen=True)
class RowSpec:
    key: str
    zh: tuple[str, ...]
    en: str
    ask: tuple[str, ...] = ()
    ask_en: tuple[str, ...] = ()
    parent: tuple[str, ...] = ()
    item: str = ""
    columns: tuple[str, ...] = ()  # the columns this row has in the 2021 format (art20); empty: every column
    columns_2019: tuple[str, ...] = ()  # … in the 2019 format, where it differs
    format: str = ""
    say: str = ""  # how an answer names it ('部分公开的申请')
    say_en: str = ""


@dataclass(frozen=True)
class GroupSpec:
    """A printed heading that spans several columns or rows (法人或其他组织, 行政诉讼): a derived figure."""

    key: str
    zh: tuple[str, ...]
    en: str
    ask: tuple[str, ...] = ()
    ask_en: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()  # the columns it sums (apply.legal_person)
    rows: tuple[str, ...] = ()  # the rows it sums (patterns: apply.result.denied.*)
    say: str = ""
    say_en: str = ""


@dataclass(frozen=True)
class TableSpec:
    kind: str
    zh: str
    en: str
    section: str
    unit: str
    rows: dict[str, RowSpec]
    columns: dict[str, ColumnSpec]
    groups: dict[str, GroupSpec] = field(default_factory=dict)
    heading: str = ""  # a heading printed over every value column (申请人情况)

    def column_headings(self) -> list[str]:
        """The printed heading path of each value column, in print order, for the tables whose
        value columns are fixed (apply: 7, review: 15): '申请人情况 > 法人或其他组织 > 商业企业'."""
        def path(*parts: str) -> str:
            return " > ".join(p for p in parts if p)

        if self.kind == "review":
            return [path(*self.rows[g].parent, self.rows[g].zh[0], self.columns[c].zh[0])
                    for g in self.rows for c in self.columns]
        return [path(self.heading, self.columns[c].parent, self.columns[c].zh[0]) for c in self.columns]

    def columns_of(self, row: str, variant: str | None = None) -> tuple[str, ...]:
        """A row's columns in print order: of the 2021 format, of the 2019 format (``variant``
        "2019"), or of either (None)."""
        spec = self.rows[row]
        if not spec.columns and not spec.columns_2019:
            return tuple(self.columns)
        if variant == "2019":
            return spec.columns_2019
        if variant == "2021":
            return spec.columns
        return tuple(dict.fromkeys(spec.columns + spec.columns_2019))


@dataclass(frozen=True)
class CellSpec:
    key: str
    table: TableSpec
    row: RowSpec
    column: ColumnSpec

    @property
    def unit(self) -> str:
        return self.column.unit or self.table.unit

    @property
    def label_zh(self) -> str:
        """The cell as a person names it: '行政处罚（本年处理决定数量）', '部分公开（总计）'."""
        return f"{name_of(self.row.zh[0])}（{name_of(self.column.zh[0])}）"

    @property
    def label_en(self) -> str:
        return f"{self.row.en} ({self.column.en})"


@dataclass(frozen=True)
class Identity:
    id: str
    zh: str
    en: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    for_columns: str = ""  # table kind whose columns {c} runs over
    for_rows: str = ""  # table kind whose rows {r} runs over


def _plain(label: str) -> str:
    """A printed label without its list marker: '（一）予以公开' → '予以公开'."""
    text = label
    while True:
        stripped = _MARKER.sub("", text)
        if stripped == text:
            return text
        text = stripped


def name_of(label: str) -> str:
    """A printed label as a name: no list marker, no trailing remark in brackets:
    '（二）部分公开（区分处理的，只计这一情形…）' → '部分公开'; '本年收费金额（单位：万元）' → '本年收费金额'."""
    text = _plain(label)
    stripped = re.sub(r"[（(][^（()）]*[)）]$", "", text)
    return stripped or text


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class NationalFormat:
    source: str
    tables: dict[str, TableSpec]
    identities: tuple[Identity, ...]

    def cell(self, key: str) -> CellSpec | None:
        """The spec of a fact key '<row>.<column>' (rows may hold dots: apply.result.granted.total)."""
        for table in self.tables.values():
            for row_key in sorted(table.rows, key=len, reverse=True):
                if key.startswith(row_key + "."):
                    column = key[len(row_key) + 1:]
                    if column in table.columns:
                        return CellSpec(key, table, table.rows[row_key], table.columns[column])
        return None

    def cells(self, kind: str | None = None) -> list[CellSpec]:
        """Every cell the format defines (for one table kind, or all), in printed order."""
        out = []
        for table in self.tables.values():
            if kind and table.kind != kind:
                continue
            for row in table.rows.values():
                for column in table.columns_of(row.key):
                    out.append(CellSpec(f"{row.key}.{column}", table, row, table.columns[column]))
        return out

    def table_of(self, key: str) -> TableSpec | None:
        spec = self.cell(key)
        return spec.table if spec else None


@lru_cache(maxsize=1)
def national_format() -> NationalFormat:
    data = load_data(files("assistant.national").joinpath("format.yaml").read_text(encoding="utf-8"))
    tables: dict[str, TableSpec] = {}
    for kind, t in data["tables"].items():
        columns = {k: ColumnSpec(key=k, zh=_tuple(c["zh"]), en=c["en"], ask=_tuple(c.get("ask")),
                                 ask_en=_tuple(c.get("ask_en")), unit=c.get("unit", ""),
                                 parent=c.get("parent", ""), format=str(c.get("format", "")),
                                 signed=bool(c.get("signed", False)), say=c.get("say", ""), say_en=c.get("say_en", ""))
                   for k, c in t["columns"].items()}
        rows = {k: RowSpec(key=k, zh=_tuple(r["zh"]), en=r["en"], ask=_tuple(r.get("ask")),
                           ask_en=_tuple(r.get("ask_en")), parent=_tuple(r.get("parent")),
                           item=r.get("item", ""), columns=_tuple(r.get("columns")),
                           columns_2019=_tuple(r.get("columns_2019")), say=r.get("say", "") or name_of(_tuple(r["zh"])[0]),
                           say_en=r.get("say_en", "") or r["en"],
                           format=str(r.get("format", "")))
                for k, r in t["rows"].items()}
        for row in rows.values():
            unknown = set(row.columns + row.columns_2019) - set(columns)
            if unknown:
                raise ValueError(f"format.yaml: row {row.key} names unknown columns {sorted(unknown)}")
        groups = {k: GroupSpec(key=k, zh=_tuple(g["zh"]), en=g["en"], ask=_tuple(g.get("ask")),
                               ask_en=_tuple(g.get("ask_en")), columns=_tuple(g.get("sum")),
                               rows=_tuple(g.get("rows")), say=g.get("say", "") or name_of(_tuple(g["zh"])[0]),
                               say_en=g.get("say_en", "") or g["en"])
                  for k, g in (t.get("groups") or {}).items()}
        tables[kind] = TableSpec(kind=kind, zh=t["zh"], en=t["en"], section=t["section"], unit=t.get("unit", ""),
                                 rows=rows, columns=columns, groups=groups, heading=t.get("heading", ""))
    identities = tuple(Identity(id=i["id"], zh=i["zh"], en=i["en"], left=_tuple(i["left"]),
                                right=_tuple(i["right"]), for_columns=i.get("for_columns", ""),
                                for_rows=i.get("for_rows", ""))
                       for i in data.get("identities") or [])
    return NationalFormat(source=data["source"], tables=tables, identities=identities)


def is_table_row(line: str) -> bool:
    """Whether a text line is a row of a national table rather than a heading of the report:
    '一、本年新收政府信息公开申请数量 12 3 …' and '三、本年度办理结果（一）予以公开…' look like
    section headings (一、 三、) but are the table's row labels, possibly followed by numbers."""
    text = re.sub(r"[\d\s|,，.．+\-−—–/／]+$", "", line or "")
    parts = split_markers(text)
    if not parts:
        return False
    labels = _row_and_group_labels()
    first = norm_label(parts[0])
    return bool(first) and first in labels


@lru_cache(maxsize=1)
def _row_and_group_labels() -> frozenset[str]:
    fmt = national_format()
    labels: set[str] = set()
    for table in fmt.tables.values():
        for row in table.rows.values():
            labels.update(norm_label(x) for x in row.zh + row.parent if len(norm_label(x)) >= 4)
    return frozenset(labels)



@lru_cache(maxsize=1)
def format_words() -> frozenset[str]:
    """The tables' official labels (rows, groups and columns as the format prints them) and the
    words of four or more characters inside them (予以公开, 尚未审结, 商业企业): the format's own
    terms, which a report that states such a figure uses."""
    import jieba

    jieba.setLogLevel(60)
    fmt = national_format()
    labels: set[str] = set()
    for table in fmt.tables.values():
        labels.update(table.column_headings())
        for row in table.rows.values():
            labels.update(row.zh[:1] + row.parent)
    words: set[str] = set()
    for label in labels:
        for run in re.findall(r"[\u4e00-\u9fff]+", label):
            words.update(w for w in [run, *jieba.cut(run)] if len(w) >= 4)
    return frozenset(words)


def _specs() -> list:
    """Every row, column and group of the national tables."""
    return [spec for table in national_format().tables.values()
            for spec in (*table.rows.values(), *table.columns.values(), *table.groups.values())]


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """The words people use for a row, column or group (its ``ask`` list) that are inside its printed label ('新收' of
    本年新收政府信息公开申请数量): the format's own words for it, however short."""
    return frozenset(w for spec in _specs() for w in getattr(spec, "ask", ())
                     if len(w) >= 2 and any(w in name_of(z) for z in spec.zh))


@lru_cache(maxsize=1)
def wordings() -> dict[str, tuple[str, ...]]:
    """Each way of saying a row, column or group of the tables (its printed labels as names, and
    the words people use for it: the ``ask`` lists) → every way of saying the same thing. A word
    listed for two things (其他处理) means all of their wordings."""
    out: dict[str, list[str]] = {}
    for spec in _specs():
        said = list(dict.fromkeys([name_of(z) for z in spec.zh] + list(getattr(spec, "ask", ()))))
        said = [w for w in said if len(w) >= 2]
        for word in said:
            out.setdefault(word, [])
            out[word] += [w for w in said if w not in out[word]]
    return {word: tuple(all_) for word, all_ in out.items()}
