"""The fictional demo reports are kept apart: added on a first start only, never again once
removed, not at all with --no-demo / GONGKAI_NO_DEMO=1, and left out of the example questions
once real reports are indexed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from assistant.demo import is_demo
from assistant.web.i18n import example_questions

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def app_module(monkeypatch):
    spec = importlib.util.spec_from_file_location("gongkai_app", REPO / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    started = []
    monkeypatch.setattr(module.uvicorn, "run", lambda app, **kw: started.append(kw))
    monkeypatch.setattr(module, "create_app", lambda settings, service: object())
    module.started = started
    return module


def sources(home: Path) -> list[str]:
    from assistant.service import Gongkai
    from assistant.settings import Settings

    return sorted(r["source"] for r in Gongkai(Settings(home=home, embedder="fake:64")).reports())


def test_first_start_adds_the_demo_once(app_module, tmp_path, capsys):
    home = tmp_path / "home"
    argv = ["--home", str(home), "--embedder", "fake:64"]
    assert app_module.main(argv) == 0
    assert "INVENTED city" in capsys.readouterr().out
    assert sources(home) == ["qingxi-szf-2022.md", "qingxi-szf-2024.md", "qingxi-szfbgs-2024.md"]
    from assistant.service import Gongkai
    from assistant.settings import Settings

    g = Gongkai(Settings(home=home, embedder="fake:64"))
    for source in sources(home):
        g.remove(source)
    assert app_module.main(argv) == 0  # emptied by its owner: not seeded again
    assert sources(home) == [] and "is empty" in capsys.readouterr().out


@pytest.mark.parametrize("how", ["flag", "env"])
def test_no_demo_starts_empty(app_module, tmp_path, monkeypatch, how):
    home = tmp_path / "home"
    argv = ["--home", str(home), "--embedder", "fake:64"]
    if how == "flag":
        argv.append("--no-demo")
    else:
        monkeypatch.setenv("GONGKAI_NO_DEMO", "1")
    assert app_module.main(argv) == 0 and app_module.started
    assert sources(home) == []


def record(source: str, body: str, year: int, demo: bool) -> dict:
    title = f"{body}{year}年政府信息公开工作年度报告" + ("（演示）" if demo else "")
    return {"source": source, "title": title, "body": body, "year": year, "tables": 6}


def test_examples_never_mix_demo_and_real_reports():
    demo = [record("qingxi-szf-2024.md", "青溪市人民政府", 2024, True),
            record("qingxi-szf-2022.md", "青溪市人民政府", 2022, True)]
    real = [record("huaian-szf-2024.pdf", "淮安市人民政府", 2024, False)]
    assert all(is_demo(r) for r in demo) and not is_demo(real[0])
    only_demo = example_questions(demo, "zh")
    assert only_demo and all("青溪市" in q for q in only_demo)
    mixed = example_questions(demo + real, "zh")
    assert mixed and all("淮安市" in q for q in mixed)
