"""Settings: numbers in GONGKAI_* variables are checked when the settings are built, and a bad
one is one line naming the variable, in the CLI and the web app alike."""

from __future__ import annotations

import importlib.util

import pytest

from assistant import cli
from assistant.errors import ConfigError
from assistant.ingest.limits import DEFAULT
from assistant.settings import Settings
from conftest import REPO


@pytest.mark.parametrize("variable, value, message", [
    ("GONGKAI_PORT", "abc", "GONGKAI_PORT must be a whole number, not 'abc'"),
    ("GONGKAI_PORT", "70000", "GONGKAI_PORT (--port) must be between 1 and 65535, not 70000"),
    ("GONGKAI_TOP_K", "-1", "GONGKAI_TOP_K (--top-k) must be between 1 and 1000, not -1"),
    ("GONGKAI_TOP_K", "2.5", "GONGKAI_TOP_K must be a whole number, not '2.5'"),
    ("GONGKAI_MAX_FILE_MB", "x", "GONGKAI_MAX_FILE_MB must be a number, not 'x'"),
    ("GONGKAI_MAX_FILE_MB", "nan", "GONGKAI_MAX_FILE_MB must be between 0.001 and 100000, not nan"),
    ("GONGKAI_MAX_FILE_MB", "-5", "GONGKAI_MAX_FILE_MB must be between 0.001 and 100000, not -5"),
    ("GONGKAI_PARSE_SECONDS", "0", "GONGKAI_PARSE_SECONDS must be between 1 and 86400, not 0"),
    ("GONGKAI_PARSE_MEMORY_MB", "lots", "GONGKAI_PARSE_MEMORY_MB must be a whole number, not 'lots'"),
    ("GONGKAI_LOCK_WAIT", "-1", "GONGKAI_LOCK_WAIT (--lock-wait) must be between 0 and 86400, not -1"),
    ("GONGKAI_WORKERS", "0", "GONGKAI_WORKERS (--workers) must be between 1 and 256, not 0"),
    ("GONGKAI_WORKERS", "two", "GONGKAI_WORKERS must be a whole number, not 'two'"),
])
def test_a_bad_number_names_its_variable(monkeypatch, variable, value, message):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as info:
        Settings()
    assert str(info.value) == message


def test_flags_are_checked_too():
    with pytest.raises(ConfigError, match=r"GONGKAI_PORT \(--port\) must be between 1 and 65535, not 0"):
        Settings().with_(port=0)


def test_good_numbers_and_the_limits_they_set(monkeypatch):
    monkeypatch.setenv("GONGKAI_PORT", " 8080 ")
    monkeypatch.setenv("GONGKAI_MAX_FILE_MB", "12.5")
    monkeypatch.setenv("GONGKAI_PARSE_SECONDS", "30")
    monkeypatch.setenv("GONGKAI_PARSE_MEMORY_MB", "")  # empty means the default
    settings = Settings()
    assert settings.port == 8080
    limits = settings.limits()
    assert (limits.file_mb, limits.parse_seconds, limits.memory_mb) == (12.5, 30, DEFAULT.memory_mb)
    assert limits.pages == DEFAULT.pages


def test_cli_prints_one_line_and_exits_1(monkeypatch, capsys):
    monkeypatch.setenv("GONGKAI_TOP_K", "-1")
    assert cli.main(["list"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "gongkai: error: GONGKAI_TOP_K (--top-k) must be between 1 and 1000, not -1\n"


def test_web_app_prints_one_line_and_exits_1(monkeypatch, capsys):
    spec = importlib.util.spec_from_file_location("gongkai_app", REPO / "app.py")
    app = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app)
    monkeypatch.setenv("GONGKAI_PORT", "abc")
    assert app.main([]) == 1
    assert capsys.readouterr().err == "gongkai: GONGKAI_PORT must be a whole number, not 'abc'\n"
