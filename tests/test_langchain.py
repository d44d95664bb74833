"""Gongkai as LangChain building blocks (assistant/integrations/langchain.py): the retriever in an
LCEL chain whose chat model is ChatOpenAI against a wire-level fake server, and the ask Runnable's
invoke / stream / batch over the real pipeline."""

from __future__ import annotations

import asyncio

import pytest
from langchain_core.documents import Document
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnablePassthrough

from assistant.integrations.langchain import cited_documents, format_passages, question_of
from assistant.model import Answer
from wire_servers import OpenAIWireServer

PENALTY = "淮安市2024年行政处罚的本年处理决定数量是多少？"
QINGSHUI = "清水县人民政府2019年主动公开了多少条政府信息？"


def test_as_retriever_in_an_lcel_chain_gets_the_cited_passages(dev_index):
    from langchain_openai import ChatOpenAI

    retriever = dev_index.as_retriever(k=4)
    assert isinstance(retriever, BaseRetriever)
    prompt = ChatPromptTemplate.from_messages([
        ("system", "只依据下列段落回答，并用[n]标出所依据的段落。\n\n{context}"),
        ("human", "{question}"),
    ])
    with OpenAIWireServer(["淮安市2024年行政处罚", "本年处理决定数量为3985758件[1]。"]) as server:
        llm = ChatOpenAI(base_url=server.base_url, api_key="x", model="scripted-model")
        chain = {"docs": retriever, "question": RunnablePassthrough()} | RunnablePassthrough.assign(
            answer={"context": lambda x: format_passages(x["docs"]), "question": lambda x: x["question"]}
            | prompt | llm | StrOutputParser())
        out = chain.invoke(PENALTY)

    assert out["answer"] == "淮安市2024年行政处罚本年处理决定数量为3985758件[1]。"
    # Narrowed to the report the question names, as ask narrows it (14 reports are indexed).
    assert out["docs"] and {d.metadata["source"] for d in out["docs"]} == {"huaian-szf-2024.pdf"}
    [cited] = cited_documents(out["answer"], out["docs"])
    assert cited.page_content == "行政处罚 · 本年处理决定数量: 3985758"
    assert cited.metadata["fact_keys"] == ["art20.penalty.decisions"]
    expected = {
        "source": "huaian-szf-2024.pdf", "title": "淮安市人民政府2024年政府信息公开工作年度报告",
        "body": "淮安市人民政府", "year": 2024, "page": 4, "kind": "table",
        "section": "二、主动公开政府信息情况 > 第二十条第（六）项 > 行政处罚",
        "section_path": ["二、主动公开政府信息情况", "第二十条第（六）项", "行政处罚"],
        "passage_id": cited.id}
    assert {k: cited.metadata[k] for k in expected} == expected
    # What went over the wire: the numbered passages, the cited one as [1].
    [request] = server.requests
    system, human = request["body"]["messages"]
    assert human["content"] == PENALTY
    assert "[1] 淮安市人民政府2024年政府信息公开工作年度报告 — 二、主动公开政府信息情况 > 第二十条第（六）项 > " \
           "行政处罚 (p. 4)\n行政处罚 · 本年处理决定数量: 3985758" in system["content"]


def test_retriever_sources_and_refusal(dev_index):
    docs = dev_index.as_retriever(k=3, sources=["songmutang-zzf-2022.txt"]).invoke("行政处罚的本年处理决定数量")
    assert docs and all(d.metadata["source"] == "songmutang-zzf-2022.txt" for d in docs)
    assert dev_index.as_retriever(k=3, sources=[]).invoke(PENALTY)[0].metadata["source"] == "huaian-szf-2024.pdf"
    # A body the index does not hold: nothing retrieved (ask refuses it too).
    assert dev_index.as_retriever().invoke("北京市2024年行政处罚的本年处理决定数量是多少？") == []
    assert dev_index.as_retriever().invoke("  ") == []
    with pytest.raises(ValueError):
        dev_index.as_retriever(k=0)


def test_documents_carry_the_fact_keys_of_their_cells(dev_index):
    source = "huaian-szf-2024.pdf"
    docs = dev_index.as_retriever(k=200, sources=[source]).invoke("淮安市2024年政府信息公开行政复议、行政诉讼情况")
    keys = [key for d in docs for key in d.metadata["fact_keys"]]
    assert all(d.metadata["fact_keys"] == [] for d in docs if d.metadata["kind"] == "prose")
    assert len(keys) == len(set(keys))  # a cell is stated by one passage
    # Every cell of the report's national tables, the review/lawsuit table (cut by column group) too.
    assert set(keys) == set(dev_index.fact_table().of_source(source))
    [review] = [d for d in docs if "review.total" in d.metadata["fact_keys"]]
    assert review.page_content.startswith("行政复议 · ") and "总计: 351" in review.page_content


def test_as_runnable_streams_deltas_then_the_answer(dev_index):
    runnable = dev_index.as_runnable()
    assert isinstance(runnable, Runnable)
    chunks = list(runnable.stream(PENALTY))
    *deltas, answer = chunks
    assert deltas and all(isinstance(d, str) for d in deltas)
    assert isinstance(answer, Answer) and answer.answered and answer.verified
    assert "".join(deltas) == answer.answer and "3985758" in answer.answer
    assert answer.to_dict() == {**dev_index.ask(PENALTY).to_dict(), "latency_ms": answer.to_dict()["latency_ms"]}


def test_as_runnable_streams_an_llm_answer_piece_by_piece(dev_index):
    # A question the prose answers (a table cell's question is answered from the facts, no LLM).
    shown = dev_index.ask(QINGSHUI).retrieved[:dev_index.settings.top_k]  # what the LLM is shown, numbered
    n = next(i for i, p in enumerate(shown, 1) if "8769" in p.text)
    reply = ["清水县2019年", "主动公开政府信息", f"8769条[{n}]。"]
    chunks = list(dev_index.as_runnable(llm="fake:" + "|".join(reply)).stream({"question": QINGSHUI}))
    assert chunks[:-1] == reply
    assert chunks[-1].mode == "fake:" + "|".join(reply) and chunks[-1].verified


def test_as_runnable_invoke_batch_and_async(dev_index):
    runnable = dev_index.as_runnable()
    answer = runnable.invoke({"question": PENALTY, "sources": ["huaian-szf-2024.pdf"]})
    assert isinstance(answer, Answer) and "3985758" in answer.answer
    # A follow-up is read with the history, as ask reads it.
    follow = runnable.invoke({"question": "行政许可呢？", "history": [PENALTY]})
    assert "447228" in follow.answer and follow.understood_as and follow.question == "行政许可呢？"
    first, second, third = runnable.batch([PENALTY, {"question": QINGSHUI}, "北京市2024年行政处罚是多少？"])
    assert "3985758" in first.answer and "8769" in second.answer and not third.answered
    assert "3985758" in asyncio.run(runnable.ainvoke(PENALTY)).answer

    async def collect():
        return [chunk async for chunk in runnable.astream(PENALTY)]

    *deltas, last = asyncio.run(collect())
    assert isinstance(last, Answer) and "".join(deltas) == last.answer
    # In a chain, the Answer is a value like any other.
    assert (runnable | (lambda a: a.to_dict()["answered"])).invoke(PENALTY) is True


def test_runnable_input_is_checked_before_any_work():
    assert question_of("问") == ("问", None, None)
    assert question_of({"question": "问", "sources": ("a.pdf",), "history": ["前"]}) == ("问", ["a.pdf"], ["前"])
    for bad in [5, None, {"q": "问"}, {"question": 5}, {"question": "问", "sources": "a.pdf"},
                {"question": "问", "sources": [1]}, {"question": "问", "history": "hi"}]:
        with pytest.raises(TypeError):
            question_of(bad)


def test_format_and_cite_by_markers():
    docs = [Document(page_content=f"p{n}", metadata={"title": "T", "section": "S", "page": n or None})
            for n in range(3)]
    assert format_passages(docs[:2]) == "[1] T — S\np0\n\n[2] T — S (p. 1)\np1"
    assert [d.page_content for d in cited_documents("a[2] b[1][9] c[2]", docs)] == ["p0", "p1"]
