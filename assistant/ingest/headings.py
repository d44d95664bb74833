"""Heading markers of Chinese reports (一、 （一） 1.) and Chinese numerals — pure functions."""

from __future__ import annotations

import re

from assistant.zh.numerals import cn_to_int

CN_NUM = "一二三四五六七八九十"

LEVEL1 = re.compile(rf"^(?:([{CN_NUM}]{{1,3}})\s*、|第([{CN_NUM}]{{1,3}})部分[、：:\s]?)\s*")
LEVEL2 = re.compile(rf"^[（(]\s*([{CN_NUM}]{{1,3}})\s*[)）]\s*")
LEVEL3 = re.compile(r"^(\d{1,2})\s*(?:[．.](?!\d)|、)\s*")
# Where a heading may start inside a run-on line: after whitespace or a sentence end.
INLINE_MARKER = re.compile(
    rf"(?:(?<=\s)|(?<=[。；;！？]))(?=[{CN_NUM}]{{1,3}}、|[（(][{CN_NUM}]{{1,3}}[)）])")
# A heading ends at the first sentence end, colon or space, when that comes early enough.
_HEAD_END = re.compile(r"[。：:！？；]|\s(?=[\d\u4e00-\u9fff])")
MAX_HEADING = 40
_TITLE_THEN_FIGURE = re.compile(r"[\u4e00-\u9fff]{2,}?(?:情况|工作|事项|建设|问题|措施|管理)(?=\d)")


def heading_level(line: str) -> tuple[int, int, str] | None:
    """(level, number, rest-after-marker) when the line starts with a heading marker."""
    for level, pattern in ((1, LEVEL1), (2, LEVEL2)):
        m = pattern.match(line)
        if m:
            numeral = next(g for g in m.groups() if g)
            return level, cn_to_int(numeral) or 0, line[m.end():]
    m = LEVEL3.match(line)
    if m:
        return 3, int(m.group(1)), line[m.end():]
    return None


def split_heading(line: str) -> tuple[str, str]:
    """A heading line as (heading, text that runs on after it on the same line).

    '（一）主动公开情况。2022年，…' → ('（一）主动公开情况', '2022年，…');
    '一、总体情况' → ('一、总体情况', '')."""
    marker = heading_level(line)
    start = len(line) - len(marker[2]) if marker else 0
    m = _HEAD_END.search(line, start)
    if m and m.start() - start <= MAX_HEADING and m.start() > start:
        return line[: m.start()].strip(), line[m.end():].strip()
    if len(line) <= MAX_HEADING + 4 or (line.isascii() and len(line) <= 100):
        return line.strip(), ""
    # A title glued to the text's first figure with no break ('（二）政府信息依申请公开情况2025关东街共
    # 受理…21件，…'): the title ends where a figure starts after a title's closing word.
    m = _TITLE_THEN_FIGURE.search(line, start)
    if m and m.end() - start <= MAX_HEADING:
        return line[: m.end()].strip(), line[m.end():].strip()
    # A long run-on line with no early break: label the section by its opening clause.
    m = re.search(r"[，,]", line[start:])
    if m and m.start() <= MAX_HEADING:
        return line[: start + m.start()].strip(), line[start + m.end():].strip()
    return line[: start + 20].strip() + "…", line[start:].strip()


def split_inline_headings(line: str) -> list[str]:
    """Split a run-on line (a whole report on one line, or a heading glued to the text before
    it) at heading markers that follow whitespace or a sentence end."""
    parts = [p.strip() for p in INLINE_MARKER.split(line)]
    return [p for p in parts if p]
