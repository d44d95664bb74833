"""Names of places and organs in Chinese text: a place chain (…省 …市 …区/县/镇/街道) and the organ
after it (人民政府, 人民政府办公室, …局). Pure regular expressions and helpers, shared by the report
metadata (ingest) and the question understanding (ask)."""

from __future__ import annotations

import re

# Issuing bodies: a place chain (…省 …市 …区/县/镇) optionally followed by an organ.
PLACE_UNIT = r"[\u4e00-\u9fff]{1,6}?(?:自治区|自治州|自治县|省|市|州|盟|地区|县|旗|区|镇|乡|街道)"
ORGAN = (r"(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|办公厅|"
         r"[\u4e00-\u9fff]{2,10}?(?:局|委员会|管委会|办公室|中心))")
_PLACE_ORGAN = re.compile(rf"(?P<place>(?:{PLACE_UNIT})+?)(?P<organ>{ORGAN}(?:[（(][^)）]*[)）])?)?")
BODY = re.compile(rf"((?:{PLACE_UNIT}){{1,3}}{ORGAN}?)")
NOT_PLACES = ("全市", "全区", "全县", "本市", "本区", "本县", "我市", "我区", "我县", "各区", "各县",
              "市县", "县区", "城市", "全省", "各市", "省市", "辖区", "社区", "园区", "景区", "城区")
# Words that run into a body name in prose: 通过长春市… 由高淳区… 结合泰安市…
LEADING_WORDS = re.compile(r"^(?:通过|由|结合|根据|按照|经|在|对|向|与|和|及|为|将|从|是|以|其中|全面|会同|联合|组织)+")
UNIT = re.compile(PLACE_UNIT)
# A place unit's generic suffix: 淮安市 → 淮安 is the short form people use.
PLACE_SUFFIX = re.compile(r"(?:自治区|自治州|自治县|省|市|州|盟|地区|县|旗|区|镇|乡|街道)$")
# The organ of a government body, however it is worded after the place (most specific first).
ORGAN_SUFFIXES = ("人民政府办公厅", "人民政府办公室", "人民政府", "政府办公厅", "政府办公室", "政府", "办公厅", "办公室")
# A department named right after a place: 教育局, 工信局, 发改委, 卫健委, 政务服务中心.
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|厅|中心)")
# The government's office as people write it: 办公室, 办公厅, 政府办, General Office.
OFFICE = re.compile(r"办公室|办公厅|政府办|(?i:general office)")
# After a place name in a question: the organ however worded (人民政府办公室, 政府办, 工信局).
ORGAN_WORDS = (r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府办|政府|办公室|办公厅|"
               r"[^\W\d_a-zA-Z谁哪几多少什么在的了]{1,6}?(?:局|委员会|委|厅|办|中心))?")
# (not across a question's words: '在哪里办公' after a body's name is what is asked, not its organ)


def split_place(name: str) -> tuple[str, str]:
    """'泰安市人民政府办公室' → ('泰安市', '人民政府办公室'); a bare place → (place, '')."""
    m = _PLACE_ORGAN.fullmatch(name)
    if not m:
        return name, ""
    return m.group("place"), m.group("organ") or ""


_NOT_IN_PLACE = set("年度的了过由结与及在对为将从是以其室公各全本我该此通")


def clean_chain(name: str) -> str:
    """'公室通过泰安市年度泰安市人民政府办公室' → '泰安市人民政府办公室': keep the trailing place
    units that look like place names, each once."""
    place, tail = split_place(name)
    units = UNIT.findall(place)
    if "".join(units) != place:
        return name
    kept: list[str] = []
    for unit in reversed(units):
        bad = [i for i, ch in enumerate(unit) if ch in _NOT_IN_PLACE]
        if bad:  # '年度泰安市' → keep '泰安市', and nothing before it
            unit = unit[bad[-1] + 1:]
        if len(unit) >= 2 and unit not in kept:
            kept.insert(0, unit)
        if bad or unit in kept[1:]:
            break
    return "".join(kept) + tail if kept else ""
