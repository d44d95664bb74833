"""The keyed sqlite caches (vectorstore/cache.py): embeddings and jieba tokens, across threads
and processes, and the files earlier versions wrote."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import numpy as np
import pytest

from vectorstore.cache import TOKENS, VECTORS, EmbeddingCache, KeyedCache, TokenCache, text_key


def test_values_are_kept_per_namespace(tmp_path):
    path = tmp_path / "c.sqlite3"
    one, other = KeyedCache(path, VECTORS, namespace="use-m3"), KeyedCache(path, VECTORS, namespace="fake:8")
    one.put_many(["甲", "乙"], [b"1", b"2"])
    other.put_many(["甲"], [b"x"])
    assert one.get_many(["乙", "丙", "甲"]) == [b"2", None, b"1"]
    assert other.get_many(["甲", "乙"]) == [b"x", None]
    assert (len(one), len(other)) == (2, 1)
    one.put_many(["甲"], [b"3"])  # replaced, not added
    assert one.get_many(["甲"]) == [b"3"] and len(one) == 2
    with pytest.raises(ValueError):
        one.put_many(["甲"], [])


def test_embedding_cache_round_trips_float32_and_drops_other_dimensions(tmp_path):
    cache = EmbeddingCache(tmp_path / "e.sqlite3", "st:/models/a", dimension=3)
    cache.put_many(["一", "二"], np.array([[1, 0, 0], [0, 0.5, 0.25]], dtype=np.float32))
    got = cache.get_many(["二", "三", "一"])
    assert got[1] is None and np.array_equal(got[0], [0, 0.5, 0.25]) and got[0].dtype == np.float32
    other_model = EmbeddingCache(tmp_path / "e.sqlite3", "st:/models/a", dimension=4)
    assert other_model.get_many(["一"]) == [None]
    with pytest.raises(ValueError, match="shape"):
        cache.put_many(["一"], np.zeros((2, 3)))


def test_token_cache_tokenizes_each_text_once(tmp_path):
    calls: list[str] = []

    def tokenize(text: str) -> list[str]:
        calls.append(text)
        return list(text)

    cache = TokenCache(tmp_path / "t.sqlite3", tokenize=tokenize)
    assert cache.tokenize_many(["公开", "申请", "公开", ""]) == [["公", "开"], ["申", "请"], ["公", "开"], []]
    assert calls == ["公开", "申请", ""]
    assert TokenCache(tmp_path / "t.sqlite3", tokenize=tokenize).tokenize_many(["申请", ""]) == [["申", "请"], []]
    assert len(calls) == 3


def test_token_cache_defaults_to_the_lexical_tokenizer_and_is_still_importable_from_retrieval(tmp_path):
    from assistant.ask import retrieval

    assert retrieval.TokenCache is TokenCache
    assert TokenCache(tmp_path / "t.sqlite3").tokenize_many(["行政处罚决定"]) == [retrieval.tokenize("行政处罚决定")]


def test_files_written_by_the_earlier_caches_are_read(tmp_path):
    """The token cache used a rowid table; the vector table is unchanged. Neither is rebuilt."""
    path = tmp_path / "tokens.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE tokens (key TEXT PRIMARY KEY, tokens TEXT NOT NULL)")
        db.execute("INSERT INTO tokens VALUES (?, ?)", (text_key("旧文本"), "旧\x1f文本"))
    never = TokenCache(path, tokenize=lambda text: pytest.fail("tokenized a cached text"))
    assert never.tokenize_many(["旧文本"]) == [["旧", "文本"]]
    assert TOKENS.name == "tokens" and (VECTORS.name, VECTORS.namespace, VECTORS.value) == ("vectors", "spec", "vector")


WRITER = """
import sys
import numpy as np
from vectorstore.cache import EmbeddingCache
cache = EmbeddingCache(sys.argv[1], "fake:4", 4)
name = sys.argv[2]
for start in range(0, 3000, 100):
    texts = [f"{name}-{i}" for i in range(start, start + 100)] + [f"shared-{i}" for i in range(start, start + 100)]
    cache.put_many(texts, np.full((200, 4), float(start), dtype=np.float32))
    assert all(v is not None for v in cache.get_many(texts))
"""


def test_two_processes_write_one_cache_at_once(tmp_path):
    path = tmp_path / "cache" / "embeddings.sqlite3"
    EmbeddingCache(path, "fake:4", 4)  # created before, as the first ingest would
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], stderr=subprocess.PIPE, text=True)
               for name in ("a", "b")]
    errors = [w.communicate(timeout=300)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    cache = EmbeddingCache(path, "fake:4", 4)
    assert len(cache) == 9000
    assert np.array_equal(cache.get_many(["a-2999"])[0], [2900.0] * 4)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
