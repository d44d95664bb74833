"""China's administrative divisions down to county level, from the `cpca` package's data file
(adcodes.csv: 3,500 provinces, cities and counties with their codes; MIT-licensed, installed from
PyPI). Only the data file is read (through the package's location, without importing it: its
import pulls in pandas and pkg_resources for a matcher we do not use).

    places = gazetteer()
    places.find("南京市高淳区2022年…")     # [Place('南京市', …), Place('高淳区', …)]
    places.parents("高淳区")               # {'南京市', '江苏省'}

Towns, townships and street offices are not in it; they are recognised by their suffix
(镇, 乡, 街道) in assistant.zh.places.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Place", "Gazetteer", "gazetteer", "short_name"]

# Suffixes a short form drops: 淮安市 → 淮安, 高淳区 → 高淳, 武山县 → 武山. Names that are
# only a suffix plus one character (城区, 郊区, 矿区) keep it: a one-character short form is no name.
_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|自治旗|"
                     r"新区|林区|矿区|特区|省|市|州|县|区|盟|旗)$")
# Short forms that are ordinary words in questions about reports (长安 is a district, 新区 a word…).
_NOT_SHORT = {"城区", "郊区", "矿区", "新区", "市中", "开发", "经济", "高新", "南部", "北部", "东部", "西部", "中部"}


def short_name(name: str) -> str:
    """'淮安市' → '淮安'; '广西壮族自治区' → '广西'; '城区' → '' (too short to stand alone)."""
    short = _SUFFIX.sub("", name)
    # Ethnic autonomous prefectures and counties: 恩施土家族苗族自治州 → 恩施.
    short = re.sub(r"(?:[\u4e00-\u9fff]{1,4}族)+$", "", short)
    return short if len(short) >= 2 and short != name and short not in _NOT_SHORT else ""


@dataclass(frozen=True)
class Place:
    name: str
    code: str  # 12-digit adcode
    level: int  # 1 province, 2 city, 3 county

    @property
    def province_code(self) -> str:
        return self.code[:2]

    @property
    def city_code(self) -> str:
        return self.code[:4]


SCAN_MAX = 300  # characters of a text Gazetteer.find reads by substring lookups


class Gazetteer:
    def __init__(self, places: list[Place]):
        self.places = places
        self.by_name: dict[str, list[Place]] = {}
        self.by_code = {p.code: p for p in places}
        for p in places:
            self.by_name.setdefault(p.name, []).append(p)
            short = short_name(p.name)
            if short:
                self.by_name.setdefault(short, []).append(p)
        self._names = sorted(self.by_name, key=len, reverse=True)
        self._lengths = sorted({len(n) for n in self._names}, reverse=True)
        self._pattern: re.Pattern | None = None  # compiled for the first long text (~0.1 s)

    def find(self, text: str) -> list[tuple[str, int, int, list[Place]]]:
        """Place names in a text, longest first at each position, non-overlapping:
        (name as written, start, end, the places it can be).

        A short text (a question) is read by looking up its substrings, a long one (a report) by
        one alternation of every name: the same matches (tested), without compiling the
        alternation in a process that reads only a question."""
        if not self._names:
            return []
        if len(text) > SCAN_MAX or not self._lengths[-1]:  # (an empty name: the alternation's way)
            if self._pattern is None:
                self._pattern = re.compile("|".join(re.escape(n) for n in self._names))
            return [(m.group(0), m.start(), m.end(), self.by_name[m.group(0)]) for m in self._pattern.finditer(text)]
        out, i, end = [], 0, len(text)
        while i < end:
            for length in self._lengths:
                name = text[i:i + length]
                if len(name) == length and name in self.by_name:
                    out.append((name, i, i + length, self.by_name[name]))
                    i += length
                    break
            else:
                i += 1
        return out

    def parents(self, name: str) -> set[str]:
        """Names (full and short) of the city and province above every place of that name."""
        out: set[str] = set()
        for place in self.by_name.get(name, []):
            for code in (place.code[:2] + "0" * 10, place.code[:4] + "0" * 8):
                parent = self.by_code.get(code)
                if parent and parent.code != place.code:
                    out.add(parent.name)
                    if short_name(parent.name):
                        out.add(short_name(parent.name))
        return out

    def unique(self, name: str) -> bool:
        """Whether one place of China has this name (one 高淳区; two 城中区)."""
        return len({p.code for p in self.by_name.get(name, [])}) == 1

    def is_place(self, name: str) -> bool:
        return name in self.by_name

    def leading_places(self, name: str) -> tuple[list[str], str]:
        """A body's name as (its place chain, the rest): '福州市大数据发展管理委员会' →
        (['福州市'], '大数据发展管理委员会'); '东至县花园乡人民政府' → (['东至县', '花园乡'], '人民政府');
        '南宁经济技术开发区管理委员会' → (['南宁经济技术开发区'], '管理委员会'). Places are the
        gazetteer's full names, towns and streets by their suffix, and development zones."""
        out, i = [], 0
        while i < len(name):
            for length in range(min(12, len(name) - i), 1, -1):
                piece = name[i:i + length]
                if any(p.name == piece for p in self.by_name.get(piece, [])):
                    out.append(piece)
                    i += length
                    break
            else:
                m = (_ZONE.match(name, i) or (_TOWN.match(name, i) if out or i == 0 else None)
                     or (_COUNTY.match(name, i) if out else None))
                if m and m.end() - i >= 2:
                    out.append(m.group(0))
                    i = m.end()
                    continue
                break
        return out, name[i:]

    def split_chain(self, text: str) -> list[str] | None:
        """'池州市东至县' → ['池州市', '东至县'] by full names of the gazetteer (longest first at each
        point); None when the text is not a chain of them."""
        out, i = [], 0
        while i < len(text):
            for length in range(min(12, len(text) - i), 1, -1):
                piece = text[i:i + length]
                if any(p.name == piece for p in self.by_name.get(piece, [])):
                    out.append(piece)
                    i += length
                    break
            else:
                return None
        return out or None


# A development zone or the like after a place name (南宁经济技术开发区, 滨海湾新区, 福州片区), a town or street.
_ZONE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:经济技术开发区|经济开发区|高新技术产业开发区|综合实验区|自由贸易试验区[\u4e00-\u9fff]{1,6}?片区|"
                   r"开发区|高新区|经开区|新区|片区)")
# A county-level division newer than the data (章丘区, a district since 2016), inside a chain and
# right before its government's name: '济南市章丘区人民政府'.
_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:区|县|市|旗)(?=人民政府|政府)")
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)(?=人民政府|政府|街道办事处|办事处|党|[^\u4e00-\u9fff]|$|办)")


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "resources" / "adcodes.csv"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    path = _data_file()
    places: list[Place] = []
    if path is not None:
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                code, name = row["adcode"], row["name"].strip()
                if not name or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    continue
                level = 1 if code[2:] == "0" * 10 else 2 if code[4:] == "0" * 8 else 3
                places.append(Place(name, code, level))
    return Gazetteer(places)
