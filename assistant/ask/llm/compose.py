"""Compose an answer with an LLM: fill the answer prompt with numbered passages, stream the reply.

The reply is only a draft: the caller verifies its figures (``verify.verify_answer``) with
``{n: passages[n-1]}`` as the cited passages before showing it as an answer.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.ask.llm.backends import backend_errors
from assistant.ask.llm.prompts import format_passages, load_prompt
from assistant.model import Passage

__all__ = ["stream_llm_answer", "parse_refusal", "answer_messages", "PROMPT_BY_LANGUAGE"]

PROMPT_BY_LANGUAGE = {"zh": "answer_zh", "en": "answer_en"}
# The token with any spacing/case/underscore variant a model may produce (NOT IN REPORTS, not_in_reports).
_REFUSAL = re.compile(r"NOT[\s_]*IN[\s_]*REPORTS", re.IGNORECASE)


def answer_messages(question: str, passages: Sequence[Passage], language: str):
    if language not in PROMPT_BY_LANGUAGE:
        raise ValueError(f"language must be one of {sorted(PROMPT_BY_LANGUAGE)}, not {language!r}")
    prompt = load_prompt(PROMPT_BY_LANGUAGE[language])
    return prompt.format_messages(question=question, passages=format_passages(passages))


def stream_llm_answer(
    question: str, passages: Sequence[Passage], chat_model: BaseChatModel, language: str = "zh"
) -> Iterator[str]:
    """Text deltas of the model's answer. Passages are numbered 1..n in the given order, so a
    marker [n] in the text refers to ``passages[n-1]``. Backend failures raise ``LLMError``."""
    messages = answer_messages(question, passages, language)
    with backend_errors(chat_model):
        for chunk in chat_model.stream(messages):
            delta = str(chunk.text)
            if delta:
                yield delta


def parse_refusal(text: str) -> bool:
    """Whether the model declined: its reply carries the refusal token (anywhere: a reply that both
    answers and refuses is not trusted) or is empty."""
    return not text.strip() or _REFUSAL.search(text) is not None
