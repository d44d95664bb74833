"""Bodies named once for several: places that share one organ's name ('淮安和淮北两个市政府办公室', '东宝、掇刀两区政府'): Chinese says the
organ once after the places and counts them; each place's body is that organ of it. The question is
read as naming each body in full ('淮安市政府办公室和淮北市政府办公室'), before the bodies are resolved.
So are organs listed in brackets after the place they share ('硚口区这几个单位（审计局、宗关街道、企业服务中心）'
→ '硚口区审计局、硚口区宗关街道、硚口区企业服务中心').
"""

from __future__ import annotations

import re

_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4}
# the count, then the organ, with the places' level ('两个市政府办公室', '三个区政府', '两县')
SHARED = re.compile(r"(?P<count>[两二三四])个?(?P<organ>(?P<level>[省市区县镇乡])(?:人民政府办公室|人民政府办公厅|人民政府|"
                    r"政府办公室|政府办公厅|政府办|府办|政府)?)(?![省市区县镇乡街])")
JOINED = re.compile(r"和|与|及|跟|、")
# what may stand before the first place: a year ('2022年'), a word of time or place
_LEAD = re.compile(r"^(?:.*?(?:年|的|在|从|把|对|看|比较|比|对比))")


def spread_shared_organ(question: str) -> str:
    """The question with each place of a shared organ named with it; unchanged when the places
    before the count are not as many as it says."""
    for m in SHARED.finditer(question):
        run = re.search(r"[\u4e00-\u9fff]+(?:(?:和|与|及|跟|、)[\u4e00-\u9fff]+)+$", question[: m.start()])
        if not run:
            continue
        places, joiners = JOINED.split(run.group(0)), JOINED.findall(run.group(0))
        lead = _LEAD.match(places[0])
        lead = lead.group(0) if lead else ""
        places[0] = places[0][len(lead):]
        if len(places) != _COUNT[m.group("count")] or not all(2 <= len(p) <= 6 for p in places):
            continue
        level, organ = m.group("level"), m.group("organ")
        named = [p + (organ[1:] if p.endswith(level) else organ) for p in places]
        spread = named[0] + "".join(j + n for j, n in zip(joiners, named[1:]))
        return question[: run.start()] + lead + spread + question[m.end():]
    return question


# a place, a word gathering what follows ('这几个单位'), and the organs in brackets
LISTED = re.compile(r"(?:(?<=年)|(?<![\u4e00-\u9fff]))(?P<place>(?!年)[\u4e00-\u9fff]{1,6}?[省市区县])"
                    r"(?P<frame>的?(?:这|那)?(?:[两二三四五六七八九几]个)?(?:单位|部门|机关|街道|镇街)?)"
                    r"[（(](?P<list>[^（）()]{2,60})[）)]")


def spread_listed_organs(question: str) -> str:
    """The question with each organ listed in brackets after a place named with that place;
    unchanged unless two or more organs are listed."""
    m = LISTED.search(question)
    if not m:
        return question
    items = [i.strip() for i in re.split(r"、|和|与|及|，|,", m.group("list")) if i.strip()]
    if len(items) < 2 or not all(2 <= len(i) <= 10 and re.fullmatch(r"[\u4e00-\u9fff]+", i) for i in items):
        return question
    place = m.group("place")
    named = [i if i.startswith(place) else place + i for i in items]
    return question[: m.start()] + "、".join(named) + question[m.end():]


# An English question naming a place once and then two or more of its governments' organs by their level alone ('Qingxi
# 2024 — requests received by the city government vs the city government office'): each is the place's.
EN_LEVEL_ORGAN = re.compile(r"(?i)\bthe\s+(?P<organ>(?:city|municipal|district|county|town|township)\s+government"
                            r"(?:['’]s)?(?:\s+(?:general\s+)?office)?)\b")
EN_PLACE = re.compile(r"\b[A-Z][a-z]+(?:['’-][a-z]+)?\b")


def spread_place_en(question: str) -> str:
    """The English question with a place it names once read before each of two or more organs named by their level alone
    ('the city government', 'the city government office' → 'the Qingxi city government', …); unchanged unless one place
    is named (a capitalised word that is pinyin) and each such organ has no place word right before it."""
    from assistant.ask.english_names import is_pinyin

    organs = list(EN_LEVEL_ORGAN.finditer(question))
    if len(organs) < 2:
        return question
    places = {m.group(0) for m in EN_PLACE.finditer(question)
              if is_pinyin(re.sub(r"['’-]", "", m.group(0).lower())) and m.start() < organs[0].start()}
    if len(places) != 1:
        return question
    place = places.pop()
    if place in question[organs[0].end():]:
        return question  # (the place named again after: each organ may be named with it already)
    out, at = [], 0
    for m in organs:
        out += [question[at: m.start("organ")], place, " ", m.group("organ")]
        at = m.end("organ")
    return "".join(out) + question[at:]
