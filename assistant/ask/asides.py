"""Asides in brackets that are no part of what a question asks: examples of the thing before them ('government social-media
accounts (WeChat, Weibo and the like)', '（比如…）', '（…等）') and another word inside an English name ('the Qiaokou District
Landscaping (Gardens) Bureau'). Read as part of the question, their words had to be stated by the clause that answers.
"""

from __future__ import annotations

import re

from assistant.ask.guess import ASKS
from assistant.ask.tuning import TUNING

# A bracket giving examples of the thing before it ('(WeChat, Weibo and the like)', '(e.g. …)', '（微信、微博等）', '（比如…）'):
# the thing is asked, the examples are no words a report must state; nor is what a whole is said to include ('(pending
# ones included)').
EXAMPLE_BRACKET = re.compile(r"\s*[（(](?:(?i:e\.?g\.?,?|such as|like|including|for example)\s|比如|例如|譬如|像|如)[^（()）]{1,60}[)）]|"
                             r"\s*[（(][^（()）]{1,60}?(?:(?i:\s*,?\s*(?:and the like|and so on|and others|etc\.?"
                             + (r"|included" if TUNING.included_bracket_dropped else "") + r"))|等等?|之类的?|什么的)[)）]")


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


# A last sentence asking only to add up what the sentence before asked the total of ('…一共是多少？帮忙算个合计',
# '…总共多少？算个总数吧'): the request said again, no question of its own.
SUM_REQUEST_AGAIN = re.compile(r"[？?。]\s*(?:请|麻烦|劳驾)?(?:帮忙|帮我|给我|帮着)?(?:算|计算|加|统计|给出|给个|报个|说个)(?:一下|个|出|下)?"
                               r"(?:合计|总数|总和|总量|总的|一共多少|总共多少|加起来)?"
                               + (r"(?:[条件个篇项次]?数|吧|哈|啊|呀|呗|谢谢)?" if TUNING.sum_request_with_measure else
                                  r"(?:数|吧|哈|啊|呀|呗|谢谢)?") + r"[。！!？?]?\s*$")


def without_sum_request_again(question: str) -> str:
    """The question without a last sentence asking again to add up ('…三样加起来总共是多少？帮忙算个合计' → '…三样加起来总共是
    多少？'), when the sentence before asks a total."""
    from assistant.ask.operations import SUM

    m = SUM_REQUEST_AGAIN.search(question)
    if m is None or not SUM.search(question[: m.start()]):
        return question
    return question[: m.start() + 1]


# A statement quoted whole ('稿子里写“青溪市2022年全年作出行政许可决定213560件”，这个数对吗？'): a year, then a count with its
# measure, inside one pair of quotes — a sentence someone wrote, not the name of an account or a column ('“硚口审计”').
QUOTED_STATEMENT = re.compile(r"[“\"「]([^“”\"「」]{0,40}?(?:19|20)\d{2}年[^“”\"「」]*?[\d一二两三四五六七八九十百千万]+(?:多|余|来)?"
                              r"\s*(?:[件条个篇次项场期份宗起]|万件)[^“”\"「」]{0,40}?)[”\"」]")


def without_statement_quotes(question: str) -> str:
    """The question with a statement it quotes whole read as its own words ('稿子里写“淮安市2024年…超过400万件”' → '稿子里写
    淮安市2024年…超过400万件'): inside quotes, its body and year had been read as a name asked about, and no body was found."""
    return QUOTED_STATEMENT.sub(r"\1", question)


# A sentence of courtesy alone ('Excuse me, I would be grateful for your help.', 'Thank you kindly.', 'Hi there!'): English
# phrases of greeting, thanks and apology, one or more, asking nothing.
_COURTESY = (r"(?:excuse me|pardon me|sorry(?: to (?:bother|trouble) you)?|hello|hi(?: there)?|hey|greetings|"
             r"good (?:morning|afternoon|evening|day)|dear (?:sir|madam|sir or madam|team|all)|"
             r"(?:many |a lot of )?thanks?(?: you)?(?: (?:very|so) much)?(?: (?:kindly|again|in advance))?"
             r"(?: for (?:your|the) (?:help|time|assistance|answer|reply))?|"
             r"i (?:would|will|shall) be (?:very |most |really )?(?:grateful|thankful|obliged)(?: for (?:your|any) (?:help|assistance))?|"
             r"i(?:'d| would) (?:really |much |greatly )?appreciate (?:it|your help|your assistance|any help)|"
             r"(?:much|greatly) appreciated|if (?:you )?please|sir|madam|po)")
COURTESY_SENTENCE = re.compile(r"(?i)(?:^|(?<=[.!?]))\s*" + _COURTESY + r"(?:\s*[,;]?\s*" + _COURTESY + r")*\s*[.!,]+(?=\s|$)")


def without_courtesy(question: str) -> str:
    """An English question without its sentences of courtesy alone ('Thank you kindly. What about in 2024?' → 'What about
    in 2024?'); the question as it is when nothing else would remain."""
    rest = COURTESY_SENTENCE.sub("", question).strip()
    return rest if re.search(r"[A-Za-z]{3,}", rest) else question


# A sentence in which the asker speaks of themselves ('我要拿来和其他市统计局排个名。', '我们在做课题。'): it begins with 我 / 我们 /
# 本人, asks nothing, wants to know nothing and names no year.
OWN_STATEMENT = re.compile(r"^\s*(?:因为|因)?(?:我们|我|本人)(?!想知道|想了解|想问|想请教|问)[^？?]*?[。！!]?\s*$")
# (the words of asking a guess is read beside, and those of a yes-or-no question or of wanting to know)
ASKING = re.compile(ASKS.pattern + r"|吗|呢|知道|了解|请问|问一下")


def without_own_statement(question: str) -> str:
    """The question without the sentences in which the asker speaks of themselves and asks nothing ('…总共有多少条？
    我要拿来和其他市统计局排个名。' → '…总共有多少条？'), when another sentence asks."""
    sentences = [s for s in re.split(r"(?<=[？?。！!])", question) if s.strip()]
    kept = [s for s in sentences if not (OWN_STATEMENT.match(s) and not ASKING.search(s)
                                         and not re.search(r"\d{2,4}\s*年|[〇一二三四五六七八九]{2,4}年", s))]
    if len(kept) == len(sentences) or not any(ASKING.search(s) for s in kept):
        return question
    return "".join(kept)
