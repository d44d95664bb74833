"""The evaluation harness: matching rules, metrics, suite validation, and a small real suite run
through the runner, the `gongkai eval` CLI and the pytest plugin."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import SuiteError
from assistant.evaluation import (Case, CaseResult, Check, Expect, check_expectations, compute, load_suite,
                                  normalize, retrieval_hit, run_suite, suite_index, summary_line)
from assistant.evaluation.metrics import percentile
from assistant.evaluation.report_html import render
from assistant.evaluation.runner import SuiteRun
from assistant.settings import Settings

SUMMARY = re.compile(r"^(?P<name>[^:\n]+): (?P<passed>\d+)/(?P<total>\d+) passed \((?P<rate>\d\.\d{3})\) "
                     r"answer (\d\.\d\d|n/a) citation (\d\.\d\d|n/a) refusal (\d\.\d\d|n/a) "
                     r"recall@5 (\d\.\d\d|n/a) p50 (\d+ms|n/a) p95 (\d+ms|n/a)$")


# --------------------------------------------------------------------------- matching


def response(answer="", answered=True, citations=()):
    return {"question": "q", "answer": answer, "answered": answered, "citations": list(citations), "verified": True}


def citation(source, section, figures=(), n=1):
    return {"id": n, "source": source, "section": section, "figures": list(figures), "quote": ""}


def test_normalize_follows_the_format():
    assert normalize("（一） ３，９８５，７５８ 件") == "(一)3985758件"
    assert normalize("3,985,758") == normalize("3985758")
    assert normalize("第二十条第（六）项") == normalize("第二十条 第(六)项")
    assert normalize("１００％") == "100%"
    # only thousands separators go: a list of small numbers keeps its commas
    assert normalize("8,26,66") == "8,26,66"


def test_answer_contains_and_not_contains():
    expect = Expect(answer_contains=("3,985,758", "（六）"), answer_not_contains=("3119",))
    ok = check_expectations(expect, response("行政处罚(六)为 3985758 件"))
    assert [(c.key, c.passed) for c in ok] == [("answer_contains", True), ("answer_not_contains", True)]
    bad = check_expectations(expect, response("共3119件"))
    assert not bad[0].passed and '"3,985,758"' in bad[0].detail
    assert not bad[1].passed and '"3119"' in bad[1].detail


def test_source_and_section_use_citations_of_that_source():
    expect = Expect(source="a.pdf", section_contains="第二十条第(六)项")
    hit = response("x", citations=[citation("a.pdf", "二、主动公开 > 第二十条第（六）项 > 行政处罚")])
    assert all(c.passed for c in check_expectations(expect, hit))
    # the right section, but under another document, does not count
    elsewhere = response("x", citations=[citation("a.pdf", "一、总体情况"),
                                         citation("b.txt", "第二十条第（六）项", n=2)])
    source, section = check_expectations(expect, elsewhere)
    assert source.passed and not section.passed and "一、总体情况" in section.detail
    missing = check_expectations(Expect(source="c.txt"), elsewhere)[0]
    assert not missing.passed and "a.pdf, b.txt" in missing.detail


def test_refuse_needs_no_answer_and_no_figure_claims():
    expect = Expect(refuse=True)
    assert check_expectations(expect, response("报告中没有", answered=False))[0].passed
    # a citation that only points at context is allowed
    context = [citation("a.pdf", "一、总体情况")]
    assert check_expectations(expect, response("没有", answered=False, citations=context))[0].passed
    claims = [citation("a.pdf", "一、总体情况", figures=["3119"])]
    check = check_expectations(expect, response("没有", answered=False, citations=claims))[0]
    assert not check.passed and "3119" in check.detail
    assert not check_expectations(expect, response("共3119件", answered=True))[0].passed
    assert check_expectations(Expect(refuse=False), response("共3119件"))[0].passed


def test_retrieval_hit_looks_at_the_five_best():
    expect = Expect(source="a.pdf", section_contains="依申请公开")
    other = {"source": "b.txt", "section": "依申请公开"}
    target = {"source": "a.pdf", "section": "三、收到和处理政府信息依申请公开情况"}
    assert retrieval_hit(expect, [other] * 4 + [target]) is True
    assert retrieval_hit(expect, [other] * 5 + [target]) is False
    assert retrieval_hit(Expect(source="a.pdf"), [target]) is None
    assert retrieval_hit(Expect(refuse=True), [target]) is None


# --------------------------------------------------------------------------- metrics


def result(expect: Expect, checks: dict[str, bool], latency=10.0, retrieved=(), error=""):
    case = Case(f"c{id(checks)}", "q", expect)
    return CaseResult(case, {}, [Check(k, v) for k, v in checks.items()], list(retrieved), latency, error)


def test_metrics_count_only_the_cases_they_are_about():
    hit = [{"source": "a.pdf", "section": "依申请公开"}]
    full = Expect(answer_contains=("1",), source="a.pdf", section_contains="依申请公开")
    results = [
        result(full, {"answer_contains": True, "source": True, "section_contains": True}, 10, hit),
        result(full, {"answer_contains": False, "source": True, "section_contains": True}, 20, hit),
        result(full, {"answer_contains": True, "source": True, "section_contains": False}, 30, []),
        result(Expect(answer_contains=("1",), answer_not_contains=("2",)),
               {"answer_contains": True, "answer_not_contains": False}, 40),
        result(Expect(refuse=True), {"refuse": True}, 1000),
    ]
    m = compute(results)
    assert (m.cases, m.passed) == (5, 2)
    assert m.answer == pytest.approx(2 / 4)  # answer_not_contains counts toward answer accuracy
    assert m.citation == pytest.approx(2 / 3)
    assert m.refusal == 1.0
    assert m.recall_at_5 == pytest.approx(2 / 3)
    assert (m.p50_ms, m.p95_ms) == (30, 1000)
    line = summary_line("dev", m)
    assert line == "dev: 2/5 passed (0.400) answer 0.50 citation 0.67 refusal 1.00 recall@5 0.67 p50 30ms p95 1000ms"
    assert SUMMARY.match(line)


def test_metrics_without_cases_of_a_kind_say_na():
    m = compute([result(Expect(refuse=True), {"refuse": False}, error="LLMError: down")])
    assert (m.passed, m.refusal, m.answer, m.p50_ms) == (0, 0.0, None, None)
    assert summary_line("s", m) == "s: 0/1 passed (0.000) answer n/a citation n/a refusal 0.00 recall@5 n/a p50 n/a p95 n/a"


def test_percentile_is_nearest_rank():
    values = list(range(1, 21))
    assert (percentile(values, 50), percentile(values, 95), percentile(values, 100)) == (10, 19, 20)
    assert percentile([7], 95) == 7 and percentile([], 50) is None


def test_html_escapes_everything_and_loads_nothing(tmp_path):
    suite_file = tmp_path / "x.suite.yaml"
    doc = tmp_path / "a.txt"
    doc.write_text("x", encoding="utf-8")
    suite_file.write_text("", encoding="utf-8")
    evil = "<script>alert('x')</script>"
    case = Case("evil<id>", evil, Expect(answer_contains=(evil,)))
    bad = CaseResult(case, response(evil, citations=[citation(evil, evil)]),
                     [Check("answer_contains", False, evil)], [], 12.0)
    from assistant.evaluation.suite import Suite

    run = SuiteRun(Suite(evil, suite_file, (doc,), (case,)), "gongkai", [bad], [(evil, evil)])
    page = render([(run, None)])
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "evil&lt;id&gt;" in page and "<svg" in page


# --------------------------------------------------------------------------- suite files


def write_suite(folder: Path, text: str, name="x.suite.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("body, problem", [
    ("documents: [a.txt]\ncases: [{id: a, question: q, expect: {refuse: true}}]", "missing key 'name'"),
    ("name: x\ndocuments: [a.txt]\ncases: [{id: a, expect: {refuse: true}}]", "case 'a': missing key 'question'"),
    ("name: x\ndocuments: [a.txt]\ncases: [{id: a, question: q, expect: {answer_contain: ['1']}}]",
     "case 'a': unknown expect key 'answer_contain'"),
    ("name: x\ndocuments: [a.txt]\ncases: [{id: a, question: q, expect: {refuse: true}}, "
     "{id: a, question: r, expect: {refuse: true}}]", "duplicate case id 'a'"),
    ("name: x\ndocuments: [a.txt, gone.pdf]\ncases: [{id: a, question: q, expect: {refuse: true}}]",
     "missing document gone.pdf"),
    ("name: x\ndocuments: [a.txt]\ncases: [{id: a, question: q, expect: {source: b.txt}}]",
     "source 'b.txt' is not one of the suite's documents"),
    ("name: x\ndocuments: [a.txt]\ncases: [{id: a, question: q, expect: {refuse: maybe}}]",
     "'refuse' must be true or false"),
    ("name: x\ndocuments: [a.txt]\ncases: [{id: a, question: q, expect: {}}]", "'expect' must be a mapping"),
    ("name: x\ndocuments: [a.txt\n", "not valid YAML"),
])
def test_malformed_suites_are_named_in_one_line(tmp_path, body, problem):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    path = write_suite(tmp_path, body)
    with pytest.raises(SuiteError) as err:
        load_suite(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_a_valid_suite_loads(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("x", encoding="utf-8")
    path = write_suite(tmp_path, "name: x\ndocuments: [docs/a.txt]\ncases:\n"
                                 "  - {id: 1, question: q, expect: {answer_contains: [3985758], source: a.txt}}\n")
    suite = load_suite(path)
    assert suite.documents == (tmp_path / "docs" / "a.txt",)
    assert suite.cases[0].id == "1" and suite.cases[0].expect.answer_contains == ("3985758",)
    assert suite.cases[0].expect.keys == ("answer_contains", "source")


def test_the_dev_suite_loads(eval_docs):
    suite = load_suite(eval_docs.parent / "dev.suite.yaml")
    assert suite.name == "dev" and len(suite.cases) > 40


# --------------------------------------------------------------------------- a real suite

SMALL = """\
name: small
documents:
  - {pdf}
  - {gaochun}
  - {wuwei}
cases:
  - id: huaian-penalty
    question: 淮安市2024年行政处罚的本年处理决定数量是多少？
    expect:
      answer_contains: ["3,985,758"]
      source: huaian-szf-2024.pdf
      section_contains: "第二十条第(六)项"
  - id: gaochun-requests
    question: 南京市高淳区2022年收到了多少件政府信息公开申请？同比增长了多少？
    expect:
      answer_contains: ["130", "103%"]
      source: gaochun-qzf-2022.txt
      section_contains: "依申请公开情况"
  - id: wuwei-weibo
    question: 武威市2020年通过新浪微博发布了多少条政府信息？
    expect:
      answer_contains: ["14.18万"]
      source: wuwei-szf-2020.txt
      section_contains: "总体情况"
  - id: wuwei-2019-unanswerable
    question: 武威市2019年主动公开了多少条政府信息？
    expect:
      refuse: true
  - id: fails-on-purpose
    question: 淮安市2024年行政处罚的本年处理决定数量是多少？
    expect:
      answer_contains: ["3985758"]
      answer_not_contains: ["3985758"]
"""


@pytest.fixture(scope="module")
def small_suite(tmp_path_factory, eval_docs) -> Path:
    folder = tmp_path_factory.mktemp("suite")
    return write_suite(folder, SMALL.format(pdf=eval_docs / "huaian-szf-2024.pdf",
                                            gaochun=eval_docs / "gaochun-qzf-2022.txt",
                                            wuwei=eval_docs / "wuwei-szf-2020.txt"), "small.suite.yaml")


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory) -> Path:
    """One home for this module's runs, so its embedding cache is shared (reruns embed nothing)."""
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def small_run(small_suite, shared_home):
    return run_suite(load_suite(small_suite), Settings(home=shared_home))


def test_runner_checks_every_case(small_run):
    outcome = {r.case.id: r.passed for r in small_run.results}
    assert outcome == {"huaian-penalty": True, "gaochun-requests": True, "wuwei-weibo": True,
                       "wuwei-2019-unanswerable": True, "fails-on-purpose": False}
    m = small_run.metrics
    assert (m.passed, m.cases, m.answer, m.citation, m.refusal, m.recall_at_5) == (4, 5, 0.75, 1.0, 1.0, 1.0)
    assert SUMMARY.match(small_run.summary()).group("name") == "small"
    failed = small_run.results[-1]
    assert failed.check("answer_not_contains").detail == 'contains "3985758"'
    assert failed.response["citations"][0]["source"] == "huaian-szf-2024.pdf"


def test_runner_index_is_fresh_and_the_cache_shared(small_run, shared_home):
    assert not (shared_home / "chroma").exists()  # the run's index lived in a temporary home
    assert (shared_home / "cache" / "embeddings.sqlite3").is_file()


def test_store_keeps_exactly_the_suites_documents(small_suite, shared_home, tmp_path, eval_docs):
    store = tmp_path / "store"
    suite = load_suite(small_suite)
    with suite_index(suite, Settings(home=shared_home), store=store) as (gongkai, failures):
        assert failures == [] and gongkai.store.sources() == {d.name for d in suite.documents}
    fewer = write_suite(tmp_path, f"name: small\ndocuments: [{eval_docs / 'gaochun-qzf-2022.txt'}]\n"
                                  "cases: [{id: a, question: q, expect: {refuse: true}}]\n")
    with suite_index(load_suite(fewer), Settings(home=shared_home), store=store) as (gongkai, _):
        assert gongkai.store.sources() == {"gaochun-qzf-2022.txt"}


# --------------------------------------------------------------------------- the CLI


def gongkai(*args: str, home: Path) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("gongkai")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "assistant.cli"]
    return subprocess.run(command + list(args), capture_output=True, text=True, timeout=600,
                          env={**os.environ, "GONGKAI_HOME": str(home)})


def test_cli_eval_with_baseline_json_and_html(small_suite, shared_home, tmp_path):
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    done = gongkai("eval", str(small_suite), "--baseline", "naive", "--json", str(out_json),
                   "--html", str(out_html), "--min-pass", "0.8", home=shared_home)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert SUMMARY.match(lines[-1]) and lines[-1].startswith("small: 4/5 passed (0.800)")
    assert SUMMARY.match(lines[-2]) and lines[-2].startswith("small [baseline naive]: ")
    assert lines[-3].startswith("small: gain over baseline naive: pass rate ")
    # the failure is readable: question, expectation, what failed, the answer, the citations
    assert "FAIL fails-on-purpose" in done.stdout and "行政处罚的本年处理决定数量是多少" in done.stdout
    assert 'failed:    answer_not_contains: contains "3985758"' in done.stdout
    assert "[1] huaian-szf-2024.pdf — " in done.stdout
    assert "asking" in done.stderr  # progress went to stderr

    data = json.loads(out_json.read_text(encoding="utf-8"))
    (entry,) = data["suites"]
    assert entry["summary"] == lines[-1] and entry["baseline"]["summary"] == lines[-2]
    assert [c["id"] for c in entry["cases"] if not c["passed"]] == ["fails-on-purpose"]
    assert entry["cases"][0]["response"]["answered"] is True and entry["cases"][0]["recall_hit"] is True

    page = out_html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 3
    assert not re.search(r"<script|<link|(src|href)\s*=\s*[\"']?https?:", page)
    assert "fails-on-purpose" in page and "small [baseline naive]" in page


def test_cli_eval_min_pass_sets_the_exit_status(small_suite, shared_home):
    done = gongkai("eval", str(small_suite), "--min-pass", "0.9", "--quiet", home=shared_home)
    assert done.returncode == 1
    assert done.stdout.strip().splitlines()[-1].startswith("small: 4/5 passed (0.800)")
    assert "below --min-pass 0.9" in done.stderr


def test_cli_eval_malformed_suite_is_one_line(tmp_path):
    path = write_suite(tmp_path, "name: x\ndocuments: [missing.txt]\ncases: []\n")
    done = gongkai("eval", str(path), home=tmp_path / "home")
    assert done.returncode == 1 and done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"gongkai: error: {path}: ") and "missing.txt" in line


# --------------------------------------------------------------------------- the pytest plugin


def test_pytest_collects_one_item_per_case_and_explains_failures(small_suite, shared_home):
    done = subprocess.run([sys.executable, "-m", "pytest", str(small_suite), "-v", "-p", "no:cacheprovider",
                           "--rootdir", str(small_suite.parent)],
                          capture_output=True, text=True, timeout=600, cwd=small_suite.parent,
                          env={**os.environ, "GONGKAI_HOME": str(shared_home)})
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert "collected 5 items" in out
    for case in ("huaian-penalty", "gaochun-requests", "wuwei-weibo", "wuwei-2019-unanswerable"):
        assert f"small.suite.yaml::{case} PASSED" in out
    assert "small.suite.yaml::fails-on-purpose FAILED" in out
    assert "question:  淮安市2024年行政处罚的本年处理决定数量是多少？" in out
    assert 'expected:  answer_contains ["3985758"] · answer_not_contains ["3985758"]' in out
    assert "answer:    (answered) " in out and "[1] huaian-szf-2024.pdf — " in out
    assert "1 failed, 4 passed" in out
