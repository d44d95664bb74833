"""Places that share one organ's name ('淮安和淮北两个市政府办公室', '东宝、掇刀两区政府'): Chinese says the
organ once after the places and counts them; each place's body is that organ of it. The question is
read as naming each body in full ('淮安市政府办公室和淮北市政府办公室'), before the bodies are resolved.
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
