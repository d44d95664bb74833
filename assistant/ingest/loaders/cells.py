"""Text cleanup shared by the loaders, for table cells and lines alike.

PDF table cells carry the line breaks of their narrow columns ('三、\\n本\\n年\\n度', '商业企\\n业',
'结 果\\n维持'), and PDF text puts spaces around numbers ('2024 年 1 月'). In Chinese text a
break or space between two characters is layout, not a word boundary, so it is removed; between
two Latin words or numbers it is a real separator, so it becomes one space.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_cell"]

# Invisible characters that only get in the way of matching: zero-width spaces and joiners,
# BOM, word joiner, soft hyphen, and C0 controls other than whitespace.
_INVISIBLE = {cp: None for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)}
_INVISIBLE.update({cp: None for cp in range(0x20) if chr(cp) not in "\t\n\r\f\v"})

# Some PDF producers (WPS among them) emit Kangxi radicals ('⼀' U+2F00) instead of the
# ideographs they look like ('一'). NFC leaves them alone and full NFKC would also turn
# full-width punctuation into ASCII, so only this block is mapped.
_RADICALS = {
    cp: unicodedata.normalize("NFKC", chr(cp))
    for cp in range(0x2E80, 0x2FE0)
    if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
}

_WHITESPACE = re.compile(r"\s+")


def _is_wide(ch: str) -> bool:
    """A CJK ideograph, CJK or full-width punctuation, or a quote/dash used in Chinese text."""
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x4DBF  # CJK extension A
        or 0x4E00 <= cp <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= cp <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= cp <= 0x3FFFF  # extensions B and later
        or 0x3000 <= cp <= 0x303F  # CJK symbols and punctuation: 、。《》【】〔〕
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms: （），：；
        or ch in "“”‘’…—·"
    )


def _is_digit(ch: str) -> bool:
    return ch.isdecimal()


def _replace_space(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if start == 0 or end == len(text):
        return ""  # leading/trailing: stripped
    before, after = text[start - 1], text[end]
    wide_before, wide_after = _is_wide(before), _is_wide(after)
    if (wide_before and (wide_after or _is_digit(after))) or (
        wide_after and _is_digit(before)
    ):
        return ""  # '商业企\n业' -> '商业企业', '2024 年' -> '2024年'
    if "\n" in match.group() and (wide_before or wide_after):
        return ""  # a wrapped line next to Chinese text: the break is layout only
    return " "  # between Latin words or numbers: keep one separator


def clean_cell(text: str | None) -> str:
    """Normalise a cell's (or a line's) text: NFC, no layout breaks or spaces inside Chinese
    text, single spaces between Latin/digit tokens, stripped. ``None`` gives ''."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_RADICALS)
    return _WHITESPACE.sub(_replace_space, text)
