"""Figures read by OCR, checked by the format's arithmetic (assistant.national.scanned): a misread
cell is corrected only when its identities pin it down, otherwise it and its identity's other
scanned cells are unreadable; cells not read by OCR are never touched. Invented figures."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

import pytest

from assistant.model import Fact
from assistant.national.arithmetic import check_identities
from assistant.national.scanned import reconcile
from assistant.national.schema import national_format

COLUMNS = ("natural_person", "commercial", "research", "nonprofit", "legal_services", "other_org")


def apply_table(seed: int = 3, scanned: bool = True) -> dict[str, Fact]:
    """A consistent 申请 table (every identity holds) with invented figures."""
    fmt = national_format()
    rng = random.Random(seed)
    rows = [r for r in fmt.tables["apply"].rows if r.startswith("apply.result.") and r not in
            ("apply.result.total", "apply.result.other")]
    values: dict[str, int] = {}
    for column in COLUMNS:
        results = {r: rng.choice([0, 0, 0, 1, 2, 5, 17, 130]) for r in rows}
        total = sum(results.values())
        carried_over = rng.randint(0, 9)
        forward = rng.randint(0, 9)
        new = total + forward - carried_over
        if new < 0:
            forward -= new
            new = 0
        for r, v in results.items():
            values[f"{r}.{column}"] = v
        values.update({f"apply.result.total.{column}": total, f"apply.new.{column}": new,
                       f"apply.carried_over.{column}": carried_over, f"apply.carried_forward.{column}": forward})
    for row in {k.rsplit(".", 1)[0] for k in values}:
        values[f"{row}.total"] = sum(values[f"{row}.{c}"] for c in COLUMNS)
    facts = {k: Fact("scan.pdf", k, Decimal(v), str(v), "", "", "", page=4, unit="件", scanned=scanned)
             for k, v in values.items()}
    assert not check_identities("scan.pdf", facts, fmt)[0]
    return facts


def misread(facts, key, printed):
    value = Decimal(printed) if printed.isdigit() else None
    facts[key] = replace(facts[key], value=value, printed=printed)


def test_a_consistent_scan_is_left_as_read():
    facts = apply_table()
    assert reconcile(facts, national_format()) == facts


def test_one_misread_digit_is_corrected_where_a_broken_row_and_column_cross():
    facts = apply_table()
    truth = facts["apply.result.granted.commercial"].value
    misread(facts, "apply.result.granted.commercial", str(truth + 3))
    fixed = reconcile(facts, national_format())
    cell = fixed["apply.result.granted.commercial"]
    assert cell.value == truth and "corrected" in cell.note and cell.printed == str(truth + 3)
    assert all(f.value is not None for f in fixed.values())


def test_a_figure_the_recogniser_missed_is_filled_when_two_identities_agree():
    facts = apply_table()
    truth = facts["apply.new.research"].value
    misread(facts, "apply.new.research", "？")
    fixed = reconcile(facts, national_format())
    assert fixed["apply.new.research"].value == truth
    assert "follows from the format's arithmetic" in fixed["apply.new.research"].note


def test_two_misreads_in_one_row_are_not_guessed_but_never_stated():
    facts = apply_table(seed=5)
    truth = {k: facts[k].value for k in facts}
    misread(facts, "apply.new.commercial", str(truth["apply.new.commercial"] + 1))
    misread(facts, "apply.new.research", str(truth["apply.new.research"] + 7))
    fixed = reconcile(facts, national_format())
    wrong = [k for k, f in fixed.items() if f.value is not None and f.value != truth[k]]
    assert wrong == []
    assert fixed["apply.new.commercial"].value is None or fixed["apply.new.commercial"].value == truth["apply.new.commercial"]


@pytest.mark.parametrize("seed", range(12))
def test_random_misreads_never_leave_a_wrong_figure_stated(seed):
    rng = random.Random(seed)
    facts = apply_table(seed=seed)
    truth = {k: facts[k].value for k in facts}
    for key in rng.sample(sorted(facts), rng.randint(1, 4)):
        misread(facts, key, rng.choice(["？", str(truth[key] + rng.randint(1, 9)), str(truth[key] * 10 + 1)]))
    fixed = reconcile(facts, national_format())
    assert [k for k, f in fixed.items() if f.value is not None and f.value != truth[k]] == []


def test_cells_not_read_by_ocr_are_never_changed():
    facts = apply_table(scanned=False)
    misread(facts, "apply.result.granted.commercial", "999")
    assert reconcile(facts, national_format()) == facts  # a report's own mistake stays a finding


def test_a_scanned_cell_among_text_cells_is_corrected_by_them():
    facts = apply_table(scanned=False)
    truth = facts["apply.result.partial.total"].value
    facts["apply.result.partial.total"] = replace(facts["apply.result.partial.total"], scanned=True,
                                                  value=Decimal(123456), printed="123456")
    fixed = reconcile(facts, national_format())
    # Its row (总计 = the columns) and its column (办理结果总计) both break; it alone was scanned.
    assert fixed["apply.result.partial.total"].value == truth
    assert all(fixed[k] == facts[k] for k in facts if k != "apply.result.partial.total")


def test_two_unread_cells_sharing_a_row_are_filled_together():
    facts = apply_table(seed=7)
    truth = {k: facts[k].value for k in facts}
    misread(facts, "apply.result.denied.internal_affairs.commercial", "D")
    misread(facts, "apply.result.denied.internal_affairs.nonprofit", "？")
    fixed = reconcile(facts, national_format())
    for key in ("apply.result.denied.internal_affairs.commercial", "apply.result.denied.internal_affairs.nonprofit"):
        assert fixed[key].value == truth[key] and "arithmetic" in fixed[key].note


def test_a_scanned_figure_no_identity_could_check_is_not_stated():
    facts = apply_table(seed=2)
    # The scan lost the 上年结转 row and the 总计 of 本年新收: no identity of 本年新收's cells can be checked.
    for key in [k for k in facts if k.startswith("apply.carried_over.")] + ["apply.new.total"]:
        del facts[key]
    fixed = reconcile(facts, national_format())
    for column in ("natural_person", "commercial", "other_org"):
        assert fixed[f"apply.new.{column}"].value is None
        assert "no identity" in fixed[f"apply.new.{column}"].note
    assert fixed["apply.result.granted.commercial"] == facts["apply.result.granted.commercial"]  # checked, kept
