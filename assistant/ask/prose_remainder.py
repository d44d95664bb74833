"""What is left of a whole once a part is taken out, over one report's text: 'X里，除了Y，其他的有多少'
('硚口区2024年政府网站那三千多条政务信息里，政务动态之外的有多少条', '…刨掉概况类，剩下的有多少条').

The part and the whole are each read as a question of their own (prose_share._answer_of), each one
clause's one figure in one kind of measure; the whole is the count whose breakdown holds the part
when the report states one (a clause's '…16642条(概况类194条、…)', or the clause before a '其中'), and
the remainder is shown with its arithmetic: '剩下的有1872条（3128 − 1256）'. Anything not found for
sure gives None, and the question is read as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.ask.extractive import Unit, same_unit
from assistant.model import plain_number

# '除了Y（以外/之外）', '刨掉Y', '不算Y', 'Y之外的': the part taken out, then what is left of the whole.
_TAKEN_OUT = re.compile(r"(?:除了?|除去|刨掉|刨去|去掉|扣掉|扣除|不算)(?P<part>[^，,。？?；;]{2,20}?)(?:以外|之外|外)?的?(?=[，,]|其[他余]|剩下|还有|$)|"
                        r"(?<=[，,\s])(?P<part2>[^，,。？?；;]{2,16}?)(?:以外|之外)的|"
                        # ('…的信息里，不是通过网站、直播平武这些线上平台发的有几条': what is not Y)
                        r"(?<=[，,])(?:不是|并非)(?P<part3>[^，,。？?；;（(]{2,30}?)的(?:[（(][^）)]{1,20}[）)])?"
                        r"(?=有|是|共|一共|总共|多少|几)")
_LEFT = re.compile(r"其他的?|其余的?|剩下的?|剩余的?|还有")


@dataclass
class Remainder:
    part: Unit
    whole: Unit
    a: Decimal
    b: Decimal
    measure: str

    @property
    def units(self) -> list[Unit]:
        return [self.part] + ([] if same_unit(self.part, self.whole) else [self.whole])

    def said(self) -> str:
        return f"除此以外还有{plain_number(self.b - self.a)}{self.measure}（{plain_number(self.b)} − {plain_number(self.a)}）"


def split_remainder(question: str) -> tuple[str, str] | None:
    """(the part taken out, the whole) of a Chinese question asking what is left, or None. The whole
    is what the question names before the part ('…政务信息里，除了…'), asked as a count in the
    question's measure; a question naming nothing before it ('不算Y，A加B有多少') asks no remainder."""
    from assistant.ask.extractive import asked_measure

    m = _TAKEN_OUT.search(question)
    if not m:
        return None
    part = (m.group("part") or m.group("part2") or m.group("part3") or "").strip(" “”\"")
    head = re.sub(r"(?:里|中|当中|之中)?[，,\s]*$", "", question[: m.start()])
    measure = asked_measure(question)
    whole = f"{head}有多少{measure if measure not in ('%', '‰') else ''}"
    if len(re.findall(r"[\u4e00-\u9fff]", part)) < 2 or len(re.findall(r"[\u4e00-\u9fff]", head)) < 4:
        return None
    if not _LEFT.search(question[m.start():]) and re.search(r"和|与|及|加|、", question[m.end():]):
        return None  # ('不算行政处罚，行政许可加行政强制有多少件': things to add, the sum's question)
    return part, whole


def prose_remainder(split: tuple[str, str], names: list[str], pool, stats, similarity=None) -> Remainder | None:
    """What is left of the whole asked once the part asked is taken out (``split``: split_remainder's
    part and whole), or None."""
    from assistant.ask.breakdown import part_of
    from assistant.ask.extractive import measure_kind
    from assistant.ask.prose_share import _answer_of, _breakdown_holds, _whole_above

    part_q, whole_q = split
    found = _answer_of(part_q, names, "zh", pool, stats, similarity)
    if not found or found[0][1] is None:
        return None
    part, (a, measure) = found[0]
    if not measure:
        return None
    wholes = [(u, f) for u, f in (_answer_of(whole_q, names, "zh", pool, stats, similarity) or [])
              if f is not None and f[0] > a and f[1] and measure_kind(f[1]) == measure_kind(measure)
              and (part_of(u.quote, a, f[0]) if same_unit(u, part) else True)]
    if not wholes:
        # the whole in the part's own clause ('发布信息16642条(概况类194条、…)'): its figure whose
        # breakdown holds the part
        from assistant.ask.prose_sum import counts_in

        inside = [f for f in counts_in(part.quote) if f.raw in part.figures and f.value > a and f.unit
                  and measure_kind(f.unit) == measure_kind(measure) and part_of(part.quote, a, f.value)]
        if len(inside) == 1:
            wholes = [(part, (inside[0].value, inside[0].unit))]
    if not any(_breakdown_holds(u, part) or same_unit(u, part) for u, _ in wholes):
        above = _whole_above(part, whole_q, a, measure, wholes[0][0]) if wholes else None
        if above is not None:
            wholes.insert(0, above)
    if not wholes:
        return None
    whole, (b, _) = wholes[0]
    if whole.passage.source != part.passage.source:
        return None
    return Remainder(part, whole, a, b, measure)
