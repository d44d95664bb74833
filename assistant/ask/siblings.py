"""Clauses of one sentence that count the same thing with different qualifiers.

'本年度制定并主动公开行政规范性文件41件,废止行政规范性文件55件,现行有效行政规范性文件181件': three counts of
行政规范性文件, told apart only by the words before the noun (制定并主动公开, 废止, 现行有效). A question that says
none of those words ('新出台了多少件行政规范性文件', 'how many … did Huangpu scrap') asks one of them without saying
which: the composer's best clause among them would be a guess (it had answered 181, the documents in force).
"""

from __future__ import annotations

import re

from assistant.ask.terms import bigrams

# A count inside a clause: the words before its number, the number, the measure word.
COUNT = re.compile(r"(?P<pre>[\u4e00-\u9fff“”（）()]+?)(?P<n>\d+(?:\.\d+)?)(?P<m>[件条个篇份项次期场])")
# The shortest noun two counts must share to be counts of the same thing ('规范性文件', not '信息').
MIN_NOUN = 4


def _count(piece: str) -> re.Match | None:
    return COUNT.search(piece)


def _common_end(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:] if n else ""


def unasked_siblings(asked: str, quote: str, text: str) -> list[str]:
    """The clauses of ``quote``'s sentence in ``text`` that count what its clause counts with other
    qualifiers, the clause first, when ``asked`` (the question's Chinese) says no pair of characters
    of any of their qualifiers; [] when there are none, or the question names one."""
    own = re.split(r"[，,；;]", quote.rstrip("。"))[-1]
    mine = _count(own)
    if mine is None:
        return []
    sentence = next((s for s in re.split(r"[。；;]", text) if own in s), "")
    pieces = [p for p in re.split(r"[，,、]", sentence) if p.strip()]
    found: list[tuple[str, str]] = []  # (clause, its qualifier)
    for piece in pieces:
        if own in piece:
            continue
        other = _count(piece)
        if other is None or other.group("m") != mine.group("m") or other.group("n") == mine.group("n"):
            continue
        noun = _common_end(mine.group("pre"), other.group("pre"))
        if len(noun) < MIN_NOUN or not (bigrams(noun) & bigrams(asked)):
            continue
        qualifier = other.group("pre")[: -len(noun)]
        if qualifier:
            found.append((piece.strip(), qualifier))
    if not found:
        return []
    mine_noun = min((_common_end(mine.group("pre"), _count(p).group("pre")) for p, _ in found), key=len)
    qualifiers = [mine.group("pre")[: -len(mine_noun)] or ""] + [q for _, q in found]
    if not qualifiers[0] or any(bigrams(q) & bigrams(asked) for q in qualifiers):
        return []
    return [own.strip()] + [p for p, _ in found]
