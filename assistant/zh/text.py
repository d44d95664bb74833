"""Script, language and years of a text; full-width folding."""

from __future__ import annotations

import re
import unicodedata

from assistant.zh.numerals import cn_to_int

# Years a report or a question can be about (disclosure reports exist since 2008; older
# figures in prose are history, not a report year).
FIRST_YEAR, LAST_YEAR = 1990, 2100
# 2024年, 二〇二四年; in questions also a bare 2024 ('2024 figures', 'in 2024').
YEAR = re.compile(r"((?:19|20)\d{2}|[二〇零一两三四五六七八九]{4})\s*年")
YEAR_OR_BARE = re.compile(r"((?:19|20)\d{2})(?!\d)|([〇零一二三四五六七八九]{4})\s*年")
CJK = re.compile(r"[\u4e00-\u9fff]")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def language_of(text: str) -> str:
    """'zh' when Chinese characters are at least a quarter of the letters, else 'en'."""
    cjk = sum(1 for ch in text if is_cjk(ch))
    letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "zh" if cjk and cjk * 3 >= letters else "en"


def _year(raw: str) -> int | None:
    value = int(raw) if raw.isdigit() else cn_to_int(raw)
    return value if value and FIRST_YEAR <= value <= LAST_YEAR else None


def first_year(text: str) -> int | None:
    """The first '…年' year in a text (a title, a period)."""
    for m in YEAR.finditer(text):
        year = _year(m.group(1))
        if year:
            return year
    return None


def years_in(text: str) -> set[int]:
    """Every year a question names: 2024年, 2024 alone, 二〇二四年."""
    found = {_year(m.group(1) or m.group(2)) for m in YEAR_OR_BARE.finditer(text)}
    return {y for y in found if y}


# A year asked in two digits ('22年和24年分别发了多少'), not a span of years ('近10年', '成立22年来').
_SHORT_YEAR = re.compile(r"(?<![\d.．０-９])(?<!近|满|共|第|达|超|过|续|经|历|用|已|这|那|前|后|个|多|余|计|了|开|办)"
                         r"(?P<yy>[0-4]\d)(?=\s*年(?!来|以来|间|多|左右|以上|以内|内|之内|后|前|半))")


# The same in Chinese numerals ('二二年', '二三年收的'), not inside a year of four ('二〇二四年') or a count ('十二年'), nor
# a few years said as two numerals ('近二三年', '两三年' has 两).
_SHORT_YEAR_CN = re.compile(r"(?<![\d〇○零一二两三四五六七八九十百千万第])"
                            r"(?<!近|满|共|达|超|过|续|经|历|用|已|这|那|前|后|个|多|余|计|了|开|办)"
                            r"(?P<yy>[〇○零一二三四][〇○零一二三四五六七八九])(?=\s*年(?!来|以来|间|多|左右|以上|以内|内|之内|后|前|半))")


def full_years(question: str, this_year: int, numerals: bool = True) -> str:
    """A question's years written in two digits ('22年') in full ('2022年'), for the years reports exist
    for (2008 up to ``this_year``); with ``numerals`` also those in Chinese numerals ('二三年'); any other text
    unchanged."""
    def full(m: re.Match) -> str:
        yy = m.group("yy")
        year = 2000 + (int(yy) if yy.isdigit() else cn_to_int(yy[0]) * 10 + cn_to_int(yy[1]))
        return str(year) if 2008 <= year <= this_year else m.group(0)

    question = _SHORT_YEAR.sub(full, question)
    if not numerals:
        return question
    # ('二〇二四年' in digits, as every reading of a question's years expects them)
    question = re.sub(r"(?<![〇○零一二两三四五六七八九十百千万])([〇○零一二三四五六七八九]{4})(?=\s*年)",
                      lambda m: str(_year(m.group(1)) or m.group(1)), question)
    return _SHORT_YEAR_CN.sub(full, question)


# A word joining clauses, not things ('所以', '但是'): a 、 before it is a comma typed as one ('…查询类的事、所以没给的').
_CLAUSE_JOINER = re.compile(r"、(?=\s*(?:所以|因此|因而|但是|可是|不过|而且|并且|于是|然后|结果|并)(?![列排]))")


def clause_commas(text: str) -> str:
    """The text with each 、 before a word joining clauses read as the comma it stands for: a list of things has none."""
    return _CLAUSE_JOINER.sub("，", text)


def fold_width(text: str) -> str:
    """Full-width ASCII forms (１２３，％．) and the ideographic space become ASCII, one character
    for one, so offsets stay valid. Whole-text NFKC would also turn ① into 1 and change lengths."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" or ch == "\u3000" else ch
        for ch in text
    )


# --------------------------------------------------------------------------- layout breaks
# Text cleanup shared by the loaders, for table cells and lines alike.
#
# PDF table cells carry the line breaks of their narrow columns ('三、\\n本\\n年\\n度', '商业企\\n业',
# '结 果\\n维持'), and PDF text puts spaces around numbers ('2024 年 1 月'). In Chinese text a
# break or space between two characters is layout, not a word boundary, so it is removed; between
# two Latin words or numbers it is a real separator, so it becomes one space.

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


def clean_text(text: str | None) -> str:
    """Normalise a cell's (or a line's) text: NFC, no layout breaks or spaces inside Chinese
    text, single spaces between Latin/digit tokens, stripped. ``None`` gives ''."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_RADICALS)
    return _WHITESPACE.sub(_replace_space, text)


# A date written with digits: 2023-01-13, 2023.1.13, 2023年1月13日.
DATE = re.compile(r"((?:19|20)\d{2})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})")
# A web page's index number ('索 引 号: 737546075/2023-01394').
INDEX_NUMBER = re.compile(r"索\s*引\s*号\s*[:：]?\s*([0-9A-Za-z][0-9A-Za-z/\-]{4,})")


def iso_date(text: str) -> str:
    m = DATE.search(text)
    if not m:
        return ""
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"
