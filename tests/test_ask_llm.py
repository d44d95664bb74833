"""ask() with an LLM composer: the remote service is faked at the HTTP wire level (and, at the
end, the reply is scripted by the ``fake:`` backend); the index, retrieval and verification are
real. A verified LLM answer is returned as is; an answer with a figure no cited passage holds is
never returned — the extractive answer replaces it."""

from __future__ import annotations

import pytest

from assistant.service import Gongkai
from assistant.settings import Settings
from wire_servers import OllamaWireServer, OpenAIWireServer

QUESTION = "淮安市政府2024年一共收取了多少政府信息公开信息处理费？"  # prose: an LLM may word it
TABLE_QUESTION = "淮安市2024年予以公开和部分公开的申请加起来一共多少件？"  # cells: answered from the facts


@pytest.fixture(scope="module")
def index(tmp_path_factory, eval_docs):
    g = Gongkai(Settings(home=tmp_path_factory.mktemp("llm-index")))
    assert g.ingest([eval_docs / "huaian-szf-2024.pdf", eval_docs / "songmutang-zzf-2022.txt"]).ok
    return g


def marker_for(g: Gongkai, figure: str, top_k: int = 8) -> int:
    """The [n] the LLM sees for the passage holding ``figure`` (retrieval is deterministic)."""
    passages = g.ask(QUESTION).retrieved[:top_k]
    return next(i for i, p in enumerate(passages, 1) if figure in p.text)


def with_openai(g: Gongkai, server) -> Gongkai:
    return Gongkai(g.settings.with_(openai_base_url=server.base_url, openai_api_key="test-key"))


def test_verified_llm_answer_is_returned_and_streamed(index):
    n = marker_for(index, "3940")
    pieces = ["淮安市2024年", "收取政府信息公开信息处理费", f"为3940件[{n}]。"]
    with OpenAIWireServer(pieces) as server:
        g = with_openai(index, server)
        events = list(g.ask_stream(QUESTION, llm="openai:test-model"))
        sent = server.requests[0]["body"]
    deltas = [v for k, v in events if k == "delta"]
    answer = events[-1][1]
    assert len(deltas) >= 3 and "".join(deltas).startswith("淮安市2024年")
    assert answer.mode == "openai:test-model" and answer.answered and answer.verified
    assert answer.citations[0].source == "huaian-szf-2024.pdf" and "3940" in answer.citations[0].figures
    assert sent["model"] == "test-model" and sent["stream"] is True
    assert QUESTION in str(sent["messages"]) and "3940" in str(sent["messages"])


def test_unsupported_llm_figure_falls_back_to_extractive(index):
    n = marker_for(index, "3940")
    with OpenAIWireServer([f"淮安市2024年收取信息处理费为3985759件[{n}]。"]) as server:
        answer = with_openai(index, server).ask(QUESTION, llm="openai:test-model")
    assert "3985759" not in answer.answer
    assert answer.mode.startswith("extractive") and "fallback" in answer.mode
    assert answer.verified and "3940" in answer.answer and "LLM" in answer.note


def test_llm_answer_citing_nothing_is_not_trusted(index):
    with OpenAIWireServer(["信息处理费为3940件。"]) as server:
        answer = with_openai(index, server).ask(QUESTION, llm="openai:test-model")
    assert answer.mode.startswith("extractive")


def test_llm_refusal_token_falls_back(index):
    with OllamaWireServer(["NOT_IN_REPORTS"]) as server:
        g = Gongkai(index.settings.with_(ollama_url=server.base_url))
        answer = g.ask(QUESTION, llm="ollama:qwen-test")
        assert server.requests and server.requests[0]["body"]["model"] == "qwen-test"
    assert answer.answered and answer.mode.startswith("extractive") and "3940" in answer.answer


def test_unreachable_llm_is_a_readable_error(index):
    from assistant.errors import LLMError

    g = Gongkai(index.settings.with_(openai_base_url="http://127.0.0.1:9/v1"))
    with pytest.raises(LLMError, match="cannot reach"):
        g.ask(QUESTION, llm="openai:test-model")


# --------------------------------------------------------------------------- scripted (fake:) LLM
# The same pipeline with the reply scripted through the real seam (no server): adversarial
# output must never come back as a verified answer.


def test_scripted_answer_streams_its_pieces_and_is_returned_verified(index):
    from assistant.ask.llm.backends import get_chat_model

    n = marker_for(index, "3940")
    spec = f"fake:淮安市2024年|收取政府信息公开信息处理费|为3940件[{n}]。"
    events = list(index.ask_stream(QUESTION, llm=spec))
    answer = events[-1][1]
    assert [v for k, v in events if k == "delta"] == ["淮安市2024年", "收取政府信息公开信息处理费", f"为3940件[{n}]。"]
    assert answer.mode == spec and answer.answered and answer.verified
    assert answer.answer == f"淮安市2024年收取政府信息公开信息处理费为3940件[{n}]。"
    assert [c.id for c in answer.citations] == [n] and "3940" in answer.citations[0].figures
    # The model was shown the question and the top-k retrieved passages, numbered in order.
    human = get_chat_model(spec, index.settings).received[-1][-1].text
    shown = index.ask(QUESTION).retrieved[:8]
    assert QUESTION in human and f"[{n}] 《{shown[n - 1].title}》" in human
    assert [human.index(p.text) for p in shown] == sorted(human.index(p.text) for p in shown)


@pytest.mark.parametrize("reply", [
    "淮安市2024年收取信息处理费为3985759件[{n}]。",          # a figure no passage holds
    "淮安市2024年收取信息处理费为３９８５７５９件[{n}]。",      # the same, in full-width digits
    "淮安市2024年收取信息处理费为三百万件[{n}]。",             # an invented Chinese-numeral figure
    "淮安市2024年收取信息处理费为3940件[99]。",            # a citation to no passage shown
    "淮安市2024年收取信息处理费为3940件[{other}]。",       # cited to a passage without it
    "淮安市2024年收取信息处理费为3940件。",                # cites nothing
    "淮安市2024年信息处理费3940件[{n}]。NOT_IN_REPORTS",       # answers and refuses
    "not in reports",                                          # a refusal, spelled loosely
    "",                                                        # nothing at all
])
def test_scripted_adversarial_replies_are_never_returned(index, reply):
    n = marker_for(index, "3940")
    shown = index.ask(QUESTION).retrieved[:8]
    other = next(i for i, p in enumerate(shown, 1) if "3940" not in p.text)
    spec = "fake:" + reply.format(n=n, other=other)
    answer = index.ask(QUESTION, llm=spec)
    assert answer.mode == f"extractive (fallback from {spec})"
    assert answer.verified and "3940" in answer.answer and "LLM" in answer.note
    for forged in ("3985759", "３９８５７５９", "三百万", "[99]"):
        assert forged not in answer.answer



@pytest.mark.parametrize("script", [
    "淮安市2024年予以公开1362件[1]，部分公开454件[2]，合计1900件。",   # a wrong sum
    "淮安市2024年予以公开454件[1]，部分公开1362件[2]，合计1816件。",   # operands swapped
    "淮安市2024年予以公开1288件[1]，部分公开447件[2]，合计1735件。",   # another column's cells
])
def test_table_figures_never_come_from_an_llm(index, script):
    """A question about the national tables is answered from the facts, recomputed from the
    index: whatever an LLM would say (a wrong sum, swapped operands) is not what is returned."""
    answer = index.ask(TABLE_QUESTION, llm="fake:" + script)
    assert answer.answered and answer.verified and answer.mode == "facts"
    assert "1362" in answer.answer and "454" in answer.answer and "1816" in answer.answer
    assert "1900" not in answer.answer and "1735" not in answer.answer
    assert answer.answer.index("1362") < answer.answer.index("454")
    assert {c.passage_id for c in answer.citations} == {"fact:apply.result.granted.total",
                                                        "fact:apply.result.partial.total"}
