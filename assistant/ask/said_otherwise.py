"""Words of a question a clause says in other words ('官网' as 门户网站, '网民来信' as 网络信件).

The composer matches a question by the characters it shares with a clause; a paraphrase shares
few. Here each question word the clause lacks is compared, by the embedder's cosine, with the
clause's own words: one close enough says it. Whole words are compared (jieba's), never pairs of
characters, so '网上' and '网站' are told apart by what they mean, not by the 网 they share.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.ask.terms import STOP_WORDS, bigrams

if TYPE_CHECKING:
    from assistant.ask.extractive import Similarity  # (here: a word, the clause's words → cosines)

CHINESE_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
NOUN = re.compile(r"n(?![rst])|s$|vn$")  # jieba: n, nz, ng…; s place words (网上); vn verbal nouns
# (not names: nr people, ns places, nt organisations — 威海 is not said by 滨海)


def words(text: str) -> list[str]:
    """A text's nouns of two characters or more and the words inside them, in order (jieba's
    part-of-speech tags: nouns, place words, verbal nouns). Verbs are left out: the embedder puts a
    verb near most other verbs ('挂出去' near 通过, '提交' near 收到)."""
    import jieba
    from jieba import posseg

    jieba.setLogLevel(60)
    seen: dict[str, None] = {}
    for token in posseg.cut(text):
        if CHINESE_WORD.fullmatch(token.word) and token.word not in STOP_WORDS and NOUN.match(token.flag):
            seen.setdefault(token.word)
            for part in jieba.cut_for_search(token.word):  # '门户网站' is also 网站
                if part != token.word and CHINESE_WORD.fullmatch(part) and part not in STOP_WORDS:
                    seen.setdefault(part)
    return list(seen)


def unsaid(question_words: list[str], covered: set[str], counted: set[str]) -> list[str]:
    """The question's words a clause does not say: some pair of their characters that counts
    (``counted``) it lacks; a word inside a longer unsaid one stands for nothing of its own."""
    missing = [w for w in question_words if bigrams(w) & counted and not bigrams(w) & counted <= covered]
    return [w for w in missing if not any(w != other and w in other for other in missing)]


def said_by(question_words: list[str], clause: str, similarity: Similarity, floor: float,
            taken: set[str] = frozenset()) -> dict[str, str]:
    """Each question word → the clause's word that says it (cosine ≥ ``floor``), for those that
    have one; a clause word holding a pair of characters of ``taken`` (the question's words it
    already says) says no other ('申请' is not also '提交')."""
    own = words(clause)
    found: dict[str, str] = {}
    for word in question_words:
        # (what the word itself shares with the clause is not taken: '门户网站' may be said by 政府网站)
        # (a part of the word says it only as its head, the last part of a Chinese compound:
        # '门户网站' may be said by 网站, '专项经费' is not by 专项)
        free = [w for w in own if not bigrams(w) & (taken - bigrams(word))
                and (w not in word or word.endswith(w))]
        if not free:
            continue
        cosines = similarity(word, free)
        best = max(range(len(free)), key=lambda i: cosines[i])
        if cosines[best] >= floor and free[best] != word:
            found[word] = free[best]
    return found


def said_in_wordings(question: str, clause: str, covered: set[str], unused: set[str]) -> dict[str, str]:
    """Each word of the question (any part of speech: '发布') no clause stating a figure uses, that
    the clause says in another of the glossary's wordings of its term (公开), → that wording."""
    from assistant.ask.glossary import other_wordings

    found: dict[str, str] = {}
    for token in _search_words(question):
        if not bigrams(token) & unused or bigrams(token) <= covered:
            continue
        said = sorted((w for w in other_wordings(token) if w in clause), key=len, reverse=True)
        if said:
            found[token] = said[0]
    return found


@lru_cache(maxsize=256)
def _search_words(text: str) -> tuple[str, ...]:
    """A text's Chinese words of two characters or more (jieba's search-mode cut), each once: a
    question's, cut once for all the clauses it is compared with."""
    import jieba

    jieba.setLogLevel(60)
    return tuple(t for t in dict.fromkeys(jieba.cut_for_search(text)) if CHINESE_WORD.fullmatch(t))
