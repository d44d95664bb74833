"""Which of a clause's counts a question names, when the clause states a whole and its breakdown
('门户网站发布信息16642条(概况类194条、政务动态5749条、信息公开目录10699条)'): each count's label is the
text before it back to the previous count; a count inside brackets after a count, or after a
count's '其中', is a part of that count and inherits its label (the parts of what the website
published are published by the website). The count named is the one whose label, with what it
inherits, says most of the question's pairs of characters, when it is a part; where a whole and
its parts say as much (the question names no part), the whole. Of counts of one level
('公开财政预决算信息2条、行政执法信息3条'), one after the first that the question names most; not the
first, whose words also frame the rest: None."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ask.prose_sum import counts_in

OPEN, CLOSE = "(（", ")）"


@dataclass
class Piece:
    value: object  # its count's Decimal
    start: int  # where its count starts in the clause
    label: str  # its own words, back to the previous count
    parent: int | None  # the index of the count it is a part of


def pieces(clause: str, markers: tuple[str, ...] = ("其中",)) -> list[Piece]:
    """The clause's counts with their labels and the counts they are parts of (after a count's
    bracket, or one of ``markers``: '其中', and for a ranking also '包括')."""
    out: list[Piece] = []
    stack: list[int | None] = [None]  # the whole each open bracket (or 其中) breaks down
    end = 0
    for figure in counts_in(clause):
        between = clause[end:figure.start]
        for ch in between:
            if ch in OPEN and out:
                stack.append(len(out) - 1)
            elif ch in CLOSE and len(stack) > 1:
                stack.pop()
        if any(m in between for m in markers) and out and stack[-1] != len(out) - 1:
            stack.append(len(out) - 1)
        label = re.split(r"[(（)）]", between)[-1].strip("、，,；;：: ")
        out.append(Piece(figure.value, figure.start, label, stack[-1]))
        end = figure.end + (len(figure.unit) if clause.startswith(figure.unit, figure.end) else 0)
    return out


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    return {text[i:i + 2] for i in range(len(text) - 1) if " " not in text[i:i + 2]}


def named_count(question: str, clause: str):
    """The value of the one count of ``clause`` the question names, or None."""
    found = pieces(clause)
    if len(found) < 2:
        return None
    asked = _pairs(question)

    def said(n: int) -> set[str]:
        words, at = set(), n
        while at is not None:
            words |= _pairs(found[at].label) & asked
            at = found[at].parent
        return words

    def ancestors(n: int) -> set[int]:
        out, at = set(), found[n].parent
        while at is not None:
            out.add(at)
            at = found[at].parent
        return out

    scores = [len(said(n)) for n in range(len(found))]
    best = [n for n, s in enumerate(scores) if s == max(scores)]
    if len(best) == 1 and found[best[0]].parent is not None:
        return found[best[0]].value  # a part the question names
    if len(best) == 1 and scores[best[0]] >= 2 and any(p.parent == found[best[0]].parent for p in found[: best[0]]):
        # a count of one level after the first, named by more than one pair ('…重点领域信息556条、
        # 应急管理类36条': its words are its own, the first's also frame the rest; '信息' alone names none)
        return found[best[0]].value
    # (one of several counts of one level is not told apart by its words: the first of an
    # enumeration holds the words framing them all, '街道通过门户网站公开财政预决算信息2条、行政执法
    # 信息3条…')
    # a whole and its parts saying as much: the whole, when every other best one is its part
    for n in best if len(best) > 1 else ():
        if all(n in ancestors(m) for m in best if m != n):
            return found[n].value
    return None


def named_by_meaning(question: str, clause: str, similarity, floor: float):
    """The value of the one part of ``clause``'s breakdown that says a noun of the question in other words (the
    embedder's cosine at least ``floor``: '通过网络提出的' said by 网上申请 of '共受理依申请公开7件(网上申请5件、信函申请
    2件)') when no other count of the clause says it; None otherwise."""
    from assistant.ask.said_otherwise import said_by, words

    found = pieces(clause)
    parts = [p for p in found if p.parent is not None]
    if len(parts) < 2 or similarity is None:
        return None
    asked = [w for w in words(question) if not any(w in p.label for p in found)]
    if not asked:
        return None
    saying = [p for p in found if said_by(asked, p.label, similarity, floor)]
    return saying[0].value if len(saying) == 1 and saying[0].parent is not None else None


def whole_of_its_parts(clause: str):
    """The value of a clause's one count that every other count of it is a part of ('主动公开政府信息32条,
    包括领导信息类1条、机构职能类2条…'), or None."""
    found = pieces(clause, ("其中", "包括"))
    if len(found) < 2 or found[0].parent is not None or any(p.parent is None for p in found[1:]):
        return None
    return found[0].value


def part_of(clause: str, part, whole) -> bool:
    """Whether the count ``part`` of ``clause`` is inside the breakdown of its count ``whole``."""
    found = pieces(clause)
    wholes = [n for n, p in enumerate(found) if p.value == whole]
    for p in found:
        at = p.parent
        if p.value != part:
            continue
        while at is not None:
            if at in wholes:
                return True
            at = found[at].parent
    return False
