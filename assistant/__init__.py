"""Gongkai (公开): cited, verified answers from government information-disclosure annual reports.

The stable Python API is what ``__all__`` names (pinned by tests/test_public_api.py)::

    from assistant import Gongkai, Settings

    g = Gongkai(Settings(home="~/.gongkai"))
    g.ingest([Path("reports/")])                   # -> IngestReport
    answer = g.ask("淮安市2024年行政处罚的本年处理决定数量是多少？")   # -> Answer (.to_dict() for JSON)
    g.facts(key="art20.penalty.decisions")          # -> list of dict rows
    g.as_retriever(), g.as_runnable()               # LangChain

Every name is imported when first used (PEP 562), so ``import assistant`` loads nothing heavy: the
index (chromadb), the web app (gradio) and the local models (torch) load only when a call needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# name -> the module that defines it
_EXPORTS = {
    "Gongkai": "assistant.service",
    "Settings": "assistant.settings",
    "Answer": "assistant.model",
    "Citation": "assistant.model",
    "Passage": "assistant.model",
    "Fact": "assistant.model",
    "Finding": "assistant.model",
    "IngestReport": "assistant.ingest.pipeline",
    "Failure": "assistant.ingest.pipeline",
    "GongkaiError": "assistant.errors",
    "ConfigError": "assistant.errors",
    "UnknownBackendError": "assistant.errors",
    "IngestError": "assistant.errors",
    "UnsupportedFormat": "assistant.errors",
    "StoreError": "assistant.errors",
    "EmbedderMismatch": "assistant.errors",
    "LLMError": "assistant.errors",
    "SuiteError": "assistant.errors",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("gongkai")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # for type checkers and IDEs; never executed
    from assistant.errors import (ConfigError, EmbedderMismatch, GongkaiError, IngestError, LLMError, StoreError,
                                  SuiteError, UnknownBackendError, UnsupportedFormat)
    from assistant.ingest.pipeline import Failure, IngestReport
    from assistant.model import Answer, Citation, Fact, Finding, Passage
    from assistant.service import Gongkai
    from assistant.settings import Settings
