"""The extractive composer: no LLM. It picks the clause(s) or table cell(s) that answer and quotes
them with their figures, or says the reports do not answer. Pure functions.

Matching is by Chinese character bigrams weighted by how rare they are in the reports the
question is about: a clause that shares the question's rare words (行政处罚, 信访举报) outranks
one that shares only the words every report repeats (政府信息公开). A question whose rare words
occur nowhere near a figure is refused.
"""

from __future__ import annotations

import math
from functools import lru_cache
import re
from collections import Counter
import dataclasses
from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from assistant.zh.figures import extract_figures
from assistant.ask.bodies import EN_GENERIC as EN_SKIP
from assistant.ask.dictionary import translations
from assistant.ask.glossary import TERMS as GLOSSARY_TERMS, chinese_alternatives, other_wordings, unmatched
from assistant.ask.terms import (ASKS_WORDS, compounds_of, EN_STOP, PUT_OUT, QUESTION_WORDS, STOP_WORDS, bigrams,
                                 english_without_names, english_words, focus_text, question_terms, split_questions,
                                 terms_of, with_alternatives)
from assistant.ask.injection import disarm, planted
from assistant.ask.operations import PRECISION, YEAR_BEFORE, YEAR_BEFORE_WORDS
from assistant.ask.cells import (ASKER, ASKING_VERB, PUBLIC_WORDS, CHANNEL_FRAME, EN_MONTHS, EN_PART_OF_YEAR, MONTH_SAID, PART_OF_YEAR, SEASON_SAID, part_of_year, breakdowns_asked, REQUEST_CHANNELS, REQUESTS_ASKED, asked_channels, channel_parts_only, find_terms,
                                 names_channel, says_channel)
from assistant.ask.outlets import (FAMILIES, OUTLET_WORDS, PUBLISHING, QUOTED_SITE, another_outlet, named_nowhere, outlets_in,
                                   words_to_put)
from assistant.ask.outlets import reworded as outlet_words
from assistant.ask.said_otherwise import said_by, said_in_wordings, unsaid, words
from assistant.ask.tuning import TUNING
from assistant.model import Passage
from assistant.national.schema import format_words, label_words, wordings
from assistant.national.sections import section_topics_in
from assistant.zh.clauses import clauses


@dataclass
class Unit:
    """A piece of a passage that can answer: a prose clause or one table cell."""

    passage: Passage
    rank: int  # retrieval rank of the passage
    match_text: str  # what is matched against the question
    quote: str  # what the answer states
    figures: list[str]
    is_cell: bool = False
    value: str = ""
    row: str = ""
    column: str = ""
    score: float = 0.0
    covered: set[str] = field(default_factory=set)
    lead: str = ""  # the clause before this one in its sentence: often what the figure is about
    lexical: float = 0.0  # the score from shared words alone
    sim: float = 0.0  # the embedder's cosine between the question and this unit (0 when not asked)
    counted_in: tuple[str, ...] = ()  # the measure word of each of a clause's figures ('条', '个')
    cut: bool = False  # the passage's text ends inside this unit's sentence
    before: tuple[str, ...] = ()  # the clauses before this one in its sentence (the lead clause, or all)
    before_counted: tuple[str, ...] = ()  # … and the measure words of its figures
    lead_said: float = 0.0  # the share of the question's weight the lead quoted with it says beyond its score

    @property
    def quoted_lexical(self) -> float:
        """The lexical score with the words of the lead quoted with the clause (lead_covers)."""
        return self.lexical + self.lead_said

    @property
    def in_context(self) -> str:
        """The clause with its section's title and the clauses before it in its sentence: where a word it is
        said with (a way in, an outcome, a part of the year) may stand."""
        return self.passage.section + "".join(self.before) + self.match_text


# '…等6部分' / '六个部分组成': a count of the report's own parts, never a figure asked about.
STRUCTURE_COUNT = re.compile(r"\s*个?(?:部分|章|节)")


# 国办公开办函〔2021〕30号, 国令第711号, 宁政办公开办函[2023]2号: names of documents.
# ('国办公开办函﹝2021﹞30号': the year in any of the brackets document numbers are written with)
DOCUMENT_NUMBER = re.compile(r"[〔\[［(（﹝【〖]\s*\d{4}\s*[〕\]］)）﹞】〗]\s*第?\d+\s*号|第\s*\d+\s*号")


def _in_document_number(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in DOCUMENT_NUMBER.finditer(text))


def _table_cells(passage: Passage) -> list[tuple[str, str, str]]:
    """(row, column, value) of a table-row passage 'row · col: value; col: value'."""
    row, sep, rest = passage.text.partition(" · ")
    if not sep:
        return []
    cells = []
    for item in rest.split("; "):
        column, colon, value = item.rpartition(": ")
        if colon:
            cells.append((row, column, value))
    return cells


def _unasked_qualifiers(column: str, terms: set[str]) -> int:
    """Column headings the question does not mention ('未经复议直接起诉' when it asks for all
    lawsuits): such a cell is a part of what is asked, not the whole."""
    parts = [p for p in column.split(" > ") if p and not re.fullmatch(r"总计|合计|小计", p)]
    return min(2, sum(1 for p in parts if not (bigrams(p) | english_words(p)) & terms))


def units_of(passages: list[Passage], with_words: bool = False, separate_counts: bool = False) -> list[Unit]:
    """The units of the passages; ``with_words``: also the prose clauses that state no figure, for
    a question whose answer is words (who, what, where); ``separate_counts``: a short clause
    counting a thing of its own is a unit of its own (zh.clauses), for arithmetic."""
    units: list[Unit] = []
    for rank, passage in enumerate(passages):
        if passage.kind == "table":
            if passage.facts:
                continue  # a row of a national table: its cells are answered from the facts, by key
            for row, column, value in _table_cells(passage):
                figures = [f.raw for f in extract_figures(value)]
                if figures:
                    units.append(Unit(passage, rank, f"{row} {column}", passage.text, figures,
                                      is_cell=True, value=value, row=row, column=column))
            continue
        lead, lead_counted, before, before_counted = "", (), (), ()
        trusted = _trusted_clauses(passage.text, separate_counts)
        for n, clause in enumerate(trusted):
            found = _figures(clause)
            if found:
                units.append(Unit(passage, rank, clause, clause, [f.raw for f in found], lead=lead,
                                  counted_in=_counted_in(clause, found),
                                  before=before if TUNING.lead_sentence else ((lead,) if lead else ()),
                                  before_counted=before_counted if TUNING.lead_sentence else lead_counted,
                                  cut=n == len(trusted) - 1 and _broken_off(passage.text)))
            ends = clause.endswith(("。", "！", "？", "\n"))
            lead = "" if ends else clause
            lead_counted = _counted_in(clause, found) if lead else ()
            if ends:
                before, before_counted = (), ()
            elif re.search(r"[；;]", clause):  # '…情况；重大建设项目方面，': a new part of the sentence
                piece = re.split(r"[；;]", clause)[-1]
                before = (piece,) if piece else ()
                before_counted = _counted_in(piece, _figures(piece))
            else:
                before, before_counted = before + (clause,), before_counted + _counted_in(clause, found)
        if with_words:
            units += _word_units(passage, rank)
    return units


# The rest of a breakdown ('其他主动公开内容1条', '公开其他信息15条'), not 'A及其他…' or 'A等其他…'
# (which take the rest in); a question saying 其他 or 'other' asks for it.
REMAINDER = re.compile(r"(?<![及和与、等或])其[他它]")
OTHER_ASKED = re.compile(r"其[他它]|(?i:\bother)")


def _negated(text: str) -> bool:
    """Whether a question's Chinese negates the outcome it asks about ('不给公开的', '没受理的'), not
    only asks (有没有, 是否), describes ('上年没办完结转过来的') or names a title holding 未."""
    from assistant.ask.cells import ASKING_NEGATION

    text = re.sub(r"《[^》]*》|“[^”]*”", " ", text)
    asking = [(m.start(), m.end()) for m in ASKING_NEGATION.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in asking) for m in NEGATED_OUTCOME.finditer(text))


# A negated outcome of a request or a disclosure: 不给公开, 不予公开, 未公开, 没受理, 不同意.
NEGATED_OUTCOME = re.compile(r"(?:不|没有?|未)(?:给|予|公开|提供|批|同意|受理|答复|回复)|"
                             # … or the way it went out ('不是通过网站、直播平武这些线上平台发的': the rest)
                             r"(?:不是|并非|没有?|不)(?:通过|经由|在|从|到)")


def _remainder(unit: Unit) -> bool:
    """Whether a clause counts the rest of a breakdown: 其他 before its first figure."""
    first = extract_figures(unit.match_text)
    head = unit.match_text[:first[0].start] if first else unit.match_text
    return bool(REMAINDER.search(head))


def _figures(clause: str) -> list:
    """The figures a clause states: not its years, a count of the report's parts or a document's number."""
    return [f for f in extract_figures(clause) if f.unit != "年" and not STRUCTURE_COUNT.match(clause, f.end)
            and not _in_document_number(clause, f.start, f.end)]


def same_unit(a: Unit, b: Unit) -> bool:
    """One clause, found twice (by two parts of a question): said once, and never added to itself."""
    return a is b or (a.passage.id == b.passage.id and a.match_text == b.match_text and a.column == b.column)


def measure_word(fig, text: str) -> str:
    """The measure word of a figure of ``text``: '条' of '80余条' (the figure reader's unit is 余)."""
    unit = fig.unit
    if unit in ("余", "多"):
        m = re.match(r"[余多]([\u4e00-\u9fff])", text[fig.end:])
        unit = m.group(1) if m else ""
    return unit


def _counted_in(clause: str, found: list) -> tuple[str, ...]:
    """The measure word of each figure, '种' included ('5种公开申请渠道' counts kinds, not requests;
    the figure reader leaves 种 out of its measure words, '一种' being an article as often)."""
    # (TUNING.approximate_measure: '250余条' counts in 条; else in 余, no kind of thing)
    return tuple((measure_word(f, clause) if TUNING.approximate_measure else f.unit)
                 or ("种" if clause.startswith("种", f.end) else "") for f in found)


def _broken_off(text: str) -> bool:
    """Text that stops inside a sentence: no closing punctuation, or an open 《 or “."""
    return not re.search(r"[。！？!?；;：:）)”》]\s*$", text) or text.count("《") > text.count("》")


def _word_units(passage: Passage, rank: int) -> list[Unit]:
    """The sentences of a passage that state no figure, whole (the subject and what is said of it
    are often two clauses: '成立…领导小组，由…任组长'), for a question whose answer is words; not
    the report's outline (a sentence naming three of the six sections)."""
    out = []
    pieces = re.split(r"(?<=[。！？!?；;\n])", passage.text)
    for n, sentence in enumerate(pieces):
        sentence = sentence.strip()
        if not 6 <= len(sentence) <= 160 or planted(sentence) or section_topics_in(sentence) >= 3:
            continue
        cut = n == len(pieces) - 1 and _broken_off(sentence)
        if not _states_figure(sentence):
            out.append(Unit(passage, rank, sentence, sentence, [], cut=cut))
        elif TUNING.words_beside_figures:
            # a sentence that also states figures: its clauses that state none ('…38家单位编制…目录，
            # 新增“食品安全”、“法律服务”等专栏，…')
            parts = clauses(sentence)
            for i, part in enumerate(parts):
                if len(part) >= 6 and not _states_figure(part):
                    out.append(Unit(passage, rank, part, part, [], cut=cut and i == len(parts) - 1))
    return out


def _states_figure(text: str) -> bool:
    return any(f.unit != "年" and not _in_document_number(text, f.start, f.end) for f in extract_figures(text))


def _trusted_clauses(text: str, separate_counts: bool = False) -> list[str]:
    """The clauses of a passage, leaving out every sentence that gives its reader instructions
    (a planted prompt is no source of figures: assistant/ask/injection.py)."""
    out: list[str] = []
    for sentence in re.split(r"(?<=[。！？!?\n])", text):
        if sentence.strip() and not planted(sentence):
            out += clauses(sentence, separate_counts)
    return out


class TermStats(NamedTuple):
    """The document frequencies of the composer's terms over the passages of the reports asked
    about, their number, and (when known) the frequencies over every report held: a word no held
    report uses is the asker's own wording, not a thing some report states and this one does not."""

    df: Counter
    n: int
    everywhere: object = None  # term → passages of the whole index holding it (.get), or None


def idf_weights(corpus: list[str], everywhere=None) -> TermStats:
    df: Counter = Counter()
    for text in corpus:
        df.update(terms_of(text))
    return TermStats(df, len(corpus), everywhere)


@dataclass
class Composition:
    answered: bool
    units: list[Unit]
    coverage: float
    note: str = ""
    unstated: list[str] = field(default_factory=list)  # parts of the question the report does not answer


def not_stated(missing: list[str]) -> str:
    """Why a question is refused, in the language of the words it misses."""
    if any(not t.isascii() for t in missing) or not missing:
        return "检索到的报告段落没有说明这一点" + (f"（未涉及：{'、'.join(missing)}）。" if missing else "。")
    return f"The retrieved passages do not state this (nothing on {', '.join(missing)})."


# Words of how a question asks, not of what it asks about ('百分之几', '保留一位小数', 'Give a percentage to one decimal').
ASKING_WORDS = re.compile(r"百分之|百分比|百分|比例|占比|比重|几成|保留|小数|一位|多少|请问|知道|(?i:give|tell|all|percentage|"
                          r"percent|share|proportion|decimal|places?|one|please|about|figure|number)")


def readable(terms: list[str], text: str) -> list[str]:
    """The question's own words for matching terms, as a person reads them: the longest jieba word
    of ``text`` holding a pair of characters ('图书馆' for 书馆, '第二十条' for 十条), the whole
    English word for a stem ('disclosed' for disclo); each word once."""
    import jieba

    jieba.setLogLevel(60)
    words = sorted({w for w in jieba.cut_for_search(text) if len(w.strip()) > 1} |
                   {w for w in jieba.cut(text) if len(w.strip()) > 1}, key=lambda x: (-len(x), x))
    english = re.findall(r"[A-Za-z][A-Za-z\-]+", text)
    out: list[str] = []
    for term in terms:
        if term.isascii():
            word = next((w for w in english if w.lower().startswith(term)), term)
        else:
            word = next((w for w in words if term in w), term)
        if word not in out and not any(word in o for o in out):
            out.append(word)
    return _joined(out, text)


def _joined(found: list[str], text: str) -> list[str]:
    """Words of ``found`` that touch in ``text`` as one ('被点', '开看' → 被点开看: jieba's pieces of
    a phrase it does not know), in the order of their first piece."""
    spans = {w: (text.find(w), text.find(w) + len(w)) for w in found if not w.isascii() and w in text}
    out: list[str] = []
    taken: set[str] = set()
    for word in found:
        if word in taken:
            continue
        if word not in spans:
            out.append(word)
            continue
        start, end = spans[word]
        grown = True
        while grown:
            grown = False
            for other, (a, b) in spans.items():
                if other not in taken and other != word and a <= end and b >= start and (a, b) != (start, end) and \
                        not (TUNING.words_of_the_dictionary_apart and (a == end or b == start)
                             and _a_word(other) and _a_word(text[start:end])):
                    start, end, grown = min(start, a), max(end, b), True
                    taken.add(other)
        taken.add(word)
        out.append(text[start:end])
    return list(dict.fromkeys(out))


def _a_word(text: str) -> bool:
    """Whether jieba's dictionary holds ``text`` as a word ('加上', '手机'; not '被点', '开看')."""
    import jieba

    return jieba.dt.FREQ.get(text, 0) > 0


Similarity = Callable[[str, list[str]], list[float]]  # (question, unit texts) → cosines


def counts_one_by_one(op) -> bool:
    """Whether a question's operation (operations.Operation) asks for arithmetic over figures (a
    sum, a change, a comparison, a ranking, an average), whose operands are read one by one
    (TUNING.separate_counts: a short clause counting a thing of its own is a unit of its own)."""
    return TUNING.separate_counts and (op.sum or op.change or op.compare or op.rank or op.mean)


def choose_units(question: str, names: list[str], language: str, passages: list[Passage],
                 stats: TermStats, similarity: Similarity | None = None,
                 separate_counts: bool | None = None, figures_only: bool = False,
                 given_unasked: bool = False, measure: str | None = None, meaning_alone: bool = False) -> Composition:
    """The units that answer the question, best first; none when the support is too weak.
    ``stats`` are the document frequencies (``idf_weights``) of the reports asked about.

    A question that asks several things (two sentences, or 'A和B分别…') is answered part by
    part, each part held to the same standard; if any part fails, the whole question is
    composed as one.

    ``separate_counts``: read a short clause counting a thing of its own as a unit of its own
    (units_of); None: when the question asks for arithmetic (a sum, a change, a comparison, a
    ranking), whose operands are figures one by one. ``figures_only``: a figure is wanted whatever
    the question's wording ('which handled more…' read in each report), never a clause of words.
    ``given_unasked``: a question as a person asked it (not a reading made of one), whose figures
    it gives are not its answer ('那2件依申请公开，最后有几件是全部公开的'). ``measure``: the measure word the
    thing is counted in, when the question read is a piece of another that says it ('<A>有多少', of '…一共多少条')."""
    if separate_counts is None:
        from assistant.ask.operations import operation_of

        separate_counts = counts_one_by_one(operation_of(question))
    if TUNING.next_year_said and language == "zh":
        question = _next_year_said(question, {p.year for p in passages if p.year})
    if TUNING.part_phrase_first:
        # ('信息里，属于审计公开的', '信息，其中是重点领域方面的有多少条': the part, said by no 属于; 里面 and 其中 said as 里
        # and 中, which no question word takes away)
        question = PART_BELONGS.sub(lambda m: ("里" if "里" in (m.group("in") or "") else "中")
                                    + (m.group("comma") or m.group("comma2") or ""), question)
    focus = focus_text(question, names, language)
    if TUNING.finished_in_format and language == "zh":
        from assistant.ask.cells import finished_in_format

        focus = finished_in_format(focus)  # ('办完了多少件' in the reports' 已办结18)
    if TUNING.locative_apart and language == "zh":
        # ('在网站上发了多少条': the 上 of where, not jieba's word 上发 with the verb after it)
        focus = LOCATIVE_BEFORE_VERB.sub("上 ", focus)
    if language == "zh":
        # ('老百姓来找它要材料的请求', '讨要资料请求', '开口要政府资料的事'): asking the government for its information in
        # everyday words is the format's 申请 (a request for disclosure)
        focus = _asker_unsaid(focus, " 申请 ")  # (who asks, the public '老百姓来找它…', is no word of what is counted)
    if TUNING.unasked_is_proactive and language == "zh":
        # ('没人来要就自己放出来的', '没等人来问就自己晒出来的'): put out with no one asking is the format's 主动公开
        focus = UNASKED_PUT.sub(" 主动 ", focus)
    if TUNING.outward_unsaid and language == "zh":
        # ('主动对外公开的政府信息': 对外 of a verb of putting out says only that it was put out, as the verb does)
        focus = OUTWARD.sub(" ", focus)
    if TUNING.colloquial_publishing and language == "zh":
        focus = PUT_OUT.sub(" ", focus)  # ('晒出来', '往外推了': no report's words)
    if TUNING.left_out_unasked and language == "zh":
        # ('（不算2003年以来的累计）': what the question leaves out is no word of what it asks)
        from assistant.ask.operations import LEFT_OUT_SPAN

        focus = LEFT_OUT_SPAN.sub(" ", focus)
    # (how precisely to state a figure, '保留一位小数', is no part of what is asked)
    if TUNING.precision_unasked:
        focus = PRECISION.sub(" ", focus)
    if TUNING.bound_check_no_part and language == "zh":
        focus = BOUND_CHECK.sub(" ", focus)  # (nor is a check of it against a figure given, '有没有超过一万元')
    # (a part of the question naming no outlet asks of the one the question names: '…微信公众号里，
    # 发布信息数量排第二的是谁？发了多少条？')
    outlets = outlets_in(focus)
    if language == "zh":
        from assistant.ask.cells import without_headline

        # ('线上唱主角？…': a headline asks nothing, is no part left unanswered)
        asked = focus_text(without_headline(question), names, language, keep_question_words=True)
        parts = split_questions(PRECISION.sub(" ", PUT_OUT.sub(" ", asked) if TUNING.colloquial_publishing else asked))
        if TUNING.comma_asks_apart:
            parts = [piece for part in parts for piece in asks_apart(part)]
        if TUNING.bound_check_no_part and len(parts) > 1:
            # ('…收了多少钱的费用？有没有超过一万元？': a check of the figure asked against one it gives asks no figure of
            # its own; the answer's figure answers it)
            parts = [part for part in parts if not BOUND_CHECK.fullmatch(part.strip())] or parts
        if len(parts) > 1:
            results = []
            for n, part in enumerate(parts):
                said = format_groups(part, passages) if TUNING.format_wordings else []
                # (a later part may ask a part of the first one's whole: '受理了几件？公开了几件？')
                results.append(_choose(" ".join([QUESTION_WORDS.sub(" ", part), *(w for g in said for w in g[1:])]),
                                       passages, stats, similarity, bool(TUNING.word_answers and not figures_only and ASKS_WORDS.search(part)),
                                       said, measure=asked_measure(part), counted=counted_noun(part),
                                       separate_counts=separate_counts, prefer_whole=n == 0,
                                       outlets=outlets_in(part) or outlets,
                                       count_asked=TUNING.parts_count_asked and bool(ASKS_COUNT.search(part)),
                                       format_said=said,
                                       # (a part asking no arithmetic asks a figure stated: '…公布了几条信息，里面属于审计
                                       # 公开的有几条' — its one item of a list is the answer)
                                       arithmetic_asked=not TUNING.parts_arithmetic_read or _asks_arithmetic(part)))
            if TUNING.no_part_answered_none and not any(r.answered for r in results):
                # (no part answered: the whole read at once would answer with clauses each saying some words of a
                # different part — '开展了多少次专项检查，发现了多少个问题' with '季度检查中合格率达到100%' and '主题活动3场')
                return Composition(False, [], max(r.coverage for r in results), results[0].note or not_stated([]))
            if any(r.answered for r in results):
                units: list[Unit] = []
                for r in results:
                    units += [u for u in r.units if all(not same_unit(u, v) for v in units)]
                same_report = {u.passage.source for u in units}
                if len(same_report) == 1:
                    if all(r.answered for r in results):
                        return Composition(True, units, min(r.coverage for r in results))
                    whole = _choose(focus, passages, stats, similarity, measure=asked_measure(question),
                                    separate_counts=separate_counts, prefer_whole=True, outlets=outlets,
                                    one_question=False,
                                    count_asked=TUNING.parts_count_asked and bool(ASKS_COUNT.search(question)))
                    found = {f for u in units for f in u.figures}
                    if whole.answered and not (TUNING.whole_adds and {f for u in whole.units for f in u.figures} <= found):
                        return whole
                    if TUNING.partial_answers:
                        # what the report answers, and which part it does not (nothing left out silently)
                        return Composition(True, units, min(r.coverage for r in results if r.answered),
                                           unstated=[part.strip(" ，,") for part, r in zip(parts, results)
                                                     if not r.answered])
    english_question = english_without_names(question, names) if language != "zh" else ""
    alternatives = [] if language == "zh" or not TUNING.english_alternatives else [
        group for group in chinese_alternatives(english_question) if len(group) > 1]
    if alternatives:
        # a wording the reports asked about never use is no term of the question ('publish': 发布
        # where they say 公开 — its characters alone, 发 of 发展, had outweighed 公开 said in full)
        texts = [p.text for p in passages]
        kept = []
        for group in alternatives:
            used = [w for w in group if any(w in t for t in texts)]
            absent = [w for w in group if w not in used]
            # (a wording of one character, '共' of 'total', is too weak to stand for the others alone)
            if absent and any(len(w) > 1 for w in used):
                focus = " ".join(t for t in focus.split(" ") if t not in absent)
            if len(used) > 1 or not used:
                kept.append(tuple(used) or group)
        alternatives = kept
    soft: set[str] = set()
    if language == "zh" and TUNING.everyday_people_soft:
        # ('老百姓以个人名义递交的', '网友在微博微信里给县里留的话'): the public and the body itself in everyday words
        # name who asks or answers, not what is counted — they weigh as a dictionary's word, not required of a clause
        soft |= {t for w in EVERYDAY_SOFT if w in focus for t in question_terms(w) if len(t) > 1}
    if language != "zh" and TUNING.english_frame_soft:
        # ('in total': a frame word the glossary translates weighs as the dictionary's words do)
        words = set(re.findall(r"[a-z]+", english_question.lower()))
        soft |= question_terms(" ".join(t for w in EN_STOP & words & set(GLOSSARY_TERMS) for t in GLOSSARY_TERMS[w]))
    if language == "zh" and TUNING.format_wordings:
        for group in format_groups(focus, passages):
            focus += " " + " ".join(group[1:])
            alternatives.append(FormatWordings(group))
    if language == "zh" and TUNING.last_year_words:
        # ('跟上一年比' where the report says '与去年相比'): the year before, in the reports' word for it
        m = YEAR_BEFORE.search(focus)  # (not the format's 上年结转)
        asked = m.group(0) if m else ""
        used = tuple(w for w in YEAR_BEFORE_WORDS if w != asked and w not in asked and any(w in p.text for p in passages))
        if asked and used and not any(asked in p.text for p in passages):
            focus += " " + " ".join(used)
            alternatives.append((asked, *used))
    verb_words: set[str] = set()
    if language != "zh" and TUNING.dictionary_words:
        glossary_terms = question_terms(focus)
        for group in dictionary_groups(english_question, passages):
            focus += " " + " ".join(group)
            alternatives.append(group)
            soft |= question_terms(" ".join(group)) - glossary_terms
        # (the dictionary's words for the question's verbs, 'posted' → 公告: no word naming the thing counted)
        verb_words = {w for english, chinese in translations(unmatched(english_question), EN_SKIP)
                      if re.search(r"(?:ed|ing)$", english) for w in chinese}
    if TUNING.sum_wants_figure and not figures_only and not ASKS_DATE.search(question):
        from assistant.ask.operations import operation_of

        # ('What was X's combined output on A and B?': a sum asked is a figure, whatever its 'what')
        figures_only = operation_of(question).sum
    zh_measure = asked_measure(question) if language == "zh" else ""
    measured_count = TUNING.measured_count_is_figure and bool(zh_measure) and bool(ASKS_COUNT.search(question))
    found = _choose(focus, passages, stats, similarity, bool(TUNING.word_answers and not figures_only and ASKS_WORDS.search(question)),
                   alternatives, measure if measure is not None else zh_measure if language == "zh" else
                   (asked_measure_en(question) if TUNING.english_measure else ""), soft,
                   counted_noun(_asker_unsaid(question)) if language == "zh" else "", separate_counts=separate_counts,
                   prefer_whole=True, outlets=outlets,
                   count_asked=bool(ASKS_COUNT.search(question)) or (figures_only and not ASKS_DATE.search(question)),
                   arithmetic_asked=not (given_unasked and TUNING.given_figures_unasked) or _computes(question),
                   # (a reading made of a question, its arithmetic read out, asks one item of a list as a question
                   # asking no arithmetic does: '…无法提供的 占' of a comparison of two reports' shares)
                   item_asked=not _computes(question) if TUNING.reading_asks_item else None,
                   verb_words=verb_words, meaning_alone=meaning_alone and not _computes(question))
    if measured_count and found.answered and not any(u.figures for u in found.units):
        # ('报道平时干了哪些活的消息，有多少条？': a count in 条 is answered by a figure, never by clauses stating none)
        return Composition(False, [], found.coverage, not_stated([]))
    return found


def _said_alike(alternatives, covered: set[str]) -> set[str]:
    """The terms of every wording of each group of the format's wordings of one thing one of whose wordings the
    covered terms say in full: a group is said once ('新出台' said by 制定 leaves its 发布 nothing further to say)."""
    out: set[str] = set()
    for group in alternatives:
        terms = [question_terms(w) for w in group]
        if any(t and t <= covered for t in terms):
            out.update(*terms)
    return out


def asks_apart(sentence: str) -> list[str]:
    """A sentence asking two things between commas ('开展了多少次专项检查，发现了多少个问题'): each asked apart, the clauses
    before an asking one read with it; the sentence whole when fewer than two clauses ask, or one asks arithmetic of the
    others ('…多少件，一共多少', '…多少件，占比多少')."""
    from assistant.ask.operations import ASKED_HOW_MANY, operation_of

    clauses = [c for c in re.split(r"[，,；;]", sentence) if c.strip()]
    if TUNING.enumeration_asks_apart:
        # ('挂了多少件政府文件、多少件行政规范性文件', '做了几期民意征集、回应了几次热点': each piece between 、 asks)
        clauses = [piece for c in clauses for piece in _asked_each(c.split("、"))]
    if sum(1 for c in clauses if ASKED_HOW_MANY.search(DEMONSTRATIVE_COUNT.sub("", c))) < 2:
        return [sentence]
    parts, pending = [], ""
    for clause in clauses:
        if not ASKED_HOW_MANY.search(DEMONSTRATIVE_COUNT.sub("", clause)):
            pending += clause + "，"
            continue
        op = operation_of(clause)
        if op.sum or op.share or op.change or op.compare or op.rank or op.mean or op.each or \
                (parts and re.match(r"\s*其中", clause)):
            return [sentence]  # (nor a part of the count asked before it: '…收到多少件申请，其中网上来的有几件')
        parts.append(pending + clause)
        pending = ""
    if pending:
        parts[-1] += "，" + pending.rstrip("，")
    return parts


def _asked_each(pieces: list[str]) -> list[str]:
    """The pieces of a clause between its 、, when each asks a count; else the clause whole."""
    from assistant.ask.operations import ASKED_HOW_MANY

    return pieces if len(pieces) > 1 and all(ASKED_HOW_MANY.search(x) for x in pieces) else ["、".join(pieces)]


# ('受理的那几件…申请里', '这几项'): a count pointed at, not asked.
DEMONSTRATIVE_COUNT = re.compile(r"[那这哪]几")


def _whole_of(lead: Unit, part: Unit) -> bool:
    """Whether a clause leading another's sentence counts more of what it counts, in the same measure
    word ('…各类政务信息4574条' before '政务动态类2523条'): the whole the other is a part of."""
    a = [f for f in extract_figures(lead.quote) if f.unit]
    b = [f for f in extract_figures(part.quote) if f.unit]
    return bool(a and b) and a[-1].unit == b[-1].unit and a[-1].value > b[-1].value


def part_of_whole_asked(units: list[Unit]) -> list[Unit]:
    """Of two clauses of one sentence, a whole leading it and a part after it ('通过…门户网站主动公开各类政务信息4574条,',
    '政务动态类2523条,'), the part alone when it says a word of the question the whole does not; else nothing."""
    first, second = units
    for lead, part in ((first, second), (second, first)):
        if lead.is_cell or part.is_cell or lead.passage is not part.passage:
            continue
        if any(lead.match_text.strip(" ，,") and lead.match_text.strip(" ，,") in b for b in part.before) \
                and _whole_of(lead, part) and {t for t in part.covered if len(t) > 1} - lead.covered:
            return [part]
    return []


def format_groups(focus: str, passages: list[Passage]) -> list[tuple[str, ...]]:
    """For each word of the question that names a row or column of the national tables in words
    the reports asked about do not use ('拒绝公开'), that word and the format's other wordings of
    the same thing that they do use ('不予公开'): any one of them says it (schema.wordings)."""
    texts = [p.text for p in passages]
    groups: list[tuple[str, ...]] = []
    taken = ""
    for word, said in sorted(wordings().items(), key=lambda x: -len(x[0])):
        short = len(word) < TUNING.format_wording_length and not (TUNING.label_words_short and word in label_words())
        if short or word not in focus or word in taken \
                or any(word in text for text in texts):
            continue
        used = tuple(w for w in said if w != word and any(w in text for text in texts))
        if used:
            groups.append((word, *used))
            taken += " " + word
    return groups


def dictionary_groups(question: str, passages: list[Passage]) -> list[tuple[str, ...]]:
    """For each English word or phrase of the question that the glossary does not know, the
    dictionary's Chinese words for it that the passages use (any one of them says it); a word
    none of whose translations occurs adds nothing."""
    texts = [p.text for p in passages]
    groups = []
    # ('how many items': a count's generic noun is its measure, 条, no thing to look up — 事项 of
    # '事项目录' had answered 'how many items did … publish')
    generic = re.compile(r"(?i)\b(?:" + EN_MEASURES[0][1] + r")\b")
    asked = EN_HOW_MANY.sub(lambda m: m.group(0)[: m.start(2) - m.start(0)] + (
        "" if generic.fullmatch(m.group(2)) else m.group(2)), unmatched(question))
    for english, chinese in translations(asked, EN_SKIP):
        used = tuple(word for word in chinese if any(word in text for text in texts))
        if not used and TUNING.english_singular_fallback and re.fullmatch(r"[a-z]{3,}s", english):
            # ('products' → 出产, 制品…, none said: the singular's words, 'product' → 产品)
            single = [c for e, c in translations(english[:-1], EN_SKIP) if e == english[:-1]]
            used = tuple(word for word in (single[0] if single else ()) if any(word in text for text in texts))
        if used:
            groups.append(used)
    return groups


# A category asked ('那一类', '这类', '哪类'): one of the categories a breakdown names ('概况类', '政务动态类').
CATEGORY_ASKED = re.compile(r"(?:那|这|哪)一?类")
CATEGORY_NAMED = re.compile(r"(?<![各两三四五六七八九十几多])类")  # ('政务动态类', not '各类信息')
# A kind named by its words ('政策类文件', '政务动态类'; not '各类', '那一类', '这类'): the two characters before 类.
KIND_NAMED = re.compile(r"([\u4e00-\u9fff]{2})(?<![各两三四五六七八九十几多那这哪一])类")


def _breakdown_follows(whole: Unit, part: Unit) -> bool:
    """Whether ``part``'s clause is of the breakdown ``whole``'s clause is followed by, opened by 其中 ('…各类信息131条。
    其中,概况类信息10条、…信息公开目录类信息64条')."""
    between = _text_between(whole, part)
    return between is not None and bool(re.match(r"[。，,；;\s]*其中", between))


def _own_words_only(unsaid: set[str], df, everywhere) -> bool:
    """Whether no word a clause leaves unsaid (two characters or more) is one the reports asked about never use and
    other reports held do: a thing they state and this report may not ('强制' of 行政强制), not the asker's own wording
    ('看懂', '大家') or the report's words said elsewhere in it ('说明')."""
    return not any(not df.get(t) and everywhere.get(t) for t in unsaid if len(t) > 1)


def _absent_weight(term: str, english: bool, everywhere) -> float:
    """The weight of a question's term that no passage of the reports asked about holds: a word
    no report held uses at all ('放出去', '单子', '弄完') weighs absent_everywhere_weight; one other
    reports use (a thing they count that this report may not) absent_weight."""
    if english:
        return TUNING.absent_weight_en
    if everywhere is not None and not everywhere.get(term):
        return TUNING.absent_everywhere_weight
    return TUNING.absent_weight


# Reposting what others published ('转载', '转发'): a kind of putting out a question asks by its words only.
REPOSTING = re.compile(r"转载|转发|转推")


def _choose(focus_text_: str, passages: list[Passage], stats: TermStats,
            similarity: Similarity | None = None, with_words: bool = False,
            alternatives: list[tuple[str, ...]] = (), measure: str = "", soft: set[str] = frozenset(),
            counted: str = "", separate_counts: bool = False, prefer_whole: bool = False,
            outlets: set[str] = frozenset(), one_question: bool = True, count_asked: bool = False,
            arithmetic_asked: bool = True, item_asked: bool | None = None, verb_words: set[str] = frozenset(),
            meaning_alone: bool = False,
            format_said: list[tuple[str, ...]] = ()) -> Composition:
    """``measure``: the measure word the question counts in ('多少条' → 条), if any; ``soft``: terms
    of a general dictionary's wording (weigh less than the glossary's); ``prefer_whole``: a
    question asking one thing, whose best clause is the whole's rather than a clause of parts
    when they match alike; ``outlets``: the outlets the question names (outlets.py);
    ``one_question``: False for several questions read as one (a way of coming in one of them asks,
    '办了多少件？网上提交的有几件？', is that part's); ``count_asked``: the question asks how many;
    ``arithmetic_asked``: … or asks to compute (a figure it gives may then be an operand: '2603条信息中，
    除了政务动态类，其他的加起来多少条'); ``item_asked``: whether one item of a listing clause may answer (by default
    when no arithmetic is asked; a reading of a comparison, its arithmetic read out, says so itself)."""
    english = bool(re.search(r"[A-Za-z]{3,}", focus_text_))  # an English question's Chinese comes from its terms
    if TUNING.letters_in_report_words and not english and LETTERS_ASKED.search(focus_text_):
        # ('在网上收到了多少封群众来信', '从网上写给县里的信'): letters from the public, in the reports' words for them
        # ('接到网络信件327件'), and the web they came through in theirs
        focus_text_, used = _in_reports_words(LETTERS_ASKED, LETTER_WORDS, focus_text_, passages)
        if len(used) > 1:
            alternatives = list(alternatives) + [used]
        if used:
            online = tuple(w for w in ("网络", "网上", "在线", "线上") if any(w + u in p.text for p in passages for u in used))
            if online:
                focus_text_ = LETTER_ONLINE.sub(f" {' '.join(online)} ", focus_text_)
    # (of a question asking several things, '办了多少件？网上提交的有几件？', each part is read for its own)
    channels = asked_channels(focus_text_) if TUNING.channels_apart and one_question else set()
    if channels:
        # '通过网上提交的' is said by '网络申请24件': the way in the wordings the reports read use, when
        # they do not use the question's
        alternatives = list(alternatives)

        def reworded(m: re.Match) -> str:
            word = m.group(1)
            if any(word in p.text for p in passages):
                return f" {word} "
            way = next(ws for ws in REQUEST_CHANNELS.values() if word in ws)
            used = tuple(w for w in way if any(w in p.text for p in passages))
            if len(used) > 1:
                alternatives.append(used)
            return f" {' '.join(used or (word,))} "

        focus_text_ = CHANNEL_FRAME.sub(reworded, focus_text_)
    if TUNING.outlets_reworded and not english and words_to_put(focus_text_):
        # an outlet or a verb of publishing in the reports' own words ('推送' where they say 发布)
        focus_text_, groups = outlet_words(focus_text_, "".join(p.text for p in passages))
        alternatives = list(alternatives) + groups
    web_terms: set[str] = set()
    if TUNING.online_said_by_web and not english and ONLINE_PUT.search(focus_text_):
        # ('网上发布的信息', '在网上公开'): on the web, said by any of the reports' words for it ('门户网站主动公开…'),
        # weighing as a dictionary's word: it tells a site's count from another, but is no thing asked of its own
        used = tuple(w for w in WEB_WORDS if any(w in p.text for p in passages))
        if used:
            focus_text_ = ONLINE_PUT.sub(f" {' '.join(used)} ", focus_text_)
            web_terms = question_terms(" ".join(used))
            soft = set(soft) | web_terms
            if len(used) > 1:
                alternatives = list(alternatives) + [used]
    if TUNING.views_said and not english and VIEWS_ASKED.search(focus_text_):
        # ('一共被点开看了多少次', '被人看了多少次'): how often it was looked at, in the reports' words for it (点击量102087次)
        focus_text_, used = _in_reports_words(VIEWS_ASKED, VIEW_WORDS, focus_text_, passages)
        if len(used) > 1:
            alternatives = list(alternatives) + [used]
    if TUNING.information_either_way and not english:
        # ('多少条政务信息' said by '政府信息145条', and the other way): the format's information either way
        # (as the thing itself, not of '政府信息公开申请' or '要政府信息的申请', which count requests)
        used = tuple(w for w in INFORMATION if any(w in p.text for p in passages))
        information = f"(?:{'|'.join(INFORMATION)})(?!公开|的?申请)"
        if used and re.search(information, focus_text_):
            focus_text_ = re.sub(information, f" {' '.join(used)} ", focus_text_)
            if len(used) > 1:
                alternatives = list(alternatives) + [used]
    if TUNING.abbreviations_expanded and not english:
        # a word of two characters the reports never say, their word of four whose first and third characters
        # those are ('社保' said by 社会保障: how Chinese shortens a word of two words), any one of them saying it
        focus_text_, groups = expanded_abbreviations(focus_text_, "".join(p.text for p in passages))
        alternatives = list(alternatives) + groups
    focus = question_terms(focus_text_)
    if not focus:
        return Composition(False, [], 0.0, "The question names no subject to look up." if english else
                           "问题没有说明要查的内容。")
    df, n, everywhere = stats
    formal = {b for w in format_words() if w in focus_text_ for b in bigrams(w)} if TUNING.format_words_full else set()
    if TUNING.counted_noun_full and counted:
        formal |= bigrams(counted)  # the thing counted is no paraphrase: absent, it is not stated
    weight = {t: math.log((n + 1) / (df.get(t, 0) + 0.5)) * (TUNING.unigram_weight if len(t) == 1 else 1.0)
              * (_absent_weight(t, english, everywhere if TUNING.absent_everywhere_computed or not separate_counts
                                else None) if not df.get(t) and t not in formal else 1.0)
              * (TUNING.dictionary_weight if t in soft else 1.0) for t in focus}
    # A Chinese passage is matched by the question's Chinese terms (an English question's come
    # from the glossary), an English passage by its English words.
    by_script = {True: {t for t in focus if not t.isascii()}, False: {t for t in focus if t.isascii()}}
    totals = {k: math.fsum(weight[t] for t in v) for k, v in by_script.items()}
    # the question's rarest word that the reports do use: a clause read with its lead must hold it
    telling_present = max((t for t in focus if len(t) > 1 and df.get(t)), key=lambda t: (weight[t], t), default=None)
    units = units_of(passages, with_words, separate_counts)
    said_by_cumulative: set[str] = set()
    if TUNING.date_answers and ASKS_DATE.search(focus_text_):
        units = [u for u in units if _states_date(u)]  # 'which day': only a clause that gives a date answers
    elif TUNING.dates_count_nothing and count_asked:
        # 'how many postings' is not answered by a clause whose figures are a date ('…门户网站
        # www.yinchuan.gov.cn 2023-01-28')
        units = [u for u in units if u.is_cell or not u.figures or not _only_dates(u)]
    if TUNING.outlets_apart and outlets and named_nowhere(outlets, "".join(p.section + p.text for p in passages)):
        # an outlet the reports read never name: nothing they count was put out there
        return Composition(False, [], 0.0, not_stated([]))
    if TUNING.outlets_apart and outlets:
        # a question naming an outlet (网站, 公众号…) is not answered by a clause naming only others
        # (the outlets the clause itself names, else those of the words leading to it: '…网主动公开
        # 政府信息51篇,通过“…”公众号发布政务信息141篇' is a WeChat count)
        units = [u for u in units if not of_another_outlet(outlets, u)]
    if TUNING.reposts_apart and english and count_asked and not REPOSTING.search(focus_text_):
        # what a body put out is not what it reposted of others ('通过政府网站转载国家、省政府信息7271条' for 'how many posts
        # did … put on the city government website': 18136 发布 stated beside it); a clause counting both ('发布和转载…383条')
        # still answers
        units = [u for u in units if u.is_cell or not REPOSTING.search(u.match_text)
                 or any(v in u.match_text for v in PUBLISHING)]
    if TUNING.cumulative_apart and not ASKS_CUMULATIVE.search(focus_text_):
        # a year's figure is not what has built up over the years
        units = [u for u in units if u.is_cell or not _cumulative(u)]
    elif TUNING.cumulative_asked_first and any(not u.is_cell and _cumulative(u) for u in units):
        # … and what has built up, asked ('2003年开始到2022年一共积累了多少篇'), is not a year's figure; the
        # words asking it ('历年', '积累') are said by a clause stating it, whatever its own words
        units = [u for u in units if u.is_cell or _cumulative(u)]
        said_by_cumulative = question_terms(" ".join(m.group(0) for m in ASKS_CUMULATIVE.finditer(focus_text_))) \
            & set(weight)
    if channels:
        # the requests of one way of coming in ('通过信函提交的') are stated by a clause naming it
        units = [u for u in units if says_channel(u.in_context, channels)]
    elif TUNING.channels_apart and REQUESTS_ASKED.search(focus_text_) and not names_channel(focus_text_):
        # nor are a year's requests, asked with no way named, by a clause stating only one way's
        units = [u for u in units if u.is_cell or not channel_parts_only(u.match_text)]
    period = (EN_PART_OF_YEAR if english else part_of_year()).search(focus_text_) \
        if TUNING.part_of_year_said and not ASKS_DATE.search(focus_text_) else None
    for said in breakdowns_asked(focus_text_):
        # ('其中男性、女性各多少', '每个月分别收到多少件申请？哪个月最多？': stated by clauses naming the sexes or months,
        # never by the whole; a part of the year asked by name is read below)
        if said is SEASON_SAID:
            continue  # (a part of the year asked by name is read below)
        if said is not MONTH_SAID or period is None:
            units = [u for u in units if not u.is_cell and said.search(u.in_context)]
    if period:
        # '上半年发布了多少条' is not answered by the year's '发布原创政务信息638条': a part of the year asked is
        # stated by a clause (or the words before it) saying it (in English, saying a part of the year)
        said = (lambda text: bool(PART_OF_YEAR.search(text))) if english else (lambda text: period.group(0) in text)
        month = (EN_MONTHS.index(period.group("month")) + 1 if period.group("month") else None) if english else \
            _month_asked(period.group(0))
        if month:
            # (a month asked, 'in March', '11月份': a clause saying that month, '3月', '2024年11月' — not a day of it,
            # '1月1日至12月31日' bounding the year's figures)
            said = lambda text: bool(re.search(rf"(?<!\d){month}月(?!\d{{1,2}}日)", text))  # noqa: E731
        units = [u for u in units if not u.is_cell and said(u.in_context)]
    opposites = _opposites(focus_text_, english) if TUNING.opposites_apart else {}
    if opposites:
        # '线下公开了多少条' is not answered by '…线上平台公开134条', nor '上年结转' by '结转下年度…7件': a clause
        # saying the word with 上 and 下 swapped, and not the question's, counts the other side
        units = [u for u in units if u.is_cell or not any(
            o in u.match_text and a not in u.match_text for a, o in opposites.items())]
        if english:
            # (its words weighing little, an English question asking one side, 'offline', where the reports speak
            # of the other, is answered only by a clause saying the side asked: not by the whole's '…共计145条')
            # (… in any of the dictionary's words for the English word: 'online' is 线上 and also 网上, 在线)
            said_as = _same_english(focus_text_) if TUNING.opposite_any_wording else {}
            for asked_side, other in opposites.items():
                if any(other in p.text for p in passages):
                    units = [u for u in units if u.is_cell or any(
                        w in u.in_context for w in said_as.get(asked_side, (asked_side,)))]
    # (a word after 是 says who or what the things counted are — '有多少件是申请人…去申请复议的' — not the thing itself)
    if TUNING.reports_word_counted_said and counted and not english and counted not in IMPLIED_NOUNS \
            and f"是{counted}" not in focus_text_ and _reports_word(counted) and not any(
            w in with_alternatives(p.text) for p in passages for w in {counted, *other_wordings(counted)}):
        # '东至县政府办2022年发布了多少条政策解读' is not answered by '…决策执行情况147条': a thing counted in a word of the
        # reports' vocabulary (the glossary's Chinese, taken from real reports) that these reports never say, in any
        # of its wordings, is not stated (a word of no report's, '文章' for 信息, may be a paraphrase)
        return Composition(False, [], 0.0, not_stated(readable([counted], focus_text_)[:1]))
    # (nor a person, '申请人', '被申请人', who did what is counted, unless people are counted: '多少人')
    if TUNING.counted_compound_said and len(counted) >= 3 and not english and f"是{counted}" not in focus_text_ \
            and not (counted.endswith("人") and measure not in ("人", "名", "位", "人次")):
        # '多少场新闻发布会' is not answered by '…政策宣传活动1次': a compound naming the thing counted is no paraphrase
        pairs = bigrams(counted)
        # (… a pair other than a verb of publishing: '新闻发布会' is not said by '发布网上政府公报4期', whose 发布 is a verb,
        # TUNING.counted_head_pair; '新闻稿' is by '新闻报道20篇')
        said_by = [b for b in pairs if b not in PUBLISHING] if TUNING.counted_head_pair else pairs
        units = [u for u in units if u.is_cell or any(b in u.in_context for b in said_by)]
        if not units:
            return Composition(False, [], 0.0, not_stated(readable([counted], focus_text_)[:1]))
    applicants = _applicants(focus_text_) if TUNING.applicants_apart and (
        not english or TUNING.english_applicants_apart) else set()
    if applicants:
        # '收到的申请里，有几件是法人提的' is not answered by '收到公民和法人或其他组织…申请共32件': one figure of
        # the requests of applicants the question names and of others is their total
        # (not when both kinds are asked: 'how many applications did citizens and organisations file')
        if not (TUNING.both_applicants_together and len(applicants) > 1):
            units = [u for u in units if u.is_cell or not _applicants_together(u.match_text)]
        if TUNING.applicant_asked_said and REQUESTS_ASKED.search(focus_text_):
            # … nor, requests asked, one naming no applicant ('受理的…申请里，有几件是企业提出来的' is not answered by
            # '共受理依申请公开7件'; '回应群众关切' asks no requests)
            units = [u for u in units if u.is_cell or _applicants(u.in_context + _rest_of_sentence(u))]
            if TUNING.applicant_requests_said:
                # … and of requests ('依申请公开的申请里，自然人提出的有几件' is not answered by '共受理各类群众诉求近17250件':
                # 群众 are people, their 诉求 no requests for information)
                units = [u for u in units if u.is_cell or REQUESTS_ASKED.search(u.in_context + _rest_of_sentence(u))]
    asked_outcomes = [w for w in outcome_words() if w in focus_text_] if TUNING.outcome_said else []
    if asked_outcomes and TUNING.outcome_of_requests_only and measure and measure != "件" and \
            not REQUESTS_ASKED.search(focus_text_):
        # ('全县有多少个村和社区已经做到村务、居务全部公开': things counted in 个, no requests named — 全部公开 is no outcome of
        # a request there)
        asked_outcomes = []
    if asked_outcomes:
        # an outcome of the requests named ('各有几件是予以公开的') is stated by a clause saying it, in
        # any of the format's wordings for it: '收到依申请公开政府信息2件' counts no 予以公开
        said = {a for w in asked_outcomes for a in wordings().get(w, (w,))}
        units = [u for u in units if u.is_cell or any(a in u.in_context for a in said)]
    if english and TUNING.english_outcome_said:
        # ('… how many ended with the records simply being handed over in full?' is not answered by '新收到依申请公开
        # 政府信息289件'): an outcome of the requests asked in English, a row under the results (予以公开 …), is stated by a
        # clause saying it in any of the format's wordings
        said = english_outcomes_said(focus_text_)
        if said:
            units = [u for u in units if u.is_cell or any(a in u.in_context for a in said)]
    asked_results = review_results_asked(focus_text_) if TUNING.review_result_said and not english else []
    if asked_results:
        # '新昌县2022年行政复议有几件被纠错了' is not answered by '因政府信息公开产生行政复议5件': a result of the
        # reconsiderations or lawsuits asked (the format's columns 结果维持, 结果纠正…) is stated by a clause saying it
        # (or in its sentence after it: '行政复议2件,结果均为维持')
        units = [u for u in units if u.is_cell or any(w in u.in_context + _rest_of_sentence(u) for w in asked_results)]
        if not units:
            return Composition(False, [], 0.0, not_stated(readable([w for w in asked_results if w in focus_text_][:1],
                                                                   focus_text_)))
    if not units:
        return Composition(False, [], 0.0, "No retrieved passage states a figure." if english else
                           "检索到的报告段落没有写明这一数字。")  # (in the question's language)
    table_rank: dict[tuple, int] = {}
    table_first: dict[tuple, int] = {}
    for unit in units:
        if unit.is_cell:
            key = unit.passage.section_path[:-1]
            table_rank[key] = min(table_rank.get(key, unit.rank), unit.rank)
            table_first[key] = min(table_first.get(key, unit.passage.ordinal), unit.passage.ordinal)
    carried_unasked = TUNING.carried_unasked_weight < 1 and not any(w in focus_text_ for w in carried_words() + ("结转",))
    # words said any one of several ways ('发布' by 发布, 公开 or 推送): in a unit's score, each group counts once, at
    # the wording the unit says most fully (as the coverage below counts them)
    # (not the format's own wordings of a row, format_groups: '结转下年度' is said by its words, not by the '结转…年度'
    # of '结转上年度2件', the other row)
    alt_groups = [g for g in ([question_terms(alt) & by_script[True] for alt in group] for group in alternatives
                              if not isinstance(group, FormatWordings))
                  if sum(1 for a in g if a) > 1] if TUNING.alternatives_in_score else []
    alt_plain = by_script[True] - set().union(*(a for g in alt_groups for a in g)) if alt_groups else set()
    alt_weights = [[(alt, math.fsum(weight[b] for b in alt)) for alt in group] for group in alt_groups]
    plain_weight = math.fsum(weight[b] for b in alt_plain)
    compounds = compounds_of(focus_text_) if TUNING.compound_said_whole and not english else set()
    site_terms = by_script[True] & terms_of(" ".join(FAMILIES["website"])) if TUNING.quoted_site_said else set()
    for unit in units:
        script = bool(re.search(r"[\u4e00-\u9fff]", unit.passage.text))
        terms, total = by_script[script], totals[script] or 1.0
        own = terms_of(unit.match_text) & terms
        if site_terms and not unit.is_cell and QUOTED_SITE.search(unit.match_text):
            own |= site_terms  # ('在“梁溪区人民政府”网主动公开…51篇': a site named in quotes and called 网 is a website)
        if said_by_cumulative and not unit.is_cell:
            own |= said_by_cumulative  # (a clause of what has built up says '历年', '积累')
        context = (terms_of(unit.passage.section) & terms) - own
        unit.covered = own | context
        lead = (terms_of(unit.lead) & terms) - own - context
        if TUNING.negated_lead_nothing and NOT_DONE.search(unit.lead):
            lead = set()  # ('本年度未发布规范性文件,共发布我镇有效政策文件4条': the 4条 are no 规范性文件)
        before = (terms_of("".join(unit.before)) & terms) - own - context
        if TUNING.lead_covers and before and telling_present in own | context | before \
                and not {_kind(m) for m in unit.before_counted} & {_kind(m) for m in unit.counted_in} - {None} \
                and (not measure or _kind(measure) in {_kind(m) for m in unit.counted_in}):
            # (not when the lead clause counts the same kind of thing: '发布信息1464条，其中文件15条';
            # nor for a clause that does not count what the question counts: '6大领域' for 多少条)
            unit.covered |= before  # '通过政府网站发布信息6个类别，累计公开…共497条': where the second clause's figure is
            # quoted from the first clause that says something asked, not from the sentence's start
            first = next(i for i, c in enumerate(unit.before) if terms_of(c) & before)
            unit.quote = "".join(unit.before[first:]) + unit.quote
            if not LEAD_NEGATED.search("".join(unit.before[first:])):
                # the clause says the lead's words too (not a lead saying the thing was not done: '本年度未发布
                # 规范性文件,共发布…政策文件4条'); the lead clause's are in the score already at lead_weight
                unit.lead_said = (math.fsum(weight[b] for b in before)
                                  - TUNING.lead_weight * math.fsum(weight[b] for b in before & lead)) / total
        # (the lead clause ranks a unit but does not count as covering the question)
        # (fsum: a sum over a set must not depend on the set's order, which changes per process)
        unit.score = (math.fsum(weight[b] for b in own) + TUNING.context_weight * math.fsum(weight[b] for b in context)
                      + TUNING.lead_weight * math.fsum(weight[b] for b in lead)) / total
        if alt_groups and script:
            def said_of(ts: set[str]) -> float:
                return (math.fsum(weight[b] for b in ts & own) + TUNING.context_weight * math.fsum(
                    weight[b] for b in ts & context) + TUNING.lead_weight * math.fsum(weight[b] for b in ts & lead))

            got, whole = said_of(alt_plain), plain_weight
            for group in alt_weights:
                # (of wordings said alike, the weightiest: a group said no way weighs its heaviest wording)
                alt, heavy = max(group, key=lambda aw: (said_of(aw[0]) / (aw[1] or 1.0), aw[1]))
                got, whole = got + said_of(alt), whole + heavy
            unit.score = got / (whole or 1.0)
        if compounds and not unit.is_cell:
            # a tie broken for the clause saying the question's compounds whole ('政策解读' by '全年公开政策解读14条',
            # not by '政策问答解读5条', which says its words apart)
            unit.score += TUNING.compound_said_whole * sum(c in unit.match_text for c in compounds) / len(compounds)
        if not terms:
            unit.score = 0.0
        # Ties: retrieval order, and within one table the earlier row (本年新收 before 上年结转
        # when the question names neither).
        if unit.is_cell:
            table = unit.passage.section_path[:-1]
            unit.score += 0.02 / (1 + table_rank[table]) + 0.005 / (1 + unit.passage.ordinal - table_first[table])
        else:
            unit.score += 0.02 / (1 + unit.rank)
        if unit.is_cell:
            if re.search(r"总计|合计", unit.column):
                unit.score += 0.01  # a question naming no column asks for the total
            unit.score -= TUNING.qualifier_penalty * _unasked_qualifiers(unit.column, terms)
        if measure and not unit.is_cell and _counts_otherwise(unit, measure):
            unit.score *= TUNING.measure_mismatch  # '多少条信息' is not answered by '6个类别'
        if not any(re.search(r"\d", f) for f in unit.figures):
            unit.score *= 0.8  # '六个部分' in a table of contents is rarely the figure asked for
        if carried_unasked and not unit.is_cell and _carried_counted(unit):
            # '硚口区2024年有多少件申请' asks the year's requests, not '上年结转政府信息公开申请12件' (the format's rows of
            # requests carried between years are asked by their words, as the tables' cells are)
            unit.score *= TUNING.carried_unasked_weight
    for unit in units:
        unit.lexical = unit.score
        if TUNING.figure_after_asked and not unit.is_cell and _figure_after(unit) & unit.covered:
            # '…共受理政府信息公开申请21件' beside '受理政府信息公开申请投诉件1件': the figure that follows a
            # word of the question counts what it names
            unit.score += TUNING.figure_after_asked
    if similarity is not None:
        # Meaning beside shared words: a paraphrase ('按时办完的' for 按期办结) or an English
        # question shares few characters with the clause that answers it.
        for unit, sim in zip(units, similarity(focus_text_, [u.match_text for u in units])):
            unit.sim = float(sim)
            unit.score += TUNING.semantic_weight * max(0.0, unit.sim - TUNING.semantic_floor)
    # a question naming no part asks for the whole: a clause stating parts (其中…, the format's own
    # marker of them) yields the best place to the whole's when they match alike (further units
    # are chosen by their own scores)
    asks_part = "其中" in focus_text_ or not prefer_whole
    # (… and so does a clause counting what went out through an outlet right after a clause counting the same kind
    # of thing through none, when the question names no outlet: '龙安镇主动公开政府信息共计145条,通过政府门户网站、
    # 直播平武等线上平台公开134条')
    outlet_parts = TUNING.outlet_part_after_whole and not asks_part and not outlets
    # (… unless the part's clause says a word of the question that the best of the other clauses does not: 'statutory
    # proactive disclosure items … on its portal' asks '其中法定主动公开3669条', not the portal's whole)
    units.sort(key=lambda u: u.score - (TUNING.part_clause_penalty if not asks_part and not u.is_cell
                                        and (u.quote.lstrip().startswith("其中")
                                             or (outlet_parts and _outlet_part(u))) else 0.0), reverse=True)
    if TUNING.part_says_more and units and not units[0].is_cell:
        # (… unless the part right after the best clause, opened by 其中, says a word of the question the whole does
        # not: it counts a part of the whole, in the whole's words and its own — 'statutory proactive disclosure
        # items … on its portal' asks '其中法定主动公开3669条', not the portal's 6467. Measured and left out,
        # 2026-12-06: any later clause of the sentence the whole leads — '硚口区政府门户网站的政务动态类信息' gained,
        # but five tune answers lost, one a wrong sum: '通过市政府网站和县政府门户网站' added 2620 for 2100)
        whole = units[0]
        part = next((u for u in units[1:] if not u.is_cell and u.passage is whole.passage
                     and u.quote.lstrip().startswith("其中") and _right_after(whole, u)
                     and {t for t in u.covered if len(t) > 1 and t not in verb_words} - whole.covered), None)
        if part is not None:
            units.remove(part)
            units.insert(0, part)
    if TUNING.breakdown_items_parts and not asks_part and not outlets and asks_whole(focus_text_):
        # (… and a later item of a breakdown opened by 其中 comes after the rest when the question asks the whole in
        # its words alone, naming no outlet: '…共完成各类信息发布12209条,其中概况类信息198条,政务动态信息8439条'
        # answers no '主动公开了多少条政府信息'; '…,通过政务微信公开政府信息39条' answers '用政务微信推了多少条')
        units.sort(key=lambda u: not u.is_cell and _after_qizhong(u))
    part_asked = _part_asked(focus_text_) if TUNING.part_asked_said else None
    # (the part's words as one phrase, '审计公开' of '里，属于审计公开的')
    part_phrase = re.sub(r"^(?:属于|算是|算|是|为)|(?:方面|这类|那类|这一类|那一类)$", "", part_asked[0]) \
        if part_asked and TUNING.part_phrase_first else ""
    if part_asked:
        # (of a part asked after 里, the clauses saying it first: '…已办结18件' before '共受理…21件')
        units.sort(key=lambda u: not u.is_cell and not _says_part(part_asked[1], u))
        if len(part_phrase) >= 4:
            # (… and of those, the clauses saying its words as one phrase: '审计公开7条' before '…对外公布信息共计14条',
            # whose sentence says 审计 and 公开 apart — '注重做好审计工作信息发布', '政府信息公开力度')
            units.sort(key=lambda u: not u.is_cell and part_phrase not in u.match_text)
    if measure and TUNING.measure_answers:
        # the figure asked for counts in the question's measure: a clause counting another kind of
        # thing ('28家单位' for 几个人, a date for 多少条) may add to the answer, never be it
        units.sort(key=lambda u: not u.is_cell and _counts_otherwise(u, measure))
    # '其他主动公开内容1条' is the rest of a breakdown, never the whole asked for ('主动公开了多少条')
    rest_unasked = TUNING.remainder_answers and not OTHER_ASKED.search(focus_text_)
    if rest_unasked:
        units.sort(key=lambda u: not u.is_cell and _remainder(u))
    if TUNING.disclosure_modes_apart:
        # (a clause of the other way of disclosing never answers before one of the way asked)
        units.sort(key=lambda u: not u.is_cell and _other_mode(focus_text_, u, measure))
    given = _given_figures(focus_text_) if count_asked and not arithmetic_asked else set()
    if given:
        # '那2件依申请公开，最后有几件是全部公开的': a figure the question gives is what it asks about,
        # not its answer; a clause stating only such figures answers nothing asked
        units.sort(key=lambda u: not u.is_cell and _only_given(u, given))
    best = units[0]
    if given and not best.is_cell and _only_given(best, given):
        return Composition(False, [], 0.0, not_stated([]))
    if measure and TUNING.measure_answers and not best.is_cell and _counts_otherwise(best, measure):
        return Composition(False, [], 0.0, not_stated([]))
    if rest_unasked and not best.is_cell and _remainder(best):
        return Composition(False, [], 0.0, not_stated([]))
    if part_asked and not best.is_cell and not _says_part(part_asked[1], best):
        # '受理的公开申请里已经结案的有多少件' is not answered by '共受理…申请21件': the part asked after 里
        # is said by no word of the clause (the whole's figure would answer another question)
        return Composition(False, [], 0.0, not_stated([part_asked[0]]))
    if TUNING.disclosure_modes_apart and not best.is_cell and _other_mode(focus_text_, best, measure):
        # (named as the way of disclosing asked, in the question's language: '未涉及：主动公开')
        proactive = "主动" in focus_text_
        return Composition(False, [], 0.0, not_stated(
            [("proactive disclosure" if proactive else "disclosure on request") if english else
             ("主动公开" if proactive else "依申请公开")]))
    if TUNING.rates_apart and not best.is_cell and _another_rate(focus_text_, best.quote):
        # '群众满意度是多少' is not answered by '办结率100%': a rate is stated by a clause naming it
        return Composition(False, [], 0.0, not_stated([]))
    if TUNING.negated_needs_negation and not best.is_cell and _negated(focus_text_) and \
            not re.search(r"[不未没无非]", best.quote + "".join(best.before)):
        # '最后不给公开的有几件' is not answered by '全市共受理…452件': a question negating what it
        # asks about is answered only by a clause that says it negated (不予公开, 未收到)
        return Composition(False, [], 0.0, not_stated([]))
    kind_item = False
    if TUNING.kind_item_first and count_asked and not arithmetic_asked and not best.is_cell and compounds:
        # (a kind the question names in a phrase of two words, '审计公开信息', that the best clause does not say and one
        # item of a listing clause of the same report does: that item — '…审计公开7条(…)…' for '挂了几条审计公开信息',
        # not the site's whole, '…对外公布信息共计14条')
        kinds = [c for c in compounds if len(c) >= 4 and c not in best.match_text and bigrams(c) - WHOLE_WITH_TOTALS
                 and not OUTLET_WORDS.search(c)]
        found = [(u, item) for u in units for c in kinds
                 if not u.is_cell and u.passage.source == best.passage.source and c in u.match_text
                 and (item := _asked_item(u.quote, {}, c))]
        if len({item for _, item in found}) == 1:
            unit, item = found[0]
            best = _item_of(unit, item)
            kind_item = True
    if item_asked is None:
        item_asked = not arithmetic_asked
    if TUNING.joint_count_refused and count_asked and not arithmetic_asked and not best.is_cell and \
            (joint := counted_with_others(best.quote, focus_text_)):
        # ('属于财政资金类的有多少条' is not answered by '主动公开规划信息、…、财政资金、政府采购…等共计80余条': the count is
        # of all the things listed together)
        return Composition(False, [], 0.0, f"报告把“{joint}”与其他几项合在一起计数，没有单列它的数字。" if not english else
                           f"The report counts “{joint}” together with other things and gives no figure of its own.")
    if TUNING.list_item_quoted and count_asked and item_asked and not best.is_cell:
        # (a clause listing counted things by 、, one of which the question names: that item is the answer —
        # '…行政执法事项目录1条、…、审计公开7条(…)、部门预决算…2条' for '属于审计公开的有几条')
        item = _asked_item(best.quote, {t: weight[t] for t in by_script[True] if len(t) > 1}, part_phrase)
        if item is not None:
            best = _item_of(best, item)
    total = totals[bool(re.search(r"[\u4e00-\u9fff]", best.passage.text))] or 1.0
    chosen = [best]
    covered = set(best.covered)
    # (a part asked after 里 that the best clause says as one phrase is asked, whatever the whole's words; those are
    # said by the whole its 其中 follows: '…对外公布信息共计14条。其中:…审计公开7条' for '公布的信息里，审计公开的')
    part_said = (len(part_phrase) >= 4 and part_phrase in best.quote) or kind_item
    part_whole = _whole_before(best, units) if part_said else None
    if part_whole is not None:
        covered |= part_whole.covered
    figures = set(best.figures)
    # Further units (a question may ask for several figures): what the best one leaves
    # uncovered, nearest to it first.
    rest = sorted(units[1:], key=lambda u: u.score + (0.15 if u.passage.id == best.passage.id else 0.0),
                  reverse=True)
    # (the format's wordings of one row or column of the tables, format_groups)
    said_once = [g for g in alternatives if isinstance(g, FormatWordings)] + list(format_said)
    alike = _said_alike(said_once, covered) if TUNING.wordings_said_once else set()
    for unit in rest:
        if len(chosen) >= TUNING.max_units:
            break
        if unit.score < TUNING.min_extra or (unit.figures and set(unit.figures) <= figures) \
                or (not unit.figures and not with_words):
            continue
        if unit.passage.source != best.passage.source:
            continue  # one question, one report: never mix figures of two reports
        if TUNING.disclosure_modes_apart and not unit.is_cell and _other_mode(focus_text_, unit, measure):
            continue  # (nor a clause of the other way of disclosing beside one of the way asked)
        # (the web a question says it was put out on adds no further figure: '网上公开的民生实事信息和人事任免'
        # is not answered by the site's whole beside the two)
        lead_terms: set[str] = set()
        if TUNING.lead_outlet_no_extra and not unit.is_cell and not best.is_cell and outlets and best.before and \
                unit.passage.id == best.passage.id and unit.match_text.strip(" ，,") and \
                unit.match_text.strip(" ，,") in best.before[0] and _whole_of(unit, best):
            # (the first clause of the sentence only, counting what the best clause counts, more of it: '发布政府公报12期'
            # beside '政府在线访谈7次' is a second thing asked, '几期政府公报，几次在线访谈')
            # (the outlet a question names, said by the whole that leads the best clause's sentence, adds no further
            # figure: '硚口区政府网站的政务动态信息' is answered by '政务动态类2523条' of '通过…门户网站主动公开各类政务
            # 信息4574条,…,政务动态类2523条', not by the two)
            from assistant.ask.outlets import outlets_said

            lead_terms = question_terms(" ".join(outlets_said(focus_text_)))
        gain = math.fsum(weight[b] for b in unit.covered - covered - web_terms - lead_terms - alike) / total
        if gain < TUNING.min_gain:
            covered |= unit.covered & lead_terms  # (the best clause says the outlet by the whole leading it)
            continue
        if unit.score < TUNING.extra_ratio * best.score and unit.passage.section != best.passage.section:
            continue
        chosen.append(unit)
        if not (TUNING.mismatch_covers_not and measure and not unit.is_cell and _counts_otherwise(unit, measure)):
            covered |= unit.covered  # (a clause counting another kind of thing says nothing of the figure asked)
        figures |= set(unit.figures)
        if TUNING.wordings_said_once:
            alike = _said_alike(said_once, covered)
    coverage = math.fsum(weight[t] for t in covered) / total
    best_lexical = best.lexical
    chinese_best = bool(re.search(r"[\u4e00-\u9fff]", best.passage.text))
    if alternatives and chinese_best:
        # An English term said any one of the reports' ways is said ('publish': 发布, 公开 or 推送):
        # each term counts once, at its best-covered wording.
        groups = [[question_terms(alt) & by_script[True] for alt in group] for group in alternatives]
        grouped = set().union(*(alt for group in groups for alt in group))
        plain = by_script[True] - grouped

        def said(covered_: set[str]) -> tuple[float, float]:
            """(covered weight, whole weight): each term at the wording it is said most fully."""
            got = math.fsum(weight[t] for t in plain & covered_)
            whole = math.fsum(weight[t] for t in plain)
            for group in groups:
                alt = max(group, key=lambda a: (math.fsum(weight[t] for t in a & covered_)
                                                / (math.fsum(weight[t] for t in a) or 1.0)))
                got += math.fsum(weight[t] for t in alt & covered_)
                whole += math.fsum(weight[t] for t in alt)
            return got, whole or 1.0

        got, whole = said(covered)
        coverage = got / whole
        _, best_whole = said(best.covered)
        best_lexical = best.lexical if alt_groups else best.lexical * total / best_whole
    if part_whole is not None:
        best_lexical = max(best_lexical, part_whole.lexical)  # (the part read with the whole it is a part of)
    by_words = coverage >= TUNING.min_coverage and best_lexical >= TUNING.min_best
    # The question's most telling word (rarest in these reports): a clause close in meaning that
    # lacks it answers something near, not the thing asked ('访问量' vs '发布信息').
    telling = max((t for t in focus if len(t) > 1), key=lambda t: (weight[t], t), default=None)
    keeps_word = (telling is None or telling in best.covered or not TUNING.semantic_needs_telling_word
                  or (TUNING.semantic_telling_char and bool(set(telling) & set(best.match_text)))
                  or (TUNING.meaning_alone_one_figure and meaning_alone and not english and everywhere is not None
                      and _own_words_only(focus - best.covered, df, everywhere) and not (focus - best.covered) & formal))
    if TUNING.category_not_its_whole and count_asked and not best.is_cell and CATEGORY_ASKED.search(focus_text_) \
            and not CATEGORY_NAMED.search(best.match_text) and any(
                not u.is_cell and u.passage is best.passage and u is not best and CATEGORY_NAMED.search(u.match_text)
                and u.figures and _breakdown_follows(best, u) and _whole_of(best, u) for u in units):
        # '官网上放的东西里，按公开清单…挂出来的那一类有多少条' is not answered by the site's whole ('…主动公开各类信息131条')
        # beside its sentence's categories ('信息公开目录类信息64条'): a category asked is one of those, or not stated
        return Composition(False, [], coverage, not_stated([]))
    # (a kind named, '政策类文件', is a label of a report's breakdown: said in its words or not at all — by meaning,
    # every kind's '各类政务信息3128条', then another kind's '通知公告类365条', had been given for it)
    # (… when no report read says the kind's words: '信息公开目录类' is said by '信息公开目录1507条')
    # (read only when an answer by meaning is about to be tried: most questions are answered by their words)
    kind_named = not by_words and similarity is not None and TUNING.kind_not_by_meaning and any(
        not any(m.group(1) in p.text for p in passages) for m in KIND_NAMED.finditer(focus_text_))
    if not by_words and similarity is not None and keeps_word and not kind_named and _close_in_meaning(best, units):
        return Composition(True, [best], coverage)
    if not by_words and similarity is not None and TUNING.said_otherwise and not english and not kind_named:
        ranked = [u for u in units[:TUNING.said_otherwise_units]
                  if not u.is_cell and re.search(r"[\u4e00-\u9fff]", u.passage.text)
                  and not (measure and TUNING.measure_answers and _counts_otherwise(u, measure))
                  and not (rest_unasked and _remainder(u))]
        stated = set().union(*(terms_of(u.match_text) for u in units))
        found = _said_otherwise(ranked, focus_text_, by_script[True], weight, total, similarity,
                                {t for t in by_script[True] if t not in stated})
        if found:
            return Composition(True, [found[0]], found[1])
    if not by_words:
        missing = sorted((t for t in focus - covered if len(t) > 1), key=lambda b: (-weight[b], b))
        said = readable(missing, focus_text_)
        if TUNING.refusal_without_asking_words:
            # (what was looked for, not how the question asks: '百分之', '保留', 'Give', 'decimal')
            said = [w for w in said if not ASKING_WORDS.fullmatch(w)] or said
        return Composition(False, [], coverage, not_stated(said[:4]))
    if TUNING.kind_unasked_refused and count_asked and not best.is_cell and not part_said and \
            _kind_unasked(focus_text_, best):
        # '韩家墩街道2024年主动公开了多少条政府信息' is not answered by '全年依规公开财政预决算信息2条'
        return Composition(False, [], coverage, not_stated([]))
    if TUNING.unnamed_part_refused and count_asked and not best.is_cell and not part_said and \
            _unnamed_part(focus_text_, best):
        # '东至县2022年主动公开了多少条政府信息' is not answered by '…稳经济大盘、扩大有效投资等方面信息1370余条', one of
        # six counts its sentence lists, none of whose own words the question says (by words: a part the
        # question names in other words is found by meaning, above)
        return Composition(False, [], coverage, not_stated([]))
    return Composition(True, chosen, coverage)


# Measure words that count the same kind of thing: items (条 of information, 件 of documents),
# bodies or accounts (个), events (场, 次, 期), people, money.
MEASURE_KINDS = [set("条篇件则份项宗起"), set("个家所"), set("场次期轮"), {"人", "人次", "名", "位"}, {"元", "万元", "亿元"},
                 set("月日时"), set("种类"), {"%", "‰"}]
MATTERS = {"宗", "起"}  # measure words of matters or cases, counted with items
MEASURE_WORD = r"人次|万元|亿元|[条篇件则份项宗起个家所场次期轮人名位元]"  # what a question counts in after 多少/几
ASKED_MEASURE = re.compile(rf"(?:多少|几)(个人|钱|{MEASURE_WORD})")
# A question counting in either of two measures ('合起来多少个（件）', '总共多少个(条)'): both named.
EITHER_MEASURE = re.compile(rf"(?:多少|几)({MEASURE_WORD})[（(]({MEASURE_WORD})[）)]")


def measures_named(question: str) -> set[str]:
    """The measures a question counting in either of two names ('多少个（件）' → {个, 件}); empty for
    one or none."""
    m = EITHER_MEASURE.search(question)
    return {m.group(1), m.group(2)} if m else set()
AMONG_BODIES = re.compile(r"(?:这|那|哪)?几个(?=[\u4e00-\u9fff]{0,2}(?:乡|镇|街道|区|县|市|省|单位|部门|机关|地方|城市))|"
                          r"哪几[家个]|几份(?=年报|报告)|"  # ('…的单位有哪几家', '几份年报': which ones, no count asked)
                          # ('2022年几家出政府公报的，谁出的期数最多': the bodies a ranking is among)
                          r"(?:这|那)?几家(?=[^，,。？?]{0,14}[，,]?[^，,。？?]{0,8}(?:谁|哪|排|前[一二两三四五\d]))")
# What the national format counts its two nouns in (the tables' 条 of information, 件 of requests),
# for a question asking how many of one with no measure word ('在政府网站上发布的信息有多少').
FORMAT_MEASURES = {"信息": "条", "申请": "件"}
FORMAT_NOUN_COUNTED = re.compile(r"(信息|申请)(?:总量|总数|数量|量)?的?\s*(?:一共|总共|共计|合计|共|各|分别)?\s*(?:有|是|为)?"
                                 r"(?:多少|几)"
                                 r"(?![个百分倍成条篇件则份项宗起家所场次期轮人名位元])")
COUNT_NOUN = re.compile(r"(?<=[\u4e00-\u9fff])([条件篇期场项])数(?![据字量额])")
COUNTED_AFTER = re.compile(rf"(?:多少|几)(?:{MEASURE_WORD})?([\u4e00-\u9fff]{{2,8}})")
COUNTED_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,8}?)的?(?:总数|数量|总量|个数|次数|人数)(?:是|有|为)?(?:多少|几)")
# '谁开的新闻发布会多', '哪个镇的听证会最少': what bodies are compared by, the noun before 多/少
COUNTED_COMPARED = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:更|最|比较)?(?<![多几])(?:多|少)(?=\s*(?:[？?，,。！!]|$))")
# '总阅读量各是多少', '访问量有多少': what is counted is the doing before 量 (阅读, 访问)
COUNTED_QUANTITY = re.compile(r"([\u4e00-\u9fff]{2})量\s*(?:各|分别|一共|总共|共)?\s*(?:是|有|为|达到?)?\s*(?:多少|几)")


ASKS_DATE = re.compile(r"哪天|哪一天|哪日|什么时候|何时|几月几日|几号(?:公开|发布|印发)|(?i:\bwhat date\b|\bwhen\b|\bwhich day\b)")
DATE_WRITTEN = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
YEAR_MONTH = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月份?")


def _states_date(unit: Unit) -> bool:
    return bool(DATE_WRITTEN.search(unit.match_text))


# A count asked ('多少条', '几件', 'how many'), not a date nor a share.
ASKS_COUNT = re.compile(r"多少|几(?!月|日|号|天|时)|(?i:\bhow many\b)")


# A rate asked ('满意度是多少', '办结率为多少') and a rate a clause states ('办结率100%').
RATE_ASKED = re.compile(r"([\u4e00-\u9fff]{2,3}(?:率|度))(?=\s|$|[是为有达？?，,。]|多少|几)")
RATE_STATED = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:率|度))\s*(?:为|达到?|是|达)?\s*\d+(?:\.\d+)?\s*[%％]")


def _another_rate(question: str, clause: str) -> bool:
    """Whether a question asks a rate ('满意度') and the clause's percentages are all of other rates
    ('办结率100%'): the two share no word (满意 / 办结)."""
    asked = RATE_ASKED.search(question)
    stated = RATE_STATED.findall(clause)
    if not asked or not stated:
        return False
    rate = asked.group(1)
    return not any(rate[-3:-1] in s or s[-3:-1] in rate for s in stated)


# Everyday verbs of asking the government for information ('找政府要信息', '索取'): requests, said without 申请.
ASKED_FOR = re.compile(r"(?<![主重需纲概提摘])要(?![点求闻素件])|找|索取|调取|申领")


# English verbs of putting information out, and English words of asking for it (a request), for _other_mode.
EN_PUT_OUT = re.compile(r"\b(?:publish|post|release|upload|put (?:out|up|online))", re.I)
EN_ASKED_FOR = re.compile(r"\b(?:request|appl(?:y|ie|ic)|ask(?:ed|s|ing)? for|sought|seek|applicant)", re.I)


def _sentence_opening(unit: Unit) -> str:
    """The text of a prose unit's sentence before its clause, from the sentence's start (past any ；)."""
    text = unit.passage.text
    at = text.find(unit.match_text.strip())
    if at < 0:
        return ""
    start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    return text[start:at].lstrip(" ，,")


def _other_mode(question: str, unit, measure: str = "") -> bool:
    """Whether the question asks of one of the format's two ways of disclosing (主动公开, or 依申请公开:
    what is asked for) and the clause speaks only of the other ('全年主动公开的信息' is not answered by
    '全年共收到依申请公开0件')."""
    text = unit.quote + "".join(unit.before)
    proactive, on_request = "主动" in question, "申请" in question
    # (… and so are items counted in 条, the format's measure of information put out: '2025年比2022年多公开了多少条')
    counted_as_information = "信息" in question or (TUNING.items_counted_proactive and measure == "条")
    if TUNING.putting_out_proactive and not on_request and counted_as_information and not ASKED_FOR.search(question) \
            and any(w in question for w in PUT_OUT_WORDS):
        # ('少公开了多少条信息': information put out is what was disclosed proactively; not information people asked
        # the government for, '找政府要信息的…公开了几件', which are requests in everyday words)
        proactive = True
    if TUNING.english_put_out_proactive and not on_request and EN_PUT_OUT.search(question) \
            and not EN_ASKED_FOR.search(question):
        # ('How many items did Qiaokou publish': items put out, in English, with no request named)
        proactive = True
    if proactive == on_request:
        return False
    sentence = "".join(unit.before) + unit.quote
    if TUNING.proactive_put_out and proactive and re.search(r"主动\s*公开", question) and unit.figures \
            and re.search(r"[\u4e00-\u9fff]", text) and not any(w in text for w in PUT_OUT_WORDS) \
            and not sentence.lstrip(" ，,").startswith("其中") \
            and not (TUNING.qizhong_whole_sentence and _sentence_opening(unit).startswith("其中")):
        # (what was disclosed proactively was put out: '主动答复网民…留言35条', '线上回复…热点信息430条',
        # whose sentences say no verb of putting out, count something else; a sentence opened by 其中
        # breaks down the count before it, whose verb is its own: '主动公开政府信息2603条。其中,…')
        return True
    return ("申请" in text and "主动" not in text) if proactive else ("主动公开" in text and "申请" not in text)


# The words of the whole of proactive disclosure (the format's 主动公开 of 政府信息, and the verbs of putting out).
WHOLE_PAIRS = frozenset(bigrams(" ".join(("主动公开", "政府信息", "政务信息") + PUBLISHING)))
# … said with the words of a total or of putting out to the outside ('总共对外主动发布了多少条政府信息'), which name no kind.
WHOLE_WITH_TOTALS = WHOLE_PAIRS | bigrams(" ".join(("对外", "总共", "一共", "共计", "累计", "全年", "合计")))
# … and with a noun of a total ('主动公开的信息总数是多少条'): whole_said_as_total_noun
WHOLE_WITH_TOTAL_NOUNS = WHOLE_WITH_TOTALS | {"总数", "总量", "总计", "总和"} | \
    ({"条数", "数量"} if TUNING.count_nouns_name_no_kind else set())  # ('主动公开信息条数')


def _unnamed_part(question: str, unit: Unit) -> bool:
    """Whether the unit's count is one of three or more counts of one level its sentence lists (a
    breakdown with no whole stated before it), not the first, and the question asks the whole (says no
    words but those of proactive disclosure) and none of the words only the count's label has: a part
    nobody asked for."""
    from assistant.ask.breakdown import _pairs, pieces

    text = unit.passage.text
    at = text.find(unit.match_text)
    if at < 0:
        return False
    start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    ends = [e for e in (text.find(c, at + len(unit.match_text)) for c in "。！？\n") if e >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    found = pieces(sentence)
    level = [p for p in found if p.parent is None]
    if len(level) < 3 or len(level) != len(found):
        return False
    offset = at - start
    mine = [n for n, p in enumerate(level) if offset <= p.start < offset + len(unit.match_text)]
    # ('…发布信息294期1014条': one thing counted twice, the second with no words of its own)
    mine = [n for n in mine if n == mine[0] or level[n].label.strip()] if mine else mine
    if len(mine) != 1 or mine[0] == 0:
        return False
    own = _pairs(level[mine[0]].label) - set().union(*(_pairs(p.label) for n, p in enumerate(level) if n != mine[0]))
    # (a question saying anything but the whole — '社保方面的信息', 社会保障 in other words — may name it)
    asked = {t for t in question_terms(question) if len(t) == 2}
    if TUNING.long_words_name_parts:
        # ('开了几场发布会': 发布会 is more than the 发布 its terms keep — its pairs name the count '…新闻发布会44场')
        import jieba

        asked |= {b for w in jieba.cut(question) if len(w) >= 3 and w not in STOP_WORDS for b in bigrams(w)}
    return bool(own) and not own & (asked | unit.covered) and asked <= WHOLE_PAIRS


# The reports' verbs of putting information out (outlets.PUBLISHING, and the ways of it in print and on boards).
PUT_OUT_WORDS = PUBLISHING + ("公示", "刊载", "转载", "印发", "编印", "制发", "发文", "主动公开")
# The words of what a count put out that name no kind of information ('各类政务信息', '信息共计', '原创政务信息',
# '更新总量为', '本级政府信息'): the format's information and the items and content it is put out as, how much of it,
# who put it out and whether of its own, and the words of putting it out.
NO_KIND = re.compile(r"各类|各项|各种|相关|有关|全部|所有|共计|合计|累计|总计|总量|总数|数量|共|计|约|等|类|方面|政府|政务|信息|"
                     r"内容|稿件|报道|条目|原创|自主|主动|本级|本机关|本单位|[本我全各][局委办镇乡街区县市级]|街道|的|了|为|是|"
                     + "|".join(PUT_OUT_WORDS))


# Asking the government for its information, in everyday words ('要材料的请求', '讨要资料', '要政府信息的事').
# (主动 or 开口 before it is the asker's doing, '主动开口要政府资料': not the format's 主动公开)
# (信息 is the format's own word, said by the reports: '要政府信息的申请' is left as it is)
ASKING_FOR_INFORMATION = re.compile(r"(?:主动)?(?:开口)?(?:点名)?" + ASKING_VERB + (r"(?:查看|查阅|调取|看)?(?:某份|一份|某些|一些)?"
                                    if TUNING.asking_to_see else "") + r"(?:政府)?(?:材料|资料|文件)(?:的)?(?:请求|事儿?|申请)?")
# Looked at, asked in everyday words before how many times ('被点开看了多少次', '被人看了几次'), and the reports' words for it.
VIEWS_ASKED = re.compile(r"(?:被(?:人|网友|大家|群众|公众)?)?(?:点开|点进去|点进来|打开|点击|浏览|看)(?:看|过)?了?"
                         r"(?=\s*(?:多少|几)?\s*(?:次|回|遍))")  # (the focus has its question words left out: '被点开看  次')
VIEW_WORDS = ("点击量", "浏览量", "访问量", "点击", "浏览", "访问")
# Letters the public sends ('群众来信', '写给县里的信'; not 来信访, petitions, nor 信函, a way requests come in), the
# reports' words for them, and the web said of them ('在网上', '从网上').
LETTERS_ASKED = re.compile(r"(?:群众|网民|网友|老百姓|市民)?来信(?!访)|写给[\u4e00-\u9fff]{1,4}的信(?![息箱])|(?<![短微])信件")
LETTER_WORDS = ("信件", "来信")
LETTER_ONLINE = re.compile(r"(?:在|从|通过)?(?:网上|网络上?|线上|在线)")


# Putting out with no one asking ('没人来要就自己…', '没等人来问就…', '不等人申请就主动…'): what 主动公开 means.
UNASKED_PUT = re.compile(r"(?:没人|没有人|没等人|不等人|无人|没等别人|不用人)(?:来)?(?:要|问|申请|索取|讨要)(?:就|便)?(?:自己|主动)?")


def _asker_unsaid(question: str, request: str = "申请") -> str:
    """A question with asking for information said as the format's 申请 (``request``) and the public asking left
    out (TUNING.asking_for_information)."""
    if not TUNING.asking_for_information:
        return question
    return ASKER.sub(" " if request != request.strip() else "", ASKING_FOR_INFORMATION.sub(request, question))


# Words naming no thing counted, which weigh as a dictionary's word (everyday_people_soft): the public (not 公众, of
# 公众号), the body itself in everyday words ('县里', '自己'), and what is put out named by no kind ('多少条内容').
EVERYDAY_SOFT = tuple(w for w in PUBLIC_WORDS if w != "公众") + (
    "网友", "网民", "大伙儿", "大伙", "自己", "县里", "区里", "市里", "镇里", "乡里", "内容", "东西", "稿子")
# 对外 ('to the outside'; 往外, 向外) before a verb of putting out ('对外公开', '对外发布', '往外公开').
OUTWARD = re.compile((r"[对往向]外" if TUNING.outward_any else r"对外") + r"(?=公开|发布|公布|推送|发)")
# The 上 after an outlet ('网站上', '公众号上', '平台上') before a verb of putting out ('发', '挂', '传'): where, said apart.
LOCATIVE_BEFORE_VERB = re.compile(r"(?<=[站台号网屏栏端])上(?=[发贴传挂推登放晒])")


def _in_reports_words(asked: re.Pattern, words: tuple[str, ...], text: str,
                      passages: list[Passage]) -> tuple[str, tuple[str, ...]]:
    """``text`` with what ``asked`` matches put in those of ``words`` the passages say (any one of which says it), and
    those words; ``text`` as it is, and (), when they say none."""
    used = tuple(w for w in words if any(w in p.text for p in passages))
    return (asked.sub(f" {' '.join(used)} ", text), used) if used else (text, ())


def _month_asked(said: str) -> int | None:
    """The one month a part of a year names ('11月份', '2024年12月', '12月'), or None (a half, a quarter, a span of
    months)."""
    m = re.fullmatch(r"(?:\d{4}\s*年\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})月份?", said)
    return _month_number(m.group(1)) if m else None


def _month_number(numeral: str) -> int | None:
    """A month's number written in digits or Chinese ('11', '十一')."""
    from assistant.zh.numerals import cn_to_int

    return int(numeral) if numeral.isdigit() else cn_to_int(numeral)


def _applicant_terms(text: str) -> list:
    """The columns of the format's table of requests a text names for its applicants (自然人, 法人或其他组织,
    商业企业 …; not their total), in order."""
    return sorted((t for t in find_terms(text, "zh") if t.axis == "column" and t.table == "apply" and t.key != "total"),
                  key=lambda t: t.start)


def _applicants(text: str) -> set[str]:
    """The kinds of applicant a text names, as the format's table of requests parts them: natural persons
    (自然人) and legal persons or other organisations (法人或其他组织, with 商业企业 … of them)."""
    return {"natural" if t.key == "natural_person" else "legal" for t in _applicant_terms(text)}


def _applicants_together(clause: str) -> bool:
    """Whether a clause names both kinds of applicant with no figure between them ('公民和法人或其他组织…申请共
    32件'): what follows counts them together."""
    terms = _applicant_terms(clause)
    return any(_applicants(a.text) != _applicants(b.text) and not re.search(r"\d", clause[a.end:b.start])
               for a, b in zip(terms, terms[1:]))


def _opposites(question: str, english: bool = False) -> dict[str, str]:
    """The question's words holding one 上 or 下 ('线下', '上年'), each with the word they are swapped in (of an
    English question, the dictionary's Chinese for its words: 'offline' → 线下)."""
    import jieba

    jieba.setLogLevel(60)
    found = {}
    words = [w for _, chinese in translations(question, EN_SKIP) for w in chinese] if english else jieba.cut(question)
    for word in words:
        if len(word) >= 2 and (word.count("上") + word.count("下")) == 1:
            found[word] = word.translate(str.maketrans("上下", "下上"))
    return found


def _same_english(question: str) -> dict[str, tuple[str, ...]]:
    """Each Chinese word the dictionary gives for an English word of the question → all it gives for that word."""
    return {w: tuple(chinese) for _, chinese in translations(question, EN_SKIP) for w in chinese}


def _kind_unasked(question: str, unit: Unit) -> bool:
    """Whether the clause counts a kind of information it names after its verb of putting out ('全年依规公开
    财政预决算信息2条'), not an outlet, while the question asks the whole of proactive disclosure in its words
    alone: the part is no answer to the whole, which the clause does not state."""
    return bool(unit.figures) and not unit.is_cell and kind_unasked(question, unit.match_text, unit.figures[0])


def asks_whole(question: str) -> bool:
    """Whether a question asks the whole of proactive disclosure in its words alone (its pairs of characters all
    words of that whole: '主动公开了多少条政府信息'); the whole of what an outlet put out is asked alike
    ('政府网站发布信息最多')."""
    asked = {t for t in question_terms(OUTLET_WORDS.sub(" ", question)) if len(t) == 2}
    return bool(asked) and asked <= ((WHOLE_WITH_TOTAL_NOUNS if TUNING.whole_said_as_total_noun else WHOLE_WITH_TOTALS)
                                     if TUNING.whole_said_with_totals else WHOLE_PAIRS)


def kind_unasked(question: str, clause: str, figure: str) -> bool:
    """_kind_unasked of a clause and its figure as written."""
    if not asks_whole(question):
        return False
    at = clause.find(figure)
    before = clause[:at] if at >= 0 else ""
    ends = [before.rfind(v) + len(v) for v in PUT_OUT_WORDS if v in before]
    if not ends:
        return False
    # (the count's measure right after it: '…信息206其中概况信息3条' names its parts after a count without one)
    after = re.match(r"(?:余|多)?[条件篇个项份则]([\u4e00-\u9fff]{0,8}?信息)", clause[at + len(figure):]) \
        if TUNING.kind_after_count and at >= 0 else None
    if after and len(NO_KIND.sub("", OUTLET_WORDS.sub("", after.group(1)))) >= 2:
        return True  # ('挂网公开近400条疫情防控信息': the kind named after the count)
    thing = before[max(ends):]
    if re.search(r"[、,，]|等", thing):
        return False  # ('公开概况信息、工作动态、财政预决算…等共497条': kinds listed, and their whole)
    thing = re.sub(r"[^\u4e00-\u9fff]", "", thing)
    left = NO_KIND.sub("", OUTLET_WORDS.sub("", thing))
    return len(left) >= 2


def of_another_outlet(asked: set[str], unit: Unit) -> bool:
    """Whether a clause names only outlets other than the ``asked`` ones: those it names itself, else
    those of the words leading to it in its sentence."""
    if TUNING.outlet_per_item and len(counts := [f for f in extract_figures(unit.match_text) if f.unit]) > 1:
        # (a clause counting several things is of another outlet only when each of its items is: '直播新闻发布会10期,
        # 县政府公报4期' counts a gazette in its second item, not in its first)
        # (an item naming no outlet is of the one an item before it in the clause names, else of the sentence's:
        # '“周至政务”公众号共发布信息294期1014条' counts the account's posts twice)
        starts = [0, *(f.end for f in counts[:-1])]
        return all(another_outlet(asked, outlets_in(unit.match_text[start:f.end]) or outlets_in(unit.match_text[:f.end])
                                  or outlets_in("".join(unit.before) + unit.match_text[:f.end]))
                   for start, f in zip(starts, counts))
    return another_outlet(asked, outlets_in(unit.match_text) or outlets_in("".join(unit.before) + unit.match_text))


# A part of a question checking the figure asked against one it gives ('有没有超过一万元', '是不是超过了100件').
BOUND_CHECK = re.compile(r"(?:那|这|它)?(?:(?:有没有|是否|是不是)(?:超过|超出|达到|到|过|多于|少于|不到|低于|高于)|超没超过|够不够|到没到)"
                         r"了?[\d一二两三四五六七八九十百千万亿.]+[元条件篇个人次期项]?(?:呢|吗|啊|呀)?")
# '<whole>里(，)<part>的有多少': a part of a whole asked.
# 属于 opening a part asked after 里/中 ('公布的信息里，属于审计公开的有几条'): which part, no word a clause says.
PART_BELONGS = re.compile(r"(?P<in>里面|里头|当中|之中|里|中)(?P<comma>[，,]?\s*)属于(?=[\u4e00-\u9fff]{2,12}?的)|"
                          r"(?P<in2>其中)(?P<comma2>[，,]?\s*)(?:属于|是)?(?=[\u4e00-\u9fff]{2,12}?的\s*(?:有|是|占)?\s*(?:多少|几))")
PART_ASKED = re.compile(r"(?:当中|之中|里面|里头|里|中)[，,]?\s*(?P<part>[\u4e00-\u9fff]{2,16}?)的?\s*"
                        # (… and its word of a kind, '…向村民公开的那一类，有多少条')
                        r"(?:那一?[类种些](?:信息)?[，,]?)?\s*(?:有|是|占)?\s*"
                        r"(?:多少|几|[件条个项篇次]?\s*[呀啊呢吗哈]?\s*[？?]?\s*$)")


def _asks_arithmetic(text: str) -> bool:
    """Whether a question (or a part of one) asks to add, compare, rank or take a share or a change."""
    from assistant.ask.operations import BOUND, CHANGE, COMPARE, RANK, SHARE, SUM, TREND

    return any(p.search(text) for p in (SUM, SHARE, CHANGE, COMPARE, RANK, TREND, BOUND))


def _item_of(unit: Unit, item: str) -> Unit:
    """A listing clause's unit as the one item of it answering (its text and figures the item's; the clause's words
    before the item among the words leading to it, as the sentence's are: '其中公开年度重点工作任务…、' of '财政资金31条')."""
    at = unit.quote.find(item)
    lead = unit.quote[:at] if TUNING.item_keeps_lead and at > 0 else ""
    return dataclasses.replace(unit, quote=item, match_text=item, figures=[f.raw for f in _figures(item)],
                               before=(*unit.before, lead) if lead.strip() else unit.before)


def _asked_item(text: str, weights: dict[str, float], part: str = "") -> str | None:
    """Of a clause listing three or more counted things by 、 (outside brackets), the one item saying the part asked
    (``part``, '审计公开') as one phrase, else the one item saying a word of the question no other item says; else
    None."""
    items, depth, current = [], 0, ""
    for ch in text:
        depth += ch in "（(《“"
        depth -= ch in "）)》”" and depth > 0
        if ch == "、" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    counted = [i for i in items if _figures(i)]
    if len(counted) < 3 or len(counted) < len(items) - 1:
        return None
    saying = [i for i in counted if len(part) >= 4 and part in i]
    if len(saying) == 1:
        return saying[0].strip(" ，,。；;")

    def own(item: str) -> str:
        # (an item's own words: the first's from its verb on — '街道通过…门户网站公开财政预决算信息2条' leads the list
        # with the sentence's words, said of every item)
        ends = [item.rfind(v) for v in PUT_OUT_WORDS if v in item]
        return re.sub(r"[（(][^）)]*[）)]", "", item[max(ends):] if ends and item is items[0] else item)

    # (words of what is put out as a whole, '信息', '公开', name no item: '经济和社会发展统计信息24条' is not what '各自发了多少
    # 信息' asks)
    said = [{t for t in terms_of(own(i)) if t in weights and t not in WHOLE_WITH_TOTALS} for i in counted]
    # the one item saying a word of the question no other item says ('行政执法统计年报1条' beside '行政执法事项目录1条');
    # none when no item does or several do ('卫生健康信息和财政资金信息分别有几条' asks two)
    own_said = [n for n, words in enumerate(said) if words - set().union(*(w for m, w in enumerate(said) if m != n))]
    return counted[own_said[0]].strip(" ，,。；;") if len(own_said) == 1 else None


def _part_asked(focus: str) -> tuple[str, set[str]] | None:
    """(the words of a part of a whole asked after 里/中, its terms of two characters), or None when the
    question asks none or its words are only words of asking."""
    m = PART_ASKED.search(focus)
    if not m:
        return None
    terms = {t for t in question_terms(QUESTION_WORDS.sub(" ", m.group("part"))) if len(t) > 1}
    return (m.group("part"), terms) if terms else None


def _says_part(terms: set[str], unit: Unit) -> bool:
    """Whether the clause (with the clauses before it in its sentence) says a term of the part asked (one not of
    what is put out as a whole, when it has such: '公开' of '村里自己的事务向村民公开的那一类' is the whole's too)."""
    if TUNING.part_says_own_word and terms - WHOLE_WITH_TOTALS:
        terms = terms - WHOLE_WITH_TOTALS
    text = "".join(unit.before) + unit.match_text
    return any(t in text for t in terms) or bool(terms & unit.covered)


def _only_dates(unit: Unit) -> bool:
    """Whether every figure of a clause is part of a date it writes ('2023-01-28', '12月31日')."""
    spans = [m.span() for m in DATE_WRITTEN.finditer(unit.match_text)]
    if TUNING.year_month_a_date:
        # (… and a month of a year, '从2019年6月份重新上线': no count of hits)
        spans += [m.span() for m in YEAR_MONTH.finditer(unit.match_text)]
    if not spans:
        return False
    figures = [f for f in extract_figures(unit.match_text) if f.raw in unit.figures]
    return bool(figures) and all(any(a <= f.start and f.end <= b for a, b in spans) for f in figures)


# A figure over every year so far ('截至2019年底,累计主动公开政府信息64627条', '自2003年以来累计公开
# 信息707篇'), not the report's year: a clause saying 累计 after a year it runs from or to (in it or in
# the clause before it), not of the year ('截至12月31日,全年通过政府网站主动公开信息累计700条' is the
# year's). It answers only a question asking what has built up ('累计', '到2019年底', '历年', 'so far').
CUMULATIVE_SINCE = re.compile(r"(?:截至|截止|到)(?:19|20)\d{2}年|以来|历年")
OF_THE_YEAR = re.compile(r"全年|本年|年内|当年|今年")
ASKS_CUMULATIVE = re.compile(r"累计|截至|截止|以来|历年|到(?:19|20)\d{2}年?(?:底|末)|为止|积累|攒|"
                             # (spoken: '从2003年开始算，一直到2022年')
                             r"(?:19|20)\d{2}年?(?:(?:开始|起)(?:算|计)?[，,]?)?(?:一直)?(?:到|至)(?:19|20)\d{2}年|"
                             # (… with the years taken out of a question's focus)
                             r"从\s+(?:(?:开始|起)(?:算|计)?[，,]?)?\s*(?:一直)?(?:到|至)\s|"
                             r"(?i:\bcumulative(?:ly)?\b|\bso far\b|\bsince\b|\bto date\b|\bin all\b|"
                             r"\b(?:all the way |going |counting )?back to (?:19|20)\d{2}\b)")


def _cumulative(unit: Unit) -> bool:
    said = (unit.before[-1] if unit.before else "") + unit.match_text
    return "累计" in unit.match_text and bool(CUMULATIVE_SINCE.search(said)) and not OF_THE_YEAR.search(said)


class FormatWordings(tuple):
    """A group of the format's wordings of one row or label (format_groups), any one saying it."""


def expanded_abbreviations(question: str, text: str) -> tuple[str, list[tuple[str, ...]]]:
    """The question with each word of two characters that ``text`` never says, and that ``text`` says in
    full as a word of four characters (the first and third its two: '社保' → 社会保障), put in those words; and
    the groups of words any one of which says it. At most three full forms a word; none for a word of the
    names or the asking ('多少', '哪个')."""
    import jieba

    jieba.setLogLevel(60)
    groups: list[tuple[str, ...]] = []
    out = []
    for token in jieba.cut(question):
        if len(token) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", token) and token not in text \
                and token not in STOP_WORDS and not QUESTION_WORDS.search(token):
            full = sorted({m.group(0) for m in re.finditer(
                rf"{token[0]}[\u4e00-\u9fff]{token[1]}[\u4e00-\u9fff]", text)
                # (a word of the dictionary, not two words side by side: '网上' is no '网站上传' of '门户网站上传信息')
                if not TUNING.abbreviation_of_a_word or m.group(0) in jieba.dt.FREQ})
            if 1 <= len(full) <= 3:
                if len(full) > 1:
                    groups.append(tuple(full))
                out.append(f" {' '.join(full)} ")
                continue
        out.append(token)
    return "".join(out), groups


# A lead saying a thing was not done ('本年度未发布规范性文件'): its words do not say the count after it.
LEAD_NEGATED = re.compile(r"未|没有|无(?!偿)|不(?!断|仅|少)")
# … a lead saying it was not done at all ('本年度未发布规范性文件'), not one of refusals ('不予公开3件').
NOT_DONE = re.compile(r"未|没有")

# 'On the web' said of putting information out ('网上发布', '在网上主动公开'; not 网上申请, a way requests come in,
# nor the 网 of a site, '县政府外网上'), and the reports' words for the web.
WEB_WORDS = ("网站", "网上", "网络", "线上", "门户", "官网", "网页")
ONLINE_PUT = re.compile(r"(?:在|于|通过)?(?<![外内])网上"
                        r"(?=(?:主动|所|都|共|一共|累计|总共|各)?(?:发布|公开|发|挂|推送|上传|更新))(?![^，,。？?；;]{0,8}申请)")


# The format's information worded either way ('多少条政务信息' where a report says 主动公开政府信息145条).
INFORMATION = ("政务信息", "政府信息")
# The format's own things, which any count of putting out or of requests counts ('公开134条' counts 信息): a report
# need not say the word.
IMPLIED_NOUNS = ("信息", "申请", *INFORMATION)


def counted_noun(question: str) -> str:
    """The word naming what a question counts: '多少场听证会' → 听证会, '粉丝总数是多少' → 粉丝; ''
    when it names none. 政务信息 and 政府信息 count the format's 信息 either way."""
    found = _counted_noun(question)
    return "信息" if TUNING.information_either_way and found in INFORMATION else found


@lru_cache(maxsize=1)
def carried_words() -> tuple[str, ...]:
    """The format's words for requests carried between years (上年结转, 结转下年度, and a person's words for
    them in the format's `ask`), longest first."""
    from assistant.national.schema import national_format

    rows = [row for table in national_format().tables.values() for key, row in table.rows.items()
            if key in ("apply.carried_over", "apply.carried_forward")]
    return tuple(sorted({w for row in rows for w in row.zh + row.ask if len(w) >= 2}, key=lambda x: (-len(x), x)))


def _rest_of_sentence(unit: Unit) -> str:
    """The words of a clause's sentence after it (to the next 。；)."""
    text = unit.passage.text
    at = text.find(unit.match_text)
    if at < 0:
        return ""
    rest = text[at + len(unit.match_text):]
    return re.split(r"[。；;！!？?\n]", rest, maxsplit=1)[0]


def _reports_word(word: str) -> bool:
    """Whether a word is one of the glossary's Chinese wordings (the reports' own vocabulary)."""
    return any(word in wordings for wordings in GLOSSARY_TERMS.values())


def _whole_before(part: Unit, units: list[Unit]) -> Unit | None:
    """The prose unit whose clause ends right before the 其中 opening ``part``'s sentence's parts (punctuation
    between), or right before ``part``'s clause."""
    text = part.passage.text
    at = text.find(part.match_text.strip())
    opening = text.rfind("其中", 0, at) if at >= 0 else -1
    if opening >= 0 and not re.search(r"[。！？]", text[opening:at]):
        at = opening
    for unit in units if at >= 0 else ():
        if unit is part or unit.is_cell or unit.passage is not part.passage:
            continue
        end = text.rfind(unit.match_text.strip(), 0, at)
        if end >= 0 and not re.sub(r"其中|[\s，,。；;:：]", "", text[end + len(unit.match_text.strip()):at]):
            return unit
    return None


def _right_after(whole: Unit, part: Unit) -> bool:
    """Whether ``part``'s clause follows ``whole``'s in their passage with nothing but punctuation between."""
    between = _text_between(whole, part)
    return between is not None and not between.strip(" ，,、；;")


def _text_between(first: Unit, then: Unit) -> str | None:
    """The text of ``first``'s passage between its clause and ``then``'s after it; None when either is not found
    there in that order."""
    text, quote = first.passage.text, first.quote.strip()
    at = text.find(quote)
    after = text.find(then.quote.strip(), at + len(quote)) if at >= 0 else -1
    return text[at + len(quote): after] if after >= 0 else None


def _after_qizhong(unit: Unit) -> bool:
    """Whether a clause is a later item of a breakdown its sentence opens with 其中 ('…共完成各类信息发布12209条,
    其中概况类信息198条,政务动态信息8439条': 8439 is a part, as 198 is)."""
    return any(b.lstrip(" ，,").startswith("其中") for b in unit.before)


def _outlet_part(unit: Unit) -> bool:
    """Whether a clause counts what went out through an outlet it names, right after a clause of its sentence
    counting the same kind of thing through none ('…共计145条,通过…线上平台公开134条'): a part of that whole."""
    if unit.is_cell or not unit.before or not outlets_in(unit.match_text) or outlets_in(unit.before[-1]):
        return False
    lead = unit.before[-1]
    return bool({_kind(m) for m in _counted_in(lead, _figures(lead))} & {_kind(m) for m in unit.counted_in} - {None})


# Requests moved on to a year named ('拖到了2026年', '挪到2025年再处理'); brought from one: understand.MOVED_FROM_YEAR.
MOVED_TO_YEAR = re.compile(r"((?:挪|转|留|结转|带|推|延|拖)(?:到|至|进)了?)((?:19|20)\d{2})年")


def _next_year_said(question: str, years: set[int]) -> str:
    """A question about one year's report naming the year after it as where requests were moved ('2025年有几件申请
    拖到了2026年') in the format's words for it ('…转到下一年'), and the year before it as where they came from
    ('从2024年结转过来的' → '从上一年结转过来的'): those are the report's 结转下年度 and 上年结转, not other reports' years."""
    from assistant.ask.understand import MOVED_FROM_YEAR

    if len(years) != 1:
        return question
    year = next(iter(years))
    question = MOVED_TO_YEAR.sub(lambda m: "转到下一年" if int(m.group(2)) == year + 1 else m.group(0), question)
    return MOVED_FROM_YEAR.sub(lambda m: f"{m.group(1)}上一年" if int(m.group(2)) == year - 1 else m.group(0), question)


def _carried_counted(unit: Unit) -> bool:
    """Whether a clause counts requests carried between years: a word of them before its first figure ('上年结转
    政府信息公开申请12件'; not '新收政府信息公开申请1541件,加上上年结转的', the year's new ones)."""
    figures = extract_figures(unit.match_text)
    before = unit.match_text[:figures[0].start] if figures else unit.match_text
    return any(w in before for w in carried_words())


def _counted_noun(question: str) -> str:
    """The counted word, as the question words it: a noun or a verbal noun by jieba's part of speech."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    patterns = ((COUNTED_AFTER, 0), (COUNTED_BEFORE, -1)) + (((COUNTED_COMPARED, -1),) if TUNING.counted_compared else ())
    for pattern, pick in patterns:
        m = pattern.search(question)
        if not m:
            continue
        if TUNING.counted_head and pick == 0:
            # the head of the phrase after 多少件 is its last noun ('政府信息公开申请' counts 申请)
            run = []
            for p in jieba.posseg.cut(m.group(1)):
                if TUNING.counted_across_de and p.word == "的" and run:
                    continue  # ('老百姓的诉求' counts 诉求, '招商引资的原创稿' 原创稿)
                if p.flag.startswith(("u", "p", "c", "r", "t", "m", "d")) or p.word in STOP_WORDS:
                    break
                run.append(p)
            heads = [p for p in run if len(p.word) >= 2 and p.flag.startswith(("n", "vn", "v"))]
            if TUNING.counted_across_de:
                heads = [p for p in heads if not p.flag.startswith("ns")]  # (a place counts nothing: '…花都区府办')
            if heads:
                return heads[-1].word
            continue
        words = [p for p in jieba.posseg.cut(m.group(1)) if len(p.word) >= 2]
        if words and words[pick].flag.startswith(("n", "vn")) and words[pick].word not in STOP_WORDS:
            return words[pick].word
    m = COUNTED_QUANTITY.search(question) if TUNING.counted_quantity else None
    if m:
        words = list(jieba.posseg.cut(m.group(1)))
        if len(words) == 1 and words[0].flag.startswith(("n", "vn", "v")) and m.group(1) not in STOP_WORDS:
            return m.group(1)
    return ""


# What an English question counts, in the measure word a report counts it in ('how many items' →
# 条, 'how many requests' → 件, 'how many press conferences' → 场, 'how many people' → 人): the
# words after 'how many', up to the thing counted.
EN_MEASURES = (("条", r"items?|pieces?|posts?|articles?|messages?|entries"),
               ("件", r"requests?|applications?|documents?|cases?|files?"),
               ("场", r"sessions?|meetings?|conferences?|briefings?|events?|hearings?"),
               ("人", r"people|persons?|staff|employees?|officials?|followers?|fans?|subscribers?"),
               ("期", r"issues|editions?"))
# Money asked in English ('how much money', 'how many yuan', 'in units of 10,000 yuan', 'RMB'): the format's 元.
EN_MONEY_ASKED = re.compile(r"(?i)\bhow much money\b|\bhow many (?:yuan|rmb)\b|\bin (?:units of )?(?:10,?000 |ten thousand )?"
                            r"(?:yuan|rmb)\b|\bhow much did\b[^?.]{1,80}?\b(?:spend|cost|charge|collect)\b"
                            # ('what was the total value of its centralized government procurement')
                            + (r"|\b(?:value|cost|spending|expenditure)s?\s+(?:of|on)\b" if TUNING.english_value_is_money
                               else ""))
EN_HOW_MANY = re.compile(r"(?i)\bhow many\s+((?:[a-z'-]+\s+){0,4}?)(" + "|".join(w for _, w in EN_MEASURES) + r")\b")


def asked_measure_en(question: str) -> str:
    """The measure word an English question asking one thing counts in, or '' (a question asking
    two things, 'how many requests … and what was the reply rate', counts in no one measure)."""
    if re.search(r"(?i)\b(?:and|or)\s+(?:what|how|which|when|where|who)\b|\?.+\?", question):
        return ""
    if TUNING.english_money_asked and EN_MONEY_ASKED.search(question):
        return "元"  # ('How much money, in units of 10,000 yuan, …': money, never the projects counted beside it)
    m = EN_HOW_MANY.search(question)
    if not m:
        if re.search(r"(?i)\bhow (?:many|much)\b", question):
            return ""
        # ('Add up the disclosure requests received …', no 'how many'): the one measure its nouns
        # count in, if one
        found = {measure for measure, words in EN_MEASURES
                 if re.search(rf"(?i)\b(?:{words})\b", question)}
        return found.pop() if len(found) == 1 else ""
    word = m.group(2).lower()
    return next(measure for measure, words in EN_MEASURES if re.fullmatch(words, word))


# A fee asked ('收了多少信息处理费', '收费多少'): money.
FEE_ASKED = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,6}费(?!率)|收费(?:金额)?(?:是|有|为)?(?:多少|几)")


def asked_measure(question: str) -> str:
    """The one measure word a question counts in ('多少条' → 条, '几个人' → 人, '多少钱' → 元); '' for
    none, or for several."""
    # ('这几个乡镇里', '几个区县政府': how many bodies are among, no measure asked)
    question = AMONG_BODIES.sub("", question)
    if measures_named(question):
        return ""  # ('多少个（件）': either)
    found = {m.group(1).replace("个人", "人").replace("钱", "元") for m in ASKED_MEASURE.finditer(question)}
    # ('信息条数最多', '申请件数': the count in a measure named as a noun)
    found |= {m.group(1) for m in COUNT_NOUN.finditer(question)}
    if not found and TUNING.fee_asked_in_yuan and FEE_ASKED.search(question):
        found = {"元"}  # ('收了多少信息处理费': a fee is money, never the requests of the clause beside it)
    if not found and TUNING.format_noun_measure:
        # ('发布的信息有多少', no measure word): the format counts information in 条 and requests in 件
        found = {FORMAT_MEASURES[m.group(1)] for m in FORMAT_NOUN_COUNTED.finditer(question)}
    if not found:
        from assistant.ask.operations import operation_of

        op = operation_of(question)
        if op.share and not (op.change or op.rank):
            return "%"  # a share asked ('占比是多少'): a clause stating counts only does not answer it
    return found.pop() if len(found) == 1 else ""


def _kind(measure: str) -> int | None:
    return next((i for i, kind in enumerate(MEASURE_KINDS) if measure in kind), None)


def review_results_asked(question: str) -> list[str]:
    """The words of the result of reconsiderations or lawsuits a question about them asks (the review table's
    columns but its total: 结果纠正 with 纠正, 撤销, 被纠错…), any of which says it; [] when it asks none."""
    from assistant.national.schema import national_format

    table = national_format().tables["review"]
    about = [w for row in table.rows.values() for w in row.zh + row.ask] + \
            [w for group in table.groups.values() for w in group.zh + group.ask]
    if not any(w in question for w in about):
        return []
    for key, column in table.columns.items():
        words = [w for w in column.zh + column.ask if len(w) >= 2]
        if key != "total" and any(w in question for w in words):
            return words
    return []


EN_OUTCOMES_SAID = ("apply.result.granted", "apply.result.partial")


def english_outcomes_said(question: str) -> set[str]:
    """The Chinese wordings (the format's names and a person's words) of the outcomes of requests an English question
    about requests names (granted in full or in part: 'granted in full' → 予以公开, 全部公开 …); empty for none."""
    from assistant.ask.cells import find_terms
    from assistant.national.schema import name_of, national_format

    if not re.search(r"(?i)\b(?:requests?|applications?)\b", question):
        return set()  # (a question of no requests: 'social-security information' names no refusal for security)
    rows = national_format().tables["apply"].rows
    # (granted in full or in part only: the reasons' English words name other things too — 'compiled', 'drafts')
    keys = {t.key for t in find_terms(question, "en") if t.axis == "row" and t.key in EN_OUTCOMES_SAID}
    return {w for k in keys for w in (name_of(rows[k].zh[0]), *rows[k].zh, *rows[k].ask) if len(w) >= 2}


# Things listed with 、 before one count of them all ('规划信息、统计信息、…、财政资金、政府采购…等共计80余条').
JOINT_LIST = re.compile(r"((?:[\u4e00-\u9fff“”]{2,14}、)+[\u4e00-\u9fff“”]{2,14}?)(?:等|在内)*(?:[\u4e00-\u9fff]{0,4}?)"
                        r"(?:共计|合计|总计|累计|共|计)[^\d，,。；;、]{0,4}\d")


def counted_with_others(quote: str, question: str) -> str:
    """The one thing of a list counted together ('…、财政资金、政府采购…等共计80余条') that a question asks alone: the item
    it names (all of its characters) when it names no other item of the list and the list has three or more; ''
    otherwise."""
    for m in JOINT_LIST.finditer(quote):
        items = [x.strip("“”") for x in m.group(1).split("、")]
        if len(items) < 3:
            continue
        named = [x for x in items if len(x) >= 2 and x in question]
        if len(named) == 1 and not re.search(r"\d", quote[m.start(1): m.end(1)]):
            return named[0]
    return ""


def outcome_words() -> tuple[str, ...]:
    """The format's names of the outcomes of requests (予以公开, 部分公开, 不予公开, 无法提供, 不予处理 and
    the rows under them), four characters or more, longest first."""
    return _outcome_words(TUNING.outcome_asked_words)


@lru_cache(maxsize=2)
def _outcome_words(asked_words: bool) -> tuple[str, ...]:
    """outcome_words, built once per setting of TUNING.outcome_asked_words (read on every question)."""
    from assistant.national.schema import name_of, national_format

    words: set[str] = set()
    for row in national_format().tables["apply"].rows.values():
        if row.key.startswith("apply.result.") and row.key != "apply.result.total":
            words.update(name_of(x) for x in (row.zh[0], *row.parent))
            if asked_words:
                words.update(row.ask)  # (and a person's words for them: '同意公开', '全部公开')
    return tuple(sorted((w for w in words if len(w) >= 4 and w != "本年度办理结果"), key=lambda x: (-len(x), x)))


def measure_kind(measure: str):
    """What a measure word counts ('条' and '篇' count items, '场' and '次' events): one value per
    kind, the word itself for one no kind holds."""
    kind = _kind(measure)
    return kind if kind is not None else measure


def _counts_otherwise(unit: Unit, measure: str) -> bool:
    """Every figure of the unit counts in a measure of another kind than the question's."""
    asked = _kind(measure)
    # ('调查5宗' answers '几次': 宗 and 起 count matters, requests as well as times something was done)
    kinds = [None if m in MATTERS else _kind(m) for m in unit.counted_in]
    return asked is not None and bool(kinds) and all(k is not None and k != asked for k in kinds)


FIGURE_LEAD = re.compile(r"(?:共计|合计|累计|总计|共|计|为|达到?|约|近|超过?|逾|了|有|是|[:：])+$")


# A question checking a figure it gives ('是不是2件', '核对一下…452件对吗'): the figure is asked.
CONFIRMS = re.compile(r"是不是|是否|对不对|对吗|没错吧|核对|确认|准确|(?i:\b(?:is it|was it|confirm|check)\b)")


def _computes(question: str) -> bool:
    """Whether a question asks to compute (a sum, share, change, comparison, mean, or what is left)."""
    from assistant.ask.operations import operation_of

    op = operation_of(question)
    return bool(op.sum or op.share or op.change or op.compare or op.mean or op.rank
                or LEFT_OUT_ASKED.search(question))


# What is left of a whole ('除了政务动态类，其他的', '剩下的'): the whole a question gives is an operand.
LEFT_OUT_ASKED = re.compile(r"除了|除去|不算|刨掉|去掉|以外|之外|其[他它余]|剩下|剩余|(?i:\bother than\b|\bexcept\b|\bbesides\b)")


def _given_figures(question: str) -> set:
    """The values of the figures a question gives (not its years, and none when it checks them)."""
    if CONFIRMS.search(question):
        return set()
    return {(f.value, f.kind) for f in _figures(question)}


def given_counts(question: str) -> dict:
    """The counts a question gives, value → (start, end) of the figure with its measure word ('260条'):
    not its years, percentages or bare numbers."""
    out = {}
    for f in extract_figures(question):
        if f.unit and f.unit not in ("年", "%", "‰") and re.fullmatch(MEASURE_WORD, f.unit) and \
                question.startswith(f.unit, f.end):
            out[f.value] = (f.start, f.end + len(f.unit))
    return out


def _only_given(unit: Unit, given: set) -> bool:
    """Every figure of the unit is one the question gives."""
    found = [f for f in _figures(unit.match_text) if f.raw in unit.figures]
    return bool(found) and all((f.value, f.kind) in given for f in found)


def _figure_after(unit: Unit) -> set[str]:
    """The pair of characters right before a clause's first figure (its frame words left out:
    '共受理…申请21件' → 申请), as a set; empty when none."""
    if not unit.figures:
        return set()
    at = unit.match_text.find(unit.figures[0])
    before = FIGURE_LEAD.sub("", unit.match_text[:max(at, 0)])
    return {before[-2:]} if re.fullmatch(r"[\u4e00-\u9fff]{2}", before[-2:]) else set()


def _said_otherwise(units: list[Unit], focus_text_: str, terms: set[str], weight: dict[str, float], total: float,
                    similarity: Similarity, unused: set[str]) -> tuple[Unit, float] | None:
    """The unit that says every word of the question, some in words of its own ('官网' as 门户网站):
    its coverage with the words it says otherwise counted, when that reaches what words alone
    must; the best such unit of ``units`` (in their order on a tie). Only words no clause stating a
    figure uses (``unused``: their pairs of characters) are looked for otherwise: a report that
    counts things in a word says it in that word ('政府' is not said by 政务 in a report that writes
    政府…条 elsewhere); a word of its contact lines or of where to read it ('门户网站' in '本报告电子版可在
    …门户网站查阅') may still be said otherwise where it counts ('通过政府网站主动公开…3128条')."""
    question_words = [w for w in words(focus_text_) if bigrams(w) & unused]
    counted = {t for t in terms if len(t) == 2}
    best: tuple[Unit, float] | None = None
    for unit in units:
        missing = unsaid(question_words, unit.covered, counted)
        said = said_by(missing, unit.match_text, similarity, TUNING.said_otherwise_floor, unit.covered) \
            if missing else {}
        if TUNING.said_in_wordings:
            said |= said_in_wordings(focus_text_, "".join(unit.before) + unit.match_text, unit.covered, unused)
        extra = {t for w in said for t in terms_of(w) & terms} - unit.covered
        if not extra:
            continue
        coverage = math.fsum(weight[t] for t in unit.covered | extra) / total
        lexical = unit.lexical + math.fsum(weight[t] for t in extra) / total
        if coverage >= TUNING.min_coverage and lexical >= TUNING.min_best and (best is None or coverage > best[1]):
            best = (unit, coverage)
    return best


def _close_in_meaning(best: Unit, units: list[Unit]) -> bool:
    """The best unit answers by meaning: close to the question, clearly closer than any clause of
    its report that states other figures, and not without the question's words."""
    others = [u.sim for u in units if u is not best and u.passage.source == best.passage.source
              and set(u.figures) != set(best.figures)]
    margin = best.sim - max(others, default=0.0)
    return (best.sim >= TUNING.semantic_accept and margin >= TUNING.semantic_margin
            and best.lexical >= TUNING.semantic_min_lexical)


def _unit_of_measure(unit: Unit) -> str:
    m = re.search(r"单位[:：]\s*([^)）]+)", unit.column)
    if m:
        return m.group(1)
    if re.search(r"申请|复议|诉讼|件数|决定数量|处理", unit.passage.section + unit.column):
        return "件"
    return ""


# A word at a clause's end that leads into the clause after it ('…发布信息16642条,其中', '…,具体如下：').
LEADS_ON = re.compile(r"[，,、；;]\s*(?:其中包括|其中|包括|另外|此外|同时|分别为|分别是|具体如下|具体为|主要有|如下)\s*[，,：:]?$")


def render(unit: Unit, language: str) -> str:
    """One unit as a statement."""
    if not unit.is_cell:
        text = unit.quote.rstrip("，,；;：:。")
        # (a clause ending in a word that leads into the next, '…79603条,其中', ends before it)
        text = disarm(LEADS_ON.sub("", text) if TUNING.no_dangling_lead else text)
        # a sentence the report's text breaks off (an excerpt cut mid-word) is shown as broken off
        return text + "……" if unit.cut else text
    column = unit.column.replace(" > ", "·")
    measure = _unit_of_measure(unit)
    if not measure or unit.value.endswith(("%", "％")):
        value = unit.value
    elif re.search(r"[万亿千百]", measure):  # '96171.6万元' would state another figure
        value = f"{unit.value}（单位：{measure}）"
    else:
        value = unit.value + measure
    if language == "zh":
        return f"{unit.row}（{column}）为{value}"
    return f"{unit.row} ({column}): {value}"
