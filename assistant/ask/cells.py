"""Question → cells of the national tables: which rows (or groups of rows), which columns.

The words come from the schema (assistant/national/format.yaml): each row, column and group's
printed labels, the words people use for the same thing (`ask`), and their English (`en`,
`ask_en`). A question's phrases are found longest first and never overlap, so '复议后起诉'
is that row and not 复议 plus 起诉; a group named together with one of its rows ('无法提供' and
'本机关不掌握相关政府信息') means the row.

    plan = plan_cells("2024年淮安市新收的申请中自然人提出了多少件？", "zh")
    plan.targets  # [Target(row=apply.new, column=natural_person)]
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.national.schema import GroupSpec, NationalFormat, national_format, name_of
from assistant.ask.tuning import TUNING

__all__ = ["Term", "Target", "CellPlan", "plan_cells", "plan_question", "find_terms"]

# A question about the requests table that names only who asked ('法人提交了多少申请') asks
# about the requests received.
# Asking the government for its information in everyday words ('来要信息', '讨要资料'): a request, as 申请 says.
ASKING_VERB = r"(?:讨|索|来|去)?要(?:政府)?(?:的)?"
ASKING_FOR = ASKING_VERB + r"(?:信息|材料|资料|文件)"
# Everyday words for the public ('老百姓', '群众').
PUBLIC_WORDS = ("老百姓", "群众", "市民", "公众", "大家", "百姓", "居民", "人们")
# The public as the one asking ('老百姓来找它要…', '群众主动开口要…'): everyday words for people, before asking.
ASKER = re.compile(rf"(?:{'|'.join(PUBLIC_WORDS)})(?=[^，,。？?]{{0,6}}?(?:申请|要|找|开口|来问))")
# … asking for something in everyday words ('老百姓来要材料', '群众上门要', '老百姓去申请要信息'), not submitting a request
# ('市民提出的申请'), and no person on their own said ('老百姓以个人名义'): who asks, not the column 自然人.
PUBLIC_ASKING = re.compile(rf"(?:{'|'.join(PUBLIC_WORDS)})(?=[^，,。？?]{{0,4}}?(?:要|找|讨))")
ON_THEIR_OWN = re.compile(r"个人|名义|身份|私人|自然人|[以用]自己")
REQUEST_WORDS = re.compile(r"申请|(?i:\brequests?\b|\bapplications?\b)" + (rf"|{ASKING_FOR}" if TUNING.asking_is_requesting else ""))


@dataclass(frozen=True)
class Term:
    axis: str  # "row" or "column"
    table: str  # art20 | apply | review
    key: str  # row key, column key, or group key
    group: bool
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Target:
    """One figure asked for: a row (or a group of rows) × a column (or a group of columns)."""

    table: str
    row: str
    column: str
    row_group: bool = False
    column_group: bool = False


@dataclass
class CellPlan:
    table: str
    targets: list[Target]
    terms: list[Term] = field(default_factory=list)
    named_columns: bool = False  # the question named the columns (else the default: the total)
    vague: str = ""  # a group of rows asked with a reason that names none of them: which one is not known
    # words of the question that narrow what it asks and that no cell understood ('还没出结果的',
    # '平均几天', 'how much money'): the cells planned would answer another question (the row's total)
    unmapped: list[str] = field(default_factory=list)
    whole: Target | None = None  # the group a part is asked of ('不予公开的申请里，属于行政查询事项的占多大比例')


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _stem(word: str) -> str:
    """A crude English stem, so 'refuse', 'refused' and 'refuses' meet: -ing/-ed/-es/-e/-s off
    (never cut shorter: 'public' must not meet 'public-interest'); -ied/-ies is -y, so 'carry'
    and 'carried' meet."""
    if len(word) > 4 and re.search(r"[^aeiou](?:ied|ies)$", word):
        return word[:-3] + "y"
    return re.sub(r"(?:ing|ed|es|e|s)$", "", word) if len(word) > 4 else word


def _stems(text: str) -> str:
    # 'did not exist', 'does not exist', 'do not hold': one form ('not exist')
    text = re.sub(r"\b(?:did|does|do)\s+not\b|\b(?:didn't|doesn't|don't)\b", "not", text)
    if TUNING.requests_named_whole:
        # ('new information-disclosure requests', 'government information disclosure applications'): the format's
        # requests (政府信息公开申请) named in full are its requests, as 'new requests' says them
        text = REQUESTS_NAMED.sub("", text)
    return " ".join(_stem(w) for w in re.findall(r"[a-z0-9\-]+", text))


# The words of the format's name of a request before 'requests' ('government information disclosure requests').
REQUESTS_NAMED = re.compile(r"\b(?:(?:government|information|disclosure|open[\s-]government)[\s-]+){1,3}"
                            r"(?=(?:request|application)s?\b)")
# Chinese complements of direction toward the one receiving ('递过来', '递上来', '递进来').
DIRECTIONS = ("过来", "进来", "上来")


def _zh_phrase(phrase: str) -> str:
    """A Chinese phrase's pattern: 办结 not right after an office's 府 or 街道 when 转 follows ('政府办结转到下一年的':
    结转 is whole, the 办 before it the office's)."""
    said = re.escape(phrase)
    if TUNING.carried_whole_after_ban and phrase.startswith("办") and phrase.endswith("结"):
        return rf"(?:(?<!府)(?<!街道){said}|{said}(?!转))"
    return said


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, list[tuple[str, str, str, bool]]], re.Pattern, dict, re.Pattern]:
    """phrase → [(axis, table, key, group)] for Chinese and for English, with their patterns."""
    fmt = national_format()
    zh: dict[str, list] = {}
    en: dict[str, list] = {}

    def add(index, phrase: str, entry) -> None:
        phrase = finished_in_format(_norm(phrase).strip())  # as fold_spoken reads the question
        if len(phrase) >= 2 and entry not in index.setdefault(phrase, []):
            index[phrase].append(entry)

    for kind, table in fmt.tables.items():
        for key, row in table.rows.items():
            entry = ("row", kind, key, False)
            for label in row.zh:
                add(zh, name_of(label), entry)
            for word in row.ask:
                add(zh, word, entry)
                if TUNING.short_negation_forms and word.startswith("没有") and len(word) >= 4:
                    add(zh, "没" + word[2:], entry)  # (没 for 没有: '没现成的' of 没有现成)
                if TUNING.handed_in_directional and len(word) == 2 and word[1] == "交":
                    # (递交 said as 递 with a complement of direction: '新递过来的申请', '递上来', '递进来')
                    for direction in DIRECTIONS:
                        add(zh, word[0] + direction, entry)
            for word in (row.en, *row.ask_en):
                add(en, _stems(_norm(word)), entry)
        for key, column in table.columns.items():
            entry = ("column", kind, key, False)
            for label in column.zh:
                add(zh, name_of(label), entry)
            for word in column.ask:
                add(zh, word, entry)
            for word in column.ask_en:
                add(en, _stems(_norm(word)), entry)
        for key, group in table.groups.items():
            axis = "column" if group.columns else "row"
            entry = (axis, kind, key, True)
            for label in group.zh:
                add(zh, name_of(label), entry)
            for word in (*group.ask,):
                add(zh, word, entry)
            for word in (group.en, *group.ask_en):
                add(en, _stems(_norm(word)), entry)
    if TUNING.glossary_english_cells:
        _glossary_phrases(fmt, en, add)
    zh_pattern = re.compile("|".join(_zh_phrase(p) for p in sorted(zh, key=len, reverse=True)))
    en_pattern = re.compile("|".join(r"\b" + re.escape(p) + r"\b" for p in sorted(en, key=len, reverse=True)))
    return zh, zh_pattern, en, en_pattern


def _glossary_phrases(fmt: NationalFormat, en: dict, add) -> None:
    """The glossary's English phrases of two words or more whose Chinese is the label of one row, column or group of the
    tables, added to the English index as that one's words (not where the schema's own words already hold them)."""
    from assistant.ask.glossary import TERMS

    labels: dict[str, set] = {}
    for kind, table in fmt.tables.items():
        for axis, items in (("row", table.rows), ("column", table.columns)):
            for key, item in items.items():
                for label in item.zh:
                    labels.setdefault(name_of(label), set()).add((axis, kind, key, False))
        for key, group in table.groups.items():
            for label in group.zh:
                labels.setdefault(name_of(label), set()).add(("column" if group.columns else "row", kind, key, True))
    def words(phrase: str) -> str:  # (whole words, a hyphen between two: ' decision mak ')
        return " " + phrase.replace("-", " ") + " "

    known = [words(k) for k in en]
    for phrase, chinese in TERMS.items():
        entries = set().union(*(labels.get(word, set()) for word in chinese))
        stemmed = _stems(_norm(phrase))
        # (not a phrase holding one the schema's words already name, or held in one: 'still pending' holds 'pending',
        # the schema's word for requests carried into the next year)
        said = words(stemmed)
        overlaps = any(k in said or said in k for k in known)
        if len(phrase.split()) >= 2 and len(entries) == 1 and not overlaps:
            add(en, stemmed, next(iter(entries)))


# A phrase right after a negation means its opposite ('还没有办结' is not '办结'). These are the
# ordinary negations of Chinese, not wording of the reports; the schema's own negated phrases
# ('未办结', '不予公开', '没有掌握') are matched whole, longest first, before this applies.
NEGATED = re.compile(r"(?:没有|没|未|尚未|并未|仍未|不是|并非|不|非)" + (r"被?" if TUNING.negated_passive else "") + "$")
# A reason said not to be the one ('不是因为…', '并非由于…'): the reason's phrase right after (within a few characters) is
# not asked.
NOT_BECAUSE = re.compile(r"(?:不是|并非|并不是)(?:因为|由于|因)[^，,。？?；;、]{0,4}$")
NEGATOR_HEAD = re.compile(r"没有|没|未|不|无|尚未")
NEGATED_FORMS = ("未", "没有", "不", "尚未")


def _negator(folded: str, start: int):
    """The negation right before a phrase, unless it only asks ('有没有行政复议', '是不是')."""
    before = folded[:start]
    if re.search(r"(?:有没有?|是不是|是否)$", before):
        return None
    return NEGATED.search(before)


def _negated_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[str, str]]]:
    """Spans of the question that the schema's phrases take up (with the negation before one), and
    the phrases dropped because a negation stood before them and the schema has no negated form
    (axis, phrase): '不是自然人提出的' asks the other columns, never 自然人's."""
    zh, zh_pattern, _, _ = _phrases()
    folded = fold_spoken(text)
    spans, dropped = [], []
    for m in zh_pattern.finditer(folded):
        phrase = m.group(0)
        negator = _negator(folded, m.start())
        spans.append((negator.start() if negator else m.start(), m.end()))
        if negator and not NEGATOR_HEAD.match(phrase) and not any(n + phrase in zh for n in NEGATED_FORMS):
            dropped += [(a, negator.group(0) + phrase) for a, _, _, _ in zh[phrase]]
    return spans, dropped


def finished_in_format(text: str) -> str:
    """A text with the spoken 完 of a finished request or case in the format's 结 (办完 is 办结,
    审完 is 审结: the tables' 办结 and 审结)."""
    if TUNING.spoken_finished:
        # ('弄完了多少件', '做完', '搞完': the spoken verbs of getting a request done, the format's 办结)
        text = re.sub(r"[弄搞做]完(?=\s|了|的|[多几]|$)", "办结", text)
    return re.sub(r"(?<=[办审])完", "结", text)


# Whose hands, an adverb of emphasis, then a negation ('手里根本没有', '手上压根没'): ordinary Chinese.
HOLDER_EMPHASIS = re.compile(r"(手[里上头中])(根本|压根儿?|完全|确实|实在|本来就|就)(没有?|不)")
# Information said not to be in the holder's hands ('不在他们单位手上', '不在我们手里').
NOT_IN_HANDS = re.compile(r"不在([\u4e00-\u9fff]{0,6}?)(手[里上头中])")
# The spoken 给 before a verb, after how much of it ('全部给公开了', '部分给公开'): a particle, said before them.
GEI_BEFORE_VERB = re.compile(r"(全部|部分|全都|都|全)给(?=公开|予以)")


# A bracket saying what is included ('（含部分公开）', '（包括动漫短视频）'): more of what is asked, no other name (read by
# plan_cells and by multi_report).
INCLUDED = re.compile(r"含|包括|包含|连同|加上")
INCLUDED_SPAN = re.compile(rf"[（(](?:{INCLUDED.pattern})[^（()）]*[）)]")


def fold_spoken(text: str) -> str:
    """The question as the schema's phrases are matched (same length: positions hold): the spoken
    无法 (没法) and 其他 (别的), and 完 for 结 after 办/审 (办完 is 办结, 审完 is 审结)."""
    folded = finished_in_format(_norm(text).replace("没法", "无法").replace("别的", "其他"))
    if TUNING.emphasis_before_holder:
        # ('手里根本没有这份信息': the adverb of emphasis moved before whose hands, so '手里没有' is said whole)
        folded = HOLDER_EMPHASIS.sub(r"\2\1\3", folded)
    if TUNING.not_in_hands:
        # ('信息不在他们单位手上': not in the holder's hands, said as 手上没有 — same length, positions hold)
        folded = NOT_IN_HANDS.sub(lambda m: m.group(1) + m.group(2) + "没有", folded)
    if TUNING.holder_lacks_this:
        # ('手上压根没这信息': 没 with what is lacked pointed at, said as 手上没有 — same length, positions hold)
        folded = re.sub(r"(手[里上头中])没[这那](?=[个份些条]?信息)", r"\1没有", folded)
    if TUNING.this_information_any_measure:
        # ('本机关没有这条信息', '没有这份信息': the measure of 这个信息, as the schema says it — same length)
        folded = re.sub(r"(?<=[没无有])这[条份项则]信息", "这个信息", folded)
    if TUNING.gei_before_how_much:
        if TUNING.all_dou_gei:
            folded = re.sub(r"(全部)(都给)(?=公开|予以)", r"\2\1", folded)  # ('全部都给公开了的' says 全部公开)
        folded = GEI_BEFORE_VERB.sub(r"给\1", folded)  # ('全部给公开了的' says 全部公开)
    # '还没审结' is 未审结, '没有办结' 尚未办结 (the schema's negated forms)
    return re.sub(r"没(?=[办审]结)", "未", re.sub(r"没有(?=[办审]结)", "尚未", folded))


def find_terms(text: str, language: str) -> list[Term]:
    """The schema's phrases in a question: Chinese longest first and never overlapping; English on
    stemmed words (positions of English terms are offset past the Chinese ones: they come from
    the stemmed text, not the question)."""
    zh, zh_pattern, en, en_pattern = _phrases()
    folded = fold_spoken(text)
    found: list[Term] = []
    for m in zh_pattern.finditer(folded):
        phrase = m.group(0)
        if TUNING.not_because_negates and NOT_BECAUSE.search(folded[:m.start()]):
            continue  # ('既不是因为申请人不补材料、也不是因为不交费的那部分': neither reason is asked)
        negator = _negator(folded, m.start())
        if negator and not NEGATOR_HEAD.match(phrase):
            # '还没有办结' is not 办结: the negated phrase when the schema has it ('未办结'), else
            # nothing (the question asks the opposite of the phrase: never its cell).
            negated = next((n + phrase for n in NEGATED_FORMS if n + phrase in zh), None)
            if negated is None:
                continue
            found += [Term(a, t, k, g, negated, negator.start(), m.end()) for a, t, k, g in zh[negated]]
            continue
        if TUNING.public_asker_not_person and phrase in PUBLIC_WORDS and PUBLIC_ASKING.match(folded, m.start()) and \
                not ON_THEIR_OWN.search(folded):
            continue  # ('老百姓来要材料，…不掌握的一共有多少件': who asks, the total's column — not 自然人)
        if TUNING.phrase_across_words and m.end() - m.start() == 2 and _across_words(folded, m.start(), m.end(), zh):
            continue  # ('被告知': jieba's 被|告知, not 被告 of a lawsuit)
        if TUNING.phrase_begun_not_short and _begins_longer(folded, m.start(), m.end(), zh):
            continue  # ('别的法律法规' → 其他法律法规: the start of 其他法律行政法规, not the column 其他)
        if TUNING.part_withheld_is_partial and PART_BEFORE.search(folded[:m.start()]) and \
                any(k == "denied" for _, _, k, _ in zh[phrase]) and "部分公开" in zh:
            # ('部分内容公开、部分内容不公开的': what is withheld of a part is the format's 部分公开 — 区分处理 — not 不予公开)
            found += [Term(a, t, k, g, phrase, m.start(), m.end()) for a, t, k, g in zh["部分公开"]]
            continue
        found += [Term(a, t, k, g, phrase, m.start(), m.end()) for a, t, k, g in zh[phrase]]
        if TUNING.shared_head_said_once and (other := _said_with_head_of(folded, m.start(), phrase, zh)):
            # ('全部或部分公开': the head of the phrase, 公开, said once for two — 全部公开 is asked too)
            said, at, end = other
            found += [Term(a, t, k, g, said, at, end) for a, t, k, g in zh[said]]
    if TUNING.excluded_rows_unasked:
        # ('行政许可以外那些对外管理、对外服务类的事项': a row named to be left out is not asked, beside one that is)
        kept = [t for t in found if not (t.axis == "row" and _left_out(folded, t.start, t.end))]
        if any(t.axis == "row" for t in kept):
            found = kept
    if re.search(r"[a-z]{3}", folded):
        stems = _stems(folded)
        english = []
        for m in en_pattern.finditer(stems):
            english += [Term(a, t, k, g, m.group(0), 100_000 + m.start(), 100_000 + m.end())
                        for a, t, k, g in en[m.group(0)]]
        if TUNING.english_left_out_unasked:
            # ('Apart from licensing, … other management and service matters': a row named to be left out is never the
            # one asked, even alone; the licensing row's 0 had been given: multi28.tune j2-29)
            english = [t for t in english
                       if not (t.axis == "row" and EN_LEFT_OUT_BEFORE.search(stems[: t.start - 100_000]))]
        found += english
    return sorted(found, key=lambda t: t.start)


def _said_with_head_of(folded: str, start: int, phrase: str, zh: dict) -> tuple[str, int, int] | None:
    """The phrase of the schema said before ``phrase`` (at ``start``) and a word joining them, with the head of
    ``phrase`` said once for both ('全部或部分公开' → 全部公开): (that phrase, where its words start, where they end)."""
    joined = re.search(r"(?:或者?|和|及|与|、|以及)$", folded[:start])
    if joined is None:
        return None
    for k in range(1, len(phrase)):
        for n in (1, 2, 3):
            before = folded[joined.start() - n:joined.start()] if joined.start() >= n else ""
            said = before + phrase[k:]
            if re.fullmatch(r"[\u4e00-\u9fff]+", before) and said in zh and said != phrase:
                return said, joined.start() - n, joined.start()
    return None


# A row named to be left out in English ('apart from licensing', 'other than penalties', 'not counting …').
# (searched in the stemmed question: 'besides' is 'besid' there; 'not counting', stemmed 'not count', is left to the
# negation said of the cells, cells._negation_said)
EN_LEFT_OUT_BEFORE = re.compile(r"(?i)\b(?:apart from|aside from|except(?: for)?|other than|besides|besid|excluding|"
                                r"not counting|leaving out|leave out)\s+(?:the\s+)?(?:\w+\s+){0,2}$")


# A part of what was asked named right before a refusal ('部分内容不公开', '一部分不予公开').
PART_BEFORE = re.compile(r"(?:一?部分|有些|有的)(?:内容|信息)?(?:被|则|就)?$")


def _across_words(folded: str, start: int, end: int, zh: dict) -> bool:
    """Whether a two-character phrase matched is the end of one word and the start of another: a word of jieba's
    (its default cut) begins inside it and ends after it ('被告知' is 被|告知), a word no phrase of the schema opens
    ('新收到' is 新|收到, and 收到 is the schema's word for the same row)."""
    for begin, at in _word_spans(folded):
        if start < begin < end < at:
            return not any(p.startswith(folded[begin:begin + 2]) for p in zh)
        if begin >= end:
            break
    return False


@lru_cache(maxsize=512)
def _word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where jieba's words (its default cut, no HMM) stand in a text."""
    import jieba

    jieba.setLogLevel(60)
    spans, at = [], 0
    for word in jieba.cut(text, HMM=False):
        spans.append((at, at + len(word)))
        at += len(word)
    return tuple(spans)


def _begins_longer(folded: str, start: int, end: int, zh: dict) -> bool:
    """Whether a phrase matched is only the start of a longer phrase of another entry, said with the next two
    characters ('其他法律' of 其他法律行政法规 after 其他 of the column 其他): the question names that one, shortened."""
    said = folded[start:end + 2]
    return len(said) == end - start + 2 and any(
        len(p) > len(said) and p.startswith(said) and zh[p] != zh[folded[start:end]] for p in zh)


# A row named to be left out ('行政许可以外', '除了行政许可', '除行政许可外'): ordinary words of exclusion.
LEFT_OUT_AFTER = re.compile(r"^(?:以外|之外|除外)")
LEFT_OUT_BEFORE = re.compile(r"(?:除了|除去|除|不含|不包括|不包含|不算)$")


# … with 'only' between ('不算只公开一部分的'): what is left out is the one said.
LEFT_OUT_BEFORE_ONLY = re.compile(r"(?:除了|除去|不含|不包括|不包含|不算)(?:只|仅|光|单)$")


def _left_out(folded: str, start: int, end: int) -> bool:
    return bool(LEFT_OUT_AFTER.match(folded[end:]) or LEFT_OUT_BEFORE.search(folded[:start]) or (
        TUNING.left_out_only_said and LEFT_OUT_BEFORE_ONLY.search(folded[:start])))


# The format's own word for the count of requests of any of its rows ('本年新收政府信息公开申请数量',
# '上年结转政府信息公开申请数量'), and its short form: it names 本年新收 (whose `ask` word it is) only
# when the question names no other row of the table ('部分公开的申请数量' asks for 部分公开). So do
# the acts every row's requests share: an applicant 提出/提交/递交 each of them (the columns are
# 申请人情况), and each result is an 答复 ('自然人提出的申请中，予以公开的' asks 予以公开 only).
GENERIC_ROW_WORDS = frozenset({"申请数量", "申请量"}) | frozenset({"提出", "提交", "递交", "答复"})


def _members(fmt: NationalFormat, table: str, group: GroupSpec) -> set[str]:
    rows = fmt.tables[table].rows
    return {r for r in rows if any(fnmatch.fnmatchcase(r, p) for p in group.rows)} | set(group.columns)


# What the national tables do not break down: how a request came in (online, by letter, in
# person), and other kinds of business reports also count (NPC deputies' suggestions, CPPCC
# proposals, hotline calls); nor the information processing fee charged to applicants (信息处理费,
# under the 2020 办法 on such fees: the format has no cell for it; its fees row is 行政事业性收费,
# the body's fees under Article 20(8), in 万元). A question about these asks something the table has no cell for.
NOT_IN_THE_TABLES = re.compile(
    r"处理费|(?i:\bprocessing fees?\b)|网上|网络申请|网络(?=提交|递交)|在线|信函|来信(?!访)|写信|当面|窗口|传真|电子邮件|邮件|电话申请|人大代表建议|人大建议|政协提案|提案|热线|"
    r"(?i:\bonline\b|\bby (?:letter|mail|post|fax|e-?mail|phone)\b|\bin person\b|\bwalk-?in\b|"
    r"\bsuggestions?\b|\bproposals?\b|\bhotline\b|\bnpc\b|\bcppcc\b"
    # ('how many new requests came … offline?', '线下提交的': the ways not online, no cell either)
    + (r"|\boffline\b" if TUNING.offline_not_in_tables else "") + ")"
    + (r"|线下" if TUNING.offline_not_in_tables else ""))


# How a request came in, each way in the words reports use for it: a question asking the requests
# of one way ('通过网络提交的申请', '信函申请') is answered only by a clause naming that way — a clause
# naming none states all requests, or another way's.
REQUEST_CHANNELS = {"online": ("网上", "网络", "在线", "互联网"), "letter": ("信函", "来信", "写信", "邮寄"),
                    "in person": ("当面", "窗口", "现场"), "fax": ("传真",), "email": ("电子邮件", "电子邮箱", "邮箱", "邮件"),
                    "paper": ("书面", "纸质"), **({"offline": ("线下",)} if TUNING.offline_not_in_tables else {})}
_CHANNEL_WORDS = "|".join(sorted((w for ws in REQUEST_CHANNELS.values() for w in ws), key=lambda x: (-len(x), x)))
# ('通过信函和电子邮件提出的': each way of an enumeration)
ASKED_CHANNEL = re.compile(rf"((?:{_CHANNEL_WORDS})(?:(?:[和与及、或]|以及)(?:{_CHANNEL_WORDS}))*)"
                           + (r"(?:的?(?:方式|形式|渠道|平台))?" if TUNING.channel_way_after_de else r"(?:方式|形式|渠道|平台)?") +
                           rf"(?=(?:来|过来)?(?:提交|提出|申请|递交)|寄来|交来|来的|交的|收到|接到|受理|寄过来|发来|寄过去|寄去)")


# '通过网络提交的': the words framing a way of coming in, said by a clause naming the way ('网络申请24件')
CHANNEL_FRAME = re.compile(rf"(?:通过|经由|以|用)?({_CHANNEL_WORDS})"
                           + (r"(?:的?(?:方式|形式|渠道|平台))?" if TUNING.channel_way_after_de else r"(?:方式|形式|渠道|平台)?")
                           + r"(?:提交|提出|递交|寄来|交来)?的?")


def asked_channels(question: str) -> set[str]:
    """The ways of coming in a question asks requests of ('通过网络提交的' → online)."""
    words = {w for m in ASKED_CHANNEL.finditer(question) for w in re.findall(_CHANNEL_WORDS, m.group(1))}
    asked = {name for name, ws in REQUEST_CHANNELS.items() if words & set(ws)}
    if TUNING.offline_not_in_tables and re.search(r"(?i)\boffline\b", question) and \
            not re.search(r"(?i)\b(?:plus|added|combined|together|total|sum)\b", question):
        # ('how many new requests came … offline?': said only by a clause naming 线下 — not a sum of the ways it is
        # said as, '… offline, that is, letters plus requests handed in at the window, added together')
        asked.add("offline")
    return asked


def says_channel(text: str, channels: set[str]) -> bool:
    """Whether a text names one of the ways of coming in, of requests ('网络申请14件'; not '举办在线访谈6期')."""
    return bool(re.search(r"申请|提交|递交", text)) and any(w in text for name in channels for w in REQUEST_CHANNELS[name])


# A count framed by a way of coming in ('通过网上申请平台提交704件', '网络申请24件', '电子邮件7件'):
# the requests of that way, a part of the year's requests.
_CHANNEL_FRAMED = re.compile(rf"(?:{_CHANNEL_WORDS})[^，。；,;、：:（）()\d]{{0,10}}$")
# a question naming a way in English ('requests made online', 'by letter')
_CHANNEL_EN = re.compile(r"(?i)\b(?:online|internet|letters?|mail|post|in person|walk-?in|fax|e-?mail|paper|written"
                         + (r"|offline" if TUNING.offline_not_in_tables else "") + r")\b")


# a question about requests
REQUESTS_ASKED = REQUEST_WORDS


def names_channel(question: str) -> bool:
    """Whether a question names any way a request came in, in Chinese or English."""
    return bool(re.search(_CHANNEL_WORDS, question) or _CHANNEL_EN.search(question))


def channel_parts_only(clause: str) -> bool:
    """Whether every count of requests a clause states is framed by a way of coming in
    ('本年度新收申请中通过网上申请平台提交704件'): the clause states parts, not the year's requests
    ('共受理依申请公开7件(网上申请5件、信函申请2件)' states the whole as well)."""
    from assistant.zh.figures import extract_figures

    counts = [f for f in extract_figures(clause) if f.unit in ("件", "")]  # ('已办结18': a bare count)
    return bool(counts) and all(_CHANNEL_FRAMED.search(clause[max(0, f.start - 16):f.start]) for f in counts)


# Two kinds of fee a report may state: the information processing fee charged to applicants (政府
# 信息公开信息处理费, 信息公开处理费, 处理费) and the body's administrative fees of Article 20(8)
# (行政事业性收费, in 万元). A question about one is never answered by a clause about the other.
PROCESSING_FEE = re.compile(r"处理费|(?i:\bprocessing fees?\b)")
ADMINISTRATIVE_FEE = re.compile(r"行政事业性收费|事业性收费|行政收费|(?i:\badministrative (?:and institutional )?fees?\b)")


def other_fee(question: str, quote: str) -> bool:
    """Whether ``quote`` states a fee of the other kind than the one ``question`` asks about."""
    asks_processing, asks_administrative = bool(PROCESSING_FEE.search(question)), bool(ADMINISTRATIVE_FEE.search(question))
    if asks_processing == asks_administrative:
        return False
    if asks_processing:
        return bool(ADMINISTRATIVE_FEE.search(quote)) and not PROCESSING_FEE.search(quote)
    return bool(PROCESSING_FEE.search(quote)) and not ADMINISTRATIVE_FEE.search(quote)


# A reason given in the question ('因为…而没有公开的', 'refused because …'): with a group of rows
# (不予公开, 无法提供, …) and none of its rows named, the question asks for one reason the
# schema could not tell, never for the group's total. Ordinary words of cause, not report wording.
# (not '因为信息公开被起诉': the disclosure itself is what every case of the tables is about, no reason
# among a group's rows)
REASON = re.compile(r"(?:因为|由于)(?!(?:政府)?信息公开(?:的事|的事情|方面|工作|申请|问题)?(?:被|而|引起|引发|产生|[，,]))|"
                    r"(?i:\bbecause\b|\bdue to\b|\bon the grounds?\b)")
ALL_REASONS = re.compile(r"各种|各类|种种|所有|全部|什么|哪些|(?i:\ball\b|\bany\b|\bwhat\b|\bwhich\b)")


# Which way a carry goes: 上年结转 comes from the year before, 结转下年度 goes to the next. A
# question's own direction decides between the two rows, whatever carry word it uses ('carry
# forward from the previous year' is 上年结转). Ordinary words of time, not report wording.
FROM_BEFORE = re.compile(r"(?i:\bfrom (?:the )?(?:last|previous|prior|preceding) year\b|\bfrom the year before\b|"
                         r"\bfrom (?:19|20)\d\d\b)|上年|去年|上一年|前一年|从(?:19|20)\d\d年?(?!到)"
                         # ('头一年没办完转过来的': the year before, spoken)
                         + (r"|头一年(?=[^，,。？?]{0,8}?转)" if TUNING.year_before_spoken else ""))
TO_NEXT = re.compile(r"(?i:\b(?:to|into) (?:the )?(?:next|following|coming) year\b|\b(?:to|into) (?:19|20)\d\d\b)|"
                     r"下年|下一年|明年|次年|(?:结转|转|留|顺延|推)到(?:19|20)\d\d")
CARRIES = ("apply.carried_over", "apply.carried_forward")


def _by_direction(targets: list[Target], text: str) -> list[Target]:
    carried = [t for t in targets if t.row in CARRIES]
    if not carried:
        return targets
    before, after = bool(FROM_BEFORE.search(text)), bool(TO_NEXT.search(text))
    if before == after:
        return targets
    row = CARRIES[0] if before else CARRIES[1]
    out: list[Target] = []
    for t in targets:
        t = Target(t.table, row, t.column, t.row_group, t.column_group) if t.row in CARRIES else t
        if t not in out:
            out.append(t)
    return out


# A question asking month by month ('每个月分别收到多少', '哪个月最多', 'each month'): a breakdown the tables do not
# have; ordinary words of a month each, not an average over the year ('平均每个月', 'on average per month').
BY_MONTH = re.compile(r"(?<!平均)(?<!均)(?:每一?个?月|各个?月份?|逐月|分月份?|哪一?个?月|哪几个月)(?!均)|"
                      r"(?i:(?<!average )(?<!on average )\b(?:each|every|per) month\b|\bmonth by month\b|\bwhich months?\b|"
                      r"\bmonthly\b(?! average))")


# A part of a year ('上半年', '第三季度', '一季度', '7月份'): a report's year's figures are not its figures.
_PART_OF_YEAR = r"[上下]半年|前三季度|第?[一二三四1-4]季度|(?<![\d年])(?:[一二三四五六七八九十]{1,2}|\d{1,2})月份"
# … and, read so since the twenty-fourth round (month_of_year_asked), a month ('2024年12月收到的', '12月收到的'; the
# year may have been taken out of the text: not a day of it, '2024年12月31日', nor its end, '12月底', nor a month
# things run from, '3月起'; not after 截至 or 到, a date a count runs to)
# and a span of months short of the year ('1至6月', '1—6月', '前三个月'; not '1月至12月').
_MONTH_AFTER_YEAR = ("".join(rf"(?<!{w}{' ' * n})" for w in ("截至", "截止", "至", "到") for n in range(4)) +
                     r"(?<![\d年月日号〇零一二三四五六七八九十\-—–~～])(?:\d{4}\s*年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?"
                     r"(?![\d底末初]|[一二三四五六七八九十]{1,3}[日号]|\s*(?:至|到|[-—–~～]|起|以来|开始|之?前|之?后|以[前后]))")
_MONTH_SPAN = (r"(?<!\d)(?!1\s*月?\s*(?:至|到|[-—–~～])\s*12\s*月)(?!一月?(?:至|到)十二月)"
               r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月?\s*(?:至|到|[-—–~～])\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
               r"(?!\d{1,2}\s*日)|前[一二两三四五六七八九十\d]{1,2}个月")
PART_OF_YEAR = re.compile(_PART_OF_YEAR)
PART_OF_YEAR_WITH_MONTHS = re.compile(_PART_OF_YEAR + "|" + _MONTH_AFTER_YEAR + "|" + _MONTH_SPAN)


def part_of_year() -> re.Pattern:
    """What says a part of a year in a Chinese question (PART_OF_YEAR, with months said after the year and spans of
    months while month_of_year_asked is on)."""
    return PART_OF_YEAR_WITH_MONTHS if TUNING.month_of_year_asked else PART_OF_YEAR
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
EN_PART_OF_YEAR = re.compile(r"(?i:\b(?:first|second) half\b|\b(?:first|second|third|fourth) quarter\b|\bQ[1-4]\b)|"
                             rf"(?i:\b(?:in|during|for|of)\s+)(?P<month>{'|'.join(EN_MONTHS)})\b")
# A question asking by quarters or halves of the year ('上半年和下半年各收到多少', '一季度', 'in the first quarter', and
# '每季度', 'quarterly'): a breakdown the tables do not have; a clause stating one names its part of the year.
BY_SEASON = re.compile(PART_OF_YEAR.pattern + r"|(?:每个?|各个?)季度|(?i:\bquarters\b|\bquarterly\b|"
                       r"\b(?:first|second|third|fourth) quarter\b|\b(?:first|second) half\b|\bQ[1-4]\b)")
BY_SEASON_WITH_MONTHS = re.compile(BY_SEASON.pattern + "|" + _MONTH_AFTER_YEAR + "|" + _MONTH_SPAN +
                                   rf"|(?i:\b(?:in|during)\s+(?:{'|'.join(EN_MONTHS)})\b(?!\s+\d{{1,2}}\b))")
SEASON_SAID = BY_SEASON


# A question asking applicants by sex ('男性/女性各多少', 'how many were women'): a breakdown the tables do not have.
BY_SEX = re.compile(r"男性|女性|男的|女的|男女|性别|(?i:\bmen\b|\bwomen\b|\bmales?\b|\bfemales?\b|\bgender\b)")
# A question asking a body's figure split by places or units within it ('按区县来分', '按部门统计'): a breakdown the tables
# do not have (not a ranking of the bodies held, '哪个区收到的申请最多', nor '按照部门预决算…', which split nothing).
BY_PLACE = re.compile(r"按(?:照)?(?:各个?)?(?:区县|县区|地区|区域|乡镇|街道|部门|单位|辖区)(?:来|去)?(?:分|划分|区分|统计|看)")
# A question asking applicants by age ('60岁以上的申请人', '按年龄', 'applicants aged over 60'): a breakdown the tables do
# not have; a clause stating one says an age.
BY_AGE = re.compile(r"\d+\s*(?:周)?岁|年龄|(?i:\baged\b|\byears? old\b|\bage groups?\b|\bby age\b)")
AGE_SAID = re.compile(r"\d+\s*(?:周)?岁|年龄|(?i:\bage)")
# What a clause stating each such breakdown says: a month ('3月', not a day of it, '1月1日'), a sex.
MONTH_SAID = re.compile(r"(?<!\d)\d{1,2}月(?!\d{1,2}日)")
SEX_SAID = re.compile(r"男|女|(?i:\bm[ae]n\b|\bwom[ae]n\b|male)")
PLACE_SAID = BY_PLACE  # (a clause stating such a split says it is one)


def breakdowns_asked(text: str) -> list[re.Pattern]:
    """The breakdowns a question asks that the tables do not have (month by month, not an average of the year's
    months; by sex; by age), each as what a clause stating it says (MONTH_SAID, SEX_SAID, AGE_SAID)."""
    out = []
    if TUNING.by_sex_not_held and BY_SEX.search(text):
        out.append(SEX_SAID)
    if TUNING.by_age_not_held and BY_AGE.search(text):
        out.append(AGE_SAID)
    if TUNING.by_place_not_held and BY_PLACE.search(text):
        out.append(PLACE_SAID)
    if TUNING.by_season_not_held and (BY_SEASON_WITH_MONTHS if TUNING.month_of_year_asked else BY_SEASON).search(text):
        out.append(SEASON_SAID)
    if TUNING.by_month_not_held and BY_MONTH.search(text) and not re.search(
            r"平均|(?i:\baverage\b|\bon average\b|\bmean\b)", text):
        out.append(MONTH_SAID)
    return out


def plan_cells(text: str, language: str) -> CellPlan | None:
    """The cells a question asks about, or None when it names no row of a national table (or
    asks for a breakdown the tables do not have)."""
    if NOT_IN_THE_TABLES.search(text) or breakdowns_asked(text):
        return None
    fmt = national_format()
    terms = find_terms(text, language)
    rows = [t for t in terms if t.axis == "row"]
    columns = [t for t in terms if t.axis == "column"]
    if TUNING.receiving_verbs_yield and any(t.table != "apply" for t in rows):
        # a verb of receiving alone ('受理', '收到') names the requests' row only when no other table's thing
        # is named: '受理了多少件行政复议' asks the reconsiderations, '受理行政许可多少件' the licences
        rows = [t for t in rows if t.table != "apply" or REQUEST_WORDS.search(t.text)]
    # A phrase that fits several tables (as a row of one, or a column of another: 'pending' is
    # 结转下年度继续办理 of requests and 尚未审结 of reconsiderations) counts for the table the
    # question's other words name.
    tables = [t.table for t in rows if len({x.table for x in terms if x.start == t.start}) == 1]
    if not tables and columns and REQUEST_WORDS.search(text) and any(t.table == "apply" for t in columns):
        tables = ["apply"]
        rows = [Term("row", "apply", "apply.new", False, "", -1, -1)]
    if not tables:
        tables = [t.table for t in rows]
    if not tables:
        return None
    table = max(set(tables), key=lambda k: (tables.count(k), -tables.index(k)))
    rows = [t for t in rows if t.table == table]
    columns = [t for t in columns if t.table == table]
    if TUNING.included_in_bracket_unasked:
        # ('给公开了（含部分公开）的': what a bracket says is included in the thing before it is no thing asked alone —
        # 部分公开 had been read as the figure asked; the thing before, matched or not, is)
        inside = [m.span() for m in INCLUDED_SPAN.finditer(fold_spoken(text))]
        rows = [t for t in rows if not any(a <= t.start < b for a, b in inside)]
        if not rows:
            return None
    if TUNING.sum_word_not_the_total_column:
        columns = [t for t in columns if not _sum_word_after_columns(t, columns, text)]
    if any(t.text not in GENERIC_ROW_WORDS for t in rows):
        rows = [t for t in rows if t.text not in GENERIC_ROW_WORDS]
    # One phrase that is both a row of one format and a group of rows ('其他处理': one row in the
    # 2019 format, three in 2021) is the group, which covers both.
    group_spans = {(t.start, t.end) for t in rows if t.group}
    rows = [t for t in rows if t.group or (t.start, t.end) not in group_spans]
    # 'X（a加b）中，a占多少': a group of rows, then 里/中, then one of its rows: the row is asked, of the
    # group as its whole (the rows listed between, inside brackets, only spell the group out).
    whole_of: Term | None = None
    folded = fold_spoken(text)
    for term in [t for t in rows if t.group and fmt.tables[table].groups[t.key].rows]:
        members = _members(fmt, table, fmt.tables[table].groups[term.key])
        after = re.match(r"(?:[（(][^）)]*[）)])?[^，,。？?；;（(]{0,6}?(?:当中|之中|里面|里|中)[，,]?", folded[term.end:])
        if after is None:
            continue
        mark = term.end + after.end()
        later = [t for t in rows if not t.group and t.key in members and t.start >= mark]
        if later:
            whole_of = term
            rows = [t for t in rows if t.group or t.key not in members or t.start >= mark]
            break
    if TUNING.carried_unfinished_one:
        # ('从2023年转过来没办完的': the requests carried over from the year before are unfinished ones — 没办完 (未办结)
        # right after says what they are, no second row, 结转下年度; 452 + 9 + 7 had been given once 上年结转 was read)
        carried = [t for t in rows if t.key == "apply.carried_over"]
        rows = [t for t in rows if not (t.key == "apply.carried_forward" and re.search(r"未|没", t.text) and
                                        any(0 <= t.start - c.end <= 2 and not re.search(r"和|及|与|、|或", text[c.end:t.start])
                                            for c in carried))]
    if TUNING.examples_spell_group:
        # ('不予处理的申请（信访类、重复申请等各种情形）': members named as examples in a bracket after the group, with 等,
        # spell the group out; the group is asked, not its examples — 16 + 8 had been given for 28)
        for term in [t for t in rows if t.group and fmt.tables[table].groups[t.key].rows]:
            members = _members(fmt, table, fmt.tables[table].groups[term.key])
            bracket = re.match(r"[^，,。？?；;（(]{0,6}?[（(]([^）)]*(?:等|之类|这类|各种|各类)[^）)]*)[）)]", folded[term.end:])
            if bracket is None:
                continue
            inside = (term.end + bracket.start(1), term.end + bracket.end(1))
            rows = [t for t in rows if t.group or t.key not in members or not inside[0] <= t.start < inside[1]]
    # A group named with one of its members means the member.
    for term in [t for t in rows + columns if t.group]:
        members = _members(fmt, table, fmt.tables[table].groups[term.key])
        if any(not o.group and o.key in members for o in rows + columns):
            rows = [t for t in rows if t is not term]
            columns = [t for t in columns if t is not term]
    # One phrase that is both a row and a column of this table ('总计'): with a row named, it is
    # the column; alone, the row.
    row_keys = list(dict.fromkeys((t.key, t.group) for t in rows if not any(
        c.start == t.start for c in columns) or len(rows) == 1))
    if not row_keys:
        return None
    column_keys = list(dict.fromkeys((t.key, t.group) for t in columns
                                     if not any(r.start == t.start and (r.key, r.group) in row_keys for r in rows)))
    spec = fmt.tables[table]
    targets: list[Target] = []
    other_measure: list[str] = []
    for row, row_group in row_keys:
        allowed = set(spec.columns) if row_group else set(spec.columns_of(row))
        wanted = [(c, g) for c, g in column_keys if g or c in allowed]
        if not wanted:
            wanted = [(None, False)]
            # A column in another measure than any of the row's ('金额' of 行政处罚, whose cells
            # count decisions): the question asks a figure the row does not have, not its default.
            units = {(fmt.cell(f"{row}.{c}").unit if fmt.cell(f"{row}.{c}") else "件") for c in allowed}
            other_measure += [t.text for t in columns if not t.group and (t.key, t.group) in column_keys
                              and (spec.columns[t.key].unit or "件") not in units]
        for column, column_group in wanted:
            targets.append(Target(table, row, column or "", row_group, column_group))
    targets = _by_direction(targets, text)
    vague = ""
    reason = REASON.search(text)
    if reason and TUNING.reason_in_its_clause and language == "zh":
        # ('因为信息公开的事儿，被人申请复议的加上被告到法院的': a reason said in a clause of its own, before what is
        # asked, is why the whole was asked about — no reason of a group's rows; 行政诉讼 had been dropped from the sum)
        stop = re.search(r"[，,。？?；;]", text[reason.end():])
        if stop and all(t.start >= reason.end() + stop.start() for t in rows if t.group):
            reason = None
    if reason and not ALL_REASONS.search(text[reason.end():reason.end() + 6]):
        groups = [t for t in targets if t.row_group and fmt.tables[table].groups[t.row].rows]
        if groups and any(not t.row_group for t in targets):
            # 'refused because the information did not exist': the reason's row is asked, the
            # group word ('refused') only says it was not given.
            targets = [t for t in targets if t not in groups]
        elif groups:
            vague = groups[0].row  # '因为…而没有公开的' names one reason, not 不予公开 as a whole
    whole = None
    if whole_of is not None and targets:
        first = targets[0]
        whole = Target(table, whole_of.key, first.column, True, first.column_group)
    return CellPlan(table, targets, [t for t in terms if t.table == table], named_columns=bool(column_keys),
                    vague=vague, unmapped=list(dict.fromkeys(other_measure)), whole=whole)


def _sum_word_after_columns(term: Term, columns: list[Term], text: str) -> bool:
    """Whether a total column's term is the word of summing after two or more other columns ('维持和纠正的合计')."""
    from assistant.ask.operations import SUM

    if term.key != "total" or term.group or not any(m.start() <= term.start < m.end() for m in SUM.finditer(text)):
        return False
    return len({t.key for t in columns if t.key != "total" and t.end <= term.start}) >= 2


# A negation in a question that no schema phrase takes up narrows what it asks to something the
# tables may not hold ('没批下来的许可', '还没出结果的复议'); these are ordinary negations of Chinese
# and English, less the ones that only ask (有没有, 是不是) or compare.
NEGATION = re.compile(r"没有|没|未|尚未|不|无|非|(?i:\bnot\b|\bnever\b|\bwithout\b|n't\b)")
ASKING_NEGATION = re.compile(r"有没有|是不是|是否|会不会|能不能|对不对|多不多|不同|不少|不止|不到|不足|不超过|不包括|不含|不服|"
                             r"不算|无论|并不|(?i:\bnot counting\b|\bnot including\b)"
                             # (a question closed with 没有 asks yes or no: '翻了几倍没有？', '超过一千件了没？')
                             + (r"|(?:没有|没)(?=\s*[？?]|\s*$)" if TUNING.closing_not_asks else ""))
# A question asking how long, how much money or an average asks in another measure than the
# tables' counts (件): ordinary words of measure, not report wording. (Money is the 万元 of the fees
# row; a count row asked in money is another figure.)
OTHER_MEASURE = {
    "time": re.compile(r"几天|多少天|多少个?工作日|几个工作日|多长时间|多久|平均|(?i:\bhow long\b|\bdays\b|\baverage\b|\bon average\b)"),
    "money": re.compile(r"多少钱|多少元|几元|金额|费用|(?i:\bhow much money\b|\bmoney\b|\byuan\b|\bamount\b)"),
    # (whether answers came in time: the tables count outcomes, never how soon they came — '超过法定期限才答复的' is no
    # share of 办理结果总计)
    # (late only: a report may say in its prose what came in time, '均在法定期限内答复' — measured, 2026-12-07: reading
    # '按时', '期限内' too lost a report half's pass, counted only)
    "timeliness": re.compile(r"逾期|超期|超时|超过(?:了)?(?:法定)?(?:答复)?(?:期限|时限)|过了(?:法定)?(?:期限|时限)|"
                             r"(?i:\boverdue\b|\blate\b|\bpast the (?:statutory |legal )?(?:deadline|time limit))"),
}


def unmapped_qualifiers(text: str, language: str, plan: "CellPlan") -> list[str]:
    """The words of a question that narrow what it asks and that none of the planned cells
    understood: a negation no schema phrase took up, a measure the cells do not count in (days,
    an average, money for a count). Empty when the plan answers all of it."""
    folded = fold_spoken(text)
    taken, dropped = _negated_spans(text)
    out: list[str] = []
    # A negation the cells do not take up narrows a figure asked by default (a row's total, its
    # default column); with the columns named it only restates them ('还没审完、没出结果的').
    by_default = not plan.named_columns and not any(_negative(t) for t in plan.targets)
    found = find_terms(text, language)
    zh_spans = [(t.start, t.end) for t in found if t.start < 100_000]  # (an English term's positions are past 100 000)
    zh_asking = [(m.start(), m.end()) for m in ASKING_NEGATION.finditer(folded)]
    for m in NEGATION.finditer(folded):
        if m.group(0).isascii() or not by_default:
            continue
        if any(a <= m.start() < b for a, b in taken + zh_asking):
            continue
        out.append(re.split(r"[，,。？?！!；;、()（）]", folded[m.start(): m.start() + 6])[0])
    out += [phrase for axis, phrase in dropped if axis == "column" and by_default]
    if by_default and (language != "zh" or re.search(r"[a-z]{3}", folded)):
        stemmed = _stems(folded)
        en_taken = [(t.start - 100_000, t.end - 100_000) for t in found if t.start >= 100_000]
        asking = [(m.start(), m.end()) for m in ASKING_NEGATION.finditer(stemmed)]
        for m in NEGATION.finditer(stemmed):
            if m.group(0).isascii() and not any(a <= m.start() < b for a, b in en_taken + asking):
                out.append(_negation_said(m.group(0), text) or stemmed[m.start(): m.start() + 20])
    out += _unmapped_subset(text, language)
    if TUNING.column_named_unused and language == "zh" and plan.targets and not any(x.column_group for x in plan.targets):
        # ('行政处罚决定里，罚款金额最高的是多少': 金额 names the fees' column, no column of the penalties; the decisions
        # planned, 99571, had been given)
        used = {x.column for x in plan.targets}
        # (of the planned table only: applicants named of other tables' cells describe who is served, '向企业和群众收取的
        # 各种规费', '被老百姓告上法院的' — read as narrowing, four tune passes were lost)
        tables = {y.table for y in plan.targets}
        out += [x.text for x in found if x.start < 100_000 and x.axis == "column" and not x.group
                and x.key not in used and x.key != "total" and x.table in tables]
    if TUNING.review_result_unmapped and not plan.named_columns and language == "zh" and plan.targets and \
            all(x.table == "review" for x in plan.targets):
        # ('直接起诉的案件里，法院以其他方式结案的有几件', '…法院支持政府做法的有几件'): a result of the cases said in words no
        # column takes narrows the row's total, which had been given (21)
        out += [m.group(0) for m in REVIEW_RESULT.finditer(folded) if not any(a <= m.start() < b for a, b in zh_spans)]
    if TUNING.english_part_unmapped and language != "zh":
        out += _unmapped_part_en(text, {x.table for x in plan.targets})
    if TUNING.english_reason_unmapped and language != "zh":
        reason = EN_REASON.search(text)
        if reason and all(t.row_group or t.row.endswith(".total") or t.row in ("apply.new", "apply.carried_over")
                          for t in plan.targets):
            # ('… were turned down because what the applicant really wanted was an administrative records lookup'): a
            # reason the cells do not name narrows the figure asked; their total or the group's (all reasons) is not it
            said = text[reason.start():]
            # (whole words: 'because what the applicant wanted was re' had been said)
            out.append(said if len(said) <= 40 else said[:41].rsplit(" ", 1)[0])
    fmt = national_format()
    units = {_unit_of(fmt, t) for t in plan.targets}
    counts_money = bool(units) and all(u == "万元" for u in units)  # (the fees' amount: money asked is its measure)
    # (a measure taken up only by a term of another table than the plan's, '多少钱' as the fees' 金额 beside 行政诉讼,
    # measures nothing planned)
    measured = [(t.start, t.end) for t in found if t.start < 100_000 and t.table == plan.table] \
        if TUNING.measure_of_other_table else zh_spans
    for kind, pattern in OTHER_MEASURE.items():
        for m in pattern.finditer(folded):
            if any(a <= m.start() < b for a, b in measured):
                continue
            if kind == "money" and counts_money:
                continue
            if kind == "timeliness" and (not TUNING.timeliness_unmapped or any(
                    "逾期" in label for t in plan.targets for label in _labels(t))):
                continue  # (a row of the applicant's own delay, '申请人逾期不补正': '过了期限也没补' is it)
            out.append(m.group(0))
    if TUNING.measure_of_other_table and not counts_money:
        # (… and a fee named after the asking, '支付了多少律师费', '交了多少诉讼费')
        out += [m.group(0) for m in FEE_ASKED.finditer(folded) if not any(a <= m.start() < b for a, b in measured)]
    return list(dict.fromkeys(out))


# A fee asked by its name after the asking words ('多少律师费', '几元处理费').
FEE_ASKED = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,3}?费(?!用)")


def _negation_said(negation: str, text: str) -> str:
    """An English negation with the words after it as the question says them, up to four ('not counting ones carried
    over'), for a refusal to quote: the stemmed words ('not count ones carry') are no words a person reads."""
    if not TUNING.negation_quoted_whole:
        return ""
    m = re.search(r"(?i)\b" + re.escape(negation) + r"\b((?:\s+[\w'-]+){0,4})", text)
    return m.group(0).strip() if m else ""


# A reason an English question gives for what it counts ('because …', 'on the grounds that …', 'due to …').
EN_REASON = re.compile(r"(?i)\b(?:because|on the grounds?|due to|owing to|for the reason)\b")
# 'X里/中，Y的有多少': Y is a part of X. Ordinary Chinese of a part, not report wording.
WHICH = re.compile(r"哪一?[类种个项家些样]?|什么[类种样]?")  # 'which of them' asks the parts themselves
PARTITIVE = re.compile(r"(?:当中|之中|里面|里头|里|中)[，,]?")


def _unmapped_subset(text: str, language: str) -> list[str]:
    """The part of a figure a question asks for after 里/中 ('行政强制决定里，查封的有多少件') when
    no schema phrase names it: the figure before is not what is asked."""
    from assistant.ask.operations import WORDS_OF_OPERATIONS
    from assistant.ask.terms import QUESTION_WORDS, STOP_CHARS

    if language != "zh":
        return []
    folded = fold_spoken(text)
    terms = [t for t in find_terms(text, language) if t.start < 100_000]
    out = []
    for m in PARTITIVE.finditer(folded):
        if not any(0 <= m.start() - t.end <= 6 and not (TUNING.partitive_in_its_sentence and
                                                        re.search(r"[？?。！!]", folded[t.end:m.start()]))
                   for t in terms) or any(t.start <= m.start() < t.end for t in terms):
            continue
        end = re.search(r"[？?。；;！!]|$", folded[m.end():]).start() + m.end()
        if any(m.end() <= t.start < end for t in terms):
            continue
        segment = folded[m.end():end]
        rest = WHICH.sub(" ", WORDS_OF_OPERATIONS.sub(" ", QUESTION_WORDS.sub(" ", segment)))
        words = [ch for ch in rest if "\u4e00" <= ch <= "\u9fff" and ch not in STOP_CHARS]
        if len(words) >= 2:
            out.append(segment.strip(" ，,"))
    return out


# Words of how a case ended ('结案', '以其他方式了结', '支持政府', '判决'): ordinary Chinese of a result, for the columns of the
# reconsideration and lawsuit table.
REVIEW_RESULT = re.compile(r"了结|判决|裁定|裁决|支持|维持|驳回|纠正|撤销|败诉|胜诉|打赢|打输|赢了|输了|其他方式")
# 'Of <a whole>, how many <were …>': the part asked of the whole, in English.
EN_PART_OF = re.compile(r"(?i)^\s*(?:of|among|out of)\s+(?:the|all|those|its)?\b[^,?]+,\s*how many\b(?P<part>[^?]*)")
# Words of an English part that say no kind of its own: what is counted and how it came in ('were filed', 'did they get').
EN_PART_FRAME = frozenset("""file filed submit submitted lodge lodged send sent receive received come came they them those ones
one such request requests application applications case cases item items it its""".split())


def _unmapped_part_en(text: str, tables: set[str] = frozenset()) -> list[str]:
    """The part an English question asks of a whole ('Of the requests … received in 2024, how many were filed by
    foreign nationals?') when no schema phrase of the ``tables`` planned names it: the whole is not what is asked
    ('Of the reconsideration cases …, how many were brought by commercial enterprises?': enterprises are a column of
    the requests table, not of the cases)."""
    from assistant.ask.terms import EN_STOP

    m = EN_PART_OF.match(text)
    if not m:
        return []
    terms = find_terms(m.group("part"), "en")
    if terms and (not tables or not TUNING.english_part_of_another_table or any(x.table in tables for x in terms)):
        return []
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", m.group("part"))
             if w.lower() not in EN_STOP and w.lower() not in EN_PART_FRAME]
    return [m.group("part").strip()] if words else []


# 'in full or in part' disclosed ('全部或部分公开', '全部或者部分给公开了的'): the format's two outcomes 予以公开 and 部分公开.
EITHER_OUTCOME = re.compile(r"(?:全部|完全|全部地)(?:或者|或是|或|和|及)(?:部分)(?:给|被|予以)?公开")


def outcomes_spelled(question: str) -> str:
    """A question with 'in full or in part' disclosed said as the format's two outcomes ('予以公开和部分公开'), which a
    sum or share of them reads."""
    return EITHER_OUTCOME.sub("予以公开和部分公开", question)


def _labels(target: "Target") -> list[str]:
    """The format's Chinese labels of a target's row (or group of rows, with a row its parents) and column."""
    table = national_format().tables[target.table]
    labels: list[str] = []
    if target.row_group:
        labels += table.groups[target.row].zh
    elif target.row in table.rows:
        labels += [*table.rows[target.row].zh, *table.rows[target.row].parent]
    if target.column_group:
        labels += table.groups[target.column].zh
    elif target.column in table.columns:
        labels += table.columns[target.column].zh
    return labels


def _negative(target: "Target") -> bool:
    """Whether a cell's own labels say what was not done (不予公开 and its rows, 无法提供, 不予处理,
    未办结, 尚未审结, 不掌握): a negation in the question then restates the cell ('因为涉及内部事务
    而没给公开')."""
    return any(NEGATION.search(name_of(x)) for x in _labels(target))


def _unit_of(fmt: NationalFormat, target: "Target") -> str:
    """The measure of the cells a target asks for: its cell's, else its row's first column's (件 for
    a group of rows, whose cells count requests or cases)."""
    if target.row_group:
        return "件"
    spec = fmt.cell(f"{target.row}.{target.column}") or fmt.cell(f"{target.row}.total")
    if spec is None:
        table = fmt.tables[target.table]
        columns = table.columns_of(target.row) if target.row in table.rows else []
        spec = next((c for c in (fmt.cell(f"{target.row}.{k}") for k in columns) if c is not None), None)
    return spec.unit if spec is not None else "件"


# A part of a question asks for a figure when it has a question word for one.
FIGURE_QUESTION = re.compile(r"多少|几[件条个场期项次家人名起]?|(?i:\bhow (?:many|much)\b)")


def _asks_more(part: str) -> bool:
    """Whether a part that names no cell still asks for something: a figure question word, and
    words left once question words and the vocabulary of arithmetic are taken out ('有多少件？'
    and '各是多少？' only go on asking the part before; '最后给公开了几件？' asks another figure)."""
    from assistant.ask.operations import WORDS_OF_OPERATIONS
    from assistant.ask.terms import QUESTION_WORDS, STOP_CHARS

    if not FIGURE_QUESTION.search(part):
        return False
    if TUNING.operations_before_question_words:
        # ('比 多出几件？': the difference's words whole before the question's 几件 is taken out of them)
        part = WORDS_OF_OPERATIONS.sub(" ", part)
    rest = WORDS_OF_OPERATIONS.sub(" ", QUESTION_WORDS.sub(" ", part))
    # (a measure of money or people after the question word asks nothing more: '差了多少万元？')
    rest = re.sub(r"万元|亿元|人次", " ", rest)
    if re.search(r"[a-z]{3}", rest, re.I) and not re.search(r"[\u4e00-\u9fff]", rest):
        words = [w for w in re.findall(r"[a-z]+", rest.lower()) if len(w) > 3 and w not in _EN_ASKING]
        return len(words) >= 1
    return len([ch for ch in rest if "\u4e00" <= ch <= "\u9fff" and ch not in STOP_CHARS]) >= 2


_EN_ASKING = {"many", "much", "what", "which", "were", "there", "does", "have", "that", "this", "then", "about",
              "their", "they", "those", "these", "with", "from", "also", "each", "year", "number"}


# A headline-like sentence first, asking nothing ('线上唱主角？', '处罚大幅下降？'), before a sentence that asks.
# (no headline: a sentence asking whether, '有没有行政复议？', '是不是…？')
HEADLINE = re.compile(r"^(?:(?!多少|几|哪|什么|谁|是否|比例|占|呢|吗|有无|([\u4e00-\u9fff])[不没]\1)[^？?。！!，,]){2,12}"
                      r"[？?](?=.*(?:多少|几|哪|什么|谁|是否|比例|占))")


def without_headline(text: str) -> str:
    """The question with a headline-like sentence before it blanked (same length: positions hold)."""
    return HEADLINE.sub(lambda m: " " * len(m.group(0)), text) if TUNING.headline_asks_no_cell else text


def plan_question(text: str, language: str) -> tuple[CellPlan | None, list[str]]:
    """The cells of a question that may ask several things ('…提了多少件申请？最后给公开了几件？'):
    each sentence planned on its own, a sentence naming only a column taking the rows of the one
    before ('其中自然人多少？'), a sentence naming only rows the columns of the one before; and the
    sentences that ask for a figure no cell holds, to be said unanswered (never dropped). A
    question of one sentence, or whose sentences name cells of different tables, is planned whole."""
    from assistant.ask.operations import NONZERO

    text = NONZERO.sub(" ", text)  # (which bodies are ranked, no cell: '（零件的不算）')
    if language == "zh":
        # ('处罚大幅下降？青溪市…行政处罚决定数比2022年少了多少件？': a headline before the question asks nothing — its
        # 处罚 had been read as a second naming of the one cell, and the question refused)
        text = without_headline(text)
    plan, parts = _plan_question(text, language)
    if plan is not None:
        plan.unmapped = list(dict.fromkeys(plan.unmapped + unmapped_qualifiers(text, language, plan)))
        parts = parts + [p for p in _coordinated_without_cells(text, language) if p not in parts]
    return plan, parts


def _coordinated_without_cells(text: str, language: str) -> list[str]:
    """The parts of one predicate asked of several subjects ('主动公开的信息和收到的申请分别是多少')
    that name no phrase of the schema and still ask a figure: the tables answer the others only."""
    from assistant.ask.terms import split_coordinated

    if language != "zh":
        return []
    out = []
    for sentence in (p for p in re.split(r"[？?；;]", text) if p.strip()):
        for part in split_coordinated(sentence):
            if not find_terms(part, language) and _asks_more(part):
                out.append(part.strip())
    return out


def _plan_question(text: str, language: str) -> tuple[CellPlan | None, list[str]]:
    whole = plan_cells(text, language)
    sentences = [p.strip() for p in re.split(r"[？?；;]", text) if p.strip()]
    if len(sentences) < 2 or NOT_IN_THE_TABLES.search(text):
        return whole, []
    plans: list[CellPlan] = []
    unmapped: list[str] = []
    for sentence in sentences:
        plan = plan_cells(sentence, language)
        previous = plans[-1] if plans else None
        if plan is None and previous is not None:
            # ('两年合计多少？': the total column's words are also words of a sum: an operation on
            # the figures before, not another column of theirs)
            columns = [t for t in find_terms(sentence, language)
                       if t.axis == "column" and t.table == previous.table and t.key != "total"]
            if columns:
                keys = list(dict.fromkeys((t.key, t.group) for t in columns))
                rows = list(dict.fromkeys((t.row, t.row_group) for t in previous.targets))
                plan = CellPlan(previous.table, [Target(previous.table, r, c, rg, cg) for r, rg in rows for c, cg in keys],
                                columns, named_columns=True)
        if plan is None:
            if _asks_more(sentence):
                unmapped.append(sentence)
            continue
        if previous is not None and plan.table == previous.table and not plan.named_columns and previous.named_columns \
                and _elliptical(sentence, language):
            columns = list(dict.fromkeys((t.column, t.column_group) for t in previous.targets))
            plan = CellPlan(plan.table, [Target(plan.table, t.row, c, t.row_group, cg)
                                         for t in plan.targets for c, cg in columns], plan.terms, named_columns=True)
        plans.append(plan)
    if not plans or len({p.table for p in plans}) > 1 or (len(plans) == 1 and not unmapped):
        return whole, []
    targets = list(dict.fromkeys(t for p in plans for t in p.targets))
    merged = CellPlan(plans[0].table, targets, [t for p in plans for t in p.terms],
                      named_columns=any(p.named_columns for p in plans), vague=next((p.vague for p in plans if p.vague), ""))
    return merged, unmapped


def _elliptical(sentence: str, language: str) -> bool:
    """Whether a sentence naming rows says nothing else ('规范性文件呢'), and so goes on asking the
    columns of the one before; one with words of its own ('现在还管用的规章一共有几部') asks its own."""
    from assistant.ask.operations import WORDS_OF_OPERATIONS
    from assistant.ask.terms import QUESTION_WORDS, STOP_CHARS

    if language != "zh":
        return True
    folded = fold_spoken(sentence)
    for t in sorted((t for t in find_terms(sentence, language) if t.start < 100_000), key=lambda t: -t.start):
        folded = folded[: t.start] + " " * (t.end - t.start) + folded[t.end:]
    rest = WORDS_OF_OPERATIONS.sub(" ", QUESTION_WORDS.sub(" ", folded))
    if TUNING.sequel_words_elliptical:
        rest = SEQUEL.sub(" ", rest)  # ('最后给公开了几件': what became of the same requests)
    return len([ch for ch in rest if "\u4e00" <= ch <= "\u9fff" and ch not in STOP_CHARS]) < 2


# Words telling what came of the things just asked ('…提了多少件申请？最后给公开了几件？'): ordinary Chinese of sequence.
SEQUEL = re.compile(r"最后|最终|后来|然后|接着|那么")


def plan_text_part(text: str, language: str) -> tuple[CellPlan, list[str]] | None:
    """A question naming a breakdown the tables do not have inside a figure they do hold
    ('新收申请中到受理窗口当面提交的占多少'): the plan of the figure the tables hold (one cell) and
    the words naming the part, which only the report's text can state. None otherwise."""
    words = list(dict.fromkeys(m.group(0) for m in NOT_IN_THE_TABLES.finditer(text)))
    if not words:
        return None
    plan = plan_cells(NOT_IN_THE_TABLES.sub(" ", text), language)
    if plan is None or len(plan.targets) != 1:
        return None
    if language != "zh":
        # the words the report's Chinese text uses for the English ones (glossary; 'online' and
        # 'walk-in' are not glossary terms on their own)
        from assistant.ask.glossary import chinese_terms

        words = list(dict.fromkeys(z for w in words for z in (
            chinese_terms(w) or _PART_IN_CHINESE.get(re.sub(r"[^a-z]", "", w.lower()), [w]))))
    return plan, words


# How requests came in, named in English, in the Chinese a report's text says it with (the
# breakdowns of NOT_IN_THE_TABLES the glossary has no term of their own for).
_PART_IN_CHINESE = {"online": ["网上", "网络", "在线"], "walkin": ["当面", "窗口"]}
