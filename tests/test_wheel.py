"""The wheel carries what an installed Gongkai needs outside the repository: every file of
prompts/ is in it, and — installed in a fresh venv and run from a directory outside the repo —
``gongkai ask --llm openai:…`` fills its prompt from the installed package and returns a
verified answer from the OpenAI wire fake."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from wire_servers import OpenAIWireServer

REPO = Path(__file__).resolve().parents[1]
# Never copied into the build: environments, build leftovers, test output.
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                    ".pytest_cache", "test-artifacts")

QUESTION = "武威市2020年通过新浪微博发布了多少条政府信息？"
FIGURE = "14.18万"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the working tree (building in place would leave build/
    and *.egg-info in the repository). Offline when setuptools is here to build with."""
    root = tmp_path_factory.mktemp("wheel")
    shutil.copytree(REPO, root / "src", ignore=NOT_SOURCE)
    isolation = [] if importlib.util.find_spec("setuptools") is None else ["--no-build-isolation"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-q", "-w", str(root / "dist"),
                    str(root / "src")], check=True, capture_output=True, timeout=600)
    return next((root / "dist").glob("gongkai-*.whl"))


def test_every_file_of_prompts_is_in_the_wheel(wheel):
    shipped = set(zipfile.ZipFile(wheel).namelist())
    files = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "prompts").rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts)
    assert "prompts/answer_zh.md" in files
    assert [f for f in files if f not in shipped] == []


class CitingServer(OpenAIWireServer):
    """Answers with FIGURE, citing whichever numbered passage of the prompt states it (the
    numbering is the installed Gongkai's retrieval order, unknown to the test beforehand)."""

    def stream_lines(self, body: dict):
        prompt = body["messages"][-1]["content"]
        blocks = re.split(r"\n\n(?=\[\d+\])", prompt)
        n = next(re.match(r".*?\[(\d+)\]", b, re.S).group(1) for b in blocks if FIGURE in b and re.search(r"\[\d+\]", b))
        self.pieces = ["武威市2020年通过新浪微博", f"发布政府信息{FIGURE}条[{n}]。"]
        return super().stream_lines(body)


def _run(*command, cwd: Path, env: dict, timeout: float = 300) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_installed_wheel_answers_with_an_llm_outside_the_repository(wheel, tmp_path, eval_docs):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(GONGKAI_HOME=str(tmp_path / "home"), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               ANONYMIZED_TELEMETRY="False", PIP_DISABLE_PIP_VERSION_CHECK="1")
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=outside, env=env)
    python, gongkai = venv / "bin" / "python", venv / "bin" / "gongkai"
    target = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=outside, env=env).strip())
    # The dependencies are this interpreter's, seen from the fresh venv through a .pth: listed
    # after the venv's own site-packages, so the installed wheel comes first, and the repo's
    # editable install is not active there (its .pth hook only runs from a site directory).
    (target / "gongkai-test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    _run(python, "-m", "pip", "install", "--no-index", "-q", wheel, cwd=outside, env=env)  # deps checked, none fetched

    where = _run(python, "-c", "import assistant, prompts, vectorstore; from assistant.ask.llm import prompts as p;"
                 "print(assistant.__file__, prompts.__file__, vectorstore.__file__, p.PROMPTS_DIR)", cwd=outside, env=env)
    for path in where.split():
        assert Path(path).is_relative_to(target), f"{path} is not the installed wheel's"

    _run(gongkai, "ingest", eval_docs / "wuwei-szf-2020.txt", "--quiet", cwd=outside, env=env)
    with CitingServer([]) as server:
        env.update(GONGKAI_OPENAI_BASE_URL=server.base_url, GONGKAI_OPENAI_API_KEY="sk-wheel")
        answer = json.loads(_run(gongkai, "ask", QUESTION, "--llm", "openai:wheel-test", "--json", cwd=outside, env=env))
        sent = server.requests[0]["body"]["messages"]
    assert answer["mode"] == "openai:wheel-test", answer  # the LLM's answer, not the extractive fallback
    assert answer["answered"] and answer["verified"] and FIGURE in answer["answer"]
    assert answer["citations"][0]["source"] == "wuwei-szf-2020.txt"
    installed_prompt = (target / "prompts" / "answer_zh.md").read_text(encoding="utf-8")
    assert sent[0]["content"] == installed_prompt.split("---human---")[0].strip()
    assert QUESTION in sent[-1]["content"]
