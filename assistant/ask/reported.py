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

from assistant.ask.asides import ASKING
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
    if not re.search(r"[\u4e00-\u9fff]", question):
        return question
    ends = [m.end() for m in _SAID.finditer(question)]
    for end in reversed(ends):
        rest, lead = question[end:], question[:end]
        if not _ASKS.search(rest) or not re.search(r"[\u4e00-\u9fff]{4}", rest):
            continue
        if _POINTS_BACK.search(rest) or (TUNING.asked_to_work_out and POINTS_BACK_FIRST.match(rest)):
            return question
        read, named = _rest_with_lead(lead, rest, catalog)
        # (no body named after, none held before: the asker's place is no more than that)
        return read if named else question
    return question


def _rest_with_lead(lead: str, rest: str, catalog: list[dict]) -> tuple[str, bool]:
    """What is asked, with the year the lead alone says ('2024年，一位听众说，章丘区…') and, when it names no body, the last
    body the lead names; and whether a body is named in it so."""
    from assistant.ask.bodies import resolve

    year = None if YEAR_OR_BARE.search(rest) else YEAR_OR_BARE.search(lead)
    year_said = year.group(1) + "年" if year and year.group(1) else ""
    if resolve(rest, catalog, "zh").mentions:
        return year_said + rest, True
    body = _last_body(lead, catalog)
    return body + year_said + rest, bool(body)


def _last_body(lead: str, catalog: list[dict]) -> str:
    """The last held body ``lead`` names, with the places right before it ('东至县' '大渡口镇'), as written; '' for none."""
    from assistant.ask.bodies import resolve

    held = sorted((m for m in resolve(lead, catalog, "zh").mentions if m.bodies), key=lambda m: m.start)
    if not held:
        return ""
    start = held[-1].start
    for m in reversed(held[:-1]):
        if m.end + len(m.organ) < start - 1:
            break
        start = m.start
    return lead[start: held[-1].end + len(held[-1].organ)]


# A lead in which the asker says who they are or why they ask ('我在备一节关于政府职能的课，想用乌海市工业和信息化局做例子。',
# '我想让学生体会…，打算用东至县大渡口镇做例子：'): a sentence beginning with 我 / 我们 / 本人 that asks nothing, or such words
# up to a colon, which opens what is asked.
OWN_LEAD = re.compile(r"\s*(?:我们|我|本人)(?!想知道|想了解|想问|想请教|问)(?:[^？?。！!：:]*[：:]|[^？?。！!：:]*[。！!])")
# … or a clause of theirs ended by a comma, opened by what they are doing ('我在备课讲政务公开渠道，'), when what follows
# names a body held and the clause none.
OWN_LEAD_COMMA = re.compile(r"\s*(?:我们|我|本人)(?:在|是|正|想|要|打算|准备|给|帮|最近|今天|刚)[^？?。！!：:，,]*[，,]")


# What is asked pointing back at a kind of thing the lead tells of ('这种情况', '这一类', '上述'), not at a body ('它', '这个
# 街道办'): the lead is then part of what is asked.
LEAD_POINTED_AT = re.compile(r"上述|以上|前面|前者|后者|(?:这|那)[一两三四五六七八九几]?(?:种|类|样|项|些|栏|块)")


def after_own_lead(question: str, catalog: list[dict]) -> str:
    """The question without the sentences before it in which the asker speaks of themselves, keeping the body and the year
    they name when what is asked names none ('我在备课，想用乌海市工业和信息化局做例子。它2020年…一共作出了多少个处理决定？'
    → '乌海市工业和信息化局它2020年…'); the question as it is when it has no such lead, or nothing after it asks."""
    from assistant.ask.bodies import resolve

    end = 0
    while m := OWN_LEAD.match(question, end):
        if m.group(0).rstrip()[-1] not in "：:" and ASKING.search(m.group(0)):
            break  # (a sentence of the asker's that asks: '我想问一下，…多少？' is read by asked_part)
        end = m.end()
    if not end and TUNING.own_lead_comma:
        # (a clause of the asker's ended by a comma, '我在备课讲政务公开渠道，乌海市工业和信息化局…多少条？': only when what
        # follows names a body held and the clause none — '我们县2024年…，' is no lead)
        # (… and the clauses after it of the same asker, '我在写调研报告，想比较几个乡镇，东至县大渡口镇…': the last comma
        # before which no body is named)
        m = OWN_LEAD_COMMA.match(question)
        if m:
            for c in reversed([c.end() for c in re.finditer(r"[，,]", question) if c.end() >= m.end()]):
                if not resolve(question[:c], catalog, "zh").mentions and resolve(question[c:], catalog, "zh").mentions:
                    end = c
                    break
    rest, lead = question[end:], question[:end]
    if not end or not ASKING.search(rest) or not re.search(r"[\u4e00-\u9fff]{4}", rest):
        return question
    if TUNING.own_lead_pointed_at and LEAD_POINTED_AT.search(rest):
        return question  # ('我去年申请过…，被拒了。这种情况2024年有多少件？': the lead says what is asked)
    return _rest_with_lead(lead, rest, catalog)[0]
