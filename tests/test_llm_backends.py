"""The LLM backend registry: one lookup by spec prefix for checking, building and error reading,
and the ``fake:`` backend that scripts a reply through the real seam."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.ask.llm import backends
from assistant.ask.llm.backends import BACKENDS, backend_errors, backend_of, check_spec, get_chat_model, spec_forms
from assistant.ask.llm.compose import stream_llm_answer
from assistant.ask.llm.fake import ScriptedChatModel
from assistant.errors import LLMError, UnknownBackendError
from assistant.model import Passage
from assistant.settings import Settings

PASSAGE = Passage(text="行政处罚 · 本年处理决定数量: 3985758", source="huaian-szf-2024.pdf",
                  title="淮安市人民政府2024年政府信息公开工作年度报告", body="淮安市人民政府", year=2024,
                  section_path=("二、主动公开政府信息情况", "行政处罚"), page=3, kind="table")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path)


def test_every_backend_describes_its_own_prefix():
    assert list(BACKENDS) == ["openai", "ollama", "gguf", "fake"]
    for prefix, backend in BACKENDS.items():
        assert backend.prefix == prefix and backend.forms
        assert all(form.startswith(f"{prefix}:") for form in backend.forms)
    assert spec_forms() == ["openai:<model>", "ollama:<model>", "gguf:<path-to.gguf>", "gguf:gemma3-270m",
                            "fake:<reply>"]


def test_check_spec_names_the_backend_and_strips_the_name():
    backend, name = check_spec("ollama: qwen2.5:7b ")
    assert backend is BACKENDS["ollama"] and name == "qwen2.5:7b"  # only the first colon splits


def test_unknown_spec_lists_every_registered_form():
    with pytest.raises(UnknownBackendError) as caught:
        check_spec("anthropic:claude")
    assert all(form in str(caught.value) for form in spec_forms())


class _Boom(Exception):
    pass


class _ToyBackend:
    """What adding a backend takes: this class and one registry entry."""

    prefix = "toy"
    forms = ("toy:<word>",)
    model_class = ("assistant.ask.llm.fake", "ScriptedChatModel")

    def accepts(self, name):
        return name.isalpha()

    def settings_key(self, name, settings):
        return (settings.top_k,)

    def build(self, name, settings):
        return ScriptedChatModel(pieces=[name])

    def translate(self, exc, model):
        return LLMError(f"toy failed: {exc}") if isinstance(exc, _Boom) else None


def test_a_registered_backend_is_checked_built_memoised_and_its_errors_read(settings, monkeypatch):
    monkeypatch.setitem(BACKENDS, "toy", _ToyBackend())
    monkeypatch.delitem(BACKENDS, "fake")  # so the toy owns ScriptedChatModel here
    monkeypatch.setattr(backends, "_models", {})
    assert "toy:<word>" in spec_forms()
    with pytest.raises(UnknownBackendError):
        check_spec("toy:two words")  # the backend's own rule
    model = get_chat_model("toy:hello", settings)
    assert model.pieces == ["hello"]
    assert get_chat_model("toy:hello", settings) is model
    assert get_chat_model("toy:hello", settings.with_(top_k=3)) is not model  # a setting it depends on
    assert backend_of(model) is BACKENDS["toy"]
    with pytest.raises(LLMError, match="toy failed: bang"):
        with backend_errors(model):
            raise _Boom("bang")
    with pytest.raises(KeyError):  # not its library's error: passes unchanged
        with backend_errors(model):
            raise KeyError("other")


def test_errors_of_a_model_no_backend_built_pass_unchanged():
    assert backend_of(object()) is None
    with pytest.raises(ConnectionError):
        with backend_errors(object()):
            raise ConnectionError("refused")


def test_backend_errors_sees_through_bind(settings):
    model = get_chat_model("ollama:m", settings).bind(stop=["\n"])
    assert backend_of(model) is BACKENDS["ollama"]
    with pytest.raises(LLMError, match="cannot reach the Ollama server at http://127.0.0.1:11434"):
        with backend_errors(model):
            raise ConnectionError("Failed to connect")


# --------------------------------------------------------------------------- fake:


def test_fake_streams_its_pieces_through_the_composer_and_records_the_prompt(settings):
    model = get_chat_model("fake:淮安市2024年|行政处罚|3985758件[1]。", settings)
    assert isinstance(model, ScriptedChatModel) and backend_of(model) is BACKENDS["fake"]
    question = "淮安市2024年行政处罚的本年处理决定数量是多少？"
    deltas = list(stream_llm_answer(question, [PASSAGE], model, "zh"))
    assert deltas == ["淮安市2024年", "行政处罚", "3985758件[1]。"]
    system, human = model.received[-1]
    assert isinstance(system, SystemMessage) and isinstance(human, HumanMessage)
    assert question in human.text and "[1] 《淮安市人民政府2024年政府信息公开工作年度报告》" in human.text


def test_fake_replies_the_same_to_every_call_and_invoke_joins_the_pieces(settings):
    model = get_chat_model("fake:a|b|c", settings)
    assert model.invoke("x").content == "abc"
    assert model.invoke("y").content == "abc"
    assert get_chat_model("fake:a|b|c", settings) is model


def test_fake_empty_reply_is_one_empty_delta(settings):
    model = get_chat_model("fake:", settings)
    assert model.invoke("x").content == ""
    assert list(stream_llm_answer("问题？", [PASSAGE], model, "zh")) == []
