"""bench/generate.py writes fictional reports whose tables add up and whose prose agrees."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)

SAMPLES = [("青溪市", "青溪市人民政府", 2024), ("青溪市", "青溪市人民政府办公室", 2021),
           ("云岭县", "云岭县市场监督管理局", 2019), ("霁山镇", "霁山镇人民政府", 2025)]


def tables(text: str) -> list[tuple[list[list[str]], list[list[str]]]]:
    """Each run of `|` lines as (header rows, data rows), split at the |---| rule."""
    found, run = [], []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            run.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif run:
            rule = next(i for i, r in enumerate(run) if all(set(c) <= set("-:") and c for c in r))
            found.append((run[:rule], run[rule + 1:]))
            run = []
    return found


def prose(text: str) -> str:
    return "\n".join(l for l in text.splitlines() if l and not l.startswith(("|", "#")))


def ints(cells: list[str]) -> list[int]:
    return [int(c) for c in cells]


@pytest.fixture(params=[(p, b, y, s) for p, b, y in SAMPLES for s in (0, 7)], ids=str)
def report(request) -> str:
    place, body, year, seed = request.param
    return generate.generate_report(body, year, seed, place=place)


def test_same_seed_same_text_other_seed_other_text():
    one = generate.generate_report("青溪市人民政府", 2024, 3, place="青溪市")
    assert one == generate.generate_report("青溪市人民政府", 2024, 3, place="青溪市")
    assert one != generate.generate_report("青溪市人民政府", 2024, 4, place="青溪市")


def test_title_intro_and_six_sections(report):
    lines = report.splitlines()
    assert re.fullmatch(r"# .+\d{4}年政府信息公开工作年度报告（演示）", lines[0])
    year = re.search(r"(\d{4})年政府", lines[0]).group(1)
    assert f"统计期限为{year}年1月1日至{year}年12月31日" in report
    headings = [l[3:] for l in lines if l.startswith("## ")]
    assert headings == generate.SECTIONS
    # Sub-headings run into their paragraph on the same line, as printed reports write them.
    assert re.search(r"^（一）主动公开情况。\S", report, re.M)
    assert re.search(r"^（五）政府信息公开监督保障情况。\S", report, re.M)


def test_prose_length(report):
    assert 1500 <= len(re.findall(r"[\u4e00-\u9fff]", prose(report))) <= 3000


def test_three_tables_with_consistent_totals(report):
    found = tables(report)
    assert len(found) == 3
    (h20, rows20), (hreq, req), (hlit, lit) = found

    assert h20[0][0] == "第二十条第（一）项" and rows20[0][0] == "规章"
    assert [r[0] for r in rows20 if r[0].startswith("第二十条")] == \
        ["第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"]

    # 依申请: three header rows, merged header text repeated; labels over three columns.
    assert len(hreq) == 3 and hreq[0][3:] == ["申请人情况"] * 7
    assert hreq[2][3:] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    for row in req:
        values = ints(row[3:])
        assert values[-1] == sum(values[:-1]), row
    by_label = {" ".join(r[:3]): ints(r[3:]) for r in req}
    new = by_label[" ".join(["一、本年新收政府信息公开申请数量"] * 3)]
    carried_in = by_label[" ".join(["二、上年结转政府信息公开申请数量"] * 3)]
    done = by_label["三、本年度办理结果 （七）总计 （七）总计"]
    carried_out = by_label[" ".join(["四、结转下年度继续办理"] * 3)]
    outcomes = [ints(r[3:]) for r in req if r[0] == "三、本年度办理结果" and r[1] != "（七）总计"]
    assert len(outcomes) == 21
    assert done == [sum(col) for col in zip(*outcomes)]
    assert [a + b for a, b in zip(new, carried_in)] == [c + d for c, d in zip(done, carried_out)]
    assert ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"] == req[4][:3]

    # 复议/诉讼: three header rows, one row of fifteen figures in three groups of five.
    assert hlit[0] == ["行政复议"] * 5 + ["行政诉讼"] * 10 and len(lit) == 1
    figures = ints(lit[0])
    for group in range(3):
        part = figures[group * 5: group * 5 + 5]
        assert part[4] == sum(part[:4])

    # The prose quotes the tables.
    text = prose(report)
    if new[-1]:
        assert f"{new[-1]}件" in text and f"{done[-1]}件" in text
    if figures[4]:
        assert f"行政复议{figures[4]}件" in text


def test_corpus_varies_body_and_year(tmp_path):
    paths = generate.generate_corpus(tmp_path, 30, seed=2)
    assert len(paths) == len(set(paths)) == 30
    titles = [p.read_text(encoding="utf-8").splitlines()[0] for p in paths]
    years = {int(re.search(r"(\d{4})年政府", t).group(1)) for t in titles}
    assert years <= set(range(2019, 2026)) and len(years) > 3
    assert len({re.match(r"# (.+?)\d{4}年", t).group(1) for t in titles}) > 5
    assert [p.name for p in generate.generate_corpus(tmp_path / "again", 30, seed=2)] == [p.name for p in paths]


def test_committed_demo_matches_generator():
    for place, body, year, seed, name in generate.DEMO:
        committed = (REPO / "demo" / name).read_text(encoding="utf-8")
        assert committed == generate.generate_report(body, year, seed, place=place), \
            f"demo/{name} is stale: run python bench/generate.py demo --demo"
    assert "not real" in (REPO / "demo" / "README.md").read_text(encoding="utf-8")
