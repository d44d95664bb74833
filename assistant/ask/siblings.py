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


def own_clause(quote: str) -> str:
    """The clause a unit's quote ends with (its lead and trailing punctuation left out): '…,现行有效…181件,' → '现行有效…181件'."""
    return re.split(r"[，,；;]", quote.rstrip("。，,；; "))[-1]


def _common_end(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:] if n else ""


def unasked_siblings(asked: str, quote: str, text: str) -> list[tuple[str, str]]:
    """The clauses of ``quote``'s sentence in ``text`` that count what its clause counts with other
    qualifiers, each with its qualifier, the quote's own clause first, when ``asked`` (the
    question's Chinese) says no pair of characters of any of their qualifiers; [] when there are
    none, or the question names one."""
    own = own_clause(quote)
    mine = _count(own)
    if mine is None:
        return []
    sentence = next((s for s in re.split(r"[。；;]", text) if own in s), "")
    pieces = [p for p in re.split(r"[，,、]", sentence) if p.strip()]
    found: list[tuple[str, re.Match]] = []
    for piece in pieces:
        if own in piece:
            continue
        other = _count(piece)
        if other is None or other.group("m") != mine.group("m") or other.group("n") == mine.group("n"):
            continue
        noun = _common_end(mine.group("pre"), other.group("pre"))
        if len(noun) >= MIN_NOUN and bigrams(noun) & bigrams(asked) and other.group("pre")[: -len(noun)]:
            found.append((piece.strip(), other))
    if not found:
        return []
    noun = min((_common_end(mine.group("pre"), other.group("pre")) for _, other in found), key=len)
    named = [(own.strip(), mine.group("pre")[: -len(noun)])] + [(p, m.group("pre")[: -len(noun)]) for p, m in found]
    if not named[0][1] or any(bigrams(q) & bigrams(asked) for _, q in named):
        return []
    return named


def residue(question: str, clause: str, names: list[str] = ()) -> str:
    """What a question says besides the thing a clause counts and its asking words: '还在生效的' of
    '到2022年底，黄埔区还在生效的行政规范性文件有多少件？' beside '…行政规范性文件181件' (the words a
    qualifier is compared with)."""
    from assistant.ask.terms import QUESTION_WORDS

    counted = _count(clause)
    text = question
    for name in sorted(names, key=len, reverse=True):  # (the body asked about is no qualifier)
        text = text.replace(name, " ")
    text = re.sub(r"\d{4}\s*年?|[？?，,。！!：:、（）()]", " ", text)
    if counted:
        pre = counted.group("pre")
        for size in range(len(pre), 1, -1):  # (the thing counted, whole or in part: '规范性文件')
            for start in range(len(pre) - size + 1):
                text = text.replace(pre[start:start + size], " ")
    return " ".join(w for w in QUESTION_WORDS.sub(" ", text).split() if len(w) > 1)


def meant(residual: str, qualifiers: list[str], similarity, floor: float, margin: float) -> int | None:
    """The qualifier the question's residue means (cosine ≥ ``floor``, ahead of the next by
    ``margin``), or None when none clearly is."""
    if not residual.strip() or len(qualifiers) < 2:
        return None
    cosines = [float(c) for c in similarity(residual, qualifiers)]
    order = sorted(range(len(cosines)), key=lambda i: -cosines[i])
    best, second = order[0], order[1]
    return best if cosines[best] >= floor and cosines[best] - cosines[second] >= margin else None
