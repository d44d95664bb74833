"""Understanding a question: its language, the years and the issuing bodies it names, matched
against the reports the index holds. Pure functions over the report catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pypinyin import lazy_pinyin

from assistant.zh.places import (BODY, DEPARTMENT, LEADING_WORDS, NOT_PLACES, OFFICE, PLACE_SUFFIX, UNIT, clean_chain,
                                 split_place)
from assistant.zh.text import language_of, years_in



def _pinyin(text: str) -> str:
    return "".join(lazy_pinyin(text)).lower()


@dataclass(frozen=True)
class Aliases:
    """Names a question may use for one report's issuing body."""

    places: tuple[str, ...]  # place units, most specific last: ('武山县', '城关镇')
    organ: str  # '人民政府办公室' or ''
    names: frozenset[str]  # Chinese forms: 淮安市人民政府, 淮安市, 淮安
    latin: frozenset[str]  # pinyin forms: huaian, huaianshi

    @classmethod
    @lru_cache(maxsize=65536)
    def of(cls, body: str, title: str = "") -> "Aliases":
        # (ingest fills the body from the title when the text names none, so the title adds nothing.)
        body = re.sub(r"[（(][^)）]*[)）]", "", body or "")
        if body and body.isascii():  # an English report: its body's proper names
            words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", body)} - EN_GENERIC
            return cls(places=(), organ="", names=frozenset({body}), latin=frozenset(w.replace("'", "") for w in words))
        place, organ = split_place(body)
        units = tuple(UNIT.findall(place)) or ((place,) if place else ())
        names: set[str] = {body} if body else set()
        latin: set[str] = set()
        for unit in units:
            names.add(unit)
            short = PLACE_SUFFIX.sub("", unit)
            if len(short) >= 2:
                names.add(short)
                latin.add(_pinyin(short))
        if units:
            names.add("".join(units))
        return cls(places=units, organ=organ, names=frozenset(n for n in names if n), latin=frozenset(latin))


@dataclass
class Understanding:
    question: str
    language: str
    years: set[int]
    places: list["PlaceMention"]  # place units the question names
    reports: list[dict]  # the report records the question can be about
    refusal: str = ""  # set when the question names a body or year the index does not hold
    scores: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlaceMention:
    name: str
    start: int
    end: int


def question_places(question: str) -> list[PlaceMention]:
    """Place units named in a Chinese question ('南京市鼓楼区' → 南京市, 鼓楼区).

    A unit must start and end on jieba word boundaries, so '代表市政府' (代表 | 市政府),
    '督促县区' (督促 | 县区) and '多少个县级' do not name places while '鼓楼区' does."""
    import jieba

    jieba.setLogLevel(60)
    bounds = {0}
    offset = 0
    for token in jieba.cut(question):
        offset += len(token)
        bounds.add(offset)
    mentions: list[PlaceMention] = []
    for m in BODY.finditer(question):
        name = clean_chain(LEADING_WORDS.sub("", m.group(1)))
        if not name:
            continue
        place, _ = split_place(name)
        cursor = m.start() + m.group(1).find(place)
        for unit in UNIT.findall(place):
            start = question.find(unit, cursor)
            end = start + len(unit)
            cursor = end
            if start < 0 or unit in NOT_PLACES or len(unit) < 2:
                continue
            if start in bounds and end in bounds:
                mentions.append(PlaceMention(unit, start, end))
    return mentions




def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _same_department(question: str, aliases: Aliases) -> bool:
    """A department the question names right after the place ('淮安市教育局') must be this
    report's ('乌海市工信局' is 乌海市工业和信息化局: its characters, in order)."""
    for name in sorted((n for n in aliases.names if len(n) >= 2), key=len, reverse=True):
        at = question.find(name)
        if at < 0:
            continue
        m = DEPARTMENT.match(question, at + len(name))
        if m is None:
            return True
        asked = re.sub(r"^(?:人民)?政府", "", m.group(0))
        return _is_subsequence(asked, aliases.organ)
    return True


def _latin_tokens(question: str) -> list[str]:
    text = re.sub(r"['’`]s\b", "", question.lower())
    text = re.sub(r"['’`]", "", text)
    return re.findall(r"[a-z]+", text)


def _match_score(question: str, places: list[PlaceMention], latin: list[str], aliases: Aliases) -> int:
    """How specifically the question names this report's body: 0 none; higher is better."""
    score = 0
    for name in aliases.names:
        if name and name in question:
            score = max(score, len(name) * 10)
    matched = {p for p in places if any(p.name in n or n in p.name for n in aliases.names if len(n) >= 2)}
    for p in places:  # a named place that is not this body's: a different body …
        if p in matched:
            continue
        # … unless it is the parent of a place that is ('南京市' in '南京市高淳区').
        if not any(q.start == p.end for q in matched):
            return 0
    if score and not _same_department(question, aliases):
        return 0
    pairs = set(latin) | {a + b for a, b in zip(latin, latin[1:])}
    for form in aliases.latin:
        if form in pairs:
            score = max(score, len(form) * 5)
    if score and aliases.organ and aliases.organ in question:
        score += 5  # 市人民政府办公室 asked about by that name
    elif score and "办公" in aliases.organ and OFFICE.search(question):
        score += 4  # 市政府办 / 市政府办公室 / General Office: the office, not the government
    return score


def understand(question: str, catalog: list[dict]) -> Understanding:
    language = language_of(question)
    years = years_in(question)
    places = question_places(question) if language == "zh" else []
    latin = _latin_tokens(question)
    scores = {r["source"]: _match_score(question, places, latin, Aliases.of(r.get("body", ""), r.get("title", "")))
              for r in catalog}
    best = max(scores.values(), default=0)
    named = [r for r in catalog if best and scores[r["source"]] == best]
    if best == 0 and (places or (language == "en" and _names_unknown_latin_place(question, catalog))):
        held = _held(catalog)
        named = [p.name + (m.group(0) if (m := DEPARTMENT.match(question, p.end)) else "") for p in places]
        what = "、".join(named) if named else ("该机关" if language == "zh" else "that body")
        return Understanding(question, language, years, places, [],
                             refusal=(f"索引中没有{what}的报告。现有报告：{held}。" if language == "zh" else
                                      f"The index holds no report from {what}. It holds: {held}."),
                             scores=scores)
    candidates = named or list(catalog)
    if years:
        in_year = [r for r in candidates if r.get("year") in years]
        if not in_year:
            held = _held(candidates)
            return Understanding(question, language, years, places, [],
                                 refusal=(f"索引中没有该机关{'、'.join(map(str, sorted(years)))}年的报告。现有报告：{held}。"
                                          if language == "zh" else
                                          f"The index holds no report for {', '.join(map(str, sorted(years)))} "
                                          f"from that body. It holds: {held}."), scores=scores)
        candidates = in_year
    return Understanding(question, language, years, places, candidates, scores=scores)


# Capitalised words of English questions that name no particular place.
EN_GENERIC = set("""according annual report reports government governments people peoples people's municipal
city county district town township province prefecture autonomous region general office bureau
department commission committee information disclosure open the a an of in on for how what which
when where who why did does do is are was were has have had please january february march april
may june july august september october november december chinese china state council standing
administrative reconsideration litigation new media portal website wechat weibo""".split())


def _names_unknown_latin_place(question: str, catalog: list[dict]) -> bool:
    """An English question naming a place no report has ('... did Xuzhou receive ...'): a
    capitalised word, not at a sentence start, that is no common word and no report's name."""
    known = {form for r in catalog for form in Aliases.of(r.get("body", ""), r.get("title", "")).latin}
    for m in re.finditer(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]+(?:['’][a-z]+)?)", question.strip()):
        word = re.sub(r"['’]s$", "", m.group(1)).replace("'", "").replace("’", "").lower()
        if word in EN_GENERIC or word in known:
            continue
        if any(word.startswith(k) or k.startswith(word) for k in known if len(k) >= 4):
            continue  # 'Huai' + 'an' written apart
        return True
    return False


def _held(catalog: list[dict]) -> str:
    items = sorted({(r.get("body", ""), r.get("year")) for r in catalog}, key=lambda x: (x[0], x[1] or 0))
    return "; ".join(f"{body} {year}" for body, year in items) or "no reports"
