"""Which body issued a report, from the shapes real pages have: a title line (often with words of
the sentence it was cut from: '编制凤庆县…', '关于印发…', '统筹用好…'), the subject of the
overview's first sentence ('2024年，花园乡认真贯彻…', '2022年，我委认真贯彻…'), the legal-database
header (【制定机关】), who compiled it ('由高淳区人民政府办公室汇总编制' — the government's report),
the contact line ('请与…办公室联系'), crawler page headers ('来源：道里区人民政府' — the publisher,
often the parent government, so it counts least), and the body named most often.

Each source proposes a name; a name is trimmed to the longest tail that is a body (a place chain
whose first unit is a real place, then an organ), and the strongest proposal wins. The text's own
words about itself outrank a page header's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass

from assistant.zh.gazetteer import gazetteer
from assistant.zh.places import UNIT

__all__ = ["issuing_body", "trim_to_body", "Proposal"]

# The end of a body's name: an organ, or a place unit (a citywide report is issued by the place).
BODY_END = re.compile(r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办|办公室|办公厅|街道办事处|办事处|街办|"
                      r"管理委员会|管委会|委员会|[局委厅署办院所站队]|中心|[省市县区镇乡旗]|街道|片区|新区|开发区|实验区)$")
# Characters that never start a place name: they end the word before it ('的花园乡', '制凤庆县').
NOT_FIRST = set("的了过由结与及在对为将从是以其各全本我该此通和或向于把被让给按据制布围绕用好网印发关")
OVERVIEW_VERBS = ("认真", "深入", "坚持", "全面", "严格", "积极", "始终", "继续", "按照", "紧紧", "紧扣", "围绕", "以习近平",
                  "以", "高度", "切实", "持续", "立足", "扎实", "不断", "进一步", "全力", "聚焦", "深化", "牢固", "贯彻",
                  "着力", "把", "将", "主动", "共", "通过", "进一步")
SELF = re.compile(r"(?<![\u4e00-\u9fff])(?:我|本)(委|局|镇|乡|街道|街|办|区|县|市|中心|厅|院|机关|单位|部门)")
CONTACT = re.compile(r"请(?:与|联系|致电)[:：]?\s*([\u4e00-\u9fff（）()]{4,60}?)(?:联系|\(|（|,|，|。|地址|电话)")
# '由淮安市人民政府办公室根据…编制': an office compiling the report (its body's, not its own).
COMPILED_BY_OFFICE = re.compile(r"由([\u4e00-\u9fff]{2,20}?(?:办公室|办公厅))(?:根据|汇总|综合|编制|负责|牵头|组织)")
COMPILED = re.compile(r"由([\u4e00-\u9fff（）()]{4,40}?)(?:[（(]以下简称[^）)]{1,12}[)）])?(?:根据|汇总|牵头|负责|组织|统一)?编制")
WORK_OF = re.compile(r"结合([\u4e00-\u9fff]{4,30}?)(?:\d{4}年)?(?:度)?(?:政府信息公开|政务公开)工作")
# An office inside a town, street or department: the report is the town's (…镇党政办 → …镇).
INNER_OFFICE = re.compile(r"(?:(?<=[镇乡局委])|(?<=街道)|(?<=办事处)|(?<=[镇乡]人民政府)|(?<=[镇乡]政府))(?:人民政府|政府)?(?:党政综合办公室|党政办公室|党政办|党群服务中心|"
                          r"综合办公室|政府信息公开领导小组办公室|政府信息公开办公室|政务公开办公室|信息公开办公室|办公室)$")
PUBLISHER = re.compile(r"(?:文章来源|信息来源|来源|发布机构)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,40})")
GOVERNMENT_OFFICE = re.compile(r"(人民政府|政府)(?:办公室|办公厅)$")


@dataclass(frozen=True)
class Proposal:
    name: str
    weight: float
    why: str


def _first_unit_ok(unit: str) -> bool:
    if not unit or unit[0] in NOT_FIRST:
        return False
    return True


def trim_to_body(raw: str, text: str = "") -> str:
    """The longest tail of ``raw`` that reads as a body name: '编制凤庆县地方产业发展服务中心' →
    '凤庆县地方产业发展服务中心'; '县政府网的花园乡人民政府办公室' → '花园乡人民政府办公室'. A tail
    whose first place unit is in the gazetteer wins; else the longest whose first character can
    start a name and which the text names on its own elsewhere."""
    raw = re.sub(r"\s+", "", raw or "")
    raw = re.sub(r"[（(][^()（）]*[)）]$", "", raw)
    if not raw or not BODY_END.search(raw):
        return ""
    g = gazetteer()
    best_known, best_plain = "", ""
    for start in range(len(raw)):
        tail = raw[start:]
        if len(tail) < 2:
            break
        units = UNIT.findall(tail)
        head = units[0] if units and tail.startswith(units[0]) else ""
        if head and g.is_place(head):
            best_known = best_known or tail
        elif _first_unit_ok(tail) and not best_plain:
            # a tail the text also names with a clean start ('花园乡' after '，' or at a line start)
            if not text or re.search(rf"(?:^|[^\u4e00-\u9fff]|[{''.join(NOT_FIRST)}]){re.escape(tail[:4])}", text):
                best_plain = tail
    if best_known and best_plain and len(best_plain) == len(best_known) + 1 and best_plain.endswith(best_known):
        return best_plain  # one more character of the same place: 白沙县 is not the 沙县 the gazetteer holds
    return best_known or best_plain


def _titles(lines: list[str], sentence: bool = False) -> list[str]:
    """Bodies named in title lines ('淮安市人民政府2024年政府信息公开工作年度报告'), or, with
    ``sentence``, in a title quoted inside a sentence ('现公开2022年东岳路街办政府信息公开工作年度报告')."""
    out = []
    for line in lines[:12]:
        if sentence:
            for m in re.finditer(r"(?:\d{4}|[二〇零一两三四五六七八九]{4})\s*年度?\s*([\u4e00-\u9fff]{2,30}?)(?:政府)?信息公开"
                                 r"(?:工作)?(?:年度)?报告", line):
                out.append(m.group(1))
            for m in re.finditer(r"[编制公布发《]([\u4e00-\u9fff]{2,30}?)(?:\d{4}|[二〇零一两三四五六七八九]{4})\s*年度?\s*(?:政府)?"
                                 r"信息公开(?:工作)?(?:年度)?报告", line):
                out.append(m.group(1))
            continue
        m = re.search(r"(.{2,50}?)(?:\d{4}|[二〇零一两三四五六七八九]{4})\s*年度?\s*(?:政府)?信息公开", line)
        if m and len(line) <= 80:
            out.append(m.group(1))
        m = re.search(r"(?:\d{4}|[二〇零一两三四五六七八九]{4})\s*年度?\s*(.{2,40}?)(?:政府)?信息公开(?:工作)?(?:年度)?报告", line)
        if m and len(line) <= 80:
            out.append(m.group(1))
    return out


def _overview_subjects(paragraphs: list[str]) -> list[str]:
    """'2024年，花园乡认真贯彻…' → 花园乡; '2022年，在区委区政府的正确领导下，广东从化经济开发区管理委员会认真…'."""
    out = []
    for text in paragraphs[:6]:
        m = re.match(r"\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.]?\s*)?(?:\d{4}年度?|本年度|今年|\d{4}年以来)[，,]\s*"
                     r"(?:在[^，,。]{2,30}?下[，,]\s*)?([\u4e00-\u9fff（）()]{2,40}?)(?=" + "|".join(OVERVIEW_VERBS) + ")", text)
        if m:
            out.append(m.group(1))
    return out


def issuing_body(*, title: str, lines: list[str], paragraphs: list[str], header_body: str, text: str,
                 all_text: str = "") -> tuple[str, str]:
    """(issuing body, compiling office) of a report. ``all_text``: the whole report's text, where a body named
    without its place ('区人民政府办公室') finds the place when ``text`` (its opening parts) does not name it."""
    proposals: list[Proposal] = []
    contact = next((trim_to_body(m.group(1), text) for m in CONTACT.finditer(text) if trim_to_body(m.group(1), text)), "")
    compiled = next((m.group(1) for m in COMPILED_BY_OFFICE.finditer(text)), "") or \
        next((m.group(1) for m in COMPILED.finditer(text)), "")

    def propose(name: str, weight: float, why: str) -> None:
        name = _expand_self(name, contact, text, all_text)
        trimmed = trim_to_body(name, text)
        if trimmed and trimmed != name and re.match(r"^(?:市|区|县)(?!场)", trimmed):
            # ('现公开区人民政府办公室…' trimmed to '区人民政府办公室': its place, as for a name that starts so)
            trimmed = _expand_self(trimmed, contact, text, all_text)
        if trimmed:
            proposals.append(Proposal(trimmed, weight, why))

    if header_body:
        propose(header_body, 6, "header")
    for t in _titles([title] + lines):
        propose(t, 5, "title")
    for subject in _overview_subjects(paragraphs):
        propose(subject, 4, "overview")
    for t in _titles(lines + paragraphs[:2], sentence=True):
        propose(t, 3.5, "title in a sentence")
    if compiled:
        if GOVERNMENT_OFFICE.search(compiled):  # an office compiles the government's report
            propose(GOVERNMENT_OFFICE.sub(r"\1", compiled).replace("政府", "人民政府").replace("人民人民", "人民"), 3,
                    "compiled")
        else:
            propose(compiled, 3.5, "compiled")
    for m in WORK_OF.finditer(text[:1500]):
        propose(m.group(1), 3, "work of")
    for m in re.finditer(r"综合([\u4e00-\u9fff]{2,12}?)(?:人民政府|政府)?(?:各|所属)(?:部门|单位|镇|乡|街道|街)", text[:1500]):
        propose(re.sub(r"(?:人民)?政府$", "", m.group(1)) + "人民政府", 3, "summary of its departments")
    if contact:
        propose(contact, 1.5, "contact")
    for m in PUBLISHER.finditer("\n".join(lines[:8])):
        propose(m.group(1), 1, "publisher")
    for name, count in _mentions(text).most_common(3):
        propose(name, 0.5 + 0.1 * min(count, 5), "mentions")
    if not proposals:
        return "", compiled
    best = max(proposals, key=lambda p: p.weight)  # first proposed of the strongest kind
    body = _complete_chain(_normalise(best.name, contact), text)
    if compiled == body:
        compiled = ""
    return body, compiled


def _expand_self(name: str, contact: str, text: str, all_text: str = "") -> str:
    """'我委' → the committee of the contact line; '市政府办公室' → with the city the text names (its opening
    parts, else the whole report: '区人民政府办公室' whose 硚口区 is named further on)."""
    m = SELF.fullmatch(name)
    if m and contact:
        return contact
    if m:
        return ""
    if re.match(r"^(?:市|区|县)(?!场)", name):  # '市国资委', '市政府办公室': the place the text names most
        for where in (text, all_text):
            place = _most_named(where, name[0])
            if place:
                return place + name[1:]
    return name


@lru_cache(maxsize=32)
def _most_named(text: str, level: str) -> str:
    """The place of a level (市, 区, 县) a text names most, or '' (looked up once per text: every proposal of a
    report may ask)."""
    places = Counter(n for n, _, _, found in gazetteer().find(text) if n.endswith(level) and any(p.name == n for p in found))
    return places.most_common(1)[0][0] if places else ""


def _normalise(name: str, contact: str) -> str:
    # Two bodies named as one ('广州市黄埔区人民政府广州开发区管委会'): the first.
    m = re.match(r"(.+?人民政府)(?=.+(?:管委会|管理委员会)$)", name)
    if m:
        name = m.group(1)
    name = INNER_OFFICE.sub("", name)
    # '章贡区人民政府水东镇' is the town's government: 章贡区水东镇人民政府.
    name = re.sub(r"^(.+?[区县市旗])人民政府(.{1,8}?(?:镇|乡|街道))$", r"\1\2人民政府", name)
    if re.search(r"[镇乡]政府$", name):
        name = name[:-2] + "人民政府"
    name = re.sub(r"街办$", "街道办事处", name)
    name = re.sub(r"政府办$", "政府办公室", name)
    # An office of a department ('…管理委员会政府信息公开办公室' in the contact line) is its department.
    # A zone committee's own office (…管委会办公室) is that zone's general office, and stays.
    name = re.sub(r"(?<!管理)(委员会|局)(?:政府信息公开|政务公开)?办公室$", r"\1", name)
    name = re.sub(r"(管理委员会|管委会)(?:政府信息公开|政务公开)办公室$", r"\1", name)
    return name


def _complete_chain(name: str, text: str) -> str:
    """'花园乡' named as '东至县花园乡' elsewhere in the text → '东至县花园乡'; '产业发展服务中心'
    named as '凤庆县地方产业发展服务中心' → that."""
    units = UNIT.findall(name)
    if not units or not name.startswith(units[0]):
        for m in re.finditer(rf"((?:[\u4e00-\u9fff]{{1,6}}?(?:省|市|县|区|旗|州)){{1,3}})([\u4e00-\u9fff]{{0,6}}?){re.escape(name)}", text):
            prefix = _known_chain_tail(m.group(1))
            if prefix:
                return prefix + m.group(2) + name
        return name
    first = units[0]
    for m in re.finditer(rf"((?:[\u4e00-\u9fff]{{1,6}}?(?:省|市|县|区|旗|州)){{1,3}}){re.escape(first)}", text):
        prefix = _known_chain_tail(m.group(1))
        if prefix and not name.startswith(prefix) and not prefix.endswith(first):
            return prefix + name
    return name


def _known_chain_tail(text: str) -> str:
    """The longest tail of ``text`` that is a chain of real places: '(地址:池州市东至县' → '池州市东至县'."""
    g = gazetteer()
    for start in range(len(text)):
        if g.split_chain(text[start:]):
            return text[start:]
    return ""


def _mentions(text: str) -> Counter:
    from assistant.zh.places import BODY, LEADING_WORDS, NOT_PLACES, clean_chain

    counts: Counter = Counter()
    for m in BODY.finditer(text[:3000]):
        name = clean_chain(LEADING_WORDS.sub("", m.group(1)))
        if name and not any(name.startswith(p) for p in NOT_PLACES) and len(name) >= 3:
            counts[name] += 1
    return counts


def places_named(text: str) -> tuple[str, ...]:
    """The places a report's text names: counties and above from the gazetteer (full names and
    their short forms) and towns and streets by their suffix — so a question's qualifier
    ('仁寿钟祥镇', '柳州市城中区') can be checked against the report it would be answered from."""
    found = {name for name, _, _, _ in gazetteer().find(text)}
    found |= set(re.findall(r"[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道)", text))
    return tuple(sorted(n for n in found if len(n) >= 2))[:200]
