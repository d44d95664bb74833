"""The lexical (BM25) side of retrieval, on disk: segments (``segment.py``), the index over them
(``index.py``) and its upkeep from the store (``sync.py``)."""

from assistant.ask.lexical.index import LexicalIndex
from assistant.ask.lexical.sync import LexicalStore

__all__ = ["LexicalIndex", "LexicalStore"]
