"""The README's settings table says what Settings reads: every GONGKAI_* variable Settings reads is
in the table, every variable in the table is read, and each flag sits beside the variable of
the field it sets."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from assistant import settings as settings_module
from assistant.ask.llm.backends import spec_forms
from assistant.flags import FLAGS
from assistant.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def variables_read_by_field(monkeypatch) -> dict[str, list[str]]:
    """Settings field → the GONGKAI_* variables its default reads, found by running each default
    with the environment lookup recorded."""
    read: list[str] = []
    real = settings_module._env
    monkeypatch.setattr(settings_module, "_env", lambda name, default="": read.append(name) or real(name, default))
    by_field = {}
    for f in dataclasses.fields(Settings):
        read.clear()
        f.default_factory()
        by_field[f.name] = [name for name in read if name.startswith("GONGKAI_")]
    return by_field


def table_rows() -> list[dict[str, str]]:
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("### Settings")
    header = next(i for i in range(start, len(lines)) if lines[i].startswith("| flag |"))
    columns = _cells(lines[header])
    rows = []
    for line in lines[header + 2:]:
        if not line.startswith("|"):
            break
        rows.append(dict(zip(columns, _cells(line), strict=True)))
    return rows


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]  # \| is a pipe in a cell


def test_every_variable_settings_reads_is_in_the_table_and_no_other(monkeypatch):
    read = {v for names in variables_read_by_field(monkeypatch).values() for v in names}
    listed = {v for row in table_rows() for v in re.findall(r"GONGKAI_[A-Z_]+", row["variable"])}
    assert read, "the recorder saw no variable: Settings no longer reads through _env?"
    assert sorted(read - listed) == [], "read by Settings but missing from the README table"
    assert sorted(listed - read) == [], "in the README table but read by nothing"


def test_each_flag_is_beside_the_variable_of_the_field_it_sets(monkeypatch):
    by_field = variables_read_by_field(monkeypatch)
    seen = []
    for row in table_rows():
        flags = re.findall(r"--[a-z-]+", row["flag"])
        variables = re.findall(r"GONGKAI_[A-Z_]+", row["variable"])
        if flags:
            assert len(flags) == len(variables), row
        for flag, variable in zip(flags, variables):
            assert flag in FLAGS, f"{flag} is in the README table but no command takes it"
            assert by_field[FLAGS[flag].field] == [variable], (flag, variable)
            seen.append(flag)
    assert sorted(seen) == sorted(FLAGS), "every settings flag has a row"


def test_the_llm_row_names_every_registered_backend():
    row = next(r for r in table_rows() if "--llm" in r["flag"])
    assert [form for form in spec_forms() if f"`{form}`" not in row["meaning"]] == []
