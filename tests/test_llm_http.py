"""The HTTP LLM backends through their real LangChain clients, against local wire-level fakes."""

from __future__ import annotations

import socket

import pytest

from assistant.errors import LLMError, UnknownBackendError
from assistant.ask.llm.backends import get_chat_model
from assistant.ask.llm.compose import parse_refusal, stream_llm_answer
from assistant.model import Passage
from assistant.settings import Settings
from assistant.ask.verify import verify_answer
from wire_servers import OllamaWireServer, OpenAIWireServer

TITLE = "淮安市人民政府2024年政府信息公开工作年度报告"
PASSAGES = [
    Passage(
        text="行政处罚 · 本年处理决定数量: 3985758",
        source="huaian-szf-2024.pdf", title=TITLE, body="淮安市人民政府", year=2024,
        section_path=("二、主动公开政府信息情况", "第二十条第（六）项", "行政处罚"), page=3, kind="table",
    ),
    Passage(
        text="2024年，全市共主动公开政府信息45.28万条，其中政策文件1462件。",
        source="huaian-szf-2024.pdf", title=TITLE, body="淮安市人民政府", year=2024,
        section_path=("一、总体情况", "（一）主动公开"), page=1, kind="prose",
    ),
]
QUESTION = "淮安市2024年行政处罚的本年处理决定数量是多少？"
PIECES = ["淮安市2024年", "行政处罚本年处理决定", "数量为3985758", "件[1]。"]


def _settings(tmp_path, **changes) -> Settings:
    return Settings(home=tmp_path, openai_base_url="", openai_api_key="", ollama_url="http://127.0.0.1:11434").with_(**changes)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens here once the socket is closed


def _assert_prompt_sent(messages: list[dict]) -> None:
    text = "\n".join(m["content"] if isinstance(m["content"], str) else str(m["content"]) for m in messages)
    assert messages[0]["role"] == "system" and messages[-1]["role"] == "user"
    assert QUESTION in messages[-1]["content"]
    assert f"[1] 《{TITLE}》 二、主动公开政府信息情况 > 第二十条第（六）项 > 行政处罚 (p. 3)\n行政处罚 · 本年处理决定数量: 3985758" in text
    assert f"[2] 《{TITLE}》 一、总体情况 > （一）主动公开 (p. 1)" in text
    assert "NOT_IN_REPORTS" in messages[0]["content"]


def test_openai_streams_the_scripted_answer_and_sends_the_prompt(tmp_path):
    with OpenAIWireServer(PIECES) as server:
        model = get_chat_model("openai:qwen2.5-7b-instruct", _settings(tmp_path, openai_base_url=server.base_url, openai_api_key="sk-local"))
        deltas = list(stream_llm_answer(QUESTION, PASSAGES, model, "zh"))
    assert deltas == PIECES  # one delta per SSE chunk, nothing merged or lost
    assert len(server.requests) == 1
    request = server.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["authorization"] == "Bearer sk-local"
    body = request["body"]
    assert body["model"] == "qwen2.5-7b-instruct"
    assert body["stream"] is True and body["temperature"] == 0
    _assert_prompt_sent(body["messages"])
    # The scripted answer is a correct one: it verifies against the passage it cites.
    answer = "".join(deltas)
    assert verify_answer(answer, {1: PASSAGES[0]}, QUESTION).ok
    assert not parse_refusal(answer)


def test_openai_english_prompt(tmp_path):
    with OpenAIWireServer(["NOT_IN_REPORTS"]) as server:
        model = get_chat_model("openai:m", _settings(tmp_path, openai_base_url=server.base_url))
        answer = "".join(stream_llm_answer("How many penalty decisions did Huai'an make in 2019?", PASSAGES, model, "en"))
    messages = server.requests[0]["body"]["messages"]
    assert "Answer in English" in messages[0]["content"]
    assert "Question: How many penalty decisions did Huai'an make in 2019?" in messages[-1]["content"]
    assert server.requests[0]["headers"]["authorization"] == "Bearer not-needed"  # a key is always sent
    assert parse_refusal(answer)


def test_ollama_streams_the_scripted_answer_and_sends_the_prompt(tmp_path):
    with OllamaWireServer(PIECES) as server:
        model = get_chat_model("ollama:qwen2.5:7b", _settings(tmp_path, ollama_url=server.base_url))
        deltas = list(stream_llm_answer(QUESTION, PASSAGES, model, "zh"))
    assert deltas == PIECES
    body = server.requests[0]["body"]
    assert server.requests[0]["path"] == "/api/chat"
    assert body["model"] == "qwen2.5:7b"
    assert body["stream"] is True
    assert body["options"]["temperature"] == 0
    _assert_prompt_sent(body["messages"])


@pytest.mark.parametrize("spec,field", [("openai:m", "openai_base_url"), ("ollama:m", "ollama_url")])
def test_unreachable_server_is_an_llm_error_naming_it(tmp_path, spec, field):
    url = f"http://127.0.0.1:{_closed_port()}" + ("/v1" if field == "openai_base_url" else "")
    model = get_chat_model(spec, _settings(tmp_path, **{field: url}))
    with pytest.raises(LLMError) as caught:
        list(stream_llm_answer(QUESTION, PASSAGES, model, "zh"))
    message = str(caught.value)
    assert url in message and "cannot reach" in message and "refused" in message


@pytest.mark.parametrize("server_cls,spec,field", [
    (OpenAIWireServer, "openai:m", "openai_base_url"),
    (OllamaWireServer, "ollama:m", "ollama_url"),
])
def test_http_error_is_an_llm_error_with_the_status(tmp_path, server_cls, spec, field):
    with server_cls(PIECES, status=404) as server:
        model = get_chat_model(spec, _settings(tmp_path, **{field: server.base_url}))
        with pytest.raises(LLMError, match="HTTP 404.*scripted failure 404"):
            list(stream_llm_answer(QUESTION, PASSAGES, model, "zh"))


def test_models_are_memoised_per_spec_and_relevant_settings(tmp_path):
    settings = _settings(tmp_path, openai_base_url="http://127.0.0.1:9/v1")
    first = get_chat_model("openai:m", settings)
    assert get_chat_model("openai:m", settings) is first
    assert get_chat_model("openai:m", settings.with_(top_k=3)) is first  # irrelevant setting
    assert get_chat_model("openai:m", settings.with_(openai_base_url="http://127.0.0.1:8/v1")) is not first
    assert get_chat_model("openai:other", settings) is not first
    assert get_chat_model("ollama:m", settings) is get_chat_model("ollama:m", settings)


@pytest.mark.parametrize("spec", ["extractive", "gpt-4o", "anthropic:claude", "openai:", "ollama: ", ""])
def test_unknown_specs_name_the_accepted_forms(tmp_path, spec):
    with pytest.raises(UnknownBackendError, match="openai:<model>.*ollama:<model>.*gguf:"):
        get_chat_model(spec, _settings(tmp_path))


def test_missing_gguf_file_is_a_config_error(tmp_path):
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError, match="not found"):
        get_chat_model(f"gguf:{tmp_path / 'absent.gguf'}", _settings(tmp_path))


def test_bad_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        next(stream_llm_answer(QUESTION, PASSAGES, object(), "fr"))


@pytest.mark.parametrize("text,refused", [
    ("NOT_IN_REPORTS", True), ("NOT_IN_REPORTS。", True), ("`not in reports`", True), ("   ", True),
    ("报告未提供该数据。NOT_IN_REPORTS", True), ("淮安市2024年行政处罚3985758件[1]。", False),
])
def test_parse_refusal(text, refused):
    assert parse_refusal(text) is refused
