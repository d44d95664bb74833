"""How an English answer names a body: in English where the name's parts have English words
('Xinchang County (新昌县)', 'Fuzhou Finance Bureau (福州市财政局)'), else in Chinese with its place
in pinyin ('武汉市硚口区城市运行管理中心 (Qiaokou District)'). The Chinese name always follows, as the
reports and the index print it, so that a reader can find the report.

The words are those of the structure of Chinese government (bodies.EN_LEVELS, EN_DEPARTMENTS): a
body's place, its level and the kind of organ — not any question's."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.ask.bodies import EN_DEPARTMENTS, names_of
from assistant.ask.tuning import TUNING

# The English word for a place's level, as printed after its name.
_LEVEL = (("街道", "Subdistrict"), ("新区", "New Area"), ("片区", "Area"), ("镇", "Town"), ("乡", "Township"),
          ("自治县", "Autonomous County"), ("县", "County"), ("区", "District"), ("市", "City"), ("省", "Province"))
# A street's name ending in 路, 街 or 大道 ('市府东路街道': 'Shifudong Road Subdistrict').
_STREET = (("大道", "Avenue"), ("路", "Road"), ("街", "Street"))
# The organ of a place's own government, and of its general office.
_GOVERNMENT = re.compile(r"^(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会)?$")
_OFFICE = {"人民政府办公室": "Government Office", "政府办公室": "Government Office", "办公室": "Office",
           "政府办": "Government Office", "人民政府办公厅": "General Office", "办公厅": "General Office",
           "管委会办公室": "Administrative Committee Office", "管理委员会办公室": "Administrative Committee Office"}
# A department's kind, its organ's last word.
_KIND = (("委员会", "Commission"), ("管理局", "Administration"), ("局", "Bureau"), ("中心", "Center"),
         ("办公室", "Office"))
_FIELD = {}
for _english, _chinese in EN_DEPARTMENTS.items():
    _FIELD.setdefault(_chinese, _english)


def _syllables(text: str) -> str:
    from pypinyin import lazy_pinyin

    # (都 ends a place's name read du: 花都, 成都; the reading 'dou' is the adverb's)
    return "".join("du" if c == "都" else p for c, p in zip(text, lazy_pinyin(text))).capitalize()


@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    """Every syllable pypinyin reads a common Chinese character as (toneless)."""
    from pypinyin import lazy_pinyin

    return frozenset(p for p in lazy_pinyin([chr(c) for c in range(0x4E00, 0x9FA6)]) if p.isalpha())


def is_pinyin(word: str) -> bool:
    """Whether a lower-case word is two or more pinyin syllables run together ('luoyang', 'nanjing'; not 'which',
    'each')."""
    syllables = _pinyin_syllables()
    ends = {0: 0}  # position → syllables read up to it
    for i in range(len(word)):
        if i not in ends:
            continue
        for j in range(i + 1, min(len(word), i + 6) + 1):
            if word[i:j] in syllables:
                ends[j] = max(ends.get(j, 0), ends[i] + 1)
    return ends.get(len(word), 0) >= 2


def _place(place: str) -> str:
    """'新昌县' → 'Xinchang County'; '市府东路街道' → 'Shifudong Road Subdistrict'; '' when the place is
    not a plain name and level (a zone, a name in brackets)."""
    if "自由贸易试验区" in place and place.endswith("片区"):
        place = place.split("自由贸易试验区")[-1]
    level = next(((zh, en) for zh, en in _LEVEL if place.endswith(zh) and len(place) > len(zh)), None)
    stem = place[: -len(level[0])] if level else place
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", stem):
        return ""
    words = []
    for zh, en in _STREET:
        if level and level[0] == "街道" and stem.endswith(zh) and len(stem) - len(zh) >= 2:
            words, stem = [en], stem[: -len(zh)]
            break
    return " ".join([_syllables(stem)] + words + ([level[1]] if level else []))


def _organ(organ: str) -> str | None:
    """The English of an organ ('' for the place's own government); None when it has no English
    words here."""
    if _GOVERNMENT.match(organ):
        return ""
    if organ in _OFFICE:
        return _OFFICE[organ]
    organ = organ.removeprefix("人民政府").removeprefix("政府")
    for zh, en in _KIND:
        if organ.endswith(zh):
            field = organ[: -len(zh)]
            field = field if field in _FIELD else field.removesuffix("管理")
            if field in _FIELD:
                return " ".join(w if w == "and" else w.capitalize() for w in _FIELD[field].split()) + f" {en}"
    return None


@lru_cache(maxsize=4096)
def english_name(body: str) -> str:
    """The name an English answer gives a body; the body unchanged when nothing of it has English
    words here."""
    names = names_of(body)
    place = _place(names.own) if names.own else ""
    organ = _organ(names.organ)
    if not place:
        return body
    if organ is None:
        return f"{body} ({place})"
    return f"{place} {organ} ({body})" if organ else f"{place} ({body})"


_QUOTED = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"]*\"")


def bodies_in_english(text: str, bodies: set[str]) -> str:
    """``text`` (an English answer) with each body named outside a quotation in English (a quote is
    the report's own words, a title the report's name: both stay as printed)."""
    # (only the bodies the text names are put in English: a catalogue may hold thousands)
    names = sorted({b for b in bodies if b and b in text and english_name(b) != b}, key=lambda x: (-len(x), x))
    if not names:
        return text
    pattern = re.compile("|".join(map(re.escape, names)))
    out, at = [], 0
    for m in _QUOTED.finditer(text):
        out += [pattern.sub(lambda n: english_name(n.group(0)), text[at:m.start()]), m.group(0)]
        at = m.end()
    out.append(pattern.sub(lambda n: english_name(n.group(0)), text[at:]))
    return "".join(out)


# The English head nouns of a body's name (the organ or the place's level), for counting the bodies an English
# question names: 'Hanjiadun street office', 'its city operations management centre', 'its audit bureau'.
_PLACE_ONLY = re.compile(r"(?i)(?:town|township|district|county|city|province)")
_BODY_NOUN = re.compile(r"(?i)(?<![\w-])(?:office|cent(?:re|er)|bureau|commission|committee|administration|government|"
                        r"subdistrict|street|town|township|district|county|city|province|area|zone)s?\b"
                        # (the head of a name: at its end, or before a verb, a preposition or a possessive —
                        # not 'government-news items', 'city operations')
                        r"(?=\s*(?:$|['’]s\b|[?.!:]|\b(?:receive|received|receives|publish|published|post|posted|put|"
                        r"handle|handled|did|does|do|had|has|in|of|for|on|at|to|from|with)\b))")


def bodies_named_en(question: str, body: str = "") -> int:
    """How many bodies an English question names one after another: its pieces between commas, 'and', 'or' and
    dashes that hold a body's head noun — not counting a piece whose proper names are all places of ``body``'s
    own name ('Dingqiao town, Qingyang county' names one town)."""
    from pypinyin import lazy_pinyin

    own = "".join(lazy_pinyin(body)).lower()
    pieces = re.split(r"(?i),|;|—|–|\band\b|\bor\b|\bversus\b|\bvs\.?", question)
    count = 0
    for piece in pieces:
        if not _BODY_NOUN.search(piece):
            continue
        proper = [w.lower() for w in re.findall(r"\b[A-Z][a-z]+(?:[-'’][a-z]+)?\b", piece)
                  if not _BODY_NOUN.fullmatch(w) and w.lower() not in ("in", "the", "for", "what", "how", "which", "of")]
        if count and proper and own and all(re.sub(r"[-'’]", "", w) in own for w in proper):
            continue  # (the body's own place, or its parent: one body)
        noun = _BODY_NOUN.search(piece).group(0)
        if count and not proper and TUNING.area_without_name_no_body and re.fullmatch(r"(?i)(?:area|zone)s?", noun):
            continue  # (areas or zones no name is said of: 'the items in key areas' — a topic, no body)
        if count and not proper and TUNING.body_noun_without_name and _PLACE_ONLY.fullmatch(
                noun) and not re.search(r"(?i)\b(?:another|other|each|every)\b", piece):
            continue  # (a place's level, no name: 'across the city' — the place named before; not 'the audit bureau')
        count += 1
    return count
