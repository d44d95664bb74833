"""Reading files in the worker process: time and memory budgets enforced from outside the
parser, a worker killed or crashed replaced for the next file, and ingest telling a bad file from
a bug in Gongkai (and a store failure from an aborted batch)."""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.errors import IngestError, LimitExceeded
from assistant.ingest import worker as workers
from assistant.ingest.limits import Limits
from assistant.ingest.pipeline import INTERNAL, ingest_paths
from assistant.ingest.worker import ParserBug, Worker, answer_for

REPORT = "青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请12件。\n"


@pytest.fixture(scope="module")
def worker():
    w = Worker()
    yield w
    w.close()


@pytest.fixture
def small(tmp_path) -> Path:
    path = tmp_path / "qingxi-2024.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_a_file_is_read_in_the_worker(worker, small):
    parsed = worker.parse(small, small.name, Limits())
    assert parsed.report.meta.source == small.name
    assert [p.text for p in parsed.passages] == ["本年度共收到申请12件。"]
    assert parsed.peak_mb > 0 and parsed.seconds >= 0


def test_a_malformed_file_keeps_its_error_type_and_reason(worker, tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(IngestError) as info:
        worker.parse(path, path.name, Limits())
    assert type(info.value) is IngestError and info.value.reason.startswith("not a readable DOCX")
    text = tmp_path / "y.txt"
    text.write_text(REPORT, encoding="utf-8")
    with pytest.raises(LimitExceeded, match="more than 10 characters"):
        worker.parse(text, text.name, Limits(chars=10))


def test_over_time_the_worker_is_killed_and_the_next_file_gets_a_new_one(worker, small, eval_docs):
    worker.parse(small, small.name, Limits())
    first = worker._process.pid
    started = time.perf_counter()
    with pytest.raises(LimitExceeded) as info:
        worker.parse(eval_docs / "huaian-szf-2024.pdf", "huaian-szf-2024.pdf", Limits(parse_seconds=0.05))
    assert time.perf_counter() - started < 5
    assert info.value.reason == "reading the file took longer than 0.05 s (GONGKAI_PARSE_SECONDS)"
    assert not worker.alive
    assert worker.parse(small, small.name, Limits()).passages
    assert worker._process.pid != first


def test_over_memory_is_a_budget_not_a_crash(worker, small, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(("本年度共收到申请12件。\n" * 3_000_000).encode("utf-8"))  # 100 MB
    with pytest.raises(LimitExceeded) as info:
        worker.parse(big, big.name, Limits(memory_mb=64, chars=10**9, file_mb=200))
    assert info.value.reason == "reading the file needed more than 64 MB of memory (GONGKAI_PARSE_MEMORY_MB)"
    assert worker.parse(small, small.name, Limits()).passages  # a fresh worker


def test_a_worker_that_dies_is_a_bug_and_is_replaced(worker, small, eval_docs):
    worker.parse(small, small.name, Limits())
    victim = worker._process
    threading.Timer(0.3, victim.kill).start()
    with pytest.raises(ParserBug, match="died while reading the file .killed by SIGKILL"):
        worker.parse(eval_docs / "huaian-szf-2024.pdf", "huaian-szf-2024.pdf", Limits())
    assert worker.parse(small, small.name, Limits()).passages


def test_answers_sort_our_bugs_from_bad_files(monkeypatch, small):
    def broken(path, source, limits):
        return {}["a bug of ours"]

    monkeypatch.setattr(workers, "parse_file", broken)
    kind, message, details = answer_for(small, small.name, Limits())
    assert kind == "bug" and message == "KeyError: 'a bug of ours'"
    assert "Traceback" in details and "broken" in details

    def malformed(path, source, limits):
        raise IngestError(source, "not a readable PDF: bad xref")

    monkeypatch.setattr(workers, "parse_file", malformed)
    assert answer_for(small, small.name, Limits()) == ("refused", "IngestError", small.name,
                                                        "not a readable PDF: bad xref")


class FakeStore:
    """Records what ingest stores; fails for the sources it is told to."""

    def __init__(self, failing=()):
        self.failing = set(failing)
        self.stored: list[str] = []

    @contextmanager
    def writing(self, what):  # the real store takes the index's writer lock here
        yield

    def replace_source(self, source, passages, record, progress=None, facts=(), findings=()):
        if source in self.failing:
            raise MemoryError("Unable to allocate 31.8 GiB for an array")
        self.stored.append(source)
        return {"added": len(passages), "removed": 0}


def _reports(tmp_path, names) -> list[Path]:
    paths = []
    for i, name in enumerate(names):
        path = tmp_path / name
        path.write_text(REPORT.replace("青溪市", "甲乙丙丁戊己庚辛"[i] + "市"), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_store_failure_fails_that_file_and_the_rest_go_in(tmp_path, caplog):
    paths = _reports(tmp_path, ["a.txt", "b.txt", "c.txt"])
    store = FakeStore(failing={"b.txt"})
    with caplog.at_level(logging.ERROR):
        result = ingest_paths(paths, store)
    assert store.stored == ["a.txt", "c.txt"] and result.reports == 2
    assert [(f.source, f.reason) for f in result.failures] == [
        ("b.txt", "could not be stored (MemoryError: Unable to allocate 31.8 GiB for an array)")]
    assert "could not store b.txt" in caplog.text


def test_our_bug_is_reported_as_internal_and_logged_with_its_traceback(tmp_path, monkeypatch, caplog):
    paths = _reports(tmp_path, ["a.txt", "b.txt"])
    real = workers.Worker.parse

    def parse(self, path, source, limits, progress=None):
        if source == "a.txt":
            raise ParserBug("KeyError: 'x'", "Traceback (most recent call last):\n  File \"tables.py\"")
        return real(self, path, source, limits, progress)

    monkeypatch.setattr(workers.Worker, "parse", parse)
    with caplog.at_level(logging.ERROR):
        result = ingest_paths(paths, FakeStore())
    assert [(f.source, f.reason) for f in result.failures] == [
        ("a.txt", "internal error while parsing (a bug: please report): KeyError: 'x'")]
    assert result.reports == 1
    assert INTERNAL in caplog.text and 'File "tables.py"' in caplog.text


def test_a_malformed_file_is_not_called_a_bug(tmp_path):
    (good,) = _reports(tmp_path, ["a.txt"])
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xef\xbb\xbf" + "一、总体情况".encode("gbk"))
    result = ingest_paths([good, bad], FakeStore())
    (failure,) = result.failures
    assert failure.source == "b.txt" and "byte-order mark" in failure.reason
    assert not failure.reason.startswith(INTERNAL)
