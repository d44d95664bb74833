"""'A、B和C一共多少' answered from one report's text: each thing the question names to add matched
to the one piece of a cited clause that states its figure ('重点领域信息556条、应急管理类36条…'
is four pieces), the sum computed from those figures and shown with its operands. Nothing is added
unless every thing named has a piece of its own (a sum of some of them is a wrong figure), the
figures count in measures of one kind, and no piece is the whole the others are parts of."""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.ask.extractive import EN_MEASURES, Unit, measure_kind, measures_named, of_another_outlet, same_unit
from assistant.ask.outlets import QUOTED_SITE
from assistant.ask.tuning import TUNING
from assistant.model import plain_number
from assistant.zh.figures import extract_figures

# 'and' joining things to add; not inside a hyphened word ('policy-and-regulation items').
_AND = r"(?<!-)\band\b(?!-)" if TUNING.hyphened_and_one_thing else r"\band\b"
# What joins the things a question adds up ('A、B和C一共', 'A加上B'); a comma does not (', 三项加起来').
ADDENDS = re.compile(r"、|和|与|及|以及|跟|连同|算上|同(?!比|期|一|样|时|年|级|意)(?=[\u4e00-\u9fff]{2})|加上?|再加上|"
                     rf"(?i:{_AND}|\bplus\b)"
                     # ('门户网站 + 微信公众号 发布信息 合计多少条?': a plus sign joins things to add)
                     + (r"|\s*[+＋]\s*" if TUNING.plus_sign_adds else ""))


def counts_in(text: str) -> list:
    """The counts a piece of text states (a percentage beside a count is not one)."""
    return [f for f in extract_figures(text) if f.unit not in ("年", "%", "‰") and not f.kind]


def _pairs(text: str) -> set[str]:
    chinese = re.sub(r"[^\u4e00-\u9fffA-Za-z]", " ", text)
    return {chinese[i:i + 2] for i in range(len(chinese) - 1) if " " not in chinese[i:i + 2]}


def own_pairs(things: list[str]) -> list[set[str]]:
    """Per thing, the pairs of characters only it names (not '信息', '公开' that every thing shares)."""
    pairs = [_pairs(t) for t in things]
    return [p - set().union(*(q for j, q in enumerate(pairs) if j != i)) for i, p in enumerate(pairs)]


def counted_again(quote: str, previous, figure) -> bool:
    """Whether ``figure`` follows the count ``previous`` with no words of its own between them: one
    thing counted twice, in two measures ('发布信息294期1014条')."""
    return quote[previous.end:figure.start].strip() in ("", previous.unit)


def _pieces(units: list[Unit], every_count: bool = False, tails: bool = False,
            uncited: bool = False) -> list[tuple[Unit, str, int, object]]:
    """(unit, piece, its position, its count) for every count a unit states: a piece runs from the
    previous count to this one ('其中公开年度重点工作任务分解、执行及落实情况27条', then
    '、经济和社会发展统计信息24条'), so it holds the words naming what it counts."""
    out = []
    for unit in units:
        counts = [f for f in counts_in(unit.quote) if uncited or f.raw in unit.figures]
        # (``every_count``: a piece starts after the count before it, cited or not: '…,图解15条,…直播新闻发布会10期' is
        # '直播新闻发布会10期')
        every = counts_in(unit.quote) if every_count else counts
        start = 0
        previous = None
        for f in every:
            if previous is not None and counted_again(unit.quote, previous, f):
                # '发布信息294期1014条': one thing counted twice, in two measures; the piece's words are
                # the first count's
                start = previous_start
            if f in counts:
                text = unit.quote[start:f.end]
                if tails:
                    # ('共10个主动公开的预结算文件': a count right before the noun it counts — the noun, up to the clause's
                    # end, is its words too)
                    after = unit.quote[f.end:]
                    after = after[len(f.unit):] if f.unit and after.startswith(f.unit) else after
                    tail = re.match(r"[\u4e00-\u9fff“”]+", after)
                    # (not the next thing joined to this one: '常务会议24期和专题会议32期')
                    if tail and not counts_in(tail.group(0)) and not re.match(r"和|及|与|、|以及|并|同|跟|或", tail.group(0)):
                        text += re.split(r"和|及|与|以及|或", tail.group(0))[0]
                out.append((unit, text, start, f))
            previous, previous_start = f, start
            start = f.end
    return out


def _match(named: list[str], pieces: list, measure: str = "") -> list | None:
    """Each thing named → the piece sharing most of the pairs of characters only it names (not
    the ones every thing named shares: '信息', '公开'), one counted in the question's ``measure``
    before one counted in another ('294期1014条' asked in 条); None unless each has a piece of its own."""
    own = own_pairs(named)
    tops: list[list[int]] = []
    # (a site named in quotes and called 网 is a website: '在“梁溪区人民政府”网主动公开…51篇')
    texts = [piece[1] + (" 网站" if TUNING.quoted_site_said and QUOTED_SITE.search(piece[1]) else "") for piece in pieces]
    for pairs in own:
        scored = sorted(((words + (0.5 if words and measure and piece[3].unit == measure else 0), n)
                         for n, piece in enumerate(pieces)
                         for words in [sum(1 for p in pairs if p in texts[n])]), reverse=True)
        if not scored or scored[0][0] == 0:
            return None
        tied = [n for score, n in scored if score == scored[0][0]]
        if TUNING.same_piece_once and len(tied) > 1:
            # (one clause quoted alone and inside its sentence, '政策解读18条' and '…,其中…,政策解读18条': one piece)
            tied = [n for i, n in enumerate(tied) if not any(_same_piece(pieces[m], pieces[n]) for m in tied[:i])]
        tops.append(tied)
    # a piece tied for a thing is not its own when it is the one piece another thing is best matched
    # to ('在市政府网站上自己发的' ties '…门户网站发布…18136条' and '通过政府网站转载…7271条'; the second is
    # the one piece of '转载的国家、省政府信息')
    changed = True
    while changed:
        changed = False
        taken = {t[0] for t in tops if len(t) == 1}
        for i, t in enumerate(tops):
            if len(t) > 1 and 0 < len(kept := [n for n in t if n not in taken]) < len(t):
                tops[i], changed = kept, True
    chosen: list = []
    for tied in tops:
        if len(tied) > 1 and not _one_thing_counted_twice([pieces[n] for n in tied]):
            return None
        chosen.append(tied if len(tied) > 1 else tied[0])
    # one thing counted twice ('发布信息294期1014条'): the count in the measure the others are counted in
    others = {pieces[n][3].unit for n in chosen if isinstance(n, int)}
    for i, n in enumerate(chosen):
        if isinstance(n, list):
            fitting = [m for m in n if pieces[m][3].unit in others]
            if len(fitting) != 1:
                return None
            chosen[i] = fitting[0]
    if len(set(chosen)) != len(chosen):
        return None
    return [pieces[n] for n in chosen]


# A thing named that is only an organ ('用区政府', '区府办', '市政府办公室'): no count of its own.
ORGAN_ONLY = re.compile(r"(?:用|以|由|经)?[\u4e00-\u9fff]{0,3}?(?:人民政府|政府|府办|政府办|办公室|办公厅)")


def _same_piece(a: tuple, b: tuple) -> bool:
    """Whether two pieces are one: the same figure with the same words ('政策解读18条' alone and in its sentence)."""
    def words(piece: tuple) -> str:
        return re.sub(r"^(?:其中)?[^\u4e00-\u9fff\d]*(?:其中)?[:：,，、]?", "", piece[1]).strip()

    return a[3].value == b[3].value and words(a) == words(b)


def _one_thing_counted_twice(tied: list) -> bool:
    """Whether pieces tied for a thing are its counts in several measures, one piece of one clause
    ('发布信息294期1014条'): the same words, each count in a measure of its own."""
    return len({(id(p[0]), p[2]) for p in tied}) == 1 and len({p[3].unit for p in tied}) == len(tied)


# A piece that counts things of every kind ('通过网站、政务新媒体及其他形式主动公开各类信息180篇'): an
# enumeration with a word taking in the rest.
TAKES_ALL = re.compile(r"其他|其它|各类|各种|所有|全部")


def _a_total_among(matched: list) -> bool:
    """Whether one of the pieces to add is a total the others may be parts of: it enumerates
    things and takes in the rest ('网站、政务新媒体及其他形式…各类信息180篇' beside '头条号发布26篇'),
    and its figure is at least the others' sum."""
    for n, (unit, piece, start, figure) in enumerate(matched):
        others = sum(m[3].value for i, m in enumerate(matched) if i != n)
        # (the word taking in the rest right before what it counts: '…及其他形式主动公开各类信息180', not
        # '…等各类本片区和兄弟片区新闻动态395', whose words after 各类 name what it is)
        words = piece[: len(piece) - len(figure.raw)] if piece.endswith(figure.raw) else piece
        if TAKES_ALL.search(words[-8:]) and re.search(r"、|及|和|与", piece) and figure.value >= others:
            return True
    return False


def _whole_before_parts(matched: list) -> bool:
    """Whether a clause breaking down the one before it ('政务新媒体发布原创政务信息638条' then '其中
    “百千万工程”36条…') gives a piece to add beside a piece of that clause: a whole with its parts."""
    units = list({id(m[0]): m[0] for m in matched}.values())
    for a in units:
        for b in units:
            if a is b or a.passage is not b.passage or not b.quote.lstrip().startswith("其中"):
                continue
            text = a.passage.text
            at, bt = text.find(a.quote), text.find(b.quote)
            if 0 <= at and at + len(a.quote) <= bt and not text[at + len(a.quote): bt].strip(" ,，;；:：。\n"):
                return True
    return False


def _whole_and_part(matched: list) -> bool:
    """Whether the pieces matched hold a whole and one of its parts: in one clause, on both sides of
    its 其中 ('发布信息1023条，其中…') or a count and one inside the bracket after it ('发布信息16642条(概况类
    194条、…)'); or a clause and the 其中 clause breaking it down right after it."""
    for unit in {id(m[0]): m[0] for m in matched}.values():
        at = unit.quote.find("其中")
        sides = {m[2] + len(m[1]) > at for m in matched if m[0] is unit}  # ends after 其中: a part
        if at >= 0 and len(sides) > 1 or _whole_with_its_part(unit.quote, [m[3] for m in matched if m[0] is unit]):
            return True
    return _whole_before_parts(matched) or _broken_down_after(matched)


def _broken_down_after(matched: list) -> bool:
    """Whether one piece is a count of a sentence and another a piece of its breakdown further on
    ('共受理政府信息公开申请21件,结转上年度2件,其中网上申请20件,书面申请3件'): a 其中 between them, no full
    stop."""
    for a in matched:
        for b in matched:
            if a[0] is b[0] or a[0].passage.id != b[0].passage.id:
                continue
            text = a[0].passage.text
            start_a, start_b = text.find(a[0].quote), text.find(b[0].quote)
            if 0 <= start_a < start_b:
                between = text[start_a + len(a[0].quote): start_b + len(b[0].quote)]
                if "其中" in between and not re.search(r"[。；;！？!?]", between):
                    return True
                if TUNING.whole_after_part_not_added and "其中" in between and count_broken_down(a[0]) and \
                        not re.search(r"[。！？!?]", between) and a[3].value > b[3].value:
                    # ('网站发布政务信息共667条,其中…;工作动态类482条,…;通知公告类52条': a breakdown listed with semicolons)
                    return True
    return False


# The measure word a question counts its things in ('一共多少条', '多几件').
ASKED_IN = re.compile(r"(?:多少|几)([条件篇期次场个项份人])")


def things_to_add(question: str, language: str, units: list[Unit], names: list[str] = ()) -> list[str]:
    """The things a question asks to add (_named_in_sum), as a reader reads them in a refusal: without the English
    words asking ('What do the general-overview items' → 'general-overview items')."""
    return readable_things([_EN_ASKING_THE.sub("", x) for x in _named_in_sum(question, language, units, names)],
                           language)


def readable_things(things: list[str], language: str) -> list[str]:
    """English things to add as a refusal names them: without the body and the verb before the first, nor the gaps the
    body's names left ('district's government offices administration bureau publish on the district government website
    items' → 'on the district government website items')."""
    if language == "zh":
        return things
    return [re.sub(r"\s+", " ", _EN_VERB_BEFORE.sub("", x) or x).strip() for x in things]


# The words of an English sum's first thing up to its verb of putting out ('… bureau publish '), which name no thing.
_EN_VERB_BEFORE = re.compile(r"(?i)^.*?\b(?:publish|post|put out|release|issue|put)(?:ed|es|s)?\b\s*(?:in total\s*)?")


def _named_in_sum(question: str, language: str, units: list[Unit], names: list[str] = ()) -> list[str]:
    """The things a question asks to add, one sentence naming them ('A和B一共'), when the cited
    clauses are of one report; [] otherwise: not a whole and its part ('一共收到多少？其中公开多少？'),
    nor several questions, nor a question with a negation ('不是到窗口当面交的…一共': which clauses it
    leaves out is not known)."""
    from assistant.ask.cells import NEGATION
    from assistant.ask.operations import SUM, operation_of
    from assistant.ask.terms import focus_text

    if language == "zh":
        from assistant.ask.cells import without_headline

        question = without_headline(question)  # ('线上唱主角？…合计多少条？': the headline is no sentence asked)
    op = operation_of(question)
    # (a negation of what is asked, not a character of a body's name: 未央区)
    asked = focus_text(question, list(names), language) if names else question
    asked = re.sub(r"《[^》]*》|“[^”]*”", " ", asked)  # (nor of a title's: 《未央统计简报》)
    # (nor of a label of the national tables: '部分公开和无法提供的合计多少件' adds two outcomes)
    from assistant.national.schema import format_words

    for word in sorted(format_words(), key=lambda x: (-len(x), x)):
        asked = asked.replace(word, " ")
    if TUNING.left_out_clause:
        # ('不算行政处罚，行政许可加行政强制有多少件': a clause of its own naming what is not added)
        asked = LEFT_OUT_CLAUSE.sub(" ", asked)
    if TUNING.negation_before_dash and re.search(r"——|：|:", asked):
        # ('没能给申请人提供信息的——不予公开的加上无法提供的，一共': what is added is named after the dash;
        # a negation before it describes them)
        asked = re.split(r"——|：|:", asked)[-1]
    if not op.sum or op.share or op.change or len(units) < 1 or NEGATION.search(asked) or \
            len({u.passage.source for u in units}) != 1:
        return []
    if language != "zh":
        # (without the body's names: 'and' of 'Development and Reform Commission' joins no things)
        from assistant.ask.terms import english_without_names

        named = _named_en(_organs_blanked(english_without_names(question, list(names)) if names else question))
        return named if len(named) >= 2 else []
    sentences = [x for x in re.split(r"[？?；;。]", question) if x.strip()]
    if TUNING.sum_of_the_things_before and len(sentences) == 2 and EACH_ASKED_END.search(sentences[0]) and \
            re.fullmatch(r"\s*(?:那|这)?(?:几|两|三|它们|这些)?[个项样种类]?(?:" + SUM.pattern + r")[^，,]{0,8}", sentences[1]):
        # ('网上提交的、写信寄来的和到窗口当面递交的各有多少？加起来一共多少件？': the sum of the things asked each before)
        question = EACH_ASKED_END.sub("", sentences[0]) + sentences[1]
        sentences = [question]
    sum_at = sum_asked_at(question)
    if len(sentences) != 1 or "其中" in question or not ADDENDS.search(question[: sum_at]):
        return []
    named = named_addends(question, names, language)
    return [in_report_words(n, [u.passage for u in units]) for n in named] if len(named) >= 2 else []


# An organ's English name joining its words with 'and', capitalised ('Industry and Information Technology Bureau').
EN_ORGAN_WITH_AND = re.compile(r"\b(?:[A-Z][a-z]+\s+)+and\s+(?:[A-Z][a-z]+\s+)*(?:Bureau|Commission|Office|Committee|"
                               r"Administration|Department|Cent(?:er|re))\b")


def _organs_blanked(text: str) -> str:
    """An English question without organs' capitalised names joining their words with 'and' (english_organ_and_name):
    'the Wuhai Industry and Information Technology Bureau' names no things to add."""
    return EN_ORGAN_WITH_AND.sub(" ", text) if TUNING.english_organ_and_name else text


# Brackets saying what a thing includes ('（含动漫短视频）', '(包括…)'): no name of the thing.
INCLUDED_ASIDE = re.compile(r"[（(](?:含|包括|包含|其中包括)[^（()）]{1,20}[）)]")
# A bracket in a question, and a count of things right before one ('九类信息（…）', '两种刊物（…）'): the things listed.
BRACKET = re.compile(r"（[^（）]*）|\([^()]*\)")
COUNTED_BEFORE = re.compile(r"[一二两三四五六七八九十几\d][类种项个样份部][\u4e00-\u9fff]{0,2}$")


# The words asking each of the things a sentence names, at its end ('…各有多少', '…分别是多少件').
EACH_ASKED_END = re.compile(r"(?:各自?|分别)(?:有|是|为)?(?:多少|几)[件条个项次场]?\s*$")
# A clause naming what a sum leaves out, before the things it adds ('不算行政处罚，', '除了概况类，').
LEFT_OUT_CLAUSE = re.compile(r"(?:^|(?<=[，,\s]))(?:不算|不含|不包括|除去|除了|刨掉|去掉)[^，,。？?；;]{1,12}?(?:以外|之外)?[，,]")


def sum_asked_at(question: str) -> int:
    """Where a question's words of summing start: its word of summing ('加起来', '一共'), or, for things
    joined by a bare 加 ('行政许可加行政强制有多少件'), its asking words after them."""
    from assistant.ask.operations import ASKED_AFTER_ADDING, SUM

    m = SUM.search(question)
    if m is None:
        return len(question)
    if m.group(0) == "加":
        asking = re.search(ASKED_AFTER_ADDING, question[m.end():])
        if asking:
            return m.end() + asking.start()
    if m.group(0) in JOINING_SUM:
        # ('A，连同B，共多少条': 连同 joins a thing; the word of summing is the later one, when there is one)
        later = next((x for x in SUM.finditer(question, m.end()) if x.group(0) not in JOINING_SUM), None)
        if later is not None:
            return later.start()
    return m.start()


# Words of summing that join the next thing to the ones before ('连同', '算上'): also words joining things.
JOINING_SUM = ("连同", "算上")


def in_report_words(thing: str, passages: list) -> str:
    """A thing asked in a wording of the format the reports do not use ('全部公开') in the one they
    do ('予以公开'): extractive.format_groups."""
    from assistant.ask.extractive import format_groups

    for word, *used in format_groups(thing, passages):
        thing = thing.replace(word, used[0])
    if TUNING.channel_in_report_words:
        # ('写信寄来的' where the report says '通过信函提交'): a way of coming in, in the words the reports use for it
        from assistant.ask.cells import ASKED_CHANNEL, REQUEST_CHANNELS

        texts = [p.text for p in passages]
        said = " ".join(m.group(1) for m in ASKED_CHANNEL.finditer(thing))  # (said as a way of coming in, not '官网上传')
        for ways in REQUEST_CHANNELS.values():
            for word in (w for w in ways if w in said and not any(w in t for t in texts)):
                used = [w for w in ways if any(w in t for t in texts)]
                if used:
                    thing = thing.replace(word, used[0])
    if TUNING.abbreviations_expanded:
        # ('社保' where they say 社会保障: extractive.expanded_abbreviations, its one full form)
        from assistant.ask.extractive import expanded_abbreviations

        full, groups = expanded_abbreviations(thing, "".join(p.text for p in passages))
        thing = "".join(full.split()) if not groups else thing
    return thing


# Words opening the things a total counts ('counting both …', 'including …').
EN_COUNTING = re.compile(r"(?i)\s*(?:counting|including|covering|across)\s+(?:both\s+)?")


# A sum asked of things named before, by a pronoun ('What do they add up to?', 'How many is that altogether?').
EN_PRONOUN_SUM = re.compile(r"(?i)\b(?:they|these|those|them|that|this)\b")


def _bracket_listed(text: str) -> list[str]:
    """The things a bracket of an English sentence lists with commas ('(key tasks, statistics, health)'); [] for
    none or several brackets."""
    brackets = re.findall(r"\(([^()]*)\)", text)
    if len(brackets) != 1:
        return []
    return [x.strip() for x in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", brackets[0]) if x.strip()]


# 'add A to B' (the things of an English sum named by its verb).
EN_ADD_TO = re.compile(r"(?i)\badd(?:ing)?\s+(?!up\b)(?P<a>[^,:;]+?)\s+to\s+(?P<b>[^,:;]+)$")


def _named_en(question: str) -> list[str]:
    """The things an English question names to add: the one phrase of it, up to the word of summing,
    that joins things with 'and' ('How many requests … online and in writing in 2025, and how
    many is that combined?', 'X and Y altogether?', '… X and Y? What is the total?'); [] when no
    phrase or several do."""
    from assistant.ask.operations import SUM

    sum_at = SUM.search(question)
    if sum_at is None:
        return []
    if TUNING.english_join_over_frame and re.fullmatch(r"(?i)in total", sum_at.group(0)):
        # ('how many posts did X publish in total on its website plus original posts on …': 'in total' frames the
        # question, the word joining its things comes after it)
        later = [m for m in SUM.finditer(question, sum_at.end()) if re.search(r"(?i)plus|together", m.group(0))]
        sum_at = later[0] if later else sum_at
    if TUNING.english_serial_comma_list and re.search(r"(?i)\badd(?:ed)?(?: up)?$", sum_at.group(0)):
        # ('…: if I add the items about A, about B and C, and about D, how many is the total?'): a list with a comma
        # before its last 'and' is split at its commas only ('supervision and guarantee' is one thing), each thing
        # without the words that lead it ('the items about'), the clause asking the total left out
        tail = re.split(r"[?.;:]", question[sum_at.end():])[0]
        if re.search(r",\s*and\s", tail):
            listed = [re.sub(r"(?i)^\s*(?:and\s+)?(?:the\s+|all\s+)?(?:(?:items?|posts?|pieces?|entries|ones)\s+)?"
                             r"(?:about|on|of|for|concerning|regarding|in)?\s*", "", x).strip()
                      for x in re.split(r",\s*", re.sub(r"(?i)^.*?\b(?:items?|posts?|pieces?|entries)\s+(?=(?:about|on|of|"
                                                        r"concerning|regarding)\s)", "", tail, count=1))]
            listed = [x for x in listed if x and not re.match(r"(?i)(?:how|what|which)\b", x)]
            if listed:
                listed[-1] = _EN_AFTER_LIST.sub("", listed[-1]).strip()
            if len(listed) >= 3 and all(listed):
                return listed
        # (else the list is read as before: after 'add up' as 'add up' is read, after 'add' alone from the summing word
        # after it if any, 'add A to B … in total')
        if re.search(r"(?i)\badd$", sum_at.group(0)):
            later = [m for m in SUM.finditer(question, sum_at.end()) if not re.search(r"(?i)\badd$", m.group(0))]
            sum_at = later[0] if later else sum_at
    if TUNING.english_lists_added and re.fullmatch(r"(?i)add(?:ed)? up", sum_at.group(0)):
        # ('… — add up the budget items, law-enforcement items and work-update items it posted'): the things follow
        # the word of adding, listed with commas and 'and'
        tail = re.split(r"[?.;]", question[sum_at.end():])[0]
        tail = _EN_AFTER_LIST.sub("", tail)
        listed = [re.sub(r"(?i)^\s*(?:the|all)\s+", "", x).strip() for x in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", tail)]
        listed = [x for x in listed if x]
        if len(listed) >= 3:  # (two things: read as before, joined by 'and')
            return listed
    # (the summing word itself: 'together' of '… portal and WeChat together', whose things it follows — with the
    # verb before it, 'put together')
    at = sum_at.start() + (sum_at.group(0).lower().rfind("together") if re.match(r"(?i)and|plus", sum_at.group(0)) else 0)
    if TUNING.english_sum_frames:
        verb = re.search(r"(?i)\s(?:put|taken|added)\s+$", question[:at])
        at = verb.start() if verb else at
    if sum_at.group(0).lower() == "plus":
        # ('How many online interviews plus consultation activities did … hold?': the things are on both
        # sides of it, the phrase up to where the sentence asks on)
        end_of = re.search(r"[?.;]|\s(?:did|does|do|were|was|are|is|had|has|in\s+\d{4})\b", question[sum_at.end():])
        at = sum_at.end() + (end_of.start() if end_of else len(question) - sum_at.end())
    # (the sentence of the summing word may only ask: 'What is the total?')
    end = max(question.rfind(mark, 0, at) for mark in "?.;")
    asking_only = end >= 0 and not ADDENDS.search(question[end + 1: at])
    text = question[: end] if asking_only else question[: at]
    if TUNING.english_statement_before and not asking_only and "?" not in text and "." in text and \
            ADDENDS.search(text[text.rfind(".") + 1:]):
        # ('Qingxi City's 2024 report says how new requests were submitted. How many came in online and by letter
        # combined?'): a statement before the question says what it is about; the things are the question's
        text = text[text.rfind(".") + 1:]
    if re.search(r"[?.;]", text) or re.search(r"(?i)\bof which\b|\bamong them\b", text):
        return []  # (several questions, or a whole and its part)
    if TUNING.english_bracket_listed and asking_only and EN_PRONOUN_SUM.search(question[end + 1:]) and \
            len(listed := _bracket_listed(text)) >= 2:
        # ('… lists six categories of information it disclosed (key tasks, statistics, health, …). What do they add up
        # to?'): the things are those the bracket lists
        return listed
    if TUNING.english_add_to and (added := EN_ADD_TO.search(text)):
        # ('…: add the 'overview' items to the government-news items it published'): the two things of 'add A to B'
        return [re.sub(r"(?i)^\s*the\s+", "", added.group(x)).strip() for x in ("a", "b")]
    if TUNING.english_colon_opens_things and ":" in text and ADDENDS.search(text[text.rfind(":") + 1:]):
        text = text[text.rfind(":") + 1:]  # ('X's bureau in Wuxi, 2024: website posts plus WeChat posts, how many…')
    if TUNING.english_dash_opens_things and (dash := list(re.finditer(r"—|–|\s-\s", text))) and \
            ADDENDS.search(text[dash[-1].end():]):
        # ('Xiong'an area of the … zone, 2022 — items updated on its official website plus reports released …, in total?':
        # what is added follows the dash, as it follows a colon)
        text = text[dash[-1].end():]
    pieces = [re.sub(r"(?i)^\s*(?:and|but)\s+", "", x) for x in re.split(r"[,，]", text)]
    # ('how many requests did X receive, how many inquiries did it help with, and what is the sum?':
    # each 'how many' its thing)
    asks = [x for x in pieces if re.match(r"(?i)\s*how (?:many|much)\s+(?!is\b|are\b|was\b|were\b|in\b)\w", x)]
    if len(asks) >= 2 and all(x in asks or not x.strip() or re.fullmatch(r"(?i)\s*(?:in \d{4}|what is the|what's the)\s*", x)
                              for x in pieces):
        return [re.sub(r"(?i)^\s*how (?:many|much)\s+", "", x).strip() for x in asks]
    joined = [x for x in pieces if ADDENDS.search(x)]
    if not joined and TUNING.english_or_before_sum and pieces and not asking_only and \
            re.fullmatch(r"(?i)combined|altogether|in total|in all", sum_at.group(0).strip()) and \
            len(either := [x.strip() for x in re.split(r"(?i)\s+or\s+", _last_said(pieces)) if x.strip()]) == 2:
        # ('… requests came by letter or by email combined': the two ways, added — the first cut back to the words
        # its preposition opens, as the second is: 'by letter', 'by email'; else none)
        opening = re.match(r"(?i)(by|via|through|on|in|from|to|at)\s", either[1])
        at_word = either[0].lower().rfind(f" {opening.group(1).lower()} ") if opening else -1
        if at_word < 0 and TUNING.english_or_ways_apart and (opening or re.fullmatch(r"(?i)online|offline|in person",
                                                                                      either[1])):
            # ('submitted by letter or in person at the counter, combined': each way opened by its own preposition, or
            # a way said in one word, 'by letter or online')
            last = list(re.finditer(r"(?i)\s(?:by|via|through|on|in|from|at)\s", either[0]))
            at_word = last[-1].start() if last else -1
        return [either[0][at_word + 1:], either[1]] if at_word >= 0 else []
    if not joined and TUNING.english_things_after_sum and not asking_only:
        # ('What was X's combined 2025 output on the website and its WeChat account?': the things follow the word)
        after = re.split(r"[?.;]", question[sum_at.end():])[0]
        # (things listed with commas, 'In total, how many A, B and C cases…', are read as a list below: two of three
        # added would be no total of them)
        after_pieces = [re.sub(r"(?i)^\s*(?:and|but)\s+", "", x) for x in re.split(r"[,，]", after)]
        joined = [x for x in after_pieces if ADDENDS.search(x)]
        if len(joined) == 1 and (len(after_pieces) == 1 or TUNING.english_list_before_and):
            pieces = after_pieces
            if TUNING.english_sum_frames:
                # ('the combined number of licensing, penalty and enforcement cases': the list starts at the word)
                pieces[0] = _EN_NUMBER_OF.sub("", pieces[0])
                if joined[0] in pieces:
                    counting = EN_COUNTING.match(joined[0]) if TUNING.english_counting_both else None
                    things = [x for x in ADDENDS.split(joined[0][counting.end():] if counting else joined[0])
                              if x and x.strip(" ，,")]
                    # ('…, counting both the district government website and its own WeChat account': the things are
                    # those the word of counting opens, not the question's frame before it)
                    things = things if counting else [*pieces[: pieces.index(joined[0])], *things]
                    if len(things) >= 2 and all(x.strip() for x in things):
                        things = [x.strip() for x in things]
                        return _trimmed_en(things) if TUNING.english_addends_trimmed else things
        else:
            joined = []
    if len(joined) != 1:
        return []
    things = [x.strip() for x in ADDENDS.split(joined[0]) if x and x.strip(" ，,")]
    if TUNING.english_list_before_and and joined[0] in pieces and not _EN_ASKS.search(joined[0]):
        # ('what do A, B and C add up to?': the things before the one joined by 'and', back to the one the question's
        # asking words open; two of three added would be no total of them)
        listed: list[str] = []
        for piece in reversed(pieces[: pieces.index(joined[0])]):
            if TUNING.english_restated_after and _EN_RESTATING.fullmatch(piece):
                break  # ('… on paper or in person, that is, A plus B': the things follow the words restating)
            if re.search(r"\d", piece) or not re.search(r"[A-Za-z]", piece) or len(piece.split()) > 8:
                if listed and TUNING.english_list_start_said:
                    return []  # (a list whose start was not found: two of three added would be no total of them)
                listed = []
                break
            listed.insert(0, piece.strip())
            if _EN_ASKING.match(piece):
                listed[0] = _EN_ASKING.sub("", piece).strip()
                return [*listed, *things[:-1], _EN_AFTER.sub("", things[-1]).strip()] if listed[0] else []
            if TUNING.english_list_start_said and _EN_STATED.match(piece):
                # ('… published its licensing, penalty and compulsory-enforcement decisions. How many … in total?'):
                # a statement's list starts after its verb
                listed[0] = _EN_STATED.sub("", piece).strip()
                return [*listed, *things[:-1], _EN_AFTER.sub("", things[-1]).strip()] if listed[0] else []
        if listed:
            return []  # (a list whose start was not found)
    return _trimmed_en(things) if TUNING.english_addends_trimmed and len(things) >= 2 else things


def _last_said(pieces: list[str]) -> str:
    """The last piece with words, or '' ('… at the counter, combined': the comma before the word of summing leaves an
    empty piece last)."""
    if not TUNING.english_or_ways_apart:
        return pieces[-1]
    return next((x for x in reversed(pieces) if x.strip()), "")


# The words saying that what follows restates what came before ('that is', 'i.e.', 'namely', 'in other words').
_EN_RESTATING = re.compile(r"(?i)\s*(?:that is(?: to say)?|i\.e\.?|namely|in other words)\s*")
# The words of an English question asking (a piece holding them opens its list of things itself).
_EN_ASKS = re.compile(r"(?i)\b(?:what|how (?:many|much)|which)\b")
# A statement's words up to the first thing it lists ('Huangpu district … published its ').
_EN_STATED = re.compile(r"(?i)^.*\b(?:published|posted|released|issued|made|received|handled|disclosed|put out)\s+"
                        r"(?:its|the|their|all)?\s*(?=\w)")
# The words opening an English question, before the first thing it lists ('what do', 'how many').
_EN_ASKING = re.compile(r"(?i)^\s*(?:what|how (?:many|much)|which)\b(?:\s+(?:do|did|does|were|was|are|is)\b)?\s*")
# … and the article after them ('What do the ').
_EN_ASKING_THE = re.compile(_EN_ASKING.pattern + r"(?:the\s+)?")


# 'How many <things> did <body> <verb> …': the frame before the things a sentence joins; the body's
# name is left out of it (english_without_names), a run of spaces.
_EN_FRAME = re.compile(r"(?i)^\s*(?:in total,?\s*)?how (?:many|much)\s+(?P<noun>[\w-]+(?:\s+(?!did\b|does\b|were\b|was\b)[\w-]+)?)"
                       r"(?:\s+(?:did|does|do|were|was|had|has)\b(?P<rest>.*))?$")
# What follows the last thing: the verb and the rest of the sentence ('… products did the office release
# in 2022 altogether').
_EN_AFTER = re.compile(r"(?i)\s+(?:did|does|do|were|was|are|is|had|has|in\s+\d{4}|altogether|combined|together|"
                       r"in total|taken together)\b.*$")


# The frame before a thing counted ('the combined number of …', 'total count of …').
_EN_NUMBER_OF = re.compile(r"(?i)^\s*(?:the\s+)?(?:(?:combined|total|overall)\s+)?(?:number|count|numbers|amount)\s+of\s+")
# A relative clause after the last thing ('… items it put on its website').
_EN_RELATIVE = re.compile(r"(?i)\s+(?:it|they|that|which|she|he)\b.*$")
# What follows the last thing listed after a word of adding ('… work-update items it posted on the portal').
_EN_AFTER_LIST = re.compile(r"(?i)\s+(?:it|they|that|which|did|does|were|was|had|has|in\s+\d{4}|on|posted|published)\b.*$")


def _trimmed_en(things: list[str]) -> list[str]:
    """The things an English sentence joins, without its frame: 'How many requests did ⎵ receive
    online' and 'in writing in 2025' → 'online requests', 'in writing requests' (the noun counted
    goes with each thing named by a modifier only); 'How many policy-interpretation materials' and
    'interpretation products did the office release' → the two noun phrases."""
    first, last = things[0], _EN_AFTER.sub("", things[-1])
    if TUNING.english_sum_frames:
        # ('number of overview items', 'government-news items it put on its website': the things, no frame)
        first, last = _EN_NUMBER_OF.sub("", first), _EN_RELATIVE.sub("", last)
    noun = ""
    m = _EN_FRAME.match(first)
    if m and m.group("rest") is not None:
        # ('… did ⎵ receive online': the words after the name's gap and its verb are the first thing)
        after = re.split(r"\s{2,}", m.group("rest").strip(), maxsplit=1)[-1].split(None, 1)
        copula = TUNING.english_sum_frames and re.search(r"(?i)\b(?:were|was)\s*$", first[: len(first) - len(m.group("rest"))])
        if copula and after and not re.fullmatch(r"(?i)[a-z]+(?:ed|en|wn|ne|pt|lt|nt|ld|ght)", after[0]):
            # ('how many items were work updates and …': after 'were' the thing itself, no verb before it)
            noun, first = m.group("noun"), " ".join(after)
        elif len(after) < 2:
            return things
        else:
            noun, first = m.group("noun"), after[1]
    elif m:
        first = m.group("noun")
    trimmed = [first] + [x.strip() for x in things[1:-1]] + [last.strip()]
    if any(not x for x in trimmed):
        return things
    return [x if x.lower().endswith(noun.lower()) else f"{x} {noun}" for x in trimmed] if noun else trimmed


def unfound_addends(question: str, language: str, units: list[Unit], names: list[str] = ()) -> list[str]:
    """Of the things a Chinese question asks to add, those no cited clause speaks of (none of the
    pairs of characters only that thing names: '行政征收' beside clauses of 行政许可, 处罚, 强制), when
    the others are found; [] otherwise. A sum missing one of its things cannot be given."""
    named = _named_in_sum(question, language, units, names) if language == "zh" else []
    if not named:
        return []
    quotes = " ".join(u.quote for u in units)
    # ('行政许可类和行政处罚类信息': the 信息 after the last thing is every thing's, none's own)
    own = own_pairs([re.sub(r"(?<=[\u4e00-\u9fff]{2})信息$", "", x.strip()) for x in named]
                    if TUNING.shared_information_word else named)
    missing = [re.sub(r"^(?:在|通过|由|的)", "", "".join(item.split())).rstrip("的")
               for item, pairs in zip(named, own) if pairs and not any(p in quotes for p in pairs)]
    return missing if len(missing) < len(named) and all(missing) else []


def added_from_one(question: str, language: str, units: list[Unit], names: list[str] = ()) -> list[str]:
    """The things a question asks to add (two or more), when the clauses found state one count only:
    'counting new requests and those carried over from the year before, how many…' answered with
    '结转上年度2件' alone would read as the total. [] otherwise."""
    if not TUNING.sum_needs_two_counts:
        return []
    named = _named_in_sum(question, language, units, names) if language == "zh" else _named_en(_organs_blanked(question))
    if len(named) < 2:
        return []
    counts = {f.value for u in units for f in extract_figures(u.quote)
              if f.raw in u.figures and f.unit not in ("%", "‰", "年")}
    if len(counts) >= 2:
        return []
    # (a clause stating the things together in one figure is their sum: '共发布热点解读和政策解读48条', '…微信公众号
    # 发布和转载政府信息383条', however the question names them)
    quotes = " ".join(u.quote for u in units)
    if re.search(r"[\u4e00-\u9fff](?:和|及|与|、|以及|并)[\u4e00-\u9fff]", quotes):
        return []
    pairs = own_pairs(named) if language == "zh" else [set() for _ in named]
    if language == "zh" and sum(1 for p in pairs if any(x in quotes for x in p)) >= 2:
        return []
    if language != "zh":
        from assistant.ask.glossary import chinese_alternatives

        # (a thing's own words, not the verb of the frame left with the first one: '… publish on the website items'
        # is said by a clause of 发布 on WeChat no more than the second thing is)
        own_words = [EN_FRAME_WORDS.sub(" ", x) if TUNING.english_frame_not_said else x for x in named]
        said = [any(w in quotes for g in chinese_alternatives(x) for w in g if len(w) > 1) for x in own_words]
        if sum(said) >= 2:
            return []
    return [x.strip() for x in readable_things(named, language)]


# The frame of an English sum's things: verbs of putting out and the generic count noun ('publish', 'posted', 'items').
EN_FRAME_WORDS = re.compile(r"(?i)\b(?:publish|post|release|issue|put|upload|share|disclose)\w*\b|\bitems?\b")


def stated_sum(question: str, language: str, units: list[Unit], names: list[str] = (), matched_only: bool = False) -> str:
    """The sum the question asks of the cited clauses' figures, with its operands ('合计4550条
    （1947 + 2603）'), or ''. ``matched_only``: each thing must be matched to its piece (no English
    question's one clause each: a report's sum read for a change, where a whole and its part would
    otherwise be added)."""
    named = _named_in_sum(question, language, units, names)
    if not named or any(same_unit(a, b) for i, a in enumerate(units) for b in units[i + 1:]):
        return ""  # (one clause twice is one figure, not two to add)
    if language != "zh":
        # an English question's things in the glossary's Chinese ('government executive meetings' →
        # 常务会议), matched to the pieces as a Chinese question's are; else one clause each, below
        from assistant.ask.glossary import chinese_terms

        in_chinese = [" ".join(chinese_terms(x)) for x in named]
        if TUNING.english_sum_dictionary:
            # (… and the dictionary's words for the rest, those the reports say: 'routine-work items' → 工作)
            from assistant.ask.dictionary import dictionary_words

            said = "".join(u.passage.text for u in units)
            in_chinese = [" ".join([c, *dictionary_words(x.replace("-", " "), said)]).strip()
                          for c, x in zip(in_chinese, named)]
        if all(in_chinese):
            named, language_of_things = in_chinese, "zh"
        else:
            language_of_things = language
    else:
        language_of_things = "zh"
    matched = None
    if language_of_things == "zh":
        matched = _matched_pieces(question, named, units)
        if TUNING.items_counted_in_ge and any(INCLUDED_ASIDE.search(n) for n in named) and (
                matched is None or _a_total_among(matched) or _whole_and_part(matched)):
            # ('解读产品（含动漫短视频）': what a thing includes is no name of it, when it is not matched with it — '给了（含部分
            # 给）的' is 予以公开及部分公开)
            matched = _matched_pieces(question, [INCLUDED_ASIDE.sub("", n) or n for n in named], units) or matched
        if matched is not None and (_a_total_among(matched) or _whole_and_part(matched)):
            return ""  # (a whole and its parts are not added together)
        if matched is not None and TUNING.organs_not_added and all(ORGAN_ONLY.fullmatch(x.strip()) for x in named):
            # ('用区政府、区府办两个名头对外发的文件一共几件': the things named are organs, in whose name one count is
            # stated, '以区政府、区政府办公室名义主动公开文件36件'; 36 + 48 of another clause had been given)
            return ""
        if matched is None and language == "zh":
            return ""
    if matched is not None:
        figures = [m[3] for m in matched]
    elif matched_only or not TUNING.english_sum_one_each:
        return ""
    else:
        # an English question names its things in English: one clause each, one figure each
        if len(named) != len(units) or any("其中" in u.quote for u in units):
            return ""
        figures = []
        for unit in units:
            found = [f for f in counts_in(unit.quote) if f.raw in unit.figures]
            if len(found) != 1:
                return ""
            figures.append(found[0])
        if TUNING.whole_after_part_not_added and any(
                count_broken_down(u) and all(f.value > g.value for g in figures if g is not f)
                for u, f in zip(units, figures)):
            # ('网站发布政务信息共667条,其中…通知公告类52条': the whole of another thing, not one to add — not a count
            # more of them, '新收到…289件,上年结转…12件,其中予以公开46件', whose 其中 breaks down the two together)
            return ""
    either = measures_named(question)  # ('合起来多少个（件）': things counted in either measure added)
    if TUNING.items_counted_in_ge:
        # ('解读材料39条,解读产品201个' asked '一共多少个': things of one kind counted in 条 and in 个, the question
        # counting in one of the two)
        asked_in = ASKED_IN.search(question)
        units_said = {f.unit for f in figures}
        if asked_in and asked_in.group(1) in units_said and "个" in units_said and matched is not None and \
                all(f.unit == "个" or measure_kind(f.unit) == measure_kind("条") for f in figures) and \
                all(_ge_counts_the_thing(m, thing) for m, thing in zip(matched, named) if m[3].unit == "个"):
            either = either | units_said
    if not all(f.unit for f in figures) or (len({measure_kind(f.unit) for f in figures}) != 1 and
                                            not {f.unit for f in figures} <= either):
        return ""
    measure = figures[0].unit if len({f.unit for f in figures}) == 1 else ""
    total = sum(f.value for f in figures)
    said, shown = in_scale(figures, total, " + ")
    return (f"合计{said}{measure}（{shown}）。" if language == "zh"
            else f" Together {said} ({shown}).")


def count_broken_down(unit: Unit) -> bool:
    """Whether a clause's count is a whole broken down right after it ('…主动公开信息6467条,其中法定主动公开3669条')."""
    text = unit.passage.text
    at = text.find(unit.quote)
    return at >= 0 and re.match(r"\s*[,，;；:：]?\s*其中", text[at + len(unit.quote):]) is not None


def _ge_counts_the_thing(piece: tuple, thing: str) -> bool:
    """Whether a count in 个 counts the thing named: no noun after it ('解读产品201个(…'), or one the thing says ('共10个
    主动公开的预结算文件' for '预决算文件') — not '发布信息6个类别', which counts kinds of it."""
    unit, figure = piece[0], piece[3]
    tail = re.match(r"个([\u4e00-\u9fff]+)", unit.quote[figure.end:])
    return tail is None or bool(_pairs(tail.group(1)) & _pairs(thing))


def _matched_pieces(question: str, named: list[str], units: list[Unit]) -> list | None:
    """_match of the things named to the pieces of the cited clauses: cut at their cited counts, then at every count,
    then with the noun after a count, then at every count of the clauses, cited or not."""
    asked_in = ASKED_IN.search(question)
    matched = _match(named, _pieces(units), asked_in.group(1) if asked_in else "")
    if matched is None and TUNING.same_piece_once:
        # (pieces cut at every count, cited or not: a clause's last figure, '…直播新闻发布会10期', holds none of the
        # words of the things before it)
        matched = _match(named, _pieces(units, every_count=True), asked_in.group(1) if asked_in else "")
    if matched is None and TUNING.count_before_noun:
        # (… and a count right before the noun it counts, '共10个主动公开的预结算文件', with that noun)
        matched = _match(named, _pieces(units, tails=True), asked_in.group(1) if asked_in else "")
    if matched is None and TUNING.items_counted_in_ge and asked_in:
        # (… and every count of the clauses quoted: '解读材料39条,解读产品201个' asked in 个 had cited 201 alone)
        matched = _match(named, _pieces(units, every_count=True, uncited=True), asked_in.group(1))
    return matched


SCALES = {"万": Decimal(10000), "亿": Decimal(100000000)}


def in_scale(figures: list, result: Decimal, sign: str) -> tuple[str, str]:
    """A figure computed of figures all stated in 万 (亿) is said in it, as they are ('合计21.78万条
    （14.18万 + 7.6万）', not 217800): the result and its operands joined by ``sign``."""
    scales = {next((s for s in SCALES if f.raw.endswith(s)), "") for f in figures}
    scale = scales.pop() if len(scales) == 1 else ""
    if not scale:
        return plain_number(result), sign.join(plain_number(f.value) for f in figures)
    return (plain_number(result / SCALES[scale]) + scale,
            sign.join(plain_number(f.value / SCALES[scale]) + scale for f in figures))


# 'X比Y多多少条', 'X比Y少几件': the difference of two things one report states.
_MORE_THAN = re.compile(r"(?P<x>[^，,。？?；;]+?)比(?P<y>[^，,。？?；;]+?)(?P<more>多|少)(?:出|了)?(?:多少|几)")
# Two things and their difference ('公众号发的和网站发的相差多少条', '网站发的信息与公众号发的信息差了多少').
_DIFFER_BETWEEN = re.compile(r"(?P<x>[^，,。？?；;和与跟同]+?)(?:和|与|跟|同)(?P<y>[^，,。？?；;]+?)(?:之间)?"
                             r"(?:相差|差了|差距|差额|差)(?:是|有|为)?(?:多少|几)")
# … with a comma before 比 ('…门户网站发布的政府信息，比政务新媒体推送的多多少条').
_MORE_THAN_AFTER_COMMA = re.compile(r"(?P<x>[^，,。？?；;]+?)[，,]\s*比(?P<y>[^，,。？?；;]+?)(?P<more>多|少)(?:出|了)?(?:多少|几)")


def stated_difference(question: str, language: str, units: list[Unit], names: list[str] = ()) -> str:
    """'这里面工作动态类比通知公告类多多少条？' of one report's clauses: each of the two things matched to the
    one piece stating it, as the things of a sum are, and their difference shown with its operands
    ('前者比后者多430条（482 − 52）'); '' unless each has a piece of its own, in measures of one kind,
    neither a part of the other, and neither thing is a year or a body."""
    return difference_of(question, language, units, names)[0]


def years_compared(other: str) -> bool:
    """Whether what a thing is compared with after 比 is a year ('2024年', '去年', '上一年', '上期'), not a
    thing ('网站上')."""
    return bool(re.search(r"\d|(?<![当本])年|^\s*(?:去|前|上)", other) if TUNING.difference_after_comma else
                re.search(r"\d|年|^\s*(?:去|前|上)", other))


def difference_of(question: str, language: str, units: list[Unit], names: list[str] = ()) -> tuple[str, tuple]:
    """(stated_difference's sentence, the two figures it subtracts: the first thing's, the second's), or
    ('', ())."""
    if not units or len({u.passage.source for u in units}) != 1:
        return "", ()
    if language != "zh":
        return _difference_en(question, units, names) if TUNING.english_differences else ("", ())
    things = _compared_things(question, language, names)
    if not things:
        return "", ()
    asked_in = ASKED_IN.search(question)
    pair = _pair_of(list(things), units, asked_in.group(1) if asked_in else "")
    return (said_difference(*pair), pair) if pair else ("", ())


def _compared_things(question: str, language: str, names: list[str] = ()) -> tuple[str, str] | None:
    """The two things a Chinese question compares ('A比B多多少'), without the body and the year; None when it compares
    none (or a year)."""
    from assistant.ask.terms import focus_text

    m = _things_compared_at(question, language)
    if not m:
        return None
    x = _frame_before_comma(m.group("x"))[1]
    x = focus_text(x, list(names), language).strip() if names else x
    x = re.sub(r"^(?:这里面|这里头|这其中|其中|里面)", "", re.sub(r"(?:19|20)\d{2}年?", "", x)).strip()
    y = (focus_text(m.group("y"), list(names), language) if names else m.group("y")).strip()
    return (x, y) if len(x) >= 2 and len(y) >= 2 else None


def compared_read_apart(question: str, names: list[str], language: str, units: list[Unit], passages, stats,
                        similarity=None) -> list[Unit] | None:
    """The clauses of a difference of two things of one report ('在县政府门户网站发布的信息比在市政府网站公开的多多少条')
    when each thing read on its own finds a clause that says it better than the clauses the question read whole found
    ('通过市政府网站公开信息2100条' beside '…省、市政策信息栏目中发布信息2620条'): the two clauses the things are then
    matched to; None when reading apart changes nothing."""
    from assistant.ask.extractive import choose_units

    things = _compared_things(question, language, names) if language == "zh" and units else None
    if not things or len({u.passage.source for u in units}) != 1:
        return None
    asked_in = ASKED_IN.search(question)
    measure = asked_in.group(1) if asked_in else ""
    union = list(units)
    for thing in things:
        composition = choose_units(f"{thing}有多少", names, language, passages, stats, similarity=similarity,
                                   separate_counts=True, measure=measure or None)
        if composition.answered and composition.units[0].passage.source == units[0].passage.source and \
                all(not same_unit(composition.units[0], u) for u in union):
            union.append(composition.units[0])
    if len(union) == len(units):
        return None
    matched = _match(list(things), _pieces(union), measure)
    if matched is None or _whole_and_part(matched):
        return None
    chosen = [piece[0] for piece in matched]
    if all(any(c is u for u in units) for c in chosen):
        return None  # (the clauses read whole are the ones)
    return [c for i, c in enumerate(chosen) if all(c is not d for d in chosen[:i])]


def things_compared(question: str, language: str) -> bool:
    """Whether a question asks the difference of two things of one report ('公众号发的比网站发的多多少条', 'how many
    more A than B'), not of two years."""
    return _things_compared_at(question, language) is not None


def _things_compared_at(question: str, language: str) -> re.Match | None:
    """Where a question names two things of one report and asks their difference (groups x, y), or None — also when
    what the first is compared with is a year ('2024年比2023年', '比去年', '比上一年', 'than in 2023', 'than the year
    before': a change of years; '比网站上' is a thing)."""
    if language != "zh":
        m = _MORE_THAN_EN.search(question)
        return m if m and not re.search(r"(?i)\b(?:19|20)\d{2}\b|\byear\b|\bbefore\b", m.group("y")) else None
    m = _MORE_THAN.search(question) or (_MORE_THAN_AFTER_COMMA.search(question) if TUNING.difference_after_comma
                                        else None) or (_DIFFER_BETWEEN.search(question) if TUNING.difference_between
                                                       else None)
    return m if m and not years_compared(m.group("y")) else None


def _pair_of(things: list[str], units: list[Unit], asked_in: str = "") -> tuple | None:
    """The figures of two things, each matched to its piece of the clauses, counting one kind of
    thing: (the first's, the second's); None when either is not matched, one is the other's whole,
    or they count different kinds."""
    matched = _match(things, _pieces(units), asked_in)
    if matched is None or _whole_and_part(matched):
        return None
    a, b = matched[0][3], matched[1][3]
    if not a.unit or not b.unit or measure_kind(a.unit) != measure_kind(b.unit):
        return None
    return a, b


# 'how many more administrative penalty cases than licensing cases': two things of one report
_MORE_THAN_EN = re.compile(r"(?i)\bhow (?:many|much) (?P<more>more|fewer|less) (?P<x>[^?.;,]+?) than (?P<y>[^?.;,]+?)"
                           r"(?=\s+(?:did|does|do|were|was|are|is|had|has|in \d{4})\b|\s*[?.;,]|$)")


def _difference_en(question: str, units: list[Unit], names: list[str] = ()) -> tuple[str, tuple]:
    """difference_of for an English question: each thing in the glossary's Chinese, matched to the
    clauses' pieces as a Chinese question's are; not a year against a year ('than in 2023', 'than the
    previous year')."""
    from assistant.ask.glossary import chinese_terms
    from assistant.ask.terms import english_without_names

    m = _things_compared_at(english_without_names(question, list(names)) if names else question, "en")
    if not m:
        return "", ()
    things = [" ".join(chinese_terms(m.group(k))) for k in ("x", "y")]
    if not all(things):
        return "", ()
    pair = _pair_of(things, units)
    return (said_difference(*pair, language="en"), pair) if pair else ("", ())


def said_difference(a, b, language: str = "zh") -> str:
    """'482条比52条多430条（482 − 52）' of two figures (each with its value and measure word); in English
    ' 358721 is 135928 more than 222793 (358721 − 222793).'"""
    measure = a.unit if a.unit == b.unit else ""
    if a.value == b.value:
        return f"两者相同（{plain_number(a.value)}{measure}）。" if language == "zh" else \
            f" Both are {plain_number(a.value)}."
    said, shown = in_scale(sorted([a, b], key=lambda f: f.value, reverse=True), abs(a.value - b.value), " − ")
    # (each thing by its figure, not '前者/后者': the clauses are quoted in the report's order, not the question's)
    if language != "zh":
        return (f" {plain_number(a.value)} is {said} {'more' if a.value > b.value else 'fewer'} than "
                f"{plain_number(b.value)} ({shown}).")
    word = "多" if a.value > b.value else "少"
    return f"{plain_number(a.value)}{a.unit}比{plain_number(b.value)}{b.unit}{word}{said}{measure}（{shown}）。"


def named_addends(question: str, names: list[str], language: str) -> list[str]:
    """The things a Chinese question names to add ('A、B和C一共多少' → [A, B, C]), or []."""
    return framed_addends(question, names, language)[1]


def framed_addends(question: str, names: list[str], language: str) -> tuple[str, list[str]]:
    """(the words framing every thing named, the things named to add), or ('', [])."""
    from assistant.ask.operations import SUM
    from assistant.ask.terms import focus_text

    if language != "zh" or not SUM.search(question):
        return "", []
    asked = question[: sum_asked_at(question)]
    if TUNING.comma_also_adds:
        # ('财政类信息、政策法规类的信息，还有规划计划类的信息，这三类加一块儿': 还有 after a comma joins one more thing)
        asked = COMMA_ALSO.sub("和", asked)
    asked = focus_text(asked, list(names), language)
    # 'A、B等媒体发布的报道', 'A、B、C这类信息' is one thing named by its examples: its 、 joins no addends
    asked = EXAMPLES.sub(lambda m: m.group(0).replace("、", "\x00"), asked)
    if TUNING.bracket_joins_no_things:
        # ('管钱的那类（预算决算、收支这些）加上政策文件那类': a bracket's 、 lists what the thing before it holds — not
        # after a count of things, '九类信息（财政专项资金、村务、…）', '两种刊物（统计简报、…）', where it lists them)
        asked = BRACKET.sub(lambda m: m.group(0) if COUNTED_BEFORE.search(asked[: m.start()])
                            else m.group(0).replace("、", "\x00"), asked)
    if TUNING.year_span_before_sum:
        # ('…加上做在线访谈，一年下来总共多少回': the span of time said before the sum names no thing to add)
        asked = YEAR_SPAN_TAIL.sub("", asked.rstrip(" ，,"))
    # ('…和主动回应关切，三项加起来': the tail counting the things after a comma names them all)
    asked = re.sub(r"[，,]\s*" + COUNTED_TAIL.pattern.lstrip("^"), "", asked.rstrip(" ，,")) or asked
    items = [x.replace("\x00", "、") for x in ADDENDS.split(asked) if x.strip(" ，,—")]
    # 'A上发的内容和在B、C上发的工作动态': things each with a modifier of its own (…的X), joined by 和; a 、
    # inside one joins words of its modifier, not things to add
    coarse = [x.replace("\x00", "、") for x in re.split(r"再加上|加上|以及|和|与|及|加|[+＋]", asked) if x.strip(" ，,—")]
    if len(coarse) >= 2 and len(coarse) < len(items) and all("的" in x for x in coarse) and not (
            TUNING.listed_with_own_head and any(_listed_with_own_head(x) for x in coarse)) and not (
            TUNING.modifiers_listed_apart and all(x.strip(" ，,—").endswith("的") for x in items)) and not (
            TUNING.list_after_modifier and coarse[0].rfind("、") > coarse[0].rfind("的") and
            not any(x.rfind("、") > x.rfind("的") for x in coarse[1:])):
        # (not things each named by a modifier alone, '网上提交的、写信寄来的和到窗口当面递交的': three things; nor
        # things listed after the first one's modifier, '公开的卫生看病方面、财政资金方面和应急管理方面的信息': three, not
        # two — a later thing's own list, '转载的国家、省政府信息', is one thing)
        items = coarse
    # '…的政策解读里，解读材料和…': the words before a comma in the first thing frame it, the thing is
    # after it; a comma inside a later one ('行政复议和行政诉讼里，结果被纠正的') puts after it what
    # qualifies them all: no thing of its own to match, so nothing is added
    if any(re.search(r"[，,]\s*\S", x.strip(" ，,—")) for x in items[1:]) or not items:
        return "", []
    # 'A、B、C三类原创信息', 'A、B、C这三个数': the tail counting the things names them all, no part of C
    items[-1] = COUNTED_TAIL.sub("", items[-1].strip(" ，,—")) or items[-1]
    # ('在门户网站上发的政府信息和公众号发布转载的信息': each thing with a modifier of its own, the first's
    # is its own too, no frame of them all)
    later = items[1:]
    if TUNING.list_after_modifier and later and not items[0].rstrip(" ，,—").endswith("信息"):
        # ('…方面、…方面和应急管理方面的信息': the 信息 after the last thing is every thing's head, no modifier of its own —
        # unless the first thing has that head too: '在门户网站上发的政府信息和公众号发布转载的信息')
        later = [*later[:-1], re.sub(r"的信息$", "", later[-1].strip(" ，,—"))]
    frame, first = split_frame(items[0]) if not any("的" in x for x in later) else \
        _frame_before_comma(items[0])
    return re.split(r"[，,]", frame)[-1], [first] + [x.strip(" ，,—") for x in items[1:]]


def _listed_with_own_head(item: str) -> bool:
    """Whether the things listed with a 、 all end in one head noun ('管钱的财政类信息、政策法规类的信息'): things of
    their own, not the words of one modifier ('网上提交的、写信寄来的…申请')."""
    import os

    listed = [x.strip(" ，,—") for x in re.split(r"[，,]", item)[-1].split("、")]
    head = os.path.commonprefix([x[::-1] for x in listed])[::-1]
    return len(listed) > 1 and len(head) >= 2 and "的" not in head


# 还有 after a comma, joining one more thing to add ('…的信息，还有规划计划类的信息').
COMMA_ALSO = re.compile(r"[，,]\s*(?:另外)?还有(?=[\u4e00-\u9fff]{2})")
# A span of time said last, after a comma, before the sum ('，一年下来', '，全年', '，这一年里').
YEAR_SPAN_TAIL = re.compile(r"[，,]\s*(?:(?:这|那|整|一整?|全)(?:一)?年(?:下来|里|中|当中|内|来)?|全年(?:下来)?|当年|年内)\s*$")
COUNTED_TAIL = re.compile(r"(?:这|那)?(?:[两二三四五六七八九十]|\d+)(?:类|项|个|种|样|部分|方面|组|者"
                          + (r"|头|边|块" if TUNING.both_ends_counted else "") + r")[^、，,]*$")
EXAMPLES = re.compile(r"[^、，,和与及]+(?:、[^、，,和与及]+)+(?:等|这类|这些|此类|之类|这几类)")


def _frame_before_comma(item: str) -> tuple[str, str]:
    """(the words before a comma, the thing after it): '…的政策解读里，解读材料'."""
    pieces = [x for x in re.split(r"[，,]", item) if x.strip(" —")]
    thing = pieces[-1] if pieces else item
    return item[: len(item) - len(thing)] if item.endswith(thing) else "", thing


def split_frame(item: str) -> tuple[str, str]:
    """(the words framing all the things named, the first thing): the frame is before a comma ('…的
    政策解读里，解读材料'), and a modifier ending in 的 ('政务新媒体发布的“百千万工程”', '门户网站2022年的
    概况类')."""
    pieces = [x for x in re.split(r"[，,]", item) if x.strip(" —")]
    thing = pieces[-1] if pieces else item
    head, of, rest = thing.rpartition("的")
    # (a head of two characters is too general to be the thing: '官网更新的信息' names itself whole)
    if of and len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", rest)) >= 3:
        thing = rest
    return item[: len(item) - len(thing)] if item.endswith(thing) else "", thing


def _whole_with_its_part(quote: str, figures: list) -> bool:
    """Whether one of the clause's ``figures`` is inside the bracket of counts after another ('审计公开
    7条(财政管理审计3条、…)': 7 and 3), not a count after the bracket closes ('…)、部门预决算…2条')."""
    from assistant.ask.breakdown import pieces

    found = pieces(quote)
    at = {p.start: n for n, p in enumerate(found)}
    chosen = {at[f.start] for f in figures if f.start in at}
    for n in chosen:
        parent = found[n].parent
        while parent is not None:
            if parent in chosen:
                return True
            parent = found[parent].parent
    return False


def units_for_addends(question: str, names: list[str], language: str, passages, stats,
                      similarity=None, least: int = 3) -> list[Unit] | None:
    """'A、B、C…一共多少' whose things are stated in clauses far apart: each thing read as a question
    of its own ('<A>有多少'), its best clause taken; None unless every one is answered. The sum is
    then stated_sum's, which adds only when each thing has a piece of its own."""
    from assistant.ask.extractive import choose_units

    frame, items = framed_addends(question, names, language) if language == "zh" else ("", _named_en(question))
    if len(items) < least:
        return None  # (two are found by the question read whole, first)
    units: list[Unit] = []
    # (each thing counted in the question's measure: '政府网站和微信公众号上一共发布了多少条' is not added up from
    # '通过政府网站发布信息6个类别')
    counted_in = ASKED_IN.search(question) if TUNING.addends_in_measure and not measures_named(question) else None
    measure = counted_in.group(1) if counted_in else None
    if TUNING.english_addends_in_measure and language == "en" and TUNING.addends_in_measure:
        # ('How many items did … put out on its website and its WeChat account altogether?': items are 条, not
        # '通过政府网站发布信息6个类别')
        from assistant.ask.extractive import asked_measure_en

        measure = asked_measure_en(question) or None
    if language == "en" and TUNING.english_addend_noun_carried:
        items = _with_noun_counted(question, items)
    for n, item in enumerate(items):
        # (the first thing read as the question says it, with the words framing them all: '公开的
        # 政策解读'; the others alone — the frame read with each finds its whole, '政务新媒体发布…638条')
        reading = f"{frame if n == 0 else ''}{item.strip(' ，,—')}有多少" if language == "zh" else \
            f"How many {item.strip(' ,')}?"
        composition = choose_units(reading, names, language,
                                   passages, stats,
                                   similarity=similarity, separate_counts=True, measure=measure)
        if not composition.answered:
            return None
        best = composition.units[0]
        if all(not same_unit(best, u) for u in units):
            units.append(best)
    if TUNING.sum_outlets_apart and _another_outlet_added(question, units):
        return None
    return units


# The gerund opening an English thing to add ('Taking its own website', 'Counting both its posts', 'Adding up what …').
_EN_GERUND_OPENING = re.compile(r"(?i)^\s*(?:taking|counting|adding(?:\s+up)?|including|combining)\s+(?:both\s+)?(?:what\s+)?")
# The noun an English question counts ('how many items', 'the combined number of items').
_EN_COUNTED_NOUN = re.compile(r"(?i)\b(?:how many|number of|count of)\s+(?:[a-z'-]+\s+){0,3}?(" +
                              "|".join(w for _, w in EN_MEASURES) + r")\b")


def _with_noun_counted(question: str, items: list[str]) -> list[str]:
    """The things of an English sum, each with the noun the question counts when it names none ('pushed through its
    WeChat account' → 'items pushed through its WeChat account'), the gerund opening it dropped ('Taking its own
    website' → 'items its own website')."""
    counted = _EN_COUNTED_NOUN.search(question)
    # (a thing naming a noun of the same measure counts itself: 'its website posts' of 'how many items')
    words = next((w for _, w in EN_MEASURES if re.fullmatch(f"(?i){w}", counted.group(1))), "") if counted else ""
    out = []
    for item in items:
        item = _EN_GERUND_OPENING.sub("", item).strip() or item
        out.append(f"{counted.group(1)} {item}" if words and not re.search(rf"(?i)\b(?:{words})\b", item) else item)
    return out


def _another_outlet_added(question: str, units: list[Unit]) -> bool:
    """Whether a thing read on its own was found in a clause naming only outlets other than the ones
    the question names: '微信公众号…原创的和转载的' read '转载的' alone as '通过政府网站转载…7271条'."""
    from assistant.ask.outlets import outlets_in

    asked = outlets_in(question)
    return bool(asked) and any(of_another_outlet(asked, u) for u in units)
