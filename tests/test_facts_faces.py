"""The table facts through the library, the CLI (facts, check; CSV, JSON, XLSX) and the index's
life cycle (re-ingest, remove), on the real reports of ../shared/eval/docs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.service import Gongkai
from assistant.settings import Settings


def run_cli(*args, home: Path):
    env = {"GONGKAI_HOME": str(home), "PATH": str(Path(sys.executable).parent), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.fixture(scope="module")
def home(tmp_path_factory, eval_docs) -> Path:
    home = tmp_path_factory.mktemp("facts-home")
    broken = tmp_path_factory.mktemp("broken") / "qinglan-xzf-2022.txt"
    broken.write_text("青岚县人民政府2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                      "| 信息 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
                      "| 一、本年新收政府信息公开申请数量 | 10 | 1 | 0 | 0 | 0 | 0 | 12 |\n"
                      "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", encoding="utf-8")
    g = Gongkai(Settings(home=home))
    result = g.ingest([eval_docs / "huaian-szf-2024.pdf", eval_docs / "wuhai-gxj-2020.txt", broken])
    assert result.ok and result.facts >= 200 + 18 and result.findings >= 1
    return home


def test_library_filters(home):
    g = Gongkai(Settings(home=home))
    rows = g.facts(body="淮安", year=2024, key="apply.new")
    assert [r["key"] for r in rows][:2] == ["apply.new.natural_person", "apply.new.commercial"]
    assert {r["value"] for r in rows if r["key"] == "apply.new.total"} == {"3119"}
    assert rows[0]["label_zh"] == "本年新收政府信息公开申请数量（自然人）"
    assert rows[0]["page"] == 4 and rows[0]["source"] == "huaian-szf-2024.pdf"
    assert g.facts(key="apply.result.*.total", body="淮安")[0]["key"] == "apply.result.granted.total"
    assert g.facts(year=1999) == []


def test_csv_opens_with_the_right_columns(home):
    out = run_cli("facts", "--body", "乌海", "--csv", "-", home=home)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("\ufeff")  # so spreadsheet programs read UTF-8
    rows = list(csv.DictReader(io.StringIO(out.stdout.lstrip("\ufeff"))))
    assert len(rows) == 18
    assert set(rows[0]) >= {"body", "year", "key", "label_zh", "label_en", "value", "unit", "source", "page"}
    penalty = next(r for r in rows if r["key"] == "art20.penalty.change")
    assert penalty["value"] == "-1" and penalty["body"] == "乌海市工业和信息化局" and penalty["year"] == "2020"


def test_xlsx_and_json(home, tmp_path):
    from openpyxl import load_workbook

    xlsx = tmp_path / "facts.xlsx"
    out = run_cli("facts", "--body", "淮安", "--xlsx", str(xlsx), "--json", str(tmp_path / "f.json"), home=home)
    assert out.returncode == 0, out.stderr
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["body", "year", "key", "label_zh", "label_en", "value"]
    values = {row[2]: row[5] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["art20.penalty.decisions"] == 3985758 and values["art20.fees.amount"] == 96171.6
    assert len(json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))) == 200


def test_check_lists_the_identity_a_report_breaks(home):
    out = run_cli("check", home=home)
    assert out.returncode == 1
    assert "huaian-szf-2024.pdf: 200 cells, 0 unreadable, arithmetic adds up" in out.stdout
    assert "qinglan-xzf-2022.txt" in out.stdout and "12 ≠ 11" in out.stdout
    ok = run_cli("check", "huaian-szf-2024.pdf", home=home)
    assert ok.returncode == 0
    assert run_cli("check", "nope.pdf", home=home).returncode == 2


def test_reingest_and_remove_leave_no_orphans(home, eval_docs, tmp_path):
    g = Gongkai(Settings(home=home))
    before = g.facts()
    version = g.store.version()
    g.ingest([eval_docs / "huaian-szf-2024.pdf"])
    assert g.store.version() == version and g.facts() == before  # unchanged: nothing rewritten
    g.remove("wuhai-gxj-2020.txt")
    assert not g.facts(source="wuhai-gxj-2020.txt")
    assert len(g.facts()) == len(before) - 18
    assert g.ingest([eval_docs / "wuhai-gxj-2020.txt"]).ok
    assert g.facts() == before
