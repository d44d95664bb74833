"""The store seam: PassageStore implements what each flow needs (vectorstore/protocols.py) with
the same parameters, so a store for another database knows exactly what to implement."""

from __future__ import annotations

import inspect

import pytest

from vectorstore.chroma_store import PassageStore
from vectorstore.embeddings import get_embedder
from vectorstore.protocols import PassageReader, PassageWriter


def _methods(protocol) -> dict:
    return {name: member for name, member in vars(protocol).items()
            if callable(member) and not name.startswith("_")}


@pytest.mark.parametrize("protocol", [PassageReader, PassageWriter], ids=lambda p: p.__name__)
def test_the_chroma_store_has_every_method_with_the_same_parameters(protocol):
    for name, member in _methods(protocol).items():
        implemented = getattr(PassageStore, name, None)
        assert implemented is not None, f"PassageStore lacks {name}"
        want = [(p.name, p.kind, p.default) for p in inspect.signature(member).parameters.values()]
        got = [(p.name, p.kind, p.default) for p in inspect.signature(implemented).parameters.values()]
        assert got == want, name


def test_an_open_store_is_both(tmp_path):
    store = PassageStore(get_embedder("fake:16"), path=tmp_path / "chroma", cache_dir=tmp_path / "cache")
    assert isinstance(store, PassageReader) and isinstance(store, PassageWriter)


def test_something_else_is_not_a_reader():
    class Half:
        def version(self):
            return ""

    assert not isinstance(Half(), PassageReader)
