"""What a question asks: its words as weighted-term candidates (bigrams inside jieba words,
single characters, English stems), with the body, the year and question words taken out, and
split into the parts it asks ('…多少个？…合格率是多少？', 'A和B分别…'). Pure functions."""

from __future__ import annotations

import re

from assistant.ask.glossary import chinese_terms
from assistant.zh.places import ORGAN_WORDS
from assistant.ask.tuning import TUNING

# Words of the question that say nothing about what is asked.
QUESTION_WORDS = re.compile(
    r"多少|几[件条个场期项次家人名]?|是否|是什么|哪些|怎样|如何|分别|各自|一共|总共|共计|合计|还有|"
    r"(?:合|加|算)(?:起来|在一起|到一起|一块儿?)|"  # (words of adding: what is asked is what is added)
    # (how many bodies are asked about, '三家', '这两个区', '二者': who is asked, not what)
    r"(?:这|那)?[两二三四五六七八九十几](?:家|者)(?:单位)?|"
    r"(?:这|那)?[两二三四五六七八九十几]个(?:单位|部门|机关|地方|区县|区|县|乡镇|镇|乡|街道)|"
    # (words of courtesy before asking, '打扰一下', '想请教一下', '麻烦问一下': ordinary Chinese, asking nothing)
    r"(?:打扰|麻烦)(?:你|您)?一下|(?:我?想)?(?:请教|问)一下|"
    # (累计 right before the asking words, '累计有多少人次': in all, as 一共 — not '累计发布', a cumulative count)
    r"累计(?=(?:有|共|达到?)?(?:多少|几))|"
    r"请问|根据|按照|年报|年度报告|报告里|报告中|报告显示|显示|里面|其中|以及|的是|了|吗|呢|？|\?|。|"
    # (a year said relative to now or to the year named — '那年（2022年）': the year is understood apart,
    # not a word to match)
    r"去年|今年|前年|那一?年|当年|这一?年|"
    # (a demonstrative and its measure word — '那本年鉴', '那份简报', '这边', '那个活动': it points at what is
    # asked, whose own words follow; no report says it. With the ordinal asked in words, ASKS_WORDS,
    # 2026-12-05: unseen7.tune +3, unseen5.tune +1, no must-refuse question answered, the rest unchanged)
    r"(?:这|那)一?(?:个|本|份|家|项|种|批|篇|所|位|些|边|块)|"
    # (a name asked: '叫什么名字', '全名是什么', '名字叫啥' — the answer is the name, no word of it)
    r"(?:叫|是)(?:什么|啥)名字|(?:的)?(?:全名|名字|名称)(?:是|叫)?(?:什么|啥)|叫(?:什么|啥)|是啥|名字")
STOP_WORDS = {"多少", "是否", "哪些", "分别", "各自", "一共", "总共", "共计", "其中", "还有", "以及", "关于",
              "有关", "相关", "情况", "什么", "怎么", "提出", "来自", "显示", "多大", "占多", "比例",
              "占比", "多少钱", "方面", "数量", "东西"}
# ('依申请公开数量': the number of, a frame noun too; '卫生健康方面的信息': a frame noun, like 情况;
# '推了多少条东西': stuff, what a count in 条 is of)
# Characters too common to tell anything on their own (single-character matching).
STOP_CHARS = set("的了是有在和与或及中里多少几个件条场期项次年月日之其各该本我你他这那哪吗呢么")

QUESTION_CHARS = set("多少几哪吗呢么")
# A question whose answer is words, not a figure: who, what, which, where ('由谁任组长', '依托哪个平台',
# '在哪里办公', '依据的是第几号文件', '办的是第几届': an ordinal said in words, 第十六届). 'What share / what
# number' asks a figure.
# ('怎样/如何' and '第几条' were measured on unseen2.tune: three answers by an unrelated sentence, none
# right; they ask how, which a sentence of the report rarely says in one place.)
# (a what-word before 的 describes what is counted, '讲政府最近忙些啥的工作消息有多少条', or ends a list, '…什么的')
ASKS_WORDS = re.compile(r"谁|什么(?!时候|的)|啥(?!的)|哪(?!怕)|何处|何种|第几(?:号|届|批)|"
                        # yes or no ('收到过申请吗', '有没有收到'): answered in words ('未收到…申请')
                        r"吗\s*[？?]|吗\s*$|有没有|是否|是不是|有无|"
                        r"(?i:\b(?:who|which|where)\b|\bwhat\b(?!\s+(?:share|percentage|proportion|number|rate|"
                        r"amount|total|ratio|fraction))|^\s*(?:did|does|do|was|were|has|have|is|are)\b)")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|「[^」]*」")


# One character in brackets inside a word, its alternative: '村(居)务' is 村务 and 居务.
BRACKETED_ALTERNATIVE = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff])[)）](?=[\u4e00-\u9fff])")


def with_alternatives(text: str) -> str:
    """A text with each word holding a bracketed alternative also said both ways: '村(居)务公开' also as 村务公开 and
    居务公开 (for a search of words in it)."""
    if not TUNING.bracketed_alternative or not BRACKETED_ALTERNATIVE.search(text):
        return text
    first = BRACKETED_ALTERNATIVE.sub("", text)
    second = re.sub(r"[\u4e00-\u9fff]" + BRACKETED_ALTERNATIVE.pattern, lambda m: m.group(1), text)
    return f"{text}\n{first}\n{second}"


def bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        grams.update(run[i:i + 2] for i in range(len(run) - 1))
    if TUNING.bracketed_alternative:
        # ('全县251个村(居)实现村(居)务公开全覆盖' says 村务 and 居务)
        for m in BRACKETED_ALTERNATIVE.finditer(text):
            grams.update((text[m.start() - 1] + text[m.end()], m.group(1) + text[m.end()]))
    return grams


def question_terms(text: str) -> set[str]:
    """Bigrams inside the question's words (jieba search mode), so that pairs straddling two
    words ('收的', '请中') do not count as something the answer must contain; and the single
    characters of those words, which weigh less but tell 新收 from 上年结转 when a question
    says 收到."""
    import jieba

    jieba.setLogLevel(60)
    terms: set[str] = set()
    tokens = list(jieba.cut_for_search(text))
    words = {t for t in tokens if len(t) >= 2}
    for token in tokens:
        if token in STOP_WORDS or not re.search(r"[\u4e00-\u9fff]", token):
            continue
        if len(token) >= 3 and any(w != token and w in token for w in words):
            # A long word jieba also cut into words of its own ('传真号码' → 传真, 号码): those
            # words stand for it, not the pairs across their boundary ('真号').
            pass
        elif len(token) >= 2:
            terms |= {b for b in bigrams(token) if not set(b) & QUESTION_CHARS and b not in STOP_WORDS}
        terms |= {ch for ch in token if "\u4e00" <= ch <= "\u9fff" and ch not in STOP_CHARS}
    return terms | english_words(text)


def compounds_of(text: str) -> set[str]:
    """The question's phrases of two words, each of two characters or more, said one after the other
    ('政策解读' of 政策 and 解读): said as one, they name one thing; said apart ('政策问答解读'), another."""
    import jieba

    jieba.setLogLevel(60)
    tokens = [t for t in jieba.cut(text)]
    found = set()
    for a, b in zip(tokens, tokens[1:]):
        if all(len(t) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", t) and t not in STOP_WORDS for t in (a, b)):
            found.add(a + b)
    return found


EN_STOP = set("""a an the of and or in on at to for by with from as is are was were be been did does do
how many much what which who whom whose when where why its their this that these those it
according report reports annual year total number there have has had in into per hold held
make made get got take took""".split()) | ({"count"} if TUNING.count_as_number else set())
# Words of a comparison asked ('which published more', 'how many fewer'): how the figures are compared, not what
# they count (the dictionary's 'more' is 进一步, a word of every report's prose).
EN_COMPARING = frozenset({"more", "fewer", "less", "most", "fewest", "least"})


def english_words(text: str) -> set[str]:
    """Lower-cased English content words, cut to a six-letter stem."""
    words = set()
    for w in re.findall(r"[a-z][a-z\-]+", text.lower()):
        if w in EN_STOP or len(w) < 3 or (w in EN_COMPARING and TUNING.comparing_words_unread):
            continue
        if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            w = w[:-1]
        words.add(w[:6])  # a crude stem: receive/received, request/requests, conference(s)
    return words


def terms_of(text: str) -> set[str]:
    """Bigrams, single characters and English words of a text, to intersect with question terms."""
    return bigrams(text) | {ch for ch in text if "\u4e00" <= ch <= "\u9fff"} | english_words(text)

def english_without_names(question: str, names: list[str]) -> str:
    """An English question without the body's names and their words ('Township' of 'Huayuan
    Township' is the body, not the 乡镇 asked about)."""
    text = question
    for name in sorted(names, key=len, reverse=True):
        if name.isascii():
            # (a name as a whole word: 'an' of a name's forms is no part of 'many' or 'than')
            pattern = rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])" if TUNING.english_names_whole else re.escape(name)
            text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
            for word in name.split():
                if word.lower() not in EN_STOP and len(word) > 3:
                    text = re.sub(rf"\b{re.escape(word)}\b", " ", text, flags=re.IGNORECASE)
    return text


def focus_text(question: str, names: list[str], language: str, keep_question_words: bool = False) -> str:
    """The question without the body, the year and question words: what is being asked."""
    if language != "zh":
        # Chinese wording of the question's terms, and its own words (less the body's name)
        # for English reports.
        text = english_without_names(question, names)
        return " ".join(chinese_terms(text)) + " " + text
    # Names inside quotes are part of what is asked (“武山城关发布” is an account's name).
    quoted = QUOTED.findall(question)
    text = QUOTED.sub("\x00", question)
    for name in sorted(names, key=len, reverse=True):
        # '淮北市政府办公室' is the body however the organ is worded after the place.
        text = re.sub(re.escape(name) + ORGAN_WORDS, " ", text)
    if TUNING.bracket_alias_after_name:
        # ('广州黄埔区（广州开发区）': another name of the body, in a bracket right after its name)
        text = re.sub(r"(?<=\s)[（(][\u4e00-\u9fff]{2,12}(?:区|县|市|镇|乡|街道|管委会|委员会)[)）]", " ", text)
    for q in quoted:
        text = text.replace("\x00", q, 1)
    # (with the span it may name: '2024年全年', '2025年一整年' — the year, no thing a clause must say)
    span = r"一?整年|全年度?" + (r"|一年(?![内以来多半期度前后])" if TUNING.year_span_yinian else "")
    text = re.sub(r"((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年度?" + (rf"(?:\s*(?:{span}))?" if TUNING.year_span_words
                                                                     else ""), " ", text)
    # 'Where is it': a report states where a body is only as the 地址 of its contact line.
    text = WHERE.sub(" 地址 ", text)
    return text if keep_question_words else QUESTION_WORDS.sub(" ", text)

# 'A和B分别…' / 'A、B各…': one predicate asked of several subjects.
COORDINATED = re.compile(r"^(?P<head>.*?[，,：:]?)(?P<subjects>[^，,：:？?]+?)(?P<each>分别|各自|各)(?P<predicate>[^，,；;？?]*)")
CONJUNCTION = re.compile(r"和|与|及|以及|、|或")


WHERE = re.compile(r"在哪里|在哪儿|在哪|什么地方|何处")
# Everyday verbs of putting something out where all can see ('晒出来', '放到网上', '往外推了'): a
# question's wording, never a report's; no clause says them, and what was put out is what the rest of
# the question names ('多少条政务信息'), so they are no word a clause must state (extractive.choose_units;
# not of a sum's things, '推出去和转过来的': there the verb is what tells one thing from the other).
PUT_OUT = re.compile(r"(?:往外|对外)?(?:晒(?:出[来去]?|了|到)?|(?<![发下开释投存摆解])放(?:出[来去]?|到|上|了)"
                     r"|(?<![转])推(?:了|出去)"
                     # ('往外发了多少条': to the outside, before the verb 发 the reports' verbs say — outlets.PUBLISHING)
                     r"|往外(?=发))")


def split_coordinated(focus: str) -> list[str]:
    """'本级和县区分别发布了多少条政府信息' → ['本级 发布了多少条政府信息', '县区 发布了多少条政府信息'];
    a question that does not coordinate subjects → [] ."""
    m = COORDINATED.search(focus)
    if not m:
        return []
    parts = [p.strip() for p in CONJUNCTION.split(m.group("subjects")) if p.strip()]
    if len(parts) < 2:
        return []
    head = m.group("head")
    context = head if head.endswith(("，", ",", "：", ":")) else ""
    lead = "" if context else head
    if TUNING.shared_noun_of_each:
        # ('新出台、废止和目前仍有效的行政规范性文件分别有多少件': the noun after the last part's 的 is what each part
        # modifies; a part naming no noun of its own is that noun's, not a thing of its own)
        noun = SHARED_NOUN.search(parts[-1])
        if noun:
            parts = [p if "的" in p else f"{p}的{noun.group(1)}" for p in parts[:-1]] + parts[-1:]
    return [f"{context}{lead if i == 0 else ''}{part} {m.group('predicate')}" for i, part in enumerate(parts)]


# The noun a list's last part ends in after 的 ('目前仍有效的行政规范性文件' → 行政规范性文件).
SHARED_NOUN = re.compile(r"的([\u4e00-\u9fff]{2,})$")


def split_questions(text: str) -> list[str]:
    """The questions a question asks: several sentences ('…多少个？…合格率是多少？') and, within
    each, one predicate asked of several subjects."""
    sentences = [p for p in re.split(r"[？?]", text) if re.search(r"[\u4e00-\u9fffA-Za-z0-9]", p)]
    return [part for sentence in sentences for part in (split_coordinated(sentence) or [sentence])]
