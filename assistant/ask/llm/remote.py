"""The LLM backends that talk to a server: ``openai:<model>`` (any OpenAI-compatible server)
and ``ollama:<model>``. Their client libraries are imported when a model is built, so checking
a spec costs nothing. Registered in ``backends.BACKENDS``."""

from __future__ import annotations

from typing import Any

from assistant.errors import LLMError

OPENAI_TIMEOUT_S = 60.0


class OpenAIBackend:
    prefix = "openai"
    forms = ("openai:<model>",)
    model_class = ("langchain_openai", "ChatOpenAI")
    server = "OpenAI-compatible server"

    def accepts(self, name: str) -> bool:
        return bool(name)

    def settings_key(self, name: str, settings) -> tuple:
        return (settings.openai_base_url, settings.openai_api_key)

    def build(self, name: str, settings):
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=name,
            base_url=settings.openai_base_url or None,
            # Local OpenAI-compatible servers (vLLM, llama.cpp, LM Studio) ignore the key,
            # but the client refuses to start without one.
            api_key=settings.openai_api_key or "not-needed",
            streaming=True,
            timeout=OPENAI_TIMEOUT_S,
            max_retries=1,
            temperature=0,
        )

    def translate(self, exc: Exception, model: Any) -> LLMError | None:
        import openai

        client = getattr(model, "root_client", None)
        where = str(getattr(model, "openai_api_base", None) or getattr(client, "base_url", "")) or "the default endpoint"
        if isinstance(exc, openai.APITimeoutError):  # before APIConnectionError: it is one
            return LLMError(f"the {self.server} at {where} did not answer in time")
        if isinstance(exc, openai.APIConnectionError):
            return LLMError(f"cannot reach the {self.server} at {where}: {root_reason(exc)}")
        if isinstance(exc, openai.APIStatusError):
            body = exc.body if isinstance(exc.body, dict) else {}
            detail = body.get("message") or exc.message  # the server's own words when it sent JSON
            return LLMError(f"the {self.server} at {where} answered HTTP {exc.status_code}: {detail}")
        return transport_error(exc, self.server, where)


class OllamaBackend:
    prefix = "ollama"
    forms = ("ollama:<model>",)
    model_class = ("langchain_ollama", "ChatOllama")
    server = "Ollama server"

    def accepts(self, name: str) -> bool:
        return bool(name)

    def settings_key(self, name: str, settings) -> tuple:
        return (settings.ollama_url,)

    def build(self, name: str, settings):
        from langchain_ollama import ChatOllama

        return ChatOllama(model=name, base_url=settings.ollama_url, temperature=0)

    def translate(self, exc: Exception, model: Any) -> LLMError | None:
        import ollama

        where = str(getattr(model, "base_url", None) or "the default endpoint")
        if isinstance(exc, ollama.ResponseError):
            hint = f" (is the model pulled? `ollama pull {getattr(model, 'model', '')}`)" if exc.status_code == 404 else ""
            return LLMError(f"the {self.server} at {where} answered HTTP {exc.status_code}: {exc.error}{hint}")
        # The ollama client raises a bare ConnectionError; the reason is in its context chain.
        return transport_error(exc, self.server, where)


def transport_error(exc: Exception, server: str, where: str) -> LLMError | None:
    """The error for a timeout or a failed connection below the client library (httpx, or a
    bare ``ConnectionError``), which either backend may let through while streaming."""
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return LLMError(f"the {server} at {where} did not answer in time")
    if isinstance(exc, (ConnectionError, httpx.TransportError)):
        return LLMError(f"cannot reach the {server} at {where}: {root_reason(exc)}")
    return None


def root_reason(exc: BaseException) -> str:
    """The most specific reason in an exception chain: 'connection refused' rather than
    'Connection error.'."""
    reason = str(exc)
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.strerror:
            return exc.strerror.lower()
        if str(exc):
            reason = str(exc)
        exc = exc.__cause__ or exc.__context__
    return reason
