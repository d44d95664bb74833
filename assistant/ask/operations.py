"""What a question asks to be done with the figures it names: one value, several, their sum, a
share, the change between two years, a comparison of bodies, a ranking, a trend.

The words below are the ordinary Chinese and English vocabulary of arithmetic and comparison
(加起来, 占…比例, 比上一年, 哪个最多; sum, share, compared with, which … most), not wording of the
reports or of any evaluation question; they decide only what to compute, never which figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.ask.tuning import TUNING

# The words asking how many that follow things joined by a bare 加 ('行政许可加行政强制有多少件').
ASKED_AFTER_ADDING = r"(?:有|是|共|一共|总共)?(?:多少|几)"
SUM = re.compile(r"(?<![增追参添附外施更])加(?!上|强|快|大|入|以|在|到|一|起|总|进|班|工|重)(?=[\u4e00-\u9fff]{2,12}?"
                 + ASKED_AFTER_ADDING + r")|加起来|加在一起|(?:全部|全都|都|一起)?相加|加(?:到|在)?一(?:起|块)|(?:算|合|放)(?:在|到)?一(?:起|块)|合(?:在|到)一起|加总|合起来|一共|总共|共计|合计|总和|之和|总数|总计|累计|(?<!公)共(?=有?(?:多少|几))|(?<![不没别])算上|连同|(?i:\bin total\b|\bin all\b(?=\s*(?:[?.,;]|$))|\bcombined\b|(?<!not )\bcounting\b(?=[^?.;]{1,60}?\band\b)|"
                 r"\baltogether\b|\bsum\b|\btotal of\b|\badd(?:ed)? up\b|\bwhat(?:'s| is| was) the total\b|"
                 + (r"\bif (?:i|we|you) add\b|(?:^|[:;,.]\s*)add\b(?!\s+up\b)|\bhow (?:many|much) is the total\b|"
                    if TUNING.english_serial_comma_list else "") +
                 # ('… on its portal and WeChat together')
                 r"\b(?:and|plus)\b[^?.;]{1,60}?\b(?:put |taken )?together\b|\bplus\b|"
                 # ('How many … and … did X publish in 2022, taken together?': said last, after a comma)
                 r",\s*(?:taken|put|added|counted) together\s*[?.]?\s*$)")
# 'Taken together, how many …?': the sum asked first, said where SUM reads it, after the things ('…, taken together?').
SUM_SAID_FIRST = re.compile(r"(?i)^\s*(?P<sum>(?:taken|put|added|counted) together)\s*,\s*(?P<rest>.+?)\s*(?P<end>[?.]?)\s*$")


def sum_said_last(question: str) -> str:
    """'Taken together, how many X and Y?' → 'how many X and Y, taken together?'; any other question as it is."""
    m = SUM_SAID_FIRST.match(question) if TUNING.sum_said_first else None
    return f"{m.group('rest')}, {m.group('sum').lower()}{m.group('end') or '?'}" if m else question


# The words asking a figure ('多少', '几件', 'how many', 'what was'): one of them asks one figure.
# (几 before any measure word of the reports' counts, '几期', '几篇', '几家': TUNING.every_measure_asked)
ASKED_HOW_MANY = re.compile(r"多少|几(?=[" + ("件个条项份次场期篇家轮宗起则" if TUNING.every_measure_asked else "件个条项份次场")
                            + r"])|(?i:\bhow (?:many|much)\b|\bwhat (?:is|was|were)\b)")
# The words of a total that qualify the one figure asked beside them ('一共收到多少件', 'receive in total'), not a
# sum of several figures asked each with its own asking words.
TOTAL_OF_ONE = re.compile(r"一共|总共|总计|共计|共|总数|总量|(?i:in total|in all)")
# ('政务动态占了多少条': 占 with a count in a measure word asks the count, not a share)
# The percent sign after 占… asking a share ('线上平台公开 占主动公开总量 %'), an alternative of SHARE and of
# prose_share.PART_FIRST (share_said_by_sign).
SIGN_ASKS_SHARE = r"|\s*[%％]" if TUNING.share_said_by_sign else ""
SHARE = re.compile(r"占比|比例|比重|百分之|百分比|占[^，。？?]{0,12}?(?:多少(?![条篇件则份项宗起个家所场次期轮人名位元])|几成|百分|比|\d"
                   + SIGN_ASKS_SHARE + r")|"
                   r"率(?!先)|几成|"
                   r"(?i:\bshare\b|\bproportion\b|\bpercent(?:age)?\b|\brate\b|\bratio\b|\bwhat fraction\b)")
CHANGE = re.compile(r"比上一?年|比去年|比前一年|较上年|同比|增长|增加了?多少|减少了?多少|多了?多少|少了?多少|变化|增减|相比|"
                    r"(?:增加|减少|下降|上升|提高|降低|多|少)了?几|(?:降|涨|升|跌|滑|缩|(?<![废撤删去除砍扔剪])掉)了?(?:百分之|多少|几)|(?<![至最])(?:多|少|高|低)出?了?百分之|下降|上升|(?:增加|减少|提高|降低)了?百分|差(?:是|为|值)|(?:19|20)\d{2}年?到(?:19|20)\d{2}年|"
                    r"相差|差距|差了?多少|差了?几|差额|多(?!少)[\u4e00-\u9fff]了?(?:多少|几)|少(?!多)[\u4e00-\u9fff]了?(?:多少|几)|"
                    # (a verb of two characters after 比…多, '比丁桥镇多发布多少条')
                    r"比[^，,。？?；;]{1,20}?(?:多(?!少)|少(?!多))[\u4e00-\u9fff]{2}了?(?:多少|几)|"
                    r"比\d{4}年|较\d{4}年|(?i:\bchange[sd]?\b|\bincrease[sd]?\b|\bdecrease[sd]?\b|\bgrow|\bgrew\b|"
                    r"\bcompared (?:with|to)\b|\bdifference\b|\bgap\b|\bdrop(?:ped|s)?\b|\bdecline[sd]?\b|\bfell\b" + (r"(?!\s+(?:under|into|within|in\s+the)\b)" if TUNING.fell_under_belongs else "") + r"|\brose\b|\bmore than in\b|\bfewer than in\b|\b(?:more|fewer|less)\b[^?.;]{1,60}?\bthan in (?:19|20)\d{2}\b|\bfrom \d{4} to \d{4}\b|"
                    r"\bhow many (?:more|fewer)\b|\bhow much (?:more|less|higher|lower|larger|smaller|bigger|greater)\b|"
                    r"\bby how (?:many|much)\b)|(?<![最至])(?:高|低|大|小)出?了?(?:多少|几)")
COMPARE = re.compile(r"几倍|多少倍|之比|比值|谁多|谁少|谁的.{0,10}更?多|谁[^，,。？?；;]{0,12}?更?(?:多|少|高|低)|多还是|少还是|还是[^，,。？?；;]{0,12}?(?:多|少)|哪个.{0,12}?更?(?:多|少|高|低)|哪一个.{0,12}?更?(?:多|少)|哪家|相比|比较|"
                     r"(?i:\b(?:which|who)\b.{0,40}\b(?:more|fewer|less|higher|lower|larger|smaller)\b|\bcompare|\bhow many times\b)")
# 'A是B的几倍': a multiple asked, of the first named over the second.
# ('A和B…的数量之比是多少', '比值': the first over the second)
TIMES = re.compile(r"几倍|多少倍|之比|比值|(?i:\bhow many times\b)")


def times_of(a, b, exact: bool = False) -> str:
    """A multiple as an answer states it: a ÷ b to one decimal, half up, the decimal always shown
    ('2.0倍'); ``exact`` (no precision asked): as it is when it ends within two decimals (204 ÷ 48 = '4.25')."""
    from decimal import ROUND_HALF_UP, Decimal

    ratio = a / b
    if exact and TUNING.exact_multiple and ratio == ratio.quantize(Decimal("0.01")) and \
            ratio != ratio.quantize(Decimal("0.1")):
        return f"{ratio.quantize(Decimal('0.01')):f}"
    return f"{ratio.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):f}"
RANK = re.compile(r"最多|最少|最高|最低|最大|最小|最勤|最频繁|最活跃|排名|排行|排序|排个?序|从多到少|从少到多|从高到低|从低到高|由多到少|由高到低|"
                  r"(?:怎么|如何|怎样)排|排一下|排一排|按[^，,。？?]{1,6}排(?!查|除|放|污|水|练)|"
                  r"前[一二两三四五六七八九十\d]+(?:名|位|个)?|倒数|第[二三四五六七八九十\d]+(?:多|少|高|低|大|小|名|位)|排(?:在|名)?第[二三四五六七八九十\d]+|"
                  r"(?i:\bthe most\b|\bthe fewest\b|\bthe least\b|\bhighest\b|\blowest\b|\brank|\btop \d+\b|\blargest\b|"
                  r"\bfrom (?:most|highest|largest) to (?:fewest|least|lowest|smallest)\b|"
                  r"\bfrom (?:fewest|least|lowest|smallest) to (?:most|highest|largest)\b)")
# The year before, as reports and people say it (longest first: 上一年 before 上年), never the format's 上年结转.
YEAR_BEFORE_WORDS = ("上一年度", "上一年", "上年度", "前一年", "去年", "上年")
YEAR_BEFORE = re.compile("(?:" + "|".join(YEAR_BEFORE_WORDS) + ")(?!结转|转)")
# Ranking said by an idiom ('拔得头筹', '位居第一', '垫底'): the first place, or the last (垫底).
RANK_IDIOM = re.compile(r"拔得头筹|夺得头筹|头筹|居首|位居第一|排第一|排在第一|名列第一|数第一|第一名|垫底|"
                        r"(?i:\bcame (?:out )?(?:top|first|last)\b|\bin (?:first|last) place\b|\bfirst place\b)")
TREND = re.compile(r"历年|逐年|每年|各年|趋势|(?:这|近|最近)[几两二三四五]年|变化情况|(?i:\bover the years\b|\beach year\b|"
                   r"\bper year\b|\btrend\b|\byear by year\b|\bevery year\b|\bboth years\b)")
# An average of the figures asked ('平均每年多少条', 'on average').
MEAN = re.compile(r"平均|均值|(?i:\baverage\b|\bon average\b|\bmean\b)")
# How precisely a figure is asked for: no figure of a report.
PRECISION = re.compile(r"[（(]?(?:请|并)?(?:保留|精确到)(?:[一二两三\d]|小数点后[一二两三\d])位(?:小数)?[)）]?|"
                       r"[（(]?(?:[一二两三\d]|小数点后[一二两三\d])位小数[)）]?|"
                       r"[（(]?取整数?[)）]?|按百分比|(?:用|以)百分[比数](?:表示|回答|给出|来?说)?|给出百分比|四舍五入|"
                       r"(?i:\bone decimal(?: place)?\b|\bto one decimal(?: place)?\b|\bas a percentage\b|\bround(?:ed)? to\b)")
# How many decimals a question asks its computed figures to ('保留两位小数', '精确到小数点后两位', 'two decimal places',
# '取整'); one when it says none.
_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "1": 1, "2": 2, "3": 3, "one": 1, "two": 2, "three": 3}
DECIMALS_ASKED = re.compile(r"(?:小数点后|保留|精确到)?([一二两三123])位小数|小数点后([一二两三123])位|"
                            r"(?i:\b(one|two|three|1|2|3)[\s-]+decimals?(?:\s+places?)?\b)|(取整|保留整数|(?i:\bwhole numbers?\b))")
# A share computed and shown with its operands ('64.8%（1688 ÷ 2603）', '96.2% of new requests received 3119 [2] (3001 ÷
# 3119)'): the percentage, what stands between, the operands.
SHOWN_SHARE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)%([^%÷（()）]{0,80}?[（(])(\d+(?:\.\d+)?) ÷ (\d+(?:\.\d+)?)([)）])")


def decimals_asked(question: str) -> int | None:
    """The decimals a question asks its figures to, or None when it says none (one is the default)."""
    found = list(DECIMALS_ASKED.finditer(question))
    if not found:
        return None
    # (the one asked to keep, else the last: '报告只写了一位小数，请按保留两位小数重新算一下' asks two)
    m = next((x for x in found if x.group(0).startswith(("保留", "精确到"))), found[-1])
    if m.group(4):
        return 0
    return _DIGIT[(m.group(1) or m.group(2) or m.group(3)).lower()]


def shares_to_decimals(text: str, question: str) -> str:
    """An answer's computed shares, shown with their operands, rounded (half up) to the decimals the question asks
    ('保留两位小数': 64.8%（1688 ÷ 2603） → 64.85%（1688 ÷ 2603））; the text as it is when it asks none or one."""
    from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

    n = decimals_asked(question)
    if n is None or n == 1 or not TUNING.decimals_asked_kept:
        return text

    def rounded(m: re.Match) -> str:
        try:
            part, whole = Decimal(m.group(3)), Decimal(m.group(4))
            if not whole:
                return m.group(0)
            share = part * 100 / whole
            if abs(share - Decimal(m.group(1))) >= Decimal("0.1"):
                return m.group(0)  # (not the share of these operands)
            value = share.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)
        except InvalidOperation:
            return m.group(0)
        return f"{value}%{m.group(2)}{m.group(3)} ÷ {m.group(4)}{m.group(5)}"

    return SHOWN_SHARE.sub(rounded, text)


# A bound the figures asked are held to, when a question asks which bodies pass it ('收到申请超过30件的
# 单位有哪几家', '30件以上', 'which bodies received more than 30'): ordinary words of comparison.
BOUND = re.compile(r"(?P<cmp>超过|多于|高于|大于|不少于|不低于|至少|少于|低于|不到|不足|不超过)\s*(?P<n>\d+(?:\.\d+)?)"
                   r"(?:\s*[条件篇期次场个项份人宗家])?|"
                   r"(?P<n2>\d+(?:\.\d+)?)\s*[条件篇期次场个项份人宗家]?\s*(?P<cmp2>及以上|以上|及以下|以下)|"
                   r"(?i:\b(?P<cmp3>more than|over|at least|fewer than|less than|under|at most)\s+(?P<n3>\d+)\b)")
BOUND_SIGN = {"超过": ">", "多于": ">", "高于": ">", "大于": ">", "不少于": ">=", "不低于": ">=", "至少": ">=",
              "少于": "<", "低于": "<", "不到": "<", "不足": "<", "不超过": "<=", "及以上": ">=", "以上": ">=",
              "及以下": "<=", "以下": "<=", "more than": ">", "over": ">", "at least": ">=", "fewer than": "<",
              "less than": "<", "under": "<", "at most": "<="}
# Words saying a thing is left out, after it ('（公众号不算）', '（零件的除外）').
LEFT_OUT_WORDS = r"不算|不计|除外|不含|不包括|排除在外"
# What a question leaves out, in brackets ('（公众号、新媒体不算）', '（不算2003年以来的累计）'): no words of
# what it asks.
LEFT_OUT_SPAN = re.compile(rf"[（(][^（）()]{{1,30}}(?:{LEFT_OUT_WORDS})[）)]|[（(](?:{LEFT_OUT_WORDS})[^（）()]{{1,30}}[）)]")
# Bodies whose figure is nought left out of what is asked ('（零件的不算）', '（一件没有的不算）', 'excluding
# those with none'): ordinary words of leaving out, said of zero.
NONZERO = re.compile(rf"[（(][^（）()]{{0,10}}(?:零|0|没有|为零|是零|没收到|未收到)[^（）()]{{0,6}}(?:{LEFT_OUT_WORDS})[）)]|"
                     r"[（(](?:不算|不计|不含|不包括|除去|去掉|排除)[^（）()]{0,6}(?:零|0|没有|没收到|未收到|没发|没出)[^（）()]{0,6}[）)]|"
                     r"(?:不算|不含|不包括|除去|去掉|排除)(?:零|0)(?:件|条|个|篇|次|项)?的?|"
                     r"(?i:\(?(?:excluding|not counting|leaving out|ignoring) (?:those|bodies|the ones|any)? ?"
                     r"(?:with|that had|that have|reporting) (?:zero|none|no \w+)\)?)")
WHICH_BODIES = re.compile(r"哪几|哪些|哪个|哪家|哪一家|几家|多少家|几个单位|多少个单位|(?i:\bwhich\b)")


def passes(value, bound: tuple) -> bool:
    """Whether a figure passes a bound ('>', 30)."""
    sign, limit = bound
    return {">": value > limit, ">=": value >= limit, "<": value < limit, "<=": value <= limit}[sign]


def bound_said(bound: tuple, unit: str, language: str) -> str:
    """'超过30件', 'more than 30'."""
    from assistant.zh.numerals import plain_number

    sign, limit = bound
    if language == "zh":
        return {">": "超过", ">=": "不少于", "<": "少于", "<=": "不超过"}[sign] + plain_number(limit) + unit
    return {">": "more than", ">=": "at least", "<": "fewer than", "<=": "at most"}[sign] + " " + plain_number(limit)


EACH = re.compile(r"分别|各(?:有|是|为|多少)|各自|(?i:\brespectively\b|\beach\b)")
# '第二多的是哪个', '排第三的': the place asked in a ranking
NTH = re.compile(r"第([二三四五六七八九十\d]+)(?:多|少|高|低|大|小|名|位)|排(?:在|名)?第([二三四五六七八九十\d]+)|(?i:\bthe (second|third|fourth|fifth)[- ](?:most|highest|largest|fewest|lowest)\b)|"
                 r"排(?:在|名)?老([二三])")  # ('排老二', second in the order)
EN_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
TOP_N = re.compile(r"前([一二两三四五六七八九十\d]+)(?=名|位|个|家|强)|前([一二三四五六七八九十\d]+)|(?i:\btop (\d+)\b)")
CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@dataclass(frozen=True)
class Operation:
    sum: bool = False
    share: bool = False
    change: bool = False
    compare: bool = False
    rank: bool = False
    trend: bool = False
    each: bool = False
    top: int = 0
    lowest: bool = False
    nth: int = 0  # the place asked ('第二多': 2), 0 for none
    mean: bool = False  # an average of the figures ('平均每年多少条')
    bound: tuple = ()  # ('>', Decimal(30)): which bodies pass it ('超过30件的单位有哪几家')
    nonzero: bool = False  # bodies whose figure is 0 left out ('（零件的不算）')


@lru_cache(maxsize=1)
def _labels_holding_operations() -> re.Pattern | None:
    """The printed labels of the national tables that hold a word of arithmetic inside a longer name
    (对外公开总数量, 本年增/减): the name of a cell, not an operation asked ('各是多少？相差多少' about
    对外公开总数量 asks no sum)."""
    from assistant.national.schema import name_of, national_format

    found = set()
    for table in national_format().tables.values():
        for spec in (*table.rows.values(), *table.columns.values(), *table.groups.values()):
            for label in spec.zh:
                label = name_of(label)
                m = WORDS_OF_OPERATIONS.search(label)
                if m and m.group(0) != label:
                    found.add(label)
    if not found:
        return None
    return re.compile("|".join(re.escape(x) for x in sorted(found, key=lambda x: (-len(x), x))))


# Words joining things in a clause ('新收和上年结转的申请一共多少件': two things its total adds).
JOINED = re.compile(r"和|与|及|、|加上|跟|(?i:\band\b|\bplus\b)")


def _total_of_its_own(clause: str) -> bool:
    """Whether a clause holding a word of a total names one thing it counts ('一共收到多少件申请'), not several joined
    ('新收和上年结转的申请一共多少件') nor none ('总数是多少', 'what is the total')."""
    if JOINED.search(clause):
        return False
    rest = ASKED_HOW_MANY.sub(" ", TOTAL_OF_ONE.sub(" ", clause))
    rest = re.sub(r"(?i)\b(?:the|is|was|are|were|what|total|sum|of|them|it|these|those|both|all|three|two)\b|"
                  r"[是有为的了呢吗啊]|(?:[两二三四五六几这那]|它们|他们)(?:个|者|项|类|种|样|部分|家|份)?|数量|数字|数", " ", rest)
    return len(re.findall(r"[\u4e00-\u9fff]|[A-Za-z]{3,}", rest)) >= 2


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` around position ``at``, between marks of a clause or sentence."""
    start = max(text.rfind(mark, 0, at) for mark in "，,。？?；;") + 1
    ends = [i for i in (text.find(mark, at) for mark in "，,。？?；;") if i >= 0]
    return text[start: min(ends) if ends else len(text)]


def operation_of(text: str) -> Operation:
    labels = _labels_holding_operations()
    if labels is not None:
        text = labels.sub(" ", text)
    top = 0
    m = TOP_N.search(text)
    if m:
        raw = m.group(1) or m.group(2) or m.group(3)
        top = int(raw) if raw.isdigit() else CN_SMALL.get(raw, 0)
    rank = bool(RANK.search(text)) or bool(TUNING.rank_idioms and RANK_IDIOM.search(text))
    m = NTH.search(text)
    nth = 0
    if m:
        raw = m.group(1) or m.group(2) or m.group(4) or m.group(3).lower()
        nth = int(raw) if raw.isdigit() else CN_SMALL.get(raw, 0) or EN_NTH.get(raw, 0)
        rank = True
    bound: tuple = ()
    m = BOUND.search(text)
    if m and WHICH_BODIES.search(text):
        from decimal import Decimal

        word = (m.group("cmp") or m.group("cmp2") or m.group("cmp3")).lower()
        bound = (BOUND_SIGN[word], Decimal(m.group("n") or m.group("n2") or m.group("n3")))
        rank = True
    summed = list(SUM.finditer(text))
    if TUNING.total_as_noun and summed and (CHANGE.search(text) or EACH.search(text)):
        # ('龙安镇主动公开的政府信息总数，和…比，多了多少条', '收到的申请总数和结转到下一年的分别是多少': 总数 named as a
        # thing compared or asked with another, no sum asked; 145 + 36 had been given for '多了多少')
        summed = [m for m in summed if not (m.group(0) in ("总数", "总量") and re.match(r"[，,和与跟比同]", text[m.end():]))]
    if TUNING.total_of_one_figure and summed and all(TOTAL_OF_ONE.fullmatch(m.group(0).strip()) and _total_of_its_own(
            _clause_at(text, m.start())) for m in summed) and len(ASKED_HOW_MANY.findall(text)) > 1:
        # ('一共收到多少件申请，予以公开了多少件？': each figure asked with its own words, the total the first's; 1278 + 417
        # had been added)
        summed = []
    return Operation(bound=bound, nonzero=bool(NONZERO.search(text)), sum=bool(summed), share=bool(SHARE.search(text)), change=bool(CHANGE.search(text)),
                     compare=bool(COMPARE.search(text)), rank=rank, trend=bool(TREND.search(text)),
                     each=bool(EACH.search(text)), top=top, nth=nth if nth > 1 else 0, mean=bool(MEAN.search(text)),
                     lowest=bool(re.search(r"最少|最低|最小|倒数|第[二三四五六七八九十\d]+(?:少|低|小)|"
                                           r"(?i:fewest|(?<!\bat )least|lowest|smallest)" + (r"|垫底|(?i:\bcame last\b|\bin last place\b)" if TUNING.rank_idioms else ""),
                                           re.sub(r"(?i)\bfrom (?:most|highest|largest) to \w+", " ", text)))
                     or bool(bound and bound[0].startswith("<")))


def ordinal_zh(n: int) -> str:
    """'二' for 2 (a place in a ranking, '第二多'); digits past ten."""
    return next((k for k, v in CN_SMALL.items() if v == n and k != "两"), str(n))


def ordinal_en(n: int) -> str:
    return {v: k for k, v in EN_NTH.items()}.get(n, f"{n}th")


# Every word above, to take out of a question when asking what else it names.
WORDS_OF_OPERATIONS = re.compile("|".join(p.pattern for p in (SUM, SHARE, CHANGE, COMPARE, RANK, TREND, EACH, BOUND)))


def difference_asked_last(text: str) -> bool:
    """Whether a question saying a sum word and a difference word asks the difference of what it
    names, the sum word being said of one of them in a sentence of its own ('长春市府办一共答复了多少件
    申请？东宝区办结了多少件？相差多少？'): the last sentence's word is what is done across them. Not
    '两年加起来比网站多多少' (one sentence: the sums are compared)."""
    sentence = [0]
    for ch in text:
        sentence.append(sentence[-1] + (ch in "？?。；;!！"))
    sums = [m.start() for m in SUM.finditer(text)]
    differences = [m.start() for p in (CHANGE, COMPARE) for m in p.finditer(text)]
    return bool(sums and differences) and sentence[max(sums)] < sentence[max(differences)]
