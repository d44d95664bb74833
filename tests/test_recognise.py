"""A folder of reports often holds other files: they are read but not indexed as reports.

Every real report beside the clone (docs and corpus, incl. excerpts that start at 一、总体情况)
must be recognised; the notes that travel with them (SOURCES.md, the suite format) and the
project's own documentation must not, even where they quote a report's title or figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ingest.loaders import load_document
from assistant.ingest.recognise import looks_like_report
from assistant.ingest.structure import parse_report
from assistant.national.extract import read_facts
from assistant.service import Gongkai
from assistant.settings import Settings
from conftest import EVAL_DIR, REPO

REPORTS = sorted(p for folder in ("docs", "corpus") for p in (EVAL_DIR / folder).iterdir()
                 if p.is_file() and p.name != "SOURCES.md")
NOT_REPORTS = ([EVAL_DIR / "SUITE_FORMAT.md", EVAL_DIR / "corpus" / "SOURCES.md", REPO / "README.md",
                REPO / "CHANGELOG.md", REPO / "demo" / "README.md"] + sorted((REPO / "docs").glob("*.md")))


def recognised(path: Path) -> bool:
    report = parse_report(load_document(path))
    return looks_like_report(report, len(read_facts(report)[2].tables))


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_every_real_report_is_recognised(path):
    assert recognised(path)


@pytest.mark.parametrize("path", sorted(Path(REPO / "demo").glob("*.md")), ids=lambda p: p.name)
def test_demo_reports_are_recognised(path):
    assert recognised(path) == (path.name != "README.md")


@pytest.mark.parametrize("path", NOT_REPORTS, ids=lambda p: p.name)
def test_notes_and_documentation_are_not_reports(path):
    assert not recognised(path)


def test_english_report_is_recognised_and_english_notes_are_not(tmp_path):
    report = tmp_path / "riverton.txt"
    report.write_text("Riverton City Government Information Disclosure Annual Report 2024\n\n"
                      "I. Overview\nIn 2024 the city published 1,204 items of government information.\n",
                      encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("Notes on the folder\n\nThese files are government information disclosure annual "
                     "reports collected in 2025; 12 of them are PDFs.\n", encoding="utf-8")
    assert recognised(report)
    assert not recognised(notes)


def test_a_folder_indexes_its_reports_and_lists_the_rest(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    report = EVAL_DIR / "docs" / "lishui-szf-2024.txt"
    (folder / report.name).write_bytes(report.read_bytes())
    (folder / "SOURCES.md").write_bytes((EVAL_DIR / "corpus" / "SOURCES.md").read_bytes())
    g = Gongkai(Settings(home=tmp_path / "home", embedder="fake:64"))
    result = g.ingest([folder])
    assert result.reports == 1 and result.ok
    assert [f.source for f in result.not_reports] == ["SOURCES.md"]
    assert "not a government information-disclosure annual report" in result.not_reports[0].reason
    assert {r["source"] for r in g.reports()} == {report.name}
    forced = g.ingest([folder / "SOURCES.md"], any_document=True)
    assert forced.reports == 1 and not forced.not_reports


def test_cli_says_what_it_left_out(tmp_path):
    notes = tmp_path / "SOURCES.md"
    notes.write_bytes((EVAL_DIR / "corpus" / "SOURCES.md").read_bytes())
    run = subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", str(notes), "-q",
                          "--home", str(tmp_path / "home"), "--embedder", "fake:64"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "skipped SOURCES.md: not a government information-disclosure annual report" in run.stderr
    assert "--any-document" in run.stderr
