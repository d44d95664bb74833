"""Prompts are files in ``prompts/`` (format in prompts/README.md); this module loads them by name
and renders the numbered passages they are filled with."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Sequence

from langchain_core.prompts import ChatPromptTemplate

from assistant.errors import ConfigError
from assistant.model import Passage

__all__ = ["PROMPTS_DIR", "REFUSAL_TOKEN", "HUMAN_SEPARATOR", "prompt_names", "load_prompt", "format_passages"]

# The prompts sit at the top of the repository (the design card's prompts/), installed as the
# package data of a tiny `prompts` package so a wheel carries them too.
PROMPTS_DIR = Path(str(files("prompts")))
# What a model must reply when the passages do not answer; ASCII so no language/width variant.
REFUSAL_TOKEN = "NOT_IN_REPORTS"
HUMAN_SEPARATOR = "---human---"
_SUFFIXES = (".md", ".txt")


def prompt_names(directory: Path = PROMPTS_DIR) -> list[str]:
    return sorted(
        p.stem for p in directory.iterdir() if p.suffix in _SUFFIXES and p.stem.upper() != "README"
    )


@lru_cache(maxsize=None)
def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> ChatPromptTemplate:
    """The chat prompt in ``prompts/<name>.md`` (or ``.txt``): a system and a human message."""
    path = next((directory / f"{name}{s}" for s in _SUFFIXES if (directory / f"{name}{s}").is_file()), None)
    if path is None:
        raise ConfigError(f"no prompt named {name!r} in {directory} (have: {', '.join(prompt_names(directory))})")
    lines = path.read_text(encoding="utf-8").splitlines()
    cuts = [i for i, line in enumerate(lines) if line.strip() == HUMAN_SEPARATOR]
    if len(cuts) != 1:
        raise ConfigError(f"{path}: expected exactly one line {HUMAN_SEPARATOR!r}, found {len(cuts)}")
    system = "\n".join(lines[: cuts[0]]).strip()
    human = "\n".join(lines[cuts[0] + 1 :]).strip()
    if not system or not human:
        raise ConfigError(f"{path}: the system and the human part must both be non-empty")
    return ChatPromptTemplate.from_messages([("system", system), ("human", human)])


def format_passages(passages: Sequence[Passage]) -> str:
    """Passages numbered from 1 in the given order, so [n] in an answer is ``passages[n-1]``::

        [1] 《淮安市人民政府2024年政府信息公开工作年度报告》 二、主动公开政府信息情况 > 行政处罚 (p. 3)
        行政处罚 · 本年处理决定数量: 3985758
    """
    blocks = []
    for n, passage in enumerate(passages, start=1):
        head = [f"[{n}]"]
        if passage.title:
            head.append(f"《{passage.title}》")
        if passage.section:
            head.append(passage.section)
        if passage.page is not None:
            head.append(f"(p. {passage.page})")
        blocks.append(" ".join(head) + "\n" + passage.text.strip())
    return "\n\n".join(blocks)
