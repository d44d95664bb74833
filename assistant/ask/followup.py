"""Follow-up questions read with the conversation: '那2023年呢？', '洪泽区呢？', '其中自然人多少？',
'What about 2022?'. A question that names what it asks and whom it asks about stands alone; one
that only changes the year, the body or the cell takes the rest from the previous question.

    question_in_context("那2023年呢？", ["淮安2024年行政处罚多少件？"], catalog)
    → "淮安2023年行政处罚多少件？"
"""

from __future__ import annotations

import re

from assistant.ask.bodies import ASK_DEPARTMENT, ASK_GOVERNMENT, ASK_OFFICE, resolve
from assistant.ask.cells import find_terms
from assistant.ask.operations import CHANGE, SUM
from assistant.ask.reported import ASKING_VERBS
from assistant.ask.tuning import TUNING
from assistant.zh.text import YEAR_OR_BARE, language_of

__all__ = ["question_in_context", "previous_questions"]

# How a follow-up opens or ends (no subject of its own): 那…呢, 其中…, 还有…, and what about …
FOLLOW_UP = re.compile(r"^(?:那么?|那|其中|另外|还有|再看|换成|改成|如果是)|呢[？?]?$|"
                       # ('到去年（2024年）变成多少条了？': the same thing, later)
                       r"^到了?(?:去年|今年|前年|(?:19|20)\d{2})|变成了?多少|变为多少|"
                       # ('通过政务微信公开的又是多少条？': 又, in turn — of what was asked before)
                       r"又(?:是|有|占|公开了?|发布?了?|收到了?)?(?:多少|几)|"
                       r"(?i:^(?:and\b|what about\b|how about\b|and what about\b|same for\b|what of\b))")
SHORT = 14  # characters: a question this short that names no subject leans on the one before
# An organ alone ('市政府办公室', '区审计局', '街道办'): of the place the conversation is about.
ORGAN_ONLY = re.compile(r"[省市区县镇乡]?(?:" + "|".join(p.pattern.lstrip("^") for p in (ASK_OFFICE, ASK_GOVERNMENT))
                        + r"|[\u4e00-\u9fff]{1,6}(?:局|委员会|委|中心|厅))")


def previous_questions(history: list | None) -> list[str]:
    """Earlier user questions from a history of strings or chat turns."""
    out: list[str] = []
    for turn in history or []:
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict) and turn.get("role", "user") == "user":
            content = turn.get("content")
            if isinstance(content, str):
                out.append(content)
    return [q.strip() for q in out if q and q.strip()]


def _core(question: str) -> str:
    """The question without its follow-up words: '那2023年呢？' → '2023年'."""
    text = re.sub(r"^(?:那么?|其中|另外|还有|再看|换成|改成|如果是)", "", question.strip())
    text = re.sub(r"(?:的)?呢?[？?。!！]*$", "", text)
    text = re.sub(r"(?i)^(?:and what about|what about|how about|and|same for|what of)\s*", "", text)
    return text.strip(" ，,")


# Both of the bodies talked about ('两家差多少', '两个市相差', '二者谁多', 'the two', 'both'): the previous
# question's body and the one named now. Ordinary words for 'the two of them'.
BOTH = re.compile(r"两家|两者|二者|这两[个家者位份]?|两个?(?:单位|部门|机关|地方|地区|市|区|县|镇|乡|街道)|"
                  r"(?i:\bthe two\b|\bboth\b)")
# A comparison asked of the body named now and the one before, naming no other ('谁多', 'Which posted more, and by
# how many?').
COMPARED = re.compile(r"谁(?:更)?(?:多|少|高|低)|哪(?:家|个|一家)(?:更)?(?:多|少|高|低)|"
                      r"(?i:\bwhich\b[^?.]*\b(?:more|fewer|less|higher|lower)\b|\bhow many (?:more|fewer)\b|"
                      r"\bby how (?:many|much)\b)")
# The body asked about before, as a pronoun another body is compared with ('…收到的比它少多少件').
REFERS_BACK = re.compile(r"(?:比|跟|和|与|同|较)(它|他们|它们|该单位|对方)(?!们)")
# The words of a total in a previous question ('一共收到多少件') that a difference asked of two
# bodies after it does not ask.
_TOTAL = re.compile(r"一共|总共|共计|合计")
# Asking which one, over the reports held: a ranking or comparison, not a question about one body.
_WHICH = re.compile(r"哪[个家些一]|谁|(?i:\bwhich\b|\bwho\b)")
# A question pointing back at what was just answered ('这里面', '其中', '它的'): no subject of its own.
_POINTING = re.compile(r"^(?:这里面|这里头|这其中|这些|这个|它们?|其)|(?i:^(?:of these|of them|of those|among them)\b)" +
                       (r"|(?i:^(?:and\s+)?(?:among|of) (?:these|them|those|this)\b)" if TUNING.out_of_these_points else ""))
# ('How many of those came in online…', 'And how many of those were…')
_POINTING_EN = re.compile(r"(?i)^(?:and\s+)?how many of (?:those|these|them)\b")


# … and a share or a number of them ('What share of those were granted in full?', 'And how many of them came from …').
_POINTING_EN_SHARE = re.compile(r"(?i)^(?:and\s+)?(?:in\s+|of\s+)?(?:how many|what (?:share|proportion|percentage|fraction|part)) of "
                                r"(?:those|these|them)\b")
# What an English question counts ('How many requests did …', 'How many new information requests were …').
EN_COUNTED = re.compile(r"(?i)\bhow many ((?:[a-z-]+\s+){0,3}?(?:requests|applications|items|cases|lawsuits|"
                        r"reconsiderations|appeals|decisions|documents|posts|pieces of information))\b")
# A pronoun standing for the body asked about before ('… did it publish?', 'its', 'they').
EN_PRONOUN = re.compile(r"(?i)\b(?:it|its|they|their)\b")
# A body named with a place of its own ('东湖高新区管委会', '江岸区审计局'), not an organ of the place asked before.
NAMED_BODY = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:区|县|市|镇|乡|街道)[\u4e00-\u9fff]{0,6}?"
                        r"(?:管委会|委员会|局|中心|政府|办公室|办事处|街道办)")
# An organ of the place asked before, pointed back at ('the district's enterprise service centre', 'its audit bureau').
EN_ORGAN_BACK = re.compile(r"(?i)\b(?:the\s+)?(?:(?:district|city|county|town|township|municipality)"
                           r"(?:\s+(?:municipal\s+|people['’]s\s+)?government)?['’]s|its)\s+"
                           r"(?P<organ>(?:[a-z-]+\s+){0,4}?(?:bureau|office|commission|committee|administration|"
                           r"cent(?:re|er)))\b")
# A follow-up asking a count of its own ('那11月份更新了多少个公开事项？'), and the words narrowing the previous
# question's count instead ('其中网上来的有多少件', '这些里面').
OWN_COUNT = re.compile(r"(?:多少|几)(?:个|条|篇|件|次|场|期|项|份|家|人|名)")
OWN_THING = re.compile(r"(?:多少|几)(?:个|条|篇|件|次|场|期|项|份|家|人|名)[\u4e00-\u9fff]{2,}")
# A body pointed back at ('该区', '这个县', '该局'): the one asked about before.
POINTER_BODY = re.compile(r"(?:该|这个|那个)(?:区|县|市|镇|乡|街道|局|单位|部门|委员会|中心|办|机关)")
SAME_YEAR = re.compile(r"(?:在)?(?:同一年|同年|那一?年|当年|这一?年)(?:里|中|内)?")
# An organ the question leads with, of the place asked before ('区园林局', '审计局', '街道办').
ORGAN_LEAD = re.compile(r"[省市区县镇乡]?[\u4e00-\u9fff]{0,6}?(?:局|委员会|中心|办公室|政府办|政府|街道办)")
NARROWING = re.compile(r"其中|里面|里头|这些|当中|之中|中的|剩下|其余|另外")
# A body pointed back at by its level or organ ('the county', 'the bureau', 'the street office'), and the year asked
# before ('that year', 'the same year').
EN_DEFINITE = re.compile(r"(?i)\b(?:the|that|this) (?:same )?(?:county|district|city|town|township|subdistrict|street office|"
                         r"bureau|office|commission|committee|government)\b(?!['’]s\b)")
EN_THAT_YEAR = re.compile(r"(?i)\b(?:in |for |during )?(?:that|the same) year\b")
# The words of an organ after a body's English place name ('… District government office', '… statistics bureau').
# An English organ named before its place ('the development and reform bureau of Hangzhou's Yuhang …').
EN_ORGAN_BEFORE = re.compile(r"(?i)\b(?:[a-z-]+\s+){0,4}?(?:bureau|office|commission|committee|administration|"
                             r"cent(?:er|re)|department)\s+of\s+(?:the\s+)?(?:[a-z-]+['’]s\s+)?$")
EN_ORGAN_AFTER = re.compile(r"(?i)(?:['’]s)?\s+(?:(?:municipal|city|county|district)\s+)?(?:people['’]s\s+)?"
                            r"(?:government(?:(?:['’]s)?\s+(?:general\s+)?office)?|"
                            r"(?:[a-z]+\s+){0,3}?(?:bureau|office|commission|committee|administration|cent(?:er|re)))\b")
# … and one of five words before its last ('the Wuhai Industry and Information Technology Bureau'): english_organ_of_five
EN_LONG_ORGAN_AFTER = re.compile(EN_ORGAN_AFTER.pattern.replace("{0,3}?", "{0,5}?"))


# A follow-up adding a thing to the one asked before ('再加上微信公众号发的，一共多少条？'), and the end of a question asking a
# count of a thing done ('…发布了多少条信息？'), said as the thing ('…发布的信息').
ADDING_MORE = re.compile(r"(?:那)?(?:再加上|再算上|加上|算上|连同|再加)")
ASKED_COUNT_END = re.compile(r"了?(?:一共|总共|共)?(?:多少|几)[条件篇个项次场期份家]?(?P<noun>[\u4e00-\u9fff]{0,8})[？?。]?$")


# A reply to the answer before opening the next question ('明白了。', '好的，', 'Thanks. ', 'Got it, '): it asks nothing.
ACKNOWLEDGED = re.compile(r"^\s*(?:(?:明白了?|知道了|了解了?|好的|好|谢谢(?:您|你)?|多谢|收到|懂了|嗯嗯?|哦"
                          + (r"|太好了|很好|好嘞|行|可以|棒|太棒了" if TUNING.acknowledgements_more else "")
                          + r")[。，,！!～~\s]+)+|"
                          r"(?i:^\s*(?:(?:thanks|thank you|ok(?:ay)?|got it|i see|understood|great|right"
                          + (r"|brilliant|perfect|excellent|lovely|wonderful|cheers|nice|cool|awesome|good|fine|alright|"
                             r"all right|noted|super|splendid|fantastic" if TUNING.acknowledgements_more else "")
                          + r")[.,!]\s+)+)")


# Who asks, before what is asked ('听众还想知道：', '她又问，'): a verb of asking ending the lead.
ASKING_LEAD = re.compile(r"^[^，,。？?：:]{0,10}?(?:" + ASKING_VERBS + r")\s*[：:，,]\s*")


def question_in_context(question: str, history: list | None, catalog: list[dict]) -> str:
    earlier = previous_questions(history)
    if not earlier or not question.strip():
        return question
    if TUNING.short_years_in_numerals:
        from assistant.ask.understand import this_year
        from assistant.zh.text import full_years

        # ('青溪市政府二〇二四年…' before '那二〇二五年呢？': every turn's years in digits)
        earlier = [full_years(asked, this_year()) for asked in earlier]
    if TUNING.traditional_folded:
        from assistant.zh.traditional import simplified

        earlier = [simplified(asked) for asked in earlier]
    if TUNING.own_lead_read_out:
        from assistant.ask.reported import after_own_lead

        earlier = [after_own_lead(asked, catalog) for asked in earlier]  # ('我在备课…，乌海市…多少条？' before '其中…')
    if TUNING.acknowledgement_asks_nothing:
        question = ACKNOWLEDGED.sub("", question) or question
    if TUNING.asking_lead_before_follow_up:
        # ('听众还想知道：其中属于信息公开目录的有多少条？': who asks, then a follow-up)
        lead = ASKING_LEAD.match(question)
        if lead and (FOLLOW_UP.search(question[lead.end():]) or _POINTING.search(question[lead.end():])):
            question = question[lead.end():]
    if TUNING.out_of_these_points:
        question = re.sub(r"(?i)^(\s*(?:and\s+)?)out of (?=(?:these|them|those|this)\b)", r"\1Of ", question)
    if TUNING.follow_up_chain and len(earlier) >= 2:
        # ('威海…多少条信息？', '那西安未央区统计局呢？', '两家差多少？'): each earlier question read in its own
        # conversation first, once, so the last is a question of its own
        resolved = [earlier[0]]
        for asked in earlier[1:]:
            resolved.append(_read_after(asked, resolved, catalog))
        earlier = resolved
    return _read_after(question, earlier, catalog)


def _read_after(question: str, earlier: list[str], catalog: list[dict]) -> str:
    """A question read after the earlier ones, themselves already read in their conversation."""
    return _with_both(_in_conversation(question, earlier, catalog), question, earlier, catalog)


def _english_span(text: str, mention) -> tuple[int, int]:
    """Where an English mention (resolve's offset of 10,000) stands in ``text``, with the organ after its place
    ('Huadu District government office')."""
    begin, end = mention.start - 10_000, mention.end - 10_000
    after = (EN_LONG_ORGAN_AFTER if TUNING.english_organ_of_five else EN_ORGAN_AFTER).match(text, end)
    return begin, after.end() if after else end


def _with_both(merged: str, question: str, earlier: list[str], catalog: list[dict]) -> str:
    """'同一年嵊泗县呢？两家差多少？' after a question about 新昌县: the body asked now with the previous
    one ('新昌县和嵊泗县'), in the previous year when it says '同年'; a total the previous question asked
    ('一共') is no part of a difference asked of the two. The previous one is the body of the latest earlier
    question that names another ('两家差多少？' after '威海…？' and '那西安未央区统计局呢？')."""
    previous = earlier[-1]
    back = REFERS_BACK.search(merged) if TUNING.pronoun_back else None
    compared = TUNING.follow_up_chain and bool(COMPARED.search(question))
    if not BOTH.search(question) and not back and not compared:
        return merged
    language = language_of(merged)
    mine = resolve(merged, catalog, language)
    now = {r.get("body") for group in mine.groups for r in group}
    if not mine.mentions or (len(mine.groups) != 1 and not (TUNING.follow_up_chain and len(now) == 1)):
        return merged  # (one body, named once or more: 'And Xinchang county? How many more did Xinchang get?')
    theirs = None
    if TUNING.follow_up_chain:
        for asked in reversed(earlier):
            found = resolve(asked, catalog, language_of(asked))
            if theirs is None:
                theirs = found  # (the previous question's, when no earlier one names another body)
            if len(found.groups) == 1 and found.mentions and not now & {r.get("body") for r in found.groups[0]}:
                previous, theirs = asked, found
                break
    if theirs is None:
        theirs = resolve(previous, catalog, language_of(previous))
    if len(theirs.groups) != 1 or not theirs.mentions:
        return merged
    before = {r.get("body") for r in theirs.groups[0]}
    if now & before:
        return merged
    old = theirs.mentions[0]
    m = mine.mentions[0]
    joiner = "和" if language == "zh" else " and "
    if m.start >= 10_000 or old.start >= 10_000:
        # (an English name: the previous question's words for its body, organ and all, before the one named now)
        if not (m.start >= 10_000 and old.start >= 10_000) or not TUNING.follow_up_chain:
            return merged
        said = re.sub(r"(?i)^the\s+", "", previous[slice(*_english_span(previous, old))])
        at = m.start - 10_000
        return merged[:at] + said + joiner + merged[at:]
    if back and not BOTH.search(question):
        # ('同一年花都区政府办收到的比它少多少件': 它 is the body asked about before)
        merged = merged[: back.start(1)] + old.text + old.organ + merged[back.end(1):]
    else:
        merged = merged[: m.start] + old.text + old.organ + joiner + merged[m.start:]
    if not YEAR_OR_BARE.search(merged):
        years = [y.group(0) for y in YEAR_OR_BARE.finditer(previous)]
        if years and language == "zh":
            year = years[-1].rstrip("年") + "年"
            merged = re.sub(r"同一?年|当年|那一?年", year, merged, count=1) if re.search(r"同一?年|当年|那一?年", merged) \
                else year + merged
    if CHANGE.search(merged):
        merged = _TOTAL.sub("", merged)
    elif TUNING.total_of_both_kept and language == "zh" and SUM.search(question) and not SUM.search(merged):
        # ('那算上东至县花园乡的，两个乡镇一共多少条？': the total asked now of both)
        merged = re.sub(r"(?=多少|几)", "一共", merged, count=1)
    return merged


def _in_conversation(question: str, earlier: list[str], catalog: list[dict]) -> str:
    # '2025年呢？比2024年多了几篇？': a follow-up sentence, then more asked of it. The first is read
    # with the conversation, the rest asked after it; a change asked without a year ('少了多少？')
    # is a change from the previous question's year.
    sentences = [x for x in re.findall(r"[^？?]+[？?]?", question.strip()) if x.strip(" ？?")]
    if len(sentences) >= 2:
        first = _in_context(sentences[0], earlier[-1], catalog)
        if first != sentences[0]:
            rest = "".join(sentences[1:])
            old_years = [m.group(0).rstrip("年") for m in YEAR_OR_BARE.finditer(earlier[-1])]
            new_years = [m.group(0).rstrip("年") for m in YEAR_OR_BARE.finditer(sentences[0])]
            if language_of(question) == "zh" and not YEAR_OR_BARE.search(rest) and CHANGE.search(rest) \
                    and old_years and new_years and old_years[-1] not in new_years \
                    and not (TUNING.compared_side_kept and re.search(r"比(?!例|重|率)", rest)):
                # (not when the rest names what it is compared with: '比新蔡多多少' is against 新蔡, not a year)
                rest = f"比{old_years[-1]}年" + rest
            elif TUNING.year_compared_follow_up and language_of(question) != "zh" and not YEAR_OR_BARE.search(rest) \
                    and CHANGE.search(rest) and old_years and new_years and old_years[-1] not in new_years:
                # ('And in 2022? How did it change?' after a 2024 question): both years asked, then the change
                return f"{earlier[-1].strip().rstrip(' ?')} and in {new_years[0]}? {rest.strip()}"
            return first.rstrip("？?") + "？" + rest
    return _in_context(question, earlier[-1], catalog)


# A year said relative to the one asked before ('那前一年呢？', 'And the year before?', 'the following year'): never
# after a word of comparing ('比上一年多了多少' is a change, its year the one asked).
# (nor the format's rows of requests carried between years: '上一年度结转过来的', '结转下一年度')
RELATIVE_YEAR = re.compile(r"(?<![比较跟和与同])(?P<before>前一年|上一年度|上一年(?!度)|上年度)(?![结遗转没未剩])|"
                           r"(?<!结转)(?<!转入)(?P<after>后一年|下一年度?|次年|第二年)|"
                           r"(?i:(?<!than )(?<!with )(?<!to )\b(?P<before_en>the (?:year|twelve months) before|the previous year|"
                           r"the prior year|a year earlier|one year earlier)\b|"
                           r"(?<!into )(?<!to )(?<!until )(?<!over )"  # (nor requests rolled over into the next year)
                           r"\b(?P<after_en>the (?:following|next) year|the year after|a year later|one year later)\b)")


def _relative_year(question: str, previous: str) -> str:
    """A follow-up naming its year relative to the previous question's ('那前一年呢？' after '…2025年…') with that
    year written out ('那2024年呢？'); else as it is."""
    m = RELATIVE_YEAR.search(question)
    old = [int(y.group(0).rstrip("年")) for y in YEAR_OR_BARE.finditer(previous)]
    if not m or not old or YEAR_OR_BARE.search(question):
        return question
    year = old[-1] - 1 if (m.group("before") or m.group("before_en")) else old[-1] + 1
    return question[: m.start()] + (f"{year}年" if language_of(question) == "zh" else str(year)) + question[m.end():]


def _body_span(previous: str, mentions: list) -> tuple[int, int, int]:
    """Where a Chinese question names its body, every place of its chain ('武昌区首义路街道'): its start, the end of its
    places, and its end with the organ said right after them ('硚口区政府')."""
    begin, last = min(m.start for m in mentions), max(mentions, key=lambda m: m.end)
    end = last.end + (len(last.organ) if last.organ and previous.startswith(last.organ, last.end) else 0)
    return begin, last.end, end


def _organ_leads(core: str) -> bool:
    """Whether a follow-up opens with an organ ('区园林局…', '审计局…'), not words before one ('以市政府…名义', '公开的…')."""
    m = ORGAN_LEAD.match(core)
    return bool(m) and not re.search(r"[的以了在和与对向把被从公]", m.group(0))


# A place's website named in a follow-up asking of a body pointed back at ('那它在历下区政府门户网站上…', 'did it publish on
# the Lixia district government portal'): where it published, no body asked.
OWNERS_SITE_ZH = re.compile(r"(?:(?![它在那其该的了是上于从向过])[\u4e00-\u9fff]){1,8}?[区县市镇乡](?:委、?[区县市镇乡]?)?(?:人民)?政府(?:门户)?网站")
OWNERS_SITE_EN = re.compile(r"(?i)\b(?:the\s+)?(?:[a-z'’-]+\s+){1,3}(?:district|county|city|municipal|town|township)\s+"
                            r"(?:government\s+|people['’]s\s+government\s+)?(?:portal|website|web\s*site)\b")
POINTED_BODY = re.compile(r"它|其(?![中他余])|该单位|(?i:\bit\b|\bits\b|\bthey\b|\btheir\b)")


def _owners_site_said(question: str, language: str) -> str:
    """The follow-up with a place's website said as a website ('the government portal', '政府门户网站') when it points back
    at the body asked before (it, 它); the follow-up as it is otherwise."""
    if not POINTED_BODY.search(question):
        return question
    if language == "zh":
        return OWNERS_SITE_ZH.sub("政府门户网站", question)
    return OWNERS_SITE_EN.sub("the government portal", question)


def _body_and_year_before(previous: str, catalog: list[dict]) -> str:
    """The body and the year a Chinese question asked before names, as it names them ('武昌区首义路街道2024年'); '' when it
    names no body in Chinese or no year."""
    theirs = resolve(previous, catalog, "zh")
    old_years = [y.group(0) for y in YEAR_OR_BARE.finditer(previous)]
    if not (theirs.mentions and all(m.start < 10_000 for m in theirs.mentions) and old_years):
        return ""
    begin, _, end = _body_span(previous, theirs.mentions)
    return f"{previous[begin:end]}{old_years[-1].rstrip('年')}年"


def _in_context(question: str, previous: str, catalog: list[dict]) -> str:
    if TUNING.relative_year_follow_up:
        question = _relative_year(question, previous)
    language = language_of(question)
    if TUNING.owners_site_no_body:
        question = _owners_site_said(question, language)
    mine = resolve(question, catalog, language)
    if TUNING.owners_site_no_body and language == "zh" and not mine.mentions and \
            (lead := re.match(r"^(?:那么?|那)?[，,]?(?:它|该单位)(?!们)", question.strip())) and \
            not YEAR_OR_BARE.search(question):
        # ('那它在政府门户网站上发布了多少条信息？'): the body and the year asked before, in its place
        asked_before = _body_and_year_before(previous, catalog)
        if asked_before:
            return asked_before + question.strip()[lead.end():]
    terms = [t for t in find_terms(question, language) if t.start < 100_000 or language == "en"]
    years = list(YEAR_OR_BARE.finditer(question))
    if TUNING.carried_into_year:
        # (a year requests are carried into, 'carry over into 2025', names no year asked about)
        from assistant.ask.understand import CARRIED_INTO_YEAR

        # (… only the year after the one asked before: 'carried over into 2023' after a 2023 question is what that
        # year's report carries from the year before. Not the years of NOT_REPORT_YEAR, '从2003年以来', '挪到2025年': read
        # so in a follow-up, a report half's refusal became a wrong answer, counted only)
        spans = [m.span() for m in CARRIED_INTO_YEAR.finditer(question)]
        before = [int(y.group(1)) for y in YEAR_OR_BARE.finditer(previous) if y.group(1)]
        years = [y for y in years if not (any(a <= y.start() < b for a, b in spans) and y.group(1)
                                          and before and int(y.group(1)) == before[-1] + 1)]
    follow = bool(FOLLOW_UP.search(question.strip())) or len(question.strip()) <= SHORT
    standalone = mine.groups and terms
    adding = ADDING_MORE.match(question.strip()) if TUNING.adding_follow_up and language == "zh" else None
    if adding and not mine.mentions and not years and SUM.search(question):
        # ('再加上微信公众号发的，一共多少条？' after '乌海市工信局2020年通过局微博发布了多少条信息？'): the thing asked
        # before, named, and the one added now — one sum of the body and year asked before
        thing = ASKED_COUNT_END.sub(lambda m: "的" + m.group("noun"), previous.strip())
        if thing != previous.strip():
            return thing + question.strip()
    pointing_en = language == "en" and TUNING.english_pointing_back and bool(
        (_POINTING_EN_SHARE if TUNING.english_share_of_those else _POINTING_EN).search(question.strip()))
    # (a short one asking on its own, '这些申请的按期答复率是多少？', points back too: its words are no cell to put in place
    # of the one asked before)
    # (not one narrowing the thing asked before, '其中结果被纠正的有几件？', which is read with it below)
    asks_own = TUNING.short_pointing_asks and bool(re.match(r"(?:这些|这个|它们?)(?!中|里|当中|之中)", question.strip())) and \
        bool(re.search(r"多少|几|率", question)) and language == "zh"
    if (not follow or pointing_en or asks_own) and not mine.mentions and not years and \
            (_POINTING.search(question.strip()) or pointing_en) and not _WHICH.search(question):
        # '这里面工作动态类比通知公告类多多少条？': what was just asked about, the body and year of it
        theirs = resolve(previous, catalog, language_of(previous))
        if theirs.mentions:
            m = theirs.mentions[0]
            old_years = [y.group(0) for y in YEAR_OR_BARE.finditer(previous)]
            year = (old_years[-1].rstrip("年") + ("年" if language == "zh" else " ")) if old_years else ""
            if language == "zh":
                return f"{m.text}{m.organ}{year}{_POINTING.sub('', question.strip())}"
            asked = question.strip().rstrip('?')
            counted = EN_COUNTED.search(previous) if TUNING.english_share_of_those else None
            if counted and TUNING.english_those_of_a_row and {
                    x.key for x in find_terms(previous, "en") if x.axis == "row"} - {"apply.new"}:
                # ('And how many of those were filed by private individuals?' after '… how many requests did the Qingxi
                # city government office turn away because the office simply didn't hold the information …?'): those
                # are the previous question's row, not the requests received — asked again, with this one of it
                return f"{previous.strip().rstrip(' ?')}? {question.strip()}"
            if counted:
                # ('And how many of them came from companies?' after 'How many requests did Huai'an receive…'): them
                # are the things counted before, said ('of the requests'), or the question names no thing of a table
                asked = re.sub(r"(?i)\bof (?:them|those|these)\b", f"of the {counted.group(1)}", asked, count=1)
            elif TUNING.english_share_of_those and _POINTING_EN_SHARE.search(question.strip()):
                # (things counted in words of no count, 'How many times did people take … for review …': the previous
                # question asked again, then this one of its figure)
                return f"{previous.strip().rstrip(' ?')}? {question.strip()}"
            if TUNING.english_body_as_said and m.start >= 10_000:
                # (the previous question's own words for its body, 'the Weihai Municipal Statistics Bureau': its
                # place read back with the organ's Chinese, 'weihai 统计局', had been read as a body not held)
                begin, end = _english_span(previous, m)
                organ = EN_ORGAN_BEFORE.search(previous[:begin])  # ('the development and reform bureau of …')
                said = re.sub(r"(?i)^the\s+", "", previous[organ.start() if organ else begin: end])
                return f"{asked} ({said}, {year.strip()})?"
            return f"{asked} ({m.text}{(' ' + m.organ) if m.organ else ''}, {year.strip()})?"
    if TUNING.english_organ_follow_up and follow and not mine.mentions and language == "en" and \
            (organ := EN_ORGAN_BACK.search(question)):
        # ('And the district's enterprise service centre?' after '…did Qiaokou's audit bureau receive in 2025?'): the
        # organ named now, of the place asked before (硚口区企业服务中心), in the previous question
        theirs = resolve(previous, catalog, "en")
        if theirs.mentions and theirs.mentions[0].start >= 10_000:
            m = theirs.mentions[0]
            place = previous[m.start - 10_000: m.end - 10_000]
            begin, end = _english_span(previous, m)
            merged = previous[:begin] + f"{place}'s {organ.group('organ')}" + previous[end:]
            old = list(YEAR_OR_BARE.finditer(merged))
            if years and old:  # ('… the year before?': the year named now)
                merged = merged[: old[-1].start()] + years[-1].group(0).rstrip("年") + merged[old[-1].end():]
            return merged
    if follow and not mine.mentions and not years and language == "en" and TUNING.english_pronoun_follow_up and \
            EN_PRONOUN.search(question) and re.search(r"(?i)\bhow (?:many|much)\b|\bwhat\b", question):
        # ('And how many research articles did it publish?' after '…did the Weiyang District statistics bureau publish
        # in 2025?'): a question of its own, about the body and year asked before — not the previous question narrowed
        theirs = resolve(previous, catalog, "en")
        if theirs.mentions and theirs.mentions[0].start >= 10_000:
            body = previous[slice(*_english_span(previous, theirs.mentions[0]))]
            old_years = [y.group(0) for y in YEAR_OR_BARE.finditer(previous)]
            asked = re.sub(r"(?i)^(?:and|so|also)\s+", "", question.strip())
            asked = EN_PRONOUN.sub(lambda p: f"the {body}" + ("'s" if p.group(0).lower() in ("its", "their") else ""),
                                   asked, count=1)
            if old_years:
                asked = asked.rstrip(" ?") + f" in {old_years[-1]}?"
            return asked[0].upper() + asked[1:]
    if TUNING.english_definite_back and language == "en" and not mine.mentions and not years and \
            not _WHICH.search(question) and (EN_DEFINITE.search(question) or EN_THAT_YEAR.search(question)):
        # ('How many disclosure requests did the county get that year?' after '…did Xinchang county put on its
        # government portal in 2022?'): the body and the year asked before, as the question points back at them
        theirs = resolve(previous, catalog, "en")
        old_years = [y.group(0) for y in YEAR_OR_BARE.finditer(previous)]
        if theirs.mentions and theirs.mentions[0].start >= 10_000 and (old_years or not EN_THAT_YEAR.search(question)):
            body = previous[slice(*_english_span(previous, theirs.mentions[0]))]
            asked = EN_DEFINITE.sub(f"the {body}", question.strip(), count=1)
            if TUNING.that_year_names_body and not EN_DEFINITE.search(question):
                # ('And how many requests were granted in full that year?': 'that year' alone points back at the body
                # asked about then, too)
                asked = asked.rstrip(" ?") + " (" + re.sub(r"(?i)^the\s+", "", body) + ")?"
            if old_years:
                asked = EN_THAT_YEAR.sub(f"in {old_years[-1]}", asked) if EN_THAT_YEAR.search(asked) \
                    else asked.rstrip(" ?") + f" in {old_years[-1]}?"
            return asked
    if follow and not mine.mentions and not years and language == "zh" and TUNING.organ_follow_up:
        # '市政府办公室呢？' after '保山市2024年…': the organ named now, of the place named before
        # (保山市政府办公室), not the place's government again
        organ = _core(question)
        theirs = resolve(previous, catalog, "zh") if ORGAN_ONLY.fullmatch(organ) else None
        if theirs is not None and theirs.mentions:
            m = theirs.mentions[0]
            if organ[0] in "省市区县镇乡" and m.text.endswith(organ[0]):
                organ = organ[1:]  # ('保山市' + '市政府办公室')
            old = m.text + m.organ
            start = previous.find(old)
            if start >= 0 and organ != m.organ:
                return previous[:start] + m.text + organ + previous[start + len(old):]
    if TUNING.same_year_own_question and follow and not standalone and language == "zh" and not mine.mentions and \
            not years and SAME_YEAR.search(question) and re.search(r"多少|几", question) and \
            not NARROWING.search(question) and not _WHICH.search(question):
        # ('那同一年行政事业性收费收了多少万元？' after '淮安市2024年行政处罚决定一共有多少件？'): a question of its own with its
        # asking words, of the body and year asked before — not the previous question with its thing replaced
        from assistant.ask.extractive import asked_measure

        rest = SAME_YEAR.sub("", re.sub(r"^(?:那么?|那|再问一下|还有)[，,]?", "", question.strip()), count=1)
        mine_measure, their_measure = asked_measure(question), asked_measure(previous)
        # (only a thing counted in a measure of its own: '多少万元' after '多少件' — one counted as before may narrow it)
        if mine_measure and their_measure and mine_measure != their_measure and not _organ_leads(rest):
            asked_before = _body_and_year_before(previous, catalog)
            if asked_before:
                return asked_before + rest
    if standalone or not follow:
        if TUNING.pointer_follow_up and language == "zh" and not mine.mentions and not years and \
                not _WHICH.search(question) and not NARROWING.search(question) and (POINTER_BODY.search(question) or (
                    SAME_YEAR.search(question) and not _organ_leads(SAME_YEAR.sub("", _core(question))))):
            # ('同年该区主动公开办理的行政许可有多少件？' after '广州市黄埔区2022年…'; '那这一年公开的…文件一共有多少件？'): the
            # body and the year pointed back at, those asked before — not a question narrowing the one before ('这一年
            # 收到的里面…'), nor one led by an organ of the place ('那区园林局同一年…', read below when it is short)
            asked_before = _body_and_year_before(previous, catalog)
            if asked_before:
                rest = SAME_YEAR.sub("", POINTER_BODY.sub("", question.strip(), count=1), count=1)
                rest = re.sub(r"^(?:那么?|那|再问一下|还有)[，,]?", "", rest)
                return asked_before + rest
        return question
    if TUNING.own_count_follow_up and language == "zh" and not years and not terms and \
            OWN_COUNT.search(question) and not NARROWING.search(question) and not _WHICH.search(question) and \
            not SUM.search(question) and (not mine.mentions or OWN_THING.search(question)):
        # '那11月份更新了多少个公开事项？' after '武昌区首义路街道2024年跟代表们面对面座谈了几次？': a count of its own,
        # asked of the body and year asked before (not the previous question narrowed by it); one naming its body
        # and the thing it counts ('那保山全市那份报告里，一年公开了几次政府重要会议？') takes the year only
        theirs = resolve(previous, catalog, "zh")
        if theirs.mentions and all(m.start < 10_000 for m in theirs.mentions):
            old_years = [y.group(0) for y in YEAR_OR_BARE.finditer(previous)]
            year = old_years[-1].rstrip("年") + "年" if old_years else ""
            core = SAME_YEAR.sub("", _core(question))
            if mine.mentions:
                return f"{year}{core}？"
            # (the body as named, every place of its chain: '武昌区首义路街道'; an organ the question leads with is
            # the place's: '那区园林局同一年…' after '硚口区政府…' is 硚口区园林局)
            begin, places_end, end = _body_span(previous, theirs.mentions)
            body = previous[begin: end]
            organ = ORGAN_LEAD.match(core)
            if organ:
                place = previous[begin: places_end]
                named = organ.group(0)
                if named[0] in "省市区县镇乡" and place.endswith(named[0]):
                    named = named[1:]
                body, core = place + named, core[organ.end():]
            return f"{body}{year}{core}？"
    if TUNING.follow_up_unheld_named and language == "zh" and not mine.mentions and NAMED_BODY.match(_core(question)):
        # ('东湖高新区管委会那年呢？' after a question about 关东街道): a body named with a place of its own that no report
        # is, asked as it is (refused), never the previous body's question again
        return question
    if TUNING.follow_up_unheld_named and language == "en" and not mine.mentions:
        from assistant.ask.understand import names_unknown_latin_place

        if names_unknown_latin_place(question, catalog):
            # ('What about neighbouring Shengzhou for the same year?' after a question about 新昌县): a body named now
            # that no report is, asked as it is (refused), never the previous body's question again
            return question
    merged = previous
    old_years = {m.group(0).rstrip("年") for m in YEAR_OR_BARE.finditer(previous)}
    if TUNING.year_compared_follow_up and years and not mine.mentions and CHANGE.search(question) and old_years and \
            not {m.group(0).rstrip("年") for m in years} & old_years:
        # ('那比2022年多了多少条？', 'And in 2022? By how much did the number drop?' after a 2024 question): the year named
        # is compared with the previous question's, which stays; never the previous question asked of 2022 alone
        if language == "zh":
            return previous.rstrip("？?。") + "，" + _core(question).rstrip("？?。") + "？"
        # (a sentence naming only the year, then the change, 'And in 2022? How did it change?', is read by
        # _in_conversation sentence by sentence)
        return f"{previous.strip().rstrip(' ?')}? " + question.strip()
    if years:  # the new year(s) replace the old
        old = list(YEAR_OR_BARE.finditer(previous))
        new_years = "和".join(m.group(0).rstrip("年") for m in years)
        if old:
            first, last = old[0], old[-1]
            merged = previous[: first.start()] + new_years + ("年" if language == "zh" else "") + previous[last.end():]
            merged = merged.replace("年年", "年")
        else:
            merged = f"{new_years}{'年' if language == 'zh' else ' '}{previous}"
    if mine.mentions:  # the new body replaces the old
        theirs = resolve(previous, catalog, language_of(previous))
        new_name = "".join(m.text + m.organ for m in mine.mentions[:1])
        if theirs.mentions:
            m = theirs.mentions[0]
            start = merged.find(m.text + m.organ) if (m.text + m.organ) in merged else merged.find(m.text)
            if start >= 0:
                length = len(m.text + m.organ) if (m.text + m.organ) in merged else len(m.text)
                merged = merged[:start] + new_name + merged[start + length:]
            elif TUNING.english_body_follow_up and m.start >= 10_000 and mine.mentions[0].start >= 10_000 \
                    and merged == previous:
                # ('And the Shengsi County government office?' after '…did the Huadu District government office get in
                # 2022?'): the body named in English, with the organ after it, in the words the follow-up names it
                # (never the previous body's question unchanged: that answered 花都区's figure for 嵊泗县)
                begin, end = _english_span(merged, m)
                named = re.sub(r"(?i)^the\s+", "", _core(question)).rstrip(" ?？.")
                merged = merged[:begin] + named + merged[end:]
        else:
            merged = new_name + merged
        if TUNING.english_body_follow_up and merged == previous:
            return question  # (a body named now that could not be put in the previous question: asked as it is)
    if terms:  # a cell of the same kind replaces the previous one; else it narrows the question
        core = _core(question)
        before = [t for t in find_terms(merged, language) if t.axis == terms[0].axis and t.table == terms[0].table
                  and t.start < 100_000]
        comparing = re.search(r"(?:这|它|其|前者)(?:个|些)?(?:比|跟|和|与)", question)
        if before and language == "zh" and not comparing:
            t = before[-1]
            merged = merged[: t.start] + core + merged[t.end:]
        else:
            merged = merged.rstrip("？?。") + ("，" if language == "zh" else ", ") + core + ("？" if language == "zh" else "?")
    elif not years and not mine.mentions:
        # Nothing replaced: what it asks is asked of the previous question ('占比最大的是哪类申请人？'
        # after '淮安2024年新收申请多少件？'), never dropped for the previous question alone.
        core = _core(question)
        if TUNING.part_of_previous_kept and language == "zh" and re.match(r"\s*其中", question) and core:
            core = "其中" + core  # ('其中政府输了几件？': a part of the figure asked before, said as one)
        if core:
            merged = merged.rstrip("？?。") + ("，" if language == "zh" else ", ") + core + ("？" if language == "zh" else "?")
    return merged
