"""The real local model (Gemma 3 270M, GGUF, transformers on CPU) behind the chat-model seam.

The model is small and a base model: its answers are poor and often invent numbers. That makes it
a fair test of the verifier on real model output, not of answer quality: whatever it writes, the
verification must be right about which figures the passages state.
"""

from __future__ import annotations

import re
import time

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from assistant.ask.llm.backends import get_chat_model
from assistant.ask.llm.gguf import LocalGGUFChatModel, render_gemma_turns
from assistant.ask.llm.compose import answer_messages, stream_llm_answer
from assistant.model import Passage
from assistant.settings import Settings
from assistant.zh.figures import extract_figures, normalise_figure
from assistant.ask.verify import citation_markers, strip_markers, support_text, verify_answer

MAX_NEW_TOKENS = 40  # ~4-10 tokens/s on two cores: keeps the module well under two minutes

HUAIAN = "淮安市人民政府2024年政府信息公开工作年度报告"
PASSAGES = [
    Passage(
        text="行政处罚 · 本年处理决定数量: 3985758",
        source="huaian-szf-2024.pdf", title=HUAIAN, body="淮安市人民政府", year=2024,
        section_path=("二、主动公开政府信息情况", "第二十条第（六）项", "行政处罚"), page=3, kind="table",
    ),
    Passage(
        text="行政许可 · 本年处理决定数量: 1246571",
        source="huaian-szf-2024.pdf", title=HUAIAN, body="淮安市人民政府", year=2024,
        section_path=("二、主动公开政府信息情况", "第二十条第（五）项", "行政许可"), page=3, kind="table",
    ),
    Passage(
        text="2024年，全市共主动公开政府信息45.28万条，其中政策文件1462件，发布政策解读材料386篇。",
        source="huaian-szf-2024.pdf", title=HUAIAN, body="淮安市人民政府", year=2024,
        section_path=("一、总体情况", "（一）主动公开"), page=1, kind="prose",
    ),
]
QUESTION = "淮安市2024年行政处罚的本年处理决定数量是多少？"
CITED = {n: p for n, p in enumerate(PASSAGES, start=1)}


def test_gemma_turn_format():
    messages = [SystemMessage("只根据资料回答。"), HumanMessage("问题一"), AIMessage("答一"), HumanMessage("问题二")]
    assert render_gemma_turns(messages) == (
        "<start_of_turn>user\n只根据资料回答。\n\n问题一<end_of_turn>\n"
        "<start_of_turn>model\n答一<end_of_turn>\n"
        "<start_of_turn>user\n问题二<end_of_turn>\n"
        "<start_of_turn>model\n"
    )


# --------------------------------------------------------------------------- the real model

TIMINGS: dict[str, float] = {}


SETTINGS: dict = {}


@pytest.fixture(scope="module")
def gemma(tmp_path_factory):
    settings = Settings(home=tmp_path_factory.mktemp("gguf-home"))
    SETTINGS["gemma"] = settings
    started = time.perf_counter()
    model = get_chat_model("gguf:gemma3-270m", settings)
    TIMINGS["assemble_s"] = time.perf_counter() - started
    assert isinstance(model, LocalGGUFChatModel)
    assert model.model_path == str(settings.home / "models" / "gemma-3-270m-q4_k_m.gguf")
    assert get_chat_model("gguf:gemma3-270m", settings) is model  # built (and assembled) once
    started = time.perf_counter()
    model.load()
    TIMINGS["load_s"] = time.perf_counter() - started
    yield model.bind(max_new_tokens=MAX_NEW_TOKENS)
    print("\ngguf timings:", {k: round(v, 1) for k, v in TIMINGS.items()})


def _states(passage_texts: str, canonical: str) -> bool:
    """Independent of the verifier's matching: the number occurs as a whole number in the
    texts, after thousands separators are removed and 万 amounts are written out."""
    flat = re.sub(r"(?<=\d)[,，](?=\d{3})", "", passage_texts)
    flat = re.sub(r"(\d+(?:\.\d+)?)万", lambda m: normalise_figure(m.group(0)), flat)
    return re.search(rf"(?<![0-9.]){re.escape(canonical)}(?![0-9]|\.[0-9])", flat) is not None


@pytest.mark.slow
def test_real_model_streams_and_its_answer_is_verified_consistently(gemma):
    started = time.perf_counter()
    deltas = list(stream_llm_answer(QUESTION, PASSAGES, gemma, "zh"))
    TIMINGS["stream_s"] = time.perf_counter() - started
    answer = "".join(deltas)
    print("\ngemma answer:", repr(answer))
    assert len(deltas) > 1 and answer.strip()

    result = verify_answer(answer, CITED, question=QUESTION)
    marked = [n for n in citation_markers(answer) if n in CITED]
    marked_text = " ".join(support_text(CITED[n]) for n in marked)
    # Every figure called unsupported is truly absent from the passages the answer marks
    # (checked here without the verifier's matching: see _states).
    for raw in result.unsupported:
        canonical = normalise_figure(raw)
        if canonical.endswith(("%", "‰")):
            assert canonical not in re.sub(r"\s", "", marked_text).replace("％", "%"), raw
        else:
            assert not _states(marked_text, canonical), raw
    # Every figure credited to a passage is truly in that passage, and only marked ones count.
    assert sorted(result.figures_by_citation) == sorted(marked)
    for n, raws in result.figures_by_citation.items():
        for raw in raws:
            canonical = normalise_figure(raw)
            assert canonical.endswith("%") or _states(support_text(CITED[n]), canonical), (n, raw)
    # Every figure of the answer is credited, unsupported or a year of the question.
    credited = {raw for raws in result.figures_by_citation.values() for raw in raws}
    for fig in extract_figures(strip_markers(answer)):
        assert fig.raw in credited or fig.raw in result.unsupported or fig.raw in QUESTION
    unknown = [n for n in citation_markers(answer) if n not in CITED]
    assert result.unknown_markers == unknown
    assert result.ok == (not result.unsupported and not unknown)
    print("verification:", result)


@pytest.mark.slow
def test_invoke_agrees_with_the_stream_and_early_stop_releases_the_model(gemma):
    started = time.perf_counter()
    first = next(iter(stream_llm_answer(QUESTION, PASSAGES, gemma, "zh")))  # abandoned after one delta
    TIMINGS["first_delta_s"] = time.perf_counter() - started
    # The abandoned generation was cancelled and released the model: invoke runs at once, and
    # greedy decoding of the same prompt starts with the same text.
    started = time.perf_counter()
    whole = gemma.invoke(answer_messages(QUESTION, PASSAGES, "zh"), max_new_tokens=8)
    TIMINGS["invoke_8_tokens_s"] = time.perf_counter() - started
    assert isinstance(whole.content, str) and whole.content.startswith(first)


@pytest.mark.slow
def test_verifier_rejects_deliberately_wrong_answers_and_accepts_the_right_one():
    right = "淮安市2024年行政处罚本年处理决定数量为3985758件[1]，行政许可1246571件[2]。"
    assert verify_answer(right, CITED, question=QUESTION).ok
    swapped_digits = right.replace("3985758", "3985785")
    assert verify_answer(swapped_digits, CITED, question=QUESTION).unsupported == ["3985785"]
    wrong_passage = "淮安市2024年行政处罚本年处理决定数量为1246571件[1]。"  # the 行政许可 figure
    assert verify_answer(wrong_passage, CITED, question=QUESTION).unsupported == ["1246571"]
    invented = "淮安市2024年主动公开政府信息45.28万条[3]，其中政策文件1500件[3]。"
    assert verify_answer(invented, CITED, question=QUESTION).unsupported == ["1500"]


@pytest.mark.slow
def test_ask_with_gemma_returns_only_verified_figures(gemma, eval_docs):
    """The whole pipeline with the real model: whatever Gemma writes, the answer returned
    either passed figure verification or is the extractive one (the model is the one the
    fixture loaded: get_chat_model is memoised per spec and home)."""
    from assistant.service import Gongkai
    from assistant.ask.verify import verify_answer

    g = Gongkai(SETTINGS["gemma"])
    assert g.ingest([eval_docs / "huaian-szf-2024.pdf"]).ok
    started = time.perf_counter()
    answer = g.ask("淮安市2024年行政处罚的本年处理决定数量是多少？", llm="gguf:gemma3-270m", top_k=3)
    TIMINGS["ask_s"] = time.perf_counter() - started
    print("\ngemma ask:", answer.mode, answer.answer[:200])
    assert answer.answered and answer.verified
    if answer.mode == "facts":
        # answered from the statistics table as data (the model is not asked): every cited
        # cell is a fact of the cited report with the figure the citation states
        assert "3985758" in answer.answer
        for c in answer.citations:
            key = c.passage_id.removeprefix("fact:")
            rows = g.facts(key=key, source=c.source)
            assert rows and {float(r["value"]) for r in rows} & {float(x) for x in c.figures}, c
        return
    passages = {p.id: p for p in g.store.all_passages()}
    cited = {c.id: passages[c.passage_id] for c in answer.citations}
    assert verify_answer(answer.answer, cited, answer.question).ok
    if answer.mode.startswith("extractive"):
        assert "3985758" in answer.answer and "LLM" in answer.note
