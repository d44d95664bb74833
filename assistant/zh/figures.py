"""Figures (numbers that state a quantity) in answer and report text, and whether a text supports one.

A wrong figure is the worst thing Gongkai can say, so the rules lean towards *not* seeing a
figure where a number is only part of a word or a heading, and towards *not* accepting a match
that only looks alike:

* Arabic numbers are always figures: ``3985758``, ``3,985,758``, ``３，９８５，７５８`` (full-width
  forms are folded as NFKC does), ``58.5``, ``58.5%``, ``百分之58.5``, ``45.28万`` (value 452800),
  ``9.6亿``. Not figures: citation markers ``[1]``, enumerators ``(1)`` / ``（1）`` (unless a
  measure word follows), ordinals ``第20条`` and a heading ordinal ``1.`` / ``1、`` at the start of
  a line. A number with a leading zero (``046``) is a code: it matches only the same digits.
* Chinese numerals count only when a unit follows them: a measure word (``十二件``, ``两个``,
  ``三千九百四十条``), ``%`` or a scale, ``百分之五十`` (a percentage), or ``年`` after four digits
  (``二〇二四年`` is the year 2024). So ``一是``, ``一般``, ``一些``, headings ``一、`` / ``（三）``
  and ordinals ``第一``/``第二十条`` are not figures, nor is ``统一项目`` (a word, not "one item").
* Two figures are the same quantity when their values are equal and they are both percentages,
  both per-mille or both plain numbers. Scales are folded into the value; measure words are not
  compared (``45.28万条`` supports ``452800``; ``58.5万`` does not support ``58.5%``; ``2.5个百分点``
  is a plain 2.5, not ``2.5%``). Numbers are matched whole: ``46`` is not found in ``460``.
* A date written with separators (``2023-01-28``, ``2023/1/28``, ``2023.01.28``) is three figures
  counted in 年, 月 and 日, as ``2023年1月28日`` is: not the plain numbers 2023, 1 and 28 (nor the
  decimal 2023.01), so a page's date line never reads as a count of items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from assistant.zh.numerals import CN_DIGITS, cn_to_int, plain_number
from assistant.zh.text import fold_width

__all__ = ["Figure", "extract_figures", "normalise_figure", "figure_supported", "fold_width"]


@dataclass(frozen=True)
class Figure:
    raw: str  # the quantity as written: digits/numerals with scale and % (not the measure word)
    value: Decimal  # scale applied: 45.28万 -> 452800
    unit: str  # "%" / "‰" for ratios, else the measure word that follows ("件", "年", "") or ""
    start: int  # offsets of ``raw`` in the text given to extract_figures
    end: int

    @property
    def kind(self) -> str:
        """What kind of quantity: "%" and "‰" never equal a plain number of the same value, and a
        number with a leading zero (046, 0012) is a code that only equals itself."""
        if self.unit in ("%", "‰"):
            return self.unit
        digits = fold_width(self.raw)
        return "#" + digits if re.match(r"0[0-9]", digits) else ""

    @property
    def key(self) -> tuple[Decimal, str]:
        return (self.value.normalize(), self.kind)

    @property
    def canonical(self) -> str:
        kind = self.kind
        return kind[1:] if kind.startswith("#") else plain_number(self.value) + kind


# --------------------------------------------------------------------------- normalisation


# --------------------------------------------------------------------------- Arabic numbers

_SCALES = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
           "万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "千": Decimal(10) ** 3}

_ARABIC = re.compile(
    r"(?P<pre>百分之)?"
    # [0-9], not \d: \d also matches other scripts' digits. A thousands group must be exact;
    # "12,34" is two numbers (NFKC makes the Chinese comma in "受理12，办结34" an ASCII one).
    r"(?<![0-9.])(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|,[0-9])|[0-9]+)(?P<frac>\.[0-9]+)?(?![0-9])"
    # 千 is a scale except in 千克/千米/千瓦 (units of measure).
    r"(?P<scale>\s?(?:万亿|千万|百万|万|亿|千(?![克米瓦])))?"
    r"(?P<pct>\s?[%‰])?"
)

# 2023-01-28, 2023/1/28, 2023.01.28: a year, a month and a day (one separator throughout).
_DATE = re.compile(r"(?<![0-9.,])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
                   r"(?P<d>0?[1-9]|[12][0-9]|3[01])(?![0-9]|\.[0-9])")

# --------------------------------------------------------------------------- Chinese numerals

_CN_RUN = re.compile(
    r"(?P<pre>百分之)?(?P<num>[〇○零一二两三四五六七八九十百千万亿]+)(?P<frac>点[〇○零一二三四五六七八九]+)?"
)
# A Chinese numeral is a figure only when one of these follows (longest first).
_MEASURE_WORDS = sorted(
    "件 条 宗 个 场 期 次 项 家 人 名 篇 份 批 起 类 所 位 户 天 日 周 月 元 倍 套 台 部 本 封 张 页 册 "
    "人次 件次 个工作日 个百分点 余 多 % ‰".split(),
    key=len,
    reverse=True,
)
# A numeral right after these is part of a word or an ordinal: 第一, 统一, 唯一, 之一 ...
# (万一, 千万 need no entry: a numeral may not start with 万/亿/百/千.)
_WORD_BEFORE = set("第统唯同逐单划归合专之其初周")

# Things that look like numbers but are references or list labels.
_NOT_FIGURES = re.compile(
    # Kept narrow on purpose: a real figure skipped here would go unverified in an answer.
    r"\[[0-9]+(?:\s*[,、-]\s*[0-9]+)*\]"  # citation markers [1] [1,2]
    # enumerators (1) (2), unless a measure word follows: "共(12)件" states a count
    r"|\([0-9]{1,2}\)(?!\s?(?:" + "|".join(map(re.escape, _MEASURE_WORDS)) + "))"
    r"|^[ \t]*[0-9]{1,2}[.、](?![0-9])"  # heading ordinal at the start of a line: "1." "2、"
    r"|第\s?[0-9]+"  # ordinals: 第20条, 第3页
    r"|(?<=“)[0-9]+(?=”)"  # a number quoted whole is a name: 紧扣“3815”战略, “12345”热线
    r"|[〔\[［(（]\s?(?:19|20)[0-9]{2}\s?[〕\]］)）]\s?[0-9]+\s?号"  # a document's number: 国办公开办函〔2021〕30号
    # web addresses: 'http://…/col/col12946/index.html', 'www.yinchuan.gov.cn' count nothing
    r"|(?:https?://|www\.)[A-Za-z0-9._~:/?#@!$&'*+=%-]+"
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:gov|com|org|net|edu)(?:\.cn)?(?:/[A-Za-z0-9._~:/?#@!$&'*+=%-]*)?",
    re.MULTILINE,
)


def _cn_value(numeral: str, frac: str | None) -> Decimal:
    whole = cn_to_int(numeral) or 0
    if not frac:
        return Decimal(whole)
    digits = "".join(str(CN_DIGITS[ch]) for ch in frac[1:])  # after 点
    return Decimal(f"{whole}.{digits}")


def _unit_after(text: str, pos: int) -> str:
    for word in _MEASURE_WORDS:
        if text.startswith(word, pos):
            return word
    return ""


# --------------------------------------------------------------------------- extraction


def extract_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in order of appearance (see the module docstring for the rules)."""
    folded = fold_width(text)
    taken = [False] * len(folded)
    for m in _NOT_FIGURES.finditer(folded):
        for i in range(m.start(), m.end()):
            taken[i] = True

    found: list[Figure] = []
    for m in _DATE.finditer(folded):
        if any(taken[m.start():m.end()]):
            continue
        for part, unit in (("y", "年"), ("m", "月"), ("d", "日")):
            found.append(Figure(text[m.start(part):m.end(part)], Decimal(m[part]), unit, m.start(part), m.end(part)))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _ARABIC.finditer(folded):
        if taken[m.start("num")]:
            continue
        value = Decimal(m["num"].replace(",", "") + (m["frac"] or ""))
        scale = (m["scale"] or "").strip()
        if scale:
            value = Decimal(plain_number(value * _SCALES[scale]))  # 452800, not 452800.00
        if m["pre"] or m["pct"]:
            unit = (m["pct"] or "%").strip()
        else:
            unit = _unit_after(folded, m.end()) or ("年" if folded.startswith("年", m.end()) else "")
        found.append(Figure(text[m.start():m.end()], value, unit, m.start(), m.end()))
        for i in range(m.start(), m.end()):
            taken[i] = True

    for m in _CN_RUN.finditer(folded):
        if any(taken[m.start():m.end()]):
            continue
        figure = _chinese_figure(text, folded, m)
        if figure is not None:
            found.append(figure)
    return sorted(found, key=lambda f: f.start)


def _chinese_figure(text: str, folded: str, m: re.Match) -> Figure | None:
    numeral, start, end = m["num"], m.start(), m.end()
    if m["pre"]:  # 百分之五十 is a percentage whatever follows
        return Figure(text[start:end], _cn_value(numeral, m["frac"]), "%", start, end)
    if numeral[0] in "万亿百千" or (start > 0 and folded[start - 1] in _WORD_BEFORE):
        return None
    unit = _unit_after(folded, end)
    is_year = folded.startswith("年", end) and len(numeral) == 4 and all(ch in CN_DIGITS for ch in numeral)
    if not unit and not is_year:
        return None
    if unit and not is_year and all(ch in CN_DIGITS for ch in numeral) and len(numeral) > 1:
        return None  # 一二件 is not a way to write a count; likely a list or a code
    value = _cn_value(numeral, m["frac"])
    if unit in ("%", "‰"):
        end += len(unit)  # the sign belongs to the quantity, as in 58.5%
    return Figure(text[start:end], value, "年" if is_year else unit, start, end)


# --------------------------------------------------------------------------- comparison


@lru_cache(maxsize=4096)
def _keys_in(text: str) -> frozenset[tuple[Decimal, str]]:
    return frozenset(f.key for f in extract_figures(text))


def _standalone(raw: str) -> Figure | None:
    """``raw`` read as one quantity on its own: here a bare Chinese numeral (十二) is accepted,
    because the caller already decided it is a figure."""
    figures = extract_figures(raw)
    if len(figures) == 1:
        only = figures[0]
        rest = (raw[: only.start] + raw[only.end :]).strip()
        return only if rest in ("", only.unit) else None
    m = _CN_RUN.fullmatch(fold_width(raw).strip().rstrip("%‰"))
    if m and not figures:
        pct = "%" if m["pre"] or raw.strip().endswith(("%", "％")) else ""
        return Figure(raw, _cn_value(m["num"], m["frac"]), pct, 0, len(raw))
    return None


def normalise_figure(raw: str) -> str:
    """Canonical text of a quantity: '3,985,758' -> '3985758', '45.28万' -> '452800',
    '58.5％' -> '58.5%', '十二' -> '12'. Text that is not one quantity is folded (full width,
    whitespace and thousands separators removed) the way the evaluation suite compares text."""
    figure = _standalone(raw)
    if figure is not None:
        return figure.canonical
    return re.sub(r"(?<=\d),(?=\d{3})", "", re.sub(r"\s+", "", fold_width(raw)))


def figure_supported(fig: Figure, text: str) -> bool:
    """Whether ``text`` states the same quantity as ``fig`` (equal value and kind), in any form."""
    return fig.key in _keys_in(text)
