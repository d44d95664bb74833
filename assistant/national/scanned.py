"""Figures read by OCR, checked by the format's arithmetic before anything states them.

A misread digit is the failure OCR makes, and a wrong figure stated with a citation is worse than
none. So every cell read from a scan (``Fact.scanned``) goes through the identities of the format
(a row's 总计 is the sum of its columns; every column balances):

* a scanned cell whose identities all hold is kept;
* a scanned cell that breaks its identities is **corrected** only when the arithmetic pins its
  value down twice over: setting it to the value one identity asks for makes every identity it
  takes part in hold, at least two of them are checked, and no other cell of the broken
  identities could be fixed that way (a single misread digit in the apply table is the cell
  where a broken row and a broken column cross);
* an unreadable scanned cell (no figure, or one the recogniser was unsure of) is **filled** on
  the same condition; several unreadable cells that share identities are filled together when the
  identities' linear system pins each of them down, with at least one identity to spare as a check;
* every other scanned cell of an identity that still fails is marked unreadable: never stated;
* so is a scanned cell that takes part in identities none of which could be checked (its
  neighbours are missing): a figure read by OCR is stated only once the arithmetic has seen it.
  (Cells the format ties to no identity, the 第二十条 counts, rest on the recogniser's score.)

Cells that were not scanned are never changed (a text page beside a scanned one keeps its
figures; its own arithmetic mistakes are findings, as for any report). A report whose printed
figures break an identity loses those cells when it arrives as a scan: from a scan a misprint
and a misread cannot be told apart.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.model import Fact, plain_number
from assistant.national.arithmetic import _term, evaluate, instances
from assistant.national.schema import NationalFormat

__all__ = ["reconcile", "CORRECTED", "FILLED", "BROKEN"]

CORRECTED = "read by OCR as {printed}; corrected by the format's arithmetic ({identity})"
FILLED = "not read by OCR ({printed}); its value follows from the format's arithmetic ({identity})"
UNCHECKED = "read by OCR as {printed}; no identity of the format could check it, so not stated"
BROKEN = "read by OCR as {printed}, which breaks the format's arithmetic ({identity}); not stated"
ROUNDS = 6


def _instances(fmt: NationalFormat) -> list[tuple[str, list[str], list[str]]]:
    return [(identity.id, left, right) for identity in fmt.identities for _, left, right in instances(identity, fmt)]


def _keys(left: list[str], right: list[str], facts: dict[str, Fact]) -> list[tuple[str, int]]:
    """(key, side) of the cells an identity instance spans (+1 left, -1 right)."""
    out = []
    for side, terms in ((1, left), (-1, right)):
        for term in terms:
            for key in _term(term, facts) or []:
                out.append((key, side))
    return out


def _solve(key: str, left: list[str], right: list[str], facts: dict[str, Fact]) -> Decimal | None:
    """The value of ``key`` that makes the instance hold, when all its other cells are read."""
    total = Decimal(0)
    mine = 0
    for k, side in _keys(left, right, facts):
        if k == key:
            mine += side
            continue
        value = facts[k].value
        if value is None:
            return None
        total += side * value
    if mine not in (1, -1):
        return None
    return -total / mine


def _holds(result) -> bool | None:
    return None if result is None else result[0] == result[1]


def reconcile(facts: dict[str, Fact], fmt: NationalFormat) -> dict[str, Fact]:
    """``facts`` with its scanned cells corrected, filled or marked unreadable (see above)."""
    if not any(f.scanned for f in facts.values()):
        return facts
    facts = dict(facts)
    checks = _instances(fmt)
    involving: dict[str, list[int]] = {}
    for i, (_, left, right) in enumerate(checks):
        for key, _ in _keys(left, right, facts):
            involving.setdefault(key, []).append(i)

    def state(i: int):
        _, left, right = checks[i]
        return _holds(evaluate(left, right, facts))

    for _ in range(ROUNDS):
        failing = [i for i in range(len(checks)) if state(i) is False]
        open_cells = [k for k, f in facts.items() if f.scanned and f.value is None and k in involving]
        suspects = {k for i in failing for k, _ in _keys(checks[i][1], checks[i][2], facts)
                    if facts[k].scanned}
        fixes: dict[str, tuple[Decimal, str]] = {}
        for key in sorted(suspects | set(open_cells)):
            fix = _fix(key, facts, checks, involving[key])
            if fix is not None:
                fixes[key] = fix
        # A fix counts only when no other cell of the same broken identities has one.
        chosen = {}
        for key, fix in fixes.items():
            rivals = {k for i in failing if key in {x for x, _ in _keys(checks[i][1], checks[i][2], facts)}
                      for k, _ in _keys(checks[i][1], checks[i][2], facts) if k != key and k in fixes}
            if not rivals:
                chosen[key] = fix
        if not chosen:
            break
        for key, (value, identity) in chosen.items():
            old = facts[key]
            template = FILLED if old.value is None else CORRECTED
            facts[key] = replace(old, value=value, note=template.format(printed=old.printed or "—", identity=identity))
    _fill_jointly(facts, checks)
    for i in range(len(checks)):
        if state(i) is False:
            identity = checks[i][0]
            for key, _ in _keys(checks[i][1], checks[i][2], facts):
                fact = facts[key]
                if fact.scanned and fact.value is not None:
                    facts[key] = replace(fact, value=None, note=BROKEN.format(printed=fact.printed, identity=identity))
    for key, fact in list(facts.items()):
        if fact.scanned and fact.value is not None and key in involving \
                and all(state(i) is None for i in involving[key]):
            facts[key] = replace(fact, value=None, note=UNCHECKED.format(printed=fact.printed))
    return facts


def _fill_jointly(facts: dict[str, Fact], checks: list) -> None:
    """Fill the unreadable scanned cells the identities pin down together (exact elimination)."""
    from fractions import Fraction

    unknown = sorted(k for k, f in facts.items() if f.scanned and f.value is None)
    if not unknown:
        return
    index = {k: i for i, k in enumerate(unknown)}
    rows: list[list[Fraction]] = []
    for _, left, right in checks:
        terms = _keys(left, right, facts)
        if not terms or not any(k in index for k, _ in terms):
            continue
        if any(facts[k].value is None and k not in index for k, _ in terms):
            continue
        row = [Fraction(0)] * (len(unknown) + 1)
        for key, side in terms:
            if key in index:
                row[index[key]] += side
            else:
                row[-1] -= side * Fraction(str(facts[key].value))
        rows.append(row)
    if len(rows) < 2:
        return
    equations = len(rows)
    pivots: list[int] = []
    r = 0
    for c in range(len(unknown)):
        pivot = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        rows[r] = [x / rows[r][c] for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                factor = rows[i][c]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r])]
        pivots.append(c)
        r += 1
    if any(all(x == 0 for x in row[:-1]) and row[-1] != 0 for row in rows):
        return  # the identities contradict each other: some read figure is wrong, fill nothing
    if equations - len(pivots) < 1:
        return  # no identity to spare as a check
    free = [c for c in range(len(unknown)) if c not in pivots]
    for row_number, c in enumerate(pivots):
        row = rows[row_number]
        if any(row[f] != 0 for f in free):
            continue  # this cell depends on one the identities leave open
        value = row[-1]
        if value < 0 or value.denominator != 1:
            continue
        key = unknown[c]
        old = facts[key]
        facts[key] = replace(old, value=Decimal(value.numerator),
                             note=FILLED.format(printed=old.printed or "—", identity="jointly"))


def _fix(key: str, facts: dict[str, Fact], checks: list, mine: list[int]) -> tuple[Decimal, str] | None:
    """The value the identities give ``key`` when they agree and hold with it, checked by at
    least two of them; else None."""
    old = facts[key]
    for i in mine:
        identity, left, right = checks[i]
        value = _solve(key, left, right, facts)
        if value is None or value < 0 or value != value.to_integral_value() and old.unit in ("件", ""):
            continue
        if old.value is not None and value == old.value:
            continue
        facts[key] = replace(old, value=value)
        try:
            results = [_holds(evaluate(checks[j][1], checks[j][2], facts)) for j in mine]
        finally:
            facts[key] = old
        checked = [r for r in results if r is not None]
        if len(checked) >= 2 and all(checked):
            return Decimal(plain_number(value)), identity
    return None
