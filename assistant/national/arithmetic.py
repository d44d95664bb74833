"""The format's own arithmetic: cell values, digit runs split by the identities, and the checks.

A wrong value is worse than an unreadable one, so everything here refuses to guess: a digit run
is split only when exactly one split satisfies the constraints, a value that is not a plain
number (or is implausibly large) is unreadable, and an identity is checked only on cells that
were read.
"""

from __future__ import annotations

import fnmatch
import itertools
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from assistant.model import Fact, Finding
from assistant.national.schema import Identity, NationalFormat

__all__ = ["parse_value", "split_run", "check_identities", "instances", "PLACEHOLDERS"]

# Printed in a cell for "none": a count of zero. (The format asks for figures in every cell.)
PLACEHOLDERS = {"—", "-", "–", "－", "/", "／", "无", "——", "0"}
_NUMBER = re.compile(r"^[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+\-−]?\d+(?:\.\d+)?$")
# Counts above this are not counts a body reports in a year (the largest seen: ~4 million
# administrative penalty decisions of a city); amounts are in 10,000 yuan.
MAX_COUNT = Decimal(10) ** 8
MAX_AMOUNT = Decimal(10) ** 9
MAX_DIGITS = 9  # longest number a digit run may hide
MAX_SPLITS = 64  # beyond this many candidate splits, a run is ambiguous anyway


def parse_value(text: str, *, unit: str = "件", signed: bool = False) -> tuple[Decimal | None, str]:
    """A cell's value and, when it is unreadable, why. Placeholders (—, 无, /) are zero."""
    raw = unicodedata.normalize("NFKC", text or "").strip().replace(" ", "")
    if raw in PLACEHOLDERS:
        return Decimal(0), ""
    if raw.endswith(unit) and unit:
        raw = raw[: -len(unit)]
    if not _NUMBER.match(raw):
        return None, f"not a number: {text!r}"
    negative = raw[0] in "-−"
    try:
        value = Decimal(raw.lstrip("+-−").replace(",", ""))
    except InvalidOperation:
        return None, f"not a number: {text!r}"
    if negative:
        if not signed:
            return None, f"a negative count: {text!r}"
        value = -value
    if unit in ("件", "") and value != value.to_integral_value():
        return None, f"a count with a fraction: {text!r}"
    if abs(value) > (MAX_AMOUNT if "元" in unit else MAX_COUNT):
        return None, f"implausibly large: {text!r}"
    return value, ""


# --------------------------------------------------------------------------- digit runs


def _numbers_at(digits: str, pos: int) -> list[tuple[int, int]]:
    """(value, end) of every number that can start at ``pos``: no leading zero except '0'."""
    if pos >= len(digits):
        return []
    if digits[pos] == "0":
        return [(0, pos + 1)]
    return [(int(digits[pos:end]), end) for end in range(pos + 1, min(len(digits), pos + MAX_DIGITS) + 1)]


def split_run(digits: str, groups: list[int]) -> list[list[int]]:
    """Every way to read ``digits`` as numbers in ``groups`` (sizes, in order) where, in each
    group of more than one number, the last is the sum of the others (a row's 总计). A group of
    size 1 is a free number. Returns at most MAX_SPLITS + 1 splits (more means ambiguous)."""
    out: list[list[int]] = []

    def group(pos: int, index: int, taken: list[int]) -> None:
        if len(out) > MAX_SPLITS:
            return
        if index == len(groups):
            if pos == len(digits):
                out.append(list(taken))
            return
        size = groups[index]
        if size == 1:
            for value, end in _numbers_at(digits, pos):
                group(end, index + 1, taken + [value])
            return

        def parts(p: int, chosen: list[int]) -> None:
            if len(out) > MAX_SPLITS:
                return
            if len(chosen) == size - 1:
                total = str(sum(chosen))
                if digits.startswith(total, p):
                    group(p + len(total), index + 1, taken + chosen + [int(total)])
                return
            for value, end in _numbers_at(digits, p):
                # The total is at least each part, so a part may not be longer than what is left
                # for the total.
                if len(str(value)) > len(digits) - end:
                    break
                parts(end, chosen + [value])

        parts(pos, [])

    if digits.isdigit():
        group(0, 0, [])
    return out


def resolve_jointly(candidates: dict[str, list[list[int]]], consistent) -> dict[str, list[int]]:
    """Pick one split per row so that ``consistent(choice)`` holds, when exactly one combination
    does. Rows with a single candidate are fixed; returns only the rows it could decide."""
    fixed = {row: c[0] for row, c in candidates.items() if len(c) == 1}
    open_rows = [row for row, c in candidates.items() if len(c) > 1]
    if not open_rows:
        return fixed
    sizes = [len(candidates[row]) for row in open_rows]
    total = 1
    for n in sizes:
        total *= n
    if total > 100_000:
        return fixed
    good = []
    for combo in itertools.product(*(candidates[row] for row in open_rows)):
        choice = dict(fixed, **dict(zip(open_rows, combo)))
        if consistent(choice):
            good.append(choice)
            if len(good) > 1:
                return fixed
    return good[0] if good else fixed


# --------------------------------------------------------------------------- identities


def instances(identity: Identity, fmt: NationalFormat) -> list[tuple[str, list[str], list[str]]]:
    """The identity with {c} / {r} filled in: (what it was checked on, left terms, right terms)."""
    out = []
    if identity.for_columns:
        table = fmt.tables[identity.for_columns]
        for column in table.columns:
            out.append((table.columns[column].zh[0], [t.replace("{c}", column) for t in identity.left],
                        [t.replace("{c}", column) for t in identity.right]))
    elif identity.for_rows:
        table = fmt.tables[identity.for_rows]
        for row in table.rows:
            out.append((table.rows[row].zh[0], [t.replace("{r}", row) for t in identity.left],
                        [t.replace("{r}", row) for t in identity.right]))
    else:
        out.append(("", list(identity.left), list(identity.right)))
    return out


def _term(term: str, facts: dict[str, Fact]) -> list[str] | None:
    """Keys a term stands for: itself, or the keys a glob matches (the first alternative of
    'a|b' that matches any). None when a plain key is missing (the identity cannot be checked)."""
    for alternative in term.split("|"):
        if "*" in alternative:
            keys = sorted(k for k in facts if fnmatch.fnmatchcase(k, alternative))
            if keys:
                return keys
        elif alternative in facts:
            return [alternative]
    return [] if all("*" in a for a in term.split("|")) else None


def evaluate(left: list[str], right: list[str], facts: dict[str, Fact]):
    """(left sum, right sum, keys) or None when some cell is missing or unreadable."""
    keys: list[str] = []
    sums = []
    for side in (left, right):
        total = Decimal(0)
        for term in side:
            found = _term(term, facts)
            if found is None:
                return None
            for key in found:
                if facts[key].value is None:
                    return None
                total += facts[key].value
                keys.append(key)
        sums.append(total)
    if not keys:
        return None
    return sums[0], sums[1], tuple(keys)


def check_identities(source: str, facts: dict[str, Fact], fmt: NationalFormat) -> tuple[list[Finding], int]:
    """Findings for the identities a report's facts break, and how many identities were checked."""
    findings: list[Finding] = []
    checked = 0
    for identity in fmt.identities:
        for where, left, right in instances(identity, fmt):
            result = evaluate(left, right, facts)
            if result is None:
                continue
            checked += 1
            lsum, rsum, keys = result
            if lsum != rsum:
                findings.append(Finding(source=source, identity=identity.id,
                                        description=f"{identity.zh}（{where}）" if where else identity.zh,
                                        keys=keys, left=lsum, right=rsum))
    return findings, checked
