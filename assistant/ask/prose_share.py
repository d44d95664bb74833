"""A share of two figures one report's text states ('主动公开的信息里，重点领域信息占百分之几',
'回应关切的信息占全年主动公开总数的比例'): the question split into its part and its whole, each read
as a question of its own about the report, each answered by one clause stating one figure in the
same measure; the share computed from both and shown with its operands. Nothing when either is
not found for sure, the two are one clause, or the part exceeds the whole: a count is never the
answer to a share (extractive.asked_measure)."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assistant.ask.operations import SHARE, SIGN_ASKS_SHARE
from assistant.ask.breakdown import named_count, part_of
from assistant.ask.breakdown import pieces as breakdown_pieces
from assistant.ask.extractive import Unit, choose_units, same_unit
from assistant.ask.prose_sum import INCLUDED_ASIDE, counted_again, counts_in
from assistant.ask.tuning import TUNING
from assistant.model import plain_number

# Words before 占 hedging or limiting the share ('约占', '只占').
HEDGE = r"所|约|大约|大概|只|才|仅"
# '<whole>里/中/当中，<part>占…' — the whole named first, the part after it
WHOLE_FIRST = re.compile(r"^(?P<whole>.+?)(?:当中|之中|里面|里|中)[，,]?\s*(?P<part>[^，,。？?]+?)"
                         rf"(?:(?:{HEDGE})?占|的?(?:比例|占比|比重))")
# '<whole>，<part>的占…' — the whole, things counted (申请, 信息 …), said in a clause of its own before the part
# ('收到的信息公开申请，办结的占了百分之多少')
# (the part no whole of its own, '在它全年发布总量中', nor a question, '占了多大': PART_NOT; nothing named after 占 as the whole)
WHOLE_COMMA_PART = re.compile(r"^(?P<whole>[^，,。？?]*?(?:申请|信息|事项|案件|留言|来信|诉求)[^，,。？?]{0,4}?)[，,]\s*(?:其中)?"
                              rf"(?P<part>[^，,。？?]{{2,20}}?)(?:(?:{HEDGE})?占了?(?=\s*(?:百分之|多少|几成|多大|几)|\s*的?(?:比例|比重))"
                              r"|的?(?:比例|占比|比重))")
PART_NOT = re.compile(r"^在|占|多少|几|多大|比例|总量|总数|全部|所有")
# '<whole>，有多大比例是<part>' — the whole in a clause of its own, the share asked before the part
# ('主动公开的政府信息，有多大比例是通过政务新媒体推出去的')
WHOLE_THEN_SHARE_OF = re.compile(r"^(?P<whole>[^，,。？?]{2,}?)[，,]\s*(?:其中)?(?:有|占)?(?:多大|多少|几成|百分之几|百分之多少)"
                                 r"(?:的)?(?:比例|比重|占比)?(?:是|为|属于|来自)(?P<part>[^，,。？?]{2,20})")
# '<part>占<whole>的比例/百分之几/多少' — the part first
PART_FIRST = re.compile(r"^(?P<part>.+?)(?:所|约|大约|大概)?占(?:了)?(?P<whole>[^，,。？?]+?)的?"
                        r"(?:比例|比重|百分之|百分比|多少|几成|几分之|几个百分点" + SIGN_ASKS_SHARE + ")")


# '<part>在<whole>中的占比' ('政务动态在…网站信息总量中的占比')
PART_IN_WHOLE = re.compile(r"^(?P<part>[^，,。？?]+?)在(?P<whole>[^，,。？?]+?)(?:当中|之中|里面|里|中)的?(?:占比|比例|比重|份额)")


# Ordinary words saying a count is the whole ('总数', '总量', '当年'), not what it counts.
TOTAL_WORDS = re.compile(r"当年|全年|总数|总量|总计|总额|总和|合计|全部|所有|总的")


ADDED = re.compile(r"和|与|及|、|加|(?:一|总)共|合计")
# A whole named as things added ('网站和政务新媒体一共发的', '新受理加上年结转的'): two things joined.
WHOLE_ADDED = re.compile(r"[\u4e00-\u9fff]{2}(?:和|与|及|、|加上?)[\u4e00-\u9fff]{2}")


# '<a>是<b>的几倍' — how many times one figure the other is
TIMES_OF = re.compile(r"^(?P<part>[^，,。？?]+?)(?:是|为|相当于)(?P<whole>[^，,。？?]+?)的(?:几|多少)倍")


def split_times(question: str) -> tuple[str, str] | None:
    """(the figure over, the figure under) of a '几倍' question in Chinese, or None."""
    m = TIMES_OF.search(question.strip())
    if m and len(m.group("part").strip()) >= 2 and len(m.group("whole").strip()) >= 2:
        return m.group("part").strip(), m.group("whole").strip()
    return None


# What a request came to ('ended in full disclosure', 'resulted in a refusal'): the outcome is the part asked.
EN_OUTCOME = r"ended in|ended with|ended up (?:as|in|with)|resulted in|(?:were|was) answered (?:with|by)|" if TUNING.english_outcome_verbs else ""
# 'What share of <whole> were <part>?', 'What percentage of <whole> was <part>?'
EN_SHARE = re.compile(r"(?i)\bwhat (?:share|percentage|proportion|fraction|percent) of (?P<whole>.+?) "
                      r"(?:" + EN_OUTCOME + "were|was|are|is|came from|went to|went out (?:through|via|on)|came through|concerned|"
                      r"covered|dealt with|related to|involved|had been|have been|has been) "
                      r"(?P<part>.+?)(?:[?.]|$)")
# '<part> as a share of <whole>' ('Weibo posts as a share of all proactively disclosed items?')
EN_AS_SHARE = re.compile(r"(?i)(?:^|[,;:.?]\s*|\s[-–—]\s)(?:what (?:were|was|are|is) )?(?P<part>[^,;:?.]+?) as an? (?:share|percentage|"
                         r"proportion|fraction|percent) of (?P<whole>[^,;:?.]+?)(?:[?.,;]|$)")
# 'How many of X were P, and what share (of all X) is that?': the part said in the count asked
# first, the share of it after ('that').
EN_SHARE_OF_THAT = re.compile(
    r"(?i)\bhow many (?:of )?(?P<whole1>.+?) (?:were|was|are|came from|went to|ended with|ended in|had) (?P<part>.+?),?"
    r"\s+and what (?:share|percentage|proportion|fraction|percent)(?: of (?P<whole>.+?))? (?:is|was) (?:that|this|it)\b")


# 'how many times as many <a> as <b>' — how many times one figure the other is, in English
EN_TIMES = re.compile(r"(?i)\bhow many times (?:as many|as much|more)\s+(?P<part>.+?)\s+(?:as|than)\s+(?P<whole>.+?)(?:[?.]|$)")


# 'the number of <a> divided by the number of <b>', 'the ratio of <a> to <b>'
EN_DIVIDED = re.compile(r"(?i)\b(?:the )?(?:number of |count of )?(?P<part>[\w' -]+?) divided by (?:the )?"
                        r"(?:number of |count of )?(?P<whole>[\w' -]+?)(?=,|\?|\.|$)|"
                        r"\bratio of (?:the )?(?:number of )?(?P<part2>[\w' -]+?) to (?:the )?(?:number of )?"
                        r"(?P<whole2>[\w' -]+?)(?=,|\?|\.|$)")


def split_times_en(question: str, texts: list[str]) -> tuple[str, str] | None:
    """(the figure over, the figure under) of an English 'how many times as many … as …' question
    (or '… divided by …', 'the ratio of … to …'), each in the glossary's Chinese as the reports'
    ``texts`` word it, or None."""
    m = EN_TIMES.search(question)
    if not m and TUNING.english_divided_by:
        d = EN_DIVIDED.search(question)
        if d:
            part, whole = d.group("part") or d.group("part2"), d.group("whole") or d.group("whole2")
            part = re.split(r"(?i)\b(?:number|count) of ", part)[-1]
            a, b = _nouns(_in_chinese(part, texts)), _nouns(_in_chinese(whole, texts))
            return (a, b) if a.strip() and b.strip() and a != b else None
    if not m:
        return None
    a, b = _nouns(_in_chinese(m.group("part"), texts)), _nouns(_in_chinese(m.group("whole"), texts))
    return (a, b) if a.strip() and b.strip() and a != b else None


def _nouns(words: str) -> str:
    """The words naming a thing, without the verbs an English phrase brought in ('post' → 推送, which
    the clause may say as 发布): a word jieba reads as one verb is left out, unless it is all."""
    import jieba.posseg

    kept = [w for w in words.split() if [p.flag for p in jieba.posseg.cut(w)] != ["v"]]
    return " ".join(kept) if kept else words


def _in_chinese(phrase: str, texts: list[str], dictionary: bool = False) -> str:
    """An English phrase in the glossary's Chinese, each group's word the reports use ('government
    news' → 政务动态 or 工作动态), single characters left out (条)."""
    from assistant.ask.glossary import chinese_alternatives

    groups = [g for g in chinese_alternatives(phrase) if not all(len(w) == 1 for w in g)]
    words = [next((w for w in g if any(w in t for t in texts)), g[0]) for g in groups]
    if dictionary and TUNING.english_share_dictionary:
        # (the words the glossary leaves, in the dictionary's Chinese the reports say: 'statutory' → 法定,
        # 'online' → 网上; none for the words of bodies' names)
        from assistant.ask.dictionary import dictionary_words

        extra = dictionary_words(phrase, "\n".join(texts), names_left_out=True, first_each=True)
        if TUNING.share_part_content_words:
            import jieba.posseg

            # ('all' → 一律, 'through' → 通过: the dictionary's words naming no thing)
            extra = [w for w in extra if [p.flag for p in jieba.posseg.cut(w)] not in (["p"], ["d"])]
        words += extra
    return " ".join(dict.fromkeys(words))


# 'Of <whole>, what share came from <part>?' — the whole named first
EN_OF_WHOLE = re.compile(r"(?i)(?:^|[.?]\s+)of (?P<whole>[^,?.]+?),\s*what (?:share|percentage|proportion|fraction|percent)"
                         r"(?: of (?:it|them|that|this|the total|all))? (?:came from|went to|went out (?:through|via|on)|"
                         r"came through|" + EN_OUTCOME + "was|were|is|are) "
                         r"(?P<part>.+?)(?:[?.]|$)")
# A whole named by pointing back at the things a sentence before lists ('…licensing, penalty and
# coercive-measure cases in 2022. What share of those three together were penalty cases?').
EN_BACK = re.compile(r"(?i)^\s*(?:those|these|them|the|all(?: of)?)?\s*(?:(?:two|three|four|five|\d) )?(?:of them )?"
                     r"(?:together|combined|in all)?\s*(?:combined )?(?:total|sum)?\s*$")
# Things listed joined by 'and' ('licensing, penalty and coercive-measure cases').
EN_LISTED = re.compile(r"(?i)(?P<things>(?:[\w'’-]+ ){0,5}[\w'’-]+(?:, (?:[\w'’-]+ ){0,5}[\w'’-]+)*,? and "
                       r"(?:[\w'’-]+ ){0,5}[\w'’-]+)")


def _whole_listed_before(question: str, at: int, texts: list[str]) -> str:
    """The things the sentence before ``at`` lists, in the glossary's Chinese joined by 和 ('行政许可和
    行政处罚和行政强制'); '' unless it lists one run of things, each with a Chinese wording."""
    before = question[:at]
    sentences = [x for x in re.split(r"[.?!]\s+", before) if x.strip()]
    if not sentences:
        return ""
    # (each run of things joined by 'and' that the glossary reads whole: not 'development and reform',
    # a body's name)
    joined = [x for x in (_and_joined(run, texts) for run in EN_LISTED.findall(sentences[-1])) if x]
    if len(joined) == 1:
        return joined[0]
    thing = EN_THINGS_DONE.search(sentences[-1]) if TUNING.english_share_of_them else None
    if thing:
        # ('… received a number of disclosure requests in 2022. What percentage of them …': the things the
        # sentence before says were received)
        return _in_chinese(thing.group(0), texts).strip()
    return ""


# Things a sentence says a body received or handled ('received a number of disclosure requests in 2022').
EN_THINGS_DONE = re.compile(r"(?i)\b(?:received|got|handled|accepted|took in)\s+(?:a (?:number|total) of\s+|some\s+|many\s+)?"
                            r"[\w\s'’-]*?\brequests?\b")


def _and_joined(phrase: str, texts: list[str]) -> str:
    """An English phrase joining things with 'and' (and commas) in the glossary's Chinese, each
    thing's words joined by 和 ('its website and its WeChat account' → '网站和微信公众号'); '' unless
    it joins several things, each with a Chinese wording."""
    things = [x for x in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", phrase) if x.strip()]
    said = [_nouns(_in_chinese(x, texts)).replace(" ", "") for x in things]
    return "和".join(said) if len(said) >= 2 and all(said) and len(set(said)) == len(said) else ""


# An English share of what is not something ('other than government news', 'not online', 'non-news').
EN_NEGATED = re.compile(r"(?i)\b(?:other than|not|non-|excluding|except|apart from|aside from|besides)\b|\bnon-")


def split_share_en(question: str, texts: list[str]) -> tuple[str, str] | None:
    """(the part, the whole) of an English share question, each in the glossary's Chinese as the
    reports' ``texts`` word it ('key-area information' → 重点领域; 'government news' → 政务动态 or
    工作动态, whichever they use), or None when either has no Chinese wording."""
    if TUNING.en_share_negated and EN_NEGATED.search(question):
        # ('…items were something other than government news'): the share of the rest, not of the thing
        # named, which the words read would give — refused
        return None
    if TUNING.share_by_clauses:
        m = EN_OF_WHOLE.search(question)
        if m:
            # ('Of everything X published on its website and its WeChat account, what share came from
            # WeChat?': a whole adding things, each named)
            joined = _and_joined(m.group("whole"), texts)
            # (the part in the dictionary's words too, as a share asked 'what percentage of <whole>' reads it: 'legally
            # mandated' → 法定)
            part = _in_chinese(m.group("part"), texts, TUNING.english_part_of_whole_dictionary)
            whole = joined or _in_chinese(m.group("whole"), texts)
            return (part, whole) if part.strip() and whole.strip() else None
        m = EN_SHARE.search(question)
        if m and EN_BACK.match(m.group("whole")):
            # ('What share of those three together were penalty cases?': the things listed before)
            whole = _whole_listed_before(question, m.start(), texts)
            part = _in_chinese(m.group("part"), texts)
            return (part, whole) if part.strip() and whole else None
    m = EN_AS_SHARE.search(question) if TUNING.english_as_share_of else None
    if m:
        # ('Weibo posts as a share of all proactively disclosed items?')
        part = _in_chinese(re.split(r"\s[-–—:]\s", m.group("part"))[-1], texts, True)
        whole = _in_chinese(m.group("whole"), texts, True)
        if re.search(r"(?i)\b(?:items?|information)\b", m.group("whole")) and "信息" not in whole:
            whole += " 信息"
        return (part, whole) if part.strip() and whole.strip() else None
    m = EN_SHARE_OF_THAT.search(question)
    if m:
        # ('…what percentage of all requests is that': the part is the count asked first, the whole as
        # that count names it, 'the office's 2024 disclosure requests', before a shorter 'all requests')
        part = _in_chinese(m.group("part"), texts)
        whole = _in_chinese(m.group("whole1"), texts).strip() or _in_chinese(m.group("whole") or "", texts)
        named_whole = m.group("whole") or m.group("whole1")
    else:
        m = EN_SHARE.search(question)
        if not m:
            return None
        part, whole = _in_chinese(m.group("part"), texts, True), _in_chinese(m.group("whole"), texts, True)
        if TUNING.english_part_joined and re.search(r"(?i)\band\b", m.group("part")):
            # ('… were work updates and notices/announcements put together': the part adds the two, 工作动态和通知公告)
            part = _and_joined(m.group("part"), texts) or part
        named_whole = m.group("whole")
    if re.search(r"(?i)\b(?:items?|information)\b", named_whole) and "信息" not in whole:
        whole += " 信息"  # (the items counted are items of information: '…网站发布信息16642条')
    return (part, whole) if part.strip() and whole.strip() else None


# A bracket saying what a share is of ('（办结件数占收到件数的百分比）').
SHARE_BRACKET = re.compile(r"[（(]([^（）()]*?占[^（）()]*)[）)]")


def split_share(question: str) -> tuple[str, str] | None:
    """(what the part is, what the whole is) of a share question in Chinese, or None."""
    defined = SHARE_DEFINED.search(question) if TUNING.share_defined else None
    if defined is None and TUNING.share_defined_in_bracket:
        # ('申请办结率（办结/收到）', '…办结率是多少？（办结数/收到数）')
        defined = RATE_DEFINED_IN_BRACKET.search(question) if SHARE.search(question) else None
    # ('…办结率是多少？按办结数占收到的申请数算': the question's own definition of its rate, part and whole)
    found = (defined.group("part").strip(), defined.group("whole").strip()) if defined else _split_share(question)
    if found is None or not TUNING.count_word_dropped:
        return found
    # ('办结件数占收到件数': the count of what was finished, of what was received — 件数 is the count, no word of the text)
    return tuple(COUNT_WORD.sub("", x) if len(re.findall(r"[\u4e00-\u9fff]", COUNT_WORD.sub("", x))) >= 2 else x
                 for x in found)


# A rate defined by the question ('按办结数占收到的申请数算', '以公开的件数除以办结件数计'): its part and its whole.
SHARE_DEFINED = re.compile(r"(?:按照?|以)\s*(?P<part>[^，,。？?；;]{2,20}?)\s*(?:占|除以|÷|/)\s*(?P<whole>[^，,。？?；;]{2,20}?)"
                           r"(?:的比例|的比重|的比)?\s*(?:来|去)?(?:计算|算|计)")
# … and a rate defined in a bracket ('办结率（办结/收到）', '公开率是多少？(予以公开÷办结)').
RATE_DEFINED_IN_BRACKET = re.compile(r"[（(]\s*(?P<part>[^，,。？?；;()（）/÷]{2,12}?)\s*(?:/|÷|除以)\s*"
                                     r"(?P<whole>[^，,。？?；;()（）/÷]{2,12}?)\s*[)）]")
# The word of a count after what is counted ('办结件数', '收到条数').
COUNT_WORD = re.compile(r"(?<=[\u4e00-\u9fff])(?:件数|条数|篇数|个数|次数)$")


def _split_share(question: str) -> tuple[str, str] | None:
    text = question.strip()
    if TUNING.share_spelled_in_bracket:
        # a bracket spelling the share out ('办结率是多少（办结件数占收到件数的百分比，保留一位小数）'): its part and whole
        for bracket in SHARE_BRACKET.finditer(text):
            found = _split_share(bracket.group(1))
            if found is not None:
                return found
    m = PART_IN_WHOLE.search(text)
    if m and len(m.group("part").strip()) >= 2 and len(m.group("whole").strip()) >= 2:
        return m.group("part").strip(), m.group("whole").strip()
    m = WHOLE_FIRST.search(text)
    if m and len(m.group("part").strip()) >= 2:
        return m.group("part").strip(), m.group("whole").strip()
    m = WHOLE_COMMA_PART.search(text) if TUNING.share_whole_before_comma else None
    if m and len(m.group("part").strip("的 ")) >= 2 and not PART_NOT.search(m.group("part").strip()) and \
            m.group("part").strip().endswith("的"):
        return m.group("part").strip(), m.group("whole").strip()
    m = WHOLE_THEN_SHARE_OF.search(text) if TUNING.share_asked_before_part else None
    if m:
        return m.group("part").strip(), m.group("whole").strip()
    m = PART_FIRST.search(text)
    if m and len(m.group("whole").strip()) >= 2 and m.group("whole").strip() not in ("多少", "几成", "比例"):
        part, whole = m.group("part").strip(), m.group("whole").strip()
        if TUNING.whole_all_said_before and TOTAL_WORDS.fullmatch(whole.strip("的")):
            # ('主动公开的那些信息，在政务新媒体上推送的占全部的百分之几': 'all' of the things of the clause before)
            clauses = [c for c in re.split(r"[，,]", part) if c.strip()]
            if len(clauses) >= 2:
                part, whole = clauses[-1].strip(), clauses[-2].strip()
        if not re.search(r"[，,？?]", part):
            return part, _whole_made_of(whole)
    for pattern in (WHOLE_THEN_VERBED, VERBED_SHARE) if TUNING.share_by_verb and "占" not in text else ():
        m = pattern.search(text)
        if m:
            return m.group("part").strip(), m.group("whole").strip()
    return _split_share_by_clauses(text) if TUNING.share_by_clauses else None


# A share asked by the verb done to part of the things counted, after the whole said with 里/中 ('主动公开的信息里，
# 通过政务微信公开了百分之几') …
WHOLE_THEN_VERBED = re.compile(r"(?P<whole>[^，,。？?；;]{2,}?)(?:当中|之中|里面|里头|里|中)[，,]\s*(?P<part>[^，,。？?；;]{2,20}?)了?"
                               r"(?:百分之几|百分之多少|几成|多大比例|多少比例|多大比重)")
# … or right after the things ('收到的申请办结了百分之几'): the things (the format's nouns of what is counted) are the
# whole, the verb done to some of them the part.
VERBED_SHARE = re.compile(r"(?P<whole>[^，,。？?；;]*?(?:申请|信息|事项|案件|留言|来信))(?P<part>[\u4e00-\u9fff]{2,6}?)了?"
                          r"(?:百分之几|百分之多少|几成|多大比例|多少比例|多大比重)")


# The words asking a share ('占百分之几', '占比多少', '只占多少'), with what it is a share of between 占 and them.
SHARE_CUE = re.compile(r"(?:占比|比例|比重)(?:是|为|有)?(?:多少|几)"
                       rf"|(?:{HEDGE})?占(?:了|到)?(?P<whole>[^，,。？?]*?)的?"
                       r"(?:比例|比重|百分之|百分比|多少|几成|几分之|份额)")
# A clause naming the whole the part is of: '…的561条里', '网站和公众号放一起', '…合起来'.
WHOLE_CLAUSE = re.compile(r"^(?P<whole>.+?)(?:当中|之中|里面|里头|里|中|放(?:在)?一起|加起来|合起来|加在一起|"
                          r"合在一起|算在一起)$")
# '在全年700条里' inside the part's clause: the whole, named where the share is asked.
WHOLE_INSIDE = re.compile(r"在(?:它|其|它们|他们)?(?P<whole>[^，,]+?)(?:当中|之中|里面|里头|里|中)的?$")
# A count asked of the part before its share ('应急管理的有几条，占百分之几'), and words pointing at it
# ('官网那部分', '公众号那头').
COUNT_ASKED = re.compile(r"的?(?:有|是|才|只有|共有|一共)?(?:几|多少)[条件篇个项份场次期]?$")
POINTER = re.compile(r"(?:那|这)(?:部分|一部分|头|块|一块|些)$")


def _split_share_by_clauses(text: str) -> tuple[str, str] | None:
    """(the part, the whole) of a share asked over several clauses: the whole named in a clause of
    its own ('主动公开的561条里，应急管理的有几条，占百分之几', '网站和公众号放一起，公众号那部分只占百分之几')
    or where the share is asked ('政策解读和回应关切这两类，合起来在全年700条里占多少'); None otherwise."""
    cue = SHARE_CUE.search(text)
    if cue is None:
        return None
    clauses = [c.strip() for c in re.split(r"[，,？?。；;]", text[: cue.start()])]
    while clauses and not clauses[-1]:
        clauses.pop()
    if not clauses:
        return None
    whole = (cue.group("whole") or "").strip()
    inside = WHOLE_INSIDE.search(clauses[-1])
    if inside and not whole:
        whole, clauses[-1] = inside.group("whole"), clauses[-1][: inside.start()]
    # the part: the last clause with a word of its own, its count asked and pointers left out
    def words_of(clause: str) -> str:
        return POINTER.sub("", COUNT_ASKED.sub("", clause)).strip()

    part_at = len(clauses) - 1
    part = words_of(clauses[part_at])
    if len(re.findall(r"[\u4e00-\u9fff]", part)) < 2 or re.fullmatch(r"(?:合起来|加起来|一共|总共|合计)", part):
        if part_at == 0:
            return None
        part_at -= 1
        part = words_of(clauses[part_at]) + part
    if not whole and part_at >= 1:
        before = clauses[part_at - 1]
        named = WHOLE_CLAUSE.match(before)
        bare = _bare(part, [])
        if named is not None:
            whole = named.group("whole")
        elif re.search(r"加上|再加|和|与|及|、", before) and bare and bare in before:
            whole = before  # ('官网更新的信息加上媒体发的报道，官网那部分占多少': the part one of the things added)
    if not whole and TUNING.share_whole_implied and len(re.findall(r"[\u4e00-\u9fff]", _bare(part, []))) >= 2:
        return part, ""  # ('网上申请的占多少比例': the whole left to what the part is a part of)
    if not whole:
        return None
    if len(re.findall(r"[\u4e00-\u9fff\d]", part)) < 2 or len(re.findall(r"[\u4e00-\u9fff\d]", whole)) < 2:
        return None
    return part, _whole_made_of(whole)


def _whole_made_of(whole: str) -> str:
    """A whole named by what it adds in a bracket ('总量（网站+公众号）') named by those things."""
    m = re.search(r"[（(]([^（）()]+?(?:\+|＋|加|和)[^（）()]+?)[）)]", whole)
    return re.sub(r"\+|＋", "和", m.group(1)) if m else whole


def _one_figure(unit: Unit, asked: str, kind=None) -> tuple[Decimal, str] | None:
    """The one figure of the unit, or of the one piece of it ('重点领域信息556条、应急管理类36条…'
    split at its 、 and commas) sharing most of the asked phrase's pairs of characters. ``kind``:
    the measure kind the figure must count in (that of the figure it is set against), which tells
    one thing counted twice apart ('公众号共发布信息294期1014条' against a count of 条: 1014)."""
    from assistant.ask.extractive import measure_kind

    found = [f for f in counts_in(unit.quote) if f.raw in unit.figures]
    if kind is not None and len(found) > 1:
        of_kind = [f for f in found if f.unit and measure_kind(f.unit) == kind]
        if len(of_kind) == 1 and _counted_twice(unit.quote, of_kind[0]):
            return of_kind[0].value, of_kind[0].unit
    if len(found) == 1:
        return found[0].value, found[0].unit
    if TUNING.bare_count_in_kind and kind is not None:
        # (one count in the kind asked beside numbers with no measure: '2025关东街共受理…申请21件', whose year has lost its 年)
        of_kind = [f for f in found if f.unit and measure_kind(f.unit) == kind]
        if len(of_kind) == 1 and all(f is of_kind[0] or not f.unit for f in found):
            return of_kind[0].value, of_kind[0].unit
    # a whole and its breakdown ('门户网站发布信息16642条(概况类194条、…信息公开目录10699条)'): the count
    # the phrase names, or the whole
    named = named_count(asked, unit.quote)
    chosen = [f for f in found if f.value == named]
    if named is not None and chosen:
        return chosen[0].value, chosen[0].unit
    # each count with its label back to the previous count ('其中公开年度重点工作任务分解、执行及落实情况
    # 27条': the label holds its 、, not '执行及落实情况27条' alone), the one sharing most of the phrase's
    # pairs, and more than one pair ('信息' alone, of '经济和社会发展统计信息24条', names nothing)
    pairs = {asked[i:i + 2] for i in range(len(asked) - 1)}
    by_start = {f.start: f for f in found}
    scored = []
    for piece in breakdown_pieces(unit.quote):
        figure = by_start.get(piece.start)
        if figure is not None:
            label = piece.label
            scored.append((sum(1 for i in range(len(label) - 1) if label[i:i + 2] in pairs), figure))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1].value, scored[0][1].unit


def counts_twice(unit: Unit) -> bool:
    """Whether the clause counts one thing twice, in two measures ('发布信息294期1014条')."""
    return any(_counted_twice(unit.quote, f) for f in counts_in(unit.quote) if f.raw in unit.figures)


def _counted_twice(quote: str, figure) -> bool:
    """A count right after another count of the same thing in another measure ('294期1014条')."""
    before = [f for f in counts_in(quote) if f.end <= figure.start]
    return bool(before) and counted_again(quote, before[-1], figure)


# 'X量', 'X数' ('信息量', '申请数'): the count of X, which a report states as 'X…N条'
COUNT_OF = re.compile(r"^(?P<x>[\u4e00-\u9fff]{2,})[量数]$")


def _counted_as(phrase: str) -> bool:
    """Whether a phrase names its thing by a count of it ('…网站发布量', '发文数')."""
    import jieba

    return any(COUNT_OF.match(w) for w in jieba.cut(phrase)) or bool(re.search(r"[\u4e00-\u9fff]{2}[量数](?:的|是|$)", phrase))


# Words of the report's own year ('年内', '全年', '本年度').
YEAR_FRAME = re.compile(r"年内|全年|本年度?|当年|今年|年度内")


# Words naming a part as a portion of what is put out, or as its content ('…内容', '那部分', '这一块'): no thing apart.
PORTION_WORDS = frozenset({"内容", "部分", "那部分", "这部分", "一块", "这块", "那块", "一部分"})
# Words of the means things are put out through ('渠道', '平台', '途径'): any one says the others.
MEANS_WORDS = frozenset({"渠道", "平台", "途径"})


def _says_all(quote: str, part_q: str, whole_q: str, names: list[str]) -> bool:
    """The clause of the part (with the clauses of its sentence before it: '通过门户网站主动公开…,
    通知公告类397条') says every word naming the part (its words the whole's phrase does not share,
    not the body, year or a word of asking)."""
    import jieba

    from assistant.ask.glossary import other_wordings
    from assistant.ask.terms import STOP_WORDS, focus_text

    from assistant.ask.cells import CHANNEL_FRAME, REQUEST_CHANNELS, asked_channels

    if asked_channels(part_q):
        part_q = CHANNEL_FRAME.sub(r" \1 ", part_q)  # ('网上提交的' is said by '网上申请5件': the way asked)
    from assistant.ask.multi_report import GENERIC_NOUNS

    if TUNING.format_word_said_any_way:
        # (a row or column of the national tables, said in any of the format's wordings of it: '全部公开的' by
        # '其中予以公开5件')
        from assistant.national.schema import wordings

        for word, ways in sorted(wordings().items(), key=lambda x: -len(x[0])):
            if word in part_q and any(w in quote for w in ways):
                part_q = part_q.replace(word, " ")
    words = [w for w in jieba.cut(focus_text(part_q, names, "zh")) if len(w.strip()) >= 2
             and w not in STOP_WORDS and w not in whole_q and not w.isdigit()]
    if TUNING.year_frame_unsaid:
        # (the report's year said of the part, '年内已办结的', '全年公开的': no word the clause must say)
        words = [w for w in words if not YEAR_FRAME.fullmatch(w)]
    if TUNING.counts_framing_both and _counted_as(whole_q):
        # ('公众号的发文量是…网站发布量的几倍': each side named by its count, 发文量 and 发布量 — the frame of a
        # ratio of two outlets' output, said by neither clause word for word)
        words = [w for w in words if not COUNT_OF.match(w) and not re.search(re.escape(w) + "[量数]", part_q)] or words
    if TUNING.share_by_clauses and len(words) > 1:
        # ('应急管理信息' is said by '…各类信息1023条,其中…应急管理52条': 信息 names no thing apart)
        words = [w for w in words if w not in GENERIC_NOUNS] or words
    if TUNING.share_part_portion_words:
        # ('法定主动公开内容', '…必须公开的那部分', '…这一块'): a word naming the part as a portion or the content of what is
        # put out names no thing apart
        words = [w for w in words if w not in PORTION_WORDS] or words
    if TUNING.share_part_means_words:
        # ('线上渠道发出去的' by '…等线上平台公开134条'): a word of the means things are put out through is said by
        # another of them, and a verb of putting out ('发出', '发的') by any of the reports' (outlets.PUBLISHING)
        from assistant.ask.outlets import PUBLISHING, publishing_asked

        if any(m in quote for m in MEANS_WORDS):
            words = [w for w in words if w not in MEANS_WORDS]
        if any(v in quote for v in PUBLISHING):
            words = [w for w in words if not publishing_asked(w)]
    if TUNING.share_part_content_words:
        # (a word naming no thing, a preposition or an adverb ('通过', '一律': 'through', 'all' in an English part), is
        # no word the clause must say; a verb of publishing is said by any ('推出去的' by '政务新媒体推送3830条'))
        import jieba.posseg

        from assistant.ask.outlets import PUBLISHING

        words = [w for w in words if [p.flag for p in jieba.posseg.cut(w)] not in (["p"], ["d"])]
        if any(v in quote for v in PUBLISHING):
            words = [w for w in words if w not in PUBLISHING]

    # (a word is said in any of the glossary's wordings of its term: '网站发布的通知公告' by '…门户网站主动
    # 公开…,通知公告类397条')
    def said(w: str) -> bool:
        # (a way of coming in, in any of its words: '网上提交的' by '网络申请14件')
        way = next((ws for ws in REQUEST_CHANNELS.values() if w in ws), ()) if TUNING.channel_said_any_way else ()
        return w in quote or any(o in quote for o in other_wordings(w)) or any(x in quote for x in way)

    # ('信息量' is said by '…上传信息5786条': the count of 信息)
    return all(said(w) or (COUNT_OF.match(w) is not None and said(COUNT_OF.match(w).group("x"))) for w in words)


def _bare(asked: str, names: list[str]) -> str:
    """What a part names, without the body, the year and the words of asking."""
    from assistant.ask.terms import focus_text

    return re.sub(r"\s+", "", focus_text(asked, names, "zh")).strip("的")


def _answer_of(asked: str, names: list[str], language: str, pool, stats, similarity):
    """The clauses answering '<asked>有多少', best first, each with its one figure (value, measure),
    or None for a clause whose figure is not one for sure; None when nothing answers."""
    # (a space before 有: jieba reads "概况类有" as one word, "类有" a pair no clause says)
    composition = choose_units(f"{asked} 有多少", names, language, pool, stats, similarity=similarity,
                               separate_counts=True)
    if not composition.answered:
        return None
    return [(u, _one_figure(u, asked)) for u in composition.units] or None


def _in_kind(found: list, asked: str, kind) -> list:
    """The clauses found for ``asked`` (_answer_of), each with its one figure counting in ``kind``."""
    return [(u, _one_figure(u, asked, kind)) for u, _ in found]


def _from_whole_to_part(whole: Unit, part: Unit) -> str | None:
    """The passage's text from ``whole``'s clause up to ``part``'s, when both are of one passage and
    the whole's clause comes first; else None."""
    if whole.passage is not part.passage:
        return None
    text = whole.passage.text
    start, at = text.find(whole.quote), text.find(part.quote)
    return text[start: at] if 0 <= start < at else None


def _breaks_down(whole: Unit, part: Unit) -> bool:
    """Whether ``whole``'s clause ends with '其中' and ``part``'s clause is in the sentence after it."""
    span = _from_whole_to_part(whole, part) if re.search(r"其中[,，:：]?\s*$", whole.quote) else None
    return span is not None and not re.search(r"[。；;]", span[len(whole.quote):])


def _breakdown_holds(whole: Unit, part: Unit) -> bool:
    """Whether ``part``'s clause comes after ``whole``'s in one sentence, with a '其中' between them
    (or ending the whole's clause): the part is one of the whole's breakdown."""
    span = _from_whole_to_part(whole, part) if whole is not part else None
    if span is not None and TUNING.breakdown_after_stop:
        # ('…主动公开政府信息2603条。其中,…概括类信息336条': a sentence of its parts, opened by 其中, which
        # may open the part's own clause)
        span = re.sub(r"[。；;]\s*(?=其中)", "", span + part.quote[:2])
    return span is not None and "其中" in span[max(len(whole.quote) - 4, 0):] and not re.search(r"[。；;]", span)


# A clause stating a change from another year ('较上一年度增加42件', '同比增长12%'): no whole of anything.
CHANGE_STATED = re.compile(r"(?:较|比|同比|环比)[^，,。；;\d]{0,8}?(?:增加|减少|增长|下降|提高|降低|上升|多|少)"
                           r"|(?:增加|减少|增长|下降|上升)了?\d")


def _whole_above(part: Unit, whole_q: str, a: Decimal, measure: str, found: Unit):
    """The clause of the part's sentence whose breakdown holds the part (nearest first), with its one
    figure, when it counts in the part's measure, more than the part, and says every word of
    ``whole_q`` that ``found`` says; else None."""
    from assistant.ask.extractive import units_of
    from assistant.ask.terms import terms_of

    asked = terms_of(whole_q)
    wanted = asked & terms_of(found.quote)
    for unit in reversed(units_of([part.passage], separate_counts=True)):
        if not _breakdown_holds(unit, part):
            continue
        if TUNING.change_no_whole and CHANGE_STATED.search(unit.match_text):
            continue  # ('较上一年度增加42件': a change, no whole)
        figure = _one_figure(unit, whole_q)
        if figure is not None and figure[1] == measure and figure[0] > a and wanted <= terms_of(unit.quote):
            return unit, figure
    return None


@dataclass
class Share:
    part: Unit  # the clause stating the part
    whole: Unit  # the clause stating the whole (the part's own, for a part in its breakdown)
    a: Decimal
    b: Decimal
    measure_a: str
    measure_b: str
    percent: Decimal  # the share in %, or for a ratio asked ('几倍') the times
    times: bool = False
    added: tuple = ()  # a part that is a sum: (clause, figure) of each thing added
    whole_added: tuple = ()  # a whole that is a sum: (clause, figure) of each thing added

    @property
    def units(self) -> list[Unit]:
        """The clauses to quote: each once."""
        parts: list[Unit] = []
        for x in [x for x, _ in self.added] or [self.part]:
            if not any(same_unit(x, y) for y in parts):
                parts.append(x)
        for x in [x for x, _ in self.whole_added] or [self.whole]:
            if not any(same_unit(x, y) for y in parts):
                parts.append(x)
        return parts

    def said(self, language: str = "zh") -> str:
        """'201个占260条的77.3%（201 ÷ 260）'; of a sum, '20件占59件的33.9%（(2 + 18) ÷ 59）'."""
        a, b = plain_number(self.a), plain_number(self.b)
        if self.whole_added:
            shown = " + ".join(plain_number(v) for _, v in self.whole_added)
            if language != "zh":
                return f"{a} of {b} ({shown}) is {self.percent}% ({a} ÷ ({shown}))"
            return f"{a}{self.measure_a}占{b}{self.measure_b}的{self.percent}%（{a} ÷ ({shown})）"
        if self.added and not self.times:
            shown = " + ".join(plain_number(v) for _, v in self.added)
            if language != "zh":
                return f"{a} ({shown}) of {b} is {self.percent}% (({shown}) ÷ {b})"
            return f"{a}{self.measure_a}占{b}{self.measure_b}的{self.percent}%（({shown}) ÷ {b}）"
        if language != "zh":
            return (f"{a} is {self.percent} times {b} ({a} ÷ {b})" if self.times
                    else f"{a} of {b} is {self.percent}% ({a} ÷ {b})")
        if self.times:
            return f"{a}{self.measure_a}是{b}{self.measure_b}的{self.percent}倍（{a} ÷ {b}）"
        return f"{a}{self.measure_a}占{b}{self.measure_b}的{self.percent}%（{a} ÷ {b}）"


def prose_share(question: str, names: list[str], language: str, pool, stats, similarity=None) -> Share | None:
    """The share the question asks of two figures the report's text states, or None."""
    if language != "zh":
        # an English share (or multiple) read as the Chinese of its part and whole (the glossary's wording)
        texts = [p.text for p in pool]
        times = split_times_en(question, texts)
        split = times or split_share_en(question, texts)
        if split is None:
            return None
        part_q, whole_q = split
        if times:
            return _times(part_q, whole_q, names, "zh", pool, stats, similarity)
        return _share(part_q, whole_q, names, "zh", pool, stats, similarity)
    if TUNING.inclusion_said_aside:
        # ('解读产品（含动漫短视频）占多大比例': what the brackets say is included is no part of its own; 16 of the
        # report's '(包括动漫短视频解读16个)' had been the part)
        question = INCLUDED_ASIDE.sub("", question)
    if TUNING.share_split_outside_names:
        # (a body's name is not where a share splits: '城中区2024年通过信函申请的占比' is no '城' and its '区…' part)
        for name in sorted(names, key=len, reverse=True):
            question = question.replace(name, " ") if len(name) >= 2 else question
    times = split_times(question)
    split = times or split_share(question)
    if split is None:
        rate = split_rate(question)
        if rate is None or any(rate[0] + "率" in p.text for p in pool):
            return None  # (a rate the report states, '办结率100%', is quoted, not computed)
        split = rate
    part_q, whole_q = split
    if times:
        return _times(part_q, whole_q, names, language, pool, stats, similarity)
    return _share(part_q, whole_q, names, language, pool, stats, similarity)


# '<whole>，<X>率是多少' — a rate: the count of X over the whole named before it ('收到的信息公开申请，
# 办结率是多少': 办结 over 收到)
RATE_OF = re.compile(r"^(?P<whole>[^，,。？?]+?)[，,]\s*(?:其中)?(?P<part>[\u4e00-\u9fff]{2,4}?)率(?:是|为|有)?(?:多少|几)")


def split_rate(question: str) -> tuple[str, str] | None:
    """(the part, the whole) of a Chinese rate question ('…收到的申请，办结率是多少'), or None."""
    m = RATE_OF.search(question.strip())
    if m and len(m.group("whole").strip()) >= 2:
        return m.group("part").strip(), m.group("whole").strip()
    return None


# What a part that adds things says besides them ('不予公开和无法提供两种加起来'): the words of adding
# and a count of the things.
ADDING_WORDS = re.compile(r"加起来|加在一起|合起来|合在一起|一共|总共|合计|(?:这)?[两二三四](?:种|项|类|个|者)|二者|两者")


def _addends(part_q: str, names: list[str], language: str, pool, stats, similarity, kind=None) -> list | None:
    """Each thing a part adds ('不予公开和无法提供两种加起来') → (its clause, its figure, its measure),
    each the best clause's one figure (or its piece of a breakdown), never one figure twice, all
    counting in one kind of measure (``kind``, when given: that of the part a whole is set against);
    None otherwise."""
    from assistant.ask.extractive import measure_kind

    things = [t for t in re.split(r"加上(?![年一])|和|与|及|、|加", ADDING_WORDS.sub("", part_q))
              if len(re.findall(r"[\u4e00-\u9fff]", t)) >= 2]
    if len(things) < 2:
        return None
    answers = [_answer_of(thing, names, language, pool, stats, similarity) for thing in things]
    if any(a is None for a in answers):
        return None
    # (one thing counted twice, '公众号共发布信息294期1014条', is taken in the measure of the others)
    kinds = {kind} if kind is not None else {measure_kind(a[0][1][1]) for a in answers
                                              if a[0][1] is not None and a[0][1][1] and not counts_twice(a[0][0])}
    found, added = [], []
    for thing, answered in zip(things, answers):
        unit, figure = answered[0]
        if (figure is None or counts_twice(unit)) and len(kinds) == 1:
            figure = _one_figure(unit, thing, next(iter(kinds)))
        if figure is not None and figure[1] and len(kinds) == 1 and measure_kind(figure[1]) not in kinds:
            # ('全年通过政府网站发布信息6个类别,累计公开…等共497条': what the clause is about, counted in the
            # others' kind by the clause going on with it)
            unit, figure = _going_on(unit, next(iter(kinds))) or (unit, figure)
        if figure is None:
            return None
        value, measure = figure
        if not measure:
            return None
        same = [t for (u, v, _), t in zip(found, added) if (same_unit(unit, u) or (
            TUNING.overlapping_clauses_once and _overlapping(unit, u))) and v == value]
        if same:
            if TUNING.one_thing_said_twice and not (TUNING.inner_thing_apart and any(
                    _bare_thing(thing) in _bare_thing(t) or _bare_thing(t) in _bare_thing(thing) for t in same)):
                continue  # ('没办完、转到下一年接着办的': one thing said twice, its one figure once)
            # (one figure twice is not two things; nor is a thing whose words are inside another's the same
            # thing: '公开和部分公开的合计' — 部分公开 is read for both, 予以公开 for neither)
            return None
        found.append((unit, value, measure))
        added.append(thing)
    if len({measure_kind(m) for _, _, m in found}) != 1:
        return None
    return found


def _overlapping(a: Unit, b: Unit) -> bool:
    """Two clauses of one passage, one inside the other ('…年度重点工作任务分解、执行及落实情况27条' and '执行及落实情况27条'):
    their one figure is one figure."""
    return a.passage.id == b.passage.id and (a.quote.strip() in b.quote or b.quote.strip() in a.quote)


def _bare_thing(thing: str) -> str:
    """A thing added, in its Chinese characters, without 的 and the words asking ('部分公开的合计' → 部分公开)."""
    return re.sub(r"的|合计|总计|一共|共", "", "".join(re.findall(r"[\u4e00-\u9fff]", thing)))


def _going_on(unit: Unit, kind) -> tuple[Unit, tuple] | None:
    """The one clause of ``unit``'s sentence after it stating one count in ``kind`` with no count of
    another kind between them, with that figure; None otherwise."""
    from assistant.ask.extractive import measure_kind, units_of

    after = [u for u in units_of([unit.passage], separate_counts=True) if unit.quote in u.before]
    for u in after:
        counts = [f for f in counts_in(u.quote) if f.raw in u.figures]
        if len(counts) != 1 or not counts[0].unit:
            return None
        if measure_kind(counts[0].unit) == kind:
            return u, (counts[0].value, counts[0].unit)
    return None


def _share(part_q: str, whole_q: str, names: list[str], language: str, pool, stats, similarity) -> Share | None:
    """The share of the part asked in the whole asked, each the best clause's one figure (or the part
    a sum of things, each its clause's: '不予公开和无法提供两种加起来占多少')."""
    found = _answer_of(part_q, names, language, pool, stats, similarity)
    added = None
    if ADDED.search(part_q) and (found is None or _bare(part_q, names) not in found[0][0].quote):
        # a share of a sum ('予以公开和部分公开加起来占…'), unless one clause names it so ('部门预决算和
        # “三公”经费预决算2条'): each thing's figure, added
        added = _addends(part_q, names, language, pool, stats, similarity)
        if added is None:
            return None
        found = [(added[0][0], (sum(v for _, v, _ in added), added[0][2]))]
        if len(added) == 1:
            added = None  # (one thing, said twice: its clause's figure, no sum)
    if found is None or found[0][1] is None:
        return None  # the part is the best clause's one figure, or nothing
    part, (a, unit_a) = found[0]
    if added is None and not _says_all(part.quote + "".join(part.before), part_q, whole_q, names):
        return None  # '通过传真提交的' is not answered by '通过信函提交31件'
    # the whole: the best clause counting in the part's measure, not the part's own clause
    # ('当年政务信息总数': what the whole counts, without the words saying it is a whole — the report
    # states it as '主动公开各类政务信息3128条')
    whole_q = TOTAL_WORDS.sub("", whole_q) or whole_q
    if not whole_q:
        # no whole named: a part of the requests is of those received or answered (the format's reading);
        # any other part is of the count whose breakdown holds it, in its sentence
        if not _whole_verbs(part.quote + part_q) or added:
            above = None if added else _whole_above(part, "", a, unit_a, part)
            if above is None:
                return None
            (whole, (b, unit_b)) = above
            return Share(part, whole, a, b, unit_a, unit_b, _percent_of(a, b))
        whole_q = "申请"
    if TUNING.share_by_clauses and _stated_counts(whole_q):
        # a whole the question states ('主动公开的561条里'): the clause of the part's report stating it
        return _share_of_stated(part, a, unit_a, whole_q, pool, added)
    if TUNING.whole_of_sum and added is None and WHOLE_ADDED.search(whole_q):
        # a whole that adds things ('网站和政务新媒体一共发的信息里，网站占…', '新受理加上年结转的申请里…'):
        # each thing's figure, added, in the part's kind of measure, the part no more than their sum
        from assistant.ask.extractive import measure_kind

        adds = _addends(whole_q, names, language, pool, stats, similarity,
                        kind=measure_kind(unit_a) if unit_a and not counts_twice(part) else None)
        if adds is not None and len(adds) < 2:
            adds = None  # (one thing said twice adds nothing)
        if adds is not None and not unit_a and TUNING.bare_count_in_kind and \
                all(x.passage.source == part.passage.source for x, _, _ in adds) and len({u for _, _, u in adds}) == 1:
            unit_a = adds[0][2]  # (a count written bare, '已办结18', beside the things it is of: '…申请21件,结转上年度2件')
        if adds is not None and unit_a and counts_twice(part):
            # (the part counted twice, '…294期1014条', in the measure of the whole's things)
            a, unit_a = _one_figure(part, part_q, measure_kind(adds[0][2])) or (a, unit_a)
        if adds is not None and unit_a and measure_kind(adds[0][2]) == measure_kind(unit_a):
            total = sum(v for _, v, _ in adds)
            if a < total and all(x.passage.source == part.passage.source for x, _, _ in adds):
                return Share(part, adds[0][0], a, total, unit_a, adds[0][2], _percent_of(a, total),
                             whole_added=tuple((x, v) for x, v, _ in adds))
            return None
    # (a part of the requests is set against those the format sets it against: who asked and how
    # they came in against the requests received, an outcome against those answered — '自然人…占全部
    # 申请' is of '受理…95件', not of '答复…98件', which counts last year's too)
    verbs = _whole_verbs(part.quote + part_q)
    if verbs and "申请" in whole_q and not any(v in whole_q for v in verbs):
        texts = "".join(p.text for p in pool)
        used = next((v for v in verbs if v in texts), None)
        whole_q = f"{used}{whole_q}" if used else whole_q
    # (or, the part stated inside the whole's breakdown — in one clause, '16642条(…信息公开目录10699条)',
    # or in the clauses after the whole's '其中' — whatever it counts in: '发布政策解读信息260条,其中,…
    # 解读产品201个')
    wholes = [(u, f) for u, f in (_answer_of(whole_q, names, language, pool, stats, similarity) or [])
              if f is not None and not (added and any(same_unit(u, x) for x, _, _ in added))
              and not (TUNING.change_no_whole and CHANGE_STATED.search(u.match_text)) and (
                  part_of(u.quote, a, f[0]) if same_unit(u, part) else
                  f[1] == unit_a or _breaks_down(u, part))]
    if not wholes and TUNING.whole_above_unfound and not added:
        # a whole no clause answers by its words ('全年公开量'): the count whose breakdown holds the
        # part, when it says the whole's words the part's clause says ('…主动公开政府信息561条。其中…财政
        # 资金31条')
        above = _whole_above(part, whole_q, a, unit_a, part)
        wholes = [above] if above is not None else []
    if not wholes:
        return None
    if TUNING.whole_broken_down and not added and not any(_breakdown_holds(u, part) for u, _ in wholes):
        # the count whose own breakdown ('…发布信息4583条,其中…,市政府网站共采用672条') holds the part,
        # when the whole's words fit it as well as the count found ('…发布政务动态信息2476条'): the
        # part is of that figure
        above = _whole_above(part, whole_q, a, unit_a, wholes[0][0])
        if above is not None:
            wholes.insert(0, above)
    whole, (b, unit_b) = wholes[0]
    if not b or a >= b or not unit_a or part.passage.source != whole.passage.source:
        return None
    if added and any(x.passage.source != whole.passage.source for x, _, _ in added):
        return None
    at = whole.quote.find(plain_number(b))
    if "其中" in whole.quote[: at if at >= 0 else len(whole.quote)]:
        return None  # a clause stating parts ('其中主动公开重点领域信息556条…') is no whole
    return Share(part, whole, a, b, unit_a, unit_b, _percent_of(a, b),
                 added=tuple((x, v) for x, v, _ in added) if added else ())


def _stated_counts(text: str) -> list:
    """The counts a question states in digits with their measure ('那260条政策解读里'; not '三类')."""
    return [f for f in counts_in(text) if f.unit and re.search(r"\d", f.raw)]


def _share_of_stated(part: Unit, a: Decimal, unit_a: str, whole_q: str, pool, added) -> Share | None:
    """The share of the part in the whole the question states by its figure ('全年700条'): a clause of
    the part's report stating that figure in that measure is the whole (of several, the nearest before
    the part's); None when none does, or the figure is not more than the part in the part's kind of
    measure."""
    from assistant.ask.extractive import measure_kind, units_of

    stated = _stated_counts(whole_q)
    if len(stated) != 1 or not unit_a or measure_kind(stated[0].unit) != measure_kind(unit_a) or stated[0].value <= a:
        return None
    figure = stated[0]
    passages = [p for p in pool if p.source == part.passage.source]
    wholes = [u for u in units_of(passages, separate_counts=True)
              if any(f.value == figure.value and f.unit == figure.unit for f in counts_in(u.quote)
                     if f.raw in u.figures)]
    if not wholes:
        return None
    # (a whole stated twice, in the overview and in its section: the clause nearest before the part's)
    text = part.passage.text
    before = [u for u in wholes if u.passage is part.passage and 0 <= text.find(u.quote) <= text.find(part.quote)]
    whole = max(before, key=lambda u: text.find(u.quote)) if before else wholes[0]
    return Share(part, whole, a, figure.value, unit_a, figure.unit, _percent_of(a, figure.value),
                 added=tuple((x, v) for x, v, _ in added) if added else ())


def _percent_of(a: Decimal, b: Decimal) -> Decimal:
    """a as a percentage of b, one decimal, half up."""
    return (a * 100 / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@lru_cache(maxsize=1)
def _parts_of_requests() -> tuple[re.Pattern, re.Pattern]:
    """What the national format sets a part of the requests against, from its request table: who
    asked (the columns of the new requests, 本年新收: 自然人, 商业企业 … and the column group's short name
    法人) is a part of the requests received; an outcome (予以公开, 部分公开 and the result groups 不予公开 …
    其他处理, rows of 本年度办理结果) a part of the requests answered."""
    from assistant.national.schema import national_format

    table = national_format().tables["apply"]
    who = {c.zh[-1] for k, c in table.columns.items() if k not in ("total", "other_org")}  # ('其他': no one)
    who |= {a for g in table.groups.values() if g.columns for a in g.ask if a in g.zh[-1]}
    outcomes = {table.rows[k].zh[-1] for k in ("apply.result.granted", "apply.result.partial")}
    outcomes |= {g.zh[-1] for g in table.groups.values() if g.rows}

    def alternation(words: set[str]) -> re.Pattern:
        return re.compile("|".join(map(re.escape, sorted(words, key=lambda x: (-len(x), x)))))

    return alternation(who), alternation(outcomes)


def _whole_verbs(part: str) -> tuple[str, ...]:
    """The verbs a whole of this part of the requests is said with (received, or answered), or ()."""
    from assistant.ask.cells import REQUEST_CHANNELS, says_channel

    who, outcome = _parts_of_requests()
    if who.search(part) or says_channel(part, set(REQUEST_CHANNELS)):
        return ("受理", "收到", "新收", "接收")
    if outcome.search(part):
        return ("答复", "办结", "办理")
    return ()


def _times(a_q: str, b_q: str, names: list[str], language: str, pool, stats, similarity) -> Share | None:
    """'A是B的几倍' of one report: A and B each the best clause's one figure (its words all said),
    counted in measures of one kind, two clauses; the ratio to one decimal."""
    from assistant.ask.extractive import COUNT_NOUN, measure_kind

    a_q, b_q = COUNT_NOUN.sub("", a_q), COUNT_NOUN.sub("", b_q)  # ('政务动态条数': 政务动态)
    found_a = _answer_of(a_q, names, language, pool, stats, similarity)
    found_b = _answer_of(b_q, names, language, pool, stats, similarity)
    # (a clause counting its thing twice, '发布信息294期1014条': the count in the other's measure)
    fa, fb = (found_a[0][1] if found_a else None), (found_b[0][1] if found_b else None)
    if fa is not None and fb is not None and fa[1] and fb[1] and measure_kind(fa[1]) != measure_kind(fb[1]):
        again = _in_kind(found_b, b_q, measure_kind(fa[1]))
        if again[0][1] is not None and measure_kind(again[0][1][1]) == measure_kind(fa[1]):
            found_b = again
        else:
            found_a = _in_kind(found_a, a_q, measure_kind(fb[1]))
    if not found_a or not found_b or found_a[0][1] is None or found_b[0][1] is None:
        return None
    (ua, (a, ma)), (ub, (b, mb)) = found_a[0], found_b[0]
    # (one clause stating both, '政策文件41条、财政资金信息96条': two of its pieces)
    if (same_unit(ua, ub) and a == b) or not b or not ma or not mb or measure_kind(ma) != measure_kind(mb) or \
            not _says_all(ua.quote + "".join(ua.before), a_q, b_q, names) or \
            not _says_all(ub.quote + "".join(ub.before), b_q, a_q, names):
        return None
    ratio = (a / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Share(ua, ub, a, b, ma, mb, ratio, times=True)


def share_of_another_part(question: str, language: str, units: list[Unit]) -> bool:
    """Whether the shares the cited clauses state are not of the part a share question asks: an
    English part with no Chinese wording the reports use ('written explanatory materials'), or a
    part none of whose characters (those its whole does not say) the words stating a share say
    ('政策解读比例为100%' for a share of 解读材料 among 政策解读)."""
    texts = [u.passage.text for u in units]
    if language != "zh":
        m = EN_OF_WHOLE.search(question) or EN_SHARE.search(question)
        if m is None:
            return False
        if re.fullmatch(r"(?i)\s*(?:that|this|it|them|those|these)\s*", m.group("part")):
            return False  # (the part said before: 'how many ended as X, and what share of the answers was that')
        part = _in_chinese(m.group("part"), texts)
        if not part.strip():
            return True
        whole = _in_chinese(m.group("whole"), texts)
    else:
        split = split_share(question)
        if split is None:
            return False
        part, whole = split
    # (its characters, not pairs: a part said in other words shares one, '办完' of '办结率100%')
    chars = {c for c in part if "\u4e00" <= c <= "\u9fff"} - set(whole) - set("的了是有个占多少几比例率")
    if not chars:
        return False
    said = []
    for unit in units:
        # (each share stated, with the words since the share before it or the sentence's start: '其他政务信息为…日常
        # 新闻报道,…540条,占84.6%')
        for sentence in re.split(r"[；;。]", unit.quote):
            said += [x for x in re.split(r"(?<=[%％])", sentence) if re.search(r"\d\s*[%％]", x)]
    return bool(said) and not any(c in x for x in said for c in chars)
