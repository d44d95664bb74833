"""Ingesting real reports into a real Chroma index: the bookkeeping (what is added, replaced,
refused, listed, removed), so the fake embedder stands in for the model; retrieval over
ingested reports is tested with the real one (test_ask.py, test_chroma_store.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.service import Gongkai
from assistant.settings import Settings

GOOD = ["huaian-szf-2024.pdf", "wuwei-szf-2020.txt", "songmutang-zzf-2022.txt"]
FAKE = "fake:64"


def gongkai(home: Path) -> Gongkai:
    return Gongkai(Settings(home=home, embedder=FAKE))


@pytest.fixture
def corpus(tmp_path, eval_docs) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(eval_docs / name, folder / name)
    return folder


def ids_of(g: Gongkai) -> set[str]:
    return {p.id for p in g.store.all_passages()}


def test_reingest_changes_nothing(corpus, tmp_path):
    g = gongkai(tmp_path / "home")
    first = g.ingest([corpus])
    assert first.ok and first.reports == 3 and first.added == first.passages > 0
    ids = ids_of(g)
    again = g.ingest([corpus])
    assert again.added == 0 and again.removed == 0
    assert ids_of(g) == ids and g.store.count() == len(ids)
    reports = {r["source"]: r for r in g.reports()}
    assert reports["huaian-szf-2024.pdf"]["body"] == "淮安市人民政府"
    assert reports["wuwei-szf-2020.txt"]["year"] == 2020


def test_changed_file_replaces_its_passages(corpus, tmp_path):
    g = gongkai(tmp_path / "home")
    g.ingest([corpus])
    path = corpus / "songmutang-zzf-2022.txt"
    before = {p.id: p.text for p in g.store.all_passages() if p.source == path.name}
    path.write_text(path.read_text(encoding="utf-8").replace("主动公开政府信息32条", "主动公开政府信息33条"),
                    encoding="utf-8")
    result = g.ingest([path])
    after = {p.id: p.text for p in g.store.all_passages() if p.source == path.name}
    assert result.added == 1 and result.removed == 1
    assert any("33条" in t for t in after.values()) and not any("32条" in t for t in after.values())
    assert len(after) == len(before)


def test_bad_files_are_reported_and_good_ones_indexed(corpus, tmp_path):
    (corpus / "corrupt.pdf").write_bytes(b"%PDF-1.4\n this is not really a pdf \x00\x01")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "notes.xlsx").write_bytes(b"PK\x03\x04")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    g = gongkai(tmp_path / "home")
    result = g.ingest([corpus / n for n in GOOD + ["corrupt.pdf", "empty.txt", "notes.xlsx", "binary.txt"]])
    failed = {f.source: f.reason for f in result.failures}
    assert set(failed) == {"corrupt.pdf", "empty.txt", "notes.xlsx", "binary.txt"}
    assert "PDF" in failed["corrupt.pdf"] and "empty" in failed["empty.txt"]
    assert "unsupported" in failed["notes.xlsx"]
    assert result.reports == 3
    assert {r["source"] for r in g.reports()} == set(GOOD)


def test_size_limit(corpus, tmp_path):
    g = Gongkai(Settings(home=tmp_path / "home", embedder=FAKE, max_file_mb=0.1))
    result = g.ingest([corpus / "huaian-szf-2024.pdf", corpus / "wuwei-szf-2020.txt"])
    assert [f.source for f in result.failures] == ["huaian-szf-2024.pdf"]
    assert "limit" in result.failures[0].reason and result.reports == 1


def run_cli(*args, home: Path):
    env = {"GONGKAI_HOME": str(home), "GONGKAI_EMBEDDER": FAKE, "PATH": str(Path(sys.executable).parent),
           "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_cli_ingest_list_remove(corpus, tmp_path):
    home = tmp_path / "home"
    (corpus / "corrupt.pdf").write_bytes(b"not a pdf at all")
    out = run_cli("ingest", str(corpus), "--quiet", home=home)
    assert out.returncode == 1, out.stderr
    assert "FAILED corrupt.pdf" in out.stderr
    assert "3 reports" in out.stdout and "passages/s" in out.stdout and "reports/s" in out.stdout
    listed = run_cli("list", home=home)
    assert listed.returncode == 0 and "武威市人民政府\t2020" in listed.stdout
    removed = run_cli("remove", "wuwei-szf-2020.txt", home=home)
    assert removed.returncode == 0 and "removed wuwei-szf-2020.txt" in removed.stdout
    missing = run_cli("remove", "wuwei-szf-2020.txt", home=home)
    assert missing.returncode == 1 and missing.stderr.startswith("gongkai: error:")
    assert "wuwei" not in run_cli("list", home=home).stdout


def test_cli_recursive(tmp_path, eval_docs):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(eval_docs / "lishui-szf-2024.txt", nested / "lishui-szf-2024.txt")
    home = tmp_path / "home"
    flat = run_cli("ingest", str(tmp_path / "a"), "--quiet", home=home)
    assert "0 reports" in flat.stdout
    deep = run_cli("ingest", str(tmp_path / "a"), "--recursive", "--quiet", home=home)
    assert deep.returncode == 0 and "1 reports" in deep.stdout
