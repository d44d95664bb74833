"""Report metadata from text: title, issuing body, year, publication date, document number."""

from __future__ import annotations

import re
from collections import Counter

from assistant.zh.places import BODY, LEADING_WORDS, NOT_PLACES, ORGAN, PLACE_UNIT, clean_chain, split_place
from assistant.zh.text import DATE, INDEX_NUMBER, YEAR, iso_date  # noqa: F401 (md.iso_date)

# 【制定机关】武威市人民政府 — the header block of legal-database copies.
HEADER_FIELD = re.compile(r"^【\s*([^】]{1,12}?)\s*】\s*(.*)$")
HEADER_KEYS = {
    "制定机关": "body", "发布机关": "body", "发文机关": "body",
    "公布日期": "published", "发布日期": "published", "成文日期": "published",
    "字号": "doc_number", "文号": "doc_number", "发文字号": "doc_number",
}
TITLE = re.compile(r"政府信息公开.{0,8}报告")
PERIOD = re.compile(r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日?\s*(?:起)?\s*(?:至|到|-|—)")
DATE_LINE = re.compile(r"^(?:时间|发布时间|发布日期|日期|成文日期)\s*[:：]\s*(.+)$")
# … and the publication date of a page's index block ('公开日期: 2023年01月13日公开方式: 有效')
PUBLISHED_LINE = re.compile(r"^(?:时间|发布时间|发布日期|日期|成文日期|公开日期|发文日期)\s*[:：]\s*(.+)$")
BODY_TAIL = re.compile(r"(?:关于报送.*|关于.*)$")
NOISE = re.compile(r"(文章属性|字体[:：]?\s*[大中小]|打印本页|关闭窗口|分享到|浏览次数|【打印】|【关闭】|"
                   r"扫一扫|当前位置|您现在的位置|索引号|信息来源[:：]|阅读次数|访问次数|字体大小|^字号[:：]?\s*[大中小\s]*$)")


def header_fields(line: str) -> tuple[str, str] | None:
    m = HEADER_FIELD.match(line.strip())
    if not m:
        return None
    key = re.sub(r"\s+", "", m.group(1))
    return key, m.group(2).strip()


def statistical_year(text: str) -> int | None:
    """The year of 统计期限 …年1月1日至… when the text states it."""
    m = PERIOD.search(text)
    return int(m.group(1)) if m else None


def body_from_title(title: str) -> str:
    """'淮安市人民政府2024年政府信息公开工作年度报告' → '淮安市人民政府';
    '2024年丽水市政府信息公开…' → '丽水市'."""
    text = BODY_TAIL.sub("", title) if "关于" in title else title
    text = re.sub(r"[（(]演示[)）]", "", text)
    before = YEAR.split(text, maxsplit=1)
    head = before[0].strip() if before else ""
    if head and not head.isdigit():
        return _trim_body(head)
    m = re.search(r"年度?\s*(.+?)政府信息公开", text)
    if m:
        return _trim_body(m.group(1))
    m = BODY.search(text)
    return m.group(1) if m else ""


def _trim_body(text: str) -> str:
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"政府信息公开.*$", "", text)
    return text.strip("《》“”\"' ")


def body_from_text(text: str) -> str:
    """The issuing body named most often near the start of a report without a title."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for m in BODY.finditer(text[:3000]):
        name = clean_chain(LEADING_WORDS.sub("", m.group(1)))
        if not name or any(name.startswith(p) for p in NOT_PLACES) or len(name) < 3:
            continue
        counts[name] += 1
        first_seen.setdefault(name, m.start())
    if not counts:
        return ""
    # '城关镇' mentioned alone counts for '武山县城关镇' when both occur.
    for short in list(counts):
        for long in counts:
            if long != short and long.endswith(short):
                counts[long] += counts[short]
    # A more specific name (长春市人民政府办公厅 over 长春市人民政府) takes the mentions of the
    # names it extends.
    for short in list(counts):
        for long in counts:
            if long != short and long.startswith(short):
                counts[long] += counts[short]
    # An organ name (…人民政府办公室) beats a bare place; then frequency; then first mention.
    best = max(counts, key=lambda n: (bool(split_place(n)[1]), counts[n], -first_seen[n]))
    # '城关镇人民政府' named in full elsewhere as '武山县城关镇': keep the longer place chain.
    place, organ = split_place(best)
    longer = [n for n in counts if n.endswith(place) and len(n) > len(place) and not split_place(n)[1]]
    if longer:
        best = max(longer, key=len) + organ
    return best


# English reports: 'Riverton City Government Information Disclosure Annual Report 2024'.
TITLE_EN = re.compile(r"(?i)\b(?:annual report|work report)\b")
TOPIC_EN = re.compile(r"(?i)\b(?:disclosure|open government|transparency|freedom of information)\b")
YEAR_EN = re.compile(r"\b((?:19|20)\d{2})\b")
PERIOD_EN = re.compile(r"(?i)\b1\s+January\s+((?:19|20)\d{2})\b|\bJanuary\s+1,?\s+((?:19|20)\d{2})\b")
_EN_TITLE_TAIL = re.compile(r"(?i)\s*(?:'s)?\s*(?:government information|information disclosure|open government|"
                            r"annual report|transparency|freedom of information).*$")


def looks_like_english_title(line: str) -> bool:
    return len(line) <= 160 and bool(TITLE_EN.search(line)) and bool(TOPIC_EN.search(line))


def english_body(title: str) -> str:
    """'Riverton City Government Information Disclosure Annual Report 2024' → 'Riverton City'."""
    text = YEAR_EN.sub("", title)
    text = re.sub(r"(?i)^\s*(?:the\s+)?(?:annual report|report)\s+(?:on|of)\s+.*?\s+(?:of|by|for)\s+(?:the\s+)?", "", text)
    return _EN_TITLE_TAIL.sub("", text).strip(" ,:-–—")


def english_year(text: str) -> int | None:
    m = PERIOD_EN.search(text)
    if m:
        return int(m.group(1) or m.group(2))
    m = YEAR_EN.search(text)
    return int(m.group(1)) if m else None


def is_noise(line: str) -> bool:
    return bool(NOISE.search(line))


# A web page's fields above a report ('更新时间:2023-12-26 16:09 发布时间:2023-02-02 15:00 来源:硚口区
# 政务服务和大数据管理局', '来源: 周口日报 时间: 2021-03-09 14:57:04 访问量:0'): read for metadata, never
# prose (it was quoted as a statement, its times as figures).
PAGE_FIELD = r"(?:更新时间|发布时间|发布日期|时间|日期|来源|信息来源|发布机构|浏览次数|浏览量|访问量|访问次数|阅读次数|点击量|点击数)"
PAGE_FIELDS_LINE = re.compile(rf"(?:\s*[|｜]?\s*{PAGE_FIELD}\s*[:：](?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?|[^:：|｜])*?"
                              rf"(?=\s*[|｜]?\s*{PAGE_FIELD}\s*[:：]|$))+")
# … and a page's index block reduced to its labels, their values left empty ('文号发文日期', '发布机构有效性').
# (The block with its values — '名称: …报告发布机构: 区政府信息科', '公开日期: 2023年01月13日' — stays
# prose: it answers who published the report and when, and states no count.)
PAGE_LABEL = (r"(?:更新时间|发布时间|发布日期|成文日期|发文日期|公开日期|来源|信息来源|发布机构|发文机关|名称|标题|文号|"
              r"索引号|主题分类|公开方式|公开范围|有效性)")
PAGE_LABELS_LINE = re.compile(rf"(?:\s*[|｜]?\s*{PAGE_LABEL}\s*[:：]?\s*){{2,}}")


DATE_LABEL_ALONE = re.compile(rf"^\s*{PAGE_LABEL}\s*[:：]\s*$")


def page_lines(lines: list[str]) -> tuple[str, ...]:
    """The lines of a page's fields above a report, verbatim, for questions about the page itself
    (when it was published, its index number): the fields' lines, a date line, a label whose value
    is on the next line ('发布时间:' / '2021-02-02 10:20')."""
    out: list[str] = []
    for i, line in enumerate(lines[:40]):
        text = line.strip()
        if not text or len(text) > 160:
            continue
        after_label = i > 0 and bool(DATE_LABEL_ALONE.match(lines[i - 1])) and bool(DATE.match(text))
        if is_page_fields(text) or PUBLISHED_LINE.match(text) or INDEX_NUMBER.search(text) or after_label \
                or (DATE_LABEL_ALONE.match(text) and i + 1 < len(lines) and DATE.match(lines[i + 1].strip())):
            if text not in out:
                out.append(text)
    return tuple(out[:8])


def published_of(page: tuple[str, ...]) -> str:
    """The publication date a page's fields state ('发布时间:2023-01-13 11:13', '来源:发改委
    时间:2022-01-19 15:01', '公开日期: 2021年01月18日'), ISO; '' when none."""
    for n, line in enumerate(page):
        for m in re.finditer(rf"{PAGE_LABEL}?\s*(?:时间|日期)\s*[:：]\s*", line):
            label = line[max(0, m.start() - 2):m.end()]
            if re.search(r"更新|生成|成文|统计", label):
                continue
            found = iso_date(line[m.end():m.end() + 20]) or (
                iso_date(page[n + 1]) if n + 1 < len(page) and m.end() == len(line.rstrip()) else "")
            if found:
                return found
    return ""


def index_number(page: tuple[str, ...]) -> str:
    return next((m.group(1) for line in page if (m := INDEX_NUMBER.search(line))), "")


# A page's type-size control beside its fields ('选择阅读字号:[ 大 中 小 ]'): furniture, no field.
SIZE_CONTROL = re.compile(r"(?:选择)?(?:阅读)?字号\s*[:：]?\s*[\[【(（]?\s*大\s*中\s*小\s*[\]】)）]?")


def is_page_fields(line: str) -> bool:
    line = SIZE_CONTROL.sub("", line).strip()
    return len(line) <= 120 and not re.search(r"[，。；、]", line) and bool(
        PAGE_FIELDS_LINE.fullmatch(line) or PAGE_LABELS_LINE.fullmatch(line))


def looks_like_title(line: str) -> bool:
    return bool(TITLE.search(line)) and len(line) <= 80 and not line.startswith(("根据", "本"))


def looks_like_body_name(line: str) -> bool:
    return len(line) <= 30 and bool(re.fullmatch(rf"(?:{PLACE_UNIT}){{1,3}}{ORGAN}?(?:[（(][^)）]+[)）])?",
                                                line.replace(" ", "")))
