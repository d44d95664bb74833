"""Clauses of Chinese prose: the pieces a figure and what it counts come in ('全年主动公开信息1023条',
'占54%'). Commas inside a number (1,284) and text in brackets stay with their clause; a short
follow-up ('占50%') and a share of any length ('占已答复件数的5.1%') join the clause they qualify,
and a value the label before its colon."""

from __future__ import annotations

import re

__all__ = ["clauses"]

# a noun of two characters or more, then a count in a measure word
_COUNT = re.compile(r"[\u4e00-\u9fff]{2,}\d+(?:\.\d+)?(?:万|亿)?(?:条|篇|件|则|份|项|个|家|所|场|次|期|轮|人次|人|名|位|宗)")


def _counts_a_thing(clause: str) -> bool:
    return bool(_COUNT.search(clause.lstrip("，,；;：: ")))


def _inside_number(text: str, i: int) -> bool:
    """A comma between digits ('1,284') separates thousands, not clauses."""
    return text[i] in ",，" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def clauses(text: str, separate_counts: bool = False) -> list[str]:
    """Clauses of a prose passage; text inside brackets stays with its clause. ``separate_counts``:
    a short clause counting a thing of its own ('政策类文件6件' after '…政务信息4574条') stays a
    clause of its own (for arithmetic over figures: its count is not the one before it); else it
    joins the clause before, which tells what it is about ('申请69件，主动撤回5件')."""
    out: list[str] = []
    depth = 0
    current = ""
    for i, ch in enumerate(text):
        current += ch
        if ch in "（(《“":
            depth += 1
        elif ch in "）)》”" and depth:
            depth -= 1
        elif ch in "，,；;：:。！？\n" and depth == 0 and not _inside_number(text, i):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    # A short follow-up ('占50%', '办结率100%') belongs with the clause it qualifies, and a value
    # with the label before its colon ('联系电话：' + '0451-84522046').
    merged: list[str] = []
    for clause in out:
        after_label = bool(merged) and merged[-1].endswith(("：", ":")) and len(clause) <= 40
        # a share ('占已答复件数的5.1%') is a share of the figure before it: without it, it has no subject
        share = clause.startswith("占") and "%" in clause.replace("％", "%")
        short = len(clause) <= 8 and not (separate_counts and _counts_a_thing(clause))
        if merged and (short or after_label or share) and not merged[-1].endswith(("。", "！", "？")):
            merged[-1] += clause
        else:
            merged.append(clause)
    return merged
