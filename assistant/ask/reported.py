"""A question told as someone's words ('章丘的一位老听众说，他去年…留过言，…他就想问一下，2024年章丘区全年一共办完了
多少条老百姓的留言？'): what is asked is after the last verb of saying or asking that ends a clause (说，问一下，想知道，).
The words before it say who asks and why; read as part of the question, each had to be stated by the clause that
answers ('未涉及：区政府、网站、后来、听众'), and a place the asker is from was read as a body asked about.

The body and the year the words before name are kept when what is asked names none ('东至县大渡口镇的一位大姐打进电话来，
她说，镇上2022年…': 东至县大渡口镇). What points back at things said before ('这三样加起来', '其中…') is read with them:
the question whole.
"""

from __future__ import annotations

import re

from assistant.ask.tuning import TUNING
from assistant.zh.text import YEAR_OR_BARE

# A verb of saying or asking ending a clause, and what follows it: what is asked.
ASKING_VERBS = "说|问一下|问问|想问|请问|想知道|问道|问"
_SAID = re.compile(r"(?:" + ASKING_VERBS + (r"|算一下|算算|请教一下|请教" if TUNING.asked_to_work_out else "")
                   + r")\s*[，,：:]\s*")
# What is left must ask something.
_ASKS = re.compile(r"多少|几|哪|是否|有没有|是不是|吗|呢|百分之")
# … and must not point back at things named before it ('我想问一下，这三样加起来一共是多少条？', '其中重点领域的…'):
# then the words before say what is asked, and the question is read whole.
_POINTS_BACK = re.compile(r"其中|上述|以上|前面|前者|后者|它们?|(?:这|那)[两三四五六七八九几]?[样类项种些个](?=[加合一总都各占共，,？?])")


# … or opens by pointing back at a kind named before ('这一类事项…', '那一栏'): what is asked is named by the words before.
POINTS_BACK_FIRST = re.compile(r"(?:这|那)一?[样类项种些个栏块]")


def asked_part(question: str, catalog: list[dict]) -> str:
    """The question without the words telling who asks, before its last verb of saying ('…他说，'); the question as it
    is when it has none, or when what follows asks nothing."""
    from assistant.ask.bodies import resolve

    if not re.search(r"[\u4e00-\u9fff]", question):
        return question
    ends = [m.end() for m in _SAID.finditer(question)]
    for end in reversed(ends):
        rest, lead = question[end:], question[:end]
        if not _ASKS.search(rest) or not re.search(r"[\u4e00-\u9fff]{4}", rest):
            continue
        if _POINTS_BACK.search(rest) or (TUNING.asked_to_work_out and POINTS_BACK_FIRST.match(rest)):
            return question
        # (a year said only before: kept, '2024年，一位听众说，章丘区…')
        year = None if YEAR_OR_BARE.search(rest) else YEAR_OR_BARE.search(lead)
        year_said = year.group(1) + "年" if year and year.group(1) else ""
        if resolve(rest, catalog, "zh").mentions:
            return year_said + rest
        held = sorted((m for m in resolve(lead, catalog, "zh").mentions if m.bodies), key=lambda m: m.start)
        if not held:
            return question  # (no body named after, none held before: the asker's place is no more than that)
        # (the last body named before, with the places right before it: '东至县' '大渡口镇')
        start = held[-1].start
        for m in reversed(held[:-1]):
            if m.end + len(m.organ) < start - 1:
                break
            start = m.start
        return question[start: held[-1].end + len(held[-1].organ)] + year_said + rest
    return question
