"""The settings flags: one definition (assistant/flags.py) taken by ``gongkai`` and ``python
app.py`` alike, applied to Settings, with --help listing what the backend registries accept."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from assistant.ask.llm import backends
from assistant.ask.llm.backends import spec_forms
from assistant.cli import build_parser
from assistant.flags import FLAGS, settings_from
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[1]

VALUES = {"--home": "/srv/gongkai", "--embedder": "st:/models/m", "--chroma-url": "http://127.0.0.1:8000",
          "--collection": "mine", "--llm": "fake:答", "--top-k": "3", "--host": "0.0.0.0", "--port": "9000",
          "--lock-wait": "7.5"}


def _argv(*options: str) -> list[str]:
    return [token for option in options for token in (option, VALUES[option])]


def _applied(settings: Settings, *options: str) -> dict:
    return {o: str(getattr(settings, FLAGS[o].field)) for o in options}


def test_every_flag_sets_a_settings_field():
    fields = {f.name for f in dataclasses.fields(Settings)}
    assert {flag.field for flag in FLAGS.values()} <= fields
    assert set(VALUES) == set(FLAGS)  # a new flag needs a value here, so the tests below cover it


def test_gongkai_ask_applies_its_flags_and_keeps_the_environment_for_the_rest(monkeypatch):
    monkeypatch.setenv("GONGKAI_LLM", "ollama:from-env")
    monkeypatch.setenv("GONGKAI_COLLECTION", "from-env")
    args = build_parser().parse_args(["ask", "问题？", *_argv("--llm", "--top-k", "--home")])
    settings = settings_from(args)
    assert _applied(settings, "--llm", "--top-k", "--home") == {"--llm": "fake:答", "--top-k": "3", "--home": "/srv/gongkai"}
    assert settings.collection == "from-env"
    assert settings_from(build_parser().parse_args(["ask", "问题？"])).llm == "ollama:from-env"


@pytest.mark.parametrize("command,options", [
    (["ingest", "x.pdf"], ["--home", "--embedder", "--chroma-url", "--collection"]),
    (["list"], ["--home", "--embedder", "--chroma-url", "--collection"]),
    (["remove", "x.pdf"], ["--home", "--embedder", "--chroma-url", "--collection"]),
    (["facts"], ["--home", "--embedder", "--chroma-url", "--collection"]),
    (["check"], ["--home", "--embedder", "--chroma-url", "--collection"]),
    (["ask", "q"], ["--home", "--embedder", "--chroma-url", "--collection", "--llm", "--top-k"]),
    (["mcp"], ["--home", "--embedder", "--chroma-url", "--collection", "--llm", "--top-k"]),
    (["eval", "s.suite.yaml"], ["--home", "--embedder", "--llm", "--top-k"]),
    (["serve"], ["--home", "--embedder", "--chroma-url", "--collection"]),
    (["feedback", "list"], ["--home"]),
])
def test_each_gongkai_command_takes_its_settings_flags(command, options):
    settings = settings_from(build_parser().parse_args(command + _argv(*options)))
    assert _applied(settings, *options) == {o: VALUES[o] for o in options}


def test_llm_help_lists_every_registered_backend_when_help_is_shown(monkeypatch, capsys):
    class Toy:
        prefix, forms = "toy", ("toy:<word>",)

    monkeypatch.setitem(backends.BACKENDS, "toy", Toy())
    with pytest.raises(SystemExit):
        build_parser().parse_args(["ask", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert all(form in help_text for form in spec_forms()) and "toy:<word>" in help_text
    from vectorstore.embeddings import SPEC_FORMS

    assert all(form in help_text for form in SPEC_FORMS)


@pytest.fixture(scope="module")
def app_module():
    spec = importlib.util.spec_from_file_location("gongkai_app", REPO / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_app_takes_every_settings_flag(app_module, monkeypatch, tmp_path):
    served = {}

    class Service:  # an index that already holds reports: nothing is ingested
        def __init__(self, settings):
            self.settings = settings

        def reports(self):
            return [{"source": "a.txt"}]

        def warm_up(self):
            served["warmed"] = True

    monkeypatch.setattr(app_module, "Gongkai", Service)
    monkeypatch.setattr(app_module, "create_app", lambda settings, service: ("app", settings))
    monkeypatch.setattr(app_module.uvicorn, "run", lambda app, host, port: served.update(app=app, host=host, port=port))
    argv = _argv(*FLAGS) + ["--home", str(tmp_path)]
    assert app_module.main(argv) == 0
    _, settings = served["app"]
    expected = {o: VALUES[o] for o in FLAGS} | {"--home": str(tmp_path)}
    assert _applied(settings, *FLAGS) == expected
    assert (served["host"], served["port"]) == ("0.0.0.0", 9000) and served["warmed"]

    # --workers: uvicorn starts the factory in each worker; the workers read the flags from the
    # environment the parent set.
    monkeypatch.setattr(app_module.uvicorn, "run", lambda app, **kw: served.update(app=app, **kw))
    for flag in FLAGS.values():  # recorded, so the values main() sets are undone after the test
        monkeypatch.setenv(f"GONGKAI_{flag.field.upper()}", "")
    assert app_module.main(argv + ["--workers", "2"]) == 0
    assert served["app"] == "app:worker" and served["factory"] and served["workers"] == 2
    import os

    assert os.environ["GONGKAI_HOME"] == str(tmp_path) and os.environ["GONGKAI_PORT"] == "9000"
    _, settings = app_module.worker()
    assert _applied(settings, *FLAGS) == expected


def test_app_refuses_an_unknown_llm_before_serving(app_module, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(app_module.uvicorn, "run", lambda *a, **k: pytest.fail("served"))
    assert app_module.main(["--llm", "gpt-4o", "--home", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "unknown LLM backend 'gpt-4o'" in err and "fake:<reply>" in err
    assert not (tmp_path / "chroma").exists()  # refused before the index was opened

