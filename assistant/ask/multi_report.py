"""Questions about several reports answered from their text: two years of one body ('2022年和2024年
分别…', '比2022年多了多少'), two bodies ('A和B各…', 'A和B谁多'). Each report is asked on its own
(its own passages, the same standard as a one-report question); the answer puts the parts side by
side, each cited to its report, and computes a difference or a sum only when every report states
exactly one figure for it — otherwise it lists them and computes nothing. A report that does not
state it is said to, never answered from another report's passages; when none does, the question
goes on as a one-report question would.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assistant.ask.bodies import EN_LEVELS, EN_ORGAN_KIND
from assistant.ask.cells import INCLUDED, INCLUDED_SPAN, other_fee
from assistant.ask.extractive import (COUNT_NOUN, MEASURE_WORD, asked_measure, asked_measure_en, choose_units,
                                      counts_one_by_one, idf_weights, kind_unasked, measure_kind, measure_word,
                                      measures_named, part_of_whole_asked)
from assistant.ask.outlets import PUBLISHING, another_outlet, named_nowhere, outlets_in
from assistant.ask.tuning import TUNING
from assistant.ask.operations import (PRECISION, YEAR_BEFORE, BOUND, LEFT_OUT_SPAN, LEFT_OUT_WORDS, SUM, TIMES, Operation, bound_said, difference_asked_last, ordinal_en,
                                      ordinal_zh, passes, times_of)
from assistant.ask.verify import verify_answer
from assistant.model import Answer, Citation, plain_number
from assistant.ask.breakdown import named_by_meaning, named_count
from assistant.ask.prose_cells import states_none
from assistant.ask.prose_share import _percent_of
from assistant.ask.prose_sum import ADDENDS, counts_in, own_pairs, stated_sum
from assistant.ask.terms import ASKS_WORDS, bigrams, focus_text, terms_of
from assistant.zh.figures import extract_figures

__all__ = ["report_sets", "answer_per_report"]

NOT_STATED_ZH = "报告没有说明这一点"
NOT_STATED_EN = "the report does not state this"


def _renumbered(parts: list, label, language: str) -> tuple[list[Citation], list[str]]:
    """The parts' citations numbered on from one part to the next, and each part's statement
    with its label ('东岳路街道（2022年）：…[1]') and its markers renumbered."""
    citations: list[Citation] = []
    lines: list[str] = []
    for part in parts:
        shift = len(citations)
        statement = part.statements
        for c in sorted(part.citations, key=lambda c: -c.id):
            statement = statement.replace(f"[{c.id}]", f"[{c.id + shift}]")
        for c in part.citations:
            c.id += shift
            citations.append(c)
        lines.append(f"{label(part)}：{statement}" if language == "zh" else f"{label(part)}: {statement}")
    return citations, lines


# The words of the arithmetic asked of two reports' figures, as whole words (the patterns of
# operations.py also take the words between, '谁主动公开的信息多'): ordinary Chinese of arithmetic.
ARITHMETIC_WORDS = re.compile(r"加起来|加在一起|(?:全部|全都|都|一起)?相加|加(?:到|在)?一(?:起|块)|合(?:在|到)一起|加总|合起来|一共|总共|共计|合计|总和|之和|占比|比例|比重|百分之几|百分之|(?:多少|几)个?百分比|百分比|"
                              r"几个百分点|百分点|几成|增长了?|增加了?|减少了?|下降了?|提高了?|降低了?|变化了?|增减|相比|"
                              # the ups and downs asked ('是不是先涨后跌', '又掉了多少')
                              r"是不是|是否|先(?:涨|升|增|降|跌|减)后(?:涨|升|增|降|跌|减)|(?:又|再|还)?(?:涨|跌|掉)了?(?=多少|几)|"
                              r"相差|差距|差了?|差额|比上一?年|比去年|比前年|同比|比\d{4}年|较\d{4}年|"
                              # a difference asked with its verb ('多开了几个', '少发了多少条')
                              r"(?<![多少至])(?:多|少)(?![少多])[\u4e00-\u9fff]?了?(?:多少|几)(?:个|条|件|篇|次|场|期|项|家)?|"
                              # the order of a ranking asked ('从多到少排个序')
                              r"[从由](?:多到少|少到多|高到低|低到高|大到小|小到大)|排(?:个|一)?序|排一下|排一排|排个名|"
                              # a base or a ratio's frame ('以2021年为基数', '相当于2021年的', '只有…的')
                              r"以\d{4}年?为(?:基数|基准|基期)|(?:为|作为)?(?:基数|基准|基期)|相当于|只有|仅有|仅为|[只仅]及|几倍|倍数|"
                              # a ranking's frame: which body (the kind of body named after 哪个) and the extreme
                              r"(?:哪个|哪一个|哪家|哪)(?:单位|部门|机关|机构|地方|地区|区县|区|县|市|镇|乡|街道)|"
                              # which bodies ('…的单位有哪几家', '有哪些单位')
                              r"(?:的)?(?:单位|部门|机关|机构)?(?:有)?哪(?:几|些)(?:家|个)?(?:单位|部门|机关|机构)?|"
                              r"最多|最少|最高|最低|最勤|最频繁|最活跃|排名|排行|"
                              # the frame of a comparison of two ('谁发得多', '谁更多', '谁的高')
                              r"谁(?:的|家)?(?:[\u4e00-\u9fff]{1,2}?得)?更?(?:多|少|高|低|大|小)(?:一些|一点|些|点)?|"
                              # an average asked over the years or bodies ('平均每年')
                              r"平均每年|平均每个|平均|每年|"
                              # a rate over the years or a month's share of a year ('年均复合下降率', '按月摊一下')
                              r"年均(?:复合)?(?:增长|下降|减少|增加)?率?|复合(?:增长|下降)?率?|按月(?:摊一下|平均)?|每个?月|一个月|月均|"
                              # ('平摊到每个季度', '平均每天', '日均')
                              r"(?:平摊|摊|分摊)到每一?个?(?:季度|月|天)|每个?季度|季均|每一?天|日均|一个季度|"
                              # a count of the bodies asked ('这三个街道', '两个单位')
                              # ('这些乡镇、街道里': bodies of several levels)
                              r"(?:这|那)?(?:些|[两二三四五六七八九十几]个)(?:[\u4e00-\u9fff]{1,4}的)?(?:单位|部门|机关|机构|地方|地区|区县|乡镇|街道|区|县|市|镇|乡)"
                              r"(?:[、和与及](?:单位|部门|机关|机构|地方|地区|区县|乡镇|街道|区|县|市|镇|乡))*(?:人民政府|政府)?(?:里|中|当中|之中)?|"
                              # ('基层的乡镇和街道里': which bodies, by their level)
                              r"(?:基层的?)?(?:乡镇|街道|镇|乡)(?:[、和与及](?:乡镇|街道|镇|乡))+(?:里|中|当中|之中)|"
                              # first or last place said by an idiom (operations.RANK_IDIOM)
                              r"拔得头筹|夺得头筹|头筹|位居第一|居首|排(?:在)?第一|名列第一|数第一|第一名|垫底|"
                              r"谁|哪个|哪一个|哪家|哪一?年|还是|比较|"
                              # a count of the years asked ('2021年和2022年两年的', '这三年', '近两年来')
                              r"(?<![\d〇零一二三四五六七八九十百第])(?:这|那|近)?[两三四五六]个?年度?(?:来|间|里|中)?(?!行动|计划|规划)|"
                              # 'each' before the verb ('各发了多少条'): jieba reads 各发 as a word
                              r"各(?=[发是有为收办开推出新公召受答处接])")


# Two bodies named by their order ('前者比后者多多少条', '后者比前者少几件'): the comparison's frame.
FORMER_LATTER = re.compile(r"(?:前者|后者|前一个|后一个|前一家|后一家)(?:比(?:前者|后者|前一个|后一个|前一家|后一家))?(?:多|少|高|低)?")


# The English of what is asked of two reports' figures, as a clause of its own ('and what is the
# gap', 'and how many more did Huangpu publish', 'and by how much').
EN_ARITHMETIC = re.compile(r"(?i)(?:,|\s[—–-])?\s*(?:and\s+)?(?:(?:what|how big)\s+(?:is|was|'s)\s+the\s+(?:gap|difference|total|sum|"
                           r"ratio|change)|"
                           # ('…, and how large was the increase, in items and in percent (one decimal)?')
                           r"how (?:big|large)\s+(?:is|was)\s+the\s+(?:increase|decrease|rise|drop|growth|"
                           r"fall|decline|gap|difference|change)\b[^?.]*|by how (?:much|many)|how many (?:more|fewer)\b[^?.]*|who (?:had|has|published|received) "
                           r"more[^?.]*|which (?:one )?(?:had|has|published|received) more[^?.]*)(?=[?.]?\s*$)")


# 'how many more items did A publish than B': the thing compared, and what was done to it, up to 'than'.
EN_HOW_MANY_MORE = re.compile(r"(?i)\bhow many (?:more|fewer)\s+(?P<thing>[^?.,;]+?)\s+(?:did|does|do|were|was|had|has|have)\s+"
                              r"(?P<done>[^?.,;]+?)\s+than\b[^?.;]*")
# 'which (one) published more items in 2024': the verb and the thing compared, asked of each report.
EN_WHICH_MORE = re.compile(r"(?i)\b(?:which|who)(?:\s+one)?\s+(?P<verb>had|has|published|posted|released|issued|received|"
                           r"handled|got|made|put out)\s+more\s+(?P<thing>[^?.,;]+?)(?=\s*(?:[?.,;]|\band\b|$))")


# A difference asked with its verb ('多收了几件', '少发了多少条'): the verb, without the 多/少 of the difference.
# (only when the thing follows: '多开了几个？' reads nothing of its own)
DIFFERENCE_VERB = re.compile(r"(?<![多少至])(?:多|少)(?![少多了])(?P<verb>[\u4e00-\u9fff])"
                             r"(?=了?(?:多少|几)[个条件篇次场期项家]?[\u4e00-\u9fff]{2})")
COMPARED_WITH = re.compile(r"(?:跟|同|与|和)[^，,。？?；;]{1,20}?(?:相比|比较|对比|比)(?:起来|一下)?(?=[，,])")


# Which bodies a ranking ranks, named by what they state ('报了公众号发文数的单位里', '出了政府公报的几家里',
# '接到过信息公开申请的单位里'): what they state is what each report is read for.
RANK_FRAME = re.compile(r"(?:报了|报过|出了|出过|接到过|收到过|有过|发过|公开过|提到|写了|给出了?|列了)"
                        r"(?P<x>[^，,。？?；;]{2,14}?)的(?:单位|部门|机关|机构|地方|几家|那几家|这几家|各家)(?:里|中|当中|之中)")
# What bodies are ranked by ('按公开的信息条数', '按照收到的申请数量'): its thing.
RANKED_BY = re.compile(r"按(?:照)?(?P<x>[^，,。？?；;\s]{2,14}?)的?(?:条数|件数|篇数|个数|数量|多少)")
# The words asking the order ('从多到少怎么排', '排个序', '排一下').
RANK_ASK = re.compile(r"(?:从多到少|从少到多|从高到低|从低到高|由多到少|由少到多)?\s*(?:(?:怎么|如何)排(?:序|名|列)?|"
                      r"排(?:个序|一下|一排|序|名次))")
# What a ranking leaves out, said after it ('（公众号、新媒体不算）', '（零件的不算）').
# The place in a ranking asked ('排老二的是', '排第二的是', '第二名是谁', '列前五', '排前三的是').
PLACE_ASKED = re.compile(r"排(?:老|第)?[二三四五六七八九十\d]+(?:名|位)?的?(?:是)?|(?:列|取|排)?前[一二两三四五六七八九十\d]+"
                         r"(?:名|位|个)?的?(?:是)?|第[一二三四五六七八九十\d]+(?:(?:名|位)的?(?:是)?|的?是)|"
                         # ('这批年报里', '看…的几份年报', '依次是', '按多少排', '别家呢', '哪两个')
                         r"(?:这|那)批年报(?:里|中)?|(?<=年)的?几份年报|^看|依次是?|分别是|按(?:多少|件数|条数|数量)|"
                         r"(?:别家|其他家|其余的|其他的)呢|哪(?:两|几|些)个(?:街道|乡镇|镇|乡|区县|区|县|市|单位|部门|地方)?|"
                         # ('街道一级的年报里', '区县这一级': the level of the bodies ranked)
                         r"(?:街道|乡镇|镇|乡|区县|区|县|市)(?:这一?)?(?:一级|级|层级)的?(?:年报|报告)?(?:里|中|当中)?|(?:的)?单位(?=\s|[，,？?。]|依次|分别|各|$)|各(?:单位|部门|机关|家)|"
                         # ('2022年几家出政府公报的，谁…', '几家单位官网公开的…排前三', '其余的各几期')
                         r"(?:这|那)?几家(?:单位|部门|机关)?(?!\s*(?:多少|几|[？?]))|其余的?各?[^，,。？?；;]{0,4}?(?:几|多少)[\u4e00-\u9fff]?")


# A word glossed in brackets by another of the same thing ('公众号（政务新媒体）', '网站访问量（点击量）'): no
# instruction ('（章丘按…算）'), no list of examples ('（微博、公众号）'), nothing left out ('（…不算）').
GLOSS = re.compile(r"(?P<before>[\u4e00-\u9fff]{2,})[（(](?P<gloss>[\u4e00-\u9fff]{2,8})[）)]")


def _a_gloss(m: re.Match) -> bool:
    """Whether a bracket names the word before it otherwise: not an instruction ('按…算'), nor what is
    left out, nor a phrase ('…的')."""
    return not re.search(rf"{LEFT_OUT_WORDS}|按|算|的", m.group("gloss")) \
        and not (TUNING.included_no_gloss and INCLUDED.match(m.group("gloss")))


def naming_count(reading: str) -> str:
    """The words that name which count of a clause is asked: without a bracket of what is included
    ('…给公开了（含部分公开）' names no 部分公开 alone, but 部分公开 as well)."""
    return INCLUDED_SPAN.sub("", reading) if TUNING.included_not_named else reading


def _naming_in_chinese(naming: str, language: str) -> str:
    """The words naming a count, with an English question's terms in the reports' Chinese ('emergency-management items'
    → 应急管理), by which a clause's breakdown is read."""
    if language == "zh" or not TUNING.english_names_a_count:
        return naming
    from assistant.ask.glossary import chinese_terms
    from assistant.ask.outlets import OUTLET_WORDS

    # (the thing's words only: no verb of publishing, outlet or word of information, which every count of a
    # breakdown may share — '信息公开目录10699条' had been read as 'items the website published')
    terms = [t for t in chinese_terms(naming) if t not in PUBLISHING and not OUTLET_WORDS.search(t)
             and not re.search(r"信息|公开|发布|数量", t)]
    return naming + " " + " ".join(terms)


def included_part_only(reading: str, unit) -> bool:
    """Whether ``unit`` counts only what a bracket of the question says is included: '部分公开6件' of
    '其中予以公开5件,部分公开6件' for '…给公开了（含部分公开）的' — named by the bracket's words alone, one of
    its sentence's counts in the same measure (the whole asked is more than it)."""
    from assistant.ask.siblings import COUNT, own_clause

    span = INCLUDED_SPAN.search(reading) if TUNING.included_not_named else None
    mine = COUNT.search(own_clause(unit.quote)) if span else None
    if mine is None:
        return False
    only_bracket = bigrams(span.group(0)) - bigrams(naming_count(reading))
    if not bigrams(mine.group("pre")) & only_bracket:
        return False
    sentence = next((s for s in re.split(r"[。；;]", unit.passage.text) if mine.group(0) in s), "")
    return any(m.group("m") == mine.group("m") and m.group(0) != mine.group(0) for m in COUNT.finditer(sentence))


def _glossed(m: re.Match) -> str:
    """'…公众号（政务新媒体）' → '…政务新媒体': the last word before the bracket (jieba's) put in its words."""
    import jieba

    gloss = m.group("gloss")
    if not _a_gloss(m):
        return m.group(0)
    words = list(jieba.cut(m.group("before")))
    # (a last word of one character is the end of a longer one: '公众' '号')
    last = 2 if len(words) > 1 and len(words[-1]) == 1 and len(words[-2]) > 1 else 1
    return "".join(words[:-last]) + gloss


def without_glosses(text: str) -> str:
    """A question without the brackets glossing its words ('公众号（政务新媒体）' → '公众号')."""
    return GLOSS.sub(lambda m: m.group("before") if _a_gloss(m) else m.group(0), text)


def reading_question(question: str) -> str:
    """A Chinese question without the words of the arithmetic asked and of its precision ('增长了
    百分之几', '相差', '保留一位小数'): what each report is read for. (English questions are read
    through the glossary as they are.)"""
    from assistant.ask.bodies import EXCLUDED_SPAN
    from assistant.ask.operations import NONZERO, PRECISION

    question = NONZERO.sub(" ", question)  # ('（零件的不算）': which reports are ranked, not what they state)
    if not re.search(r"[\u4e00-\u9fff]", question) or question.isascii():
        # ('…each publish, and what is the gap?': the arithmetic asked of the figures, no second
        # thing each report is read for)
        if TUNING.which_more_reads_thing:
            # ('…, which published more items in 2024, and by how much?': the thing compared is what each report is
            # read for, not left out with the words asking which is more)
            question = EN_WHICH_MORE.sub(lambda m: f"how many {m.group('thing')} {m.group('verb')}", question)
        if TUNING.how_many_more_reads_thing:
            # ('— how many more information items did Dadukou publish than Dingqiao?': the thing compared and the verb
            # done to it are what each report is read for, not left out with the words of the difference)
            question = EN_HOW_MANY_MORE.sub(lambda m: f"how many {m.group('thing')} {m.group('done')}", question)
        reading = EN_ARITHMETIC.sub("", question).strip()
        return reading if re.search(r"[A-Za-z]{3}", reading) else question
    # ('A跟B比，…': the frame of a comparison, no words of what each report states; '超过30件的': a bound)
    reading = BOUND.sub(" ", COMPARED_WITH.sub("", question))
    if TUNING.glosses:
        reading = without_glosses(reading)  # (the word in brackets is another name of the thing, no more words)
    if TUNING.ranking_frame_read_out:
        # ('报了公众号发文数的单位里，哪家…', '排老二的是', '列前五', '（公众号、新媒体不算）', '发得最少'): which
        # bodies are ranked and which place is asked, no words a report states
        reading = RANK_FRAME.sub(lambda m: m.group("x") or " ", reading)
        reading = PLACE_ASKED.sub(" ", LEFT_OUT_SPAN.sub(" ", EXCLUDED_SPAN.sub(" ", reading)))
    if TUNING.ranked_by_read_out:
        # ('按公开的信息条数从多到少怎么排': what the bodies are ranked by is what each report states; the words of
        # ordering, none — '条数 怎么排' had left a report stating '共公开政府信息68条' unread)
        reading = RANK_ASK.sub(" ", RANKED_BY.sub(lambda m: f" {m.group('x')} ", reading))
    if TUNING.difference_verb_kept:
        # ('2025年比2024年多收了几件申请': what each report states is what was 收, the verb of the difference)
        reading = DIFFERENCE_VERB.sub(lambda m: f" {m.group('verb')}", reading)
    if TUNING.former_latter_read_out:
        # ('…的信息条数，前者比后者多多少条？': the bodies by their order, no words a report states)
        reading = FORMER_LATTER.sub(" ", reading)
    # (a change per year asked, '平摊下来每年少几条': PER_YEAR's words, spelled there once)
    reading = ARITHMETIC_WORDS.sub(" ", PRECISION.sub(" ", PER_YEAR.sub(" ", reading)))
    if TUNING.ranking_frame_read_out:
        reading = re.sub(r"(?<=[\u4e00-\u9fff])得(?=\s|[？?，,。]|$)", " ", reading)
    # a clause left with a year only ('2022年这几个乡镇里，谁…' → '2022年 ，…') runs on into the next
    reading = re.sub(r"^(\s*(?:(?:19|20)\d{2}年?)?\s*)[，,]", r"\1 ", reading)
    if TUNING.ranking_frame_read_out:
        # (a clause left with one character of asking, '…的信息条数，请从多到少排个序' → '，请 ', asks nothing
        # a report states: its 请 would be read as 申请's)
        reading = re.sub(r"[，,]\s*[\u4e00-\u9fff]?\s*(?=[。？?]|$)", "", reading)
    return reading if re.search(r"[\u4e00-\u9fff]{2}", reading) else question


def report_sets(understanding, op: Operation) -> list[dict] | None:
    """The reports a question asks about one by one, in order (by year, or as the bodies are
    named), or None when it is a one-report question."""
    groups = understanding.groups
    if not groups and op.rank and len(understanding.years) == 1:
        # 'which body … the most' over the reports of a year, none named: every report of that
        # year is read on its own and the ones stating exactly one figure are ranked.
        year = next(iter(understanding.years))
        held = sorted((r for r in understanding.reports if r.get("year") == year), key=lambda r: r["source"])
        return held if len({r.get("body") for r in held}) >= 3 else None
    if len(groups) >= 2:  # two bodies: the report of each, in the years asked (else its latest)
        chosen = []
        for group in groups:
            ordered = sorted(group, key=lambda r: r.get("year") or 0)
            chosen += ordered if understanding.years and len(understanding.years) > 1 else ordered[-1:]
        # a body named twice ('黄埔区和硚口区…各多少？黄埔多出多少？') is one report, read once
        chosen = list({r["source"]: r for r in chosen}.values())
        return chosen if len(chosen) >= 2 else None
    if len(groups) == 1:
        reports = sorted(groups[0], key=lambda r: r.get("year") or 0)
        if len(understanding.years) >= 2 and len(reports) >= 2:
            return reports
        if op.change and len(understanding.years) == 1 and len(reports) == 1:
            return None  # one year held: the change is asked of a year not held (the text may say it)
        if TUNING.trend_over_held_years and op.trend and not understanding.years and len(reports) >= 2:
            return reports  # ('这两年', '历年', 'over the years' of one body, no year named: every year held)
    return None


# What joins one body's words to the next body's name ('A主动公开的信息和B网站发布的…').
_JOINS = r"(?:[，,、；;]|以及|和|与|及|跟|同|还有)+"
_JOINER = re.compile(_JOINS + "$")
# Where a Chinese question asks for its figure ('各有多少条', '是多少', '几件').
_ASKING = re.compile(r"(?:各自?|分别)?(?:有|是|为)?(?:多少|几)[^？?。；;]*[？?]?")


def own_readings(question: str, mentions: list, reports: list[dict], names: list[str] = ()) -> dict[str, str]:
    """Each body's own words, when a Chinese question says of each body what it asks ('2022年A主动公开的
    政府信息和B在市政府网站上主动公开的信息各有多少', 'A官网更新了多少条？B当年主动公开多少条？'):
    source → the question's words before the first body (its year), the words after that body's name
    up to the next body's, and the asking words ('各有多少') when its own words hold none. {} when a
    body's words are too few to be its own (the bodies share what is asked: 'A和B各主动公开多少条'),
    when a body is named again before the others are, or when a report's body is not named."""
    from assistant.ask.bodies import place_word

    if not re.search(r"[\u4e00-\u9fff]", question):
        return _own_readings_en(question, mentions, reports, names) if TUNING.english_own_readings else {}
    bodies = {r.get("body") for r in reports}
    named = _named_once([m for m in mentions if set(m.bodies) & bodies], bodies)
    if not named:
        return {}
    ends = [m.end + (len(m.organ) if m.organ and question.startswith(m.organ, m.end) else 0) for m in named]
    words = []
    for n, m in enumerate(named):
        if n + 1 < len(named):
            own = question[ends[n]:named[n + 1].start]
        else:
            stop = re.search(r"[？?。；;]", question[ends[n]:])
            own = question[ends[n]: ends[n] + stop.end()] if stop else question[ends[n]:]
        for name in sorted(names, key=len, reverse=True):  # ('…的信息和东莞' before 滨海湾新区)
            if own.rstrip().endswith(name):
                own = own.rstrip()[: -len(name)]
        own = _JOINER.sub("", own.strip())
        for k in (4, 3, 2):  # ('…和西安' before 周至县政府办: a place the next body is in)
            if n + 1 < len(named) and len(own) > k and place_word(own[-k:]):
                own = _JOINER.sub("", own[:-k])
                break
        content = re.sub(r"\d{4}年?|当年|同年|同期|这一年|那一年", "", _ASKING.sub("", own))
        for name in sorted(names, key=len, reverse=True):
            content = content.replace(name, "")
        content = _JOINER.sub("", re.sub("^" + _JOINS, "", content))
        if len(re.findall(r"[\u4e00-\u9fff]", content)) < 2:
            return {}
        if n + 1 < len(named) and "的" not in own and not _ASKING.search(own):
            # a name only ('A门户网站和B门户网站发布的政务动态'): what it is said of comes after the last body
            return {}
        words.append(own)
    if TUNING.elided_head_carried:
        # ('A主动公开的信息，比B主动公开的少多少条': the noun of the first body's thing, 信息, is the later ones' too — read
        # without it, '主动公开的' had been matched to '公开机构设置…等32条')
        head = re.search(r"的([\u4e00-\u9fff]{2,6})$", re.split(r"[，,]", words[0])[0].strip())
        if head:
            # (after an ideographic space: the words said alike of every body, which _frame_said_apart reads, end
            # before it — the noun is the first body's words, not said of the others)
            words = words[:1] + [_ELIDED_HEAD.sub("的\u3000" + head.group(1), own, count=1) for own in words[1:]]
    asking = _ASKING.search(words[-1])
    before = question[: named[0].start]
    # (a body's words holding no asking ask as the last body's do: '…的信息和B…各有多少')
    said = [own if _ASKING.search(own) or not asking else f"{own}{asking.group(0)}" for own in words]
    return _read_by_source(named, [before + own for own in said], reports)


# A thing said by its modifier alone, its noun left out before the asking ('…主动公开的少多少条', '…发布的有几条').
_ELIDED_HEAD = re.compile(r"的(?=\s*(?:还|要)?(?:多|少|高|低)?了?(?:有|是|为)?(?:多少|几)|\s*[？?]|\s*$)")


def _named_once(named: list, bodies: set) -> list:
    """The mentions of the reports' bodies, in question order, each body once: a body named again once all are named
    is the arithmetic's ('…？青溪市多多少？'), not its words. [] when a body is named again before another is (whose words
    are whose is not known), when fewer than two are named, or when a mention fits more than one of them."""
    named = sorted(named, key=lambda m: m.start)
    first: list = []
    for m in named:
        if m.bodies not in {f.bodies for f in first}:
            first.append(m)
        elif len(first) < len({b for f in named for b in f.bodies}):
            return []
    return [] if len(first) < 2 or any(len(set(m.bodies) & bodies) != 1 for m in first) else first


def _read_by_source(named: list, said: list[str], reports: list[dict]) -> dict[str, str]:
    """source → the words each named body's reports are read for (reading_question of what is said of it); {} unless
    every report is one of a named body's."""
    bodies = {r.get("body") for r in reports}
    out = {}
    for m, words in zip(named, said):
        body = next(iter(set(m.bodies) & bodies))
        for r in reports:
            if r.get("body") == body:
                out[r["source"]] = reading_question(words)
    return out if len(out) == len(reports) else {}


# What joins one body's words to the next body's name in English ('… disclose proactively, versus the …').
_EN_JOIN = (r"(?:[\s,;()]|\b(?:and|versus|vs\.?|compared\s+(?:with|to)|against|while|whereas|the|of|in|for|at|by|to)"
            r"\b)+")
_EN_JOINS = re.compile("(?i)" + _EN_JOIN)
_EN_JOIN_ENDS = re.compile(f"(?i)^{_EN_JOIN}|{_EN_JOIN}$")
_EN_NEXT_ASKED = re.compile(r"(?i)[,;]?\s*(?:and\s+)?(?:how (?:many|much)|what|which)\b[^?.;]*$")
# Words naming a body's level or organ, or the bodies together ('both', 'each'), not what is asked of one.
_EN_NAMING = frozenset({w for _, words in EN_LEVELS for w in words} | {w for w, _ in EN_ORGAN_KIND}
                       | {"both", "each", "all", "respectively"})


def _own_readings_en(question: str, mentions: list, reports: list[dict], names: list[str]) -> dict[str, str]:
    """own_readings of an English question ('how many items did A disclose proactively, versus B on the B
    government website?'): each body's words from after its name to the next body's (the last's to
    the end of its sentence), read with the words before the first body ('In 2024, how many items
    did'). {} when a body's words hold fewer than two words of their own (the bodies share what is
    asked: 'how many items did A and B each publish?') or a body is named again before the others."""
    bodies = {r.get("body") for r in reports}
    named = _named_once([m for m in mentions if m.start >= 10_000 and set(m.bodies) & bodies], bodies)
    if not named:
        return {}
    spans = [(m.start - 10_000, m.end - 10_000) for m in named]
    words = []
    for n, (_, end) in enumerate(spans):
        if n + 1 < len(spans):
            own = question[end:spans[n + 1][0]]
        else:
            stop = re.search(r"[?.;]", question[end:])
            own = question[end: end + stop.end()] if stop else question[end:]
        for name in sorted(names, key=len, reverse=True):  # (its place in brackets, the next body's organ)
            if name.isascii() and len(name) > 2:
                own = re.sub(r"\(?\b" + re.escape(name) + r"\b\)?", " ", own, flags=re.I)
        own = _EN_JOIN_ENDS.sub("", re.sub(r"\(\s*\)", " ", own))
        if n + 1 < len(spans):
            # (the asking that opens the next body's words: '…, and how many did' B 'proactively disclose')
            own = _EN_JOIN_ENDS.sub("", _EN_NEXT_ASKED.sub("", own))
        if n + 1 < len(spans) and re.search(r"(?i)\bthan\b", own):
            return {}  # ('how many more items did A disclose than B'): what A is said to do, B is too
        content = _EN_JOINS.sub(" ", EN_ARITHMETIC.sub(" ", re.sub(r"\b(?:19|20)\d{2}\b|\bthat year\b", " ", own)))
        # (a level or organ left of a body's name, 'township, both in …', is no word of what is asked)
        if len([w for w in re.findall(r"[A-Za-z]{3,}", content) if w.lower() not in _EN_NAMING]) < 2:
            return {}
        words.append(own)
    before = question[: spans[0][0]]
    return _read_by_source(named, [f"{before}{own}" for own in words], reports)


@dataclass
class Part:
    record: dict
    statements: str
    citations: list[Citation]
    figures: list[Decimal]
    unit: str = ""  # the measure word of its one figure (条, 件, 场)
    missing: bool = False  # the report does not state what is asked
    approximate: bool = False  # its one figure is stated as about so many ('80余条', '约30件')
    # (value, unit, approximate) of each figure of the best unit, when the part states several
    options: tuple = ()
    about: frozenset = frozenset()  # the question's words (two characters or more) its best clause says
    clause: str = ""  # the clause of its best unit
    own_words: bool = False  # read for the words the question says of this report alone (own_readings)
    summed: bool = False  # its one figure is its own sum of the things the question adds in each report
    # (value, unit, approximate) of every figure its clauses state, when it states several
    stated: tuple = ()
    lead: str = ""  # the clauses before its best unit's in their sentence ('通过硚口区门户网站…4574条,…' of '信息公开目录1823条')
    rival_about: int = 0  # the most of the question's words another of its units' clauses says (``about`` of the best's)


# How a report says a figure is approximate: before it (约30件, 近百, 超过200条) or after it
# (80余条, 30多件, 30件左右). Ordinary words of Chinese, not report wording.
ABOUT_BEFORE = re.compile(r"(?:约|大约|近|将近|接近|超过|逾|多达|上)$")
ABOUT_AFTER = re.compile(r"^(?:余|多)|^[\u4e00-\u9fff]?左右")


def _measure(fig, quote: str) -> tuple[str, bool]:
    """The measure word of a figure ('条' of '80余条', not '余') and whether it is approximate."""
    before, after = quote[: fig.start], quote[fig.end:]
    approximate = bool(ABOUT_BEFORE.search(before) or ABOUT_AFTER.match(after))
    # ('2.1万条': a figure given in ten-thousands is rounded to them; 21000 − 5786 is no exact 15214)
    approximate = approximate or (TUNING.rounded_wan_approximate and str(fig.raw).endswith(("万", "亿")))
    return measure_word(fig, quote), approximate


def answer_per_report(question: str, focus_names: list[str], language: str, reports: list[dict], lexical,
                      op: Operation, started: float, similarity=None, one_body: bool | None = None,
                      text_figure=None, readings: dict[str, str] | None = None) -> Answer | None:
    """``readings``: source → the words a report is read for when the question says of each body
    what it asks (own_readings); else every report is read for the question's words. ``one_body``: the reports are years of one body (the question named one body), whatever
    names its reports give it ('东岳路街道办事处' 2022, '大冶市东岳路街道' 2025); None: by the
    bodies' names. ``text_figure(record)``: the figure of the table cell the question maps to, as
    the report's text states it (prose_cells.prose_figure), for a report the reading finds nothing
    in ('未发生…行政复议或行政诉讼' states none in words)."""
    import time

    from assistant.ask.pipeline import compose_extractive

    # each report read as a question about it alone is read: a word another report uses ('编印' of
    # 青溪市's 编印政府公报24期) is, for this one, a word it does not use (TUNING.per_report_weights)
    shared = None if TUNING.per_report_weights else idf_weights(
        [p.index_text for p in lexical.of_sources({r["source"] for r in reports})], lexical.term_stats().df)
    # Each report is read for the figure, not for the arithmetic asked of the figures ('增长了百分之几',
    # '相差多少', '保留一位小数'): words no report's sentence holds, which made a report that states the
    # figure read as not stating it.
    reading = reading_question(question)
    # 'A和B合起来算，2022年和2024年各…多少？少了多少？': each report's sum of the things named, then
    # what is asked of those sums across the reports (their change, else their sum)
    asked = op  # (what the question asks; op below is what each report is read for)
    # 'A、B、C三家…里，A占几成': one body's share of the bodies' total — each report read for its count
    part_of_all = _part_body(question, reports) if TUNING.share_among_bodies and op.share and not op.change \
        and not op.rank and len({r.get("body") for r in reports}) >= 2 else None
    if part_of_all is not None:
        op = dataclasses.replace(op, share=False, sum=True)
    # (a percentage change, '增长了百分之几', asks no share: the change of each report's sum)
    percent_change = op.share and op.change and not SHARE_OF_WHOLE.search(question)
    each_sum = _sum_in_each(question, language, focus_names) \
        if op.sum and (not op.share or percent_change) and not op.rank else ""
    if each_sum and (op.change or op.compare):
        op = dataclasses.replace(op, sum=False)
    # 'X 2024年的…相当于2021年的百分之多少': a ratio of the two years' counts, not a share each states
    base = _ratio_base(question, reports) if op.share and len(reports) == 2 and language == "zh" else None
    if base is not None:
        op = dataclasses.replace(op, share=False, compare=True)
    # (the arithmetic asked, read from the question before its words of arithmetic are left out)
    arithmetic = counts_one_by_one(op)
    # a ranking of the reports of a year (not of one body's years)
    ranking_reports = op.rank and len({r.get("body") for r in reports}) >= 3 and len({r.get("year") for r in reports}) == 1

    in_format_measure = False
    if ranking_reports and language == "zh" and not ranked_measure(question):
        # ranked in items when the question names no measure (_ranked): each report read for a
        # count of items, so a clause counting kinds ('发布信息6个类别') is not its answer
        # ('公开申请数排前三': what is counted is 申请, its 数 is the count asked)
        bare = re.sub(r"(?<=[\u4e00-\u9fff]{2})数$", "", COUNT_NOUN.sub("", reading).rstrip("？?。 "))
        reading = f"{bare} 有多少条"
    elif ranking_reports and language == "zh":
        # '信息条数最多': the count in a measure named as a noun is read as '…有多少条'
        measure = ranked_measure(question)
        bare = COUNT_NOUN.sub("", reading)
        if bare != reading and measure:
            reading = f"{bare.rstrip('？?。 ')}有多少{measure}"

    elif TUNING.compared_in_format_measure and language == "zh" and (op.change or op.compare) and \
            not asked_measure(question) and (not op.share or percent_change) and \
            (at := FORMAT_NOUN_AT_END.search(reading.rstrip("？?。 "))):
        # ('网站发布的信息比2021年少了百分之几': read as how many, so the format's measure of 信息 and 申请, 条 and 件, is
        # the one compared — '…发布26个…目录' is no count of information; its words of a change left out)
        reading, in_format_measure = f"{reading[:at.start() + 2]}有多少", True

    # words asked of each report, no figure and no arithmetic ('2021年和2022年分别拿过什么奖', '是哪个
    #部门出的'): each report read for its clauses of words (TUNING.words_per_report)
    words_asked = TUNING.words_per_report and bool(ASKS_WORDS.search(question)) and not (
        op.sum or op.share or op.change or op.compare or op.rank or op.mean or op.bound) and \
        not re.search(r"多少|几(?!个方面)|(?i:\bhow (?:many|much)\b)", question)

    def read(record: dict, reading: str, kind=None, lang: str = "") -> Part:
        """The part of one report: its figure read as a one-report question, or not stated. Of a
        clause's whole and its breakdown, the count named is the one ``reading`` names: the words
        the question says of this report, not another body's ('河南…公开多少条信息，银川市政府网站多少条'
        names no 信息公开目录 of 银川's '发布信息16642条(…信息公开目录10699条)')."""
        pool = sorted(lexical.of_sources({record["source"]}), key=lambda p: p.ordinal)
        stats = shared if shared is not None else idf_weights([p.index_text for p in pool], lexical.term_stats().df)
        composition = choose_units(reading, focus_names, lang or language, pool, stats, similarity=similarity,
                                   separate_counts=arithmetic, figures_only=not words_asked)
        if TUNING.rows_apart and composition.answered and (lang or language) == "zh":
            # ('受理…申请数量' is not answered by '上年结转政府信息公开申请12件': the clause names another
            # row of the format's tables than the one the question names)
            composition.units = [u for u in composition.units if not names_another_row(reading, u.quote)]
            composition.answered = bool(composition.units)
        if composition.answered and INCLUDED_SPAN.search(reading):
            # (the part a bracket says is included is not the whole asked: not stated as one figure)
            composition.units = [u for u in composition.units if not included_part_only(reading, u)]
            composition.answered = bool(composition.units)
        if kind is not None:
            # (read for a figure counting one kind of thing: of the clauses, those stating one)
            composition.units = [u for u in composition.units if _counts_kind(u, kind)][:1]
            composition.answered = composition.answered and bool(composition.units)
        if op.rank:
            # a ranking compares one figure per report: the unit that answers best, not the
            # further ones a word of the question also fits ('各单位' and '51个部门（单位）') — the best
            # one counting in the measure ranked ('…发布信息6个类别' is no count of items beside
            # '…共497条'; _ranked: the question's measure, else items)
            if TUNING.rank_names_outlet and outlets_in(reading):
                # a ranking of what an outlet put out ranks clauses naming it (in their sentence or
                # section): '发布政策解读信息260条' is no count of new-media posts
                asked_outlets = outlets_in(reading)
                composition.units = [u for u in composition.units if not named_nowhere(
                    asked_outlets, u.in_context)]
                composition.answered = composition.answered and bool(composition.units)
            wanted = _ranked_kind(question, language)  # (as _ranked ranks; a clause stating no figure fits none)
            # ('250余条' counts in 条)
            fitting = [u for u in composition.units if _counts_kind(u, wanted)]
            composition.units = (fitting or composition.units)[:1]
            if ranking_reports and composition.answered and (
                    composition.units[0].quoted_lexical if TUNING.rank_lead_said else composition.units[0].lexical) \
                    < TUNING.rank_min_lexical:
                composition.answered = False  # carried by meaning more than by the question's words
            if ranking_reports and composition.answered and not fitting:
                composition.answered = False  # (no clause counting in the measure ranked: the text's cell, if any)
            if ranking_reports and composition.answered and TUNING.rank_kind_unasked and language == "zh" and any(
                    kind_unasked(_asked_clause(reading), u.quote, f) for u in composition.units[:1] for f in u.figures[:1]):
                # ('网上发布信息最多的' ranks the information put out, not '发布政策解读24篇', a kind of it)
                composition.answered = False
        if TUNING.part_over_its_whole and composition.answered and len(composition.units) == 2 and \
                (asked.change or asked.compare) and not asked.sum and (lang or language) == "zh":
            # figures to set against another report's: of a whole leading its sentence and a part after it that says a
            # word of the question the whole does not, the part ('…政务信息4574条,…政务动态类2523条' for 政务动态类信息)
            # (in Chinese only: an English question's verbs come in the dictionary's words, 'posted' → 公告, which a part
            # '其中通知公告类52条' says as a thing)
            composition.units = part_of_whole_asked(composition.units) or composition.units
        if composition.answered and len(composition.units) > 1 and (asked.sum or asked.change or asked.compare) \
                and not op.share and not each_sum and not measures_named(question):
            # arithmetic over the reports takes one figure of each: of its clauses, those counting in
            # the very measure word asked ('requests' → 件: '共接收到依申请公开2件', not '公开信息250余条')
            measure = asked_measure(question) if language == "zh" else asked_measure_en(question)
            exact = [u for u in composition.units if measure and measure in u.counted_in]
            if measure not in ("", "%", "‰") and exact:
                composition.units = exact
        if composition.answered:
            text, statements, citations, cited = compose_extractive(question, language, composition.units)
        if not composition.answered or not verify_answer(text, cited, question).ok or \
                any(other_fee(question, u.quote) for u in composition.units):
            found = text_figure(record) if text_figure is not None else None
            if found is not None:
                return _part_of_figure(record, found, language)
            # said as missing, never answered from the other report's passages instead
            return Part(record, NOT_STATED_ZH if language == "zh" else NOT_STATED_EN, [], [], missing=True)
        if words_asked:
            # words asked of each report ('分别拿过什么奖'): its clauses as they say it, no figure
            return Part(record, statements.rstrip("。."), citations, [], "", clause=composition.units[0].quote)
        asked_in = asked_measure(question) if language == "zh" and not op.share else ""
        if asked_in not in ("", "%", "‰") and "元" not in asked_in and \
                all(any(u.counted_in) and all("元" in m for m in u.counted_in if m) for u in composition.units):
            # a clause stating sums of money only ('减免租金近150十万元') does not state a count ('多少条')
            return Part(record, NOT_STATED_ZH if language == "zh" else NOT_STATED_EN, [], [], missing=True)
        # (a percentage beside a count, '门户网站发布5120条，占51.0%', is not the figure of a question
        # asking no share)
        found = [(f, u.quote) for u in composition.units for f in extract_figures(u.quote)
                 if f.raw in u.figures and not _a_year(f, record) and (op.share or f.unit not in ("%", "‰"))]
        if not found and not any(states_none(u.quote) for u in composition.units):
            # clauses matching the words, none stating a figure ('将依申请公开办理作为…具体实践'): not stated
            return Part(record, NOT_STATED_ZH if language == "zh" else NOT_STATED_EN, [], [], missing=True)
        wanted = (asked_measure(reading) if language == "zh" else asked_measure_en(question.split(", and")[0])) \
            if TUNING.computed_in_measure_asked and (asked.change or asked.compare or asked.sum) \
            and (not op.share or (percent_change and TUNING.percent_change_measured)) and not op.rank else ""
        if wanted and re.fullmatch(MEASURE_WORD, wanted) and found and all(
                _measure(f, q)[0] and measure_kind(_measure(f, q)[0]) != measure_kind(wanted) for f, q in found):
            # figures to compute with, asked in a measure ('how many items', '信息…有多少' in 条), that this report's
            # clause counts in another kind only ('发布26个…目录'): not stated, never set against the others' 条
            return Part(record, NOT_STATED_ZH if language == "zh" else NOT_STATED_EN, [], [], missing=True)
        if len(found) > 1 and len({q for _, q in found}) == 1 and not op.share:
            # one figure of a report: of a whole and its breakdown in one clause, the one the
            # question names or the whole ('累计700条(点击量52582次)': 700); never one of several
            # counts of one level ('发布政府信息27855条、年访问量…' for 政务动态)
            naming = _naming_in_chinese(naming_count(reading), language)
            named = named_count(naming, found[0][1])
            if TUNING.part_named_by_meaning and (asked.sum or asked.change or asked.compare):
                # (figures to compute with: the part the question names in other words, not the whole it is part of)
                named = named_by_meaning(naming, found[0][1], similarity, TUNING.said_otherwise_floor) or named
            found = [x for x in found if x[0].value == named] or found
        if op.share and not op.change and not any(f.unit in ("%", "‰") for f, _ in found):
            # a share asked, and the report's sentence states counts only: its count is not the
            # share (the share of a part its text states in a whole its table holds is the
            # table answer's, table_answer.answer_text_share); said as not stated
            return Part(record, NOT_STATED_ZH if language == "zh" else NOT_STATED_EN, [], [], missing=True)
        if op.share and op.change and any(f.unit == "%" for f, _ in found):
            # the change of a share ('占…的比例，2024年比2022年提高了几个百分点'): the shares stated
            found = [(f, q) for f, q in found if f.unit == "%"]
        elif op.share and op.change and SHARE_OF_WHOLE.search(question):
            # … and a report stating counts only does not state it (their change is another question)
            return Part(record, NOT_STATED_ZH if language == "zh" else NOT_STATED_EN, [], [], missing=True)
        if each_sum:
            # 'A和B两类合起来算，2022年和2024年各…': the report's own sum of the things named (prose_sum),
            # its one figure
            total = stated_sum(each_sum, language, composition.units, focus_names, matched_only=True)
            m = re.match(r"合计([\d.]+)([\u4e00-\u9fff]?)", total) or re.match(r"\s*Together ([\d.]+)()", total)
            if m:
                said = "，" + total.rstrip("。") if language == "zh" else ", t" + total.strip().rstrip(".")[1:]
                return Part(record, statements.rstrip("。.") + said, citations,
                            [Decimal(m.group(1))], m.group(2), clause=composition.units[0].quote, summed=True)
            # (no sum of its own: a report stating the things together in one figure ('194件人大代表
            # 建议和政协提案') is read as before)
        unit, approximate = _measure(*found[0]) if len(found) == 1 else ("", False)
        # The figure of the unit that answers best, when it states one ('推出政策解读材料103篇' beside
        # a further unit '举办新闻发布会29场'): what a difference is computed from when the part states more.
        top = composition.units[0]
        first = [(f, top.quote) for f in extract_figures(top.quote) if f.raw in top.figures and not _a_year(f, record)
                 and (op.share or f.unit not in ("%", "‰"))]
        options = tuple((f.value, *_measure(f, q)) for f, q in first) if len(found) > 1 else ()
        if len(options) > 1:
            # a whole and its breakdown in one clause: the count the question names, or the whole
            # when it names no part (breakdown.named_count)
            named = named_count(_naming_in_chinese(naming_count(reading), language), top.quote)
            options = tuple(o for o in options if o[0] == named) or options
        def says(u) -> frozenset:
            return frozenset(t for t in u.covered if len(t) > 1 and t in terms_of(u.match_text))

        about = says(top)
        return Part(record, statements.rstrip("。."), citations, [f.value for f, _ in found],
                    unit if unit != "‰" else "", approximate=approximate, options=options, clause=top.quote, lead="".join(top.before),
                    about=about, stated=tuple((f.value, *_measure(f, q)) for f, q in found) if len(found) > 1 else (),
                    rival_about=max((len(says(u)) for u in composition.units[1:]), default=0))

    def read_own(record: dict) -> Part:
        # a report read for its own words, and, not stating them, for the question's (its words may
        # name it less well: '新昌县发布的图解' where the report says '公开…图解15条')
        own = (readings or {}).get(record["source"]) if not ranking_reports else None
        part = read(record, own) if own else None
        if part is not None and not part.missing:
            return dataclasses.replace(part, own_words=True)
        part = read(record, reading)
        if part.missing and glossed:
            # ('公众号（政务新媒体）': the word in brackets names the thing as another report may)
            again = read(record, glossed)
            part = again if not again.missing else part
        return part

    # the question read with the word its bracket glosses put in the bracket's words ('各单位公众号（政务新
    # 媒体）发的信息' read as '各单位政务新媒体发的信息'), for a report not stating it in the question's. (With no
    # gloss, this is the question read as reading_question reads it, without what is added to ``reading``
    # above — a ranking's '有多少条': such a report is read once more without it. Measured: dropping
    # that second reading loses one ranking each of multi6.tune and multi8.tune.)
    glossed = reading_question(GLOSS.sub(_glossed, question)) if TUNING.glosses and language == "zh" else ""
    glossed = glossed if glossed and glossed != reading else ""
    if in_format_measure and not GLOSS.search(question):
        glossed = ""  # (no gloss: not read again without the measure)
    parts = [read_own(record) for record in reports]
    if TUNING.rank_read_like_others and ranking_reports:
        # A report of a ranking not read with the question's words is read again with them and the
        # words another report states its figure in ('…门户网站主动公开信息6467条' for '政府网站上发的信息'),
        # and taken when that finds one figure in the measure ranked, read as a ranking reads
        stated = [p for p in parts if not p.missing and len(p.figures) == 1 and p.unit and p.clause]
        for n, part in enumerate(parts):
            if not part.missing:
                continue
            for like in stated:
                again = read(part.record, f"{reading} {_lead_words(like.clause)}")
                # (in the very measure word: '主动公开政府信息80条' is no count of requests beside '…69件'; and of
                # what the question asks, not a kind of it the other's words led to: '…发布解读信息127条')
                if not again.missing and len(again.figures) == 1 and again.unit == like.unit and not (
                        TUNING.kind_unasked_refused and kind_unasked(reading, again.clause, plain_number(again.figures[0]))) \
                        and not (TUNING.rank_like_keeps_telling and _lacks_telling(reading, again, reports, lexical, focus_names)):
                    parts[n] = again
                    break
    if TUNING.read_like_other_year and not ranking_reports and \
            (one_body or (one_body is None and len({r.get("body") for r in reports}) == 1)):
        # One body's report of another year says it in its own words ('门户网站' one year, '政府
        # 网站' the next), often in the same sentence: a year read as not stating the figure is read
        # again with the words of the clause that states it in another year, and taken only when
        # that finds one figure in a measure of the same kind.
        stated = [p for p in parts if not p.missing and len(p.figures) == 1 and p.unit and p.clause]
        for n, part in enumerate(parts):
            if not part.missing:
                continue
            # the nearest year's clause first
            for like in sorted(stated, key=lambda p: abs((p.record.get("year") or 0) - (part.record.get("year") or 0))):
                words = re.sub(r"[\d.,，、%％]+", " ", like.clause)
                # (with the question's words, then with the clause's alone: '门户网站' of the question
                # is '政府网站' in this year's report, as the clause of the other year is)
                for again in (read(part.record, f"{reading} {words}"), read(part.record, words)):
                    if not again.missing and len(again.figures) == 1 and again.unit and \
                            measure_kind(again.unit) == measure_kind(like.unit):
                        parts[n] = again
                        break
                if not parts[n].missing:
                    break
    if one_body is None:
        one_body = len({r.get("body") for r in reports}) == 1
    arithmetic_asked = (asked.sum or asked.change or asked.compare or asked.mean) and not ranking_reports
    # the noun the question counts ('发布的信息' counts 信息), read once for what follows
    noun_counted = _counted_of(reading) if language == "zh" else ""

    def read_again(part: Part, with_question: str, alone: str, kind, fits) -> Part | None:
        """A part read again for another's figure: with the question's words (``with_question``), then with the other's
        words alone read as the Chinese they are, whatever the question's language; the first reading finding one
        figure in ``kind`` that ``fits`` takes, what it is about read from the other's words, not the question's (its
        clause is set against the other's as clauses, _about_one_thing); None when neither does."""
        for again in (read(part.record, with_question, kind), read(part.record, alone, kind, lang="zh")):
            if not again.missing and len(again.figures) == 1 and again.unit and measure_kind(again.unit) == kind \
                    and fits(again):
                return dataclasses.replace(again, about=frozenset())
        return None

    if TUNING.years_in_one_measure and arithmetic_asked and (one_body or TUNING.bodies_in_one_measure):
        # Figures computed with: a year's (a body's) one figure counting another kind of thing than the
        # other's ('…发布26个…目录' beside '…公开…政务信息3128条' for '网站发布信息的数量变化了多少') is read
        # again with the words of the other's clause, and taken when that finds one figure in the
        # other's kind (read_like_other_year, for a report that stated something else)
        for n, part in enumerate(parts):
            if part.missing or len(part.figures) != 1 or not part.unit:
                continue
            others = [p for p in parts if p is not part and _kinds(p)]
            if not others or all(_kinds(o) & _kinds(part) for o in others):
                continue
            like = next(o for o in others if not _kinds(o) & _kinds(part))
            unit = like.unit if len(like.figures) == 1 else like.options[0][1]
            words = _lead_words(like.clause)
            kind = measure_kind(unit)
            # (… and counting in its measure, '…有多少条')
            ask = f"有多少{unit}" if re.fullmatch(MEASURE_WORD, unit) else ""
            # (a clause saying the noun the question counts, '制作政策解读34个', is not given up for one
            # that does not, '…规章和文件44件')
            keeps = noun_counted if TUNING.reread_keeps_counted and noun_counted and _says(part, noun_counted) else ""
            again = read_again(part, f"{reading} {words}{ask}", words + ask, kind,
                               lambda found: not keeps or _says(found, keeps))
            parts[n] = again or part

    if TUNING.list_read_like_other and arithmetic_asked and len(parts) == 2 and not ranking_reports:
        # Figures computed with: a part whose clause lists three or more counts ('其中公开…27条、…统计信息24条、…11条等')
        # beside one stating one figure ('…发布各类信息1023条') is read again with the words leading to the other's figure,
        # and taken when that finds one figure in its kind, not opened by 其中 (a list is no one figure to compute with:
        # the two had been given with no difference); with the question's words, then the other's alone
        for n, part in enumerate(parts):
            like = parts[1 - n]
            if part.missing or len(part.figures) < 3 or like.missing or len(like.figures) != 1 or not like.unit:
                continue
            words, kind = _lead_words(like.clause), measure_kind(like.unit)
            verbs = [words.rfind(v) for v in PUBLISHING if v in words]
            words = words[max(verbs):] if verbs else words  # (from its verb on: '发布各类信息', not '围绕…工作重点')
            again = read_again(part, f"{reading} {words}", f"{words}有多少{like.unit}", kind,
                               lambda found: not found.clause.lstrip().startswith("其中"))
            parts[n] = again or part

    def read_as(part: Part, like: Part, counted: str, fits) -> Part:
        """A part read again in the words of ``like``'s clause, else the noun counted alone ('发布各类信息
        有多少条', '信息有多少条'), in its measure; the one figure found when ``fits`` takes it, else ``part``."""
        for words in (_lead_words(like.clause), counted):
            again = read(part.record, f"{words}有多少{like.unit}", measure_kind(like.unit), lang="zh")
            if not again.missing and len(again.figures) == 1 and fits(again):
                return dataclasses.replace(again, about=frozenset())
        return part

    counted = noun_counted if TUNING.counted_noun_alike else ""
    sayers = [p for p in parts if not p.missing and _says(p, counted)] if counted else []
    if TUNING.unstated_read_as_other and arithmetic_asked and sayers:
        # a report the question's words find nothing in ('发布的信息' of '主动公开各类信息561条') is read in the
        # words of one whose clause says the thing counted ('发布各类信息…有多少条'), or the noun alone; taken
        # when the figure found is labelled by that noun (not '在信息公示栏…公开内容145条') and names the outlet
        # the question names, if any
        asked_outlets = outlets_in(question)
        for n, part in enumerate(parts):
            if part.missing:
                parts[n] = read_as(part, sayers[0], counted, lambda again: counted in _label_of(again) and (
                    not asked_outlets or bool(outlets_in(again.clause) & asked_outlets)))
    missing = [p for p in parts if p.missing]
    if TUNING.outlets_alike and arithmetic_asked and not missing and _outlets_differ(parts, question):
        # one year's (body's) figure of its website beside another's of its WeChat account ('网上发布的
        # 信息比前一年少了几成': '…门户网站…10条' and '…公众号发布信息41篇'): not one thing, not computed
        from assistant.ask.pipeline import _refusal

        said = "、".join(_label(p.record, one_body, language) + (
            f" {plain_number(p.figures[0])}{p.unit}" if len(p.figures) == 1 else "") for p in parts)
        note = (f"报告所写的数字说的不是同一个发布渠道（{said}），无法相互计算。" if language == "zh" else
                f"The figures the reports state are of different outlets ({said}), so they cannot be computed together.")
        return _refusal(question, language, note, started, "extractive")
    if counted and arithmetic_asked and not missing and _counted_apart(parts, counted, reading):
        # … read again with the words of a clause that says it ('发布各类信息…有多少条'), or the noun alone
        # ('信息有多少条'), and taken when that finds one figure whose clause says it
        for n, part in enumerate(parts):
            if not _says(part, counted):
                like = next(p for p in parts if _says(p, counted))
                parts[n] = read_as(part, like, counted, lambda again: counted in again.clause)
    if counted and arithmetic_asked and not missing and _counted_apart(parts, counted, reading):
        # the thing the question counts ('发布的信息') said in one report's clause ('发布各类信息1023条') and
        # not in the other's ('发布政策文件2条'): the other counts something else
        from assistant.ask.pipeline import _refusal

        said = "、".join(_label(p.record, one_body, language) + (
            f" {plain_number(p.figures[0])}{p.unit}" if len(p.figures) == 1 else "") for p in parts)
        return _refusal(question, language, f"报告所写的数字计的不是同一种东西（{said}），无法相互计算。", started,
                        "extractive")
    if arithmetic_asked and not missing and _measures_differ(
            parts, strict=True, asked=asked_measure(question) if language == "zh" else asked_measure_en(question),
            question=question):
        # arithmetic of figures counting different kinds of things ('26个' and '3128条'): what is asked
        # is not known from them
        from assistant.ask.pipeline import _refusal

        said = "、".join(f"{_label(p.record, one_body, language)} {plain_number(p.figures[0])}{p.unit}" for p in parts)
        note = (f"报告所写的数字计的不是同一种东西（{said}），无法相互计算。" if language == "zh" else
                f"The figures the reports state count different things ({said}), so they cannot be computed together.")
        return _refusal(question, language, note, started, "extractive")
    if ranking_reports:
        return _ranked(question, parts, reports, op, language, started)
    if len(missing) == len(parts):
        return None
    if missing and (asked.sum or asked.change or asked.compare or asked.mean) and not asked.rank:
        # arithmetic over the reports (a sum, a change, a comparison) with one that does not state
        # its figure: what is asked is not known (the figures stated are no answer to '一共多少',
        # '少了几件', '谁多')
        from assistant.ask.pipeline import _refusal

        return _refusal(question, language, arithmetic_unknown([p.record for p in missing], one_body, asked, language),
                        started, "extractive")
    citations, texts = _renumbered(parts, lambda part: _label(part.record, one_body, language), language)
    # '2022年的…是2024年的多少倍': a year as a multiple of another (not '…公众号的总量是网站的几倍')
    first = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", question) if YEAR_TIMES.search(question) else None
    if op.sum and not each_sum and difference_asked_last(question):
        op = dataclasses.replace(op, sum=False)  # ('A一共答复了多少件？B办结了多少件？相差多少？')
    computed = _computed(parts, one_body, op, language, times=bool(TIMES.search(question)),
                         first_year=int(first.group(1)) if first else None,
                         per_year=bool(TUNING.change_per_year and PER_YEAR.search(question)),
                         compound=bool(TUNING.change_per_year and COMPOUND.search(question)),
                         also_difference=bool(DIFFERENCE_TOO.search(question)),
                         exact_times=not PRECISION.search(question)) \
        if not missing and not (TUNING.unasked_arithmetic and _arithmetic_unasked(question, parts, language, each_sum)) \
        else ""
    period = _period_asked(question) if TUNING.per_month else None
    per_period = parts
    if period is not None and not missing and len(parts) == 2 and any(len(p.figures) > 1 for p in parts):
        # ('…政务信息4574条,政策类文件6件' beside '…3128条': the figure in the other's measure)
        like = _like_with_like(parts)
        per_period = [dataclasses.replace(p, figures=[f], unit=u, approximate=x)
                      for p, (f, u, x) in zip(parts, like)] if like else parts
    if period is not None and not missing and \
            all(len(p.figures) == 1 and p.unit and p.unit != "%" and not p.approximate for p in per_period):
        parts = per_period
        # '平均每个月发多少条', '平摊到每个季度', '平均每天': each report's year's figure over its months,
        # quarters or days; with a change asked of two, the change of those ('每月少了多少')
        computed = ("；" if language == "zh" else "; ").join(_per_period(p, period, one_body, language) for p in parts)
        if len(parts) == 2 and (op.change or DIFFERENCE_TOO.search(question)):
            computed += ("；" if language == "zh" else "; ") + _per_period_change(parts, period, one_body, language)
    if part_of_all is not None:
        computed = _share_among(parts, part_of_all, language) if not missing else ""
    if len(parts) == 2 and not missing and computed and _one_counts_more_things(parts):
        # '予以公开或部分公开59件' beside '部分公开6件': one figure counts what the other counts and more;
        # their difference answers nothing asked
        computed = ""
    if readings and len(parts) == 2 and not missing and _frame_said_apart(parts, readings):
        # the words the question says of every body ('2022年通过网络提交的申请，A收到几件，B收到几件'), said by
        # one report's clause and not by the other's ('网络申请24件' beside '共受理…7件(网上申请5件…)'): the
        # two figures may count different things; nothing computed of them
        computed = ""
    things = _things_joined(reading, language, focus_names) if one_body and not each_sum and language == "zh" else []
    if len(things) >= 2 and (any(len(p.figures) > 1 for p in parts) or
                             len({_things_said(things, p.clause) for p in parts}) > 1):
        # two things asked of each year ('政务动态和信息公开目录哪一类更多？2022年和2024年各差多少条', '通知公告、
        # 政务动态、信息公开目录三类里，哪一类减少的条数最多'): a change of one of them across the years, or
        # of one thing one year and another the next ('365 − 2523'), answers another question (unless the
        # things name one thing, said alike each year: '公告栏、便民服务点等线下渠道')
        computed = ""
    if base is not None and not missing:
        computed = _ratio(parts, base)
    if each_sum and any(not p.summed and len(p.figures) > 1 for p in parts):
        # things asked to be added in each report, one report stating them apart without adding them:
        # a figure computed from one thing of each ('两者合计87篇（41 + 46）' for 网站和公众号) answers
        # another question (a report stating them together in one figure, '194件人大代表建议和政协提案',
        # is read as that figure)
        computed = ""
    joiner = "；" if language == "zh" else "; "
    text = joiner.join(texts) + (joiner + computed if computed else "") + ("。" if language == "zh" else ".")
    answer = Answer(question=question, answer=text, answered=True, citations=citations, verified=True,
                    mode="extractive", latency_ms=(time.perf_counter() - started) * 1000)
    if missing:
        labels = [_label(p.record, one_body, language) for p in missing]
        answer.note = "未说明：" + "、".join(labels) if language == "zh" else "Not stated: " + ", ".join(labels)
        if TUNING.partial_reports_refused:
            # what is asked of several reports, one not stating it, is not answered: said so first,
            # what the others state kept below it with its sources
            answer.answered = False
            answer.answer = ("报告没有完整回答这个问题。" if language == "zh" else
                             "The reports do not fully answer this. ") + text
    elif all(len(p.figures) == 1 for p in parts) and len({p.unit for p in parts}) == 1:
        same_body = one_body
        answer.series = {"kind": "line" if same_body else "bar", "title": "", "unit": parts[0].unit, "points": [
            {"label": str(p.record.get("year")) if same_body else f"{p.record.get('body')} {p.record.get('year')}",
             "value": plain_number(p.figures[0]), "source": p.record["source"]} for p in parts]}
    return answer


def _bounded(question: str, stated: list[Part], others: list[str], reports: list[dict], op: Operation,
             language: str, started: float) -> Answer:
    """The reports of a year whose one figure passes the bound asked ('超过30件的单位有哪几家'), each
    quoted; the reports not read are named, and no claim is made that the list is complete."""
    import time

    year = reports[0].get("year")
    unit = stated[0].unit
    passing = [p for p in stated if passes(p.figures[0], op.bound)]
    said = bound_said(op.bound, unit, language)
    citations, lines = _renumbered(passing, lambda part: part.record.get("body"), language)
    if language == "zh":
        text = (f"索引中{year}年的{len(reports)}份报告里，{len(stated)}份写明了这一数字，"
                + (f"其中{said}的有{len(passing)}份：" + "；".join(lines) + "。" if passing else f"其中没有{said}的。"))
        note = (f"其余{len(others)}份（" + "、".join(others) + f"）未能读出唯一的这一数字，故不断言只有这些{said}。") if others else ""
    else:
        text = (f"Of the {len(reports)} reports for {year} in the index, {len(stated)} state this figure; "
                + (f"{len(passing)} have {said}: " + "; ".join(lines) + "." if passing else f"none has {said}."))
        note = (f"The other {len(others)} ({', '.join(others)}) state no one such figure, so the list may not be "
                f"complete.") if others else ""
    answer = Answer(question=question, answer=text + (("\n" + note) if note else ""), answered=True,
                    citations=citations, verified=True, mode="extractive", note=note,
                    latency_ms=(time.perf_counter() - started) * 1000)
    if passing:
        answer.series = {"kind": "bar", "title": "", "unit": unit, "points": [
            {"label": p.record.get("body"), "value": plain_number(p.figures[0]), "source": p.record["source"]}
            for p in passing]}
    return answer


def names_another_row(question: str, clause: str) -> bool:
    """Whether a clause's words name rows of the format's tables, none of them the one row the
    question's words name ('上年结转政府信息公开申请12件' for '受理的申请数量': carried over, not new)."""
    asked = _rows_named(question)
    if len(asked) != 1:
        return False
    said = _rows_named(clause)
    return bool(said) and not (said & asked)


@lru_cache(maxsize=4096)
def _rows_named(text: str) -> frozenset[str]:
    from assistant.ask.cells import plan_question

    plan, _ = plan_question(text, "zh")
    return frozenset(t.row for t in plan.targets) if plan is not None else frozenset()


def _a_year(figure, record: dict) -> bool:
    """A year: '2024年', or the report's year written bare ('2025关东街共受理…21件')."""
    return figure.unit == "年" or (not figure.unit and str(figure.value) == str(record.get("year")))


def _part_of_figure(record: dict, found, language: str) -> Part:
    """A report's part from the clause of its text stating the cell's figure (prose_cells), quoted;
    a none said in words is said as 0 beside the quote."""
    citation = Citation.from_passage(1, found.passage)
    citation.quote = found.clause
    citation.figures = [plain_number(found.value)] if not found.none else []
    if language == "zh":
        statement = f"“{found.clause}”[1]" + (f"，即{plain_number(found.value)}{found.unit}" if found.none else "")
    else:
        statement = f"“{found.clause}” [1]" + (f", i.e. {plain_number(found.value)}" if found.none else "")
    return Part(record, statement, [citation], [found.value], found.unit)


def arithmetic_unknown(records: list[dict], one_body: bool, op: Operation, language: str) -> str:
    """Why arithmetic over reports (a sum, a change, a comparison, an average) is not answered: the reports of
    ``records`` do not state the figure, named."""
    labels = [_label(r, one_body, language) for r in records]
    if language == "zh":
        what = "平均数" if op.mean else "合计" if op.sum else "差额"
        return f"{'、'.join(labels)}的报告没有说明这一点，无法算出{what}。"
    what = "average" if op.mean else "total" if op.sum else "difference"
    return f"The report of {', '.join(labels)} does not state this, so the {what} is not known."


def _label(record: dict, one_body: bool, language: str) -> str:
    year = record.get("year")
    if not one_body:
        return f"{record.get('body')}（{year}年）" if language == "zh" else f"{record.get('body')} ({year})"
    return f"《{record.get('title')}》" if language == "zh" else f"“{record.get('title')}”"


def _places(value) -> int:
    """How many decimal places a stated figure has ('8.7' → 1, '30' → 0)."""
    text = plain_number(value)
    return len(text.split(".")[1]) if "." in text else 0


# The periods of a year a figure is asked per: (the words asking it, its Chinese, its English).
PERIODS = {
    "month": (re.compile(r"平均每个?月|每个?月平均|平均一个月|一个月平均|按月(?:平均|摊)|(?:平摊|摊|分摊)到每个?月|月均|"
                         r"(?i:\bper month\b|\ba month on average\b|\bmonthly average\b)"), "每月", "a month"),
    "quarter": (re.compile(r"平均每个?季度|每个?季度平均|按季度?(?:平均|摊)|(?:平摊|摊|分摊)到每个?季度|季均|"
                           r"(?i:\bper quarter\b|\ba quarter on average\b|\bquarterly average\b)"), "每季度", "a quarter"),
    "day": (re.compile(r"平均每(?:一)?天|每天平均|平均一天|按天(?:平均|摊)|(?:平摊|摊|分摊)到每一?天|日均|"
                       r"(?i:\bper day\b|\ba day on average\b|\bdaily average\b)"), "每天", "a day"),
}


def _period_asked(question: str) -> str | None:
    """The one period of a year a figure is asked per ('平均每个月', '平摊到每个季度', '日均'), or None."""
    asked = [name for name, (words, _, _) in PERIODS.items() if words.search(question)]
    return asked[0] if len(asked) == 1 else None


def _periods_in(period: str, year) -> int:
    """How many of the period a year has: 12 months, 4 quarters, 365 or 366 days."""
    if period == "month":
        return 12
    if period == "quarter":
        return 4
    import calendar

    return 366 if isinstance(year, int) and calendar.isleap(year) else 365


def _per_period(part: Part, period: str, one_body: bool, language: str) -> str:
    """'2022年平均每月381.2条（4574 ÷ 12）', '2021年平均每天9.8条（3568 ÷ 365）'."""
    n = _periods_in(period, part.record.get("year"))
    value = plain_number((part.figures[0] / n).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    shown = f"{plain_number(part.figures[0])} ÷ {n}"
    who = str(part.record.get("year") if one_body else part.record.get("body"))
    _, zh, en = PERIODS[period]
    if language == "zh":
        return f"{who}{'年' if one_body else ''}平均{zh}{value}{part.unit}（{shown}）"
    return f"{who}: {value} {en} on average ({shown})"


def _per_period_change(parts: list[Part], period: str, one_body: bool, language: str) -> str:
    """The change of two reports' figures per period, later less earlier (of two years; of two
    bodies, the second less the first): '每月少36.7条（3568 ÷ 12 − 3128 ÷ 12）'."""
    first, second = parts
    n1, n2 = (_periods_in(period, p.record.get("year")) for p in parts)
    change = (second.figures[0] / n2 - first.figures[0] / n1).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    shown = f"{plain_number(second.figures[0])} ÷ {n2} − {plain_number(first.figures[0])} ÷ {n1}"
    _, zh, en = PERIODS[period]
    unit = second.unit if first.unit == second.unit else ""
    if language == "zh":
        word = "多" if change > 0 else "少" if change < 0 else "持平"
        return f"{zh}{word}{plain_number(abs(change))}{unit}（{shown}）" if change else f"{zh}持平（{shown}）"
    word = "more" if change > 0 else "fewer"
    return f"{plain_number(abs(change))} {word} {en} ({shown})" if change else f"the same {en} ({shown})"


def _over_years(parts: list[Part], a: Decimal, b: Decimal, unit: str, language: str, compound: bool) -> str:
    """A change per year between two years of one body, to one decimal: the compound annual rate
    ('年均复合增长率': ((b ÷ a)^(1 ÷ years) − 1) × 100) or the change per year ('平均每年少多少条':
    (b − a) ÷ years); '' when the years do not run forward."""
    y0, y1 = parts[0].record.get("year"), parts[1].record.get("year")
    if not (y0 and y1 and y1 > y0):
        return ""
    span = y1 - y0
    if compound:
        value = (Decimal(str(float(b / a) ** (1 / span))) - 1) * 100
        shown, after, after_en = f"({plain_number(b)} ÷ {plain_number(a)})^(1/{span}) − 1", "%", "%"
    else:
        value = (b - a) / span
        shown, after, after_en = f"({plain_number(b)} − {plain_number(a)}) ÷ {span}", unit, ""
    value = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    amount = plain_number(abs(value))
    if language == "zh":
        word = ("增长" if value > 0 else "下降" if value < 0 else "持平") if compound else \
            ("增加" if value > 0 else "减少" if value < 0 else "持平")
        return f"{y0}年至{y1}年年均{'复合' if compound else ''}{word}{amount}{after}（{shown}）"
    if compound:
        word = "growth" if value > 0 else "decline" if value < 0 else "no change"
        return f"from {y0} to {y1}: compound annual {word} of {amount}{after_en} ({shown})"
    word = "up" if value > 0 else "down" if value < 0 else "unchanged"
    return f"from {y0} to {y1}: {word} {amount} a year on average ({shown})"


# The previous year as what a change is against ('跟上一年比', '同比', 'than the year before').
AGAINST_LAST_YEAR = re.compile(YEAR_BEFORE.pattern + r"|同比|(?i:\b(?:previous|last|prior) year\b|\byear before\b)")
# Two things an English question takes together ('Taking news items and catalogue items together', 'X and Y
# combined').
# ('notices plus catalogue items, taken together')
EN_TOGETHER = re.compile(r"(?i)\b(?:tak(?:e|ing)\b.{1,60}?\b(?:and|plus)\b.{1,60}?\btogether|"
                         r"[a-z-]+ (?:and|plus) [a-z-]+\b.{0,40}?\b(?:together|combined)\b)")  # (not years: '2022 and 2024 combined')


def _arithmetic_unasked(question: str, parts: list[Part], language: str, each_sum: str) -> bool:
    """Whether computing with the parts' figures would answer another question than the one asked:
    a sum or a change of what is left once something is taken out ('除去预决算类信息，…其他信息…各有几条？少了
    几条？': each report's whole read); each body's change against its previous year computed as the
    difference of two bodies; two things taken together in English ('Taking news items and catalogue
    items together…') computed from one of them."""
    from assistant.ask.prose_sum import LEFT_OUT_CLAUSE

    if language == "zh" and LEFT_OUT_CLAUSE.search(question) and not each_sum:
        return True
    from assistant.ask.bodies import EXCLUDED_SPAN

    bodies = {p.record.get("body") for p in parts}
    if len(bodies) > 1 and len({p.record.get("year") for p in parts}) == 1 and \
            AGAINST_LAST_YEAR.search(EXCLUDED_SPAN.sub(" ", question)):
        return True
    return language != "zh" and bool(EN_TOGETHER.search(question)) and not any(p.summed for p in parts)


def _computed(parts: list[Part], one_body: bool, op: Operation, language: str, times: bool = False,
              first_year: int | None = None, per_year: bool = False, compound: bool = False,
              also_difference: bool = False, exact_times: bool = False) -> str:
    """The difference (change, comparison) or sum of the parts' figures, when each part states
    exactly one figure (or, stating several, its best unit states one, in the same measure as the
    other part's); '' otherwise. Three or more parts: their sum, or which is largest (smallest),
    when each states one figure, none about so many, in measures of one kind."""
    if len(parts) >= 3:
        return _computed_over_many(parts, one_body, op, language)
    if len(parts) == 2 and not all(len(p.figures) == 1 for p in parts):
        chosen = _like_with_like(parts)
        if chosen is None:
            return ""
        parts = [p if len(p.figures) == 1 else dataclasses.replace(
            p, figures=[c[0]], unit=c[1], approximate=c[2]) for p, c in zip(parts, chosen)]
    if len(parts) != 2 or not all(len(p.figures) == 1 for p in parts):
        return ""
    shares = [p.unit == "%" for p in parts]
    if any(shares):
        # two shares: their difference in percentage points, for a change or a comparison only
        # (never a share added to a share or to a count, nor a percentage of a percentage)
        if not all(shares) or op.sum or not (op.change or op.compare) or any(p.approximate for p in parts):
            return ""
        (a, b) = (parts[0].figures[0], parts[1].figures[0])
        # (to the places the shares are stated in: 11.7% − 8.7% is 3.0 points, as precise as they)
        places = max(_places(a), _places(b))
        diff = f"{abs(b - a):.{places}f}" if places else plain_number(abs(b - a))
        if one_body:
            y0, y1 = parts[0].record.get("year"), parts[1].record.get("year")
            if language == "zh":
                word = "提高" if b > a else "降低" if b < a else "持平"
                return f"{y1}年比{y0}年{word}{diff}个百分点（{plain_number(b)}% − {plain_number(a)}%）"
            word = "up" if b > a else "down" if b < a else "unchanged"
            return f"from {y0} to {y1}: {word} {diff} percentage points ({plain_number(b)}% − {plain_number(a)}%)"
        more, less = (parts[0], parts[1]) if a >= b else (parts[1], parts[0])
        if language == "zh":
            return (f"{more.record.get('body')}比{less.record.get('body')}高{diff}个百分点"
                    f"（{plain_number(max(a, b))}% − {plain_number(min(a, b))}%）")
        return (f"{more.record.get('body')} is {diff} percentage points higher than {less.record.get('body')} "
                f"({plain_number(max(a, b))}% − {plain_number(min(a, b))}%)")
    (a, b) = (parts[0].figures[0], parts[1].figures[0])
    unit = parts[0].unit if all(p.unit == parts[0].unit for p in parts) else ""
    # A figure stated as about so many ('80余条') gives about so many: said so, and no percentage.
    about = "约" if any(p.approximate for p in parts) and language == "zh" else \
        "about " if any(p.approximate for p in parts) else ""
    if op.mean and not about and not (op.share or op.change):
        return _mean([a, b], unit, language)
    if op.sum:
        return (f"两者合计{about}{plain_number(a + b)}{unit}（{plain_number(a)} + {plain_number(b)}）" if language == "zh"
                else f"together {about}{plain_number(a + b)} ({plain_number(a)} + {plain_number(b)})")
    if not (op.change or op.compare):
        return ""
    if one_body and times:
        if not first_year:
            return ""  # a multiple of two things each year states ('公众号的总量是网站的几倍'), not of the years
        if a and b and not about and first_year in (parts[0].record.get("year"), parts[1].record.get("year")):
            # '2022年的…是2024年的多少倍': the year named first over the other
            num, den = (parts[0], parts[1]) if parts[0].record.get("year") == first_year else (parts[1], parts[0])
            x, y = num.figures[0], den.figures[0]
            ratio = times_of(x, y, exact_times)
            if language == "zh":
                return f"{num.record.get('year')}年是{den.record.get('year')}年的{ratio}倍（{plain_number(x)} ÷ {plain_number(y)}）"
            return f"{num.record.get('year')} has {ratio} times as many as {den.record.get('year')} ({plain_number(x)} ÷ {plain_number(y)})"
    if one_body and not about and ((compound and a > 0 and b > 0) or (per_year and op.change and not op.share)):
        return _over_years(parts, a, b, unit, language, compound)
    if one_body:
        y0, y1 = parts[0].record.get("year"), parts[1].record.get("year")
        diff = b - a
        pct = ""
        if a and not about:
            pct = f"，{'+' if diff >= 0 else '−'}{_percent_of(abs(diff), a):f}%"
        if language == "zh":
            word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
            return f"{y1}年比{y0}年{word}{about}{plain_number(abs(diff))}{unit}（{plain_number(b)} − {plain_number(a)}{pct}）"
        word = "up" if diff > 0 else "down" if diff < 0 else "unchanged"
        return f"from {y0} to {y1}: {word} {about}{plain_number(abs(diff))} ({plain_number(b)} − {plain_number(a)}{pct.replace('，', ', ')})"
    more, less = (parts[0], parts[1]) if a >= b else (parts[1], parts[0])
    diff = abs(a - b)
    if a == b and not about:
        difference = "两者相同" if language == "zh" else "they are the same"
    else:
        # ('比…多百分之多少': the difference as a percentage of the smaller, the one it is more than)
        base = min(a, b)
        pct = f"{_percent_of(diff, base):f}%" \
            if TUNING.percent_more_of_bodies and op.share and op.change and base and not about else ""
        if language == "zh":
            difference = (f"{more.record.get('body')}比{less.record.get('body')}多{about}{plain_number(diff)}{unit}"
                          f"（{plain_number(max(a, b))} − {plain_number(min(a, b))}）"
                          + (f"，多{pct}（{plain_number(diff)} ÷ {plain_number(base)}）" if pct else ""))
        else:
            difference = (f"{more.record.get('body')} has {about}{plain_number(diff)} more than {less.record.get('body')} "
                          f"({plain_number(max(a, b))} − {plain_number(min(a, b))})"
                          + (f", {pct} more ({plain_number(diff)} ÷ {plain_number(base)})" if pct else ""))
    if times and b and not about:
        # 'A是B的几倍': the first named over the second (after the difference, when that is asked too:
        # '多几条？是它的几倍？')
        ratio = times_of(a, b, exact_times)
        multiple = (f"{parts[0].record.get('body')}是{parts[1].record.get('body')}的{ratio}倍（{plain_number(a)} ÷ {plain_number(b)}）"
                    if language == "zh" else f"{parts[0].record.get('body')} has {ratio} times as many as "
                    f"{parts[1].record.get('body')} ({plain_number(a)} ÷ {plain_number(b)})")
        return f"{difference}{'；' if language == 'zh' else '; '}{multiple}" if also_difference else multiple
    return difference


# A change per year asked ('平均每年少多少条', '年均增加多少', 'a year on average'), not a growth rate.
PER_YEAR = re.compile(r"(?:平均|平摊|摊)(?:下来)?每年|每年平均|年均(?!复合)(?![^，,。？?]{0,4}率)|"
                      r"(?i:\bper year\b|\ba year on average\b|\beach year on average\b)")
# A difference asked beside a multiple ('多几条？是它的几倍？', 'how many more, and how many times').
DIFFERENCE_TOO = re.compile(r"多[几多]|少[几多]|差[几多了]|相差|(?i:\bhow many more\b|\bhow many fewer\b|\bby how much\b)")
# A compound rate over years asked ('年均复合增长率', 'compound annual rate of decline').
COMPOUND = re.compile(r"复合|(?i:\bcompound(?:ed)? annual\b|\bcagr\b)")
# A share of a whole asked ('占…的比重', '占比'), not a percentage change ('增长了百分之几').
SHARE_OF_WHOLE = re.compile(r"占|比重|份额|(?i:\bshare of\b|\bproportion of\b)")
# '是新昌县政府网站的几倍', 'how many times': a ratio of two figures.
YEAR_TIMES = re.compile(r"是(?:19|20)\d{2}年?的?(?:多少|几)倍")

# '相当于2021年的百分之多少', '只有2024年的百分之几', '是2022年的几成', '只及2024年的几成'
# ('还剩2022年的几成', '恢复到2021年的百分之多少')
RATIO_TO = re.compile(r"(?:相当于|只有|仅有|仅为|[只仅]及|是|为|还剩下?|只剩下?|剩下|剩|达到了?|恢复到了?)"
                      r"(?P<base>[^，,。？?]{0,12}?)的?(?:百分之|百分比|几成)")


def _ratio_base(question: str, reports: list[dict]) -> dict | None:
    """The report of the year a question's ratio is taken to ('相当于2021年的…'), or None."""
    m = RATIO_TO.search(question)
    years = re.findall(r"(?:19|20)\d{2}", m.group("base")) if m else []
    based = [r for r in reports if years and str(r.get("year")) == years[0]]
    return based[0] if len(years) == 1 and len(based) == 1 and len({r.get("year") for r in reports}) == 2 else None


def _ratio(parts: list[Part], base: dict) -> str:
    """'2024年为2021年的87.7%（3128 ÷ 3568）', when both parts state one count in one measure."""
    if len(parts) == 2 and not all(len(p.figures) == 1 for p in parts):
        chosen = _like_with_like(parts)
        if chosen is None:
            return ""
        parts = [p if len(p.figures) == 1 else dataclasses.replace(p, figures=[c[0]], unit=c[1], approximate=c[2])
                 for p, c in zip(parts, chosen)]
    if len(parts) != 2 or not all(len(p.figures) == 1 and p.unit and p.unit != "%" and not p.approximate
                                  for p in parts) or parts[0].unit != parts[1].unit:
        return ""
    whole = next(p for p in parts if p.record is base)
    part = next(p for p in parts if p.record is not base)
    a, b = part.figures[0], whole.figures[0]
    if not b:
        return ""
    return (f"{part.record.get('year')}年为{whole.record.get('year')}年的{_percent_of(a, b):f}%"
            f"（{plain_number(a)} ÷ {plain_number(b)}）")


def _things_joined(text: str, language: str, names: list[str]) -> list[str]:
    """The things a Chinese text joins with 和, 、, 加 … besides its bodies and years ('网站和公众号';
    not '2021年和2022年')."""
    # ('2021年和2022年两年…合计': the years' 和 joins no things)
    text = re.sub(r"((?:19|20)\d{2})年?\s*(?:和|与|及|、|至|到|-)\s*(?=(?:19|20)\d{2})", r"\1 ", text)
    things = ADDENDS.split(focus_text(text, names, language))
    # (what is left of a body's name is no thing: '包头' of '包头市府东路街道', read as 市府东路街道)
    return [t for t in (re.sub(r"[^\u4e00-\u9fff]|把|两类|两年", "", x) for x in things)
            if len(t) >= 2 and not any(n.startswith(t) for n in names)]


def _label_before(part: Part) -> str:
    """The words a part's one figure counts: its clause up to the figure, from the last pause."""
    if len(part.figures) != 1:
        return ""
    for f in extract_figures(part.clause):
        if f.value == part.figures[0]:
            return re.split(r"[，,。；;：:、（）()]", part.clause[: f.start])[-1].strip()
    return ""


def _one_counts_more_things(parts: list[Part]) -> bool:
    """Whether one part's figure counts the other's thing joined with more ('予以公开或部分公开' and
    '部分公开'): the two are not counts of one thing."""
    a, b = (re.sub(r"^(?:其中|共|全年|合计|总计)", "", _label_before(p)) for p in parts)
    if not a or not b or a == b:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    # (及 of 及时, 'in time', joins nothing: '我区政府及时公开重点领域政府信息' beside '重点领域')
    return len(shorter) >= 2 and shorter in longer and bool(re.search(r"[或和与]|及(?![时早])", longer.replace(shorter, "", 1)))


def _things_said(things: list[str], clause: str) -> frozenset[int]:
    """Which of the things (by index) a clause says: a pair of characters only that thing names."""
    return frozenset(n for n, p in enumerate(own_pairs(things)) if any(x in clause for x in p))


def _sum_in_each(question: str, language: str, names: list[str]) -> str:
    """The sentence of a question asking to add things it names ('把通知公告和政务动态两类合起来算'),
    when it names two or more besides its bodies and years ('2022年和2024年…加起来' adds years); ''
    otherwise."""
    if language != "zh":
        if not TUNING.english_each_sum:
            return ""
        from assistant.ask.terms import english_without_names

        # ('news items and catalogue items taken together', 'notices plus catalogue items'): 'How many X and Y
        # altogether?', which prose_sum reads for English as for Chinese
        m = EN_JOINED.search(english_without_names(question, list(names)) if names else question)
        if not m:
            return ""
        x, y = (m.group("x"), m.group("y")) if m.group("x") else (m.group("x2"), m.group("y2"))
        return f"How many {x} and {y} altogether?"
    for sentence in re.split(r"(?<=[？?；;。])", question):
        at = SUM.search(sentence)
        things = _things_joined(sentence[: at.start()], language, names) if at else []
        if len(things) >= 2:
            asked = re.sub(r"[，,][^，,]*$", "", sentence[: at.end()]) + "多少？"
            # (each report is of one year: the years asked, '2024、2025两年', are no things to add)
            return re.sub(rf"{YEARS_LISTED}(?:[两二三四五六]个?年度?)?", " ", asked)
    return ""


# Two things an English question adds in each report: 'X and Y (taken) together/combined', 'X plus Y' (not years).
_EN_WORDS = r"[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3}?"
EN_JOINED = re.compile(rf"(?i)(?P<x>\b{_EN_WORDS}) (?:and|plus) (?P<y>{_EN_WORDS}),? (?:taken )?(?:together|combined)\b|"
                       rf"(?P<x2>\b{_EN_WORDS}) plus (?P<y2>{_EN_WORDS})(?=,|\s+(?:fall|fell|rise|rose|drop|dropp?ed|"
                       r"change|changed|grow|grew|decline|declined|increase|increased|decrease|decreased|did|in|from|between)\b)")
# '2024、2025', '2021年和2022年': years listed in a question
YEARS_LISTED = r"(?:19|20)\d{2}年?(?:\s*(?:和|与|及|、|至|到|-)\s*(?:19|20)\d{2}年?)*"


def _like_with_like(parts: list[Part]) -> list[tuple] | None:
    """The one figure of each of two parts to compute with, when one states several: its best
    unit's figure in the measure the other part's figure counts in ('发布政府信息27855条、年访问量
    突破1573万次' beside '公开信息8035条': 27855); None unless each part gives exactly one."""
    def single(p: Part) -> list[tuple]:
        return [(p.figures[0], p.unit, p.approximate)] if len(p.figures) == 1 else list(p.options)

    a, b = single(parts[0]), single(parts[1])
    # (in one measure, or in measures counting one kind of thing: '21件' and '35宗' count requests)
    pairs = [(x, y) for x in a for y in b if x[1] and y[1] and measure_kind(x[1]) == measure_kind(y[1])]
    if not pairs and TUNING.like_among_clauses:
        # none of the best clause's figures counts what the other part's does ('19家…26个…目录' beside
        # '4574条'): of all the part's clauses' figures, the one that does ('…信息更新总量为3568条')
        a, b = (p.stated or single(p) for p in parts)
        pairs = [(x, y) for x in a for y in b if x[1] and y[1] and measure_kind(x[1]) == measure_kind(y[1])]
    if len(pairs) > 1:
        # ('…政务信息4574条,政策类文件6件' beside '…3128条': 条 and 件 both count items; the one pair in
        # one measure word is the one)
        pairs = [(x, y) for x, y in pairs if x[1] == y[1]]
    if len(pairs) != 1 or not _about_one_thing(parts[0], parts[1]):
        return None
    if TUNING.best_clause_not_alone and any(
            len(p.figures) > 1 and sum(1 for x in (p.stated or single(p)) if x[1] == chosen[1]) > 1
            and p.rival_about > len(p.about)
            for p, chosen in zip(parts, pairs[0])):
        # (a part whose clauses state several figures in the measure word of the one chosen, '主动公开各类信息561条' and
        # '发布政策文件2条', when another of its clauses says more of the question's words than the best one: which one is
        # asked is not known — 1023 − 2 had been given)
        return None
    return list(pairs[0])


def _counts_kind(unit, kind) -> bool:
    """Whether one of a clause's figures counts that kind of thing (measure_kind)."""
    return any(measure_kind(_measure(f, unit.quote)[0]) == kind for f in extract_figures(unit.quote) if f.raw in unit.figures)


# Words naming who is ranked ('哪个单位', '各乡镇'), no thing counted.
RANKED_WHO = re.compile(r"单位|部门|机关|乡镇|镇街|街道|区县|县区|^[市区县镇乡]$")


def _asked_words(reading: str, reports: list[dict], names=()) -> set[str]:
    """The question's words of two characters or more that may tell reports apart: no outlet, verb of
    publishing, word of who is ranked or of a body's name."""
    import jieba

    from assistant.ask.outlets import OUTLET_WORDS
    from assistant.ask.terms import QUESTION_WORDS, STOP_WORDS

    for name in sorted(set(names) | {r.get("body", "") for r in reports}, key=lambda x: (-len(x), x)):
        reading = reading.replace(name, " ") if len(name) >= 2 else reading
    named = "".join(r.get("body", "") for r in reports) + "".join(names)
    return {w for w in jieba.cut(reading) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
            and w not in named and w not in STOP_WORDS and not QUESTION_WORDS.search(w)
            and not OUTLET_WORDS.search(w) and w not in PUBLISHING and not RANKED_WHO.search(w)}


def _asked_clause(reading: str) -> str:
    """What a ranking asks, without the bodies it is among ('2024年几个区政府当中，网上发布信息 有多少条' → '发布信息 有多少条'):
    its last clause, the web it was put out on left out."""
    return re.sub(r"网上|网络上|线上", " ", re.split(r"[，,]|当中|之中|里面", reading)[-1])


# A reading ending in the format's information or requests ('…网站发布的信息', '…的信息 少了').
FORMAT_NOUN_AT_END = re.compile(r"(?:信息|申请)\s*(?:(?:多|少|增加|减少|增长|下降|上升|变化)了?)?\s*$")


def _lacks_telling(reading: str, part: Part, reports: list[dict], lexical, names=()) -> bool:
    """Whether ``part``'s clause lacks the question's most telling word its report uses (_asked_words): the
    word fewest of the ranked reports say ('目录' of '信息公开目录类信息', which '…门户网站主动公开信息6467条' does
    not say)."""
    texts = {r["source"]: "".join(p.text for p in lexical.of_sources({r["source"]})) for r in reports}
    own = texts.get(part.record["source"], "")
    words = {w for w in _asked_words(reading, reports, names) if w in own}
    if not words:
        return False
    telling = min(words, key=lambda w: (sum(w in t for t in texts.values()), -len(w), w))
    return telling not in (part.clause or "")


def _lead_words(clause: str) -> str:
    """A clause's words that lead to its first figure ('通过政府网站主动公开各类政务信息'), not the breakdown
    after it, whose words may be what another report counts otherwise."""
    return re.split(r"\d", clause, maxsplit=1)[0]


def _kinds(part: Part) -> set:
    """The kinds of things a part's figures count (measure_kind): its one figure's, or those of its
    best clause's figures; none for a part not stated or its figures' measures not known."""
    if part.missing:
        return set()
    if len(part.figures) == 1:
        return {measure_kind(part.unit)} if part.unit else set()
    return {measure_kind(unit) for _, unit, _ in part.options if unit}


def _outlets_differ(parts: list[Part], question: str) -> bool:
    """Whether the parts' clauses each name outlets and no two share
    one, while the question does not name the outlets of both (then it asks of the two:
    '公众号的发文量是网站发布量的几倍')."""
    named = [outlets_in(p.clause) for p in parts if not p.missing]
    if len(named) < 2 or not all(named):
        return False
    if any(not another_outlet(a, b) for i, a in enumerate(named) for b in named[i + 1:]):
        return False
    asked = outlets_in(question)
    return sum(1 for n in named if not another_outlet(asked, n)) < len(named) if asked else True


# The thing two figures compared count, named after 的 before the comparison ('发布的信息是…的几倍').
THING_COMPARED = re.compile(r"的([\u4e00-\u9fff]{2,4}?)(?:数量|总数|总量|条数|件数)?(?:是|比|相当于)")


def _counted_of(reading: str) -> str:
    """The noun a question over several reports counts ('发布的信息是…的几倍' counts 信息), or ''."""
    from assistant.ask.extractive import INFORMATION, counted_noun

    counted = counted_noun(reading) or counted_noun(f"{reading.rstrip('？?。 ')}有多少")
    if counted:
        return counted  # (政务信息 and 政府信息 already read as 信息)
    # ('…发布的信息是花园乡的几倍': the noun after 的 before the comparison)
    m = THING_COMPARED.search(reading)
    return "信息" if m and m.group(1) in INFORMATION else m.group(1) if m else ""


def _counted_apart(parts: list[Part], counted: str, reading: str) -> bool:
    """Whether the noun the question counts is said by some parts' clauses (with the words before
    them) and not by others', each stating one figure, and a clause not saying it counts a thing the
    question does not name (the words right before its figure: '发布政策文件2条'; not '主动回应关切8条'
    for '回应社会关切…各发了几条信息')."""
    if not all(len(p.figures) == 1 for p in parts):
        return False
    said = [_says(p, counted) for p in parts]
    # (a verb of publishing names no thing: '发布政策文件' names 政策文件)
    return any(said) and not all(said) and any(
        not s and not bigrams(re.sub("|".join(PUBLISHING), " ", _label_of(p))) & bigrams(reading)
        for p, s in zip(parts, said))


def _says(part: Part, counted: str) -> bool:
    """Whether a part's clause (or the words quoted with it) says the noun counted."""
    return counted in part.clause or counted in part.statements


def _label_of(part: Part) -> str:
    """The words right before a part's one figure in its clause (back to the previous figure or mark)."""
    value = plain_number(part.figures[0])
    at = part.clause.find(value)
    before = part.clause[:at] if at >= 0 else ""
    return re.split(r"[\d，,。；;、：:（()）]", before)[-1][-6:]


def _counts_named_thing(part: Part, asked: str, question: str) -> bool:
    """Whether a figure counted in 个 counts a thing named after it that the question does not name,
    while the question counts in a measure of another kind ('26个试点领域…目录' for '少了多少条'):
    then its 个 is no count of what is asked. ('行政规范性文件18个' counts what precedes it.)"""
    if not (TUNING.asked_measure_binds and asked and measure_kind(asked) != measure_kind("个")):
        return False
    value = plain_number(part.figures[0])
    m = re.search(rf"(?<![\d.]){re.escape(value)}\s*个([\u4e00-\u9fff]{{2,}})", part.clause)
    return bool(m) and not bigrams(m.group(1)[:4]) & bigrams(question)


def _measures_differ(parts: list[Part], strict: bool = False, asked: str = "", question: str = "") -> bool:
    """Whether the parts, each stating one figure in a measure word, count kinds of things that differ
    ('个' of items of a catalogue against '条' of posts; '件' and '宗' count alike: measure_kind).
    ``strict``: only when neither is counted in 个, which counts anything ('行政规范性文件18个' beside
    '…6件'), unless the question counts in a measure of another kind (``asked``: '少了多少条' is no
    count of '26个试点领域…目录' beside '…3128条')."""
    stated = [p for p in parts if not p.missing and len(p.figures) == 1 and p.unit]
    if strict and any(p.unit == "个" and not _counts_named_thing(p, asked, question) for p in stated):
        return False
    return len(stated) == len(parts) >= 2 and len({measure_kind(p.unit) for p in stated}) > 1


def _frame_said_apart(parts: list[Part], readings: dict[str, str]) -> bool:
    """Whether, of the question's words said of every body (the start all readings share), one
    part's clause says one the other's does not."""
    import os

    frame = os.path.commonprefix([readings.get(p.record["source"], "") for p in parts])
    words = {t for t in terms_of(re.sub(r"(?:19|20)\d{2}年?", " ", frame)) if len(t) > 1}
    if TUNING.frame_without_particle:
        # (a pair of characters across 的, '供的' of '无法提供的', is no word: '…无法提供占28.9%' says the frame as well)
        words = {t for t in words if "的" not in t}
    if TUNING.frame_places_apart:
        # (a place the bodies are in, '同在武汉，…', is said of the bodies, not of what they state)
        named = "".join(f"{p.record.get('body', '')},{p.record.get('places', '')}" for p in parts)
        words = {t for t in words if t not in named}
    if not words:
        return False
    a, b = (terms_of(p.clause) & words for p in parts)
    if a != b and TUNING.frame_in_sentence:
        # (a word the lead of a clause's sentence says is said of the clause too: '通过硚口区门户网站主动公开各类政务
        # 信息4574条,…信息公开目录1823条' says 门户网站 of 1823 as '银川市政府门户网站发布信息16642条(…信息公开目录10699条)'
        # does of 10699)
        a, b = (terms_of(p.lead + p.clause) & words for p in parts)
    if a != b and TUNING.frame_in_heading:
        # (… and what the heading of a clause's section says: '我镇…发布各类信息1023条' under '(一)主动公开情况' says
        # 主动公开 as '主动公开各类信息561条' does)
        a, b = (terms_of(" ".join(c.section.split(">")[-1] for c in p.citations[:1]) + p.lead + p.clause) & words
                for p in parts)
    return a != b


# Words every clause of publishing says: the verbs (outlets.PUBLISHING) and what is put out.
# Nouns every report's clauses of publishing use ('政府信息', '各类政务信息'): they name no thing apart.
GENERIC_NOUNS = frozenset({"信息", "政务", "政府", "各类"})
GENERIC_WORDS = frozenset(PUBLISHING) | GENERIC_NOUNS | {"主动"}


def _about_one_thing(a: Part, b: Part) -> bool:
    """Whether two reports' best clauses speak of one thing ('通过门户网站发布政府信息…' and '通过县政府
    门户网站公开信息…'), not of two the question asks together ('政务动态类2523条' and '通知公告类365条'):
    they say a word of the question in common (or, not known, two pairs of characters)."""
    if a.about and b.about:
        # each saying a word of the question the other does not ('公众号' one year, '网站' the next, of
        # '公众号的发文总量是网站发布总量的几倍'): two things the question names, not one thing twice
        # (unless each was read for its own words: then they say what the question says of each)
        # (a verb of publishing, or 信息 that all of them put out, tells no thing from another:
        # '…门户网站发布…' one year, '…门户网站…公开…信息' the next speak of one thing)
        generic = GENERIC_WORDS if TUNING.generic_words_alike else frozenset()
        if (a.about - b.about) - generic and (b.about - a.about) - generic and not (a.own_words and b.own_words):
            return False
        return bool(a.about & b.about)

    def pairs(text: str) -> set[str]:
        text = re.sub(r"[^\u4e00-\u9fff]", " ", text)
        return {text[i:i + 2] for i in range(len(text) - 1) if " " not in text[i:i + 2]}

    return len(pairs(a.clause) & pairs(b.clause)) >= 2


def _computed_over_many(parts: list[Part], one_body: bool, op: Operation, language: str) -> str:
    if not all(len(p.figures) == 1 and p.unit and p.unit != "%" and not p.approximate for p in parts) or \
            len({measure_kind(p.unit) for p in parts}) != 1:
        return ""
    unit = parts[0].unit if len({p.unit for p in parts}) == 1 else ""
    values = [p.figures[0] for p in parts]
    if op.mean and not (op.share or op.change):
        return _mean(values, unit, language)
    if op.sum and not (op.share or op.change):
        shown = " + ".join(plain_number(v) for v in values)
        return (f"合计{plain_number(sum(values))}{unit}（{shown}）" if language == "zh"
                else f"together {plain_number(sum(values))} ({shown})")
    if op.mean:
        return ""  # (a year against the others' average, '比2021年和2022年两年的平均数少了多少': not computed here)
    if one_body and op.change and not (op.share or op.rank or op.compare) and \
            len({p.record.get("year") for p in parts}) == len(parts):
        # '2021到2022年涨了多少，2022到2024年又掉了多少': the change from each year to the next, then
        # from the first to the last
        by_year = sorted(parts, key=lambda p: p.record.get("year") or 0)
        steps = [_computed([a, b], True, op, language) for a, b in zip(by_year, by_year[1:])]
        steps.append(_computed([by_year[0], by_year[-1]], True, op, language))
        return ("；" if language == "zh" else "; ").join(steps) if all(steps) else ""
    if op.rank or op.compare:
        best = min(values) if op.lowest else max(values)
        leaders = [p for p in parts if p.figures[0] == best]
        if len(leaders) != 1:
            return ""
        who = str(leaders[0].record.get("year")) + ("年" if language == "zh" else "") if one_body \
            else leaders[0].record.get("body")
        if language == "zh":
            return f"{'最少' if op.lowest else '最多'}的是{who}（{plain_number(best)}{unit}）"
        return f"{'fewest' if op.lowest else 'most'}: {who} ({plain_number(best)})"
    return ""


def _mean(values: list[Decimal], unit: str, language: str) -> str:
    """'平均3756.7条（(3568 + 4574 + 3128) ÷ 3）': to one decimal, half up."""
    mean = (sum(values) / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    shown = f"({' + '.join(plain_number(v) for v in values)}) ÷ {len(values)}"
    return f"平均{plain_number(mean)}{unit}（{shown}）" if language == "zh" else f"on average {plain_number(mean)} ({shown})"


def _as_whole(part: Part) -> Part:
    """A part whose clause states one count and its parts, read for that count (else as it is)."""
    from assistant.ask.breakdown import whole_of_its_parts

    value = whole_of_its_parts(part.clause)
    option = next((o for o in part.options if o[0] == value), None) if value is not None else None
    if option is None:
        return part
    return dataclasses.replace(part, figures=[option[0]], unit=option[1], approximate=option[2])


# The bodies counted of a ranking ('超过30条的有几家', '有几个单位'): how many pass, not a measure of what they state.
BODIES_COUNTED = re.compile(r"(?:的)?(?:有|共有)?(?:几|多少)(?:家|个单位|个部门)(?:单位|部门)?")


def ranked_measure(question: str) -> str:
    """The measure a Chinese ranking asks in: asked_measure, with how many bodies pass a bound asked left out."""
    if TUNING.bodies_counted_no_measure:
        question = BODIES_COUNTED.sub(" ", question)
    return asked_measure(question)


def _part_body(question: str, reports: list[dict]) -> str | None:
    """The source of the one body a share over several bodies is asked of: named twice, in the list and as the part
    ('嵊泗县府办、银川市府办、花都区府办三家…里，嵊泗占几成', 'What share of the total is Yinchuan's'); None unless one is."""
    from assistant.ask.bodies import names_of

    latin = re.sub(r"[^a-z]", "", question.lower())

    def times(record: dict) -> int:
        names = names_of(record.get("body", ""))
        said = max((question.count(f) for f in names.place_forms), default=0)
        return max([said] + [latin.count(f) for f in names.latin])

    twice = {r["source"] for r in reports if times(r) >= 2}
    return twice.pop() if len(twice) == 1 and len({r.get("body") for r in reports}) == len(reports) else None


def _share_among(parts: list[Part], source: str, language: str) -> str:
    """One body's share of the bodies' total ('合计68件（7 + 28 + 33），嵊泗县政府办公室占10.3%（7 ÷ 68）'), when each
    states one count in one measure, none approximate; '' otherwise."""
    if not all(len(p.figures) == 1 and p.unit and p.unit not in ("%", "‰") and not p.approximate for p in parts) or \
            len({measure_kind(p.unit) for p in parts}) != 1:
        return ""
    part = next((p for p in parts if p.record["source"] == source), None)
    total = sum(p.figures[0] for p in parts)
    if part is None or not total:
        return ""
    share = f"{_percent_of(part.figures[0], total):f}"
    added = " + ".join(plain_number(p.figures[0]) for p in parts)
    body = part.record.get("body", "")
    if language == "zh":
        return f"合计{plain_number(total)}{part.unit}（{added}），{body}占{share}%（{plain_number(part.figures[0])} ÷ {plain_number(total)}）"
    return f"together {plain_number(total)} ({added}); {body}'s share is {share}% ({plain_number(part.figures[0])} ÷ {plain_number(total)})"


def _ranked_kind(question: str, language: str):
    """The kind of measure a ranking ranks in: the one a Chinese question asks in ('多少场'), else
    items (条, 件: what the format counts information and requests in)."""
    return measure_kind((ranked_measure(question) if language == "zh" else "") or "条")


def _ranked(question: str, parts: list[Part], reports: list[dict], op: Operation, language: str,
            started: float) -> Answer:
    """The reports of a year ranked by the one figure each states (each part read on its own, as
    a one-report question); those stating none, or several, are named as not ranked. Fewer than
    two stated: no ranking, said so (never one report's figure as if it answered the ranking)."""
    import time

    year = reports[0].get("year")
    # Figures counted in measures of one kind are ranked together ('667条' and '300余篇' both count
    # items): the kind the question asks in ('多少场' events), else items (条, 件: what the format
    # counts information and requests in); a figure of another kind ('召开新闻发布会…4场次' for
    # '哪个单位发布的政策解读最多') is named as not ranked, never ranked as the thing asked.
    wanted = _ranked_kind(question, language)
    # a clause stating one count of the kind ranked beside others of other kinds ('发布政府信息27855条、
    # 年访问量突破1573万次' ranked in items): that count — not beside a figure of no measure, which may
    # count the same ('书面申请3件,已办结18,' whose text lost the 件 of 18: 3 is no count of 办结)
    parts = [dataclasses.replace(p, figures=[only[0][0]], unit=only[0][1], approximate=only[0][2])
             if len(p.figures) > 1 and len(only := [o for o in p.options if o[1] and measure_kind(o[1]) == wanted]) == 1
             and len(p.options) == len(p.figures)
             and (not TUNING.bare_figure_counts or all(o[1] for o in p.options)) else p for p in parts]
    if TUNING.ranked_whole_of_parts:
        # a clause stating a count and its parts ('主动公开政府信息32条,包括领导信息类1条…') ranks the count
        parts = [_as_whole(p) if len(p.figures) > 1 and not p.missing else p for p in parts]
    stated = [p for p in parts if not p.missing and len(p.figures) == 1]
    stated = [p for p in stated if p.unit and measure_kind(p.unit) == wanted]
    others = [p.record.get("body") for p in parts if p not in stated]
    if op.nonzero:
        # ('（零件的不算）': a report stating 0 is left out, and is no report not read)
        stated = [p for p in stated if p.figures[0] != 0]
    if len(stated) < 2:
        if language == "zh":
            names = "、".join(p.record.get("body") for p in stated)
            text = (f"排序需要每份报告各自的这一数字：索引中{year}年的{len(reports)}份报告里，"
                    + (f"只有{names}的报告写明了它，" if stated else "没有一份能读出唯一的这一数字，") + "无法排序。")
        else:
            names = ", ".join(p.record.get("body") for p in stated)
            text = (f"A ranking needs this figure from every report: of the {len(reports)} reports for {year} in the "
                    f"index, " + (f"only {names} states it" if stated else "none states one such figure")
                    + ", so no ranking is given.")
        return Answer(question=question, answer=text, answered=False, citations=[], verified=False,
                      mode="extractive", note=text, latency_ms=(time.perf_counter() - started) * 1000)
    stated.sort(key=lambda p: p.figures[0], reverse=not op.lowest)
    if op.bound:
        return _bounded(question, stated, others, reports, op, language, started)
    # (a clause stating several counts says which one is ranked: '…16642条(…政务动态5749条…)（5749条）')
    stated = [dataclasses.replace(p, statements=p.statements + (
        f"（{plain_number(p.figures[0])}{p.unit}）" if language == "zh" else f" ({plain_number(p.figures[0])})"))
        if len(counts_in(p.clause)) > 1 else p for p in stated]
    citations, lines = _renumbered(stated, lambda part: part.record.get("body"), language)
    # the place asked ('第二多'), else the first; named only when every report was read (a report
    # not read may hold more) and no other report has the same figure
    at = op.nth - 1 if op.nth else 0
    top = stated[min(at, len(stated) - 1)]
    unit = top.unit
    named = not others and at < len(stated) and sum(1 for p in stated if p.figures[0] == top.figures[0]) == 1
    if language == "zh":
        best = (f"第{ordinal_zh(op.nth)}" if op.nth else "最") + ("少" if op.lowest else "多")
        text = (f"索引中{year}年的{len(reports)}份报告里，{len(stated)}份写明了这一数字，从{'少到多' if op.lowest else '多到少'}："
                + "；".join(lines) + "。" + (f"{best}的是{top.record.get('body')}（{plain_number(top.figures[0])}{unit}）。" if named else ""))
        note = (f"其余{len(others)}份（" + "、".join(others) + "）未能读出唯一的这一数字，故不断言哪一份" + best + "。") if others else \
            "" if named else f"不止一份报告是这一数字，或写明的报告不够多，故不断言哪一份{best}。"
    else:
        best = (f"{ordinal_en(op.nth)}-" if op.nth else "") + ("fewest" if op.lowest else "most")
        text = (f"Of the {len(reports)} reports for {year} in the index, {len(stated)} state this figure: "
                + "; ".join(lines) + "." + (f" The {best}: {top.record.get('body')} ({plain_number(top.figures[0])})." if named else ""))
        note = (f"The other {len(others)} ({', '.join(others)}) state no one such figure, so which has the {best} "
                f"is not said.") if others else "" if named else \
            f"More than one report states this figure, or too few state it, so which has the {best} is not said."
    answer = Answer(question=question, answer=text + (("\n" + note) if note else ""), answered=True,
                    citations=citations, verified=True, mode="extractive", note=note,
                    latency_ms=(time.perf_counter() - started) * 1000)
    answer.series = {"kind": "bar", "title": "", "unit": unit, "points": [
        {"label": p.record.get("body"), "value": plain_number(p.figures[0]), "source": p.record["source"]} for p in stated]}
    return answer
