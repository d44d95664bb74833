"""A figure the asker guesses, to have it confirmed ('…多少件？三百多件对吧？', '…? About 300, right?'), is not
part of what is asked: the answer states the report's figure, which confirms or corrects it.

Read as part of the question, the guess had been matched against the reports like the thing asked (its
figure, its measure, its 对吧), and a question answered without it was refused with it.

So is a figure someone else claims ('网上说…被浏览了10万多次，具体是多少次？', 'Someone online says … turned away 41
requests. Is that right?'): the claim's figure is what is asked, and a claim said after the question ('…? A forum post
says about 520.') is no part of it. A request to check ('…多少条？请核实。', '…，请核实相关件数。') asks the figure. A
Chinese claim of an exact figure ('网上说…有310件，是真的吗？') is read as said: a right claim finds its clause by its figure.
"""

from __future__ import annotations

import re

_NUMBER = r"[\d一二两三四五六七八九十百千万几]+(?:\.\d+)?"
# The guess: a sentence or clause of its own at the end, a figure with its measure, a word of guessing before
# it and a particle asking to confirm it after it.
GUESS_ZH = re.compile(r"(?<=[，,。？?！!；;])\s*(?:我(?:猜|记得|估计|看|印象中|听说)|印象中|听说|应该|好像|大概|估计|"
                      r"是不是|也就|就|是|有)*\s*(?:不到|超过|将近|差不多|大约|约|大概)?" + _NUMBER +
                      r"(?:多|来|出头|左右|上下)?\s*[件条个篇次项人家期元场份]?(?:多|左右|上下)?\s*[，,]?\s*"
                      r"(?:对吧|对吗|对不对|是吧|是吗|没错吧|没错吗|吧)\s*[？?！!。]*\s*$")
GUESS_EN = re.compile(r"(?i)(?<=[?,;.])\s*(?:I (?:think|believe|heard|recall)\s+)?(?:it(?:'s| is| was)\s+|that(?:'s| is| was)\s+)?"
                      r"(?:about|around|roughly|some|over|under|nearly|almost|more than|fewer than|less than)?\s*"
                      r"\d[\d,]*(?:\.\d+)?\s*(?:or so|odd)?\s*(?:[a-z]+\s*)?,?\s*"
                      r"(?:right|correct|is that right|isn't it|wasn't it)\s*\?\s*$")
# What is left must still ask something.
_ASKS = re.compile(r"多少|几|(?i:\bhow (?:many|much)\b|\bwhat\b|\bwhich\b)")


def without_guess(question: str) -> str:
    """The question without a guess at its end to be confirmed; the question as it is when it has none, or when
    nothing would be left asking."""
    for pattern in (GUESS_ZH, GUESS_EN):
        m = pattern.search(question)
        if m and m.start() > 0 and _ASKS.search(question[: m.start()]) and not _ASKS.search(m.group(0).replace("几", "", 1)):
            return question[: m.start()].rstrip()
    return question


# --- claims to check -----------------------------------------------------------------------------------------------
# Who claims a figure, before the claim ('网上说', '有人称', '网传', '据悉，').
_CLAIM_LEAD_ZH = re.compile(r"^\s*(?:网上(?:有人)?(?:说|传|称)|有(?:网友|人|帖子|文章|报道|消息|媒体)(?:说|称|讲)|网友(?:说|称)|网传|"
                            r"据说|据传|听说|据悉)\s*[，,：:]?\s*")
# … and the words asking whether it holds, or what the figure really is, at the end ('，是真的吗？', '，具体是多少次？').
_CLAIM_END_ZH = re.compile(r"[，,。]\s*(?:(?:这个?|这一|那个?)?(?:数|说法|数字|数据|说)?(?:是真的吗|是真的么|是不是真的|对吗|对不对|"
                           r"属实吗|是否属实|准确吗|靠谱吗|可信吗)|(?:具体|实际|准确(?:来说|地说)?|到底|究竟|真实)[^，,。？?]{0,8}?"
                           r"(?:多少|几)[^，,。？?]{0,4})[？?。]*\s*$")
# A figure claimed, with what says how near it is, and its measure ('有310件', '只有90%左右', '10万多次', '300多条').
_CLAIMED_FIGURE = re.compile(r"(?:只有|仅有?|有|是|为|达到?|共|约|大约|将近|超过|近)?" + _NUMBER +
                             r"(?:万|亿)?(?:多|余|来)?\s*(?P<measure>[%％]|[件条个篇次项人家期元场份宗起]|万元)?(?:左右|上下|多)?")
# A request to check said after or at the end ('请核实。', '请核实有关数据。', '请核实相关件数。').
_CHECK_ZH = re.compile(r"[，,。？?]\s*(?:请|烦请|麻烦)?(?:帮忙|帮我)?(?:核实|核对|核查|确认|查证)(?:一下)?(?P<what>[^，,。？?]{0,12}?)[。？?！!]*\s*$")
# An amount said vaguely ('大量', '不少', '一大批'), standing for the figure a request to check asks.
_VAGUE_AMOUNT = re.compile(r"大量的?|大批的?|一大批|许多|不少|众多|若干")
# A claim said after the question ('…？有人说是800条。').
_CLAIM_AFTER_ZH = re.compile(r"(?<=[？?])\s*(?:网上|有人|网友|听说|据说|有帖子|有文章)[^？?。]{0,20}?" + _NUMBER +
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
    if (m := _CLAIM_AFTER_ZH.search(question)) and _ASKS.search(question[: m.start()]):
        return question[: m.start()].rstrip()
    if (m := _CLAIM_AFTER_EN.search(question)) and _ASKS.search(question[: m.start()]):
        return question[: m.start()].rstrip()
    if (m := _CHECK_ZH.search(question)) and m.start() > 0:
        before = question[: m.start()].rstrip("，,。 ")
        if _ASKS.search(before):
            return before + ("？" if not before.endswith(("？", "?")) else "")
        what = _CLAIM_LEAD_ZH.sub("", m.group("what"))
        if _VAGUE_AMOUNT.search(before):  # ('…受理了大量群众诉求，请核实相关件数。': the amount said vaguely is asked)
            return _VAGUE_AMOUNT.sub("多少", _CLAIM_LEAD_ZH.sub("", before), count=1) + "？"
        if what:  # ('…进行了集中办理，请核实全年办结的数量。': the figure asked is named by the request)
            return _CLAIM_LEAD_ZH.sub("", before) + "，" + what + "是多少？"
    lead, end = _CLAIM_LEAD_ZH.match(question), _CLAIM_END_ZH.search(question)
    if lead and end and end.start() > lead.end():
        body = question[lead.end(): end.start()]
        figures = list(_CLAIMED_FIGURE.finditer(body))
        figures = [f for f in figures if re.search(r"\d", f.group(0)) and not re.match(r"\d{4}年", body[f.start():].lstrip(
            "只仅有是为达共约大将近超过"))]
        vague = bool(figures) and bool(re.search(r"多|余|来|左右|上下|约|将近|近|超过|不到|只有|仅", figures[-1].group(0)))
        actual = bool(re.search(r"具体|实际|准确|到底|究竟|真实", end.group(0)))
        # (an exact figure claimed, '…有310件，是真的吗？', is left as said: read with it, a right claim finds its clause
        # by the figure — read without it, a report half's pass had been answered wrong, counted only)
        if figures and not _ASKS.search(body) and (vague or actual):
            f = figures[-1]
            measure = f.group("measure") or ""
            if measure in ("%", "％"):
                asked = "是多少"  # ('按期答复率只有90%左右' → '按期答复率是多少')
            else:
                verb = re.match(r"(?:只|仅)?(有|是|为|达到?|共)", f.group(0))
                asked = (verb.group(1) if verb else "") + f"多少{measure}"
            return body[: f.start()] + asked + body[f.end():].rstrip("，, ") + "？"
    lead, end = _CLAIM_LEAD_EN.match(question), _CLAIM_END_EN.search(question)
    if lead and end and end.start() > lead.end():
        body = question[lead.end(): end.start()]
        figures = [f for f in _CLAIMED_EN.finditer(body) if not re.fullmatch(r"\s*(?:19|20)\d{2}", f.group(0))]
        if figures and not _ASKS.search(body):
            f = figures[-1]
            asked = " what percentage" if f.group("percent") else " how many"
            return (body[: f.start()].rstrip() + asked + body[f.end():]).strip() + "?"
    return question


# --- examples in brackets ------------------------------------------------------------------------------------------
# A bracket giving examples of the thing before it ('(WeChat, Weibo and the like)', '(e.g. …)', '（微信、微博等）', '（比如…）'):
# the thing is asked, the examples are no words a report must state.
EXAMPLE_BRACKET = re.compile(r"\s*[（(](?:(?i:e\.?g\.?,?|such as|like|including|for example)\s|比如|例如|譬如|像|如)[^（()）]{1,60}[)）]|"
                             r"\s*[（(][^（()）]{1,60}?(?:(?i:\s*,?\s*(?:and the like|and so on|and others|etc\.?))|等等?|之类的?|什么的)[)）]")


def without_examples(question: str) -> str:
    """The question without brackets giving examples of a thing ('government social-media accounts (WeChat, Weibo and the
    like)' → 'government social-media accounts')."""
    return EXAMPLE_BRACKET.sub("", question)


# Another word for a word of an English name, in brackets inside the name ('the Qiaokou District Landscaping (Gardens)
# Bureau'): the name is read without it.
NAME_ALTERNATIVE_EN = re.compile(r"\b([A-Z][a-z'-]+)\s*\((?:[A-Z][a-z'-]+\s?){1,3}\)(?=\s+(?:Bureau|Office|Commission|"
                                 r"Committee|Cent(?:er|re)|Administration|Department|Authority|Agency)\b)")


def without_name_alternative(question: str) -> str:
    """The question without a bracketed alternative inside an English name ('Landscaping (Gardens) Bureau' →
    'Landscaping Bureau')."""
    return NAME_ALTERNATIVE_EN.sub(r"\1", question)
