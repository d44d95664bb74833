"""Heading markers of Chinese reports (一、 （一） 1.) and Chinese numerals — pure functions."""

from __future__ import annotations

import re

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
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


def cn_to_int(text: str) -> int | None:
    """'十二' → 12, '二十六' → 26, '三千九百四十' → 3940, '二〇二四' → 2024; None if not a numeral."""
    if not text:
        return None
    if all(ch in CN_DIGITS for ch in text):  # digit by digit: 二〇二四
        if len(text) == 1:
            return CN_DIGITS[text]
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        elif ch == "万":
            total = (total + current) * 10000
            current = 0
        else:
            return None
    return total + current


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
