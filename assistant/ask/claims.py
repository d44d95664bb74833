"""A figure someone else claims, to be checked ('网上说…被浏览了10万多次，具体是多少次？', 'Someone online says … turned away
41 requests. Is that right?'): the claim's figure is what is asked when it is vague (多, 左右, 只有). A claim said after
the question ('…? A forum post says about 520.', '…？有人说是800条。') is no part of it, and a request to check ('…多少条？
请核实。', '…集中办理，请核实全年办结的数量。') asks the figure.

Read as they were, the claim's words ('网上', '真的', '请核实有关数据') had to be stated by the clause that answers, and a
request to check after a sum had been read as a second question.

Measured and left out (report halves counted only): a Chinese claim of an exact figure ('网上说…有310件，是真的吗？', '…是310件，
具体是多少？') read without its figure (a right claim finds its clause by its figure; a report half's pass had been answered
wrong), and an amount said vaguely before a request to check ('受理了大量群众诉求，请核实相关件数') read as the figure asked (a
report half's must-refuse question had been answered).
"""

from __future__ import annotations

import re

from assistant.ask.guess import NUMBER, STILL_ASKS
from assistant.ask.tuning import TUNING

# Who claims a figure, before the claim ('网上说', '有人称', '网传', '据悉，').
_CLAIM_LEAD_ZH = re.compile(r"^\s*(?:网上(?:有人)?(?:说|传|称)|有(?:网友|人|帖子|文章|报道|消息|媒体)(?:说|称|讲)|网友(?:说|称)|网传|"
                            r"据说|据传|听说|据悉)\s*[，,：:]?\s*")
# … and the words asking whether it holds, or what the figure really is, at the end ('，是真的吗？', '，具体是多少次？').
_CLAIM_END_ZH = re.compile(r"[，,。]\s*(?:(?:这个?|这一|那个?)?(?:数|说法|数字|数据|说)?(?:是真的吗|是真的么|是不是真的|对吗|对不对|"
                           r"属实吗|是否属实|准确吗|靠谱吗|可信吗)|(?:具体|实际|准确(?:来说|地说)?|到底|究竟|真实)[^，,。？?]{0,8}?"
                           r"(?:多少|几)[^，,。？?]{0,4})[？?。]*\s*$")
# A figure claimed, with what says how near it is, and its measure ('有310件', '只有90%左右', '10万多次', '300多条').
_CLAIMED_FIGURE = re.compile(r"(?:只有|仅有?|才|有|是|为|达到?|共|约|大约|将近|超过|近)?" + NUMBER +
                             r"(?:万|亿)?(?:多|余|来)?\s*(?P<measure>[%％]|[件条个篇次项人家期元场份宗起]|万元)?(?:左右|上下|多)?")
# A request to check said after or at the end ('请核实。', '请核实有关数据。', '请核实相关件数。').
_CHECK_ZH = re.compile(r"[，,。？?]\s*(?:请|烦请|麻烦)?(?:帮忙|帮我)?(?:核实|核对|核查|确认|查证)(?:一下)?(?P<what>[^，,。？?]{0,12}?)[。？?！!]*\s*$")
# A claim said after the question ('…？有人说是800条。').
_CLAIM_AFTER_ZH = re.compile(r"(?<=[？?])\s*(?:网上|有人|网友|听说|据说|有帖子|有文章)[^？?。]{0,20}?" + NUMBER +
                             r"[^？?]{0,8}[。！!]?\s*$")
_CLAIM_AFTER_EN = re.compile(r"(?i)(?<=[?])\s*(?:(?:a|one|some|an)\s+[\w\s-]{0,30}?(?:post|article|report|forum|blog|user|"
                             r"source|tweet|comment|website|rumou?r)s?|someone(?:\s+online)?|people(?:\s+online)?|i)\s+"
                             r"(?:says?|said|claims?|claimed|states?|heard|read)\b[^?]*\d[^?]*$")
# 'Someone online says … 41 … . Is that right?' / 'What is the actual number?'
_CLAIM_LEAD_EN = re.compile(r"(?i)^\s*(?:(?:a|one|some|an)\s+[\w\s-]{0,30}?(?:post|article|report|forum|blog|user|source|tweet|"
                            r"comment|website)s?|someone(?:\s+online)?|people(?:\s+online)?)\s+(?:says?|said|claims?|"
                            r"claimed|states?)\s+(?:that\s+)?")
_CLAIM_END_EN = re.compile(r"(?i)[.?]\s*(?:is (?:that|this|it) (?:right|true|correct|accurate|so)|"
                           r"(?:what is|what's) the (?:actual|real|true|correct) (?:number|figure|count)|"
                           r"is that the (?:right|correct|real) (?:number|figure))\s*\??\s*$")
_CLAIMED_EN = re.compile(r"(?i)\b(?:about|around|roughly|some|over|under|nearly|almost|more than|fewer than|less than|only|just)?\s*"
                         r"\d[\d,]*(?:\.\d+)?(?P<percent>\s*%|\s*percent)?")


def claim_asked(question: str) -> str:
    """The question a claim to check asks ('网上说…10万多次，具体是多少次？' → '…多少次？'), without a claim said after it
    or a request to check; the question as it is otherwise."""
    if (m := _CLAIM_AFTER_ZH.search(question)) and STILL_ASKS.search(question[: m.start()]):
        return question[: m.start()].rstrip()
    if (m := _CLAIM_AFTER_EN.search(question)) and STILL_ASKS.search(question[: m.start()]):
        return question[: m.start()].rstrip()
    if (m := _CHECK_ZH.search(question)) and m.start() > 0:
        before = question[: m.start()].rstrip("，,。 ")
        if STILL_ASKS.search(before):
            return before + ("？" if not before.endswith(("？", "?")) else "")
        what = _CLAIM_LEAD_ZH.sub("", m.group("what"))
        if what:  # ('…进行了集中办理，请核实全年办结的数量。': the figure asked is named by the request)
            return _CLAIM_LEAD_ZH.sub("", before) + "，" + what + "是多少？"
    lead, end = _CLAIM_LEAD_ZH.match(question), _CLAIM_END_ZH.search(question)
    if lead and end and end.start() > lead.end():
        body = question[lead.end(): end.start()]
        figures = list(_CLAIMED_FIGURE.finditer(body))
        figures = [f for f in figures if (re.search(r"\d", f.group(0)) or (
            # (a figure in Chinese numerals said vaguely, with its measure: '才三十来条', '五十来篇' — not '一整年')
            TUNING.chinese_numeral_claims and f.group("measure") and re.search(r"[来多余]", f.group(0))))
            and not re.match(r"\d{4}年", body[f.start():].lstrip("只仅才有是为达共约大将近超过"))]
        vague = bool(figures) and bool(re.search(r"多|余|来|左右|上下|约|将近|近|超过|不到|只有|仅", figures[-1].group(0)))
        # (an exact figure claimed, '…有310件，是真的吗？' or '…是310件，具体是多少？', is left as said: read with it, a right
        # claim finds its clause by the figure — read without it, report halves' passes had been answered wrong, counted
        # only)
        if figures and not STILL_ASKS.search(body) and vague:
            f = figures[-1]
            measure = f.group("measure") or ""
            if measure in ("%", "％"):
                asked = "是多少"  # ('按期答复率只有90%左右' → '按期答复率是多少')
            else:
                verb = re.match(r"(?:只|仅|才)?(有|是|为|达到?|共)", f.group(0))
                asked = (verb.group(1) if verb else "") + f"多少{measure}"
            return body[: f.start()] + asked + body[f.end():].rstrip("，, ") + "？"
    lead, end = _CLAIM_LEAD_EN.match(question), _CLAIM_END_EN.search(question)
    if lead and end and end.start() > lead.end():
        body = question[lead.end(): end.start()]
        figures = [f for f in _CLAIMED_EN.finditer(body) if not re.fullmatch(r"\s*(?:19|20)\d{2}", f.group(0))]
        if figures and not STILL_ASKS.search(body):
            f = figures[-1]
            asked = " what percentage" if f.group("percent") else " how many"
            return (body[: f.start()].rstrip() + asked + body[f.end():]).strip() + "?"
    return question
