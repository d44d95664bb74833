"""Shared fixtures. Every test gets its own GONGKAI_HOME, so no state leaks between tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The real reports live beside the clone (../shared/eval), never inside the project.
EVAL_DIR = Path(os.environ.get("GONGKAI_EVAL_DIR", REPO.parent / "shared" / "eval"))
EVAL_DOCS = EVAL_DIR / "docs"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(autouse=True)
def gongkai_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "gongkai-home"
    monkeypatch.setenv("GONGKAI_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def eval_docs() -> Path:
    if not EVAL_DOCS.is_dir():
        pytest.fail(f"the real reports are expected at {EVAL_DOCS} (set GONGKAI_EVAL_DIR)")
    return EVAL_DOCS


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    path = REPO / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
def dev_index(tmp_path_factory, eval_docs):
    """All the real reports of ../shared/eval/docs in one index, shared by the tests that
    only ask questions."""
    from assistant.service import Gongkai
    from assistant.settings import Settings

    g = Gongkai(Settings(home=tmp_path_factory.mktemp("dev-index")))
    result = g.ingest([eval_docs])
    assert result.ok and result.reports == 14, result.failures
    return g


def index_of_years(tmp_path: Path, body: str, texts: dict[int, str]):
    """A Gongkai over one body's reports of several years (year → the text of its 总体情况 section)."""
    return index_of_texts(tmp_path / "docs", tmp_path / "home", {
        f"r-{year}.txt": f"{body}{year}年政府信息公开工作年度报告\n一、总体情况\n{text}\n" for year, text in texts.items()})


def index_of_corpus(tmp_path: Path, names: list[str]):
    """A Gongkai over real reports of ../shared/eval/corpus (file names there); the test is skipped
    when that folder is not beside the repository."""
    return _index_of_eval(tmp_path, "corpus", names)


def index_of_docs(tmp_path: Path, names: list[str]):
    """A Gongkai over real reports of ../shared/eval/docs (file names there), skipped as index_of_corpus is."""
    return _index_of_eval(tmp_path, "docs", names)


def _index_of_eval(tmp_path: Path, folder: str, names: list[str]):
    where = Path(__file__).resolve().parents[2] / "shared" / "eval" / folder
    if not all((where / n).is_file() for n in names):
        pytest.skip(f"../shared/eval/{folder} is not beside the repository")
    return index_of_texts(tmp_path / "docs", tmp_path / "home", {n: (where / n).read_text(encoding="utf-8") for n in names})


def index_of_texts(folder: Path, home: Path, reports: dict[str, str]):
    """A Gongkai over report texts written for a test (file name → text), every one ingested."""
    from assistant.service import Gongkai
    from assistant.settings import Settings

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    g = Gongkai(Settings(home=home))
    assert g.ingest([folder]).reports == len(reports)
    return g


def index_of_table_reports(home: Path, eval_docs: Path):
    """A Gongkai over the reports whose three tables are read in full: the 淮安 2024 PDF and the project's three demo
    reports (青溪市人民政府 2022 and 2024, 青溪市人民政府办公室 2024)."""
    from assistant.service import Gongkai
    from assistant.settings import Settings

    demo = Path(__file__).resolve().parents[1] / "demo"
    g = Gongkai(Settings(home=home))
    result = g.ingest([eval_docs / "huaian-szf-2024.pdf", demo / "qingxi-szf-2022.md", demo / "qingxi-szf-2024.md",
                       demo / "qingxi-szfbgs-2024.md"])
    assert result.ok and result.facts > 600, result
    return g
