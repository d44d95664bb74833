"""Chinese numerals: 十二 → 12, 三千九百四十 → 3940, 两万 → 20000, 二〇二四 → 2024 (digit by digit)."""

from __future__ import annotations

import re
from decimal import Decimal

CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_SCALES = {"万": 10_000, "亿": 100_000_000}
NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_SCALES)
NUMERAL = re.compile(f"[{NUMERAL_CHARS}]+")


def cn_to_int(numeral: str) -> int | None:
    """The value of a Chinese numeral; None when the text is not one."""
    if not numeral or any(ch not in NUMERAL_CHARS for ch in numeral):
        return None
    if all(ch in CN_DIGITS for ch in numeral):
        return int("".join(str(CN_DIGITS[ch]) for ch in numeral))
    total = section = digit = 0
    for ch in numeral:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (digit or 1) * CN_UNITS[ch]  # a leading 十 means 一十
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        else:  # 亿 scales everything before it (so 一万亿 works)
            total = (total + section + digit) * 100_000_000
            section = digit = 0
    return total + section + digit


def plain_number(value: Decimal) -> str:
    """452800.00 → '452800', 58.50 → '58.5', never an exponent."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
