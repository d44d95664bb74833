"""The ``fake:<reply>`` LLM backend: a scripted reply through the real seam, for tests.

``fake:淮安市2024年|行政处罚3985758件[1]。`` builds a chat model that answers every prompt with
``淮安市2024年行政处罚3985758件[1]。``, streamed as the pieces between the ``|`` (so a test
controls how the answer is cut), and remembers the messages it was sent. The whole ask
pipeline (retrieval, prompts, verification, fallback) runs on it unchanged, so adversarial
output — an invented figure, a wrong citation, a refusal in mid-answer, nothing at all — can
be tested without a server. The wire-level fakes in tests/wire_servers.py test the real HTTP
clients instead. Registered in ``backends.BACKENDS``.

(langchain_core's ``GenericFakeChatModel`` consumes an iterator of replies, one per call, and
cuts its stream at whitespace, which Chinese text has none of; a memoised model answers many
calls, so the script is a list of pieces replayed on every call.)
"""

from __future__ import annotations

from typing import Any, Iterator

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel, generate_from_stream
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.errors import LLMError

__all__ = ["FakeBackend", "ScriptedChatModel", "PIECE_SEPARATOR"]

PIECE_SEPARATOR = "|"


class FakeBackend:
    prefix = "fake"
    forms = ("fake:<reply>",)
    model_class = (__name__, "ScriptedChatModel")

    def accepts(self, name: str) -> bool:
        return True  # an empty reply is a case worth testing too

    def settings_key(self, name: str, settings) -> tuple:
        return ()

    def build(self, name: str, settings) -> "ScriptedChatModel":
        return ScriptedChatModel(pieces=[p for p in name.split(PIECE_SEPARATOR) if p])

    def translate(self, exc: Exception, model: Any) -> LLMError | None:
        return None


class ScriptedChatModel(BaseChatModel):
    """Replies to every prompt with ``pieces``, one stream chunk per piece; records each call's
    messages in :attr:`received`."""

    pieces: list[str]

    _received: list[list[BaseMessage]] = PrivateAttr(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    @property
    def received(self) -> list[list[BaseMessage]]:
        """The messages of every call so far, oldest first."""
        return self._received

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        self._received.append(list(messages))
        # An empty reply is one empty chunk, as servers send it (LangChain refuses a stream
        # of no chunks at all).
        for piece in self.pieces or [""]:
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return generate_from_stream(self._stream(messages, stop, run_manager, **kwargs))
