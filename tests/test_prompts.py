"""Every prompt file loads and has exactly the variables its callers fill."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.errors import ConfigError
from assistant.ask.llm.compose import PROMPT_BY_LANGUAGE, answer_messages
from assistant.ask.llm.prompts import REFUSAL_TOKEN, format_passages, load_prompt, prompt_names
from assistant.model import Passage

EXPECTED_VARIABLES = {
    "answer_zh": {"question", "passages"},
    "answer_en": {"question", "passages"},
}


def test_every_prompt_file_is_known_here():
    # A new prompt file must be added to EXPECTED_VARIABLES, so its variables are checked.
    assert set(prompt_names()) == set(EXPECTED_VARIABLES)
    assert set(PROMPT_BY_LANGUAGE.values()) <= set(EXPECTED_VARIABLES)


@pytest.mark.parametrize("name", sorted(EXPECTED_VARIABLES))
def test_prompt_loads_with_exactly_its_variables(name):
    prompt = load_prompt(name)
    assert set(prompt.input_variables) == EXPECTED_VARIABLES[name]
    messages = prompt.format_messages(question="Q?", passages="[1] P")
    assert [type(m) for m in messages] == [SystemMessage, HumanMessage]
    assert "{" not in messages[0].content and "}" not in messages[0].content  # no stray placeholders


@pytest.mark.parametrize("name", ["answer_zh", "answer_en"])
def test_answer_prompts_state_the_rules(name):
    system = load_prompt(name).format_messages(question="", passages="")[0].content
    assert REFUSAL_TOKEN in system
    assert "[1]" in system  # the citation form the verifier reads


def test_missing_prompt_names_the_available_ones():
    with pytest.raises(ConfigError, match="answer_en, answer_zh"):
        load_prompt("no_such_prompt")


@pytest.mark.parametrize("content,problem", [
    ("system only", "exactly one line"),
    ("a\n---human---\nb\n---human---\nc", "exactly one line"),
    ("\n---human---\n{question}", "non-empty"),
])
def test_malformed_prompt_files_are_refused(tmp_path, content, problem):
    (tmp_path / "bad.md").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_prompt("bad", tmp_path)


def _passage(text, section=(), page=None, title="武威市人民政府2020年政府信息公开工作年度报告"):
    return Passage(text=text, source="wuwei.txt", title=title, body="武威市人民政府", year=2020,
                   section_path=section, page=page, kind="prose")


def test_passages_are_numbered_from_one_in_order():
    text = format_passages([
        _passage("全年主动公开政府信息12345条。", ("一、总体情况", "（一）主动公开"), page=2),
        _passage("收到申请26件。", (), None, title=""),
    ])
    assert text == (
        "[1] 《武威市人民政府2020年政府信息公开工作年度报告》 一、总体情况 > （一）主动公开 (p. 2)\n"
        "全年主动公开政府信息12345条。\n\n"
        "[2]\n收到申请26件。"
    )


def test_answer_messages_fill_the_language_prompt():
    zh = answer_messages("武威市2020年收到多少件申请？", [_passage("收到申请26件。")], "zh")
    en = answer_messages("How many requests?", [_passage("收到申请26件。")], "en")
    assert "[1] 《武威市人民政府2020年政府信息公开工作年度报告》\n收到申请26件。" in zh[1].content
    assert "武威市2020年收到多少件申请？" in zh[1].content
    assert "English" in en[0].content and "How many requests?" in en[1].content
