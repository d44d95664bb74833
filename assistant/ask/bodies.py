"""Which issuing bodies a question names, matched against the bodies the index holds.

The question is searched for the names of the catalogue's bodies in every form people write
them — the full name, the place chain, the place without its suffix (淮安市 → 淮安, 松木塘镇 →
松木塘, 东风路街道办事处 → 东风路街道), the organ however worded (市政府, 政府办, 工信局 for
工业和信息化局), pinyin and English — not for places parsed out of the question by patterns. The
gazetteer (China's divisions to county level) and the suffixes of towns and street offices
then tell which other places the question names, so that a question about a body the index does
not hold is refused instead of being answered from a neighbour's report.

    resolution = resolve(question, catalog)
    resolution.groups      # one list of report records per body named (A和B → two groups)
    resolution.refusal     # why not: a body not held, or a name that fits two held bodies
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from assistant.ask.dictionary import translations
from assistant.zh.gazetteer import gazetteer, short_name
from assistant.ask.tuning import TUNING

__all__ = ["BodyNames", "Mention", "Resolution", "names_of", "resolve", "common_word"]

# Organs at the end of a body's name, most specific first. The kind says what a bare place name
# in a question means for it: the government ("淮安市" is 淮安市人民政府, or a citywide report),
# its office, or a department / agency (which a question must name).
ORGANS: tuple[tuple[str, str], ...] = (
    ("人民政府办公室", "office"), ("人民政府办公厅", "office"), ("政府办公室", "office"), ("政府办公厅", "office"),
    ("管委会办公室", "office"), ("管理委员会办公室", "office"),
    ("人民政府", "government"), ("街道办事处", "government"), ("办事处", "government"),
    ("管理委员会", "government"), ("管委会", "government"),
)
DEPARTMENT_END = re.compile(r"(?:局|委员会|委|中心|厅|办公室|办|所|站|院|队|署|会)$")
# Development zones and the like are places too, and their suffix is dropped in speech.
ZONE_SUFFIX = re.compile(r"(?:综合实验区|经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|新技术开发区|开发区|高新区|自由贸易试验区|片区|新区)$")
PLACE_END = re.compile(r"(?:自治区|自治州|自治县|省|市|州|盟|地区|县|旗|区|镇|乡|街道)$")
TOWN_UNIT = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道)(?!办)")

SEAT_OF_STREET = re.compile(r"(?<=[区县市旗])人民政府(?=[\u4e00-\u9fff]{2,8}?(?:街道办事处|街道|镇|乡)(?:人民政府)?$)")
# A note in brackets after a name: '武昌经开区(滨江)管委会' is named without it.
BRACKETED = re.compile(r"[（(][^)）]*[)）]")

# How questions name the organ right after a place.
# (办 of a verb is no office: '青溪市政府办结的申请' is the government's requests concluded, 办结)
# (办 before 结转 is an office's: '政府办结转到下一年的' carries over, no 办结)
_NOT_A_VERB = r"(?![理件完好成过]|结(?!转))" if TUNING.carried_whole_after_ban else r"(?![结理件完好成过])"
ASK_OFFICE = re.compile(r"^(?:管委会办公室|管理委员会办公室|人民政府办公室|人民政府办公厅|市政府办公室|政府办公室|政府办公厅|办公室|办公厅|"
                        r"(?:区政府|县政府|政府|市府|府)办" + _NOT_A_VERB + ")")
ASK_GOVERNMENT = re.compile(r"^(?:人民政府|政府|街道办事处|街道办" + _NOT_A_VERB + r"|街办|办事处|管委会|管理委员会)")
# (a department's name never starts with a conjunction: '…街道和番禺经开区管委会' names two bodies)
# (not after a word that cannot open an organ's name: a conjunction, a preposition, an adverb of
# what follows — '武汉硚口区各办结了…', '…都办理了' — nor '全', the place as a whole: '保山全市和…' — nor a word of comparing:
# '淮安比青溪市政府办多收了多少元')
# (办 of a verb is no office: '硚口区网上办结的留言', '…办理', '…办件')
ASK_DEPARTMENT = re.compile(r"^(?![和与及跟、或除还在的各都均也又已共总每全比较])[\u4e00-\u9fff]{1,10}?"
                            r"(?:局|委员会|委会|委|中心|厅|办公室|办(?![结理件完好成过]))")

# English words for organs and levels (the structure of Chinese government, not any question).
EN_LEVELS = (("街道", ("street", "subdistrict", "streetoffice")), ("片区", ("area",)), ("新区", ("newarea", "area")),
             ("镇", ("town", "township")),
             ("乡", ("township", "town")), ("县", ("county",)), ("区", ("district",)), ("市", ("city",)),
             ("省", ("province",)))
# How an English question names the kind of organ after its field ('Finance Bureau',
# 'Development and Reform Commission'): the Chinese organ's last word.
EN_ORGAN_KIND = (("commission", "委员会"), ("committee", "委员会"), ("administration", "局"), ("bureau", "局"),
                 ("center", "中心"), ("centre", "中心"), ("office", "办公室"))
EN_OFFICE = re.compile(r"(?i)\bgeneral office\b|\boffice\b")
# 'their office', 'by its office': the bodies named, as the office they work from — no office of its own ('the Baoshan
# government and its general office' names one).
EN_PRONOUN_BEFORE = re.compile(r"(?i)\btheir\s+(?:own\s+)?$|\bby\s+its\s+(?:own\s+)?$")
# '… City Operation Management Center': up to four words of a field before the kind of organ.
# (no word of the question's frame inside: 'how many items did the management committee' names 'management')
EN_FRAME_WORD = r"(?:the|a|an|did|does|do|was|were|is|are|has|have|had|its|their|of|in|on|by|to|for|from|with|how|many|much|what|which)"
EN_UNKNOWN_DEPARTMENT, EN_UNKNOWN_DEPARTMENT_FRAMELESS = (re.compile(
    r"(?i)(?P<field>(?:\b" + frame + r"[a-z]+\s+){1,4})"
    r"(?P<kind>" + "|".join(e for e, _ in EN_ORGAN_KIND if e != "office") + r")s?\b")
    for frame in ("", rf"(?!{EN_FRAME_WORD}\b)"))
EN_DEPARTMENTS = {
    "audit": "审计", "finance": "财政", "statistics": "统计", "statistical": "统计", "education": "教育",
    "health": "卫生", "development and reform": "发展和改革", "industry and information": "工业和信息化",
    "civil affairs": "民政", "public security": "公安", "justice": "司法", "natural resources": "自然资源",
    "ecology": "生态环境", "environment": "生态环境", "housing": "住房", "transport": "交通", "water": "水利",
    "agriculture": "农业", "commerce": "商务", "culture": "文化", "emergency": "应急", "market": "市场监督",
    "big data": "大数据", "state-owned assets": "国有资产", "foreign affairs": "外事", "government services": "政务服务",
    "taxation": "税务", "human resources": "人力资源", "government offices administration": "机关事务管理",
    "government affairs service": "政务服务", "enterprise service": "企业服务",
}


def _acronyms() -> dict[str, str]:
    """A department's English abbreviation ('Yuhang DRB', 'Henan DRC', 'the NDRC', 'FAO'): the initials of its
    field's words and of its kind of organ, three letters or more, each naming one organ only."""
    found: dict[str, set[str]] = {}
    for field, chinese in EN_DEPARTMENTS.items():
        letters = "".join(w[0] for w in re.split(r"[\s-]+", field) if w not in ("and", "of")).upper()
        if len(letters) < 2:
            continue  # ('AB' of audit, 'FB' of finance: two letters name nothing for sure)
        of_field: dict[str, str] = {}
        for kind, organ in EN_ORGAN_KIND:  # (C: a commission before a center)
            of_field.setdefault(letters + kind[0].upper(), chinese + organ)
        for acronym, name in of_field.items():
            found.setdefault(acronym, set()).add(name)
    return {a: names.pop() for a, names in found.items() if len(names) == 1}


EN_ACRONYMS = _acronyms()
EN_ACRONYM = re.compile(rf"\bN?({'|'.join(sorted(EN_ACRONYMS, key=len, reverse=True))})\b")
# jieba dictionary frequency above which a 2-character short form is an ordinary word, not a name
# by itself. Measured: short names of places sit below it (淮安 192, 黄埔 190, 钟祥 549, 朝阳 767,
# 滨海 441, 高淳 7) and everyday words above (花园 1291, 东风 1075, 开发 10022, 和平 7998, 长安 5355);
# a few names that are also words fall above and need their suffix (中山 1117, 南湖 1652, 城中 1929).
_FREQ_COMMON = 1000


def common_word(word: str) -> bool:
    """An ordinary word of the language (jieba's dictionary frequency), e.g. 花园, 和平, 长安."""
    import jieba

    jieba.setLogLevel(60)
    if not jieba.dt.initialized:
        jieba.dt.initialize()
    return jieba.dt.FREQ.get(word, 0) >= _FREQ_COMMON


def place_word(word: str) -> bool:
    """A word jieba's dictionary tags as a place name (河南, 武汉: common, and still places)."""
    import jieba.posseg

    jieba.setLogLevel(60)
    return [(p.word, p.flag) for p in jieba.posseg.cut(word)] == [(word, "ns")]


def pinyin_of(text: str) -> str:
    # pypinyin is imported where it is used: its dictionaries take ~0.2 s to import, and a process
    # whose body names are on disk (held_names) asks nothing of it for a Chinese question.
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).lower()


def latin_forms(places) -> set[str]:
    """Every pinyin form of places, each without its level word ('仁寿县' → renshou)."""
    return {f for p in places for f in pinyin_forms(PLACE_END.sub("", p) or p)}


def pinyin_forms(text: str, limit: int = 8) -> set[str]:
    """Every reading of a name whose characters have several (长 is chang or zhang: 长通 is
    'changtong'); the first ``limit`` combinations."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    readings = pinyin(text, style=Style.NORMAL, heteronym=True)
    return {"".join(p).lower() for p in islice(product(*readings), limit)} | {pinyin_of(text)}


@dataclass(frozen=True)
class BodyNames:
    """The names a question may use for one issuing body."""

    body: str
    places: tuple[str, ...]  # the place chain as the name prints it: ('南京市', '高淳区')
    own: str  # the most specific place: '高淳区' ('' for a body named without a place)
    organ: str  # '人民政府', '人民政府办公室', '审计局', '' for a citywide report
    kind: str  # government | office | department
    place_forms: frozenset[str]  # how a question names the place: 高淳区, 高淳, 南京市高淳区, 南京高淳
    latin: frozenset[str]  # pinyin and English forms: gaochun, huaian
    organ_forms: frozenset[str] = frozenset()  # a zone committee named by itself: 汉口北管委会

    def organ_fits(self, asked: str) -> bool:
        """Whether an organ named in a question ('工信局', '政府办', '审计局') is this body's."""
        if not asked:
            return True
        if TUNING.organ_after_locative:
            # ('宗关街上的街道办', '东至县里的政府办': the organ of the place, said with a locative)
            asked = ORGAN_LOCATIVE.sub("", asked, count=1) or asked
        if ASK_OFFICE.match(asked) or re.fullmatch(r"(?:党政|党政综合|综合)?办(?:公室)?", asked):
            # a town's, street's or zone's office answers for it (its report is theirs)
            return self.kind == "office" or (self.kind == "government" and (
                bool(re.search(r"(?:镇|乡|街道)$", self.own)) or self.organ in ("管委会", "管理委员会", "办事处")))
        if ASK_GOVERNMENT.fullmatch(asked):
            return self.kind == "government"
        if TUNING.committee_is_zone_organ and asked == "委员会" and (
                self.organ in ("管委会", "管理委员会") or (self.kind == "government" and not self.organ
                                                     and bool(ZONE_SUFFIX.search(self.own)))):
            # ('the Xiong'an area committee': English 'committee' for a zone's 管理委员会, or for a zone whose report
            # names no organ: 'the Binhaiwan New Area committee' for 滨海湾新区)
            return True
        if self.kind != "department":
            return False
        asked = re.sub(r"^(?:人民政府|政府|市|区|县)", "", asked)
        if any(_subsequence(asked, form) for form in self.organ_forms):
            return True  # '汉口北管委(会)' for 汉口北委员会
        # 国资委 for 国有资产监督管理委员会 and the other way round (a full name asked for a short
        # one: same first character, and no place inside it — 环翠区统计局 is not 威海市统计局)
        return _subsequence(asked, self.organ) or (
            len(self.organ) >= 2 and asked[:1] == self.organ[:1] and not re.search(r"[省市区县镇乡旗]", asked)
            and _subsequence(self.organ, asked))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return bool(short) and all(ch in it for ch in short)


_RECALLED: dict[str, BodyNames] = {}  # names read from disk (held_names.recall), by body


def recall_names(names: dict[str, BodyNames]) -> None:
    """Take ``names`` (computed by an earlier process with this code) as names_of's results."""
    _RECALLED.update(names)


def names_of(body: str) -> BodyNames:
    recalled = _RECALLED.get(body)
    return recalled if recalled is not None else _names_of(body)


@lru_cache(maxsize=65536)
def _names_of(body: str) -> BodyNames:
    name = BRACKETED.sub("", body or "").strip()
    name = name.split()[0] if name.split() else ""
    # '硚口区人民政府汉正街道办事处': a street office is the district government's, named through it
    name = SEAT_OF_STREET.sub("", name)
    if name.isascii():  # an English report: its body's proper words
        words = {w.lower().replace("'", "") for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", name)}
        return BodyNames(body, (), "", "", "government", frozenset({name} if name else ()),
                         frozenset(w for w in words if w not in EN_GENERIC))
    places, rest = gazetteer().leading_places(name)
    organ, kind = rest, "government"
    for suffix, k in ORGANS:
        if rest == suffix or (rest.endswith(suffix) and not places):
            organ, kind = suffix, k
            break
    else:
        if rest and DEPARTMENT_END.search(rest):
            kind = "department"
        elif rest:
            kind = "department" if places else "government"
    if not places:  # no known place: the name before its organ is the place ('滨海湾新区管委会')
        place = name[: len(name) - len(organ)] if organ and name.endswith(organ) else name
        unknown = UNKNOWN_PLACE.match(name) if TUNING.unknown_place_split and not place else None
        if unknown and DEPARTMENT_END.search(unknown.group(2)) and not common_word(unknown.group(1)[:-1]):
            # a department of a place the gazetteer does not hold ('青溪市统计局'): the place is the name
            # up to its level (青溪市), the department the rest
            place, organ = unknown.group(1), unknown.group(2)
        places = [place] if place else []
    if organ == "街道办事处" and places and not places[-1].endswith("街道"):
        places[-1] += "街道"
    units = tuple(places)
    own = units[-1] if units else ""
    forms: set[str] = set()
    if own:
        forms.add(own)
        forms.add("".join(units))
        owns = [own] + _short_forms(own)
        forms.update(owns)
        for parent in units[:-1]:  # '东至大渡口镇', '青阳丁桥镇', '南京高淳': a parent's name, full or short, before
            # (and a zone's abbreviation: '武汉东湖高新区关东街道')
            parents = [parent] + ([short_name(parent) or PLACE_END.sub("", parent)]) + \
                [f for full, short in ZONE_ABBREVIATIONS if full.endswith("开发区")
                 for f in _short_forms(parent) if f.endswith(short)]
            for p in parents:
                if len(p) >= 2:
                    forms.update(p + o for o in owns)
        if own.endswith("街道"):
            forms |= {own + "办事处", own + "办", own[:-2] + "街办"}
            if not own.endswith("街街道"):
                forms.add(own[:-1])  # 汉正街道 is 汉正街 too (汉正街街道 written short)
        if "自由贸易试验区" in own:  # '中国(河北)自由贸易试验区雄安片区': 雄安片区, 雄安自贸区
            piece = own.split("自由贸易试验区")[-1]
            forms |= {piece, piece[:-2] + "自贸区", piece[:-2] + "自贸片区", "自贸区" + piece} \
                if piece.endswith("片区") else {piece}
        raw = (body or "").split()[0] if (body or "").split() else ""
        raw = raw[: -len(organ)] if organ and raw.endswith(organ) else raw
        if BRACKETED.search(raw) and BRACKETED.sub("", raw) == "".join(units):
            # named as printed, brackets and all ('中国(河北)自由贸易试验区雄安片区'): the place in the
            # brackets is part of this name, not a body of its own
            forms |= {raw, raw.replace("(", "（").replace(")", "）"), raw.replace("（", "(").replace("）", ")")}
        alias = re.search(re.escape(own) + r"[（(]([\u4e00-\u9fff]{2,6})[)）]" + re.escape(organ) + "$", body or "")
        if alias and not DEPARTMENT_END.search(alias.group(1)) and not PLACE_END.search(alias.group(1)):
            # '武昌经开区(滨江)管委会': the zone is also called by the name in brackets (滨江, 武昌滨江)
            stems = {own[: -len(z)] for pair in ZONE_ABBREVIATIONS for z in pair if own.endswith(z)}
            forms |= {alias.group(1)} | {s + alias.group(1) for s in stems if len(s) >= 2}
    organ_forms: set[str] = set()
    if kind == "department" and organ.endswith("委员会") and not common_word(organ[:-3].removesuffix("管理")):
        # '汉口北委员会' / '汉口北管理委员会' is a name of its own, written 汉口北管委会 too; a
        # field's committee (发展和改革委员会) is named with its place
        stem = organ[:-3].removesuffix("管理")
        if len(stem) >= 2 and not any(field in stem for field in EN_DEPARTMENTS.values()):
            # … and by the name alone ('汉口北2021年收到过申请吗'), when it has three characters or more
            organ_forms = {organ, stem + "管委会", stem + "管理委员会"} | ({stem} if len(stem) >= 3 else set())
    latin = {form for f in _short_forms(own) if f for form in pinyin_forms(f)} if own else set()
    if own and TUNING.zone_short_latin:
        # ('the Panyu Economic and Technological Development Zone' read 'panyu jingkai'): a zone's short form in
        # pinyin without its 区, as an English question's zone words are read (EN_ZONES)
        latin |= {form for f in _short_forms(own) if f.endswith(("经开区", "高新区")) for form in pinyin_forms(f[:-1])}
    if own:
        # 'Huayuan Township', 'Wuhan', 'Dongzhi County': the place's pinyin, alone and with the
        # English word for its level, names it even when the Chinese short form is an ordinary
        # word (花园 of 花园乡, 武汉)
        level = next((en for zh, en in EN_LEVELS if own.endswith(zh)), ())
        stem_zh = PLACE_END.sub("", own) or own
        if own.endswith("新区") and len(own) >= 4:
            stem_zh = own[:-2]  # 'Binhaiwan New Area' of 滨海湾新区
        if "自由贸易试验区" in own and own.endswith("片区"):
            # a free trade zone's area is named by its own place: 'Xiong'an Area' of 中国(河北)自由贸易
            # 试验区雄安片区
            stem_zh = own.split("自由贸易试验区")[-1][:-2] or stem_zh
        for stem in pinyin_forms(stem_zh) if len(stem_zh) >= 2 else ():
            latin |= {stem} | {stem + word for word in level}
        # '市府东路街道' is 'Shifudong Road Subdistrict' in English: a street's name ending in 路, 街
        # or 大道 is written with the English word for it
        for zh, en in (("大道", "avenue"), ("路", "road"), ("街", "street")):
            if stem_zh.endswith(zh) and len(stem_zh) - len(zh) >= 2:
                for stem in pinyin_forms(stem_zh[: -len(zh)]):
                    latin |= {stem + en} | {stem + en + word for word in level}
                name = stem_zh[: -len(zh)]
                if TUNING.english_road_direction and name[-1] in EN_DIRECTIONS and len(name) >= 3:
                    # ('Shifu East Road Subdistrict': the direction before 路 in English too)
                    for stem in pinyin_forms(name[:-1]):
                        said = stem + EN_DIRECTIONS[name[-1]] + en
                        latin |= {said} | {said + word for word in level}
                break
    if organ_forms and TUNING.english_own_names:
        # ('the Hankou North management committee'): a committee's own name in pinyin, a last character
        # giving a direction also in English
        stem = organ[:-3].removesuffix("管理")
        latin |= {form for form in pinyin_forms(stem)}
        if stem[-1] in EN_DIRECTIONS and len(stem) >= 3:
            latin |= {form + EN_DIRECTIONS[stem[-1]] for form in pinyin_forms(stem[:-1])}
    return BodyNames(body, units, own, organ, kind, frozenset(f for f in forms if len(f) >= 2), frozenset(latin),
                     frozenset(organ_forms))


# Between a place and the next one it locates: its level word, if any, and 's ('Wuchang district's ').
EN_POSSESSIVE_PLACE = re.compile(r"(?i)(?:\s+(?:district|county|city|town|township|subdistrict|province|prefecture|"
                                 r"new\s+area))?\s*['’]s\s+(?:the\s+)?")
# The directions a name's last character may give, in English ('汉口北' is 'Hankou North').
EN_DIRECTIONS = {"东": "east", "南": "south", "西": "west", "北": "north"}


# A place the gazetteer does not hold, by its level, before a department's name ('青溪市|统计局').
UNKNOWN_PLACE = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:市|县|区|旗))([\u4e00-\u9fff]{2,12})$")


# Development zones are named in full and abbreviated: 经济技术开发区 = 经开区, 高新技术产业开发区 = 高新区.
# (东湖新技术开发区 = 东湖高新区.) The first full form a name ends with is its only one.
ZONE_ABBREVIATIONS = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"),
                      ("新技术开发区", "高新区"), ("经济开发区", "经开区"), ("管理委员会", "管委会"))


def _short_forms(place: str) -> list[str]:
    """高淳区 → [高淳]; 松木塘镇 → [松木塘]; 东风路街道 → [东风路]; 平潭综合实验区 → [平潭]; a short
    form that is an ordinary word (花园 for 花园乡) is left out."""
    out = []
    zone = False
    for full, short in ZONE_ABBREVIATIONS:
        if zone and full.endswith("开发区"):
            continue
        if place.endswith(full):
            out.append(place[: -len(full)] + short)
            zone = full.endswith("开发区")
        elif place.endswith(short) and not zone:
            out.append(place[: -len(short)] + full)
            zone = full.endswith("开发区")
    for pattern in (ZONE_SUFFIX, PLACE_END):
        short = pattern.sub("", place)
        short = re.sub(r"(?:[\u4e00-\u9fff]{1,4}族)+$", "", short) if short.endswith("族") else short
        if short and short != place and len(short) >= 2 and not (len(short) == 2 and common_word(short)
                                                                 and not place_word(short)):
            out.append(short)
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    bodies: tuple[str, ...]  # catalogue bodies this name (with its organ) fits
    organ: str = ""  # the organ named right after the place, if any


@dataclass
class Resolution:
    groups: list[list[dict]] = field(default_factory=list)  # report records per body named, in question order
    mentions: list[Mention] = field(default_factory=list)
    unheld: list[str] = field(default_factory=list)  # places named that no held body is
    parents: list[str] = field(default_factory=list)  # places named as the parent of a named body (南京市 of 高淳区)
    refusal: str = ""
    ambiguous: list[str] = field(default_factory=list)  # bodies a name fits equally
    english_organ: list[str] = field(default_factory=list)  # 'Finance Bureau' as an English question names it
    locating: list[str] = field(default_factory=list)  # places in brackets after a body ('(Kundulun, Baotou)')
    stand_ins: list[tuple[str, str]] = field(default_factory=list)  # (office asked, government whose report answers)

    @property
    def reports(self) -> list[dict]:
        seen, out = set(), []
        for group in self.groups:
            for r in group:
                if r["source"] not in seen:
                    seen.add(r["source"])
                    out.append(r)
        return out


class Catalogue:
    """What ``resolve`` reads from a catalogue (the report records the index holds), computed once
    per catalogue rather than per question: at a million passages the catalogue holds ~20,000
    reports of a few thousand bodies.

    ``find`` gives the held bodies' names in a question, leftmost first, the longest at each
    position, not overlapping — what one alternation of every name, longest first, finds — by
    looking up the question's substrings, so its cost grows with the question, not the catalogue."""

    def __init__(self, catalog: list[dict]):
        self.size = len(catalog)
        self.by_body: dict[str, list[dict]] = {}
        for record in catalog:
            self.by_body.setdefault(record.get("body", "") or "", []).append(record)
        self.bodies = tuple(sorted(b for b in self.by_body if b))
        self.index: dict[str, set[str]] = {}  # a place form (or a placeless body's name) → bodies
        self.latin: dict[str, set[str]] = {}  # a pinyin or English form → bodies
        self.by_own: dict[str, list[str]] = {}  # a body's own place → the bodies of that place
        for body in self.bodies:
            names = names_of(body)
            for form in names.place_forms | names.organ_forms:
                self.index.setdefault(form, set()).add(body)
            if names.body and not names.own:
                self.index.setdefault(BRACKETED.sub("", names.body), set()).add(body)
            for form in names.latin:
                self.latin.setdefault(form, set()).add(body)
            self.by_own.setdefault(names.own, []).append(body)
        self.lengths = sorted({len(f) for f in self.index}, reverse=True)
        # the places each body's reports name ('柳州市' of a 城中区 report)
        self.by_place = {b: {p for r in self.by_body[b] for p in (r.get("places") or "").split(",") if p}
                         for b in self.bodies}

    @cached_property
    def known_latin(self) -> frozenset[str]:
        """Every pinyin and English form an English question may use for a held body or a place
        of its name ('qingyang' of 池州市青阳县丁桥镇): read once per catalogue, not per question."""
        places = {p for body in self.bodies for p in names_of(body).places}
        return frozenset(self.latin) | latin_forms(places)

    def find(self, question: str) -> list[tuple[str, int, int]]:
        """(name, start, end) of each held body's name in ``question``."""
        if "" in self.index:  # a body named by brackets alone: an empty name matches everywhere
            pattern = re.compile("|".join(re.escape(f) for f in sorted(self.index, key=len, reverse=True)))
            return [(m.group(0), m.start(), m.end()) for m in pattern.finditer(question)]
        found, at = [], 0
        while at < len(question):
            for length in self.lengths:
                text = question[at:at + length]
                if len(text) == length and text in self.index:
                    found.append((text, at, at + length))
                    at += length
                    break
            else:
                at += 1
        return found


_CATALOGUES: list[tuple[list[dict], Catalogue]] = []  # the last few catalogues seen, newest last
_KEEP_CATALOGUES = 4
_CACHE_FROM = 64  # a smaller catalogue (a question's own scope) is built each time: it costs little


def catalogue(catalog: list[dict]) -> Catalogue:
    """The Catalogue of a report catalogue, kept while the same list object is asked about (a
    store version's catalogue is one list, never changed; a new version brings a new list)."""
    for held, built in _CATALOGUES:
        if held is catalog and built.size == len(catalog):
            return built
    built = Catalogue(catalog)
    if len(catalog) >= _CACHE_FROM:
        _CATALOGUES.append((catalog, built))
        del _CATALOGUES[:-_KEEP_CATALOGUES]
    return built


# A department of the government named through it: 人民政府外事办公室, 市政府国有资产监督管理委员会.
ASK_GOVERNMENT_DEPARTMENT = re.compile(r"^(?:人民政府|政府)(?!办公室|办公厅|办)[\u4e00-\u9fff]{1,12}?(?:局|委员会|委|中心|厅|办公室|办)")


# A locative between a place and its organ ('宗关街上的街道办', '东至县里的政府办', '首义路街上那个街道办').
ORGAN_LOCATIVE = re.compile(r"^(?:上|里|里面|里头|这边|那边)(?:的|那个|这个|那家|这家)?(?=[\u4e00-\u9fff]{2})")
# Words describing an organ before it, opening with a demonstrative and ending with 的 ('那个管机关后勤的';
# without the demonstrative, '历下区和武汉硚口区的政府' would make 政府 历下区's organ).
DESCRIBED = re.compile(r"^(?:那个|这个|那家|这家)[\u4e00-\u9fff]{0,10}?的(?=[\u4e00-\u9fff])")


def _organ_after(question: str, end: int, candidates: set[str] = frozenset()) -> str:
    rest = question[end:]
    if TUNING.organ_after_de and rest.startswith("的") and candidates:
        # ('梁溪区的机关事务局'): an organ after 的 is the place's when a held body of the place is it
        # … and an office or a department named so that none of them is ('硚口区的审计局' beside 硚口区's
        # government alone) is that organ, not the place's government
        organ = _organ_after(question, end + 1, candidates)
        held = any(names_of(b).organ_fits(organ) for b in candidates)
        return organ if organ and (held or ASK_OFFICE.match(organ) or
                                   re.fullmatch(r"[\u4e00-\u9fff]{1,10}(?:局|委员会|委)", organ)) else ""
    m = DESCRIBED.match(rest) if TUNING.place_de_body and candidates else None
    if m:
        # ('梁溪区那个管机关后勤的机关事务局'): an organ after words describing it, when a held body of the
        # place is that organ
        organ = _organ_after(question, end + m.end(), candidates)
        if organ and any(names_of(b).organ_fits(organ) for b in candidates):
            return organ
    m = ASK_GOVERNMENT_DEPARTMENT.match(rest)
    if m and any(names_of(b).kind == "department" and names_of(b).organ_fits(m.group(0)) for b in candidates):
        return m.group(0)  # a held department of this place, not its government
    for pattern in (ASK_OFFICE, ASK_GOVERNMENT, ASK_DEPARTMENT):
        m = pattern.match(rest)
        if m:
            return m.group(0)
    # a held department's name cut short ('余杭发改' for 余杭区发展和改革局, '硚口审计' for 审计局):
    # the characters right after the place, in its order and opening with its first character,
    # fitting exactly one held department of the place
    run = re.match(r"[\u4e00-\u9fff]{2,6}", rest)
    departments = [names_of(b) for b in candidates if names_of(b).kind == "department"]
    for k in range(len(run.group(0)) if run else 0, 1, -1):
        short = run.group(0)[:k]
        fits = [n for n in departments if n.organ[:1] == short[:1] and _subsequence(short, n.organ)]
        if len(fits) == 1:
            return short
    return ""


# An organ said before its place with 在 ('审计局在硚口开的那个公众号').
# (the organ opens its clause, or follows a demonstrative: '硚口区…管理局在韩家墩街道' names where an organ of its
# own place is)
ORGAN_BEFORE = re.compile(r"(?:^|[，,。？?；;：:\s]|那个|这个|那家|这家)([\u4e00-\u9fff]{1,8}?(?:局|委员会|委|中心))(?:设)?在$")


def _organ_before(question: str, start: int, candidates: set[str]) -> str:
    """A department named before its place with 在 ('审计局在硚口…' is 硚口区审计局), else ''."""
    if not TUNING.organ_before_place:
        return ""
    m = ORGAN_BEFORE.search(question[:start])
    if not m:
        return ""
    organ = re.sub(r"^.*(?:那个|这个|那家|这家|的)", "", m.group(1))
    if re.search(r"[省市区县镇乡]|街道", organ[:-1]):
        return ""  # (an organ named with its own place)
    # (the words before a held department's name, '市里那个审计局': the name; else the organ as said, not held)
    held = [organ[i:] for i in range(len(organ) - 2) if any(
        names_of(b).kind == "department" and names_of(b).organ_fits(organ[i:]) for b in candidates)]
    return held[0] if held else organ


def _with_siblings(found: set[str], held: Catalogue) -> set[str]:
    """Bodies of the same place written with less or more of its chain ('城中区人民政府' beside
    '西宁市城中区人民政府办公室'): where their chains say nothing that contradicts."""
    owns = {names_of(b).own: names_of(b).places[:-1] for b in found}
    out = set(found)
    for own, mine in owns.items():
        for body in held.by_own.get(own, ()):
            if body not in out:
                theirs = names_of(body).places[:-1]
                if not theirs or not mine or set(theirs) & set(mine):
                    out.add(body)
    return out


def _choose(bodies: set[str], organ: str, in_years=lambda body: True) -> tuple[str, ...]:
    """The bodies a place name plus an (optional) organ names. A bare place is its government (or
    a citywide report); failing that — or when only the office has a report for the years asked —
    its office; never a department the question did not name."""
    named = [names_of(b) for b in sorted(bodies)]
    if organ:
        return tuple(n.body for n in named if n.organ_fits(organ))
    for kinds in (("government",), ("office",)):
        fit = [n.body for n in named if n.kind in kinds and in_years(n.body)]
        if fit:
            return tuple(fit)
    for kind in ("government", "office"):
        fit = [n.body for n in named if n.kind == kind]
        if fit:
            return tuple(fit)
    return ()


def resolve(question: str, catalog: list[dict], language: str = "zh", years: set[int] | None = None) -> Resolution:
    """The held bodies the question names, the places it names that no held body is, and a
    refusal when it names only bodies the index does not hold."""
    held = catalogue(catalog)
    by_body, bodies, index, by_place = held.by_body, held.bodies, held.index, held.by_place
    result = Resolution()

    def in_years(body: str) -> bool:
        return not years or any(r.get("year") in years for r in by_body.get(body, []))

    covered: list[tuple[int, int]] = []
    # a place inside quotes names an account or a document ('“威海统计”公众号', '《福州市…办法》'), not a body
    quoted = [(q.start(), q.end()) for q in QUOTED_SPAN.finditer(question)]
    # … nor a place in brackets inside a name ('中国(福建)自由贸易试验区…'): it qualifies that name
    quoted += [(q.start(1), q.end(1)) for q in INNER_BRACKET.finditer(question)]
    # … nor a body named to be left out ('the district government itself (not the audit bureau)')
    if TUNING.excluded_bodies:
        quoted += [(q.start(), q.end()) for q in EXCLUDED_SPAN.finditer(question)]
    covered += quoted
    if index:
        matches = [(text, start, end) for text, start, end in held.find(question)
                   if not any(a <= start and end <= b for a, b in quoted)]
        candidates_of = {start: _with_siblings(index[text], held) for text, start, end in matches}
        organs = {start: _organ_after(question, end, candidates_of[start]) or _organ_before(question, start, candidates_of[start])
                  for text, start, end in matches}
        # '福州市政府网站' beside '福州大数据委': a thing another body's report speaks of, not a body
        # asked about; alone ('淮安市政府网站发布了…') it names its owner.
        # Only where the question says so: a site the body posts on ('在市政府网站上', '通过…'), or
        # one a named report speaks of ('据福州大数据委的年报，福州市政府网站…'); '黄埔区门户网站…是
        # 新昌县政府网站的几倍' asks about both owners.
        owned = {start for text, start, end in matches
                 if organs[start] and OWNED_THING.match(question, end + len(organs[start]))
                 and (POSTED_ON.search(question[:start]) or REPORT_SAYS.search(question[:start]))}
        if len(owned) < len(matches):
            for text, start, end in matches:
                if start in owned:
                    covered.append((start, end + len(organs[start])))
            matches = [m for m in matches if m[1] not in owned]
        for text, start, end in matches:
            if any(o.organ and o.bodies and o.end <= start < o.end + len(o.organ) for o in result.mentions):
                continue  # inside the organ the name before it was found with ('…黄陂区|汉口北管委会')
            candidates = candidates_of[start]
            organ = organs[start]
            # failing that, a held body named in full is that body, whatever its kind
            # ('云岭县市场监督管理局' when the gazetteer does not know 云岭县, so the name has no
            # place to stand on)
            exact = tuple(b for b in candidates if BRACKETED.sub("", b) == text + organ
                          or (not organ and text in names_of(b).organ_forms))
            chosen = _choose(candidates, organ, in_years) or exact
            if not chosen and organ:  # the compiler of a held report ('福清市政务与外事服务中心', '县政府办')
                chosen = tuple(b for b in index[text]
                               if any(_subsequence(re.sub(r"^(?:人民政府|市|区|县)", "", organ) or organ,
                                                   r.get("compiled_by", "")) for r in by_body[b]))
            if not chosen and organ:
                chosen = _office_stand_in(candidates, organ, in_years, text + organ, result)
            if not organ and not re.match(r"全[市区县省镇乡]", question[end:]):
                # a place named again in a later sentence, with no organ ('保山市政府办公室的微信公众号…？
                # 保山多多少？'): the body named with it before, not another body of that place
                # (… or in a later clause: '莆田市发改委和…对外公开的信息，莆田多出多少条')
                before = [o for o in result.mentions if o.bodies and o.end <= start
                          and re.search(r"[？?。；;！!，,]" if TUNING.place_again_in_clause else r"[？?。；;！!]",
                                        question[o.end:start])
                          and any(text in names_of(b).place_forms for b in o.bodies)]
                if before:
                    chosen = before[-1].bodies
            result.mentions.append(Mention(text, start, end, chosen, organ))
            covered.append((start, end + len(organ)))
    _elided_place_mentions(question, result, held, candidates_of if index else {}, in_years, covered)
    if language == "en" or re.search(r"[A-Za-z]{3,}", question):
        # (a body named to be left out, '(not the audit bureau)', blanked: offsets stay the question's)
        _latin_mentions(EXCLUDED_SPAN.sub(lambda m: " " * len(m.group(0)), question) if TUNING.excluded_bodies
                        else question, held.latin, result, in_years, by_place)
    # A mention of a place that is only the parent of another mention ('南京市' in '南京市高淳区')
    # names the child, not itself.
    mentions = [m for m in result.mentions
                if not any(o is not m and o.start == m.end for o in result.mentions)]
    # A place right before a held body's name ('东莞滨海湾新区', '仁寿钟祥镇') qualifies it.
    unheld = _unheld_places(question, covered, bodies)

    def qualifies(place: str) -> bool:
        """A place right before a held body's name ('仁寿钟祥镇', '东莞滨海湾新区'), or before 的 and
        the name ('荣成的东山街道'), qualifies it when that body's report names the place; '柳州市城中区'
        does not qualify Xining's 城中区."""
        at = question.find(place) + len(place)
        after = [m for m in result.mentions if m.start == at
                 or (TUNING.place_de_body and m.start == at + 1 and question[at] == "的")]
        return any(place in names_of(b).places or place in by_place.get(b, set())
                   or any(place.startswith(x) or x.startswith(place) for x in by_place.get(b, set()) if len(x) >= 2)
                   or _above(place, b)
                   for m in after for b in m.bodies)

    def _above(place: str, body: str) -> bool:
        """A city or province above the body, in full or short ('威海' for 威海市 above 荣成市)."""
        above = places_above(body, by_place.get(body, set()))
        return place in above or (TUNING.place_de_body and place in {short_name(p) for p in above})

    # right to left, so a city before a qualifying district qualifies too ('无锡市锡山区安镇街道')
    qualified: list[str] = []
    for place in reversed(unheld):
        at = question.find(place) + len(place)
        before_qualified = any(question.find(q) == at for q in qualified)
        if qualifies(place) or (before_qualified and any(_above(place, b) for m in result.mentions for b in m.bodies)):
            qualified.append(place)
    result.parents = [p for p in unheld if p in qualified]
    # (a place named again, in full or short, after it qualified a held body — '仁寿县钟祥镇…在大美仁寿APP
    # 上': 仁寿 is that place, no body asked about)
    result.parents += [p for p in unheld if p not in result.parents
                       and any(p != q and (q.startswith(p) or p.startswith(q)) for q in result.parents)]
    result.unheld = [p for p in unheld if p not in result.parents]
    mentions = _drop_qualifying_mentions(question, mentions, by_place)
    for m in mentions:
        if not m.bodies:
            continue
        group = [r for b in m.bodies for r in by_body[b]]
        places = {names_of(b).own for b in m.bodies}
        parents = [set(names_of(b).places[:-1]) for b in m.bodies]
        # two 城关镇 of two counties are two bodies: the question must say which
        other_chains = any(a and b and not a & b for i, a in enumerate(parents) for b in parents[i + 1:])
        if (len(places) > 1 and not m.organ) or other_chains:
            result.ambiguous = sorted(set(m.bodies))
        result.groups.append(group)
    unmatched = [m for m in mentions if not m.bodies]
    if TUNING.own_place_named_apart and result.groups:
        # ('乌海的一位听众问，乌海市工信局…': the own place of a body named, 乌海市, named apart and alone is where that
        # body is — not a second body asked about, joined to it, '…和乌海')
        own = {x for m in mentions for b in m.bodies for x in (names_of(b).own, short_name(names_of(b).own)) if x}
        unmatched = [m for m in unmatched if not (m.text in own and not m.organ and m.start < len(question) and
                                                  not CONJUNCTION.search(question[max(0, m.start - 2):m.start]))]
    if result.groups:
        # '威海统计局在环翠区纪念路几号', '外办设在仓山区盖山镇': a place after 在 beside a held
        # body is where that body is, not a second body asked about
        where: list[str] = []

        def located(start: int) -> bool:
            before = question[:start]
            # … and a place right after such a place ('设在仓山区|盖山镇')
            return bool(LOCATIVE.search(before)) or any(before.endswith(w) for w in where)

        for place in sorted(result.unheld, key=question.find):
            if located(question.find(place)):
                where.append(place)
        result.parents += where
        result.unheld = [p for p in result.unheld if p not in where]
        unmatched = [m for m in unmatched if not (m.start < len(question) and located(m.start))]
    if result.ambiguous:
        listing = "、".join(result.ambiguous)
        result.refusal = (f"“{mentions[0].text}”可以指索引中的几个机关：{listing}。请说明是哪一个。" if language == "zh"
                          else f"“{mentions[0].text}” could mean several bodies in the index: {listing}. Which one?")
    elif unmatched or (not result.groups and result.unheld):
        # a body named that the index does not hold, alone or beside held ones ('淮安市教育局和…')
        what = [_as_asked(m, question, result.english_organ) for m in unmatched] + result.unheld
        result.refusal = _not_held(what, catalog, language)
    elif result.unheld and _parents_of_named(result.unheld, result.groups, by_place, question):
        result.parents, result.unheld = result.parents + result.unheld, []
    elif result.unheld:
        # '淮安市教育局' is not 淮安市人民政府; a second, unheld place beside a held one is a
        # question about that place too — when it is named as a body: with its level, an organ or a
        # year after it, or joined to the other by 和/与/比. A bare short form inside what is asked
        # ('龙安镇…公开的惠民惠农财政补贴信息': 惠民县, 惠农区) is an ordinary word there.
        named = [p for p in result.unheld if PLACE_END.search(p) or _named_as_body(question, p)]
        if named:
            result.refusal = _not_held(named, catalog, language)
        result.unheld = named
    return result


# '硚口区政府和区审计局', '保山市全市…比市政府办那份年报', '保山市政府网站…？市政府办公室当年…': a second
# body written with its place's level only ('区', '市'), the place being the one named before it
# (Chinese leaves out what it repeats), after a joining word or at the start of a later sentence.
ELIDED_PLACE = re.compile(r"(?<=[和与及、比跟同或？?。；;！!])([省市区县旗镇乡])(?=[\u4e00-\u9fff])")


def _elided_place_mentions(question: str, result: Resolution, held: Catalogue, candidates_of: dict,
                           in_years, covered: list[tuple[int, int]]) -> None:
    for m in ELIDED_PLACE.finditer(question):
        start = m.start(1)
        if any(a <= start < b for a, b in covered):
            continue
        before = [o for o in result.mentions if o.bodies and o.end <= start and o.start in candidates_of]
        if not before:
            continue
        previous = before[-1]
        level = m.group(1)
        if not names_of(previous.bodies[0]).own.endswith(level):
            continue  # '区' after a city's name is some district of it, not the city
        organ = _organ_after(question, start + 1, candidates_of[previous.start])
        if not organ or ASK_GOVERNMENT.fullmatch(organ) is None and not DEPARTMENT_END.search(organ):
            continue
        chosen = _choose(candidates_of[previous.start], organ, in_years)
        if chosen and set(chosen) != set(previous.bodies):
            result.mentions.append(Mention(level + organ, start, start + 1 + len(organ), chosen))
            covered.append((start, start + 1 + len(organ)))


def _named_as_body(question: str, place: str) -> bool:
    at = question.find(place)
    after = question[at + len(place):]
    # (joined to another by 和, it ends there too: '…领域信息和惠民惠农财政补贴信息' names no 惠民县)
    ends = bool(re.match(r"$|[，,。？?、；;和与及跟的各分都两]|\d|(?:19|20)\d\d", after))
    return at <= 0 or (bool(CONJUNCTION.search(question[max(0, at - 2):at])) and ends) or bool(
        re.match(r"\d|(?:人民政府|政府|党|街道|办|局|委|中心|厅|的?(?:报告|年报))", after) or ASK_DEPARTMENT.match(after))


def _as_asked(mention: Mention, question: str, english_organs: list[str]) -> str:
    """A body the index does not hold, as the question named it: '淮安市教育局', or for an English
    name its own words ('Qiaokou District Market Supervision Center', not 'qiaokoudistrict市场监督中心')."""
    if mention.start < 10_000:
        return mention.text + mention.organ
    words = question[mention.start - 10_000:mention.end - 10_000]
    organ = next((o for o in english_organs if words.lower() in o.lower()), "")
    return organ or " ".join(x for x in (words, *english_organs[:1]) if x)


def _office_stand_in(candidates: set[str], organ: str, in_years, asked: str, result: Resolution) -> tuple[str, ...]:
    """A place's government office asked about ('新蔡县政府办'), when the index holds no report of
    any office of that place but holds its government's: the government's report, which its office
    compiles, said in the answer (``result.stand_ins``); a government asked, only its office held:
    the office's. Never for a department."""
    named = [names_of(b) for b in candidates]
    if ASK_GOVERNMENT.fullmatch(organ) and organ in ("政府", "人民政府"):
        # … and the other way round: a place's government asked ('银川市政府门户网站'), the index
        # holding no report of it but one of its office, which compiles what the government
        # publishes: the office's report, said in the answer
        if any(n.kind == "government" for n in named):
            return ()
        office = tuple(n.body for n in named if n.kind == "office" and in_years(n.body))
        if len({names_of(b).own for b in office}) == 1 and len(office) == 1:
            result.stand_ins += [(asked, b) for b in office]
            return office
        return ()
    if not (ASK_OFFICE.match(organ) or organ == "办公室"):
        return ()
    if any(n.kind == "office" for n in named):
        return ()  # the office has reports of its own, just not for what was asked
    government = tuple(n.body for n in named if n.kind == "government" and in_years(n.body))
    if len({names_of(b).own for b in government}) == 1:
        result.stand_ins += [(asked, b) for b in government]
        return government
    return ()


def places_above(body: str, report_places: set[str]) -> set[str]:
    """The cities and provinces above a body's places (its name's, and the full place names its
    report uses): '包头市' above 昆都仑区, '无锡市' above the 锡山区 of 安镇街道's report."""
    g = gazetteer()
    places = set(names_of(body).places) | {p for p in report_places if g.is_place(p)}
    # only a name the gazetteer holds once: there are five 城中区, in five cities
    return {parent for p in places if len(g.by_name.get(p, [])) == 1 for parent in g.parents(p)}


# What comes before a place that says where something is ('设在仓山区', '位于…', '在环翠区纪念路').
LOCATIVE = re.compile(r"(?:在|设在|位于|地处|坐落于|坐落在)\s*$")

# What follows a body's name when the question names something it owns, not the body itself.
OWNED_THING = re.compile(r"(?:门户)?(?:网站|网|门户|官网|官方网站|公众号|微信|微博|客户端|APP|App|app|政务新媒体|信息公开平台)")
POSTED_ON = re.compile(r"(?:在|通过|于|往|向|经由|借助|依托|利用)\s*$")
REPORT_SAYS = re.compile(r"(?:据|根据|按照|依据).{0,24}?(?:年报|报告)")
INNER_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])([（(][\u4e00-\u9fff]{1,8}[)）])(?=[\u4e00-\u9fff])")
QUOTED_SPAN = re.compile(r"[“\"「『《‘'][^”\"」』》’'\n]{1,40}[”\"」』》’']|@[^\s，,。？?；;：:]{1,20}")  # (and '@福州发布', an account)
# A body the question names to leave it out ('(not the audit bureau)', '（不含审计局）', '除审计局以外'):
# no body asked about.
EXCLUDED_SPAN = re.compile(r"[（(]\s*(?:(?i:not|excluding|except|other than)\b|不是|不含|不包括|不算|除了?)[^）)]{0,40}[）)]|"
                           r"除了?[^，,。？?；;（(]{1,20}?(?:以外|之外|外)(?=[，,的])")


def _alternatives(question: str, a: tuple, b: tuple) -> bool:
    """Whether two places of an English question are named as alternatives or a list ('Lishui or
    the Changchun general office'): neither's organ is the other's."""
    between = question[min(a[2], b[2]): max(a[1], b[1])]
    return bool(re.search(r"(?i)\b(?:or|and|vs|versus|than|compared)\b|,", between))


LIST_COMMA = re.compile(r"(?:\s*\([^()]*\))?\s*[,;]\s*(?:the\s+)?", re.I)
CONJUNCTION = re.compile(r"和|与|及|跟|、|以及|还是|对比|相比|比|(?i:\band\b|\bor\b|\bvs\b|\bversus\b|\bcompared\b|\bthan\b)")


def _locates(b: str, c: str, by_place: dict[str, set[str]]) -> bool:
    """Whether body ``b``'s place is above body ``c``'s: in c's name ('东至县' of 东至县大渡口镇, '武汉'
    of a zone named with its city, 武汉东湖新技术开发区关东街道办事处), or, for a town or street, in its
    report's text."""
    own = names_of(b).own
    if not own:
        return False
    forms = {own} | {f for f in _short_forms(own) if len(f) >= 2}
    if own in names_of(c).places[:-1] or any(p.startswith(f) and p != f for p in names_of(c).places[:-1]
                                             for f in forms):
        return True
    return (names_of(b).kind == "government" and names_of(c).kind == "government"
            and names_of(c).own.endswith(("街道", "镇", "乡")) and own in by_place.get(c, set()))


# Between a body's place and a city after it that locates it: the rest of the body's name, then a comma or 'in'
# ('Qiaokou District| Audit Bureau, |Wuhan'), no word joining two bodies.
EN_LOCATING_AFTER = re.compile(r"(?i)(?:(?!\b(?:and|or|vs|versus|than)\b)[a-z'’\s-])*(?:,|\bin)\s*")


def _under_by_gazetteer(b: str, c: str) -> bool:
    """Whether body ``c``'s place is one place of China the gazetteer puts under body ``b``'s place."""
    g = gazetteer()
    own, under = names_of(b).own, names_of(c).own
    return bool(own and under) and own != under and \
        g.unique(under) and own in g.parents(under)


def _places_over(body: str, by_place: dict[str, set[str]]) -> set[str]:
    """The places above a body: those of its name's chain and the cities and provinces above them and
    above the places its report names."""
    return set(names_of(body).places[:-1]) | places_above(body, by_place.get(body, set()))


def _drop_qualifying_mentions(question: str, mentions: list[Mention],
                              by_place: dict[str, set[str]] | None = None) -> list[Mention]:
    """'Dadukou Town in Dongzhi County', '东至县的大渡口镇': a body whose place is the parent of
    another named body's place — in its name, or in its report's text ('Zongguan Subdistrict
    (Qiaokou District)': 宗关街道's report speaks of 硚口区) — only locates it, unless the question
    joins them ('和', 'and')."""
    by_place = by_place or {}
    keep = []
    for m in mentions:
        located = [o for o in mentions if o is not m and o.bodies and m.bodies and any(
            _locates(b, c, by_place) for b in m.bodies for c in o.bodies
            if not (TUNING.body_never_locates_itself and b == c))]
        if TUNING.nearest_located and located:
            # (of the bodies it may locate, the one named nearest to it: 'Dadukou town … than Huayuan township, both
            # in Dongzhi county' — what stands between Dadukou and the county joins Dadukou to Huayuan, not to it)
            located.sort(key=lambda o: abs(o.start - m.start))
        child = next(iter(located), None)
        if child is None and not m.bodies and m.start < 10_000 and TUNING.place_de_body:
            # a Chinese place fitting no held body ('威海|荣成东山街道'), but a city or province above a
            # named body's place: it locates that body — when what was read as its organ is none, the
            # body's own name falling inside it ('威海|荣成的东山街道办'); '福州市政府' is that government
            child = next((o for o in mentions if o is not m and o.bodies and o.start < 10_000
                          and (not m.organ or m.end <= o.start < m.end + len(m.organ)) and any(
                m.text in {p for a in _places_over(c, by_place) for p in (a, short_name(a))}
                for c in o.bodies)), None)
        if child is None and m.bodies and m.start >= 10_000 and TUNING.english_city_after_body:
            # ('Qiaokou District Audit Bureau, Wuhan'): a held city named right after a body, by a comma or 'in', whose
            # place the gazetteer puts under it (one 硚口区 in China) locates that body
            child = next((o for o in mentions if o is not m and o.bodies and 10_000 <= o.start and o.end <= m.start
                          and EN_LOCATING_AFTER.fullmatch(question[o.end - 10_000:m.start - 10_000])
                          and all(_under_by_gazetteer(b, c) for b in m.bodies for c in o.bodies)), None)
        if child is None and not m.bodies and m.start >= 10_000:
            # an English place that fits no held body with the organ after it ('… Center in Wuhan')
            # but is a city or province above a named body's place: it locates that body
            child = next((o for o in mentions if o is not m and o.bodies and any(
                m.text in latin_forms(_places_over(c, by_place))
                for c in o.bodies)), None)
        if child is not None:
            lo, hi = sorted((m, child), key=lambda x: x.start)
            shift = 10_000 if lo.start >= 10_000 and hi.start >= 10_000 else 0  # both named in English
            between = question[lo.end - shift:hi.start - shift] if (lo.start < 10_000) == (hi.start < 10_000) \
                else question
            if not CONJUNCTION.search(between) and not (
                    TUNING.english_list_comma and shift and LIST_COMMA.fullmatch(between)
                    and (m is lo or (m.organ and "政府" not in m.organ))):
                # (in English a place locating a body follows it: 'Hanjiadun Subdistrict, Qiaokou District'; the
                # place first and a comma is a list, 'Qiaokou District (Wuhan), Hanjiadun Subdistrict, …'; a department
                # locates nothing: '…, Hanjiadun Subdistrict, the Qiaokou District Audit Bureau')
                continue
        keep.append(m)
    return keep


def _parents_of_named(places: list[str], groups: list[list[dict]], by_place: dict[str, set[str]],
                      question: str = "") -> bool:
    """Whether every unheld place is where a named body is: in its name's chain ('南京市' of
    南京市高淳区人民政府), or a city or province above it that its own report names (the gazetteer
    alone is not enough: 柳州市 and 西宁市 both have a 城中区)."""
    g = gazetteer()
    named = {r.get("body", "") for group in groups for r in group}
    for place in places:
        ok = False
        for body in named:
            names = names_of(body)
            chain = set(names.places[:-1])
            said = by_place.get(body, set())
            above = g.parents(names.own)
            unique = g.unique(names.own)  # one 高淳区 in China; two 城中区
            # above the places of its name too: '六安市' above 霍邱县 of 霍邱县众兴集镇 (one 霍邱县 in China)
            above_chain = {a for c in chain if g.unique(c) for a in g.parents(c)}
            # a town, street or zone the gazetteer does not know: the places its own report names
            # ('广东省' for 滨海湾新区, '眉山' for 钟祥镇), unless the question joins them as two
            # bodies ('仁寿县和钟祥镇')
            unknown_own = not above and not chain and not CONJUNCTION.search(question)
            if unknown_own and place in said:
                ok = True
                break
            if place in chain or any(place in c or c in place for c in chain if len(c) >= 2) or place in above_chain or \
                    (place in above and (unique or place in said or any(place.startswith(x) or x.startswith(place)
                                                                        for x in said if len(x) >= 2))):
                ok = True
                break
        if not ok:
            return False
    return True


def _unheld_places(question: str, covered: list[tuple[int, int]], bodies: tuple[str, ...]) -> list[str]:
    """Places the question names outside the held bodies' names: counties and above from the
    gazetteer (an ordinary word such as 和平 or 长安 only with its suffix), towns and streets by
    their suffix on word boundaries."""
    def inside(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in covered)

    found: list[str] = []
    bounds = _word_bounds(question)
    for name, start, end, places in gazetteer().find(question):
        if inside(start, end) or start not in bounds or end not in bounds:
            continue  # inside a held body's name, or inside a word (开平 in 信息公开平台)
        full = {p.name for p in places}
        if name not in full and (len(name) < 2 or common_word(name)):
            continue  # a short form that is an ordinary word
        if name not in full and _tags_in(question).get((start, end), "n")[:1] not in ("n", "j"):
            continue  # used as a verb or adjective here ('乡村振兴' is no 振兴区)
        found.append(name)
    for start in sorted(bounds):  # a town may start at any word ('东至县尧渡镇': 尧渡镇)
        m = TOWN_UNIT.match(question, start)
        if m is None or any(s < m.end() and m.start() < e for s, e in covered):
            continue  # overlaps a held body's name ('仁寿钟祥镇' around '钟祥镇')
        unit = m.group(0)
        follows = question[m.end():m.end() + 4]
        if m.end() not in bounds and not re.match(r"(?:人民政府|政府|党|办|街道|\d)", follows):
            continue  # '其中乡' of '其中乡镇动态': not a name
        if len(unit) >= 3 and not common_word(unit) and not re.match(r"^(?:各|全|本|我|该|每|乡镇|城乡|其中|其他|以及|哪|这些|那些)", unit) \
                and not _starts_with_function_word(unit) and unit[0] not in MEASURE_CHARS \
                and not COUNTED_UNITS.match(unit) \
                and not re.search(r"[的了着过是在和与]", unit):  # '公开的镇街试点': no name holds a particle
            found.append(unit)
    return list(dict.fromkeys(found))


# '三个街道', '两个镇': a count of towns or streets, no name.
COUNTED_UNITS = re.compile(r"^[一二两三四五六七八九十几多\d]+[个家所座]")
# A count's measure word or a date's unit before a town's suffix ('2024年街道…', '…12条街道…'): no name.
MEASURE_CHARS = set("年月日条件个次项位名篇份批期")


@lru_cache(maxsize=256)
def _tags_in(question: str) -> dict[tuple[int, int], str]:
    """jieba's part of speech of each word of a question, by its (start, end)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    tags, at = {}, 0
    for pair in jieba.posseg.cut(question):
        tags[(at, at + len(pair.word))] = pair.flag
        at += len(pair.word)
    return tags


def _starts_with_function_word(text: str) -> bool:
    """'除了镇…', '通过乡…': a preposition, conjunction, adverb or pronoun begins it, so it is no
    town's name (jieba's part of speech)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    first = next(iter(jieba.posseg.cut(text)), None)
    return first is not None and len(first.word) < len(text) and first.flag[:1] in ("p", "c", "d", "r", "u")


def _word_bounds(text: str) -> set[int]:
    import jieba

    jieba.setLogLevel(60)
    bounds, offset = {0}, 0
    for token in jieba.cut(text):
        offset += len(token)
        bounds.add(offset)
    return bounds


def _field_named_otherwise(body: str, question: str) -> bool:
    """Whether a department's field has an English name (EN_DEPARTMENTS) that the question does not say."""
    names = [english for english, chinese in EN_DEPARTMENTS.items() if chinese in body]
    return bool(names) and not any(re.search(rf"(?i)\b{english}\b", question) for english in names)


def _english_organs(question: str) -> list[tuple[int, int, str, list, str]]:
    """Every organ an English question names, in order: (start, end, its Chinese kind of name,
    the fields of an unknown department, the words). A department of the list first ('Foreign
    Affairs Office', 'the Enterprise Service Center's party and government office' is the
    center's), then one it lacks by its kind ('City Operation Management Center'), then an office."""
    found: list[tuple[int, int, str, list, str]] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, *_ in found)

    kinds = "|".join(e for e, _ in EN_ORGAN_KIND)
    for english, chinese in sorted(EN_DEPARTMENTS.items(), key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?i)\b{english}\b(?:\s+(?:\w+\s+){{0,3}}({kinds})s?\b)?", question):
            if not m.group(1) and not re.search(rf"(?i)\b(?:{kinds}|department)\s+(?:of|for)\s+(?:the\s+)?{english}\b",
                                                question):
                continue  # a field word with no organ ('economic and social development statistics') is what is asked
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), chinese + dict(EN_ORGAN_KIND).get((m.group(1) or "").lower(), "局"),
                              [], m.group(0)))
    for m in EN_ACRONYM.finditer(question):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), EN_ACRONYMS[m.group(1)], [], m.group(0)))
    unknown = EN_UNKNOWN_DEPARTMENT_FRAMELESS if TUNING.english_field_no_frame else EN_UNKNOWN_DEPARTMENT
    for m in unknown.finditer(question):
        if free(m.start(), m.end()) and not re.fullmatch(r"(?i)(?:the\s+)?", m.group("field").strip()):
            found.append((m.start(), m.end(), dict(EN_ORGAN_KIND)[m.group("kind").lower()],
                          [chinese for _, chinese in translations(m.group("field"), EN_GENERIC)], m.group(0)))
    for m in EN_OFFICE.finditer(question):
        if TUNING.pronoun_office_unnamed and m.group(0).lower() == "office" and \
                EN_PRONOUN_BEFORE.search(question[: m.start()]):
            continue  # ('… wasn't held by their office': whoever was asked, no office named)
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), "办公室", [], ""))
    return sorted(found)


def _latin_mentions(question: str, latin_index: dict[str, set[str]], result: Resolution, in_years,
                    by_place: dict[str, set[str]] | None = None) -> None:
    text = re.sub(r"['’`]s\b", "  ", question.lower())  # same length: offsets stay the question's
    text = re.sub(r"['’`]", " ", text)
    if TUNING.english_zones:
        # ('the Wuchang Economic Development Zone', 'Donghu High-tech Zone'): a development zone in English is its
        # pinyin short form (经开, 高新), as the index holds it — the same length, so offsets stay the question's
        for pattern, short in EN_ZONES:
            text = pattern.sub(lambda m: short.ljust(len(m.group(0))), text)
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z]+", text)]
    pairs = [(a[0] + b[0], a[1], b[2]) for a, b in zip(words, words[1:])]
    if TUNING.english_road_direction:
        # (three words, a direction between: 'Shifu East Road')
        pairs += [(a[0] + b[0] + c[0], a[1], c[2]) for a, b, c in zip(words, words[1:], words[2:])
                  if b[0] in EN_DIRECTIONS.values()]
    # ('the Panyu Economic and Technological Development Zone administration (Guangzhou)'): a zone's administration is
    # the zone's 管委会, the body the zone names, no organ of its own (as its 'management committee' is); blanked to the
    # same length, so offsets stay the question's
    organs = _english_organs(ZONE_ADMINISTRATION.sub(lambda m: m.group(1).ljust(len(m.group(0))), question)
                             if TUNING.zone_administration_is_zone else question)
    result.english_organ += [o[4] for o in organs if o[4]]
    places: list[tuple[str, int, int]] = []
    for form, start, end in sorted(pairs + words, key=lambda x: -len(x[0])):
        if form in latin_index and not any(s <= start < e for _, s, e in places):
            places.append((form, start, end))
    places.sort(key=lambda x: x[1])

    def own_organ(n: int, start: int, end: int) -> list:
        after = places[n + 1][1] if n + 1 < len(places) else len(question)
        before = places[n - 1][2] if n else 0
        # (an organ followed by 'of' is the next place's: '… versus the Government Offices
        # Administration of Liangxi District')
        # (a place inside an organ's English name, 'the Hankou North management committee', is that organ's)
        # (… and not the next place's: 'Qiaokou District and the Liangxi District offices administration bureau')
        return [o for o in organs if (start <= o[0] < after or (TUNING.english_own_names and o[0] <= start < o[1]))
                and o[1] > end and not re.match(r"\s+of\b", question[o[1]:])
                and not (TUNING.english_own_names and after < len(question) and o[0] <= after < o[1])][:1] or \
            [o for o in organs if before <= o[0] and o[1] <= start and re.match(r"\s+of\b", question[o[1]:])][-1:]

    owned = [own_organ(n, start, end) for n, (_, start, end) in enumerate(places)]
    for n, (form, start, end) in enumerate(places):
        if TUNING.bracketed_parent and n and result.mentions and result.mentions[-1].bodies and \
                re.fullmatch(r"[a-z\s-]*\(\s*(?:[\u4e00-\u9fff]+\s*[,，]\s*)?" if TUNING.bracket_after_body_whole
                             else r"[a-z\s-]*\(\s*",
                             text[places[n - 1][2]:start]) and \
                re.match(r"[a-z\s,-]*\)", text[end:]):
            # ('Luojiashan Subdistrict (Wuchang)', 'Zhongxiang Town (Renshou County)'): the place in
            # brackets after a body says where that body is; it names no body of its own, nor does the
            # rest of the bracket ('(Kundulun, Baotou)'): the body's names, not what is asked — nor a place after
            # its Chinese name in the bracket ('Dadukou Town (大渡口镇, Dongzhi County)')
            close = question.find(")", end)
            opening = question.rfind("(", 0, start)
            if 0 <= opening < close:
                result.locating += [x.strip() for x in question[opening + 1: close].split(",") if x.strip()]
            continue
        if TUNING.bracket_places_all_locate and n and result.mentions and result.mentions[-1].bodies and \
                re.fullmatch(r"[a-z\s-]*\([^()]*", text[result.mentions[-1].end - 10_000:start]) and \
                re.match(r"[a-z\s,-]*\)", text[end:]):
            # ('Zongguan Subdistrict (Qiaokou District, Wuhan)'): every place of the bracket after a body says where it
            # is, the last one too — 'Wuhan' had been asked as 武汉市 beside the subdistrict
            continue
        # each place takes the organ named after it, before the next place ('the Weihai statistics
        # bureau's or the Fuzhou Foreign Affairs Office's'), else one named before it with 'of' ('the
        # Foreign Affairs Office of Fuzhou'); a place naming none locates the nearest place's organ
        # ('… Center in Wuhan'); a place alone, or places none of which names one, any organ the
        # question names ('the Hankou North administrative committee in Wuhan's Huangpi District')
        # (a place with its own level word after it, 'Binhaiwan New Area', names a body itself: it
        # borrows no other place's organ)
        # (so does a place written with its level, 'Longan Town', or named as a government,
        # 'the Yinchuan municipal government')
        if TUNING.english_possessive_locates and n + 1 < len(places) and \
                EN_POSSESSIVE_PLACE.fullmatch(question[end:places[n + 1][1]]):
            # ('Wuchang district's Luojiashan subdistrict', 'Huangpi District's Hankou North management committee'): a
            # place whose possessive opens another place names where that one is, no body of its own
            result.locating.append(question[start:end])
            continue
        zone = re.match(r"\s+(jingkai|gaoxin)\b", text[end:]) if TUNING.english_zones else None
        if zone and not form.endswith(zone.group(1)):
            # ('the Qiaokou Economic Development Zone', no zone of 硚口 held): a zone the index does not hold, not the
            # place's government
            stop = end + zone.end()
            while stop < len(text) and text[stop] == " ":
                stop += 1  # (over the rest of the English words the pinyin stands for)
            while stop > end and question[stop - 1].isspace():
                stop -= 1
            result.mentions.append(Mention(form, 10_000 + start, 10_000 + stop, (),
                                           "经开区" if zone.group(1) == "jingkai" else "高新区"))
            continue
        leveled = bool(EN_LEVEL_AFTER.match(question, end) or EN_LEVEL_AT_END.search(question[start:end])
                       or EN_GOVERNMENT_AFTER.match(question, end))
        # (not across 'or'/'and': 'Lishui or the Changchun general office' names Lishui itself)
        mine = owned[n] or (next((owned[k] for k in sorted(range(len(places)), key=lambda k: (abs(k - n), k > n))
                                  if owned[k] and not _alternatives(question, places[n], places[k])), [])
                            if not leveled else []) or \
            (organs if len(places) == 1 or not any(owned) else [])
        organ, fields = (mine[0][2], mine[0][3]) if mine else ("", [])
        bodies = latin_index[form]
        if TUNING.english_own_names and result.mentions and result.mentions[-1].bodies and \
                (set(result.mentions[-1].bodies) <= bodies or (
                    TUNING.english_located_by_places and by_place is not None and
                    all(form in latin_forms(by_place.get(b, ())) for b in result.mentions[-1].bodies))) and \
                (EN_LOCATED_IN if not TUNING.english_located_by_places else EN_LOCATED_IN_SAID).search(
                    question[result.mentions[-1].end - 10_000: start]):
            # ('the Hankou North management committee in Wuhan's Huangpi District'): a place after 'in' that the body
            # just named is in says where it is; it names no body of its own
            result.locating.append(question[start:end])
            continue
        chosen = _choose(bodies, organ, in_years)
        if fields and chosen:
            # the departments of that kind whose names say most of its field; when none says
            # any of it, all of them (the question is then ambiguous, not answered from one)
            said = {b: sum(any(c in b for c in field) for field in fields) for b in chosen}
            best = max(said.values())
            chosen = tuple(b for b in chosen if said[b] == best) if best else chosen
            if not best and TUNING.unknown_field_not_known_one:
                # (none says it: a department whose field has an English name the question does not say is not the
                # one named — 'Qiaokou's landscaping bureau' is not 硚口区审计局, the audit bureau)
                chosen = tuple(b for b in chosen if not _field_named_otherwise(b, question))
        if organ and not chosen:
            chosen = _office_stand_in(bodies, organ, in_years, question[start:end] + " office", result)
        if not chosen:
            # a place named again ('…of Liangxi District … on the Liangxi government website'): the
            # body it was named for before
            chosen = next((tuple(b for b in m.bodies if b in bodies) for m in result.mentions
                           if set(m.bodies) & set(bodies)), ())
        result.mentions.append(Mention(form, 10_000 + start, 10_000 + end, chosen, organ))
        bracket = EN_BRACKET_AFTER.match(question, end)
        if TUNING.bracketed_parent and chosen and bracket:
            # ('Shifudonglu subdistrict (Kundulun, Baotou)'): where the body is, in words the index may not
            # hold as places, no words of what is asked
            result.locating += [x.strip() for x in bracket.group(1).split(",") if x.strip()]
    said = (EN_ITS_OFFICE_SAID if TUNING.english_government_office_back else EN_ITS_OFFICE).search(question) \
        if TUNING.english_its_office else None
    if said and not (EN_ITS_OFFICE_APART.search(question[: said.start()]) or EN_BODIES_APART.search(question)):
        # ('… the Baoshan municipal government and its general office close': the two together, as the office's report
        # says them, '市政府及市政府办公室共受理…21件' — one body asked)
        said = None
    named = [m for m in result.mentions if m.start >= 10_000 and m.bodies and m.end - 10_000 <= said.start()] \
        if said else []
    if named:
        # ('the Qingxi city government or its general office'): the place's government, and its office — two bodies,
        # not the office alone (the organ after the place had been read as its only one)
        place = named[-1]
        government, office = _choose(latin_index[place.text], "", in_years), \
            _choose(latin_index[place.text], "办公室", in_years)
        if government and office and not set(government) & set(office) and \
                all(names_of(b).kind == "government" for b in government) and \
                not any(set(m.bodies) & set(office) for m in result.mentions if m is not place):
            result.mentions[result.mentions.index(place)] = Mention(place.text, place.start, place.end, government)
            result.mentions.append(Mention(place.text, 10_000 + said.start(), 10_000 + said.end(), office, "办公室"))


# A body's own office named after it by a pronoun ('… government or its general office', '… and its office').
# ('… how many did its office grant?' too; not 'held by its office', whoever's office that is)
EN_ITS_OFFICE = re.compile(r"(?i)(?<!\bby\s)\bits\s+(?:own\s+)?(?:general\s+)?office\b")
# … or as the office of the government of the place named before ('Qingxi's municipal government or the city
# government's general office').
EN_ITS_OFFICE_SAID = re.compile(EN_ITS_OFFICE.pattern + r"|(?i:\bthe\s+(?:city|municipal|county|district)\s+"
                                r"(?:people['’]s\s+)?government['’]s\s+(?:own\s+)?(?:general\s+)?office\b)")
# … named apart from the government: as an alternative or the other side of a comparison ('or its office', 'than its
# office'), or as the subject of a clause of its own ('how many did its office grant').
EN_ITS_OFFICE_APART = re.compile(r"(?i)(?:(?:\bor|\bversus|\bvs\.?|\bthan|\bcompared\s+(?:with|to)|\bdid|\bdoes|\bhas|\bhad|"
                                 r"\bwere|\bwas)\s+(?:that\s+of\s+)?|,\s*)$")
# … or in a question asking each one's figure or comparing them.
EN_BODIES_APART = re.compile(r"(?i)\b(?:each|respectively|separately|which|compare[sd]?|more|fewer|less|difference|gap|"
                             r"rank(?:ed|ing)?|order|sort)\b")
# The words between a body's English name and a place it is in ('… management committee in Wuhan's ').
EN_LOCATED_IN = re.compile(r"(?i)^[\w\s-]{0,40}?\bin\s+(?:[a-z]+['’]s\s+)?(?:the\s+)?$")
# … with a possessive or a year between them ('the Zongguan street office's 2025 report in ').
EN_LOCATED_IN_SAID = re.compile(r"(?i)^[\w\s'’-]{0,40}?\bin\s+(?:[a-z]+['’]s\s+)?(?:the\s+)?$")
# Development zones in English, and the pinyin of their short forms (ZONE_ABBREVIATIONS).
EN_ZONES = ((re.compile(r"economic(?:\s*(?:and|&)\s*technolog(?:ical|y))?[\s-]+development\s+(?:zone|area)|\be?tdz\b|"
                        r"\bedz\b"), "jingkai"),
            (re.compile(r"high[\s-]*tech(?:nology)?(?:[\s-]+industr(?:ial|y))?(?:[\s-]+development)?[\s-]+(?:zone|area)"),
             "gaoxin"))
# A zone's administration ('… Development Zone administration', '… High-tech Zone authority').
ZONE_ADMINISTRATION = re.compile(r"(?i)(\b(?:zone|area)\b)\s+(?:administration|authority)\b")
# A bracket right after a body's English name and its level ('… subdistrict (Kundulun, Baotou)').
EN_BRACKET_AFTER = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,3}?\(([^()\d]{1,60})\)")
EN_LEVEL_AFTER = re.compile(r"(?i)\s+(?:new\s+area|area|district|county|town(?:ship)?|city|sub-?district|street|"
                            r"province)\b")
EN_LEVEL_AT_END = re.compile(r"(?i)\b(?:town(?:ship)?|district|county|city|sub-?district|street|area)$")
EN_GOVERNMENT_AFTER = re.compile(r"(?i)\s+(?:municipal\s+|city\s+|county\s+|district\s+|people['’]s\s+)?government\b")
HELD_SHOWN = 20  # reports a refusal lists of what the index holds; the rest are counted


# The level of the bodies a question ranks or asks among, none named ('哪个乡镇', '这几个街道'):
# ordinary words for the levels of China's administrative divisions.
ASKED_LEVEL = re.compile(r"(?:哪个|哪一个|哪些|这几个|这些|这[两三四五六七八九十]个|几个|各)(乡镇|镇街|街道|区县|县区|镇|乡|区|县)"
                         r"((?:[、和与及](?:乡镇|镇街|街道|区县|县区|镇|乡|区|县))*)")
# Levels listed as what a question asks among, with no word pointing at them ('基层的乡镇和街道里').
LISTED_LEVELS = re.compile(r"(乡镇|镇街|街道|镇|乡)((?:[、和与及](?:乡镇|镇街|街道|镇|乡))+)(?:里|中|当中|之中)")
# An English question's level asked among ('which town', 'among the 2022 township reports', 'these districts and
# counties'), and the level each word names.
EN_ASKED_LEVEL = re.compile(r"(?i)\b(?:which|what|each|these|those|the|of the|among the)\s+(?:(?:19|20)\d{2}\s+)?"
                            r"(?:townships?|towns?|subdistricts?|districts?|count(?:y|ies))"
                            r"(?:\s+(?:and|or)\s+(?:townships?|towns?|subdistricts?|districts?|count(?:y|ies)))?\b")
EN_LEVEL_WORDS = {"town": "乡镇", "township": "乡镇", "subdistrict": "街道", "district": "区", "county": "县"}
LEVEL_ENDINGS = {"乡镇": ("镇", "乡"), "镇街": ("镇", "街道"), "街道": ("街道",), "区县": ("区", "县"),
                 "县区": ("区", "县"), "镇": ("镇",), "乡": ("乡",), "区": ("区",), "县": ("县",)}


# The bodies of a place asked among ('池州那几个乡镇', '东至县的乡镇里', '硚口区的单位里', '武汉各区'): the
# place, then the bodies under it.
WITHIN_PLACE = re.compile(r"(?:的|下面的?|下属的?|辖区内?的?|所属的?)(?:这|那)?(?:几个|各个?|所有的?)?"
                          r"(?P<a>乡镇|镇街|街道|区县|县区|镇|乡|单位|部门|机关)|"
                          r"(?:这|那)(?:几个|些)(?P<b>乡镇|镇街|街道|区县|县区|镇|乡|区|县|单位|部门|机关)|"
                          r"各(?:个)?(?P<c>乡镇|镇街|街道|区县|县区|区|县|单位|部门)")
WITHIN_ASKS = re.compile(r"谁|哪[个家一些]|最多|最少|排|前[一二三四五六七八九十\d]|合计|加起来|一共|总共")


def within_place(question: str, catalog: list[dict]) -> tuple[str, list[dict]] | None:
    """(the place, the records of the held bodies under it of the level asked) when the question asks
    among the bodies of a place ('2022年池州那几个乡镇里，哪个…最少'), two or more of them held; None
    otherwise. A body is under a place its name's chain names, or whose chain's places lie in it."""
    if not WITHIN_ASKS.search(question):
        return None
    found = gazetteer().find(question)
    for m in WITHIN_PLACE.finditer(question):
        before = [(name, start, end) for name, start, end, _ in found if end <= m.start()
                  and re.fullmatch(r"[市区县省]?", question[end:m.start()])]
        if not before:
            continue
        place = before[-1][0]
        level = m.group("a") or m.group("b") or m.group("c")
        endings = LEVEL_ENDINGS.get(level, ())
        forms = {place, short_name(place) or place}
        out = []
        for r in catalog:
            names = names_of(r.get("body", ""))
            chain = list(names.places)
            inside = any(c in forms or short_name(c) in forms for c in chain) or \
                any(forms & gazetteer().parents(c) for c in chain)
            if not inside or (endings and not (names.kind in ("government", "office") and names.own.endswith(endings))):
                continue
            if endings and names.own in forms:
                continue  # (the place's own government is not one of its towns)
            out.append(r)
        if len({r.get("body") for r in out}) >= 2:
            return place, out
    return None


def of_level_asked(question: str, records: list[dict]) -> list[dict]:
    """The records of governments (and their offices) of the level the question asks among
    ('2022年这几个乡镇里，谁…最多': the towns' reports), or all of them when it names no level (or
    none is of it)."""
    m = ASKED_LEVEL.search(question) or (LISTED_LEVELS.search(question) if TUNING.listed_levels else None)
    english = EN_ASKED_LEVEL.search(question) if TUNING.english_level_asked and not m else None
    if not m and not english:
        return records
    # ('这些乡镇、街道里': the endings of every level named)
    levels = [EN_LEVEL_WORDS[w.lower().rstrip("s").replace("countie", "county")] for w in re.findall(
        r"(?i)townships?|towns?|subdistricts?|districts?|count(?:y|ies)", english.group(0))] if english else \
        [m.group(1)] + re.findall(r"乡镇|镇街|街道|区县|县区|镇|乡|区|县", m.group(2))
    endings = tuple(e for level in levels for e in LEVEL_ENDINGS[level])

    def of_level(body: str) -> bool:
        names = names_of(body)
        own = names.own
        # (a government's office reports for it: 周至县人民政府办公室 is the county's)
        return names.kind in ("government", "office") and own.endswith(endings) and not (
            "街道" not in endings and own.endswith("街道"))

    kept = [r for r in records if of_level(r.get("body", ""))]
    return kept or records


def held_reports(catalog: list[dict], language: str) -> str:
    """'body year; …' of the reports held, for a refusal: the first HELD_SHOWN (by body, then
    year) and how many more there are, with where the whole list is (a province's archive holds
    ~20,000 reports; a refusal listed them all)."""
    items = sorted({(r.get("body", ""), r.get("year")) for r in catalog}, key=lambda x: (x[0], x[1] or 0))
    shown = "; ".join(f"{body} {year}" for body, year in items[:HELD_SHOWN])
    if len(items) <= HELD_SHOWN:
        return shown
    rest = len(items) - HELD_SHOWN
    if language == "zh":
        return f"{shown}……另有{rest}份未列出（共{len(items)}份；完整列表：gongkai list 或 /api/reports）"
    return f"{shown}; … and {rest} more ({len(items)} in all: `gongkai list` or /api/reports)"


def _not_held(what: list[str], catalog: list[dict], language: str) -> str:
    held = held_reports(catalog, language)
    names = "、".join(dict.fromkeys(what))
    # (the bodies held whose names hold a place asked, first: '威海' is no body held, but 威海市统计局 is)
    near = sorted({(r.get("body", ""), r.get("year")) for r in catalog
                   if any(len(w) >= 2 and w in r.get("body", "") for w in what)}, key=lambda x: (x[0], x[1] or 0))
    named = "; ".join(f"{body} {year}" for body, year in near[:HELD_SHOWN])
    if language == "zh":
        return f"索引中没有{names}的报告" + (f"（名称含所问地名的有：{named}）" if near else "") + f"。现有报告：{held}。"
    return (f"The index holds no report from {names}" + (f" (bodies named with it: {named})" if near else "")
            + f". It holds: {held}.")


EN_GENERIC = set("""according annual report reports government governments people peoples municipal city county
district town township province prefecture autonomous region general office bureau department commission
committee information disclosure open the a an of in on for how what which when where who why did does do is
are was were has have had chinese china state council standing administrative new road avenue""".split())
