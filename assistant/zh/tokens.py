"""The lexical index's tokenizer: jieba search-mode tokens of a text.

Here, below both flows, so the ingest side (which fills the token cache) and the ask side (which
builds the BM25 index) share one definition.
"""

from __future__ import annotations

import re

_TOKEN_OK = re.compile(r"[\w\u4e00-\u9fff]")


def tokenize(text: str) -> list[str]:
    """jieba search-mode tokens (words and their parts), lower-cased, punctuation dropped."""
    import jieba

    jieba.setLogLevel(60)
    return [t.lower() for t in jieba.cut_for_search(text) if t.strip() and _TOKEN_OK.search(t)]
