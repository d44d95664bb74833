"""The stable Python API: ``from assistant import …`` gives exactly these names, and importing the
package stays cheap (no index, web app or model libraries until a call needs them)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import assistant

REPO = Path(__file__).resolve().parents[1]

PUBLIC = ["Gongkai", "Settings", "Answer", "Citation", "Passage", "Fact", "Finding", "IngestReport", "Failure",
          "GongkaiError", "ConfigError", "UnknownBackendError", "IngestError", "UnsupportedFormat", "StoreError",
          "EmbedderMismatch", "LLMError", "SuiteError"]

HEAVY = ["chromadb", "gradio", "torch", "transformers", "sentence_transformers", "langchain_core", "mcp",
         "pdfplumber", "jieba", "numpy", "fastapi"]


def test_all_is_pinned():
    assert assistant.__all__ == PUBLIC  # a change here is a change of the public API: say so in CHANGELOG.md


def test_every_public_name_is_the_real_object():
    from assistant import errors, model, service, settings
    from assistant.ingest import pipeline

    homes = {"Gongkai": service, "Settings": settings, "IngestReport": pipeline, "Failure": pipeline}
    for name in PUBLIC:
        value = getattr(assistant, name)
        home = homes.get(name) or (errors if name.endswith(("Error", "Mismatch", "Format")) else model)
        assert value is getattr(home, name), name
    assert issubclass(assistant.LLMError, assistant.GongkaiError)
    assert assistant.__version__ and set(PUBLIC) <= set(dir(assistant))


def test_an_unknown_name_is_an_attribute_error():
    try:
        assistant.NoSuchThing
    except AttributeError as err:
        assert "NoSuchThing" in str(err)
    else:
        raise AssertionError("no AttributeError")


def _imported_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_import_is_cheap():
    for code in ("import assistant", "from assistant import Gongkai, Settings, Answer, Citation, Fact, Finding, "
                                      "GongkaiError, IngestReport"):
        loaded = {name.split(".")[0] for name in _imported_after(code)}
        assert not loaded & set(HEAVY), (code, sorted(loaded & set(HEAVY)))


def test_every_package_is_in_the_wheel():
    declared = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "assistant").rglob("__init__.py")}
    assert found <= declared, sorted(found - declared)
