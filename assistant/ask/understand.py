"""Understanding a question: its language, the years and the issuing bodies it names (matched
against the reports the index holds, assistant.ask.bodies). Pure functions over the catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ask.bodies import (EN_GENERIC as BODY_WORDS, EN_LEVELS, Resolution, catalogue, held_reports, of_level_asked,
                                  latin_forms, names_of, places_above, resolve, within_place)
from assistant.ask.tuning import TUNING
from assistant.ask.cells import EN_MONTHS, find_terms
from assistant.zh.gazetteer import short_name
from assistant.zh.text import language_of, years_in


@dataclass
class Understanding:
    question: str
    language: str
    years: set[int]
    reports: list[dict]  # the report records the question can be about
    groups: list[list[dict]] = field(default_factory=list)  # per body named, its reports (in the years asked)
    names: list[str] = field(default_factory=list)  # how the question names its bodies (to leave out of what it asks)
    refusal: str = ""  # set when the question names a body or year the index does not hold
    resolution: Resolution | None = None


# Two years asked side by side ('2022年和2024年', '比2022年', '跟2022年比', 'from 2022 to 2024'), not a
# year that only dates something ('从2003年起累计', 'carried over from 2023').
_YEAR = r"(?:19|20)\d{2}"
TWO_YEARS = re.compile(rf"(?<!\d){_YEAR}年?(?:和|与|及|、|跟|同|至|到|-|—|~)\s*{_YEAR}|(?:比|较|跟|和|与|同){_YEAR}年|"
                       rf"(?i:\b{_YEAR}\s*(?:and|to|vs\.?|versus)\s*{_YEAR}\b|\b(?:than|compared? (?:with|to)|compares (?:with|to)|"
                       rf"over) (?:in )?{_YEAR}\b)")
# A year something is moved or waits to ('拖到2025年', '要等到2025年才', 'carried over into 2025', 'until 2025').
YEAR_MOVED_TO = re.compile(rf"(?:到|至|进|(?i:\binto|\buntil|\btill|\bto))\s*(?:(?i:the\s+year\s+))?({_YEAR})")
# A year named as a report's ('2024年的信息公开年报', '2024年年报', 'the 2024 report'), not as the year asked about.
DOCUMENT_YEAR = re.compile(rf"({_YEAR})年度?的?[^\d，,。；;？?]{{0,8}}?(?:年报|年度报告|报告)|"
                           rf"(?i:\b({_YEAR})\s+(?:annual\s+)?(?:disclosure\s+)?report)")
# A year said with its month ('2019年6月', 'in June 2019'): when something happened, not the year asked about.
YEAR_OF_A_DATE = re.compile(rf"({_YEAR})年\s*\d{{1,2}}月|(?i:\b(?:{'|'.join(EN_MONTHS)})\s+(?:\d{{1,2}},?\s+)?({_YEAR}))")
# … unless what the report says of the other year is asked ('按它2025年年报的说法，2024年收到了几条', 'according to its 2025
# report'): a report states the year before's figures beside its own.
REPORT_SAYS = re.compile(r"(?:按|根据|据|依据|照)[^，,。？?]{0,12}?(?:年报|报告)|(?:年报|报告)(?:的说法|里说|中说|里提到|里写|上说)|"
                         r"(?i:\baccording to\b)")
# Where a span of years starts ('从2003年以来', '自2021年起').
SPAN_START = rf"(?:从|自){_YEAR}年?(?:起|以来|算起|开始)"
SINCE_YEAR = re.compile(rf"{SPAN_START}|累计|以来|(?i:\bsince {_YEAR}\b)")


# A year said right after a body's name ('淮安市2024年', 'Qingxi city in 2022'), before the next name.
_YEAR_AFTER = re.compile(rf"\s*(?:\(|（)?\s*(?:(?i:in|for|of)\s+)?({_YEAR})(?!\d)")
# … in English, after the level words of the name ('Qingxi city in 2022', 'Huangpu District in 2022').
_YEAR_AFTER_EN = re.compile(rf"(?i)(?:\s+(?!and\b|or\b|in\b|for\b)[a-z'’-]+){{0,3}}?\s*\(?(?:in|for)\s+({_YEAR})(?!\d)")


def _year_of_each(question: str, resolution, groups: list[list[dict]]) -> list[int] | None:
    """The year each body named is asked in, when every body's name is followed by a year of its own and they
    differ; else None (years asked of all of them)."""
    mentions = [m for m in resolution.mentions if m.bodies]
    out: list[int] = []
    for group in groups:
        bodies = {r.get("body") for r in group}
        own = [m for m in mentions if bodies & set(m.bodies)]
        if len(own) != 1:
            return None
        # (an English name's place is counted from 10,000: bodies.Mention)
        found = _YEAR_AFTER.match(question, own[0].end) if own[0].start < 10_000 else \
            _YEAR_AFTER_EN.match(question, own[0].end - 10_000)
        if not found:
            return None
        out.append(int(found.group(1)))
    return out if len(set(out)) > 1 and len(out) == len(groups) else None


# A year a question names that is no report's year: where a span starts ('从2003年以来') or where
# something is carried to ('只能挪到2025年再处理').
# (the verbs of carrying something on to a year)
_CARRIED = r"挪|转|留|结转|带|推|延"
NOT_REPORT_YEAR = re.compile(rf"{SPAN_START}|(?:{_CARRIED})到{_YEAR}年?|(?i:\bsince {_YEAR}\b)")
# … and carried over into a year in English, or to one with 至 ('carry over into 2025', '结转至2025年'): carried_into_year
CARRIED_INTO_ZH = re.compile(rf"(?:{_CARRIED})至{_YEAR}年?")
CARRIED_INTO_YEAR = re.compile(CARRIED_INTO_ZH.pattern + r"|(?i:\b(?:carr(?:y|ied|ies|ying)|roll(?:ed|s|ing)?|"
                               rf"brought|bring(?:s|ing)?|push(?:ed|es|ing)?)\s+(?:(?:it|them|these|those)\s+)?"
                               rf"(?:over|forward|on)\s+(?:in)?to\s+(?:the\s+year\s+)?{_YEAR}\b)")


def carried_into_next(question: str) -> str:
    """'硚口区结转到2025年的申请有几件？' → '2024年硚口区结转到下一年度的申请有几件？': what a report carries into the next year
    is its own year's, the year before the one named — said as the next year, which the format's row (结转下年度) says and
    the rows carried from the year before (上年结转) do not. The question as it is when it names another year. (Not in
    English: 'carried over into 2023' read as 2022's turned a report half's refusal into a wrong answer, counted only.)"""
    m = re.search(rf"(?P<verb>{_CARRIED})(?:到|至)(?P<y>{_YEAR})年?度?", question)
    if m is None or years_in(question[: m.start()] + question[m.end():]):
        return question
    return f"{int(m.group('y')) - 1}年" + question[: m.start()] + f"{m.group('verb')}到下一年度" + question[m.end():]


# Requests brought from a year ('从2024年结转过来的'), and carried over from one ('carried over from 2023'): the year
# before the report's.
MOVED_FROM_YEAR = re.compile(r"(从|由)((?:19|20)\d{2})年(?=[^，,。？?]{0,6}?(?:结转|转|带|留|剩))")
CARRIED_FROM_YEAR_EN = re.compile(rf"(?i)\b(?:carried|brought|left)\s+(?:over|forward|in)\s+from\s+(?:the\s+year\s+)?({_YEAR})\b")


# A change against the year before the one named ('比上一年', '较上年', '同比', 'than the previous year').
AGAINST_PREVIOUS = re.compile(r"(?:比|较|跟|与|同)(?:上一?年度?|前一年|上年度?)(?!结转|转)|同比|"
                              # ('2025年…比去年少了多少': 去年 of the year named)
                              r"(?:比|较|跟|与|同)去年(?!结转|转)|"
                              r"(?i:\bthan (?:in )?(?:the )?(?:previous|prior|preceding) year\b|\bthan the year before\b|"
                              r"\b(?:from|over|on) the (?:previous|prior|preceding) year\b|"
                              r"(?<!over )(?<!carried )(?<!forward )\b(?:from|over|on) the year before\b|\bthan (?:in )?last year\b|\bfrom last year\b|"
                              r"\bcompared (?:with|to) (?:the )?(?:previous|prior|preceding) year\b|\byear[- ]on[- ]year\b)")
# Requests carried over from the year before ('carry over from the previous year', '上年结转'): a row, no change asked.
CARRIED = re.compile(r"结转|(?i:\bcarr(?:y|ied|ies|ying)\b|\bbrought (?:forward|over)\b)")


def change_from_year_before(question: str) -> bool:
    """Whether a question asks a change against the year before the one it names ('比去年多多少', 'than the previous
    year'), not requests carried over from it."""
    return bool(AGAINST_PREVIOUS.search(question)) and not CARRIED.search(question)


# A year said relative to today, naming no year ('去年收到了多少件', 'last year'); not the year compared with
# ('比去年多了多少': the year before the one asked).
RELATIVE_YEAR = re.compile(r"(?<![比较跟与同])(?P<zh>去年|前年|今年)|(?i:\b(?P<en>last year|this year|the year before last)\b)")
RELATIVE_OFFSET = {"去年": -1, "前年": -2, "今年": 0, "last year": -1, "this year": 0, "the year before last": -2}


def this_year() -> int:
    """The calendar year today (a question's '去年' is the year before it)."""
    import datetime

    return datetime.date.today().year


# The words right before a body's name, back to a list's mark, a year or the question's start ('东湖高新' of
# '、东湖高新关东街道'): at most six characters.
LISTED_PREFIX = re.compile(r"(?:^|[、，,和与及跟同]|(?:19|20)\d{2}年度?)(?P<prefix>[\u4e00-\u9fff]{1,6})$")


# … words no place's name holds: what is asked ('收到申请的关东街道'), not where a body is.
# (nor who went to it, '市民个人去青溪市政府办申请…': a verb of going or asking, or a word of the tables, 个人)
NOT_LOCATING = re.compile(r"[的了是有在几多少收发和去向找给到让被请]|公开|申请|信息|哪|谁")


def understand(question: str, catalog: list[dict]) -> Understanding:
    language = language_of(question)
    # (an English 'carried over into 2023' is left as the year asked: it may be that year's report's requests carried
    # over from the year before — read as the year before's, a report half's refusal became a wrong answer)
    dated = CARRIED_INTO_ZH.sub(" ", question) if TUNING.years_not_reports and TUNING.carried_into_year else question
    years = years_in(NOT_REPORT_YEAR.sub(" ", dated) if TUNING.years_not_reports else question)
    if TUNING.carried_from_year_before:
        # ('… in 2024, counting new ones and those carried over from 2023': 2023 dates the requests 2024's report carries)
        carried = {int(m.group(2)) for m in MOVED_FROM_YEAR.finditer(question)} | \
            {int(m.group(1)) for m in CARRIED_FROM_YEAR_EN.finditer(question)}
        if carried and years - carried and all(y + 1 in years for y in carried):
            years -= carried
    # (only in a question naming no year at all: '去年年底还剩几件…只能挪到2025年再处理' counts from the year it names)
    relative = RELATIVE_YEAR.search(question) if TUNING.relative_years_by_clock and not years_in(question) else None
    if relative:
        # ('新昌县去年收到了多少件申请', asked in 2026: 2025's report, not the latest one held, 2022's)
        years = {this_year() + RELATIVE_OFFSET[(relative.group("zh") or relative.group("en")).lower()]}
    resolution = resolve(question, catalog, language, years)
    names = [m.text + m.organ for m in resolution.mentions] + [m.text for m in resolution.mentions] + resolution.parents
    # (a parent place's short name too: '包头市府东路街道' shares its 市 with the body's name, which goes first)
    names += [short for p in resolution.parents if (short := short_name(p))]
    names += resolution.english_organ  # 'Finance Bureau': the body, not what is asked
    names += resolution.locating  # '(Kundulun, Baotou)': where the body is, not what is asked
    if any(m.start >= 10_000 for m in resolution.mentions):  # named in English: its places' pinyin and levels
        for r in resolution.reports:
            names += list(latin_forms(names_of(r.get("body", "")).places))
            if TUNING.english_parents:
                # ('For Baotou's Shifudonglu subdistrict': the city above the body, which its report names)
                report_places = {p for p in (r.get("places") or "").split(",") if p}
                names += list(latin_forms(places_above(r.get("body", ""), report_places)))
        # (the levels of the bodies named: 'area' of 'Xiong'an Area', not of 'key-area information')
        owns = [names_of(r.get("body", "")).own for r in resolution.reports]
        names += [w for zh, words in EN_LEVELS if zh not in ("片区", "新区") or any(o.endswith(zh) for o in owns)
                  for w in words]
    for r in resolution.reports:
        body = names_of(r.get("body", ""))
        names += list(body.place_forms) + ([body.body] if body.body else [])
    if TUNING.listed_prefixes:
        # ('荣成东山街道、东湖高新关东街道、市府东路街道'): a body of a list named with the words locating it in front,
        # from the list's mark, its year or the question's start: the body's name, not what is asked
        for m in resolution.mentions:
            if m.start < 10_000 and m.bodies:
                lead = LISTED_PREFIX.search(question[: m.start])
                if lead and lead.group("prefix") and not NOT_LOCATING.search(lead.group("prefix")) \
                        and not find_terms(lead.group("prefix"), "zh"):
                    names.append(lead.group("prefix") + m.text)
    names = sorted(set(n for n in names if n), key=lambda x: (-len(x), x))

    def refused(text: str) -> Understanding:
        return Understanding(question, language, years, [], [], names, refusal=text, resolution=resolution)

    within = within_place(question, catalog) if TUNING.within_place and language == "zh" else None
    if within is not None and len(resolution.groups) <= 1:
        # among the bodies of a place ('池州那几个乡镇里，哪个…', '硚口区的单位里，谁…'): those held under
        # it, as a question naming no body is among every report (not the place's own government alone)
        place, records = within
        names = sorted(set(names) | {place}, key=lambda x: (-len(x), x))
        bodies = list(dict.fromkeys(r.get("body") for r in records))
        # (two of them: the two bodies compared, as if named; more: among them all)
        resolution = Resolution(groups=[[r for r in records if r.get("body") == b] for b in bodies] if len(bodies) == 2
                                else [], mentions=resolution.mentions, parents=resolution.parents)
        catalog = records

    if resolution.refusal:
        return refused(resolution.refusal)
    if language == "en" and names_unknown_latin_place(question, catalog, levelled=bool(resolution.groups),
                                                       located=_report_places_latin(resolution.reports, catalog)):
        return refused(f"The index holds no report from that body. It holds: {held_reports(catalog, 'en') or 'no reports'}.")
    def no_year(asked: set[int], held_in: list[dict]) -> Understanding:
        """Refused: the body's reports hold no report for these years."""
        named = "、".join(map(str, sorted(asked)))
        held = held_reports(held_in, language) or "no reports"
        return refused(f"索引中没有该机关{named}年的报告。现有报告：{held}。" if language == "zh" else
                       f"The index holds no report for {named.replace('、', ', ')} from that body. It holds: {held}.")

    # (none named: the reports of the level asked among, '这几个乡镇里…', else every one)
    groups = resolution.groups or [of_level_asked(question, list(catalog))]
    if TUNING.previous_year_asked and len(years) == 1 and resolution.groups and AGAINST_PREVIOUS.search(question):
        # '2025年…比上一年少了几成': the year before is asked too, when each body's report of it is held
        # (else the one report is read, which may state the change itself)
        year = next(iter(years))
        if all(any(r.get("year") == year - 1 for r in g) and any(r.get("year") == year for r in g) for g in groups):
            years = years | {year - 1}
    if years:
        kept = [[r for r in group if r.get("year") in years] for group in groups]
        if TUNING.years_of_each_body and len(years) > 1 and resolution.groups:
            paired = _year_of_each(question, resolution, groups)
            if paired is not None:
                # ('淮安市2024年、黄埔区2022年和青溪市2022年…', 'Huai'an city in 2024, … Qingxi city in 2022'): each
                # body in its own year, not in every year asked (Qingxi 2024 had been ranked for Qingxi 2022)
                kept = [[r for r in group if r.get("year") == year] for group, year in zip(groups, paired)]
        missing = [group for group, k in zip(groups, kept) if not k]
        if missing and resolution.groups:
            return no_year(years, [r for group in missing for r in group])
        held_years = {r.get("year") for k in kept for r in k}
        if resolution.groups and len(years) > 1 and not years <= held_years and TWO_YEARS.search(question) and \
                not SINCE_YEAR.search(question):
            # two years asked of a body ('2022年和2024年分别…', '比2022年多了多少'), one of them not
            # held: answering the other alone would answer another question
            return no_year(years - held_years, [r for group in groups for r in group])
        # (not a year things are moved to, '拖到2025年接着办', 'carry over into 2025': the held year's report says them)
        later = {y for y in years - held_years if held_years and y > max(held_years)} - \
            {int(m.group(1)) for m in YEAR_MOVED_TO.finditer(question)}
        if TUNING.later_year_not_held and resolution.groups and later and not SINCE_YEAR.search(question):
            # a year named after every one held ('I already have the 2021 figure — how many … in 2022?'): no report
            # of an earlier year states it, and the held one's figure would answer another year
            return no_year(later, [r for group in groups for r in group])
        documents = {int(m.group(1) or m.group(2)) for m in DOCUMENT_YEAR.finditer(question)}
        other = years - held_years - {int(m.group(1)) for m in YEAR_MOVED_TO.finditer(question)} - \
            {int(m.group(1) or m.group(2)) for m in YEAR_OF_A_DATE.finditer(question)}
        if TUNING.document_year_not_asked and resolution.groups and other and held_years <= documents and \
                not SINCE_YEAR.search(question) and not REPORT_SAYS.search(question):
            # the held year named only as a report one has ('我手头有淮安市2024年的年报，…2023年…多少件'), another year
            # asked: the held report's figure would answer another year
            return no_year(other, [r for group in groups for r in group])
        groups = [k for k in kept if k]
        if not groups:
            asked = "、".join(map(str, sorted(years)))
            held = held_reports(catalog, language) or "no reports"
            return refused(f"索引中没有{asked}年的报告。现有报告：{held}。" if language == "zh" else
                           f"The index holds no report for {asked.replace('、', ', ')}. It holds: {held}.")
    # a body named twice ('保山全市…和硚口区…？保山多出多少？') is one body asked about, once
    unique: dict[tuple, list[dict]] = {}
    for group in groups:
        unique.setdefault(tuple(sorted(r["source"] for r in group)), group)
    groups = list(unique.values())
    seen, reports = set(), []
    for group in groups:
        for r in group:
            if r["source"] not in seen:
                seen.add(r["source"])
                reports.append(r)
    return Understanding(question, language, years, reports, groups if resolution.groups else [], names,
                         resolution=resolution)


# Capitalised words of English questions that name no particular place.
# (the words of body names, bodies.EN_GENERIC, and those of a question's frame: months, topics)
EN_GENERIC = BODY_WORDS | set("""people's please january february march april may june july august september
october november december reconsideration litigation media portal website wechat weibo""".split())


def _report_places_latin(reports: list[dict], catalog: list[dict]) -> set[str]:
    """The pinyin of the places the reports asked about name in their text ('Renshou County' of
    钟祥镇's report, which speaks of 仁寿县): they locate the body, as in a Chinese question."""
    by_place = catalogue(catalog).by_place
    places = {p for r in reports for p in by_place.get(r.get("body", ""), set())}
    # … and the cities and provinces above them ('Baotou' above 昆都仑区)
    places |= {p for r in reports for p in places_above(r.get("body", ""), by_place.get(r.get("body", ""), set()))}
    return latin_forms(places)


# The English words of the kinds of development zones and areas ('Guangzhou Development District', 'Economic and
# Technological Development Zone', 'High-tech Zone', 'Free Trade Pilot Zone'): no place's name.
EN_ZONE_WORDS = frozenset("development economic technological technology zone area high tech hi industrial park free "
                          "trade pilot".split())


def names_unknown_latin_place(question: str, catalog: list[dict], levelled: bool = False,
                               located: set[str] = frozenset()) -> bool:
    """An English question naming a place no report has ('... did Xuzhou receive ...'): a
    capitalised word, not at a sentence start, that is no common word and no report's name.
    ``levelled``: only a word followed by a level ('Xinzhuang Township' beside a held 'Dongzhi
    County', which must not answer for the township). ``located``: pinyin of places the reports
    asked about name, which locate their body."""
    known = catalogue(catalog).known_latin | located
    level = r"(?=\s+(?i:Township|Town|Street|Subdistrict|Village|County|District|City)\b" + (
        # ('… the Yuhang development and reform bureau or the Xiaoshan one': a place named as another of the bodies
        # compared, by 'one' or a lower-case organ after it)
        r"|\s+(?:one|ones|development and reform|finance bureau|audit bureau|statistics bureau)\b"
        if TUNING.unknown_place_of_a_pair else "") + ")" if levelled else ""
    def held(word: str) -> bool:
        # ('Huai' + 'an' written apart: a held name's start or a word it starts)
        return word in EN_GENERIC or word in known or any(word.startswith(k) or k.startswith(word)
                                                            for k in known if len(k) >= 4)

    for m in re.finditer(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]+(?:['’][a-z]+)?)" + level, question.strip()):
        word = re.sub(r"['’]s$", "", m.group(1)).replace("'", "").replace("’", "").lower()
        if held(word) or (TUNING.zone_words_no_place and word in EN_ZONE_WORDS):
            continue
        return True
    if TUNING.sentence_start_place:
        # ('Luoyang city government 2022, how many …', 'Luoyang 2022, …'): a word opening a sentence names a place when a
        # level or a year follows it and it is pinyin of two syllables or more ('Luoyang', 'Nanjing'; not 'Which', 'Each')
        from assistant.ask.english_names import is_pinyin

        after = r"\s+(?i:city|county|district|town|township|subdistrict|street|village|municipal|prefecture|province)\b" + \
            ("" if levelled else r"|,?\s+(?:19|20)\d{2}\b")
        for m in re.finditer(r"(?:^|[.?!]\s+)([A-Z][a-z]+)(?=" + after + ")", question.strip()):
            if not held(m.group(1).lower()) and is_pinyin(m.group(1).lower()):
                return True
    return False
