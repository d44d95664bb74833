"""The ask pipeline: understand → retrieve → compose (extractive or LLM) → verify → Answer.

``answer_stream`` yields ("delta", text) while an answer is being written and ends with
("answer", Answer). Every figure of a returned answer is checked against the passages it
cites; an LLM answer that fails the check is replaced by the extractive one (or a refusal).
"""

from __future__ import annotations

import dataclasses
import re
import time
from typing import Iterator

from assistant.ask.english_names import bodies_named_en, bodies_in_english
from assistant.ask.shared_organ import spread_listed_organs, spread_shared_organ
from assistant.ask.injection import contacts, disarm, planted, safe_title, scrub
from assistant.ask.tuning import TUNING
from assistant.ask.operations import shares_to_decimals, sum_said_last
from assistant.model import Answer, Citation, plain_number
from assistant.ask.extractive import Unit, _figures, choose_units, given_counts, idf_weights, render
from assistant.ask.bodies import names_of
from assistant.ask.terms import QUOTED, focus_text
from assistant.ask.glossary import chinese_terms
from assistant.ask.understand import understand
from assistant.zh.text import language_of
from assistant.model import Passage
from assistant.ask.retrieval import HybridSearch
from assistant.ask.verify import citation_markers, support_text, verify_answer
from assistant.ask.page_facts import page_answer
from assistant.ask.prose_sum import (added_from_one, count_broken_down, counts_in, difference_of, stated_difference,
                                     stated_sum, things_compared, things_to_add, unfound_addends, units_for_addends,
                                     years_compared)


REFUSAL_ZH = "报告中没有找到可以回答这个问题的内容。"
REFUSAL_EN = "The reports in the index do not answer this question."


# A year said of every body compared, opening the question ('同在2022年，', '都是2024年，').
SHARED_YEAR = re.compile(r"^\s*(?:同在|同是|都在|都是|同样在|同样是|同为)\s*((?:19|20)\d{2}\s*年(?:度)?)\s*[，,]?\s*")


def _search(gongkai) -> HybridSearch:
    store = gongkai.store
    with gongkai._lock:  # one HybridSearch per facade, shared by the web app's threads
        if getattr(gongkai, "_hybrid", None) is None:
            gongkai._hybrid = HybridSearch(store, gongkai.settings.cache_path)
        return gongkai._hybrid


def _names_inside_quotes(question: str, body: str) -> bool:
    """Whether the question names the body only inside quotes ('“周至政务”公众号' is 周至县's
    account): the body is named, as the owner of what is asked about."""
    return any(form in quoted for quoted in QUOTED.findall(question) for form in names_of(body).place_forms)


ENGLISH_LEAD = 24  # characters that tell an English reason from a Chinese one


def _refusal(question: str, language: str, note: str, started: float, mode: str,
             retrieved: list[Passage] | None = None) -> Answer:
    text = REFUSAL_ZH if language == "zh" else REFUSAL_EN
    if language == "en" and note and not note[:ENGLISH_LEAD].isascii():
        # an English question, an English reason (an English sentence may still name the bodies
        # held in their Chinese names: 'The index holds no report from Yuhang. It holds: 东山街道…')
        note = "The retrieved passages do not state this."
    return Answer(question=question, answer=f"{text} {note}".strip(), answered=False, citations=[],
                  verified=False, mode=mode, note=note, latency_ms=(time.perf_counter() - started) * 1000,
                  retrieved=retrieved or [])


def compose_extractive(question: str, language: str,
                       units: list[Unit]) -> tuple[str, str, list[Citation], dict[int, Passage]]:
    """From the chosen units: the answer text with [n] markers, its statements alone (without
    the title line), the citations, and the passage each [n] cites."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []
    cells: dict[str, list[str]] = {}  # cited cells per table-row passage
    for unit in sorted(units, key=lambda u: (u.passage.ordinal, u.passage.id)):
        p = unit.passage
        if p.id not in numbers:
            numbers[p.id] = len(numbers) + 1
            citations.append(Citation.from_passage(numbers[p.id], p))
        n = numbers[p.id]
        if unit.is_cell:
            # The quote of a table row is the row and the cells the answer states.
            cells.setdefault(p.id, []).append(f"{unit.column}: {unit.value}")
            citations[n - 1].quote = f"{unit.row} · " + "; ".join(cells[p.id])
        statement = render(unit, language)
        parts.append(f"{statement}[{n}]" if language == "zh" else f"“{statement}” [{n}]")
    first = units[0].passage
    title = safe_title(first.title, first.body, first.year)
    for c in citations:
        c.quote = disarm(c.quote)
    if language == "zh":
        statements = "；".join(parts) + "。"
        text = f"根据《{title}》：{statements}"
    else:
        statements = "; ".join(parts) + "."
        text = f"According to “{title}”: {statements}"
    cited = {numbers[u.passage.id]: u.passage for u in units}
    return text, statements, citations, cited


def _states_another_fee(question: str, units: list[Unit]) -> bool:
    """A fee asked of one kind answered by a clause stating the other ('信息公开处理费' by '行政事业性
    收费64370.01万元'): cells.other_fee. English questions are matched through their Chinese terms."""
    from assistant.ask.cells import other_fee

    asked = question if language_is_zh(question) else question + " " + " ".join(chinese_terms(question))
    return any(other_fee(asked, unit.quote if not unit.is_cell else f"{unit.row} {unit.column}") for unit in units)


def language_is_zh(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def _attach_figures(citations: list[Citation], by_citation: dict[int, list[str]]) -> None:
    for c in citations:
        c.figures = list(by_citation.get(c.id, []))


def _corroborate(answer: Answer, figures, extractive: Answer | None, language: str) -> None:
    """Add the report's own sentence stating a computed figure, when the extractive answer found one."""
    from assistant.zh.figures import extract_figures

    if extractive is None or len(figures) != 1:
        return
    value = figures[0].value
    for citation in extractive.citations:
        if citation.source != figures[0].source:
            continue
        if any(f.value == value for f in extract_figures(citation.quote)):
            n = len(answer.citations) + 1
            clause = next((c for c in re.split(r"[，,；;。]", citation.quote)
                           if any(f.value == value for f in extract_figures(c))), citation.quote)
            citation.id = n
            citation.figures = [plain_number(value)]
            answer.citations.append(citation)
            answer.answer += (f"报告正文亦写明：“{clause.strip()}”[{n}]。" if language == "zh"
                              else f" The report's text says so too: “{clause.strip()}” [{n}].")
            return


def _similarity(gongkai):
    """Cosines between a question and the texts of candidate units, with cached vectors."""
    import numpy as np

    store = gongkai.store

    def similarity(query: str, texts: list[str]) -> list[float]:
        if not texts or not query.strip():
            return [0.0] * len(texts)
        q = np.asarray(store.embedder.embed_query(query), dtype=np.float32)
        vectors = store.vectors(texts)
        norms = np.linalg.norm(vectors, axis=1) * (np.linalg.norm(q) or 1.0)
        return list((vectors @ q) / np.where(norms == 0, 1.0, norms))

    return similarity


def _multi_report_answer(question: str, understanding, names: list[str], lexical, started: float,
                         similarity=None) -> Answer | None:
    """Two years or two bodies, answered report by report from their text."""
    from assistant.ask.multi_report import answer_per_report, own_readings, report_sets
    from assistant.ask.operations import operation_of

    if TUNING.english_them_compared and understanding.language != "zh":
        # ('… and what is the gap between them?'): the bodies compared, said again by a pronoun — no words of what each
        # report is read for
        question = EN_BETWEEN_THEM.sub("", question)
    op = operation_of(question)
    reports = report_sets(understanding, op)
    if not reports:
        return None
    # Years of one named body are one body's, whatever names its reports give it.
    one_body = True if len(understanding.groups) == 1 else None
    resolution = understanding.resolution
    readings = own_readings(question, resolution.mentions, reports, names) \
        if resolution is not None and one_body is None else {}
    answer = answer_per_report(question, names, understanding.language, reports, lexical, op, started,
                               similarity=similarity, one_body=one_body,
                               text_figure=_text_figure(question, understanding, lexical), readings=readings)
    if answer is None and TUNING.several_unstated_refused:
        # none of the reports asked about states it, each read on its own: their passages read
        # together would answer from one of them, as if it were the answer about all
        language = understanding.language
        return _refusal(question, language, "所问的各份报告都没有说明这一点。" if language == "zh" else
                        "None of the reports asked about states this.", started, "extractive")
    return answer


def _given(found: Answer, retrieved: list[Passage]):
    """The events of an answer found by one of the answerers: its text (when it answers), then it."""
    found.retrieved = retrieved
    if found.answered:
        yield "delta", found.answer
    yield "answer", found


def _owner_years_answer(question: str, understanding, names: list[str], lexical, started: float, owner: str,
                        similarity=None) -> Answer | None:
    """The years asked of the body a question names only as the owner of what it asks about: its
    reports of those years read one by one; refused when it holds no report for one of them."""
    from assistant.ask.understand import TWO_YEARS

    if not TWO_YEARS.search(question):
        return None
    its = [r for r in understanding.reports if r.get("body") == owner]
    missing = understanding.years - {r.get("year") for r in its}
    if missing:
        language = understanding.language
        named = "、".join(map(str, sorted(missing)))
        return _refusal(question, language, f"索引中没有{owner}{named}年的报告。" if language == "zh" else
                        f"The index holds no report for {named.replace('、', ', ')} from {owner}.", started, "extractive")
    scoped = dataclasses.replace(understanding, reports=its, groups=[its])
    return _multi_report_answer(question, scoped, names, lexical, started, similarity)


# A court case asked in everyday words ('官司', '告上法院', 'lawsuit'): the format's 行政诉讼, never its 行政复议.
COURT = re.compile(r"官司|法院|法庭|起诉|告上|诉讼|(?i:\bcourts?\b|\blawsuits?\b|\bsued\b|\blitigation\b)")


def _reconsideration_for_court(question: str, units) -> bool:
    """Whether a question asks of court cases, naming no reconsideration, and every clause found states
    reconsideration only ('信息公开官司里，法院判政府这边维持的有几件' had been answered '行政复议2件,均获维持')."""
    if not COURT.search(question) or re.search(r"复议|(?i:reconsideration|review)", question):
        return False
    return all("复议" in u.quote and "诉讼" not in u.quote for u in units)


def _asked_of_several(question: str) -> bool:
    """Whether a question asks arithmetic that may be over several bodies: a sum, a comparison, a ranking."""
    from assistant.ask.operations import operation_of

    op = operation_of(question)
    return op.sum or op.compare or op.rank


def _owner_of_quoted(question: str, understanding, lexical) -> str:
    """The one body a question names only inside quotes ('“硚口审计”公众号'), whose reports of the years asked
    say the quoted words; '' when none or several do."""
    quoted = [q.strip("“”\"《》「」") for q in QUOTED.findall(question)]
    quoted = [q for q in quoted if len(q) >= 2]
    if not quoted:
        return ""
    owners = set()
    for report in understanding.reports:
        if report.get("year") not in understanding.years or not _names_inside_quotes(question, report.get("body", "")):
            continue
        if any(q in p.text for p in lexical.of_sources({report["source"]}) for q in quoted):
            owners.add(report.get("body", ""))
    return owners.pop() if len(owners) == 1 else ""


def _one_report(understanding, lexical, english: bool = False):
    """(the passages, their term statistics) of the one report a Chinese question (or, with
    ``english``, an English one) is about, or None when it is about several."""
    sources = {r["source"] for r in understanding.reports}
    if len(sources) != 1 or (understanding.language != "zh" and not english):
        return None
    pool = lexical.of_sources(sources)
    return pool, idf_weights([p.index_text for p in pool], lexical.term_stats().df)


def _quoted(question: str, units: list[Unit], started: float, tail, language: str = "zh") -> Answer | None:
    """The units quoted as an extractive answer, verified, with ``tail(text)`` making the text
    that states what is computed from them; None when the quotes do not verify."""
    text, statements, citations, cited = compose_extractive(question, language, units)
    if not verify_answer(text, cited, question).ok:
        return None
    _attach_figures(citations, verify_answer(statements, cited, question).figures_by_citation)
    return Answer(question=question, answer=tail(text), answered=True, citations=citations, verified=True,
                  mode="extractive", latency_ms=(time.perf_counter() - started) * 1000)


def _prose_share_answer(question: str, understanding, names: list[str], lexical, started: float,
                        similarity=None) -> Answer | None:
    """A share of two figures one report's text states (prose_share), with both clauses quoted and
    the share computed from them; None when the question asks no such share or either figure is
    not found for sure."""
    from assistant.ask.operations import operation_of
    from assistant.ask.prose_share import EN_DIVIDED, EN_TIMES, prose_share, split_times

    op = operation_of(question)
    # ('占全年主动公开总数的比例' reads as a sum too: the share of a sum is left out by prose_share)
    # (a share, or 'A是B的几倍', 'X divided by Y')
    asked = op.share or bool(split_times(question)) or bool(EN_TIMES.search(question)) or \
        bool(TUNING.english_divided_by and EN_DIVIDED.search(question))
    language = understanding.language
    report = _one_report(understanding, lexical, english=True) if asked and not (op.change or op.rank) else None
    found = prose_share(question, names, language, *report, similarity) if report else None
    given = given_counts(question) if found is None and report and language == "zh" and TUNING.given_whole else {}
    if given:
        # '那260条解读信息，其中解读产品占比': the whole the question gives is read without its figure, and
        # taken only when the report states that very figure for it
        without = question
        for start, end in sorted(given.values(), reverse=True):
            without = without[:start] + without[end:]
        found = prose_share(without, names, language, *report, similarity)
        if found is not None and found.b not in given:
            found = None
    if found is None:
        return None
    if language == "zh":
        return _quoted(question, found.units, started, lambda text: text.rstrip("。") + f"；{found.said()}。")
    return _quoted(question, found.units, started, lambda text: text.rstrip(".") + f"; {found.said('en')}.", language)


# … and things counted over the years asked ('2024、2025两年，公众号发的信息总数比…的总数多多少').
POOLED_TOTALS = re.compile(r"(?:两|三|几|这)年[^？?。]{0,30}?(?:总数|总量|合计|一共|加起来|合起来|累计)")
# The years asked taken together ('把2024和2025两年合起来看', '两年合在一起'): one share of the sums.
POOLED = re.compile(r"(?:两|三|几|这)年(?:合起来|合在一起|加起来|加在一起|放在一起|一起)|合起来看|放在一起看|合并(?:计算|来看)")


def _prose_shares_answer(question: str, understanding, names: list[str], lexical, started: float,
                         similarity=None) -> Answer | None:
    """A share of two figures each report's text states, for two years or bodies named ('X占当年政务
    信息总数的比例，2022年和2024年各是多少'): each report's part and whole quoted and its share
    computed; their difference in percentage points when a change or comparison is asked. None
    unless every report gives its share (prose_share, as for one report)."""
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _computed, _label, _renumbered
    from assistant.ask.operations import operation_of
    from assistant.ask.prose_share import prose_share, split_times

    op = operation_of(question)
    reports = list({r["source"]: r for r in understanding.reports}.values())
    times = bool(split_times(question))  # ('A是B的几倍？2022年和2024年分别算': each report's ratio)
    if not (op.share or times) or op.rank or understanding.language != "zh" or not understanding.groups or \
            not 2 <= len(reports) <= 4:
        return None
    parts, shares = [], []
    for record in reports:
        pool = lexical.of_sources({record["source"]})
        stats = idf_weights([p.index_text for p in pool], lexical.term_stats().df)
        found = prose_share(question, names, "zh", pool, stats, similarity)
        if found is None:
            return None
        shares.append(found)
        text, statements, citations, cited = compose_extractive(question, "zh", found.units)
        if not verify_answer(text, cited, question).ok:
            return None
        _attach_figures(citations, verify_answer(statements, cited, question).figures_by_citation)
        parts.append(Part(record, statements.rstrip("。") + f"，{found.said()}", citations, [Decimal(found.percent)],
                          "倍" if found.times else "%"))
    one_body = len(understanding.groups) == 1
    citations, lines = _renumbered(parts, lambda p: _label(p.record, one_body, "zh"), "zh")
    text = "；".join(lines)
    if TUNING.pooled_shares and not times and one_body and POOLED.search(question):
        # ('把2024和2025两年合起来看，…占多少比例'): the parts added over the whole added, each year's shown
        a, b = sum(x.a for x in shares), sum(x.b for x in shares)
        if b > 0 and len({x.measure_a for x in shares}) == 1 and len({x.measure_b for x in shares}) == 1:
            from assistant.ask.prose_share import _percent_of

            pa = " + ".join(plain_number(x.a) for x in shares)
            pb = " + ".join(plain_number(x.b) for x in shares)
            text += (f"；合起来{plain_number(a)}{shares[0].measure_a}占{plain_number(b)}{shares[0].measure_b}的"
                     f"{_percent_of(a, b)}%（({pa}) ÷ ({pb})）")
            return Answer(question=question, answer=text + "。", answered=True, citations=citations, verified=True,
                          mode="extractive", latency_ms=(time.perf_counter() - started) * 1000)
        return None
    # two shares: their difference in percentage points, as for shares the reports state
    # ('占当年…总数' reads as a sum too: not added); two ratios: each said, nothing computed of them
    computed = _computed(parts, one_body, dataclasses.replace(op, sum=False), "zh") \
        if len(parts) == 2 and not times else ""
    text += f"；{computed}" if computed else ""
    return Answer(question=question, answer=text + "。", answered=True, citations=citations, verified=True,
                  mode="extractive", latency_ms=(time.perf_counter() - started) * 1000)


# 'A比B多' of two things (not of years: '比2024年', '比上一年'), asked of several years' reports ('每年公众号
# 发的都比网站上多，2024年多几篇，2025年多几篇'): each report's own difference.
THINGS_COMPARED = re.compile(r"(?P<x>[^，,。？?；;]+?)(?:都|也|还)?比(?P<y>[^，,。？?；;\d]+?)(?P<more>多|少)")
# … and 'A和B哪一类更多？…各差多少' (no 比): the two things joined, which is more asked.
THINGS_WHICH_MORE = re.compile(r"(?P<x>[^，,。？?；;和与跟]+?)(?:和|与|跟)(?P<y>[^，,。？?；;和与跟]+?)(?:哪|谁)[^，,。？?；;]{0,4}?更?(?:多|少)")


def _prose_differences_answer(question: str, understanding, names: list[str], lexical, started: float,
                              similarity=None) -> Answer | None:
    """The difference of two things each report's text states, for the years (or bodies) named: each
    report's two clauses quoted and their difference computed as for one report (stated_difference);
    None unless every report gives it."""
    from decimal import Decimal

    from assistant.ask.multi_report import Part, _label, _renumbered
    from assistant.ask.operations import operation_of

    if not TUNING.differences_per_report or understanding.language != "zh" or not understanding.groups:
        return None
    reports = list({r["source"]: r for r in understanding.reports}.values())
    op = operation_of(question)
    m = THINGS_COMPARED.search(question)
    if m and re.search(r"多少|几", question[m.end():]) and not years_compared(m.group("y")):
        x, y, more = m.group("x"), m.group("y"), m.group("more")
    elif (m := THINGS_WHICH_MORE.search(question)) and re.search(r"差了?(?:多少|几)", question[m.end():]):
        x, y, more = m.group("x"), m.group("y"), "多"
    else:
        return None
    if op.rank or op.share or not 2 <= len(reports) <= 4:
        return None
    x = re.sub(r"(?:19|20)\d{2}年?|每年|各年|两年|这两年", "", x)
    # ('公众号发的信息总数比在区政府网站上发的总数多多少': the count of each, no word a clause says)
    x, y = (re.sub(r"的?(?:总数|总量|数量)$", "", t.strip()) or t for t in (x, y))
    asked = f"{x}比{y}{more}多少"
    parts, operands = [], []
    for record in reports:
        pool = lexical.of_sources({record["source"]})
        stats = idf_weights([p.index_text for p in pool], lexical.term_stats().df)
        units = units_for_addends(f"{x}和{y}一共多少", names, "zh", pool, stats, similarity, least=2)
        said, figures = difference_of(asked, "zh", units, names) if units and len(units) == 2 else ("", ())
        if not said:
            return None
        operands.append(figures)
        text, statements, citations, cited = compose_extractive(question, "zh", units)
        if not verify_answer(text, cited, question).ok:
            return None
        _attach_figures(citations, verify_answer(statements, cited, question).figures_by_citation)
        parts.append(Part(record, statements.rstrip("。") + "，" + said.rstrip("。"), citations, [Decimal(0)], ""))
    one_body = len(understanding.groups) == 1
    citations, lines = _renumbered(parts, lambda p: _label(p.record, one_body, "zh"), "zh")
    text = "；".join(lines)
    if TUNING.pooled_shares and one_body and POOLED_TOTALS.search(question):
        # ('2024、2025两年，公众号发的信息总数比在区政府网站上发的总数多多少'): each thing added over the years,
        # then their difference
        units_a, units_b = {a.unit for a, _ in operands}, {b.unit for _, b in operands}
        if len(units_a) != 1 or len(units_b) != 1:
            return None
        total_a, total_b = sum(a.value for a, _ in operands), sum(b.value for _, b in operands)
        ua, ub = next(iter(units_a)), next(iter(units_b))
        shown_a = " + ".join(plain_number(a.value) for a, _ in operands)
        shown_b = " + ".join(plain_number(b.value) for _, b in operands)
        word = "多" if total_a > total_b else "少" if total_a < total_b else ""
        text += (f"；合起来前者{plain_number(total_a)}{ua}（{shown_a}），后者{plain_number(total_b)}{ub}（{shown_b}），"
                 + (f"前者比后者{word}{plain_number(abs(total_a - total_b))}{ua if ua == ub else ''}"
                    f"（{plain_number(max(total_a, total_b))} − {plain_number(min(total_a, total_b))}）" if word
                    else "两者相同"))
    return Answer(question=question, answer=text + "。", answered=True, citations=citations,
                  verified=True, mode="extractive", latency_ms=(time.perf_counter() - started) * 1000)


def _prose_remainder_answer(question: str, understanding, names: list[str], lexical, started: float,
                            similarity=None) -> Answer | None:
    """What is left of a whole once a part is taken out ('X里，除了Y，其他的有多少'), over one report's
    text (prose_remainder), both clauses quoted; None when it is not asked or not found for sure."""
    from assistant.ask.operations import operation_of
    from assistant.ask.prose_remainder import prose_remainder, split_remainder

    split = split_remainder(question) if understanding.language == "zh" and TUNING.remainders else None
    if split is None:
        return None
    op = operation_of(question)
    report = _one_report(understanding, lexical) if not (op.share or op.change or op.rank or op.compare) else None
    found = prose_remainder(split, names, *report, similarity) if report else None
    if found is None:
        return None
    return _quoted(question, found.units, started, lambda text: text.rstrip("。") + f"；{found.said()}。")


def _prose_sum_answer(question: str, understanding, names: list[str], lexical, started: float,
                      similarity=None, least: int = 3) -> Answer | None:
    """'A、B、C…一共多少' over one report's text, the things stated in clauses far apart: each read
    on its own (prose_sum.units_for_addends), quoted, and added when each has a piece of its own;
    None otherwise (the question is then read whole)."""
    from assistant.ask.operations import operation_of
    from assistant.ask.prose_sum import units_for_addends

    op = operation_of(question)
    language = understanding.language if TUNING.english_addends_apart else "zh"
    report = _one_report(understanding, lexical, english=language == "en") \
        if op.sum and not (op.share or op.change) else None
    units = units_for_addends(question, names, language, *report, similarity, least=least) if report else None
    total = stated_sum(question, language, units, names) if units else ""
    return _quoted(question, units, started, lambda text: text + total, language) if total else None


def _names_another_row(question: str, understanding, units: list[Unit]) -> bool:
    """Whether a question asking one figure names one row of the tables and the best clause found names, before each of
    its counts, rows of them other than that one ('从上一年转过来的…申请' answered by '共受理依申请公开事项59件', the new ones)."""
    from assistant.ask.cells import find_terms
    from assistant.ask.multi_report import _a_year
    from assistant.ask.operations import ASKED_HOW_MANY, operation_of

    if not units or units[0].is_cell:
        return False
    op = operation_of(question)
    if op.sum or op.share or op.change or op.compare or op.rank or op.each or len(ASKED_HOW_MANY.findall(question)) > 1:
        return False
    plan, _ = _planned(question, understanding)
    if plan is None or len(plan.targets) != 1 or plan.targets[0].row_group or not plan.targets[0].row or \
            not any(t.axis == "row" for t in plan.terms):
        return False  # (a row the question names: not the tables' default one, 本年新收, for a column named alone)
    clause = units[0].match_text
    if TUNING.carried_said_reversed:
        from assistant.ask.prose_cells import carried_in_format_order

        clause = carried_in_format_order(clause)  # ('…452件,结转上年9件')
    figures = [f for f in _figures(clause) if not _a_year(f, {"year": units[0].passage.year})]  # ('2025关东街共受理…')
    # (the words before each count, from the count before it, name the rows it counts)
    starts = [0] + [f.end for f in figures[:-1]]
    named = [{t.key for t in find_terms(clause[a: f.start], "zh") if t.axis == "row"} for a, f in zip(starts, figures)]
    return bool(named) and all(rows and plan.targets[0].row not in rows for rows in named)


def _change_alone_unstated(question: str, understanding, units: list[Unit]) -> bool:
    """Whether a question asks only the change against the year before (one figure asked) of one report, whose
    previous year's report is not held, and the clauses found state no change."""
    from assistant.ask.operations import ASKED_HOW_MANY
    from assistant.ask.prose_share import CHANGE_STATED
    from assistant.ask.understand import change_from_year_before

    if not change_from_year_before(question) or len(ASKED_HOW_MANY.findall(question)) > 1 or \
            len({r["source"] for r in understanding.reports}) != 1:
        return False
    return not any(CHANGE_STATED.search(u.in_context) for u in units)


# The bodies compared said again by a pronoun ('the gap between them', 'separating the two').
EN_BETWEEN_THEM = re.compile(r"(?i)\s+(?:between|separating|of)\s+(?:them|the two|both)\b(?=\s*[?.,;]|\s*$)")


def _siblings_unasked(question: str, language: str, units: list[Unit], names: list[str], similarity) -> list[str]:
    """For a question asking one count (no arithmetic), the clauses of its best clause's sentence
    counting the same thing with qualifiers the question says none of (siblings.unasked_siblings),
    unless the question's other words mean the best clause's qualifier (siblings.meant); [] when the
    answer stands."""
    from assistant.ask.operations import operation_of
    from assistant.ask.siblings import meant, residue, unasked_siblings

    op = operation_of(question)
    if not units or units[0].is_cell or op.sum or op.share or op.change or op.compare or op.rank or op.each:
        return []
    if language == "zh":
        asked = question  # (whole: focus_text drops '还有' of '还有效的')
        if TUNING.siblings_format_wordings:
            # ('新出台的…' names the clause saying 制定: the format's wordings of one column of 第二十条)
            from assistant.national.schema import wordings

            asked += " " + " ".join(w for word, said in wordings().items() if len(word) >= 3 and word in question
                                    for w in said)
    else:
        from assistant.ask.dictionary import dictionary_words

        asked = " ".join(chinese_terms(question)) + " " + " ".join(dictionary_words(question))
    named = unasked_siblings(asked, units[0].quote, units[0].passage.text)
    if not named:
        return []
    if TUNING.sibling_meant_floor < 1.0 and similarity is not None:
        if language == "zh":
            residual = residue(question, named[0][0], names)
        else:
            from assistant.ask.bodies import EN_GENERIC
            from assistant.ask.glossary import unmatched
            from assistant.ask.terms import EN_STOP, english_without_names

            left = unmatched(english_without_names(question, names) if names else question).lower()
            residual = " ".join(w for w in re.findall(r"[a-z]+", left)
                                if w not in EN_STOP and w not in EN_GENERIC and len(w) > 2)
        if meant(residual, [q for _, q in named], similarity, TUNING.sibling_meant_floor,
                 TUNING.sibling_meant_margin) == 0:
            return []  # ('还在生效的' means 现行有效: the clause chosen is the one meant)
    return [clause for clause, _ in named]


def _stated_change_beside(question: str, units: list[Unit]) -> Unit | None:
    """For a change against the year before asked of one report ('…跟上一年比少了几条'), the clause
    right after the best one in its sentence that states it ('…办件0条,与去年相比减少4条'), as a unit
    of its own, when no unit holds it; None otherwise."""
    from assistant.ask.multi_report import AGAINST_LAST_YEAR
    from assistant.ask.operations import operation_of
    from assistant.ask.prose_share import CHANGE_STATED
    from assistant.ask.siblings import own_clause

    if not units or units[0].is_cell or not operation_of(question).change or not AGAINST_LAST_YEAR.search(question):
        return None
    best = units[0]
    own = own_clause(best.quote)
    at = best.passage.text.find(own)
    if not own.strip() or at < 0:
        return None
    rest = re.split(r"[。；;]", best.passage.text[at + len(own):])[0]
    clauses = [c for c in re.split(r"[，,]", rest) if c.strip()]
    nxt = clauses[0] if clauses else ""
    if not CHANGE_STATED.search(nxt) or not _figures(nxt) or any(nxt in u.quote for u in units):
        return None
    return dataclasses.replace(best, match_text=nxt, quote=nxt, figures=[f.raw for f in _figures(nxt)], lead="",
                               before=(), lead_said=0.0)


def _planned_text(question: str, understanding) -> str:
    """The words of a question its cells are planned from: a Chinese question's without its bodies' names."""
    if understanding.language == "zh":
        return focus_text(question, understanding.names, "zh", keep_question_words=True)
    return question


def _planned(question: str, understanding):
    """The question's cell plan and the sentences asking what no cell holds (cells.plan_question)."""
    from assistant.ask.cells import plan_question

    return plan_question(_planned_text(question, understanding), understanding.language)


def _text_figure(question: str, understanding, lexical):
    """For a question mapping onto one table cell (and nothing it leaves unmapped): the cell's
    figure as a report's text states it (prose_cells.prose_figure), else None."""
    from assistant.ask.prose_cells import prose_figure

    plan, unmapped = _planned(question, understanding)
    if plan is None or len(plan.targets) != 1 or plan.unmapped or unmapped or plan.vague:
        return None
    target = plan.targets[0]
    return lambda record: prose_figure(target, lexical.of_sources({record["source"]}))


def _by_body(reports: list[dict]) -> list[list[dict]]:
    """The reports in scope grouped by their body (each group one body's years)."""
    by_body: dict[str, list[dict]] = {}
    for record in reports:
        by_body.setdefault(record.get("body", ""), []).append(record)
    return list(by_body.values())


def _table_answer(gongkai, question: str, understanding, started: float, lexical=None, text_of_one: bool = False):
    """The answer from the national tables' facts, when the question names their cells (with
    ``text_of_one``, from one report's text when it prints no table)."""
    from assistant.ask.cells import plan_question
    from assistant.ask.operations import operation_of
    from assistant.ask.table_answer import answer_from_facts

    language = understanding.language
    text = _planned_text(question, understanding)
    plan, unmapped = plan_question(text, language)
    if plan is None:
        from assistant.ask.cells import plan_text_part

        op = operation_of(question)
        text_part = plan_text_part(text, language) if op.share and not (op.rank or op.change) else None
        if text_part is None:
            return None
        from assistant.ask.table_answer import answer_text_share

        groups = understanding.groups or _by_body(understanding.reports)
        scope = [r["source"] for group in groups for r in group]
        return answer_text_share(question, text_part[0], text_part[1], language, groups, understanding.years,
                                 gongkai.fact_table(scope), (lambda source: lexical.of_sources({source}))
                                 if lexical is not None else None, started)
    groups = understanding.groups or _by_body(understanding.reports)
    # Only the facts of the reports in scope: answer_from_facts reads no others.
    scope = [r["source"] for group in groups for r in group]
    years = {r.get("year") for group in groups for r in group}
    return answer_from_facts(question, plan, language, groups, understanding.years, gongkai.fact_table(scope, years),
                             operation_of(question), started, body_named=bool(understanding.groups),
                             unmapped=unmapped, text_of_one=text_of_one,
                             passages_of=(lambda source: lexical.of_sources({source})) if lexical is not None else None)


def answer_stream(gongkai, question: str, *, llm: str, top_k: int, sources: list[str] | None = None,
                  history: list | None = None) -> Iterator[tuple[str, object]]:
    """Answer ``question``; a follow-up is first read with the conversation's earlier questions
    (``history``). The Answer keeps the question as asked; its ``understood_as`` says how a
    follow-up was read."""
    asked = (question or "").strip()
    stand_ins: list[tuple[str, str]] = []
    body_of: dict[str, str] = {}
    language = ""
    catalog: list[dict] = []
    for kind, value in _answer_stream(gongkai, asked, llm=llm, top_k=top_k, sources=sources, history=history):
        if kind == "catalog":
            catalog = value  # (the reports held, as this question's snapshot read them)
            continue
        if kind == "understood":
            language = value.language
            stand_ins = value.resolution.stand_ins if value.resolution else []
            body_of = {r["source"]: r.get("body", "") for r in value.reports}
            continue
        if kind == "answer":
            if value.question != asked:
                value.understood_as = value.question
                value.question = asked
            if value.answered:
                # ('保留两位小数': a computed share recomputed from the operands it shows, to the decimals asked)
                value.answer = shares_to_decimals(value.answer, asked)
            _say_scanned(value, language)
            _say_stand_in(value, stand_ins, body_of, language)
            if _english(value, language):
                # (a body named in English, its Chinese name after it: english_names.py)
                held = {r.get("body", "") for r in catalog}
                value.answer = bodies_in_english(value.answer, held | set(body_of.values()))
        yield kind, value


def _say_stand_in(answer: Answer, stand_ins: list[tuple[str, str]], body_of: dict[str, str], language: str = "") -> None:
    """An office asked about whose government's report answered (or a government, its office's)
    says so (bodies.py: _office_stand_in)."""
    cited = {body_of.get(c.source) for c in answer.citations}
    said = [(asked, body) for asked, body in stand_ins if body in cited]
    if not answer.answered or not said:
        return
    english = _english(answer, language)
    for asked, body in said:
        _add_line(answer, f"Note: the index holds no report of {asked} itself; this is from the report of {body}."
                  if english else f"注：索引中没有{asked}自己的报告，以上出自{body}的报告。")


def _english(answer: Answer, language: str) -> bool:
    """Whether an answer is said in English: the question's language, when it was understood (else
    the script the answer opens with)."""
    return language == "en" or (not language and answer.answer[:40].isascii())


def _add_line(answer: Answer, line: str) -> None:
    """A line said below the answer, in its text and its note."""
    answer.answer = f"{answer.answer}\n{line}"
    answer.note = f"{answer.note} {line}".strip()


SCANNED_ZH = "注：所引报告为扫描件，文字与数字经OCR识别，数字已按统计表的勾稽关系核对。"
SCANNED_EN = "Note: the cited report is a scan; its text and figures were read by OCR (figures checked by the tables' arithmetic)."


def _say_scanned(answer: Answer, language: str = "") -> None:
    """An answer citing text read by OCR says that its source is a scan, in its text and note."""
    if not answer.answered or not any(c.scanned for c in answer.citations):
        return
    _add_line(answer, SCANNED_EN if _english(answer, language) else SCANNED_ZH)


def _answer_stream(gongkai, question: str, *, llm: str, top_k: int, sources: list[str] | None,
                   history: list | None) -> Iterator[tuple[str, object]]:
    started = time.perf_counter()
    question = (question or "").strip()
    mode = llm or "extractive"
    search = _search(gongkai)
    lexical, catalog = search.snapshot()
    yield "catalog", catalog
    if sources:
        wanted = set(sources)
        catalog = [r for r in catalog if r["source"] in wanted]
    if mode != "extractive":
        from assistant.ask.llm.backends import check_spec

        check_spec(mode)
    if TUNING.traditional_folded:
        from assistant.zh.traditional import simplified

        question = simplified(question)  # ('東至縣' → '东至县')
    if TUNING.clause_commas_read:
        from assistant.zh.text import clause_commas

        question = clause_commas(question)  # ('…查询类的事、所以没给的': a comma, no list of things to add)
    if TUNING.guess_not_asked:
        from assistant.ask.guess import without_guess

        question = without_guess(question)  # ('…多少件？三百多件对吧？': the answer confirms or corrects it)
    if TUNING.quoted_statement_read:
        from assistant.ask.asides import without_statement_quotes

        question = without_statement_quotes(question)  # ('稿子里写“青溪市2022年…213560件”，这个数对吗？')
    if TUNING.claims_to_check:
        from assistant.ask.claims import claim_asked

        question = claim_asked(question)  # ('网上说…有300多件，是真的吗？' → '…有多少件？')
    if TUNING.example_brackets_dropped:
        from assistant.ask.asides import without_examples

        question = without_examples(question)  # ('… accounts (WeChat, Weibo and the like)': the accounts asked)
    if TUNING.name_alternative_dropped:
        from assistant.ask.asides import without_name_alternative

        question = without_name_alternative(question)  # ('the … Landscaping (Gardens) Bureau')
    if TUNING.sum_request_said_again:
        from assistant.ask.asides import without_sum_request_again

        question = without_sum_request_again(question)  # ('…总共是多少？帮忙算个合计')
    if TUNING.courtesy_left_out and language_of(question) == "en":
        from assistant.ask.asides import without_courtesy

        question = without_courtesy(question)  # ('Thank you kindly. What about in 2024?')
    if TUNING.own_lead_read_out:
        from assistant.ask.reported import after_own_lead

        question = after_own_lead(question, catalog)  # ('我在备课，想用乌海市工信局做例子。它2020年…多少个？')
    if TUNING.own_statement_left_out:
        from assistant.ask.asides import without_own_statement

        question = without_own_statement(question)  # ('…多少条？我要拿来和其他市统计局排个名。')
    if TUNING.guesses_left_out:
        from assistant.ask.guess import without_guesses

        question = without_guesses(question)  # ('…总数好像是一百多件？具体是多少？': the asker's guess, no part asked)
    if TUNING.english_misspellings and language_of(question) == "en":
        from assistant.ask.spelling import corrected

        question = corrected(question)  # ('goverment', 'aplications': the word meant, one letter away)
    question = sum_said_last(question)  # ('Taken together, how many …?')
    if TUNING.carried_into_year and not history:
        from assistant.ask.understand import carried_into_next

        question = carried_into_next(question)  # ('结转到2025年的' → '2024年…结转到下一年度的')
    if TUNING.reported_speech_lead:
        from assistant.ask.reported import asked_part

        question = asked_part(question, catalog)  # ('…的一位听众说，…他就想问一下，<what is asked>')
    if TUNING.shared_year_said:
        # ('同在2022年，A…比B…多出多少条？': the year said of both, no part of what is asked)
        question = SHARED_YEAR.sub(r"\1", question)
    if TUNING.short_years_in_numerals:
        from assistant.ask.understand import this_year
        from assistant.zh.text import full_years

        # ('那二三年呢？': the year in full before the turn it follows is read)
        question = full_years(question, this_year())
    if history:
        from assistant.ask.followup import question_in_context

        question = question_in_context(question, history, catalog)
    # ('淮安和淮北两个市政府办公室', '硚口区这几个单位（审计局、宗关街道）': each named in full)
    question = spread_listed_organs(spread_shared_organ(question))
    if TUNING.english_place_spread and language_of(question) == "en":
        from assistant.ask.shared_organ import spread_place_en

        question = spread_place_en(question)  # ('Qingxi 2024 — … the city government vs the city government office')
    if TUNING.short_years:
        from assistant.ask.understand import this_year
        from assistant.zh.text import full_years

        question = full_years(question, this_year(), TUNING.short_years_in_numerals)
    understanding = understand(question, catalog)
    if TUNING.either_outcome_spelled and len({r["source"] for r in understanding.reports}) == 1:
        from assistant.ask.cells import outcomes_spelled

        # ('全部或部分公开的占比': 予以公开 and 部分公开 — of one report: a comparison of two reports so read gave a wrong
        # figure on a report half, counted only)
        spelled = outcomes_spelled(question)
        if spelled != question:
            question, understanding = spelled, understand(spelled, catalog)
    yield "understood", understanding
    language = understanding.language
    if not question:
        yield "answer", _refusal(question, language, "问题为空。" if language == "zh" else "The question is empty.",
                                 started, mode)
        return
    if not catalog:
        yield "answer", _refusal(question, language, "索引中还没有报告：请先用 gongkai ingest 加入报告。"
                                 if language == "zh" else "The index holds no reports yet: add some with "
                                 "gongkai ingest.", started, mode)
        return
    if understanding.refusal:
        yield "answer", _refusal(question, language, understanding.refusal, started, mode)
        return
    if language == "en" and TUNING.english_bodies_counted and len(understanding.groups) == 1 and \
            _asked_of_several(question) and \
            bodies_named_en(question, understanding.groups[0][0].get("body", "")) > 1:
        # ('… did Qiaokou's Hanjiadun street office, its city operations management centre and its audit bureau
        # receive in all?' had been answered from the one body matched: a sum, comparison or ranking of bodies)
        body = disarm(understanding.groups[0][0].get("body", ""))  # (a report's words: no citation marker)
        yield "answer", _refusal(question, language, "The question names several bodies, and only one of them, "
                                 f"{body}, is matched to a report held; no answer is given for the others.", started, mode)
        return
    paged = page_answer(question, language, understanding.reports, started, bool(understanding.groups))
    if paged is not None:  # the day the report was published, its index number: its page's
        yield from _given(paged, [])
        return

    candidates = {r["source"] for r in understanding.reports}
    names = understanding.names
    focus = focus_text(question, names, language)
    tabled = _table_answer(gongkai, question, understanding, started, lexical)
    if tabled is not None and tabled.answer is not None and not tabled.answer.answered:
        yield "answer", tabled.answer  # the report has the table but not the cell, or it is unreadable
        return
    lexical_query = focus if language == "zh" else " ".join(chinese_terms(question)) or question
    retrieved = search.search(question, max(top_k, 12), candidates, lexical_query=lexical_query, lexical=lexical)
    # Counted before read: a question about many reports reads only what was retrieved.
    if lexical.count_of(candidates) <= TUNING.read_all_below:
        pool = lexical.of_sources(candidates)
        seen = {p.id for p in retrieved}
        reading = retrieved + sorted((p for p in pool if p.id not in seen), key=lambda p: (p.source, p.ordinal))
        stats = idf_weights([p.index_text for p in pool], lexical.term_stats().df)
    else:
        reading = retrieved
        stats = lexical.term_stats()

    if tabled is not None and tabled.answer is not None and not tabled.derived_single:
        tabled.answer.retrieved = retrieved
        yield "delta", tabled.answer.answer
        yield "answer", tabled.answer
        return

    # several reports read one by one; then a share of two figures of one report's text
    for answerer in (_prose_shares_answer, _prose_differences_answer, _multi_report_answer, _prose_share_answer, _prose_remainder_answer,
                     _prose_sum_answer):
        found = answerer(question, understanding, names, lexical, started, _similarity(gongkai))
        if found is not None:
            yield from _given(found, retrieved)
            return

    composition = choose_units(question, names, language, reading, stats, similarity=_similarity(gongkai),
                               given_unasked=True, meaning_alone=True)
    extractive: Answer | None = None
    if composition.answered and _states_another_fee(question, composition.units):
        composition.answered = False
        composition.note = ("找到的句子说的是另一种费用（信息处理费与行政事业性收费不是一回事），不作推测。" if language == "zh" else
                            "The sentences found state another kind of fee (the information processing fee is not "
                            "the administrative fees); no guess is made.")
    if composition.answered and TUNING.court_not_reconsideration and _reconsideration_for_court(question, composition.units):
        composition.answered = False
        composition.note = ("找到的句子说的是行政复议，不是所问的诉讼（法院的案件），不作推测。" if language == "zh" else
                            "The sentences found state administrative reconsideration, not the court cases asked "
                            "about; no guess is made.")
    bodies_in_scope = {r.get("body", "") for r in understanding.reports}
    if composition.answered and not understanding.groups and len(bodies_in_scope) > 1 and \
            not _names_inside_quotes(question, composition.units[0].passage.body):
        # The question names no body the index holds ('汉正街' when the report says 汉正街道), and
        # the reports in scope are several bodies': one of them answering would be a guess.
        composition.answered = False
        composition.note = ("问题没有指明是哪个机关的报告（索引中有多个机关的报告），请写明机关名称。" if language == "zh" else
                            "The question names no body whose report the index holds, and several bodies' "
                            "reports could answer it: please name the body.")
    if composition.answered and not understanding.groups and len(understanding.years) > 1:
        # '“硚口审计”公众号2024年和2025年分别…': the body is named only as the owner of its account
        # (_names_inside_quotes), and more than one year is asked: its reports of those years, one by one
        found = _owner_years_answer(question, understanding, names, lexical, started,
                                    composition.units[0].passage.body, _similarity(gongkai))
        if found is not None:
            yield from _given(found, retrieved)
            return
    if not composition.answered and TUNING.owner_by_quote and not understanding.groups and len(understanding.years) > 1:
        # ('“硚口审计”公众号2025年的发文量比2024年增加了百分之几': read whole, no one passage answers; the account
        # is named in quotes, and the one body whose reports say it owns it)
        owner = _owner_of_quoted(question, understanding, lexical)
        if owner:
            found = _owner_years_answer(question, understanding, names, lexical, started, owner, _similarity(gongkai))
            if found is not None:
                yield from _given(found, retrieved)
                return
    if not composition.answered and TUNING.refused_sum_read_apart and language == "zh":
        # ('钟祥镇2019年在县政府网站和大美仁寿APP上一共发布了多少条信息': read whole, no passage covers the question; two
        # things to add, each read on its own, are each stated)
        found = _prose_sum_answer(question, understanding, names, lexical, started, _similarity(gongkai), least=2)
        if found is not None:
            yield from _given(found, retrieved)
            return
    if composition.answered and TUNING.share_unstated_refused:
        from assistant.ask.operations import operation_of
        from assistant.zh.figures import extract_figures

        asked = operation_of(question)
        if asked.share and not asked.change and not any(
                f.unit in ("%", "‰") or "成" in f.raw for u in composition.units for f in extract_figures(u.quote)):
            # a share asked that no clause states, and none computed (prose_share found no part and whole):
            # the counts found are not it ('What share of … were statutory proactive disclosures' had been
            # answered with the whole's '…主动公开信息6467条')
            composition.answered = False
            composition.note = ("报告没有写明这一比例，也没有找到可以算出它的两个数字。" if language == "zh" else
                                "The reports state no such share, nor two figures it could be computed from.")
        elif asked.share and not asked.change and not asked.each and TUNING.one_share_of_several_refused and \
                len([u for u in composition.units if any(f.unit in ("%", "‰") for f in extract_figures(u.quote))]) >= 2:
            # one share asked, answered with the shares several clauses state ('予以公开加部分公开的占比' with '占…5.1%'
            # and '占61%'): none of them is the one asked, and their sum is not computed here
            composition.answered = False
            composition.note = ("报告分别写了几个比例，没有写明所问的这一个，也没有算出它。" if language == "zh" else
                                "The report states several shares, not the one asked, and it is not computed.")
        elif asked.share and not asked.change and TUNING.share_of_part_said:
            from assistant.ask.prose_share import share_of_another_part

            if share_of_another_part(question, language, composition.units):
                # ('What share of … 260 policy interpretations were written explanatory materials?' had been
                # answered with '政策解读比例为100%', a share of the whole, not of the part asked)
                composition.answered = False
                composition.note = ("报告写明的比例不是所问部分的比例，也没有找到可以算出它的两个数字。" if language == "zh" else
                                    "The share the report states is not of the part asked, and no two figures to "
                                    "compute it from were found.")
    if composition.answered and TUNING.siblings_unasked:
        found = [disarm(x) for x in _siblings_unasked(question, language, composition.units, names,
                                                               _similarity(gongkai))]
        if found:
            composition.answered = False
            composition.note = (("报告在同一句里分别写了：" + "；".join(found) + "。问题没有说明问的是其中哪一种，不作推测。")
                                if language == "zh" else
                                "The report states several counts of this, told apart by words the question does not "
                                "use: " + "; ".join(f"“{x}”" for x in found) + ". No guess is made which is asked.")
    if composition.answered and composition.unstated and TUNING.breakdown_part_refused:
        from assistant.ask.cells import breakdowns_asked

        if any(breakdowns_asked(part) for part in composition.unstated):
            composition.answered = False
            composition.note = ("报告的统计表和正文没有这样的细分（按月份、性别等），不作推测。" if language == "zh" else
                                "The report breaks this down by no such thing (month, sex); no guess is made.")
    if composition.answered and TUNING.another_row_named and _names_another_row(question, understanding, composition.units):
        composition.answered = False
        composition.note = ("找到的句子写的是统计表的另一项，不是所问的这一项，不作推测。" if language == "zh" else
                            "The sentence found states another item of the statistics tables, not the one asked; "
                            "no guess is made.")
    if composition.answered and TUNING.stated_change_beside:
        beside = _stated_change_beside(question, composition.units)
        if beside is not None:
            composition.units = [composition.units[0], beside, *composition.units[1:]]
    if composition.answered and TUNING.change_alone_unknown_refused and _change_alone_unstated(question, understanding,
                                                                                            composition.units):
        # ('龙安镇2024年主动公开的信息比去年多了多少条？' with no 2023 report held: the year's figure is no answer to it;
        # read after a change stated beside the clause is found)
        composition.answered = False
        composition.note = ("索引中没有该机关上一年的报告，找到的句子也没有写明与上一年相比的变化，无法回答。" if language == "zh" else
                            "The index holds no report of the year before from this body, and the sentences found state "
                            "no change from it: the change cannot be given.")
    if composition.answered and composition.unstated and TUNING.unstated_by_cell:
        # a part of the question no clause answers by its words: the cells the question maps to, read from one report's
        # text, answer every part ('…从上一年转过来的？又有多少件要留到下一年接着办？': '结转上年9件' and '结转下年…7件')
        by_cell = _every_cell_by_text(gongkai, question, understanding, started, lexical, retrieved)
        if by_cell is not None:
            yield "delta", by_cell.answer
            yield "answer", by_cell
            return
    if composition.answered and TUNING.compared_read_apart and language == "zh" and things_compared(question, language):
        from assistant.ask.prose_sum import compared_read_apart

        # (asked only of a difference of two things: reading the report's passages and their term statistics is no work
        # for every answer)
        report = _one_report(understanding, lexical)
        apart = compared_read_apart(question, names, language, composition.units, *report, _similarity(gongkai)) \
            if report else None
        if apart:
            composition.units = apart  # (each thing of a difference said better by a clause found reading it alone)
    if composition.answered:
        text, statements, citations, cited = compose_extractive(question, language, composition.units)
        unstated = composition.unstated
        if unstated and TUNING.sum_part_computed:
            from assistant.ask.operations import SUM

            # ('…各有多少？加起来一共多少件？': the part asking the sum is answered by the total computed below)
            if any(SUM.search(part) for part in unstated) and stated_sum(question, language, composition.units, names):
                unstated = [part for part in unstated if not SUM.search(part)]
        if unstated:
            # (what was not found, not a claim that the report is silent: it may say it in words
            # the matcher does not read as the question's)
            # (the question's own quotes inside become 「」, so the part is quoted once)
            text += "".join(f"未找到“{part.replace('“', '「').replace('”', '」')}”的说法。" if language == "zh"
                            else f" Nothing found for “{part}”." for part in unstated)
        check = verify_answer(text, cited, question)
        # The figures a citation supports, as the statements (not the title line) state them.
        _attach_figures(citations, verify_answer(statements, cited, question).figures_by_citation)
        if check.ok:
            from assistant.ask.operations import operation_of

            asked = operation_of(question)
            total = stated_sum(question, language, composition.units, names) or \
                stated_difference(question, language, composition.units, names)
            if not total and (language == "zh" or TUNING.english_addends_apart and language == "en"):
                # two things to add whose clauses the question read whole does not both find
                # ('政府文件66件' beside the best '行政规范性文件22件'): each read on its own
                found = _prose_sum_answer(question, understanding, names, lexical, started,
                                          _similarity(gongkai), least=2)
                if found is not None:
                    yield from _given(found, retrieved)
                    return
                missing = unfound_addends(question, language, composition.units, names)
                if missing:
                    # a sum one of whose things no cited clause states cannot be given (a list of the
                    # others would read as the whole) — unless the cells the things map to are read
                    by_cell = _by_cell(gongkai, question, understanding, started, lexical, retrieved)
                    yield "answer", by_cell or _refusal(question, language, "、".join(f"“{m}”" for m in missing)
                                                        + "的数字没有找到，无法算出合计。", started, mode, retrieved)
                    return
            alone = [] if total or asked.each else \
                added_from_one(question, language, composition.units, names)
            if alone:
                # a sum of things of which one count only is found: that count would read as the total
                # — unless the cells the things map to are read from the report's text ('…共受理…申请21件,结转上年度2件'
                # for 'counting both new requests and those carried over')
                by_cell = _by_cell(gongkai, question, understanding, started, lexical, retrieved) \
                    if TUNING.sum_of_one_by_cell else None
                yield "answer", by_cell or _refusal(question, language, (
                    "要相加的" + "、".join(f"“{x}”" for x in alone) + "只找到一个数字，无法算出合计。" if language == "zh" else
                    "Of the things to add (" + "; ".join(f"'{x}'" for x in alone) + "), the report's sentences found "
                    "state one figure only: no total is given."), started, mode, retrieved)
                return
            if not total and TUNING.english_sum_without_total_refused and language == "en" and not asked.each:
                things = things_to_add(question, language, composition.units, names)
                # (clauses apart: one inside another, '…培训15场' and '…培训15场，参训人员495人次', is one)
                apart = [u for u in composition.units
                         if not any(v is not u and u.quote in v.quote for v in composition.units)]
                listed_in_one = TUNING.english_list_in_one_clause and len(apart) == 1 and \
                    len(counts_in(apart[0].quote)) >= 2 and EN_LISTED_THREE.search(question)
                # (a list of three things or more, fewer counts found than things: 'add together the normative
                # documents, the policy interpretations and the graphic explainers' answered with '政策解读18条')
                listed_short = TUNING.english_list_fewer_counts and asked.sum and EN_LISTED_THREE.search(question) \
                    and sum(len(counts_in(u.quote)) for u in apart) < 3
                if listed_short or len(things) < 2 and TUNING.english_sum_never_listed and asked.sum and \
                        (len(apart) >= 2 or listed_in_one):
                    # (things not read apart, 'added together' after a restatement: the clauses' counts side by side,
                    # no total, would read as the answer; so would one clause's counts for a list of three things)
                    by_cell = _by_cell(gongkai, question, understanding, started, lexical, retrieved)
                    yield "answer", by_cell or _refusal(question, language, (
                        "The question asks a total, and the things to add were not each matched to a figure of the "
                        "report's sentences: no total is given."), started, mode, retrieved)
                    return
                if len(things) >= 2:
                    # ('What do the general-overview items and the items of other kinds add up to?' answered with three
                    # counts and no total: a sum of things not each found is not given, whatever counts stand beside)
                    by_cell = _by_cell(gongkai, question, understanding, started, lexical, retrieved)
                    yield "answer", by_cell or _refusal(question, language, (
                        "Not every thing to add (" + "; ".join(f"'{x}'" for x in things) + ") was found in the "
                        "report's sentences: no total is given."), started, mode, retrieved)
                    return
            if not total and TUNING.sum_without_total_by_cell and language == "zh" and asked.sum and not asked.each \
                    and (tabled is None or tabled.answer is None):
                # ('新收的信息公开申请加上从上年结转过来的，一共是多少件' listed '上年结转…12件' and '新收到…289件' with no
                # total: the things' words matched no clause each; the cells they map to, read from the text, add up)
                by_cell = _by_cell(gongkai, question, understanding, started, lexical, retrieved)
                if by_cell is not None:
                    yield "answer", by_cell
                    return
            if not total and TUNING.sum_listed_refused and language == "zh" and asked.sum and not asked.each and \
                    len({f for u in composition.units for f in u.figures}) > 1 and (_two_things_added(question) or (
                        TUNING.zh_listed_sum_refused and _things_listed(question, names, composition.units))):
                # ('…申请里，连上一年没办完的也算上，总数是多少' answered with 452件, 9件 and 454件 listed: figures found with no
                # total would read as the answer; so with things listed, 'A、B和C，三样加起来总共是多少')
                yield "answer", _refusal(question, language, "要相加的几项没有逐一找到对应的数字，无法算出合计。", started, mode,
                                         retrieved)
                return
            if TUNING.count_asked_no_figure and language == "zh" and COUNT_ASKED.search(question) and \
                    composition.units and not any(_states_some_figure(u.quote) for u in composition.units):
                # ('…主动公开信息120条”，对吗？报告里是多少条？' answered with '…严格按照《条例》规定主动公开信息': a count asked,
                # no clause found states one)
                yield "answer", _refusal(question, language, "问的是一个数字，找到的句子没有写明。", started, mode, retrieved)
                return
            if language == "zh" and composition.units and all(count_broken_down(u) for u in composition.units) and (
                    (TUNING.part_pointed_not_whole and (PART_POINTED.search(question) or (
                        TUNING.part_in_whole_not_whole and PART_IN_WHOLE.search(question)))) or
                    (TUNING.part_in_breakdown_not_whole and
                     any(_asked_in_breakdown(question, names, u) for u in composition.units))):
                # ('区政府网站上，法律规定必须公开的那部分信息发了多少条' answered with the site's whole 6467, the clause whose
                # breakdown, '其中法定主动公开3669条…', follows: the part pointed at is none of the counts found; and
                # '网站上公开的征求意见有多少条' answered with the site's whole 8035, '…公开信息8035条,其中…公开意见征集14条…':
                # what is asked is said by the breakdown, not by the whole)
                yield "answer", _refusal(question, language, "问的是其中一部分，找到的只有总数。", started, mode, retrieved)
                return
            if not total and TUNING.difference_needs_two and things_compared(question, language) and \
                    len({f for u in composition.units for f in u.figures}) < 2:
                # ('How many more items did … post on WeChat than on its website?' answered with the WeChat count alone:
                # a count beside '… more than' would read as the difference)
                yield "answer", _refusal(question, language, (
                    "要比较的两项只找到一个数字，无法算出差额。" if language == "zh" else
                    "Of the two things compared, the report's sentences found state one figure only: no difference "
                    "is given."), started, mode, retrieved)
                return
            text += total
            extractive = Answer(question=question, answer=text, answered=True, citations=citations,
                                verified=True, mode="extractive", retrieved=retrieved)

    if tabled is not None and tabled.answer is not None:
        # A figure computed from several cells (a group's sum): when the report's text also states
        # it, the text is quoted beside the computation (it says it in words, where people look).
        _corroborate(tabled.answer, tabled.figures, extractive, language)
        tabled.answer.retrieved = retrieved
        yield "delta", tabled.answer.answer
        yield "answer", tabled.answer
        return

    if mode != "extractive":
        llm_answer = yield from _llm_answer(gongkai, question, language, mode, retrieved[:top_k], started)
        if llm_answer is not None:
            llm_answer.retrieved = retrieved
            yield "answer", llm_answer
            return
        note = "The LLM answer stated a figure no cited passage holds (or cited nothing); " \
               "showing the extractive answer instead."
        if extractive is not None:
            extractive.note = note
            extractive.mode = f"extractive (fallback from {mode})"
    if extractive is None:
        # no clause read by the question's words: one report's text read by the words of the
        # table cell the question maps to ('被人告上法院' → 行政诉讼: '政府信息公开行政诉讼21件')
        by_cell = _by_cell(gongkai, question, understanding, started, lexical, retrieved)
        if by_cell is not None:
            yield "delta", by_cell.answer
            yield "answer", by_cell
            return
        yield "answer", _refusal(question, language, composition.note, started, mode, retrieved)
        return
    extractive.latency_ms = (time.perf_counter() - started) * 1000
    yield "delta", extractive.answer
    yield "answer", extractive


def _by_cell(gongkai, question: str, understanding, started: float, lexical, retrieved) -> Answer | None:
    """One report printing no table, read by the words of the table cells the question maps to
    (prose_cells), when its own words found no answer; None when that reads nothing either."""
    if not TUNING.one_report_by_cell:
        return None
    found = _table_answer(gongkai, question, understanding, started, lexical, text_of_one=True)
    if found is None or found.answer is None or not found.answer.answered:
        return None
    if TUNING.one_cell_no_sum_of_two and understanding.language == "zh" and \
            len({(f.target.row, f.target.column) for f in found.figures}) == 1 and _two_things_added(question):
        # ('新接的要信息请求，加上上一年留下来没弄完的，合计多少件' read as 上年结转 alone: its 2 would read as the total)
        return None
    found.answer.retrieved = retrieved
    return found.answer


def _every_cell_by_text(gongkai, question: str, understanding, started: float, lexical, retrieved) -> Answer | None:
    """_by_cell's answer when it states a figure for every one of two or more cells the question maps to; else None
    (one cell read of a question asking two would leave the other unanswered)."""
    plan, unmapped = _planned(question, understanding)
    if plan is None or len(plan.targets) < 2 or plan.unmapped or unmapped or not TUNING.one_report_by_cell:
        return None
    found = _table_answer(gongkai, question, understanding, started, lexical, text_of_one=True)
    if found is None or found.answer is None or not found.answer.answered or \
            {(f.target.row, f.target.column) for f in found.figures} != {(t.row, t.column) for t in plan.targets}:
        return None
    found.answer.retrieved = retrieved
    return found.answer


# A count asked ('多少条', '几件'; not which ones, '哪几个原则').
COUNT_ASKED = re.compile(r"多少(?!钱)|(?<!哪)几[件条个篇次项场期份家人起宗]")


def _states_some_figure(quote: str) -> bool:
    """Whether a clause states a figure (a count, a rate, an amount; not a year) or says there was none ('未收到…申请')."""
    from assistant.zh.figures import extract_figures

    return any(f.unit != "年" for f in extract_figures(quote)) or bool(re.search(r"未|没有|无|零", quote))


# A part pointed at ('…的那部分信息', '这一部分'): one of a whole's parts, not the whole.
PART_POINTED = re.compile(r"[的那这]一?部分")


def _asked_in_breakdown(question: str, names: list[str], unit) -> bool:
    """Whether the sentence asking a count names, in words the whole's clause does not say, something its breakdown
    ('…8035条,其中行政规范性文件18个,…公开意见征集14条') says: a part asked, not the whole."""
    from assistant.ask.prose_sum import _pairs

    asking = [x for x in re.split(r"[。？?；;！!]", question) if re.search(r"多少|几", x)]
    if not asking:
        return False
    asked = _pairs(focus_text(asking[-1], names, "zh"))
    text = unit.passage.text
    at = text.find(unit.quote) + len(unit.quote)
    breakdown = re.split(r"[。；;]", text[at:], maxsplit=1)[0]
    # (not the words every report's counts share — '政府', '网站', '主动': a whole's clause may leave them to its breakdown)
    return bool((asked - _pairs(unit.quote) - SHARED_PAIRS) & _pairs(breakdown))


# Pairs of characters of what every report counts ('公开', '信息', '政府网站', '主动', '政务', '门户'): no kind of it.
SHARED_PAIRS = frozenset({"公开", "信息", "发布", "政府", "网站", "主动", "政务", "门户", "府网", "户网", "动公", "开信"})


# … or named inside the whole ('网站公开的信息里，按法律规定必须公开的有…条'): those of a kind among the things counted.
PART_IN_WHOLE = re.compile(r"(?:里|中|当中|里面|里头|之中)[，,]?[^，,。？?]{2,12}的(?:有|是|占)")


# An English list of three things or more ('A, B and C'; not ', and what was …').
EN_LISTED_THREE = re.compile(r"(?i),\s*(?=\w)(?!and\b)[^,?.;]+\band\b")
# Words asking to add things up, not only a total ('加起来', '合计'; not '一共', '总共', which also ask one thing's total).
EXPLICIT_ADDING = re.compile(r"加起来|加在一起|加一块|加到一起|合起来|合在一起|合计|总和|相加|算在一起")


def _things_listed(question: str, names: list[str], units: list[Unit]) -> bool:
    """Whether the sentence of a Chinese question asking to add things up lists two things or more before its word of
    summing ('政府文件、行政规范性文件和政府会议信息，三样加起来'), the bodies' names left out ('工业和信息化局'). With '一共',
    '总共' (no word of adding up) only when no clause found states them all together: then the list describes one thing
    counted ('用区政府、区府办两个名头对外发的文件一共几件' by '以区政府、区政府办公室名义主动公开文件36件')."""
    from assistant.ask.operations import SUM
    from assistant.ask.extractive import asked_measure
    from assistant.ask.prose_sum import EXAMPLES, _pairs, sum_asked_at
    from assistant.ask.terms import focus_text

    sentence = next((x for x in re.split(r"[？?；;。]", question) if SUM.search(x)), "")
    explicit = EXPLICIT_ADDING.search(sentence)
    if not explicit and not TUNING.listed_total_one_clause:
        return False
    # (以及 said as 、 first: focus_text drops it as a word of asking, '文字政策解读、图解以及政策问答式解读')
    asked = focus_text(sentence[: sum_asked_at(sentence)].replace("以及", "、"), list(names), "zh")
    # ('借助文字说明、图示、领导讲解或新闻发布等方式…的': examples of one way, no things listed)
    asked = EXAMPLES.sub(lambda m: m.group(0).replace("、", ""), asked)
    items = [x for x in re.split(r"、|以及|和|及|与", asked) if re.search(r"[\u4e00-\u9fffA-Za-z]{2}", x)]
    if len(items) < 2:
        return False

    def says(quote: str, item: str) -> bool:  # (a pair of the item's characters, not a word every clause says)
        return any(p in quote for p in _pairs(item)
                   if re.fullmatch(r"[\u4e00-\u9fff]{2}", p) and p not in ("公开", "信息", "发布"))

    # (every thing found, in measures that do not add, '县级决策事项16个,各类政策文件37件': listed, no total — fewer
    # counts than things: some of them would read as the total)
    found = {(f.value, f.unit) for u in units for f in counts_in(u.quote) if f.raw in u.figures}
    if len(found) >= len(items) and (not TUNING.listed_apart_measures_only or (
            len({unit for _, unit in found}) > 1 and not asked_measure(question))):
        return False
    return bool(explicit) or not any(all(says(u.quote, x) for x in items) for u in units)


def _two_things_added(question: str) -> bool:
    """Whether a Chinese question adds two things or more by a word of adding before its sum ('A，加上B，合计';
    'A里，连B算上，总…')."""
    from assistant.ask.operations import SUM
    from assistant.ask.prose_sum import sum_asked_at

    if not SUM.search(question):
        return False
    split = r"再加上|加上?|连同|算上" + (r"|(?<=[，,里中])连(?!续|接|锁|带)" if TUNING.with_said_as_adding else "")
    pieces = re.split(split, question[: sum_asked_at(question)])
    if TUNING.with_said_as_adding and len(pieces) > 2 and not re.sub(r"[也都一起\W]", "", pieces[-1]):
        pieces.pop()  # ('连…也算上，总数': nothing after the word of adding but the sum asked)
    return len(pieces) >= 2 and all(re.search(r"[\u4e00-\u9fff]{2}", x) for x in pieces)


def _llm_answer(gongkai, question: str, language: str, spec: str, passages: list[Passage],
                started: float):
    """Stream an LLM answer; return it when verified, else None (the caller falls back)."""
    from assistant.ask.llm.backends import get_chat_model
    from assistant.ask.llm.compose import parse_refusal, stream_llm_answer

    # Report text is data: sentences that give instructions are not shown, bracketed numbers
    # are disarmed, and the answer is checked against exactly what the model was shown.
    passages = [dataclasses.replace(p, text=disarm(scrub(p.text))) for p in passages]
    passages = [p for p in passages if p.text.strip()]
    if not passages:
        return None
    chat_model = get_chat_model(spec, gongkai.settings)
    text = ""
    for delta in stream_llm_answer(question, passages, chat_model, language):
        text += delta
        yield "delta", delta
    if parse_refusal(text):
        return None
    markers = citation_markers(text)
    cited = {n: passages[n - 1] for n in markers if 1 <= n <= len(passages)}
    if not cited:
        return None
    check = verify_answer(text, cited, question)
    if not check.ok:
        return None
    # Links, addresses and telephone numbers only as the cited passages state them; no orders.
    shown = set().union(*(contacts(support_text(p)) for p in cited.values()))
    if not contacts(text) <= shown or planted(text):
        return None
    citations = [Citation.from_passage(n, p) for n, p in sorted(cited.items())]
    _attach_figures(citations, check.figures_by_citation)
    return Answer(question=question, answer=text.strip(), answered=True, citations=citations, verified=True,
                  mode=spec, latency_ms=(time.perf_counter() - started) * 1000)
